//! An item as the studio's form holds it, read from and written to exactly the files the
//! loader reads (`item.toml`, `<lang>.md`; docs/content-format.md). Writing is stable: fields
//! in the documented order, one way of quoting, so an unchanged field never changes its line
//! and an editor's diff shows only what they changed.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use toml::{Table, Value};
use wegwijs_core::Lang;

/// The fields of `item.toml` the form edits, and the sections it keeps as written.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub id: String,
    pub kind: String,
    pub version: u32,
    pub topics: Vec<String>,
    pub sources: Vec<String>,
    pub verified_on: String,
    #[serde(default)]
    pub valid_from: Option<String>,
    #[serde(default)]
    pub valid_until: Option<String>,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub sample: bool,
    #[serde(default)]
    pub service: Option<ServiceDraft>,
    /// `[alert] severity`.
    #[serde(default)]
    pub severity: Option<String>,
    #[serde(default)]
    pub event: Option<EventDraft>,
    /// `figures`, `[[amounts]]` and `[task]` as TOML: the national editor's sections, which
    /// the form shows read-only and saving keeps unchanged.
    #[serde(default)]
    pub kept: String,
    /// Texts by language code.
    #[serde(default)]
    pub texts: BTreeMap<String, TextDraft>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceDraft {
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub geo: Option<[f64; 2]>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub opening_hours: Option<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub appointment: Option<bool>,
}

/// `[event]`: local times in Europe/Amsterdam, `YYYY-MM-DDTHH:MM`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventDraft {
    pub starts: String,
    pub ends: String,
    #[serde(default)]
    pub place: Option<String>,
}

/// One `<lang>.md`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TextDraft {
    pub title: String,
    pub summary: String,
    /// reference | translated | reviewed
    pub state: String,
    #[serde(default)]
    pub keywords: Vec<String>,
    pub body: String,
    /// The hash of the English text this translation was made from ([`reference_hash`]).
    #[serde(default)]
    pub source_hash: Option<String>,
}

/// Why a draft cannot be written; `code` is the Fluent id of the studio's message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DraftError {
    pub code: &'static str,
    pub field: String,
    pub detail: String,
}

fn invalid(code: &'static str, field: &str, detail: impl Into<String>) -> DraftError {
    DraftError { code, field: field.to_string(), detail: detail.into() }
}

/// Whether `id` may name an item folder: lowercase `a-z0-9-`, as the loader requires. Every
/// path the studio touches is built from such an id and a shipped language code, so no
/// request can name a file outside the folder.
pub fn is_item_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

/// The hash recorded in a translation's front matter: what the English reference said when
/// it was translated. A different hash now means the translation is outdated.
pub fn reference_hash(text: &TextDraft) -> String {
    // One rule with the content check, which compares the same hash (core's source module).
    wegwijs_core::source::reference_hash(&text.title, &text.summary, &text.body)
}

impl Draft {
    /// Reads `item.toml` and the texts of an item folder.
    pub fn read(id: &str, item_toml: &str, texts: &BTreeMap<Lang, String>) -> Result<Draft, DraftError> {
        let mut table: Table =
            toml::from_str(item_toml).map_err(|e| invalid("studio-error-toml", "item.toml", e.to_string()))?;
        let mut take = |key: &str| table.remove(key);
        let string =
            |value: Option<Value>| value.map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string()));
        let strings = |value: Option<Value>| -> Vec<String> {
            value
                .and_then(|v| v.as_array().cloned())
                .unwrap_or_default()
                .into_iter()
                .map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string()))
                .collect()
        };
        let mut draft = Draft {
            id: id.to_string(),
            kind: string(take("kind")).unwrap_or_default(),
            version: take("version").and_then(|v| v.as_integer()).and_then(|v| u32::try_from(v).ok()).unwrap_or(1),
            topics: strings(take("topics")),
            sources: strings(take("sources")),
            verified_on: string(take("verified_on")).unwrap_or_default(),
            valid_from: string(take("valid_from")),
            valid_until: string(take("valid_until")),
            related: strings(take("related")),
            sample: take("sample").and_then(|v| v.as_bool()).unwrap_or(false),
            ..Draft::default()
        };
        if let Some(Value::Table(mut service)) = take("service") {
            let mut field = |key: &str| string(service.remove(key));
            draft.service = Some(ServiceDraft {
                address: field("address"),
                phone: field("phone"),
                website: field("website"),
                email: field("email"),
                opening_hours: field("opening_hours"),
                geo: service.get("geo").and_then(|v| v.as_array()).and_then(|geo| match geo.as_slice() {
                    [lat, lon] => Some([lat.as_float()?, lon.as_float()?]),
                    _ => None,
                }),
                languages: strings(service.remove("languages")),
                appointment: service.get("appointment").and_then(Value::as_bool),
            });
        }
        if let Some(Value::Table(mut alert)) = take("alert") {
            draft.severity = string(alert.remove("severity"));
        }
        if let Some(Value::Table(mut event)) = take("event") {
            let mut field = |key: &str| string(event.remove(key));
            draft.event = Some(EventDraft {
                starts: field("starts").map(|t| t.chars().take(16).collect()).unwrap_or_default(),
                ends: field("ends").map(|t| t.chars().take(16).collect()).unwrap_or_default(),
                place: field("place"),
            });
        }
        if !table.is_empty() {
            draft.kept =
                toml::to_string(&table).map_err(|e| invalid("studio-error-toml", "item.toml", e.to_string()))?;
        }
        for (lang, text) in texts {
            draft.texts.insert(lang.code().to_string(), read_text(lang.code(), text)?);
        }
        Ok(draft)
    }

    /// `item.toml` as the loader reads it, in the documented field order.
    pub fn item_toml(&self) -> Result<String, DraftError> {
        let mut out = String::new();
        let kinds = ["right", "service", "task", "alert", "event"];
        if !kinds.contains(&self.kind.as_str()) {
            return Err(invalid("studio-error-kind", "kind", self.kind.clone()));
        }
        line(&mut out, "kind", &quote(&self.kind));
        line(&mut out, "version", &self.version.max(1).to_string());
        line(&mut out, "topics", &list(&self.topics));
        line(&mut out, "sources", &list(&nonempty(&self.sources)));
        line(&mut out, "verified_on", &date("verified_on", &self.verified_on)?);
        if let Some(from) = filled(&self.valid_from) {
            line(&mut out, "valid_from", &date("valid_from", from)?);
        }
        if let Some(until) = filled(&self.valid_until) {
            line(&mut out, "valid_until", &date("valid_until", until)?);
        }
        let related = nonempty(&self.related);
        if !related.is_empty() {
            line(&mut out, "related", &list(&related));
        }
        if self.sample {
            line(&mut out, "sample", "true");
        }
        if !self.kept.trim().is_empty() {
            let kept: Table =
                toml::from_str(&self.kept).map_err(|e| invalid("studio-error-toml", "kept", e.to_string()))?;
            out.push('\n');
            out.push_str(&toml::to_string(&kept).map_err(|e| invalid("studio-error-toml", "kept", e.to_string()))?);
        }
        if let (Some(service), "service") = (&self.service, self.kind.as_str()) {
            out.push_str("\n[service]\n");
            let optional = [
                ("address", &service.address),
                ("phone", &service.phone),
                ("website", &service.website),
                ("email", &service.email),
            ];
            for (key, value) in &optional[..1] {
                if let Some(value) = filled(value) {
                    line(&mut out, key, &quote(value));
                }
            }
            if let Some([lat, lon]) = service.geo {
                line(&mut out, "geo", &format!("[{lat}, {lon}]"));
            }
            for (key, value) in &optional[1..] {
                if let Some(value) = filled(value) {
                    line(&mut out, key, &quote(value));
                }
            }
            if let Some(hours) = filled(&service.opening_hours) {
                line(&mut out, "opening_hours", &quote(hours));
            }
            if !service.languages.is_empty() {
                line(&mut out, "languages", &list(&service.languages));
            }
            if let Some(appointment) = service.appointment {
                line(&mut out, "appointment", &appointment.to_string());
            }
        }
        if self.kind == "alert" {
            out.push_str("\n[alert]\n");
            line(&mut out, "severity", &quote(self.severity.as_deref().unwrap_or("info")));
        }
        if let (Some(event), "event") = (&self.event, self.kind.as_str()) {
            out.push_str("\n[event]\n");
            line(&mut out, "starts", &local_time("event.starts", &event.starts)?);
            line(&mut out, "ends", &local_time("event.ends", &event.ends)?);
            if let Some(place) = filled(&event.place) {
                line(&mut out, "place", &quote(place));
            }
        }
        Ok(out)
    }
}

/// One `<lang>.md` as the loader reads it.
pub fn text_file(text: &TextDraft) -> String {
    let mut out = String::from("+++\n");
    line(&mut out, "title", &quote(text.title.trim()));
    line(&mut out, "summary", &quote(text.summary.trim()));
    line(&mut out, "state", &quote(&text.state));
    if let Some(hash) = filled(&text.source_hash) {
        line(&mut out, "source_hash", &quote(hash));
    }
    let keywords = nonempty(&text.keywords);
    if !keywords.is_empty() {
        line(&mut out, "keywords", &list(&keywords));
    }
    out.push_str("+++\n");
    let body = text.body.replace("\r\n", "\n");
    let body = body.trim();
    if !body.is_empty() {
        out.push_str(body);
        out.push('\n');
    }
    out
}

/// Reads one `<lang>.md` into the form (the loader judges it; this only splits it).
pub fn read_text(lang: &str, text: &str) -> Result<TextDraft, DraftError> {
    let file = format!("{lang}.md");
    let text = text.strip_prefix('\u{feff}').unwrap_or(text).replace("\r\n", "\n");
    let after = text.strip_prefix("+++\n").ok_or_else(|| invalid("studio-error-front-matter", &file, ""))?;
    let close = after.find("\n+++").ok_or_else(|| invalid("studio-error-front-matter", &file, ""))?;
    let front: Table =
        toml::from_str(&after[..=close]).map_err(|e| invalid("studio-error-toml", &file, e.to_string()))?;
    let field = |key: &str| front.get(key).and_then(Value::as_str).map(str::to_string);
    Ok(TextDraft {
        title: field("title").unwrap_or_default(),
        summary: field("summary").unwrap_or_default(),
        state: field("state").unwrap_or_default(),
        keywords: front
            .get("keywords")
            .and_then(Value::as_array)
            .map(|list| list.iter().filter_map(Value::as_str).map(str::to_string).collect())
            .unwrap_or_default(),
        body: after[close + 4..].trim_start_matches('\n').trim_end().to_string(),
        source_hash: field("source_hash"),
    })
}

fn line(out: &mut String, key: &str, value: &str) {
    out.push_str(key);
    out.push_str(" = ");
    out.push_str(value);
    out.push('\n');
}

fn quote(text: &str) -> String {
    Value::String(text.to_string()).to_string()
}

fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|item| quote(item)).collect();
    format!("[{}]", quoted.join(", "))
}

fn nonempty(items: &[String]) -> Vec<String> {
    items.iter().map(|item| item.trim().to_string()).filter(|item| !item.is_empty()).collect()
}

fn filled(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|value| !value.is_empty())
}

fn date(field: &str, text: &str) -> Result<String, DraftError> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map(|date| date.format("%Y-%m-%d").to_string())
        .map_err(|_| invalid("studio-error-date", field, text))
}

fn local_time(field: &str, text: &str) -> Result<String, DraftError> {
    let text = text.trim();
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S"))
        .map(|time| time.format("%Y-%m-%dT%H:%M:%S").to_string())
        .map_err(|_| invalid("studio-error-time", field, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SERVICE: &str = r#"kind = "service"
version = 3
topics = ["municipality", "help"]
sources = ["https://www.helmond.nl/contact"]
verified_on = 2026-11-01
valid_until = 2027-06-30
sample = true

[service]
address = "Weg 1, Helmond"
phone = "+31 492 587 587"
opening_hours = "Mo-Fr 09:00-12:30"
languages = ["nl", "en"]
appointment = true
"#;

    #[test]
    fn an_item_the_studio_wrote_reads_back_and_writes_byte_for_byte_the_same() {
        let draft = Draft::read("gm0794-desk", SERVICE, &BTreeMap::new()).unwrap();
        assert_eq!(draft.service.as_ref().unwrap().opening_hours.as_deref(), Some("Mo-Fr 09:00-12:30"));
        assert_eq!(draft.item_toml().unwrap(), SERVICE);
    }

    #[test]
    fn sections_the_form_does_not_edit_are_kept() {
        let task = "kind = \"task\"\nversion = 1\ntopics = [\"registration\"]\nsources = []\nverified_on = 2026-11-01\n\n[task]\norder = 10\nrights = [\"brp-registration\"]\n";
        let draft = Draft::read("register", task, &BTreeMap::new()).unwrap();
        let written = draft.item_toml().unwrap();
        let reread = Draft::read("register", &written, &BTreeMap::new()).unwrap();
        assert_eq!(reread, draft);
        assert!(written.contains("[task]\norder = 10\n"), "{written}");
    }

    #[test]
    fn bad_dates_and_times_name_their_field() {
        let cases = [
            (Draft { verified_on: "1-11-2026".into(), ..sample() }, "verified_on", "studio-error-date"),
            (Draft { valid_until: Some("2026-02-30".into()), ..sample() }, "valid_until", "studio-error-date"),
            (
                Draft {
                    kind: "event".into(),
                    event: Some(EventDraft { starts: "tomorrow".into(), ends: "2026-12-12T22:00".into(), place: None }),
                    ..sample()
                },
                "event.starts",
                "studio-error-time",
            ),
            (Draft { kind: "page".into(), ..sample() }, "kind", "studio-error-kind"),
        ];
        for (draft, field, code) in cases {
            let error = draft.item_toml().unwrap_err();
            assert_eq!((error.field.as_str(), error.code), (field, code));
        }
    }

    #[test]
    fn a_text_keeps_its_front_matter_and_body() {
        let text = TextDraft {
            title: "Spreekuur \"Levgroep\"".into(),
            summary: "Kom langs.".into(),
            state: "translated".into(),
            keywords: vec!["hulp".into()],
            body: "## Wanneer\n\nElke dinsdag.".into(),
            source_hash: Some("0123456789abcdef".into()),
        };
        let file = text_file(&text);
        assert!(file.starts_with("+++\ntitle = 'Spreekuur \"Levgroep\"'\n"), "{file}");
        assert_eq!(read_text("pl", &file).unwrap(), text);
    }

    #[test]
    fn the_reference_hash_changes_with_the_text_only() {
        let text = TextDraft { title: "A".into(), summary: "B".into(), body: "C".into(), ..TextDraft::default() };
        let same = TextDraft { body: "C\n".into(), state: "reference".into(), ..text.clone() };
        let changed = TextDraft { body: "D".into(), ..text.clone() };
        assert_eq!(reference_hash(&text), reference_hash(&same));
        assert_ne!(reference_hash(&text), reference_hash(&changed));
    }

    #[test]
    fn item_ids_are_folder_names_only() {
        for id in ["gm0794-desk", "brp-registration"] {
            assert!(is_item_id(id), "{id}");
        }
        for id in ["", "..", "../nl", "a/b", "A", "gm0794%2f", "-x", "a\\b"] {
            assert!(!is_item_id(id), "{id}");
        }
    }

    fn sample() -> Draft {
        Draft {
            id: "gm0794-x".into(),
            kind: "right".into(),
            version: 1,
            topics: vec!["help".into()],
            verified_on: "2026-11-01".into(),
            ..Draft::default()
        }
    }
}
