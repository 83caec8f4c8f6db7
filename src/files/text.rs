//! Bytes → text, where the bytes say how: a byte-order mark (UTF-8, UTF-16), valid UTF-8, else the older Chinese
//! encodings, Big5 (Hong Kong, Taiwan) or GB18030 (the mainland), told apart by which reads as common Chinese.
//!
//! The tables of Big5 and GB18030 are large (hundreds of KB): the page uses the browser's own decoder of them
//! (`TextDecoder`), the command `encoding_rs`; both come in as a [`Legacy`] decoder.

/// Decodes bytes in an encoding named by its WHATWG label ("big5", "gbk", "gb18030", "utf-16le", ...); `None` when
/// the bytes are not valid in it or the label is not known.
pub type Legacy = fn(label: &str, bytes: &[u8]) -> Option<String>;

/// A legacy decoder that knows none: where there is no platform decoder (tests of what needs none).
pub fn no_legacy(_: &str, _: &[u8]) -> Option<String> {
    None
}

/// The platform's decoder of the older encodings: `encoding_rs` natively, the browser's `TextDecoder` in the page.
#[cfg(not(target_arch = "wasm32"))]
pub fn platform(label: &str, bytes: &[u8]) -> Option<String> {
    let encoding = encoding_rs::Encoding::for_label(label.as_bytes())?;
    let (text, malformed) = encoding.decode_without_bom_handling(bytes);
    (!malformed).then(|| text.into_owned())
}

/// The platform's decoder of the older encodings: `encoding_rs` natively, the browser's `TextDecoder` in the page.
#[cfg(target_arch = "wasm32")]
pub fn platform(label: &str, bytes: &[u8]) -> Option<String> {
    let options = web_sys::TextDecoderOptions::new();
    options.set_fatal(true);
    let decoder = web_sys::TextDecoder::new_with_label_and_options(label, &options).ok()?;
    decoder.decode_with_u8_array(bytes).ok()
}

/// Text with its markup's character references decoded: the XML five (`&amp;` ...), `&nbsp;`, and numeric ones
/// (`&#39;`, `&#x9999;`); anything else is kept as written. A `;` is looked for only a few bytes on, so that text of
/// many `&` stays quick.
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let name = after.bytes().take(11).position(|b| b == b';').map(|semi| &after[..semi]);
        let c = name.and_then(|name| match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        });
        match (c, name) {
            (Some(c), Some(name)) => {
                out.push(c);
                rest = &after[name.len() + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text of a text file. `None`: its bytes are no text this reader knows.
pub fn decode(bytes: &[u8], legacy: Legacy) -> Option<String> {
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        return Some(String::from_utf8_lossy(rest).into_owned());
    }
    if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        return Some(utf16(rest, u16::from_le_bytes));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        return Some(utf16(rest, u16::from_be_bytes));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some(text.to_string());
    }
    chinese(bytes, legacy)
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]])).collect();
    String::from_utf16_lossy(&units)
}

/// Big5 or GB18030, whichever reads as more of the characters Chinese text uses most; `None` if neither reads.
pub fn chinese(bytes: &[u8], legacy: Legacy) -> Option<String> {
    let big5 = legacy("big5", bytes);
    let gb = legacy("gb18030", bytes);
    match (big5, gb) {
        (Some(b), Some(g)) => Some(if common(&b) >= common(&g) { b } else { g }),
        (b, g) => b.or(g),
    }
}

/// How many of a text's characters are among the most frequent of written Chinese (in either script) and of the
/// letters' own words: a text decoded in the wrong encoding reads as rare characters instead.
fn common(text: &str) -> usize {
    const FREQUENT: &str = "的一是不了人我在有他這这個个們们中來来上大為为和國国地到以說说時时要就出會会可也你對对生能而子那得於于著着下自之年過过發发後后作裡里日月\
                            香港邀請请參参加活動动演出期間间本署局院處处先生女士敬啟启謹谨此致貴贵函簽签證证入境公司協协會会藝艺術术節节團团";
    text.chars().filter(|c| FREQUENT.contains(*c)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_order_marks_and_utf8_are_read_without_a_platform_decoder() {
        assert_eq!(decode(b"\xef\xbb\xbfDear", no_legacy).unwrap(), "Dear");
        assert_eq!(decode(b"\xff\xfeD\x00\x99\x99", no_legacy).unwrap(), "D香");
        assert_eq!(decode(b"\xfe\xff\x99\x99\x00D", no_legacy).unwrap(), "香D");
        assert_eq!(decode("香港".as_bytes(), no_legacy).unwrap(), "香港");
        assert_eq!(decode(b"\xa4\xa4", no_legacy), None);
    }

    #[test]
    fn character_references_are_decoded_and_anything_else_kept() {
        assert_eq!(decode_entities("A&amp;B &lt;x&gt; &#39;&#x9999; &nbsp;&bogus; & 5"), "A&B <x> '香  &bogus; & 5");
    }

    #[test]
    fn big5_and_gb18030_are_told_apart_by_what_reads_as_chinese() {
        // Big5 「香港」 read as GB18030 is 「銝舀」-like noise, and the other way round.
        let fake: Legacy = |label, bytes| match (label, bytes) {
            ("big5", b"\xad\x81\xb4\xe4") => Some("香港".into()),
            ("gb18030", b"\xad\x81\xb4\xe4") => Some("瓉村".into()),
            ("big5", b"\xcf\xe3\xb8\xdb") => Some("炊貉".into()),
            ("gb18030", b"\xcf\xe3\xb8\xdb") => Some("香港".into()),
            _ => None,
        };
        assert_eq!(decode(b"\xad\x81\xb4\xe4", fake).unwrap(), "香港");
        assert_eq!(decode(b"\xcf\xe3\xb8\xdb", fake).unwrap(), "香港");
    }
}
