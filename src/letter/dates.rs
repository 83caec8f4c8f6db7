//! Finds the dates a letter mentions, in the forms people write them, with their character offsets.
//!
//! English: "2 March 2026", "2nd March 2026", "Monday, 2 March 2026", "March 2, 2026", "2 Mar 2026", "Sept 14, 2026",
//! "2026-03-02", "02/03/2026" (day first, as in Hong Kong; flagged when it could be read the other way), and ranges:
//! "2 - 9 March 2026", "from 2 to 9 March 2026", "March 2-9, 2026", "28 Dec 2026 – 3 Jan 2027", "2 March to 9 March
//! 2026". Chinese: "2026年3月2日", "二〇二六年三月二日", "3月2日至9日", "2026年3月2日至3月9日", with full-width digits.
//! A date without a year takes the year of the nearest full date before it (or after it), so "3月2日至9日" in a
//! letter dated 2026 is read in 2026.
//!
//! Works on the letter as a slice of characters already folded to half-width (one folded character per original
//! character), so offsets are the original letter's character offsets.

use crate::catalogue::names::{is_alpha, is_letter};
use chrono::{Datelike, NaiveDate};

/// A date, or a range of dates, found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Character offsets of the whole expression, end excluded.
    pub start: usize,
    pub end: usize,
    pub from: NaiveDate,
    /// The last day, for a range; equal to `from` for a single date.
    pub to: NaiveDate,
    /// A numeric date that reads as another valid date month-first (02/03/2026).
    pub ambiguous: bool,
    /// The year was not written and was taken from the letter's other dates.
    pub year_inferred: bool,
    /// Named by its weekday alone, in a week the letter names ("the week of 8 November ... on the Tuesday").
    pub by_weekday: bool,
}

/// One date's parts as written, before a missing year is filled in.
#[derive(Debug, Clone, Copy)]
struct Parts {
    day: u32,
    month: u32,
    year: Option<i32>,
}

/// Whether an English word is a month's name, in full or short ("January", "Jan").
pub(super) fn is_a_month(word: &str) -> bool {
    MONTHS.iter().any(|(m, _)| *m == word)
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
    ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
    ("sept", 9), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
    ("oct", 10), ("nov", 11), ("dec", 12),
];

const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
    "thur", "thurs", "fri", "sat", "sun",
];

/// The letters that a weekday, a month or "the" begins with: no other Latin word opens a date.
const DATE_WORD_INITIALS: &str = "adfjmnostw";

/// The days of the week in full, Monday first.
pub(super) const WEEKDAYS_IN_FULL: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// The mention that starts right after `at` in `lower` (the letter's characters, lower-cased), within `within`
/// characters and past nothing but words, spaces and commas (a weekday: "the week beginning Monday 10 January",
/// "five nights from Monday 8 November"). Its index.
pub(super) fn date_right_after(lower: &[char], mentions: &[DateMention], at: usize, within: usize) -> Option<usize> {
    mentions.iter().position(|m| m.start >= at && m.start - at <= within && lower[at..m.start].iter().all(|c| c.is_alphabetic() || matches!(c, ' ' | ',')))
}

/// Whether `word` (lowercase) names a month, in full or short.
pub(super) fn is_month(word: &str) -> bool {
    MONTHS.iter().any(|(m, _)| *m == word)
}

/// Whether `word` (lowercase) names a day of the week, in full or short.
pub(super) fn is_weekday(word: &str) -> bool {
    WEEKDAYS.contains(&word)
}

/// Whether the words inside a bracket after a date (lower case) name its weekday: "星期一", "週五", "mon.", "monday".
pub(super) fn names_a_weekday(inside: &str) -> bool {
    ["星期", "週", "周", "禮拜", "礼拜"].iter().any(|w| inside.starts_with(w)) || is_weekday(inside.trim_end_matches('.'))
}

/// A cursor over the folded characters.
struct Scan<'a> {
    c: &'a [char],
    /// The letter writes its numeric dates month first ("06/13/2027" says so: there is no 13th month).
    month_first: bool,
    /// A numeric date of the letter settles which comes first, the day or the month.
    settled: bool,
}

impl Scan<'_> {
    fn at(&self, i: usize) -> Option<char> {
        self.c.get(i).copied()
    }

    fn lower(&self, i: usize) -> Option<char> {
        self.at(i).map(|c| c.to_ascii_lowercase())
    }

    fn is_word_char(&self, i: usize) -> bool {
        self.at(i).is_some_and(is_letter)
    }

    /// Whether a number at `i` runs on from a word before it ("ABC12/3/2027"); Chinese runs straight into a date
    /// without being part of it ("課程日期為13/9/2027").
    fn inside_a_word(&self, i: usize) -> bool {
        i > 0 && self.is_word_char(i - 1) && !super::text::is_cjk(self.c[i - 1])
    }

    /// ASCII digits at `i`, at most `max` of them: (value, end).
    fn number(&self, i: usize, max: usize) -> Option<(u32, usize)> {
        let mut j = i;
        let mut v: u32 = 0;
        while j < self.c.len() && j - i < max {
            match self.c[j].to_digit(10) {
                Some(d) if self.c[j].is_ascii_digit() => v = v * 10 + d,
                _ => break,
            }
            j += 1;
        }
        // A number must not run on into more digits.
        (j > i && !self.at(j).is_some_and(|c| c.is_ascii_digit())).then_some((v, j))
    }

    fn spaces(&self, mut i: usize) -> usize {
        while self.at(i).is_some_and(|c| c == ' ' || c == '\t' || c == '\u{a0}') {
            i += 1;
        }
        // (A date a PDF's page broke, "from 4" / "May to 13 May 2027", reaches here joined: the reader reads the letter
        // with its wrapped lines joined, see `wrapping`.)
        i
    }


    /// A case-insensitive word at `i` that ends at a word boundary: its end.
    fn word(&self, i: usize, word: &str) -> Option<usize> {
        let mut j = i;
        for w in word.chars() {
            if self.lower(j)? != w {
                return None;
            }
            j += 1;
        }
        (!self.is_word_char(j)).then_some(j)
    }

    /// A month name or abbreviation (with an optional full stop): (month, end).
    fn month(&self, i: usize) -> Option<(u32, usize)> {
        if i > 0 && self.is_word_char(i - 1) {
            return None;
        }
        for (name, m) in MONTHS {
            if let Some(end) = self.word(i, name) {
                let end = if self.at(end) == Some('.') { end + 1 } else { end };
                return Some((*m, end));
            }
        }
        None
    }

    /// A day of the month with an optional ordinal suffix ("2", "2nd", "02"): (day, end).
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        if i > 0 && self.is_word_char(i - 1) {
            return None;
        }
        let (d, mut end) = self.number(i, 2)?;
        for suffix in ["st", "nd", "rd", "th"] {
            if let Some(e) = self.word(end, suffix) {
                end = e;
                break;
            }
        }
        (1..=31).contains(&d).then_some((d, end))
    }

    /// A four-digit year from 1900 to 2199 at a word boundary.
    fn year(&self, i: usize) -> Option<(i32, usize)> {
        // (Chinese may run straight into it too: "现改至2027/6/14".)
        if i > 0 && self.is_word_char(i - 1) && !self.at(i - 1).is_some_and(super::text::is_cjk) {
            return None;
        }
        let (y, end) = self.number(i, 4)?;
        // (Chinese may follow straight on: "13/9/2027至17/9/2027".)
        let runs_on = self.is_word_char(end) && !self.at(end).is_some_and(super::text::is_cjk);
        (end - i == 4 && (1900..2200).contains(&y) && !runs_on).then_some((y as i32, end))
    }

    /// A year in two digits, as a chat's time stamp writes it, at the start of its line or in brackets after the
    /// sender: "[18.10.27 21:03]", "18/10/27, 21:03 - Ken:", "May Leung, [28.09.27 21:03]". Only there, with the time
    /// right after it: elsewhere two digits after a day and a month may be anything (a reference, a version, a score).
    fn stamp_year(&self, start: usize, i: usize) -> Option<(i32, usize)> {
        let opens_a_line = start == 0 || matches!(self.at(start - 1), Some('\n' | '['));
        let (y, end) = self.number(i, 2)?;
        if !opens_a_line || end - i != 2 || self.is_word_char(end) || !(20..50).contains(&y) {
            return None;
        }
        let t = if self.at(end) == Some(',') { end + 1 } else { end };
        let t = self.spaces(t);
        let time = self.number(t, 2).is_some_and(|(_, h)| self.at(h) == Some(':')) && t > end;
        time.then_some((2000 + y as i32, end))
    }

    /// A range separator ("-", "–", "—", "to", "until", "till", "through", "and", "至", "到", "~"), with spaces.
    fn range_sep(&self, i: usize) -> Option<usize> {
        let i = self.spaces(i);
        match self.at(i)? {
            '-' | '–' | '—' | '~' | '至' | '到' | '－' => return Some(self.spaces(i + 1)),
            _ => {}
        }
        for w in ["to", "until", "till", "through", "and"] {
            if let Some(e) = self.word(i, w) {
                return Some(self.spaces(e));
            }
        }
        None
    }

    /// "Monday, " / "Mon " before a date: the position after it, or `i`.
    fn skip_weekday(&self, i: usize) -> usize {
        for w in WEEKDAYS {
            if let Some(e) = self.word(i, w) {
                let e = if self.at(e) == Some('.') { e + 1 } else { e };
                let e = if self.at(e) == Some(',') { e + 1 } else { e };
                return self.spaces(e);
            }
        }
        i
    }

    /// "the " before an ordinal day ("from the 4th to the 8th of May"): the position after it, or `i`.
    fn skip_the(&self, i: usize) -> usize {
        match self.word(i, "the") {
            Some(e) if self.at(e) == Some(' ') => self.spaces(e),
            _ => i,
        }
    }

    /// A weekday in brackets after a Chinese date ("（星期一）", "(週五)", "(Mon)"): the position after it, or `i`.
    fn skip_bracketed_weekday(&self, i: usize) -> usize {
        let j = self.spaces(i);
        if self.at(j) != Some('(') {
            return i;
        }
        let Some(close) = (j + 1..(j + 8).min(self.c.len())).find(|&k| self.at(k) == Some(')')) else { return i };
        let inside: String = self.c[j + 1..close].iter().collect::<String>().to_ascii_lowercase();
        if names_a_weekday(&inside) { close + 1 } else { i }
    }

    /// A list separator between days: ",", "and", ", and", "&".
    fn list_sep(&self, i: usize) -> Option<(usize, bool)> {
        let mut j = self.spaces(i);
        let comma = self.at(j) == Some(',');
        if comma {
            j = self.spaces(j + 1);
        }
        if let Some(e) = self.word(j, "and") {
            return Some((self.spaces(e), true));
        }
        if self.at(j) == Some('&') {
            return Some((self.spaces(j + 1), true));
        }
        comma.then_some((j, false))
    }

    /// "4, 5 and 7 May 2026", "4, 5, 7 May 2026": days of one month, the last written with its month. Three days, or
    /// two joined by "and", make a list; the days must rise. (first day, last full date, end).
    fn day_list(&self, i: usize) -> Option<(Parts, Parts, usize)> {
        let (first, mut e) = self.day(i)?;
        let mut days = vec![first];
        let mut joined = false;
        loop {
            let (j, and) = self.list_sep(e)?;
            joined |= and;
            // "Tuesday 7, Thursday 9 and Saturday 11 September".
            let j = self.skip_the(self.skip_weekday(j));
            if let Some((last, end)) = self.day_month_year(j) {
                days.push(last.day);
                let rising = days.windows(2).all(|w| w[0] < w[1]);
                return (rising && (joined || days.len() >= 3)).then_some((Parts { day: days[0], ..last }, Parts { day: *days.iter().max()?, ..last }, end));
            }
            let (d, end) = self.day(j)?;
            if self.month(self.spaces(end)).is_some() || days.len() > 10 {
                return None;
            }
            days.push(d);
            e = end;
        }
    }

    // ---- English and numeric forms ----

    /// "2 March 2026", "2nd of March, 2026", "2 Mar" (year optional).
    fn day_month_year(&self, i: usize) -> Option<(Parts, usize)> {
        let (day, e) = self.day(i)?;
        let mut j = self.spaces(e);
        if let Some(e) = self.word(j, "of") {
            j = self.spaces(e);
        }
        let (month, e) = self.month(j)?;
        let (year, end) = self.optional_year(e);
        Some((Parts { day, month, year }, end))
    }

    /// "March 2, 2026", "Sept 14th 2026", "March 2" (year optional).
    fn month_day_year(&self, i: usize) -> Option<(Parts, usize)> {
        let (month, e) = self.month(i)?;
        let (day, e) = self.day(self.spaces(e))?;
        let (year, end) = self.optional_year(e);
        Some((Parts { day, month, year }, end))
    }

    fn optional_year(&self, e: usize) -> (Option<i32>, usize) {
        let mut j = e;
        if self.at(j) == Some(',') {
            j += 1;
        }
        match self.year(self.spaces(j)) {
            Some((y, end)) => (Some(y), end),
            None => (None, e),
        }
    }

    /// "2026-03-02": (date parts, end).
    fn iso(&self, i: usize) -> Option<(Parts, usize)> {
        let (y, e) = self.year(i)?;
        let sep = self.at(e)?;
        if sep != '-' && sep != '/' && sep != '.' {
            return None;
        }
        let (m, e) = self.number(e + 1, 2)?;
        if self.at(e)? != sep {
            return None;
        }
        let (d, e) = self.number(e + 1, 2)?;
        Some((Parts { day: d, month: m, year: Some(y) }, e))
    }

    /// "02/03/2026", "2.3.2026", "2-3-2026", day first: (date parts, end, could be read month first).
    fn numeric(&self, i: usize) -> Option<(Parts, usize, bool)> {
        if self.inside_a_word(i) {
            return None;
        }
        let (a, e) = self.number(i, 2)?;
        let sep = self.at(e)?;
        if sep != '/' && sep != '.' && sep != '-' {
            return None;
        }
        let (b, e) = self.number(e + 1, 2)?;
        if self.at(e)? != sep {
            return None;
        }
        let (y, end) = self.year(e + 1).or_else(|| self.stamp_year(i, e + 1))?;
        let ambiguous = !self.settled && a != b && a <= 12 && b <= 12;
        let (day, month) = if self.month_first { (b, a) } else { (a, b) };
        Some((Parts { day, month, year: Some(y) }, end, ambiguous))
    }

    /// Which the letter writes first in its numeric dates with a year: Some(true) for the month ("06/13/2027" and no
    /// date whose first part is above 12), Some(false) for the day ("13/06/2027"), None when no date says.
    fn numeric_order(&self) -> Option<bool> {
        let unsettled = Scan { c: self.c, month_first: false, settled: false };
        let (mut day_first, mut month_first) = (false, false);
        for i in 0..self.c.len() {
            if !self.c[i].is_ascii_digit() || (i > 0 && self.c[i - 1].is_ascii_digit()) {
                continue;
            }
            if let Some((p, _, _)) = unsettled.numeric(i) {
                day_first |= p.day > 12 && p.month <= 12;
                month_first |= p.month > 12 && p.day <= 12;
            } else if let Some((a, b)) = unsettled.after_a_weekday(i) {
                // ("Mon 8/30 to Thu 9/2": a day and a month after a weekday, without a year, settle it too.)
                day_first |= a > 12 && b <= 12;
                month_first |= b > 12 && a <= 12;
            }
        }
        match (day_first, month_first) {
            (true, false) => Some(false),
            (false, true) => Some(true),
            _ => None,
        }
    }

    /// "Sun 29/8", "Mon 8/30": the two numbers of a day and a month without a year, written after a weekday, in the
    /// order written.
    fn after_a_weekday(&self, i: usize) -> Option<(u32, u32)> {
        // (Most digits follow no space and a letter: this runs at every digit of the letter.)
        if i < 4 || self.c[i - 1] != ' ' || !self.c[i - 2].is_alphabetic() && !matches!(self.c[i - 2], ',' | '.') {
            return None;
        }
        if !is_weekday(&word_before(self.c, i)) {
            return None;
        }
        let (a, e) = self.number(i, 2)?;
        if self.at(e)? != '/' {
            return None;
        }
        let (b, e) = self.number(e + 1, 2)?;
        (!self.at(e).is_some_and(|c| c == '/' || c.is_ascii_digit())).then_some((a, b))
    }

    /// "15/3（一）", "14/3 (Sun)": a day and a month, day first as in Hong Kong, with no year but a weekday after them;
    /// the weekday is what makes "15/3" a date rather than a number.
    fn numeric_with_weekday(&self, i: usize) -> Option<(Parts, usize, bool)> {
        // (Chinese runs straight into it: "请于14/3（日）抵港".)
        if i > 0 && self.c[i - 1].is_ascii_alphanumeric() {
            return None;
        }
        let (mut day, e) = self.number(i, 2)?;
        if self.at(e)? != '/' {
            return None;
        }
        let (mut month, e) = self.number(e + 1, 2)?;
        // ("Sun 29/8", "Thu 2/9", "Mon 8/30": or the weekday before it, as a chat or an itinerary writes it; month
        // first where the day first cannot be, or where the letter's other dates are written so.)
        let weekday_before = self.after_a_weekday(i).is_some();
        // ("arriving on 13/8", "from 14/8 to 19/8": or a word before it that leads a day, as e-mails write it.)
        // (A word of its own, "on", not the end of "add-on"; and not a part of something, "by 1/3 of the fare", "1/2%".)
        let lead = word_before(self.c, i);
        let lead_alone = i >= lead.len() + 2 && self.c[i - lead.len() - 2].is_whitespace() || i == lead.len() + 1;
        let led = !weekday_before && i >= 2 && self.c[i - 1] == ' ' && lead_alone && super::cues::DATES_NUMERIC_LEADS.contains(&lead.as_str());
        if (weekday_before || led) && (self.month_first || month > 12 && day <= 12) {
            (day, month) = (month, day);
        }
        if self.at(e).is_some_and(|c| c == '/' || c.is_ascii_digit()) || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let part_of = self.at(e) == Some('%') || self.word(self.spaces(e), "of").is_some();
        let led = led && !part_of;
        let j = self.spaces(e);
        let close = (j + 1..(j + 8).min(self.c.len())).find(|&k| self.at(k) == Some(')'));
        let single = self.at(j) == Some('(') && close == Some(j + 2) && self.at(j + 1).is_some_and(|c| "一二三四五六日天".contains(c));
        let end = if single { j + 3 } else { self.skip_bracketed_weekday(e) };
        (end > e || weekday_before || led).then_some((Parts { day, month, year: None }, end, day != month && day <= 12))
    }

    /// "4–8/", "14–20.": two days joined by a dash, then the separator before a month: the days, the separator and
    /// where the month starts.
    fn two_days_before_a_month(&self, i: usize) -> Option<(u32, u32, char, usize)> {
        if self.inside_a_word(i) {
            return None;
        }
        let (a, e) = self.number(i, 2)?;
        if !matches!(self.at(e)?, '-' | '–') {
            return None;
        }
        let (b, e) = self.number(e + 1, 2)?;
        let sep = self.at(e).filter(|c| matches!(c, '.' | '/'))?;
        Some((a, b, sep, e + 1))
    }

    /// "14–20/8": a range of days before one month, with no year, day first as in Hong Kong (none in a letter that
    /// writes its numeric dates month first).
    fn numeric_day_range_without_year(&self, i: usize) -> Option<(Parts, Parts, usize, bool)> {
        let (a, b, '/', e) = self.two_days_before_a_month(i)? else { return None };
        let (month, end) = self.number(e, 2)?;
        if self.at(end).is_some_and(|c| c == '/' || c.is_ascii_alphanumeric() || c == '.' && self.at(end + 1).is_some_and(|d| d.is_ascii_digit())) || self.month_first {
            return None;
        }
        (a < b && b <= 31 && (1..=12).contains(&month)).then_some((Parts { day: a, month, year: None }, Parts { day: b, month, year: None }, end, false))
    }

    /// "4-8.5.2026", "4–8/5/2026": a range of days before one month and year.
    fn numeric_day_range(&self, i: usize) -> Option<(Parts, Parts, usize)> {
        let (a, b, sep, e) = self.two_days_before_a_month(i)?;
        let (month, e) = self.number(e, 2)?;
        if self.at(e)? != sep {
            return None;
        }
        let (year, end) = self.year(e + 1)?;
        (a < b && (1..=12).contains(&month)).then_some((Parts { day: a, month, year: Some(year) }, Parts { day: b, month, year: Some(year) }, end))
    }

    // ---- Chinese forms ----

    /// A number in Arabic digits or Chinese numerals (一..九, 十, 〇/零, 兩): (value, end, digits written).
    fn cjk_number(&self, i: usize, max_chars: usize) -> Option<(u32, usize)> {
        if let Some((n, e)) = self.number(i, max_chars) {
            return Some((n, e));
        }
        let digit = |c: char| match c {
            // A zero is also typed as a circle or the letter O ("二○二七年") where the IME offers no 〇; neither
            // starts a date (`find` tries no date there), so a blank "○○" is none.
            '〇' | '零' | '○' | '◯' | 'O' => Some(0),
            '一' => Some(1),
            '二' | '兩' => Some(2),
            '三' => Some(3),
            '四' => Some(4),
            '五' => Some(5),
            '六' => Some(6),
            '七' => Some(7),
            '八' => Some(8),
            '九' => Some(9),
            _ => None,
        };
        let mut j = i;
        let mut value = 0u32;
        let mut current = 0u32;
        let mut seen = false;
        while let Some(c) = self.at(j) {
            if j - i >= max_chars + 2 {
                break;
            }
            if let Some(d) = digit(c) {
                current = current * 10 + d as u32;
                seen = true;
            } else if c == '十' {
                value += if current == 0 { 10 } else { current * 10 };
                current = 0;
                seen = true;
            } else if (c == '廿' || c == '卅') && current == 0 && value == 0 {
                // "廿八日" is the 28th, "卅日" the 30th.
                value = if c == '廿' { 20 } else { 30 };
                seen = true;
            } else {
                break;
            }
            j += 1;
        }
        seen.then_some((value + current, j))
    }

    /// The year (if written) and the month a Chinese date starts with, "2026年5月", "五月", and where its 月 stands
    /// (the day follows it).
    fn chinese_year_month(&self, i: usize) -> Option<(Option<i32>, u32, usize)> {
        let (year, j) = match self.cjk_number(i, 4) {
            Some((y, e)) if self.at(e) == Some('年') && (1900..2200).contains(&y) => (Some(y as i32), e + 1),
            _ => (None, i),
        };
        let (month, e) = self.cjk_number(self.spaces(j), 2)?;
        (self.at(e) == Some('月') && (1..=12).contains(&month)).then_some((year, month, e))
    }

    /// "2026年3月2日", "二〇二六年三月二日", "3月2日" (year optional), "2026年3月2號".
    fn chinese(&self, i: usize) -> Option<(Parts, usize)> {
        let (year, month, e) = self.chinese_year_month(i)?;
        let (day, e) = self.cjk_number(self.spaces(e + 1), 2)?;
        if !matches!(self.at(e), Some('日' | '號' | '号')) || !(1..=31).contains(&day) {
            return None;
        }
        Some((Parts { day, month, year }, e + 1))
    }

    /// "5月4至8日", "2026年5月4-8日": a range whose first day has no 日.
    fn chinese_day_range(&self, i: usize) -> Option<(Parts, Parts, usize)> {
        let (year, month, e) = self.chinese_year_month(i)?;
        let (a, e) = self.cjk_number(self.spaces(e + 1), 2)?;
        let j = self.range_sep(e)?;
        let (b, e) = self.cjk_number(j, 2)?;
        if !(matches!(self.at(e), Some('日' | '號' | '号')) && (1..=31).contains(&a) && a < b && b <= 31) {
            return None;
        }
        Some((Parts { day: a, month, year }, Parts { day: b, month, year }, e + 1))
    }

    /// "2026年5月4、5及7日", "10月5、6和8日": days listed under one month, only the last with 日; from the first to
    /// the last (the list's words say it is a list).
    fn chinese_day_list(&self, i: usize) -> Option<(Parts, Parts, usize)> {
        let (year, month, e) = self.chinese_year_month(i)?;
        let (first, mut e) = self.cjk_number(self.spaces(e + 1), 2)?;
        let mut last = first;
        let mut listed = 0;
        while self.at(e).is_some_and(|c| "、及和與与,".contains(c)) {
            let (day, next) = self.cjk_number(self.spaces(e + 1), 2)?;
            if day <= last || day > 31 {
                return None;
            }
            (last, e, listed) = (day, next, listed + 1);
        }
        (listed > 0 && matches!(self.at(e), Some('日' | '號' | '号')) && (1..=31).contains(&first))
            .then_some((Parts { day: first, month, year }, Parts { day: last, month, year }, e + 1))
    }

    /// The end of a Chinese range's second part: "9日", "3月9日", "2027年1月3日".
    fn chinese_end(&self, i: usize, start: Parts) -> Option<(Parts, usize)> {
        if let Some(p) = self.chinese(i) {
            return Some(p);
        }
        // "十二月二十八日至翌年一月三日": the next year's day.
        for next in ["翌年", "次年", "明年", "翌"] {
            if self.c[i..].iter().take(next.chars().count()).copied().eq(next.chars()) {
                let (p, end) = self.chinese(i + next.chars().count())?;
                return Some((Parts { year: start.year.map(|y| y + 1), ..p }, end));
            }
        }
        let (day, e) = self.cjk_number(i, 2)?;
        matches!(self.at(e), Some('日' | '號' | '号'))
            .then_some((Parts { day, month: start.month, year: start.year }, e + 1))
    }

    // ---- one date or range at i ----

    fn parse_at(&self, i: usize) -> Option<(Parts, Parts, usize, bool)> {
        let begin = self.skip_the(self.skip_weekday(i));
        // Chinese first: it starts with digits too.
        if let Some((a, e)) = self.chinese(begin) {
            // "5月4日（星期一）至8日（星期五）": the weekday between the date and the separator.
            if let Some(j) = self.range_sep(self.skip_bracketed_weekday(e)) {
                if let Some((b, end)) = self.chinese_end(j, a) {
                    return Some((a, b, end, false));
                }
            }
            return Some((a, a, e, false));
        }
        if let Some((a, b, end)) = self.chinese_day_range(begin).or_else(|| self.chinese_day_list(begin)) {
            return Some((a, b, end, false));
        }
        if let Some((a, e)) = self.iso(begin) {
            return Some(self.maybe_range(a, e, false));
        }
        if let Some((a, b, end)) = self.numeric_day_range(begin) {
            return Some((a, b, end, false));
        }
        if let Some(range) = self.numeric_day_range_without_year(begin) {
            return Some(range);
        }
        if let Some((a, e, ambiguous)) = self.numeric(begin) {
            // "15/06/2026 (Monday) to 19/06/2026 (Friday)": past the first day's weekday.
            if let Some(j) = self.range_sep(self.skip_bracketed_weekday(e)) {
                if let Some((b, end, amb)) = self.numeric(self.skip_weekday(j)) {
                    return Some((a, b, end, ambiguous || amb));
                }
            }
            return Some((a, a, e, ambiguous));
        }
        // "15/3（一）至17/3（三）": day and month without a year, a weekday after them saying it is a date.
        if let Some((a, e, ambiguous)) = self.numeric_with_weekday(begin) {
            if let Some(j) = self.range_sep(e) {
                if let Some((b, end, amb)) = self.numeric_with_weekday(j) {
                    return Some((a, b, end, ambiguous || amb));
                }
            }
            return Some((a, a, e, ambiguous));
        }
        // "2 - 9 March 2026", "2 to 9 March 2026": a bare day, a separator, then a full date.
        if let Some((d, e)) = self.day(begin) {
            if self.month(self.spaces(e)).is_none() && self.word(self.spaces(e), "of").is_none() {
                if let Some(j) = self.range_sep(e) {
                    if let Some((b, end)) = self.day_month_year(self.skip_the(self.skip_weekday(j))) {
                        if d <= b.day {
                            return Some((Parts { day: d, ..b }, b, end, false));
                        }
                    }
                }
                if let Some((a, b, end)) = self.day_list(begin) {
                    return Some((a, b, end, false));
                }
                return None;
            }
        }
        if let Some((a, e)) = self.day_month_year(begin) {
            return Some(self.maybe_range_en(a, e));
        }
        if let Some((a, e)) = self.month_day_year(begin) {
            // "March 2-9, 2026"
            if a.year.is_none() {
                if let Some(j) = self.range_sep(e) {
                    if let Some((d2, e2)) = self.day(j) {
                        if self.month(self.spaces(e2)).is_none() {
                            let (year, end) = self.optional_year(e2);
                            let b = Parts { day: d2, month: a.month, year };
                            return Some((Parts { year, ..a }, b, end, false));
                        }
                    }
                }
            }
            // "May 4, 5 and 7, 2026": a list of days in one month.
            if a.year.is_none() {
                let (mut days, mut end, mut joined) = (vec![a.day], e, false);
                while let Some((j, and)) = self.list_sep(end) {
                    let Some((d, e2)) = self.day(j) else { break };
                    if self.month(self.spaces(e2)).is_some() || days.len() > 10 {
                        break;
                    }
                    joined |= and;
                    days.push(d);
                    end = e2;
                }
                let rising = days.windows(2).all(|w| w[0] < w[1]);
                if days.len() >= 2 && rising && (joined || days.len() >= 3) {
                    let (year, end) = self.optional_year(end);
                    let last = *days.last()?;
                    return Some((Parts { year, ..a }, Parts { day: last, month: a.month, year }, end, false));
                }
            }
            return Some(self.maybe_range_en(a, e));
        }
        None
    }

    /// After an English date, a range's second date may follow: "2 March to 9 March 2026", "28 Dec 2026 – 3 Jan 2027".
    fn maybe_range_en(&self, a: Parts, e: usize) -> (Parts, Parts, usize, bool) {
        // "4 May 2026 (Mon) to 8 May 2026 (Fri)".
        if let Some(j) = self.range_sep(self.skip_bracketed_weekday(e)) {
            let j = self.skip_the(self.skip_weekday(j));
            if let Some((b, end)) = self.day_month_year(j).or_else(|| self.month_day_year(j)) {
                // A first date without a year takes the second's in `find`, or the year before across a year end.
                return (a, b, end, false);
            }
        }
        (a, a, e, false)
    }

    fn maybe_range(&self, a: Parts, e: usize, ambiguous: bool) -> (Parts, Parts, usize, bool) {
        if let Some(j) = self.range_sep(e) {
            if let Some((b, end)) = self.iso(j) {
                return (a, b, end, ambiguous);
            }
            // "2027/6/14-6/16": the last day's month and day in the first's order, its year the first's; after a dash or
            // 至, not "and" (two days, not a run), and within a month or so ("2027.06.14 – 9.30-12.30" holds a time).
            let sep = (e.saturating_sub(3)..e).rev().filter_map(|k| self.at(k)).find(|c| !c.is_ascii_digit()).unwrap_or('/');
            let dashed = !self.c[e..j].iter().any(char::is_ascii_alphabetic);
            if let Some(((month, day), end)) = self.month_and_day(j, sep).filter(|_| dashed) {
                if (month, day) >= (a.month, a.day) && month <= a.month + 1 {
                    return (a, Parts { day, month, year: a.year }, end, ambiguous);
                }
            }
        }
        (a, a, e, ambiguous)
    }

    /// "6/16" at `i`, its parts apart by `sep`, ending where no digit or separator follows: ((month, day), end).
    fn month_and_day(&self, i: usize, sep: char) -> Option<((u32, u32), usize)> {
        let (month, e) = self.number(i, 2)?;
        if self.at(e)? != sep {
            return None;
        }
        let (day, e) = self.number(e + 1, 2)?;
        let valid = (1..=12).contains(&month) && (1..=31).contains(&day) && !self.at(e).is_some_and(|c| c == sep || c.is_ascii_digit());
        valid.then_some(((month, day), e))
    }
}

fn make(p: Parts, year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(p.year.unwrap_or(year), p.month, p.day)
}

/// The first day of the year a letter names most often by itself, without a day ("今年（2027年）", "in 2027", "Festival
/// 2027"), if any: a year of this century's twenties or thirties, not part of a longer number, a reference or a
/// telephone number ("ITC/2027/06", "2027 8888").
fn year_named(chars: &[char]) -> Option<NaiveDate> {
    let mut years: Vec<(i32, usize)> = Vec::new();
    for i in 0..chars.len().saturating_sub(3) {
        let digits = &chars[i..i + 4];
        if !(digits[0] == '2' && digits[1] == '0' && matches!(digits[2], '2' | '3') && digits[3].is_ascii_digit()) {
            continue;
        }
        let joined = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '.' | ':' | '_'));
        let before = i.checked_sub(1).and_then(|k| chars.get(k));
        // (After it, a full stop or a dash ends a sentence or a range unless a number follows: "Festival 2027. Play on …".)
        let after = chars.get(i + 4).filter(|c| !(matches!(c, '.' | '-') && !chars.get(i + 5).is_some_and(|d| d.is_ascii_digit())));
        // (Not "2027 8888", a number with a space in it.)
        let spaced_number = after == Some(&' ') && chars.get(i + 5).is_some_and(|c| c.is_ascii_digit());
        // (A colon after it ends a heading, "Festival 2027:", unless a number follows.)
        let heading = after == Some(&':') && !chars.get(i + 5).is_some_and(|c| c.is_ascii_digit());
        if joined(before) || (joined(after) && !heading) || spaced_number {
            continue;
        }
        // (Nor a passport's expiry or a birth: "passport 21AB34567, expires 2031".)
        let lead: String = chars[i.saturating_sub(24)..i].iter().collect::<String>().to_lowercase();
        if super::cues::DATES_OTHER.iter().any(|w| lead.contains(w)) {
            continue;
        }
        let year = digits.iter().collect::<String>().parse::<i32>().unwrap_or(0);
        match years.iter_mut().find(|(y, _)| *y == year) {
            Some((_, n)) => *n += 1,
            None => years.push((year, 1)),
        }
    }
    // (Of years named as often, the earlier: a later one is more often a validity's.)
    let year = years.iter().max_by_key(|&&(y, n)| (n, -y))?.0;
    NaiveDate::from_ymd_opt(year, 1, 1)
}

/// The first day `p` (day and month, its year if written) on or after `from`.
fn first_on_or_after(p: Parts, from: NaiveDate) -> Option<NaiveDate> {
    if p.year.is_some() {
        return make(p, 0);
    }
    // 29 February may be four years on; any other day is within two.
    (0..=4).filter_map(|k| make(p, from.year() + k)).find(|d| *d >= from)
}

/// The word before `i`, lower-cased, past spaces and a comma or a full stop: "sunday" for "Sunday, 5 March", "sun"
/// for "Sun 29/8".
fn word_before(chars: &[char], i: usize) -> String {
    let before: String = chars[i.saturating_sub(12)..i].iter().collect::<String>().to_lowercase();
    before.trim_end().trim_end_matches([',', '.']).rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("").to_string()
}

/// The day of the week written beside a date at `start..end`: before it ("Sunday 5 March", "Sun, 5 March") or in
/// brackets after it ("5 March (Sunday)", "3月5日（星期日）", "（日）").
/// (After a range, a weekday in brackets is its last day's: only a single day's counts.)
fn weekday_written(chars: &[char], start: usize, end: usize, single: bool) -> Option<chrono::Weekday> {
    use chrono::Weekday::*;
    const EN: [chrono::Weekday; 7] = [Mon, Tue, Wed, Thu, Fri, Sat, Sun];
    let english = |w: &str| WEEKDAYS.iter().position(|x| *x == w).map(|i| EN[[0, 1, 2, 3, 4, 5, 6, 0, 1, 1, 2, 3, 3, 3, 4, 5, 6][i]]);
    // (The date may start with its weekday: "Sunday 5 March".)
    let own: String = chars[start..end].iter().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
    if let Some(day) = english(&own).or_else(|| english(&word_before(chars, start))) {
        return Some(day);
    }
    if !single {
        return None;
    }
    let after: String = chars[end..(end + 8).min(chars.len())].iter().collect::<String>().to_lowercase();
    let inside = after.trim_start().strip_prefix('(')?.split(')').next()?.trim().trim_end_matches('.').to_string();
    let cjk = inside.trim_start_matches("星期").trim_start_matches("禮拜").trim_start_matches("礼拜").trim_start_matches('週').trim_start_matches('周');
    let number = ["一", "二", "三", "四", "五", "六"].iter().position(|d| *d == cjk).map(|i| EN[i]);
    number.or_else(|| ["日", "天"].contains(&cjk).then_some(Sun)).or_else(|| english(&inside))
}

/// Every date and range in `chars` (folded to half-width), in order.
pub fn find(chars: &[char]) -> Vec<DateMention> {
    // A letter writes its numeric dates one way throughout: one that can only be read one way settles the others.
    let order = Scan { c: chars, month_first: false, settled: false }.numeric_order();
    let scan = Scan { c: chars, month_first: order == Some(true), settled: order.is_some() };
    let mut raw: Vec<(Parts, Parts, usize, usize, bool)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // Only try where a date could start: a digit, a letter after a non-letter, or a Chinese numeral.
        let c = chars[i];
        // "Day 1 – Sun 12 Sep 2027": an itinerary's day number is no day of a month.
        // (Compared in place: this runs at every digit of the letter.)
        let day_number = c.is_ascii_digit()
            && i >= 4
            && chars[i - 1] == ' '
            && chars[i - 4..i - 1].iter().map(|c| c.to_ascii_lowercase()).eq("day".chars())
            && !(i > 4 && chars[i - 5].is_alphabetic());
        // (A Latin word can open a date only as a weekday, a month or "the": the letter it starts with is checked
        // first, as most words of a letter start no date.)
        let could_open = |c: char| !c.is_ascii_alphabetic() || DATE_WORD_INITIALS.contains(c.to_ascii_lowercase());
        let could_start = !day_number && c.is_ascii_digit()
            || (is_alpha(c) && could_open(c) && !(i > 0 && is_alpha(chars[i - 1])))
            || "〇一二三四五六七八九十廿卅".contains(c);
        if could_start {
            if let Some((a, b, end, ambiguous)) = scan.parse_at(i) {
                raw.push((a, b, i, end, ambiguous));
                i = end;
                continue;
            }
        }
        i += 1;
    }
    bare_ordinals(chars, &mut raw);
    clause_cjk_days(chars, &mut raw);
    bare_cjk_days(chars, &mut raw);
    bare_hao_days(chars, &mut raw);
    day_month_rows(chars, &mut raw);
    // Fill missing years from the nearest full date: before the mention, else after it. A letter invites to what is to
    // come: a date without a year is the first of its kind from a little before that date on ("20 November 2026 ...
    // leave on 3 January" is in 2027; "2026年11月20日" signed at the bottom makes "1月3日" above it 2027 too).
    let references: Vec<(usize, NaiveDate)> = raw
        .iter()
        .filter(|(_, _, s, _, _)| !about_something_else(chars, *s))
        .filter_map(|(a, b, s, _, _)| {
            let end = b.year.and_then(|y| make(*b, y)).or_else(|| a.year.and_then(|y| make(*a, y)))?;
            // A range's first day: "on view from 14 May to 24 October 2027 ... arrive on 9 May" is May 2027, not 2028.
            let first = make(*a, a.year.unwrap_or(end.year())).map(|f| if f > end { make(*a, end.year() - 1).unwrap_or(end) } else { f });
            Some((*s, first.unwrap_or(end)))
        })
        .collect();
    // A date of birth, a passport's expiry or last year's event is no guide to the trip's year: the letter's dates
    // gather around one year, and only those within a year of it are.
    // (Counted, not sorted: a sort of its own would cost the worker a copy of the standard library's.)
    let mut years: Vec<(i32, usize)> = Vec::new();
    for (_, d) in &references {
        match years.iter_mut().find(|(y, _)| *y == d.year()) {
            Some((_, n)) => *n += 1,
            None => years.push((d.year(), 1)),
        }
    }
    let usual = years.iter().max_by_key(|&&(y, n)| (n, y)).map_or(0, |&(y, _)| y);
    let references: Vec<(usize, NaiveDate)> = references.into_iter().filter(|(_, d)| (d.year() - usual).abs() <= 1).collect();
    let named_year = if references.is_empty() { year_named(chars) } else { None };
    let mut out = Vec::new();
    for (a, b, start, end, ambiguous) in raw {
        // The last part carries the year in every written form ("2 March to 9 March 2026").
        let inferred = b.year.is_none();
        let (from, to) = if inferred {
            // `references` is in order of position: the last at or before this mention, else the first after it.
            let at = references.partition_point(|(s, _)| *s <= start);
            let (reference, before) = match at {
                0 => match references.first() {
                    Some(&(_, r)) => (r, false),
                    // A letter that writes no full date may still name its year ("今年（2027年）8月想請您來香港"):
                    // its dates are in that year. One that names none cannot be read.
                    None => match named_year {
                        Some(first_day) => (first_day, true),
                        None => continue,
                    },
                },
                _ => (references[at - 1].1, true),
            };
            let slack = chrono::Duration::days(if references.is_empty() { 0 } else if before { 30 } else { 60 });
            let Some(mut from) = first_on_or_after(a, reference - slack) else { continue };
            // A day of the week written with it settles the year: "Sunday 5 March" after "12 May 2028" is 5 March
            // 2028 (a Sunday), not 2029 (a Monday).
            if let Some(day) = weekday_written(chars, start, end, (a.day, a.month) == (b.day, b.month)).filter(|d| *d != from.weekday()) {
                let year = |k: i32| make(Parts { year: Some(from.year() + k), ..a }, 0).filter(|f| f.weekday() == day);
                if let Some(f) = year(-1).or_else(|| year(1)) {
                    from = f;
                }
            }
            let Some(to) = first_on_or_after(b, from) else { continue };
            (from, to)
        } else {
            let year = b.year.unwrap_or(0);
            let (Some(mut from), Some(to)) = (make(a, a.year.unwrap_or(year)), make(b, year)) else { continue };
            if to < from {
                // "28 Dec – 3 Jan 2027": the first date is in the year before.
                match a.year {
                    None => match make(Parts { year: Some(to.year() - 1), ..a }, 0) {
                        Some(f) if f <= to => from = f,
                        _ => continue,
                    },
                    Some(_) => continue,
                }
            }
            (from, to)
        };
        out.push(DateMention { start, end, from, to, ambiguous, year_inferred: inferred, by_weekday: false });
    }
    days_of_a_named_week(chars, &mut out);
    weekdays_of_a_named_month(chars, &mut out);
    numbered_days(chars, &mut out);
    month_headed_rows(chars, &mut out);
    out
}

/// A schedule under a heading that names only its month ("MARCH 2028", "2028年4月日程", "日程（二〇二七年十二月）"),
/// its rows dated by the day alone, with or without the weekday ("| Thu 2 | …", "│12　│三　│…", "二日（四）　晚上　抵港"):
/// each row's day is of that month (of the next, once the days start again from a smaller one). At least three rows;
/// a weekday written that disagrees with its day gives nothing for the whole table.
fn month_headed_rows(chars: &[char], out: &mut Vec<DateMention>) {
    use chrono::Datelike;
    let scan = Scan { c: chars, month_first: false, settled: false };
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    while at <= chars.len() {
        let end = (at..chars.len()).find(|&k| chars[k] == '\n').unwrap_or(chars.len());
        lines.push((at, end));
        at = end + 1;
    }
    let edge = |c: char| c.is_whitespace() || matches!(c, '|' | '│' | '┃' | '║') || super::text::is_bullet(c);
    let mut added: Vec<DateMention> = Vec::new();
    let mut l = 0;
    while l < lines.len() {
        let (ls, le) = lines[l];
        l += 1;
        // (`out` is in order of position: whether it holds a date on a line is a search, not a scan.)
        let dated_line = |a: usize, b: usize| out.get(out.partition_point(|m| m.start < a)).is_some_and(|m| m.start < b);
        let Some((year, month)) = month_heading(&scan, chars, ls, le).filter(|_| !dated_line(ls, le)) else { continue };
        let mut rows: Vec<(usize, usize, u32, Option<chrono::Weekday>)> = Vec::new();
        // The first row's indent, once it is found.
        let mut indent: Option<usize> = None;
        let mut k = l;
        while k < lines.len() && k < l + 40 {
            let (rs, re) = lines[k];
            k += 1;
            let t = (rs..re).find(|&i| !edge(chars[i])).unwrap_or(re);
            if t == re {
                // A blank line ends the rows; a rule or an empty cell does not.
                if chars[rs..re].iter().all(|c| c.is_whitespace()) && !rows.is_empty() {
                    break;
                }
                continue;
            }
            // (A row that goes on below, its first cell empty or its line indented past the rows' days: "|          |
            // 20:00 | Annual Concert |", "　　　　　　下午　排練".)
            let first_cell_empty = chars[rs..t].iter().filter(|c| matches!(c, '|' | '│')).count() > 1;
            let indented = indent.is_some_and(|i| t - rs > i + 1);
            if first_cell_empty || indented {
                continue;
            }
            // (Before the first row, a table's rule or its heading row, a few lines at most.)
            match row_day(&scan, chars, t, re) {
                Some((day, s, e, weekday)) => {
                    indent.get_or_insert(t - rs);
                    rows.push((s, e, day, weekday));
                }
                None if rows.is_empty() && k <= l + 6 => continue,
                None => break,
            }
        }
        // (At least three rows, and a weekday on one of them: "1) …", "2) …", "3) …" under "Arriving March 2028" are a
        // list's numbers, not days.)
        if rows.len() < 3 || rows.iter().all(|r| r.3.is_none()) {
            continue;
        }
        let (mut y, mut m, mut last) = (year, month, 0);
        let mut dated = Vec::new();
        for &(s, e, day, weekday) in &rows {
            if day < last {
                (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            }
            last = day;
            let Some(date) = NaiveDate::from_ymd_opt(y, m, day) else { dated.clear(); break };
            if weekday.is_some_and(|w| w != date.weekday()) {
                dated.clear();
                break;
            }
            dated.push(DateMention { start: s, end: e, from: date, to: date, ambiguous: false, year_inferred: weekday.is_none(), by_weekday: false });
        }
        added.extend(dated.into_iter().filter(|d| !out.get(out.partition_point(|m| m.end <= d.start)).is_some_and(|m| m.start < d.end)));
        l = k;
    }
    if !added.is_empty() {
        out.extend(added);
        crate::sorting::sort_by_key(out, |m| crate::sorting::number(m.start as i64));
    }
}

/// The year and month a short line names and nothing more of a date: "MARCH 2028", "Schedule — March 2028",
/// "2028年4月日程", "日程（二〇二七年十二月）".
fn month_heading(scan: &Scan, chars: &[char], ls: usize, le: usize) -> Option<(i32, u32)> {
    let line: String = chars[ls..le].iter().collect::<String>().trim().to_lowercase();
    if line.is_empty() || line.chars().count() > 28 {
        return None;
    }
    let words: Vec<&str> = line.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let months: Vec<u32> = words.iter().filter_map(|w| MONTHS.iter().find(|(m, _)| m == w).map(|&(_, n)| n)).collect();
    let years: Vec<i32> = words.iter().filter(|w| w.len() == 4 && w.starts_with("20")).filter_map(|w| w.parse().ok()).collect();
    if let ([m], [y]) = (&months[..], &years[..]) {
        return (words.len() <= 4 && !words.iter().any(|w| w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()))).then_some((*y, *m));
    }
    // "2028年4月", "二〇二七年十二月": the year, 年, the month, 月, and no day after it.
    let nian = (ls..le).find(|&i| chars[i] == '年')?;
    let start = (ls..nian).find(|&i| scan.cjk_number(i, 4).is_some_and(|(_, e)| e == nian))?;
    let (year, _) = scan.cjk_number(start, 4).filter(|&(y, _)| (2000..2100).contains(&y))?;
    let (month, e) = scan.cjk_number(nian + 1, 2).filter(|&(m, e)| (1..=12).contains(&m) && chars.get(e) == Some(&'月'))?;
    let day_after = scan.cjk_number(e + 1, 3).is_some_and(|(_, d)| matches!(chars.get(d), Some('日' | '號' | '号')));
    (!day_after).then_some((year as i32, month))
}

/// A schedule row's day, where it is, and the weekday written with it: "Thu 2", "12 │三", "二日（四）", "5 (Sun)".
fn row_day(scan: &Scan, chars: &[char], t: usize, re: usize) -> Option<(u32, usize, usize, Option<chrono::Weekday>)> {
    let word: String = chars[t..re].iter().take_while(|c| c.is_ascii_alphabetic()).collect::<String>().to_lowercase();
    // (A weekday's name read whole, short or long: "Thu", "Thursday".)
    let english = |w: &str| {
        let w: Vec<char> = w.chars().collect();
        weekday_written(&w, 0, w.len(), false)
    };
    // "Thu 2", "Thursday, 2": the weekday first.
    if !word.is_empty() {
        let weekday = english(&word)?;
        let d = (t + word.chars().count()..re).find(|&i| !matches!(chars[i], ' ' | ',')).unwrap_or(re);
        let (day, e) = scan.number(d, 2).filter(|&(n, e)| (1..=31).contains(&n) && !chars.get(e).is_some_and(|c| c.is_alphanumeric() && !c.is_ascii()))?;
        return Some((day, t, e, Some(weekday)));
    }
    let (day, mut e) = scan.cjk_number(t, 3).filter(|&(n, _)| (1..=31).contains(&n))?;
    let figures = chars[t].is_ascii_digit();
    if matches!(chars.get(e), Some('日' | '號' | '号')) {
        e += 1;
    } else if !figures || chars.get(e).is_some_and(|c| c.is_alphanumeric() || matches!(c, ':' | '/' | '.' | '月' | '年')) {
        return None;
    }
    // The weekday after it: in brackets, or in the next cell ("│三", "| Thu").
    let next = (e..re).find(|&i| !(chars[i].is_whitespace() || matches!(chars[i], '|' | '│')))?;
    let cell: String = chars[next..re].iter().take_while(|c| !(c.is_whitespace() || matches!(c, '|' | '│'))).collect();
    let inside = cell.strip_prefix('(').and_then(|c| c.split(')').next()).unwrap_or(&cell).to_lowercase();
    // (In English by its name; in Chinese as a bracket reads it, "(四)", "(星期四)".)
    let weekday = english(&inside).or_else(|| weekday_written(&format!("({inside})").chars().collect::<Vec<_>>(), 0, 0, true));
    Some((day, t, e, weekday))
}

/// "Day 1 (Sun) 5 September 2027  Arrival" over "Day 2 (Mon)  Workshop" … "Day 8 (Sun)  Departure", "第一天（2027年10月21日）
/// 抵港" over "第二天　技術綵排": an itinerary that numbers its days and dates only some. A row "Day N" with no date of
/// its own is N − M days after the last dated row "Day M" above it (within a few lines), unless the weekday it gives
/// says otherwise; its day is unsure unless that weekday agrees.
fn numbered_days(chars: &[char], out: &mut Vec<DateMention>) {
    use chrono::Datelike;
    let scan = Scan { c: chars, month_first: false, settled: false };
    let mut added = Vec::new();
    // A date said to be Day 1 ("Day 1 is Sunday 7 November 2027", "第一天为2027年4月19日"), on its line: the rows below
    // count on from it, as from a row "Day 0" the day before.
    // (Only the few characters before each date are lowered, and lines counted only for the one said to be Day 1.)
    let day_one = out.iter().find_map(|m| {
        let before: String = chars[m.start.saturating_sub(16)..m.start].iter().map(|c| c.to_ascii_lowercase()).collect();
        let before = before.trim_end().trim_end_matches(['(', '（']).trim_end();
        let said = super::cues::DATES_DAY_ONE_IS.iter().any(|w| before.ends_with(w));
        said.then(|| m.from.pred_opt().map(|d| (0, d, chars[..m.start].iter().filter(|c| **c == '\n').count()))).flatten()
    });
    let mut anchor: Option<(u32, NaiveDate, usize)> = None;
    let mut line_start = 0;
    for (number, line) in chars.split(|c| *c == '\n').enumerate() {
        if anchor.is_none() && day_one.is_some_and(|(_, _, at)| at == number) {
            anchor = day_one;
        }
        let (ls, le) = (line_start, line_start + line.len());
        line_start = le + 1;
        let t = (ls..le).find(|&i| !chars[i].is_whitespace() && !super::text::is_bullet(chars[i])).unwrap_or(le);
        // "Day 2", "DAY 2", "第二天", "第2日".
        let head: String = chars[t..le.min(t + 4)].iter().collect::<String>().to_lowercase();
        let day = if head == "day " {
            scan.number(t + 4, 2).filter(|&(_, e)| !chars.get(e).is_some_and(|c| c.is_alphanumeric()))
        } else if chars.get(t) == Some(&'第') {
            scan.cjk_number(t + 1, 3).filter(|&(_, e)| matches!(chars.get(e), Some('天' | '日'))).map(|(n, e)| (n, e + 1))
        } else {
            None
        };
        let Some((n, mut end)) = day.filter(|&(n, _)| n <= 31) else { continue };
        if let Some(m) = out.iter().find(|m| m.start >= t && m.start < le) {
            anchor = Some((n, m.from, number));
            continue;
        }
        // (The same number on a later row is the same day: "Day 1 is Sunday 7 November 2027" over "Day 1  Arrival";
        // only rows below the anchor's line count, which also keeps `number - at` from going below zero.)
        let Some((k, date, _)) = anchor.filter(|&(k, _, at)| n >= k && number > at && n - k <= 30 && number - at <= 2 * (n - k) as usize + 4) else { continue };
        let Some(date) = date.checked_add_signed(chrono::Duration::days(i64::from(n - k))) else { continue };
        // "(Mon)", "（星期二）": the weekday given, which must agree.
        let after: String = chars[end..le.min(end + 8)].iter().collect::<String>().to_lowercase();
        let inside = after.trim_start().strip_prefix('(').and_then(|a| a.split(')').next()).map(str::to_string);
        let given = inside.as_deref().and_then(|w| weekday_written(&format!("({w})").chars().collect::<Vec<_>>(), 0, 0, true));
        if given.is_some_and(|w| w != date.weekday()) {
            continue;
        }
        if inside.is_some() {
            end = (end..le).find(|&i| chars[i] == ')').map_or(end, |c| c + 1);
        }
        // "Day 3 – 6": the rows' span, to the last day's number.
        let last = (inside.is_none() && head == "day ").then(|| {
            let dash = (end..le.min(end + 4)).find(|&i| matches!(chars[i], '–' | '-' | '—'))?;
            let (m, e) = scan.number((dash + 1..le).find(|&i| !chars[i].is_whitespace())?, 2)?;
            // (Not a time after the dash, "Day 3 – 10:00 Rehearsal", "Day 3 - 6 pm dinner".)
            let after: String = chars[e..le.min(e + 4)].iter().collect::<String>().to_ascii_lowercase();
            let time = after.starts_with([':', '.']) || after.chars().next().is_some_and(char::is_alphanumeric) || [" am", " pm", " p.", " a."].iter().any(|w| after.starts_with(w));
            (m > n && m - n <= 30 && !time).then_some((m, e))
        });
        let (to, end) = match last.flatten() {
            Some((m, e)) => (date.checked_add_signed(chrono::Duration::days(i64::from(m - n))).unwrap_or(date), e),
            None => (date, end),
        };
        added.push(DateMention { start: t, end, from: date, to, ambiguous: false, year_inferred: given.is_none(), by_weekday: false });
    }
    if !added.is_empty() {
        out.extend(added);
        crate::sorting::sort_by_key(out, |m| crate::sorting::number(m.start as i64));
    }
}

/// Where `cue` occurs in `text`: each match's byte offset and character offset, counted as the search moves on
/// rather than from the start each time (a letter may hold a cue a thousand times).
fn matches_at(text: &str, cue: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut counted, mut last) = (0, 0);
    for (byte, _) in text.match_indices(cue) {
        counted += text[last..byte].chars().count();
        last = byte;
        out.push((byte, counted));
    }
    out
}

/// "Your programme falls in the week of 8 November 2027. On the Tuesday you will be briefed ...; on Wednesday and
/// Thursday you will visit four schools; and on the Friday ...": a day named by its weekday alone, in the paragraph
/// after a date said to begin a week, is that weekday of the week, or of the next after "following" or "next" ("the
/// following Monday"). So is one named in the sentence before it ("on the Tuesday, Wednesday and Thursday of the week
/// of 8 May"), and one further on said to be "of that week" ("On Saturday of that week you will also sit on the
/// jury", a paragraph later). Short names count where they can only be days: "Tue–Thu that week", "the gala Sat
/// night". The date that names the week is then the day of nothing, and is dropped.
fn days_of_a_named_week(chars: &[char], out: &mut Vec<DateMention>) {
    let lower: Vec<char> = chars.iter().map(|c| c.to_ascii_lowercase()).collect();
    let text: String = lower.iter().collect();
    let mut found: Vec<DateMention> = Vec::new();
    let mut weeks: Vec<usize> = Vec::new();
    // (Every cue's place, for where each week's words end: at the next week named.)
    let mut cues_at: Vec<usize> = super::cues::DATES_WEEK_NAMED.iter().flat_map(|c| matches_at(&text, c).into_iter().map(|(_, at)| at)).collect();
    crate::sorting::sort_by_key(&mut cues_at, |&p| crate::sorting::number(p as i64));
    for cue in super::cues::DATES_WEEK_NAMED.iter() {
        for (_, cue_start) in matches_at(&text, cue) {
            let at = cue_start + cue.chars().count();
            // The date right after it, past its weekday: "the week beginning Monday 10 January 2028".
            let Some(k) = date_right_after(&lower, out, at, 12) else { continue };
            let week = out[k].from;
            // Its paragraph: up to a blank line.
            let mut end = out[k].end;
            while end < lower.len() && end - out[k].end < 1200 && !(lower[end] == '\n' && lower[end + 1..].iter().take_while(|c| **c != '\n').all(|c| c.is_whitespace())) {
                end += 1;
            }
            // Its sentence before the cue.
            let sentence = (0..cue_start).rev().find(|&i| matches!(lower[i], '.' | ';' | '\n' | '!' | '?')).map_or(0, |i| i + 1);
            // (Up to the next week the letter names: its "Saturday of that week" is its own.)
            let next_week = cues_at.iter().copied().find(|&p| p > cue_start).unwrap_or(lower.len());
            let further = (end + 1500).min(lower.len()).min(next_week.max(out[k].end));
            let mut i = sentence;
            while i < further {
                let Some((start, stop, day)) = weekday_word(&lower, out, i) else {
                    i += 1;
                    continue;
                };
                i = stop;
                // Past the paragraph, only a day said to be of that week.
                if start >= end && !THAT_WEEK.iter().any(|w| lower[stop..].starts_with(&w.chars().collect::<Vec<_>>())) {
                    continue;
                }
                let before: String = lower[start.saturating_sub(12)..start].iter().collect();
                let word_before = before.trim_end().rsplit(' ').next().unwrap_or("");
                let weeks_on = if super::cues::DATES_WEEK_AFTER.contains(&word_before) { 7 } else { 0 };
                let offset = (day as i64 + 7 - week.weekday().num_days_from_monday() as i64) % 7 + weeks_on;
                let Some(date) = week.checked_add_days(chrono::Days::new(offset as u64)) else { continue };
                if !found.iter().any(|m| m.start == start) {
                    found.push(DateMention { start, end: stop, from: date, to: date, ambiguous: false, year_inferred: false, by_weekday: true });
                }
            }
            if found.iter().any(|m| m.start > out[k].end && m.start < further || m.start >= sentence && m.start < cue_start) {
                weeks.push(k);
            }
        }
    }
    if found.is_empty() {
        return;
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !weeks.contains(&(k - 1))
    });
    out.extend(found);
    crate::sorting::sort_by_key(out, |m| crate::sorting::number(m.start as i64));
}

/// "The sessions will take place every Tuesday and Thursday evening in March 2028", "訓練於2027年12月每逢星期二及星期四
/// 進行", "課程於2027年10月逢星期三及星期六舉行": days named by their weekdays in a month the letter names run from the
/// first such day of the month to its last. A month without its year takes the year of the nearest date.
fn weekdays_of_a_named_month(chars: &[char], out: &mut Vec<DateMention>) {
    let lower: Vec<char> = chars.iter().map(|c| c.to_ascii_lowercase()).collect();
    let text: String = lower.iter().collect();
    let scan = Scan { c: chars, month_first: false, settled: false };
    // (Offsets, year if written, month, weekdays kept.)
    let mut found: Vec<(usize, usize, Option<i32>, u32, [bool; 7])> = Vec::new();
    for lead in ["every ", "on "] {
        for (byte, start) in matches_at(&text, lead) {
            if start > 0 && lower[start - 1].is_ascii_alphabetic() {
                continue;
            }
            let mut kept = [false; 7];
            let mut words = text[byte + lead.len()..].split_inclusive([' ', ',', '\n']);
            let mut at = start + lead.chars().count();
            let mut month = None;
            for (n, raw) in words.by_ref().enumerate().take(12) {
                let word = raw.trim_end_matches([' ', ',', '\n']);
                at += raw.chars().count();
                if let Some(day) = WEEKDAYS_IN_FULL.iter().position(|d| *d == word.trim_end_matches('s')) {
                    kept[day] = true;
                } else if raw.trim_end().ends_with(['.', ';', ':']) {
                    // (Not past the sentence: "We meet every Tuesday. In March 2028 …".)
                    break;
                } else if word == "in" || word == "during" || word == "throughout" {
                    month = Some(at);
                    break;
                } else if word != "and" && (kept == [false; 7] || n > 8 || word.chars().any(|c| c.is_ascii_digit())) {
                    break;
                }
            }
            let Some(m) = month.filter(|_| kept.iter().any(|k| *k)) else { continue };
            let name: String = lower[m..].iter().take_while(|c| c.is_ascii_alphabetic()).collect();
            let Some(&(_, number)) = MONTHS.iter().find(|(w, _)| *w == name) else { continue };
            let e = m + name.len();
            let year = scan.year(scan.spaces(e)).filter(|_| lower.get(e) == Some(&' '));
            found.push((start, year.map_or(e, |(_, ye)| ye), year.map(|(y, _)| y), number, kept));
        }
    }
    for lead in ["逢星期", "逢週", "逢周", "逢禮拜", "逢礼拜"] {
        for (_, p) in matches_at(&text, lead) {
            // The month right before it: "2027年12月每逢", "10月逢".
            let mut m = p;
            if m > 0 && lower[m - 1] == '每' {
                m -= 1;
            }
            if m == 0 || lower[m - 1] != '月' {
                continue;
            }
            let Some((number, s)) = (m.saturating_sub(3)..m - 1).find_map(|s| scan.cjk_number(s, 2).filter(|&(n, e)| e == m - 1 && (1..=12).contains(&n)).map(|(n, _)| (n, s))) else { continue };
            let year = (s >= 5 && lower[s - 1] == '年').then(|| scan.year(s - 5)).flatten().filter(|&(_, e)| e == s - 1).map(|(y, _)| y);
            let start = if year.is_some() { s - 5 } else { s };
            let (kept, i) = cjk_weekdays_listed(&lower, p + 1);
            if kept.iter().any(|k| *k) {
                found.push((start, i, year, number, kept));
            }
        }
    }
    for (start, end, year, month, kept) in found {
        if out.iter().any(|m| m.start < end && start < m.end) {
            continue;
        }
        let year = year.or_else(|| out.iter().min_by_key(|m| m.start.abs_diff(start)).map(|m| m.from.year()));
        let Some(first) = year.and_then(|y| NaiveDate::from_ymd_opt(y, month, 1)) else { continue };
        let days: Vec<NaiveDate> = first.iter_days().take_while(|d| d.month() == month).filter(|d| kept[d.weekday().num_days_from_monday() as usize]).collect();
        let (Some(&from), Some(&to)) = (days.first(), days.last()) else { continue };
        out.push(DateMention { start, end, from, to, ambiguous: false, year_inferred: false, by_weekday: true });
    }
    crate::sorting::sort_by_key(out, |m| crate::sorting::number(m.start as i64));
}

/// The days of the week a Chinese list names from `at` ("星期一、三、五", "週二至四", "星期二及星期四", "星期六及日"),
/// Monday first, and where the list ends. (After 逢: "逢星期一、三、五進行".)
pub(super) fn cjk_weekdays_listed(lower: &[char], at: usize) -> ([bool; 7], usize) {
    let mut kept = [false; 7];
    let mut i = at;
    let mut previous: Option<usize> = None;
    let mut range = false;
    while i < lower.len() {
        let rest: String = lower[i..(i + 2).min(lower.len())].iter().collect();
        if let Some(w) = ["星期", "禮拜", "礼拜", "週", "周"].iter().find(|w| rest.starts_with(**w)) {
            i += w.chars().count();
            continue;
        }
        match "一二三四五六日天".chars().position(|d| d == lower[i]) {
            Some(d) => {
                let d = d.min(6);
                match previous.filter(|_| range) {
                    Some(a) if a <= d => (a..=d).for_each(|k| kept[k] = true),
                    _ => kept[d] = true,
                }
                previous = Some(d);
                range = false;
            }
            None if "、及和與与,或".contains(lower[i]) => {}
            None if "至-–".contains(lower[i]) => range = true,
            None => break,
        }
        i += 1;
    }
    (kept, i)
}

/// After a weekday, the words that tie it to the week named before: "On Saturday of that week".
const THAT_WEEK: [&str; 4] = [" of that week", " that week", " of the same week", " in that week"];

/// The weekday named by the word starting at `i` in `lower`, if it is one and is not a date's own ("Monday 8
/// November", "8 November (Monday)", "Tuesday, 9 Nov"): its offsets and its number, Monday 0. A short name ("Tue",
/// "Thurs", "Sat") only where it can be nothing else: in a range of days ("Tue–Thu"), or before "that week" or a
/// time of day ("Sat night"); "sat on the jury" is no Saturday.
fn weekday_word(lower: &[char], out: &[DateMention], i: usize) -> Option<(usize, usize, usize)> {
    const SHORT: [(&str, usize); 10] =
        [("mon", 0), ("tue", 1), ("tues", 1), ("wed", 2), ("thu", 3), ("thur", 3), ("thurs", 3), ("fri", 4), ("sat", 5), ("sun", 6)];
    if !lower[i].is_ascii_alphabetic() || i > 0 && lower[i - 1].is_ascii_alphabetic() {
        return None;
    }
    let word: String = lower[i..].iter().take_while(|c| c.is_ascii_alphabetic()).collect();
    let (start, stop) = (i, i + word.len());
    let full = WEEKDAYS_IN_FULL.iter().position(|d| *d == word);
    let short = || {
        let day = SHORT.iter().find(|(w, _)| *w == word)?.1;
        let after: String = lower[stop..(stop + 16).min(lower.len())].iter().collect();
        let next_word = after.trim_start_matches(['.', ' ']).split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("").to_string();
        // (A range's other end a day too: not "sun-drenched", "sat-nav".)
        let a_day = |w: &str| SHORT.iter().any(|(s, _)| *s == w) || WEEKDAYS_IN_FULL.contains(&w);
        let word_after_dash = after.strip_prefix(['–', '-']).map(|r| r.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("").to_string());
        let word_before_dash = (start > 1 && matches!(lower[start - 1], '–' | '-')).then(|| lower[..start - 1].iter().rev().take_while(|c| c.is_ascii_alphabetic()).collect::<Vec<_>>().into_iter().rev().collect::<String>());
        let in_range = word_after_dash.is_some_and(|w| a_day(&w)) || word_before_dash.is_some_and(|w| a_day(&w));
        let that_week = THAT_WEEK.iter().any(|w| after.starts_with(w));
        let said_as_day = that_week || ["night", "morning", "afternoon", "evening"].contains(&next_word.as_str());
        (in_range || said_as_day).then_some(day)
    };
    let day = full.or_else(short)?;
    // Not a date's own weekday.
    let next = lower[stop..].iter().find(|c| !matches!(c, ' ' | ',' | ')' | '.'));
    let dated = out.iter().any(|m| m.start <= start && start < m.end || m.end <= start && start - m.end <= 3);
    if dated || next.is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((start, stop, day))
}

/// "arrive on the 13th and depart on the 19th of September", "the 17th of January and leave on the 23rd": a day
/// written alone as an ordinal takes its month (and year, if written) from the nearest date of the same sentence,
/// the next one first. Not a floor, a century or an edition: the ordinal ends its phrase, or is said as a day ("on
/// Sunday the 5th in the afternoon"). A day said as a day with no date in its sentence ("lands at 11:50 on the 15th")
/// takes the month last named or dated before it, and its year is then inferred.
fn bare_ordinals(chars: &[char], raw: &mut Vec<(Parts, Parts, usize, usize, bool)>) {
    let lower: String = chars.iter().map(|c| c.to_ascii_lowercase()).collect();
    let lower: Vec<char> = lower.chars().collect();
    let text: String = lower.iter().collect();
    let mut found = false;
    // Where each ordinal may start, and where the words before it end: after "the " ("on the 5th"), or right after a
    // weekday ("I land Sunday 8th", "out Sun 16th").
    let mut starts: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    // Characters before `from`, counted as the search moves on rather than from the start each time.
    let mut counted = 0;
    while let Some(rel) = text.get(from..).and_then(|t| t.find("the ")) {
        let byte = from + rel;
        let start = counted + text[from..byte].chars().count() + 4;
        from = byte + 4;
        counted = start;
        starts.push((start, start - 4));
    }
    for i in 2..lower.len() {
        if lower[i].is_ascii_digit() && lower[i - 1] == ' ' && lower[i - 2].is_ascii_alphabetic() {
            // The word before the space: back to the first letter of its run (a weekday is ten letters at most).
            let ws = (i.saturating_sub(10)..i - 1).rev().take_while(|&k| lower[k].is_ascii_alphabetic()).last().unwrap_or(i - 1);
            let word: String = lower[ws..i - 1].iter().collect();
            // (Written with its capital, as a day is: "she sat 2nd violin" is no Saturday.)
            let capital = chars[ws].is_ascii_uppercase();
            if capital && is_weekday(&word) {
                starts.push((i, i));
            }
        }
    }
    crate::sorting::sort_by_key(&mut starts, |&(s, _)| crate::sorting::number(s as i64));
    for (start, words_end) in starts {
        let digits = lower[start..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=2).contains(&digits) {
            continue;
        }
        let suffix: String = lower[start + digits..].iter().take(2).collect();
        if !["st", "nd", "rd", "th"].contains(&suffix.as_str()) {
            continue;
        }
        let end = start + digits + 2;
        if lower.get(end).is_some_and(|c| c.is_alphanumeric()) || raw.iter().any(|r| r.2 <= start && start < r.3) {
            continue;
        }
        // "on Sunday the 5th", "lands at 11:50 on the 15th": said as a day, whatever follows it.
        let before: String = lower[start.saturating_sub(30)..words_end].iter().collect();
        let before = before.trim_end_matches([' ', ',']);
        let word_before = before.rsplit(' ').next().unwrap_or("");
        let a_day = is_weekday(word_before)
            || ["on", "for"].contains(&word_before)
            || ["morning of", "afternoon of", "evening of", "night of"].iter().any(|w| before.ends_with(w));
        let next_word: String = lower[end..].iter().skip_while(|c| **c == ' ').take_while(|c| c.is_alphabetic()).collect();
        let ends_phrase = next_word.is_empty() || ["and", "or", "to", "through", "till", "until", "inclusive"].contains(&next_word.as_str());
        let time_follows = ["in", "at", "from", "for", "when", "with", "morning", "afternoon", "evening"].contains(&next_word.as_str());
        if !(ends_phrase || a_day && (time_follows || is_weekday(word_before))) {
            continue;
        }
        // "for the 1st, 2nd and 3rd places", "on the 1st and 2nd floors": ordinals in a list are ranks, unless each
        // has its "the" ("on the 6th and the 8th").
        let rest: String = lower[end..].iter().take(12).collect();
        let rest = rest.trim_start_matches([',', ' ']);
        let rest = rest.strip_prefix("and ").or_else(|| rest.strip_prefix("or ")).unwrap_or(rest);
        let digits_next = rest.chars().take_while(|c| c.is_ascii_digit()).count();
        if (1..=2).contains(&digits_next) && ["st", "nd", "rd", "th"].iter().any(|x| rest[digits_next..].starts_with(x)) {
            continue;
        }
        let Ok(day) = lower[start..start + digits].iter().collect::<String>().parse::<u32>() else { continue };
        // The same sentence: no full stop, line break or semicolon between.
        let same_sentence = |a: usize, b: usize| !lower[a.min(b)..a.max(b)].iter().any(|c| matches!(c, '\n' | ';' | '。')) && !text_has_stop(&lower[a.min(b)..a.max(b)]);
        let next = raw.iter().filter(|r| r.2 >= end && r.2 - end <= 60 && same_sentence(end, r.2)).min_by_key(|r| r.2);
        // (Not a chat message's time stamp: "[13/05/2027, 10:05] Bo: I land Sunday 8th".)
        let prev = raw.iter().filter(|r| r.3 <= start && start - r.3 <= 150 && same_sentence(r.3, start) && !stamped(chars, r.2, r.3)).max_by_key(|r| r.3);
        // A day after a date is in that date's month, or in the next if that is nearer to it: "our juries finish on
        // 30 April, so I arrive on the 3rd" is 3 May; "from the 6th to the 11th of September ... a run-through on
        // Sunday the 5th" is 5 September.
        let after = |(a, b): (Parts, Parts), year: Option<i32>| {
            let (d, first, last) = (day as i32, a.day as i32, b.day as i32);
            let one_month = a.month == b.month;
            let same = if one_month && (first..=last).contains(&d) { 0 } else if one_month { (d - first).abs().min((d - last).abs()) } else { (d - last).abs() };
            // (Over a month's end, the first month's too: "away from 30 Dec to 5 Jan ... I land on the 27th".)
            let in_first = !one_month && (d - first).abs() < same.min(30 - last + d);
            match 30 - last + d < same {
                _ if in_first => Parts { day, month: a.month, year: a.year.or(year.map(|y| if a.month > b.month { y - 1 } else { y })) },
                true => Parts { day, month: b.month % 12 + 1, year: year.map(|y| if b.month == 12 { y + 1 } else { y }) },
                false => Parts { day, month: b.month, year },
            }
        };
        let parts = match (next, prev) {
            (Some(r), _) => Parts { day, ..r.0 },
            (None, Some(r)) => after((r.0, r.1), r.1.year),
            // Said as a day, with no date in its sentence: "PR 300 lands at 11:50 on the 15th" goes by the last date
            // before it, within a few paragraphs. Its year is then inferred, so it is shown as unsure.
            // The month last spoken of is nearer than that: "The course will be held in March. The sessions are on
            // the 8th and the 9th."
            (None, None) if a_day => {
                let last = raw.iter().filter(|r| r.3 <= start && start - r.3 <= 1000 && !stamped(chars, r.2, r.3)).max_by_key(|r| r.3);
                // (Not a month gone by: "following our conversation in March" in a letter of June.)
                let gone = |month: u32, r: &(Parts, Parts, usize, usize, bool)| month < r.1.month && !(r.1.month >= 11 && month <= 2);
                match (month_named_before(chars, words_end), last) {
                    (Some((at, month)), r) if r.is_none_or(|r| r.3 < at && !gone(month, r)) => Parts { day, month, year: None },
                    (_, Some(r)) => after((r.0, r.1), None),
                    (_, None) => continue,
                }
            }
            (None, None) => continue,
        };
        // "the 13th" is read from the ordinal, "the " kept outside like a date's own words. (At once, so that the
        // next in its sentence can take its month: "on the 6th and the 8th".)
        raw.push((parts, parts, start, end, false));
        found = true;
    }
    if found {
        crate::sorting::sort_by_key(raw, |r| crate::sorting::number(r.2 as i64));
    }
}

/// The last month named in words, without a day, in the 400 characters before `end` of `text` (lower-case): "held
/// in March", "in the first week of May", "during October". Its character offset (after it) and number. ("May" only
/// after "in", "of", "during" or "early", "mid" or "late": it is also a verb.)
fn month_named_before(chars: &[char], end: usize) -> Option<(usize, u32)> {
    let lower: Vec<char> = chars.iter().map(|c| c.to_ascii_lowercase()).collect();
    let from = end.saturating_sub(400);
    let mut found = None;
    let mut i = from;
    while i < end.min(lower.len()) {
        if lower[i].is_ascii_alphabetic() && (i == 0 || !lower[i - 1].is_ascii_alphabetic()) {
            let word: String = lower[i..].iter().take_while(|c| c.is_ascii_alphabetic()).collect();
            let n = word.chars().count();
            // (Months written in full: "mar" and "jan" may be other words.)
            if let Some(&(_, month)) = MONTHS.iter().find(|(m, _)| *m == word && (m.len() > 4 || ["may", "june", "july"].contains(m))) {
                let before: String = lower[i.saturating_sub(8)..i].iter().collect();
                let spoken = word != "may" || ["in ", "of ", "during ", "early ", "mid-", "late "].iter().any(|w| before.ends_with(w));
                // Not a date's month: no day number just before or after it.
                let next: String = lower[i + n..].iter().take(3).collect();
                let previous = before.trim_end().rsplit(' ').next().unwrap_or("");
                let dated = previous.starts_with(|c: char| c.is_ascii_digit()) || next.trim_start().starts_with(|c: char| c.is_ascii_digit());
                // Nor a name: "Ms April Chan", "June Lee" (after an honorific, or before a capitalised word).
                let honorific = super::cues::PEOPLE_HONORIFICS.contains(&previous.trim_end_matches('.'));
                let capital_next = chars.get(i + n) == Some(&' ') && chars.get(i + n + 1).is_some_and(|c| c.is_uppercase());
                if spoken && !dated && !honorific && !capital_next && i + n <= end {
                    found = Some((i + n, month));
                }
            }
            i += n.max(1);
        } else {
            i += 1;
        }
    }
    found
}

/// "6月5日（星期五）、6日（星期六）及7日（星期日）": a day written alone after 、, 及, 和 or 至 (past a weekday in
/// brackets) takes its month and year from the date just before it.
fn bare_cjk_days(chars: &[char], raw: &mut Vec<(Parts, Parts, usize, usize, bool)>) {
    let mut found = Vec::new();
    for k in 0..raw.len() {
        let mut at = raw[k].3;
        let reference = raw[k].1;
        for _ in 0..6 {
            // Past a weekday in brackets and the joining word.
            if matches!(chars.get(at), Some('(' | '（')) {
                match (at..chars.len().min(at + 8)).find(|&i| matches!(chars[i], ')' | '）')) {
                    Some(c) => at = c + 1,
                    None => break,
                }
            }
            if !chars.get(at).is_some_and(|c| "、及和與与,".contains(*c)) {
                break;
            }
            let start = at + 1;
            // (In digits or in Chinese numerals: "6月2日及3日", "六月二日（星期五）及三日（星期六）".)
            let scan = Scan { c: chars, month_first: false, settled: false };
            let Some((day, e)) = scan.cjk_number(start, 2).filter(|&(d, e)| e > start && (1..=31).contains(&d) && chars.get(e) == Some(&'日')) else { break };
            let next_starts = raw.iter().any(|r| r.2 == start);
            if next_starts {
                break;
            }
            let parts = Parts { day, ..reference };
            let end = e + 1;
            found.push((parts, parts, start, end, false));
            at = end;
        }
    }
    if !found.is_empty() {
        raw.extend(found);
        crate::sorting::sort_by_key(raw, |r| crate::sorting::number(r.2 as i64));
    }
}

/// "2028年3月4日至8日在本團排練室進行工作坊，9日在香港大會堂劇院出席綵排", "11月1日至5日在排練室指導排練，6日至7日
/// 在大劇院出席演出": a day (or a range of days) written alone at the start of a later clause of the same sentence takes
/// its month and year from the date before it. Only a day on or after it, and not one the clause says is not worked:
/// "，3日內回覆" is a length, not the 3rd; "，23日不再安排活動" takes the 23rd off.
fn clause_cjk_days(chars: &[char], raw: &mut Vec<(Parts, Parts, usize, usize, bool)>) {
    let scan = Scan { c: chars, month_first: false, settled: false };
    // A bare day and where it ends, past its 日 and a weekday in brackets; none where 日 starts a length or a time.
    let day_at = |at: usize| -> Option<(u32, usize)> {
        let (day, e) = scan.cjk_number(at, 2).filter(|&(d, e)| e > at && (1..=31).contains(&d) && chars.get(e) == Some(&'日'))?;
        if chars.get(e + 1).is_some_and(|c| "內内後后前間间以起".contains(*c)) {
            return None;
        }
        let e = scan.skip_bracketed_weekday(e + 1);
        // (Nor a day the clause says is not worked: "，23日不再安排活動", "，10日毋須出席".)
        let rest: String = chars[e..(e + 2).min(chars.len())].iter().collect();
        if ["不", "毋", "無須", "无须", "無需", "无需", "唔"].iter().any(|w| rest.starts_with(w)) {
            return None;
        }
        Some((day, e))
    };
    let mut found = Vec::new();
    for k in 0..raw.len() {
        let (_, reference, _, end, _) = raw[k];
        // Only after a Chinese date: "3月4日至8日", "3月4日（星期六）".
        if !chars[raw[k].2..end].contains(&'日') {
            continue;
        }
        let next = raw.get(k + 1).map_or(chars.len(), |r| r.2);
        let mut i = end;
        let mut last = reference.day;
        while i < next && i - end < 120 && !matches!(chars[i], '。' | '\n' | '.') {
            if !matches!(chars[i], ',' | ';' | '，' | '；') {
                i += 1;
                continue;
            }
            let start = (i + 1..chars.len()).find(|&j| chars[j] != ' ').unwrap_or(chars.len());
            i += 1;
            let Some((day, e)) = day_at(start).filter(|&(d, _)| d >= last) else { continue };
            let (to, e) = match chars.get(e) {
                Some('至' | '到' | '-' | '–' | '~') => day_at(e + 1).filter(|&(d, _)| d > day).unwrap_or((day, e)),
                _ => (day, e),
            };
            if raw.iter().any(|r| r.2 == start) {
                continue;
            }
            found.push((Parts { day, ..reference }, Parts { day: to, ..reference }, start, e, false));
            last = to;
            i = e;
        }
    }
    if !found.is_empty() {
        raw.extend(found);
        crate::sorting::sort_by_key(raw, |r| crate::sorting::number(r.2 as i64));
    }
}

/// "  2/7   you arrive" over "  3/7   tech run" over "  4/7   Comedy Night 1": an itinerary whose rows start with a day
/// and a month and no year. Three rows or more make it one; a single "2/7" at a line's start may be anything. Day
/// first, unless a row can only be read month first ("8/30"); ambiguous when no row settles it.
fn day_month_rows(chars: &[char], raw: &mut Vec<(Parts, Parts, usize, usize, bool)>) {
    let scan = Scan { c: chars, month_first: false, settled: false };
    let mut rows: Vec<(u32, u32, usize, usize)> = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        let end = (at..chars.len()).find(|&k| chars[k] == '\n').unwrap_or(chars.len());
        let s = (at..end).find(|&k| !chars[k].is_whitespace() && !super::text::is_bullet(chars[k])).unwrap_or(end);
        let number = |k: usize| scan.number(k, 2).filter(|&(_, e)| e <= end);
        if let Some((a, e)) = number(s).filter(|&(_, e)| chars.get(e) == Some(&'/')) {
            // (With words after it on its row: a page's "1/3" alone on its line is no day.)
            let worded = |e: usize| chars[e..end].iter().any(|c| c.is_alphabetic());
            if let Some((b, e)) = number(e + 1).filter(|&(_, e)| chars.get(e).is_some_and(|c| c.is_whitespace() || matches!(c, '–' | '-' | ':')) && worded(e)) {
                rows.push((a, b, s, e));
            }
        }
        at = end + 1;
    }
    if rows.len() < 3 {
        return;
    }
    let month_first = rows.iter().any(|&(a, b, _, _)| b > 12 && a <= 12);
    let day_first = rows.iter().any(|&(a, b, _, _)| a > 12 && b <= 12);
    if month_first && day_first {
        return;
    }
    let settled = month_first || day_first;
    for (a, b, s, e) in rows {
        let (day, month) = if month_first { (b, a) } else { (a, b) };
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) || raw.iter().any(|r| r.2 <= s && s < r.3) {
            continue;
        }
        let parts = Parts { day, month, year: None };
        raw.push((parts, parts, s, e, !settled && a != b));
    }
    crate::sorting::sort_by_key(raw, |r| crate::sorting::number(r.2 as i64));
}

/// "我13號到，17號返台北", "14號下晝綵排，15號晚上音樂會": a day said alone with 號 (in chats and spoken Chinese, a day of
/// the month; 日 alone is as often a number of days, "為期3日") takes its month from the month last named before it
/// ("今年12月") or the date last written before it. Not a number's 號: an address's ("源禾路25號"), a
/// signal's ("8號風球"), an item's ("第3號"): not after the words a thing's number follows (路, 第, 樓, 廣場 …), nor
/// before those that follow it (地下, 風球, 巴士 …).
fn bare_hao_days(chars: &[char], raw: &mut Vec<(Parts, Parts, usize, usize, bool)>) {
    // (Led by a pause, or by any Chinese word but one a thing's number follows.)
    const PAUSES: &str = " ，。、:：,(（";
    const NOT_BEFORE: &str = "路道街里巷號号樓楼座室第層层期屆届章條条款項项頁页版班組组隊队區区段棟栋幢閘闸台場场廈厦心館馆園园村邨苑閣阁軒轩坊廳厅東东西南北中";
    // (After it, anything but what follows a number of a thing: "25號地下", "8號風球", "3號巴士", "1號閘口".)
    const NOT_AFTER: &str = "樓楼室舖铺風风地館馆巴車车線线碼码房座閘闸門门櫃柜位枱桌球";
    let mut found = Vec::new();
    for h in 1..chars.len() {
        if !matches!(chars[h], '號' | '号') {
            continue;
        }
        let start = (0..h).rev().find(|&i| !chars[i].is_ascii_digit()).map_or(0, |i| i + 1);
        if !(1..=2).contains(&(h - start)) || raw.iter().any(|r| r.2 <= start && start < r.3) {
            continue;
        }
        // ("我可以12號朝早到", not "源禾路25號", "第3號".)
        let led = start == 0 || PAUSES.contains(chars[start - 1]) || chars[start - 1] == '\n' || super::text::is_cjk(chars[start - 1]) && !NOT_BEFORE.contains(chars[start - 1]);
        let followed = chars.get(h + 1).is_none_or(|&c| !c.is_ascii_alphanumeric() && !NOT_AFTER.contains(c));
        let Ok(day) = chars[start..h].iter().collect::<String>().parse::<u32>() else { continue };
        if !(led && followed && (1..=31).contains(&day)) {
            continue;
        }
        // (Not a chat's time stamp: "[14/6/2027, 21:03] Ken: 15號下晝" is no date in June.)
        let last = raw.iter().chain(found.iter()).filter(|r| r.3 <= start && start - r.3 <= 1500 && !stamped(chars, r.2, r.3)).max_by_key(|r| r.3);
        let parts = match (cjk_month_named_before(chars, start), last) {
            (Some((at, month)), r) if r.is_none_or(|r| r.3 < at) => Parts { day, month, year: None },
            (_, Some(r)) => {
                // The date's month, or the next when the day is nearer the start of that: "30號完，3號返" is 3 of the next.
                let (last_day, month) = (r.1.day as i32, r.1.month);
                // (Its year is left to be inferred, like its month, so that the day is shown as unsure.)
                match (day as i32) < last_day - 15 {
                    true => Parts { day, month: month % 12 + 1, year: None },
                    false => Parts { day, month, year: None },
                }
            }
            (_, None) => continue,
        };
        found.push((parts, parts, start, h + 1, false));
    }
    if !found.is_empty() {
        raw.extend(found);
        crate::sorting::sort_by_key(raw, |r| crate::sorting::number(r.2 as i64));
    }
}

/// Whether the date at `start..end` is a message's time stamp, the day it was sent: a date that opens its line, or
/// stands after a bracket or a sender's dot, with a time right after it (past only a comma or the time of day's
/// words) that ends the line or its brackets, or that a sender's name or " - " follows ("[2027/5/10 下午2:02]",
/// "Oliver Chan · 22 Nov 2027, 10:14", "2027年10月8日 14:02"); not "on 4 May 2027 at 19:30 in the hall".
fn stamped(chars: &[char], start: usize, end: usize) -> bool {
    let at = |i: usize| chars.get(i).copied();
    // (Where a stamp stands: at the line's start, after a bracket, or after a sender's name and a dot: "Oliver Chan ·
    // 22 Nov 2027, 10:14". Not "Date: 4 May 2027, 19:30".)
    let line_start = (0..start).rev().find(|&i| chars[i] == '\n').map_or(0, |i| i + 1);
    let before: String = chars[line_start..start].iter().collect();
    // (Or after a sender's name and a wide space, as a chat's export heads each message: "Kelvin Yip FSD  2028-01-17
    // 10:22".)
    // (Only a date in figures: an itinerary's "Concert           Friday 10 March 2028, 19:30" is no stamp.)
    let in_figures = chars[start..end].iter().all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.'));
    let after_a_name = in_figures && before.ends_with("  ") && !before.contains(':') && before.trim().chars().count() <= 40;
    let before = before.trim_end();
    if !(before.is_empty() || after_a_name || before.ends_with(['[', '·', '•']) || before.chars().all(|c| matches!(c, '-' | '—' | '–' | ' '))) {
        return false;
    }
    let mut i = end;
    while i < end + 10 && at(i).is_some_and(|c| c.is_whitespace() && c != '\n' || ",，()（）上下午晚早凌晨中星期周週一二三四五六日天".contains(c)) {
        i += 1;
    }
    let hour = i;
    while at(i).is_some_and(|c| c.is_ascii_digit()) {
        i += 1;
    }
    if !(1..=2).contains(&(i - hour)) || at(i) != Some(':') {
        return false;
    }
    while at(i).is_some_and(|c| c.is_ascii_digit() || c == ':') {
        i += 1;
    }
    while at(i) == Some(' ') {
        i += 1;
    }
    if at(i).is_some_and(|c| matches!(c, 'a' | 'p' | 'A' | 'P')) && at(i + 1).is_some_and(|c| matches!(c, 'm' | 'M')) {
        i += 2;
    }
    // (Or a sender's name after it: "2028-01-17 20:15:32 黃國威", "12/01/2028, 10:15 - Ana: …".)
    let rest: String = chars[i.min(chars.len())..].iter().take_while(|c| **c != '\n').take(32).collect();
    let named = i > 0 && chars[i - 1] == ' ' && rest.chars().count() < 32 && !rest.chars().any(|c| c.is_ascii_digit());
    while at(i) == Some(' ') {
        i += 1;
    }
    named || rest.starts_with("- ") || at(i).is_none_or(|c| matches!(c, ']' | '\n' | '\r'))
}

/// The last month named without a day in the 400 characters before `end` ("今年12月", "十二月"): where it ends, and its
/// number.
fn cjk_month_named_before(chars: &[char], end: usize) -> Option<(usize, u32)> {
    let from = end.saturating_sub(400);
    let scan = Scan { c: chars, month_first: false, settled: false };
    (from..end).rev().filter(|&m| chars[m] == '月').find_map(|m| {
        let start = (from..m).rev().find(|&i| !(chars[i].is_ascii_digit() || "〇一二三四五六七八九十".contains(chars[i]))).map_or(from, |i| i + 1);
        let (month, e) = scan.cjk_number(start, 3).filter(|&(_, e)| e == m)?;
        // Not a date's month ("11月19號"), nor a count of months ("三個月").
        let dated = chars.get(m + 1).is_some_and(|c| c.is_ascii_digit() || "〇一二三四五六七八九十".contains(*c));
        ((1..=12).contains(&month) && !dated && start < e).then_some((m + 1, month))
    })
}

/// Whether the words just before a date on its line say it is of something else than the trip: "date of birth
/// 05/06/1978", "passport valid until 3 March 2031", "出生日期：", "有效期至" (the reader's cue words for such dates).
fn about_something_else(chars: &[char], start: usize) -> bool {
    let line_start = chars[..start].iter().rposition(|&c| c == '\n').map_or(0, |p| p + 1);
    let before: String = chars[line_start.max(start.saturating_sub(30))..start].iter().collect::<String>().to_lowercase();
    super::cues::DATES_OTHER.iter().filter(|w| !w.ends_with(':')).any(|w| before.contains(w))
}

/// A full stop that ends a sentence ("... 2026. Please"), not one in "No." or a number.
fn text_has_stop(chars: &[char]) -> bool {
    chars.windows(2).any(|w| w[0] == '.' && w[1] == ' ')
}

#[cfg(test)]
mod tests {
    /// Figures after a word that leads a day are a date; a part of something ("by 1/3 of the fare", "1/2%") and the
    /// end of a word ("add-on 1/2") are not.
    #[test]
    fn a_day_as_figures_after_a_leading_word() {
        // (Past the letter's own date, which gives the year.)
        let days = |t: &str| {
            let letter = format!("3 July 2028\n\n{t}");
            super::find(&letter.chars().collect::<Vec<_>>()).iter().skip(1).map(|m| format!("{}–{}", m.from.format("%d/%m"), m.to.format("%d/%m"))).collect::<Vec<_>>()
        };
        assert_eq!(days("arriving on 13/8 and leaving on 21/8"), ["13/08–13/08", "21/08–21/08"]);
        assert_eq!(days("the camp runs 14–20/8"), ["14/08–20/08"]);
        assert!(days("the fare is reduced by 1/3 of its price").is_empty());
        assert!(days("prices rise by 2/3% a year").is_empty());
        assert!(days("the add-on 1/2 day is free").is_empty());
    }

    #[test]
    fn a_date_broken_over_a_pdfs_lines_is_one_date() {
        // (As the reader reads a letter: with its wrapped lines joined.)
        let span = |t: &str| {
            let joined = super::super::wrapping::Joined::new(&t.chars().collect::<Vec<_>>());
            find(&joined.chars).iter().map(|m| (m.from.to_string(), m.to.to_string())).collect::<Vec<_>>()
        };
        let wrapped = "During your visit you will teach our students. Studio rehearsals will run from 4\nMay to 13 May 2027, and the work will be performed on 14 May 2027.";
        assert_eq!(span(wrapped)[0], ("2027-05-04".to_string(), "2027-05-13".to_string()));
        // Not across a short line of a table or a list, nor a line that ends a sentence.
        assert_eq!(span("Day 1\nMay 4 2027: rehearsal\n14 May 2027"), [("2027-05-04".to_string(), "2027-05-04".to_string()), ("2027-05-14".to_string(), "2027-05-14".to_string())]);
        assert_eq!(span("Our rehearsals for the concert will be held in the week of the 4.\nMay 13 2027: concert"), [("2027-05-13".to_string(), "2027-05-13".to_string())]);
    }

    #[test]
    fn chinese_days_listed_after_a_date_take_its_month_past_their_weekdays() {
        let days = |t: &str| find(&t.chars().collect::<Vec<_>>()).iter().map(|m| m.from.to_string()).collect::<Vec<_>>();
        assert_eq!(days("2026年6月5日（星期五）、6日（星期六）及7日（星期日）"), ["2026-06-05", "2026-06-06", "2026-06-07"]);
        assert_eq!(days("2026年6月5日及8日"), ["2026-06-05", "2026-06-08"]);
        // A numeric range with a weekday after its first day.
        let span = |t: &str| find(&t.chars().collect::<Vec<_>>()).iter().map(|m| (m.from.to_string(), m.to.to_string())).collect::<Vec<_>>();
        assert_eq!(span("Course dates: 15/06/2026 (Monday) to 19/06/2026 (Friday)"), [("2026-06-15".to_string(), "2026-06-19".to_string())]);
        // Day and month with a weekday after them, no year (brackets folded to half-width, as the reader reads).
        assert_eq!(days("2027年1月5日。排練：15/3(一)至17/3(三)"), ["2027-01-05", "2027-03-15"]);
        assert_eq!(days("2027年1月5日。請於14/3 (Sun) 抵港"), ["2027-01-05", "2027-03-14"]);
        assert_eq!(days("2027年1月5日。比分15/3"), ["2027-01-05"]);
        // Or with the weekday before them, as chats and itineraries write it; month first where the day first cannot
        // be, or where the letter's dates with a year are written so.
        assert_eq!(days("20 July 2027. Draft schedule: Sun 29/8 – arrive; Thu 2/9 – concert"), ["2027-07-20", "2027-08-29", "2027-09-02"]);
        assert_eq!(days("20 July 2027. Bootcamp: Mon 8/30 to Thu 9/2"), ["2027-07-20", "2027-08-30", "2027-09-02"]);
        assert_eq!(days("[7/13/2027] Bootcamp: Thu 9/2"), ["2027-07-13", "2027-09-02"]);
        assert_eq!(days("20 July 2027. The score was 2/9 at half time"), ["2027-07-20"]);
        // An itinerary whose rows start with a day and a month: three rows or more, day first, ambiguous unless a
        // row settles it; one such row is no date.
        let rows = "1 February 2027\n  2/7   you arrive\n  3/7   tech run\n  4/7   Comedy Night 1\n";
        assert_eq!(days(rows), ["2027-02-01", "2027-07-02", "2027-07-03", "2027-07-04"]);
        assert!(find(&rows.chars().collect::<Vec<_>>()).iter().skip(1).all(|m| m.ambiguous));
        assert_eq!(days("1 February 2027\n  7/30   you arrive\n  7/31   tech run\n  8/1   show\n"), ["2027-02-01", "2027-07-30", "2027-07-31", "2027-08-01"]);
        assert_eq!(days("1 February 2027\n  2/7   you arrive\n"), ["2027-02-01"]);
        // A page's number alone on its line is no day.
        assert_eq!(days("1 February 2027\n1/3\ntext\n2/3\ntext\n3/3\n"), ["2027-02-01"]);
        // Year first, Chinese running straight into it, and a range whose last day gives its month and day only.
        assert_eq!(span("现改至2027/6/14-6/16（周一至周三）举行"), [("2027-06-14".to_string(), "2027-06-16".to_string())]);
        // Not two days joined by "and", nor a time after a dotted date.
        assert_eq!(span("Dates: 2027/6/14 and 6/20"), [("2027-06-14".to_string(), "2027-06-14".to_string())]);
        assert_eq!(span("Workshop: 2027.06.14 – 9.30-12.30"), [("2027-06-14".to_string(), "2027-06-14".to_string())]);
        // Listed under one month, only the last with 日: one mention from the first day to the last.
        let span = |t: &str| find(&t.chars().collect::<Vec<_>>()).iter().map(|m| (m.from.to_string(), m.to.to_string())).collect::<Vec<_>>();
        assert_eq!(span("於2026年5月4、5及7日主持大師班"), [("2026-05-04".to_string(), "2026-05-07".to_string())]);
        assert_eq!(span("2026年1月1日。於10月5、6和8日演出"), [("2026-01-01".to_string(), "2026-01-01".to_string()), ("2026-10-05".to_string(), "2026-10-08".to_string())]);
    }

    #[test]
    fn a_list_of_days_each_with_its_weekday_is_one_list() {
        let spans = |t: &str| find(&t.chars().collect::<Vec<_>>()).iter().map(|m| format!("{}..{}", m.from, m.to)).collect::<Vec<_>>();
        assert_eq!(spans("on Tuesday 7, Thursday 9 and Saturday 11 September 2027."), ["2027-09-07..2027-09-11"]);
        assert_eq!(spans("on Mon. 6, Wed. 8 & Fri. 10 December 2027"), ["2027-12-06..2027-12-10"]);
    }

    #[test]
    fn a_bare_ordinal_takes_its_month_from_the_dates_of_its_sentence() {
        let days = |t: &str| find(&t.chars().collect::<Vec<_>>()).iter().map(|m| m.from.to_string()).collect::<Vec<_>>();
        assert_eq!(days("Please arrive on the 13th and depart on the 19th of September 2026."), ["2026-09-13", "2026-09-19"]);
        assert_eq!(days("Arrive on the 17th of January 2027 and leave on the 23rd."), ["2027-01-17", "2027-01-23"]);
        // Not a floor; and across sentences only a day said as a day ("on the 9th", "Sunday the 5th").
        assert_eq!(days("The room on the 20th floor. The 4 May 2026 session."), ["2026-05-04"]);
        assert_eq!(days("On 4 May 2026 we meet. The 9th is free."), ["2026-05-04"]);
    }

    /// "我13號到，17號返台北": a day said with 號 alone takes its month from the month named before it, or from the
    /// date before it; its year, and so the day, is unsure. Not an address's number, a typhoon signal's or an item's;
    /// not a chat's time stamp's month.
    #[test]
    fn a_day_said_with_hao_alone() {
        let read = |t: &str| find(&t.chars().collect::<Vec<_>>()).iter().map(|m| (m.from.to_string(), m.year_inferred)).collect::<Vec<_>>();
        let day = |s: &str| (s.to_string(), true);
        assert_eq!(read("想邀請你今年（2027年）12月嚟香港。14號綵排，15號音樂會，我13號到，17號返台北"), [day("2027-12-14"), day("2027-12-15"), day("2027-12-13"), day("2027-12-17")]);
        assert_eq!(read("訓練2027年4月12號開始，我9號晚上到")[1], day("2027-04-09"));
        // The next month when the day is well before the last: "30號完，3號返".
        assert_eq!(read("集訓2027年5月30日完，我3號返")[1], day("2027-06-03"));
        assert_eq!(read("2027年5月4日，地址：沙田源禾路25號，8號風球，第3號，浸会大学道西7号，愛丁堡廣場3號").len(), 1);
        // After any word but one a thing's number follows: "我可以12號朝早到".
        assert_eq!(read("比賽2027年8月13日舉行。我可以12號朝早到").last(), Some(&day("2027-08-12")));
        assert_eq!(read("[14/6/2027, 21:03] Ken: 今年8月13日\n[14/6/2027, 21:11] Ken: 15號（禮拜日）下晝").last(), Some(&day("2027-08-15")));
    }

    /// An itinerary's rows numbered by day and dated only in part: each undated "Day N" is N − M days after the dated
    /// "Day M" above it, sure only when the weekday it gives agrees; a weekday that disagrees gives nothing.
    #[test]
    fn an_itinerarys_numbered_days() {
        let read = |t: &str| find(&t.chars().collect::<Vec<_>>()).iter().map(|m| (m.from.to_string(), m.year_inferred)).collect::<Vec<_>>();
        let rows = "Day 1 (Sun) 5 September 2027   Arrival\nDay 2 (Mon)   Workshop\nDay 3   Rehearsal\nDay 8 (Sun)   Departure\n";
        assert_eq!(read(rows), [("2027-09-05".into(), false), ("2027-09-06".into(), false), ("2027-09-07".into(), true), ("2027-09-12".into(), false)]);
        assert_eq!(read("第一天（2027年10月21日，星期四）　抵港\n第二天　　技術綵排\n").last(), Some(&("2027-10-22".into(), true)));
        assert_eq!(read("Day 1 (Sun) 5 September 2027   Arrival\nDay 2 (Tue)   Workshop\n").len(), 1);
        // Not "Day 2" in a sentence.
        assert_eq!(read("Day 1 (Sun) 5 September 2027   Arrival\nWe added a workshop on Day 2.\n").len(), 1);
        // Day 1 said to be a date above rows that give none; a row's span of days; figures after 第.
        let spans = |t: &str| find(&t.chars().collect::<Vec<_>>()).iter().map(|m| (m.from.to_string(), m.to.to_string())).collect::<Vec<_>>();
        let said = "Day 1 is Sunday 7 November 2027; the days below run on from it.\n\n  Day 1        Arrival\n  Day 3 – 6    Rehearsals\n  Day 13       Departure\n";
        assert_eq!(spans(said)[1..], [("2027-11-07".into(), "2027-11-07".into()), ("2027-11-09".into(), "2027-11-12".into()), ("2027-11-19".into(), "2027-11-19".into())]);
        assert_eq!(read("行程安排如下（第一天为2027年4月19日，星期一）：\n\n第一天：抵港\n第二天：工作坊\n").last(), Some(&("2027-04-20".into(), true)));
        assert_eq!(read("（第1天為2028年10月28日星期六）\n\n第1天　起飛\n第2天　抵達香港\n").last(), Some(&("2028-10-29".into(), true)));
        // (A time after a row's dash is no day's number: "Day 3 – 10:00 Rehearsal".)
        assert_eq!(spans("Day 1 is Sunday 7 November 2027.\n\nDay 3 – 10:00 Rehearsal\n")[1..], [("2027-11-09".into(), "2027-11-09".into())]);
        // (A date in a sentence of its own is no Day 1: "Day 2" below it stays undated.)
        assert_eq!(read("The festival opens on 7 November 2027.\n\nDay 2   Rehearsal\n").len(), 1);
    }

    /// A schedule under a heading naming only its month: each row's day alone is of that month, the next month once
    /// the days start again; a weekday that disagrees gives nothing, and fewer than three rows are no schedule.
    #[test]
    fn a_schedules_days_under_its_months_heading() {
        let read = |t: &str| find(&t.chars().collect::<Vec<_>>()).iter().map(|m| m.from.to_string()).collect::<Vec<_>>();
        let en = "Your schedule:\n\n              MARCH 2028\n ------------------------------\n | Day    | Time  | Item     |\n ------------------------------\n | Thu 2  | 15:15 | Arrival  |\n | Fri 3  | 10:00 | Rehearsal |\n |        | 20:00 | Concert  |\n | Sat 4  | 09:00 | Departure |\n ------------------------------\n";
        assert_eq!(read(en), ["2028-03-02", "2028-03-03", "2028-03-04"]);
        // (As the reader sees it, full-width brackets folded.)
        let zh = "閣下在港期間的安排如下:\n\n日程(二〇二七年十二月)\n二日(四)　晚上　抵港\n三日(五)　上午　場地視察\n　　　　　　下午　排練\n三十一日(五)　上午　演出\n一日(六)　上午　離港\n";
        assert_eq!(read(zh), ["2027-12-02", "2027-12-03", "2027-12-31", "2028-01-01"]);
        let cells = "2028年4月日程\n│日期│星期│事項│\n│12　│三　│抵港│\n│13　│四　│排練│\n│14　│五　│音樂會│\n";
        assert_eq!(read(cells), ["2028-04-12", "2028-04-13", "2028-04-14"]);
        // (A weekday that disagrees: no table; two rows: none.)
        assert!(read("MARCH 2028\n| Thu 2 | Arrival |\n| Sat 3 | Rehearsal |\n| Sat 4 | Departure |\n").is_empty());
        assert!(read("MARCH 2028\n| Thu 2 | Arrival |\n| Fri 3 | Departure |\n").is_empty());
        // Weekdays in full, after a comma; a numbered list under a month's name is no schedule.
        assert_eq!(read("MARCH 2028\nThursday, 2   Arrival\nFriday, 3   Rehearsal\nSaturday, 4   Concert\n"), ["2028-03-02", "2028-03-03", "2028-03-04"]);
        assert!(read("Arriving March 2028\n1) Flights\n2) Hotel\n3) Visa\n").is_empty());
    }

    /// A message's time stamp is the day it was sent, no guide to a day said alone after it; a date with a time in a
    /// sentence is.
    #[test]
    fn a_messages_time_stamp_is_no_guide_to_the_month() {
        let read = |t: &str| find(&t.chars().collect::<Vec<_>>()).iter().map(|m| m.from.to_string()).collect::<Vec<_>>();
        assert_eq!(read("[2027/5/10 下午2:02] 陳嘉欣: 暫定7月16號演出\n[2027/5/10 下午5:42] 林彥廷: 我13號到").last().map(String::as_str), Some("2027-07-13"));
        assert_eq!(read("2028-01-17 20:33:10 黃國威\n比賽3月18號\n\n2028-01-17 20:40:05 劉師傅\n我17號飛過嚟").last().map(String::as_str), Some("2028-03-17"));
        assert_eq!(read("Oliver Chan · 22 Nov 2027, 10:14\nThe concert is on 4 February 2028.\n\nAino · 22 Nov 2027, 19:02\nI land on the 3rd.").last().map(String::as_str), Some("2028-02-03"));
        assert!(stamped(&"Tue, 10 Aug 2027, 21:42\n".chars().collect::<Vec<_>>(), 0, 16));
        assert!(!stamped(&"on 4 May 2027 at 19:30 in the hall".chars().collect::<Vec<_>>(), 3, 13));
        assert!(!stamped(&"Date: 4 May 2027, 19:30\n".chars().collect::<Vec<_>>(), 6, 16));
        assert!(!stamped(&"The concert: 4 May 2027, 19:30 in the hall\n".chars().collect::<Vec<_>>(), 13, 23));
        // Over a month's end, the first month's day when nearer it.
        assert_eq!(read("I am away from 30 December 2027 to 5 January 2028. I land on the 27th.").last().map(String::as_str), Some("2027-12-27"));
    }

    #[test]
    fn a_day_said_as_a_day_takes_its_month_from_the_last_date_before_it() {
        let read = |t: &str| find(&t.chars().collect::<Vec<_>>()).iter().map(|m| (m.from.to_string(), m.year_inferred)).collect::<Vec<_>>();
        let day = |s: &str| (s.to_string(), true);
        // Paragraphs apart, its year inferred (so shown as unsure).
        assert_eq!(read("The course runs from 2027-08-16 to 2027-08-20.\n\nTravel: PR 300 lands at 11:50 on the 15th.")[1], day("2027-08-15"));
        assert_eq!(read("Broadcasts from Monday the 6th through Saturday the 11th of September 2027. A run-through on Sunday the 5th in the afternoon.")[1], day("2027-09-05"));
        // The next month when that is nearer: a day that has passed by the date before it.
        assert_eq!(read("Our juries finish on 30 April 2027, so I will arrive on the 3rd.")[1], ("2027-05-03".into(), false));
        assert_eq!(read("Our juries finish on 30 April 2027. I arrive on the 3rd.")[1], day("2027-05-03"));
        // Across a year end.
        assert_eq!(read("The camp ends on 30 December 2027. I fly home on the 2nd.")[1], day("2028-01-02"));
        // The keynote "on the morning of the 4th"; the next day of the sentence takes the month from it.
        assert_eq!(
            read("The programme runs from the 4th to the 8th of May 2027. Your keynote is on the morning of the 4th, and the workshops on the 6th and the 8th."),
            [("2027-05-04".into(), false), day("2027-05-04"), day("2027-05-06"), day("2027-05-08")]
        );
        // The month last named in words, when nearer than the last date: "held in March ... on the 8th".
        assert_eq!(read("Sent: 10 February 2027\n\nThe course will be held in March. The sessions are on the 8th and the 9th.")[1..], [day("2027-03-08"), day("2027-03-09")]);
        assert_eq!(read("15 April 2027\n\nThe Week takes place in the first week of May. Rehearsals are planned for the 3rd and the 4th.")[1..], [day("2027-05-03"), day("2027-05-04")]);
        // Ranks in a list are no days; nor is a person named April, nor a month gone by.
        assert_eq!(read("The finals will be held on 3 May 2027. Cash prizes will be awarded for the 1st, 2nd and 3rd places.").len(), 1);
        assert_eq!(read("The finals will be held on 3 May 2027. Our studios are on the 1st and 2nd floors.").len(), 1);
        assert_eq!(read("1 June 2027\n\nPlease contact Ms April Chan. Rehearsals are on the 20th.")[1..], [day("2027-06-20")]);
        assert_eq!(read("1 June 2027\n\nFollowing our conversation in March, we invite you. The masterclass will be on the 20th.")[1..], [day("2027-06-20")]);
        // ("You may" is no month.)
        assert_eq!(read("15 April 2027\n\nYou may rest in the morning. Rehearsals are on the 20th.")[1..], [day("2027-04-20")]);
        // Not without a date before it.
        assert!(read("Please come on the 9th.").is_empty());
    }

    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn fold(s: &str) -> Vec<char> {
        s.chars().map(crate::letter::fold).collect()
    }

    /// The single mention in `text`: (from, to, the text it covers).
    fn one(text: &str) -> (NaiveDate, NaiveDate, String) {
        let chars = fold(text);
        let m = find(&chars);
        assert_eq!(m.len(), 1, "{text:?}: {m:?}");
        let covered: String = text.chars().skip(m[0].start).take(m[0].end - m[0].start).collect();
        (m[0].from, m[0].to, covered)
    }

    #[test]
    fn english_single_dates() {
        for text in [
            "on 2 March 2026.",
            "on March 2, 2026.",
            "on 2nd March 2026",
            "on Monday, 2 March 2026",
            "on 2 Mar 2026",
            "on Mar. 2, 2026",
            "on 2026-03-02",
            "on the 2nd of March, 2026",
        ] {
            let (from, to, _) = one(text);
            assert_eq!((from, to), (d("2026-03-02"), d("2026-03-02")), "{text}");
        }
        assert_eq!(one("Sept 14, 2026").0, d("2026-09-14"));
    }

    #[test]
    fn numeric_dates_are_day_first_and_flagged_when_ambiguous() {
        let m = find(&fold("on 02/03/2026"));
        assert_eq!((m[0].from, m[0].ambiguous), (d("2026-03-02"), true));
        let m = find(&fold("on 15/03/2026"));
        assert_eq!((m[0].from, m[0].ambiguous), (d("2026-03-15"), false));
        assert!(!find(&fold("03/03/2026"))[0].ambiguous, "the same either way");
    }

    /// A date without a year takes the year its written weekday falls in, of the years around the letter's.
    #[test]
    fn a_written_weekday_settles_a_missing_year() {
        let m = find(&fold("The semester runs until 12 May 2028. You will arrive on Sunday 5 March."));
        assert_eq!(m[1].from, d("2028-03-05"), "5 March 2028 is a Sunday; 2029's a Monday");
        let m = find(&fold("學期至2028年5月12日止。閣下將於3月5日（星期日）抵港。"));
        assert_eq!(m[1].from, d("2028-03-05"));
        // A range's bracketed weekday is its last day's.
        let m = find(&fold("二〇二六年十一月九日開始。十一月十九日（星期四）至二十日（星期五）演出。"));
        assert_eq!((m[1].from, m[1].to), (d("2026-11-19"), d("2026-11-20")));
    }

    /// A letter writes its numeric dates one way: one that can only be read one way settles the rest.
    #[test]
    fn one_numeric_date_settles_the_order_of_the_others() {
        let m = find(&fold("The Festival runs from 06/04/2027 to 06/13/2027. Sound check: 06/10/2027."));
        assert_eq!((m[0].from, m[0].to, m[0].ambiguous), (d("2027-06-04"), d("2027-06-13"), false));
        assert_eq!((m[1].from, m[1].ambiguous), (d("2027-06-10"), false), "month first, as the letter writes them");
        let m = find(&fold("Arrive 04/05/2026, perform 25/06/2026."));
        assert_eq!((m[0].from, m[0].ambiguous), (d("2026-05-04"), false), "day first, settled by the 25th");
        assert!(find(&fold("Arrive 04/05/2026, perform 06/05/2026."))[0].ambiguous, "nothing settles it");
    }

    /// A chat's time stamp writes its year in two digits; only there, before the time, is it a year.
    #[test]
    fn a_two_digit_year_in_a_chat_stamp() {
        let m = find(&fold("[18.10.27 21:03] Ken: Hi\n18/10/27, 21:05 - Ken: Hi again\nMay Leung, [19.10.27 09:03]\nHi"));
        assert_eq!(m.iter().map(|m| m.from).collect::<Vec<_>>(), [d("2027-10-18"), d("2027-10-18"), d("2027-10-19")]);
        assert!(find(&fold("Ref. 18.10.27 21:03")).is_empty(), "not at a line's start");
        assert!(find(&fold("Results:\n18/10/27 in the final")).is_empty(), "no time after it");
    }

    /// Chinese runs straight into a numeric date and out of it; letters and digits of a reference do not.
    #[test]
    fn numeric_dates_run_straight_on_from_chinese() {
        let m = find(&fold("課程日期為13/9/2027（星期一）至17/9/2027（星期五）。"));
        assert_eq!((m[0].from, m[0].to), (d("2027-09-13"), d("2027-09-17")));
        let m = find(&fold("課程由13/9/2027至17/9/2027舉行"));
        assert_eq!((m[0].from, m[0].to), (d("2027-09-13"), d("2027-09-17")));
        assert!(find(&fold("Ref. ABC13/9/2027")).is_empty(), "part of a reference");
    }

    #[test]
    fn english_ranges() {
        for text in [
            "from 2 to 9 March 2026",
            "2 - 9 March 2026",
            "2-9 March 2026",
            "2–9 March 2026",
            "March 2-9, 2026",
            "2 March to 9 March 2026",
            "2 March 2026 to 9 March 2026",
            "between 2 and 9 March 2026",
            "Monday, 2 March 2026 – Monday, 9 March 2026",
            "2026-03-02 to 2026-03-09",
            "02/03/2026 - 09/03/2026",
        ] {
            let (from, to, _) = one(text);
            assert_eq!((from, to), (d("2026-03-02"), d("2026-03-09")), "{text}");
        }
    }

    #[test]
    fn a_range_across_the_year_end() {
        let (from, to, covered) = one("from 28 Dec 2026 – 3 Jan 2027.");
        assert_eq!((from, to), (d("2026-12-28"), d("2027-01-03")));
        assert_eq!(covered, "28 Dec 2026 – 3 Jan 2027");
        let (from, to, _) = one("28 December – 3 January 2027");
        assert_eq!((from, to), (d("2026-12-28"), d("2027-01-03")));
    }

    #[test]
    fn chinese_dates_and_ranges() {
        assert_eq!(one("活動日期：2026年3月2日").0, d("2026-03-02"));
        assert_eq!(one("於二〇二六年三月二日").0, d("2026-03-02"));
        assert_eq!(one("於２０２６年３月２日舉行").0, d("2026-03-02"));
        assert_eq!(one("二〇二六年十二月三十一日").0, d("2026-12-31"));
        let (from, to, covered) = one("2026年3月2日至9日");
        assert_eq!((from, to, covered.as_str()), (d("2026-03-02"), d("2026-03-09"), "2026年3月2日至9日"));
        assert_eq!(one("2026年3月2日至4月1日").1, d("2026-04-01"));
        assert_eq!(one("2026年12月28日至2027年1月3日").1, d("2027-01-03"));
        assert_eq!(one("二〇二六年十二月廿八日至翌年一月三日").0, d("2026-12-28"));
        assert_eq!(one("二〇二六年十二月廿八日至翌年一月三日").1, d("2027-01-03"));
    }

    #[test]
    fn an_itinerarys_day_number_is_no_day_of_the_month() {
        let m = find(&fold("• Day 1 – Sun 12 Sep 2027: arrive\n• Day 2 – Mon 13 Sep: briefing"));
        assert_eq!(m.iter().map(|x| (x.from, x.to)).collect::<Vec<_>>(), vec![(d("2027-09-12"), d("2027-09-12")), (d("2027-09-13"), d("2027-09-13"))]);
    }

    #[test]
    fn a_chinese_list_of_days_in_numerals_after_a_weekday() {
        let m = find(&fold("演出於二〇二八年六月二日（星期五）及三日（星期六）晚上舉行"));
        assert_eq!(m.iter().map(|x| x.from).collect::<Vec<_>>(), vec![d("2028-06-02"), d("2028-06-03")]);
    }

    #[test]
    fn a_chinese_year_whose_zero_is_typed_as_a_circle_or_a_letter_o() {
        // Typists reach for the circle (○, ◯) or the letter O when the IME offers no 〇.
        assert_eq!(one("二○二七年十一月十三日（星期六）").0, d("2027-11-13"));
        assert_eq!(one("二◯二七年十一月十三日").0, d("2027-11-13"));
        assert_eq!(one("二O二七年十一月十三日").0, d("2027-11-13"));
        assert_eq!(one("二Ｏ二七年十一月十三日").0, d("2027-11-13"));
    }

    #[test]
    fn a_missing_year_comes_from_the_letters_other_dates() {
        let m = find(&fold("日期：2026年1月10日\n活動於3月2日至9日舉行"));
        assert_eq!((m[1].from, m[1].to, m[1].year_inferred), (d("2026-03-02"), d("2026-03-09"), true));
        let m = find(&fold("arrive on 1 March and perform on 2 March 2026"));
        assert_eq!(m[0].from, d("2026-03-01"));
    }

    /// A letter (a chat, often) that writes no full date but names its year: its dates are in that year, the whole
    /// of it, December too. A reference's or a telephone number's digits name no year.
    #[test]
    fn a_missing_year_comes_from_the_year_the_letter_names() {
        let m = find(&fold("团长让我跟您确认：今年（2027年）8月想请您来香港。\n12月4日排练\n1月9日（星期六）音乐会"));
        assert_eq!(m.iter().map(|m| (m.from, m.year_inferred)).collect::<Vec<_>>(), [(d("2027-12-04"), true), (d("2027-01-09"), true)]);
        assert!(find(&fold("Ref. ITC/2027/06, tel. 2027 8888: rehearse on 4 August")).is_empty());
        // A passport's expiry names no year of the visit; of two years named as often, the earlier.
        let m = find(&fold("Harbour Jazz Festival 2027: play on Sun 14 Nov. Passport 21AB34567, expires 2031 (valid until 2031)"));
        assert_eq!(m.iter().map(|m| m.from).collect::<Vec<_>>(), [d("2027-11-14")]);
        let m = find(&fold("Harbour Jazz Festival 2027. Play on 14 Nov"));
        assert_eq!(m.iter().map(|m| m.from).collect::<Vec<_>>(), [d("2027-11-14")]);
        let m = find(&fold("Season 2028 and Festival 2027: play on 14 Nov"));
        assert_eq!(m.iter().map(|m| m.from).collect::<Vec<_>>(), [d("2027-11-14")]);
    }

    #[test]
    fn things_that_are_not_dates_are_left_alone() {
        assert!(find(&fold("Room 1203, 12/F, 2 Harbour Road, call 2584 8500, HK$18,000")).is_empty());
        assert!(find(&fold("31 February 2026")).is_empty(), "no such day");
        assert!(find(&fold("Passport no. E12345678, version 2.3")).is_empty());
        assert!(find(&fold("a date with no year: 2 March")).is_empty(), "no year anywhere to take");
    }

    #[test]
    fn offsets_are_character_offsets_of_the_original() {
        let text = "香港演藝學院　日期：２０２６年１月１０日";
        let m = find(&fold(text));
        let covered: String = text.chars().skip(m[0].start).take(m[0].end - m[0].start).collect();
        assert_eq!(covered, "２０２６年１月１０日");
    }

    #[test]
    fn ordinals_and_ranges_as_letters_write_them() {
        for text in [
            "from the 4th to the 8th of May 2026",
            "4th–8th May 2026",
            "May 4th through 8th, 2026",
            "4-8.5.2026",
            "Monday, 4 May 2026 to Friday, 8 May 2026",
            "between the 4th and the 8th of May 2026",
            "from the 4th of May to the 8th of May 2026",
            "4 May 2026 (Mon) to 8 May 2026 (Fri)",
            "4th - 8th May, 2026",
            "between May 4th and May 8th, 2026",
            "4–8/5/2026",
        ] {
            let (from, to, _) = one(text);
            assert_eq!((from, to), (d("2026-05-04"), d("2026-05-08")), "{text}");
        }
    }

    #[test]
    fn a_list_of_days_runs_from_the_earliest_to_the_latest() {
        let (from, to, covered) = one("on 4, 5 and 7 May 2026.");
        assert_eq!((from, to, covered.as_str()), (d("2026-05-04"), d("2026-05-07"), "4, 5 and 7 May 2026"));
        let (from, to, _) = one("on May 4, 5 and 8, 2026");
        assert_eq!((from, to), (d("2026-05-04"), d("2026-05-08")));
        let (from, to, _) = one("on 4, 5, 7 May 2026");
        assert_eq!((from, to), (d("2026-05-04"), d("2026-05-07")));
        // Not a list: an address before a date.
        let m = find(&fold("Flat 2, 3 May 2026"));
        assert_eq!((m[0].from, m[0].to), (d("2026-05-03"), d("2026-05-03")));
    }

    #[test]
    fn chinese_ranges_sharing_the_month_or_the_year() {
        let m = find(&fold("日期：2026年4月20日\n活動於5月4日（星期一）至8日（星期五）舉行"));
        assert_eq!((m[1].from, m[1].to), (d("2026-05-04"), d("2026-05-08")));
        let m = find(&fold("二〇二六年四月二十日\n活動於五月四日至八日舉行"));
        assert_eq!((m[1].from, m[1].to), (d("2026-05-04"), d("2026-05-08")));
        for text in ["2026年5月4至8日", "2026年5月4-8日", "2026年5月4日至8日"] {
            assert_eq!((one(text).0, one(text).1), (d("2026-05-04"), d("2026-05-08")), "{text}");
        }
        let (from, to, _) = one("2026年5月4日（星期一）至5月8日（星期五）");
        assert_eq!((from, to), (d("2026-05-04"), d("2026-05-08")));
    }

    #[test]
    fn a_missing_year_follows_the_letter_across_the_year_end() {
        let m = find(&fold("20 November 2026\nYou will arrive on 30 December and leave on 3 January."));
        assert_eq!(m[1].from, d("2026-12-30"));
        assert_eq!((m[2].from, m[2].year_inferred), (d("2027-01-03"), true));
        let m = find(&fold("日期：2026年11月20日\n1月3日離港"));
        assert_eq!(m[1].from, d("2027-01-03"));
        // The letter's date signed at the bottom.
        let m = find(&fold("閣下將於12月28日至1月3日演出，1月4日離港。\n二〇二六年十一月二十日"));
        assert_eq!((m[0].from, m[0].to, m[1].from), (d("2026-12-28"), d("2027-01-03"), d("2027-01-04")));
        // A later date in the text with its year: the yearless one before it is in the same season.
        let m = find(&fold("arrive on 30 December and perform on 2 January 2027"));
        assert_eq!(m[0].from, d("2026-12-30"));
        let m = find(&fold("Date of birth: 12 May 1985\nYou will arrive on 3 May.\n\n1 March 2026"));
        assert_eq!(m[1].from, d("2026-05-03"));
    }
}
