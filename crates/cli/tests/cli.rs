//! The `wegwijs` binary end to end: the commands of the brief, on the real bundled content.

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

fn wegwijs(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wegwijs"))
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
        .output()
        .expect("run wegwijs")
}

fn json(args: &[&str]) -> Value {
    let output = wegwijs(args);
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("valid JSON")
}

#[test]
fn search_finds_polish_child_benefit_without_diacritics() {
    let hits = json(&["search", "--lang", "pl", "--json", "zasilek"]);
    assert_eq!(hits[0]["id"], "child-benefit", "{hits:#}");
    assert_eq!(hits[0]["matched_lang"], "pl");
    let text = wegwijs(&["search", "--lang", "pl", "zasilek", "rodzinny"]);
    assert!(text.status.success());
    assert!(String::from_utf8_lossy(&text.stdout).lines().next().unwrap_or_default().contains("(child-benefit, pl,"));
}

#[test]
fn search_with_no_result_exits_1() {
    let output = wegwijs(&["search", "--lang", "en", "xqzzvvk"]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn checklist_of_the_brief_in_romanian() {
    let rows = json(&[
        "checklist",
        "--lang",
        "ro",
        "--arrived",
        "2026-11-20",
        "--work-start",
        "2026-11-23",
        "--stay",
        "long",
        "--children",
        "2",
        "--today",
        "2026-11-28",
        "--json",
    ]);
    let ids: Vec<&str> = rows.as_array().unwrap().iter().map(|r| r["entry"]["task_id"].as_str().unwrap()).collect();
    for expected in ["task-register-brp", "task-health-insurance", "task-child-benefit", "task-school-enrolment"] {
        assert!(ids.contains(&expected), "{expected} missing from {ids:?}");
    }
    assert!(!ids.contains(&"task-register-rni"), "a long stay registers in the BRP, not the RNI: {ids:?}");
    let brp = rows.as_array().unwrap().iter().find(|r| r["entry"]["task_id"] == "task-register-brp").unwrap();
    assert_eq!(brp["entry"]["due"]["date"], "2026-11-25");
    assert_eq!(brp["entry"]["due"]["status"], serde_json::json!({"status": "overdue", "days": 3}));
    assert_eq!(brp["lang"], "ro");
    let insurance = rows.as_array().unwrap().iter().find(|r| r["entry"]["task_id"] == "task-health-insurance").unwrap();
    assert_eq!(insurance["entry"]["due"]["date"], "2027-03-20");
}

#[test]
fn checklist_refuses_a_bad_date_with_a_clear_message() {
    let output = wegwijs(&["checklist", "--arrived", "2026-02-30"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("\"2026-02-30\" is not a valid date"));
}

#[test]
fn content_check_is_clean_on_the_bundled_sources() {
    // Judged on a day when every figure's period holds and every item is freshly verified.
    let output = wegwijs(&["content", "check", "assets/content", "--today", "2026-06-01"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    // The only warnings left name sources off the official list, in the items below: a list
    // that only shrinks as editors cite the official page that states each fact instead.
    let warned: std::collections::BTreeSet<&str> = stdout
        .lines()
        .filter(|line| line.contains(": warning: "))
        .map(|line| {
            assert!(line.contains("warning: source off the official list"), "{line}");
            line.split("/item.toml").next().unwrap()
        })
        .collect();
    let known = [
        "GM0794/gm0794-levgroep-migrant-meetings",
        "GM1783/gm1783-vitis-social-broker",
        "GM1894/gm1894-participation-course",
        "nl/language-cafes",
        "nl/learning-dutch",
        "nl/meeting-people",
        "nl/sports-clubs",
        "nl/volunteering",
    ];
    assert!(warned.iter().all(|item| known.contains(item)), "new items with unofficial sources: {warned:?}");
    assert!(stdout.trim_end().ends_with(&format!("0 errors, {} warnings", stdout.matches(": warning: ").count())));
    let report = json(&["content", "check", "assets/content", "--json"]);
    assert_eq!(report["errors"], 0);
    assert_eq!(report["by_lang"].as_object().unwrap().len(), 13);
}

#[test]
fn content_check_warns_about_ended_figures_and_stale_sources() {
    let output = wegwijs(&["content", "check", "assets/content", "--today", "2028-01-01"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "warnings do not fail the check: {stdout}");
    assert!(
        stdout.contains("figures.toml: warning: figure \"minimum-wage-hour-21\": its last period ended"),
        "{stdout}"
    );
    assert!(stdout.contains("nl/minimum-wage/item.toml: warning: verified_on"), "{stdout}");
    // Sources off the official domain list are named with their item.
    assert!(
        stdout.contains("nl/sports-clubs/item.toml: warning: source off the official list (assets/official-domains.txt): https://kennis.knwu.nl/contributie"),
        "{stdout}"
    );
}

#[test]
fn content_check_reports_file_and_line_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let item = dir.path().join("nl/broken");
    std::fs::create_dir_all(&item).unwrap();
    std::fs::write(dir.path().join("nl/scope.toml"), "name = \"Nederland\"\n").unwrap();
    std::fs::write(
        item.join("item.toml"),
        "kind = \"right\"\nversion = 1\ntopics = [\"work\"]\nverified_on = 2026-13-01\n",
    )
    .unwrap();
    let output = wegwijs(&["content", "check", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("nl/broken/item.toml:4: error:"), "{stdout}");
}

#[test]
fn locales_check_is_clean() {
    let output = wegwijs(&["locales", "check", "locales"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stdout));
}

/// `wegwijs paycheck`: the app's check from flags, in the person's language, with stable rule
/// ids, the figure's period and the sources (issue: the same check for helpdesks).
#[test]
fn paycheck_finds_pay_under_the_minimum_and_an_illegal_housing_deduction() {
    // February 2026: 160 hours at EUR 13.24, 10% under that period's EUR 14.71; EUR 900 rent.
    let flags = [
        "paycheck",
        "--period",
        "month",
        "--from",
        "2026-02-01",
        "--until",
        "2026-02-28",
        "--hours-paid",
        "160",
        "--hourly-wage",
        "13,24",
        "--gross",
        "2.118,40",
        "--holiday-allowance",
        "169,47",
        "--housing",
        "900",
    ];
    let mut args = flags.to_vec();
    args.extend(["--lang", "pl", "--json"]);
    let output = wegwijs(&args);
    assert_eq!(output.status.code(), Some(1), "signals exit 1: {}", String::from_utf8_lossy(&output.stderr));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    let rule = |id: &str| findings.iter().find(|f| f["rule"] == id && f["outcome"] == "signal");
    let minimum = rule("minimum-wage").unwrap_or_else(|| panic!("{report:#}"));
    assert_eq!(minimum["figures"][0]["valid_from"], "2026-01-01", "{minimum:#}");
    assert_eq!(minimum["figures"][0]["valid_until"], "2026-06-30");
    assert!(minimum["sources"].as_array().is_some_and(|s| !s.is_empty()), "{minimum:#}");
    assert!(minimum["text"].as_str().unwrap().contains("14,71"), "Polish figures use a decimal comma: {minimum:#}");
    assert!(rule("housing-deduction").is_some(), "{report:#}");
    assert!(rule("holiday-allowance").is_none(), "8% of the gross was paid: {report:#}");

    // The same payslip from a file in the app's format, in English text.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("payslip.json");
    std::fs::write(&file, report["payslip"].to_string()).unwrap();
    let text = wegwijs(&["paycheck", "--file", file.to_str().unwrap()]);
    assert_eq!(text.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&text.stdout);
    assert!(stdout.contains("[minimum-wage]") && stdout.contains("[housing-deduction]"), "{stdout}");

    // A period the figures table does not cover is said so, never guessed.
    let later = wegwijs(&[
        "paycheck",
        "--file",
        file.to_str().unwrap(),
        "--from",
        "2027-03-01",
        "--until",
        "2027-03-31",
        "--json",
    ]);
    let later: Value = serde_json::from_slice(&later.stdout).unwrap();
    let unchecked = later["findings"].as_array().unwrap().iter().find(|f| f["rule"] == "minimum-wage").unwrap();
    assert_eq!(unchecked["outcome"], "no-figure", "{later:#}");

    // Bad input is refused with the flag's name.
    let bad = wegwijs(&[
        "paycheck",
        "--from",
        "2026-02-01",
        "--until",
        "2026-02-28",
        "--hours-paid",
        "160",
        "--gross",
        "12a",
    ]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--gross"));
}
