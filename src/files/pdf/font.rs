//! A font as the text reader needs it (ISO 32000-1 §9.5–9.10): how a shown string splits into character codes, what
//! text each code stands for, and how wide it is (to tell where a run of text ends, and so where spaces fall).
//!
//! The text of a code comes, in order, from the font's `ToUnicode` map (what Chromium, Word and LibreOffice write),
//! from a predefined Unicode CMap (`UniGB-UCS2-H`, ...), from a predefined Big5 or GBK CMap through the platform's
//! decoder of those encodings, or from a simple font's encoding and `Differences`.

use super::syntax::{Dict, Lexer, Obj};
use super::{ByNumber, Document};
use crate::files::text::Legacy;

/// Codes a font may map or size, all told: more than a font of every Chinese character, less than memory.
const MAX_ENTRIES: usize = 200_000;

pub struct Font {
    /// Codes are this many bytes; `None`: one or two, by the lead byte (Big5, GBK).
    code_len: Option<usize>,
    /// Ranges of codes written with 1, 2, 3 or 4 bytes, from a `ToUnicode` map's `codespacerange`.
    codespace: Vec<(usize, u32, u32)>,
    to_unicode: ByNumber<String>,
    /// A simple font's byte → character.
    encoding: Option<Box<[char; 256]>>,
    /// The platform's encoding of a predefined CMap: "utf-16be", "big5", "gbk".
    predefined: Option<&'static str>,
    widths: ByNumber<f64>,
    default_width: f64,
    /// Widths are in thousandths of the size, except in a Type 3 font, whose own matrix says (often 1/2048).
    width_scale: f64,
    /// Codes map to nothing readable (an embedded subset font without a map): its text cannot be read.
    pub unreadable: bool,
}

impl Font {
    pub fn load(doc: &Document, dict: &Dict) -> Font {
        let subtype = dict.name("Subtype").unwrap_or("");
        let mut font = Font {
            code_len: Some(1),
            codespace: Vec::new(),
            to_unicode: ByNumber::default(),
            encoding: None,
            predefined: None,
            widths: ByNumber::default(),
            default_width: 500.0,
            width_scale: 0.001,
            unreadable: false,
        };
        if subtype == "Type3" {
            let m = dict
                .get("FontMatrix")
                .map(|o| doc.resolve(o))
                .and_then(Obj::array)
                .and_then(|a| a.first())
                .and_then(Obj::num);
            font.width_scale = m
                .filter(|m| m.is_finite() && *m != 0.0)
                .map_or(0.001, f64::abs);
        }
        if let Some(stream) = dict.get("ToUnicode").map(|o| doc.resolve(o)) {
            if let Some(data) = doc.stream_data(stream) {
                font.read_cmap(&data);
            }
        }
        if subtype == "Type0" {
            font.code_len = Some(2);
            let encoding = dict.name("Encoding").unwrap_or("Identity-H");
            font.predefined = predefined(encoding);
            if font.predefined.is_some_and(|e| e != "utf-16be") {
                font.code_len = None;
            }
            let descendant = dict
                .get("DescendantFonts")
                .map(|o| doc.resolve(o))
                .and_then(Obj::array)
                .and_then(|a| a.first())
                .map(|o| doc.resolve(o))
                .and_then(Obj::dict);
            if let Some(cid) = descendant {
                font.default_width = cid.get("DW").and_then(Obj::num).unwrap_or(1000.0);
                if let Some(w) = cid.get("W").map(|o| doc.resolve(o)).and_then(Obj::array) {
                    font.read_cid_widths(doc, w);
                }
            }
            font.unreadable = font.to_unicode.is_empty() && font.predefined.is_none();
        } else {
            let first = dict.get("FirstChar").and_then(Obj::num).unwrap_or(0.0) as u32;
            if let Some(w) = dict
                .get("Widths")
                .map(|o| doc.resolve(o))
                .and_then(Obj::array)
            {
                for (i, w) in w.iter().enumerate() {
                    if let Some(w) = doc.resolve(w).num() {
                        font.widths.push(first.saturating_add(i as u32), w);
                    }
                }
            }
            font.encoding = Some(simple_encoding(
                doc,
                dict.get("Encoding").map(|o| doc.resolve(o)),
            ));
        }
        font.widths.seal();
        font
    }

    /// The codes of a shown string.
    pub fn codes(&self, bytes: &[u8]) -> Vec<(u32, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            let len = self.code_len_at(bytes, i).min(bytes.len() - i).max(1);
            let code = bytes[i..i + len]
                .iter()
                .fold(0u32, |c, &b| (c << 8) | u32::from(b));
            out.push((code, len));
            i += len;
        }
        out
    }

    fn code_len_at(&self, bytes: &[u8], i: usize) -> usize {
        if !self.codespace.is_empty() {
            for len in 1..=4 {
                let Some(code) = bytes
                    .get(i..i + len)
                    .map(|c| c.iter().fold(0u32, |c, &b| (c << 8) | u32::from(b)))
                else {
                    break;
                };
                if self
                    .codespace
                    .iter()
                    .any(|&(l, lo, hi)| l == len && code >= lo && code <= hi)
                {
                    return len;
                }
            }
        }
        match self.code_len {
            Some(n) => n,
            None if bytes[i] >= 0x81 => 2,
            None => 1,
        }
    }

    /// The text a code stands for; U+FFFD where the font does not say.
    pub fn text(&self, code: u32, len: usize, legacy: Legacy) -> String {
        if let Some(t) = self.to_unicode.get(code) {
            return t.clone();
        }
        if let Some(enc) = &self.encoding {
            return enc[(code & 0xff) as usize].to_string();
        }
        match self.predefined {
            Some("utf-16be") => char::from_u32(code).map(String::from).unwrap_or_default(),
            Some(label) => {
                let bytes = code.to_be_bytes();
                legacy(label, &bytes[4 - len..]).unwrap_or_else(|| '\u{fffd}'.to_string())
            }
            None => '\u{fffd}'.to_string(),
        }
    }

    /// The width of a code, in units of the font size.
    pub fn width(&self, code: u32) -> f64 {
        self.widths
            .get(code)
            .copied()
            .unwrap_or(self.default_width)
            * self.width_scale
    }

    /// Whether a code is the single-byte space, to which word spacing applies.
    pub fn is_space(&self, code: u32, len: usize) -> bool {
        len == 1 && code == 32
    }

    fn read_cid_widths(&mut self, doc: &Document, w: &[Obj]) {
        let mut i = 0;
        while i + 1 < w.len() {
            let Some(first) = doc.resolve(&w[i]).num() else {
                break;
            };
            match doc.resolve(&w[i + 1]) {
                Obj::Array(ws) => {
                    for (k, v) in ws.iter().take(65_536).enumerate() {
                        if let Some(v) = v.num().filter(|_| self.widths.0.len() < MAX_ENTRIES) {
                            self.widths.push((first as u32).saturating_add(k as u32), v);
                        }
                    }
                    i += 2;
                }
                Obj::Num(last) => {
                    let Some(v) = w.get(i + 2).and_then(|o| doc.resolve(o).num()) else {
                        break;
                    };
                    let (first, last) = (first as u32, (*last as u32).min((first as u32).saturating_add(65_536)));
                    for c in first..=last {
                        if self.widths.0.len() >= MAX_ENTRIES {
                            break;
                        }
                        self.widths.push(c, v);
                    }
                    i += 3;
                }
                _ => break,
            }
        }
    }

    /// A `ToUnicode` CMap: `begincodespacerange`, `beginbfchar`, `beginbfrange`.
    fn read_cmap(&mut self, data: &[u8]) {
        let mut lexer = Lexer::new(data, 0);
        let mut args: Vec<Obj> = Vec::new();
        while let Some(obj) = lexer.next() {
            let Obj::Op(op) = obj else {
                args.push(obj);
                continue;
            };
            match op.as_str() {
                "endcodespacerange" => {
                    for pair in args.chunks(2) {
                        if let [Obj::Str(lo), Obj::Str(hi)] = pair {
                            self.codespace.push((lo.len(), code_of(lo), code_of(hi)));
                        }
                    }
                }
                "endbfchar" => {
                    for pair in args.chunks(2) {
                        if let [Obj::Str(src), dst] = pair {
                            if let Some(t) = dst_text(dst) {
                                self.to_unicode.push(code_of(src), t);
                            }
                        }
                    }
                }
                "endbfrange" => {
                    for triple in args.chunks(3) {
                        let [Obj::Str(lo), Obj::Str(hi), dst] = triple else {
                            continue;
                        };
                        let (lo, hi) = (code_of(lo), code_of(hi));
                        // A range is one code's worth of entries at most: a broken map cannot fill memory.
                        for (k, code) in (lo..=hi.min(lo.saturating_add(0xffff))).enumerate() {
                            if self.to_unicode.0.len() >= MAX_ENTRIES {
                                break;
                            }
                            let text = match dst {
                                Obj::Array(a) => a.get(k).and_then(dst_text),
                                Obj::Str(s) => {
                                    let mut units = utf16_units(s);
                                    if let Some(last) = units.last_mut() {
                                        *last = last.wrapping_add(k as u16);
                                    }
                                    Some(String::from_utf16_lossy(&units))
                                }
                                _ => None,
                            };
                            if let Some(t) = text {
                                self.to_unicode.push(code, t);
                            }
                        }
                    }
                }
                _ => {}
            }
            if op.starts_with("end") || op.starts_with("begin") {
                args.clear();
            }
        }
        self.to_unicode.seal();
    }
}

fn code_of(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .take(4)
        .fold(0u32, |c, &b| (c << 8) | u32::from(b))
}

fn utf16_units(bytes: &[u8]) -> Vec<u16> {
    bytes
        .chunks(2)
        .map(|p| (u16::from(p[0]) << 8) | u16::from(p.get(1).copied().unwrap_or(0)))
        .collect()
}

fn dst_text(dst: &Obj) -> Option<String> {
    match dst {
        Obj::Str(s) => Some(String::from_utf16_lossy(&utf16_units(s))),
        Obj::Name(n) => glyph_char(n).map(String::from),
        _ => None,
    }
}

/// The predefined CMaps whose codes the platform can decode: Unicode ones, and the Big5 and GBK ones.
fn predefined(name: &str) -> Option<&'static str> {
    if name.starts_with("Uni") && (name.contains("UCS2") || name.contains("UTF16")) {
        Some("utf-16be")
    } else if name.starts_with("ETen-B5")
        || name.starts_with("B5pc")
        || name.starts_with("HKscs-B5")
        || name.starts_with("ETenms-B5")
    {
        Some("big5")
    } else if name.starts_with("GBK")
        || name.starts_with("GBpc-EUC")
        || name.starts_with("GB-EUC")
        || name.starts_with("GBKp-EUC")
    {
        Some("gbk")
    } else {
        None
    }
}

/// Windows code page 1252 for 0x80–0x9F; the rest of a simple font's default encoding is Latin-1.
const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0xfffd, 0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

pub fn cp1252(b: u8) -> char {
    match b {
        0x80..=0x9f => {
            char::from_u32(u32::from(CP1252_HIGH[usize::from(b - 0x80)])).unwrap_or('\u{fffd}')
        }
        _ => char::from(b),
    }
}

fn simple_encoding(doc: &Document, encoding: Option<&Obj>) -> Box<[char; 256]> {
    let mut table = Box::new([' '; 256]);
    for (b, c) in table.iter_mut().enumerate() {
        *c = cp1252(b as u8);
    }
    if let Some(Obj::Dict(d)) = encoding {
        if let Some(diffs) = d
            .get("Differences")
            .map(|o| doc.resolve(o))
            .and_then(Obj::array)
        {
            let mut code = 0usize;
            for item in diffs {
                match item {
                    Obj::Num(n) => code = *n as usize,
                    Obj::Name(name) => {
                        if let (Some(slot), Some(c)) = (table.get_mut(code), glyph_char(name)) {
                            *slot = c;
                        }
                        code += 1;
                    }
                    _ => {}
                }
            }
        }
    }
    table
}

/// The character of a glyph name: `uniXXXX`, `uXXXX`, a letter or digit's own name, and the punctuation letters use.
fn glyph_char(name: &str) -> Option<char> {
    let hex = name
        .strip_prefix("uni")
        .or_else(|| name.strip_prefix('u'))
        .filter(|h| (4..=6).contains(&h.len()));
    if let Some(c) = hex
        .and_then(|h| u32::from_str_radix(h, 16).ok())
        .and_then(char::from_u32)
    {
        return Some(c);
    }
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return Some(c);
    }
    const NAMES: &[(&str, char)] = &[
        ("space", ' '),
        ("exclam", '!'),
        ("quotedbl", '"'),
        ("numbersign", '#'),
        ("dollar", '$'),
        ("percent", '%'),
        ("ampersand", '&'),
        ("quotesingle", '\''),
        ("parenleft", '('),
        ("parenright", ')'),
        ("asterisk", '*'),
        ("plus", '+'),
        ("comma", ','),
        ("hyphen", '-'),
        ("period", '.'),
        ("slash", '/'),
        ("zero", '0'),
        ("one", '1'),
        ("two", '2'),
        ("three", '3'),
        ("four", '4'),
        ("five", '5'),
        ("six", '6'),
        ("seven", '7'),
        ("eight", '8'),
        ("nine", '9'),
        ("colon", ':'),
        ("semicolon", ';'),
        ("less", '<'),
        ("equal", '='),
        ("greater", '>'),
        ("question", '?'),
        ("at", '@'),
        ("bracketleft", '['),
        ("backslash", '\\'),
        ("bracketright", ']'),
        ("underscore", '_'),
        ("grave", '`'),
        ("braceleft", '{'),
        ("bar", '|'),
        ("braceright", '}'),
        ("quoteleft", '\u{2018}'),
        ("quoteright", '\u{2019}'),
        ("quotedblleft", '\u{201c}'),
        ("quotedblright", '\u{201d}'),
        ("endash", '\u{2013}'),
        ("emdash", '\u{2014}'),
        ("bullet", '\u{2022}'),
        ("ellipsis", '\u{2026}'),
        ("nbspace", '\u{a0}'),
        ("sterling", '£'),
        ("yen", '¥'),
        ("Euro", '€'),
        ("degree", '°'),
        ("copyright", '©'),
        ("eacute", 'é'),
        ("egrave", 'è'),
        ("aacute", 'á'),
        ("agrave", 'à'),
        ("oacute", 'ó'),
        ("uacute", 'ú'),
        ("iacute", 'í'),
        ("ntilde", 'ñ'),
        ("ccedilla", 'ç'),
        ("odieresis", 'ö'),
        ("udieresis", 'ü'),
        ("adieresis", 'ä'),
        ("germandbls", 'ß'),
        ("fi", '\u{fb01}'),
        ("fl", '\u{fb02}'),
        ("minus", '\u{2212}'),
        ("periodcentered", '·'),
    ];
    NAMES.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_to_unicode_map_reads_chars_ranges_and_codespaces() {
        let mut f = Font {
            code_len: Some(2),
            codespace: Vec::new(),
            to_unicode: ByNumber::default(),
            encoding: None,
            predefined: None,
            widths: ByNumber::default(),
            default_width: 1000.0,
            width_scale: 0.001,
            unreadable: false,
        };
        f.read_cmap(b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n2 beginbfchar <0003> <0020> <0010> <9999> endbfchar\n1 beginbfrange <0020> <0022> <0041> endbfrange\n1 beginbfrange <0030> <0031> [<4E2D> <D83DDE00>] endbfrange");
        let text: String = f
            .codes(b"\x00\x20\x00\x22\x00\x03\x00\x10\x00\x30\x00\x31")
            .iter()
            .map(|&(c, l)| f.text(c, l, |_, _| None))
            .collect();
        assert_eq!(text, "AC 香中😀");
    }

    #[test]
    fn glyph_names_read_as_their_characters() {
        assert_eq!(glyph_char("uni9999"), Some('香'));
        assert_eq!(glyph_char("quoteright"), Some('’'));
        assert_eq!(glyph_char("g"), Some('g'));
        assert_eq!(glyph_char("g123"), None);
    }
}
