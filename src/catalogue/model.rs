//! What the bundled data says, as plain values: the scheme, its sectors, the authorised host organisations, the
//! visa-free table and the countries that map onto it.
//!
//! This file is also compiled into `build.rs` (which reads `data/`, checks it and embeds it), so it must only use
//! `serde`, `chrono` and `super::` siblings that the build script includes too.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize};

/// Reads a date written `YYYY-MM-DD` (exactly), without chrono's general-purpose parser, which would cost the page
/// kilobytes for formats it never reads.
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)
}

/// `YYYY-MM-DD`, as the data files and the command write dates.
pub fn iso_date(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// Deserialises dates with [`parse_iso_date`].
fn date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let s = String::deserialize(d)?;
    parse_iso_date(&s).ok_or_else(|| serde::de::Error::custom(format!("{s:?} is not a date; expected YYYY-MM-DD")))
}

fn optional_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    match Option::<String>::deserialize(d)? {
        None => Ok(None),
        Some(s) => parse_iso_date(&s)
            .map(Some)
            .ok_or_else(|| serde::de::Error::custom(format!("{s:?} is not a date; expected YYYY-MM-DD"))),
    }
}

/// Everything under `data/`, read and checked. The default is empty: what the page holds until its data has arrived.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct CatalogueData {
    /// The day a maintainer last compared the data with the official documents.
    #[serde(deserialize_with = "date")]
    pub data_as_of: NaiveDate,
    pub scheme: Scheme,
    pub timeline: Vec<TimelineEvent>,
    pub sources: Vec<Source>,
    pub sectors: Vec<Sector>,
    pub organisations: Vec<Organisation>,
    pub visa_rows: Vec<VisaRow>,
    pub countries: Vec<Country>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Scheme {
    pub name_en: String,
    pub short_name_en: String,
    pub name_zh: String,
    pub short_name_zh: String,
    pub pilot_name_en: String,
    pub pilot_name_zh: String,
    /// The pilot scheme's first day.
    #[serde(deserialize_with = "date")]
    pub started: NaiveDate,
    /// The first day under the regularised scheme's name.
    #[serde(deserialize_with = "date")]
    pub renamed: NaiveDate,
    pub hotline: String,
    pub email: String,
    pub list_url: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TimelineEvent {
    #[serde(deserialize_with = "date")]
    pub date: NaiveDate,
    pub event: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub url: String,
    pub revision: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Sector {
    pub id: String,
    pub name_en: String,
    pub name_zh: String,
    /// The first day on which the sector's hosts could invite under the scheme.
    #[serde(deserialize_with = "date")]
    pub joined: NaiveDate,
    /// Whether `organisations.csv` holds the sector's whole published list. While it does not, a host missing
    /// from the list cannot be called unauthorised.
    pub list_complete: bool,
    pub sources: Vec<String>,
    #[serde(default, rename = "bureau")]
    pub bureaux: Vec<Bureau>,
}

/// A subject bureau or department that ImmD names for a sector's enquiries.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Bureau {
    pub name_en: String,
    #[serde(default)]
    pub name_zh: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum OrganisationKind {
    /// A named organisation on ImmD's published list.
    Organisation,
    /// A government bureau or department, authorised as a member of the "Others" class.
    Government,
    /// The "Others" class entry itself ("Government bureaux and departments").
    Class,
}

impl OrganisationKind {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "organisation" => Some(Self::Organisation),
            "government" => Some(Self::Government),
            "class" => Some(Self::Class),
            _ => None,
        }
    }
}

/// An authorised host organisation.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Organisation {
    pub sectors: Vec<String>,
    pub name_en: String,
    pub name_zh: Option<String>,
    pub abbreviations: Vec<String>,
    /// Its scope of facilitation (the specified activities), when the data has it.
    pub scope: Option<String>,
    /// The first day it could invite; `None` when the date it joined is not recorded.
    #[serde(deserialize_with = "optional_date")]
    pub since: Option<NaiveDate>,
    /// The day after which it could no longer invite, if it was removed.
    #[serde(deserialize_with = "optional_date")]
    pub until: Option<NaiveDate>,
    pub kind: OrganisationKind,
    pub sources: Vec<String>,
    pub note: Option<String>,
    /// Where the entry is in `data/organisations.csv` (for messages about it).
    pub line: usize,
    /// Set when the entry comes from a list the user loaded on the page, not from the bundled data: the day they
    /// loaded it.
    #[serde(default, deserialize_with = "optional_date", skip_serializing_if = "Option::is_none")]
    pub loaded_on: Option<NaiveDate>,
}

/// One row of ImmD's visa-free table.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct VisaRow {
    pub row: u16,
    pub name: String,
    /// The visa-free period in days, when the row is visa-free.
    pub visa_free_days: Option<u16>,
    pub visa_required: bool,
    /// Online pre-arrival registration is needed before the visa-free visit (Indian nationals).
    pub pre_arrival_registration: bool,
    /// The table's remark marks (`*`, `^`, `※`, `#`, `%`).
    pub remarks: Vec<String>,
    /// Visa-free days for diplomatic and official passports, where a remark gives them.
    pub diplomatic_official_days: Option<u16>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Arrangement {
    /// Nationals follow the visa-free table.
    VisaTable,
    /// Chinese nationals: Mainland residents, or PRC passport holders living overseas.
    Mainland,
    Macao,
    Taiwan,
    /// Hong Kong residents are not visitors.
    HongKong,
}

impl Arrangement {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "visa-table" => Some(Self::VisaTable),
            "mainland" => Some(Self::Mainland),
            "macao" => Some(Self::Macao),
            "taiwan" => Some(Self::Taiwan),
            "hong-kong" => Some(Self::HongKong),
            _ => None,
        }
    }
}

/// A country or territory of ISO 3166-1, and how its nationals enter Hong Kong.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Country {
    pub alpha2: String,
    pub alpha3: String,
    pub name_en: String,
    pub name_zh: String,
    pub other_names: Vec<String>,
    pub arrangement: Arrangement,
    /// The rows of the visa-free table that apply to its nationals' passports.
    pub visa_rows: Vec<u16>,
    /// The row for an ordinary passport, when one row is general; `None` when the user must choose (ALBANIA).
    pub general_row: Option<u16>,
    pub sources: Vec<String>,
    pub line: usize,
}
