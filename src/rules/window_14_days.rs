//! `window-14-days`: every activity day of a trip lies within the 14 consecutive calendar days that start on its
//! first activity day.
//!
//! Source S1: "up to 14 consecutive calendar days, counting from the day when the eligible visitors start to
//! participate in such activities, for each period of permitted stay as visitor (i.e. upon each arrival)". FAQ Q2
//! (arrive 5 August, start 11 August: the window ends 24 August), Q3 (only the visitor's own days count, however
//! long the event). There is no cap on the number of activities inside the window. Gaps do not pause it.
//!
//! Specification: [docs/rules.md#window-14-days](../../docs/rules.md#window-14-days).

use super::suggestions::{PlanField, Suggestion};
use super::{SourceId, window_end, Context, Finding, Outcome, RuleId};
use crate::i18n::Arg;
use crate::text;

const SOURCES: &[SourceId] = &[SourceId::S1];

/// One finding per trip that has activity days.
pub(super) fn check(ctx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    for trip in &ctx.trips {
        let (Some(&first), Some(&last)) = (trip.days.first(), trip.days.last()) else { continue };
        let end = window_end(first);
        let outside: Vec<_> = trip.days.iter().filter(|d| **d > end).collect();
        let finding = match outside.first() {
            None => Finding::new(
                RuleId::Window14Days,
                Outcome::Pass,
                text!(
                    Window14DaysPass,
                    days = Arg::Days(trip.days.len() as i64),
                    first = first,
                    last = last,
                    window_end = end
                ),
                SOURCES,
            ),
            Some(&&late) => {
                let day_number = (late - first).num_days() + 1;
                let more = match outside.len() {
                    1 => Arg::Str(String::new()),
                    n => text!(Window14DaysMoreAfter, n = n - 1).into(),
                };
                Finding::new(
                    RuleId::Window14Days,
                    Outcome::Fail,
                    text!(
                        Window14DaysFail,
                        late_day = late,
                        day_number = day_number,
                        first = first,
                        window_end = end,
                        more = more
                    ),
                    SOURCES,
                )
            }
        };
        out.push(finding.on_trip(trip.index));
    }
    out
}

/// `window-14-days`, what would fit: the activity days of each trip ending by the window's last day.
pub(super) fn suggest(ctx: &Context) -> Vec<Suggestion> {
    ctx.trips
        .iter()
        .filter_map(|trip| {
            let end = window_end(*trip.days.first()?);
            (trip.days.last()? > &end).then(|| Suggestion::latest(RuleId::Window14Days, trip.index, PlanField::LastActivityDay, end))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::{Outcome, RuleId};

    fn window(spans: &[(&str, &str)]) -> super::Finding {
        let mut c = case();
        c.trips = vec![trip("2026-08-05", Some("2026-09-10"), spans)];
        finding(&c, RuleId::Window14Days)
    }

    #[test]
    fn day_fourteen_is_inside_the_window() {
        // ImmD FAQ Q2: start 11 August, the window ends 24 August.
        let f = window(&[("2026-08-11", "2026-08-24")]);
        assert_eq!(f.outcome, Outcome::Pass);
        assert!(f.message.en().contains("24 August 2026 (day 14)"), "{}", f.message);
    }

    #[test]
    fn day_fifteen_fails_and_names_the_day_and_the_window_end() {
        let f = window(&[("2026-08-11", "2026-08-25")]);
        assert_eq!(f.outcome, Outcome::Fail);
        assert!(f.message.en().starts_with("25 August 2026 would be day 15 of your window"), "{}", f.message);
        assert!(f.message.en().contains("to 24 August 2026 (day 14)"), "{}", f.message);
    }

    #[test]
    fn gaps_do_not_pause_the_window() {
        let f = window(&[("2026-08-11", "2026-08-11"), ("2026-08-26", "2026-08-26")]);
        assert_eq!(f.outcome, Outcome::Fail);
        assert!(f.message.en().contains("day 16"), "{}", f.message);
    }

    #[test]
    fn the_window_starts_on_the_first_activity_day_not_the_arrival() {
        // Arrive 5 August; five days of a long event from 20 August (FAQ Q3): fine.
        assert_eq!(window(&[("2026-08-20", "2026-08-24")]).outcome, Outcome::Pass);
    }

    #[test]
    fn it_counts_across_a_year_end_and_a_leap_day() {
        let mut c = case();
        c.trips = vec![trip("2027-12-20", Some("2028-01-20"), &[("2027-12-25", "2028-01-07")])];
        assert_eq!(finding(&c, RuleId::Window14Days).outcome, Outcome::Pass);
        c.trips = vec![trip("2027-12-20", Some("2028-01-20"), &[("2027-12-25", "2028-01-08")])];
        assert!(finding(&c, RuleId::Window14Days).message.en().contains("8 January 2028 would be day 15"));
        // 2028 is a leap year: 16 February + 13 days is 29 February.
        c.trips = vec![trip("2028-02-10", Some("2028-03-10"), &[("2028-02-16", "2028-02-29")])];
        assert_eq!(finding(&c, RuleId::Window14Days).outcome, Outcome::Pass);
        c.trips = vec![trip("2028-02-10", Some("2028-03-10"), &[("2028-02-16", "2028-03-01")])];
        assert!(finding(&c, RuleId::Window14Days).message.en().contains("1 March 2028 would be day 15"));
    }

    #[test]
    fn each_trip_has_its_own_window() {
        let mut c = case();
        c.trips = vec![
            trip("2026-04-01", Some("2026-04-14"), &[("2026-04-01", "2026-04-14")]),
            trip("2026-05-01", Some("2026-05-20"), &[("2026-05-01", "2026-05-15")]),
        ];
        let f = findings(&c, RuleId::Window14Days);
        assert_eq!((f[0].outcome, f[0].trip), (Outcome::Pass, Some(0)));
        assert_eq!((f[1].outcome, f[1].trip), (Outcome::Fail, Some(1)));
    }

    #[test]
    fn a_trip_without_activity_days_has_no_window() {
        let mut c = case();
        c.trips.push(trip("2026-06-01", Some("2026-06-03"), &[]));
        assert_eq!(findings(&c, RuleId::Window14Days).len(), 1);
    }

    fn suggestions(arrival: &str, spans: &[(&str, &str)]) -> Vec<super::Suggestion> {
        let mut c = case();
        c.trips = vec![trip(arrival, None, spans)];
        run(&c).suggestions.into_iter().filter(|s| s.rule == RuleId::Window14Days).collect()
    }

    #[test]
    fn what_would_fit_is_the_last_day_of_the_window() {
        use super::super::{Bound, PlanField};
        // Day 15 (25 August) suggests ending by 24 August, day 14; day 14 needs nothing.
        let s = suggestions("2026-08-10", &[("2026-08-11", "2026-08-25")]);
        assert_eq!(s.len(), 1);
        assert_eq!((s[0].field, s[0].bound), (PlanField::LastActivityDay, Bound::Latest(d("2026-08-24"))));
        assert!(suggestions("2026-08-10", &[("2026-08-11", "2026-08-24")]).is_empty());
        // Across a year end and a leap day.
        let s = suggestions("2026-12-20", &[("2026-12-21", "2027-01-05")]);
        assert_eq!(s[0].bound, Bound::Latest(d("2027-01-03")));
        let s = suggestions("2028-02-20", &[("2028-02-20", "2028-03-10")]);
        assert_eq!(s[0].bound, Bound::Latest(d("2028-03-04")));
    }

    #[test]
    fn applied_the_suggestion_makes_the_window_pass() {
        let mut c = case();
        c.trips = vec![trip("2026-08-10", Some("2026-08-30"), &[("2026-08-11", "2026-08-20"), ("2026-08-27", "2026-08-27")])];
        let s = run(&c).suggestions;
        let fixed = s[0].apply(&c);
        assert_eq!(finding(&fixed, RuleId::Window14Days).outcome, Outcome::Pass);
        assert_eq!(fixed.trips[0].days().last(), Some(&d("2026-08-20")));
    }
}
