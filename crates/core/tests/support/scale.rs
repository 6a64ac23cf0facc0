//! National scale: one feed with many municipalities, each delegated its own fresh key, served
//! by nginx (with `gzip_static`), and a phone that follows the national content and GM0794.
//! Used by `cargo xtask bench-sync` (342 municipalities, a year of weekly publishes) and by
//! tests/scale.rs (fewer, with the same targets).
//!
//! The municipalities other than GM0794 publish copies of GM0794's items under their own code,
//! so every role has packs of a realistic size. Bytes are nginx's (`$body_bytes_sent`), so
//! they are what went over the wire after gzip.
#![allow(dead_code)]

use super::nginx::{LoggedRequest, Nginx};
use chrono::{DateTime, TimeDelta, Utc};
use std::path::{Path, PathBuf};
use wegwijs_core::Lang;
use wegwijs_core::content_store::ContentStore;
use wegwijs_core::model::{Item, NATIONAL_SCOPE, Scope};
use wegwijs_core::source::{self, LoadReport, SourceTree};
use wegwijs_core::sync::http::HttpTransport;
use wegwijs_core::sync::{self, SyncOptions, SyncOutcome};
use wegwijs_publish::feed::{Feed, KeyRing, prune_grace};
use wegwijs_trust::client::Freshness;
use wegwijs_trust::transport::{Fetched, Request, Transport, TransportError};

/// The phone's municipality: real content from assets/content.
pub const PHONE_MUNICIPALITY: &str = "GM0794";

pub fn t0() -> DateTime<Utc> {
    "2026-11-02T09:00:00Z".parse().unwrap()
}

/// A feed with `count` municipalities (GM0794 first), all but the last delegated and published.
pub struct ScaleWorld {
    pub dir: tempfile::TempDir,
    pub feed_dir: PathBuf,
    pub keys: KeyRing,
    pub feed: Feed,
    pub pinned_root: Vec<u8>,
    /// Every municipality's code; the last one is not delegated until [`ScaleWorld::delegate_last`].
    pub municipalities: Vec<String>,
    national: (Scope, Vec<Item>),
    template: (Scope, Vec<Item>),
    /// How many times each scope was edited, to make each edit a new text.
    edits: usize,
    last_delegated: bool,
}

/// What one sync cost: the requests nginx logged for it.
pub struct Measured {
    pub outcome: SyncOutcome,
    pub requests: Vec<LoggedRequest>,
}

impl Measured {
    pub fn bytes(&self) -> u64 {
        self.requests.iter().map(|request| request.body_bytes_sent).sum()
    }

    pub fn pack_bytes(&self) -> u64 {
        self.requests.iter().filter(|r| r.request.contains(" /targets/")).map(|r| r.body_bytes_sent).sum()
    }

    /// `404 /2.root.json, 200 /timestamp.json 412, ...`.
    pub fn describe(&self) -> String {
        let lines: Vec<String> = self
            .requests
            .iter()
            .map(|r| format!("{} {} {}", r.status, r.request.split(' ').nth(1).unwrap_or_default(), r.body_bytes_sent))
            .collect();
        lines.join(", ")
    }
}

/// An HTTP transport that counts the files asked for, to know how many log lines to wait for.
pub struct Counted {
    pub http: HttpTransport,
    pub fetches: usize,
}

impl Transport for Counted {
    fn fetch(&mut self, request: &Request<'_>) -> Result<Fetched, TransportError> {
        self.fetches += 1;
        self.http.fetch(request)
    }
}

impl ScaleWorld {
    pub fn new(count: usize) -> ScaleWorld {
        assert!(count >= 2, "the phone's municipality and at least one more");
        let dir = tempfile::tempdir().unwrap();
        let keys = KeyRing::new(&dir.path().join("keys"));
        let municipalities: Vec<String> = std::iter::once(PHONE_MUNICIPALITY.to_string())
            .chain((1..).map(|n| format!("GM{n:04}")).filter(|code| code != PHONE_MUNICIPALITY))
            .take(count)
            .collect();
        for name in ["root", "targets", "snapshot", "timestamp"]
            .iter()
            .copied()
            .chain(municipalities.iter().map(String::as_str))
        {
            keys.generate(name).unwrap();
        }
        let feed_dir = dir.path().join("feed");
        let mut feed = Feed::init(&feed_dir, &keys, 1, t0()).unwrap();
        for code in &municipalities[..count - 1] {
            let public = std::fs::read_to_string(dir.path().join("keys").join(format!("{code}.pub"))).unwrap();
            feed.delegate(&keys, code, &public, t0()).unwrap();
        }
        let content = source::load(&SourceTree::read_dir(&repo_root().join("assets/content")).unwrap());
        let scope_of = |code: &str| {
            let scope = content.scopes.iter().find(|scope| scope.code == code).unwrap().clone();
            let items = content.items.iter().filter(|item| item.scope == code).cloned().collect();
            (scope, items)
        };
        let pinned_root = std::fs::read(feed_dir.join("1.root.json")).unwrap();
        let mut world = ScaleWorld {
            national: scope_of(NATIONAL_SCOPE),
            template: scope_of(PHONE_MUNICIPALITY),
            dir,
            feed_dir,
            keys,
            feed,
            pinned_root,
            municipalities,
            edits: 0,
            last_delegated: false,
        };
        world.publish_national(t0(), false);
        for index in 0..count - 1 {
            let code = world.municipalities[index].clone();
            world.publish_municipality(&code, t0(), false);
        }
        world
    }

    /// Publishes the national content, with one item's English title changed when `edit`.
    pub fn publish_national(&mut self, now: DateTime<Utc>, edit: bool) {
        let (scope, mut items) = self.national.clone();
        if edit {
            self.edit_first(&mut items);
            self.national.1 = items.clone();
        }
        self.publish(scope, items, now);
    }

    /// Publishes municipality `code`'s items, one of them changed when `edit`.
    pub fn publish_municipality(&mut self, code: &str, now: DateTime<Utc>, edit: bool) {
        let (scope, mut items) = self.municipal_items(code);
        if edit {
            self.edit_first(&mut items);
            if code == PHONE_MUNICIPALITY {
                self.template.1 = items.clone();
            }
        }
        self.publish(scope, items, now);
    }

    /// Delegates the last municipality (the others were delegated at the start).
    pub fn delegate_last(&mut self, now: DateTime<Utc>) {
        let code = self.municipalities.last().unwrap().clone();
        let public = std::fs::read_to_string(self.dir.path().join("keys").join(format!("{code}.pub"))).unwrap();
        self.feed.delegate(&self.keys, &code, &public, now).unwrap();
        self.last_delegated = true;
    }

    /// The municipalities delegated so far.
    pub fn delegated(&self) -> &[String] {
        let count = self.municipalities.len() - usize::from(!self.last_delegated);
        &self.municipalities[..count]
    }

    /// `feed prune` as a host runs it after publishing.
    pub fn prune(&self, now: DateTime<Utc>) {
        self.feed.prune(now, prune_grace(), false).unwrap();
    }

    /// Files and bytes in the feed folder.
    pub fn feed_size(&self) -> (usize, u64) {
        let mut files = 0;
        let mut bytes = 0;
        let mut to_visit = vec![self.feed_dir.clone()];
        while let Some(folder) = to_visit.pop() {
            for entry in std::fs::read_dir(&folder).unwrap().map(Result::unwrap) {
                if entry.file_type().unwrap().is_dir() {
                    to_visit.push(entry.path());
                } else {
                    files += 1;
                    bytes += entry.metadata().unwrap().len();
                }
            }
        }
        (files, bytes)
    }

    /// A phone with the bundled content, following the national content and GM0794.
    pub fn phone(&self) -> ContentStore {
        let dir = self.dir.path().join("phone");
        std::fs::create_dir_all(&dir).unwrap();
        let (store, _) =
            ContentStore::open_or_build(&dir.join("content.db"), &wegwijs_core::bundled::content_tree()).unwrap();
        store
    }

    /// Syncs `phone` over `nginx` at `now`, with what went over the wire.
    pub fn sync(&self, nginx: &Nginx, phone: &mut ContentStore, now: DateTime<Utc>) -> Measured {
        let before = nginx.requests(0).len();
        let http = HttpTransport::new(&nginx.base_url(), &self.dir.path().join("partial")).unwrap();
        let mut counted = Counted { http, fetches: 0 };
        let options = SyncOptions {
            pinned_root: &self.pinned_root,
            municipality: Some(PHONE_MUNICIPALITY),
            now,
            freshness: Freshness::Online,
        };
        let outcome = sync::sync(phone, &mut counted, &options).expect("sync");
        let requests = nginx.requests(before + counted.fetches).split_off(before);
        Measured { outcome, requests }
    }

    fn publish(&mut self, scope: Scope, items: Vec<Item>, now: DateTime<Utc>) {
        let report = LoadReport { scopes: vec![scope], items, diagnostics: Vec::new() };
        let summary = self.feed.publish(&self.keys, &report, now).unwrap();
        assert!(summary.skipped.is_empty(), "{:?}", summary.skipped);
    }

    /// GM0794's items under `code`: its scope, ids and links renamed.
    fn municipal_items(&self, code: &str) -> (Scope, Vec<Item>) {
        let (template_scope, template_items) = &self.template;
        let from = format!("{}-", PHONE_MUNICIPALITY.to_ascii_lowercase());
        let to = format!("{}-", code.to_ascii_lowercase());
        let scope = Scope { code: code.to_string(), name: format!("{} ({code})", template_scope.name), sample: false };
        let items = template_items
            .iter()
            .cloned()
            .map(|mut item| {
                item.scope = code.to_string();
                item.id = item.id.replacen(&from, &to, 1);
                item.related = item.related.iter().map(|id| id.replacen(&from, &to, 1)).collect();
                item
            })
            .collect();
        (scope, items)
    }

    fn edit_first(&mut self, items: &mut [Item]) {
        self.edits += 1;
        let text = items[0].texts.get_mut(&Lang::En).unwrap();
        text.title = format!("{} ({})", text.title, self.edits);
    }
}

/// The feed folder's size after `weeks` of every municipality publishing one changed item a
/// week, spread evenly over the week, with `feed prune` once a day; `(week, files, bytes)`
/// after each week in `report_weeks`.
pub fn simulate_weeks(
    world: &mut ScaleWorld,
    start: DateTime<Utc>,
    weeks: i64,
    report_weeks: &[i64],
) -> Vec<(i64, usize, u64)> {
    let codes = world.delegated().to_vec();
    let slot = TimeDelta::days(7) / codes.len() as i32;
    let mut sizes = Vec::new();
    let mut last_prune = start;
    for week in 0..weeks {
        for (index, code) in codes.iter().enumerate() {
            let now = start + TimeDelta::days(7 * week) + slot * index as i32;
            world.publish_municipality(code, now, true);
            if now - last_prune >= TimeDelta::days(1) {
                world.prune(now);
                last_prune = now;
            }
        }
        if report_weeks.contains(&(week + 1)) {
            let (files, bytes) = world.feed_size();
            sizes.push((week + 1, files, bytes));
        }
    }
    sizes
}

fn repo_root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}
