//! Reads and validates the editors' content sources (see docs/content-format.md).
//!
//! The loader never panics on bad input: every problem becomes a [`Diagnostic`] with the file
//! and line, and all of them are collected so an editor sees everything in one run.

use crate::lang::Lang;
use crate::model::{
    Amount, Anchor, Applies, Confidence, DeadlineKind, DeadlineRule, Details, EventInfo, Item, ItemKind, ItemText,
    Scope, ServiceInfo, Severity, TaskRule, Topic, TranslationState, is_valid_scope_code,
};
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;
use toml::Spanned;
use toml::value::Datetime;

/// How a warning about a language without its text begins; the file name follows (`bg.md`).
pub const MISSING_TRANSLATION: &str = "missing translation: ";

/// Source files by path relative to the content root, with `/` separators.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceTree {
    pub files: BTreeMap<String, String>,
}

impl SourceTree {
    /// Reads every file under `root`.
    pub fn read_dir(root: &Path) -> std::io::Result<SourceTree> {
        let mut tree = SourceTree::default();
        read_into(root, root, &mut tree)?;
        Ok(tree)
    }

    /// A stable fingerprint of the sources, to tell whether a built store is current.
    pub fn fingerprint(&self) -> String {
        // FNV-1a over paths and contents: not cryptographic, only a change detector.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for (path, text) in &self.files {
            for byte in path.bytes().chain([0]).chain(text.bytes()).chain([0]) {
                hash ^= u64::from(byte);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        }
        format!("{hash:016x}")
    }
}

fn read_into(root: &Path, dir: &Path, tree: &mut SourceTree) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            read_into(root, &path, tree)?;
        } else {
            let relative = path.strip_prefix(root).unwrap_or(&path);
            let key = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            tree.files.insert(key, std::fs::read_to_string(&path)?);
        }
    }
    Ok(())
}

/// How bad a problem is: errors keep the item out of the store, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
}

/// One problem in the sources, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Diagnostic {
    pub severity: Level,
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Level::Error => "error",
            Level::Warning => "warning",
        };
        match self.line {
            Some(line) => write!(f, "{}:{line}: {level}: {}", self.file, self.message),
            None => write!(f, "{}: {level}: {}", self.file, self.message),
        }
    }
}

/// What the loader found: the valid items and every problem.
#[derive(Debug, Clone, Default)]
pub struct LoadReport {
    pub scopes: Vec<Scope>,
    pub items: Vec<Item>,
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadReport {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.severity == Level::Error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.severity == Level::Warning)
    }

    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }
}

/// The domains whose pages count as official sources (assets/official-domains.txt).
pub fn official_domains() -> Vec<&'static str> {
    include_str!("../../../assets/official-domains.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
}

/// Whether `url` is an https page on an official domain or one of its subdomains.
pub fn is_official_source(url: &str) -> bool {
    let Some(host) = https_host(url) else {
        return false;
    };
    official_domains().iter().any(|domain| host == *domain || host.ends_with(&format!(".{domain}")))
}

/// What a translation records as the English text it was made from (`source_hash`): the
/// first 8 bytes of SHA-256 over the trimmed title, summary and body, each ended by a zero byte,
/// in hex. The studio writes it; the loader compares it with today's English text.
pub fn reference_hash(title: &str, summary: &str, body: &str) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for part in [title, summary, body] {
        hasher.update(part.trim().as_bytes());
        hasher.update([0]);
    }
    hex::encode(&hasher.finalize()[..8])
}

/// Warnings for every source of `items` that is not on the official domain list: the check
/// lists them so editors replace them with the official page that states the fact. A right or
/// task still needs one official source (an error, [`rules::official_source`]); these are the rest.
pub fn unofficial_sources(items: &[Item]) -> Vec<Diagnostic> {
    items
        .iter()
        .flat_map(|item| {
            item.sources.iter().filter(|url| !is_official_source(url)).map(|url| Diagnostic {
                severity: Level::Warning,
                file: format!("{}/{}/item.toml", item.scope, item.id),
                line: None,
                message: format!("source off the official list (assets/official-domains.txt): {url}"),
            })
        })
        .collect()
}

fn https_host(url: &str) -> Option<String> {
    let rest = url.strip_prefix("https://")?;
    let host = rest.split(['/', '?', '#']).next()?.to_ascii_lowercase();
    let host = host.trim_end_matches('.').to_string();
    (!host.is_empty() && !host.contains(['@', ' '])).then_some(host)
}

/// Loads and validates every scope and item in `tree`.
pub fn load(tree: &SourceTree) -> LoadReport {
    let mut loader = Loader::default();
    if let Some(text) = tree.files.get(crate::figures::FIGURES_FILE) {
        let (table, diagnostics) = crate::figures::parse(crate::figures::FIGURES_FILE, text);
        loader.figures = table;
        loader.diagnostics.extend(diagnostics);
    }
    let mut folders: BTreeMap<(String, String), BTreeMap<String, &str>> = BTreeMap::new();
    for (path, text) in &tree.files {
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            [scope, "scope.toml"] => loader.scope(path, scope, text),
            [scope, item, file] => {
                folders.entry((scope.to_string(), item.to_string())).or_default().insert(file.to_string(), text);
            }
            [name] if name.ends_with(".md") || name.starts_with('.') || *name == crate::figures::FIGURES_FILE => {}
            _ => loader.error(path, None, "unexpected file: items live in <scope>/<item-id>/item.toml and <lang>.md"),
        }
    }
    for ((scope, id), files) in &folders {
        loader.item(scope, id, files);
    }
    loader.cross_check();
    loader.diagnostics.append(&mut loader.readability);
    let mut report = LoadReport {
        scopes: loader.scopes.into_values().collect(),
        items: loader.items,
        diagnostics: loader.diagnostics,
    };
    report.diagnostics.sort_by(|a, b| (a.severity, &a.file, a.line).cmp(&(b.severity, &b.file, b.line)));
    report
}

#[derive(Default)]
struct Loader {
    scopes: BTreeMap<String, Scope>,
    items: Vec<Item>,
    diagnostics: Vec<Diagnostic>,
    /// Where each item came from, for messages about cross references.
    item_files: BTreeMap<String, String>,
    /// Links to check once every item is known: (file, line, target, must be a right).
    links: Vec<(String, Option<usize>, String, bool)>,
    /// The national figures table that items name in `figures = [...]`.
    figures: crate::figures::FigureTable,
    /// The reference texts' B1 findings (readability.rs), added after every item is read.
    readability: Vec<Diagnostic>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScope {
    name: String,
    #[serde(default)]
    sample: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    kind: ItemKind,
    version: u32,
    topics: Vec<Topic>,
    #[serde(default)]
    sources: Vec<Spanned<String>>,
    verified_on: Spanned<Datetime>,
    valid_from: Option<Spanned<Datetime>>,
    valid_until: Option<Spanned<Datetime>>,
    #[serde(default)]
    related: Vec<Spanned<String>>,
    #[serde(default)]
    sample: bool,
    #[serde(default)]
    amounts: Vec<Spanned<RawAmount>>,
    #[serde(default)]
    figures: Vec<Spanned<String>>,
    service: Option<Spanned<RawService>>,
    task: Option<Spanned<RawTask>>,
    alert: Option<RawAlert>,
    event: Option<Spanned<RawEvent>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAmount {
    name: String,
    value: String,
    unit: String,
    valid_from: Datetime,
    valid_until: Option<Datetime>,
    confidence: Confidence,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    address: Option<String>,
    geo: Option<[f64; 2]>,
    phone: Option<String>,
    website: Option<String>,
    email: Option<String>,
    opening_hours: Option<Spanned<String>>,
    #[serde(default)]
    languages: Vec<Lang>,
    appointment: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTask {
    order: u32,
    #[serde(default)]
    applies: Applies,
    deadline: Option<RawDeadline>,
    #[serde(default)]
    rights: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeadline {
    from: Anchor,
    date: Option<Datetime>,
    #[serde(default)]
    months: i32,
    #[serde(default)]
    days: i32,
    kind: DeadlineKind,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAlert {
    severity: Severity,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    starts: Datetime,
    ends: Datetime,
    place: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrontMatter {
    title: String,
    summary: String,
    state: TranslationState,
    #[serde(default)]
    keywords: Vec<String>,
    /// The hash of the English text a translation was made from ([`reference_hash`]; the
    /// studio writes it): the check warns once the English text's hash differs.
    source_hash: Option<String>,
}

/// The 1-based line of a byte offset, for diagnostics (also the figures table's).
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).unwrap_or(text).bytes().filter(|b| *b == b'\n').count() + 1
}

/// A TOML date without time or offset (also the figures table's).
pub(crate) fn as_date(value: &Datetime) -> Result<NaiveDate, String> {
    match (value.date, value.time, value.offset) {
        (Some(date), None, None) => {
            NaiveDate::from_ymd_opt(i32::from(date.year), u32::from(date.month), u32::from(date.day))
                .ok_or_else(|| format!("{value} is not a date in the calendar"))
        }
        _ => Err(format!("{value} must be a plain date such as 2026-11-01")),
    }
}

fn as_local_datetime(value: &Datetime) -> Result<NaiveDateTime, String> {
    match (value.date, value.time, value.offset) {
        (Some(date), Some(time), None) => {
            NaiveDate::from_ymd_opt(i32::from(date.year), u32::from(date.month), u32::from(date.day))
                .and_then(|d| {
                    d.and_hms_opt(u32::from(time.hour), u32::from(time.minute), u32::from(time.second.unwrap_or(0)))
                })
                .ok_or_else(|| format!("{value} is not a valid local time"))
        }
        _ => Err(format!("{value} must be a local date and time such as 2026-12-12T19:00:00 (no time zone)")),
    }
}

impl Loader {
    fn push(&mut self, severity: Level, file: &str, line: Option<usize>, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic { severity, file: file.to_string(), line, message: message.into() });
    }

    fn error(&mut self, file: &str, line: Option<usize>, message: impl Into<String>) {
        self.push(Level::Error, file, line, message);
    }

    fn toml_error(&mut self, file: &str, text: &str, line_offset: usize, error: &toml::de::Error) {
        let line = error.span().map(|span| line_of(text, span.start) + line_offset);
        self.error(file, line, error.message().to_string());
    }

    fn date_at(&mut self, file: &str, text: &str, field: &str, value: &Spanned<Datetime>) -> Option<NaiveDate> {
        match as_date(value.get_ref()) {
            Ok(date) => Some(date),
            Err(message) => {
                self.error(file, Some(line_of(text, value.span().start)), format!("{field}: {message}"));
                None
            }
        }
    }

    fn scope(&mut self, path: &str, code: &str, text: &str) {
        if !is_valid_scope_code(code) {
            self.error(path, None, format!("scope folder {code:?} must be \"nl\" or a CBS code such as GM0794"));
            return;
        }
        match toml::from_str::<RawScope>(text) {
            Ok(raw) => {
                self.scopes
                    .insert(code.to_string(), Scope { code: code.to_string(), name: raw.name, sample: raw.sample });
            }
            Err(error) => self.toml_error(path, text, 0, &error),
        }
    }

    fn item(&mut self, scope: &str, id: &str, files: &BTreeMap<String, &str>) {
        let folder = format!("{scope}/{id}");
        let item_path = format!("{folder}/item.toml");
        for problem in [rules::id_characters(id), rules::id_in_scope(scope, id)].into_iter().filter_map(Result::err) {
            self.error(&folder, None, problem);
        }
        let Some(toml_text) = files.get("item.toml") else {
            self.error(&folder, None, "missing item.toml");
            return;
        };
        let raw: RawItem = match toml::from_str(toml_text) {
            Ok(raw) => raw,
            Err(error) => {
                self.toml_error(&item_path, toml_text, 0, &error);
                return;
            }
        };
        let errors_before = self.errors_count();
        let details = self.details(&item_path, toml_text, &raw);
        let verified_on = self.date_at(&item_path, toml_text, "verified_on", &raw.verified_on);
        let valid_from = raw.valid_from.as_ref().and_then(|v| self.date_at(&item_path, toml_text, "valid_from", v));
        let valid_until = raw.valid_until.as_ref().and_then(|v| self.date_at(&item_path, toml_text, "valid_until", v));
        if let Err(problem) = rules::validity_order(valid_from, valid_until) {
            let line = raw.valid_until.as_ref().map(|v| line_of(toml_text, v.span().start));
            self.error(&item_path, line, problem);
        }
        let whole_item_rules = [
            rules::validity_end(raw.kind, valid_until),
            rules::kind_in_scope(raw.kind, scope),
            rules::topics(&raw.topics),
        ];
        for problem in whole_item_rules.into_iter().filter_map(Result::err) {
            self.error(&item_path, None, problem);
        }
        self.check_sources(&item_path, toml_text, &raw);
        let mut amounts = self.amounts(&item_path, toml_text, &raw.amounts);
        for name in &raw.figures {
            let periods: Vec<Amount> =
                self.figures.periods(name.get_ref()).iter().map(crate::figures::Figure::to_amount).collect();
            if periods.is_empty() {
                let line = Some(line_of(toml_text, name.span().start));
                let file = crate::figures::FIGURES_FILE;
                self.error(&item_path, line, format!("figure {:?} is not in {file}", name.get_ref()));
            }
            amounts.extend(periods);
        }
        for related in &raw.related {
            self.links.push((
                item_path.clone(),
                Some(line_of(toml_text, related.span().start)),
                related.get_ref().clone(),
                false,
            ));
        }
        let texts = self.texts(&folder, files);
        if self.errors_count() > errors_before {
            return;
        }
        let (Some(details), Some(verified_on), Some(texts)) = (details, verified_on, texts) else {
            return;
        };
        self.item_files.insert(id.to_string(), item_path);
        self.items.push(Item {
            id: id.to_string(),
            scope: scope.to_string(),
            version: raw.version,
            topics: raw.topics,
            sources: raw.sources.into_iter().map(Spanned::into_inner).collect(),
            verified_on,
            valid_from,
            valid_until,
            related: raw.related.into_iter().map(Spanned::into_inner).collect(),
            sample: raw.sample,
            amounts,
            details,
            texts,
        });
    }

    fn errors_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Level::Error).count()
    }

    fn check_sources(&mut self, file: &str, text: &str, raw: &RawItem) {
        for source in &raw.sources {
            if let Err(problem) = rules::source_url(source.get_ref()) {
                self.error(file, Some(line_of(text, source.span().start)), problem);
            }
        }
        let sources: Vec<String> = raw.sources.iter().map(|s| s.get_ref().clone()).collect();
        if let Err(problem) = rules::official_source(raw.kind, &sources) {
            self.error(file, None, problem);
        }
    }

    fn amounts(&mut self, file: &str, text: &str, raw: &[Spanned<RawAmount>]) -> Vec<Amount> {
        let mut amounts = Vec::new();
        for amount in raw {
            let line = Some(line_of(text, amount.span().start));
            let inner = amount.get_ref();
            let from = as_date(&inner.valid_from);
            let until = inner.valid_until.as_ref().map(as_date).transpose();
            match (from, until) {
                (Ok(valid_from), Ok(valid_until)) => amounts.push(Amount {
                    name: inner.name.clone(),
                    value: inner.value.clone(),
                    unit: inner.unit.clone(),
                    valid_from,
                    valid_until,
                    confidence: inner.confidence,
                }),
                (Err(message), _) | (_, Err(message)) => {
                    self.error(file, line, format!("amount {:?}: {message}", inner.name))
                }
            }
        }
        amounts
    }

    fn details(&mut self, file: &str, text: &str, raw: &RawItem) -> Option<Details> {
        let present = [
            ("service", raw.service.is_some(), ItemKind::Service),
            ("task", raw.task.is_some(), ItemKind::Task),
            ("alert", raw.alert.is_some(), ItemKind::Alert),
            ("event", raw.event.is_some(), ItemKind::Event),
        ];
        for (table, is_present, kind) in present {
            if is_present && kind != raw.kind {
                self.error(file, None, format!("[{table}] does not belong to an item of kind {:?}", raw.kind.as_str()));
                return None;
            }
        }
        Some(match raw.kind {
            ItemKind::Right => Details::Right,
            ItemKind::Service => Details::Service(match &raw.service {
                Some(service) => self.service(file, text, service)?,
                None => ServiceInfo::default(),
            }),
            ItemKind::Task => {
                let Some(task) = &raw.task else {
                    self.error(file, None, "a task needs a [task] table (order, applies, deadline, rights)");
                    return None;
                };
                Details::Task(self.task(file, text, task)?)
            }
            ItemKind::Alert => Details::Alert { severity: raw.alert.as_ref().map_or(Severity::Info, |a| a.severity) },
            ItemKind::Event => {
                let Some(event) = &raw.event else {
                    self.error(file, None, "an event needs an [event] table (starts, ends)");
                    return None;
                };
                let line = Some(line_of(text, event.span().start));
                let inner = event.get_ref();
                match (as_local_datetime(&inner.starts), as_local_datetime(&inner.ends)) {
                    (Ok(starts), Ok(ends)) => {
                        let event = EventInfo { starts, ends, place: inner.place.clone() };
                        if let Err(problem) = rules::event_order(&event) {
                            self.error(file, line, problem);
                            return None;
                        }
                        Details::Event(event)
                    }
                    (Err(message), _) | (_, Err(message)) => {
                        self.error(file, line, message);
                        return None;
                    }
                }
            }
        })
    }

    fn service(&mut self, file: &str, text: &str, service: &Spanned<RawService>) -> Option<ServiceInfo> {
        let raw = service.get_ref();
        if let Some(hours) = &raw.opening_hours
            && let Err(problem) = rules::opening_hours(hours.get_ref())
        {
            self.error(file, Some(line_of(text, hours.span().start)), problem);
            return None;
        }
        let info = ServiceInfo {
            address: raw.address.clone(),
            geo: raw.geo,
            phone: raw.phone.clone(),
            website: raw.website.clone(),
            email: raw.email.clone(),
            opening_hours: raw.opening_hours.as_ref().map(|h| h.get_ref().clone()),
            languages: raw.languages.clone(),
            appointment: raw.appointment,
        };
        let problems = rules::service(&info);
        for problem in &problems {
            self.error(file, Some(line_of(text, service.span().start)), problem.clone());
        }
        problems.is_empty().then_some(info)
    }

    fn task(&mut self, file: &str, text: &str, task: &Spanned<RawTask>) -> Option<TaskRule> {
        let raw = task.get_ref();
        let line = Some(line_of(text, task.span().start));
        let deadline = match &raw.deadline {
            None => None,
            Some(deadline) => {
                let date = match deadline.date.as_ref().map(as_date).transpose() {
                    Ok(date) => date,
                    Err(message) => {
                        self.error(file, line, format!("deadline date: {message}"));
                        return None;
                    }
                };
                let rule = DeadlineRule {
                    from: deadline.from,
                    date,
                    months: deadline.months,
                    days: deadline.days,
                    kind: deadline.kind,
                };
                if let Err(problem) = rules::deadline(&rule) {
                    self.error(file, line, problem);
                    return None;
                }
                Some(rule)
            }
        };
        for right in &raw.rights {
            self.links.push((file.to_string(), Some(line_of(text, right.span().start)), right.get_ref().clone(), true));
        }
        Some(TaskRule {
            order: raw.order,
            applies: raw.applies.clone(),
            deadline,
            rights: raw.rights.iter().map(|r| r.get_ref().clone()).collect(),
        })
    }

    fn texts(&mut self, folder: &str, files: &BTreeMap<String, &str>) -> Option<BTreeMap<Lang, ItemText>> {
        let mut texts = BTreeMap::new();
        let mut made_from = BTreeMap::new();
        let mut ok = true;
        for (name, text) in files {
            if name == "item.toml" {
                continue;
            }
            let path = format!("{folder}/{name}");
            let Some(lang) =
                name.strip_suffix(".md").and_then(|code| code.parse::<Lang>().ok().filter(|l| l.code() == code))
            else {
                self.error(
                    &path,
                    None,
                    "unexpected file: translations are named <lang>.md with a shipped language code",
                );
                ok = false;
                continue;
            };
            match self.text(&path, lang, text) {
                Some((item_text, source_hash)) => {
                    texts.insert(lang, item_text);
                    made_from.insert(lang, source_hash);
                }
                None => ok = false,
            }
        }
        for lang in Lang::REFERENCE {
            // A reference file that is there but broken was reported above.
            let present = texts.contains_key(&lang) || files.contains_key(&format!("{lang}.md"));
            if let Err(problem) = rules::reference_text(lang, present) {
                self.error(folder, None, problem);
                ok = false;
            }
        }
        for lang in Lang::ALL {
            if !lang.is_reference() && !files.contains_key(&format!("{lang}.md")) {
                self.push(Level::Warning, folder, None, format!("{MISSING_TRANSLATION}{lang}.md"));
            }
        }
        // A translation made from another English text than today's is older than its reference.
        if let Some(english) = texts.get(&Lang::En).map(|en| reference_hash(&en.title, &en.summary, &en.body_markdown))
        {
            for (lang, recorded) in &made_from {
                if let Some(outdated) = rules::translation_outdated(*lang, recorded.as_deref(), &english) {
                    self.push(Level::Warning, &format!("{folder}/{lang}.md"), None, outdated);
                }
            }
        }
        ok.then_some(texts)
    }

    fn text(&mut self, path: &str, lang: Lang, text: &str) -> Option<(ItemText, Option<String>)> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let Some(after_open) = text.strip_prefix("+++\n").or_else(|| text.strip_prefix("+++\r\n")) else {
            self.error(path, Some(1), "must start with a +++ front matter line");
            return None;
        };
        let Some(close) = after_open.find("\n+++") else {
            self.error(path, None, "front matter is not closed with a +++ line");
            return None;
        };
        let front = &after_open[..=close];
        let body = after_open[close + 4..].trim_start_matches(['\r', '\n']).trim_end();
        let raw: RawFrontMatter = match toml::from_str(front) {
            Ok(raw) => raw,
            Err(error) => {
                self.toml_error(path, front, 1, &error);
                return None;
            }
        };
        let item_text = ItemText {
            title: raw.title.trim().to_string(),
            summary: raw.summary.trim().to_string(),
            state: raw.state,
            body_markdown: body.to_string(),
            keywords: raw.keywords.iter().map(|keyword| keyword.trim().to_string()).collect(),
        };
        let problems = rules::text(lang, &item_text);
        for problem in &problems {
            self.error(path, None, problem.clone());
        }
        if lang.is_reference() {
            // The reference texts stay at B1 (readability.rs); the body's first line in the file:
            let body_line = line_of(text, text.len() - after_open[close + 4..].trim_start_matches(['\r', '\n']).len());
            // Reported after the items are read, so a style error never drops the item itself.
            let rules = readability::Readability::bundled();
            for finding in rules.check(lang, &item_text.title, &item_text.summary, &item_text.body_markdown) {
                let line = finding.line.map(|line| body_line + line - 1);
                self.readability.push(Diagnostic {
                    severity: Level::Error,
                    file: path.to_string(),
                    line,
                    message: finding.message,
                });
            }
        }
        problems.is_empty().then_some((item_text, raw.source_hash))
    }

    fn cross_check(&mut self) {
        let kinds: BTreeMap<String, ItemKind> = self.items.iter().map(|item| (item.id.clone(), item.kind())).collect();
        let mut problems = Vec::new();
        for (file, line, target, must_be_right) in &self.links {
            if let Err(problem) = rules::link(target, *must_be_right, kinds.get(target.as_str()).copied()) {
                problems.push((file.clone(), *line, problem));
            }
        }
        let scopes: BTreeSet<&str> = self.scopes.keys().map(String::as_str).collect();
        for item in &self.items {
            if !scopes.contains(item.scope.as_str()) {
                problems.push((
                    format!("{}/scope.toml", item.scope),
                    None,
                    "missing scope.toml for this scope".to_string(),
                ));
            }
        }
        problems.dedup();
        for (file, line, message) in problems {
            self.error(&file, line, message);
        }
        // Drop items that link into nothing, so a store never holds a dangling reference.
        let known: BTreeSet<String> = kinds.into_keys().collect();
        self.items.retain(|item| item.related.iter().all(|r| known.contains(r)));
    }
}

pub mod readability;
pub mod rules;

#[cfg(test)]
mod tests;
