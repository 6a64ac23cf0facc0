//! What needs attention, item by item, most urgent first: the loader's diagnostics (with the
//! field their line is on), items past `valid_until` or within 30 days of it, sources checked
//! more than 12 months ago, missing languages, translations of an older English text, and
//! events that are over. The loader's rules are not repeated here: its diagnostics are shown
//! as they are.

use super::draft::{Draft, reference_hash};
use super::workspace::Workspace;
use chrono::{Months, NaiveDate, NaiveDateTime};
use serde::Serialize;
use wegwijs_core::Lang;
use wegwijs_core::error::Result;
use wegwijs_core::source::{Level, MISSING_TRANSLATION};

/// How close to `valid_until` an item is flagged.
pub const EXPIRY_WARNING_DAYS: i64 = 30;
/// How old `verified_on` may be before the sources should be checked again.
pub const VERIFY_AGAIN_MONTHS: u32 = 12;

/// One thing to do. `code` is the Fluent id of its sentence in the studio.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attention {
    /// 0 most urgent.
    pub urgency: u8,
    pub code: &'static str,
    /// The field or file it concerns (`verified_on`, `pl.md`, `item.toml: sources`).
    pub field: String,
    /// The loader's message, a language, or a date.
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OverviewRow {
    pub id: String,
    pub scope: String,
    pub kind: String,
    pub title: String,
    pub attention: Vec<Attention>,
}

/// The overview as of `today` (Amsterdam).
pub fn overview(workspace: &Workspace, today: NaiveDate) -> Result<Vec<OverviewRow>> {
    let report = workspace.report()?;
    let mut rows = Vec::new();
    for (scope, id) in workspace.items() {
        let mut attention = Vec::new();
        let prefix = format!("{scope}/{id}/");
        let folder = format!("{scope}/{id}");
        for diagnostic in report.diagnostics.iter().filter(|d| d.file.starts_with(&prefix) || d.file == folder) {
            let file = diagnostic.file.strip_prefix(&prefix).unwrap_or("");
            let field = match (diagnostic.line, workspace.tree_path_on_disk(&diagnostic.file)) {
                (Some(line), Some(path)) => field_on_line(&std::fs::read_to_string(path).unwrap_or_default(), line)
                    .map_or_else(|| format!("{file}:{line}"), |key| format!("{file}: {key}")),
                _ => file.to_string(),
            };
            // A missing language is the item folder's warning: the file it lacks is its field.
            let missing = diagnostic.message.strip_prefix(MISSING_TRANSLATION);
            let (urgency, code, field) = match (diagnostic.severity, missing) {
                (Level::Error, _) => (0, "studio-attention-error", field),
                (Level::Warning, Some(file)) => (5, "studio-attention-missing-language", file.to_string()),
                (Level::Warning, None) => (4, "studio-attention-warning", field),
            };
            attention.push(Attention { urgency, code, field, detail: diagnostic.message.clone() });
        }
        let Ok(Some(draft)) = workspace.read(&id) else {
            rows.push(OverviewRow { id, scope, kind: String::new(), title: String::new(), attention });
            continue;
        };
        attention.extend(dates(&draft, today));
        attention.extend(outdated_translations(&draft));
        attention.sort_by(|a, b| (a.urgency, &a.field).cmp(&(b.urgency, &b.field)));
        let title = ["nl", "en"]
            .iter()
            .find_map(|code| draft.texts.get(*code).map(|text| text.title.clone()))
            .unwrap_or_default();
        rows.push(OverviewRow { id, scope, kind: draft.kind.clone(), title, attention });
    }
    rows.sort_by(|a, b| {
        let most = |row: &OverviewRow| row.attention.iter().map(|a| a.urgency).min().unwrap_or(u8::MAX);
        (most(a), std::cmp::Reverse(a.attention.len()), &a.id).cmp(&(
            most(b),
            std::cmp::Reverse(b.attention.len()),
            &b.id,
        ))
    });
    Ok(rows)
}

fn dates(draft: &Draft, today: NaiveDate) -> Vec<Attention> {
    let mut found = Vec::new();
    let parse = |text: &str| NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok();
    if let Some(until) = draft.valid_until.as_deref().and_then(parse) {
        if until < today {
            found.push(attention(1, "studio-attention-expired", "valid_until", until));
        } else if (until - today).num_days() <= EXPIRY_WARNING_DAYS {
            found.push(attention(2, "studio-attention-expires-soon", "valid_until", until));
        }
    }
    if let Some(verified) = parse(&draft.verified_on)
        && verified.checked_add_months(Months::new(VERIFY_AGAIN_MONTHS)).is_some_and(|due| due < today)
    {
        found.push(attention(3, "studio-attention-verify-again", "verified_on", verified));
    }
    if let Some(event) = &draft.event
        && draft.kind == "event"
        && let Ok(ends) = NaiveDateTime::parse_from_str(&event.ends, "%Y-%m-%dT%H:%M")
        && ends.date() < today
    {
        found.push(attention(1, "studio-attention-event-past", "event.ends", ends.date()));
    }
    found
}

fn attention(urgency: u8, code: &'static str, field: &str, date: NaiveDate) -> Attention {
    Attention { urgency, code, field: field.to_string(), detail: date.format("%Y-%m-%d").to_string() }
}

/// Translations whose recorded English hash is not the English text's now (or none recorded).
pub fn outdated_translations(draft: &Draft) -> Vec<Attention> {
    let Some(english) = draft.texts.get("en").map(reference_hash) else { return Vec::new() };
    Lang::ALL
        .iter()
        .filter(|lang| !lang.is_reference())
        .filter_map(|lang| {
            let text = draft.texts.get(lang.code())?;
            (text.source_hash.as_deref() != Some(english.as_str())).then(|| Attention {
                urgency: 5,
                code: "studio-attention-outdated-translation",
                field: format!("{}.md", lang.code()),
                detail: lang.code().to_string(),
            })
        })
        .collect()
}

/// The TOML key a 1-based line sets, or the table it opens.
fn field_on_line(text: &str, line: usize) -> Option<String> {
    let content = text.lines().nth(line.checked_sub(1)?)?.trim();
    if let Some(table) = content.strip_prefix('[') {
        return Some(table.trim_matches(|c| c == '[' || c == ']').to_string());
    }
    let (key, _) = content.split_once('=')?;
    Some(key.trim().to_string()).filter(|key| !key.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_names_its_field() {
        let text = "kind = \"right\"\nsources = [\"x\"]\n\n[service]\nphone = \"1\"\n";
        assert_eq!(field_on_line(text, 2).as_deref(), Some("sources"));
        assert_eq!(field_on_line(text, 4).as_deref(), Some("service"));
        assert_eq!(field_on_line(text, 3), None);
        assert_eq!(field_on_line(text, 0), None);
    }

    #[test]
    fn dates_are_judged_against_today() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
        let draft = |until: &str, verified: &str| Draft {
            kind: "alert".into(),
            valid_until: Some(until.into()),
            verified_on: verified.into(),
            ..Draft::default()
        };
        let codes = |draft: Draft| dates(&draft, today).into_iter().map(|a| a.code).collect::<Vec<_>>();
        assert_eq!(codes(draft("2026-12-04", "2026-11-01")), ["studio-attention-expired"]);
        assert_eq!(codes(draft("2027-01-04", "2026-11-01")), ["studio-attention-expires-soon"]);
        assert!(codes(draft("2027-01-05", "2025-12-05")).is_empty());
        assert_eq!(codes(draft("2027-06-30", "2025-12-04")), ["studio-attention-verify-again"]);
    }
}
