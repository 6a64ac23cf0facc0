use super::*;
use expect_test::expect;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn task(id: &str, due: NaiveDate, state: TaskState) -> DatedTask {
    DatedTask {
        task_id: id.into(),
        title: format!("Title of {id}"),
        summary: "Go to the desk; bring ID, contract and proof of address.".into(),
        due,
        kind: DeadlineKind::Legal,
        state,
    }
}

fn texts() -> CalendarTexts {
    CalendarTexts {
        calendar_name: "Wegwijs: your first weeks".into(),
        legal: "The law sets this deadline.".into(),
        advice: "Our advice, not a legal deadline.".into(),
    }
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0).unwrap()
}

#[test]
fn ics_golden() {
    let tasks = [
        task("task-register-brp", date(2026, 12, 1), TaskState::Todo),
        task("task-digid", date(2027, 3, 29), TaskState::Done),
    ];
    let ics = checklist_ics(&tasks, &texts(), 3, now());
    assert!(ics.lines().all(|line| line.len() <= 75), "lines are folded");
    assert!(ics.split("\r\n").all(|line| !line.contains('\n')), "CRLF line ends");
    expect![[r#"
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Wegwijs//Checklist//EN
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        X-WR-CALNAME:Wegwijs: your first weeks
        X-WR-TIMEZONE:Europe/Amsterdam
        BEGIN:VTIMEZONE
        TZID:Europe/Amsterdam
        BEGIN:DAYLIGHT
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0200
        TZNAME:CEST
        DTSTART:19810329T020000
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
        END:DAYLIGHT
        BEGIN:STANDARD
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0100
        TZNAME:CET
        DTSTART:19961027T030000
        RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
        END:STANDARD
        END:VTIMEZONE
        BEGIN:VEVENT
        UID:task-register-brp@checklist.wegwijs.nl
        DTSTAMP:20261128T120000Z
        SEQUENCE:29931120
        DTSTART;TZID=Europe/Amsterdam:20261201T090000
        DTEND;TZID=Europe/Amsterdam:20261201T093000
        SUMMARY:Title of task-register-brp
        DESCRIPTION:Go to the desk\; bring ID\, contract and proof of address.\n\nT
         he law sets this deadline.
        STATUS:CONFIRMED
        TRANSP:TRANSPARENT
        BEGIN:VALARM
        ACTION:DISPLAY
        DESCRIPTION:Title of task-register-brp
        TRIGGER:-P3D
        END:VALARM
        END:VEVENT
        BEGIN:VEVENT
        UID:task-digid@checklist.wegwijs.nl
        DTSTAMP:20261128T120000Z
        SEQUENCE:29931120
        DTSTART;TZID=Europe/Amsterdam:20270329T090000
        DTEND;TZID=Europe/Amsterdam:20270329T093000
        SUMMARY:Title of task-digid
        DESCRIPTION:Go to the desk\; bring ID\, contract and proof of address.\n\nT
         he law sets this deadline.
        STATUS:CANCELLED
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
    "#]]
    .assert_eq(&ics.replace("\r\n", "\n"));
}

#[test]
fn re_export_keeps_uids_and_raises_the_sequence() {
    let tasks = [task("task-register-brp", date(2026, 12, 1), TaskState::Todo)];
    let first = checklist_ics(&tasks, &texts(), 3, now());
    let later = checklist_ics(&tasks, &texts(), 3, now() + chrono::Duration::days(2));
    let uids = |ics: &str| ics.lines().filter(|l| l.starts_with("UID:")).map(String::from).collect::<Vec<_>>();
    let sequence = |ics: &str| ics.lines().find_map(|l| l.strip_prefix("SEQUENCE:")?.parse::<i64>().ok()).unwrap();
    assert_eq!(uids(&first), uids(&later));
    assert!(sequence(&later) > sequence(&first));
}

#[test]
fn folding_never_splits_a_character() {
    let mut long = task("task-x", date(2026, 12, 1), TaskState::Todo);
    long.title = "Zarejestruj się w gminie (BRP) — żółć, łódź, Ђурђевдан ".repeat(4);
    let ics = checklist_ics(&[long.clone()], &texts(), 0, now());
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains(&format!("SUMMARY:{}", escape_text(&long.title))));
    assert!(ics.split("\r\n").all(|line| line.len() <= 75));
    assert!(!ics.contains("VALARM"), "no alarm when reminders are off");
}

/// (due date, days before) -> expected reminder instants in UTC: 09:00 Amsterdam each time,
/// whichever side of a clock change.
#[test]
fn reminders_are_at_nine_amsterdam_time_across_clock_changes() {
    let cases = [
        (date(2027, 3, 29), 3, vec!["2027-03-26T08:00:00Z", "2027-03-29T07:00:00Z"]),
        (date(2026, 10, 26), 1, vec!["2026-10-25T08:00:00Z", "2026-10-26T08:00:00Z"]),
        (date(2028, 3, 1), 1, vec!["2028-02-29T08:00:00Z", "2028-03-01T08:00:00Z"]),
    ];
    let past = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    for (due, days_before, expected) in cases {
        let reminders = plan_reminders(&[task("t", due, TaskState::Todo)], days_before, past);
        let got: Vec<String> =
            reminders.iter().map(|r| r.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)).collect();
        assert_eq!(got, expected, "due {due}");
    }
}

#[test]
fn reminders_skip_the_past_and_closed_tasks() {
    let tasks = [
        task("open", date(2026, 11, 30), TaskState::Todo),
        task("done", date(2026, 12, 5), TaskState::Done),
        task("not-applicable", date(2026, 12, 5), TaskState::NotApplicable),
    ];
    let reminders = plan_reminders(&tasks, 3, now());
    // 27 November 09:00 has passed on the 28th; only the due-date reminder is left.
    assert_eq!(reminders.len(), 1);
    assert_eq!((reminders[0].task_id.as_str(), reminders[0].days_left), ("open", 0));
    let again = plan_reminders(&tasks, 3, now());
    assert_eq!(reminders[0].id, again[0].id, "ids are stable");
    assert!(reminders[0].id >= 0);
}
