//! Key files of publishers: `NAME.key` holds a private ed25519 seed in hex (readable by its
//! owner only), `NAME.pub` the public key as it appears in metadata. NAME is a role (`root`,
//! `root-2`, `targets`, `snapshot`, `timestamp`) or a municipality's code (`GM0794`).

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};
use wegwijs_trust::{Key, SigningKey};

/// A folder of key files.
#[derive(Debug, Clone)]
pub struct KeyRing {
    dir: PathBuf,
}

impl KeyRing {
    pub fn new(dir: &Path) -> KeyRing {
        KeyRing { dir: dir.to_path_buf() }
    }

    /// Makes a new key pair `NAME.key` and `NAME.pub`; never overwrites a key. Returns the key id.
    pub fn generate(&self, name: &str) -> Result<String> {
        check_name(name)?;
        std::fs::create_dir_all(&self.dir)?;
        let private = self.path(name, "key");
        if private.exists() {
            return Err(Error::Feed(format!("{} exists; keys are never overwritten", private.display())));
        }
        let key = SigningKey::generate();
        write_private(&private, &key.to_seed_hex())?;
        let public = serde_json::to_string_pretty(&key.public_key()).map_err(|e| Error::Feed(e.to_string()))?;
        std::fs::write(self.path(name, "pub"), public + "\n")?;
        Ok(key.key_id())
    }

    /// The private key `NAME.key`.
    pub fn signer(&self, name: &str) -> Result<SigningKey> {
        let path = self.path(name, "key");
        let text = std::fs::read_to_string(&path)
            .map_err(|e| Error::Feed(format!("the key {} is needed here: {e}", path.display())))?;
        SigningKey::from_seed_hex(&text).map_err(|e| Error::Feed(format!("{}: {e}", path.display())))
    }

    /// The private key `NAME.key` if this folder has it.
    pub fn optional_signer(&self, name: &str) -> Result<Option<SigningKey>> {
        if self.path(name, "key").exists() { self.signer(name).map(Some) } else { Ok(None) }
    }

    /// The private root keys: `root.key`, `root-2.key`, ... in name order.
    pub fn root_signers(&self) -> Result<Vec<SigningKey>> {
        let mut names: Vec<String> = std::fs::read_dir(&self.dir)?
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .filter_map(|file| file.strip_suffix(".key").map(str::to_string))
            .filter(|name| name == "root" || name.starts_with("root-"))
            .collect();
        names.sort();
        names.iter().map(|name| self.signer(name)).collect()
    }

    fn path(&self, name: &str, extension: &str) -> PathBuf {
        self.dir.join(format!("{name}.{extension}"))
    }
}

/// Reads a public key file written by [`KeyRing::generate`].
pub fn parse_public_key(text: &str) -> Result<Key> {
    let key: Key = serde_json::from_str(text).map_err(|e| Error::Feed(format!("not a public key file: {e}")))?;
    key.ed25519_public().ok_or_else(|| Error::Feed("only ed25519 public keys are accepted".into()))?;
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
