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
    fn labels_are_by_first_byte_then_longest_first() {
        assert!(LABELS.windows(2).all(|w| {
            let (a, b) = (w[0].0.as_bytes()[0], w[1].0.as_bytes()[0]);
            a < b || (a == b && w[0].0.chars().count() >= w[1].0.chars().count())
        }));
        assert!(LABELS.iter().any(|(l, k)| *l == "國籍" && *k == Label::Nationality));
    }
}
