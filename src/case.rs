//! A case: what the visitor or organiser tells the checker (host, nationality, trips...), and how it is read from
//! the command's JSON or the page's fields.
//!
//! Input that cannot be read is not a finding: it is an [`InputError`] that names the field and what was expected,
//! so the command can exit 2 with one clear line and the page can show the message next to the field.

use std::fmt;

use chrono::NaiveDate;
use serde_json::Value;

use crate::catalogue::Catalogue;
use crate::i18n::{Msg, Text};
use crate::text;

/// The most trips one case may hold; more is a mistake in the input, not a plan.
pub const MAX_TRIPS: usize = 50;
/// The longest span of activity days one range may cover.
pub const MAX_RANGE_DAYS: i64 = 366;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Case {
    /// The host organisation as the letter names it.
    pub host: Option<String>,
    /// A sector id from the catalogue.
    pub sector: Option<String>,
    /// Nationality as typed: a table row name, an ISO 3166-1 code or a common name (checked against the catalogue).
    pub nationality: Option<String>,
    pub residence: Option<Residence>,
    /// The permitted stay in days, from a visa or landing slip; overrides the visa-free table.
    pub permitted_stay_days: Option<u32>,
    /// The scope of the specified activities, as the letter states it.
    pub activity: Option<String>,
    /// The visitor's role, as the letter states it.
    pub role: Option<String>,
    pub trips: Vec<Trip>,
    pub letter_text: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Residence {
    Mainland,
    MacaoPermanent,
    MacaoNonPermanent,
    Taiwan,
}

impl Residence {
    pub const ALL: [Residence; 4] =
        [Residence::Mainland, Residence::MacaoPermanent, Residence::MacaoNonPermanent, Residence::Taiwan];

    pub fn id(self) -> &'static str {
        match self {
            Residence::Mainland => "mainland",
            Residence::MacaoPermanent => "macao-permanent",
            Residence::MacaoNonPermanent => "macao-non-permanent",
            Residence::Taiwan => "taiwan",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.id() == s)
    }

    /// The residence as the page names it: "a Mainland resident".
    pub fn label(self) -> Msg {
        match self {
            Residence::Mainland => Msg::CaseResidenceMainland,
            Residence::MacaoPermanent => Msg::CaseResidenceMacaoPermanent,
            Residence::MacaoNonPermanent => Msg::CaseResidenceMacaoNonPermanent,
            Residence::Taiwan => Msg::CaseResidenceTaiwan,
        }
    }
}

/// One arrival in Hong Kong and the departure that follows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trip {
    pub arrival: NaiveDate,
    pub departure: Option<NaiveDate>,
    pub activity_days: Vec<DaySpan>,
}

/// Activity days as the input gives them: a single day or a range, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DaySpan {
    Day(NaiveDate),
    Range { from: NaiveDate, to: NaiveDate },
}

impl Trip {
    /// The activity days, each once, in order.
    pub fn days(&self) -> Vec<NaiveDate> {
        let mut days = Vec::new();
        for span in &self.activity_days {
            match *span {
                DaySpan::Day(d) => days.push(d),
                DaySpan::Range { from, to } => days.extend(from.iter_days().take_while(|d| *d <= to)),
            }
        }
        crate::sorting::sort_by_key(&mut days, |d| crate::sorting::number(chrono::Datelike::num_days_from_ce(d).into()));
        days.dedup();
        days
    }
}

/// Input the checker cannot read: which field, and what was expected there.
#[derive(Debug, Clone, PartialEq)]
pub struct InputError {
    /// The field's path, as in the JSON: `trips[0].activity_days[1].from`.
    pub field: String,
    /// What is wrong, in words (`[case]` in `src/i18n/en/input.toml`); the command prints it in English after the
    /// field's path.
    pub message: Text,
}

impl InputError {
    pub fn new(field: impl Into<String>, message: impl Into<Text>) -> Self {
        InputError { field: field.into(), message: message.into() }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for InputError {}

// A list that cannot be read as CSV, in words. These live here, not in `csv.rs`, because the build script compiles
// `csv.rs` too (to read `data/`) and has no messages.
impl crate::csv::CsvProblem {
    /// What is wrong (`[csv]` in `src/i18n/en/input.toml`).
    pub fn text(&self) -> Text {
        match self {
            crate::csv::CsvProblem::UnexpectedAfterQuote(c) => {
                text!(CsvUnexpectedAfterQuote, value = crate::csv::shown(*c))
            }
            crate::csv::CsvProblem::UnclosedQuote => Msg::CsvUnclosedQuote.into(),
        }
    }
}

impl crate::csv::CsvError {
    /// What is wrong, and on which line: "line 3: a quoted field is not closed ...".
    pub fn text(&self) -> Text {
        text!(CsvAtLine, line = self.line, problem = self.message.text())
    }
}

pub use crate::dates::in_range as date_in_range;

/// Reads a date written `YYYY-MM-DD`.
pub fn parse_date(field: &str, text: &str) -> Result<NaiveDate, InputError> {
    let t = text.trim();
    let d = crate::catalogue::parse_iso_date(t).ok_or_else(|| {
        InputError::new(field, text!(CaseBadDate, value = t))
    })?;
    if !date_in_range(d) {
        return Err(InputError::new(field, text!(CaseDateOutOfRange, value = t)));
    }
    Ok(d)
}

fn range(field: &str, from: NaiveDate, to: NaiveDate) -> Result<DaySpan, InputError> {
    if to < from {
        return Err(InputError::new(field, text!(CaseRangeBackwards, from = from.to_string(), to = to.to_string())));
    }
    if (to - from).num_days() >= MAX_RANGE_DAYS {
        return Err(InputError::new(field, text!(CaseRangeTooLong, from = from.to_string(), to = to.to_string())));
    }
    Ok(if from == to { DaySpan::Day(from) } else { DaySpan::Range { from, to } })
}

/// Reads activity days typed on the page: dates and ranges separated by commas, semicolons or new lines, a range
/// written `2026-03-05 to 2026-03-09` (or with `..`, `–` or ` - `).
pub fn parse_activity_days(field: &str, text: &str) -> Result<Vec<DaySpan>, InputError> {
    let mut spans = Vec::new();
    for part in text.split([',', ';', '\n', '，', '、']).map(str::trim).filter(|p| !p.is_empty()) {
        let ends: Vec<&str> = part
            .split(" to ")
            .flat_map(|p| p.split(".."))
            .flat_map(|p| p.split('–'))
            .flat_map(|p| p.split(" - "))
            .flat_map(|p| p.split('至'))
            .map(str::trim)
            .collect();
        let span = match ends.as_slice() {
            [one] => DaySpan::Day(parse_date(field, one)?),
            [from, to] => range(field, parse_date(field, from)?, parse_date(field, to)?)?,
            _ => return Err(InputError::new(field, text!(CaseBadDayOrRange, value = part))),
        };
        spans.push(span);
    }
    Ok(spans)
}

/// Writes activity days back in the form [`parse_activity_days`] reads.
pub fn format_activity_days(spans: &[DaySpan]) -> String {
    spans
        .iter()
        .map(|s| match s {
            DaySpan::Day(d) => d.to_string(),
            DaySpan::Range { from, to } => format!("{from} to {to}"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

const FIELDS: &[&str] = &[
    "host",
    "sector",
    "nationality",
    "residence",
    "permitted_stay_days",
    "activity",
    "role",
    "trips",
    "letter_text",
];

impl Case {
    /// Reads a case from the command's JSON (see the README), checking every value against the catalogue.
    pub fn from_json(text: &str, catalogue: &Catalogue) -> Result<Case, InputError> {
        let value: Value = serde_json::from_str(text)
            .map_err(|e| InputError::new("input", text!(CaseBadJson, reason = e.to_string())))?;
        let Value::Object(map) = value else {
            return Err(InputError::new("input", Msg::CaseNotAnObject));
        };
        for key in map.keys() {
            if !FIELDS.contains(&key.as_str()) {
                return Err(InputError::new(key.as_str(), text!(CaseUnknownField, fields = FIELDS.join(", "))));
            }
        }
        let text_field = |name: &str| -> Result<Option<String>, InputError> {
            match map.get(name) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
                Some(Value::String(s)) => Ok(Some(s.trim().to_string())),
                Some(_) => Err(InputError::new(name, Msg::CaseNotText)),
            }
        };

        let mut case = Case {
            host: text_field("host")?,
            sector: text_field("sector")?,
            nationality: text_field("nationality")?,
            activity: text_field("activity")?,
            role: text_field("role")?,
            letter_text: text_field("letter_text")?,
            ..Case::default()
        };
        if let Some(s) = &case.sector {
            check_sector(s, catalogue)?;
        }
        if let Some(n) = &case.nationality {
            check_nationality(n, catalogue)?;
        }
        if let Some(r) = text_field("residence")? {
            case.residence = Some(
                Residence::parse(&r)
                    .ok_or_else(|| InputError::new("residence", text!(CaseUnknownResidence, value = &r)))?,
            );
        }
        case.permitted_stay_days = match map.get("permitted_stay_days") {
            None | Some(Value::Null) => None,
            Some(v) => Some(
                v.as_u64()
                    .filter(|n| (1..=3650).contains(n))
                    .map(|n| n as u32)
                    .ok_or_else(|| InputError::new("permitted_stay_days", Msg::CaseBadPermittedStay))?,
            ),
        };
        let trips = match map.get("trips") {
            Some(Value::Array(t)) => t,
            None => return Err(InputError::new("trips", Msg::CaseTripsMissing)),
            Some(_) => return Err(InputError::new("trips", Msg::CaseTripsNotAList)),
        };
        if trips.len() > MAX_TRIPS {
            return Err(InputError::new("trips", text!(CaseTooManyTrips, count = trips.len(), max = MAX_TRIPS)));
        }
        for (i, t) in trips.iter().enumerate() {
            case.trips.push(trip_from_json(&format!("trips[{i}]"), t)?);
        }
        Ok(case)
    }
}

/// Checks that a sector id is one of the catalogue's.
pub fn check_sector(id: &str, catalogue: &Catalogue) -> Result<(), InputError> {
    if catalogue.sector(id).is_some() {
        return Ok(());
    }
    let ids: Vec<&str> = catalogue.data.sectors.iter().map(|s| s.id.as_str()).collect();
    Err(InputError::new("sector", text!(CaseUnknownSector, value = id, ids = ids.join(", "))))
}

/// Checks that a nationality is one the catalogue can resolve.
pub fn check_nationality(text: &str, catalogue: &Catalogue) -> Result<(), InputError> {
    if catalogue.find_nationality(text).is_some() {
        return Ok(());
    }
    match nationality_choices(text, catalogue) {
        Some(countries) => Err(InputError::new("nationality", text!(CaseAmbiguousNationality, value = text, countries = countries))),
        None => Err(InputError::new("nationality", text!(CaseUnknownNationality, value = text))),
    }
}

/// The countries a shared name such as "Congo" may mean, listed for a question ("Republic of the Congo (COG); ..."),
/// or `None` for a name that is not shared.
pub fn nationality_choices(text: &str, catalogue: &Catalogue) -> Option<crate::i18n::Arg> {
    let sharing = catalogue.countries_sharing(text);
    (!sharing.is_empty()).then(|| {
        crate::i18n::Arg::List(
            sharing
                .iter()
                .map(|c| text!(CaseChoice, country = crate::i18n::Arg::Name(crate::rules::name(&c.name_en, Some(&c.name_zh))), code = c.alpha3.as_str()))
                .collect(),
        )
    })
}

fn date_value(field: &str, v: Option<&Value>) -> Result<Option<NaiveDate>, InputError> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => parse_date(field, s).map(Some),
        Some(_) => Err(InputError::new(field, Msg::CaseDateNotText)),
    }
}

fn trip_from_json(path: &str, v: &Value) -> Result<Trip, InputError> {
    let Value::Object(t) = v else {
        return Err(InputError::new(path, Msg::CaseTripNotAnObject));
    };
    for key in t.keys() {
        if !["arrival", "departure", "activity_days"].contains(&key.as_str()) {
            return Err(InputError::new(format!("{path}.{key}"), Msg::CaseUnknownTripField));
        }
    }
    let arrival = date_value(&format!("{path}.arrival"), t.get("arrival"))?
        .ok_or_else(|| InputError::new(format!("{path}.arrival"), Msg::CaseArrivalMissing))?;
    let departure = date_value(&format!("{path}.departure"), t.get("departure"))?;
    let mut activity_days = Vec::new();
    match t.get("activity_days") {
        None | Some(Value::Null) => {}
        Some(Value::Array(days)) => {
            for (j, d) in days.iter().enumerate() {
                let field = format!("{path}.activity_days[{j}]");
                activity_days.push(match d {
                    Value::String(s) => DaySpan::Day(parse_date(&field, s)?),
                    Value::Object(r) => {
                        for key in r.keys() {
                            if key != "from" && key != "to" {
                                return Err(InputError::new(format!("{field}.{key}"), Msg::CaseUnknownRangeField));
                            }
                        }
                        let from = date_value(&format!("{field}.from"), r.get("from"))?
                            .ok_or_else(|| InputError::new(format!("{field}.from"), Msg::CaseRangeEndMissing))?;
                        let to = date_value(&format!("{field}.to"), r.get("to"))?
                            .ok_or_else(|| InputError::new(format!("{field}.to"), Msg::CaseRangeEndMissing))?;
                        range(&field, from, to)?
                    }
                    _ => {
                        return Err(InputError::new(field, text!(CaseBadActivityDay, example = r#"{"from": ..., "to": ...}"#)))
                    }
                });
            }
        }
        Some(_) => {
            return Err(InputError::new(format!("{path}.activity_days"), Msg::CaseActivityDaysNotAList));
        }
    }
    Ok(Trip { arrival, departure, activity_days })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn read(json: &str) -> Result<Case, InputError> {
        Case::from_json(json, Catalogue::bundled())
    }

    #[test]
    fn reads_the_contract_example() {
        let c = read(
            r#"{"host":"Hong Kong Academy for Performing Arts","sector":"higher-education","nationality":"GBR",
                "residence":null,"permitted_stay_days":null,"activity":"masterclasses","role":"guest violinist",
                "trips":[{"arrival":"2026-03-01","departure":"2026-03-20",
                          "activity_days":["2026-03-02",{"from":"2026-03-05","to":"2026-03-09"}]}],
                "letter_text":null}"#,
        )
        .unwrap();
        assert_eq!(c.trips[0].days().len(), 6);
        assert_eq!(c.sector.as_deref(), Some("higher-education"));
    }

    #[test]
    fn a_bad_date_names_its_field() {
        let e = read(r#"{"trips":[{"arrival":"2026-03-01","activity_days":[{"from":"2026-02-30","to":"2026-03-02"}]}]}"#)
            .unwrap_err();
        assert_eq!(e.field, "trips[0].activity_days[0].from");
        assert!(e.message.en().contains("YYYY-MM-DD"));
    }

    #[test]
    fn an_unknown_sector_lists_the_ids() {
        let e = read(r#"{"sector":"shipping","trips":[]}"#).unwrap_err();
        assert_eq!(e.field, "sector");
        assert!(e.message.en().contains("maritime"));
    }

    #[test]
    fn unknown_nationality_residence_and_keys_are_refused() {
        assert_eq!(read(r#"{"nationality":"Atlantis","trips":[]}"#).unwrap_err().field, "nationality");
        assert_eq!(read(r#"{"residence":"moon","trips":[]}"#).unwrap_err().field, "residence");
        assert_eq!(read(r#"{"nationalty":"GBR","trips":[]}"#).unwrap_err().field, "nationalty");
        assert_eq!(read(r#"{"host":"x"}"#).unwrap_err().field, "trips");
    }

    #[test]
    fn a_backwards_range_and_far_dates_are_refused() {
        let e = read(r#"{"trips":[{"arrival":"2026-03-01","activity_days":[{"from":"2026-03-09","to":"2026-03-02"}]}]}"#)
            .unwrap_err();
        assert!(e.message.en().contains("ends"));
        assert!(parse_date("x", "1999-12-31").is_err());
        assert!(parse_date("x", "2101-01-01").is_err());
        assert!(parse_date("x", "2100-12-31").is_ok());
    }

    #[test]
    fn more_than_fifty_trips_are_refused() {
        let trips = vec![r#"{"arrival":"2026-01-01"}"#; MAX_TRIPS + 1].join(",");
        assert!(read(&format!(r#"{{"trips":[{trips}]}}"#)).unwrap_err().message.en().contains("at most 50"));
    }

    #[test]
    fn csv_problems_say_the_same_in_the_build_and_on_the_page() {
        use crate::csv::{parse, CsvProblem};
        for problem in [CsvProblem::UnexpectedAfterQuote('b'), CsvProblem::UnexpectedAfterQuote('\r'), CsvProblem::UnclosedQuote] {
            assert_eq!(problem.to_string(), problem.text().en());
        }
        let e = parse("a\n\"x\"y\n", ',').unwrap_err();
        assert_eq!(e.text().en(), format!("line 2: {}", e.message));
        assert_eq!(e.text().en(), e.to_string());
    }

    #[test]
    fn messages_fill_every_placeholder_and_quote_what_was_typed() {
        let e = read(r#"{"sector":"shipping","trips":[]}"#).unwrap_err();
        assert!(e.message.en().starts_with("\"shipping\" is not a sector id; expected one of: "), "{e}");
        let e = read(r#"{"trips":[{"arrival":"2026-03-01","activity_days":[7]}]}"#).unwrap_err();
        assert_eq!(e.to_string(), r#"trips[0].activity_days[0]: expected a date (YYYY-MM-DD) or a range {"from": ..., "to": ...}"#);
        let e = read(r#"{"trips":[{"arrival":"2026-03-01","activity_days":[{"from":"2026-03-09","to":"2026-03-02"}]}]}"#).unwrap_err();
        assert_eq!(e.message.en(), "the range ends (2026-03-02) before it starts (2026-03-09)");
        assert_eq!(parse_date("x", "1999-12-31").unwrap_err().message.en(), "1999-12-31 is outside the years 2000 to 2100");
        assert_eq!(Residence::MacaoNonPermanent.label().in_(crate::i18n::Lang::En), "a Macao resident (not permanent)");
        for json in [r#"[1]"#, r#"{"trips":5}"#, r#"{"host":1,"trips":[]}"#, r#"{"permitted_stay_days":0,"trips":[]}"#, r#"{"trips":[{"arrival":"2026-03-01","activity_days":[{"from":"2026-03-02"}]}]}"#] {
            let e = read(json).unwrap_err();
            assert!(!e.message.en().contains('{'), "{json}: {e}");
        }
    }

    #[test]
    fn page_activity_days_read_days_and_ranges() {
        let spans = parse_activity_days("f", "2026-03-02, 2026-03-05 to 2026-03-07; 2026-03-10..2026-03-11").unwrap();
        assert_eq!(
            spans,
            vec![
                DaySpan::Day(d("2026-03-02")),
                DaySpan::Range { from: d("2026-03-05"), to: d("2026-03-07") },
                DaySpan::Range { from: d("2026-03-10"), to: d("2026-03-11") },
            ]
        );
        assert_eq!(parse_activity_days("f", format_activity_days(&spans).as_str()).unwrap(), spans);
        assert!(parse_activity_days("f", "next tuesday").unwrap_err().message.en().contains("expected"));
    }

    #[test]
    fn days_are_unique_and_sorted_across_leap_day_and_year_end() {
        let t = Trip {
            arrival: d("2027-12-30"),
            departure: None,
            activity_days: vec![
                DaySpan::Range { from: d("2027-12-31"), to: d("2028-01-02") },
                DaySpan::Day(d("2028-01-01")),
            ],
        };
        assert_eq!(t.days(), vec![d("2027-12-31"), d("2028-01-01"), d("2028-01-02")]);
        let leap = Trip { arrival: d("2028-02-27"), departure: None, activity_days: vec![DaySpan::Range { from: d("2028-02-28"), to: d("2028-03-01") }] };
        assert_eq!(leap.days().len(), 3);
    }
}
