//! The nationality: a labelled value, or the phrases of the letter that name it ("a national of Ukraine", "an
//! Italian national", "holder of a Kenyan passport", "(Ukrainian)" after a name, "加拿大籍", "泰國公民"), each looked
//! up in the catalogue. When the phrases disagree, the likeliest is shown as unsure.

use super::confidence::{Reason, CLEAR_CUE, FAIR, GUESS};
use super::cues::*;
use super::layout::Labelled;
use super::lookup::nationality_code;
use super::text::{phrase_until, Text};
use super::Extracted;
use crate::catalogue::names::is_capital;
use crate::catalogue::Catalogue;

/// One reading of the nationality: where, the code, and whether its cue is strong ("national", "國籍") or a guess
/// (a word in brackets, the word before "passport").
struct Candidate {
    start: usize,
    end: usize,
    code: String,
    strong: bool,
    /// Read from the passport the invitee travels on ("your British passport").
    passport: bool,
}

/// "持往來港澳通行證", "Exit-entry Permit for Travelling to and from Hong Kong and Macao": a permit issued only to
/// Chinese citizens of the Mainland, so the visitor's nationality when nothing else gives one; unsure, as the letter
/// does not say it.
pub(super) fn from_a_mainland_permit(text: &Text) -> Option<Extracted> {
    NATIONALITY_MAINLAND_PERMITS
        .iter()
        .find_map(|w| text.find_lower(0, text.lower.len(), w).map(|p| (p, w.chars().count())))
        .and_then(|(p, n)| text.extracted(p, p + n, Some("CHN".into()), GUESS))
        .map(|v| v.doubt(Reason::Prose))
}

pub(super) fn find(text: &Text, label: Option<Labelled>, catalogue: &Catalogue) -> Option<Extracted> {
    if let Some(x) = label {
        let (s, e) = text.trim(x.start, x.end);
        if let Some(code) = nationality_code(catalogue, &text.slice(s, e)) {
            return text.extracted(s, e, Some(code), x.confidence()).map(|v| x.value(v));
        }
    }
    // Hong Kong is no visitor's nationality: "博览会（香港）", "the Hong Kong Passport Office" name the place.
    let candidates: Vec<Candidate> = candidates(text, catalogue).into_iter().filter(|c| c.code != "HKG").collect();
    let first_strong = candidates.iter().filter(|c| c.strong).min_by_key(|c| c.start);
    let chosen = first_strong.or_else(|| candidates.iter().min_by_key(|c| c.start))?;
    let agree = candidates.iter().all(|c| c.code == chosen.code);
    // Readings that disagree (a dual national, a companion): the passport the invitee travels on decides the visa.
    // (Not one the letter says not to travel on: "Please do NOT travel on the Israeli passport for this trip".)
    let travelled_on = |c: &&Candidate| {
        let line_start = text.lines[text.line_of(c.start)].0;
        let before = text.lower_str(c.start.saturating_sub(40).max(line_start), c.start);
        let before = before.rsplit(['.', '。', '!', '?', ',', ';']).next().unwrap_or("");
        !NATIONALITY_NOT_TRAVELLED_ON.iter().any(|w| before.contains(w))
    };
    let chosen = match candidates.iter().filter(travelled_on).find(|c| c.passport) {
        Some(p) if !agree => p,
        _ => chosen,
    };
    let confidence = match (chosen.strong, candidates.len()) {
        (true, 1) => CLEAR_CUE,
        (true, _) => FAIR,
        (false, _) => GUESS,
    };
    let found = text.extracted(chosen.start, chosen.end, Some(chosen.code.clone()), confidence)?;
    Some(match (agree, chosen.strong) {
        (false, _) => found.doubt(Reason::Competing),
        (true, false) => found.doubt(Reason::Prose),
        (true, true) => found,
    })
}

/// Every phrase of the letter that names a nationality the catalogue knows.
fn candidates(text: &Text, catalogue: &Catalogue) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    let push = |s: usize, e: usize, strong: bool, out: &mut Vec<Candidate>| -> bool {
        let (s, e) = text.trim(s, e);
        let written = text.slice(s, e);
        // A code in prose is written in capitals ("a US citizen"); "As", "In" are words.
        if e <= s || (written.is_ascii() && written.len() <= 3 && written.chars().any(|c| c.is_ascii_lowercase())) {
            return false;
        }
        // "dual British and Nigerian citizenship": each, competing ("Trinidad and Tobago" is one name).
        let pair = written.contains(" and ") && catalogue.find_nationality(&written).is_none();
        let whole = if pair { None } else { nationality_code(catalogue, &written) };
        if let (None, Some(and)) = (&whole, text.find_lower(s, e, " and ")) {
            let first = nationality_code(catalogue, &text.slice(s, and));
            let second = nationality_code(catalogue, &text.slice(and + 5, e));
            for (code, (cs, ce)) in [(first, (s, and)), (second, (and + 5, e))] {
                if let Some(code) = code {
                    let (cs, ce) = text.trim(cs, ce);
                    out.push(Candidate { start: cs, end: ce, code, strong, passport: false });
                }
            }
            return out.iter().any(|c| c.start >= s && c.end <= e);
        }
        match whole {
            Some(code) => {
                if !out.iter().any(|c| c.start == s && c.code == code) {
                    out.push(Candidate { start: s, end: e, code, strong, passport: false });
                }
                true
            }
            None => false,
        }
    };
    // "a national of Ukraine", "citizen of the Republic of Korea", "passport of the Kingdom of Spain".
    for lead in NATIONALITY_BEFORE {
        for p in text.find_all(lead) {
            if p > 0 && text.lower[p - 1].is_ascii_alphabetic() {
                continue;
            }
            let (s, e) = phrase_until(text, p + lead.chars().count(), &[",", ";", " and ", " who ", " with ", " to ", " for ", " on ", " is ", " has ", " in ", "(", ")"], 50);
            // Longest first: "the Republic of Korea" before "the Republic".
            let mut end = e;
            while end > s && !push(s, end, !lead.starts_with("passport"), &mut out) {
                match (s..end).rev().find(|&i| text.lower[i] == ' ') {
                    Some(sp) => end = sp,
                    None => break,
                }
            }
        }
    }
    // "an Italian national", "a South African citizen", "holder of a Kenyan passport": the words just before.
    for tail in NATIONALITY_AFTER {
        for p in text.find_all(tail) {
            let e = p + tail.chars().count();
            // The noun as a word, in lower case ("the China National Symphony Orchestra" is a name).
            if text.lower.get(e).is_some_and(|c| c.is_alphabetic()) || !text.original[p + 1].is_lowercase() {
                continue;
            }
            let line_start = text.lines[text.line_of(p)].0;
            let mut starts = Vec::new();
            let mut i = p;
            while starts.len() < 4 {
                // Letters, digits and hyphens make the word; so does the full stop of an abbreviation ("U.S.").
                let dotted = |k: usize| text.lower[k] == '.' && k > line_start && text.lower[k - 1].is_alphabetic();
                let Some(sp) = (line_start..i).rev().find(|&k| !text.lower[k].is_alphanumeric() && text.lower[k] != '-' && !dotted(k)) else {
                    starts.push(line_start);
                    break;
                };
                starts.push(sp + 1);
                if text.lower[sp] != ' ' {
                    break;
                }
                i = sp;
            }
            let strong = !tail.contains("passport");
            let before = out.len();
            for &s in starts.iter().rev() {
                if text.original.get(s).is_some_and(|&c| is_capital(c)) && push(s, p, strong, &mut out) {
                    break;
                }
            }
            for c in &mut out[before..] {
                c.passport = tail.contains("passport");
            }
        }
    }
    // "加拿大籍", "泰國公民", "英國護照持有人": the country just before the mark, longest first.
    for mark in NATIONALITY_CJK_AFTER {
        for p in text.find_all(mark) {
            let line_start = text.lines[text.line_of(p)].0;
            let strong = !mark.contains("護照") && !mark.contains("护照") || mark.contains("持有人");
            // A Mainland resident ("內地居民") is one by the permit they hold, not by a nationality the letter gives.
            // (Nor is a Hong Kong resident a visitor of a nationality: "如閣下並非香港居民".)
            let before = text.lower_str(p.saturating_sub(5), p);
            if mark.ends_with("居民") && ["內地", "内地", "大陸", "大陆", "香港", "本港", "香港永久性", "本港永久性"].iter().any(|w| before.ends_with(w)) {
                continue;
            }
            let before = out.len();
            for s in p.saturating_sub(16).max(line_start)..p {
                if !text.lower[s..p].iter().any(|c| c.is_ascii_alphanumeric()) && push(s, p, strong, &mut out) {
                    break;
                }
            }
            // ("韩国护照": the passport the invitee travels on.)
            for c in &mut out[before..] {
                c.passport = mark.contains("護照") || mark.contains("护照");
            }
        }
    }
    // "國籍為日本", "持有日本護照".
    for lead in NATIONALITY_CJK_BEFORE {
        for p in text.find_all(lead) {
            let s = p + lead.chars().count();
            let (_, e) = phrase_until(text, s, &["，", "、", "。", ",", "(", "（", "護照", "护照", "的", "人士"], 12);
            for end in (s + 1..=e).rev() {
                if push(s, end, *lead != "持有", &mut out) {
                    break;
                }
            }
        }
    }
    // "Ms Mariam Tsiklauri, Georgian, passport no. 17ID40318": a nationality between commas, before the passport.
    for p in text.find_all(", passport") {
        let line_start = text.lines[text.line_of(p)].0;
        if let Some(comma) = (line_start..p).rev().find(|&i| text.lower[i] == ',') {
            let before = out.len();
            if push(comma + 1, p, false, &mut out) {
                for c in &mut out[before..] {
                    c.passport = true;
                }
            }
        }
    }
    // "Ms Olena Kovalenko (Ukrainian)", "陳大文先生（加拿大籍）": a nationality alone in brackets.
    {
        for p in text.find_all("(") {
            let Some(close) = (p + 1..(p + 60).min(text.lower.len())).find(|&i| text.lower[i] == ')') else { continue };
            // A bracket inside a file reference ("EDB(CD)/MA/EX/27/06", "HAD(ST)12") is part of it, not a country.
            let glued = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || *c == '/');
            if p > 0 && glued(text.lower.get(p - 1)) && glued(text.lower.get(close + 1)) {
                continue;
            }
            // "(Ukrainian, passport no. FX123456)": the first part.
            let end = (p + 1..close).find(|&i| ",;、".contains(text.lower[i])).unwrap_or(close);
            // (Not a flight's: "(TK 70 via Istanbul, ETA 19:40)" names no nationality, whatever "TK" is.)
            if !text.lower[p + 1..end].iter().any(|c| c.is_ascii_digit()) {
                push(p + 1, end, false, &mut out);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::letter::{extract, CONFIRM_BELOW};
    use crate::Catalogue;

    fn nationality(letter: &str) -> (Option<String>, f32) {
        let x = extract(letter, Catalogue::bundled()).nationality;
        (x.as_ref().map(|e| e.value.clone()), x.map_or(0.0, |e| e.confidence))
    }

    /// Hong Kong in a letter names the place, never the visitor's nationality; the passport the visitor holds beats a
    /// word in brackets.
    #[test]
    fn the_passport_held_not_the_place_in_brackets() {
        let letter = "主题：2028国际机器人博览会（香港）\n\n金博士：\n\n您持有韩国护照（护照号码：M4829173）。\n";
        assert_eq!(nationality(letter).0.as_deref(), Some("KOR"));
        assert_eq!(nationality("Dear Dr Kim,\n\nWelcome to the Robotics Expo (Hong Kong).\n").0, None);
    }

    /// A flight in brackets names no nationality ("TK" is Turkish Airlines, not Tokelau); "Nationality: Italian;"
    /// inside a sentence does.
    #[test]
    fn a_flight_in_brackets_and_a_nationality_inside_a_sentence() {
        let letter = "Dear Maestro Rossi,\n\n13 Feb 2028: Arrival (TK 70 via Istanbul, ETA 19:40)\n\nWe have recorded your particulars as follows: Nationality: Italian; Passport No.: YA5829163.\n";
        assert_eq!(nationality(letter).0.as_deref(), Some("ITA"));
        assert_eq!(nationality("Dear Maestro Rossi,\n\n13 Feb 2028: Arrival (TK 70 via Istanbul, ETA 19:40)\n").0, None);
    }

    /// A table's invitee cell with the nationality and passport after the name: the name alone, and the nationality
    /// from it, before another person's code in brackets.
    #[test]
    fn a_nationality_between_commas_before_the_passport() {
        let letter = "Dear Ms Tsiklauri,\n\n| Invitee | Ms Mariam Tsiklauri, Georgian, passport no. 17ID40318 |\n| Other jurors | Ms Aiyana Whitehorse (CAN, producer) |\n";
        let x = extract(letter, Catalogue::bundled());
        assert_eq!(x.invitee.map(|i| i.value).as_deref(), Some("Ms Mariam Tsiklauri"));
        assert_eq!(x.nationality.map(|n| n.value).as_deref(), Some("GEO"));
        // A note on how the name is written is no part of it.
        let x = extract("Dear Ms Ruiz,\n\nInvitee: Ms Valeria RUIZ CASTAÑEDA (surname as in passport)\n", Catalogue::bundled());
        assert_eq!(x.invitee.map(|i| i.value).as_deref(), Some("Ms Valeria RUIZ CASTAÑEDA"));
        // A name written surname first keeps its comma.
        // A nationality in brackets, then the passport after a comma: neither is part of it.
        let x = extract("Dear Mr Nagy,\n\nVISITOR                 Mr Gábor NAGY (Hungarian), passport no. BF4827163\n", Catalogue::bundled());
        assert_eq!(x.invitee.map(|i| i.value).as_deref(), Some("Mr Gábor NAGY"));
        let x = extract("Dear Professor Raghavan,\n\nFull name: RAGHAVAN, Ananya\n", Catalogue::bundled());
        assert_eq!(x.invitee.map(|i| i.value).as_deref(), Some("RAGHAVAN, Ananya"));
    }

    /// Residents of Taiwan and Macao by where they live; a Mainland resident by the permit only Chinese citizens hold
    /// (the Taiwan residents' permit to the Mainland is not it).
    #[test]
    fn residents_of_taiwan_macao_and_the_mainland() {
        assert_eq!(nationality("先生為台灣居民，請以台灣居民來往大陸通行證來港。").0.as_deref(), Some("TWN"));
        assert_eq!(nationality("你係中國澳門特別行政區永久性居民，持澳門特區護照。").0.as_deref(), Some("MAC"));
        assert_eq!(nationality("台端为内地居民，持往来港澳通行证。").0.as_deref(), Some("CHN"));
    }

    #[test]
    fn nationality_in_prose() {
        for (letter, code) in [
            ("Mr Taras Bondar, a national of Ukraine, will perform.", "UKR"),
            ("We understand you are an Italian national.", "ITA"),
            ("As a citizen of the Republic of Korea, you may ...", "KOR"),
            ("Dr Anan Srisuk, holder of a Thai passport, is invited.", "THA"),
            ("The invitee holds a passport of the Republic of Kenya.", "KEN"),
            ("Ms Olena Kovalenko (Ukrainian) will join the jury.", "UKR"),
            ("Ms Olena Kovalenko (Ukrainian, passport no. FX1234567) will join the jury.", "UKR"),
            ("The invitee is a national of the Kingdom of Thailand.", "THA"),
            ("陳大文先生（加拿大籍）將出席。", "CAN"),
            ("閣下為日本國籍人士。", "JPN"),
            ("李先生為新加坡公民。", "SGP"),
            ("王女士為英國護照持有人。", "GBR"),
            ("Nationality: Japanese\n", "JPN"),
            ("She is a national of Trinidad and Tobago.", "TTO"),
        ] {
            assert_eq!(nationality(letter).0.as_deref(), Some(code), "{letter}");
        }
    }

    /// A bracket glued inside a file reference names a section, not a country ("CD" is also the Congo's code).
    #[test]
    fn a_bracket_inside_a_reference_is_no_nationality() {
        assert_eq!(nationality("本局档号：EDB(CD)/MA/EX/27/06\n\n赵女士：\n").0, None);
        assert_eq!(nationality("Our ref.: HAD(ST)12/3\n\nDear Ms Zhao,\n").0, None);
        assert_eq!(nationality("Our ref.: HAD(ST)12/3\n\nMs Olena Kovalenko (Ukrainian) will join.\n").0.as_deref(), Some("UKR"));
    }

    #[test]
    fn a_name_with_national_in_it_is_not_a_nationality() {
        assert_eq!(nationality("She plays with the China National Symphony Orchestra.").0, None);
    }

    #[test]
    fn disagreeing_phrases_are_unsure() {
        let (code, confidence) = nationality("Mr Lee, a national of Singapore, and his colleague Ms Tan, a Malaysian national, will attend.");
        assert_eq!(code.as_deref(), Some("SGP"));
        assert!(confidence < CONFIRM_BELOW);
        let (code, confidence) = nationality("You hold dual British and Nigerian citizenship and will travel on your British passport.");
        assert_eq!(code.as_deref(), Some("GBR"));
        assert!(confidence < CONFIRM_BELOW);
        let (_, confidence) = nationality("Ms Olena Kovalenko (Ukrainian) will join the jury.");
        assert!(confidence < CONFIRM_BELOW, "a word in brackets is a guess");
    }
}
