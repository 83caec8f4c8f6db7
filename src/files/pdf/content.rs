//! A page's content stream → the runs of text it draws, where it draws them (ISO 32000-1 §8.3.4, §9.3–9.4), and
//! those runs → lines of text.

use std::rc::Rc;

use super::font::Font;
use super::syntax::{find, is_space, Dict, Lexer, Obj};
use super::Document;
use crate::files::text::Legacy;

/// A run of text as drawn: where it starts and ends on the page (in points, y upwards) and its font's size there.
pub struct Run {
    pub x: f64,
    pub y: f64,
    pub end: f64,
    pub size: f64,
    pub text: String,
}

/// Fonts loaded once per document, by object number.
#[derive(Default)]
pub struct Fonts(Vec<(u32, Rc<Font>)>);

type Matrix = [f64; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `a` then `b`: PDF writes points as rows, so a point goes through `a` first.
fn mul(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

#[derive(Clone)]
struct State {
    ctm: Matrix,
    font: Option<Rc<Font>>,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    scale: f64,
    leading: f64,
    rise: f64,
}

/// Forms a page may draw, all told: a form that draws itself again and again is no letter.
const MAX_FORMS: usize = 256;

/// Form XObjects drawn inside forms: deeper than this is a loop.
const MAX_FORM_DEPTH: usize = 8;

pub fn runs(
    doc: &Document,
    content: &[u8],
    resources: Option<&Dict>,
    fonts: &mut Fonts,
    legacy: Legacy,
) -> Vec<Run> {
    let mut out = Vec::new();
    let state = State {
        ctm: IDENTITY,
        font: None,
        size: 0.0,
        char_spacing: 0.0,
        word_spacing: 0.0,
        scale: 1.0,
        leading: 0.0,
        rise: 0.0,
    };
    let mut forms = 0;
    draw(doc, content, resources, state, fonts, legacy, 0, &mut forms, &mut out);
    out
}

#[allow(clippy::too_many_arguments)]
fn draw(
    doc: &Document,
    content: &[u8],
    resources: Option<&Dict>,
    start: State,
    fonts: &mut Fonts,
    legacy: Legacy,
    depth: usize,
    forms: &mut usize,
    out: &mut Vec<Run>,
) {
    let mut lexer = Lexer::new(content, 0);
    let mut args: Vec<Obj> = Vec::new();
    let mut st = start;
    let mut saved: Vec<State> = Vec::new();
    let (mut tm, mut tlm) = (IDENTITY, IDENTITY);
    let resource = |kind: &str, name: &str| -> Option<&Obj> {
        let dict = resources?.get(kind).map(|o| doc.resolve(o))?.dict()?;
        dict.get(name)
    };
    while let Some(obj) = lexer.next() {
        let Obj::Op(op) = obj else {
            if args.len() < 4096 {
                args.push(obj);
            }
            continue;
        };
        let n = |i: usize| args.get(i).and_then(Obj::num).unwrap_or(0.0);
        match op.as_str() {
            "q" if saved.len() < 256 => {
                saved.push(st.clone());
            }
            "Q" => {
                if let Some(s) = saved.pop() {
                    st = s;
                }
            }
            "cm" if args.len() >= 6 => st.ctm = mul(&[n(0), n(1), n(2), n(3), n(4), n(5)], &st.ctm),
            "BT" => (tm, tlm) = (IDENTITY, IDENTITY),
            "Tf" => {
                st.size = n(1);
                st.font = match args.first() {
                    Some(Obj::Name(name)) => {
                        resource("Font", name).and_then(|f| load_font(doc, f, fonts))
                    }
                    _ => None,
                };
            }
            "Tc" => st.char_spacing = n(0),
            "Tw" => st.word_spacing = n(0),
            "Tz" => st.scale = n(0) / 100.0,
            "TL" => st.leading = n(0),
            "Ts" => st.rise = n(0),
            "Td" | "TD" => {
                if op == "TD" {
                    st.leading = -n(1);
                }
                tlm = mul(&[1.0, 0.0, 0.0, 1.0, n(0), n(1)], &tlm);
                tm = tlm;
            }
            "Tm" if args.len() >= 6 => {
                tlm = [n(0), n(1), n(2), n(3), n(4), n(5)];
                tm = tlm;
            }
            "T*" | "'" | "\"" => {
                if op == "\"" {
                    st.word_spacing = n(0);
                    st.char_spacing = n(1);
                }
                tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -st.leading], &tlm);
                tm = tlm;
                if op != "T*" {
                    if let Some(Obj::Str(s)) = args.last() {
                        show(s, &st, &mut tm, legacy, out);
                    }
                }
            }
            "Tj" => {
                if let Some(Obj::Str(s)) = args.last() {
                    show(s, &st, &mut tm, legacy, out);
                }
            }
            "TJ" => {
                for item in args.last().and_then(Obj::array).unwrap_or_default() {
                    match item {
                        Obj::Str(s) => show(s, &st, &mut tm, legacy, out),
                        Obj::Num(k) => {
                            tm = mul(
                                &[1.0, 0.0, 0.0, 1.0, -k / 1000.0 * st.size * st.scale, 0.0],
                                &tm,
                            )
                        }
                        _ => {}
                    }
                }
            }
            "Do" if depth < MAX_FORM_DEPTH && *forms < MAX_FORMS => {
                *forms += 1;
                let form = match args.first() {
                    Some(Obj::Name(name)) => resource("XObject", name).map(|o| doc.resolve(o)),
                    _ => None,
                };
                if let Some(Obj::Stream(d, _)) =
                    form.filter(|f| f.dict().and_then(|d| d.name("Subtype")) == Some("Form"))
                {
                    if let Some(data) = form.and_then(|f| doc.stream_data(f)) {
                        let m = d.get("Matrix").and_then(Obj::array).map(|a| {
                            let v = |i: usize| a.get(i).and_then(Obj::num).unwrap_or(IDENTITY[i]);
                            [v(0), v(1), v(2), v(3), v(4), v(5)]
                        });
                        let own = d
                            .get("Resources")
                            .map(|r| doc.resolve(r))
                            .and_then(Obj::dict)
                            .or(resources);
                        let inner = State {
                            ctm: mul(&m.unwrap_or(IDENTITY), &st.ctm),
                            ..st.clone()
                        };
                        draw(doc, &data, own, inner, fonts, legacy, depth + 1, forms, out);
                    }
                }
            }
            // An inline image: its data is bytes, not operators; reading goes on after its `EI`.
            "ID" => {
                let mut at = lexer.at + 1;
                lexer.at = content.len();
                while let Some(e) = find(content, b"EI", at) {
                    let before = e.checked_sub(1).map(|i| content[i]);
                    let after = content.get(e + 2).copied();
                    if before.is_some_and(is_space) && after.is_none_or(is_space) {
                        lexer.at = e + 2;
                        break;
                    }
                    at = e + 2;
                }
            }
            _ => {}
        }
        args.clear();
    }
}

fn load_font(doc: &Document, obj: &Obj, fonts: &mut Fonts) -> Option<Rc<Font>> {
    if let Obj::Ref(n) = obj {
        if let Some((_, f)) = fonts.0.iter().find(|f| f.0 == *n) {
            return Some(f.clone());
        }
        let font = Rc::new(Font::load(doc, doc.resolve(obj).dict()?));
        fonts.0.push((*n, font.clone()));
        return Some(font);
    }
    Some(Rc::new(Font::load(doc, obj.dict()?)))
}

/// Shows a string: one run, from where the text matrix stands to where its glyphs take it.
fn show(bytes: &[u8], st: &State, tm: &mut Matrix, legacy: Legacy, out: &mut Vec<Run>) {
    let Some(font) = &st.font else { return };
    let start = mul(
        &[st.size * st.scale, 0.0, 0.0, st.size, 0.0, st.rise],
        &mul(tm, &st.ctm),
    );
    let mut text = String::new();
    for (code, len) in font.codes(bytes) {
        text.push_str(&font.text(code, len, legacy));
        let spacing = st.char_spacing
            + if font.is_space(code, len) {
                st.word_spacing
            } else {
                0.0
            };
        let advance = (font.width(code) * st.size + spacing) * st.scale;
        *tm = mul(&[1.0, 0.0, 0.0, 1.0, advance, 0.0], tm);
    }
    let end = mul(&mul(tm, &st.ctm), &IDENTITY);
    let size = (start[2] * start[2] + start[3] * start[3]).sqrt();
    out.push(Run {
        x: start[4],
        y: start[5],
        end: end[4],
        size: if size > 0.0 { size } else { 1.0 },
        text,
    });
}

/// A line as drawn: its text, where it starts and ends, its baseline and size, and how wide its first word is.
struct Line {
    text: String,
    x: f64,
    end: f64,
    y: f64,
    size: f64,
    first_word: f64,
    /// The first word is still being drawn (it may come one glyph a run).
    first_word_open: bool,
    /// A larger gap above than between lines: a new paragraph.
    gap_above: bool,
}

/// The runs as lines: a new line where the baseline moves by half a line or more (a blank line for a larger
/// gap: a new paragraph), a tab across a gap wider than the font size (a table's next cell; spaces between words
/// are a third of that), a space across a smaller gap where the runs do not already have one. Then lines that a
/// paragraph only wrapped are joined again (see [`wrapped`]), so that a sentence reads as it was written.
pub fn lines(runs: &[Run]) -> String {
    let mut lines: Vec<Line> = Vec::new();
    for r in runs.iter().filter(|r| !r.text.is_empty()) {
        // Where a line's first word ends in a run (one character for Chinese), and whether it goes on after it.
        let word_in = |r: &Run| -> (f64, bool) {
            let chars: Vec<char> = r.text.chars().collect();
            let n = chars.len().max(1) as f64;
            let lead = chars.iter().take_while(|c| c.is_whitespace()).count();
            let word = chars[lead..]
                .iter()
                .enumerate()
                .take_while(|(i, c)| !(c.is_whitespace() || wide(**c) && *i > 0))
                .count();
            let ends = lead + word < chars.len() || chars.get(lead).is_some_and(|c| wide(*c));
            (r.x + (r.end - r.x) * (lead + word) as f64 / n, !ends)
        };
        match lines.last_mut() {
            Some(l)
                if (r.y - l.y).abs() <= l.size.max(r.size) * 0.5
                    && r.x - l.end >= -l.size.max(r.size) =>
            {
                let (size, gap) = (l.size.max(r.size), r.x - l.end);
                if gap > size {
                    l.text.push('\t');
                } else if gap > size * 0.15
                    && !l.text.ends_with(char::is_whitespace)
                    && !r.text.starts_with(char::is_whitespace)
                {
                    l.text.push(' ');
                }
                if l.first_word_open {
                    if gap > size * 0.15
                        || r.text.starts_with(char::is_whitespace)
                        || r.text.starts_with(wide)
                    {
                        l.first_word_open = false;
                    } else {
                        (l.first_word, l.first_word_open) = word_in(r);
                        l.first_word -= l.x;
                    }
                }
                l.text.push_str(&r.text);
                l.end = l.end.max(r.end);
            }
            last => {
                let gap_above = last.is_some_and(|l| l.y - r.y > l.size.max(r.size) * 2.0);
                let (word_end, first_word_open) = word_in(r);
                lines.push(Line {
                    text: r.text.clone(),
                    x: r.x,
                    end: r.end,
                    y: r.y,
                    size: r.size,
                    first_word: word_end - r.x,
                    first_word_open,
                    gap_above,
                });
            }
        }
    }
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            if line.gap_above {
                out.push_str("\n\n");
            } else if wrapped(&lines, i, out.rsplit('\n').next().unwrap_or_default()) {
                let (before, after) = (
                    out.trim_end().chars().last(),
                    line.text.trim_start().chars().next(),
                );
                let tight = before.is_some_and(wide)
                    || after.is_some_and(wide)
                    || (before.is_some_and(|c| "-–/".contains(c))
                        && out
                            .trim_end()
                            .chars()
                            .rev()
                            .nth(1)
                            .is_some_and(char::is_alphabetic));
                let kept = out.trim_end().len();
                out.truncate(kept);
                if !tight {
                    out.push(' ');
                }
            } else {
                out.push('\n');
            }
        }
        out.push_str(if i > 0 && !out.ends_with('\n') {
            line.text.trim_start()
        } else {
            &line.text
        });
    }
    out
}

/// Whether line `i` only continues the line before it (`before`: the line before as joined so far), wrapped
/// there because its first word did not fit: the line before runs most of its column's width, and its end plus
/// that word would pass the column's right edge (the widest line that starts where it starts); this line starts at
/// its own column's left edge, below the line before or at the top of the next column. Table rows, list items,
/// indented first lines and a field under a field ("Nationality: ..." under "Name: ...") are never joined.
fn wrapped(lines: &[Line], i: usize, before: &str) -> bool {
    let (prev, line) = (&lines[i - 1], &lines[i]);
    let size = prev.size.max(line.size);
    let next_column = line.y > prev.y + size && line.x > prev.x + size;
    if !next_column && ((prev.y - line.y) > size * 2.0 || line.x > prev.x + size) {
        return false;
    }
    if prev.text.contains('\t') || line.text.contains('\t') {
        return false;
    }
    // A column: the lines that start where a line starts; its edges, and how many lines it has.
    let column = |x: f64| {
        let near = lines.iter().filter(move |l| (l.x - x).abs() <= size * 2.0);
        (
            near.clone().map(|l| l.x).fold(x, f64::min),
            near.clone().map(|l| l.end).fold(f64::MIN, f64::max),
            near.count(),
        )
    };
    let (left, right, count) = column(prev.x);
    // Below: where the line before's column starts; at the top of the next column: where that column starts.
    let own_left = if next_column { column(line.x).0 } else { left };
    let t = line.text.trim_start();
    let first = t.chars().next().unwrap_or(' ');
    let enclosed = first == '(' && t.chars().nth(2) == Some(')')
        || first == '（' && t.chars().nth(2) == Some('）');
    let starts_item = "•·●○■□▪‧*-–—".contains(first)
        || enclosed
        || (first.is_ascii_digit()
            && t.chars()
                .find(|c| !c.is_ascii_digit())
                .is_some_and(|c| ".)、".contains(c)))
        || t.chars().nth(1) == Some('、');
    let field = |t: &str| {
        t.char_indices()
            .find(|(_, c)| *c == ':' || *c == '：')
            .is_some_and(|(i, _)| t[..i].chars().count() <= 24)
    };
    let starts_field = field(t) && field(before);
    let at_left = (line.x - own_left).abs() <= size * 0.5;
    // Chinese wraps between any two characters, with no space: its line before ends within a character or two of
    // the edge (a line may not start with some punctuation, so the browser pulls a character down with it).
    let (space, slack) = if wide(first) { (0.0, 1.1) } else { (0.3, 0.5) };
    count >= 3
        && at_left
        && !starts_item
        && !starts_field
        && prev.end - left >= (right - left) * 0.6
        && prev.end + size * space + line.first_word > right - size * slack
}

/// Chinese, Japanese and Korean characters and full-width forms: lines of them wrap without a space.
fn wide(c: char) -> bool {
    matches!(c as u32, 0x2e80..=0x9fff | 0xac00..=0xd7af | 0xf900..=0xfaff | 0xfe30..=0xfe4f | 0xff00..=0xffef | 0x20000..=0x3ffff)
}
