//! The client workflow against a repository written by [`Repository`], served from memory.
//! Each attack is one line in a table, checked by one helper per kind of check.

use std::collections::BTreeMap;

use chrono::{DateTime, TimeDelta, Utc};
use sha2::{Digest, Sha256};
use wegwijs_trust::metadata::{Envelope, sign, sign_value};
use wegwijs_trust::transport::{Fetched, Request, Transport, TransportError};
use wegwijs_trust::{
    Client, ErrorKind, Freshness, Lifetimes, Refresh, Repository, RepositoryConfig, RoleSetup, SigningKey, Snapshot,
    TargetFile, Targets, Timestamp, target_fetch_path,
};

const NATIONAL_PACK: &str = "nl/pack.zst";
const MUNICIPAL_PACK: &str = "gm0794/pack.zst";
const MUNICIPALITY: &str = "GM0794";

/// A static file server in memory: answers `If-None-Match` with 304, enforces `max_len`
/// unless told not to, and records every path asked for.
#[derive(Debug, Default)]
struct MemoryServer {
    files: BTreeMap<String, Vec<u8>>,
    requests: Vec<String>,
    ignores_max_len: bool,
}

impl Transport for MemoryServer {
    fn fetch(&mut self, request: &Request<'_>) -> Result<Fetched, TransportError> {
        self.requests.push(request.path.to_owned());
        let Some(bytes) = self.files.get(request.path) else { return Ok(Fetched::NotFound) };
        let etag = format!("\"{}\"", hex::encode(Sha256::digest(bytes)));
        if request.if_none_match == Some(etag.as_str()) {
            return Ok(Fetched::NotModified);
        }
        if bytes.len() as u64 > request.max_len && !self.ignores_max_len {
            return Err(TransportError::TooLarge { path: request.path.to_owned(), max_len: request.max_len });
        }
        Ok(Fetched::Body { bytes: bytes.clone(), etag: Some(etag) })
    }
}

#[derive(Debug, Clone)]
struct Keys {
    root: SigningKey,
    targets: SigningKey,
    snapshot: SigningKey,
    timestamp: [SigningKey; 2],
    municipality: SigningKey,
}

impl Keys {
    fn all(&self) -> Vec<&SigningKey> {
        vec![&self.root, &self.targets, &self.snapshot, &self.timestamp[0], &self.timestamp[1], &self.municipality]
    }
}

/// A published repository: a national pack in `targets`, a municipal pack in the delegated
/// role GM0794 (paths `gm0794/*`, an ECDSA P-256 key), timestamp signed by two keys of which
/// both must sign.
#[derive(Debug)]
struct Fixture {
    keys: Keys,
    repository: Repository,
    server: MemoryServer,
    pinned_root: Vec<u8>,
    now: DateTime<Utc>,
}

fn t0() -> DateTime<Utc> {
    "2026-03-01T12:00:00Z".parse().unwrap()
}

impl Fixture {
    fn new() -> Fixture {
        Fixture::with_lifetimes(Lifetimes::default())
    }

    fn with_lifetimes(lifetimes: Lifetimes) -> Fixture {
        let keys = Keys {
            root: SigningKey::generate(),
            targets: SigningKey::generate(),
            snapshot: SigningKey::generate(),
            timestamp: [SigningKey::generate(), SigningKey::generate()],
            // A municipality's key in an HSM or key service: ECDSA P-256.
            municipality: SigningKey::generate_ecdsa_p256(),
        };
        let config = RepositoryConfig {
            root: RoleSetup::single(keys.root.public_key()),
            targets: RoleSetup::single(keys.targets.public_key()),
            snapshot: RoleSetup::single(keys.snapshot.public_key()),
            timestamp: RoleSetup {
                keys: vec![keys.timestamp[0].public_key(), keys.timestamp[1].public_key()],
                threshold: 2,
            },
            lifetimes,
        };
        let mut repository = Repository::create(config).unwrap();
        repository
            .delegate("targets", MUNICIPALITY, vec![keys.municipality.public_key()], 1, vec!["gm0794/*".to_owned()])
            .unwrap();
        let mut fixture =
            Fixture { keys, repository, server: MemoryServer::default(), pinned_root: Vec::new(), now: t0() };
        fixture.set_pack("targets", NATIONAL_PACK, b"national pack v1");
        fixture.set_pack(MUNICIPALITY, MUNICIPAL_PACK, b"municipal pack v1");
        fixture.publish();
        fixture.pinned_root = fixture.file("1.root.json");
        fixture
    }

    fn set_pack(&mut self, role: &str, path: &str, bytes: &[u8]) {
        let target = TargetFile::from_bytes(bytes, None);
        self.server.files.insert(target_fetch_path(path, &target).unwrap(), bytes.to_vec());
        self.repository.set_target(role, path, target).unwrap();
    }

    fn publish(&mut self) {
        let keys = self.keys.clone();
        for file in self.repository.publish(self.now, &keys.all()).unwrap() {
            self.server.files.insert(file.path, file.bytes);
        }
    }

    fn file(&self, path: &str) -> Vec<u8> {
        self.server.files[path].clone()
    }

    fn client(&self) -> Client {
        Client::load(&self.pinned_root, None).unwrap()
    }

    /// A client that refreshed and loaded GM0794.
    fn refreshed_client(&mut self) -> Client {
        let mut client = self.client();
        assert_eq!(client.refresh(&mut self.server, self.now, Freshness::Online).unwrap(), Refresh::Updated);
        client.load_role(&mut self.server, self.now, Freshness::Online, MUNICIPALITY).unwrap();
        client
    }

    /// Serves `snapshot` (signed by `signers`) and a new timestamp for it, signed correctly.
    fn serve_snapshot(&mut self, snapshot: &Snapshot, signers: &[&SigningKey]) {
        let bytes = sign(snapshot, signers).unwrap();
        self.server.files.insert(format!("{}.snapshot.json", snapshot.version), bytes.clone());
        let mut timestamp = self.repository.timestamp().unwrap().clone();
        timestamp.version += 10;
        let meta = timestamp.meta.get_mut("snapshot.json").unwrap();
        meta.version = snapshot.version;
        meta.length = Some(bytes.len() as u64);
        meta.hashes = Some(BTreeMap::from([("sha256".to_owned(), hex::encode(Sha256::digest(&bytes)))]));
        let keys = self.keys.clone();
        self.server
            .files
            .insert("timestamp.json".to_owned(), sign(&timestamp, &[&keys.timestamp[0], &keys.timestamp[1]]).unwrap());
    }

    /// Serves targets metadata for `role` at its version, and a snapshot and timestamp listing it.
    fn serve_targets(&mut self, role: &str, targets: &Targets, signers: &[&SigningKey]) {
        let file_name = wegwijs_trust::metadata::targets_file_name(targets.version, role);
        self.server.files.insert(file_name, sign(targets, signers).unwrap());
        let mut snapshot = self.repository.snapshot().unwrap().clone();
        snapshot.version += 10;
        snapshot.meta.get_mut(&format!("{role}.json")).unwrap().version = targets.version;
        let keys = self.keys.clone();
        self.serve_snapshot(&snapshot, &[&keys.snapshot]);
    }

    /// A copy of the published `timestamp`, newer, to be changed and signed by a test.
    fn next_timestamp(&self) -> Timestamp {
        let mut timestamp = self.repository.timestamp().unwrap().clone();
        timestamp.version += 10;
        timestamp
    }
}

/// Refreshes a client, lets `attack` change the server, and expects the next refresh to fail
/// with `kind`. The client keeps only what verified before the attacked step: its root and
/// targets roles are as they were, no version went down, and it still finds the packs it had.
fn check_refresh_refused(kind: ErrorKind, attack: impl FnOnce(&mut Fixture)) {
    let mut fixture = Fixture::new();
    let mut client = fixture.refreshed_client();
    let before = client.clone();
    attack(&mut fixture);
    let error = client.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap_err();
    assert_eq!(error.kind(), kind, "{error}");
    assert_kept_only_verified_progress(&before, &client);
}

fn assert_kept_only_verified_progress(before: &Client, after: &Client) {
    let (before_state, after_state) = (before.state(), after.state());
    assert_eq!(after_state.root, before_state.root);
    assert_eq!(after_state.targets, before_state.targets);
    assert!(after.timestamp_version() >= before.timestamp_version());
    assert!(after.snapshot_version() >= before.snapshot_version());
    for pack in [NATIONAL_PACK, MUNICIPAL_PACK] {
        assert_eq!(after.resolve_target(pack), before.resolve_target(pack), "{pack}");
    }
}

/// Like [`check_refresh_refused`], for a client that never refreshed.
fn check_first_refresh_refused(kind: ErrorKind, attack: impl FnOnce(&mut Fixture)) {
    let mut fixture = Fixture::new();
    attack(&mut fixture);
    let mut client = fixture.client();
    let error = client.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap_err();
    assert_eq!(error.kind(), kind, "{error}");
}

/// Lets `attack` change the server after a refresh; loading GM0794 must then fail with `kind`.
fn check_load_role_refused(kind: ErrorKind, attack: impl FnOnce(&mut Fixture)) {
    let mut fixture = Fixture::new();
    attack(&mut fixture);
    let mut client = fixture.client();
    client.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap();
    let error = client.load_role(&mut fixture.server, fixture.now, Freshness::Online, MUNICIPALITY).unwrap_err();
    assert_eq!(error.kind(), kind, "{error}");
}

/// Replaces the municipal pack's bytes on the server; fetching it must fail with `kind`.
fn check_target_refused(kind: ErrorKind, tamper: impl FnOnce(&mut Vec<u8>)) {
    let mut fixture = Fixture::new();
    let client = fixture.refreshed_client();
    let resolved = client.resolve_target(MUNICIPAL_PACK).unwrap();
    let fetch_path = target_fetch_path(MUNICIPAL_PACK, &resolved.target).unwrap();
    tamper(fixture.server.files.get_mut(&fetch_path).unwrap());
    let error = client.fetch_target(&mut fixture.server, MUNICIPAL_PACK, &resolved.target).unwrap_err();
    assert_eq!(error.kind(), kind, "{error}");
}

/// Publishes with `lifetimes`, then refreshes two days later: online must fail as expired,
/// an update file must still be accepted.
fn check_expired(lifetimes: Lifetimes, renew_top_level: bool) {
    let mut fixture = Fixture::with_lifetimes(lifetimes);
    let later = fixture.now + TimeDelta::days(2);
    if renew_top_level {
        // Only the delegated role stays as it was published.
        fixture.now = later - TimeDelta::hours(1);
        fixture.repository.set_lifetimes(Lifetimes::default());
        fixture.repository.renew("targets").unwrap();
        fixture.publish();
    }
    let mut client = fixture.client();
    let online = client
        .refresh(&mut fixture.server, later, Freshness::Online)
        .and_then(|_| client.load_role(&mut fixture.server, later, Freshness::Online, MUNICIPALITY));
    assert_eq!(online.unwrap_err().kind(), ErrorKind::Expired);

    let mut client = fixture.client();
    client.refresh(&mut fixture.server, later, Freshness::OfflineFile).unwrap();
    client.load_role(&mut fixture.server, later, Freshness::OfflineFile, MUNICIPALITY).unwrap();
    assert!(client.resolve_target(MUNICIPAL_PACK).is_some());
}

fn short(role: &str) -> Lifetimes {
    let mut lifetimes = Lifetimes {
        root: TimeDelta::days(30),
        targets: TimeDelta::days(30),
        snapshot: TimeDelta::days(30),
        timestamp: TimeDelta::days(30),
    };
    let day = TimeDelta::days(1);
    match role {
        "root" => lifetimes.root = day,
        "targets" => lifetimes.targets = day,
        "snapshot" => lifetimes.snapshot = day,
        _ => lifetimes.timestamp = day,
    }
    lifetimes
}

fn replace_in(bytes: &[u8], from: &str, to: &str) -> Vec<u8> {
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    assert!(text.contains(from), "{from} not in {text}");
    text.replacen(from, to, 1).into_bytes()
}

#[test]
fn happy_path_with_delegation_persistence_and_two_requests_when_unchanged() {
    let mut fixture = Fixture::new();
    let mut client = fixture.client();
    assert_eq!(client.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap(), Refresh::Updated);
    // The root chain first (TUF 5.3), then timestamp, snapshot, targets.
    assert_eq!(fixture.server.requests, ["2.root.json", "timestamp.json", "1.snapshot.json", "1.targets.json"]);
    assert_eq!(client.resolve_target(MUNICIPAL_PACK), None, "GM0794 is not loaded yet");
    client.load_role(&mut fixture.server, fixture.now, Freshness::Online, MUNICIPALITY).unwrap();

    let national = client.resolve_target(NATIONAL_PACK).unwrap();
    assert_eq!(national.role, "targets");
    assert_eq!(client.fetch_target(&mut fixture.server, NATIONAL_PACK, &national.target).unwrap(), b"national pack v1");
    let municipal = client.resolve_target(MUNICIPAL_PACK).unwrap();
    assert_eq!(municipal.role, MUNICIPALITY);
    assert_eq!(
        client.fetch_target(&mut fixture.server, MUNICIPAL_PACK, &municipal.target).unwrap(),
        b"municipal pack v1"
    );
    assert_eq!(client.targets(MUNICIPALITY).unwrap().len(), 1);
    assert_eq!((client.root_version(), client.timestamp_version(), client.snapshot_version()), (1, Some(1), Some(1)));
    assert_eq!(client.newest_time_seen(), Some(fixture.now));

    // Nothing changed: a 404 for the next root and a 304 for the timestamp.
    fixture.server.requests.clear();
    assert_eq!(client.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap(), Refresh::Unchanged);
    assert_eq!(fixture.server.requests, ["2.root.json", "timestamp.json"]);

    // A stored state verifies again and keeps the entity tag.
    let state = client.state();
    let json = serde_json::to_vec(&state).unwrap();
    let mut restored = Client::load(&fixture.pinned_root, Some(&serde_json::from_slice(&json).unwrap())).unwrap();
    assert_eq!(restored.state(), state);
    fixture.server.requests.clear();
    assert_eq!(restored.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap(), Refresh::Unchanged);
    assert_eq!(fixture.server.requests, ["2.root.json", "timestamp.json"]);

    // Only the municipal pack changes: top-level targets is not fetched again.
    fixture.now += TimeDelta::hours(1);
    fixture.set_pack(MUNICIPALITY, MUNICIPAL_PACK, b"municipal pack v2");
    fixture.publish();
    fixture.server.requests.clear();
    assert_eq!(restored.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap(), Refresh::Updated);
    assert_eq!(fixture.server.requests, ["2.root.json", "timestamp.json", "2.snapshot.json"]);
    assert_eq!(restored.targets_version(MUNICIPALITY), None, "a stale delegated role is dropped");
    restored.load_role(&mut fixture.server, fixture.now, Freshness::Online, MUNICIPALITY).unwrap();
    assert_eq!(restored.targets_version(MUNICIPALITY), Some(2));
    let municipal = restored.resolve_target(MUNICIPAL_PACK).unwrap();
    assert_eq!(
        restored.fetch_target(&mut fixture.server, MUNICIPAL_PACK, &municipal.target).unwrap(),
        b"municipal pack v2"
    );

    // An unchanged delegated role is kept across refreshes and not fetched again.
    fixture.now += TimeDelta::hours(1);
    fixture.set_pack("targets", NATIONAL_PACK, b"national pack v2");
    fixture.publish();
    restored.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap();
    fixture.server.requests.clear();
    restored.load_role(&mut fixture.server, fixture.now, Freshness::Online, MUNICIPALITY).unwrap();
    assert!(fixture.server.requests.is_empty());
}

#[test]
fn root_rotation_of_root_and_timestamp_keys() {
    let mut fixture = Fixture::new();
    let mut client = fixture.refreshed_client();
    let old_root = fixture.keys.root.clone();
    let (new_root, new_timestamp) = (SigningKey::generate(), SigningKey::generate());
    fixture.repository.rotate_root(RoleSetup::single(new_root.public_key())).unwrap();
    fixture.repository.set_top_level_keys("timestamp", RoleSetup::single(new_timestamp.public_key())).unwrap();

    // The new root needs the old root key as well as the new one.
    let keys = fixture.keys.clone();
    let without_old = [&new_root, &new_timestamp, &keys.targets, &keys.snapshot];
    assert_eq!(fixture.repository.publish(fixture.now, &without_old).unwrap_err().kind(), ErrorKind::Signature);
    let files = fixture
        .repository
        .publish(fixture.now, &[&old_root, &new_root, &new_timestamp, &keys.targets, &keys.snapshot])
        .unwrap();
    for file in files {
        fixture.server.files.insert(file.path, file.bytes);
    }
    assert_eq!(client.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap(), Refresh::Updated);
    assert_eq!(client.root_version(), 2);
    assert_eq!(client.timestamp_version(), Some(2));

    // A new device with the old pinned root walks the chain too.
    let mut fresh = fixture.client();
    fresh.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap();
    assert_eq!(fresh.root_version(), 2);

    // The old timestamp keys no longer count.
    check_refresh_after(&mut fixture, &mut client, ErrorKind::Signature, |fixture| {
        let timestamp = fixture.next_timestamp();
        let keys = fixture.keys.clone();
        let bytes = sign(&timestamp, &[&keys.timestamp[0], &keys.timestamp[1]]).unwrap();
        fixture.server.files.insert("timestamp.json".to_owned(), bytes);
    });
}

#[test]
fn a_failed_refresh_keeps_the_root_it_verified() {
    let mut fixture = Fixture::new();
    let mut client = fixture.refreshed_client();
    let new_root = SigningKey::generate();
    fixture.repository.rotate_root(RoleSetup::single(new_root.public_key())).unwrap();
    let mut signers = fixture.keys.all();
    signers.push(&new_root);
    for file in fixture.repository.publish(fixture.now, &signers).unwrap() {
        fixture.server.files.insert(file.path, file.bytes);
    }
    // The timestamp that comes with the new root is signed by one of its two keys only.
    let bytes = sign(&fixture.next_timestamp(), &[&fixture.keys.timestamp[0]]).unwrap();
    fixture.server.files.insert("timestamp.json".to_owned(), bytes);
    let error = client.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Signature, "{error}");
    assert_eq!(client.root_version(), 2, "the verified root sticks (TUF 5.3.8)");
    assert_eq!(client.timestamp_version(), Some(1));
    let restored = Client::load(&fixture.pinned_root, Some(&client.state())).unwrap();
    assert_eq!(restored.root_version(), 2);
}

#[test]
fn new_snapshot_keys_recover_from_a_fast_forward_of_targets() {
    let mut fixture = Fixture::new();
    let mut client = fixture.refreshed_client();
    // An attacker with the snapshot key fast-forwards targets.
    let mut targets = fixture.repository.targets("targets").unwrap().clone();
    targets.version += 50;
    let keys = fixture.keys.clone();
    fixture.serve_targets("targets", &targets, &[&keys.targets]);
    client.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap();
    assert_eq!(client.targets_version("targets"), Some(targets.version));
    // The publisher rotates the snapshot key and publishes targets at its own next version.
    let new_snapshot = SigningKey::generate();
    fixture.repository.set_top_level_keys("snapshot", RoleSetup::single(new_snapshot.public_key())).unwrap();
    fixture.repository.renew("targets").unwrap();
    fixture.keys.snapshot = new_snapshot;
    fixture.publish();
    let recovered = fixture.repository.targets("targets").unwrap().version;
    assert!(recovered < targets.version);
    client.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap();
    assert_eq!(client.targets_version("targets"), Some(recovered));
}

#[test]
fn find_target_loads_only_the_roles_on_the_search_path() {
    let mut fixture = Fixture::new();
    let other = SigningKey::generate();
    fixture.repository.delegate("targets", "GM0363", vec![other.public_key()], 1, vec!["gm0363/*".to_owned()]).unwrap();
    let mut signers = fixture.keys.all();
    signers.push(&other);
    for file in fixture.repository.publish(fixture.now, &signers).unwrap() {
        fixture.server.files.insert(file.path, file.bytes);
    }
    // GM0363's metadata is missing: only a search that needs it may fail.
    let missing: Vec<String> =
        fixture.server.files.keys().filter(|path| path.ends_with(".GM0363.json")).cloned().collect();
    assert!(!missing.is_empty());
    for path in missing {
        fixture.server.files.remove(&path);
    }
    let mut client = fixture.client();
    client.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap();
    fixture.server.requests.clear();
    let found =
        client.find_target(&mut fixture.server, fixture.now, Freshness::Online, MUNICIPAL_PACK).unwrap().unwrap();
    assert_eq!(found.role, MUNICIPALITY);
    assert_eq!(fixture.server.requests, ["1.GM0794.json"]);
    let national = client.find_target(&mut fixture.server, fixture.now, Freshness::Online, NATIONAL_PACK).unwrap();
    assert_eq!(national.unwrap().role, "targets");
    assert_eq!(client.find_target(&mut fixture.server, fixture.now, Freshness::Online, "gm0794/none").unwrap(), None);
    assert_eq!(fixture.server.requests, ["1.GM0794.json"], "the loaded role is checked again, not fetched");
    let error = client.find_target(&mut fixture.server, fixture.now, Freshness::Online, "gm0363/pack").unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Inconsistent, "{error}");
}

fn check_refresh_after(fixture: &mut Fixture, client: &mut Client, kind: ErrorKind, attack: impl FnOnce(&mut Fixture)) {
    attack(fixture);
    let error = client.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap_err();
    assert_eq!(error.kind(), kind, "{error}");
}

#[test]
fn root_chain_walk_stops_after_the_cap() {
    let mut fixture = Fixture::new();
    let mut root_key = fixture.keys.root.clone();
    for _ in 0..70 {
        let next = SigningKey::generate();
        fixture.repository.rotate_root(RoleSetup::single(next.public_key())).unwrap();
        let mut signers = fixture.keys.all();
        signers.extend([&root_key, &next]);
        for file in fixture.repository.publish(fixture.now, &signers).unwrap() {
            fixture.server.files.insert(file.path, file.bytes);
        }
        root_key = next;
    }
    let mut client = fixture.client();
    client.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap();
    let root_requests = fixture.server.requests.iter().filter(|path| path.ends_with(".root.json")).count();
    assert_eq!(root_requests, 64);
    assert_eq!(client.root_version(), 65);
    client.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap();
    assert_eq!(client.root_version(), 71);
}

#[test]
fn invalid_signatures_are_refused() {
    check_refresh_refused(ErrorKind::Signature, |fixture| {
        let bytes = sign(&fixture.next_timestamp(), &[&fixture.keys.timestamp[0], &fixture.keys.timestamp[1]]).unwrap();
        let mut envelope = Envelope::parse(&bytes).unwrap();
        let flipped = if envelope.signatures[0].sig.starts_with('0') { "1" } else { "0" };
        envelope.signatures[0].sig.replace_range(0..1, flipped);
        fixture.server.files.insert("timestamp.json".to_owned(), envelope.to_bytes().unwrap());
    });
    // Below threshold: one of the two timestamp keys.
    check_refresh_refused(ErrorKind::Signature, |fixture| {
        let bytes = sign(&fixture.next_timestamp(), &[&fixture.keys.timestamp[0]]).unwrap();
        fixture.server.files.insert("timestamp.json".to_owned(), bytes);
    });
    // Two signatures under one key id are refused (conformance: test_duplicate_sig_keyids).
    check_refresh_refused(ErrorKind::Signature, |fixture| {
        let key = &fixture.keys.timestamp[0];
        let bytes = sign(&fixture.next_timestamp(), &[key, key]).unwrap();
        fixture.server.files.insert("timestamp.json".to_owned(), bytes);
    });
    // Keys of another role.
    check_refresh_refused(ErrorKind::Signature, |fixture| {
        let bytes = sign(&fixture.next_timestamp(), &[&fixture.keys.root, &fixture.keys.snapshot]).unwrap();
        fixture.server.files.insert("timestamp.json".to_owned(), bytes);
    });
    check_refresh_refused(ErrorKind::Signature, |fixture| {
        let mut snapshot = fixture.repository.snapshot().unwrap().clone();
        snapshot.version += 10;
        let wrong = SigningKey::generate();
        fixture.serve_snapshot(&snapshot, &[&wrong]);
    });
    check_refresh_refused(ErrorKind::Signature, |fixture| {
        let mut targets = fixture.repository.targets("targets").unwrap().clone();
        targets.version += 10;
        let keys = fixture.keys.clone();
        fixture.serve_targets("targets", &targets, &[&keys.municipality]);
    });
    check_load_role_refused(ErrorKind::Signature, |fixture| {
        let mut targets = fixture.repository.targets(MUNICIPALITY).unwrap().clone();
        targets.version += 10;
        let keys = fixture.keys.clone();
        fixture.serve_targets(MUNICIPALITY, &targets, &[&keys.targets]);
    });
    // A new root signed by the old keys only, or by the new keys only.
    for sign_with_old_key in [true, false] {
        check_refresh_refused(ErrorKind::Signature, |fixture| {
            let mut root = fixture.repository.root().clone();
            root.version = 2;
            let new_key = SigningKey::generate();
            let id = new_key.key_id();
            root.keys.insert(id.clone(), new_key.public_key());
            root.roles.get_mut("root").unwrap().keyids = vec![id];
            let signer = if sign_with_old_key { &fixture.keys.root } else { &new_key };
            fixture.server.files.insert("2.root.json".to_owned(), sign(&root, &[signer]).unwrap());
            // Roots are looked for only when the timestamp changed.
            let keys = fixture.keys.clone();
            let timestamp = sign(&fixture.next_timestamp(), &[&keys.timestamp[0], &keys.timestamp[1]]).unwrap();
            fixture.server.files.insert("timestamp.json".to_owned(), timestamp);
        });
    }
}

#[test]
fn rollbacks_are_refused() {
    // An old timestamp replayed after the client saw a newer one.
    let mut fixture = Fixture::new();
    let old = fixture.file("timestamp.json");
    let mut client = fixture.client();
    fixture.publish();
    client.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap();
    check_refresh_after(&mut fixture, &mut client, ErrorKind::Rollback, |fixture| {
        fixture.server.files.insert("timestamp.json".to_owned(), old);
    });

    // An update file older than what the device has: no downgrade, even without expiry checks.
    let mut fixture = Fixture::new();
    let mut old_file = MemoryServer { files: fixture.server.files.clone(), ..MemoryServer::default() };
    fixture.set_pack("targets", NATIONAL_PACK, b"national pack v2");
    fixture.publish();
    let mut client = fixture.refreshed_client();
    let error = client.refresh(&mut old_file, fixture.now + TimeDelta::days(400), Freshness::OfflineFile).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Rollback);

    // A newer timestamp naming an older snapshot.
    check_refresh_refused(ErrorKind::Rollback, |fixture| {
        let mut timestamp = fixture.next_timestamp();
        timestamp.meta.get_mut("snapshot.json").unwrap().version -= 1;
        let bytes = sign(&timestamp, &[&fixture.keys.timestamp[0], &fixture.keys.timestamp[1]]).unwrap();
        fixture.server.files.insert("timestamp.json".to_owned(), bytes);
    });
    // A newer snapshot dropping a role the client knows.
    check_refresh_refused(ErrorKind::Rollback, |fixture| {
        let mut snapshot = fixture.repository.snapshot().unwrap().clone();
        snapshot.version += 10;
        snapshot.meta.remove("GM0794.json");
        let keys = fixture.keys.clone();
        fixture.serve_snapshot(&snapshot, &[&keys.snapshot]);
    });
    // A newer snapshot replaying the old version 1 of top-level or delegated targets.
    for role in ["targets", MUNICIPALITY] {
        check_replayed_targets_refused(role);
    }
}

/// Publishes version 2 of every targets role, lets a client take it, then serves a newer
/// snapshot that names the still published version 1 of `role`.
fn check_replayed_targets_refused(role: &str) {
    let mut fixture = Fixture::new();
    fixture.set_pack("targets", NATIONAL_PACK, b"national pack v2");
    fixture.set_pack(MUNICIPALITY, MUNICIPAL_PACK, b"municipal pack v2");
    fixture.publish();
    let mut client = fixture.refreshed_client();
    assert_eq!(client.targets_version(role), Some(2));
    let before = client.clone();
    let mut snapshot = fixture.repository.snapshot().unwrap().clone();
    snapshot.version += 10;
    snapshot.meta.get_mut(&format!("{role}.json")).unwrap().version = 1;
    let keys = fixture.keys.clone();
    fixture.serve_snapshot(&snapshot, &[&keys.snapshot]);
    let error = client.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Rollback, "{error}");
    assert_kept_only_verified_progress(&before, &client);
    assert_eq!(client.snapshot_version(), before.snapshot_version());
}

#[test]
fn expired_metadata_is_refused_online_and_accepted_from_an_update_file() {
    for role in ["timestamp", "snapshot", "targets", "root"] {
        check_expired(short(role), false);
    }
    // A delegated role expired while top-level targets was renewed.
    check_expired(short("targets"), true);
}

#[test]
fn a_clock_set_back_does_not_revive_expired_metadata() {
    let mut fixture = Fixture::with_lifetimes(short("timestamp"));
    let mut client = fixture.refreshed_client();
    let mut state = client.state();
    // The device saw a later time on a successful refresh, then its clock was set back.
    state.newest_time_seen = Some(fixture.now + TimeDelta::days(3));
    let mut restored = Client::load(&fixture.pinned_root, Some(&state)).unwrap();
    let set_back = fixture.now;
    let error = restored.refresh(&mut fixture.server, set_back, Freshness::Online).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Expired);
    // The same holds when the server answers 304.
    fixture.server.requests.clear();
    let later = fixture.now + TimeDelta::days(3);
    assert_eq!(client.refresh(&mut fixture.server, later, Freshness::Online).unwrap_err().kind(), ErrorKind::Expired);
    assert_eq!(fixture.server.requests, ["2.root.json", "timestamp.json"]);
}

#[test]
fn tampered_metadata_and_targets_are_refused() {
    check_target_refused(ErrorKind::Tampered, |bytes| bytes[0] ^= 1);
    check_target_refused(ErrorKind::Tampered, |bytes| {
        bytes.pop();
    });
    check_target_refused(ErrorKind::TooLarge, |bytes| bytes.push(b'!'));
    // A snapshot that differs from the length and hash the timestamp gives.
    check_refresh_refused(ErrorKind::Tampered, |fixture| {
        let mut snapshot = fixture.repository.snapshot().unwrap().clone();
        snapshot.version += 10;
        let keys = fixture.keys.clone();
        fixture.serve_snapshot(&snapshot, &[&keys.snapshot]);
        let path = format!("{}.snapshot.json", snapshot.version);
        let bytes = fixture.server.files.get_mut(&path).unwrap();
        let flipped = replace_in(bytes, "\"_type\":\"snapshot\"", "\"_type\":\"snapshoT\"");
        *bytes = flipped;
    });
    // Metadata of another version than the snapshot names.
    check_refresh_refused(ErrorKind::Inconsistent, |fixture| {
        let mut targets = fixture.repository.targets("targets").unwrap().clone();
        targets.version += 10;
        let keys = fixture.keys.clone();
        fixture.serve_targets("targets", &targets, &[&keys.targets]);
        let bytes = fixture.file(&format!("{}.targets.json", targets.version));
        fixture.server.files.insert(format!("{}.targets.json", targets.version + 1), bytes);
        let mut snapshot = fixture.repository.snapshot().unwrap().clone();
        snapshot.version += 20;
        snapshot.meta.get_mut("targets.json").unwrap().version = targets.version + 1;
        fixture.serve_snapshot(&snapshot, &[&keys.snapshot]);
    });
}

#[test]
fn delegated_roles_cannot_sign_outside_their_paths() {
    let mut fixture = Fixture::new();
    let mut targets = fixture.repository.targets(MUNICIPALITY).unwrap().clone();
    targets.version += 10;
    let evil = TargetFile::from_bytes(b"evil", None);
    for path in ["nl/evil.zst", NATIONAL_PACK, "gm0794/sub/evil.zst", "gm0795/evil.zst"] {
        targets.targets.insert(path.to_owned(), evil.clone());
    }
    let keys = fixture.keys.clone();
    fixture.serve_targets(MUNICIPALITY, &targets, &[&keys.municipality]);
    let client = fixture.refreshed_client();
    assert_eq!(client.targets(MUNICIPALITY).unwrap().len(), 5, "the role itself lists them");
    assert_eq!(client.resolve_target("nl/evil.zst"), None);
    assert_eq!(client.resolve_target("gm0794/sub/evil.zst"), None, "* does not cross /");
    assert_eq!(client.resolve_target("gm0795/evil.zst"), None);
    let national = client.resolve_target(NATIONAL_PACK).unwrap();
    assert_eq!((national.role.as_str(), national.target.length), ("targets", 16));
    assert_eq!(client.resolve_target(MUNICIPAL_PACK).unwrap().role, MUNICIPALITY);
}

#[test]
fn a_revoked_delegation_can_no_longer_be_loaded_or_resolved() {
    let mut fixture = Fixture::new();
    let mut client = fixture.refreshed_client();
    fixture.repository.revoke("targets", MUNICIPALITY).unwrap();
    fixture.now += TimeDelta::hours(1);
    fixture.publish();
    client.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap();
    assert_eq!(client.resolve_target(MUNICIPAL_PACK), None);
    assert_eq!(client.targets(MUNICIPALITY), None);
    assert_eq!(client.targets_metadata("targets").unwrap().delegation(MUNICIPALITY), None);
    for role in [MUNICIPALITY, "GM9999"] {
        let error = client.load_role(&mut fixture.server, fixture.now, Freshness::Online, role).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::NotAllowed);
    }
}

#[test]
fn malformed_and_oversized_metadata_is_refused() {
    check_first_refresh_refused(ErrorKind::Malformed, |fixture| {
        fixture
            .server
            .files
            .insert("timestamp.json".to_owned(), b"<!DOCTYPE html><html>Log in to Wi-Fi</html>".to_vec());
    });
    check_first_refresh_refused(ErrorKind::Malformed, |fixture| {
        let bytes = fixture.file("timestamp.json");
        fixture
            .server
            .files
            .insert("timestamp.json".to_owned(), replace_in(&bytes, "\"version\":1", "\"version\":1.0"));
    });
    check_first_refresh_refused(ErrorKind::Malformed, |fixture| {
        let bytes = fixture.file("timestamp.json");
        let duplicate = replace_in(&bytes, "\"version\":1", "\"version\":1,\"version\":9");
        fixture.server.files.insert("timestamp.json".to_owned(), duplicate);
    });
    check_first_refresh_refused(ErrorKind::Malformed, |fixture| {
        let timestamp = fixture.next_timestamp();
        let mut value = serde_json::to_value(&timestamp).unwrap();
        value["spec_version"] = "2.0.0".into();
        let bytes = sign_value(value, &[&fixture.keys.timestamp[0], &fixture.keys.timestamp[1]]).unwrap();
        fixture.server.files.insert("timestamp.json".to_owned(), bytes);
    });
    check_first_refresh_refused(ErrorKind::Malformed, |fixture| {
        let mut value = serde_json::to_value(fixture.next_timestamp()).unwrap();
        value["_type"] = "snapshot".into();
        let bytes = sign_value(value, &[&fixture.keys.timestamp[0], &fixture.keys.timestamp[1]]).unwrap();
        fixture.server.files.insert("timestamp.json".to_owned(), bytes);
    });
    check_first_refresh_refused(ErrorKind::TooLarge, |fixture| {
        fixture.server.files.insert("timestamp.json".to_owned(), vec![b' '; 20_000]);
    });
    check_first_refresh_refused(ErrorKind::TooLarge, |fixture| {
        fixture.server.ignores_max_len = true;
        fixture.server.files.insert("2.root.json".to_owned(), vec![b' '; 100_000]);
    });
    check_first_refresh_refused(ErrorKind::Unreachable, |fixture| {
        fixture.server.files.remove("timestamp.json");
    });
    check_first_refresh_refused(ErrorKind::Inconsistent, |fixture| {
        fixture.server.files.remove("1.snapshot.json");
    });
}

#[test]
fn transport_errors_keep_their_kind() {
    #[derive(Debug)]
    struct Failing(TransportError);
    impl Transport for Failing {
        fn fetch(&mut self, _: &Request<'_>) -> Result<Fetched, TransportError> {
            Err(self.0.clone())
        }
    }
    let fixture = Fixture::new();
    for (error, kind) in [
        (TransportError::Unreachable("offline".into()), ErrorKind::Unreachable),
        (TransportError::Malformed("portal".into()), ErrorKind::Malformed),
        (TransportError::TooLarge { path: "timestamp.json".into(), max_len: 1 }, ErrorKind::TooLarge),
    ] {
        let mut client = fixture.client();
        let refused = client.refresh(&mut Failing(error), fixture.now, Freshness::Online).unwrap_err();
        assert_eq!(refused.kind(), kind);
    }
}

#[test]
fn stored_state_is_verified_again() {
    let mut fixture = Fixture::new();
    let client = fixture.refreshed_client();
    let mut state = client.state();
    let mut corrupt = state.clone();
    corrupt.timestamp = Some(b"{}".to_vec());
    let restored = Client::load(&fixture.pinned_root, Some(&corrupt)).unwrap();
    assert_eq!(restored.timestamp_version(), None, "a timestamp that does not verify is dropped");
    assert_eq!(restored.state().timestamp_etag, None);

    // Without a trusted snapshot, a stored entity tag is not sent: a 304 would leave it missing.
    let mut without_snapshot = state.clone();
    without_snapshot.snapshot = Some(b"[]".to_vec());
    let mut restored = Client::load(&fixture.pinned_root, Some(&without_snapshot)).unwrap();
    assert_eq!(restored.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap(), Refresh::Updated);
    assert_eq!(restored.snapshot_version(), Some(1));

    // A stored root newer than the pinned one must be signed by its own keys.
    let mut root = fixture.repository.root().clone();
    root.version = 5;
    state.root = sign(&root, &[&SigningKey::generate()]).unwrap();
    assert_eq!(Client::load(&fixture.pinned_root, Some(&state)).unwrap_err().kind(), ErrorKind::Signature);
}

/// Top-level targets delegating `shared/*` to role A, then to role B; only B lists the target.
/// A terminating A hides B for those paths; a non-terminating A lets the search go on to B.
#[test]
fn a_terminating_delegation_ends_the_search() {
    for (a_terminating, expected) in [(false, Some("B")), (true, None)] {
        let mut fixture = Fixture::new();
        let keys = fixture.keys.clone();
        let mut top = fixture.repository.targets("targets").unwrap().clone();
        top.version += 10;
        let delegations = top.delegations.as_mut().unwrap();
        let key_id = keys.municipality.key_id();
        for (name, terminating) in [("A", a_terminating), ("B", false)] {
            let mut role = delegations.roles[0].clone();
            role.name = name.to_owned();
            role.keyids = vec![key_id.clone()];
            role.terminating = terminating;
            role.paths = Some(vec!["shared/*".to_owned()]);
            delegations.roles.push(role);
        }
        let mut snapshot = fixture.repository.snapshot().unwrap().clone();
        snapshot.version += 10;
        for (name, listed) in [("A", None), ("B", Some("shared/pack"))] {
            let mut role = Targets::new(1, top.expires);
            if let Some(path) = listed {
                role.targets.insert(path.to_owned(), TargetFile::from_bytes(b"shared", None));
            }
            let file_name = wegwijs_trust::metadata::targets_file_name(1, name);
            fixture.server.files.insert(file_name, sign(&role, &[&keys.municipality]).unwrap());
            snapshot.meta.insert(format!("{name}.json"), wegwijs_trust::MetaFile::new(1));
        }
        let file_name = wegwijs_trust::metadata::targets_file_name(top.version, "targets");
        fixture.server.files.insert(file_name, sign(&top, &[&keys.targets]).unwrap());
        snapshot.meta.get_mut("targets.json").unwrap().version = top.version;
        fixture.serve_snapshot(&snapshot, &[&keys.snapshot]);

        let mut client = fixture.client();
        client.refresh(&mut fixture.server, fixture.now, Freshness::Online).unwrap();
        for role in ["A", "B"] {
            client.load_role(&mut fixture.server, fixture.now, Freshness::Online, role).unwrap();
        }
        let resolved = client.resolve_target("shared/pack");
        assert_eq!(resolved.map(|resolved| resolved.role).as_deref(), expected, "A terminating: {a_terminating}");
    }
}
