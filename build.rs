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

// The reader's own folding of a character to its half-width form, to check the cue words by.
include!("src/letter/half_width.rs");

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
    write_letter_cues(&out_dir);
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
    let findings = messages::findings_sections(dir).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(out_dir.join("messages.rs"), messages::generate(english, &tables, &findings)).expect("OUT_DIR is writable");
    // The tables the page fetches, two a language (the form's words, and the findings'); scripts/post-build.mjs
    // copies them into the built page.
    for ((lang, _), table) in messages::LANGUAGES.iter().zip(&tables) {
        let form = messages::table_file(english, table, |key| !messages::is_finding(key, &findings));
        std::fs::write(out_dir.join(format!("messages-{lang}.txt")), form).expect("OUT_DIR is writable");
        let judged = messages::table_file(english, table, |key| messages::is_finding(key, &findings));
        std::fs::write(out_dir.join(format!("findings-{lang}.txt")), judged).expect("OUT_DIR is writable");
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

/// The letter reader's cue words (`src/letter/cues.toml`), checked and written to `$OUT_DIR/letter_cues.txt`, one
/// list a line, its words apart by U+001F: first the labels (by first byte, then longest first), each after a letter
/// that names its field (`A` for the first of `LABEL_FIELDS`), then every other list. `$OUT_DIR/letter_cues.rs` names
/// each list's line (`SECTION_LIST`) and gives the text's digest (`src/letter/cues.rs` says why the words are a file
/// and not constants). A cue the reader could never match (upper-case, full-width), a cue given twice, an unknown
/// field or a missing list stops the build with the file and the list at fault.
fn write_letter_cues(out_dir: &Path) {
    const PATH: &str = "src/letter/cues.toml";
    const LABEL_FIELDS: &[(&str, &str)] = &[
        ("host", "Host"), ("invitee", "Invitee"), ("nationality", "Nationality"), ("travel_document", "TravelDocument"),
        ("activity", "Activity"), ("role", "Role"), ("activity_dates", "ActivityDates"), ("arrival", "Arrival"),
        ("departure", "Departure"), ("stay", "Stay"), ("venue", "Venue"), ("remuneration", "Remuneration"), ("letter_date", "LetterDate"),
        ("signatory", "Signatory"),
    ];
    // Every list the reader uses; the labels' fields are checked against LABEL_FIELDS.
    const LISTS: &[(&str, &[&str])] = &[
        ("label", &["ditto_marks", "after_a_word", "by_someone", "heading_first", "someone_elses_section", "bare_organisation_names", "hosts_headings"]),
        ("dates", &["numeric_leads", "lands_that_day", "leaves_that_day", "counted_from_another", "papers_sent_back", "e_ticket_arrivals", "e_ticket_departures", "changes_of_plan", "offers", "arrival", "departure", "departure_by_air", "flight_leaves", "arrival_by_air", "getting_about", "hong_kong_places", "relative_from_last", "relative_from_first", "relative_following", "relative_first_things", "relative_not_travel", "cjk_arrival_in_hong_kong", "cjk_arrival_said_after", "cjk_departure_said_after", "cjk_going_back", "cjk_not_going_back", "cjk_not_arriving", "legs_from_hong_kong", "legs_to_hong_kong", "leg_dashes", "check_out", "hong_kong_ends", "other", "activity", "activity_said_after", "stay", "hotel_nights", "cjk_hotel_nights_after", "lodging", "several_days", "someone_else_leads", "someone_else_people", "someone_else", "week_named", "day_one_is", "week_after", "letter_date_words", "issued", "deadline_just_before", "event_run", "event_run_places", "event_opens_closes", "event_ceremony", "relative_before", "relative_after", "cjk_time_of_day", "cjk_travel_modes", "coming", "arranged_visits", "not_before", "cjk_from_only", "not_attended", "free_day", "among_them", "not_the_visitors", "excused", "excused_others", "superseded"]),
        ("organisation", &["cjk_holds_when", "cjk_holds", "words", "units", "self_references", "behalf_leads", "invite_verbs", "cjk_invite_verbs", "heads", "legal_suffixes", "academic_units", "own_bodies", "ensembles", "cjk_unit_ends", "cjk_invite_adverbs", "offices_of", "cjk_short_names", "not_organisation_words", "cjk_bare_units", "agent_leads", "cjk_commissioned"]),
        ("travel_document", &["leads", "number_words", "permits"]),
        ("remuneration", &["revised", "cues", "currencies", "cjk_each", "terms", "total_leads", "parts_total_leads", "not_the_fees_parts", "abbreviations", "total_after", "total_after_in_bracket", "currencies_after", "period_words", "none", "none_in_prose", "covers_tasks_leads", "covers_tasks_cjk", "covers_not_tasks", "whole_visit", "not_what_it_is_for", "not_what_it_is_for_after_and", "equivalent", "paid_by_others", "none_before_a_fee", "none_besides", "paying_verbs", "covers_all_ends", "covers", "in_words", "in_words_parts", "none_before_a_fee_in_english", "fee_nouns", "conditions", "fee_to_take_part"]),
        ("letter", &[
            "greetings", "addressed_to", "generic_addressees", "signature_tails", "closing_courtesies", "not_sign_offs", "sign_offs",
            "not_a_name", "email_date_headers", "seals", "date_column_heads", "forms_own_words", "email_headers", "quote_markers", "inviting", "subject_headers", "addressee_headers", "own_references", "reference_cells", "contact_cells",
            "unfinished_line_ends", "cjk_unfinished_line_ends", "copy_to", "signed_for", "signer_headings", "signer_post_labels", "second_party", "after_the_letter", "sentence_openers", "continued", "signing_lines",
        ]),
        ("people", &["cjk_not_in_a_name", "signature_stamps", "signed_how", "disclaimers", "honorifics", "invite_leads", "name_particles", "posts", "cjk_titles", "cjk_descriptors", "cjk_courtesies", "cjk_posts", "cjk_invite_verbs", "cjk_places", "theirs", "addressee_invited", "notes_after_a_comma", "notes_in_brackets", "signed_notes", "pronouns", "not_post_nominals", "signed_marks", "signature_mark_words", "post_nominals"]),
        ("nationality", &["mainland_permits", "before", "after", "cjk_after", "cjk_before", "formal", "cjk_forms", "not_travelled_on", "words_beside_a_code"]),
        ("activity", &["cjk_joined_after_a_comma", "coming", "event_labels", "leads", "host_glad", "open_leads", "not_gerunds", "not_verbs", "not_activities", "cjk_verbs", "cjk_praise_after", "cjk_take_on", "cjk_joining", "cjk_for_whom_or_when", "cjk_serve_as", "cjk_posts_taken", "cjk_nouns_after_verb", "cjk_subject_after_verb", "cjk_nouns_of_their_own", "cjk_host_holds", "cjk_host_provides", "at_verbs", "to_verbs", "cjk_praise", "not_tasks", "cjk_attending", "not_task_starts", "cjk_you_will", "list_intros", "cjk_give_before", "cjk_talks", "cjk_give", "cjk_details_below", "cjk_not_joined", "cjk_reasons", "passive_modals", "irregular_participles", "passive_openings", "cjk_by_you", "cjk_passive_modals", "cjk_not_by_you", "cjk_visiting", "cjk_not_a_task_before", "cjk_subjects", "cjk_after_a_title"]),
        ("venue", &["cjk_all_of_it", "cjk_kinds", "cjk_not_the_visits_clause", "cjk_hotels", "cjk_most_of_it", "cjk_not_where_before", "hotel_names", "lodged_there", "floor_words", "travel_places", "hotel_rooms", "leads", "places", "cjk_leads", "cjk_at", "address", "events", "named_leads", "cjk_references", "building_words", "not_a_building", "cjk_not_the_visits", "all_of_it", "cjk_below", "cjk_after_an_event", "cjk_fields", "cjk_all_held_at", "leads_to_the_line_below", "moved_to", "cjk_moved_to", "moved_what", "moved_if", "to_be_confirmed", "cjk_moved_what", "not_where_before", "gathering_verbs", "meals"]),
        ("chat", &["unit_endings", "task_leads_in_a_message", "asking", "asked_to", "not_asked_to", "question_tails", "half_days", "task_leads", "cjk_task_verbs", "inviting", "thanks_for_inviting", "self_introductions", "units_of", "cjk_self_introductions", "third_person", "second_person", "not_the_invitee", "not_a_name", "day_heading_words", "after_an_organisation"]),
        ("role", &["cjk_spoken_invitations", "cjk_spoken_posts", "cjk_count_units", "documents", "before", "as_context", "not_roles", "not_a_noun_after", "cjk_before", "cjk_stops", "cjk_post_starts", "cjk_praise", "cjk_capacity_open", "cjk_capacity_close", "of", "cjk_events", "cjk_stages", "cjk_not_roles", "who_the_person_is", "cjk_current_post", "cjk_not_before", "post_endings", "posts", "not_posts", "post_anywhere", "cjk_short_posts", "cjk_divisions", "by_law", "cjk_invited_as", "second_person"]),
    ];
    println!("cargo:rerun-if-changed={PATH}");
    println!("cargo:rerun-if-changed=src/letter/half_width.rs");
    let text = std::fs::read_to_string(PATH).unwrap_or_else(|e| panic!("{PATH}: {e}"));
    let table: toml::Table = text.parse().unwrap_or_else(|e| panic!("{PATH}: {e}"));
    let mut problems = Vec::new();
    // As the reader sees text: full-width forms folded to half-width, ASCII lower-case.
    let seen = |s: &str| -> String { s.chars().map(fold).map(|c| c.to_ascii_lowercase()).collect() };
    let list = |section: &str, name: &str, problems: &mut Vec<String>| -> Vec<String> {
        let Some(value) = table.get(section).and_then(|s| s.get(name)) else {
            problems.push(format!("[{section}] {name} is missing"));
            return Vec::new();
        };
        let Some(items) = value.as_array() else {
            problems.push(format!("[{section}] {name} should be a list of strings"));
            return Vec::new();
        };
        let mut out: Vec<String> = Vec::new();
        for item in items {
            match item.as_str() {
                None => problems.push(format!("[{section}] {name}: {item:?} is not a string")),
                Some(s) if s.trim().is_empty() => problems.push(format!("[{section}] {name}: an empty cue")),
                Some(s) if seen(s) != s => problems.push(format!("[{section}] {name}: {s:?} should be written {:?}", seen(s))),
                Some(s) if out.iter().any(|o| o == s) => problems.push(format!("[{section}] {name}: {s:?} is given twice")),
                Some(s) => out.push(s.to_string()),
            }
        }
        out
    };
    let mut code = String::from("// The letter reader's cue lists, by their line in letter_cues.txt (generated by build.rs).\n\n");
    let mut lines: Vec<String> = Vec::new();
    // Labels: every field's, longest first (stable), each label once.
    let mut labels: Vec<(String, usize)> = Vec::new();
    if let Some(section) = table.get("labels").and_then(|s| s.as_table()) {
        for key in section.keys() {
            if !LABEL_FIELDS.iter().any(|(k, _)| k == key) {
                problems.push(format!("[labels] {key}: no such field (the fields are {:?})", LABEL_FIELDS.iter().map(|f| f.0).collect::<Vec<_>>()));
            }
        }
    }
    for (field, (key, variant)) in LABEL_FIELDS.iter().enumerate() {
        for label in list("labels", key, &mut problems) {
            if let Some((_, other)) = labels.iter().find(|(l, _)| *l == label) {
                problems.push(format!("[labels] {label:?} labels both {} and {variant}", LABEL_FIELDS[*other].1));
            }
            labels.push((label, field));
        }
    }
    // By first byte (so the reader looks only at labels that can start a cell), then longest first.
    labels.sort_by_key(|(l, _)| (l.as_bytes()[0], std::cmp::Reverse(l.chars().count())));
    lines.push(labels.iter().map(|(label, field)| format!("{}{label}", (b'A' + *field as u8) as char)).collect::<Vec<_>>().join("\u{1f}"));
    code.push_str("/// The fields labels name, in the order of the letters before each label in the labels' line.\n");
    code.push_str(&format!("const LABEL_FIELDS: [Label; {}] = [{}];\n", LABEL_FIELDS.len(),
        LABEL_FIELDS.iter().map(|(_, v)| format!("Label::{v}")).collect::<Vec<_>>().join(", ")));
    for (section, names) in LISTS {
        for name in *names {
            let items = list(section, name, &mut problems);
            assert!(items.iter().all(|w| !w.contains(['\u{1f}', '\n'])), "a cue with U+001F or a line break in it");
            let upper = format!("{}_{}", section.to_uppercase(), name.to_uppercase());
            code.push_str(&format!("static {upper}_WORDS: Cues = Cues::on_line({});\npub(super) static {upper}: &Cues = &{upper}_WORDS;\n", lines.len()));
            lines.push(items.join("\u{1f}"));
        }
    }
    let text = lines.join("\n");
    // FNV-1a, 64 bits: the page checks a fetched file against the build it belongs to (src/letter/cues.rs).
    let digest = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3));
    code.push_str(&format!("/// The FNV-1a digest of letter_cues.txt as built.\nconst DIGEST: u64 = {digest:#x};\n"));
    if !problems.is_empty() {
        panic!("{PATH} has {} problem(s):\n  - {}", problems.len(), problems.join("\n  - "));
    }
    std::fs::write(out_dir.join("letter_cues.rs"), code).expect("OUT_DIR is writable");
    std::fs::write(out_dir.join("letter_cues.txt"), text).expect("OUT_DIR is writable");
}
