//! Every command the UI can call: each one line into wegwijs-core's `Session`. Errors cross as
//! `{code, message}` with the message already in the person's language.

use crate::save;
use crate::speech::Speaker;
use chrono::Utc;
use std::path::{Path, PathBuf};
use tauri::{AppHandle, Manager, State};
use tauri_plugin_notification::NotificationExt;
use wegwijs_core::Lang;
use wegwijs_core::app::{
    About, App, Bootstrap, ChecklistRow, CommandError, ItemPage, LocalView, OnboardingPreview, OptionalStepRow,
    Session, Settings, TodayView, TopicGroup, UpdateStatus,
};
use wegwijs_core::checklist::TaskState;
use wegwijs_core::content_store::SearchHit;
use wegwijs_core::error::{Error, UpdateErrorKind};
use wegwijs_core::speech::{self, Sentence, SpeechSupport};
use wegwijs_core::user_store::SavedProfile;

type Reply<T> = Result<T, CommandError>;

/// The UI has painted its first screen. In smoke mode (`WEGWIJS_SMOKE=1`, scripts/run.sh) the
/// app says so, with the time since it started, and quits with status 0: proof that a build
/// opens, and its cold start as a person meets it.
#[tauri::command]
#[specta::specta]
pub fn first_screen_painted(app: AppHandle) -> Reply<()> {
    if std::env::var_os("WEGWIJS_SMOKE").is_some() {
        let since_start = crate::STARTED.get().map_or(0, |started| started.elapsed().as_millis());
        println!("wegwijs: first screen painted {since_start} ms after start");
        app.exit(0);
    }
    Ok(())
}

/// The UI's first call: on a worker thread, because on a first start it waits for content.db to
/// be built, and the window's thread keeps painting meanwhile.
#[tauri::command]
#[specta::specta]
pub async fn bootstrap(handle: AppHandle) -> Reply<Bootstrap> {
    off_the_ui_thread(handle, |session| session.with(|app| app.bootstrap())).await
}

#[tauri::command]
#[specta::specta]
pub fn messages(session: State<'_, Session>, lang: Lang) -> Reply<Vec<String>> {
    session.with(|app| Ok(app.messages(lang)))
}

#[tauri::command]
#[specta::specta]
pub fn complete_setup(session: State<'_, Session>, profile: SavedProfile) -> Reply<()> {
    session.with(|app| app.complete_setup(&profile))
}

#[tauri::command]
#[specta::specta]
pub fn save_profile(session: State<'_, Session>, profile: SavedProfile) -> Reply<()> {
    session.with(|app| app.save_profile(&profile))
}

#[tauri::command]
#[specta::specta]
pub fn save_settings(session: State<'_, Session>, settings: Settings) -> Reply<()> {
    session.with(|app| app.save_settings(&settings))
}

#[tauri::command]
#[specta::specta]
pub fn today(session: State<'_, Session>) -> Reply<TodayView> {
    session.with(|app| app.today(Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub fn checklist(session: State<'_, Session>) -> Reply<Vec<ChecklistRow>> {
    session.with(|app| app.checklist(Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub fn set_task_state(session: State<'_, Session>, task_id: String, state: Option<TaskState>) -> Reply<()> {
    session.with(|app| app.set_task_state(&task_id, state, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub fn optional_steps(session: State<'_, Session>) -> Reply<Vec<OptionalStepRow>> {
    session.with(|app| app.optional_steps())
}

#[tauri::command]
#[specta::specta]
pub fn set_step_done(session: State<'_, Session>, item_id: String, done: bool) -> Reply<()> {
    session.with(|app| app.set_step_done(&item_id, done, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub fn set_step_hidden(session: State<'_, Session>, item_id: String, hidden: bool) -> Reply<()> {
    session.with(|app| app.set_step_hidden(&item_id, hidden, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub fn rights(session: State<'_, Session>) -> Reply<Vec<TopicGroup>> {
    session.with(|app| app.rights())
}

#[tauri::command]
#[specta::specta]
pub fn item(session: State<'_, Session>, id: String, lang: Option<Lang>) -> Reply<ItemPage> {
    session.with(|app| app.item(&id, lang, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub fn local(session: State<'_, Session>) -> Reply<LocalView> {
    session.with(|app| app.local(Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub fn work(session: State<'_, Session>) -> Reply<wegwijs_core::pay::WorkView> {
    session.with(|app| app.work(Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub fn save_work_day(
    session: State<'_, Session>,
    day: wegwijs_core::pay::WorkDay,
) -> Reply<wegwijs_core::pay::WorkView> {
    session.with(|app| app.save_work_day(&day, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub fn delete_work_day(session: State<'_, Session>, date: chrono::NaiveDate) -> Reply<wegwijs_core::pay::WorkView> {
    session.with(|app| app.delete_work_day(date, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub fn save_payslip(
    session: State<'_, Session>,
    payslip: wegwijs_core::pay::Payslip,
) -> Reply<wegwijs_core::pay::WorkView> {
    session.with(|app| app.save_payslip(&payslip, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub fn delete_payslip(session: State<'_, Session>, id: i32) -> Reply<wegwijs_core::pay::WorkView> {
    session.with(|app| app.delete_payslip(id, Utc::now()))
}

/// Runs on a worker thread: typing never stalls the window.
#[tauri::command]
#[specta::specta]
pub async fn search(handle: AppHandle, query: String) -> Reply<Vec<SearchHit>> {
    off_the_ui_thread(handle, move |session| session.with(|app| app.search(&query))).await
}

/// Checks an onboarding link (pasted, scanned or opened) for the person to confirm.
#[tauri::command]
#[specta::specta]
pub fn preview_onboarding(session: State<'_, Session>, link: String) -> Reply<OnboardingPreview> {
    session.with(|app| app.preview_onboarding(&link))
}

/// Saves the profile the person confirmed on the pre-filled first-run screens.
#[tauri::command]
#[specta::specta]
pub fn accept_onboarding(session: State<'_, Session>, link: String, profile: SavedProfile) -> Reply<()> {
    session.with(|app| app.accept_onboarding(&link, &profile))
}

/// The onboarding link the app was opened with, once.
#[tauri::command]
#[specta::specta]
pub fn take_opened_link(opened: State<'_, crate::OpenedLink>) -> Option<String> {
    opened.take()
}

/// Shows the reminders whose time has come as system notifications; returns how many.
#[tauri::command]
#[specta::specta]
pub fn deliver_due_reminders(handle: AppHandle, session: State<'_, Session>) -> Reply<u32> {
    let due = session.with(|app| app.due_reminders(Utc::now()))?;
    for notice in &due {
        // Where the system has no notification service, the checklist still shows the deadline.
        let _ = handle
            .notification()
            .builder()
            .id(notice.reminder.id)
            .title(&notice.notification_title)
            .body(&notice.body)
            .show();
    }
    Ok(due.len() as u32)
}

/// Saves the checklist deadlines as an .ics file where data exports go (`save`); `None` when
/// the person cancelled the save dialog.
#[tauri::command]
#[specta::specta]
pub async fn export_calendar(handle: AppHandle) -> Reply<Option<String>> {
    save_for_person(handle, |app, dir| app.export_calendar_to(dir, Utc::now())).await
}

/// Saves everything the person entered as a file: Downloads on desktop, the save dialog on phones.
#[tauri::command]
#[specta::specta]
pub async fn export_data(handle: AppHandle) -> Reply<Option<String>> {
    save_for_person(handle, |app, dir| app.export_to(dir, Utc::now())).await
}

#[tauri::command]
#[specta::specta]
pub fn delete_all_data(session: State<'_, Session>) -> Reply<()> {
    session.with(|app| app.delete_all_data())
}

#[tauri::command]
#[specta::specta]
pub fn about(session: State<'_, Session>) -> Reply<About> {
    session.with(|app| app.about())
}

/// What Settings and Today show about content updates.
#[tauri::command]
#[specta::specta]
pub fn update_status(session: State<'_, Session>) -> Reply<UpdateStatus> {
    session.with(|app| app.update_status())
}

/// Asks the feed what is new and how much it would download (no content yet).
#[tauri::command]
#[specta::specta]
pub async fn check_updates(handle: AppHandle) -> Reply<UpdateStatus> {
    off_the_ui_thread(handle, |session| session.check_updates(Utc::now())).await
}

/// Downloads, verifies and applies what is new.
#[tauri::command]
#[specta::specta]
pub async fn update_now(handle: AppHandle) -> Reply<UpdateStatus> {
    off_the_ui_thread(handle, |session| session.update_now(Utc::now())).await
}

/// Applies a `.wegwijs` update file the person picked; `file` is its bytes in base64.
#[tauri::command]
#[specta::specta]
pub async fn import_update(handle: AppHandle, file: String) -> Reply<UpdateStatus> {
    off_the_ui_thread(handle, move |session| {
        let bytes = session.with(|_| decode_base64(&file))?;
        session.import_update(&bytes, Utc::now())
    })
    .await
}

/// Saves the update this phone holds as a `.wegwijs` file where data exports go.
#[tauri::command]
#[specta::specta]
pub async fn share_update(handle: AppHandle) -> Reply<Option<String>> {
    save_for_person(handle, |app, dir| app.share_update(dir, Utc::now())).await
}

/// Runs a slow core call (network, verifying a file, the first start) on a worker thread, so
/// the window stays responsive; a panic there comes back as the translated file error.
async fn off_the_ui_thread<T: Send + 'static>(
    handle: AppHandle,
    command: impl FnOnce(&Session) -> Reply<T> + Send + 'static,
) -> Reply<T> {
    let worker = handle.clone();
    match tauri::async_runtime::spawn_blocking(move || command(&worker.state::<Session>())).await {
        Ok(reply) => reply,
        Err(_) => handle.state::<Session>().with(|_| Err(std::io::Error::other("the update stopped").into())),
    }
}

/// Writes a file for the person on a worker thread (on phones the save dialog waits for them)
/// and offers it (`save`).
async fn save_for_person(
    handle: AppHandle,
    write: impl FnOnce(&mut App, &Path) -> wegwijs_core::Result<PathBuf> + Send + 'static,
) -> Reply<Option<String>> {
    let saver = handle.clone();
    off_the_ui_thread(handle, move |session| save::for_person(&saver, session, write)).await
}

/// The bytes of a file the UI read; text that is not base64 is not an update either, and text
/// too long for an update file is refused before it is decoded.
fn decode_base64(file: &str) -> wegwijs_core::Result<Vec<u8>> {
    use base64::Engine as _;
    wegwijs_core::sync::file::check_base64_len(file.len())?;
    base64::engine::general_purpose::STANDARD
        .decode(file)
        .map_err(|error| Error::Update { kind: UpdateErrorKind::Malformed, detail: format!("not base64: {error}") })
}

/// The sentences of a page's text blocks and what the voice reads for each.
#[tauri::command]
#[specta::specta]
pub fn speech_script(lang: Lang, blocks: Vec<String>) -> Reply<Vec<Sentence>> {
    Ok(speech::script(lang, &blocks))
}

/// Whether the platform's voices read `lang`, or which version they can read instead. An
/// error means no native text to speech: the UI falls back to the webview's. The speech
/// commands run on a worker thread: starting speech-dispatcher never stalls the window.
#[tauri::command]
#[specta::specta]
pub async fn speech_support(handle: AppHandle, lang: Lang) -> Reply<SpeechSupport> {
    let app = handle.clone();
    off_the_ui_thread(handle, move |session| {
        let voices = app.state::<Speaker>().voices(&app).or_else(|detail| speech_failed(session, detail))?;
        Ok(speech::support(voices.as_deref(), lang))
    })
    .await
}

/// Reads `sentences` (numbered from `first` in the `speech` events) with a voice for `lang`.
#[tauri::command]
#[specta::specta]
pub async fn speak(handle: AppHandle, lang: Lang, sentences: Vec<String>, first: u32) -> Reply<()> {
    let app = handle.clone();
    off_the_ui_thread(handle, move |session| {
        let speaker = app.state::<Speaker>();
        let voices = speaker.voices(&app).or_else(|detail| speech_failed(session, detail))?;
        let voice = session.with(|_| speech::voice_to_use(voices.as_deref(), lang))?;
        speaker.speak(&app, voice, sentences, first).or_else(|detail| speech_failed(session, detail))
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn stop_speaking(handle: AppHandle) -> Reply<()> {
    let app = handle.clone();
    off_the_ui_thread(handle, move |session| {
        app.state::<Speaker>().stop(&app).or_else(|detail| speech_failed(session, detail))
    })
    .await
}

/// A failure of the platform's text to speech, as a translated error.
fn speech_failed<T>(session: &Session, detail: String) -> Reply<T> {
    session.with(|_| Err(Error::Speech(detail)))
}
