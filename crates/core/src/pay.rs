//! My work and pay: the private hours diary and the payslip check.
//!
//! The check reads the same national figures table as the texts ([`FigureTable`]), so a new
//! period of the minimum wage reaches every text and every check at once. What the law allows
//! (the minimum wage, the 8% holiday allowance, the 25% housing cap) are figures with a period
//! and sources, never constants here; a period the table does not cover is reported as not
//! checked, never guessed. Youth minimum wages are not in the table: for a person under 21 the
//! check says so and links the official page.
//!
//! Money is integer cents and hours are hundredths of an hour, as a Dutch payslip prints them;
//! a computed amount is rounded to the cent half away from zero, as payroll does. Findings are
//! signals ("this looks lower than the legal minimum"), never verdicts; collective agreement
//! (CAO) rules are out of scope.

use crate::figures::{Figure, FigureTable};
use crate::i18n::Localizer;
use crate::lang::Lang;
use crate::model::Confidence;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use chrono_tz::Europe::Amsterdam;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The figure names the check reads from the table.
pub const MINIMUM_WAGE_21: &str = "minimum-wage-hour-21";
pub const HOLIDAY_ALLOWANCE_MIN_PERCENT: &str = "holiday-allowance-min-percent";
pub const HOUSING_DEDUCTION_MAX_PERCENT: &str = "housing-deduction-max-percent";

/// The age from which the minimum wage of the table applies.
pub const ADULT_AGE: u8 = 21;

/// Official pages of the rules that need no figure.
const PAYSLIP_SOURCE: &str = "https://business.gov.nl/regulation/payslip/";
const HOURS_SOURCE: &str = "https://nllabourauthority.nl/topics/minimum-wage-and-holiday-allowance";
const DEDUCTIONS_SOURCE: &str =
    "https://business.gov.nl/running-your-business/staff/payment-and-wages/salary-deductions-and-settlements/";
const MINIMUM_WAGE_SOURCE: &str = "https://business.gov.nl/regulation/minimum-wage/";

/// One working day in the diary. A shift whose end is not after its start ends the next day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct WorkDay {
    pub date: NaiveDate,
    /// Local time in the Netherlands, "HH:MM".
    pub start: String,
    pub end: String,
    pub break_minutes: u32,
    #[serde(default)]
    pub note: String,
}

/// How long a payslip's period is, as printed on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
pub enum PeriodKind {
    Week,
    FourWeeks,
    Month,
}

/// Whether the holiday allowance was paid out with this payslip or set aside for later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
pub enum HolidayAllowance {
    Paid,
    #[default]
    Reserved,
}

/// Amounts held back from the wage, by kind (cents).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct Deductions {
    /// Huisvesting: rent for housing from the employer or agency.
    pub housing: i32,
    /// Zorgverzekering: the health insurance premium.
    pub health_insurance: i32,
    /// Vervoer / reiskosten.
    pub transport: i32,
    /// Boetes.
    pub fines: i32,
    /// Overige inhoudingen.
    pub other: i32,
}

impl Deductions {
    pub fn total(&self) -> i64 {
        [self.housing, self.health_insurance, self.transport, self.fines, self.other].into_iter().map(i64::from).sum()
    }
}

/// A payslip as the person typed it in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Payslip {
    /// Set once saved.
    #[serde(default)]
    pub id: Option<i32>,
    pub kind: PeriodKind,
    /// First and last day of the pay period (periode).
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    /// The person's age in the period; unknown counts as 21 or older.
    #[serde(default)]
    pub age: Option<u8>,
    /// Hours paid (gewerkte uren / verloonde uren), in hundredths of an hour.
    pub hours_paid: i32,
    /// Hourly wage (uurloon) in cents, when printed.
    #[serde(default)]
    pub hourly_wage: Option<i32>,
    /// Gross wage (brutoloon) in cents, without holiday allowance.
    pub gross: i32,
    /// Holiday allowance (vakantiegeld / reservering vakantiegeld) in cents.
    #[serde(default)]
    pub holiday_allowance: i32,
    #[serde(default)]
    pub holiday_allowance_kind: HolidayAllowance,
    /// Wage tax and contributions withheld (loonheffing) in cents.
    #[serde(default)]
    pub wage_tax: i32,
    #[serde(default)]
    pub deductions: Deductions,
    /// Net paid (netto uit te betalen) in cents, when printed.
    #[serde(default)]
    pub net: Option<i32>,
}

/// The rule a finding is about; the kebab-case name is its stable id (`wegwijs paycheck --json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    MinimumWage,
    HoursPaid,
    HolidayAllowance,
    HousingDeduction,
    DeductionsBelowMinimum,
    NetPaid,
}

impl Rule {
    pub fn id(self) -> &'static str {
        match self {
            Rule::MinimumWage => "minimum-wage",
            Rule::HoursPaid => "hours-paid",
            Rule::HolidayAllowance => "holiday-allowance",
            Rule::HousingDeduction => "housing-deduction",
            Rule::DeductionsBelowMinimum => "deductions-below-minimum",
            Rule::NetPaid => "net-paid",
        }
    }
}

/// What the check found for a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// The payslip looks wrong on this rule.
    Signal,
    /// The table has no figure for (part of) the period: not checked.
    NoFigure,
    /// The person is under 21: the youth minimum wage is not in the app.
    YouthNotInApp,
}

/// The figure a finding used, with its period and sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct FigureUsed {
    pub name: String,
    pub value: String,
    pub unit: String,
    pub valid_from: NaiveDate,
    pub valid_until: NaiveDate,
    pub confidence: Confidence,
}

/// One finding, before it is put into words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Finding {
    pub rule: Rule,
    pub outcome: Outcome,
    /// What the payslip shows: cents, or hundredths of an hour for [`Rule::HoursPaid`].
    pub found: Option<i32>,
    /// What the rule asks for, in the same unit: at least (or at most for the housing cap;
    /// exactly for the net amount).
    pub expected: Option<i32>,
    pub figures: Vec<FigureUsed>,
    /// Official pages of the rule and the figures.
    pub sources: Vec<String>,
}

/// A finding with its sentence in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct FindingText {
    #[serde(flatten)]
    pub finding: Finding,
    /// The rule, in the person's language.
    pub rule_text: String,
    /// What was found and the figure with its period.
    pub text: String,
}

/// Minutes worked on a diary day: from start to end in Dutch local time, across midnight when
/// the end is not after the start, minus the break. Clock changes count as they happen (a night
/// shift over the October change is an hour longer). `None` when a time is not "HH:MM".
pub fn worked_minutes(day: &WorkDay) -> Option<i64> {
    let start = NaiveTime::parse_from_str(&day.start, "%H:%M").ok()?;
    let end = NaiveTime::parse_from_str(&day.end, "%H:%M").ok()?;
    let end_date = if end <= start { day.date.succ_opt()? } else { day.date };
    let from = local_instant(day.date.and_time(start));
    let to = local_instant(end_date.and_time(end));
    Some(((to - from).num_minutes() - i64::from(day.break_minutes)).max(0))
}

/// A local time as an instant: the first of two in the October hour, the first valid one after
/// a time the March change skips.
fn local_instant(local: NaiveDateTime) -> chrono::DateTime<chrono::Utc> {
    let mut probe = local;
    loop {
        if let Some(instant) = Amsterdam.from_local_datetime(&probe).earliest() {
            return instant.with_timezone(&chrono::Utc);
        }
        probe += Duration::minutes(1);
    }
}

/// Minutes logged on the days from `start` to `end`, both included.
pub fn logged_minutes(days: &[WorkDay], start: NaiveDate, end: NaiveDate) -> i64 {
    days.iter().filter(|d| start <= d.date && d.date <= end).filter_map(worked_minutes).sum()
}

/// Minutes per ISO week (keyed by its Monday), weeks in date order.
pub fn week_totals(days: &[WorkDay]) -> Vec<(NaiveDate, i64)> {
    let mut weeks: BTreeMap<NaiveDate, i64> = BTreeMap::new();
    for day in days {
        let monday = day.date - Duration::days(i64::from(day.date.weekday().num_days_from_monday()));
        *weeks.entry(monday).or_default() += worked_minutes(day).unwrap_or(0);
    }
    weeks.into_iter().collect()
}

/// `value × numerator / denominator`, rounded to the nearest integer, halves away from zero.
pub fn mul_div_round(value: i64, numerator: i64, denominator: i64) -> i64 {
    let product = i128::from(value) * i128::from(numerator);
    let denominator = i128::from(denominator);
    let half = denominator.abs() / 2;
    let rounded = if (product < 0) != (denominator < 0) {
        (product - if product < 0 { half } else { -half }) / denominator
    } else {
        (product + if product < 0 { -half } else { half }) / denominator
    };
    rounded as i64
}

/// A figure's plain decimal value in hundredths ("14.71" → 1471, "8" → 800).
fn hundredths(value: &str) -> Option<i64> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 2 {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let fraction: i64 = if fraction.is_empty() { 0 } else { format!("{fraction:0<2}").parse().ok()? };
    Some(whole * 100 + fraction)
}

/// The lowest period of `name` over every day from `start` to `end`, or `None` when a day of
/// it has no figure. The lowest, so a period across a change never claims more than the law
/// asked on any of its days.
fn figure_over<'a>(table: &'a FigureTable, name: &str, start: NaiveDate, end: NaiveDate) -> Option<(&'a Figure, i64)> {
    let mut lowest: Option<(&Figure, i64)> = None;
    let mut day = start;
    while day <= end {
        let figure = table.at(name, day)?;
        let value = hundredths(&figure.value)?;
        if lowest.is_none_or(|(_, low)| value < low) {
            lowest = Some((figure, value));
        }
        // Skip to the end of this period: every day of it has the same figure.
        day = figure.valid_until.min(end).succ_opt()?;
    }
    lowest
}

fn used(figure: &Figure) -> FigureUsed {
    FigureUsed {
        name: figure.name.clone(),
        value: figure.value.clone(),
        unit: figure.unit.clone(),
        valid_from: figure.valid_from,
        valid_until: figure.valid_until,
        confidence: figure.confidence,
    }
}

fn sources(figures: &[&Figure], rule_source: &str) -> Vec<String> {
    let mut all: Vec<String> = vec![rule_source.to_string()];
    for figure in figures {
        for source in &figure.sources {
            if !all.contains(source) {
                all.push(source.clone());
            }
        }
    }
    all
}

/// Checks a payslip against the figures table and, when the diary has days in its period,
/// the minutes logged. An honest payslip gives no finding.
pub fn check(payslip: &Payslip, logged: Option<i64>, table: &FigureTable) -> Vec<Finding> {
    let mut findings = Vec::new();
    let (start, end) = (payslip.period_start, payslip.period_end);
    let hours_paid = i64::from(payslip.hours_paid);
    let gross = i64::from(payslip.gross);
    let holiday_allowance = i64::from(payslip.holiday_allowance);
    let housing = i64::from(payslip.deductions.housing);
    let youth = payslip.age.is_some_and(|age| age < ADULT_AGE);
    let minimum = if youth { None } else { figure_over(table, MINIMUM_WAGE_21, start, end) };

    // Minimum wage per hour.
    if youth {
        findings.push(Finding {
            rule: Rule::MinimumWage,
            outcome: Outcome::YouthNotInApp,
            found: None,
            expected: None,
            figures: vec![],
            sources: vec![MINIMUM_WAGE_SOURCE.to_string()],
        });
    } else if let Some((figure, per_hour)) = minimum {
        let hourly = payslip.hourly_wage.map(i64::from).or_else(|| (hours_paid > 0).then(|| gross * 100 / hours_paid));
        if let Some(hourly) = hourly.filter(|h| *h < per_hour) {
            findings.push(Finding {
                rule: Rule::MinimumWage,
                outcome: Outcome::Signal,
                found: Some(cents(hourly)),
                expected: Some(cents(per_hour)),
                figures: vec![used(figure)],
                sources: sources(&[figure], MINIMUM_WAGE_SOURCE),
            });
        }
    } else {
        findings.push(no_figure(Rule::MinimumWage, MINIMUM_WAGE_SOURCE));
    }
    // The minimum wage for the hours paid, when known.
    let minimum_total = minimum.map(|(figure, per_hour)| (figure, mul_div_round(per_hour, hours_paid, 100)));

    // Hours paid against hours logged.
    if let Some(logged) = logged.filter(|m| *m > 0)
        && hours_paid * 60 < logged * 100
    {
        findings.push(Finding {
            rule: Rule::HoursPaid,
            outcome: Outcome::Signal,
            found: Some(payslip.hours_paid),
            expected: Some(cents(mul_div_round(logged, 100, 60))),
            figures: vec![],
            sources: vec![HOURS_SOURCE.to_string(), PAYSLIP_SOURCE.to_string()],
        });
    }

    // Holiday allowance.
    match figure_over(table, HOLIDAY_ALLOWANCE_MIN_PERCENT, start, end) {
        Some((figure, percent)) => {
            let required = mul_div_round(gross, percent, 100 * 100);
            if holiday_allowance < required {
                findings.push(Finding {
                    rule: Rule::HolidayAllowance,
                    outcome: Outcome::Signal,
                    found: Some(payslip.holiday_allowance),
                    expected: Some(cents(required)),
                    figures: vec![used(figure)],
                    sources: sources(&[figure], PAYSLIP_SOURCE),
                });
            }
        }
        None => findings.push(no_figure(Rule::HolidayAllowance, PAYSLIP_SOURCE)),
    }

    // Housing: at most a share of the applicable minimum wage.
    if housing > 0 && !youth {
        match (minimum_total, figure_over(table, HOUSING_DEDUCTION_MAX_PERCENT, start, end)) {
            (Some((wage_figure, total)), Some((cap_figure, percent))) => {
                let cap = mul_div_round(total, percent, 100 * 100);
                if housing > cap {
                    findings.push(Finding {
                        rule: Rule::HousingDeduction,
                        outcome: Outcome::Signal,
                        found: Some(payslip.deductions.housing),
                        expected: Some(cents(cap)),
                        figures: vec![used(cap_figure), used(wage_figure)],
                        sources: sources(&[cap_figure, wage_figure], DEDUCTIONS_SOURCE),
                    });
                }
            }
            _ => findings.push(no_figure(Rule::HousingDeduction, DEDUCTIONS_SOURCE)),
        }
    }

    // Other deductions (transport, fines, other) may not take the wage below the minimum.
    let others = [payslip.deductions.transport, payslip.deductions.fines, payslip.deductions.other]
        .into_iter()
        .map(i64::from)
        .sum::<i64>();
    if others > 0 && !youth {
        match minimum_total {
            Some((figure, total)) => {
                let left = gross - others;
                if left < total {
                    findings.push(Finding {
                        rule: Rule::DeductionsBelowMinimum,
                        outcome: Outcome::Signal,
                        found: Some(cents(left)),
                        expected: Some(cents(total)),
                        figures: vec![used(figure)],
                        sources: sources(&[figure], DEDUCTIONS_SOURCE),
                    });
                }
            }
            None => findings.push(no_figure(Rule::DeductionsBelowMinimum, DEDUCTIONS_SOURCE)),
        }
    }

    // Net paid against gross minus what was held back.
    if let Some(net) = payslip.net {
        let paid_out = match payslip.holiday_allowance_kind {
            HolidayAllowance::Paid => holiday_allowance,
            HolidayAllowance::Reserved => 0,
        };
        let expected = gross + paid_out - i64::from(payslip.wage_tax) - payslip.deductions.total();
        // One cent either way is the rounding of the lines on the payslip.
        if (i64::from(net) - expected).abs() > 1 {
            findings.push(Finding {
                rule: Rule::NetPaid,
                outcome: Outcome::Signal,
                found: Some(net),
                expected: Some(cents(expected)),
                figures: vec![],
                sources: vec![PAYSLIP_SOURCE.to_string()],
            });
        }
    }
    findings
}

/// An amount computed in i64 as it crosses to the UI (which takes 32-bit numbers).
fn cents(value: i64) -> i32 {
    i32::try_from(value).unwrap_or(if value < 0 { i32::MIN } else { i32::MAX })
}

fn no_figure(rule: Rule, source: &str) -> Finding {
    Finding {
        rule,
        outcome: Outcome::NoFigure,
        found: None,
        expected: None,
        figures: vec![],
        sources: vec![source.into()],
    }
}

/// Puts findings into words in `lang`: the rule, what was found, the figure and its period.
pub fn describe(findings: &[Finding], payslip: &Payslip, lang: Lang, localizer: &Localizer) -> Vec<FindingText> {
    findings
        .iter()
        .map(|finding| {
            let rule_text = localizer.text(lang, &format!("pay-rule-{}", finding.rule.id()));
            let figure = finding.figures.first();
            let period = figure.map_or_else(String::new, |f| {
                localizer.message(
                    lang,
                    "pay-figure-period",
                    &[
                        ("value", figure_value(f, lang).into()),
                        ("from", format_date(f.valid_from, lang).into()),
                        ("until", format_date(f.valid_until, lang).into()),
                    ],
                )
            });
            let amount = |v: Option<i32>| match finding.rule {
                Rule::HoursPaid => format_hours(i64::from(v.unwrap_or(0)), lang),
                _ => format_money(i64::from(v.unwrap_or(0)), lang),
            };
            let text = match finding.outcome {
                Outcome::Signal => localizer.message(
                    lang,
                    &format!("pay-found-{}", finding.rule.id()),
                    &[
                        ("found", amount(finding.found).into()),
                        ("expected", amount(finding.expected).into()),
                        ("period", period.into()),
                    ],
                ),
                Outcome::NoFigure => localizer.message(
                    lang,
                    "pay-no-figure",
                    &[
                        ("from", format_date(payslip.period_start, lang).into()),
                        ("until", format_date(payslip.period_end, lang).into()),
                    ],
                ),
                Outcome::YouthNotInApp => localizer.text(lang, "pay-youth-not-in-app"),
            };
            FindingText { finding: finding.clone(), rule_text, text }
        })
        .collect()
}

fn figure_value(figure: &FigureUsed, lang: Lang) -> String {
    let value = hundredths(&figure.value).unwrap_or(0);
    if figure.name.ends_with("-percent") {
        let number = format_decimal(value, lang);
        let number = number.trim_end_matches('0').trim_end_matches(['.', ',']);
        if lang == Lang::En { format!("{number}%") } else { format!("{number} %") }
    } else {
        format_money(value, lang)
    }
}

/// Hundredths as a decimal with the language's separator ("14,71"; English "14.71").
pub fn format_decimal(hundredths: i64, lang: Lang) -> String {
    let sign = if hundredths < 0 { "-" } else { "" };
    let abs = hundredths.unsigned_abs();
    let separator = if lang == Lang::En { '.' } else { ',' };
    format!("{sign}{}{separator}{:02}", abs / 100, abs % 100)
}

/// Cents as euros in the language's habit ("€ 14,71", "€14.71", "14,71 €").
pub fn format_money(cents: i64, lang: Lang) -> String {
    let number = format_decimal(cents, lang);
    match lang {
        Lang::En => format!("€{number}"),
        Lang::Nl => format!("€ {number}"),
        _ => format!("{number} €"),
    }
}

/// Hundredths of an hour as hours ("38,50").
pub fn format_hours(hundredths: i64, lang: Lang) -> String {
    format_decimal(hundredths, lang)
}

/// A date with digits in the language's order.
pub fn format_date(date: NaiveDate, lang: Lang) -> String {
    let (d, m, y) = (date.day(), date.month(), date.year());
    match lang {
        Lang::En => date.format("%-d %b %Y").to_string(),
        Lang::Nl => format!("{d}-{m}-{y}"),
        Lang::Hu => format!("{y}. {m:02}. {d:02}."),
        Lang::Lt => format!("{y}-{m:02}-{d:02}"),
        Lang::Es => format!("{d}/{m}/{y}"),
        Lang::Cs | Lang::Sk => format!("{d}. {m}. {y}"),
        _ => format!("{d:02}.{m:02}.{y}"),
    }
}

/// Items that help a person check their pay with someone: the Labour Authority and FairWork,
/// free legal advice, and the rules the check applies.
pub const HELP_ITEMS: &[&str] = &[
    "report-exploitation",
    "legal-advice",
    "minimum-wage",
    "holiday-allowance",
    "wage-deductions",
    "employer-housing",
    "payslip",
];

/// A diary day with the minutes it counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct WorkDayRow {
    #[serde(flatten)]
    pub day: WorkDay,
    pub minutes: u32,
}

/// Minutes logged in one ISO week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct WeekTotal {
    pub monday: NaiveDate,
    pub minutes: u32,
}

/// A saved payslip with its check, in the person's language and in Dutch (for the printed
/// summary a helper reads).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PayslipCheck {
    pub payslip: Payslip,
    /// Minutes in the diary on the days of its period.
    pub logged_minutes: u32,
    pub findings: Vec<FindingText>,
    pub findings_nl: Vec<FindingText>,
}

/// The My work screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct WorkView {
    /// Newest day first.
    pub days: Vec<WorkDayRow>,
    /// Newest week first.
    pub weeks: Vec<WeekTotal>,
    /// Newest period first.
    pub payslips: Vec<PayslipCheck>,
    /// Where to get the pay checked with someone.
    pub help: Vec<crate::content_store::ItemSummary>,
    /// The table has no minimum wage for today: a payslip of now cannot be checked.
    pub minimum_wage_unknown_today: bool,
}

/// The national figures table of the content sources (empty when they have none).
pub fn figures_of(sources: &crate::source::SourceTree) -> FigureTable {
    sources
        .files
        .get(crate::figures::FIGURES_FILE)
        .map(|text| crate::figures::parse(crate::figures::FIGURES_FILE, text).0)
        .unwrap_or_default()
}

/// Builds the My work screen from user.db and the figures table.
pub fn work_view(
    user: &crate::user_store::UserStore,
    table: &FigureTable,
    localizer: &Localizer,
    lang: Lang,
    today: NaiveDate,
    help: Vec<crate::content_store::ItemSummary>,
) -> crate::Result<WorkView> {
    let days = user.work_days()?;
    let to_u32 = |minutes: i64| u32::try_from(minutes).unwrap_or(0);
    let payslips = user
        .payslips()?
        .into_iter()
        .map(|payslip| {
            let logged = logged_minutes(&days, payslip.period_start, payslip.period_end);
            let findings = check(&payslip, Some(logged), table);
            PayslipCheck {
                logged_minutes: to_u32(logged),
                findings: describe(&findings, &payslip, lang, localizer),
                findings_nl: describe(&findings, &payslip, Lang::Nl, localizer),
                payslip,
            }
        })
        .collect();
    let mut weeks: Vec<WeekTotal> = week_totals(&days)
        .into_iter()
        .map(|(monday, minutes)| WeekTotal { monday, minutes: to_u32(minutes) })
        .collect();
    weeks.reverse();
    let mut rows: Vec<WorkDayRow> =
        days.into_iter().map(|day| WorkDayRow { minutes: to_u32(worked_minutes(&day).unwrap_or(0)), day }).collect();
    rows.reverse();
    Ok(WorkView {
        days: rows,
        weeks,
        payslips,
        help,
        minimum_wage_unknown_today: table.at(MINIMUM_WAGE_21, today).is_none(),
    })
}

/// Checks and saves a diary day.
pub fn save_work_day(user: &crate::user_store::UserStore, day: &WorkDay) -> crate::Result<()> {
    let invalid = |field: &str| crate::Error::InvalidWorkEntry(field.to_string());
    for (field, time) in [("start", &day.start), ("end", &day.end)] {
        NaiveTime::parse_from_str(time, "%H:%M").map_err(|_| invalid(field))?;
    }
    if day.break_minutes > 24 * 60 {
        return Err(invalid("break"));
    }
    if day.note.chars().count() > 500 {
        return Err(invalid("note"));
    }
    user.save_work_day(day)
}

/// Checks and saves a payslip: a period of at most 31 days that does not end before it starts,
/// and no negative amount (a refund is not a deduction).
pub fn save_payslip(
    user: &crate::user_store::UserStore,
    payslip: &Payslip,
    now: chrono::DateTime<chrono::Utc>,
) -> crate::Result<i32> {
    let invalid = |field: &str| crate::Error::InvalidWorkEntry(field.to_string());
    let days = (payslip.period_end - payslip.period_start).num_days();
    if !(0..31).contains(&days) {
        return Err(invalid("period"));
    }
    let d = &payslip.deductions;
    let amounts = [
        ("hours", Some(payslip.hours_paid)),
        ("hourly", payslip.hourly_wage),
        ("gross", Some(payslip.gross)),
        ("holiday", Some(payslip.holiday_allowance)),
        ("tax", Some(payslip.wage_tax)),
        ("housing", Some(d.housing)),
        ("health", Some(d.health_insurance)),
        ("transport", Some(d.transport)),
        ("fines", Some(d.fines)),
        ("other", Some(d.other)),
    ];
    if let Some((field, _)) = amounts.iter().find(|(_, amount)| amount.is_some_and(|a| a < 0)) {
        return Err(invalid(field));
    }
    if payslip.age.is_some_and(|age| !(13..=100).contains(&age)) {
        return Err(invalid("age"));
    }
    user.save_payslip(payslip, now)
}

#[cfg(test)]
mod tests;
