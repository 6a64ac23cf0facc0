//! Keys and signatures: ed25519 only (keytype and scheme `ed25519`, public key in hex), key ids
//! as securesystemslib computes them, and threshold checks that count each key once.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use ed25519_dalek::{Signer, VerifyingKey};
use rand_core::OsRng;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256, Sha512};

use crate::metadata::Signature;
use crate::{Error, ErrorKind, Result, cjson};

/// The only key type and signature scheme this crate accepts.
pub const ED25519: &str = "ed25519";

/// A public key as it appears in root and delegation metadata.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Key {
    pub keytype: String,
    pub scheme: String,
    pub keyval: KeyValue,
    /// Fields this crate does not know (for example `keyid_hash_algorithms` written by old
    /// securesystemslib versions), kept so re-encoding is faithful.
    #[serde(flatten)]
    pub unrecognized: BTreeMap<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyValue {
    /// The 32-byte ed25519 public key, hex.
    pub public: String,
    #[serde(flatten)]
    pub unrecognized: BTreeMap<String, Value>,
}

impl Key {
    pub fn ed25519(public: &VerifyingKey) -> Key {
        Key {
            keytype: ED25519.to_owned(),
            scheme: ED25519.to_owned(),
            keyval: KeyValue { public: hex::encode(public.as_bytes()), unrecognized: BTreeMap::new() },
            unrecognized: BTreeMap::new(),
        }
    }

    /// Hex SHA-256 of the canonical JSON of the key object, as securesystemslib computes it.
    /// The client does not require repositories to use these ids (python-tuf does not either);
    /// it only uses key ids to look keys up.
    pub fn key_id(&self) -> String {
        let object = serde_json::json!({
            "keytype": self.keytype,
            "scheme": self.scheme,
            "keyval": self.keyval,
        });
        let canonical = cjson::encode(&object).expect("a key object holds only strings");
        hex::encode(Sha256::digest(canonical))
    }

    /// The ed25519 public key, or `None` when the key is of another type or not valid.
    pub fn ed25519_public(&self) -> Option<VerifyingKey> {
        if self.keytype != ED25519 || self.scheme != ED25519 {
            return None;
        }
        let bytes: [u8; 32] = hex::decode(&self.keyval.public).ok()?.try_into().ok()?;
        VerifyingKey::from_bytes(&bytes).ok()
    }

    /// Whether `signature_hex` is a valid strict ed25519 signature of `message` by this key.
    pub fn verifies(&self, message: &[u8], signature_hex: &str) -> bool {
        let Some(public) = self.ed25519_public() else { return false };
        let Ok(bytes) = hex::decode(signature_hex) else { return false };
        let Ok(signature) = ed25519_dalek::Signature::from_slice(&bytes) else { return false };
        public.verify_strict(message, &signature).is_ok()
    }
}

/// A private ed25519 key of a publisher. Its `Debug` output shows only the key id.
#[derive(Clone)]
pub struct SigningKey {
    inner: ed25519_dalek::SigningKey,
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.debug_struct("SigningKey").field("key_id", &self.key_id()).finish()
    }
}

impl SigningKey {
    pub fn generate() -> SigningKey {
        SigningKey { inner: ed25519_dalek::SigningKey::generate(&mut OsRng) }
    }

    /// Reads a key file's text: the 32-byte seed in hex. Blank lines and lines starting with
    /// `#` are ignored, so development keys can carry an "INSECURE" label.
    pub fn from_seed_hex(text: &str) -> Result<SigningKey> {
        let seed_hex: String =
            text.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#')).collect();
        let seed: [u8; 32] = hex::decode(&seed_hex)
            .ok()
            .and_then(|bytes| bytes.try_into().ok())
            .ok_or_else(|| Error::new(ErrorKind::Malformed, "a key file holds a 64-digit hex seed"))?;
        Ok(SigningKey { inner: ed25519_dalek::SigningKey::from_bytes(&seed) })
    }

    /// The seed in hex, followed by a newline: the text of a key file.
    pub fn to_seed_hex(&self) -> String {
        format!("{}\n", hex::encode(self.inner.to_bytes()))
    }

    pub fn public_key(&self) -> Key {
        Key::ed25519(&self.inner.verifying_key())
    }

    pub fn key_id(&self) -> String {
        self.public_key().key_id()
    }

    /// Signs `message` (the canonical JSON of a `signed` object).
    pub fn sign(&self, message: &[u8]) -> Signature {
        Signature {
            keyid: self.key_id(),
            sig: hex::encode(self.inner.sign(message).to_bytes()),
            unrecognized: BTreeMap::new(),
        }
    }
}

/// Checks that at least `threshold` of the keys `authorized_key_ids` (looked up in `keys`)
/// signed `message`. Each distinct public key counts once, however often it is listed or has
/// signed.
pub fn check_threshold(
    role: &str,
    message: &[u8],
    signatures: &[Signature],
    keys: &BTreeMap<String, Key>,
    authorized_key_ids: &[String],
    threshold: u32,
) -> Result<()> {
    let mut signing_keys = BTreeSet::new();
    for key_id in authorized_key_ids {
        let Some(key) = keys.get(key_id) else { continue };
        let Some(public) = key.ed25519_public() else { continue };
        let signed = signatures
            .iter()
            .filter(|signature| &signature.keyid == key_id)
            .any(|signature| key.verifies(message, &signature.sig));
        if signed {
            signing_keys.insert(public.to_bytes());
        }
    }
    if threshold == 0 || signing_keys.len() < threshold as usize {
        return Err(Error::new(
            ErrorKind::Signature,
            format!("{role}: {} valid signatures, {threshold} needed", signing_keys.len()),
        ));
    }
    Ok(())
}

/// Checks `bytes` against signed hashes. Every sha256 and sha512 given must match, and at least
/// one of them must be given; other algorithms are ignored.
pub fn check_hashes(what: &str, bytes: &[u8], hashes: &BTreeMap<String, String>) -> Result<()> {
    let mut checked = 0;
    for (algorithm, expected) in hashes {
        let actual = match algorithm.as_str() {
            "sha256" => hex::encode(Sha256::digest(bytes)),
            "sha512" => hex::encode(Sha512::digest(bytes)),
            _ => continue,
        };
        if !actual.eq_ignore_ascii_case(expected) {
            return Err(Error::new(ErrorKind::Tampered, format!("{what}: {algorithm} differs")));
        }
        checked += 1;
    }
    if checked == 0 {
        return Err(Error::new(ErrorKind::Tampered, format!("{what}: no sha256 or sha512 hash to check")));
    }
    Ok(())
}

pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_id_is_sha256_of_the_canonical_key_object() {
        let key = SigningKey::from_seed_hex(&"11".repeat(32)).unwrap().public_key();
        let canonical =
            format!(r#"{{"keytype":"ed25519","keyval":{{"public":"{}"}},"scheme":"ed25519"}}"#, key.keyval.public);
        assert_eq!(key.key_id(), sha256_hex(canonical.as_bytes()));
    }

    #[test]
    fn seed_file_text_round_trips_and_ignores_comments() {
        let key = SigningKey::generate();
        let text = format!("# INSECURE development key\n{}", key.to_seed_hex());
        assert_eq!(SigningKey::from_seed_hex(&text).unwrap().key_id(), key.key_id());
        assert!(SigningKey::from_seed_hex("abcd").is_err());
    }

    #[test]
    fn threshold_counts_each_key_once() {
        let key = SigningKey::generate();
        let other = SigningKey::generate();
        let public = key.public_key();
        let mut keys = BTreeMap::from([(key.key_id(), public.clone()), ("alias".to_owned(), public)]);
        keys.insert(other.key_id(), other.public_key());
        let message = b"signed";
        let mut alias_signature = key.sign(message);
        alias_signature.keyid = "alias".to_owned();
        let signatures = [key.sign(message), key.sign(message), alias_signature];
        let ids = [key.key_id(), "alias".to_owned(), other.key_id()];
        assert!(check_threshold("root", message, &signatures, &keys, &ids, 1).is_ok());
        let error = check_threshold("root", message, &signatures, &keys, &ids, 2).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Signature);
        let both = [key.sign(message), other.sign(message)];
        assert!(check_threshold("root", message, &both, &keys, &ids, 2).is_ok());
        assert!(check_threshold("root", b"other", &both, &keys, &ids, 1).is_err());
    }

    #[test]
    fn hashes_must_match_and_one_must_be_known() {
        let hashes = BTreeMap::from([("sha256".to_owned(), sha256_hex(b"pack"))]);
        assert!(check_hashes("pack", b"pack", &hashes).is_ok());
        assert_eq!(check_hashes("pack", b"pacK", &hashes).unwrap_err().kind(), ErrorKind::Tampered);
        let unknown = BTreeMap::from([("md5".to_owned(), "00".to_owned())]);
        assert_eq!(check_hashes("pack", b"pack", &unknown).unwrap_err().kind(), ErrorKind::Tampered);
    }
}
