//! The dates of one spreadsheet cell, as people write them.
//!
//! One date: "2026-12-25", "2026/12/25", "25/12/2026", "12/25/2026", "25.12.2026", "25-12-26", "25 Dec 2026",
//! "25th of December 2026", "Dec 25, 2026", "Fri 25 Dec 2026", "2026年12月25日", "２０２６年１２月２５日", and an Excel
//! serial number (46381) when a sheet stores a date as a number. A range: two dates joined by "to", "until", "-",
//! "–", "—", "~", "～", "至" or "到", the first of which may leave out what the second gives ("26 - 30 Dec 2026",
//! "2026年12月26日至30日", "28 Dec – 3 Jan 2027"). A list: dates or ranges separated by ";", "；", "、", a line break or
//! ",".
//!
//! Whether "05/01/2027" is 5 January or 1 May is an [`Order`], decided for a whole column from its values with
//! [`Evidence`]: a first number of 13 or more settles day-first, a second one month-first.

use chrono::{Datelike, NaiveDate};

/// The order of day, month and year in a numeric date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Order {
    /// 25/12/2026, as in Hong Kong.
    #[default]
    Dmy,
    /// 12/25/2026, as in the United States.
    Mdy,
    /// 26/12/25: a two-digit year first. A date whose four-digit year comes last is read day-first.
    Ymd,
}

impl Order {
    pub const ALL: [Order; 3] = [Order::Dmy, Order::Mdy, Order::Ymd];

    /// `dmy`, `mdy` or `ymd`, as `--dates` takes it.
    pub fn id(self) -> &'static str {
        match self {
            Order::Dmy => "dmy",
            Order::Mdy => "mdy",
            Order::Ymd => "ymd",
        }
    }

    pub fn parse(id: &str) -> Option<Order> {
        Order::ALL.into_iter().find(|o| o.id() == id.trim().to_ascii_lowercase())
    }
}

/// A day, or an inclusive range of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Why a cell's text is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    NotADate,
    /// It is a date only in the other order (13/25/2026 read day-first): the column's order or the cell is wrong.
    OtherOrder(Order),
}

/// What a column's numeric dates say about their order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Evidence {
    /// Dates whose first number is 13 or more (25/12/2026).
    pub day_first: usize,
    /// Dates whose second number is 13 or more (12/25/2026).
    pub month_first: usize,
    /// Dates that read as two different days (05/01/2027).
    pub either: usize,
}

impl Evidence {
    /// Adds what one cell says.
    pub fn add(&mut self, cell: &str) {
        let chars = fold(cell);
        let s = Scan { c: &chars };
        let mut i = 0;
        while i < chars.len() {
            if chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_digit()) {
                if let Some((a, b, _, end)) = s.numeric(i) {
                    match (a > 12, b > 12) {
                        (true, false) => self.day_first += 1,
                        (false, true) => self.month_first += 1,
                        (false, false) if a != b => self.either += 1,
                        _ => {}
                    }
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
    }

    /// The order the values settle, if they do: the one more of them can only be read in.
    pub fn settled(&self) -> Option<Order> {
        match self.day_first.cmp(&self.month_first) {
            std::cmp::Ordering::Greater => Some(Order::Dmy),
            std::cmp::Ordering::Less => Some(Order::Mdy),
            std::cmp::Ordering::Equal => None,
        }
    }

    /// Whether some value reads as two different days and nothing settles which.
    pub fn needs_asking(&self) -> bool {
        self.settled().is_none() && self.either > 0
    }
}

/// Full-width digits, letters and punctuation as their half-width forms, the ideographic space as a space.
fn fold(text: &str) -> Vec<char> {
    text.chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '\u{3000}' | '\u{a0}' => ' ',
            c => c,
        })
        .collect()
}

/// One date or a range of them, read from the whole of `text`.
pub fn one(text: &str, order: Order) -> Result<Span, Problem> {
    match read(text, order)?.as_slice() {
        [span] => Ok(*span),
        _ => Err(Problem::NotADate),
    }
}

/// One date, read from the whole of `text`.
pub fn date(text: &str, order: Order) -> Result<NaiveDate, Problem> {
    match one(text, order)? {
        Span { from, to } if from == to => Ok(from),
        _ => Err(Problem::NotADate),
    }
}

/// Every date and range of a cell, in order. The whole cell must be dates.
pub fn read(text: &str, order: Order) -> Result<Vec<Span>, Problem> {
    let chars = fold(text);
    let mut out = Vec::new();
    for piece in chars.split(|c| matches!(c, ';' | '；' | '、' | '\n' | '\r')) {
        let piece = trim(piece);
        if piece.is_empty() {
            continue;
        }
        match whole(piece, order) {
            Some(span) => out.push(span),
            // "24 Dec 2026, 26 Dec 2026": a comma may separate dates too (but not the one in "Dec 23, 2026").
            None if piece.contains(&',') => {
                for part in piece.split(|c| *c == ',').map(trim).filter(|p| !p.is_empty()) {
                    out.push(whole(part, order).ok_or_else(|| problem(part, order))?);
                }
            }
            None => return Err(problem(piece, order)),
        }
    }
    if out.is_empty() {
        return Err(Problem::NotADate);
    }
    Ok(out)
}

/// Why `piece` is not a date: in particular, whether it would be one in the other order.
fn problem(piece: &[char], order: Order) -> Problem {
    let other = match order {
        Order::Mdy => Order::Dmy,
        _ => Order::Mdy,
    };
    if whole(piece, other).is_some() {
        Problem::OtherOrder(other)
    } else {
        Problem::NotADate
    }
}

fn trim(c: &[char]) -> &[char] {
    let start = c.iter().position(|c| !c.is_whitespace()).unwrap_or(c.len());
    let end = c.iter().rposition(|c| !c.is_whitespace()).map_or(start, |e| e + 1);
    &c[start..end]
}

/// An Excel serial day number (days since 30 December 1899, as Excel counts them from 1 March 1900), for the years
/// the checker accepts; a time of day after the point is dropped.
pub fn from_excel_serial(serial: f64) -> Option<NaiveDate> {
    if !(36_526.0..73_051.0).contains(&serial) {
        return None; // before 2000 or after 2099: not a date of the scheme, and more likely a plain number
    }
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_days(chrono::Days::new(serial as u64))
}

/// The whole piece as one date or one range.
fn whole(piece: &[char], order: Order) -> Option<Span> {
    let s = Scan { c: piece };
    // A sheet's date kept as a number: "46381", "46381.0". (Read by hand: the standard library's reader of
    // decimals carries 17 KB of tables, a tenth of the page's second part.)
    if piece.len() >= 5 {
        let dot = piece.iter().position(|c| *c == '.').unwrap_or(piece.len());
        let (whole, fraction) = (&piece[..dot], piece.get(dot + 1..).unwrap_or(&[]));
        if !whole.is_empty() && whole.iter().chain(fraction).all(char::is_ascii_digit) {
            let days = whole.iter().try_fold(0u32, |n, c| n.checked_mul(10)?.checked_add(c.to_digit(10)?))?;
            let d = from_excel_serial(f64::from(days))?;
            return Some(Span { from: d, to: d });
        }
    }
    let (a, e) = s.date(s.skip_weekday(0), order)?;
    let e = s.spaces(e);
    if e == piece.len() {
        let d = a.full(None)?;
        return Some(Span { from: d, to: d });
    }
    let j = s.range_sep(e)?;
    let (b, end) = s.date(s.skip_weekday(j), order)?;
    if s.spaces(end) != piece.len() {
        return None;
    }
    let to = b.full(Some(&a))?;
    let mut from = Parts { year: a.year.or(b.year), month: a.month.or(b.month), ..a }.full(None)?;
    if from > to && a.year.is_none() {
        from = from.with_year(from.year() - 1)?; // "28 Dec – 3 Jan 2027"
    }
    (from <= to).then_some(Span { from, to })
}

/// One date's parts as written: a range's first date may leave out its year and month, its second its month.
#[derive(Debug, Clone, Copy)]
struct Parts {
    day: u32,
    month: Option<u32>,
    year: Option<i32>,
}

impl Parts {
    /// The date, taking what it leaves out from the other end of its range.
    fn full(self, other: Option<&Parts>) -> Option<NaiveDate> {
        let month = self.month.or(other.and_then(|o| o.month))?;
        let year = self.year.or(other.and_then(|o| o.year))?;
        NaiveDate::from_ymd_opt(year, month, self.day)
    }
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
    ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12), ("sept", 9), ("jan", 1),
    ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("oct", 10), ("nov", 11),
    ("dec", 12),
];

const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tues", "tue", "wed",
    "thurs", "thur", "thu", "fri", "sat", "sun",
];

struct Scan<'a> {
    c: &'a [char],
}

impl Scan<'_> {
    fn at(&self, i: usize) -> Option<char> {
        self.c.get(i).copied()
    }

    fn spaces(&self, mut i: usize) -> usize {
        while self.at(i).is_some_and(char::is_whitespace) {
            i += 1;
        }
        i
    }

    /// ASCII digits at `i`, at most `max`, not running on into more: (value, digits, end).
    fn number(&self, i: usize, max: usize) -> Option<(u32, usize, usize)> {
        let mut j = i;
        let mut v = 0u32;
        while j - i < max {
            match self.at(j).filter(char::is_ascii_digit) {
                Some(c) => v = v * 10 + c as u32 - '0' as u32,
                None => break,
            }
            j += 1;
        }
        (j > i && !self.at(j).is_some_and(|c| c.is_ascii_digit())).then_some((v, j - i, j))
    }

    /// A case-insensitive ASCII word at `i` ending at a word boundary: its end.
    fn word(&self, i: usize, word: &str) -> Option<usize> {
        let mut j = i;
        for w in word.chars() {
            if self.at(j)?.to_ascii_lowercase() != w {
                return None;
            }
            j += 1;
        }
        (!self.at(j).is_some_and(|c| c.is_alphabetic())).then_some(j)
    }

    fn month_name(&self, i: usize) -> Option<(u32, usize)> {
        MONTHS.iter().find_map(|(name, m)| {
            let end = self.word(i, name)?;
            Some((*m, if self.at(end) == Some('.') { end + 1 } else { end }))
        })
    }

    fn skip_weekday(&self, i: usize) -> usize {
        let i = self.spaces(i);
        for w in WEEKDAYS {
            if let Some(e) = self.word(i, w) {
                let e = if self.at(e) == Some('.') { e + 1 } else { e };
                let e = if self.at(e) == Some(',') { e + 1 } else { e };
                return self.spaces(e);
            }
        }
        i
    }

    /// A range's separator, with the spaces around it: the position after it.
    fn range_sep(&self, i: usize) -> Option<usize> {
        let i = self.spaces(i);
        if matches!(self.at(i)?, '-' | '–' | '—' | '~' | '至' | '到' | '〜') {
            return Some(self.spaces(i + 1));
        }
        ["to", "until", "till", "through", "thru"].iter().find_map(|w| self.word(i, w)).map(|e| self.spaces(e))
    }

    /// "a/b/y" with `/`, `.` or `-`: the two numbers, the year as written (2 or 4 digits), the end.
    fn numeric(&self, i: usize) -> Option<(u32, u32, (u32, usize), usize)> {
        let (a, _, e) = self.number(i, 2)?;
        let sep = self.at(e).filter(|c| matches!(c, '/' | '.' | '-'))?;
        let (b, _, e) = self.number(e + 1, 2)?;
        if self.at(e)? != sep {
            return None;
        }
        let (y, digits, end) = self.number(e + 1, 4)?;
        (digits == 2 || digits == 4).then_some((a, b, (y, digits), end))
    }

    /// A day with an optional ordinal suffix.
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        let (d, _, mut end) = self.number(i, 2)?;
        if let Some(e) = ["st", "nd", "rd", "th"].iter().find_map(|s| self.word(end, s)) {
            end = e;
        }
        (1..=31).contains(&d).then_some((d, end))
    }

    fn year4(&self, i: usize) -> Option<(i32, usize)> {
        let (y, digits, end) = self.number(i, 4)?;
        (digits == 4).then_some((y as i32, end))
    }

    /// One date, or the part of one that starts a range, at `i`.
    fn date(&self, i: usize, order: Order) -> Option<(Parts, usize)> {
        if let Some(p) = self.chinese(i) {
            return Some(p);
        }
        // 2026-12-25, 2026/12/25, 2026.12.25
        if let Some((y, e)) = self.year4(i) {
            let sep = self.at(e).filter(|c| matches!(c, '/' | '.' | '-'))?;
            let (m, _, e) = self.number(e + 1, 2)?;
            if self.at(e)? != sep {
                return None;
            }
            let (d, _, e) = self.number(e + 1, 2)?;
            return Some((Parts { day: d, month: Some(m), year: Some(y) }, e));
        }
        if let Some((a, b, (y, digits), end)) = self.numeric(i) {
            let (day, month, year) = match (order, digits) {
                (Order::Ymd, 2) => (y, b, 2000 + a as i32),
                (Order::Mdy, _) => (b, a, y as i32),
                _ => (a, b, y as i32),
            };
            let year = if digits == 2 && order != Order::Ymd { 2000 + year } else { year };
            return Some((Parts { day, month: Some(month), year: Some(year) }, end));
        }
        // Dec 25, 2026 / Dec 25 2026 / Dec 25
        if let Some((m, e)) = self.month_name(i) {
            let (d, e) = self.day(self.spaces(e))?;
            let (year, end) = self.optional_year(e);
            return Some((Parts { day: d, month: Some(m), year }, end));
        }
        // 25 Dec 2026 / 25th of December, 2026 / 25 Dec / a bare 25 before a range's separator
        let (d, e) = self.day(i)?;
        let mut j = self.spaces(e);
        if let Some(e) = self.word(j, "of") {
            j = self.spaces(e);
        }
        match self.month_name(j) {
            Some((m, e)) => {
                let (year, end) = self.optional_year(e);
                Some((Parts { day: d, month: Some(m), year }, end))
            }
            None => Some((Parts { day: d, month: None, year: None }, e)),
        }
    }

    fn optional_year(&self, e: usize) -> (Option<i32>, usize) {
        let j = if self.at(e) == Some(',') { e + 1 } else { e };
        match self.year4(self.spaces(j)) {
            Some((y, end)) => (Some(y), end),
            None => (None, e),
        }
    }

    /// 2026年12月25日, 12月25日, 25日 (a range's end), with 號 or 号 for 日.
    fn chinese(&self, i: usize) -> Option<(Parts, usize)> {
        let (year, j) = match self.number(i, 4) {
            Some((y, 4, e)) if self.at(self.spaces(e)) == Some('年') => (Some(y as i32), self.spaces(self.spaces(e) + 1)),
            _ => (None, i),
        };
        let (first, _, e) = self.number(j, 2)?;
        let e2 = self.spaces(e);
        let (month, day, end) = match self.at(e2)? {
            '月' => {
                let (d, _, e) = self.number(self.spaces(e2 + 1), 2)?;
                let e = self.spaces(e);
                matches!(self.at(e)?, '日' | '號' | '号').then_some(())?;
                (Some(first), d, e + 1)
            }
            '日' | '號' | '号' if year.is_none() => (None, first, e2 + 1),
            _ => return None,
        };
        Some((Parts { day, month, year }, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn span(text: &str, order: Order) -> (NaiveDate, NaiveDate) {
        let s = one(text, order).unwrap_or_else(|e| panic!("{text}: {e:?}"));
        (s.from, s.to)
    }

    #[test]
    fn one_date_written_every_way() {
        for text in [
            "2026-12-25", "2026/12/25", "2026.12.25", "25/12/2026", "25.12.2026", "25-12-2026", "25/12/26",
            "25 Dec 2026", "25 December 2026", "25th of December, 2026", "Dec 25, 2026", "December 25 2026",
            "Fri 25 Dec 2026", "Friday, 25 December 2026", "2026年12月25日", "2026 年 12 月 25 日", "２０２６年１２月２５日",
            "46381", " 25/12/2026 ",
        ] {
            assert_eq!(date(text, Order::Dmy), Ok(d("2026-12-25")), "{text}");
        }
        assert_eq!(date("12/25/2026", Order::Mdy), Ok(d("2026-12-25")));
        assert_eq!(date("05/01/2027", Order::Dmy), Ok(d("2027-01-05")));
        assert_eq!(date("05/01/2027", Order::Mdy), Ok(d("2027-05-01")));
        assert_eq!(date("26/12/25", Order::Ymd), Ok(d("2026-12-25")));
        assert_eq!(date("2026-12-25", Order::Mdy), Ok(d("2026-12-25")), "ISO whatever the order");
    }

    #[test]
    fn ranges_with_every_separator() {
        let want = (d("2026-12-26"), d("2026-12-30"));
        for text in [
            "2026-12-26 to 2026-12-30", "2026-12-26 - 2026-12-30", "2026-12-26–2026-12-30", "26/12/2026 - 30/12/2026",
            "26 - 30 Dec 2026", "26-30 December 2026", "26 Dec 2026 – 30 Dec 2026", "26 Dec – 30 Dec 2026",
            "Dec 26 2026 ~ Dec 30 2026", "2026-12-26 ～ 2026-12-30", "2026年12月26日至12月30日", "2026年12月26日至30日",
            "2026年12月26日到2026年12月30日", "2026-12-26 至 2026-12-30", "26/12/2026 until 30/12/2026",
        ] {
            assert_eq!(span(text, Order::Dmy), want, "{text}");
        }
        assert_eq!(span("12/26/2026 to 12/30/2026", Order::Mdy), want);
        assert_eq!(span("28 Dec – 3 Jan 2027", Order::Dmy), (d("2026-12-28"), d("2027-01-03")));
        assert_eq!(span("2026年12月28日至2027年1月3日", Order::Dmy), (d("2026-12-28"), d("2027-01-03")));
    }

    #[test]
    fn lists_of_days_and_ranges() {
        let r = read("26/12/2026; 28/12/2026 - 30/12/2026", Order::Dmy).unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!((r[1].from, r[1].to), (d("2026-12-28"), d("2026-12-30")));
        assert_eq!(read("24 Dec 2026, 26 Dec 2026", Order::Dmy).unwrap().len(), 2);
        assert_eq!(read("Dec 23, 2026", Order::Dmy).unwrap().len(), 1, "the comma of a date is not a list's");
        assert_eq!(read("2026年12月24日、2026年12月26日", Order::Dmy).unwrap().len(), 2);
    }

    #[test]
    fn what_is_not_a_date_is_refused() {
        for text in ["next week", "2026-02-30", "31/04/2026", "30/12/2026 - 26/12/2026", "CX251", "12345", "", "TBC", "=A2+1", "2026"] {
            assert!(read(text, Order::Dmy).is_err(), "{text}");
        }
        assert_eq!(read("12/25/2026", Order::Dmy), Err(Problem::OtherOrder(Order::Mdy)));
        assert_eq!(read("25/12/2026", Order::Mdy), Err(Problem::OtherOrder(Order::Dmy)));
    }

    #[test]
    fn a_column_settles_its_order_from_a_day_over_twelve() {
        let mut e = Evidence::default();
        for cell in ["05/01/2027", "03/01/2027 - 08/01/2027"] {
            e.add(cell);
        }
        assert_eq!((e.settled(), e.needs_asking()), (None, true));
        e.add("25/12/2026");
        assert_eq!(e.settled(), Some(Order::Dmy));
        let mut e = Evidence::default();
        e.add("12/22/2026; 12/24/2026");
        assert_eq!(e.settled(), Some(Order::Mdy));
        let mut e = Evidence::default();
        e.add("2026-12-25");
        e.add("03/03/2026");
        assert_eq!((e.settled(), e.needs_asking()), (None, false), "ISO and same-either-way dates need no answer");
    }

    #[test]
    fn excel_serials_in_the_years_of_the_scheme() {
        assert_eq!(from_excel_serial(46381.0), Some(d("2026-12-25")));
        assert_eq!(from_excel_serial(46381.75), Some(d("2026-12-25")));
        assert_eq!(from_excel_serial(12.0), None);
        // As cells hold them: the time of day after the point is dropped; too early, too late or too long is no date.
        for (cell, day) in [("46381", Some("2026-12-25")), ("46381.75", Some("2026-12-25")), ("46381.", Some("2026-12-25")), ("０４６３８１", Some("2026-12-25")), ("12345", None), ("99999999999999", None), ("46381.7x", None)] {
            assert_eq!(date(cell, Order::Dmy).ok(), day.map(d), "{cell}");
        }
    }
}
