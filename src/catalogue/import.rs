//! Reading an official list of authorised host organisations (CSV) and merging it into the catalogue.
//!
//! ImmD publishes the list (about 490 organisations, each with its scope of facilitation). A maintainer turns it
//! into a CSV with the columns `sector, name_en, name_zh, abbreviations, scope, since, source` (in any order, with a
//! header; "English name", "Chinese name" and "scope of facilitation" are understood too) and runs
//! `stv-check import-orgs FILE.csv`; an organiser can load the same file on the page. Both go through
//! [`read_list`], which refuses unknown sectors, duplicate names, bad dates and missing sources with the line of
//! each, and [`merge`], which reports what the list adds, changes and removes.
//!
//! The list is taken as the whole list for each sector it covers: an organisation of such a sector that it does
//! not name is removed. Government bureaux and departments (the "Others" class) are not touched.

use super::index::Index;
use std::fmt;

use super::model::{parse_iso_date, Organisation, OrganisationKind};
use super::names::{host_key, organisation_keys};
use super::Catalogue;
use crate::i18n::{Msg, Text};
use crate::text;

/// A problem in a list, with its line (1 is the header).
#[derive(Debug, Clone, PartialEq)]
pub struct ListError {
    pub line: usize,
    /// What is wrong (`[import]` and `[csv]` in `src/i18n/en/input.toml`).
    pub message: Text,
}

impl ListError {
    /// The problem with its line: "line 3: ...".
    pub fn text(&self) -> Text {
        text!(CsvAtLine, line = self.line, problem = self.message.clone())
    }
}

/// In English, as the command prints it.
impl fmt::Display for ListError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// The columns of a list, and the header names each may go by.
const COLUMNS: &[(&str, &[&str])] = &[
    ("sector", &["sector", "界別", "界别"]),
    ("name_en", &["name_en", "english name", "name (english)", "organisation", "organization", "name"]),
    ("name_zh", &["name_zh", "chinese name", "name (chinese)", "中文名稱", "中文名称"]),
    ("abbreviations", &["abbreviations", "abbreviation", "abbr", "簡稱", "简称"]),
    ("scope", &["scope", "scope of facilitation", "specified activities", "活動範圍", "活动范围"]),
    ("since", &["since", "authorised since", "authorized since", "effective date", "生效日期"]),
    ("source", &["source", "sources", "來源", "来源"]),
];

/// The most organisations one list may hold (ImmD's list has about 490).
pub const MAX_ROWS: usize = 5000;

/// Reads a list. `sources_ok` says whether a source is acceptable (a known id for data/, an id or a URL on the
/// page). Returns the organisations, or every problem found.
pub fn read_list(
    text: &str,
    catalogue: &Catalogue,
    sources_ok: &dyn Fn(&str) -> bool,
) -> Result<Vec<Organisation>, Vec<ListError>> {
    let delimiter = if text.lines().next().is_some_and(|l| l.contains('\t')) { '\t' } else { ',' };
    let records = crate::csv::parse(text, delimiter).map_err(|e| vec![ListError { line: e.line, message: e.message.text() }])?;
    let Some((header, rows)) = records.split_first() else {
        return Err(vec![ListError { line: 1, message: Msg::ImportEmpty.into() }]);
    };
    if rows.len() > MAX_ROWS {
        return Err(vec![ListError { line: 1, message: text!(ImportTooManyRows, count = rows.len(), max = MAX_ROWS) }]);
    }
    // Each column's name and where it is; a column named twice is read from its last place.
    let mut at: Vec<(&str, usize)> = Vec::new();
    for (i, h) in header.fields.iter().enumerate() {
        let h = crate::catalogue::names::lowercase(h.trim());
        if let Some((name, _)) = COLUMNS.iter().find(|(_, names)| names.contains(&h.as_str())) {
            at.retain(|(n, _)| n != name);
            at.push((name, i));
        }
    }
    let place = |name: &str| at.iter().find(|(n, _)| *n == name).map(|&(_, i)| i);
    let missing: Vec<&str> = ["sector", "name_en", "source"].into_iter().filter(|c| place(c).is_none()).collect();
    if !missing.is_empty() {
        return Err(vec![ListError { line: header.line, message: text!(ImportMissingColumns, columns = missing.join(", ")) }]);
    }

    let mut errors = Vec::new();
    let mut out = Vec::new();
    // Every name key so far and the line that gave it first.
    let mut names: Vec<(String, usize)> = Vec::new();
    let government = Index::new(
        catalogue
            .data
            .organisations
            .iter()
            .filter(|o| o.kind != OrganisationKind::Organisation)
            .flat_map(organisation_keys)
            .map(|k| (k, ()))
            .collect(),
    );
    for row in rows {
        let cell = |name: &str| place(name).and_then(|i| row.fields.get(i)).map(|s| s.trim()).unwrap_or("");
        let mut error = |message: Text| errors.push(ListError { line: row.line, message });
        let name_en = cell("name_en");
        if name_en.is_empty() {
            error(Msg::ImportNameEmpty.into());
            continue;
        }
        let mut sectors = Vec::new();
        for written in cell("sector").split(';').map(str::trim).filter(|s| !s.is_empty()) {
            match sector_id(catalogue, written) {
                Some(id) => sectors.push(id),
                None => error(text!(ImportUnknownSector, name = name_en, value = written)),
            }
        }
        if cell("sector").is_empty() {
            error(text!(ImportSectorEmpty, name = name_en));
        }
        let since = match cell("since") {
            "" => None,
            s => match parse_iso_date(s) {
                Some(d) if d >= catalogue.data.scheme.started && crate::dates::in_range(d) => Some(d),
                Some(d) => {
                    let started = catalogue.data.scheme.started.to_string();
                    error(text!(ImportSinceBeforeScheme, name = name_en, since = d.to_string(), started = started));
                    None
                }
                None => {
                    error(text!(ImportBadSince, name = name_en, value = s));
                    None
                }
            },
        };
        let sources: Vec<String> = cell("source").split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect();
        if sources.is_empty() {
            error(text!(ImportSourceEmpty, name = name_en));
        }
        for s in &sources {
            if !sources_ok(s) {
                error(text!(ImportUnknownSource, name = name_en, value = s));
            }
        }
        let org = Organisation {
            sectors,
            name_en: name_en.to_string(),
            name_zh: Some(cell("name_zh").to_string()).filter(|s| !s.is_empty()),
            abbreviations: cell("abbreviations").split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect(),
            scope: Some(cell("scope").to_string()).filter(|s| !s.is_empty()),
            since,
            until: None,
            kind: OrganisationKind::Organisation,
            sources,
            note: None,
            line: row.line,
            loaded_on: None,
        };
        for key in organisation_keys(&org) {
            if government.contains(&key) {
                error(text!(ImportGovernmentName, name = name_en, value = &key));
            } else if let Some(&(_, first)) = names.iter().find(|(k, _)| *k == key) {
                error(text!(ImportDuplicateName, name = name_en, value = &key, line = first));
            } else {
                names.push((key, row.line));
            }
        }
        out.push(org);
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

/// A sector's id from its id, English name or Chinese name as a list writes it.
fn sector_id(catalogue: &Catalogue, written: &str) -> Option<String> {
    let key = host_key(written);
    catalogue
        .data
        .sectors
        .iter()
        .find(|s| s.id == written || host_key(&s.name_en) == key || host_key(&s.name_zh) == key || host_key(&s.id.replace('-', " ")) == key)
        .map(|s| s.id.clone())
}

/// What merging a list changes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MergeReport {
    pub added: Vec<String>,
    /// Each changed organisation, with what changed in it.
    pub changed: Vec<(String, Vec<String>)>,
    pub removed: Vec<String>,
    /// The sectors the list covers (it is their whole list).
    pub sectors: Vec<String>,
    pub organisations: Vec<Organisation>,
}

/// Merges a list into the catalogue's organisations.
pub fn merge(existing: &[Organisation], list: Vec<Organisation>) -> MergeReport {
    let mut sectors: Vec<String> = list.iter().flat_map(|o| o.sectors.clone()).collect();
    crate::sorting::sort_by_key(&mut sectors, |s| crate::sorting::text(s.as_str()));
    sectors.dedup();
    let key_of = |o: &Organisation| host_key(&o.name_en);
    // The list's organisations by key; each one that matches an existing entry is taken out, the rest are new.
    let mut listed: Vec<Option<(String, Organisation)>> = list.into_iter().map(|o| Some((key_of(&o), o))).collect();
    let mut report = MergeReport { sectors: sectors.clone(), ..MergeReport::default() };
    for old in existing {
        let covered = old.kind == OrganisationKind::Organisation && old.sectors.iter().any(|s| sectors.contains(s));
        if !covered {
            report.organisations.push(old.clone());
            continue;
        }
        let key = key_of(old);
        match listed.iter_mut().find(|e| e.as_ref().is_some_and(|(k, _)| *k == key)).and_then(Option::take).map(|(_, o)| o) {
            None => report.removed.push(old.name_en.clone()),
            Some(mut new) => {
                // Keep what the list does not give: a known joining date and the maintainer's note.
                if new.since.is_none() {
                    new.since = old.since;
                }
                new.note = old.note.clone();
                new.until = old.until;
                let changes = differences(old, &new);
                if !changes.is_empty() {
                    report.changed.push((new.name_en.clone(), changes));
                }
                report.organisations.push(new);
            }
        }
    }
    let mut added: Vec<Organisation> = listed.into_iter().flatten().map(|(_, o)| o).collect();
    crate::sorting::sort_by_key(&mut added, |o| crate::sorting::number(o.line as i64));
    for o in added {
        report.added.push(o.name_en.clone());
        report.organisations.push(o);
    }
    report
}

fn differences(old: &Organisation, new: &Organisation) -> Vec<String> {
    let show = |v: &Option<String>| v.clone().unwrap_or_else(|| "(none)".into());
    let date = |d: &Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_else(|| "(none)".into());
    let mut out = Vec::new();
    if old.name_en != new.name_en {
        out.push(format!("English name “{}” → “{}”", old.name_en, new.name_en));
    }
    if old.sectors != new.sectors {
        out.push(format!("sector {} → {}", old.sectors.join(";"), new.sectors.join(";")));
    }
    if old.name_zh != new.name_zh {
        out.push(format!("Chinese name {} → {}", show(&old.name_zh), show(&new.name_zh)));
    }
    if old.abbreviations != new.abbreviations {
        out.push(format!("abbreviations {} → {}", old.abbreviations.join(";"), new.abbreviations.join(";")));
    }
    if old.scope != new.scope {
        out.push(format!("scope {} → {}", show(&old.scope), show(&new.scope)));
    }
    if old.since != new.since {
        out.push(format!("since {} → {}", date(&old.since), date(&new.since)));
    }
    if old.sources != new.sources {
        out.push(format!("source {} → {}", old.sources.join(";"), new.sources.join(";")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(s: &str) -> bool {
        Catalogue::bundled().source(s).is_some()
    }

    fn read(text: &str) -> Result<Vec<Organisation>, Vec<ListError>> {
        read_list(text, Catalogue::bundled(), &known)
    }

    const LIST: &str = "sector,name_en,name_zh,abbreviations,scope,since,source\n\
        Higher Education,Hong Kong Academy for Performing Arts,香港演藝學院,HKAPA,Masterclasses; performances,2022-06-01,S1\n\
        sports,Hong Kong Rugby Union,香港欖球總會,HKRU,Tournament matches,2022-06-01,S1\n";

    #[test]
    fn a_list_reads_with_sector_names_or_ids() {
        let orgs = read(LIST).unwrap();
        assert_eq!(orgs.len(), 2);
        assert_eq!(orgs[0].sectors, vec!["higher-education"]);
        assert_eq!(orgs[1].sectors, vec!["sports"]);
        assert_eq!(orgs[1].abbreviations, vec!["HKRU"]);
    }

    #[test]
    fn columns_may_come_in_any_order_with_english_headers() {
        let orgs = read("Source,English name,Sector,Scope of facilitation\nS1,Hong Kong Rugby Union,體育,Matches\n").unwrap();
        assert_eq!((orgs[0].sectors[0].as_str(), orgs[0].scope.as_deref()), ("sports", Some("Matches")));
    }

    #[test]
    fn every_problem_is_refused_with_its_line() {
        let errors = read(
            "sector,name_en,since,source\n\
             shipping,Harbour Club,2023-01-01,S1\n\
             sports,Racing Club,2023-02-30,S1\n\
             sports,Another Club,,\n\
             sports,Hong Kong Rugby Union,,S99\n\
             sports,HONG KONG RUGBY UNION LIMITED,,S1\n\
             sports,Home and Youth Affairs Bureau,,S1\n\
             sports,Early Club,2021-05-01,S1\n",
        )
        .unwrap_err();
        let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        let has = |line: usize, words: &str| {
            assert!(text.iter().any(|t| t.starts_with(&format!("line {line}:")) && t.contains(words)), "line {line} {words:?}: {text:#?}")
        };
        has(2, "\"shipping\" is not one of the scheme's sectors");
        has(3, "\"2023-02-30\" is not a date");
        has(4, "the source is empty");
        has(5, "\"S99\" is not a known source");
        has(6, "also on line 5");
        has(7, "government bureau");
        has(8, "before the scheme began");
    }

    #[test]
    fn a_header_without_the_needed_columns_is_refused() {
        let e = read("organisation,since\nX,2023-01-01\n").unwrap_err();
        assert_eq!(e[0].line, 1);
        assert!(e[0].message.en().contains("sector") && e[0].message.en().contains("source"), "{}", e[0].message);
    }

    #[test]
    fn merging_reports_additions_changes_and_removals_in_the_sectors_covered() {
        let mut existing = Catalogue::bundled().data.organisations.clone();
        existing.push(Organisation { sectors: vec!["sports".into()], name_en: "Old Sports Body".into(), ..existing[0].clone() });
        let report = merge(&existing, read(LIST).unwrap());
        assert_eq!(report.added, vec!["Hong Kong Rugby Union"]);
        assert_eq!(report.removed, vec!["Old Sports Body"]);
        let (name, changes) = &report.changed[0];
        assert_eq!(name, "Hong Kong Academy for Performing Arts");
        assert!(changes.iter().any(|c| c.starts_with("since (none) → 2022-06-01")), "{changes:?}");
        assert!(changes.iter().any(|c| c.starts_with("scope")), "{changes:?}");
        // The bureaux are untouched.
        let bureaux = |orgs: &[Organisation]| orgs.iter().filter(|o| o.kind != OrganisationKind::Organisation).count();
        assert_eq!(bureaux(&report.organisations), bureaux(&existing));
        assert_eq!(report.sectors, vec!["higher-education", "sports"]);
    }
}
