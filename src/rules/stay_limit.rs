//! `stay-limit`: the permitted stay caps both the stay and the 14-day window.
//!
//! Source S1, FAQ Q7: "For invitees who have been permitted to remain in Hong Kong for less than 14 days, the
//! duration they can participate in the designated activities will be shorter accordingly", and the letter "will not
//! entitle them to remain in Hong Kong for longer". Visa-free periods: S7. The last permitted day is taken as
//! arrival + N − 1 (the arrival counted as day 1), the conservative reading; the landing slip states the exact date.
//!
//! Specification: [docs/rules.md#stay-limit](../../docs/rules.md#stay-limit).

use super::suggestions::{PlanField, Suggestion};
use super::{SourceId, last_permitted_day, Context, Finding, Outcome, RuleId};
use crate::i18n::{Arg, Text};
use crate::text;

const SOURCES: &[SourceId] = &[SourceId::S1, SourceId::S7];

/// The permitted stay in days: the user's (from a visa or landing slip) or the entry route's.
pub(super) fn permitted_days(ctx: &Context) -> Option<u32> {
    ctx.case.permitted_stay_days.or(ctx.route.permitted_days)
}

/// `stay-limit`, what would fit: activity days and the departure by the last permitted day, for each trip that runs
/// past it. Nothing while the permitted stay is not known (a visa sets it).
pub(super) fn suggest(ctx: &Context) -> Vec<Suggestion> {
    let Some(n) = permitted_days(ctx) else { return Vec::new() };
    let mut out = Vec::new();
    for trip in &ctx.trips {
        let last = last_permitted_day(trip.arrival, n);
        if trip.days.last().is_some_and(|d| *d > last) {
            out.push(Suggestion::latest(RuleId::StayLimit, trip.index, PlanField::LastActivityDay, last));
        }
        if trip.departure.is_some_and(|d| d > last) {
            out.push(Suggestion::latest(RuleId::StayLimit, trip.index, PlanField::Departure, last));
        }
    }
    out
}

/// One finding per trip.
pub(super) fn check(ctx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    for trip in &ctx.trips {
        let finding = match permitted_days(ctx) {
            None => Finding::new(
                RuleId::StayLimit,
                Outcome::Info,
                text!(StayLimitNoStay, set_by = ctx.route.stay_set_by.clone()),
                SOURCES,
            ),
            Some(n) => {
                let last = last_permitted_day(trip.arrival, n);
                let basis: Text = match (ctx.case.permitted_stay_days, &ctx.route.stay_basis) {
                    (None, Some(basis)) => basis.clone(),
                    // The route fixes no stay without saying where it comes from, so the stay is the user's.
                    _ => text!(StayLimitBasisEntered),
                };
                let stay = Arg::Days(n.into());
                let late_day = trip.days.iter().copied().filter(|d| *d > last).max();
                let late_departure = trip.departure.filter(|d| *d > last);
                let furthest = [late_day, late_departure].into_iter().flatten().max();
                match furthest {
                    None => {
                        let message = match trip.departure {
                            Some(dep) => text!(
                                StayLimitPassDeparture,
                                stay = stay,
                                basis = basis,
                                arrival = trip.arrival,
                                last_day = last,
                                departure = dep
                            ),
                            None => text!(
                                StayLimitPassNoDeparture,
                                stay = stay,
                                basis = basis,
                                arrival = trip.arrival,
                                last_day = last
                            ),
                        };
                        Finding::new(RuleId::StayLimit, Outcome::Pass, message, SOURCES)
                    }
                    Some(furthest) => {
                        let over = Arg::Days((furthest - last).num_days());
                        let message = match (late_day, late_departure) {
                            (Some(d), _) => text!(
                                StayLimitLateActivityDay,
                                stay = stay,
                                basis = basis,
                                arrival = trip.arrival,
                                last_day = last,
                                day = d,
                                over = over
                            ),
                            (None, Some(d)) => text!(
                                StayLimitLateDeparture,
                                stay = stay,
                                basis = basis,
                                arrival = trip.arrival,
                                last_day = last,
                                departure = d,
                                over = over
                            ),
                            (None, None) => unreachable!("furthest is one of them"),
                        };
                        Finding::new(RuleId::StayLimit, Outcome::Condition, message, SOURCES)
                    }
                }
            }
        };
        out.push(finding.on_trip(trip.index));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::{Outcome, RuleId};

    fn stay(nationality: &str, stay_days: Option<u32>, departure: &str, last_activity: &str) -> super::Finding {
        let mut c = case();
        c.nationality = Some(nationality.into());
        c.permitted_stay_days = stay_days;
        c.trips = vec![trip("2026-05-01", Some(departure), &[("2026-05-02", last_activity)])];
        finding(&c, RuleId::StayLimit)
    }

    #[test]
    fn fourteen_days_visa_free_ends_on_day_fourteen() {
        // Philippines: 14 days from 1 May, so 14 May is the last day.
        assert_eq!(stay("PHILIPPINES", None, "2026-05-14", "2026-05-10").outcome, Outcome::Pass);
        let f = stay("PHILIPPINES", None, "2026-05-15", "2026-05-10");
        assert_eq!(f.outcome, Outcome::Condition);
        assert!(f.message.en().contains("ends on 14 May 2026"), "{}", f.message);
        assert!(f.message.en().contains("1 day too long"), "{}", f.message);
    }

    #[test]
    fn seven_days_default_row() {
        // A nationality without a row of its own: 7 days (the table's last row).
        let f = stay("Timor-Leste", None, "2026-05-08", "2026-05-05");
        assert_eq!(f.outcome, Outcome::Condition, "{}", f.message);
        assert!(f.message.en().contains("7 days"), "{}", f.message);
        assert_eq!(stay("Timor-Leste", None, "2026-05-07", "2026-05-05").outcome, Outcome::Pass);
    }

    #[test]
    fn thirty_ninety_and_one_eighty_days() {
        assert_eq!(stay("Thailand", None, "2026-05-30", "2026-05-10").outcome, Outcome::Pass);
        assert_eq!(stay("Thailand", None, "2026-05-31", "2026-05-10").outcome, Outcome::Condition);
        assert_eq!(stay("Japan", None, "2026-07-29", "2026-05-10").outcome, Outcome::Pass);
        assert_eq!(stay("Japan", None, "2026-07-30", "2026-05-10").outcome, Outcome::Condition);
        assert_eq!(stay("GBR", None, "2026-10-27", "2026-05-10").outcome, Outcome::Pass);
        assert_eq!(stay("GBR", None, "2026-10-28", "2026-05-10").outcome, Outcome::Condition);
    }

    #[test]
    fn a_short_stay_cuts_the_window_short() {
        // FAQ Q7: a 7-day stay from 1 May ends 7 May; an activity day on 9 May is outside it.
        let f = stay("GBR", Some(7), "2026-05-07", "2026-05-09");
        assert_eq!(f.outcome, Outcome::Condition);
        assert!(f.message.en().contains("activity day 9 May 2026 is after it"), "{}", f.message);
        assert!(f.message.en().contains("the stay you entered"), "{}", f.message);
    }

    #[test]
    fn the_users_stay_overrides_the_table() {
        assert_eq!(stay("PHILIPPINES", Some(30), "2026-05-20", "2026-05-10").outcome, Outcome::Pass);
    }

    #[test]
    fn visa_nationals_without_a_stay_get_information() {
        let f = stay("Nigeria", None, "2026-05-20", "2026-05-10");
        assert_eq!(f.outcome, Outcome::Info);
        assert!(f.message.en().contains("visa"), "{}", f.message);
    }

    #[test]
    fn what_would_fit_is_the_last_permitted_day_for_both_activities_and_departure() {
        use super::super::{Bound, PlanField};
        // A stay of 10 days from 1 March ends on 10 March, before the window (2 to 15 March) would.
        let mut c = case();
        c.permitted_stay_days = Some(10);
        c.trips = vec![trip("2026-03-01", Some("2026-03-14"), &[("2026-03-02", "2026-03-12")])];
        let s: Vec<_> = run(&c).suggestions.into_iter().filter(|s| s.rule == RuleId::StayLimit).collect();
        assert_eq!(
            s.iter().map(|s| (s.field, s.bound)).collect::<Vec<_>>(),
            [(PlanField::LastActivityDay, Bound::Latest(d("2026-03-10"))), (PlanField::Departure, Bound::Latest(d("2026-03-10")))]
        );
        let fixed = s.iter().fold(c, |c, s| s.apply(&c));
        assert_eq!(finding(&fixed, RuleId::StayLimit).outcome, Outcome::Pass);
    }

    #[test]
    fn several_trips_get_their_own_and_a_visa_national_without_a_stay_gets_none() {
        let mut c = case();
        c.permitted_stay_days = Some(7);
        c.trips = vec![
            trip("2026-03-01", Some("2026-03-05"), &[("2026-03-02", "2026-03-03")]),
            trip("2026-05-01", Some("2026-05-09"), &[("2026-05-02", "2026-05-03")]),
        ];
        let s = run(&c).suggestions;
        assert_eq!(s.iter().map(|s| s.trip).collect::<Vec<_>>(), [1], "{s:?}");
        let mut c = case();
        c.nationality = Some("Nigeria".into());
        c.trips = vec![trip("2026-03-01", Some("2026-09-05"), &[("2026-03-02", "2026-03-03")])];
        assert!(run(&c).suggestions.is_empty());
    }
}
