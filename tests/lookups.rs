//! The catalogue's look-ups as people write names: hosts in English with their short forms, in Traditional and
//! Simplified Chinese, with or without 香港 in front; nationalities as codes, short and formal state names,
//! demonyms, and Chinese names with 籍, 國籍, 公民 or 人 after them. One table per kind, then properties over the
//! whole catalogue: every name in the other Chinese script finds its own entry, and no spelling finds two.
#![cfg(not(target_arch = "wasm32"))]

use stv_check::catalogue::{simplified_text, Catalogue, Nationality};

fn host(name: &str) -> Option<String> {
    Catalogue::bundled().find_host(name).map(|o| o.name_en.clone())
}

fn alpha3(name: &str) -> Option<String> {
    match Catalogue::bundled().find_nationality(name)? {
        Nationality::Country(c) => Some(c.alpha3.clone()),
        Nationality::Row(r) => Some(format!("row {}", r.row)),
    }
}

#[test]
fn hosts_as_letters_name_them() {
    let cases: &[(&str, &str)] = &[
        // English, with the short forms people write.
        ("Transport Dept.", "Transport Department"),
        ("Transport Dept", "Transport Department"),
        ("transport department", "Transport Department"),
        ("Drainage Services Dept", "Drainage Services Department"),
        ("Water Supplies Dept.", "Water Supplies Department"),
        ("Leisure & Cultural Services Dept.", "Leisure and Cultural Services Department"),
        ("The Leisure and Cultural Services Department", "Leisure and Cultural Services Department"),
        ("HK Observatory", "Hong Kong Observatory"),
        ("The Hong Kong Observatory", "Hong Kong Observatory"),
        ("HK Police Force", "Hong Kong Police Force"),
        ("Govt Logistics Dept", "Government Logistics Department"),
        ("Govt. Laboratory", "Government Laboratory"),
        ("Agriculture, Fisheries & Conservation Dept.", "Agriculture, Fisheries and Conservation Department"),
        ("Culture, Sports & Tourism Bureau", "Culture, Sports and Tourism Bureau"),
        ("Financial Services & the Treasury Bureau", "Financial Services and the Treasury Bureau"),
        ("Dept. of Health", "Department of Health"),
        ("Dept of Justice", "Department of Justice"),
        ("Electrical & Mechanical Services Dept", "Electrical and Mechanical Services Department"),
        ("The Hong Kong Academy for Performing Arts Ltd.", "Hong Kong Academy for Performing Arts"),
        ("HKAPA", "Hong Kong Academy for Performing Arts"),
        ("ＨＫＡＰＡ", "Hong Kong Academy for Performing Arts"),
        // Traditional Chinese, as the catalogue has it and as letters write it.
        ("水務署", "Water Supplies Department"),
        ("運輸署", "Transport Department"),
        ("渠務署", "Drainage Services Department"),
        ("康樂及文化事務署", "Leisure and Cultural Services Department"),
        ("香港天文台", "Hong Kong Observatory"),
        ("天文台", "Hong Kong Observatory"),
        ("香港消防處", "Fire Services Department"),
        ("消防處", "Fire Services Department"),
        ("懲教署", "Correctional Services Department"),
        ("海關", "Customs and Excise Department"),
        ("香港特別行政區政府水務署", "Water Supplies Department"),
        ("香港 運輸署", "Transport Department"),
        ("醫務衞生局", "Health Bureau"),
        ("醫務衛生局", "Health Bureau"),
        ("衞生署", "Department of Health"),
        ("文化體育及旅遊局", "Culture, Sports and Tourism Bureau"),
        ("香港演藝學院", "Hong Kong Academy for Performing Arts"),
        ("演藝學院", "Hong Kong Academy for Performing Arts"),
        // Simplified Chinese.
        ("水务署", "Water Supplies Department"),
        ("运输署", "Transport Department"),
        ("渠务署", "Drainage Services Department"),
        ("康乐及文化事务署", "Leisure and Cultural Services Department"),
        ("香港天文台", "Hong Kong Observatory"),
        ("消防处", "Fire Services Department"),
        ("香港海关", "Customs and Excise Department"),
        ("惩教署", "Correctional Services Department"),
        ("医务卫生局", "Health Bureau"),
        ("卫生署", "Department of Health"),
        ("文化体育及旅游局", "Culture, Sports and Tourism Bureau"),
        ("香港演艺学院", "Hong Kong Academy for Performing Arts"),
        ("民政及青年事务局", "Home and Youth Affairs Bureau"),
        ("入境事务处", "Immigration Department"),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(typed, want)| host(typed).as_deref() != Some(*want))
        .map(|(typed, want)| format!("{typed:?}: want {want:?}, got {:?}", host(typed)))
        .collect();
    assert!(wrong.is_empty(), "{} of {} host spellings wrong:\n  {}", wrong.len(), cases.len(), wrong.join("\n  "));
}

#[test]
fn names_that_are_not_hosts_find_nothing() {
    for typed in ["香港", "Hong Kong", "Department", "Dept.", "政府", "The", "Bureau", "署", "Transport", "Hong Kong Sevens"] {
        assert_eq!(host(typed), None, "{typed:?}");
    }
}

#[test]
fn nationalities_as_passports_and_letters_write_them() {
    let cases: &[(&str, &str)] = &[
        ("GBR", "GBR"), ("gb", "GBR"), ("United Kingdom", "GBR"), ("British", "GBR"),
        ("Republic of Chile", "CHL"), ("Chile", "CHL"), ("Chilean", "CHL"),
        ("Kingdom of Spain", "ESP"), ("Spanish", "ESP"), ("the Kingdom of Spain", "ESP"),
        ("Kingdom of Thailand", "THA"), ("Thai", "THA"),
        ("Federal Republic of Germany", "DEU"), ("German", "DEU"),
        ("United Mexican States", "MEX"), ("Mexican", "MEX"),
        ("Republic of Korea", "KOR"), ("South Korea", "KOR"),
        ("French Republic", "FRA"), ("Republic of Poland", "POL"), ("Polish", "POL"),
        ("Swiss Confederation", "CHE"), ("Swiss", "CHE"),
        ("Kingdom of the Netherlands", "NLD"), ("The Netherlands", "NLD"),
        ("Republic of Croatia", "HRV"), ("Republic of Türkiye", "TUR"), ("Ukrainian", "UKR"),
        ("Commonwealth of Australia", "AUS"), ("Socialist Republic of Viet Nam", "VNM"), ("Vietnamese", "VNM"),
        ("Republic of India", "IND"), ("Indian", "IND"),
        ("Republic of the Philippines", "PHL"), ("Filipino", "PHL"),
        // Chinese, both scripts, with the suffixes people add.
        ("德國籍", "DEU"), ("德国籍", "DEU"), ("法國國籍", "FRA"), ("法国国籍", "FRA"),
        ("加拿大籍", "CAN"), ("加拿大公民", "CAN"), ("日本人", "JPN"), ("日本國籍", "JPN"),
        ("英國", "GBR"), ("英国", "GBR"), ("英國公民", "GBR"), ("泰國", "THA"), ("泰国籍", "THA"),
        ("澳洲公民", "AUS"), ("新加坡公民", "SGP"), ("菲律賓護照持有人", "PHL"), ("马来西亚护照持有人", "MYS"),
        ("西班牙國籍", "ESP"), ("大韓民國", "KOR"), ("大韩民国", "KOR"),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(typed, want)| alpha3(typed).as_deref() != Some(*want))
        .map(|(typed, want)| format!("{typed:?}: want {want}, got {:?}", alpha3(typed)))
        .collect();
    assert!(wrong.is_empty(), "{} of {} nationality spellings wrong:\n  {}", wrong.len(), cases.len(), wrong.join("\n  "));
}

#[test]
fn a_name_several_countries_share_asks_rather_than_guesses() {
    let cat = Catalogue::bundled();
    for (typed, codes) in [
        ("Congo", &["COD", "COG"][..]),
        ("剛果", &["COD", "COG"]),
        ("刚果", &["COD", "COG"]),
        ("Guinea", &["GIN", "GNB", "GNQ"]),
        ("Korea", &["KOR", "PRK"]),
        ("Virgin Islands", &["VGB", "VIR"]),
    ] {
        assert!(cat.find_nationality(typed).is_none(), "{typed:?} must not be guessed");
        let mut got: Vec<&str> = cat.countries_sharing(typed).iter().map(|c| c.alpha3.as_str()).collect();
        got.sort();
        assert_eq!(got, codes, "{typed:?}");
        let err = stv_check::case::check_nationality(typed, cat).unwrap_err();
        assert!(err.message.en().contains("could mean"), "{}", err.message.en());
    }
    // Their full names and codes still find them.
    assert_eq!(alpha3("Republic of Guinea").as_deref(), Some("GIN"));
    assert_eq!(alpha3("Democratic Republic of the Congo").as_deref(), Some("COD"));
    assert_eq!(alpha3("COG").as_deref(), Some("COG"));
}

#[test]
fn every_chinese_name_in_the_other_script_finds_its_own_entry() {
    let cat = Catalogue::bundled();
    let mut checked = 0;
    for org in &cat.data.organisations {
        let Some(zh) = &org.name_zh else { continue };
        // With 香港 in front where the name has none, and without it where it has.
        let other = zh.strip_prefix("香港").map_or_else(|| format!("香港{zh}"), str::to_string);
        for spelling in [zh.clone(), simplified_text(zh), other.clone(), simplified_text(&other)] {
            let found = cat.find_host(&spelling).map(|o| o.name_en.as_str());
            assert_eq!(found, Some(org.name_en.as_str()), "{spelling:?}");
            checked += 1;
        }
    }
    for c in &cat.data.countries {
        for spelling in [c.name_zh.clone(), simplified_text(&c.name_zh), format!("{}籍", simplified_text(&c.name_zh))] {
            let found = match cat.find_nationality(&spelling) {
                Some(Nationality::Country(f)) => Some(f.alpha3.as_str()),
                _ => None,
            };
            assert_eq!(found, Some(c.alpha3.as_str()), "{spelling:?}");
            checked += 1;
        }
    }
    assert!(checked > 900, "checked {checked} spellings");
}

#[test]
fn no_spelling_of_one_host_finds_another() {
    let cat = Catalogue::bundled();
    for org in &cat.data.organisations {
        let mut spellings = vec![org.name_en.clone(), format!("The {}", org.name_en)];
        spellings.push(org.name_en.replace("Department", "Dept.").replace(" and ", " & ").replace("Hong Kong", "HK"));
        spellings.push(org.name_en.replace("Government", "Govt"));
        spellings.extend(org.abbreviations.iter().cloned());
        for s in spellings {
            let found = cat.find_host(&s).map(|o| o.name_en.as_str());
            assert_eq!(found, Some(org.name_en.as_str()), "{s:?}");
        }
    }
}
