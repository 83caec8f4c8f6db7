//! Traditional and Simplified Chinese: one key for a name written in either script.
//!
//! A letter from 水务署 and one from 水務署 mean the same department. Names are compared in Simplified form: going
//! from Traditional to Simplified is many-to-one (發 and 髮 are both 发), so it never has to guess, and a Hong Kong
//! variant (衞) reaches the same character as the standard form (衛 → 卫). The table is OpenCC's
//! (`data/opencc/`), cut by `build.rs` to what the catalogue's names need; the page shows Chinese names in the script
//! of its language with the same table.
//! Also compiled into `build.rs`, with the whole table, to check the catalogue's keys.

/// OpenCC's tables read into (from, to) pairs of single characters, the first candidate of each line:
/// `HKVariantsRev.txt` (Hong Kong variant → standard Traditional) and `TSCharacters.txt` (Traditional →
/// Simplified), joined so that one look-up gives the Simplified character. Sorted by `from`.
pub fn pairs(hk_variants_rev: &str, ts_characters: &str) -> Vec<(char, char)> {
    fn read(text: &str) -> Vec<(char, char)> {
        text.lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (from, to) = l.split_once('\t')?;
                let mut from = from.chars();
                let (f, None) = (from.next()?, from.next()) else { return None };
                let t = to.split(' ').next()?;
                let mut to = t.chars();
                let (t, None) = (to.next()?, to.next()) else { return None };
                Some((f, t))
            })
            .collect()
    }
    let ts = read(ts_characters);
    let simplified = |c: char| ts.iter().find(|(f, _)| *f == c).map_or(c, |&(_, t)| t);
    let mut out: Vec<(char, char)> = ts.iter().copied().filter(|(f, t)| f != t).collect();
    for (variant, standard) in read(hk_variants_rev) {
        let to = simplified(standard);
        if variant != to && !out.iter().any(|(f, _)| *f == variant) {
            out.push((variant, to));
        }
    }
    out.sort_unstable();
    out.dedup_by_key(|(f, _)| *f);
    out
}

/// The Simplified form of one character, by a sorted table of pairs; other characters are themselves.
pub fn simplified_in(table: &[(char, char)], c: char) -> char {
    if (c as u32) < 0x3400 {
        return c;
    }
    table.binary_search_by_key(&c, |&(f, _)| f).map_or(c, |i| table[i].1)
}
