//! Which feed root a build pins (crates/core/build/pinned_root.rs, run by build.rs): a release
//! never trusts the public development keys unless it asks for them by name.

#[path = "../build/pinned_root.rs"]
mod pinned_root;

use pinned_root::{PinnedRoot, Request, choose};
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A root listing one freshly made key: a stand-in for the production root.
fn production_root(dir: &Path) -> PathBuf {
    let path = dir.join("root.json");
    let key = "5f0a6a4b1b8d0e7c3e1b9a2f4d6c8e0a1b3c5d7e9f1a2b3c4d5e6f7a8b9c0d1e";
    let root = serde_json::json!({
        "signatures": [],
        "signed": {"_type": "root", "keys": {"ab": {"keytype": "ed25519", "scheme": "ed25519", "keyval": {"public": key}}}}
    });
    std::fs::write(&path, root.to_string()).unwrap();
    path
}

/// The repository's own root with one development key swapped for a fresh one: still trusts
/// a development key for the other roles.
fn mixed_root(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(repo().join("assets/feed/root.json")).unwrap();
    let mut root: serde_json::Value = serde_json::from_str(&text).unwrap();
    let keys = root["signed"]["keys"].as_object_mut().unwrap();
    let first = keys.keys().next().unwrap().clone();
    keys[&first]["keyval"]["public"] = "00".repeat(32).into();
    let path = dir.join("mixed-root.json");
    std::fs::write(&path, root.to_string()).unwrap();
    path
}

#[derive(Debug)]
enum Root {
    Unset,
    Production,
    Mixed,
    Development,
}

#[test]
fn a_release_pins_a_root_without_development_keys() {
    let dir = tempfile::tempdir().unwrap();
    let dev_root = repo().join("assets/feed/root.json");
    let dev_keys = repo().join("assets/keys/insecure-dev");
    // (feed root, release, insecure-dev-root feature) -> Ok(insecure_dev) or an error containing
    let cases: &[(Root, bool, bool, Result<bool, &str>)] = &[
        (Root::Unset, false, false, Ok(true)),
        (Root::Unset, true, false, Err(pinned_root::FEED_ROOT_VAR)),
        (Root::Unset, true, true, Ok(true)),
        (Root::Production, true, false, Ok(false)),
        (Root::Production, false, false, Ok(false)),
        (Root::Development, true, false, Err("insecure development keys")),
        (Root::Development, true, true, Ok(true)),
        (Root::Mixed, true, false, Err("insecure development keys")),
        (Root::Mixed, false, false, Ok(true)),
    ];
    for (root, release, feature, expected) in cases {
        let feed_root = match root {
            Root::Unset => None,
            Root::Production => Some(production_root(dir.path())),
            Root::Mixed => Some(mixed_root(dir.path())),
            Root::Development => Some(dev_root.clone()),
        };
        let expected_path = feed_root.clone().unwrap_or_else(|| dev_root.clone());
        let request = Request {
            feed_root,
            release: *release,
            insecure_dev_root: *feature,
            dev_root: &dev_root,
            dev_keys: &dev_keys,
        };
        let case = format!("{root:?}, release {release}, feature {feature}");
        match (choose(&request), expected) {
            (Ok(pinned), Ok(insecure_dev)) => {
                assert_eq!(pinned, PinnedRoot { path: expected_path, insecure_dev: *insecure_dev }, "{case}")
            }
            (Err(message), Err(part)) => assert!(message.contains(part), "{case}: {message}"),
            (got, expected) => panic!("{case}: got {got:?}, expected {expected:?}"),
        }
    }
}

#[test]
fn a_file_that_is_not_a_root_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("targets.json");
    std::fs::write(&path, r#"{"signed": {"_type": "targets"}}"#).unwrap();
    let dev_root = repo().join("assets/feed/root.json");
    let dev_keys = repo().join("assets/keys/insecure-dev");
    let request = Request {
        feed_root: Some(path),
        release: true,
        insecure_dev_root: false,
        dev_root: &dev_root,
        dev_keys: &dev_keys,
    };
    assert!(choose(&request).unwrap_err().contains("not a TUF root"));
}

/// Tests are debug builds: they pin the development root and say so.
#[test]
fn this_build_pins_the_development_root() {
    let insecure_dev = wegwijs_core::bundled::PINNED_ROOT_IS_INSECURE_DEV;
    assert!(insecure_dev, "a debug build pins the development root");
    assert_eq!(wegwijs_core::bundled::PINNED_ROOT, std::fs::read(repo().join("assets/feed/root.json")).unwrap());
}
