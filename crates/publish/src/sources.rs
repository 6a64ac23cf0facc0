//! Content sources to publish or edit: a whole content folder (every scope in it), or one
//! municipality's folder (`assets/content/GM0794`, named after its CBS code), checked together
//! with the built-in national content its items link to. The CLI's `feed publish` and the
//! studio read folders through here, so both see the same items and the same diagnostics.

use std::path::Path;
use wegwijs_core::error::{Error, Result};
use wegwijs_core::model::{NATIONAL_SCOPE, is_valid_scope_code};
use wegwijs_core::source::{self, LoadReport, SourceTree};

/// What a folder holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FolderKind {
    /// A whole content tree: `<scope>/<id>/...` (the national editor's).
    Tree,
    /// One municipality's folder: `scope.toml` and `<id>/...`; the code is the folder's name.
    Municipality(String),
}

impl FolderKind {
    /// Tells a content tree from a municipality's folder: a folder named after a CBS code (or
    /// holding a `scope.toml`) is one municipality's; anything else is a whole tree.
    pub fn of(dir: &Path) -> Result<FolderKind> {
        let name = dir
            .canonicalize()
            .map_err(|e| Error::Feed(format!("{}: {e}", dir.display())))?
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        if is_valid_scope_code(&name) && name != NATIONAL_SCOPE {
            return Ok(FolderKind::Municipality(name));
        }
        if dir.join("scope.toml").exists() {
            return Err(Error::Feed(format!(
                "{} holds a scope.toml but is not named after a municipality's CBS code (GM0794)",
                dir.display()
            )));
        }
        Ok(FolderKind::Tree)
    }

    /// The scope code of a municipality's folder.
    pub fn scope(&self) -> Option<&str> {
        match self {
            FolderKind::Tree => None,
            FolderKind::Municipality(code) => Some(code),
        }
    }
}

/// The whole tree the loader checks for `dir`: the folder itself, or for a municipality's
/// folder the built-in content with this municipality's files replaced by the folder's.
pub fn tree_of(dir: &Path, kind: &FolderKind) -> Result<SourceTree> {
    let folder = SourceTree::read_dir(dir).map_err(|e| Error::Feed(format!("reading {}: {e}", dir.display())))?;
    Ok(match kind {
        FolderKind::Tree => folder,
        FolderKind::Municipality(scope) => {
            let mut tree = wegwijs_core::bundled::content_tree();
            tree.files.retain(|path, _| !path.starts_with(&format!("{scope}/")));
            tree.files.extend(folder.files.into_iter().map(|(path, text)| (format!("{scope}/{path}"), text)));
            tree
        }
    })
}

/// Loads `dir` for publishing: refuses content with errors, and keeps only the folder's own
/// scope when it is a municipality's.
pub fn load_for_publish(dir: &Path) -> Result<LoadReport> {
    let kind = FolderKind::of(dir)?;
    let mut report = source::load(&tree_of(dir, &kind)?);
    if let Some(first) = report.errors().next() {
        return Err(Error::ContentInvalid { count: report.errors().count(), first: first.to_string() });
    }
    if let Some(scope) = kind.scope() {
        report.scopes.retain(|candidate| candidate.code == scope);
    }
    Ok(report)
}
