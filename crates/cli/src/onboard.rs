//! `wegwijs onboard`: the onboarding kit for one worker or a CSV of workers: the deep link, its
//! QR code (SVG and PNG) and a printable A4 sheet in the worker's language.

use crate::sheet::{self, Sheet};
use anyhow::{Context, Result, bail};
use chrono::{DateTime, NaiveDate, Utc};
use clap::Args;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use wegwijs_core::Lang;
use wegwijs_core::checklist::{ChecklistEntry, Profile, build_checklist, end_of_due_date};
use wegwijs_core::content_store::ContentStore;
use wegwijs_core::i18n::Localizer;
use wegwijs_core::model::{Anchor, DeadlineKind, DeadlineRule, NATIONAL_SCOPE};
use wegwijs_core::onboarding::OnboardingLink;
use wegwijs_core::user_store::parse_date;

/// First steps printed on a sheet (the app has the rest).
const SHEET_STEPS: usize = 7;

#[derive(Args)]
pub struct OnboardArgs {
    /// The employer's name as workers know it; leave out for a municipality's own sheet.
    #[arg(long)]
    employer: Option<String>,
    /// How to reach the employer's desk, printed and shown as plain text.
    #[arg(long)]
    contact: Option<String>,
    /// Municipality code (GMxxxx) where the worker lives.
    #[arg(long)]
    municipality: Option<String>,
    /// The worker's language.
    #[arg(long)]
    lang: Option<String>,
    /// First working day (YYYY-MM-DD).
    #[arg(long)]
    start: Option<String>,
    /// Arrival date in the Netherlands (YYYY-MM-DD).
    #[arg(long)]
    arrived: Option<String>,
    /// A CSV of workers, one kit per row. Columns by Dutch or English name, in any order and
    /// case: name (naam, worker), language (taal, lang), start date (startdatum), arrival
    /// (aankomst), municipality (gemeente), employer (werkgever), contact. Only the language is
    /// needed per row; empty cells take the options above. An unknown column is refused.
    #[arg(long, value_name = "FILE")]
    csv: Option<PathBuf>,
    /// Folder to write the kits to.
    #[arg(long, default_value = "onboarding")]
    out: PathBuf,
    /// The date printed as "made on" (YYYY-MM-DD); today by default.
    #[arg(long)]
    today: Option<String>,
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    source: crate::ContentSource,
}

/// One worker's kit request, from the options or a CSV row.
#[derive(Debug, Default, Clone)]
struct Worker {
    worker: Option<String>,
    lang: Option<String>,
    start: Option<String>,
    arrived: Option<String>,
    municipality: Option<String>,
    employer: Option<String>,
    contact: Option<String>,
}

/// A column of the workers' CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Worker,
    Lang,
    Start,
    Arrived,
    Municipality,
    Employer,
    Contact,
}

/// The header names each column goes by in HR exports, Dutch and English, as [`header_key`]
/// folds them (lower case, letters and digits only: "Start date" and "start_date" are one).
const COLUMN_NAMES: &[(Column, &[&str])] = &[
    (
        Column::Worker,
        &[
            "worker",
            "name",
            "naam",
            "employee",
            "werknemer",
            "medewerker",
            "fullname",
            "volledigenaam",
            "workername",
            "employeename",
            "naamwerknemer",
            "naammedewerker",
        ],
    ),
    (Column::Lang, &["lang", "language", "taal", "languagecode", "taalcode", "voertaal", "locale"]),
    (
        Column::Start,
        &[
            "start",
            "startdate",
            "startdatum",
            "workstart",
            "firstday",
            "firstworkingday",
            "eerstewerkdag",
            "begindatum",
            "indienst",
            "datumindienst",
            "indienstdatum",
        ],
    ),
    (
        Column::Arrived,
        &["arrived", "arrival", "arrivaldate", "arrivedon", "aankomst", "aankomstdatum", "datumaankomst"],
    ),
    (Column::Municipality, &["municipality", "gemeente", "gm", "gemeentecode", "municipalitycode", "cbscode"]),
    (Column::Employer, &["employer", "werkgever", "company", "bedrijf", "organisation", "organization", "organisatie"]),
    (
        Column::Contact,
        &["contact", "contactperson", "contactpersoon", "hrcontact", "contactdetails", "contactgegevens"],
    ),
];

/// A header name folded for comparing: lower case, letters and digits only.
fn header_key(name: &str) -> String {
    name.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The column of each header cell; every unknown or repeated column is named in the error.
fn columns_of(headers: &csv::StringRecord) -> Result<Vec<Column>> {
    let mut columns = Vec::new();
    let mut unknown = Vec::new();
    for header in headers {
        // Spreadsheets often start a UTF-8 export with a byte order mark.
        let header = header.trim_start_matches('\u{feff}');
        let key = header_key(header);
        match COLUMN_NAMES.iter().find(|(_, names)| names.contains(&key.as_str())) {
            Some((column, _)) => columns.push(*column),
            None => unknown.push(format!("{header:?}")),
        }
    }
    if !unknown.is_empty() {
        bail!(
            "unknown column{} {}; known columns: name (naam, worker), language (taal, lang), start date \
             (startdatum, start), arrival (aankomst, arrived), municipality (gemeente), employer (werkgever), \
             contact",
            if unknown.len() > 1 { "s" } else { "" },
            unknown.join(", ")
        );
    }
    for (index, column) in columns.iter().enumerate() {
        if columns[..index].contains(column) {
            let same: Vec<String> =
                headers.iter().zip(&columns).filter(|(_, c)| *c == column).map(|(h, _)| format!("{h:?}")).collect();
            bail!("the columns {} say the same thing; keep one", same.join(" and "));
        }
    }
    Ok(columns)
}

impl Worker {
    /// A CSV row by its columns.
    fn from_record(columns: &[Column], record: &csv::StringRecord) -> Worker {
        let mut worker = Worker::default();
        for (column, cell) in columns.iter().zip(record) {
            let cell = Some(cell.to_string());
            match column {
                Column::Worker => worker.worker = cell,
                Column::Lang => worker.lang = cell,
                Column::Start => worker.start = cell,
                Column::Arrived => worker.arrived = cell,
                Column::Municipality => worker.municipality = cell,
                Column::Employer => worker.employer = cell,
                Column::Contact => worker.contact = cell,
            }
        }
        worker
    }
}

/// What was written for one worker.
#[derive(Debug, serde::Serialize)]
struct Kit {
    link: String,
    pdf: PathBuf,
    svg: PathBuf,
    png: PathBuf,
}

pub fn onboard(args: OnboardArgs) -> Result<ExitCode> {
    let store = crate::open_store(&args.source)?;
    let localizer = Localizer::bundled();
    let today = match &args.today {
        Some(date) => parse_date(date)?,
        None => wegwijs_core::checklist::today_in_amsterdam(Utc::now()),
    };
    let defaults = Worker {
        worker: None,
        lang: args.lang.clone(),
        start: args.start.clone(),
        arrived: args.arrived.clone(),
        municipality: args.municipality.clone(),
        employer: args.employer.clone(),
        contact: args.contact.clone(),
    };
    std::fs::create_dir_all(&args.out).with_context(|| format!("creating {}", args.out.display()))?;
    let context = KitContext { store: &store, localizer: &localizer, today, out: &args.out };

    let Some(csv_path) = &args.csv else {
        let kit = context.write(&defaults, None)?;
        if args.json {
            crate::print_json(&kit)?;
        } else {
            println!("{}\n{}\n{}\n{}", kit.link, kit.pdf.display(), kit.svg.display(), kit.png.display());
        }
        return Ok(ExitCode::SUCCESS);
    };

    let text = std::fs::read(csv_path).with_context(|| format!("reading {}", csv_path.display()))?;
    // Spreadsheets set to Dutch export with semicolons.
    let first_line = text.split(|b| *b == b'\n').next().unwrap_or_default();
    let delimiter = if first_line.contains(&b';') && !first_line.contains(&b',') { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).delimiter(delimiter).from_reader(&text[..]);
    let headers = reader.headers().with_context(|| format!("reading {}", csv_path.display()))?.clone();
    let columns = columns_of(&headers).with_context(|| format!("{}: line 1", csv_path.display()))?;
    let mut kits = Vec::new();
    let mut failed = 0;
    for (index, row) in reader.records().enumerate() {
        // The header is line 1.
        let line = index + 2;
        let result = row
            .map_err(anyhow::Error::from)
            .and_then(|row| context.write(&Worker::from_record(&columns, &row).or(&defaults), Some(line)))
            .with_context(|| format!("{}: line {line}", csv_path.display()));
        match result {
            Ok(kit) => kits.push(kit),
            Err(error) => {
                failed += 1;
                eprintln!("{error:#}");
            }
        }
    }
    if args.json {
        crate::print_json(&kits)?;
    } else {
        let mut out = std::io::stdout().lock();
        for kit in &kits {
            writeln!(out, "{}  {}", kit.pdf.display(), kit.link)?;
        }
    }
    eprintln!("{} sheets written to {}, {failed} rows refused", kits.len(), args.out.display());
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

impl Worker {
    /// This row with empty cells taken from `defaults`.
    fn or(self, defaults: &Worker) -> Worker {
        let pick = |own: Option<String>, default: &Option<String>| own.filter(|v| !v.is_empty()).or(default.clone());
        Worker {
            worker: self.worker.filter(|v| !v.is_empty()),
            lang: pick(self.lang, &defaults.lang),
            start: pick(self.start, &defaults.start),
            arrived: pick(self.arrived, &defaults.arrived),
            municipality: pick(self.municipality, &defaults.municipality),
            employer: pick(self.employer, &defaults.employer),
            contact: pick(self.contact, &defaults.contact),
        }
    }
}

struct KitContext<'a> {
    store: &'a ContentStore,
    localizer: &'a Localizer,
    today: NaiveDate,
    out: &'a Path,
}

impl KitContext<'_> {
    fn write(&self, worker: &Worker, line: Option<usize>) -> Result<Kit> {
        let Some(lang) = &worker.lang else { bail!("the worker's language is missing (--lang or a language column)") };
        let lang: Lang = lang.parse()?;
        let Some(code) = &worker.municipality else { bail!("the municipality is missing (--municipality GMxxxx)") };
        let scopes = self.store.scopes()?;
        if !scopes.iter().any(|s| &s.code == code && s.code != NATIONAL_SCOPE) {
            bail!("unknown municipality {code:?}; known: {}", known_municipalities(&scopes));
        }
        let date = |text: &Option<String>, what: &str| -> Result<Option<NaiveDate>> {
            text.as_deref().map(parse_date).transpose().with_context(|| format!("the {what} date"))
        };
        let link = OnboardingLink {
            lang: Some(lang),
            municipality: Some(code.clone()),
            arrival: date(&worker.arrived, "arrival")?,
            work_start: date(&worker.start, "start")?,
            employer: worker.employer.clone(),
            contact: worker.contact.clone(),
        };
        link.validate().map_err(|error| anyhow::anyhow!("{error}"))?;
        let url = link.to_url();

        let name = file_stem(worker, &link, line);
        let code = sheet::qr_code(&url)?;
        let kit = Kit {
            pdf: self.out.join(format!("{name}.pdf")),
            svg: self.out.join(format!("{name}-qr.svg")),
            png: self.out.join(format!("{name}-qr.png")),
            link: url,
        };
        std::fs::write(&kit.svg, sheet::qr_svg(&code))?;
        std::fs::write(&kit.png, sheet::qr_png(&code, 8)?)?;
        std::fs::write(&kit.pdf, sheet::render_pdf(&self.sheet(lang, &link, &kit.link)?)?)?;
        Ok(kit)
    }

    fn sheet(&self, lang: Lang, link: &OnboardingLink, url: &str) -> Result<Sheet> {
        let text = |id: &str| self.localizer.text(lang, id);
        let with_value =
            |id: &str, value: &str| self.localizer.message(lang, id, &[("value", value.to_string().into())]);
        let mut from_lines = Vec::new();
        if let Some(employer) = &link.employer {
            from_lines.push(with_value("onboard-from", employer));
        }
        if let Some(contact) = &link.contact {
            from_lines.push(with_value("employer-contact", contact));
        }
        Ok(Sheet {
            title: text("sheet-title"),
            from_lines,
            link: url.to_string(),
            scan_hint: text("sheet-scan"),
            install_title: text("sheet-install-title"),
            install_steps: vec![text("sheet-install-1"), text("sheet-install-2"), text("sheet-install-3")],
            steps_title: text("sheet-first-steps"),
            steps: self.first_steps(lang, link)?,
            footer: self.localizer.message(lang, "sheet-made-on", &[("date", format_date(self.today).into())]),
        })
    }

    /// The worker's first steps as (when, title, why it is due then): the legal steps whose
    /// date the sheet cannot know yet (no arrival date) with their rule instead of a date, then
    /// the dated steps, soonest first. Which tasks apply and when comes from the checklist.
    fn first_steps(&self, lang: Lang, link: &OnboardingLink) -> Result<Vec<(String, String, String)>> {
        let profile = Profile { arrival: link.arrival, work_start: link.work_start, ..Profile::default() };
        let tasks = self.store.tasks()?;
        let now: DateTime<Utc> = end_of_due_date(self.today) - chrono::Duration::hours(12);
        let checklist =
            build_checklist(tasks.iter().map(|(id, rule)| (id.as_str(), rule)), &profile, &Default::default(), now);
        let rule_of = |entry: &ChecklistEntry| {
            tasks.iter().find(|(id, _)| *id == entry.task_id).and_then(|(_, rule)| rule.deadline.as_ref())
        };
        let mut undated: Vec<(&ChecklistEntry, &DeadlineRule)> = checklist
            .iter()
            .filter(|entry| entry.applies && entry.due.is_none() && entry.missing_anchor.is_some())
            .filter_map(|entry| Some((entry, rule_of(entry)?)))
            .filter(|(_, rule)| rule.kind == DeadlineKind::Legal)
            .collect();
        undated.sort_by_key(|(entry, rule)| (rule.months, rule.days, entry.order));
        let mut dated: Vec<&ChecklistEntry> =
            checklist.iter().filter(|entry| entry.applies && entry.due.is_some()).collect();
        dated.sort_by_key(|entry| (entry.due.as_ref().map(|d| d.date), entry.order));

        let mut steps = Vec::new();
        for (entry, rule) in undated {
            steps.push(self.step(lang, entry, self.rule_text(lang, rule), rule.kind)?);
        }
        for entry in dated {
            let due = entry.due.as_ref().expect("filtered on due dates");
            steps.push(self.step(lang, entry, format_date(due.date), due.kind)?);
        }
        let missing_dates = link.arrival.is_none() || link.work_start.is_none();
        steps.truncate(SHEET_STEPS);
        if steps.is_empty() || missing_dates {
            steps.push((String::new(), self.localizer.text(lang, "sheet-no-dates"), String::new()));
        }
        Ok(steps)
    }

    fn step(
        &self,
        lang: Lang,
        entry: &ChecklistEntry,
        when: String,
        kind: DeadlineKind,
    ) -> Result<(String, String, String)> {
        let item = self.store.item(&entry.task_id, lang)?;
        let kind = match kind {
            DeadlineKind::Legal => self.localizer.text(lang, "deadline-legal"),
            DeadlineKind::Advice => self.localizer.text(lang, "deadline-advice"),
        };
        Ok((when, item.title, format!("{} {kind}", item.summary)))
    }

    /// A deadline rule in words ("Within 5 days of arriving"), for a sheet without the date.
    fn rule_text(&self, lang: Lang, rule: &DeadlineRule) -> String {
        let anchor = match rule.from {
            Anchor::Arrival => "arrival",
            Anchor::WorkStart => "work-start",
            Anchor::Date => return rule.date.map(format_date).unwrap_or_default(),
        };
        match (rule.months, rule.days) {
            (0, 0) => self.localizer.text(lang, &format!("sheet-rule-{anchor}-now")),
            (0, days) if days > 0 => {
                self.localizer.message(lang, &format!("sheet-rule-{anchor}-days"), &[("days", days.into())])
            }
            (months, 0) if months > 0 => {
                self.localizer.message(lang, &format!("sheet-rule-{anchor}-months"), &[("months", months.into())])
            }
            // No rule in the content mixes months and days; the app shows the date.
            _ => self
                .localizer
                .text(lang, if rule.from == Anchor::Arrival { "needs-arrival-date" } else { "needs-work-start-date" }),
        }
    }
}

/// Day-month-year, as read across the EU (not the US order).
fn format_date(date: NaiveDate) -> String {
    date.format("%d-%m-%Y").to_string()
}

fn known_municipalities(scopes: &[wegwijs_core::model::Scope]) -> String {
    let names: Vec<String> =
        scopes.iter().filter(|s| s.code != NATIONAL_SCOPE).map(|s| format!("{} {}", s.code, s.name)).collect();
    names.join(", ")
}

/// A file name from the worker column (letters and digits only), else from the settings.
fn file_stem(worker: &Worker, link: &OnboardingLink, line: Option<usize>) -> String {
    let cleaned: String = worker
        .worker
        .as_deref()
        .unwrap_or_default()
        .chars()
        .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect();
    let cleaned = cleaned.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-");
    let base = format!(
        "wegwijs-{}-{}-{}",
        link.municipality.as_deref().unwrap_or("nl"),
        link.lang.map_or("xx", Lang::code),
        link.work_start.map(|d| d.to_string()).unwrap_or_else(|| "no-start".into())
    );
    match (cleaned.is_empty(), line) {
        (false, Some(line)) => format!("{line:03}-{cleaned}"),
        (true, Some(line)) => format!("{line:03}-{base}"),
        (false, None) => cleaned,
        (true, None) => base,
    }
}
