//! Reads the human-edited files under `data/` into a [`CatalogueData`].
//!
//! Structured files (`scheme.toml`, `sources.toml`, `sectors.toml`) are TOML; the long tables
//! (`organisations.csv`, `visa_free.csv`, `countries.csv`) are CSV so that they open in a spreadsheet. Every problem
//! is reported with the file, the line or entry, and what was expected; reading goes on after an error so that a
//! maintainer sees all of them at once.
//! Native only (the page receives the catalogue already checked); also compiled into `build.rs`.

use std::path::Path;

use chrono::NaiveDate;
use serde::Deserialize;

use super::model::{
    Arrangement, CatalogueData, Country, Organisation, OrganisationKind, Scheme, Sector, Source, TimelineEvent,
    VisaRow,
};
use super::validate::DataError;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SchemeFile {
    data_as_of: NaiveDate,
    scheme: Scheme,
    timeline: Vec<TimelineEvent>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    source: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SectorsFile {
    sector: Vec<Sector>,
}

pub const ORGANISATION_COLUMNS: &[&str] =
    &["sector", "name_en", "name_zh", "abbreviations", "scope", "since", "until", "kind", "source", "note"];
pub const VISA_COLUMNS: &[&str] = &[
    "row",
    "name",
    "visa_free_days",
    "visa_required",
    "pre_arrival_registration",
    "remarks",
    "diplomatic_official_days",
    "source",
];
pub const COUNTRY_COLUMNS: &[&str] =
    &["alpha2", "alpha3", "name_en", "name_zh", "other_names", "arrangement", "visa_rows", "general_row", "source"];

/// Reads every data file in `dir`. Returns the data, or every problem found while reading it (the cross-checks of
/// [`super::validate::check`] are separate).
pub fn read(dir: &Path) -> Result<CatalogueData, Vec<DataError>> {
    let mut errors = Vec::new();
    let scheme: Option<SchemeFile> = read_toml(dir, "scheme.toml", &mut errors);
    let sources: Option<SourcesFile> = read_toml(dir, "sources.toml", &mut errors);
    let sectors: Option<SectorsFile> = read_toml(dir, "sectors.toml", &mut errors);
    let organisations = read_text(dir, "organisations.csv", &mut errors)
        .map(|t| parse_organisations("data/organisations.csv", &t, &mut errors));
    let visa_rows =
        read_text(dir, "visa_free.csv", &mut errors).map(|t| parse_visa_rows("data/visa_free.csv", &t, &mut errors));
    let countries =
        read_text(dir, "countries.csv", &mut errors).map(|t| parse_countries("data/countries.csv", &t, &mut errors));

    match (scheme, sources, sectors, organisations, visa_rows, countries) {
        (Some(scheme), Some(sources), Some(sectors), Some(organisations), Some(visa_rows), Some(countries))
            if errors.is_empty() =>
        {
            Ok(CatalogueData {
                data_as_of: scheme.data_as_of,
                scheme: scheme.scheme,
                timeline: scheme.timeline,
                sources: sources.source,
                sectors: sectors.sector,
                organisations,
                visa_rows,
                countries,
            })
        }
        _ => Err(errors),
    }
}

fn read_text(dir: &Path, name: &str, errors: &mut Vec<DataError>) -> Option<String> {
    match std::fs::read_to_string(dir.join(name)) {
        Ok(t) => Some(t),
        Err(e) => {
            errors.push(DataError::new(format!("data/{name}"), "", format!("cannot be read: {e}")));
            None
        }
    }
}

fn read_toml<T: for<'de> Deserialize<'de>>(dir: &Path, name: &str, errors: &mut Vec<DataError>) -> Option<T> {
    let text = read_text(dir, name, errors)?;
    match toml::from_str(&text) {
        Ok(v) => Some(v),
        Err(e) => {
            let place = e
                .span()
                .map(|s| format!("line {}", text[..s.start].matches('\n').count() + 1))
                .unwrap_or_default();
            errors.push(DataError::new(format!("data/{name}"), place, e.message().to_string()));
            None
        }
    }
}

/// A CSV table whose first record is a header that must name exactly `columns`, in that order.
struct Table<'a> {
    file: &'a str,
    records: Vec<crate::csv::Record>,
}

impl<'a> Table<'a> {
    fn read(file: &'a str, text: &str, columns: &[&str], errors: &mut Vec<DataError>) -> Option<Self> {
        let mut records = match crate::csv::parse(text, ',') {
            Ok(r) => r,
            Err(e) => {
                errors.push(DataError::new(file, format!("line {}", e.line), e.message));
                return None;
            }
        };
        if records.is_empty() {
            errors.push(DataError::new(file, "", "is empty; expected a header line"));
            return None;
        }
        let header = records.remove(0);
        if header.fields.iter().map(|f| f.trim()).ne(columns.iter().copied()) {
            errors.push(DataError::new(
                file,
                "line 1",
                format!("the header must be exactly: {}", columns.join(",")),
            ));
            return None;
        }
        for r in &records {
            if r.fields.len() != columns.len() {
                errors.push(DataError::new(
                    file,
                    format!("line {}", r.line),
                    format!("has {} fields; expected {}", r.fields.len(), columns.len()),
                ));
            }
        }
        records.retain(|r| r.fields.len() == columns.len());
        Some(Table { file, records })
    }
}

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

fn list(s: &str) -> Vec<String> {
    s.split(';').map(str::trim).filter(|x| !x.is_empty()).map(str::to_string).collect()
}

/// Context for the messages about one CSV line.
struct Line<'a> {
    file: &'a str,
    line: usize,
    entry: String,
}

impl Line<'_> {
    fn error(&self, errors: &mut Vec<DataError>, problem: String) {
        errors.push(DataError::new(self.file, format!("line {} ({})", self.line, self.entry), problem));
    }

    fn date(&self, errors: &mut Vec<DataError>, column: &str, value: &str) -> Option<NaiveDate> {
        let v = value.trim();
        if v.is_empty() {
            return None;
        }
        match super::model::parse_iso_date(v) {
            Some(d) => Some(d),
            None => {
                self.error(errors, format!("{column} {v:?} is not a date; expected YYYY-MM-DD or empty"));
                None
            }
        }
    }

    fn number(&self, errors: &mut Vec<DataError>, column: &str, value: &str) -> Option<u16> {
        let v = value.trim();
        if v.is_empty() {
            return None;
        }
        match v.parse::<u16>() {
            Ok(n) => Some(n),
            Err(_) => {
                self.error(errors, format!("{column} {v:?} is not a whole number"));
                None
            }
        }
    }

    fn yes_no(&self, errors: &mut Vec<DataError>, column: &str, value: &str) -> bool {
        match value.trim() {
            "yes" => true,
            "no" => false,
            v => {
                self.error(errors, format!("{column} {v:?} must be yes or no"));
                false
            }
        }
    }
}

pub fn parse_organisations(file: &str, text: &str, errors: &mut Vec<DataError>) -> Vec<Organisation> {
    let Some(table) = Table::read(file, text, ORGANISATION_COLUMNS, errors) else { return Vec::new() };
    let mut out = Vec::new();
    for r in &table.records {
        let f = &r.fields;
        let at = Line { file: table.file, line: r.line, entry: f[1].trim().to_string() };
        let kind = OrganisationKind::parse(f[7].trim()).unwrap_or_else(|| {
            at.error(errors, format!("kind {:?} must be organisation, government or class", f[7].trim()));
            OrganisationKind::Organisation
        });
        out.push(Organisation {
            sectors: list(&f[0]),
            name_en: f[1].trim().to_string(),
            name_zh: opt(&f[2]),
            abbreviations: list(&f[3]),
            scope: opt(&f[4]),
            since: at.date(errors, "since", &f[5]),
            until: at.date(errors, "until", &f[6]),
            kind,
            sources: list(&f[8]),
            note: opt(&f[9]),
            line: r.line,
            loaded_on: None,
        });
    }
    out
}

fn parse_visa_rows(file: &str, text: &str, errors: &mut Vec<DataError>) -> Vec<VisaRow> {
    let Some(table) = Table::read(file, text, VISA_COLUMNS, errors) else { return Vec::new() };
    let mut out = Vec::new();
    for r in &table.records {
        let f = &r.fields;
        let at = Line { file: table.file, line: r.line, entry: f[1].trim().to_string() };
        let Some(row) = at.number(errors, "row", &f[0]) else {
            at.error(errors, "row number is missing".into());
            continue;
        };
        out.push(VisaRow {
            row,
            name: f[1].trim().to_string(),
            visa_free_days: at.number(errors, "visa_free_days", &f[2]),
            visa_required: at.yes_no(errors, "visa_required", &f[3]),
            pre_arrival_registration: at.yes_no(errors, "pre_arrival_registration", &f[4]),
            remarks: f[5].split_whitespace().map(str::to_string).collect(),
            diplomatic_official_days: at.number(errors, "diplomatic_official_days", &f[6]),
            sources: list(&f[7]),
        });
    }
    out
}

fn parse_countries(file: &str, text: &str, errors: &mut Vec<DataError>) -> Vec<Country> {
    let Some(table) = Table::read(file, text, COUNTRY_COLUMNS, errors) else { return Vec::new() };
    let mut out = Vec::new();
    for r in &table.records {
        let f = &r.fields;
        let at = Line { file: table.file, line: r.line, entry: f[2].trim().to_string() };
        let arrangement = Arrangement::parse(f[5].trim()).unwrap_or_else(|| {
            at.error(
                errors,
                format!("arrangement {:?} must be visa-table, mainland, macao, taiwan or hong-kong", f[5].trim()),
            );
            Arrangement::VisaTable
        });
        let visa_rows = list(&f[6]).iter().filter_map(|n| at.number(errors, "visa_rows", n)).collect();
        out.push(Country {
            alpha2: f[0].trim().to_string(),
            alpha3: f[1].trim().to_string(),
            name_en: f[2].trim().to_string(),
            name_zh: f[3].trim().to_string(),
            other_names: list(&f[4]),
            arrangement,
            visa_rows,
            general_row: at.number(errors, "general_row", &f[7]),
            sources: list(&f[8]),
            line: r.line,
        });
    }
    out
}

/// Writes organisations in the format of `data/organisations.csv`.
pub fn organisations_csv(organisations: &[Organisation]) -> String {
    use crate::csv::quote;
    let mut out = ORGANISATION_COLUMNS.join(",");
    out.push('\n');
    for o in organisations {
        let date = |d: Option<NaiveDate>| d.map(super::model::iso_date).unwrap_or_default();
        let kind = match o.kind {
            OrganisationKind::Organisation => "organisation",
            OrganisationKind::Government => "government",
            OrganisationKind::Class => "class",
        };
        let fields = [
            o.sectors.join(";"),
            o.name_en.clone(),
            o.name_zh.clone().unwrap_or_default(),
            o.abbreviations.join(";"),
            o.scope.clone().unwrap_or_default(),
            date(o.since),
            date(o.until),
            kind.to_string(),
            o.sources.join(";"),
            o.note.clone().unwrap_or_default(),
        ];
        out.push_str(&fields.iter().map(|f| quote(f)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}

/// Sets `list_complete = true` for the given sectors in the text of `sectors.toml`, keeping everything else
/// (comments included) as it is. Returns the new text, or the ids it could not find.
pub fn mark_complete(sectors_toml: &str, ids: &[String]) -> Result<String, Vec<String>> {
    let mut out = String::with_capacity(sectors_toml.len());
    let mut current: Option<String> = None;
    let mut done: Vec<String> = Vec::new();
    for line in sectors_toml.split_inclusive('\n') {
        let t = line.trim();
        if t == "[[sector]]" {
            current = None;
        } else if let Some(id) = t.strip_prefix("id = ") {
            current = Some(id.trim_matches('"').to_string());
        } else if t.starts_with("list_complete") {
            if let Some(id) = current.as_ref().filter(|id| ids.contains(id)) {
                out.push_str(&line.replace("false", "true"));
                done.push(id.clone());
                continue;
            }
        }
        out.push_str(line);
    }
    let missing: Vec<String> = ids.iter().filter(|id| !done.contains(id)).cloned().collect();
    if missing.is_empty() { Ok(out) } else { Err(missing) }
}
