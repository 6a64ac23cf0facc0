//! Embeds the bundled content sources and locales, so first launch needs no network and no
//! files beside the binary. The loader validates them at run time exactly as editors' files.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

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
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled.rs");
    std::fs::write(dest, out).expect("write bundled.rs");
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
