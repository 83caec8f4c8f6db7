//! How names are compared: the keys under which hosts and nationalities are looked up.
//!
//! RULES.md (`host-authorised`) asks that a host be found whatever its case, punctuation, "The", "Limited"/"Ltd",
//! "Company"/"Co." and full-width or half-width forms. Both the build-time data check (no two entries may share a
//! key) and the run-time lookups use these functions, so the two can never disagree.
//! Also compiled into `build.rs`.

use super::model::{Country, Organisation, VisaRow};

/// Folds full-width ASCII (U+FF01..U+FF5E) and the ideographic space to their half-width forms, and the
/// ideographic full stop and comma to plain punctuation, so that text typed on a Chinese keyboard matches.
pub fn fold_width(c: char) -> char {
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
        if c == '&' {
            cleaned.push_str(" and ");
        } else if c == '\'' || c == '\u{2019}' {
            // "Executive's" and "Executives" are the same word for matching.
        } else if c.is_alphanumeric() {
            cleaned.extend(c.to_lowercase());
        } else {
            cleaned.push(' ');
        }
    }
    cleaned.split_whitespace().map(str::to_string).collect()
}

/// Words that do not tell one organisation from another.
const HOST_NOISE: &[&str] = &["the", "limited", "ltd", "company", "co", "inc", "incorporated", "corp"];

/// The key of an organisation's name: "The Hong Kong Academy for Performing Arts Ltd." and
/// "hong kong academy for performing arts" share one. "HK" is read as "Hong Kong".
pub fn host_key(name: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for w in words(name) {
        if HOST_NOISE.contains(&w.as_str()) {
            continue;
        }
        if w == "hk" {
            out.push("hong".into());
            out.push("kong".into());
        } else {
            out.push(w);
        }
    }
    out.join(" ")
}

/// The key of a nationality or country name: letters and digits only, lower-case ("U.S.A." → "usa").
pub fn nationality_key(name: &str) -> String {
    words(name).concat()
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
    keys.extend(country.other_names.iter().map(|n| nationality_key(n)));
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn chinese_names_are_kept() {
        assert_eq!(host_key("香港演藝學院"), "香港演藝學院");
        assert_eq!(nationality_key("英國"), "英國");
    }

    #[test]
    fn nationality_keys_drop_spaces_and_dots() {
        assert_eq!(nationality_key("U.S.A."), "usa");
        assert_eq!(nationality_key("Antigua & Barbuda"), nationality_key("ANTIGUA AND BARBUDA"));
        assert_eq!(nationality_key("Côte d'Ivoire"), "cotedivoire");
        assert_eq!(nationality_key("TÜRKİYE"), "turkiye");
    }
}
