//! The letter as the reader sees it: its characters, folded to half-width and lower-case one for one (so every
//! offset is the letter's own), its lines, and searching within it.

use super::cues::{LETTER_AFTER_THE_LETTER, LETTER_CONTACT_CELLS, LETTER_OWN_REFERENCES, LETTER_REFERENCE_CELLS, LETTER_EMAIL_HEADERS, LETTER_GREETINGS, LETTER_INVITING, LETTER_QUOTE_MARKERS, LETTER_SENTENCE_OPENERS, LETTER_SIGNATURE_TAILS, LETTER_SIGNING_LINES, PEOPLE_CJK_POSTS, PEOPLE_CJK_TITLES};
use super::Extracted;

/// Folds full-width ASCII forms (U+FF01..U+FF5E: "２０２６", "：", "，", "（") and the ideographic space to their
/// half-width forms, one character for one, so offsets stay the letter's own. Unlike name matching, it keeps "。"
/// and "、": they end Chinese sentences and list items.
/// A mark that starts a list's item: "- ", "• ", "‧ " (the hyphenation point Chinese typists use), "▪ ", "・", "➢ ".
/// (Not "○", also a zero, nor a quoted e-mail's ">" or a table's "|": callers that take them say so.)
pub(super) fn is_bullet(c: char) -> bool {
    matches!(c, '-' | '*' | '•' | '·' | '‧' | '・' | '–' | '—' | '●' | '■' | '◦' | '▪' | '◆' | '◇' | '►' | '▶' | '➢' | '➤' | '□' | '◎' | '※')
}

/// How a Chinese letter addresses the visitor: "閣下將主持", "您将担任", "台端".
pub(super) const CJK_YOU: &[&str] = &["閣下", "阁下", "您", "台端"];

/// Whether the Chinese clause before `p` says someone other than the visitor does what follows: "由本地初创企业代表担任
/// 赛事导师", "研討會由本處處長主持開幕", "…主任則擔任大會主持" (but "將由閣下主持", and not "事由：", "由於", "由3月2日
/// 至6日").
pub(super) fn done_by_someone_else(text: &Text, p: usize) -> bool {
    let clause = text.lower_str(p.saturating_sub(20), p);
    let clause = clause.rsplit([',', '。', ';', '\n']).next().unwrap_or("");
    let chars: Vec<char> = clause.chars().collect();
    let by = (0..chars.len()).any(|i| {
        chars[i] == '由'
            && !(i > 0 && "事理緣缘自".contains(chars[i - 1]))
            && !chars.get(i + 1).is_some_and(|c| "於于此".contains(*c))
            // (Nor "由3月2日至6日", "由二〇二八年一月一日起": from a day, not by someone; "由二胡演奏家" is by someone.)
            && !chars[i + 1..].iter().take(8).collect::<String>().contains(['月', '至', '起'])
    });
    // (Or someone named, then 則, "whereas": "本署高級海洋保育主任李嘉欣博士則擔任大會司儀".)
    let whereas = clause.ends_with(['則', '则']) && chars.len() >= 3;
    (by || whereas) && !CJK_YOU.iter().chain(&["你"]).any(|w| clause.contains(w))
}

// The half-width form of a character (shared with the build, which checks the cue words as the reader sees them).
include!("half_width.rs");

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

/// Whether a character is an emoji or a pictograph a chat sets among its words ("🙏", "👍", "🎸", "☺").
pub(super) fn is_emoji(c: char) -> bool {
    matches!(c, '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}')
}

pub(super) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3FFFF}')
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
    /// The text as a chat, read once when a stage first asks ([`super::chat::Chat::of`]).
    pub(super) chat: std::cell::OnceCell<Option<super::chat::Chat>>,
    /// The events the letter excuses the visitor from ("You are not required to attend the closing ceremony"), read once
    /// for every date that asks.
    pub(super) excused: std::cell::OnceCell<Vec<String>>,
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
    /// The lines with content (not blank, not e-mail headers, not a page's footer), in order.
    pub(super) content_lines: Vec<usize>,
    /// The line where the innermost message begins: after the last e-mail header block, forward marker or "... wrote:"
    /// line (the letter of a forwarded chain or of a reply); 0 for a plain letter.
    pub(super) letter_start: usize,
    /// The first line of what follows the letter, a reply slip or an annex (the number of lines when nothing does).
    pub(super) letter_end: usize,
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
            chat: std::cell::OnceCell::new(),
            excused: std::cell::OnceCell::new(),
            lower,
            lower_string,
            byte_of,
            pairs,
            header_line: vec![false; lines.len()],
            content_lines: Vec::new(),
            letter_start: 0,
            letter_end: lines.len(),
            lines,
        };
        text.mark_headers();
        // (A page's footer left in a pasted PDF is no part of what the letter says: "第 2 頁，共 2 頁" under the signature.)
        let footer = |l: usize| super::wrapping::is_page_footer(&text.original[text.lines[l].0..text.lines[l].1]);
        text.content_lines = (0..text.lines.len()).filter(|&l| !text.is_blank(l) && !text.header_line[l] && !footer(l)).collect();
        text.letter_start = text.innermost_message();
        text.letter_end = text.after_the_letter().unwrap_or(text.lines.len());
        text
    }

    /// The first line under a letter's last paragraphs that heads what follows it: a reply slip or an annex ("回條",
    /// "附件：日程表", "REPLY SLIP"). Only in the letter's last half: a letter may open by naming its annex.
    /// (Not an annex set inside the letter, its signature below it: "附件：费用安排" / a table / "香港海关关长" / "（助理关长
    /// 刘伟强　代）" / the date.)
    fn after_the_letter(&self) -> Option<usize> {
        let half = self.lines.len() / 2;
        let signs = |m: usize| {
            let line = self.lower_str(self.lines[m].0, self.lines[m].1);
            let bracketed = line.trim().starts_with('(');
            let line = line.trim().trim_start_matches('(').trim_end_matches(')').trim_end();
            // (A bare 代 only inside brackets: "講題：香港文學的新時代" is no signature.)
            line.chars().count() <= 40 && line.chars().count() > 2 && LETTER_SIGNATURE_TAILS.iter().any(|t| line.ends_with(t) && (t.chars().count() > 1 || bracketed))
        };
        let signed_below = |l: usize| self.content_lines.iter().any(|&m| m > l && signs(m));
        self.content_lines.iter().copied().filter(|&l| l > half.max(self.letter_start)).find(|&l| self.heads_what_follows(l) && !signed_below(l))
    }

    /// Whether line `l` heads a reply slip or an annex: "回條", "附件：日程表", "REPLY SLIP".
    fn heads_what_follows(&self, l: usize) -> bool {
        let line = self.lower_str(self.lines[l].0, self.lines[l].1);
        let line = line.trim();
        // (A Chinese heading may be spaced out: "回  条", "附　件".)
        let squeezed: String = line.chars().filter(|&c| c != ' ').collect();
        line.chars().count() <= 24 && LETTER_AFTER_THE_LETTER.iter().any(|h| line.starts_with(h) || !h.is_ascii() && squeezed.starts_with(h))
    }

    /// The letter's characters `s..e`. Clamped to the letter: a stage that looks a few characters past a match
    /// near the end gets what there is, never a panic (the fuzzer found one such look-ahead; clamping here covers
    /// them all).
    pub(super) fn slice(&self, s: usize, e: usize) -> String {
        let e = e.min(self.original.len());
        self.original[s.min(e)..e].iter().collect()
    }

    /// The folded characters `s..e`, clamped like [`Text::slice`].
    pub(super) fn lower_str(&self, s: usize, e: usize) -> &str {
        let e = e.min(self.lower.len());
        &self.lower_string[self.byte_of[s.min(e)]..self.byte_of[e]]
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
                // (Not a form's "日期：…" over "时间：…": an e-mail's headers name its sender, addressee or subject too.)
                let of_a_message = (l..m).any(|k| {
                    let line = self.lower_str(self.lines[k].0, self.lines[k].1);
                    let line = line.trim_start_matches(['>', ' ']);
                    !super::cues::LETTER_EMAIL_DATE_HEADERS.iter().any(|h| line.starts_with(h))
                });
                if m - l >= 2 && of_a_message {
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
    /// The letter's greeting line ("Dear Ms Chan,", "尊敬的陳女士："), the first from where the letter starts.
    pub(super) fn greeting_line(&self) -> Option<usize> {
        self.content_lines.iter().copied().filter(|&l| l >= self.letter_start).find(|&l| {
            let line = self.lower_str(self.lines[l].0, self.lines[l].1);
            LETTER_GREETINGS.iter().any(|g| line.trim_start().starts_with(g))
        })
    }

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
        // (Or one of them invites in words the other does not use, "would be honoured if you would join us", and each
        // greets its reader as a letter does: "Dear Dr Tran," above, "Tran博士：" below.)
        let (up, down) = (invites(&self.lower[..split]), invites(&self.lower[split..]));
        let greets = |above: bool| {
            self.content_lines.iter().copied().filter(|&k| (k < l) == above && k != l).any(|k| {
                let line = self.lower_str(self.lines[k].0, self.lines[k].1);
                let line = line.trim();
                let addressed = line.strip_suffix([':', '：']).is_some_and(|who| {
                    who.chars().count() <= 20 && PEOPLE_CJK_TITLES.iter().chain(PEOPLE_CJK_POSTS).any(|t| who.ends_with(t))
                });
                addressed || LETTER_GREETINGS.iter().any(|g| line.starts_with(g))
            })
        };
        let letters = greets(true) && greets(false);
        ((above < 0.3 && below > 0.6) || (above > 0.6 && below < 0.3)) && (up && down || (up || down) && letters)
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
            // (Of dots, six or more: "...", "………" end sentences and stand for what is left out.)
            let dots = line.chars().all(|c| ".…·".contains(c));
            let rule = line.chars().count() >= if dots { 6 } else { 3 } && line.chars().all(|c| "-_=*~—….·".contains(c));
            // (Not a rule between a bilingual letter's two versions: the same letter in English and in Chinese.)
            let rule = rule && !self.scripts_differ_around(l);
            // (Nor a PDF's page break: "… Page 1 of 2" / "____" / "FACULTY OF LAW … / p. 2".)
            let rule = rule && !self.at_a_page_break(l);
            // (Nor the rule under a letterhead, or under the letterhead a PDF's next page repeats: "香港海关 / Customs
            // and Excise Department" / "-----".)
            let rule = rule && !self.under_a_letterhead(l);
            // (Nor the rule over a reply slip or an annex under the letter: "＿＿＿＿" / "回條".)
            let rule = rule && !self.content_lines.iter().find(|&&k| k > l).is_some_and(|&k| self.heads_what_follows(k));
            // (Nor a rule that boxes a schedule or a table, right above its first row or under its last: "ITINERARY" /
            // "-----" / "Sun 9 Jan 2028    07:40  Arrive Hong Kong".)
            let rule = rule && !self.boxes_a_table(l);
            // (Nor a line drawn to sign on, right over its words: "______________" / "Authorised Signature", "(簽署)".)
            let to_sign_on = line.chars().all(|c| c == '_') && l + 1 < self.lines.len() && {
                let next = self.lower_str(self.lines[l + 1].0, self.lines[l + 1].1);
                let next = next.trim().trim_start_matches(['(', '（']);
                let next = next.strip_prefix("authorised ").or_else(|| next.strip_prefix("authorized ")).unwrap_or(next);
                LETTER_SIGNING_LINES.iter().any(|w| next.starts_with(w))
            };
            let rule = rule && !to_sign_on;
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

    /// Whether a rule on line `l` is a table's edge: the line right above it or right below it (no blank between) is a
    /// row of cells, three spaces, a tab or a bar apart, that opens with a figure or a weekday ("Sun 9 Jan 2028",
    /// "09:30", "1") or is barred; not an e-mail's header, a page's header or footer ("香港文学推广协会      第 1 页 / 共
    /// 2 页"), nor a line of references or contacts ("Our ref: HKAC/2027/15      3 March 2027", "Tel: 2345 6789    Fax:
    /// …"), which may stand beside a rule between a covering note and the letter.
    fn boxes_a_table(&self, l: usize) -> bool {
        let row = |k: usize| {
            let cells = super::layout::cells(self, k);
            let (ls, le) = self.lines[k];
            let first = cells.first().map(|&(s, e)| self.lower_str(s, e)).unwrap_or_default();
            let word = first.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            let opens = first.starts_with(|c: char| c.is_ascii_digit()) || super::dates::is_weekday(word);
            let line = self.lower_str(ls, le);
            let references = LETTER_OWN_REFERENCES.iter().chain(LETTER_REFERENCE_CELLS.iter().filter(|r| !r.is_ascii())).chain(LETTER_CONTACT_CELLS).any(|r| line.contains(r));
            !self.is_blank(k) && !self.header_line[k] && cells.len() >= 2 && (opens || super::layout::is_table_row(self, k)) && !references && !super::wrapping::is_page_footer(&self.original[ls..le])
        };
        (l > 0 && row(l - 1)) || (l + 1 < self.lines.len() && row(l + 1))
    }

    /// Whether the lines right above line `l` (back to a blank line) are the letter's letterhead: its first lines, or
    /// the same lines again at the top of a later page; a few lines that are no sentence and no greeting.
    fn under_a_letterhead(&self, l: usize) -> bool {
        let mut top = l;
        while top > 0 && !self.is_blank(top - 1) && l - top < 4 {
            top -= 1;
        }
        if top == l || (top > 0 && !self.is_blank(top - 1)) {
            return false;
        }
        let block: Vec<String> = (top..l).map(|m| self.lower_str(self.lines[m].0, self.lines[m].1).trim().to_string()).collect();
        let heading = block.iter().all(|x| !x.is_empty() && !x.ends_with(['.', '!', '?', ',']) && !x.contains(['。', '，', '@']) && !LETTER_GREETINGS.iter().any(|g| x.starts_with(g.trim_end())));
        let first_lines: Vec<String> = self.content_lines.iter().take(block.len()).map(|&m| self.lower_str(self.lines[m].0, self.lines[m].1).trim().to_string()).collect();
        heading && first_lines == block
    }

    /// Whether the line next to `l` above or below, blanks skipped, names a page: "Page 1 of 2", "… / p. 2", "第 2 頁".
    fn at_a_page_break(&self, l: usize) -> bool {
        let names_a_page = |m: usize| {
            let (s, e) = self.lines[m];
            let line = self.lower_str(s, e);
            let digit_after = |w: &str| line.match_indices(w).any(|(i, _)| line[i + w.len()..].trim_start().starts_with(|c: char| c.is_ascii_digit()));
            digit_after("page") || digit_after("p.") || (line.contains('第') && (line.contains('頁') || line.contains('页')))
        };
        let above = (0..l).rev().find(|&m| !self.is_blank(m));
        let below = (l + 1..self.lines.len()).find(|&m| !self.is_blank(m));
        above.is_some_and(names_a_page) || below.is_some_and(names_a_page)
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
        // (And a form's line the value was written on: "＿＿＿佐藤健一教授＿＿＿＿", "Name: ____Ms Eva Berg____".)
        while s < e && (self.original[s].is_whitespace() || is_bullet(self.original[s]) || ":：|\"'“”>_＿…".contains(self.original[s])) {
            s += 1;
        }
        while e > s && (self.original[e - 1].is_whitespace() || ",.;，。；、:：|*_＿…".contains(self.original[e - 1])) {
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
        let value = value.unwrap_or_else(|| if text.contains('\n') { super::wrapping::joined_lines(&text) } else { text.clone() });
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


/// Whether the comma at `i` is the one of "Hong Kong, China" before a capitalised word, as in a name ("the Hong Kong,
/// China Rowing Association"): no phrase ends there (the place alone, "in Hong Kong, China.", does end one).
pub(super) fn hong_kong_china_comma(text: &Text, i: usize) -> bool {
    text.lower.get(i) == Some(&',')
        && text.lower_str(i.saturating_sub(9), i) == "hong kong"
        && text.lower_str(i + 1, (i + 8).min(text.lower.len())) == " china "
        && text.original.get(i + 8).is_some_and(|c| c.is_uppercase())
}

/// Where the English sentence holding `p` starts on its line: after the last ". " before it, or at the line's start.
pub(super) fn sentence_start(text: &Text, p: usize) -> usize {
    let line_start = text.lines[text.line_of(p)].0;
    (line_start..p).rev().find(|&i| text.lower[i] == '.' && text.lower.get(i + 1) == Some(&' ')).map_or(line_start, |i| i + 2)
}

/// The text after `start` up to the first of `stops` (or the sentence's end), within `max` characters.
pub(super) fn phrase_until(text: &Text, start: usize, stops: &[&str], max: usize) -> (usize, usize) {
    let limit = (start + max).min(text.original.len());
    let mut end = limit;
    // (Not the full stop of a number's abbreviation: "Concerto No. 2", "Op. 83", "Vol. 3".)
    let numbered = |i: usize| {
        let word: String = text.lower[i.saturating_sub(3)..i].iter().collect();
        let word = word.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        ["no", "op", "vol", "nos", "bwv", "k"].contains(&word) && text.lower.get(i + 2).is_some_and(|c| c.is_ascii_digit())
    };
    // (Nor of a name's initial or a saint's: "the Charles K. Kao Auditorium", "St. John's Cathedral".)
    let initial = |i: usize| {
        let next: String = text.lower.get(i + 2..).unwrap_or(&[]).iter().take_while(|c| c.is_alphabetic()).collect();
        // (A name goes on after an initial, its next two words capitalised: "K. Kao Auditorium"; "Studio B. Participants
        // should …" ends.)
        let after_next = i + 2 + next.chars().count();
        let two_capitals = text.lower.get(after_next) == Some(&' ') && text.original.get(after_next + 1).is_some_and(|c| c.is_uppercase());
        let capital_after = text.lower.get(i + 1) == Some(&' ') && text.original.get(i + 2).is_some_and(|c| c.is_uppercase()) && !LETTER_SENTENCE_OPENERS.contains(&next.as_str());
        let letter = i >= 1 && text.original[i - 1].is_uppercase() && (i < 2 || !text.original[i - 2].is_alphabetic());
        let saint = i >= 2 && ["st", "mt"].contains(&text.lower_str(i - 2, i)) && text.original[i - 2].is_uppercase() && (i < 3 || !text.original[i - 3].is_alphabetic());
        capital_after && (letter && two_capitals || saint)
    };
    for stop in stops {
        let mut from = start;
        while let Some(p) = text.find_lower(from, limit, stop) {
            if stop.starts_with('.') && initial(p) || (stop.starts_with(',') || stop.starts_with('，')) && hong_kong_china_comma(text, p) {
                from = p + 1;
                continue;
            }
            end = end.min(p);
            break;
        }
    }
    if let Some(p) = (start..end).find(|&i| "\n。；;".contains(text.lower[i]) || (text.lower[i] == '.' && text.lower.get(i + 1).is_none_or(|c| c.is_whitespace()) && !numbered(i) && !initial(i))) {
        end = p;
    }
    // Cut at the most it may take, never inside a word ("... Contest of th"): back to the word's start.
    let inside_a_word = |i: usize| i > start && i < text.lower.len() && text.lower[i - 1].is_alphanumeric() && text.lower[i].is_alphanumeric() && text.lower[i].is_ascii();
    if end == limit && inside_a_word(end) {
        end = (start..end).rev().find(|&i| text.lower[i] == ' ').unwrap_or(end);
    }
    (start, end)
}


#[cfg(test)]
mod tests {
    use super::Pairs;
    use proptest::prelude::*;

    fn both(hay: &str, from: usize, to: usize, needle: &str) -> (Option<usize>, Option<usize>) {
        let pairs = Pairs::new(hay.as_bytes());
        (pairs.find(hay.as_bytes(), from, to, needle.as_bytes()), pairs.rfind(hay.as_bytes(), from, to, needle.as_bytes()))
    }

    /// A PDF's page break ("… Page 1 of 2", a rule, the next page's running head) is no e-mail's boundary: the
    /// letter's date and addressee above it stay the letter's.
    #[test]
    fn a_rule_at_a_page_break_starts_no_message() {
        let body = "We invite you to deliver the Memorial Lecture on 8 March 2028 in Hong Kong.\n";
        let letter = format!("13 December 2027\n\nProfessor Adaeze Okonkwo-Bello\nLagos, Nigeria\n\nDear Professor Okonkwo-Bello,\n\n{body}\nFaculty of Law, The University of Hong Kong          Page 1 of 2\n________________________________________\n\nFACULTY OF LAW                    Prof. A. Okonkwo-Bello / p. 2\n\nThe University may invite you under the Scheme. We look forward to it.\nIt will be a pleasure.\nWith best wishes.\nWe hope you can come.\n\nYours sincerely,\n\nProfessor Rebecca HO\n");
        let x = crate::letter::extract(&letter, crate::Catalogue::bundled());
        assert_eq!(x.letter_date.map(|v| v.value).as_deref(), Some("2027-12-13"));
        assert_eq!(x.invitee.map(|v| v.value).as_deref(), Some("Professor Adaeze Okonkwo-Bello"));
    }

    /// An annex under the letter ends it, though a line of the annex ends in 代 (時代); one with the signature below it
    /// (a PDF's page with the fees, then "（助理关长…刘伟强　代）") is inside the letter.
    #[test]
    fn an_annex_ends_the_letter_unless_signed_below() {
        let end = |letter: &str| {
            let chars: Vec<char> = letter.chars().collect();
            let text = super::Text::new(&chars);
            (text.letter_end, text.lines.len())
        };
        let annex = "陳先生：\n\n本館誠邀閣下主講公開講座。\n\n此致\n\n館長　陳大文\n\n2027年3月1日\n\n附件：日程表\n講題：香港文學的新時代\n";
        assert_eq!(end(annex), (10, 13), "the annex's heading (line 10) ends the letter");
        let signed = "陳先生：\n\n本館誠邀閣下主講公開講座。\n\n本館將支付酬金。\n\n講座於本館演講廳舉行。\n\n本館將安排酒店住宿。\n\n附件：費用安排\n酬金：港幣二萬元\n\n館長\n（副館長　陳大文　代）\n\n2027年3月1日\n";
        assert_eq!(end(signed).0, end(signed).1, "signed below its annex: no end before the letter's");
    }

    /// A rule between a letter's two versions starts no message    /// A rule between a letter's two versions starts no message, though only one of them says "invite": each greets
    /// its reader as a letter does.
    #[test]
    fn a_rule_between_two_versions_that_greet() {
        let letter = "14 June 2027\n\nDr Emily TRAN\nCanberra\n\nDear Dr Tran,\n\nWe would be honoured if you would join us as Resource Person at our workshop on 6 September 2027.\n\nYours sincerely,\n\n(Ms WONG Siu-ling)\n\n---\n\nTran博士：\n\n本處誠邀閣下以專題導師身份參與工作坊。\n工作坊將於二〇二七年九月六日舉行。\n本處為政府部門。\n\n政府統計處處長\n（王小玲　代行）\n";
        let x = crate::letter::extract(letter, crate::Catalogue::bundled());
        assert_eq!(x.letter_date.map(|v| v.value).as_deref(), Some("2027-06-14"));
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
