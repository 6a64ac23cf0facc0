//! The app's side of signed updates: status for Settings and Today, checking, updating over
//! HTTP, and passing updates on as files. Verification and applying live in [`crate::sync`].

use super::App;
use crate::error::{Error, Result};
use crate::sync::file::{FileTransport, UpdateFile};
use crate::sync::http::HttpTransport;
use crate::sync::{self, SyncOptions};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use wegwijs_trust::client::Freshness;

/// What Settings and Today show about updates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct UpdateStatus {
    /// Whether the app knows a server to ask (an update file works without one).
    pub has_source: bool,
    /// When the app last reached the server.
    pub last_check: Option<DateTime<Utc>>,
    /// The newest verified-on date of the content the phone has.
    pub content_date: Option<NaiveDate>,
    /// Known after a check: bytes an update would download (0: up to date).
    pub download_bytes: Option<u32>,
    /// The person wants downloads on Wi-Fi only.
    pub wifi_only: bool,
    /// The phone holds an update it can pass on as a file.
    pub can_share: bool,
}

impl App {
    /// Sets the server of the signed feed (`https://...`, or loopback for tests).
    pub fn set_update_source(&mut self, url: Option<String>) {
        self.update_source = url.filter(|url| !url.trim().is_empty());
    }

    pub fn update_status(&self) -> Result<UpdateStatus> {
        Ok(UpdateStatus {
            has_source: self.update_source.is_some(),
            last_check: self.content.last_check()?,
            content_date: self.content.content_date()?,
            download_bytes: self.pending_download.map(|bytes| u32::try_from(bytes).unwrap_or(u32::MAX)),
            wifi_only: self.settings()?.wifi_only,
            can_share: self.content.feed_files()?.keys().any(|path| path.starts_with("targets/")),
        })
    }

    /// Asks the server what is new and how much it would download; fetches no content.
    pub fn check_updates(&mut self, now: DateTime<Utc>) -> Result<UpdateStatus> {
        let mut transport = self.http_transport()?;
        let municipality = self.user.profile()?.municipality;
        let options = self.sync_options(municipality.as_deref(), now, Freshness::Online);
        let checked = sync::check(&self.content, &mut transport, &options)?;
        checked.save_metadata(&mut self.content)?;
        self.content.record_check(now)?;
        self.pending_download = Some(checked.plan.download_bytes());
        self.update_status()
    }

    /// Downloads and applies what is new.
    pub fn update_now(&mut self, now: DateTime<Utc>) -> Result<UpdateStatus> {
        let mut transport = self.http_transport()?;
        let municipality = self.user.profile()?.municipality;
        let options = self.sync_options(municipality.as_deref(), now, Freshness::Online);
        sync::sync(&mut self.content, &mut transport, &options)?;
        self.content.record_check(now)?;
        self.pending_download = Some(0);
        self.update_status()
    }

    /// Applies a `.wegwijs` update file from another phone or a download. It can never make
    /// the content older than what the phone has.
    pub fn import_update(&mut self, bytes: &[u8], now: DateTime<Utc>) -> Result<UpdateStatus> {
        let file = UpdateFile::from_bytes(bytes)?;
        let mut transport = FileTransport::new(file);
        let municipality = self.user.profile()?.municipality;
        let options = self.sync_options(municipality.as_deref(), now, Freshness::OfflineFile);
        sync::sync(&mut self.content, &mut transport, &options)?;
        self.pending_download = None;
        self.update_status()
    }

    /// Writes the update this phone holds as a `.wegwijs` file into `dir`, to pass on.
    pub fn share_update(&self, dir: &Path, now: DateTime<Utc>) -> Result<PathBuf> {
        let file = sync::device_update_file(&self.content, crate::bundled::PINNED_ROOT)?;
        std::fs::create_dir_all(dir)?;
        let path = dir.join(format!("wegwijs-update-{}.wegwijs", crate::checklist::today_in_amsterdam(now)));
        std::fs::write(&path, file.to_bytes())?;
        Ok(path)
    }

    fn http_transport(&self) -> Result<HttpTransport> {
        let url = self.update_source.as_deref().ok_or(Error::NoUpdateSource)?;
        HttpTransport::new(url, &self.data_dir.join("partial"))
    }

    fn sync_options<'a>(
        &self,
        municipality: Option<&'a str>,
        now: DateTime<Utc>,
        freshness: Freshness,
    ) -> SyncOptions<'a> {
        SyncOptions { pinned_root: crate::bundled::PINNED_ROOT, municipality, now, freshness }
    }
}
