//! The first-weeks checklist: which tasks apply to a person and when each is due.
//!
//! Dates are calendar dates in Europe/Amsterdam. A task is due at the end of its due date
//! there, and "in N days" counts calendar days, not 24-hour periods, so the answer does not
//! jump around daylight-saving changes.

use crate::model::{Anchor, Applies, DeadlineKind, DeadlineRule, Item, Stay, TaskRule};
use chrono::{DateTime, Days, Months, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::Amsterdam;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// What the person told the app about themselves; every field may be unknown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Profile {
    pub arrival: Option<NaiveDate>,
    pub work_start: Option<NaiveDate>,
    pub stay: Option<Stay>,
    pub children_in_nl: u32,
    pub children_abroad: u32,
    pub via_agency: Option<bool>,
}

/// The person's own mark on a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum TaskState {
    Todo,
    Done,
    NotApplicable,
}

impl TaskState {
    pub fn as_str(self) -> &'static str {
        match self {
            TaskState::Todo => "todo",
            TaskState::Done => "done",
            TaskState::NotApplicable => "not_applicable",
        }
    }

    pub fn parse(text: &str) -> Option<TaskState> {
        [TaskState::Todo, TaskState::Done, TaskState::NotApplicable].into_iter().find(|s| s.as_str() == text)
    }
}

/// How a due date stands today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "status", content = "days", rename_all = "snake_case")]
pub enum DueStatus {
    /// Past the due date by this many days (at least 1).
    Overdue(u32),
    DueToday,
    /// Due in this many days (at least 1).
    DueIn(u32),
}

/// A computed deadline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Due {
    pub date: NaiveDate,
    pub kind: DeadlineKind,
    pub status: DueStatus,
}

/// One line of the checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ChecklistEntry {
    pub task_id: String,
    pub order: u32,
    /// Whether the profile conditions hold (tasks that do not apply are kept, marked).
    pub applies: bool,
    pub state: TaskState,
    /// `None` when the task has no deadline or the anchor date is not known yet.
    pub due: Option<Due>,
    /// The anchor the deadline needs but the profile lacks, so the UI can ask for it.
    pub missing_anchor: Option<Anchor>,
    pub rights: Vec<String>,
}

/// Today's date in the Netherlands at the instant `now`.
pub fn today_in_amsterdam(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&Amsterdam).date_naive()
}

/// The instant a due date ends: the next midnight in Amsterdam, whatever the clock change.
pub fn end_of_due_date(date: NaiveDate) -> DateTime<Utc> {
    let next = date.succ_opt().unwrap_or(date);
    // Midnight exists on every Dutch date (clocks change at 02:00/03:00), but stay total.
    match Amsterdam.from_local_datetime(&next.and_time(chrono::NaiveTime::MIN)).earliest() {
        Some(local) => local.with_timezone(&Utc),
        None => Utc.from_utc_datetime(&next.and_time(chrono::NaiveTime::MIN)),
    }
}

/// The due date of a rule for a profile, or the anchor it still needs.
pub fn due_date(rule: &DeadlineRule, profile: &Profile) -> Result<NaiveDate, Anchor> {
    let anchor = match rule.from {
        Anchor::Arrival => profile.arrival,
        Anchor::WorkStart => profile.work_start,
        Anchor::Date => rule.date,
    }
    .ok_or(rule.from)?;
    Ok(add_offset(anchor, rule.months, rule.days))
}

/// Adds months (clamping to the month's last day: 31 January + 1 month = 28/29 February),
/// then days. Out-of-range results stay at the anchor rather than panic.
pub fn add_offset(anchor: NaiveDate, months: i32, days: i32) -> NaiveDate {
    let after_months = match months {
        m if m >= 0 => anchor.checked_add_months(Months::new(m.unsigned_abs())),
        m => anchor.checked_sub_months(Months::new(m.unsigned_abs())),
    }
    .unwrap_or(anchor);
    match days {
        d if d >= 0 => after_months.checked_add_days(Days::new(u64::from(d.unsigned_abs()))),
        d => after_months.checked_sub_days(Days::new(u64::from(d.unsigned_abs()))),
    }
    .unwrap_or(after_months)
}

/// How `due` stands on `today`.
pub fn due_status(due: NaiveDate, today: NaiveDate) -> DueStatus {
    let days = due.signed_duration_since(today).num_days();
    match days {
        0 => DueStatus::DueToday,
        d if d > 0 => DueStatus::DueIn(u32::try_from(d).unwrap_or(u32::MAX)),
        d => DueStatus::Overdue(u32::try_from(-d).unwrap_or(u32::MAX)),
    }
}

/// Whether the profile meets a task's conditions. Unknown answers count as "may apply", so a
/// person who skipped a question still sees the task rather than miss a deadline.
pub fn applies(conditions: &Applies, profile: &Profile) -> bool {
    let stay_ok = conditions.stay.as_ref().is_none_or(|stays| stays.contains(&profile.stay.unwrap_or(Stay::Unsure)));
    let children = profile.children_in_nl + profile.children_abroad;
    let children_ok = conditions.children.is_none_or(|wanted| wanted == (children > 0));
    let in_nl_ok = conditions.children_in_nl.is_none_or(|wanted| wanted == (profile.children_in_nl > 0));
    let agency_ok = conditions.agency.is_none_or(|wanted| profile.via_agency.is_none_or(|actual| actual == wanted));
    stay_ok && children_ok && in_nl_ok && agency_ok
}

/// The checklist for a profile at the instant `now`, in task order. `marks` are the person's
/// own states by task id; a task without a mark is to do if it applies.
pub fn build_checklist<'a>(
    tasks: impl IntoIterator<Item = (&'a str, &'a TaskRule)>,
    profile: &Profile,
    marks: &BTreeMap<String, TaskState>,
    now: DateTime<Utc>,
) -> Vec<ChecklistEntry> {
    let today = today_in_amsterdam(now);
    let mut entries: Vec<ChecklistEntry> = tasks
        .into_iter()
        .map(|(id, rule)| {
            let applies = applies(&rule.applies, profile);
            let default_state = if applies { TaskState::Todo } else { TaskState::NotApplicable };
            let state = marks.get(id).copied().unwrap_or(default_state);
            let (due, missing_anchor) =
                match rule.deadline.as_ref().map(|deadline| (deadline, due_date(deadline, profile))) {
                    None => (None, None),
                    Some((deadline, Ok(date))) => {
                        (Some(Due { date, kind: deadline.kind, status: due_status(date, today) }), None)
                    }
                    Some((_, Err(anchor))) => (None, Some(anchor)),
                };
            ChecklistEntry {
                task_id: id.to_string(),
                order: rule.order,
                applies,
                state,
                due,
                missing_anchor,
                rights: rule.rights.clone(),
            }
        })
        .collect();
    entries.sort_by(|a, b| (a.order, &a.task_id).cmp(&(b.order, &b.task_id)));
    entries
}

/// The tasks among `items`, for [`build_checklist`].
pub fn tasks_of(items: &[Item]) -> Vec<(&str, &TaskRule)> {
    items
        .iter()
        .filter_map(|item| match &item.details {
            crate::model::Details::Task(rule) => Some((item.id.as_str(), rule)),
            _ => None,
        })
        .collect()
}

/// The next steps for the Today screen: open tasks that apply, soonest first, undated last.
pub fn next_steps(entries: &[ChecklistEntry], limit: usize) -> Vec<&ChecklistEntry> {
    let mut open: Vec<&ChecklistEntry> = entries.iter().filter(|e| e.state == TaskState::Todo).collect();
    open.sort_by_key(|e| (e.due.as_ref().map_or(NaiveDate::MAX, |d| d.date), e.order));
    open.truncate(limit);
    open
}

/// How many days before a legal deadline a step counts as urgent. Until every such step is done,
/// Today suggests no optional step: the legal first steps come first.
pub const URGENT_WITHIN_DAYS: u32 = 14;

/// An optional step without a deadline, after the legal ones: one way to meet people and take
/// part (a national "Meet and take part" item). The person can mark it done or hide it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct OptionalStep {
    pub item_id: String,
    pub done: bool,
    pub hidden: bool,
}

/// The optional steps for the given items, in the order given, with the person's marks.
pub fn optional_steps<'a>(
    item_ids: impl IntoIterator<Item = &'a str>,
    marks: &BTreeMap<String, TaskState>,
    hidden: &BTreeSet<String>,
) -> Vec<OptionalStep> {
    item_ids
        .into_iter()
        .map(|id| OptionalStep {
            item_id: id.to_string(),
            done: marks.get(id) == Some(&TaskState::Done),
            hidden: hidden.contains(id),
        })
        .collect()
}

/// Whether an open step that applies has a legal deadline that is past, today or within
/// [`URGENT_WITHIN_DAYS`] days.
pub fn has_urgent_legal_step(entries: &[ChecklistEntry]) -> bool {
    entries.iter().filter(|entry| entry.state == TaskState::Todo).filter_map(|entry| entry.due.as_ref()).any(|due| {
        due.kind == DeadlineKind::Legal
            && match due.status {
                DueStatus::Overdue(_) | DueStatus::DueToday => true,
                DueStatus::DueIn(days) => days <= URGENT_WITHIN_DAYS,
            }
    })
}

/// The one optional step Today suggests: none while a legal step is urgent, else the first one
/// neither done nor hidden.
pub fn suggested_step<'a>(entries: &[ChecklistEntry], steps: &'a [OptionalStep]) -> Option<&'a OptionalStep> {
    if has_urgent_legal_step(entries) {
        return None;
    }
    steps.iter().find(|step| !step.done && !step.hidden)
}

#[cfg(test)]
mod tests;
