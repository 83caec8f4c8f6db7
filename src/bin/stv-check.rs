//! The `stv-check` command: one case in (JSON, from a file or standard input), one result out (JSON).
//!
//! Exit status 0 whatever the verdict; 2 for input that cannot be read, with one line on standard error naming the
//! field and what was expected. See the README and `docs/cli.md` for the contract.

use std::io::Read;
use std::process::ExitCode;

use stv_check::case::parse_date;
use stv_check::{check, letter, Case, Catalogue};

const USAGE: &str = "usage: stv-check [--today YYYY-MM-DD] [FILE | -]\n       stv-check --extract [FILE | -]\n       \
    stv-check --batch FILE.csv|FILE.tsv|FILE.xlsx [--sheet NAME] [--column FIELD=HEADER]... [--dates dmy|mdy|ymd]\n                 \
    [--today YYYY-MM-DD] [--host H] [--sector S] [--activity A] [--role R]\n       \
    stv-check import-orgs FILE.csv [--data DIR] [--dry-run] [--complete]\n\
    Reads one case as JSON (from FILE, or standard input when FILE is - or absent) and prints the result as JSON.\n\
    With --extract, reads an invitation letter (text in UTF-8, UTF-16, Big5 or GB18030, a PDF with a text layer, or\n\
    a saved e-mail, .eml) and prints the details found in it as JSON.\n\
    With --batch, checks one invitee a row and writes the results as CSV: every column of the input, then the\n\
    row, its verdict and its findings (host, sector, activity and role apply to every row that does not give its\n\
    own). --column names the column that holds a field (fields: name, nationality, residence, arrival, departure,\n\
    activity_days, role, permitted_stay_days, host, sector, activity; none for a column to leave unread);\n\
    --dates says how dates that could be read two ways are written; --sheet picks a workbook's sheet.\n\
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
    let mut options = stv_check::batch::Options::default();
    let mut sheet: Option<String> = None;
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
            "--column" => {
                let value = args.next().ok_or("--column: expected FIELD=HEADER, e.g. --column arrival=\"Date of arrival\"")?;
                let (field, header) = value.split_once('=').ok_or_else(|| format!("--column {value}: expected FIELD=HEADER"))?;
                let column = match field.trim() {
                    "none" => None,
                    f => Some(stv_check::batch::Column::parse(f).ok_or_else(|| {
                        let fields: Vec<&str> = stv_check::batch::Column::ALL.iter().map(|c| c.header()).collect();
                        format!("--column {value}: \"{f}\" is not a field; expected one of {}, or none", fields.join(", "))
                    })?),
                };
                options.set(header, column);
            }
            "--dates" => {
                let value = args.next().ok_or("--dates: expected dmy, mdy or ymd")?;
                options.dates = Some(stv_check::dates::cell::Order::parse(&value).ok_or_else(|| format!("--dates {value}: expected dmy, mdy or ymd"))?);
            }
            "--sheet" => sheet = Some(args.next().ok_or("--sheet: expected a sheet's name")?),
            a if a.starts_with("--") => return Err(format!("{a}: unknown option\n{USAGE}")),
            a => {
                if input.replace(a.to_string()).is_some() {
                    return Err(format!("{a}: only one input file may be given"));
                }
            }
        }
    }
    let catalogue = Catalogue::bundled();
    if batch {
        if let Some(s) = &shared.sector {
            stv_check::case::check_sector(s, catalogue).map_err(|e| format!("--{e}"))?;
        }
        let today = today.unwrap_or_else(stv_check::today::hong_kong_today);
        let records = batch_records(input.as_deref(), sheet.as_deref())?;
        let checked = stv_check::batch::check_records(records, &options, &shared, catalogue, today).map_err(|e| format!("batch: {e}"))?;
        for line in batch_report(&checked, &options) {
            eprintln!("stv-check: {line}");
        }
        eprintln!("{}", checked.summary());
        return Ok(checked.results_csv().trim_end().to_string());
    }
    if extract {
        let text = letter_file(input.as_deref())?;
        check_letter_size("input", &text)?;
        let extraction = letter::extract(&text, catalogue);
        return serde_json::to_string_pretty(&extraction).map_err(|e| format!("output: {e}"));
    }
    let text = read_input(input.as_deref())?;
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

fn read_input(input: Option<&str>) -> Result<String, String> {
    match input {
        None | Some("-") => {
            let mut t = String::new();
            std::io::stdin().read_to_string(&mut t).map_err(|e| format!("input: cannot read standard input ({e})"))?;
            Ok(t)
        }
        Some(path) => std::fs::read_to_string(path).map_err(|e| format!("{path}: cannot be read ({e})")),
    }
}

/// The letter's text from a file or standard input: a PDF, an e-mail or text, as the page opens them.
fn letter_file(input: Option<&str>) -> Result<String, String> {
    let (name, bytes) = match input {
        None | Some("-") => {
            let mut b = Vec::new();
            std::io::stdin().read_to_end(&mut b).map_err(|e| format!("input: cannot read standard input ({e})"))?;
            ("input".to_string(), b)
        }
        Some(path) => (path.to_string(), std::fs::read(path).map_err(|e| format!("{path}: cannot be read ({e})"))?),
    };
    use stv_check::files::FileProblem;
    stv_check::files::letter_text(&name, &bytes, stv_check::files::text::platform).map_err(|p| match p {
        FileProblem::TooLarge => format!("{name}: larger than {} MB; no letter is that long", stv_check::files::MAX_FILE_BYTES >> 20),
        FileProblem::NoText => format!("{name}: has no text to read (a scan or a photo?); give the letter's text instead"),
        FileProblem::Protected => format!("{name}: is protected by a password; save it without one, or give the letter's text"),
        FileProblem::Unreadable => format!("{name}: expected a letter as text (UTF-8, UTF-16, Big5, GB18030), PDF or e-mail (.eml); it is none of these, or is damaged"),
    })
}

/// The rows of a delegation's file: a workbook's sheet (.xlsx, .xlsm, .xls, .xlsb, .ods), or text (CSV, TSV, or
/// anything else, read as pasted text is).
fn batch_records(input: Option<&str>, sheet: Option<&str>) -> Result<Vec<stv_check::csv::Record>, String> {
    let workbook = input.and_then(|p| p.rsplit_once('.')).map(|(_, ext)| ext.to_ascii_lowercase()).filter(|e| ["xlsx", "xlsm", "xls", "xlsb", "ods"].contains(&e.as_str()));
    let Some(_ext) = workbook else {
        if sheet.is_some() {
            return Err("--sheet: only a workbook (.xlsx, .xls, .ods) has sheets".into());
        }
        return stv_check::batch::records(&read_input(input)?).map_err(|e| format!("batch: {e}"));
    };
    let path = input.unwrap_or_default();
    #[cfg(feature = "xlsx")]
    {
        let bytes = std::fs::read(path).map_err(|e| format!("{path}: cannot be read ({e})"))?;
        let name = std::path::Path::new(path).file_name().map_or(path.into(), |n| n.to_string_lossy().into_owned());
        let read = stv_check::batch::xlsx::read(&bytes, &name, sheet).map_err(|e| format!("batch: {e}"))?;
        if read.sheets.len() > 1 && sheet.is_none() {
            eprintln!("stv-check: {name}: reading the sheet \"{}\" (the first of {}); another with --sheet NAME", read.name, read.sheets.join(", "));
        }
        Ok(read.records)
    }
    #[cfg(not(feature = "xlsx"))]
    Err(format!("{path}: this build of stv-check reads no spreadsheet files (built without the xlsx feature); save the sheet as CSV"))
}

/// What standard error says about a delegation besides its summary: rows that are not invitees, columns not read,
/// fields without a column, dates read in an order nothing settled, each with the option that would change it.
fn batch_report(b: &stv_check::batch::Batch, options: &stv_check::batch::Options) -> Vec<String> {
    use stv_check::batch::OrderFrom;
    let mut out: Vec<String> = b.notes.iter().map(|n| n.message.en()).collect();
    let key = |h: &str| h.trim().to_lowercase();
    for (header, _) in &options.columns {
        if !b.headers.iter().any(|h| key(h) == key(header)) {
            out.push(format!("--column: no column is headed \"{header}\"; the headers are: {}", quoted(&b.headers)));
        }
    }
    for h in b.unread() {
        let said = stv_check::text!(BatchUnreadColumn, header = h).en();
        out.push(format!("{said}; if it holds one: --column FIELD=\"{h}\""));
    }
    for c in &b.missing {
        let said = stv_check::text!(BatchMissingColumn, field = c.label()).en();
        out.push(format!("{said}; if one holds it: --column {}=HEADER (the headers are: {})", c.header(), quoted(&b.headers)));
    }
    for d in b.dates.iter().filter(|d| d.from == OrderFrom::Assumed) {
        out.push(format!(
            "\"{}\": dates read {} as in Hong Kong, since none of them settles it; if they are written month first: --dates mdy",
            b.headers[d.index],
            stv_check::batch::order_label(d.order).in_(stv_check::i18n::Lang::En)
        ));
    }
    out
}

fn quoted(headers: &[String]) -> String {
    headers.iter().map(|h| format!("\"{h}\"")).collect::<Vec<_>>().join(", ")
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
