//! The calendar file (.ics) parses as iCalendar with a parser written by others, holds the dates that matter as
//! all-day events, and nothing personal beyond what was typed.
#![cfg(not(target_arch = "wasm32"))]

use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime};
use stv_check::case::{Case, DaySpan, Trip};
use stv_check::i18n::Lang;
use stv_check::{check, Catalogue};

fn d(s: &str) -> chrono::NaiveDate {
    s.parse().unwrap()
}

fn case() -> Case {
    Case {
        host: Some("Leisure and Cultural Services Dept., Music Office; Strings, Brass".into()),
        nationality: Some("Japan".into()),
        activity: Some("concerts".into()),
        role: Some("violinist".into()),
        trips: vec![
            Trip { arrival: d("2026-12-20"), departure: Some(d("2027-01-05")), activity_days: vec![DaySpan::Range { from: d("2026-12-22"), to: d("2027-01-02") }] },
            Trip { arrival: d("2027-03-01"), departure: None, activity_days: vec![DaySpan::Day(d("2027-03-02"))] },
        ],
        ..Case::default()
    }
}

#[test]
fn the_calendar_file_parses_with_every_date_that_matters_as_an_all_day_event() {
    let c = case();
    let a = check(&c, Catalogue::bundled(), d("2026-11-30"));
    for lang in Lang::ALL {
        let file = stv_check::ics::calendar(&a, c.host.as_deref(), lang, d("2026-11-30"));
        assert!(file.lines().all(|l| l.len() <= 76), "no line is longer than 75 octets and its CR");
        let calendar: Calendar = file.parse().unwrap_or_else(|e| panic!("{lang:?}: {e}\n{file}"));
        let events: Vec<_> = calendar.components.iter().filter_map(|c| match c { CalendarComponent::Event(e) => Some(e), _ => None }).collect();
        let days: Vec<(chrono::NaiveDate, String)> = events
            .iter()
            .map(|e| match e.get_start() {
                Some(DatePerhapsTime::Date(day)) => (day, e.get_summary().unwrap_or_default().to_string()),
                other => panic!("not an all-day event: {other:?}"),
            })
            .collect();
        let dates: Vec<_> = days.iter().map(|(d, _)| d.to_string()).collect();
        // Trip 1: first and last activity days, the window's last day (across the year end), the stay's last day
        // (Japan: 90 days). Trip 2: one activity day (first only), its window's end, its stay's end.
        assert_eq!(dates, ["2026-12-22", "2027-01-02", "2027-01-04", "2027-03-19", "2027-03-02", "2027-03-15", "2027-05-29"], "{lang:?}");
        if lang == Lang::En {
            assert_eq!(days[0].1, "First activity day (Leisure and Cultural Services Dept., Music Office; Strings, Brass)");
            assert_eq!(days[2].1, "Last day of the 14-day window (STV Scheme)");
        }
        for e in &events {
            assert!(e.get_uid().is_some() && e.property_value("DTSTAMP").is_some());
        }
    }
}

#[test]
fn nothing_personal_beyond_what_was_typed() {
    let mut c = case();
    c.letter_text = Some("Dear Ms Aiko TANAKA, passport TK1234567".into());
    let a = check(&c, Catalogue::bundled(), d("2026-11-30"));
    let file = stv_check::ics::calendar(&a, None, Lang::En, d("2026-11-30"));
    assert!(!file.contains("TANAKA") && !file.contains("TK1234567"));
    assert!(file.contains("SUMMARY:First activity day\r\n"));
}
