//! Checking a whole delegation: one host, many invitees, one row each.
//!
//! Organisers paste rows from a spreadsheet (tab- or comma-separated, with or without a header, English or Chinese
//! column names, columns in any order) or open a CSV file. Each row is an invitee: name, nationality or residence,
//! arrival, departure, activity days (a range, or days separated by semicolons), and optionally role, permitted
//! stay, host, sector and activity, which otherwise come from the values entered once for the batch. A row that
//! cannot be read says which cell and why; the other rows are still checked.

use crate::catalogue::names::is_letter;
use std::fmt;

use serde::Serialize;

use crate::case::{Case, DaySpan, Residence, Trip, MAX_RANGE_DAYS};
use crate::catalogue::Catalogue;
use crate::csv::quote;
use crate::i18n::{Msg, Text};
use crate::letter::dates;
use crate::rules::{check, Assessment, Outcome, Verdict};
use crate::text;

/// The most rows a batch may hold.
pub const MAX_ROWS: usize = 10_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    Name,
    Nationality,
    Residence,
    Arrival,
    Departure,
    ActivityDays,
    Role,
    PermittedStay,
    Host,
    Sector,
    Activity,
}

impl Column {
    /// The column's name in a header (and in the template and the results CSV, which stay in English).
    pub fn header(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Nationality => "nationality",
            Column::Residence => "residence",
            Column::Arrival => "arrival",
            Column::Departure => "departure",
            Column::ActivityDays => "activity_days",
            Column::Role => "role",
            Column::PermittedStay => "permitted_stay_days",
            Column::Host => "host",
            Column::Sector => "sector",
            Column::Activity => "activity",
        }
    }

    /// The column's name for people, as a cell's problem names it (`[batch]` in `src/i18n/en/input.toml`; in
    /// English, the same as [`Column::header`]).
    pub fn label(self) -> Msg {
        match self {
            Column::Name => Msg::BatchColumnName,
            Column::Nationality => Msg::BatchColumnNationality,
            Column::Residence => Msg::BatchColumnResidence,
            Column::Arrival => Msg::BatchColumnArrival,
            Column::Departure => Msg::BatchColumnDeparture,
            Column::ActivityDays => Msg::BatchColumnActivityDays,
            Column::Role => Msg::BatchColumnRole,
            Column::PermittedStay => Msg::BatchColumnPermittedStay,
            Column::Host => Msg::BatchColumnHost,
            Column::Sector => Msg::BatchColumnSector,
            Column::Activity => Msg::BatchColumnActivity,
        }
    }

    /// Names a header may give the column, lower-case.
    fn names(self) -> &'static [&'static str] {
        match self {
            Column::Name => &["name", "invitee", "invitee name", "name of invitee", "full name", "姓名", "受邀人", "受邀者", "獲邀人士", "获邀人士", "名字"],
            Column::Nationality => &["nationality", "citizenship", "passport country", "國籍", "国籍"],
            Column::Residence => &["residence", "resident of", "居住地", "居民身份"],
            Column::Arrival => &["arrival", "arrival date", "date of arrival", "arrive", "抵港日期", "抵港", "到港日期"],
            Column::Departure => &["departure", "departure date", "date of departure", "depart", "離港日期", "离港日期", "離港", "离港"],
            Column::ActivityDays => &["activity days", "activity_days", "activity dates", "dates of activity", "activity date", "days", "活動日期", "活动日期", "活動日", "活动日"],
            Column::Role => &["role", "capacity", "角色", "身份"],
            Column::PermittedStay => &["permitted stay", "permitted_stay_days", "permitted stay days", "stay days", "limit of stay", "逗留期限", "逗留日數", "逗留天数"],
            Column::Host => &["host", "host organisation", "host organization", "邀請機構", "邀请机构", "主辦機構", "主办机构"],
            Column::Sector => &["sector", "界別", "界别"],
            Column::Activity => &["activity", "activities", "scope", "活動", "活动", "活動內容", "活动内容"],
        }
    }

    const ALL: [Column; 11] = [
        Column::Name, Column::Nationality, Column::Residence, Column::Arrival, Column::Departure, Column::ActivityDays,
        Column::Role, Column::PermittedStay, Column::Host, Column::Sector, Column::Activity,
    ];

    /// The order of columns in a list without a header, and in the template.
    pub const DEFAULT_ORDER: [Column; 7] = [
        Column::Name, Column::Nationality, Column::Arrival, Column::Departure, Column::ActivityDays, Column::Role,
        Column::PermittedStay,
    ];

    fn of_header(cell: &str) -> Option<Column> {
        let c = crate::catalogue::names::lowercase(cell.trim()).replace('_', " ");
        Column::ALL.into_iter().find(|col| col.names().iter().any(|n| n.replace('_', " ") == c))
    }
}

/// What is entered once for the whole batch; each row may override it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shared {
    pub host: Option<String>,
    pub sector: Option<String>,
    pub activity: Option<String>,
    pub role: Option<String>,
}

/// A cell that could not be read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CellError {
    pub column: Column,
    /// What is wrong with the cell (`[batch]` and `[case]` in `src/i18n/en/input.toml`).
    pub message: Text,
}

impl CellError {
    /// The column and what is wrong: "arrival: "2026-02-30" is not a date; ...".
    pub fn text(&self) -> Text {
        text!(BatchCellError, column = self.column.label(), problem = self.message.clone())
    }
}

/// In English, as the results CSV gives it.
impl fmt::Display for CellError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.column.header(), self.message)
    }
}

/// One invitee's row and its result.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The row's line in the input (1-based), as a spreadsheet numbers it.
    pub line: usize,
    /// The cells as given, by column.
    pub cells: Vec<(Column, String)>,
    pub errors: Vec<CellError>,
    pub assessment: Option<Assessment>,
}

impl Row {
    pub fn cell(&self, column: Column) -> &str {
        self.cells.iter().find(|(c, _)| *c == column).map(|(_, v)| v.as_str()).unwrap_or("")
    }

    pub fn verdict(&self) -> Option<Verdict> {
        self.assessment.as_ref().map(|a| a.verdict)
    }
}

/// A checked batch.
#[derive(Debug, Clone, PartialEq)]
pub struct Batch {
    /// The columns found, in their order in the input.
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

/// A batch that cannot be read at all (not a single row's problem).
#[derive(Debug, Clone, PartialEq)]
pub struct BatchError(pub Text);

impl fmt::Display for BatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Reads and checks a batch.
pub fn run(text: &str, shared: &Shared, catalogue: &Catalogue, today: chrono::NaiveDate) -> Result<Batch, BatchError> {
    let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let delimiter = if first_line.contains('\t') { '\t' } else { ',' };
    let records = crate::csv::parse(text, delimiter).map_err(|e| BatchError(e.text()))?;
    let mut records = records.into_iter().filter(|r| r.fields.iter().any(|f| !f.trim().is_empty())).peekable();
    let header: Vec<Option<Column>> = records.peek().map(|r| r.fields.iter().map(|f| Column::of_header(f)).collect()).unwrap_or_default();
    let columns: Vec<Column> = if header.iter().filter(|c| c.is_some()).count() >= 2 {
        records.next();
        header.iter().map(|c| c.unwrap_or(Column::Activity)).collect::<Vec<_>>()
    } else {
        Column::DEFAULT_ORDER.to_vec()
    };
    // A header cell that is not a known column is ignored (its cells are kept in no column).
    let known: Vec<Option<Column>> = if header.iter().filter(|c| c.is_some()).count() >= 2 { header } else { columns.iter().map(|c| Some(*c)).collect() };
    let records: Vec<_> = records.collect();
    if records.len() > MAX_ROWS {
        return Err(BatchError(text!(BatchTooManyRows, count = records.len(), max = MAX_ROWS)));
    }
    let rows = records
        .into_iter()
        .map(|r| {
            let cells: Vec<(Column, String)> = known
                .iter()
                .zip(r.fields.iter())
                .filter_map(|(c, v)| c.map(|c| (c, v.trim().to_string())))
                .collect();
            let mut row = Row { line: r.line, cells, errors: Vec::new(), assessment: None };
            if let Some(case) = row_case(&mut row, shared, catalogue) {
                row.assessment = Some(check(&case, catalogue, today));
            }
            row
        })
        .collect();
    Ok(Batch { columns: known.into_iter().flatten().collect(), rows })
}

/// One date in a cell, in any form the letter reader knows ("2026-03-02", "2 March 2026", "02/03/2026").
fn one_date(text: &str) -> Result<chrono::NaiveDate, Text> {
    match spans(text).as_deref() {
        Ok([DaySpan::Day(d)]) => Ok(*d),
        _ => Err(text!(BatchNotADate, value = text)),
    }
}

/// The dates and ranges of a cell: "2026-03-02 to 2026-03-09", "2026-03-02; 2026-03-05", "2 - 9 March 2026".
fn spans(text: &str) -> Result<Vec<DaySpan>, Text> {
    let mut out = Vec::new();
    for part in text.split([';', '；']).map(str::trim).filter(|p| !p.is_empty()) {
        let chars: Vec<char> = part.chars().map(crate::letter::fold).collect();
        let found = dates::find(&chars);
        let covered: usize = found.iter().map(|m| m.end - m.start).sum();
        let letters = chars.iter().filter(|c| is_letter(**c)).count();
        let covered_letters: usize = found.iter().map(|m| chars[m.start..m.end].iter().filter(|c| is_letter(**c)).count()).sum();
        if found.len() != 1 || covered == 0 || covered_letters < letters.saturating_sub(2) {
            return Err(text!(BatchBadDays, value = part));
        }
        let m = &found[0];
        if !crate::case::date_in_range(m.from) || !crate::case::date_in_range(m.to) {
            return Err(text!(BatchDateOutOfRange, value = part));
        }
        if (m.to - m.from).num_days() >= MAX_RANGE_DAYS {
            return Err(text!(BatchRangeTooLong, value = part));
        }
        out.push(if m.from == m.to { DaySpan::Day(m.from) } else { DaySpan::Range { from: m.from, to: m.to } });
    }
    Ok(out)
}

/// Reads a row into a case, recording each cell that cannot be read.
fn row_case(row: &mut Row, shared: &Shared, catalogue: &Catalogue) -> Option<Case> {
    let mut errors = Vec::new();
    let text = |c: Column| Some(row.cell(c).to_string()).filter(|s| !s.is_empty());
    let mut case = Case {
        host: text(Column::Host).or_else(|| shared.host.clone()),
        activity: text(Column::Activity).or_else(|| shared.activity.clone()),
        role: text(Column::Role).or_else(|| shared.role.clone()),
        ..Case::default()
    };
    if let Some(s) = text(Column::Sector).or_else(|| shared.sector.clone()) {
        match crate::case::check_sector(&s, catalogue) {
            Ok(()) => case.sector = Some(s),
            Err(e) => errors.push(CellError { column: Column::Sector, message: e.message }),
        }
    }
    if let Some(n) = text(Column::Nationality) {
        // A residence may be written in the nationality column: "Mainland resident", "內地".
        match residence_of(&n) {
            Some(r) => case.residence = Some(r),
            None => match crate::case::check_nationality(&n, catalogue) {
                Ok(()) => case.nationality = Some(n),
                Err(e) => errors.push(CellError { column: Column::Nationality, message: e.message }),
            },
        }
    }
    if let Some(r) = text(Column::Residence) {
        match residence_of(&r) {
            Some(r) => case.residence = Some(r),
            None => errors.push(CellError { column: Column::Residence, message: text!(BatchUnknownResidence, value = r) }),
        }
    }
    if let Some(s) = text(Column::PermittedStay) {
        match s.parse::<u32>() {
            Ok(n) if (1..=3650).contains(&n) => case.permitted_stay_days = Some(n),
            _ => errors.push(CellError { column: Column::PermittedStay, message: text!(BatchBadPermittedStay, value = s) }),
        }
    }
    let date_cell = |c: Column, errors: &mut Vec<CellError>| match text(c) {
        None => None,
        Some(v) => match one_date(&v) {
            Ok(d) => Some(d),
            Err(message) => {
                errors.push(CellError { column: c, message });
                None
            }
        },
    };
    let arrival = date_cell(Column::Arrival, &mut errors);
    let departure = date_cell(Column::Departure, &mut errors);
    let activity_days = match text(Column::ActivityDays) {
        None => Vec::new(),
        Some(v) => spans(&v).unwrap_or_else(|message| {
            errors.push(CellError { column: Column::ActivityDays, message });
            Vec::new()
        }),
    };
    match arrival {
        Some(arrival) => case.trips.push(Trip { arrival, departure, activity_days }),
        None if text(Column::Arrival).is_none() => {
            errors.push(CellError { column: Column::Arrival, message: Msg::BatchArrivalEmpty.into() })
        }
        None => {}
    }
    row.errors = errors;
    row.errors.is_empty().then_some(case)
}

fn residence_of(text: &str) -> Option<Residence> {
    let t = crate::catalogue::names::lowercase(text.trim());
    if let Some(r) = Residence::parse(&t) {
        return Some(r);
    }
    match t.as_str() {
        "mainland resident" | "mainland" | "內地居民" | "内地居民" | "內地" | "内地" => Some(Residence::Mainland),
        "macao permanent resident" | "澳門永久性居民" | "澳门永久性居民" => Some(Residence::MacaoPermanent),
        "macao resident" | "澳門居民" | "澳门居民" => Some(Residence::MacaoNonPermanent),
        "taiwan resident" | "台灣居民" | "台湾居民" | "臺灣居民" => Some(Residence::Taiwan),
        _ => None,
    }
}

/// Rows counted by what they came to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub eligible: usize,
    pub with_conditions: usize,
    pub not_eligible: usize,
    pub unconfirmed: usize,
    pub unreadable: usize,
}

impl Batch {
    pub fn summary(&self) -> Summary {
        let mut s = Summary::default();
        for r in &self.rows {
            match r.verdict() {
                Some(Verdict::Eligible) => s.eligible += 1,
                Some(Verdict::EligibleWithConditions) => s.with_conditions += 1,
                Some(Verdict::NotEligible) => s.not_eligible += 1,
                Some(Verdict::Unconfirmed) => s.unconfirmed += 1,
                None => s.unreadable += 1,
            }
        }
        s
    }

    /// The results as CSV: the input's columns, then the verdict and the findings that are not passes.
    pub fn results_csv(&self) -> String {
        let mut columns = self.columns.clone();
        columns.dedup();
        let mut out: Vec<String> = columns.iter().map(|c| c.header().to_string()).collect();
        out.extend(["row", "verdict", "findings"].map(str::to_string));
        let mut text = out.join(",") + "\n";
        for r in &self.rows {
            let mut fields: Vec<String> = columns.iter().map(|c| quote(r.cell(*c))).collect();
            let (verdict, findings) = match &r.assessment {
                Some(a) => (
                    a.verdict.id().to_string(),
                    a.findings
                        .iter()
                        .filter(|f| !matches!(f.outcome, Outcome::Pass | Outcome::Info))
                        .map(|f| format!("{} ({}): {}", f.rule.id(), f.outcome.id(), f.message))
                        .collect::<Vec<_>>()
                        .join(" | "),
                ),
                None => ("unreadable".to_string(), r.errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join(" | ")),
            };
            fields.push(r.line.to_string());
            fields.push(verdict);
            fields.push(quote(&findings));
            text.push_str(&fields.join(","));
            text.push('\n');
        }
        text
    }
}

impl Summary {
    /// "3 eligible, 1 eligible with conditions, 0 not eligible, 0 unconfirmed" (and how many could not be read, if
    /// any).
    pub fn text(&self) -> Text {
        let Summary { eligible, with_conditions, not_eligible, unconfirmed, unreadable } = *self;
        if unreadable > 0 {
            text!(
                BatchSummaryUnreadable,
                eligible = eligible,
                with_conditions = with_conditions,
                not_eligible = not_eligible,
                unconfirmed = unconfirmed,
                unreadable = unreadable,
            )
        } else {
            text!(
                BatchSummary,
                eligible = eligible,
                with_conditions = with_conditions,
                not_eligible = not_eligible,
                unconfirmed = unconfirmed,
            )
        }
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.text())
    }
}

/// A template to fill in: the header and two example rows.
pub fn template() -> String {
    let header: Vec<&str> = Column::DEFAULT_ORDER.iter().map(|c| c.header()).collect();
    format!(
        "{}\nAmelia Hart,GBR,2026-03-01,2026-03-20,2026-03-02 to 2026-03-09,guest violinist,\n\
         Kenji Sato,Japan,2026-03-01,2026-03-12,2026-03-02; 2026-03-05; 2026-03-07,accompanist,\n",
        header.join(",")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared() -> Shared {
        Shared {
            host: Some("Hong Kong Academy for Performing Arts".into()),
            activity: Some("masterclasses and performances".into()),
            role: Some("musician".into()),
            sector: None,
        }
    }

    fn batch(text: &str) -> Batch {
        run(text, &shared(), Catalogue::bundled(), "2026-01-15".parse().unwrap()).unwrap()
    }

    #[test]
    fn the_template_checks_as_eligible() {
        let b = batch(&template());
        assert_eq!(b.rows.len(), 2);
        assert!(b.rows.iter().all(|r| r.verdict() == Some(Verdict::Eligible)), "{:?}", b.rows.iter().map(|r| &r.errors).collect::<Vec<_>>());
    }

    #[test]
    fn tab_separated_rows_without_a_header_use_the_default_order() {
        let b = batch("Amelia Hart\tGBR\t2026-03-01\t2026-03-20\t2026-03-02 to 2026-03-16\n");
        assert_eq!(b.rows[0].cell(Column::Name), "Amelia Hart");
        assert_eq!(b.rows[0].verdict(), Some(Verdict::NotEligible), "16 March is day 15");
    }

    #[test]
    fn chinese_headers_in_any_order() {
        let b = batch("抵港日期,姓名,活動日期,國籍,離港日期\n2026-03-01,陳大文,2 - 9 March 2026,英國,20/03/2026\n");
        let r = &b.rows[0];
        assert_eq!(r.cell(Column::Name), "陳大文");
        assert!(r.errors.is_empty(), "{:?}", r.errors);
        assert_eq!(r.verdict(), Some(Verdict::Eligible));
    }

    #[test]
    fn a_bad_cell_is_named_on_its_row_and_the_others_are_still_checked() {
        let b = batch("name,nationality,arrival,departure,activity_days\nA,GBR,2026-02-30,2026-03-20,2026-03-02\nB,Narnia,2026-03-01,,2026-03-02\nC,JPN,2026-03-01,2026-03-05,next week\nD,JPN,2026-03-01,2026-03-05,2026-03-02\n");
        assert_eq!(b.rows[0].errors[0].column, Column::Arrival);
        assert!(b.rows[0].errors[0].message.en().contains("2026-02-30"));
        assert_eq!(b.rows[0].errors[0].text().en(), b.rows[0].errors[0].to_string());
        assert_eq!(b.rows[2].errors[0].to_string(), "activity_days: \"next week\" is not a date or a range of dates; expected e.g. 2026-03-02, 2026-03-05 to 2026-03-09, or days separated by ;");
        assert_eq!(b.rows[1].errors[0].column, Column::Nationality);
        assert_eq!(b.rows[2].errors[0].column, Column::ActivityDays);
        assert_eq!(b.rows[3].verdict(), Some(Verdict::Eligible));
        assert_eq!(b.rows[0].line, 2, "rows are numbered as the spreadsheet numbers them");
        assert_eq!(b.summary().to_string(), "1 eligible, 0 eligible with conditions, 0 not eligible, 0 unconfirmed, 3 could not be read");
    }

    #[test]
    fn row_values_override_the_shared_ones() {
        let b = batch("name,nationality,arrival,activity_days,host\nA,GBR,2026-03-01,2026-03-02,Unknown Society\n");
        assert_eq!(b.rows[0].verdict(), Some(Verdict::Unconfirmed));
    }

    #[test]
    fn residences_can_be_given_in_the_nationality_column() {
        let b = batch("name,nationality,arrival,activity_days\nA,Mainland resident,2026-03-01,2026-03-02\nB,內地居民,2026-03-01,2026-03-02\n");
        assert!(b.rows.iter().all(|r| r.verdict() == Some(Verdict::EligibleWithConditions)));
    }

    #[test]
    fn more_than_ten_thousand_rows_are_refused() {
        let rows = "A,GBR,2026-03-01,2026-03-20,2026-03-02\n".repeat(MAX_ROWS + 1);
        let e = run(&rows, &shared(), Catalogue::bundled(), "2026-01-15".parse().unwrap()).unwrap_err();
        assert!(e.0.en().contains("at most 10000"), "{e}");
    }

    #[test]
    fn the_results_csv_reads_back_to_the_same_verdicts() {
        let b = batch("name,nationality,arrival,departure,activity_days\nA,GBR,2026-03-01,2026-03-20,2026-03-02 to 2026-03-09\nB,Nigeria,2026-03-01,,2026-03-02\nC,JPN,2026-03-01,2026-03-20,2026-03-02 to 2026-03-16\nD,JPN,2026-13-01,,2026-03-02\n");
        let csv = b.results_csv();
        let records = crate::csv::parse(&csv, ',').unwrap();
        let verdict_at = records[0].fields.iter().position(|f| f == "verdict").unwrap();
        let read: Vec<&str> = records[1..].iter().map(|r| r.fields[verdict_at].as_str()).collect();
        assert_eq!(read, vec!["eligible", "eligible_with_conditions", "not_eligible", "unreadable"]);
        assert!(records[3].fields.last().unwrap().contains("window-14-days (fail)"));
    }
}
