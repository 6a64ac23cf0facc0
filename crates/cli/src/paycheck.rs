//! `wegwijs paycheck`: the app's payslip check for helpdesks and advisers. The payslip comes from
//! flags (euros and hours as printed, `1.234,56` or `1234.56`) or from a small JSON file in the
//! app's own format (`wegwijs_core::pay::Payslip`: cents and hundredths of an hour); the rules,
//! the figures and the sentences are the core's (`pay::check`, `pay::describe`).

use anyhow::{Context, Result, bail};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use wegwijs_core::i18n::Localizer;
use wegwijs_core::pay::{self, Deductions, HolidayAllowance, Outcome, Payslip, PeriodKind};
use wegwijs_core::user_store::parse_date;

use crate::{ContentSource, parse_lang, print_json};

#[derive(Args)]
pub(crate) struct PaycheckArgs {
    /// A payslip as JSON in the app's format (amounts in cents, hours in hundredths); flags given
    /// as well override its fields.
    #[arg(long, value_name = "FILE")]
    file: Option<PathBuf>,
    /// Pay period: week, four-weeks or month.
    #[arg(long, value_enum)]
    period: Option<Period>,
    /// First day of the pay period (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Last day of the pay period (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// The worker's age in the period (under 21: the youth minimum is not in Wegwijs).
    #[arg(long)]
    age: Option<u8>,
    /// Hours paid (gewerkte uren), e.g. 80 or 37,5.
    #[arg(long, value_name = "HOURS")]
    hours_paid: Option<String>,
    /// Hours the worker logged in the period, to compare with the hours paid.
    #[arg(long, value_name = "HOURS")]
    hours_logged: Option<String>,
    /// Hourly wage (uurloon) in euros.
    #[arg(long, value_name = "EUR")]
    hourly_wage: Option<String>,
    /// Gross wage (brutoloon) in euros, without holiday allowance.
    #[arg(long, value_name = "EUR")]
    gross: Option<String>,
    /// Holiday allowance (vakantiegeld) in euros.
    #[arg(long, value_name = "EUR")]
    holiday_allowance: Option<String>,
    /// The holiday allowance was paid out with this payslip (default: set aside).
    #[arg(long)]
    holiday_allowance_paid: bool,
    /// Wage tax withheld (loonheffing) in euros.
    #[arg(long, value_name = "EUR")]
    wage_tax: Option<String>,
    /// Deduction for housing (huisvesting) in euros.
    #[arg(long, value_name = "EUR")]
    housing: Option<String>,
    /// Deduction for health insurance (zorgverzekering) in euros.
    #[arg(long, value_name = "EUR")]
    health_insurance: Option<String>,
    /// Deduction for transport (vervoer) in euros.
    #[arg(long, value_name = "EUR")]
    transport: Option<String>,
    /// Fines (boetes) in euros.
    #[arg(long, value_name = "EUR")]
    fines: Option<String>,
    /// Other deductions (overige inhoudingen) in euros.
    #[arg(long, value_name = "EUR")]
    other: Option<String>,
    /// Net paid (netto) in euros.
    #[arg(long, value_name = "EUR")]
    net: Option<String>,
    /// Language of the findings (nl en pl ro bg hu lt lv cs sk hr sr es).
    #[arg(long, default_value = "en")]
    lang: String,
    /// Print JSON: each finding with its rule id, outcome, figures with their periods and sources.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    source: ContentSource,
}

#[derive(Clone, Copy, ValueEnum)]
enum Period {
    Week,
    FourWeeks,
    Month,
}

/// Exit status 0: nothing found; 1: at least one signal; 2: bad input.
pub(crate) fn paycheck(args: PaycheckArgs) -> Result<ExitCode> {
    let lang = parse_lang(&args.lang)?;
    let payslip = payslip_of(&args)?;
    let logged = args.hours_logged.as_deref().map(|hours| hundredths(hours, "--hours-logged")).transpose()?;
    let tree = match &args.source.content {
        Some(dir) => {
            wegwijs_core::source::SourceTree::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?
        }
        None => wegwijs_core::bundled::content_tree(),
    };
    let table = pay::figures_of(&tree);
    // The core compares minutes logged with hours paid.
    let findings = pay::check(&payslip, logged.map(|h| i64::from(h) * 60 / 100), &table);
    let localizer = Localizer::bundled();
    let texts = pay::describe(&findings, &payslip, lang, &localizer);
    let signals = findings.iter().filter(|finding| finding.outcome == Outcome::Signal).count();
    if args.json {
        print_json(&serde_json::json!({ "payslip": payslip, "findings": texts }))?;
    } else {
        let mut out = std::io::stdout().lock();
        if texts.is_empty() {
            writeln!(out, "{}", localizer.text(lang, "work-no-findings"))?;
        }
        for text in &texts {
            writeln!(out, "[{}] {}\n    {}", text.finding.rule.id(), text.rule_text, text.text)?;
            for source in &text.finding.sources {
                writeln!(out, "    {source}")?;
            }
        }
    }
    Ok(if signals > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn payslip_of(args: &PaycheckArgs) -> Result<Payslip> {
    let mut payslip = match &args.file {
        Some(path) => {
            let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
            serde_json::from_str(&text)
                .with_context(|| format!("{} is not a payslip in the app's format", path.display()))?
        }
        None => {
            let (Some(from), Some(until), Some(gross), Some(hours)) =
                (&args.from, &args.until, &args.gross, &args.hours_paid)
            else {
                bail!("give --file, or at least --from, --until, --hours-paid and --gross");
            };
            Payslip {
                id: None,
                kind: PeriodKind::Month,
                period_start: parse_date(from)?,
                period_end: parse_date(until)?,
                age: None,
                hours_paid: hundredths(hours, "--hours-paid")?,
                hourly_wage: None,
                gross: cents(gross, "--gross")?,
                holiday_allowance: 0,
                holiday_allowance_kind: HolidayAllowance::Reserved,
                wage_tax: 0,
                deductions: Deductions::default(),
                net: None,
            }
        }
    };
    if let Some(period) = args.period {
        payslip.kind = match period {
            Period::Week => PeriodKind::Week,
            Period::FourWeeks => PeriodKind::FourWeeks,
            Period::Month => PeriodKind::Month,
        };
    }
    if let Some(from) = &args.from {
        payslip.period_start = parse_date(from)?;
    }
    if let Some(until) = &args.until {
        payslip.period_end = parse_date(until)?;
    }
    if payslip.period_end < payslip.period_start {
        bail!("the period ends before it starts");
    }
    payslip.age = args.age.or(payslip.age);
    if let Some(hours) = &args.hours_paid {
        payslip.hours_paid = hundredths(hours, "--hours-paid")?;
    }
    let euros = |value: &Option<String>, flag: &str| value.as_deref().map(|v| cents(v, flag)).transpose();
    payslip.hourly_wage = euros(&args.hourly_wage, "--hourly-wage")?.or(payslip.hourly_wage);
    payslip.net = euros(&args.net, "--net")?.or(payslip.net);
    for (value, flag, field) in [
        (&args.gross, "--gross", &mut payslip.gross),
        (&args.holiday_allowance, "--holiday-allowance", &mut payslip.holiday_allowance),
        (&args.wage_tax, "--wage-tax", &mut payslip.wage_tax),
        (&args.housing, "--housing", &mut payslip.deductions.housing),
        (&args.health_insurance, "--health-insurance", &mut payslip.deductions.health_insurance),
        (&args.transport, "--transport", &mut payslip.deductions.transport),
        (&args.fines, "--fines", &mut payslip.deductions.fines),
        (&args.other, "--other", &mut payslip.deductions.other),
    ] {
        if let Some(amount) = euros(value, flag)? {
            *field = amount;
        }
    }
    if args.holiday_allowance_paid {
        payslip.holiday_allowance_kind = HolidayAllowance::Paid;
    }
    Ok(payslip)
}

/// An amount as printed (`1.234,56`, `1234.56`, `13,24`, `700`) in hundredths: cents of a euro
/// or hundredths of an hour. The last `,` or `.` followed by one or two digits is the decimal
/// separator; other separators group thousands.
pub(crate) fn hundredths_of(text: &str) -> Option<i32> {
    let text = text.trim();
    let (whole, fraction) = match text.rfind([',', '.']) {
        Some(at) if (1..=2).contains(&(text.len() - at - 1)) => (&text[..at], &text[at + 1..]),
        _ => (text, ""),
    };
    let whole: String = whole.chars().filter(|c| !matches!(c, '.' | ',' | ' ')).collect();
    if whole.is_empty() && fraction.is_empty() || !whole.chars().chain(fraction.chars()).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let fraction: i64 = format!("{fraction:0<2}").parse().ok()?;
    i32::try_from(whole.checked_mul(100)?.checked_add(fraction)?).ok()
}

fn cents(text: &str, flag: &str) -> Result<i32> {
    hundredths_of(text).with_context(|| format!("{flag}: {text:?} is not an amount such as 1234,56"))
}

fn hundredths(text: &str, flag: &str) -> Result<i32> {
    hundredths_of(text).with_context(|| format!("{flag}: {text:?} is not a number of hours such as 37,5"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn amounts_as_printed_on_dutch_and_english_payslips() {
        let cases = [
            ("1.234,56", Some(123_456)),
            ("1,234.56", Some(123_456)),
            ("13,24", Some(1_324)),
            ("37,5", Some(3_750)),
            ("700", Some(70_000)),
            ("1.234", Some(123_400)),
            ("0,05", Some(5)),
            ("", None),
            ("12a", None),
            ("-5", None),
        ];
        for (text, expected) in cases {
            assert_eq!(super::hundredths_of(text), expected, "{text:?}");
        }
    }
}
