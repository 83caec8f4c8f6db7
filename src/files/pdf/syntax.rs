//! PDF's object syntax (ISO 32000-1 §7.2–7.3): numbers, strings, names, arrays, dictionaries, references, and the
//! operators of a content stream, read from untrusted bytes without ever panicking.

/// One PDF object, or an operator of a content stream.
#[derive(Debug, Clone, PartialEq)]
pub enum Obj {
    Null,
    Bool(bool),
    Num(f64),
    Str(Vec<u8>),
    Name(String),
    Array(Vec<Obj>),
    Dict(Dict),
    Ref(u32),
    /// A stream: its dictionary and its bytes as stored (still encoded).
    Stream(Dict, Vec<u8>),
    /// A bare word: an operator in a content stream, or `obj`, `endobj`, `stream`, `R` in a file.
    Op(String),
}

/// A dictionary, in the order written (they are small: a lookup is a scan).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dict(pub Vec<(String, Obj)>);

impl Dict {
    pub fn get(&self, key: &str) -> Option<&Obj> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    pub fn name(&self, key: &str) -> Option<&str> {
        match self.get(key) {
            Some(Obj::Name(n)) => Some(n),
            _ => None,
        }
    }
}

impl Obj {
    pub fn num(&self) -> Option<f64> {
        match self {
            Obj::Num(n) => Some(*n),
            _ => None,
        }
    }
    pub fn dict(&self) -> Option<&Dict> {
        match self {
            Obj::Dict(d) | Obj::Stream(d, _) => Some(d),
            _ => None,
        }
    }
    pub fn array(&self) -> Option<&[Obj]> {
        match self {
            Obj::Array(a) => Some(a),
            _ => None,
        }
    }
}

pub fn is_space(b: u8) -> bool {
    matches!(b, 0 | b'\t' | b'\n' | 0x0c | b'\r' | b' ')
}

fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

/// How deep arrays and dictionaries may nest: deeper is not a letter, and would only exhaust the stack.
const MAX_DEPTH: usize = 64;

/// A reader of objects over bytes.
pub struct Lexer<'a> {
    pub bytes: &'a [u8],
    pub at: usize,
}

impl<'a> Lexer<'a> {
    pub fn new(bytes: &'a [u8], at: usize) -> Self {
        Lexer { bytes, at }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    pub fn skip_space(&mut self) {
        while let Some(b) = self.peek() {
            if is_space(b) {
                self.at += 1;
            } else if b == b'%' {
                while self.peek().is_some_and(|b| b != b'\n' && b != b'\r') {
                    self.at += 1;
                }
            } else {
                break;
            }
        }
    }

    /// The next object, `None` at the end or on bytes that are no object (after which the lexer has moved on).
    pub fn next(&mut self) -> Option<Obj> {
        self.object(0)
    }

    fn object(&mut self, depth: usize) -> Option<Obj> {
        self.skip_space();
        // Stray closers (a broken file): step over them.
        while self
            .peek()
            .is_some_and(|b| matches!(b, b')' | b'>' | b']' | b'{' | b'}'))
        {
            self.at += 1;
            self.skip_space();
        }
        let b = self.peek()?;
        if depth > MAX_DEPTH {
            self.at = self.bytes.len();
            return None;
        }
        match b {
            b'/' => {
                self.at += 1;
                Some(Obj::Name(self.name()))
            }
            b'(' => {
                self.at += 1;
                Some(Obj::Str(self.literal()))
            }
            b'<' if self.bytes.get(self.at + 1) == Some(&b'<') => {
                self.at += 2;
                let mut d = Vec::new();
                loop {
                    self.skip_space();
                    match self.peek() {
                        None => break,
                        Some(b'>') => {
                            self.at += 2;
                            break;
                        }
                        Some(b'/') => {
                            self.at += 1;
                            let key = self.name();
                            match self.object(depth + 1) {
                                Some(v) => d.push((key, v)),
                                None => break,
                            }
                        }
                        // A stray token inside a dictionary: skip it.
                        Some(_) => {
                            self.object(depth + 1)?;
                        }
                    }
                }
                Some(Obj::Dict(Dict(d)))
            }
            b'<' => {
                self.at += 1;
                Some(Obj::Str(self.hex()))
            }
            b'[' => {
                self.at += 1;
                let mut a = Vec::new();
                loop {
                    self.skip_space();
                    match self.peek() {
                        None => break,
                        Some(b']') => {
                            self.at += 1;
                            break;
                        }
                        Some(_) => match self.object(depth + 1) {
                            Some(Obj::Op(op)) if op == "R" => {
                                // `n g R` inside an array: the two numbers before are the reference.
                                if let (Some(Obj::Num(_)), Some(Obj::Num(n))) = (a.pop(), a.pop()) {
                                    a.push(Obj::Ref(n as u32));
                                }
                            }
                            Some(v) => a.push(v),
                            None => break,
                        },
                    }
                }
                Some(Obj::Array(a))
            }
            b'0'..=b'9' | b'+' | b'-' | b'.' => {
                let n = self.number();
                // `n g R`: a reference (only where an object is expected; arrays handle their own).
                if n >= 0.0 && n.fract() == 0.0 {
                    let save = self.at;
                    self.skip_space();
                    if self.peek().is_some_and(|b| b.is_ascii_digit()) {
                        self.number();
                        self.skip_space();
                        if self.peek() == Some(b'R')
                            && self
                                .bytes
                                .get(self.at + 1)
                                .is_none_or(|&b| is_space(b) || is_delimiter(b))
                        {
                            self.at += 1;
                            return Some(Obj::Ref(n as u32));
                        }
                    }
                    self.at = save;
                }
                Some(Obj::Num(n))
            }
            _ => {
                let start = self.at;
                while self
                    .peek()
                    .is_some_and(|b| !is_space(b) && !is_delimiter(b))
                {
                    self.at += 1;
                }
                let word = String::from_utf8_lossy(&self.bytes[start..self.at]).into_owned();
                Some(match word.as_str() {
                    "true" => Obj::Bool(true),
                    "false" => Obj::Bool(false),
                    "null" => Obj::Null,
                    _ => Obj::Op(word),
                })
            }
        }
    }

    fn name(&mut self) -> String {
        let mut out = Vec::new();
        while let Some(b) = self.peek().filter(|&b| !is_space(b) && !is_delimiter(b)) {
            self.at += 1;
            if b == b'#' {
                if let Some(v) = self
                    .bytes
                    .get(self.at..self.at + 2)
                    .and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok())
                {
                    self.at += 2;
                    out.push(v);
                    continue;
                }
            }
            out.push(b);
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    /// A number: an optional sign, digits, an optional point and digits. Read by hand: the standard library's
    /// float parser would add its tables to the page's second part for what PDF never writes (exponents).
    fn number(&mut self) -> f64 {
        let mut negative = false;
        while let Some(b @ (b'+' | b'-')) = self.peek() {
            negative ^= b == b'-';
            self.at += 1;
        }
        let (mut value, mut scale, mut point) = (0.0f64, 1.0f64, false);
        while let Some(b) = self.peek() {
            match b {
                b'0'..=b'9' => {
                    if point {
                        scale /= 10.0;
                        value += f64::from(b - b'0') * scale;
                    } else {
                        value = value * 10.0 + f64::from(b - b'0');
                    }
                }
                b'.' if !point => point = true,
                // "1.2.3", "4-5": what a broken writer leaves; read up to there.
                b'.' | b'+' | b'-' => {}
                _ => break,
            }
            self.at += 1;
        }
        if negative {
            -value
        } else {
            value
        }
    }

    fn literal(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut depth = 0;
        while let Some(b) = self.peek() {
            self.at += 1;
            match b {
                b'(' => {
                    depth += 1;
                    out.push(b);
                }
                b')' if depth == 0 => break,
                b')' => {
                    depth -= 1;
                    out.push(b);
                }
                b'\\' => {
                    let Some(e) = self.peek() else { break };
                    self.at += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.at += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push(v as u8);
                        }
                        // A backslash at the end of a line continues the string on the next.
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.at += 1;
                            }
                        }
                        b'\n' => {}
                        other => out.push(other),
                    }
                }
                _ => out.push(b),
            }
        }
        out
    }

    fn hex(&mut self) -> Vec<u8> {
        let mut digits = Vec::new();
        while let Some(b) = self.peek() {
            self.at += 1;
            if b == b'>' {
                break;
            }
            if let Some(d) = (b as char).to_digit(16) {
                digits.push(d as u8);
            }
        }
        if digits.len() % 2 == 1 {
            digits.push(0);
        }
        digits.chunks(2).map(|p| p[0] * 16 + p[1]).collect()
    }
}

pub use crate::files::find_bytes as find;

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> Obj {
        Lexer::new(s.as_bytes(), 0).next().unwrap()
    }

    #[test]
    fn reads_the_kinds_of_object() {
        assert_eq!(one("(a\\(b\\) \\101\\\nc)"), Obj::Str(b"a(b) Ac".to_vec()));
        assert_eq!(one("<48 656c6C6>"), Obj::Str(b"Hell\x60".to_vec()));
        assert_eq!(one("/A#20B"), Obj::Name("A B".into()));
        assert_eq!(one("12 0 R"), Obj::Ref(12));
        assert_eq!(
            one("[1 0 R 2 0 R 3]"),
            Obj::Array(vec![Obj::Ref(1), Obj::Ref(2), Obj::Num(3.0)])
        );
        let d = one("<</Type/Page/Kids[4 0 R]/N -1.5 % a comment\n/F true>>");
        let d = d.dict().unwrap();
        assert_eq!(d.name("Type"), Some("Page"));
        assert_eq!(d.get("N"), Some(&Obj::Num(-1.5)));
        assert_eq!(d.get("F"), Some(&Obj::Bool(true)));
    }

    #[test]
    fn never_panics_on_truncated_or_deep_input() {
        for s in [
            "<<",
            "<</A",
            "(abc",
            "<4",
            "[[[",
            "/",
            "1 0",
            "<</A<</B[",
            "\\",
        ] {
            let mut l = Lexer::new(s.as_bytes(), 0);
            while l.next().is_some() {}
        }
        let deep = "[".repeat(100_000);
        let mut l = Lexer::new(deep.as_bytes(), 0);
        while l.next().is_some() {}
    }
}
