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
#[allow(dead_code)]
#[path = "src/catalogue/script.rs"]
mod script;

/// OpenCC's whole Traditional → Simplified table, for the names' keys while the data is checked (the crate gets the
/// part its names need: see `write_simplified_table`).
fn simplified(c: char) -> char {
    static TABLE: std::sync::OnceLock<Vec<(char, char)>> = std::sync::OnceLock::new();
    script::simplified_in(TABLE.get_or_init(read_opencc), c)
}

fn read_opencc() -> Vec<(char, char)> {
    let read = |name: &str| {
        let path = Path::new("data/opencc").join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e} (see data/opencc/README.md)", path.display()))
    };
    script::pairs(&read("HKVariantsRev.txt"), &read("TSCharacters.txt"))
}

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=data");
    for f in ["src/catalogue/script.rs", "src/csv.rs", "src/catalogue/files.rs", "src/catalogue/model.rs", "src/catalogue/names.rs", "src/catalogue/validate.rs", "src/catalogue/packed.rs"] {
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
    write_source_ids(&data, &out_dir);
    write_simplified_table(&data, &out_dir);
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
    // The tables the page fetches on first use; scripts/post-build.mjs copies them into the built page.
    for ((lang, _), table) in messages::LANGUAGES.iter().zip(&tables) {
        std::fs::write(out_dir.join(format!("messages-{lang}.txt")), messages::table_file(english, table)).expect("OUT_DIR is writable");
    }
}

/// The ids of `data/sources.toml` as an enum, so that a rule can cite only a source the data has: a mistyped or
/// removed id is a compile error, not a source the page silently leaves out.
fn write_source_ids(data: &model::CatalogueData, out_dir: &Path) {
    let variant = |id: &str| -> String {
        id.split(|c: char| !c.is_ascii_alphanumeric())
            .map(|part| {
                let mut chars = part.chars();
                chars.next().map(|c| c.to_ascii_uppercase().to_string() + &chars.as_str().to_ascii_lowercase()).unwrap_or_default()
            })
            .collect()
    };
    let mut out = String::from("/// A source of `data/sources.toml`, by its id (generated by build.rs).\n");
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq)]\npub enum SourceId {\n");
    for s in &data.sources {
        out.push_str(&format!("    /// {}\n    {},\n", s.title.replace('\n', " "), variant(&s.id)));
    }
    out.push_str("}\n\nimpl SourceId {\n    /// Every source, in the file's order.\n    pub const ALL: &'static [SourceId] = &[");
    for s in &data.sources {
        out.push_str(&format!("SourceId::{}, ", variant(&s.id)));
    }
    out.push_str("];\n\n    /// The id as `data/sources.toml` and the JSON give it.\n    pub fn id(self) -> &'static str {\n        match self {\n");
    for s in &data.sources {
        out.push_str(&format!("            SourceId::{} => {:?},\n", variant(&s.id), s.id));
    }
    out.push_str("        }\n    }\n}\n\nimpl serde::Serialize for SourceId {\n    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {\n        s.serialize_str(self.id())\n    }\n}\n");
    std::fs::write(out_dir.join("source_ids.rs"), out).expect("OUT_DIR is writable");
}

/// The part of OpenCC's table the catalogue's Chinese names need: every pair whose Simplified character occurs in a
/// name's Simplified form. Any Traditional spelling of a catalogue name (variants included) then reaches the same
/// key, and a character no name has needs no entry: it cannot make a match either way.
fn write_simplified_table(data: &model::CatalogueData, out_dir: &Path) {
    let mut text = String::new();
    for o in &data.organisations {
        text.extend(o.name_zh.iter().map(String::as_str));
        text.extend(o.abbreviations.iter().map(String::as_str));
    }
    for c in &data.countries {
        text.push_str(&c.name_zh);
        text.extend(c.other_names.iter().map(String::as_str));
    }
    for s in &data.sectors {
        text.push_str(&s.name_zh);
    }
    let needed: std::collections::BTreeSet<char> = text.chars().map(simplified).collect();
    let table: Vec<(char, char)> = read_opencc().into_iter().filter(|(_, to)| needed.contains(to)).collect();
    let mut out = format!("/// OpenCC's Traditional → Simplified pairs the catalogue's names need ({} of them; generated by build.rs).\n", table.len());
    out.push_str("pub(crate) static SIMPLIFIED: &[(char, char)] = &[\n");
    for (from, to) in table {
        out.push_str(&format!("    ({from:?}, {to:?}),\n"));
    }
    out.push_str("];\n");
    std::fs::write(out_dir.join("simplified.rs"), out).expect("OUT_DIR is writable");
}
