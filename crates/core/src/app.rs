//! The façade the app shell calls: one method per screen or action, each returning a typed
//! view. The shell only locks, calls and maps the error; all decisions are made here.

use crate::calendar::{CalendarTexts, DEFAULT_DAYS_BEFORE, DatedTask, Reminder, checklist_ics, plan_reminders};
use crate::checklist::{
    ChecklistEntry, OptionalStep, TaskState, build_checklist, next_steps, optional_steps, suggested_step,
    today_in_amsterdam,
};
use crate::content_store::{ContentStore, ItemSummary, ItemView, OpenOutcome, SearchHit, SearchOptions};
use crate::error::{Error, Result};
use crate::i18n::{Localizer, negotiate};
use crate::lang::Lang;
use crate::model::{Details, Item, ItemKind, NATIONAL_SCOPE, Scope, ServiceInfo, Severity, Topic};
use crate::onboarding::OnboardingLink;
use crate::opening_hours::{OpeningHours, State as HoursState, is_public_holiday};
use crate::source::SourceTree;
use crate::user_store::{SavedProfile, UserExport, UserStore};
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Europe::Amsterdam;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// An error as it crosses to the UI: a Fluent id and the sentence already translated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CommandError {
    pub code: String,
    pub message: String,
}

/// A language as offered in the picker, named in itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LanguageOption {
    pub lang: Lang,
    pub name: String,
}

/// How large the person wants text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Larger,
}

/// The person's app settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Settings {
    pub wifi_only: bool,
    pub text_size: TextSize,
    /// Local notifications before checklist deadlines (on unless turned off).
    pub reminders: bool,
    /// The high-contrast theme (also used, whatever this says, when the system asks for more
    /// contrast or forces its colours).
    pub high_contrast: bool,
}

/// What the UI needs to start.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Bootstrap {
    pub setup_done: bool,
    /// The language to show: the saved one, else the best match for the system's locales.
    pub lang: Lang,
    pub profile: SavedProfile,
    pub settings: Settings,
    pub languages: Vec<LanguageOption>,
    pub municipalities: Vec<Scope>,
    pub content_date: Option<NaiveDate>,
    /// True when content.db was damaged or missing and was restored from the app's copy.
    pub content_restored: bool,
    /// The `.ftl` sources for the UI's language, fallbacks first.
    pub messages: Vec<String>,
    /// The employer that handed out the app, from an accepted onboarding link: plain text.
    pub employer: Option<Employer>,
}

/// Who handed out the app, as the onboarding link named them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Employer {
    pub name: String,
    pub contact: Option<String>,
}

/// An onboarding link checked against the app's content, for the person to confirm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct OnboardingPreview {
    pub link: OnboardingLink,
    /// The municipality's name, when the link names one.
    pub municipality_name: Option<String>,
}

/// A checklist line with its texts and where to read more or get help.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ChecklistRow {
    #[serde(flatten)]
    pub entry: ChecklistEntry,
    pub title: String,
    pub summary: String,
    pub lang: Lang,
    pub rights: Vec<ItemSummary>,
    /// Services of the person's municipality on the same topics.
    pub services: Vec<ItemSummary>,
}

/// An optional taking-part step with its texts, for the checklist and Today.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct OptionalStepRow {
    #[serde(flatten)]
    pub step: OptionalStep,
    pub title: String,
    pub summary: String,
    pub lang: Lang,
}

/// An alert to show now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AlertCard {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub severity: Severity,
    pub valid_until: Option<NaiveDate>,
    pub sample: bool,
}

/// The Today screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TodayView {
    pub next_steps: Vec<ChecklistRow>,
    pub alerts: Vec<AlertCard>,
    pub open_tasks: u32,
    pub done_tasks: u32,
    pub content_date: Option<NaiveDate>,
    /// One optional taking-part step, once no legal step is urgent ([`suggested_step`]).
    pub take_part_step: Option<OptionalStepRow>,
}

/// A reminder with its text in the person's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ReminderNotice {
    #[serde(flatten)]
    pub reminder: Reminder,
    pub body: String,
    /// The notification's title: neutral, because it shows on a locked screen ("You have a
    /// step due"); the task's own title is for inside the app only.
    pub notification_title: String,
}

/// Items of one topic, for the Rights screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TopicGroup {
    pub topic: Topic,
    pub items: Vec<ItemSummary>,
}

/// Opening hours of one of the next seven days, for display ("09:00–12:30").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct DayHours {
    /// 0 = Monday.
    pub weekday: u8,
    pub date: NaiveDate,
    /// A Dutch public holiday (the hours already apply the text's `PH` rule, if any).
    pub holiday: bool,
    pub spans: Vec<String>,
}

/// A local service card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ServiceCard {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub info: ServiceInfo,
    /// `tel:` link to the phone number, when it is a plain number ([`crate::render::tel_url`]).
    pub call_url: Option<String>,
    /// `mailto:` link to the e-mail address, when it is a bare address.
    pub email_url: Option<String>,
    /// `None` when the hours are not known, or say "unknown" for now.
    pub open_now: Option<bool>,
    /// When `open_now` next changes (opens or closes), in Amsterdam time; `None` when never
    /// or not known.
    pub next_change: Option<NaiveDateTime>,
    /// Today and the six days after it.
    pub hours: Vec<DayHours>,
    /// The hours say what happens on public holidays; without it they may differ.
    pub holiday_rule: bool,
    pub sample: bool,
}

/// A dated event card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct EventCard {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub starts: NaiveDateTime,
    pub ends: NaiveDateTime,
    pub place: Option<String>,
    pub sample: bool,
}

/// The Local screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LocalView {
    pub municipality: Option<Scope>,
    /// The municipality's services, less those in `take_part`.
    pub services: Vec<ServiceCard>,
    /// Meet and take part: the municipality's services whose first topic is `community`.
    pub take_part: Vec<ServiceCard>,
    /// How taking part works in the Netherlands: national items whose first topic is `community`.
    pub take_part_guides: Vec<ItemSummary>,
    pub events: Vec<EventCard>,
    pub alerts: Vec<AlertCard>,
}

/// An item page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ItemPage {
    pub view: ItemView,
    pub scope_name: String,
    pub related: Vec<ItemSummary>,
    pub service: Option<ServiceCard>,
    /// Names of amounts whose period has ended: the text may be out of date.
    pub outdated_amounts: Vec<String>,
    /// The day an update last changed (or brought) the item on this phone.
    pub updated_on: Option<NaiveDate>,
}

/// The About section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct About {
    pub app_version: String,
    pub content_version: String,
    pub content_date: Option<NaiveDate>,
    pub licences: String,
}

/// The app as the shell holds it: opened once, shared by every command. When opening failed
/// (a damaged user.db), every command answers with that error, translated, so the UI can say
/// what happened instead of crashing; the file is left for recovery.
#[derive(Debug)]
pub struct Session {
    app: std::sync::Arc<Opening>,
    /// Held while an update applies (see [`Session::one_apply_at_a_time`]).
    applying: std::sync::Mutex<()>,
}

/// The app, once opened: `None` while [`Session::open_in_background`] still opens it.
#[derive(Debug, Default)]
struct Opening {
    app: std::sync::Mutex<Option<std::result::Result<App, CommandError>>>,
    opened: std::sync::Condvar,
}

impl Opening {
    fn put(&self, app: std::result::Result<App, CommandError>) {
        *self.app.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(app);
        self.opened.notify_all();
    }
}

impl Session {
    /// Opens the app over `sources`: the bundled content, or an editor's folder to preview.
    pub fn open(data_dir: &Path, system_locales: &[&str], sources: &SourceTree) -> Session {
        let session = Session::unopened();
        session.app.put(open_for_session(data_dir, system_locales, sources));
        session
    }

    /// Like [`Session::open`], on a thread of its own, then `prepare` on the opened app: the
    /// shell opens its window meanwhile, so a first start's build of content.db and the
    /// webview's start overlap. Commands wait until the app is open.
    pub fn open_in_background(
        data_dir: PathBuf,
        system_locales: Vec<String>,
        sources: SourceTree,
        prepare: impl FnOnce(&mut App) + Send + 'static,
    ) -> Session {
        let session = Session::unopened();
        let opening = std::sync::Arc::clone(&session.app);
        std::thread::spawn(move || {
            let locales: Vec<&str> = system_locales.iter().map(String::as_str).collect();
            let opened = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let mut app = open_for_session(&data_dir, &locales, &sources);
                if let Ok(app) = &mut app {
                    prepare(app);
                }
                app
            }));
            // A panic while opening is a bug; the commands say so instead of waiting forever.
            opening.put(opened.unwrap_or_else(|_| {
                Err(command_error_before_open(&Error::Io(std::io::Error::other("the app could not open")), &locales))
            }));
        });
        session
    }

    /// A session whose commands wait until [`Opening::put`] gives it the app.
    fn unopened() -> Session {
        Session { app: Default::default(), applying: std::sync::Mutex::new(()) }
    }

    /// Asks the feed what is new. The network part runs without holding the app, so other
    /// commands (a screen opened meanwhile) are not kept waiting.
    pub fn check_updates(&self, now: DateTime<Utc>) -> std::result::Result<UpdateStatus, CommandError> {
        let job = self.with(|app| app.update_job())?;
        let checked = job.check(now);
        self.with(|app| app.finish_check(checked, now))
    }

    /// Downloads and applies what is new. Neither the network part nor the apply holds the
    /// app ([`ApplyJob`]): other commands keep reading the content as it was until the update
    /// commits.
    pub fn update_now(&self, now: DateTime<Utc>) -> std::result::Result<UpdateStatus, CommandError> {
        let (job, apply) = self.with(|app| Ok((app.update_job()?, app.apply_job()?)))?;
        let downloaded = job.download(now);
        let applied = self.one_apply_at_a_time(|| apply.apply_download(downloaded));
        self.with(|app| app.finish_applied_update(applied, now))
    }

    /// Applies a `.wegwijs` update file, like [`Session::update_now`] without holding the app.
    pub fn import_update(&self, bytes: &[u8], now: DateTime<Utc>) -> std::result::Result<UpdateStatus, CommandError> {
        let apply = self.with(|app| app.apply_job())?;
        let applied = self.one_apply_at_a_time(|| apply.import_file(bytes, now));
        self.with(|app| app.finish_import(applied, now))
    }

    /// Runs one apply while no other apply of this session runs (an update and an update file
    /// picked meanwhile take turns instead of one failing on the other's write lock).
    fn one_apply_at_a_time<T>(&self, apply: impl FnOnce() -> T) -> T {
        let _turn = self.applying.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        apply()
    }

    /// Runs one command against the app and translates its error.
    pub fn with<T>(&self, command: impl FnOnce(&mut App) -> Result<T>) -> std::result::Result<T, CommandError> {
        // A panic in an earlier command must not lock the person out of their data.
        let guard = self.app.app.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut guard =
            self.app.opened.wait_while(guard, |app| app.is_none()).unwrap_or_else(std::sync::PoisonError::into_inner);
        match guard.as_mut() {
            Some(Ok(app)) => command(app).map_err(|error| app.command_error(&error)),
            Some(Err(error)) => Err(error.clone()),
            None => unreachable!("waited until the app was opened"),
        }
    }
}

/// Opens the app for a [`Session`], with an error already in the system's language.
fn open_for_session(
    data_dir: &Path,
    system_locales: &[&str],
    sources: &SourceTree,
) -> std::result::Result<App, CommandError> {
    App::open_with(data_dir, system_locales, sources).map_err(|error| command_error_before_open(&error, system_locales))
}

/// What a command answers when the app could not be opened: the error in the system's language.
fn command_error_before_open(error: &Error, system_locales: &[&str]) -> CommandError {
    CommandError {
        code: error.code().to_string(),
        message: error.localized(&Localizer::bundled(), negotiate(system_locales)),
    }
}

/// The open stores of one person on one device.
#[derive(Debug)]
pub struct App {
    content: ContentStore,
    user: UserStore,
    localizer: Localizer,
    content_restored: bool,
    system_lang: Lang,
    data_dir: PathBuf,
    /// The signed feed's server, set by the shell.
    update_source: Option<String>,
    /// Bytes the last check found to download.
    pending_download: Option<u64>,
    /// Municipal scopes the last check or update left out.
    skipped_updates: Vec<crate::sync::SkippedScope>,
    /// The national figures table of the content sources, read by the payslip check.
    figures: crate::figures::FigureTable,
}

impl App {
    /// Opens (or creates) content.db and user.db in `data_dir`. A damaged content.db is rebuilt
    /// from the bundled content; a damaged user.db is reported and never touched.
    pub fn open(data_dir: &Path, system_locales: &[&str]) -> Result<App> {
        App::open_with(data_dir, system_locales, &crate::bundled::content_tree())
    }

    /// Like [`App::open`], over other content sources (an editor previewing a folder).
    pub fn open_with(data_dir: &Path, system_locales: &[&str], sources: &SourceTree) -> Result<App> {
        std::fs::create_dir_all(data_dir)?;
        let (content, outcome) = ContentStore::open_or_build(&data_dir.join("content.db"), sources)?;
        let content_restored =
            matches!(&outcome, OpenOutcome::Rebuilt { reason } if reason != "no content database yet");
        let user = UserStore::open(&data_dir.join("user.db"))?;
        Ok(App {
            content,
            user,
            localizer: Localizer::bundled(),
            content_restored,
            system_lang: negotiate(system_locales),
            data_dir: data_dir.to_path_buf(),
            update_source: None,
            pending_download: None,
            skipped_updates: Vec::new(),
            figures: crate::pay::figures_of(sources),
        })
    }

    /// The language the person reads.
    pub fn lang(&self) -> Lang {
        self.user.profile().ok().and_then(|p| p.lang).unwrap_or(self.system_lang)
    }

    /// Turns an error into what the UI shows, in the person's language.
    pub fn command_error(&self, error: &Error) -> CommandError {
        CommandError { code: error.code().to_string(), message: error.localized(&self.localizer, self.lang()) }
    }

    pub fn bootstrap(&self) -> Result<Bootstrap> {
        let lang = self.lang();
        Ok(Bootstrap {
            setup_done: self.user.setting("setup_done")?.as_deref() == Some("true"),
            lang,
            profile: self.user.profile()?,
            settings: self.settings()?,
            languages: Lang::ALL
                .iter()
                .map(|l| LanguageOption { lang: *l, name: l.native_name().to_string() })
                .collect(),
            municipalities: self.content.scopes()?.into_iter().filter(|s| s.code != NATIONAL_SCOPE).collect(),
            content_date: self.content.content_date()?,
            content_restored: self.content_restored,
            messages: self.messages(lang),
            employer: self.employer()?,
        })
    }

    fn employer(&self) -> Result<Option<Employer>> {
        Ok(self
            .user
            .setting("employer_name")?
            .map(|name| Employer { name, contact: self.user.setting("employer_contact").ok().flatten() }))
    }

    /// Reads an onboarding link for the person to confirm; nothing is saved yet.
    pub fn preview_onboarding(&self, link: &str) -> Result<OnboardingPreview> {
        let link = OnboardingLink::parse(link)?;
        let municipality_name = match &link.municipality {
            Some(code) => Some(
                self.content
                    .scopes()?
                    .into_iter()
                    .find(|s| &s.code == code && s.code != NATIONAL_SCOPE)
                    .map(|s| s.name)
                    .ok_or_else(|| Error::UnknownMunicipality(code.clone()))?,
            ),
            None => None,
        };
        Ok(OnboardingPreview { link, municipality_name })
    }

    /// Saves the profile the person confirmed after opening an onboarding link, and the
    /// employer the link named (shown as text only). The link is checked again.
    pub fn accept_onboarding(&self, link: &str, profile: &SavedProfile) -> Result<()> {
        let preview = self.preview_onboarding(link)?;
        self.complete_setup(profile)?;
        match &preview.link.employer {
            Some(name) => {
                self.user.set_setting("employer_name", name)?;
                match &preview.link.contact {
                    Some(contact) => self.user.set_setting("employer_contact", contact)?,
                    None => self.user.delete_setting("employer_contact")?,
                }
            }
            None => {
                self.user.delete_setting("employer_name")?;
                self.user.delete_setting("employer_contact")?;
            }
        }
        Ok(())
    }

    /// The open, dated checklist tasks with their texts, for the calendar and reminders.
    fn dated_tasks(&self, now: DateTime<Utc>) -> Result<Vec<DatedTask>> {
        Ok(self
            .checklist(now)?
            .into_iter()
            // Tasks that apply; one marked "not for me" stays, as a cancelled event.
            .filter(|row| row.entry.applies)
            .filter_map(|row| {
                let due = row.entry.due?;
                Some(DatedTask {
                    task_id: row.entry.task_id,
                    title: row.title,
                    summary: row.summary,
                    due: due.date,
                    kind: due.kind,
                    state: row.entry.state,
                })
            })
            .collect())
    }

    /// The checklist deadlines as an iCalendar file.
    pub fn calendar_ics(&self, now: DateTime<Utc>) -> Result<String> {
        let lang = self.lang();
        let texts = CalendarTexts {
            calendar_name: self.localizer.text(lang, "calendar-name"),
            legal: self.localizer.text(lang, "deadline-legal"),
            advice: self.localizer.text(lang, "deadline-advice"),
        };
        let days_before = if self.settings()?.reminders { DEFAULT_DAYS_BEFORE } else { 0 };
        Ok(checklist_ics(&self.dated_tasks(now)?, &texts, days_before, now))
    }

    /// Writes the calendar file to `dir` and returns its path; the name is stable, so a new
    /// export replaces the last one.
    pub fn export_calendar_to(&self, dir: &Path, now: DateTime<Utc>) -> Result<PathBuf> {
        std::fs::create_dir_all(dir)?;
        let path = dir.join("wegwijs-checklist.ics");
        write_private_file(&path, self.calendar_ics(now)?.as_bytes())?;
        Ok(path)
    }

    /// The reminders still to come, with their texts, or none when the person turned them off.
    pub fn reminders(&self, now: DateTime<Utc>) -> Result<Vec<ReminderNotice>> {
        if !self.settings()?.reminders {
            return Ok(Vec::new());
        }
        let lang = self.lang();
        let notification_title = self.localizer.text(lang, "reminder-notification-title");
        Ok(plan_reminders(&self.dated_tasks(now)?, DEFAULT_DAYS_BEFORE, now)
            .into_iter()
            .map(|reminder| {
                let when = match reminder.days_left {
                    0 => self.localizer.text(lang, "due-today"),
                    days => self.localizer.message(lang, "due-in-days", &[("days", days.into())]),
                };
                let body = format!(
                    "{when}. {}",
                    self.localizer.message(lang, "due-on", &[("date", reminder.due.to_string().into())])
                );
                ReminderNotice { reminder, body, notification_title: notification_title.clone() }
            })
            .collect())
    }

    /// Reminders whose time has come and that were not shown yet; marks them shown, so each
    /// fires once even when the app was closed at the time.
    pub fn due_reminders(&self, now: DateTime<Utc>) -> Result<Vec<ReminderNotice>> {
        let horizon = now - chrono::Duration::days(i64::from(DEFAULT_DAYS_BEFORE) + 1);
        let shown = self.user.setting("reminders_shown")?.unwrap_or_default();
        let mut shown: std::collections::BTreeSet<String> =
            shown.split(',').filter(|s| !s.is_empty()).map(String::from).collect();
        let due: Vec<ReminderNotice> = self
            .reminders(horizon)?
            .into_iter()
            .filter(|notice| notice.reminder.at <= now && !shown.contains(&notice.reminder.id.to_string()))
            .collect();
        if !due.is_empty() {
            shown.extend(due.iter().map(|n| n.reminder.id.to_string()));
            self.user.set_setting("reminders_shown", &shown.into_iter().collect::<Vec<_>>().join(","))?;
        }
        Ok(due)
    }

    /// The UI strings of a language (with fallbacks), for a language switch.
    pub fn messages(&self, lang: Lang) -> Vec<String> {
        self.localizer.ftl_sources(lang).into_iter().map(str::to_string).collect()
    }

    /// Saves the profile; the municipality must be one the app knows.
    pub fn save_profile(&self, profile: &SavedProfile) -> Result<()> {
        if let Some(code) = &profile.municipality
            && !self.content.scopes()?.iter().any(|s| &s.code == code && s.code != NATIONAL_SCOPE)
        {
            return Err(Error::UnknownMunicipality(code.clone()));
        }
        self.user.save_profile(profile)?;
        // A language an update left unindexed is indexed when the person switches to it.
        self.content.index_languages(&self.lang().fallback_chain())
    }

    /// Saves the profile from the first-run screens and marks set-up as done.
    pub fn complete_setup(&self, profile: &SavedProfile) -> Result<()> {
        self.save_profile(profile)?;
        self.user.set_setting("setup_done", "true")
    }

    pub fn settings(&self) -> Result<Settings> {
        let text_size = match self.user.setting("text_size")?.as_deref() {
            Some("large") => TextSize::Large,
            Some("larger") => TextSize::Larger,
            _ => TextSize::Normal,
        };
        Ok(Settings {
            wifi_only: self.user.setting("wifi_only")?.as_deref() == Some("true"),
            text_size,
            reminders: self.user.setting("reminders")?.as_deref() != Some("false"),
            high_contrast: self.user.setting("high_contrast")?.as_deref() == Some("true"),
        })
    }

    pub fn save_settings(&self, settings: &Settings) -> Result<()> {
        self.user.set_setting("wifi_only", if settings.wifi_only { "true" } else { "false" })?;
        self.user.set_setting("reminders", if settings.reminders { "true" } else { "false" })?;
        self.user.set_setting("high_contrast", if settings.high_contrast { "true" } else { "false" })?;
        let size = match settings.text_size {
            TextSize::Normal => "normal",
            TextSize::Large => "large",
            TextSize::Larger => "larger",
        };
        self.user.set_setting("text_size", size)
    }

    /// The whole checklist at `now`.
    pub fn checklist(&self, now: DateTime<Utc>) -> Result<Vec<ChecklistRow>> {
        let lang = self.lang();
        let saved = self.user.profile()?;
        let tasks = self.content.tasks()?;
        let entries = build_checklist(
            tasks.iter().map(|(id, rule)| (id.as_str(), rule)),
            &saved.profile,
            &self.user.marks()?,
            now,
        );
        let services = match &saved.municipality {
            Some(code) => self
                .content
                .items_of_kind(ItemKind::Service, Some(code))?
                .into_iter()
                .filter(|s| &s.scope == code)
                .collect(),
            None => Vec::new(),
        };
        let mut rows = Vec::with_capacity(entries.len());
        for entry in entries {
            let view = self.content.item(&entry.task_id, lang)?;
            let rights = entry.rights.iter().map(|id| self.summary(id, lang)).collect::<Result<_>>()?;
            // A municipal service the phone cannot show is left out, never the whole checklist.
            let helpful = services
                .iter()
                .filter(|service| service.topics.iter().any(|t| view.item.topics.contains(t)))
                .filter_map(|service| self.summary(&service.id, lang).ok())
                .collect();
            rows.push(ChecklistRow {
                entry,
                title: view.title,
                summary: view.summary,
                lang: view.lang,
                rights,
                services: helpful,
            });
        }
        Ok(rows)
    }

    pub fn set_task_state(&self, task_id: &str, state: Option<TaskState>, now: DateTime<Utc>) -> Result<()> {
        if !self.content.tasks()?.iter().any(|(id, _)| id == task_id) {
            return Err(Error::UnknownItem(task_id.to_string()));
        }
        self.user.set_mark(task_id, state, now)
    }

    /// The optional taking-part steps (national "Meet and take part" items, by title), hidden
    /// ones included and marked, after the legal steps of the checklist.
    pub fn optional_steps(&self) -> Result<Vec<OptionalStepRow>> {
        let guides = self.take_part_guides(self.lang())?;
        let steps =
            optional_steps(guides.iter().map(|g| g.id.as_str()), &self.user.marks()?, &self.user.hidden_steps()?);
        Ok(steps
            .into_iter()
            .zip(guides)
            .map(|(step, guide)| OptionalStepRow { step, title: guide.title, summary: guide.summary, lang: guide.lang })
            .collect())
    }

    /// Marks an optional step done, or to do again.
    pub fn set_step_done(&self, item_id: &str, done: bool, now: DateTime<Utc>) -> Result<()> {
        self.check_optional_step(item_id)?;
        self.user.set_mark(item_id, done.then_some(TaskState::Done), now)
    }

    /// Hides an optional step from the checklist and Today, or shows it again.
    pub fn set_step_hidden(&self, item_id: &str, hidden: bool, now: DateTime<Utc>) -> Result<()> {
        self.check_optional_step(item_id)?;
        self.user.set_step_hidden(item_id, hidden, now)
    }

    fn check_optional_step(&self, item_id: &str) -> Result<()> {
        let view = self.content.item(item_id, Lang::En)?;
        if view.item.scope == NATIONAL_SCOPE && is_take_part(&view.item) {
            Ok(())
        } else {
            Err(Error::UnknownItem(item_id.to_string()))
        }
    }

    pub fn today(&self, now: DateTime<Utc>) -> Result<TodayView> {
        let rows = self.checklist(now)?;
        let entries: Vec<ChecklistEntry> = rows.iter().map(|r| r.entry.clone()).collect();
        let next: Vec<String> = next_steps(&entries, 3).iter().map(|e| e.task_id.clone()).collect();
        let open_tasks = entries.iter().filter(|e| e.state == TaskState::Todo).count() as u32;
        let done_tasks = entries.iter().filter(|e| e.state == TaskState::Done).count() as u32;
        let next_steps = next.iter().filter_map(|id| rows.iter().find(|r| &r.entry.task_id == id).cloned()).collect();
        let optional = self.optional_steps()?;
        let steps: Vec<OptionalStep> = optional.iter().map(|row| row.step.clone()).collect();
        let suggested = suggested_step(&entries, &steps).map(|step| step.item_id.clone());
        let take_part_step = optional.into_iter().find(|row| Some(&row.step.item_id) == suggested.as_ref());
        Ok(TodayView {
            take_part_step,
            next_steps,
            alerts: self.alerts(now)?,
            open_tasks,
            done_tasks,
            // A date in the future (a typo in a source) never claims the content is newer than today.
            content_date: self.content.content_date()?.map(|date| date.min(today_in_amsterdam(now))),
        })
    }

    /// Rights by topic, in the order of the topic list.
    pub fn rights(&self) -> Result<Vec<TopicGroup>> {
        let lang = self.lang();
        let summaries = self.content.list(&[ItemKind::Right], Some(NATIONAL_SCOPE), lang)?;
        let items = self.content.items_of_kind(ItemKind::Right, Some(NATIONAL_SCOPE))?;
        let mut groups: Vec<TopicGroup> = Vec::new();
        for item in &items {
            let Some(topic) = item.topics.first() else {
                continue;
            };
            let Some(summary) = summaries.iter().find(|s| s.id == item.id) else {
                continue;
            };
            match groups.iter_mut().find(|g| g.topic == *topic) {
                Some(group) => group.items.push(summary.clone()),
                None => groups.push(TopicGroup { topic: *topic, items: vec![summary.clone()] }),
            }
        }
        groups.sort_by_key(|g| g.topic);
        for group in &mut groups {
            group.items.sort_by_key(|s| s.title.to_lowercase());
        }
        Ok(groups)
    }

    /// One item, in `lang` or the person's language. Opening it clears its "updated" mark.
    pub fn item(&self, id: &str, lang: Option<Lang>, now: DateTime<Utc>) -> Result<ItemPage> {
        let lang = lang.unwrap_or_else(|| self.lang());
        let view = self.content.item(id, lang)?;
        let today = today_in_amsterdam(now);
        let related = view.item.related.iter().filter_map(|r| self.summary(r, self.lang()).ok()).collect();
        let scope_name = self
            .content
            .scopes()?
            .into_iter()
            .find(|s| s.code == view.item.scope)
            .map_or_else(|| view.item.scope.clone(), |s| s.name);
        let service = match &view.item.details {
            Details::Service(info) => Some(service_card(&view.item, &view.title, &view.summary, info, now)),
            _ => None,
        };
        // One amount per figure: the period that holds today, else the latest (flagged outdated).
        let mut view = view;
        let outdated_amounts = crate::figures::outdated(&view.item.amounts, today);
        view.item.amounts = crate::figures::pick(&view.item.amounts, today);
        self.user.mark_item_seen(id)?;
        let updated_on = self.updated_on(id)?;
        Ok(ItemPage { view, scope_name, related, service, outdated_amounts, updated_on })
    }

    pub fn local(&self, now: DateTime<Utc>) -> Result<LocalView> {
        let lang = self.lang();
        let take_part_guides = self.take_part_guides(lang)?;
        let Some(code) = self.user.profile()?.municipality else {
            return Ok(LocalView {
                municipality: None,
                services: vec![],
                take_part: vec![],
                take_part_guides,
                events: vec![],
                alerts: self.alerts(now)?,
            });
        };
        let municipality = self.content.scopes()?.into_iter().find(|s| s.code == code);
        let mut services = Vec::new();
        let mut take_part_ids = Vec::new();
        for item in self.content.items_of_kind(ItemKind::Service, Some(&code))?.into_iter().filter(|i| i.scope == code)
        {
            // Municipal items only: one the phone cannot show is left out.
            let Ok(view) = self.content.item(&item.id, lang) else { continue };
            if let Details::Service(info) = &item.details {
                if is_take_part(&item) {
                    take_part_ids.push(item.id.clone());
                }
                services.push(service_card(&item, &view.title, &view.summary, info, now));
            }
        }
        services.sort_by_key(|s| s.title.to_lowercase());
        let (take_part, services): (Vec<ServiceCard>, Vec<ServiceCard>) =
            services.into_iter().partition(|card| take_part_ids.contains(&card.id));
        let local_now = now.with_timezone(&Amsterdam).naive_local();
        let mut events = Vec::new();
        for item in self.content.items_of_kind(ItemKind::Event, Some(&code))?.into_iter().filter(|i| i.scope == code) {
            if let Details::Event(event) = &item.details
                && event.ends >= local_now
                && let Ok(view) = self.content.item(&item.id, lang)
            {
                events.push(EventCard {
                    id: item.id.clone(),
                    title: view.title,
                    summary: view.summary,
                    starts: event.starts,
                    ends: event.ends,
                    place: event.place.clone(),
                    sample: is_sample(&item, &municipality),
                });
            }
        }
        events.sort_by_key(|e| e.starts);
        Ok(LocalView { municipality, services, take_part, take_part_guides, events, alerts: self.alerts(now)? })
    }

    /// National items on how taking part works (first topic `community`), by title.
    fn take_part_guides(&self, lang: Lang) -> Result<Vec<ItemSummary>> {
        let mut guides = Vec::new();
        for kind in [ItemKind::Right, ItemKind::Service] {
            for item in self.content.items_of_kind(kind, Some(NATIONAL_SCOPE))? {
                if item.scope == NATIONAL_SCOPE && is_take_part(&item) {
                    guides.push(self.summary(&item.id, lang)?);
                }
            }
        }
        guides.sort_by_key(|s| s.title.to_lowercase());
        Ok(guides)
    }

    pub fn search(&self, query: &str) -> Result<Vec<SearchHit>> {
        let municipality = self.user.profile()?.municipality.unwrap_or_else(|| NATIONAL_SCOPE.to_string());
        self.content.search(query, &SearchOptions { lang: self.lang(), municipality: Some(municipality), limit: 20 })
    }

    /// Everything the person entered, as pretty JSON.
    pub fn export_json(&self, now: DateTime<Utc>) -> Result<String> {
        let export: UserExport = self.user.export(now)?;
        serde_json::to_string_pretty(&export).map_err(|e| Error::Io(std::io::Error::other(e)))
    }

    /// Writes the export to `dir` and returns the file's path.
    pub fn export_to(&self, dir: &Path, now: DateTime<Utc>) -> Result<PathBuf> {
        std::fs::create_dir_all(dir)?;
        let path = dir.join(format!("wegwijs-my-data-{}.json", today_in_amsterdam(now)));
        write_private_file(&path, self.export_json(now)?.as_bytes())?;
        Ok(path)
    }

    /// Deletes what the person entered, and what would tell where they live: the
    /// municipality's packs kept to pass on and unfinished downloads.
    pub fn delete_all_data(&mut self) -> Result<()> {
        self.user.delete_all()?;
        self.content.forget_municipal_feed_files()?;
        match std::fs::remove_dir_all(self.data_dir.join("partial")) {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error.into()),
            _ => Ok(()),
        }
    }

    /// My work and pay: the hours diary, the payslips and what their check found.
    pub fn work(&self, now: DateTime<Utc>) -> Result<crate::pay::WorkView> {
        let lang = self.lang();
        let help = crate::pay::HELP_ITEMS.iter().filter_map(|id| self.summary(id, lang).ok()).collect();
        crate::pay::work_view(&self.user, &self.figures, &self.localizer, lang, today_in_amsterdam(now), help)
    }

    pub fn save_work_day(&self, day: &crate::pay::WorkDay, now: DateTime<Utc>) -> Result<crate::pay::WorkView> {
        crate::pay::save_work_day(&self.user, day)?;
        self.work(now)
    }

    pub fn delete_work_day(&self, date: NaiveDate, now: DateTime<Utc>) -> Result<crate::pay::WorkView> {
        self.user.delete_work_day(date)?;
        self.work(now)
    }

    pub fn save_payslip(&self, payslip: &crate::pay::Payslip, now: DateTime<Utc>) -> Result<crate::pay::WorkView> {
        crate::pay::save_payslip(&self.user, payslip, now)?;
        self.work(now)
    }

    pub fn delete_payslip(&self, id: i32, now: DateTime<Utc>) -> Result<crate::pay::WorkView> {
        self.user.delete_payslip(id)?;
        self.work(now)
    }

    pub fn about(&self) -> Result<About> {
        Ok(About {
            app_version: env!("CARGO_PKG_VERSION").to_string(),
            content_version: self.content.meta("source_fingerprint")?.unwrap_or_default(),
            content_date: self.content.content_date()?,
            licences: include_str!("../../../assets/LICENSES.txt").to_string(),
        })
    }

    fn summary(&self, id: &str, lang: Lang) -> Result<ItemSummary> {
        let view = self.content.item(id, lang)?;
        Ok(ItemSummary {
            id: view.item.id.clone(),
            kind: view.item.kind(),
            scope: view.item.scope.clone(),
            lang: view.lang,
            state: view.state,
            title: view.title,
            summary: view.summary,
        })
    }

    /// Alerts in force today: national ones and the person's municipality's.
    fn alerts(&self, now: DateTime<Utc>) -> Result<Vec<AlertCard>> {
        let today = today_in_amsterdam(now);
        let lang = self.lang();
        let saved = self.user.profile()?;
        let scopes = self.content.scopes()?;
        let mut cards = Vec::new();
        for item in self
            .content
            .items_of_kind(ItemKind::Alert, Some(saved.municipality.as_deref().unwrap_or(NATIONAL_SCOPE)))?
        {
            let in_force =
                item.valid_from.is_none_or(|from| from <= today) && item.valid_until.is_none_or(|until| today <= until);
            if let (true, Details::Alert { severity }) = (in_force, &item.details) {
                // A municipal alert the phone cannot show is left out, never every alert.
                let view = match self.content.item(&item.id, lang) {
                    Ok(view) => view,
                    Err(_) if item.scope != NATIONAL_SCOPE => continue,
                    Err(error) => return Err(error),
                };
                let scope = scopes.iter().find(|s| s.code == item.scope).cloned();
                cards.push(AlertCard {
                    id: item.id.clone(),
                    title: view.title,
                    summary: view.summary,
                    severity: *severity,
                    valid_until: item.valid_until,
                    sample: is_sample(&item, &scope),
                });
            }
        }
        cards.sort_by_key(|c| (std::cmp::Reverse(c.severity as u8), c.valid_until));
        Ok(cards)
    }
}

/// Whether the webview may show `url`: only the app's own pages (`tauri://localhost` on Linux
/// and Apple platforms, `http(s)://tauri.localhost` on Windows and Android) and, in a
/// development build, the dev server's origin. Everything else (a dragged link, a page a link
/// would open in the window) is refused; links leave through the system's apps instead.
pub fn stays_in_app(url: &str, dev_origin: Option<&str>) -> bool {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url == "about:blank";
    };
    let origin_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..origin_end];
    let scheme = scheme.to_ascii_lowercase();
    let own = match scheme.as_str() {
        "tauri" => host.eq_ignore_ascii_case("localhost"),
        "http" | "https" => host.eq_ignore_ascii_case("tauri.localhost"),
        _ => false,
    };
    own || dev_origin.is_some_and(|dev| {
        let dev = dev.trim_end_matches('/');
        url.get(..dev.len()).is_some_and(|start| start.eq_ignore_ascii_case(dev))
            && matches!(url[dev.len()..].chars().next(), None | Some('/' | '?' | '#'))
    })
}

/// Writes a file with the person's data that only they can read (mode 0600 on Unix), also
/// when an earlier export left one with wider permissions.
fn write_private_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    #[cfg(unix)]
    file.set_permissions(<std::fs::Permissions as std::os::unix::fs::PermissionsExt>::from_mode(0o600))?;
    std::io::Write::write_all(&mut file, bytes)?;
    Ok(())
}

/// Whether an item belongs to "Meet and take part": its first topic is `community`.
fn is_take_part(item: &Item) -> bool {
    item.topics.first() == Some(&Topic::Community)
}

fn is_sample(item: &Item, scope: &Option<Scope>) -> bool {
    item.sample || scope.as_ref().is_some_and(|s| s.sample)
}

fn service_card(item: &Item, title: &str, summary: &str, info: &ServiceInfo, now: DateTime<Utc>) -> ServiceCard {
    let hours = info.opening_hours.as_deref().and_then(|text| OpeningHours::parse(text).ok());
    let today = now.with_timezone(&Amsterdam).date_naive();
    let open_now = hours.as_ref().and_then(|h| match h.state(now) {
        HoursState::Open => Some(true),
        HoursState::Closed => Some(false),
        HoursState::Unknown => None,
    });
    ServiceCard {
        id: item.id.clone(),
        title: title.to_string(),
        summary: summary.to_string(),
        info: info.clone(),
        call_url: info.phone.as_deref().and_then(crate::render::tel_url),
        email_url: info.email.as_deref().and_then(crate::render::mailto_url),
        open_now,
        next_change: hours.as_ref().filter(|_| open_now.is_some()).and_then(|h| h.next_change(now)),
        hours: hours
            .as_ref()
            .map(|h| {
                today
                    .iter_days()
                    .take(7)
                    .map(|date| DayHours {
                        weekday: date.weekday().num_days_from_monday() as u8,
                        date,
                        holiday: is_public_holiday(date),
                        spans: h
                            .open_spans_on(date)
                            .iter()
                            .map(|s| {
                                let end = if s.ends_next_day && s.end == chrono::NaiveTime::MIN {
                                    "24:00".to_string()
                                } else {
                                    s.end.format("%H:%M").to_string()
                                };
                                format!("{}–{end}", s.start.format("%H:%M"))
                            })
                            .collect(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        holiday_rule: hours.as_ref().is_some_and(OpeningHours::has_holiday_rule),
        sample: item.sample,
    }
}

mod changes;
mod updates;
pub use changes::{ChangedItem, ItemChange, UnseenItem, WhatChanged, changes_between};
pub use updates::{Applied, AppliedDownload, ApplyJob, UpdateJob, UpdateStatus};

#[cfg(test)]
mod tests;
