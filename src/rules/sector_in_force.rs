//! `sector-in-force`: every activity day is on or after the day the host's sector joined the scheme.
//!
//! Ten sectors joined on 1 June 2022 (S3), Finance and Development and Construction on 1 February 2023 (S5), and
//! Environment, Occupational Safety and Health, Maritime, Think Tanks and Others on 1 November 2025 (S1, S10).
//! The sector is the case's, or the host's when the case gives none. When neither is known the finding is unknown.
//!
//! Specification: [docs/rules.md#sector-in-force](../../docs/rules.md#sector-in-force).

use super::{SourceId, name, Context, Finding, Outcome, RuleId};
use crate::text;

const SOURCES: &[SourceId] = &[SourceId::S3, SourceId::S5, SourceId::S1, SourceId::S10];

/// `sector-in-force`, what would fit: activities from the day the sector joined (the earliest, for a host in several).
pub(super) fn suggest(ctx: &Context) -> Vec<super::Suggestion> {
    match ctx.sectors.iter().map(|s| s.joined).min() {
        Some(joined) => super::first_day_from(ctx, RuleId::SectorInForce, joined),
        None => Vec::new(),
    }
}

pub(super) fn check(ctx: &Context) -> Finding {
    // A host listed in several sectors may invite under whichever joined first.
    let Some(sector) = ctx.sectors.iter().min_by_key(|s| s.joined) else {
        return Finding::new(RuleId::SectorInForce, Outcome::Unknown, text!(SectorInForceUnknown), SOURCES);
    };
    let sector_name = name(&sector.name_en, Some(sector.name_zh.as_str()));
    let all = ctx.all_days();
    let before: Vec<_> = all.iter().filter(|d| **d < sector.joined).collect();
    match before.first() {
        Some(&&first) => {
            let message = match before.len() {
                1 => text!(SectorInForceFailOne, sector = sector_name, joined = sector.joined, first = first),
                n => text!(SectorInForceFailMany, sector = sector_name, joined = sector.joined, n = n, first = first),
            };
            Finding::new(RuleId::SectorInForce, Outcome::Fail, message, SOURCES)
        }
        None => Finding::new(
            RuleId::SectorInForce,
            Outcome::Pass,
            text!(SectorInForcePass, sector = sector_name, joined = sector.joined),
            SOURCES,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::{Outcome, RuleId};

    fn sector(host: Option<&str>, sector: Option<&str>, day: &str) -> super::Finding {
        let mut c = case();
        c.host = host.map(str::to_string);
        c.sector = sector.map(str::to_string);
        c.trips = vec![trip(day, None, &[(day, day)])];
        finding(&c, RuleId::SectorInForce)
    }

    #[test]
    fn each_wave_passes_on_its_first_day_and_fails_the_day_before() {
        for (id, joined, before) in [
            ("sports", "2022-06-01", "2022-05-31"),
            ("finance", "2023-02-01", "2023-01-31"),
            ("development-and-construction", "2023-02-01", "2023-01-31"),
            ("maritime", "2025-11-01", "2025-10-31"),
            ("think-tanks", "2025-11-01", "2025-10-31"),
        ] {
            assert_eq!(sector(None, Some(id), joined).outcome, Outcome::Pass, "{id} on {joined}");
            let f = sector(None, Some(id), before);
            assert_eq!(f.outcome, Outcome::Fail, "{id} on {before}");
            assert!(f.message.en().contains("1 of your activity days, from"), "{}", f.message);
        }
    }

    #[test]
    fn the_host_gives_the_sector_when_the_case_does_not() {
        let f = sector(Some("Home and Youth Affairs Bureau"), None, "2025-10-31");
        assert_eq!(f.outcome, Outcome::Fail);
        assert!(f.message.en().contains("Others sector joined the scheme on 1 November 2025"), "{}", f.message);
        assert_eq!(sector(Some("HKAPA"), None, "2022-06-01").outcome, Outcome::Pass);
    }

    #[test]
    fn unknown_only_when_neither_sector_nor_host_is_known() {
        assert_eq!(sector(Some("Unknown Society"), None, "2026-01-01").outcome, Outcome::Unknown);
        assert_eq!(sector(None, None, "2026-01-01").outcome, Outcome::Unknown);
        assert_eq!(sector(Some("Unknown Society"), Some("sports"), "2026-01-01").outcome, Outcome::Pass);
    }

    #[test]
    fn what_would_fit_is_the_day_the_sector_joined() {
        use super::super::{Bound, PlanField};
        let mut c = case();
        c.sector = Some("maritime".into());
        c.host = Some("Marine Department".into());
        c.trips = vec![trip("2025-10-28", Some("2025-11-05"), &[("2025-10-30", "2025-11-02")])];
        let s: Vec<_> = run(&c).suggestions.into_iter().filter(|s| s.rule == RuleId::SectorInForce).collect();
        assert_eq!((s[0].field, s[0].bound), (PlanField::FirstActivityDay, Bound::Earliest(d("2025-11-01"))));
        let fixed = s[0].apply(&c);
        assert_eq!(finding(&fixed, RuleId::SectorInForce).outcome, Outcome::Pass);
        // On the day it joined, nothing to suggest.
        c.trips = vec![trip("2025-10-31", None, &[("2025-11-01", "2025-11-02")])];
        assert!(run(&c).suggestions.iter().all(|s| s.rule != RuleId::SectorInForce));
    }
}
