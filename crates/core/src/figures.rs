//! The national figures table (`assets/content/figures.toml`): amounts and limits that change by
//! period (minimum wage, benefit amounts, allowance limits), written once with their period and
//! source. Items name the figures they use (`figures = ["minimum-wage-hour-21"]`); the loader
//! copies every period of those figures into the item's amounts, so a new period reaches every
//! item that uses it. On a given day the app shows, per figure, the period that holds then
//! ([`pick`]) and marks it outdated when that period has ended ([`outdated`]).

use crate::model::{Amount, Confidence};
use crate::source::{Diagnostic, Level, as_date, is_official_source, line_of};
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;
use toml::value::Datetime;

/// The path of the table inside the content root.
pub const FIGURES_FILE: &str = "figures.toml";

/// One figure for one period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub name: String,
    /// A plain decimal number such as `14.71` (formatted in the person's language by the app).
    pub value: String,
    pub unit: String,
    pub valid_from: NaiveDate,
    /// Every period in the table ends: a figure with no known end is not a figure of the table.
    pub valid_until: NaiveDate,
    pub confidence: Confidence,
    pub sources: Vec<String>,
}

impl Figure {
    /// Whether the period holds on `date`.
    pub fn holds_on(&self, date: NaiveDate) -> bool {
        self.valid_from <= date && date <= self.valid_until
    }

    /// This period as an item's amount.
    pub fn to_amount(&self) -> Amount {
        Amount {
            name: self.name.clone(),
            value: self.value.clone(),
            unit: self.unit.clone(),
            valid_from: self.valid_from,
            valid_until: Some(self.valid_until),
            confidence: self.confidence,
        }
    }
}

/// Every figure, by name, its periods in date order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FigureTable {
    figures: BTreeMap<String, Vec<Figure>>,
}

impl FigureTable {
    /// Names in the table.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.figures.keys().map(String::as_str)
    }

    /// The periods of `name`, oldest first (empty when unknown).
    pub fn periods(&self, name: &str) -> &[Figure] {
        self.figures.get(name).map_or(&[], Vec::as_slice)
    }

    /// The period of `name` that holds on `date`, if the table has one.
    pub fn at(&self, name: &str, date: NaiveDate) -> Option<&Figure> {
        self.periods(name).iter().find(|f| f.holds_on(date))
    }

    /// Figures whose latest period ended before `today`: the table needs the next period.
    pub fn expired(&self, today: NaiveDate) -> Vec<&Figure> {
        self.figures.values().filter_map(|periods| periods.last()).filter(|f| f.valid_until < today).collect()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTable {
    #[serde(default)]
    figure: Vec<Spanned<RawFigure>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFigure {
    name: String,
    value: String,
    unit: String,
    valid_from: Datetime,
    valid_until: Option<Datetime>,
    confidence: Confidence,
    #[serde(default)]
    sources: Vec<String>,
}

/// Reads and validates the table; `file` names it in the diagnostics.
pub fn parse(file: &str, text: &str) -> (FigureTable, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut error = |line: Option<usize>, message: String| {
        diagnostics.push(Diagnostic { severity: Level::Error, file: file.to_string(), line, message });
    };
    let raw: RawTable = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            error(e.span().map(|s| line_of(text, s.start)), e.message().to_string());
            return (FigureTable::default(), diagnostics);
        }
    };
    let mut table = FigureTable::default();
    for spanned in raw.figure {
        let line = Some(line_of(text, spanned.span().start));
        let raw = spanned.into_inner();
        let name = raw.name.clone();
        let mut problems = Vec::new();
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            problems.push("name must use only a-z, 0-9 and -".to_string());
        }
        if !is_plain_number(&raw.value) {
            problems.push(format!("value {:?} must be a plain number such as 14.71", raw.value));
        }
        if raw.unit.trim().is_empty() {
            problems.push("unit is empty".to_string());
        }
        let from = as_date(&raw.valid_from).map_err(|m| problems.push(format!("valid_from: {m}"))).ok();
        let until = match &raw.valid_until {
            None => {
                problems.push("valid_until is required: every figure holds for a period".to_string());
                None
            }
            Some(until) => as_date(until).map_err(|m| problems.push(format!("valid_until: {m}"))).ok(),
        };
        if let (Some(from), Some(until)) = (from, until)
            && until < from
        {
            problems.push("valid_until is before valid_from".to_string());
        }
        if raw.sources.is_empty() {
            problems.push("sources must name the page that gives the figure".to_string());
        }
        for source in &raw.sources {
            if !source.starts_with("https://") {
                problems.push(format!("source {source:?} must be an https:// URL"));
            }
        }
        if raw.confidence == Confidence::Verified && !raw.sources.iter().any(|s| is_official_source(s)) {
            problems.push("a verified figure needs a source on an official domain".to_string());
        }
        if !problems.is_empty() {
            for problem in problems {
                error(line, format!("figure {name:?}: {problem}"));
            }
            continue;
        }
        let (Some(valid_from), Some(valid_until)) = (from, until) else { continue };
        let figure = Figure {
            name: name.clone(),
            value: raw.value,
            unit: raw.unit,
            valid_from,
            valid_until,
            confidence: raw.confidence,
            sources: raw.sources,
        };
        let periods = table.figures.entry(name.clone()).or_default();
        if let Some(other) = periods.iter().find(|p| p.valid_from <= valid_until && valid_from <= p.valid_until) {
            error(line, format!("figure {name:?}: period overlaps the one from {}", other.valid_from));
            continue;
        }
        if let Some(other) = periods.first()
            && other.unit != figure.unit
        {
            error(line, format!("figure {name:?}: every period needs the same unit ({:?})", other.unit));
            continue;
        }
        periods.push(figure);
        periods.sort_by_key(|p| p.valid_from);
    }
    (table, diagnostics)
}

/// How long a `verified_on` date stays fresh: an item not checked for longer is reported.
pub const VERIFIED_FRESH_MONTHS: u32 = 12;

/// Warnings about content that time has overtaken on `today`: figures whose last period has
/// ended (the table needs the next period) and items whose sources were last checked more than
/// [`VERIFIED_FRESH_MONTHS`] ago. Nothing here is an error: the content stays publishable, but
/// editors see what to re-check.
pub fn freshness(table: &FigureTable, items: &[crate::model::Item], today: NaiveDate) -> Vec<Diagnostic> {
    let warning = |file: String, message: String| Diagnostic { severity: Level::Warning, file, line: None, message };
    let mut warnings: Vec<Diagnostic> = table
        .expired(today)
        .into_iter()
        .map(|figure| {
            warning(
                FIGURES_FILE.to_string(),
                format!(
                    "figure {:?}: its last period ended on {}; add the next period when it is published",
                    figure.name, figure.valid_until
                ),
            )
        })
        .collect();
    let oldest_fresh = today.checked_sub_months(chrono::Months::new(VERIFIED_FRESH_MONTHS)).unwrap_or(today);
    for item in items.iter().filter(|item| item.verified_on < oldest_fresh) {
        warnings.push(warning(
            format!("{}/{}/item.toml", item.scope, item.id),
            format!(
                "verified_on {} is more than {VERIFIED_FRESH_MONTHS} months before {today}: check the sources again",
                item.verified_on
            ),
        ));
    }
    warnings
}

/// Per name, the amount to show on `date`: the period that holds then; else the latest period
/// that started before (it is outdated, see [`outdated`]); else the first one to come.
/// Amounts keep their first order of names.
pub fn pick(amounts: &[Amount], date: NaiveDate) -> Vec<Amount> {
    let mut names: Vec<&str> = Vec::new();
    for amount in amounts {
        if !names.contains(&amount.name.as_str()) {
            names.push(&amount.name);
        }
    }
    names
        .into_iter()
        .filter_map(|name| {
            let periods: Vec<&Amount> = amounts.iter().filter(|a| a.name == name).collect();
            let holds = |a: &&Amount| a.valid_from <= date && a.valid_until.is_none_or(|u| date <= u);
            periods
                .iter()
                .copied()
                .filter(holds)
                .max_by_key(|a| a.valid_from)
                .or_else(|| periods.iter().copied().filter(|a| a.valid_from <= date).max_by_key(|a| a.valid_from))
                .or_else(|| periods.iter().copied().min_by_key(|a| a.valid_from))
                .cloned()
        })
        .collect()
}

/// Names of the amounts with no period holding on `date` whose latest period has ended: the
/// text that names them may be out of date.
pub fn outdated(amounts: &[Amount], date: NaiveDate) -> Vec<String> {
    pick(amounts, date)
        .into_iter()
        .filter(|a| a.valid_until.is_some_and(|until| until < date))
        .map(|a| a.name)
        .collect()
}

fn is_plain_number(value: &str) -> bool {
    let mut parts = value.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests;
