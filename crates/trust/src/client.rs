//! The device's side: the TUF 1.0 client workflow (section 5 of the specification) over a
//! [`Transport`], starting from a root pinned in the app.
//!
//! Order of a refresh, as the specification has it: the root chain `<N+1>.root.json`… until
//! one is missing (5.3), so keys rotated out are dropped before anything they signed is
//! believed; then `timestamp.json`, conditionally (a 304 ends the refresh: a 404 for the next
//! root and a 304 when nothing changed); then `<V>.snapshot.json`; then `<V>.targets.json`.
//! Delegated roles are loaded on demand: [`Client::find_target`] loads those on a target's
//! search path, [`Client::load_role`] one role and its delegators.
//!
//! A refresh keeps what it verified before it failed (a new root, a new timestamp), as the
//! specification asks: a rotated root sticks even when a later step fails. Each file replaces
//! the trusted one only once it is fully verified, so the client never holds an unverified
//! file. A role load that fails leaves the client as it was.
//!
//! Expiry is checked against the later of `now` and [`TrustedState::newest_time_seen`], the
//! latest `now` of a successful online refresh, so a clock set back does not make expired
//! metadata valid again. [`Freshness::OfflineFile`] checks no expiry at all.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::metadata::{
    Envelope, MetaFile, RoleMetadata, Root, Snapshot, TargetFile, Targets, Timestamp, target_fetch_path,
    targets_file_name,
};
use crate::transport::{Fetched, Request, Transport};
use crate::{Error, ErrorKind, Result};

/// Largest `root.json` accepted.
pub const MAX_ROOT_LEN: u64 = 64 * 1024;
/// Largest `timestamp.json` accepted.
pub const MAX_TIMESTAMP_LEN: u64 = 16 * 1024;
/// Largest snapshot accepted when the timestamp does not give its length.
pub const MAX_SNAPSHOT_LEN: u64 = 4 * 1024 * 1024;
/// Largest targets metadata accepted when the snapshot does not give its length.
pub const MAX_TARGETS_LEN: u64 = 4 * 1024 * 1024;
/// Most root versions fetched in one refresh; the walk stops there and goes on with the newest.
pub const MAX_ROOT_ROTATIONS: u64 = 64;
/// Most roles visited when searching delegations.
pub const MAX_DELEGATIONS: usize = 32;

/// What a device keeps between runs: the metadata as received, so it can be verified again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrustedState {
    pub root: Vec<u8>,
    pub timestamp: Option<Vec<u8>>,
    pub snapshot: Option<Vec<u8>>,
    /// Targets metadata by role name (`targets`, `GM0794`).
    pub targets: BTreeMap<String, Vec<u8>>,
    /// The latest `now` of a successful online refresh.
    pub newest_time_seen: Option<DateTime<Utc>>,
    /// Entity tag of `timestamp.json` as the server sent it.
    pub timestamp_etag: Option<String>,
}

/// Where the metadata comes from, which decides whether expiry is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// From the repository itself: expired metadata means someone hides newer metadata.
    Online,
    /// From an update file passed from phone to phone: old by nature, so expiry is not checked.
    /// Signatures, versions and hashes are, so a file can never downgrade a device.
    OfflineFile,
}

/// The outcome of a successful refresh.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refresh {
    /// No role has a new version.
    Unchanged,
    /// Root, timestamp, snapshot or top-level targets have a new version.
    Updated,
}

/// A target and the role that is authoritative for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedTarget {
    pub role: String,
    pub target: TargetFile,
}

/// Verified metadata and the bytes it was verified from.
#[derive(Debug, Clone)]
struct Trusted<T> {
    metadata: T,
    raw: Vec<u8>,
}

/// A TUF client: the trusted metadata of one device.
#[derive(Debug, Clone)]
pub struct Client {
    root: Trusted<Root>,
    timestamp: Option<Trusted<Timestamp>>,
    snapshot: Option<Trusted<Snapshot>>,
    /// Top-level targets and the delegated roles loaded, all current and reachable.
    targets: BTreeMap<String, Trusted<Targets>>,
    newest_time_seen: Option<DateTime<Utc>>,
    timestamp_etag: Option<String>,
    /// Roots the chain walk verified and moved past, by version, as fetched.
    roots_passed: Vec<(u64, Vec<u8>)>,
}

impl Client {
    /// Starts from the root pinned in the app and, when given, the state stored after the last
    /// successful update.
    ///
    /// The stored root is used when its version is higher than the pinned one and it is signed
    /// by its own threshold (it was chained from the pinned root when it was stored; the
    /// intermediate roots are not kept). A stored root that fails this check is an error: the
    /// caller may start again without the stored state. Stored timestamp, snapshot and targets
    /// that no longer verify under the root (after the app shipped a newer pinned root) are
    /// dropped and fetched again.
    pub fn load(pinned_root: &[u8], state: Option<&TrustedState>) -> Result<Client> {
        let pinned = verify_self_signed_root(pinned_root)?;
        let mut client = Client {
            root: pinned,
            timestamp: None,
            snapshot: None,
            targets: BTreeMap::new(),
            newest_time_seen: None,
            timestamp_etag: None,
            roots_passed: Vec::new(),
        };
        let Some(state) = state else { return Ok(client) };
        let stored_version = Envelope::parse(&state.root)?
            .signed
            .get("version")
            .and_then(serde_json::Value::as_u64)
            .ok_or_else(|| malformed("stored root has no version"))?;
        if stored_version > client.root.metadata.version {
            client.root = verify_self_signed_root(&state.root)?;
        }
        client.newest_time_seen = state.newest_time_seen;
        if let Some(bytes) = &state.timestamp
            && let Ok(timestamp) = verify_top_level(&client.root.metadata, "timestamp", bytes)
        {
            client.timestamp = Some(timestamp);
            client.timestamp_etag = state.timestamp_etag.clone();
        }
        if let Some(bytes) = &state.snapshot {
            client.snapshot = verify_top_level(&client.root.metadata, "snapshot", bytes).ok();
        }
        if let Some(bytes) = state.targets.get("targets")
            && let Ok(targets) = verify_top_level(&client.root.metadata, "targets", bytes)
        {
            client.targets.insert("targets".to_owned(), targets);
            let mut delegated = state.targets.clone();
            delegated.remove("targets");
            client.adopt_delegated_roles(delegated);
        }
        Ok(client)
    }

    /// Brings root, timestamp, snapshot and top-level targets up to date (TUF 5.3 to 5.6).
    /// A 304 answer to the conditional request for `timestamp.json` returns
    /// [`Refresh::Unchanged`] after the root walk (online, it still fails when trusted
    /// metadata has expired).
    ///
    /// On failure the client keeps what was verified before the failing step (store
    /// [`Client::state`] then too, so a rotated root sticks). Delegated roles whose version in
    /// the new snapshot differs from the loaded one are dropped: they are loaded again on
    /// demand.
    ///
    /// An update file older than what the device has fails with [`ErrorKind::Rollback`].
    pub fn refresh(
        &mut self,
        transport: &mut dyn Transport,
        now: DateTime<Utc>,
        freshness: Freshness,
    ) -> Result<Refresh> {
        self.refresh_in_place(transport, now, freshness)
    }

    /// Finds the authoritative target for `path` (TUF 5.6.7): a pre-order depth-first search
    /// from top-level targets that enters only delegations whose paths cover `path`, stops at
    /// a terminating one, and loads (or checks again, when loaded before) each role on its way
    /// against the keys of the delegator it was reached through. Roles off the path are
    /// neither fetched nor checked. `None` when no role on the search lists `path`. Call after
    /// [`Client::refresh`]; a failure leaves the client as it was.
    pub fn find_target(
        &mut self,
        transport: &mut dyn Transport,
        now: DateTime<Utc>,
        freshness: Freshness,
        path: &str,
    ) -> Result<Option<ResolvedTarget>> {
        let mut next = self.clone();
        let reference_time = reference_time(now, self.newest_time_seen, freshness);
        let found = next.find_target_in_place(transport, reference_time, path)?;
        *self = next;
        Ok(found)
    }

    /// Loads the delegated targets `role` (and the roles that delegate it), found by a
    /// depth-first search from top-level targets. A stored copy is used when the snapshot
    /// lists its version. Call after [`Client::refresh`].
    pub fn load_role(
        &mut self,
        transport: &mut dyn Transport,
        now: DateTime<Utc>,
        freshness: Freshness,
        role: &str,
    ) -> Result<()> {
        let mut next = self.clone();
        next.load_role_in_place(transport, reference_time(now, self.newest_time_seen, freshness), role)?;
        *self = next;
        Ok(())
    }

    /// The authoritative target for `path` among the loaded roles: TUF's pre-order depth-first
    /// search, entering only delegations whose paths cover `path` and stopping at a terminating
    /// one. A loaded role counts only when signed by the keys of the delegator the search
    /// reached it through (a role two delegators name is not trusted under one for the other).
    /// `None` when no loaded role on that search lists it.
    pub fn resolve_target(&self, path: &str) -> Option<ResolvedTarget> {
        let mut to_visit: Vec<(String, Option<String>)> = vec![("targets".to_owned(), None)];
        let mut visited = BTreeSet::new();
        while let Some((role, delegator)) = to_visit.pop() {
            if visited.len() > MAX_DELEGATIONS {
                return None;
            }
            if !visited.insert(role.clone()) {
                continue;
            }
            let Some(trusted) = self.targets.get(&role) else { continue };
            if let Some(delegator) = &delegator {
                let vouched = Envelope::parse(&trusted.raw)
                    .and_then(|envelope| self.check_targets_signatures(&role, Some(delegator), &envelope));
                if vouched.is_err() {
                    continue;
                }
            }
            if let Some(target) = trusted.metadata.targets.get(path) {
                return Some(ResolvedTarget { role, target: target.clone() });
            }
            let children = search_children(&trusted.metadata, path, &mut to_visit);
            to_visit.extend(children.into_iter().rev().map(|child| (child, Some(role.clone()))));
        }
        None
    }

    /// The targets a loaded role lists.
    pub fn targets(&self, role: &str) -> Option<&BTreeMap<String, TargetFile>> {
        self.targets.get(role).map(|trusted| &trusted.metadata.targets)
    }

    /// The whole metadata of a loaded targets role: its delegations too, so a caller can see
    /// whether a role is delegated (`targets_metadata("targets")?.delegation("GM0794")`)
    /// before asking [`Client::load_role`] for it.
    pub fn targets_metadata(&self, role: &str) -> Option<&Targets> {
        self.targets.get(role).map(|trusted| &trusted.metadata)
    }

    /// Fetches a target from its consistent-snapshot path and checks its length and hashes.
    pub fn fetch_target(&self, transport: &mut dyn Transport, path: &str, target: &TargetFile) -> Result<Vec<u8>> {
        let fetch_path = target_fetch_path(path, target)?;
        let bytes = fetch_required(transport, &fetch_path, target.length)?;
        target.check(path, &bytes)?;
        Ok(bytes)
    }

    /// What to store after a successful update.
    pub fn state(&self) -> TrustedState {
        TrustedState {
            root: self.root.raw.clone(),
            timestamp: self.timestamp.as_ref().map(|trusted| trusted.raw.clone()),
            snapshot: self.snapshot.as_ref().map(|trusted| trusted.raw.clone()),
            targets: self.targets.iter().map(|(role, trusted)| (role.clone(), trusted.raw.clone())).collect(),
            newest_time_seen: self.newest_time_seen,
            timestamp_etag: self.timestamp_etag.clone(),
        }
    }

    pub fn root(&self) -> &Root {
        &self.root.metadata
    }

    pub fn root_version(&self) -> u64 {
        self.root.metadata.version
    }

    pub fn timestamp_version(&self) -> Option<u64> {
        self.timestamp.as_ref().map(|trusted| trusted.metadata.version)
    }

    pub fn snapshot_version(&self) -> Option<u64> {
        self.snapshot.as_ref().map(|trusted| trusted.metadata.version)
    }

    /// Whether the trusted snapshot lists `<role>.json`: a delegated role that has not signed
    /// its first metadata yet is not listed.
    pub fn snapshot_lists(&self, role: &str) -> bool {
        self.snapshot.as_ref().is_some_and(|trusted| trusted.metadata.meta.contains_key(&format!("{role}.json")))
    }

    /// Version of a loaded targets role (`targets` or a delegated role).
    pub fn targets_version(&self, role: &str) -> Option<u64> {
        self.targets.get(role).map(|trusted| trusted.metadata.version)
    }

    /// Expiry of `root`, `timestamp`, `snapshot` or a loaded targets role.
    pub fn expires(&self, role: &str) -> Option<DateTime<Utc>> {
        match role {
            "root" => Some(self.root.metadata.expires),
            "timestamp" => self.timestamp.as_ref().map(|trusted| trusted.metadata.expires),
            "snapshot" => self.snapshot.as_ref().map(|trusted| trusted.metadata.expires),
            _ => self.targets.get(role).map(|trusted| trusted.metadata.expires),
        }
    }

    /// The roots this client's refreshes verified on their chain walks, by version, exactly as
    /// fetched: a device keeps them to pass on, so one with an older pinned root can walk the
    /// same chain.
    pub fn roots_passed(&self) -> &[(u64, Vec<u8>)] {
        &self.roots_passed
    }

    pub fn newest_time_seen(&self) -> Option<DateTime<Utc>> {
        self.newest_time_seen
    }

    fn refresh_in_place(
        &mut self,
        transport: &mut dyn Transport,
        now: DateTime<Utc>,
        freshness: Freshness,
    ) -> Result<Refresh> {
        let reference_time = reference_time(now, self.newest_time_seen, freshness);
        let before = self.versions();
        self.update_root(transport, reference_time)?;
        // A 304 is only worth trusting when everything it would leave in place is there and
        // is what the trusted timestamp names.
        let etag = self.timestamp_etag.clone().filter(|_| self.is_complete());
        let request = Request { path: "timestamp.json", max_len: MAX_TIMESTAMP_LEN, if_none_match: etag.as_deref() };
        let (timestamp_bytes, new_etag) = match fetch(transport, &request)? {
            Fetched::Body { bytes, etag } => (bytes, etag),
            Fetched::NotModified if etag.is_some() => {
                self.check_unexpired(reference_time)?;
                self.note_success(now, freshness);
                return Ok(if self.versions() == before { Refresh::Unchanged } else { Refresh::Updated });
            }
            Fetched::NotModified => return Err(malformed("304 Not Modified to an unconditional request")),
            Fetched::NotFound => {
                return Err(Error::new(ErrorKind::Unreachable, "the update source has no timestamp.json"));
            }
        };
        self.update_timestamp(timestamp_bytes, new_etag, reference_time)?;
        self.update_snapshot(transport, reference_time)?;
        self.update_targets_role(transport, "targets", None, reference_time)?;
        let delegated: BTreeMap<String, Vec<u8>> = self
            .targets
            .iter()
            .filter(|(role, _)| *role != "targets")
            .map(|(role, trusted)| (role.clone(), trusted.raw.clone()))
            .collect();
        self.targets.retain(|role, _| role == "targets");
        self.adopt_delegated_roles(delegated);
        self.note_success(now, freshness);
        Ok(if self.versions() == before { Refresh::Unchanged } else { Refresh::Updated })
    }

    /// Walks `<N+1>.root.json`, `<N+2>.root.json`… until one is missing or
    /// [`MAX_ROOT_ROTATIONS`] were fetched (TUF 5.3). Each verified root is kept at once.
    fn update_root(&mut self, transport: &mut dyn Transport, reference_time: Option<DateTime<Utc>>) -> Result<()> {
        for _ in 0..MAX_ROOT_ROTATIONS {
            let version = self.root.metadata.version + 1;
            let path = format!("{version}.root.json");
            let request = Request { path: &path, max_len: MAX_ROOT_LEN, if_none_match: None };
            let bytes = match fetch(transport, &request)? {
                Fetched::Body { bytes, .. } => bytes,
                Fetched::NotFound => break,
                Fetched::NotModified => return Err(malformed(format!("304 Not Modified for {path}"))),
            };
            let envelope = Envelope::parse(&bytes)?;
            self.root.metadata.check_signatures("root", &envelope)?;
            let new_root: Root = envelope.decode()?;
            new_root.check_signatures("root", &envelope)?;
            if new_root.version != version {
                return Err(inconsistent(format!("{path} holds root version {}", new_root.version)));
            }
            // TUF 5.3.11: new timestamp or snapshot keys make the trusted copies worthless, so
            // a repository recovers from a fast-forward attack by rotating them. The versions
            // of targets roles are held against the trusted snapshot's, so new snapshot keys
            // drop the trusted targets too.
            let rotated = |role| {
                self.root.metadata.role_public_keys(role) != new_root.role_public_keys(role)
                    || self.root.metadata.roles.get(role).map(|keys| keys.threshold)
                        != new_root.roles.get(role).map(|keys| keys.threshold)
            };
            let snapshot_rotated = rotated("snapshot");
            if rotated("timestamp") || snapshot_rotated {
                self.timestamp = None;
                self.snapshot = None;
                self.timestamp_etag = None;
            }
            if snapshot_rotated {
                self.targets.clear();
            }
            self.roots_passed.push((version, bytes.clone()));
            self.root = Trusted { metadata: new_root, raw: bytes };
        }
        // TUF 5.3.10: checked after the newest root is kept.
        check_expiry("root", self.root.metadata.expires, reference_time)?;
        if self.root.metadata.consistent_snapshot != Some(true) {
            return Err(inconsistent("the repository does not use consistent snapshots"));
        }
        Ok(())
    }

    /// TUF 5.4: the timestamp's signatures, version and expiry. `etag` is kept with it.
    fn update_timestamp(
        &mut self,
        bytes: Vec<u8>,
        etag: Option<String>,
        reference_time: Option<DateTime<Utc>>,
    ) -> Result<()> {
        let new = verify_top_level::<Timestamp>(&self.root.metadata, "timestamp", &bytes)?;
        if let Some(trusted) = &self.timestamp {
            if new.metadata.version < trusted.metadata.version {
                return Err(rollback("timestamp", new.metadata.version, trusted.metadata.version));
            }
            let (new_snapshot, trusted_snapshot) =
                (new.metadata.snapshot_meta().version, trusted.metadata.snapshot_meta().version);
            if new_snapshot < trusted_snapshot {
                return Err(rollback("snapshot in timestamp", new_snapshot, trusted_snapshot));
            }
            if new.metadata.version == trusted.metadata.version {
                // The same version again: keep the copy already trusted (TUF 5.4.3).
                check_expiry("timestamp", trusted.metadata.expires, reference_time)?;
                self.timestamp_etag = etag;
                return Ok(());
            }
        }
        check_expiry("timestamp", new.metadata.expires, reference_time)?;
        self.timestamp = Some(new);
        self.timestamp_etag = etag;
        Ok(())
    }

    /// TUF 5.5: the snapshot the timestamp names, its hashes, signatures, versions and expiry.
    fn update_snapshot(&mut self, transport: &mut dyn Transport, reference_time: Option<DateTime<Utc>>) -> Result<()> {
        let meta =
            self.timestamp.as_ref().expect("timestamp verified before snapshot").metadata.snapshot_meta().clone();
        if let Some(trusted) = &self.snapshot
            && trusted.metadata.version == meta.version
        {
            meta.check("snapshot", &trusted.raw)?;
            self.root.metadata.check_signatures("snapshot", &Envelope::parse(&trusted.raw)?)?;
            return check_expiry("snapshot", trusted.metadata.expires, reference_time);
        }
        let path = format!("{}.snapshot.json", meta.version);
        let bytes = fetch_required(transport, &path, max_len(&path, &meta, MAX_SNAPSHOT_LEN)?)?;
        meta.check(&path, &bytes)?;
        let new = verify_top_level::<Snapshot>(&self.root.metadata, "snapshot", &bytes)?;
        if new.metadata.version != meta.version {
            return Err(inconsistent(format!("{path} holds snapshot version {}", new.metadata.version)));
        }
        if let Some(trusted) = &self.snapshot {
            if new.metadata.version < trusted.metadata.version {
                return Err(rollback("snapshot", new.metadata.version, trusted.metadata.version));
            }
            for (name, trusted_meta) in &trusted.metadata.meta {
                match new.metadata.meta.get(name) {
                    None => return Err(Error::new(ErrorKind::Rollback, format!("snapshot no longer lists {name}"))),
                    Some(meta) if meta.version < trusted_meta.version => {
                        return Err(rollback(name, meta.version, trusted_meta.version));
                    }
                    Some(_) => {}
                }
            }
        }
        check_expiry("snapshot", new.metadata.expires, reference_time)?;
        self.snapshot = Some(new);
        Ok(())
    }

    /// TUF 5.6 and 5.6.7: a targets role at the version the snapshot lists, signed by the root
    /// (`delegator` `None`) or by the keys its delegator gives it.
    fn update_targets_role(
        &mut self,
        transport: &mut dyn Transport,
        role: &str,
        delegator: Option<&str>,
        reference_time: Option<DateTime<Utc>>,
    ) -> Result<()> {
        let snapshot = &self.snapshot.as_ref().ok_or_else(|| inconsistent("refresh before loading roles"))?.metadata;
        let meta =
            snapshot.role_meta(role).cloned().ok_or_else(|| inconsistent(format!("snapshot does not list {role}")))?;
        if let Some(trusted) = self.targets.get(role)
            && trusted.metadata.version == meta.version
        {
            meta.check(role, &trusted.raw)?;
            self.check_targets_signatures(role, delegator, &Envelope::parse(&trusted.raw)?)?;
            return check_expiry(role, trusted.metadata.expires, reference_time);
        }
        let path = targets_file_name(meta.version, role);
        let bytes = fetch_required(transport, &path, max_len(&path, &meta, MAX_TARGETS_LEN)?)?;
        meta.check(&path, &bytes)?;
        let envelope = Envelope::parse(&bytes)?;
        self.check_targets_signatures(role, delegator, &envelope)?;
        let new: Targets = envelope.decode()?;
        if new.version != meta.version {
            return Err(inconsistent(format!("{path} holds version {}", new.version)));
        }
        if let Some(trusted) = self.targets.get(role)
            && new.version < trusted.metadata.version
        {
            return Err(rollback(role, new.version, trusted.metadata.version));
        }
        check_expiry(role, new.expires, reference_time)?;
        self.targets.insert(role.to_owned(), Trusted { metadata: new, raw: bytes });
        Ok(())
    }

    fn check_targets_signatures(&self, role: &str, delegator: Option<&str>, envelope: &Envelope) -> Result<()> {
        match delegator {
            None => self.root.metadata.check_signatures("targets", envelope),
            Some(delegator) => self
                .targets
                .get(delegator)
                .ok_or_else(|| inconsistent(format!("{delegator} is not loaded")))?
                .metadata
                .check_delegated_signatures(role, envelope),
        }
    }

    fn load_role_in_place(
        &mut self,
        transport: &mut dyn Transport,
        reference_time: Option<DateTime<Utc>>,
        role: &str,
    ) -> Result<()> {
        if !self.targets.contains_key("targets") || self.snapshot.is_none() {
            return Err(inconsistent("refresh before loading roles"));
        }
        if role == "targets" {
            return Ok(());
        }
        let listed = self.snapshot.as_ref().is_some_and(|snapshot| snapshot.metadata.role_meta(role).is_some());
        if !listed {
            return Err(not_allowed(format!("{role} is not a role of this repository")));
        }
        // Depth-first from top-level targets; each stack entry is (role, its delegator).
        let mut to_visit: Vec<(String, Option<String>)> = vec![("targets".to_owned(), None)];
        let mut visited = BTreeSet::new();
        while let Some((current, delegator)) = to_visit.pop() {
            if !visited.insert(current.clone()) {
                continue;
            }
            if visited.len() > MAX_DELEGATIONS {
                return Err(not_allowed(format!("{role} not found within {MAX_DELEGATIONS} delegations")));
            }
            if let Some(delegator) = &delegator {
                self.update_targets_role(transport, &current, Some(delegator), reference_time)?;
            }
            let children: Vec<String> =
                self.targets[&current].metadata.delegated_roles().iter().map(|role| role.name.clone()).collect();
            if children.iter().any(|child| child == role) {
                return self.update_targets_role(transport, role, Some(&current), reference_time);
            }
            to_visit.extend(children.into_iter().rev().map(|child| (child, Some(current.clone()))));
        }
        Err(not_allowed(format!("{role} is not delegated")))
    }

    fn find_target_in_place(
        &mut self,
        transport: &mut dyn Transport,
        reference_time: Option<DateTime<Utc>>,
        path: &str,
    ) -> Result<Option<ResolvedTarget>> {
        if !self.targets.contains_key("targets") || self.snapshot.is_none() {
            return Err(inconsistent("refresh before looking for targets"));
        }
        let mut to_visit: Vec<(String, Option<String>)> = vec![("targets".to_owned(), None)];
        let mut visited = BTreeSet::new();
        while let Some((role, delegator)) = to_visit.pop() {
            if !visited.insert(role.clone()) {
                continue;
            }
            if visited.len() > MAX_DELEGATIONS {
                return Err(not_allowed(format!("{path} not found within {MAX_DELEGATIONS} delegations")));
            }
            if let Some(delegator) = &delegator {
                self.update_targets_role(transport, &role, Some(delegator), reference_time)?;
            }
            let metadata = &self.targets[&role].metadata;
            if let Some(target) = metadata.targets.get(path) {
                return Ok(Some(ResolvedTarget { role, target: target.clone() }));
            }
            let children = search_children(metadata, path, &mut to_visit);
            to_visit.extend(children.into_iter().rev().map(|child| (child, Some(role.clone()))));
        }
        Ok(None)
    }

    /// Whether timestamp, snapshot and top-level targets are there and agree: the snapshot
    /// is the one the timestamp names, targets the version the snapshot lists.
    fn is_complete(&self) -> bool {
        let (Some(timestamp), Some(snapshot), Some(targets)) =
            (&self.timestamp, &self.snapshot, self.targets.get("targets"))
        else {
            return false;
        };
        timestamp.metadata.snapshot_meta().version == snapshot.metadata.version
            && snapshot.metadata.role_meta("targets").map(|meta| meta.version) == Some(targets.metadata.version)
    }

    /// Keeps those of `candidates` (delegated roles as raw bytes) that are reachable from
    /// top-level targets, signed by their delegator's keys, and at the version the trusted
    /// snapshot lists. The others are dropped; they are fetched again when needed.
    fn adopt_delegated_roles(&mut self, mut candidates: BTreeMap<String, Vec<u8>>) {
        let Some(snapshot) = self.snapshot.as_ref().map(|trusted| trusted.metadata.clone()) else { return };
        let mut to_visit = vec!["targets".to_owned()];
        while let Some(delegator) = to_visit.pop() {
            let Some(delegator_targets) = self.targets.get(&delegator).map(|trusted| trusted.metadata.clone()) else {
                continue;
            };
            for delegated in delegator_targets.delegated_roles() {
                let Some(raw) = candidates.remove(&delegated.name) else { continue };
                let Ok(envelope) = Envelope::parse(&raw) else { continue };
                if delegator_targets.check_delegated_signatures(&delegated.name, &envelope).is_err() {
                    continue;
                }
                let Ok(metadata) = envelope.decode::<Targets>() else { continue };
                if snapshot.role_meta(&delegated.name).map(|meta| meta.version) != Some(metadata.version) {
                    continue;
                }
                self.targets.insert(delegated.name.clone(), Trusted { metadata, raw });
                to_visit.push(delegated.name.clone());
            }
        }
    }

    /// Online, trusted top-level metadata must not have expired even when nothing changed.
    fn check_unexpired(&self, reference_time: Option<DateTime<Utc>>) -> Result<()> {
        check_expiry("root", self.root.metadata.expires, reference_time)?;
        if let Some(timestamp) = &self.timestamp {
            check_expiry("timestamp", timestamp.metadata.expires, reference_time)?;
        }
        if let Some(snapshot) = &self.snapshot {
            check_expiry("snapshot", snapshot.metadata.expires, reference_time)?;
        }
        if let Some(targets) = self.targets.get("targets") {
            check_expiry("targets", targets.metadata.expires, reference_time)?;
        }
        Ok(())
    }

    fn note_success(&mut self, now: DateTime<Utc>, freshness: Freshness) {
        if freshness == Freshness::Online {
            self.newest_time_seen = Some(self.newest_time_seen.map_or(now, |seen| seen.max(now)));
        }
    }

    fn versions(&self) -> (u64, Option<u64>, Option<u64>, Option<u64>) {
        (self.root_version(), self.timestamp_version(), self.snapshot_version(), self.targets_version("targets"))
    }
}

/// The delegations of `metadata` that cover `path`, in order, up to and including the first
/// terminating one; a terminating one also ends the search (`to_visit` is emptied).
fn search_children<T>(metadata: &Targets, path: &str, to_visit: &mut Vec<T>) -> Vec<String> {
    let mut children = Vec::new();
    for delegated in metadata.delegated_roles() {
        if delegated.covers(path) {
            children.push(delegated.name.clone());
            if delegated.terminating {
                to_visit.clear();
                break;
            }
        }
    }
    children
}

/// The time expiry is checked against: `None` when it is not checked.
fn reference_time(
    now: DateTime<Utc>,
    newest_time_seen: Option<DateTime<Utc>>,
    freshness: Freshness,
) -> Option<DateTime<Utc>> {
    match freshness {
        Freshness::Online => Some(newest_time_seen.map_or(now, |seen| seen.max(now))),
        Freshness::OfflineFile => None,
    }
}

fn check_expiry(role: &str, expires: DateTime<Utc>, reference_time: Option<DateTime<Utc>>) -> Result<()> {
    match reference_time {
        Some(time) if time >= expires => {
            Err(Error::new(ErrorKind::Expired, format!("{role} expired at {}", expires.to_rfc3339())))
        }
        _ => Ok(()),
    }
}

fn verify_self_signed_root(bytes: &[u8]) -> Result<Trusted<Root>> {
    let envelope = Envelope::parse(bytes)?;
    let root: Root = envelope.decode()?;
    root.check_signatures("root", &envelope)?;
    Ok(Trusted { metadata: root, raw: bytes.to_vec() })
}

fn verify_top_level<T: RoleMetadata>(root: &Root, role: &str, bytes: &[u8]) -> Result<Trusted<T>> {
    let envelope = Envelope::parse(bytes)?;
    root.check_signatures(role, &envelope)?;
    Ok(Trusted { metadata: envelope.decode()?, raw: bytes.to_vec() })
}

fn fetch(transport: &mut dyn Transport, request: &Request<'_>) -> Result<Fetched> {
    let fetched = transport.fetch(request)?;
    if let Fetched::Body { bytes, .. } = &fetched
        && bytes.len() as u64 > request.max_len
    {
        return Err(Error::new(
            ErrorKind::TooLarge,
            format!("{} is larger than the {} bytes allowed", request.path, request.max_len),
        ));
    }
    Ok(fetched)
}

fn fetch_required(transport: &mut dyn Transport, path: &str, max_len: u64) -> Result<Vec<u8>> {
    match fetch(transport, &Request { path, max_len, if_none_match: None })? {
        Fetched::Body { bytes, .. } => Ok(bytes),
        Fetched::NotFound => Err(inconsistent(format!("{path} is missing from the update source"))),
        Fetched::NotModified => Err(malformed(format!("304 Not Modified for {path}"))),
    }
}

/// The length signed metadata gives, or `cap`; a signed length above `cap` is refused.
fn max_len(path: &str, meta: &MetaFile, cap: u64) -> Result<u64> {
    match meta.length {
        Some(length) if length > cap => {
            Err(Error::new(ErrorKind::TooLarge, format!("{path} would be {length} bytes, at most {cap} allowed")))
        }
        Some(length) => Ok(length),
        None => Ok(cap),
    }
}

fn rollback(role: &str, new: u64, trusted: u64) -> Error {
    Error::new(ErrorKind::Rollback, format!("{role}: version {new} is older than the trusted {trusted}"))
}

fn malformed(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Malformed, message)
}

fn inconsistent(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Inconsistent, message)
}

fn not_allowed(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::NotAllowed, message)
}
