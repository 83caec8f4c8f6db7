//! Property tests of the letter reader: whatever is pasted (random bytes read as text, a megabyte, control
//! characters, right-to-left text, emoji, fragments of real letters), it returns an extraction without panicking,
//! every offset points at the text it claims, and it reads at most the first 100,000 characters.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use stv_check::letter::{extract, Extraction, MAX_CHARS};
use stv_check::Catalogue;

/// Every field found, with its name.
fn details(x: &Extraction) -> Vec<(&'static str, &stv_check::letter::Extracted)> {
    [
        ("host", &x.host), ("invitee", &x.invitee), ("nationality", &x.nationality), ("travel_document", &x.travel_document),
        ("activity", &x.activity), ("role", &x.role), ("activity_from", &x.activity_from), ("activity_to", &x.activity_to),
        ("arrival", &x.arrival), ("departure", &x.departure), ("venue", &x.venue), ("remuneration", &x.remuneration),
        ("letter_date", &x.letter_date), ("signatory", &x.signatory),
    ]
    .into_iter()
    .filter_map(|(name, e)| e.as_ref().map(|e| (name, e)))
    .collect()
}

const DATE_FIELDS: &[&str] = &["activity_from", "activity_to", "arrival", "departure", "letter_date"];

/// The reader's promises, for any text.
fn holds(text: &str) {
    let x = extract(text, Catalogue::bundled());
    let chars: Vec<char> = text.chars().collect();
    for (field, e) in details(&x) {
        assert!(e.start < e.end && e.end <= chars.len().min(MAX_CHARS), "{field}: {e:?}");
        let covered: String = chars[e.start..e.end].iter().collect();
        assert_eq!(covered, e.text, "{field}");
        assert!((0.0..=1.0).contains(&e.confidence), "{field}: {e:?}");
        // A date field's value is always a real date, written YYYY-MM-DD.
        if DATE_FIELDS.contains(&field) {
            assert!(e.value.len() == 10 && e.value.parse::<chrono::NaiveDate>().is_ok(), "{field}: {e:?}");
        }
    }
    // The first activity day is never after the last.
    if let (Some(from), Some(to)) = (&x.activity_from, &x.activity_to) {
        assert!(from.value <= to.value, "activity_from {} after activity_to {}", from.value, to.value);
    }
}

/// Pieces of letters, to make random texts that look enough like letters to reach every part of the reader.
const PIECES: &[&str] = &[
    "Dear Dr Amelia Hart,\n", "Nationality: British\n", "國籍：英國\n", "Passport No.: E1234567\n", "Role: judge\n",
    "You will arrive on 1 March 2026", " and depart on 20 March 2026.\n", "from 2 to 9 March 2026", "2026年3月2日至9日",
    "二〇二六年三月二日", "02/03/2026", "March 2-9, 2026", "28 Dec 2026 – 3 Jan 2027", "Yours sincerely,\n\nMs Chan\n",
    "HONG KONG ACADEMY FOR PERFORMING ARTS\n", "From: a@b.hk\nTo: c@d.com\nSubject: Invitation\nDate: 5 Jan 2026\n",
    "Name   Nationality   Role\nAmy    Japanese      dancer\n", "as a guest violinist at the Concert Hall", "HK$18,000",
    "\u{202e}שלום עולם\u{202c}", "مرحبا", "🎻🎉👩🏽‍🎤", "\u{0}\u{7}\u{1b}[31m", "\r\n", "：", "ＨＫＡＰＡ", "　", "籍", "at ",
    "invite you to ", "此致\n敬禮\n", "1", "-", "至", "月", "日", "年", " to ", ",", "\t\t", "    ",
];

fn letterish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_text_gives_an_extraction(text in any::<String>()) {
        holds(&text);
    }

    #[test]
    fn random_bytes_read_as_text_give_an_extraction(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        holds(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn letter_like_texts_give_an_extraction(text in letterish()) {
        holds(&text);
    }
}

/// Found by the property test above: a run of capitalised words that ends the text with a space.
#[test]
fn a_text_that_ends_with_a_space_after_capitalised_words_is_read() {
    holds("Dear Dr Amelia Hart,\nas a guest violinist at the Concert Hallat ");
}

#[test]
fn a_megabyte_is_read_up_to_the_limit_with_a_warning() {
    let letter = "Dear Ms Chan,\nYou will arrive on 1 March 2026 and perform from 2 to 9 March 2026 at the City Hall.\n";
    let text = letter.repeat(1_000_000 / letter.len() + 1);
    assert!(text.len() >= 1_000_000);
    let start = std::time::Instant::now();
    let x = extract(&text, Catalogue::bundled());
    // Not a timing assertion: a loose bound that only an accidental quadratic would break.
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
    assert!(x.warnings.iter().any(|w| w.en().contains("first 100000 characters")), "{:?}", x.warnings);
    assert_eq!(x.arrival.unwrap().value, "2026-03-01");
    holds(&text);
}

#[test]
fn a_megabyte_of_dates_and_digits_is_read() {
    let text = "1 March 2026 – 2 March 2026, 02/03/2026 2026年3月2日 ".repeat(20_000);
    holds(&text);
    holds(&"9".repeat(1_000_000));
    holds(&"年月日至".repeat(250_000));
}
