//! The message files (`src/i18n/<lang>/*.toml`), read and checked at build time by `build.rs`.
//!
//! Each language is a folder of files with the same names (`common.toml`, `rules.toml`, ...); together they hold
//! every text the checker shows, one `key = "template"` per message, grouped in `[sections]` (a section belongs to
//! one file). A
//! template names what it puts in with `{placeholders}`. The English file is the reference: every other language
//! must give every message, with the same placeholders (in any order) and no message English lacks, or the build
//! stops and says which. The build turns the files into a `Msg` enum (one variant per message, so a mistyped key
//! is a compile error) and one table of templates per language.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// The languages, in the order of the generated tables: the file stem, and the table's name in Rust.
pub const LANGUAGES: [(&str, &str); 3] = [("en", "EN"), ("zh-Hant", "ZH_HANT"), ("zh-Hans", "ZH_HANS")];

/// One language's messages: the key (`section.name`) and the template.
pub type Messages = BTreeMap<String, String>;

/// Every message of one language: all the `.toml` files in `dir/lang/`.
pub fn read(dir: &Path, lang: &str) -> Result<Messages, String> {
    let folder = dir.join(lang);
    let listing = std::fs::read_dir(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let mut paths: Vec<_> = listing.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "toml")).collect();
    paths.sort();
    let mut out = Messages::new();
    for path in paths {
        read_file(&path, &mut out)?;
    }
    Ok(out)
}

fn read_file(path: &Path, out: &mut Messages) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let table: toml::Table = text.parse().map_err(|e| format!("{}: {e}", path.display()))?;
    for (section, entries) in table {
        let toml::Value::Table(entries) = entries else {
            return Err(format!("{}: `{section}` should be a [section] of messages", path.display()));
        };
        for (name, value) in entries {
            let toml::Value::String(template) = value else {
                return Err(format!("{}: {section}.{name} should be a string", path.display()));
            };
            if out.insert(format!("{section}.{name}"), template).is_some() {
                return Err(format!("{}: {section}.{name} is given twice (a section belongs to one file)", path.display()));
            }
        }
    }
    Ok(())
}

/// The file whose messages the page needs only once it has something to judge (the rules' titles, findings,
/// verdicts and suggestions): they come in a second table, fetched with the catalogue, not before the form is drawn.
pub const FINDINGS_FILE: &str = "rules.toml";

/// The sections of a language's [`FINDINGS_FILE`]: a message is in the second table when its section is.
pub fn findings_sections(dir: &Path) -> Result<Vec<String>, String> {
    let path = dir.join(LANGUAGES[0].0).join(FINDINGS_FILE);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let table: toml::Table = text.parse().map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(table.keys().cloned().collect())
}

/// Whether the message `key` (`section.name`) is in the findings' table.
pub fn is_finding(key: &str, findings: &[String]) -> bool {
    key.split_once('.').is_some_and(|(section, _)| findings.iter().any(|f| f == section))
}

/// One of a language's two tables as the page fetches it: every template in the order of the `Msg` enum, one a line,
/// with backslashes and line breaks escaped (`\\`, `\n`), and an empty line for a message of the other table. The
/// first line is the number of messages, so that a table from another version of the page is refused rather than
/// misread.
pub fn table_file(english: &Messages, table: &Messages, in_this_table: impl Fn(&str) -> bool) -> String {
    let mut out = format!("{}\n", english.len());
    for key in english.keys() {
        if in_this_table(key) {
            let template = table.get(key).unwrap_or(&english[key]);
            out.push_str(&template.replace('\\', "\\\\").replace('\n', "\\n"));
        }
        out.push('\n');
    }
    out
}

/// The placeholders a template names, sorted, each once.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        out.push(&rest[open + 1..open + close]);
        rest = &rest[open + close + 1..];
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Every problem with a translation, against the English reference.
pub fn check(english: &Messages, lang: &str, other: &Messages) -> Vec<String> {
    let mut problems = Vec::new();
    for (key, template) in english {
        match other.get(key) {
            None => problems.push(format!("{lang}: {key} is missing")),
            Some(t) if t.trim().is_empty() && !template.trim().is_empty() => problems.push(format!("{lang}: {key} is empty")),
            Some(t) if placeholders(t) != placeholders(template) => problems.push(format!(
                "{lang}: {key} has the placeholders {:?}, but English has {:?}",
                placeholders(t),
                placeholders(template)
            )),
            Some(_) => {}
        }
    }
    for key in other.keys().filter(|k| !english.contains_key(*k)) {
        problems.push(format!("{lang}: {key} is not an English message (a typo, or one that was removed?)"));
    }
    problems
}

/// `window_14_days.pass` becomes `Window14DaysPass`.
pub fn variant(key: &str) -> String {
    key.split(['.', '_', '-'])
        .map(|part| {
            let mut c = part.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect()
}

/// The Rust source of the `Msg` enum and the tables, one per language in [`LANGUAGES`] order.
pub fn generate(english: &Messages, tables: &[Messages], findings: &[String]) -> String {
    let mut out = String::new();
    out.push_str("/// Every message of `src/i18n/en/`, by key.\n");
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq)]\npub enum Msg {\n");
    for key in english.keys() {
        let _ = writeln!(out, "    /// `{key}`\n    {},", variant(key));
    }
    out.push_str("}\n\n");
    // Every message in order, and every placeholder name, so that a Text can travel between the page and its
    // worker as numbers and names (src/wire.rs) and come back as `Msg` and `&'static str`.
    let _ = writeln!(out, "impl Msg {{\n    pub const ALL: [Msg; {}] = [", english.len());
    for key in english.keys() {
        let _ = writeln!(out, "        Msg::{},", variant(key));
    }
    out.push_str("    ];\n}\n\n");
    // Which messages are in the second table (see `FINDINGS_FILE`).
    let _ = writeln!(out, "static IN_FINDINGS: [bool; {}] = [", english.len());
    for key in english.keys() {
        let _ = writeln!(out, "    {},", is_finding(key, findings));
    }
    out.push_str("];\n\n");
    let mut names: Vec<&str> = english.values().flat_map(|t| placeholders(t)).collect();
    names.sort_unstable();
    names.dedup();
    let _ = writeln!(out, "pub static PLACEHOLDERS: [&str; {}] = {:?};\n", names.len(), names);
    for ((lang, name), table) in LANGUAGES.iter().zip(tables) {
        // The page carries no table: it fetches its language's when it starts, and another's when it is first
        // needed (see `table_file`). The command and the tests carry all three.
        let _ = lang;
        out.push_str("#[cfg(any(not(target_arch = \"wasm32\"), feature = \"test-page\"))]\n");
        let _ = writeln!(out, "static {name}: [&str; {}] = [", english.len());
        for key in english.keys() {
            let _ = writeln!(out, "    {:?},", table.get(key).unwrap_or(&english[key]));
        }
        out.push_str("];\n\n");
    }
    out
}
