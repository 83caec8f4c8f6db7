//! A PDF letter's file: any bytes give its text or a clear refusal, never a panic; text given is what the letter
//! box can hold (lines ending in `\n`, no unreadable glyphs left in it).
#![no_main]

use libfuzzer_sys::fuzz_target;
use stv_check::files::{letter_text, text::no_legacy, FileProblem};

fuzz_target!(|data: &[u8]| {
    let mut bytes = b"%PDF-1.7\n".to_vec();
    bytes.extend_from_slice(data);
    match letter_text("letter.pdf", &bytes, no_legacy) {
        Ok(text) => assert!(!text.trim().is_empty() && !text.contains(['\r', '\u{fffd}']), "{text:?}"),
        Err(p) => assert!(FileProblem::ALL.contains(&p)),
    }
});
