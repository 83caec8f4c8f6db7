//! The rules of the STV Scheme, as `docs/rules.md` states them: one module per rule id, each citing its
//! sources, each giving findings with plain-words messages that name the dates and names involved.
//!
//! [`check`] gathers the facts every rule needs once (the host's catalogue entry, the sectors, the entry route and
//! permitted stay, each trip's activity days), runs the rules, and derives the verdict from the strongest finding.

mod dates_past;
mod dates_valid;
mod entry_route;
mod host_authorised;
mod letter_scope_role;
mod reentry_pattern;
mod remuneration;
mod scheme_in_force;
mod sector_in_force;
mod stay_limit;
pub mod suggestions;
mod window_14_days;

use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::case::Case;
use crate::catalogue::{Catalogue, Organisation, Sector};
use crate::i18n::{Arg, Msg, Text};
use crate::text;
pub use crate::catalogue::SourceId;
pub use entry_route::Route;
pub use host_authorised::HostStatus;
pub use suggestions::{Bound, PlanField, Suggestion};

/// An enum whose every variant is one line of a table: its id as the specification and the JSON spell it, and the
/// messages that name it. The variants' order is the table's (findings are listed, and outcomes ranked, in it), so
/// adding one is one line and the id cannot be spelt twice.
macro_rules! id_table {
    ($(#[$meta:meta])* pub enum $name:ident { $($variant:ident => $id:literal $(, $msg:ident)*;)* } $(fn $method:ident = $col:tt;)*) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
        pub enum $name { $($variant,)* }

        impl $name {
            /// Every variant, in the table's order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The id the specification and the JSON use.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id,)* }
            }

            /// The variant with this id.
            pub fn from_id(id: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.id() == id)
            }

            fn messages(self) -> &'static [Msg] {
                match self { $($name::$variant => &[$(Msg::$msg),*],)* }
            }

            $(pub fn $method(self) -> Msg { self.messages()[$col] })*
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.id())
            }
        }
    };
}

id_table! {
    /// The rule ids of docs/rules.md, in the order findings are listed: the id, what the rule asks in a few words
    /// (for headings), and the same as it reads inside a sentence (for the summary).
    pub enum RuleId {
        DatesValid => "dates-valid", RuleTitleDatesValid, RuleInSentenceDatesValid;
        SchemeInForce => "scheme-in-force", RuleTitleSchemeInForce, RuleInSentenceSchemeInForce;
        SectorInForce => "sector-in-force", RuleTitleSectorInForce, RuleInSentenceSectorInForce;
        HostAuthorised => "host-authorised", RuleTitleHostAuthorised, RuleInSentenceHostAuthorised;
        LetterScopeRole => "letter-scope-role", RuleTitleLetterScopeRole, RuleInSentenceLetterScopeRole;
        Window14Days => "window-14-days", RuleTitleWindow14Days, RuleInSentenceWindow14Days;
        StayLimit => "stay-limit", RuleTitleStayLimit, RuleInSentenceStayLimit;
        EntryRoute => "entry-route", RuleTitleEntryRoute, RuleInSentenceEntryRoute;
        ReentryPattern => "reentry-pattern", RuleTitleReentryPattern, RuleInSentenceReentryPattern;
        Remuneration => "remuneration", RuleTitleRemuneration, RuleInSentenceRemuneration;
        DatesPast => "dates-past", RuleTitleDatesPast, RuleInSentenceDatesPast;
    }
    fn title = 0;
    fn in_sentence = 1;
}

id_table! {
    /// What one rule found, from weakest to strongest: the verdict follows the strongest. The id, and the outcome in
    /// a word or two, shown next to a finding.
    pub enum Outcome {
        Info => "info", OutcomeInfo;
        Pass => "pass", OutcomePass;
        Warning => "warning", OutcomeWarning;
        Condition => "condition", OutcomeCondition;
        Unknown => "unknown", OutcomeUnknown;
        Fail => "fail", OutcomeFail;
    }
    fn label = 0;
}

id_table! {
    /// The answer for a whole case: the id, and the headline the page shows.
    pub enum Verdict {
        Eligible => "eligible", VerdictEligible;
        EligibleWithConditions => "eligible_with_conditions", VerdictEligibleWithConditions;
        NotEligible => "not_eligible", VerdictNotEligible;
        Unconfirmed => "unconfirmed", VerdictUnconfirmed;
    }
    fn headline = 0;
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub rule: RuleId,
    pub outcome: Outcome,
    /// What was found, in plain words; serialized in English.
    pub message: Text,
    pub sources: Vec<SourceId>,
    /// The trip's index in the case, for the per-trip rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trip: Option<usize>,
}

impl Finding {
    fn new(rule: RuleId, outcome: Outcome, message: impl Into<Text>, sources: &[SourceId]) -> Finding {
        Finding { rule, outcome, message: message.into(), sources: sources.to_vec(), trip: None }
    }

    fn on_trip(mut self, index: usize) -> Finding {
        self.trip = Some(index);
        self
    }
}

/// Each trip's key dates, for the result and the page's calendar.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TripDates {
    pub arrival: NaiveDate,
    pub departure: Option<NaiveDate>,
    pub activity_days: Vec<NaiveDate>,
    pub window_start: Option<NaiveDate>,
    pub window_end: Option<NaiveDate>,
    pub last_permitted_day: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HostResult {
    /// The catalogue name the host matched, if any.
    pub matched: Option<String>,
    /// The sector id the rules used: the case's, or the host's.
    pub sector: Option<String>,
    pub status: HostStatus,
    /// Close catalogue names, when the host was not found.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<String>,
}

/// The checker's answer for one case.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub verdict: Verdict,
    /// The verdict in plain words, with what to do next; serialized in English.
    pub summary: Text,
    pub findings: Vec<Finding>,
    /// What would fit, per trip and rule, where a date can make a failing rule pass (empty when the plan fits).
    pub suggestions: Vec<Suggestion>,
    pub trips: Vec<TripDates>,
    pub host: HostResult,
    pub data_as_of: NaiveDate,
}

/// One trip's activity days, in order.
#[derive(Debug, Clone)]
pub(crate) struct TripFacts {
    pub index: usize,
    pub arrival: NaiveDate,
    pub departure: Option<NaiveDate>,
    pub days: Vec<NaiveDate>,
}

/// What the rules share: the case, the catalogue and the facts derived from them once.
pub(crate) struct Context<'a> {
    pub case: &'a Case,
    pub catalogue: &'a Catalogue,
    pub today: NaiveDate,
    /// The catalogue entry the host matched.
    pub host: Option<&'a Organisation>,
    /// The sectors the activity falls under: the case's sector, else the host's.
    pub sectors: Vec<&'a Sector>,
    pub route: Route,
    pub trips: Vec<TripFacts>,
}

impl Context<'_> {
    /// Every activity day of every trip, in order.
    pub fn all_days(&self) -> Vec<NaiveDate> {
        let mut d: Vec<NaiveDate> = self.trips.iter().flat_map(|t| t.days.iter().copied()).collect();
        crate::sorting::sort_by_key(&mut d, |d| crate::sorting::number(chrono::Datelike::num_days_from_ce(d).into()));
        d
    }
}

/// What would fit for a date a rule opens on (the scheme's start, a sector's joining, a host's authorisation): each
/// trip with activity days before `opens` may start its activities on `opens` at the earliest.
fn first_day_from(ctx: &Context, rule: RuleId, opens: NaiveDate) -> Vec<Suggestion> {
    ctx.trips
        .iter()
        .filter(|t| t.days.first().is_some_and(|d| *d < opens))
        .map(|t| Suggestion::earliest(rule, t.index, PlanField::FirstActivityDay, opens))
        .collect()
}

/// The 14 consecutive calendar days from the first activity day `first`: `first` to `first + 13`.
pub fn window_end(first: NaiveDate) -> NaiveDate {
    first + Days::new(13)
}

/// The last day of a permitted stay of `days` days from `arrival`, the arrival counted as day 1 (the conservative
/// reading of docs/rules.md#stay-limit; the landing slip gives the exact date).
pub fn last_permitted_day(arrival: NaiveDate, days: u32) -> NaiveDate {
    arrival + Days::new(u64::from(days.max(1)) - 1)
}

/// A catalogue name with its Chinese form, where the data has one.
pub(crate) fn name(en: &str, zh: Option<&str>) -> crate::i18n::Name {
    crate::i18n::Name { en: en.to_string(), zh: zh.filter(|z| !z.trim().is_empty()).map(str::to_string) }
}

/// Runs every rule on a case. `today` is today's date in Hong Kong.
pub fn check(case: &Case, catalogue: &Catalogue, today: NaiveDate) -> Assessment {
    let host = case.host.as_deref().and_then(|h| catalogue.find_host(h));
    let sectors: Vec<&Sector> = match (&case.sector, host) {
        (Some(id), _) => catalogue.sector(id).into_iter().collect(),
        (None, Some(org)) => org.sectors.iter().filter_map(|id| catalogue.sector(id)).collect(),
        (None, None) => Vec::new(),
    };
    let trips = case
        .trips
        .iter()
        .enumerate()
        .map(|(index, t)| TripFacts { index, arrival: t.arrival, departure: t.departure, days: t.days() })
        .collect();
    let route = entry_route::resolve(case, catalogue);
    let ctx = Context { case, catalogue, today, host, sectors, route, trips };

    let mut findings = vec![dates_valid::check(&ctx), scheme_in_force::check(&ctx), sector_in_force::check(&ctx)];
    let (host_finding, host_result) = host_authorised::check(&ctx);
    findings.push(host_finding);
    findings.push(letter_scope_role::check(&ctx));
    findings.extend(window_14_days::check(&ctx));
    findings.extend(stay_limit::check(&ctx));
    findings.push(entry_route::check(&ctx));
    findings.extend(reentry_pattern::check(&ctx));
    findings.push(remuneration::check(&ctx));
    findings.extend(dates_past::check(&ctx));

    let mut suggestions = scheme_in_force::suggest(&ctx);
    suggestions.extend(sector_in_force::suggest(&ctx));
    suggestions.extend(host_authorised::suggest(&ctx));
    suggestions.extend(window_14_days::suggest(&ctx));
    suggestions.extend(stay_limit::suggest(&ctx));

    let verdict = verdict_of(&findings);
    let trips = ctx
        .trips
        .iter()
        .map(|t| {
            let first = t.days.first().copied();
            TripDates {
                arrival: t.arrival,
                departure: t.departure,
                activity_days: t.days.clone(),
                window_start: first,
                window_end: first.map(window_end),
                last_permitted_day: stay_limit::permitted_days(&ctx).map(|n| last_permitted_day(t.arrival, n)),
            }
        })
        .collect();
    Assessment {
        verdict,
        summary: summary(verdict, &findings),
        findings,
        suggestions,
        trips,
        host: host_result,
        data_as_of: catalogue.data_as_of(),
    }
}

/// docs/rules.md#verdict: any fail, else any unknown, else any condition, else eligible.
pub fn verdict_of(findings: &[Finding]) -> Verdict {
    match findings.iter().map(|f| f.outcome).max() {
        Some(Outcome::Fail) => Verdict::NotEligible,
        Some(Outcome::Unknown) => Verdict::Unconfirmed,
        Some(Outcome::Condition) => Verdict::EligibleWithConditions,
        _ => Verdict::Eligible,
    }
}

fn summary(verdict: Verdict, findings: &[Finding]) -> Text {
    // The rules with an outcome, as they read in a sentence, each once where findings of one rule follow each other.
    let with = |o: Outcome| -> Vec<RuleId> {
        let mut v: Vec<RuleId> = findings.iter().filter(|f| f.outcome == o).map(|f| f.rule).collect();
        v.dedup();
        v
    };
    let list = |v: Vec<RuleId>| Arg::List(v.into_iter().map(|r| Text::from(r.in_sentence())).collect());
    match verdict {
        Verdict::Eligible => text!(SummaryEligible),
        Verdict::EligibleWithConditions => text!(SummaryEligibleWithConditions, rules = list(with(Outcome::Condition))),
        Verdict::NotEligible => text!(SummaryNotEligible, rules = list(with(Outcome::Fail))),
        Verdict::Unconfirmed if with(Outcome::Condition).is_empty() => {
            text!(SummaryUnconfirmed, rules = list(with(Outcome::Unknown)))
        }
        Verdict::Unconfirmed => text!(SummaryUnconfirmedWithConditions, rules = list(with(Outcome::Unknown))),
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    //! Builds cases for the rules' tests.
    use super::*;
    use crate::case::{DaySpan, Trip};

    pub fn d(s: &str) -> NaiveDate {
        s.parse().expect("a test date")
    }

    /// A British violinist invited by HKAPA: every rule passes unless a test changes something.
    pub fn case() -> Case {
        Case {
            host: Some("Hong Kong Academy for Performing Arts".into()),
            nationality: Some("GBR".into()),
            activity: Some("masterclasses".into()),
            role: Some("guest violinist".into()),
            trips: vec![trip("2026-03-01", Some("2026-03-20"), &[("2026-03-02", "2026-03-09")])],
            ..Case::default()
        }
    }

    pub fn trip(arrival: &str, departure: Option<&str>, spans: &[(&str, &str)]) -> Trip {
        Trip {
            arrival: d(arrival),
            departure: departure.map(d),
            activity_days: spans
                .iter()
                .map(|(f, t)| if f == t { DaySpan::Day(d(f)) } else { DaySpan::Range { from: d(f), to: d(t) } })
                .collect(),
        }
    }

    pub fn run(case: &Case) -> Assessment {
        check(case, Catalogue::bundled(), d("2026-01-15"))
    }

    /// The findings of one rule.
    pub fn findings(case: &Case, rule: RuleId) -> Vec<Finding> {
        run(case).findings.into_iter().filter(|f| f.rule == rule).collect()
    }

    /// The single finding of one rule.
    pub fn finding(case: &Case, rule: RuleId) -> Finding {
        let mut f = findings(case, rule);
        assert_eq!(f.len(), 1, "expected one {rule:?} finding, got {f:?}");
        f.remove(0)
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::*;
    use super::*;
    use crate::i18n::Lang;

    fn f(outcome: Outcome) -> Finding {
        Finding::new(RuleId::DatesValid, outcome, Msg::DatesValidPass, &[])
    }

    #[test]
    fn the_verdict_is_the_strongest_finding() {
        use Outcome::*;
        assert_eq!(verdict_of(&[f(Pass), f(Info), f(Warning)]), Verdict::Eligible);
        assert_eq!(verdict_of(&[f(Pass), f(Condition)]), Verdict::EligibleWithConditions);
        assert_eq!(verdict_of(&[f(Condition), f(Unknown)]), Verdict::Unconfirmed);
        assert_eq!(verdict_of(&[f(Unknown), f(Fail), f(Condition)]), Verdict::NotEligible);
    }

    #[test]
    fn unconfirmed_says_what_would_follow() {
        let mut c = case();
        c.role = None;
        c.nationality = Some("Nigeria".into());
        let a = run(&c);
        assert_eq!(a.verdict, Verdict::Unconfirmed);
        assert!(a.summary.en().contains("would be eligible with conditions"), "{}", a.summary);
    }

    #[test]
    fn every_rule_appears_once_per_case_or_once_per_trip() {
        let mut c = case();
        c.trips.push(trip("2026-06-01", Some("2026-06-10"), &[("2026-06-02", "2026-06-05")]));
        let a = run(&c);
        for rule in [RuleId::Window14Days, RuleId::StayLimit] {
            let trips: Vec<_> = a.findings.iter().filter(|f| f.rule == rule).map(|f| f.trip).collect();
            assert_eq!(trips, vec![Some(0), Some(1)], "{rule:?}");
        }
        for rule in [RuleId::DatesValid, RuleId::HostAuthorised, RuleId::EntryRoute, RuleId::ReentryPattern] {
            assert_eq!(a.findings.iter().filter(|f| f.rule == rule).count(), 1, "{rule:?}");
        }
    }

    #[test]
    fn the_result_gives_each_trips_window_and_last_permitted_day() {
        let a = run(&case());
        let t = &a.trips[0];
        assert_eq!(t.window_start, Some(d("2026-03-02")));
        assert_eq!(t.window_end, Some(d("2026-03-15")));
        // British citizens: 180 days from 1 March 2026, arrival counted as day 1.
        assert_eq!(t.last_permitted_day, Some(d("2026-08-27")));
    }

    #[test]
    fn last_permitted_day_counts_the_arrival_as_day_one() {
        assert_eq!(last_permitted_day(d("2026-05-01"), 14), d("2026-05-14"));
        assert_eq!(last_permitted_day(d("2026-05-01"), 7), d("2026-05-07"));
        assert_eq!(last_permitted_day(d("2027-12-20"), 30), d("2028-01-18"));
        assert_eq!(last_permitted_day(d("2028-02-01"), 90), d("2028-04-30"));
        assert_eq!(last_permitted_day(d("2027-02-01"), 90), d("2027-05-01"));
        assert_eq!(last_permitted_day(d("2026-01-01"), 180), d("2026-06-29"));
    }

    #[test]
    fn every_message_fills_all_its_placeholders() {
        use crate::case::Residence;
        let mut cases = vec![case()];
        // Dates that conflict, a trip without activity days, and days before the scheme began.
        let mut c = case();
        c.trips = vec![
            trip("2022-05-20", Some("2022-05-10"), &[("2022-05-19", "2022-05-25")]),
            trip("2022-05-22", None, &[("2022-05-25", "2022-05-25")]),
            trip("2022-07-01", Some("2022-07-03"), &[]),
        ];
        cases.push(c);
        // A long stay past the window and the permitted stay, a short absence, a speaking engagement, and a
        // sector the host is not listed under.
        let mut c = case();
        c.nationality = Some("PHILIPPINES".into());
        c.sector = Some("sports".into());
        c.activity = Some("keynote talk".into());
        c.trips = vec![
            trip("2026-04-01", Some("2026-04-20"), &[("2026-04-02", "2026-04-19")]),
            trip("2026-04-23", Some("2026-04-25"), &[("2026-04-24", "2026-04-24")]),
        ];
        cases.push(c);
        // An unknown host, no role, a nationality with several rows, a stay the user entered.
        let mut c = case();
        c.host = Some("Hong Kong Acadmy for Performing Arts".into());
        c.role = None;
        c.nationality = Some("Albania".into());
        c.permitted_stay_days = Some(7);
        cases.push(c);
        // No host, no nationality, a trip years ahead; a bureau as host; residents of Mainland, Macao, Taiwan.
        let mut c = case();
        c.host = None;
        c.nationality = None;
        c.trips = vec![trip("2030-03-01", None, &[("2030-03-02", "2030-03-03")])];
        cases.push(c);
        for (host, residence) in [
            ("Home and Youth Affairs Bureau", Residence::Mainland),
            ("HKAPA", Residence::MacaoPermanent),
            ("HKAPA", Residence::Taiwan),
        ] {
            let mut c = case();
            c.host = Some(host.into());
            c.residence = Some(residence);
            cases.push(c);
        }
        for nationality in ["USA", "India", "Nigeria", "TLS", "China", "Macao", "Hong Kong", "Nowhere Land"] {
            let mut c = case();
            c.nationality = Some(nationality.into());
            cases.push(c);
        }
        let mut verdicts = Vec::new();
        for c in &cases {
            let a = run(c);
            verdicts.push(a.verdict);
            for lang in Lang::ALL {
                let texts = a.findings.iter().map(|f| &f.message).chain([&a.summary]);
                for t in texts {
                    let s = t.render(lang);
                    assert!(!s.trim().is_empty() && !s.contains('{') && !s.contains('}'), "{lang:?}: {s}");
                }
                for f in &a.findings {
                    assert!(!f.rule.title().in_(lang).is_empty() && !f.outcome.label().in_(lang).is_empty());
                }
                assert!(!a.verdict.headline().in_(lang).contains('{'));
            }
        }
        // The cases reach every verdict, so every summary is rendered.
        for v in [Verdict::Eligible, Verdict::EligibleWithConditions, Verdict::NotEligible, Verdict::Unconfirmed] {
            assert!(verdicts.contains(&v), "no case is {v:?}: {verdicts:?}");
        }
    }

    #[test]
    fn the_summary_lists_the_rules_in_a_sentence() {
        let mut c = case();
        c.nationality = Some("Nigeria".into());
        c.trips = vec![trip("2026-03-01", Some("2026-03-20"), &[("2026-03-02", "2026-03-16")])];
        let a = run(&c);
        assert_eq!(a.verdict, Verdict::NotEligible);
        assert!(a.summary.en().contains("fit the STV Scheme (14-day window)."), "{}", a.summary);
        c.role = None;
        c.trips = vec![trip("2026-03-01", Some("2026-03-20"), &[("2026-03-02", "2026-03-05")])];
        let a = run(&c);
        assert!(a.summary.en().contains("(activity and role in the letter)"), "{}", a.summary);
        let json = serde_json::to_value(&a).unwrap();
        assert_eq!(json["summary"], a.summary.en());
        assert_eq!(json["findings"][0]["message"], a.findings[0].message.en());
    }

    #[test]
    fn dates_read_as_people_write_them() {
        assert_eq!(crate::i18n::long_date(Lang::En, d("2026-08-24")), "24 August 2026");
        assert_eq!(Arg::Days(1).render(Lang::En), "1 day");
        assert_eq!(Arg::Days(15).render(Lang::En), "15 days");
    }
}
