//! Excel (.xlsx, .xlsm, .xls, .xlsb) and OpenDocument (.ods) files, read with calamine into the same records as
//! pasted text: the first sheet by default, or the one named. Dates stored as dates (or as serial numbers) become
//! ISO dates; a formula gives its last computed value. A password-protected or damaged file is refused with a
//! message that says so.
//!
//! Behind the `xlsx` feature: the command has it; the page's first load does not (it is at its size budget), and a
//! part loaded later can call [`read`] and put [`super::to_text`] of the records in the text box.

use std::io::Cursor;

use calamine::{open_workbook_auto_from_rs, Data, Reader};

use super::BatchError;
use crate::csv::Record;
use crate::text;

pub use super::workbook::Sheet;

/// The start of an OLE compound file: an old .xls, or an .xlsx that a password has encrypted.
const COMPOUND: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Reads the sheet named `sheet` (the first when `None`) of the workbook in `bytes`; `file` names it in messages.
pub fn read(bytes: &[u8], file: &str, sheet: Option<&str>) -> Result<Sheet, BatchError> {
    if bytes.starts_with(&COMPOUND) && encrypted(bytes) {
        return Err(BatchError(text!(BatchSheetProtected, file = file)));
    }
    let unreadable = |problem: String| BatchError(text!(BatchSheetUnreadable, file = file, problem = problem));
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).map_err(|e| unreadable(e.to_string()))?;
    let sheets = book.sheet_names();
    let name = match sheet {
        None => sheets.first().cloned().ok_or_else(|| unreadable("no sheet".into()))?,
        Some(s) => sheets.iter().find(|n| n.trim().eq_ignore_ascii_case(s.trim())).cloned().ok_or_else(|| {
            BatchError(text!(BatchSheetMissing, file = file, sheet = s, sheets = sheets.join(", ")))
        })?,
    };
    let range = book.worksheet_range(&name).map_err(|e| unreadable(e.to_string()))?;
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    let records = range
        .rows()
        .enumerate()
        .map(|(i, cells)| {
            // Columns left of the range's first are empty in the sheet: kept, so that a column's place is the sheet's.
            let mut fields = vec![String::new(); first_col as usize];
            fields.extend(cells.iter().map(value));
            Record { line: first_row as usize + i + 1, fields }
        })
        .filter(|r| r.fields.iter().any(|f| !f.trim().is_empty()))
        .collect();
    Ok(Sheet { name, sheets, records })
}

/// An encrypted package names its stream "EncryptedPackage" (in UTF-16) in the compound file's directory.
fn encrypted(bytes: &[u8]) -> bool {
    let name: Vec<u8> = "EncryptedPackage".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    bytes.windows(name.len()).any(|w| w == name.as_slice())
}

/// A cell as text: a date as an ISO date, a whole number without a decimal point, an error as Excel shows it.
fn value(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(d) if d.is_datetime() => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{day:02}")
        }
        Data::DateTime(d) => d.as_f64().to_string(),
        // OpenDocument dates: "2026-12-25" or "2026-12-25T00:00:00".
        Data::DateTimeIso(s) => s.split('T').next().unwrap_or(s).to_string(),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
    }
}
