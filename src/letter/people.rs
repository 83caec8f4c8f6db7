//! The people: the invitee (a label, the address block, the greeting) and the signatory (under the sign-off).

use super::cues::*;
use super::host::looks_like_organisation;
use super::text::Text;
use super::confidence::{Reason, CLEAR_CUE, FAIR, GUESS};
use super::Extracted;
use crate::catalogue::names::{is_alpha, is_capital, is_chinese};


/// A short Chinese line that is a name with an honorific: "金敏俊先生：", "林志强先生台鉴：", "山本健太教授".
pub(super) fn cjk_name_line(text: &Text, l: usize) -> Option<Extracted> {
    let (s, e) = text.lines[l];
    // "陳大文先生（加拿大籍）": the name ends before a bracket; so does "漢斯·貝克爾先生（Mr Hans Becker）", whose bracket
    // gives the name again in Latin letters (see `without_the_name_again`).
    let latin_name = |open: usize| {
        let close = (open..e).find(|&i| matches!(text.lower[i], ')' | '）')).unwrap_or(e);
        let inside = text.lower_str(open + 1, close);
        let first = inside.split_whitespace().next().unwrap_or("").trim_end_matches('.');
        PEOPLE_HONORIFICS.contains(&first) && inside.split_whitespace().count() >= 2
    };
    let bracket = (s..e).find(|&i| matches!(text.lower[i], '(' | '（'));
    if let Some(open) = bracket.filter(|&o| latin_name(o)) {
        let (ns, _) = text.trim(s, open);
        let head = text.lower_str(ns, open);
        let head = LETTER_GREETINGS.iter().chain(LETTER_ADDRESSED_TO).chain(LETTER_ADDRESSEE_HEADERS).find_map(|p| head.strip_prefix(p)).unwrap_or(head).trim_start().to_string();
        let ns = open - head.chars().count();
        if PEOPLE_CJK_TITLES.iter().any(|t| head.trim_end().ends_with(t)) && (2..=24).contains(&head.chars().count()) {
            return text.extracted(ns, open, None, FAIR);
        }
    }
    let e = bracket.unwrap_or(e);
    let (s, mut e) = text.trim(s, e);
    // ("黄伟明先生 台鉴：": past the greeting's colon, and the space before its courtesy.)
    while e > s && matches!(text.lower[e - 1], ':' | '：') {
        e -= 1;
    }
    let line = text.lower_str(s, e);
    for c in PEOPLE_CJK_COURTESIES {
        if line.ends_with(c) {
            e -= c.chars().count();
            e = text.trim(s, e).1;
        }
    }
    let line = text.lower_str(s, e);
    // "本團誠邀李明先生（英國籍）來港演出": the name after the inviting verb.
    let line = match PEOPLE_CJK_INVITE_VERBS.iter().filter_map(|v| line.find(v).map(|b| b + v.len())).max() {
        Some(b) => &line[b..],
        None => line,
    };
    // "致 To: ...": a bilingual letter says it in both languages; "收件人：林詠恩醫生" heads an address block as a
    // header line does.
    let mut line = line;
    for _ in 0..3 {
        line = LETTER_GREETINGS.iter().chain(LETTER_ADDRESSED_TO).chain(LETTER_ADDRESSEE_HEADERS).find_map(|p| line.strip_prefix(p)).unwrap_or(line).trim_start();
    }
    let s = e - line.chars().count();
    let ok = PEOPLE_CJK_TITLES.iter().any(|t| line.ends_with(t))
        && (2..=24).contains(&line.chars().count())
        && !line.chars().any(|c| c.is_ascii_digit() || "，。、".contains(c));
    if !ok {
        return None;
    }
    // "王老師：", "Huber先生：": a surname and a title, which a letter's greeting uses; the full name may be elsewhere.
    if surname_only(line) {
        return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Salutation));
    }
    text.extracted(s, e, None, FAIR)
}

/// A name with its title that gives only one name: a Chinese surname ("王老師", "林女士") or one Latin word
/// ("Huber先生", "Dizon-Reyes博士").
fn surname_only(titled: &str) -> bool {
    let Some(title) = PEOPLE_CJK_TITLES.iter().filter(|t| titled.ends_with(*t)).max_by_key(|t| t.len()) else { return false };
    let name = titled[..titled.len() - title.len()].trim();
    let cjk = name.chars().filter(|&c| super::text::is_cjk(c)).count();
    let latin_words = name.split_whitespace().filter(|w| w.chars().any(|c| c.is_alphabetic() && !super::text::is_cjk(c))).count();
    (cjk == 1 && latin_words == 0) || (cjk == 0 && latin_words == 1 && !name.contains(['·', '・', '‧', '.']))
}

/// Where a name ends when a nationality or a document's number follows it in brackets: "Ms Oksana Melnyk
/// (Ukrainian)", "陳大文（加拿大籍）". A bracket that holds anything else ("Dr Li Wei (李偉)") stays with the name.
pub(super) fn before_bracketed_note(text: &Text, s: usize, e: usize, catalogue: &crate::Catalogue) -> usize {
    // "Ms Mariam Tsiklauri, Georgian, passport no. 17ID40318": a nationality or a document after a comma is no part
    // of the name either ("RAGHAVAN, Ananya" is a name).
    if let Some(comma) = (s..e).find(|&i| matches!(text.original[i], ',' | '，')) {
        let next = (comma + 1..e).find(|&i| matches!(text.original[i], ',' | '，' | ';')).unwrap_or(e);
        let part = text.lower_str(comma + 1, next);
        let part = part.trim();
        let a_note = super::lookup::nationality_code(catalogue, part).is_some()
            || PEOPLE_NOTES_AFTER_A_COMMA.iter().any(|w| part.starts_with(w));
        // (And a nationality in brackets before it: "Mr Gábor NAGY (Hungarian), passport no. BF4827163".)
        if a_note {
            return before_bracketed_note(text, s, comma, catalogue);
        }
    }
    let Some(open) = (s..e).find(|&i| matches!(text.original[i], '(' | '（')) else { return e };
    let close = (open + 1..e).find(|&i| matches!(text.original[i], ')' | '）')).unwrap_or(e);
    let inside = text.slice(open + 1, close);
    let inside = inside.trim().trim_end_matches('籍').trim_end_matches(" national").trim_end_matches(" citizen");
    // ("Ms Eva BERG (passport P1234567)": a document's number in brackets is no part of the name either.)
    let numbered = inside.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| w.len() >= 6 && w.chars().filter(char::is_ascii_digit).count() >= 5);
    // ("Ms Valeria RUIZ CASTAÑEDA (surname as in passport)": a note on how the name is written.)
    let note = PEOPLE_NOTES_IN_BRACKETS.iter().any(|w| inside.to_lowercase().contains(w));
    match super::lookup::nationality_code(catalogue, inside) {
        Some(_) => open,
        None if numbered || note => open,
        None => e,
    }
}

/// A name without the same name written again in the other script in brackets after it: "田中美穗教授（Prof. TANAKA
/// Miho）" is 田中美穗教授, "Dr Sarah WILLIAMS（韋莎拉博士）" is Dr Sarah WILLIAMS. The name as the letter's own script
/// writes it is the one it gives; the other is a gloss, like a nationality in brackets.
pub(super) fn without_the_name_again(text: &Text, x: &Extracted) -> Option<Extracted> {
    let (s, e) = (x.start, x.end);
    let open = (s..e).find(|&i| matches!(text.original[i], '(' | '（'))?;
    if !matches!(text.original[e - 1], ')' | '）') || open == s {
        return None;
    }
    let script = |a: usize, b: usize| {
        let part = &text.original[a..b];
        (part.iter().any(|&c| super::text::is_cjk(c)), part.iter().any(|c| c.is_ascii_alphabetic()))
    };
    let (before_cjk, before_latin) = script(s, open);
    // (Past a label of the name inside: "黃志強師傅（英文姓名：WONG Chee Keong）", "(Chinese name: 陳大文)".)
    let inside_from = (open + 1..e - 1)
        .find(|&i| matches!(text.original[i], ':' | '：'))
        .filter(|&c| c - open <= 9 && { let label = text.lower_str(open + 1, c); label.contains('名') || label.contains("name") })
        .map_or(open + 1, |c| c + 1);
    let (inside_cjk, inside_latin) = script(inside_from, e - 1);
    let other = (before_cjk && inside_latin && !inside_cjk) || (before_latin && !before_cjk && inside_cjk && !inside_latin);
    other.then(|| text.extracted(s, open, None, x.confidence)).flatten().map(|v| Extracted { reason: x.reason.clone(), ..v })
}

/// A line that is a Chinese letter's closing "此致", above the name of the person it is to.
fn is_cizhi(text: &Text, l: usize) -> bool {
    let (s, e) = text.lines[l];
    text.lower_str(s, e).trim().trim_end_matches([':', '：']) == "此致"
}

/// A Chinese letter's closing "此致" with the person's name under it ("此致\n林志堅先生"): whom the letter is to.
pub(super) fn under_cizhi(text: &Text) -> Option<Extracted> {
    let l = (text.letter_start..text.lines.len()).find(|&l| is_cizhi(text, l))?;
    let next = (l + 1..text.lines.len()).find(|&m| !text.is_blank(m))?;
    cjk_name_line(text, next)
}

/// A Chinese name with a title of any kind on a line of the address block, which the greeting below repeats with the
/// surname alone: "陳國強師傅" over "陳師傅：", "蔡佩珊護理師" over "蔡護理師：". The greeting says which words are the
/// title, whatever they are (a master's, a nurse's, a judge's).
fn greeted_by_surname_and_title(text: &Text, l: usize) -> Option<Extracted> {
    let (s, e) = text.trim(text.lines[l].0, text.lines[l].1);
    let line: Vec<char> = text.lower[s..e].to_vec();
    if !(3..=9).contains(&line.len()) || !line.iter().all(|&c| is_chinese(c)) {
        return None;
    }
    let below = (l + 1..text.lines.len()).filter(|&m| !text.is_blank(m)).take(3);
    for m in below {
        let (gs, ge) = text.trim(text.lines[m].0, text.lines[m].1);
        let greeting: Vec<char> = text.lower[gs..ge].iter().copied().take_while(|c| *c != ':').collect();
        if text.lower.get(gs + greeting.len()) != Some(&':') {
            continue;
        }
        // (Without the courtesy after the title: "陳師傅鈞鑒：".)
        let written: String = greeting.iter().collect();
        let greeting: Vec<char> = PEOPLE_CJK_COURTESIES.iter().find_map(|c| written.strip_suffix(c)).unwrap_or(&written).trim_end().chars().collect();
        for surname in 1..=2 {
            let title = greeting.len().saturating_sub(surname);
            let given = line.len().saturating_sub(surname + title);
            if (1..=4).contains(&title) && (1..=2).contains(&given) && greeting[..surname] == line[..surname] && greeting[surname..] == line[line.len() - title..] {
                return text.extracted(s, e, None, FAIR);
            }
        }
    }
    None
}

/// The invitee's name at the head of the address block: "Ms Isabelle Fournier" on its own line before "Dear ...",
/// or "To: Mr Karim Nasser".
pub(super) fn address_block(text: &Text) -> Option<Extracted> {
    for (l, &(s, e)) in text.lines.iter().enumerate().skip(text.letter_start) {
        if text.header_line[l] || text.is_blank(l) {
            continue;
        }
        let line = text.lower_str(s, e);
        let trimmed = line.trim();
        if let Some(found) = cjk_name_line(text, l) {
            // "致：英國倫敦 Sarah Johnson女士" above "Sarah Johnson女士：": the shorter line is the name, when what
            // it lacks is a place in Chinese; not when it lacks the given names ("Klaus WEBER先生" above
            // "WEBER先生：", a greeting by the surname).
            let bare = |v: &str| v.split_whitespace().collect::<String>();
            let shorter = (l + 1..text.lines.len().min(l + 10)).filter_map(|m| cjk_name_line(text, m)).find(|x| {
                let (long, short) = (bare(&found.value), bare(&x.value));
                // ("漢斯·貝克爾先生" above "貝克爾先生：": a given name joined by a dot is no place either.)
                if short.len() >= long.len() || !long.ends_with(&short) {
                    return false;
                }
                let lacks = &long[..long.len() - short.len()];
                !lacks.chars().any(|c| c.is_ascii_alphabetic()) && !lacks.ends_with(['·', '・', '‧'])
            });
            return Some(shorter.unwrap_or(found));
        }
        if let Some(found) = greeted_by_surname_and_title(text, l) {
            return Some(found);
        }
        if LETTER_GREETINGS.iter().any(|w| trimmed.starts_with(w.trim_end())) {
            break;
        }
        // The body or the signature: the address block is above them.
        let sentence = trimmed.chars().count() > 60 && (trimmed.contains(". ") || trimmed.ends_with('.'));
        // (Or a Chinese closing, "耑此，順頌", over the signature's name; not a district's name with one inside it,
        // "臺灣臺北市大安區".)
        let sign_off = LETTER_SIGN_OFFS.iter().any(|w| trimmed.trim_end_matches([',', '.']) == *w)
            || (trimmed.chars().count() <= 8 && LETTER_CLOSING_COURTESIES.iter().any(|w| trimmed.starts_with(w) || trimmed.ends_with(w)));
        if sentence || sign_off {
            break;
        }
        let lead = line.chars().count() - line.trim_start().chars().count();
        let prefix = LETTER_ADDRESSED_TO.iter().filter(|p| p.is_ascii()).find(|p| trimmed.starts_with(*p));
        let (rest, skip) = match prefix.map(|p| &trimmed[p.len()..]) {
            Some(r) => (r.trim_start(), lead + prefix.map_or(0, |p| p.chars().count()) + (r.chars().count() - r.trim_start().chars().count())),
            None => (trimmed, lead),
        };
        let words: Vec<&str> = rest.split_whitespace().collect();
        let title = words.first().map(|w| w.trim_end_matches('.'));
        // "Ms Olena Kovalenko (Ukrainian)": the name ends before a bracket; "Dr Rafael Mendes, Lisbon, Portugal"
        // before a comma (but "Dr Ama Owusu, PhD" keeps its letters after the name).
        let e = (s + skip..e).find(|&i| text.lower[i] == '(').unwrap_or(e);
        let comma = (s + skip..e).find(|&i| text.lower[i] == ',').filter(|&c| {
            let after = text.lower_str(c + 1, e);
            let letters = ["phd", "md", "mba", "obe", "mbe", "cbe", "jr", "sr", "ii", "iii", "frcp", "fcca", "hon"];
            // (Or letters that start with two capitals, as post-nominals are written: "Mr SATO Kenji, Hon. FAIA",
            // "…, FRSSAf".)
            // (All the rest is such letters: not "KTH Royal Institute of Technology", "LISBON, PORTUGAL" or "UK".)
            let post_nominal = |w: &str| {
                let w = w.trim_end_matches('.');
                let lower = w.chars().any(|c| c.is_ascii_lowercase());
                let most = if lower { 8 } else { 5 };
                (2..=most).contains(&w.chars().count())
                    && w.chars().take(2).all(|c| c.is_ascii_uppercase())
                    && w.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
                    && !PEOPLE_NOT_POST_NOMINALS.contains(&w.to_ascii_lowercase().as_str())
            };
            let rest = text.slice(c + 1, e);
            let words: Vec<&str> = rest.split([',', ' ']).filter(|w| !w.is_empty()).collect();
            let capitals = !words.is_empty() && words.iter().all(|w| post_nominal(w) || w.trim_end_matches('.') == "Hon");
            !capitals && !letters.iter().any(|l| after.trim().split([',', ' ', '.']).next() == Some(*l))
        });
        let (e, words) = match comma {
            // The words up to the comma, for the counts below.
            Some(c) => (c, rest.split_whitespace().take(text.lower_str(s + skip, c).split_whitespace().count()).collect()),
            None => (e, words),
        };
        let names_capitalised = text
            .slice(s + skip, e)
            .split_whitespace()
            .skip(1)
            .all(|w| w.chars().next().is_some_and(is_capital) || PEOPLE_NAME_PARTICLES.contains(&w));
        // "To: Rafael Souza": a name after "To:", without a title.
        let to_name = trimmed.starts_with("to:")
            && (2..=4).contains(&words.len())
            && text.slice(s + skip, e).split_whitespace().all(|w| w.chars().next().is_some_and(is_capital))
            && !rest.chars().any(|c| c.is_ascii_digit() || c == '@');
        if to_name && !looks_like_organisation(rest) {
            return text.extracted(s + skip, e, None, FAIR);
        }
        // "Anna KOWALSKA": a name whose surname is in capitals, alone on its line.
        let original = text.slice(s + skip, e);
        let capitals_surname = (2..=4).contains(&words.len())
            && original.split_whitespace().all(|w| w.chars().next().is_some_and(is_capital) && w.chars().all(|c| c.is_alphabetic() || "-'.".contains(c)))
            && original.split_whitespace().any(|w| w.chars().count() >= 2 && w.chars().all(|c| !c.is_lowercase()))
            && original.split_whitespace().any(|w| w.chars().any(char::is_lowercase));
        // (Not a letterhead's line in capitals and a unit: "HONGKONG POST　Philatelic Section".)
        let a_unit = original.split_whitespace().any(|w| ORGANISATION_UNITS.contains(&w.to_lowercase().as_str()));
        // (Nor a building's name in a letterhead's address: "ICAC Building", "CAS Headquarters".)
        let a_place = original.split_whitespace().last().is_some_and(|w| w.chars().any(char::is_lowercase) && super::cues::VENUE_PLACES.contains(&w.to_lowercase().as_str()));
        if capitals_surname && !looks_like_organisation(trimmed) && !a_unit && !a_place {
            return text.extracted(s + skip, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
        }
        if title.is_some_and(|t| PEOPLE_HONORIFICS.contains(&t))
            && (2..=6).contains(&words.len())
            && names_capitalised
            && !rest.chars().any(|c| c.is_ascii_digit())
        {
            return text.extracted(s + skip, e, None, FAIR);
        }
    }
    None
}

/// "Dear Dr Amelia Hart," / "尊敬的陳大文先生：".
pub(super) fn salutation(text: &Text) -> Option<Extracted> {
    for (l, &(s, e)) in text.lines.iter().enumerate().skip(text.letter_start) {
        if text.header_line[l] {
            continue;
        }
        let line = text.lower_str(s, e);
        let trimmed = line.trim_start();
        let lead = line.chars().count() - trimmed.chars().count();
        for opener in LETTER_GREETINGS.iter().chain(LETTER_ADDRESSED_TO.iter().filter(|p| !p.is_ascii())) {
            if let Some(rest) = trimmed.strip_prefix(opener) {
                let name_start = s + lead + opener.chars().count();
                let rest = rest.trim_end();
                let bare = rest.trim_end_matches([',', ':', '，', '：', '.']).trim();
                if bare.is_empty() || LETTER_GENERIC_ADDRESSEES.contains(&bare) || bare.chars().count() > 60 {
                    continue;
                }
                return text.extracted(name_start, e, None, GUESS).map(|x| x.doubt(Reason::Salutation));
            }
        }
    }
    None
}


/// The signatory of a Chinese letter, read from the bottom: past the date, the posts and the organisation's name,
/// the first short line is the name ("黃嘉欣教授", "郑国华 谨启", "（陳嘉儀　代行）").
pub(super) fn cjk_signatory(text: &Text) -> Option<Extracted> {
    // Above a message quoted below the letter ("在 2026年10月30日 … 写道:", "> ..."): its sender is not the signatory.
    let quoted = |l: usize| {
        let line = text.lower_str(text.lines[l].0, text.lines[l].1);
        let line = line.trim();
        line.starts_with('>') || text.introduces_quote(l) || LETTER_QUOTE_MARKERS.iter().any(|m| line.starts_with(m))
    };
    let quote_start = text.content_lines.iter().copied().filter(|&l| l > text.letter_start).find(|&l| quoted(l)).unwrap_or(usize::MAX);
    // (Nor below a reply slip's or an annex's heading under the letter: "回條", "附件：日程表".)
    let end = text.letter_end.min(quote_start);
    // (Nor, under a letter with its closing courtesy, below an e-mail's signature rule, "——": the sender's, who may be
    // a secretary sending it for the one who signs.)
    let rule = |l: usize| {
        let line = text.lower_str(text.lines[l].0, text.lines[l].1);
        let line = line.trim();
        (2..=10).contains(&line.chars().count()) && line.chars().all(|c| matches!(c, '-' | '—' | '_' | '–'))
    };
    let courtesy = |l: usize| {
        let line = text.lower_str(text.lines[l].0, text.lines[l].1);
        LETTER_CLOSING_COURTESIES.iter().any(|w| line.trim() == *w)
    };
    // (Only when someone signs between them: "敬祝 / 教安 / 區志明教授 謹啟 / ——", not "祝好 / -- / 劉美儀".)
    let signs_above = |r: usize| {
        let Some(c) = text.content_lines.iter().copied().filter(|&l| l < r && l > text.letter_start && courtesy(l)).last() else { return false };
        text.content_lines.iter().copied().filter(|&l| l > c && l < r).any(|l| {
            let line = text.lower_str(text.lines[l].0, text.lines[l].1);
            !LETTER_NOT_A_NAME.iter().any(|w| line.trim() == *w) && line.trim().chars().any(is_chinese)
        })
    };
    let end = text.content_lines.iter().copied().filter(|&l| l < end && rule(l)).find(|&r| signs_above(r)).unwrap_or(end);
    let lines: Vec<usize> = text.content_lines.iter().rev().filter(|&&l| l < end).take(15).copied().collect();
    let mut other: Option<(usize, usize)> = None;
    for l in lines.into_iter().filter(|&l| !in_copy_list(text, l)) {
        // "此致 / 李先生": the person the letter is to, not who signs it; but "此致 / 体育专员　杨家豪", a post and a bare
        // name with nothing but a date under them, signs it.
        let line = text.lower_str(text.lines[l].0, text.lines[l].1);
        let signs = line.trim().split_once(char::is_whitespace).is_some_and(|(post, name)| {
            let name = name.trim();
            PEOPLE_CJK_POSTS.iter().any(|p| post.ends_with(p)) && (2..=4).contains(&name.chars().count()) && name.chars().all(is_chinese)
        }) && text.content_lines.iter().filter(|&&m| m > l && m < end).all(|&m| dates_only(text.lower_str(text.lines[m].0, text.lines[m].1)));
        if !signs && text.content_lines.iter().rev().find(|&&m| m < l).is_some_and(|&m| is_cizhi(text, m)) {
            continue;
        }
        let (s, e) = text.lines[l];
        let (mut s, mut e) = text.trim(s, e);
        // Two signers side by side ("黎志文　　　　區慧敏" under "主席　　　　秘書長"): the first, on the left.
        if let Some(gap) = (s..e).find(|&i| text.original[i].is_whitespace() && text.original.get(i + 1).is_some_and(|c| c.is_whitespace())) {
            let rest = text.lower_str(gap, e);
            let cells = rest.split_whitespace().count();
            let first = text.lower_str(s, gap);
            let post = PEOPLE_CJK_POSTS.iter().any(|p| first.ends_with(p));
            if cells == 1 && !post && looks_like_a_cjk_name(first) && first.chars().all(is_chinese) && rest.trim().chars().all(is_chinese) {
                e = gap;
            }
        }
        // "陳穎芝 Wing-chi CHAN", "张嘉敏（她）| CHEUNG Ka-man (she/her)": a Chinese name, then the same in Latin
        // letters (or the signer's pronouns): the Chinese name.
        {
            let whole = text.lower_str(s, e);
            let chinese = whole.chars().take_while(|&c| is_chinese(c)).count();
            let rest = whole.chars().skip(chinese).collect::<String>();
            let rest = PEOPLE_PRONOUNS.iter().fold(rest.as_str(), |r, p| r.strip_prefix(p).unwrap_or(r)).trim_start();
            // (The Latin name a person's: two to four capitalised words, the surname in capitals; not "離港 Departure".)
            // (Or in brackets: "梁卓恒 (LEUNG Cheuk-hang)".)
            let latin = rest.trim_start_matches(['|', '/', ' ']);
            let latin = PEOPLE_PRONOUNS.iter().fold(latin.trim_end(), |r, p| r.strip_suffix(p).unwrap_or(r)).trim_end();
            let latin = latin.strip_prefix('(').and_then(|l| l.strip_suffix(')')).unwrap_or(latin);
            let words: Vec<&str> = latin.split_whitespace().collect();
            let a_name = (2..=4).contains(&words.len())
                && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && w.chars().all(|c| c.is_ascii_alphabetic() || c == '-'))
                && text.slice(s, e).split_whitespace().map(|w| w.trim_matches(['(', ')'])).any(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()));
            // (A post before a Latin name, "主任 CHAN Tai-man", is cut so too, and then read as a post below.)
            // (Or honours and degrees after it, "陳志強教授 PhD (RCA), FHKDA, FCSD".)
            let as_written = text.slice(s + chinese.min(e - s), e);
            let listed = |part: &str| PEOPLE_POST_NOMINALS.contains(&crate::catalogue::names::lowercase(part.split('(').next().unwrap_or("").trim().trim_end_matches('.')).as_str());
            let post_nominals = !latin.is_empty() && as_written.split(',').any(listed) && as_written.split(',').all(|part| {
                let word = part.split('(').next().unwrap_or("").trim();
                listed(part) || word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase())
            });
            if (2..=4).contains(&chinese) && chinese < whole.chars().count() && (a_name || rest.is_empty()) || (2..=6).contains(&chinese) && post_nominals {
                e = s + chinese;
            }
        }
        // "刘家豪教授（签字）", "（签署）李志豪": the note that it was signed is no part of the line's name.
        if let Some(note) = PEOPLE_SIGNED_NOTES.iter().find(|w| text.lower_str(s, e).ends_with(*w)) {
            e = text.trim(s, e - note.chars().count()).1;
        } else if let Some(note) = PEOPLE_SIGNED_NOTES.iter().find(|w| text.lower_str(s, e).starts_with(*w) && e - s > w.chars().count() + 1) {
            s = text.trim(s + note.chars().count(), e).0;
        }
        let line = text.lower_str(s, e);
        // (A name may hold 道 or 路 too: "華道賢". An address is longer.)
        // (No Chinese name starts with a place: "香港新界沙田" is an address.)
        let address = line.chars().any(|c| c.is_ascii_digit())
            || line.ends_with(['號', '号', '室', '樓', '楼'])
            || (line.chars().count() > 6 && line.chars().any(|c| "路道街".contains(c)))
            || PEOPLE_CJK_PLACES.iter().any(|p| line.starts_with(p));
        // "行政總裁：黃俊熙": a post as a label, and the name.
        // (The name with its title or the note that it was signed: "院长：刘家豪教授（签字）".)
        let post_label = line.split_once(':').filter(|(post, name)| {
            let name = PEOPLE_SIGNED_NOTES.iter().fold(name.trim(), |n, w| n.strip_suffix(w).unwrap_or(n).trim_end());
            let name = PEOPLE_CJK_TITLES.iter().fold(name, |n, t| n.strip_suffix(t).unwrap_or(n));
            PEOPLE_CJK_POSTS.iter().any(|p| post.trim_end().ends_with(p)) && (2..=4).contains(&name.chars().count()) && name.chars().all(is_chinese)
        });
        if let Some((post, _)) = post_label {
            s += post.chars().count() + 1;
        }
        let labelled = post_label.is_none() && text.lower_str(text.lines[l].0, text.lines[l].1).contains(':');
        // An e-mail's disclaimer under the signature: "本電郵及其附件或載有機密資料…", "This e-mail and any attachments …".
        if PEOPLE_DISCLAIMERS.iter().any(|d| line.contains(d)) {
            continue;
        }
        // The body: the signature is below it. (Not a long contact line under the signature: "电话：+852 2766 5xxx　电邮：
        // sd.events@polyu.edu.hk".)
        // (Nor a line in Latin letters, "香港中文大學音樂系 Department of Music, The Chinese University of Hong Kong": a
        // Chinese letter's body is Chinese.)
        // (An English sentence is body still.)
        let sentence = line.contains(". ") || line.trim_end().ends_with('.');
        let latin = !sentence && line.chars().filter(char::is_ascii_alphabetic).count() > line.chars().filter(|&c| is_chinese(c)).count();
        let contact = !line.contains('。') && (labelled || line.contains('@') || latin);
        if (line.contains('。') || line.chars().count() > 40) && !contact {
            break;
        }
        if dates_only(line) || line.contains(',') || line.contains('，') || line.contains('@') || labelled || address {
            continue; // a date, an address, a telephone, an e-mail or a labelled line
        }
        // "【蓋章】", "[seal]": where the seal goes, no name; nor "（部門印章）", "〔印〕", "（系印）", "學系印章"; nor a note
        // that it was signed, "（電子簽署）".
        if matches!(line.chars().next(), Some('【' | '[')) && matches!(line.chars().last(), Some('】' | ']')) || a_signing_note(line) {
            continue;
        }
        let bracketed = matches!(line.chars().next(), Some('(' | '〔')) && matches!(line.chars().last(), Some(')' | '〕'));
        let inside = line.trim_matches(|c| "()〔〕".contains(c));
        if bracketed && LETTER_SEALS.iter().any(|w| inside.ends_with(w)) || LETTER_SEALS.iter().any(|w| w.chars().count() > 1 && line.ends_with(w)) {
            continue;
        }
        // "副秘书长（文化）罗颖思": a post with its field in brackets, then the name.
        let close = line.chars().position(|c| c == ')' || c == '）').filter(|&c| c + 1 < line.chars().count());
        if let Some((open, close)) = close.and_then(|c| Some((line.chars().position(|o| o == '(' || o == '（').filter(|&o| o < c)?, c))) {
            let before: String = line.chars().take(open).collect();
            if PEOPLE_CJK_POSTS.iter().any(|p| before.trim_end().ends_with(p)) {
                s += close + 1;
            }
        }
        if matches!(line.chars().next(), Some('(' | '（')) && matches!(line.chars().last(), Some(')' | '）')) {
            s += 1;
            e -= 1;
            // "（高級經理（文化節目）黃志明　代行）": inside, a post with its field in brackets, then the name.
            let inner = text.lower_str(s, e);
            if let Some(c) = inner.rfind(')') {
                let before = &inner[..inner[..c].rfind('(').unwrap_or(0)];
                if PEOPLE_CJK_POSTS.iter().any(|p| before.trim_end().ends_with(p)) {
                    s += inner[..=c].chars().count();
                }
            }
        } else if let Some(open) = line.chars().position(|c| c == '(' || c == '（').filter(|&o| {
            // "鄭永康（Eric CHENG）": a Chinese name, then the same name in Latin letters.
            let inside: String = line.chars().skip(o + 1).take_while(|&c| c != ')' && c != '）').collect();
            (2..=4).contains(&o) && line.chars().take(o).all(is_chinese) && inside.chars().all(|c| c.is_ascii_alphabetic() || " .-'".contains(c)) && inside.contains(' ')
        }) {
            e = s + open;
        } else if let Some(open) = line.chars().position(|c| c == '(' || c == '（').filter(|_| matches!(line.chars().last(), Some(')' | '）'))) {
            let before: String = line.chars().take(open).collect();
            let inside: String = line.chars().skip(open + 1).take(line.chars().count().saturating_sub(open + 2)).collect();
            let post = |w: &str| PEOPLE_CJK_POSTS.iter().any(|p| w.trim_end().ends_with(p));
            if post(&before) && LETTER_SIGNATURE_TAILS.iter().any(|t| inside.trim_end().ends_with(t)) {
                // "署长（刘家豪 代行）": the post, then the name signing for it in brackets.
                s += open + 1;
                e -= 1;
            } else if (post(&inside) || LETTER_SIGNATURE_TAILS.contains(&inside.trim())) && !post(&before) {
                // "何嘉欣（總課程發展主任）", "陳志強（代行）": the name, then the post or "signing for" in brackets.
                e = s + open;
            } else if post(&before) && PEOPLE_CJK_TITLES.iter().any(|t| inside.trim().ends_with(t) && inside.trim().chars().count() > t.chars().count() + 1) {
                // "館長（伍凱琪博士）", "赛事总监（陈浩文先生）": the post, then the titled name in brackets.
                s += open + 1;
                e -= 1;
            } else if post(&before) {
                // "高級行政主任（區議會）", "副院長（學術事務）": a post, and its office or field in brackets.
                continue;
            }
        }
        // "秘书长　赵敏仪", "行政总裁 周慧芬", "（助理消防區長 劉家豪 代行）": a post (a word ending in one) before the name.
        let (ts, _) = text.trim(s, e);
        let inner = text.lower_str(ts, e);
        if let Some(first) = inner.split(char::is_whitespace).next().filter(|w| w.chars().count() < inner.chars().count()) {
            // (With its field after a slash: "总工程师／污水处理 刘家豪 代行".)
            let post = first.split('/').next().unwrap_or(first);
            if PEOPLE_CJK_POSTS.iter().any(|p| first.ends_with(p) || post.ends_with(p)) {
                s = ts + first.chars().count();
            }
        }
        for tail in LETTER_SIGNATURE_TAILS {
            let l2 = text.lower_str(s, e);
            if l2.trim_end().ends_with(tail) {
                e = s + l2.trim_end().chars().count() - tail.chars().count();
            }
        }
        let (mut s, e) = text.trim(s, e);
        // "文化節目組經理何志明", "助理署长郑家伟": a post written straight before the name, without a space.
        {
            let inner: Vec<char> = text.lower[s..e].to_vec();
            let joined: String = inner.iter().collect();
            let after_post = PEOPLE_CJK_POSTS
                .iter()
                .filter_map(|p| joined.rfind(p).map(|b| joined[..b].chars().count() + p.chars().count()))
                .max();
            if let Some(k) = after_post.filter(|&k| (2..=4).contains(&(inner.len() - k)) && inner[k..].iter().all(|&c| is_chinese(c))) {
                s += k;
            }
        }
        let name = text.lower_str(s, e);
        let count = name.chars().count();
        if count == 0
            || LETTER_NOT_A_NAME.iter().any(|w| name.starts_with(w))
            || LETTER_CLOSING_COURTESIES.iter().any(|w| name.contains(w))
            || PEOPLE_CJK_POSTS.iter().any(|p| name.ends_with(p))
            || looks_like_organisation(name)
            || ORGANISATION_ACADEMIC_UNITS.iter().any(|u| !u.is_ascii() && name.ends_with(u))
            || PEOPLE_CJK_TITLES.contains(&name)
            || name.contains('@')
        {
            continue;
        }
        if count <= 12 && !name.is_ascii() {
            // Two signers, each under a post ("離島民政事務專員 / 何詠芝 / 離島區議會主席 / 林錦添"): the first signs first.
            let above: Vec<usize> = text.content_lines.iter().rev().filter(|&&m| m < l).take(3).copied().collect();
            let line_of = |m: usize| text.lower_str(text.lines[m].0, text.lines[m].1).trim().to_string();
            let is_post = |m: usize| PEOPLE_CJK_POSTS.iter().any(|p| line_of(m).ends_with(p));
            let is_name = |m: usize| (2..=4).contains(&line_of(m).chars().count()) && line_of(m).chars().all(is_chinese);
            if let [post, first, first_post] = above[..] {
                if is_post(post) && is_name(first) && is_post(first_post) {
                    let (fs, fe) = text.trim(text.lines[first].0, text.lines[first].1);
                    return text.extracted(fs, fe, None, GUESS).map(|x| x.doubt(Reason::Prose));
                }
            }
            // A signature block's lines under the name (a post, a unit: "副教授及研究周統籌", "特種救援訓練組") come
            // before it from the bottom: the name itself is taken first, when the block has one.
            if looks_like_a_cjk_name(name) {
                return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
            }
            // (One character is no name: "祝" over "夏安", a closing's first half.)
            if count >= 2 {
                other = other.or(Some((s, e)));
            }
        }
    }
    other.and_then(|(s, e)| text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose)))
}


/// Whether line `l` is in the list of those a copy goes to ("副本送：… / 高級聯絡主任陳偉強先生", "c.c. Ms Amy Lau"):
/// its block of lines, up from it, starts with "c.c." or 副本.
fn in_copy_list(text: &Text, l: usize) -> bool {
    let mut m = l;
    loop {
        let line = text.lower_str(text.lines[m].0, text.lines[m].1);
        if LETTER_COPY_TO.iter().any(|w| line.trim_start().starts_with(w)) {
            return true;
        }
        if m == 0 || l - m >= 8 || text.is_blank(m - 1) {
            return false;
        }
        m -= 1;
    }
}

/// Whether a line of a Chinese signature is a person's name: two to four Chinese characters, perhaps with a title
/// after them ("何穎詩博士"), or a name in Latin letters.
fn looks_like_a_cjk_name(line: &str) -> bool {
    let bare = PEOPLE_CJK_TITLES.iter().fold(line.trim(), |l, t| l.strip_suffix(t).unwrap_or(l)).trim();
    let chinese = (2..=4).contains(&bare.chars().count()) && bare.chars().all(is_chinese);
    let latin = bare.is_ascii() && (2..=4).contains(&bare.split_whitespace().count()) && bare.split_whitespace().all(|w| w.chars().next().is_some_and(|c| c.is_ascii_uppercase()));
    chinese || latin
}

/// Whether a line holds nothing but dates, digits and date characters.
pub(super) fn dates_only(line: &str) -> bool {
    line.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || "年月日號号〇零一二三四五六七八九十廿卅-/.,()（）星期".contains(c))
}

/// The name under the sign-off; or, in a government letter, "( Patrick LEUNG )" above "for Secretary for ...".
pub(super) fn signatory(text: &Text) -> Option<Extracted> {
    let n = text.lines.len();
    let cjk = text.original.iter().filter(|c| !c.is_ascii() && is_alpha(**c)).count();
    let latin = text.original.iter().filter(|c| c.is_ascii_alphabetic()).count();
    if cjk > latin {
        return cjk_signatory(text).or_else(|| under_sign_off(text));
    }
    // (Below the greeting: "(中文版本載於英文版本之後)" above it is a note on the letter.)
    let greeting = text.greeting_line();
    // (A bracketed line that is plainly a person's, with a title or a surname in capitals, over one that may be a
    // division's under the post: "(Miss Florence NG)" over "(Waste Management Policy)".)
    let mut unsure: Option<(usize, usize)> = None;
    for l in (greeting.map_or(text.letter_start, |g| g + 1)..n).rev().take(40) {
        let (s, e) = text.lines[l];
        let line: String = text.slice(s, e);
        let t = line.trim();
        // "( CHAN Tai-man )" under "for Director of ...", but not "(Signed)".
        let marker = LETTER_NOT_A_NAME.contains(&crate::catalogue::names::lowercase(t).as_str()) || a_signing_note(&crate::catalogue::names::lowercase(t));
        // (A name's words are capitalised, "( CHAN Tai-man )"; "(by kind favour of Ms Kadri Tamm)" is a note.)
        let inside = t.trim_start_matches('(').trim_end_matches(')');
        // (Nor a day and a time, "(Friday 24 March 2028, 18:00)": a name has no digits.)
        let name = inside.split_whitespace().all(|w| w.chars().next().is_some_and(|c| !c.is_ascii_lowercase()) || PEOPLE_NAME_PARTICLES.contains(&w))
            && !inside.contains(|c: char| c.is_ascii_digit());
        if t.starts_with('(') && t.ends_with(')') && t.chars().count() <= 40 && t.chars().any(crate::catalogue::names::is_alpha) && !marker && name {
            let open = s + line.find('(').map(|b| line[..b].chars().count()).unwrap_or(0) + 1;
            let close = s + line.rfind(')').map(|b| line[..b].chars().count()).unwrap_or(0);
            let titled = inside.split_whitespace().any(|w| PEOPLE_HONORIFICS.iter().any(|h| h.trim_end_matches('.') == crate::catalogue::names::lowercase(w.trim_end_matches('.'))));
            let surname = inside.split_whitespace().any(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || c == '-'));
            if titled || surname {
                return text.extracted(open, close, None, CLEAR_CUE);
            }
            // (Under a post, "Deputy Director of Electrical and Mechanical Services / (Regulatory Services)", it is
            // the post's division; the name in brackets is above the post.)
            let above = l.checked_sub(1).filter(|&k| !text.is_blank(k));
            let under_a_post = above.is_some_and(|k| {
                let post = text.lower_str(text.lines[k].0, text.lines[k].1);
                post.split(|c: char| !c.is_alphanumeric() && c != '-').any(|w| PEOPLE_POSTS.contains(&w))
            });
            if !under_a_post {
                unsure.get_or_insert((open, close));
            }
        }
    }
    if let Some((open, close)) = unsure {
        return text.extracted(open, close, None, CLEAR_CUE);
    }
    under_sign_off(text).or_else(|| cjk_signatory(text)).or_else(|| name_above_post(text))
}

/// The name within a Chinese signature line that holds more: "（副校長（學術）　司徒嘉敏教授　代行）" is 司徒嘉敏教授,
/// "会长　郑国华" 郑国华 and "刘振华 教授" 刘振华: in brackets, with 代行, the post before the name, a title apart after
/// it. A line of one word stays as it is.
pub(super) fn name_in_signature(text: &Text, x: Extracted) -> Extracted {
    // "(NG Mei-ling)" under "[signed]": the brackets a government letter puts round the signer's name are no part of it.
    // (Only round a name: a surname in capitals among capitalised words, or a Chinese name; "(See Annex B)", "（見附件）"
    // are notes, and stay as they are for the form's own words to be told apart.)
    let bracketed = x.end - x.start > 2 && text.lower.get(x.start) == Some(&'(') && text.lower.get(x.end - 1) == Some(&')') && {
        let inside = text.slice(x.start + 1, x.end - 1);
        let words: Vec<&str> = inside.split_whitespace().collect();
        let capitalised = words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) || PEOPLE_NAME_PARTICLES.contains(w));
        let surname = words.iter().any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| !c.is_lowercase()));
        let latin = (2..=5).contains(&words.len()) && capitalised && surname && inside.chars().all(|c| c.is_alphabetic() || " -'.,".contains(c));
        latin || inside.chars().all(is_chinese) && looks_like_a_cjk_name(&inside)
    };
    let x = match bracketed.then(|| text.extracted(x.start + 1, x.end - 1, None, x.confidence)).flatten() {
        Some(inside) => Extracted { reason: x.reason.clone(), ..inside },
        None => x,
    };
    // "郑国栋（签名）", "Kenneth YIP (signed)": the note that it was signed is no part of the name.
    let read = super::text::folded(&x.value);
    let x = match PEOPLE_SIGNED_NOTES.iter().find_map(|w| read.strip_suffix(w)).map(str::trim_end).filter(|v| !v.is_empty()) {
        // (Cut from its end: the value's own words may be spaced otherwise than the letter's.)
        Some(name) => text.extracted(x.start, x.end - (read.chars().count() - name.chars().count()), None, x.confidence).map_or(x.clone(), |v| Extracted { reason: x.reason.clone(), ..v }),
        None => x,
    };
    // "【电子签名】陈嘉欣", "[e-signed] Mary CHAN": a bracket before the name that says it was signed is no part of it.
    // (Folded, "（電子簽名）" and "［e-signed］" open as "(" and "[" do.)
    let opens = |c: char| matches!(c, '[' | '(' | '【' | '〔');
    let mark = text.lower.get(x.start).copied().filter(|&c| opens(c)).and_then(|_| (x.start + 1..x.end).find(|&i| matches!(text.lower[i], ']' | ')' | '】' | '〕')));
    let x = match mark.filter(|&close| PEOPLE_SIGNATURE_MARK_WORDS.iter().any(|w| text.lower_str(x.start, close).contains(w))) {
        Some(close) => {
            let (a, b) = text.trim(close + 1, x.end);
            text.extracted(a, b, None, x.confidence).filter(|_| b > a).map_or(x.clone(), |v| Extracted { reason: x.reason.clone(), ..v })
        }
        None => x,
    };
    let x = latin_name_signed(text, x);
    let (mut s, mut e) = (x.start, x.end);
    if e > s + 2 && matches!(text.original[s], '(' | '（') && matches!(text.original[e - 1], ')' | '）') {
        s += 1;
        e -= 1;
    }
    let apart = |c: char| c == ' ' || c == '\u{3000}';
    let tokens: Vec<(usize, usize)> = {
        let mut out = Vec::new();
        let mut i = s;
        while i < e {
            while i < e && apart(text.original[i]) {
                i += 1;
            }
            let start = i;
            // (A bracket's close ends a word: "总警司（网络安全及科技罪案）郑家豪", a post with its field, then the name.)
            while i < e && !apart(text.original[i]) && !(i > start && matches!(text.original[i - 1], ')' | '）')) {
                i += 1;
            }
            if i > start {
                out.push((start, i));
            }
        }
        out
    };
    // (A name in both scripts, "Ho Wai-ling 何慧玲", is read as written.)
    if text.original[s..e].iter().any(char::is_ascii_alphabetic) {
        return x;
    }
    // "梁志豪（行政总监）": a name with its post in brackets after it.
    if let [(a, b)] = tokens[..] {
        let word = text.slice(a, b);
        let post = word.strip_suffix(['）', ')']).and_then(|w| w.split_once(['（', '(']));
        if let Some((name, _)) = post.filter(|(name, post)| looks_like_a_cjk_name(name) && PEOPLE_CJK_POSTS.iter().any(|p| post.ends_with(p))) {
            if let Some(found) = text.extracted(a, a + name.chars().count(), None, x.confidence) {
                return Extracted { reason: x.reason, ..found };
            }
        }
    }
    // "（副系主任吴家豪教授代行）": a post run into the name before it, with nothing between: past the post.
    if tokens.len() == 1 {
        let (a, b) = tokens[0];
        let word: Vec<char> = text.original[a..b].to_vec();
        let end = if text.lower_str(a, b).ends_with("代行") { b - 2 } else { b };
        // (A name of two to six characters with its title after the post: not "校長辦公室", a post's office.)
        let after_post = (2..word.len().saturating_sub(1)).rev().find(|&k| {
            let head: String = word[..k].iter().collect();
            let name = text.slice(a + k, end.max(a + k));
            PEOPLE_CJK_POSTS.iter().any(|p| head.ends_with(p))
                && word[k..].iter().all(|&c| super::text::is_cjk(c))
                && (2..=6).contains(&name.chars().count())
                && !looks_like_organisation(&name)
                && !ORGANISATION_CJK_UNIT_ENDS.iter().any(|u| name.ends_with(u))
        });
        if let Some(k) = after_post {
            if let Some(found) = text.extracted(a + k, end, None, x.confidence) {
                return Extracted { reason: x.reason, ..found };
            }
        }
    }
    if tokens.len() < 2 {
        return x;
    }
    const APART: &[&str] = &["代行", "代簽", "代签", "教授", "博士", "先生", "女士", "醫生", "医生"];
    let word = |&(a, b): &(usize, usize)| text.slice(a, b);
    // (Not a post after the name: "陳大文　校長".)
    let post = |w: &str| PEOPLE_CJK_POSTS.iter().any(|p| w.ends_with(p));
    let at = tokens.iter().rposition(|t| {
        let w = word(t);
        let n = w.chars().count();
        (1..=6).contains(&n) && w.chars().all(|c| !c.is_ascii() && is_alpha(c)) && !APART.contains(&w.as_str()) && !post(&w)
    });
    // A name written with a space after its surname, "司徒　嘉敏", is one name.
    let span = at.map(|i| {
        let (a, b) = tokens[i];
        let short = |t: &(usize, usize)| (1..=2).contains(&(t.1 - t.0)) && word(t).chars().all(|c| !c.is_ascii() && is_alpha(c)) && !post(&word(t));
        if i > 0 && short(&tokens[i]) && short(&tokens[i - 1]) { (tokens[i - 1].0, b) } else { (a, b) }
    });
    match span.filter(|&(a, b)| b - a >= 2).and_then(|(a, b)| text.extracted(a, b, None, x.confidence)) {
        Some(found) => Extracted { reason: x.reason, ..found },
        None => x,
    }
}

/// A name signed in Latin letters, without the marks around it: "(Signed) Albert TSE Kwok-on, MH" is Albert TSE
/// Kwok-on, "/s/ Yvonne Tsang" the name typed in full on the line under it ("Yvonne TSANG Hoi-yan, PhD"), and so is
/// an e-mail's "Kit" over its signature block's "Kit CHAN Wing-kit | Senior Manager".
fn latin_name_signed(text: &Text, x: Extracted) -> Extracted {
    if !text.original[x.start..x.end].iter().any(char::is_ascii_alphabetic) {
        return x;
    }
    let (mut s, mut e) = (x.start, x.end);
    let lower = text.lower_str(s, e);
    if let Some(mark) = PEOPLE_SIGNED_MARKS.iter().find(|m| lower.starts_with(*m)) {
        s = text.trim(s + mark.chars().count(), e).0;
    }
    // ", MH", ", BBS, MH, JP", ", PhD", ", PhD (Edin.)": honours and degrees after the name's comma (not "Vincent Ma"),
    // or after a Chinese name's space ("李靜文教授 BBS").
    loop {
        let after_cjk = |i: usize| matches!(text.original[i], ' ' | '\u{3000}') && i > s && super::text::is_cjk(text.original[i - 1]);
        let at = (s..e).rev().find(|&i| text.original[i] == ',' || after_cjk(i)).filter(|&i| i > s);
        let Some(at) = at else { break };
        // (Apart by a space, only in capitals as written: "李靜文教授 BBS".)
        if after_cjk(at) && text.original[at + 1..e].iter().any(|c| c.is_lowercase()) {
            break;
        }
        let word = text.lower_str(at + 1, e);
        // (Where the degree was taken, in brackets after it, goes with it.)
        let word = word.split_once('(').map_or(word, |(w, _)| w).trim();
        if !PEOPLE_POST_NOMINALS.contains(&word.trim_end_matches('.')) {
            break;
        }
        e = text.trim(s, at).1;
        e = (s..e).rev().find(|&i| text.original[i] != ',').map_or(s, |i| i + 1);
    }
    let shown = text.slice(s, e);
    let first = shown.split_whitespace().next().unwrap_or("").to_string();
    // The line under it, when it gives the same name at more length.
    let l = text.line_of(x.start);
    // (Past a separator line: "Kit" / "--" / "Kit CHAN Wing-kit | Senior Manager".)
    let has_letters = |m: usize| text.original[text.lines[m].0..text.lines[m].1].iter().any(|c| c.is_alphabetic());
    let fuller = text.content_lines.iter().copied().find(|&m| m > l && has_letters(m)).and_then(|m| {
        let (ms, me) = text.trim(text.lines[m].0, text.lines[m].1);
        let cut = (ms..me).find(|&i| matches!(text.original[i], '|' | ',' | '(')).unwrap_or(me);
        let (ms, me) = text.trim(ms, cut);
        let line = text.slice(ms, me);
        let words: Vec<&str> = line.split_whitespace().collect();
        let name_like = (2..=5).contains(&words.len()) && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase));
        // (Past a title before it, which the name keeps: "Irene Wong" over "Professor Irene WONG".)
        let titled = words.first().is_some_and(|w| PEOPLE_HONORIFICS.contains(&crate::catalogue::names::lowercase(w).trim_end_matches('.')));
        let given = words.get(usize::from(titled));
        let same = !first.is_empty() && given.is_some_and(|w| crate::catalogue::names::lowercase(w) == crate::catalogue::names::lowercase(&first));
        let longer = words.len() > shown.split_whitespace().count() && shown.split_whitespace().all(|w| words.iter().any(|v| crate::catalogue::names::lowercase(v) == crate::catalogue::names::lowercase(w)));
        (name_like && same && longer).then_some((ms, me))
    });
    let (s, e) = fuller.unwrap_or((s, e));
    if (s, e) == (x.start, x.end) || e <= s {
        return x;
    }
    match text.extracted(s, e, None, x.confidence) {
        Some(v) => Extracted { reason: x.reason, ..v },
        None => x,
    }
}

/// A letter signed without a sign-off: near its end, a name (opening with a title, or with its surname in capitals)
/// on the line above a post ("Dean of Music", "for Director of Leisure and Cultural Services").
fn name_above_post(text: &Text) -> Option<Extracted> {
    let lines: Vec<usize> = text.content_lines.iter().rev().take(5).copied().collect();
    for pair in lines.windows(2) {
        let (below, above) = (pair[0], pair[1]);
        let post = text.lower_str(text.lines[below].0, text.lines[below].1);
        let post = post.trim();
        let is_post = post.starts_with("for ")
            || post.split(|c: char| !c.is_alphanumeric() && c != '-').any(|w| PEOPLE_POSTS.contains(&w))
            || PEOPLE_CJK_POSTS.iter().any(|p| post.ends_with(p));
        if !is_post {
            continue;
        }
        let (s, e) = text.trim(text.lines[above].0, text.lines[above].1);
        let name = text.slice(s, e);
        let first = crate::catalogue::names::lowercase(name.split_whitespace().next().unwrap_or(""));
        let titled = PEOPLE_HONORIFICS.contains(&first.trim_end_matches('.'));
        let capitals = name.split_whitespace().any(|w| w.chars().count() >= 2 && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()));
        if !(titled || capitals) || name.contains([':', '@']) || name.chars().filter(|c| c.is_ascii_digit()).count() > 0 || name.chars().count() > 50 {
            continue;
        }
        // Of a bilingual line, the Latin name ("Professor Gabriel Lee 李家明教授").
        let e = (s..e).find(|&i| !text.original[i].is_ascii() && is_alpha(text.original[i])).map_or(e, |c| text.trim(s, c).1);
        return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
    }
    None
}

/// Whether a line (folded) is a note in brackets that the letter was signed or sealed, no name: "(電子簽署)", "(e-signed)",
/// "[signature on file]", "【蓋章】".
fn a_signing_note(line: &str) -> bool {
    let Some(inside) = line.strip_prefix(['(', '[', '【', '〔']).and_then(|l| l.strip_suffix([')', ']', '】', '〕'])) else { return false };
    let marked = PEOPLE_SIGNATURE_MARK_WORDS.iter().chain(LETTER_FORMS_OWN_WORDS).any(|w| inside.contains(w));
    // (Not when what is left of it is a Chinese name, "（陳大文簽署）"; a short note otherwise, or one of nothing but
    // those words: "(Signed by the Director)", "（簽名及蓋章）".)
    let rest = PEOPLE_SIGNATURE_MARK_WORDS.iter().chain(LETTER_FORMS_OWN_WORDS).chain(PEOPLE_SIGNED_HOW).fold(inside.to_string(), |r, w| r.replace(w, ""));
    let chinese: Vec<char> = rest.chars().filter(|&c| is_chinese(c)).collect();
    let named_in_chinese = (2..=5).contains(&chinese.len()) && !chinese.iter().any(|c| "及和與与或並并之".contains(*c));
    marked && !named_in_chinese && (rest.chars().all(|c| !c.is_alphanumeric()) || inside.chars().count() <= 24)
}

/// The first name-like line under the sign-off ("Yours sincerely,", "Yours sincerely 此致"); of a bilingual line, the
/// Latin name ("Dr Cheung Wing-sze 張詠詩博士").
fn under_sign_off(text: &Text) -> Option<Extracted> {
    let n = text.lines.len();
    for l in text.letter_start..n {
        let (s, e) = text.lines[l];
        let line = text.lower_str(s, e);
        let line = line.trim().trim_end_matches([',', '，', '.']);
        // (A sign-off in a message quoted below the letter, "> Best regards,", is its sender's.)
        if line.starts_with('>') {
            continue;
        }
        // ("Signed for and on behalf of the Association:" introduces the signature as a sign-off does.)
        let signed_for = LETTER_SIGNED_FOR.iter().any(|w| line.starts_with(w));
        if !is_sign_off(line) && !signed_for {
            continue;
        }
        // The next six lines with anything on them (blank lines for a handwritten signature do not count); after
        // "此致", the first is the person the letter is to.
        let addressee = usize::from(is_cizhi(text, l));
        let mut stamped = false;
        for m in (l + 1..n).filter(|&m| !text.is_blank(m)).skip(addressee).take(6).filter(|&m| !in_copy_list(text, m)) {
            // Two signers side by side ("Ms Ada YEUNG Wai-yin          Professor Kelvin MAK Chun-kit"): the first.
            let (ms, mut me) = super::layout::cells(text, m).first().copied().unwrap_or(text.lines[m]);
            // "Dr KWAN Ming-chiu, Executive Secretary (Antiquities and Monuments)": the name, then its post.
            let whole = text.lower_str(ms, me);
            if let Some(b) = whole.find(", ") {
                let post = whole[b + 2..].split(|c: char| !c.is_alphanumeric()).any(|w| PEOPLE_POSTS.contains(&w));
                if post && !whole[..b].trim().is_empty() {
                    me = ms + whole[..b].chars().count();
                }
            }
            // "Winnie TSE (she/her)": the signer's pronouns are no part of the name.
            let with_pronouns = text.lower_str(ms, me);
            if let Some(p) = PEOPLE_PRONOUNS.iter().find(|p| with_pronouns.trim_end().ends_with(*p)) {
                me = text.trim(ms, ms + with_pronouns.trim_end().chars().count() - p.chars().count()).1;
            }
            let candidate = text.lower_str(ms, me);
            let candidate = candidate.trim();
            // (A digital signature's stamp, "Digitally signed by CHOW Tsz-kin, Daniel" over "Date: 2028.04.10 16:22:05
            // +08'00'", is no signature block: the name is typed below them.)
            if PEOPLE_SIGNATURE_STAMPS.iter().any(|w| candidate.starts_with(w)) {
                stamped = true;
                continue;
            }
            // (And the stamp's own lines under it: "Date: …", "DN: cn=…", "Reason: …", "Location: …".)
            if stamped && candidate.chars().take(12).any(|c| c == ':') {
                continue;
            }
            // (A bilingual letter's second sign-off, "Yours sincerely, / 此致", is not a name either; nor a note in
            // brackets that it was signed or sealed, "（電子簽署）", "(e-signed)", "【蓋章】".)
            if LETTER_NOT_A_NAME.iter().any(|w| candidate == *w || candidate.starts_with(w) && (candidate.chars().count() <= 4 || w.chars().count() > 4))
                || LETTER_SIGN_OFFS.contains(&candidate.trim_end_matches([',', '，']))
                || candidate.chars().all(|c| !is_alpha(c))
                || a_signing_note(candidate)
            {
                continue;
            }
            if candidate.contains('@') || candidate.chars().filter(|c| c.is_ascii_digit()).count() > 2 || candidate.chars().count() > 50 {
                break;
            }
            // An organisation, a unit of one ("Cultural Exchange Unit") or a post ("Chief Staff Officer") is not the
            // signatory's name.
            // (Before a field in brackets: "Senior Country Parks Officer (Fire Management)".)
            if a_post(candidate) || looks_like_organisation(candidate) || PEOPLE_CJK_POSTS.iter().any(|p| candidate.ends_with(p)) || ORGANISATION_UNITS.iter().any(|u| candidate.ends_with(u)) {
                continue;
            }
            let (mut ms, mut me) = text.trim(ms, me);
            // "pp. Jane Ho": signed for someone else, by the name after.
            for pp in ["p.p. ", "pp. ", "pp "] {
                if text.lower_str(ms, (ms + pp.len()).min(me)) == pp {
                    ms += pp.len();
                }
            }
            if text.original[ms].is_ascii_alphabetic() {
                if let Some(cjk) = (ms..me).find(|&i| !text.original[i].is_ascii() && is_alpha(text.original[i])) {
                    me = cjk;
                }
            }
            // "Best regards, / Tom / / Prof. Thomas K. LEUNG": a first name alone, then the name in full below it.
            // (Or initials and a surname, "K. Poon", above "Professor Kenneth POON Chi-kin".)
            let signed = text.slice(ms, me);
            let words: Vec<&str> = signed.split_whitespace().collect();
            let initial = |w: &&str| w.ends_with('.') && w.chars().filter(|c| c.is_alphabetic()).count() <= 3 && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-');
            let initials = words.len() >= 2 && words[..words.len() - 1].iter().all(initial);
            if words.len() == 1 || initials {
                // ("Ben / -- / Ben O'Rourke", "Winnie / KWOK Wing-yan, Winnie": the same first name, in full, under an
                // e-mail's signature rule.)
                let key = words.last().copied().unwrap_or("");
                let in_full = |k: usize| full_name_line(text, k).or_else(|| names_in_full(text, k, key));
                if let Some(full) = (m + 1..n).filter(|&k| !text.is_blank(k)).take(2).find_map(in_full) {
                    return text.extracted(full.0, full.1, None, GUESS).map(|x| x.doubt(Reason::Prose));
                }
            }
            return text.extracted(ms, me, None, GUESS).map(|x| x.doubt(Reason::Prose));
        }
    }
    None
}

/// Whether a signature's line (in lower case) is a post, not a name: "chief staff officer", "dean of music", "head of
/// strings"; before a field in brackets, "senior country parks officer (fire management)". A title first makes it a
/// name ("dr …").
pub(super) fn a_post(line: &str) -> bool {
    let unbracketed = line.strip_suffix(')').and_then(|c| c.rsplit_once('(')).map_or(line, |(before, _)| before.trim_end());
    let last_word = unbracketed.rsplit(|c: char| !c.is_alphanumeric() && c != '-').find(|w| !w.is_empty()).unwrap_or("");
    let first_word = line.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let titled = PEOPLE_HONORIFICS.contains(&first_word);
    let post_of = PEOPLE_POSTS.contains(&first_word) && line.contains(" of ");
    (PEOPLE_POSTS.contains(&last_word) || post_of) && !titled
}

/// A signature's line that is a name in full: a title first, or a surname in capitals ("Prof. Thomas K. LEUNG",
/// "Amelia FONG-RUSSELL"), and nothing that a name does not hold.
fn full_name_line(text: &Text, l: usize) -> Option<(usize, usize)> {
    let (s, e) = text.trim(text.lines[l].0, text.lines[l].1);
    let name = text.slice(s, e);
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = crate::catalogue::names::lowercase(words.first()?);
    let titled = PEOPLE_HONORIFICS.contains(&first.trim_end_matches('.'));
    let capitals = words.iter().any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()));
    let clean = name.chars().all(|c| c.is_alphabetic() || " .'-".contains(c));
    // ("HKAF Outreach Team", "PA to the Director": a unit or a post, no name.)
    let lower = crate::catalogue::names::lowercase(&name);
    let lower_words: Vec<&str> = lower.split_whitespace().collect();
    let not_a_person = looks_like_organisation(&lower)
        || lower_words.iter().any(|w| PEOPLE_POSTS.contains(w) || ORGANISATION_UNITS.contains(w) || ["to", "of", "team"].contains(w));
    (words.len() >= 2 && words.len() <= 6 && (titled || capitals) && clean && !not_a_person).then_some((s, e))
}

/// A line of two to five capitalised words, one of them `first` ("Ben O'Rourke", "KWOK Wing-yan, Winnie"), and
/// nothing that a name does not hold: `first`'s name in full.
fn names_in_full(text: &Text, l: usize, first: &str) -> Option<(usize, usize)> {
    let (s, e) = text.trim(text.lines[l].0, text.lines[l].1);
    let line = text.slice(s, e);
    let words: Vec<&str> = line.split_whitespace().map(|w| w.trim_end_matches(',')).collect();
    let lower = crate::catalogue::names::lowercase;
    let fits = (2..=5).contains(&words.len())
        && words.iter().any(|w| lower(w) == lower(first))
        && words.iter().all(|w| w.chars().next().is_some_and(is_capital))
        && line.chars().all(|c| c.is_alphabetic() || " .'-,".contains(c))
        && !looks_like_organisation(&lower(&line));
    fits.then_some((s, e))
}

/// Whether two writings name the same person: the same words, titles aside, in any order and case ("RAGHAVAN, Ananya"
/// and "Professor Ananya RAGHAVAN").
pub(super) fn same_name(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || c == ',')
            .map(|w| crate::catalogue::names::lowercase(w.trim_end_matches('.')))
            .filter(|w| !w.is_empty() && !PEOPLE_HONORIFICS.contains(&w.as_str()))
            .collect()
    };
    let (a, b) = (words(a), words(b));
    // (One may give a middle name the other leaves out: "VOGEL, Katharina Maria" and "Professor Dr Katharina VOGEL".)
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    short.len() >= 2 && long.len() - short.len() <= 1 && short.iter().all(|w| long.contains(w))
}

/// A name as a greeting or an address line writes it, without the Chinese title after it ("BIANCHI先生" → "BIANCHI").
fn without_cjk_title(name: &str) -> String {
    PEOPLE_CJK_TITLES.iter().fold(name.to_string(), |s, t| s.strip_suffix(t).map(str::to_string).unwrap_or(s))
}

/// The last word of a greeting's name, without its punctuation or a Chinese title: "Dear Dr Tanaka-Smith," →
/// "Tanaka-Smith", "BIANCHI先生：" → "BIANCHI".
fn surname_of(name: &str) -> String {
    without_cjk_title(name.trim_end_matches([',', ':', '，', '：', '.']).split_whitespace().last().unwrap_or(""))
}

/// The person a greeting or an address line names, in full from the innermost e-mail's "To:" header above it: "To:
/// Dr Aiko TANAKA-SMITH <...>" over "Dear Dr Tanaka-Smith", "收件者： Giovanni BIANCHI 先生 <...>" over "BIANCHI先生：".
pub(super) fn in_full_in_the_header(text: &Text, named: &Extracted, by_name_words: bool) -> Option<Extracted> {
    let surname = surname_of(&named.value);
    if surname.is_empty() {
        return None;
    }
    let same = |w: &str| crate::catalogue::names::lowercase(w) == crate::catalogue::names::lowercase(&surname);
    let (start, e) = addressee_header(text, text.line_of(named.start))?;
    // (Up to the address, another addressee or the name again in brackets: "收件者：陳嘉明醫生 (Dr Kenneth CHAN Ka-ming)
    // <…>".)
    let end = (start..e).find(|&i| matches!(text.lower[i], '<' | ';' | ',' | '[' | '(')).unwrap_or(e);
    let (start, end) = text.trim(start, end);
    let header = text.slice(start, end);
    // More of the name than the greeting gives, titles aside ("Luca Bianchi" over "Maestro Bianchi").
    let name_words = |v: &str| v.split_whitespace().filter(|w| !PEOPLE_HONORIFICS.contains(&crate::catalogue::names::lowercase(w).trim_end_matches('.'))).count();
    // "收件人：佐藤美咲教授" over "佐藤教授：": a Chinese or Japanese name, written without spaces, that starts with the
    // greeting's surname and gives more of it.
    let bare = |v: &str| without_cjk_title(v.trim().trim_end_matches([',', ':', '，', '：']));
    let (short, long) = (bare(&named.value), bare(&header));
    if short.chars().all(is_chinese) && !long.is_empty() && long.chars().all(is_chinese) {
        let fuller = long.starts_with(&short) && long.chars().count() > short.chars().count() && long.chars().count() <= 6;
        return fuller.then(|| text.extracted(start, end, None, GUESS).map(|x| x.doubt(Reason::Salutation)))?;
    }
    let all_words = |v: &str| v.split_whitespace().count();
    let fuller = all_words(&header) > all_words(&named.value) || (by_name_words && name_words(&header) > name_words(&named.value));
    (fuller && header.split_whitespace().any(same)).then(|| text.extracted(start, end, None, GUESS).map(|x| x.doubt(Reason::Salutation)))?
}

/// The value of the last "To:" header above line `before` (the innermost message's): from after the header's word to
/// its line's end.
fn addressee_header(text: &Text, before: usize) -> Option<(usize, usize)> {
    let (l, to) = (0..before).rev().find_map(|l| {
        let (s, e) = text.lines[l];
        let line = text.lower_str(s, e);
        let to = LETTER_ADDRESSEE_HEADERS.iter().find(|h| line.trim_start().starts_with(**h)).filter(|_| text.header_line[l])?;
        Some((l, *to))
    })?;
    let (s, e) = text.lines[l];
    let start = s + text.lower_str(s, e).find(to).map_or(0, |b| text.lower_str(s, e)[..b].chars().count()) + to.chars().count();
    Some((start, e))
}

/// The person the innermost e-mail is addressed to, when the letter names no one else: "To: Siobhán McAllister
/// <...>" over "Hello,", "收件者：Lars Lindqvist教授 <...>". Unsure: an e-mail may go to an agent or an office.
pub(super) fn to_header(text: &Text) -> Option<Extracted> {
    let first_body = text.content_lines.iter().copied().find(|&l| l >= text.letter_start && !text.header_line[l])?;
    let (start, e) = addressee_header(text, first_body)?;
    let end = (start..e).find(|&i| matches!(text.lower[i], '<' | ';' | ',' | '[' | '(')).unwrap_or(e);
    let (start, end) = text.trim(start, end);
    let name = text.slice(start, end);
    let words: Vec<&str> = name.split_whitespace().collect();
    let latin = (2..=5).contains(&words.len()) && words.iter().all(|w| w.chars().next().is_some_and(is_capital) || PEOPLE_NAME_PARTICLES.contains(&crate::catalogue::names::lowercase(w).as_str()));
    let chinese_titled = PEOPLE_CJK_TITLES.iter().any(|t| name.ends_with(t)) && name.chars().count() <= 24;
    let person = (latin || chinese_titled) && !name.chars().any(|c| c.is_ascii_digit() || c == '@') && !looks_like_organisation(text.lower_str(start, end));
    person.then(|| text.extracted(start, end, None, GUESS).map(|x| x.doubt(Reason::Salutation)))?
}

/// Whether a line (trimmed, without its closing comma or full stop) is a sign-off (see `layout::sign_off`).
fn is_sign_off(line: &str) -> bool {
    super::layout::sign_off(line).is_some()
}

/// The letter's first sign-off line ("Yours sincerely,", "此致"), after which come its signatures.
fn sign_off_line(text: &Text) -> Option<usize> {
    text.content_lines.iter().copied().filter(|&l| l >= text.letter_start).find(|&l| {
        let (s, e) = text.lines[l];
        is_sign_off(text.lower_str(s, e).trim().trim_end_matches([',', '，', '.']))
    })
}

/// The person a greeting or a header names in part ("Dear Mr Köhler", "To: Ximena Garza", "Ms Beatriz"), in full
/// where the letter writes more of the same name: its particulars ("Mr Johannes KÖHLER, a national of ..."), an
/// address line ("Mr Rodrigo ALVES DA SILVA"), a sentence ("my artist, Ms Kristiina Saar"). The fullest such name
/// that has every word of the one found, outside the e-mail headers and the signature.
/// A Chinese name greeted by its surname and title ("林博士：", "尊敬的周医师："), written in full in the lines just
/// above the greeting (the address block's "林美華博士", "周慧敏医师"): that name, as sure as the greeting.
pub(super) fn cjk_in_full_above(text: &Text, named: &Extracted) -> Option<Extracted> {
    let title = PEOPLE_CJK_TITLES.iter().filter(|t| named.value.ends_with(*t)).max_by_key(|t| t.chars().count())?;
    let surname = named.value.strip_suffix(title)?;
    let surname = surname.trim_start_matches("尊敬的").trim_start_matches("親愛的").trim_start_matches("亲爱的");
    if !(1..=2).contains(&surname.chars().count()) || !surname.chars().all(is_chinese) {
        return None;
    }
    // (Above any greeting with the name: a covering e-mail may greet first, the letter below it again.)
    let value = named.value.to_lowercase();
    let greetings = text.find_all(&value).map(|p| text.line_of(p)).filter(|&l| {
        let (s, e) = text.lines[l];
        text.lower_str(s, e).trim().chars().count() <= named.value.chars().count() + 4
    });
    let above: Vec<usize> = greetings.flat_map(|g| text.content_lines.iter().copied().filter(|&l| l < g).rev().take(3).collect::<Vec<_>>()).collect();
    let found = above.into_iter().find_map(|l| {
        let (s, e) = text.trim(text.lines[l].0, text.lines[l].1);
        let line = text.slice(s, e);
        // (At the line's end, after an address the reader joined to it: "…三軒茶屋二丁目8番5號" / "高橋由紀女士".)
        let body = line.strip_suffix(*title)?;
        let at = body.rfind(surname)?;
        let given = &body[at + surname.len()..];
        let from = s + body[..at].chars().count();
        ((1..=2).contains(&given.chars().count()) && given.chars().all(is_chinese)).then(|| text.extracted(from, e, None, named.confidence)).flatten()
    });
    // Or in the letter's words where it invites the person ("現誠邀加拿大華裔攝影家李慧嫻博士…以客席評判身份來港"), or
    // under its "此致": the surname, a given name of one or two characters and the same title.
    found.or_else(|| {
        let title_len = title.chars().count();
        text.find_all(title).find_map(|t| {
            let from = (1..=2).filter_map(|g| t.checked_sub(g + surname.chars().count())).find(|&f| {
                text.lower_str(f, f + surname.chars().count()) == surname && text.original[f + surname.chars().count()..t].iter().all(|&c| is_chinese(c))
            })?;
            // (The invitation's verb before it, with only words of who the person is between: not "誠邀閣下擔任評判，
            // 主席由李志明博士擔任", someone else after the visitor is named.)
            let inviting = PEOPLE_CJK_INVITE_VERBS.iter().filter_map(|v| text.rfind_lower(from.saturating_sub(16), from, v).map(|p| p + v.chars().count())).max().is_some_and(|v| {
                let between = text.lower_str(v, from);
                !between.contains([',', '，', '。', ';', '；']) && !super::text::CJK_YOU.iter().chain(&["由", "與", "与"]).any(|w| between.contains(w))
            });
            let under_cizhi = text.content_lines.iter().rev().find(|&&m| m < text.line_of(from)).is_some_and(|&m| is_cizhi(text, m));
            (inviting || under_cizhi).then(|| text.extracted(from, t + title_len, None, GUESS).map(|x| x.doubt(Reason::Salutation))).flatten()
        })
    })
}

pub(super) fn in_full_elsewhere(text: &Text, named: &Extracted) -> Option<Extracted> {
    let name_words = |v: &str| -> Vec<String> {
        v.split_whitespace()
            .map(|w| crate::catalogue::names::lowercase(w.trim_matches(|c: char| !c.is_alphanumeric())))
            .filter(|w| !w.is_empty() && !PEOPLE_HONORIFICS.contains(&w.as_str()))
            .collect()
    };
    let known = name_words(&named.value);
    let surname = surname_of(&named.value);
    if known.is_empty() || known.len() > 3 || surname.chars().count() < 2 || !surname.chars().all(is_alpha) {
        return None;
    }
    let signed_from = sign_off_line(text).map_or(text.lower.len(), |l| text.lines[l].0);
    let is_word = |i: usize| text.original.get(i).is_some_and(|&c| (is_alpha(c) && !is_chinese(c)) || c == '-' || c == '\'');
    let word_at = |s: usize| (s..text.original.len()).find(|&i| !is_word(i)).unwrap_or(text.original.len());
    let lower_surname = crate::catalogue::names::lowercase(&surname);
    // Each word that is the surname in any case ("KÖHLER" for "Köhler": the reader's own text folds ASCII only).
    let mut at = Vec::new();
    let mut i = 0;
    while i < signed_from.min(text.original.len()) {
        if is_word(i) && (i == 0 || !is_word(i - 1)) {
            let e = word_at(i);
            let word: String = text.original[i..e].iter().collect();
            if crate::catalogue::names::lowercase(&word) == lower_surname {
                at.push((i, e));
            }
            i = e;
        } else {
            i += 1;
        }
    }
    let mut best: Option<(usize, usize, usize)> = None;
    for (p, e) in at {
        if text.header_line[text.line_of(p)] {
            continue;
        }
        // Leftwards over given names, particles and a title; rightwards over more of a surname in capitals
        // ("GARZA ORTEGA", "DA SILVA").
        // (Across one line break, with its quoting marks: "... as follows: Mr Johannes" / "KÖHLER, a national of".)
        let mut s = p;
        loop {
            let mut k = s;
            let mut breaks = 0;
            while k > 0 && matches!(text.original[k - 1], ' ' | '>' | '\n' | '\r') {
                breaks += usize::from(text.original[k - 1] == '\n');
                k -= 1;
            }
            if k == s || k == 0 || !is_word(k - 1) || breaks > 1 {
                break;
            }
            let ws = (0..k).rev().find(|&i| !is_word(i)).map_or(0, |i| i + 1);
            let word: String = text.original[ws..k].iter().collect();
            let lower = crate::catalogue::names::lowercase(word.trim_end_matches('.'));
            let title = PEOPLE_HONORIFICS.contains(&lower.as_str());
            let name = word.chars().next().is_some_and(is_capital) || PEOPLE_NAME_PARTICLES.contains(&lower.as_str());
            let greeting = LETTER_GREETINGS.iter().any(|g| g.trim() == lower);
            if !(name || title) || greeting {
                break;
            }
            s = ws;
            if title {
                break;
            }
        }
        let mut end = e;
        loop {
            let next = end + 1;
            if text.original.get(end) != Some(&' ') || !is_word(next) {
                break;
            }
            let we = word_at(next);
            let word: String = text.original[next..we].iter().collect();
            let capitals = word.chars().filter(|c| is_alpha(*c)).all(|c| !c.is_lowercase()) && word.chars().count() >= 2;
            let particle = PEOPLE_NAME_PARTICLES.contains(&crate::catalogue::names::lowercase(&word).as_str());
            if !(capitals || particle && text.original.get(we) == Some(&' ') && word_at(we + 1) > we + 1) {
                break;
            }
            end = we;
        }
        let found: String = text.original[s..end].iter().collect();
        // A person's name: with a title, or a surname in capitals ("Compañía Ruiz" is a company's).
        let titled = found.split_whitespace().next().is_some_and(|w| PEOPLE_HONORIFICS.contains(&crate::catalogue::names::lowercase(w.trim_end_matches('.')).as_str()));
        let capitals = found.split_whitespace().any(|w| w.chars().filter(|c| is_alpha(*c)).count() >= 2 && w.chars().filter(|c| is_alpha(*c)).all(|c| !c.is_lowercase()));
        if !(titled || capitals) {
            continue;
        }
        let words = name_words(&found);
        // (A name does not repeat a word: "Mr Tomás Herrera" over "Estudio Herrera" is a name, then a studio's.)
        let repeats = words.iter().enumerate().any(|(k, w)| words[..k].contains(w));
        let fuller = words.len() > known.len() && known.iter().all(|w| words.contains(w)) && words.len() <= 6 && !repeats;
        if fuller && best.is_none_or(|(_, _, n)| words.len() > n) {
            best = Some((s, end, words.len()));
        }
    }
    let (s, e, _) = best?;
    text.extracted(s, e, None, named.confidence.min(GUESS)).map(|x| x.doubt(Reason::Salutation))
}

/// The invitee from the greeting, or from the innermost e-mail's "To:" header when that gives the same person in
/// full ("To: Captain Erik Lindqvist <...>" under "Dear Captain Lindqvist").
pub(super) fn greeting_or_addressee(text: &Text) -> Option<Extracted> {
    let Some(greeting) = salutation(text) else { return named_in_prose(text) };
    let surname = surname_of(&greeting.value);
    // The e-mail's "To:" header with more words than the greeting first; with as many words, after a titled name in
    // the letter's own text ("we are pleased to invite Dr Amelia Hart" over "To: Amelia Hart").
    if let Some(full) = in_full_in_the_header(text, &greeting, false) {
        return Some(full);
    }
    // "Dear Ms RAMANATHAN" and "Priya Ramanathan": the same surname in capitals or not.
    let same = |w: &str| crate::catalogue::names::lowercase(w) == crate::catalogue::names::lowercase(&surname);
    // "We are pleased to invite Dr Amelia Hart to ...": the full name in the text, when it ends with the greeting's
    // surname.
    if surname.chars().count() >= 2 {
        for lead in PEOPLE_INVITE_LEADS {
            for p in text.find_all(lead) {
                let words = words_at(text, p + lead.chars().count(), 5);
                let Some(&(ts, te)) = words.first() else { continue };
                if !PEOPLE_HONORIFICS.contains(&text.lower_str(ts, te).trim_end_matches('.')) {
                    continue;
                }
                let bare = |(s, e): (usize, usize)| text.slice(s, e).trim_end_matches([',', '.', ';', ':']).to_string();
                if let Some(&(_, end)) = words.iter().skip(1).find(|&&w| same(&bare(w))) {
                    let end = if ",.;:".contains(text.original[end - 1]) { end - 1 } else { end };
                    return text.extracted(ts, end, None, GUESS).map(|x| x.doubt(Reason::Salutation));
                }
            }
        }
    }
    if let Some(full) = in_full_in_the_header(text, &greeting, true) {
        return Some(full);
    }
    // "Henrik Aalto" heading the address block, "Dear Professor Aalto": the greeting's title and the full name.
    if let Some(full) = untitled_name_above(text, &greeting, &surname) {
        return Some(full);
    }
    // "Dear Khun Somchai" and in the letter "Mr Somchai Wongsakul, a citizen of ...": a titled name below the greeting
    // holding the name it used (a given name or a surname).
    if let Some(full) = titled_name_below(text, &greeting, &same) {
        return Some(full);
    }
    Some(greeting)
}

/// Below the greeting and above the sign-off, a title and two to four capitalised words, one of which `same`
/// accepts: the person the greeting names, in full.
fn titled_name_below(text: &Text, greeting: &Extracted, same: &dyn Fn(&str) -> bool) -> Option<Extracted> {
    let first_line = text.line_of(greeting.end) + 1;
    for l in first_line..text.lines.len() {
        let (s, e) = text.lines[l];
        let line = text.lower_str(s, e);
        if LETTER_SIGN_OFFS.iter().any(|w| line.trim().trim_end_matches([',', '.']) == *w) {
            break;
        }
        let words = words_at(text, s, 400);
        for (k, &(ts, te)) in words.iter().enumerate() {
            let title = text.lower_str(ts, te);
            if !PEOPLE_HONORIFICS.contains(&title.trim_end_matches('.')) || !text.original[ts].is_uppercase() {
                continue;
            }
            let mut end = None;
            let mut matched = false;
            for &(ws, we) in words.iter().skip(k + 1).take(4) {
                let bare = text.slice(ws, we);
                let punct = bare.ends_with([',', '.', ';', ':', ')']);
                let bare = bare.trim_end_matches([',', '.', ';', ':', ')']);
                if !bare.chars().next().is_some_and(is_capital) || !bare.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'') {
                    break;
                }
                matched |= same(bare);
                end = Some(if punct { we - 1 } else { we });
                if punct {
                    break;
                }
            }
            let Some(end) = end.filter(|&end| matched && text.slice(ts, end).split_whitespace().count() >= 3) else { continue };
            return text.extracted(ts, end, None, GUESS).map(|x| x.doubt(Reason::Salutation));
        }
    }
    None
}

/// A line above the greeting of two or three capitalised words ending with the greeting's surname, read with the
/// greeting's title: its span is the line, its value the title and the name.
fn untitled_name_above(text: &Text, greeting: &Extracted, surname: &str) -> Option<Extracted> {
    let title = greeting.value.split_whitespace().next()?.trim_end_matches('.');
    if !PEOPLE_HONORIFICS.contains(&crate::catalogue::names::lowercase(title).as_str()) || surname.chars().count() < 2 {
        return None;
    }
    let greeting_line = text.line_of(greeting.start);
    for l in (text.letter_start..greeting_line).rev().take(12) {
        let (s, e) = text.trim(text.lines[l].0, text.lines[l].1);
        let line = text.slice(s, e);
        let words: Vec<&str> = line.split_whitespace().collect();
        let named = (2..=3).contains(&words.len())
            && words.last().is_some_and(|w| crate::catalogue::names::lowercase(w) == crate::catalogue::names::lowercase(surname))
            && words.iter().all(|w| w.chars().next().is_some_and(is_capital) && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\''));
        if named {
            let value = format!("{} {}", greeting.value.split_whitespace().next().unwrap_or(""), line);
            return text.extracted(s, e, Some(value), GUESS).map(|x| x.doubt(Reason::Salutation));
        }
    }
    None
}

/// Whether a greeting on a line after line `l` greets the person `name` names: "王女士：" under "王雅琳女士", "Dear
/// Dr Okafor," under "Dr Amara OKAFOR".
pub(super) fn greeted_below(text: &Text, l: usize, name: &str) -> bool {
    let surname = |w: &str| crate::catalogue::names::lowercase(w);
    let name_words: Vec<String> = name.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 2).map(surname).collect();
    (l + 1..text.lines.len()).any(|m| {
        let line = text.lower_str(text.lines[m].0, text.lines[m].1);
        let line = line.trim();
        // ("尊敬的周医师：", "王女士：": a Chinese name's surname opens the greeting.)
        let cjk_surname = |rest: &str| name.chars().next().is_some_and(|c| super::text::is_cjk(c) && rest.trim_start().starts_with(c));
        let greeting = LETTER_GREETINGS.iter().find_map(|g| line.strip_prefix(g));
        let bare = line.ends_with([':', '：', ',', '，']) && line.chars().count() <= 12 && !line.is_ascii();
        match (greeting, bare) {
            (Some(rest), _) => cjk_surname(rest) || rest.split(|c: char| !c.is_alphanumeric()).any(|w| w.chars().count() >= 2 && !PEOPLE_HONORIFICS.contains(&w) && name_words.iter().any(|n| n == w)),
            (None, true) => cjk_surname(line),
            _ => false,
        }
    })
}

/// Whether the greeting names the person `name` names: "Dear Ms Kovalenko" for "Ms Olena Kovalenko", "陳大文先生："
/// for "陳大文先生". With no greeting there is nothing to disagree.
pub(super) fn greeting_agrees(text: &Text, name: &str) -> bool {
    let Some(greeting) = salutation(text) else { return true };
    let greeting = crate::catalogue::names::lowercase(&greeting.value);
    let name = crate::catalogue::names::lowercase(name);
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 2).map(str::to_string).collect()
    };
    if name.is_ascii() {
        let surname_words = words(&name);
        words(&greeting).iter().any(|w| !PEOPLE_HONORIFICS.contains(&w.as_str()) && surname_words.contains(w))
    } else {
        // Chinese: the surname (the first character) is in the greeting.
        name.chars().next().is_some_and(|c| greeting.contains(c))
    }
}

/// Up to `max` words from `start` on its line: (start, end) of each.
fn words_at(text: &Text, start: usize, max: usize) -> Vec<(usize, usize)> {
    let (_, le) = text.lines[text.line_of(start)];
    let mut out = Vec::new();
    let mut i = start;
    while out.len() < max && i < le {
        while i < le && text.original[i].is_whitespace() {
            i += 1;
        }
        let s = i;
        while i < le && !text.original[i].is_whitespace() {
            i += 1;
        }
        if i > s {
            out.push((s, i));
        }
    }
    out
}

/// The name that starts with the title at `words[t]`: the capitalised words after it (or lower-case particles, "van
/// der"), to the first that ends with a comma or is not capitalised. `None` when no word follows the title.
fn titled_name(text: &Text, words: &[(usize, usize)], t: usize) -> Option<(usize, usize)> {
    let (ts, te) = *words.get(t)?;
    let mut end = te;
    for &(s, e) in words.iter().skip(t + 1) {
        let word = text.slice(s, e);
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        if !(bare.chars().next().is_some_and(is_capital) || PEOPLE_NAME_PARTICLES.contains(&bare)) {
            break;
        }
        end = s + bare.chars().count();
        if bare.len() != word.len() {
            break;
        }
    }
    (end > te).then_some((ts, end))
}

/// Whether the letter invites the person it is written to ("we invite you to ...", "you are invited"): then "your
/// colleague Dr ..." names someone else, who recommended them, not the invitee.
pub(super) fn invites_the_addressee(text: &Text) -> bool {
    let all = text.lower_str(0, text.lower.len());
    PEOPLE_ADDRESSEE_INVITED.iter().any(|w| all.contains(w))
}

/// A letter to the invitee's employer or agent invites someone of theirs: "a visit to our School by your colleague Dr
/// Jana DVOŘÁKOVÁ", "your artist, the pianist Mr Lukas Mayr". The titled name after such words (within a few words) is
/// the invitee; the letter's addressee is not.
pub(super) fn named_as_theirs(text: &Text) -> Option<Extracted> {
    for lead in PEOPLE_THEIRS {
        for p in text.find_all(lead) {
            let words = words_at(text, p + lead.chars().count(), 8);
            let Some(t) = words.iter().take(4).position(|&(s, e)| PEOPLE_HONORIFICS.contains(&text.lower_str(s, e).trim_end_matches('.'))) else { continue };
            if let Some((s, e)) = titled_name(text, &words, t) {
                return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
            }
        }
    }
    None
}

/// With no greeting to go by ("To whom it may concern"): the first titled name after an invitation's words, "This is
/// to confirm that Ms. Sofia Hernández, ...", "we invite Dr Amelia Hart to ...".
fn named_in_prose(text: &Text) -> Option<Extracted> {
    let mut best: Option<(usize, usize)> = None;
    for lead in PEOPLE_INVITE_LEADS {
        for p in text.find_all(lead) {
            let words = words_at(text, p + lead.chars().count(), 6);
            let Some(&(ts, te)) = words.first() else { continue };
            if !PEOPLE_HONORIFICS.contains(&text.lower_str(ts, te).trim_end_matches('.')) {
                continue;
            }
            if let Some((s, e)) = titled_name(text, &words, 0).filter(|&(s, _)| best.is_none_or(|(b, _)| s < b)) {
                best = Some((s, e));
            }
        }
    }
    let (s, e) = best.or_else(|| titled_line_after_greeting(text)).or_else(|| latin_name_with_cjk_title(text))?;
    text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose))
}

/// A letter to the visitor's institution, greeting no person ("中国气象局广州热带海洋气象研究所："): the Chinese name and
/// title right after the invitation's verb, "现诚邀李卫东研究员于2029年7月来港", "誠邀貴校陳志明教授擔任…". Unsure.
pub(super) fn cjk_named_after_an_invitation(text: &Text) -> Option<Extracted> {
    let found = PEOPLE_CJK_INVITE_VERBS.iter().flat_map(|v| text.find_all(v).map(move |p| p + v.chars().count())).filter_map(|p| {
        // (Past the words that say who the person is: 貴校, 贵中心, 運動員; or the institution's own word, 贵所.)
        let descriptor = PEOPLE_CJK_DESCRIPTORS.iter().filter(|d| text.lower_str(p, p + d.chars().count()) == **d).map(|d| d.chars().count()).max();
        let p = match descriptor {
            Some(n) => p + n,
            None if matches!(text.lower.get(p), Some('貴' | '贵')) => p + 2,
            None => p,
        };
        // (A name, not words of who: "资深研究员", "本港醫生".)
        let name_chinese = |n: usize| (p..p + n).all(|i| text.original.get(i).is_some_and(|&c| is_chinese(c) && !PEOPLE_CJK_NOT_IN_A_NAME.iter().any(|w| w.starts_with(c))));
        (2..=3).find_map(|n| {
            let title = PEOPLE_CJK_TITLES.iter().find(|t| text.lower_str(p + n, p + n + t.chars().count()) == **t)?;
            name_chinese(n).then_some((p, p + n + title.chars().count()))
        })
    }).min_by_key(|&(s, _)| s)?;
    text.extracted(found.0, found.1, None, GUESS).map(|x| x.doubt(Reason::Prose))
}

/// "Dear Sir/Madam, / Dr Sofia Lindqvist, Swedish national": under a greeting to no one in particular, a line that
/// opens with a title names the person the letter is about.
fn titled_line_after_greeting(text: &Text) -> Option<(usize, usize)> {
    let greeting = text.greeting_line()?;
    let next = text.content_lines.iter().copied().find(|&l| l > greeting)?;
    let (s, _) = text.lines[next];
    let (s, _) = text.trim(s, text.lines[next].1);
    let words = words_at(text, s, 6);
    let &(ts, te) = words.first()?;
    if !PEOPLE_HONORIFICS.contains(&text.lower_str(ts, te).trim_end_matches('.')) {
        return None;
    }
    let mut end = te;
    for &(ws, we) in words.iter().skip(1) {
        let word = text.slice(ws, we);
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        if !bare.chars().next().is_some_and(is_capital) {
            break;
        }
        end = ws + bare.chars().count();
        if bare.len() != word.len() {
            break;
        }
    }
    (end > te).then_some((ts, end))
}

/// In Chinese prose, a name in Latin letters with its Chinese title after it: "邀請瑞士專家 Martina KELLER 女士來港".
fn latin_name_with_cjk_title(text: &Text) -> Option<(usize, usize)> {
    for title in PEOPLE_CJK_TITLES {
        for p in text.find_all(title) {
            // Back over a space, then over two to four words of Latin letters, each capitalised.
            let mut i = p;
            while i > 0 && text.original[i - 1] == ' ' {
                i -= 1;
            }
            let end = i;
            let mut words = 0;
            loop {
                let word_end = i;
                while i > 0 && (text.original[i - 1].is_alphabetic() && !is_chinese(text.original[i - 1]) || "-'.".contains(text.original[i - 1])) {
                    i -= 1;
                }
                if i == word_end || !text.original[i].is_uppercase() {
                    i = word_end;
                    break;
                }
                words += 1;
                if words == 4 || i == 0 || text.original[i - 1] != ' ' {
                    break;
                }
                i -= 1;
            }
            while i < end && text.original[i] == ' ' {
                i += 1;
            }
            if (2..=4).contains(&words) {
                return Some((i, p + title.chars().count()));
            }
        }
    }
    None
}

/// The e-mail's sender as the signatory, when the letter is not signed and the sender is a person.
pub(super) fn sender(text: &Text) -> Option<Extracted> {
    let (s, e) = super::layout::sender(text)?;
    if looks_like_organisation(text.lower_str(s, e)) {
        return None;
    }
    text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_note_that_it_was_signed_is_no_name_but_a_name_in_it_is() {
        for note in ["(電子簽署)", "(electronic signature)", "(e-signed)", "[signature on file]", "【蓋章】", "(簽名及蓋章)"] {
            assert!(super::a_signing_note(note), "{note}");
        }
        for name in ["(陳大文簽署)", "(簽署人：陳大文)", "(陳大文)"] {
            assert!(!super::a_signing_note(name), "{name}");
        }
    }
}
