//! What would fit: for a trip that does not fit as planned, the nearest plan that would, one date at a time.
//!
//! Each rule that a date can fix says which date, and how far it may go: the latest last activity day inside the
//! 14-day window (`window-14-days`) or the permitted stay (`stay-limit`), the latest departure (`stay-limit`), the
//! earliest first activity day once the scheme, the sector or the host could invite (`scheme-in-force`,
//! `sector-in-force`, `host-authorised`), the latest last activity day while the host still could. What no date
//! fixes (a visa to apply for, an unknown host, a missing role) gets none. A suggestion never proposes leaving and
//! coming back: each arrival starts a new window, but short exits made for that may be questioned
//! (docs/rules.md#reentry-pattern).
//!
//! Each suggestion, applied with the others of its rule and trip ([`Suggestion::apply`]), makes that rule pass: the
//! property test in `tests/suggestions.rs` checks it over generated plans.
//! Specification: [docs/cli.md, "What would fit"](../../docs/cli.md).

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::RuleId;
use crate::case::{Case, DaySpan};
use crate::i18n::{Msg, Text};
use crate::text;

/// The date of the plan a suggestion changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanField {
    FirstActivityDay,
    LastActivityDay,
    Arrival,
    Departure,
}

/// How far the date may go: no later than, or no earlier than.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    Latest(NaiveDate),
    Earliest(NaiveDate),
}

/// One change that would make one rule pass for one trip.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    pub rule: RuleId,
    /// The trip's index in the case.
    pub trip: usize,
    pub field: PlanField,
    #[serde(flatten)]
    pub bound: Bound,
}

impl Suggestion {
    pub(super) fn latest(rule: RuleId, trip: usize, field: PlanField, date: NaiveDate) -> Suggestion {
        Suggestion { rule, trip, field, bound: Bound::Latest(date) }
    }

    pub(super) fn earliest(rule: RuleId, trip: usize, field: PlanField, date: NaiveDate) -> Suggestion {
        Suggestion { rule, trip, field, bound: Bound::Earliest(date) }
    }

    /// The case with this change made, everything else as it was: activity days past a latest last day, or before an
    /// earliest first day, are left out (a range is shortened); a departure after a latest departure is brought
    /// forward. A trip whose every activity day would go keeps its shape and moves to the earliest day instead.
    pub fn apply(&self, case: &Case) -> Case {
        let mut case = case.clone();
        let Some(trip) = case.trips.get_mut(self.trip) else { return case };
        match (self.field, self.bound) {
            (PlanField::LastActivityDay, Bound::Latest(last)) => {
                trip.activity_days = clip(&trip.activity_days, None, Some(last));
            }
            (PlanField::FirstActivityDay, Bound::Earliest(first)) => {
                let kept = clip(&trip.activity_days, Some(first), None);
                if kept.is_empty() {
                    if let Some(&earliest) = trip.days().first() {
                        let by = chrono::Days::new((first - earliest).num_days().max(0) as u64);
                        trip.arrival = trip.arrival + by;
                        trip.departure = trip.departure.map(|d| d + by);
                        trip.activity_days = trip.days().into_iter().map(|d| DaySpan::Day(d + by)).collect();
                    }
                } else {
                    trip.activity_days = kept;
                }
            }
            (PlanField::Departure, Bound::Latest(last)) => {
                trip.departure = trip.departure.map(|d| d.min(last));
            }
            (PlanField::Arrival, Bound::Earliest(first)) => trip.arrival = trip.arrival.max(first),
            (PlanField::Arrival, Bound::Latest(last)) => trip.arrival = trip.arrival.min(last),
            (PlanField::Departure, Bound::Earliest(first)) => trip.departure = trip.departure.map(|d| d.max(first)),
            (PlanField::FirstActivityDay, Bound::Latest(_)) | (PlanField::LastActivityDay, Bound::Earliest(_)) => {}
        }
        case
    }
}

impl Suggestion {
    /// The change in words, for the page and a delegation's "to fit" column: "End your activities by Monday
    /// 24 August 2026 (day 14 of the window)." With `several_trips`, the trip's number comes first.
    pub fn text(&self, several_trips: bool) -> Text {
        let date = match self.bound {
            Bound::Latest(d) | Bound::Earliest(d) => d,
        };
        let weekday = weekday(date);
        let change = match (self.rule, self.field) {
            (RuleId::Window14Days, _) => text!(FitWindow, weekday = weekday, date = date),
            (RuleId::StayLimit, PlanField::Departure) => text!(FitStayDeparture, weekday = weekday, date = date),
            (RuleId::StayLimit, _) => text!(FitStayActivity, weekday = weekday, date = date),
            (RuleId::SchemeInForce, _) => text!(FitScheme, weekday = weekday, date = date),
            (RuleId::SectorInForce, _) => text!(FitSector, weekday = weekday, date = date),
            (RuleId::HostAuthorised, PlanField::LastActivityDay) => text!(FitHostUntil, weekday = weekday, date = date),
            _ => text!(FitHostFrom, weekday = weekday, date = date),
        };
        if several_trips {
            text!(FitOnTrip, trip = self.trip + 1, change = change)
        } else {
            change
        }
    }
}

/// The day of the week, as a message.
pub fn weekday(date: NaiveDate) -> Msg {
    match date.weekday() {
        chrono::Weekday::Mon => Msg::WeekdayMon,
        chrono::Weekday::Tue => Msg::WeekdayTue,
        chrono::Weekday::Wed => Msg::WeekdayWed,
        chrono::Weekday::Thu => Msg::WeekdayThu,
        chrono::Weekday::Fri => Msg::WeekdayFri,
        chrono::Weekday::Sat => Msg::WeekdaySat,
        chrono::Weekday::Sun => Msg::WeekdaySun,
    }
}

/// The activity days within `from ..= to` (either end open), ranges shortened to fit.
fn clip(spans: &[DaySpan], from: Option<NaiveDate>, to: Option<NaiveDate>) -> Vec<DaySpan> {
    let inside = |d: NaiveDate| from.is_none_or(|f| d >= f) && to.is_none_or(|t| d <= t);
    spans
        .iter()
        .filter_map(|span| match *span {
            DaySpan::Day(d) => inside(d).then_some(DaySpan::Day(d)),
            DaySpan::Range { from: a, to: b } => {
                let a = from.map_or(a, |f| a.max(f));
                let b = to.map_or(b, |t| b.min(t));
                match a.cmp(&b) {
                    std::cmp::Ordering::Less => Some(DaySpan::Range { from: a, to: b }),
                    std::cmp::Ordering::Equal => Some(DaySpan::Day(a)),
                    std::cmp::Ordering::Greater => None,
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::d;

    #[test]
    fn the_change_reads_with_its_weekday_in_each_language() {
        let s = Suggestion::latest(RuleId::Window14Days, 0, PlanField::LastActivityDay, d("2026-08-24"));
        assert_eq!(s.text(false).en(), "End your activities by Monday 24 August 2026 (day 14 of the window).");
        assert_eq!(s.text(true).en(), "Trip 1: End your activities by Monday 24 August 2026 (day 14 of the window).");
        assert_eq!(s.text(false).render(crate::i18n::Lang::ZhHant), "請於2026年8月24日（星期一）或之前完成活動（即14天期限的第14天）。");
        let s = Suggestion::latest(RuleId::StayLimit, 1, PlanField::Departure, d("2028-02-29"));
        assert!(s.text(true).en().starts_with("Trip 2: Leave Hong Kong by Tuesday 29 February 2028"), "{}", s.text(true).en());
    }

    #[test]
    fn a_range_is_shortened_to_the_latest_day_and_days_after_it_go() {
        let spans = vec![DaySpan::Range { from: d("2026-08-11"), to: d("2026-08-26") }, DaySpan::Day(d("2026-08-30"))];
        assert_eq!(clip(&spans, None, Some(d("2026-08-24"))), vec![DaySpan::Range { from: d("2026-08-11"), to: d("2026-08-24") }]);
        assert_eq!(clip(&spans, Some(d("2026-08-26")), None), vec![DaySpan::Day(d("2026-08-26")), DaySpan::Day(d("2026-08-30"))]);
    }
}
