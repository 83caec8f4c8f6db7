//! The host: a labelled value, the letterhead, the signature's organisation, or an organisation the letter names,
//! matched against the catalogue.

use super::cues::*;
use super::layout::{cells, split_two_spaces, Labelled};
use super::text::{fold, phrase_until, Text};
use super::confidence::{Reason, CATALOGUE, FAIR, GUESS};
use super::{lookup, Extracted};
use crate::catalogue::names::{is_capital, is_letter};
use crate::catalogue::{Catalogue, Organisation};

/// Whether a line looks like an organisation's name.
pub(super) fn looks_like_organisation(line: &str) -> bool {
    let words: Vec<&str> = line.split(|c: char| !is_letter(c)).filter(|w| !w.is_empty()).collect();
    let cjk = !line.is_ascii();
    // (Without the words that hold an organisation's word and name none: "簽署" holds 署.)
    let cjk_line = if cjk { ORGANISATION_NOT_ORGANISATION_WORDS.iter().fold(line.to_string(), |l, w| l.replace(w, " ")) } else { String::new() };
    line.chars().count() <= 90
        && !line.starts_with("dear")
        && ORGANISATION_WORDS.iter().any(|w| if cjk && !w.is_ascii() { cjk_line.contains(w) } else { words.contains(w) })
}

/// A department, school or faculty of a university ("Department of Music", "香港中文大學音樂系"): part of the
/// organisation, not the organisation.
fn is_academic_unit(line: &str) -> bool {
    let line = line.trim().trim_start_matches("the ");
    // (A school, 學院, with its university in its name, "香港中文大學中醫學院", is read as that university; alone,
    // "電影學院", it is a unit of a university the letter names elsewhere.)
    let names_its_university = line.contains("大學") || line.contains("大学");
    ORGANISATION_ACADEMIC_UNITS.iter().any(|u| if u.is_ascii() { line.starts_with(u) } else { line.ends_with(u) && !(u.ends_with('院') && names_its_university) })
}

/// The university a department belongs to, when the host read is the department: "Academy of Visual Arts, Hong Kong
/// Baptist University" on one line, or "Department of Physics" above "The Chinese University of Hong Kong".
fn university_of_unit(text: &Text, s: usize, e: usize) -> Option<(usize, usize)> {
    let (s, e) = text.trim(s, e);
    let name = text.lower_str(s, e);
    let organisation = |line: &str| looks_like_organisation(line) && !is_academic_unit(line) && !line.chars().any(|c| c.is_ascii_digit() || c == '@');
    if let Some(comma) = (s..e).find(|&i| text.lower[i] == ',') {
        let (before, after) = (text.lower_str(s, comma), text.trim(comma + 1, e));
        if is_academic_unit(before) && organisation(text.lower_str(after.0, after.1)) {
            return Some(after);
        }
    }
    if !is_academic_unit(name) {
        return None;
    }
    // "School of Law | City University of Hong Kong" (a signature's line, wherever the unit was read): the university
    // after a bar or a comma on a line the unit starts.
    let len = name.chars().count();
    for p in text.find_all(name) {
        let (ls, le) = text.lines[text.line_of(p)];
        let starts_line = text.lower_str(ls, p).trim().is_empty();
        let Some(bar) = (p + len..le).find(|&i| matches!(text.lower[i], '|' | '｜' | ',')).filter(|_| starts_line) else { continue };
        let (us, ue) = text.trim(bar + 1, le);
        let ue = (us..ue).find(|&i| matches!(text.lower[i], '|' | '｜' | ',')).map_or(ue, |b| text.trim(us, b).1);
        if ue > us && organisation(text.lower_str(us, ue)) {
            return Some((us, ue));
        }
    }
    // (Where the name is a line of its own, in a letterhead or a signature, not a phrase of the body.)
    let found = text.find_all(name).filter(|&p| text.lower_str(text.lines[text.line_of(p)].0, text.lines[text.line_of(p)].1).trim() == name.trim()).find_map(|p| {
        let l = text.line_of(p);
        (l + 1..text.lines.len()).take_while(|&k| !text.is_blank(k)).take(2).find_map(|k| {
            let (ks, ke) = text.trim(text.lines[k].0, text.lines[k].1);
            organisation(text.lower_str(ks, ke)).then_some((ks, ke))
        })
    });
    found.or_else(|| university_named_apart(text))
}

/// A university named on a line of its own where the sender writes: under the letter's sign-off, else as the letter's
/// first line (its letterhead). Not the lines of an address at the head, which may be the addressee's own university.
fn university_named_apart(text: &Text) -> Option<(usize, usize)> {
    let university = |l: usize| {
        let (s, e) = text.trim(text.lines[l].0, text.lines[l].1);
        let line = text.lower_str(s, e);
        (names_a_university(line) && looks_like_organisation(line) && !is_academic_unit(line) && !line.chars().any(|c| c.is_ascii_digit() || c == '@')).then_some((s, e))
    };
    let below = sign_off(text).and_then(|l| (l + 1..text.lines.len()).find_map(university));
    below.or_else(|| text.content_lines.iter().copied().find(|&l| l >= text.letter_start).and_then(university))
}

/// The university named last in "<unit>, <unit>, <university>" from `s`, before the clause goes on (", I am", " we ").
fn university_after_its_units(text: &Text, s: usize) -> Option<(usize, usize)> {
    let (_, e) = phrase_until(text, s, &[" i ", " we ", " is ", " to "], 160);
    let parts: Vec<(usize, usize)> = {
        let mut out = Vec::new();
        let mut at = s;
        for i in s..=e {
            if i == e || text.lower[i] == ',' {
                out.push(text.trim(at, i));
                at = i + 1;
            }
        }
        out
    };
    if parts.len() < 2 {
        return None;
    }
    // (The last part before the clause's verb may be empty: "…, The University of Hong Kong, I am".)
    let parts: Vec<(usize, usize)> = parts.into_iter().filter(|&(a, b)| b > a).collect();
    let &(us, ue) = parts.last()?;
    let name = text.lower_str(us, ue);
    (names_a_university(name) && looks_like_organisation(name) && is_academic_unit_or_centre(text.lower_str(parts[0].0, parts[0].1))).then_some((us, ue))
}

/// Whether a name is a university's: "The University of Hong Kong", "Lingnan University", "香港浸會大學".
fn names_a_university(name: &str) -> bool {
    name.split(|c: char| !c.is_alphabetic()).any(|w| w == "university") || name.ends_with("大學") || name.ends_with("大学")
}

/// A university's part: a department, school or faculty, or a centre or institute of it.
fn is_academic_unit_or_centre(name: &str) -> bool {
    let name = name.trim().trim_start_matches("the ");
    is_academic_unit(name) || ["centre for ", "center for ", "institute for ", "institute of ", "centre of "].iter().any(|u| name.starts_with(u))
}

/// An organisation without its unit: in brackets after it, in either script ("City University of Hong Kong (School of
/// Creative Media)"); in Chinese, run on after it, "香港大學建築學院" is 香港大學, "香港科技园公司 创新挑战赛秘书处" is
/// 香港科技园公司.
fn without_its_unit(text: &Text, s: usize, e: usize) -> (usize, usize) {
    let name = text.lower_str(s, e);
    // "香港教育大學（文化與創意藝術學系）", "City University of Hong Kong (School of Creative Media)": the organisation
    // before its unit in brackets.
    if let Some((before, unit)) = name.strip_suffix(')').and_then(|n| n.rsplit_once('(')) {
        let unit = unit.trim();
        let unit_ends = ORGANISATION_CJK_UNIT_ENDS.iter().any(|u| unit.ends_with(u))
            || is_academic_unit_or_centre(unit)
            || ORGANISATION_UNITS.iter().any(|u| unit.ends_with(&format!(" {u}")));
        if unit_ends && !before.trim().is_empty() && (names_a_university(before.trim()) || looks_like_organisation(before.trim())) {
            return text.trim(s, s + before.chars().count());
        }
    }
    if name.is_ascii() || !ORGANISATION_CJK_UNIT_ENDS.iter().any(|u| name.ends_with(u)) {
        return (s, e);
    }
    // The university before its school.
    if let Some(b) = ["大學", "大学"].iter().filter_map(|u| name.find(u).map(|b| b + u.len())).min().filter(|&b| b < name.len()) {
        return (s, s + name[..b].chars().count());
    }
    // An organisation and its unit, apart by a space.
    match name.find([' ', '\u{3000}']) {
        Some(b) if name[..b].trim().chars().count() >= 4 => text.trim(s, s + name[..b].chars().count()),
        _ => (s, e),
    }
}

/// The organisation after a post and its comma: "Programme Manager, Hong Kong Fringe Club" is the Club.
fn without_a_post_before(text: &Text, s: usize, e: usize) -> (usize, usize) {
    let Some(c) = (s..e).find(|&i| text.lower[i] == ',') else { return (s, e) };
    let before = text.lower_str(s, c);
    let after = text.lower_str(c + 1, e);
    let post = before.split_whitespace().any(|w| PEOPLE_POSTS.contains(&w)) && !looks_like_organisation(before);
    if post && looks_like_organisation(after) { text.trim(c + 1, e) } else { (s, e) }
}

/// One reading of the host: where it is written, and how it was found.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    start: usize,
    end: usize,
    /// Sure-footed when the catalogue does not know the name: a label, a letterhead the signature repeats.
    confidence: f32,
    reason: Option<Reason>,
}

/// The host: a labelled value, the letterhead, the organisation under the signature, the organisation the letter
/// names as itself ("On behalf of ...", "本署"), or an authorised organisation the letter names; matched against the
/// catalogue loosely, with "did you mean" when only close.
/// A letterhead's line of two parts set far apart by three spaces or more ("HONG KONG BAPTIST UNIVERSITY          Department
/// of Music") or an ideographic space: the organisation is the first, the part that names one. Any other host as it is.
pub(super) fn first_of_two_parts(text: &Text, h: Extracted) -> Extracted {
    // (Or by an ideographic space, as wide as two: "香港藝術發展局　Hong Kong Arts Development Council　　　第1頁".)
    let gap = (h.value == text.slice(h.start, h.end)).then(|| (h.start..h.end.saturating_sub(1)).find(|&i| text.original[i] == '\u{3000}' || text.original.get(i..i + 3).is_some_and(|w| w.iter().all(|&c| c == ' ')))).flatten();
    match gap.filter(|&g| looks_like_organisation(text.lower_str(h.start, g))).and_then(|g| text.extracted(h.start, g, None, h.confidence)) {
        Some(first) => Extracted { reason: h.reason, ..first },
        None => h,
    }
}

pub(super) fn find(text: &Text, label: Option<Labelled>, catalogue: &Catalogue, warnings: &mut Vec<crate::i18n::Text>) -> Option<Extracted> {
    // "Issued by:" over "Rachel CHOW" and her post and organisation: the organisation in the lines under the person.
    let label = label.map(|x| match organisation_under_a_person(text, x.start, x.end) {
        Some((s, e)) => Labelled { start: s, end: e, ..x },
        None => x,
    });
    let chosen = match label {
        Some(x) => Some(Candidate { start: x.start, end: x.end, confidence: x.confidence(), reason: x.several.then_some(Reason::Competing) }),
        // (A government department, "Department of Health", is an organisation the catalogue knows, no university's.)
        None => candidate(text, catalogue).map(|c| match university_of_unit(text, c.start, c.end).filter(|_| lookup::host_exact(catalogue, &text.slice(c.start, c.end)).is_none()) {
            Some((s, e)) => Candidate { start: s, end: e, confidence: FAIR.min(c.confidence.max(GUESS)), reason: Some(Reason::Prose) },
            None => c,
        }),
    }?;
    let (s, e) = text.trim(chosen.start, chosen.end);
    let (s, e) = without_its_unit(text, s, e);
    let (s, e) = without_a_post_before(text, s, e);
    let written = text.slice(s, e);
    let known = |a: usize, b: usize| lookup::host_exact(catalogue, &text.slice(a, b)).is_some();
    // A list's "how a name goes=the organisation it is", read against this name by `matches`.
    let listed = |list: &[&str], matches: fn(&str, &str) -> bool| {
        let name = text.lower_str(s, e);
        list.iter().filter_map(|w| w.split_once('=')).find(|(part, _)| matches(name.trim(), part)).and_then(|(_, org)| lookup::host_exact(catalogue, org))
    };
    // "Kwun Tong District Office", "沙田民政事務處": an office of an organisation the catalogue lists is that organisation.
    let office_of = || listed(ORGANISATION_OFFICES_OF, |name, end| name.ends_with(end));
    // "康文署文化節目組": a name that starts with a department's short name is that department's (unsure).
    let short_name_of = || listed(ORGANISATION_CJK_SHORT_NAMES, |name, short| name.starts_with(short));
    let found = if let Some(org) = lookup::host_exact(catalogue, &written) {
        text.extracted(s, e, Some(org.name_en.clone()), CATALOGUE.max(chosen.confidence))
    } else if let Some((org, a, b)) = (s..e).find(|&i| matches!(text.original[i], '(' | '（')).and_then(|i| {
        // "Hong Kong Observatory (Training Section, Forecasting Division)": the organisation before its unit in
        // brackets; "香港文化博物馆（康乐及文化事务署）": a unit before its organisation in brackets.
        let close = (i + 1..e).find(|&k| matches!(text.original[k], ')' | '）')).unwrap_or(e);
        [text.trim(s, i), text.trim(i + 1, close)].into_iter().find_map(|(a, b)| Some((lookup::host_exact(catalogue, &text.slice(a, b))?, a, b)))
    }) {
        text.extracted(a, b, Some(org.name_en.clone()), CATALOGUE.max(chosen.confidence))
    } else if let Some(org) = short_name_of() {
        text.extracted(s, e, Some(org.name_en.clone()), GUESS).map(|x| x.doubt(Reason::CloseName))
    } else if let Some(org) = office_of() {
        text.extracted(s, e, Some(org.name_en.clone()), CATALOGUE.max(chosen.confidence))
    } else if let Some((org, a, b)) = known_prefix(text, s, e, &known).and_then(|(a, b)| Some((lookup::host_exact(catalogue, &text.slice(a, b))?, a, b))) {
        // "主辦單位：香港演藝學院舞蹈學院": the Academy's school of dance is the Academy.
        text.extracted(a, b, Some(org.name_en.clone()), CATALOGUE.max(chosen.confidence))
    } else if let Some((org, a)) = (s + 1..e).filter(|&k| text.original[k - 1] == ' ').find_map(|k| Some((lookup::host_exact(catalogue, &text.slice(k, e))?, k))) {
        // "Centre for Health Protection of the Department of Health", "for Director of the Hong Kong Observatory":
        // an organisation the catalogue knows, named last, is the one the rest is of.
        text.extracted(a, e, Some(org.name_en.clone()), FAIR.min(chosen.confidence.max(GUESS))).map(|x| x.doubt(Reason::Prose))
    } else if let Some(org) = head_of(text, s).then(|| lookup::headed_by(catalogue, &written)).flatten() {
        text.extracted(s, e, Some(org.name_en.clone()), GUESS).map(|x| x.doubt(Reason::Prose))
    } else if let Some(org) = lookup::close_host(catalogue, &written) {
        warnings.push(crate::text!(LetterHostReadAs, written = &written, host = &org.name_en));
        text.extracted(s, e, Some(org.name_en.clone()), GUESS).map(|x| x.doubt(Reason::CloseName))
    } else {
        text.extracted(s, e, None, chosen.confidence)
    }?;
    let found = match chosen.reason {
        Some(r) => found.doubt(r),
        None => found,
    };
    Some(in_the_letters_script(text, catalogue, found))
}

/// When a host's label names a person ("Issued by:" / "Rachel CHOW" / "Head of Programme Partnerships" / "Hong Kong
/// Science and Technology Parks Corporation"), the organisation named in the few lines under it, in the same block.
/// Whether a name opens with a person's title: "Dr Richard WESLEY", "Ms Rachel CHOW".
fn opens_with_an_honorific(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("");
    PEOPLE_HONORIFICS.contains(&crate::catalogue::names::lowercase(first.trim_end_matches('.')).as_str())
}

fn organisation_under_a_person(text: &Text, s: usize, e: usize) -> Option<(usize, usize)> {
    let value = text.slice(s, e);
    let words: Vec<&str> = value.split_whitespace().collect();
    let honorific = opens_with_an_honorific(&value);
    let surname_in_capitals = (2..=4).contains(&words.len()) && words.iter().any(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '-'))
        && words.iter().all(|w| w.chars().next().is_some_and(is_capital));
    if !(honorific || surname_in_capitals) || looks_like_organisation(text.lower_str(s, e)) {
        return None;
    }
    let l = text.line_of(s);
    (l + 1..text.lines.len()).take_while(|&m| !text.is_blank(m)).take(3).find_map(|m| {
        let (ms, me) = text.trim(text.lines[m].0, text.lines[m].1);
        let line = text.lower_str(ms, me);
        (looks_like_organisation(line) && !line.contains('@') && !line.chars().any(|c| c.is_ascii_digit())).then_some((ms, me))
    })
}

/// The likeliest host when no label names it; never the letter's word for itself alone ("本學院", "我团", "the
/// Festival"), which names no one: the organisation under the signature or an e-mail's sender instead, else none.
fn candidate(text: &Text, catalogue: &Catalogue) -> Option<Candidate> {
    // A chat's organiser says whom they write for ("Mandy here from Hong Kong Harbour Jazz Festival").
    let from_chat = || {
        let (start, end) = super::chat::Chat::of(text)?.organisation(text)?;
        Some(Candidate { start, end, confidence: GUESS, reason: Some(Reason::ChatSender) })
    };
    let Some(c) = likeliest(text, catalogue) else { return from_chat() };
    // (In a chat, a name in no message, on a sender's line or the export's title, "梁嘉慧（香港公共图书馆） 14:31", is
    // the organiser's affiliation as the chat shows it: read as the chat's organisation.)
    if super::chat::Chat::of(text).is_some_and(|chat| chat.on_a_senders_line(text, c.start)) {
        if let Some(found) = from_chat() {
            return Some(found);
        }
    }
    let named = text.lower_str(c.start, c.end);
    let named = named.trim();
    let cjk_self = named.starts_with(['本', '我']) && named.chars().count() <= 6 && lookup::host_exact(catalogue, named).is_none();
    let latin_self = ORGANISATION_SELF_REFERENCES.iter().any(|r| *r == named)
        || named.strip_prefix("the ").is_some_and(|rest| !rest.contains(' ') && ORGANISATION_WORDS.contains(&rest));
    if !(cjk_self || latin_self) {
        return Some(c);
    }
    let elsewhere = signature_organisation(text)
        .map(|(s, e)| organisation_part(text, s, e))
        .map(|(s, e)| parent_of(text, s, e))
        .or_else(|| super::layout::sender(text).filter(|&(s, e)| looks_like_organisation(text.lower_str(s, e))))
        .filter(|&(s, e)| {
            let other = text.lower_str(s, e);
            other.trim() != named && !other.trim().starts_with(['本', '我'])
        })
        // (In a chat, the organisation its organiser writes for: "Tiffany from the Hong Kong Observatory here … The
        // Observatory would like to invite you".)
        .or_else(|| super::chat::Chat::of(text)?.organisation(text));
    elsewhere.map(|(start, end)| Candidate { start, end, confidence: GUESS, reason: Some(Reason::SelfReference) })
}

/// Of a signature's line, the organisation: the part of "节目经理｜香港舞蹈团" that names one, without a post at its end
/// ("電影學院總監" is 電影學院).
fn organisation_part(text: &Text, s: usize, e: usize) -> (usize, usize) {
    let parts = bar_parts(text, s, e);
    let (s, mut e) = parts.iter().copied().rev().find(|&(a, b)| b > a && looks_like_organisation(text.lower_str(a, b))).unwrap_or((s, e));
    let name = text.lower_str(s, e);
    if let Some(post) = PEOPLE_CJK_POSTS.iter().filter(|p| !p.is_ascii() && name.ends_with(*p) && name.chars().count() > p.chars().count() + 1).max_by_key(|p| p.chars().count()) {
        e -= post.chars().count();
    }
    (s, e)
}

fn likeliest(text: &Text, catalogue: &Catalogue) -> Option<Candidate> {
    let known = |s: usize, e: usize| lookup::host_exact(catalogue, &text.slice(s, e)).is_some();
    let sure = |s: usize, e: usize| Some(Candidate { start: s, end: e, confidence: CATALOGUE, reason: None });
    let head = letterhead(text, &known);
    // "發展局 / 古物古蹟辦事處", "DEVELOPMENT BUREAU / 發展局 / Antiquities and Monuments Office": a listed policy bureau
    // over a listed office of it, each on a line of its own; the office writes.
    if let Some((hs, he)) = head {
        let bureau = |o: &crate::catalogue::Organisation| o.name_en.ends_with("Bureau");
        let first = lookup::host_exact(catalogue, &text.slice(hs, he)).filter(|o| bureau(o));
        // (Within the letterhead's block: not the addressee's university under it.)
        let below = (text.line_of(hs) + 1..text.lines.len()).take_while(|&l| !text.is_blank(l)).take(3).find_map(|l| {
            let (s, e) = text.trim(text.lines[l].0, text.lines[l].1);
            lookup::host_exact(catalogue, &text.slice(s, e)).filter(|o| !bureau(o)).map(|_| (s, e))
        });
        if let Some((s, e)) = below.filter(|_| first.is_some()) {
            return sure(s, e);
        }
    }
    // A letterhead or signature line the catalogue knows, whole or in part ("香港演藝學院  THE HONG KONG ACADEMY ...",
    // "Conference Office, Home Affairs Department", "Programme Office of the Arts Development Council").
    let signature = signature_organisation(text);
    for (s, e) in head.into_iter().chain(signature) {
        if let Some((s, e)) = known_part(text, s, e, &known) {
            return sure(s, e);
        }
    }
    // (Or one part of a signature's line parted by bars: "School of Dance | HKAPA"; unsure, as the part may name a
    // sponsor: "Supported by | Hong Kong Arts Development Council".)
    if let Some((s, e)) = signature_bar_parts(text).into_iter().find(|&(s, e)| e > s && known(s, e)) {
        return Some(Candidate { start: s, end: e, confidence: GUESS, reason: Some(Reason::Prose) });
    }
    // An agent's letterhead and signature, and the authorised organisation it writes for.
    if let Some((s, e)) = written_for(text, &known) {
        return Some(Candidate { start: s, end: e, confidence: GUESS, reason: Some(Reason::Prose) });
    }
    // "香港中文大學音樂系 / Department of Music / The Chinese University of Hong Kong": an academic department heads
    // the letter and the university it belongs to is named in the lines under it; the university is the host.
    if let Some((hs, he)) = head {
        let first = text.line_of(hs);
        if is_academic_unit(text.lower_str(hs, he)) {
            for l in (first + 1..text.lines.len()).take_while(|&l| !text.is_blank(l)).take(4) {
                let (s, e) = text.trim(text.lines[l].0, text.lines[l].1);
                let line = text.lower_str(s, e);
                if looks_like_organisation(line) && !is_academic_unit(line) && !line.chars().any(|c| c.is_ascii_digit() || c == '@') {
                    return Some(Candidate { start: s, end: e, confidence: FAIR, reason: Some(Reason::Prose) });
                }
            }
        }
    }
    // "沙田民政事務處 / SHA TIN DISTRICT OFFICE / 民政事務總署 Home Affairs Department": an office heads the letter and
    // its department, which the catalogue knows, is named in the lines under it.
    // (The line is the department's name, whole or in each language: "康樂及文化事務署資助團體", a body it funds, is not.)
    if let Some((hs, _)) = head {
        let first = text.line_of(hs);
        for l in (first + 1..text.lines.len()).take_while(|&l| !text.is_blank(l)).take(5) {
            let (s, e) = text.trim(text.lines[l].0, text.lines[l].1);
            // Where the script changes, spaces aside: "民政事務總署 Home Affairs Department".
            let first_ascii = text.original.get(s).is_some_and(|c| c.is_ascii());
            let script_change = (s..e).find(|&i| !text.original[i].is_whitespace() && text.original[i].is_ascii() != first_ascii);
            let split = script_change.map(|c| [text.trim(s, c), text.trim(c, e)]);
            let whole = known(s, e).then_some((s, e));
            let part = split.and_then(|parts| parts.into_iter().find(|&(ps, pe)| pe > ps && known(ps, pe)));
            if let Some((s, e)) = whole.or(part) {
                return sure(s, e);
            }
        }
    }
    // "香港藝術節" heading the letter and signing it: the organisation, whatever the body calls itself.
    if let (Some((hs, he)), Some((ss, se))) = (head, signature) {
        let (a, b) = (text.lower_str(hs, he), text.lower_str(ss, se));
        if !a.trim().is_empty() && a.trim() == b.trim() {
            // (In full where the letter writes it so: "香港中樂團有限公司謹此邀請".)
            let (s, e) = full_form(text, hs, he);
            return Some(Candidate { start: s, end: e, confidence: FAIR, reason: None });
        }
    }
    // "for Director of Leisure and Cultural Services" signing: the department the post heads (looked up in `find`).
    if let Some((s, e)) = signed_for_head(text).filter(|&(s, e)| lookup::headed_by(catalogue, &text.slice(s, e)).is_some()) {
        return Some(Candidate { start: s, end: e, confidence: GUESS, reason: Some(Reason::Prose) });
    }
    // The letter names itself: "On behalf of the Hong Kong Shipowners Association", "本會謹邀請".
    if let Some(c) = named_as_itself(text, head.is_some(), &known) {
        // "On behalf of the Organising Committee", signed "Chairman, Organising Committee / Hong Kong DanceSport
        // Association": a committee or office with no name of its own is the organisation that signs.
        let named = text.lower_str(c.start, c.end);
        let named = named.trim().trim_start_matches("the ").trim();
        if ORGANISATION_UNITS.contains(&named) {
            let below = signature.map(|(s, e)| parent_of(text, s, e)).filter(|&(s, e)| text.lower_str(s, e).trim().trim_start_matches("the ") != named);
            if let Some((s, e)) = below.or(head.map(|(s, e)| parent_of(text, s, e))) {
                return Some(Candidate { start: s, end: e, confidence: GUESS, reason: Some(Reason::Prose) });
            }
        }
        // "中英劇團誠邀閣下" under the letterhead "中英劇團有限公司": the letterhead's full name.
        if let Some((hs, he)) = head {
            let head_name = text.lower_str(hs, he);
            let head_name = head_name.trim();
            let named = text.lower_str(c.start, c.end);
            let named = named.trim();
            let rest = head_name.strip_prefix(named).map(str::trim);
            if !named.is_empty() && rest.is_some_and(|r| ORGANISATION_LEGAL_SUFFIXES.contains(&r)) {
                return Some(Candidate { start: hs, end: he, confidence: c.confidence, reason: c.reason });
            }
        }
        // "The Company is pleased to invite you" under "HONG KONG DANCE COMPANY LIMITED": the letterhead it refers to.
        // (Or under "香港管弦樂團 / Hong Kong Philharmonic Orchestra": the letterhead in its other language, the line
        // below, names it; the letterhead's first line is the host.)
        if let Some((hs, he)) = head {
            let named = text.lower_str(c.start, c.end);
            let noun = named.trim().strip_prefix("the ").unwrap_or("").trim();
            let next_line = text.line_of(hs) + 1;
            let below = (next_line < text.lines.len() && !text.is_blank(next_line)).then(|| text.lower_str(text.lines[next_line].0, text.lines[next_line].1));
            let names_it = |line: &str| line.split_whitespace().any(|w| w == noun);
            if !noun.is_empty() && !noun.contains(' ') && (names_it(text.lower_str(hs, he)) || below.is_some_and(|b| looks_like_organisation(b) && names_it(b))) {
                return Some(Candidate { start: hs, end: he, confidence: FAIR, reason: Some(Reason::SelfReference) });
            }
        }
        // "on behalf of the Academy of Film" under the letterhead "Hong Kong Baptist University / Academy of Film": a
        // unit named below the letterhead's first line is part of it, and the letterhead's organisation is the host.
        if let Some((hs, he)) = head {
            let named = text.lower_str(c.start, c.end);
            let named = named.trim().trim_start_matches("the ").trim();
            let head_line = text.line_of(hs);
            let below = (head_line + 1..text.lines.len().min(head_line + 3))
                .any(|l| text.lower_str(text.lines[l].0, text.lines[l].1).trim().trim_start_matches("the ") == named);
            let is_unit = |name: &str| ORGANISATION_UNITS.iter().chain(&["academy", "college", "institute", "centre", "center", "department"]).any(|u| name.starts_with(u));
            let head_name = text.lower_str(hs, he);
            let head_name = head_name.trim().trim_start_matches("the ");
            if below && is_unit(named) && !is_unit(head_name) && looks_like_organisation(head_name) {
                let (s, e) = full_form(text, hs, he);
                return Some(Candidate { start: s, end: e, confidence: FAIR, reason: Some(Reason::Prose) });
            }
        }
        let (start, end) = known_prefix(text, c.start, c.end, &known).unwrap_or_else(|| parent_of(text, c.start, c.end));
        if known(start, end) {
            // A listed name is sure, unless the letter only referred to itself ("the Department").
            let reason = c.reason.filter(|r| *r == Reason::SelfReference);
            return Some(Candidate { start, end, confidence: CATALOGUE, reason });
        }
        return Some(Candidate { start, end, ..c });
    }
    if let Some((s, e)) = head {
        let (s, e) = parent_of(text, s, e);
        let (s, e) = full_form(text, s, e);
        // The signature repeating the letterhead makes it sure.
        let name = text.lower_str(s, e);
        let signed_from = sign_off(text).map_or(usize::MAX, |l| text.lines[l].0);
        let repeated = text.find_all(name).any(|p| p > signed_from);
        let confidence = if repeated { FAIR } else { GUESS };
        return Some(Candidate { start: s, end: e, confidence, reason: (!repeated).then_some(Reason::Prose) });
    }
    if let Some((s, e)) = signature {
        let (s, e) = parent_of(text, s, e);
        return Some(Candidate { start: s, end: e, confidence: GUESS, reason: Some(Reason::Prose) });
    }
    // The e-mail's sender, when it is an organisation ("From: Hong Kong Arts Festival <...>").
    if let Some((s, e)) = super::layout::sender(text).filter(|&(s, e)| looks_like_organisation(text.lower_str(s, e)) || known(s, e)) {
        let (s, e) = parent_of(text, s, e);
        return Some(Candidate { start: s, end: e, confidence: GUESS, reason: Some(Reason::Prose) });
    }
    // The first organisation the body names: "... to visit the LKS Faculty of Medicine, The University of Hong Kong".
    if let Some((s, e)) = organisation_in_body(text) {
        // "The Conservation Section of the Antiquities and Monuments Office is responsible for ...": the office.
        let (s, e) = parent_of(text, s, e);
        return Some(Candidate { start: s, end: e, confidence: GUESS, reason: Some(Reason::Prose) });
    }
    // A catalogue organisation named anywhere: the earliest mention, unsure (it may be a venue or a partner).
    let named = catalogue_mentions(text, catalogue);
    let first = named.iter().min_by_key(|(p, _, _)| *p)?;
    let others = named.iter().any(|(_, _, org)| !std::ptr::eq(*org, first.2));
    Some(Candidate { start: first.0, end: first.1, confidence: GUESS, reason: Some(if others { Reason::Competing } else { Reason::Prose }) })
}

/// Whether the name at `s` follows the title of the post that heads it: "Director of |Leisure and Cultural Services".
fn head_of(text: &Text, s: usize) -> bool {
    let before = text.lower_str(text.lines[text.line_of(s)].0, s);
    ORGANISATION_HEADS.iter().any(|h| before.trim_start().trim_start_matches("for ").trim_start_matches("the ").ends_with(h))
}

/// Under the sign-off, "for Director of Leisure and Cultural Services", "for Commissioner of Police": the name after
/// the post.
fn signed_for_head(text: &Text) -> Option<(usize, usize)> {
    let after = sign_off(text)?;
    text.content_lines.iter().copied().filter(|&l| l > after).take(8).find_map(|l| {
        let (s, e) = text.lines[l];
        let line = text.lower_str(s, e);
        let lead = line.len() - line.trim_start().len();
        let rest = line.trim_start().strip_prefix("for ")?;
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        let head = ORGANISATION_HEADS.iter().find(|h| rest.starts_with(**h))?;
        let skipped = line[..lead].chars().count() + (line.trim_start().chars().count() - rest.chars().count()) + head.chars().count();
        let (ns, ne) = text.trim(s + skipped, e);
        (ne > ns).then_some((ns, ne))
    })
}

/// The part of a letterhead or signature line the catalogue knows: the whole line, a cell, a comma-separated part, or
/// what follows "of" after an office's name.
fn known_part(text: &Text, s: usize, e: usize, known: &dyn Fn(usize, usize) -> bool) -> Option<(usize, usize)> {
    if known(s, e) {
        return Some((s, e));
    }
    let line = text.line_of(s);
    let mut parts: Vec<(usize, usize)> = cells(text, line).into_iter().chain(split_two_spaces(text, s, e)).collect();
    let mut start = s;
    for i in s..=e {
        if i == e || ",，|".contains(text.lower[i]) {
            parts.push((start, i));
            start = i + 1;
        }
    }
    // "香港演藝學院 The Hong Kong Academy for Performing Arts": a bilingual line, a name in each script.
    let wide = crate::catalogue::names::is_chinese;
    for i in s + 1..e {
        let (a, b) = (text.original[i - 1], text.original[i]);
        if a.is_whitespace() && (i >= s + 2) {
            let before = text.original[i - 2];
            if wide(before) != wide(b) && !b.is_whitespace() {
                parts.push((s, i - 1));
                parts.push((i, e));
            }
        }
    }
    parts.push(parent_of(text, s, e));
    parts.extend(known_prefix(text, s, e, known));
    parts.into_iter().map(|(a, b)| text.trim(a, b)).find(|&(a, b)| b > a && known(a, b))
}

/// The longest start of a Chinese name the catalogue knows: "香港演藝學院音樂學院" is the Academy's school of music.
fn known_prefix(text: &Text, s: usize, e: usize, known: &dyn Fn(usize, usize) -> bool) -> Option<(usize, usize)> {
    if text.lower[s..e].iter().any(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let end = (s + 2..e).rev().find(|&end| known(s, end))?;
    // A body of its own under the name is not the organisation: "香港演藝學院學生會" (its students' union).
    let rest = text.lower_str(end, e);
    (!ORGANISATION_OWN_BODIES.iter().any(|w| rest.contains(w))).then_some((s, end))
}

/// Whether a name stops at `i`: a comma or a bracket, but not the comma of "Hong Kong, China", which some
/// associations' names carry ("Hong Kong, China Rowing Association").
fn ends_a_name(text: &Text, i: usize) -> bool {
    match text.lower[i] {
        ',' => !super::text::hong_kong_china_comma(text, i),
        c => "，(".contains(c),
    }
}

/// An office, section or faculty "of" an organisation is the organisation: "Conference Office of the Home Affairs
/// Department" is the department; "香港城市大學創意媒體學院" is the university.
fn parent_of(text: &Text, s: usize, e: usize) -> (usize, usize) {
    let line = text.lower_str(s, e);
    for unit in ORGANISATION_UNITS {
        if line.starts_with(unit) || line.starts_with(&format!("the {unit}")) {
            if let Some(p) = text.find_lower(s, e, " of ") {
                let mut after = p + 4;
                if text.lower_str(after, (after + 4).min(e)) == "the " {
                    after += 4;
                }
                let (a, b) = text.trim(after, e);
                let (a, b) = (a, (a..b).find(|&i| ends_a_name(text, i)).unwrap_or(b));
                if b > a + 3 {
                    return text.trim(a, b);
                }
            }
        }
    }
    // "HKAPA School of Dance", "The University of Hong Kong Department of History": the name before the unit.
    for unit in ORGANISATION_UNITS {
        if let Some(p) = text.find_lower(s, e, &format!(" {unit} of ")) {
            // "The Cultural Presentations Section of the Leisure and Cultural Services Department", "the Conference
            // Secretariat of the Department of Health": what the unit is of, when that is an organisation.
            let mut after = p + unit.chars().count() + 5;
            if text.lower_str(after, (after + 4).min(e)) == "the " {
                after += 4;
            }
            let (a, b) = text.trim(after, e);
            let b = (a..b).find(|&i| ends_a_name(text, i)).unwrap_or(b);
            if b > a + 3 && looks_like_organisation(text.lower_str(a, b)) {
                return text.trim(a, b);
            }
            if p > s + 2 {
                return text.trim(s, p);
            }
        }
    }
    // "Academy of Visual Arts of Hong Kong Baptist University": a unit "of" a university, whatever the unit is called,
    // is the university (the "of" in the university's own name, "The University of Hong Kong", names no unit).
    let mut from = s;
    while let Some(p) = text.find_lower(from, e, " of ") {
        from = p + 4;
        let after = if text.lower_str(from, (from + 4).min(e)) == "the " { from + 4 } else { from };
        let rest = text.lower_str(after, e);
        // (The university's name runs from here: no other "of" or comma before its word.)
        let university = rest.find("university");
        if university.is_some_and(|u| !rest[..u].contains(" of ") && !rest[..u].contains([',', '，'])) && !text.lower_str(s, p).trim_start_matches("the ").ends_with("university") {
            // ("The Education University of Hong Kong" keeps its "The"; "the" in running text is no part of a name.)
            let named_the = after > from && text.original.get(from) == Some(&'T');
            let (a, b) = text.trim(if named_the { from } else { after }, e);
            let b = (a..b).find(|&i| ends_a_name(text, i)).unwrap_or(b);
            return text.trim(a, b);
        }
    }
    // "香港城市大學創意媒體學院": the university, not its school.
    for parent in ["大學", "大学"] {
        if let Some(p) = text.find_lower(s, e, parent) {
            let end = p + 2;
            if end < e && !text.lower[end].is_ascii() {
                return (s, end);
            }
        }
    }
    (s, e)
}

/// A letterhead in capitals often shortens the name the body or the signature gives in full: "HONG KONG ARTS
/// FESTIVAL" and "Hong Kong Arts Festival Society Limited", "香港中樂團" and "香港中樂團有限公司".
fn full_form(text: &Text, s: usize, e: usize) -> (usize, usize) {
    let head = text.lower_str(s, e);
    let mut longest = (s, e);
    for p in text.find_all(head).filter(|&p| p >= e) {
        let mut end = p + head.chars().count();
        loop {
            let next = end + 1;
            let word_end = (next..text.original.len()).find(|&i| !is_letter(text.original[i])).unwrap_or(text.original.len());
            let is_name_word = text.original.get(end) == Some(&' ') && text.original.get(next).is_some_and(|&c| is_capital(c)) && word_end > next;
            if !is_name_word {
                break;
            }
            end = word_end;
        }
        // "香港中樂團有限公司": a company suffix straight after.
        for suffix in ["有限公司", "有限公司"] {
            if text.lower_str(end, (end + suffix.chars().count()).min(text.lower.len())) == suffix {
                end += suffix.chars().count();
            }
        }
        // (Not into another body named after it: "Hong Kong Oratorio Society Festival Orchestra" is the society's
        // orchestra, not the society.)
        let added = text.lower_str(p + head.chars().count(), end);
        let another_body = looks_like_organisation(head.trim()) && added.split_whitespace().last().is_some_and(|w| ORGANISATION_ENSEMBLES.contains(&w));
        if end - p > longest.1 - longest.0 && !another_body {
            longest = (p, end);
        }
    }
    longest
}

/// An organisation the catalogue knows that the letter says it is written for by someone else, an agent or a body
/// commissioned to run the event: "We write on behalf of our client, the Hong Kong Observatory, which has appointed
/// ...", "香港生产力促进局受香港特别行政区政府创新科技署委托，负责筹办…".
fn written_for(text: &Text, known: &dyn Fn(usize, usize) -> bool) -> Option<(usize, usize)> {
    // Where each agent's lead names its client ("on behalf of our client, the …"), past "the ", and where the clause
    // can end after it.
    let named_at: Vec<usize> = ORGANISATION_AGENT_LEADS
        .iter()
        .flat_map(|lead| text.find_all(lead).map(move |p| p + lead.chars().count()))
        .map(|s| if text.lower_str(s, (s + 4).min(text.lower.len())) == "the " { s + 4 } else { s })
        .collect();
    let clause_ends = |s: usize| (s..(s + 100).min(text.lower.len())).filter(|&i| matches!(text.lower[i], ',' | '.' | ';' | '\n' | '('));
    for &s in &named_at {
        if let Some(e) = clause_ends(s).map(|e| text.trim(s, e).1).find(|&e| known(s, e)) {
            return Some((s, e));
        }
    }
    // (An organisation the catalogue does not list, named as the client, when a company writes: "BRIGHTWELL LIVE LIMITED
    // … on behalf of our client, the West Kowloon Cultural District Authority ("WestK"), the organiser".)
    let top: String = text.content_lines.iter().take(6).map(|&l| text.lower_str(text.lines[l].0, text.lines[l].1)).collect::<Vec<_>>().join(" ");
    let agency = top.split(|c: char| !c.is_alphanumeric()).any(|w| ["limited", "ltd"].contains(&w)) || top.contains("有限公司");
    for &s in &named_at {
        let Some(end) = clause_ends(s).next() else { continue };
        // (The name's words are capitalised but for "of", "and", "the", "for": "the Society to invite you …" is
        // no name.)
        let lower_word = (s..end).find(|&i| i > s && text.lower[i - 1] == ' ' && text.original[i].is_lowercase() && !["of ", "and ", "the ", "for "].iter().any(|w| text.lower_str(i, (i + w.len()).min(end)) == *w));
        let (a, b) = text.trim(s, lower_word.unwrap_or(end));
        let name = text.lower_str(a, b);
        let self_reference = ORGANISATION_SELF_REFERENCES.iter().any(|r| r.trim_start_matches("the ") == name);
        if agency && b > a + 3 && text.original[a].is_uppercase() && looks_like_organisation(name) && !self_reference && !ORGANISATION_UNITS.iter().any(|u| name.starts_with(u)) {
            return Some((a, b));
        }
    }
    // (In Chinese the name sits between 受 and 委託: the longest name the catalogue knows that ends there; or, from a
    // company's letterhead, the organisation named there, "匯展會務策劃有限公司 / （受香港科技園公司委託）".)
    for word in ORGANISATION_CJK_COMMISSIONED {
        for q in text.find_all(word) {
            let Some(by) = (q.saturating_sub(30)..q).rev().find(|&i| text.lower[i] == '受') else { continue };
            if let Some(s) = (by + 1..q.saturating_sub(1)).find(|&s| known(s, q)) {
                return Some((s, q));
            }
            let name = text.lower_str(by + 1, q);
            let company = text.lower_str(0, text.lines[text.line_of(by)].0).contains("有限公司");
            if company && name.chars().count() >= 4 && looks_like_organisation(name) && ends_as_a_name(name) {
                return Some((by + 1, q));
            }
        }
    }
    None
}

/// The organisation the letter names as itself: "On behalf of the Hong Kong Shipowners Association, ...", "香港藝術
/// 節協會誠意邀請". A self-reference ("on behalf of the Department", "本署") is the organisation named before it.
/// With a letterhead, a self-reference is the letterhead's organisation: None here.
fn named_as_itself(text: &Text, letterhead: bool, known: &dyn Fn(usize, usize) -> bool) -> Option<Candidate> {
    for lead in ORGANISATION_BEHALF_LEADS {
        let Some(p) = text.find_lower(0, text.lower.len(), lead) else { continue };
        let (s, e) = phrase_until(text, p + lead.chars().count(), &[",", " i ", " we ", " and ", " is ", " to ", "，", "誠", "诚", "邀"], 80);
        // "on behalf of the Leisure and Cultural Services Department": a name with "and" in it goes on past it.
        let (s, e) = match phrase_until(text, p + lead.chars().count(), &[",", " i ", " we ", " is ", " to ", " and we", " and i ", "，", "誠", "诚", "邀"], 80) {
            (ls, le) if le > e && text.lower_str(e, e + 5) == " and " && looks_like_organisation(text.lower_str(ls, le)) && !looks_like_organisation(text.lower_str(s, e)) => (ls, le),
            // ("the Music Office of the Leisure and Cultural Services Department": an office of an organisation the
            // catalogue knows, whose name has "and" in it.)
            (ls, le) if le > e && text.lower_str(e, e + 5) == " and " && { let (a, b) = parent_of(text, ls, le); (a, b) != (ls, le) && known(a, b) } => (ls, le),
            // ("… at The Hong Kong University of Science and Technology that we would like …": a name's own "and",
            // between capitalised words, goes on over the capitalised words after it.)
            _ if text.lower_str(e, e + 5) == " and " && text.original.get(e + 5).is_some_and(|c| c.is_uppercase()) && e > 0 && text.original[e - 1].is_alphabetic() => {
                let mut end = e + 5;
                loop {
                    let word_end = (end..text.lower.len()).find(|&i| !text.original[i].is_alphabetic()).unwrap_or(text.lower.len());
                    if word_end == end || !text.original[end].is_uppercase() {
                        break;
                    }
                    let next = word_end + 1;
                    if text.original.get(word_end) != Some(&' ') || !text.original.get(next).is_some_and(|c| c.is_uppercase()) {
                        end = word_end;
                        break;
                    }
                    end = next;
                }
                (s, end.max(e))
            }
            _ => (s, e),
        };
        // "the Institute for the Environment at The Hong Kong University of Science and Technology": a unit at a
        // university is the university's.
        let (s, e) = match text.find_lower(s, e, " at the ") {
            Some(at) if text.original.get(at + 4).is_some_and(|c| c.is_uppercase()) && names_a_university(text.lower_str(at + 4, e)) && is_academic_unit_or_centre(text.lower_str(s, at)) => (at + 4, e),
            _ => (s, e),
        };
        // "on behalf of everyone at the Harbour Arts Society": the organisation after "at".
        let s = match text.find_lower(s, e, " at ") {
            Some(at) if ["all", "every", "the team", "my colleagues", "our team", "colleagues"].iter().any(|w| text.lower_str(s, at).starts_with(w)) => {
                if text.lower_str(at + 4, (at + 8).min(e)) == "the " { at + 8 } else { at + 4 }
            }
            _ => s,
        };
        let (s, e) = text.trim(s, e);
        // "On behalf of the Centre for Comparative and Public Law, Faculty of Law, The University of Hong Kong, I am
        // ...": a unit, then the university it is of, after commas.
        let (s, e) = university_after_its_units(text, s).unwrap_or((s, e));
        let named = text.slice(s, e);
        let lower = crate::catalogue::names::lowercase(&named);
        if ORGANISATION_SELF_REFERENCES.iter().any(|r| *r == lower || r.strip_prefix("the ") == Some(lower.as_str())) {
            if letterhead {
                return None;
            }
            if let Some(c) = referent(text, p, &lower) {
                return Some(c);
            }
            continue;
        }
        // "for and on behalf of Dr Richard WESLEY, Museum Director", "On behalf of Dr Ng": a person, no organisation
        // (but "the Dr Sun Yat-sen Museum" is one).
        if opens_with_an_honorific(&lower) && !looks_like_organisation(&lower) {
            continue;
        }
        let capitalised = named.chars().next().is_some_and(|c| is_capital(c) || !c.is_ascii());
        // "與業界代表進行交流": 代表 as a noun ("representatives"), not "on behalf of": what follows names no organisation.
        // (Nor "本會代表團會面", "our delegation met": a name ends with the kind of body it is.)
        let chinese_lead = !lead.is_ascii();
        if chinese_lead && !(looks_like_organisation(&lower) && ends_as_a_name(&lower)) {
            continue;
        }
        if e > s + 2 && capitalised && !lower.starts_with("our ") && !lower.starts_with("my ") {
            return Some(Candidate { start: s, end: e, confidence: GUESS, reason: Some(Reason::Prose) });
        }
    }
    // "The Hong Kong Arts Festival Society Limited is delighted to confirm ...": the sentence's subject.
    for verb in ORGANISATION_INVITE_VERBS {
        for p in text.find_all(verb) {
            let (ls, _) = text.lines[text.line_of(p)];
            let start = (ls..p).rev().find(|&i| ".;:!?,".contains(text.lower[i]) && text.lower.get(i + 1) == Some(&' ')).map_or(ls, |i| i + 1);
            // "The Hong Kong Observatory (the Observatory)": the name before its short form.
            let p = (start..p).find(|&i| text.lower[i] == '(').unwrap_or(p);
            // "The Environmental Protection Department is organising the Forum and has the pleasure of inviting you":
            // the subject ends at its first verb.
            let p = [" is ", " are ", " has ", " have ", " will ", " was "].iter().filter_map(|v| text.find_lower(start, p, v)).min().unwrap_or(p);
            let (s, e) = text.trim(start, p);
            let named = text.slice(s, e);
            let lower = crate::catalogue::names::lowercase(&named);
            if ORGANISATION_SELF_REFERENCES.contains(&lower.as_str()) {
                if letterhead {
                    return None;
                }
                if let Some(c) = referent(text, p, &lower) {
                    return Some(c);
                }
                continue;
            }
            let capitalised_words = named.split_whitespace().filter(|w| w.chars().next().is_some_and(is_capital)).count();
            let words = named.split_whitespace().count();
            if e > s && words <= 12 && capitalised_words >= 2 && capitalised_words * 2 >= words && !lower.starts_with("we ") {
                return Some(Candidate { start: s, end: e, confidence: GUESS, reason: Some(Reason::Prose) });
            }
        }
    }
    // (Not in an e-mail's headers: "Subject: 香港亞洲新銳電影節2028 — 評審團主席邀請".)
    // (Or before the date of an event it organises: "香港中华文化促进中心定于2028年3月在香港举办…".)
    let organises = |p: usize| {
        let end = (p..text.lower.len()).find(|&i| "。\n".contains(text.lower[i])).unwrap_or(text.lower.len());
        ORGANISATION_CJK_HOLDS.iter().any(|w| text.find_lower(p, end, w).is_some())
    };
    for verb in ORGANISATION_CJK_INVITE_VERBS.iter().chain(ORGANISATION_CJK_HOLDS_WHEN) {
        let Some(p) = text.find_all(verb).find(|&p| !text.header_line[text.line_of(p)] && (ORGANISATION_CJK_INVITE_VERBS.contains(verb) || organises(p))) else { continue };
        let (ls, _) = text.lines[text.line_of(p)];
        let start = (ls..p).rev().find(|&i| "。,;:!?」“”\"".contains(text.lower[i])).map_or(ls, |i| i + 1);
        let named = text.lower_str(start, p);
        // ("香港中樂團謹此正式邀請": without the adverbs before the verb.)
        let mut named = named.trim();
        while let Some(shorter) = ORGANISATION_CJK_INVITE_ADVERBS.iter().find_map(|w| named.strip_suffix(w)) {
            named = shorter;
        }
        if let Some(r) = ORGANISATION_SELF_REFERENCES.iter().find(|r| named.ends_with(*r)) {
            if letterhead {
                return None;
            }
            if let Some(c) = referent(text, p, r) {
                return Some(c);
            }
            continue;
        }
        // "委員會謹誠邀閣下": a unit with no name of its own, the organisation that signs the letter.
        if ORGANISATION_CJK_BARE_UNITS.contains(&named) {
            if letterhead {
                return None;
            }
            if let Some((s, e)) = signature_organisation(text) {
                return Some(Candidate { start: s, end: e, confidence: GUESS, reason: Some(Reason::SelfReference) });
            }
            continue;
        }
        // (A name ends with the kind of body it is, "香港網球總會"; "總會今年想邀請" is a chat's "the federation would
        // like to".)
        if looks_like_organisation(named) && ends_as_a_name(named) && named.chars().count() <= 30 {
            let end = text.trim(start, p).0 + named.chars().count();
            return Some(Candidate { start, end, confidence: GUESS, reason: Some(Reason::Prose) });
        }
    }
    None
}

/// Whether a Chinese organisation's name ends here: with the kind of body it is, "香港網球總會", "戲曲學院".
fn ends_as_a_name(name: &str) -> bool {
    let name = name.trim();
    ORGANISATION_WORDS.iter().chain(ORGANISATION_CJK_UNIT_ENDS).chain(ORGANISATION_LEGAL_SUFFIXES).any(|w| !w.is_ascii() && name.ends_with(w))
}

/// What a self-reference ("the department", "本署", "本會") before `before` refers to: the organisation that signs the
/// letter when its name ends with the same word ("香港網球總會"); else the nearest organisation named before it whose
/// name does ("... Home Affairs Department", "民政事務總署").
fn referent(text: &Text, before: usize, reference: &str) -> Option<Candidate> {
    let noun = reference.trim_start_matches("the ").trim_start_matches('本');
    // The organisation that signs, when its name ends so: "本會" in a letter signed "香港網球總會".
    if let Some((s, e)) = signature_organisation(text).filter(|&(s, e)| text.lower_str(s, e).trim_end().ends_with(noun)) {
        return Some(Candidate { start: s, end: e, confidence: GUESS, reason: Some(Reason::SelfReference) });
    }
    let mut found = None;
    for p in text.find_all(noun).take_while(|&p| p < before) {
        let end = p + noun.chars().count();
        let start = if noun.is_ascii() {
            // Capitalised words (and "of", "and", "for", "&") before the noun: "Home Affairs Department".
            if !text.original.get(p).is_some_and(|&c| is_capital(c)) {
                continue;
            }
            let mut start = p;
            while let Some(prev_end) = start.checked_sub(1).filter(|&i| text.original[i] == ' ') {
                let word_start = (0..prev_end).rev().find(|&i| !is_letter(text.original[i]) && text.original[i] != '&').map_or(0, |i| i + 1);
                let word = text.lower_str(word_start, prev_end);
                let capital = text.original.get(word_start).is_some_and(|&c| is_capital(c));
                if word_start == prev_end || !(capital || ["of", "and", "for", "&"].contains(&word)) {
                    break;
                }
                start = word_start;
            }
            while ["of ", "and ", "for ", "& "].iter().any(|w| text.lower_str(start, (start + w.len()).min(end)) == *w) {
                start = (start..end).find(|&i| text.lower[i] == ' ').map_or(end, |i| i + 1);
            }
            start
        } else {
            (p.saturating_sub(12)..p).rev().find(|&i| !crate::catalogue::names::is_alpha(text.lower[i]) || "本於于在及和與与的由".contains(text.lower[i])).map_or(p.saturating_sub(12), |i| i + 1)
        };
        if end - start > noun.chars().count() {
            found = Some(Candidate { start, end, confidence: GUESS, reason: Some(Reason::SelfReference) });
        }
    }
    found
}

/// The organisation in the signature block: an organisation-like line in the few lines under the sign-off.
fn signature_organisation(text: &Text) -> Option<(usize, usize)> {
    let block = signature_block(text)?;
    organisation_in_block(text, &block)
}

/// The parts of the signature block's lines parted by bars: "School of Dance | HKAPA", "Lisa WONG｜HKBU".
fn signature_bar_parts(text: &Text) -> Vec<(usize, usize)> {
    let Some(block) = signature_block(text) else { return Vec::new() };
    block
        .into_iter()
        .map(|l| text.lines[l])
        .filter(|&(s, e)| text.lower[s..e].iter().any(|&c| matches!(c, '|' | '｜')))
        .flat_map(|(s, e)| bar_parts(text, s, e))
        .collect()
}

/// The parts of `s..e` between bars ("|", "｜"), each trimmed; the whole when there is none.
fn bar_parts(text: &Text, s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    let mut at = s;
    for i in s..=e {
        if i == e || matches!(text.lower[i], '|' | '｜') {
            parts.push(text.trim(at, i));
            at = i + 1;
        }
    }
    parts
}

/// The signature block's lines: under the sign-off; without one, the short lines at the bottom (a Chinese letter's
/// signature block).
fn signature_block(text: &Text) -> Option<Vec<usize>> {
    let after = match sign_off(text) {
        Some(l) => l,
        None => {
            let bottom: Vec<usize> = text.content_lines.iter().rev().take(6).copied().collect();
            let last_prose = bottom.iter().copied().find(|&l| {
                let (s, e) = text.lines[l];
                let line = text.lower_str(s, e);
                line.contains('。') || line.trim().chars().count() > 40
            });
            last_prose.or(bottom.last().map(|&l| l.saturating_sub(1)))?
        }
    };
    // (The line right under "此致", with no blank line between, is whom the letter is to: "此致 / 入境事務處".)
    let to_whom = |l: usize| l > 0 && ["此致", "致"].contains(&text.lower_str(text.lines[l - 1].0, text.lines[l - 1].1).trim());
    Some(text.content_lines.iter().copied().filter(|&l| l > after && !to_whom(l)).take(6).collect())
}

/// The organisation among a signature block's lines: one that looks like an organisation's name, not a post; or a
/// capitalised name under the signer's.
fn organisation_in_block(text: &Text, block: &[usize]) -> Option<(usize, usize)> {
    for &l in block {
        let (s, e) = text.lines[l];
        let line = text.lower_str(s, e);
        // (Not a form's labelled line: "簽署：（已簽署）".)
        let labelled = line.trim().split_once(':').is_some_and(|(label, _)| label.chars().count() <= 12);
        if looks_like_organisation(line.trim()) && !line.contains('@') && !line.chars().any(|c| c.is_ascii_digit()) && !labelled {
            let (s, e) = text.trim(s, e);
            // "Chair, Scientific Committee": a post and the body it chairs; the host may be named elsewhere.
            let first_word = line.trim().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            // "Festival Director", "Orchestra Manager": a post whose first word names its body.
            let last_word = line.trim().rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            if PEOPLE_POSTS.contains(&first_word) || PEOPLE_POSTS.contains(&last_word) && line.split_whitespace().count() <= 4 {
                continue;
            }
            // "行政主任（舞蹈学院）": a post, and the unit it serves in brackets; the organisation is on a line below.
            let before_bracket = line.trim().split('(').next().unwrap_or("");
            if line.contains('(') && before_bracket.chars().count() <= 6 && PEOPLE_CJK_POSTS.iter().any(|p| before_bracket.ends_with(p)) {
                continue;
            }
            return Some(past_signing_for(text, s, e));
        }
    }
    // "Hong Kong Sinfonietta" under "Jane Ho" and "Programme Manager": a capitalised name that is neither the first
    // line (the signatory) nor a post.
    for &l in block.iter().skip(1) {
        let (s, e) = text.trim(text.lines[l].0, text.lines[l].1);
        let original = text.slice(s, e);
        let line = text.lower_str(s, e);
        let words: Vec<&str> = original.split_whitespace().collect();
        let named = (2..=8).contains(&words.len())
            && words.iter().all(|w| w.chars().next().is_some_and(is_capital) || ["of", "and", "for", "the", "&"].contains(w))
            && !original.chars().any(|c| c.is_ascii_digit() || c == '@' || c == ',' || c == '|');
        let post = line.split_whitespace().any(|w| PEOPLE_POSTS.contains(&w));
        if named && !post && original.is_ascii() {
            return Some((s, e));
        }
    }
    None
}

/// "for and on behalf of the Committee, Hong Kong Oratorio Society": the organisation, past the words that sign for
/// it and a unit of it with no name of its own.
fn past_signing_for(text: &Text, s: usize, e: usize) -> (usize, usize) {
    let line = text.lower_str(s, e);
    let Some(lead) = ["for and on behalf of ", "on behalf of ", "for and behalf of "].into_iter().find(|w| line.starts_with(w)) else { return (s, e) };
    let mut at = s + lead.chars().count();
    if text.lower_str(at, (at + 4).min(e)) == "the " {
        at += 4;
    }
    let rest = text.lower_str(at, e);
    match ORGANISATION_UNITS.iter().find(|u| rest.starts_with(&format!("{u}, "))) {
        Some(unit) => text.trim(at + unit.chars().count() + 2, e),
        None => text.trim(at, e),
    }
}

/// The line of the letter's (last) sign-off: "Yours sincerely,", "此致".
fn sign_off(text: &Text) -> Option<usize> {
    text.content_lines.iter().copied().filter(|&l| l >= text.letter_start).rev().find(|&l| {
        let (s, e) = text.lines[l];
        let line = text.lower_str(s, e);
        let line = line.trim().trim_end_matches([',', '.', '，']);
        LETTER_SIGN_OFFS.iter().any(|w| line == *w || line.starts_with(w) && line.len() < w.len() + 4)
    })
}

/// Every catalogue organisation the letter names: (start, end, organisation).
fn catalogue_mentions<'a>(text: &Text, catalogue: &'a Catalogue) -> Vec<(usize, usize, &'a Organisation)> {
    let mut out = Vec::new();
    for org in &catalogue.data.organisations {
        let mut names: Vec<&str> = vec![org.name_en.as_str()];
        names.extend(org.name_zh.as_deref());
        names.extend(org.abbreviations.iter().filter(|a| a.chars().count() >= 4).map(String::as_str));
        let mut first: Option<(usize, usize)> = None;
        for name in names {
            let lower: String = name.chars().map(|c| fold(c).to_ascii_lowercase()).collect();
            if let Some(p) = text.find_lower(0, text.lower.len(), &lower) {
                let e = p + lower.chars().count();
                let bounded = !text.lower.get(e).is_some_and(|c| c.is_ascii_alphanumeric()) && (p == 0 || !text.lower[p - 1].is_ascii_alphanumeric());
                if bounded && first.is_none_or(|(fp, _)| p < fp) {
                    first = Some((p, e));
                }
            }
        }
        if let Some((s, e)) = first {
            out.push((s, e, org));
        }
    }
    out
}

/// The letterhead: the first organisation-like line of the letter before the salutation (without an address after
/// it); a line the catalogue knows, or one that is not an office's own name, is preferred among the first four.
pub(super) fn letterhead(text: &Text, known: &dyn Fn(usize, usize) -> bool) -> Option<(usize, usize)> {
    let mut found: Option<(usize, usize)> = None;
    for &l in text.content_lines.iter().filter(|&&l| l >= text.letter_start).take(4) {
        let (s, e) = text.lines[l];
        let line = text.lower_str(s, e);
        let line = line.trim().trim_start_matches(['>', ' ']);
        // The greeting, or the invitee's name heading the address block: the letterhead is above them.
        let first_word = line.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        if LETTER_GREETINGS.iter().any(|g| line.starts_with(g.trim_end())) || PEOPLE_HONORIFICS.contains(&first_word) {
            break;
        }
        // A name in capitals the signature repeats: "HONG KONG SINFONIETTA" ... "Hong Kong Sinfonietta".
        let original = text.slice(s, e);
        let words = original.split_whitespace().count();
        let capitals = (2..=6).contains(&words)
            && original.chars().all(|c| !c.is_ascii_lowercase() && !c.is_ascii_digit())
            && original.chars().any(|c| c.is_ascii_uppercase())
            && text.find_all(line).any(|p| p > e);
        // A subject line is never the letterhead: "Subject: Invitation – Hong Kong Arts Festival 2027", "Re: ...";
        // nor a chat message ("[14/05/2027, 10:03] Amy Lau (CSTB): ... from the Bureau").
        if LETTER_EMAIL_HEADERS.iter().any(|h| line.starts_with(h)) || line.starts_with("re:") || line.starts_with("re ") || super::layout::chat_stamp(text, l).is_some() {
            continue;
        }
        // A greeting ("黃明輝博士：") ends the letterhead; a sentence is not one.
        if line.ends_with(':') && !line.is_ascii() {
            break;
        }
        // "HONGKONG POST 香港郵政", "香港弦樂團 HONG KONG STRING ORCHESTRA": both names on one line; the one in the
        // letter's language.
        if let Some((latin, chinese)) = names_in_two_scripts(text, s, e) {
            let latin_name = text.lower_str(latin.0, latin.1);
            let named = known(latin.0, latin.1) || known(chinese.0, chinese.1) || looks_like_organisation(latin_name) || looks_like_organisation(text.lower_str(chinese.0, chinese.1));
            if named {
                return Some(if written_in_chinese(text) { chinese } else { latin });
            }
        }
        // (A bilingual letterhead, "香港演藝學院 The Hong Kong Academy for Performing Arts", is long but no sentence.)
        let sentence = line.contains('。') || line.contains('，') || line.chars().filter(|c| !c.is_ascii()).count() > 24;
        // "HKAPA", "EDB": a listed name alone on the line.
        let listed = || {
            let (a, b) = text.trim(s, e);
            b > a && known(a, b)
        };
        if (capitals || looks_like_organisation(line) || listed() || above_its_address(text, l)) && !sentence && !line.contains("forwarded") && !line.contains('@') {
            // (A tab, a bar or a comma after the name parts it from a unit or an address: "Hong Kong China Rugby |
            // Women's High Performance Programme".)
            let cut = (s..e)
                .find(|&i| matches!(text.original[i], '\t' | '|' | '｜') || (text.original[i] == ',' && text.lower_str(s, i).split_whitespace().count() >= 3))
                .unwrap_or(e);
            let (s, e) = text.trim(s, cut);
            if e <= s {
                continue;
            }
            let unit = ORGANISATION_UNITS.iter().any(|u| line.starts_with(u)) && !line.contains(" of ");
            // A letter in Chinese under a letterhead in both scripts is its Chinese name's: "中国香港武术联会" over
            // "Hong Kong Wushu Union".
            let (s, e) = chinese_beside(text, l).filter(|_| line.is_ascii() && written_in_chinese(text)).unwrap_or((s, e));
            // And a letter in English under "香港武術聯會" / "HONG KONG WUSHU UNION" is its English name's.
            // (Its body's first sentence says which: a letter in both languages whose Chinese comes first keeps its
            // Chinese letterhead.)
            let english_first = || {
                let long = text.content_lines.iter().map(|&m| text.lines[m]).filter(|&(a, _)| a > e).map(|(a, b)| text.lower_str(a, b)).find(|x| x.chars().count() >= 40 && (x.contains('。') || x.trim_end().ends_with('.')));
                long.is_some_and(|x| x.chars().filter(|c| super::text::is_cjk(*c)).count() * 4 < x.chars().filter(|c| c.is_ascii_alphabetic()).count())
            };
            let (s, e) = english_beside(text, l).filter(|_| !line.is_ascii() && !written_in_chinese(text) && english_first()).unwrap_or((s, e));
            if found.is_none() {
                found = Some((s, e));
            }
            if !unit {
                return Some((s, e));
            }
        }
    }
    found
}

/// A host the catalogue does not list, read in Latin letters from a letterhead in both scripts ("香港舞蹈团" over
/// "Hong Kong Dance Company"), in a letter written in Chinese: its Chinese name, the line beside it, as the letter's
/// own script gives it.
fn in_the_letters_script(text: &Text, catalogue: &Catalogue, h: Extracted) -> Extracted {
    let latin = !h.value.chars().any(super::text::is_cjk);
    if !latin || h.end > text.lower.len() || lookup::host_exact(catalogue, &h.value).is_some() || !written_in_chinese(text) || text.slice(h.start, h.end) != h.value {
        return h;
    }
    let l = text.line_of(h.start);
    let whole_line = text.trim(text.lines[l].0, text.lines[l].1) == (h.start, h.end);
    match chinese_beside(text, l).filter(|_| whole_line && l <= text.letter_start + 4).and_then(|(s, e)| text.extracted(s, e, None, h.confidence)) {
        Some(chinese) => Extracted { reason: h.reason, ..chinese },
        None => h,
    }
}

/// A line that is one name in Latin letters and one in Chinese characters, in either order, parted by a space: the
/// two names' spans (Latin, Chinese). The Latin one has no digits (no address), the Chinese one three to twenty
/// characters.
fn names_in_two_scripts(text: &Text, s: usize, e: usize) -> Option<((usize, usize), (usize, usize))> {
    let (s, e) = text.trim(s, e);
    let chars = &text.original[s..e];
    let cjk = |c: char| super::text::is_cjk(c);
    let first_cjk = cjk(*chars.first()?);
    let k = chars.iter().position(|&c| !c.is_whitespace() && cjk(c) != first_cjk)?;
    if !chars[k - 1].is_whitespace() || chars[k..].iter().any(|&c| !c.is_whitespace() && cjk(c) == first_cjk) {
        return None;
    }
    let (a, b) = (text.trim(s, s + k), text.trim(s + k, e));
    let (latin, chinese) = if first_cjk { (b, a) } else { (a, b) };
    let latin_text = text.slice(latin.0, latin.1);
    let ok = latin_text.chars().any(|c| c.is_ascii_alphabetic()) && !latin_text.chars().any(|c| c.is_ascii_digit()) && (3..=20).contains(&(chinese.1 - chinese.0));
    ok.then_some((latin, chinese))
}

/// The line right above or below `l` when it is a short name in Chinese characters, no sentence and no address:
/// the other half of a letterhead in both scripts.
fn chinese_beside(text: &Text, l: usize) -> Option<(usize, usize)> {
    [l.checked_sub(1), Some(l + 1)].into_iter().flatten().filter(|&m| m < text.lines.len() && !text.is_blank(m)).find_map(|m| {
        let (s, e) = text.trim(text.lines[m].0, text.lines[m].1);
        let line: Vec<char> = text.original[s..e].to_vec();
        let chinese = !line.is_empty() && line.iter().all(|c| super::text::is_cjk(*c)) && (3..=20).contains(&line.len());
        let address = line.iter().any(|c| "號号樓楼路道街室".contains(*c));
        (chinese && !address).then_some((s, e))
    })
}

/// The line right below `l` when it is an organisation's name in Latin letters, two to eight words with no digits:
/// the English half of a letterhead in both scripts.
fn english_beside(text: &Text, l: usize) -> Option<(usize, usize)> {
    let m = l + 1;
    if m >= text.lines.len() || text.is_blank(m) {
        return None;
    }
    let (s, e) = text.trim(text.lines[m].0, text.lines[m].1);
    let line = text.lower_str(s, e);
    let words = line.split_whitespace().count();
    (line.is_ascii() && (2..=8).contains(&words) && !line.contains(|c: char| c.is_ascii_digit()) && looks_like_organisation(line)).then_some((s, e))
}

/// Whether the letter's words are mostly Chinese characters.
fn written_in_chinese(text: &Text) -> bool {
    let cjk = text.lower.iter().filter(|c| super::text::is_cjk(**c)).count();
    let latin = text.lower.iter().filter(|c| c.is_ascii_alphabetic()).count();
    cjk * 2 > latin
}

/// Whether line `l` is the first of the letter and names its sender above the sender's address, whatever the words of
/// the name: "Hong Kong China Rugby" over "Room 2001, Olympic House, 1 Stadium Path, So Kon Po". A name in capitals
/// at each word's start, of two to eight words (a bar may follow it: "... | Women's High Performance Programme").
fn above_its_address(text: &Text, l: usize) -> bool {
    // (Past a place-holder for a logo: "[HKCR logo]".)
    let placeholder = |m: usize| {
        let line = text.lower_str(text.lines[m].0, text.lines[m].1);
        let line = line.trim();
        (line.starts_with('[') && line.ends_with(']')) || (line.starts_with('【') && line.ends_with('】'))
    };
    let first = text.content_lines.iter().copied().find(|&m| m >= text.letter_start && !placeholder(m));
    let next = text.content_lines.iter().copied().find(|&m| m > l);
    let (Some(first), Some(next)) = (first, next) else { return false };
    if first != l || next != l + 1 {
        return false;
    }
    let (s, e) = text.lines[l];
    let line = text.slice(s, e);
    let name = line.split(['|', '｜', '\t']).next().unwrap_or("").trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let small = ["of", "and", "for", "the", "de", "du", "la"];
    let titled = (2..=8).contains(&words.len()) && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()) || small.contains(w)) && !name.contains(|c: char| c.is_ascii_digit());
    let below = text.lower_str(text.lines[next].0, text.lines[next].1);
    let address = below.chars().any(|c| c.is_ascii_digit()) && (below.contains("room") || below.contains("/f") || below.contains("house") || below.contains("building") || VENUE_ADDRESS.iter().any(|w| below.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w)));
    titled && address
}

/// The first organisation named in the body (after the greeting): a run of capitalised words ("of", "and", "for",
/// "the" between them) with an organisation's word in it, "The University of Hong Kong".
fn organisation_in_body(text: &Text) -> Option<(usize, usize)> {
    let greeting = text.greeting_line()?;
    let from = text.lines[greeting].1;
    let to = sign_off(text).map_or(text.original.len(), |l| text.lines[l].0);
    let mut i = from;
    while i < to {
        if !(is_capital(text.original[i]) && (i == 0 || !is_letter(text.original[i - 1]))) {
            i += 1;
            continue;
        }
        // The run of name words from here.
        let (mut e, mut end) = (i, i);
        // (A space may end the text: the run then ends with it.)
        while e < to {
            let word_end = (e..to).find(|&k| !is_letter(text.original[k]) && text.original[k] != '\'').unwrap_or(to);
            let word = text.lower_str(e, word_end);
            let capital = is_capital(text.original[e]);
            if word_end == e || !(capital || ["of", "and", "for", "the"].contains(&word)) {
                break;
            }
            if capital {
                end = word_end;
            }
            if text.original.get(word_end) != Some(&' ') {
                break;
            }
            e = word_end + 1;
        }
        let name = text.lower_str(i, end);
        if name.split_whitespace().count() >= 2 && name.split_whitespace().count() <= 10 && looks_like_organisation(name) {
            return Some((i, end));
        }
        i = end.max(i + 1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::looks_like_organisation;

    /// A Chinese line names an organisation by its kind of body, not by a word that holds one: 簽署 (to sign) holds
    /// 署, 會議 (a meeting) 會, 處理 (to handle) 處.
    #[test]
    fn words_that_hold_an_organisations_word_name_none() {
        for line in ["香港網球總會", "渠務署", "簽署：渠務署", "古物古蹟辦事處"] {
            assert!(looks_like_organisation(line), "{line}");
        }
        for line in ["簽署版本已附於本郵件", "賽前技術會議", "由本人處理", "签署"] {
            assert!(!looks_like_organisation(line), "{line}");
        }
    }

    /// A listed organisation with its unit in brackets after it is that organisation.
    #[test]
    fn an_organisation_before_its_unit_in_brackets() {
        let x = crate::letter::extract("Organiser:       Hong Kong Observatory (Training Section, Forecasting Division)\nName of participant: Dr Ana Ruiz\n", crate::Catalogue::bundled()).host.unwrap();
        assert_eq!((x.value.as_str(), x.text.as_str()), ("Hong Kong Observatory", "Hong Kong Observatory"));
    }

    /// A unit of a department known by its own name is the department (the Police's Cyber Security and Technology Crime
    /// Bureau, the LCSD's public libraries); so is a unit with its department in brackets after it. In a chat, the
    /// name on a sender's line is the organiser's affiliation, read as the chat's organisation; a post there is none.
    #[test]
    fn a_departments_unit_and_a_chats_sender_line() {
        let host = |letter: &str| crate::letter::extract(letter, crate::Catalogue::bundled()).host.map(|h| h.value);
        assert_eq!(host("Issued by: Cyber Security and Technology Crime Bureau\nName of invitee: Dr Ana Ruiz\n").as_deref(), Some("Hong Kong Police Force"));
        assert_eq!(host("主辦單位：香港文化博物馆（康乐及文化事务署）\n受邀人：黄振声\n").as_deref(), Some("Leisure and Cultural Services Department"));
        let chat = "梁嘉慧（香港公共图书馆） 14:31\n王老师您好！想邀请您来港主持讲座\n\n王晓燕 14:40\n好的\n\n梁嘉慧（香港公共图书馆） 14:45\n太好了\n";
        assert_eq!(host(chat).as_deref(), Some("Leisure and Cultural Services Department"));
        let post = "21:14\t陳國強（主席）\t本會誠意邀請你擔任總裁判\n21:20\tSomchai\t多謝主席！\n21:45\t陳國強（主席）\t好\n";
        assert_eq!(host(post), None);
    }

    /// A signature's line parted by bars names the host in one part ("School of Dance | HKAPA"), over a unit the
    /// letter's words write for; unsure.
    #[test]
    fn a_host_in_one_part_of_a_signature_line() {
        let host = |letter: &str| crate::letter::extract(letter, crate::Catalogue::bundled()).host.map(|h| h.value);
        let letter = "Dear Tom,\n\nI am very pleased to invite you, on behalf of the School of Dance, to join us in Hong Kong as visiting choreographer.\n\nWith warm regards,\n\nGrace Leung\nActing Dean of Dance\nSchool of Dance | HKAPA\nT: +852 2584 8500 | www.hkapa.edu\n";
        assert_eq!(host(letter).as_deref(), Some("Hong Kong Academy for Performing Arts"));
        // Unsure: a part of such a line may name a sponsor or a partner.
        let read = crate::letter::extract(letter, crate::Catalogue::bundled());
        assert!(read.host.is_some_and(|h| !h.is_sure()));
    }

    /// An organisation that organises the event, before its date ("…定于2028年3月在香港举办…"), is the host; a place
    /// where something is held ("…將於…舉行") is not.
    #[test]
    fn an_organisation_that_organises_the_event() {
        let host = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).host.map(|h| h.value);
        assert_eq!(host("尊敬的陈老师：\n\n　　香港中华文化促进中心定于2028年3月在香港举办传承周系列活动。现诚挚邀请您担任艺术指导。\n").as_deref(), Some("香港中华文化促进中心"));
        assert_eq!(host("尊敬的陈老师：\n\n　　香港文化中心將於2028年3月舉行音樂會。誠邀閣下擔任獨奏。\n"), None);
    }

    /// A department named by its Chinese short name, or a unit of it so named, is that department, unsure.
    #[test]
    fn a_departments_chinese_short_name() {
        let host = |letter: &str| crate::letter::extract(letter, crate::Catalogue::bundled()).host.map(|h| (h.value, h.confidence < crate::letter::CONFIRM_BELOW));
        let chat = "[2027/5/10 下午2:02] 陳嘉欣（康文署）: 林老師你好！我係康文署文化節目組嘅陳嘉欣\n[2027/5/10 下午2:03] 陳嘉欣（康文署）: 想邀請你嚟香港做駐節藝術家\n[2027/5/10 下午5:40] 林彥廷: 沒問題～\n";
        assert_eq!(host(chat), Some(("Leisure and Cultural Services Department".to_string(), true)));
        assert_eq!(host("王先生：\n\n本署誠邀閣下來港主持工作坊。\n\n漁護署濕地公園管理組\n陳大文\n"), Some(("Agriculture, Fisheries and Conservation Department".to_string(), true)));
    }
}
