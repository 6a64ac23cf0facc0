//! The app as the shell holds it: opened in the background while the window starts, with every
//! command waiting for it.

use std::sync::Arc;
use wegwijs_core::app::Session;
use wegwijs_core::bundled;

fn open_in_background(dir: &std::path::Path, locale: &str) -> Session {
    Session::open_in_background(dir.to_path_buf(), vec![locale.to_string()], bundled::content_tree(), |app| {
        app.set_update_source(Some("https://updates.example/".into()))
    })
}

#[test]
fn commands_wait_for_the_app_opened_in_the_background_and_see_what_prepare_set() {
    let phone = tempfile::tempdir().unwrap();
    let session = Arc::new(open_in_background(phone.path(), "ro-RO"));
    // Several commands at once, as a UI's first screen sends them: each waits, none fails.
    let askers: Vec<_> = (0..3)
        .map(|_| {
            let session = Arc::clone(&session);
            std::thread::spawn(move || session.with(|app| Ok((app.bootstrap()?.lang, app.update_status()?.has_source))))
        })
        .collect();
    for asker in askers {
        let (lang, has_source) = asker.join().unwrap().expect("the command runs once the app is open");
        assert_eq!(lang.code(), "ro", "the system's language");
        assert!(has_source, "prepare ran before the first command");
    }
    assert!(phone.path().join("content.db").exists(), "a first start builds content.db");
}

#[test]
fn a_damaged_user_db_opened_in_the_background_answers_every_command_with_its_translated_error() {
    let phone = tempfile::tempdir().unwrap();
    std::fs::write(phone.path().join("user.db"), b"this is not a database, but the person's data may be in it")
        .unwrap();
    let session = open_in_background(phone.path(), "pl-PL");
    for _ in 0..2 {
        let error = session.with(|app| app.bootstrap()).expect_err("the app could not open");
        assert_eq!(error.code, "error-user-data-corrupt");
        assert!(!error.message.is_empty() && !error.message.contains("error-"), "{}", error.message);
    }
    let kept = std::fs::read(phone.path().join("user.db")).unwrap();
    assert!(kept.starts_with(b"this is not a database"), "the damaged file is left for recovery");
}
