//! The figures table: validation, picking the period for a date, and the loader's use of it.

use super::*;
use crate::lang::Lang;
use crate::source::{SourceTree, load};

const TABLE: &str = r#"
[[figure]]
name = "minimum-wage-hour-21"
value = "14.40"
unit = "EUR gross per hour (age 21 and older)"
valid_from = 2025-07-01
valid_until = 2025-12-31
confidence = "secondary"
sources = ["https://business.gov.nl/regulation/minimum-wage/"]

[[figure]]
name = "minimum-wage-hour-21"
value = "14.71"
unit = "EUR gross per hour (age 21 and older)"
valid_from = 2026-01-01
valid_until = 2026-06-30
confidence = "secondary"
sources = ["https://business.gov.nl/regulation/minimum-wage/"]
"#;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn table() -> FigureTable {
    let (table, diagnostics) = parse("figures.toml", TABLE);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    table
}

fn messages(text: &str) -> Vec<String> {
    parse("figures.toml", text).1.iter().map(ToString::to_string).collect()
}

#[test]
fn the_period_that_holds_on_a_date_is_picked() {
    let table = table();
    assert_eq!(table.periods("minimum-wage-hour-21").len(), 2);
    assert_eq!(table.at("minimum-wage-hour-21", date(2025, 12, 31)).unwrap().value, "14.40");
    assert_eq!(table.at("minimum-wage-hour-21", date(2026, 1, 1)).unwrap().value, "14.71");
    assert_eq!(table.at("minimum-wage-hour-21", date(2026, 6, 30)).unwrap().value, "14.71");
    assert_eq!(table.at("minimum-wage-hour-21", date(2026, 7, 1)), None, "no figure past the last period");
    assert_eq!(table.at("minimum-wage-hour-21", date(2025, 6, 30)), None);
}

#[test]
fn pick_shows_one_amount_per_name_and_flags_an_ended_period() {
    let amounts: Vec<Amount> = table().periods("minimum-wage-hour-21").iter().map(Figure::to_amount).collect();
    let in_march = pick(&amounts, date(2026, 3, 15));
    assert_eq!(in_march.len(), 1);
    assert_eq!(in_march[0].value, "14.71");
    assert!(outdated(&amounts, date(2026, 3, 15)).is_empty());
    assert_eq!(pick(&amounts, date(2025, 9, 1))[0].value, "14.40");
    assert!(outdated(&amounts, date(2025, 9, 1)).is_empty(), "an older period is not outdated while it holds");
    // Past the last period: the latest one is shown, and flagged.
    let later = date(2026, 12, 5);
    assert_eq!(pick(&amounts, later)[0].value, "14.71");
    assert_eq!(outdated(&amounts, later), ["minimum-wage-hour-21"]);
    assert_eq!(table().expired(later).len(), 1);
    // Before the first period: the first one to come is shown, not flagged.
    assert_eq!(pick(&amounts, date(2024, 1, 1))[0].value, "14.40");
    assert!(outdated(&amounts, date(2024, 1, 1)).is_empty());
}

#[test]
fn an_amount_without_end_is_never_outdated() {
    let open = Amount {
        name: "holiday-allowance-min".into(),
        value: "8".into(),
        unit: "percent".into(),
        valid_from: date(2026, 1, 1),
        valid_until: None,
        confidence: Confidence::Verified,
    };
    assert!(outdated(std::slice::from_ref(&open), date(2030, 1, 1)).is_empty());
}

#[test]
fn bad_figures_are_reported_with_their_line() {
    let missing_end = TABLE.replace("valid_until = 2025-12-31\n", "");
    assert_eq!(
        messages(&missing_end),
        [
            "figures.toml:2: error: figure \"minimum-wage-hour-21\": valid_until is required: every figure holds for a period"
        ]
    );
    let overlap = TABLE.replace("valid_from = 2026-01-01", "valid_from = 2025-12-01");
    assert_eq!(
        messages(&overlap),
        ["figures.toml:11: error: figure \"minimum-wage-hour-21\": period overlaps the one from 2025-07-01"]
    );
    let comma = TABLE.replace("\"14.71\"", "\"14,71\"");
    assert_eq!(
        messages(&comma),
        [
            "figures.toml:11: error: figure \"minimum-wage-hour-21\": value \"14,71\" must be a plain number such as 14.71"
        ]
    );
    let verified_unofficial = TABLE
        .replace("confidence = \"secondary\"", "confidence = \"verified\"")
        .replace("https://business.gov.nl/regulation/minimum-wage/", "https://example.com/wage");
    assert_eq!(messages(&verified_unofficial).len(), 2, "{:?}", messages(&verified_unofficial));
    let no_source = TABLE.replace("sources = [\"https://business.gov.nl/regulation/minimum-wage/\"]\n", "");
    assert!(messages(&no_source).iter().all(|m| m.contains("sources must name the page")));
    assert_eq!(messages("[[figure]]\nname = 1\n").len(), 1);
}

fn tree_with_figures(item_extra: &str) -> SourceTree {
    let mut tree = SourceTree::default();
    tree.files.insert("figures.toml".into(), TABLE.into());
    tree.files.insert("nl/scope.toml".into(), "name = \"Nederland\"\n".into());
    tree.files.insert(
        "nl/minimum-wage/item.toml".into(),
        format!(
            "kind = \"right\"\nversion = 1\ntopics = [\"wages\"]\nsources = [\"https://business.gov.nl/regulation/minimum-wage/\"]\nverified_on = 2026-12-05\n{item_extra}"
        ),
    );
    for lang in Lang::ALL {
        let state = if lang.is_reference() { "reference" } else { "translated" };
        tree.files.insert(
            format!("nl/minimum-wage/{lang}.md"),
            format!("+++\ntitle = \"T\"\nsummary = \"S.\"\nstate = \"{state}\"\n+++\nBody.\n"),
        );
    }
    tree
}

#[test]
fn source_items_get_every_period_of_the_figures_they_name() {
    let report = load(&tree_with_figures("figures = [\"minimum-wage-hour-21\"]\n"));
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    let amounts = &report.items[0].amounts;
    assert_eq!(amounts.len(), 2);
    assert!(amounts.iter().all(|a| a.valid_until.is_some()));
    assert_eq!(pick(amounts, date(2026, 2, 1))[0].value, "14.71");
}

#[test]
fn source_items_naming_an_unknown_figure_are_refused() {
    let report = load(&tree_with_figures("figures = [\"minimum-wage-hour-22\"]\n"));
    let errors: Vec<String> = report.errors().map(ToString::to_string).collect();
    assert_eq!(errors, ["nl/minimum-wage/item.toml:6: error: figure \"minimum-wage-hour-22\" is not in figures.toml"]);
    assert!(report.items.is_empty());
}

#[test]
fn source_table_errors_are_reported_by_the_loader() {
    let mut tree = tree_with_figures("");
    tree.files.insert("figures.toml".into(), TABLE.replace("valid_until = 2026-06-30\n", ""));
    let errors: Vec<String> = load(&tree).errors().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("figures.toml:11: error:"), "{errors:?}");
}

/// Editors are told what time has overtaken: a figure past its last period, an item whose
/// sources were checked more than 12 months ago. Warnings, never errors.
#[test]
fn freshness_warns_about_ended_figures_and_stale_verified_dates() {
    let report = load(&tree_with_figures(""));
    let (table, _) = parse("figures.toml", TABLE);
    let shown =
        |today| -> Vec<String> { freshness(&table, &report.items, today).iter().map(ToString::to_string).collect() };
    assert_eq!(shown(date(2026, 6, 30)), Vec::<String>::new());
    assert_eq!(
        shown(date(2026, 7, 1)),
        [
            "figures.toml: warning: figure \"minimum-wage-hour-21\": its last period ended on 2026-06-30; add the next period when it is published"
        ]
    );
    // verified_on 2026-12-05: fresh on 2027-12-05, stale the day after.
    assert_eq!(shown(date(2027, 12, 5)).len(), 1);
    let late = shown(date(2027, 12, 6));
    assert_eq!(late.len(), 2, "{late:?}");
    assert!(late[1].starts_with("nl/minimum-wage/item.toml: warning: verified_on 2026-12-05"), "{late:?}");
    assert!(freshness(&table, &report.items, date(2030, 1, 1)).iter().all(|d| d.severity == Level::Warning));
}
