//! A small reader for comma- or tab-separated text (RFC 4180 quoting).
//!
//! The data files under `data/`, official lists loaded by organisers and pasted spreadsheets all come through here.
//! It is hand-written rather than a dependency because it is ~100 lines and runs in the browser, where every
//! kilobyte is paid for on a phone's connection.

use std::fmt;

/// One record, with the line it starts on (1-based) so that errors can point a person at it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    pub line: usize,
    pub message: CsvProblem,
}

/// What is wrong with a text that cannot be read.
///
/// People read it as `[csv]` of `src/i18n/en/input.toml`, through `CsvProblem::text` (in `src/case.rs`, with the
/// other input errors: this file is also part of the build script, which reads `data/` with it and has no message
/// files). The build script's own reports take it in English, from `Display`, which says the same words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvProblem {
    /// A character after a quoted field's closing quote, other than a delimiter or the end of the line.
    UnexpectedAfterQuote(char),
    UnclosedQuote,
}

impl fmt::Display for CsvProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CsvProblem::UnexpectedAfterQuote(c) => write!(
                f,
                "unexpected '{}' after a closing quote; a quoted field must end at a delimiter or the end of the line",
                shown(*c)
            ),
            CsvProblem::UnclosedQuote => f.write_str("a quoted field is not closed before the end of the text"),
        }
    }
}

/// A character as an error message shows it: itself, or its code point if it would not show (a control character
/// or a space). Plain, rather than `char::escape_debug`, whose Unicode tables would cost the page some 8 KB.
pub fn shown(c: char) -> String {
    if c.is_control() || c.is_whitespace() {
        format!("U+{:04X}", c as u32)
    } else {
        c.to_string()
    }
}

impl From<CsvProblem> for String {
    fn from(p: CsvProblem) -> String {
        p.to_string()
    }
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Splits `text` into records. Blank lines are skipped; a UTF-8 byte-order mark is ignored; `\r\n` and `\n` both
/// end a record; a quoted field may hold the delimiter, doubled quotes and line breaks.
pub fn parse(text: &str, delimiter: char) -> Result<Vec<Record>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut record_line = 1;
    let mut in_quotes = false;
    // True once the current field began with a quote and that quote has closed: only a delimiter or the end of
    // the record may follow.
    let mut after_quote = false;
    let mut field_started = false;
    let mut chars = text.chars().peekable();

    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    in_quotes = false;
                    after_quote = true;
                }
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if !field_started => {
                in_quotes = true;
                field_started = true;
            }
            c if c == delimiter => {
                fields.push(std::mem::take(&mut field));
                after_quote = false;
                field_started = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                end_record(&mut records, &mut fields, &mut field, record_line, field_started);
                line += 1;
                record_line = line;
                after_quote = false;
                field_started = false;
            }
            _ if after_quote => {
                return Err(CsvError { line, message: CsvProblem::UnexpectedAfterQuote(c) });
            }
            _ => {
                field.push(c);
                field_started = true;
            }
        }
    }
    if in_quotes {
        return Err(CsvError { line: record_line, message: CsvProblem::UnclosedQuote });
    }
    end_record(&mut records, &mut fields, &mut field, record_line, field_started);
    Ok(records)
}

fn end_record(
    records: &mut Vec<Record>,
    fields: &mut Vec<String>,
    field: &mut String,
    line: usize,
    field_started: bool,
) {
    if fields.is_empty() && !field_started && field.is_empty() {
        return; // a blank line
    }
    fields.push(std::mem::take(field));
    records.push(Record { line, fields: std::mem::take(fields) });
}

/// Quotes a field for writing when it needs it.
pub fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r', '\t']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Vec<String>> {
        parse(text, ',').unwrap().into_iter().map(|r| r.fields).collect()
    }

    #[test]
    fn plain_and_quoted_fields() {
        assert_eq!(
            rows("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\n"),
            vec![vec!["a", "b", "c"], vec!["x, y", "say \"hi\"", ""]]
        );
    }

    #[test]
    fn crlf_bom_and_blank_lines() {
        assert_eq!(rows("\u{feff}a,b\r\n\r\nc,d"), vec![vec!["a", "b"], vec!["c", "d"]]);
    }

    #[test]
    fn line_numbers_count_line_breaks_inside_quotes() {
        let r = parse("h\n\"two\nlines\"\nlast\n", ',').unwrap();
        assert_eq!(r.iter().map(|r| r.line).collect::<Vec<_>>(), vec![1, 2, 4]);
    }

    #[test]
    fn tab_separated() {
        assert_eq!(parse("a\tb,c\n", '\t').unwrap()[0].fields, vec!["a", "b,c"]);
    }

    #[test]
    fn unclosed_quote_names_its_line() {
        let e = parse("a\n\"open,b\n", ',').unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.to_string().contains("not closed"));
    }

    #[test]
    fn junk_after_a_closing_quote_is_an_error() {
        assert!(parse("\"a\"b,c", ',').is_err());
    }

    #[test]
    fn quote_round_trips() {
        let f = "a \"b\", c";
        assert_eq!(rows(&format!("{},x", quote(f)))[0][0], f);
        assert_eq!(quote("plain"), "plain");
    }
}
