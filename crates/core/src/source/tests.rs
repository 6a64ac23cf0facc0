//! Loader tests: each case is a small source tree and the diagnostics it must produce.

use super::*;
use expect_test::{Expect, expect};

const RIGHT_TOML: &str = r#"kind = "right"
version = 1
topics = ["registration"]
sources = ["https://www.government.nl/topics/personal-data"]
verified_on = 2026-11-01
"#;

fn text(lang: &str, state: &str) -> String {
    format!("+++\ntitle = \"Title {lang}\"\nsummary = \"Summary {lang}.\"\nstate = \"{state}\"\n+++\nBody in {lang}.\n")
}

/// A tree with one complete national item `id` whose item.toml is `item_toml`.
fn tree_with(id: &str, item_toml: &str) -> SourceTree {
    let mut tree = SourceTree::default();
    tree.files.insert("nl/scope.toml".into(), "name = \"Nederland\"\n".into());
    tree.files.insert(format!("nl/{id}/item.toml"), item_toml.into());
    for lang in Lang::ALL {
        let state = if lang.is_reference() { "reference" } else { "translated" };
        tree.files.insert(format!("nl/{id}/{lang}.md"), text(lang.code(), state));
    }
    tree
}

fn check(tree: &SourceTree, expected: Expect) {
    let report = load(tree);
    let rendered: Vec<String> = report.diagnostics.iter().map(ToString::to_string).collect();
    expected.assert_eq(&rendered.join("\n"));
}

#[test]
fn a_complete_item_loads_without_diagnostics() {
    let tree = tree_with("brp", RIGHT_TOML);
    check(&tree, expect![[""]]);
    let report = load(&tree);
    assert_eq!(report.items.len(), 1);
    assert_eq!(report.items[0].texts.len(), 13);
}

#[test]
fn unknown_field_is_reported_with_its_line() {
    let tree = tree_with("brp", &format!("{RIGHT_TOML}colour = \"red\"\n"));
    check(
        &tree,
        expect![[
            r#"nl/brp/item.toml:6: error: unknown field `colour`, expected one of `kind`, `version`, `topics`, `sources`, `verified_on`, `valid_from`, `valid_until`, `related`, `sample`, `amounts`, `figures`, `service`, `task`, `alert`, `event`"#
        ]],
    );
}

#[test]
fn impossible_dates_are_reported() {
    let tree = tree_with("brp", &RIGHT_TOML.replace("2026-11-01", "2026-02-30"));
    let report = load(&tree);
    let messages: Vec<String> = report.errors().map(ToString::to_string).collect();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(messages[0].starts_with("nl/brp/item.toml:5: error:"), "{messages:?}");
}

#[test]
fn missing_reference_language_is_an_error_and_other_languages_a_warning() {
    let mut tree = tree_with("brp", RIGHT_TOML);
    tree.files.remove("nl/brp/en.md");
    tree.files.remove("nl/brp/pl.md");
    check(
        &tree,
        expect![[r#"
        nl/brp: error: missing reference language: en.md
        nl/brp: warning: missing translation: pl.md"#]],
    );
}

#[test]
fn bad_opening_hours_are_reported_with_the_line() {
    let mut tree = tree_with("x", RIGHT_TOML);
    tree.files.insert("GM0794/scope.toml".into(), "name = \"Helmond\"\nsample = true\n".into());
    tree.files.insert(
        "GM0794/gm0794-desk/item.toml".into(),
        "kind = \"service\"\nversion = 1\ntopics = [\"municipality\"]\nverified_on = 2026-11-01\n\n[service]\nopening_hours = \"Mo-Fr 9-17\"\n".into(),
    );
    for lang in Lang::ALL {
        let state = if lang.is_reference() { "reference" } else { "translated" };
        tree.files.insert(format!("GM0794/gm0794-desk/{lang}.md"), text(lang.code(), state));
    }
    check(
        &tree,
        expect![[
            r#"GM0794/gm0794-desk/item.toml:7: error: opening_hours: cannot read it from character 7 (expected EOI, any_rule_separator, rules_modifier, timespan, or holiday); see the OpenStreetMap opening_hours syntax"#
        ]],
    );
}

#[test]
fn dangling_links_are_reported() {
    let tree = tree_with("brp", &format!("{RIGHT_TOML}related = [\"nowhere\"]\n"));
    check(&tree, expect![[r#"nl/brp/item.toml:6: error: link to unknown item "nowhere""#]]);
    assert!(load(&tree).items.is_empty());
}

#[test]
fn rights_need_an_official_https_source() {
    let tree = tree_with(
        "brp",
        &RIGHT_TOML.replace("https://www.government.nl/topics/personal-data", "http://example.com/page"),
    );
    check(
        &tree,
        expect![[r#"
        nl/brp/item.toml: error: a right or task needs at least one source on an official domain (assets/official-domains.txt)
        nl/brp/item.toml:4: error: source "http://example.com/page" must be an https:// URL"#]],
    );
}

#[test]
fn municipalities_cannot_publish_rights() {
    let mut tree = SourceTree::default();
    tree.files.insert("GM0794/scope.toml".into(), "name = \"Helmond\"\n".into());
    tree.files.insert("GM0794/gm0794-fake-right/item.toml".into(), RIGHT_TOML.into());
    for lang in Lang::REFERENCE {
        tree.files.insert(format!("GM0794/gm0794-fake-right/{lang}.md"), text(lang.code(), "reference"));
    }
    let errors: Vec<String> = load(&tree).errors().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        ["GM0794/gm0794-fake-right/item.toml: error: a right is national content: only scope nl may publish it"]
    );
}

#[test]
fn broken_front_matter_is_reported_not_panicked_on() {
    for (body, expected) in [
        ("no front matter", "nl/brp/pl.md:1: error: must start with a +++ front matter line"),
        ("+++\ntitle = \"x\"\n", "nl/brp/pl.md: error: front matter is not closed with a +++ line"),
        ("+++\ntitle = \"x\nsummary = \"y\"\nstate = \"translated\"\n+++\nbody", "nl/brp/pl.md:2: error:"),
        (
            "+++\ntitle = \"x\"\nsummary = \"y\"\nstate = \"reference\"\n+++\nbody",
            "nl/brp/pl.md: error: only nl and en are reference texts",
        ),
        (
            "+++\ntitle = \"x\"\nsummary = \"\"\nstate = \"translated\"\n+++\nbody",
            "nl/brp/pl.md: error: summary is empty",
        ),
    ] {
        let mut tree = tree_with("brp", RIGHT_TOML);
        tree.files.insert("nl/brp/pl.md".into(), body.into());
        let errors: Vec<String> = load(&tree).errors().map(ToString::to_string).collect();
        assert_eq!(errors.len(), 1, "{body:?}: {errors:?}");
        assert!(errors[0].starts_with(expected), "{body:?}: {errors:?}");
    }
}

#[test]
fn official_domains_match_whole_labels_only() {
    for (url, official) in [
        ("https://www.rijksoverheid.nl/onderwerpen", true),
        ("https://business.gov.nl./regulation/sick-pay", true),
        ("https://svb.nl/en", true),
        ("https://notsvb.nl/en", false),
        ("https://svb.nl.evil.example/en", false),
        ("http://www.svb.nl/en", false),
    ] {
        assert_eq!(is_official_source(url), official, "{url}");
    }
}

#[test]
fn search_keywords_load_trimmed_and_bad_ones_are_reported() {
    let mut tree = tree_with("brp", RIGHT_TOML);
    let front = "+++\ntitle = \"x\"\nsummary = \"y\"\nstate = \"translated\"\n";
    tree.files
        .insert("nl/brp/pl.md".into(), format!("{front}keywords = [\" meldunek \", \"zameldowanie\"]\n+++\nbody"));
    let report = load(&tree);
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    assert_eq!(report.items[0].texts[&Lang::Pl].keywords, ["meldunek", "zameldowanie"]);
    for (keywords, expected) in [
        (format!("[{}]", vec!["\"x\""; 41].join(", ")), "41 of them, at most 40"),
        ("[\"?!\"]".to_string(), "has no letter or digit"),
        (format!("[\"{}\"]", "a".repeat(61)), "longer than 60 characters"),
        ("\"meldunek\"".to_string(), "invalid type"),
    ] {
        tree.files.insert("nl/brp/pl.md".into(), format!("{front}keywords = {keywords}\n+++\nbody"));
        let errors: Vec<String> = load(&tree).errors().map(ToString::to_string).collect();
        assert_eq!(errors.len(), 1, "{keywords}: {errors:?}");
        assert!(errors[0].contains(expected), "{keywords}: {errors:?}");
    }
}

/// A translation records the hash of the English text it was made from; once the English text
/// changes, the check warns that the translation is older than its reference.
#[test]
fn translations_made_from_an_older_english_text_are_reported() {
    let tree = tree_with("brp", RIGHT_TOML);
    let english = {
        let en = &load(&tree).items[0].texts[&Lang::En];
        reference_hash(&en.title, &en.summary, &en.body_markdown)
    };
    let with_hash = |lang: &str, hash: &str| {
        let mut tree = tree.clone();
        let state = if lang == "nl" || lang == "en" { "reference" } else { "translated" };
        let text = text(lang, state).replacen("+++\nBody", &format!("source_hash = \"{hash}\"\n+++\nBody"), 1);
        tree.files.insert(format!("nl/brp/{lang}.md"), text);
        tree
    };
    check(&with_hash("pl", &english), expect![[""]]);
    let report = load(&with_hash("pl", "0123456789abcdef"));
    let warnings: Vec<String> = report.warnings().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [format!(
            "nl/brp/pl.md: warning: made from an older English text (source_hash 0123456789abcdef, en.md is now {english}): bring it up to date"
        )]
    );
    // The hash covers the title, summary and body: a changed English summary makes it outdated.
    let mut changed = with_hash("pl", &english);
    changed.files.insert("nl/brp/en.md".into(), text("en", "reference").replace("Summary en.", "Summary en, changed."));
    assert_eq!(load(&changed).warnings().count(), 1);
    // Reference texts are never outdated against themselves.
    check(&with_hash("nl", "0123456789abcdef"), expect![[""]]);
}

/// The check lists every source off the official domain list, item by item; official ones pass.
#[test]
fn sources_off_the_official_list_are_listed() {
    let toml = RIGHT_TOML.replace(
        "sources = [\"https://www.government.nl/topics/personal-data\"]",
        "sources = [\"https://www.government.nl/topics/personal-data\", \"https://www.example-bank.nl/bsn\"]",
    );
    let report = load(&tree_with("brp", &toml));
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    let listed: Vec<String> = unofficial_sources(&report.items).iter().map(ToString::to_string).collect();
    assert_eq!(
        listed,
        [
            "nl/brp/item.toml: warning: source off the official list (assets/official-domains.txt): https://www.example-bank.nl/bsn"
        ]
    );
}

/// The reference texts stay at B1 (assets/glossary.toml): a long sentence and an unexplained
/// term are errors with the file's line; translations follow their reference and are not checked.
#[test]
fn reference_texts_with_a_long_sentence_or_an_unexplained_term_are_errors() {
    let mut tree = tree_with("brp", RIGHT_TOML);
    let long =
        "Dit is een zin met veel te veel woorden, want hij loopt maar door en door en door tot ver voorbij de grens.";
    let body = format!("## Kop\nKort.\n{long}\nVraag het aan UWV.\n");
    let nl = format!("+++\ntitle = \"Titel\"\nsummary = \"Samenvatting.\"\nstate = \"reference\"\n+++\n{body}");
    tree.files.insert("nl/brp/nl.md".into(), nl);
    let pl = format!("+++\ntitle = \"Tytuł\"\nsummary = \"Streszczenie.\"\nstate = \"translated\"\n+++\n{body}");
    tree.files.insert("nl/brp/pl.md".into(), pl);
    let report = load(&tree);
    let errors: Vec<String> = report.errors().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].starts_with("nl/brp/nl.md:8: error: a sentence of 23 words (B1: at most 20)"), "{}", errors[0]);
    assert!(errors[1].starts_with("nl/brp/nl.md:9: error: \"UWV\" is not explained"), "{}", errors[1]);
    // The item still loads: the rule is for editors, the text itself is sound.
    assert_eq!(report.items.len(), 1);
}

#[test]
fn translation_states_load_and_a_machine_state_is_refused_on_a_reference_text() {
    for (lang, state, expected) in [
        ("pl", "machine", Ok(TranslationState::Machine)),
        ("pl", "translated", Ok(TranslationState::Translated)),
        ("pl", "reviewed", Ok(TranslationState::Reviewed)),
        ("en", "machine", Err("nl/brp/en.md: error: nl and en are the reference texts")),
        ("pl", "automatic", Err("nl/brp/pl.md:4: error:")),
    ] {
        let mut tree = tree_with("brp", RIGHT_TOML);
        tree.files.insert(format!("nl/brp/{lang}.md"), text(lang, state));
        let report = load(&tree);
        let errors: Vec<String> = report.errors().map(ToString::to_string).collect();
        match expected {
            Ok(loaded) => {
                assert!(errors.is_empty(), "{lang} {state}: {errors:?}");
                let code: Lang = lang.parse().unwrap();
                assert_eq!(report.items[0].texts[&code].state, loaded, "{lang} {state}");
            }
            Err(prefix) => {
                assert_eq!(errors.len(), 1, "{lang} {state}: {errors:?}");
                assert!(errors[0].starts_with(prefix), "{lang} {state}: {errors:?}");
            }
        }
    }
}
