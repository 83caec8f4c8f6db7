//! What the page and its worker say to each other: a letter's reading ([`Extraction`]) and a checked delegation
//! ([`Batch`]) as one string each, and back. The letter reader and the delegation's sheet reader run in a Web Worker
//! (the same WebAssembly as the page, `src/bin/stv-check-web.rs`, with its own memory), and the page and the worker
//! share no memory, so the results cross as text.
//!
//! The format is this module's own and is read only by the same build that wrote it: each value is a tag or a
//! length-prefixed string (`5:hello`), so any character a letter holds travels unchanged. A message crosses as its
//! number in [`Msg::ALL`] and its placeholders by name, so the page can render it in any language after it arrives.

use chrono::NaiveDate;

use crate::batch::{Batch, BatchError, CellError, Column, DateColumn, Note, OrderFrom, Row};
use crate::case::{Case, DaySpan, Residence, Trip};
use crate::catalogue::import::ListError;
use crate::catalogue::{Organisation, OrganisationKind};
use crate::dates::cell::Order;
use crate::i18n::{Arg, Msg, Name, Text, PLACEHOLDERS};
use crate::letter::{Extracted, Extraction};

/// A reading as a string.
pub fn encode(x: &Extraction) -> String {
    let mut w = String::new();
    extraction(&mut w, x);
    w
}

/// The reading a string holds; `None` for one this build did not write.
pub fn decode(s: &str) -> Option<Extraction> {
    let mut r = Reader { rest: s };
    let x = r.extraction()?;
    r.rest.is_empty().then_some(x)
}

/// A delegation read (its rows and each row's case, or why it could not be read) as a string.
pub fn encode_read(result: &crate::batch::Read) -> String {
    let mut w = String::new();
    match result {
        Ok((b, cases)) => {
            w.push('+');
            batch(&mut w, b);
            number(&mut w, cases.len() as i64);
            let mut previous = None;
            for c in cases {
                maybe(&mut w, c.as_ref(), |w, c| case(w, c, previous));
                previous = c.as_ref().or(previous);
            }
        }
        Err(e) => {
            w.push('-');
            text(&mut w, &e.0);
        }
    }
    w
}

/// The delegation read that a string holds; `None` for one this build did not write.
pub fn decode_read(s: &str) -> Option<crate::batch::Read> {
    let mut r = Reader { rest: s };
    let result = match r.tag()? {
        '+' => {
            let b = r.batch()?;
            let mut previous: Option<Case> = None;
            let cases = r.list(|r| {
                let c = r.maybe(|r| r.case(previous.as_ref()))?;
                if c.is_some() {
                    previous.clone_from(&c);
                }
                Some(c)
            })?;
            (cases.len() == b.rows.len()).then_some(())?;
            Ok((b, cases))
        }
        '-' => Err(BatchError(r.text()?)),
        _ => return None,
    };
    r.rest.is_empty().then_some(result)
}

/// A workbook's sheet as the page's text box takes it: the workbook's sheets (for a choice of sheet), the sheet
/// read, and its rows as tab-separated text ([`crate::batch::to_text`]).
#[derive(Debug, Clone, PartialEq)]
pub struct OpenedSheet {
    pub sheets: Vec<String>,
    pub sheet: String,
    pub text: String,
}

/// A workbook opened (or why it could not be) as a string.
pub fn encode_sheet(result: &Result<OpenedSheet, BatchError>) -> String {
    let mut w = String::new();
    match result {
        Ok(o) => {
            w.push('+');
            list(&mut w, &o.sheets, |w, s| string(w, s));
            string(&mut w, &o.sheet);
            string(&mut w, &o.text);
        }
        Err(e) => {
            w.push('-');
            text(&mut w, &e.0);
        }
    }
    w
}

/// The opened workbook that a string holds; `None` for one this build did not write.
pub fn decode_sheet(s: &str) -> Option<Result<OpenedSheet, BatchError>> {
    let mut r = Reader { rest: s };
    let result = match r.tag()? {
        '+' => Ok(OpenedSheet { sheets: r.list(Reader::string)?, sheet: r.string()?, text: r.string()? }),
        '-' => Err(BatchError(r.text()?)),
        _ => return None,
    };
    r.rest.is_empty().then_some(result)
}

/// What the page asks the worker to read: the rows as pasted, what the person said about the columns and dates, and
/// the values for every row. (The page checks the cases itself, with its catalogue and any list the person loaded.)
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DelegationRequest {
    pub rows: String,
    pub options: crate::batch::Options,
    pub shared: crate::batch::Shared,
}

/// A delegation request as a string.
pub fn encode_request(q: &DelegationRequest) -> String {
    let mut w = String::new();
    string(&mut w, &q.rows);
    list(&mut w, &q.options.columns, |w, (h, c)| {
        string(w, h);
        maybe(w, c.as_ref(), |w, c| one_of(w, &Column::ALL, c));
    });
    maybe(&mut w, q.options.dates.as_ref(), |w, o| one_of(w, &ORDERS, o));
    let s = &q.shared;
    for v in [&s.host, &s.sector, &s.activity, &s.role] {
        maybe(&mut w, v.as_ref(), |w, v| string(w, v));
    }
    w
}

/// The request a string holds; `None` for one this build did not write.
pub fn decode_request(s: &str) -> Option<DelegationRequest> {
    let mut r = Reader { rest: s };
    let rows = r.string()?;
    let columns = r.list(|r| Some((r.string()?, r.maybe(|r| r.one_of(&Column::ALL))?)))?;
    let dates = r.maybe(|r| r.one_of(&ORDERS))?;
    let shared = crate::batch::Shared {
        host: r.maybe(Reader::string)?,
        sector: r.maybe(Reader::string)?,
        activity: r.maybe(Reader::string)?,
        role: r.maybe(Reader::string)?,
    };
    r.rest.is_empty().then_some(DelegationRequest { rows, options: crate::batch::Options { columns, dates }, shared })
}

const ORDERS: [Order; 3] = [Order::Dmy, Order::Mdy, Order::Ymd];
const ORDER_FROM: [OrderFrom; 5] = [OrderFrom::Values, OrderFrom::OtherColumns, OrderFrom::Chosen, OrderFrom::Assumed, OrderFrom::NotNeeded];

fn fields(x: &Extraction) -> [&Option<Extracted>; 14] {
    [
        &x.host, &x.invitee, &x.nationality, &x.travel_document, &x.activity, &x.role, &x.activity_from,
        &x.activity_to, &x.arrival, &x.departure, &x.venue, &x.remuneration, &x.letter_date, &x.signatory,
    ]
}

fn fields_mut(x: &mut Extraction) -> [&mut Option<Extracted>; 14] {
    [
        &mut x.host, &mut x.invitee, &mut x.nationality, &mut x.travel_document, &mut x.activity, &mut x.role,
        &mut x.activity_from, &mut x.activity_to, &mut x.arrival, &mut x.departure, &mut x.venue,
        &mut x.remuneration, &mut x.letter_date, &mut x.signatory,
    ]
}

/// An official list read (its organisations, or what is wrong with it line by line) as a string.
pub fn encode_list(result: &Result<Vec<Organisation>, Vec<ListError>>) -> String {
    let mut w = String::new();
    match result {
        Ok(orgs) => {
            w.push('+');
            list(&mut w, orgs, |w, o| {
                list(w, &o.sectors, |w, s| string(w, s));
                string(w, &o.name_en);
                maybe(w, o.name_zh.as_ref(), |w, s| string(w, s));
                list(w, &o.abbreviations, |w, s| string(w, s));
                maybe(w, o.scope.as_ref(), |w, s| string(w, s));
                maybe(w, o.since.as_ref(), date);
                maybe(w, o.until.as_ref(), date);
                one_of(w, &KINDS, &o.kind);
                list(w, &o.sources, |w, s| string(w, s));
                maybe(w, o.note.as_ref(), |w, s| string(w, s));
                number(w, o.line as i64);
                maybe(w, o.loaded_on.as_ref(), date);
            });
        }
        Err(errors) => {
            w.push('-');
            list(&mut w, errors, |w, e| {
                number(w, e.line as i64);
                text(w, &e.message);
            });
        }
    }
    w
}

/// The list read that a string holds; `None` for one this build did not write.
pub fn decode_list(s: &str) -> Option<Result<Vec<Organisation>, Vec<ListError>>> {
    let mut r = Reader { rest: s };
    let result = match r.tag()? {
        '+' => Ok(r.list(|r| {
            Some(Organisation {
                sectors: r.list(Reader::string)?,
                name_en: r.string()?,
                name_zh: r.maybe(Reader::string)?,
                abbreviations: r.list(Reader::string)?,
                scope: r.maybe(Reader::string)?,
                since: r.maybe(Reader::date)?,
                until: r.maybe(Reader::date)?,
                kind: r.one_of(&KINDS)?,
                sources: r.list(Reader::string)?,
                note: r.maybe(Reader::string)?,
                line: r.index()?,
                loaded_on: r.maybe(Reader::date)?,
            })
        })?),
        '-' => Err(r.list(|r| Some(ListError { line: r.index()?, message: r.text()? }))?),
        _ => return None,
    };
    r.rest.is_empty().then_some(result)
}

const KINDS: [OrganisationKind; 3] = [OrganisationKind::Organisation, OrganisationKind::Government, OrganisationKind::Class];

// Writing: each function appends one value.

fn string(w: &mut String, s: &str) {
    number(w, s.len() as i64);
    w.push_str(s);
}

fn number(w: &mut String, n: i64) {
    // Digit by digit: a delegation's answer holds several numbers a cell, and formatting each took a tenth of the
    // worker's time.
    if n < 0 {
        w.push('-');
    }
    let mut digits = [0u8; 20];
    let mut rest = n.unsigned_abs();
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    w.extend(digits[at..].iter().map(|d| char::from(*d)));
    w.push(':');
}

/// One of a fixed list of values, by its place in the list.
fn one_of<T: PartialEq>(w: &mut String, all: &[T], v: &T) {
    number(w, all.iter().position(|x| x == v).map_or(-1, |i| i as i64));
}

fn maybe<T>(w: &mut String, v: Option<&T>, put: impl FnOnce(&mut String, &T)) {
    match v {
        None => w.push('-'),
        Some(v) => {
            w.push('+');
            put(w, v);
        }
    }
}

fn list<T>(w: &mut String, items: &[T], mut put: impl FnMut(&mut String, &T)) {
    number(w, items.len() as i64);
    for item in items {
        put(w, item);
    }
}

fn date(w: &mut String, d: &NaiveDate) {
    string(w, &crate::catalogue::iso_date(*d));
}

fn extraction(w: &mut String, x: &Extraction) {
    for field in fields(x) {
        maybe(w, field.as_ref(), extracted);
    }
    list(w, &x.warnings, text);
    list(w, &x.not_found, |w, name| string(w, name));
}

fn extracted(w: &mut String, e: &Extracted) {
    string(w, &e.value);
    string(w, &e.text);
    number(w, e.start as i64);
    number(w, e.end as i64);
    number(w, i64::from(e.confidence.to_bits()));
    maybe(w, e.reason.as_ref(), text);
}

fn text(w: &mut String, t: &Text) {
    number(w, t.msg as i64);
    number(w, t.args.len() as i64);
    for (name, a) in &t.args {
        string(w, name);
        arg(w, a);
    }
}

fn arg(w: &mut String, a: &Arg) {
    match a {
        Arg::Str(s) => {
            w.push('s');
            string(w, s);
        }
        Arg::Num(n) => {
            w.push('n');
            number(w, *n);
        }
        Arg::Date(d) => {
            w.push('d');
            date(w, d);
        }
        Arg::Days(n) => {
            w.push('y');
            number(w, *n);
        }
        Arg::Name(name) => {
            w.push('m');
            string(w, &name.en);
            maybe(w, name.zh.as_ref(), |w, zh| string(w, zh));
        }
        Arg::Text(t) => {
            w.push('t');
            text(w, t);
        }
        Arg::List(items) => {
            w.push('l');
            list(w, items, text);
        }
    }
}

fn batch(w: &mut String, b: &Batch) {
    list(w, &b.headers, |w, h| string(w, h));
    w.push(if b.has_header { '+' } else { '-' });
    list(w, &b.mapping, |w, c| maybe(w, c.as_ref(), |w, c| one_of(w, &Column::ALL, c)));
    list(w, &b.missing, |w, c| one_of(w, &Column::ALL, c));
    list(w, &b.dates, |w, d| {
        number(w, d.index as i64);
        one_of(w, &Column::ALL, &d.column);
        one_of(w, &ORDERS, &d.order);
        one_of(w, &ORDER_FROM, &d.from);
    });
    list(w, &b.notes, |w, n| {
        number(w, n.line as i64);
        text(w, &n.message);
    });
    // Rows as read: the page checks them (an assessment never crosses).
    list(w, &b.rows, |w, r| {
        number(w, r.line as i64);
        list(w, &r.values, |w, v| string(w, v));
        list(w, &r.cells, |w, (c, j)| {
            one_of(w, &Column::ALL, c);
            number(w, *j as i64);
        });
        list(w, &r.errors, |w, e| {
            one_of(w, &Column::ALL, &e.column);
            text(w, &e.message);
        });
    });
}

/// A case's texts, in the order they are written.
fn texts(c: &Case) -> [&Option<String>; 6] {
    [&c.host, &c.sector, &c.nationality, &c.activity, &c.role, &c.letter_text]
}

/// A case, its texts the same as in `previous` (the delegation's case before it) written as `=`: a delegation's
/// host, activity and role are mostly the same in every row.
fn case(w: &mut String, c: &Case, previous: Option<&Case>) {
    let before = previous.map(texts);
    for (j, v) in texts(c).into_iter().enumerate() {
        match v {
            Some(v) if before.is_some_and(|b| b[j].as_ref() == Some(v)) => w.push('='),
            v => maybe(w, v.as_ref(), |w, v| string(w, v)),
        }
    }
    maybe(w, c.residence.as_ref(), |w, r| one_of(w, &Residence::ALL, r));
    maybe(w, c.permitted_stay_days.as_ref(), |w, n| number(w, i64::from(*n)));
    list(w, &c.trips, |w, t| {
        date(w, &t.arrival);
        maybe(w, t.departure.as_ref(), date);
        list(w, &t.activity_days, |w, span| match span {
            DaySpan::Day(d) => {
                w.push('.');
                date(w, d);
            }
            DaySpan::Range { from, to } => {
                w.push('~');
                date(w, from);
                date(w, to);
            }
        });
    });
}

// Reading: each method takes one value, or `None` for what this build did not write.

struct Reader<'a> {
    rest: &'a str,
}

impl Reader<'_> {
    fn tag(&mut self) -> Option<char> {
        let c = self.rest.chars().next()?;
        self.rest = &self.rest[c.len_utf8()..];
        Some(c)
    }

    fn number(&mut self) -> Option<i64> {
        let (n, rest) = self.rest.split_once(':')?;
        self.rest = rest;
        n.parse().ok()
    }

    fn index(&mut self) -> Option<usize> {
        usize::try_from(self.number()?).ok()
    }

    fn string(&mut self) -> Option<String> {
        let len = self.index()?;
        let s = self.rest.get(..len)?;
        self.rest = &self.rest[len..];
        Some(s.to_string())
    }

    fn one_of<T: Copy>(&mut self, all: &[T]) -> Option<T> {
        all.get(self.index()?).copied()
    }

    fn flag(&mut self) -> Option<bool> {
        match self.tag()? {
            '+' => Some(true),
            '-' => Some(false),
            _ => None,
        }
    }

    fn maybe<T>(&mut self, get: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        Some(if self.flag()? { Some(get(self)?) } else { None })
    }

    fn list<T>(&mut self, mut get: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n = self.index()?;
        // Never trust a count to size a buffer: each item must be there.
        let mut out = Vec::new();
        for _ in 0..n {
            out.push(get(self)?);
        }
        Some(out)
    }

    fn date(&mut self) -> Option<NaiveDate> {
        // The catalogue's own reader of YYYY-MM-DD: chrono's general parser would add 7 KB to the page.
        crate::catalogue::parse_iso_date(&self.string()?)
    }

    fn extraction(&mut self) -> Option<Extraction> {
        let mut x = Extraction::default();
        for slot in fields_mut(&mut x) {
            *slot = self.maybe(Self::extracted)?;
        }
        x.warnings = self.list(Self::text)?;
        // Back to the reader's own field names, which an extraction holds as `&'static str`.
        x.not_found = self.list(|r| {
            let name = r.string()?;
            crate::letter::KEY_FIELDS.iter().map(|(n, _)| *n).find(|n| *n == name)
        })?;
        Some(x)
    }

    fn extracted(&mut self) -> Option<Extracted> {
        Some(Extracted {
            value: self.string()?,
            text: self.string()?,
            start: self.index()?,
            end: self.index()?,
            confidence: f32::from_bits(u32::try_from(self.number()?).ok()?),
            reason: self.maybe(Self::text)?,
        })
    }

    fn text(&mut self) -> Option<Text> {
        let msg = self.one_of(&Msg::ALL)?;
        let n = self.index()?;
        let mut args = Vec::new();
        for _ in 0..n {
            let name = self.string()?;
            // Back to the build's own placeholder name, which a Text holds as `&'static str`.
            let name: &'static str = PLACEHOLDERS.iter().copied().find(|p| *p == name)?;
            args.push((name, self.arg()?));
        }
        Some(Text { msg, args })
    }

    fn arg(&mut self) -> Option<Arg> {
        Some(match self.tag()? {
            's' => Arg::Str(self.string()?),
            'n' => Arg::Num(self.number()?),
            'd' => Arg::Date(self.date()?),
            'y' => Arg::Days(self.number()?),
            'm' => Arg::Name(Name { en: self.string()?, zh: self.maybe(Self::string)? }),
            't' => Arg::Text(Box::new(self.text()?)),
            'l' => Arg::List(self.list(Self::text)?),
            _ => return None,
        })
    }

    fn batch(&mut self) -> Option<Batch> {
        Some(Batch {
            headers: self.list(Self::string)?,
            has_header: self.flag()?,
            mapping: self.list(|r| r.maybe(|r| r.one_of(&Column::ALL)))?,
            missing: self.list(|r| r.one_of(&Column::ALL))?,
            dates: self.list(|r| {
                Some(DateColumn { index: r.index()?, column: r.one_of(&Column::ALL)?, order: r.one_of(&ORDERS)?, from: r.one_of(&ORDER_FROM)? })
            })?,
            notes: self.list(|r| Some(Note { line: r.index()?, message: r.text()? }))?,
            rows: self.list(|r| {
                Some(Row {
                    line: r.index()?,
                    values: r.list(Self::string)?,
                    cells: r.list(|r| Some((r.one_of(&Column::ALL)?, r.index()?)))?,
                    errors: r.list(|r| Some(CellError { column: r.one_of(&Column::ALL)?, message: r.text()? }))?,
                    assessment: None,
                })
            })?,
        })
    }

    /// A text of a case, or (`=`) the same as `previous`.
    fn repeated(&mut self, previous: Option<&Option<String>>) -> Option<Option<String>> {
        if let Some(rest) = self.rest.strip_prefix('=') {
            self.rest = rest;
            return Some(Some(previous?.clone()?));
        }
        self.maybe(Self::string)
    }

    fn case(&mut self, previous: Option<&Case>) -> Option<Case> {
        let before = previous.map(texts);
        let mut read = [None, None, None, None, None, None];
        for (j, slot) in read.iter_mut().enumerate() {
            *slot = self.repeated(before.map(|b| b[j]))?;
        }
        let [host, sector, nationality, activity, role, letter_text] = read;
        Some(Case {
            host,
            sector,
            nationality,
            residence: self.maybe(|r| r.one_of(&Residence::ALL))?,
            permitted_stay_days: self.maybe(|r| u32::try_from(r.number()?).ok())?,
            activity,
            role,
            letter_text,
            trips: self.list(|r| {
                Some(Trip {
                    arrival: r.date()?,
                    departure: r.maybe(Self::date)?,
                    activity_days: r.list(|r| match r.tag()? {
                        '.' => Some(DaySpan::Day(r.date()?)),
                        '~' => Some(DaySpan::Range { from: r.date()?, to: r.date()? }),
                        _ => None,
                    })?,
                })
            })?,
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_opened_workbook_and_its_refusal_go_across_the_worker_unchanged() {
        let ok = Ok(OpenedSheet { sheets: vec!["名單".into(), "Notes: 2".into()], sheet: "名單".into(), text: "Name\tNationality\n陳大文\tChina\n".into() });
        assert_eq!(decode_sheet(&encode_sheet(&ok)), Some(ok));
        let err = Err(BatchError(crate::text!(BatchSheetMissing, file = "a.xlsx", sheet = "x", sheets = "y")));
        assert_eq!(decode_sheet(&encode_sheet(&err)), Some(err));
        assert_eq!(decode_sheet("+2:"), None);
    }

    use super::*;
    use crate::Catalogue;

    #[test]
    fn an_official_list_and_its_refusal_go_across_the_worker_unchanged() {
        let bundled = Catalogue::bundled();
        let sources_ok = |s: &str| bundled.source(s).is_some() || s.starts_with("https://");
        let good = include_str!("../tests/import/official-sports.csv");
        let broken = include_str!("../tests/import/broken.csv");
        for text in [good, broken, ""] {
            let read = crate::catalogue::import::read_list(text, bundled, &sources_ok);
            assert_eq!(decode_list(&encode_list(&read)), Some(read.clone()), "{text:?}");
        }
        assert!(crate::catalogue::import::read_list(good, bundled, &sources_ok).is_ok_and(|l| l.len() == 3));
        assert!(decode_list("+1:").is_none());
    }

    #[test]
    fn a_reading_crosses_unchanged_whatever_the_letter_holds() {
        let letters = [
            "HONG KONG ACADEMY FOR PERFORMING ARTS\n\nDear Ms Sato,\nNationality: Japanese\nRole: dancer\n\
             You will arrive on 5 August 2026 and perform from 11 to 24 August 2026.\n",
            "康樂及文化事務署\n閣下（加拿大籍）擔任評判，活動日期：2026年5月4日至8日。\n",
            "Dates: 04/05/2026 to 08/05/2026\u{0}\u{1f}9:12:: 5:abc",
            "",
        ];
        for letter in letters {
            let x = crate::letter::extract(letter, Catalogue::bundled());
            assert_eq!(decode(&encode(&x)).as_ref(), Some(&x), "{letter:?}");
        }
    }

    #[test]
    fn every_kind_of_argument_crosses() {
        let d: NaiveDate = "2026-08-24".parse().unwrap();
        let inner = crate::text!(DateLong, day = 24u32, month = Msg::DateMonth8, year = 2026i64);
        let mut x = Extraction::default();
        x.warnings.push(crate::text!(
            FitWindow,
            weekday = Arg::Name(Name { en: "Monday".into(), zh: Some("星期一".into()) }),
            date = Arg::List(vec![inner.clone(), Text { msg: Msg::WeekdayMon, args: vec![] }])
        ));
        x.warnings.push(crate::text!(FitStayDeparture, weekday = Arg::Days(-3), date = d));
        x.warnings.push(crate::text!(FitScheme, weekday = Arg::Text(Box::new(inner)), date = Arg::Name(Name { en: "x".into(), zh: None })));
        assert_eq!(decode(&encode(&x)), Some(x));
    }

    #[test]
    fn a_delegation_read_crosses_unchanged_and_checks_as_it_would_have() {
        let sheets = [
            "name,nationality,arrival,departure,activity_days\nA,GBR,2026-03-01,2026-03-20,2026-03-02 to 2026-03-09\n\
             B,Nigeria,2026-03-01,,2026-03-02\nC,JPN,2026-03-01,2026-03-20,2026-03-02 to 2026-03-16\nD,JPN,2026-13-01,,2026-03-02\n",
            "Guest,E-mail,Passport country,Arrive,Flight,On stage\nA,a@example.org,GBR,2026-03-01,BA27,2026-03-02\nTotal,,,,,\n",
            // Hosts and roles the same as the row before, different, unreadable between, and left to the shared ones.
            "name,nationality,arrival,host,role\nA,GBR,2026-03-01,HKAPA,cellist\nB,GBR,2026-03-01,HKAPA,cellist\nC,GBR,2026-02-30,HKAPA,cellist\n\
             D,GBR,2026-03-01,HKAPA,\nE,France,2026-03-01,Hong Kong Arts Festival Society,cellist\nF,France,2026-03-01,,\nG,,2026-03-01,,\n",
            include_str!("../tests/sheets/01-arts-festival-day-first.csv"),
            include_str!("../tests/sheets/03-zh-hant.tsv"),
            "",
        ];
        let shared = crate::batch::Shared { host: Some("HKAPA".into()), activity: Some("recitals".into()), role: Some("pianist".into()), ..Default::default() };
        let (cat, today) = (Catalogue::bundled(), "2026-01-15".parse().unwrap());
        for sheet in sheets {
            let read = crate::batch::read(sheet, &Default::default(), &shared, cat);
            let crossed = decode_read(&encode_read(&read));
            assert_eq!(crossed, Some(read.clone()), "{sheet:?}");
            // Checked on the page, the rows are what checking them where they were read gives.
            let checked = crate::batch::run(sheet, &shared, cat, today);
            match (crossed.unwrap(), checked) {
                (Ok((mut b, cases)), Ok(want)) => {
                    crate::batch::check_cases(&mut b, &cases, 0..cases.len(), cat, today);
                    assert_eq!(b, want, "{sheet:?}");
                }
                (Err(a), Err(b)) => assert_eq!(a, b),
                (a, b) => panic!("{sheet:?}: {a:?} vs {b:?}"),
            }
        }
    }

    #[test]
    fn a_delegation_request_crosses_unchanged() {
        let mut options = crate::batch::Options::default();
        options.set("Passport country", Some(Column::Nationality));
        options.set("Flight", None);
        options.dates = Some(Order::Mdy);
        let q = DelegationRequest {
            rows: "名前,國籍\nA,日本\n".into(),
            options,
            shared: crate::batch::Shared { host: Some("HKAPA".into()), sector: None, activity: Some("a, b".into()), role: None },
        };
        assert_eq!(decode_request(&encode_request(&q)), Some(q));
        assert_eq!(decode_request(&encode_request(&DelegationRequest::default())), Some(DelegationRequest::default()));
    }

    #[test]
    fn a_string_this_build_did_not_write_is_refused() {
        for s in ["", "+", "-----", "x", "--------------1:", "--------------99999999:"] {
            assert_eq!(decode(s), None, "{s:?}");
        }
        for s in ["", "+", "-", "+1:", "+99999999:", "?"] {
            assert_eq!(decode_read(s), None, "{s:?}");
        }
    }
}
