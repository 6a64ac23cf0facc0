//! Updates as the app offers them: check (size first), update now, pass the update on as a
//! file, import it on another phone; errors come translated and change nothing.

#[path = "support/feed_world.rs"]
mod feed_world;
mod support;

use feed_world::{MUNICIPALITY, World, days, t0};
use std::sync::Arc;
use std::time::Duration;
use support::nginx::Nginx;
use wegwijs_core::app::{App, ItemChange, Session, UpdateStatus};
use wegwijs_core::bundled;
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
    let report = wegwijs_core::source::load(&bundled::content_tree());
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
    assert!(store.apply_update(update).unwrap().is_empty());
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
    let session = Session::open(phone.path(), &["en"], &bundled::content_tree());
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

/// Raises the version of national item `id` and marks its title in every language, as an
/// editor's change does.
/// A feed of its own whose item `id` has its titles marked, published the day after `t0`, and
/// the update file a phone takes from it.
fn update_file_changing(id: &str, mark: &str) -> (World, Vec<u8>) {
    let world = World::with_dev_keys();
    change_item(&world, id, mark);
    world.publish(t0() + days(1));
    let file = wegwijs_publish::feed::Feed::open(&world.feed_dir).unwrap().bundle().unwrap().to_bytes();
    (world, file)
}

fn change_item(world: &World, id: &str, mark: &str) {
    let folder = world.content_dir.join("nl").join(id);
    let toml = std::fs::read_to_string(folder.join("item.toml")).unwrap();
    let version: u64 = toml.lines().find_map(|line| line.strip_prefix("version = ")).unwrap().parse().unwrap();
    std::fs::write(
        folder.join("item.toml"),
        toml.replacen(&format!("version = {version}"), &format!("version = {}", version + 1), 1),
    )
    .unwrap();
    feed_world::edit_titles_of(&folder, mark);
}

#[test]
fn an_update_says_what_changed_checklist_first_until_each_item_is_opened() {
    let world = World::with_dev_keys();
    // A right no task links to, whose Polish title sorts first ("Kluby sportowe..."), and a
    // task on everyone's checklist ("Noś przy sobie..."): both changed; one item new.
    change_item(&world, "sports-clubs", "Zmiana:");
    change_item(&world, "task-carry-id", "Zmiana:");
    // An update's bodies are rendered when read: raw HTML in one still becomes text.
    let english = world.content_dir.join("nl/sports-clubs/en.md");
    let text = std::fs::read_to_string(&english).unwrap();
    std::fs::write(&english, format!("{text}\n<script>alert(1)</script>\n")).unwrap();
    feed_world::copy_dir(
        &world.content_dir.join("nl/language-cafes"),
        &world.content_dir.join("nl/language-cafes-online"),
    );
    world.publish(t0() + days(1));
    let file = wegwijs_publish::feed::Feed::open(&world.feed_dir).unwrap().bundle().unwrap().to_bytes();
    let phone = tempfile::tempdir().unwrap();
    let mut app = app_in(phone.path());
    assert_eq!(app.update_status().unwrap().what_changed, None, "no update yet");
    let now = t0() + days(2);

    let status = app.import_update(&file, now).unwrap();
    let summary = status.what_changed.clone().expect("a summary after the update");
    assert_eq!((summary.changed, summary.new, summary.updated_on), (2, 1, t0().date_naive() + days(2)));
    let named: Vec<(&str, ItemChange, bool)> =
        summary.items.iter().map(|item| (item.id.as_str(), item.change, item.on_checklist)).collect();
    assert_eq!(
        named,
        [
            ("task-carry-id", ItemChange::Changed, true),
            ("language-cafes-online", ItemChange::New, false),
            ("sports-clubs", ItemChange::Changed, false),
        ],
        "the checklist's item first, then by title"
    );
    assert!(summary.items.iter().all(|item| item.lang == Lang::Pl && !item.seen));
    assert!(summary.items[0].title.starts_with("Zmiana: Noś"), "{}", summary.items[0].title);
    let unseen = |status: &UpdateStatus| -> Vec<(String, ItemChange)> {
        status.unseen.iter().map(|item| (item.id.clone(), item.change)).collect()
    };
    assert_eq!(
        unseen(&status),
        [
            ("language-cafes-online".to_string(), ItemChange::New),
            ("sports-clubs".to_string(), ItemChange::Changed),
            ("task-carry-id".to_string(), ItemChange::Changed)
        ]
    );

    let english = app.item("sports-clubs", Some(Lang::En), now).unwrap().view.body_html;
    assert!(english.contains("alert(1)") && !english.contains("<script"), "{english}");
    let page = app.item("sports-clubs", None, now + days(1)).unwrap();
    assert_eq!(page.updated_on, Some(t0().date_naive() + days(2)), "since the day it was applied");
    assert_eq!(app.item("digid", None, now).unwrap().updated_on, None, "an item the update left as it was");
    let status = app.update_status().unwrap();
    assert_eq!(
        unseen(&status),
        [("language-cafes-online".to_string(), ItemChange::New), ("task-carry-id".to_string(), ItemChange::Changed)],
        "opening clears the mark"
    );
    assert!(status.what_changed.unwrap().items.iter().any(|item| item.id == "sports-clubs" && item.seen));
    app.item("task-carry-id", None, now).unwrap();
    app.item("language-cafes-online", Some(Lang::En), now).unwrap();
    let status = app.update_status().unwrap();
    assert!(status.unseen.is_empty());
    assert_eq!(status.what_changed, None, "everything seen: Today shows no summary");
}

#[test]
fn a_screen_opened_while_an_update_applies_shows_the_content_as_it_was_without_waiting() {
    // Regression: the apply held the app, so every screen opened meanwhile waited for it (a
    // second or more for a large update here, several on a phone).
    let (_world, file) = update_file_changing("task-carry-id", "Zmiana:");
    let phone = tempfile::tempdir().unwrap();
    let session = Arc::new(Session::open(phone.path(), &["pl-PL"], &bundled::content_tree()));
    let profile =
        SavedProfile { lang: Some(Lang::Pl), municipality: Some(MUNICIPALITY.into()), profile: Default::default() };
    session.with(|app| app.complete_setup(&profile)).unwrap();
    let now = t0() + days(2);
    let title = |session: &Session| session.with(|app| Ok(app.item("task-carry-id", None, now)?.view.title)).unwrap();
    let before = title(&session);

    // Another connection holds content.db's write lock, so the apply waits to begin its
    // transaction (up to the busy timeout) with everything before it done.
    let blocker = rusqlite::Connection::open(phone.path().join("content.db")).unwrap();
    blocker.execute_batch("BEGIN IMMEDIATE").unwrap();
    let applying = {
        let session = Arc::clone(&session);
        std::thread::spawn(move || session.import_update(&file, now))
    };
    // Time for the apply to get there: holding the app, it would make the read below wait
    // until its own wait failed.
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(title(&session), before, "the content as it was until the update commits");
    blocker.execute_batch("ROLLBACK").unwrap();

    let status = applying.join().unwrap().expect("the update applies once the lock is free");
    assert_eq!(status.what_changed.map(|changed| changed.changed), Some(1));
    assert!(title(&session).starts_with("Zmiana:"), "{}", title(&session));
}

#[test]
fn an_update_indexes_the_persons_languages_and_the_rest_before_a_search_reads_them() {
    let (world, file) = update_file_changing("sports-clubs", "Zmiana:");
    let phone = tempfile::tempdir().unwrap();
    let mut app = app_in(phone.path());
    app.import_update(&file, t0() + days(2)).unwrap();
    let unindexed = || ContentStore::open(&phone.path().join("content.db")).unwrap().unindexed_languages().unwrap();
    assert_eq!(unindexed().len(), 10, "Polish, English and Dutch indexed with the update");
    assert!(!unindexed().contains(&Lang::Pl));

    // Switching to Romanian indexes it (and its fallbacks, indexed already) before any screen.
    let profile =
        SavedProfile { lang: Some(Lang::Ro), municipality: Some(MUNICIPALITY.into()), profile: Default::default() };
    app.save_profile(&profile).unwrap();
    assert!(!unindexed().contains(&Lang::Ro));
    assert_eq!(unindexed().len(), 9);
    // Another language's search indexes that language first and finds what a full index finds.
    let sources = wegwijs_core::source::SourceTree::read_dir(&world.content_dir).unwrap();
    let reference = ContentStore::open_or_build(&phone.path().join("reference.db"), &sources).unwrap().0;
    let store = ContentStore::open(&phone.path().join("content.db")).unwrap();
    for (lang, query) in [(Lang::Hu, "sportklub"), (Lang::Bg, "спортен клуб"), (Lang::Lt, "sporto klubas")] {
        let options = wegwijs_core::content_store::SearchOptions { lang, municipality: None, limit: 5 };
        let ids = |store: &ContentStore| -> Vec<String> {
            store.search(query, &options).unwrap().into_iter().map(|hit| hit.id).collect()
        };
        let found = ids(&store);
        assert!(!store.unindexed_languages().unwrap().contains(&lang), "{lang} indexed by its search");
        assert_eq!(found, ids(&reference), "{lang} {query:?}");
        assert!(found.iter().any(|id| id == "sports-clubs"), "{lang} {query:?}: {found:?}");
    }
}

#[test]
fn an_applied_update_reaches_content_db_itself_after_the_apply() {
    // The apply's commit leaves the update in the WAL, and a checkpoint on a thread of its own
    // copies it into content.db: without that, the WAL would grow with every update and each
    // read would look there first.
    let (_world, file) = update_file_changing("task-carry-id", "Kopia:");
    let phone = tempfile::tempdir().unwrap();
    let session = Session::open(phone.path(), &["pl-PL"], &bundled::content_tree());
    let profile =
        SavedProfile { lang: Some(Lang::Pl), municipality: Some(MUNICIPALITY.into()), profile: Default::default() };
    session.with(|app| app.complete_setup(&profile)).unwrap();
    session.import_update(&file, t0() + days(2)).expect("the update applies");

    // content.db alone, as a copy without its WAL: the update is there once the checkpoint ran.
    let alone = tempfile::tempdir().unwrap();
    // A copy taken while the checkpoint writes may be torn: that counts as "not yet".
    let title_in_file_alone = || -> Option<String> {
        std::fs::copy(phone.path().join("content.db"), alone.path().join("content.db")).ok()?;
        let conn = rusqlite::Connection::open(alone.path().join("content.db")).ok()?;
        conn.query_row("SELECT title FROM item_texts WHERE item_id = 'task-carry-id' AND lang = 'pl'", [], |row| {
            row.get::<_, String>(0)
        })
        .ok()
    };
    let waited = std::time::Instant::now();
    while !title_in_file_alone().is_some_and(|title| title.starts_with("Kopia:")) {
        assert!(waited.elapsed() < Duration::from_secs(30), "the update never reached content.db");
        std::thread::sleep(Duration::from_millis(50));
    }
}
