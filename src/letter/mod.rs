//! The letter reader: finds an invitation letter's details (host, invitee, nationality, travel document, activity,
//! role, activity dates, arrival, departure, venue, remuneration, the letter's date, signatory) in pasted text, in
//! English, Traditional or Simplified Chinese, and says where each came from and how sure it is.
//!
//! It reads letters as people write and paste them: labelled lines ("Name of invitee: ...", "國籍：英國"), tables
//! pasted as aligned text, e-mail headers and forwarded messages, letterheads, "Dear ...", full-width characters. Dates
//! are told apart by the words around them: "arrive", "抵港" make an arrival; "depart", "離港" a departure; a date
//! alone on a line near the top or the bottom is the letter's own date; the rest are activity dates.
//!
//! Every result carries the exact text it came from and its character offsets, so the page can highlight it. The
//! reader never fails: any input gives an extraction (possibly empty), in time proportional to its length.

pub mod dates;

use crate::catalogue::names::{is_alpha, is_capital, is_letter};
use serde::Serialize;

use crate::catalogue::{Catalogue, Nationality, Organisation};
use dates::DateMention;

/// The most characters the reader looks at; a longer text is read up to here, with a warning.
pub const MAX_CHARS: usize = 100_000;
/// The largest letter the page and the command accept, in bytes (100 KB).
pub const MAX_LETTER_BYTES: usize = 100 * 1024;

/// One detail found in the letter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Extracted {
    /// The normalised value: ISO dates for dates, the catalogue's name for a known host, an ISO 3166-1 alpha-3 code
    /// (or the visa table's row name) for a nationality.
    pub value: String,
    /// The exact text it came from.
    pub text: String,
    /// Character offsets of `text` in the letter, end excluded.
    pub start: usize,
    pub end: usize,
    /// How sure the reader is, 0 to 1; below 0.75 the page asks the user to confirm.
    pub confidence: f32,
}

/// Everything found in one letter; a field is `None` when the letter does not seem to state it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Extraction {
    pub host: Option<Extracted>,
    pub invitee: Option<Extracted>,
    pub nationality: Option<Extracted>,
    pub travel_document: Option<Extracted>,
    pub activity: Option<Extracted>,
    pub role: Option<Extracted>,
    pub activity_from: Option<Extracted>,
    pub activity_to: Option<Extracted>,
    pub arrival: Option<Extracted>,
    pub departure: Option<Extracted>,
    pub venue: Option<Extracted>,
    pub remuneration: Option<Extracted>,
    pub letter_date: Option<Extracted>,
    pub signatory: Option<Extracted>,
    pub warnings: Vec<crate::i18n::Text>,
}

/// The confidence below which the page marks a field for the user to confirm.
pub const CONFIRM_BELOW: f32 = 0.75;

/// Folds full-width ASCII forms (U+FF01..U+FF5E: "２０２６", "：", "，", "（") and the ideographic space to their
/// half-width forms, one character for one, so offsets stay the letter's own. Unlike name matching, it keeps "。"
/// and "、": they end Chinese sentences and list items.
pub fn fold(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// A search word as the reader sees text: folded and lower-case, so that "，" in the code finds "," and "，".
fn folded(word: &str) -> String {
    word.chars().map(|c| fold(c).to_ascii_lowercase()).collect()
}

/// What the reader analyses in place of a character: its half-width form, and a space for control characters
/// other than line breaks and tabs (the letter itself, and every `text` reported, keep them).
fn fold_for_reading(c: char) -> char {
    if c.is_control() && c != '\n' && c != '\t' && c != '\r' {
        ' '
    } else {
        fold(c)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    Host,
    Invitee,
    Nationality,
    TravelDocument,
    Activity,
    Role,
    ActivityDates,
    Arrival,
    Departure,
    Venue,
    Remuneration,
    LetterDate,
    Signatory,
}

/// Labels as letters write them, lower-case and half-width; the longest that fits is used.
const LABELS: &[(&str, Label)] = &[
    ("name of host organisation", Label::Host),
    ("host organisation", Label::Host),
    ("host organization", Label::Host),
    ("inviting organisation", Label::Host),
    ("inviting organization", Label::Host),
    ("organiser", Label::Host),
    ("organizer", Label::Host),
    ("host", Label::Host),
    ("邀請機構", Label::Host),
    ("邀请机构", Label::Host),
    ("主辦機構", Label::Host),
    ("主办机构", Label::Host),
    ("主辦單位", Label::Host),
    ("主办单位", Label::Host),
    ("name of invitee", Label::Invitee),
    ("invitee's name", Label::Invitee),
    ("invitee name", Label::Invitee),
    ("name of visitor", Label::Invitee),
    ("name of guest", Label::Invitee),
    ("invitee", Label::Invitee),
    ("full name", Label::Invitee),
    ("guest", Label::Invitee),
    ("name", Label::Invitee),
    ("受邀人士姓名", Label::Invitee),
    ("獲邀人士姓名", Label::Invitee),
    ("获邀人士姓名", Label::Invitee),
    ("受邀者姓名", Label::Invitee),
    ("受邀人姓名", Label::Invitee),
    ("獲邀人士", Label::Invitee),
    ("获邀人士", Label::Invitee),
    ("受邀人士", Label::Invitee),
    ("受邀者", Label::Invitee),
    ("受邀人", Label::Invitee),
    ("姓名", Label::Invitee),
    ("nationality", Label::Nationality),
    ("citizenship", Label::Nationality),
    ("國籍", Label::Nationality),
    ("国籍", Label::Nationality),
    ("travel document number", Label::TravelDocument),
    ("travel document no.", Label::TravelDocument),
    ("travel document no", Label::TravelDocument),
    ("passport number", Label::TravelDocument),
    ("passport no.", Label::TravelDocument),
    ("passport no", Label::TravelDocument),
    ("passport", Label::TravelDocument),
    ("旅行證件號碼", Label::TravelDocument),
    ("旅行证件号码", Label::TravelDocument),
    ("護照號碼", Label::TravelDocument),
    ("护照号码", Label::TravelDocument),
    ("證件號碼", Label::TravelDocument),
    ("证件号码", Label::TravelDocument),
    ("scope of specified activities", Label::Activity),
    ("scope of the activities", Label::Activity),
    ("scope of activities", Label::Activity),
    ("specified activities", Label::Activity),
    ("specified activity", Label::Activity),
    ("name of event", Label::Activity),
    ("activities", Label::Activity),
    ("activity", Label::Activity),
    ("programme", Label::Activity),
    ("program", Label::Activity),
    ("event", Label::Activity),
    ("scope", Label::Activity),
    ("活動範圍", Label::Activity),
    ("活动范围", Label::Activity),
    ("活動內容", Label::Activity),
    ("活动内容", Label::Activity),
    ("活動名稱", Label::Activity),
    ("活动名称", Label::Activity),
    ("指定活動", Label::Activity),
    ("指定活动", Label::Activity),
    ("活動", Label::Activity),
    ("活动", Label::Activity),
    ("role of invitee", Label::Role),
    ("role", Label::Role),
    ("capacity", Label::Role),
    ("position", Label::Role),
    ("受邀角色", Label::Role),
    ("擔任角色", Label::Role),
    ("担任角色", Label::Role),
    ("角色", Label::Role),
    ("身份", Label::Role),
    ("職務", Label::Role),
    ("职务", Label::Role),
    ("dates of participation", Label::ActivityDates),
    ("date(s) of activity", Label::ActivityDates),
    ("dates of activity", Label::ActivityDates),
    ("activity dates", Label::ActivityDates),
    ("activity date(s)", Label::ActivityDates),
    ("activity date", Label::ActivityDates),
    ("event dates", Label::ActivityDates),
    ("event date", Label::ActivityDates),
    ("performance dates", Label::ActivityDates),
    ("performance date", Label::ActivityDates),
    ("dates", Label::ActivityDates),
    ("活動日期", Label::ActivityDates),
    ("活动日期", Label::ActivityDates),
    ("活動期間", Label::ActivityDates),
    ("活动期间", Label::ActivityDates),
    ("參與日期", Label::ActivityDates),
    ("参与日期", Label::ActivityDates),
    ("date of arrival", Label::Arrival),
    ("arrival date", Label::Arrival),
    ("arrival", Label::Arrival),
    ("抵港日期", Label::Arrival),
    ("到港日期", Label::Arrival),
    ("入境日期", Label::Arrival),
    ("date of departure", Label::Departure),
    ("departure date", Label::Departure),
    ("departure", Label::Departure),
    ("離港日期", Label::Departure),
    ("离港日期", Label::Departure),
    ("離境日期", Label::Departure),
    ("离境日期", Label::Departure),
    ("venue", Label::Venue),
    ("location", Label::Venue),
    ("地點", Label::Venue),
    ("地点", Label::Venue),
    ("場地", Label::Venue),
    ("场地", Label::Venue),
    ("remuneration", Label::Remuneration),
    ("honorarium", Label::Remuneration),
    ("fee", Label::Remuneration),
    ("酬金", Label::Remuneration),
    ("報酬", Label::Remuneration),
    ("报酬", Label::Remuneration),
    ("酬勞", Label::Remuneration),
    ("酬劳", Label::Remuneration),
    ("date of letter", Label::LetterDate),
    ("date", Label::LetterDate),
    ("日期", Label::LetterDate),
    ("signed by", Label::Signatory),
    ("signatory", Label::Signatory),
    ("signed", Label::Signatory),
    ("簽署人", Label::Signatory),
    ("签署人", Label::Signatory),
];

/// Words before a date that make it an arrival, a departure, or not a date of the trip at all.
const ARRIVAL_WORDS: &[&str] = &["arriv", "抵港", "抵達", "抵达", "到港", "到達香港", "到达香港", "入境", "land in"];
const DEPARTURE_WORDS: &[&str] = &["depart", "leave hong kong", "leaving hong kong", "離港", "离港", "離開", "离开", "離境", "离境", "返程", "return home"];
const OTHER_WORDS: &[&str] = &[
    "reply", "respond", "deadline", "confirm by", "confirm your acceptance by", "valid", "expir", "birth", "issued",
    "sent:", "出生", "截止", "回覆", "回复", "有效", "或之前",
];
const ACTIVITY_WORDS: &[&str] = &[
    "perform", "activit", "event", "concert", "recital", "masterclass", "workshop", "lecture", "seminar", "competition",
    "tournament", "match", "conference", "forum", "festival", "judg", "participat", "held", "take place", "rehears",
    "exhibition", "programme", "program", "session", "talk", "screening", "race", "summit", "scheduled", "panel",
    "discussion", "keynote", "ceremony", "award", "jury", "deliberation", "coaching", "camp", "training", "clinic",
    "dance", "class", "show", "premiere", "gala", "game", "fixture", "symposium", "meeting", "dialogue", "plenary",
    "活動", "活动", "演出", "舉辦", "举办", "主辦", "主办", "記者會", "记者会", "比賽", "賽事", "赛事", "起步",
    "比賽", "比赛", "舉行", "举行", "參與", "参与", "講座", "讲座", "期間", "期间", "論壇", "论坛", "表演", "評審", "评审",
];

/// Words that make a line look like an organisation's name (for letterheads).
const ORGANISATION_WORDS: &[&str] = &[
    "society", "association", "academy", "university", "council", "bureau", "department", "limited", "ltd",
    "foundation", "festival", "federation", "institute", "committee", "club", "centre", "center", "college",
    "company", "corporation", "trust", "orchestra", "museum", "office", "authority", "commission", "institution",
    "union", "chamber", "ensemble", "theatre", "company", "forum", "協會", "协会", "學院", "学院", "大學", "大学", "局",
    "署", "處", "处", "有限公司", "基金會", "基金会", "委員會", "委员会", "中心", "團", "团", "商會", "商会", "研究所",
    "總會", "总会", "博物館", "博物馆", "樂團", "乐团",
];

const SIGN_OFFS: &[&str] = &[
    "yours sincerely", "yours faithfully", "yours truly", "sincerely yours", "best regards", "kind regards",
    "warm regards", "with warm regards", "with kind regards", "with best regards", "with regards", "best wishes",
    "with best wishes", "regards", "sincerely", "cheers", "此致", "謹啟", "谨启", "謹上", "谨上",
];

/// Lines under a sign-off that are not the signatory's name.
const NOT_A_NAME: &[&str] = &["敬禮", "敬礼", "台安", "商祺", "(signed)", "signed", "順頌", "顺颂", "時祺", "时祺", "致"];

/// The letter as the reader sees it.
struct Text<'a> {
    original: &'a [char],
    /// Folded to half-width and ASCII lower-case, one character for one.
    lower: Vec<char>,
    /// (start, end) of each line, end excluding the line break.
    lines: Vec<(usize, usize)>,
    /// `lower` as a string, and the byte offset of each character in it (plus the end), for fast searching.
    lower_string: String,
    byte_of: Vec<usize>,
    /// Lines that belong to e-mail headers.
    header_line: Vec<bool>,
    /// The lines with content (not blank, not e-mail headers), in order.
    content_lines: Vec<usize>,
}

impl<'a> Text<'a> {
    fn new(original: &'a [char]) -> Self {
        let lower: Vec<char> = original.iter().map(|&c| fold_for_reading(c).to_ascii_lowercase()).collect();
        let mut lines = Vec::new();
        let mut start = 0;
        for (i, c) in original.iter().enumerate() {
            if *c == '\n' {
                let end = if i > start && original[i - 1] == '\r' { i - 1 } else { i };
                lines.push((start, end));
                start = i + 1;
            }
        }
        lines.push((start, original.len()));
        let lower_string: String = lower.iter().collect();
        let mut byte_of: Vec<usize> = lower_string.char_indices().map(|(b, _)| b).collect();
        byte_of.push(lower_string.len());
        let mut text = Text {
            original,
            lower,
            lower_string,
            byte_of,
            header_line: vec![false; lines.len()],
            content_lines: Vec::new(),
            lines,
        };
        text.mark_headers();
        text.content_lines = (0..text.lines.len()).filter(|&l| !text.is_blank(l) && !text.header_line[l]).collect();
        text
    }

    fn slice(&self, s: usize, e: usize) -> String {
        self.original[s..e].iter().collect()
    }

    fn lower_str(&self, s: usize, e: usize) -> String {
        self.lower[s..e].iter().collect()
    }

    /// Lines of e-mail headers: a run of "From:", "To:", "Subject:", "Date:", "Sent:", "Cc:" lines.
    fn mark_headers(&mut self) {
        const HEADERS: &[&str] = &[
            "from:", "to:", "cc:", "bcc:", "subject:", "date:", "sent:", "reply-to:", "寄件者:", "收件者:", "主旨:",
            "發件人:", "发件人:", "收件人:", "主題:", "主题:", "發送時間:", "发送时间:", "寄件日期:", "日期:", "時間:",
            "时间:", "抄送:", "副本:",
        ];
        let is_header = |t: &Text, l: usize| {
            let (s, e) = t.lines[l];
            let line = t.lower_str(s, e);
            let line = line.trim_start_matches(['>', ' ']);
            HEADERS.iter().any(|h| line.starts_with(h))
        };
        let n = self.lines.len();
        let mut l = 0;
        while l < n {
            if is_header(self, l) {
                let mut m = l;
                while m < n && is_header(self, m) {
                    m += 1;
                }
                if m - l >= 2 {
                    for flag in &mut self.header_line[l..m] {
                        *flag = true;
                    }
                }
                l = m;
            } else {
                l += 1;
            }
        }
    }

    fn is_blank(&self, l: usize) -> bool {
        let (s, e) = self.lines[l];
        self.original[s..e].iter().all(|c| c.is_whitespace())
    }

    fn line_of(&self, pos: usize) -> usize {
        self.lines.partition_point(|(_, e)| *e < pos).min(self.lines.len() - 1)
    }

    /// The span with surrounding blanks and trailing punctuation removed.
    fn trim(&self, mut s: usize, mut e: usize) -> (usize, usize) {
        while s < e && (self.original[s].is_whitespace() || "*•·-–:：|\"'“”".contains(self.original[s])) {
            s += 1;
        }
        while e > s && (self.original[e - 1].is_whitespace() || ",.;，。；、:：|*".contains(self.original[e - 1])) {
            e -= 1;
        }
        (s, e)
    }

    fn extracted(&self, s: usize, e: usize, value: Option<String>, confidence: f32) -> Option<Extracted> {
        let (s, e) = self.trim(s, e);
        if e <= s || e - s > 300 {
            return None;
        }
        let text = self.slice(s, e);
        Some(Extracted { value: value.unwrap_or_else(|| text.clone()), text, start: s, end: e, confidence })
    }

    /// The character offset of the byte offset `b` (which starts a character).
    fn char_at_byte(&self, b: usize) -> usize {
        self.byte_of.partition_point(|&x| x < b)
    }

    /// The first `needle` (lower-case, half-width) within characters `from..to`.
    fn find_lower(&self, from: usize, to: usize, needle: &str) -> Option<usize> {
        let to = to.min(self.lower.len());
        if needle.is_empty() || from >= to {
            return None;
        }
        let (bf, bt) = (self.byte_of[from], self.byte_of[to]);
        self.lower_string[bf..bt].find(&folded(needle)).map(|b| self.char_at_byte(bf + b))
    }

    /// The last `needle` within characters `from..to`.
    fn rfind_lower(&self, from: usize, to: usize, needle: &str) -> Option<usize> {
        let to = to.min(self.lower.len());
        if needle.is_empty() || from >= to {
            return None;
        }
        let (bf, bt) = (self.byte_of[from], self.byte_of[to]);
        self.lower_string[bf..bt].rfind(&folded(needle)).map(|b| self.char_at_byte(bf + b))
    }
}

/// A labelled value: the label, and where its value is.
#[derive(Debug, Clone, Copy)]
struct Labelled {
    label: Label,
    start: usize,
    end: usize,
    /// True when the label was followed by a colon (more certain than a table column).
    colon: bool,
}

/// A line's cells: runs separated by a tab or three or more spaces (tables pasted as aligned text).
fn cells(text: &Text, line: usize) -> Vec<(usize, usize)> {
    let (s, e) = text.lines[line];
    let mut out = Vec::new();
    let mut cell_start = None;
    let mut i = s;
    while i < e {
        let c = text.original[i];
        let gap = if c == '\t' {
            1
        } else if c == ' ' || c == '\u{3000}' {
            let mut j = i;
            while j < e && (text.original[j] == ' ' || text.original[j] == '\u{3000}') {
                j += 1;
            }
            if j - i >= 3 { j - i } else { 0 }
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
fn label_at(text: &Text, s: usize, e: usize) -> Option<(Label, usize, bool)> {
    // Leading list marks: "1.", "(a)", "-", "•".
    let mut s = s;
    while s < e && (text.original[s].is_ascii_digit() || "().-•*·、 ".contains(text.original[s])) {
        if text.original[s].is_ascii_digit() && !matches!(text.original.get(s + 1), Some('.' | ')' | '、')) {
            break;
        }
        s += 1;
    }
    let whole: String = text.lower_str(s, e);
    // A Chinese label may follow a few characters naming what it is about: "論壇地點：", "評審日期：".
    let starts = std::iter::once(0).chain(whole.chars().take(8).take_while(|c| !c.is_ascii()).enumerate().map(|(i, _)| i + 1));
    for skip in starts {
        let cell: String = whole.chars().skip(skip).collect();
        for (label, kind) in LABELS {
            if skip > 0 && label.is_ascii() {
                continue;
            }
            let Some(rest) = cell.strip_prefix(label) else { continue };
            // "評審日期", "比賽日期": a prefixed date is the activity's, not the letter's.
            let kind = if skip > 0 && *kind == Label::LetterDate { Label::ActivityDates } else { *kind };
            let after = s + skip + label.chars().count();
            let mut rest_trim = rest.trim_start();
            // A bilingual label: "Name 姓名：", "Venue 地點：".
            if label.is_ascii() {
                let cjk = rest_trim.chars().take_while(|c| !c.is_ascii()).count();
                if (1..=6).contains(&cjk) && rest_trim.chars().nth(cjk) == Some(':') {
                    rest_trim = &rest_trim[rest_trim.char_indices().nth(cjk).map_or(0, |(b, _)| b)..];
                }
            }
            let skipped = rest.chars().count() - rest_trim.chars().count();
            // A label ends at a colon, or (in a table cell) at the end of the cell; "Name of the event" is not "Name".
            if rest_trim.starts_with(':') {
                return Some((kind, after + skipped + 1, true));
            }
            if rest_trim.is_empty() && skip == 0 {
                return Some((kind, after + skipped, false));
            }
        }
    }
    None
}

/// Every labelled value in the letter: "Label: value" lines and cells, a label alone on its line with the value on
/// the next, and tables whose header row is made of labels.
fn labelled_values(text: &Text) -> Vec<Labelled> {
    let mut out = Vec::new();
    let n = text.lines.len();
    let mut l = 0;
    while l < n {
        if text.header_line[l] || text.is_blank(l) {
            l += 1;
            continue;
        }
        let row = cells(text, l);
        // A table: a header row of two or more bare labels, then rows of values under them.
        let header: Vec<Option<Label>> =
            row.iter().map(|&(s, e)| label_at(text, s, e).filter(|(_, v, colon)| !colon && *v >= e).map(|x| x.0)).collect();
        if row.len() >= 2 && header.iter().filter(|h| h.is_some()).count() >= 2 {
            let mut m = l + 1;
            while m < n && text.is_blank(m) {
                m += 1;
            }
            if m < n {
                let values = cells(text, m);
                for (i, h) in header.iter().enumerate() {
                    let Some(label) = h else { continue };
                    let cell = if values.len() == row.len() {
                        values.get(i).copied()
                    } else {
                        // Misaligned counts: take the value cell that starts nearest below the header cell.
                        let col = row[i].0 - text.lines[l].0;
                        values.iter().copied().min_by_key(|(s, _)| (*s - text.lines[m].0).abs_diff(col))
                    };
                    if let Some((s, e)) = cell {
                        out.push(Labelled { label: *label, start: s, end: e, colon: false });
                    }
                }
                l = m + 1;
                continue;
            }
        }
        // "Nationality        Japanese": a bare label and its value as two cells.
        if let [(ls, le), (vs, ve)] = row[..] {
            if let Some((label, v, false)) = label_at(text, ls, le) {
                if v >= le {
                    out.push(Labelled { label, start: vs, end: ve, colon: false });
                    l += 1;
                    continue;
                }
            }
        }
        for &(s, e) in &row {
            let Some((label, v, colon)) = label_at(text, s, e) else { continue };
            if v < e && !text.original[v..e].iter().all(|c| c.is_whitespace()) {
                out.push(Labelled { label, start: v, end: e, colon });
            } else if colon && row.len() == 1 {
                // "Activity:" alone; the value is on the next non-blank line.
                let mut m = l + 1;
                while m < n && text.is_blank(m) {
                    m += 1;
                }
                if m < n && !text.header_line[m] {
                    let (ms, me) = text.lines[m];
                    if label_at(text, ms, me).is_none() {
                        out.push(Labelled { label, start: ms, end: me, colon });
                    }
                }
            }
        }
        l += 1;
    }
    out
}

/// Fills what a case leaves out from a letter's extraction (the case's own fields win): host, nationality,
/// activity, role, and, when the case has no trips, one trip from the letter's arrival, departure and activity
/// dates. Returns the names of the fields it filled.
pub fn fill_case(case: &mut crate::case::Case, x: &Extraction) -> Vec<&'static str> {
    use crate::case::{DaySpan, Trip};
    let mut filled = Vec::new();
    let mut take = |slot: &mut Option<String>, from: &Option<Extracted>, name: &'static str| {
        if slot.is_none() {
            if let Some(e) = from {
                *slot = Some(e.value.clone());
                filled.push(name);
            }
        }
    };
    take(&mut case.host, &x.host, "host");
    take(&mut case.nationality, &x.nationality, "nationality");
    take(&mut case.activity, &x.activity, "activity");
    take(&mut case.role, &x.role, "role");
    let date = |e: &Option<Extracted>| e.as_ref().and_then(|e| crate::catalogue::parse_iso_date(&e.value));
    let (from, to) = (date(&x.activity_from), date(&x.activity_to));
    if case.trips.is_empty() {
        if let Some(arrival) = date(&x.arrival).or(from) {
            let activity_days = match (from, to) {
                (Some(f), Some(t)) if t > f => vec![DaySpan::Range { from: f, to: t }],
                (Some(f), _) => vec![DaySpan::Day(f)],
                _ => Vec::new(),
            };
            case.trips.push(Trip { arrival, departure: date(&x.departure), activity_days });
            filled.push("trips");
        }
    }
    filled
}

/// Reads a letter. Never fails; reads at most [`MAX_CHARS`] characters.
pub fn extract(letter: &str, catalogue: &Catalogue) -> Extraction {
    let mut original: Vec<char> = letter.chars().take(MAX_CHARS + 1).collect();
    let mut out = Extraction::default();
    if original.len() > MAX_CHARS {
        original.truncate(MAX_CHARS);
        out.warnings.push(crate::text!(LetterTruncated, max = MAX_CHARS));
    }
    let text = Text::new(&original);
    let labelled = labelled_values(&text);
    let folded: Vec<char> = original.iter().map(|&c| fold_for_reading(c)).collect();
    let mentions = dates::find(&folded);


    let first = |label: Label| labelled.iter().find(|x| x.label == label).copied();
    let plain = |label: Label| first(label).and_then(|x| text.extracted(x.start, x.end, None, if x.colon { 0.9 } else { 0.8 }));

    out.invitee = plain(Label::Invitee).or_else(|| address_block(&text)).or_else(|| salutation(&text));
    out.role = plain(Label::Role).or_else(|| role_in_prose(&text));
    out.activity = plain(Label::Activity).or_else(|| activity_in_prose(&text, &mentions));
    out.venue = plain(Label::Venue).or_else(|| venue_in_prose(&text));
    out.remuneration = first(Label::Remuneration)
        .and_then(|x| amount_in(&text, x.start, x.end, if x.colon { 0.9 } else { 0.8 }).or_else(|| plain(Label::Remuneration)))
        .or_else(|| amount_in(&text, 0, text.original.len(), 0.75));
    out.travel_document = plain(Label::TravelDocument).or_else(|| document_in_prose(&text));
    out.signatory = plain(Label::Signatory).or_else(|| signatory(&text));
    out.nationality = nationality(&text, first(Label::Nationality), catalogue);
    out.host = host(&text, first(Label::Host), catalogue, &mut out.warnings);
    classify_dates(&text, &labelled, &mentions, &mut out);
    out
}

/// The mentions inside a span (mentions are in order of position).
fn within(mentions: &[DateMention], s: usize, e: usize) -> Vec<&DateMention> {
    let first = mentions.partition_point(|m| m.start < s);
    mentions[first..].iter().take_while(|m| m.start < e).filter(|m| m.end <= e).collect()
}

fn date_field(text: &Text, m: &DateMention, last: bool, confidence: f32) -> Option<Extracted> {
    let date = if last { m.to } else { m.from };
    let confidence = if m.ambiguous || m.year_inferred { confidence.min(0.7) } else { confidence };
    text.extracted(m.start, m.end, Some(date.to_string()), confidence)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateKind {
    Arrival,
    Departure,
    Activity,
    Other,
    Unclassified,
}

/// Which kind of date a mention is, from the words just before it in its sentence (and, for Chinese, just after).
fn kind_from_context(text: &Text, m: &DateMention) -> DateKind {
    let line = text.line_of(m.start);
    let (ls, _) = text.lines[line];
    let mut s = m.start.saturating_sub(90).max(ls);
    // The current sentence only; in Chinese, the current clause.
    if let Some(p) = (s..m.start).rev().find(|&i| "。;!?".contains(text.lower[i]) || text.original[i] == '，') {
        s = p + 1;
    }
    // Chinese puts the verb after the date: "於七月十九日抵港", "於5月15日或之前回覆", "（星期五）舉辦".
    let mut after = m.end;
    if matches!(text.lower.get(after), Some('(' | '（')) {
        if let Some(close) = (after..(after + 6).min(text.lower.len())).find(|&i| matches!(text.lower[i], ')' | '）')) {
            after = close + 1;
        }
    }
    let near_end = (after + 8).min(text.lines[line].1);
    let mut first_after: Option<(usize, DateKind)> = None;
    for (words, kind) in [
        (ARRIVAL_WORDS, DateKind::Arrival),
        (DEPARTURE_WORDS, DateKind::Departure),
        (OTHER_WORDS, DateKind::Other),
        (ACTIVITY_WORDS, DateKind::Activity),
    ] {
        for w in words.iter().filter(|w| !w.is_ascii()) {
            if let Some(p) = text.find_lower(after, near_end, w) {
                if first_after.is_none_or(|(fp, _)| p < fp) {
                    first_after = Some((p, kind));
                }
            }
        }
    }
    if let Some((_, kind)) = first_after {
        return kind;
    }
    let after_end = (m.end + 8).min(text.lines[line].1);
    let mut best: Option<(usize, DateKind)> = None;
    let consider = |words: &[&str], kind: DateKind, best: &mut Option<(usize, DateKind)>| {
        for w in words {
            if let Some(p) = text.rfind_lower(s, m.start, w) {
                if best.is_none_or(|(bp, _)| p > bp) {
                    *best = Some((p, kind));
                }
            }
        }
    };
    consider(OTHER_WORDS, DateKind::Other, &mut best);
    consider(ACTIVITY_WORDS, DateKind::Activity, &mut best);
    consider(ARRIVAL_WORDS, DateKind::Arrival, &mut best);
    consider(DEPARTURE_WORDS, DateKind::Departure, &mut best);
    if let Some((_, kind)) = best {
        return kind;
    }
    // A date that starts its line (an itinerary or a table row): the words after it say what it is.
    if text.original[ls..m.start].iter().all(|c| c.is_whitespace()) {
        let line_end = text.lines[line].1;
        let mut first: Option<(usize, DateKind)> = None;
        for (words, kind) in [
            (ARRIVAL_WORDS, DateKind::Arrival),
            (DEPARTURE_WORDS, DateKind::Departure),
            (OTHER_WORDS, DateKind::Other),
            (ACTIVITY_WORDS, DateKind::Activity),
        ] {
            for w in words {
                if let Some(p) = text.find_lower(m.end, line_end, w) {
                    if first.is_none_or(|(fp, _)| p < fp) {
                        first = Some((p, kind));
                    }
                }
            }
        }
        if let Some((_, kind)) = first {
            return kind;
        }
    }
    // Chinese puts the verb after the date: "3月1日抵港".
    for (words, kind) in [(ARRIVAL_WORDS, DateKind::Arrival), (DEPARTURE_WORDS, DateKind::Departure)] {
        if words.iter().any(|w| text.find_lower(m.end, after_end, w).is_some()) {
            return kind;
        }
    }
    DateKind::Unclassified
}

/// A date alone on its line (perhaps with a place or "Date:") near the top or the bottom: the letter's own date.
fn is_letter_date_line(text: &Text, m: &DateMention) -> bool {
    let line = text.line_of(m.start);
    let (s, e) = text.lines[line];
    let rest: String = text.lower_str(s, m.start) + &text.lower_str(m.end, e);
    let rest = rest.replace("hong kong", "").replace("香港", "").replace("date", "").replace("日期", "");
    if rest.chars().any(is_letter) {
        return false;
    }
    let content = &text.content_lines;
    match content.binary_search(&line) {
        Ok(pos) => pos < 12 || pos + 8 >= content.len(),
        Err(_) => false,
    }
}

fn classify_dates(text: &Text, labelled: &[Labelled], mentions: &[DateMention], out: &mut Extraction) {
    let mut claimed = vec![false; mentions.len()];
    let index = |m: &DateMention| mentions.partition_point(|x| x.start < m.start);
    // Labelled dates first.
    for x in labelled {
        let found = within(mentions, x.start, x.end);
        if found.is_empty() {
            continue;
        }
        let confidence = if x.colon { 0.9 } else { 0.8 };
        match x.label {
            Label::ActivityDates if out.activity_from.is_none() => {
                let first = found.iter().min_by_key(|m| m.from).copied();
                let last = found.iter().max_by_key(|m| m.to).copied();
                out.activity_from = first.and_then(|m| date_field(text, m, false, confidence));
                out.activity_to = last.and_then(|m| date_field(text, m, true, confidence));
            }
            Label::Arrival if out.arrival.is_none() => out.arrival = date_field(text, found[0], false, confidence),
            Label::Departure if out.departure.is_none() => out.departure = date_field(text, found[0], true, confidence),
            Label::LetterDate if out.letter_date.is_none() => {
                out.letter_date = date_field(text, found[0], false, confidence)
            }
            _ => {}
        }
        for m in found {
            claimed[index(m)] = true;
        }
    }
    // Then by the words around them.
    let mut activity: Vec<&DateMention> = Vec::new();
    let mut unclassified: Vec<&DateMention> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        if claimed[i] || text.header_line[text.line_of(m.start)] {
            continue;
        }
        match kind_from_context(text, m) {
            DateKind::Arrival if out.arrival.is_none() => out.arrival = date_field(text, m, false, 0.8),
            DateKind::Departure if out.departure.is_none() => {
                // "from 1 to 20 March" after "stay": a range here is arrival to departure.
                if m.from != m.to && out.arrival.is_none() {
                    out.arrival = date_field(text, m, false, 0.7);
                }
                out.departure = date_field(text, m, true, 0.8)
            }
            DateKind::Arrival | DateKind::Departure | DateKind::Other => {}
            DateKind::Activity => activity.push(m),
            DateKind::Unclassified if out.letter_date.is_none() && is_letter_date_line(text, m) => {
                out.letter_date = date_field(text, m, false, 0.8)
            }
            DateKind::Unclassified => unclassified.push(m),
        }
    }
    // A stay "from 1 to 20 March" with an arrival verb: the range's end is the departure.
    if out.activity_from.is_none() {
        let (pool, confidence) = if activity.is_empty() { (unclassified, 0.6) } else { (activity, 0.8) };
        let first = pool.iter().min_by_key(|m| m.from).copied();
        let last = pool.iter().max_by_key(|m| m.to).copied();
        out.activity_from = first.and_then(|m| date_field(text, m, false, confidence));
        out.activity_to = last.and_then(|m| date_field(text, m, true, confidence));
    }
    // The e-mail's own Date: header, when the letter gives no date of its own.
    if out.letter_date.is_none() {
        // The innermost message of a forwarded e-mail is the letter: its Date: header is the last one.
        if let Some(m) = mentions.iter().rev().find(|m| text.header_line[text.line_of(m.start)]) {
            out.letter_date = date_field(text, m, false, 0.6);
        }
    }
    for m in mentions.iter().filter(|m| m.ambiguous) {
        let written = text.slice(m.start, m.end);
        use chrono::Datelike;
        if let Some(other) = chrono::NaiveDate::from_ymd_opt(m.from.year(), m.from.day(), m.from.month()) {
            out.warnings.push(crate::text!(LetterDayFirst, written = written, date = m.from, other = other));
        }
    }
}

/// Titles that open a person's name.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "captain", "capt", "sir", "dame", "madam", "mdm", "rev",
    "judge", "maestro",
];

/// Chinese honorifics that follow a name, and the courtesies that may follow them in a salutation.
const CJK_TITLES: &[&str] = &["先生", "女士", "小姐", "教授", "博士", "醫生", "医生", "老師", "老师", "太太", "主席", "院士"];
const CJK_COURTESIES: &[&str] = &["台鑒", "台鉴", "鈞鑒", "钧鉴", "惠鑒", "惠鉴", "大鑒", "大鉴", "雅鑒", "雅鉴", "閣下", "阁下"];

/// A short Chinese line that is a name with an honorific: "金敏俊先生：", "林志强先生台鉴：", "山本健太教授".
fn cjk_name_line(text: &Text, l: usize) -> Option<Extracted> {
    let (s, e) = text.lines[l];
    let (s, mut e) = text.trim(s, e);
    let line = text.lower_str(s, e);
    for c in CJK_COURTESIES {
        if line.ends_with(c) {
            e -= c.chars().count();
        }
    }
    let line = text.lower_str(s, e);
    let line = line.strip_prefix("尊敬的").or_else(|| line.strip_prefix("親愛的")).or_else(|| line.strip_prefix("亲爱的")).unwrap_or(&line);
    let s = e - line.chars().count();
    let ok = CJK_TITLES.iter().any(|t| line.ends_with(t))
        && (2..=24).contains(&line.chars().count())
        && !line.chars().any(|c| c.is_ascii_digit() || "，。、".contains(c));
    ok.then(|| text.extracted(s, e, None, 0.75)).flatten()
}

/// The invitee's name at the head of the address block: "Ms Isabelle Fournier" on its own line before "Dear ...",
/// or "To: Mr Karim Nasser".
fn address_block(text: &Text) -> Option<Extracted> {
    for (l, &(s, e)) in text.lines.iter().enumerate() {
        if text.header_line[l] || text.is_blank(l) {
            continue;
        }
        let line = text.lower_str(s, e);
        let trimmed = line.trim();
        if let Some(found) = cjk_name_line(text, l) {
            return Some(found);
        }
        if ["dear", "尊敬", "親愛", "亲爱"].iter().any(|w| trimmed.starts_with(w)) {
            break;
        }
        let lead = line.chars().count() - line.trim_start().chars().count();
        let (rest, skip) = match trimmed.strip_prefix("to:") {
            Some(r) => (r.trim_start(), lead + 3 + (r.chars().count() - r.trim_start().chars().count())),
            None => (trimmed, lead),
        };
        let words: Vec<&str> = rest.split_whitespace().collect();
        let title = words.first().map(|w| w.trim_end_matches('.'));
        let names_capitalised = text.slice(s + skip, e).split_whitespace().skip(1).all(|w| w.chars().next().is_some_and(is_capital));
        if title.is_some_and(|t| HONORIFICS.contains(&t))
            && (2..=6).contains(&words.len())
            && names_capitalised
            && !rest.chars().any(|c| c.is_ascii_digit())
        {
            return text.extracted(s + skip, e, None, 0.75);
        }
    }
    None
}

/// "Dear Dr Amelia Hart," / "尊敬的陳大文先生：".
fn salutation(text: &Text) -> Option<Extracted> {
    for (l, &(s, e)) in text.lines.iter().enumerate() {
        if text.header_line[l] {
            continue;
        }
        let line = text.lower_str(s, e);
        let trimmed = line.trim_start();
        let lead = line.chars().count() - trimmed.chars().count();
        for opener in ["dear ", "尊敬的", "親愛的", "亲爱的", "致"] {
            if let Some(rest) = trimmed.strip_prefix(opener) {
                let name_start = s + lead + opener.chars().count();
                let rest = rest.trim_end();
                let generic = ["sir", "madam", "sir/madam", "sir or madam", "colleague", "colleagues", "all", "friends"];
                let bare = rest.trim_end_matches([',', ':', '，', '：', '.']).trim();
                if bare.is_empty() || generic.contains(&bare) || bare.chars().count() > 60 {
                    continue;
                }
                return text.extracted(name_start, e, None, 0.65);
            }
        }
    }
    None
}

/// The text after `start` up to the first of `stops` (or the sentence's end), within `max` characters.
fn phrase_until(text: &Text, start: usize, stops: &[&str], max: usize) -> (usize, usize) {
    let limit = (start + max).min(text.original.len());
    let mut end = limit;
    for stop in stops {
        if let Some(p) = text.find_lower(start, limit, stop) {
            end = end.min(p);
        }
    }
    if let Some(p) = (start..end).find(|&i| "\n。；;".contains(text.lower[i]) || (text.lower[i] == '.' && text.lower.get(i + 1).is_none_or(|c| c.is_whitespace()))) {
        end = p;
    }
    (start, end)
}

/// "... as a guest violinist ...", "... as guest coach for ...", "to be our keynote speaker", "擔任評審".
fn role_in_prose(text: &Text) -> Option<Extracted> {
    const STOPS: &[&str] = &[" in ", " at ", " for ", " of ", " during ", " from ", " on ", " to ", " and to ", ",", " with ", " under ", "，", "、", "(", "（"];
    const NOT_A_ROLE: &[&str] = &[
        "well", "soon", "follows", "follow", "part", "such", "much", "many", "long", "to", "a result", "possible", "usual",
        "below", "above", "stated", "described", "set", "shown", "required", "needed", "agreed",
    ];
    const CONTEXT: &[&str] = &["invit", "particip", "join", "engage", "serve", "welcome", "appoint", "visit"];
    let mut from = 0;
    while let Some(p) = text.find_lower(from, text.lower.len(), " as ") {
        from = p + 1;
        let window = text.lower_str(p.saturating_sub(160), p);
        if !CONTEXT.iter().any(|w| window.contains(w)) {
            continue;
        }
        let mut start = p + 4;
        let after = text.lower_str(start, (start + 20).min(text.lower.len()));
        if NOT_A_ROLE.iter().any(|w| after.starts_with(&format!("{w} ")) || after.starts_with(&format!("{w},"))) {
            continue;
        }
        for article in ["one of our ", "one of the ", "a ", "an ", "the ", "our "] {
            if text.lower_str(start, (start + article.len()).min(text.lower.len())) == article {
                start += article.chars().count();
                break;
            }
        }
        let (s, e) = phrase_until(text, start, STOPS, 60);
        if e > s + 2 {
            return text.extracted(s, e, None, 0.6);
        }
    }
    for lead in ["to be our ", "to be the ", "to serve as our "] {
        if let Some(p) = text.find_lower(0, text.lower.len(), lead) {
            let (s, e) = phrase_until(text, p + lead.chars().count(), STOPS, 60);
            if e > s + 2 {
                return text.extracted(s, e, None, 0.6);
            }
        }
    }
    for lead in ["擔任", "担任", "出任", "以"] {
        if let Some(p) = text.find_lower(0, text.lower.len(), lead) {
            let (mut s, e) = phrase_until(text, p + lead.chars().count(), &["，", "、", "。", "身份", "身分", "參與", "参与", ",", "於", "于"], 30);
            // "本次研讨会的主讲嘉宾": the role is what follows the last "的".
            if let Some(d) = (s..e).rev().find(|&i| text.lower[i] == '的') {
                s = d + 1;
            }
            if e > s {
                return text.extracted(s, e, None, 0.6);
            }
        }
    }
    None
}

/// The activity as the letter describes it: "you will give three masterclasses ...", "your duties will comprise
/// ...", "to present two concerts ...", "invite you to take part in ...", "邀請閣下參與 ...". It ends where the
/// sentence, a date, a venue or a time clause begins.
fn activity_in_prose(text: &Text, mentions: &[DateMention]) -> Option<Extracted> {
    const STOPS: &[&str] = &[
        ", from", ", on ", ", at ", ", in ", ", which", ", to be", " at the ", " at our ", " under ", " during ",
        " in hong kong", " to be held", " organised by", " organized by", " as a ", " as an ", " as our ", ";",
    ];
    const LEADS: &[&str] = &[
        "you will give ", "you will lead ", "you will deliver ", "you will conduct ", "you will present ",
        "you will perform ", "you will take part in ", "you will participate in ", "you will teach ", "you will judge ",
        "you will join ", "you will serve on ", "your duties will comprise ", "your duties will include ",
        "your duties include ", "your role will be to ", "you are invited to deliver ", "you are invited to give ",
        "you are invited to ", ", to present ", " to present ", "invite you to take part in ",
        "invite you to participate in ", "invite you to give ", "invite you to deliver ", "invite you to perform ",
        "invite you to conduct ", "invite you to judge ", "invitation to take part in ", "invitation to participate in ",
        "invite you to join ", "invite you to attend ", "invite you to ",
    ];
    for lead in LEADS {
        let Some(p) = text.find_lower(0, text.lower.len(), lead) else { continue };
        let start = p + lead.chars().count();
        let (s, mut e) = phrase_until(text, start, STOPS, 160);
        // A date ends the activity: "... session from 2 to 9 March 2026".
        if let Some(m) = mentions.iter().find(|m| m.start >= s && m.start < e) {
            e = m.start;
        }
        // Drop what leads into the date or place: "from", "on", "between", "in".
        loop {
            let tail = text.lower_str(s, e);
            let trimmed = tail.trim_end_matches([' ', ',']);
            let cut = ["from", "on", "between", "in", "during", "at", "starting", "and"]
                .iter()
                .find(|w| trimmed.ends_with(&format!(" {w}")))
                .map(|w| w.chars().count() + 1);
            let spaces = tail.chars().count() - trimmed.chars().count();
            match cut {
                Some(n) => e -= spaces + n,
                None => {
                    e -= spaces;
                    break;
                }
            }
        }
        let phrase = text.lower_str(s, e);
        if e > s + 3 && !phrase.starts_with("hong kong") {
            return text.extracted(s, e, None, 0.55);
        }
    }
    // Chinese: the clause that starts with the activity's verb, the earliest of them, and its "並/并" continuation.
    const CJK_VERBS: &[&str] = &[
        "主持", "主講", "主讲", "發表", "发表", "出席", "參與", "参与", "參加", "参加", "進行", "进行", "擔任評審", "担任评审",
        "評審", "评审", "觀看", "观看", "演出", "表演", "指揮", "指挥",
    ];
    // Not in a title line ("評審團邀請函").
    let in_body = |p: usize| {
        let (ls, le) = text.lines[text.line_of(p)];
        let line = text.lower_str(ls, le);
        let line = line.trim_end();
        !line.ends_with("邀請函") && !line.ends_with("邀请函") && (le - ls >= 15 || line.contains('。') || line.contains(','))
    };
    let mut starts: Vec<usize> = CJK_VERBS
        .iter()
        .flat_map(|v| {
            let mut found = Vec::new();
            let mut from = 0;
            while let Some(p) = text.find_lower(from, text.lower.len(), v) {
                found.push(p);
                from = p + 1;
            }
            found
        })
        .filter(|&p| in_body(p))
        .collect();
    crate::sorting::sort_by_key(&mut starts, |&p| crate::sorting::number(p as i64));
    for first in starts {
        let mut e = first;
        loop {
            let (_, end) = phrase_until(text, e, &["，", "。", "；"], 60);
            e = end;
            let next = text.lower.get(e + 1).copied();
            if text.lower.get(e) == Some(&',') && matches!(next, Some('並' | '并' | '及' | '再')) {
                e += 1;
                continue;
            }
            break;
        }
        if e > first + 2 {
            return text.extracted(first, e, None, 0.55);
        }
    }
    None
}

/// "at the Hong Kong Cultural Centre Concert Hall", "於香港文化中心舉行".
fn venue_in_prose(text: &Text) -> Option<Extracted> {
    const PLACES: &[&str] = &["hall", "theatre", "theater", "centre", "center", "stadium", "auditorium", "campus", "museum", "arena", "room", "studio", "building", "park", "court", "ground", "gallery", "library", "convention", "exhibition", "club", "venue", "館", "馆", "廳", "厅", "中心", "劇院", "剧院", "場", "场", "校園", "校园", "禮堂", "礼堂"];
    for lead in [" at the ", " at ", " held at ", " venue is "] {
        let mut from = 0;
        while let Some(p) = text.find_lower(from, text.lower.len(), lead) {
            let (s, e) = phrase_until(text, p + lead.chars().count(), &[" on ", " from ", " during ", " between ", ",", " with ", " in hong kong", " for ", ". "], 80);
            let phrase = text.lower_str(s, e);
            if PLACES.iter().any(|w| phrase.contains(w)) && text.original.get(s).is_some_and(|&c| is_capital(c)) {
                return text.extracted(s, e, None, 0.6);
            }
            from = p + 1;
        }
    }
    for lead in ["地點為", "地点为", "地點是", "地点是", "地點設於", "地点设于", "假"] {
        if let Some(p) = text.find_lower(0, text.lower.len(), lead) {
            let (s, e) = phrase_until(text, p + lead.chars().count(), &["舉行", "举行", "，", "。"], 40);
            if e > s + 1 {
                return text.extracted(s, e, None, 0.7);
            }
        }
    }
    for lead in ["於", "于", "在"] {
        let mut from = 0;
        while let Some(p) = text.find_lower(from, text.lower.len(), lead) {
            let (s, e) = phrase_until(text, p + 1, &["舉行", "举行", "進行", "进行", "舉辦", "举办", "，", "。"], 30);
            let phrase = text.lower_str(s, e);
            if PLACES.iter().any(|w| phrase.contains(w)) && !phrase.chars().any(|c| c.is_ascii_digit()) {
                return text.extracted(s, e, None, 0.6);
            }
            from = p + 1;
        }
    }
    None
}

/// The first sum of money in characters `from..to`: "HK$18,000", "US$12,500", "港幣18,000元", "HK$4,000 per day".
fn amount_in(text: &Text, from: usize, to: usize, confidence: f32) -> Option<Extracted> {
    let mut best: Option<usize> = None;
    for currency in ["hk$", "hkd", "us$", "usd", "rmb", "港幣", "港币", "人民幣", "人民币", "美金", "美元", "€", "£", "eur ", "gbp "] {
        if let Some(p) = text.find_lower(from, to, currency) {
            if best.is_none_or(|b| p < b) {
                best = Some(p);
            }
        }
    }
    let p = best?;
    let mut e = p;
    while e < to && !text.lower[e].is_ascii_digit() && e - p < 6 {
        e += 1;
    }
    let digits_start = e;
    while e < to && (text.lower[e].is_ascii_digit() || ",.".contains(text.lower[e]) || "萬万千百元".contains(text.lower[e])) {
        e += 1;
    }
    if e == digits_start {
        return None;
    }
    // "per day", "per performance", "each", "/day".
    for unit in [" per ", " a ", "/", "每"] {
        if text.lower_str(e, (e + unit.chars().count()).min(to)) == unit {
            let mut u = e + unit.chars().count();
            while u < to && is_alpha(text.lower[u]) {
                u += 1;
            }
            if u > e + unit.chars().count() {
                e = u;
            }
            break;
        }
    }
    text.extracted(p, e, None, confidence)
}

/// The travel document number in a sentence: "passport no. E12345678", "Italian passport YA4829173", "護照號碼：...".
fn document_in_prose(text: &Text) -> Option<Extracted> {
    for lead in ["passport", "護照號碼", "护照号码", "護照", "护照"] {
        let mut from = 0;
        while let Some(p) = text.find_lower(from, text.lower.len(), lead) {
            let mut s = p + lead.chars().count();
            // Skip "(No. ", " number: ", " #".
            for _ in 0..4 {
                while s < text.lower.len() && " :#(為为是".contains(text.lower[s]) {
                    s += 1;
                }
                for word in ["no.", "no", "number", "num."] {
                    if text.lower_str(s, (s + word.chars().count()).min(text.lower.len())) == word {
                        s += word.chars().count();
                    }
                }
            }
            let mut e = s;
            while e < text.lower.len() && text.lower[e].is_ascii_alphanumeric() {
                e += 1;
            }
            let token = &text.original[s..e];
            if (6..=15).contains(&(e - s)) && token.iter().filter(|c| c.is_ascii_digit()).count() >= 4 {
                return text.extracted(s, e, None, 0.8);
            }
            from = p + 1;
        }
    }
    None
}

/// Title words that end a line naming a post, not a person: "行政總監", "創意媒體學院院長".
const CJK_POSTS: &[&str] = &[
    "院長", "院长", "主席", "會長", "会长", "局長", "局长", "署長", "署长", "總監", "总监", "經理", "经理", "秘書", "秘书",
    "主任", "處長", "处长", "校長", "校长", "理事長", "理事长", "總裁", "总裁", "總幹事", "总干事", "司長", "司长", "系主任",
];

/// The signatory of a Chinese letter, read from the bottom: past the date, the posts and the organisation's name,
/// the first short line is the name ("黃嘉欣教授", "郑国华 谨启", "（陳嘉儀　代行）").
fn cjk_signatory(text: &Text) -> Option<Extracted> {
    let lines: Vec<usize> = text.content_lines.iter().rev().take(10).copied().collect();
    for l in lines {
        let (s, e) = text.lines[l];
        let (mut s, mut e) = text.trim(s, e);
        let line = text.lower_str(s, e);
        if dates_only(&line) || line.contains(',') || line.contains('，') || line.contains('@') {
            continue; // a date, an address or an e-mail line
        }
        if matches!(line.chars().next(), Some('(' | '（')) && matches!(line.chars().last(), Some(')' | '）')) {
            s += 1;
            e -= 1;
        }
        for tail in ["謹啟", "谨启", "謹上", "谨上", "敬上", "代行", "代"] {
            let l2 = text.lower_str(s, e);
            if l2.trim_end().ends_with(tail) {
                e = s + l2.trim_end().chars().count() - tail.chars().count();
            }
        }
        let (s, e) = text.trim(s, e);
        let name = text.lower_str(s, e);
        let count = name.chars().count();
        if count == 0
            || NOT_A_NAME.iter().any(|w| name.starts_with(w))
            || ["此致", "順頌", "顺颂", "教安", "研安", "敬禮", "敬礼", "商祺", "台安", "時祺", "时祺", "祝好"].iter().any(|w| name.contains(w))
            || CJK_POSTS.iter().any(|p| name.ends_with(p))
            || looks_like_organisation(&name)
            || name.contains('@')
        {
            continue;
        }
        if count <= 12 && !name.is_ascii() {
            return text.extracted(s, e, None, 0.7);
        }
        return None;
    }
    None
}

/// Whether a line holds nothing but dates, digits and date characters.
fn dates_only(line: &str) -> bool {
    line.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || "年月日〇一二三四五六七八九十-/.,()（）星期".contains(c))
}

/// The name under the sign-off; or, in a government letter, "( Patrick LEUNG )" above "for Secretary for ...".
fn signatory(text: &Text) -> Option<Extracted> {
    let n = text.lines.len();
    let cjk = text.original.iter().filter(|c| !c.is_ascii() && is_alpha(**c)).count();
    let latin = text.original.iter().filter(|c| c.is_ascii_alphabetic()).count();
    if cjk > latin {
        return cjk_signatory(text);
    }
    for l in (0..n).rev().take(40) {
        let (s, e) = text.lines[l];
        let line: String = text.slice(s, e);
        let t = line.trim();
        if t.starts_with('(') && t.ends_with(')') && t.chars().count() <= 40 && t.chars().any(crate::catalogue::names::is_alpha) {
            let open = s + line.find('(').map(|b| line[..b].chars().count()).unwrap_or(0) + 1;
            let close = s + line.rfind(')').map(|b| line[..b].chars().count()).unwrap_or(0);
            return text.extracted(open, close, None, 0.8);
        }
    }
    for l in 0..n {
        let (s, e) = text.lines[l];
        let line = text.lower_str(s, e);
        let line = line.trim().trim_end_matches([',', '，', '.']);
        if !SIGN_OFFS.iter().any(|w| line == *w || line.starts_with(w) && line.len() < w.len() + 4) {
            continue;
        }
        for m in l + 1..n.min(l + 7) {
            if text.is_blank(m) {
                continue;
            }
            let (ms, me) = text.lines[m];
            let candidate = text.lower_str(ms, me);
            let candidate = candidate.trim();
            if NOT_A_NAME.iter().any(|w| candidate == *w || candidate.starts_with(w) && candidate.chars().count() <= 4)
                || candidate.chars().all(|c| !is_alpha(c))
            {
                continue;
            }
            if candidate.contains('@') || candidate.chars().filter(|c| c.is_ascii_digit()).count() > 2 || candidate.chars().count() > 50 {
                break;
            }
            return text.extracted(ms, me, None, 0.7);
        }
    }
    None
}

/// The nationality, as a label's value or "a British national", resolved against the catalogue.
fn nationality(text: &Text, label: Option<Labelled>, catalogue: &Catalogue) -> Option<Extracted> {
    let resolve = |s: usize, e: usize, confidence: f32| -> Option<Extracted> {
        let (s, e) = text.trim(s, e);
        let written = text.slice(s, e);
        let without_noun = ["citizen", "national", "nationality", "passport"]
            .iter()
            .fold(written.trim().to_string(), |w, noun| w.trim_end_matches(noun).trim_end().to_string());
        let candidates = [
            written.clone(),
            written.trim_end_matches(['籍', '人']).to_string(),
            without_noun,
            written.split([' ', '(', '（']).next().unwrap_or("").to_string(),
        ];
        for c in candidates {
            if let Some(n) = catalogue.find_nationality(&c) {
                let value = match n {
                    Nationality::Country(country) => country.alpha3.clone(),
                    Nationality::Row(row) => row.name.clone(),
                };
                return text.extracted(s, e, Some(value), confidence);
            }
        }
        None
    };
    if let Some(x) = label {
        if let Some(found) = resolve(x.start, x.end, if x.colon { 0.9 } else { 0.8 }) {
            return Some(found);
        }
    }
    // "a British national", "a citizen of Japan", "holder of a French passport", "英國籍".
    for (lead, tail) in [(" a ", " national"), (" an ", " national"), (" a ", " citizen"), (" an ", " citizen"), (" a ", " passport"), (" an ", " passport")] {
        let mut from = 0;
        while let Some(p) = text.find_lower(from, text.lower.len(), tail) {
            if let Some(q) = text.rfind_lower(p.saturating_sub(30), p, lead) {
                if let Some(found) = resolve(q + lead.chars().count(), p, 0.75) {
                    return Some(found);
                }
            }
            from = p + 1;
        }
    }
    for lead in ["citizen of ", "national of "] {
        if let Some(p) = text.find_lower(0, text.lower.len(), lead) {
            let s = p + lead.chars().count();
            let (s, e) = phrase_until(text, s, &[",", " and ", " who ", " with "], 40);
            if let Some(found) = resolve(s, e, 0.75) {
                return Some(found);
            }
        }
    }
    // "閣下為韓國籍人士", "持印度尼西亚护照", "日本籍": the country name just before the mark.
    for mark in ["籍", "護照", "护照"] {
        let mut from = 0;
        while let Some(p) = text.find_lower(from, text.lower.len(), mark) {
            for start in p.saturating_sub(8)..p {
                if let Some(found) = resolve(start, p, 0.7) {
                    return Some(found);
                }
            }
            from = p + 1;
        }
    }
    // "we record your nationality as Nigerian", "your nationality is Japanese".
    for lead in ["nationality as ", "nationality is "] {
        if let Some(p) = text.find_lower(0, text.lower.len(), lead) {
            let (s, e) = phrase_until(text, p + lead.chars().count(), &[",", " and ", " with "], 40);
            if let Some(found) = resolve(s, e, 0.75) {
                return Some(found);
            }
        }
    }
    // "your Spanish passport", "Italian passport YA4829173": the word before "passport".
    let mut from = 0;
    while let Some(p) = text.find_lower(from, text.lower.len(), " passport") {
        let word_start = (p.saturating_sub(30)..p).rev().find(|&i| text.lower[i] == ' ').map_or(p.saturating_sub(30), |i| i + 1);
        if let Some(found) = resolve(word_start, p, 0.7) {
            return Some(found);
        }
        from = p + 1;
    }
    None
}

/// Whether a line looks like an organisation's name.
fn looks_like_organisation(line: &str) -> bool {
    let words: Vec<&str> = line.split(|c: char| !is_letter(c)).filter(|w| !w.is_empty()).collect();
    let cjk = !line.is_ascii();
    line.chars().count() <= 90
        && !line.starts_with("dear")
        && ORGANISATION_WORDS.iter().any(|w| if cjk && !w.is_ascii() { line.contains(w) } else { words.contains(w) })
}

/// The host: a labelled value, the letterhead, or an authorised organisation the letter names; matched against the
/// catalogue loosely, with "did you mean" when only close.
fn host(text: &Text, label: Option<Labelled>, catalogue: &Catalogue, warnings: &mut Vec<crate::i18n::Text>) -> Option<Extracted> {
    let matched = |s: usize, e: usize, confidence: f32, warnings: &mut Vec<crate::i18n::Text>| -> Option<Extracted> {
        let (s, e) = text.trim(s, e);
        let written = text.slice(s, e);
        if let Some(org) = catalogue.find_host(&written) {
            return text.extracted(s, e, Some(org.name_en.clone()), confidence.max(0.9));
        }
        if let Some(org) = close_host(catalogue, &written) {
            warnings.push(crate::text!(LetterHostReadAs, written = &written, host = &org.name_en));
            return text.extracted(s, e, Some(org.name_en.clone()), 0.6);
        }
        text.extracted(s, e, None, confidence)
    };
    if let Some(x) = label {
        return matched(x.start, x.end, if x.colon { 0.9 } else { 0.8 }, warnings);
    }
    let letterhead = letterhead(text);
    if let Some((s, e)) = letterhead {
        if catalogue.find_host(&text.slice(s, e)).is_some() {
            return matched(s, e, 0.9, warnings);
        }
        // "香港演藝學院  THE HONG KONG ACADEMY FOR PERFORMING ARTS": each name on its own.
        let line = text.line_of(s);
        for (cs, ce) in cells(text, line).into_iter().chain(split_two_spaces(text, s, e)) {
            if catalogue.find_host(&text.slice(cs, ce)).is_some() {
                return matched(cs, ce, 0.9, warnings);
            }
        }
    }
    // "On behalf of the Hong Kong Shipowners Association, ...": the host's own name for itself.
    for lead in ["on behalf of the ", "on behalf of ", "謹代表", "谨代表", "代表"] {
        if let Some(p) = text.find_lower(0, text.lower.len(), lead) {
            let (s, e) = phrase_until(text, p + lead.chars().count(), &[",", " i ", " we ", " and ", " is ", " to ", "，", "誠", "诚", "邀"], 80);
            let named = text.slice(s, e);
            let capitalised = named.chars().next().is_some_and(|c| is_capital(c) || !c.is_ascii());
            if e > s + 2 && capitalised && !crate::catalogue::names::lowercase(&named).starts_with("our ") {
                return matched(s, e, 0.8, warnings);
            }
        }
    }
    for verb in ["誠意邀請", "诚意邀请", "誠摯邀請", "诚挚邀请", "誠邀", "诚邀", "謹邀請", "谨邀请", "邀請", "邀请"] {
        if let Some(p) = text.find_lower(0, text.lower.len(), verb) {
            let line = text.line_of(p);
            let (ls, _) = text.lines[line];
            let start = (ls..p).rev().find(|&i| "。,;:」“”\"".contains(text.lower[i])).map_or(ls, |i| i + 1);
            let named = text.lower_str(start, p);
            if looks_like_organisation(&named) && named.chars().count() <= 30 {
                return matched(start, p, 0.75, warnings);
            }
        }
    }
    if let Some((s, e)) = letterhead {
        // A letterhead in capitals often shortens the name the body gives in full: "HONG KONG ARTS FESTIVAL" and
        // "Hong Kong Arts Festival Society Limited".
        let head = text.lower_str(s, e);
        let mut longest = (s, e);
        let mut from = e;
        while let Some(p) = text.find_lower(from, text.lower.len(), &head) {
            let mut end = p + head.chars().count();
            loop {
                let next = end + 1;
                let word_end = (next..text.original.len()).find(|&i| !is_letter(text.original[i])).unwrap_or(text.original.len());
                let is_name_word = text.original.get(end) == Some(&' ')
                    && text.original.get(next).is_some_and(|&c| is_capital(c))
                    && word_end > next;
                if !is_name_word {
                    break;
                }
                end = word_end;
            }
            if end - p > longest.1 - longest.0 {
                longest = (p, end);
            }
            from = p + 1;
        }
        return matched(longest.0, longest.1, 0.75, warnings);
    }
    // A catalogue organisation named anywhere (earliest mention).
    let mut best: Option<(usize, usize, &Organisation)> = None;
    for org in &catalogue.data.organisations {
        let mut names: Vec<&str> = vec![org.name_en.as_str()];
        names.extend(org.name_zh.as_deref());
        names.extend(org.abbreviations.iter().filter(|a| a.chars().count() >= 4).map(String::as_str));
        for name in names {
            let lower: String = name.chars().map(|c| fold(c).to_ascii_lowercase()).collect();
            if let Some(p) = text.find_lower(0, text.lower.len(), &lower) {
                let e = p + lower.chars().count();
                let bounded = !text.lower.get(e).is_some_and(|c| c.is_ascii_alphanumeric()) && (p == 0 || !text.lower[p - 1].is_ascii_alphanumeric());
                if bounded && best.is_none_or(|(bp, _, _)| p < bp) {
                    best = Some((p, e, org));
                }
            }
        }
    }
    best.and_then(|(s, e, org)| text.extracted(s, e, Some(org.name_en.clone()), 0.7))
}

/// The letterhead: the first organisation-like line before the salutation (without an address after it).
fn letterhead(text: &Text) -> Option<(usize, usize)> {
    // After any e-mail headers, within the first four lines of content.
    let first_body = text.content_lines.iter().position(|&l| !text.header_line[l]).unwrap_or(0);
    for &l in text.content_lines.iter().skip(first_body).take(4) {
        let (s, e) = text.lines[l];
        let line = text.lower_str(s, e);
        let line = line.trim();
        if line.starts_with("dear") || line.starts_with("尊敬") || line.starts_with("親愛") || line.starts_with("亲爱") {
            break;
        }
        if looks_like_organisation(line) && !line.contains("forwarded") {
            let cut = (s..e)
                .find(|&i| text.original[i] == '\t' || (text.original[i] == ',' && text.lower_str(s, i).split_whitespace().count() >= 3))
                .unwrap_or(e);
            let (s, e) = text.trim(s, cut);
            return (e > s).then_some((s, e));
        }
    }
    None
}

/// The parts of `s..e` separated by two or more spaces.
fn split_two_spaces(text: &Text, s: usize, e: usize) -> Vec<(usize, usize)> {
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

/// A catalogue organisation within a typo or two of `written`.
fn close_host<'a>(catalogue: &'a Catalogue, written: &str) -> Option<&'a Organisation> {
    catalogue.closest_hosts(written, 1).into_iter().next().filter(|o| {
        let a = crate::catalogue::names::host_key(written);
        let b = crate::catalogue::names::host_key(&o.name_en);
        a.chars().count() >= 10 && crate::catalogue::key_distance(&a, &b) <= 2
    })
}


#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Extraction {
        extract(text, Catalogue::bundled())
    }

    /// Found by the property tests: control characters were replaced in the reported text, so `text` no longer
    /// matched the letter at its offsets.
    #[test]
    fn control_characters_stay_in_the_reported_text() {
        let letter = "\u{1b}[31m\t\t\u{0}\u{7}invite you to You will arrive on 1 March 2026";
        let x = read(letter);
        let chars: Vec<char> = letter.chars().collect();
        for e in [&x.activity, &x.arrival].into_iter().flatten() {
            assert_eq!(chars[e.start..e.end].iter().collect::<String>(), e.text);
        }
        assert_eq!(x.arrival.unwrap().value, "2026-03-01");
    }

    #[test]
    fn an_ambiguous_numeric_date_is_read_day_first_with_a_warning() {
        let x = read("Arrival: 02/03/2026\n");
        assert_eq!(x.arrival.unwrap().value, "2026-03-02");
        assert_eq!(x.warnings.iter().map(|w| w.en()).collect::<Vec<_>>(), vec!["02/03/2026 read as 2 March 2026 (day first, as in Hong Kong); say so if it means 3 February 2026"]);
    }

    #[test]
    fn a_close_host_name_is_read_with_a_warning() {
        let x = read("Host organisation: Hong Kong Acadamy for Performing Arts\n");
        assert_eq!(x.host.as_ref().unwrap().value, "Hong Kong Academy for Performing Arts");
        assert!(x.host.unwrap().confidence < CONFIRM_BELOW);
        assert!(x.warnings[0].en().contains("check the name"), "{:?}", x.warnings);
    }

    #[test]
    fn an_unknown_host_is_kept_as_written() {
        let x = read("Host organisation: Harbour Arts Society\n");
        assert_eq!(x.host.unwrap().value, "Harbour Arts Society");
    }
}
