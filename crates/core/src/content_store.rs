//! `content.db`: everything published, rebuildable at any time from the sources.
//!
//! Language-free item fields are stored as JSON of [`Item`] (without texts), because the app
//! reads them whole; texts are rows per language with Markdown rendered to safe HTML once,
//! here. Each language has its own contentless FTS5 table over folded text (see
//! [`crate::fold`]), plus one over its titles alone, so a search reads only the indexes of the
//! languages it covers.
//!
//! An update indexes only the languages the person reads (their own, English and Dutch; see
//! [`ContentStore::set_languages_indexed_at_apply`]) in its transaction: indexing all thirteen
//! made applying a 1,000-item update take well over a second. The other languages' indexes are
//! emptied in that same transaction and marked unindexed (`meta` keys `unindexed:<lang>`), and
//! their new texts are stored as sent (Markdown, keywords), not stemmed. A search, or a switch
//! to that language, indexes such a language completely, in one transaction, before it reads
//! it ([`ContentStore::index_languages`]), so no search ever reads half an index. An update's
//! bodies are rendered to safe HTML when an item page reads them, not when it is applied: a
//! page renders one body, an update a thousand in thirteen languages.

use crate::error::UpdateErrorKind;
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::model::{Item, ItemKind, ItemText, NATIONAL_SCOPE, Scope, TaskRule, TranslationState};
use crate::render::{markdown_to_plain_text, markdown_to_safe_html};
use crate::search::{TYPO_MIN_LETTERS, Vocabulary};
use crate::source::{LoadReport, SourceTree};
use crate::sync::SkippedScope;
use crate::sync::pack::Pack;
use crate::terms::TermIndexer;
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior, params};
use serde::{Deserialize, Serialize};
use std::cell::{OnceCell, RefCell};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use wegwijs_trust::client::TrustedState;

/// Bumped when the layout of content.db changes; an older file is rebuilt, never migrated.
pub const CONTENT_SCHEMA_VERSION: u32 = 8;

/// An open content store.
#[derive(Debug)]
pub struct ContentStore {
    conn: Connection,
    /// `content.db.trust` beside the file: a copy of the trusted feed metadata that outlives
    /// any rebuild (see [`ContentStore::open_or_build`]); `None` in memory.
    trust_file: Option<PathBuf>,
    /// The search's typo vocabulary, read on first use; dropped when an update or a language
    /// indexed later changes it.
    vocabulary: RefCell<OnceCell<Vocabulary>>,
    /// The languages an update indexes in its own transaction; all of them unless the app
    /// says which the person reads.
    indexed_at_apply: Vec<Lang>,
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
    -- Title, summary and search keywords as indexed (crate::terms), for re-ranking search
    -- results without stemming at query time. Before the bodies: a search reads these columns
    -- of a hundred rows per language, and a column after a long body lies on overflow pages.
    title_folded TEXT NOT NULL,
    summary_folded TEXT NOT NULL,
    keywords_folded TEXT NOT NULL,
    -- A text an update stored for a language it left unindexed: its search keywords as sent,
    -- body_plain and the folded columns empty until the language is indexed
    -- (ContentStore::index_languages); NULL after.
    keywords TEXT,
    body_plain TEXT NOT NULL,
    -- A text an update brought: its Markdown as sent, rendered (and sanitized) when read, and
    -- body_html empty; NULL when body_html holds it (bundled content, rendered at build).
    body_markdown TEXT,
    body_html TEXT NOT NULL,
    UNIQUE(item_id, lang)
);
CREATE TABLE vocab(id INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE);
-- The signed feed: content version per scope (bundled content is version 0), the trusted TUF
-- metadata as received, and the files applied, kept to pass on as an update file.
CREATE TABLE feed_scopes(scope TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE trust_metadata(role TEXT PRIMARY KEY, bytes BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE feed_files(path TEXT PRIMARY KEY, bytes BLOB NOT NULL) WITHOUT ROWID;
";

/// The most of content.db SQLite maps into memory: address space, not memory (the system pages
/// it in as it is read), and no more than the file (a few MB on a phone; the 20,000-item
/// benchmark corpus in 13 languages is 1 GiB). Where mapping fails, SQLite reads as before.
const MMAP_BYTES: i64 = 1 << 30;

/// The most of its WAL that content.db keeps on disk between writes.
const WAL_KEPT_BYTES: i64 = 4 << 20;

/// SQLite's default: a commit that leaves the WAL longer than this copies it into the database.
const DEFAULT_AUTOCHECKPOINT_PAGES: i64 = 1000;

/// Prepared statements kept per connection: a search alone uses one per language it searches.
const STATEMENT_CACHE_CAPACITY: usize = 64;

pub(crate) fn fts_table(lang: Lang) -> String {
    format!("fts_{}", lang.code())
}

/// The titles and search keywords alone, indexed again: a search ranks them first, and a
/// common word or a short prefix costs a twentieth of the full index there.
pub(crate) fn fts_title_table(lang: Lang) -> String {
    format!("fts_{}_title", lang.code())
}

/// How long a write to content.db waits for another connection's. An update applies on a
/// connection of its own ([`crate::app::ApplyJob`]), seconds on a slow phone for a large one;
/// the app's own writes meanwhile (a check's metadata, a language indexed on a switch) wait
/// for it rather than fail. Reads never wait (WAL).
const WRITE_WAIT: std::time::Duration = std::time::Duration::from_secs(60);

impl ContentStore {
    /// Opens an existing content.db. Fails with [`Error::ContentCorrupt`] when it is not a
    /// content store of this version.
    pub fn open(path: &Path) -> Result<ContentStore> {
        let conn =
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE_CAPACITY);
        conn.busy_timeout(WRITE_WAIT)?;
        let store = ContentStore {
            conn,
            trust_file: Some(sibling(path, "trust")),
            vocabulary: RefCell::default(),
            indexed_at_apply: Lang::ALL.to_vec(),
        };
        let schema: Option<String> = store.meta("schema_version").map_err(corrupt)?;
        if schema.as_deref() != Some(&CONTENT_SCHEMA_VERSION.to_string()) {
            return Err(Error::ContentCorrupt(format!("schema version {schema:?}, expected {CONTENT_SCHEMA_VERSION}")));
        }
        store.conn.pragma_update(None, "journal_mode", "WAL").map_err(corrupt)?;
        // In WAL mode NORMAL keeps content.db whole through a crash or power loss; the last
        // update may be lost with the power, and is fetched again. FULL's flush of the WAL at
        // every commit was a fifth of an update's apply.
        store.conn.pragma_update(None, "synchronous", "NORMAL").map_err(corrupt)?;
        // Searches read pages of the indexes all over the file: mapped, SQLite reads them in
        // place instead of copying each one out of the system's cache (a third of a search's
        // time on the 20,000-item corpus). Only reads use the map.
        store.conn.pragma_update(None, "mmap_size", MMAP_BYTES).map_err(corrupt)?;
        // An update fills the WAL with tens of megabytes; once they are in content.db, the next
        // write that starts the WAL over cuts the file back to this.
        store.conn.pragma_update(None, "journal_size_limit", WAL_KEPT_BYTES).map_err(corrupt)?;
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
        // The bundled content is back to version 0, but the trusted feed metadata stays, so a
        // rebuild can never let an older feed in: from its own file, which no schema change or
        // damage to content.db touches, else read from the old file whatever its schema.
        // Without the entity tag the next check asks the server for the timestamp again and
        // finds the packs to fetch.
        let carried = read_trust_file(&sibling(path, "trust")).or_else(|| read_trust_tolerantly(path));
        let report = crate::source::load(sources);
        let mut store = ContentStore::build(path, &report, &fingerprint)?;
        if let Some(mut trusted) = carried {
            trusted.timestamp_etag = None;
            store.save_trusted_state(&trusted, &[])?;
        }
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
            // Before the first table: texts of one to three kilobytes fit a 16 KiB page without
            // overflow pages, which made an update's apply a tenth faster than 4 KiB pages.
            conn.pragma_update(None, "page_size", 16_384)?;
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
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE_CAPACITY);
        Ok(ContentStore {
            conn,
            trust_file: None,
            vocabulary: RefCell::default(),
            indexed_at_apply: Lang::ALL.to_vec(),
        })
    }

    /// A value from the store's metadata (schema_version, source_fingerprint, content_date, ...).
    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        Ok(self.conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |row| row.get(0)).optional()?)
    }

    /// The date the content was last checked: the newest verified-on date of a national item.
    /// A municipality's items do not count: its editors vouch for their own pages only.
    pub fn content_date(&self) -> Result<Option<NaiveDate>> {
        let date: Option<String> = self.conn.query_row(
            "SELECT max(json_extract(data, '$.verified_on')) FROM items WHERE scope = ?1",
            [NATIONAL_SCOPE],
            |row| row.get(0),
        )?;
        Ok(date.and_then(|text| text.parse().ok()))
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
                    "SELECT state, title, summary, body_html, body_markdown FROM item_texts WHERE item_id = ?1 AND lang = ?2",
                )?
                .query_row(params![id, candidate.code()], |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        row.get::<_, String>(1)?,
                        row.get::<_, String>(2)?,
                        row.get::<_, String>(3)?,
                        row.get::<_, Option<String>>(4)?,
                    ))
                })
                .optional()?;
            if let Some((state, title, summary, body_html, body_markdown)) = text {
                // An update's text is rendered when read (see the module docs).
                let body_html = body_markdown.map_or(body_html, |markdown| markdown_to_safe_html(&markdown));
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
    /// A language an update left unindexed is indexed first.
    pub fn search(&self, query: &str, options: &SearchOptions) -> Result<Vec<SearchHit>> {
        self.index_languages(&options.lang.fallback_chain())?;
        crate::search::search(&self.conn, &self.vocabulary.borrow(), query, options)
    }

    /// Makes updates index `langs` (the person's language, English and Dutch) in their own
    /// transaction and leave the other languages to [`ContentStore::index_languages`].
    pub fn set_languages_indexed_at_apply(&mut self, langs: &[Lang]) {
        self.indexed_at_apply = langs.to_vec();
    }

    /// Drops what this connection cached of the content (the typo vocabulary), after an update
    /// that another connection applied.
    pub fn forget_cached(&mut self) {
        self.vocabulary.get_mut().take();
    }

    /// The languages whose search indexes an update emptied and nothing has filled yet.
    pub fn unindexed_languages(&self) -> Result<Vec<Lang>> {
        unindexed_languages(&self.conn)
    }

    /// Indexes those of `langs` that an update left unindexed, each completely in one
    /// transaction of its own (a reader sees no index or all of it).
    pub fn index_languages(&self, langs: &[Lang]) -> Result<()> {
        let unindexed = self.unindexed_languages()?;
        for lang in langs.iter().filter(|lang| unindexed.contains(lang)) {
            let tx = rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
            // Another connection may have indexed it meanwhile.
            if unindexed_languages(&tx)?.contains(lang) {
                index_language(&tx, *lang)?;
                tx.commit()?;
            }
            self.vocabulary.borrow_mut().take();
        }
        Ok(())
    }

    /// Checks the file for damage (PRAGMA integrity_check).
    pub fn integrity_check(&self) -> Result<bool> {
        let result: String = self.conn.query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
        Ok(result == "ok")
    }
}

/// A verified update, ready to apply: the packs, the trusted metadata that listed them, and the
/// files to keep for passing the update on.
#[derive(Debug, Clone)]
pub struct ContentUpdate {
    pub packs: Vec<Pack>,
    pub trusted: TrustedState,
    /// Pack files by repository path (`targets/...`), as downloaded.
    pub files: Vec<(String, Vec<u8>)>,
    /// The pack paths the trusted metadata still lists; kept files not among them are dropped.
    pub listed: BTreeSet<String>,
    /// The trusted metadata the update started from, when known: applying is refused if the
    /// phone's has changed since (an update file imported meanwhile), so it is never replaced
    /// by older metadata. `None`: not compared.
    pub trusted_before: Option<Option<TrustedState>>,
}

impl ContentStore {
    /// The version of every item, by id: comparing them before and after an update tells what
    /// it changed.
    pub fn item_versions(&self) -> Result<BTreeMap<String, u64>> {
        let mut statement = self.conn.prepare_cached("SELECT id, version FROM items")?;
        let rows = statement.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?)))?;
        rows.map(|row| row.map(|(id, version)| (id, version as u64)).map_err(Error::from)).collect()
    }

    /// The content version of each scope that came from the feed (absent: bundled content).
    pub fn feed_versions(&self) -> Result<BTreeMap<String, u64>> {
        let mut statement = self.conn.prepare_cached("SELECT scope, version FROM feed_scopes")?;
        let rows = statement.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?)))?;
        rows.map(|row| row.map(|(scope, version)| (scope, version as u64)).map_err(Error::from)).collect()
    }

    /// The trusted feed metadata, if this phone ever verified any.
    pub fn trusted_state(&self) -> Result<Option<TrustedState>> {
        read_trusted_state(&self.conn)
    }

    /// Files kept from applied updates, by repository path: the trusted metadata and packs.
    pub fn feed_files(&self) -> Result<BTreeMap<String, Vec<u8>>> {
        let mut statement = self.conn.prepare_cached("SELECT path, bytes FROM feed_files")?;
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Whether the phone keeps packs it could pass on (without reading them).
    pub fn has_feed_packs(&self) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT EXISTS(SELECT 1 FROM feed_files WHERE path LIKE 'targets/%')", [], |row| row.get(0))?)
    }

    /// Forgets what this phone kept of municipalities' feeds to pass on (their packs and their
    /// roles' signed metadata, which name the person's municipality), when the person deletes
    /// their data. Freed pages are overwritten and the write-ahead log emptied, so nothing of
    /// it stays readable in the files. The content itself stays: it is the same on every phone.
    pub fn forget_municipal_feed_files(&mut self) -> Result<()> {
        let national_packs = format!("targets/{}/%", crate::sync::pack_dir(NATIONAL_SCOPE));
        // Top-level targets, the national role and the list of delegations name no one's
        // municipality; they stay, so versions never go down.
        let national_roles = ["targets", crate::sync::NATIONAL_ROLE, crate::sync::MUNICIPALITIES_ROLE]
            .map(|role| format!("targets/{role}"));
        self.conn.pragma_update(None, "secure_delete", true)?;
        let forgotten = (|| {
            let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            tx.execute("DELETE FROM feed_files WHERE path LIKE 'targets/%' AND path NOT LIKE ?1", [&national_packs])?;
            tx.execute(
                "DELETE FROM trust_metadata WHERE role LIKE 'targets/%' AND role NOT IN (?1, ?2, ?3)",
                national_roles,
            )?;
            tx.commit()?;
            self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| row.get::<_, i64>(0))
        })();
        self.conn.pragma_update(None, "secure_delete", false)?;
        let forgotten = forgotten?;
        // The copy of the trusted metadata beside content.db forgets those roles as well.
        if let Some(trusted) = self.trusted_state()? {
            write_trust_file(self.trust_file.as_deref(), &trusted)?;
        }
        match forgotten {
            0 => Ok(()),
            _ => Err(Error::Io(std::io::Error::other("content.db is in use: its log could not be emptied"))),
        }
    }

    /// When the phone last asked the feed for news, and whether that worked.
    pub fn last_check(&self) -> Result<Option<DateTime<Utc>>> {
        Ok(self.meta("last_check")?.and_then(|text| text.parse().ok()))
    }

    pub fn record_check(&self, at: DateTime<Utc>) -> Result<()> {
        set_meta(&self.conn, "last_check", &at.to_rfc3339())
    }

    /// Stores trusted metadata that changed without new content (a new timestamp, say), and
    /// feed files to keep with it (roots the chain walk passed).
    pub fn save_trusted_state(&mut self, trusted: &TrustedState, files: &[(String, Vec<u8>)]) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        write_trusted_state(&tx, trusted, files)?;
        write_trust_file(self.trust_file.as_deref(), trusted)?;
        tx.commit()?;
        Ok(())
    }

    /// Like [`ContentStore::save_trusted_state`], for a check that started from `base`: when
    /// the stored metadata is no longer `base` (an update file was imported meanwhile), the
    /// check's result is older news and nothing is written. The comparison runs inside the
    /// write transaction. Returns whether it was written.
    pub fn save_trusted_state_over(
        &mut self,
        base: Option<&TrustedState>,
        trusted: &TrustedState,
        files: &[(String, Vec<u8>)],
    ) -> Result<bool> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if read_trusted_state(&tx)?.as_ref() != base {
            return Ok(false);
        }
        write_trusted_state(&tx, trusted, files)?;
        write_trust_file(self.trust_file.as_deref(), trusted)?;
        tx.commit()?;
        Ok(true)
    }

    /// Applies packs and the metadata that vouched for them in one `BEGIN IMMEDIATE`
    /// transaction: a crash leaves the old content and trust, or the new, never a mix.
    ///
    /// Each scope's packs apply on their own (a savepoint each): a municipal scope whose packs
    /// do not fit this phone, or reuse an item id of another scope, is left out with its files
    /// and returned; the national scope failing refuses the whole update.
    ///
    /// The commit leaves the update in the WAL: copying it into content.db doubled the apply's
    /// time, and readers find it in the WAL meanwhile. [`ContentStore::checkpoint`] copies it
    /// after the apply, and closing the last connection does too.
    pub fn apply_update(&mut self, update: ContentUpdate) -> Result<Vec<SkippedScope>> {
        self.conn.pragma_update(None, "wal_autocheckpoint", 0)?;
        let applied = self.apply_update_in_transaction(&update);
        // Freeing thousands of decoded texts takes a few milliseconds nobody needs to wait for.
        std::thread::spawn(move || drop(update));
        self.conn.pragma_update(None, "wal_autocheckpoint", DEFAULT_AUTOCHECKPOINT_PAGES)?;
        applied
    }

    /// Copies what the WAL holds into content.db (SQLite's passive checkpoint: it waits for
    /// nobody), after an update. Runs on its own connection, off the person's path.
    pub fn checkpoint(&self) -> Result<()> {
        self.conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))?;
        Ok(())
    }

    fn apply_update_in_transaction(&mut self, update: &ContentUpdate) -> Result<Vec<SkippedScope>> {
        self.vocabulary.get_mut().take();
        let mut tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if let Some(base) = &update.trusted_before
            && read_trusted_state(&tx)?.as_ref() != base.as_ref()
        {
            return Err(Error::Update {
                kind: UpdateErrorKind::Inconsistent,
                detail: "the phone's feed metadata changed while the update was downloaded".into(),
            });
        }
        if !update.packs.is_empty() {
            for lang in Lang::ALL.iter().filter(|lang| !self.indexed_at_apply.contains(lang)) {
                mark_unindexed(&tx, *lang)?;
            }
        }
        let unindexed = unindexed_languages(&tx)?;
        let mut skipped = Vec::new();
        let mut applied_any = false;
        for scope_packs in update.packs.chunk_by(|a, b| a.scope.code == b.scope.code) {
            let code = &scope_packs[0].scope.code;
            let savepoint = tx.savepoint()?;
            match apply_scope_packs(&savepoint, scope_packs, &unindexed) {
                Ok(()) => {
                    savepoint.commit()?;
                    applied_any = true;
                }
                // Dropping the savepoint rolls this scope back.
                Err(error) => skipped.push(SkippedScope::of(code, error)?),
            }
        }
        if applied_any {
            update_content_date(&tx)?;
        }
        let skipped_dirs: Vec<String> =
            skipped.iter().map(|s| format!("targets/{}/", crate::sync::pack_dir(&s.scope))).collect();
        let files: Vec<(String, Vec<u8>)> = update
            .files
            .iter()
            .filter(|(path, _)| !skipped_dirs.iter().any(|dir| path.starts_with(dir.as_str())))
            .cloned()
            .collect();
        write_trusted_state(&tx, &update.trusted, &files)?;
        write_trust_file(self.trust_file.as_deref(), &update.trusted)?;
        let kept: Vec<String> =
            tx.prepare("SELECT path FROM feed_files")?.query_map([], |row| row.get(0))?.collect::<Result<_, _>>()?;
        // Roots are never dropped: a phone with an older pinned root needs the whole chain.
        for path in kept.iter().filter(|path| !update.listed.contains(*path) && !path.ends_with(".root.json")) {
            tx.execute("DELETE FROM feed_files WHERE path = ?1", [path])?;
        }
        tx.commit()?;
        Ok(skipped)
    }
}

/// Applies the packs of one scope (a full pack, a delta, or a full pack and a delta), in order.
/// The indexes of `unindexed` languages are left alone (they are empty).
fn apply_scope_packs(conn: &Connection, packs: &[Pack], unindexed: &[Lang]) -> Result<()> {
    for pack in packs {
        let code = &pack.scope.code;
        let current: i64 = conn
            .query_row("SELECT version FROM feed_scopes WHERE scope = ?1", [code], |row| row.get(0))
            .optional()?
            .unwrap_or(0);
        match pack.base {
            Some(base) if base as i64 != current => {
                return Err(Error::Update {
                    kind: UpdateErrorKind::Inconsistent,
                    detail: format!("a change from version {base} of {code}, but this phone has {current}"),
                });
            }
            _ if pack.version as i64 <= current => {
                return Err(Error::Update {
                    kind: UpdateErrorKind::Rollback,
                    detail: format!("version {} of {code}, but this phone has {current}", pack.version),
                });
            }
            _ => {}
        }
        refuse_ids_of_other_scopes(conn, pack)?;
        match pack.base {
            Some(_) => {
                let mut ids: Vec<&str> = pack.removed.iter().map(String::as_str).collect();
                ids.extend(pack.items.iter().map(|item| item.id.as_str()));
                delete_items(conn, &ids, unindexed)?;
            }
            None => {
                let ids: Vec<String> = conn
                    .prepare("SELECT id FROM items WHERE scope = ?1")?
                    .query_map([code], |row| row.get(0))?
                    .collect::<Result<_, _>>()?;
                delete_items(conn, &ids.iter().map(String::as_str).collect::<Vec<_>>(), unindexed)?;
            }
        }
        upsert_scope(conn, &pack.scope)?;
        insert_items(conn, &pack.items, unindexed, Bodies::AsSent)?;
        conn.execute(
            "INSERT OR REPLACE INTO feed_scopes(scope, version) VALUES (?1, ?2)",
            params![code, pack.version as i64],
        )?;
    }
    if let Some(pack) = packs.first() {
        refuse_dangling_links(conn, &pack.scope.code)?;
    }
    Ok(())
}

/// Every link of a scope's items (`related`, a task's rights) names an item of that scope or a
/// national one, by the same rule as the sources ([`crate::source::rules::link`]), so no screen
/// meets an item it cannot show.
fn refuse_dangling_links(conn: &Connection, code: &str) -> Result<()> {
    let items: Vec<String> = conn
        .prepare_cached("SELECT data FROM items WHERE scope = ?1")?
        .query_map([code], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    let mut kind_of = conn.prepare_cached("SELECT kind FROM items WHERE id = ?1 AND (scope = ?2 OR scope = 'nl')")?;
    for data in items {
        let item: Item = serde_json::from_str(&data).map_err(|e| Error::ContentCorrupt(e.to_string()))?;
        for (target, must_be_right) in crate::source::rules::links(&item) {
            let kind: Option<String> = kind_of.query_row(params![target, code], |row| row.get(0)).optional()?;
            let kind = kind.and_then(|kind| serde_json::from_value(serde_json::Value::String(kind)).ok());
            if let Err(problem) = crate::source::rules::link(target, must_be_right, kind) {
                return Err(not_allowed(format!("item {:?}: {problem}", item.id)));
            }
        }
    }
    Ok(())
}

/// An item id a pack adds, changes or removes must be free or already its scope's, and
/// appear once: one scope never replaces or removes another's item.
fn refuse_ids_of_other_scopes(conn: &Connection, pack: &Pack) -> Result<()> {
    let code = &pack.scope.code;
    let mut seen = BTreeSet::new();
    for item in &pack.items {
        if !seen.insert(item.id.as_str()) {
            return Err(not_allowed(format!("item id {:?} appears twice in a pack of {code}", item.id)));
        }
    }
    let ids = pack.items.iter().map(|item| item.id.as_str()).chain(pack.removed.iter().map(String::as_str));
    let mut owner_of = conn.prepare_cached("SELECT scope FROM items WHERE id = ?1")?;
    for id in ids {
        let owner: Option<String> = owner_of.query_row([id], |row| row.get(0)).optional()?;
        if let Some(owner) = owner.filter(|owner| owner != code) {
            return Err(not_allowed(format!("item id {id:?} of scope {owner} in a pack of {code}")));
        }
    }
    Ok(())
}

fn not_allowed(detail: String) -> Error {
    Error::Update { kind: UpdateErrorKind::NotAllowed, detail: crate::sync::escape_controls(&detail) }
}

/// The trusted feed metadata stored in content.db, read through `conn` (a transaction, say).
fn read_trusted_state(conn: &Connection) -> Result<Option<TrustedState>> {
    let mut statement = conn.prepare_cached("SELECT role, bytes FROM trust_metadata")?;
    let roles: BTreeMap<String, Vec<u8>> =
        statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?.collect::<Result<_, _>>()?;
    let meta = |key: &str| -> Result<Option<String>> {
        Ok(conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |row| row.get(0)).optional()?)
    };
    let newest_time_seen = meta("newest_time_seen")?
        .map(|text| text.parse::<DateTime<Utc>>().map_err(|e| Error::ContentCorrupt(e.to_string())))
        .transpose()?;
    let Some(trusted) = trusted_state_of(roles, newest_time_seen) else { return Ok(None) };
    Ok(Some(TrustedState { timestamp_etag: meta("timestamp_etag")?, ..trusted }))
}

/// Writes the copy of the trusted metadata beside content.db: to a new file, synced, then
/// renamed over the old, so the copy is always one whole state. It is written before the
/// transaction commits, so it is never older than content.db's (at worst newer, when the
/// commit fails, which only makes the next check fetch again).
fn write_trust_file(path: Option<&Path>, trusted: &TrustedState) -> Result<()> {
    use std::io::Write as _;
    let Some(path) = path else { return Ok(()) };
    let mut entries: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    entries.insert("root".into(), trusted.root.clone());
    entries.extend(trusted.timestamp.clone().map(|bytes| ("timestamp".to_string(), bytes)));
    entries.extend(trusted.snapshot.clone().map(|bytes| ("snapshot".to_string(), bytes)));
    entries.extend(trusted.targets.iter().map(|(role, bytes)| (format!("targets/{role}"), bytes.clone())));
    entries.extend(trusted.newest_time_seen.map(|time| ("newest_time_seen".to_string(), time.to_rfc3339().into())));
    let writing = sibling(path, "writing");
    let mut file = std::fs::File::create(&writing)?;
    file.write_all(&crate::sync::file::UpdateFile { entries }.to_bytes())?;
    file.sync_all()?;
    std::fs::rename(&writing, path)?;
    Ok(())
}

/// The trusted metadata from the file [`write_trust_file`] wrote, if it is there and whole.
fn read_trust_file(path: &Path) -> Option<TrustedState> {
    let mut entries = crate::sync::file::UpdateFile::from_bytes(&std::fs::read(path).ok()?).ok()?.entries;
    let newest_time_seen = match entries.remove("newest_time_seen") {
        Some(text) => Some(String::from_utf8(text).ok()?.parse::<DateTime<Utc>>().ok()?),
        None => None,
    };
    trusted_state_of(entries, newest_time_seen)
}

/// The trusted metadata of a content.db of any schema that still has its `trust_metadata`
/// table (every one since the feed), read without the checks [`ContentStore::open`] makes.
fn read_trust_tolerantly(path: &Path) -> Option<TrustedState> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    let roles: BTreeMap<String, Vec<u8>> = conn
        .prepare("SELECT role, bytes FROM trust_metadata")
        .ok()?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .ok()?
        .collect::<Result<_, _>>()
        .ok()?;
    let newest_time_seen = conn
        .query_row("SELECT value FROM meta WHERE key = 'newest_time_seen'", [], |row| row.get::<_, String>(0))
        .ok()
        .and_then(|text| text.parse::<DateTime<Utc>>().ok());
    trusted_state_of(roles, newest_time_seen)
}

/// A trusted state from metadata by role (`root`, `timestamp`, `snapshot`, `targets/<role>`).
fn trusted_state_of(
    mut roles: BTreeMap<String, Vec<u8>>,
    newest_time_seen: Option<DateTime<Utc>>,
) -> Option<TrustedState> {
    let root = roles.remove("root")?;
    Some(TrustedState {
        root,
        timestamp: roles.remove("timestamp"),
        snapshot: roles.remove("snapshot"),
        targets: roles
            .into_iter()
            .filter_map(|(key, bytes)| key.strip_prefix("targets/").map(|role| (role.to_string(), bytes)))
            .collect(),
        newest_time_seen,
        timestamp_etag: None,
    })
}

/// Replaces the trusted metadata and keeps `files` (packs, roots) with it.
fn write_trusted_state(conn: &Connection, trusted: &TrustedState, files: &[(String, Vec<u8>)]) -> Result<()> {
    for (path, bytes) in files {
        conn.execute("INSERT OR REPLACE INTO feed_files(path, bytes) VALUES (?1, ?2)", params![path, bytes])?;
    }
    conn.execute("DELETE FROM trust_metadata", [])?;
    let roles = [("root".to_string(), Some(&trusted.root)), ("timestamp".to_string(), trusted.timestamp.as_ref())]
        .into_iter()
        .chain([("snapshot".to_string(), trusted.snapshot.as_ref())])
        .chain(trusted.targets.iter().map(|(role, bytes)| (format!("targets/{role}"), Some(bytes))));
    for (role, bytes) in roles {
        if let Some(bytes) = bytes {
            conn.execute("INSERT INTO trust_metadata(role, bytes) VALUES (?1, ?2)", params![role, bytes])?;
        }
    }
    match &trusted.newest_time_seen {
        Some(time) => set_meta(conn, "newest_time_seen", &time.to_rfc3339())?,
        None => {
            conn.execute("DELETE FROM meta WHERE key = 'newest_time_seen'", [])?;
        }
    }
    match &trusted.timestamp_etag {
        Some(etag) => set_meta(conn, "timestamp_etag", etag)?,
        None => {
            conn.execute("DELETE FROM meta WHERE key = 'timestamp_etag'", [])?;
        }
    }
    Ok(())
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
        TranslationState::Machine => "machine",
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
            "CREATE VIRTUAL TABLE {table} USING fts5(title, keywords, summary, body, content='', contentless_delete=1, detail=column, tokenize='unicode61 remove_diacritics 2');
             INSERT INTO {table}({table}, rank) VALUES ('rank', 'bm25(10.0, 8.0, 4.0, 1.0)');
             CREATE VIRTUAL TABLE {titles} USING fts5(title, keywords, content='', contentless_delete=1, detail=none, tokenize='unicode61 remove_diacritics 2');",
            table = fts_table(lang),
            titles = fts_title_table(lang)
        ))?;
    }
    for scope in &report.scopes {
        upsert_scope(&tx, scope)?;
    }
    insert_items(&tx, &report.items, &[], Bodies::Rendered)?;
    for lang in Lang::ALL {
        // One merged b-tree per index: bulk inserts leave many segments, which slow every query.
        for table in [fts_table(lang), fts_title_table(lang)] {
            tx.execute(&format!("INSERT INTO {table}({table}) VALUES ('optimize')"), [])?;
        }
    }
    for (key, value) in
        [("schema_version", CONTENT_SCHEMA_VERSION.to_string()), ("source_fingerprint", fingerprint.to_string())]
    {
        set_meta(&tx, key, &value)?;
    }
    update_content_date(&tx)?;
    tx.commit()?;
    Ok(())
}

fn set_meta(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)", params![key, value])?;
    Ok(())
}

fn upsert_scope(conn: &Connection, scope: &Scope) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO scopes(code, name, sample) VALUES (?1, ?2, ?3)
         ON CONFLICT(code) DO UPDATE SET name = excluded.name, sample = excluded.sample",
    )?
    .execute(params![scope.code, scope.name, scope.sample])?;
    Ok(())
}

/// How [`insert_items`] stores bodies.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bodies {
    /// Rendered to safe HTML now (a build of the bundled content).
    Rendered,
    /// As sent, rendered when read (an update).
    AsSent,
}

/// Writes items with their texts and the index rows of every language but `unindexed`, and
/// adds the words of those rows to the typo vocabulary.
fn insert_items(conn: &Connection, items: &[Item], unindexed: &[Lang], bodies: Bodies) -> Result<()> {
    let indexed: Vec<Lang> = Lang::ALL.into_iter().filter(|lang| !unindexed.contains(lang)).collect();
    std::thread::scope(|scope| {
        // Folding needs no database: it runs while this thread writes the rows that need no
        // folding (the items, the texts of unindexed languages).
        let folding = scope.spawn(|| prepare_texts(items, &indexed, bodies));
        let written = insert_unfolded_rows(conn, items, &indexed);
        // A panic while folding is a bug in the folding code: pass it on as it is.
        let prepared = folding.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        written?;
        insert_folded_texts(conn, items, prepared, bodies)
    })
}

/// The item rows, and the texts of languages not in `indexed` as sent, with their keywords
/// kept for when the language is indexed.
fn insert_unfolded_rows(conn: &Connection, items: &[Item], indexed: &[Lang]) -> Result<()> {
    let mut insert_item = conn.prepare_cached(
        "INSERT INTO items(id, kind, scope, version, valid_from, valid_until, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut insert_unindexed = conn.prepare_cached(
        "INSERT INTO item_texts(item_id, lang, state, title, summary, body_html, body_plain, title_folded, summary_folded, keywords_folded, body_markdown, keywords) VALUES (?1, ?2, ?3, ?4, ?5, '', '', '', '', '', ?6, ?7)",
    )?;
    for item in items {
        insert_item.execute(params![
            item.id,
            item.kind().as_str(),
            item.scope,
            item.version,
            item.valid_from,
            item.valid_until,
            language_free_json(item)?
        ])?;
        for (lang, text) in item.texts.iter().filter(|(lang, _)| !indexed.contains(lang)) {
            insert_unindexed.execute(params![
                item.id,
                lang.code(),
                state_str(text.state),
                text.title,
                text.summary,
                text.body_markdown,
                keywords_text(&text.keywords)
            ])?;
        }
    }
    Ok(())
}

/// An item as the `items` table holds it: without its texts, which `item_texts` holds.
fn language_free_json(item: &Item) -> Result<String> {
    serde_json::to_string(&item.without_texts()).map_err(|e| Error::ContentCorrupt(e.to_string()))
}

/// The texts of the indexed languages, folded by [`prepare_texts`], with their index rows and
/// their words in the typo vocabulary.
fn insert_folded_texts(
    conn: &Connection,
    items: &[Item],
    mut prepared: BTreeMap<Lang, FoldedLanguage>,
    bodies: Bodies,
) -> Result<()> {
    let mut insert_text = conn.prepare_cached(
        "INSERT INTO item_texts(item_id, lang, state, title, summary, body_html, body_plain, title_folded, summary_folded, keywords_folded, body_markdown) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    let mut index = IndexWriter::new(conn);
    for (position, item) in items.iter().enumerate() {
        for (lang, text) in &item.texts {
            let Some(folded) = prepared.get_mut(lang).and_then(|language| language.texts[position].take()) else {
                continue;
            };
            let body_markdown = match bodies {
                Bodies::Rendered => None,
                Bodies::AsSent => Some(&text.body_markdown),
            };
            insert_text.execute(params![
                item.id,
                lang.code(),
                state_str(text.state),
                text.title,
                text.summary,
                folded.body_html,
                folded.body_plain,
                folded.title,
                folded.summary,
                folded.keywords,
                body_markdown
            ])?;
            let row = IndexRow {
                rowid: conn.last_insert_rowid(),
                title: &folded.title,
                keywords: &folded.keywords,
                summary: &folded.summary,
                body: &folded.body,
            };
            index.insert(*lang, &row)?;
        }
    }
    for language in prepared.into_values() {
        add_to_vocabulary(conn, &language.words)?;
    }
    Ok(())
}

/// An item text as its language's indexes and `item_texts` hold it: folded and stemmed like
/// every query ([`crate::terms`]), and the body as plain text (and as safe HTML for a build).
struct FoldedText {
    title: String,
    summary: String,
    keywords: String,
    body_plain: String,
    /// The plain body's terms, for the index.
    body: String,
    /// Empty for an update, whose bodies are rendered when read.
    body_html: String,
}

impl FoldedText {
    fn of(indexer: &mut TermIndexer, text: &ItemText, bodies: Bodies) -> FoldedText {
        let body_plain = markdown_to_plain_text(&text.body_markdown);
        FoldedText {
            title: indexer.index_text(&text.title),
            summary: indexer.index_text(&text.summary),
            keywords: indexer.index_text(&keywords_text(&text.keywords)),
            body: indexer.index_text(&body_plain),
            body_plain,
            body_html: match bodies {
                Bodies::Rendered => markdown_to_safe_html(&text.body_markdown),
                Bodies::AsSent => String::new(),
            },
        }
    }
}

/// A language's texts as [`prepare_texts`] folds them (by item position), and the words of
/// their index rows for the typo vocabulary.
struct FoldedLanguage {
    texts: Vec<Option<FoldedText>>,
    words: Vec<String>,
}

/// The texts of `items` in each of `langs`, folded on as many threads as the device has cores:
/// folding, stemming and Markdown take most of an apply's time outside SQLite, and nothing of
/// it needs the database.
fn prepare_texts(items: &[Item], langs: &[Lang], bodies: Bodies) -> BTreeMap<Lang, FoldedLanguage> {
    let folded = crate::parallel::map(langs, |lang| {
        let mut indexer = TermIndexer::new(*lang);
        let texts: Vec<Option<FoldedText>> = items
            .iter()
            .map(|item| item.texts.get(lang).map(|text| FoldedText::of(&mut indexer, text, bodies)))
            .collect();
        let mut words = NewWords::default();
        for text in texts.iter().flatten() {
            for indexed in [&text.title, &text.keywords, &text.summary, &text.body] {
                words.add(indexed);
            }
        }
        FoldedLanguage { texts, words: words.into_sorted() }
    });
    langs.iter().copied().zip(folded).collect()
}

/// The words of index rows that the typo vocabulary keeps ([`TYPO_MIN_LETTERS`] or more), each
/// once.
#[derive(Default)]
struct NewWords(rustc_hash::FxHashSet<String>);

impl NewWords {
    /// Adds the words of a text as the index holds it ([`TermIndexer::index_text`]).
    fn add(&mut self, indexed_text: &str) {
        for word in indexed_text.split(' ') {
            if word.chars().nth(TYPO_MIN_LETTERS - 1).is_some() && !self.0.contains(word) {
                self.0.insert(word.to_string());
            }
        }
    }

    fn into_sorted(self) -> Vec<String> {
        let mut words: Vec<String> = self.0.into_iter().collect();
        words.sort_unstable();
        words
    }
}

/// Adds words the typo vocabulary lacks (the search holds their trigrams in memory), in one
/// statement. Words of removed items stay: they only cost a candidate that finds nothing.
fn add_to_vocabulary(conn: &Connection, words: &[String]) -> Result<()> {
    let words = serde_json::to_string(words).map_err(|e| Error::ContentCorrupt(e.to_string()))?;
    conn.prepare_cached("INSERT OR IGNORE INTO vocab(word) SELECT value FROM json_each(?1)")?.execute([words])?;
    Ok(())
}

/// Search keywords as one text to index; the commas keep a phrase's words apart from the next.
fn keywords_text(keywords: &[String]) -> String {
    keywords.join(" , ")
}

/// A text's row in its language's two indexes, from the folded columns of `item_texts`.
struct IndexRow<'a> {
    rowid: i64,
    title: &'a str,
    keywords: &'a str,
    summary: &'a str,
    /// The plain body's terms ([`TermIndexer::index_text`]).
    body: &'a str,
}

/// Inserts index rows through one prepared pair of statements per language.
struct IndexWriter<'conn> {
    conn: &'conn Connection,
    statements: BTreeMap<Lang, (rusqlite::CachedStatement<'conn>, rusqlite::CachedStatement<'conn>)>,
}

impl<'conn> IndexWriter<'conn> {
    fn new(conn: &'conn Connection) -> IndexWriter<'conn> {
        IndexWriter { conn, statements: BTreeMap::new() }
    }

    fn insert(&mut self, lang: Lang, row: &IndexRow<'_>) -> Result<()> {
        let (all, titles) = match self.statements.entry(lang) {
            std::collections::btree_map::Entry::Occupied(entry) => entry.into_mut(),
            std::collections::btree_map::Entry::Vacant(entry) => entry.insert((
                self.conn.prepare_cached(&format!(
                    "INSERT INTO {}(rowid, title, keywords, summary, body) VALUES (?1, ?2, ?3, ?4, ?5)",
                    fts_table(lang)
                ))?,
                self.conn.prepare_cached(&format!(
                    "INSERT INTO {}(rowid, title, keywords) VALUES (?1, ?2, ?3)",
                    fts_title_table(lang)
                ))?,
            )),
        };
        all.execute(params![row.rowid, row.title, row.keywords, row.summary, row.body])?;
        titles.execute(params![row.rowid, row.title, row.keywords])?;
        Ok(())
    }
}

/// Removes items, their texts and their index rows (none in `unindexed` languages).
fn delete_items(conn: &Connection, ids: &[&str], unindexed: &[Lang]) -> Result<()> {
    for id in ids {
        let texts: Vec<(i64, String)> = conn
            .prepare_cached("SELECT rowid, lang FROM item_texts WHERE item_id = ?1")?
            .query_map([id], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<Result<_, _>>()?;
        for (rowid, lang) in texts {
            let lang: Lang = lang.parse().map_err(|_| Error::ContentCorrupt(format!("bad language {lang}")))?;
            if unindexed.contains(&lang) {
                continue;
            }
            for table in [fts_table(lang), fts_title_table(lang)] {
                conn.prepare_cached(&format!("DELETE FROM {table} WHERE rowid = ?1"))?.execute([rowid])?;
            }
        }
        conn.prepare_cached("DELETE FROM item_texts WHERE item_id = ?1")?.execute([id])?;
        conn.prepare_cached("DELETE FROM items WHERE id = ?1")?.execute([id])?;
    }
    Ok(())
}

fn unindexed_key(lang: Lang) -> String {
    format!("unindexed:{}", lang.code())
}

/// The languages an update left unindexed (see the module docs).
fn unindexed_languages(conn: &Connection) -> Result<Vec<Lang>> {
    let mut statement = conn.prepare_cached("SELECT key FROM meta WHERE key >= 'unindexed:' AND key < 'unindexed;'")?;
    let keys = statement.query_map([], |row| row.get::<_, String>(0))?;
    let mut langs = Vec::new();
    for key in keys {
        let key = key?;
        let code = key.trim_start_matches("unindexed:");
        langs.push(code.parse().map_err(|_| Error::ContentCorrupt(format!("bad language {code}")))?);
    }
    Ok(langs)
}

/// Empties a language's indexes and marks it unindexed, inside an update's transaction.
fn mark_unindexed(conn: &Connection, lang: Lang) -> Result<()> {
    let key = unindexed_key(lang);
    if conn.query_row("SELECT 1 FROM meta WHERE key = ?1", [&key], |_| Ok(())).optional()?.is_some() {
        return Ok(());
    }
    for table in [fts_table(lang), fts_title_table(lang)] {
        conn.execute(&format!("INSERT INTO {table}({table}) VALUES ('delete-all')"), [])?;
    }
    set_meta(conn, &key, "")
}

/// Fills an unindexed language's indexes from its texts, merges them into one b-tree each, adds
/// its new words to the typo vocabulary and clears the mark. Runs inside a transaction.
fn index_language(conn: &Connection, lang: Lang) -> Result<()> {
    let mut indexer = TermIndexer::new(lang);
    fold_stored_texts(conn, lang, &mut indexer)?;
    for table in [fts_table(lang), fts_title_table(lang)] {
        conn.execute(&format!("INSERT INTO {table}({table}) VALUES ('delete-all')"), [])?;
    }
    let mut texts = conn.prepare(
        "SELECT rowid, title_folded, keywords_folded, summary_folded, body_plain FROM item_texts WHERE lang = ?1",
    )?;
    let mut rows = texts.query([lang.code()])?;
    let mut index = IndexWriter::new(conn);
    let mut words = NewWords::default();
    while let Some(row) = rows.next()? {
        let (title, keywords, summary, body_plain): (String, String, String, String) =
            (row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?);
        let index_row = IndexRow {
            rowid: row.get(0)?,
            title: &title,
            keywords: &keywords,
            summary: &summary,
            body: &indexer.index_text(&body_plain),
        };
        for indexed in [index_row.title, index_row.keywords, index_row.summary, index_row.body] {
            words.add(indexed);
        }
        index.insert(lang, &index_row)?;
    }
    for table in [fts_table(lang), fts_title_table(lang)] {
        conn.execute(&format!("INSERT INTO {table}({table}) VALUES ('optimize')"), [])?;
    }
    add_to_vocabulary(conn, &words.into_sorted())?;
    conn.execute("DELETE FROM meta WHERE key = ?1", [unindexed_key(lang)])?;
    Ok(())
}

/// Folds the texts of `lang` an update stored as sent, as [`insert_items`] does (their bodies
/// stay Markdown, rendered when read).
fn fold_stored_texts(conn: &Connection, lang: Lang, indexer: &mut TermIndexer) -> Result<()> {
    let mut stored = conn.prepare(
        "SELECT rowid, title, summary, body_markdown, keywords FROM item_texts
         WHERE lang = ?1 AND keywords IS NOT NULL",
    )?;
    let mut update = conn.prepare(
        "UPDATE item_texts SET body_plain = ?2, title_folded = ?3, summary_folded = ?4, keywords_folded = ?5,
             keywords = NULL
         WHERE rowid = ?1",
    )?;
    let texts: Vec<(i64, String, String, String, String)> = stored
        .query_map([lang.code()], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?)))?
        .collect::<Result<_, _>>()?;
    for (rowid, title, summary, markdown, keywords) in texts {
        update.execute(params![
            rowid,
            markdown_to_plain_text(&markdown),
            indexer.index_text(&title),
            indexer.index_text(&summary),
            indexer.index_text(&keywords)
        ])?;
    }
    Ok(())
}

fn update_content_date(conn: &Connection) -> Result<()> {
    let date: Option<String> =
        conn.query_row("SELECT max(json_extract(data, '$.verified_on')) FROM items", [], |row| row.get(0))?;
    set_meta(conn, "content_date", &date.unwrap_or_default())
}
