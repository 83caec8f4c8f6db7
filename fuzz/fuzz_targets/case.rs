//! A case as JSON, read and checked: reading may refuse it, but nothing may panic; a case that reads gets a verdict
//! that follows from its findings as docs/rules.md#verdict states it, and each trip's dates agree with the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stv_check::rules::{Outcome, Verdict};
use stv_check::{check, Case, Catalogue};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let catalogue = Catalogue::bundled();
    let Ok(case) = Case::from_json(text, catalogue) else { return };
    let a = check(&case, catalogue, "2026-01-15".parse().unwrap());
    // docs/rules.md#verdict: any fail, else any unknown, else any condition, else eligible.
    let has = |o: Outcome| a.findings.iter().any(|f| f.outcome == o);
    let want = if has(Outcome::Fail) {
        Verdict::NotEligible
    } else if has(Outcome::Unknown) {
        Verdict::Unconfirmed
    } else if has(Outcome::Condition) {
        Verdict::EligibleWithConditions
    } else {
        Verdict::Eligible
    };
    assert_eq!(a.verdict, want);
    assert_eq!(a.trips.len(), case.trips.len());
    for (dates, trip) in a.trips.iter().zip(&case.trips) {
        assert_eq!(dates.arrival, trip.arrival);
        assert_eq!(dates.departure, trip.departure);
        let mut days = trip.days();
        days.sort();
        days.dedup();
        assert_eq!(dates.activity_days, days);
        // The window is the 14 calendar days from the first activity day.
        assert_eq!(dates.window_start, days.first().copied());
        if let (Some(start), Some(end)) = (dates.window_start, dates.window_end) {
            assert_eq!((end - start).num_days(), 13);
        }
        if let Some(last) = dates.last_permitted_day {
            assert!(last >= trip.arrival);
        }
    }
});
