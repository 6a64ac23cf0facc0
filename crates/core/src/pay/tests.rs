//! The payslip check over worked examples, the diary's arithmetic, and the words of a finding.

use super::*;
use crate::figures::parse;
use proptest::prelude::*;

/// The figures the examples use: three minimum-wage periods (a change on 1 July 2025 and one on
/// 1 January 2026, nothing from 1 July 2026), the 8% and the 25% rule.
const TABLE: &str = r#"
[[figure]]
name = "minimum-wage-hour-21"
value = "14.06"
unit = "EUR gross per hour (age 21 and older)"
valid_from = 2025-01-01
valid_until = 2025-06-30
confidence = "secondary"
sources = ["https://business.gov.nl/regulation/minimum-wage/"]

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
sources = ["https://business.gov.nl/regulation/minimum-wage/", "https://example.org/minimum-2026"]

[[figure]]
name = "holiday-allowance-min-percent"
value = "8"
unit = "percent of the gross wage, at least"
valid_from = 2025-01-01
valid_until = 2026-12-31
confidence = "verified"
sources = ["https://business.gov.nl/regulation/holiday-allowance/"]

[[figure]]
name = "housing-deduction-max-percent"
value = "25"
unit = "percent of the applicable minimum wage, at most"
valid_from = 2025-01-01
valid_until = 2026-12-31
confidence = "verified"
sources = ["https://business.gov.nl/regulation/minimum-wage/"]
"#;

fn table() -> FigureTable {
    let (table, diagnostics) = parse("figures.toml", TABLE);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    table
}

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// An honest payslip: `hours` (hundredths) at `hourly` cents from `start` to `end`, 8% holiday
/// allowance reserved, €40 wage tax, net paid exactly gross minus tax and deductions.
fn honest(start: &str, end: &str, hours: i32, hourly: i32) -> Payslip {
    let gross = mul_div_round(hourly.into(), hours.into(), 100) as i32;
    Payslip {
        id: None,
        kind: PeriodKind::Week,
        period_start: date(start),
        period_end: date(end),
        age: Some(30),
        hours_paid: hours,
        hourly_wage: Some(hourly),
        gross,
        holiday_allowance: mul_div_round(gross.into(), 8, 100) as i32,
        holiday_allowance_kind: HolidayAllowance::Reserved,
        wage_tax: 4000,
        deductions: Deductions::default(),
        net: Some(gross - 4000),
    }
}

/// A week of January 2026 at the minimum, 40 hours, 40 hours logged.
fn week() -> Payslip {
    honest("2026-01-12", "2026-01-18", 4000, 1471)
}

/// Adds a deduction and keeps the net consistent.
fn deduct(mut payslip: Payslip, change: impl FnOnce(&mut Deductions)) -> Payslip {
    change(&mut payslip.deductions);
    payslip.net = Some((i64::from(payslip.gross - payslip.wage_tax) - payslip.deductions.total()) as i32);
    payslip
}

/// Findings in one line each: rule, outcome, found/expected, figure period.
fn findings(payslip: &Payslip, logged_minutes: Option<i64>) -> Vec<String> {
    check(payslip, logged_minutes, &table())
        .iter()
        .map(|f| {
            let mut line = format!("{} {:?}", f.rule.id(), f.outcome);
            if let (Some(found), Some(expected)) = (f.found, f.expected) {
                line += &format!(" {found} vs {expected}");
            }
            for figure in &f.figures {
                line += &format!(" [{} {} {}..{}]", figure.name, figure.value, figure.valid_from, figure.valid_until);
            }
            line
        })
        .collect()
}

#[test]
fn worked_examples() {
    let forty_hours = Some(40 * 60);
    let cases: Vec<(&str, Payslip, Option<i64>, &[&str])> = vec![
        ("an honest payslip gives no finding", week(), forty_hours, &[]),
        (
            "an honest month gives no finding",
            Payslip { kind: PeriodKind::Month, ..honest("2026-02-01", "2026-02-28", 16000, 1500) },
            None,
            &[],
        ),
        (
            "10% under the minimum",
            honest("2026-01-12", "2026-01-18", 4000, 1324),
            forty_hours,
            &["minimum-wage Signal 1324 vs 1471 [minimum-wage-hour-21 14.71 2026-01-01..2026-06-30]"],
        ),
        (
            "no hourly wage printed: gross over hours",
            Payslip { hourly_wage: None, ..honest("2026-01-12", "2026-01-18", 4000, 1400) },
            forty_hours,
            &["minimum-wage Signal 1400 vs 1471 [minimum-wage-hour-21 14.71 2026-01-01..2026-06-30]"],
        ),
        ("exactly the minimum is no finding", honest("2026-01-12", "2026-01-18", 3750, 1471), None, &[]),
        (
            "hours paid fewer than logged",
            honest("2026-01-12", "2026-01-18", 3800, 1500),
            forty_hours,
            &["hours-paid Signal 3800 vs 4000"],
        ),
        ("more hours paid than logged is no finding", honest("2026-01-12", "2026-01-18", 4200, 1500), forty_hours, &[]),
        (
            "holiday allowance one cent under 8%",
            Payslip { holiday_allowance: 4706, ..week() },
            forty_hours,
            &["holiday-allowance Signal 4706 vs 4707 [holiday-allowance-min-percent 8 2025-01-01..2026-12-31]"],
        ),
        (
            "no holiday allowance at all",
            Payslip { holiday_allowance: 0, ..week() },
            None,
            &["holiday-allowance Signal 0 vs 4707 [holiday-allowance-min-percent 8 2025-01-01..2026-12-31]"],
        ),
        ("housing at the 25% cap is no finding", deduct(week(), |d| d.housing = 14710), forty_hours, &[]),
        (
            "housing one cent over the 25% cap",
            deduct(week(), |d| d.housing = 14711),
            forty_hours,
            &[
                "housing-deduction Signal 14711 vs 14710 [housing-deduction-max-percent 25 2025-01-01..2026-12-31] [minimum-wage-hour-21 14.71 2026-01-01..2026-06-30]",
            ],
        ),
        (
            "a fine that takes the wage under the minimum",
            deduct(week(), |d| d.fines = 2500),
            forty_hours,
            &["deductions-below-minimum Signal 56340 vs 58840 [minimum-wage-hour-21 14.71 2026-01-01..2026-06-30]"],
        ),
        (
            "transport paid from a wage well above the minimum is no finding",
            deduct(honest("2026-01-12", "2026-01-18", 4000, 1600), |d| d.transport = 5000),
            forty_hours,
            &[],
        ),
        (
            "health insurance premium is not counted as an other deduction",
            deduct(week(), |d| d.health_insurance = 3500),
            forty_hours,
            &[],
        ),
        (
            "net paid one euro short",
            Payslip { net: Some(week().net.unwrap() - 100), ..week() },
            forty_hours,
            &["net-paid Signal 54740 vs 54840"],
        ),
        (
            "net paid one cent off is rounding",
            Payslip { net: Some(week().net.unwrap() + 1), ..week() },
            forty_hours,
            &[],
        ),
        (
            "holiday allowance paid out counts in the net",
            Payslip { holiday_allowance_kind: HolidayAllowance::Paid, net: Some(week().net.unwrap() + 4707), ..week() },
            forty_hours,
            &[],
        ),
        (
            "a period without a known minimum wage is said so",
            honest("2026-07-06", "2026-07-12", 4000, 1000),
            None,
            &["minimum-wage NoFigure"],
        ),
        (
            "a period partly without a figure is not checked either",
            deduct(honest("2026-06-29", "2026-07-05", 4000, 1000), |d| d.housing = 1000),
            None,
            &["minimum-wage NoFigure", "housing-deduction NoFigure"],
        ),
        (
            "across 1 January: the lower figure holds, 14.50 passes",
            honest("2025-12-29", "2026-01-04", 4000, 1450),
            None,
            &[],
        ),
        (
            "across 1 January: 14.30 is under the December figure",
            honest("2025-12-29", "2026-01-04", 4000, 1430),
            None,
            &["minimum-wage Signal 1430 vs 1440 [minimum-wage-hour-21 14.40 2025-07-01..2025-12-31]"],
        ),
        (
            "the first week of 2026 alone uses the new figure",
            honest("2026-01-05", "2026-01-11", 4000, 1450),
            None,
            &["minimum-wage Signal 1450 vs 1471 [minimum-wage-hour-21 14.71 2026-01-01..2026-06-30]"],
        ),
        ("across 1 July 2025: 14.10 passes the June figure", honest("2025-06-30", "2025-07-06", 4000, 1410), None, &[]),
        (
            "after 1 July 2025: 14.10 is under the July figure",
            honest("2025-07-07", "2025-07-13", 4000, 1410),
            None,
            &["minimum-wage Signal 1410 vs 1440 [minimum-wage-hour-21 14.40 2025-07-01..2025-12-31]"],
        ),
        (
            "age 21: the adult minimum applies",
            Payslip { age: Some(21), ..honest("2026-01-12", "2026-01-18", 4000, 1400) },
            None,
            &["minimum-wage Signal 1400 vs 1471 [minimum-wage-hour-21 14.71 2026-01-01..2026-06-30]"],
        ),
        (
            "age 20: the youth minimum is not in the app, never the adult one",
            Payslip { age: Some(20), ..deduct(honest("2026-01-12", "2026-01-18", 4000, 1200), |d| d.housing = 20000) },
            None,
            &["minimum-wage YouthNotInApp"],
        ),
        (
            "age unknown counts as 21 or older",
            Payslip { age: None, ..honest("2026-01-12", "2026-01-18", 4000, 1400) },
            None,
            &["minimum-wage Signal 1400 vs 1471 [minimum-wage-hour-21 14.71 2026-01-01..2026-06-30]"],
        ),
        (
            "the done-when case: 10% under with an illegal housing deduction",
            deduct(honest("2026-01-12", "2026-01-25", 8000, 1324), |d| d.housing = 40000),
            Some(80 * 60),
            &[
                "minimum-wage Signal 1324 vs 1471 [minimum-wage-hour-21 14.71 2026-01-01..2026-06-30]",
                "housing-deduction Signal 40000 vs 29420 [housing-deduction-max-percent 25 2025-01-01..2026-12-31] [minimum-wage-hour-21 14.71 2026-01-01..2026-06-30]",
            ],
        ),
    ];
    assert!(cases.len() >= 15);
    for (name, payslip, logged, expected) in cases {
        assert_eq!(findings(&payslip, logged), expected, "{name}");
    }
}

#[test]
fn every_finding_names_an_official_source_first() {
    let payslip = Payslip { holiday_allowance: 0, net: Some(1), ..deduct(week(), |d| d.housing = 30000) };
    let found = check(&payslip, Some(50 * 60), &table());
    assert_eq!(found.len(), 4, "{found:?}");
    for finding in found {
        assert!(crate::source::is_official_source(&finding.sources[0]), "{finding:?}");
    }
    let minimum = check(&honest("2026-01-12", "2026-01-18", 4000, 1300), None, &table());
    assert_eq!(
        minimum[0].sources,
        ["https://business.gov.nl/regulation/minimum-wage/", "https://example.org/minimum-2026"]
    );
}

#[test]
fn findings_in_words_state_rule_figure_and_period() {
    let localizer = Localizer::bundled();
    let payslip = deduct(honest("2026-01-12", "2026-01-25", 8000, 1324), |d| d.housing = 40000);
    let found = check(&payslip, None, &table());
    let en = describe(&found, &payslip, Lang::En, &localizer);
    assert_eq!(
        en.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(),
        [
            "The payslip shows €13.24 per hour. The legal minimum is €14.71 per hour. Figure used: €14.71, valid from 1 Jan 2026 to 30 Jun 2026.",
            "€400.00 was deducted for housing. At most €294.20 is allowed. Figure used: 25%, valid from 1 Jan 2025 to 31 Dec 2026.",
        ]
    );
    let pl = describe(&found, &payslip, Lang::Pl, &localizer);
    assert!(pl[0].text.contains("13,24 €") && pl[0].text.contains("01.01.2026"), "{}", pl[0].text);
    let unknown = honest("2026-07-06", "2026-07-12", 4000, 1000);
    let no_figure = describe(&check(&unknown, None, &table()), &unknown, Lang::Ro, &localizer);
    assert!(no_figure[0].text.contains("06.07.2026"), "{}", no_figure[0].text);
    // Every rule and outcome has its words in every language.
    for lang in Lang::ALL {
        for rule in [
            Rule::MinimumWage,
            Rule::HoursPaid,
            Rule::HolidayAllowance,
            Rule::HousingDeduction,
            Rule::DeductionsBelowMinimum,
            Rule::NetPaid,
        ] {
            let id = format!("pay-rule-{}", rule.id());
            assert_ne!(localizer.text(lang, &id), id);
            let id = format!("pay-found-{}", rule.id());
            assert_ne!(localizer.text(lang, &id), id);
        }
    }
}

#[test]
fn diary_days_cross_midnight_clock_changes_and_leap_days() {
    let day = |d: &str, start: &str, end: &str, pause: u32| WorkDay {
        date: date(d),
        start: start.into(),
        end: end.into(),
        break_minutes: pause,
        note: String::new(),
    };
    let cases = [
        (day("2026-01-12", "07:00", "15:30", 30), Some(8 * 60)),
        (day("2026-01-12", "22:00", "06:00", 30), Some(7 * 60 + 30)),
        // The March change skips 02:00-03:00: a night shift is an hour shorter.
        (day("2026-03-28", "22:00", "06:00", 0), Some(7 * 60)),
        // The October change repeats 02:00-03:00: an hour longer.
        (day("2026-10-24", "22:00", "06:00", 0), Some(9 * 60)),
        // A start in the skipped hour counts from 03:00.
        (day("2026-03-29", "02:30", "06:00", 0), Some(3 * 60)),
        (day("2028-02-29", "22:00", "06:00", 0), Some(8 * 60)),
        (day("2028-02-28", "08:00", "16:00", 0), Some(8 * 60)),
        // The same start and end: a 24-hour shift.
        (day("2026-01-12", "08:00", "08:00", 0), Some(24 * 60)),
        (day("2026-01-12", "08:00", "09:00", 90), Some(0)),
        (day("2026-01-12", "8 uur", "16:00", 0), None),
    ];
    for (day, minutes) in cases {
        assert_eq!(worked_minutes(&day), minutes, "{day:?}");
    }
    let days = [
        day("2026-01-11", "08:00", "16:00", 0),
        day("2026-01-12", "08:00", "16:00", 0),
        day("2028-02-29", "22:00", "06:00", 0),
    ];
    assert_eq!(week_totals(&days), [(date("2026-01-05"), 480), (date("2026-01-12"), 480), (date("2028-02-28"), 480)]);
    assert_eq!(logged_minutes(&days, date("2026-01-12"), date("2026-01-18")), 480);
}

#[test]
fn money_rounds_half_away_from_zero() {
    assert_eq!(mul_div_round(58840, 8, 100), 4707); // 4707.2
    assert_eq!(mul_div_round(1471, 3750, 100), 55163); // 55162.5
    assert_eq!(mul_div_round(-1471, 3750, 100), -55163);
    assert_eq!(format_money(-5516, Lang::Nl), "€ -55,16");
    assert_eq!(format_money(123456, Lang::En), "€1234.56");
    assert_eq!(format_hours(3850, Lang::Pl), "38,50");
}

fn arbitrary_day() -> impl Strategy<Value = WorkDay> {
    (0i64..1500, 0u32..24, 0u32..60, 0u32..24, 0u32..60, 0u32..120).prop_map(|(offset, sh, sm, eh, em, pause)| {
        WorkDay {
            date: date("2025-01-01") + Duration::days(offset),
            start: format!("{sh:02}:{sm:02}"),
            end: format!("{eh:02}:{em:02}"),
            break_minutes: pause,
            note: String::new(),
        }
    })
}

proptest! {
    #[test]
    fn a_day_is_never_negative_nor_longer_than_a_day_and_an_hour(day in arbitrary_day()) {
        let minutes = worked_minutes(&day).unwrap();
        prop_assert!((0..=25 * 60).contains(&minutes));
    }

    #[test]
    fn totals_over_split_periods_add_up(days in prop::collection::vec(arbitrary_day(), 0..40), split in 0i64..1500) {
        let (first, last) = (date("2025-01-01"), date("2029-12-31"));
        let middle = first + Duration::days(split);
        let whole = logged_minutes(&days, first, last);
        prop_assert_eq!(whole, logged_minutes(&days, first, middle) + logged_minutes(&days, middle.succ_opt().unwrap(), last));
        prop_assert_eq!(whole, week_totals(&days).iter().map(|(_, m)| m).sum::<i64>());
    }

    #[test]
    fn rounding_matches_exact_arithmetic(value in -10_000_000i64..10_000_000, numerator in 0i64..100_000, denominator in 1i64..100_000) {
        let rounded = mul_div_round(value, numerator, denominator);
        let exact = i128::from(value) * i128::from(numerator);
        // |rounded × d − exact| ≤ d / 2, and a tie goes away from zero.
        let error = i128::from(rounded) * i128::from(denominator) - exact;
        prop_assert!(2 * error.abs() <= i128::from(denominator));
        if 2 * error.abs() == i128::from(denominator) {
            prop_assert_eq!(error.signum(), exact.signum());
        }
    }

    #[test]
    fn paying_at_least_the_minimum_never_gives_a_wage_finding(hours in 1i32..20_000, extra in 0i32..2_000) {
        let payslip = honest("2026-01-01", "2026-01-31", hours, 1471 + extra);
        prop_assert!(check(&payslip, None, &table()).is_empty());
    }
}
