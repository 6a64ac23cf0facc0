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
//! Then national scale (tests/support/scale.rs): 342 municipalities, each delegated a fresh
//! key, and a phone following the national content and GM0794; bytes for an unchanged check,
//! one national item changed, one item changed in the phone's municipality, one in another
//! municipality, a new delegation; and the feed folder after a year of weekly publishes by
//! every municipality (simulated dates, `feed prune` daily). `WEGWIJS_BENCH_MUNICIPALITIES`
//! and `WEGWIJS_BENCH_WEEKS` make it smaller (342 and 52 by default).
//!
//! Body bytes include the small error page of the 404 that tells the client there is no newer
//! root. It asserts nothing: the tests in tests/sync_http.rs and tests/scale.rs hold the limits.

#[path = "../tests/support/feed_world.rs"]
mod feed_world;
#[allow(dead_code)]
#[path = "../tests/support/nginx.rs"]
mod nginx;
#[path = "../tests/support/scale.rs"]
mod scale;

use feed_world::{MUNICIPALITY, Phone, World, days, t0};
use nginx::{LoggedRequest, Nginx};
use scale::Counted;
use wegwijs_core::model::Item;
use wegwijs_core::sync::SyncOutcome;
use wegwijs_core::sync::http::HttpTransport;
use wegwijs_trust::client::Freshness;

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
    small_feed();
    national_scale();
}

/// Reads a count from the environment, or `default`.
fn count_from_env(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|value| value.parse().ok()).unwrap_or(default)
}

fn national_scale() {
    use scale::{PHONE_MUNICIPALITY, ScaleWorld, simulate_weeks, t0};
    let count = count_from_env("WEGWIJS_BENCH_MUNICIPALITIES", 342);
    let weeks = count_from_env("WEGWIJS_BENCH_WEEKS", 52) as i64;
    let started = std::time::Instant::now();
    let mut world = ScaleWorld::new(count);
    let (files, bytes) = world.feed_size();
    println!(
        "report: scale: {} municipalities delegated and published in {:.0?}: feed folder {files} files, {bytes} bytes",
        count - 1,
        started.elapsed()
    );
    let nginx = Nginx::serve(&world.feed_dir);
    let mut phone = world.phone();
    let day = |n: i64| t0() + chrono::TimeDelta::days(n);
    let print = |what: &str, measured: &scale::Measured| {
        println!(
            "report: scale {count}: {what}: {} bytes in {} requests ({} in packs): {}",
            measured.bytes(),
            measured.requests.len(),
            measured.pack_bytes(),
            measured.describe()
        );
    };
    print("first sync (national + GM0794)", &world.sync(&nginx, &mut phone, day(1)));
    print("unchanged check", &world.sync(&nginx, &mut phone, day(1)));
    world.publish_national(day(2), true);
    print("one national item changed (target <= 20480)", &world.sync(&nginx, &mut phone, day(2)));
    world.publish_municipality(PHONE_MUNICIPALITY, day(3), true);
    print("one item changed in GM0794", &world.sync(&nginx, &mut phone, day(3)));
    let other = world.municipalities[1].clone();
    world.publish_municipality(&other, day(4), true);
    print(&format!("one item changed in {other} (target <= 2048)"), &world.sync(&nginx, &mut phone, day(4)));
    world.delegate_last(day(5));
    print("a new delegation", &world.sync(&nginx, &mut phone, day(5)));
    drop(nginx);

    let started = std::time::Instant::now();
    let report_weeks: Vec<i64> = [1, 4, 13, 26, 52].into_iter().filter(|week| *week <= weeks).collect();
    // Week by week, so each size is printed as soon as it is known (the year takes a while).
    for week in 1..=weeks {
        let sizes = simulate_weeks(&mut world, day(6 + 7 * (week - 1)), 1, &[1]);
        if let Some((_, files, bytes)) = sizes.first().filter(|_| report_weeks.contains(&week)) {
            println!(
                "report: scale {count}: feed folder after {week} week(s) of weekly publishes by every municipality, \
                 pruned daily: {files} files, {bytes} bytes ({:.0?} so far)",
                started.elapsed()
            );
        }
    }
    println!("report: scale {count}: {weeks} weeks simulated in {:.0?}", started.elapsed());
}

fn small_feed() {
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
