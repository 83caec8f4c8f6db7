//! Checks the data under `data/` and embeds it.
//!
//! The catalogue is human-edited, so the build is where a mistake in it is caught: this script reads every data file
//! with the same code the checker uses (`src/catalogue/files.rs`), runs the same checks (`validate.rs`), and stops
//! the build with a list of problems, each naming the file, the entry and what is wrong. When the data is sound it
//! writes it in the packed form of `src/catalogue/packed.rs` to `$OUT_DIR/catalogue.packed`, which
//! `src/catalogue/mod.rs` embeds: the page needs no fetch to start.
//!
//! It does the same for the message files `src/i18n/*.toml` (see `src/i18n/messages.rs`): every language must give
//! every English message with the same placeholders, and the result is `$OUT_DIR/messages.rs`.

#[allow(dead_code)]
#[path = "src/csv.rs"]
mod csv;
#[allow(dead_code)]
#[path = "src/catalogue/files.rs"]
mod files;
#[allow(dead_code)]
#[path = "src/catalogue/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/catalogue/names.rs"]
mod names;
#[allow(dead_code)]
#[path = "src/catalogue/packed.rs"]
mod packed;
#[allow(dead_code)]
#[path = "src/catalogue/validate.rs"]
mod validate;
#[allow(dead_code)]
#[path = "src/i18n/messages.rs"]
mod messages;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=data");
    for f in ["src/csv.rs", "src/catalogue/files.rs", "src/catalogue/model.rs", "src/catalogue/names.rs", "src/catalogue/validate.rs", "src/catalogue/packed.rs"] {
        println!("cargo:rerun-if-changed={f}");
    }

    let data = files::read(Path::new("data")).and_then(|data| {
        let errors = validate::check(&data);
        if errors.is_empty() { Ok(data) } else { Err(errors) }
    });
    let data = match data {
        Ok(d) => d,
        Err(errors) => {
            let mut message = format!("the data under data/ has {} problem(s):\n", errors.len());
            for e in &errors {
                message.push_str(&format!("  - {e}\n"));
            }
            message.push_str("Fix them (data/README.md explains every field), then build again.");
            panic!("{message}");
        }
    };
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out_dir.join("catalogue.packed"), packed::write(&data)).expect("OUT_DIR is writable");
    write_messages(&out_dir);
}

fn write_messages(out_dir: &Path) {
    println!("cargo:rerun-if-changed=src/i18n");
    let dir = Path::new("src/i18n");
    let tables: Vec<messages::Messages> = messages::LANGUAGES
        .iter()
        .map(|(lang, _)| messages::read(dir, lang).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    let english = &tables[0];
    let problems: Vec<String> = messages::LANGUAGES[1..]
        .iter()
        .zip(&tables[1..])
        .flat_map(|((lang, _), table)| messages::check(english, lang, table))
        .collect();
    // While a translation is being written, STV_MESSAGES_DRAFT=1 lets the build go on in English for what is missing.
    println!("cargo:rerun-if-env-changed=STV_MESSAGES_DRAFT");
    if !problems.is_empty() && std::env::var_os("STV_MESSAGES_DRAFT").is_some() {
        println!("cargo:warning={} message problem(s); the first: {}", problems.len(), problems[0]);
    } else if !problems.is_empty() {
        let mut message = format!("the message files under src/i18n/ have {} problem(s):\n", problems.len());
        for p in &problems {
            message.push_str(&format!("  - {p}\n"));
        }
        panic!("{message}");
    }
    std::fs::write(out_dir.join("messages.rs"), messages::generate(english, &tables)).expect("OUT_DIR is writable");
}
