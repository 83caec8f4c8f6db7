//! The travel document's number ("passport no. X1234567", "護照號碼：…").

use super::text::Text;
use super::cues::TRAVEL_DOCUMENT_LEADS;
use super::confidence::{Reason, CLEAR_CUE, GUESS};
use super::Extracted;

/// The travel document number in a sentence: "passport no. E12345678", "Italian passport YA4829173", "護照號碼：...".
pub(super) fn document(text: &Text) -> Option<Extracted> {
    for lead in TRAVEL_DOCUMENT_LEADS {
        let mut from = 0;
        while let Some(p) = text.find_lower(from, text.lower.len(), lead) {
            let mut s = p + lead.chars().count();
            // Skip "(No. ", " number: ", " #".
            for _ in 0..4 {
                while s < text.lower.len() && " :#(,為为是（：".contains(text.lower[s]) {
                    s += 1;
                }
                for word in ["no.", "no", "number", "num.", "as", "is", "號碼", "号码"] {
                    let end = s + word.chars().count();
                    let bounded = word.ends_with('.') || !text.lower.get(end).is_some_and(|c| c.is_ascii_alphanumeric());
                    if bounded && text.lower_str(s, end.min(text.lower.len())) == word {
                        s += word.chars().count();
                    }
                }
            }
            let e = word_end(text, s);
            if document_shaped(text, s, e) || right_after_its_lead_shaped(text, s, e) {
                return text.extracted(s, e, None, CLEAR_CUE);
            }
            // "your passport (Argentine, no. AAG482917)": a number further on in the same clause, unsure.
            if let Some((s, e)) = document_nearby(text, s) {
                return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
            }
            from = p + 1;
        }
    }
    None
}

/// Within a labelled value that has more than the number ("Turkish passport U22918474", "C39021567）以…"), the number.
pub(super) fn document_in(text: &Text, s: usize, e: usize) -> Option<(usize, usize)> {
    if !text.lower[s..e].iter().any(|c| c.is_whitespace()) {
        // "通行证号码：C39021567）以特邀运动员身份参加": Chinese runs on without a space; the number ends where its letters
        // and digits do.
        let end = word_end(text, s).min(e);
        if end < e && document_shaped(text, s, end) {
            return Some((s, end));
        }
        // ("美國護照，號碼548102937": the number after the words before it.)
        return first_document_word(text, s, e, |_| false).filter(|&(a, b)| (a, b) != (s, e));
    }
    first_document_word(text, s, e, |_| false)
}

/// A travel document's number within a few words after its lead, before the clause ends: a line, a closing
/// bracket, a semicolon or a full stop that does not close "no.".
fn document_nearby(text: &Text, from: usize) -> Option<(usize, usize)> {
    let clause_ends = |i: usize| {
        let c = text.lower[i];
        c == '\n'
            || matches!(c, ')' | ';' | '。' | '；' | '）')
            || c == '.' && text.lower.get(i + 1).is_none_or(|n| n.is_whitespace()) && !text.lower_str(i.saturating_sub(2), i).ends_with("no")
    };
    first_document_word(text, from, (from + 60).min(text.lower.len()), clause_ends)
}

/// The first word in `s..e` shaped like a travel document's number (6 to 15 letters and digits, at least 4 of them
/// digits), unless `stop` says the text ends before it.
fn first_document_word(text: &Text, s: usize, e: usize, stop: impl Fn(usize) -> bool) -> Option<(usize, usize)> {
    let mut i = s;
    while i < e {
        if stop(i) {
            return None;
        }
        if text.lower[i].is_ascii_alphanumeric() && (i == 0 || !text.lower[i - 1].is_ascii_alphanumeric()) {
            let end = word_end(text, i);
            if document_shaped(text, i, end) {
                return Some((i, end));
            }
            i = end;
        } else {
            i += 1;
        }
    }
    None
}

/// Where a word of ASCII letters and digits that starts at `i` ends.
fn word_end(text: &Text, i: usize) -> usize {
    (i..text.lower.len()).find(|&k| !text.lower[k].is_ascii_alphanumeric()).unwrap_or(text.lower.len())
}

/// Whether `s..e` is shaped like a travel document's number: 6 to 15 letters and digits, at least 4 of them digits.
fn document_shaped(text: &Text, s: usize, e: usize) -> bool {
    (6..=15).contains(&(e - s)) && text.original[s..e].iter().filter(|c| c.is_ascii_digit()).count() >= 4
}

/// Some passports mix letters and digits with fewer digits (a German one, "C7KLN2R4T"): right after its lead
/// ("護照號碼", "passport no."), a word of 8 to 10 capitals and digits, two or more of them digits, is the number.
fn right_after_its_lead_shaped(text: &Text, s: usize, e: usize) -> bool {
    let word = &text.original[s..e];
    (8..=10).contains(&word.len()) && word.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) && word.iter().filter(|c| c.is_ascii_digit()).count() >= 2
}
