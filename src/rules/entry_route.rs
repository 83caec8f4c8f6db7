//! `entry-route`: how this visitor may enter Hong Kong as a visitor, and for how long.
//!
//! Sources: S1 ("If the eligible visitors are not visa-free nationals, they must obtain visit visas/entry permits
//! before coming"; the letters "are NOT visa / entry permit letters"; Mainland residents need the exit endorsement
//! matching the nature of the visit, and the letter is not a supporting document for it), S7 (the visa-free table),
//! S8 (Mainland, Macao, Taiwan and overseas Chinese residents), S11 (Indian nationals' pre-arrival registration), S12
//! (Taiwan residents' pre-arrival registration).
//!
//! Specification: [docs/rules.md#entry-route](../../docs/rules.md#entry-route).

use crate::case::{Case, Residence};
use crate::catalogue::{Arrangement, Catalogue, Country, Nationality, VisaRow};

use super::{SourceId, name, Context, Finding, Outcome, RuleId};
use crate::i18n::{Arg, Msg, Text};
use crate::text;

/// The entry route's finding, and the permitted stay it gives, for the stay-limit rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    pub finding: Finding,
    /// The normal permitted stay in days, when the route fixes it.
    pub permitted_days: Option<u32>,
    /// Where that stay comes from, for messages ("visa-free for JAPAN"), when the route fixes it.
    pub stay_basis: Option<Text>,
    /// What sets the stay when the route does not fix it: "Your visa or entry permit".
    pub stay_set_by: Text,
}

/// A route; `stay` is the permitted stay it fixes, if any, and where that stay comes from.
fn route(outcome: Outcome, message: impl Into<Text>, sources: &[SourceId], stay: Option<(u32, Text)>) -> Route {
    let (permitted_days, stay_basis) = match stay {
        Some((days, basis)) => (Some(days), Some(basis)),
        None => (None, None),
    };
    Route {
        finding: Finding::new(RuleId::EntryRoute, outcome, message, sources),
        permitted_days,
        stay_basis,
        stay_set_by: Msg::EntryRouteSetByVisa.into(),
    }
}

/// An optional piece of a message: the text, or nothing.
fn or_nothing(piece: Option<Text>) -> Arg {
    piece.map(Arg::from).unwrap_or_else(|| Arg::Str(String::new()))
}

pub(super) fn check(ctx: &Context) -> Finding {
    ctx.route.finding.clone()
}

/// Works out the route from the case's residence and nationality.
pub(super) fn resolve(case: &Case, catalogue: &Catalogue) -> Route {
    if let Some(residence) = case.residence {
        return by_residence(residence);
    }
    let Some(typed) = case.nationality.as_deref() else {
        return route(Outcome::Unknown, Msg::EntryRouteNoNationality, &[SourceId::S1, SourceId::S7], None);
    };
    match catalogue.find_nationality(typed) {
        None => match crate::case::nationality_choices(typed, catalogue) {
            Some(countries) => route(Outcome::Unknown, text!(EntryRouteAmbiguousNationality, typed = typed, countries = countries), &[SourceId::S7], None),
            None => route(Outcome::Unknown, text!(EntryRouteUnknownNationality, typed = typed), &[SourceId::S7], None),
        },
        Some(Nationality::Row(row)) => by_row(row, None, catalogue),
        Some(Nationality::Country(country)) => by_country(country, catalogue),
    }
}

fn by_residence(residence: Residence) -> Route {
    match residence {
        Residence::Mainland => {
            let mut r = route(Outcome::Condition, Msg::EntryRouteMainlandResident, &[SourceId::S1, SourceId::S8], None);
            r.stay_set_by = Msg::EntryRouteSetByExitEndorsement.into();
            r
        }
        Residence::MacaoPermanent => route(
            Outcome::Pass,
            Msg::EntryRouteMacaoPermanent,
            &[SourceId::S1, SourceId::S8],
            Some((180, Msg::EntryRouteBasisMacaoPermanent.into())),
        ),
        Residence::MacaoNonPermanent => route(
            Outcome::Pass,
            Msg::EntryRouteMacaoNonPermanent,
            &[SourceId::S1, SourceId::S8],
            Some((30, Msg::EntryRouteBasisMacaoVisitPermit.into())),
        ),
        Residence::Taiwan => route(
            Outcome::Condition,
            Msg::EntryRouteTaiwanResident,
            &[SourceId::S1, SourceId::S8, SourceId::S12],
            Some((30, Msg::EntryRouteBasisTaiwan.into())),
        ),
    }
}

fn by_country(country: &Country, catalogue: &Catalogue) -> Route {
    match country.arrangement {
        Arrangement::VisaTable => {}
        Arrangement::Mainland => {
            return route(Outcome::Condition, Msg::EntryRoutePrcPassportOverseas, &[SourceId::S1, SourceId::S8], None);
        }
        Arrangement::Macao => return route(Outcome::Unknown, Msg::EntryRouteMacaoChooseResidence, &[SourceId::S8], None),
        Arrangement::Taiwan => return by_residence(Residence::Taiwan),
        Arrangement::HongKong => return route(Outcome::Unknown, Msg::EntryRouteHongKongResident, &[SourceId::S1], None),
    }
    match country.general_row.and_then(|r| catalogue.visa_row(r)) {
        Some(row) => by_row(row, Some(country), catalogue),
        None => {
            let rows: Vec<Text> =
                country.visa_rows.iter().filter_map(|r| catalogue.visa_row(*r)).map(describe_row).collect();
            route(
                Outcome::Unknown,
                text!(EntryRouteSeveralRows, country = country_name(country), rows = Arg::List(rows)),
                &[SourceId::S7],
                None,
            )
        }
    }
}

fn country_name(country: &Country) -> Arg {
    Arg::Name(name(&country.name_en, Some(country.name_zh.as_str())))
}

/// "\"ALBANIA (holders of Albanian biometric passports only)\": 14 days visa-free", as a message.
fn describe_row(row: &VisaRow) -> Text {
    match row.visa_free_days {
        Some(n) => text!(EntryRouteRowVisaFree, row = row.name.as_str(), days = Arg::Days(n.into())),
        None => text!(EntryRouteRowVisaRequired, row = row.name.as_str()),
    }
}

fn by_row(row: &VisaRow, country: Option<&Country>, catalogue: &Catalogue) -> Route {
    // The other rows for the same nationality, so that a user on a particular passport knows to pick it.
    let others: Vec<Text> = country
        .map(|c| c.visa_rows.iter().filter(|r| **r != row.row).filter_map(|r| catalogue.visa_row(*r)).map(describe_row).collect())
        .unwrap_or_default();
    let other_rows = or_nothing((!others.is_empty()).then(|| text!(EntryRouteOtherRows, rows = Arg::List(others))));
    let row_name = row.name.as_str();
    if row.visa_required {
        let diplomatic = or_nothing(
            row.diplomatic_official_days.map(|n| text!(EntryRouteDiplomatic, days = Arg::Days(n.into()))),
        );
        return route(
            Outcome::Condition,
            text!(EntryRouteVisaRequired, row = row_name, diplomatic = diplomatic, other_rows = other_rows),
            &[SourceId::S1, SourceId::S7],
            None,
        );
    }
    let n = row.visa_free_days.unwrap_or(0);
    let days = Arg::Days(n.into());
    if row.pre_arrival_registration {
        return route(
            Outcome::Condition,
            text!(EntryRoutePreArrivalRegistration, row = row_name, days = days, other_rows = other_rows),
            &[SourceId::S7, SourceId::S11],
            Some((n.into(), text!(EntryRouteBasisPreArrivalRegistration, row = row_name))),
        );
    }
    let default_row = catalogue.data.visa_rows.last().map(|r| r.row) == Some(row.row);
    let message = match (default_row, country) {
        (true, Some(c)) => text!(EntryRouteVisaFreeNoRow, country = country_name(c), days = days, other_rows = other_rows),
        (true, None) => text!(EntryRouteVisaFreeGeneral, days = days, other_rows = other_rows),
        (false, _) => text!(EntryRouteVisaFreeRow, row = row_name, days = days, other_rows = other_rows),
    };
    let basis = if default_row { text!(EntryRouteBasisNoRow) } else { text!(EntryRouteBasisVisaFree, row = row_name) };
    route(Outcome::Pass, message, &[SourceId::S7], Some((n.into(), basis)))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::{Outcome, RuleId};
    use crate::case::Residence;

    fn entry(nationality: Option<&str>, residence: Option<Residence>) -> super::Finding {
        let mut c = case();
        c.nationality = nationality.map(str::to_string);
        c.residence = residence;
        finding(&c, RuleId::EntryRoute)
    }

    #[test]
    fn visa_free_nationals_pass_with_their_days() {
        let f = entry(Some("GBR"), None);
        assert_eq!(f.outcome, Outcome::Pass);
        assert!(f.message.en().contains("180 days"), "{}", f.message);
        assert!(f.message.en().contains("BRITAIN (British Overseas"), "mentions the other row: {}", f.message);
        assert!(entry(Some("Japan"), None).message.en().contains("90 days"));
        assert!(entry(Some("日本"), None).message.en().contains("90 days"));
    }

    #[test]
    fn the_usa_means_the_general_row_with_a_note_on_diplomatic_passports() {
        let f = entry(Some("USA"), None);
        assert_eq!(f.outcome, Outcome::Pass);
        assert!(f.message.en().contains("U.S.A. (except U.S.A. Diplomatic passports)"), "{}", f.message);
        assert!(f.message.en().contains("U.S.A. Diplomatic passports\": visa required"), "{}", f.message);
        assert_eq!(entry(Some("U.S.A. Diplomatic passports"), None).outcome, Outcome::Condition);
    }

    #[test]
    fn albania_has_no_general_row_and_lists_the_choices() {
        let f = entry(Some("Albania"), None);
        assert_eq!(f.outcome, Outcome::Unknown);
        assert!(f.message.en().contains("biometric passports only)\": 14 days visa-free"), "{}", f.message);
        assert!(f.message.en().contains("non-biometric passports)\": visa required"), "{}", f.message);
    }

    #[test]
    fn visa_nationals_need_a_visa_first() {
        let f = entry(Some("Nigeria"), None);
        assert_eq!(f.outcome, Outcome::Condition);
        assert!(f.message.en().contains("not a visa"), "{}", f.message);
    }

    #[test]
    fn indian_nationals_register_before_travelling() {
        let f = entry(Some("India"), None);
        assert_eq!(f.outcome, Outcome::Condition);
        assert!(f.message.en().contains("pre-arrival registration") && f.message.en().contains("14 days"), "{}", f.message);
    }

    #[test]
    fn mainland_macao_and_taiwan_residents() {
        let f = entry(Some("CHN"), Some(Residence::Mainland));
        assert_eq!(f.outcome, Outcome::Condition);
        assert!(f.message.en().contains("exit endorsement"), "{}", f.message);
        assert_eq!(entry(None, Some(Residence::MacaoPermanent)).outcome, Outcome::Pass);
        assert!(entry(None, Some(Residence::MacaoNonPermanent)).message.en().contains("30 days"));
        assert_eq!(entry(None, Some(Residence::Taiwan)).outcome, Outcome::Condition);
        assert_eq!(entry(Some("Taiwan"), None).outcome, Outcome::Condition);
        assert_eq!(entry(Some("Macao"), None).outcome, Outcome::Unknown);
    }

    #[test]
    fn prc_passport_holders_living_overseas_need_an_entry_permit() {
        let f = entry(Some("China"), None);
        assert_eq!(f.outcome, Outcome::Condition);
        assert!(f.message.en().contains("entry permit"), "{}", f.message);
    }

    #[test]
    fn no_nationality_is_unknown() {
        assert_eq!(entry(None, None).outcome, Outcome::Unknown);
    }

    #[test]
    fn a_nationality_without_a_row_gets_seven_days() {
        let f = entry(Some("TLS"), None);
        assert_eq!(f.outcome, Outcome::Pass);
        assert!(f.message.en().contains("no row of its own") && f.message.en().contains("7 days"), "{}", f.message);
    }

    #[test]
    fn stateless_travellers_need_a_visa() {
        assert_eq!(entry(Some("stateless"), None).outcome, Outcome::Condition);
    }
}
