//! The folder the studio edits: which item folders it holds, reading an item into a
//! [`Draft`], writing one back (only the files that changed, each written beside its place and
//! renamed), and undoing the last save. Every path is built from a checked item id and a
//! shipped language code under the folder, so nothing outside it is read or written.

use super::draft::{Draft, DraftError, is_item_id, reference_hash, text_file};
use crate::sources::{FolderKind, tree_of};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use wegwijs_core::Lang;
use wegwijs_core::error::{Error, Result};
use wegwijs_core::source::{self, LoadReport};

#[derive(Debug)]
pub struct Workspace {
    dir: PathBuf,
    kind: FolderKind,
    /// The files the last save changed, as they were before it (None: the file was new).
    undo: Option<Change>,
}

/// One save: the item, and each file it wrote with what the file held before.
#[derive(Debug, Clone)]
pub struct Change {
    pub id: String,
    pub before: BTreeMap<PathBuf, Option<String>>,
}

impl Workspace {
    pub fn open(dir: &Path) -> Result<Workspace> {
        if !dir.is_dir() {
            return Err(Error::Feed(format!("{} is not a folder", dir.display())));
        }
        let kind = FolderKind::of(dir)?;
        Ok(Workspace { dir: dir.canonicalize()?, kind, undo: None })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn kind(&self) -> &FolderKind {
        &self.kind
    }

    /// The loader's view of the folder (for a municipality: with the national content).
    pub fn report(&self) -> Result<LoadReport> {
        Ok(source::load(&tree_of(&self.dir, &self.kind)?))
    }

    /// The municipality's name from scope.toml, when the folder has one.
    pub fn scope_name(&self) -> Option<String> {
        let text = std::fs::read_to_string(self.dir.join("scope.toml")).ok()?;
        let table: toml::Table = toml::from_str(&text).ok()?;
        table.get("name")?.as_str().map(str::to_string)
    }

    /// Writes scope.toml for a new municipality (the guided start of an empty folder).
    pub fn set_scope_name(&mut self, name: &str) -> Result<()> {
        let name = name.trim();
        if self.kind.scope().is_none() || name.is_empty() || name.len() > 100 || name.chars().any(char::is_control) {
            return Err(Error::Feed("a municipality's folder needs its name".into()));
        }
        let text = format!("name = {}\nsample = false\n", toml::Value::String(name.to_string()));
        write_replacing(&self.dir.join("scope.toml"), &text)
    }

    /// Item folders by id, with the scope each belongs to.
    pub fn items(&self) -> Vec<(String, String)> {
        let mut items = Vec::new();
        let scopes: Vec<(String, PathBuf)> = match &self.kind {
            FolderKind::Municipality(code) => vec![(code.clone(), self.dir.clone())],
            FolderKind::Tree => {
                subfolders(&self.dir).into_iter().map(|name| (name.clone(), self.dir.join(name))).collect()
            }
        };
        for (scope, dir) in scopes {
            for id in subfolders(&dir) {
                if is_item_id(&id) && dir.join(&id).join("item.toml").exists() {
                    items.push((scope.clone(), id));
                }
            }
        }
        items.sort_by(|a, b| a.1.cmp(&b.1));
        items
    }

    /// The folder of item `id` (existing, or where a new item of the folder's scope goes).
    pub fn item_dir(&self, id: &str, scope: Option<&str>) -> Option<PathBuf> {
        if !is_item_id(id) {
            return None;
        }
        if let Some((scope, _)) = self.items().into_iter().find(|(_, candidate)| candidate == id) {
            return Some(self.scope_dir(&scope).join(id));
        }
        let scope = self.kind.scope().or(scope)?;
        wegwijs_core::model::is_valid_scope_code(scope).then(|| self.scope_dir(scope).join(id))
    }

    /// The path of a file in the loader's tree (`GM0794/gm0794-desk/nl.md`) on disk.
    pub fn tree_path_on_disk(&self, tree_path: &str) -> Option<PathBuf> {
        let relative = match &self.kind {
            FolderKind::Tree => tree_path,
            FolderKind::Municipality(code) => tree_path.strip_prefix(&format!("{code}/"))?,
        };
        let path = self.dir.join(relative);
        path.exists().then_some(path)
    }

    fn scope_dir(&self, scope: &str) -> PathBuf {
        match &self.kind {
            FolderKind::Municipality(_) => self.dir.clone(),
            FolderKind::Tree => self.dir.join(scope),
        }
    }

    /// The scope of an item, or of new items of this folder.
    pub fn scope_of(&self, id: &str) -> Option<String> {
        self.items()
            .into_iter()
            .find(|(_, candidate)| candidate == id)
            .map(|(scope, _)| scope)
            .or_else(|| self.kind.scope().map(str::to_string))
    }

    /// Reads item `id` into the form.
    pub fn read(&self, id: &str) -> Result<Option<Draft>> {
        let Some(dir) = self.item_dir(id, None).filter(|dir| dir.join("item.toml").exists()) else {
            return Ok(None);
        };
        let item_toml = std::fs::read_to_string(dir.join("item.toml"))?;
        let mut texts = BTreeMap::new();
        for lang in Lang::ALL {
            if let Ok(text) = std::fs::read_to_string(dir.join(format!("{}.md", lang.code()))) {
                texts.insert(lang, text);
            }
        }
        Draft::read(id, &item_toml, &texts).map(Some).map_err(|e| Error::Feed(format!("{id}: {}", e.detail)))
    }

    /// Writes `draft` into its folder: item.toml and every text it holds, only the files whose
    /// content changes. Raises `version` once per save that changes anything, and records the
    /// English text's hash in translations that do not have one yet. Returns the files written.
    pub fn save(&mut self, draft: &Draft, scope: Option<&str>) -> std::result::Result<Vec<PathBuf>, DraftError> {
        let dir = self.item_dir(&draft.id, scope).ok_or_else(|| DraftError {
            code: "studio-error-id",
            field: "id".into(),
            detail: draft.id.clone(),
        })?;
        let on_disk = self.read(&draft.id).ok().flatten();
        let mut files: Vec<(PathBuf, String)> = Vec::new();
        let mut texts = draft.texts.clone();
        let english = texts.get("en").map(reference_hash);
        for (code, text) in &mut texts {
            let lang: Lang = code.parse().map_err(|_| DraftError {
                code: "studio-error-lang",
                field: format!("texts.{code}"),
                detail: code.clone(),
            })?;
            if lang.is_reference() {
                text.state = "reference".into();
                text.source_hash = None;
            } else if text.source_hash.is_none() {
                text.source_hash = english.clone();
            }
            files.push((dir.join(format!("{code}.md")), text_file(text)));
        }
        let mut item = draft.clone();
        item.version = on_disk.as_ref().map_or(1, |old| old.version.max(draft.version));
        let changed = |files: &[(PathBuf, String)]| {
            files.iter().any(|(path, text)| std::fs::read_to_string(path).ok().as_deref() != Some(text.as_str()))
        };
        files.push((dir.join("item.toml"), item.item_toml()?));
        if on_disk.is_some() && changed(&files) && on_disk.as_ref().is_some_and(|old| old.version >= item.version) {
            item.version += 1;
            let last = files.len() - 1;
            files[last].1 = item.item_toml()?;
        }
        let mut before = BTreeMap::new();
        let mut written = Vec::new();
        for (path, text) in files {
            let old = std::fs::read_to_string(&path).ok();
            if old.as_deref() == Some(text.as_str()) {
                continue;
            }
            write_replacing(&path, &text).map_err(|e| DraftError {
                code: "studio-error-write",
                field: path.display().to_string(),
                detail: e.to_string(),
            })?;
            before.insert(path.clone(), old);
            written.push(path);
        }
        if !written.is_empty() {
            self.undo = Some(Change { id: draft.id.clone(), before });
        }
        Ok(written)
    }

    /// Writes the texts of several items (an XLIFF import) as one change to undo.
    pub fn write_texts(&mut self, files: Vec<(PathBuf, String)>, id: &str) -> Result<Vec<PathBuf>> {
        let mut before = BTreeMap::new();
        let mut written = Vec::new();
        for (path, text) in files {
            let old = std::fs::read_to_string(&path).ok();
            if old.as_deref() == Some(text.as_str()) {
                continue;
            }
            write_replacing(&path, &text)?;
            before.insert(path.clone(), old);
            written.push(path);
        }
        if !written.is_empty() {
            self.undo = Some(Change { id: id.to_string(), before });
        }
        Ok(written)
    }

    /// Writes `files` and removes the item folders `removed` (their files, then the folder),
    /// as one change to undo: undo writes the removed files back.
    pub fn write_and_remove(
        &mut self,
        files: Vec<(PathBuf, String)>,
        removed: &[PathBuf],
        id: &str,
    ) -> Result<Vec<PathBuf>> {
        let mut before = BTreeMap::new();
        let mut written = Vec::new();
        for (path, text) in files {
            let old = std::fs::read_to_string(&path).ok();
            if old.as_deref() == Some(text.as_str()) {
                continue;
            }
            write_replacing(&path, &text)?;
            before.insert(path.clone(), old);
            written.push(path);
        }
        let mut gone = BTreeMap::new();
        for dir in removed.iter().filter(|dir| dir.starts_with(&self.dir)) {
            for entry in std::fs::read_dir(dir)?.filter_map(|entry| entry.ok()) {
                let path = entry.path();
                if path.is_file() {
                    gone.insert(path.clone(), std::fs::read_to_string(&path)?);
                    std::fs::remove_file(&path)?;
                    written.push(path);
                }
            }
            std::fs::remove_dir(dir)?;
        }
        if !written.is_empty() {
            let mut change = Change { id: id.to_string(), before };
            // Undo of a removal writes the file back (write_replacing makes the folder again).
            change.before.extend(gone.into_iter().map(|(path, text)| (path, Some(text))));
            self.undo = Some(change);
        }
        Ok(written)
    }

    /// The last save, if it has not been undone or published.
    pub fn last_change(&self) -> Option<&Change> {
        self.undo.as_ref()
    }

    /// Puts back what the last save changed. Returns the item it concerned.
    pub fn undo(&mut self) -> Result<Option<String>> {
        let Some(change) = self.undo.take() else { return Ok(None) };
        for (path, old) in &change.before {
            match old {
                Some(text) => write_replacing(path, text)?,
                None => {
                    std::fs::remove_file(path)?;
                    if let Some(parent) = path.parent() {
                        // An item folder the save created goes too, once empty.
                        let _ = std::fs::remove_dir(parent);
                    }
                }
            }
        }
        Ok(Some(change.id))
    }

    /// A publish makes the last change part of what phones have: it is no longer undone here.
    pub fn forget_undo(&mut self) {
        self.undo = None;
    }
}

fn subfolders(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut names: Vec<String> = entries
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| !name.starts_with('.'))
        .collect();
    names.sort();
    names
}

/// Writes `text` beside `path` and renames it into place, so a reader sees the old or the new file.
pub fn write_replacing(path: &Path, text: &str) -> Result<()> {
    let parent = path.parent().ok_or_else(|| Error::Feed(format!("{} has no folder", path.display())))?;
    std::fs::create_dir_all(parent)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary = parent.join(format!(".{name}.studio-new"));
    std::fs::write(&temporary, text)?;
    std::fs::rename(&temporary, path)?;
    Ok(())
}
