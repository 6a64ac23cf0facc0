//! Private keys of publishers. Only with the `sign` feature: the phone app verifies and never
//! signs, so it ships without this code.

use std::collections::BTreeMap;
use std::fmt;

use ed25519_dalek::Signer;
use p256::pkcs8::{DecodePrivateKey, EncodePrivateKey, LineEnding};
use rand_core::OsRng;

use super::Key;
use crate::metadata::Signature;
use crate::{Error, ErrorKind, Result};

/// A private key of a publisher: ed25519 or ECDSA P-256. Its `Debug` output shows only the
/// key id.
#[derive(Clone)]
pub struct SigningKey {
    inner: Inner,
}

#[derive(Clone)]
enum Inner {
    Ed25519(ed25519_dalek::SigningKey),
    EcdsaP256(p256::ecdsa::SigningKey),
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.debug_struct("SigningKey").field("key_id", &self.key_id()).finish()
    }
}

impl SigningKey {
    /// A new ed25519 key.
    pub fn generate() -> SigningKey {
        SigningKey { inner: Inner::Ed25519(ed25519_dalek::SigningKey::generate(&mut OsRng)) }
    }

    /// A new ECDSA P-256 key (`ecdsa-sha2-nistp256`).
    pub fn generate_ecdsa_p256() -> SigningKey {
        SigningKey { inner: Inner::EcdsaP256(p256::ecdsa::SigningKey::random(&mut OsRng)) }
    }

    /// Reads a key file's text: an ed25519 seed in hex (64 digits), or an ECDSA P-256 key as
    /// PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`, as `openssl genpkey` and key services
    /// export it). Blank lines and lines starting with `#` are ignored, so development keys
    /// can carry an "INSECURE" label.
    pub fn from_key_file(text: &str) -> Result<SigningKey> {
        let lines: Vec<&str> =
            text.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#')).collect();
        if lines.first().is_some_and(|line| line.starts_with("-----BEGIN")) {
            let pem = lines.join("\n");
            let key = p256::ecdsa::SigningKey::from_pkcs8_pem(&pem)
                .map_err(|_| Error::new(ErrorKind::Malformed, "a PEM key file holds a PKCS#8 ECDSA P-256 key"))?;
            return Ok(SigningKey { inner: Inner::EcdsaP256(key) });
        }
        let seed: [u8; 32] = hex::decode(lines.concat())
            .ok()
            .and_then(|bytes| bytes.try_into().ok())
            .ok_or_else(|| Error::new(ErrorKind::Malformed, "a key file holds a 64-digit hex seed or a PEM key"))?;
        Ok(SigningKey { inner: Inner::Ed25519(ed25519_dalek::SigningKey::from_bytes(&seed)) })
    }

    /// The text of a key file: the ed25519 seed in hex followed by a newline, or the ECDSA key
    /// as PKCS#8 PEM.
    pub fn to_key_file(&self) -> String {
        match &self.inner {
            Inner::Ed25519(key) => format!("{}\n", hex::encode(key.to_bytes())),
            Inner::EcdsaP256(key) => key.to_pkcs8_pem(LineEnding::LF).expect("a P-256 key encodes").to_string(),
        }
    }

    /// Same as [`SigningKey::from_key_file`].
    pub fn from_seed_hex(text: &str) -> Result<SigningKey> {
        SigningKey::from_key_file(text)
    }

    /// Same as [`SigningKey::to_key_file`].
    pub fn to_seed_hex(&self) -> String {
        self.to_key_file()
    }

    pub fn public_key(&self) -> Key {
        match &self.inner {
            Inner::Ed25519(key) => Key::ed25519(&key.verifying_key()),
            Inner::EcdsaP256(key) => Key::ecdsa_p256(key.verifying_key()),
        }
    }

    pub fn key_id(&self) -> String {
        self.public_key().key_id()
    }

    /// Signs `message` (the canonical JSON of a `signed` object).
    pub fn sign(&self, message: &[u8]) -> Signature {
        let signature = match &self.inner {
            Inner::Ed25519(key) => key.sign(message).to_bytes().to_vec(),
            Inner::EcdsaP256(key) => {
                let signature: p256::ecdsa::Signature = key.sign(message);
                signature.to_der().as_bytes().to_vec()
            }
        };
        Signature { keyid: self.key_id(), sig: hex::encode(signature), unrecognized: BTreeMap::new() }
    }
}
