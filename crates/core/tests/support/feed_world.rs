//! A publisher and a phone for sync tests: fresh keys, a feed published from the bundled
//! content with two municipalities delegated, and a phone's content.db. Helpers re-sign
//! metadata the way an attacker who holds (or lacks) a key would.
#![allow(dead_code)]

use chrono::{DateTime, TimeDelta, Utc};
use serde_json::Value;
use std::path::{Path, PathBuf};
use wegwijs_core::content_store::ContentStore;
use wegwijs_core::source::{self, LoadReport, SourceTree};
use wegwijs_core::sync::file::DirTransport;
use wegwijs_core::sync::{self, SyncOptions, SyncOutcome};
use wegwijs_core::{Error, bundled};
use wegwijs_publish::feed::{Feed, KeyRing, feed_lifetimes};
use wegwijs_trust::SigningKey;
use wegwijs_trust::client::Freshness;
use wegwijs_trust::metadata::sign_value;
use wegwijs_trust::transport::Transport;

pub const MUNICIPALITY: &str = "GM0794";
pub const OTHER_MUNICIPALITY: &str = "GM0867";
/// Every municipality in the bundled content, each with its own delegated key.
pub const MUNICIPALITIES: [&str; 4] = ["GM0794", "GM0867", "GM1783", "GM1894"];

/// The time the feed is first published.
pub fn t0() -> DateTime<Utc> {
    "2026-11-02T09:00:00Z".parse().unwrap()
}

pub fn days(n: i64) -> TimeDelta {
    TimeDelta::days(n)
}

pub struct World {
    pub dir: tempfile::TempDir,
    pub keys: KeyRing,
    pub keys_dir: PathBuf,
    pub feed_dir: PathBuf,
    pub content_dir: PathBuf,
    pub pinned_root: Vec<u8>,
}

impl World {
    /// Keys for every role and two municipalities, a feed started and published at `t0`.
    pub fn new() -> World {
        World::create(false)
    }

    /// Like [`World::new`], signed with the insecure development keys whose root the app
    /// pins, so the app itself accepts this feed.
    pub fn with_dev_keys() -> World {
        World::create(true)
    }

    fn create(dev_keys: bool) -> World {
        let dir = tempfile::tempdir().unwrap();
        let keys_dir = dir.path().join("keys");
        let keys = KeyRing::new(&keys_dir);
        if dev_keys {
            copy_dir(&repo_root().join("assets/keys/insecure-dev"), &keys_dir);
        } else {
            for name in ["root", "targets", "snapshot", "timestamp"].into_iter().chain(MUNICIPALITIES) {
                keys.generate(name).unwrap();
            }
        }
        let feed_dir = dir.path().join("feed");
        let mut feed = Feed::init(&feed_dir, &keys, 1, t0()).unwrap();
        for municipality in MUNICIPALITIES {
            let public = std::fs::read_to_string(keys_dir.join(format!("{municipality}.pub"))).unwrap();
            feed.delegate(&keys, municipality, &public, t0()).unwrap();
        }
        let content_dir = dir.path().join("content");
        copy_dir(&repo_root().join("assets/content"), &content_dir);
        let pinned_root =
            if dev_keys { bundled::PINNED_ROOT.to_vec() } else { std::fs::read(feed_dir.join("1.root.json")).unwrap() };
        let world = World { dir, keys, keys_dir, feed_dir, content_dir, pinned_root };
        world.publish(t0());
        world
    }

    /// A copy of this world (feed, keys, content, phones) that a test may change freely.
    pub fn fork(&self) -> World {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(self.dir.path(), dir.path());
        let at = |path: &Path| dir.path().join(path.strip_prefix(self.dir.path()).unwrap());
        World {
            keys: KeyRing::new(&at(&self.keys_dir)),
            keys_dir: at(&self.keys_dir),
            feed_dir: at(&self.feed_dir),
            content_dir: at(&self.content_dir),
            pinned_root: self.pinned_root.clone(),
            dir,
        }
    }

    /// The phone `name` made earlier by [`World::phone`], as it is on disk.
    pub fn existing_phone(&self, name: &str) -> Phone {
        let dir = self.dir.path().join(name);
        Phone { store: ContentStore::open(&dir.join("content.db")).unwrap(), dir }
    }

    pub fn report(&self) -> LoadReport {
        source::load(&SourceTree::read_dir(&self.content_dir).unwrap())
    }

    pub fn publish(&self, now: DateTime<Utc>) {
        Feed::open(&self.feed_dir).unwrap().publish(&self.keys, &self.report(), now).unwrap();
    }

    /// Changes the English title of `count` national items, then publishes.
    pub fn edit_and_publish(&self, count: usize, mark: &str, now: DateTime<Utc>) -> Vec<String> {
        let ids = edit_titles(&self.content_dir.join("nl"), count, mark);
        self.publish(now);
        ids
    }

    /// A phone with the bundled content, in its own folder.
    pub fn phone(&self, name: &str) -> Phone {
        let dir = self.dir.path().join(name);
        std::fs::create_dir_all(&dir).unwrap();
        let (store, _) = ContentStore::open_or_build(&dir.join("content.db"), &bundled::content_tree()).unwrap();
        Phone { dir, store }
    }

    pub fn options(&self, now: DateTime<Utc>, freshness: Freshness) -> SyncOptions<'_> {
        SyncOptions { pinned_root: &self.pinned_root, municipality: Some(MUNICIPALITY), now, freshness }
    }

    pub fn signer(&self, name: &str) -> SigningKey {
        self.keys.signer(name).unwrap()
    }

    pub fn read_json(&self, file: &str) -> Value {
        serde_json::from_slice(&std::fs::read(self.feed_dir.join(file)).unwrap()).unwrap()
    }

    /// The file name of a role's current metadata (`3.targets.json`, `2.GM0794.json`).
    pub fn current_file(&self, role: &str) -> String {
        let timestamp = self.read_json("timestamp.json");
        if role == "snapshot" {
            return format!("{}.snapshot.json", timestamp["signed"]["meta"]["snapshot.json"]["version"]);
        }
        let snapshot = self.read_json(&self.current_file("snapshot"));
        format!("{}.{role}.json", snapshot["signed"]["meta"][format!("{role}.json")]["version"])
    }

    /// Writes a metadata file and its gzipped copy, as a publisher (or a mirror) does: a web
    /// host with `gzip_static` serves the copy.
    pub fn write_metadata(&self, name: &str, bytes: &[u8]) {
        std::fs::write(self.feed_dir.join(name), bytes).unwrap();
        let gzipped = wegwijs_publish::feed::gzip(bytes).unwrap();
        std::fs::write(self.feed_dir.join(format!("{name}.gz")), gzipped).unwrap();
    }

    /// Rewrites the `signed` part of `file` with `edit` and signs it with `signers`.
    pub fn resign(&self, file: &str, signers: &[&str], edit: impl FnOnce(&mut Value)) {
        let mut signed = self.read_json(file)["signed"].clone();
        edit(&mut signed);
        let keys: Vec<SigningKey> = signers.iter().map(|name| self.signer(name)).collect();
        let bytes = sign_value(signed, &keys.iter().collect::<Vec<_>>()).unwrap();
        self.write_metadata(file, &bytes);
    }

    /// Replaces the root key (root version + 1, signed by the old and the new key) and the
    /// timestamp key, as a publisher does after a key is lost.
    pub fn rotate_root_and_timestamp_keys(&self, now: DateTime<Utc>) {
        use wegwijs_trust::repository::{Repository, RoleSetup};
        let read = |name: &str| std::fs::read(self.feed_dir.join(name)).unwrap();
        let mut targets = std::collections::BTreeMap::new();
        for role in ["targets", "national", "municipalities"].into_iter().chain(MUNICIPALITIES) {
            targets.insert(role.to_string(), read(&self.current_file(role)));
        }
        let snapshot = read(&self.current_file("snapshot"));
        let mut repository =
            Repository::load(&read("root.json"), &read("timestamp.json"), &snapshot, &targets, feed_lifetimes())
                .unwrap();
        let (new_root, new_timestamp) = (SigningKey::generate(), SigningKey::generate());
        repository.rotate_root(RoleSetup::single(new_root.public_key())).unwrap();
        repository.set_top_level_keys("timestamp", RoleSetup::single(new_timestamp.public_key())).unwrap();
        let old_root = self.signer("root");
        let signers = [&old_root, &new_root, &new_timestamp, &self.signer("snapshot")];
        for file in repository.publish(now, &signers).unwrap() {
            self.write_metadata(&file.path, &file.bytes);
        }
        std::fs::write(self.keys_dir.join("root.key"), new_root.to_seed_hex()).unwrap();
        std::fs::write(self.keys_dir.join("timestamp.key"), new_timestamp.to_seed_hex()).unwrap();
    }

    /// Re-signs the municipality's current metadata, one version up, expiring at `expires`, as
    /// a stale mirror or a municipality that stopped publishing leaves it.
    pub fn expire_municipal_role(&self, expires: &str) {
        let file = self.current_file(MUNICIPALITY);
        let version: u64 = file.split('.').next().unwrap().parse::<u64>().unwrap() + 1;
        let mut signed = self.read_json(&file)["signed"].clone();
        signed["version"] = version.into();
        signed["expires"] = expires.into();
        let bytes = sign_value(signed, &[&self.signer(MUNICIPALITY)]).unwrap();
        self.write_metadata(&format!("{version}.{MUNICIPALITY}.json"), &bytes);
        self.resign_snapshot_and_timestamp(|snapshot| {
            snapshot["meta"][format!("{MUNICIPALITY}.json")]["version"] = version.into()
        });
    }

    /// Publishes a new snapshot version that lists `role` at `version`, and a timestamp for it.
    pub fn resign_snapshot_and_timestamp(&self, edit_snapshot: impl FnOnce(&mut Value)) {
        let old = self.current_file("snapshot");
        let mut signed = self.read_json(&old)["signed"].clone();
        let version = signed["version"].as_u64().unwrap() + 1;
        signed["version"] = version.into();
        edit_snapshot(&mut signed);
        let bytes = sign_value(signed, &[&self.signer("snapshot")]).unwrap();
        let name = format!("{version}.snapshot.json");
        self.write_metadata(&name, &bytes);
        self.point_timestamp_at(version, &bytes);
    }

    /// Signs a new timestamp.json for snapshot `version` with `bytes`.
    pub fn point_timestamp_at(&self, version: u64, bytes: &[u8]) {
        use sha2::Digest;
        let hash = hex::encode(sha2::Sha256::digest(bytes));
        self.resign("timestamp.json", &["timestamp"], |signed| {
            let next = signed["version"].as_u64().unwrap() + 1;
            signed["version"] = next.into();
            signed["meta"]["snapshot.json"] =
                serde_json::json!({ "version": version, "length": bytes.len(), "hashes": { "sha256": hash } });
        });
    }
}

/// One phone: its data folder and content store.
pub struct Phone {
    pub dir: PathBuf,
    pub store: ContentStore,
}

impl Phone {
    pub fn sync_dir(&mut self, world: &World, now: DateTime<Utc>) -> Result<SyncOutcome, Error> {
        let mut transport = DirTransport::new(&world.feed_dir);
        self.sync_with(&mut transport, &world.options(now, Freshness::Online))
    }

    pub fn sync_with(
        &mut self,
        transport: &mut dyn Transport,
        options: &SyncOptions<'_>,
    ) -> Result<SyncOutcome, Error> {
        sync::sync(&mut self.store, transport, options)
    }

    /// Everything an update may change, to compare before and after a refused one.
    pub fn state(&self) -> String {
        let versions = self.store.feed_versions().unwrap();
        let trusted = self.store.trusted_state().unwrap();
        let titles: Vec<String> = self
            .store
            .list(&wegwijs_core::model::ItemKind::ALL, None, wegwijs_core::Lang::En)
            .unwrap()
            .into_iter()
            .map(|summary| format!("{}={}", summary.id, summary.title))
            .collect();
        format!("{versions:?}\n{trusted:?}\n{}", titles.join("\n"))
    }

    /// What an update may change of one scope: its feed version and its items' titles.
    pub fn scope_state(&self, scope: &str) -> String {
        let version = self.store.feed_versions().unwrap().get(scope).copied();
        let titles: Vec<String> = self
            .store
            .list(&wegwijs_core::model::ItemKind::ALL, Some(scope), wegwijs_core::Lang::En)
            .unwrap()
            .into_iter()
            .filter(|summary| summary.scope == scope)
            .map(|summary| format!("{}={}", summary.id, summary.title))
            .collect();
        format!("{version:?}\n{}", titles.join("\n"))
    }

    pub fn title(&self, id: &str) -> String {
        self.store.item(id, wegwijs_core::Lang::En).unwrap().title
    }
}

/// Appends `mark` to the English title of the first `count` right items under `dir`.
pub fn edit_titles(dir: &Path, count: usize, mark: &str) -> Vec<String> {
    let mut folders: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.join("en.md").exists() && !path.file_name().unwrap().to_string_lossy().starts_with("task-"))
        .collect();
    folders.sort();
    assert!(folders.len() >= count, "only {} items to edit", folders.len());
    let mut ids = Vec::new();
    for folder in folders.into_iter().take(count) {
        edit_titles_of(&folder, mark);
        ids.push(folder.file_name().unwrap().to_string_lossy().into_owned());
    }
    ids
}

/// Puts `mark` before the title of the item in `folder`, in every language.
pub fn edit_titles_of(folder: &Path, mark: &str) {
    for lang_file in std::fs::read_dir(folder).unwrap().map(|e| e.unwrap().path()) {
        if lang_file.extension().is_some_and(|e| e == "md") {
            let text = std::fs::read_to_string(&lang_file).unwrap();
            let edited = text.replacen("title = \"", &format!("title = \"{mark} "), 1);
            assert_ne!(text, edited, "{} has no title line", lang_file.display());
            std::fs::write(&lang_file, edited).unwrap();
        }
    }
}

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
