//! A workbook read without calamine, for the page: Excel's .xlsx and .xlsm, and OpenDocument's .ods (LibreOffice,
//! Google Sheets, Numbers). The page's second part carries this reader, the command carries calamine
//! ([`super::xlsx`], which also reads .xls and .xlsb). The page cannot carry calamine (it measured more than the
//! page's whole second part); reading the cells of either format needs only its zip container (over
//! `miniz_oxide`, which the PDF reader already brings) and a few of its XML parts. The tests read every workbook
//! both ways and expect the same records (tests/sheets.rs).
//!
//! What is read from an .xlsx: the first sheet (or the one named); each cell's value, the last computed value of a
//! formula; numbers styled as dates (built-in date formats and custom ones with a day, month or year) as ISO dates,
//! in the 1900 and the 1904 date systems. From an .ods, see [`opendocument`]. A password-protected workbook (an
//! encrypted package, or an .ods whose manifest lists its encryption) or a broken one is refused with a message that
//! says so.

use chrono::{Duration, NaiveDate};

use super::BatchError;
use crate::csv::Record;
use crate::text;

/// One sheet of a workbook, read.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The sheet read.
    pub name: String,
    /// Every sheet of the workbook, in order, for a choice of sheet.
    pub sheets: Vec<String>,
    /// Its rows, each with its row number as the spreadsheet shows it (blank rows left out).
    pub records: Vec<Record>,
}

/// The start of an OLE compound file: an old .xls, or an .xlsx that a password has encrypted.
const COMPOUND: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// No part of an organiser's sheet inflates to more than this.
const MAX_PART: usize = 64 << 20;

/// Reads the sheet named `sheet` (the first when `None`) of the workbook in `bytes`; `file` names it in messages.
pub fn read(bytes: &[u8], file: &str, sheet: Option<&str>) -> Result<Sheet, BatchError> {
    let unreadable = |problem: &str| BatchError(text!(BatchSheetUnreadable, file = file, problem = problem));
    if bytes.starts_with(&COMPOUND) {
        let name: Vec<u8> = "EncryptedPackage".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        if bytes.windows(name.len()).any(|w| w == name.as_slice()) {
            return Err(BatchError(text!(BatchSheetProtected, file = file)));
        }
        return Err(unreadable("an old Excel file (.xls): save it as .xlsx or CSV"));
    }
    let zip = Zip::open(bytes).ok_or_else(|| unreadable("not an .xlsx or .ods workbook (no zip directory)"))?;
    let part = |name: &str| zip.file(name).map(|b| String::from_utf8_lossy(&b).into_owned());
    if zip.has("content.xml") && !zip.has("xl/workbook.xml") {
        return opendocument(&zip, file, sheet);
    }
    let workbook = part("xl/workbook.xml").ok_or_else(|| unreadable("no xl/workbook.xml"))?;
    let rels = part("xl/_rels/workbook.xml.rels").unwrap_or_default();
    let mut sheets: Vec<(String, String)> = Vec::new();
    let mut date1904 = false;
    // The relationships, read once: (id, target).
    let targets: Vec<(String, String)> = Tags::new(&rels)
        .filter(|r| r.name == "Relationship")
        .filter_map(|r| Some((r.attr("Id")?, r.attr("Target")?)))
        .collect();
    for tag in Tags::new(&workbook) {
        match tag.name {
            "sheet" => {
                let id = tag.attr("r:id").unwrap_or_default();
                let target = targets.iter().find(|t| t.0 == id).map(|t| t.1.clone());
                let path = match target {
                    Some(t) if t.starts_with('/') => t[1..].to_string(),
                    Some(t) => format!("xl/{t}"),
                    None => format!("xl/worksheets/sheet{}.xml", sheets.len() + 1),
                };
                sheets.push((tag.attr("name").unwrap_or_default(), path));
            }
            "workbookPr" => date1904 = matches!(tag.attr("date1904").as_deref(), Some("1" | "true")),
            _ => {}
        }
    }
    let names: Vec<String> = sheets.iter().map(|s| s.0.clone()).collect();
    let (name, path) = match sheet {
        None => sheets.first().cloned().ok_or_else(|| unreadable("no sheet"))?,
        Some(s) => sheets.iter().find(|n| n.0.trim().eq_ignore_ascii_case(s.trim())).cloned().ok_or_else(|| {
            BatchError(text!(BatchSheetMissing, file = file, sheet = s, sheets = names.join(", ")))
        })?,
    };
    let strings = part("xl/sharedStrings.xml").map(|x| shared_strings(&x)).unwrap_or_default();
    let dates = part("xl/styles.xml").map(|x| date_styles(&x)).unwrap_or_default();
    let xml = part(&path).ok_or_else(|| unreadable(&format!("no {path}")))?;
    let records = cells(&xml, &strings, &dates, date1904);
    // A sheet's cells, all told, as wide as its widest row: an organiser's list is far smaller.
    let width = records.iter().map(|r| r.fields.len()).max().unwrap_or(0);
    if records.len().saturating_mul(width) > MAX_CELLS {
        return Err(unreadable("too many cells: more than a delegation's list"));
    }
    Ok(Sheet { name, sheets: names, records })
}

/// The files of a zip archive, found through its central directory.
struct Zip<'a> {
    bytes: &'a [u8],
    /// (name, method, compressed size, offset of the local header, encrypted).
    entries: Vec<(String, u16, usize, usize, bool)>,
}

fn u16_at(b: &[u8], i: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(i..i + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], i: usize) -> Option<usize> {
    Some(u32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?) as usize)
}

impl<'a> Zip<'a> {
    fn open(bytes: &'a [u8]) -> Option<Zip<'a>> {
        // The end record is in the last 64 KB (after it, at most a comment).
        let from = bytes.len().saturating_sub(22 + 65_535);
        let end = (from..bytes.len().saturating_sub(21)).rev().find(|&i| bytes[i..].starts_with(b"PK\x05\x06"))?;
        let count = usize::from(u16_at(bytes, end + 10)?);
        let mut at = u32_at(bytes, end + 16)?;
        let mut entries = Vec::new();
        for _ in 0..count {
            if !bytes.get(at..)?.starts_with(b"PK\x01\x02") {
                return None;
            }
            let flags = u16_at(bytes, at + 8)?;
            let method = u16_at(bytes, at + 10)?;
            let size = u32_at(bytes, at + 20)?;
            let name_len = usize::from(u16_at(bytes, at + 28)?);
            let extra = usize::from(u16_at(bytes, at + 30)?) + usize::from(u16_at(bytes, at + 32)?);
            let offset = u32_at(bytes, at + 42)?;
            let name = String::from_utf8_lossy(bytes.get(at + 46..at + 46 + name_len)?).into_owned();
            entries.push((name, method, size, offset, flags & 1 == 1));
            at += 46 + name_len + extra;
        }
        Some(Zip { bytes, entries })
    }

    fn has(&self, name: &str) -> bool {
        self.entries.iter().any(|e| e.0.eq_ignore_ascii_case(name))
    }

    /// A file's bytes: stored or deflated; `None` if missing, encrypted or broken.
    fn file(&self, name: &str) -> Option<Vec<u8>> {
        let &(_, method, size, offset, encrypted) = self.entries.iter().find(|e| e.0.eq_ignore_ascii_case(name))?;
        if encrypted || !self.bytes.get(offset..)?.starts_with(b"PK\x03\x04") {
            return None;
        }
        let start = offset + 30 + usize::from(u16_at(self.bytes, offset + 26)?) + usize::from(u16_at(self.bytes, offset + 28)?);
        let data = self.bytes.get(start..start.checked_add(size)?)?;
        match method {
            0 => Some(data.to_vec()),
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_PART).ok(),
            _ => None,
        }
    }
}

/// One XML tag: its local name, its attributes' text, whether it closes an element or is one with no content
/// (`<c r="A1"/>`), and the text after it up to the next tag.
struct Tag<'a> {
    name: &'a str,
    attrs: &'a str,
    closing: bool,
    empty: bool,
    text: &'a str,
}

impl Tag<'_> {
    fn attr(&self, key: &str) -> Option<String> {
        let mut rest = self.attrs;
        while let Some(eq) = rest.find('=') {
            let k = rest[..eq].trim();
            let after = rest[eq + 1..].trim_start();
            let quote = after.chars().next()?;
            let q = quote.len_utf8();
            let value_end = after[q..].find(quote)? + q;
            if k == key {
                return Some(unescape(&after[q..value_end]));
            }
            rest = &after[value_end + q..];
        }
        None
    }
}

/// The tags of an XML document in order (comments, declarations and CDATA are not in an .xlsx's parts that matter).
struct Tags<'a> {
    xml: &'a str,
    at: usize,
}

impl<'a> Tags<'a> {
    fn new(xml: &'a str) -> Self {
        Tags { xml, at: 0 }
    }
}

impl<'a> Iterator for Tags<'a> {
    type Item = Tag<'a>;
    fn next(&mut self) -> Option<Tag<'a>> {
        loop {
            let lt = self.at + self.xml.get(self.at..)?.find('<')?;
            let gt = lt + self.xml[lt..].find('>')?;
            let empty = self.xml[lt + 1..gt].ends_with('/');
            let inner = self.xml[lt + 1..gt].trim_end_matches('/');
            let text_end = self.xml[gt..].find('<').map_or(self.xml.len(), |i| gt + i);
            self.at = gt + 1;
            if inner.starts_with(['?', '!']) {
                continue;
            }
            let closing = inner.starts_with('/');
            let inner = inner.trim_start_matches('/');
            let name_end = inner.find(char::is_whitespace).unwrap_or(inner.len());
            // Namespaced names ("x:c") are read by their local name.
            let name = inner[..name_end].rsplit(':').next().unwrap_or("");
            return Some(Tag { name, attrs: &inner[name_end..], closing, empty, text: &self.xml[gt + 1..text_end] });
        }
    }
}

fn unescape(s: &str) -> String {
    crate::files::text::decode_entities(s)
}

/// The shared strings, in order: each `<si>`'s text, its runs joined, its phonetic guides (`<rPh>`) left out.
fn shared_strings(xml: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut phonetic = false;
    for tag in Tags::new(xml) {
        match (tag.name, tag.closing) {
            ("si", false) => out.push(String::new()),
            ("rPh", closing) => phonetic = !closing,
            ("t", false) if !phonetic => {
                if let Some(s) = out.last_mut() {
                    s.push_str(&unescape(tag.text));
                }
            }
            _ => {}
        }
    }
    out
}

/// For each cell style (`<xf>` of `<cellXfs>`, by index), whether its number format is a date.
fn date_styles(xml: &str) -> Vec<bool> {
    let mut custom: Vec<(String, bool)> = Vec::new();
    let mut styles = Vec::new();
    let mut in_xfs = false;
    for tag in Tags::new(xml) {
        match (tag.name, tag.closing) {
            ("numFmt", false) => {
                if let (Some(id), Some(code)) = (tag.attr("numFmtId"), tag.attr("formatCode")) {
                    custom.push((id, is_date_format(&code)));
                }
            }
            ("cellXfs", closing) => in_xfs = !closing,
            ("xf", false) if in_xfs => {
                let id = tag.attr("numFmtId").unwrap_or_default();
                let builtin = id.parse::<u32>().is_ok_and(|n| matches!(n, 14..=22 | 27..=36 | 45..=47 | 50..=58));
                styles.push(custom.iter().find(|c| c.0 == id).map_or(builtin, |c| c.1));
            }
            _ => {}
        }
    }
    styles
}

/// Whether a number format shows a date: a day, month or year outside quoted text, escapes and `[...]` (colours,
/// conditions and elapsed hours).
fn is_date_format(code: &str) -> bool {
    let mut quoted = false;
    let mut bracket = false;
    let mut escaped = false;
    for c in code.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            '[' if !quoted => bracket = true,
            ']' if !quoted => bracket = false,
            'd' | 'D' | 'm' | 'M' | 'y' | 'Y' if !quoted && !bracket => return true,
            _ => {}
        }
    }
    false
}

/// An OpenDocument spreadsheet (.ods, as LibreOffice, Google Sheets and Numbers write it): its tables are the
/// sheets, in `content.xml`. A cell's value is its typed value where it has one (`office:date-value`,
/// `office:value`, `office:boolean-value`), else its text; a cell or row repeated (`number-columns-repeated`,
/// `number-rows-repeated`) counts as many, and a cell merged into another is empty, as calamine reads them.
fn opendocument(zip: &Zip, file: &str, sheet: Option<&str>) -> Result<Sheet, BatchError> {
    let unreadable = |problem: &str| BatchError(text!(BatchSheetUnreadable, file = file, problem = problem));
    let part = |name: &str| zip.file(name).map(|b| String::from_utf8_lossy(&b).into_owned());
    // A password-protected document lists how each part is encrypted in its manifest.
    if part("META-INF/manifest.xml").is_some_and(|m| m.contains("encryption-data")) {
        return Err(BatchError(text!(BatchSheetProtected, file = file)));
    }
    let xml = part("content.xml").ok_or_else(|| unreadable("no content.xml"))?;
    let names: Vec<String> = Tags::new(&xml).filter(|t| t.name == "table" && !t.closing).filter_map(|t| t.attr("table:name")).collect();
    let name = match sheet {
        None => names.first().cloned().ok_or_else(|| unreadable("no sheet"))?,
        Some(s) => names.iter().find(|n| n.trim().eq_ignore_ascii_case(s.trim())).cloned().ok_or_else(|| {
            BatchError(text!(BatchSheetMissing, file = file, sheet = s, sheets = names.join(", ")))
        })?,
    };
    let records = table_rows(&xml, &name);
    let width = records.iter().map(|r| r.fields.len()).max().unwrap_or(0);
    if records.len().saturating_mul(width) > MAX_CELLS {
        return Err(unreadable("too many cells: more than a delegation's list"));
    }
    Ok(Sheet { name, sheets: names, records })
}

/// The rows of the table named `name` in an OpenDocument `content.xml`.
fn table_rows(xml: &str, name: &str) -> Vec<Record> {
    let mut records: Vec<Record> = Vec::new();
    let mut in_table = false;
    // The row being read: its number, its cells, how many times it repeats.
    let (mut line, mut row_repeat) = (0usize, 1usize);
    let (mut fields, mut empty): (Vec<String>, usize) = (Vec::new(), 0);
    // The cell being read: its value if typed, its text so far, how many columns it covers.
    let (mut typed, mut text, mut col_repeat) = (None::<String>, String::new(), 1usize);
    let (mut in_cell, mut in_paragraph, mut paragraphs) = (false, false, 0usize);
    // A comment on a cell holds paragraphs of its own, which are not the cell's value.
    let mut in_comment = false;
    let repeat = |tag: &Tag, attr: &str| tag.attr(attr).and_then(|n| n.parse::<usize>().ok()).unwrap_or(1).max(1);
    for tag in Tags::new(xml) {
        match (tag.name, tag.closing) {
            ("table", false) => in_table = tag.attr("table:name").as_deref() == Some(name),
            ("table", true) => in_table = false,
            _ if !in_table => {}
            ("table-row", false) => {
                (row_repeat, fields, empty) = (repeat(&tag, "table:number-rows-repeated"), Vec::new(), 0);
                if tag.empty {
                    line = line.saturating_add(row_repeat);
                }
            }
            ("table-row", true) => {
                let filled = fields.iter().any(|f| !f.trim().is_empty());
                // A row repeated a million times is the empty rest of the sheet; a filled one repeats as written.
                for _ in 0..if filled { row_repeat.min(MAX_CELLS) } else { 0 } {
                    line += 1;
                    records.push(Record { line, fields: fields.clone() });
                }
                if !filled {
                    line = line.saturating_add(row_repeat);
                }
            }
            ("table-cell" | "covered-table-cell", false) => {
                col_repeat = repeat(&tag, "table:number-columns-repeated");
                typed = match tag.attr("office:value-type").as_deref() {
                    Some("date") => tag.attr("office:date-value").map(|d| d.split('T').next().unwrap_or_default().to_string()),
                    Some("float" | "percentage" | "currency") => tag.attr("office:value").map(|v| match number(&v) {
                        Some(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", n as i64),
                        _ => v,
                    }),
                    Some("boolean") => tag.attr("office:boolean-value").map(|b| if b == "true" { "TRUE" } else { "FALSE" }.to_string()),
                    Some("time") => tag.attr("office:time-value"),
                    _ => None,
                };
                (text, paragraphs, in_cell) = (String::new(), 0, !tag.empty);
                if tag.empty {
                    cell(&mut fields, &mut empty, String::new(), col_repeat);
                }
            }
            ("table-cell" | "covered-table-cell", true) if in_cell => {
                cell(&mut fields, &mut empty, typed.take().unwrap_or_else(|| std::mem::take(&mut text)), col_repeat);
                in_cell = false;
            }
            ("annotation", closing) => in_comment = !closing && !tag.empty,
            ("p", false) if in_cell && !in_comment => {
                if paragraphs > 0 {
                    text.push('\n');
                }
                paragraphs += 1;
                in_paragraph = !tag.empty;
                text.push_str(&unescape(tag.text));
            }
            ("p", true) => in_paragraph = false,
            _ if in_paragraph => {
                match (tag.name, tag.closing) {
                    ("s", false) => text.extend(std::iter::repeat_n(' ', repeat(&tag, "text:c").min(MAX_COLUMNS))),
                    ("tab", false) => text.push('\t'),
                    ("line-break", false) => text.push('\n'),
                    _ => {}
                }
                text.push_str(&unescape(tag.text));
            }
            _ => {}
        }
    }
    // Every row as wide as the widest, as for an .xlsx (see [`cells`]).
    let width = records.iter().map(|r| r.fields.len()).max().unwrap_or(0);
    if records.len().saturating_mul(width) <= MAX_CELLS {
        for r in &mut records {
            r.fields.resize(width, String::new());
        }
    }
    records
}

/// A cell `times` over (a cell repeated across columns), nothing past Excel's last column. Empty cells are only
/// counted (`empty`) until a filled one comes after them: a row's trailing empty cells, often repeated to the
/// sheet's last column, are not kept.
fn cell(fields: &mut Vec<String>, empty: &mut usize, value: String, times: usize) {
    if value.is_empty() {
        *empty = empty.saturating_add(times);
        return;
    }
    let at = fields.len().saturating_add(*empty).min(MAX_COLUMNS);
    fields.resize(at, String::new());
    *empty = 0;
    for _ in 0..times.min(MAX_COLUMNS - at) {
        fields.push(value.clone());
    }
}

/// A sheet read on the page has at most this many cells (its rows times its widest row's width).
const MAX_CELLS: usize = 2_000_000;

/// Excel's widest sheet: columns A to XFD.
const MAX_COLUMNS: usize = 16_384;

/// The column of a cell reference ("C12" → 2), from its first four letters at most (past Excel's last column,
/// XFD, a cell is left out: see [`cells`]).
fn column(reference: &str) -> Option<usize> {
    let letters = reference.bytes().take_while(u8::is_ascii_alphabetic).take(4);
    let n = letters.fold(0usize, |n, b| n * 26 + usize::from(b.to_ascii_uppercase() - b'A') + 1);
    n.checked_sub(1)
}

/// A day count of Excel's as a date: from 30 December 1899 (in the 1900 system, whose day 60 is the 29 February
/// 1900 that never was, so days before it count from the 31st), or from 1 January 1904.
fn serial_date(serial: f64, date1904: bool) -> Option<NaiveDate> {
    let days = serial.floor() as i64;
    let (base, days) = if date1904 {
        (NaiveDate::from_ymd_opt(1904, 1, 1)?, days)
    } else if days < 60 {
        (NaiveDate::from_ymd_opt(1899, 12, 31)?, days)
    } else {
        (NaiveDate::from_ymd_opt(1899, 12, 30)?, days)
    };
    if !(0..=2_958_465).contains(&days) {
        return None;
    }
    base.checked_add_signed(Duration::days(days))
}

/// A number as the sheet's text: a whole number without a point, else as written.
fn number(text: &str) -> Option<f64> {
    let t = text.trim();
    let (mantissa, exponent) = t.split_once(['e', 'E']).map_or((t, 0), |(m, e)| (m, e.parse::<i32>().unwrap_or(0)));
    let negative = mantissa.starts_with('-');
    let (whole, fraction) = mantissa.trim_start_matches(['-', '+']).split_once('.').unwrap_or((mantissa.trim_start_matches(['-', '+']), ""));
    if whole.is_empty() && fraction.is_empty() || !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut v = whole.bytes().fold(0.0f64, |v, b| v * 10.0 + f64::from(b - b'0'));
    let mut scale = 1.0;
    for b in fraction.bytes() {
        scale /= 10.0;
        v += f64::from(b - b'0') * scale;
    }
    v *= 10f64.powi(exponent);
    Some(if negative { -v } else { v })
}

/// The sheet's rows as records: each row's cells at their columns, blank rows left out.
fn cells(xml: &str, strings: &[String], dates: &[bool], date1904: bool) -> Vec<Record> {
    let mut records: Vec<Record> = Vec::new();
    let (mut row, mut col) = (0usize, 0usize);
    let (mut kind, mut style) = (String::new(), 0usize);
    let mut value: Option<String> = None;
    let mut inline = String::new();
    let mut in_cell = false;
    for tag in Tags::new(xml) {
        match (tag.name, tag.closing) {
            ("row", false) => {
                row = tag.attr("r").and_then(|r| r.parse().ok()).unwrap_or_else(|| row.saturating_add(1));
                col = 0;
            }
            ("c", false) => {
                col = match tag.attr("r") {
                    Some(r) => column(&r).unwrap_or(MAX_COLUMNS),
                    None => col,
                };
                kind = tag.attr("t").unwrap_or_default();
                style = tag.attr("s").and_then(|s| s.parse().ok()).unwrap_or(0);
                (value, in_cell) = (None, !tag.empty);
                inline.clear();
                if tag.empty {
                    col += 1;
                }
            }
            ("v", false) if in_cell => value = Some(unescape(tag.text)),
            ("t", false) if in_cell && kind == "inlineStr" => inline.push_str(&unescape(tag.text)),
            ("c", true) if in_cell => {
                let raw = if kind == "inlineStr" { Some(inline.clone()) } else { value.take() };
                let text = match (kind.as_str(), raw) {
                    (_, None) => String::new(),
                    ("s", Some(v)) => v.trim().parse::<usize>().ok().and_then(|i| strings.get(i)).cloned().unwrap_or_default(),
                    ("b", Some(v)) => if v.trim() == "1" { "TRUE" } else { "FALSE" }.to_string(),
                    ("d", Some(v)) => v.split('T').next().unwrap_or_default().to_string(),
                    ("n" | "", Some(v)) => match number(&v) {
                        Some(n) if dates.get(style).copied().unwrap_or(false) => serial_date(n, date1904).map_or(v, crate::catalogue::iso_date),
                        Some(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", n as i64),
                        _ => v,
                    },
                    (_, Some(v)) => v,
                };
                // A cell past Excel's last column is no part of a sheet a person made.
                if !text.is_empty() && row > 0 && col < MAX_COLUMNS {
                    if records.last().is_none_or(|r| r.line != row) {
                        records.push(Record { line: row, fields: Vec::new() });
                    }
                    if let Some(r) = records.last_mut() {
                        if r.fields.len() <= col {
                            r.fields.resize(col + 1, String::new());
                        }
                        r.fields[col] = text;
                    }
                }
                in_cell = false;
                col += 1;
            }
            _ => {}
        }
    }
    records.retain(|r| r.fields.iter().any(|f| !f.trim().is_empty()));
    // Every row as wide as the sheet's used range, as spreadsheet programs copy it (and as text pasted from it reads).
    let width = records.iter().map(|r| r.fields.len()).max().unwrap_or(0);
    // (Not past the limit on cells: `read` refuses such a sheet rather than fill memory with empty cells.)
    if records.len().saturating_mul(width) <= MAX_CELLS {
        for r in &mut records {
            r.fields.resize(width, String::new());
        }
    }
    records
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_opendocument_cell_is_its_text_without_its_comment_and_repeats_as_written() {
        let xml = r#"<office:spreadsheet><table:table table:name="Other"><table:table-row><table:table-cell><text:p>not this one</text:p></table:table-cell></table:table-row></table:table>
<table:table table:name="Guests"><table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><office:annotation><text:p>check the spelling</text:p></office:annotation><text:p>Anna<text:s text:c="2"/><text:span text:style-name="T1">KOWALSKA</text:span></text:p></table:table-cell><table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="date" office:date-value="2026-12-24T09:30:00"><text:p>24/12/26</text:p></table:table-cell><table:table-cell office:value-type="string" table:number-columns-repeated="2"><text:p>a<text:tab/>b<text:line-break/>c &amp; d</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16000"/></table:table-row>
<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table></office:spreadsheet>"#;
        let rows = table_rows(xml, "Guests");
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].line, 3, "two empty rows above it");
        assert_eq!(rows[0].fields, ["Anna  KOWALSKA", "", "", "2026-12-24", "a\tb\nc & d", "a\tb\nc & d"]);
    }

    #[test]
    fn excel_day_counts_are_dates_in_both_systems() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        assert_eq!(serial_date(46016.0, false), d(2025, 12, 25));
        assert_eq!(serial_date(61.0, false), d(1900, 3, 1));
        assert_eq!(serial_date(59.0, false), d(1900, 2, 28));
        assert_eq!(serial_date(1.0, false), d(1900, 1, 1));
        assert_eq!(serial_date(0.0, true), d(1904, 1, 1));
        assert_eq!(serial_date(46016.75, false), d(2025, 12, 25), "a time of day is left out");
    }

    #[test]
    fn date_formats_are_told_from_number_formats() {
        for code in ["dd/mm/yyyy", "yyyy\"年\"m\"月\"d\"日\"", "[$-409]d-mmm-yy", "mmm yyyy"] {
            assert!(is_date_format(code), "{code}");
        }
        for code in ["0.00", "#,##0", "[Red]0.00", "\"days\" 0", "General"] {
            assert!(!is_date_format(code), "{code}");
        }
    }

    #[test]
    fn built_in_and_custom_date_styles_are_told_from_number_styles() {
        let styles = r#"<styleSheet><numFmts><numFmt numFmtId="164" formatCode="0.00"/><numFmt numFmtId="165" formatCode="d mmm yyyy"/></numFmts>
            <cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>
            <cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="22"/></cellXfs></styleSheet>"#;
        // (The cell-style records before <cellXfs> are not the cells' styles.)
        assert_eq!(date_styles(styles), vec![false, true, false, true, true]);
    }

    #[test]
    fn cell_references_give_columns() {
        assert_eq!(column("A1"), Some(0));
        assert_eq!(column("Z9"), Some(25));
        assert_eq!(column("AA10"), Some(26));
        assert_eq!(column("9"), None);
    }

    #[test]
    fn a_cell_past_the_last_column_is_left_out_not_allocated_for() {
        let xml = r#"<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="ZZZZZZZZ1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>"#;
        let records = cells(xml, &[], &[], false);
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].fields, vec!["Name".to_string()]);
    }

    #[test]
    fn numbers_are_read_as_written() {
        assert_eq!(number("45000"), Some(45000.0));
        assert_eq!(number("-1.5"), Some(-1.5));
        assert_eq!(number("1.2E3"), Some(1200.0));
        assert_eq!(number("abc"), None);
    }
}
