//! The cue words of `cues.toml` as constants (the build checks the file and writes them), and the fields a label
//! can name.

/// The field a label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Label {
    Host,
    Invitee,
    Nationality,
    TravelDocument,
    Activity,
    Role,
    ActivityDates,
    Arrival,
    Departure,
    /// A stay in Hong Kong: from the arrival to the departure.
    Stay,
    Venue,
    Remuneration,
    LetterDate,
    Signatory,
}

/// The cue words, as `build.rs` wrote them from `cues.toml`: one list a line, its words apart by U+001F.
///
/// Why a file and not constants: every constant's bytes end up in the first part of the page's WebAssembly (the split
/// moves functions, not data), and the reader's 2,400 cue words (28 KB, 7 KB brotli) would be bytes a visitor waits
/// for before the form works, though only the worker reads letters. So the page fetches them as a file of their own
/// once its form is drawn, with its catalogue, and hands them to its worker ([`install`]); the command, the tests and
/// the page's own test build carry them.
#[cfg(any(not(target_arch = "wasm32"), feature = "test-page"))]
fn text() -> Option<&'static str> {
    Some(include_str!(concat!(env!("OUT_DIR"), "/letter_cues.txt")))
}

#[cfg(all(target_arch = "wasm32", not(feature = "test-page")))]
static INSTALLED: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();

/// In the page's worker: the words once the page has sent them; until then there are none, and nothing is read.
#[cfg(all(target_arch = "wasm32", not(feature = "test-page")))]
fn text() -> Option<&'static str> {
    INSTALLED.get().copied()
}

/// Whether `text` is this build's cue words: what the page checks a fetched file with, so that a damaged download
/// or a file of another build is fetched again rather than read with.
pub fn of_this_build(text: &str) -> bool {
    text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3)) == DIGEST
}

/// The worker: the cue words the page sent, kept for the worker's life. False, and nothing kept, if `text` is not
/// this build's. The command, the tests and the page's test build have theirs built in, and keep them.
pub fn install(text: String) -> bool {
    if !of_this_build(&text) {
        return false;
    }
    #[cfg(all(target_arch = "wasm32", not(feature = "test-page")))]
    let _ = INSTALLED.set(Box::leak(text.into_boxed_str()));
    true
}

/// A list of cue words: its line in the cue words' text, read as a slice of words the first time it is used.
pub(super) struct Cues {
    line: usize,
    list: std::sync::OnceLock<Vec<&'static str>>,
}

impl Cues {
    const fn on_line(line: usize) -> Self {
        Cues { line, list: std::sync::OnceLock::new() }
    }
}

/// The words of one line of the cue words' text.
fn words(text: &'static str, line: usize) -> Vec<&'static str> {
    match text.split('\n').nth(line) {
        Some(words) if !words.is_empty() => words.split('\u{1f}').collect(),
        _ => Vec::new(),
    }
}

impl std::ops::Deref for Cues {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        match text() {
            Some(text) => self.list.get_or_init(|| words(text, self.line)),
            None => &[],
        }
    }
}

impl IntoIterator for &'static Cues {
    type Item = &'static &'static str;
    type IntoIter = std::slice::Iter<'static, &'static str>;

    fn into_iter(self) -> Self::IntoIter {
        let list: &'static [&'static str] = self;
        list.iter()
    }
}

include!(concat!(env!("OUT_DIR"), "/letter_cues.rs"));

/// Every label and the field it labels, by first byte, then longest first (the cue words' first line).
fn labels() -> &'static [(&'static str, Label)] {
    static LABELS: std::sync::OnceLock<Vec<(&'static str, Label)>> = std::sync::OnceLock::new();
    let Some(text) = text() else { return &[] };
    LABELS.get_or_init(|| {
        words(text, 0)
            .into_iter()
            .filter_map(|w| {
                let field = *LABEL_FIELDS.get(usize::from(w.as_bytes()[0].checked_sub(b'A')?))?;
                Some((&w[1..], field))
            })
            .collect()
    })
}

/// The labels that start with `byte`, longest first.
pub(super) fn labels_starting_with(byte: u8) -> &'static [(&'static str, Label)] {
    let labels = labels();
    let from = labels.partition_point(|(l, _)| l.as_bytes()[0] < byte);
    let to = labels.partition_point(|(l, _)| l.as_bytes()[0] <= byte);
    &labels[from..to]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cue_list_reads_as_its_words() {
        // Written in cues.toml as a list; built into one string; read back word for word.
        assert!(DATES_RELATIVE_AFTER.contains(&"翌日") && DATES_RELATIVE_AFTER.contains(&"the day after"));
        assert!(DATES_RELATIVE_AFTER.iter().all(|w| !w.is_empty() && !w.contains('\u{1f}')));
        assert_eq!(DATES_ARRIVAL_BY_AIR.len(), 2);
        assert_eq!(words("a\n\nb\u{1f}c", 1).len(), 0, "an empty list has no words, not one empty word");
        assert_eq!(words("a\n\nb\u{1f}c", 2), ["b", "c"]);
    }

    #[test]
    fn labels_are_by_first_byte_then_longest_first() {
        let labels = labels();
        assert!(labels.len() > 300);
        assert!(labels.windows(2).all(|w| {
            let (a, b) = (w[0].0.as_bytes()[0], w[1].0.as_bytes()[0]);
            a < b || (a == b && w[0].0.chars().count() >= w[1].0.chars().count())
        }));
        assert!(labels.iter().any(|(l, k)| *l == "國籍" && *k == Label::Nationality));
        assert!(labels.iter().any(|(l, k)| *l == "signed" && *k == Label::Signatory));
    }

    #[test]
    fn the_page_takes_only_this_builds_words() {
        let built = text().unwrap();
        assert!(of_this_build(built));
        assert!(install(built.to_string()));
        // A download cut short, or the file of another build with one cue more.
        assert!(!of_this_build(&built[..built.char_indices().last().unwrap().0]));
        assert!(!install(format!("{built}\u{1f}a cue more")));
    }
}
