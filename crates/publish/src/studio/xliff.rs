//! XLIFF 2.0 for translation agencies and machine translation services: one file per target
//! language, one `<file>` per item with the units `title`, `summary` and `body` (Markdown as
//! text), the English text as source. Each `<file>` notes the English text's hash, so an import
//! records which English text the translation is of, and refuses one made from an English text
//! that has changed since.

use super::draft::{Draft, TextDraft, reference_hash};
use quick_xml::escape::{escape, resolve_predefined_entity};
use quick_xml::events::Event;
use quick_xml::{Reader, XmlVersion};
use serde::Serialize;
use std::collections::BTreeMap;
use wegwijs_core::Lang;

pub const XLIFF_NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";
const UNITS: [&str; 3] = ["title", "summary", "body"];

/// The XLIFF of `items` (those that miss `target` or whose translation is outdated).
pub fn export(items: &[&Draft], target: Lang) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"{XLIFF_NAMESPACE}\" version=\"2.0\" srcLang=\"en\" trgLang=\"{}\">\n",
        target.code()
    );
    for item in items {
        let Some(english) = item.texts.get("en") else { continue };
        let existing = item.texts.get(target.code());
        out.push_str(&format!("  <file id=\"{}\" original=\"{}/en.md\">\n", escape(&item.id), escape(&item.id)));
        out.push_str(&format!("    <notes><note id=\"source_hash\">{}</note></notes>\n", reference_hash(english)));
        for unit in UNITS {
            let source = field(english, unit);
            out.push_str(&format!(
                "    <unit id=\"{unit}\">\n      <segment>\n        <source>{}</source>\n",
                escape(source)
            ));
            // An outdated translation goes out as the starting point for the new one.
            if let Some(text) = existing.map(|text| field(text, unit)).filter(|text| !text.is_empty()) {
                out.push_str(&format!("        <target>{}</target>\n", escape(text)));
            }
            out.push_str("      </segment>\n    </unit>\n");
        }
        out.push_str("  </file>\n");
    }
    out.push_str("</xliff>\n");
    out
}

fn field<'a>(text: &'a TextDraft, unit: &str) -> &'a str {
    match unit {
        "title" => &text.title,
        "summary" => &text.summary,
        _ => &text.body,
    }
}

/// A translation read from XLIFF: per item, its texts and the English hash they translate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Imported {
    pub lang: String,
    pub items: BTreeMap<String, ImportedText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportedText {
    pub source_hash: String,
    pub title: String,
    pub summary: String,
    pub body: String,
}

/// Why an XLIFF file was refused; `code` is the Fluent id of the studio's sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct XliffError {
    pub code: &'static str,
    pub detail: String,
}

fn refuse(code: &'static str, detail: impl Into<String>) -> XliffError {
    XliffError { code, detail: detail.into() }
}

/// Reads an XLIFF 2.0 file as [`export`] writes it and translation tools return it: version
/// 2.0, English source, a shipped target language other than the reference ones, every item
/// with a non-empty target for each unit.
pub fn import(xml: &str) -> Result<Imported, XliffError> {
    let mut reader = Reader::from_str(xml);
    let mut lang = None;
    let mut items = BTreeMap::new();
    let mut item: Option<(String, BTreeMap<String, String>, Option<String>)> = None;
    let mut unit: Option<String> = None;
    // The element whose text is being collected (`target`, or `note` for the hash) and its text.
    let mut collecting: Option<(String, String)> = None;
    loop {
        let event = reader.read_event().map_err(|e| refuse("studio-xliff-not-xml", e.to_string()))?;
        match event {
            Event::Start(start) | Event::Empty(start) if lang.is_none() => {
                if start.local_name().as_ref() != "xliff" {
                    return Err(refuse("studio-xliff-not-xliff", ""));
                }
                let attribute = |name: &str| {
                    start
                        .try_get_attribute(name)
                        .ok()
                        .flatten()
                        .and_then(|a| a.normalized_value(XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
                };
                if attribute("version").as_deref() != Some("2.0")
                    || attribute("xmlns").as_deref() != Some(XLIFF_NAMESPACE)
                {
                    return Err(refuse("studio-xliff-not-xliff", attribute("version").unwrap_or_default()));
                }
                if attribute("srcLang").as_deref() != Some("en") {
                    return Err(refuse("studio-xliff-source-language", attribute("srcLang").unwrap_or_default()));
                }
                let target = attribute("trgLang").unwrap_or_default();
                match target.parse::<Lang>() {
                    Ok(parsed) if parsed.code() == target && !parsed.is_reference() => lang = Some(target),
                    _ => return Err(refuse("studio-xliff-target-language", target)),
                }
            }
            Event::Start(start) => {
                let name = start.local_name().as_ref().to_string();
                let id = start
                    .try_get_attribute("id")
                    .ok()
                    .flatten()
                    .and_then(|a| a.normalized_value(XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
                    .unwrap_or_default();
                match name.as_str() {
                    "file" => item = Some((id, BTreeMap::new(), None)),
                    "unit" => unit = Some(id),
                    "target" => collecting = Some(("target".into(), String::new())),
                    "note" if id == "source_hash" => collecting = Some(("note".into(), String::new())),
                    _ if collecting.is_some() => {
                        // Inline markup (XLIFF <pc>, <ph>) is not what the studio exports.
                        return Err(refuse("studio-xliff-markup", name));
                    }
                    _ => {}
                }
            }
            Event::Text(text) => {
                if let Some((_, collected)) = &mut collecting {
                    collected.push_str(&text.xml10_content());
                }
            }
            Event::CData(data) => {
                if let Some((_, collected)) = &mut collecting {
                    collected.push_str(&data.into_inner());
                }
            }
            Event::GeneralRef(reference) => {
                if let Some((_, collected)) = &mut collecting {
                    let resolved = match reference.resolve_char_ref() {
                        Ok(Some(character)) => character.to_string(),
                        _ => resolve_predefined_entity(&reference.xml10_content())
                            .ok_or_else(|| refuse("studio-xliff-not-xml", reference.xml10_content().into_owned()))?
                            .to_string(),
                    };
                    collected.push_str(&resolved);
                }
            }
            Event::End(end) => match end.local_name().as_ref() {
                "target" | "note" => {
                    if let (Some((kind, text)), Some((_, units, hash))) = (collecting.take(), &mut item) {
                        if kind == "note" {
                            *hash = Some(text.trim().to_string());
                        } else if let Some(unit) = &unit {
                            units.insert(unit.clone(), text);
                        }
                    }
                }
                "unit" => unit = None,
                "file" => {
                    let Some((id, units, hash)) = item.take() else { continue };
                    let text = |name: &str| {
                        units
                            .get(name)
                            .map(|t| t.trim().to_string())
                            .filter(|t| !t.is_empty())
                            .ok_or_else(|| refuse("studio-xliff-missing-target", format!("{id}: {name}")))
                    };
                    let imported = ImportedText {
                        source_hash: hash.ok_or_else(|| refuse("studio-xliff-missing-hash", id.clone()))?,
                        title: text("title")?,
                        summary: text("summary")?,
                        body: text("body")?,
                    };
                    if items.insert(id.clone(), imported).is_some() {
                        return Err(refuse("studio-xliff-repeated-item", id));
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    let lang = lang.ok_or_else(|| refuse("studio-xliff-not-xliff", ""))?;
    if items.is_empty() {
        return Err(refuse("studio-xliff-empty", ""));
    }
    Ok(Imported { lang, items })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item() -> Draft {
        let english = TextDraft {
            title: "Help with <forms> & letters".into(),
            summary: "Bring your letters.".into(),
            state: "reference".into(),
            body: "## When\n\nEvery Tuesday, 10:00 to 12:00.\n\n- Bring your ID".into(),
            ..TextDraft::default()
        };
        Draft { id: "gm0794-help".into(), texts: BTreeMap::from([("en".into(), english)]), ..Draft::default() }
    }

    #[test]
    fn export_then_import_gives_the_translated_texts_and_the_english_hash() {
        let item = item();
        let xml = export(&[&item], Lang::Pl);
        assert!(xml.contains("trgLang=\"pl\""), "{xml}");
        assert!(xml.contains("Help with &lt;forms&gt; &amp; letters"), "{xml}");
        let filled = xml.replace("</source>\n", "</source>\n        <target>PL: &lt;x&gt; &amp; y &#x17C;</target>\n");
        let imported = import(&filled).unwrap();
        assert_eq!(imported.lang, "pl");
        let text = &imported.items["gm0794-help"];
        assert_eq!(text.title, "PL: <x> & y ż");
        assert_eq!(text.source_hash, reference_hash(&item.texts["en"]));
    }

    #[test]
    fn a_multi_line_markdown_body_survives_the_round_trip() {
        let item = item();
        let xml = export(&[&item], Lang::Hu);
        // The tool copies every source into its target unchanged.
        let copied = xml
            .split("<source>")
            .enumerate()
            .map(|(n, part)| {
                if n == 0 {
                    return part.to_string();
                }
                let (source, rest) = part.split_once("</source>").unwrap();
                format!("<source>{source}</source><target>{source}</target>{rest}")
            })
            .collect::<String>();
        let imported = import(&copied).unwrap();
        assert_eq!(imported.items["gm0794-help"].body, item.texts["en"].body);
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        let good = export(&[&item()], Lang::Pl).replace("</source>\n", "</source>\n<target>x</target>\n");
        let cases = [
            ("<html></html>", "studio-xliff-not-xliff"),
            ("not xml <", "studio-xliff-not-xml"),
            (&good.replace("version=\"2.0\"", "version=\"1.2\""), "studio-xliff-not-xliff"),
            (&good.replace("srcLang=\"en\"", "srcLang=\"de\""), "studio-xliff-source-language"),
            (&good.replace("trgLang=\"pl\"", "trgLang=\"nl\""), "studio-xliff-target-language"),
            (&good.replace("trgLang=\"pl\"", "trgLang=\"xx\""), "studio-xliff-target-language"),
            (&good.replacen("<target>x</target>", "<target> </target>", 1), "studio-xliff-missing-target"),
            (
                &good.replace("<notes><note id=\"source_hash\">", "<notes><note id=\"other\">"),
                "studio-xliff-missing-hash",
            ),
            (&good.replacen("<target>x</target>", "<target><pc id=\"1\">x</pc></target>", 1), "studio-xliff-markup"),
            (&export(&[], Lang::Pl), "studio-xliff-empty"),
        ];
        for (xml, code) in cases {
            assert_eq!(import(xml).map(|_| ()).unwrap_err().code, code, "{xml}");
        }
    }
}
