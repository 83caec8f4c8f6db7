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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_longest_first() {
        assert!(LABELS.windows(2).all(|w| w[0].0.chars().count() >= w[1].0.chars().count()));
        assert!(LABELS.iter().any(|(l, k)| *l == "國籍" && *k == Label::Nationality));
    }
}
