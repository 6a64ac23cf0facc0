//! Signed updates end to end over the feed folder: a phone takes updates (full, then only the
//! changes), passes them on as a file, and refuses every attack with a clear kind of error and
//! content.db exactly as it was.

#[path = "support/feed_world.rs"]
mod feed_world;

use feed_world::{MUNICIPALITY, OTHER_MUNICIPALITY, World, days, t0};
use serde_json::json;
use wegwijs_core::content_store::{ContentStore, OpenOutcome};
use wegwijs_core::error::UpdateErrorKind;
use wegwijs_core::model::Scope;
use wegwijs_core::sync::file::{DirTransport, FileTransport, UpdateFile};
use wegwijs_core::sync::pack::Pack;
use wegwijs_core::sync::{self, PhoneState, device_update_file};
use wegwijs_core::{Error, Lang, bundled};
use wegwijs_publish::feed::Feed;
use wegwijs_trust::client::Freshness;
use wegwijs_trust::transport::{Fetched, Request, Transport, TransportError};
use wegwijs_trust::{TargetFile, target_fetch_path};

fn assert_update_error(result: Result<impl std::fmt::Debug, Error>, expected: UpdateErrorKind, case: &str) {
    match result {
        Err(Error::Update { kind, detail }) => assert_eq!(kind, expected, "{case}: {detail}"),
        other => panic!("{case}: expected {expected:?}, got {other:?}"),
    }
}

#[test]
fn first_sync_takes_full_packs_then_only_changes() {
    let world = World::new();
    let mut phone = world.phone("phone");
    let first = phone.sync_dir(&world, t0() + days(1)).unwrap();
    assert_eq!(first.applied, vec![("nl".to_string(), 1), (MUNICIPALITY.to_string(), 1)]);

    let again = phone.sync_dir(&world, t0() + days(1)).unwrap();
    assert!(again.applied.is_empty(), "nothing new: {again:?}");

    let edited = world.edit_and_publish(3, "Changed:", t0() + days(2));
    let checked = sync::check(
        &PhoneState::of(&phone.store).unwrap(),
        &mut DirTransport::new(&world.feed_dir),
        &world.options(t0() + days(2), Freshness::Online),
    )
    .unwrap();
    let paths: Vec<&str> = checked.plan.packs().map(|pack| pack.path.as_str()).collect();
    assert_eq!(paths, ["nl/delta-1-2.pack"], "only the change is fetched");
    let second = phone.sync_dir(&world, t0() + days(2)).unwrap();
    assert_eq!(second.applied, vec![("nl".to_string(), 2)]);
    for id in &edited {
        assert!(phone.title(id).starts_with("Changed:"), "{id}: {}", phone.title(id));
    }
    assert!(phone.store.integrity_check().unwrap());
}

#[test]
fn a_phone_several_versions_behind_gets_one_delta_and_a_phone_further_behind_a_full_pack() {
    let world = World::new();
    let mut near = world.phone("near");
    near.sync_dir(&world, t0()).unwrap();
    let mut far = world.phone("far");
    far.sync_dir(&world, t0()).unwrap();
    for round in 1..=2 {
        world.edit_and_publish(1, &format!("R{round}"), t0() + days(round));
    }
    let options = world.options(t0() + days(3), Freshness::Online);
    let plan = sync::check(&PhoneState::of(&near.store).unwrap(), &mut DirTransport::new(&world.feed_dir), &options)
        .unwrap()
        .plan;
    assert_eq!(plan.packs().next().unwrap().path, "nl/delta-1-3.pack");
    for round in 3..=5 {
        world.edit_and_publish(1, &format!("R{round}"), t0() + days(round));
    }
    let options = world.options(t0() + days(6), Freshness::Online);
    let plan = sync::check(&PhoneState::of(&far.store).unwrap(), &mut DirTransport::new(&world.feed_dir), &options)
        .unwrap()
        .plan;
    assert_eq!(plan.packs().next().unwrap().path, "nl/full-6.pack", "no delta from version 1 is kept");
    far.sync_dir(&world, t0() + days(6)).unwrap();
    assert_eq!(far.store.feed_versions().unwrap()["nl"], 6);
}

#[test]
fn an_update_file_passes_from_phone_to_phone_and_never_downgrades() {
    let world = World::new();
    let mut online = world.phone("online");
    online.sync_dir(&world, t0()).unwrap();
    let old_bundle = Feed::open(&world.feed_dir).unwrap().bundle().unwrap();
    world.edit_and_publish(2, "New:", t0() + days(1));
    online.sync_dir(&world, t0() + days(1)).unwrap();

    // The online phone's file reaches an offline phone weeks later: expiry does not matter.
    let shared = device_update_file(&online.store, &world.pinned_root).unwrap();
    let bytes = shared.to_bytes();
    let mut offline = world.phone("offline");
    let options = world.options(t0() + days(60), Freshness::OfflineFile);
    let mut transport = FileTransport::new(UpdateFile::from_bytes(&bytes).unwrap());
    offline.sync_with(&mut transport, &options).unwrap();
    assert_eq!(offline.state().lines().last(), online.state().lines().last());
    assert_eq!(offline.store.feed_versions().unwrap(), online.store.feed_versions().unwrap());

    // ... and from there to a third phone.
    let again = device_update_file(&offline.store, &world.pinned_root).unwrap();
    let mut third = world.phone("third");
    third.sync_with(&mut FileTransport::new(again), &options).unwrap();
    assert_eq!(third.store.feed_versions().unwrap()["nl"], 2);

    // An older file changes nothing.
    let before = third.state();
    let result = third.sync_with(&mut FileTransport::new(old_bundle), &options);
    assert_update_error(result, UpdateErrorKind::Rollback, "older update file");
    assert_eq!(third.state(), before);
}

#[test]
fn a_rebuilt_content_db_still_refuses_an_older_update_file() {
    // Regression: content.db rebuilt after damage or a schema change dropped the trusted
    // metadata, so an old signed update file was accepted again.
    let prepared = World::new();
    let mut online = prepared.phone("online");
    online.sync_dir(&prepared, t0()).unwrap();
    let old_bundle = Feed::open(&prepared.feed_dir).unwrap().bundle().unwrap();
    prepared.edit_and_publish(1, "New:", t0() + days(1));
    online.sync_dir(&prepared, t0() + days(1)).unwrap();
    drop(online);
    type Damage = fn(&std::path::Path);
    let cases: [(&str, Damage); 2] = [
        ("damaged file", |db| std::fs::write(db, b"not a database, not even close").unwrap()),
        ("older schema, from before the trust file", |db| {
            let conn = rusqlite::Connection::open(db).unwrap();
            conn.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'", []).unwrap();
            drop(conn);
            std::fs::remove_file(db.with_file_name("content.db.trust")).unwrap();
        }),
    ];
    for (case, damage) in cases {
        let world = prepared.fork();
        let dir = world.dir.path().join("online");
        let db = dir.join("content.db");
        damage(&db);
        let (store, outcome) = ContentStore::open_or_build(&db, &bundled::content_tree()).unwrap();
        assert!(matches!(outcome, OpenOutcome::Rebuilt { .. }), "{case}: {outcome:?}");
        let mut phone = feed_world::Phone { dir, store };
        let options = world.options(t0() + days(2), Freshness::OfflineFile);
        let result = phone.sync_with(&mut FileTransport::new(old_bundle.clone()), &options);
        assert_update_error(result, UpdateErrorKind::Rollback, case);
    }
}

#[test]
fn an_update_file_carries_the_root_chain_to_phones_with_an_older_root() {
    let world = World::new();
    let mut online = world.phone("online");
    online.sync_dir(&world, t0()).unwrap();
    world.rotate_root_and_timestamp_keys(t0() + days(1));
    world.edit_and_publish(1, "After rotation:", t0() + days(1));
    online.sync_dir(&world, t0() + days(1)).unwrap();

    // A phone that only knows root version 1 follows the chain inside the file.
    let file = device_update_file(&online.store, &world.pinned_root).unwrap();
    assert!(file.entries.contains_key("2.root.json"), "{:?}", file.entries.keys().collect::<Vec<_>>());
    let mut offline = world.phone("offline");
    let options = world.options(t0() + days(3), Freshness::OfflineFile);
    offline.sync_with(&mut FileTransport::new(file), &options).unwrap();
    assert_eq!(offline.store.feed_versions().unwrap()["nl"], 2);
}

#[test]
fn roots_kept_to_pass_on_are_the_bytes_that_were_verified() {
    // Regression: the roots were fetched a second time after the chain walk and stored
    // unverified, so a server could slip anything into the phone's update files.
    let world = World::new();
    let mut phone = world.phone("phone");
    phone.sync_dir(&world, t0()).unwrap();
    world.rotate_root_and_timestamp_keys(t0() + days(1));
    world.edit_and_publish(1, "After rotation:", t0() + days(1));
    let mut transport = ShiftingRoot { inner: DirTransport::new(&world.feed_dir), served: 0 };
    phone.sync_with(&mut transport, &world.options(t0() + days(1), Freshness::Online)).unwrap();
    let kept = phone.store.feed_files().unwrap();
    assert_eq!(kept["2.root.json"], std::fs::read(world.feed_dir.join("2.root.json")).unwrap());
}

/// A feed folder whose `2.root.json` turns into something else once it was read, as a server
/// changing under the phone would.
struct ShiftingRoot {
    inner: DirTransport,
    served: usize,
}

impl Transport for ShiftingRoot {
    fn fetch(&mut self, request: &Request<'_>) -> Result<Fetched, TransportError> {
        let fetched = self.inner.fetch(request)?;
        if request.path != "2.root.json" || !matches!(fetched, Fetched::Body { .. }) {
            return Ok(fetched);
        }
        self.served += 1;
        if self.served == 1 { Ok(fetched) } else { Ok(Fetched::Body { bytes: b"unverified".to_vec(), etag: None }) }
    }
}

/// One attack: what the attacker does to the feed (after the phone synced once at t0 + 1 day),
/// when the phone syncs, and what is expected.
struct Attack {
    name: &'static str,
    attack: fn(&World),
    sync_at_days: i64,
    expected: Expected,
}

enum Expected {
    /// The whole update is refused with this kind, and nothing changes.
    Refused(UpdateErrorKind),
    /// The national part (a change published before the attack) applies; the municipality is
    /// left out with this kind and its content stays as it was.
    MunicipalitySkipped(UpdateErrorKind),
}

use Expected::{MunicipalitySkipped, Refused};

const ATTACKS: &[Attack] = &[
    Attack {
        name: "bad signature on timestamp",
        attack: |w| flip_signature(w, "timestamp.json"),
        sync_at_days: 2,
        expected: Refused(UpdateErrorKind::Signature),
    },
    Attack {
        name: "bad signature on the national role",
        attack: |w| {
            w.edit_and_publish(1, "X", t0() + days(2));
            flip_signature(w, &w.current_file("national"));
        },
        sync_at_days: 2,
        expected: Refused(UpdateErrorKind::Signature),
    },
    Attack {
        name: "the national role signed with the wrong key",
        attack: |w| {
            w.edit_and_publish(1, "X", t0() + days(2));
            w.resign(&w.current_file("national"), &["snapshot"], |_| {});
        },
        sync_at_days: 2,
        expected: Refused(UpdateErrorKind::Signature),
    },
    Attack {
        name: "top-level targets signed with the wrong key",
        attack: |w| new_role_version(w, "targets", "snapshot", |_| {}),
        sync_at_days: 2,
        expected: Refused(UpdateErrorKind::Signature),
    },
    Attack {
        name: "top-level targets gives the national paths to another key",
        attack: |w| {
            let intruder = wegwijs_trust::SigningKey::generate().public_key();
            new_role_version(w, "targets", "targets", |signed| {
                let id = intruder.key_id();
                signed["delegations"]["keys"][&id] = serde_json::to_value(&intruder).unwrap();
                signed["delegations"]["roles"][0]["keyids"] = json!([id]);
            });
        },
        sync_at_days: 2,
        expected: Refused(UpdateErrorKind::Signature),
    },
    Attack {
        name: "the delegations role signed with the wrong key",
        attack: |w| new_role_version(w, "municipalities", "snapshot", |_| {}),
        sync_at_days: 2,
        expected: MunicipalitySkipped(UpdateErrorKind::Signature),
    },
    Attack {
        name: "the delegations role hands national paths to a municipality",
        attack: |w| {
            new_role_version(w, "municipalities", "targets", |signed| {
                for role in signed["delegations"]["roles"].as_array_mut().unwrap() {
                    role["paths"].as_array_mut().unwrap().push("nl/*".into());
                }
            });
            let scope = Scope { code: "nl".into(), name: "Nederland".into(), sample: false };
            publish_as_municipality(w, "nl/full-9.pack", Pack::full(scope, 9, vec![]));
        },
        sync_at_days: 2,
        expected: MunicipalitySkipped(UpdateErrorKind::NotAllowed),
    },
    Attack {
        name: "new root below the old root's threshold",
        attack: |w| {
            let mut signed = w.read_json("1.root.json")["signed"].clone();
            signed["version"] = 2.into();
            let new_key = wegwijs_trust::SigningKey::generate();
            let key = new_key.public_key();
            let id = key.key_id();
            signed["keys"][&id] = serde_json::to_value(&key).unwrap();
            signed["roles"]["root"] = json!({ "keyids": [id], "threshold": 1 });
            let bytes = wegwijs_trust::metadata::sign_value(signed, &[&new_key]).unwrap();
            std::fs::write(w.feed_dir.join("2.root.json"), bytes).unwrap();
        },
        sync_at_days: 2,
        expected: Refused(UpdateErrorKind::Signature),
    },
    Attack {
        name: "tampered pack, same length",
        attack: |w| {
            w.edit_and_publish(1, "X", t0() + days(2));
            tamper_pack(w, "nl/delta-1-2.pack", |bytes| {
                let last = bytes.len() - 1;
                bytes[last] ^= 1;
            });
        },
        sync_at_days: 2,
        expected: Refused(UpdateErrorKind::Tampered),
    },
    Attack {
        name: "tampered pack, longer",
        attack: |w| {
            w.edit_and_publish(1, "X", t0() + days(2));
            tamper_pack(w, "nl/delta-1-2.pack", |bytes| bytes.extend_from_slice(b"more"));
        },
        sync_at_days: 2,
        expected: Refused(UpdateErrorKind::TooLarge),
    },
    Attack {
        name: "rollback of timestamp",
        attack: |w| {
            w.resign("timestamp.json", &["timestamp"], |signed| signed["version"] = 1.into());
        },
        sync_at_days: 2,
        expected: Refused(UpdateErrorKind::Rollback),
    },
    Attack {
        name: "rollback of snapshot",
        attack: |w| {
            let old = std::fs::read(w.feed_dir.join("1.snapshot.json")).unwrap();
            w.point_timestamp_at(1, &old);
        },
        sync_at_days: 2,
        expected: Refused(UpdateErrorKind::Rollback),
    },
    Attack {
        name: "rollback of the national role",
        attack: |w| {
            w.resign_snapshot_and_timestamp(|signed| signed["meta"]["national.json"]["version"] = 1.into());
        },
        sync_at_days: 2,
        expected: Refused(UpdateErrorKind::Rollback),
    },
    Attack {
        name: "rollback of the delegations role",
        attack: |w| {
            w.resign_snapshot_and_timestamp(|signed| signed["meta"]["municipalities.json"]["version"] = 1.into());
        },
        sync_at_days: 2,
        expected: Refused(UpdateErrorKind::Rollback),
    },
    Attack {
        name: "rollback of a municipality's targets",
        attack: |w| {
            w.resign_snapshot_and_timestamp(|signed| {
                signed["meta"][format!("{MUNICIPALITY}.json")]["version"] = 1.into()
            });
        },
        sync_at_days: 2,
        expected: Refused(UpdateErrorKind::Rollback),
    },
    Attack { name: "expired timestamp", attack: |_| {}, sync_at_days: 9, expected: Refused(UpdateErrorKind::Expired) },
    Attack {
        name: "expired snapshot",
        attack: |w| {
            w.resign_snapshot_and_timestamp(|signed| signed["expires"] = "2026-11-03T00:00:00Z".into());
        },
        sync_at_days: 2,
        expected: Refused(UpdateErrorKind::Expired),
    },
    Attack {
        name: "expired top-level targets",
        attack: |w| {
            new_role_version(w, "targets", "targets", |signed| signed["expires"] = "2026-11-03T00:00:00Z".into())
        },
        sync_at_days: 2,
        expected: Refused(UpdateErrorKind::Expired),
    },
    Attack {
        name: "expired national role",
        attack: |w| {
            new_role_version(w, "national", "targets", |signed| signed["expires"] = "2026-11-03T00:00:00Z".into())
        },
        sync_at_days: 2,
        expected: Refused(UpdateErrorKind::Expired),
    },
    Attack {
        name: "a municipality publishes national items",
        attack: |w| {
            let nl_items = w.report().items.into_iter().filter(|i| i.scope == "nl").take(2).collect();
            let scope = Scope { code: "nl".into(), name: "Nederland".into(), sample: false };
            publish_as_municipality(w, "gm0794/full-2.pack", Pack::full(scope, 2, nl_items));
        },
        sync_at_days: 2,
        expected: MunicipalitySkipped(UpdateErrorKind::NotAllowed),
    },
    Attack {
        name: "a municipality publishes another municipality's items",
        attack: |w| {
            let report = w.report();
            let scope = report.scopes.iter().find(|s| s.code == MUNICIPALITY).unwrap().clone();
            let mut items: Vec<_> = report.items.into_iter().filter(|i| i.scope == OTHER_MUNICIPALITY).collect();
            items.iter_mut().for_each(|item| item.scope = MUNICIPALITY.into());
            publish_as_municipality(w, "gm0794/full-2.pack", Pack::full(scope, 2, items));
        },
        sync_at_days: 2,
        expected: MunicipalitySkipped(UpdateErrorKind::NotAllowed),
    },
    Attack {
        name: "a municipality publishes a right",
        attack: |w| {
            let report = w.report();
            let scope = report.scopes.iter().find(|s| s.code == MUNICIPALITY).unwrap().clone();
            let mut right =
                report.items.into_iter().find(|i| i.kind() == wegwijs_core::model::ItemKind::Right).unwrap();
            right.scope = MUNICIPALITY.into();
            right.id = format!("gm0794-{}", right.id);
            publish_as_municipality(w, "gm0794/full-2.pack", Pack::full(scope, 2, vec![right]));
        },
        sync_at_days: 2,
        expected: MunicipalitySkipped(UpdateErrorKind::NotAllowed),
    },
    Attack {
        name: "a municipality lists a national pack path",
        attack: |w| {
            let scope = Scope { code: "nl".into(), name: "Nederland".into(), sample: false };
            publish_as_municipality(w, "nl/full-9.pack", Pack::full(scope, 9, vec![]));
        },
        sync_at_days: 2,
        expected: MunicipalitySkipped(UpdateErrorKind::NotAllowed),
    },
    Attack {
        name: "a delegation path's * stretched across /",
        attack: |w| {
            let report = w.report();
            let scope = report.scopes.iter().find(|s| s.code == MUNICIPALITY).unwrap().clone();
            publish_as_municipality(w, "gm0794/deeper/full-2.pack", Pack::full(scope, 2, vec![]));
        },
        sync_at_days: 2,
        expected: MunicipalitySkipped(UpdateErrorKind::NotAllowed),
    },
    Attack {
        name: "a municipality stops publishing and its metadata expires",
        attack: |w| w.expire_municipal_role("2026-11-05T09:00:00Z"),
        sync_at_days: 4,
        expected: MunicipalitySkipped(UpdateErrorKind::Expired),
    },
    Attack {
        name: "a municipal pack repeats an item id",
        attack: |w| {
            let (scope, mut items) = municipal_items(w);
            items.push(items[0].clone());
            publish_as_municipality(w, "gm0794/full-2.pack", Pack::full(scope, 2, items));
        },
        sync_at_days: 2,
        expected: MunicipalitySkipped(UpdateErrorKind::NotAllowed),
    },
    Attack {
        name: "a municipal item without its English reference text",
        attack: |w| publish_edited_municipal_items(w, |items| drop(items[0].texts.remove(&Lang::En))),
        sync_at_days: 2,
        expected: MunicipalitySkipped(UpdateErrorKind::NotAllowed),
    },
    Attack {
        name: "a municipal item that links to an unknown item",
        attack: |w| publish_edited_municipal_items(w, |items| items[0].related.push("gm0794-nowhere".into())),
        sync_at_days: 2,
        expected: MunicipalitySkipped(UpdateErrorKind::NotAllowed),
    },
    Attack {
        name: "a municipal service whose website is not https",
        attack: |w| edit_municipal_service(w, |info| info.website = Some("javascript:alert(1)".into())),
        sync_at_days: 2,
        expected: MunicipalitySkipped(UpdateErrorKind::NotAllowed),
    },
    Attack {
        name: "a municipal service whose e-mail carries a query",
        attack: |w| edit_municipal_service(w, |info| info.email = Some("info@helmond.nl?body=pay%20here".into())),
        sync_at_days: 2,
        expected: MunicipalitySkipped(UpdateErrorKind::NotAllowed),
    },
    Attack {
        name: "a municipality lists a pack longer than any pack may be",
        attack: |w| {
            let mut target = TargetFile::from_bytes(b"a pack", Some(json!({ "version": 2, "base": null })));
            target.length = 40 * 1024 * 1024;
            list_in_municipal_role(w, "gm0794/full-2.pack", &target);
        },
        sync_at_days: 2,
        expected: MunicipalitySkipped(UpdateErrorKind::TooLarge),
    },
    Attack {
        name: "captive portal HTML instead of the timestamp",
        attack: |w| {
            std::fs::write(
                w.feed_dir.join("timestamp.json"),
                "<!DOCTYPE html><html><body>Log in to Wi-Fi</body></html>",
            )
            .unwrap();
        },
        sync_at_days: 2,
        expected: Refused(UpdateErrorKind::Malformed),
    },
    Attack {
        name: "oversized timestamp",
        attack: |w| {
            std::fs::write(w.feed_dir.join("timestamp.json"), vec![b' '; 20 * 1024 * 1024]).unwrap();
        },
        sync_at_days: 2,
        expected: Refused(UpdateErrorKind::TooLarge),
    },
];

#[test]
fn every_attack_is_refused_and_changes_nothing() {
    let prepared = World::new();
    prepared.phone("phone").sync_dir(&prepared, t0() + days(1)).unwrap();
    for attack in ATTACKS {
        let world = prepared.fork();
        let mut phone = world.existing_phone("phone");
        let before = phone.state();
        let municipal_before = phone.scope_state(MUNICIPALITY);
        let national = match attack.expected {
            Refused(_) => Vec::new(),
            MunicipalitySkipped(_) => world.edit_and_publish(1, "National:", t0() + days(2)),
        };
        (attack.attack)(&world);
        let result = phone.sync_dir(&world, t0() + days(attack.sync_at_days));
        match attack.expected {
            Refused(expected) => {
                assert_update_error(result, expected, attack.name);
                assert_eq!(phone.state(), before, "{}: content or trust changed", attack.name);
            }
            MunicipalitySkipped(expected) => {
                let outcome = result.unwrap_or_else(|e| panic!("{}: the national part failed: {e:?}", attack.name));
                assert_eq!(outcome.applied, [("nl".to_string(), 2)], "{}", attack.name);
                let skipped: Vec<_> = outcome.skipped.iter().map(|s| (s.scope.as_str(), s.kind)).collect();
                assert_eq!(skipped, [(MUNICIPALITY, expected)], "{}: {:?}", attack.name, outcome.skipped);
                assert!(phone.title(&national[0]).starts_with("National:"), "{}", attack.name);
                assert_eq!(
                    phone.scope_state(MUNICIPALITY),
                    municipal_before,
                    "{}: municipal content changed",
                    attack.name
                );
            }
        }
        assert!(phone.store.integrity_check().unwrap());
    }
}

/// A feed in another layout is refused as a whole, with its format named: an app never takes
/// a feed it would misread (and shows nothing new), whichever side is newer.
#[test]
fn a_feed_of_another_format_is_refused_by_name() {
    let prepared = World::new();
    prepared.phone("phone").sync_dir(&prepared, t0() + days(1)).unwrap();
    for (marker, found) in [(None, 1), (Some(json!({ "feed_format": 3 })), 3)] {
        let world = prepared.fork();
        let mut phone = world.existing_phone("phone");
        let before = phone.state();
        new_role_version(&world, "targets", "targets", |signed| match &marker {
            None => drop(signed["targets"].as_object_mut().unwrap().remove(sync::FEED_FORMAT_PATH)),
            Some(custom) => signed["targets"][sync::FEED_FORMAT_PATH]["custom"] = custom.clone(),
        });
        match phone.sync_dir(&world, t0() + days(2)) {
            Err(error @ Error::FeedFormat { .. }) => {
                assert!(matches!(error, Error::FeedFormat { found: f, reads: 2 } if f == found), "{error:?}");
                assert_eq!(error.code(), "error-update-feed-format");
            }
            other => panic!("format {found}: {other:?}"),
        }
        assert_eq!(phone.state(), before, "format {found}: content or trust changed");
    }
}

/// Apps that read format 1 took every `nl/` target of top-level targets for a national pack
/// (`PackInfo`, no other fields): the marker is not one, so they refuse the feed as malformed
/// rather than finding no national packs and saying all is up to date.
#[test]
fn the_format_marker_is_no_pack_to_apps_of_format_1() {
    let world = World::new();
    let targets = world.read_json(&world.current_file("targets"));
    let listed = targets["signed"]["targets"].as_object().unwrap();
    let national: Vec<&String> = listed.keys().filter(|path| path.starts_with("nl/")).collect();
    assert_eq!(national, [sync::FEED_FORMAT_PATH]);
    let custom = listed[sync::FEED_FORMAT_PATH]["custom"].clone();
    assert_eq!(custom, json!({ "feed_format": sync::FEED_FORMAT }));
    assert!(serde_json::from_value::<sync::PackInfo>(custom).is_err());
}

#[test]
fn a_clock_set_back_does_not_hide_expiry() {
    let world = World::new();
    // A stale mirror serves the municipality's metadata that expired on day 3.
    world.expire_municipal_role("2026-11-05T09:00:00Z");

    // The phone saw the national feed on day 6 ...
    let mut phone = world.phone("phone");
    let national_only = |now| sync::SyncOptions { municipality: None, ..world.options(now, Freshness::Online) };
    phone.sync_with(&mut DirTransport::new(&world.feed_dir), &national_only(t0() + days(6))).unwrap();
    // The list of delegations, which the phone loads on its way to the municipality's role
    // (and keeps: it verified), is not part of what must stay.
    let state_but_delegations = |phone: &feed_world::Phone| {
        let mut trusted = phone.store.trusted_state().unwrap().unwrap();
        trusted.targets.remove("municipalities");
        format!(
            "{:?}
{trusted:?}
{}
{}",
            phone.store.feed_versions().unwrap(),
            phone.scope_state("nl"),
            phone.scope_state(MUNICIPALITY)
        )
    };
    let before = state_but_delegations(&phone);
    // ... so a clock set back to day 2 does not make the expired municipal metadata valid:
    // the municipality is left out, the rest stays as it was.
    let set_back = phone.sync_dir(&world, t0() + days(2)).unwrap();
    let skipped: Vec<_> = set_back.skipped.iter().map(|s| (s.scope.as_str(), s.kind)).collect();
    assert_eq!(skipped, [(MUNICIPALITY, UpdateErrorKind::Expired)]);
    assert!(set_back.applied.is_empty(), "{set_back:?}");
    assert!(state_but_delegations(&phone) == before, "content or trust changed");
}

#[test]
fn a_municipal_pack_cannot_take_over_another_scopes_item_id() {
    // Regression: a pack's ids were only checked by their prefix, so a store holding an id
    // under another scope had it replaced (and a second municipal copy failed the whole update).
    let world = World::new();
    let mut phone = world.phone("phone");
    phone.sync_dir(&world, t0() + days(1)).unwrap();
    let national = world.edit_and_publish(1, "National:", t0() + days(2));
    let checked = sync::check(
        &PhoneState::of(&phone.store).unwrap(),
        &mut DirTransport::new(&world.feed_dir),
        &world.options(t0() + days(2), Freshness::Online),
    )
    .unwrap();
    let (mut update, _) = sync::fetch(&mut DirTransport::new(&world.feed_dir), checked).unwrap();
    let (scope, mut items) = municipal_items(&world);
    let mut stolen = items[0].clone();
    stolen.id = national[0].clone();
    items.push(stolen);
    update.packs.push(Pack::full(scope, 2, items));
    let municipal_before = phone.scope_state(MUNICIPALITY);

    let skipped = phone.store.apply_update(update).unwrap();
    let skipped: Vec<_> = skipped.iter().map(|s| (s.scope.as_str(), s.kind)).collect();
    assert_eq!(skipped, [(MUNICIPALITY, UpdateErrorKind::NotAllowed)]);
    assert!(phone.title(&national[0]).starts_with("National:"), "the national item stays national");
    assert_eq!(phone.scope_state(MUNICIPALITY), municipal_before);
    assert_eq!(phone.store.feed_versions().unwrap()["nl"], 2);
}

#[test]
fn what_the_feed_sent_is_quoted_escaped() {
    // Regression: a pack's own strings reached error messages (and the CLI's stderr) raw,
    // terminal escapes and bidi overrides included.
    let world = World::new();
    let mut phone = world.phone("phone");
    phone.sync_dir(&world, t0() + days(1)).unwrap();
    let json = r#"{"format": 1, "\u001b]0;owned\u0007\u001b[2J\u202e": 1}"#;
    let bytes = zstd::bulk::compress(json.as_bytes(), 3).unwrap();
    publish_bytes_as_municipality(&world, "gm0794/full-2.pack", &bytes, json!({ "version": 2, "base": null }));
    let outcome = phone.sync_dir(&world, t0() + days(2)).unwrap();
    let detail = &outcome.skipped[0].detail;
    assert!(detail.contains("\\u{1b}") && detail.contains("\\u{202e}"), "{detail}");
    assert!(!detail.chars().any(|c| c.is_control() || c == '\u{202e}'), "{detail:?}");
}

#[test]
fn refused_updates_are_explained_in_every_language() {
    let localizer = wegwijs_core::i18n::Localizer::bundled();
    for kind in [UpdateErrorKind::Signature, UpdateErrorKind::Rollback, UpdateErrorKind::Malformed] {
        let error = Error::Update { kind, detail: String::new() };
        for lang in Lang::ALL {
            let message = error.localized(&localizer, lang);
            assert!(!message.is_empty() && !message.contains("error-update"), "{lang} {kind:?}: {message}");
        }
    }
}

/// Writes the next version of `role`'s metadata, changed by `edit` and signed with `signer`'s
/// key, and a snapshot and timestamp that list it.
fn new_role_version(world: &World, role: &str, signer: &str, edit: impl FnOnce(&mut serde_json::Value)) {
    let file = world.current_file(role);
    let version: u64 = file.split('.').next().unwrap().parse::<u64>().unwrap() + 1;
    let mut signed = world.read_json(&file)["signed"].clone();
    signed["version"] = version.into();
    edit(&mut signed);
    let bytes = wegwijs_trust::metadata::sign_value(signed, &[&world.signer(signer)]).unwrap();
    std::fs::write(world.feed_dir.join(format!("{version}.{role}.json")), bytes).unwrap();
    world
        .resign_snapshot_and_timestamp(|snapshot| snapshot["meta"][format!("{role}.json")]["version"] = version.into());
}

fn flip_signature(world: &World, file: &str) {
    let mut envelope = world.read_json(file);
    let sig = envelope["signatures"][0]["sig"].as_str().unwrap().to_string();
    let flipped = format!("{}{}", if sig.starts_with('0') { "1" } else { "0" }, &sig[1..]);
    envelope["signatures"][0]["sig"] = flipped.into();
    std::fs::write(world.feed_dir.join(file), serde_json::to_vec(&envelope).unwrap()).unwrap();
}

/// The municipality's scope and its items as the sources have them.
fn municipal_items(world: &World) -> (Scope, Vec<wegwijs_core::model::Item>) {
    let report = world.report();
    let scope = report.scopes.iter().find(|s| s.code == MUNICIPALITY).unwrap().clone();
    (scope, report.items.into_iter().filter(|i| i.scope == MUNICIPALITY).collect())
}

/// Publishes the municipality's items, changed by `edit`, as its next full pack.
fn publish_edited_municipal_items(world: &World, edit: impl FnOnce(&mut Vec<wegwijs_core::model::Item>)) {
    let (scope, mut items) = municipal_items(world);
    edit(&mut items);
    publish_as_municipality(world, "gm0794/full-2.pack", Pack::full(scope, 2, items));
}

/// Publishes the municipality's items with its first service changed by `edit`.
fn edit_municipal_service(world: &World, edit: fn(&mut wegwijs_core::model::ServiceInfo)) {
    publish_edited_municipal_items(world, |items| {
        let info = items
            .iter_mut()
            .find_map(|item| match &mut item.details {
                wegwijs_core::model::Details::Service(info) => Some(info),
                _ => None,
            })
            .expect("the municipality has a service");
        edit(info);
    });
}

/// Changes the bytes of a published pack on the server, keeping its name.
fn tamper_pack(world: &World, path: &str, change: impl FnOnce(&mut Vec<u8>)) {
    let targets = world.read_json(&world.current_file("national"));
    let target: TargetFile = serde_json::from_value(targets["signed"]["targets"][path].clone()).unwrap();
    let file = world.feed_dir.join(target_fetch_path(path, &target).unwrap());
    let mut bytes = std::fs::read(&file).unwrap();
    change(&mut bytes);
    std::fs::write(file, bytes).unwrap();
}

/// Signs `pack` at `path` into the municipality's role with its own (valid) key, as a
/// municipality gone rogue would, with fresh snapshot and timestamp.
fn publish_as_municipality(world: &World, path: &str, pack: Pack) {
    publish_bytes_as_municipality(world, path, &pack.encode(), json!({ "version": pack.version, "base": pack.base }));
}

/// Signs `bytes` as a pack at `path` into the municipality's role, as [`publish_as_municipality`].
fn publish_bytes_as_municipality(world: &World, path: &str, bytes: &[u8], custom: serde_json::Value) {
    let target = TargetFile::from_bytes(bytes, Some(custom));
    let fetch = world.feed_dir.join(target_fetch_path(path, &target).unwrap());
    std::fs::create_dir_all(fetch.parent().unwrap()).unwrap();
    std::fs::write(fetch, bytes).unwrap();
    list_in_municipal_role(world, path, &target);
}

/// Lists `target` at `path` in the municipality's role, signed with its own key, with fresh
/// snapshot and timestamp.
fn list_in_municipal_role(world: &World, path: &str, target: &TargetFile) {
    let file = world.current_file(MUNICIPALITY);
    let version: u64 = file.split('.').next().unwrap().parse::<u64>().unwrap() + 1;
    let mut signed = world.read_json(&file)["signed"].clone();
    signed["version"] = version.into();
    signed["targets"][path] = serde_json::to_value(target).unwrap();
    let bytes = wegwijs_trust::metadata::sign_value(signed, &[&world.signer(MUNICIPALITY)]).unwrap();
    std::fs::write(world.feed_dir.join(format!("{version}.{MUNICIPALITY}.json")), bytes).unwrap();
    world.resign_snapshot_and_timestamp(|snapshot| {
        snapshot["meta"][format!("{MUNICIPALITY}.json")]["version"] = version.into()
    });
}

/// Every file under the feed folder, as `prune` names them (`targets/nl/<hash>.full-1.pack`).
fn feed_files(world: &World) -> std::collections::BTreeSet<String> {
    let mut files = std::collections::BTreeSet::new();
    let mut to_visit = vec![world.feed_dir.clone()];
    while let Some(folder) = to_visit.pop() {
        for entry in std::fs::read_dir(&folder).unwrap().map(|entry| entry.unwrap()) {
            if entry.file_type().unwrap().is_dir() {
                to_visit.push(entry.path());
            } else {
                let relative = entry.path().strip_prefix(&world.feed_dir).unwrap().to_path_buf();
                files.insert(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    files
}

#[test]
fn pruning_keeps_every_root_and_what_phones_still_need() {
    use wegwijs_publish::feed::prune_grace;
    let world = World::new();
    let mut behind = world.phone("behind");
    behind.sync_dir(&world, t0()).unwrap();
    let mut current = world.phone("current");
    for day in 1..=4 {
        world.edit_and_publish(1, &format!("Day {day}:"), t0() + days(day));
        current.sync_dir(&world, t0() + days(day)).unwrap();
    }
    let before = feed_files(&world);
    let snapshot = world.current_file("snapshot");
    let previous_snapshot =
        format!("{}.snapshot.json", snapshot.split('.').next().unwrap().parse::<u64>().unwrap() - 1);
    assert!(before.contains(&previous_snapshot) && before.contains("1.snapshot.json"));

    // A dry run lists and removes nothing; within the grace period the snapshot the last
    // publish superseded stays (a phone may have read the timestamp that names it).
    let feed = Feed::open(&world.feed_dir).unwrap();
    let listed = feed.prune(t0() + days(4), prune_grace(), true).unwrap();
    assert_eq!(feed_files(&world), before, "a dry run removes nothing");
    assert!(listed.removed.contains(&"1.snapshot.json".to_string()), "{listed:?}");
    assert!(!listed.removed.contains(&previous_snapshot), "{listed:?}");

    let pruned = feed.prune(t0() + days(10), prune_grace(), false).unwrap();
    let after = feed_files(&world);
    assert_eq!(after.len(), pruned.kept);
    assert_eq!(before.len(), after.len() + pruned.removed.len());
    for name in before.iter().filter(|name| name.ends_with("root.json")) {
        assert!(after.contains(name), "every root is kept: {name}");
    }
    let current_files = ["timestamp.json".to_string(), snapshot.clone()]
        .into_iter()
        .chain(["targets", "national", "municipalities", MUNICIPALITY].map(|role| world.current_file(role)));
    for name in current_files {
        assert!(after.contains(&name), "{name} is current");
        assert!(name.ends_with("root.json") || after.contains(&format!("{name}.gz")), "{name} has its gzip copy");
    }
    assert!(!after.contains(&previous_snapshot) && !after.contains("1.snapshot.json"), "{after:?}");
    assert!(!after.contains("1.national.json"), "superseded targets go: {after:?}");
    let orphans: Vec<&String> =
        after.iter().filter(|name| name.strip_suffix(".gz").is_some_and(|json| !after.contains(json))).collect();
    assert!(orphans.is_empty(), "a gzip copy goes with its file: {orphans:?}");
    assert!(!after.iter().any(|name| name.ends_with(".full-1.pack") && name.starts_with("targets/nl/")));
    for base in 2..=4 {
        let full = format!(".full-{base}.pack");
        assert!(
            after.iter().any(|name| name.starts_with("targets/nl/") && name.ends_with(&full)),
            "deltas start from {base}"
        );
    }
    assert_eq!(feed.prune(t0() + days(10), prune_grace(), false).unwrap().removed, Vec::<String>::new());

    // Phones still sync from the pruned feed: one far behind, one up to date, a new one.
    assert_eq!(behind.sync_dir(&world, t0() + days(10)).unwrap().applied, vec![("nl".to_string(), 5)]);
    assert!(current.sync_dir(&world, t0() + days(10)).unwrap().applied.is_empty());
    let fresh = world.phone("fresh").sync_dir(&world, t0() + days(10)).unwrap();
    assert_eq!(fresh.applied, vec![("nl".to_string(), 5), (MUNICIPALITY.to_string(), 1)]);
    // The next publish still makes deltas from the full packs it kept.
    world.edit_and_publish(1, "Day 11:", t0() + days(11));
    let checked = sync::check(
        &PhoneState::of(&current.store).unwrap(),
        &mut DirTransport::new(&world.feed_dir),
        &world.options(t0() + days(11), Freshness::Online),
    )
    .unwrap();
    let paths: Vec<&str> = checked.plan.packs().map(|pack| pack.path.as_str()).collect();
    assert_eq!(paths, ["nl/delta-5-6.pack"]);
    let report = wegwijs_publish::feed::verify(
        &mut DirTransport::new(&world.feed_dir),
        &world.pinned_root,
        t0() + days(11),
        Freshness::Online,
    )
    .unwrap();
    assert!(!report.packs.is_empty());
}
