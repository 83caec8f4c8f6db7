//! The page's form as plain text values, and how it becomes a [`Case`].
//!
//! The page keeps exactly what the user typed (so nothing is ever lost), and reads it into a case on every change.
//! Anything that cannot be read becomes a [`FieldError`] for the field it came from, shown next to it. This is plain
//! Rust so it is tested natively; `ui` only renders it.

use crate::case::{check_nationality, parse_date, Case, DaySpan, Residence, Trip, MAX_TRIPS};
use crate::catalogue::Catalogue;
use crate::i18n::{Msg, Text};
use crate::text;
use crate::letter::{self, Extracted, Extraction, MAX_LETTER_BYTES};

/// Everything the form holds, as typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CaseForm {
    pub host: String,
    /// A sector id, or empty for "not sure".
    pub sector: String,
    pub nationality: String,
    /// A residence id, or empty.
    pub residence: String,
    pub permitted_stay_days: String,
    pub activity: String,
    pub role: String,
    pub trips: Vec<TripForm>,
    /// The invitation letter as pasted.
    pub letter: String,
    /// What the reader found in it; `None` before a letter is pasted or when it is refused.
    pub extraction: Option<Extraction>,
    /// Why the letter was not read (too long), shown next to it; the text is kept.
    pub letter_error: Option<Text>,
    /// The letter has changed and its reading has not come back yet (the page reads letters off its main thread,
    /// with a reader it loads on first use).
    pub letter_pending: bool,
    /// The fields whose value came from the letter, with what it came from. A field the user edits leaves this list,
    /// so that reading the letter again never overwrites what the user typed.
    pub from_letter: Vec<(Field, Extracted)>,
    /// The name of the letter's file being opened (read off the page's main thread), until its text comes back.
    pub letter_file: Option<String>,
    /// Why the letter's file gave no text, naming it; the letter box keeps what it had.
    pub letter_file_error: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TripForm {
    pub arrival: String,
    pub departure: String,
    pub spans: Vec<SpanForm>,
}

/// One activity day, or a range of them: `to` empty for a single day.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SpanForm {
    pub from: String,
    pub to: String,
}

/// Where a field is in the form; the page gives each field an element id from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Host,
    Sector,
    Nationality,
    Residence,
    PermittedStay,
    Activity,
    Role,
    Arrival(usize),
    Departure(usize),
    SpanFrom(usize, usize),
    SpanTo(usize, usize),
}

impl Field {
    /// The element id of the field's input.
    pub fn id(self) -> String {
        match self {
            Field::Host => "host".into(),
            Field::Sector => "sector".into(),
            Field::Nationality => "nationality".into(),
            Field::Residence => "residence".into(),
            Field::PermittedStay => "permitted-stay".into(),
            Field::Activity => "activity".into(),
            Field::Role => "role".into(),
            Field::Arrival(t) => format!("trip-{t}-arrival"),
            Field::Departure(t) => format!("trip-{t}-departure"),
            Field::SpanFrom(t, s) => format!("trip-{t}-span-{s}-from"),
            Field::SpanTo(t, s) => format!("trip-{t}-span-{s}-to"),
        }
    }

    /// The field's name as the page labels it, for the list of problems (`[field]` in `src/i18n/en/input.toml`):
    /// "Trip 2: arrival".
    pub fn label(self) -> Text {
        match self {
            Field::Host => Msg::FieldHost.into(),
            Field::Sector => Msg::FieldSector.into(),
            Field::Nationality => Msg::FieldNationality.into(),
            Field::Residence => Msg::FieldResidence.into(),
            Field::PermittedStay => Msg::FieldPermittedStay.into(),
            Field::Activity => Msg::FieldActivity.into(),
            Field::Role => Msg::FieldRole.into(),
            Field::Arrival(t) => text!(FieldArrival, trip = t + 1),
            Field::Departure(t) => text!(FieldDeparture, trip = t + 1),
            Field::SpanFrom(t, s) => text!(FieldSpanFrom, trip = t + 1, span = s + 1),
            Field::SpanTo(t, s) => text!(FieldSpanTo, trip = t + 1, span = s + 1),
        }
    }
}

/// One change the user makes to the form.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Set(Field, String),
    /// The letter's text changed: it is kept at once, and read by [`crate::letter::extract`] (on the page, in the
    /// reader's worker), whose answer comes back as `LetterRead`.
    Letter(String),
    /// What the reader found in a letter; applied only if the letter is still that text.
    LetterRead(String, Box<Extraction>),
    /// The reader could not be had (on the page: its worker did not load): the letter is kept, and the page says so.
    LetterUnread(String),
    /// The letter's file, by name, is being opened ([`crate::files::letter_text`]).
    LetterFile(String),
    /// What opening the letter's file gave: its text, which becomes the letter (and is read as if pasted), or why
    /// it gave none. Applied only to the file being opened.
    LetterFileRead(String, Result<String, crate::files::FileProblem>),
    /// The part of the page that opens files could not be had (its worker did not load).
    LetterFileUnread(String),
    AddTrip,
    RemoveTrip(usize),
    AddSpan(usize),
    RemoveSpan(usize, usize),
    /// Change the plan as a suggestion of the result says ("end your activities by 24 August"); the trip is the
    /// case's (blank trips of the form are not counted).
    Fit(crate::rules::Suggestion),
    /// Put the whole form back as it was (to undo a change).
    Restore(Box<CaseForm>),
}

/// Why a letter's file gave no text, naming the file.
fn file_problem(problem: crate::files::FileProblem, file: String) -> Text {
    use crate::files::FileProblem;
    match problem {
        FileProblem::TooLarge => text!(LetterFileTooLarge, file = file),
        FileProblem::NoText => text!(LetterFileNoText, file = file),
        FileProblem::Protected => text!(LetterFileProtected, file = file),
        FileProblem::Unreadable => text!(LetterFileUnreadable, file = file),
    }
}

/// A field the form cannot read, and why (`[form]` and `[case]` in `src/i18n/en/input.toml`).
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    pub field: Field,
    pub message: Text,
}

impl CaseForm {
    /// An empty form with one trip holding one empty span: what the page starts with.
    pub fn new() -> Self {
        CaseForm { trips: vec![TripForm::new()], ..Default::default() }
    }

    /// Applies one change. Edits that point at a trip or span that no longer exists are ignored, so a late event
    /// can never panic the page.
    pub fn apply(&mut self, edit: Edit, catalogue: &Catalogue) {
        match edit {
            Edit::Set(field, value) => {
                if let Some(slot) = self.slot(field) {
                    *slot = value;
                    self.from_letter.retain(|(f, _)| *f != field);
                }
            }
            Edit::Letter(text) => self.set_letter(text),
            Edit::LetterUnread(text) => {
                if text == self.letter && self.letter_pending {
                    self.letter_pending = false;
                    self.letter_error = Some(Msg::LetterReaderUnavailable.into());
                }
            }
            Edit::LetterFile(name) => {
                self.letter_file = Some(name);
                self.letter_file_error = None;
            }
            Edit::LetterFileRead(name, read) => {
                if self.letter_file.as_deref() != Some(name.as_str()) {
                    return;
                }
                self.letter_file = None;
                match read {
                    Ok(text) => self.set_letter(text),
                    Err(problem) => self.letter_file_error = Some(file_problem(problem, name)),
                }
            }
            Edit::LetterFileUnread(name) => {
                if self.letter_file.as_deref() == Some(name.as_str()) {
                    self.letter_file = None;
                    self.letter_file_error = Some(Msg::LetterReaderUnavailable.into());
                }
            }
            Edit::LetterRead(text, x) => {
                if text == self.letter && self.letter_error.is_none() {
                    self.apply_extraction(*x);
                }
            }
            Edit::AddTrip if self.trips.len() < MAX_TRIPS => self.trips.push(TripForm::new()),
            Edit::AddTrip => {}
            Edit::RemoveTrip(t) if t < self.trips.len() && self.trips.len() > 1 => {
                self.trips.remove(t);
            }
            Edit::RemoveTrip(_) => {}
            Edit::AddSpan(t) => {
                if let Some(trip) = self.trips.get_mut(t) {
                    trip.spans.push(SpanForm::default());
                }
            }
            Edit::RemoveSpan(t, s) => {
                if let Some(trip) = self.trips.get_mut(t) {
                    if s < trip.spans.len() && trip.spans.len() > 1 {
                        trip.spans.remove(s);
                    }
                }
            }
            Edit::Fit(suggestion) => self.fit(suggestion, catalogue),
            Edit::Restore(form) => *self = *form,
        }
    }

    /// Makes the change a suggestion names in the trip it names, and writes the trip's dates back as the form shows
    /// them. A trip the form cannot read is left alone (the page offers no suggestion then).
    fn fit(&mut self, suggestion: crate::rules::Suggestion, catalogue: &Catalogue) {
        let Some(t) = self.trips.iter().enumerate().filter(|(_, trip)| !trip.is_blank()).map(|(t, _)| t).nth(suggestion.trip) else {
            return;
        };
        let (case, errors) = self.to_case(catalogue);
        if !errors.is_empty() {
            return;
        }
        let fitted = suggestion.apply(&case);
        let Some(trip) = fitted.trips.get(suggestion.trip) else { return };
        let form = &mut self.trips[t];
        form.arrival = trip.arrival.to_string();
        form.departure = trip.departure.map(|d| d.to_string()).unwrap_or_default();
        form.spans = trip
            .activity_days
            .iter()
            .map(|span| match *span {
                DaySpan::Day(d) => SpanForm { from: d.to_string(), to: String::new() },
                DaySpan::Range { from, to } => SpanForm { from: from.to_string(), to: to.to_string() },
            })
            .collect();
        if form.spans.is_empty() {
            form.spans.push(SpanForm::default());
        }
        // The changed dates are the visitor's now, not the letter's.
        self.from_letter.retain(|(f, _)| !matches!(f, Field::Arrival(x) | Field::Departure(x) | Field::SpanFrom(x, _) | Field::SpanTo(x, _) if *x == t));
    }

    /// Keeps a pasted letter (or one opened from a file); it waits for its reading, except when it is empty (nothing to read: the fields it
    /// filled are emptied at once) or too long (refused, and kept as typed).
    fn set_letter(&mut self, text: String) {
        self.letter = text;
        self.letter_file_error = None;
        if self.letter.len() > MAX_LETTER_BYTES {
            self.letter_error =
                Some(text!(FormLetterTooLong, size = self.letter.len().div_ceil(1024), max = MAX_LETTER_BYTES / 1024));
            self.extraction = None;
            self.letter_pending = false;
            return;
        }
        self.letter_error = None;
        if self.letter.trim().is_empty() {
            self.apply_extraction(Extraction::default());
        } else {
            self.letter_pending = true;
        }
    }

    /// Reads a letter here and now: what the page's worker does, for the command, the tests and anything native.
    pub fn read_letter_now(&mut self, text: String, catalogue: &Catalogue) {
        self.apply(Edit::Letter(text.clone()), catalogue);
        if self.letter_pending {
            let x = letter::extract(&text, catalogue);
            self.apply(Edit::LetterRead(text, Box::new(x)), catalogue);
        }
    }

    /// Fills the fields a reading gives, except those the user has typed into.
    fn apply_extraction(&mut self, x: Extraction) {
        self.letter_pending = false;
        let found: Vec<(Field, Option<Extracted>)> = vec![
            (Field::Host, x.host.clone()),
            (Field::Nationality, x.nationality.clone()),
            (Field::Activity, x.activity.clone()),
            (Field::Role, x.role.clone()),
            (Field::Arrival(0), x.arrival.clone()),
            (Field::Departure(0), x.departure.clone()),
            (Field::SpanFrom(0, 0), x.activity_from.clone()),
            (Field::SpanTo(0, 0), x.activity_to.clone().filter(|to| x.activity_from.as_ref().is_none_or(|f| f.value != to.value))),
        ];
        for (field, extracted) in found {
            let was_from_letter = self.from_letter.iter().any(|(f, _)| *f == field);
            let empty = self.value(field).is_some_and(|v| v.trim().is_empty());
            if !(was_from_letter || empty) {
                continue; // the user's own value stays
            }
            self.from_letter.retain(|(f, _)| *f != field);
            let value = extracted.as_ref().map(|e| e.value.clone()).unwrap_or_default();
            if let Some(slot) = self.slot(field) {
                *slot = value;
            }
            if let Some(e) = extracted {
                self.from_letter.push((field, e));
            }
        }
        self.extraction = Some(x);
    }

    /// What a field's value came from in the letter, if it came from the letter.
    pub fn letter_source(&self, field: Field) -> Option<&Extracted> {
        self.from_letter.iter().find(|(f, _)| *f == field).map(|(_, e)| e)
    }

    /// The text a field holds, if the field exists.
    pub fn value(&self, field: Field) -> Option<&str> {
        Some(match field {
            Field::Host => &self.host,
            Field::Sector => &self.sector,
            Field::Nationality => &self.nationality,
            Field::Residence => &self.residence,
            Field::PermittedStay => &self.permitted_stay_days,
            Field::Activity => &self.activity,
            Field::Role => &self.role,
            Field::Arrival(t) => &self.trips.get(t)?.arrival,
            Field::Departure(t) => &self.trips.get(t)?.departure,
            Field::SpanFrom(t, s) => &self.trips.get(t)?.spans.get(s)?.from,
            Field::SpanTo(t, s) => &self.trips.get(t)?.spans.get(s)?.to,
        })
    }

    fn slot(&mut self, field: Field) -> Option<&mut String> {
        Some(match field {
            Field::Host => &mut self.host,
            Field::Sector => &mut self.sector,
            Field::Nationality => &mut self.nationality,
            Field::Residence => &mut self.residence,
            Field::PermittedStay => &mut self.permitted_stay_days,
            Field::Activity => &mut self.activity,
            Field::Role => &mut self.role,
            Field::Arrival(t) => &mut self.trips.get_mut(t)?.arrival,
            Field::Departure(t) => &mut self.trips.get_mut(t)?.departure,
            Field::SpanFrom(t, s) => &mut self.trips.get_mut(t)?.spans.get_mut(s)?.from,
            Field::SpanTo(t, s) => &mut self.trips.get_mut(t)?.spans.get_mut(s)?.to,
        })
    }

    /// Whether nothing has been entered yet.
    pub fn is_blank(&self) -> bool {
        let CaseForm { host, sector, nationality, residence, permitted_stay_days, activity, role, trips, letter, .. } = self;
        [host, sector, nationality, residence, permitted_stay_days, activity, role, letter].iter().all(|s| s.trim().is_empty())
            && trips.iter().all(TripForm::is_blank)
    }

    /// Reads the form into a case. Every field that cannot be read gives an error and is left out of the case.
    pub fn to_case(&self, catalogue: &Catalogue) -> (Case, Vec<FieldError>) {
        let mut errors = Vec::new();
        let text = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        let mut case = Case {
            host: text(&self.host),
            sector: text(&self.sector).filter(|s| catalogue.sector(s).is_some()),
            activity: text(&self.activity),
            role: text(&self.role),
            residence: Residence::parse(self.residence.trim()),
            ..Case::default()
        };
        if let Some(n) = text(&self.nationality) {
            match check_nationality(&n, catalogue) {
                Ok(()) => case.nationality = Some(n),
                // Said next to the field that holds the name, so without repeating it.
                Err(_) => errors.push(FieldError {
                    field: Field::Nationality,
                    message: match crate::case::nationality_choices(&n, catalogue) {
                        Some(countries) => text!(FormAmbiguousNationality, countries = countries),
                        None => Msg::FormUnknownNationality.into(),
                    },
                }),
            }
        }
        if let Some(s) = text(&self.permitted_stay_days) {
            match s.parse::<u32>() {
                Ok(n) if (1..=3650).contains(&n) => case.permitted_stay_days = Some(n),
                _ => errors.push(FieldError { field: Field::PermittedStay, message: Msg::FormBadPermittedStay.into() }),
            }
        }
        for (t, trip) in self.trips.iter().enumerate().take(MAX_TRIPS) {
            if trip.is_blank() {
                continue;
            }
            let date = |field: Field, value: &str, errors: &mut Vec<FieldError>| -> Option<chrono::NaiveDate> {
                let v = value.trim();
                if v.is_empty() {
                    return None;
                }
                match parse_date(&field.id(), v) {
                    Ok(d) => Some(d),
                    Err(e) => {
                        errors.push(FieldError { field, message: e.message });
                        None
                    }
                }
            };
            let arrival = date(Field::Arrival(t), &trip.arrival, &mut errors);
            let departure = date(Field::Departure(t), &trip.departure, &mut errors);
            let mut activity_days = Vec::new();
            for (s, span) in trip.spans.iter().enumerate() {
                let from = date(Field::SpanFrom(t, s), &span.from, &mut errors);
                let to = date(Field::SpanTo(t, s), &span.to, &mut errors);
                match (from, to) {
                    (Some(f), None) if span.to.trim().is_empty() => activity_days.push(DaySpan::Day(f)),
                    (Some(f), Some(l)) if l < f => errors.push(FieldError {
                        field: Field::SpanTo(t, s),
                        message: text!(FormLastBeforeFirst, last = l.to_string(), first = f.to_string()),
                    }),
                    (Some(f), Some(l)) if (l - f).num_days() >= crate::case::MAX_RANGE_DAYS => errors.push(FieldError {
                        field: Field::SpanTo(t, s),
                        message: Msg::FormRangeTooLong.into(),
                    }),
                    (Some(f), Some(l)) => {
                        activity_days.push(if f == l { DaySpan::Day(f) } else { DaySpan::Range { from: f, to: l } })
                    }
                    (None, Some(_)) if span.from.trim().is_empty() => {
                        errors.push(FieldError { field: Field::SpanFrom(t, s), message: Msg::FormFirstDayMissing.into() })
                    }
                    _ => {}
                }
            }
            match arrival {
                Some(arrival) => case.trips.push(Trip { arrival, departure, activity_days }),
                None if trip.arrival.trim().is_empty() => {
                    errors.push(FieldError { field: Field::Arrival(t), message: Msg::FormArrivalMissing.into() })
                }
                None => {}
            }
        }
        (case, errors)
    }
}

/// Percent-encodes text for a URL (a shared link's fragment, a download's `data:` address): letters, digits and
/// `-_.~` stay, everything else is `%XX` (UTF-8).
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// The longest fragment a shared link may carry.
const MAX_FRAGMENT: usize = 20_000;

impl CaseForm {
    /// The case as a URL fragment (`case=...`), for a link that opens the page with it filled in. The letter is left
    /// out, and with it the invitee's name and travel document number: a link may be sent on, but a fragment never
    /// reaches a server.
    pub fn to_fragment(&self) -> String {
        let mut pairs: Vec<(String, &str)> = Vec::new();
        for (key, value) in [
            ("h", &self.host),
            ("s", &self.sector),
            ("n", &self.nationality),
            ("r", &self.residence),
            ("p", &self.permitted_stay_days),
            ("a", &self.activity),
            ("o", &self.role),
        ] {
            if !value.trim().is_empty() {
                pairs.push((key.to_string(), value.as_str()));
            }
        }
        for (t, trip) in self.trips.iter().enumerate() {
            pairs.push((format!("t{t}a"), &trip.arrival));
            if !trip.departure.is_empty() {
                pairs.push((format!("t{t}d"), &trip.departure));
            }
            for (i, span) in trip.spans.iter().enumerate() {
                pairs.push((format!("t{t}s{i}f"), &span.from));
                if !span.to.is_empty() {
                    pairs.push((format!("t{t}s{i}t"), &span.to));
                }
            }
        }
        let body: Vec<String> = pairs.into_iter().map(|(k, v)| format!("{k}={}", percent_encode(v))).collect();
        format!("case={}", body.join("&"))
    }

    /// A form from a fragment written by [`CaseForm::to_fragment`]; `None` if it is not one.
    pub fn from_fragment(fragment: &str) -> Option<CaseForm> {
        let body = fragment.trim_start_matches('#').strip_prefix("case=")?;
        if body.len() > MAX_FRAGMENT {
            return None;
        }
        let mut form = CaseForm { trips: Vec::new(), ..CaseForm::default() };
        for pair in body.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=')?;
            let value = percent_decode(value)?;
            let slot = match key {
                "h" => &mut form.host,
                "s" => &mut form.sector,
                "n" => &mut form.nationality,
                "r" => &mut form.residence,
                "p" => &mut form.permitted_stay_days,
                "a" => &mut form.activity,
                "o" => &mut form.role,
                _ => {
                    // t{trip}{a|d} or t{trip}s{span}{f|t}
                    let rest = key.strip_prefix('t')?;
                    let digits = rest.chars().take_while(char::is_ascii_digit).count();
                    let t: usize = rest[..digits].parse().ok()?;
                    if t >= MAX_TRIPS {
                        return None;
                    }
                    while form.trips.len() <= t {
                        form.trips.push(TripForm { spans: Vec::new(), ..TripForm::default() });
                    }
                    let trip = &mut form.trips[t];
                    match &rest[digits..] {
                        "a" => &mut trip.arrival,
                        "d" => &mut trip.departure,
                        span => {
                            let span = span.strip_prefix('s')?;
                            let digits = span.chars().take_while(char::is_ascii_digit).count();
                            let i: usize = span[..digits].parse().ok()?;
                            if i >= 100 {
                                return None;
                            }
                            while trip.spans.len() <= i {
                                trip.spans.push(SpanForm::default());
                            }
                            match &span[digits..] {
                                "f" => &mut trip.spans[i].from,
                                "t" => &mut trip.spans[i].to,
                                _ => return None,
                            }
                        }
                    }
                }
            };
            *slot = value;
        }
        if form.trips.is_empty() {
            form.trips.push(TripForm::new());
        }
        for trip in &mut form.trips {
            if trip.spans.is_empty() {
                trip.spans.push(SpanForm::default());
            }
        }
        Some(form)
    }
}

impl TripForm {
    pub fn new() -> Self {
        TripForm { spans: vec![SpanForm::default()], ..Default::default() }
    }

    pub fn is_blank(&self) -> bool {
        self.arrival.trim().is_empty()
            && self.departure.trim().is_empty()
            && self.spans.iter().all(|s| s.from.trim().is_empty() && s.to.trim().is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> CaseForm {
        CaseForm {
            host: "HKAPA".into(),
            nationality: "Japan".into(),
            activity: "performances".into(),
            role: "dancer".into(),
            trips: vec![TripForm {
                arrival: "2026-08-05".into(),
                departure: "2026-08-30".into(),
                spans: vec![SpanForm { from: "2026-08-11".into(), to: "2026-08-24".into() }],
            }],
            ..CaseForm::new()
        }
    }

    fn read(f: &CaseForm) -> (Case, Vec<FieldError>) {
        f.to_case(Catalogue::bundled())
    }

    #[test]
    fn a_filled_form_reads_into_a_case() {
        let (case, errors) = read(&form());
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(case.trips[0].days().len(), 14);
        assert_eq!(case.nationality.as_deref(), Some("Japan"));
    }

    #[test]
    fn a_suggestion_applied_to_the_form_gives_the_new_verdict_and_restore_undoes_it() {
        let cat = Catalogue::bundled();
        let today = "2026-01-15".parse().unwrap();
        let mut f = form();
        // A blank trip before the real one: the suggestion's trip counts only the trips the case has.
        f.trips.insert(0, TripForm::new());
        f.trips[1].spans = vec![SpanForm { from: "2026-08-11".into(), to: "2026-08-26".into() }];
        let before = f.clone();
        let a = crate::rules::check(&read(&f).0, cat, today);
        assert_eq!(a.verdict, crate::rules::Verdict::NotEligible);
        f.apply(Edit::Fit(a.suggestions[0]), cat);
        assert_eq!(f.trips[1].spans, vec![SpanForm { from: "2026-08-11".into(), to: "2026-08-24".into() }]);
        assert_eq!(crate::rules::check(&read(&f).0, cat, today).verdict, crate::rules::Verdict::Eligible);
        f.apply(Edit::Restore(Box::new(before.clone())), cat);
        assert_eq!(f, before);
    }

    #[test]
    fn a_letter_the_reader_could_not_read_is_kept_and_said_so_and_a_newer_reading_is_not_taken_for_an_older_one() {
        let cat = Catalogue::bundled();
        let mut f = form();
        f.apply(Edit::Letter(LETTER.into()), cat);
        assert!(f.letter_pending);
        // A reading of an older text is not applied to the newer one.
        f.apply(Edit::LetterRead("an older letter".into(), Box::new(letter::extract("Nationality: French", cat))), cat);
        assert!(f.letter_pending && f.nationality == "Japan");
        f.apply(Edit::LetterUnread(LETTER.into()), cat);
        assert!(!f.letter_pending);
        assert_eq!(f.letter, LETTER, "the letter is kept");
        assert!(f.letter_error.as_ref().is_some_and(|e| e.en().contains("could not be loaded")));
    }

    #[test]
    fn a_letter_opened_from_a_file_becomes_the_letter_and_a_file_without_text_keeps_what_was_there() {
        use crate::files::FileProblem;
        let cat = Catalogue::bundled();
        let mut f = form();
        f.apply(Edit::Letter("Dear Ms Kowalska".into()), cat);
        f.apply(Edit::LetterFile("scan.pdf".into()), cat);
        f.apply(Edit::LetterFileRead("scan.pdf".into(), Err(FileProblem::NoText)), cat);
        assert_eq!(f.letter, "Dear Ms Kowalska", "what the box held is kept");
        let said = f.letter_file_error.as_ref().unwrap().en();
        assert!(said.contains("scan.pdf") && said.contains("no text to read"), "{said}");
        // A file's text is the letter, waiting to be read as if pasted; the problem of the file before is gone.
        f.apply(Edit::LetterFile("letter.pdf".into()), cat);
        assert!(f.letter_file_error.is_none() && f.letter_file.as_deref() == Some("letter.pdf"));
        f.apply(Edit::LetterFileRead("letter.pdf".into(), Ok(LETTER.into())), cat);
        assert_eq!((f.letter.as_str(), f.letter_pending, f.letter_file.as_deref()), (LETTER, true, None));
        // The answer for a file no longer being opened changes nothing.
        f.apply(Edit::LetterFileRead("old.pdf".into(), Ok("another letter".into())), cat);
        assert_eq!(f.letter, LETTER);
        for (problem, words) in [(FileProblem::Protected, "password"), (FileProblem::Unreadable, "could not be read"), (FileProblem::TooLarge, "5 MB")] {
            f.apply(Edit::LetterFile("x.pdf".into()), cat);
            f.apply(Edit::LetterFileRead("x.pdf".into(), Err(problem)), cat);
            assert!(f.letter_file_error.as_ref().unwrap().en().contains(words), "{problem:?}");
        }
    }

    #[test]
    fn a_single_day_leaves_the_last_day_empty() {
        let mut f = form();
        f.trips[0].spans = vec![SpanForm { from: "2026-08-11".into(), to: String::new() }];
        assert_eq!(read(&f).0.trips[0].days().len(), 1);
    }

    #[test]
    fn each_problem_is_reported_on_its_own_field() {
        let mut f = form();
        f.nationality = "Narnia".into();
        f.permitted_stay_days = "ninety".into();
        f.trips[0].spans.push(SpanForm { from: "2026-08-20".into(), to: "2026-08-18".into() });
        f.trips.push(TripForm { departure: "2026-09-10".into(), ..TripForm::new() });
        let (case, errors) = read(&f);
        let fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec![Field::Nationality, Field::PermittedStay, Field::SpanTo(0, 1), Field::Arrival(1)]);
        assert!(errors[0].message.en().starts_with("This is not a nationality"), "{}", errors[0].message);
        assert_eq!(errors[2].message.en(), "The last day (2026-08-18) is before the first day (2026-08-20).");
        assert_eq!(errors[2].field.label().en(), "Trip 1: activity days 2, last day");
        assert_eq!(Field::Arrival(1).label().en(), "Trip 2: arrival");
        // What could be read is still checked.
        assert_eq!(case.trips.len(), 1);
        assert!(case.nationality.is_none());
    }

    #[test]
    fn a_blank_form_is_blank_and_has_no_errors() {
        assert!(CaseForm::new().is_blank());
        assert!(read(&CaseForm::new()).1.is_empty());
        assert!(!form().is_blank());
    }

    impl CaseForm {
        fn apply_test(&mut self, edit: Edit) {
            match edit {
                Edit::Letter(text) => self.read_letter_now(text, Catalogue::bundled()),
                edit => self.apply(edit, Catalogue::bundled()),
            }
        }
    }

    const LETTER: &str = "HONG KONG ACADEMY FOR PERFORMING ARTS\n\nDear Ms Sato,\n\nNationality: Japanese\nRole: dancer\n\
        Activity: rehearsals and performances\nYou will arrive on 5 August 2026 and perform from 11 to 24 August 2026.\n";

    #[test]
    fn a_pasted_letter_fills_the_empty_fields_and_says_where_from() {
        let mut f = CaseForm::new();
        f.apply_test(Edit::Letter(LETTER.into()));
        assert_eq!(f.host, "Hong Kong Academy for Performing Arts");
        assert_eq!(f.nationality, "JPN");
        assert_eq!(f.role, "dancer");
        assert_eq!((f.trips[0].arrival.as_str(), f.trips[0].spans[0].from.as_str(), f.trips[0].spans[0].to.as_str()), ("2026-08-05", "2026-08-11", "2026-08-24"));
        assert_eq!(f.letter_source(Field::Role).unwrap().text, "dancer");
        let (case, errors) = read(&f);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(crate::rules::check(&case, Catalogue::bundled(), "2026-01-15".parse().unwrap()).verdict, crate::rules::Verdict::Eligible);
    }

    #[test]
    fn reading_the_letter_again_keeps_what_the_user_typed() {
        let mut f = CaseForm::new();
        f.apply_test(Edit::Set(Field::Role, "choreographer".into()));
        f.apply_test(Edit::Letter(LETTER.into()));
        assert_eq!(f.role, "choreographer", "typed before the paste");
        assert!(f.letter_source(Field::Role).is_none());
        f.apply_test(Edit::Set(Field::Host, "HKAPA".into()));
        f.apply_test(Edit::Letter(LETTER.replace("Japanese", "French")));
        assert_eq!(f.host, "HKAPA", "typed after the paste");
        assert_eq!(f.nationality, "FRA", "still from the letter, so read again");
        f.apply_test(Edit::Letter(String::new()));
        assert_eq!(f.nationality, "", "a field from a letter that is gone is emptied");
        assert_eq!(f.host, "HKAPA");
    }

    #[test]
    fn a_letter_over_100_kb_is_refused_and_kept() {
        let mut f = CaseForm::new();
        let long = "x".repeat(MAX_LETTER_BYTES + 1);
        f.apply_test(Edit::Letter(long.clone()));
        assert_eq!(f.letter, long, "the paste is kept");
        assert!(f.letter_error.as_ref().unwrap().en().contains("up to 100 KB"));
        assert!(f.extraction.is_none());
        f.apply_test(Edit::Letter(LETTER.into()));
        assert!(f.letter_error.is_none());
    }

    #[test]
    fn edits_change_only_their_field_and_never_panic() {
        let mut f = CaseForm::new();
        f.apply_test(Edit::Set(Field::Host, "HKAPA".into()));
        f.apply_test(Edit::AddTrip);
        f.apply_test(Edit::Set(Field::Arrival(1), "2026-05-01".into()));
        f.apply_test(Edit::AddSpan(1));
        f.apply_test(Edit::Set(Field::SpanFrom(1, 1), "2026-05-03".into()));
        assert_eq!(f.value(Field::Host), Some("HKAPA"));
        assert_eq!(f.value(Field::SpanFrom(1, 1)), Some("2026-05-03"));
        // Out of range: ignored.
        f.apply_test(Edit::Set(Field::Arrival(9), "x".into()));
        f.apply_test(Edit::RemoveSpan(7, 0));
        assert_eq!(f.value(Field::Arrival(9)), None);
        // The last trip and the last span of a trip stay.
        f.apply_test(Edit::RemoveTrip(0));
        f.apply_test(Edit::RemoveTrip(0));
        assert_eq!(f.trips.len(), 1);
        assert_eq!(f.trips[0].arrival, "2026-05-01");
        f.apply_test(Edit::RemoveSpan(0, 0));
        f.apply_test(Edit::RemoveSpan(0, 0));
        assert_eq!(f.trips[0].spans.len(), 1);
    }

    #[test]
    fn a_shared_link_restores_the_case_but_never_the_letter() {
        let mut f = form();
        f.host = "香港演藝學院 & Co, 100%".into();
        f.trips.push(TripForm { arrival: "2026-09-01".into(), spans: vec![SpanForm { from: "2026-09-02".into(), to: String::new() }], ..TripForm::default() });
        f.read_letter_now("Name of invitee: Yuki Sato\nPassport No.: TZ1234567\n".into(), Catalogue::bundled());
        let fragment = f.to_fragment();
        assert!(!fragment.contains("TZ1234567") && !fragment.contains("Sato") && !fragment.contains("Yuki"), "{fragment}");
        let back = CaseForm::from_fragment(&format!("#{fragment}")).unwrap();
        assert_eq!(back.host, f.host);
        assert_eq!(back.trips, f.trips);
        assert_eq!(read(&back).0, read(&CaseForm { letter: String::new(), extraction: None, from_letter: Vec::new(), ..f }).0);
        assert!(back.letter.is_empty());
    }

    #[test]
    fn a_broken_or_foreign_fragment_is_ignored() {
        for bad in ["#result", "#case=x", "#case=h=%ZZ", "#case=t999a=2026-01-01", "#case=t0s1q=1"] {
            assert!(CaseForm::from_fragment(bad).is_none(), "{bad}");
        }
        assert!(CaseForm::from_fragment("#case=").is_some());
    }

    #[test]
    fn field_ids_are_unique() {
        let ids = [Field::Arrival(0), Field::Arrival(1), Field::SpanFrom(0, 1), Field::SpanTo(1, 0)].map(Field::id);
        assert_eq!(ids.iter().collect::<std::collections::HashSet<_>>().len(), 4);
    }
}
