//! The checks every data file must pass before the checker will use it: at build time (`build.rs` refuses to build
//! otherwise), in the test suite, and at run time for lists loaded by users.
//!
//! Each error names the file, the entry and the problem, so that a maintainer can fix it without reading code.
//! Also compiled into `build.rs`.

use std::collections::{HashMap, HashSet};
use std::fmt;

use chrono::NaiveDate;

use super::model::{Arrangement, CatalogueData, OrganisationKind};
use super::names::{country_keys, organisation_keys, row_key};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    /// The line and/or entry the problem is in; empty when it concerns the whole file.
    pub entry: String,
    pub problem: String,
}

impl DataError {
    pub fn new(file: impl Into<String>, entry: impl Into<String>, problem: impl Into<String>) -> Self {
        DataError { file: file.into(), entry: entry.into(), problem: problem.into() }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.entry.is_empty() {
            write!(f, "{}: {}", self.file, self.problem)
        } else {
            write!(f, "{}, {}: {}", self.file, self.entry, self.problem)
        }
    }
}

/// The last date the checker accepts anywhere; data beyond it is a typing mistake.
fn latest_plausible_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2100, 12, 31).expect("a valid date")
}

/// Checks the data as a whole. An empty result means the data may be used.
pub fn check(data: &CatalogueData) -> Vec<DataError> {
    let mut errors = Vec::new();
    let source_ids: HashSet<&str> = data.sources.iter().map(|s| s.id.as_str()).collect();
    let need_sources = |file: &str, entry: String, sources: &[String], errors: &mut Vec<DataError>| {
        if sources.is_empty() {
            errors.push(DataError::new(file, entry.clone(), "has no source; every entry needs a source id"));
        }
        for s in sources {
            if !source_ids.contains(s.as_str()) {
                errors.push(DataError::new(
                    file,
                    entry.clone(),
                    format!("names source {s:?}, which data/sources.toml does not define"),
                ));
            }
        }
    };

    // Sources.
    let mut seen = HashSet::new();
    for s in &data.sources {
        if !seen.insert(s.id.as_str()) {
            errors.push(DataError::new("data/sources.toml", &s.id, "is defined twice"));
        }
        if s.title.trim().is_empty() || !(s.url.starts_with("http://") || s.url.starts_with("https://")) {
            errors.push(DataError::new("data/sources.toml", &s.id, "needs a title and an http(s) url"));
        }
    }

    // The scheme.
    let started = data.scheme.started;
    let in_life = |d: NaiveDate| d >= started && d <= latest_plausible_date();
    need_sources("data/scheme.toml", "[scheme]".into(), &data.scheme.sources, &mut errors);
    if data.scheme.renamed < started {
        errors.push(DataError::new("data/scheme.toml", "[scheme]", "renamed is before started"));
    }
    if !in_life(data.data_as_of) {
        errors.push(DataError::new("data/scheme.toml", "data_as_of", "must be within the scheme's life"));
    }
    for t in &data.timeline {
        let entry = format!("timeline {}", t.date);
        need_sources("data/scheme.toml", entry.clone(), &t.sources, &mut errors);
        if !in_life(t.date) {
            errors.push(DataError::new("data/scheme.toml", entry, "is outside the scheme's life"));
        }
    }

    // Sectors.
    let mut sector_joined: HashMap<&str, NaiveDate> = HashMap::new();
    for s in &data.sectors {
        let entry = format!("sector {:?}", s.id);
        if s.id.is_empty() || !s.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
            errors.push(DataError::new("data/sectors.toml", entry.clone(), "id must be lower-case words joined by -"));
        }
        if sector_joined.insert(&s.id, s.joined).is_some() {
            errors.push(DataError::new("data/sectors.toml", entry.clone(), "is defined twice"));
        }
        if !in_life(s.joined) {
            errors.push(DataError::new(
                "data/sectors.toml",
                entry.clone(),
                format!("joined {} is outside the scheme's life (from {started})", s.joined),
            ));
        }
        if s.name_en.trim().is_empty() || s.name_zh.trim().is_empty() {
            errors.push(DataError::new("data/sectors.toml", entry.clone(), "needs name_en and name_zh"));
        }
        need_sources("data/sectors.toml", entry, &s.sources, &mut errors);
    }

    // Organisations.
    let mut host_keys: HashMap<String, String> = HashMap::new();
    for o in &data.organisations {
        let file = "data/organisations.csv";
        let entry = format!("line {} ({})", o.line, o.name_en);
        if o.name_en.is_empty() {
            errors.push(DataError::new(file, entry.clone(), "has no English name"));
        }
        if o.sectors.is_empty() {
            errors.push(DataError::new(file, entry.clone(), "has no sector"));
        }
        for id in &o.sectors {
            match sector_joined.get(id.as_str()) {
                None => errors.push(DataError::new(
                    file,
                    entry.clone(),
                    format!("names sector {id:?}, which data/sectors.toml does not define"),
                )),
                Some(joined) => {
                    if let Some(since) = o.since {
                        if since < *joined && o.sectors.len() == 1 {
                            errors.push(DataError::new(
                                file,
                                entry.clone(),
                                format!("since {since} is before its sector {id:?} joined the scheme on {joined}"),
                            ));
                        }
                    }
                }
            }
        }
        if matches!(o.kind, OrganisationKind::Government | OrganisationKind::Class)
            && !o.sectors.iter().any(|s| s == "others")
        {
            errors.push(DataError::new(file, entry.clone(), "a government or class entry belongs to sector others"));
        }
        for d in [o.since, o.until].into_iter().flatten() {
            if !in_life(d) {
                errors.push(DataError::new(
                    file,
                    entry.clone(),
                    format!("date {d} is outside the scheme's life (from {started})"),
                ));
            }
        }
        if let (Some(since), Some(until)) = (o.since, o.until) {
            if until < since {
                errors.push(DataError::new(file, entry.clone(), format!("until {until} is before since {since}")));
            }
        }
        need_sources(file, entry.clone(), &o.sources, &mut errors);
        for key in organisation_keys(o) {
            if let Some(other) = host_keys.insert(key.clone(), o.name_en.clone()) {
                if other != o.name_en {
                    errors.push(DataError::new(
                        file,
                        entry.clone(),
                        format!("a name or abbreviation ({key:?}) is already used by {other:?}"),
                    ));
                } else {
                    errors.push(DataError::new(file, entry.clone(), "is listed twice"));
                }
            }
        }
    }

    // The visa-free table.
    let mut rows: HashMap<u16, &str> = HashMap::new();
    for (i, r) in data.visa_rows.iter().enumerate() {
        let file = "data/visa_free.csv";
        let entry = format!("row {} ({})", r.row, r.name);
        if usize::from(r.row) != i + 1 {
            errors.push(DataError::new(file, entry.clone(), format!("rows must be numbered 1, 2, 3...; expected {}", i + 1)));
        }
        rows.insert(r.row, &r.name);
        if r.visa_required == r.visa_free_days.is_some() {
            errors.push(DataError::new(
                file,
                entry.clone(),
                "must either require a visa or give visa-free days, not both or neither",
            ));
        }
        need_sources(file, entry, &r.sources, &mut errors);
    }

    // Countries, and every name a nationality may be typed as.
    let mut nationality: HashMap<String, String> = HashMap::new();
    let mut codes = HashSet::new();
    for c in &data.countries {
        let file = "data/countries.csv";
        let entry = format!("line {} ({})", c.line, c.name_en);
        let code_ok = |code: &str, len: usize| code.len() == len && code.chars().all(|ch| ch.is_ascii_uppercase());
        if !code_ok(&c.alpha2, 2) || !code_ok(&c.alpha3, 3) {
            errors.push(DataError::new(file, entry.clone(), "alpha2 and alpha3 must be upper-case ISO 3166-1 codes"));
        }
        if !codes.insert(c.alpha2.clone()) || !codes.insert(c.alpha3.clone()) {
            errors.push(DataError::new(file, entry.clone(), "its code is used twice"));
        }
        match c.arrangement {
            Arrangement::VisaTable => {
                if c.visa_rows.is_empty() {
                    errors.push(DataError::new(file, entry.clone(), "a visa-table country needs visa_rows"));
                }
                for n in &c.visa_rows {
                    if !rows.contains_key(n) {
                        errors.push(DataError::new(
                            file,
                            entry.clone(),
                            format!("names visa row {n}, which data/visa_free.csv does not have"),
                        ));
                    }
                }
                match c.general_row {
                    Some(g) if !c.visa_rows.contains(&g) => errors.push(DataError::new(
                        file,
                        entry.clone(),
                        format!("general_row {g} is not one of its visa_rows"),
                    )),
                    None if c.visa_rows.len() == 1 => errors.push(DataError::new(
                        file,
                        entry.clone(),
                        "with a single visa row, general_row must be that row",
                    )),
                    _ => {}
                }
            }
            _ => {
                if !c.visa_rows.is_empty() || c.general_row.is_some() {
                    errors.push(DataError::new(file, entry.clone(), "only visa-table countries have visa rows"));
                }
            }
        }
        need_sources(file, entry.clone(), &c.sources, &mut errors);
        for key in country_keys(c) {
            if let Some(other) = nationality.insert(key.clone(), c.name_en.clone()) {
                errors.push(DataError::new(
                    file,
                    entry.clone(),
                    format!("the name {key:?} also means {other:?}; a name may match one nationality only"),
                ));
            }
        }
    }
    // A name marked as shared ("?Congo") must be shared: by two countries at least.
    let mut shared: Vec<(String, usize)> = Vec::new();
    for c in &data.countries {
        for name in c.other_names.iter().filter_map(|n| super::names::shared_name(n)) {
            let key = super::names::nationality_key(name);
            match shared.iter_mut().find(|(k, _)| *k == key) {
                Some((_, n)) => *n += 1,
                None => shared.push((key, 1)),
            }
        }
    }
    for (key, n) in shared.iter().filter(|(_, n)| *n < 2) {
        errors.push(DataError::new("data/countries.csv", key.clone(), format!("a name marked as shared (?) is given by {n} country; mark it in every country it may mean")));
    }
    // A row of the table answers to its own name; that name must not mean a country the row does not apply to.
    for r in &data.visa_rows {
        let Some(name) = nationality.get(&row_key(r)) else { continue };
        if let Some(country) = data.countries.iter().find(|c| &c.name_en == name) {
            if !country.visa_rows.contains(&r.row) {
                errors.push(DataError::new(
                    "data/visa_free.csv",
                    format!("row {} ({})", r.row, r.name),
                    format!("its name also means {:?}, which does not use this row", country.name_en),
                ));
            }
        }
    }
    errors
}
