//! `scheme-in-force`: every activity day is on or after the day the scheme began, 1 June 2022; and what the scheme
//! was called on the trip's dates (the pilot scheme until 31 May 2024, regularised under its present name from
//! 1 June 2024 with no gap).
//!
//! Sources: S3 (launch on 1 June 2022), S6 (regularisation and new name from 1 June 2024), S1.

use super::{long_date, Context, Finding, Outcome, RuleId};

const SOURCES: &[&str] = &["S3", "S6", "S1"];

pub(super) fn check(ctx: &Context) -> Finding {
    let scheme = &ctx.catalogue.data.scheme;
    let all = ctx.all_days();
    let before: Vec<_> = all.iter().filter(|d| **d < scheme.started).collect();
    if let (Some(first), Some(last)) = (before.first(), before.last()) {
        let n = before.len();
        let span = if n == 1 { long_date(**first) } else { format!("{} to {}", long_date(**first), long_date(**last)) };
        return Finding::new(
            RuleId::SchemeInForce,
            Outcome::Fail,
            format!(
                "The scheme began on {}. {n} of your activity days ({span}) {} before that.",
                long_date(scheme.started),
                if n == 1 { "is" } else { "are" }
            ),
            SOURCES,
        );
    }
    let (Some(first), Some(last)) = (all.first(), all.last()) else {
        return Finding::new(
            RuleId::SchemeInForce,
            Outcome::Info,
            format!("The scheme has been in force since {}.", long_date(scheme.started)),
            SOURCES,
        );
    };
    let name = if *last < scheme.renamed {
        format!("On your dates it was the pilot scheme, the \"{}\".", scheme.pilot_name_en)
    } else if *first >= scheme.renamed {
        format!("On your dates it is the \"{}\" ({}).", scheme.name_en, scheme.short_name_en)
    } else {
        format!(
            "It was the pilot scheme until {}, and the \"{}\" from {}, with no gap.",
            long_date(scheme.renamed.pred_opt().unwrap_or(scheme.renamed)),
            scheme.name_en,
            long_date(scheme.renamed)
        )
    };
    Finding::new(
        RuleId::SchemeInForce,
        Outcome::Pass,
        format!("The scheme was in force on all your activity days (it began on {}). {name}", long_date(scheme.started)),
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
        assert!(f.message.contains("1 of your activity days (31 May 2022) is before that"), "{}", f.message);
    }

    #[test]
    fn it_names_the_pilot_scheme_before_june_2024() {
        assert!(scheme(&[("2024-05-30", "2024-05-31")]).message.contains("pilot scheme, the \"Pilot Scheme"));
        assert!(scheme(&[("2024-06-01", "2024-06-02")]).message.contains("(STV Scheme)"));
        assert!(scheme(&[("2024-05-31", "2024-06-01")]).message.contains("pilot scheme until 31 May 2024"));
    }
}
