//! Property tests of the rules engine over random cases: any case gets a verdict without panicking, and the verdict
//! is its strongest finding; removing an activity day never turns `eligible` into `not_eligible`; and the 14-day
//! window agrees with a brute-force count of calendar days, over trips anywhere from 2000 to 2100 (leap days and
//! year ends included).
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use stv_check::case::{Case, DaySpan, Residence, Trip};
use stv_check::rules::{check, verdict_of, Outcome, RuleId, Verdict};
use stv_check::Catalogue;

const HOSTS: &[&str] = &["Hong Kong Academy for Performing Arts", "HKAPA", "Home and Youth Affairs Bureau", "Unknown Society", "香港演藝學院", ""];
const NATIONALITIES: &[&str] = &["GBR", "Japan", "Nigeria", "India", "ALBANIA", "USA", "CHN", "Macao", "Taiwan", "HKG", "TLS", "stateless", ""];
const SECTORS: &[&str] = &["", "sports", "maritime", "finance", "others", "higher-education"];

fn date() -> impl Strategy<Value = NaiveDate> {
    // 2000-01-01 plus up to 100 years.
    (0u64..36_500).prop_map(|d| NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + Days::new(d))
}

fn trip() -> impl Strategy<Value = Trip> {
    (date(), 0u64..60, prop::collection::vec((0u64..40, 0u64..5), 0..6), any::<bool>()).prop_map(|(arrival, stay, spans, has_departure)| {
        let activity_days = spans
            .into_iter()
            .map(|(offset, len)| {
                let from = arrival + Days::new(offset);
                if len == 0 { DaySpan::Day(from) } else { DaySpan::Range { from, to: from + Days::new(len) } }
            })
            .collect();
        Trip { arrival, departure: has_departure.then(|| arrival + Days::new(stay)), activity_days }
    })
}

fn case() -> impl Strategy<Value = Case> {
    (
        prop::sample::select(HOSTS),
        prop::sample::select(NATIONALITIES),
        prop::sample::select(SECTORS),
        prop::option::of(prop::sample::select(&Residence::ALL[..])),
        prop::option::of(1u32..400),
        any::<(bool, bool)>(),
        prop::collection::vec(trip(), 0..4),
    )
        .prop_map(|(host, nationality, sector, residence, stay, (activity, role), trips)| Case {
            host: Some(host.to_string()).filter(|s| !s.is_empty()),
            nationality: Some(nationality.to_string()).filter(|s| !s.is_empty()),
            sector: Some(sector.to_string()).filter(|s| !s.is_empty()),
            residence,
            permitted_stay_days: stay,
            activity: activity.then(|| "masterclasses".to_string()),
            role: role.then(|| "guest violinist".to_string()),
            trips,
            letter_text: None,
        })
}

/// Cases that are often eligible: a known host, a visa-free nationality, the letter's scope and role, and trips after
/// 2023 whose activity days mostly fit their window.
fn likely_eligible_case() -> impl Strategy<Value = Case> {
    (prop::sample::select(&["GBR", "Japan", "Australia"][..]), prop::collection::vec((0u64..1200, prop::collection::vec(0u64..16, 1..8)), 1..3))
        .prop_map(|(nationality, trips)| {
            let start = NaiveDate::from_ymd_opt(2023, 3, 1).unwrap();
            let mut at = start;
            let trips = trips
                .into_iter()
                .map(|(gap, offsets)| {
                    let arrival = at + Days::new(gap % 400 + 30);
                    at = arrival + Days::new(40);
                    Trip {
                        arrival,
                        departure: Some(arrival + Days::new(25)),
                        activity_days: offsets.into_iter().map(|o| DaySpan::Day(arrival + Days::new(o + 1))).collect(),
                    }
                })
                .collect();
            Case {
                host: Some("Hong Kong Academy for Performing Arts".into()),
                nationality: Some(nationality.into()),
                activity: Some("masterclasses".into()),
                role: Some("guest violinist".into()),
                trips,
                ..Case::default()
            }
        })
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 15).unwrap()
}

/// Day numbers counted one calendar day at a time, the way a person counts on a calendar.
fn brute_force_day_number(first: NaiveDate, day: NaiveDate) -> u32 {
    let mut n = 1;
    let mut d = first;
    while d < day {
        d = d.succ_opt().unwrap();
        n += 1;
    }
    n
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_case_gets_its_strongest_finding_as_verdict(case in case()) {
        let a = check(&case, Catalogue::bundled(), today());
        prop_assert_eq!(a.verdict, verdict_of(&a.findings));
        let strongest = a.findings.iter().map(|f| f.outcome).max();
        let expected = match strongest {
            Some(Outcome::Fail) => Verdict::NotEligible,
            Some(Outcome::Unknown) => Verdict::Unconfirmed,
            Some(Outcome::Condition) => Verdict::EligibleWithConditions,
            _ => Verdict::Eligible,
        };
        prop_assert_eq!(a.verdict, expected);
        for f in &a.findings {
            prop_assert!(!f.message.en().is_empty());
        }
        // Never eligible on an unknown fact.
        if a.verdict == Verdict::Eligible {
            prop_assert!(a.findings.iter().all(|f| f.outcome != Outcome::Unknown));
        }
    }

    #[test]
    fn removing_an_activity_day_never_makes_an_eligible_trip_ineligible(case in likely_eligible_case(), pick in any::<prop::sample::Index>()) {
        let before = check(&case, Catalogue::bundled(), today());
        prop_assume!(before.verdict == Verdict::Eligible);
        let days: Vec<(usize, NaiveDate)> = case.trips.iter().enumerate().flat_map(|(t, trip)| trip.days().into_iter().map(move |d| (t, d))).collect();
        prop_assume!(!days.is_empty());
        let (t, removed) = days[pick.index(days.len())];
        let mut smaller = case.clone();
        let kept: Vec<DaySpan> = smaller.trips[t].days().into_iter().filter(|d| *d != removed).map(DaySpan::Day).collect();
        smaller.trips[t].activity_days = kept;
        let after = check(&smaller, Catalogue::bundled(), today());
        prop_assert_ne!(after.verdict, Verdict::NotEligible);
    }

    #[test]
    fn the_window_agrees_with_counting_calendar_days(first in date(), offsets in prop::collection::vec(0u64..30, 1..8)) {
        let mut c = Case {
            host: Some("HKAPA".into()),
            nationality: Some("GBR".into()),
            activity: Some("masterclasses".into()),
            role: Some("violinist".into()),
            ..Case::default()
        };
        let days: Vec<NaiveDate> = std::iter::once(first).chain(offsets.iter().map(|o| first + Days::new(*o))).collect();
        c.trips = vec![Trip { arrival: first, departure: None, activity_days: days.iter().map(|d| DaySpan::Day(*d)).collect() }];
        let a = check(&c, Catalogue::bundled(), today());
        let window = a.findings.iter().find(|f| f.rule == RuleId::Window14Days).unwrap();
        let latest = days.iter().map(|d| brute_force_day_number(first, *d)).max().unwrap();
        prop_assert_eq!(window.outcome == Outcome::Fail, latest > 14, "{} (latest day number {})", window.message, latest);
        prop_assert_eq!(brute_force_day_number(first, a.trips[0].window_end.unwrap()), 14);
    }
}
