//! Where files for the person go (data export, calendar, update file).
//!
//! On desktop the core writes them straight into Downloads (documents, else the temp folder),
//! as the app always did. On phones there is no folder the app may write for the person
//! (scoped storage, sandboxes), so the core writes into the app's cache and the system's save
//! dialog lets the person choose where the file goes (Files, Drive, a USB stick); the copy in
//! the cache is then removed. Nothing is saved when the person cancels.

use tauri::{AppHandle, Manager};
use wegwijs_core::app::{App, CommandError, Session};

/// Writes a file with `write` (given the folder) while holding the app, then hands it to the
/// person without holding it: the file's path on desktop, the name they saved it as on phones,
/// `None` when they cancelled the save dialog.
pub fn for_person(
    handle: &AppHandle,
    session: &Session,
    write: impl FnOnce(&mut App, &std::path::Path) -> wegwijs_core::Result<std::path::PathBuf>,
) -> Result<Option<String>, CommandError> {
    let written = session.with(|app| write(app, &folder(handle)))?;
    offer(handle, &written).or_else(|error| session.with(|_| Err(error.into())))
}

#[cfg(desktop)]
fn folder(handle: &AppHandle) -> std::path::PathBuf {
    let path = handle.path();
    path.download_dir().or_else(|_| path.document_dir()).unwrap_or_else(|_| std::env::temp_dir())
}

#[cfg(desktop)]
fn offer(_handle: &AppHandle, written: &std::path::Path) -> std::io::Result<Option<String>> {
    Ok(Some(written.display().to_string()))
}

/// A folder of the app's own cache, emptied of each file once it is offered.
#[cfg(mobile)]
fn folder(handle: &AppHandle) -> std::path::PathBuf {
    handle.path().app_cache_dir().unwrap_or_else(|_| std::env::temp_dir()).join("outgoing")
}

/// Asks the system's save dialog where the file goes and copies it there (the dialog returns a
/// content URI on Android, which only the fs plugin can open for writing).
#[cfg(mobile)]
fn offer(handle: &AppHandle, written: &std::path::Path) -> std::io::Result<Option<String>> {
    use tauri_plugin_dialog::DialogExt;
    use tauri_plugin_fs::FsExt;
    let name = written.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let target = handle.dialog().file().set_file_name(&name).blocking_save_file();
    let copied = target.map(|target| {
        let mut options = tauri_plugin_fs::OpenOptions::new();
        options.read(false).write(true).create(true).truncate(true);
        let mut file = handle.fs().open(target.clone(), options)?;
        std::io::copy(&mut std::fs::File::open(written)?, &mut file)?;
        #[cfg(target_os = "ios")]
        let _ = handle.fs().stop_accessing_security_scoped_resource(target);
        std::io::Result::Ok(name)
    });
    let _ = std::fs::remove_file(written);
    copied.transpose()
}
