//! The app's side of signed updates: status for Settings and Today, checking, updating over
//! HTTP, and passing updates on as files. Verification and applying live in [`crate::sync`].

use super::App;
use super::changes::{ItemChange, UnseenItem, WhatChanged, changes_between};
use crate::content_store::{ContentStore, ContentUpdate};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::sync::file::{FileTransport, UpdateFile};
use crate::sync::http::HttpTransport;
use crate::sync::{self, Checked, PhoneState, SkippedScope, SyncOptions, SyncOutcome};
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
    /// Municipalities whose part of the last check or update was left out; the rest applied.
    pub skipped: Vec<SkippedUpdate>,
    /// What the latest update brought, while some of it is unseen (Today shows it).
    pub what_changed: Option<WhatChanged>,
    /// Items updates brought that the person has not opened since (lists mark them).
    pub unseen: Vec<UnseenItem>,
}

/// A municipality left out of an update, and why, for the person to read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SkippedUpdate {
    /// The municipality's code (`GM0794`).
    pub scope: String,
    /// Its name as the phone knows it (the code when it knows none).
    pub name: String,
    /// Fluent id of the reason in updates.ftl (`update-skipped-expired`, ...), with
    /// `$municipality`.
    pub reason: String,
    /// The reason in the person's language.
    pub message: String,
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
            can_share: self.content.has_feed_packs()?,
            skipped: self.skipped_updates()?,
            what_changed: self.what_changed()?,
            unseen: self.unseen_updates()?,
        })
    }

    fn skipped_updates(&self) -> Result<Vec<SkippedUpdate>> {
        let scopes = self.content.scopes()?;
        let lang = self.lang();
        Ok(self
            .skipped_updates
            .iter()
            .map(|skipped| {
                let name = scopes
                    .iter()
                    .find(|scope| scope.code == skipped.scope)
                    .map_or_else(|| skipped.scope.clone(), |scope| scope.name.clone());
                let message = self.localizer.message(lang, skipped.reason(), &[("municipality", name.clone().into())]);
                SkippedUpdate { scope: skipped.scope.clone(), name, reason: skipped.reason().to_string(), message }
            })
            .collect())
    }

    /// Asks the server what is new and how much it would download; fetches no content.
    pub fn check_updates(&mut self, now: DateTime<Utc>) -> Result<UpdateStatus> {
        let checked = self.update_job()?.check(now);
        self.finish_check(checked, now)
    }

    /// Downloads and applies what is new.
    pub fn update_now(&mut self, now: DateTime<Utc>) -> Result<UpdateStatus> {
        let downloaded = self.update_job()?.download(now);
        self.finish_update(downloaded, now)
    }

    /// What a check or an update needs from this phone. The network part runs on the job, so
    /// the shell can run it without holding the app (see [`super::Session::update_now`]).
    pub fn update_job(&self) -> Result<UpdateJob> {
        Ok(UpdateJob {
            url: self.update_source.clone().ok_or(Error::NoUpdateSource)?,
            partial_dir: self.data_dir.join("partial"),
            phone: PhoneState::of(&self.content)?,
            municipality: self.user.profile()?.municipality,
        })
    }

    /// Keeps what a check found: the refreshed metadata and the size of the download.
    pub fn finish_check(&mut self, checked: Result<Checked>, now: DateTime<Utc>) -> Result<UpdateStatus> {
        let checked = checked?;
        // A check that an imported update file overtook is not kept: it would bring older
        // metadata back (and its plan is stale).
        let kept = checked.save_metadata(&mut self.content)?;
        self.content.record_check(now)?;
        self.pending_download = kept.then(|| checked.plan.download_bytes());
        if kept {
            self.skipped_updates = checked.skipped;
        }
        self.update_status()
    }

    /// Applies a downloaded update ([`ApplyJob::apply_download`]) and keeps what it brought.
    pub fn finish_update(&mut self, downloaded: Result<Downloaded>, now: DateTime<Utc>) -> Result<UpdateStatus> {
        let applied = self.apply_job()?.apply_download(downloaded);
        self.finish_applied_update(applied, now)
    }

    /// Keeps what an applied download brought: the "updated" marks, the time of the check and
    /// the municipalities left out.
    pub fn finish_applied_update(
        &mut self,
        applied: Result<Applied<AppliedDownload>>,
        now: DateTime<Utc>,
    ) -> Result<UpdateStatus> {
        let (refused, outcome) = self.remember_applied(applied?, now)?;
        self.content.record_check(now)?;
        self.pending_download = Some(0);
        self.skipped_updates = outcome.skipped.into_iter().chain(refused).collect();
        self.update_status()
    }

    /// Applies a `.wegwijs` update file from another phone or a download. It can never make
    /// the content older than what the phone has.
    pub fn import_update(&mut self, bytes: &[u8], now: DateTime<Utc>) -> Result<UpdateStatus> {
        let applied = self.apply_job()?.import_file(bytes, now);
        self.finish_import(applied, now)
    }

    /// Keeps what an imported update file brought.
    pub fn finish_import(&mut self, applied: Result<Applied<SyncOutcome>>, now: DateTime<Utc>) -> Result<UpdateStatus> {
        let outcome = self.remember_applied(applied?, now)?;
        self.pending_download = None;
        self.skipped_updates = outcome.skipped;
        self.update_status()
    }

    /// What applying an update needs from this phone (see [`ApplyJob`]).
    pub fn apply_job(&self) -> Result<ApplyJob> {
        Ok(ApplyJob {
            content_db: self.data_dir.join("content.db"),
            indexed_langs: self.lang().fallback_chain(),
            municipality: self.user.profile()?.municipality,
        })
    }

    /// Writes the update this phone holds as a `.wegwijs` file into `dir`, to pass on.
    pub fn share_update(&self, dir: &Path, now: DateTime<Utc>) -> Result<PathBuf> {
        let file = sync::device_update_file(&self.content, crate::bundled::PINNED_ROOT)?;
        std::fs::create_dir_all(dir)?;
        let path = dir.join(format!("wegwijs-update-{}.wegwijs", crate::checklist::today_in_amsterdam(now)));
        std::fs::write(&path, file.to_bytes())?;
        Ok(path)
    }
}

/// A verified download, ready to apply, and what was left out of it.
pub type Downloaded = (ContentUpdate, SyncOutcome);

/// An applied download: the municipalities the phone refused, and what the download left out.
pub type AppliedDownload = (Vec<SkippedScope>, SyncOutcome);

/// Applying an update on a connection of its own to content.db. The app's connection keeps
/// reading the content as it was (WAL: a reader sees the last commit) until the update commits
/// in one transaction, so the shell applies without holding the app and a screen opened or a
/// search typed meanwhile is not kept waiting; search never sees half an index either way.
#[derive(Debug, Clone)]
pub struct ApplyJob {
    content_db: PathBuf,
    /// The person's language, English and Dutch: indexed in the update's transaction.
    indexed_langs: Vec<Lang>,
    municipality: Option<String>,
}

/// What an apply returned, and the items it brought (new or changed), by id.
#[derive(Debug)]
pub struct Applied<T> {
    pub(super) value: T,
    pub(super) changes: Vec<(String, ItemChange)>,
}

impl ApplyJob {
    /// Applies a downloaded update in one transaction; it is refused if the phone's trusted
    /// metadata changed since the download began (say by an update file).
    pub fn apply_download(&self, downloaded: Result<Downloaded>) -> Result<Applied<AppliedDownload>> {
        let (update, outcome) = downloaded?;
        let (applied, content) = self.run(|content| content.apply_update(update))?;
        after_the_apply(content);
        Ok(Applied { value: (applied.value, outcome), changes: applied.changes })
    }

    /// Verifies and applies a `.wegwijs` update file.
    pub fn import_file(&self, bytes: &[u8], now: DateTime<Utc>) -> Result<Applied<SyncOutcome>> {
        let mut transport = FileTransport::new(UpdateFile::from_bytes(bytes)?);
        let options = sync_options(self.municipality.as_deref(), now, Freshness::OfflineFile);
        let (applied, content) = self.run(|content| sync::sync(content, &mut transport, &options))?;
        after_the_apply(content);
        Ok(applied)
    }

    /// Applies on a connection of its own, returned for [`after_the_apply`].
    fn run<T>(&self, apply: impl FnOnce(&mut ContentStore) -> Result<T>) -> Result<(Applied<T>, ContentStore)> {
        let mut content = ContentStore::open(&self.content_db)?;
        content.set_languages_indexed_at_apply(&self.indexed_langs);
        let before = content.item_versions()?;
        let value = apply(&mut content)?;
        let changes = changes_between(&before, &content.item_versions()?);
        Ok((Applied { value, changes }, content))
    }
}

/// What an applied update leaves to do that the person need not wait for, on a thread of its
/// own: copying the update from the WAL into content.db ([`ContentStore::checkpoint`]). If the
/// app ends first, the next checkpoint copies it.
fn after_the_apply(content: ContentStore) {
    std::thread::spawn(move || {
        let _ = content.checkpoint();
    });
}

/// The network part of a check or an update, over a copy of what it needs from the phone.
#[derive(Debug, Clone)]
pub struct UpdateJob {
    url: String,
    partial_dir: PathBuf,
    phone: PhoneState,
    municipality: Option<String>,
}

impl UpdateJob {
    pub fn check(&self, now: DateTime<Utc>) -> Result<Checked> {
        let mut transport = HttpTransport::new(&self.url, &self.partial_dir)?;
        sync::check(&self.phone, &mut transport, &self.options(now))
    }

    /// Checks, then downloads and verifies the packs.
    pub fn download(&self, now: DateTime<Utc>) -> Result<Downloaded> {
        let mut transport = HttpTransport::new(&self.url, &self.partial_dir)?;
        let checked = sync::check(&self.phone, &mut transport, &self.options(now))?;
        sync::fetch(&mut transport, checked)
    }

    fn options(&self, now: DateTime<Utc>) -> SyncOptions<'_> {
        sync_options(self.municipality.as_deref(), now, Freshness::Online)
    }
}

fn sync_options(municipality: Option<&str>, now: DateTime<Utc>, freshness: Freshness) -> SyncOptions<'_> {
    SyncOptions { pinned_root: crate::bundled::PINNED_ROOT, municipality, now, freshness }
}
