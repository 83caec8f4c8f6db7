//! Where the invitees are in a sheet: which row is the header (two rows read together when the header is merged
//! over two), which rows above it are titles, which rows below are totals, and where a second table begins. What is
//! not an invitee becomes a [`Note`] naming its row, so that nothing is dropped without a word.

use super::headers::guess;
use super::Note;
use crate::csv::Record;
use crate::dates::cell::{read, Order};
use crate::text;

/// The rows of a sheet, sorted out.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    /// The header's cells, if the sheet has a header.
    pub header: Option<Vec<String>>,
    /// The rows holding invitees.
    pub body: Vec<Record>,
    pub notes: Vec<Note>,
}

/// How many rows at the top may come before the header (titles, a blank line, a note to the reader).
const TOP: usize = 10;

fn dated(cell: &str) -> bool {
    let c = cell.trim();
    // A quick no for the cells no date can be: short, or without a digit.
    c.len() >= 4 && c.bytes().any(|b| b.is_ascii_digit()) && (read(c, Order::Dmy).is_ok() || read(c, Order::Mdy).is_ok())
}

fn any_dated(r: &Record) -> bool {
    r.fields.iter().any(|f| dated(f))
}

fn filled(r: &Record) -> usize {
    r.fields.iter().filter(|f| !f.trim().is_empty()).count()
}

fn named(cells: &[String]) -> usize {
    cells.iter().filter(|f| guess(f).is_some()).count()
}

/// "Total", "合計": the first thing written in a totals row; or a row of numbers only.
fn totals(r: &Record) -> bool {
    let first = r.fields.iter().map(|f| f.trim()).find(|f| !f.is_empty()).unwrap_or("");
    let lower = first.to_ascii_lowercase();
    let by_word = ["total", "totals", "sum", "grand total", "subtotal"].iter().any(|w| lower == *w || lower.starts_with(&format!("{w} ")) || lower.starts_with(&format!("{w}:")))
        || ["合計", "合计", "總計", "总计", "小計", "小计", "共計", "共计", "總數", "总数", "總人數", "总人数"].iter().any(|w| first.starts_with(w));
    let numbers_only = r.fields.iter().map(|f| f.trim()).filter(|f| !f.is_empty()).all(|f| f.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ','))
        && !any_dated(r);
    by_word || numbers_only
}

/// Two header rows read as one: each upper cell carried right over the empty cells a merge leaves, before the
/// lower cell.
fn merge(upper: &[String], lower: &[String]) -> Vec<String> {
    let mut carry = String::new();
    (0..upper.len().max(lower.len()))
        .map(|j| {
            let top = upper.get(j).map_or("", |f| f.trim());
            if !top.is_empty() {
                carry = top.to_string();
            }
            let low = lower.get(j).map_or("", |f| f.trim());
            match (carry.is_empty(), low.is_empty()) {
                (true, _) => low.to_string(),
                (false, true) => carry.clone(),
                (false, false) => format!("{carry} {low}"),
            }
        })
        .collect()
}

/// Sorts out the rows of a sheet (blank rows already left out).
pub fn layout(records: Vec<Record>) -> Layout {
    let records: Vec<Record> = records.into_iter().filter(|r| filled(r) > 0).collect();
    let width = records.iter().map(|r| r.fields.len()).max().unwrap_or(0);
    // The rows before the first dated one, at the top: the header is among them, if there is one.
    let top: Vec<usize> = (0..records.len().min(TOP)).take_while(|i| !any_dated(&records[*i])).collect();
    let counts: Vec<usize> = top.iter().map(|i| named(&records[*i].fields)).collect();
    let best = (0..top.len()).filter(|k| counts[*k] > 0).max_by_key(|k| (counts[*k], usize::MAX - k));
    // A header that names nothing the checker knows is still a header: the row just above the first dated row, when
    // it gives a name to most columns.
    let header_at = best.or_else(|| {
        let k = top.len().checked_sub(1)?;
        let r = &records[k];
        // Without a digit: an invitee's row has dates, even mistyped ones.
        let wordy = r.fields.iter().all(|f| !f.bytes().any(|b| b.is_ascii_digit()));
        (top.len() < records.len() && wordy && filled(r) >= 2.min(width) && filled(r) * 2 >= width).then_some(k)
    });
    let Some(k) = header_at else {
        return Layout { header: None, body: records, notes: Vec::new() };
    };
    let mut header: Vec<String> = records[k].fields.iter().map(|f| f.trim().to_string()).collect();
    let mut header_rows = vec![k];
    // A header merged over two rows (the row above, or the row below when it is not yet an invitee): read together
    // when that reads more columns.
    let pair = |upper: usize, lower: usize| -> Option<Vec<String>> {
        // A header on the sheet's last row has no row below it.
        let (a, b) = (records.get(upper)?, records.get(lower)?);
        let title = filled(a) == 1 && !a.fields[0].trim().is_empty();
        (a.line + 1 == b.line && !title && top.contains(&lower)).then(|| merge(&a.fields, &b.fields))
    };
    let above = k.checked_sub(1).and_then(|u| pair(u, k)).map(|h| (k - 1, h));
    let below = pair(k, k + 1).map(|h| (k + 1, h));
    for (other, merged) in [above, below].into_iter().flatten() {
        if named(&merged) > named(&header) {
            header = merged;
            header_rows = vec![k.min(other), k.max(other)];
        }
    }
    let k = *header_rows.last().unwrap_or(&k);
    let mut notes: Vec<Note> = (0..header_rows[0])
        .map(|i| Note { line: records[i].line, message: text!(BatchNoteTitle, row = records[i].line) })
        .collect();
    let arrival_at = header.iter().position(|h| guess(h) == Some(super::Column::Arrival));
    let mut body = Vec::new();
    let mut rest = records.into_iter().skip(k + 1).peekable();
    // Invitees mostly arrive on the same few days: each arrival is read once.
    let mut arrivals = crate::seen::Seen::default();
    while let Some(r) = rest.next() {
        // A row whose arrival is not a date may be a totals row or a second table's header (rarely: an invitee).
        let arrival_is_date = arrival_at.and_then(|a| r.fields.get(a)).is_some_and(|f| arrivals.get_or(f, dated));
        if !arrival_is_date && totals(&r) {
            notes.push(Note { line: r.line, message: text!(BatchNoteTotals, row = r.line) });
            continue;
        }
        // (Whether a row has a date is the cheaper question, and most rows that get this far have one.)
        if !arrival_is_date && !any_dated(&r) && named(&r.fields) >= 2 {
            let count = rest.count();
            notes.push(Note { line: r.line, message: text!(BatchNoteSecondTable, row = r.line, count = count) });
            break;
        }
        body.push(r);
    }
    Layout { header: Some(header), body, notes }
}

#[cfg(test)]
mod tests {
    /// Found by the fuzzer: a header on the sheet's last row (nothing below it to merge with).
    #[test]
    fn a_header_on_the_last_row_is_read_without_looking_below_it() {
        let data = include_bytes!("../../fuzz/seeds/batch/crash-header-on-last-row");
        let shared = crate::batch::Shared::default();
        let _ = crate::batch::run(&String::from_utf8_lossy(data), &shared, crate::Catalogue::bundled(), "2026-01-15".parse().unwrap());
        let _ = crate::batch::run("Guest,Nationality\n", &shared, crate::Catalogue::bundled(), "2026-01-15".parse().unwrap());
    }

    use super::*;

    fn records(text: &str) -> Vec<Record> {
        crate::csv::parse(text, ',').unwrap()
    }

    #[test]
    fn a_title_above_the_header_and_a_totals_row_below_are_noted() {
        let l = layout(records("Winter Jazz Week,,\n,,\nName,Nationality,Arrival\nA,GBR,2026-12-24\nTotal,,1\n"));
        assert_eq!(l.header.as_deref(), Some(&["Name".to_string(), "Nationality".into(), "Arrival".into()][..]));
        assert_eq!(l.body.len(), 1);
        assert_eq!(l.notes.iter().map(|n| n.line).collect::<Vec<_>>(), vec![1, 5]);
        assert!(l.notes[1].message.en().contains("row 5"), "{}", l.notes[1].message.en());
    }

    #[test]
    fn a_header_merged_over_two_rows_is_read_together() {
        let l = layout(records("Name,Nationality,Travel,,Activity\n,,Arrival,Departure,Dates\nA,GBR,2026-12-24,2026-12-30,2026-12-26\n"));
        let h = l.header.unwrap();
        assert_eq!(guess(&h[3]), Some(crate::batch::Column::Departure), "{h:?}");
        assert_eq!(guess(&h[4]), Some(crate::batch::Column::ActivityDays), "{h:?}");
        assert!(l.notes.is_empty());
    }

    #[test]
    fn a_header_that_names_nothing_is_not_an_invitee() {
        let l = layout(records("Guest,Passport,Landing,Going home,Playing\nA,GBR,2026-12-24,2026-12-30,2026-12-26\n"));
        assert!(l.header.is_some());
        assert_eq!(l.body.len(), 1);
    }

    #[test]
    fn a_second_table_below_the_first_is_named_and_not_read_as_invitees() {
        let l = layout(records("Name,Nationality,Arrival\nA,GBR,2026-12-24\n\nName,Nationality,Arrival\nB,JPN,2026-12-24\nC,JPN,2026-12-24\n"));
        assert_eq!(l.body.len(), 1);
        assert_eq!((l.notes[0].line, l.notes[0].message.en().contains("2 rows below")), (4, true), "{}", l.notes[0].message.en());
    }

    #[test]
    fn rows_without_a_header_are_all_invitees() {
        let l = layout(records("A,GBR,2026-12-24\nB,JPN,2026-12-24\n"));
        assert_eq!((l.header, l.body.len()), (None, 2));
        let l = layout(records("A,GBR,2026-02-30\nB,JPN,2026-12-24\n"));
        assert_eq!((l.header, l.body.len()), (None, 2), "a mistyped date does not make the first invitee a header");
    }
}
