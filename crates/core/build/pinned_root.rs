//! Which feed root a build pins (TUF's trusted root), chosen at build time.
//!
//! The repository's root (`assets/feed/root.json`) is made with the development keys in
//! `assets/keys/insecure-dev`, which anyone can read and sign with. Debug builds and tests pin
//! it; so does an optimised build that asks for it with the `insecure-dev-root` feature (the
//! README's run command, benchmarks). Any other optimised build must name the feed's real root
//! in `WEGWIJS_FEED_ROOT`, and fails when that root lists a development key.
//! Shared by build.rs and the tests (crates/core/tests/pinned_root.rs).

use std::path::{Path, PathBuf};

/// The environment variable naming the root a release pins.
pub const FEED_ROOT_VAR: &str = "WEGWIJS_FEED_ROOT";

/// What the build asked for.
#[derive(Debug)]
pub struct Request<'a> {
    /// `WEGWIJS_FEED_ROOT`, when set.
    pub feed_root: Option<PathBuf>,
    /// An optimised build without debug assertions: what ships to phones.
    pub release: bool,
    /// The `insecure-dev-root` feature.
    pub insecure_dev_root: bool,
    /// `assets/feed/root.json`.
    pub dev_root: &'a Path,
    /// `assets/keys/insecure-dev`.
    pub dev_keys: &'a Path,
}

/// The root to pin and whether it trusts development keys.
#[derive(Debug, PartialEq, Eq)]
pub struct PinnedRoot {
    pub path: PathBuf,
    pub insecure_dev: bool,
}

pub fn choose(request: &Request) -> Result<PinnedRoot, String> {
    let path = match &request.feed_root {
        Some(path) => path.clone(),
        None if !request.release || request.insecure_dev_root => request.dev_root.to_path_buf(),
        None => {
            return Err(format!(
                "a release build pins the feed's own root: set {FEED_ROOT_VAR}=/path/to/root.json (made with \
                 the production keys), or build with the feature `insecure-dev-root` for development only"
            ));
        }
    };
    let root_keys = root_public_keys(&path)?;
    let dev_keys = dev_public_keys(request.dev_keys)?;
    let insecure_dev = root_keys.iter().any(|key| dev_keys.contains(key));
    if insecure_dev && request.release && !request.insecure_dev_root {
        return Err(format!(
            "{} lists keys from {} (public, insecure development keys): a release build must pin a root \
             made with the production keys (or build with the feature `insecure-dev-root` for development only)",
            path.display(),
            request.dev_keys.display()
        ));
    }
    Ok(PinnedRoot { path, insecure_dev })
}

/// The public key values of every key a root metadata file lists.
fn root_public_keys(path: &Path) -> Result<Vec<String>, String> {
    let text =
        std::fs::read_to_string(path).map_err(|e| format!("cannot read the feed root {}: {e}", path.display()))?;
    let root: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{} is not JSON: {e}", path.display()))?;
    if root["signed"]["_type"] != "root" {
        return Err(format!("{} is not a TUF root (signed._type is not \"root\")", path.display()));
    }
    let keys = root["signed"]["keys"].as_object().ok_or_else(|| format!("{} lists no keys", path.display()))?;
    Ok(keys.values().filter_map(|key| key["keyval"]["public"].as_str()).map(normalise).collect())
}

/// The public key values of the development key files (`*.pub`).
fn dev_public_keys(dir: &Path) -> Result<Vec<String>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut keys = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|ext| ext == "pub") {
            let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let key: serde_json::Value =
                serde_json::from_str(&text).map_err(|e| format!("{} is not JSON: {e}", path.display()))?;
            keys.extend(key["keyval"]["public"].as_str().map(normalise));
        }
    }
    Ok(keys)
}

/// Hex is case-insensitive and PEM may differ in line breaks: compare the bare value.
fn normalise(value: &str) -> String {
    value.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase()
}
