//! `entry-route`: how this visitor may enter Hong Kong as a visitor, and for how long.
//!
//! Sources: S1 ("If the eligible visitors are not visa-free nationals, they must obtain visit visas/entry permits
//! before coming"; the letters "are NOT visa / entry permit letters"; Mainland residents need the exit endorsement
//! matching the nature of the visit, and the letter is not a supporting document for it), S7 (the visa-free table),
//! S8 (Mainland, Macao, Taiwan and overseas Chinese residents), S11 (Indian nationals' pre-arrival registration), S12
//! (Taiwan residents' pre-arrival registration).

use crate::case::{Case, Residence};
use crate::catalogue::{Arrangement, Catalogue, Country, Nationality, VisaRow};

use super::{days, Context, Finding, Outcome, RuleId};

/// The entry route's finding, and the permitted stay it gives, for the stay-limit rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    pub finding: Finding,
    /// The normal permitted stay in days, when the route fixes it.
    pub permitted_days: Option<u32>,
    /// Where that stay comes from, for messages: "visa-free for JAPAN".
    pub stay_basis: String,
    /// What sets the stay when the route does not fix it: "Your visa or entry permit".
    pub stay_set_by: String,
}

fn route(outcome: Outcome, message: String, sources: &[&'static str], permitted_days: Option<u32>, basis: &str) -> Route {
    Route {
        finding: Finding::new(RuleId::EntryRoute, outcome, message, sources),
        permitted_days,
        stay_basis: basis.to_string(),
        stay_set_by: "Your visa or entry permit".into(),
    }
}

const NOT_A_VISA: &str = "The invitation letter is not a visa or an entry permit and does not guarantee one.";

pub(super) fn check(ctx: &Context) -> Finding {
    ctx.route.finding.clone()
}

/// Works out the route from the case's residence and nationality.
pub(super) fn resolve(case: &Case, catalogue: &Catalogue) -> Route {
    if let Some(residence) = case.residence {
        return by_residence(residence);
    }
    let Some(typed) = case.nationality.as_deref() else {
        return route(
            Outcome::Unknown,
            "Your nationality (or, for Mainland, Macao and Taiwan residents, your residence) is needed to tell \
             whether you need a visa and how long you may stay."
                .into(),
            &["S1", "S7"],
            None,
            "",
        );
    };
    match catalogue.find_nationality(typed) {
        None => route(
            Outcome::Unknown,
            format!("\"{typed}\" is not a nationality the checker knows, so it cannot tell whether you need a visa."),
            &["S7"],
            None,
            "",
        ),
        Some(Nationality::Row(row)) => by_row(row, None, catalogue),
        Some(Nationality::Country(country)) => by_country(country, catalogue),
    }
}

fn by_residence(residence: Residence) -> Route {
    match residence {
        Residence::Mainland => {
            let mut r = route(
                Outcome::Condition,
                "As a Mainland resident you need an Exit-entry Permit for Travelling to and from Hong Kong and Macao \
                 with the exit endorsement that matches the purpose of this trip, from the Mainland authorities. The \
                 invitation letter is not an approval to enter Hong Kong and is not a supporting document for that \
                 application."
                    .into(),
                &["S1", "S8"],
                None,
                "",
            );
            r.stay_set_by = "Your exit endorsement".into();
            r
        }
        Residence::MacaoPermanent => route(
            Outcome::Pass,
            "As a Macao permanent resident (with a Macao permanent identity card, or a Visit Permit and proof of \
             permanent status) you may visit without an entry permit for up to 180 days."
                .into(),
            &["S1", "S8"],
            Some(180),
            "Macao permanent residents' 180 days",
        ),
        Residence::MacaoNonPermanent => route(
            Outcome::Pass,
            "As a Macao resident who is not a permanent resident (or cannot show permanent status) you may visit \
             with your Visit Permit for up to 30 days per landing."
                .into(),
            &["S1", "S8"],
            Some(30),
            "Macao Visit Permit holders' 30 days",
        ),
        Residence::Taiwan => route(
            Outcome::Condition,
            "As a Taiwan resident, before you travel complete the free online pre-arrival registration (two entries \
             within two months, up to 30 days per landing), or hold a valid Mainland Travel Permit for Taiwan \
             Residents (up to 30 days), or get an entry permit."
                .into(),
            &["S1", "S8", "S12"],
            Some(30),
            "Taiwan residents' 30 days per landing",
        ),
    }
}

fn by_country(country: &Country, catalogue: &Catalogue) -> Route {
    match country.arrangement {
        Arrangement::VisaTable => {}
        Arrangement::Mainland => {
            return route(
                Outcome::Condition,
                "Chinese nationals holding a PRC passport and living overseas need an entry permit for a visit: \
                 apply before you travel. If you live in the Mainland, choose \"Mainland resident\" instead: you \
                 travel on an Exit-entry Permit with an exit endorsement."
                    .into(),
                &["S1", "S8"],
                None,
                "",
            )
        }
        Arrangement::Macao => {
            return route(
                Outcome::Unknown,
                "Macao residents' arrangements depend on whether you are a permanent resident (180 days) or not (30 \
                 days): choose your residence to check."
                    .into(),
                &["S8"],
                None,
                "",
            )
        }
        Arrangement::Taiwan => return by_residence(Residence::Taiwan),
        Arrangement::HongKong => {
            return route(
                Outcome::Unknown,
                "Hong Kong residents do not enter as visitors, so the STV Scheme does not apply to them. If you are a \
                 visitor, give the nationality of the passport you will travel on."
                    .into(),
                &["S1"],
                None,
                "",
            )
        }
    }
    match country.general_row.and_then(|r| catalogue.visa_row(r)) {
        Some(row) => by_row(row, Some(country), catalogue),
        None => {
            let rows: Vec<String> =
                country.visa_rows.iter().filter_map(|r| catalogue.visa_row(*r)).map(describe_row).collect();
            route(
                Outcome::Unknown,
                format!(
                    "ImmD's table has several rows for {} and none is general: {}. Choose the row for your passport \
                     as your nationality to check.",
                    country.name_en,
                    rows.join("; ")
                ),
                &["S7"],
                None,
                "",
            )
        }
    }
}

/// "ALBANIA (holders of Albanian biometric passports only): 14 days visa-free".
fn describe_row(row: &VisaRow) -> String {
    match row.visa_free_days {
        Some(n) => format!("\"{}\": {} visa-free", row.name, days(n.into())),
        None => format!("\"{}\": visa required", row.name),
    }
}

fn by_row(row: &VisaRow, country: Option<&Country>, catalogue: &Catalogue) -> Route {
    // The other rows for the same nationality, so that a user on a particular passport knows to pick it.
    let others: Vec<String> = country
        .map(|c| c.visa_rows.iter().filter(|r| **r != row.row).filter_map(|r| catalogue.visa_row(*r)).map(describe_row).collect())
        .unwrap_or_default();
    let others = if others.is_empty() {
        String::new()
    } else {
        format!(" Other rows for this nationality: {}; choose one of them instead if it is your passport.", others.join("; "))
    };
    let name = &row.name;
    if row.visa_required {
        let diplomatic = match row.diplomatic_official_days {
            Some(n) => format!(" Holders of diplomatic and official passports may visit visa-free for up to {}.", days(n.into())),
            None => String::new(),
        };
        return route(
            Outcome::Condition,
            format!(
                "ImmD's table lists {name} as needing a visa: apply for a visit visa or entry permit before you \
                 travel. {NOT_A_VISA}{diplomatic}{others}"
            ),
            &["S1", "S7"],
            None,
            "",
        );
    }
    let n = row.visa_free_days.unwrap_or(0);
    if row.pre_arrival_registration {
        return route(
            Outcome::Condition,
            format!(
                "{name} nationals must complete the online pre-arrival registration before travelling; then they may \
                 visit visa-free for up to {}. A visa is needed for a longer stay.{others}",
                days(n.into())
            ),
            &["S7", "S11"],
            Some(n.into()),
            &format!("visa-free after pre-arrival registration for {name}"),
        );
    }
    let default_row = catalogue.data.visa_rows.last().map(|r| r.row) == Some(row.row);
    let who = match (default_row, country) {
        (true, Some(c)) => format!("{} has no row of its own in ImmD's table, so the general rule applies", c.name_en),
        (true, None) => "The general rule of ImmD's table applies".into(),
        (false, _) => format!("ImmD's table lists {name}"),
    };
    route(
        Outcome::Pass,
        format!("{who}: a visit visa-free for up to {}.{others}", days(n.into())),
        &["S7"],
        Some(n.into()),
        &format!("visa-free for {}", if default_row { "nationals without a row of their own" } else { name }),
    )
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
        assert!(f.message.contains("180 days"), "{}", f.message);
        assert!(f.message.contains("BRITAIN (British Overseas"), "mentions the other row: {}", f.message);
        assert!(entry(Some("Japan"), None).message.contains("90 days"));
        assert!(entry(Some("日本"), None).message.contains("90 days"));
    }

    #[test]
    fn the_usa_means_the_general_row_with_a_note_on_diplomatic_passports() {
        let f = entry(Some("USA"), None);
        assert_eq!(f.outcome, Outcome::Pass);
        assert!(f.message.contains("U.S.A. (except U.S.A. Diplomatic passports)"), "{}", f.message);
        assert!(f.message.contains("U.S.A. Diplomatic passports\": visa required"), "{}", f.message);
        assert_eq!(entry(Some("U.S.A. Diplomatic passports"), None).outcome, Outcome::Condition);
    }

    #[test]
    fn albania_has_no_general_row_and_lists_the_choices() {
        let f = entry(Some("Albania"), None);
        assert_eq!(f.outcome, Outcome::Unknown);
        assert!(f.message.contains("biometric passports only)\": 14 days visa-free"), "{}", f.message);
        assert!(f.message.contains("non-biometric passports)\": visa required"), "{}", f.message);
    }

    #[test]
    fn visa_nationals_need_a_visa_first() {
        let f = entry(Some("Nigeria"), None);
        assert_eq!(f.outcome, Outcome::Condition);
        assert!(f.message.contains("not a visa"), "{}", f.message);
    }

    #[test]
    fn indian_nationals_register_before_travelling() {
        let f = entry(Some("India"), None);
        assert_eq!(f.outcome, Outcome::Condition);
        assert!(f.message.contains("pre-arrival registration") && f.message.contains("14 days"), "{}", f.message);
    }

    #[test]
    fn mainland_macao_and_taiwan_residents() {
        let f = entry(Some("CHN"), Some(Residence::Mainland));
        assert_eq!(f.outcome, Outcome::Condition);
        assert!(f.message.contains("exit endorsement"), "{}", f.message);
        assert_eq!(entry(None, Some(Residence::MacaoPermanent)).outcome, Outcome::Pass);
        assert!(entry(None, Some(Residence::MacaoNonPermanent)).message.contains("30 days"));
        assert_eq!(entry(None, Some(Residence::Taiwan)).outcome, Outcome::Condition);
        assert_eq!(entry(Some("Taiwan"), None).outcome, Outcome::Condition);
        assert_eq!(entry(Some("Macao"), None).outcome, Outcome::Unknown);
    }

    #[test]
    fn prc_passport_holders_living_overseas_need_an_entry_permit() {
        let f = entry(Some("China"), None);
        assert_eq!(f.outcome, Outcome::Condition);
        assert!(f.message.contains("entry permit"), "{}", f.message);
    }

    #[test]
    fn no_nationality_is_unknown() {
        assert_eq!(entry(None, None).outcome, Outcome::Unknown);
    }

    #[test]
    fn a_nationality_without_a_row_gets_seven_days() {
        let f = entry(Some("TLS"), None);
        assert_eq!(f.outcome, Outcome::Pass);
        assert!(f.message.contains("no row of its own") && f.message.contains("7 days"), "{}", f.message);
    }

    #[test]
    fn stateless_travellers_need_a_visa() {
        assert_eq!(entry(Some("stateless"), None).outcome, Outcome::Condition);
    }
}
