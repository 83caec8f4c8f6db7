//! Layout: lines cut into cells (aligned text, tabs, Markdown pipes), labelled lines ("Label: value", a label over
//! a table column, a spreadsheet header row), bullets.

use super::cues::{labels_starting_with, Label, ACTIVITY_EVENT_LABELS, LABEL_AFTER_A_WORD, LABEL_DITTO_MARKS, LETTER_GREETINGS, LETTER_NOT_SIGN_OFFS, LETTER_INVITING, LETTER_SIGN_OFFS, PEOPLE_CJK_POSTS, PEOPLE_CJK_TITLES};
use super::text::{is_bullet, Text};

/// A labelled value: the label, and where its value is.
#[derive(Debug, Clone, Copy)]
pub(super) struct Labelled {
    pub(super) label: Label,
    pub(super) start: usize,
    pub(super) end: usize,
    /// True when the label was followed by a colon (more certain than a table column).
    pub(super) colon: bool,
    /// A column of a table with more than one row of values (an itinerary, a delegation): its first row is read,
    /// unsure.
    pub(super) several: bool,
}

impl Labelled {
    /// The value read from this label, with its doubt if it has one.
    pub(super) fn value(&self, x: super::Extracted) -> super::Extracted {
        if self.several {
            x.doubt(super::Reason::Competing)
        } else {
            x
        }
    }

    /// How sure a labelled value is: a colon says more than a table column.
    pub(super) fn confidence(&self) -> f32 {
        if self.several {
            super::confidence::GUESS
        } else if self.colon {
            super::confidence::LABELLED
        } else {
            super::confidence::TABLE
        }
    }
}

/// Whether a line holds a year standing on its own ("January 2027", "2027年"): four digits from 1900 to 2099 with no
/// letter or digit joined to their front, nor a digit to their end.
fn has_a_year(line: &str) -> bool {
    let c: Vec<char> = line.chars().collect();
    (0..c.len().saturating_sub(3)).any(|i| {
        let four: String = c[i..i + 4].iter().collect();
        four.chars().all(|d| d.is_ascii_digit())
            && (four.starts_with("19") || four.starts_with("20"))
            && !(i > 0 && c[i - 1].is_alphanumeric())
            && !c.get(i + 4).is_some_and(|d| d.is_ascii_digit())
    })
}

/// A table's cell separator: "|", or in Chinese often the full-width "｜"; or a box-drawn table's "│".
pub(super) fn is_bar(c: char) -> bool {
    matches!(c, '|' | '｜' | '│' | '┃' | '║')
}

/// A Markdown table row: "| Nationality | Polish |", "日期｜活動｜地點".
pub(super) fn is_table_row(text: &Text, line: usize) -> bool {
    let (s, e) = text.lines[line];
    text.original[s..e].iter().filter(|&&c| is_bar(c)).count() >= 2
}

/// The end of a chat message's time stamp at the start of line `l` ("[14/05/2027, 10:02]", "[10:02, 14/05/2027]"):
/// brackets at the line's start around a date and a time.
pub(super) fn chat_stamp(text: &Text, l: usize) -> Option<usize> {
    let (s, e) = text.lines[l];
    let s = (s..e).find(|&i| !text.original[i].is_whitespace())?;
    // (Or without brackets, as an exported chat writes it: "2028/1/12 上午10:15 - 何嘉欣: …", "12/01/2028, 10:15 - Ana:
    // …".)
    if text.original[s].is_ascii_digit() {
        let dash = (s..e.min(s + 30)).find(|&i| text.lower_str(i, i + 3) == " - ")?;
        let stamp = text.lower_str(s, dash);
        let timed = stamp.contains(':') && stamp.chars().filter(|c| c.is_ascii_digit()).count() >= 6 && stamp.contains(['/', '-', '.']);
        return timed.then_some(dash + 3);
    }
    if text.original[s] != '[' {
        return None;
    }
    let close = (s..e.min(s + 30)).find(|&i| text.original[i] == ']')?;
    let inside = text.lower_str(s + 1, close);
    (inside.contains(':') && inside.chars().filter(|c| c.is_ascii_digit()).count() >= 6).then_some(close + 1)
}

/// A line's cells: runs separated by a tab (a spreadsheet row), three or more spaces (a table pasted as aligned
/// text) or, in a Markdown table row, a pipe.
pub(super) fn cells(text: &Text, line: usize) -> Vec<(usize, usize)> {
    cells_of(text, line, false)
}

/// A table row's cells under a header with as many: as [`cells`], with two full-width spaces between cells too
/// ("NAGY Bence　　匈牙利人　　BK3829104"), which elsewhere are a Chinese paragraph's indent.
fn row_cells(text: &Text, line: usize, header: usize) -> Vec<(usize, usize)> {
    let plain = cells_of(text, line, false);
    match cells_of(text, line, true) {
        wide if plain.len() != header && wide.len() == header => wide,
        _ => plain,
    }
}

fn cells_of(text: &Text, line: usize, wide: bool) -> Vec<(usize, usize)> {
    let (s, e) = text.lines[line];
    let mut out = Vec::new();
    let mut cell_start = None;
    let pipes = is_table_row(text, line);
    let mut i = s;
    while i < e {
        let c = text.original[i];
        let gap = if c == '\t' || (pipes && is_bar(c)) {
            1
        } else if c == ' ' || c == '\u{3000}' {
            let mut j = i;
            while j < e && (text.original[j] == ' ' || text.original[j] == '\u{3000}') {
                j += 1;
            }
            // (In a table's row under its header, spaces three columns wide on screen: "　　" is four.)
            let width: usize = text.original[i..j].iter().map(|&c| if c == '\u{3000}' && wide { 2 } else { 1 }).sum();
            if width >= 3 { j - i } else { 0 }
        } else {
            0
        };
        if gap > 0 {
            if let Some(cs) = cell_start.take() {
                out.push((cs, i));
            }
            i += gap;
        } else {
            if cell_start.is_none() && !c.is_whitespace() {
                cell_start = Some(i);
            }
            i += 1;
        }
    }
    if let Some(cs) = cell_start {
        out.push((cs, e));
    }
    out
}

/// The label a cell starts with, and where its text after the label (and colon) begins.
/// Past a form's item code at the line's start and the spaces after it: one or two capitals and a number, with a dotted
/// part or a stop ("A1  ", "B12. ", "Q3 ", "C2.1 "); `s` when there is none. (A label starts with no such code itself.)
fn past_an_item_code(text: &Text, s: usize, e: usize) -> usize {
    let at = (s..e).find(|&i| !text.original[i].is_whitespace()).unwrap_or(e);
    let letters = (at..e).take_while(|&i| text.original[i].is_ascii_uppercase()).count();
    let mut i = at + letters;
    let digits = |i: usize| (i..e).take_while(|&k| text.original[k].is_ascii_digit()).count();
    let first = digits(i);
    if !(1..=2).contains(&letters) || !(1..=2).contains(&first) {
        return s;
    }
    i += first;
    while text.original.get(i) == Some(&'.') && i < e {
        i += 1 + digits(i + 1);
    }
    (i..e).find(|&k| !text.original[k].is_whitespace()).unwrap_or(e)
}

pub(super) fn label_at(text: &Text, s: usize, e: usize) -> Option<(Label, usize, bool)> {
    // Leading list marks: "1.", "(a)", "-", "•"; and the marks of a quoted e-mail: "> Name: ...".
    let mut s = s;
    // (And the opening of a label in brackets: "【受邀人姓名】林振華教授", "[Venue] ...".)
    let bracketed = matches!(text.original.get(s), Some('【' | '['));
    if bracketed {
        s += 1;
    }
    // (And a letter's or a numeral's mark: "(a) Name ....", "(iii) Venue:".)
    let lettered = text.original[s..e].iter().position(|c| *c == ')').filter(|&c| {
        (2..=5).contains(&c) && text.original[s] == '(' && text.original[s + 1..s + c].iter().all(|ch| ch.is_ascii_lowercase())
    });
    if let Some(c) = lettered {
        s += c + 1;
    }
    // (A form's item code: "A1  Name (as in passport) : …", "B12. Venue:", "Q3 Fee:".)
    s = past_an_item_code(text, s, e);
    // (A Chinese numeral's too: "一、活動日期：", "（二）地點：", "十一、酬金：".)
    let numeral = |c: char| c.is_ascii_digit() || super::wrapping::CJK_ITEM_NUMERALS.contains(c);
    // (Spaced out by ideographic spaces too: "　•　地點：".)
    while s < e && (numeral(text.original[s]) || is_bullet(text.original[s]) || text.original[s].is_whitespace() || "().、 >（）".contains(text.original[s])) {
        // (An item's number, "1." or "(2)"; or the last part of a dotted one, the second 1 of "1.1 Name".)
        let numbering = (s..e).find(|&k| !numeral(text.original[k])).is_some_and(|k| matches!(text.original[k], '.' | ')' | '、' | '）') || text.original[k] == ' ' && s > 0 && text.original[s - 1] == '.');
        if numeral(text.original[s]) && !numbering {
            break;
        }
        s += 1;
    }
    // Spaces inside a Chinese label are for show: "國　　籍：" is "國籍：". `at[i]` is where the i-th kept character is.
    let mut at: Vec<usize> = Vec::with_capacity(e - s);
    for i in s..e {
        let c = text.lower[i];
        let spaced = c.is_whitespace() && at.last().is_some_and(|&p| !text.lower[p].is_ascii());
        let next = (i..e).find(|&j| !text.lower[j].is_whitespace());
        if spaced && next.is_some_and(|j| !text.lower[j].is_ascii() && j - i <= 4) && at.len() < 6 {
            continue;
        }
        at.push(i);
    }
    let whole: String = at.iter().map(|&i| text.lower[i]).collect();
    let position = |k: usize| at.get(k).copied().unwrap_or(e);
    // A Chinese label may follow a few characters naming what it is about: "論壇地點：", "評審日期：".
    // ("抵港／离港：": one label after another, parted by a slash.)
    let cjk_starts = whole.chars().take(8).take_while(|c| !c.is_ascii() || *c == '/').enumerate().map(|(i, _)| (i + 1, false));
    // An English label may follow a word or two naming what it is about: "Congress dates", "Forum venue".
    let word_starts = whole
        .char_indices()
        .filter(|&(_, c)| c == ' ')
        .map(|(b, _)| (whole[..b].chars().count() + 1, true))
        .take(2)
        .filter(|&(k, _)| whole[..whole.char_indices().nth(k).map_or(whole.len(), |(b, _)| b)].chars().all(|c| c.is_ascii_alphabetic() || " '/&".contains(c)));
    let starts = std::iter::once((0, false)).chain(cjk_starts).chain(word_starts);
    for (skip, english) in starts {
        let cell = &whole[whole.char_indices().nth(skip).map_or(whole.len(), |(b, _)| b)..];
        let Some(&first_byte) = cell.as_bytes().first() else { continue };
        for (label, kind) in labels_starting_with(first_byte) {
            let Some(rest) = cell.strip_prefix(label) else { continue };
            if skip > 0 && label.is_ascii() != english {
                continue;
            }
            if english && !LABEL_AFTER_A_WORD.contains(label) {
                continue;
            }
            // "護照簽發地點", "住宿地點": a place that is not the visit's.
            if skip > 0 && *kind == Label::Venue && super::cues::VENUE_CJK_NOT_THE_VISITS.iter().any(|w| whole.chars().take(skip).collect::<String>().contains(w)) {
                return None;
            }
            // "Date of issue", "簽發日期" in a passport's particulars (its lines above, to a blank line) is the
            // passport's, not the letter's.
            if *kind == Label::LetterDate && ["issue", "簽發", "签发"].iter().any(|w| label.contains(w)) {
                let l = text.line_of(s);
                let top = (0..l).rev().find(|&k| text.is_blank(k)).map_or(0, |k| k + 1).max(l.saturating_sub(3));
                let passport = (top..=l).any(|k| {
                    let line = text.lower_str(text.lines[k].0, text.lines[k].1);
                    super::cues::TRAVEL_DOCUMENT_LEADS.iter().any(|w| line.contains(w))
                });
                if passport {
                    return None;
                }
            }
            // "现任职务": the post held at home, not the role in Hong Kong.
            if skip > 0 && *kind == Label::Role && super::cues::ROLE_CJK_CURRENT_POST.iter().any(|w| whole.starts_with(w)) {
                return None;
            }
            // "出生日期", "Expiry date": a date named for something else than the trip is no field's.
            if skip > 0 && *kind == Label::LetterDate {
                let about = &whole[..whole.char_indices().nth(skip).map_or(whole.len(), |(b, _)| b)];
                if super::cues::DATES_OTHER.iter().any(|w| about.contains(w)) {
                    return None;
                }
            }
            // "評審日期", "比賽日期": a prefixed date is the activity's, not the letter's; "入住日期", "退房日期",
            // "抵港日期": the arrival's or the departure's; "發出日期" is the letter's after all.
            // "【日期及地點】", "Dates and venue": a heading over two things, not one field's label.
            if skip > 0 {
                let about = whole[..whole.char_indices().nth(skip).map_or(whole.len(), |(b, _)| b)].trim_end();
                let first = ["及", "和", "与", "與", "、", "&", " and"].iter().find_map(|w| about.strip_suffix(w)).map(str::trim_end);
                if first.is_some_and(|f| super::cues::LABEL_HEADING_FIRST.iter().any(|w| f.ends_with(w))) {
                    return None;
                }
            }
            let kind = if skip > 0 && *kind == Label::LetterDate {
                let about = &whole[..whole.char_indices().nth(skip).map_or(whole.len(), |(b, _)| b)];
                let about_a = |words: &[&str]| !about.is_ascii() && words.iter().any(|w| !w.is_ascii() && about.contains(w));
                if about_a(super::cues::DATES_ISSUED) {
                    Label::LetterDate
                } else if about_a(super::cues::DATES_ARRIVAL) {
                    Label::Arrival
                } else if about_a(super::cues::DATES_DEPARTURE) {
                    Label::Departure
                } else {
                    Label::ActivityDates
                }
            } else {
                *kind
            };
            let after = skip + label.chars().count();
            let mut rest_trim = rest.trim_start();
            // A bilingual label: "Name 姓名：", "Venue 地點：", "國籍 Nationality:".
            // (Parted by a slash, spaced before the colon: "Venue / 地點 :".)
            let other_script = |c: &char| if label.is_ascii() { !c.is_ascii() || " /".contains(*c) } else { c.is_ascii_alphabetic() || " .'/()".contains(*c) };
            let other = rest_trim.chars().take_while(other_script).count();
            let other_max = if label.is_ascii() { 8 } else { 30 };
            // (Or before a form's dot leaders: "Name 姓名 ........ Mr David KIPTOO".)
            let other_end = rest_trim.char_indices().nth(other).map_or(rest_trim.len(), |(b, _)| b);
            if (1..=other_max).contains(&other) && (rest_trim.chars().nth(other) == Some(':') || dot_leader(&rest_trim[other_end..]) > 0) {
                rest_trim = &rest_trim[other_end..];
            }
            // A note after the label: "Arrival date (dd/mm/yyyy):", "Nationality*".
            if let Some(note) = rest_trim.strip_prefix('(').and_then(|r| r.find(')').map(|c| &r[c + 1..])) {
                if note.trim_start().is_empty() || note.trim_start().starts_with([':', '.', '…']) {
                    rest_trim = note.trim_start();
                }
            }
            rest_trim = rest_trim.trim_start_matches('*').trim_start();
            // "Passport no. ........ Z5521873", "Place …… City Hall": a form's dot leaders stand for the colon.
            // (With a value after them: "Date ............" left blank is a form not filled in, not a label over
            // the next line.)
            let leader = dot_leader(rest_trim);
            let filled = rest_trim.chars().nth(leader).is_some();
            if filled && leader > 0 {
                // (A colon may end the leaders: "Name ..........: Dr NGUYỄN Thị Lan".)
                let colon = rest_trim.chars().skip(leader).take_while(|c| matches!(c, ':' | ' ')).count();
                let skipped = rest.chars().count() - rest_trim.chars().count() + leader + colon;
                return Some((kind, position(after + skipped), true));
            }
            // "Congress dates – 19–21 November 2026": a dash between spaces stands for the colon.
            // (Not in a heading, a line all in capitals: "VISITING ARTIST - ENGAGEMENT DETAILS".)
            let heading = text.original[s..e].iter().any(|c| c.is_alphabetic()) && !text.original[s..e].iter().any(|c| c.is_lowercase());
            let dash = !heading && rest.starts_with(' ') && (rest_trim.starts_with("– ") || rest_trim.starts_with("- ") || rest_trim.starts_with("— "));
            if dash {
                // "Visiting Artist – Early Music Week, January 2027": a subject line, not a person's name.
                // (A year marks it; a document's number after the name does not: "Invitee – Ms Eva Berg (P1234567)".)
                if kind == Label::Invitee && has_a_year(rest_trim) {
                    return None;
                }
                let skipped = rest.chars().count() - rest_trim.chars().count();
                return Some((kind, position(after + skipped + 1), true));
            }
            let skipped = rest.chars().count() - rest_trim.chars().count();
            // A label ends at a colon, or (in a table cell) at the end of the cell; "Name of the event" is not "Name".
            if rest_trim.starts_with(':') || bracketed && rest_trim.starts_with(['】', ']']) {
                // A blank to fill in is no value: "姓名：__________　护照号码：__________", "護照號碼：…………" (a reply
                // slip).
                // (A filled one is: "地點：＿＿＿威爾斯親王醫院…＿＿＿＿".)
                let value = rest_trim.get(1..).unwrap_or("").trim_start_matches([' ', '\u{3000}']);
                let filled = value.trim_start_matches(['_', '＿', ' ', '\u{3000}', '.', '…', '．', '·']);
                let next_label = filled.chars().take(8).position(|c| matches!(c, ':' | '：')).is_some();
                let blank = value.starts_with("___") || value.starts_with("＿＿") || dot_leader(value) > 0;
                if blank && (filled.is_empty() || next_label) {
                    return None;
                }
                // (Dot leaders after the colon too: "姓名：…………林伟强先生".)
                let dots = rest_trim.get(1..).map_or(0, dot_leader);
                return Some((kind, position(after + skipped + 1 + dots), true));
            }
            // ("Course dates         : 15/06/2026": a label padded to its colon, which sits in the next cell; "集訓地點\t
            // 香港體育學院欖球場": a Chinese label with what it is about, alone in a tab-parted cell.)
            // (Or a Markdown table's cell: "| 集训地点 | 香港体育学院羽毛球馆 |".)
            // (Or padded to its colon, "上課地點　　　：警察總部…", the colon in the next cell.)
            let next = text.original.get(e..).and_then(|r| r.iter().find(|c| **c != ' ' && **c != '\u{3000}'));
            let tabbed = text.original.get(e) == Some(&'\t') || next.is_some_and(|&c| is_bar(c) || matches!(c, ':' | '：'));
            if rest_trim.is_empty() && (skip == 0 || english || tabbed) {
                return Some((kind, position(after + skipped), false));
            }
        }
    }
    None
}

/// Every labelled value in the letter: "Label: value" lines and cells, a label alone on its line with the value on
/// the next, and tables whose header row is made of labels.
pub(super) fn labelled_values(text: &Text) -> Vec<Labelled> {
    let mut out = Vec::new();
    let n = text.lines.len();
    let mut l = 0;
    while l < n {
        // (Nor a page's footer: "DH/CHP/VBD/28/052　　第1頁，共2頁　　列印日期：2028-08-02" dates its printing.)
        if text.header_line[l] || text.is_blank(l) || super::wrapping::is_page_footer(&text.original[text.lines[l].0..text.lines[l].1]) {
            l += 1;
            continue;
        }
        let row = cells(text, l);
        // A table: a header row of two or more bare labels, then rows of values under them.
        let header: Vec<Option<Label>> =
            row.iter().map(|&(s, e)| label_at(text, s, e).filter(|(_, v, colon)| !colon && *v >= e).map(|x| x.0)).collect();
        if row.len() >= 2 && header.iter().filter(|h| h.is_some()).count() >= 2 {
            // The first row under the header; a Markdown rule ("|---|---|") is not a row.
            let rule = |m: usize| {
                let (s, e) = text.lines[m];
                text.original[s..e].iter().all(|c| "|-:+= \t".contains(*c))
            };
            let mut m = l + 1;
            while m < n && (text.is_blank(m) || rule(m)) {
                m += 1;
            }
            if m < n {
                let values = row_cells(text, m, row.len());
                // Another row like it below: a table of several rows.
                let mut next = m + 1;
                while next < n && text.is_blank(next) {
                    next += 1;
                }
                // (The first row may lack a cell the next has: "10月27日　抵港" has no place.)
                // (Or up to three lines on, before a blank one: a row may run on below its first line, "Arrival, flight
                // LX 138" over "Transfer to hotel" under the same columns.)
                let like_it = |k: usize| !text.header_line[k] && [values.len(), row.len()].contains(&row_cells(text, k, row.len()).len());
                let several = values.len() >= 2 && (next..n).take_while(|&k| !text.is_blank(k)).take(3).any(like_it);
                for (i, h) in header.iter().enumerate() {
                    let Some(label) = h else { continue };
                    // A letter's own date is never a column: "| Date | Activity |" is a schedule.
                    if *label == Label::LetterDate {
                        continue;
                    }
                    let cell = if values.len() == row.len() {
                        values.get(i).copied()
                    } else {
                        // Misaligned counts: take the value cell that starts nearest below the header cell, on screen
                        // (a Chinese character is two columns wide), and none when no cell starts near it: "7月2日（星期日）
                        // 抵港" under "日期 / 內容 / 地點" has nothing in the place's column.
                        let on_screen = |from: usize, to: usize| super::wrapping::on_screen(&text.original[from..to]);
                        let col = on_screen(text.lines[l].0, row[i].0);
                        values.iter().copied().map(|(s, e)| ((s, e), on_screen(text.lines[m].0, s).abs_diff(col))).filter(|(_, d)| *d <= 6).min_by_key(|(_, d)| *d).map(|(c, _)| c)
                    };
                    // "2026年11月2日｜抵港｜—": a column's first row may hold nothing for it (the arrival's venue); its
                    // first row that does is read.
                    let empty = |(s, e): (usize, usize)| {
                        let v = text.lower_str(s, e);
                        let v = v.trim();
                        v.is_empty() || v.chars().all(|c| "-—–/.".contains(c)) || v == "n/a" || v == "nil" || v == "無" || v == "无"
                    };
                    // "四月十二日 | 下午 | 抵港 | 香港國際機場": a row of travel is not where the activity is, nor what it is.
                    // (Words from their start, and not a "Department": "depart" is a stem, the department a body.)
                    let travel = |m: usize| {
                        let (ls, le) = text.lines[m];
                        let row = text.lower_str(ls, le);
                        super::cues::DATES_ARRIVAL.iter().chain(super::cues::DATES_DEPARTURE).any(|w| {
                            row.match_indices(w).any(|(at, _)| {
                                let starts = !row[..at].chars().next_back().is_some_and(|c| c.is_ascii_alphabetic());
                                starts && !row[at + w.len()..].starts_with("ment")
                            })
                        })
                    };
                    let of_the_activity = matches!(label, Label::Venue | Label::Activity);
                    let cell = match cell {
                        Some(c) if several && (empty(c) || of_the_activity && travel(m)) && values.len() == row.len() => {
                            let mut below = next;
                            let mut found = None;
                            while below < n && !text.is_blank(below) && !text.header_line[below] {
                                let cs = row_cells(text, below, row.len());
                                // (A row's line run on below it is passed over.)
                                if cs.len() != row.len() {
                                    below += 1;
                                    continue;
                                }
                                if !empty(cs[i]) && !(of_the_activity && travel(below)) {
                                    found = Some(cs[i]);
                                    break;
                                }
                                below += 1;
                            }
                            found.or(Some(c))
                        }
                        other => other,
                    };
                    // The place most rows of a schedule name is the main venue ("本團排練室" twice, "香港大會堂音樂廳" four
                    // times).
                    // (A row without the place's cell, a day of travel, is passed over.)
                    let cell = if *label == Label::Venue && several {
                        let mut counts: Vec<((usize, usize), String, usize)> = Vec::new();
                        let mut above: Option<((usize, usize), String)> = None;
                        let mut r = m;
                        while r < n && !text.header_line[r] && !text.is_blank(r) {
                            let cs = row_cells(text, r, row.len());
                            if cs.len() != row.len() {
                                r += 1;
                                continue;
                            }
                            let (a, b) = cs[i];
                            let key = text.lower_str(a, b).trim().to_string();
                            // (A cell that says it is the same as the one above, "ditto", "同上", is that place.)
                            let ((a, b), key) = match &above {
                                Some(same) if LABEL_DITTO_MARKS.contains(&key.trim_end_matches('.')) => same.clone(),
                                _ => ((a, b), key),
                            };
                            if !empty((a, b)) {
                                above = Some(((a, b), key.clone()));
                            }
                            if !empty((a, b)) && !travel(r) {
                                match counts.iter_mut().find(|(_, k, _)| *k == key) {
                                    Some(c) => c.2 += 1,
                                    None => counts.push(((a, b), key, 1)),
                                }
                            }
                            r += 1;
                        }
                        let most = counts.iter().map(|c| c.2).max().unwrap_or(0);
                        counts.iter().find(|c| c.2 == most && most >= 2).map(|c| c.0).or(cell)
                    } else {
                        cell
                    };
                    if let Some((s, e)) = cell {
                        out.push(Labelled { label: *label, start: s, end: e, colon: false, several });
                    }
                }
                l = m + 1;
                continue;
            }
        }
        // "Nationality        Japanese": a bare label and its value as two cells. ("Purpose of visit       : To
        // conduct ...": a label padded to its colon, the colon at the start of the value's cell; the value may run on
        // over the lines below, as a form's does.)
        if let [(ls, le), (vs, ve)] = row[..] {
            if let Some((label, v, false)) = label_at(text, ls, le) {
                if v >= le {
                    let padded = matches!(text.original[vs], ':' | '：');
                    let vs = vs + text.original[vs..ve].iter().take_while(|c| matches!(c, ':' | '：' | ' ')).count();
                    let ve = continued(text, l, vs, ve);
                    out.push(Labelled { label, start: vs, end: ve, colon: padded, several: false });
                    l += 1;
                    continue;
                }
            }
        }
        for (k, &(s, e)) in row.iter().enumerate() {
            // "……主講公開講座。場地：香港電台廣播大廈一號錄音室。": a Chinese label with its colon after a sentence's
            // end, its value up to the next; after a clause's ("专题讲座及教师工作坊，会场：九龙塘教育服务中心"), up to
            // the next clause's.
            for k in (s..e).filter(|&k| matches!(text.original[k], '。' | '，' | '；')) {
                if let Some((label, v, true)) = label_at(text, k + 1, e) {
                    let ends: &[char] = if text.original[k] == '。' { &['。'] } else { &['。', '，', '；'] };
                    let ve = (v..e).find(|&i| ends.contains(&text.original[i])).unwrap_or(e);
                    if ve > v {
                        out.push(Labelled { label, start: v, end: ve, colon: true, several: false });
                    }
                }
            }
            let Some((label, v, colon)) = label_at(text, s, e) else { continue };
            // "Prepared by: Ivy LAU      Date: 18 June 2027", "填表人……黃詠詩　　日期：2027年6月30日": the date beside
            // a name on a form's own line is when that person filled or checked it, not the letter's.
            if label == Label::LetterDate && k > 0 && by_someone(text.lower_str(row[0].0, row[0].1)) {
                continue;
            }
            if v < e && !text.original[v..e].iter().all(|c| c.is_whitespace()) {
                let e = if k + 1 == row.len() { continued(text, l, v, e) } else { e };
                out.push(Labelled { label, start: v, end: e, colon, several: false });
            } else if let Some(&(ns, ne)) = row.get(k + 1).filter(|&&(vs, ve)| {
                // (Or with another label and its value beside them: "Capacity:   Visiting Professor      Department:
                // Physics", "Name of visitor:   Prof. Rafael MENDES      Sex: M".)
                let beside = row.get(k + 2).is_some_and(|&(bs, be)| names_a_field(&text.slice(bs, be)));
                colon && (row.len() == 2 || beside) && label_at(text, vs, ve).is_none_or(|(_, _, colon)| !colon) && !names_a_field(&text.slice(vs, ve))
            }) {
                // "Venue(s):           Lecture Hall, ...": the label's colon, then its value aligned in a column. (A
                // value that is also a label's word, "Capacity:      Visiting Artist", is still the value.)
                let ne = if k + 2 < row.len() { ne } else { continued(text, l, ns, ne) };
                out.push(Labelled { label, start: ns, end: ne, colon, several: false });
            } else if row.len() == 1 && (colon || heading_over_indented_value(text, l, s)) {
                // "Activity:" alone; the value is on the next non-blank line. (Or a section's heading, "5. Venue",
                // over its value indented under it.)
                let mut m = l + 1;
                while m < n && text.is_blank(m) {
                    m += 1;
                }
                if m < n && !text.header_line[m] {
                    let (ms, me) = text.lines[m];
                    // "Programme:" over a list of dated lines is a schedule, not one value.
                    let lead = text.original[ms..me].iter().take_while(|&&c| c.is_whitespace() || is_bullet(c) || c == '>').count();
                    let dated = super::dates::find(&text.lower[ms + lead..me]).first().is_some_and(|d| d.start == 0);
                    if label_at(text, ms, me).is_none() && !dated {
                        out.push(Labelled { label, start: ms, end: me, colon, several: false });
                    }
                }
            }
        }
        l += 1;
    }
    signer_form(text, &mut out);
    hosts_own_name(text, &mut out);
    someone_elses_section(text, &mut out);
    // "是次訪問的工作包括：為本系研究生主持三場研討課……進行交流。研討課及交流會議均在……": what the visitor does,
    // labelled inside a Chinese paragraph, runs to its sentence's end, not the paragraph's.
    for x in out.iter_mut().filter(|x| x.label == Label::Activity) {
        if let Some(stop) = (x.start..x.end).find(|&i| text.original[i] == '。').filter(|&i| i > x.start && (i + 1..x.end).any(|j| !text.original[j].is_whitespace())) {
            x.end = stop;
        }
    }
    out
}

/// Whether a cell opens with a form's field name and its colon, known to the reader or not ("Sex: M", "Department:",
/// "性別：男"): a few words, the first with a capital (or Chinese), then the colon.
fn names_a_field(cell: &str) -> bool {
    let Some((name, _)) = cell.trim().split_once([':', '：']) else { return false };
    let words = name.split_whitespace().count();
    let first = name.chars().next();
    (1..=4).contains(&words) && name.chars().count() <= 30 && first.is_some_and(|c| c.is_uppercase() || super::text::is_cjk(c)) && !name.chars().any(|c| c.is_ascii_digit())
}

/// Whether line `l`, a label alone without its colon ("5. Venue", "Remuneration"), heads a section whose text is on
/// the next line, set further in than the label.
fn heading_over_indented_value(text: &Text, l: usize, label_start: usize) -> bool {
    let Some(&(ns, ne)) = text.lines.get(l + 1) else { return false };
    // (Set in by full-width spaces too, as a Chinese letter's sections are: "　　二、活动地点" over "　　　　香港…".)
    let lead = text.original[ns..ne].iter().take_while(|c| matches!(c, ' ' | '\t' | '\u{3000}')).count();
    let indent = super::wrapping::on_screen(&text.original[ns..ns + lead]);
    let label_column = super::wrapping::on_screen(&text.original[text.lines[l].0..label_start]);
    let (ls, le) = text.lines[l];
    let heading = text.lower_str(ls, le);
    // (Not over a list: "Key dates" over "  - Arrival: …" lines is a list of labelled items.)
    let item = super::wrapping::starts_an_item(&text.original[ns + lead..ne]);
    indent > label_column && lead < ne - ns && heading.trim().chars().count() <= 30 && !item
}

/// "PART D - CONTACT PERSON" (聯絡人) over a form's "Name", "Tel" lines: that section's name, post, document and
/// nationality are the contact's, not the visitor's.
fn someone_elses_section(text: &Text, out: &mut Vec<Labelled>) {
    const BLOCK: usize = 8;
    let headings: Vec<usize> = (0..text.lines.len())
        .filter(|&l| {
            let (s, e) = text.lines[l];
            let line = text.lower_str(s, e);
            let line = line.trim().trim_end_matches([':', '：']);
            line.chars().count() <= 40 && !line.contains([':', '：']) && super::cues::LABEL_SOMEONE_ELSES_SECTION.iter().any(|w| line.ends_with(w))
        })
        .collect();
    let theirs = |x: &Labelled| {
        let l = text.line_of(x.start);
        headings.iter().any(|&h| (h + 1..=h + BLOCK).contains(&l) && (h + 1..l).all(|m| !text.is_blank(m)))
    };
    out.retain(|x| !(matches!(x.label, Label::Invitee | Label::Role | Label::Nationality | Label::TravelDocument) && theirs(x)));
}

/// A form's bare organisation name ("单位名称：…") is the host's only under the host's heading ("一、邀请单位"): under the
/// invitee's it names the visitor's own institution.
fn hosts_own_name(text: &Text, out: &mut Vec<Labelled>) {
    out.retain(|x| {
        if x.label != Label::Host {
            return true;
        }
        let l = text.line_of(x.start);
        let (ls, _) = text.lines[l];
        let label = text.lower_str(ls, x.start);
        if !super::cues::LABEL_BARE_ORGANISATION_NAMES.iter().any(|w| label.contains(w)) {
            return true;
        }
        (l.saturating_sub(4)..l).any(|m| {
            let line = text.lower_str(text.lines[m].0, text.lines[m].1);
            super::cues::LABEL_HOSTS_HEADINGS.iter().any(|w| line.contains(w))
        })
    });
}

/// Whether what follows a label is only a place to sign, blank or signed: "______", "(signed)", "______[signed]______".
fn a_place_to_sign(rest: &str) -> bool {
    let words = rest.trim_matches(|c: char| "_-.…[]()（） ".contains(c));
    rest.chars().any(|c| "_-.…[]()（）".contains(c) || c.is_alphabetic())
        && (words.chars().all(|c| "_-.…[]()（） ".contains(c)) || super::cues::LETTER_SIGNING_LINES.contains(&words))
}

/// The signer's part of a form: a signer's label with a name after it, not a place to sign nor the other party's, and
/// the post labelled under it (the signer's, not the visitor's role); "Authorised officer" (獲授權人員) over a form's
/// "Name:", "Post:" lines: the name is the signatory's, and the post is the signer's, not the visitor's role.
fn signer_form(text: &Text, out: &mut Vec<Labelled>) {
    const BLOCK: usize = 8;
    // A signer's label with only the place to sign after it names no one: "授權簽署人：（簽署）" over "姓名：羅嘉欣".
    out.retain(|x| !(x.label == Label::Signatory && a_place_to_sign(&text.lower_str(x.start, x.end))));
    // (Nor the other party's representative in a contract: "乙方授权代表：…".)
    out.retain(|x| !(x.label == Label::Signatory && {
        let (ls, _) = text.lines[text.line_of(x.start)];
        let line = text.lower_str(ls, x.start);
        super::cues::LETTER_SECOND_PARTY.iter().any(|w| line.trim_start().starts_with(w))
    }));
    // A post labelled just under the signer's name is the signer's, not the visitor's role: "签署人：冯慧敏" over "职衔：
    // 首席医生（风险评估及传讯）", "授权代表（签字）：梁志豪" over "职务：行政总监". (A post's label, not "Role:".)
    let signers: Vec<usize> = out.iter().filter(|x| x.label == Label::Signatory).map(|x| text.line_of(x.start)).collect();
    out.retain(|x| {
        let l = text.line_of(x.start);
        // (Spaced for show: "职　衔：".)
        let label: String = text.lower_str(text.lines[l].0, x.start).chars().filter(|c| !c.is_whitespace()).collect();
        let a_post = super::cues::LETTER_SIGNER_POST_LABELS.iter().any(|w| label.contains(w));
        !(x.label == Label::Role && a_post && signers.iter().any(|&s| s < l && l <= s + 2 && (s + 1..l).all(|k| !text.is_blank(k))))
    });
    let heading = (0..text.lines.len()).rev().find(|&l| {
        let (s, e) = text.lines[l];
        let line = text.lower_str(s, e);
        // (Past a rule the line may have been joined to: "------ Authorised officer".)
        let line = line.trim().trim_start_matches(['-', '─', '—', '_', '=', ' ']);
        // (Or a label with only the place to sign after it: "Authorised signature:  ______[signed]______", "Approved
        // by : (signed)".)
        let line = match line.split_once([':', '：']) {
            Some((label, rest)) if a_place_to_sign(rest) => label.trim_end(),
            _ => line.trim_end_matches([':', '：']),
        };
        // (A plural in brackets: "Authorised Signature(s)"; or what is put there: "授權人（簽署）".)
        let line = line.trim_end_matches("(s)");
        let line = match line.strip_suffix(['）', ')']).and_then(|l| l.rsplit_once(['（', '('])) {
            Some((label, inside)) if super::cues::LETTER_SIGNING_LINES.iter().any(|w| inside.contains(w)) => label.trim_end(),
            _ => line,
        };
        line.chars().count() <= 40 && super::cues::LETTER_SIGNER_HEADINGS.iter().any(|w| line.ends_with(w))
    });
    if let Some(h) = heading {
        let below = |x: &Labelled| (h + 1..=h + BLOCK).contains(&text.line_of(x.start));
        out.retain(|x| !(x.label == Label::Role && below(x)));
        for x in out.iter_mut().filter(|x| x.label == Label::Invitee) {
            if below(x) {
                x.label = Label::Signatory;
            }
        }
    }
    // Likewise a form's "Name:" a few lines under the sign-off and a line to sign on ("Yours sincerely," … "Signed:
    // ____" / "Name: Professor Irene LO" / "Title: Head, Department of …"), before any reply slip: the signer's. (Not
    // a particulars sheet after the letter, whose "Name:" is the visitor's.)
    let Some(h) = (0..text.lines.len()).rev().find(|&l| sign_off(text.lower_str(text.lines[l].0, text.lines[l].1).trim()).is_some()) else { return };
    let slip = (h + 1..text.lines.len()).find(|&l| {
        let line = text.lower_str(text.lines[l].0, text.lines[l].1);
        super::cues::LETTER_AFTER_THE_LETTER.iter().any(|w| line.trim().starts_with(w))
    });
    let signed_on = |l: usize| (h + 1..l).any(|k| {
        let line = text.lower_str(text.lines[k].0, text.lines[k].1);
        super::cues::LETTER_SIGNING_LINES.iter().any(|w| line.trim().starts_with(w))
    });
    let below = |x: &Labelled| {
        let l = text.line_of(x.start);
        (h + 1..=h + BLOCK).contains(&l) && slip.is_none_or(|s| l < s) && signed_on(l)
    };
    for x in out.iter_mut().filter(|x| x.label == Label::Invitee) {
        if below(x) {
            x.label = Label::Signatory;
        }
    }
}


/// Whether an activity's label names the event rather than what is done at it: "Event:", "Name of event",
/// "Programme title", "活動名稱" (not "Activity:", "Nature of activities", "活動內容").
pub(super) fn names_the_event(text: &Text, x: &Labelled) -> bool {
    let line = text.line_of(x.start);
    let (ls, _) = text.lines[line];
    let mut label = text.lower_str(ls, x.start);
    if label.trim().is_empty() && line > 0 {
        let (ps, pe) = text.lines[line - 1];
        label = text.lower_str(ps, pe);
    }
    ACTIVITY_EVENT_LABELS.iter().any(|w| label.contains(w))
}

/// The length in characters of the dot leaders (and the spaces among them) that open `rest`, when they hold three
/// dots or more ("........", "……", "．．．"); else 0.
fn dot_leader(rest: &str) -> usize {
    let run = rest.chars().take_while(|c| matches!(c, '.' | '…' | '·' | '．' | ' ')).count();
    let dots: usize = rest.chars().take(run).map(|c| match c { '…' => 3, ' ' => 0, _ => 1 }).sum();
    if dots >= 3 { run } else { 0 }
}

/// Whether a form's line names who prepared, checked, filled or signed it: "Prepared by ...", "Form checked by ...",
/// "填表人……", "核對人：".
pub(super) fn by_someone(first_cell: &str) -> bool {
    let words = first_cell.split(['.', '…', ':', '：', '．']).next().unwrap_or("").trim();
    words.ends_with(" by") || super::cues::LABEL_BY_SOMEONE.iter().any(|w| words.contains(w))
}

/// Where a labelled value on line `l`, starting at `start`, ends when it runs on to the lines below, each indented
/// to the value's own column (a form pasted as text):
/// "Nature of activity:       to conduct a five-day woodblock printmaking\n                          workshop for ...".
fn continued(text: &Text, l: usize, start: usize, mut end: usize) -> usize {
    if is_table_row(text, l) {
        return continued_in_row_below(text, l, start, end);
    }
    // (In columns on screen: a Chinese label is twice as wide as its characters, "擔任角色：  研討會主題演講" over
    // "            嘉賓".)
    let column = super::wrapping::on_screen(&text.original[text.lines[l].0..start]);
    let wide = text.original[text.lines[l].0..start].iter().any(|&c| super::text::is_cjk(c));
    if column < 8 {
        return end;
    }
    // A Chinese form pasted from a PDF wraps a value to the line's start: "職　　務：客席" over "講師" over "日　　期：…".
    // A few Chinese characters alone on the next line, with the form's next label under them, are the end of a value
    // cut short, of four characters or fewer (not "地點：香港大會堂" over a heading, "交通安排").
    let cut_short = text.original[start..end].iter().filter(|c| !c.is_whitespace()).count() <= 4;
    if wide && cut_short && l + 2 < text.lines.len() && text.original[..end].last().is_some_and(|&c| super::text::is_cjk(c)) {
        let (ns, ne) = text.lines[l + 1];
        let (ls, le) = text.trim(text.lines[l + 2].0, text.lines[l + 2].1);
        let fragment = &text.original[ns..ne];
        if (1..=6).contains(&fragment.len()) && fragment.iter().all(|&c| super::text::is_cjk(c)) && label_at(text, ns, ne).is_none() && label_at(text, ls, le).is_some() {
            return ne;
        }
    }
    for m in l + 1..text.lines.len() {
        let (ms, me) = text.lines[m];
        // (Indented by spaces, or by full-width spaces in a Chinese form, each two columns on screen.)
        let lead = text.original[ms..me].iter().take_while(|c| matches!(**c, ' ' | '\u{3000}')).count();
        let indent = super::wrapping::on_screen(&text.original[ms..ms + lead]);
        let first = ms + lead;
        // (A full-width colon after a Chinese label is read as ':', one column where the screen showed two.)
        let aligned = indent.abs_diff(column) <= 1 || (wide && (column..=column + 2).contains(&indent));
        if text.header_line[m] || first >= me || !aligned || cells(text, m).len() != 1 || label_at(text, first, me).is_some() || sub_label(&text.original[first..me]) {
            break;
        }
        // A finished item above and a capital below start a second item, not the first's next line:
        // "Venue(s): Band Room, Hong Kong Police College – rehearsals, 17 to 21 January" /
        // "          Auditorium, Tsuen Wan Town Hall – concert, 22 January". (A month after a day goes on: "17" / "January".)
        let word_at = |i: usize| text.original[i..me].iter().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
        let last = text.original[..end].iter().rposition(|c| !c.is_whitespace()).unwrap_or(0);
        let last_word_start = text.original[..=last].iter().rposition(|c| !c.is_alphabetic()).map_or(0, |p| p + 1);
        let ends_a_date = text.original[last].is_ascii_digit() || super::dates::is_a_month(&word_at(last_word_start));
        let finished = ends_a_date || matches!(text.original[last], ')' | '.');
        if finished && text.original[first].is_uppercase() && !super::dates::is_a_month(&word_at(first)) {
            break;
        }
        // A bilingual form gives the value again in the other language on the line below: "Contemporary dance
        // masterclasses …" over "現代舞大師班（共八節）…". A translation, not the value's next line.
        if in_the_other_language(&text.original[start..end], &text.original[first..me]) {
            break;
        }
        end = me;
    }
    end
}

/// Whether `line` is in the other language from `value`: all Chinese under a value in English, or English of three
/// words or more and no figures under a value all in Chinese. (A name or a room in English may go on a Chinese value:
/// "Room 223, Block A".)
fn in_the_other_language(value: &[char], line: &[char]) -> bool {
    let cjk = |t: &[char]| t.iter().any(|&c| super::text::is_cjk(c));
    let latin = |t: &[char]| t.iter().any(|c| c.is_ascii_alphabetic());
    let words = line.split(|c| c.is_whitespace()).filter(|w| w.iter().any(|c| c.is_ascii_alphabetic())).count();
    let digits = line.iter().any(|c| c.is_ascii_digit());
    (latin(value) && !cjk(value) && cjk(line) && !latin(line)) || (cjk(value) && !latin(value) && !cjk(line) && words >= 3 && !digits)
}

/// Whether a line below a form's value opens with a label of its own, one the reader does not know: "Briefing:
/// Conference Room, 4/F, …" under "Venue:   Outdoor Stage, …", "簡介會：…". A second value, not the first's next line.
fn sub_label(line: &[char]) -> bool {
    let Some(colon) = line.iter().take(24).position(|&c| c == ':' || c == '：') else { return false };
    let label = &line[..colon];
    let words = label.split(|c| *c == ' ').filter(|w| !w.is_empty()).count();
    let cjk = label.iter().filter(|c| super::text::is_cjk(**c)).count();
    let starts = label.first().is_some_and(|c| c.is_uppercase() || super::text::is_cjk(*c));
    starts
        && label.iter().all(|&c| c.is_alphabetic() || c == ' ' || c == '\'' || c == '’')
        && (if cjk > 0 { cjk == label.len() && cjk <= 6 } else { (1..=3).contains(&words) })
        && line.get(colon + 1).is_some_and(|c| c.is_whitespace() || super::text::is_cjk(*c))
}

/// Where a value in a Markdown table's cell ends when the rows below carry on with it, each with every other cell
/// empty: "| 6 | Duties:  to judge the final round of the Competition and to |" over "|   | conduct two stamp design
/// workshops for secondary students |", a long cell wrapped by hand.
fn continued_in_row_below(text: &Text, l: usize, start: usize, mut end: usize) -> usize {
    let column = text.original[text.lines[l].0..start].iter().filter(|&&c| is_bar(c)).count();
    let blank = |(s, e): (usize, usize)| text.original[s..e].iter().all(|c| c.is_whitespace());
    for m in l + 1..text.lines.len() {
        if !is_table_row(text, m) {
            break;
        }
        let (ms, me) = text.lines[m];
        let bars: Vec<usize> = (ms..me).filter(|&i| is_bar(text.original[i])).collect();
        let row_cells: Vec<(usize, usize)> =
            std::iter::once(ms).chain(bars.iter().map(|b| b + 1)).zip(bars.iter().copied().chain(std::iter::once(me))).collect();
        let Some(&cell) = row_cells.get(column) else { break };
        // (Nor a row of its own label: "│ Your role : Keynote Speaker │" over "│ Dates     : 13–15 April 2028 │".)
        let (cs, ce) = text.trim(cell.0, cell.1);
        let labelled = ce > cs && (label_at(text, cs, ce).is_some() || sub_label(&text.original[cs..ce]));
        if blank(cell) || labelled || row_cells.iter().enumerate().any(|(k, &c)| k != column && !blank(c)) {
            break;
        }
        end = text.trim(cell.0, cell.1).1;
    }
    end
}

/// The parts of `s..e` separated by two or more spaces.
pub(super) fn split_two_spaces(text: &Text, s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = s;
    let mut i = s;
    while i < e {
        if text.lower[i] == ' ' && text.lower.get(i + 1) == Some(&' ') {
            if i > start {
                out.push((start, i));
            }
            while i < e && text.lower[i] == ' ' {
                i += 1;
            }
            start = i;
        } else {
            i += 1;
        }
    }
    if e > start {
        out.push((start, e));
    }
    out
}

/// Where the second version of a letter written in two languages begins (a byte offset in `letter`), when the letter
/// gives its body in one language and then again in the other: Chinese paragraphs, then English ones, or the other way
/// round. From the letter's first paragraph of some length, a run of such paragraphs in one script, then a run in the
/// other to the end, each with two paragraphs of some length at least; the second version starts at the first
/// paragraph, of any length, in its script ("Dear Ms Rossi," before its body). None when the letter alternates
/// (a paragraph in each language by turns), or is in one language with a short note in the other. Japanese (with kana)
/// counts as neither: a covering note in Japanese is no version of the letter.
pub(super) fn second_version(letter: &str) -> Option<usize> {
    #[derive(Clone, Copy, PartialEq)]
    enum Script {
        Chinese,
        Latin,
        Neither,
    }
    // The paragraphs, apart by blank lines, with where each starts.
    let mut blocks: Vec<(usize, &str)> = Vec::new();
    let mut start: Option<usize> = None;
    let mut at = 0;
    for line in letter.split_inclusive('\n') {
        match (line.trim().is_empty(), start) {
            (true, Some(s)) => {
                blocks.push((s, &letter[s..at]));
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
        at += line.len();
    }
    if let Some(s) = start {
        blocks.push((s, &letter[s..]));
    }
    let mut paragraphs: Vec<(usize, Script, bool)> = Vec::new();
    for (at, block) in blocks {
        let (mut han, mut latin, mut kana) = (0usize, 0usize, false);
        for c in block.chars() {
            if super::text::is_cjk(c) {
                han += 1;
            } else if c.is_ascii_alphabetic() {
                latin += 1;
            } else if ('\u{3040}'..='\u{30FF}').contains(&c) {
                kana = true;
            }
        }
        let script = if kana || han + latin == 0 {
            Script::Neither
        } else if han * 3 >= latin || han > 0 && block.contains(['：', '，', '。', '、']) {
            // (A Latin name in a Chinese greeting, "Lambert女士：", is Chinese.)
            Script::Chinese
        } else {
            Script::Latin
        };
        // Of some length, and prose (not an address block or a letterhead): a Chinese sentence's commas; an English
        // sentence's full stop and a line of eight words or more.
        let long = match script {
            Script::Chinese => han >= 20 && block.contains(['，', '。']),
            Script::Latin => {
                let sentence = block.trim_end().ends_with('.') || block.contains(". ") || block.contains(".\n");
                // (Prose has words in lower case: not an address, "nám. Jana Palacha 2, 116 38 Praha 1, Czech Republic".)
                let words = block.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_alphabetic));
                let (lower, all) = words.fold((0, 0), |(l, a), w| (l + usize::from(w.chars().next().is_some_and(char::is_lowercase)), a + 1));
                latin >= 60 && han * 20 < latin && sentence && block.lines().any(|l| l.split_whitespace().count() >= 8) && lower * 3 >= all
            }
            Script::Neither => false,
        };
        paragraphs.push((at, script, long));
    }
    let first = paragraphs.iter().position(|p| p.2)?;
    let lead = paragraphs[first].1;
    let other = if lead == Script::Chinese { Script::Latin } else { Script::Chinese };
    // The first long paragraph in the other script, and none in the lead's after it.
    let switch = paragraphs[first..].iter().position(|p| p.2 && p.1 == other)? + first;
    let lead_long = paragraphs[first..switch].iter().filter(|p| p.2 && p.1 == lead).count();
    let other_long = paragraphs[switch..].iter().filter(|p| p.2 && p.1 == other).count();
    let back = paragraphs[switch..].iter().any(|p| p.2 && p.1 == lead);
    // Back from the switch over the short paragraphs in the other script: its greeting, its title.
    let mut start = switch;
    while start > first + 1 && paragraphs[start - 1].1 == other {
        start -= 1;
    }
    // (A short version with a greeting of its own among them is one too: "Dear Professor Novák," over one paragraph
    // and a form; "諾瓦克教授：" over one paragraph.)
    let greets = paragraphs[start..switch].iter().any(|p| {
        let opening = letter[p.0..].lines().next().unwrap_or("").trim().to_lowercase();
        match other {
            Script::Latin => LETTER_GREETINGS.iter().any(|g| g.is_ascii() && opening.starts_with(g)),
            _ => opening.chars().count() <= 16 && opening.ends_with(['：', ':']) && PEOPLE_CJK_TITLES.iter().any(|t| opening.contains(t)),
        }
    });
    if lead_long < 2 || other_long < 2 && !greets || back {
        return None;
    }
    Some(paragraphs[start].0)
}

/// The sign-off a line is (trimmed, without its closing comma or full stop): "Yours sincerely", "此致", or one with a
/// word or two after it ("Best regards 祝好").
pub(super) fn sign_off(line: &str) -> Option<&'static str> {
    // (Not the greeting "敬啟者：", "Dear Sir or Madam" of formal Chinese letters, which 敬啟 begins.)
    if LETTER_NOT_SIGN_OFFS.iter().any(|g| line.starts_with(g)) {
        return None;
    }
    LETTER_SIGN_OFFS.iter().copied().find(|w| line == *w || line.starts_with(w) && line.chars().count() < w.chars().count() + 5)
}

/// Where the first of several letters pasted together ends (a byte offset in `letter`), when it is the invitation and
/// another letter follows it: a letter and the reply written below it, two letters one after the other. A letter
/// ends with its sign-off; the next starts at its greeting ("Dear Ms Chan,", "尊敬的陳女士："). None when the text
/// holds one letter, or when the first part invites no one (a reply written above the letter it answers).
pub(super) fn first_of_several(letter: &str) -> Option<usize> {
    let lower = |l: &str| l.trim().to_lowercase();
    let mut at = 0;
    let (mut greeted, mut signed) = (false, false);
    // (In the first greeting's script: a bilingual letter greets and signs off once in each language.)
    let mut script: Option<bool> = None;
    for line in letter.split_inclusive('\n') {
        let l = lower(line);
        let bare = l.trim_end_matches([',', '，', '.']);
        // ("王主任：", "ROSSI博士：": a Chinese greeting is the person's name or post and a colon.)
        let addressed = l.strip_suffix(['：', ':']).is_some_and(|who| {
            who.chars().count() <= 20 && PEOPLE_CJK_TITLES.iter().chain(PEOPLE_CJK_POSTS).any(|t| who.ends_with(t))
        });
        let greeting = LETTER_GREETINGS.iter().find(|g| l.starts_with(*g)).map(|g| g.is_ascii()).or(addressed.then_some(false));
        if let Some(latin) = greeting {
            if script.is_some_and(|s| s != latin) {
                at += line.len();
                continue;
            }
            script = Some(latin);
            if greeted && signed {
                let first = letter[..at].to_lowercase();
                return LETTER_INVITING.iter().any(|w| first.contains(w)).then_some(at);
            }
            greeted = true;
        } else if greeted && sign_off(bare).is_some() {
            signed = true;
        }
        at += line.len();
    }
    None
}

/// Whether the text holds more than one letter after its innermost message starts: two greetings and two sign-offs
/// (letters pasted one after another, a letter and its reply written below it).
pub(super) fn several_letters(text: &Text) -> bool {
    // Counted per script: a bilingual letter greets and signs off once in each language.
    let (mut greetings, mut sign_offs) = ([0; 2], [0; 2]);
    for &l in text.content_lines.iter().filter(|&&l| l >= text.letter_start) {
        let (s, e) = text.lines[l];
        let line = text.lower_str(s, e);
        let line = line.trim();
        if let Some(g) = LETTER_GREETINGS.iter().find(|g| line.starts_with(*g)) {
            greetings[usize::from(!g.is_ascii())] += 1;
        }
        let bare = line.trim_end_matches([',', '，', '.']);
        if let Some(w) = sign_off(bare) {
            sign_offs[usize::from(!w.is_ascii())] += 1;
        }
    }
    (0..2).any(|script| greetings[script] >= 2 && sign_offs[script] >= 2)
}

/// The display name of the innermost e-mail's sender ("From: Jessica Wong <jessica.wong@hksoa.org.hk>"): (start,
/// end), when there is one.
pub(super) fn sender(text: &Text) -> Option<(usize, usize)> {
    // The innermost message's headers: before where the letter starts (or before its first line of content).
    let before = if text.letter_start > 0 { text.letter_start } else { text.content_lines.first().copied().unwrap_or(0) };
    let l = (0..before.min(text.lines.len())).rev().find(|&l| {
        let (s, e) = text.lines[l];
        let line = text.lower_str(s, e);
        let line = line.trim_start();
        text.header_line[l] && ["from:", "寄件者:", "發件人:", "发件人:"].iter().any(|h| line.starts_with(h))
    })?;
    let (s, e) = text.lines[l];
    let colon = (s..e).find(|&i| text.lower[i] == ':')?;
    let end = (colon..e).find(|&i| text.lower[i] == '<' || text.lower[i] == '[' || text.lower[i] == '(').unwrap_or(e);
    let (s, e) = text.trim(colon + 1, end);
    let named = text.lower_str(s, e);
    (e > s + 1 && !named.contains('@')).then_some((s, e))
}

#[cfg(test)]
mod tests {
    use super::second_version;

    const ZH: &str = "本處誠邀閣下擔任藝術節客席藝術家，帶領木偶劇工作坊及於閉幕巡遊中演出，活動假修頓球場舉行。";
    const EN: &str = "We are pleased to invite you to be Guest Artist of the Festival, to lead puppetry workshops and to perform in the closing parade.";

    /// A label in square brackets ("【受邀人姓名】林振華教授"), and the one a Chinese government letter is addressed to
    /// (受文者), are labels like any.
    #[test]
    fn labels_in_brackets_and_the_addressee_of_a_government_letter() {
        let x = crate::letter::extract("林教授：\n\n【受邀人姓名】林振華教授\n【活动地点】香港中文大学中医学院大楼二楼201讲堂\n", crate::Catalogue::bundled());
        assert_eq!(x.invitee.map(|v| v.value).as_deref(), Some("林振華教授"));
        assert_eq!(x.venue.map(|v| v.value).as_deref(), Some("香港中文大学中医学院大楼二楼201讲堂"));
        let x = crate::letter::extract("受文者：陳志偉先生\n發文日期：二〇二七年五月十七日\n\n主旨：邀請台端擔任客席指揮。\n", crate::Catalogue::bundled());
        assert_eq!(x.invitee.map(|v| v.value).as_deref(), Some("陳志偉先生"));
    }

    /// A form's dot leaders stand for the colon, after a note in brackets too ("Name (as in passport) ....").
    #[test]
    fn dot_leaders_between_a_label_and_its_value() {
        let form = "1. Visitor\n   Name (as in passport) ........ Mr R. K. Iyer (India)\n   Passport no. ................. Z5521873\n   Capacity ..................... Guest Mentor\n   Place …… Smart-Space 8, Cyberport 3\n";
        let x = crate::letter::extract(form, crate::Catalogue::bundled());
        assert_eq!(x.invitee.map(|v| v.value).as_deref(), Some("Mr R. K. Iyer"));
        assert_eq!(x.travel_document.map(|v| v.value).as_deref(), Some("Z5521873"));
        assert_eq!(x.role.map(|v| v.value).as_deref(), Some("Guest Mentor"));
        assert_eq!(x.venue.map(|v| v.value).as_deref(), Some("Smart-Space 8, Cyberport 3"));
    }

    /// A bilingual form's labels before dot leaders ("Name 姓名 ........"), and its values given again in the other
    /// language on the line below, which are no part of them.
    #[test]
    fn a_bilingual_form_with_dot_leaders() {
        let form = "A. VISITOR 訪客\n   Name 姓名 ............ Ms Anna KOWALSKA\n   Nationality 國籍 ..... Polish\n   Capacity 身分 ........ Guest Choreographer\n                          客席編舞\n   Fee 酬金 ............. HK$30,000 (lump sum)\n                          港幣三萬元（整筆）\n";
        let x = crate::letter::extract(form, crate::Catalogue::bundled());
        assert_eq!(x.invitee.map(|v| v.value).as_deref(), Some("Ms Anna KOWALSKA"));
        assert_eq!(x.nationality.map(|v| v.value).as_deref(), Some("POL"));
        assert_eq!(x.role.map(|v| v.value).as_deref(), Some("Guest Choreographer"));
        assert_eq!(x.remuneration.map(|v| v.value).as_deref(), Some("HK$30,000 (lump sum)"));
    }

    /// "Date of issue" dates the letter, unless it is a travel document's: under "Passport No." it is the passport's.
    #[test]
    fn a_date_of_issue_is_the_letters_not_a_passports() {
        let date = |letter: &str| crate::letter::extract(letter, crate::Catalogue::bundled()).letter_date.map(|v| v.value);
        assert_eq!(date("Ref.: DR/VA/06          Date of issue: 14 August 2028\n\nDear Mr Nowak,\n\nWe invite you to direct the play from 11 Sep 2028.\n").as_deref(), Some("2028-08-14"));
        assert_eq!(date("Dear Mr Nowak,\n\nWe invite you to direct the play from 11 Sep 2028. Please bring your passport.\n\nDate of issue: 14 August 2028\n").as_deref(), Some("2028-08-14"));
        assert_eq!(date("3 August 2028\n\nDear Mr Nowak,\n\nWe invite you to direct the play from 11 Sep 2028.\n\nPassport No.: A1234567\nDate of issue: 28 August 2022\n").as_deref(), Some("2028-08-03"));
    }

    /// A form's lettered items ("(a) Name ...."), leaders that end in a colon, and leaders after a Chinese colon.
    #[test]
    fn lettered_items_and_leaders_around_a_colon() {
        let form = "1. THE VISITOR\n   (a) Name (as it appears in passport) ..........: Dr NGUYỄN Thị Lan\n   (b) Passport number ...........................: C7384512\n\n5. ENDORSEMENT\n   Name .........................................: Ms Angela TAM Hoi-yan\n";
        let x = crate::letter::extract(form, crate::Catalogue::bundled());
        assert_eq!(x.invitee.map(|v| v.value).as_deref(), Some("Dr NGUYỄN Thị Lan"));
        assert_eq!(x.travel_document.map(|v| v.value).as_deref(), Some("C7384512"));
        let x = crate::letter::extract("林先生：\n\n姓名：…………林伟强先生\n执教地点：…………九龙公园体育馆\n", crate::Catalogue::bundled());
        assert_eq!(x.invitee.map(|v| v.value).as_deref(), Some("林伟强先生"));
        assert_eq!(x.venue.map(|v| v.value).as_deref(), Some("九龙公园体育馆"));
        // The line a value was written on is no part of it.
        let x = crate::letter::extract("佐藤教授：\n\n姓名：＿＿＿佐藤健一教授＿＿＿＿＿\n角色：＿客席講者＿＿＿＿＿＿\n", crate::Catalogue::bundled());
        assert_eq!(x.invitee.map(|v| v.value).as_deref(), Some("佐藤健一教授"));
        assert_eq!(x.role.map(|v| v.value).as_deref(), Some("客席講者"));
        // A form's item codes before its labels ("A1  Name …", "1.1 Nationality:", "B3. Venue:") are no part of them.
        let coded = "FORM\n\n A1  Name (as in passport)   : Mr Omar HASSANEIN\n 1.1 Nationality              : Egyptian\n B3. Venue                    : Courts 1-4, Hong Kong Squash Centre\n";
        let x = crate::letter::extract(coded, crate::Catalogue::bundled());
        assert_eq!(x.invitee.map(|v| v.value).as_deref(), Some("Mr Omar HASSANEIN"));
        assert_eq!(x.nationality.map(|v| v.value).as_deref(), Some("EGY"));
        assert_eq!(x.venue.map(|v| v.value).as_deref(), Some("Courts 1-4, Hong Kong Squash Centre"));
        // Items numbered in Chinese ("一、", "（二）") are a form's lines, each with its label.
        let numbered = "张博士：\n\n本公司诚邀张伟博士来港担任客座导师。\n\n一、活动日期：2028年5月23日（星期二）至5月25日（星期四）\n二、活动地点：香港科学园17W栋三楼多功能厅\n（三）抵港日期：2028年5月22日（AC 7，温哥华出发）\n（四）离港日期：2028年5月26日（AC 8）\n";
        let x = crate::letter::extract(numbered, crate::Catalogue::bundled());
        assert_eq!(x.venue.map(|v| v.value).as_deref(), Some("香港科学园17W栋三楼多功能厅"));
        assert_eq!(x.arrival.map(|v| v.value).as_deref(), Some("2028-05-22"));
        assert_eq!(x.departure.map(|v| v.value).as_deref(), Some("2028-05-26"));
        assert_eq!(x.activity_from.map(|v| v.value).as_deref(), Some("2028-05-23"));
        // A blank left to fill in is no value, not even the next label on its line.
        let slip = "回　执\n\n本人　□ 接受　□ 不接受　贵校邀请。\n\n姓名：______________________　护照号码：______________________\n抵港日期及航班：______________________\n";
        let x = crate::letter::extract(slip, crate::Catalogue::bundled());
        assert_eq!(x.invitee.map(|v| v.value), None);
        // Dot leaders alike, the next line's label no value either.
        let dotted = "回　條\n\n護照號碼：…………………………………………\n\n抵港日期及航班：…………………………………………\n";
        assert_eq!(crate::letter::extract(dotted, crate::Catalogue::bundled()).travel_document.map(|v| v.value), None);
    }

    /// A form's sections for someone else: the contact person's name is not the visitor's, the authorised signature's
    /// is the signatory's; "Description" is what the visitor does, "Speaker's fee" the fee.
    #[test]
    fn a_forms_sections_for_the_contact_and_the_signature() {
        let form = "Dear Mr Nagy,\n\nPART B - ACTIVITY\n  Capacity ....... Keynote speaker\n  Description .... Deliver the keynote address at the Forum\n  Speaker's fee .... HK$40,000\n\nPART D - CONTACT PERSON\n  Name ........... Ms Jessie NG Hoi-yan (Programme Coordinator)\n  Tel ............ 3618 2215\n\nPART E - AUTHORISED SIGNATURE\n  Name ........... Raymond KWOK Chi-ho\n  Position ....... Managing Director\n\nThe Forum is open to the public (registration fee HK$1,200).\n";
        let x = crate::letter::extract(form, crate::Catalogue::bundled());
        assert!(x.invitee.as_ref().is_none_or(|v| !v.value.contains("Jessie") && !v.value.contains("KWOK")), "{:?}", x.invitee);
        assert_eq!(x.signatory.map(|v| v.value).as_deref(), Some("Raymond KWOK Chi-ho"));
        assert_eq!(x.activity.map(|v| v.value).as_deref(), Some("Deliver the keynote address at the Forum"));
        assert_eq!(x.remuneration.map(|v| v.value).as_deref(), Some("HK$40,000"));
        assert_eq!(x.role.map(|v| v.value).as_deref(), Some("Keynote speaker"));
    }

    /// A label's value aligned in a column with another field beside it on its line, known to the reader or not:
    /// the value is the cell between them.
    #[test]
    fn a_labels_value_with_another_field_beside_it() {
        let form = "PART A - VISITOR\nName of visitor:   Prof. Rafael MENDES DA SILVA            Sex: M\nNationality:       Brazilian                                Passport No.: FX402917\n\nPART B - VISIT\nCapacity:   Visiting Professor           Department:   Physics\n";
        let x = crate::letter::extract(form, crate::Catalogue::bundled());
        assert_eq!(x.invitee.map(|v| v.value).as_deref(), Some("Prof. Rafael MENDES DA SILVA"));
        assert_eq!(x.role.map(|v| v.value).as_deref(), Some("Visiting Professor"));
        // (A value that itself names a field is none: the blank is left to fill in.)
        let blank = "Capacity:            Department:            Sex: M\n";
        assert_eq!(crate::letter::extract(blank, crate::Catalogue::bundled()).role.map(|v| v.value), None);
    }

    /// A heading over two fields ("【日期及地点】") is no label of the second: the paragraph under it is not the venue.
    #[test]
    fn a_heading_over_dates_and_venue() {
        let letter = "黄博士：\n\n【日期及地点】\n评审工作定于2028年6月5日（星期一）至6月9日（星期五）进行，公开讲座安排于6月8日晚上。评审及讲座均于香港理工大学赛马会创新楼进行。\n\n此致\n";
        let x = crate::letter::extract(letter, crate::Catalogue::bundled());
        assert!(x.venue.as_ref().is_none_or(|v| !v.value.contains("评审工作")), "{:?}", x.venue);
        assert_eq!(x.activity_from.map(|v| v.value).as_deref(), Some("2028-06-05"));
        // A label after a form's Chinese numbering is still one: "二、地点：…".
        let form = "王女士：\n\n二、地点：舞蹈学院一号舞蹈室\n";
        assert_eq!(crate::letter::extract(form, crate::Catalogue::bundled()).venue.map(|v| v.value).as_deref(), Some("舞蹈学院一号舞蹈室"));
    }

    /// On a form, what is not the visit's: the post held at home (现任职务), a passport's place of issue or a
    /// hotel (簽發地點, 住宿地點), and the date beside whoever prepared or checked the form.
    #[test]
    fn what_a_form_says_of_other_things() {
        let x = crate::letter::extract("林先生：\n\n现任职务：…………雪兰莪州武术总会总教练\n護照簽發地點……首爾\n住宿地點……灣仔海景酒店\n", crate::Catalogue::bundled());
        assert_eq!(x.role.map(|v| v.value), None);
        assert_eq!(x.venue.map(|v| v.value), None);
        let form = "Dear Mr Asante,\n\nVenue ........ Activity Room 1, Sha Tin Town Hall\n\nPrepared by .......... Ivy LAU                 Date: 18 June 2027\nChecked by ........... Raymond TSE             Date: 21 June 2027\n";
        let x = crate::letter::extract(form, crate::Catalogue::bundled());
        assert_eq!(x.letter_date.map(|v| v.value), None);
    }

    /// A Chinese label with what it is about, alone in a tab-parted cell ("集訓地點\t香港體育學院欖球場").
    #[test]
    fn a_prefixed_chinese_label_in_a_tab_parted_row() {
        let x = crate::letter::extract("陳先生：\n\n集訓日期\t2028年1月10日至1月21日\n集訓地點\t香港體育學院欖球場\n", crate::Catalogue::bundled());
        assert_eq!(x.venue.map(|v| v.value).as_deref(), Some("香港體育學院欖球場"));
        assert_eq!(x.activity_to.map(|v| v.value).as_deref(), Some("2028-01-21"));
        // (Or padded to its colon with full-width spaces, the colon starting the next cell.)
        let x = crate::letter::extract("金先生：\n\n課程日期　　　：2027年6月7日至9日\n上課地點　　　：警察總部警政大樓3樓多用途禮堂\n", crate::Catalogue::bundled());
        assert_eq!(x.venue.map(|v| v.value).as_deref(), Some("警察總部警政大樓3樓多用途禮堂"));
    }

    /// A table pasted as text: a row's cells may be two full-width spaces apart, and a row with fewer cells than the
    /// header has nothing in a column no cell starts near (the arrival's row has no venue).
    #[test]
    fn a_table_rows_cells_under_their_headers() {
        let x = crate::letter::extract("Nagy先生：\n\n姓名　　　　　國籍　　　　護照號碼　　　職務\nNAGY Bence　　匈牙利人　　BK3829104　　客席佩劍教練\n", crate::Catalogue::bundled());
        assert_eq!(x.invitee.map(|v| v.value).as_deref(), Some("NAGY Bence"));
        assert_eq!(x.travel_document.map(|v| v.value).as_deref(), Some("BK3829104"));
        let x = crate::letter::extract("李先生：\n\n    日期                  内容                          地点\n    7月2日（星期日）      抵港\n", crate::Catalogue::bundled());
        assert_eq!(x.venue, None);
    }

    /// A schedule whose arrival row runs on below its first line is still a schedule of several rows: the arrival is
    /// neither what the visitor does nor where.
    #[test]
    fn a_schedule_whose_rows_run_on_below() {
        let letter = "Dear Mr Nagy,\n\nAs agreed, you will conduct a refereeing clinic for local referees.\n\nDATE              TIME       PROGRAMME                          PLACE\nTue 7 Dec 2027    14:35      Arrival, flight LX 138             Hong Kong International Airport\n                             Transfer to hotel                  Regal Hotel, Causeway Bay\nFri 10 Dec 2027   08:30      Sabre Open, individual rounds      Queen Elizabeth Stadium Arena\nSat 11 Dec 2027   08:30      Sabre Open, finals                 Queen Elizabeth Stadium Arena\n";
        let x = crate::letter::extract(letter, crate::Catalogue::bundled());
        assert_eq!(x.venue.map(|v| v.value).as_deref(), Some("Queen Elizabeth Stadium Arena"));
        assert_eq!(x.activity.map(|v| v.value).as_deref(), Some("conduct a refereeing clinic for local referees"));
    }

    #[test]
    fn a_letter_in_two_languages_has_a_second_version_where_the_other_begins() {
        let letter = format!("灣仔民政事務處\n\nLambert女士：\n\n{ZH}\n\n{ZH}\n\n專員\n（曾詠琪代行）\n\n＊　＊　＊\n\nDear Ms Lambert,\n\n{EN}\n\n{EN}\n\nYours sincerely,\n");
        let at = second_version(&letter).expect("two versions");
        assert!(letter[at..].starts_with("Dear Ms Lambert,"), "{:?}", &letter[at..]);
        // English first, then Chinese.
        let letter = format!("Dear Ms Lambert,\n\n{EN}\n\n{EN}\n\nLambert女士：\n\n{ZH}\n\n{ZH}\n");
        assert!(letter[second_version(&letter).unwrap()..].starts_with("Lambert女士："));
    }

    #[test]
    fn an_address_in_latin_letters_above_a_chinese_first_version_is_no_version() {
        let letter = "嶺南大學文學院\n\nTomáš NOVÁK教授\nFaculty of Arts, Charles University\nnám. Jana Palacha 2, 116 38 Praha 1, Czech Republic\n\nNOVÁK教授：\n\n本院獲嶺南大學資助，誠邀閣下擔任駐校訪問學人，主講公開講座並主持研究生研討班。\n\n學術週將於2028年3月20日至3月24日舉行，公開講座在黃炳禮音樂及演藝館舉行。\n\n周家慧\n\nDear Professor NOVÁK,\n\nWe invite you to be Visiting Scholar-in-Residence, to deliver a public lecture and lead the postgraduate seminars.\n\nThe academic week will run from Monday 20 March to Friday 24 March 2028 in the Wong Bing Lai Hall.\n\nProfessor CHOW Ka-wai\n";
        let at = second_version(letter).expect("two versions");
        assert!(letter[at..].starts_with("Dear Professor NOVÁK"), "{}", &letter[at..]);
    }

    /// A short second version, a greeting over one paragraph and a form, is one too.
    #[test]
    fn a_short_second_version_with_its_own_greeting() {
        let letter = "香港科技大学\n\n诺瓦克老师：\n\n您好！本学系谨此正式邀请您于今年十月以访问学者身份来港，讲授短期课程及担任两场博士论文答辩的校外委员。\n\n本函乃按「特定界别短期活动访客入境便利计划」发出，请于入境时出示。\n\n张永健教授\n\n----------\n\nDear Professor Novák,\n\nThe Department is pleased to invite you to Hong Kong as a Visiting Scholar, to teach a short course and to serve as external examiner at two thesis defences.\n\nDates: 4 (Monday) to 8 (Friday) October 2027\nVenue: Room 4619, Academic Building, HKUST\n\nProfessor CHEUNG Wing-kin\n";
        let at = second_version(letter).expect("two versions");
        assert!(letter[at..].starts_with("Dear Professor Novák"), "{}", &letter[at..]);
        // (Without its greeting, one paragraph in the other language is a note.)
        let note = "香港科技大学\n\n诺瓦克老师：\n\n您好！本学系谨此正式邀请您于今年十月以访问学者身份来港，讲授短期课程及担任两场博士论文答辩的校外委员。\n\n本函乃按「特定界别短期活动访客入境便利计划」发出，请于入境时出示。\n\nThe Department is pleased to invite you to Hong Kong as a Visiting Scholar, to teach a short course and to serve as external examiner at two thesis defences.\n";
        assert_eq!(second_version(note), None);
    }

    #[test]
    fn no_second_version_when_the_languages_alternate_or_one_is_a_note() {
        let alternating = format!("{EN}\n\n{ZH}\n\n{EN}\n\n{ZH}\n");
        assert_eq!(second_version(&alternating), None);
        let note = format!("Dear Ms Lambert,\n\n{EN}\n\n{EN}\n\n{ZH}\n");
        assert_eq!(second_version(&note), None, "one paragraph in the other language is no version");
        // An address block is no paragraph of prose: it does not start an English version.
        let address = format!("Pieter JANSSENS博士\nDr Pieter JANSSENS\nFaculty of Architecture, KU Leuven University\nKasteelpark Arenberg 1, 3001 Leuven, Belgium\n\n{ZH}\n\n{ZH}\n\n{EN}\n\n{EN}\n");
        assert!(address[second_version(&address).unwrap()..].starts_with("We are"));
        // A covering note in Japanese is no version of the letter.
        let japanese = format!("山本先生\n\nいつもお世話になっております。招へい状が届きましたので、以下に貼り付けます。学内の出張申請をお願いします。\n\n{EN}\n\n{EN}\n");
        assert_eq!(second_version(&japanese), None);
    }
}
