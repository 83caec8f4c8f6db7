//! A saved e-mail: any bytes give its text or a clear refusal, never a panic; text given has its line ends as the
//! letter box writes them.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stv_check::files::{letter_text, text::no_legacy};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = letter_text("message.eml", data, no_legacy) {
        assert!(!text.trim().is_empty() && !text.contains('\r'), "{text:?}");
    }
});
