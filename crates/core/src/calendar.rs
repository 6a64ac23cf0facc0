//! Deadlines outside the app: an iCalendar (.ics) export and the plan of local reminders.
//!
//! Both work from the same dated tasks. Times are wall-clock times in Europe/Amsterdam, so a
//! reminder at 09:00 stays at 09:00 across the clock change.

use crate::checklist::TaskState;
use crate::model::DeadlineKind;
use chrono::{DateTime, Days, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Amsterdam;
use serde::{Deserialize, Serialize};

/// The local time of deadline events and reminders.
pub const REMINDER_TIME: NaiveTime = match NaiveTime::from_hms_opt(9, 0, 0) {
    Some(time) => time,
    None => NaiveTime::MIN,
};
/// Days before a deadline of the early reminder, unless the person chose otherwise.
pub const DEFAULT_DAYS_BEFORE: u32 = 3;

/// A checklist task with a known due date, with its texts in the person's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedTask {
    pub task_id: String,
    pub title: String,
    pub summary: String,
    pub due: NaiveDate,
    pub kind: DeadlineKind,
    pub state: TaskState,
}

/// Texts the calendar needs, already translated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarTexts {
    pub calendar_name: String,
    pub legal: String,
    pub advice: String,
}

/// The UID of a task's event: the same on every export, so calendars update the event.
pub fn event_uid(task_id: &str) -> String {
    format!("{task_id}@checklist.wegwijs.nl")
}

/// The checklist as an iCalendar file: one event per dated task at 09:00 Amsterdam time on the
/// due date, with an alarm `days_before` days earlier. Done or not-applicable tasks are written
/// as cancelled, so re-importing removes them from a calendar that had them.
pub fn checklist_ics(tasks: &[DatedTask], texts: &CalendarTexts, days_before: u32, now: DateTime<Utc>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//Wegwijs//Checklist//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", escape_text(&texts.calendar_name)),
        "X-WR-TIMEZONE:Europe/Amsterdam".into(),
    ];
    lines.extend(AMSTERDAM_VTIMEZONE.iter().map(|line| line.to_string()));
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    for task in tasks {
        let start = task.due.and_time(REMINDER_TIME);
        let end = start + chrono::Duration::minutes(30);
        let open = task.state == TaskState::Todo;
        let kind = match task.kind {
            DeadlineKind::Legal => &texts.legal,
            DeadlineKind::Advice => &texts.advice,
        };
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", event_uid(&task.task_id)),
            format!("DTSTAMP:{stamp}"),
            // Each export supersedes the last; the timestamp orders them.
            format!("SEQUENCE:{}", now.timestamp().max(0) / 60),
            format!("DTSTART;TZID=Europe/Amsterdam:{}", start.format("%Y%m%dT%H%M%S")),
            format!("DTEND;TZID=Europe/Amsterdam:{}", end.format("%Y%m%dT%H%M%S")),
            format!("SUMMARY:{}", escape_text(&task.title)),
            format!("DESCRIPTION:{}", escape_text(&format!("{}\n\n{kind}", task.summary))),
            format!("STATUS:{}", if open { "CONFIRMED" } else { "CANCELLED" }),
            "TRANSP:TRANSPARENT".into(),
        ]);
        if open && days_before > 0 {
            lines.extend([
                "BEGIN:VALARM".to_string(),
                "ACTION:DISPLAY".into(),
                format!("DESCRIPTION:{}", escape_text(&task.title)),
                format!("TRIGGER:-P{days_before}D"),
                "END:VALARM".into(),
            ]);
        }
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|line| fold_line(line)).collect::<Vec<_>>().join("")
}

/// Europe/Amsterdam with the EU rules (last Sunday of March and October), as calendars expect.
const AMSTERDAM_VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Amsterdam",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19810329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19961027T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// RFC 5545 TEXT escaping.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a UTF-8 character; ends with CRLF.
fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// A local notification to show at `at`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Reminder {
    /// Stable across recomputation, so the platform replaces rather than repeats it.
    pub id: i32,
    pub task_id: String,
    pub at: DateTime<Utc>,
    pub due: NaiveDate,
    /// Days left when it fires: 0 on the due date itself.
    pub days_left: u32,
    pub title: String,
}

/// The reminders for open tasks: `days_before` days ahead and on the due date, each at 09:00
/// in Amsterdam, only those after `now`. Sorted by time.
pub fn plan_reminders(tasks: &[DatedTask], days_before: u32, now: DateTime<Utc>) -> Vec<Reminder> {
    let mut reminders = Vec::new();
    for task in tasks.iter().filter(|task| task.state == TaskState::Todo) {
        let mut offsets = vec![0];
        if days_before > 0 {
            offsets.push(days_before);
        }
        for days_left in offsets {
            let Some(day) = task.due.checked_sub_days(Days::new(u64::from(days_left))) else {
                continue;
            };
            let at = amsterdam_instant(day, REMINDER_TIME);
            if at > now {
                reminders.push(Reminder {
                    id: reminder_id(&task.task_id, days_left),
                    task_id: task.task_id.clone(),
                    at,
                    due: task.due,
                    days_left,
                    title: task.title.clone(),
                });
            }
        }
    }
    reminders.sort_by(|a, b| (a.at, &a.task_id).cmp(&(b.at, &b.task_id)));
    reminders
}

/// The instant of a wall-clock time in Amsterdam (the later one if it is skipped or repeated).
fn amsterdam_instant(day: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    let local = day.and_time(time);
    match Amsterdam.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
        chrono::LocalResult::Ambiguous(_, later) => later.with_timezone(&Utc),
        chrono::LocalResult::None => Utc.from_utc_datetime(&(local - chrono::Duration::hours(1))),
    }
}

/// A small positive id from the task and offset (FNV-1a), as notification APIs want an i32.
fn reminder_id(task_id: &str, days_left: u32) -> i32 {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in task_id.bytes().chain(days_left.to_le_bytes()) {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    (hash & 0x7fff_ffff) as i32
}

#[cfg(test)]
mod tests;
