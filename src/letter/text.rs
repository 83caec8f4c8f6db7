//! The letter as the reader sees it: its characters, folded to half-width and lower-case one for one (so every
//! offset is the letter's own), its lines, and searching within it.

use super::cues::{LETTER_EMAIL_HEADERS, LETTER_INVITING, LETTER_QUOTE_MARKERS};
use super::Extracted;

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
pub(super) fn folded(word: &str) -> String {
    word.chars().map(|c| fold(c).to_ascii_lowercase()).collect()
}

/// A search word as the reader sees text, without a copy when it is already so (every cue is: the build checks it).
fn as_read(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().all(|c| fold(c).to_ascii_lowercase() == c) {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(folded(word))
    }
}

/// Where each pair of adjacent bytes occurs in a letter, hashed into buckets.
///
/// The reader looks for hundreds of cues, across the whole letter and in the few dozen characters around each date
/// and label; scanning the text for each one was most of its time. With this index a search visits only the places
/// where the cue's least common pair of bytes occurs, and checks the cue there. (A cue of valid UTF-8 matched byte
/// for byte starts and ends on a character's boundary, so what it finds is where the cue is.)
struct Pairs {
    /// Bucket `b`'s positions are `at[start[b]..start[b + 1]]`, in increasing order.
    start: Vec<u32>,
    at: Vec<u32>,
}

impl Pairs {
    const BUCKETS: usize = 4096;

    fn bucket(a: u8, b: u8) -> usize {
        (usize::from(a) * 31 + usize::from(b) * 131) % Self::BUCKETS
    }

    fn new(hay: &[u8]) -> Self {
        let mut start = vec![0u32; Self::BUCKETS + 1];
        for w in hay.windows(2) {
            start[Self::bucket(w[0], w[1]) + 1] += 1;
        }
        for b in 0..Self::BUCKETS {
            start[b + 1] += start[b];
        }
        let mut next = start.clone();
        let mut at = vec![0u32; hay.len().saturating_sub(1)];
        for (i, w) in hay.windows(2).enumerate() {
            let b = Self::bucket(w[0], w[1]);
            at[next[b] as usize] = i as u32;
            next[b] += 1;
        }
        Pairs { start, at }
    }

    /// The needle's least common pair: its offset in the needle, and the positions of its bucket.
    fn rarest(&self, needle: &[u8]) -> (usize, &[u32]) {
        (0..needle.len() - 1)
            .map(|k| {
                let b = Self::bucket(needle[k], needle[k + 1]);
                (k, &self.at[self.start[b] as usize..self.start[b + 1] as usize])
            })
            .min_by_key(|(_, at)| at.len())
            .expect("a needle of two bytes or more")
    }

    /// The first `needle` within bytes `from..to` of `hay` (the text this index was built on).
    fn find(&self, hay: &[u8], from: usize, to: usize, needle: &[u8]) -> Option<usize> {
        if needle.len() < 2 {
            return hay[from..to].iter().position(|b| needle.first() == Some(b)).map(|p| from + p);
        }
        let last = to.checked_sub(needle.len())?;
        let (k, at) = self.rarest(needle);
        let first = at.partition_point(|&p| (p as usize) < from + k);
        at[first..].iter().map(|&p| p as usize - k).take_while(|&s| s <= last).find(|&s| &hay[s..s + needle.len()] == needle)
    }

    /// The last `needle` within bytes `from..to` of `hay`.
    fn rfind(&self, hay: &[u8], from: usize, to: usize, needle: &[u8]) -> Option<usize> {
        if needle.len() < 2 {
            return hay[from..to].iter().rposition(|b| needle.first() == Some(b)).map(|p| from + p);
        }
        let last = to.checked_sub(needle.len())?;
        let (k, at) = self.rarest(needle);
        let end = at.partition_point(|&p| p as usize <= last + k);
        at[..end].iter().rev().map(|&p| p as usize).take_while(|&p| p >= from + k).map(|p| p - k).find(|&s| &hay[s..s + needle.len()] == needle)
    }
}

/// Where a cue occurs in `hay` as a word of its own: a Latin cue not inside a longer word ("fair" is not in
/// "Affairs"); a Chinese one anywhere, as Chinese has no spaces. Yields the byte offset after each.
pub(super) fn word_ends<'a>(hay: &'a str, cue: &'a str) -> impl Iterator<Item = usize> + 'a {
    let latin = cue.starts_with(|c: char| c.is_ascii_alphanumeric());
    hay.match_indices(cue).filter_map(move |(at, _)| {
        let end = at + cue.len();
        let joined = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() && !is_cjk(c));
        (!latin || !(joined(hay[..at].chars().next_back()) || joined(hay[end..].chars().next()))).then_some(end)
    })
}

pub(super) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3FFFF}')
}

/// Whether the line break at `i` only wraps a paragraph: an e-mail program's fixed width, a PDF's lines pasted, a
/// form's value that runs on below its label. A letter's layout breaks lines too (an address block, a list, a label
/// on each line), so a break wraps only when nothing else explains it:
/// - the line goes on below at the same quoting depth (no blank line, no bullet, no new label, no table);
/// - the line does not end a sentence or introduce what follows (., :, ;, ?, !);
/// - and either it is long prose (at least `WRAPPED_WIDTH` columns, a Chinese character counting two, as on
///   screen), or it cannot end there: its last word is one a sentence does not stop on ("on the"), a word split by
///   a hyphen goes on in lower case, or the next line goes on in lower case after a line of some length.
///
/// A line below indented further than this one (a form's value, "Activity:   conduct two workshops for" over
/// "             secondary school teachers") wraps only on that last kind of evidence.
///
/// `chars` may keep quoting marks ("> ") or have them blanked, as the reader's text does.
pub(super) fn wraps(chars: &[char], i: usize) -> bool {
    if chars.get(i) != Some(&'\n') {
        return false;
    }
    let start = chars[..i].iter().rposition(|&c| c == '\n').map_or(0, |p| p + 1);
    let next_end = chars[i + 1..].iter().position(|&c| c == '\n').map_or(chars.len(), |p| i + 1 + p);
    line_wraps(chars, (start, i), (i + 1, next_end), widest_line_around(chars, start, next_end))
}

/// Whether the line `this` goes on in the line `next` (character ranges, without their breaks), as [`wraps`] judges
/// it: the lines may be parted by a page's footer, which the break skips.
/// `widest`: the widest line's width around them (see [`widest_line_around`]).
fn line_wraps(chars: &[char], this: (usize, usize), next: (usize, usize), widest: usize) -> bool {
    const WRAPPED_WIDTH: usize = 60;
    const WRAPPED_CJK_WIDTH: usize = 40;
    const PARAGRAPH_WIDTH: usize = 50;
    const SOME_LENGTH: usize = 30;
    let (start, mut end) = this;
    if end > start && chars[end - 1] == '\r' {
        end -= 1;
    }
    let (depth, indent, line) = quoted_line(&chars[start..end]);
    let (next_depth, next_indent, next) = quoted_line(&chars[next.0..next.1]);
    let line: &[char] = &line[..line.iter().rposition(|c| !c.is_whitespace()).map_or(0, |p| p + 1)];
    let (Some(&last), Some(&first)) = (line.last(), next.first()) else { return false };
    if depth != next_depth || is_a_row(line) || is_a_row(next) {
        return false;
    }
    if ".:;!?。：；！？".contains(last) || starts_an_item(next) || is_a_label(next) {
        return false;
    }
    let width: usize = line.iter().map(|&c| columns(c)).sum();
    // (Written in lower case: "Category A" ends a line; "for a" does not.)
    let last_word: String = line.iter().rev().take_while(|c| c.is_alphabetic()).collect::<Vec<_>>().into_iter().rev().collect();
    let cannot_end = last_word.chars().all(|c| c.is_ascii_lowercase()) && super::cues::LETTER_UNFINISHED_LINE_ENDS.contains(&last_word.as_str());
    let split_word = last == '-' && line.len() >= 2 && line[line.len() - 2].is_lowercase() && first.is_lowercase();
    let goes_on_lower = first.is_ascii_lowercase() && width >= SOME_LENGTH && last.is_alphanumeric();
    // Full: the next line's first word would not have fitted on this one, in a paragraph as wide as the lines
    // around it ("... Studio rehearsals will run from 4" / "May to 13 May 2027").
    let first_word = next.iter().take_while(|c| !c.is_whitespace()).map(|&c| columns(c)).sum::<usize>().min(6);
    // (A paragraph is at least `PARAGRAPH_WIDTH` wide: an address block's lines are not full lines.)
    let full = width >= PARAGRAPH_WIDTH.max(WRAPPED_WIDTH.min(widest) * 3 / 4) && width + 1 + first_word > widest.saturating_sub(2);
    let long_prose = full || (width >= WRAPPED_CJK_WIDTH && is_cjk(last) && (is_cjk(first) || first.is_ascii_digit() || "（「《“".contains(first)));
    // A greeting starts anew ("Dear Mr Adams,").
    let next_lower: String = next.iter().take(12).collect::<String>().to_ascii_lowercase();
    if super::cues::LETTER_GREETINGS.iter().any(|g| next_lower.starts_with(g)) {
        return false;
    }
    // An indented line below may be a form's next value, and a labelled line's value may stop at its end ("Host
    // organisation: Hong Kong Academy for Performing Arts"): only words that cannot end a line carry over.
    if next_indent > indent || is_a_label(line) {
        return cannot_end || split_word || goes_on_lower;
    }
    long_prose || cannot_end || split_word || goes_on_lower
}

/// How many columns a character takes on screen: two for Chinese and Japanese, one for others.
fn columns(c: char) -> usize {
    if is_cjk(c) || ('\u{3000}'..='\u{30FF}').contains(&c) || ('\u{FF01}'..='\u{FF60}').contains(&c) { 2 } else { 1 }
}

/// The widest line's width (in columns, quoting marks and indentation left out) among the eight lines either side
/// of the lines `start..end`: the width a wrapped paragraph there fills.
fn widest_line_around(chars: &[char], start: usize, end: usize) -> usize {
    const AROUND: usize = 8;
    let mut from = start;
    for _ in 0..AROUND {
        match chars[..from.saturating_sub(1)].iter().rposition(|&c| c == '\n') {
            Some(p) if from > 0 => from = p + 1,
            _ => {
                from = 0;
                break;
            }
        }
    }
    let mut to = end;
    for _ in 0..AROUND {
        match chars.get(to + 1..).and_then(|rest| rest.iter().position(|&c| c == '\n')) {
            Some(p) => to = to + 1 + p,
            None => {
                to = chars.len();
                break;
            }
        }
    }
    chars[from..to.min(chars.len())].split(|&c| c == '\n').map(width_of).max().unwrap_or(0)
}

/// A line's width in columns, its quoting marks, indentation and trailing blanks left out.
fn width_of(line: &[char]) -> usize {
    let (_, _, content) = quoted_line(line);
    content.iter().rev().skip_while(|c| c.is_whitespace()).map(|&c| columns(c)).sum()
}

/// Whether a line is a row of a table: cells parted by tabs, bars or a run of spaces.
/// (Not the spaces that line a form's value up after its label: "Activity:   conduct ...".)
fn is_a_row(line: &[char]) -> bool {
    let blank = |c: char| c == ' ' || c == '\u{3000}';
    let gap = (1..line.len().saturating_sub(2)).any(|k| {
        let run = line[k..].iter().take_while(|&&c| blank(c)).count();
        !blank(line[k - 1]) && !matches!(line[k - 1], ':' | '：') && (run >= 3 || (run >= 2 && line[k] == '\u{3000}'))
    });
    gap || line.iter().any(|c| matches!(c, '\t' | '|' | '｜' | '│'))
}

/// For each line but the last, whether its break only wraps its paragraph: [`wraps`], and, in a paragraph that
/// shows it was wrapped (two of its breaks do, or one in three), every break that nothing else explains. A writer's
/// program wraps all of a paragraph's lines, the short ones too ("... to join us as Guest" / "Conductor for the
/// third programme"), but a break after a comma may end a greeting or a sign-off, so that stays.
///
/// A page's footer that a pasted PDF leaves inside a paragraph ("Page 1 of 2", "第1頁，共2頁") is skipped when the
/// lines either side of it go on into each other; the second list gives those footers' lines.
pub(super) fn wrapped_lines(chars: &[char], lines: &[(usize, usize)]) -> (Vec<bool>, Vec<usize>) {
    const AROUND: usize = 8;
    let breaks = lines.len().saturating_sub(1);
    // Each line's width once, and the widest of the lines around each break (as `widest_line_around` measures it).
    let widths: Vec<usize> = lines.iter().map(|&(s, e)| width_of(&chars[s..e])).collect();
    let widest = |a: usize, b: usize| widths[a.saturating_sub(AROUND)..(b + AROUND + 1).min(widths.len())].iter().copied().max().unwrap_or(0);
    let mut wrapped: Vec<bool> = (0..breaks).map(|k| line_wraps(chars, lines[k], lines[k + 1], widest(k, k + 1))).collect();
    let blank = |k: usize| quoted_line(&chars[lines[k].0..lines[k].1]).2.iter().all(|c| c.is_whitespace());
    let mut footers = Vec::new();
    for f in (1..breaks).filter(|&f| is_page_footer(&chars[lines[f].0..lines[f].1])) {
        // The lines of text either side, past up to two blank lines.
        let before = (f.saturating_sub(3)..f).rev().find(|&k| !blank(k));
        let after = (f + 1..(f + 4).min(lines.len())).find(|&k| !blank(k));
        let (Some(a), Some(b)) = (before, after) else { continue };
        if line_wraps(chars, lines[a], lines[b], widest(a, b)) {
            footers.push(f);
            for w in &mut wrapped[a..b] {
                *w = true;
            }
        }
    }
    let mut k = 0;
    while k < breaks {
        if blank(k) {
            k += 1;
            continue;
        }
        // The paragraph: lines k..=last, none blank, at one quoting depth.
        let depth = quoted_line(&chars[lines[k].0..lines[k].1]).0;
        let mut last = k;
        while last < breaks && !blank(last + 1) && quoted_line(&chars[lines[last + 1].0..lines[last + 1].1]).0 == depth {
            last += 1;
        }
        let shown = wrapped[k..last].iter().filter(|w| **w).count();
        // (A signature block or a letterhead is three lines or so, and one of its breaks may look wrapped.)
        if last - k >= 3 && shown >= 2 && shown * 3 >= last - k {
            for b in k..last {
                if !wrapped[b] {
                    wrapped[b] = goes_on(&chars[lines[b].0..lines[b].1], &chars[lines[b + 1].0..lines[b + 1].1]);
                }
            }
        }
        k = last + 1;
    }
    (wrapped, footers)
}

/// Whether a line is only a page's number: "Page 1 of 2", "- 2 -", "1/2", "第1頁，共2頁", "第 2 页 共 3 页".
fn is_page_footer(line: &[char]) -> bool {
    let text: String = quoted_line(line).2.iter().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    let rest = text.trim_matches(|c: char| matches!(c, '-' | '–' | '—'));
    let number = |t: &str| !t.is_empty() && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit());
    let of = |t: &str, sep: &str| t.split_once(sep).is_some_and(|(a, b)| number(a) && number(b));
    if let Some(p) = rest.strip_prefix("page") {
        return number(p) || of(p, "of");
    }
    if let Some(p) = rest.strip_prefix('第') {
        let p = p.trim_end_matches(['頁', '页']);
        return number(p) || p.split_once(['頁', '页']).is_some_and(|(a, b)| {
            let b = b.trim_start_matches(['，', ',']).trim_start_matches('共').trim_end_matches(['頁', '页']);
            number(a) && number(b)
        });
    }
    (number(rest) && rest != text) || of(rest, "/")
}

/// Whether nothing but the writer's wrapping explains a break between two lines of a wrapped paragraph: the line
/// does not end a sentence, a clause or a greeting, and the next is more of it, not an item, a label or a row.
fn goes_on(line: &[char], next: &[char]) -> bool {
    let (_, indent, line) = quoted_line(line);
    let (_, next_indent, next) = quoted_line(next);
    let line: &[char] = &line[..line.iter().rposition(|c| !c.is_whitespace()).map_or(0, |p| p + 1)];
    let (Some(&last), Some(&first)) = (line.last(), next.first()) else { return false };
    next_indent <= indent
        && (last.is_alphanumeric() || last == '-' || last == ')' || last == '）' || last == '」')
        && (first.is_alphanumeric() || matches!(first, '(' | '（' | '「' | '“' | '"' | '$'))
        && !is_a_row(line)
        && !is_a_row(next)
        && !starts_an_item(next)
        && !is_a_label(next)
}

/// The letter as the reader reads it: every paragraph's wrapped lines joined (see [`wrapped_lines`]). A wrapped
/// break reads as a space; between Chinese characters, and inside a word split by a hyphen, as nothing, so that
/// "日本" / "國籍" and "re-" / "hearsal" read whole. The next line's quoting marks and indentation, and a page's
/// footer between the lines, go too. `map` takes each character back to where it is in the letter, so that what the
/// page shows for a value is the letter's own text.
pub(super) struct Joined {
    pub(super) chars: Vec<char>,
    map: Vec<usize>,
}

impl Joined {
    pub(super) fn new(original: &[char]) -> Self {
        let mut lines = Vec::new();
        let mut start = 0;
        for (i, &c) in original.iter().enumerate() {
            if c == '\n' {
                lines.push((start, i));
                start = i + 1;
            }
        }
        lines.push((start, original.len()));
        let (wrapped, _) = wrapped_lines(original, &lines);
        let mut chars = Vec::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len() + 1);
        let mut k = 0;
        let mut from = 0;
        while k < lines.len() {
            let (_, e) = lines[k];
            // The line, from `from` (past the quoting marks and indentation of a line joined to the one before).
            let mut end = e;
            if wrapped.get(k) == Some(&true) {
                while end > from && (original[end - 1] == '\r' || original[end - 1] == ' ') {
                    end -= 1;
                }
            }
            for (i, &c) in original.iter().enumerate().take(end).skip(from) {
                chars.push(c);
                map.push(i);
            }
            if wrapped.get(k) != Some(&true) {
                if e < original.len() {
                    chars.push('\n');
                    map.push(e);
                }
                k += 1;
                from = lines.get(k).map_or(original.len(), |l| l.0);
                continue;
            }
            // Wrapped into the next line of text (past a footer and blank lines, all wrapped through).
            let mut next = k + 1;
            while wrapped.get(next) == Some(&true) && is_page_footer_or_blank(&original[lines[next].0..lines[next].1]) {
                next += 1;
            }
            let (ns, ne) = lines[next];
            let (_, _, content) = quoted_line(&original[ns..ne]);
            let content_start = ne - content.len();
            let last = chars.last().copied();
            let first = content.first().copied();
            let split_word = last == Some('-') && chars.len() >= 2 && chars[chars.len() - 2].is_lowercase() && first.is_some_and(|c| c.is_lowercase());
            let wide = |c: Option<char>| c.is_some_and(|c| is_cjk(c) || columns(c) == 2);
            if split_word {
                chars.pop();
                map.pop();
            } else if !(wide(last) || wide(first)) {
                chars.push(' ');
                map.push(e);
            }
            k = next;
            from = content_start;
        }
        map.push(original.len());
        Joined { chars, map }
    }

    /// `x`, found in the joined text, as it is in the letter: its offsets there and the letter's own text.
    pub(super) fn restore(&self, x: &mut super::Extracted, original: &[char]) {
        let start = self.map.get(x.start).copied().unwrap_or(original.len());
        let end = if x.end == 0 { start } else { self.map.get(x.end - 1).map_or(original.len(), |&i| i + 1) };
        x.start = start.min(original.len());
        x.end = end.clamp(x.start, original.len());
        x.text = original[x.start..x.end].iter().collect();
    }
}

/// Whether a line is blank or only a page's number.
fn is_page_footer_or_blank(line: &[char]) -> bool {
    quoted_line(line).2.iter().all(|c| c.is_whitespace()) || is_page_footer(line)
}

/// A line as its quoted text: how many quoting marks (">") open it, how far its text is indented after them, and the
/// text.
fn quoted_line(line: &[char]) -> (usize, usize, &[char]) {
    let mut depth = 0;
    let mut i = 0;
    while i < line.len() && (line[i] == '>' || (line[i] == ' ' && line[i + 1..].iter().take_while(|&&c| c == ' ').count() < 2 && line[i + 1..].first() == Some(&'>'))) {
        depth += usize::from(line[i] == '>');
        i += 1;
    }
    // (One space after the marks belongs to them: "> text" is not indented.)
    if depth > 0 && line.get(i) == Some(&' ') {
        i += 1;
    }
    let indent = line[i..].iter().take_while(|c| c.is_whitespace()).count();
    (depth, indent, &line[i + indent..])
}

/// Whether a line starts a list's item: "- ", "• ", "1. ", "(a) ".
fn starts_an_item(line: &[char]) -> bool {
    let digits = line.iter().take_while(|c| c.is_ascii_digit()).count();
    matches!(line.first(), Some('-' | '•' | '*' | '·' | '–' | '—' | '●' | '■' | '◦' | '▪'))
        || (digits > 0 && digits <= 2 && matches!(line.get(digits), Some('.' | ')' | '、')) && line.get(digits + 1).is_none_or(|c| c.is_whitespace() || is_cjk(*c)))
        || (line.first() == Some(&'(') && line.get(2) == Some(&')'))
        // A chat's time stamp: "[2027/9/3 上午10:18:02] ...".
        || (line.first() == Some(&'[') && line.get(1).is_some_and(|c| c.is_ascii_digit()))
}

/// Whether a line opens with a label: a few words without digits, then a colon ("Venue:", "Date(s) of activity:",
/// "活動日期：").
fn is_a_label(line: &[char]) -> bool {
    let Some(colon) = line.iter().take(32).position(|&c| c == ':' || c == '：') else { return false };
    let label = &line[..colon];
    // (Chinese has no spaces: a label is a few characters, "活動日期", not a clause "國籍鋼琴家…（護照號碼".)
    let chinese = label.iter().filter(|c| is_cjk(**c)).count();
    !label.is_empty()
        && !label.iter().any(|c| c.is_ascii_digit() || "，。（、".contains(*c))
        && label.iter().filter(|c| c.is_whitespace()).count() <= 4
        && chinese <= 10
}

/// A value that runs over lines, as one line: quoting marks and indentation go, a word split by a hyphen at a line's
/// end is whole again ("re-" / "hearsal"), Chinese runs on without a space, other lines join with one.
pub(super) fn joined_lines(text: &str) -> String {
    let mut out = String::new();
    for (k, line) in text.split('\n').enumerate() {
        let chars: Vec<char> = line.trim_end_matches('\r').chars().collect();
        let (_, _, content) = if k == 0 { (0, 0, &chars[..]) } else { quoted_line(&chars) };
        let content: String = content.iter().collect();
        let content = content.trim_end();
        if content.is_empty() {
            continue;
        }
        let prev = out.chars().next_back();
        let first = content.chars().next();
        let split_word = prev == Some('-') && out.chars().rev().nth(1).is_some_and(|c| c.is_lowercase()) && first.is_some_and(|c| c.is_lowercase());
        if split_word {
            out.pop();
        } else {
            let wide = |c: Option<char>| c.is_some_and(|c| is_cjk(c) || columns(c) == 2);
            if !(out.is_empty() || wide(prev) || wide(first)) {
                out.push(' ');
            }
        }
        out.push_str(content);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What the reader analyses in place of a character: its half-width form, and a space for control characters
/// other than line breaks and tabs (the letter itself, and every `text` reported, keep them).
pub(super) fn fold_for_reading(c: char) -> char {
    if c.is_control() && c != '\n' && c != '\t' && c != '\r' {
        ' '
    } else {
        fold(c)
    }
}

/// The letter as the reader sees it.
pub(super) struct Text<'a> {
    pub(super) original: &'a [char],
    /// Folded to half-width and ASCII lower-case, one character for one.
    pub(super) lower: Vec<char>,
    /// (start, end) of each line, end excluding the line break.
    pub(super) lines: Vec<(usize, usize)>,
    /// `lower` as a string, and the byte offset of each character in it (plus the end), for fast searching.
    pub(super) lower_string: String,
    pub(super) byte_of: Vec<usize>,
    /// Where each pair of bytes occurs in `lower_string`, for the reader's many searches.
    pairs: Pairs,
    /// Lines that belong to e-mail headers.
    pub(super) header_line: Vec<bool>,
    /// The lines with content (not blank, not e-mail headers), in order.
    pub(super) content_lines: Vec<usize>,
    /// The line where the innermost message begins: after the last e-mail header block, forward marker or "... wrote:"
    /// line (the letter of a forwarded chain or of a reply); 0 for a plain letter.
    pub(super) letter_start: usize,
}

impl<'a> Text<'a> {
    pub(super) fn new(original: &'a [char]) -> Self {
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
        // Quoted lines ("> Dear ...") read as the lines they quote.
        let mut lower = lower;
        for &(s, e) in &lines {
            let mut i = s;
            while i < e && (lower[i] == '>' || lower[i] == ' ') && original[s] == '>' {
                lower[i] = ' ';
                i += 1;
            }
        }
        let lower_string: String = lower.iter().collect();
        let mut byte_of: Vec<usize> = lower_string.char_indices().map(|(b, _)| b).collect();
        byte_of.push(lower_string.len());
        let pairs = Pairs::new(lower_string.as_bytes());
        let mut text = Text {
            original,
            lower,
            lower_string,
            byte_of,
            pairs,
            header_line: vec![false; lines.len()],
            content_lines: Vec::new(),
            letter_start: 0,
            lines,
        };
        text.mark_headers();
        text.content_lines = (0..text.lines.len()).filter(|&l| !text.is_blank(l) && !text.header_line[l]).collect();
        text.letter_start = text.innermost_message();
        text
    }

    /// The letter's characters `s..e`. Clamped to the letter: a stage that looks a few characters past a match
    /// near the end gets what there is, never a panic (the fuzzer found one such look-ahead; clamping here covers
    /// them all).
    pub(super) fn slice(&self, s: usize, e: usize) -> String {
        let e = e.min(self.original.len());
        self.original[s.min(e)..e].iter().collect()
    }

    /// The folded characters `s..e`, clamped like [`Text::slice`].
    pub(super) fn lower_str(&self, s: usize, e: usize) -> String {
        let e = e.min(self.lower.len());
        self.lower[s.min(e)..e].iter().collect()
    }

    /// Lines of e-mail headers: a run of "From:", "To:", "Subject:", "Date:", "Sent:", "Cc:" lines.
    pub(super) fn mark_headers(&mut self) {
        let is_header = |t: &Text, l: usize| {
            let (s, e) = t.lines[l];
            let line = t.lower_str(s, e);
            let line = line.trim_start_matches(['>', ' ']);
            LETTER_EMAIL_HEADERS.iter().any(|h| line.starts_with(h))
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

    /// Whether line `l` introduces a quoted message: "On 20/04/2027 16:05, Tse Ka-lok <...> wrote:", "在 2026年10月30日
    /// … 写道:" (perhaps itself quoted, "> On ... wrote:").
    pub(super) fn introduces_quote(&self, l: usize) -> bool {
        let line = self.lower_str(self.lines[l].0, self.lines[l].1);
        let line = line.trim().trim_start_matches(['>', ' ']);
        line.ends_with("wrote:") || line.contains("寫道") || line.contains("写道")
    }

    /// Whether line `l` parts a bilingual letter's two versions: above it mostly one script (Latin or Chinese), below
    /// it the other, each of five lines or more (an English covering note above a Chinese letter is no version of it).
    fn scripts_differ_around(&self, l: usize) -> bool {
        let split = self.lines[l].0;
        // (A covering note is a few lines; each version of a letter runs to five lines or more.)
        let above = self.content_lines.iter().filter(|&&k| k < l).count();
        let below = self.content_lines.iter().filter(|&&k| k > l).count();
        if above < 5 || below < 5 {
            return false;
        }
        let chinese_share = |chars: &[char]| {
            let latin = chars.iter().filter(|c| c.is_ascii_alphabetic()).count();
            let cjk = chars.iter().filter(|c| !c.is_ascii() && c.is_alphabetic()).count();
            if latin + cjk == 0 { 0.5 } else { cjk as f64 / (latin + cjk) as f64 }
        };
        let (above, below) = (chinese_share(&self.lower[..split]), chinese_share(&self.lower[split..]));
        // (And each of them invites: a covering note, however long, passes the invitation on.)
        let invites = |chars: &[char]| {
            let text: String = chars.iter().collect();
            LETTER_INVITING.iter().any(|w| text.contains(w))
        };
        ((above < 0.3 && below > 0.6) || (above > 0.6 && below < 0.3))
            && invites(&self.lower[..split])
            && invites(&self.lower[split..])
    }

    /// The first line of the message that is the letter: the innermost one (a forwarded letter is at the bottom),
    /// when what follows it still reads as a letter (five lines or more). But when the innermost does not invite
    /// anyone and one above it does ("please find the invitation below", then the person's own request under
    /// "-----Original Message-----"), the one that invites.
    fn innermost_message(&self) -> usize {
        let mut starts = vec![0];
        for l in 0..self.lines.len() {
            let (s, e) = self.lines[l];
            let line = self.lower_str(s, e);
            let line = line.trim().trim_start_matches(['>', ' ']);
            let marker = LETTER_QUOTE_MARKERS.iter().any(|m| line.starts_with(m)) || (line.starts_with("on ") && self.introduces_quote(l));
            // A line of dashes between a covering note and the letter ("---", "-----------").
            let rule = line.chars().count() >= 3 && line.chars().all(|c| "-_=*~—".contains(c));
            // (Not a rule between a bilingual letter's two versions: the same letter in English and in Chinese.)
            let rule = rule && !self.scripts_differ_around(l);
            let marker = marker || rule;
            if self.header_line[l] || marker {
                if starts.last() == Some(&l) {
                    starts.pop();
                }
                starts.push(l + 1);
            }
        }
        let lines_from = |start: usize, end: usize| self.content_lines.iter().filter(|&&l| l >= start && l < end).count();
        let invites = |start: usize, end: usize| {
            let (s, e) = (self.lines.get(start).map_or(self.lower.len(), |x| x.0), self.lines.get(end).map_or(self.lower.len(), |x| x.0));
            let message = self.lower_str(s, e);
            LETTER_INVITING.iter().any(|w| message.contains(w))
        };
        let n = self.lines.len();
        let ends: Vec<usize> = starts.iter().skip(1).copied().chain([n]).collect();
        let innermost = *starts.last().unwrap_or(&0);
        if innermost > 0 && !invites(innermost, n) {
            if let Some((&start, _)) = starts.iter().zip(&ends).rev().find(|&(&s, &e)| invites(s, e) && lines_from(s, e) >= 5) {
                return start;
            }
        }
        if lines_from(innermost, n) >= 5 { innermost } else { 0 }
    }

    pub(super) fn is_blank(&self, l: usize) -> bool {
        let (s, e) = self.lines[l];
        self.original[s..e].iter().all(|c| c.is_whitespace())
    }

    pub(super) fn line_of(&self, pos: usize) -> usize {
        self.lines.partition_point(|(_, e)| *e < pos).min(self.lines.len() - 1)
    }

    /// The span with surrounding blanks and trailing punctuation removed.
    pub(super) fn trim(&self, mut s: usize, mut e: usize) -> (usize, usize) {
        while s < e && (self.original[s].is_whitespace() || "*•·-–:：|\"'“”>".contains(self.original[s])) {
            s += 1;
        }
        while e > s && (self.original[e - 1].is_whitespace() || ",.;，。；、:：|*".contains(self.original[e - 1])) {
            e -= 1;
        }
        (s, e)
    }

    pub(super) fn extracted(&self, s: usize, e: usize, value: Option<String>, confidence: f32) -> Option<Extracted> {
        let (s, e) = self.trim(s, e);
        if e <= s || e - s > 300 {
            return None;
        }
        let text = self.slice(s, e);
        // A value that runs over lines (a form's, a wrapped paragraph's) reads as one line.
        let value = value.unwrap_or_else(|| if text.contains('\n') { joined_lines(&text) } else { text.clone() });
        Some(Extracted { value, text, start: s, end: e, confidence, reason: None })
    }

    /// The character offset of the byte offset `b` (which starts a character).
    pub(super) fn char_at_byte(&self, b: usize) -> usize {
        self.byte_of.partition_point(|&x| x < b)
    }

    /// The first `needle` (lower-case, half-width) within characters `from..to`.
    pub(super) fn find_lower(&self, from: usize, to: usize, needle: &str) -> Option<usize> {
        let to = to.min(self.lower.len());
        if needle.is_empty() || from >= to {
            return None;
        }
        let (bf, bt) = (self.byte_of[from], self.byte_of[to]);
        self.pairs.find(self.lower_string.as_bytes(), bf, bt, as_read(needle).as_bytes()).map(|b| self.char_at_byte(b))
    }

    /// Every start of `needle` in the letter, in order.
    pub(super) fn find_all<'b>(&'b self, needle: &'b str) -> impl Iterator<Item = usize> + 'b {
        let mut from = 0;
        std::iter::from_fn(move || {
            let p = self.find_lower(from, self.lower.len(), needle)?;
            from = p + 1;
            Some(p)
        })
    }

    /// The last `needle` within characters `from..to`.
    pub(super) fn rfind_lower(&self, from: usize, to: usize, needle: &str) -> Option<usize> {
        let to = to.min(self.lower.len());
        if needle.is_empty() || from >= to {
            return None;
        }
        let (bf, bt) = (self.byte_of[from], self.byte_of[to]);
        self.pairs.rfind(self.lower_string.as_bytes(), bf, bt, as_read(needle).as_bytes()).map(|b| self.char_at_byte(b))
    }
}


/// The text after `start` up to the first of `stops` (or the sentence's end), within `max` characters.
pub(super) fn phrase_until(text: &Text, start: usize, stops: &[&str], max: usize) -> (usize, usize) {
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


#[cfg(test)]
mod tests {
    use super::{joined_lines, wraps, Pairs};

    /// Whether the first line break after `at` in `letter` wraps its paragraph.
    fn wraps_after(letter: &str, at: &str) -> bool {
        let chars: Vec<char> = letter.chars().collect();
        let from = letter[..letter.find(at).unwrap()].chars().count();
        let i = (from..chars.len()).find(|&i| chars[i] == '\n').unwrap();
        wraps(&chars, i)
    }

    const QUOTED: &str = "> During the week we would ask you to deliver a public lecture on the\n> syntax of Korean honorifics and to lead a four-day graduate workshop on\n> field methods for our MPhil and PhD students. The lecture will be on the\n> evening of Monday, 11 October, in the Rayson Huang Theatre.\n>\n> Best wishes,\n> Helen\n";

    #[test]
    fn a_paragraph_wrapped_by_an_email_program_goes_on_across_its_lines() {
        assert!(wraps_after(QUOTED, "During"), "a sentence cannot stop on 'the'");
        assert!(wraps_after(QUOTED, "syntax"), "a full line, and the next goes on");
        assert!(!wraps_after(QUOTED, "evening"), "a full stop ends it");
        assert!(!wraps_after(QUOTED, "Best"), "a sign-off is its own line");
        // A short line, but one a sentence cannot stop on.
        let short = "Thank you for agreeing to give the keynote lecture at our conference in May.\nThe lecture will be held in the\nRayson Huang Theatre.\n";
        assert!(wraps_after(short, "The lecture"));
        assert_eq!(joined_lines("deliver a public lecture on the\n> syntax of Korean honorifics"), "deliver a public lecture on the syntax of Korean honorifics");
        // A PDF's line, full to the page's width, breaks a date; a word split by a hyphen is whole again.
        let pdf = "Following our conversations in Lyon last autumn, I am de-\nlighted to confirm our invitation. Studio rehearsals run from 4\nMay to 13 May 2027, and the work will be performed on Friday\n14 May and Saturday 15 May 2027 at 7:45 pm in the theatre.\n";
        assert!(wraps_after(pdf, "Following") && wraps_after(pdf, "Studio") && wraps_after(pdf, "May to"));
        assert_eq!(joined_lines("I am de-\nlighted"), "I am delighted");
        // Chinese runs on without a space.
        let zh = "本署謹誠邀閣下於二〇二七年五月來港，擔任本署主辦的國際研討會主講嘉賓，並主持兩場\n專業培訓工作坊。\n";
        assert!(wraps_after(zh, "本署"));
        assert_eq!(joined_lines("並主持兩場\n專業培訓工作坊"), "並主持兩場專業培訓工作坊");
    }

    #[test]
    fn a_letters_own_layout_keeps_its_lines() {
        // An address block, labelled lines, a list, a table, a short line before a name.
        assert!(!wraps_after("Hong Kong Academy for Performing Arts\n1 Gloucester Road\nWan Chai\n", "Hong"));
        let form = "Activity: To give two masterclasses for the students of the School of Music at the Academy\nVenue: Concert Hall\n";
        assert!(!wraps_after(form, "Activity"), "a new label starts below");
        let list = "During your visit you will give the following classes and lectures to our students\n- 4 May: a masterclass\n1. 5 May: a lecture\n";
        assert!(!wraps_after(list, "During") && !wraps_after(list, "- 4 May"));
        let table = "4 May 2027 (Monday)      Rehearsal with the orchestra in the morning      Concert Hall\n5 May 2027 (Tuesday)      Concert\n";
        assert!(!wraps_after(table, "4 May"), "columns parted by spaces are a table's");
        let signed = "We look forward to welcoming you to the Academy and to Hong Kong in May 2027. With every good wish for the coming season of concerts and recitals\nFor and on behalf of the Academy of Visual Arts\n(signed)\nProfessor Stella CHEUNG\n";
        assert!(!wraps_after(signed, "For and"), "not full: the lines around it are wider");
        let chat = "[2027/9/3 上午10:18:40] 梁慧儀: 想請你負責教分流實務嗰部分，仲有最後一日個模擬演習都想你嚟主持\n[2027/9/3 上午10:20:11] 陳建宏: 冇問題\n";
        assert!(!wraps_after(chat, "[2027/9/3 上午10:18"), "a chat's next message");
    }

    #[test]
    fn a_forms_value_goes_on_below_its_label_only_when_it_cannot_end() {
        let form = "Activity:   conduct two workshops for\n            secondary school teachers\nCapacity:   Guest Artist\n            (unpaid)\n";
        assert!(wraps_after(form, "Activity"));
        assert!(!wraps_after(form, "Capacity"));
    }

    use proptest::prelude::*;

    fn both(hay: &str, from: usize, to: usize, needle: &str) -> (Option<usize>, Option<usize>) {
        let pairs = Pairs::new(hay.as_bytes());
        (pairs.find(hay.as_bytes(), from, to, needle.as_bytes()), pairs.rfind(hay.as_bytes(), from, to, needle.as_bytes()))
    }

    #[test]
    fn a_cue_is_found_at_either_end_of_the_range_and_not_outside_it() {
        let hay = "arrive on 3 May; depart on 4 May";
        assert_eq!(both(hay, 0, hay.len(), "arrive"), (Some(0), Some(0)));
        assert_eq!(both(hay, 0, hay.len(), " may"), (None, None), "the index is of the lower-case text, as searched");
        assert_eq!(both(hay, 0, hay.len(), " on "), (Some(6), Some(23)));
        assert_eq!(both(hay, 7, 27, " on "), (Some(23), Some(23)), "only wholly inside the range");
        assert_eq!(both(hay, 7, 26, " on "), (None, None));
        assert_eq!(both(hay, 0, 3, "arrive"), (None, None), "longer than the range");
        assert_eq!(both("抵港日期：5月3日；離港日期：5月9日", 0, 51, "日期"), (Some(6), Some(32)));
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]
        // Any cue, in any range of any text (Latin and Chinese, with collisions in the index's buckets), is found
        // where the standard library's search finds it.
        #[test]
        fn finds_what_the_standard_search_finds(hay in "[a-c 日期]{0,40}", needle in "[a-c 日期]{1,4}", a in 0usize..60, b in 0usize..60) {
            let bounds: Vec<usize> = hay.char_indices().map(|(i, _)| i).chain([hay.len()]).collect();
            let (from, to) = (bounds[a % bounds.len()].min(bounds[b % bounds.len()]), bounds[a % bounds.len()].max(bounds[b % bounds.len()]));
            let want = (hay[from..to].find(&needle).map(|p| from + p), hay[from..to].rfind(&needle).map(|p| from + p));
            prop_assert_eq!(both(&hay, from, to, &needle), want);
        }
    }
}
