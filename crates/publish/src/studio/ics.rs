//! Events from a municipality's own calendar: an iCalendar file (.ics) read with `icalendar`,
//! each event's RRULE occurrences in the coming months expanded with `rrule`, every time turned
//! into local time in Europe/Amsterdam (the content format's event times). A time with a TZID,
//! in UTC (`Z`) or floating (taken as Amsterdam time) all land on the same wall clock, across
//! the change to and from summer time. An occurrence's item id comes from the event's UID and
//! its start, so importing the calendar again updates the same items.

use super::draft::{Draft, EventDraft, TextDraft, text_file};
use super::workspace::Workspace;
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Europe::Amsterdam;
use icalendar::{Calendar, CalendarComponent, Component, Event, EventLike, Property};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use wegwijs_core::Lang;

/// How far ahead recurring events are expanded.
pub const IMPORT_MONTHS: u32 = 6;
/// Most occurrences taken from one event (a daily event over six months stays under it).
const MOST_OCCURRENCES: u16 = 400;

/// One occurrence of a calendar event, in Amsterdam local time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Occurrence {
    pub uid: String,
    pub summary: String,
    pub description: String,
    pub location: Option<String>,
    pub url: Option<String>,
    pub starts: NaiveDateTime,
    pub ends: NaiveDateTime,
}

impl Occurrence {
    /// `{prefix}-ics-{8 hex of the UID's hash}-{start as YYYYMMDDHHMM}`: the same event and
    /// start give the same id on every import.
    pub fn item_id(&self, prefix: &str) -> String {
        format!("{prefix}-ics-{}-{}", uid_hash(&self.uid), self.starts.format("%Y%m%d%H%M"))
    }
}

/// 8 hex digits of the UID's SHA-256: the part of an item id that names the event.
fn uid_hash(uid: &str) -> String {
    hex::encode(&Sha256::digest(uid.as_bytes())[..4])
}

/// The UIDs of the events in `ics` (also those with no occurrence to come), to know which
/// items imported before came from this calendar.
pub fn uids(ics: &str) -> BTreeSet<String> {
    let Ok(calendar) = ics.parse::<Calendar>() else { return BTreeSet::new() };
    calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(event) => event.get_uid().map(|uid| uid.trim().to_string()),
            _ => None,
        })
        .collect()
}

/// Why a calendar file was refused; `code` is the Fluent id of the studio's sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IcsError {
    pub code: &'static str,
    pub detail: String,
}

fn refuse(code: &'static str, detail: impl Into<String>) -> IcsError {
    IcsError { code, detail: detail.into() }
}

/// The occurrences of every event in `ics` that end after `from` and start before `until`,
/// sorted by start. Cancelled events are left out; a changed occurrence (RECURRENCE-ID)
/// replaces the one of its series.
pub fn occurrences(ics: &str, from: DateTime<Utc>, until: DateTime<Utc>) -> Result<Vec<Occurrence>, IcsError> {
    if !ics.trim_start().starts_with("BEGIN:VCALENDAR") {
        return Err(refuse("studio-ics-not-ics", ""));
    }
    let calendar: Calendar = ics.parse().map_err(|e: String| refuse("studio-ics-not-ics", e))?;
    let events: Vec<&Event> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(event) => Some(event),
            _ => None,
        })
        .collect();
    if events.is_empty() {
        return Err(refuse("studio-ics-empty", ""));
    }
    // The occurrences that a changed copy (RECURRENCE-ID) replaces, by UID and original start.
    let mut replaced = BTreeSet::new();
    for event in &events {
        if let Some(property) = event.properties().get("RECURRENCE-ID") {
            let uid = event.get_uid().unwrap_or_default().to_string();
            replaced.insert((uid, instant(property)?.0));
        }
    }
    let mut found = Vec::new();
    for event in events {
        let uid = event.get_uid().map(str::trim).filter(|u| !u.is_empty());
        let Some(uid) = uid else { return Err(refuse("studio-ics-no-uid", event.get_summary().unwrap_or_default())) };
        if event.property_value("STATUS").is_some_and(|s| s.eq_ignore_ascii_case("CANCELLED")) {
            continue;
        }
        let summary = event.get_summary().map(str::trim).unwrap_or_default();
        if summary.is_empty() {
            return Err(refuse("studio-ics-no-summary", uid));
        }
        let Some(start) = event.properties().get("DTSTART") else { return Err(refuse("studio-ics-no-start", uid)) };
        let (first, all_day) = instant(start)?;
        let length = length(event, first, all_day, uid)?;
        let starts: Vec<DateTime<Utc>> = match event.property_value("RRULE") {
            Some(_) if !event.properties().contains_key("RECURRENCE-ID") => {
                expand(event, start, all_day, from - length, until).map_err(|e| refuse("studio-ics-rule", e))?
            }
            _ => vec![first],
        };
        let is_copy = event.properties().contains_key("RECURRENCE-ID");
        for at in starts {
            if !is_copy && replaced.contains(&(uid.to_string(), at)) {
                continue;
            }
            let end = at + length;
            if end <= from || at >= until {
                continue;
            }
            let local = |t: DateTime<Utc>| t.with_timezone(&Amsterdam).naive_local();
            // A day-long event runs until the last minute of its last day.
            let ends = if all_day { local(end) - Duration::minutes(1) } else { local(end) };
            found.push(Occurrence {
                uid: uid.to_string(),
                summary: summary.to_string(),
                description: event.get_description().map(|d| d.trim().replace("\r\n", "\n")).unwrap_or_default(),
                location: event.get_location().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string),
                url: event.get_url().map(str::trim).filter(|u| u.starts_with("https://")).map(str::to_string),
                starts: local(at),
                ends,
            });
        }
    }
    found.sort_by(|a, b| (a.starts, &a.uid).cmp(&(b.starts, &b.uid)));
    Ok(found)
}

/// The time zone a property's time is in: its TZID (Outlook's Windows name for Amsterdam's
/// zone too); none means floating, which a Dutch municipality's calendar means as local time.
fn zone(property: &Property) -> Result<chrono_tz::Tz, IcsError> {
    let Some(tzid) = property.params().get("TZID") else { return Ok(Amsterdam) };
    let name = tzid.value().trim_matches('"');
    match name {
        "W. Europe Standard Time" | "Romance Standard Time" => Ok(Amsterdam),
        _ => name.parse().map_err(|_| refuse("studio-ics-time-zone", name)),
    }
}

/// A DTSTART, DTEND or RECURRENCE-ID as an instant, and whether it is a date without a time.
fn instant(property: &Property) -> Result<(DateTime<Utc>, bool), IcsError> {
    let value = property.value().trim();
    let bad = || refuse("studio-ics-time", value.to_string());
    if value.len() == 8 {
        let date = NaiveDate::parse_from_str(value, "%Y%m%d").map_err(|_| bad())?;
        let midnight = Amsterdam.from_local_datetime(&date.and_hms_opt(0, 0, 0).ok_or_else(bad)?).earliest();
        return Ok((midnight.ok_or_else(bad)?.with_timezone(&Utc), true));
    }
    if let Some(utc) = value.strip_suffix('Z') {
        let naive = NaiveDateTime::parse_from_str(utc, "%Y%m%dT%H%M%S").map_err(|_| bad())?;
        return Ok((Utc.from_utc_datetime(&naive), false));
    }
    let naive = NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S").map_err(|_| bad())?;
    // A wall-clock time skipped by the change to summer time is taken as the hour after.
    let local = zone(property)?.from_local_datetime(&naive);
    let at =
        local.earliest().or_else(|| zone(property).ok()?.from_local_datetime(&(naive + Duration::hours(1))).earliest());
    Ok((at.ok_or_else(bad)?.with_timezone(&Utc), false))
}

/// How long each occurrence lasts: DTEND minus DTSTART, else DURATION, else a day for a
/// day-long event and no time at all for one with a time (RFC 5545 3.6.1).
fn length(event: &Event, start: DateTime<Utc>, all_day: bool, uid: &str) -> Result<Duration, IcsError> {
    if let Some(end) = event.properties().get("DTEND") {
        let (end, _) = instant(end)?;
        if end < start {
            return Err(refuse("studio-ics-ends-before-start", uid));
        }
        return Ok(end - start);
    }
    if let Some(text) = event.property_value("DURATION") {
        return duration(text).ok_or_else(|| refuse("studio-ics-time", text));
    }
    Ok(if all_day { Duration::days(1) } else { Duration::zero() })
}

/// An RFC 5545 duration such as `PT1H30M`, `P1D` or `P2W` (a positive one).
fn duration(text: &str) -> Option<Duration> {
    let rest = text.trim().strip_prefix('+').unwrap_or(text.trim()).strip_prefix('P')?;
    let (mut total, mut number, mut in_time) = (Duration::zero(), String::new(), false);
    for c in rest.chars() {
        match c {
            '0'..='9' => number.push(c),
            'T' if number.is_empty() => in_time = true,
            _ => {
                let n: i64 = number.parse().ok()?;
                number.clear();
                total += match (c, in_time) {
                    ('W', false) => Duration::weeks(n),
                    ('D', false) => Duration::days(n),
                    ('H', true) => Duration::hours(n),
                    ('M', true) => Duration::minutes(n),
                    ('S', true) => Duration::seconds(n),
                    _ => return None,
                };
            }
        }
    }
    number.is_empty().then_some(total)
}

/// The starts of a recurring event between `after` and `before`, by its RRULE, RDATEs and
/// EXDATEs, in the event's own time zone (so a weekly 19:00 stays 19:00 in winter and summer).
fn expand(
    event: &Event,
    start: &Property,
    all_day: bool,
    after: DateTime<Utc>,
    before: DateTime<Utc>,
) -> Result<Vec<DateTime<Utc>>, String> {
    let value = start.value().trim();
    let mut text = if value.ends_with('Z') {
        format!("DTSTART:{value}\n")
    } else {
        let zone = zone(start).map_err(|e| e.detail)?;
        let local = if all_day { format!("{value}T000000") } else { value.to_string() };
        format!("DTSTART;TZID={}:{local}\n", zone.name())
    };
    text.push_str(&format!("RRULE:{}\n", event.property_value("RRULE").unwrap_or_default()));
    for name in ["RDATE", "EXDATE"] {
        for property in event.multi_properties().get(name).into_iter().flatten() {
            let zone = zone(property).map_err(|e| e.detail)?;
            for one in property.value().split(',').map(str::trim) {
                if one.ends_with('Z') {
                    text.push_str(&format!("{name}:{one}\n"));
                } else {
                    let one = if one.len() == 8 { format!("{one}T000000") } else { one.to_string() };
                    text.push_str(&format!("{name};TZID={}:{one}\n", zone.name()));
                }
            }
        }
    }
    let set: rrule::RRuleSet = text.parse().map_err(|e: rrule::RRuleError| e.to_string())?;
    let utc = |t: DateTime<Utc>| t.with_timezone(&rrule::Tz::UTC);
    let result = set.after(utc(after)).before(utc(before)).all(MOST_OCCURRENCES);
    Ok(result.dates.into_iter().map(|d| d.with_timezone(&Utc)).collect())
}

/// What an import wrote: the items it made and those it brought up to date.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct IcsImport {
    pub created: Vec<String>,
    pub updated: Vec<String>,
    pub unchanged: usize,
    /// Items imported before from an event in this file whose date is no longer in it (the
    /// event moved or was cancelled), not yet begun: removed.
    pub removed: Vec<String>,
}

/// Writes the occurrences as event items in the municipality's folder, in `lang` (nl or en,
/// the calendar's language: a reference text). An item imported before (same UID and start)
/// gets the calendar's times, place and text in `lang`, its version raised; what the editor
/// added (topics, sources, the other languages) stays. An item imported before from an event
/// of this file, starting after `now` (local time) on a date the file no longer has, is
/// removed. One change for undo.
pub fn apply(
    workspace: &mut Workspace,
    uids: &BTreeSet<String>,
    occurrences: &[Occurrence],
    lang: Lang,
    now: NaiveDateTime,
) -> Result<IcsImport, IcsError> {
    let today = now.date();
    let Some(scope) = workspace.kind().scope().map(str::to_ascii_lowercase) else {
        return Err(refuse("studio-ics-municipality-only", ""));
    };
    let mut done = IcsImport::default();
    let mut files = Vec::new();
    let minutes = |t: &NaiveDateTime| t.format("%Y-%m-%dT%H:%M").to_string();
    for occurrence in occurrences {
        let id = occurrence.item_id(&scope);
        let failed = |e: wegwijs_core::error::Error| refuse("studio-error-failed", e.to_string());
        let before = workspace.read(&id).map_err(failed)?;
        let mut draft = before.clone().unwrap_or_else(|| Draft {
            id: id.clone(),
            kind: "event".into(),
            version: 1,
            topics: vec!["community".into()],
            ..Draft::default()
        });
        if let Some(url) = &occurrence.url
            && !draft.sources.contains(url)
        {
            draft.sources.push(url.clone());
        }
        // The calendar is the source, read today.
        draft.verified_on = today.to_string();
        draft.valid_until = Some(occurrence.ends.date().to_string());
        draft.event = Some(EventDraft {
            starts: minutes(&occurrence.starts),
            ends: minutes(&occurrence.ends),
            place: occurrence.location.clone(),
        });
        let (summary, body) = summary_and_body(occurrence);
        let text = TextDraft {
            title: occurrence.summary.clone(),
            summary,
            state: "reference".into(),
            keywords: draft.texts.get(lang.code()).map(|t| t.keywords.clone()).unwrap_or_default(),
            body,
            source_hash: None,
        };
        draft.texts.insert(lang.code().into(), text.clone());
        let Some(dir) = workspace.item_dir(&id, None) else { return Err(refuse("studio-error-id", id)) };
        let item_toml = |draft: &Draft| draft.item_toml().map_err(|e| refuse(e.code, e.detail));
        let text_path = dir.join(format!("{}.md", lang.code()));
        let text_file = text_file(&text);
        let mut toml = item_toml(&draft)?;
        let on_disk = |path: &std::path::Path| std::fs::read_to_string(path).ok();
        match &before {
            None => done.created.push(id.clone()),
            Some(old) => {
                if on_disk(&dir.join("item.toml")).as_deref() == Some(toml.as_str())
                    && on_disk(&text_path).as_deref() == Some(text_file.as_str())
                {
                    done.unchanged += 1;
                    continue;
                }
                draft.version = old.version + 1;
                toml = item_toml(&draft)?;
                done.updated.push(id.clone());
            }
        }
        files.push((dir.join("item.toml"), toml));
        files.push((text_path, text_file));
    }
    let kept: BTreeSet<String> = occurrences.iter().map(|o| o.item_id(&scope)).collect();
    let prefixes: Vec<String> = uids.iter().map(|uid| format!("{scope}-ics-{}-", uid_hash(uid))).collect();
    let mut removed = Vec::new();
    for (_, id) in workspace.items() {
        let Some(prefix) = prefixes.iter().find(|prefix| id.starts_with(prefix.as_str())) else { continue };
        let starts = NaiveDateTime::parse_from_str(&id[prefix.len()..], "%Y%m%d%H%M");
        if !kept.contains(&id)
            && starts.is_ok_and(|starts| starts > now)
            && let Some(dir) = workspace.item_dir(&id, None)
        {
            removed.push(dir);
            done.removed.push(id);
        }
    }
    let label = done.created.iter().chain(&done.updated).chain(&done.removed).next().cloned().unwrap_or_default();
    workspace.write_and_remove(files, &removed, &label).map_err(|e| refuse("studio-error-failed", e.to_string()))?;
    Ok(done)
}

/// The text's summary is the description's first paragraph (the title when there is no
/// description); the body is the whole description.
fn summary_and_body(occurrence: &Occurrence) -> (String, String) {
    let description = occurrence.description.trim();
    let first = description.split("\n\n").next().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ");
    let summary = if first.is_empty() { occurrence.summary.clone() } else { first };
    let body = if description.is_empty() { String::new() } else { format!("{description}\n") };
    (summary, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
    }

    fn calendar(events: &[&str]) -> String {
        let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Gemeente//Agenda//NL\r\n");
        for event in events {
            text.push_str("BEGIN:VEVENT\r\n");
            for line in event.lines() {
                text.push_str(line.trim());
                text.push_str("\r\n");
            }
            text.push_str("END:VEVENT\r\n");
        }
        text.push_str("END:VCALENDAR\r\n");
        text
    }

    /// The local start and end of each occurrence, as `YYYY-MM-DD HH:MM-HH:MM`.
    fn times(ics: &str, from: &str, until: &str) -> Vec<String> {
        occurrences(ics, at(from), at(until))
            .unwrap()
            .iter()
            .map(|o| format!("{}-{}", o.starts.format("%Y-%m-%d %H:%M"), o.ends.format("%H:%M")))
            .collect()
    }

    #[test]
    fn times_land_on_amsterdam_wall_clock_whatever_their_zone() {
        let cases = [
            // A TZID time, in winter and in summer.
            (
                "DTSTART;TZID=Europe/Amsterdam:20261210T190000\nDTEND;TZID=Europe/Amsterdam:20261210T210000",
                "2026-12-10 19:00-21:00",
            ),
            (
                "DTSTART;TZID=Europe/Amsterdam:20270610T190000\nDTEND;TZID=Europe/Amsterdam:20270610T210000",
                "2027-06-10 19:00-21:00",
            ),
            // UTC: one hour behind in winter, two in summer.
            ("DTSTART:20261210T180000Z\nDTEND:20261210T200000Z", "2026-12-10 19:00-21:00"),
            ("DTSTART:20270610T170000Z\nDTEND:20270610T190000Z", "2027-06-10 19:00-21:00"),
            // Another zone: 13:00 in New York is 19:00 in Amsterdam.
            ("DTSTART;TZID=America/New_York:20261210T130000\nDURATION:PT2H", "2026-12-10 19:00-21:00"),
            // Outlook's name for the zone, and a floating time (meant as local).
            ("DTSTART;TZID=W. Europe Standard Time:20261210T190000\nDURATION:PT2H", "2026-12-10 19:00-21:00"),
            ("DTSTART:20261210T190000\nDTEND:20261210T210000", "2026-12-10 19:00-21:00"),
            // A day-long event.
            ("DTSTART;VALUE=DATE:20261210\nDTEND;VALUE=DATE:20261211", "2026-12-10 00:00-23:59"),
        ];
        for (lines, expected) in cases {
            let ics = calendar(&[&format!("UID:one@gemeente.nl\nSUMMARY:Taalcafé\n{lines}")]);
            assert_eq!(times(&ics, "2026-12-01T00:00:00Z", "2027-12-01T00:00:00Z"), [expected], "{lines}");
        }
    }

    #[test]
    fn a_weekly_event_keeps_its_local_time_across_the_change_to_winter_time() {
        // Summer time ends on Sunday 25 October 2026: the Thursday at 19:00 stays at 19:00.
        let ics =
            calendar(&["UID:taalcafe@helmond.nl\nSUMMARY:Taalcafé\nDTSTART;TZID=Europe/Amsterdam:20261015T190000\n\
             DTEND;TZID=Europe/Amsterdam:20261015T203000\nRRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=4"]);
        assert_eq!(
            times(&ics, "2026-10-01T00:00:00Z", "2027-04-01T00:00:00Z"),
            ["2026-10-15 19:00-20:30", "2026-10-22 19:00-20:30", "2026-10-29 19:00-20:30", "2026-11-05 19:00-20:30"]
        );
    }

    #[test]
    fn occurrences_are_those_of_the_coming_months_less_exceptions_and_with_changes() {
        // Every Monday from a year ago, without end; one Monday off, one moved to the Tuesday.
        let ics = calendar(&[
            "UID:spreekuur@helmond.nl\nSUMMARY:Spreekuur\nDTSTART;TZID=Europe/Amsterdam:20251201T100000\n\
             DTEND;TZID=Europe/Amsterdam:20251201T120000\nRRULE:FREQ=WEEKLY;BYDAY=MO\n\
             EXDATE;TZID=Europe/Amsterdam:20261214T100000",
            "UID:spreekuur@helmond.nl\nSUMMARY:Spreekuur (dinsdag)\nRECURRENCE-ID;TZID=Europe/Amsterdam:20261221T100000\n\
             DTSTART;TZID=Europe/Amsterdam:20261222T140000\nDTEND;TZID=Europe/Amsterdam:20261222T160000",
            "UID:gone@helmond.nl\nSUMMARY:Afgelast\nSTATUS:CANCELLED\nDTSTART:20261210T180000Z",
        ]);
        assert_eq!(
            times(&ics, "2026-12-05T00:00:00Z", "2027-01-05T00:00:00Z"),
            ["2026-12-07 10:00-12:00", "2026-12-22 14:00-16:00", "2026-12-28 10:00-12:00", "2027-01-04 10:00-12:00"]
        );
        let found = occurrences(&ics, at("2026-12-05T00:00:00Z"), at("2027-01-05T00:00:00Z")).unwrap();
        assert_eq!(found[1].summary, "Spreekuur (dinsdag)");
        assert_eq!(found[0].item_id("gm0794"), found[0].item_id("gm0794"));
        assert_ne!(found[0].item_id("gm0794"), found[2].item_id("gm0794"));
        assert!(found[0].item_id("gm0794").starts_with("gm0794-ics-"));
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        for (ics, code) in [
            ("hello".to_string(), "studio-ics-not-ics"),
            ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".to_string(), "studio-ics-empty"),
            (calendar(&["SUMMARY:No uid\nDTSTART:20261210T180000Z"]), "studio-ics-no-uid"),
            (calendar(&["UID:a\nDTSTART:20261210T180000Z"]), "studio-ics-no-summary"),
            (calendar(&["UID:a\nSUMMARY:x"]), "studio-ics-no-start"),
            (calendar(&["UID:a\nSUMMARY:x\nDTSTART;TZID=Mars/Olympus:20261210T180000"]), "studio-ics-time-zone"),
            (calendar(&["UID:a\nSUMMARY:x\nDTSTART:2026-12-10"]), "studio-ics-time"),
            (
                calendar(&["UID:a\nSUMMARY:x\nDTSTART:20261210T180000Z\nDTEND:20261210T170000Z"]),
                "studio-ics-ends-before-start",
            ),
            (calendar(&["UID:a\nSUMMARY:x\nDTSTART:20261210T180000Z\nRRULE:FREQ=SOMETIMES"]), "studio-ics-rule"),
        ] {
            let error = occurrences(&ics, at("2026-12-01T00:00:00Z"), at("2027-06-01T00:00:00Z")).unwrap_err();
            assert_eq!(error.code, code, "{ics}");
        }
    }

    #[test]
    fn durations_read_as_rfc_5545_writes_them() {
        for (text, minutes) in [
            ("PT1H30M", Some(90)),
            ("P1D", Some(1440)),
            ("P1W", Some(10080)),
            ("PT45M", Some(45)),
            ("1H", None),
            ("PT", Some(0)),
            ("P1H", None),
        ] {
            assert_eq!(duration(text).map(|d| d.num_minutes()), minutes, "{text}");
        }
    }
}
