//! The `stv-check` command: one case in (JSON, from a file or standard input), one result out (JSON).
//!
//! Exit status 0 whatever the verdict; 2 for input that cannot be read, with one line on standard error naming the
//! field and what was expected. See the README and `shared/domain/CLI.md` for the contract.

use std::io::Read;
use std::process::ExitCode;

use stv_check::case::parse_date;
use stv_check::{check, Case, Catalogue};

const USAGE: &str = "usage: stv-check [--today YYYY-MM-DD] [FILE | -]\n\
    Reads one case as JSON (from FILE, or standard input when FILE is - or absent) and prints the result as JSON.";

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
    let mut input: Option<String> = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--today" => {
                let value = args.next().ok_or("--today: expected a date, YYYY-MM-DD")?;
                today = Some(parse_date("--today", &value).map_err(|e| e.to_string())?);
            }
            "-h" | "--help" => return Ok(USAGE.to_string()),
            "--extract" => {
                return Err("--extract: the letter reader is not part of this version yet; give the case's fields as JSON".into())
            }
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
    let case = Case::from_json(&text, catalogue).map_err(|e| e.to_string())?;
    let today = today.unwrap_or_else(stv_check::today::hong_kong_today);
    let assessment = check(&case, catalogue, today);
    serde_json::to_string_pretty(&assessment).map_err(|e| format!("output: {e}"))
}
