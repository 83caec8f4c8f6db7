//! How names are compared: the keys under which hosts and nationalities are looked up.
//!
//! docs/rules.md#host-authorised asks that a host be found whatever its case, punctuation, "The", "Limited"/"Ltd",
//! "Company"/"Co." and full-width or half-width forms. Both the build-time data check (no two entries may share a
//! key) and the run-time lookups use these functions, so the two can never disagree.
//! Also compiled into `build.rs`.

use super::model::{Country, Organisation, VisaRow};

/// Folds full-width ASCII (U+FF01..U+FF5E) and the ideographic space to their half-width forms, and the
/// ideographic full stop and comma to plain punctuation, so that text typed on a Chinese keyboard matches.
pub fn fold_width(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{3001}' | '\u{3002}' | '\u{FF64}' => ',',
        _ => fold_accent(c),
    }
}

/// Drops the accents of the Latin letters that appear in country and organisation names ("Türkiye", "Côte
/// d'Ivoire", "São Tomé"), so that people who type them plainly still match.
fn fold_accent(c: char) -> char {
    const FROM: &str = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïİıÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŞşĞğ";
    const TO: &str = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiIiNnOOOOOOooooooUUUUuuuuYyySsGg";
    match FROM.chars().position(|f| f == c) {
        Some(i) => TO.chars().nth(i).unwrap_or(c),
        None => c,
    }
}

/// Lower-cases, folds widths, turns `&` into "and", and replaces every character that is neither a letter nor a
/// digit with a space; returns the words.
fn words(text: &str) -> Vec<String> {
    let mut cleaned = String::with_capacity(text.len());
    for c in text.chars().map(fold_width) {
        // Most names are plain ASCII: no Chinese script to fold, no table to search.
        if c.is_ascii_alphanumeric() {
            cleaned.push(c.to_ascii_lowercase());
        } else if c == '&' {
            cleaned.push_str(" and ");
        } else if c == '\'' || c == '\u{2019}' {
            // "Executive's" and "Executives" are the same word for matching.
        } else if is_letter(c) {
            cleaned.push(super::simplified(lower(c)));
        } else {
            cleaned.push(' ');
        }
    }
    cleaned.split_whitespace().map(str::to_string).collect()
}

/// Words that do not tell one organisation from another.
const HOST_NOISE: &[&str] = &["the", "limited", "ltd", "company", "co", "inc", "incorporated", "corp"];

/// Short forms people write in organisations' names, and the words they stand for.
const HOST_SHORT_FORMS: &[(&str, &str)] = &[
    ("hk", "hong kong"),
    ("dept", "department"),
    ("depts", "departments"),
    ("dpt", "department"),
    ("govt", "government"),
    ("gov", "government"),
    ("svcs", "services"),
    ("intl", "international"),
    ("assn", "association"),
    ("univ", "university"),
];

/// What letters put before a Chinese name of the government's own: "香港特別行政區政府水務署", "香港消防處". The
/// catalogue's names carry 香港 where the official name does (香港海關) and not otherwise (水務署), and letters do as
/// they please, so the key is the name without it. Longest first; in Simplified form, as keys are.
const CHINESE_LEADS: &[&str] = &["香港特别行政区政府", "香港特区政府", "特区政府", "香港"];

/// The key of an organisation's name: "The Hong Kong Academy for Performing Arts Ltd." and
/// "hong kong academy for performing arts" share one, as do "Transport Dept." and "Transport Department", and
/// 香港消防處, 消防處 and 消防处.
pub fn host_key(name: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for w in words(name) {
        if HOST_NOISE.contains(&w.as_str()) {
            continue;
        }
        match HOST_SHORT_FORMS.iter().find(|(short, _)| *short == w) {
            Some((_, long)) => out.extend(long.split(' ').map(str::to_string)),
            None => out.push(w),
        }
    }
    // A leading 香港 (or the government's full title) on a Chinese name, written with or without a space.
    if let Some(first) = out.first().cloned() {
        for lead in CHINESE_LEADS {
            if first == *lead && out.len() > 1 {
                out.remove(0);
                break;
            }
            if let Some(rest) = first.strip_prefix(lead).filter(|r| r.chars().next().is_some_and(is_chinese)) {
                out[0] = rest.to_string();
                break;
            }
        }
    }
    out.join(" ")
}

/// A CJK ideograph (the scripts the catalogue's Chinese names are written in).
pub fn is_chinese(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// The key of a nationality or country name: letters and digits only, lower-case ("U.S.A." → "usa").
pub fn nationality_key(name: &str) -> String {
    let mut w = words(name);
    // "The Gambia", "the Netherlands": the article tells nothing.
    if w.len() > 1 && w[0] == "the" {
        w.remove(0);
    }
    w.concat()
}

/// What Chinese writes after a country's name to make it a nationality: 德國籍, 法國國籍, 加拿大公民, 日本人. In
/// Simplified form (keys are), longest first.
pub const NATIONALITY_SUFFIXES: &[&str] = &["护照持有人", "国籍", "公民", "籍", "人"];

/// The keys a nationality may be found under: the key itself, then without a Chinese suffix.
pub fn nationality_keys_to_try(name: &str) -> Vec<String> {
    let key = nationality_key(name);
    let mut out = vec![key.clone()];
    for suffix in NATIONALITY_SUFFIXES {
        if let Some(stem) = key.strip_suffix(suffix).filter(|s| !s.is_empty()) {
            out.push(stem.to_string());
        }
    }
    out
}

/// A name several countries answer to ("Congo", "Guinea"), marked with a leading `?` in `other_names`: the checker
/// asks which one is meant instead of guessing. Returns the name without its mark.
pub fn shared_name(name: &str) -> Option<&str> {
    name.strip_prefix('?')
}

/// Every key an organisation answers to: its English and Chinese names and its abbreviations.
pub fn organisation_keys(org: &Organisation) -> Vec<String> {
    let mut keys = vec![host_key(&org.name_en)];
    keys.extend(org.name_zh.iter().map(|n| host_key(n)));
    keys.extend(org.abbreviations.iter().map(|a| host_key(a)));
    keys.retain(|k| !k.is_empty());
    keys.dedup();
    keys
}

/// Every key a country answers to: its codes and its names.
pub fn country_keys(country: &Country) -> Vec<String> {
    let mut keys = vec![
        nationality_key(&country.alpha2),
        nationality_key(&country.alpha3),
        nationality_key(&country.name_en),
        nationality_key(&country.name_zh),
    ];
    keys.extend(country.other_names.iter().filter(|n| shared_name(n).is_none()).map(|n| nationality_key(n)));
    keys.retain(|k| !k.is_empty());
    let mut seen = Vec::with_capacity(keys.len());
    for k in keys {
        if !seen.contains(&k) {
            seen.push(k);
        }
    }
    seen
}

/// The key of a visa-free table row, by the name the table lists it under.
pub fn row_key(row: &VisaRow) -> String {
    nationality_key(&row.name)
}

/// Unicode's lower case of each capital letter in Latin (with Latin Extended-A and -B, and Latin Extended Additional,
/// which holds Vietnamese), Greek and Cyrillic, where it is one character: runs of (first, last, step, what to add).
/// Written out from Unicode's case mapping rather than taken from `char::to_lowercase`, whose table for every
/// script was 7 KB brotli of the page; the tests hold every entry to the standard library's answer.
const LOWER: &[(u32, u32, u32, i32)] = &[
    (0x41, 0x5A, 1, 32), (0xC0, 0xD6, 1, 32), (0xD8, 0xDE, 1, 32), (0x100, 0x12E, 2, 1), (0x132, 0x136, 2, 1), (0x139, 0x147, 2, 1),
    (0x14A, 0x176, 2, 1), (0x178, 0x178, 1, -121), (0x179, 0x17D, 2, 1), (0x181, 0x181, 1, 210), (0x182, 0x184, 2, 1), (0x186, 0x186, 1, 206),
    (0x187, 0x187, 1, 1), (0x189, 0x18A, 1, 205), (0x18B, 0x18B, 1, 1), (0x18E, 0x18E, 1, 79), (0x18F, 0x18F, 1, 202), (0x190, 0x190, 1, 203),
    (0x191, 0x191, 1, 1), (0x193, 0x193, 1, 205), (0x194, 0x194, 1, 207), (0x196, 0x196, 1, 211), (0x197, 0x197, 1, 209), (0x198, 0x198, 1, 1),
    (0x19C, 0x19C, 1, 211), (0x19D, 0x19D, 1, 213), (0x19F, 0x19F, 1, 214), (0x1A0, 0x1A4, 2, 1), (0x1A6, 0x1A6, 1, 218), (0x1A7, 0x1A7, 1, 1),
    (0x1A9, 0x1A9, 1, 218), (0x1AC, 0x1AC, 1, 1), (0x1AE, 0x1AE, 1, 218), (0x1AF, 0x1AF, 1, 1), (0x1B1, 0x1B2, 1, 217), (0x1B3, 0x1B5, 2, 1),
    (0x1B7, 0x1B7, 1, 219), (0x1B8, 0x1B8, 1, 1), (0x1BC, 0x1BC, 1, 1), (0x1C4, 0x1C4, 1, 2), (0x1C5, 0x1C5, 1, 1), (0x1C7, 0x1C7, 1, 2),
    (0x1C8, 0x1C8, 1, 1), (0x1CA, 0x1CA, 1, 2), (0x1CB, 0x1DB, 2, 1), (0x1DE, 0x1EE, 2, 1), (0x1F1, 0x1F1, 1, 2), (0x1F2, 0x1F4, 2, 1),
    (0x1F6, 0x1F6, 1, -97), (0x1F7, 0x1F7, 1, -56), (0x1F8, 0x21E, 2, 1), (0x220, 0x220, 1, -130), (0x222, 0x232, 2, 1), (0x23A, 0x23A, 1, 10795),
    (0x23B, 0x23B, 1, 1), (0x23D, 0x23D, 1, -163), (0x23E, 0x23E, 1, 10792), (0x241, 0x241, 1, 1), (0x243, 0x243, 1, -195), (0x244, 0x244, 1, 69),
    (0x245, 0x245, 1, 71), (0x246, 0x24E, 2, 1), (0x370, 0x372, 2, 1), (0x376, 0x376, 1, 1), (0x37F, 0x37F, 1, 116), (0x386, 0x386, 1, 38),
    (0x388, 0x38A, 1, 37), (0x38C, 0x38C, 1, 64), (0x38E, 0x38F, 1, 63), (0x391, 0x3A1, 1, 32), (0x3A3, 0x3AB, 1, 32), (0x3CF, 0x3CF, 1, 8),
    (0x3D8, 0x3EE, 2, 1), (0x3F4, 0x3F4, 1, -60), (0x3F7, 0x3F7, 1, 1), (0x3F9, 0x3F9, 1, -7), (0x3FA, 0x3FA, 1, 1), (0x3FD, 0x3FF, 1, -130),
    (0x400, 0x40F, 1, 80), (0x410, 0x42F, 1, 32), (0x460, 0x480, 2, 1), (0x48A, 0x4BE, 2, 1), (0x4C0, 0x4C0, 1, 15), (0x4C1, 0x4CD, 2, 1),
    (0x4D0, 0x52E, 2, 1), (0x1E00, 0x1E94, 2, 1), (0x1E9E, 0x1E9E, 1, -7615), (0x1EA0, 0x1EFE, 2, 1),
];

/// Lower case for matching, one character for one, for the scripts of [`LOWER`] (Chinese has no case). Both sides of
/// every comparison go through it.
pub fn lower(c: char) -> char {
    let n = c as u32;
    if n < 0x80 {
        return c.to_ascii_lowercase();
    }
    let Some(&(.., add)) = LOWER.iter().find(|(first, last, step, _)| (*first..=*last).contains(&n) && (n - first) % step == 0) else {
        return c;
    };
    char::from_u32(n.wrapping_add_signed(add)).unwrap_or(c)
}

/// A capital letter, for the scripts [`lower`] knows.
pub fn is_capital(c: char) -> bool {
    lower(c) != c
}

/// A letter or digit, as names and letters use them. Like `char::is_alphanumeric`, without its Unicode tables
/// (some 6 KB of the page): everything outside ASCII counts as a letter except the blocks of punctuation, symbols,
/// marks and emoji that turn up in letters and names. The tests hold it to the standard library's answer on every
/// character of the scripts the checker meets.
pub fn is_letter(c: char) -> bool {
    let n = c as u32;
    if n < 0x80 {
        return c.is_ascii_alphanumeric();
    }
    !matches!(n,
        0x80..=0xBF | 0xD7 | 0xF7
        | 0x2B9..=0x36F         // modifier letters and combining marks
        | 0x2000..=0x2BFF       // punctuation, symbols, arrows, maths, shapes
        | 0x3000..=0x3004 | 0x3008..=0x3020 | 0x3030 | 0x303D..=0x303F // CJK punctuation
        | 0x30FB                // katakana middle dot
        | 0xE000..=0xF8FF       // private use
        | 0xFE00..=0xFE6F       // variation selectors, vertical and small forms
        | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 // full-width punctuation
        | 0xFFF0..=0xFFFF
        | 0x1F000..=0x1FAFF     // emoji and pictographs
    )
}

/// A letter, not a digit (see [`is_letter`]).
pub fn is_alpha(c: char) -> bool {
    is_letter(c) && !c.is_ascii_digit() && !('\u{FF10}'..='\u{FF19}').contains(&c)
}

/// [`lower`] over a whole text.
pub fn lowercase(text: &str) -> String {
    text.chars().map(lower).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_agree_with_unicode_on_the_scripts_the_checker_meets() {
        // ASCII, Latin, Greek, Cyrillic, general and CJK punctuation, kana, CJK ideographs, Hangul, full-width forms.
        let ranges = [
            0x20..0x80, 0xC0..0x250, 0x38E..0x3A2, 0x3A3..0x3F6, 0x400..0x482, 0x48A..0x530, 0x1E00..0x1F00, 0x2000..0x2070, 0x3000..0x3005,
            0x3008..0x3021, 0x3041..0x3097, 0x30A1..0x30FB, 0x4E00..0x9FFF, 0xAC00..0xAD00, 0xFF00..0xFF66,
        ];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphanumeric(), "{c:?} U+{:04X}", c as u32);
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c:?} U+{:04X}", c as u32);
        }
        // Capitals, and the four letters Unicode writes in title case (ǅ, ǈ, ǋ, ǲ: a capital and a small letter).
        for c in ('\0'..='\u{52F}').filter(|c| is_capital(*c)) {
            assert!(c.is_uppercase() || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ'), "{c:?}");
        }
    }

    #[test]
    fn lower_case_agrees_with_unicode_where_it_reaches() {
        // Every character of Latin, Greek, Cyrillic and Latin Extended Additional: where Unicode's lower case is one
        // character, the same; elsewhere (İ), the character itself.
        for c in (0..0x530).chain(0x1E00..0x1F00).filter_map(char::from_u32) {
            let mut unicode = c.to_lowercase();
            let expected = match (unicode.next(), unicode.next()) {
                (Some(l), None) => l,
                _ => c,
            };
            assert_eq!(lower(c), expected, "{c:?} U+{:04X}", c as u32);
        }
        assert_eq!(lowercase("CÔTE D'IVOIRE Türkiye ŁÓDŹ ΑΘΗΝΑ МОСКВА"), "côte d'ivoire türkiye łódź αθηνα москва");
        assert_eq!(lowercase("NGUYỄN THỊ HƯƠNG ΆΝΝΑ ЇЖАК ƠN"), "nguyễn thị hương άννα їжак ơn");
    }

    #[test]
    fn host_keys_ignore_case_punctuation_and_legal_suffixes() {
        let k = host_key("Hong Kong Academy for Performing Arts");
        assert_eq!(host_key("THE HONG KONG ACADEMY FOR PERFORMING ARTS LIMITED"), k);
        assert_eq!(host_key("Hong Kong Academy for Performing Arts, Ltd."), k);
        assert_eq!(host_key("HK Academy for Performing Arts"), k);
        assert_ne!(host_key("Hong Kong Academy of Medicine"), k);
    }

    #[test]
    fn full_width_forms_match_half_width() {
        assert_eq!(host_key("ＨＫＡＰＡ"), host_key("HKAPA"));
        assert_eq!(nationality_key("ＵＳＡ"), "usa");
    }

    #[test]
    fn chinese_names_have_one_key_in_either_script_with_or_without_hong_kong_in_front() {
        assert_eq!(host_key("香港演藝學院"), "演艺学院");
        assert_eq!(host_key("香港演藝學院"), host_key("香港演艺学院"));
        assert_eq!(host_key("水務署"), host_key("水务署"));
        assert_eq!(host_key("香港消防處"), host_key("消防处"));
        assert_eq!(host_key("香港特別行政區政府水務署"), host_key("水務署"));
        assert_eq!(host_key("香港 水務署"), host_key("水務署"));
        // A Hong Kong variant reaches the same key as the standard form.
        assert_eq!(host_key("醫務衞生局"), host_key("医务卫生局"));
        assert_eq!(nationality_key("英國"), "英国");
        // 香港 alone is a name, not a lead.
        assert_eq!(host_key("香港"), "香港");
    }

    #[test]
    fn short_forms_of_english_names_share_the_full_names_key() {
        for (short, full) in [
            ("Transport Dept.", "Transport Department"),
            ("Drainage Services Dept", "Drainage Services Department"),
            ("HK Observatory", "Hong Kong Observatory"),
            ("Govt Logistics Dept", "Government Logistics Department"),
            ("Agriculture, Fisheries & Conservation Dept.", "Agriculture, Fisheries and Conservation Department"),
            ("The Hong Kong Academy for Performing Arts", "Hong Kong Academy for Performing Arts"),
        ] {
            assert_eq!(host_key(short), host_key(full), "{short}");
        }
    }

    #[test]
    fn nationality_keys_drop_spaces_and_dots() {
        assert_eq!(nationality_key("U.S.A."), "usa");
        assert_eq!(nationality_key("Antigua & Barbuda"), nationality_key("ANTIGUA AND BARBUDA"));
        assert_eq!(nationality_key("Côte d'Ivoire"), "cotedivoire");
        assert_eq!(nationality_key("TÜRKİYE"), "turkiye");
    }
}
