//! Embeds the studio's UI (ui/dist-studio, built by `npm run build:studio` in ui/) into the
//! binary, so the studio is one file on a municipal desktop. Without a build the studio
//! answers with how to make one.

use std::path::{Path, PathBuf};

fn main() {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/dist-studio");
    println!("cargo:rerun-if-changed={}", dist.display());
    let mut files = Vec::new();
    collect(&dist, &dist, &mut files);
    for (_, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    let entries: Vec<String> = files
        .iter()
        .map(|(name, path)| format!("({name:?}, include_bytes!({:?}).as_slice()),", path.display().to_string()))
        .collect();
    let code = format!(
        "/// The studio UI's files by URL path.\npub static FILES: &[(&str, &[u8])] = &[\n{}\n];\n",
        entries.join("\n")
    );
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("studio_assets.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.filter_map(|entry| entry.ok()).collect();
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, files);
        } else if let Ok(relative) = path.strip_prefix(root) {
            let name = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            let absolute = path.canonicalize().unwrap_or(path.clone());
            files.push((format!("/{name}"), absolute));
        }
    }
}
