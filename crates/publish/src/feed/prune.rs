//! Pruning a feed folder: consistent snapshots keep every version of every metadata file and
//! every pack, so a feed with hundreds of municipalities publishing weekly grows without end.
//! [`Feed::prune`] removes what no phone can still ask for.
//!
//! Kept: every root (`root.json`, `<N>.root.json`: phones walk the chain from the root they
//! pin), `timestamp.json`, the current snapshot, and every snapshot superseded less than the
//! grace period ago (a phone that read the old `timestamp.json` just before a publish, or got
//! it from a cache, still finds what it names); for each snapshot kept, the targets metadata
//! versions it lists, and for each of those, the packs it lists (these include the full packs
//! that deltas start from, which the next publish reads). Removed: other `<V>.<role>.json`
//! files (with their `.json.gz`) and files under `targets/`. Anything else in the folder (and anything that cannot be
//! read as metadata) is left alone.
//!
//! Time comes from the metadata, not from file dates: a snapshot was superseded when the next
//! one was signed, which is its expiry less the snapshot lifetime. So pruning works the same
//! on a copied folder and with simulated dates.

use super::{Feed, decode, feed_error, feed_lifetimes};
use chrono::{DateTime, TimeDelta, Utc};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use wegwijs_core::error::Result;
use wegwijs_trust::metadata::{Snapshot, Targets, targets_file_name};
use wegwijs_trust::target_fetch_path;

/// How long superseded metadata stays: longer than any publish takes to reach a phone and
/// longer than a cache holds `timestamp.json`.
pub fn prune_grace() -> TimeDelta {
    TimeDelta::days(1)
}

/// What [`Feed::prune`] removed (or, in a dry run, would remove).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PruneReport {
    /// Paths relative to the feed folder, sorted.
    pub removed: Vec<String>,
    pub removed_bytes: u64,
    /// Files left in the feed folder.
    pub kept: usize,
}

impl Feed {
    /// Removes superseded metadata and packs no longer listed, keeping what a phone may still
    /// ask for (see the module docs); with `dry_run`, only lists them.
    pub fn prune(&self, now: DateTime<Utc>, grace: TimeDelta, dry_run: bool) -> Result<PruneReport> {
        let files = list_files(&self.dir)?;
        let current = self.repository.snapshot().map(|snapshot| snapshot.version);
        // Snapshot versions on disk, each with its metadata when it can be read.
        let mut snapshots: BTreeMap<u64, Option<Snapshot>> = BTreeMap::new();
        for name in files.keys() {
            if let Some((version, "snapshot")) = metadata_name(name) {
                let snapshot = std::fs::read(self.dir.join(name)).ok().and_then(|bytes| decode(&bytes).ok());
                snapshots.insert(version, snapshot);
            }
        }
        let signed_at = |snapshot: &Option<Snapshot>| {
            snapshot.as_ref().map(|snapshot| snapshot.expires - feed_lifetimes().snapshot)
        };
        let versions: Vec<u64> = snapshots.keys().copied().collect();
        let mut live = Vec::new();
        for (index, version) in versions.iter().enumerate() {
            let superseded_at = versions.get(index + 1).map(|next| signed_at(&snapshots[next]));
            // Kept: the current one, one that cannot be read, and one superseded less than
            // `grace` ago (or whose successor cannot be read).
            let keep = Some(*version) >= current
                || snapshots[version].is_none()
                || superseded_at.flatten().is_none_or(|at| at + grace > now);
            if keep {
                live.push(*version);
            }
        }
        let mut keep: BTreeSet<String> = BTreeSet::new();
        for version in &live {
            keep.insert(format!("{version}.snapshot.json"));
            let Some(snapshot) = &snapshots[version] else { continue };
            for (file, meta) in &snapshot.meta {
                let role = file.strip_suffix(".json").unwrap_or(file);
                let name = targets_file_name(meta.version, role);
                if keep.insert(name.clone())
                    && let Ok(bytes) = std::fs::read(self.dir.join(&name))
                    && let Ok(targets) = decode::<Targets>(&bytes)
                {
                    for (path, target) in &targets.targets {
                        keep.insert(target_fetch_path(path, target).map_err(feed_error)?);
                    }
                }
            }
        }
        let mut report = PruneReport::default();
        for (name, bytes) in &files {
            // A metadata file's gzipped copy goes with it.
            let metadata = name.strip_suffix(".gz").filter(|plain| metadata_name(plain).is_some()).unwrap_or(name);
            let prunable = match metadata_name(metadata) {
                Some((_, role)) => role != "root",
                None => name.starts_with("targets/") && !name.ends_with(".partial"),
            };
            if prunable && !keep.contains(metadata) {
                report.removed.push(name.clone());
                report.removed_bytes += bytes;
            } else {
                report.kept += 1;
            }
        }
        if !dry_run {
            for name in &report.removed {
                std::fs::remove_file(self.dir.join(name))?;
            }
            remove_empty_folders(&self.dir.join("targets"))?;
        }
        Ok(report)
    }
}

/// `(version, role)` of a consistent-snapshot metadata file name (`12.snapshot.json`,
/// `3.GM0794.json`, `2.root.json`) in the feed folder's top level.
fn metadata_name(name: &str) -> Option<(u64, &str)> {
    if name.contains('/') {
        return None;
    }
    let (version, rest) = name.split_once('.')?;
    let role = rest.strip_suffix(".json")?;
    let version = version.parse().ok().filter(|_| version.bytes().all(|b| b.is_ascii_digit()))?;
    Some((version, role)).filter(|(_, role)| !role.is_empty())
}

/// Every file under `dir`, by path relative to it with `/` between folders, and its size.
fn list_files(dir: &Path) -> Result<BTreeMap<String, u64>> {
    let mut files = BTreeMap::new();
    let mut to_visit = vec![(dir.to_path_buf(), String::new())];
    while let Some((folder, prefix)) = to_visit.pop() {
        for entry in std::fs::read_dir(&folder)? {
            let entry = entry?;
            let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
            let kind = entry.file_type()?;
            if kind.is_dir() {
                to_visit.push((entry.path(), format!("{name}/")));
            } else if kind.is_file() {
                files.insert(name, entry.metadata()?.len());
            }
        }
    }
    Ok(files)
}

/// Removes the empty folders under `dir` (a revoked municipality's pack folder), not `dir`.
fn remove_empty_folders(dir: &Path) -> Result<()> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Ok(()) };
    for entry in entries {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            remove_empty_folders(&entry.path())?;
            if std::fs::read_dir(entry.path())?.next().is_none() {
                std::fs::remove_dir(entry.path())?;
            }
        }
    }
    Ok(())
}
