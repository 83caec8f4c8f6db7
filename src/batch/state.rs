//! The delegation view's state, as plain Rust tested natively: what was pasted, the values for every row, what the
//! person said about the columns and the dates, and how the results are filtered, sorted and paged. The page keeps
//! one [`Delegation`] and sends it [`Edit`]s; it only draws.

use chrono::Datelike;

use super::{Batch, BatchError, Column, Options, Row, Shared};
use crate::catalogue::Catalogue;
use crate::dates::cell::Order;
use crate::i18n::{Msg, Text};
use crate::rules::{Outcome, Verdict};
use crate::sorting::{number, sort_by_key, text};

/// Rows drawn at once; more on request, so that a long list stays quick on a phone.
pub const PAGE: usize = 100;

/// Which rows the table shows, by verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Filter {
    #[default]
    All,
    Only(Option<Verdict>),
}

impl Filter {
    /// Every choice, in the order the page offers them.
    pub const ALL: [Filter; 6] = [
        Filter::All,
        Filter::Only(Some(Verdict::Eligible)),
        Filter::Only(Some(Verdict::EligibleWithConditions)),
        Filter::Only(Some(Verdict::NotEligible)),
        Filter::Only(Some(Verdict::Unconfirmed)),
        Filter::Only(None),
    ];

    /// The value of the page's option ("" for every row, else the verdict's class).
    pub fn id(self) -> &'static str {
        match self {
            Filter::All => "",
            Filter::Only(v) => verdict_class(v),
        }
    }

    pub fn parse(id: &str) -> Filter {
        Filter::ALL.into_iter().find(|f| f.id() == id).unwrap_or_default()
    }

    pub fn label(self) -> Msg {
        match self {
            Filter::All => Msg::BatchAllRows,
            Filter::Only(v) => verdict_label(v),
        }
    }

    fn keeps(self, row: &Row) -> bool {
        match self {
            Filter::All => true,
            Filter::Only(v) => row.verdict() == v,
        }
    }
}

/// The order of the table's rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// As in the list.
    #[default]
    List,
    /// Most serious first; a row that could not be read last.
    Serious,
    Name,
    /// By the arrival date read (not as written, which may be day- or month-first); unread arrivals last.
    Arrival,
}

impl Sort {
    pub const ALL: [Sort; 4] = [Sort::List, Sort::Serious, Sort::Name, Sort::Arrival];

    pub fn id(self) -> &'static str {
        match self {
            Sort::List => "row",
            Sort::Serious => "verdict",
            Sort::Name => "name",
            Sort::Arrival => "arrival",
        }
    }

    pub fn parse(id: &str) -> Sort {
        Sort::ALL.into_iter().find(|s| s.id() == id).unwrap_or_default()
    }

    pub fn label(self) -> Msg {
        match self {
            Sort::List => Msg::BatchOrderList,
            Sort::Serious => Msg::BatchOrderSerious,
            Sort::Name => Msg::BatchOrderName,
            Sort::Arrival => Msg::BatchOrderArrival,
        }
    }
}

/// A verdict's class on the page (and the filter's value for it); `None` for a row that could not be read.
pub fn verdict_class(v: Option<Verdict>) -> &'static str {
    match v {
        Some(Verdict::Eligible) => "eligible",
        Some(Verdict::EligibleWithConditions) => "conditions",
        Some(Verdict::NotEligible) => "not-eligible",
        Some(Verdict::Unconfirmed) => "unconfirmed",
        None => "unreadable",
    }
}

pub fn verdict_label(v: Option<Verdict>) -> Msg {
    match v {
        Some(v) => v.headline(),
        None => Msg::BatchUnreadable,
    }
}

/// Everything the delegation view holds, as typed or chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct Delegation {
    /// The rows as pasted or opened: never changed by the checker, so nothing the organiser gave is lost.
    pub rows: String,
    pub host: String,
    /// A sector id, or empty for "not sure".
    pub sector: String,
    pub activity: String,
    pub role: String,
    /// What the organiser said about the columns and the dates: kept while the page is open, whatever is pasted.
    pub options: Options,
    pub filter: Filter,
    pub sort: Sort,
    /// How many rows the table draws.
    pub shown: usize,
    /// Why the file chosen was not opened; the text box keeps what it held.
    pub file_error: Option<Text>,
    /// The workbook whose sheet the text box holds, for a choice of its other sheets.
    pub workbook: Option<Workbook>,
    /// The name of the workbook being opened (off the page's main thread), until its sheet comes back.
    pub opening: Option<String>,
}

/// A workbook opened: its file's name, its sheets, and the one read.
#[derive(Debug, Clone, PartialEq)]
pub struct Workbook {
    pub file: String,
    pub sheets: Vec<String>,
    pub sheet: String,
}

impl Default for Delegation {
    fn default() -> Self {
        Delegation {
            rows: String::new(),
            host: String::new(),
            sector: String::new(),
            activity: String::new(),
            role: String::new(),
            options: Options::default(),
            filter: Filter::All,
            sort: Sort::List,
            shown: PAGE,
            file_error: None,
            workbook: None,
            opening: None,
        }
    }
}

/// One change the organiser makes.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Rows(String),
    /// A file's text, opened.
    Opened(String),
    /// A file that could not be opened, and why.
    FileError(Text),
    /// A workbook, by name, is being opened (its first sheet, or another chosen).
    Opening(String),
    /// A workbook's sheet, opened: its rows become the text box's (as if pasted), and its sheets are offered.
    OpenedSheet(String, crate::wire::OpenedSheet),
    /// A workbook, by name, could not be opened, and why; said only while it is the one being opened.
    SheetFailed(String, Text),
    Host(String),
    Sector(String),
    Activity(String),
    Role(String),
    /// The column with this header holds this field (or none).
    Column(String, Option<Column>),
    /// Dates no value settles are written in this order.
    Dates(Order),
    Filter(Filter),
    Sort(Sort),
    /// Draw another page of rows.
    More,
}

impl Delegation {
    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Rows(text) => {
                self.rows = text;
                self.shown = PAGE;
            }
            Edit::Opened(text) => {
                self.rows = text;
                self.shown = PAGE;
                self.file_error = None;
                (self.workbook, self.opening) = (None, None);
            }
            Edit::FileError(e) => {
                self.file_error = Some(e);
                self.opening = None;
            }
            Edit::Opening(file) => {
                self.opening = Some(file);
                self.file_error = None;
            }
            Edit::SheetFailed(file, e) => {
                if self.opening.as_deref() == Some(file.as_str()) {
                    self.file_error = Some(e);
                    self.opening = None;
                }
            }
            Edit::OpenedSheet(file, opened) => {
                if self.opening.as_deref() == Some(file.as_str()) {
                    self.rows = opened.text;
                    self.shown = PAGE;
                    self.file_error = None;
                    self.opening = None;
                    self.workbook = Some(Workbook { file, sheets: opened.sheets, sheet: opened.sheet });
                }
            }
            Edit::Host(v) => self.host = v,
            Edit::Sector(v) => self.sector = v,
            Edit::Activity(v) => self.activity = v,
            Edit::Role(v) => self.role = v,
            Edit::Column(header, column) => self.options.set(&header, column),
            Edit::Dates(order) => self.options.dates = Some(order),
            Edit::Filter(f) => {
                self.filter = f;
                self.shown = PAGE;
            }
            Edit::Sort(s) => self.sort = s,
            Edit::More => self.shown += PAGE,
        }
    }

    /// The values for every row, trimmed; empty ones left out.
    pub fn shared(&self) -> Shared {
        let some = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        Shared { host: some(&self.host), sector: some(&self.sector), activity: some(&self.activity), role: some(&self.role) }
    }

    /// The rows checked, or `None` while there are none.
    pub fn check(&self, catalogue: &Catalogue, today: chrono::NaiveDate) -> Option<Result<Batch, BatchError>> {
        (!self.rows.trim().is_empty()).then(|| super::run_with(&self.rows, &self.options, &self.shared(), catalogue, today))
    }

    /// The rows the filter keeps, in the order chosen (all of them: the table draws the first [`Delegation::shown`]).
    /// What the table shows of the rows: all the table needs, so that typing in the text box does not draw the table
    /// again.
    pub fn table(&self) -> Table {
        Table { filter: self.filter, sort: self.sort, shown: self.shown }
    }

    pub fn visible<'a>(&self, batch: &'a Batch) -> Vec<&'a Row> {
        self.table().visible(batch)
    }
}

/// Which rows the table shows, in which order, and how many.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Table {
    pub filter: Filter,
    pub sort: Sort,
    pub shown: usize,
}

impl Table {
    pub fn visible<'a>(&self, batch: &'a Batch) -> Vec<&'a Row> {
        let mut rows: Vec<&Row> = batch.rows.iter().filter(|r| self.filter.keeps(r)).collect();
        match self.sort {
            Sort::List => {}
            Sort::Serious => sort_by_key(&mut rows, |r| {
                number(r.assessment.as_ref().map_or(1, |a| -a.findings.iter().map(|f| f.outcome as i64).filter(|o| *o > Outcome::Info as i64).max().unwrap_or(0)))
            }),
            Sort::Name => sort_by_key(&mut rows, |r| text(crate::catalogue::names::lowercase(r.cell(Column::Name)))),
            Sort::Arrival => sort_by_key(&mut rows, |r| number(r.trips_arrival().map_or(i64::MAX, |d| d.num_days_from_ce() as i64))),
        }
        rows
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_workbooks_sheet_fills_the_box_and_offers_the_others_and_a_late_answer_is_not_taken() {
        use crate::wire::OpenedSheet;
        let mut d = Delegation::default();
        d.apply(Edit::Rows("pasted".into()));
        d.apply(Edit::Opening("book.xlsx".into()));
        let sheet = |name: &str| OpenedSheet { sheets: vec!["A".into(), "B".into()], sheet: name.into(), text: format!("rows of {name}") };
        // An answer for another file (opened before) changes nothing.
        d.apply(Edit::OpenedSheet("old.xlsx".into(), sheet("A")));
        assert_eq!((d.rows.as_str(), d.opening.as_deref()), ("pasted", Some("book.xlsx")));
        d.apply(Edit::OpenedSheet("book.xlsx".into(), sheet("A")));
        assert_eq!(d.rows, "rows of A");
        assert_eq!(d.workbook, Some(Workbook { file: "book.xlsx".into(), sheets: vec!["A".into(), "B".into()], sheet: "A".into() }));
        d.apply(Edit::Opening("book.xlsx".into()));
        d.apply(Edit::OpenedSheet("book.xlsx".into(), sheet("B")));
        assert_eq!((d.rows.as_str(), d.workbook.as_ref().map(|w| w.sheet.as_str())), ("rows of B", Some("B")));
        // A workbook that cannot be read: said, and the box keeps its rows.
        d.apply(Edit::Opening("bad.xlsx".into()));
        d.apply(Edit::FileError(crate::text!(BatchSheetProtected, file = "bad.xlsx")));
        assert_eq!((d.rows.as_str(), d.opening.as_deref()), ("rows of B", None));
        assert!(d.file_error.is_some());
        // A text file opened after it: no workbook any more.
        d.apply(Edit::Opened("name,nationality".into()));
        assert_eq!((d.workbook.as_ref(), d.file_error.as_ref()), (None, None));
    }

    use super::*;

    fn today() -> chrono::NaiveDate {
        "2026-01-15".parse().unwrap()
    }

    fn verdicts(d: &Delegation) -> Vec<&'static str> {
        let b = d.check(Catalogue::bundled(), today()).unwrap().unwrap();
        d.visible(&b).iter().map(|r| verdict_class(r.verdict())).collect()
    }

    fn delegation(rows: &str) -> Delegation {
        let mut d = Delegation::default();
        for e in [
            Edit::Host("Hong Kong Academy for Performing Arts".into()),
            Edit::Activity("masterclasses and concerts".into()),
            Edit::Role("musician".into()),
            Edit::Rows(rows.into()),
        ] {
            d.apply(e);
        }
        d
    }

    const SHEET: &str = "Guest,Passport country,Arrive,Performing\nB,GBR,01/03/2026,02/03/2026 to 16/03/2026\nA,Nigeria,01/03/2026,02/03/2026 to 05/03/2026\n";

    #[test]
    fn a_column_chosen_for_a_field_changes_the_verdicts_and_is_kept_when_the_rows_change() {
        let mut d = delegation(SHEET);
        assert_eq!(d.check(Catalogue::bundled(), today()).unwrap().unwrap().missing, [Column::ActivityDays]);
        let before = verdicts(&d);
        d.apply(Edit::Column("Performing".into(), Some(Column::ActivityDays)));
        assert_eq!(verdicts(&d), ["not-eligible", "conditions"]);
        assert_ne!(before, verdicts(&d));
        d.apply(Edit::Rows(format!("{SHEET}C,JPN,01/03/2026,02/03/2026\n")));
        assert_eq!(verdicts(&d), ["not-eligible", "conditions", "eligible"], "the choice outlives a new paste");
        assert_eq!(d.rows.lines().count(), 4, "the text box holds what was pasted");
    }

    #[test]
    fn the_date_order_answer_changes_how_ambiguous_dates_are_read() {
        let mut d = delegation("name,nationality,arrival,activity_days\nA,GBR,01/03/2026,02/03/2026\n");
        let arrival = |d: &Delegation| d.check(Catalogue::bundled(), today()).unwrap().unwrap().rows[0].trips_arrival().unwrap().to_string();
        assert_eq!(arrival(&d), "2026-03-01");
        d.apply(Edit::Dates(Order::Mdy));
        assert_eq!(arrival(&d), "2026-01-03");
    }

    #[test]
    fn filter_sort_and_more() {
        let mut d = delegation("name,nationality,arrival,activity_days\nZed,GBR,2026-03-05,2026-03-06\nAnn,Nigeria,2026-03-01,2026-03-02\nBo,GBR,2026-02-30,2026-03-02\nCy,JPN,2026-03-01,2026-03-02 to 2026-03-16\n");
        assert_eq!(verdicts(&d), ["eligible", "conditions", "unreadable", "not-eligible"]);
        d.apply(Edit::Sort(Sort::Serious));
        assert_eq!(verdicts(&d), ["not-eligible", "conditions", "eligible", "unreadable"]);
        d.apply(Edit::Sort(Sort::Arrival));
        assert_eq!(verdicts(&d), ["conditions", "not-eligible", "eligible", "unreadable"]);
        d.apply(Edit::Sort(Sort::Name));
        assert_eq!(verdicts(&d), ["conditions", "unreadable", "not-eligible", "eligible"]);
        d.apply(Edit::More);
        assert_eq!(d.shown, 2 * PAGE);
        d.apply(Edit::Filter(Filter::parse("unreadable")));
        assert_eq!((verdicts(&d), d.shown), (vec!["unreadable"], PAGE));
        assert_eq!(Filter::parse(Filter::Only(Some(Verdict::NotEligible)).id()), Filter::Only(Some(Verdict::NotEligible)));
        assert_eq!(Sort::parse("arrival"), Sort::Arrival);
    }

    #[test]
    fn a_file_that_cannot_be_opened_leaves_the_rows_alone() {
        let mut d = delegation(SHEET);
        d.apply(Edit::FileError(Msg::BatchNoRows.into()));
        assert_eq!((d.rows.as_str(), d.file_error.is_some()), (SHEET, true));
        d.apply(Edit::Opened("x".into()));
        assert_eq!((d.rows.as_str(), d.file_error.is_none()), ("x", true));
    }
}
