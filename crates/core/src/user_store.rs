//! `user.db`: what the person entered. Never rebuilt, only migrated forward.
//!
//! The schema version lives in `PRAGMA user_version`. Each entry of [`MIGRATIONS`] takes the
//! file from version N to N+1 inside one transaction; released entries are never edited, only
//! appended, and a test migrates a file of every earlier version with data in it.

use crate::checklist::{Profile, TaskState};
use crate::error::{Error, Result, is_corruption};
use crate::lang::Lang;
use crate::model::Stay;
use crate::pay::{Payslip, WorkDay};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Schema steps; `MIGRATIONS[n]` turns version n into n + 1.
pub const MIGRATIONS: &[&str] = &[
    // 0 → 1: profile and checklist marks.
    "CREATE TABLE profile(
        id INTEGER PRIMARY KEY CHECK (id = 1),
        lang TEXT,
        municipality TEXT,
        arrival TEXT,
        work_start TEXT,
        stay TEXT,
        children_in_nl INTEGER NOT NULL DEFAULT 0,
        children_abroad INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE checklist(task_id TEXT PRIMARY KEY, state TEXT NOT NULL, changed_at TEXT NOT NULL) WITHOUT ROWID;",
    // 1 → 2: agency work in the profile, settings and bookmarks.
    "ALTER TABLE profile ADD COLUMN via_agency INTEGER;
    CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE bookmarks(item_id TEXT PRIMARY KEY, added_at TEXT NOT NULL) WITHOUT ROWID;",
    // 2 → 3: the hours diary (one row per day) and payslips (the typed figures as JSON).
    "CREATE TABLE work_days(
        date TEXT PRIMARY KEY,
        start TEXT NOT NULL,
        end TEXT NOT NULL,
        break_minutes INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT ''
    ) WITHOUT ROWID;
    CREATE TABLE payslips(
        id INTEGER PRIMARY KEY,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        data TEXT NOT NULL,
        saved_at TEXT NOT NULL
    );",
    // 3 → 4: items an update brought (new or changed) and whether the person has opened them
    // since; `updated_at` is when the update was applied on this phone.
    "CREATE TABLE item_updates(
        item_id TEXT PRIMARY KEY,
        change TEXT NOT NULL CHECK (change IN ('new', 'changed')),
        updated_at TEXT NOT NULL,
        seen INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;",
    // 4 → 5: optional taking-part steps the person hid from the checklist.
    "CREATE TABLE hidden_steps(item_id TEXT PRIMARY KEY, hidden_at TEXT NOT NULL) WITHOUT ROWID;",
];

/// How long a statement waits for another connection's lock (a second window of the app, an
/// update being applied) before it fails, for user.db and content.db alike.
pub const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// The version this build writes.
pub fn current_version() -> u32 {
    MIGRATIONS.len() as u32
}

/// The saved profile, with the app-level choices that are not part of the checklist rules.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SavedProfile {
    pub lang: Option<Lang>,
    pub municipality: Option<String>,
    #[serde(flatten)]
    pub profile: Profile,
}

/// How an update touched an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum ItemChange {
    New,
    Changed,
}

impl ItemChange {
    fn as_str(self) -> &'static str {
        match self {
            ItemChange::New => "new",
            ItemChange::Changed => "changed",
        }
    }
}

/// An item an update brought, as user.db remembers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemUpdate {
    pub item_id: String,
    pub change: ItemChange,
    /// When the update was applied on this phone.
    pub updated_at: DateTime<Utc>,
    /// Whether the person has opened the item since.
    pub seen: bool,
}

/// Everything in user.db, as the person exports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct UserExport {
    pub format: String,
    pub exported_at: DateTime<Utc>,
    pub profile: SavedProfile,
    pub checklist: BTreeMap<String, TaskState>,
    pub bookmarks: Vec<String>,
    pub settings: BTreeMap<String, String>,
    /// The hours diary, oldest day first.
    #[serde(default)]
    pub work_days: Vec<WorkDay>,
    #[serde(default)]
    pub payslips: Vec<Payslip>,
    /// Optional taking-part steps hidden from the checklist.
    #[serde(default)]
    pub hidden_steps: Vec<String>,
}

#[derive(Debug)]
pub struct UserStore {
    conn: Connection,
}

impl UserStore {
    /// Opens (creating if needed) and migrates user.db. A damaged file is left exactly as it
    /// is and reported, so nothing the person entered is lost by the app.
    pub fn open(path: &Path) -> Result<UserStore> {
        let conn = Connection::open(path).map_err(user_error)?;
        UserStore::init(conn)
    }

    pub fn in_memory() -> Result<UserStore> {
        UserStore::init(Connection::open_in_memory()?)
    }

    fn init(mut conn: Connection) -> Result<UserStore> {
        conn.busy_timeout(BUSY_TIMEOUT).map_err(user_error)?;
        conn.pragma_update(None, "journal_mode", "WAL").map_err(user_error)?;
        conn.pragma_update(None, "foreign_keys", true).map_err(user_error)?;
        migrate(&mut conn)?;
        Ok(UserStore { conn })
    }

    /// The schema version of the open file.
    pub fn version(&self) -> Result<u32> {
        Ok(self.conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
    }

    pub fn profile(&self) -> Result<SavedProfile> {
        let row = self
            .conn
            .query_row(
                "SELECT lang, municipality, arrival, work_start, stay, children_in_nl, children_abroad, via_agency FROM profile WHERE id = 1",
                [],
                |row| {
                    Ok((
                        row.get::<_, Option<String>>(0)?,
                        row.get::<_, Option<String>>(1)?,
                        row.get::<_, Option<String>>(2)?,
                        row.get::<_, Option<String>>(3)?,
                        row.get::<_, Option<String>>(4)?,
                        row.get::<_, u32>(5)?,
                        row.get::<_, u32>(6)?,
                        row.get::<_, Option<bool>>(7)?,
                    ))
                },
            )
            .optional()
            .map_err(user_error)?;
        let Some((lang, municipality, arrival, work_start, stay, children_in_nl, children_abroad, via_agency)) = row
        else {
            return Ok(SavedProfile::default());
        };
        Ok(SavedProfile {
            lang: lang.and_then(|code| code.parse().ok()),
            municipality,
            profile: Profile {
                arrival: arrival.and_then(|d| d.parse().ok()),
                work_start: work_start.and_then(|d| d.parse().ok()),
                stay: stay.and_then(|s| [Stay::Short, Stay::Long, Stay::Unsure].into_iter().find(|v| v.as_str() == s)),
                children_in_nl,
                children_abroad,
                via_agency,
            },
        })
    }

    pub fn save_profile(&self, saved: &SavedProfile) -> Result<()> {
        let p = &saved.profile;
        self.conn
            .execute(
                "INSERT INTO profile(id, lang, municipality, arrival, work_start, stay, children_in_nl, children_abroad, via_agency)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT(id) DO UPDATE SET lang = ?1, municipality = ?2, arrival = ?3, work_start = ?4, stay = ?5,
                     children_in_nl = ?6, children_abroad = ?7, via_agency = ?8",
                params![
                    saved.lang.map(Lang::code),
                    saved.municipality,
                    p.arrival.map(|d| d.to_string()),
                    p.work_start.map(|d| d.to_string()),
                    p.stay.map(Stay::as_str),
                    p.children_in_nl,
                    p.children_abroad,
                    p.via_agency
                ],
            )
            .map_err(user_error)?;
        Ok(())
    }

    /// The person's marks on checklist tasks.
    pub fn marks(&self) -> Result<BTreeMap<String, TaskState>> {
        let mut statement = self.conn.prepare_cached("SELECT task_id, state FROM checklist").map_err(user_error)?;
        let rows = statement
            .query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))
            .map_err(user_error)?;
        let mut marks = BTreeMap::new();
        for row in rows {
            let (task, state) = row.map_err(user_error)?;
            if let Some(state) = TaskState::parse(&state) {
                marks.insert(task, state);
            }
        }
        Ok(marks)
    }

    /// Marks a task; `None` removes the mark so the rules decide again.
    pub fn set_mark(&self, task_id: &str, state: Option<TaskState>, now: DateTime<Utc>) -> Result<()> {
        match state {
            Some(state) => self.conn.execute(
                "INSERT INTO checklist(task_id, state, changed_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT(task_id) DO UPDATE SET state = ?2, changed_at = ?3",
                params![task_id, state.as_str(), now.to_rfc3339()],
            ),
            None => self.conn.execute("DELETE FROM checklist WHERE task_id = ?1", [task_id]),
        }
        .map_err(user_error)?;
        Ok(())
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |row| row.get(0))
            .optional()
            .map_err(user_error)
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO settings(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2",
                params![key, value],
            )
            .map_err(user_error)?;
        Ok(())
    }

    pub fn delete_setting(&self, key: &str) -> Result<()> {
        self.conn.execute("DELETE FROM settings WHERE key = ?1", params![key]).map_err(user_error)?;
        Ok(())
    }

    /// The optional steps the person hid from the checklist.
    pub fn hidden_steps(&self) -> Result<BTreeSet<String>> {
        let mut statement = self.conn.prepare_cached("SELECT item_id FROM hidden_steps").map_err(user_error)?;
        let rows = statement.query_map([], |row| row.get(0)).map_err(user_error)?;
        rows.collect::<Result<_, _>>().map_err(user_error)
    }

    pub fn set_step_hidden(&self, item_id: &str, hidden: bool, now: DateTime<Utc>) -> Result<()> {
        if hidden {
            self.conn.execute(
                "INSERT OR IGNORE INTO hidden_steps(item_id, hidden_at) VALUES (?1, ?2)",
                params![item_id, now.to_rfc3339()],
            )
        } else {
            self.conn.execute("DELETE FROM hidden_steps WHERE item_id = ?1", [item_id])
        }
        .map_err(user_error)?;
        Ok(())
    }

    pub fn bookmarks(&self) -> Result<Vec<String>> {
        let mut statement =
            self.conn.prepare_cached("SELECT item_id FROM bookmarks ORDER BY added_at, item_id").map_err(user_error)?;
        let rows = statement.query_map([], |row| row.get(0)).map_err(user_error)?;
        rows.collect::<Result<_, _>>().map_err(user_error)
    }

    pub fn set_bookmark(&self, item_id: &str, bookmarked: bool, now: DateTime<Utc>) -> Result<()> {
        if bookmarked {
            self.conn.execute(
                "INSERT OR IGNORE INTO bookmarks(item_id, added_at) VALUES (?1, ?2)",
                params![item_id, now.to_rfc3339()],
            )
        } else {
            self.conn.execute("DELETE FROM bookmarks WHERE item_id = ?1", [item_id])
        }
        .map_err(user_error)?;
        Ok(())
    }

    /// Remembers the items an update applied at `now` brought, as not seen yet. An item still
    /// unseen from an earlier update in which it was new stays new.
    pub fn record_item_updates(&mut self, changes: &[(String, ItemChange)], now: DateTime<Utc>) -> Result<()> {
        let tx = self.conn.transaction().map_err(user_error)?;
        {
            let mut upsert = tx
                .prepare(
                    "INSERT INTO item_updates(item_id, change, updated_at, seen) VALUES (?1, ?2, ?3, 0)
                     ON CONFLICT(item_id) DO UPDATE SET
                         change = CASE WHEN seen = 0 AND change = 'new' THEN 'new' ELSE excluded.change END,
                         updated_at = excluded.updated_at, seen = 0",
                )
                .map_err(user_error)?;
            for (item_id, change) in changes {
                upsert.execute(params![item_id, change.as_str(), now.to_rfc3339()]).map_err(user_error)?;
            }
        }
        tx.commit().map_err(user_error)
    }

    /// Every item an update brought, the latest update first.
    pub fn item_updates(&self) -> Result<Vec<ItemUpdate>> {
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT item_id, change, updated_at, seen FROM item_updates ORDER BY updated_at DESC, item_id",
            )
            .map_err(user_error)?;
        let rows = statement
            .query_map([], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?, row.get(3)?))
            })
            .map_err(user_error)?;
        let mut updates = Vec::new();
        for row in rows {
            let (item_id, change, updated_at, seen) = row.map_err(user_error)?;
            let change = if change == "new" { ItemChange::New } else { ItemChange::Changed };
            let updated_at =
                updated_at.parse().map_err(|_| Error::UserDataCorrupt(format!("bad time {updated_at}")))?;
            updates.push(ItemUpdate { item_id, change, updated_at, seen });
        }
        Ok(updates)
    }

    /// Marks an item the person opened as seen; returns whether it was an unseen update.
    pub fn mark_item_seen(&self, item_id: &str) -> Result<bool> {
        let changed = self
            .conn
            .prepare_cached("UPDATE item_updates SET seen = 1 WHERE item_id = ?1 AND seen = 0")
            .map_err(user_error)?
            .execute([item_id])
            .map_err(user_error)?;
        Ok(changed > 0)
    }

    /// Everything the person entered, for "export my data".
    pub fn export(&self, now: DateTime<Utc>) -> Result<UserExport> {
        let mut settings = BTreeMap::new();
        let mut statement = self.conn.prepare("SELECT key, value FROM settings").map_err(user_error)?;
        for row in statement
            .query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))
            .map_err(user_error)?
        {
            let (key, value) = row.map_err(user_error)?;
            settings.insert(key, value);
        }
        Ok(UserExport {
            format: "wegwijs-user-export/1".into(),
            exported_at: now,
            profile: self.profile()?,
            checklist: self.marks()?,
            bookmarks: self.bookmarks()?,
            settings,
            work_days: self.work_days()?,
            payslips: self.payslips()?,
            hidden_steps: self.hidden_steps()?.into_iter().collect(),
        })
    }

    /// The hours diary, oldest day first.
    pub fn work_days(&self) -> Result<Vec<WorkDay>> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT date, start, end, break_minutes, note FROM work_days ORDER BY date")
            .map_err(user_error)?;
        let rows = statement
            .query_map([], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    WorkDay {
                        date: NaiveDate::MIN,
                        start: row.get(1)?,
                        end: row.get(2)?,
                        break_minutes: row.get(3)?,
                        note: row.get(4)?,
                    },
                ))
            })
            .map_err(user_error)?;
        let mut days = Vec::new();
        for row in rows {
            let (date, day) = row.map_err(user_error)?;
            if let Ok(date) = date.parse() {
                days.push(WorkDay { date, ..day });
            }
        }
        Ok(days)
    }

    /// Saves a diary day, replacing what that date held.
    pub fn save_work_day(&self, day: &WorkDay) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO work_days(date, start, end, break_minutes, note) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT(date) DO UPDATE SET start = ?2, end = ?3, break_minutes = ?4, note = ?5",
                params![day.date.to_string(), day.start, day.end, day.break_minutes, day.note],
            )
            .map_err(user_error)?;
        Ok(())
    }

    pub fn delete_work_day(&self, date: NaiveDate) -> Result<()> {
        self.conn.execute("DELETE FROM work_days WHERE date = ?1", [date.to_string()]).map_err(user_error)?;
        Ok(())
    }

    /// The payslips, newest period first, each with its id.
    pub fn payslips(&self) -> Result<Vec<Payslip>> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT id, data FROM payslips ORDER BY period_start DESC, id DESC")
            .map_err(user_error)?;
        let rows =
            statement.query_map([], |row| Ok((row.get::<_, i32>(0)?, row.get::<_, String>(1)?))).map_err(user_error)?;
        let mut payslips = Vec::new();
        for row in rows {
            let (id, data) = row.map_err(user_error)?;
            // A row this build cannot read is kept in the file, not shown.
            if let Ok(payslip) = serde_json::from_str::<Payslip>(&data) {
                payslips.push(Payslip { id: Some(id), ..payslip });
            }
        }
        Ok(payslips)
    }

    /// Saves a payslip (a new one when it has no id) and returns its id.
    pub fn save_payslip(&self, payslip: &Payslip, now: DateTime<Utc>) -> Result<i32> {
        let data = serde_json::to_string(&Payslip { id: None, ..payslip.clone() })
            .map_err(|e| Error::Io(std::io::Error::other(e)))?;
        let (start, end) = (payslip.period_start.to_string(), payslip.period_end.to_string());
        match payslip.id {
            Some(id) => {
                self.conn
                    .execute(
                        "UPDATE payslips SET period_start = ?2, period_end = ?3, data = ?4, saved_at = ?5 WHERE id = ?1",
                        params![id, start, end, data, now.to_rfc3339()],
                    )
                    .map_err(user_error)?;
                Ok(id)
            }
            None => {
                self.conn
                    .execute(
                        "INSERT INTO payslips(period_start, period_end, data, saved_at) VALUES (?1, ?2, ?3, ?4)",
                        params![start, end, data, now.to_rfc3339()],
                    )
                    .map_err(user_error)?;
                i32::try_from(self.conn.last_insert_rowid())
                    .map_err(|_| Error::Io(std::io::Error::other("too many payslips")))
            }
        }
    }

    pub fn delete_payslip(&self, id: i32) -> Result<()> {
        self.conn.execute("DELETE FROM payslips WHERE id = ?1", [id]).map_err(user_error)?;
        Ok(())
    }

    /// Deletes everything the person entered, in one transaction, then rewrites the file
    /// without the freed pages and empties the write-ahead log, which still held every change
    /// made since the last checkpoint.
    pub fn delete_all(&mut self) -> Result<()> {
        let tx = self.conn.transaction().map_err(user_error)?;
        tx.execute_batch(
            "DELETE FROM profile; DELETE FROM checklist; DELETE FROM settings; DELETE FROM bookmarks;
             DELETE FROM work_days; DELETE FROM payslips; DELETE FROM item_updates; DELETE FROM hidden_steps;",
        )
        .map_err(user_error)?;
        tx.commit().map_err(user_error)?;
        self.conn.execute_batch("VACUUM").map_err(user_error)?;
        let busy: i64 =
            self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| row.get(0)).map_err(user_error)?;
        if busy != 0 {
            return Err(Error::Io(std::io::Error::other("user.db is in use: its log could not be emptied")));
        }
        Ok(())
    }
}

/// Runs the migrations the file lacks, each in its own transaction.
fn migrate(conn: &mut Connection) -> Result<()> {
    let found: u32 = conn.pragma_query_value(None, "user_version", |row| row.get(0)).map_err(user_error)?;
    let known = current_version();
    if found > known {
        return Err(Error::UserDataNewer { found, known });
    }
    for (version, step) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction().map_err(user_error)?;
        tx.execute_batch(step).map_err(user_error)?;
        tx.pragma_update(None, "user_version", version as u32 + 1).map_err(user_error)?;
        tx.commit().map_err(user_error)?;
    }
    Ok(())
}

fn user_error(error: rusqlite::Error) -> Error {
    if is_corruption(&error) { Error::UserDataCorrupt(error.to_string()) } else { Error::Database(error) }
}

/// Parses a date typed by a person or passed on the command line.
pub fn parse_date(text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| Error::InvalidDate(text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-28T12:00:00Z").unwrap().with_timezone(&Utc)
    }

    /// Data written by each earlier schema, to prove migrations keep it.
    const SEED_AT_VERSION: &[&str] = &[
        "",
        "INSERT INTO profile(id, lang, municipality, arrival, work_start, stay, children_in_nl, children_abroad)
             VALUES (1, 'pl', 'GM0794', '2026-11-20', '2026-11-23', 'long', 1, 1);
         INSERT INTO checklist VALUES ('task-register-brp', 'done', '2026-11-21T10:00:00+00:00');",
        "INSERT INTO profile(id, lang, municipality, arrival, work_start, stay, children_in_nl, children_abroad, via_agency)
             VALUES (1, 'pl', 'GM0794', '2026-11-20', '2026-11-23', 'long', 1, 1, 1);
         INSERT INTO checklist VALUES ('task-register-brp', 'done', '2026-11-21T10:00:00+00:00');
         INSERT INTO settings VALUES ('wifi_only', 'true');
         INSERT INTO bookmarks VALUES ('minimum-wage', '2026-11-22T10:00:00+00:00');",
        "INSERT INTO profile(id, lang, municipality, arrival, work_start, stay, children_in_nl, children_abroad, via_agency)
             VALUES (1, 'pl', 'GM0794', '2026-11-20', '2026-11-23', 'long', 1, 1, 1);
         INSERT INTO checklist VALUES ('task-register-brp', 'done', '2026-11-21T10:00:00+00:00');
         INSERT INTO settings VALUES ('wifi_only', 'true');
         INSERT INTO bookmarks VALUES ('minimum-wage', '2026-11-22T10:00:00+00:00');
         INSERT INTO work_days VALUES ('2026-11-24', '22:00', '06:30', 30, 'night shift, hall 3');
         INSERT INTO item_updates VALUES ('digid', 'new', '2026-11-27T09:00:00+00:00', 0);",
        "INSERT INTO profile(id, lang, municipality, arrival, work_start, stay, children_in_nl, children_abroad, via_agency)
             VALUES (1, 'pl', 'GM0794', '2026-11-20', '2026-11-23', 'long', 1, 1, 1);
         INSERT INTO checklist VALUES ('task-register-brp', 'done', '2026-11-21T10:00:00+00:00');
         INSERT INTO settings VALUES ('wifi_only', 'true');
         INSERT INTO bookmarks VALUES ('minimum-wage', '2026-11-22T10:00:00+00:00');
         INSERT INTO work_days VALUES ('2026-11-24', '22:00', '06:30', 30, 'night shift, hall 3');
         INSERT INTO item_updates VALUES ('digid', 'new', '2026-11-27T09:00:00+00:00', 0);
         INSERT INTO hidden_steps VALUES ('sports-clubs', '2026-11-28T09:00:00+00:00');",
    ];

    #[test]
    fn migrates_from_every_earlier_version_keeping_data() {
        assert_eq!(SEED_AT_VERSION.len(), MIGRATIONS.len(), "add seed data for the newest released schema");
        for start in 0..=MIGRATIONS.len() {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("user.db");
            {
                let conn = Connection::open(&path).unwrap();
                for (version, step) in MIGRATIONS.iter().enumerate().take(start) {
                    conn.execute_batch(step).unwrap();
                    conn.pragma_update(None, "user_version", version as u32 + 1).unwrap();
                }
                if start > 0 {
                    conn.execute_batch(SEED_AT_VERSION[start - 1]).unwrap();
                }
            }
            let store = UserStore::open(&path).unwrap();
            assert_eq!(store.version().unwrap(), current_version(), "from version {start}");
            if start >= 2 {
                let profile = store.profile().unwrap();
                assert_eq!(profile.lang, Some(Lang::Pl), "from version {start}");
                assert_eq!(profile.profile.children_abroad, 1);
                assert_eq!(store.marks().unwrap().get("task-register-brp"), Some(&TaskState::Done));
            }
            if start >= 3 {
                assert_eq!(store.profile().unwrap().profile.via_agency, Some(true), "from version {start}");
                assert_eq!(store.setting("wifi_only").unwrap().as_deref(), Some("true"));
                assert_eq!(store.bookmarks().unwrap(), ["minimum-wage"]);
            }
            if start >= 4 {
                assert_eq!(store.work_days().unwrap(), [work_day()], "from version {start}");
                assert_eq!(store.item_updates().unwrap()[0].item_id, "digid", "from version {start}");
            }
            if start >= 5 {
                assert_eq!(store.hidden_steps().unwrap(), BTreeSet::from(["sports-clubs".to_string()]));
            }
            // Every migrated file takes diary days, payslips, what updates changed and hidden steps.
            store.set_step_hidden("language-cafes", true, now()).unwrap();
            assert!(store.hidden_steps().unwrap().contains("language-cafes"), "from version {start}");
            store.save_work_day(&work_day()).unwrap();
            assert_eq!(store.work_days().unwrap(), [work_day()], "from version {start}");
            let mut store = store;
            store.record_item_updates(&[("minimum-wage".into(), ItemChange::Changed)], now()).unwrap();
            assert!(store.item_updates().unwrap().iter().any(|u| u.item_id == "minimum-wage"), "from version {start}");
        }
    }

    fn work_day() -> WorkDay {
        WorkDay {
            date: parse_date("2026-11-24").unwrap(),
            start: "22:00".into(),
            end: "06:30".into(),
            break_minutes: 30,
            note: "night shift, hall 3".into(),
        }
    }

    fn payslip() -> Payslip {
        Payslip {
            id: None,
            kind: crate::pay::PeriodKind::Week,
            period_start: parse_date("2026-11-23").unwrap(),
            period_end: parse_date("2026-11-29").unwrap(),
            age: Some(30),
            hours_paid: 4000,
            hourly_wage: Some(1471),
            gross: 58840,
            holiday_allowance: 4707,
            holiday_allowance_kind: crate::pay::HolidayAllowance::Reserved,
            wage_tax: 4000,
            deductions: crate::pay::Deductions { housing: 9000, ..Default::default() },
            net: Some(45840),
        }
    }

    #[test]
    fn diary_days_and_payslips_are_saved_replaced_and_deleted() {
        let store = UserStore::in_memory().unwrap();
        store.save_work_day(&work_day()).unwrap();
        store.save_work_day(&WorkDay { end: "07:00".into(), ..work_day() }).unwrap();
        assert_eq!(store.work_days().unwrap(), [WorkDay { end: "07:00".into(), ..work_day() }]);
        store.delete_work_day(work_day().date).unwrap();
        assert!(store.work_days().unwrap().is_empty());
        let id = store.save_payslip(&payslip(), now()).unwrap();
        let changed = Payslip { id: Some(id), net: Some(45000), ..payslip() };
        assert_eq!(store.save_payslip(&changed, now()).unwrap(), id);
        assert_eq!(store.payslips().unwrap(), [changed]);
        store.delete_payslip(id).unwrap();
        assert!(store.payslips().unwrap().is_empty());
    }

    #[test]
    fn refuses_a_newer_file_without_touching_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.db");
        Connection::open(&path).unwrap().pragma_update(None, "user_version", 99).unwrap();
        assert!(matches!(UserStore::open(&path), Err(Error::UserDataNewer { found: 99, .. })));
    }

    #[test]
    fn a_damaged_file_is_reported_and_left_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.db");
        let garbage = b"this is not a database, but it is what the person had".repeat(100);
        std::fs::write(&path, &garbage).unwrap();
        let error = UserStore::open(&path).unwrap_err();
        assert_eq!(error.code(), "error-user-data-corrupt", "{error}");
        assert_eq!(std::fs::read(&path).unwrap(), garbage);
    }

    #[test]
    fn profile_marks_export_and_delete() {
        let mut store = UserStore::in_memory().unwrap();
        let saved = SavedProfile {
            lang: Some(Lang::Ro),
            municipality: Some("GM1783".into()),
            profile: Profile {
                arrival: Some(parse_date("2026-11-20").unwrap()),
                work_start: Some(parse_date("2026-11-23").unwrap()),
                stay: Some(Stay::Short),
                children_in_nl: 0,
                children_abroad: 2,
                via_agency: Some(true),
            },
        };
        store.save_profile(&saved).unwrap();
        store.set_mark("task-carry-id", Some(TaskState::Done), now()).unwrap();
        store.set_mark("task-digid", Some(TaskState::NotApplicable), now()).unwrap();
        store.set_mark("task-digid", None, now()).unwrap();
        store.set_setting("wifi_only", "true").unwrap();
        store.set_bookmark("child-benefit", true, now()).unwrap();
        store.save_work_day(&work_day()).unwrap();
        let payslip_id = store.save_payslip(&payslip(), now()).unwrap();
        let export = store.export(now()).unwrap();
        assert_eq!(export.work_days, [work_day()]);
        assert_eq!(export.payslips, [Payslip { id: Some(payslip_id), ..payslip() }]);
        assert_eq!(export.profile, saved);
        assert_eq!(export.checklist, BTreeMap::from([("task-carry-id".to_string(), TaskState::Done)]));
        assert_eq!(export.bookmarks, ["child-benefit"]);
        assert_eq!(export.settings.get("wifi_only").map(String::as_str), Some("true"));
        store.delete_all().unwrap();
        let empty = store.export(now()).unwrap();
        assert_eq!(
            (empty.profile, empty.checklist.len(), empty.bookmarks.len(), empty.settings.len()),
            (SavedProfile::default(), 0, 0, 0)
        );
        assert_eq!((empty.work_days.len(), empty.payslips.len()), (0, 0));
    }

    /// Regression: deleted rows stayed readable in user.db-wal until SQLite happened to
    /// checkpoint it.
    #[test]
    fn delete_all_leaves_nothing_readable_in_the_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.db");
        let mut store = UserStore::open(&path).unwrap();
        store.set_setting("employer_name", "Kwekerij Zonneveld-Geheim").unwrap();
        store.save_profile(&SavedProfile { municipality: Some("GM1783".into()), ..Default::default() }).unwrap();
        store.save_work_day(&WorkDay { note: "Kas Geheimweg 7".into(), ..work_day() }).unwrap();
        store.delete_all().unwrap();
        for file in ["user.db", "user.db-wal", "user.db-journal"] {
            let bytes = std::fs::read(dir.path().join(file)).unwrap_or_default();
            for secret in [&b"Zonneveld-Geheim"[..], b"GM1783", b"Geheimweg"] {
                assert!(
                    !bytes.windows(secret.len()).any(|window| window == secret),
                    "{file} still holds {}",
                    String::from_utf8_lossy(secret)
                );
            }
        }
    }

    /// A second window (or a deep link starting a second process) waits for the first one's
    /// write instead of failing with "database is locked".
    #[test]
    fn a_write_waits_for_another_connection_s_lock() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.db");
        let store = UserStore::open(&path).unwrap();
        let holder = Connection::open(&path).unwrap();
        holder.execute_batch("BEGIN IMMEDIATE; INSERT INTO settings VALUES ('text_size', 'large');").unwrap();
        let release = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(300));
            holder.execute_batch("COMMIT").unwrap();
        });
        store.set_setting("wifi_only", "true").unwrap();
        release.join().unwrap();
        assert_eq!(store.setting("text_size").unwrap().as_deref(), Some("large"));
    }

    #[test]
    fn item_updates_stay_unseen_until_opened_and_new_stays_new_until_seen() {
        let mut store = UserStore::in_memory().unwrap();
        let later = now() + chrono::Duration::days(3);
        store
            .record_item_updates(
                &[("child-benefit".into(), ItemChange::New), ("minimum-wage".into(), ItemChange::Changed)],
                now(),
            )
            .unwrap();
        assert!(store.mark_item_seen("minimum-wage").unwrap());
        assert!(!store.mark_item_seen("minimum-wage").unwrap(), "a second opening changes nothing");
        assert!(!store.mark_item_seen("digid").unwrap(), "an item no update brought");
        store
            .record_item_updates(
                &[("child-benefit".into(), ItemChange::Changed), ("minimum-wage".into(), ItemChange::Changed)],
                later,
            )
            .unwrap();
        let rows: Vec<(String, ItemChange, DateTime<Utc>, bool)> =
            store.item_updates().unwrap().into_iter().map(|u| (u.item_id, u.change, u.updated_at, u.seen)).collect();
        assert_eq!(
            rows,
            [
                // Never opened since it was new: still new to the person.
                ("child-benefit".to_string(), ItemChange::New, later, false),
                ("minimum-wage".to_string(), ItemChange::Changed, later, false),
            ]
        );
        store.delete_all().unwrap();
        assert!(store.item_updates().unwrap().is_empty());
    }

    #[test]
    fn bad_dates_are_refused() {
        for bad in ["2026-02-30", "28-11-2026", "", "tomorrow"] {
            assert_eq!(parse_date(bad).unwrap_err().code(), "error-invalid-date", "{bad:?}");
        }
    }
}
