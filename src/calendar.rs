//! A trip as a strip of calendar days: arrival, activity days, the 14-day window, the last permitted day and the
//! departure, with a text equivalent that says the same in words (for screen readers, and for anyone).

use chrono::{Datelike, Days, NaiveDate};

use crate::i18n::{long_date, Lang, Msg};
use crate::rules::TripDates;
use crate::text;

/// The most days one strip shows; a longer stay is cut after the window, and the text says where it ends.
pub const MAX_DAYS: i64 = 42;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Day {
    pub date: NaiveDate,
    pub arrival: bool,
    pub departure: bool,
    pub activity: bool,
    /// Inside the 14-day window.
    pub in_window: bool,
    /// An activity day that falls after the window or after the permitted stay.
    pub outside: bool,
    pub last_permitted: bool,
    /// After the last permitted day.
    pub over_stay: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Strip {
    pub days: Vec<Day>,
    /// Set when the stay is longer than the strip: the day the strip would have had to reach.
    pub cut_before: Option<NaiveDate>,
    pub text: String,
}

pub fn strip(trip: &TripDates, lang: Lang) -> Strip {
    let first_activity = trip.activity_days.first().copied();
    let last_activity = trip.activity_days.last().copied();
    let start = first_activity.map_or(trip.arrival, |d| d.min(trip.arrival));
    let natural_end = [Some(trip.arrival), trip.departure, last_activity, trip.window_end]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(trip.arrival);
    let (end, cut_before) = if (natural_end - start).num_days() >= MAX_DAYS {
        let shown = start + Days::new(MAX_DAYS as u64 - 1);
        (shown, Some(natural_end))
    } else {
        (natural_end, None)
    };
    let days = start
        .iter_days()
        .take_while(|d| *d <= end)
        .map(|date| {
            let in_window = matches!((trip.window_start, trip.window_end), (Some(s), Some(e)) if s <= date && date <= e);
            let over_stay = trip.last_permitted_day.is_some_and(|l| date > l);
            let activity = trip.activity_days.contains(&date);
            Day {
                date,
                arrival: date == trip.arrival,
                departure: trip.departure == Some(date),
                activity,
                in_window,
                outside: activity && (!in_window || over_stay),
                last_permitted: trip.last_permitted_day == Some(date),
                over_stay,
            }
        })
        .collect();
    Strip { days, cut_before, text: describe(trip, lang) }
}

/// The trip in words: "Arrive 5 August 2026. Activity days: 11 to 24 August 2026. ..."
pub fn describe(trip: &TripDates, lang: Lang) -> String {
    let mut parts = vec![text!(CalendarArrive, date = trip.arrival)];
    if trip.activity_days.is_empty() {
        parts.push(text!(CalendarNoActivity));
    } else {
        parts.push(text!(CalendarActivityDays, count = trip.activity_days.len(), days = runs(&trip.activity_days, lang).join(Msg::CalendarRunSeparator.in_(lang))));
    }
    if let (Some(s), Some(e)) = (trip.window_start, trip.window_end) {
        parts.push(text!(CalendarWindow, first = s, last = e));
    }
    if let Some(l) = trip.last_permitted_day {
        parts.push(text!(CalendarLastPermitted, date = l));
    }
    if let Some(d) = trip.departure {
        parts.push(text!(CalendarLeave, date = d));
    }
    parts.iter().map(|t| t.render(lang)).collect::<Vec<_>>().join(Msg::CalendarSentenceSeparator.in_(lang))
}

/// Consecutive days as runs: "11 to 24 August 2026", "26 August 2026". English shortens a run within one month;
/// Chinese writes both dates out.
fn runs(days: &[NaiveDate], lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < days.len() {
        let mut j = i;
        while j + 1 < days.len() && days[j + 1] == days[j] + Days::new(1) {
            j += 1;
        }
        let (a, b) = (days[i], days[j]);
        out.push(if a == b {
            long_date(lang, a)
        } else if lang == Lang::En && a.year() == b.year() && a.month() == b.month() {
            text!(CalendarRun, from = a.day(), to = b).render(lang)
        } else {
            text!(CalendarRun, from = a, to = b).render(lang)
        });
        i = j + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn trip() -> TripDates {
        let activity_days: Vec<NaiveDate> = d("2026-08-11").iter_days().take(15).collect();
        TripDates {
            arrival: d("2026-08-05"),
            departure: Some(d("2026-08-30")),
            activity_days,
            window_start: Some(d("2026-08-11")),
            window_end: Some(d("2026-08-24")),
            last_permitted_day: Some(d("2026-08-27")),
        }
    }

    #[test]
    fn the_strip_marks_each_kind_of_day() {
        let s = strip(&trip(), Lang::En);
        assert_eq!(s.days.first().unwrap().date, d("2026-08-05"));
        assert_eq!(s.days.last().unwrap().date, d("2026-08-30"));
        let day = |date: &str| s.days.iter().find(|x| x.date == d(date)).unwrap().clone();
        assert!(day("2026-08-05").arrival);
        assert!(day("2026-08-24").in_window && day("2026-08-24").activity && !day("2026-08-24").outside);
        assert!(day("2026-08-25").activity && day("2026-08-25").outside, "day 15 is outside the window");
        assert!(day("2026-08-27").last_permitted);
        assert!(day("2026-08-28").over_stay && day("2026-08-30").departure);
        assert_eq!(s.cut_before, None);
    }

    #[test]
    fn the_text_says_the_same_in_words() {
        let t = describe(&trip(), Lang::En);
        assert_eq!(
            t,
            "Arrive 5 August 2026. Activity days (15): 11 to 25 August 2026. 14-day window: 11 August 2026 (day 1) \
             to 24 August 2026 (day 14). Last permitted day: 27 August 2026. Leave 30 August 2026."
        );
    }

    #[test]
    fn a_long_stay_is_cut_and_says_so() {
        let mut t = trip();
        t.departure = Some(d("2026-12-01"));
        let s = strip(&t, Lang::En);
        assert_eq!(s.days.len() as i64, MAX_DAYS);
        assert_eq!(s.cut_before, Some(d("2026-12-01")));
        assert!(s.text.contains("Leave 1 December 2026"));
    }

    #[test]
    fn the_text_reads_in_chinese_too() {
        let t = describe(&trip(), Lang::ZhHant);
        assert!(t.starts_with("2026年8月5日抵港。"), "{t}");
        assert!(t.contains("2026年8月11日至2026年8月25日"), "{t}");
        assert!(!t.contains('{'), "{t}");
    }

    #[test]
    fn runs_span_months_and_years() {
        assert_eq!(runs(&[d("2027-12-31"), d("2028-01-01"), d("2028-01-03")], Lang::En), vec!["31 December 2027 to 1 January 2028", "3 January 2028"]);
    }
}
