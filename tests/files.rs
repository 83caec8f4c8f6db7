//! A letter opened as a file is read as the same letter pasted: PDFs rendered by Chromium (scripts/letters-to-pdf.mjs,
//! in the layouts letters are printed in), saved e-mails written by Python's e-mail package
//! (scripts/letters-to-eml.py), and text files in the encodings Hong Kong and mainland offices save them in.
//!
//! The PDFs checked in are read by default; `STV_PDF_LETTERS=DIR` reads those in DIR instead (the test command
//! renders them afresh there, so that what today's Chromium writes is what is tested).

use std::path::PathBuf;

use stv_check::files::{letter_text, text::platform, FileProblem};
use stv_check::letter::{extract, Extraction};
use stv_check::Catalogue;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn pasted(letter: &str) -> String {
    std::fs::read_to_string(root().join("tests/letters").join(format!("{letter}.txt"))).unwrap()
}

/// Every field the reader found, as (field, value).
fn fields(x: &Extraction) -> Vec<(&'static str, String)> {
    let all = [
        ("host", &x.host),
        ("invitee", &x.invitee),
        ("nationality", &x.nationality),
        ("travel_document", &x.travel_document),
        ("activity", &x.activity),
        ("role", &x.role),
        ("activity_from", &x.activity_from),
        ("activity_to", &x.activity_to),
        ("arrival", &x.arrival),
        ("departure", &x.departure),
        ("venue", &x.venue),
        ("remuneration", &x.remuneration),
        ("letter_date", &x.letter_date),
        ("signatory", &x.signatory),
    ];
    all.into_iter()
        .filter_map(|(k, v)| {
            v.as_ref()
                .map(|e| (k, e.value.split_whitespace().collect::<Vec<_>>().join(" ")))
        })
        .collect()
}

/// The fields read from the file's text that differ from those read from the pasted letter.
fn differences(from_file: &str, letter: &str) -> Vec<String> {
    let catalogue = Catalogue::bundled();
    let (a, b) = (
        fields(&extract(from_file, catalogue)),
        fields(&extract(&pasted(letter), catalogue)),
    );
    let mut out = Vec::new();
    for (k, v) in &b {
        match a.iter().find(|(k2, _)| k2 == k) {
            Some((_, v2)) if v2 == v => {}
            other => out.push(format!(
                "{k}: pasted {v:?}, from the file {:?}",
                other.map(|o| &o.1)
            )),
        }
    }
    for (k, v) in a.iter().filter(|(k, _)| !b.iter().any(|(k2, _)| k2 == k)) {
        out.push(format!("{k}: only from the file, {v:?}"));
    }
    out
}

#[derive(serde::Deserialize)]
struct Manifest {
    letters: Vec<Rendered>,
}

#[derive(serde::Deserialize)]
struct Rendered {
    letter: String,
    layout: String,
}

/// With `STV_PDF_MANIFEST` (and `STV_PDF_LETTERS` holding its PDFs), other letters: the test command renders the
/// held-out letters of tests/letters/unseen that way, and this test prints how many of their fields read the same
/// from the PDF as pasted, failing below the floor `STV_PDF_FLOOR` (a share, 0 to 1; all by default).
#[test]
fn pdf_letters_read_as_the_same_letters_pasted() {
    let manifest = std::env::var_os("STV_PDF_MANIFEST").map_or_else(
        || root().join("tests/files/pdf-letters.json"),
        PathBuf::from,
    );
    let manifest: Manifest =
        serde_json::from_str(&std::fs::read_to_string(manifest).unwrap()).unwrap();
    let dir = std::env::var_os("STV_PDF_LETTERS")
        .map_or_else(|| root().join("tests/files/pdf"), PathBuf::from);
    let floor: f64 = std::env::var("STV_PDF_FLOOR")
        .ok()
        .and_then(|f| f.parse().ok())
        .unwrap_or(1.0);
    let (mut same, mut all) = (0usize, 0usize);
    let mut failures = Vec::new();
    for r in manifest.letters {
        let path = dir.join(format!("{}.pdf", r.letter));
        let bytes = std::fs::read(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e} (render it with scripts/letters-to-pdf.mjs)",
                path.display()
            )
        });
        let read = letter_text(&format!("{}.pdf", r.letter), &bytes, platform);
        if r.layout == "scan" {
            assert_eq!(
                read,
                Err(FileProblem::NoText),
                "{}: a scanned letter has no text to read",
                r.letter
            );
            continue;
        }
        let text = read.unwrap_or_else(|e| panic!("{} ({}): {e:?}", r.letter, r.layout));
        let diff = differences(&text, &r.letter);
        let fields = fields(&extract(&pasted(&r.letter), Catalogue::bundled())).len();
        all += fields;
        same += fields.saturating_sub(diff.len());
        if !diff.is_empty() {
            failures.push(format!(
                "{} ({}):\n  {}\n--- text read from the PDF ---\n{text}",
                r.letter,
                r.layout,
                diff.join("\n  ")
            ));
        }
    }
    println!(
        "PDF letters: {same} of {all} fields read as from the pasted letters ({:.1}%)",
        100.0 * same as f64 / all.max(1) as f64
    );
    let met = if floor >= 1.0 {
        failures.is_empty()
    } else {
        same as f64 >= floor * all as f64
    };
    assert!(met, "{}", failures.join("\n\n"));
}

#[test]
fn saved_emails_read_as_their_letters_pasted() {
    for (file, letter) in [
        ("01-hkapa-cellist-quoted-printable.eml", "01-hkapa-cellist"),
        (
            "13-hkapa-dance-zh-hant-big5-base64.eml",
            "13-hkapa-dance-zh-hant",
        ),
        (
            "28-sinfonietta-bullets-stay-pdf-attachment.eml",
            "28-sinfonietta-bullets-stay",
        ),
    ] {
        let bytes = std::fs::read(root().join("tests/files/eml").join(file)).unwrap();
        let text = letter_text(file, &bytes, platform).unwrap();
        let diff = differences(&text, letter);
        // The e-mail's own headers come first: its date is not the letter's, and the reader must not take it for it
        // where the letter has its own.
        assert!(
            diff.is_empty(),
            "{file}:\n  {}\n--- text ---\n{text}",
            diff.join("\n  ")
        );
    }
}

#[test]
fn an_email_says_who_sent_it_in_its_own_script() {
    let bytes =
        std::fs::read(root().join("tests/files/eml/13-hkapa-dance-zh-hant-big5-base64.eml"))
            .unwrap();
    let text = letter_text("m.eml", &bytes, platform).unwrap();
    assert!(
        text.starts_with(
            "From: 香港演藝學院舞蹈學院 <dance@hkapa.example>\nDate: Mon, 12 Jan 2026"
        ),
        "{text}"
    );
    assert!(text.contains("Subject: 邀請函：舞蹈大師班"), "{text}");
}

#[test]
fn text_files_are_read_in_the_encoding_their_bytes_say() {
    for letter in [
        "13-hkapa-dance-zh-hant",
        "19-hkiff-jury-zh-hans",
        "01-hkapa-cellist",
    ] {
        let text = pasted(letter).replace("\r\n", "\n");
        let mut utf16le = vec![0xff, 0xfe];
        utf16le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut utf16be = vec![0xfe, 0xff];
        utf16be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        let mut encodings = vec![
            ("UTF-16LE", utf16le),
            ("UTF-16BE", utf16be),
            ("UTF-8", text.as_bytes().to_vec()),
        ];
        let (big5, _, big5_lossy) = encoding_rs::BIG5.encode(&text);
        let (gb, _, _) = encoding_rs::GB18030.encode(&text);
        // A Simplified letter has characters Big5 cannot write; it is saved as GB18030 only.
        if !big5_lossy {
            encodings.push(("Big5", big5.into_owned()));
        }
        encodings.push(("GB18030", gb.into_owned()));
        for (name, bytes) in encodings {
            assert_eq!(
                letter_text("letter.txt", &bytes, platform).as_deref(),
                Ok(text.as_str()),
                "{letter} in {name}"
            );
        }
    }
}

#[test]
fn files_that_hold_no_letter_say_why() {
    assert_eq!(
        letter_text(
            "scan.pdf",
            b"%PDF-1.7\n1 0 obj <</Type/Catalog>> endobj",
            platform
        ),
        Err(FileProblem::Unreadable)
    );
    let png = [
        0x89, b'P', b'N', b'G', 13, 10, 26, 10, 0, 0, 0, 13, b'I', b'H', b'D', b'R', 0, 0, 1, 0, 0,
        0, 1, 0, 8, 6, 0, 0, 0, 0x5c, 0x72, 0xa8, 0x66,
    ];
    assert_eq!(
        letter_text("letter.txt", &png, platform),
        Err(FileProblem::Unreadable)
    );
    let mut truncated = std::fs::read(root().join("tests/files/pdf/01-hkapa-cellist.pdf")).unwrap();
    truncated.truncate(truncated.len() / 3);
    // A PDF cut short keeps what it had before the cut, or says it cannot be read: never a panic.
    let _ = letter_text("cut.pdf", &truncated, platform);
}

#[test]
fn the_fuzzing_seed_pdf_reads_fonts_maps_widths_cells_and_forms() {
    let mut bytes = b"%PDF-1.7\n".to_vec();
    bytes.extend(std::fs::read(root().join("fuzz/seeds/pdf/small-type0-flate.pdf")).unwrap());
    assert_eq!(letter_text("seed.pdf", &bytes, platform).unwrap(), "香港AB\nDate:\t4 May 2026\n\nYours");
}
