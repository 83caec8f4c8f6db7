//! What would fit, over generated plans: applying a rule's suggestions makes that rule pass for the trips they name,
//! and a plan that fits gets none. A suggestion that does not fix its rule is a bug.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use stv_check::case::{Case, DaySpan, Trip};
use stv_check::rules::{check, Outcome, RuleId, Suggestion, Verdict};
use stv_check::Catalogue;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 15).unwrap()
}

fn plan() -> impl Strategy<Value = Case> {
    let trip = (0u64..2000, 0u64..5, prop::collection::vec((0u64..30, 0u64..6), 1..4), prop::option::of(0u64..40));
    (
        prop::sample::select(&["Hong Kong Academy for Performing Arts", "Marine Department", "Education Bureau"][..]),
        prop::sample::select(&["", "maritime", "higher-education", "others"][..]),
        prop::sample::select(&["United Kingdom", "Japan", "Nigeria", "Albania"][..]),
        prop::option::of(1u32..30),
        prop::collection::vec(trip, 1..3),
    )
        .prop_map(|(host, sector, nationality, stay, trips)| {
            // Trips from 2021, before the scheme began, to 2027, across the sectors' joining dates.
            let start = NaiveDate::from_ymd_opt(2021, 9, 1).unwrap();
            let trips = trips
                .into_iter()
                .map(|(offset, lead, spans, departure)| {
                    let arrival = start + Days::new(offset);
                    let activity_days = spans
                        .into_iter()
                        .map(|(o, len)| {
                            let from = arrival + Days::new(lead + o);
                            if len == 0 { DaySpan::Day(from) } else { DaySpan::Range { from, to: from + Days::new(len) } }
                        })
                        .collect();
                    Trip { arrival, departure: departure.map(|d| arrival + Days::new(d)), activity_days }
                })
                .collect();
            Case {
                host: Some(host.into()),
                sector: Some(sector.to_string()).filter(|s| !s.is_empty()),
                nationality: Some(nationality.into()),
                permitted_stay_days: stay,
                activity: Some("a public lecture".into()),
                role: Some("speaker".into()),
                trips,
                ..Case::default()
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 800, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn each_rules_suggestions_applied_make_it_pass(case in plan()) {
        let catalogue = Catalogue::bundled();
        let a = check(&case, catalogue, today());
        let mut rules: Vec<RuleId> = a.suggestions.iter().map(|s| s.rule).collect();
        rules.dedup();
        for rule in rules {
            let mine: Vec<&Suggestion> = a.suggestions.iter().filter(|s| s.rule == rule).collect();
            let fixed = mine.iter().fold(case.clone(), |c, s| s.apply(&c));
            let after = check(&fixed, catalogue, today());
            let trips: Vec<usize> = mine.iter().map(|s| s.trip).collect();
            for f in after.findings.iter().filter(|f| f.rule == rule && f.trip.is_none_or(|t| trips.contains(&t))) {
                prop_assert!(
                    !matches!(f.outcome, Outcome::Fail | Outcome::Condition),
                    "{} still {} after {:?}: {}", rule.id(), f.outcome.id(), mine, f.message.en()
                );
            }
        }
    }

    #[test]
    fn a_plan_that_fits_gets_no_suggestion(case in plan()) {
        let a = check(&case, Catalogue::bundled(), today());
        if a.verdict == Verdict::Eligible {
            prop_assert!(a.suggestions.is_empty(), "{:?}", a.suggestions);
        }
        // Every suggestion names a trip of the case and a rule that did not pass.
        for s in &a.suggestions {
            prop_assert!(s.trip < case.trips.len());
            prop_assert!(a.findings.iter().any(|f| f.rule == s.rule && matches!(f.outcome, Outcome::Fail | Outcome::Condition)), "{s:?}");
        }
    }
}

#[test]
fn the_command_prints_suggestions_in_its_json() {
    let case = r#"{"host":"HKAPA","nationality":"GBR","activity":"recitals","role":"pianist",
        "trips":[{"arrival":"2026-08-10","departure":"2026-08-30","activity_days":[{"from":"2026-08-11","to":"2026-08-25"}]}]}"#;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_stv-check"))
        .args(["--today", "2026-01-15", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), case.as_bytes()).unwrap();
    let out: serde_json::Value = serde_json::from_slice(&child.wait_with_output().unwrap().stdout).unwrap();
    assert_eq!(
        out["suggestions"],
        serde_json::json!([{ "rule": "window-14-days", "trip": 0, "field": "last_activity_day", "latest": "2026-08-24" }])
    );
}
