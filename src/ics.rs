//! The dates that matter, as a calendar file (iCalendar, RFC 5545) made on the device: for each trip, the first and
//! last activity days, the last day of the 14-day window and the last day of the permitted stay, as all-day events.
//!
//! The file holds nothing the visitor did not type but the dates the checker worked out and the host's name as
//! typed: no name, no travel document. Lines end in CRLF and are folded at 75 octets, text is escaped, and every
//! event has the UID and DTSTAMP the standard requires, so that the common calendar apps import it cleanly.

use chrono::{Datelike, Days, NaiveDate};

use crate::i18n::{Lang, Msg, Text};
use crate::rules::Assessment;
use crate::text;

/// The calendar file for an assessed case. `host` is the host as typed (or nothing); `stamp` is today's date, for
/// DTSTAMP.
pub fn calendar(assessment: &Assessment, host: Option<&str>, lang: Lang, stamp: NaiveDate) -> String {
    let host_part = |h: Option<&str>| -> Text {
        match h.map(str::trim).filter(|h| !h.is_empty()) {
            Some(h) => text!(FitEventHost, host = h),
            None => text!(FitEventNoHost),
        }
    };
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//stv-check//STV Scheme check//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    for (t, trip) in assessment.trips.iter().enumerate() {
        let mut events: Vec<(&str, NaiveDate, String)> = Vec::new();
        if let (Some(first), Some(last)) = (trip.activity_days.first(), trip.activity_days.last()) {
            events.push(("first", *first, text!(FitEventFirst, host = host_part(host)).render(lang)));
            if last != first {
                events.push(("last", *last, text!(FitEventLast, host = host_part(host)).render(lang)));
            }
        }
        if let Some(end) = trip.window_end {
            events.push(("window-end", end, Msg::FitEventWindowEnd.in_(lang).to_string()));
        }
        if let Some(end) = trip.last_permitted_day {
            events.push(("stay-end", end, Msg::FitEventStayEnd.in_(lang).to_string()));
        }
        for (kind, date, summary) in events {
            line(&mut out, "BEGIN:VEVENT");
            line(&mut out, &format!("UID:{}-trip{}-{kind}@stv-check.local", basic(date), t + 1));
            line(&mut out, &format!("DTSTAMP:{}T000000Z", basic(stamp)));
            line(&mut out, &format!("DTSTART;VALUE=DATE:{}", basic(date)));
            line(&mut out, &format!("DTEND;VALUE=DATE:{}", basic(date + Days::new(1))));
            line(&mut out, &format!("SUMMARY:{}", escape(&summary)));
            line(&mut out, &format!("DESCRIPTION:{}", escape(Msg::FitEventDescription.in_(lang))));
            line(&mut out, "TRANSP:TRANSPARENT");
            line(&mut out, "END:VEVENT");
        }
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// A date as iCalendar writes it: 20260824.
fn basic(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped in text.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// RFC 5545 3.1: a content line of more than 75 octets is folded (CRLF and a space), never inside a character.
fn line(out: &mut String, content: &str) {
    let mut octets = 0;
    for c in content.chars() {
        if octets + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_between_characters_and_text_is_escaped() {
        let mut out = String::new();
        line(&mut out, &format!("SUMMARY:{}", "康樂及文化事務署".repeat(6)));
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{l:?} has {} octets", l.len());
        }
        assert_eq!(escape("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }
}
