//! National scale, small: the targets of `cargo xtask bench-sync` (342 municipalities) held
//! with fewer municipalities, so they run in `cargo test`. What a phone pays grows with the
//! number of municipalities only through the snapshot (a few bytes each, gzipped), so the
//! limits here are those of the full simulation.

mod support {
    #[allow(dead_code)]
    pub mod nginx;
    pub mod scale;
}

use chrono::TimeDelta;
use support::nginx::Nginx;
use support::scale::{PHONE_MUNICIPALITY, ScaleWorld, simulate_weeks, t0};

/// The limits at 342 municipalities (bytes over the wire, gzip included).
const NATIONAL_CHANGE_MAX: u64 = 20 * 1024;
const OTHER_MUNICIPALITY_MAX: u64 = 2 * 1024;

#[test]
fn a_phone_pays_for_what_it_follows() {
    let mut world = ScaleWorld::new(24);
    let nginx = Nginx::serve(&world.feed_dir);
    let mut phone = world.phone();
    let day = |n: i64| t0() + TimeDelta::days(n);
    let first = world.sync(&nginx, &mut phone, day(1));
    assert_eq!(first.outcome.applied.len(), 2, "national and {PHONE_MUNICIPALITY}: {}", first.describe());

    let unchanged = world.sync(&nginx, &mut phone, day(1));
    let statuses: Vec<u16> = unchanged.requests.iter().map(|r| r.status).collect();
    assert_eq!(statuses, [404, 304], "the next root, then the timestamp: {}", unchanged.describe());
    assert_eq!(unchanged.requests[1].body_bytes_sent, 0, "{}", unchanged.describe());

    world.publish_national(day(2), true);
    let national = world.sync(&nginx, &mut phone, day(2));
    assert_eq!(national.outcome.applied, [("nl".to_string(), 2)]);
    assert!(national.bytes() <= NATIONAL_CHANGE_MAX, "{}", national.describe());
    assert!(!national.describe().contains("municipalities.json"), "{}", national.describe());

    let other = world.municipalities[1].clone();
    world.publish_municipality(&other, day(3), true);
    let unrelated = world.sync(&nginx, &mut phone, day(3));
    assert!(unrelated.outcome.applied.is_empty());
    assert!(unrelated.bytes() <= OTHER_MUNICIPALITY_MAX, "{}", unrelated.describe());
    let metadata: Vec<&str> = unrelated.requests.iter().filter_map(|r| r.request.split(' ').nth(1)).collect();
    assert!(metadata.iter().all(|path| !path.contains(".national.") && !path.contains("targets/")), "{metadata:?}");

    world.publish_municipality(PHONE_MUNICIPALITY, day(4), true);
    let own = world.sync(&nginx, &mut phone, day(4));
    assert_eq!(own.outcome.applied, [(PHONE_MUNICIPALITY.to_string(), 2)], "{}", own.describe());

    world.delegate_last(day(5));
    let delegation = world.sync(&nginx, &mut phone, day(5));
    assert!(delegation.outcome.applied.is_empty());
    assert!(delegation.describe().contains("municipalities.json"), "{}", delegation.describe());
}

/// Every municipality publishing weekly, pruned daily: once each keeps its last full packs and
/// the deltas between them (from the fourth week), the folder stops growing.
#[test]
fn the_feed_folder_stays_bounded_with_weekly_publishes_and_pruning() {
    let mut world = ScaleWorld::new(8);
    let sizes = simulate_weeks(&mut world, t0() + TimeDelta::days(1), 6, &[4, 6]);
    let (_, files_4, bytes_4) = sizes[0];
    let (_, files_6, bytes_6) = sizes[1];
    assert!(files_6 <= files_4 + files_4 / 20, "{sizes:?}");
    assert!(bytes_6 <= bytes_4 + bytes_4 / 10, "{sizes:?}");
    // The phone still syncs from the pruned folder.
    let nginx = Nginx::serve(&world.feed_dir);
    let mut phone = world.phone();
    let synced = world.sync(&nginx, &mut phone, t0() + TimeDelta::days(43));
    assert_eq!(synced.outcome.applied.len(), 2, "{}", synced.describe());
}
