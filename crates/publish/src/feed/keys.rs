//! Key files of publishers: `NAME.key` holds a private ed25519 seed in hex or an ECDSA P-256
//! key in PKCS#8 PEM (readable by its owner only), `NAME.pub` the public key as it appears in
//! metadata. NAME is a role (`root`,
//! `root-2`, `targets`, `snapshot`, `timestamp`) or a municipality's code (`GM0794`).
//!
//! Each organisation keeps its own folder: the national editor's holds the root and targets
//! keys, a municipality's only its own key, the publish job on the host the online snapshot
//! and timestamp keys. A publish may read several folders.
//!
//! A key ring with a passphrase writes private keys encrypted at rest (age, with the scrypt
//! passphrase recipient: the file is a standard age file, `age -d` opens it) and reads both
//! encrypted and clear key files; clear ones are the development keys of assets/keys/insecure-dev.

use age::secrecy::SecretString;
use std::path::{Path, PathBuf};
use wegwijs_core::error::{Error, Result};
use wegwijs_trust::{Key, SigningKey};

/// One or more folders of key files.
#[derive(Clone)]
pub struct KeyRing {
    dirs: Vec<PathBuf>,
    passphrase: Option<SecretString>,
}

impl std::fmt::Debug for KeyRing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyRing").field("dirs", &self.dirs).field("passphrase", &self.passphrase.is_some()).finish()
    }
}

/// How an encrypted key file starts (the age format's first line).
const AGE_HEADER: &[u8] = b"age-encryption.org/v1\n";

/// The fewest characters a passphrase that encrypts a new key may have.
pub const MIN_PASSPHRASE_CHARS: usize = 12;

/// Whether `passphrase` may encrypt a new key (`keys generate --encrypt` and the studio).
pub fn passphrase_long_enough(passphrase: &str) -> bool {
    passphrase.chars().count() >= MIN_PASSPHRASE_CHARS
}

/// How a key is kept in a key ring's folders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyFile {
    Missing,
    Clear,
    Encrypted,
}

impl KeyRing {
    pub fn new(dir: &Path) -> KeyRing {
        KeyRing { dirs: vec![dir.to_path_buf()], passphrase: None }
    }

    /// The keys of several folders, searched in order; new keys go into the first.
    pub fn folders(dirs: &[PathBuf]) -> KeyRing {
        KeyRing { dirs: dirs.to_vec(), passphrase: None }
    }

    /// New keys are written encrypted with `passphrase`, and encrypted keys are read with it.
    pub fn with_passphrase(mut self, passphrase: &str) -> KeyRing {
        self.passphrase = Some(SecretString::from(passphrase.to_string()));
        self
    }

    /// The folders, as a user names them in messages.
    pub fn describe(&self) -> String {
        let names: Vec<String> = self.dirs.iter().map(|dir| dir.display().to_string()).collect();
        names.join(", ")
    }

    /// Makes a new ed25519 key pair `NAME.key` and `NAME.pub`; never overwrites a key. Returns
    /// the key id.
    pub fn generate(&self, name: &str) -> Result<String> {
        self.add_new(name, SigningKey::generate())
    }

    /// Writes a newly made `key` as `NAME.key` and `NAME.pub` (for an ECDSA P-256 key:
    /// `SigningKey::generate_ecdsa_p256`); never overwrites a key. Returns the key id.
    pub fn add_new(&self, name: &str, key: SigningKey) -> Result<String> {
        check_name(name)?;
        let dir = self.dirs.first().ok_or_else(|| Error::Feed("no key folder".into()))?;
        std::fs::create_dir_all(dir)?;
        let private = dir.join(format!("{name}.key"));
        if private.exists() {
            return Err(Error::Feed(format!("{} exists; keys are never overwritten", private.display())));
        }
        let clear = key.to_key_file();
        let bytes = match &self.passphrase {
            None => clear.into_bytes(),
            Some(passphrase) => age::encrypt(&age::scrypt::Recipient::new(passphrase.clone()), clear.as_bytes())
                .map_err(|e| Error::Feed(format!("encrypting {}: {e}", private.display())))?,
        };
        write_private(&private, &bytes)?;
        let public = serde_json::to_string_pretty(&key.public_key()).map_err(|e| Error::Feed(e.to_string()))?;
        std::fs::write(dir.join(format!("{name}.pub")), public + "\n")?;
        Ok(key.key_id())
    }

    /// Whether `NAME.key` is in one of the folders, and whether it is encrypted.
    pub fn key_file(&self, name: &str) -> Result<KeyFile> {
        check_name(name)?;
        let Some(path) = self.dirs.iter().map(|dir| dir.join(format!("{name}.key"))).find(|path| path.exists()) else {
            return Ok(KeyFile::Missing);
        };
        let bytes = std::fs::read(&path).map_err(|e| Error::Feed(format!("{}: {e}", path.display())))?;
        Ok(if bytes.starts_with(AGE_HEADER) { KeyFile::Encrypted } else { KeyFile::Clear })
    }

    /// The public key file `NAME.pub` of the first folder that has one.
    pub fn public_key_file(&self, name: &str) -> Result<Option<String>> {
        check_name(name)?;
        let Some(path) = self.dirs.iter().map(|dir| dir.join(format!("{name}.pub"))).find(|path| path.exists()) else {
            return Ok(None);
        };
        std::fs::read_to_string(&path).map(Some).map_err(|e| Error::Feed(format!("{}: {e}", path.display())))
    }

    /// The private key `NAME.key`.
    pub fn signer(&self, name: &str) -> Result<SigningKey> {
        self.optional_signer(name)?
            .ok_or_else(|| Error::Feed(format!("the key {name}.key is needed here (key folders: {})", self.describe())))
    }

    /// The private key `NAME.key` if one of the folders has it.
    pub fn optional_signer(&self, name: &str) -> Result<Option<SigningKey>> {
        let Some(path) = self.dirs.iter().map(|dir| dir.join(format!("{name}.key"))).find(|path| path.exists()) else {
            return Ok(None);
        };
        let bytes = std::fs::read(&path).map_err(|e| Error::Feed(format!("{}: {e}", path.display())))?;
        let clear = if bytes.starts_with(AGE_HEADER) {
            let Some(passphrase) = &self.passphrase else {
                return Err(Error::Feed(format!(
                    "{} is encrypted: give its passphrase (WEGWIJS_KEY_PASSPHRASE)",
                    path.display()
                )));
            };
            age::decrypt(&age::scrypt::Identity::new(passphrase.clone()), &bytes)
                .map_err(|e| Error::Feed(format!("{}: {e} (is the passphrase right?)", path.display())))?
        } else {
            bytes
        };
        let text = String::from_utf8(clear).map_err(|e| Error::Feed(format!("{}: {e}", path.display())))?;
        SigningKey::from_seed_hex(&text).map(Some).map_err(|e| Error::Feed(format!("{}: {e}", path.display())))
    }

    /// The private root keys: `root.key`, `root-2.key`, ... in name order.
    pub fn root_signers(&self) -> Result<Vec<SigningKey>> {
        let mut names = Vec::new();
        for dir in &self.dirs {
            let entries = std::fs::read_dir(dir).map_err(|e| Error::Feed(format!("{}: {e}", dir.display())))?;
            names.extend(
                entries
                    .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
                    .filter_map(|file| file.strip_suffix(".key").map(str::to_string))
                    .filter(|name| name == "root" || name.starts_with("root-")),
            );
        }
        names.sort();
        names.dedup();
        names.iter().map(|name| self.signer(name)).collect()
    }
}

/// Reads a public key file written by [`KeyRing::generate`].
pub fn parse_public_key(text: &str) -> Result<Key> {
    let key: Key = serde_json::from_str(text).map_err(|e| Error::Feed(format!("not a public key file: {e}")))?;
    if !key.is_supported() {
        return Err(Error::Feed(
            "only ed25519, ecdsa-sha2-nistp256 and rsassa-pss-sha256 public keys are accepted".into(),
        ));
    }
    Ok(key)
}

fn check_name(name: &str) -> Result<()> {
    let valid = !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if valid { Ok(()) } else { Err(Error::Feed(format!("{name:?} is not a key name (letters, digits, - and _)"))) }
}

#[cfg(unix)]
fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    file.write_all(bytes)?;
    Ok(())
}

#[cfg(not(unix))]
fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    Ok(std::fs::write(path, bytes)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_made_with_a_passphrase_is_encrypted_at_rest_and_signs_with_it() {
        let temp = tempfile::tempdir().unwrap();
        let ring = KeyRing::new(temp.path()).with_passphrase("correct horse battery staple");
        let key_id = ring.generate("GM9999").unwrap();
        let file = std::fs::read(temp.path().join("GM9999.key")).unwrap();
        assert!(file.starts_with(AGE_HEADER));
        let seed = SigningKey::from_seed_hex(
            &String::from_utf8(
                age::decrypt(
                    &age::scrypt::Identity::new(SecretString::from("correct horse battery staple".to_string())),
                    &file,
                )
                .unwrap(),
            )
            .unwrap(),
        )
        .unwrap();
        assert!(!String::from_utf8_lossy(&file).contains(&seed.to_key_file().trim().to_string()));
        assert_eq!(ring.signer("GM9999").unwrap().key_id(), key_id);
        // Without the passphrase, or with another, the key is not read.
        let error = KeyRing::new(temp.path()).signer("GM9999").unwrap_err().to_string();
        assert!(error.contains("encrypted"), "{error}");
        assert!(KeyRing::new(temp.path()).with_passphrase("wrong").signer("GM9999").is_err());
    }

    #[test]
    fn clear_development_keys_are_still_read_with_or_without_a_passphrase() {
        let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/keys/insecure-dev");
        let clear = KeyRing::new(&dev).signer("GM0794").unwrap();
        assert_eq!(KeyRing::new(&dev).with_passphrase("any").signer("GM0794").unwrap().key_id(), clear.key_id());
    }
}
