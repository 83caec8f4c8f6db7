//! Every example of the specification goes through the built `stv-check` command and must give the verdict, the
//! rules that do not pass, and the warnings the specification gives. The examples live in `tests/examples/`; the
//! test fails if they are missing.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

fn examples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/examples")
}

fn stv_check(args: &[&str], stdin: &str) -> (i32, String, String) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_stv-check"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("stv-check runs");
    // A command that refuses its arguments exits before reading its input: a closed pipe is not a failure.
    if let Err(e) = child.stdin.take().unwrap().write_all(stdin.as_bytes()) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "writing the input: {e}");
    }
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

fn rules_with(result: &Value, outcomes: &[&str]) -> Vec<String> {
    let mut rules: Vec<String> = result["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| outcomes.contains(&f["outcome"].as_str().unwrap()))
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect();
    rules.sort();
    rules.dedup();
    rules
}

fn sorted(v: &Value) -> Vec<String> {
    let mut out: Vec<String> = v.as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_string()).collect();
    out.sort();
    out
}

#[test]
fn every_example_gives_the_specified_answer() {
    let dir = examples_dir();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the examples must be at {} ({e})", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 13, "expected the 13 shared examples, found {}", files.len());
    let mut failures = Vec::new();
    for file in &files {
        let example: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        let case = serde_json::to_string(&example["case"]).unwrap();
        let today = example["today"].as_str().unwrap();
        let (code, out, err) = stv_check(&["--today", today, "-"], &case);
        assert_eq!(code, 0, "{}: exit {code}, stderr {err}", file.display());
        let result: Value = serde_json::from_str(&out).unwrap();
        let expect = &example["expect"];
        let got = (
            result["verdict"].as_str().unwrap().to_string(),
            rules_with(&result, &["fail", "unknown", "condition"]),
            rules_with(&result, &["warning"]),
        );
        let want = (expect["verdict"].as_str().unwrap().to_string(), sorted(&expect["non_pass"]), sorted(&expect["warnings"]));
        if got != want {
            failures.push(format!("{}:\n  want {want:?}\n  got  {got:?}", file.file_name().unwrap().to_string_lossy()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_result_has_the_contracts_fields() {
    let case = r#"{"host":"Hong Kong Academy for Performing Arts","sector":"higher-education","nationality":"GBR",
        "activity":"masterclasses and a public performance","role":"guest violinist",
        "trips":[{"arrival":"2026-03-01","departure":"2026-03-20","activity_days":["2026-03-02",{"from":"2026-03-05","to":"2026-03-09"}]}]}"#;
    let (code, out, _) = stv_check(&["--today", "2026-01-15"], case);
    assert_eq!(code, 0);
    let r: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["verdict"], "eligible");
    assert_eq!(r["trips"][0]["window_start"], "2026-03-02");
    assert_eq!(r["trips"][0]["window_end"], "2026-03-15");
    assert_eq!(r["trips"][0]["last_permitted_day"], "2026-08-27");
    assert_eq!(r["host"]["matched"], "Hong Kong Academy for Performing Arts");
    assert_eq!(r["host"]["sector"], "higher-education");
    assert_eq!(r["host"]["status"], "authorised");
    assert!(r["data_as_of"].as_str().unwrap().len() == 10);
    for f in r["findings"].as_array().unwrap() {
        assert!(!f["message"].as_str().unwrap().is_empty());
        assert!(f["sources"].is_array());
    }
    let window = r["findings"].as_array().unwrap().iter().find(|f| f["rule"] == "window-14-days").unwrap();
    assert_eq!(window["trip"], 0);
}

#[test]
fn a_case_file_can_be_named_on_the_command_line() {
    let path = std::env::temp_dir().join(format!("stv-check-case-{}.json", std::process::id()));
    std::fs::write(&path, r#"{"nationality":"JPN","trips":[{"arrival":"2026-03-01","activity_days":["2026-03-02"]}]}"#).unwrap();
    let (code, out, _) = stv_check(&["--today", "2026-01-15", path.to_str().unwrap()], "");
    std::fs::remove_file(&path).ok();
    assert_eq!(code, 0);
    assert!(out.contains("\"verdict\": \"unconfirmed\""), "{out}");
}

#[test]
fn unreadable_input_exits_2_with_one_line_naming_the_field() {
    for (input, field) in [
        ("{not json", "input"),
        (r#"{"trips":[{"arrival":"2026-02-30"}]}"#, "trips[0].arrival"),
        (r#"{"sector":"shipping","trips":[]}"#, "sector"),
        (r#"{"nationality":"Narnia","trips":[]}"#, "nationality"),
        (r#"{"residence":"moon","trips":[]}"#, "residence"),
        (r#"{"permitted_stay_days":-3,"trips":[]}"#, "permitted_stay_days"),
        (r#"{"trips":[{"arrival":"2026-03-01","activity_days":[{"from":"2026-03-05"}]}]}"#, "trips[0].activity_days[0].to"),
    ] {
        let (code, out, err) = stv_check(&["--today", "2026-01-15"], input);
        assert_eq!(code, 2, "{input}");
        assert!(out.is_empty(), "{input}: {out}");
        assert_eq!(err.lines().count(), 1, "{input}: {err}");
        assert!(err.starts_with(&format!("stv-check: {field}: ")), "{input}: {err}");
    }
    let (code, _, err) = stv_check(&["--today", "15/01/2026"], "{}");
    assert_eq!(code, 2);
    assert!(err.contains("--today") && err.contains("YYYY-MM-DD"), "{err}");
}

#[test]
fn without_today_the_hong_kong_date_is_used() {
    let (code, out, _) = stv_check(&[], r#"{"trips":[{"arrival":"2000-01-01","activity_days":["2000-01-02"]}]}"#);
    assert_eq!(code, 0);
    assert!(out.contains("in the past"), "{out}");
}

#[test]
fn extract_prints_the_details_of_a_letter() {
    let letter = "HONG KONG ACADEMY FOR PERFORMING ARTS\n\nDear Dr Amelia Hart,\n\nNationality: British\n\
        Role: guest violinist\nYou will arrive on 1 March 2026 and perform from 2 to 9 March 2026.\n";
    let (code, out, err) = stv_check(&["--extract", "-"], letter);
    assert_eq!(code, 0, "{err}");
    let x: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(x["host"]["value"], "Hong Kong Academy for Performing Arts");
    assert_eq!(x["host"]["text"], "HONG KONG ACADEMY FOR PERFORMING ARTS");
    assert_eq!(x["host"]["start"], 0);
    assert_eq!(x["nationality"]["value"], "GBR");
    assert_eq!(x["activity_from"]["value"], "2026-03-02");
    assert_eq!(x["activity_to"]["value"], "2026-03-09");
    assert_eq!(x["arrival"]["value"], "2026-03-01");
    assert!(x["departure"].is_null());
    assert!(x["warnings"].is_array());
}

#[test]
fn a_case_with_letter_text_fills_what_it_leaves_out() {
    let case = serde_json::json!({
        "role": "soloist",
        "trips": [],
        "letter_text": "HONG KONG ACADEMY FOR PERFORMING ARTS\nNationality: Japanese\nRole: dancer\n\
            Activity: rehearsals and performances\nArrival: 5 August 2026\nActivity dates: 11 - 25 August 2026\n"
    });
    let (code, out, err) = stv_check(&["--today", "2026-01-15"], &case.to_string());
    assert_eq!(code, 0, "{err}");
    let r: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["verdict"], "not_eligible", "25 August is day 15");
    assert_eq!(r["host"]["matched"], "Hong Kong Academy for Performing Arts");
    let filled: Vec<&str> = r["letter"]["filled"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert_eq!(filled, vec!["host", "nationality", "activity", "trips"], "the case's own role wins");
    let role = r["findings"].as_array().unwrap().iter().find(|f| f["rule"] == "letter-scope-role").unwrap();
    assert!(role["message"].as_str().unwrap().contains("soloist"));
}

#[test]
fn a_letter_over_100_kb_is_refused() {
    let (code, _, err) = stv_check(&["--extract"], &"x".repeat(100 * 1024 + 1));
    assert_eq!(code, 2);
    assert!(err.contains("at most 100 KB"), "{err}");
}

#[test]
fn batch_writes_the_results_as_csv() {
    let rows = "name,nationality,arrival,departure,activity_days\nA,GBR,2026-03-01,2026-03-20,2026-03-02 to 2026-03-09\n\
        B,Nigeria,2026-03-01,,2026-03-02\nC,JPN,2026-02-30,,2026-03-02\n";
    let (code, out, err) = stv_check(
        &["--batch", "-", "--today", "2026-01-15", "--host", "HKAPA", "--activity", "recitals", "--role", "violinist"],
        rows,
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(err.trim(), "1 eligible, 1 eligible with conditions, 0 not eligible, 0 unconfirmed, 1 could not be read");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "name,nationality,arrival,departure,activity_days,row,verdict,findings,to_fit");
    assert!(lines[1].contains(",2,eligible,"), "{}", lines[1]);
    assert!(lines[2].contains("entry-route (condition)"), "{}", lines[2]);
    assert!(lines[3].contains("unreadable") && lines[3].contains("arrival:"), "{}", lines[3]);
    let (code, _, err) = stv_check(&["--batch", "-", "--sector", "shipping"], rows);
    assert_eq!(code, 2);
    assert!(err.contains("sector"), "{err}");
}
