//! The data check: the bundled data passes it, and each kind of mistake a maintainer could make in `data/` is
//! caught with a message naming the file, the entry and the problem.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use stv_check::catalogue::files;
use stv_check::catalogue::validate::{self, DataError};

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// Copies data/ to a scratch folder, applies `edit` to one file, and returns every problem found.
fn problems_after(file: &str, edit: impl FnOnce(String) -> String) -> Vec<String> {
    let dir = std::env::temp_dir().join(format!("stv-data-{}-{}", std::process::id(), rand_suffix()));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(data_dir()).unwrap() {
        let p = entry.unwrap().path();
        if p.is_file() {
            std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
        }
    }
    let text = std::fs::read_to_string(dir.join(file)).unwrap();
    std::fs::write(dir.join(file), edit(text)).unwrap();
    let result = read_and_check(&dir);
    std::fs::remove_dir_all(&dir).ok();
    result.into_iter().map(|e| e.to_string()).collect()
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()
}

fn read_and_check(dir: &Path) -> Vec<DataError> {
    match files::read(dir) {
        Ok(data) => validate::check(&data),
        Err(e) => e,
    }
}

fn assert_problem(problems: &[String], needles: &[&str]) {
    assert!(
        problems.iter().any(|p| needles.iter().all(|n| p.contains(n))),
        "expected a problem containing {needles:?}, got {problems:#?}"
    );
}

#[test]
fn the_bundled_data_is_sound() {
    let problems = read_and_check(&data_dir());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_data_holds_what_the_specification_needs() {
    let data = files::read(&data_dir()).unwrap();
    assert_eq!(data.sectors.len(), 17);
    assert_eq!(data.visa_rows.len(), 225);
    assert!(data.countries.len() >= 249, "every ISO 3166-1 country");
    for id in ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10", "S11", "S12"] {
        assert!(data.sources.iter().any(|s| s.id == id), "source {id}");
    }
    // Every row of the visa table that is a nationality is reachable from some country.
    for row in &data.visa_rows {
        let reachable = data.countries.iter().any(|c| c.visa_rows.contains(&row.row));
        let not_a_country = row.name.contains("stateless") || row.name.starts_with("Nationals of other")
            || ["BRITISH ANTARCTIC TERRITORY", "THE SOVEREIGN BASE AREAS OF AKROTIRI AND DHEKELIA"].contains(&row.name.as_str())
            || row.name.starts_with("US TRUST TERRITORY");
        assert!(reachable || not_a_country, "row {} {} is reachable from no country", row.row, row.name);
    }
}

#[test]
fn an_unknown_sector_id_is_named() {
    let p = problems_after("organisations.csv", |t| t.replacen("higher-education,Hong Kong Academy", "higher-educaton,Hong Kong Academy", 1));
    assert_problem(&p, &["data/organisations.csv", "line 2", "Hong Kong Academy for Performing Arts", "\"higher-educaton\""]);
}

#[test]
fn a_bad_date_is_named() {
    let p = problems_after("organisations.csv", |t| t.replacen(",2025-11-01,,government", ",2025-13-01,,government", 1));
    assert_problem(&p, &["data/organisations.csv", "since \"2025-13-01\" is not a date"]);
    let p = problems_after("sectors.toml", |t| t.replacen("joined = \"2023-02-01\"", "joined = \"2021-02-01\"", 1));
    assert_problem(&p, &["data/sectors.toml", "sector \"finance\"", "outside the scheme's life"]);
}

#[test]
fn a_missing_or_unknown_source_is_named() {
    let p = problems_after("organisations.csv", |t| t.replacen(",organisation,S1,", ",organisation,,", 1));
    assert_problem(&p, &["Hong Kong Academy for Performing Arts", "has no source"]);
    let p = problems_after("visa_free.csv", |t| t.replacen("4,ALGERIA,14,no,no,,,S7", "4,ALGERIA,14,no,no,,,S99", 1));
    assert_problem(&p, &["data/visa_free.csv", "row 4 (ALGERIA)", "\"S99\""]);
}

#[test]
fn a_duplicate_name_or_abbreviation_is_named() {
    let p = problems_after("organisations.csv", |t| {
        format!("{t}arts-and-cultural,Another Academy,,HKAPA,,,,organisation,S1,\n")
    });
    assert_problem(&p, &["Another Academy", "(\"hkapa\") is already used by \"Hong Kong Academy for Performing Arts\""]);
}

#[test]
fn a_name_matching_two_nationalities_is_named() {
    let p = problems_after("countries.csv", |t| t.replacen(",Japanese,", ",Japanese;France,", 1));
    // "France" is now claimed by two countries; whichever is read second is reported.
    assert!(p.iter().any(|e| e.contains("data/countries.csv") && e.contains("\"france\"") && e.contains("match one nationality")), "{p:#?}");
}

#[test]
fn a_visa_row_named_like_a_country_that_does_not_use_it_is_named() {
    let p = problems_after("visa_free.csv", |t| t.replacen("4,ALGERIA,", "4,JAPAN,", 1));
    assert_problem(&p, &["row 4 (JAPAN)", "also means \"Japan\""]);
}

#[test]
fn a_broken_header_or_csv_is_named() {
    let p = problems_after("countries.csv", |t| t.replacen("alpha2,", "alpha_2,", 1));
    assert_problem(&p, &["data/countries.csv", "line 1", "header must be exactly"]);
    let p = problems_after("organisations.csv", |t| format!("{t}\"unclosed,quote\n"));
    assert_problem(&p, &["data/organisations.csv", "not closed"]);
}

#[test]
fn a_typo_in_a_toml_field_is_named() {
    let p = problems_after("sectors.toml", |t| t.replacen("list_complete = false", "list_compete = false", 1));
    assert_problem(&p, &["data/sectors.toml", "line", "list_compete"]);
}

/// The 249 officially assigned ISO 3166-1 alpha-2 codes (from the ISO 3166 maintenance agency's list as packaged by
/// pycountry), written out here so that the check does not rest on the data it checks.
const ISO_3166_ALPHA_2: &str = "\
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ \
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO \
FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE \
JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO \
MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW \
PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM \
TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

#[test]
fn every_iso_country_has_a_rule_for_its_nationals() {
    let data = files::read(&data_dir()).unwrap();
    let catalogue = stv_check::Catalogue::new(data.clone());
    let codes: Vec<&str> = ISO_3166_ALPHA_2.split_whitespace().collect();
    assert_eq!(codes.len(), 249);
    for code in codes {
        let country = data.countries.iter().find(|c| c.alpha2 == code).unwrap_or_else(|| panic!("{code} is missing from data/countries.csv"));
        // Either a row of the visa table applies (a general one, or a choice the checker lists), or one of the
        // separate arrangements for Chinese citizens and residents does.
        use stv_check::catalogue::Arrangement;
        match country.arrangement {
            Arrangement::VisaTable => assert!(!country.visa_rows.is_empty(), "{code}"),
            Arrangement::Mainland | Arrangement::Macao | Arrangement::Taiwan | Arrangement::HongKong => {}
        }
        // And the checker finds it by its codes and its names; a name other countries share too ("Guinea") is a
        // question naming it among the others.
        for name in [&country.alpha2, &country.alpha3, &country.name_en, &country.name_zh] {
            let sharing = catalogue.countries_sharing(name);
            assert!(
                catalogue.find_nationality(name).is_some() || sharing.iter().any(|c| c.alpha2 == code),
                "{code}: {name} is not found"
            );
        }
    }
}
