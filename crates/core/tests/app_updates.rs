//! Updates as the app offers them: check (size first), update now, pass the update on as a
//! file, import it on another phone; errors come translated and change nothing.

#[path = "support/feed_world.rs"]
mod feed_world;
mod support;

use feed_world::{MUNICIPALITY, World, days, t0};
use support::nginx::Nginx;
use wegwijs_core::app::App;
use wegwijs_core::content_store::{ContentStore, ContentUpdate};
use wegwijs_core::lang::Lang;
use wegwijs_core::model::{Details, Item, ItemKind, Severity};
use wegwijs_core::sync::pack::Pack;
use wegwijs_core::user_store::SavedProfile;
use wegwijs_trust::client::TrustedState;

fn app_in(dir: &std::path::Path) -> App {
    let app = App::open(dir, &["pl-PL"]).unwrap();
    let profile =
        SavedProfile { lang: Some(Lang::Pl), municipality: Some(MUNICIPALITY.into()), profile: Default::default() };
    app.complete_setup(&profile).unwrap();
    app
}

#[test]
fn check_shows_the_size_then_update_now_applies_and_the_update_passes_on_as_a_file() {
    let world = World::with_dev_keys();
    let changed = world.edit_and_publish(2, "Nowe:", t0());
    let nginx = Nginx::serve(&world.feed_dir);
    let phone = tempfile::tempdir().unwrap();
    let mut app = app_in(phone.path());
    let now = t0() + days(1);

    let status = app.update_status().unwrap();
    assert!(!status.has_source && status.last_check.is_none() && !status.can_share, "{status:?}");
    let error = app.check_updates(now).unwrap_err();
    assert_eq!(app.command_error(&error).code, "error-update-no-source");

    app.set_update_source(Some(nginx.base_url()));
    let checked = app.check_updates(now).unwrap();
    assert_eq!(checked.last_check, Some(now));
    assert!(checked.download_bytes.unwrap() > 100_000, "national and municipal packs: {checked:?}");
    assert!(
        !app.item(&changed[0], Some(Lang::En), now).unwrap().view.title.starts_with("Nowe:"),
        "nothing fetched yet"
    );

    let updated = app.update_now(now).unwrap();
    assert_eq!(updated.download_bytes, Some(0));
    assert!(updated.can_share);
    assert!(app.item(&changed[0], Some(Lang::En), now).unwrap().view.title.starts_with("Nowe:"));

    let shared = app.share_update(phone.path(), now).unwrap();
    assert!(shared.file_name().unwrap().to_string_lossy().ends_with(".wegwijs"));
    let bytes = std::fs::read(&shared).unwrap();

    // Another phone, offline, a month later.
    let other = tempfile::tempdir().unwrap();
    let mut offline = app_in(other.path());
    let later = t0() + days(30);
    let mut tampered = bytes.clone();
    let middle = tampered.len() / 2;
    tampered[middle] ^= 0x55;
    let refused = offline.import_update(&tampered, later).unwrap_err();
    let refused = offline.command_error(&refused);
    assert!(refused.code.starts_with("error-update"), "{refused:?}");
    assert!(!refused.message.contains("error-"), "translated: {}", refused.message);
    assert!(!offline.item(&changed[0], Some(Lang::En), later).unwrap().view.title.starts_with("Nowe:"));

    offline.import_update(&bytes, later).unwrap();
    assert!(offline.item(&changed[1], Some(Lang::En), later).unwrap().view.title.starts_with("Nowe:"));
}

#[test]
fn a_municipality_that_stopped_publishing_is_named_and_the_national_update_applies() {
    // Regression: the municipality's expired metadata failed the whole check and update.
    let world = World::with_dev_keys();
    let changed = world.edit_and_publish(1, "Nowe:", t0() + days(2));
    world.expire_municipal_role("2026-11-05T09:00:00Z");
    let nginx = Nginx::serve(&world.feed_dir);
    let phone = tempfile::tempdir().unwrap();
    let mut app = app_in(phone.path());
    app.set_update_source(Some(nginx.base_url()));
    let now = t0() + days(4);

    let checked = app.check_updates(now).unwrap();
    let skipped: Vec<(&str, &str)> = checked.skipped.iter().map(|s| (s.scope.as_str(), s.reason.as_str())).collect();
    assert_eq!(skipped, [(MUNICIPALITY, "update-skipped-expired")]);
    let message = &checked.skipped[0].message;
    assert!(message.contains(&checked.skipped[0].name) && !message.contains("update-skipped"), "{message}");

    let updated = app.update_now(now).unwrap();
    assert_eq!(updated.skipped.len(), 1, "{updated:?}");
    assert!(app.item(&changed[0], Some(Lang::En), now).unwrap().view.title.starts_with("Nowe:"));
}

#[test]
fn screens_leave_out_a_municipal_item_they_cannot_show() {
    // Regression: one municipal service or alert without a text in the person's languages
    // (which no rule let through since, but a store may hold) failed Checklist, Today, the
    // calendar, reminders and Local as a whole.
    let phone = tempfile::tempdir().unwrap();
    let app = app_in(phone.path());
    let now = t0() + days(1);
    let lang_of_nobody = Lang::Ro;
    let report = wegwijs_core::source::load(&wegwijs_core::bundled::content_tree());
    let task_topics = report.items.iter().find(|i| i.kind() == ItemKind::Task).unwrap().topics.clone();
    let scope = report.scopes.iter().find(|s| s.code == MUNICIPALITY).unwrap().clone();
    let mut items: Vec<Item> = report.items.into_iter().filter(|i| i.scope == MUNICIPALITY).collect();
    let service = items.iter_mut().find(|i| i.kind() == ItemKind::Service).unwrap();
    service.topics = task_topics;
    let mut alert = service.clone();
    alert.id = format!("{}-broken-alert", MUNICIPALITY.to_lowercase());
    alert.details = Details::Alert { severity: Severity::Warning };
    alert.valid_until = Some(chrono::NaiveDate::from_ymd_opt(2030, 1, 1).unwrap());
    alert.related.clear();
    service.texts.retain(|lang, _| *lang == lang_of_nobody);
    alert.texts.retain(|lang, _| *lang == lang_of_nobody);
    let broken = [service.id.clone(), alert.id.clone()];
    items.push(alert);
    let mut store = ContentStore::open(&phone.path().join("content.db")).unwrap();
    let trusted = TrustedState {
        root: b"{}".to_vec(),
        timestamp: None,
        snapshot: None,
        targets: Default::default(),
        newest_time_seen: None,
        timestamp_etag: None,
    };
    let update = ContentUpdate {
        packs: vec![Pack::full(scope, 1, items)],
        trusted,
        files: Vec::new(),
        listed: Default::default(),
        trusted_before: None,
    };
    assert!(store.apply_update(&update).unwrap().is_empty());
    drop(store);

    let rows = app.checklist(now).unwrap();
    assert!(rows.iter().all(|row| row.services.iter().all(|s| !broken.contains(&s.id))));
    let today = app.today(now).unwrap();
    assert!(today.alerts.iter().all(|a| !broken.contains(&a.id)), "{:?}", today.alerts);
    app.calendar_ics(now).unwrap();
    app.reminders(now).unwrap();
    let local = app.local(now).unwrap();
    assert!(local.services.iter().all(|s| !broken.contains(&s.id)));
}

#[test]
fn a_check_overtaken_by_an_imported_update_file_does_not_write_older_metadata_back() {
    // Regression: finish_check stored the metadata of a check that began before an import,
    // replacing the imported (newer) trusted state with an older one.
    let world = World::with_dev_keys();
    let old_server = world.fork();
    let nginx = Nginx::serve(&old_server.feed_dir);
    world.edit_and_publish(1, "Nowe:", t0() + days(1));
    let newer_file = wegwijs_publish::feed::Feed::open(&world.feed_dir).unwrap().bundle().unwrap().to_bytes();
    let phone = tempfile::tempdir().unwrap();
    let mut app = app_in(phone.path());
    app.set_update_source(Some(nginx.base_url()));
    let now = t0() + days(2);

    let job = app.update_job().unwrap();
    app.import_update(&newer_file, now).unwrap();
    let trusted = || ContentStore::open(&phone.path().join("content.db")).unwrap().trusted_state().unwrap();
    let imported = trusted();
    let checked = job.check(now);
    app.finish_check(checked, now).unwrap();
    assert_eq!(trusted(), imported, "the imported metadata stays");
    let downloaded = job.download(now);
    let refused = app.finish_update(downloaded, now).unwrap_err();
    assert_eq!(app.command_error(&refused).code, "error-update-inconsistent");
    assert_eq!(trusted(), imported);
}

#[test]
fn an_unreachable_server_is_explained_in_the_persons_language_and_changes_nothing() {
    let phone = tempfile::tempdir().unwrap();
    let mut app = app_in(phone.path());
    let before = app.update_status().unwrap();
    let port = support::nginx::free_port();
    app.set_update_source(Some(format!("http://127.0.0.1:{port}/")));
    let error = app.check_updates(t0()).unwrap_err();
    let error = app.command_error(&error);
    assert_eq!(error.code, "error-update-unreachable");
    assert!(!error.message.is_empty() && !error.message.contains("error-"), "{}", error.message);
    let after = app.update_status().unwrap();
    assert_eq!((after.content_date, after.last_check), (before.content_date, before.last_check));
}

#[test]
fn other_commands_run_while_a_check_waits_for_the_network() {
    use std::io::Read;
    use std::sync::mpsc;
    let phone = tempfile::tempdir().unwrap();
    let session = wegwijs_core::app::Session::open(phone.path(), &["en"], &wegwijs_core::bundled::content_tree());
    // A server that takes the request and answers only when told to.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    session
        .with(|app| {
            app.set_update_source(Some(url));
            Ok(())
        })
        .unwrap();
    let (received, wait_for_request) = mpsc::channel();
    let (answer, wait_for_answer) = mpsc::channel::<()>();
    let server = std::thread::spawn(move || {
        let (mut connection, _) = listener.accept().unwrap();
        let _ = connection.read(&mut [0; 1024]).unwrap();
        received.send(()).unwrap();
        wait_for_answer.recv().unwrap();
        // Dropping the connection without an answer: the check fails as unreachable.
    });
    std::thread::scope(|scope| {
        let check = scope.spawn(|| session.check_updates(t0()));
        wait_for_request.recv().unwrap();
        // The check is inside its network call; the app is not held by it.
        let settings = session.with(|app| app.settings());
        assert!(settings.is_ok());
        answer.send(()).unwrap();
        let error = check.join().unwrap().unwrap_err();
        assert_eq!(error.code, "error-update-unreachable");
    });
    server.join().unwrap();
}
