//! A subset of the OpenStreetMap `opening_hours` syntax, enough for desks and consultation
//! hours: `Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-12:00; Su off; PH off` and `24/7`.
//!
//! Later rules override earlier ones for the days they name, as in OSM. Public-holiday rules
//! (`PH`) are accepted and reported through [`OpeningHours::has_holiday_rule`] but not
//! evaluated: the app says that hours on holidays may differ rather than guess a calendar.

use chrono::{Datelike, NaiveDateTime, NaiveTime, Timelike, Weekday};
use serde::Serialize;

/// Parsed opening hours: for each weekday (Monday first) the open spans in minutes of the day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OpeningHours {
    week: [Vec<Span>; 7],
    has_holiday_rule: bool,
}

/// An open span, in minutes since midnight; `end` may be 1440 (24:00).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: u16,
    pub end: u16,
}

const DAY_NAMES: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

impl OpeningHours {
    /// Parses `text`, or says what is wrong with it.
    pub fn parse(text: &str) -> Result<OpeningHours, String> {
        let mut week: [Vec<Span>; 7] = Default::default();
        let mut has_holiday_rule = false;
        let text = text.trim();
        if text.is_empty() {
            return Err("empty opening_hours".into());
        }
        if text == "24/7" {
            let all_day = vec![Span { start: 0, end: 1440 }];
            return Ok(OpeningHours { week: std::array::from_fn(|_| all_day.clone()), has_holiday_rule });
        }
        for rule in text.split(';').map(str::trim) {
            if rule.is_empty() {
                return Err("empty rule between ';'".into());
            }
            let (selector, hours) = match rule.split_once(' ') {
                Some((first, rest)) if starts_with_day(first) => (Some(first), rest.trim()),
                _ if starts_with_day(rule) => {
                    return Err(format!("rule {rule:?} has days but no hours"));
                }
                _ => (None, rule),
            };
            let spans = parse_hours(hours)?;
            let days = match selector {
                None => [true; 7],
                Some("PH") => {
                    has_holiday_rule = true;
                    continue;
                }
                Some(selector) => parse_days(selector)?,
            };
            for (day, selected) in days.iter().enumerate() {
                if *selected {
                    week[day] = spans.clone();
                }
            }
        }
        Ok(OpeningHours { week, has_holiday_rule })
    }

    /// Whether the place is open at a local (Europe/Amsterdam) time.
    pub fn is_open(&self, local: NaiveDateTime) -> bool {
        let minute = (local.hour() * 60 + local.minute()) as u16;
        self.spans_on(local.weekday()).iter().any(|span| span.start <= minute && minute < span.end)
    }

    /// The open spans on a weekday; empty when closed all day.
    pub fn spans_on(&self, day: Weekday) -> &[Span] {
        &self.week[day.num_days_from_monday() as usize]
    }

    /// Whether the text had a rule for public holidays, which [`Self::is_open`] does not apply.
    pub fn has_holiday_rule(&self) -> bool {
        self.has_holiday_rule
    }
}

impl Span {
    pub fn start_time(self) -> NaiveTime {
        minutes_to_time(self.start)
    }

    /// The closing time; 24:00 shows as 23:59.
    pub fn end_time(self) -> NaiveTime {
        minutes_to_time(self.end.min(1439))
    }
}

fn minutes_to_time(minutes: u16) -> NaiveTime {
    NaiveTime::from_hms_opt(u32::from(minutes / 60), u32::from(minutes % 60), 0).unwrap_or(NaiveTime::MIN)
}

fn starts_with_day(word: &str) -> bool {
    word == "PH" || DAY_NAMES.iter().any(|day| word.starts_with(day))
}

fn day_index(name: &str) -> Result<usize, String> {
    DAY_NAMES
        .iter()
        .position(|day| *day == name)
        .ok_or_else(|| format!("unknown day {name:?} (use Mo Tu We Th Fr Sa Su)"))
}

fn parse_days(selector: &str) -> Result<[bool; 7], String> {
    let mut days = [false; 7];
    for part in selector.split(',') {
        match part.split_once('-') {
            Some((from, to)) => {
                let (from, to) = (day_index(from)?, day_index(to)?);
                let mut day = from;
                loop {
                    days[day] = true;
                    if day == to {
                        break;
                    }
                    day = (day + 1) % 7;
                }
            }
            None => days[day_index(part)?] = true,
        }
    }
    Ok(days)
}

fn parse_hours(hours: &str) -> Result<Vec<Span>, String> {
    if hours == "off" || hours == "closed" {
        return Ok(Vec::new());
    }
    let mut spans = Vec::new();
    for range in hours.split(',') {
        let (start, end) =
            range.split_once('-').ok_or_else(|| format!("time range {range:?} must look like 09:00-17:00"))?;
        let span = Span { start: parse_time(start)?, end: parse_time(end)? };
        if span.end <= span.start {
            return Err(format!("time range {range:?} ends before it starts"));
        }
        spans.push(span);
    }
    spans.sort_by_key(|span| span.start);
    if spans.windows(2).any(|pair| pair[1].start < pair[0].end) {
        return Err(format!("time ranges in {hours:?} overlap"));
    }
    Ok(spans)
}

fn parse_time(text: &str) -> Result<u16, String> {
    let bad = || format!("time {text:?} must look like 09:30");
    let (hour, minute) = text.split_once(':').ok_or_else(bad)?;
    if hour.len() != 2 || minute.len() != 2 {
        return Err(bad());
    }
    let hour: u16 = hour.parse().map_err(|_| bad())?;
    let minute: u16 = minute.parse().map_err(|_| bad())?;
    if minute > 59 || hour > 24 || (hour == 24 && minute > 0) {
        return Err(bad());
    }
    Ok(hour * 60 + minute)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(date: &str, time: &str) -> NaiveDateTime {
        NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap().and_time(NaiveTime::parse_from_str(time, "%H:%M").unwrap())
    }

    #[test]
    fn open_and_closed_times() {
        let hours =
            OpeningHours::parse("Mo-Fr 09:00-12:30,13:30-17:00; We 09:00-12:00; Sa 10:00-12:00; PH off").unwrap();
        // 2026-11-30 is a Monday.
        for (date, time, open) in [
            ("2026-11-30", "08:59", false),
            ("2026-11-30", "09:00", true),
            ("2026-11-30", "12:30", false),
            ("2026-11-30", "13:30", true),
            ("2026-12-02", "13:30", false),
            ("2026-12-05", "11:59", true),
            ("2026-12-06", "11:00", false),
        ] {
            assert_eq!(hours.is_open(at(date, time)), open, "{date} {time}");
        }
        assert!(hours.has_holiday_rule());
    }

    #[test]
    fn wrapping_day_ranges_and_all_week() {
        let hours = OpeningHours::parse("Sa-Mo 10:00-24:00").unwrap();
        assert!(hours.is_open(at("2026-11-29", "23:59")));
        assert!(!hours.is_open(at("2026-12-01", "11:00")));
        assert!(OpeningHours::parse("24/7").unwrap().is_open(at("2026-12-25", "03:00")));
    }

    #[test]
    fn rejects_what_it_cannot_read() {
        for bad in [
            "",
            "Mo-Fx 09:00-17:00",
            "Mo 9-17",
            "Mo 17:00-09:00",
            "Mo 09:00-12:00,11:00-13:00",
            "Mo",
            "Tu 25:00-26:00",
            "Mo-Fr 09:00-17:00;",
        ] {
            assert!(OpeningHours::parse(bad).is_err(), "{bad:?} should be rejected");
        }
    }
}
