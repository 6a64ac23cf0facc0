//! Key files of publishers: `NAME.key` holds a private ed25519 seed in hex or an ECDSA P-256
//! key in PKCS#8 PEM (readable by its owner only), `NAME.pub` the public key as it appears in
//! metadata. NAME is a role (`root`,
//! `root-2`, `targets`, `snapshot`, `timestamp`) or a municipality's code (`GM0794`).
//!
//! Each organisation keeps its own folder: the national editor's holds the root and targets
//! keys, a municipality's only its own key, the publish job on the host the online snapshot
//! and timestamp keys. A publish may read several folders.

use wegwijs_core::error::{Error, Result};
use std::path::{Path, PathBuf};
use wegwijs_trust::{Key, SigningKey};

/// One or more folders of key files.
#[derive(Debug, Clone)]
pub struct KeyRing {
    dirs: Vec<PathBuf>,
}

impl KeyRing {
    pub fn new(dir: &Path) -> KeyRing {
        KeyRing { dirs: vec![dir.to_path_buf()] }
    }

    /// The keys of several folders, searched in order; new keys go into the first.
    pub fn folders(dirs: &[PathBuf]) -> KeyRing {
        KeyRing { dirs: dirs.to_vec() }
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
        write_private(&private, &key.to_key_file())?;
        let public = serde_json::to_string_pretty(&key.public_key()).map_err(|e| Error::Feed(e.to_string()))?;
        std::fs::write(dir.join(format!("{name}.pub")), public + "\n")?;
        Ok(key.key_id())
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
        let text = std::fs::read_to_string(&path).map_err(|e| Error::Feed(format!("{}: {e}", path.display())))?;
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
fn write_private(path: &Path, text: &str) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    file.write_all(text.as_bytes())?;
    Ok(())
}

#[cfg(not(unix))]
fn write_private(path: &Path, text: &str) -> Result<()> {
    Ok(std::fs::write(path, text)?)
}
