//! The Wegwijs app shell: opens the core's `Session` in the app data folder, registers the
//! commands and plugins, and nothing else. All behaviour lives in wegwijs-core.

#[cfg(target_os = "android")]
mod android;
mod commands;
mod save;
mod speech;

use tauri::{Emitter, Manager};
use tauri_plugin_deep_link::DeepLinkExt;
use wegwijs_core::app::Session;

/// The last `wegwijs://` link the system opened the app with, until the UI takes it. Only
/// kept as text: the UI asks the core to check it and the person confirms.
#[derive(Debug, Default)]
pub struct OpenedLink(std::sync::Mutex<Option<String>>);

impl OpenedLink {
    fn put(&self, link: String) {
        *self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(link);
    }

    pub fn take(&self) -> Option<String> {
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take()
    }
}

/// The command set, shared by the app and the bindings generator.
pub fn specta_builder() -> tauri_specta::Builder<tauri::Wry> {
    tauri_specta::Builder::<tauri::Wry>::new().commands(tauri_specta::collect_commands![
        commands::first_screen_painted,
        commands::bootstrap,
        commands::messages,
        commands::complete_setup,
        commands::save_profile,
        commands::save_settings,
        commands::today,
        commands::checklist,
        commands::set_task_state,
        commands::optional_steps,
        commands::set_step_done,
        commands::set_step_hidden,
        commands::rights,
        commands::item,
        commands::local,
        commands::work,
        commands::save_work_day,
        commands::delete_work_day,
        commands::save_payslip,
        commands::delete_payslip,
        commands::search,
        commands::export_data,
        commands::export_calendar,
        commands::preview_onboarding,
        commands::accept_onboarding,
        commands::take_opened_link,
        commands::deliver_due_reminders,
        commands::delete_all_data,
        commands::about,
        commands::update_status,
        commands::check_updates,
        commands::update_now,
        commands::import_update,
        commands::share_update,
        commands::speech_script,
        commands::speech_support,
        commands::speak,
        commands::stop_speaking,
    ])
}

/// Writes the TypeScript bindings of every command and type to `path`.
pub fn export_bindings(path: &std::path::Path) -> Result<(), String> {
    let typescript = specta_typescript::Typescript::default()
        .header("// Generated from the Rust commands by `cargo xtask codegen`. Do not edit.\n// @ts-nocheck\n");
    specta_builder().export(typescript, path).map_err(|e| e.to_string())
}

/// The bundled content, or the folder in `WEGWIJS_CONTENT_DIR`: editors preview their sources
/// in the real app that way (and the end-to-end tests load fixtures). A folder that cannot be
/// read falls back to the bundled content, with a message on stderr.
fn content_sources() -> wegwijs_core::source::SourceTree {
    match std::env::var_os("WEGWIJS_CONTENT_DIR") {
        Some(dir) => wegwijs_core::source::SourceTree::read_dir(std::path::Path::new(&dir)).unwrap_or_else(|error| {
            eprintln!("wegwijs: cannot read WEGWIJS_CONTENT_DIR: {error}; using the bundled content");
            wegwijs_core::bundled::content_tree()
        }),
        None => wegwijs_core::bundled::content_tree(),
    }
}

/// Opens the window of `tauri.conf.json` (which has `create: false`) while the core opens,
/// with every navigation and new window outside the app's own pages refused: a dragged link or
/// a context menu's "open" cannot load a remote page in the app.
fn open_main_window(app: &tauri::App) -> tauri::Result<()> {
    let config = app.config().app.windows.first().cloned().unwrap_or_default();
    let dev_origin = tauri::is_dev()
        .then(|| app.config().build.dev_url.as_ref().map(|url| url.origin().ascii_serialization()))
        .flatten();
    let window = tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?
        .on_navigation(move |url| wegwijs_core::app::stays_in_app(url.as_str(), dev_origin.as_deref()))
        .on_new_window(|_url, _features| tauri::webview::NewWindowResponse::Deny);
    #[cfg(debug_assertions)]
    let window = match std::env::var("WEGWIJS_WEBVIEW").as_deref() {
        Ok("android") => window.initialization_script(ANDROID_WEBVIEW_GAPS),
        _ => window,
    };
    window.build()?;
    Ok(())
}

/// Debug builds only, for the end-to-end tests (`WEGWIJS_WEBVIEW=android`): takes away, before
/// the UI loads, what the Android System WebView lacks and the desktop webview has (the Web
/// Speech API), so features degrade in the tests as they do on a phone.
#[cfg(debug_assertions)]
const ANDROID_WEBVIEW_GAPS: &str = r#"
for (const name of ["speechSynthesis", "SpeechSynthesisUtterance", "SpeechSynthesisEvent",
    "SpeechSynthesisErrorEvent", "SpeechSynthesisVoice"]) {
  for (const owner of [window, Window.prototype]) {
    try { delete owner[name]; } catch (_) {}
  }
  if (name in window) Object.defineProperty(window, name, { value: undefined, configurable: true });
}
"#;

/// When `run` began: the smoke run reports the time from there to the first painted screen.
pub(crate) static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    STARTED.get_or_init(std::time::Instant::now);
    let builder = specta_builder();
    let app = tauri::Builder::default();
    // First: a second start on desktop hands its link to this one (through the deep-link
    // plugin's event below) and quits before it opens the databases.
    #[cfg(desktop)]
    let app = app.plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
        if let Some(window) = app.get_webview_window("main") {
            let _ = window.unminimize();
            let _ = window.set_focus();
        }
    }));
    #[cfg(mobile)]
    let app = app
        .plugin(tauri_plugin_barcode_scanner::init())
        .plugin(tauri_plugin_fs::init())
        .plugin(tauri_plugin_dialog::init());
    let result = app
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_deep_link::init())
        .plugin(tauri_plugin_notification::init())
        .invoke_handler(builder.invoke_handler())
        .setup(|app| {
            let data_dir = app.path().app_data_dir()?;
            // The signed feed's address: WEGWIJS_FEED_URL when the app starts (development,
            // desktop), else the one a release build was given in WEGWIJS_FEED_URL (phones get
            // no environment); without either the app updates from files only.
            let feed_url = std::env::var("WEGWIJS_FEED_URL").ok().or(option_env!("WEGWIJS_FEED_URL").map(String::from));
            // The databases open (on a first start, content.db is built) while the window and
            // its webview start; the first command waits for them.
            let session = Session::open_in_background(
                data_dir,
                sys_locale::get_locales().collect(),
                content_sources(),
                move |core| core.set_update_source(feed_url),
            );
            app.manage(session);
            app.manage(OpenedLink::default());
            app.manage(speech::Speaker::default());
            // A link the app was started with, then links opened while it runs.
            if let Some(url) = app.deep_link().get_current().ok().flatten().and_then(|urls| urls.into_iter().next()) {
                app.state::<OpenedLink>().put(url.to_string());
            }
            let handle = app.handle().clone();
            app.deep_link().on_open_url(move |event| {
                if let Some(url) = event.urls().into_iter().next() {
                    handle.state::<OpenedLink>().put(url.to_string());
                    let _ = handle.emit("link-opened", ());
                }
            });
            open_main_window(app)?;
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("wegwijs: the app could not start: {error}");
        std::process::exit(1);
    }
}
