//! The letter as it arrived: a PDF, a saved e-mail or a text file → the letter's text, which then goes into the
//! letter box and is read as if pasted. Everything happens on the device; the bytes are never sent anywhere.
//!
//! What a file is comes from its bytes first (`%PDF-`, e-mail headers), its name second, so that a PDF saved as
//! `.txt` or an e-mail saved without its extension still opens.

pub mod eml;
pub mod pdf;
pub mod text;

pub use text::Legacy;

/// Larger than this is no letter; the page refuses it before reading it.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// Why a file gave no letter text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileProblem {
    TooLarge,
    /// A PDF (or an e-mail's PDF) whose pages hold no text that can be read: a scan or a photo.
    NoText,
    /// Encrypted.
    Protected,
    /// Not a PDF, e-mail or text, or too damaged to read.
    Unreadable,
}

impl FileProblem {
    pub const ALL: [FileProblem; 4] = [
        FileProblem::TooLarge,
        FileProblem::NoText,
        FileProblem::Protected,
        FileProblem::Unreadable,
    ];

    /// A short code for the worker's answer.
    pub fn code(self) -> char {
        match self {
            FileProblem::TooLarge => 'L',
            FileProblem::NoText => 'N',
            FileProblem::Protected => 'P',
            FileProblem::Unreadable => 'U',
        }
    }

    pub fn from_code(c: char) -> Option<FileProblem> {
        FileProblem::ALL.into_iter().find(|p| p.code() == c)
    }
}

impl From<pdf::PdfProblem> for FileProblem {
    fn from(p: pdf::PdfProblem) -> Self {
        match p {
            pdf::PdfProblem::Protected => FileProblem::Protected,
            pdf::PdfProblem::NoText => FileProblem::NoText,
            pdf::PdfProblem::Broken => FileProblem::Unreadable,
        }
    }
}

/// Where `needle` is in `hay`, from `from` on.
pub fn find_bytes(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if from >= hay.len() || needle.is_empty() {
        return None;
    }
    hay[from..].windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

/// The letter's text in a file named `name`, its lines ending in `\n`.
pub fn letter_text(name: &str, bytes: &[u8], legacy: Legacy) -> Result<String, FileProblem> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FileProblem::TooLarge);
    }
    let lower = name.to_ascii_lowercase();
    let text = if bytes.starts_with(b"%PDF-")
        || (lower.ends_with(".pdf")
            && bytes
                .get(..1024)
                .unwrap_or(bytes)
                .windows(5)
                .any(|w| w == b"%PDF-"))
    {
        pdf::text(bytes, legacy)?
    } else if lower.ends_with(".pdf") {
        return Err(FileProblem::Unreadable);
    } else if eml::looks_like_email(bytes) || lower.ends_with(".eml") {
        eml::text(bytes, legacy)?
    } else {
        let text = text::decode(bytes, legacy).ok_or(FileProblem::Unreadable)?;
        // A binary file (an image, a Word document) decodes to control characters, not a letter.
        let control = text
            .chars()
            .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c'))
            .count();
        if control * 20 > text.chars().count().max(1) {
            return Err(FileProblem::Unreadable);
        }
        text
    };
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    if text.trim().is_empty() {
        return Err(FileProblem::NoText);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use text::no_legacy;

    #[test]
    fn every_problem_has_its_own_code() {
        for p in FileProblem::ALL {
            assert_eq!(FileProblem::from_code(p.code()), Some(p));
        }
    }

    #[test]
    fn a_file_is_known_by_its_bytes_before_its_name() {
        assert_eq!(
            letter_text(
                "letter.txt",
                b"Dear Ms Kowalska,\r\nWe invite you",
                no_legacy
            )
            .unwrap(),
            "Dear Ms Kowalska,\nWe invite you"
        );
        assert_eq!(
            letter_text("letter.pdf", b"Dear Ms Kowalska", no_legacy),
            Err(FileProblem::Unreadable)
        );
        assert_eq!(
            letter_text(
                "photo.txt",
                b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10",
                no_legacy
            ),
            Err(FileProblem::Unreadable)
        );
        assert_eq!(
            letter_text("empty.txt", b"  \n", no_legacy),
            Err(FileProblem::NoText)
        );
        assert_eq!(
            letter_text("big.txt", &vec![b'a'; MAX_FILE_BYTES + 1], no_legacy),
            Err(FileProblem::TooLarge)
        );
    }
}
