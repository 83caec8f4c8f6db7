//! An Excel workbook opened in the page: any bytes give its sheet or a clear refusal, never a panic; and a sheet's
//! rows are as wide as each other.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stv_check::batch::workbook::read;

fuzz_target!(|data: &[u8]| {
    if let Ok(sheet) = read(data, "book.xlsx", None) {
        let width = sheet.records.first().map_or(0, |r| r.fields.len());
        assert!(sheet.records.iter().all(|r| r.fields.len() == width));
    }
});
