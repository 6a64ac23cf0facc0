//! The publisher's side: a TUF repository held in memory. Change targets and delegations, then
//! [`Repository::publish`] signs what changed and returns the files to upload, with
//! consistent-snapshot names.
//!
//! Versions go up only for roles that changed since the last publish; `timestamp.json` is
//! signed anew on every publish (that is how a publisher renews its short expiry). A revoked
//! delegation stays listed in snapshot with its last version, because clients refuse a
//! snapshot that drops a role (TUF 1.0 client workflow, 5.5.5); re-delegating the same name
//! later continues from that version.
//!
//! A delegated role is signed with its own keys, which its delegator does not hold: the
//! national editor delegates to a municipality's public key. A delegated role none of whose
//! keys is among a publish's signers is left pending (neither signed nor listed anew in
//! snapshot) until a publish that has its key. Loading treats a delegated role with no
//! metadata yet, or whose metadata its current keys did not sign, as pending.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, TimeDelta, Utc};
use serde::Serialize;

use crate::crypto::{Key, SigningKey};
use crate::metadata::{
    DelegatedRole, Delegations, Envelope, MetaFile, RoleKeys, Root, SPEC_VERSION, Snapshot, TOP_LEVEL_ROLES,
    TargetFile, Targets, Timestamp, check_target_path, targets_file_name,
};
use crate::{Error, ErrorKind, Result};

/// Signs arbitrary metadata: for tests that need metadata a correct publisher never writes.
pub use crate::metadata::{sign, sign_value};

/// The keys of a role and how many of them must sign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleSetup {
    pub keys: Vec<Key>,
    pub threshold: u32,
}

impl RoleSetup {
    /// The role of one key.
    pub fn single(key: Key) -> RoleSetup {
        RoleSetup { keys: vec![key], threshold: 1 }
    }
}

/// How long each role's metadata stays valid after it is signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lifetimes {
    pub root: TimeDelta,
    pub targets: TimeDelta,
    pub snapshot: TimeDelta,
    pub timestamp: TimeDelta,
}

impl Default for Lifetimes {
    /// Root a year, targets three months, snapshot a month, timestamp a day: the publisher
    /// publishes at least daily, the other roles are re-signed when they change.
    fn default() -> Self {
        Lifetimes {
            root: TimeDelta::days(365),
            targets: TimeDelta::days(90),
            snapshot: TimeDelta::days(30),
            timestamp: TimeDelta::days(1),
        }
    }
}

/// Everything a new repository needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepositoryConfig {
    pub root: RoleSetup,
    pub targets: RoleSetup,
    pub snapshot: RoleSetup,
    pub timestamp: RoleSetup,
    pub lifetimes: Lifetimes,
}

/// A file to write, at `path` relative to the repository base.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// A repository's metadata in memory.
#[derive(Debug, Clone)]
pub struct Repository {
    lifetimes: Lifetimes,
    root: Root,
    /// The last published root, while the root has unpublished changes: it signs the new one.
    published_root: Option<Root>,
    root_changed: bool,
    snapshot: Option<Snapshot>,
    snapshot_changed: bool,
    timestamp: Option<Timestamp>,
    /// Live targets roles by name: `targets` and every role still delegated.
    targets: BTreeMap<String, Targets>,
    changed_targets: BTreeSet<String>,
}

impl Repository {
    /// A new repository: root version 1, an empty top-level targets role. Nothing is signed
    /// until [`Repository::publish`].
    pub fn create(config: RepositoryConfig) -> Result<Repository> {
        let placeholder = DateTime::UNIX_EPOCH;
        let mut root = Root {
            kind: "root".to_owned(),
            spec_version: SPEC_VERSION.to_owned(),
            version: 1,
            expires: placeholder,
            consistent_snapshot: Some(true),
            keys: BTreeMap::new(),
            roles: BTreeMap::new(),
            unrecognized: BTreeMap::new(),
        };
        for (name, setup) in [
            ("root", &config.root),
            ("targets", &config.targets),
            ("snapshot", &config.snapshot),
            ("timestamp", &config.timestamp),
        ] {
            set_root_role(&mut root, name, setup)?;
        }
        Ok(Repository {
            lifetimes: config.lifetimes,
            root,
            published_root: None,
            root_changed: true,
            snapshot: None,
            snapshot_changed: true,
            timestamp: None,
            targets: BTreeMap::from([("targets".to_owned(), Targets::new(1, placeholder))]),
            changed_targets: BTreeSet::from(["targets".to_owned()]),
        })
    }

    /// Loads a published repository from its latest metadata files. `targets` maps role names
    /// (`targets`, `GM0794`) to their latest file; every delegated role must be there.
    /// Signatures are not checked: a publisher trusts its own files.
    pub fn load(
        root: &[u8],
        timestamp: &[u8],
        snapshot: &[u8],
        targets: &BTreeMap<String, Vec<u8>>,
        lifetimes: Lifetimes,
    ) -> Result<Repository> {
        let root: Root = Envelope::parse(root)?.decode()?;
        let timestamp: Timestamp = Envelope::parse(timestamp)?.decode()?;
        let snapshot: Snapshot = Envelope::parse(snapshot)?.decode()?;
        let mut loaded = BTreeMap::new();
        let mut pending = Vec::new();
        // Each role to load with the keys and delegation its delegator gave it.
        let mut to_load: Vec<(String, Option<Delegation>)> = vec![("targets".to_owned(), None)];
        while let Some((role, delegation)) = to_load.pop() {
            let Some(bytes) = targets.get(&role) else {
                if delegation.is_some() && snapshot.role_meta(&role).is_none() {
                    // Delegated, and never signed by its own key yet.
                    loaded.insert(role.clone(), Targets::new(1, DateTime::UNIX_EPOCH));
                    pending.push(role);
                    continue;
                }
                return Err(inconsistent(format!("the metadata of role {role} is missing")));
            };
            let envelope = Envelope::parse(bytes)?;
            let role_targets: Targets = envelope.decode()?;
            if snapshot.role_meta(&role).map(|meta| meta.version) != Some(role_targets.version) {
                return Err(inconsistent(format!("{role}: version differs from snapshot")));
            }
            if let Some((keys, delegated)) = &delegation
                && envelope.check_signatures(&role, keys, &delegated.keyids, delegated.threshold).is_err()
            {
                // Delegated again to other keys, which have not signed it yet.
                pending.push(role.clone());
            }
            let keys =
                role_targets.delegations.as_ref().map(|delegations| delegations.keys.clone()).unwrap_or_default();
            for delegated in role_targets.delegated_roles() {
                if !loaded.contains_key(&delegated.name) && !to_load.iter().any(|(name, _)| *name == delegated.name) {
                    to_load.push((delegated.name.clone(), Some((keys.clone(), delegated.clone()))));
                }
            }
            loaded.insert(role, role_targets);
        }
        let mut repository = Repository {
            lifetimes,
            root,
            published_root: None,
            root_changed: false,
            snapshot: Some(snapshot),
            snapshot_changed: false,
            timestamp: Some(timestamp),
            targets: loaded,
            changed_targets: BTreeSet::new(),
        };
        for role in pending {
            repository.mark_targets_changed(&role);
        }
        Ok(repository)
    }

    /// Whether `signer` is one of the keys of `role` (top-level or delegated).
    pub fn is_signer_of(&self, role: &str, signer: &SigningKey) -> bool {
        let public = signer.public_key().keyval.public;
        let holds = |keys: &BTreeMap<String, Key>, key_ids: &[String]| {
            key_ids.iter().any(|id| keys.get(id).is_some_and(|key| key.keyval.public == public))
        };
        if TOP_LEVEL_ROLES.contains(&role) {
            return self.root.role(role).is_ok_and(|role_keys| holds(&self.root.keys, &role_keys.keyids));
        }
        self.delegator_of(role).is_some_and(|(keys, delegation)| holds(keys, &delegation.keyids))
    }

    pub fn root(&self) -> &Root {
        &self.root
    }

    /// The last published timestamp.
    pub fn timestamp(&self) -> Option<&Timestamp> {
        self.timestamp.as_ref()
    }

    /// The last published snapshot.
    pub fn snapshot(&self) -> Option<&Snapshot> {
        self.snapshot.as_ref()
    }

    /// A live targets role, with its unpublished changes.
    pub fn targets(&self, role: &str) -> Option<&Targets> {
        self.targets.get(role)
    }

    /// Names of the live targets roles.
    pub fn roles(&self) -> impl Iterator<Item = &str> {
        self.targets.keys().map(String::as_str)
    }

    pub fn set_lifetimes(&mut self, lifetimes: Lifetimes) {
        self.lifetimes = lifetimes;
    }

    /// Adds or replaces a target of `role`. A delegated role may only list paths its
    /// delegation covers.
    pub fn set_target(&mut self, role: &str, path: &str, target: TargetFile) -> Result<()> {
        check_target_path(path)?;
        if target.hashes.is_empty() {
            return Err(Error::new(ErrorKind::Malformed, format!("target {path} has no hashes")));
        }
        if role != "targets" {
            let delegation =
                self.delegation_of(role).ok_or_else(|| not_allowed(format!("{role} is not a delegated role")))?;
            if !delegation.covers(path) {
                return Err(not_allowed(format!("{role} may not sign {path}")));
            }
        }
        let role_targets = self.targets.get_mut(role).ok_or_else(|| not_allowed(format!("no role {role}")))?;
        role_targets.targets.insert(path.to_owned(), target);
        self.mark_targets_changed(role);
        Ok(())
    }

    /// Removes a target of `role`; returns it, or `None` when it was not listed.
    pub fn remove_target(&mut self, role: &str, path: &str) -> Result<Option<TargetFile>> {
        let role_targets = self.targets.get_mut(role).ok_or_else(|| not_allowed(format!("no role {role}")))?;
        let removed = role_targets.targets.remove(path);
        if removed.is_some() {
            self.mark_targets_changed(role);
        }
        Ok(removed)
    }

    /// Delegates `paths` to role `name` (terminating), signed by `keys` with `threshold`.
    /// Delegating an existing role again replaces its keys and paths; the role is re-signed.
    pub fn delegate(
        &mut self,
        delegator: &str,
        name: &str,
        keys: Vec<Key>,
        threshold: u32,
        paths: Vec<String>,
    ) -> Result<()> {
        if TOP_LEVEL_ROLES.contains(&name) || name.is_empty() || name == delegator {
            return Err(not_allowed(format!("a delegated role may not be called {name:?}")));
        }
        if !self.targets.contains_key(delegator) {
            return Err(not_allowed(format!("no role {delegator}")));
        }
        let elsewhere =
            self.targets.iter().any(|(role, targets)| role != delegator && targets.delegation(name).is_some());
        if elsewhere {
            return Err(not_allowed(format!("{name} is already delegated by another role")));
        }
        check_setup(name, &RoleSetup { keys: keys.clone(), threshold })?;
        let delegations =
            self.targets.get_mut(delegator).expect("checked above").delegations.get_or_insert_with(|| Delegations {
                keys: BTreeMap::new(),
                roles: Vec::new(),
                unrecognized: BTreeMap::new(),
            });
        let mut key_ids = Vec::new();
        for key in keys {
            let key_id = key.key_id();
            if !key_ids.contains(&key_id) {
                key_ids.push(key_id.clone());
            }
            delegations.keys.insert(key_id, key);
        }
        let role = DelegatedRole {
            name: name.to_owned(),
            keyids: key_ids,
            threshold,
            terminating: true,
            paths: Some(paths),
            path_hash_prefixes: None,
            unrecognized: BTreeMap::new(),
        };
        match delegations.roles.iter_mut().find(|existing| existing.name == name) {
            Some(existing) => *existing = role,
            None => delegations.roles.push(role),
        }
        prune_delegation_keys(delegations);
        self.mark_targets_changed(delegator);
        if !self.targets.contains_key(name) {
            // A name revoked earlier continues from its last published version.
            let version = self.published_version(name).map_or(1, |version| version + 1);
            self.targets.insert(name.to_owned(), Targets::new(version, DateTime::UNIX_EPOCH));
        }
        self.mark_targets_changed(name);
        Ok(())
    }

    /// Removes the delegation of `name` by `delegator`, and every role only it delegated.
    /// Snapshot keeps listing them with their last version.
    pub fn revoke(&mut self, delegator: &str, name: &str) -> Result<()> {
        let delegations = self
            .targets
            .get_mut(delegator)
            .and_then(|targets| targets.delegations.as_mut())
            .ok_or_else(|| not_allowed(format!("{delegator} delegates nothing")))?;
        let before = delegations.roles.len();
        delegations.roles.retain(|role| role.name != name);
        if delegations.roles.len() == before {
            return Err(not_allowed(format!("{delegator} does not delegate {name}")));
        }
        prune_delegation_keys(delegations);
        self.mark_targets_changed(delegator);
        let reachable = self.reachable_roles();
        self.targets.retain(|role, _| reachable.contains(role));
        self.changed_targets.retain(|role| reachable.contains(role));
        Ok(())
    }

    /// Replaces the keys of a top-level role (`root`, `targets`, `snapshot`, `timestamp`).
    /// The new root is signed by the threshold of the old root keys and of the new ones.
    pub fn set_top_level_keys(&mut self, role: &str, setup: RoleSetup) -> Result<()> {
        if !TOP_LEVEL_ROLES.contains(&role) {
            return Err(not_allowed(format!("{role} is not a top-level role")));
        }
        check_setup(role, &setup)?;
        self.mark_root_changed();
        set_root_role(&mut self.root, role, &setup)?;
        let used: BTreeSet<String> = self.root.roles.values().flat_map(|role| role.keyids.clone()).collect();
        self.root.keys.retain(|key_id, _| used.contains(key_id));
        match role {
            "targets" => self.mark_targets_changed("targets"),
            "snapshot" => self.snapshot_changed = true,
            _ => {}
        }
        Ok(())
    }

    /// Rotates the root keys: [`Repository::set_top_level_keys`] for `root`.
    pub fn rotate_root(&mut self, setup: RoleSetup) -> Result<()> {
        self.set_top_level_keys("root", setup)
    }

    /// Marks a role to be signed again with a new version and expiry at the next publish.
    pub fn renew(&mut self, role: &str) -> Result<()> {
        match role {
            "root" => self.mark_root_changed(),
            "snapshot" => self.snapshot_changed = true,
            "timestamp" => {}
            _ if self.targets.contains_key(role) => self.mark_targets_changed(role),
            _ => return Err(not_allowed(format!("no role {role}"))),
        }
        Ok(())
    }

    /// Signs every changed role with the `signers` that belong to it and returns the files to
    /// write: `<N>.root.json` and `root.json` when root changed, `<V>.<ROLE>.json` per changed
    /// targets role, `<V>.snapshot.json` when any of those changed, and always
    /// `timestamp.json`. A delegated role none of whose keys is among `signers` stays pending
    /// (see the module docs). Fails, changing nothing, when a role would get fewer signatures
    /// than its threshold.
    pub fn publish(&mut self, now: DateTime<Utc>, signers: &[&SigningKey]) -> Result<Vec<PublishedFile>> {
        let mut next = self.clone();
        let files = next.publish_in_place(now, signers)?;
        *self = next;
        Ok(files)
    }

    fn publish_in_place(&mut self, now: DateTime<Utc>, signers: &[&SigningKey]) -> Result<Vec<PublishedFile>> {
        let mut files = Vec::new();
        if self.root_changed {
            self.root.expires = now + self.lifetimes.root;
            let new_role = self.root.role("root")?;
            let mut authorities = vec![(&self.root.keys, new_role)];
            if let Some(published) = &self.published_root {
                authorities.push((&published.keys, published.role("root")?));
            }
            let bytes = sign_for("root", &self.root, signers, &authorities)?;
            files.push(PublishedFile { path: format!("{}.root.json", self.root.version), bytes: bytes.clone() });
            files.push(PublishedFile { path: "root.json".to_owned(), bytes });
        }

        let mut snapshot = self.snapshot.clone().unwrap_or_else(|| Snapshot {
            kind: "snapshot".to_owned(),
            spec_version: SPEC_VERSION.to_owned(),
            version: 0,
            expires: now,
            meta: BTreeMap::new(),
            unrecognized: BTreeMap::new(),
        });
        let mut pending = BTreeSet::new();
        for role in std::mem::take(&mut self.changed_targets) {
            let Some(mut role_targets) = self.targets.get(&role).cloned() else { continue };
            if role != "targets" && !signers.iter().any(|signer| self.is_signer_of(&role, signer)) {
                pending.insert(role);
                continue;
            }
            role_targets.expires = now + self.lifetimes.targets;
            let bytes = if role == "targets" {
                let role_keys = self.root.role("targets")?;
                sign_for(&role, &role_targets, signers, &[(&self.root.keys, role_keys)])?
            } else {
                let (keys, delegation) =
                    self.delegator_of(&role).ok_or_else(|| inconsistent(format!("{role} is not delegated")))?;
                let role_keys = RoleKeys {
                    keyids: delegation.keyids.clone(),
                    threshold: delegation.threshold,
                    unrecognized: BTreeMap::new(),
                };
                sign_for(&role, &role_targets, signers, &[(keys, &role_keys)])?
            };
            snapshot.meta.insert(format!("{role}.json"), MetaFile::new(role_targets.version));
            files.push(PublishedFile { path: targets_file_name(role_targets.version, &role), bytes });
            self.targets.insert(role, role_targets);
            self.snapshot_changed = true;
        }

        let snapshot_bytes = if self.snapshot_changed || self.snapshot.is_none() {
            snapshot.version += 1;
            snapshot.expires = now + self.lifetimes.snapshot;
            let bytes = sign_for("snapshot", &snapshot, signers, &[(&self.root.keys, self.root.role("snapshot")?)])?;
            files.push(PublishedFile { path: format!("{}.snapshot.json", snapshot.version), bytes: bytes.clone() });
            Some(bytes)
        } else {
            None
        };

        let mut timestamp = self.timestamp.clone().unwrap_or_else(|| Timestamp {
            kind: "timestamp".to_owned(),
            spec_version: SPEC_VERSION.to_owned(),
            version: 0,
            expires: now,
            meta: BTreeMap::new(),
            unrecognized: BTreeMap::new(),
        });
        if let Some(bytes) = &snapshot_bytes {
            let mut meta = MetaFile::new(snapshot.version);
            meta.length = Some(bytes.len() as u64);
            meta.hashes = Some(BTreeMap::from([("sha256".to_owned(), crate::crypto::sha256_hex(bytes))]));
            timestamp.meta = BTreeMap::from([("snapshot.json".to_owned(), meta)]);
        }
        timestamp.version += 1;
        timestamp.expires = now + self.lifetimes.timestamp;
        let bytes = sign_for("timestamp", &timestamp, signers, &[(&self.root.keys, self.root.role("timestamp")?)])?;
        files.push(PublishedFile { path: "timestamp.json".to_owned(), bytes });

        self.snapshot = Some(snapshot);
        self.timestamp = Some(timestamp);
        self.changed_targets = pending;
        self.root_changed = false;
        self.published_root = None;
        self.snapshot_changed = false;
        Ok(files)
    }

    fn mark_root_changed(&mut self) {
        if !self.root_changed {
            self.published_root = Some(self.root.clone());
            self.root.version += 1;
            self.root_changed = true;
        }
    }

    /// Bumps a role's version the first time it changes after its version was published.
    fn mark_targets_changed(&mut self, role: &str) {
        if self.changed_targets.insert(role.to_owned()) {
            let published = self.published_version(role);
            if let Some(targets) = self.targets.get_mut(role)
                && published == Some(targets.version)
            {
                targets.version += 1;
            }
        }
    }

    fn published_version(&self, role: &str) -> Option<u64> {
        self.snapshot.as_ref()?.role_meta(role).map(|meta| meta.version)
    }

    fn delegator_of(&self, role: &str) -> Option<(&BTreeMap<String, Key>, &DelegatedRole)> {
        self.targets.values().find_map(|targets| {
            let delegation = targets.delegation(role)?;
            Some((&targets.delegations.as_ref()?.keys, delegation))
        })
    }

    fn delegation_of(&self, role: &str) -> Option<&DelegatedRole> {
        self.delegator_of(role).map(|(_, delegation)| delegation)
    }

    fn reachable_roles(&self) -> BTreeSet<String> {
        let mut reachable = BTreeSet::new();
        let mut to_visit = vec!["targets".to_owned()];
        while let Some(role) = to_visit.pop() {
            let Some(targets) = self.targets.get(&role) else { continue };
            if reachable.insert(role) {
                to_visit.extend(targets.delegated_roles().iter().map(|delegated| delegated.name.clone()));
            }
        }
        reachable
    }
}

/// A delegated role as its delegator lists it, with the delegator's keys.
type Delegation = (BTreeMap<String, Key>, DelegatedRole);

fn check_setup(role: &str, setup: &RoleSetup) -> Result<()> {
    if setup.threshold == 0 || setup.threshold as usize > setup.keys.len() {
        return Err(not_allowed(format!("{role}: threshold {} of {} keys", setup.threshold, setup.keys.len())));
    }
    if let Some(key) = setup.keys.iter().find(|key| !key.is_supported()) {
        return Err(not_allowed(format!("{role}: not a key of a supported scheme: {}", key.keyval.public)));
    }
    Ok(())
}

fn set_root_role(root: &mut Root, role: &str, setup: &RoleSetup) -> Result<()> {
    check_setup(role, setup)?;
    let mut key_ids = Vec::new();
    for key in &setup.keys {
        let key_id = key.key_id();
        if !key_ids.contains(&key_id) {
            key_ids.push(key_id.clone());
        }
        root.keys.insert(key_id, key.clone());
    }
    root.roles.insert(
        role.to_owned(),
        RoleKeys { keyids: key_ids, threshold: setup.threshold, unrecognized: BTreeMap::new() },
    );
    Ok(())
}

fn prune_delegation_keys(delegations: &mut Delegations) {
    let used: BTreeSet<&String> = delegations.roles.iter().flat_map(|role| &role.keyids).collect();
    delegations.keys.retain(|key_id, _| used.contains(key_id));
}

/// Signs `metadata` with each signer whose public key one of `authorities` lists (under the
/// key id that authority uses), then checks that every authority's threshold is met.
fn sign_for<T: Serialize>(
    role: &str,
    metadata: &T,
    signers: &[&SigningKey],
    authorities: &[(&BTreeMap<String, Key>, &RoleKeys)],
) -> Result<Vec<u8>> {
    let signed = serde_json::to_value(metadata).map_err(|error| Error::new(ErrorKind::Malformed, error.to_string()))?;
    let message = crate::cjson::encode(&signed)?;
    let mut signatures = Vec::new();
    let mut signed_ids = BTreeSet::new();
    for (keys, role_keys) in authorities {
        for key_id in &role_keys.keyids {
            let Some(key) = keys.get(key_id) else { continue };
            let signer = signers.iter().find(|signer| signer.public_key().keyval.public == key.keyval.public);
            if let Some(signer) = signer
                && signed_ids.insert(key_id.clone())
            {
                let mut signature = signer.sign(&message);
                signature.keyid = key_id.clone();
                signatures.push(signature);
            }
        }
    }
    let envelope = Envelope { signed, signatures };
    for (keys, role_keys) in authorities {
        envelope
            .check_signatures(role, keys, &role_keys.keyids, role_keys.threshold)
            .map_err(|error| Error::new(ErrorKind::Signature, format!("cannot publish {role}: {}", error.message())))?;
    }
    envelope.to_bytes()
}

fn not_allowed(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::NotAllowed, message)
}

fn inconsistent(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Inconsistent, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        "2026-01-01T00:00:00Z".parse().unwrap()
    }

    /// Every top-level role signed by `key`.
    fn one_key_config(key: &SigningKey) -> RepositoryConfig {
        RepositoryConfig {
            root: RoleSetup::single(key.public_key()),
            targets: RoleSetup::single(key.public_key()),
            snapshot: RoleSetup::single(key.public_key()),
            timestamp: RoleSetup::single(key.public_key()),
            lifetimes: Lifetimes::default(),
        }
    }

    fn paths(files: &[PublishedFile]) -> Vec<&str> {
        files.iter().map(|file| file.path.as_str()).collect()
    }

    #[test]
    fn publish_bumps_only_what_changed() {
        let key = SigningKey::generate();
        let mut repository = Repository::create(one_key_config(&key)).unwrap();
        let files = repository.publish(now(), &[&key]).unwrap();
        assert_eq!(paths(&files), ["1.root.json", "root.json", "1.targets.json", "1.snapshot.json", "timestamp.json"]);

        let files = repository.publish(now(), &[&key]).unwrap();
        assert_eq!(paths(&files), ["timestamp.json"]);
        assert_eq!(repository.timestamp().unwrap().version, 2);

        let municipality = SigningKey::generate();
        repository
            .delegate("targets", "GM0794", vec![municipality.public_key()], 1, vec!["gm0794/*".to_owned()])
            .unwrap();
        // The delegator holds only the municipality's public key: its role waits for its key.
        let files = repository.publish(now(), &[&key]).unwrap();
        assert_eq!(paths(&files), ["2.targets.json", "2.snapshot.json", "timestamp.json"]);
        assert!(repository.snapshot().unwrap().role_meta("GM0794").is_none());
        let files = repository.publish(now(), &[&municipality, &key]).unwrap();
        assert_eq!(paths(&files), ["1.GM0794.json", "3.snapshot.json", "timestamp.json"]);

        let pack = TargetFile::from_bytes(b"pack", None);
        assert_eq!(repository.set_target("GM0794", "nl/pack", pack.clone()).unwrap_err().kind(), ErrorKind::NotAllowed);
        repository.set_target("GM0794", "gm0794/pack", pack).unwrap();
        let files = repository.publish(now(), &[&key, &municipality]).unwrap();
        assert_eq!(paths(&files), ["2.GM0794.json", "4.snapshot.json", "timestamp.json"]);

        repository.revoke("targets", "GM0794").unwrap();
        let files = repository.publish(now(), &[&key]).unwrap();
        assert_eq!(paths(&files), ["3.targets.json", "5.snapshot.json", "timestamp.json"]);
        assert_eq!(repository.snapshot().unwrap().role_meta("GM0794").unwrap().version, 2);

        repository
            .delegate("targets", "GM0794", vec![municipality.public_key()], 1, vec!["gm0794/*".to_owned()])
            .unwrap();
        let files = repository.publish(now(), &[&key, &municipality]).unwrap();
        assert_eq!(paths(&files), ["3.GM0794.json", "4.targets.json", "6.snapshot.json", "timestamp.json"]);

        // A role with too few of its keys still refuses the whole publish.
        let second = SigningKey::generate();
        repository
            .delegate(
                "targets",
                "GM0867",
                vec![municipality.public_key(), second.public_key()],
                2,
                vec!["gm0867/*".to_owned()],
            )
            .unwrap();
        let error = repository.publish(now(), &[&key, &municipality]).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Signature);
    }

    /// Published files as `Repository::load` takes them: the latest of each role.
    fn load_files(files: &[PublishedFile]) -> Repository {
        let file = |path: &str| files.iter().rev().find(|file| file.path == path).unwrap().bytes.clone();
        let snapshot = files.iter().rev().find(|file| file.path.ends_with(".snapshot.json")).unwrap();
        let snapshot_meta: Snapshot = Envelope::parse(&snapshot.bytes).unwrap().decode().unwrap();
        let targets = snapshot_meta
            .meta
            .iter()
            .filter_map(|(name, meta)| {
                let role = name.strip_suffix(".json").unwrap();
                let path = targets_file_name(meta.version, role);
                files.iter().find(|file| file.path == path).map(|file| (role.to_owned(), file.bytes.clone()))
            })
            .collect();
        Repository::load(&file("root.json"), &file("timestamp.json"), &snapshot.bytes, &targets, Lifetimes::default())
            .unwrap()
    }

    #[test]
    fn a_delegation_to_a_public_key_is_signed_at_the_delegates_first_publish() {
        let key = SigningKey::generate();
        let municipality = SigningKey::generate();
        let mut national = Repository::create(one_key_config(&key)).unwrap();
        let mut files = national.publish(now(), &[&key]).unwrap();
        national
            .delegate("targets", "GM0794", vec![municipality.public_key()], 1, vec!["gm0794/*".to_owned()])
            .unwrap();
        files.extend(national.publish(now(), &[&key]).unwrap());

        // The municipality's side loads the files with its role not signed yet.
        let mut own = load_files(&files);
        own.set_target("GM0794", "gm0794/a", TargetFile::from_bytes(b"a", None)).unwrap();
        let published = own.publish(now(), &[&municipality]).unwrap_err();
        assert_eq!(published.kind(), ErrorKind::Signature, "snapshot and timestamp need their keys");
        let published = own.publish(now(), &[&municipality, &key]).unwrap();
        assert_eq!(paths(&published), ["1.GM0794.json", "3.snapshot.json", "timestamp.json"]);
        files.extend(published);

        // Delegated again to a new key (the old one was lost): pending until the new key signs.
        let replacement = SigningKey::generate();
        let mut national = load_files(&files);
        national.delegate("targets", "GM0794", vec![replacement.public_key()], 1, vec!["gm0794/*".to_owned()]).unwrap();
        files.extend(national.publish(now(), &[&key]).unwrap());
        let mut own = load_files(&files);
        let published = own.publish(now(), &[&replacement, &key]).unwrap();
        assert_eq!(paths(&published), ["2.GM0794.json", "5.snapshot.json", "timestamp.json"]);
    }

    #[test]
    fn loading_published_files_gives_the_same_repository() {
        let key = SigningKey::generate();
        let mut repository = Repository::create(one_key_config(&key)).unwrap();
        repository.delegate("targets", "GM0794", vec![key.public_key()], 1, vec!["gm0794/*".to_owned()]).unwrap();
        let files = repository.publish(now(), &[&key]).unwrap();
        let file = |path: &str| files.iter().find(|file| file.path == path).unwrap().bytes.clone();
        let targets = BTreeMap::from([
            ("targets".to_owned(), file("1.targets.json")),
            ("GM0794".to_owned(), file("1.GM0794.json")),
        ]);
        let mut loaded = Repository::load(
            &file("root.json"),
            &file("timestamp.json"),
            &file("1.snapshot.json"),
            &targets,
            Lifetimes::default(),
        )
        .unwrap();
        assert_eq!(loaded.root(), repository.root());
        assert_eq!(loaded.targets("GM0794"), repository.targets("GM0794"));
        loaded.set_target("GM0794", "gm0794/a", TargetFile::from_bytes(b"a", None)).unwrap();
        let files = loaded.publish(now(), &[&key]).unwrap();
        assert_eq!(paths(&files), ["2.GM0794.json", "2.snapshot.json", "timestamp.json"]);
    }
}
