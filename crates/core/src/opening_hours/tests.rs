use super::*;

/// A moment given in Amsterdam's local time.
fn at(local: &str) -> DateTime<Utc> {
    let naive = NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").unwrap();
    Amsterdam.from_local_datetime(&naive).earliest().unwrap().with_timezone(&Utc)
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// Checks the state of `hours` at each local moment.
fn check_states(hours: &str, cases: &[(&str, State)]) {
    let parsed = OpeningHours::parse(hours).unwrap();
    for (moment, expected) in cases {
        assert_eq!(parsed.state(at(moment)), *expected, "{hours:?} at {moment}");
    }
}

/// Checks when the state next changes after each local moment.
fn check_next_change(hours: &str, cases: &[(&str, Option<&str>)]) {
    let parsed = OpeningHours::parse(hours).unwrap();
    for (moment, expected) in cases {
        let expected = expected.map(|text| NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap());
        assert_eq!(parsed.next_change(at(moment)), expected, "{hours:?} after {moment}");
    }
}

/// Checks a day's open spans, written as `09:00-12:30` (`+` when it ends the next day).
fn check_spans(hours: &str, day: &str, expected: &[&str]) {
    let spans: Vec<String> = OpeningHours::parse(hours)
        .unwrap()
        .open_spans_on(date(day))
        .iter()
        .map(|span| {
            let next = if span.ends_next_day { "+" } else { "" };
            format!("{}-{}{next}", span.start.format("%H:%M"), span.end.format("%H:%M"))
        })
        .collect();
    assert_eq!(spans, expected, "{hours:?} on {day}");
}

use State::{Closed, Open, Unknown};

#[test]
fn open_and_closed_times() {
    // 2026-11-30 is a Monday; the Wednesday rule overrides Mo-Fr for that day, as in OSM.
    check_states(
        "Mo-Fr 09:00-12:30,13:30-17:00; We 09:00-12:00; Sa 10:00-12:00; PH off",
        &[
            ("2026-11-30 08:59", Closed),
            ("2026-11-30 09:00", Open),
            ("2026-11-30 12:30", Closed),
            ("2026-11-30 13:30", Open),
            ("2026-12-02 13:30", Closed),
            ("2026-12-05 11:59", Open),
            ("2026-12-06 11:00", Closed),
        ],
    );
}

#[test]
fn wrapping_day_ranges_and_all_week() {
    check_states("Sa-Mo 10:00-24:00", &[("2026-11-29 23:59", Open), ("2026-12-01 11:00", Closed)]);
    check_states("24/7", &[("2026-12-25 03:00", Open)]);
}

#[test]
fn dutch_public_holidays_follow_the_ph_rule() {
    // Christmas Day 2026 is a Friday, King's Day 2027 a Tuesday; Christmas Eve is no holiday.
    let hours = "Mo-Fr 09:00-17:00; PH off";
    check_states(
        hours,
        &[
            ("2026-12-24 10:00", Open),
            ("2026-12-25 10:00", Closed),
            ("2027-04-27 10:00", Closed),
            ("2027-04-28 10:00", Open),
        ],
    );
    check_next_change(hours, &[("2026-12-24 18:00", Some("2026-12-28 09:00"))]);
    check_spans(hours, "2026-12-25", &[]);
    check_spans("Mo-Sa 09:00-17:00; PH 10:00-12:00", "2026-12-26", &["10:00-12:00"]);
    assert!(OpeningHours::parse(hours).unwrap().has_holiday_rule());
    // Without a PH rule a holiday is an ordinary weekday, and the app says hours may differ.
    check_states("Mo-Fr 09:00-17:00", &[("2026-12-25 10:00", Open)]);
    assert!(!OpeningHours::parse("Mo-Fr 09:00-17:00").unwrap().has_holiday_rule());
}

#[test]
fn the_holiday_calendar_is_the_dutch_one() {
    for (day, holiday) in [
        ("2026-01-01", true),
        ("2026-04-27", true),
        ("2026-05-14", true),
        ("2026-12-25", true),
        ("2026-12-26", true),
        ("2026-12-24", false),
        ("2026-05-01", false),
    ] {
        assert_eq!(is_public_holiday(date(day)), holiday, "{day}");
    }
}

#[test]
fn the_full_syntax_is_evaluated() {
    // Months, a date, the first Monday of the month, week numbers, unknown with a comment, and a
    // fallback (`||`) for the times no other rule names.
    check_states(
        "Jan-Mar Mo-Fr 09:00-16:00; Apr-Dec Mo-Fr 09:00-17:00; Dec 24 09:00-12:00",
        &[("2027-01-04 16:30", Closed), ("2026-12-07 16:30", Open), ("2026-12-24 12:30", Closed)],
    );
    check_states("Mo[1] 10:00-12:00", &[("2026-12-07 10:30", Open), ("2026-12-14 10:30", Closed)]);
    check_states(
        "Mo-Fr 09:00-12:00; Tu 13:00-16:00 unknown \"by appointment\"",
        &[("2026-12-01 14:00", Unknown), ("2026-12-01 10:00", Closed), ("2026-11-30 10:00", Open)],
    );
    check_states(
        "Mo-Fr 10:00-16:00 || unknown \"call ahead\"",
        &[("2026-12-05 10:00", Unknown), ("2026-12-04 10:00", Open)],
    );
    check_states("week 1-53/2 Fr 09:00-12:00", &[("2027-01-08 10:00", Open), ("2027-01-15 10:00", Closed)]);
}

#[test]
fn times_past_midnight_belong_to_the_evening_they_start() {
    let hours = "Fr-Sa 20:00-02:00";
    // 2026-12-04 is a Friday.
    check_states(hours, &[("2026-12-05 01:30", Open), ("2026-12-05 02:30", Closed), ("2026-12-06 01:30", Open)]);
    check_spans(hours, "2026-12-05", &["00:00-02:00", "20:00-00:00+"]);
    check_spans("Mo 17:00-09:00", "2026-11-30", &["17:00-00:00+"]);
}

#[test]
fn next_change_is_in_amsterdam_time_across_a_clock_change() {
    // Summer time ends on Sunday 2026-10-25: Friday evening to Monday morning crosses it.
    check_next_change(
        "Mo-Fr 09:00-17:00",
        &[("2026-10-23 18:00", Some("2026-10-26 09:00")), ("2026-10-26 10:00", Some("2026-10-26 17:00"))],
    );
    check_next_change("24/7", &[("2026-12-01 10:00", None)]);
}

#[test]
fn open_spans_of_a_day() {
    check_spans("Mo-Fr 09:00-12:30,13:30-17:00", "2026-11-30", &["09:00-12:30", "13:30-17:00"]);
    check_spans("Mo-Fr 09:00-12:30,13:30-17:00", "2026-12-06", &[]);
    check_spans("Mo 09:00-12:00,11:00-13:00", "2026-11-30", &["09:00-13:00"]);
}

#[test]
fn rejects_what_it_cannot_read_in_one_line() {
    for bad in ["", "   ", "Mo-Fx 09:00-17:00", "Mo 9-17", "Tu 25:00-26:00", "Mo-Fr 09:00-17:00;", "garbage"] {
        let error = OpeningHours::parse(bad).expect_err(bad);
        assert!(!error.contains('\n'), "{bad:?}: {error}");
    }
    expect_test::expect![[
        r#"cannot read it from character 4 (expected wday); see the OpenStreetMap opening_hours syntax"#
    ]]
    .assert_eq(&OpeningHours::parse("Mo-Fx 09:00-17:00").unwrap_err());
}
