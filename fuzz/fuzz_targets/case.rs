//! A case as JSON, read and checked: reading may refuse it, but nothing may panic, and a case that reads always gets
//! a verdict that is its strongest finding.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stv_check::rules::verdict_of;
use stv_check::{check, Case, Catalogue};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let catalogue = Catalogue::bundled();
    if let Ok(case) = Case::from_json(text, catalogue) {
        let a = check(&case, catalogue, "2026-01-15".parse().unwrap());
        assert_eq!(a.verdict, verdict_of(&a.findings));
    }
});
