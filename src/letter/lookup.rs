//! The catalogue look-ups the reader's stages share: a nationality as a letter writes it (a country, a demonym, a
//! formal state name, with "籍" or "national" around it) to its code, and a host's name to a listed organisation.

use super::cues::{NATIONALITY_CJK_FORMS, NATIONALITY_FORMAL, NATIONALITY_WORDS_BESIDE_A_CODE};
use crate::catalogue::{Catalogue, Nationality, Organisation};

/// The code (ISO 3166-1 alpha-3, or the visa table's row name) of a nationality as written: "Ukrainian",
/// "the Republic of Korea", "加拿大籍", "Italian national", "Kingdom of Thailand".
pub(super) fn nationality_code(catalogue: &Catalogue, written: &str) -> Option<String> {
    let written = written.trim().trim_matches(|c: char| "()（）[]\"'“”".contains(c)).trim();
    if written.is_empty() || written.chars().count() > 60 {
        return None;
    }
    let lower = crate::catalogue::names::lowercase(written);
    let without_noun = ["citizen", "national", "nationality", "passport", "passport holder"]
        .iter()
        .fold(lower.clone(), |w, noun| w.trim_end_matches(noun).trim_end().to_string());
    let mut candidates = vec![written.to_string(), without_noun.clone()];
    // "加拿大籍", "泰國公民", "日本國籍", "英國人".
    for mark in ["國籍", "国籍", "籍", "公民", "人"] {
        if let Some(country) = written.strip_suffix(mark) {
            candidates.push(country.to_string());
        }
    }
    // "蒙古國公民", "瑞典王國公民", "新加坡共和国公民": a state's Chinese name with its form of state after it.
    for c in candidates.clone() {
        for form in NATIONALITY_CJK_FORMS {
            if let Some(country) = c.strip_suffix(form).filter(|k| !k.is_empty() && !k.is_ascii()) {
                // ("泰王國": the short name is "泰國".)
                candidates.push(country.to_string());
                candidates.push(format!("{country}國"));
                candidates.push(format!("{country}国"));
                break;
            }
        }
    }
    // "Kingdom of Thailand", "the Republic of Kenya": the state's short name.
    for f in NATIONALITY_FORMAL.iter().filter(|f| without_noun.starts_with(*f)) {
        candidates.push(without_noun[f.len()..].to_string());
    }
    // "Brazilian 巴西", "菲律賓 Filipino", "Ukrainian (passport)": each part alone.
    // A part as short as a code must be written as one ("UK", not "As"); and not among other words, which are no
    // nationality nor the words written with one ("USA dual national"): the surname of "(NG Mei-ling)" is no Nigeria,
    // nor "HR needs your passport" Croatia.
    let parts: Vec<&str> = written.split([' ', '(', '（', '/', ',']).filter(|p| !p.is_empty()).collect();
    let among_words = parts.iter().any(|p| {
        let lower = crate::catalogue::names::lowercase(p);
        p.is_ascii() && p.chars().any(|c| c.is_ascii_lowercase()) && !NATIONALITY_WORDS_BESIDE_A_CODE.contains(&lower.as_str()) && catalogue.find_nationality(p).is_none()
    });
    let code = |p: &str| p.chars().all(|c| c.is_ascii_uppercase()) && !among_words;
    candidates.extend(parts.into_iter().filter(|p| p.chars().count() > 3 || !p.is_ascii() || code(p)).map(str::to_string));
    for c in candidates {
        if let Some(n) = catalogue.find_nationality(&c) {
            return Some(match n {
                Nationality::Country(country) => country.alpha3.clone(),
                Nationality::Row(row) => row.name.clone(),
            });
        }
    }
    None
}

/// The listed organisation a host's name means exactly (name, Chinese name, abbreviation).
pub(super) fn host_exact<'a>(catalogue: &'a Catalogue, written: &str) -> Option<&'a Organisation> {
    catalogue.find_host(written)
}

/// The government department or bureau a post heads, from what follows "Director of" in a signature ("for Director of
/// Leisure and Cultural Services", "for Commissioner of Police"): the one listed name that holds those words whole.
pub(super) fn headed_by<'a>(catalogue: &'a Catalogue, written: &str) -> Option<&'a Organisation> {
    let key = |s: &str| format!(" {} ", crate::catalogue::names::lowercase(s).split_whitespace().collect::<Vec<_>>().join(" "));
    let words = key(written);
    if words.trim().is_empty() {
        return None;
    }
    let mut found = catalogue
        .data
        .organisations
        .iter()
        .filter(|o| o.kind == crate::catalogue::OrganisationKind::Government && key(&o.name_en).contains(&words));
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// A catalogue organisation within a typo or two of `written`.
pub(super) fn close_host<'a>(catalogue: &'a Catalogue, written: &str) -> Option<&'a Organisation> {
    catalogue.closest_hosts(written, 1).into_iter().next().filter(|o| {
        let a = crate::catalogue::names::host_key(written);
        let b = crate::catalogue::names::host_key(&o.name_en);
        a.chars().count() >= 10 && crate::catalogue::key_distance(&a, &b) <= 2
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nationalities_as_letters_write_them() {
        let c = Catalogue::bundled();
        for (written, code) in [
            ("Ukrainian", "UKR"),
            ("(Ukrainian)", "UKR"),
            ("Italian national", "ITA"),
            ("Kingdom of Thailand", "THA"),
            ("the Republic of Kenya", "KEN"),
            ("加拿大籍", "CAN"),
            ("泰國公民", "THA"),
        ] {
            assert_eq!(nationality_code(c, written).as_deref(), Some(code), "{written}");
        }
        assert_eq!(nationality_code(c, "the Department"), None);
    }
}
