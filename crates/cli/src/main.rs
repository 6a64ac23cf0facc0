//! `wegwijs`: the command line for helpdesks, editors and checks. Thin glue over wegwijs-core;
//! exit codes: 0 success, 1 nothing found or content errors, 2 bad usage or failure.

mod feed;
mod onboard;
mod paycheck;
mod sheet;
mod studio;

use anyhow::{Context, Result, bail};
use chrono::{DateTime, Utc};
use clap::{Args, Parser, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use wegwijs_core::checklist::{DueStatus, Profile, build_checklist, end_of_due_date};
use wegwijs_core::content_store::{ContentStore, SearchOptions};
use wegwijs_core::i18n::Localizer;
use wegwijs_core::model::{Anchor, DeadlineKind, ItemKind, Stay};
use wegwijs_core::source::{self, SourceTree};
use wegwijs_core::user_store::parse_date;
use wegwijs_core::{Lang, bundled};

#[derive(Parser)]
#[command(
    name = "wegwijs",
    version,
    about = "Wegwijs: rights, first steps and local help for EU workers in the Netherlands"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Search rights, tasks and local help, in a language plus English and Dutch.
    Search(SearchArgs),
    /// Show a person's first-weeks checklist with due dates.
    Checklist(ChecklistArgs),
    /// Show one item.
    Show(ShowArgs),
    /// Check or build content sources.
    #[command(subcommand)]
    Content(ContentCommand),
    /// Check the UI and message strings.
    #[command(subcommand)]
    Locales(LocalesCommand),
    /// Write onboarding kits: deep link, QR code (SVG, PNG) and a printable A4 sheet (PDF).
    Onboard(onboard::OnboardArgs),
    /// Make signing keys for the feed.
    #[command(subcommand)]
    Keys(feed::KeysCommand),
    /// Publish signed content updates: start a feed, delegate municipalities, publish, bundle, verify.
    #[command(subcommand)]
    Feed(feed::FeedCommand),
    /// Update a content database from a feed URL or an update file, as a phone does.
    Sync(feed::SyncArgs),
    /// Check a payslip as the app does: minimum wage, hours, holiday allowance, deductions.
    Paycheck(paycheck::PaycheckArgs),
    /// Write, translate, preview and publish content in the browser (a local web app).
    Studio(studio::StudioArgs),
}

#[derive(Subcommand)]
enum LocalesCommand {
    /// Report syntax errors and messages missing in any shipped locale.
    Check {
        #[arg(default_value = "locales")]
        dir: PathBuf,
    },
}

#[derive(Args)]
pub(crate) struct ContentSource {
    /// Read content sources from this folder instead of the content built into the binary.
    #[arg(long, value_name = "DIR")]
    pub(crate) content: Option<PathBuf>,
}

#[derive(Args)]
struct SearchArgs {
    /// The words to look for.
    #[arg(required = true)]
    query: Vec<String>,
    /// The user's language (nl en pl ro bg hu lt lv cs sk hr sr es).
    #[arg(long, default_value = "en")]
    lang: String,
    /// Include local items of this municipality only (CBS code, e.g. GM0794).
    #[arg(long)]
    municipality: Option<String>,
    #[arg(long, default_value_t = 10)]
    limit: usize,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    source: ContentSource,
}

#[derive(Args)]
struct ChecklistArgs {
    #[arg(long, default_value = "en")]
    lang: String,
    /// Arrival date in the Netherlands (YYYY-MM-DD).
    #[arg(long)]
    arrived: Option<String>,
    /// First working day (YYYY-MM-DD).
    #[arg(long)]
    work_start: Option<String>,
    /// Expected stay: short (< 4 months), long (> 4 months) or unsure.
    #[arg(long, value_parser = ["short", "long", "unsure"])]
    stay: Option<String>,
    /// Children under 18 living in the Netherlands.
    #[arg(long, default_value_t = 0)]
    children: u32,
    /// Children under 18 living in another country.
    #[arg(long, default_value_t = 0)]
    children_abroad: u32,
    /// Works through an employment agency.
    #[arg(long)]
    agency: bool,
    /// Compute as on this date instead of today (YYYY-MM-DD, noon in Amsterdam).
    #[arg(long)]
    today: Option<String>,
    /// Also list tasks that do not apply.
    #[arg(long)]
    all: bool,
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    source: ContentSource,
}

#[derive(Args)]
struct ShowArgs {
    id: String,
    #[arg(long, default_value = "en")]
    lang: String,
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    source: ContentSource,
}

#[derive(Subcommand)]
enum ContentCommand {
    /// Validate content sources and report every problem with file and line.
    Check {
        /// The content folder (default: assets/content).
        #[arg(default_value = "assets/content")]
        dir: PathBuf,
        #[arg(long)]
        json: bool,
        /// Judge figures' periods and verified_on dates as on this date (YYYY-MM-DD; default today in Amsterdam).
        #[arg(long)]
        today: Option<String>,
    },
    /// Build a content.db from sources.
    Build {
        #[arg(default_value = "assets/content")]
        dir: PathBuf,
        #[arg(long, default_value = "content.db")]
        out: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            // The core's errors have a translated sentence for people; the detail is for editors.
            match error.downcast_ref::<wegwijs_core::Error>() {
                Some(core) => eprintln!("wegwijs: {}\n  ({error:#})", core.localized(&Localizer::bundled(), Lang::En)),
                None => eprintln!("wegwijs: {error:#}"),
            }
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Search(args) => search(args),
        Command::Checklist(args) => checklist(args),
        Command::Show(args) => show(args),
        Command::Content(ContentCommand::Check { dir, json, today }) => content_check(&dir, json, today.as_deref()),
        Command::Content(ContentCommand::Build { dir, out }) => content_build(&dir, &out),
        Command::Locales(LocalesCommand::Check { dir }) => locales_check(&dir),
        Command::Onboard(args) => onboard::onboard(args),
        Command::Keys(command) => feed::keys(command).map(|()| ExitCode::SUCCESS),
        Command::Feed(command) => feed::feed(command).map(|()| ExitCode::SUCCESS),
        Command::Sync(args) => feed::sync_command(args).map(|()| ExitCode::SUCCESS),
        Command::Paycheck(args) => paycheck::paycheck(args),
        Command::Studio(args) => studio::studio(args).map(|()| ExitCode::SUCCESS),
    }
}

pub(crate) fn parse_lang(code: &str) -> Result<Lang> {
    code.parse::<Lang>().map_err(Into::into)
}

pub(crate) fn open_store(source: &ContentSource) -> Result<ContentStore> {
    let tree = match &source.content {
        Some(dir) => SourceTree::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?,
        None => bundled::content_tree(),
    };
    let report = source::load(&tree);
    Ok(ContentStore::in_memory(&report)?)
}

pub(crate) fn print_json(value: &impl serde::Serialize) -> Result<()> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    Ok(())
}

fn search(args: SearchArgs) -> Result<ExitCode> {
    let lang = parse_lang(&args.lang)?;
    let store = open_store(&args.source)?;
    let query = args.query.join(" ");
    let hits = store.search(&query, &SearchOptions { lang, municipality: args.municipality, limit: args.limit })?;
    if args.json {
        print_json(&hits)?;
    } else {
        let localizer = Localizer::bundled();
        let mut out = std::io::stdout().lock();
        if hits.is_empty() {
            writeln!(out, "{}", localizer.text(lang, "search-no-results"))?;
        }
        for hit in &hits {
            let snippet: String = hit
                .snippet
                .iter()
                .map(|part| if part.hit { format!("[{}]", part.text) } else { part.text.clone() })
                .collect();
            writeln!(out, "{}  ({}, {}, {:.2})\n    {snippet}", hit.title, hit.id, hit.matched_lang, hit.score)?;
        }
    }
    Ok(if hits.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn checklist(args: ChecklistArgs) -> Result<ExitCode> {
    let lang = parse_lang(&args.lang)?;
    let profile = Profile {
        arrival: args.arrived.as_deref().map(parse_date).transpose()?,
        work_start: args.work_start.as_deref().map(parse_date).transpose()?,
        stay: args
            .stay
            .as_deref()
            .and_then(|s| [Stay::Short, Stay::Long, Stay::Unsure].into_iter().find(|v| v.as_str() == s)),
        children_in_nl: args.children,
        children_abroad: args.children_abroad,
        via_agency: args.agency.then_some(true),
    };
    let now: DateTime<Utc> = match &args.today {
        // Noon is safely inside the day in Amsterdam whatever the season.
        Some(date) => end_of_due_date(parse_date(date)?) - chrono::Duration::hours(12),
        None => Utc::now(),
    };
    let store = open_store(&args.source)?;
    let tasks = store.tasks()?;
    let entries =
        build_checklist(tasks.iter().map(|(id, rule)| (id.as_str(), rule)), &profile, &Default::default(), now);
    let shown: Vec<_> = entries.iter().filter(|e| args.all || e.applies).collect();
    let localizer = Localizer::bundled();
    if args.json {
        let mut rows = Vec::new();
        for entry in &shown {
            let item = store.item(&entry.task_id, lang)?;
            rows.push(serde_json::json!({
                "entry": entry,
                "title": item.title,
                "summary": item.summary,
                "lang": item.lang,
                "due_text": entry.due.as_ref().map(|due| due_text(&localizer, lang, due.status)),
            }));
        }
        print_json(&rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = std::io::stdout().lock();
    for entry in &shown {
        let item = store.item(&entry.task_id, lang)?;
        let mark = if entry.applies { "[ ]" } else { "[-]" };
        writeln!(out, "{mark} {}", item.title)?;
        match (&entry.due, entry.missing_anchor) {
            (Some(due), _) => {
                let kind = match due.kind {
                    DeadlineKind::Legal => localizer.text(lang, "deadline-legal"),
                    DeadlineKind::Advice => localizer.text(lang, "deadline-advice"),
                };
                writeln!(out, "    {} — {} {kind}", due.date, due_text(&localizer, lang, due.status))?;
            }
            (None, Some(Anchor::Arrival)) => writeln!(out, "    {}", localizer.text(lang, "needs-arrival-date"))?,
            (None, Some(Anchor::WorkStart)) => writeln!(out, "    {}", localizer.text(lang, "needs-work-start-date"))?,
            (None, _) => {}
        }
        writeln!(out, "    {}", item.summary)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn due_text(localizer: &Localizer, lang: Lang, status: DueStatus) -> String {
    match status {
        DueStatus::DueToday => localizer.text(lang, "due-today"),
        DueStatus::DueIn(days) => localizer.message(lang, "due-in-days", &[("days", days.into())]),
        DueStatus::Overdue(days) => localizer.message(lang, "due-overdue", &[("days", days.into())]),
    }
}

fn show(args: ShowArgs) -> Result<ExitCode> {
    let lang = parse_lang(&args.lang)?;
    let store = open_store(&args.source)?;
    let item = store.item(&args.id, lang)?;
    if args.json {
        print_json(&item)?;
    } else {
        let localizer = Localizer::bundled();
        let mut out = std::io::stdout().lock();
        writeln!(out, "{}\n{}\n", item.title, item.summary)?;
        writeln!(out, "{}", item.body_html)?;
        for url in &item.item.sources {
            writeln!(out, "{}: {url}", localizer.text(lang, "source"))?;
        }
        writeln!(
            out,
            "{}",
            localizer.message(lang, "verified-on", &[("date", item.item.verified_on.to_string().into())])
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

fn content_check(dir: &Path, json: bool, today: Option<&str>) -> Result<ExitCode> {
    let tree = SourceTree::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
    let mut report = source::load(&tree);
    // Sources that are not official pages, then what time has overtaken: figures past their
    // last period, sources not checked for a year.
    let today = match today {
        Some(date) => parse_date(date)?,
        None => wegwijs_core::checklist::today_in_amsterdam(Utc::now()),
    };
    report.diagnostics.extend(source::unofficial_sources(&report.items));
    if let Some(text) = tree.files.get(wegwijs_core::figures::FIGURES_FILE) {
        let (table, _) = wegwijs_core::figures::parse(wegwijs_core::figures::FIGURES_FILE, text);
        report.diagnostics.extend(wegwijs_core::figures::freshness(&table, &report.items, today));
    }
    let mut by_kind = std::collections::BTreeMap::<&str, usize>::new();
    let mut by_lang = std::collections::BTreeMap::<&str, usize>::new();
    for item in &report.items {
        *by_kind.entry(item.kind().as_str()).or_default() += 1;
        for lang in item.texts.keys() {
            *by_lang.entry(lang.code()).or_default() += 1;
        }
    }
    if json {
        print_json(&serde_json::json!({
            "items": report.items.len(),
            "by_kind": by_kind,
            "by_lang": by_lang,
            "errors": report.errors().count(),
            "warnings": report.warnings().count(),
            "diagnostics": report.diagnostics,
        }))?;
    } else {
        let mut out = std::io::stdout().lock();
        for diagnostic in &report.diagnostics {
            writeln!(out, "{diagnostic}")?;
        }
        let kinds: Vec<String> = [ItemKind::Right, ItemKind::Task, ItemKind::Service, ItemKind::Alert, ItemKind::Event]
            .iter()
            .map(|kind| format!("{} {}", by_kind.get(kind.as_str()).unwrap_or(&0), kind.as_str()))
            .collect();
        let langs: Vec<String> = by_lang.iter().map(|(lang, n)| format!("{lang} {n}")).collect();
        writeln!(out, "{} items ({}); texts per language: {}", report.items.len(), kinds.join(", "), langs.join(", "))?;
        writeln!(out, "{} errors, {} warnings", report.errors().count(), report.warnings().count())?;
    }
    Ok(if report.has_errors() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn content_build(dir: &Path, out: &Path) -> Result<ExitCode> {
    let tree = SourceTree::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
    let report = source::load(&tree);
    if report.has_errors() {
        for diagnostic in report.errors() {
            eprintln!("{diagnostic}");
        }
        bail!("content has errors; nothing was built");
    }
    let started = std::time::Instant::now();
    ContentStore::build(out, &report, &tree.fingerprint())?;
    eprintln!("built {} with {} items in {:.0?}", out.display(), report.items.len(), started.elapsed());
    Ok(ExitCode::SUCCESS)
}

fn locales_check(dir: &Path) -> Result<ExitCode> {
    let localizer = Localizer::from_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
    let problems = localizer.check();
    let mut out = std::io::stdout().lock();
    for problem in &problems {
        writeln!(out, "{problem}")?;
    }
    writeln!(out, "{} messages in English; {} problems", localizer.message_ids().len(), problems.len())?;
    Ok(if problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
