//! The publishers' side of the signed feed: a folder of static files (see the design's update
//! channel) that any web host can serve. The national editor starts it and delegates each
//! municipality its own role; each publish turns content sources into packs, signs what
//! changed with [`wegwijs_trust::repository`], and writes the files.
//!
//! Each organisation signs with its own key folder: delegating needs only the municipality's
//! public key (its role is first signed when it first publishes), and a publish signs the
//! scopes whose keys it holds and skips the others, naming them. A publish writes nothing
//! until every file is signed, and then every file beside its place before renaming any, so a
//! failed publish leaves the feed folder as it was. [`Feed::prune`] removes the superseded
//! metadata and packs that consistent snapshots leave behind.
//!
//! The layout is [`FEED_FORMAT`] (docs/updates.md, "The layout"): top-level `targets` names
//! the format and delegates `nl/*` to the `national` role and `gm*/*` to `municipalities`,
//! both signed with the national editor's key; `municipalities` delegates each municipality
//! its own role. So a national change never rewrites the 342 delegations, and a delegation
//! never rewrites the national packs' list. Every metadata file but the roots is also written
//! gzipped beside it, for static hosts to serve as it is.

mod keys;
mod prune;

pub use keys::{KeyFile, KeyRing, MIN_PASSPHRASE_CHARS, parse_public_key, passphrase_long_enough};
pub use prune::{PruneReport, prune_grace};

use chrono::{DateTime, TimeDelta, Utc};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use wegwijs_core::error::{Error, Result};
use wegwijs_core::model::{Item, NATIONAL_SCOPE, is_valid_scope_code};
use wegwijs_core::source::LoadReport;
use wegwijs_core::sync::file::UpdateFile;
use wegwijs_core::sync::pack::Pack;
use wegwijs_core::sync::{
    FEED_FORMAT, FEED_FORMAT_PATH, FeedFormat, MUNICIPALITIES_ROLE, NATIONAL_ROLE, PackInfo, pack_dir, pack_path,
    role_of_scope,
};
use wegwijs_trust::client::{Client, Freshness};
use wegwijs_trust::metadata::{Envelope, Snapshot, Targets, Timestamp};
use wegwijs_trust::repository::{Lifetimes, PublishedFile, Repository, RepositoryConfig, RoleSetup};
use wegwijs_trust::transport::Transport;
use wegwijs_trust::{SigningKey, TargetFile, target_fetch_path};

/// How many earlier versions of a scope get a pack with just the changes to the newest.
pub const DELTA_VERSIONS: u64 = 3;

/// How long metadata stays valid. The root lives long because apps pin it for years (a new
/// root is published as a new version, which phones follow); the timestamp lives a week, so
/// a publisher runs `feed publish` at least weekly (it renews what is half-way to expiry).
pub fn feed_lifetimes() -> Lifetimes {
    Lifetimes {
        root: TimeDelta::days(3650),
        targets: TimeDelta::days(120),
        snapshot: TimeDelta::days(30),
        timestamp: TimeDelta::days(7),
    }
}

/// A feed folder on disk.
#[derive(Debug)]
pub struct Feed {
    dir: PathBuf,
    repository: Repository,
}

/// What one publish changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PublishSummary {
    pub scopes: Vec<PublishedScope>,
    /// Scopes of the content that this publish left alone, and why.
    pub skipped: Vec<SkippedScope>,
    /// Metadata files written (not counting packs).
    pub metadata_files: Vec<String>,
}

/// A scope a publish did not sign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkippedScope {
    pub scope: String,
    pub reason: SkipReason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SkipReason {
    /// The national editor has not delegated this municipality yet.
    NotDelegated,
    /// The key folders hold no key of the scope's role.
    NoKey,
}

impl std::fmt::Display for SkippedScope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let scope = &self.scope;
        match self.reason {
            SkipReason::NotDelegated => write!(
                f,
                "{scope}: skipped, not delegated yet (the national editor runs `wegwijs feed delegate {scope} --key {scope}.pub`)"
            ),
            SkipReason::NoKey if scope == NATIONAL_SCOPE => {
                write!(f, "{scope}: skipped, the key folder has no targets.key (the national editor's key)")
            }
            SkipReason::NoKey => write!(
                f,
                "{scope}: skipped, the key folder has no {scope}.key (the municipality publishes its own folder with its key)"
            ),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PublishedScope {
    pub scope: String,
    pub version: u64,
    pub items: usize,
    pub full_bytes: u64,
    /// Packs with the changes from earlier versions.
    pub deltas: usize,
}

/// What `feed verify` found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct VerifyReport {
    pub packs: Vec<VerifiedPack>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerifiedPack {
    pub path: String,
    pub role: String,
    pub bytes: u64,
    pub items: usize,
}

impl Feed {
    /// Starts a feed in `dir` with the root keys (`root*.key`, `threshold` of them must sign
    /// a new root) and the targets, snapshot and timestamp keys of `keys`.
    pub fn init(dir: &Path, keys: &KeyRing, root_threshold: u32, now: DateTime<Utc>) -> Result<Feed> {
        if dir.join("timestamp.json").exists() {
            return Err(Error::Feed(format!("{} already holds a feed", dir.display())));
        }
        let root_signers = keys.root_signers()?;
        if root_signers.is_empty() {
            return Err(Error::Feed("no root key (root.key) in the key folder".into()));
        }
        let setup = |name: &str| keys.signer(name).map(|key| RoleSetup::single(key.public_key()));
        let config = RepositoryConfig {
            root: RoleSetup {
                keys: root_signers.iter().map(SigningKey::public_key).collect(),
                threshold: root_threshold,
            },
            targets: setup("targets")?,
            snapshot: setup("snapshot")?,
            timestamp: setup("timestamp")?,
            lifetimes: feed_lifetimes(),
        };
        let national_editor = config.targets.keys.clone();
        let mut repository = Repository::create(config).map_err(feed_error)?;
        // The layout of FEED_FORMAT: the national packs and the delegations each in a role of
        // their own, signed with the national editor's key, so neither rewrites the other.
        for (role, paths) in
            [(NATIONAL_ROLE, format!("{}/*", pack_dir(NATIONAL_SCOPE))), (MUNICIPALITIES_ROLE, "gm*/*".into())]
        {
            repository.delegate("targets", role, national_editor.clone(), 1, vec![paths]).map_err(feed_error)?;
        }
        let marker =
            serde_json::to_vec(&FeedFormat { feed_format: FEED_FORMAT }).map_err(|e| Error::Feed(e.to_string()))?;
        let custom =
            serde_json::to_value(FeedFormat { feed_format: FEED_FORMAT }).map_err(|e| Error::Feed(e.to_string()))?;
        let target = TargetFile::from_bytes(&marker, Some(custom));
        let fetch = target_fetch_path(FEED_FORMAT_PATH, &target).map_err(feed_error)?;
        repository.set_target("targets", FEED_FORMAT_PATH, target).map_err(feed_error)?;
        let mut feed = Feed { dir: dir.to_path_buf(), repository };
        std::fs::create_dir_all(dir)?;
        feed.sign_and_write(keys, vec![(fetch, marker)], now)?;
        Ok(feed)
    }

    /// Opens a feed folder written by [`Feed::init`].
    pub fn open(dir: &Path) -> Result<Feed> {
        let read = |name: &str| {
            std::fs::read(dir.join(name)).map_err(|e| Error::Feed(format!("{}: {e}", dir.join(name).display())))
        };
        let root = read("root.json")?;
        let timestamp_bytes = read("timestamp.json")?;
        let timestamp: Timestamp = decode(&timestamp_bytes)?;
        let snapshot_bytes = read(&format!("{}.snapshot.json", timestamp.snapshot_meta().version))?;
        let snapshot: Snapshot = decode(&snapshot_bytes)?;
        let mut targets = BTreeMap::new();
        for (file, meta) in &snapshot.meta {
            let role = file.strip_suffix(".json").unwrap_or(file);
            if let Ok(bytes) = std::fs::read(dir.join(wegwijs_trust::metadata::targets_file_name(meta.version, role))) {
                targets.insert(role.to_string(), bytes);
            }
        }
        let repository = Repository::load(&root, &timestamp_bytes, &snapshot_bytes, &targets, feed_lifetimes())
            .map_err(feed_error)?;
        let format = repository
            .targets("targets")
            .and_then(|targets| targets.targets.get(FEED_FORMAT_PATH))
            .and_then(|target| serde_json::from_value::<FeedFormat>(target.custom.clone()?).ok())
            .map_or(1, |format| format.feed_format);
        if format != FEED_FORMAT {
            return Err(Error::Feed(format!(
                "{} holds a feed of format {format}, this version of wegwijs writes format {FEED_FORMAT} \
                 (see docs/updates.md, \"The layout\"): start a new feed with `wegwijs feed init`",
                dir.display()
            )));
        }
        Ok(Feed { dir: dir.to_path_buf(), repository })
    }

    /// Lets `municipality` publish its own packs (`gmxxxx/*`) signed with `public_key`. Its
    /// role's first metadata is signed when it first publishes, with its own key.
    pub fn delegate(&mut self, keys: &KeyRing, municipality: &str, public_key: &str, now: DateTime<Utc>) -> Result<()> {
        check_municipality(municipality)?;
        let key = parse_public_key(public_key)?;
        let paths = vec![format!("{}/*", pack_dir(municipality))];
        self.repository.delegate(MUNICIPALITIES_ROLE, municipality, vec![key], 1, paths).map_err(feed_error)?;
        self.sign_and_write(keys, Vec::new(), now).map(|_| ())
    }

    /// Withdraws a municipality's delegation: phones no longer accept its packs.
    pub fn revoke(&mut self, keys: &KeyRing, municipality: &str, now: DateTime<Utc>) -> Result<()> {
        check_municipality(municipality)?;
        self.repository.revoke(MUNICIPALITIES_ROLE, municipality).map_err(feed_error)?;
        self.sign_and_write(keys, Vec::new(), now).map(|_| ())
    }

    /// Publishes the scopes of `report` whose items changed: a full pack of the new version,
    /// packs of the changes from up to [`DELTA_VERSIONS`] earlier versions, the role's new
    /// targets metadata, snapshot and timestamp. Also renews metadata half-way to expiry.
    ///
    /// Scopes whose role the key folders hold no key of, or that are not delegated, are
    /// skipped and listed in the summary; when every scope is skipped, the publish fails.
    /// Writes nothing unless every scope and every role was signed.
    pub fn publish(&mut self, keys: &KeyRing, report: &LoadReport, now: DateTime<Utc>) -> Result<PublishSummary> {
        if let Some(first) = report.errors().next() {
            return Err(Error::ContentInvalid { count: report.errors().count(), first: first.to_string() });
        }
        let signers = self.signers(keys)?;
        let holds_key =
            |repository: &Repository, role: &str| signers.iter().any(|signer| repository.is_signer_of(role, signer));
        let mut summary = PublishSummary::default();
        let mut packs = Vec::new();
        let mut pending = false;
        for scope in &report.scopes {
            let role = role_of_scope(&scope.code);
            let reason = if self.repository.targets(role).is_none() {
                Some(SkipReason::NotDelegated)
            } else if !holds_key(&self.repository, role) {
                Some(SkipReason::NoKey)
            } else {
                None
            };
            if let Some(reason) = reason {
                summary.skipped.push(SkippedScope { scope: scope.code.clone(), reason });
                continue;
            }
            pending |= self.is_unpublished(role);
            let items: Vec<Item> = report.items.iter().filter(|item| item.scope == scope.code).cloned().collect();
            if let Some(published) = self.publish_scope(scope, items, &mut packs)? {
                summary.scopes.push(published);
            }
        }
        if !report.scopes.is_empty() && summary.skipped.len() == report.scopes.len() {
            let reasons: Vec<String> = summary.skipped.iter().map(SkippedScope::to_string).collect();
            return Err(Error::Feed(format!(
                "nothing to publish with the keys in {}: {}",
                keys.describe(),
                reasons.join("; ")
            )));
        }
        // Renew only what these keys sign; the timestamp is signed anew on every publish.
        let renew: Vec<String> = self
            .roles_to_renew(now)
            .into_iter()
            .filter(|role| role == "timestamp" || holds_key(&self.repository, role))
            .collect();
        for role in &renew {
            self.repository.renew(role).map_err(feed_error)?;
        }
        if summary.scopes.is_empty() && renew.is_empty() && !pending {
            return Ok(summary);
        }
        summary.metadata_files = self.sign_and_write(keys, packs, now)?;
        Ok(summary)
    }

    /// The feed's current state as one update file: every root version, the current
    /// metadata, and every pack it lists.
    pub fn bundle(&self) -> Result<UpdateFile> {
        let mut entries = BTreeMap::new();
        for entry in std::fs::read_dir(&self.dir)? {
            let name = entry?.file_name().to_string_lossy().into_owned();
            if name.ends_with(".root.json") {
                entries.insert(name.clone(), std::fs::read(self.dir.join(&name))?);
            }
        }
        let snapshot = self.repository.snapshot().ok_or_else(|| Error::Feed("the feed has no snapshot".into()))?;
        entries.insert("timestamp.json".into(), std::fs::read(self.dir.join("timestamp.json"))?);
        let snapshot_name = format!("{}.snapshot.json", snapshot.version);
        entries.insert(snapshot_name.clone(), std::fs::read(self.dir.join(&snapshot_name))?);
        for role in self.repository.roles() {
            // A delegated role its own key has not signed yet has no file to pass on.
            let Some(published) = snapshot.role_meta(role) else { continue };
            let targets = self.role_targets(role)?;
            let name = wegwijs_trust::metadata::targets_file_name(published.version, role);
            entries.insert(name.clone(), std::fs::read(self.dir.join(&name))?);
            for (path, target) in &targets.targets {
                let fetch = target_fetch_path(path, target).map_err(feed_error)?;
                entries.insert(fetch.clone(), std::fs::read(self.dir.join(&fetch))?);
            }
        }
        Ok(UpdateFile { entries })
    }

    fn role_targets(&self, role: &str) -> Result<&Targets> {
        self.repository.targets(role).ok_or_else(|| Error::Feed(format!("no role {role}")))
    }

    /// Whether a role has changes its key has not signed yet: a new delegation, or one to
    /// new keys.
    fn is_unpublished(&self, role: &str) -> bool {
        let published = self.repository.snapshot().and_then(|snapshot| snapshot.role_meta(role)).map(|m| m.version);
        published != self.repository.targets(role).map(|targets| targets.version)
    }

    /// Every key the folders hold for the feed's roles.
    fn signers(&self, keys: &KeyRing) -> Result<Vec<SigningKey>> {
        let mut signers = keys.root_signers()?;
        let names: Vec<String> = ["targets", "snapshot", "timestamp"]
            .into_iter()
            .map(str::to_string)
            .chain(self.repository.roles().filter(|role| *role != "targets").map(str::to_string))
            .collect();
        for name in names {
            signers.extend(keys.optional_signer(&name)?);
        }
        Ok(signers)
    }

    /// Builds the packs of one scope if its items differ from the newest published full pack,
    /// adding them to `staged` (path in the feed folder, bytes) to be written with the metadata.
    fn publish_scope(
        &mut self,
        scope: &wegwijs_core::model::Scope,
        mut items: Vec<Item>,
        staged: &mut Vec<(String, Vec<u8>)>,
    ) -> Result<Option<PublishedScope>> {
        let role = role_of_scope(&scope.code).to_string();
        let Some(targets) = self.repository.targets(&role) else {
            return Err(Error::Feed(format!("{} is not delegated", scope.code)));
        };
        items.sort_by(|a, b| a.id.cmp(&b.id));
        let prefix = format!("{}/", pack_dir(&scope.code));
        let listed: Vec<(String, TargetFile, PackInfo)> = targets
            .targets
            .iter()
            .filter(|(path, _)| path.starts_with(&prefix))
            .filter_map(|(path, target)| {
                let info = serde_json::from_value(target.custom.clone()?).ok()?;
                Some((path.clone(), target.clone(), info))
            })
            .collect();
        let current = listed.iter().filter(|(_, _, info)| info.base.is_none()).max_by_key(|(_, _, info)| info.version);
        let version = match current {
            Some((path, target, info)) => {
                let published = self.read_pack(path, target)?;
                if published.items == items && published.scope == *scope {
                    return Ok(None);
                }
                info.version + 1
            }
            None => 1,
        };
        let full = Pack::full(scope.clone(), version, items.clone());
        let full_bytes = full.encode();
        let mut packs =
            vec![(pack_path(&scope.code, None, version), full_bytes.clone(), PackInfo { version, base: None })];
        for base in version.saturating_sub(DELTA_VERSIONS).max(1)..version {
            let Some(old) = self.find_full_pack(&scope.code, base)? else { continue };
            let delta = Pack::delta(scope.clone(), base, version, &old.items, &items);
            packs.push((
                pack_path(&scope.code, Some(base), version),
                delta.encode(),
                PackInfo { version, base: Some(base) },
            ));
        }
        // Earlier full packs stay listed while deltas start from them, so a phone that passes
        // on an old full pack and a delta can bring another phone up to date.
        for (path, _, info) in &listed {
            if info.base.is_some() || info.version + DELTA_VERSIONS < version {
                self.repository.remove_target(&role, path).map_err(feed_error)?;
            }
        }
        for (path, bytes, info) in &packs {
            let custom = serde_json::to_value(info).map_err(|e| Error::Feed(e.to_string()))?;
            let target = TargetFile::from_bytes(bytes, Some(custom));
            let fetch = target_fetch_path(path, &target).map_err(feed_error)?;
            self.repository.set_target(&role, path, target).map_err(feed_error)?;
            staged.push((fetch, bytes.clone()));
        }
        Ok(Some(PublishedScope {
            scope: scope.code.clone(),
            version,
            items: items.len(),
            full_bytes: full_bytes.len() as u64,
            deltas: packs.len() - 1,
        }))
    }

    /// A full pack of `scope` at `version` that an earlier publish wrote. Packs are immutable
    /// and stay on disk after their metadata stops listing them.
    fn find_full_pack(&self, scope: &str, version: u64) -> Result<Option<Pack>> {
        let dir = self.dir.join("targets").join(pack_dir(scope));
        let suffix = format!(".full-{version}.pack");
        let Ok(entries) = std::fs::read_dir(&dir) else { return Ok(None) };
        for entry in entries {
            let path = entry?.path();
            if path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.ends_with(&suffix)) {
                let pack = Pack::decode(&std::fs::read(&path)?)
                    .map_err(|e| Error::Feed(format!("{}: {e}", path.display())))?;
                return Ok(Some(pack));
            }
        }
        Ok(None)
    }

    fn read_pack(&self, path: &str, target: &TargetFile) -> Result<Pack> {
        let file = self.dir.join(target_fetch_path(path, target).map_err(feed_error)?);
        let bytes = std::fs::read(&file).map_err(|e| Error::Feed(format!("{}: {e}", file.display())))?;
        target.check(path, &bytes).map_err(feed_error)?;
        Pack::decode(&bytes).map_err(|e| Error::Feed(format!("{path}: {e}")))
    }

    /// Roles whose metadata is more than half-way to expiry.
    fn roles_to_renew(&self, now: DateTime<Utc>) -> Vec<String> {
        let lifetimes = feed_lifetimes();
        let due = |expires: DateTime<Utc>, lifetime: TimeDelta| expires - lifetime / 2 <= now;
        let mut roles = Vec::new();
        if due(self.repository.root().expires, lifetimes.root) {
            roles.push("root".to_string());
        }
        if self.repository.snapshot().is_none_or(|s| due(s.expires, lifetimes.snapshot)) {
            roles.push("snapshot".to_string());
        }
        if self.repository.timestamp().is_none_or(|t| due(t.expires, lifetimes.timestamp)) {
            roles.push("timestamp".to_string());
        }
        for role in self.repository.roles() {
            if self.repository.targets(role).is_some_and(|t| due(t.expires, lifetimes.targets)) {
                roles.push(role.to_string());
            }
        }
        roles
    }

    /// Signs with every key the key folders hold, then writes `packs` and the metadata
    /// files: packs first and `timestamp.json` last, so a server never points at files that
    /// are not there yet. Returns the metadata files' names.
    fn sign_and_write(
        &mut self,
        keys: &KeyRing,
        packs: Vec<(String, Vec<u8>)>,
        now: DateTime<Utc>,
    ) -> Result<Vec<String>> {
        let signers = self.signers(keys)?;
        let signer_refs: Vec<&SigningKey> = signers.iter().collect();
        let files: Vec<PublishedFile> = self.repository.publish(now, &signer_refs).map_err(feed_error)?;
        let names = files.iter().map(|file| file.path.clone()).collect();
        let (timestamp, others): (Vec<_>, Vec<_>) = files.into_iter().partition(|file| file.path == "timestamp.json");
        let mut ordered = packs;
        for file in others.into_iter().chain(timestamp) {
            if !file.path.ends_with("root.json") {
                ordered.push((format!("{}.gz", file.path), gzip(&file.bytes)?));
            }
            ordered.push((file.path, file.bytes));
        }
        write_all(&self.dir, ordered)?;
        Ok(names)
    }
}

/// Verifies a feed (or update file) as a phone would: from `pinned_root`, every role, then
/// every pack any role lists, with the rules beyond TUF.
pub fn verify(
    transport: &mut dyn Transport,
    pinned_root: &[u8],
    now: DateTime<Utc>,
    freshness: Freshness,
) -> Result<VerifyReport> {
    let mut client = Client::load(pinned_root, None).map_err(wegwijs_core::sync::trust_error)?;
    client.refresh(transport, now, freshness).map_err(wegwijs_core::sync::trust_error)?;
    wegwijs_core::sync::check_feed_format(&client)?;
    let load = |client: &mut Client, transport: &mut dyn Transport, role: &str| {
        client.load_role(transport, now, freshness, role).map_err(wegwijs_core::sync::trust_error)
    };
    load(&mut client, transport, NATIONAL_ROLE)?;
    load(&mut client, transport, MUNICIPALITIES_ROLE)?;
    // A role delegated but not yet signed by its own key has nothing to verify.
    let delegated: Vec<String> = client
        .targets_metadata(MUNICIPALITIES_ROLE)
        .map(|municipalities| municipalities.delegated_roles().iter().map(|role| role.name.clone()).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .filter(|role| client.snapshot_lists(role))
        .collect();
    for role in &delegated {
        load(&mut client, transport, role)?;
    }
    let mut report = VerifyReport::default();
    for role in std::iter::once(NATIONAL_ROLE.to_string()).chain(delegated) {
        let scope = if role == NATIONAL_ROLE { NATIONAL_SCOPE.to_string() } else { role.clone() };
        for (path, target) in wegwijs_core::sync::vouched_targets(&client, &role)? {
            let bytes = client.fetch_target(transport, path, target).map_err(wegwijs_core::sync::trust_error)?;
            let pack = Pack::decode(&bytes).map_err(wegwijs_core::sync::pack_error)?;
            pack.check_rules(&scope).map_err(wegwijs_core::sync::pack_error)?;
            let path = path.clone();
            report.packs.push(VerifiedPack { path, role: role.clone(), bytes: target.length, items: pack.items.len() });
        }
    }
    Ok(report)
}

/// `bytes` gzipped, for a static host to serve as they are to clients that accept gzip
/// (nginx `gzip_static on`). Every metadata file but the roots gets one: a phone fetches
/// timestamp, snapshot and targets metadata on every change, and JSON shrinks to a fifth or
/// less (hex key ids and hashes compress least); roots are fetched once per key change.
pub fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?)
}

fn decode<T: wegwijs_trust::metadata::RoleMetadata>(bytes: &[u8]) -> Result<T> {
    Envelope::parse(bytes).and_then(|envelope| envelope.decode()).map_err(feed_error)
}

fn check_municipality(code: &str) -> Result<()> {
    if code != NATIONAL_SCOPE && is_valid_scope_code(code) {
        Ok(())
    } else {
        Err(Error::Feed(format!("{code:?} is not a municipality code (GM and four digits)")))
    }
}

fn feed_error(error: wegwijs_trust::Error) -> Error {
    Error::Feed(error.to_string())
}

/// Writes every file beside its place, then renames them in order, so a web server never
/// serves half a file and a failed write leaves no file of this publish behind.
fn write_all(dir: &Path, files: Vec<(String, Vec<u8>)>) -> Result<()> {
    let mut written: Vec<(PathBuf, PathBuf)> = Vec::new();
    let mut created_dirs: Vec<PathBuf> = Vec::new();
    let staged = files.iter().try_for_each(|(path, bytes)| {
        let target = dir.join(path);
        let mut partial = target.as_os_str().to_owned();
        partial.push(".partial");
        let partial = PathBuf::from(partial);
        if let Some(parent) = target.parent() {
            created_dirs.extend(parent.ancestors().take_while(|folder| !folder.exists()).map(Path::to_path_buf));
            std::fs::create_dir_all(parent)?;
        }
        written.push((partial.clone(), target));
        std::fs::write(&partial, bytes)
    });
    if let Err(error) = staged {
        for (partial, _) in &written {
            let _ = std::fs::remove_file(partial);
        }
        created_dirs.sort_by_key(|folder| std::cmp::Reverse(folder.components().count()));
        for folder in &created_dirs {
            let _ = std::fs::remove_dir(folder);
        }
        return Err(error.into());
    }
    for (partial, target) in &written {
        dated_after(partial, target)?;
        std::fs::rename(partial, target)?;
    }
    Ok(())
}

/// Static hosts derive ETag and Last-Modified from a file's modification time in whole seconds
/// (nginx: mtime and size), so a `timestamp.json` replaced within the same second by one of the
/// same size would look unchanged to a phone's conditional request. A replacement is therefore
/// dated at least a second after the file it replaces.
fn dated_after(partial: &Path, replaced: &Path) -> std::io::Result<()> {
    use std::time::{Duration, SystemTime, UNIX_EPOCH};
    let Ok(old) = std::fs::metadata(replaced).and_then(|metadata| metadata.modified()) else { return Ok(()) };
    let whole_seconds = |time: SystemTime| time.duration_since(UNIX_EPOCH).map_or(0, |since| since.as_secs());
    let file = std::fs::File::options().write(true).open(partial)?;
    if whole_seconds(file.metadata()?.modified()?) <= whole_seconds(old) {
        file.set_modified(UNIX_EPOCH + Duration::from_secs(whole_seconds(old) + 1))?;
    }
    Ok(())
}

#[cfg(test)]
mod dating_tests {
    use super::dated_after;
    use std::time::UNIX_EPOCH;

    /// Regression: a phone's conditional request for timestamp.json got 304 after a second
    /// publish within the same second (nginx's ETag is mtime and size).
    #[test]
    fn a_replacement_is_dated_a_second_after_the_file_it_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let seconds = |path: &std::path::Path| {
            std::fs::metadata(path).unwrap().modified().unwrap().duration_since(UNIX_EPOCH).unwrap().as_secs()
        };
        let (old, new) = (dir.path().join("timestamp.json"), dir.path().join("timestamp.json.partial"));
        std::fs::write(&old, "1").unwrap();
        std::fs::write(&new, "2").unwrap();
        dated_after(&new, &old).unwrap();
        assert!(seconds(&new) > seconds(&old));
        // Nothing to replace: the file keeps its own time.
        let lone = dir.path().join("lone.json");
        std::fs::write(&lone, "3").unwrap();
        let before = seconds(&lone);
        dated_after(&lone, &dir.path().join("missing.json")).unwrap();
        assert_eq!(seconds(&lone), before);
    }
}
