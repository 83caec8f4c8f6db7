//! Delegations as organisers' own spreadsheets give them (tests/sheets/): headers in their own words, English and
//! Chinese in both scripts, day-first and month-first dates, extra columns, titles and totals rows. Each sheet has a
//! canonical twin (`*.canonical.csv`: the template's headers, ISO dates) holding the same invitees; the sheet must
//! come to the same verdicts, row for row, and its export must keep every column it gave.

use std::path::Path;

use stv_check::batch::{run, Batch, Shared};
use stv_check::Catalogue;

fn shared() -> Shared {
    Shared {
        host: Some("Hong Kong Academy for Performing Arts".into()),
        activity: Some("masterclasses and concerts".into()),
        role: Some("musician".into()),
        sector: None,
    }
}

fn today() -> chrono::NaiveDate {
    "2026-11-01".parse().unwrap()
}

fn check(text: &str) -> Result<Batch, String> {
    run(text, &shared(), Catalogue::bundled(), today()).map_err(|e| e.to_string())
}

fn verdicts(b: &Batch) -> Vec<String> {
    b.rows.iter().map(|r| r.verdict().map_or("unreadable".to_string(), |v| v.id().to_string())).collect()
}

/// Every sheet beside its canonical twin: (file name, text of the sheet, text of the twin).
fn sheets() -> Vec<(String, String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sheets");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.contains(".canonical.") && (n.ends_with(".csv") || n.ends_with(".tsv")))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let stem = n.rsplit_once('.').unwrap().0.to_string();
            let text = std::fs::read_to_string(dir.join(&n)).unwrap();
            let canonical = std::fs::read_to_string(dir.join(format!("{stem}.canonical.csv"))).unwrap();
            (n, text, canonical)
        })
        .collect()
}

#[test]
fn every_sheet_comes_to_the_verdicts_of_its_canonical_form() {
    let (mut right, mut total) = (0, 0);
    let mut report = Vec::new();
    for (name, text, canonical) in sheets() {
        let expected = verdicts(&check(&canonical).unwrap());
        assert!(expected.iter().all(|v| v != "unreadable"), "{name}: the canonical form reads: {expected:?}");
        let got = match check(&text) {
            Ok(b) => verdicts(&b),
            Err(e) => vec![format!("refused: {e}")],
        };
        // A row counts as right only when the sheet gives exactly the canonical rows.
        let same = if got.len() == expected.len() { expected.iter().zip(&got).filter(|(e, g)| e == g).count() } else { 0 };
        right += same;
        total += expected.len();
        report.push(format!("{name}: {same} of {} right; expected {expected:?}, got {got:?}", expected.len()));
    }
    println!("{}\nsheets: {right} of {total} rows right", report.join("\n"));
    assert_eq!(right, total, "\n{}", report.join("\n"));
}

#[test]
fn every_export_keeps_every_column_of_the_sheet_in_order_with_its_own_header() {
    let mut report = Vec::new();
    for (name, text, _) in sheets() {
        let delimiter = if text.lines().find(|l| l.contains(',') || l.contains('\t')).is_some_and(|l| l.contains('\t')) { '\t' } else { ',' };
        let records = stv_check::csv::parse(&text, delimiter).unwrap();
        // The header is the first row naming two or more columns in words (a title row above it names none).
        let header = records.iter().find(|r| r.fields.iter().filter(|f| !f.trim().is_empty()).count() >= 3).unwrap();
        let Ok(b) = check(&text) else {
            report.push(format!("{name}: refused"));
            continue;
        };
        let export = stv_check::csv::parse(&b.results_csv(), ',').unwrap();
        let exported: Vec<&str> = export[0].fields.iter().map(String::as_str).collect();
        let given: Vec<&str> = header.fields.iter().map(|f| f.trim()).collect();
        if exported.len() < given.len() || exported[..given.len()] != given[..] {
            report.push(format!("{name}: export header {exported:?}, sheet header {given:?}"));
        }
    }
    assert!(report.is_empty(), "\n{}", report.join("\n"));
}
