//! The app façade over real files in a temp dir, as the shell uses it.

use super::*;
use crate::checklist::Profile;
use crate::model::{Stay, TranslationState};

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-28T11:00:00Z").unwrap().with_timezone(&Utc)
}

fn polish_worker() -> SavedProfile {
    SavedProfile {
        lang: Some(Lang::Pl),
        municipality: Some("GM0794".into()),
        profile: Profile {
            arrival: NaiveDate::from_ymd_opt(2026, 11, 20),
            work_start: NaiveDate::from_ymd_opt(2026, 11, 23),
            stay: Some(Stay::Long),
            children_in_nl: 0,
            children_abroad: 2,
            via_agency: Some(true),
        },
    }
}

#[test]
fn first_run_then_profile_then_checklist_in_polish() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(dir.path(), &["pl-PL"]).unwrap();
    let boot = app.bootstrap().unwrap();
    assert!(!boot.setup_done);
    assert_eq!(boot.lang, Lang::Pl, "the system language is the default");
    assert_eq!(boot.languages.len(), 13);
    assert_eq!(boot.municipalities.len(), 4);
    assert!(!boot.content_restored);
    assert!(boot.messages.iter().any(|m| m.contains("nav-today")));

    app.complete_setup(&polish_worker()).unwrap();
    assert!(app.bootstrap().unwrap().setup_done);
    let rows = app.checklist(now()).unwrap();
    let brp = rows.iter().find(|r| r.entry.task_id == "task-register-brp").unwrap();
    assert_eq!(brp.lang, Lang::Pl);
    assert!(brp.entry.applies);
    assert!(!brp.rights.is_empty());
    assert!(
        brp.services.iter().any(|s| s.scope == "GM0794"),
        "the Helmond desk helps with registration: {:?}",
        brp.services
    );
    let child = rows.iter().find(|r| r.entry.task_id == "task-child-benefit").unwrap();
    assert!(child.entry.applies, "children abroad still give child benefit");
    let school = rows.iter().find(|r| r.entry.task_id == "task-school-enrolment").unwrap();
    assert!(!school.entry.applies, "no children in the Netherlands, no school enrolment");
}

#[test]
fn marks_persist_across_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    {
        let app = App::open(dir.path(), &["en"]).unwrap();
        app.complete_setup(&polish_worker()).unwrap();
        app.set_task_state("task-carry-id", Some(TaskState::Done), now()).unwrap();
    }
    let app = App::open(dir.path(), &["en"]).unwrap();
    let row = app.checklist(now()).unwrap().into_iter().find(|r| r.entry.task_id == "task-carry-id").unwrap();
    assert_eq!(row.entry.state, TaskState::Done);
    assert_eq!(
        app.set_task_state("no-such-task", Some(TaskState::Done), now()).unwrap_err().code(),
        "error-unknown-item"
    );
}

#[test]
fn high_contrast_and_text_size_persist_across_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    {
        let app = App::open(dir.path(), &["en"]).unwrap();
        let settings = app.settings().unwrap();
        assert!(!settings.high_contrast, "off until the person turns it on");
        app.save_settings(&Settings { high_contrast: true, text_size: TextSize::Larger, ..settings }).unwrap();
    }
    let settings = App::open(dir.path(), &["en"]).unwrap().settings().unwrap();
    assert!(settings.high_contrast);
    assert_eq!(settings.text_size, TextSize::Larger);
}

#[test]
fn today_local_item_and_search() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(dir.path(), &["ro"]).unwrap();
    let mut profile = polish_worker();
    profile.lang = Some(Lang::Ro);
    app.complete_setup(&profile).unwrap();
    let today = app.today(now()).unwrap();
    assert_eq!(today.next_steps.len(), 3);
    let first: Vec<&str> = today.next_steps.iter().take(2).map(|r| r.entry.task_id.as_str()).collect();
    assert_eq!(first, ["task-carry-id", "task-register-brp"], "the most overdue steps come first");
    assert!(today.content_date.is_some());

    let local = app.local(now()).unwrap();
    assert_eq!(local.municipality.as_ref().map(|m| m.name.as_str()), Some("Helmond"));
    assert!(!local.services.is_empty());
    assert!(local.services.iter().all(|s| s.sample));

    let page = app.item("child-benefit", None, now()).unwrap();
    assert_eq!(page.view.lang, Lang::Ro);
    assert!(!page.view.item.sources.is_empty());
    let english = app.item("child-benefit", Some(Lang::En), now()).unwrap();
    assert_eq!(english.view.lang, Lang::En);

    let hits = app.search("alocatie copii").unwrap();
    assert_eq!(hits.first().map(|h| h.id.as_str()), Some("child-benefit"), "{hits:?}");
}

#[test]
fn local_lists_taking_part_entries_and_national_how_tos() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(dir.path(), &["pl"]).unwrap();
    let guides = ["language-cafes", "meeting-people", "sports-clubs", "volunteering"];
    let without_municipality = app.local(now()).unwrap();
    assert!(without_municipality.take_part.is_empty());
    for id in guides {
        assert!(without_municipality.take_part_guides.iter().any(|g| g.id == id), "{id} without a municipality");
    }
    for code in ["GM0794", "GM0867", "GM1783", "GM1894"] {
        let mut profile = polish_worker();
        profile.municipality = Some(code.into());
        app.complete_setup(&profile).unwrap();
        let local = app.local(now()).unwrap();
        assert!(!local.take_part.is_empty(), "{code} has entries to meet and take part");
        for card in &local.take_part {
            let item = app.item(&card.id, None, now()).unwrap().view.item;
            assert_eq!(item.scope, code, "only the municipality's own entries");
            assert_eq!(item.topics.first(), Some(&Topic::Community), "{}", card.id);
            assert!(!local.services.iter().any(|s| s.id == card.id), "{} is listed once", card.id);
        }
        let ids: Vec<&str> = local.take_part_guides.iter().map(|g| g.id.as_str()).collect();
        for id in guides {
            assert!(ids.contains(&id), "{code}: {id} in {ids:?}");
        }
        assert!(local.take_part_guides.iter().all(|g| g.scope == NATIONAL_SCOPE && g.lang == Lang::Pl));
    }
    let peel_en_maas = app.local(now()).unwrap();
    assert!(
        peel_en_maas.take_part.iter().any(|c| c.id == "gm1894-participation-course"),
        "{:?}",
        peel_en_maas.take_part
    );
}

#[test]
fn export_and_delete_all() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::open(dir.path(), &["en"]).unwrap();
    app.complete_setup(&polish_worker()).unwrap();
    app.set_task_state("task-carry-id", Some(TaskState::Done), now()).unwrap();
    let path = app.export_to(&dir.path().join("exports"), now()).unwrap();
    let exported: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(exported["profile"]["municipality"], "GM0794");
    assert_eq!(exported["checklist"]["task-carry-id"], "done");
    app.delete_all_data().unwrap();
    let boot = app.bootstrap().unwrap();
    assert!(!boot.setup_done);
    assert_eq!(boot.profile, SavedProfile::default());
}

#[test]
fn errors_are_translated_for_the_person() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(dir.path(), &["en"]).unwrap();
    let mut profile = polish_worker();
    profile.municipality = Some("GM9999".into());
    let error = app.save_profile(&profile).unwrap_err();
    let english = app.command_error(&error);
    assert_eq!(english.code, "error-unknown-municipality");
    app.save_profile(&SavedProfile { lang: Some(Lang::Pl), ..SavedProfile::default() }).unwrap();
    let polish = app.command_error(&error);
    assert_ne!(polish.message, english.message, "the message follows the person's language");
}

#[test]
fn a_damaged_content_db_is_restored_and_user_data_kept() {
    let dir = tempfile::tempdir().unwrap();
    {
        let app = App::open(dir.path(), &["en"]).unwrap();
        app.complete_setup(&polish_worker()).unwrap();
    }
    std::fs::write(dir.path().join("content.db"), b"garbage".repeat(1000)).unwrap();
    let app = App::open(dir.path(), &["en"]).unwrap();
    let boot = app.bootstrap().unwrap();
    assert!(boot.content_restored);
    assert_eq!(boot.profile, polish_worker());
}

#[test]
fn an_onboarding_link_is_previewed_then_saved_only_on_confirmation() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(dir.path(), &["en"]).unwrap();
    let link = "wegwijs://onboard?v=1&lang=pl&gm=GM0794&arrived=2026-11-20&start=2026-11-23&employer=De%20Kas%20BV&contact=HR%20desk%2C%20building%202";
    let preview = app.preview_onboarding(link).unwrap();
    assert_eq!(preview.municipality_name.as_deref(), Some("Helmond"));
    assert_eq!(preview.link.lang, Some(Lang::Pl));
    assert_eq!(app.bootstrap().unwrap().profile, SavedProfile::default(), "a preview saves nothing");

    let mut confirmed = polish_worker();
    confirmed.profile.arrival = preview.link.arrival;
    app.accept_onboarding(link, &confirmed).unwrap();
    let boot = app.bootstrap().unwrap();
    assert!(boot.setup_done);
    assert_eq!(boot.profile, confirmed);
    assert_eq!(boot.employer, Some(Employer { name: "De Kas BV".into(), contact: Some("HR desk, building 2".into()) }));
    // A municipality's own link (no employer) clears the employer.
    app.accept_onboarding("wegwijs://onboard?v=1&gm=GM1783", &confirmed).unwrap();
    assert_eq!(app.bootstrap().unwrap().employer, None);
}

#[test]
fn bad_onboarding_links_are_refused_with_a_translated_message() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(dir.path(), &["pl"]).unwrap();
    let cases = [
        ("wegwijs://onboard?v=1&gm=GM9999", "error-unknown-municipality"),
        ("wegwijs://onboard?v=1&lang=pl&evil=1", "error-invalid-link"),
        ("https://example.com", "error-invalid-link"),
    ];
    for (link, code) in cases {
        let error = app.preview_onboarding(link).unwrap_err();
        let shown = app.command_error(&error);
        assert_eq!(shown.code, code, "{link}");
        assert_ne!(shown.message, code, "{link}: translated");
        assert!(app.accept_onboarding(link, &polish_worker()).is_err());
    }
    assert!(!app.bootstrap().unwrap().setup_done, "nothing was saved");
}

#[test]
fn calendar_export_and_reminders_follow_the_checklist() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(dir.path(), &["ro"]).unwrap();
    app.complete_setup(&polish_worker()).unwrap();
    let path = app.export_calendar_to(dir.path(), now()).unwrap();
    let ics = std::fs::read_to_string(&path).unwrap();
    assert!(ics.contains("UID:task-register-brp@checklist.wegwijs.nl"));
    assert!(!ics.contains("task-school-enrolment"), "tasks that do not apply are left out");
    assert!(ics.contains("DTSTART;TZID=Europe/Amsterdam:"));

    let upcoming = app.reminders(now()).unwrap();
    assert!(!upcoming.is_empty());
    assert!(upcoming.iter().all(|r| r.reminder.at > now()));
    assert!(upcoming[0].body.contains("Termin"), "Polish text: {}", upcoming[0].body);

    // Due reminders fire once.
    let later = now() + chrono::Duration::days(30);
    let first = app.due_reminders(later).unwrap();
    assert!(!first.is_empty());
    assert!(app.due_reminders(later).unwrap().is_empty());

    let mut settings = app.settings().unwrap();
    settings.reminders = false;
    app.save_settings(&settings).unwrap();
    assert!(app.reminders(now()).unwrap().is_empty());
    assert!(!app.calendar_ics(now()).unwrap().contains("VALARM"));
}

/// The bundled content with every item verified on 2026-11-01, except `changed` (a path
/// prefix) on `date`.
fn content_verified_on(changed: &str, date: &str) -> SourceTree {
    let mut tree = crate::bundled::content_tree();
    for (path, text) in tree.files.iter_mut().filter(|(path, _)| path.ends_with("/item.toml")) {
        let line = text.lines().find(|line| line.starts_with("verified_on")).unwrap().to_string();
        let date = if path.starts_with(changed) { date } else { "2026-11-01" };
        *text = text.replace(&line, &format!("verified_on = {date}"));
    }
    tree
}

#[test]
fn content_date_on_today_is_national_and_never_in_the_future() {
    let municipal = content_verified_on("GM", "2026-11-25");
    let dir = tempfile::tempdir().unwrap();
    let app = App::open_with(dir.path(), &["en"], &municipal).unwrap();
    assert_eq!(
        app.today(now()).unwrap().content_date,
        NaiveDate::from_ymd_opt(2026, 11, 1),
        "a municipality's page checked later does not make the national content newer"
    );

    let future = content_verified_on("nl/child-benefit/", "2027-03-01");
    let dir = tempfile::tempdir().unwrap();
    let app = App::open_with(dir.path(), &["en"], &future).unwrap();
    assert_eq!(app.today(now()).unwrap().content_date, Some(today_in_amsterdam(now())));
}

/// Regression: the lock screen showed each task's title ("Register at the municipality") to
/// anyone holding the phone.
#[test]
fn reminder_notifications_do_not_name_the_step() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(dir.path(), &["en"]).unwrap();
    app.complete_setup(&polish_worker()).unwrap();
    let due = app.due_reminders(now() + chrono::Duration::days(30)).unwrap();
    assert!(!due.is_empty());
    for notice in &due {
        assert_eq!(notice.notification_title, "Masz krok do wykonania");
        for shown in [&notice.notification_title, &notice.body] {
            assert!(!shown.contains(&notice.reminder.title), "{shown:?} names {:?}", notice.reminder.title);
        }
    }
}

#[cfg(unix)]
#[test]
fn exports_are_readable_by_the_person_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(dir.path(), &["en"]).unwrap();
    app.complete_setup(&polish_worker()).unwrap();
    let downloads = dir.path().join("Downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    // An export of the same day from an older version, readable by everyone, is replaced.
    let old = downloads.join(format!("wegwijs-my-data-{}.json", today_in_amsterdam(now())));
    std::fs::write(&old, "{}").unwrap();
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).unwrap();
    for path in [app.export_to(&downloads, now()).unwrap(), app.export_calendar_to(&downloads, now()).unwrap()] {
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", path.display());
    }
    assert!(std::fs::read_to_string(&old).unwrap().contains("GM0794"));
}

fn file_holds(path: &Path, secret: &str) -> bool {
    let bytes = std::fs::read(path).unwrap_or_default();
    bytes.windows(secret.len()).any(|window| window == secret.as_bytes())
}

/// Regression: deleting everything left unfinished downloads and the municipality's packs
/// kept to pass on, which name where the person lives in every update file they share.
#[test]
fn delete_all_forgets_the_municipality_s_packs_and_unfinished_downloads() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::open(dir.path(), &["en"]).unwrap();
    app.complete_setup(&polish_worker()).unwrap();
    let trusted = wegwijs_trust::client::TrustedState {
        root: b"root metadata".to_vec(),
        timestamp: None,
        snapshot: None,
        targets: [
            ("targets".to_string(), b"top-level targets".to_vec()),
            ("national".to_string(), b"national targets".to_vec()),
            ("municipalities".to_string(), b"every delegation".to_vec()),
            ("GM0794".to_string(), b"targets of municipality GM0794".to_vec()),
        ]
        .into(),
        newest_time_seen: None,
        timestamp_etag: None,
    };
    let files = [
        ("targets/nl/1a.full-3.pack".to_string(), b"national pack".to_vec()),
        ("targets/gm0794/2b.full-2.pack".to_string(), b"pack of municipality GM0794".repeat(300)),
    ];
    app.content.save_trusted_state(&trusted, &files).unwrap();
    std::fs::create_dir_all(dir.path().join("partial")).unwrap();
    std::fs::write(dir.path().join("partial/partial-gm0794-full-2.pack"), "pack of municipality GM0794").unwrap();

    app.delete_all_data().unwrap();

    let kept: Vec<String> = app.content.feed_files().unwrap().into_keys().collect();
    assert_eq!(kept, ["targets/nl/1a.full-3.pack"]);
    let roles: Vec<String> = app.content.trusted_state().unwrap().unwrap().targets.into_keys().collect();
    assert_eq!(
        roles,
        ["municipalities", "national", "targets"],
        "the roles that name no municipality stay: they protect against old updates"
    );
    assert!(!dir.path().join("partial").exists());
    for file in ["content.db", "content.db-wal", "user.db", "user.db-wal"] {
        for secret in ["pack of municipality", "targets of municipality"] {
            assert!(!file_holds(&dir.path().join(file), secret), "{file} still holds {secret:?}");
        }
    }
}

#[test]
fn the_webview_stays_on_the_app_s_own_pages() {
    let dev = Some("http://localhost:5173");
    for url in [
        "tauri://localhost",
        "tauri://localhost/index.html#/today",
        "http://tauri.localhost/",
        "https://tauri.localhost/item/child-benefit",
        "about:blank",
    ] {
        assert!(stays_in_app(url, None), "{url}");
    }
    assert!(stays_in_app("http://localhost:5173/#/search", dev));
    for url in [
        "https://evil.example/",
        "https://tauri.localhost.evil.example/",
        "https://evil.example/?tauri://localhost",
        "http://localhost:5173.evil.example/",
        "http://localhost:51730/",
        "tauri://localhost.evil.example",
        "tauri://evil.example",
        "file:///etc/passwd",
        "data:text/html,<script>alert(1)</script>",
        "javascript:alert(1)",
        "tel:112",
    ] {
        assert!(!stays_in_app(url, dev), "{url}");
    }
    assert!(!stays_in_app("http://localhost:5173/", None), "the dev server only in a development build");
}

/// The optional taking-part steps: after the legal ones, hidden across a restart, and Today
/// suggests one only once no legal step is urgent.
#[test]
fn optional_steps_hide_persist_and_follow_the_urgent_legal_steps() {
    let dir = tempfile::tempdir().unwrap();
    let first_suggestion = {
        let app = App::open(dir.path(), &["pl"]).unwrap();
        app.complete_setup(&polish_worker()).unwrap();
        let steps = app.optional_steps().unwrap();
        let ids: Vec<&str> = steps.iter().map(|s| s.step.item_id.as_str()).collect();
        for expected in ["language-cafes", "meeting-people", "sports-clubs", "volunteering"] {
            assert!(ids.contains(&expected), "{expected} in {ids:?}");
        }
        assert!(steps.iter().all(|s| s.lang == Lang::Pl && !s.step.done && !s.step.hidden));
        // Registration is overdue on 28 November: no taking-part suggestion yet.
        assert_eq!(app.today(now()).unwrap().take_part_step, None);
        for row in app.checklist(now()).unwrap() {
            if row.entry.due.as_ref().is_some_and(|due| due.kind == crate::model::DeadlineKind::Legal) {
                app.set_task_state(&row.entry.task_id, Some(TaskState::Done), now()).unwrap();
            }
        }
        let suggested = app.today(now()).unwrap().take_part_step.expect("a step once the legal ones are done");
        assert_eq!(suggested.step.item_id, steps[0].step.item_id, "the first step in the checklist's order");
        app.set_step_hidden(&suggested.step.item_id, true, now()).unwrap();
        suggested.step.item_id
    };
    let app = App::open(dir.path(), &["pl"]).unwrap();
    let steps = app.optional_steps().unwrap();
    assert!(steps.iter().find(|s| s.step.item_id == first_suggestion).unwrap().step.hidden, "hidden after a restart");
    let next = app.today(now()).unwrap().take_part_step.unwrap();
    assert_ne!(next.step.item_id, first_suggestion, "a hidden step is not suggested");
    app.set_step_done(&next.step.item_id, true, now()).unwrap();
    assert!(app.optional_steps().unwrap().iter().find(|s| s.step.item_id == next.step.item_id).unwrap().step.done);
    assert_ne!(app.today(now()).unwrap().take_part_step.map(|s| s.step.item_id), Some(next.step.item_id.clone()));
    app.set_step_hidden(&first_suggestion, false, now()).unwrap();
    assert!(!app.optional_steps().unwrap().iter().any(|s| s.step.hidden));
    // Only taking-part items are optional steps: a legal task or a municipal item is refused.
    for id in ["task-register-brp", "gm0794-levgroep-migrant-meetings", "no-such-item"] {
        assert!(matches!(app.set_step_hidden(id, true, now()), Err(Error::UnknownItem(_))), "{id}");
    }
    assert_eq!(app.export_json(now()).unwrap().matches("hidden_steps").count(), 1);
}

/// A translation marked as machine-made keeps that state from the content folder to the item
/// page, where the app labels it; other languages keep theirs.
#[test]
fn a_machine_translation_reaches_the_item_page_as_such() {
    let mut tree = crate::bundled::content_tree();
    let polish = tree.files.get_mut("nl/child-benefit/pl.md").unwrap();
    assert!(polish.contains("state = \"translated\"") || polish.contains("state = \"reviewed\""));
    *polish = polish.replacen("state = \"translated\"", "state = \"machine\"", 1).replacen(
        "state = \"reviewed\"",
        "state = \"machine\"",
        1,
    );
    let dir = tempfile::tempdir().unwrap();
    let app = App::open_with(dir.path(), &["pl"], &tree).unwrap();
    for (lang, expected) in [
        (Some(Lang::Pl), TranslationState::Machine),
        (None, TranslationState::Machine),
        (Some(Lang::En), TranslationState::Reference),
    ] {
        let page = app.item("child-benefit", lang, now()).unwrap();
        assert_eq!(page.view.state, expected, "{lang:?}");
    }
    let other = app.item("child-benefit", Some(Lang::Ro), now()).unwrap();
    assert_ne!(other.view.state, TranslationState::Machine);
}
