/// A character's half-width form: full-width letters, digits and marks ("Ａ", "：", "，") and the ideographic space as
/// their ASCII forms, the full-width currency signs ("￥8,000", "￡500") as theirs. The reader reads text so folded,
/// and the build checks that every cue word is written so. (Included by `src/letter/text.rs` and by `build.rs`.)
pub fn fold(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{FFE0}' => '¢',
        '\u{FFE1}' => '£',
        '\u{FFE5}' => '¥',
        '\u{FFE6}' => '₩',
        _ => c,
    }
}
