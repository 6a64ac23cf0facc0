//! Checklist tests: rules over profiles, and properties of dates across DST, month ends and
//! leap days.

use super::*;
use crate::model::{Anchor, Applies, DeadlineKind, DeadlineRule, Stay, TaskRule};
use chrono::{Datelike, NaiveDateTime, Timelike};
use proptest::prelude::*;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// An instant given as Amsterdam local time.
fn amsterdam(text: &str) -> DateTime<Utc> {
    let local = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap();
    Amsterdam.from_local_datetime(&local).earliest().unwrap().with_timezone(&Utc)
}

fn rule(from: Anchor, months: i32, days: i32) -> DeadlineRule {
    DeadlineRule { from, date: None, months, days, kind: DeadlineKind::Legal }
}

fn task(order: u32, applies: Applies, deadline: Option<DeadlineRule>) -> TaskRule {
    TaskRule { order, applies, deadline, rights: vec![] }
}

fn profile(stay: Option<Stay>, children_in_nl: u32, children_abroad: u32) -> Profile {
    Profile {
        arrival: Some(date("2026-11-20")),
        work_start: Some(date("2026-11-23")),
        stay,
        children_in_nl,
        children_abroad,
        via_agency: None,
    }
}

#[test]
fn applicability_follows_the_profile() {
    let long_only = Applies { stay: Some(vec![Stay::Long, Stay::Unsure]), ..Applies::default() };
    let short_only = Applies { stay: Some(vec![Stay::Short]), ..Applies::default() };
    let children = Applies { children: Some(true), ..Applies::default() };
    let children_here = Applies { children_in_nl: Some(true), ..Applies::default() };
    let agency = Applies { agency: Some(true), ..Applies::default() };
    for (conditions, person, expected) in [
        (&long_only, profile(Some(Stay::Long), 0, 0), true),
        (&long_only, profile(None, 0, 0), true),
        (&long_only, profile(Some(Stay::Short), 0, 0), false),
        (&short_only, profile(Some(Stay::Short), 0, 0), true),
        (&short_only, profile(None, 0, 0), false),
        (&children, profile(None, 0, 2), true),
        (&children, profile(None, 0, 0), false),
        (&children_here, profile(None, 0, 2), false),
        (&children_here, profile(None, 1, 1), true),
        (&agency, profile(None, 0, 0), true),
        (&agency, Profile { via_agency: Some(false), ..profile(None, 0, 0) }, false),
    ] {
        assert_eq!(applies(conditions, &person), expected, "{conditions:?} for {person:?}");
    }
}

#[test]
fn due_dates_and_status_for_the_example_profile() {
    let register = task(10, Applies::default(), Some(rule(Anchor::Arrival, 0, 5)));
    let insure = task(20, Applies::default(), Some(rule(Anchor::Arrival, 4, 0)));
    let contract = task(30, Applies::default(), Some(rule(Anchor::WorkStart, 0, 7)));
    let no_deadline = task(40, Applies::default(), None);
    let tasks = [("register", &register), ("insure", &insure), ("contract", &contract), ("learn", &no_deadline)];
    let person = profile(Some(Stay::Long), 2, 0);
    let checklist = build_checklist(tasks, &person, &BTreeMap::new(), amsterdam("2026-11-28 12:00"));
    let summary: Vec<String> = checklist
        .iter()
        .map(|e| {
            format!(
                "{} {:?} {:?}",
                e.task_id,
                e.due.as_ref().map(|d| d.date.to_string()),
                e.due.as_ref().map(|d| d.status)
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            "register Some(\"2026-11-25\") Some(Overdue(3))",
            "insure Some(\"2027-03-20\") Some(DueIn(112))",
            "contract Some(\"2026-11-30\") Some(DueIn(2))",
            "learn None None",
        ]
    );
    let steps: Vec<&str> = next_steps(&checklist, 3).iter().map(|e| e.task_id.as_str()).collect();
    assert_eq!(steps, ["register", "contract", "insure"]);
}

#[test]
fn marks_override_and_missing_anchors_are_named() {
    let register = task(10, Applies::default(), Some(rule(Anchor::Arrival, 0, 5)));
    let marks = BTreeMap::from([("register".to_string(), TaskState::Done)]);
    let person = Profile::default();
    let checklist = build_checklist([("register", &register)], &person, &marks, amsterdam("2026-11-28 12:00"));
    assert_eq!(checklist[0].state, TaskState::Done);
    assert_eq!(checklist[0].due, None);
    assert_eq!(checklist[0].missing_anchor, Some(Anchor::Arrival));
}

#[test]
fn a_due_date_ends_at_amsterdam_midnight_across_clock_changes() {
    for (due, end_utc) in [
        ("2026-03-28", "2026-03-28T23:00:00+00:00"), // the next day starts in winter time (UTC+1)
        ("2026-03-29", "2026-03-29T22:00:00+00:00"), // the clock went forward on this day
        ("2026-10-24", "2026-10-24T22:00:00+00:00"),
        ("2026-10-25", "2026-10-25T23:00:00+00:00"), // the clock went back on this day
        ("2028-02-29", "2028-02-29T23:00:00+00:00"),
    ] {
        assert_eq!(end_of_due_date(date(due)).to_rfc3339(), end_utc, "{due}");
    }
}

#[test]
fn month_offsets_clamp_to_month_ends_and_leap_days() {
    for (anchor, months, days, expected) in [
        ("2026-01-31", 1, 0, "2026-02-28"),
        ("2028-01-31", 1, 0, "2028-02-29"),
        ("2028-02-29", 12, 0, "2029-02-28"),
        ("2026-10-31", 4, 0, "2027-02-28"),
        ("2026-11-20", 4, 0, "2027-03-20"),
        ("2026-12-29", 0, 5, "2027-01-03"),
        ("2026-03-01", 0, -1, "2026-02-28"),
        ("2026-11-20", 0, 0, "2026-11-20"),
    ] {
        assert_eq!(add_offset(date(anchor), months, days), date(expected), "{anchor} + {months}m {days}d");
    }
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (2020i32..2040, 1u32..=12, 1u32..=31).prop_filter_map("valid date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
}

fn any_instant() -> impl Strategy<Value = DateTime<Utc>> {
    (1_577_836_800i64..2_208_988_800).prop_map(|secs| DateTime::from_timestamp(secs, 0).unwrap())
}

proptest! {
    /// "Due in N days" counts calendar days in Amsterdam: the same at every instant of a day,
    /// including the 23- and 25-hour days of the clock changes.
    #[test]
    fn due_status_is_constant_within_an_amsterdam_day(due in any_date(), now in any_instant()) {
        let today = today_in_amsterdam(now);
        let status = due_status(due, today);
        let local_midnight = Amsterdam.from_local_datetime(&today.and_hms_opt(0, 0, 0).unwrap()).earliest().unwrap();
        let end = end_of_due_date(today) - chrono::Duration::seconds(1);
        prop_assert_eq!(due_status(due, today_in_amsterdam(local_midnight.with_timezone(&Utc))), status);
        prop_assert_eq!(due_status(due, today_in_amsterdam(end)), status);
        prop_assert_eq!(end.with_timezone(&Amsterdam).hour(), 23);
    }

    /// Overdue exactly when the instant is past the end of the due date.
    #[test]
    fn overdue_iff_past_the_end_of_the_due_date(due in any_date(), now in any_instant()) {
        let overdue = matches!(due_status(due, today_in_amsterdam(now)), DueStatus::Overdue(_));
        prop_assert_eq!(overdue, now >= end_of_due_date(due));
    }

    /// A due date is between 23 and 25 hours long and ends at local midnight.
    #[test]
    fn due_dates_last_one_local_day(due in any_date()) {
        let start = end_of_due_date(due.pred_opt().unwrap());
        let hours = (end_of_due_date(due) - start).num_hours();
        prop_assert!((23..=25).contains(&hours), "{} lasts {} hours", due, hours);
        let local_end = end_of_due_date(due).with_timezone(&Amsterdam);
        prop_assert_eq!((local_end.hour(), local_end.minute(), local_end.date_naive()), (0, 0, due.succ_opt().unwrap()));
    }

    /// Month offsets never overshoot: the result is in the target month, on the anchor's day or
    /// on that month's last day when the anchor's day does not exist there.
    #[test]
    fn month_offsets_land_in_the_target_month(anchor in any_date(), months in 0i32..48) {
        let result = add_offset(anchor, months, 0);
        let target = anchor.year() * 12 + anchor.month0() as i32 + months;
        prop_assert_eq!(result.year() * 12 + result.month0() as i32, target);
        let clamped = result.day() < anchor.day();
        let month_end = result.succ_opt().unwrap().month() != result.month();
        prop_assert!(result.day() == anchor.day() || (clamped && month_end));
    }

    /// Later anchors never give earlier due dates.
    #[test]
    fn offsets_are_monotonic(a in any_date(), b in any_date(), months in 0i32..12, days in -10i32..60) {
        let (early, late) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(add_offset(early, months, days) <= add_offset(late, months, days));
    }
}

/// The bundled tasks over the profiles people give: which tasks apply to whom. One row per
/// profile; the ids listed must apply, the ids after `not` must not.
#[test]
fn bundled_tasks_apply_to_the_right_people() {
    let report = crate::source::load(&crate::bundled::content_tree());
    let tasks = tasks_of(&report.items);
    let person = |stay: Option<Stay>, here: u32, abroad: u32, agency: Option<bool>| Profile {
        via_agency: agency,
        ..profile(stay, here, abroad)
    };
    let table: &[(&str, Profile, &[&str], &[&str])] = &[
        (
            "long stay, no children, own employer",
            person(Some(Stay::Long), 0, 0, Some(false)),
            &["task-register-brp", "task-digid", "task-check-job-information", "task-healthcare-allowance"],
            &["task-register-rni", "task-school-enrolment", "task-child-benefit", "task-check-agency"],
        ),
        (
            // Short-stay workers register in the RNI and can still get DigiD (a tax refund needs it).
            "short stay through an agency",
            person(Some(Stay::Short), 0, 0, Some(true)),
            &["task-register-rni", "task-digid", "task-check-agency", "task-health-insurance"],
            &["task-register-brp", "task-school-enrolment"],
        ),
        (
            // Not sure yet: both registers are shown, the text says which fits.
            "unsure stay",
            person(Some(Stay::Unsure), 0, 0, None),
            &["task-register-brp", "task-register-rni", "task-digid", "task-check-agency"],
            &["task-school-enrolment"],
        ),
        (
            "stay not answered",
            Profile::default(),
            &["task-register-brp", "task-register-rni", "task-digid"],
            &["task-child-benefit"],
        ),
        (
            "children abroad only",
            person(Some(Stay::Long), 0, 2, None),
            &["task-child-benefit", "task-child-budget"],
            &["task-school-enrolment"],
        ),
        (
            "a child here",
            person(Some(Stay::Long), 1, 0, None),
            &["task-child-benefit", "task-school-enrolment"],
            &["task-register-rni"],
        ),
    ];
    for (name, who, applying, not_applying) in table {
        let entries = build_checklist(tasks.iter().copied(), who, &BTreeMap::new(), amsterdam("2026-12-05 12:00"));
        let applies: Vec<&str> = entries.iter().filter(|e| e.applies).map(|e| e.task_id.as_str()).collect();
        for id in *applying {
            assert!(applies.contains(id), "{name}: {id} should apply, got {applies:?}");
        }
        for id in *not_applying {
            assert!(!applies.contains(id), "{name}: {id} should not apply, got {applies:?}");
        }
    }
}

/// The deadline kinds people act on: a rule is `legal` only where a law sets it.
#[test]
fn bundled_task_deadlines_have_the_right_kind() {
    let report = crate::source::load(&crate::bundled::content_tree());
    let tasks = tasks_of(&report.items);
    let kind = |id: &str| {
        tasks
            .iter()
            .find(|(task, _)| *task == id)
            .and_then(|(_, rule)| rule.deadline.as_ref())
            .map(|d| (d.kind, d.from))
    };
    for (id, expected) in [
        ("task-register-brp", Some((DeadlineKind::Legal, Anchor::Arrival))),
        // The main points of the job in writing by the 7th day from the first working day.
        ("task-check-job-information", Some((DeadlineKind::Legal, Anchor::WorkStart))),
        ("task-check-agency", Some((DeadlineKind::Advice, Anchor::WorkStart))),
        ("task-school-enrolment", Some((DeadlineKind::Advice, Anchor::Arrival))),
    ] {
        assert_eq!(kind(id), expected, "{id}");
    }
    let job = tasks.iter().find(|(id, _)| *id == "task-check-job-information").unwrap().1;
    let due = due_date(job.deadline.as_ref().unwrap(), &profile(None, 0, 0)).unwrap();
    assert_eq!(due, date("2026-11-29"), "work started 2026-11-23: the 7th day counting that day");
}

/// Today suggests a taking-part step only when no legal step is urgent, and never one that is
/// done or hidden. The legal step is due 5 days after arrival (2026-11-25), the advice step
/// (a deadline that is no legal one) on 2026-11-21.
#[test]
fn a_taking_part_step_is_suggested_once_the_urgent_legal_steps_are_done() {
    let legal = task(1, Applies::default(), Some(rule(Anchor::Arrival, 0, 5)));
    let advice =
        task(2, Applies::default(), Some(DeadlineRule { kind: DeadlineKind::Advice, ..rule(Anchor::Arrival, 0, 1) }));
    let undated = task(3, Applies::default(), None);
    let tasks = [("legal", &legal), ("advice", &advice), ("undated", &undated)];
    let steps_ids = ["language-cafes", "sports-clubs", "volunteering"];
    let hidden_sports = BTreeSet::from(["sports-clubs".to_string()]);
    let cafe_done = BTreeMap::from([("language-cafes".to_string(), TaskState::Done)]);
    let legal_done = BTreeMap::from([("legal".to_string(), TaskState::Done)]);
    let legal_and_cafe_done =
        BTreeMap::from([("legal".to_string(), TaskState::Done), ("language-cafes".to_string(), TaskState::Done)]);
    let none = BTreeSet::new();
    for (now, marks, hidden, expected) in [
        // Legal step due in 4 days: nothing suggested.
        ("2026-11-21 10:00", &BTreeMap::new(), &none, None),
        // Overdue legal step: nothing suggested.
        ("2027-01-10 10:00", &BTreeMap::new(), &none, None),
        // Legal step done; an overdue advice and an undated step do not hold the suggestion back.
        ("2026-11-22 10:00", &legal_done, &none, Some("language-cafes")),
        // Done and hidden steps are skipped.
        ("2026-11-22 10:00", &legal_and_cafe_done, &hidden_sports, Some("volunteering")),
        // Steps themselves are not checklist tasks: marking one done is no legal step.
        ("2026-11-21 10:00", &cafe_done, &none, None),
    ] {
        let entries = build_checklist(tasks, &profile(None, 0, 0), marks, amsterdam(now));
        let steps = optional_steps(steps_ids, marks, hidden);
        assert_eq!(
            suggested_step(&entries, &steps).map(|s| s.item_id.as_str()),
            expected,
            "{now} {marks:?} {hidden:?}"
        );
    }
    // Far ahead of the deadline (more than URGENT_WITHIN_DAYS): the legal step is not urgent yet.
    let later = task(1, Applies::default(), Some(rule(Anchor::Arrival, 2, 0)));
    let entries =
        build_checklist([("later", &later)], &profile(None, 0, 0), &BTreeMap::new(), amsterdam("2026-11-21 10:00"));
    let steps = optional_steps(steps_ids, &BTreeMap::new(), &none);
    assert_eq!(suggested_step(&entries, &steps).map(|s| s.item_id.as_str()), Some("language-cafes"));
}

#[test]
fn optional_steps_carry_the_persons_marks() {
    let marks = BTreeMap::from([("volunteering".to_string(), TaskState::Done)]);
    let hidden = BTreeSet::from(["sports-clubs".to_string()]);
    let steps = optional_steps(["sports-clubs", "volunteering", "meeting-people"], &marks, &hidden);
    let seen: Vec<(&str, bool, bool)> = steps.iter().map(|s| (s.item_id.as_str(), s.done, s.hidden)).collect();
    assert_eq!(seen, [("sports-clubs", false, true), ("volunteering", true, false), ("meeting-people", false, false)]);
}
