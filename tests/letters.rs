//! The letter reader against a corpus of realistic letters (`tests/letters/`, English, Traditional and Simplified
//! Chinese, every date form the reader claims): prints, per letter, the fields it got right, and the share of all
//! fields right; fails if that share falls below the floor, or if any letter makes the reader panic.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use serde_json::Value;
use stv_check::letter::{extract, Extracted, Extraction};
use stv_check::Catalogue;

/// The share of fields the reader must get right across the corpus. Raise it as the reader improves.
const FLOOR: f64 = 0.90;

const FIELDS: &[&str] = &[
    "host", "invitee", "nationality", "travel_document", "activity", "role", "activity_from", "activity_to",
    "arrival", "departure", "venue", "remuneration", "letter_date", "signatory",
];

fn get<'a>(x: &'a Extraction, field: &str) -> &'a Option<Extracted> {
    match field {
        "host" => &x.host,
        "invitee" => &x.invitee,
        "nationality" => &x.nationality,
        "travel_document" => &x.travel_document,
        "activity" => &x.activity,
        "role" => &x.role,
        "activity_from" => &x.activity_from,
        "activity_to" => &x.activity_to,
        "arrival" => &x.arrival,
        "departure" => &x.departure,
        "venue" => &x.venue,
        "remuneration" => &x.remuneration,
        "letter_date" => &x.letter_date,
        "signatory" => &x.signatory,
        _ => unreachable!("{field}"),
    }
}

fn normal(s: &str) -> String {
    let folded: String = s.chars().map(stv_check::letter::fold).collect::<String>().to_lowercase();
    folded.split_whitespace().collect::<Vec<_>>().join(" ").trim_matches(|c: char| ",.;:，。；：\"'“”".contains(c)).to_string()
}

/// Exact for dates, codes and catalogue names; for free text, the same words, or one holding the other with little
/// more around it.
fn right(field: &str, want: &Value, got: &Option<Extracted>) -> bool {
    match (want.as_str(), got) {
        (None, None) => true,
        (None, Some(_)) | (Some(_), None) => false,
        (Some(w), Some(g)) => {
            let (w, g) = (normal(w), normal(&g.value));
            if w == g {
                return true;
            }
            let exact = field.ends_with("_from") || field.ends_with("_to") || ["arrival", "departure", "letter_date", "nationality"].contains(&field);
            if exact {
                return false;
            }
            let (short, long) = if w.chars().count() <= g.chars().count() { (&w, &g) } else { (&g, &w) };
            long.contains(short.as_str()) && short.chars().count() as f64 >= 0.6 * long.chars().count() as f64
        }
    }
}

#[test]
fn the_reader_gets_most_fields_of_the_corpus_right() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/letters");
    let mut letters: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/letters exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    letters.sort();
    assert!(letters.len() >= 20, "the corpus has at least 20 letters, found {}", letters.len());
    let catalogue = Catalogue::bundled();
    let (mut total, mut good) = (0usize, 0usize);
    let mut per_field = vec![(0usize, 0usize); FIELDS.len()];
    let mut ambiguity_missed = Vec::new();
    for path in &letters {
        let text = std::fs::read_to_string(path).unwrap();
        let expected: Value = serde_json::from_str(&std::fs::read_to_string(path.with_extension("json")).unwrap()).unwrap();
        let x = extract(&text, catalogue);
        let mut wrong = Vec::new();
        for (i, field) in FIELDS.iter().enumerate() {
            let ok = right(field, &expected["expect"][field], get(&x, field));
            total += 1;
            per_field[i].0 += 1;
            if ok {
                good += 1;
                per_field[i].1 += 1;
            } else {
                wrong.push(format!("{field}: want {}, got {:?}", expected["expect"][field], get(&x, field).as_ref().map(|e| &e.value)));
            }
            // Offsets must point at the text they claim.
            if let Some(e) = get(&x, field) {
                let covered: String = text.chars().skip(e.start).take(e.end - e.start).collect();
                assert_eq!(covered, e.text, "{}: {field}'s offsets", path.display());
            }
        }
        if expected["ambiguous_dates"] == true && x.warnings.iter().all(|w| !w.en().contains("day first")) {
            ambiguity_missed.push(path.file_name().unwrap().to_string_lossy().to_string());
        }
        let name = path.file_stem().unwrap().to_string_lossy();
        println!("{name:<40} {:>2}/{} {}", FIELDS.len() - wrong.len(), FIELDS.len(), if wrong.is_empty() { String::new() } else { format!("\n    {}", wrong.join("\n    ")) });
    }
    println!("\nper field:");
    for (i, field) in FIELDS.iter().enumerate() {
        println!("  {field:<16} {:>2}/{}", per_field[i].1, per_field[i].0);
    }
    let share = good as f64 / total as f64;
    println!("\nfields right: {good} of {total} ({:.1}%) over {} letters", share * 100.0, letters.len());
    assert!(ambiguity_missed.is_empty(), "ambiguous dates without a warning: {ambiguity_missed:?}");
    assert!(share >= FLOOR, "the reader got {:.1}% of fields right; the floor is {:.0}%", share * 100.0, FLOOR * 100.0);
}
