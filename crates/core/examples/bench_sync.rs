//! The bytes report of signed updates over real HTTP (`cargo xtask bench-sync`): a feed
//! published from the bundled content, served by nginx on loopback, and a phone that syncs
//! national content and one municipality. What went over the wire is read from nginx's access
//! log (status and body bytes of every request), so the figures are the server's, not ours.
//!
//! Prints `report:` lines for
//! - a full first sync (national and GM0794): requests and bytes;
//! - a check when nothing changed: expected one 304 with no body;
//! - 20 items changed in all 13 languages: bytes against the zstd size (level 19) of just those
//!   items' JSON, the least any encoding of the change could cost (target ratio <= 1.15).
//!
//! Body bytes include the small error page of the 404 that tells the client there is no newer
//! root. It asserts nothing: the tests in tests/sync_http.rs hold the limits.

#[path = "../tests/support/feed_world.rs"]
mod feed_world;
#[allow(dead_code)]
#[path = "../tests/support/nginx.rs"]
mod nginx;

use feed_world::{MUNICIPALITY, Phone, World, days, t0};
use nginx::{LoggedRequest, Nginx};
use wegwijs_core::model::Item;
use wegwijs_core::sync::SyncOutcome;
use wegwijs_core::sync::http::HttpTransport;
use wegwijs_trust::client::Freshness;
use wegwijs_trust::transport::{Fetched, Request, Transport, TransportError};

/// An HTTP transport that counts the files asked for, to know how many log lines to wait for.
struct Counted {
    http: HttpTransport,
    fetches: usize,
}

impl Transport for Counted {
    fn fetch(&mut self, request: &Request<'_>) -> Result<Fetched, TransportError> {
        self.fetches += 1;
        self.http.fetch(request)
    }
}

/// The requests one sync made, from the access log.
struct Measured {
    outcome: SyncOutcome,
    requests: Vec<LoggedRequest>,
}

impl Measured {
    fn body_bytes(&self) -> u64 {
        self.requests.iter().map(|request| request.body_bytes_sent).sum()
    }

    fn pack_bytes(&self) -> u64 {
        self.packs().map(|request| request.body_bytes_sent).sum()
    }

    fn packs(&self) -> impl Iterator<Item = &LoggedRequest> {
        self.requests.iter().filter(|request| request.request.contains(" /targets/"))
    }

    fn statuses(&self) -> String {
        let statuses: Vec<String> = self.requests.iter().map(|request| request.status.to_string()).collect();
        statuses.join(" ")
    }
}

fn sync(world: &World, nginx: &Nginx, phone: &mut Phone, day: i64) -> Measured {
    let before = nginx.requests(0).len();
    let http = HttpTransport::new(&nginx.base_url(), &world.dir.path().join("partial")).expect("HTTP transport");
    let mut counted = Counted { http, fetches: 0 };
    let outcome = phone.sync_with(&mut counted, &world.options(t0() + days(day), Freshness::Online)).expect("sync");
    let requests = nginx.requests(before + counted.fetches).split_off(before);
    Measured { outcome, requests }
}

fn main() {
    let world = World::new();
    let nginx = Nginx::serve(&world.feed_dir);
    let mut phone = world.phone("phone");

    let first = sync(&world, &nginx, &mut phone, 1);
    let unchanged = sync(&world, &nginx, &mut phone, 1);

    let changed = world.edit_and_publish(20, "Updated:", t0() + days(2));
    let delta = sync(&world, &nginx, &mut phone, 2);
    let items: Vec<Item> = world.report().items.into_iter().filter(|item| changed.contains(&item.id)).collect();
    let languages: usize = items.iter().map(|item| item.texts.len()).min().unwrap_or(0);
    let json = serde_json::to_vec(&items).expect("items serialize");
    let floor = zstd::bulk::compress(&json, 19).expect("zstd").len() as u64;

    println!(
        "report: unchanged check: {} request(s), status {}, {} body bytes",
        unchanged.requests.len(),
        unchanged.statuses(),
        unchanged.body_bytes()
    );
    println!(
        "report: {} items changed in {languages} languages: delta pack {} bytes; with metadata {} bytes in {} requests \
         (status {}); the items' JSON {} bytes, zstd -19 {floor} bytes",
        items.len(),
        delta.pack_bytes(),
        delta.body_bytes(),
        delta.requests.len(),
        delta.statuses(),
        json.len()
    );
    println!(
        "report: {} items changed: ratio delta pack / zstd floor {:.3} (target <= 1.15); with metadata {:.3}",
        items.len(),
        delta.pack_bytes() as f64 / floor as f64,
        delta.body_bytes() as f64 / floor as f64
    );
    println!(
        "report: full first sync (national + {MUNICIPALITY}): {} requests (status {}), {} body bytes ({} in {} packs, \
         {} metadata), applied {:?}",
        first.requests.len(),
        first.statuses(),
        first.body_bytes(),
        first.pack_bytes(),
        first.packs().count(),
        first.body_bytes() - first.pack_bytes(),
        first.outcome.applied
    );
}
