//! Keys and signatures as securesystemslib writes them: `ed25519` (public key in hex),
//! `ecdsa-sha2-nistp256` (keytype `ecdsa`, a PEM SubjectPublicKeyInfo public key, DER-encoded
//! signatures over SHA-256) and `rsassa-pss-sha256` (keytype `rsa`, a PEM SubjectPublicKeyInfo
//! public key, RSA-PSS with MGF1-SHA-256 and a 32-byte salt). Key ids as securesystemslib
//! computes them, and threshold checks that count each key once.
//!
//! Publishers sign with ed25519 or ECDSA P-256 (the curve hardware tokens, HSMs and cloud key
//! services offer); RSA keys are only verified.

use std::collections::{BTreeMap, BTreeSet};

use ed25519_dalek::VerifyingKey;
use p256::pkcs8::{DecodePublicKey, EncodePublicKey, LineEnding};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256, Sha512};

use crate::metadata::Signature;
use crate::{Error, ErrorKind, Result, cjson};

/// Key type and signature scheme of ed25519 keys.
pub const ED25519: &str = "ed25519";
/// Key type of ECDSA keys (securesystemslib before 1.0 wrote the scheme here too).
pub const ECDSA: &str = "ecdsa";
/// Signature scheme of ECDSA P-256 keys with SHA-256.
pub const ECDSA_SHA2_NISTP256: &str = "ecdsa-sha2-nistp256";
/// Key type of RSA keys.
pub const RSA: &str = "rsa";
/// Signature scheme of RSA keys: RSA-PSS with SHA-256.
pub const RSASSA_PSS_SHA256: &str = "rsassa-pss-sha256";

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
    /// The public key: 32 bytes in hex for ed25519, PEM SubjectPublicKeyInfo otherwise.
    pub public: String,
    #[serde(flatten)]
    pub unrecognized: BTreeMap<String, Value>,
}

/// A public key this crate can verify with.
enum PublicKey {
    Ed25519(VerifyingKey),
    EcdsaP256(p256::ecdsa::VerifyingKey),
    RsaPss(rsa::pss::VerifyingKey<Sha256>),
}

impl Key {
    pub fn ed25519(public: &VerifyingKey) -> Key {
        Key::new(ED25519, ED25519, hex::encode(public.as_bytes()))
    }

    /// An ECDSA P-256 key as securesystemslib writes it (keytype `ecdsa`, PEM public key).
    pub fn ecdsa_p256(public: &p256::ecdsa::VerifyingKey) -> Key {
        let pem = public.to_public_key_pem(LineEnding::LF).expect("a P-256 public key encodes");
        Key::new(ECDSA, ECDSA_SHA2_NISTP256, pem)
    }

    fn new(keytype: &str, scheme: &str, public: String) -> Key {
        Key {
            keytype: keytype.to_owned(),
            scheme: scheme.to_owned(),
            keyval: KeyValue { public, unrecognized: BTreeMap::new() },
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
        match self.public()? {
            PublicKey::Ed25519(public) => Some(public),
            _ => None,
        }
    }

    /// Whether this is a valid key of a type and scheme this crate verifies.
    pub fn is_supported(&self) -> bool {
        self.public().is_some()
    }

    /// The key itself, apart from how it is written (hex or PEM, line breaks): two entries
    /// with the same identity are the same key. `None` for unsupported or invalid keys.
    pub fn identity(&self) -> Option<Vec<u8>> {
        let (tag, bytes) = match self.public()? {
            PublicKey::Ed25519(public) => (0, public.as_bytes().to_vec()),
            PublicKey::EcdsaP256(public) => (1, public.to_encoded_point(true).as_bytes().to_vec()),
            PublicKey::RsaPss(public) => (2, public.to_public_key_der().ok()?.into_vec()),
        };
        Some([vec![tag], bytes].concat())
    }

    /// Whether `signature_hex` is a valid signature of `message` by this key.
    pub fn verifies(&self, message: &[u8], signature_hex: &str) -> bool {
        let Some(public) = self.public() else { return false };
        let Ok(bytes) = hex::decode(signature_hex) else { return false };
        match public {
            PublicKey::Ed25519(public) => ed25519_dalek::Signature::from_slice(&bytes)
                .is_ok_and(|signature| public.verify_strict(message, &signature).is_ok()),
            PublicKey::EcdsaP256(public) => {
                use p256::ecdsa::signature::Verifier;
                p256::ecdsa::Signature::from_der(&bytes)
                    .is_ok_and(|signature| public.verify(message, &signature).is_ok())
            }
            PublicKey::RsaPss(public) => {
                use rsa::signature::Verifier;
                rsa::pss::Signature::try_from(bytes.as_slice())
                    .is_ok_and(|signature| public.verify(message, &signature).is_ok())
            }
        }
    }

    fn public(&self) -> Option<PublicKey> {
        let public = &self.keyval.public;
        match (self.keytype.as_str(), self.scheme.as_str()) {
            (ED25519, ED25519) => {
                let bytes: [u8; 32] = hex::decode(public).ok()?.try_into().ok()?;
                VerifyingKey::from_bytes(&bytes).ok().map(PublicKey::Ed25519)
            }
            (ECDSA | ECDSA_SHA2_NISTP256, ECDSA_SHA2_NISTP256) => {
                p256::ecdsa::VerifyingKey::from_public_key_pem(public).ok().map(PublicKey::EcdsaP256)
            }
            (RSA, RSASSA_PSS_SHA256) => {
                let key = rsa::RsaPublicKey::from_public_key_pem(public).ok()?;
                Some(PublicKey::RsaPss(rsa::pss::VerifyingKey::new(key)))
            }
            _ => None,
        }
    }
}

#[cfg(feature = "sign")]
mod signing;
#[cfg(feature = "sign")]
pub use signing::SigningKey;

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
        let Some(identity) = key.identity() else { continue };
        let signed = signatures
            .iter()
            .filter(|signature| &signature.keyid == key_id)
            .any(|signature| key.verifies(message, &signature.sig));
        if signed {
            signing_keys.insert(identity);
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

    /// Keys and signatures made by securesystemslib 1.4 (`CryptoSigner.generate_ecdsa()`,
    /// `generate_rsa()`, signing `b"wegwijs"`). The ECDSA signature has a high S value, as
    /// OpenSSL writes them.
    #[test]
    fn securesystemslib_ecdsa_and_rsa_pss_signatures_verify() {
        for (keytype, scheme, public, signature, key_id) in [
            (
                "ecdsa",
                "ecdsa-sha2-nistp256",
                "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE2QEYVBSaFvUpfJTZX1ksLOLeSqR0\n5PtvdWTXZNVbNMXcOAZE89lf/LpnE1yTQdZ0qOtOOIhN6VQhSp6+TSETng==\n-----END PUBLIC KEY-----\n",
                "304502200dde5bbd1f9d653c4d111cd5dac73b85558fe800bf471f195e09c7b60bed6357022100fcd11c88517c0c3db27123ef0986e25d50fcedf1732032b1dcaef5c39d6d04b1",
                "503ce621ac000f0e1ab5f4620535a3e3a5fcdc004dfe66379a1e60f522381a56",
            ),
            (
                "rsa",
                "rsassa-pss-sha256",
                "-----BEGIN PUBLIC KEY-----\nMIIBojANBgkqhkiG9w0BAQEFAAOCAY8AMIIBigKCAYEA6n+r8jwCHmrZAY+gWvvK\nyUDDvdZCZA4haUxKXa9psc3QJ5q2e+0fc5hVhfpmoa2fneWf2PWDGDfNflfSrZrR\nwTZpKN/7aMRx9Y8fFBV3tGenULVkRvyU+ExnKJOUhEmxE742AY+fq5KAL0YrNO8b\nnFWfyxuDgZKjKXY2FlX//TbESpfB7gfQeozR/l+zDCinLnn4i7BvCjhDBt4gwWkq\nkVf9emlM2VEWrYLTnuY6nu1pRwFTkGoT3A3ryPo+9/ghP0JYogqpJnx/MUc/efNj\nkgVY/w6xkOaZ13bJltFJKy7QoFqDlP0iQBz0KdgR0QEd638NMc4rkCRktOXcHFb+\n0q0hWh8VBdDOVYEwzVI4d3mczkeyHCkaXaqm6KxSVqjfGhC9ewGmV+bU004pCVkp\npImH0wit1taR1GJDj+pL7b/WZXySfcBIaTkT3IJyTZGhda8LKBY3Jh4jj08UIThE\nXqySCdyVfa5hgOvSSdpRFIl4qTfZPw4qD5gbvrUrEmPPAgMBAAE=\n-----END PUBLIC KEY-----\n",
                "41a64d70b00df29b1786e8497ef0013236ba69a479678a5b40bd0961ff90e664ac581e6ba8123bae0e7fbfe11df71cb575249adc5c3205591a67d73affae45000801d0412851c513358340ba933d437ffbb4bdec09c53b326191882326d3c49db5c33e4129ddc87297481cf72472ef7e1b2cf534673ef12098894709f8d825ba45a96edf20e76c0c5810c96624a6ae717166fcb0d0e37d3b5abf137c986964612dacbdcfc71d63a74e31dfdc9b16b38e21ac05ac71f9d19f879944bec6acbc85c21d0b05fd14890731afe30d06c85c3486911b0611acef7133f80aabbf2d82bd7766f7626f825e693117bbcdd53613bc307239e300b8dfae11d71f394d353352af0bec057605bbe3b349f31cb7dc4d2ba93caa2acb330fe4018a07fb786850e273909a5e6c0c0b572353baa76aa944e0c24b747116885e7af6bf145d4a68ccbf4a4efde5a7eda56a03f49c136a3b392628fbb04a0cd759be6f468e2f073ea607d5fcd9a68b1b71008f7daf642fa933dbaf3dd6bcf89909b8cacabb9b8e811839",
                "e659444ed41b04c60343f56cae92bae62be748905245b5b4f3a36ee188939313",
            ),
        ] {
            let key = Key::new(keytype, scheme, public.to_owned());
            assert_eq!(key.key_id(), key_id);
            assert!(key.is_supported(), "{scheme}");
            assert!(key.verifies(b"wegwijs", signature), "{scheme}");
            assert!(!key.verifies(b"wegwijS", signature), "{scheme}");
            let mut other_scheme = key.clone();
            other_scheme.scheme = "rsa-pkcs1v15-sha256".to_owned();
            assert!(!other_scheme.verifies(b"wegwijs", signature), "{scheme}");
        }
    }

    #[test]
    fn ecdsa_keys_sign_verify_and_round_trip_through_key_files() {
        let key = SigningKey::generate_ecdsa_p256();
        let public = key.public_key();
        assert_eq!((public.keytype.as_str(), public.scheme.as_str()), (ECDSA, ECDSA_SHA2_NISTP256));
        assert!(public.keyval.public.starts_with("-----BEGIN PUBLIC KEY-----\n"));
        let signature = key.sign(b"signed");
        assert!(public.verifies(b"signed", &signature.sig));
        let text = format!("# INSECURE test key\n{}", key.to_key_file());
        assert!(text.contains("-----BEGIN PRIVATE KEY-----"));
        assert_eq!(SigningKey::from_key_file(&text).unwrap().key_id(), key.key_id());
        // The same key written with other line breaks is still one key for thresholds.
        let mut rewrapped = public.clone();
        rewrapped.keyval.public = public.keyval.public.replace('\n', "\r\n");
        assert_eq!(rewrapped.identity(), public.identity());
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
