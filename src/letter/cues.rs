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

/// A list of cue words, read as a slice of words.
///
/// The build writes each list as one string, its words apart by U+001F, and the list is split the first time it is
/// used. Why: every constant's bytes end up in the first part of the page's WebAssembly (the split moves functions,
/// not data), and a `&[&str]` costs a (pointer, length) pair of 8 bytes a word on top of the words: 17.6 KB for the
/// reader's 2,200 cue words, which a visitor would wait for before the form works.
pub(super) struct Cues {
    words: &'static str,
    list: std::sync::OnceLock<Vec<&'static str>>,
}

impl Cues {
    const fn new(words: &'static str) -> Self {
        Cues { words, list: std::sync::OnceLock::new() }
    }
}

impl std::ops::Deref for Cues {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        self.list.get_or_init(|| if self.words.is_empty() { Vec::new() } else { self.words.split('\u{1f}').collect() })
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

/// The labels that start with `byte`, longest first.
pub(super) fn labels_starting_with(byte: u8) -> &'static [(&'static str, Label)] {
    let from = LABELS.partition_point(|(l, _)| l.as_bytes()[0] < byte);
    let to = LABELS.partition_point(|(l, _)| l.as_bytes()[0] <= byte);
    &LABELS[from..to]
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
        assert_eq!(Cues::new("").len(), 0, "an empty list has no words, not one empty word");
    }

    #[test]
    fn labels_are_by_first_byte_then_longest_first() {
        assert!(LABELS.windows(2).all(|w| {
            let (a, b) = (w[0].0.as_bytes()[0], w[1].0.as_bytes()[0]);
            a < b || (a == b && w[0].0.chars().count() >= w[1].0.chars().count())
        }));
        assert!(LABELS.iter().any(|(l, k)| *l == "國籍" && *k == Label::Nationality));
    }
}
