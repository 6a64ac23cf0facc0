//! Opening hours in the OpenStreetMap `opening_hours` syntax, read and evaluated by the
//! maintained `opening-hours` crate rather than a parser of our own: the full syntax (months and
//! dates, `week 1-53/2`, `Mo[1]`, times past midnight, `sunrise`, comments, `||` fallbacks) and
//! public holidays (`PH`) from the Dutch calendar the crate ships.
//!
//! Everything is evaluated in Europe/Amsterdam time, so a clock change or Christmas Day gives
//! the right "open now" and "opens at". The content loader validates with [`OpeningHours::parse`]
//! and the app evaluates with the same type: a text the loader accepts is one the app can read.
//! Sun events (`sunrise`, `dusk`) are computed for Amsterdam's position, a few minutes off
//! elsewhere in the country.

use std::str::FromStr;

use chrono::{DateTime, Days, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::{Europe::Amsterdam, Tz};
use opening_hours::localization::{Coordinates, Country, TzLocation};
use opening_hours::{Context, RuleKind};
use opening_hours_syntax::rules::day::WeekDayRange;

/// Parsed opening hours with the Dutch holiday calendar and Amsterdam's time zone attached.
#[derive(Debug, Clone)]
pub struct OpeningHours {
    hours: opening_hours::OpeningHours<TzLocation<Tz>>,
}

/// What the hours say about a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Open,
    Closed,
    /// The text marks the time as unknown (`unknown`, or a comment such as "by appointment").
    Unknown,
}

/// An open span on one day, in local time; `ends_next_day` when it runs past midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub ends_next_day: bool,
}

impl OpeningHours {
    /// Parses `text`, or says in one line where and why it cannot be read.
    pub fn parse(text: &str) -> Result<OpeningHours, String> {
        if text.trim().is_empty() {
            return Err("empty opening_hours".into());
        }
        let hours = opening_hours::OpeningHours::from_str(text).map_err(|error| describe(&error))?;
        Ok(OpeningHours { hours: hours.with_context(dutch_context()) })
    }

    /// The state at a moment.
    pub fn state(&self, at: DateTime<Utc>) -> State {
        match self.hours.state(at.with_timezone(&Amsterdam)).0 {
            RuleKind::Open => State::Open,
            RuleKind::Closed => State::Closed,
            RuleKind::Unknown => State::Unknown,
        }
    }

    /// When the state after `at` next changes, in local time; `None` when it never does.
    pub fn next_change(&self, at: DateTime<Utc>) -> Option<NaiveDateTime> {
        self.hours.next_change(at.with_timezone(&Amsterdam)).map(|change| change.naive_local())
    }

    /// The open spans of a local date, holidays and times past midnight applied; empty when
    /// closed all day.
    pub fn open_spans_on(&self, date: NaiveDate) -> Vec<Span> {
        let (Some(from), Some(to)) =
            (local_midnight(date), date.checked_add_days(Days::new(1)).and_then(local_midnight))
        else {
            return Vec::new();
        };
        self.hours
            .iter_range(from, to)
            .filter(|range| range.kind == RuleKind::Open)
            .map(|range| {
                let (start, end) = (range.range.start.naive_local(), range.range.end.naive_local());
                Span { start: start.time(), end: end.time(), ends_next_day: end.date() > date }
            })
            .collect()
    }

    /// Whether the text says what happens on public holidays (a `PH` rule).
    pub fn has_holiday_rule(&self) -> bool {
        self.hours
            .get_expression()
            .rules
            .iter()
            .any(|rule| rule.day_selector.weekday.iter().any(|days| matches!(days, WeekDayRange::Holiday { .. })))
    }
}

/// Whether a local date is a Dutch public holiday in the crate's calendar.
pub fn is_public_holiday(date: NaiveDate) -> bool {
    Country::NL.holidays().get_public().contains(date)
}

fn dutch_context() -> Context<TzLocation<Tz>> {
    let location = TzLocation::new(Amsterdam);
    let location = match Coordinates::new(52.37, 4.89) {
        Some(amsterdam) => location.with_coords(amsterdam),
        None => location,
    };
    Context::default().with_holidays(Country::NL.holidays()).with_locale(location)
}

fn local_midnight(date: NaiveDate) -> Option<DateTime<Tz>> {
    Amsterdam.from_local_datetime(&date.and_time(NaiveTime::MIN)).earliest()
}

/// The crate's syntax errors are several lines with a caret; an editor gets one line.
fn describe(error: &opening_hours_syntax::Error) -> String {
    match error {
        opening_hours_syntax::Error::Syntax(syntax) => {
            let column = match syntax.line_col {
                pest::error::LineColLocation::Pos((_, column)) | pest::error::LineColLocation::Span((_, column), _) => {
                    column
                }
            };
            format!(
                "cannot read it from character {column} ({}); see the OpenStreetMap opening_hours syntax",
                syntax.variant.message()
            )
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests;
