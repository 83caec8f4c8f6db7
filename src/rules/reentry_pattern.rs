//! `reentry-pattern`: a caution about short exits between two trips with activity days.
//!
//! Each arrival starts a new window (S1), but no source says how officers treat short exits made to restart it. So
//! when two such trips are separated by an absence of 7 days or less (the days between the departure and the next
//! arrival, neither counted; coming back on the day of departure or the next day is an absence of 0 days), the
//! checker warns. Source: none; this is a deliberate, stated caution.
//! Specification: docs/rules.md#reentry-pattern

use super::{SourceId, Context, Finding, Outcome, RuleId};
use crate::i18n::Arg;
use crate::text;

/// The longest absence, in days, that earns the warning.
const SHORT_ABSENCE: i64 = 7;

/// One finding when two or more trips have activity days; none otherwise.
pub(super) fn check(ctx: &Context) -> Option<Finding> {
    let mut trips: Vec<_> = ctx.trips.iter().filter(|t| !t.days.is_empty()).collect();
    if trips.len() < 2 {
        return None;
    }
    crate::sorting::sort_by_key(&mut trips, |t| crate::sorting::number(chrono::Datelike::num_days_from_ce(&t.arrival).into()));
    let mut short = Vec::new();
    let mut unknown = Vec::new();
    for pair in trips.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        match a.departure {
            None => unknown.push(a.index + 1),
            Some(dep) => {
                // A same-day return would count -1: it is the plainest restart of the window, so it is 0 days.
                let absence = ((b.arrival - dep).num_days() - 1).max(0);
                if (0..=SHORT_ABSENCE).contains(&absence) {
                    short.push(text!(
                        ReentryPatternShortAbsence,
                        departure = dep,
                        back = b.arrival,
                        away = Arg::Days(absence)
                    ));
                }
            }
        }
    }
    let finding = if !short.is_empty() {
        Finding::new(
            RuleId::ReentryPattern,
            Outcome::Warning,
            text!(ReentryPatternWarning, absences = Arg::List(short)),
            &[],
        )
    } else if !unknown.is_empty() {
        Finding::new(RuleId::ReentryPattern, Outcome::Info, text!(ReentryPatternNoDeparture), &[])
    } else {
        Finding::new(
            RuleId::ReentryPattern,
            Outcome::Pass,
            text!(ReentryPatternPass, days = Arg::Days(SHORT_ABSENCE)),
            &[SourceId::S1],
        )
    };
    Some(finding)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::{Outcome, RuleId};

    fn reentry(first_departure: &str, second_arrival: &str) -> super::Finding {
        let mut c = case();
        c.trips = vec![
            trip("2026-02-01", Some(first_departure), &[("2026-02-02", "2026-02-05")]),
            trip(second_arrival, Some("2026-03-30"), &[(second_arrival, second_arrival)]),
        ];
        finding(&c, RuleId::ReentryPattern)
    }

    #[test]
    fn an_absence_of_seven_days_warns_and_eight_does_not() {
        // Leaving on 10 February and returning on 18 February is an absence of 7 days.
        let f = reentry("2026-02-10", "2026-02-18");
        assert_eq!(f.outcome, Outcome::Warning);
        assert!(f.message.en().contains("7 days away"), "{}", f.message);
        assert_eq!(reentry("2026-02-10", "2026-02-19").outcome, Outcome::Pass);
    }

    #[test]
    fn a_next_day_return_warns() {
        let f = reentry("2026-02-10", "2026-02-11");
        assert_eq!(f.outcome, Outcome::Warning);
        assert!(f.message.en().contains("0 days away"), "{}", f.message);
    }

    #[test]
    fn a_same_day_return_warns_as_an_absence_of_zero_days() {
        // Leaving and coming back on 10 February: the plainest way to restart the window.
        let f = reentry("2026-02-10", "2026-02-10");
        assert_eq!(f.outcome, Outcome::Warning);
        assert!(f.message.en().contains("0 days away"), "{}", f.message);
    }

    #[test]
    fn eight_days_away_passes_and_names_no_absence() {
        let f = reentry("2026-02-10", "2026-02-19");
        assert_eq!(f.outcome, Outcome::Pass);
        assert!(!f.message.en().contains("days away"), "{}", f.message);
    }

    #[test]
    fn one_trip_has_no_pattern() {
        assert!(findings(&case(), RuleId::ReentryPattern).is_empty());
    }
}
