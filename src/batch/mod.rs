//! Checking a whole delegation: one host, many invitees, one row each.
//!
//! Organisers paste rows from their own spreadsheets (tab- or comma-separated), open a CSV or TSV file, or (in the
//! command, with the `xlsx` feature) an Excel or OpenDocument file. The header is read in the organiser's own words,
//! English or Chinese ([`headers`]); titles, totals rows and a second table are named, not checked ([`sheet`]); each
//! date column is read day-first or month-first as its values show ([`crate::dates::cell`]). Every column the sheet
//! gives is kept, in its order and under its own header, and the export adds the verdict and the reasons at the end.
//! A person may say which column holds which field, and how the dates are written ([`Options`]). A row that cannot
//! be read says which cell and why; the other rows are still checked.

pub mod headers;
pub mod sheet;
pub mod state;
pub mod workbook;
#[cfg(feature = "xlsx")]
pub mod xlsx;

use std::fmt;

use serde::Serialize;

use crate::case::{Case, DaySpan, Residence, Trip, MAX_RANGE_DAYS};
use crate::catalogue::Catalogue;
use crate::csv::{quote, Record};
use crate::dates::cell::{self, Evidence, Order, Problem};
use crate::i18n::{Msg, Text};
use crate::rules::{check, Assessment, Outcome, Verdict};
use crate::seen::Seen;
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
    /// The field's id: in the template, in a list without a header, and in `--column FIELD=HEADER`.
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

    /// The field with this id (or the id with hyphens or spaces for underscores).
    pub fn parse(id: &str) -> Option<Column> {
        let id = id.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        Column::ALL.into_iter().find(|c| c.header() == id || (id == "permitted_stay" && *c == Column::PermittedStay))
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

    pub const ALL: [Column; 11] = [
        Column::Name, Column::Nationality, Column::Residence, Column::Arrival, Column::Departure, Column::ActivityDays,
        Column::Role, Column::PermittedStay, Column::Host, Column::Sector, Column::Activity,
    ];

    /// The order of columns in a list without a header, and in the template.
    pub const DEFAULT_ORDER: [Column; 7] = [
        Column::Name, Column::Nationality, Column::Arrival, Column::Departure, Column::ActivityDays, Column::Role,
        Column::PermittedStay,
    ];

    /// The fields every row needs a column for (a residence column stands in for nationality).
    pub const NEEDED: [Column; 4] = [Column::Name, Column::Nationality, Column::Arrival, Column::ActivityDays];

    /// Whether the column holds dates.
    pub fn is_date(self) -> bool {
        matches!(self, Column::Arrival | Column::Departure | Column::ActivityDays)
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

/// What a person says about the sheet: which column holds which field, and how its dates are written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    /// A header (as written; compared without case or surrounding spaces) and the field its column holds, or `None`
    /// for a column that holds none. A field given to one column is taken from any other. Later entries win.
    pub columns: Vec<(String, Option<Column>)>,
    /// How to read the dates of a column whose values do not settle it.
    pub dates: Option<Order>,
}

impl Options {
    /// Says that the column headed `header` holds `column` (or nothing), replacing what was said of it before.
    pub fn set(&mut self, header: &str, column: Option<Column>) {
        let key = key(header);
        self.columns.retain(|(h, _)| key_of(h) != key);
        self.columns.push((header.to_string(), column));
    }
}

fn key_of(header: &str) -> String {
    crate::catalogue::names::lowercase(header.trim())
}

fn key(header: &str) -> String {
    key_of(header)
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

/// A row of the sheet that is not an invitee (a title, a totals row, a second table), and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub line: usize,
    pub message: Text,
}

/// One invitee's row and its result.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The row's line in the input (1-based), as a spreadsheet numbers it.
    pub line: usize,
    /// Every cell of the row as given, one for each of the batch's headers.
    pub values: Vec<String>,
    /// The cells read as a field: the field, and the cell's place in `values`.
    pub cells: Vec<(Column, usize)>,
    pub errors: Vec<CellError>,
    pub assessment: Option<Assessment>,
}

impl Row {
    /// The first trip's arrival, once checked.
    pub fn trips_arrival(&self) -> Option<chrono::NaiveDate> {
        self.assessment.as_ref()?.trips.first().map(|t| t.arrival)
    }

    pub fn cell(&self, column: Column) -> &str {
        self.cells.iter().find(|(c, _)| *c == column).and_then(|(_, j)| self.values.get(*j)).map_or("", |v| v.trim())
    }

    /// What would fit, in words ("End your activities by Monday 24 August 2026 (day 14 of the window).; ..."), or
    /// nothing when the plan fits or no date would fix it.
    pub fn to_fit(&self) -> Text {
        let suggestions: Vec<Text> = self
            .assessment
            .iter()
            .flat_map(|a| a.suggestions.iter().map(|s| s.text(a.trips.len() > 1)))
            .collect();
        crate::text!(FitList, changes = crate::i18n::Arg::List(suggestions))
    }

    pub fn verdict(&self) -> Option<Verdict> {
        self.assessment.as_ref().map(|a| a.verdict)
    }
}

/// How a date column's order was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderFrom {
    /// Its own values settle it (a day of 13 or more).
    Values,
    /// Its values cannot tell, and the sheet's other date columns settle it.
    OtherColumns,
    /// Its values cannot tell, and the person said.
    Chosen,
    /// Its values cannot tell, and nobody said: day-first, as in Hong Kong.
    Assumed,
    /// No value could be read two ways.
    NotNeeded,
}

/// A column of dates and how its dates are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateColumn {
    /// Its place among the headers.
    pub index: usize,
    pub column: Column,
    pub order: Order,
    pub from: OrderFrom,
}

/// A checked batch.
#[derive(Debug, Clone, PartialEq)]
pub struct Batch {
    /// Every column's header as the sheet gives it (for a list without one, the template's ids), in order.
    pub headers: Vec<String>,
    /// Whether the sheet has a header row.
    pub has_header: bool,
    /// What each column is read as, if anything.
    pub mapping: Vec<Option<Column>>,
    /// Needed fields no column is read as.
    pub missing: Vec<Column>,
    pub dates: Vec<DateColumn>,
    /// Rows that are not invitees, and why.
    pub notes: Vec<Note>,
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

/// The records of pasted or opened text: tab-separated when its first line holds a tab, else comma-separated.
pub fn records(text: &str) -> Result<Vec<Record>, BatchError> {
    let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let delimiter = if first_line.contains('\t') { '\t' } else { ',' };
    crate::csv::parse(text, delimiter).map_err(|e| BatchError(e.text()))
}

/// A sheet's records as tab-separated text, one line for each row of the sheet (so that line numbers stay the
/// sheet's row numbers, blank rows included): what the page's text box holds for a sheet read from a file.
pub fn to_text(records: &[Record]) -> String {
    let mut out = String::new();
    let mut line = 1;
    for r in records {
        while line < r.line {
            out.push('\n');
            line += 1;
        }
        let fields: Vec<String> = r.fields.iter().map(|f| quote(f)).collect();
        out.push_str(&fields.join("\t"));
        out.push('\n');
        line += 1 + r.fields.iter().map(|f| f.matches('\n').count()).sum::<usize>();
    }
    out
}

/// Reads and checks a batch, reading the sheet on its own.
pub fn run(text: &str, shared: &Shared, catalogue: &Catalogue, today: chrono::NaiveDate) -> Result<Batch, BatchError> {
    run_with(text, &Options::default(), shared, catalogue, today)
}

/// Reads and checks a batch as the options say.
pub fn run_with(text: &str, options: &Options, shared: &Shared, catalogue: &Catalogue, today: chrono::NaiveDate) -> Result<Batch, BatchError> {
    check_records(records(text)?, options, shared, catalogue, today)
}

/// A delegation read: its rows (not yet checked) and each row's case, or why it could not be read.
pub type Read = Result<(Batch, Vec<Option<Case>>), BatchError>;

/// Reads a delegation into its rows and each row's case, without checking them: the page's worker does this, and
/// the page checks the cases with [`check_cases`].
pub fn read(text: &str, options: &Options, shared: &Shared, catalogue: &Catalogue) -> Read {
    Ok(prepare(records(text)?, options)?.read_all(shared, catalogue))
}

/// Checks the cases of a delegation's rows `range` (as [`read`] gave them) into those rows.
pub fn check_cases(batch: &mut Batch, cases: &[Option<Case>], range: std::ops::Range<usize>, catalogue: &Catalogue, today: chrono::NaiveDate) {
    let end = range.end.min(batch.rows.len()).min(cases.len());
    let start = range.start.min(end);
    assess(&mut batch.rows[start..end], &cases[start..end], catalogue, today);
}

/// Checks each row's case into the row. Invitees who travel together have the same case (a case holds no name):
/// each different case is checked once.
fn assess(rows: &mut [Row], cases: &[Option<Case>], catalogue: &Catalogue, today: chrono::NaiveDate) {
    let mut checked: Vec<(&Case, Assessment)> = Vec::new();
    for (row, case) in rows.iter_mut().zip(cases) {
        row.assessment = case.as_ref().map(|case| match checked.iter().find(|(c, _)| *c == case) {
            Some((_, a)) => a.clone(),
            None => {
                let a = check(case, catalogue, today);
                if checked.len() < SAME_CASES {
                    checked.push((case, a.clone()));
                }
                a
            }
        });
    }
}

/// The most different cases remembered at once.
const SAME_CASES: usize = 16;

/// Checks the records of a sheet, however they were read.
pub fn check_records(records: Vec<Record>, options: &Options, shared: &Shared, catalogue: &Catalogue, today: chrono::NaiveDate) -> Result<Batch, BatchError> {
    let sheet = prepare(records, options)?;
    let rows = sheet.check_rows(0..sheet.len(), shared, catalogue, today);
    Ok(sheet.finish(rows))
}

/// A sheet read and understood (header, columns, date orders), its rows not yet checked: so that a long list can be
/// checked a slice at a time ([`Prepared::check_rows`]) while the page stays responsive.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    headers: Vec<String>,
    has_header: bool,
    mapping: Vec<Option<Column>>,
    missing: Vec<Column>,
    dates: Vec<DateColumn>,
    notes: Vec<Note>,
    body: Vec<Record>,
    orders: Orders,
}

/// Reads a sheet's layout, columns and date orders.
pub fn prepare(records: Vec<Record>, options: &Options) -> Result<Prepared, BatchError> {
    let layout = sheet::layout(records);
    if layout.body.len() > MAX_ROWS {
        return Err(BatchError(text!(BatchTooManyRows, count = layout.body.len(), max = MAX_ROWS)));
    }
    let width = layout.body.iter().map(|r| r.fields.len()).chain(layout.header.as_ref().map(Vec::len)).max().unwrap_or(0);
    let has_header = layout.header.is_some();
    let given = layout.header.unwrap_or_default();
    let headers: Vec<String> = (0..width)
        .map(|j| match given.get(j).filter(|h| !h.is_empty()) {
            Some(h) => h.clone(),
            None if !has_header && j < Column::DEFAULT_ORDER.len() => Column::DEFAULT_ORDER[j].header().to_string(),
            // A header is the sheet's own data, kept as it is in every language: a blank one gets a plain name (in the
            // worker that reads sheets, which carries no words of any language).
            None => format!("column {}", j + 1),
        })
        .collect();
    let mapping = mapping(&headers, has_header, options);
    let missing: Vec<Column> = Column::NEEDED
        .into_iter()
        .filter(|c| !(mapping.contains(&Some(*c)) || *c == Column::Nationality && mapping.contains(&Some(Column::Residence))))
        .collect();
    let dates = date_columns(&mapping, &layout.body, options.dates);
    let order_of = |c: Column| dates.iter().find(|d| d.column == c).map_or(Order::Dmy, |d| d.order);
    let orders = Orders { arrival: order_of(Column::Arrival), departure: order_of(Column::Departure), days: order_of(Column::ActivityDays) };
    Ok(Prepared { headers, has_header, mapping, missing, dates, notes: layout.notes, body: layout.body, orders })
}

impl Prepared {
    /// How many rows hold invitees.
    pub fn len(&self) -> usize {
        self.body.len()
    }

    pub fn is_empty(&self) -> bool {
        self.body.is_empty()
    }

    /// Checks the invitees' rows in `range` (clamped to the rows there are).
    pub fn check_rows(&self, range: std::ops::Range<usize>, shared: &Shared, catalogue: &Catalogue, today: chrono::NaiveDate) -> Vec<Row> {
        let (mut rows, cases): (Vec<Row>, Vec<Option<Case>>) = self.read_rows(range, shared, catalogue).into_iter().unzip();
        assess(&mut rows, &cases, catalogue, today);
        rows
    }

    /// The rows in `range` read into cases, not yet checked (the page's worker reads; the page checks).
    pub fn read_rows(&self, range: std::ops::Range<usize>, shared: &Shared, catalogue: &Catalogue) -> Vec<(Row, Option<Case>)> {
        let end = range.end.min(self.body.len());
        let mut memo = Memo::default();
        self.body[range.start.min(end)..end].iter().map(|r| self.read_row(r.clone(), shared, catalogue, &mut memo)).collect()
    }

    /// Every row read into cases, and the batch they belong to: [`Prepared::read_rows`] for all of them, without a
    /// copy of each cell.
    pub fn read_all(mut self, shared: &Shared, catalogue: &Catalogue) -> (Batch, Vec<Option<Case>>) {
        let mut memo = Memo::default();
        let body = std::mem::take(&mut self.body);
        let (rows, cases) = body.into_iter().map(|r| self.read_row(r, shared, catalogue, &mut memo)).unzip();
        (self.finish(rows), cases)
    }

    fn read_row(&self, r: Record, shared: &Shared, catalogue: &Catalogue, memo: &mut Memo) -> (Row, Option<Case>) {
        let mut values = r.fields;
        values.resize(self.headers.len(), String::new());
        let cells: Vec<(Column, usize)> = self.mapping.iter().enumerate().filter_map(|(j, c)| c.map(|c| (c, j))).collect();
        let mut row = Row { line: r.line, values, cells, errors: Vec::new(), assessment: None };
        let case = row_case(&mut row, shared, catalogue, self.orders, memo);
        (row, case)
    }

    /// The batch, with its rows checked.
    pub fn finish(self, rows: Vec<Row>) -> Batch {
        let Prepared { headers, has_header, mapping, missing, dates, notes, .. } = self;
        Batch { headers, has_header, mapping, missing, dates, notes, rows }
    }
}

/// What each column is read as: from its header (the first column for a field wins), then as the options say.
fn mapping(headers: &[String], has_header: bool, options: &Options) -> Vec<Option<Column>> {
    let mut mapping: Vec<Option<Column>> = headers
        .iter()
        .enumerate()
        .map(|(j, h)| if has_header { headers::guess(h) } else { Column::DEFAULT_ORDER.get(j).copied() })
        .collect();
    for j in 0..mapping.len() {
        if mapping[..j].contains(&mapping[j]) {
            mapping[j] = None;
        }
    }
    for (header, column) in &options.columns {
        let Some(j) = headers.iter().position(|h| key(h) == key(header)) else { continue };
        if column.is_some() {
            for m in mapping.iter_mut().filter(|m| *m == column) {
                *m = None;
            }
        }
        mapping[j] = *column;
    }
    mapping
}

/// Each date column's order: its own values, else the other date columns', else the person's answer, else
/// day-first.
fn date_columns(mapping: &[Option<Column>], body: &[Record], chosen: Option<Order>) -> Vec<DateColumn> {
    let evidence: Vec<(usize, Column, Evidence)> = mapping
        .iter()
        .enumerate()
        .filter_map(|(j, c)| c.filter(|c| c.is_date()).map(|c| (j, c)))
        .map(|(j, c)| {
            let mut e = Evidence::default();
            for r in body {
                if let Some(v) = r.fields.get(j) {
                    e.add(v);
                }
            }
            (j, c, e)
        })
        .collect();
    let settled: Vec<Order> = evidence.iter().filter_map(|(_, _, e)| e.settled()).collect();
    let others = settled.first().copied().filter(|o| settled.iter().all(|s| s == o));
    evidence
        .into_iter()
        .map(|(index, column, e)| {
            let (order, from) = match (e.settled(), e.needs_asking(), others, chosen) {
                (Some(o), _, _, _) => (o, OrderFrom::Values),
                (None, false, _, c) => (c.unwrap_or_default(), OrderFrom::NotNeeded),
                (None, true, Some(o), _) => (o, OrderFrom::OtherColumns),
                (None, true, None, Some(c)) => (c, OrderFrom::Chosen),
                (None, true, None, None) => (Order::Dmy, OrderFrom::Assumed),
            };
            DateColumn { index, column, order, from }
        })
        .collect()
}

impl Batch {
    /// Whether some column's dates can be read two ways and only a person can say which: the page asks, once.
    pub fn asks_date_order(&self) -> bool {
        self.dates.iter().any(|d| matches!(d.from, OrderFrom::Chosen | OrderFrom::Assumed))
    }

    /// The columns read as nothing, by header.
    pub fn unread(&self) -> impl Iterator<Item = &str> {
        self.headers.iter().zip(&self.mapping).filter(|(_, m)| m.is_none()).map(|(h, _)| h.as_str())
    }
}

/// The order each date field is read in.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Orders {
    arrival: Order,
    departure: Order,
    days: Order,
}

fn order_name(order: Order) -> Msg {
    match order {
        Order::Dmy => Msg::BatchOrderDmy,
        Order::Mdy => Msg::BatchOrderMdy,
        Order::Ymd => Msg::BatchOrderYmd,
    }
}

/// The words for an order ("day first (25/12/2026)").
pub fn order_label(order: Order) -> Msg {
    order_name(order)
}

/// What is wrong with a date cell read in `order`.
fn date_problem(p: Problem, value: &str, order: Order, simple: Msg) -> Text {
    match p {
        Problem::OtherOrder(_) => text!(BatchOtherOrder, value = value, order = order_name(order)),
        Problem::NotADate => match simple {
            Msg::BatchNotADate => text!(BatchNotADate, value = value),
            _ => text!(BatchBadDays, value = value),
        },
    }
}

/// One date in a cell.
fn one_date(text: &str, order: Order) -> Result<chrono::NaiveDate, Text> {
    let d = cell::date(text, order).map_err(|p| date_problem(p, text, order, Msg::BatchNotADate))?;
    if !crate::case::date_in_range(d) {
        return Err(text!(BatchDateOutOfRange, value = text));
    }
    Ok(d)
}

/// The dates and ranges of a cell: "2026-03-02 to 2026-03-09", "2026-03-02; 2026-03-05", "2 - 9 March 2026".
fn spans(text: &str, order: Order) -> Result<Vec<DaySpan>, Text> {
    let read = cell::read(text, order).map_err(|p| date_problem(p, text, order, Msg::BatchBadDays))?;
    let mut out = Vec::new();
    for s in read {
        if !crate::case::date_in_range(s.from) || !crate::case::date_in_range(s.to) {
            return Err(text!(BatchDateOutOfRange, value = text));
        }
        if (s.to - s.from).num_days() >= MAX_RANGE_DAYS {
            return Err(text!(BatchRangeTooLong, value = text));
        }
        out.push(if s.from == s.to { DaySpan::Day(s.from) } else { DaySpan::Range { from: s.from, to: s.to } });
    }
    Ok(out)
}

/// Invented rows that the page reads and checks, unseen, once the delegation view has opened. WebAssembly runs
/// slowly until the browser has compiled its busiest code fully, which it does once that code has run for a while;
/// without this, an organiser's first sheet paid for it (a thousand rows took half as long again the first time).
/// The rows vary as sheets do (countries, dates written five ways, ranges and lists), so that the code they run is
/// what real rows run, and as many as a large sheet, so that the page's memory has grown to hold one: each line
/// below 84 times, `#` the guest's number and `@` a day.
pub fn warm_up_rows() -> String {
    const LINES: &str = "Guest #,GBR,2030-03-@,2030-03-28,2030-03-@ to 2030-03-27,performer
Guest #,France,@/04/2030,28/04/2030,@ - 27 Apr 2030,judge
Guest #,Japan,@ May 2030,28 May 2030,@ May 2030; 27 May 2030,speaker
Guest #,Nigeria,2030年6月@日,2030年6月28日,2030年6月@日至27日,coach
Guest #,United States,@.07.2030,28.07.2030,@.07.2030 to 27.07.2030,player
Guest #,India,2030-08-@,2030-08-28,2030-08-@,musician
Guest #,中國,@/09/2030,28/09/2030,@/09/2030 - 27/09/2030,dancer
Guest #,Brazil,@ Oct 2030,28 Oct 2030,@ Oct 2030 to 27 Oct 2030,actor
Guest #,Germany,2030-11-@,2030-11-28,2030-11-@; 2030-11-27,lecturer
Guest #,Canada,@/12/2030,28/12/2030,@/12/2030,conductor
Guest #,Republic of Korea,2030-02-@,2030-02-28,2030-02-@ to 2030-02-27,athlete
Guest #,Australia,@ Jan 2030,28 Jan 2030,@ - 27 Jan 2030,designer
";
    let mut rows = String::from("Name,Nationality,Date of arrival,Departure,Event dates,Role\n");
    for i in 1..=84 {
        let day = (i - 1) % 27 + 1;
        let day = if day < 10 { format!("0{day}") } else { day.to_string() };
        rows.push_str(&LINES.replace('#', &i.to_string()).replace('@', &day));
    }
    rows
}

/// What the cells of a sheet's earlier rows were read as, by their text: a delegation's invitees mostly share their
/// dates and nationality, and reading them is most of the work of reading a row.
#[derive(Default)]
struct Memo {
    arrival: Seen<Result<chrono::NaiveDate, Text>>,
    departure: Seen<Result<chrono::NaiveDate, Text>>,
    days: Seen<Result<Vec<DaySpan>, Text>>,
    nationality: Seen<Result<Nationality, Text>>,
}

/// What a nationality cell says.
#[derive(Clone)]
enum Nationality {
    /// A country the catalogue knows.
    Country,
    /// A residence written in the nationality column: "Mainland resident", "內地".
    Residence(Residence),
}

/// Reads a row into a case, recording each cell that cannot be read.
fn row_case(row: &mut Row, shared: &Shared, catalogue: &Catalogue, orders: Orders, memo: &mut Memo) -> Option<Case> {
    let mut errors = Vec::new();
    // A formula copied as text ("=A2+14") is not its value: said once, and the cell read as empty.
    for (c, _) in &row.cells {
        let v = row.cell(*c);
        if v.starts_with('=') && v.len() > 1 {
            errors.push(CellError { column: *c, message: text!(BatchFormula, value = v) });
        }
    }
    let formula = |c: Column| row.cell(c).starts_with('=') && row.cell(c).len() > 1;
    let text = |c: Column| Some(row.cell(c)).filter(|s| !s.is_empty() && !formula(c));
    let owned = |c: Column| text(c).map(str::to_string);
    let mut case = Case {
        host: owned(Column::Host).or_else(|| shared.host.clone()),
        activity: owned(Column::Activity).or_else(|| shared.activity.clone()),
        role: owned(Column::Role).or_else(|| shared.role.clone()),
        ..Case::default()
    };
    if let Some(s) = owned(Column::Sector).or_else(|| shared.sector.clone()) {
        match crate::case::check_sector(&s, catalogue) {
            Ok(()) => case.sector = Some(s),
            Err(e) => errors.push(CellError { column: Column::Sector, message: e.message }),
        }
    }
    if let Some(n) = text(Column::Nationality) {
        let read = |n: &str| match residence_of(n) {
            Some(r) => Ok(Nationality::Residence(r)),
            None => crate::case::check_nationality(n, catalogue).map(|()| Nationality::Country).map_err(|e| e.message),
        };
        match memo.nationality.get_or(n, read) {
            Ok(Nationality::Residence(r)) => case.residence = Some(r),
            Ok(Nationality::Country) => case.nationality = Some(n.to_string()),
            Err(message) => errors.push(CellError { column: Column::Nationality, message }),
        }
    }
    if let Some(r) = text(Column::Residence) {
        match residence_of(r) {
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
    let date_cell = |c: Column, order: Order, seen: &mut Seen<Result<chrono::NaiveDate, Text>>, errors: &mut Vec<CellError>| match text(c) {
        None => None,
        Some(v) => match seen.get_or(v, |v| one_date(v, order)) {
            Ok(d) => Some(d),
            Err(message) => {
                errors.push(CellError { column: c, message });
                None
            }
        },
    };
    let arrival = date_cell(Column::Arrival, orders.arrival, &mut memo.arrival, &mut errors);
    let departure = date_cell(Column::Departure, orders.departure, &mut memo.departure, &mut errors);
    let activity_days = match text(Column::ActivityDays) {
        None => Vec::new(),
        Some(v) => memo.days.get_or(v, |v| spans(v, orders.days)).unwrap_or_else(|message| {
            errors.push(CellError { column: Column::ActivityDays, message });
            Vec::new()
        }),
    };
    match arrival {
        Some(arrival) => case.trips.push(Trip { arrival, departure, activity_days }),
        None if text(Column::Arrival).is_none() && !formula(Column::Arrival) => {
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

    /// The results as CSV: every column of the input under its own header, then the row's line, its verdict, the
    /// findings that are not passes (or what could not be read) and what would fit.
    pub fn results_csv(&self) -> String {
        let mut out: Vec<String> = self.headers.iter().map(|h| quote(h)).collect();
        out.extend(["row", "verdict", "findings", "to_fit"].map(str::to_string));
        let mut text = out.join(",") + "\n";
        for r in &self.rows {
            let mut fields: Vec<String> = r.values.iter().map(|v| quote(v)).collect();
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
            fields.push(quote(&r.to_fit().en()));
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

    #[test]
    fn invitees_travelling_together_are_checked_once_and_come_to_the_same_answers() {
        // Each row's assessment is what checking its case alone gives, whether its case came before or not.
        let text = "name,nationality,arrival,departure,activity_days\nA,GBR,2026-03-01,2026-03-20,2026-03-02\nB,GBR,2026-03-01,2026-03-20,2026-03-02\n\
                    C,Nigeria,2026-03-01,2026-03-10,2026-03-02\nD,GBR,2026-03-01,2026-03-20,2026-03-02\nE,GBR,2026-03-01,2026-03-20,2026-03-02 to 2026-03-16\n";
        let shared = Shared { host: Some("HKAPA".into()), activity: Some("concerts".into()), role: Some("cellist".into()), ..Default::default() };
        let today = "2026-01-15".parse().unwrap();
        let batch = run(text, &shared, Catalogue::bundled(), today).unwrap();
        let (_, cases) = read(text, &Options::default(), &shared, Catalogue::bundled()).unwrap();
        for (row, case) in batch.rows.iter().zip(&cases) {
            assert_eq!(row.assessment.as_ref(), case.as_ref().map(|c| check(c, Catalogue::bundled(), today)).as_ref(), "row {}", row.line);
        }
        let verdicts: Vec<_> = batch.rows.iter().map(|r| r.verdict()).collect();
        assert_eq!(verdicts[0], verdicts[3]);
        assert_ne!(verdicts[0], verdicts[2]);
        assert_ne!(verdicts[0], verdicts[4]);
    }

    #[test]
    fn the_warm_up_rows_read_and_check_like_an_organisers() {
        // Every row must be read into a case, so that the warm-up runs what a real sheet runs, checks included.
        let batch = run(&warm_up_rows(), &Shared { host: Some("HKAPA".into()), ..Default::default() }, Catalogue::bundled(), "2029-06-01".parse().unwrap()).unwrap();
        assert_eq!(batch.rows.len(), 1008);
        let unread: Vec<_> = batch.rows.iter().filter(|r| !r.errors.is_empty()).map(|r| (r.line, r.errors.clone())).collect();
        assert!(unread.is_empty(), "{unread:?}");
        assert!(batch.rows.iter().all(|r| r.assessment.is_some()));
        assert!(batch.dates.iter().all(|d| d.order == Order::Dmy), "{:?}", batch.dates);
    }

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
        let findings_at = records[0].fields.iter().position(|f| f == "findings").unwrap();
        assert!(records[3].fields[findings_at].contains("window-14-days (fail)"));
        // What would fit, in words, in the last column.
        assert_eq!(records[3].fields.last().unwrap(), "End your activities by Sunday 15 March 2026 (day 14 of the window).");
    }

    fn batch_with(text: &str, options: &Options) -> Batch {
        run_with(text, options, &shared(), Catalogue::bundled(), "2026-01-15".parse().unwrap()).unwrap()
    }

    #[test]
    fn every_column_is_kept_in_order_under_its_own_header() {
        let b = batch("Guest,E-mail,Passport country,Arrive,Flight,On stage\nA,a@example.org,GBR,2026-03-01,BA27,2026-03-02\n");
        assert_eq!(b.headers, ["Guest", "E-mail", "Passport country", "Arrive", "Flight", "On stage"]);
        assert_eq!(b.mapping, [Some(Column::Name), None, Some(Column::Nationality), Some(Column::Arrival), None, None]);
        assert_eq!(b.missing, [Column::ActivityDays]);
        assert_eq!(b.unread().collect::<Vec<_>>(), ["E-mail", "Flight", "On stage"]);
        let csv = b.results_csv();
        assert!(csv.starts_with("Guest,E-mail,Passport country,Arrive,Flight,On stage,row,verdict,findings,to_fit\nA,a@example.org,GBR,2026-03-01,BA27,2026-03-02,2,"), "{csv}");
    }

    #[test]
    fn a_person_says_which_column_holds_a_field_and_the_verdicts_follow() {
        let text = "Guest,Passport country,Arrive,On stage\nA,GBR,2026-03-01,2026-03-02 to 2026-03-16\n";
        assert_ne!(batch(text).rows[0].verdict(), Some(Verdict::NotEligible), "without its activity days, day 15 is not seen");
        let mut o = Options::default();
        o.set("on stage", Some(Column::ActivityDays));
        let b = batch_with(text, &o);
        assert_eq!((b.missing.len(), b.rows[0].verdict()), (0, Some(Verdict::NotEligible)));
        // Giving the field to another column takes it from this one.
        o.set("Guest", Some(Column::ActivityDays));
        assert_eq!(batch_with(text, &o).mapping, [Some(Column::ActivityDays), Some(Column::Nationality), Some(Column::Arrival), None]);
    }

    #[test]
    fn each_date_column_is_read_in_the_order_its_values_show() {
        let b = batch("name,nationality,arrival,departure,activity_days\nA,GBR,03/01/2026,03/20/2026,03/02/2026 to 03/09/2026\n");
        assert_eq!(b.rows[0].verdict(), Some(Verdict::Eligible), "{:?}", b.rows[0].errors);
        assert_eq!(b.dates.iter().map(|d| (d.order, d.from)).collect::<Vec<_>>(), [(Order::Mdy, OrderFrom::OtherColumns), (Order::Mdy, OrderFrom::Values), (Order::Mdy, OrderFrom::OtherColumns)]);
        assert!(!b.asks_date_order());
    }

    #[test]
    fn dates_no_value_settles_are_read_day_first_until_the_person_says() {
        let text = "name,nationality,arrival,activity_days\nA,GBR,01/03/2026,02/03/2026 to 09/03/2026\n";
        let b = batch(text);
        assert!(b.asks_date_order());
        assert_eq!(b.rows[0].trips_arrival(), Some("2026-03-01".parse().unwrap()));
        let b = batch_with(text, &Options { dates: Some(Order::Mdy), ..Options::default() });
        assert_eq!((b.dates[0].from, b.rows[0].trips_arrival()), (OrderFrom::Chosen, Some("2026-01-03".parse().unwrap())));
    }

    #[test]
    fn a_date_that_reads_only_the_other_way_says_so() {
        let b = batch("name,nationality,arrival,departure,activity_days\nA,GBR,25/03/2026,28/03/2026,26/03/2026\nB,GBR,03/26/2026,28/03/2026,26/03/2026\n");
        assert!(b.rows[1].errors[0].to_string().contains("not a date read day first"), "{}", b.rows[1].errors[0]);
    }

    #[test]
    fn a_sheet_checked_in_slices_is_the_sheet_checked_at_once() {
        let text = "name,nationality,arrival,activity_days\nA,GBR,2026-03-01,2026-03-02\nB,Nigeria,2026-03-01,2026-03-02\nC,GBR,2026-02-30,2026-03-02\n";
        let (shared, today) = (shared(), "2026-01-15".parse().unwrap());
        let sheet = prepare(records(text).unwrap(), &Options::default()).unwrap();
        let mut rows = sheet.check_rows(0..2, &shared, Catalogue::bundled(), today);
        rows.extend(sheet.check_rows(2..99, &shared, Catalogue::bundled(), today));
        assert_eq!(sheet.finish(rows), batch(text));
    }

    #[test]
    fn a_formula_is_named_not_read() {
        let b = batch("name,nationality,arrival,departure,activity_days\nA,GBR,2026-03-01,=C2+14,2026-03-02\n");
        assert_eq!(b.rows[0].errors.len(), 1);
        assert!(b.rows[0].errors[0].to_string().starts_with("departure: \"=C2+14\" is a formula"));
    }

    #[test]
    fn a_sheet_as_text_keeps_its_row_numbers() {
        let records = vec![Record { line: 1, fields: vec!["name".into(), "a\tb".into()] }, Record { line: 4, fields: vec!["x".into(), "y".into()] }];
        let text = to_text(&records);
        assert_eq!(text, "name\t\"a\tb\"\n\n\nx\ty\n");
        assert_eq!(crate::csv::parse(&text, '\t').unwrap().iter().map(|r| r.line).collect::<Vec<_>>(), [1, 4]);
    }
}
