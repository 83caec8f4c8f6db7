//! `dates-past`: whether the trip is in the past, or so far ahead that the rules and lists may have changed.
//!
//! `info` when every activity day is before today (Hong Kong date); `warning` when the first activity day is more
//! than 12 months after the date the bundled data was last reviewed. A caution of the checker's (docs/rules.md#dates-past), not a
//! rule of the scheme.

use chrono::Months;

use super::{Context, Finding, Outcome, RuleId};
use crate::text;

pub(super) fn check(ctx: &Context) -> Option<Finding> {
    let all = ctx.all_days();
    let (first, last) = (*all.first()?, *all.last()?);
    let reviewed = ctx.catalogue.data_as_of();
    let horizon = reviewed.checked_add_months(Months::new(12)).unwrap_or(reviewed);
    let finding = if last < ctx.today {
        Finding::new(RuleId::DatesPast, Outcome::Info, text!(DatesPastPast, today = ctx.today), &[])
    } else if first > horizon {
        Finding::new(
            RuleId::DatesPast,
            Outcome::Warning,
            text!(DatesPastFarAhead, first = first, reviewed = reviewed),
            &[],
        )
    } else {
        Finding::new(RuleId::DatesPast, Outcome::Pass, text!(DatesPastPass, reviewed = reviewed), &[])
    };
    Some(finding)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::{check, Outcome, RuleId};
    use crate::catalogue::Catalogue;

    fn past(day: &str, today: &str) -> super::Finding {
        let mut c = case();
        c.trips = vec![trip(day, None, &[(day, day)])];
        let a = check(&c, Catalogue::bundled(), d(today));
        a.findings.into_iter().find(|f| f.rule == RuleId::DatesPast).unwrap()
    }

    #[test]
    fn a_trip_before_today_is_noted() {
        assert_eq!(past("2026-01-14", "2026-01-15").outcome, Outcome::Info);
        assert_eq!(past("2026-01-15", "2026-01-15").outcome, Outcome::Pass);
    }

    #[test]
    fn a_trip_more_than_a_year_after_the_review_warns() {
        let reviewed = Catalogue::bundled().data_as_of();
        let limit = reviewed.checked_add_months(chrono::Months::new(12)).unwrap();
        assert_eq!(past(&limit.to_string(), "2026-01-15").outcome, Outcome::Pass);
        let f = past(&limit.succ_opt().unwrap().to_string(), "2026-01-15");
        assert_eq!(f.outcome, Outcome::Warning);
        assert!(f.message.en().contains("check again nearer the time"), "{}", f.message);
    }
}
