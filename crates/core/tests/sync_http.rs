//! Sync over real HTTP: the feed folder served by nginx on loopback, what goes over the wire
//! counted from nginx's access log.

#[path = "support/feed_world.rs"]
mod feed_world;
mod support;

use feed_world::{MUNICIPALITY, World, days, t0};
use support::nginx::{LoggedRequest, Nginx};
use wegwijs_core::model::Item;
use wegwijs_core::sync::http::HttpTransport;
use wegwijs_trust::client::Freshness;

fn http(world: &World, nginx: &Nginx) -> HttpTransport {
    HttpTransport::new(&nginx.base_url(), &world.dir.path().join("partial")).unwrap()
}

fn pack_requests(requests: &[LoggedRequest]) -> Vec<&LoggedRequest> {
    requests.iter().filter(|request| request.request.contains("/targets/")).collect()
}

/// Since the client walks the root chain before the timestamp (TUF 5.3), an unchanged feed
/// costs the look for the next root (a 404) and a 304 for the timestamp, no body of either.
#[test]
fn an_unchanged_feed_costs_one_404_and_one_304() {
    let world = World::new();
    let nginx = Nginx::serve(&world.feed_dir);
    let mut phone = world.phone("phone");
    let first = phone.sync_with(&mut http(&world, &nginx), &world.options(t0() + days(1), Freshness::Online)).unwrap();
    assert_eq!(first.applied.len(), 2, "national and {MUNICIPALITY}: {first:?}");
    let before = nginx.requests(1).len();

    let again = phone.sync_with(&mut http(&world, &nginx), &world.options(t0() + days(1), Freshness::Online)).unwrap();
    assert!(again.applied.is_empty());
    let requests = nginx.requests(before + 1);
    let new: Vec<&LoggedRequest> = requests[before..].iter().collect();
    let new: Vec<(u16, &str)> =
        new.iter().map(|r| (r.status, r.request.split(' ').nth(1).unwrap_or_default())).collect();
    assert_eq!(new, [(404, "/2.root.json"), (304, "/timestamp.json")]);
    let timestamp = &requests[requests.len() - 1];
    assert_eq!(timestamp.body_bytes_sent, 0, "{timestamp:?}");
}

#[test]
fn twenty_items_changed_in_every_language_transfer_only_their_delta() {
    let world = World::new();
    let nginx = Nginx::serve(&world.feed_dir);
    let mut phone = world.phone("phone");
    phone.sync_with(&mut http(&world, &nginx), &world.options(t0() + days(1), Freshness::Online)).unwrap();
    let before = nginx.requests(1).len();

    let changed = world.edit_and_publish(20, "Updated:", t0() + days(2));
    let outcome =
        phone.sync_with(&mut http(&world, &nginx), &world.options(t0() + days(2), Freshness::Online)).unwrap();
    assert_eq!(outcome.applied, vec![("nl".to_string(), 2)]);
    for id in &changed {
        assert!(phone.title(id).starts_with("Updated:"), "{id}");
    }

    let requests = nginx.requests(before + 1);
    let packs = pack_requests(&requests[before..]);
    assert_eq!(packs.len(), 1, "{packs:?}");
    assert!(packs[0].request.contains(".delta-1-2.pack"), "{packs:?}");
    // Against the smallest these 20 items (all 13 languages) can be: their JSON, zstd-compressed.
    let items: Vec<Item> = world.report().items.into_iter().filter(|item| changed.contains(&item.id)).collect();
    assert_eq!(items.len(), 20);
    assert!(items.iter().all(|item| item.texts.len() == 13));
    let floor = zstd::bulk::compress(&serde_json::to_vec(&items).unwrap(), 19).unwrap().len() as f64;
    let ratio = packs[0].body_bytes_sent as f64 / floor;
    assert!(ratio <= 1.15, "delta pack {} bytes, items alone {floor} bytes: {ratio:.3}", packs[0].body_bytes_sent);
}

/// A host that serves the publisher's `.json.gz` copies (`gzip_static on`) sends every
/// metadata file gzipped, and packs (zstd already) as they are; the phone reads both.
#[test]
fn metadata_comes_gzipped_and_packs_as_they_are() {
    let world = World::new();
    let nginx = Nginx::serve(&world.feed_dir);
    let mut phone = world.phone("phone");
    let first = phone.sync_with(&mut http(&world, &nginx), &world.options(t0() + days(1), Freshness::Online)).unwrap();
    assert_eq!(first.applied.len(), 2, "{first:?}");
    // The next root (404), timestamp, snapshot, targets, national, municipalities, GM0794, 2 packs.
    let requests = nginx.requests(9);
    let size = |name: &str| std::fs::metadata(world.feed_dir.join(name)).unwrap().len();
    let mut metadata = 0;
    for request in requests.iter().filter(|request| request.status == 200) {
        let path = request.request.split(' ').nth(1).unwrap().trim_start_matches('/');
        if path.ends_with(".json") {
            metadata += 1;
            assert_eq!(request.body_bytes_sent, size(&format!("{path}.gz")), "{path} is sent gzipped");
            assert!(size(&format!("{path}.gz")) < size(path), "{path} shrinks");
        } else {
            assert_eq!(request.body_bytes_sent, size(path), "{path} is sent as it is");
        }
    }
    assert_eq!(metadata, 6, "{requests:?}");
}
