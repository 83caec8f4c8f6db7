//! A batch as CSV: any text gives a batch or a clear refusal, and its results CSV reads back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stv_check::batch::{run, Shared};
use stv_check::Catalogue;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let shared = Shared { host: Some("HKAPA".into()), ..Shared::default() };
    if let Ok(batch) = run(&text, &shared, Catalogue::bundled(), "2026-01-15".parse().unwrap()) {
        let csv = batch.results_csv();
        let records = stv_check::csv::parse(&csv, ',').expect("the results CSV reads back");
        assert_eq!(records.len(), batch.rows.len() + 1);
    }
});
