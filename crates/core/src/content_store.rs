//! `content.db`: everything published, rebuildable at any time from the sources.
//!
//! Language-free item fields are stored as JSON of [`Item`] (without texts), because the app
//! reads them whole; texts are rows per language with Markdown rendered to safe HTML once,
//! here. Each language has its own contentless FTS5 table over folded text (see
//! [`crate::fold`]), so a search reads only the indexes of the languages it covers.

use crate::error::{Error, Result};
use crate::fold::fold;
use crate::lang::Lang;
use crate::model::{Item, ItemKind, NATIONAL_SCOPE, Scope, TaskRule, TranslationState};
use crate::render::{markdown_to_plain_text, markdown_to_safe_html};
use crate::source::{LoadReport, SourceTree};
use chrono::NaiveDate;
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Bumped when the layout of content.db changes; an older file is rebuilt, never migrated.
pub const CONTENT_SCHEMA_VERSION: u32 = 2;

/// An open content store.
#[derive(Debug)]
pub struct ContentStore {
    conn: Connection,
}

/// One item as the app shows it: language-free fields plus the text in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ItemView {
    #[serde(flatten)]
    pub item: Item,
    /// The language of the text below (the user's, or a fallback if it was missing).
    pub lang: Lang,
    pub state: TranslationState,
    pub title: String,
    pub summary: String,
    pub body_html: String,
}

/// A line in a list of items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ItemSummary {
    pub id: String,
    pub kind: ItemKind,
    pub scope: String,
    pub lang: Lang,
    pub state: TranslationState,
    pub title: String,
    pub summary: String,
}

/// What [`ContentStore::open_or_build`] had to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenOutcome {
    /// The existing file was current.
    Opened,
    /// The file was missing, outdated or damaged and was rebuilt from the sources.
    Rebuilt { reason: String },
}

/// A piece of a search snippet; `hit` pieces matched the query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SnippetPart {
    pub text: String,
    pub hit: bool,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SearchHit {
    pub id: String,
    pub kind: ItemKind,
    pub scope: String,
    /// The title in the user's language.
    pub title: String,
    /// The language the match was found in.
    pub matched_lang: Lang,
    pub snippet: Vec<SnippetPart>,
    /// Higher is better.
    pub score: f64,
}

/// What to search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchOptions {
    pub lang: Lang,
    /// Limit local items to this municipality (national items are always included).
    pub municipality: Option<String>,
    pub limit: usize,
}

const SCHEMA: &str = "
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE scopes(code TEXT PRIMARY KEY, name TEXT NOT NULL, sample INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE items(
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    scope TEXT NOT NULL REFERENCES scopes(code),
    version INTEGER NOT NULL,
    valid_from TEXT,
    valid_until TEXT,
    data TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX items_by_scope_kind ON items(scope, kind);
CREATE TABLE item_texts(
    rowid INTEGER PRIMARY KEY,
    item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    state TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body_html TEXT NOT NULL,
    body_plain TEXT NOT NULL,
    -- Folded title and summary, for re-ranking search results without folding at query time.
    title_folded TEXT NOT NULL,
    summary_folded TEXT NOT NULL,
    UNIQUE(item_id, lang)
);
CREATE TABLE vocab(id INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE);
CREATE VIRTUAL TABLE vocab_trigrams USING fts5(word, content='vocab', content_rowid='id', tokenize='trigram');
";

pub(crate) fn fts_table(lang: Lang) -> String {
    format!("fts_{}", lang.code())
}

impl ContentStore {
    /// Opens an existing content.db. Fails with [`Error::ContentCorrupt`] when it is not a
    /// content store of this version.
    pub fn open(path: &Path) -> Result<ContentStore> {
        let conn =
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        let store = ContentStore { conn };
        let schema: Option<String> = store.meta("schema_version").map_err(corrupt)?;
        if schema.as_deref() != Some(&CONTENT_SCHEMA_VERSION.to_string()) {
            return Err(Error::ContentCorrupt(format!("schema version {schema:?}, expected {CONTENT_SCHEMA_VERSION}")));
        }
        store.conn.pragma_update(None, "journal_mode", "WAL").map_err(corrupt)?;
        Ok(store)
    }

    /// Opens `path` if it holds the content of `sources`, else rebuilds it from them. A damaged
    /// or outdated file is replaced: content.db holds nothing that cannot be rebuilt.
    pub fn open_or_build(path: &Path, sources: &SourceTree) -> Result<(ContentStore, OpenOutcome)> {
        let fingerprint = sources.fingerprint();
        let reason = match ContentStore::open(path) {
            Ok(store) => match store.meta("source_fingerprint") {
                Ok(Some(found)) if found == fingerprint => return Ok((store, OpenOutcome::Opened)),
                Ok(_) => "the bundled content changed".to_string(),
                Err(error) => error.to_string(),
            },
            Err(_) if !path.exists() => "no content database yet".to_string(),
            Err(error) => error.to_string(),
        };
        let report = crate::source::load(sources);
        let store = ContentStore::build(path, &report, &fingerprint)?;
        Ok((store, OpenOutcome::Rebuilt { reason }))
    }

    /// Writes a new content.db at `path` from loaded sources. The file is built beside the
    /// target and renamed over it, so a crash leaves the old file or the new one.
    pub fn build(path: &Path, report: &LoadReport, fingerprint: &str) -> Result<ContentStore> {
        if let Some(first) = report.errors().next() {
            return Err(Error::ContentInvalid { count: report.errors().count(), first: first.to_string() });
        }
        let building = sibling(path, "building");
        remove_database_files(&building)?;
        {
            let mut conn = Connection::open(&building)?;
            conn.pragma_update(None, "journal_mode", "OFF")?;
            conn.pragma_update(None, "synchronous", "OFF")?;
            fill(&mut conn, report, fingerprint)?;
            conn.pragma_update(None, "journal_mode", "WAL")?;
        }
        remove_database_files(path)?;
        std::fs::rename(&building, path)?;
        ContentStore::open(path)
    }

    /// A store in memory, for the CLI and tests.
    pub fn in_memory(report: &LoadReport) -> Result<ContentStore> {
        if let Some(first) = report.errors().next() {
            return Err(Error::ContentInvalid { count: report.errors().count(), first: first.to_string() });
        }
        let mut conn = Connection::open_in_memory()?;
        fill(&mut conn, report, "memory")?;
        Ok(ContentStore { conn })
    }

    /// A value from the store's metadata (schema_version, source_fingerprint, content_date, ...).
    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        Ok(self.conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |row| row.get(0)).optional()?)
    }

    /// The date the content was last changed: the newest verified-on date.
    pub fn content_date(&self) -> Result<Option<NaiveDate>> {
        Ok(self.meta("content_date")?.and_then(|text| text.parse().ok()))
    }

    pub fn scopes(&self) -> Result<Vec<Scope>> {
        let mut statement = self.conn.prepare_cached("SELECT code, name, sample FROM scopes ORDER BY name")?;
        let rows =
            statement.query_map([], |row| Ok(Scope { code: row.get(0)?, name: row.get(1)?, sample: row.get(2)? }))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One item with its text in `lang`, or the first language of its fallback chain.
    pub fn item(&self, id: &str, lang: Lang) -> Result<ItemView> {
        let data: String = self
            .conn
            .query_row("SELECT data FROM items WHERE id = ?1", [id], |row| row.get(0))
            .optional()?
            .ok_or_else(|| Error::UnknownItem(id.to_string()))?;
        let item: Item = serde_json::from_str(&data).map_err(|e| Error::ContentCorrupt(e.to_string()))?;
        for candidate in lang.fallback_chain() {
            let text = self
                .conn
                .prepare_cached(
                    "SELECT state, title, summary, body_html FROM item_texts WHERE item_id = ?1 AND lang = ?2",
                )?
                .query_row(params![id, candidate.code()], |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        row.get::<_, String>(1)?,
                        row.get::<_, String>(2)?,
                        row.get::<_, String>(3)?,
                    ))
                })
                .optional()?;
            if let Some((state, title, summary, body_html)) = text {
                return Ok(ItemView { item, lang: candidate, state: parse_state(&state)?, title, summary, body_html });
            }
        }
        Err(Error::ContentCorrupt(format!("item {id} has no text in {lang} or a reference language")))
    }

    /// Items of some kinds, national plus one municipality's (all scopes when `None`), in
    /// `lang`, sorted by title.
    pub fn list(&self, kinds: &[ItemKind], municipality: Option<&str>, lang: Lang) -> Result<Vec<ItemSummary>> {
        let mut statement = self.conn.prepare_cached(
            "SELECT i.id, i.kind, i.scope, t.lang, t.state, t.title, t.summary
             FROM items i JOIN item_texts t ON t.item_id = i.id
             WHERE (?1 IS NULL OR i.scope = 'nl' OR i.scope = ?1)
               AND t.lang = (SELECT lang FROM item_texts WHERE item_id = i.id AND lang IN (?2, ?3, ?4)
                             ORDER BY CASE lang WHEN ?2 THEN 0 WHEN ?3 THEN 1 ELSE 2 END LIMIT 1)",
        )?;
        let chain = lang.fallback_chain();
        let pick = |i: usize| chain.get(i).or(chain.last()).map_or("en", |l| l.code());
        let rows = statement.query_map(params![municipality, pick(0), pick(1), pick(2)], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, String>(4)?,
                row.get::<_, String>(5)?,
                row.get::<_, String>(6)?,
            ))
        })?;
        let mut summaries = Vec::new();
        for row in rows {
            let (id, kind, scope, text_lang, state, title, summary) = row?;
            let kind: ItemKind = serde_json::from_value(serde_json::Value::String(kind))
                .map_err(|e| Error::ContentCorrupt(e.to_string()))?;
            if !kinds.contains(&kind) {
                continue;
            }
            let lang = text_lang.parse().map_err(|_| Error::ContentCorrupt(format!("bad language {text_lang}")))?;
            summaries.push(ItemSummary { id, kind, scope, lang, state: parse_state(&state)?, title, summary });
        }
        summaries.sort_by_key(|summary| summary.title.to_lowercase());
        Ok(summaries)
    }

    /// Every item of some kinds with all language-free fields (e.g. services, alerts), national
    /// plus one municipality's.
    pub fn items_of_kind(&self, kind: ItemKind, municipality: Option<&str>) -> Result<Vec<Item>> {
        let mut statement = self.conn.prepare_cached(
            "SELECT data FROM items WHERE kind = ?1 AND (?2 IS NULL OR scope = 'nl' OR scope = ?2) ORDER BY id",
        )?;
        let rows = statement.query_map(params![kind.as_str(), municipality], |row| row.get::<_, String>(0))?;
        let mut items = Vec::new();
        for data in rows {
            items.push(serde_json::from_str(&data?).map_err(|e| Error::ContentCorrupt(e.to_string()))?);
        }
        Ok(items)
    }

    /// The checklist tasks: national only, whatever a feed says.
    pub fn tasks(&self) -> Result<Vec<(String, TaskRule)>> {
        Ok(self
            .items_of_kind(ItemKind::Task, Some(NATIONAL_SCOPE))?
            .into_iter()
            .filter(|item| item.scope == NATIONAL_SCOPE)
            .filter_map(|item| match item.details {
                crate::model::Details::Task(rule) => Some((item.id, rule)),
                _ => None,
            })
            .collect())
    }

    /// Full-text search over the user's language plus English and Dutch; see [`crate::search`].
    pub fn search(&self, query: &str, options: &SearchOptions) -> Result<Vec<SearchHit>> {
        crate::search::search(&self.conn, query, options)
    }

    /// Checks the file for damage (PRAGMA integrity_check).
    pub fn integrity_check(&self) -> Result<bool> {
        let result: String = self.conn.query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
        Ok(result == "ok")
    }
}

fn corrupt(error: impl Into<Error>) -> Error {
    match error.into() {
        Error::Database(e) => Error::ContentCorrupt(e.to_string()),
        other => other,
    }
}

fn parse_state(text: &str) -> Result<TranslationState> {
    serde_json::from_value(serde_json::Value::String(text.to_string()))
        .map_err(|e| Error::ContentCorrupt(e.to_string()))
}

fn state_str(state: TranslationState) -> &'static str {
    match state {
        TranslationState::Reference => "reference",
        TranslationState::Translated => "translated",
        TranslationState::Reviewed => "reviewed",
    }
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".{suffix}"));
    path.with_file_name(name)
}

fn remove_database_files(path: &Path) -> Result<()> {
    for file in [
        path.to_path_buf(),
        PathBuf::from(format!("{}-wal", path.display())),
        PathBuf::from(format!("{}-shm", path.display())),
    ] {
        match std::fs::remove_file(&file) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => return Err(error.into()),
        }
    }
    Ok(())
}

/// Creates the schema and writes every scope, item, text and index row in one transaction.
fn fill(conn: &mut Connection, report: &LoadReport, fingerprint: &str) -> Result<()> {
    let tx = conn.transaction()?;
    tx.execute_batch(SCHEMA)?;
    for lang in Lang::ALL {
        tx.execute_batch(&format!(
            "CREATE VIRTUAL TABLE {table} USING fts5(title, summary, body, content='', contentless_delete=1, detail=column, tokenize='unicode61 remove_diacritics 2');
             CREATE VIRTUAL TABLE {table}_terms USING fts5vocab({table}, 'row');
             INSERT INTO {table}({table}, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0)');",
            table = fts_table(lang)
        ))?;
    }
    {
        let mut insert_scope = tx.prepare("INSERT INTO scopes(code, name, sample) VALUES (?1, ?2, ?3)")?;
        for scope in &report.scopes {
            insert_scope.execute(params![scope.code, scope.name, scope.sample])?;
        }
        let mut insert_item = tx.prepare("INSERT INTO items(id, kind, scope, version, valid_from, valid_until, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?;
        let mut insert_text = tx.prepare(
            "INSERT INTO item_texts(item_id, lang, state, title, summary, body_html, body_plain, title_folded, summary_folded) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?;
        let mut insert_fts: Vec<_> = Lang::ALL
            .iter()
            .map(|lang| {
                tx.prepare(&format!(
                    "INSERT INTO {}(rowid, title, summary, body) VALUES (?1, ?2, ?3, ?4)",
                    fts_table(*lang)
                ))
            })
            .collect::<Result<_, _>>()?;
        for item in &report.items {
            let mut language_free = item.clone();
            language_free.texts.clear();
            let data = serde_json::to_string(&language_free).map_err(|e| Error::ContentCorrupt(e.to_string()))?;
            insert_item.execute(params![
                item.id,
                item.kind().as_str(),
                item.scope,
                item.version,
                item.valid_from,
                item.valid_until,
                data
            ])?;
            for (lang, text) in &item.texts {
                let body_plain = markdown_to_plain_text(&text.body_markdown);
                let (title_folded, summary_folded) = (fold(&text.title), fold(&text.summary));
                insert_text.execute(params![
                    item.id,
                    lang.code(),
                    state_str(text.state),
                    text.title,
                    text.summary,
                    markdown_to_safe_html(&text.body_markdown),
                    body_plain,
                    title_folded,
                    summary_folded
                ])?;
                let rowid = tx.last_insert_rowid();
                let index = Lang::ALL.iter().position(|l| l == lang).unwrap_or(0);
                insert_fts[index].execute(params![rowid, title_folded, summary_folded, fold(&body_plain)])?;
            }
        }
    }
    for lang in Lang::ALL {
        // One merged b-tree per index: bulk inserts leave many segments, which slow every query.
        tx.execute(&format!("INSERT INTO {table}({table}) VALUES ('optimize')", table = fts_table(lang)), [])?;
        tx.execute(
            &format!(
                "INSERT OR IGNORE INTO vocab(word) SELECT term FROM {}_terms WHERE length(term) >= 4",
                fts_table(lang)
            ),
            [],
        )?;
    }
    tx.execute("INSERT INTO vocab_trigrams(vocab_trigrams) VALUES ('rebuild')", [])?;
    let content_date = report.items.iter().map(|item| item.verified_on).max();
    for (key, value) in [
        ("schema_version", CONTENT_SCHEMA_VERSION.to_string()),
        ("source_fingerprint", fingerprint.to_string()),
        ("content_date", content_date.map(|d| d.to_string()).unwrap_or_default()),
    ] {
        tx.execute("INSERT INTO meta(key, value) VALUES (?1, ?2)", params![key, value])?;
    }
    tx.commit()?;
    Ok(())
}
