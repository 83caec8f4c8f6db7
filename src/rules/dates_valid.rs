//! `dates-valid`: the trips' dates agree with each other.
//!
//! For each trip the departure is not before the arrival and every activity day lies between them; no activity day
//! repeats across trips, and trips do not overlap. A trip without activity days is a plain visit. Without any
//! activity day the checker cannot apply the scheme's window. (docs/rules.md#dates-valid; the trip and window are defined in S1.)

use super::{SourceId, Context, Finding, Outcome, RuleId};
use crate::i18n::{Arg, Text};
use crate::text;

const SOURCES: &[SourceId] = &[SourceId::S1];

pub(super) fn check(ctx: &Context) -> Finding {
    let mut conflicts: Vec<Text> = Vec::new();
    for t in &ctx.trips {
        let n = t.index + 1;
        if let Some(dep) = t.departure {
            if dep < t.arrival {
                conflicts.push(text!(DatesValidLeavesBeforeArrival, trip = n, departure = dep, arrival = t.arrival));
            }
        }
        if let Some(before) = t.days.iter().find(|d| **d < t.arrival) {
            conflicts.push(text!(DatesValidDayBeforeArrival, trip = n, day = *before, arrival = t.arrival));
        }
        if let Some(dep) = t.departure {
            if let Some(after) = t.days.iter().find(|d| **d > dep) {
                conflicts.push(text!(DatesValidDayAfterDeparture, trip = n, day = *after, departure = dep));
            }
        }
    }
    let mut by_arrival: Vec<_> = ctx.trips.iter().collect();
    crate::sorting::sort_by_key(&mut by_arrival, |t| crate::sorting::number(chrono::Datelike::num_days_from_ce(&t.arrival).into()));
    for pair in by_arrival.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        match a.departure {
            Some(dep) if b.arrival < dep => conflicts.push(text!(
                DatesValidTripsOverlap,
                later = b.index + 1,
                arrival = b.arrival,
                earlier = a.index + 1,
                departure = dep
            )),
            None => conflicts.push(text!(
                DatesValidOpenTripThenAnother,
                earlier = a.index + 1,
                later = b.index + 1,
                arrival = b.arrival
            )),
            _ => {}
        }
        if let Some(same) = a.days.iter().find(|d| b.days.contains(d)) {
            conflicts.push(text!(DatesValidDayInTwoTrips, day = *same, earlier = a.index + 1, later = b.index + 1));
        }
    }
    if !conflicts.is_empty() {
        return Finding::new(
            RuleId::DatesValid,
            Outcome::Unknown,
            text!(DatesValidConflicts, conflicts = Arg::List(conflicts)),
            SOURCES,
        );
    }
    if ctx.trips.iter().all(|t| t.days.is_empty()) {
        return Finding::new(RuleId::DatesValid, Outcome::Unknown, text!(DatesValidNoActivityDays), SOURCES);
    }
    let plain: Vec<String> = ctx.trips.iter().filter(|t| t.days.is_empty()).map(|t| (t.index + 1).to_string()).collect();
    if !plain.is_empty() {
        return Finding::new(RuleId::DatesValid, Outcome::Info, text!(DatesValidPlainVisit, trips = plain.join(", ")), SOURCES);
    }
    Finding::new(RuleId::DatesValid, Outcome::Pass, text!(DatesValidPass), SOURCES)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::{Outcome, RuleId};

    fn dates(trips: Vec<crate::case::Trip>) -> super::Finding {
        let mut c = case();
        c.trips = trips;
        finding(&c, RuleId::DatesValid)
    }

    #[test]
    fn consistent_dates_pass() {
        assert_eq!(dates(vec![trip("2026-03-01", Some("2026-03-20"), &[("2026-03-01", "2026-03-20")])]).outcome, Outcome::Pass);
    }

    #[test]
    fn each_conflict_names_the_dates() {
        let f = dates(vec![trip("2026-03-05", Some("2026-03-01"), &[("2026-03-05", "2026-03-05")])]);
        assert_eq!(f.outcome, Outcome::Unknown);
        assert!(f.message.en().contains("trip 1 leaves on 1 March 2026, before it arrives on 5 March 2026"), "{}", f.message);
        let f = dates(vec![trip("2026-03-05", Some("2026-03-10"), &[("2026-03-04", "2026-03-11")])]);
        assert!(f.message.en().contains("4 March 2026, before its arrival"), "{}", f.message);
        assert!(f.message.en().contains("11 March 2026, after its departure"), "{}", f.message);
    }

    #[test]
    fn a_day_in_two_trips_and_overlapping_trips_are_conflicts() {
        let f = dates(vec![
            trip("2026-03-01", Some("2026-03-10"), &[("2026-03-02", "2026-03-03")]),
            trip("2026-03-09", Some("2026-03-12"), &[("2026-03-03", "2026-03-03")]),
        ]);
        assert!(f.message.en().contains("trip 2 arrives on 9 March 2026, before trip 1 leaves on 10 March 2026"), "{}", f.message);
        assert!(f.message.en().contains("3 March 2026 is an activity day of both trip 1 and trip 2"), "{}", f.message);
    }

    #[test]
    fn no_activity_days_at_all_is_unknown_and_a_plain_visit_is_information() {
        assert_eq!(dates(vec![trip("2026-03-01", Some("2026-03-05"), &[])]).outcome, Outcome::Unknown);
        assert_eq!(dates(vec![]).outcome, Outcome::Unknown);
        let f = dates(vec![
            trip("2026-03-01", Some("2026-03-05"), &[("2026-03-02", "2026-03-02")]),
            trip("2026-04-01", Some("2026-04-05"), &[]),
        ]);
        assert_eq!(f.outcome, Outcome::Info);
        assert!(f.message.en().contains("Trip 2 has no activity days"));
    }
}
