//! Property tests of the rules engine over random cases: any case gets a verdict without panicking, never eligible on
//! an unknown fact; cases built with known defects get the verdict those defects give; removing an activity day never turns `eligible` into `not_eligible`; and the 14-day
//! window agrees with a brute-force count of calendar days, over trips anywhere from 2000 to 2100 (leap days and
//! year ends included).
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use stv_check::case::{Case, DaySpan, Residence, Trip};
use stv_check::rules::{check, Outcome, RuleId, Verdict};
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
    fn any_case_gets_a_verdict_with_a_message_for_every_finding(case in case()) {
        let a = check(&case, Catalogue::bundled(), today());
        for f in &a.findings {
            prop_assert!(!f.message.en().is_empty());
        }
        // Never eligible on an unknown fact, nor with a failed rule.
        if a.verdict == Verdict::Eligible {
            prop_assert!(a.findings.iter().all(|f| f.outcome != Outcome::Unknown && f.outcome != Outcome::Fail));
        }
        // Every trip's window is 14 days from its first activity day.
        for t in &a.trips {
            if let (Some(start), Some(end)) = (t.window_start, t.window_end) {
                prop_assert_eq!(brute_force_day_number(start, end), 14);
                prop_assert_eq!(Some(&start), t.activity_days.first());
            }
        }
    }

    /// Cases built from a plan that fits, with defects added whose effect the specification states: a day after the
    /// window is a fail; an unknown host or a letter without a role cannot be confirmed; a visa national needs a visa
    /// first (a condition); a stay past the visa-free days needs one too. The verdict follows from which were added.
    #[test]
    fn the_verdict_follows_from_the_defects_a_case_was_built_with(
        arrival_offset in 0u64..600,
        days in prop::collection::vec(0u64..14, 1..6),
        (late_day, unknown_host, no_role, visa_national, overstay) in any::<(bool, bool, bool, bool, bool)>(),
    ) {
        let arrival = NaiveDate::from_ymd_opt(2026, 2, 1).unwrap() + Days::new(arrival_offset);
        let first = arrival + Days::new(1);
        let mut activity_days: Vec<DaySpan> = std::iter::once(0).chain(days).map(|o| DaySpan::Day(first + Days::new(o))).collect();
        if late_day {
            activity_days.push(DaySpan::Day(first + Days::new(14))); // day 15
        }
        // British nationals may stay 180 days visa-free; a departure on day 200 of the stay runs over.
        let departure = arrival + Days::new(if overstay { 199 } else { 20 });
        let case = Case {
            host: Some(if unknown_host { "Society of Imaginary Arts" } else { "Hong Kong Academy for Performing Arts" }.into()),
            nationality: Some(if visa_national { "Nigeria" } else { "United Kingdom" }.into()),
            activity: Some("masterclasses and a public performance".into()),
            role: (!no_role).then(|| "guest violinist".into()),
            trips: vec![Trip { arrival, departure: Some(departure), activity_days }],
            ..Case::default()
        };
        let want = if late_day {
            Verdict::NotEligible
        } else if unknown_host || no_role {
            Verdict::Unconfirmed
        } else if visa_national || overstay {
            Verdict::EligibleWithConditions
        } else {
            Verdict::Eligible
        };
        let a = check(&case, Catalogue::bundled(), today());
        prop_assert_eq!(a.verdict, want, "{:#?}", a.findings.iter().map(|f| (f.rule.id(), f.outcome.id(), f.message.en())).collect::<Vec<_>>());
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
