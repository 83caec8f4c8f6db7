//! `scheme-in-force`: every activity day is on or after the day the scheme began, 1 June 2022; and what the scheme
//! was called on the trip's dates (the pilot scheme until 31 May 2024, regularised under its present name from
//! 1 June 2024 with no gap).
//!
//! Sources: S3 (launch on 1 June 2022), S6 (regularisation and new name from 1 June 2024), S1.
//!
//! Specification: [docs/rules.md#scheme-in-force](../../docs/rules.md#scheme-in-force).

use super::{SourceId, name, Context, Finding, Outcome, RuleId};
use crate::text;

const SOURCES: &[SourceId] = &[SourceId::S3, SourceId::S6, SourceId::S1];

/// `scheme-in-force`, what would fit: activities from the day the scheme began.
pub(super) fn suggest(ctx: &Context) -> Vec<super::Suggestion> {
    super::first_day_from(ctx, RuleId::SchemeInForce, ctx.catalogue.data.scheme.started)
}

pub(super) fn check(ctx: &Context) -> Finding {
    let scheme = &ctx.catalogue.data.scheme;
    let all = ctx.all_days();
    let before: Vec<_> = all.iter().filter(|d| **d < scheme.started).collect();
    if let (Some(&&first), Some(&&last)) = (before.first(), before.last()) {
        let message = match before.len() {
            1 => text!(SchemeInForceFailOne, started = scheme.started, day = first),
            n => text!(SchemeInForceFailMany, started = scheme.started, n = n, first = first, last = last),
        };
        return Finding::new(RuleId::SchemeInForce, Outcome::Fail, message, SOURCES);
    }
    let (Some(first), Some(last)) = (all.first(), all.last()) else {
        return Finding::new(
            RuleId::SchemeInForce,
            Outcome::Info,
            text!(SchemeInForceNoDays, started = scheme.started),
            SOURCES,
        );
    };
    let current = name(&scheme.name_en, Some(scheme.name_zh.as_str()));
    let scheme_name = if *last < scheme.renamed {
        text!(SchemeInForceNamePilot, pilot_name = name(&scheme.pilot_name_en, Some(scheme.pilot_name_zh.as_str())))
    } else if *first >= scheme.renamed {
        text!(
            SchemeInForceNameCurrent,
            name = current,
            short_name = name(&scheme.short_name_en, Some(scheme.short_name_zh.as_str()))
        )
    } else {
        text!(
            SchemeInForceNameBoth,
            pilot_end = scheme.renamed.pred_opt().unwrap_or(scheme.renamed),
            name = current,
            renamed = scheme.renamed
        )
    };
    Finding::new(
        RuleId::SchemeInForce,
        Outcome::Pass,
        text!(SchemeInForcePass, started = scheme.started, scheme_name = scheme_name),
        SOURCES,
    )
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::{Outcome, RuleId};

    fn scheme(spans: &[(&str, &str)]) -> super::Finding {
        let mut c = case();
        c.trips = vec![trip(spans[0].0, None, spans)];
        finding(&c, RuleId::SchemeInForce)
    }

    #[test]
    fn the_first_day_of_the_scheme_passes_and_the_day_before_fails() {
        assert_eq!(scheme(&[("2022-06-01", "2022-06-01")]).outcome, Outcome::Pass);
        let f = scheme(&[("2022-05-31", "2022-06-02")]);
        assert_eq!(f.outcome, Outcome::Fail);
        assert!(f.message.en().contains("1 of your activity days (31 May 2022) is before that"), "{}", f.message);
    }

    #[test]
    fn it_names_the_pilot_scheme_before_june_2024() {
        assert!(scheme(&[("2024-05-30", "2024-05-31")]).message.en().contains("pilot scheme, the \"Pilot Scheme"));
        assert!(scheme(&[("2024-06-01", "2024-06-02")]).message.en().contains("(STV Scheme)"));
        assert!(scheme(&[("2024-05-31", "2024-06-01")]).message.en().contains("pilot scheme until 31 May 2024"));
    }
}
