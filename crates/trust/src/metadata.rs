//! Typed TUF 1.0 metadata: the four top-level roles, delegations, target and meta files, the
//! signed envelope, and the path rules of delegations.
//!
//! Typed structs are built only after signatures were checked over the canonical encoding of
//! the parsed `signed` value ([`Envelope`]). They keep fields they do not know in
//! `unrecognized`, as the specification asks, so a publisher that loads and re-signs a python-tuf
//! repository does not lose them.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[cfg(feature = "sign")]
use crate::crypto::SigningKey;
use crate::crypto::{Key, check_threshold};
use crate::{Error, ErrorKind, Result, cjson};

/// The specification version this crate writes.
pub const SPEC_VERSION: &str = "1.0.31";

/// Names of the top-level roles; a delegated role may not use them.
pub const TOP_LEVEL_ROLES: [&str; 4] = ["root", "timestamp", "snapshot", "targets"];

/// One signature in an envelope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    pub keyid: String,
    /// The signature, hex (for ECDSA, of its DER encoding).
    pub sig: String,
    #[serde(flatten)]
    pub unrecognized: BTreeMap<String, Value>,
}

/// A metadata file as parsed, before its signatures are checked: `signed` stays an untyped
/// value so signatures are checked over exactly what was received.
#[derive(Debug, Clone, PartialEq)]
pub struct Envelope {
    pub signed: Value,
    pub signatures: Vec<Signature>,
}

impl Envelope {
    /// Parses a metadata file strictly (see [`cjson`]).
    pub fn parse(bytes: &[u8]) -> Result<Envelope> {
        let mut value = cjson::parse(bytes)?;
        let object = value.as_object_mut().ok_or_else(|| malformed("metadata is not a JSON object"))?;
        let signed = object.remove("signed").ok_or_else(|| malformed("no \"signed\" object"))?;
        if !signed.is_object() {
            return Err(malformed("\"signed\" is not an object"));
        }
        let signatures = object.remove("signatures").ok_or_else(|| malformed("no \"signatures\" list"))?;
        let signatures: Vec<Signature> =
            serde_json::from_value(signatures).map_err(|error| malformed(format!("signatures: {error}")))?;
        // Two signatures under one key id: refused, as python-tuf does, rather than picking one.
        let mut key_ids = std::collections::BTreeSet::new();
        if let Some(signature) = signatures.iter().find(|signature| !key_ids.insert(signature.keyid.as_str())) {
            return Err(Error::new(ErrorKind::Signature, format!("two signatures by key {}", signature.keyid)));
        }
        Ok(Envelope { signed, signatures })
    }

    /// The bytes signatures cover: the canonical encoding of `signed`.
    pub fn signed_bytes(&self) -> Result<Vec<u8>> {
        cjson::encode(&self.signed)
    }

    /// Checks that `threshold` of `key_ids` signed this envelope.
    pub fn check_signatures(
        &self,
        role: &str,
        keys: &BTreeMap<String, Key>,
        key_ids: &[String],
        threshold: u32,
    ) -> Result<()> {
        check_threshold(role, &self.signed_bytes()?, &self.signatures, keys, key_ids, threshold)
    }

    /// Builds the typed metadata, checking `_type`, `spec_version` and the version. Call this
    /// only after [`Envelope::check_signatures`].
    pub fn decode<T: RoleMetadata>(&self) -> Result<T> {
        let metadata: T =
            serde_json::from_value(self.signed.clone()).map_err(|error| malformed(format!("{}: {error}", T::TYPE)))?;
        if metadata.kind() != T::TYPE {
            return Err(malformed(format!("_type is {:?}, expected {:?}", metadata.kind(), T::TYPE)));
        }
        check_spec_version(metadata.spec_version())?;
        if metadata.version() == 0 {
            return Err(malformed(format!("{}: version 0", T::TYPE)));
        }
        metadata.check()?;
        Ok(metadata)
    }

    /// The canonical bytes of the whole file.
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        let canonical = cjson::to_canonical(&serde_json::json!({
            "signatures": self.signatures,
            "signed": self.signed,
        }))?;
        // Canonical JSON keeps control characters raw, which no JSON parser (python-tuf's,
        // ours) reads. Signatures cover the canonical form of the parsed value, so the file
        // escapes them; outside strings the canonical form has no bytes below 0x20.
        let mut file = Vec::with_capacity(canonical.len());
        for byte in canonical {
            if byte < 0x20 {
                file.extend_from_slice(format!("\\u{byte:04x}").as_bytes());
            } else {
                file.push(byte);
            }
        }
        Ok(file)
    }
}

#[cfg(feature = "sign")]
/// Signs metadata with every key in `signers` and returns the file's bytes (canonical JSON).
/// Nothing checks that the signers are the right ones: tests use this to craft bad metadata.
pub fn sign<T: Serialize>(signed: &T, signers: &[&SigningKey]) -> Result<Vec<u8>> {
    let signed = serde_json::to_value(signed).map_err(|error| malformed(error.to_string()))?;
    sign_value(signed, signers)
}

#[cfg(feature = "sign")]
/// Like [`sign`], over an untyped value (to sign what typed structs cannot express).
pub fn sign_value(signed: Value, signers: &[&SigningKey]) -> Result<Vec<u8>> {
    let message = cjson::encode(&signed)?;
    let signatures = signers.iter().map(|signer| signer.sign(&message)).collect();
    Envelope { signed, signatures }.to_bytes()
}

/// What the four kinds of metadata share.
pub trait RoleMetadata: Serialize + DeserializeOwned + Clone {
    /// The `_type` value.
    const TYPE: &'static str;
    fn kind(&self) -> &str;
    fn spec_version(&self) -> &str;
    fn version(&self) -> u64;
    fn expires(&self) -> DateTime<Utc>;
    /// Checks rules serde cannot express.
    fn check(&self) -> Result<()>;
}

/// `root.json`: the keys of all top-level roles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Root {
    #[serde(rename = "_type")]
    pub kind: String,
    pub spec_version: String,
    pub version: u64,
    #[serde(with = "expiry_format")]
    pub expires: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consistent_snapshot: Option<bool>,
    pub keys: BTreeMap<String, Key>,
    pub roles: BTreeMap<String, RoleKeys>,
    #[serde(flatten)]
    pub unrecognized: BTreeMap<String, Value>,
}

/// The keys of one top-level role and how many must sign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleKeys {
    pub keyids: Vec<String>,
    pub threshold: u32,
    #[serde(flatten)]
    pub unrecognized: BTreeMap<String, Value>,
}

impl Root {
    /// The keys and threshold of a top-level role.
    pub fn role(&self, name: &str) -> Result<&RoleKeys> {
        self.roles.get(name).ok_or_else(|| malformed(format!("root does not define the {name} role")))
    }

    /// Checks that `envelope` is signed by the threshold of `role`'s keys in this root.
    pub fn check_signatures(&self, role: &str, envelope: &Envelope) -> Result<()> {
        let role_keys = self.role(role)?;
        envelope.check_signatures(role, &self.keys, &role_keys.keyids, role_keys.threshold)
    }

    /// The public keys of a role, for comparing roots before and after a rotation.
    pub fn role_public_keys(&self, name: &str) -> Vec<&Key> {
        let Some(role) = self.roles.get(name) else { return Vec::new() };
        let mut keys: Vec<&Key> = role.keyids.iter().filter_map(|id| self.keys.get(id)).collect();
        keys.sort_by(|a, b| a.keyval.public.cmp(&b.keyval.public));
        keys.dedup();
        keys
    }
}

/// `timestamp.json`: the version, length and hash of the current snapshot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timestamp {
    #[serde(rename = "_type")]
    pub kind: String,
    pub spec_version: String,
    pub version: u64,
    #[serde(with = "expiry_format")]
    pub expires: DateTime<Utc>,
    /// Exactly one entry, `snapshot.json`.
    pub meta: BTreeMap<String, MetaFile>,
    #[serde(flatten)]
    pub unrecognized: BTreeMap<String, Value>,
}

impl Timestamp {
    pub fn snapshot_meta(&self) -> &MetaFile {
        // `check` made sure the entry exists.
        &self.meta["snapshot.json"]
    }
}

/// `<V>.snapshot.json`: the version of every targets role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    #[serde(rename = "_type")]
    pub kind: String,
    pub spec_version: String,
    pub version: u64,
    #[serde(with = "expiry_format")]
    pub expires: DateTime<Utc>,
    /// `targets.json`, `<ROLE>.json` for each delegated role.
    pub meta: BTreeMap<String, MetaFile>,
    #[serde(flatten)]
    pub unrecognized: BTreeMap<String, Value>,
}

impl Snapshot {
    pub fn role_meta(&self, role: &str) -> Option<&MetaFile> {
        self.meta.get(&format!("{role}.json"))
    }
}

/// `<V>.targets.json` and `<V>.<ROLE>.json`: target files and delegations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Targets {
    #[serde(rename = "_type")]
    pub kind: String,
    pub spec_version: String,
    pub version: u64,
    #[serde(with = "expiry_format")]
    pub expires: DateTime<Utc>,
    pub targets: BTreeMap<String, TargetFile>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegations: Option<Delegations>,
    #[serde(flatten)]
    pub unrecognized: BTreeMap<String, Value>,
}

impl Targets {
    pub fn new(version: u64, expires: DateTime<Utc>) -> Targets {
        Targets {
            kind: "targets".to_owned(),
            spec_version: SPEC_VERSION.to_owned(),
            version,
            expires,
            targets: BTreeMap::new(),
            delegations: None,
            unrecognized: BTreeMap::new(),
        }
    }

    /// The delegation of `role` made by this metadata, if any.
    pub fn delegation(&self, role: &str) -> Option<&DelegatedRole> {
        self.delegations.as_ref()?.roles.iter().find(|delegated| delegated.name == role)
    }

    /// The delegated roles, in the order they must be searched.
    pub fn delegated_roles(&self) -> &[DelegatedRole] {
        self.delegations.as_ref().map_or(&[], |delegations| &delegations.roles)
    }

    /// Checks that `envelope` is signed by the threshold of the keys this metadata gives the
    /// delegated `role`.
    pub fn check_delegated_signatures(&self, role: &str, envelope: &Envelope) -> Result<()> {
        let (Some(delegations), Some(delegated)) = (&self.delegations, self.delegation(role)) else {
            return Err(Error::new(ErrorKind::NotAllowed, format!("{role} is not delegated here")));
        };
        envelope.check_signatures(role, &delegations.keys, &delegated.keyids, delegated.threshold)
    }
}

/// Roles a targets role hands parts of its namespace to, and their keys.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Delegations {
    pub keys: BTreeMap<String, Key>,
    pub roles: Vec<DelegatedRole>,
    #[serde(flatten)]
    pub unrecognized: BTreeMap<String, Value>,
}

/// One delegation: who may sign for which target paths.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DelegatedRole {
    pub name: String,
    pub keyids: Vec<String>,
    pub threshold: u32,
    /// A terminating role ends the search: paths it matches are never looked up elsewhere.
    pub terminating: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paths: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_hash_prefixes: Option<Vec<String>>,
    #[serde(flatten)]
    pub unrecognized: BTreeMap<String, Value>,
}

impl DelegatedRole {
    /// Whether this role is trusted for `target_path`.
    pub fn covers(&self, target_path: &str) -> bool {
        if let Some(patterns) = &self.paths {
            return patterns.iter().any(|pattern| path_matches(pattern, target_path));
        }
        if let Some(prefixes) = &self.path_hash_prefixes {
            let digest = crate::crypto::sha256_hex(target_path.as_bytes());
            return prefixes.iter().any(|prefix| digest.starts_with(&prefix.to_ascii_lowercase()));
        }
        false
    }
}

/// A target file: its length and hashes, and what the publisher says about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetFile {
    pub length: u64,
    pub hashes: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom: Option<Value>,
    #[serde(flatten)]
    pub unrecognized: BTreeMap<String, Value>,
}

impl TargetFile {
    /// Describes `bytes` with their length and SHA-256.
    pub fn from_bytes(bytes: &[u8], custom: Option<Value>) -> TargetFile {
        TargetFile {
            length: bytes.len() as u64,
            hashes: BTreeMap::from([("sha256".to_owned(), crate::crypto::sha256_hex(bytes))]),
            custom,
            unrecognized: BTreeMap::new(),
        }
    }

    /// Checks that `bytes` are this file: same length, every known hash matches.
    pub fn check(&self, what: &str, bytes: &[u8]) -> Result<()> {
        if bytes.len() as u64 != self.length {
            return Err(Error::new(
                ErrorKind::Tampered,
                format!("{what}: {} bytes, {} expected", bytes.len(), self.length),
            ));
        }
        crate::crypto::check_hashes(what, bytes, &self.hashes)
    }
}

/// What timestamp says of snapshot, and snapshot of each targets role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MetaFile {
    pub version: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hashes: Option<BTreeMap<String, String>>,
    #[serde(flatten)]
    pub unrecognized: BTreeMap<String, Value>,
}

impl MetaFile {
    pub fn new(version: u64) -> MetaFile {
        MetaFile { version, length: None, hashes: None, unrecognized: BTreeMap::new() }
    }

    /// Checks `bytes` against the length and hashes, when given.
    pub fn check(&self, what: &str, bytes: &[u8]) -> Result<()> {
        if let Some(length) = self.length
            && bytes.len() as u64 != length
        {
            return Err(Error::new(ErrorKind::Tampered, format!("{what}: {} bytes, {length} expected", bytes.len())));
        }
        match &self.hashes {
            Some(hashes) => crate::crypto::check_hashes(what, bytes, hashes),
            None => Ok(()),
        }
    }
}

macro_rules! role_metadata {
    ($type:ty, $name:literal, $check:expr) => {
        impl RoleMetadata for $type {
            const TYPE: &'static str = $name;
            fn kind(&self) -> &str {
                &self.kind
            }
            fn spec_version(&self) -> &str {
                &self.spec_version
            }
            fn version(&self) -> u64 {
                self.version
            }
            fn expires(&self) -> DateTime<Utc> {
                self.expires
            }
            fn check(&self) -> Result<()> {
                let check: fn(&$type) -> Result<()> = $check;
                check(self)
            }
        }
    };
}

role_metadata!(Root, "root", check_root);
role_metadata!(Timestamp, "timestamp", |timestamp| {
    if timestamp.meta.len() != 1 || !timestamp.meta.contains_key("snapshot.json") {
        return Err(malformed("timestamp must list exactly snapshot.json"));
    }
    Ok(())
});
role_metadata!(Snapshot, "snapshot", |snapshot| {
    if !snapshot.meta.contains_key("targets.json") {
        return Err(malformed("snapshot does not list targets.json"));
    }
    Ok(())
});
role_metadata!(Targets, "targets", check_targets);

fn check_root(root: &Root) -> Result<()> {
    for name in TOP_LEVEL_ROLES {
        let role = root.role(name)?;
        check_role_keys(name, &role.keyids, role.threshold, &root.keys)?;
    }
    Ok(())
}

fn check_targets(targets: &Targets) -> Result<()> {
    for (path, target) in &targets.targets {
        if target.hashes.is_empty() {
            return Err(malformed(format!("target {path} has no hashes")));
        }
    }
    let Some(delegations) = &targets.delegations else { return Ok(()) };
    let mut names = std::collections::BTreeSet::new();
    for role in &delegations.roles {
        if TOP_LEVEL_ROLES.contains(&role.name.as_str()) || role.name.is_empty() {
            return Err(malformed(format!("delegated role may not be called {:?}", role.name)));
        }
        if !names.insert(role.name.as_str()) {
            return Err(malformed(format!("role {} delegated twice", role.name)));
        }
        if role.paths.is_some() && role.path_hash_prefixes.is_some() {
            return Err(malformed(format!("{}: both paths and path_hash_prefixes", role.name)));
        }
        check_role_keys(&role.name, &role.keyids, role.threshold, &delegations.keys)?;
    }
    Ok(())
}

fn check_role_keys(role: &str, key_ids: &[String], threshold: u32, keys: &BTreeMap<String, Key>) -> Result<()> {
    if threshold == 0 {
        return Err(malformed(format!("{role}: threshold 0")));
    }
    if let Some(missing) = key_ids.iter().find(|id| !keys.contains_key(*id)) {
        return Err(malformed(format!("{role}: key {missing} is not listed")));
    }
    Ok(())
}

/// Accepts spec versions `1.x` and `1.x.y` (same major version, as python-tuf does).
fn check_spec_version(version: &str) -> Result<()> {
    let parts: Vec<&str> = version.split('.').collect();
    let numeric = parts.iter().all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()));
    if !(2..=3).contains(&parts.len()) || !numeric || parts[0] != "1" {
        return Err(malformed(format!("unsupported spec_version {version:?}")));
    }
    Ok(())
}

/// Whether `pattern` (from a delegation's `paths`) matches `path`, one `/`-separated segment at
/// a time: both must have as many segments, and `*` (any run) and `?` (one character) never
/// match a `/`. So `gm0794/*` matches `gm0794/a` but not `gm0794/a/b`.
pub fn path_matches(pattern: &str, path: &str) -> bool {
    let pattern_segments: Vec<&str> = pattern.split('/').collect();
    let path_segments: Vec<&str> = path.split('/').collect();
    pattern_segments.len() == path_segments.len()
        && pattern_segments.iter().zip(&path_segments).all(|(pattern, segment)| segment_matches(pattern, segment))
}

/// Glob match within one segment, with backtracking to the last `*`.
fn segment_matches(pattern: &str, text: &str) -> bool {
    let pattern: Vec<char> = pattern.chars().collect();
    let text: Vec<char> = text.chars().collect();
    let (mut p, mut t) = (0, 0);
    let mut last_star: Option<(usize, usize)> = None;
    while t < text.len() {
        if p < pattern.len() && (pattern[p] == '?' || pattern[p] == text[t]) {
            p += 1;
            t += 1;
        } else if p < pattern.len() && pattern[p] == '*' {
            last_star = Some((p, t));
            p += 1;
        } else if let Some((star, matched)) = last_star {
            p = star + 1;
            t = matched + 1;
            last_star = Some((star, matched + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|&c| c == '*')
}

/// Checks that a target path is relative and has no empty, `.` or `..` segment, so it cannot
/// name a file outside the repository's `targets/`.
pub fn check_target_path(path: &str) -> Result<()> {
    let valid = !path.is_empty()
        && !path.contains('\\')
        && path.split('/').all(|segment| !segment.is_empty() && segment != "." && segment != "..");
    if !valid {
        return Err(Error::new(ErrorKind::NotAllowed, format!("invalid target path {path:?}")));
    }
    Ok(())
}

/// Where a target is fetched from with consistent snapshots: `targets/<dir>/<hash>.<name>`,
/// with the sha256 (else the first hash by algorithm name, as python-tuf picks from sorted
/// JSON) of the file.
pub fn target_fetch_path(path: &str, target: &TargetFile) -> Result<String> {
    check_target_path(path)?;
    let hash = target
        .hashes
        .get("sha256")
        .or_else(|| target.hashes.values().next())
        .ok_or_else(|| malformed(format!("target {path} has no hashes")))?;
    if hash.is_empty() || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(malformed(format!("target {path} has an invalid hash")));
    }
    Ok(match path.rsplit_once('/') {
        Some((directory, name)) => format!("targets/{directory}/{hash}.{name}"),
        None => format!("targets/{hash}.{path}"),
    })
}

/// The file name of a targets role's metadata: `<V>.<role>.json`, the role name
/// percent-encoded as python-tuf does (`urllib.parse.quote(name, "")`).
pub fn targets_file_name(version: u64, role: &str) -> String {
    let mut encoded = String::new();
    for byte in role.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    format!("{version}.{encoded}.json")
}

fn malformed(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Malformed, message)
}

/// Expiry dates are written `YYYY-MM-DDTHH:MM:SSZ`, as the specification shows.
mod expiry_format {
    use chrono::{DateTime, NaiveDateTime, Utc};
    use serde::{Deserialize, Deserializer, Serializer};

    const FORMAT: &str = "%Y-%m-%dT%H:%M:%SZ";

    pub fn serialize<S: Serializer>(time: &DateTime<Utc>, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&time.format(FORMAT).to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
        let text = String::deserialize(deserializer)?;
        NaiveDateTime::parse_from_str(&text, FORMAT)
            .map(|time| time.and_utc())
            .map_err(|_| serde::de::Error::custom(format!("expires {text:?} is not YYYY-MM-DDTHH:MM:SSZ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_patterns_match_one_segment_at_a_time() {
        for (pattern, path, expected) in [
            ("gm0794/*", "gm0794/pack.zst", true),
            ("gm0794/*", "gm0794/a/b", false),
            ("gm0794/*", "gm0795/pack", false),
            ("*", "pack", true),
            ("*", "a/b", false),
            ("*/*", "a/b", true),
            ("national/*.zst", "national/nl.zst", true),
            ("national/*.zst", "national/nl.zip", false),
            ("p?ck", "pack", true),
            ("p?ck", "p/ck", false),
            ("a*b*c", "axxbyyc", true),
            ("a*b*c", "axxbyy", false),
            ("", "", true),
            ("exact/path", "exact/path", true),
            ("exact/path", "exact/pat", false),
            ("*", "", true),
        ] {
            assert_eq!(path_matches(pattern, path), expected, "{pattern} vs {path}");
        }
    }

    #[test]
    fn path_hash_prefixes_match_the_sha256_of_the_path() {
        let digest = crate::crypto::sha256_hex(b"gm0794/pack");
        let role = |prefixes: Vec<String>| DelegatedRole {
            name: "bin".to_owned(),
            keyids: Vec::new(),
            threshold: 1,
            terminating: false,
            paths: None,
            path_hash_prefixes: Some(prefixes),
            unrecognized: BTreeMap::new(),
        };
        assert!(role(vec![digest[..2].to_owned()]).covers("gm0794/pack"));
        assert!(role(vec![digest[..4].to_ascii_uppercase()]).covers("gm0794/pack"));
        let other = if digest.starts_with('0') { "1" } else { "0" };
        assert!(!role(vec![other.to_owned()]).covers("gm0794/pack"));
    }

    #[test]
    fn fetch_path_keeps_the_directory() {
        let target = TargetFile::from_bytes(b"pack", None);
        let hash = &target.hashes["sha256"];
        assert_eq!(target_fetch_path("gm0794/nl.zst", &target).unwrap(), format!("targets/gm0794/{hash}.nl.zst"));
        assert_eq!(target_fetch_path("nl.zst", &target).unwrap(), format!("targets/{hash}.nl.zst"));
        for bad in ["", "/abs", "a/../b", "a//b", "./a", "a\\b"] {
            assert_eq!(target_fetch_path(bad, &target).unwrap_err().kind(), ErrorKind::NotAllowed, "{bad}");
        }
    }

    #[test]
    fn role_file_names_are_percent_encoded() {
        assert_eq!(targets_file_name(3, "GM0794"), "3.GM0794.json");
        assert_eq!(targets_file_name(1, "a/b c"), "1.a%2Fb%20c.json");
    }

    #[test]
    fn spec_versions_with_another_major_are_refused() {
        for good in ["1.0.31", "1.0", "1.2.0"] {
            assert!(check_spec_version(good).is_ok(), "{good}");
        }
        for bad in ["2.0.0", "1", "1.0.0.0", "1.x.0", "", "v1.0.0"] {
            assert!(check_spec_version(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn decoding_checks_type_and_keeps_unknown_fields() {
        let signed = serde_json::json!({
            "_type": "timestamp",
            "spec_version": "1.0.31",
            "version": 3,
            "expires": "2030-01-01T00:00:00Z",
            "meta": { "snapshot.json": { "version": 2, "x-extra": [1] } },
            "x-custom": { "a": "b" },
        });
        let envelope = Envelope { signed: signed.clone(), signatures: Vec::new() };
        let timestamp: Timestamp = envelope.decode().unwrap();
        assert_eq!(timestamp.snapshot_meta().version, 2);
        assert_eq!(serde_json::to_value(&timestamp).unwrap(), signed);
        assert_eq!(envelope.decode::<Snapshot>().unwrap_err().kind(), ErrorKind::Malformed);

        let mut fractional = signed;
        fractional["expires"] = "2030-01-01T00:00:00.5Z".into();
        let envelope = Envelope { signed: fractional, signatures: Vec::new() };
        assert_eq!(envelope.decode::<Timestamp>().unwrap_err().kind(), ErrorKind::Malformed);
    }
}
