//! What the page and its reader worker say to each other: a letter's reading ([`Extraction`]) as one string and
//! back. The page loads the letter reader on first use, in a Web Worker (`src/bin/stv-check-worker.rs`), and the
//! two halves share no memory, so the reading crosses as text.
//!
//! The format is this module's own and is read only by the same build that wrote it: each value is a tag or a
//! length-prefixed string (`5:hello`), so any character a letter holds travels unchanged. A message crosses as its
//! number in [`Msg::ALL`] and its placeholders by name, so the page can render it in any language after it arrives.

use chrono::NaiveDate;

use crate::i18n::{Arg, Msg, Name, Text, PLACEHOLDERS};
use crate::letter::{Extracted, Extraction};

/// A reading as a string.
pub fn encode(x: &Extraction) -> String {
    let mut w = String::new();
    for field in fields(x) {
        match field {
            None => w.push('-'),
            Some(e) => {
                w.push('+');
                extracted(&mut w, e);
            }
        }
    }
    number(&mut w, x.warnings.len() as i64);
    for t in &x.warnings {
        text(&mut w, t);
    }
    w
}

/// The reading a string holds; `None` for one this build did not write.
pub fn decode(s: &str) -> Option<Extraction> {
    let mut r = Reader { rest: s };
    let mut x = Extraction::default();
    for slot in fields_mut(&mut x) {
        *slot = match r.tag()? {
            '-' => None,
            '+' => Some(r.extracted()?),
            _ => return None,
        };
    }
    let n = r.number()?;
    for _ in 0..n {
        x.warnings.push(r.text()?);
    }
    r.rest.is_empty().then_some(x)
}

fn fields(x: &Extraction) -> [&Option<Extracted>; 14] {
    [
        &x.host, &x.invitee, &x.nationality, &x.travel_document, &x.activity, &x.role, &x.activity_from,
        &x.activity_to, &x.arrival, &x.departure, &x.venue, &x.remuneration, &x.letter_date, &x.signatory,
    ]
}

fn fields_mut(x: &mut Extraction) -> [&mut Option<Extracted>; 14] {
    [
        &mut x.host, &mut x.invitee, &mut x.nationality, &mut x.travel_document, &mut x.activity, &mut x.role,
        &mut x.activity_from, &mut x.activity_to, &mut x.arrival, &mut x.departure, &mut x.venue,
        &mut x.remuneration, &mut x.letter_date, &mut x.signatory,
    ]
}

fn string(w: &mut String, s: &str) {
    number(w, s.len() as i64);
    w.push_str(s);
}

fn number(w: &mut String, n: i64) {
    w.push_str(&n.to_string());
    w.push(':');
}

fn extracted(w: &mut String, e: &Extracted) {
    string(w, &e.value);
    string(w, &e.text);
    number(w, e.start as i64);
    number(w, e.end as i64);
    number(w, i64::from(e.confidence.to_bits()));
}

fn text(w: &mut String, t: &Text) {
    number(w, t.msg as i64);
    number(w, t.args.len() as i64);
    for (name, arg) in &t.args {
        string(w, name);
        match arg {
            Arg::Str(s) => {
                w.push('s');
                string(w, s);
            }
            Arg::Num(n) => {
                w.push('n');
                number(w, *n);
            }
            Arg::Date(d) => {
                w.push('d');
                string(w, &d.to_string());
            }
            Arg::Days(n) => {
                w.push('y');
                number(w, *n);
            }
            Arg::Name(name) => {
                w.push('m');
                string(w, &name.en);
                match &name.zh {
                    Some(zh) => {
                        w.push('+');
                        string(w, zh);
                    }
                    None => w.push('-'),
                }
            }
            Arg::Text(t) => {
                w.push('t');
                text(w, t);
            }
            Arg::List(items) => {
                w.push('l');
                number(w, items.len() as i64);
                for t in items {
                    text(w, t);
                }
            }
        }
    }
}

struct Reader<'a> {
    rest: &'a str,
}

impl Reader<'_> {
    fn tag(&mut self) -> Option<char> {
        let c = self.rest.chars().next()?;
        self.rest = &self.rest[c.len_utf8()..];
        Some(c)
    }

    fn number(&mut self) -> Option<i64> {
        let (n, rest) = self.rest.split_once(':')?;
        self.rest = rest;
        n.parse().ok()
    }

    fn string(&mut self) -> Option<String> {
        let len = usize::try_from(self.number()?).ok()?;
        let s = self.rest.get(..len)?;
        self.rest = &self.rest[len..];
        Some(s.to_string())
    }

    fn extracted(&mut self) -> Option<Extracted> {
        Some(Extracted {
            value: self.string()?,
            text: self.string()?,
            start: usize::try_from(self.number()?).ok()?,
            end: usize::try_from(self.number()?).ok()?,
            confidence: f32::from_bits(u32::try_from(self.number()?).ok()?),
        })
    }

    fn text(&mut self) -> Option<Text> {
        let msg = *Msg::ALL.get(usize::try_from(self.number()?).ok()?)?;
        let n = self.number()?;
        let mut args = Vec::new();
        for _ in 0..n {
            let name = self.string()?;
            // Back to the build's own placeholder name, which a Text holds as `&'static str`.
            let name: &'static str = PLACEHOLDERS.iter().copied().find(|p| *p == name)?;
            let arg = match self.tag()? {
                's' => Arg::Str(self.string()?),
                'n' => Arg::Num(self.number()?),
                'd' => Arg::Date(self.string()?.parse::<NaiveDate>().ok()?),
                'y' => Arg::Days(self.number()?),
                'm' => {
                    let en = self.string()?;
                    let zh = match self.tag()? {
                        '+' => Some(self.string()?),
                        '-' => None,
                        _ => return None,
                    };
                    Arg::Name(Name { en, zh })
                }
                't' => Arg::Text(Box::new(self.text()?)),
                'l' => {
                    let count = self.number()?;
                    let mut items = Vec::new();
                    for _ in 0..count {
                        items.push(self.text()?);
                    }
                    Arg::List(items)
                }
                _ => return None,
            };
            args.push((name, arg));
        }
        Some(Text { msg, args })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Catalogue;

    #[test]
    fn a_reading_crosses_unchanged_whatever_the_letter_holds() {
        let letters = [
            "HONG KONG ACADEMY FOR PERFORMING ARTS\n\nDear Ms Sato,\nNationality: Japanese\nRole: dancer\n\
             You will arrive on 5 August 2026 and perform from 11 to 24 August 2026.\n",
            "康樂及文化事務署\n閣下（加拿大籍）擔任評判，活動日期：2026年5月4日至8日。\n",
            "Dates: 04/05/2026 to 08/05/2026\u{0}\u{1f}9:12:: 5:abc",
            "",
        ];
        for letter in letters {
            let x = crate::letter::extract(letter, Catalogue::bundled());
            assert_eq!(decode(&encode(&x)).as_ref(), Some(&x), "{letter:?}");
        }
    }

    #[test]
    fn every_kind_of_argument_crosses() {
        let d: NaiveDate = "2026-08-24".parse().unwrap();
        let inner = crate::text!(DateLong, day = 24u32, month = Msg::DateMonth8, year = 2026i64);
        let mut x = Extraction::default();
        x.warnings.push(crate::text!(
            FitWindow,
            weekday = Arg::Name(Name { en: "Monday".into(), zh: Some("星期一".into()) }),
            date = Arg::List(vec![inner.clone(), Text { msg: Msg::WeekdayMon, args: vec![] }])
        ));
        x.warnings.push(crate::text!(FitStayDeparture, weekday = Arg::Days(-3), date = d));
        x.warnings.push(crate::text!(FitScheme, weekday = Arg::Text(Box::new(inner)), date = Arg::Name(Name { en: "x".into(), zh: None })));
        assert_eq!(decode(&encode(&x)), Some(x));
    }

    #[test]
    fn a_string_this_build_did_not_write_is_refused() {
        for s in ["", "+", "-----", "x", "--------------1:", "--------------99999999:"] {
            assert_eq!(decode(s), None, "{s:?}");
        }
    }
}
