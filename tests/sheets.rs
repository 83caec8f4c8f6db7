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

/// The first sheet's invitees as an organiser's Excel file holds them: a title, the header, real date cells, a
/// departure kept as a bare serial number, ranges as text, a totals row with a formula, and a second sheet.
#[cfg(feature = "xlsx")]
fn workbook() -> Vec<u8> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let sheet = book.add_worksheet().set_name("Delegation").unwrap();
    sheet.write_string(0, 0, "Winter Festival 2026: invited artists").unwrap();
    for (j, h) in ["Full name", "Passport country", "Date of arrival", "Date of departure", "Event dates", "Capacity", "E-mail"].iter().enumerate() {
        sheet.write_string(2, j as u16, *h).unwrap();
    }
    // Amelia Hart, Kenji Sato, Chidi Okafor, Marie Dubois: the rows of 01-arts-festival-day-first.csv.
    let rows: [(&str, &str, f64, f64, &str, &str); 4] = [
        ("Amelia Hart", "United Kingdom", 46380.0, 46392.0, "26/12/2026 - 30/12/2026", "guest violinist"),
        ("Kenji Sato", "Japan", 46380.0, 46389.0, "26/12/2026; 28/12/2026; 30/12/2026", "accompanist"),
        ("Chidi Okafor", "Nigeria", 46379.0, 46387.0, "26/12/2026 - 29/12/2026", "percussionist"),
        ("Marie Dubois", "France", 46380.0, 46397.0, "25/12/2026 - 08/01/2027", "cellist"),
    ];
    for (i, (name, country, arrival, departure, days, role)) in rows.iter().enumerate() {
        let r = 3 + i as u32;
        sheet.write_string(r, 0, *name).unwrap();
        sheet.write_string(r, 1, *country).unwrap();
        sheet.write_number_with_format(r, 2, *arrival, &date).unwrap();
        sheet.write_number(r, 3, *departure).unwrap();
        sheet.write_string(r, 4, *days).unwrap();
        sheet.write_string(r, 5, *role).unwrap();
        sheet.write_string(r, 6, format!("{}@example.org", name.split(' ').next().unwrap().to_lowercase())).unwrap();
    }
    sheet.write_string(8, 0, "Total").unwrap();
    sheet.write_formula(8, 5, "=COUNTA(A4:A7)").unwrap();
    let notes = book.add_worksheet().set_name("Notes").unwrap();
    notes.write_string(0, 0, "Hotel: Harbour Plaza").unwrap();
    book.save_to_buffer().unwrap()
}

/// The two readers of an Excel file: calamine's, which the command uses, and the page's own (src/batch/workbook.rs).
#[cfg(feature = "xlsx")]
type Reader = fn(&[u8], &str, Option<&str>) -> Result<stv_check::batch::workbook::Sheet, stv_check::batch::BatchError>;

#[cfg(feature = "xlsx")]
const READERS: [(&str, Reader); 2] = [("calamine", stv_check::batch::xlsx::read), ("the page's reader", stv_check::batch::workbook::read)];

#[cfg(feature = "xlsx")]
#[test]
fn an_excel_file_comes_to_the_verdicts_of_its_canonical_form() {
    for (reader, read) in READERS {
        eprintln!("{reader}");
        an_excel_file_read_by(read);
    }
}

#[cfg(feature = "xlsx")]
fn an_excel_file_read_by(read: Reader) {
    use stv_check::batch::{check_records, Options};
    let sheet = read(&workbook(), "delegation.xlsx", None).unwrap();
    assert_eq!((sheet.name.as_str(), sheet.sheets.clone()), ("Delegation", vec!["Delegation".to_string(), "Notes".to_string()]));
    assert_eq!(sheet.records[2].fields[2], "2026-12-24", "a date cell is a date");
    let b = check_records(sheet.records, &Options::default(), &shared(), Catalogue::bundled(), today()).unwrap();
    let canonical = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sheets/01-arts-festival-day-first.canonical.csv")).unwrap();
    assert_eq!(verdicts(&b), verdicts(&check(&canonical).unwrap()));
    assert_eq!(b.rows[0].line, 4, "rows are numbered as the spreadsheet numbers them");
    assert_eq!(b.notes.iter().map(|n| n.line).collect::<Vec<_>>(), vec![1, 9], "the title and the totals row are named");
    assert_eq!(b.headers.len(), 7);
    // The same sheet through the page's text box: the same verdicts, the same row numbers.
    let sheet = read(&workbook(), "delegation.xlsx", None).unwrap();
    let again = check(&stv_check::batch::to_text(&sheet.records)).unwrap();
    assert_eq!((verdicts(&again), again.rows[0].line), (verdicts(&b), 4));
    // The other sheet, by name.
    assert_eq!(read(&workbook(), "delegation.xlsx", Some("notes")).unwrap().records[0].fields[0], "Hotel: Harbour Plaza");
    let e = read(&workbook(), "delegation.xlsx", Some("Sheet9")).unwrap_err().to_string();
    assert!(e.contains("no sheet \"Sheet9\"") && e.contains("Delegation, Notes"), "{e}");
}

#[cfg(feature = "xlsx")]
#[test]
fn a_damaged_or_protected_file_is_refused_with_a_message_that_says_so() {
    for (reader, read) in READERS {
        eprintln!("{reader}");
        refused_by(read);
    }
}

#[cfg(feature = "xlsx")]
fn refused_by(read: Reader) {
    let mut damaged = workbook();
    damaged.truncate(damaged.len() / 2);
    let e = read(&damaged, "delegation.xlsx", None).unwrap_err().to_string();
    assert!(e.starts_with("delegation.xlsx cannot be read as a spreadsheet"), "{e}");
    let e = read(b"name,nationality\n", "list.xlsx", None).unwrap_err().to_string();
    assert!(e.contains("cannot be read as a spreadsheet"), "{e}");
    // An encrypted workbook is an OLE compound file with an EncryptedPackage stream.
    let mut protected = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    protected.extend(vec![0; 504]);
    protected.extend("EncryptedPackage".encode_utf16().flat_map(|u| u.to_le_bytes()));
    let e = read(&protected, "delegation.xlsx", None).unwrap_err().to_string();
    assert!(e.contains("protected by a password"), "{e}");
}

/// The command: an .xlsx opened directly, a column named with --column, and what it cannot read said on standard
/// error with the option that would fix it.
#[cfg(feature = "xlsx")]
#[test]
fn the_command_reads_an_excel_file_and_says_what_it_did_not_read() {
    let dir = std::env::temp_dir().join(format!("stv-check-sheets-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("delegation.xlsx");
    std::fs::write(&file, workbook()).unwrap();
    let run = |extra: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_stv-check"))
            .args(["--batch", file.to_str().unwrap(), "--today", "2026-11-01", "--host", "Hong Kong Academy for Performing Arts", "--activity", "concerts"])
            .args(extra)
            .output()
            .unwrap();
        (out.status.code(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
    };
    let (status, csv, err) = run(&[]);
    assert_eq!(status, Some(0), "{err}");
    assert!(csv.starts_with("Full name,Passport country,Date of arrival,Date of departure,Event dates,Capacity,E-mail,row,verdict,findings,to_fit\n"), "{csv}");
    assert!(err.contains("row 9 looks like a totals row") && err.contains("--column FIELD=\"E-mail\""), "{err}");
    assert!(err.contains("2 eligible, 1 eligible with conditions, 1 not eligible"), "{err}");
    // Event dates read as nothing: the command names the field and the option, and checks the rest.
    let (status, _, err) = run(&["--column", "none=Event dates"]);
    assert_eq!(status, Some(0));
    assert!(err.contains("no column is read as activity_days; if one holds it: --column activity_days=HEADER"), "{err}");
    let (status, _, err) = run(&["--sheet", "Sheet9"]);
    assert_eq!(status, Some(2));
    assert!(err.contains("no sheet \"Sheet9\""), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

/// Workbooks as spreadsheet programs write them, read by both readers: the same sheets, the same records.
#[cfg(feature = "xlsx")]
#[test]
fn the_pages_reader_reads_what_calamine_reads() {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let s = book.add_worksheet().set_name("名單 Invitees").unwrap();
    let formats = ["yyyy-mm-dd", "d mmm yyyy", "[$-409]mmmm d, yyyy", "yyyy\"年\"m\"月\"d\"日\"", "dd.mm.yy", "0.00", "#,##0", "@"];
    for (j, code) in formats.iter().enumerate() {
        let f = Format::new().set_num_format(*code);
        s.write_string(0, j as u16, format!("format {code}")).unwrap();
        s.write_number_with_format(2, j as u16, 46380.0 + j as f64, &f).unwrap();
        s.write_number_with_format(3, j as u16, 1234.5, &f).unwrap();
    }
    s.write_string(5, 2, "陳大文 & <Anna> \"Kowalska\"").unwrap();
    s.write_boolean(5, 3, true).unwrap();
    s.write_number(5, 4, -42.0).unwrap();
    s.write_number(5, 5, 0.125).unwrap();
    s.write_formula(5, 6, "=1+1").unwrap();
    s.write_string(9, 30, "far right, row 10").unwrap();
    let second = book.add_worksheet().set_name("Second & more").unwrap();
    second.write_string(0, 0, "only here").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    for sheet in [None, Some("second & MORE")] {
        let a = stv_check::batch::xlsx::read(&bytes, "book.xlsx", sheet).unwrap();
        let b = stv_check::batch::workbook::read(&bytes, "book.xlsx", sheet).unwrap();
        assert_eq!(a, b, "sheet {sheet:?}");
    }
}

/// The same delegation as an OpenDocument spreadsheet, written by spreadsheet-ods as LibreOffice would write it:
/// the title, the header, date cells, a number, ranges as text, a totals row, a second sheet; plus what .ods files
/// hold that .xlsx files do not (repeated cells and rows, several paragraphs in a cell, a comment on a cell).
#[cfg(feature = "xlsx")]
fn opendocument() -> Vec<u8> {
    use spreadsheet_ods::{Sheet, Value, WorkBook};
    let mut book = WorkBook::new_empty();
    let mut sheet = Sheet::new("Delegation");
    sheet.set_value(0, 0, "Winter Festival 2026: invited artists");
    for (j, h) in ["Full name", "Passport country", "Date of arrival", "Date of departure", "Event dates", "Capacity", "E-mail"].iter().enumerate() {
        sheet.set_value(2, j as u32, *h);
    }
    let rows = [
        ("Amelia Hart", "United Kingdom", (2026, 12, 24), 46392.0, "26/12/2026 - 30/12/2026", "guest violinist"),
        ("Kenji Sato", "Japan", (2026, 12, 24), 46389.0, "26/12/2026; 28/12/2026; 30/12/2026", "accompanist"),
        ("Chidi Okafor", "Nigeria", (2026, 12, 23), 46387.0, "26/12/2026 - 29/12/2026", "percussionist"),
        ("Marie Dubois", "France", (2026, 12, 24), 46397.0, "25/12/2026 - 08/01/2027", "cellist"),
    ];
    for (i, (name, country, (y, m, d), departure, days, role)) in rows.iter().enumerate() {
        let r = 3 + i as u32;
        sheet.set_value(r, 0, *name);
        sheet.set_value(r, 1, *country);
        sheet.set_value(r, 2, chrono::NaiveDate::from_ymd_opt(*y, *m, *d).unwrap());
        sheet.set_value(r, 3, *departure);
        sheet.set_value(r, 4, *days);
        sheet.set_value(r, 5, *role);
        sheet.set_value(r, 6, format!("{}@example.org", name.split(' ').next().unwrap().to_lowercase()));
    }
    sheet.set_value(8, 0, "Total");
    sheet.set_formula(8, 5, "of:=COUNTA([.A4:.A7])");
    sheet.set_value(8, 5, 4.0);
    book.push_sheet(sheet);
    let mut notes = Sheet::new("Notes");
    notes.set_value(0, 0, "Hotel: Harbour Plaza");
    notes.set_value(1, 0, Value::Text("Two lines\nin one cell".into()));
    notes.set_value(1, 1, true);
    notes.set_value(1, 2, 0.125);
    notes.set_value(1, 3, -42);
    // A cell spanning three columns (the two it covers are empty), and a row written once for two.
    notes.set_value(3, 0, "merged");
    notes.set_col_span(3, 0, 3);
    notes.set_value(3, 3, "after the merge");
    notes.set_value(4, 1, "twice");
    notes.set_row_repeat(4, 2);
    notes.set_value(7, 8, "far right, row 8");
    book.push_sheet(notes);
    spreadsheet_ods::write_ods_buf(&mut book, Vec::new()).unwrap()
}

/// An .ods is read by the page as by the command (calamine): the same sheets and records, and the delegation comes
/// to the verdicts of its canonical form.
#[cfg(feature = "xlsx")]
#[test]
fn an_opendocument_spreadsheet_is_read_by_the_page_as_by_calamine() {
    use stv_check::batch::{check_records, Options};
    let bytes = opendocument();
    for sheet in [None, Some("notes")] {
        let a = stv_check::batch::xlsx::read(&bytes, "delegation.ods", sheet).unwrap();
        let b = stv_check::batch::workbook::read(&bytes, "delegation.ods", sheet).unwrap();
        assert_eq!(a, b, "sheet {sheet:?}");
    }
    let sheet = stv_check::batch::workbook::read(&bytes, "delegation.ods", None).unwrap();
    assert_eq!(sheet.records[2].fields[2], "2026-12-24", "a date cell is a date");
    let b = check_records(sheet.records, &Options::default(), &shared(), Catalogue::bundled(), today()).unwrap();
    let canonical = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sheets/01-arts-festival-day-first.canonical.csv")).unwrap();
    assert_eq!(verdicts(&b), verdicts(&check(&canonical).unwrap()));
    assert_eq!((b.rows[0].line, b.notes.iter().map(|n| n.line).collect::<Vec<_>>()), (4, vec![1, 9]));
    let e = stv_check::batch::workbook::read(&bytes, "delegation.ods", Some("Sheet9")).unwrap_err().to_string();
    assert!(e.contains("no sheet \"Sheet9\"") && e.contains("Delegation, Notes"), "{e}");
}

/// A password-protected .ods says in its manifest how its parts are encrypted: refused as protected, by both
/// readers.
#[cfg(feature = "xlsx")]
#[test]
fn a_password_protected_opendocument_spreadsheet_is_refused_as_such() {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet").unwrap();
    zip.start_file("content.xml", stored).unwrap();
    zip.write_all(&[0x8f, 0x12, 0xa7, 0x33, 0x01, 0xfe]).unwrap();
    zip.start_file("META-INF/manifest.xml", stored).unwrap();
    zip.write_all(br#"<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>"#).unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    let e = stv_check::batch::workbook::read(&bytes, "delegation.ods", None).unwrap_err().to_string();
    assert!(e.contains("protected by a password"), "{e}");
    assert!(stv_check::batch::xlsx::read(&bytes, "delegation.ods", None).is_err());
}

/// The end-to-end test opens tests/sheets/delegation.xlsx and delegation.ods in the page: they hold the workbooks
/// above (written by rust_xlsxwriter and spreadsheet-ods; `STV_WRITE_FIXTURES=1 cargo test --test sheets` writes them
/// again after a change).
#[cfg(feature = "xlsx")]
#[test]
fn the_workbooks_the_page_is_tested_with_are_these() {
    for (file, written) in [("delegation.xlsx", workbook as fn() -> Vec<u8>), ("delegation.ods", opendocument)] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sheets").join(file);
        if std::env::var_os("STV_WRITE_FIXTURES").is_some() {
            std::fs::write(&path, written()).unwrap();
        }
        let kept = std::fs::read(&path).unwrap();
        for sheet in [None, Some("Notes")] {
            let a = stv_check::batch::workbook::read(&kept, file, sheet).unwrap();
            let b = stv_check::batch::workbook::read(&written(), file, sheet).unwrap();
            assert_eq!(a, b, "{file}, sheet {sheet:?}");
        }
    }
}
