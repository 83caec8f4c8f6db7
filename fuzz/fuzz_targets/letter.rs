//! The letter reader on any text: it must not panic, and every detail's offsets must point at the text it claims.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stv_check::letter::extract;
use stv_check::Catalogue;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let x = extract(&text, Catalogue::bundled());
    let chars: Vec<char> = text.chars().collect();
    for e in [&x.host, &x.invitee, &x.nationality, &x.activity, &x.role, &x.activity_from, &x.activity_to, &x.arrival, &x.departure, &x.venue, &x.remuneration, &x.letter_date, &x.signatory, &x.travel_document].into_iter().flatten() {
        assert!(e.start < e.end && e.end <= chars.len());
        assert_eq!(chars[e.start..e.end].iter().collect::<String>(), e.text);
    }
});
