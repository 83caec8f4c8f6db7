//! `host-authorised`: the letter comes from an organisation authorised under the scheme on every activity day.
//!
//! Sources: S1, FAQ Q1 ("the host organisations ... MUST be endorsed by the relevant government bureaux /
//! departments"), S9 (authorised organisations include government bureaux and departments, public and statutory
//! bodies, professional bodies and trade associations), S10 (the "Others" sector, from 1 November 2025).
//!
//! The bundled list is incomplete (see data/README.md), so a host missing from it is `unknown`, never `fail`, unless
//! every sector it could belong to is marked complete. A listed organisation with a sector given that it is not
//! listed under is judged by that sector's list: `unknown` while it is incomplete, `fail` once it is complete.
//!
//! Specification: [docs/rules.md#host-authorised](../../docs/rules.md#host-authorised).

use serde::Serialize;

use crate::catalogue::{Organisation, OrganisationKind};

use super::{SourceId, name, Context, Finding, HostResult, Outcome, RuleId};
use crate::i18n::{Arg, Text};
use crate::text;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HostStatus {
    /// On the list, and authorised on every activity day (as far as the data records).
    Authorised,
    /// A government bureau or department, under the "Others" class.
    Government,
    /// On the list, but authorised only from a date after an activity day.
    NotYetAuthorised,
    /// On the list, but removed before an activity day.
    NoLongerAuthorised,
    /// On the list, but not under the sector the case gives.
    NotInSector,
    /// Not on the bundled list.
    NotFound,
    /// No host was given.
    NotGiven,
}

const SOURCES: &[SourceId] = &[SourceId::S1, SourceId::S9];

pub(super) fn check(ctx: &Context) -> (Finding, HostResult) {
    let sector = ctx.sectors.first().map(|s| s.id.clone());
    let result = |matched: Option<&Organisation>, status, suggestions: Vec<String>| HostResult {
        matched: matched.map(|o| o.name_en.clone()),
        sector: sector.clone(),
        status,
        suggestions,
    };
    let Some(typed) = ctx.case.host.as_deref() else {
        return (
            Finding::new(RuleId::HostAuthorised, Outcome::Unknown, text!(HostAuthorisedNoHost), SOURCES),
            result(None, HostStatus::NotGiven, Vec::new()),
        );
    };
    let days = ctx.all_days();
    match ctx.host {
        Some(org) => {
            let (finding, status) = found(ctx, org, days.first().copied(), days.last().copied());
            (finding, result(Some(org), status, Vec::new()))
        }
        None => {
            let closest = ctx.catalogue.closest_hosts(typed, 3);
            let names: Vec<String> = closest.iter().map(|o| o.name_en.clone()).collect();
            (not_found(ctx, typed, &closest), result(None, HostStatus::NotFound, names))
        }
    }
}

/// `host-authorised`, what would fit: activities from the day a listed host could invite, and until the last day it
/// could. Nothing for a host that is not found, or not under the sector given: no date fixes those.
pub(super) fn suggest(ctx: &Context) -> Vec<super::Suggestion> {
    let Some(org) = ctx.host else { return Vec::new() };
    let mut out = org.since.map(|since| super::first_day_from(ctx, RuleId::HostAuthorised, since)).unwrap_or_default();
    if let Some(until) = org.until {
        out.extend(ctx.trips.iter().filter(|t| t.days.last().is_some_and(|d| *d > until)).map(|t| {
            super::Suggestion::latest(RuleId::HostAuthorised, t.index, super::PlanField::LastActivityDay, until)
        }));
    }
    out
}

/// An organisation's name, in Chinese too where the data has it.
fn org_name(org: &Organisation) -> Arg {
    Arg::Name(name(&org.name_en, org.name_zh.as_deref()))
}

/// Names in a row: "Sports, Culture".
fn name_list(names: Vec<Arg>) -> Arg {
    let mut names = names.into_iter();
    let Some(first) = names.next() else { return Arg::Str(String::new()) };
    names.fold(first, |earlier, next| text!(HostAuthorisedSectorList, earlier = earlier, next = next).into())
}

/// An optional piece of a message: the text, or nothing.
fn or_nothing(piece: Option<Text>) -> Arg {
    piece.map(Arg::from).unwrap_or_else(|| Arg::Str(String::new()))
}

fn found(
    ctx: &Context,
    org: &Organisation,
    first: Option<chrono::NaiveDate>,
    last: Option<chrono::NaiveDate>,
) -> (Finding, HostStatus) {
    let host = org_name(org);
    let host_sectors = name_list(
        org.sectors
            .iter()
            .filter_map(|id| ctx.catalogue.sector(id))
            .map(|s| Arg::Name(name(&s.name_en, Some(s.name_zh.as_str()))))
            .collect(),
    );
    if let (Some(since), Some(first)) = (org.since, first) {
        if since > first {
            let loaded = org.loaded_on.map(|d| text!(HostAuthorisedFromLoadedListShort, loaded_on = d));
            return (
                Finding::new(
                    RuleId::HostAuthorised,
                    Outcome::Fail,
                    text!(HostAuthorisedNotYet, host = host, since = since, first = first, loaded = or_nothing(loaded)),
                    SOURCES,
                ),
                HostStatus::NotYetAuthorised,
            );
        }
    }
    if let (Some(until), Some(last)) = (org.until, last) {
        if until < last {
            return (
                Finding::new(
                    RuleId::HostAuthorised,
                    Outcome::Fail,
                    text!(HostAuthorisedNoLonger, host = host, until = until, last = last),
                    SOURCES,
                ),
                HostStatus::NoLongerAuthorised,
            );
        }
    }
    // A host from a list the user loaded is marked in every message that relies on it.
    let loaded = or_nothing(org.loaded_on.map(|d| text!(HostAuthorisedFromLoadedList, loaded_on = d)));
    // A listed organisation with a sector it is not listed under (docs/rules.md#host-authorised): the given sector's
    // list decides. Bureaux and departments invite under "Others" for what they host, so they keep the note below.
    if org.kind == OrganisationKind::Organisation {
        if let Some(given) = ctx.case.sector.as_deref().filter(|id| !org.sectors.iter().any(|s| s == id)) {
            if let Some(sector) = ctx.catalogue.sector(given) {
                let sector_name = Arg::Name(name(&sector.name_en, Some(sector.name_zh.as_str())));
                let finding = if sector.list_complete {
                    Finding::new(
                        RuleId::HostAuthorised,
                        Outcome::Fail,
                        text!(HostAuthorisedWrongSectorComplete, host = host, host_sectors = host_sectors, sector = sector_name, loaded = loaded),
                        SOURCES,
                    )
                } else {
                    let scheme = &ctx.catalogue.data.scheme;
                    Finding::new(
                        RuleId::HostAuthorised,
                        Outcome::Unknown,
                        text!(
                            HostAuthorisedWrongSectorIncomplete,
                            host = host,
                            host_sectors = host_sectors,
                            sector = sector_name,
                            list_url = scheme.list_url.as_str(),
                            hotline = scheme.hotline.as_str(),
                            email = scheme.email.as_str(),
                            loaded = loaded
                        ),
                        SOURCES,
                    )
                };
                return (finding, HostStatus::NotInSector);
            }
        }
    }
    // The case may name a sector the host is not listed under: say so, the host's own sectors decide.
    let other_sector = or_nothing(match &ctx.case.sector {
        Some(id) if !org.sectors.contains(id) => Some(text!(HostAuthorisedOtherSector, host_sectors = host_sectors.clone())),
        _ => None,
    });
    match org.kind {
        OrganisationKind::Government | OrganisationKind::Class => (
            Finding::new(
                RuleId::HostAuthorised,
                Outcome::Pass,
                text!(HostAuthorisedGovernment, host = host, other_sector = other_sector, loaded = loaded),
                &[SourceId::S1, SourceId::S10],
            ),
            HostStatus::Government,
        ),
        OrganisationKind::Organisation => {
            let since = match org.since {
                Some(d) => text!(HostAuthorisedSince, since = d),
                None => text!(HostAuthorisedSinceNotRecorded),
            };
            (
                Finding::new(
                    RuleId::HostAuthorised,
                    Outcome::Pass,
                    text!(
                        HostAuthorisedAuthorised,
                        host = host,
                        host_sectors = host_sectors,
                        since = since,
                        other_sector = other_sector,
                        loaded = loaded
                    ),
                    SOURCES,
                ),
                HostStatus::Authorised,
            )
        }
    }
}

fn not_found(ctx: &Context, typed: &str, closest: &[&Organisation]) -> Finding {
    let scheme = &ctx.catalogue.data.scheme;
    // The sectors the host could belong to: the one given, or all of them.
    let candidates: Vec<_> = if ctx.sectors.is_empty() { ctx.catalogue.data.sectors.iter().collect() } else { ctx.sectors.clone() };
    let all_complete = !candidates.is_empty() && candidates.iter().all(|s| s.list_complete);
    let did_you_mean = or_nothing(match closest {
        [] => None,
        [one] => Some(text!(HostAuthorisedDidYouMeanOne, host = org_name(one))),
        many => Some(text!(
            HostAuthorisedDidYouMeanMany,
            hosts = Arg::List(many.iter().map(|o| text!(HostAuthorisedSuggestion, host = org_name(o))).collect())
        )),
    });
    // The sector named in the message, when the case or the host gives one.
    let sector = (!ctx.sectors.is_empty()).then(|| name(&candidates[0].name_en, Some(candidates[0].name_zh.as_str())));
    if all_complete {
        let message = match sector {
            None => text!(HostAuthorisedNotListedAnySector, typed = typed, did_you_mean = did_you_mean),
            Some(sector) => {
                text!(HostAuthorisedNotListedInSector, typed = typed, sector = sector, did_you_mean = did_you_mean)
            }
        };
        return Finding::new(RuleId::HostAuthorised, Outcome::Fail, message, SOURCES);
    }
    let (list_url, hotline, email) = (scheme.list_url.as_str(), scheme.hotline.as_str(), scheme.email.as_str());
    let message = match sector {
        None => text!(
            HostAuthorisedNotInData,
            typed = typed,
            did_you_mean = did_you_mean,
            list_url = list_url,
            hotline = hotline,
            email = email
        ),
        Some(sector) => text!(
            HostAuthorisedNotInDataSector,
            typed = typed,
            sector = sector,
            did_you_mean = did_you_mean,
            list_url = list_url,
            hotline = hotline,
            email = email
        ),
    };
    Finding::new(RuleId::HostAuthorised, Outcome::Unknown, message, SOURCES)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::{check, Outcome, RuleId};
    use super::HostStatus;
    use crate::catalogue::{Catalogue, CatalogueData};

    fn host(name: Option<&str>, sector: Option<&str>, spans: &[(&str, &str)]) -> super::super::Assessment {
        let mut c = case();
        c.host = name.map(str::to_string);
        c.sector = sector.map(str::to_string);
        c.trips = vec![trip(spans[0].0, None, spans)];
        run(&c)
    }

    fn host_finding(a: &super::super::Assessment) -> &super::Finding {
        a.findings.iter().find(|f| f.rule == RuleId::HostAuthorised).unwrap()
    }

    #[test]
    fn a_listed_host_without_a_joining_date_passes_with_a_note() {
        let a = host(Some("The Hong Kong Academy for Performing Arts Ltd"), None, &[("2026-03-02", "2026-03-05")]);
        let f = host_finding(&a);
        assert_eq!(f.outcome, Outcome::Pass);
        assert!(f.message.en().contains("not recorded"), "{}", f.message);
        assert_eq!(a.host.matched.as_deref(), Some("Hong Kong Academy for Performing Arts"));
        assert_eq!(a.host.sector.as_deref(), Some("higher-education"));
        assert_eq!(a.host.status, HostStatus::Authorised);
    }

    #[test]
    fn a_bureau_is_authorised_from_the_day_others_joined() {
        let a = host(Some("Home and Youth Affairs Bureau"), None, &[("2025-11-01", "2025-11-03")]);
        assert_eq!(host_finding(&a).outcome, Outcome::Pass);
        assert_eq!(a.host.status, HostStatus::Government);
        let a = host(Some("Home and Youth Affairs Bureau"), None, &[("2025-10-31", "2025-11-03")]);
        let f = host_finding(&a);
        assert_eq!(f.outcome, Outcome::Fail);
        assert!(f.message.en().contains("only from 1 November 2025") && f.message.en().contains("31 October 2025"), "{}", f.message);
    }

    #[test]
    fn an_unknown_host_is_unconfirmed_with_where_to_check() {
        let a = host(Some("Hong Kong Rugby Sevens Organising Committee"), Some("sports"), &[("2026-03-27", "2026-03-29")]);
        let f = host_finding(&a);
        assert_eq!(f.outcome, Outcome::Unknown);
        assert!(f.message.en().contains("Sports sector is incomplete"), "{}", f.message);
        assert!(f.message.en().contains("(852) 3861 8414"), "{}", f.message);
        assert_eq!(a.host.status, HostStatus::NotFound);
    }

    #[test]
    fn a_misspelt_host_gets_did_you_mean() {
        let a = host(Some("Hong Kong Acadmy for Performing Arts"), None, &[("2026-03-02", "2026-03-02")]);
        let f = host_finding(&a);
        assert_eq!(f.outcome, Outcome::Unknown);
        assert!(f.message.en().contains("Did you mean Hong Kong Academy for Performing Arts?"), "{}", f.message);
        assert_eq!(a.host.suggestions, vec!["Hong Kong Academy for Performing Arts".to_string()]);
    }

    #[test]
    fn a_host_from_a_loaded_list_says_so() {
        let org = crate::catalogue::Organisation {
            sectors: vec!["sports".into()],
            name_en: "Hong Kong Rugby Union".into(),
            abbreviations: vec!["HKRU".into()],
            since: Some(d("2022-06-01")),
            ..Catalogue::bundled().data.organisations[0].clone()
        };
        let (cat, report) = Catalogue::bundled().with_loaded_list(vec![org], d("2026-11-25"));
        assert_eq!(report.added, vec!["Hong Kong Rugby Union"]);
        let mut c = case();
        c.host = Some("HKRU".into());
        let a = check(&c, &cat, d("2026-01-15"));
        let f = host_finding(&a);
        assert_eq!(f.outcome, Outcome::Pass);
        assert!(f.message.en().contains("from the list you loaded on 25 November 2026"), "{}", f.message);
    }

    #[test]
    fn no_host_is_unknown() {
        let a = host(None, None, &[("2026-03-02", "2026-03-02")]);
        assert_eq!(host_finding(&a).outcome, Outcome::Unknown);
        assert_eq!(a.host.status, HostStatus::NotGiven);
    }

    fn with_data(edit: impl FnOnce(&mut CatalogueData)) -> Catalogue {
        let mut data = Catalogue::bundled().data.clone();
        edit(&mut data);
        Catalogue::new(data)
    }

    #[test]
    fn a_host_missing_from_a_complete_list_fails() {
        let cat = with_data(|d| d.sectors.iter_mut().for_each(|s| s.list_complete = true));
        let mut c = case();
        c.host = Some("Hong Kong Rugby Sevens Organising Committee".into());
        c.sector = Some("sports".into());
        let a = check(&c, &cat, d("2026-01-15"));
        let f = host_finding(&a);
        assert_eq!(f.outcome, Outcome::Fail);
        assert!(f.message.en().contains("holds in full"), "{}", f.message);
    }

    #[test]
    fn a_host_in_two_sectors_names_both_and_chinese_pages_get_chinese_names() {
        let cat = with_data(|d| {
            let o = d.organisations.iter_mut().find(|o| o.name_en.contains("Performing Arts")).unwrap();
            o.sectors.push("sports".into());
        });
        let mut c = case();
        c.sector = Some("sports".into());
        let a = check(&c, &cat, d("2026-01-15"));
        let f = host_finding(&a);
        assert_eq!(f.outcome, Outcome::Pass);
        let en = f.message.en();
        assert!(en.contains("authorised host organisations (Higher Education, Sports)."), "{en}");
        assert!(!en.contains("not the sector you gave"), "{en}");
        let zh = f.message.render(crate::i18n::Lang::ZhHant);
        assert!(zh.contains("香港演藝學院") && !zh.contains("Performing Arts"), "{zh}");
    }

    fn hkapa_with(sector: &str, cat: &Catalogue) -> super::super::Assessment {
        let mut c = case();
        c.host = Some("HKAPA".into());
        c.sector = Some(sector.into());
        check(&c, cat, d("2026-01-15"))
    }

    #[test]
    fn a_listed_host_with_a_sector_it_is_not_listed_under_is_unknown_while_that_list_is_incomplete() {
        let cat = with_data(|d| d.sectors.iter_mut().for_each(|s| s.list_complete = s.id != "maritime"));
        let a = hkapa_with("maritime", &cat);
        let f = host_finding(&a);
        assert_eq!(f.outcome, Outcome::Unknown, "{}", f.message);
        let en = f.message.en();
        assert!(en.contains("under Higher Education, not under Maritime"), "{en}");
        assert!(en.contains("(852) 3861 8414"), "{en}");
        assert_eq!(a.host.status, HostStatus::NotInSector);
        assert_ne!(a.verdict, super::super::Verdict::Eligible);
    }

    #[test]
    fn a_listed_host_with_a_sector_it_is_not_listed_under_fails_once_that_list_is_complete() {
        let cat = with_data(|d| d.sectors.iter_mut().for_each(|s| s.list_complete = s.id == "maritime"));
        let a = hkapa_with("maritime", &cat);
        let f = host_finding(&a);
        assert_eq!(f.outcome, Outcome::Fail, "{}", f.message);
        assert!(f.message.en().contains("authorised only under Higher Education, not under Maritime"), "{}", f.message);
        assert_eq!(a.verdict, super::super::Verdict::NotEligible);
    }

    #[test]
    fn a_listed_host_with_its_own_sector_passes() {
        let cat = with_data(|d| d.sectors.iter_mut().for_each(|s| s.list_complete = true));
        assert_eq!(host_finding(&hkapa_with("higher-education", &cat)).outcome, Outcome::Pass);
    }

    #[test]
    fn a_host_authorised_after_the_first_day_fails_and_one_removed_before_the_last_fails() {
        let cat = with_data(|d| {
            let o = d.organisations.iter_mut().find(|o| o.name_en.contains("Performing Arts")).unwrap();
            o.since = Some("2024-06-01".parse().unwrap());
            o.until = Some("2026-03-03".parse().unwrap());
        });
        let mut c = case();
        c.trips = vec![trip("2024-05-30", None, &[("2024-05-31", "2024-06-02")])];
        let f = check(&c, &cat, d("2026-01-15")).findings.into_iter().find(|f| f.rule == RuleId::HostAuthorised).unwrap();
        assert_eq!(f.outcome, Outcome::Fail);
        assert!(f.message.en().contains("only from 1 June 2024"), "{}", f.message);
        c.trips = vec![trip("2024-06-01", None, &[("2024-06-01", "2024-06-02")])];
        let a = check(&c, &cat, d("2026-01-15"));
        assert_eq!(host_finding(&a).outcome, Outcome::Pass);
        c.trips = vec![trip("2026-03-01", None, &[("2026-03-02", "2026-03-04")])];
        let a = check(&c, &cat, d("2026-01-15"));
        assert_eq!(a.host.status, HostStatus::NoLongerAuthorised);
    }

    #[test]
    fn what_would_fit_is_the_first_day_the_host_could_invite_and_none_for_an_unknown_host() {
        let cat = with_data(|d| {
            let o = d.organisations.iter_mut().find(|o| o.name_en.contains("Performing Arts")).unwrap();
            o.since = Some("2024-06-01".parse().unwrap());
        });
        let mut c = case();
        c.trips = vec![trip("2024-05-28", Some("2024-06-10"), &[("2024-05-30", "2024-06-03")])];
        let a = check(&c, &cat, d("2024-01-15"));
        let s: Vec<_> = a.suggestions.iter().filter(|s| s.rule == RuleId::HostAuthorised).collect();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].bound, super::super::Bound::Earliest(d("2024-06-01")));
        let fixed = check(&s[0].apply(&c), &cat, d("2024-01-15"));
        assert_eq!(host_finding(&fixed).outcome, Outcome::Pass);
        let mut c = case();
        c.host = Some("Society of Imaginary Arts".into());
        assert!(run(&c).suggestions.is_empty());
    }
}
