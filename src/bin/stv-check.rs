//! The `stv-check` command: one case in (JSON, from a file or standard input), one result out (JSON).
//!
//! Exit status 0 whatever the verdict; 2 for input that cannot be read, with one line on standard error naming the
//! field and what was expected. See the README and `docs/cli.md` for the contract.

use std::io::Read;
use std::process::ExitCode;

use stv_check::case::parse_date;
use stv_check::{check, letter, Case, Catalogue};

const USAGE: &str = "usage: stv-check [--today YYYY-MM-DD] [FILE | -]\n       stv-check --extract [FILE | -]\n       \
    stv-check --batch FILE.csv [--today YYYY-MM-DD] [--host H] [--sector S] [--activity A] [--role R]\n       \
    stv-check import-orgs FILE.csv [--data DIR] [--dry-run] [--complete]\n\
    Reads one case as JSON (from FILE, or standard input when FILE is - or absent) and prints the result as JSON.\n\
    With --extract, reads an invitation letter as text and prints the details found in it as JSON.\n\
    With --batch, checks one invitee a row and writes the results as CSV (host, sector, activity and role apply\n\
    to every row that does not give its own).\n\
    import-orgs merges an official list of host organisations into data/ (see data/README.md).";

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
    if args.first().map(String::as_str) == Some("import-orgs") {
        // Reading and writing data/ is native only; the wasm build of this command exists only because
        // `cargo test --target wasm32-unknown-unknown` builds every target.
        #[cfg(not(target_arch = "wasm32"))]
        return import_orgs(&args[1..]);
        #[cfg(target_arch = "wasm32")]
        return Err("import-orgs: available in the native command only".into());
    }
    let mut today = None;
    let mut extract = false;
    let mut batch = false;
    let mut shared = stv_check::batch::Shared::default();
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
            "--batch" => batch = true,
            "--host" | "--sector" | "--activity" | "--role" => {
                let value = args.next().ok_or_else(|| format!("{arg}: expected a value"))?;
                let slot = match arg.as_str() {
                    "--host" => &mut shared.host,
                    "--sector" => &mut shared.sector,
                    "--activity" => &mut shared.activity,
                    _ => &mut shared.role,
                };
                *slot = Some(value);
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
    if batch {
        if let Some(s) = &shared.sector {
            stv_check::case::check_sector(s, catalogue).map_err(|e| format!("--{e}"))?;
        }
        let today = today.unwrap_or_else(stv_check::today::hong_kong_today);
        let checked = stv_check::batch::run(&text, &shared, catalogue, today).map_err(|e| format!("batch: {e}"))?;
        eprintln!("{}", checked.summary());
        return Ok(checked.results_csv().trim_end().to_string());
    }
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

#[cfg(not(target_arch = "wasm32"))]
/// `stv-check import-orgs FILE.csv [--data DIR] [--dry-run] [--complete]`: merges an official list into data/,
/// after checking it and the data it would make; reports what it adds, changes and removes.
fn import_orgs(args: &[String]) -> Result<String, String> {
    use std::path::PathBuf;
    use stv_check::catalogue::{files, import, validate};

    let mut file = None;
    let mut data_dir = PathBuf::from("data");
    let (mut dry_run, mut complete) = (false, false);
    let mut args = args.iter();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--data" => data_dir = PathBuf::from(args.next().ok_or("--data: expected a folder")?),
            "--dry-run" => dry_run = true,
            "--complete" => complete = true,
            a if a.starts_with("--") => return Err(format!("{a}: unknown option\n{USAGE}")),
            a if file.is_none() => file = Some(a.to_string()),
            a => return Err(format!("{a}: only one list may be given")),
        }
    }
    let file = file.ok_or("import-orgs: expected the list's file, a CSV")?;
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{file}: cannot be read ({e})"))?;
    let data = files::read(&data_dir).map_err(|errors| list_of(&format!("{}: the data cannot be read", data_dir.display()), errors))?;
    let catalogue = Catalogue::new(data.clone());
    let known = |s: &str| catalogue.source(s).is_some();
    let list = import::read_list(&text, &catalogue, &known).map_err(|errors| list_of(&format!("{file}: the list is refused"), errors))?;
    let report = import::merge(&data.organisations, list);
    let merged = stv_check::catalogue::CatalogueData { organisations: report.organisations.clone(), ..data };
    let problems = validate::check(&merged);
    if !problems.is_empty() {
        return Err(list_of(&format!("{file}: the merged data would not be sound"), problems));
    }

    let mut out = Vec::new();
    for name in &report.added {
        out.push(format!("added: {name}"));
    }
    for (name, changes) in &report.changed {
        out.push(format!("changed: {name}: {}", changes.join("; ")));
    }
    for name in &report.removed {
        out.push(format!("removed: {name}"));
    }
    out.push(format!(
        "{} added, {} changed, {} removed, in the sector(s) {}",
        report.added.len(),
        report.changed.len(),
        report.removed.len(),
        report.sectors.join(", ")
    ));
    if dry_run {
        out.push("dry run: nothing was written".into());
        return Ok(out.join("\n"));
    }
    let write = |name: &str, text: String| {
        let path = data_dir.join(name);
        std::fs::write(&path, text).map_err(|e| format!("{}: cannot be written ({e})", path.display()))
    };
    write("organisations.csv", files::organisations_csv(&report.organisations))?;
    out.push(format!("wrote {}", data_dir.join("organisations.csv").display()));
    if complete {
        let path = data_dir.join("sectors.toml");
        let toml = std::fs::read_to_string(&path).map_err(|e| format!("{}: cannot be read ({e})", path.display()))?;
        let marked = files::mark_complete(&toml, &report.sectors).map_err(|missing| format!("sectors.toml: no sector {}", missing.join(", ")))?;
        write("sectors.toml", marked)?;
        out.push(format!("marked the list complete for: {}", report.sectors.join(", ")));
    }
    out.push("Set data_as_of in data/scheme.toml to the date of the list, and build to check the data.".into());
    Ok(out.join("\n"))
}

/// Several problems as one message: a heading line, then one line each.
#[cfg(not(target_arch = "wasm32"))]
fn list_of<E: std::fmt::Display>(heading: &str, errors: Vec<E>) -> String {
    let mut lines = vec![format!("{heading} ({} problem(s)):", errors.len())];
    lines.extend(errors.iter().map(|e| format!("  {e}")));
    lines.join("\n")
}
