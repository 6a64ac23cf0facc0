//! Publishing from the studio: what phones will download before it happens (the packs this
//! folder's content makes against the feed's newest, item by item), the publish itself
//! through [`crate::feed::Feed`], and the history read back from the feed's signed targets
//! metadata (each version's signing keys and the pack version it lists).

use super::workspace::Workspace;
use crate::feed::{Feed, KeyRing, PublishSummary, feed_lifetimes};
use crate::sources::load_for_publish;
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::path::{Path, PathBuf};
use wegwijs_core::error::{Error, Result};
use wegwijs_core::model::Item;
use wegwijs_core::sync::pack::Pack;
use wegwijs_core::sync::pack_dir;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PublishPlan {
    pub scopes: Vec<ScopePlan>,
}

/// What a publish changes for one scope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScopePlan {
    pub scope: String,
    /// The version phones have now (0: never published).
    pub published_version: u64,
    pub items: usize,
    pub changed: Vec<String>,
    pub removed: Vec<String>,
    /// What a phone with the published version downloads (the changes only).
    pub update_bytes: u64,
    /// What a phone without this scope downloads.
    pub full_bytes: u64,
}

/// What publishing the folder would change, against the feed's newest packs.
pub fn plan(workspace: &Workspace, feed_dir: &Path) -> Result<PublishPlan> {
    Feed::open(feed_dir)?;
    let report = load_for_publish(workspace.dir())?;
    let mut scopes = Vec::new();
    for scope in &report.scopes {
        let mut items: Vec<Item> = report.items.iter().filter(|item| item.scope == scope.code).cloned().collect();
        items.sort_by(|a, b| a.id.cmp(&b.id));
        let published = newest_full_pack(feed_dir, &scope.code)?;
        let (version, old) = published.map_or((0, Vec::new()), |pack| (pack.version, pack.items));
        let changed: Vec<String> =
            items.iter().filter(|item| !old.contains(item)).map(|item| item.id.clone()).collect();
        let removed: Vec<String> =
            old.iter().filter(|o| !items.iter().any(|i| i.id == o.id)).map(|item| item.id.clone()).collect();
        let full = Pack::full(scope.clone(), version + 1, items.clone()).encode().len() as u64;
        let update = if changed.is_empty() && removed.is_empty() {
            0
        } else if version == 0 {
            full
        } else {
            Pack::delta(scope.clone(), version, version + 1, &old, &items).encode().len() as u64
        };
        scopes.push(ScopePlan {
            scope: scope.code.clone(),
            published_version: version,
            items: items.len(),
            changed,
            removed,
            update_bytes: update,
            full_bytes: full,
        });
    }
    Ok(PublishPlan { scopes })
}

#[derive(Debug, Clone, Serialize)]
pub struct Published {
    pub summary: PublishSummary,
    pub summary_lines: Vec<String>,
}

/// Signs and writes the folder's content into the feed with the keys of `keys`.
pub fn publish(workspace: &Workspace, feed_dir: &Path, keys: &KeyRing, now: DateTime<Utc>) -> Result<Published> {
    let report = load_for_publish(workspace.dir())?;
    let summary = Feed::open(feed_dir)?.publish(keys, &report, now)?;
    let summary_lines = summary.skipped.iter().map(ToString::to_string).collect();
    Ok(Published { summary, summary_lines })
}

/// One signed version of a scope's targets metadata.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryEntry {
    pub role: String,
    pub metadata_version: u64,
    /// When it was signed: its expiry less the targets lifetime every publish gives it.
    pub signed_at: String,
    pub key_ids: Vec<String>,
    /// The newest full pack it lists (the scope's content version); None: no pack yet.
    pub content_version: Option<u64>,
}

/// Every targets metadata version still in the feed folder, newest first, for the roles of
/// the feed (a municipality's folder: its own role only).
pub fn history(feed_dir: &Path) -> Result<Vec<HistoryEntry>> {
    let entries = std::fs::read_dir(feed_dir).map_err(|e| Error::Feed(format!("{}: {e}", feed_dir.display())))?;
    let mut history = Vec::new();
    for entry in entries.filter_map(|entry| entry.ok()) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((version, role)) = name.strip_suffix(".json").and_then(|stem| stem.split_once('.')) else { continue };
        let Ok(metadata_version) = version.parse::<u64>() else { continue };
        if matches!(role, "root" | "snapshot" | "timestamp") {
            continue;
        }
        let bytes = std::fs::read(entry.path())?;
        let Ok(json) = serde_json::from_slice::<serde_json::Value>(&bytes) else { continue };
        let signed = &json["signed"];
        let Some(expires) = signed["expires"].as_str().and_then(|t| DateTime::parse_from_rfc3339(t).ok()) else {
            continue;
        };
        let content_version = signed["targets"]
            .as_object()
            .into_iter()
            .flat_map(|targets| targets.values())
            .filter(|target| target["custom"]["base"].is_null())
            .filter_map(|target| target["custom"]["version"].as_u64())
            .max();
        history.push(HistoryEntry {
            role: role.to_string(),
            metadata_version,
            signed_at: (expires.to_utc() - feed_lifetimes().targets).format("%Y-%m-%d %H:%M UTC").to_string(),
            key_ids: json["signatures"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|s| s["keyid"].as_str().map(str::to_string))
                .collect(),
            content_version,
        });
    }
    history
        .sort_by(|a, b| (&b.signed_at, &b.role, b.metadata_version).cmp(&(&a.signed_at, &a.role, a.metadata_version)));
    Ok(history)
}

/// The newest full pack of `scope` an earlier publish wrote (packs stay on disk; their names
/// end in `.full-<version>.pack`).
fn newest_full_pack(feed_dir: &Path, scope: &str) -> Result<Option<Pack>> {
    let dir = feed_dir.join("targets").join(pack_dir(scope));
    let Ok(entries) = std::fs::read_dir(&dir) else { return Ok(None) };
    let mut newest: Option<(u64, PathBuf)> = None;
    for entry in entries.filter_map(|entry| entry.ok()) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(version) =
            name.strip_suffix(".pack").and_then(|n| n.rsplit_once(".full-")).and_then(|(_, v)| v.parse().ok())
        else {
            continue;
        };
        if newest.as_ref().is_none_or(|(best, _)| version > *best) {
            newest = Some((version, entry.path()));
        }
    }
    match newest {
        None => Ok(None),
        Some((_, path)) => {
            Pack::decode(&std::fs::read(&path)?).map(Some).map_err(|e| Error::Feed(format!("{}: {e}", path.display())))
        }
    }
}
