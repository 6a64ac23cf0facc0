//! Embeds the bundled content sources and locales, so first launch needs no network and no
//! files beside the binary. The loader validates them at run time exactly as editors' files.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[path = "build/pinned_root.rs"]
mod pinned_root;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("../..");
    let mut out = String::new();
    for (name, dir) in [("CONTENT_SOURCES", "assets/content"), ("LOCALE_SOURCES", "locales")] {
        let dir = root.join(dir).canonicalize().unwrap_or_else(|_| root.join(dir));
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files = Vec::new();
        collect(&dir, &mut files);
        files.sort();
        writeln!(out, "pub static {name}: &[(&str, &str)] = &[").expect("write to string");
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let relative = file.strip_prefix(&dir).expect("inside dir");
            let key: Vec<String> =
                relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
            writeln!(out, "    ({:?}, include_str!({:?})),", key.join("/"), file.display().to_string())
                .expect("write to string");
        }
        writeln!(out, "];").expect("write to string");
    }
    write_pinned_root(&root, &mut out);
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled.rs");
    std::fs::write(dest, out).expect("write bundled.rs");
}

/// `PINNED_ROOT` and `PINNED_ROOT_IS_INSECURE_DEV`; stops the build when a release would trust
/// the development keys (see build/pinned_root.rs).
fn write_pinned_root(root: &Path, out: &mut String) {
    println!("cargo:rerun-if-env-changed={}", pinned_root::FEED_ROOT_VAR);
    let dev_root = root.join("assets/feed/root.json");
    let dev_keys = root.join("assets/keys/insecure-dev");
    let request = pinned_root::Request {
        feed_root: std::env::var_os(pinned_root::FEED_ROOT_VAR).filter(|v| !v.is_empty()).map(PathBuf::from),
        release: std::env::var_os("CARGO_CFG_DEBUG_ASSERTIONS").is_none(),
        insecure_dev_root: std::env::var_os("CARGO_FEATURE_INSECURE_DEV_ROOT").is_some(),
        dev_root: &dev_root,
        dev_keys: &dev_keys,
    };
    let pinned = pinned_root::choose(&request).unwrap_or_else(|message| {
        eprintln!("error: wegwijs-core: {message}");
        std::process::exit(1)
    });
    let path = pinned.path.canonicalize().unwrap_or(pinned.path);
    println!("cargo:rerun-if-changed={}", path.display());
    println!("cargo:rerun-if-changed={}", dev_keys.display());
    writeln!(out, "pub static PINNED_ROOT: &[u8] = include_bytes!({:?});", path.display().to_string())
        .expect("write to string");
    writeln!(out, "pub const PINNED_ROOT_IS_INSECURE_DEV: bool = {};", pinned.insecure_dev).expect("write to string");
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "toml" || ext == "md" || ext == "ftl") {
            files.push(path);
        }
    }
}
