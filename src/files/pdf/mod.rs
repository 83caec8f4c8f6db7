//! The text of a PDF letter, in reading order, lines kept: the reader of the letter's file when it is a PDF.
//!
//! Why its own reader rather than a PDF crate: the well-kept ones (`lopdf`, `pdf-extract`) measured about 640 KB of
//! WebAssembly, gzipped, with their dependencies, twice the page's whole budget; reading a letter's text needs only
//! a small part of PDF, written here in about 700 lines over `miniz_oxide` (the inflater the Rust ecosystem
//! shares): the objects (§7.3), the streams' filters (§7.4), the page tree (§7.7.3), fonts' character maps (§9.10)
//! and the text operators of content streams (§9.4).
//!
//! The file is read by scanning for its objects rather than trusting its cross-reference table, which is the part
//! of a PDF most often broken (and incremental updates are taken, later objects over earlier ones). Text comes in
//! the order the content streams draw it, which is the order of the document for what browsers, word processors and
//! letter templates write (a two-column page comes column by column), with a new line where the baseline moves and
//! a tab where a line jumps across a wide gap (a table's next cell).

mod content;
mod filters;
mod font;
mod syntax;

pub use font::cp1252;
use syntax::{find, is_space, Dict, Lexer, Obj};

use super::text::Legacy;

/// Why a PDF gave no text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdfProblem {
    /// It is encrypted (a password to open, or one to copy text).
    Protected,
    /// It has pages, but nothing on them is text that can be read: a scan, a photo, or text drawn as shapes.
    NoText,
    /// It is not a PDF, or too broken to find its pages.
    Broken,
}

/// The text of a PDF's pages, in order, a blank line between pages.
pub fn text(bytes: &[u8], legacy: Legacy) -> Result<String, PdfProblem> {
    let doc = Document::parse(bytes)?;
    let pages = doc.pages();
    if pages.is_empty() {
        return Err(PdfProblem::Broken);
    }
    let mut fonts = content::Fonts::default();
    let mut out = String::new();
    let (mut readable, mut unreadable) = (0usize, 0usize);
    for (page, resources) in pages {
        let mut data = Vec::new();
        let contents = page.get("Contents").map(|o| doc.resolve(o));
        let mut parts: Vec<&Obj> = match contents {
            Some(Obj::Array(a)) => a.iter().map(|o| doc.resolve(o)).collect(),
            Some(o) => vec![o],
            None => Vec::new(),
        };
        // The same stream twice in a page's contents is drawn once (a file may list one stream a thousand times).
        let mut seen: Vec<*const Obj> = Vec::new();
        parts.retain(|p| {
            let fresh = !seen.contains(&(*p as *const Obj));
            seen.push(*p as *const Obj);
            fresh
        });
        for part in parts {
            if let Some(d) = doc.stream_data(part) {
                data.extend_from_slice(&d);
                data.push(b'\n');
            }
        }
        let runs = content::runs(&doc, &data, resources, &mut fonts, legacy);
        for r in &runs {
            for c in r.text.chars().filter(|c| !c.is_whitespace()) {
                if c == '\u{fffd}' {
                    unreadable += 1;
                } else {
                    readable += 1;
                }
            }
        }
        let page_text = content::lines(&runs);
        if !page_text.trim().is_empty() {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&page_text);
        }
    }
    // Mostly glyphs without a character: its text cannot be read, and a guess would be worse than asking.
    if readable == 0 || unreadable > readable {
        return Err(PdfProblem::NoText);
    }
    Ok(tidy(&out))
}

/// Ligatures to their letters, no-break spaces to spaces, unreadable glyphs and trailing spaces out.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line: String = line
            .chars()
            .filter(|&c| c != '\u{fffd}')
            .flat_map(|c| match c {
                '\u{fb00}' => "ff".chars().collect::<Vec<_>>(),
                '\u{fb01}' => "fi".chars().collect(),
                '\u{fb02}' => "fl".chars().collect(),
                '\u{fb03}' => "ffi".chars().collect(),
                '\u{fb04}' => "ffl".chars().collect(),
                '\u{fb05}' | '\u{fb06}' => "st".chars().collect(),
                '\u{a0}' => vec![' '],
                c => vec![c],
            })
            .collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    while out.contains("\n\n\n") {
        out = out.replace("\n\n\n", "\n\n");
    }
    out.trim().to_string()
}

/// Entries by number: filled, then sealed (sorted, the last of equal numbers kept), then looked up. Smaller in
/// WebAssembly than a hash map (this reader runs in the page's second part, within its byte budget), and as quick
/// for the few thousand objects of a letter.
pub struct ByNumber<V>(Vec<(u32, V)>);

impl<V> Default for ByNumber<V> {
    fn default() -> Self {
        ByNumber(Vec::new())
    }
}

impl<V> ByNumber<V> {
    pub fn push(&mut self, n: u32, v: V) {
        self.0.push((n, v));
    }
    pub fn seal(&mut self) {
        self.0.reverse();
        crate::sorting::sort_by_key(&mut self.0, |e| crate::sorting::number(i64::from(e.0)));
        self.0.dedup_by_key(|e| e.0);
    }
    pub fn get(&self, n: u32) -> Option<&V> {
        self.0.binary_search_by_key(&n, |e| e.0).ok().map(|i| &self.0[i].1)
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A PDF's objects, by number.
pub struct Document {
    objects: ByNumber<Obj>,
    /// Bytes decoded so far, all streams told: a file that inflates without end stops at [`MAX_DECODED_TOTAL`].
    decoded: std::cell::Cell<usize>,
    /// The trailers' dictionaries (`trailer` and cross-reference streams), the last written last.
    trailers: Vec<Dict>,
}

static NULL: Obj = Obj::Null;

/// All the streams of a letter decode to less than this; past it, the rest is not read.
const MAX_DECODED_TOTAL: usize = 256 << 20;

impl Document {
    fn parse(bytes: &[u8]) -> Result<Document, PdfProblem> {
        if find(&bytes[..bytes.len().min(1024)], b"%PDF-", 0).is_none() {
            return Err(PdfProblem::Broken);
        }
        let mut doc = Document {
            objects: ByNumber::default(),
            decoded: std::cell::Cell::new(0),
            trailers: Vec::new(),
        };
        let mut at = 0;
        while let Some(i) = find(bytes, b"obj", at) {
            at = i + 3;
            if bytes
                .get(i + 3)
                .is_some_and(|&b| !is_space(b) && !b"<[(/%".contains(&b))
            {
                continue;
            }
            let Some(number) = object_number(bytes, i) else {
                continue;
            };
            let mut lexer = Lexer::new(bytes, i + 3);
            let Some(mut obj) = lexer.next() else {
                continue;
            };
            let after = lexer.at;
            if let (Obj::Dict(d), Some(Obj::Op(word))) = (&obj, lexer.next()) {
                if word == "stream" {
                    let (data, end) = stream_bytes(bytes, lexer.at, d);
                    obj = Obj::Stream(d.clone(), data);
                    lexer.at = end;
                } else {
                    lexer.at = after;
                }
            }
            if let Obj::Stream(d, _) = &obj {
                if d.name("Type") == Some("XRef") {
                    doc.trailers.push(d.clone());
                }
            }
            doc.objects.push(number, obj);
            at = lexer.at.max(at);
        }
        let mut at = 0;
        while let Some(i) = find(bytes, b"trailer", at) {
            at = i + 7;
            if let Some(Obj::Dict(d)) = Lexer::new(bytes, at).next() {
                doc.trailers.push(d);
            }
        }
        if doc.trailers.iter().any(|t| t.get("Encrypt").is_some()) {
            return Err(PdfProblem::Protected);
        }
        doc.objects.seal();
        doc.unpack_object_streams();
        Ok(doc)
    }

    /// Objects kept inside object streams (PDF 1.5), where they are not also written plainly.
    fn unpack_object_streams(&mut self) {
        let mut unpacked = Vec::new();
        let streams: Vec<Obj> = self
            .objects
            .0
            .iter()
            .map(|e| &e.1)
            .filter(|o| matches!(o, Obj::Stream(d, _) if d.name("Type") == Some("ObjStm")))
            .cloned()
            .collect();
        for stream in streams {
            let (Some(data), Some(d)) = (self.stream_data(&stream), stream.dict()) else {
                continue;
            };
            let n = d.get("N").and_then(Obj::num).unwrap_or(0.0) as usize;
            let first = d.get("First").and_then(Obj::num).unwrap_or(0.0) as usize;
            let mut header = Lexer::new(&data, 0);
            let mut entries: Vec<(u32, usize)> = Vec::new();
            for _ in 0..n.min(100_000) {
                let (Some(Obj::Num(num)), Some(Obj::Num(offset))) = (header.next(), header.next()) else { break };
                entries.push((num as u32, first.saturating_add(offset as usize)));
            }
            // Each object is read up to where the next begins, and a number given twice is read once.
            let mut starts: Vec<usize> = entries.iter().map(|e| e.1).collect();
            crate::sorting::sort_by_key(&mut starts, |&x| crate::sorting::number(x as i64));
            let mut read: Vec<u32> = Vec::new();
            for &(num, at) in &entries {
                let next = starts.partition_point(|&x| x <= at);
                let end = starts.get(next).copied().unwrap_or(data.len()).min(data.len());
                if at >= end || read.contains(&num) || self.objects.get(num).is_some() {
                    continue;
                }
                read.push(num);
                if let Some(obj) = Lexer::new(&data[..end], at).next() {
                    unpacked.push((num, obj));
                }
            }
        }
        if !unpacked.is_empty() {
            for (n, obj) in unpacked {
                self.objects.push(n, obj);
            }
            self.objects.seal();
        }
    }

    /// What an object is, references followed.
    pub fn resolve<'a>(&'a self, mut obj: &'a Obj) -> &'a Obj {
        for _ in 0..32 {
            match obj {
                Obj::Ref(n) => obj = self.objects.get(*n).unwrap_or(&NULL),
                _ => return obj,
            }
        }
        &NULL
    }

    /// A stream's bytes, decoded.
    pub fn stream_data(&self, obj: &Obj) -> Option<Vec<u8>> {
        if self.decoded.get() > MAX_DECODED_TOTAL {
            return None;
        }
        let data = match self.resolve(obj) {
            Obj::Stream(d, data) => filters::decode(d, data),
            _ => None,
        }?;
        self.decoded.set(self.decoded.get().saturating_add(data.len()));
        Some(data)
    }

    fn catalog(&self) -> Option<&Dict> {
        let from_trailer = self
            .trailers
            .iter()
            .rev()
            .find_map(|t| t.get("Root"))
            .map(|r| self.resolve(r))
            .and_then(Obj::dict);
        from_trailer.or_else(|| {
            self.objects
                .0
                .iter()
                .filter_map(|e| e.1.dict())
                .find(|d| d.name("Type") == Some("Catalog"))
        })
    }

    /// The pages in order, each with its resources (inherited from the page tree where the page has none).
    fn pages(&self) -> Vec<(&Dict, Option<&Dict>)> {
        let mut out = Vec::new();
        let mut seen = Vec::new();
        if let Some(root) = self.catalog().and_then(|c| c.get("Pages")) {
            self.walk(root, None, &mut out, &mut seen, 0);
        }
        if out.is_empty() {
            // No page tree to be found: every page object, in the order of their numbers.
            // (The objects are sealed: in the order of their numbers.)
            out = self
                .objects
                .0
                .iter()
                .filter_map(|e| e.1.dict())
                .filter(|d| d.name("Type") == Some("Page"))
                .map(|d| {
                    (
                        d,
                        d.get("Resources")
                            .map(|r| self.resolve(r))
                            .and_then(Obj::dict),
                    )
                })
                .collect();
        }
        out
    }

    fn walk<'a>(
        &'a self,
        node: &'a Obj,
        inherited: Option<&'a Dict>,
        out: &mut Vec<(&'a Dict, Option<&'a Dict>)>,
        seen: &mut Vec<u32>,
        depth: usize,
    ) {
        if let Obj::Ref(n) = node {
            if seen.contains(n) {
                return;
            }
            seen.push(*n);
        }
        let Some(d) = self.resolve(node).dict() else {
            return;
        };
        if depth > 64 || out.len() > 10_000 {
            return;
        }
        let resources = d
            .get("Resources")
            .map(|r| self.resolve(r))
            .and_then(Obj::dict)
            .or(inherited);
        match d.get("Kids").map(|k| self.resolve(k)).and_then(Obj::array) {
            Some(kids) if d.name("Type") != Some("Page") => {
                for kid in kids {
                    self.walk(kid, resources, out, seen, depth + 1);
                }
            }
            _ => out.push((d, resources)),
        }
    }
}

/// The object number written before `obj` at `i` ("12 0 obj"), if that is what is there.
fn object_number(bytes: &[u8], i: usize) -> Option<u32> {
    let mut j = i;
    let back_over = |j: &mut usize, pred: fn(u8) -> bool| {
        let end = *j;
        while *j > 0 && pred(bytes[*j - 1]) {
            *j -= 1;
        }
        end - *j
    };
    if back_over(&mut j, is_space) == 0
        || back_over(&mut j, |b| b.is_ascii_digit()) == 0
        || back_over(&mut j, is_space) == 0
    {
        return None;
    }
    let end = j;
    if back_over(&mut j, |b| b.is_ascii_digit()) == 0
        || (j > 0 && !is_space(bytes[j - 1]) && !b">]%)".contains(&bytes[j - 1]))
    {
        return None;
    }
    std::str::from_utf8(&bytes[j..end]).ok()?.parse().ok()
}

/// A stream's stored bytes from `start` (just after `stream`): `/Length` when it is a number and lands on
/// `endstream`, else up to the next `endstream`. Returns the bytes and where reading goes on.
fn stream_bytes(bytes: &[u8], start: usize, dict: &Dict) -> (Vec<u8>, usize) {
    let mut start = start;
    if bytes.get(start) == Some(&b'\r') {
        start += 1;
    }
    if bytes.get(start) == Some(&b'\n') {
        start += 1;
    }
    if let Some(len) = dict
        .get("Length")
        .and_then(Obj::num)
        .filter(|n| *n >= 0.0)
        .map(|n| n as usize)
    {
        if let Some(end) = start.checked_add(len).filter(|&e| e <= bytes.len()) {
            let mut k = end;
            while k < bytes.len() && is_space(bytes[k]) {
                k += 1;
            }
            if bytes[k..].starts_with(b"endstream") {
                return (bytes[start..end].to_vec(), k + 9);
            }
        }
    }
    match find(bytes, b"endstream", start) {
        Some(e) => {
            let mut end = e;
            if end > start && bytes[end - 1] == b'\n' {
                end -= 1;
            }
            if end > start && bytes[end - 1] == b'\r' {
                end -= 1;
            }
            (bytes[start..end].to_vec(), e + 9)
        }
        None => (bytes[start..].to_vec(), bytes.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-page PDF with a simple font showing `content`, its cross-reference table left out (the reader scans).
    fn pdf(content: &str) -> Vec<u8> {
        format!(
            "%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n\
             3 0 obj <</Type/Page/Parent 2 0 R/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>> endobj\n\
             4 0 obj <</Type/Font/Subtype/Type1/BaseFont/Helvetica>> endobj\n\
             5 0 obj <</Length {}>>stream\n{content}\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF",
            content.len() + 1
        )
        .into_bytes()
    }

    fn no_legacy(_: &str, _: &[u8]) -> Option<String> {
        None
    }

    #[test]
    fn lines_spaces_and_cells_come_from_where_the_text_is_drawn() {
        let content = "BT /F1 12 Tf 72 700 Td (Dear Ms) Tj 50 0 Td (Kowalska,) Tj ET\n\
                       BT /F1 12 Tf 72 680 Td [(Date:)] TJ 200 0 Td (4 May 2026) Tj ET\n\
                       BT /F1 12 Tf 72 600 Td (Yours) Tj ET";
        assert_eq!(
            text(&pdf(content), no_legacy).unwrap(),
            "Dear Ms Kowalska,\nDate:\t4 May 2026\n\nYours"
        );
    }

    #[test]
    fn a_form_that_draws_itself_and_contents_listed_again_are_drawn_a_bounded_number_of_times() {
        let bytes = b"%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]>> endobj\n\
            3 0 obj <</Type/Page/Resources<</Font<</F1 4 0 R>>/XObject<</X 6 0 R>>>>/Contents[5 0 R 5 0 R 5 0 R]>> endobj\n\
            4 0 obj <</Type/Font/Subtype/Type1>> endobj\n\
            5 0 obj <</Length 28>>stream\nBT /F1 12 Tf (Hi) Tj ET /X Do\nendstream endobj\n\
            6 0 obj <</Subtype/Form/Length 47>>stream\nBT /F1 12 Tf 0 0 Td (x) Tj ET /X Do /X Do /X Do /X Do\nendstream endobj\ntrailer <</Root 1 0 R>>";
        let read = text(bytes, no_legacy).unwrap();
        // Four forms a form, eight deep, would be 87,380 "x"s; the page draws 256 forms at most, and its contents once.
        assert!(read.starts_with("Hi"), "{read}");
        assert_eq!(read.matches('H').count(), 1);
        assert!(read.matches('x').count() <= 256, "{} forms drawn", read.matches('x').count());
    }

    #[test]
    fn a_page_without_text_is_said_to_have_none() {
        assert_eq!(
            text(&pdf("0 0 m 100 100 l S"), no_legacy),
            Err(PdfProblem::NoText)
        );
    }

    #[test]
    fn an_encrypted_file_is_said_to_be_protected() {
        let mut bytes = pdf("BT /F1 12 Tf (x) Tj ET");
        bytes.extend_from_slice(b"\ntrailer <</Root 1 0 R/Encrypt 9 0 R>>");
        assert_eq!(text(&bytes, no_legacy), Err(PdfProblem::Protected));
    }

    #[test]
    fn what_is_not_a_pdf_is_said_to_be_broken() {
        assert_eq!(
            text(b"Dear Ms Kowalska", no_legacy),
            Err(PdfProblem::Broken)
        );
        assert_eq!(text(b"%PDF-1.7\n", no_legacy), Err(PdfProblem::Broken));
    }
}
