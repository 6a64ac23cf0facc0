//! The content model: what an item is, independent of where it was read from or stored.

use crate::lang::Lang;
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The kinds of content item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum ItemKind {
    /// A rights and obligations article.
    Right,
    /// A local place or desk.
    Service,
    /// A checklist step.
    Task,
    /// An urgent notice with an end date.
    Alert,
    /// A dated activity.
    Event,
}

impl ItemKind {
    pub const ALL: [ItemKind; 5] =
        [ItemKind::Right, ItemKind::Service, ItemKind::Task, ItemKind::Alert, ItemKind::Event];

    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Right => "right",
            ItemKind::Service => "service",
            ItemKind::Task => "task",
            ItemKind::Alert => "alert",
            ItemKind::Event => "event",
        }
    }

    /// Rights and checklist tasks are legal information: only the national editor writes them.
    pub fn is_national_only(self) -> bool {
        matches!(self, ItemKind::Right | ItemKind::Task)
    }
}

/// Topics group items on the Rights screen and tie tasks to the local services that help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum Topic {
    Registration,
    Id,
    Work,
    Wages,
    Housing,
    Health,
    Family,
    Benefits,
    Money,
    Education,
    Language,
    Help,
    Leaving,
    Emergency,
    Community,
    Municipality,
}

impl Topic {
    /// Every topic, in the order the Rights screen and the studio list them.
    pub const ALL: [Topic; 16] = [
        Topic::Registration,
        Topic::Id,
        Topic::Work,
        Topic::Wages,
        Topic::Housing,
        Topic::Health,
        Topic::Family,
        Topic::Benefits,
        Topic::Money,
        Topic::Education,
        Topic::Language,
        Topic::Help,
        Topic::Leaving,
        Topic::Emergency,
        Topic::Community,
        Topic::Municipality,
    ];
}

/// The review state of one translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum TranslationState {
    /// Written by the editors in Dutch or English; the text that counts.
    Reference,
    /// Translated by a machine (a translation service), not checked by a person: the app
    /// says so above the text.
    Machine,
    /// Translated, not yet reviewed by a native speaker.
    Translated,
    /// Translated and reviewed.
    Reviewed,
}

/// An amount or limit named in the text, with the period it holds for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Amount {
    pub name: String,
    pub value: String,
    pub unit: String,
    pub valid_from: NaiveDate,
    pub valid_until: Option<NaiveDate>,
    pub confidence: Confidence,
}

/// How sure the editors are of a figure (the marks of the fact sheet).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Verified,
    Secondary,
}

/// Fields only a local service has. Every field is optional: unknown is left out, never guessed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ServiceInfo {
    pub address: Option<String>,
    pub geo: Option<[f64; 2]>,
    pub phone: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    /// OSM `opening_hours` syntax; see [`crate::opening_hours`].
    pub opening_hours: Option<String>,
    #[serde(default)]
    pub languages: Vec<Lang>,
    pub appointment: Option<bool>,
}

/// How long a person expects to stay: it decides BRP or RNI registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum Stay {
    /// Less than 4 months.
    Short,
    /// More than 4 months.
    Long,
    Unsure,
}

impl Stay {
    pub fn as_str(self) -> &'static str {
        match self {
            Stay::Short => "short",
            Stay::Long => "long",
            Stay::Unsure => "unsure",
        }
    }
}

/// Profile conditions under which a task applies; every condition given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(deny_unknown_fields)]
pub struct Applies {
    pub stay: Option<Vec<Stay>>,
    pub children: Option<bool>,
    pub children_in_nl: Option<bool>,
    pub agency: Option<bool>,
}

/// What a deadline counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    Arrival,
    WorkStart,
    Date,
}

/// Whether a rule sets the deadline or it is our advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum DeadlineKind {
    Legal,
    Advice,
}

/// A deadline rule: an anchor plus an offset in months and days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct DeadlineRule {
    pub from: Anchor,
    pub date: Option<NaiveDate>,
    pub months: i32,
    pub days: i32,
    pub kind: DeadlineKind,
}

/// Fields only a checklist task has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TaskRule {
    pub order: u32,
    pub applies: Applies,
    pub deadline: Option<DeadlineRule>,
    pub rights: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Urgent,
}

/// Fields only a dated event has; times are local (Europe/Amsterdam).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct EventInfo {
    pub starts: NaiveDateTime,
    pub ends: NaiveDateTime,
    pub place: Option<String>,
}

/// The kind-specific part of an item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Details {
    Right,
    Service(ServiceInfo),
    Task(TaskRule),
    Alert { severity: Severity },
    Event(EventInfo),
}

impl Details {
    pub fn kind(&self) -> ItemKind {
        match self {
            Details::Right => ItemKind::Right,
            Details::Service(_) => ItemKind::Service,
            Details::Task(_) => ItemKind::Task,
            Details::Alert { .. } => ItemKind::Alert,
            Details::Event(_) => ItemKind::Event,
        }
    }
}

/// One language's text of an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ItemText {
    pub title: String,
    pub summary: String,
    pub state: TranslationState,
    /// The Markdown source, as the editor wrote it.
    pub body_markdown: String,
    /// The words people type for this item that its text may not use (colloquial terms, the
    /// Dutch word as they hear it, common misspellings): searched, never shown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
}

/// A validated content item with all its translations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Item {
    pub id: String,
    /// `nl` for national content, else a CBS municipality code such as `GM0794`.
    pub scope: String,
    pub version: u32,
    pub topics: Vec<Topic>,
    pub sources: Vec<String>,
    pub verified_on: NaiveDate,
    pub valid_from: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
    pub related: Vec<String>,
    /// Sample content that the municipality has not confirmed yet.
    pub sample: bool,
    pub amounts: Vec<Amount>,
    pub details: Details,
    pub texts: BTreeMap<Lang, ItemText>,
}

impl Item {
    pub fn kind(&self) -> ItemKind {
        self.details.kind()
    }

    /// The item without its texts (content.db keeps those apart), copied without copying them.
    pub fn without_texts(&self) -> Item {
        let Item {
            id,
            scope,
            version,
            topics,
            sources,
            verified_on,
            valid_from,
            valid_until,
            related,
            sample,
            amounts,
            details,
            texts: _,
        } = self;
        Item {
            id: id.clone(),
            scope: scope.clone(),
            version: *version,
            topics: topics.clone(),
            sources: sources.clone(),
            verified_on: *verified_on,
            valid_from: *valid_from,
            valid_until: *valid_until,
            related: related.clone(),
            sample: *sample,
            amounts: amounts.clone(),
            details: details.clone(),
            texts: BTreeMap::new(),
        }
    }
}

/// A publishing scope: the nation or one municipality.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Scope {
    pub code: String,
    pub name: String,
    pub sample: bool,
}

/// The scope code of national content.
pub const NATIONAL_SCOPE: &str = "nl";

/// Whether `code` is `nl` or a CBS municipality code (`GM` and four digits).
pub fn is_valid_scope_code(code: &str) -> bool {
    code == NATIONAL_SCOPE
        || (code.len() == 6 && code.starts_with("GM") && code[2..].bytes().all(|b| b.is_ascii_digit()))
}
