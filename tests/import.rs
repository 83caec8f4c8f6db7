//! `stv-check import-orgs`: an official list merged into a scratch copy of data/, what it reports, what it writes,
//! and what the checker then decides; broken lists refused with their line numbers.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

use stv_check::catalogue::{files, validate, Catalogue};
use stv_check::rules::{check, RuleId, Verdict};
use stv_check::Case;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A scratch copy of data/.
fn scratch_data(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("stv-import-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(root().join("data")).unwrap() {
        let p = entry.unwrap().path();
        if p.is_file() {
            std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
        }
    }
    dir
}

fn import(args: &[&str], data: &Path) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_stv-check"))
        .arg("import-orgs")
        .args(args)
        .arg("--data")
        .arg(data)
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

fn list(name: &str) -> String {
    root().join("tests/import").join(name).to_string_lossy().into_owned()
}

fn sports_case(host: &str) -> Case {
    Case::from_json(
        &format!(r#"{{"host":"{host}","sector":"sports","nationality":"NZL","activity":"tournament matches","role":"player",
            "trips":[{{"arrival":"2026-03-25","departure":"2026-03-31","activity_days":[{{"from":"2026-03-27","to":"2026-03-29"}}]}}]}}"#),
        Catalogue::bundled(),
    )
    .unwrap()
}

#[test]
fn the_writer_reproduces_the_bundled_file_exactly() {
    let data = files::read(&root().join("data")).unwrap();
    let text = std::fs::read_to_string(root().join("data/organisations.csv")).unwrap();
    assert_eq!(files::organisations_csv(&data.organisations), text);
}

#[test]
fn a_dry_run_reports_and_writes_nothing() {
    let data = scratch_data("dry");
    let before = std::fs::read_to_string(data.join("organisations.csv")).unwrap();
    let (code, out, err) = import(&[&list("official-sports.csv"), "--dry-run"], &data);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("added: Hong Kong Rugby Union"), "{out}");
    assert!(out.contains("3 added, 0 changed, 0 removed, in the sector(s) sports"), "{out}");
    assert!(out.contains("nothing was written"));
    assert_eq!(std::fs::read_to_string(data.join("organisations.csv")).unwrap(), before);
}

#[test]
fn an_import_writes_sound_data_that_the_checker_uses() {
    let data = scratch_data("write");
    let (code, out, err) = import(&[&list("official-sports.csv"), "--complete"], &data);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("marked the list complete for: sports"), "{out}");
    let merged = files::read(&data).unwrap();
    assert!(validate::check(&merged).is_empty());
    let catalogue = Catalogue::new(merged);
    let today = "2026-01-15".parse().unwrap();

    // A listed host passes, found by its abbreviation too.
    let a = check(&sports_case("HKRU"), &catalogue, today);
    assert_eq!(a.host.matched.as_deref(), Some("Hong Kong Rugby Union"));
    let host = a.findings.iter().find(|f| f.rule == RuleId::HostAuthorised).unwrap();
    assert!(host.message.en().contains("authorised since 1 June 2022"), "{}", host.message);

    // The sports list is now complete: a host missing from it is not eligible.
    let a = check(&sports_case("Hong Kong Rugby Sevens Organising Committee"), &catalogue, today);
    assert_eq!(a.verdict, Verdict::NotEligible);

    // Importing the same list again changes nothing.
    let (code, out, _) = import(&[&list("official-sports.csv")], &data);
    assert_eq!(code, 0);
    assert!(out.contains("0 added, 0 changed, 0 removed"), "{out}");
}

#[test]
fn a_broken_list_is_refused_with_its_lines_and_nothing_is_written() {
    let data = scratch_data("broken");
    let before = std::fs::read_to_string(data.join("organisations.csv")).unwrap();
    let (code, out, err) = import(&[&list("broken.csv")], &data);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    for needle in [
        "line 2: Harbour Shipping Club: the sector \"Shipping\" is not one of the scheme's sectors",
        "line 3: Racing Club: since \"2023-02-30\" is not a date",
        "line 4: Quiet Club: the source is empty",
        "line 6: The Hong Kong Rugby Union Limited: the name or abbreviation \"hong kong rugby union\" is also on line 5",
    ] {
        assert!(err.contains(needle), "missing {needle:?} in:\n{err}");
    }
    assert_eq!(std::fs::read_to_string(data.join("organisations.csv")).unwrap(), before);
}
