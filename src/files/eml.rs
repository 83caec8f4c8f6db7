//! A saved e-mail (`.eml`, RFC 5322 with MIME, RFC 2045–2047) → the letter's text: the sender, date, recipient
//! and subject as an e-mail client shows them, then the message's text (plain text preferred to HTML), then the
//! text of its PDF attachments, each part decoded from quoted-printable or base64 and from its character set.

use super::pdf;
use super::text::Legacy;

/// How deep parts may nest (a forwarded message in a forwarded message ...).
const MAX_DEPTH: usize = 16;

/// Whether bytes look like a saved e-mail: header lines first, among them one every message has.
pub fn looks_like_email(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let Some(first) = head.lines().next() else {
        return false;
    };
    let header_line = |l: &str| {
        l.split_once(':').is_some_and(|(name, _)| {
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
    };
    header_line(first)
        && [
            "\nmime-version:",
            "\ncontent-type:",
            "\nreceived:",
            "\nmessage-id:",
        ]
        .iter()
        .any(|h| head.contains(h) || head.starts_with(&h[1..]))
}

/// The e-mail's text, and the text of its PDF attachments. Where an attachment holds more text than the message
/// (a covering note with the letter attached), the attachment comes first: it is the letter, and the note, with
/// the e-mail's headers, follows it. `Err` carries the problem of a PDF attachment when the message has no text of
/// its own.
pub fn text(bytes: &[u8], legacy: Legacy) -> Result<String, pdf::PdfProblem> {
    text_at(bytes, legacy, 0)
}

/// A message at a depth of forwarding: a message inside a message counts towards [`MAX_DEPTH`].
fn text_at(bytes: &[u8], legacy: Legacy, depth: usize) -> Result<String, pdf::PdfProblem> {
    let message = Part::parse(bytes);
    let mut headers = String::new();
    for (name, shown) in [
        ("from", "From"),
        ("date", "Date"),
        ("to", "To"),
        ("cc", "Cc"),
        ("subject", "Subject"),
    ] {
        if let Some(v) = message.header(name) {
            headers.push_str(&format!("{shown}: {}\n", words(v, legacy).trim()));
        }
    }
    let mut parts: Vec<(String, bool)> = Vec::new();
    let mut problem = None;
    message.collect(legacy, &mut parts, &mut problem, depth);
    parts.retain(|(t, _)| !t.trim().is_empty());
    let join = |attached: bool| {
        parts
            .iter()
            .filter(|p| p.1 == attached)
            .map(|p| p.0.trim_end())
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    let (message_text, attached) = (join(false), join(true));
    let message_text = format!("{headers}\n{message_text}");
    if parts.is_empty() {
        if let Some(p) = problem {
            return Err(p);
        }
    }
    let out = if attached.chars().count() > message_text.chars().count() {
        format!("{attached}\n\n{message_text}")
    } else {
        format!("{message_text}\n\n{attached}")
    };
    Ok(out.trim().to_string())
}

struct Part<'a> {
    headers: Vec<(String, String)>,
    body: &'a [u8],
}

impl<'a> Part<'a> {
    fn parse(bytes: &'a [u8]) -> Part<'a> {
        // A part that starts with its blank line has no headers.
        for blank in [&b"\r\n"[..], &b"\n"[..]] {
            if let Some(body) = bytes.strip_prefix(blank) {
                return Part { headers: Vec::new(), body };
            }
        }
        let split = find(bytes, b"\r\n\r\n")
            .map(|i| (i, i + 4))
            .into_iter()
            .chain(find(bytes, b"\n\n").map(|i| (i, i + 2)))
            .min_by_key(|p| p.0);
        let (head, body) = match split {
            Some((end, start)) => (&bytes[..end], &bytes[start..]),
            None => (bytes, &bytes[bytes.len()..]),
        };
        let mut headers: Vec<(String, String)> = Vec::new();
        for line in String::from_utf8_lossy(head).lines() {
            if line.starts_with([' ', '\t']) {
                if let Some((_, v)) = headers.last_mut() {
                    v.push(' ');
                    v.push_str(line.trim());
                }
            } else if let Some((name, value)) = line.split_once(':') {
                headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
            }
        }
        Part { headers, body }
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The media type, lower case ("text/plain"), and a parameter of the `Content-Type` header.
    fn media_type(&self) -> String {
        let v = self.header("content-type").unwrap_or("text/plain");
        v.split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
    }

    fn param(&self, header: &str, key: &str) -> Option<String> {
        let v = self.header(header)?;
        v.split(';').skip(1).find_map(|p| {
            let (k, val) = p.split_once('=')?;
            let k = k.trim().to_ascii_lowercase();
            (k == key || k == format!("{key}*")).then(|| val.trim().trim_matches('"').to_string())
        })
    }

    fn file_name(&self) -> String {
        self.param("content-disposition", "filename")
            .or_else(|| self.param("content-type", "name"))
            .unwrap_or_default()
            .to_ascii_lowercase()
    }

    fn decoded(&self) -> Vec<u8> {
        match self
            .header("content-transfer-encoding")
            .map(|e| e.trim().to_ascii_lowercase())
            .as_deref()
        {
            Some("base64") => base64(self.body),
            Some("quoted-printable") => quoted_printable(self.body),
            _ => self.body.to_vec(),
        }
    }

    fn collect(
        &self,
        legacy: Legacy,
        out: &mut Vec<(String, bool)>,
        problem: &mut Option<pdf::PdfProblem>,
        depth: usize,
    ) {
        if depth > MAX_DEPTH {
            return;
        }
        let kind = self.media_type();
        let attachment = self
            .header("content-disposition")
            .is_some_and(|d| d.trim().to_ascii_lowercase().starts_with("attachment"));
        if kind.starts_with("multipart/") {
            let Some(boundary) = self.param("content-type", "boundary") else {
                return;
            };
            let parts: Vec<Part> = split_parts(self.body, &boundary)
                .into_iter()
                .map(Part::parse)
                .collect();
            if kind == "multipart/alternative" {
                // The plain text if there is one, else the richest.
                let best = parts
                    .iter()
                    .find(|p| p.media_type() == "text/plain")
                    .or_else(|| parts.last());
                if let Some(p) = best {
                    p.collect(legacy, out, problem, depth + 1);
                }
            } else {
                for p in &parts {
                    p.collect(legacy, out, problem, depth + 1);
                }
            }
        } else if kind == "message/rfc822" {
            let inner = self.decoded();
            if let Ok(t) = text_at(&inner, legacy, depth + 1) {
                out.push((t, attachment));
            }
        } else if kind == "application/pdf" || self.file_name().ends_with(".pdf") {
            match pdf::text(&self.decoded(), legacy) {
                Ok(t) => out.push((t, true)),
                Err(p) => *problem = Some(p),
            }
        } else if (kind == "text/plain" || kind == "text/html")
            && !(attachment && kind == "text/html")
        {
            let charset = self
                .param("content-type", "charset")
                .unwrap_or_else(|| "utf-8".into());
            let text = charset_text(&self.decoded(), &charset, legacy);
            out.push((
                if kind == "text/html" {
                    html_text(&text)
                } else {
                    text
                },
                attachment,
            ));
        }
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    super::find_bytes(hay, needle, 0)
}

/// The parts between `--boundary` lines, up to `--boundary--`.
fn split_parts<'a>(body: &'a [u8], boundary: &str) -> Vec<&'a [u8]> {
    let marker = format!("--{boundary}");
    let mut parts = Vec::new();
    let mut start: Option<usize> = None;
    let mut at = 0;
    for line in body.split_inclusive(|&b| b == b'\n') {
        let trimmed = line.trim_ascii_end();
        // The boundary exactly: "--XX_alt" is another (inner) boundary, not "--XX".
        let closing = format!("{marker}--");
        if trimmed == marker.as_bytes() || trimmed == closing.as_bytes() {
            if let Some(s) = start {
                parts.push(trim_eol(&body[s..at]));
            }
            if trimmed == closing.as_bytes() {
                return parts;
            }
            start = Some(at + line.len());
        }
        at += line.len();
    }
    if let Some(s) = start {
        parts.push(&body[s.min(body.len())..]);
    }
    parts
}

fn trim_eol(b: &[u8]) -> &[u8] {
    let b = b.strip_suffix(b"\n").unwrap_or(b);
    b.strip_suffix(b"\r").unwrap_or(b)
}

fn base64(data: &[u8]) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' | b'-' => Some(62),
        b'/' | b'_' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(data.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for &c in data {
        if c == b'=' {
            break;
        }
        let Some(v) = value(c) else { continue };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

fn quoted_printable(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i] == b'=' {
            let next = &data[i + 1..];
            if next.starts_with(b"\r\n") {
                i += 3;
                continue;
            }
            if next.starts_with(b"\n") {
                i += 2;
                continue;
            }
            if let Some(v) = next
                .get(..2)
                .and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok())
            {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(data[i]);
        i += 1;
    }
    out
}

/// Bytes in a MIME character set → text: UTF-8, ASCII and Latin-1 here, the rest by the platform.
fn charset_text(bytes: &[u8], charset: &str, legacy: Legacy) -> String {
    let label = charset.trim().to_ascii_lowercase();
    match label.as_str() {
        "utf-8" | "utf8" | "us-ascii" | "ascii" | "" => String::from_utf8_lossy(bytes).into_owned(),
        "iso-8859-1" | "latin1" | "windows-1252" | "cp1252" => {
            bytes.iter().map(|&b| pdf::cp1252(b)).collect()
        }
        _ => legacy(&label, bytes).unwrap_or_else(|| String::from_utf8_lossy(bytes).into_owned()),
    }
}

/// A header's encoded words (`=?UTF-8?B?...?=`, `=?Big5?Q?...?=`) decoded; spaces between two encoded words dropped.
fn words(value: &str, legacy: Legacy) -> String {
    let mut out = String::new();
    let mut rest = value;
    let mut last_was_word = false;
    while let Some(start) = rest.find("=?") {
        let decoded = rest[start + 2..].splitn(3, '?').collect::<Vec<_>>();
        let parsed = match decoded.as_slice() {
            [charset, enc, tail] => tail.find("?=").map(|end| {
                (
                    charset,
                    enc,
                    &tail[..end],
                    start + 2 + charset.len() + enc.len() + 2 + end + 2,
                )
            }),
            _ => None,
        };
        let Some((charset, enc, payload, consumed)) = parsed else {
            break;
        };
        let between = &rest[..start];
        if !(last_was_word && between.trim().is_empty()) {
            out.push_str(between);
        }
        let bytes = if enc.eq_ignore_ascii_case("b") {
            base64(payload.as_bytes())
        } else {
            quoted_printable(payload.replace('_', " ").as_bytes())
        };
        out.push_str(&charset_text(&bytes, charset, legacy));
        rest = &rest[consumed..];
        last_was_word = true;
    }
    out.push_str(rest);
    out
}

/// HTML → text: block ends and `<br>` as new lines, cells as tabs, tags out, the common entities decoded.
fn html_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    // Lower-cased once, to find closing tags in ("</style"): ASCII lower-casing keeps every byte where it was.
    let lower = html.to_ascii_lowercase();
    let mut rest = html;
    // What is inside <style> and <script> is no text.
    while let Some(lt) = rest.find('<') {
        out.push_str(&entities(&rest[..lt]));
        let Some(gt) = rest[lt..].find('>') else {
            rest = "";
            break;
        };
        let tag = rest[lt + 1..lt + gt].trim().to_ascii_lowercase();
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        rest = &rest[lt + gt + 1..];
        if (name == "style" || name == "script" || name == "head") && !tag.starts_with('/') {
            let close = format!("</{name}");
            match lower[html.len() - rest.len()..].find(&close) {
                Some(i) => rest = &rest[i..],
                None => rest = "",
            }
            continue;
        }
        match name.as_str() {
            "br" | "p" | "div" | "tr" | "li" | "h1" | "h2" | "h3" | "h4" | "table"
            | "blockquote"
                if !out.ends_with('\n') =>
            {
                out.push('\n');
            }
            "td" | "th" if !tag.starts_with('/') && !out.ends_with('\n') && !out.is_empty() => {
                out.push('\t');
            }
            _ => {}
        }
    }
    out.push_str(&entities(rest));
    let lines: Vec<String> = out
        .lines()
        .map(|l| {
            l.split('\t')
                .map(|cell| cell.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect::<Vec<_>>()
                .join("\t")
        })
        .collect();
    lines.join("\n").trim().to_string()
}

fn entities(text: &str) -> String {
    super::text::decode_entities(&text.replace(['\r', '\n'], " "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::text::no_legacy;

    #[test]
    fn a_quoted_printable_message_reads_with_its_headers() {
        let eml = b"From: =?UTF-8?B?6aaZ5riv?= <a@b.hk>\r\nDate: Mon, 4 May 2026 10:00:00 +0800\r\nSubject: =?utf-8?Q?Invitation_=E2=80=93?= =?utf-8?Q?_STV?=\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nDear Ms Kowalska,=0D=0AThe activity runs from 4 May 2026 =E2=80=93 a long line=\r\n that goes on.\r\n";
        assert!(looks_like_email(eml));
        let t = text(eml, no_legacy).unwrap();
        assert_eq!(t, "From: 香港 <a@b.hk>\nDate: Mon, 4 May 2026 10:00:00 +0800\nSubject: Invitation – STV\n\nDear Ms Kowalska,\r\nThe activity runs from 4 May 2026 – a long line that goes on.");
    }

    #[test]
    fn html_alone_is_read_as_its_text() {
        assert_eq!(html_text("<html><head><style>p{}</style></head><body><p>Dear&nbsp;Ms&amp;Mr</p><table><tr><td>Date</td><td>4 May</td></tr></table></body>"), "Dear Ms&Mr\nDate\t4 May");
    }

    #[test]
    fn base64_and_multipart_alternative_prefer_plain_text() {
        let eml = b"Content-Type: multipart/alternative; boundary=XX\n\n--XX\nContent-Type: text/html\n\n<p>html</p>\n--XX\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\nRGVhciBz\naXI=\n--XX--\n";
        assert_eq!(text(eml, no_legacy).unwrap(), "Dear sir");
    }

    #[test]
    fn deep_forwarding_and_boundaries_that_share_a_start_are_read_safely() {
        // Thousands of messages forwarded inside each other stop at the depth limit instead of the stack's.
        let nested = "Content-Type: message/rfc822\n\n".repeat(5000) + "Subject: x\n\nDear Sir";
        let _ = text(nested.as_bytes(), no_legacy);
        // "--XX_alt" is the inner boundary, not the outer "--XX".
        let eml = b"Content-Type: multipart/mixed; boundary=XX\n\n--XX\nContent-Type: multipart/alternative; boundary=XX_alt\n\n--XX_alt\nContent-Type: text/plain\n\nDear Ms Kowalska\n--XX_alt--\n--XX--\n";
        assert_eq!(text(eml, no_legacy).unwrap(), "Dear Ms Kowalska");
        // A part that starts with its blank line has no headers, and its first line is text.
        let eml = b"Content-Type: multipart/mixed; boundary=B\n\n--B\n\nHello\n\nWorld\n--B--\n";
        assert_eq!(text(eml, no_legacy).unwrap(), "Hello\n\nWorld");
    }

    #[test]
    fn plain_text_is_not_taken_for_an_email() {
        assert!(!looks_like_email(
            b"Dear Ms Kowalska,\nContent-Type: is not a header here"
        ));
        assert!(!looks_like_email(b"Date: 4 May 2026\nVenue: HKAPA"));
    }
}
