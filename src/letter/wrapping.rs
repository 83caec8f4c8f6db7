//! Paragraphs whose lines a program broke: an e-mail program's fixed width, a quoting reply's "> " marks, a PDF's
//! lines pasted, a form's value that runs on below its label. Which line breaks only wrap a paragraph, and the letter
//! with those breaks joined ([`Joined`]), which the reader reads instead of the letter as pasted: a phrase, a cue or a
//! name then goes on across the break ("... a public lecture on the" / "syntax of ...", "日本" / "國籍"). Each value
//! found is given back in the letter's own offsets and text.

use super::text::{is_bullet, is_cjk};

/// Whether the line `this` goes on in the line `next` (character ranges, without their breaks; they may be parted by
/// a page's footer, which the break skips): whether the break only wraps a paragraph, an e-mail program's fixed
/// width, a PDF's lines pasted, a form's value that runs on below its label. A letter's layout breaks lines too (an
/// address block, a list, a label on each line), so a break wraps only when nothing else explains it:
/// - the line goes on below at the same quoting depth (no blank line, no bullet, no new label, no table);
/// - the line does not end a sentence or introduce what follows (., :, ;, ?, !);
/// - and either it fills the paragraph's width (`widest`, the widest line around them, a Chinese character counting
///   two columns, as on screen), or it cannot end there: its last word is one a sentence does not stop on ("on the"),
///   a word split by a hyphen goes on in lower case, the next line goes on in lower case after a line of some length,
///   a bracket or a quotation is open, or a currency waits for its sum.
///
/// A line below indented further than this one (a form's value, "Activity:   conduct two workshops for" over
/// "             secondary school teachers") wraps only on that last kind of evidence.
fn line_wraps(chars: &[char], this: (usize, usize), next: (usize, usize), widest: usize) -> bool {
    const WRAPPED_WIDTH: usize = 60;
    const WRAPPED_CJK_WIDTH: usize = 40;
    const PARAGRAPH_WIDTH: usize = 50;
    const SOME_LENGTH: usize = 30;
    // (Ten Chinese characters.)
    const CJK_SOME_LENGTH: usize = 20;
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
    if ".:;!?。：；！？".contains(last) || starts_an_item(next) || is_a_label(next) || opens_a_dated_row(next) || opens_a_message(next) {
        return false;
    }
    // A greeting starts anew ("Dear Mr Adams,").
    let greets = |g: &&str| g.chars().zip(next.iter()).all(|(a, &b)| a == b.to_ascii_lowercase()) && next.len() >= g.chars().count();
    if super::cues::LETTER_GREETINGS.iter().any(greets) {
        return false;
    }
    let width = on_screen(line);
    // (Written in lower case: "Category A" ends a line; "for a" does not.)
    let unfinished = last.is_ascii_lowercase() && {
        let last_word: String = line.iter().rev().take_while(|c| c.is_alphabetic()).collect::<Vec<_>>().into_iter().rev().collect();
        last_word.chars().all(|c| c.is_ascii_lowercase()) && super::cues::LETTER_UNFINISHED_LINE_ENDS.contains(&last_word.as_str())
    } || (is_cjk(first) || first.is_ascii_digit()) && width >= CJK_SOME_LENGTH && {
        // (A line of some length: a signature's name may end so, "梁志和".)
        let tail: String = line.iter().rev().take(2).collect::<Vec<_>>().into_iter().rev().collect();
        super::cues::LETTER_CJK_UNFINISHED_LINE_ENDS.iter().any(|w| tail.ends_with(w))
    };
    // Nor does a line stop inside a bracket or a quotation ("發表題為「人工智能深偽詐騙的偵查與"), or on a currency
    // whose sum is below ("評審酬金港幣" / "35,000元"). (Counted only when nothing cheaper has decided.)
    let inside_or_on_a_currency = || {
        let open = |o: char, c: char| line.iter().filter(|&&x| x == o).count() > line.iter().filter(|&&x| x == c).count();
        let unclosed = open('「', '」') || open('(', ')') || open('（', '）') || open('《', '》') || open('“', '”');
        let tail: String = line.iter().rev().take(4).collect::<Vec<_>>().into_iter().rev().collect::<String>().to_ascii_lowercase();
        unclosed || super::cues::REMUNERATION_CURRENCIES.iter().any(|c| tail.ends_with(c.trim_end()))
    };
    let split_word = last == '-' && line.len() >= 2 && line[line.len() - 2].is_lowercase() && first.is_lowercase();
    let goes_on_lower = first.is_ascii_lowercase() && width >= SOME_LENGTH && last.is_alphanumeric();
    // An indented line below may be a form's next value, and a labelled line's value may stop at its end ("Host
    // organisation: Hong Kong Academy for Performing Arts"): only what cannot end a line carries over.
    if next_indent > indent || is_a_label(line) {
        return unfinished || split_word || goes_on_lower || inside_or_on_a_currency();
    }
    // Full: the next line's first word would not have fitted on this one, in a paragraph as wide as the lines
    // around it ("... Studio rehearsals will run from 4" / "May to 13 May 2027").
    // (Counted up to 14 columns, so that "Headquarters." did not fit after a line 10 short of the widest; a longer
    // word below, an address or a link, says no more.)
    let first_word = first_word_width(next).min(14);
    // (A paragraph is at least `PARAGRAPH_WIDTH` wide: an address block's lines are not full lines.)
    // (A line of a letterhead or an address, each word capitalised, is never full: "Cultural Presentations Section,
    // Performing Arts Division" over "Level 3, Leisure and Cultural Services Headquarters".)
    let full = width >= PARAGRAPH_WIDTH.max(WRAPPED_WIDTH.min(widest) * 3 / 4) && width + 1 + first_word > widest.saturating_sub(2) && !title_case(line);
    // A Chinese line full to the page's width: its last character may be a comma or a digit ("每日港幣3,500" / "元").
    let full_chinese = || {
        let chinese = line.iter().filter(|c| is_cjk(**c)).count() * 2 >= line.len();
        let wide_end = is_cjk(last) || last.is_ascii_digit() || "，、".contains(last);
        width >= WRAPPED_CJK_WIDTH && chinese && wide_end && (is_cjk(first) || first.is_ascii_digit() || "（「《“".contains(first))
    };
    full || unfinished || split_word || goes_on_lower || full_chinese() || inside_or_on_a_currency()
}

/// How many columns a character takes on screen: two for Chinese and Japanese, one for others.
pub(super) fn columns(c: char) -> usize {
    if is_cjk(c) || ('\u{3000}'..='\u{30FF}').contains(&c) || ('\u{FF01}'..='\u{FF60}').contains(&c) { 2 } else { 1 }
}

/// How many columns characters take on screen, a Chinese character two.
pub(super) fn on_screen(chars: &[char]) -> usize {
    chars.iter().map(|&c| columns(c)).sum()
}

/// How many columns a line's first word takes on screen.
fn first_word_width(line: &[char]) -> usize {
    on_screen(&line[..line.iter().position(|c| c.is_whitespace()).unwrap_or(line.len())])
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
    // (Nor those after a paragraph's number: "2.     We should be most grateful if you would conduct a three-day".)
    let numbered = |k: usize| {
        let mark: String = line[..k].iter().collect();
        let mark = mark.trim_start();
        let inner = mark.trim_start_matches('(').trim_end_matches(['.', ')']);
        mark.len() > inner.len() && (1..=3).contains(&inner.len()) && inner.chars().all(|c| c.is_ascii_digit() || c.is_ascii_lowercase())
    };
    let gap = (1..line.len().saturating_sub(2)).any(|k| {
        let run = line[k..].iter().take_while(|&&c| blank(c)).count();
        !blank(line[k - 1]) && !matches!(line[k - 1], ':' | '：') && (run >= 3 || (run >= 2 && line[k] == '\u{3000}')) && !numbered(k)
    });
    gap || line.iter().any(|&c| c == '\t' || super::layout::is_bar(c))
}

/// Whether a line's words all start with a capital, but for the small words of a name ("and", "of"): a heading, a
/// letterhead's or an address's line, not a line of prose.
fn title_case(line: &[char]) -> bool {
    const SMALL: &[&str] = &["and", "of", "the", "for", "in", "on", "at", "de", "du", "la", "&"];
    let text: String = line.iter().collect();
    let words: Vec<&str> = text.split(|c: char| c.is_whitespace() || c == ',').filter(|w| w.chars().any(char::is_alphabetic)).collect();
    words.len() >= 3 && words.iter().all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()) || SMALL.contains(w))
}

/// For each line but the last, whether its break only wraps its paragraph: [`line_wraps`], and, in a paragraph that
/// shows it was wrapped (two of its breaks do, or one in three), every break that nothing else explains. A writer's
/// program wraps all of a paragraph's lines, the short ones too ("... to join us as Guest" / "Conductor for the
/// third programme"), but a break after a comma may end a greeting or a sign-off, so that stays.
///
/// A page's footer that a pasted PDF leaves inside a paragraph ("Page 1 of 2", "第1頁，共2頁") is skipped when the
/// lines either side of it go on into each other; the second list gives those footers' lines.
pub(super) fn wrapped_lines(chars: &[char], lines: &[(usize, usize)]) -> (Vec<bool>, Vec<usize>) {
    const AROUND: usize = 8;
    // A "paragraph" of this many lines or more is a whole letter pasted from a PDF with no blank line in it.
    const WHOLE_LETTER: usize = 20;
    let breaks = lines.len().saturating_sub(1);
    // Each line's width once, and the widest of the eight lines either side of each break: the width a wrapped
    // paragraph there fills.
    let widths: Vec<usize> = lines.iter().map(|&(s, e)| width_of(&chars[s..e])).collect();
    let widest = |a: usize, b: usize| widths[a.saturating_sub(AROUND)..(b + AROUND + 1).min(widths.len())].iter().copied().max().unwrap_or(0);
    let mut wrapped: Vec<bool> = (0..breaks).map(|k| line_wraps(chars, lines[k], lines[k + 1], widest(k, k + 1))).collect();
    let blank = |k: usize| quoted_line(&chars[lines[k].0..lines[k].1]).2.iter().all(|c| c.is_whitespace());
    let mut footers = Vec::new();
    for f in (1..breaks).filter(|&f| is_page_footer(&chars[lines[f].0..lines[f].1])) {
        // The lines of text either side, past up to two blank lines (and above it, a rule over the footer: "研討會定於
        // 2028年9月12日至" / "────" / "第1頁，共2頁").
        let rule = |k: usize| is_a_rule(&chars[lines[k].0..lines[k].1]);
        let before = (f.saturating_sub(4)..f).rev().find(|&k| !blank(k) && !rule(k));
        let after = (f + 1..(f + 4).min(lines.len())).find(|&k| !blank(k));
        let (Some(a), Some(b)) = (before, after) else { continue };
        // The next page's running head, a few lines set off by a blank line, may stand between: "香港民族乐团有限公司…
        // 本团档号：…", a rule, "Hong Kong Academy for Performing Arts · 1 Gloucester Road …", "School of Music    Our
        // ref.: …". Its lines go too, when each is a head's (see `is_a_running_head`) and the line above goes on
        // past them.
        let head_end = (b..(b + 7).min(lines.len())).find(|&k| blank(k)).filter(|&h| (b..h).all(|k| is_a_running_head(&chars[lines[k].0..lines[k].1])));
        let resumed = head_end.and_then(|h| (h..(h + 3).min(lines.len())).find(|&k| !blank(k)));
        if let (Some(h), Some(r)) = (head_end, resumed) {
            if line_wraps(chars, lines[a], lines[r], widest(a, r)) {
                footers.extend((a + 1..f).filter(|&k| rule(k)));
                footers.push(f);
                footers.extend(b..h);
                for w in &mut wrapped[a..r] {
                    *w = true;
                }
                continue;
            }
        }
        if line_wraps(chars, lines[a], lines[b], widest(a, b)) {
            footers.extend((a + 1..f).filter(|&k| rule(k)));
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
        // An e-mail's signature block, under its "--", keeps its lines: a name, a post, an address.
        let delimiter = {
            let first = quoted_line(&chars[lines[k].0..lines[k].1]).2;
            let first: Vec<char> = first.iter().copied().filter(|c| !c.is_whitespace()).collect();
            first == ['-', '-']
        };
        if delimiter {
            for w in &mut wrapped[k..last] {
                *w = false;
            }
            k = last + 1;
            continue;
        }
        // (A join across a page's footer says nothing of how the rest was wrapped.)
        let across_a_footer = |b: usize| footers.iter().any(|&f| b + 1 == f || b == f);
        let shown = (k..last).filter(|&b| wrapped[b] && !across_a_footer(b)).count();
        // (A signature block or a letterhead is three lines or so, and one of its breaks may look wrapped.)
        if last - k >= 3 && shown >= 2 && shown * 3 >= last - k {
            for b in k..last {
                if !wrapped[b] {
                    wrapped[b] = goes_on(&chars[lines[b].0..lines[b].1], &chars[lines[b + 1].0..lines[b + 1].1], widest(b, b + 1), last - k >= WHOLE_LETTER);
                }
            }
        }
        k = last + 1;
    }
    (wrapped, footers)
}

/// Whether a line is a page's footer or header: its number ("Page 1 of 2", "- 2 -", "1/2", "第1頁，共2頁", "第 2 页 共 3
/// 页"), alone or set apart by a wide gap from a short reference or title ("FSD/FASA/TRG 3/22/28　　　第 2 頁，共 2 頁",
/// "Page 2 of 3        Invitation – Prof. Ito").
pub(super) fn is_page_footer(line: &[char]) -> bool {
    if is_page_number(line) {
        return true;
    }
    // A gap of two spaces or more (a tab, an ideographic space) between the number and the rest: a PDF's footer is
    // laid out in columns; a sentence that ends "see page 2" has single spaces.
    let line = quoted_line(line).2;
    let gap = |i: usize| line[i] == '\t' || line[i] == '\u{3000}' || (line[i] == ' ' && line.get(i + 1) == Some(&' '));
    let Some(first_gap) = (0..line.len()).find(|&i| gap(i)) else { return false };
    let last_gap = (0..line.len()).rev().find(|&i| gap(i)).unwrap_or(first_gap);
    let short_reference = |part: &[char]| {
        // (Its length without the gap's spaces: a footer's columns may be far apart.)
        let mut part: Vec<char> = part.iter().copied().skip_while(|c| c.is_whitespace()).collect();
        while part.last().is_some_and(|c| c.is_whitespace()) {
            part.pop();
        }
        let end = part.last().copied();
        !part.is_empty() && part.len() <= 40 && !part.iter().any(|c| matches!(c, '。' | '，' | ',' | '!' | '?')) && end != Some('.')
    };
    // (Beside other text, only a number that says it is a page's: "Page 2 of 3", "第 2 頁", "- 2 -"; "12/6" beside
    // "Arrival" is an itinerary's row.)
    let names_a_page = |part: &[char]| {
        let part: String = part.iter().collect::<String>().to_lowercase();
        is_page_number(&part.chars().collect::<Vec<char>>()) && (part.contains("page") || part.contains('第') || part.trim_start().starts_with(['-', '–', '—']))
    };
    if (names_a_page(&line[last_gap + 1..]) && short_reference(&line[..last_gap])) || (names_a_page(&line[..first_gap]) && short_reference(&line[first_gap..])) {
        return true;
    }
    // (Or in the middle of three columns: "DH/CHP/VBD/28/052　　　第1頁，共2頁　　　列印日期：2028-08-02".)
    let mut parts: Vec<&[char]> = Vec::new();
    let mut start = 0;
    for i in 0..=line.len() {
        if i == line.len() || gap(i) {
            if i > start {
                parts.push(&line[start..i]);
            }
            start = i + 1;
        }
    }
    parts.len() == 3 && names_a_page(parts[1]) && short_reference(parts[0]) && short_reference(parts[2])
}

/// A table pasted one cell to a line, as a PDF's or a web page's table often copies: a heading of three to six short
/// lines, the first naming the dates' column ("Date" / "Time" / "Session" / "Venue", "日期" / "時間" / "內容" / "地點"),
/// then rows of as many lines, each row's first a date ("Tue 7 Mar 2028", "2028年1月20日（星期四）"). For each line,
/// whether its break only parts two cells of a row, so that the rows read as a table's.
fn cells_on_their_own_lines(chars: &[char], lines: &[(usize, usize)]) -> Vec<bool> {
    let mut in_a_row = vec![false; lines.len()];
    let text = |l: usize| -> String { chars[lines[l].0..lines[l].1].iter().collect::<String>().trim().to_lowercase() };
    let dated = |l: usize| {
        let line = text(l);
        let words = line.split(|c: char| !c.is_alphabetic()).any(super::dates::is_a_month);
        line.chars().any(|c| c.is_ascii_digit()) && (words || line.contains('月') || line.contains('/') || line.matches('.').count() >= 2)
    };
    let mut l = 0;
    while l < lines.len() {
        let head = text(l);
        if !super::cues::LETTER_DATE_COLUMN_HEADS.contains(&head.trim_end_matches([':', '：']).trim_end()) {
            l += 1;
            continue;
        }
        // The heading: short lines with no figure, up to the first row's date.
        let Some(first_row) = (l + 1..(l + 7).min(lines.len())).find(|&k| dated(k)) else { l += 1; continue };
        let width = first_row - l;
        let heading = (l..first_row).all(|k| !text(k).is_empty() && text(k).chars().count() <= 16 && !text(k).chars().any(|c| c.is_ascii_digit()));
        if !(3..=6).contains(&width) || !heading {
            l += 1;
            continue;
        }
        // Its rows: as many lines each, none blank, each opening with a date.
        let mut rows = 0;
        while first_row + (rows + 1) * width <= lines.len() {
            let row = first_row + rows * width;
            if !dated(row) || (row..row + width).any(|k| text(k).is_empty()) {
                break;
            }
            rows += 1;
        }
        if rows >= 2 {
            for row in std::iter::once(l).chain((0..rows).map(|r| first_row + r * width)) {
                for k in row..row + width - 1 {
                    in_a_row[k] = true;
                }
            }
        }
        l = first_row + rows * width;
    }
    in_a_row
}

/// Whether a line is a rule: underscores, dashes, equals signs or box-drawing lines, and nothing else.
fn is_a_rule(line: &[char]) -> bool {
    let text: String = line.iter().collect::<String>();
    let text = text.trim();
    !text.is_empty() && text.chars().all(|c| "_-=─━—".contains(c))
}

/// Whether a line may be a page's running head under a footer: a rule, parts set apart by a wide gap or a middle dot
/// ("School of Music          Our ref.: …", "香港浸會大學音樂系　香港九龍塘…", "… · 1 Gloucester Road · T (852) …"), or a
/// reference ("本系檔號：MUS/AIR/2028/03"), or a line marked as continued ("… (cont'd)"). A line of prose is none of these.
fn is_a_running_head(line: &[char]) -> bool {
    let text: String = line.iter().collect::<String>().trim().to_lowercase();
    let rule = is_a_rule(line);
    let gap = text.contains("   ") || text.contains('\u{3000}') || text.contains(" · ");
    let reference = super::cues::LETTER_OWN_REFERENCES.iter().chain(super::cues::LETTER_REFERENCE_CELLS.iter().filter(|w| !w.is_ascii())).any(|w| text.contains(w));
    // ("Environmental Protection Department - Invitation to Dr A. Okonkwo (cont'd)", "邀請函（續）".)
    let continued = super::cues::LETTER_CONTINUED.iter().any(|w| text.replace('（', "(").replace('）', ")").contains(w));
    rule || gap || reference || continued
}

/// Whether a line is only a page's number.
fn is_page_number(line: &[char]) -> bool {
    // (Most lines are not: a footer starts with "page", 第, a dash or a digit.)
    let opens = quoted_line(line).2.first().is_some_and(|c| matches!(c, 'p' | 'P' | '第' | '-' | '–' | '—') || c.is_ascii_digit());
    if !opens {
        return false;
    }
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
            // ("第1頁，共2頁", "第 1 页 / 共 2 页".)
            let b = b.trim_start_matches(['，', ',', '/', '／']).trim_start_matches('共').trim_end_matches(['頁', '页']);
            number(a) && number(b)
        });
    }
    (number(rest) && rest != text) || of(rest, "/")
}

/// Whether nothing but the writer's wrapping explains a break between two lines of a wrapped paragraph: the line
/// does not end a sentence, a clause or a greeting, and the next is more of it, not an item, a label or a row.
fn goes_on(line: &[char], next: &[char], widest: usize, whole_letter: bool) -> bool {
    let (_, indent, line) = quoted_line(line);
    let (_, next_indent, next) = quoted_line(next);
    let line: &[char] = &line[..line.iter().rposition(|c| !c.is_whitespace()).map_or(0, |p| p + 1)];
    let (Some(&last), Some(&first)) = (line.last(), next.first()) else { return false };
    // A letter pasted from a PDF with no blank line is one such paragraph; its own short lines still end there: two
    // lines far shorter than the page's width, when the next line's first word would have fitted on the first ("9
    // January 2028" over "Ms Luana Ferreira da Silva", an address's lines).
    let (width, next_width) = (on_screen(line), on_screen(next));
    // A short line wholly in brackets is a name signed under a sign-off: "(Cheryl Au-Yeung)" over the signer's post.
    if matches!(line.first(), Some('(' | '（')) && matches!(last, ')' | '）') && width * 2 < widest {
        return false;
    }
    let short = width * 5 < widest * 3 && next_width * 5 < widest * 3 && width + 1 + first_word_width(next) < widest;
    if whole_letter && short {
        return false;
    }
    // Nor a short line of capitalised words only, a name or a heading, over a line that starts with a capital: "Mr
    // LIM Choon Keat" over his workshop's address, "Captain Sven LARSSON" over his post.
    let words: Vec<&[char]> = line.split(|c| c.is_whitespace()).filter(|w| !w.is_empty()).collect();
    let capitalised = !words.is_empty() && words.iter().all(|w| w[0].is_uppercase() || !w[0].is_alphabetic());
    if whole_letter && width * 5 < widest * 3 && capitalised && first.is_uppercase() {
        return false;
    }
    next_indent <= indent
        && (last.is_alphanumeric() || last == '-' || last == ')' || last == '）' || last == '」')
        && (first.is_alphanumeric() || matches!(first, '(' | '（' | '「' | '“' | '"' | '$'))
        && !is_a_row(line)
        && !is_a_row(next)
        && !starts_an_item(next)
        && !opens_a_dated_row(next)
        && !opens_a_message(next)
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
        let lines = lines_of(original);
        let (wrapped, footers) = wrapped_lines(original, &lines);
        let in_a_row = cells_on_their_own_lines(original, &lines);
        // (A table's lines keep their breaks, as tabs or as its rows' ends, whatever the paragraph around seemed.)
        let wrapped: Vec<bool> = wrapped.iter().enumerate().map(|(k, &w)| w && !in_a_row[k] && !(k > 0 && in_a_row[k - 1])).collect();
        let mut skipped = vec![false; lines.len()];
        for &f in &footers {
            skipped[f] = true;
        }
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
                    // (Between two cells of a table's row, pasted one to a line: a tab, as the row's cells are parted.)
                    chars.push(if in_a_row[k] { '\t' } else { '\n' });
                    map.push(e);
                }
                k += 1;
                from = lines.get(k).map_or(original.len(), |l| l.0);
                continue;
            }
            // Wrapped into the next line of text (past a footer and blank lines, all wrapped through).
            let mut next = k + 1;
            while wrapped.get(next) == Some(&true) && (is_page_footer_or_blank(&original[lines[next].0..lines[next].1]) || skipped[next]) {
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

/// Each line's characters (start, end), its break left out.
fn lines_of(chars: &[char]) -> Vec<(usize, usize)> {
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' {
            lines.push((start, i));
            start = i + 1;
        }
    }
    lines.push((start, chars.len()));
    lines
}

/// Whether a line is blank or a page's footer (its number, perhaps beside a reference).
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

/// The Chinese numerals that number a list's items or a form's lines ("一、", "（二）", "十一、").
pub(super) const CJK_ITEM_NUMERALS: &str = "一二三四五六七八九十";

/// Where an item's own words start in `line` (a letter's characters up to the item's line end), past its mark at `s`:
/// "• ", "2. ", "一、", "（二）" (see `starts_an_item`).
pub(super) fn past_the_items_mark(line: &[char], s: usize) -> usize {
    let numeral = |c: char| c.is_ascii_digit() || CJK_ITEM_NUMERALS.contains(c);
    let e = line.len();
    let mut i = s;
    if line.get(i).is_some_and(|&c| is_bullet(c) || is_numbered_mark(c)) {
        i += 1;
    } else {
        if matches!(line.get(i), Some('(' | '（')) {
            i += 1;
        }
        while i < e && numeral(line[i]) {
            i += 1;
        }
        // ("(a) conducting …": a letter for its number.)
        if i == s + 1 && line[s] == '(' && line.get(i).is_some_and(|c| c.is_ascii_lowercase()) && line.get(i + 1) == Some(&')') {
            i += 1;
        }
        if matches!(line.get(i), Some('.' | ')' | '、' | '）')) {
            i += 1;
        }
    }
    (i..e).find(|&j| !line[j].is_whitespace()).unwrap_or(e)
}

/// Whether a line opens as a Chinese itinerary's row: a day, with its year, its weekday or a second day if written,
/// then a gap or a colon before what is done ("一月三十日（星期六）　上午十時簡介會", "8月3日至5日（星期二至星期四）　初賽",
/// "2027年8月3日：抵港"). Prose never leaves a gap after a date, so such lines are not a wrapped paragraph's, however
/// wide: a schedule's rows are each as wide as the page.
pub(super) fn opens_a_dated_row(line: &[char]) -> bool {
    let numeral = |c: char| c.is_ascii_digit() || "〇零一二三四五六七八九十廿卅".contains(c);
    let run = |i: usize| line[i.min(line.len())..].iter().take_while(|&&c| numeral(c)).count();
    // (Or the day's number, and its date in brackets: "第二天（九月三十日，星期四）　下午排練".)
    if line.first() == Some(&'第') && run(1) >= 1 && line.get(1 + run(1)).is_some_and(|c| "天日".contains(*c)) && matches!(line.get(2 + run(1)), Some('（' | '(')) {
        let open = 2 + run(1);
        let Some(close) = (open + 1..line.len().min(open + 20)).find(|&k| matches!(line[k], '）' | ')')) else { return false };
        let inside = &line[open + 1..close];
        return inside.contains(&'月') && inside.iter().any(|c| "日號号".contains(*c)) && line.get(close + 1).is_some_and(|&c| matches!(c, ' ' | '\u{3000}' | '\t' | ':' | '：'));
    }
    let mut i = 0;
    // (The year, if written: "2027年", "二〇二七年".)
    if (run(0) == 4) && line.get(4) == Some(&'年') {
        i = 5;
    }
    let month = run(i);
    if !(1..=3).contains(&month) || line.get(i + month) != Some(&'月') {
        return false;
    }
    i += month + 1;
    let day = run(i);
    if !(1..=3).contains(&day) || !line.get(i + day).is_some_and(|c| "日號号".contains(*c)) {
        return false;
    }
    i += day + 1;
    // (A second day: "至5日", "至九月二日".)
    if line.get(i).is_some_and(|c| "至到-–—".contains(*c)) {
        let end = (i + 1..line.len().min(i + 9)).find(|&k| "日號号".contains(line[k]));
        match end {
            Some(k) if line[i + 1..k].iter().all(|&c| numeral(c) || c == '月') => i = k + 1,
            _ => return false,
        }
    }
    // (Its weekday in brackets: "（星期六）", "(五)", "（週一至週三）".)
    if matches!(line.get(i), Some('（' | '(')) {
        match (i + 1..line.len().min(i + 12)).find(|&k| matches!(line[k], '）' | ')')) {
            Some(k) => i = k + 1,
            None => return false,
        }
    }
    line.get(i).is_some_and(|&c| matches!(c, ' ' | '\u{3000}' | '\t' | ':' | '：'))
}

/// Whether a chat message's time stamp opens the line: "[21:14] Ana: …", "[14/05/2027, 21:14] Ana: …", "20/01/2028,
/// 13:51 - Ana: …", "21:14 Ana: …", "10:15\tAna\t…". A chat's next message is never the last one's wrapped line.
pub(super) fn opens_a_message(line: &[char]) -> bool {
    let head: Vec<char> = line.iter().take(32).copied().collect();
    if head.first() == Some(&'[') {
        return head.iter().position(|&c| c == ']').is_some_and(|b| holds_a_time(&head[..b]));
    }
    if !head.first().is_some_and(char::is_ascii_digit) {
        return false;
    }
    if let Some(b) = (0..head.len().saturating_sub(2)).find(|&i| head[i] == ' ' && head[i + 1] == '-' && head[i + 2] == ' ') {
        return holds_a_time(&head[..b]);
    }
    // (A time, then a sender and a colon or a tab: not a PDF's line that starts with a flight's time, "22:15 on
    // Wednesday".)
    let digits = head.iter().take_while(|c| c.is_ascii_digit()).count();
    let timed_first = (1..=2).contains(&digits) && head.get(digits) == Some(&':') && head[digits + 1..].iter().take(2).all(char::is_ascii_digit);
    let sender = |from: usize| head.get(from) == Some(&'\t') || (from + 1..head.len()).find(|&i| matches!(head[i], ':' | '：')).is_some_and(|i| head[i - 1].is_alphabetic() || head[i - 1] == ')' || head[i - 1] == '）');
    timed_first && matches!(head.get(digits + 3), Some(' ' | '\t')) && sender(digits + 3)
}

/// Whether `c` holds a time of day ("21:14", "10:02:11", "上午10:15"): a colon with a digit before it and two after.
pub(super) fn holds_a_time(c: &[char]) -> bool {
    (1..c.len().saturating_sub(2)).any(|i| c[i] == ':' && c[i - 1].is_ascii_digit() && c[i + 1].is_ascii_digit() && c[i + 2].is_ascii_digit())
}

/// A number that is an item's mark by itself: "①", "⑵", "❸".
fn is_numbered_mark(c: char) -> bool {
    matches!(c, '\u{2460}'..='\u{2487}' | '\u{2776}'..='\u{2793}')
}

/// Whether a line starts a list's item: "- ", "• ", "1. ", "(a) ", "一、", "（二）", "①".
pub(super) fn starts_an_item(line: &[char]) -> bool {
    let digits = line.iter().take_while(|c| c.is_ascii_digit()).count();
    // (Chinese numerals number items too: "一、活動日期：…", "（二）地點：…".)
    let numeral = |c: &&char| CJK_ITEM_NUMERALS.contains(**c);
    let cjk_numerals = line.iter().take_while(numeral).count();
    // ("（1）", "(12)": digits in brackets of either width; not a telephone's area code, "(852) 2345 6789".)
    let digits_in_bracket = line.iter().skip(1).take_while(|c| c.is_ascii_digit()).count();
    let bracketed_numerals = if digits_in_bracket > 2 { 0 } else { line.iter().skip(1).take_while(|c| numeral(c) || c.is_ascii_digit()).count() };
    line.first().is_some_and(|&c| is_bullet(c) || is_numbered_mark(c))
        || ((1..=3).contains(&cjk_numerals) && line.get(cjk_numerals) == Some(&'、'))
        || (matches!(line.first(), Some('（' | '(')) && (1..=3).contains(&bracketed_numerals) && matches!(line.get(bracketed_numerals + 1), Some('）' | ')')))
        || (digits > 0 && digits <= 2 && matches!(line.get(digits), Some('.' | ')' | '、')) && line.get(digits + 1).is_none_or(|c| c.is_whitespace() || is_cjk(*c)))
        || (line.first() == Some(&'(') && line.get(2) == Some(&')'))
        // A chat's time stamp: "[2027/9/3 上午10:18:02] ...".
        || (line.first() == Some(&'[') && line.get(1).is_some_and(|c| c.is_ascii_digit()))
}

/// Whether a line opens with a label: a few words without digits, then a colon ("Venue:", "Date(s) of activity:",
/// "活動日期：") or a form's dot leaders ("Place ........ City Hall").
fn is_a_label(line: &[char]) -> bool {
    // (Leaders are three dots or more after a word, not an ellipsis in a sentence: "We hope … that"; in Chinese,
    // with no space before them: "出生日期…………", "酬金．．．．．".)
    let dots = |i: usize, dot: char, n: usize| line.len() >= i + n && line[i..i + n].iter().all(|&c| c == dot);
    let leader = |i: usize| {
        let after_a_word = line[i - 1] == ' ' || is_cjk(line[i - 1]);
        after_a_word && (dots(i, '.', 3) || dots(i, '…', 2) || dots(i, '．', 3) || dots(i, '·', 3))
    };
    let Some(colon) = (0..line.len().min(32)).find(|&i| line[i] == ':' || line[i] == '：' || (i > 0 && leader(i)))
    else {
        return false;
    };
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
    // (A cell of a Markdown table carried on in the rows below: the bars and empty cells around it go.)
    let bar = super::layout::is_bar;
    let rows = text.split('\n').skip(1).all(|line| line.trim_start().starts_with(bar));
    let mut out = String::new();
    for (k, line) in text.split('\n').enumerate() {
        let line = if rows { line.trim_end().trim_end_matches(bar).trim_start_matches(|c: char| bar(c) || c.is_whitespace()) } else { line };
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


#[cfg(test)]
mod tests {
    use super::{is_page_footer, joined_lines, lines_of, wrapped_lines};

    /// The letter as the reader reads it, its wrapped lines joined.
    fn joined(letter: &str) -> String {
        super::Joined::new(&letter.chars().collect::<Vec<char>>()).chars.into_iter().collect()
    }

    /// A chat's next message opens with its stamp and is never the last one's wrapped line; a PDF's line that opens
    /// with a flight's time is.
    #[test]
    fn a_chats_next_message_is_no_wrapped_line() {
        let opens = |line: &str| super::opens_a_message(&line.chars().collect::<Vec<char>>());
        for line in ["[21:14] Mandy Tsang (HK Harbour Jazz): Hi", "[14/05/2027, 21:14] Connie Lo: so", "20/01/2028, 13:51 - Ivy Chan HKDC: oh and", "21:14 Ana: hello", "10:15\tJoyce Chan\tHello"] {
            assert!(opens(line), "{line}");
        }
        for line in ["22:15 on Wednesday, 12 January 2028 and", "05:10 the next morning. You will fly home", "2028 at 10:00 in the hall"] {
            assert!(!opens(line), "{line}");
        }
    }

    /// A sentence cut by a PDF's page break goes on past the footer and the next page's running head (a reference,
    /// the sender's address set apart by wide gaps); a page whose next lines are prose keeps them.
    #[test]
    fn a_sentence_goes_on_past_a_page_footer_and_the_next_pages_running_head() {
        let zh = "本团将为　阁下支付往返机票（经济舱）及七晚酒店住宿，并致送演出费人民币35,000元（约\n\n　　　　　　　　　　　　　　　　第1页　共2页\n香港民族乐团有限公司　本团档号：HKNME/ART/2027-031\n\n港币38,000元），另每日膳食津贴港币300元。\n";
        assert!(joined(zh).contains("人民币35,000元（约港币38,000元），另每日"), "{}", joined(zh));
        let en = "All five sessions will take place in the Concert Hall of the\n\n                                        Page 1 of 2\n____________________________________________\nSchool of Music                    Our ref.: APA/MU/KB/28-031\n\nAcademy, with its Steinway D booked for you.\n";
        assert!(joined(en).contains("Concert Hall of the Academy, with"), "{}", joined(en));
        // (A rule over the footer too, and the next page's letterhead under its own rule.)
        let ruled = "研討會定於2028年9月12日至\n\n──────────────────────────────────────\nDH/CHP/VBD/28/052　　　　　　第1頁，共2頁　　　　　　列印日期：2028-08-02\n──────────────────────────────────────\n衞生署　衞生防護中心\n\n13日舉行，培訓課則安排於9月14日（星期四）進行。\n";
        assert!(joined(ruled).contains("2028年9月12日至13日舉行"), "{}", joined(ruled));
        // (A short line that ends so is a name's, and ends there: "梁志和" over "香港大學音樂系".)
        let signed = "此致\n\n梁志和\n香港大學音樂系\n";
        assert!(joined(signed).contains("梁志和\n香港大學音樂系"), "{}", joined(signed));
        // (Prose under the footer is the next page's text, not a running head.)
        let prose = "All five sessions will take place in the Concert Hall of the\n\n                                        Page 1 of 2\nAcademy, with its Steinway D booked for you.\n\nWe look forward to welcoming you.\n";
        assert!(joined(prose).contains("Concert Hall of the Academy, with its Steinway D booked for you.\n"), "{}", joined(prose));
    }

    /// A table pasted one cell to a line reads as its rows; lines that only look alike (a heading and a paragraph,
    /// a column of dates under no heading) keep their breaks.
    #[test]
    fn a_tables_cells_pasted_one_to_a_line_read_as_its_rows() {
        let en = "Your programme is as follows:\n\nDate\nTime\nActivity\nPlace\nSunday 4 June 2028\nEvening\nArrival\n—\nMonday 5 June 2028\n10:00 – 12:00\nBriefing\nConference Room 3\nTuesday 6 June 2028\n09:30 – 17:30\nReview\nConference Room 3\n\nWe look forward to it.\n";
        assert!(joined(en).contains("Date\tTime\tActivity\tPlace\nSunday 4 June 2028\tEvening\tArrival\t—\nMonday 5 June 2028\t10:00 – 12:00\tBriefing\tConference Room 3\n"), "{}", joined(en));
        let zh = "日期\n時間\n內容\n地點\n2028年1月20日（星期四）\n晚上7:00–10:00\n唱腔大師班（一）\n油麻地戲院排練室\n2028年1月21日（星期五）\n晚上7:00–10:00\n唱腔大師班（二）\n油麻地戲院排練室\n";
        assert!(joined(zh).contains("日期\t時間\t內容\t地點\n2028年1月20日（星期四）\t晚上7:00–10:00"), "{}", joined(zh));
        // (One row only is no table; nor is a heading of two lines.)
        let one = "Date\nTime\nPlace\nSunday 4 June 2028\nEvening\nCity Hall\n\nWe look forward to it.\n";
        assert!(!joined(one).contains('\t'), "{}", joined(one));
        let two = "Date\nPlace\nSunday 4 June 2028\nCity Hall\nMonday 5 June 2028\nCity Hall\n";
        assert!(!joined(two).contains('\t'), "{}", joined(two));
    }

    #[test]
    fn an_area_code_in_brackets_starts_no_item() {
        let item = |line: &str| super::starts_an_item(&line.chars().collect::<Vec<char>>());
        assert!(item("（1）带领护理员进行夜间调查；"));
        assert!(item("(12) Lead the exercise"));
        assert!(!item("(852) 2345 6789"));
    }

    #[test]
    fn a_page_number_with_a_reference_beside_it_is_a_footer_and_a_sentence_naming_a_page_is_not() {
        let footer = |line: &str| is_page_footer(&line.chars().collect::<Vec<char>>());
        for line in ["Page 1 of 2", "- 2 -", "第1頁，共2頁", "FSD/FASA/TRG 3/22/28\u{3000}\u{3000}第 2 頁，共 2 頁", "Our ref: HKO/TC 4/2        Page 2 of 3", "Page 2 of 3\tInvitation – Prof. Ito", "香港文学推广协会                                              第 1 页 / 共 2 页", "香港湾仔告士打道8号海关总部大楼                                          第2页，共2页"] {
            assert!(footer(line), "{line}");
        }
        for line in ["Please read the programme on page 2", "The schedule is set out in full below, as on page 2 of 3", "Day 1 of 2", "The hall seats 800 people.   Page 2", "12/6\tArrival", "Arrival    12/6"] {
            assert!(!footer(line), "{line}");
        }
    }

    /// Whether the first line break after `at` in `letter` wraps its paragraph.
    fn wraps_after(letter: &str, at: &str) -> bool {
        let chars: Vec<char> = letter.chars().collect();
        let lines = lines_of(&chars);
        let from = letter[..letter.find(at).unwrap()].chars().count();
        let line = lines.iter().position(|&(_, e)| e >= from).unwrap();
        wrapped_lines(&chars, &lines).0[line]
    }

    const QUOTED: &str = "> During the week we would ask you to deliver a public lecture on the\n> syntax of Korean honorifics and to lead a four-day graduate workshop on\n> field methods for our MPhil and PhD students. The lecture will be on the\n> evening of Monday, 11 October, in the Rayson Huang Theatre.\n>\n> Best wishes,\n> Helen\n";

    /// A letter pasted from a PDF with no blank line: a short line of capitalised words, a name or a heading, ends
    /// where it ends, though the next line starts with a capital.
    #[test]
    fn a_name_in_a_pasted_pdf_keeps_its_own_line() {
        let mut letter = String::from("Kwai Tsing District Office\nHome Affairs Department\n25 July 2028\nMr LIM Choon Keat\nLim Lantern Workshop, 88 Jalan Hang Jebat, 75200 Melaka, Malaysia\nDear Mr Lim,\n");
        for _ in 0..10 {
            letter.push_str("The Office is organising the Lantern Design Competition for the local schools and the\nresidents of the district, and we would be most grateful for your help with it this year.\n");
        }
        assert!(!wraps_after(&letter, "Mr LIM"), "a name over an address");
        assert!(wraps_after(&letter, "The Office is"), "prose goes on");
    }

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
        // A numbered paragraph, spaces after its number, is no table's row.
        let numbered = "I write on behalf of the Department of Justice to invite you to Hong\nKong as trainer for the above programme, which the Department organises.\n\n2.     We should be most grateful if you would conduct a three-day\nadvanced mediator training course for government counsel and take part\nas a panellist in the closing seminar.\n";
        assert!(wraps_after(numbered, "2."));
        // A long first word below is what did not fit: "Headquarters." after a line some way short of the widest.
        let long_word = "The Hong Kong Observatory, in collaboration with the World Meteorological Organization,\nwill organise the above two-week Regional Training Course for forecasters from some\n\nAll of the above will take place in the Training Room, Hong Kong Observatory\nHeadquarters.\n";
        assert!(wraps_after(long_word, "All of the above"));
    }

    #[test]
    fn a_letters_own_layout_keeps_its_lines() {
        // An address block, labelled lines, a list, a table, a short line before a name.
        assert!(!wraps_after("Hong Kong Academy for Performing Arts\n1 Gloucester Road\nWan Chai\n", "Hong"));
        let form = "Activity: To give two masterclasses for the students of the School of Music at the Academy\nVenue: Concert Hall\n";
        assert!(!wraps_after(form, "Activity"), "a new label starts below");
        let leaders = "   Duties ........ to mentor the twelve robotics start-ups of the\n   Place ......... Smart-Space 8, Cyberport 3\n";
        assert!(!wraps_after(leaders, "Duties"), "a form's dot leaders mark a label");
        let list = "During your visit you will give the following classes and lectures to our students\n- 4 May: a masterclass\n1. 5 May: a lecture\n";
        assert!(!wraps_after(list, "During") && !wraps_after(list, "- 4 May"));
        // Bullets of every shape: the hyphenation point Chinese typists use, a katakana dot, a square, an arrow.
        for bullet in ['‧', '・', '▪', '➢'] {
            let list = format!("{bullet}　四月十二日（星期一）至十六日（星期五）：課堂講授（每日上午十時至十二時）\n{bullet}　四月十五日（星期四）晚上七時半：公開講座\n");
            assert!(!wraps_after(&list, "四月十二日"), "a new item after {bullet}");
        }
        let table = "4 May 2027 (Monday)      Rehearsal with the orchestra in the morning      Concert Hall\n5 May 2027 (Tuesday)      Concert\n";
        assert!(!wraps_after(table, "4 May"), "columns parted by spaces are a table's");
        let signed = "We look forward to welcoming you to the Academy and to Hong Kong in May 2027. With every good wish for the coming season of concerts and recitals\nFor and on behalf of the Academy of Visual Arts\n(signed)\nProfessor Stella CHEUNG\n";
        assert!(!wraps_after(signed, "For and"), "not full: the lines around it are wider");
        let chat = "[2027/9/3 上午10:18:40] 梁慧儀: 想請你負責教分流實務嗰部分，仲有最後一日個模擬演習都想你嚟主持\n[2027/9/3 上午10:20:11] 陳建宏: 冇問題\n";
        assert!(!wraps_after(chat, "[2027/9/3 上午10:18"), "a chat's next message");
        // A letterhead whose lines are as wide as each other: each word capitalised, no prose.
        let head = "康樂及文化事務署\nLEISURE AND CULTURAL SERVICES DEPARTMENT\nCultural Presentations Section, Performing Arts Division\nLevel 3, Leisure and Cultural Services Headquarters\n1-3 Pai Tau Street, Sha Tin, New Territories, Hong Kong\n";
        assert!(!wraps_after(head, "Cultural Presentations") && !wraps_after(head, "Level 3") && !wraps_after(head, "康樂"));
    }

    /// A whole letter pasted from a PDF with no blank line: its wrapped lines are joined, its short lines (the date,
    /// the addressee's name and address) stay.
    #[test]
    fn a_pdf_pasted_without_blank_lines_keeps_its_short_lines() {
        let body = "We would ask you to create and set a new work of about twenty\nminutes on our third-year contemporary dance students and to\ncoach the cast through its three public performances. The residency\nwill be based in the Academy's Dance Studio D4, with the\nperformances in the Drama Theatre on 13, 14 and 15 April 2028.\n";
        let letter = format!("9 January 2028\nMs Luana Ferreira da Silva\nRua Conselheiro Brotero 1120, apto 52\nSanta Cecilia, Sao Paulo\nDear Ms Ferreira da Silva\n{body}{body}{body}{body}With best wishes,\nProfessor Anna CHAN Mei-lin\nDean of Dance\n");
        assert!(!wraps_after(&letter, "9 January") && !wraps_after(&letter, "Ms Luana"));
        assert!(wraps_after(&letter, "We would ask"), "the body's lines are wrapped");
        // A name in brackets under the sign-off ends there, though the signer's post under it is long.
        let signed = format!("{body}{body}{body}Yours sincerely,\n(Cheryl Au-Yeung)\nSenior Assistant Solicitor General (International Law)\nfor Secretary for Justice\n");
        assert!(!wraps_after(&signed, "(Cheryl"));
    }

    /// An e-mail's signature block under its "--" keeps its lines, however long one of them is.
    #[test]
    fn an_email_signature_block_keeps_its_lines() {
        let body = "Thank you for agreeing to join the congress as our guest lecturer. We will send the programme and
the hotel details in a separate message once the organising committee has confirmed the rooms for
all of our speakers.
";
        let letter = format!("Dear Dr Okafor,\n\n{body}\nKind regards,\n\nRachel\n\n--\nDr Rachel IP Wing-sze\nHonorary Secretary\nHong Kong Society for Surgery of the Hand\nc/o Department of Orthopaedics & Traumatology, Queen Mary Hospital\n102 Pok Fu Lam Road, Hong Kong\n");
        assert!(!wraps_after(&letter, "--") && !wraps_after(&letter, "Dr Rachel") && !wraps_after(&letter, "Honorary"));
    }

    #[test]
    fn a_forms_value_goes_on_below_its_label_only_when_it_cannot_end() {
        let form = "Activity:   conduct two workshops for\n            secondary school teachers\nCapacity:   Guest Artist\n            (unpaid)\n";
        assert!(wraps_after(form, "Activity"));
        assert!(!wraps_after(form, "Capacity"));
        // Not inside a bracket or a quotation, nor on a currency whose sum is below.
        let form = "活動內容：  發表題為「人工智能深偽詐騙的偵查與\n            取證」的主題演講\n酬金：        評審酬金港幣\n              35,000元\n";
        assert!(wraps_after(form, "活動內容") && wraps_after(form, "酬金"));
    }

    /// A Chinese itinerary's rows, each opening with its day and a gap, are as wide as the page and still rows.
    #[test]
    fn a_chinese_itinerarys_rows_keep_their_lines() {
        let rows = "閣下在港活動日程如下：\n\n一月二十九日（星期五）　抵港\n一月三十日（星期六）　上午十時簡介會，在沙田民政事務處會議室（沙田政府合署11樓）\n一月三十一日（星期日）　下午二時壁畫設計工作坊（一），在禾輋社區會堂禮堂\n2月2日（星期二）　晚上七時工作坊（二），在禾輋社區會堂禮堂\n8月3日至5日（星期二至星期四）　初賽、準決賽及決賽（葵青劇院演藝廳）\n二月六日（星期六）　離港\n";
        let numbered = "閣下在港期間的行程如下：\n\n第一天（九月二十九日，星期三）　抵港，入住沙田凱悅酒店\n第二天（九月三十日，星期四）　下午二時至五時與本地樂手排練，於沙田大會堂演奏廳\n第三天（十月一日，星期五）　國慶日，休息\n";
        assert!(!wraps_after(numbered, "第一天") && !wraps_after(numbered, "第二天"), "the rows of days counted");
        for row in ["一月三十日", "一月三十一日", "2月2日"] {
            assert!(!wraps_after(rows, row), "the row of {row} ends at its line");
        }
        // A wrapped sentence may still go on with a day: no gap after it.
        let prose = "本處謹邀請閣下以客席藝術家身分來港，帶領區內居民及學生進行壁畫設計工作坊，時間為\n一月三十日（星期六）至二月五日（星期五），共七天。本處將向閣下支付酬金港幣二萬元。\n";
        assert!(wraps_after(prose, "本處謹"));
    }

    #[test]
    fn a_chinese_line_full_to_the_page_goes_on_after_a_comma_or_a_sum() {
        let pdf = "本處謹邀請閣下於二〇二七年九月來港，為區內青年義工主持三場傳統紙燈籠製作工作坊，\n並指導他們製作大型綵燈裝置。本處將向閣下致送導師酬金每日港幣3,500\n元，共五日。\n";
        assert!(wraps_after(pdf, "本處謹") && wraps_after(pdf, "並指導"));
        // A signature's bracket closes its line.
        let signed = "漁農自然護理署署長\n（郊野公園及海岸公園助理署長 梁嘉俊 代行）\n2027年1月25日\n";
        assert!(!wraps_after(signed, "（郊野"));
    }
}
