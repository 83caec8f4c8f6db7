//! The `stv-check` command: one case in (JSON, from a file or standard input), one result out (JSON).
//!
//! Exit status 0 whatever the verdict; 2 for input that cannot be read, with one line on standard error naming the
//! field and what was expected. See the README and `shared/domain/CLI.md` for the contract.

use std::io::Read;
use std::process::ExitCode;

use stv_check::case::parse_date;
use stv_check::{check, letter, Case, Catalogue};

const USAGE: &str = "usage: stv-check [--today YYYY-MM-DD] [FILE | -]\n       stv-check --extract [FILE | -]\n\
    Reads one case as JSON (from FILE, or standard input when FILE is - or absent) and prints the result as JSON.\n\
    With --extract, reads an invitation letter as text and prints the details found in it as JSON.";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(output) => {
            println!("{output}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("stv-check: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<String, String> {
    let mut today = None;
    let mut extract = false;
    let mut input: Option<String> = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--today" => {
                let value = args.next().ok_or("--today: expected a date, YYYY-MM-DD")?;
                today = Some(parse_date("--today", &value).map_err(|e| e.to_string())?);
            }
            "-h" | "--help" => return Ok(USAGE.to_string()),
            "--extract" => extract = true,
            a if a.starts_with("--") => return Err(format!("{a}: unknown option\n{USAGE}")),
            a => {
                if input.replace(a.to_string()).is_some() {
                    return Err(format!("{a}: only one input file may be given"));
                }
            }
        }
    }
    let text = match input.as_deref() {
        None | Some("-") => {
            let mut t = String::new();
            std::io::stdin().read_to_string(&mut t).map_err(|e| format!("input: cannot read standard input ({e})"))?;
            t
        }
        Some(path) => std::fs::read_to_string(path).map_err(|e| format!("{path}: cannot be read ({e})"))?,
    };
    let catalogue = Catalogue::bundled();
    if extract {
        check_letter_size("input", &text)?;
        let extraction = letter::extract(&text, catalogue);
        return serde_json::to_string_pretty(&extraction).map_err(|e| format!("output: {e}"));
    }
    let mut case = Case::from_json(&text, catalogue).map_err(|e| e.to_string())?;
    let mut result = None;
    if let Some(letter_text) = case.letter_text.clone() {
        check_letter_size("letter_text", &letter_text)?;
        let extraction = letter::extract(&letter_text, catalogue);
        let filled = letter::fill_case(&mut case, &extraction);
        result = Some(serde_json::json!({ "filled": filled, "extraction": extraction }));
    }
    let today = today.unwrap_or_else(stv_check::today::hong_kong_today);
    let assessment = check(&case, catalogue, today);
    let mut output = serde_json::to_value(&assessment).map_err(|e| format!("output: {e}"))?;
    if let (Some(letter), Some(map)) = (result, output.as_object_mut()) {
        map.insert("letter".into(), letter);
    }
    serde_json::to_string_pretty(&output).map_err(|e| format!("output: {e}"))
}

/// Letters over 100 KB are refused: no invitation letter is that long, and the reader's time must stay bounded.
fn check_letter_size(field: &str, text: &str) -> Result<(), String> {
    if text.len() > letter::MAX_LETTER_BYTES {
        return Err(format!(
            "{field}: the letter is {} KB; at most {} KB of text is accepted",
            text.len().div_ceil(1024),
            letter::MAX_LETTER_BYTES / 1024
        ));
    }
    Ok(())
}
