//! Where the activity takes place, read from the letter's wording, a schedule's lines, or the place most of its
//! dated lines share.

use super::dates::DateMention;
use super::text::{is_bullet, phrase_until, sentence_start, Text};
use super::cues::{VENUE_CJK_ALL_OF_IT, VENUE_CJK_KINDS, VENUE_CJK_NOT_WHERE_BEFORE, VENUE_CJK_NOT_THE_VISITS_CLAUSE, VENUE_CJK_HOTELS, VENUE_CJK_MOST_OF_IT, VENUE_NOT_WHERE_BEFORE, VENUE_GATHERING_VERBS, VENUE_MEALS, VENUE_HOTEL_ROOMS, VENUE_HOTEL_NAMES, VENUE_LODGED_THERE, VENUE_TRAVEL_PLACES, VENUE_BUILDING_WORDS, VENUE_NOT_A_BUILDING, VENUE_CJK_REFERENCES, VENUE_NAMED_LEADS, VENUE_CJK_AT, VENUE_CJK_LEADS, VENUE_ADDRESS, VENUE_EVENTS, VENUE_LEADS, VENUE_PLACES, VENUE_ALL_OF_IT, VENUE_CJK_BELOW, VENUE_CJK_AFTER_AN_EVENT, VENUE_CJK_FIELDS, VENUE_CJK_ALL_HELD_AT, VENUE_LEADS_TO_THE_LINE_BELOW, VENUE_MOVED_TO, VENUE_CJK_MOVED_TO, VENUE_MOVED_WHAT, VENUE_MOVED_IF, VENUE_TO_BE_CONFIRMED, VENUE_CJK_MOVED_WHAT, ACTIVITY_CJK_VERBS, ACTIVITY_TO_VERBS};
use super::confidence::{Reason, GUESS, WEAK};
use super::Extracted;
use super::layout::Labelled;
use crate::catalogue::names::is_capital;

/// A Chinese phrase without the sessions it counts: in "講座兩場", "最後一場", 場 after a number is a measure word,
/// no place (each such 場 is dropped).
fn without_counted_sessions(phrase: &str) -> String {
    let mut out = String::new();
    let mut previous = ' ';
    for c in phrase.chars() {
        let counted = matches!(c, '場' | '场') && (previous.is_ascii_digit() || "一二兩两三四五六七八九十幾几數数每".contains(previous));
        if !counted {
            out.push(c);
        }
        previous = c;
    }
    out
}

/// "at the Hong Kong Cultural Centre Concert Hall", "於香港文化中心舉行".
pub(super) fn venue(text: &Text, mentions: &[DateMention]) -> Option<Extracted> {
    // "… will be held at:" over the place's own line: said outright, it comes first.
    if let Some(place) = place_under_its_lead(text) {
        return Some(place);
    }
    const STOPS: &[&str] = VENUE_STOPS;
    // A candidate of one word ("the Institute") only when the letter gives no fuller one.
    let mut single: Option<(usize, usize)> = None;
    let mut first_place: Option<(usize, usize, usize)> = None;
    // A proper name with no place word, said to be where it happens: only when nothing else is found.
    let mut proper: Option<(usize, usize)> = None;
    // Where all of the visit is said to be ("All of your sessions will take place in ..."), then where something is
    // said to be held ("held at", "the venue is"), then the letter's first place.
    let mut all_of_it: Option<(usize, usize)> = None;
    let mut said_to_be: Option<(usize, usize)> = None;
    let mut hotel: Option<(usize, usize)> = None;
    // Every place the prose names.
    let mut places: Vec<(usize, usize)> = Vec::new();
    for lead in VENUE_LEADS {
        for p in text.find_all(lead) {
            // "accommodation at the University's guest house" is not the venue, nor the airport one arrives at.
            let before = text.lower_str(p.saturating_sub(40), p);
            // (In its own sentence: "… reception is at Hotel ICON. Performances are at the Studio Theatre".)
            let before = before.rsplit(". ").next().unwrap_or(before);
            // (A verb of gathering right before it, "meet at the", "assemble at the"; a meal anywhere before it, "Lunch
            // provided at the", as a word: not "a lunchtime recital at the".)
            let gathering = before.split(|c: char| !c.is_alphabetic()).rfind(|w| !w.is_empty()).is_some_and(|w| VENUE_GATHERING_VERBS.contains(&w));
            let meal = before.split(|c: char| !c.is_alphabetic()).any(|w| VENUE_MEALS.contains(&w));
            if VENUE_NOT_WHERE_BEFORE.iter().any(|w| before.contains(w)) || gathering || meal {
                continue;
            }
            let (mut s, mut e) = phrase_until(text, p + lead.chars().count(), STOPS, 80);
            // "at 3:00 p.m., Lecture Hall, ...": past the time to the place; "Arsenal House at 8:30 am": up to the time.
            let line_end = text.lines[text.line_of(s)].1;
            let place = past_a_time(text, s, line_end);
            if place != s {
                (s, e) = phrase_until(text, place, STOPS, 80);
            }
            if let Some(t) = (s..e.saturating_sub(4)).find(|&i| text.lower_str(i, i + 4) == " at " && text.lower[i + 4].is_ascii_digit()) {
                e = t;
            }
            // "hosted at our Kowloon Park Sports Centre": the place's name after "our".
            if lead.contains(" at ") && text.lower_str(s, (s + 4).min(e)) == "our " && text.original.get(s + 4).is_some_and(|&c| is_capital(c)) {
                s += 4;
            }
            // "held at The Box, Freespace": "The" with its capital in the sentence is part of the name.
            if lead.ends_with(" the ") && s >= 4 && text.original[s - 4..s].iter().collect::<String>() == "The " {
                s -= 4;
            }
            e = name_goes_on(text, e);
            // "at the Tai O stilt house settlement and deliver a public lecture": the place ends where a task is joined.
            if let Some(and) = (s..e.saturating_sub(5)).find(|&i| text.lower_str(i, i + 5) == " and " && text.original.get(i + 5).is_some_and(|c| c.is_lowercase()) && {
                let next: String = text.lower[i + 5..e].iter().take_while(|c| c.is_alphabetic()).collect();
                ACTIVITY_TO_VERBS.contains(&next.as_str())
            }) {
                e = and;
            }
            let phrase = text.lower_str(s, e);
            // "in the Faculty of Law, Cheng Yu Tung Tower, Centennial Campus": a name without a place word, whose
            // address after it has one.
            let address_has_place = || address_parts(text, e).iter().any(|&(ps, pe)| VENUE_PLACES.iter().any(|w| text.lower_str(ps, pe).contains(w)));
            // (Or a Chinese name in an English letter: "will be at 沙田大會堂演奏廳".)
            let capital = text.original.get(s).is_some_and(|&c| is_capital(c) || c.is_ascii_digit() || super::text::is_cjk(c) && !lead.chars().any(super::text::is_cjk));
            if !(capital && (VENUE_PLACES.iter().any(|w| phrase.contains(w)) || address_has_place())) {
                // "will take place at Tai Kwun": a name with no place word, after words that say a place follows.
                let said = VENUE_NAMED_LEADS.contains(lead);
                let written = text.slice(s, e);
                let words: Vec<&str> = written.split_whitespace().collect();
                let name = (1..=5).contains(&words.len())
                    // (A building's number after its name is part of it: "Cyberport 3", "Tower 2".)
                    && words.iter().enumerate().all(|(k, w)| {
                        let number = k > 0 && w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit());
                        number || w.chars().next().is_some_and(is_capital) && !w.chars().any(|c| c.is_ascii_digit())
                    })
                    && !VENUE_EVENTS.iter().any(|w| phrase.contains(w));
                if said && capital && name {
                    proper.get_or_insert((s, e));
                }
                continue;
            }
            // "the HA Convention 2027" is an event; "the Hong Kong Convention and Exhibition Centre" a place.
            let event = VENUE_EVENTS.iter().any(|w| phrase.contains(w));
            if event && !VENUE_PLACES.iter().filter(|w| w.is_ascii() && **w != "convention").any(|w| phrase.contains(w)) {
                continue;
            }
            // "the training room on the 20th floor of Revenue Tower": a floor is part of the place.
            let on_floor = text.lower_str(e, (e + 40).min(text.lower.len()));
            if let Some(rest) = on_floor.strip_prefix(" on the ") {
                let ordinal = rest.split(' ').next().unwrap_or("");
                // (In figures or words: "the 20th floor", "the fourth floor", "the ground floor".)
                if (ordinal.chars().next().is_some_and(|c| c.is_ascii_digit()) || super::cues::VENUE_FLOOR_WORDS.contains(&ordinal)) && rest[ordinal.len()..].starts_with(" floor") {
                    e = phrase_until(text, e + " on the ".len() + ordinal.len() + " floor".len(), STOPS, 50).1;
                }
            }
            // "the Hong Kong Squash Centre, Hong Kong Park", "HKIA Premises, One Hysan Avenue": parts of the address.
            if let Some(&(_, last)) = address_parts(text, e).last() {
                e = last;
            }
            // ", Wong Chuk Hang", ", Tai Po": a district after the place, up to the sentence's end or a date.
            if text.lower.get(e) == Some(&',') {
                let (ns, ne) = phrase_until(text, e + 1, &[",", ";", ". ", " on ", " from ", " between ", " in ", "\n"], 30);
                let (ns, ne) = text.trim(ns, ne);
                let district = text.slice(ns, ne);
                let words: Vec<&str> = district.split_whitespace().collect();
                let after = text.lower_str(ne, (ne + 6).min(text.lower.len()));
                if (1..=3).contains(&words.len())
                    && words.iter().all(|w| w.chars().next().is_some_and(is_capital) && w.chars().all(|c| c.is_alphabetic() || c == '-'))
                    && (after.starts_with(". ") || after.starts_with(',') || after.starts_with(" on ") || after.starts_with(" from ") || after.is_empty() || after.starts_with('.'))
                {
                    e = ne;
                }
            }
            if text.lower_str(s, e).split_whitespace().filter(|w| !["the", "our"].contains(w)).count() == 1 {
                single.get_or_insert((s, e));
                continue;
            }
            // A hotel by its name ("the Harbour Room of the Novotel Century"), or a place the sentence says the
            // visitors are put up at, is where they sleep: the venue only when nothing else is, however it is said.
            // (Read only when a clause of where follows: most places have none.)
            let where_follows = text.lower_str(e, (e + 8).min(text.lower.len())) == ", where ";
            let after = if where_follows { text.lower_str(e, sentence_end(text, e)) } else { "" };
            let where_clause = after.strip_prefix(", where ").map(|rest| rest.split([',', ';']).next().unwrap_or(""));
            let hotel_named = VENUE_HOTEL_NAMES.iter().any(|w| phrase.contains(w)) || where_clause.is_some_and(|c| VENUE_LODGED_THERE.iter().any(|w| c.contains(w)));
            if hotel_named && !VENUE_HOTEL_ROOMS.iter().any(|w| phrase.contains(w)) {
                hotel.get_or_insert((s, e));
                continue;
            }
            // "held at", "the venue is": said to be the venue. A plain "at" or "in": the letter's first such place
            // ("Rehearsals run ... in Studio D4, with performances ... at the Academy Lyric Theatre").
            if ["held", "venue", "located"].iter().any(|w| lead.contains(w)) {
                said_to_be.get_or_insert((s, e));
                continue;
            }
            // "All of your sessions will take place in ...", "Both concerts are at ...": where all of it is, first
            // (as 均在 in Chinese), over a place named before it ("heard you teach at the Mozarteum").
            let sentence = sentence_start(text, p);
            let subject = text.lower_str(sentence, p);
            let said = VENUE_NAMED_LEADS.contains(lead) || lead.starts_with(" take") && lead.contains(" in ");
            if said && subject.split_whitespace().count() <= 8 && VENUE_ALL_OF_IT.iter().any(|w| subject.starts_with(w)) {
                all_of_it.get_or_insert((s, e));
                continue;
            }
            // A hotel named in passing is where the visitor sleeps or is received ("the opening reception at Hotel
            // ICON"): the venue only when nothing else is.
            if phrase.split(|c: char| !c.is_alphanumeric()).any(|w| w == "hotel") && !VENUE_HOTEL_ROOMS.iter().any(|w| phrase.contains(w)) {
                hotel.get_or_insert((s, e));
                continue;
            }
            places.push((s, e));
            if first_place.is_none_or(|(fp, _, _)| p < fp) {
                first_place = Some((p, s, e));
            }
        }
    }
    // (Of the places the prose names, the one whose sentences give the most days, when that is more than the first
    // place's: "Your first rehearsal … on Tuesday 12 October in the Orchestral Rehearsal Room. … From Thursday 14
    // October the orchestra moves to the Academy Concert Hall …, and the two gala concerts will be given there on
    // Friday 15 and Saturday 16 October".)
    // (Not in a chat, whose messages are no sentences of a letter.)
    let chat = super::chat::Chat::of(text).is_some();
    let first_place = match (all_of_it, said_to_be, first_place) {
        (None, None, Some((p, s, e))) if !chat => {
            // (In the letter's order, for finding a sentence's places without looking at all of them.)
            let mut places = places.clone();
            crate::sorting::sort_by_key(&mut places, |&(ps, _)| crate::sorting::number(ps as i64));
            Some(place_of_most_days(text, mentions, &places).filter(|&(bs, be, days)| days > days_named_with(text, mentions, &places, s, e) && (bs, be) != (s, e)).map_or((p, s, e), |(bs, be, _)| (p, bs, be)))
        }
        _ => first_place,
    };
    if let Some((s, e)) = all_of_it.or(said_to_be).or(first_place.map(|(_, s, e)| (s, e))) {
        // "a public talk at the Hong Kong Central Library" before "in the Lecture Theatre, Hong Kong Central Library":
        // the room the letter names in the same place, later, says where.
        let name = text.lower_str(s, e);
        let name = name.trim_start_matches("the ");
        // (The earliest such room after it.)
        let room = places.iter().filter(|&&(ps, pe)| {
            let other = text.lower_str(ps, pe);
            ps > e && (other.ends_with(&format!(", {name}")) || other.ends_with(&format!(", the {name}")))
        }).min_by_key(|p| p.0);
        let (s, e) = room.copied().unwrap_or((s, e));
        return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
    }
    if let Some((s, e)) = single.or(proper) {
        return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
    }
    // The places the Chinese prose says things are held at, in the order they are tried, with whether each is said of
    // all of the visit.
    let mut held_at: Vec<(usize, usize, bool)> = Vec::new();
    for lead in VENUE_CJK_LEADS {
        // "假香港大會堂舉行" ("at", formal), not the 假 of 暑假, 假期 or 假如.
        let holiday = |p: usize| {
            *lead == "假"
                && (p > 0 && "暑寒休放請请度例病事年婚產产".contains(text.lower[p - 1])
                    || text.lower.get(p + 1).is_some_and(|c| "期日如設设若".contains(*c)))
        };
        let mut found = text.find_lower(0, text.lower.len(), lead);
        while let Some(p) = found.filter(|&p| holiday(p) || not_where_it_happens(text, p)) {
            found = text.find_lower(p + 1, text.lower.len(), lead);
        }
        // (Where the letter says all of it is held with 在 or 於, that comes first: "以上訓練均於香港體育學院乒乓球館進行（結營禮
        // 除外，假本會奧運大樓會議室舉行）".)
        // (Only for 假, and only when the words say all of it is held at a place: "酬金…均於活動完結後發還" is a time.)
        let all_held_at = lead.starts_with('假')
            && VENUE_CJK_ALL_HELD_AT.iter().flat_map(|w| text.find_all(w).map(move |p| p + w.chars().count())).any(|p| {
                let (s, e) = phrase_until(text, p, &["舉行", "举行", "進行", "进行", "，", "。"], 30);
                VENUE_PLACES.iter().any(|w| !w.is_ascii() && text.lower_str(s, e).contains(w)) && !text.lower_str(s, e).chars().any(|c| "年月日時时".contains(c))
            });
        let found = found.filter(|&p| !all_held_at || (p > 0 && matches!(text.lower[p - 1], '均' | '皆')));
        if let Some(p) = found {
            let (s, e) = phrase_until(text, p + lead.chars().count(), &["舉行", "举行", "，", "。"], 40);
            // "假香港大會堂劇院公演共十二場": the place ends with its last place word.
            let e = cjk_place_end(text, s, e);
            // "場地為九龍公園游泳池" names a place; "在同一場地為所有講者舉行" says whom it is for.
            let named_as = lead.ends_with(['為', '为', '是']);
            if named_as && !VENUE_PLACES.iter().any(|w| !w.is_ascii() && text.lower_str(s, e).contains(w)) {
                continue;
            }
            if e > s + 1 {
                // (Said of all of it, "兩場講座均假…舉行", "課程全程假…舉行", it is the venue whatever else is dated.)
                // (Or said to be the main place: "主要工作地點為…".)
                let main_place = !lead.starts_with('假') && text.lower_str(p.saturating_sub(4), p).contains("主要");
                held_at.push((s, e, all_held_at || all_of_it_before(text, p) || main_place));
                break;
            }
        }
    }
    // (The first in the letter, whichever of 於, 于 and 在 leads it: "主要在…利黃瑤璧樓進行" before "於邵逸夫堂舉行".)
    // (But where all of it is held comes first: "大師班、面談、評審及頒獎典禮均在數碼港演講廳舉行", after a reception's
    // "於其銅鑼灣…辦公室舉辦的酒會".)
    let mut at: Vec<usize> = VENUE_CJK_AT.iter().flat_map(|lead| text.find_all(lead)).collect();
    let all_of_it = |p: usize| all_of_it_before(text, p);
    crate::sorting::sort_by_key(&mut at, |&p| crate::sorting::number(if all_of_it(p) { p as i64 - text.lower.len() as i64 } else { p as i64 }));
    const HELD: &[&str] = &["舉行", "举行", "進行", "进行", "舉辦", "举办", "上演", "公演", "，", "。"];
    // The last 在/於 in `s..e`, not the 於 of 位於.
    let last_at = |s: usize, e: usize| (s..e).rev().find(|&i| "在於于喺".contains(text.lower[i]) && !(i > 0 && text.lower[i - 1] == '位'));
    // (Not the 於 of 位於, "located at", which says where a place is, not that anything is held there.)
    for p in at.into_iter().filter(|&p| !not_where_it_happens(text, p) && !(p > 0 && text.lower[p - 1] == '位')) {
        let (mut s, mut e) = phrase_until(text, p + 1, HELD, 30);
        // ("在建筑与空间设计方面": a field of work, whatever verb inside it cuts the phrase below.)
        let field_of_work = VENUE_CJK_FIELDS.iter().any(|w| text.lower_str(s, e).contains(w));
        // (A long date before the last 在 may fill the window: "於二〇二七年六月二十八日（星期一）至三十日（星期三）在海關
        // 總部大樓演講廳舉行". The place is read from that 在, as far as from the first.)
        if let Some(q) = last_at(s, e) {
            e = e.max(phrase_until(text, q + 1, HELD, 30).1);
        }
        // "在本處位於將軍澳的消防及救護學院主持...": the place ends where the activity's verb begins; but not when
        // the phrase ends with a place ("於沙田大會堂演奏廳舉行": 演奏 is part of the hall's name).
        // ("主講公開講座兩場": 場 after a number counts sessions; it is no place.)
        let phrase = without_counted_sessions(text.lower_str(s, e));
        // (No place word, no place: the rest of the work is for phrases that may name one.)
        if !VENUE_PLACES.iter().any(|w| !w.is_ascii() && phrase.contains(w)) {
            continue;
        }
        let ends_with_place = VENUE_PLACES.iter().any(|w| !w.is_ascii() && phrase.ends_with(w));
        // (A verb that names a room is part of its name: "排練室".)
        let names_a_room = |v: usize, w: &str| text.lower.get(v + w.chars().count()).is_some_and(|c| "室廳厅館馆堂".contains(*c));
        let verb = ACTIVITY_CJK_VERBS.iter().filter_map(|w| text.find_lower(s, e, w).filter(|&v| !names_a_room(v, w))).min();
        if let Some(v) = verb.filter(|_| !ends_with_place) {
            e = v;
        }
        // "于五月四日至八日在香港教育城": the place follows the last 在/於.
        if let Some(q) = last_at(s, e) {
            s = q + 1;
        }
        // "在位于屯门大榄的香港海关训练学院": where the place is, then the place, after 的.
        if ["位於", "位于"].contains(&text.lower_str(s, s + 2)) {
            if let Some(d) = (s + 2..e).find(|&i| text.lower[i] == '的').filter(|&d| e > d + 2) {
                s = d + 1;
            }
        }
        // "在同一場地為所有講者舉行簡介會": the place ends where whom it is for begins.
        if let Some(q) = (s + 2..e).find(|&i| "為为".contains(text.lower[i]) && !"作成認认因以".contains(text.lower[i - 1]) && !matches!(text.lower.get(i + 1), Some('期' | '止'))) {
            e = q;
        }
        // "在荃灣公園與本地紮作師傅合作": a place, then whom it is done with.
        if let Some(q) = (s + 2..e).find(|&i| "與与".contains(text.lower[i]) && VENUE_PLACES.iter().any(|w| !w.is_ascii() && text.lower_str(s, i).ends_with(w))) {
            e = q;
        }
        let phrase = text.lower_str(s, e);
        // "在以下場地進行：" over the place's own line: the place is that line.
        if held_at.is_empty() && VENUE_CJK_BELOW.iter().any(|w| phrase.starts_with(w)) {
            if let Some(place) = place_on_the_line_below(text, s) {
                return Some(place);
            }
        }
        // "在同一場地", "於上述地點": a place named before, not a name; "在馬德里會議後…": a time.
        // (Nor a list, nor a field of work: "在产品、传达、空间及服务设计等领域", "在建筑与空间设计方面".)
        let reference = VENUE_CJK_REFERENCES.iter().any(|w| phrase.starts_with(w))
            || VENUE_CJK_AFTER_AN_EVENT.iter().any(|w| phrase.contains(w))
            || field_of_work
            || phrase.contains('、');
        // Digits of a room or hall ("10號展館", "W325室"), not of a date or a time ("二月十一日晚上的開幕典禮上").
        // (A date's or a time's word after its number: not the 年 of "百周年大樓".)
        let dated = phrase.chars().zip(phrase.chars().skip(1)).any(|(n, w)| n.is_ascii_digit() && "年月日時时:".contains(w));
        let numeral_dated = phrase.chars().zip(phrase.chars().skip(1)).any(|(n, w)| "一二三四五六七八九十〇○兩两".contains(n) && "年月日時时".contains(w));
        if !reference && VENUE_PLACES.iter().any(|w| without_counted_sessions(phrase).contains(w)) && !(dated && phrase.chars().any(|c| c.is_ascii_digit())) && !numeral_dated {
            // The place ends with its last place word ("在香港文化中心音樂廳排練" is at the concert hall); a phrase
            // with none but a session's 場 ("首場音樂會前一日") names no place.
            if let Some(end) = cjk_last_place_word_end(text, s, e).filter(|&end| end > s + 1) {
                let end = with_its_room(text, end, e);
                held_at.push((s, end, all_of_it(p)));
                // (A chat's first place, or one said of all of it, is the venue: no other is weighed against it.)
                if chat || held_at[0].2 {
                    break;
                }
            }
        }
    }
    if let Some(&(s, e, all)) = held_at.first() {
        // Of the places the prose names, the one whose clauses give the most days, over the first: "首兩天（12月4日及5日）
        // 的工作坊假…活動室舉行；11月11日至18日的各個工作日，閣下將在上水廖萬石堂進行現場示範" is at the ancestral hall.
        // (Not in a chat, whose messages are no clauses of a letter.)
        let (s, e) = if all || chat { (s, e) } else { cjk_place_of_most_days(text, mentions, &held_at).unwrap_or((s, e)) };
        return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
    }
    // "活動將於西九文化區自由空間舉行": a name with no place word, when what follows is the event being held there and
    // the phrase is not a time ("於下午舉行", "將於五月舉行") or online.
    for lead in VENUE_CJK_AT {
        for p in text.find_all(lead) {
            let (s, e) = phrase_until(text, p + 1, &["舉行", "举行", "上演", "公演", "，", "。", "\n"], 24);
            let held = matches!(text.lower_str(e, (e + 2).min(text.lower.len())), "舉行" | "举行" | "上演" | "公演");
            let phrase = text.lower_str(s, e);
            let time_or_online = phrase.chars().any(|c| c.is_ascii_digit() || "年月日時时午晚週周期網网線线".contains(c));
            let reference = VENUE_CJK_REFERENCES.iter().any(|w| phrase.starts_with(w));
            if held && phrase.chars().count() >= 3 && !time_or_online && !reference && !phrase.contains(['在', '於', '于', '、', '為', '为']) {
                return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
            }
        }
    }
    hotel.and_then(|(s, e)| text.extracted(s, e, None, GUESS)).map(|x| x.doubt(Reason::Prose))
}

/// Where the letter says the activity has moved to: "the venue has since moved to the Dance Studio, 2/F, Kwai Tsing
/// Theatre", "專場現改於油麻地戲院劇院舉行". A correction or a later paragraph says where it now is, so that place is the
/// venue over any named before it, a label's too (a corrected letter repeats its old form). Not the move of one dated
/// session ("The talk of 5 May has been moved to ...", "11月24日的一節改於301室舉行"), nor a note in Chinese brackets,
/// nor a life story's or an office's ("She moved to the Royal College of Music", "本處已遷往…"). The last move the
/// letter gives, unsure.
pub(super) fn moved_to(text: &Text) -> Option<Extracted> {
    let mut found: Option<(usize, usize)> = None;
    for lead in VENUE_MOVED_TO {
        for p in text.find_all(lead) {
            let sentence = sentence_start(text, p);
            let before = text.lower_str(sentence, p);
            if !VENUE_MOVED_WHAT.iter().any(|w| before.contains(w)) || before.chars().any(|c| c.is_ascii_digit()) || VENUE_MOVED_IF.iter().any(|w| before.contains(w)) {
                continue;
            }
            let (s, e) = phrase_until(text, p + lead.chars().count(), VENUE_STOPS, 80);
            let e = address_parts(text, name_goes_on(text, e)).last().map_or(e, |&(_, last)| last);
            let (s, e) = text.trim(s, e);
            // (Not a move in time: "the talk has moved to the Sunday (14th), 3pm".)
            let phrase = text.lower_str(s, e);
            if text.original.get(s).is_some_and(|&c| is_capital(c)) && names_a_place(phrase) && !a_time_or_a_sum(phrase) && found.is_none_or(|(fs, _)| s > fs) {
                found = Some((s, e));
            }
        }
    }
    for lead in VENUE_CJK_MOVED_TO {
        for p in text.find_all(lead) {
            // Its sentence: from the last full stop, line or bracket before it. A day in it makes the move one
            // session's ("其中5月10日的體能測試，改於…"); a condition, a plan for bad weather ("如遇惡劣天氣，演出改在…").
            // (A bracket still open at the move: one closed before it, "講座（原定於大會堂）現改於…", is no note.)
            let sentence = (0..p).rev().find(|&i| "。；;\n".contains(text.lower[i])).map_or(0, |i| i);
            let note = (sentence..p).rev().take_while(|&i| !matches!(text.lower[i], ')' | '）')).any(|i| matches!(text.lower[i], '（' | '('));
            let before = text.lower_str(sentence, p);
            // (What moves is something held, not an office: "本處已遷往灣仔…"; named in the sentence, past a semicolon:
            // "講座原定於MB 223室舉行；現因該室翻新，已改於…".)
            let full_stop = (0..p).rev().find(|&i| "。\n".contains(text.lower[i])).map_or(0, |i| i);
            let held = VENUE_CJK_MOVED_WHAT.iter().any(|w| text.lower_str(full_stop, p).contains(w));
            if note || !held || names_a_day(before) || VENUE_MOVED_IF.iter().any(|w| before.contains(w)) {
                continue;
            }
            let (s, e) = phrase_until(text, p + lead.chars().count(), &["舉行", "举行", "進行", "进行", "，", "。", "\n"], 40);
            // (A place of three characters or more, named: not "展場", nor "本署總部", which points at one.)
            let named = |end: usize| end > s + 2 && !names_a_day(text.lower_str(s, end)) && text.lower[s] != '本' && !VENUE_CJK_REFERENCES.iter().any(|w| text.lower_str(s, end).starts_with(w));
            if let Some(end) = cjk_last_place_word_end(text, s, e).filter(|&end| named(end) && found.is_none_or(|(fs, _)| s > fs)) {
                found = Some((s, with_its_room(text, end, e)));
            }
        }
    }
    let (s, e) = found?;
    text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose))
}

/// Of the places a letter's labels give, the one it names most often (the first of those named as often), and
/// whether the labels give more than one: "地點：本團排練廳" under two days' rehearsals and "地點：香港大會堂音樂廳"
/// under a dress rehearsal and each of two concerts.
pub(super) fn most_named(text: &Text, labels: &[Labelled]) -> (Option<Labelled>, bool) {
    // (A place's name, without an address or a note in brackets after it.)
    let name = |x: &Labelled| {
        let value = text.lower_str(x.start, x.end);
        value.split(['(', '（', ',', '，']).next().unwrap_or("").trim().to_string()
    };
    let names: Vec<String> = labels.iter().map(name).collect();
    let several = names.iter().any(|n| *n != names[0]);
    if !several {
        return (labels.first().copied(), false);
    }
    // (Each name counted once over the letter, however many labels give it.)
    let mut counts: Vec<usize> = Vec::with_capacity(names.len());
    for (i, n) in names.iter().enumerate() {
        let count = match names[..i].iter().position(|m| m == n) {
            Some(f) => counts[f],
            None if n.is_empty() => 0,
            None => text.find_all(n).count(),
        };
        counts.push(count);
    }
    let best = (0..labels.len()).rev().max_by_key(|&i| counts[i]).map(|i| labels[i]);
    (best, true)
}

/// Whether a place is still to be confirmed: "TBC – Ho Man Tin campus", "待定".
pub(super) fn to_be_confirmed(place: &str) -> bool {
    let place = place.trim();
    VENUE_TO_BE_CONFIRMED.iter().any(|w| place.starts_with(w))
}

/// Whether Chinese words name a day ("19日", "十日", "5月10日", "10號"), not only a month ("九月"), a list's number
/// ("1.") or a schedule ("日程").
fn names_a_day(words: &str) -> bool {
    let chars: Vec<char> = words.chars().collect();
    chars.windows(2).any(|w| (w[0].is_ascii_digit() || "一二三四五六七八九十".contains(w[0])) && "日號号".contains(w[1]) || w[0].is_ascii_digit() && w[1] == '月')
}

/// The place on the line under one that ends "… will be held at:" ("The Forum and the roundtable will be held at:" over
/// "    Auditorium, 2/F, Hong Kong Legal Hub" and its address): that line, when it starts with a capital and holds a
/// place word.
fn place_under_its_lead(text: &Text) -> Option<Extracted> {
    let lead_line = (0..text.lines.len()).find(|&l| {
        let line = text.lower_str(text.lines[l].0, text.lines[l].1);
        line.trim_end().strip_suffix(':').is_some_and(|before| VENUE_LEADS_TO_THE_LINE_BELOW.iter().any(|w| before.trim_end().ends_with(w)))
    })?;
    let below = (lead_line + 1..text.lines.len().min(lead_line + 3)).find(|&l| !text.is_blank(l))?;
    let (s, e) = text.trim(text.lines[below].0, text.lines[below].1);
    let phrase = text.lower_str(s, e);
    let place = names_a_place(phrase);
    let capital = text.original.get(s).is_some_and(|&c| is_capital(c) || super::text::is_cjk(c));
    if !(place && capital && phrase.chars().count() <= 80) {
        return None;
    }
    // The building on the lines under the room, up to the street's ("Simulation Laboratory, 3/F" / "Prince Philip Dental
    // Hospital" / "34 Hospital Road, Sai Ying Pun"), joined as one name.
    let mut parts = vec![(s, e)];
    for l in below + 1..text.lines.len().min(below + 3) {
        let (ns, ne) = text.trim(text.lines[l].0, text.lines[l].1);
        let line = text.slice(ns, ne);
        if ne <= ns || !text.original[ns].is_uppercase() || line.chars().any(|c| c.is_ascii_digit()) || line.chars().count() > 60 || !line.is_ascii() {
            break;
        }
        parts.push((ns, ne));
    }
    let value = parts.iter().map(|&(a, b)| text.slice(a, b)).collect::<Vec<_>>().join(", ");
    text.extracted(s, parts.last().map_or(e, |p| p.1), Some(value), GUESS).map(|x| x.doubt(Reason::Prose))
}

/// The place on its own line below a sentence that points to it ("比賽全部在以下場地進行，請於…報到：" over "　　浸會大學
/// 大學會堂"): the first line below that is short, ends with a place word and holds no digit.
fn place_on_the_line_below(text: &Text, at: usize) -> Option<Extracted> {
    let line = text.line_of(at);
    let below = (line + 1..text.lines.len().min(line + 3)).find(|&l| !text.is_blank(l))?;
    let (s, e) = text.trim(text.lines[below].0, text.lines[below].1);
    let phrase = text.lower_str(s, e);
    let short = phrase.chars().count() <= 24 && !phrase.contains([',', ';', ' ']);
    let place = VENUE_PLACES.iter().any(|w| !w.is_ascii() && phrase.ends_with(w));
    (short && place && !phrase.chars().any(|c| c.is_ascii_digit())).then(|| text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose)))?
}

/// The place set on the line under a schedule's row, in the row's column of what is done ("Fri 17 Nov   14:00   Training
/// seminar" over "                     Tournament Hall, 8/F, Bright Way Tower"): that line whole, when it is set in,
/// opens with a capital (or in Chinese), names a place and holds no date.
fn place_under_a_row(text: &Text, mentions: &[DateMention], l: usize) -> Option<(usize, usize)> {
    let (ns, ne) = *text.lines.get(l + 1)?;
    let (s, e) = text.trim(ns, ne);
    let set_in = s > ns && text.original[ns].is_whitespace();
    let opens = text.original.get(s).is_some_and(|&c| is_capital(c) || super::text::is_cjk(c));
    let dated = mentions.iter().any(|m| m.start >= ns && m.start < ne);
    let phrase = text.lower_str(s, e);
    (set_in && opens && !dated && e > s + 1 && phrase.chars().count() <= 80 && names_a_place(phrase) && !a_time_or_a_sum(phrase)).then_some((s, e))
}

/// In a Chinese sentence that says where something is held ("工作坊假香港文物探知館舉行", "於香港大會堂舉行"), the
/// place: after the lead (假, 於, 在), before the verb.
pub(super) fn cjk_place_held(text: &Text, s: usize, e: usize) -> Option<(usize, usize)> {
    let value = text.lower_str(s, e);
    let held = ["舉行", "举行", "進行", "进行"].iter().find(|v| value.ends_with(*v))?;
    let end = e - held.chars().count();
    let lead = VENUE_CJK_LEADS.iter().chain(VENUE_CJK_AT).filter_map(|l| text.find_lower(s, end, l).map(|p| p + l.chars().count())).min()?;
    (end > lead + 1).then(|| text.trim(lead, end))
}

/// Where a venue's name (and each part of its address) ends.
const VENUE_STOPS: &[&str] = &[
    " on ", " from ", " during ", " between ", ",", ";", " with ", " in hong kong", " for ", ". ", " to ", " and will ", " where ",
    " and one ", " and two ", " and a ", " and an ", " unless ", " except ", " subject to ", " if ", " under our ", " under the ",
];

/// The parts of an address after a place's name that ends at `e`, each after a comma: "..., Hong Kong Park",
/// "..., 10 Salisbury Road, Tsim Sha Tsui" (parts with a place or address word, or a floor).
fn address_parts(text: &Text, mut e: usize) -> Vec<(usize, usize)> {
    const STOPS: &[&str] = VENUE_STOPS;
    let mut parts = Vec::new();
    while text.lower.get(e) == Some(&',') {
        let (ns, ne) = phrase_until(text, e + 1, STOPS, 50);
        let ne = name_goes_on(text, ne);
        let (ns, ne) = text.trim(ns, ne);
        let part = text.lower_str(ns, ne);
        // (Or a building known by its name and number: "Cyberport Hall, Cyberport 1".)
        let written = text.slice(ns, ne);
        let words: Vec<&str> = written.split_whitespace().collect();
        let numbered = (2..=3).contains(&words.len())
            && words.last().is_some_and(|w| w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()))
            && words[..words.len() - 1].iter().all(|w| w.chars().next().is_some_and(is_capital) && w.chars().all(char::is_alphabetic));
        let place = VENUE_PLACES.iter().chain(VENUE_ADDRESS).any(|w| part.contains(w)) || part.ends_with("/f") || numbered;
        if ne <= ns || !place || !text.original.get(ns).is_some_and(|&c| is_capital(c) || c.is_ascii_digit()) {
            break;
        }
        parts.push((ns, ne));
        e = ne;
    }
    parts
}

/// The end of a place's name that a stop word only seemed to end: "the Centre for Health Protection", "the Academy
/// for Performing Arts" go on over "for" when a capitalised word follows it.
fn name_goes_on(text: &Text, mut e: usize) -> usize {
    const STOPS: &[&str] = &[" on ", " from ", " during ", " between ", ",", ";", " with ", " in hong kong", " for ", ". ", " to "];
    while text.lower_str(e, (e + 5).min(text.lower.len())) == " for " && text.original.get(e + 5).is_some_and(|&c| is_capital(c)) {
        e = phrase_until(text, e + 5, STOPS, 50).1;
    }
    e
}

/// The place on an itinerary's line after its date: "- Stage rehearsals: 14-16.9.2027, Grand Theatre, Hong Kong
/// Cultural Centre". The first such place of the itinerary, for when the letter names none in its prose.
pub(super) fn venue_on_schedule_line(text: &Text, mentions: &[DateMention]) -> Option<Extracted> {
    for m in mentions {
        let (ls, le) = text.lines[text.line_of(m.start)];
        let before = text.lower_str(ls, m.start);
        let before = before.trim().trim_start_matches(|c: char| is_bullet(c) || c == '>' || c == ' ');
        // The date heads the line, or follows a short label ("Performances:").
        if !(before.is_empty() || (before.chars().count() <= 30 && before.ends_with(':'))) {
            continue;
        }
        let after = text.lower_str(m.end, le);
        let Some(rest) = after.strip_prefix(", ").or_else(|| after.strip_prefix(" at ")).or_else(|| after.strip_prefix(" – ")) else { continue };
        let s = le - rest.chars().count();
        // ("Mon 19 July – Sat 24 July – training camp, two sessions daily, Table Tennis Hall, Hong Kong Sports
        // Institute": what is done first, then the place from its first part with a capital and a place word.)
        let place_part = (s..le).filter(|&i| i == s || text.lower[i - 1] == ' ' && text.lower.get(i.saturating_sub(2)) == Some(&',')).find(|&i| {
            let part_end = (i..le).find(|&k| text.lower[k] == ',').unwrap_or(le);
            let part = text.lower_str(i, part_end);
            text.original.get(i).is_some_and(|&c| is_capital(c)) && VENUE_PLACES.iter().filter(|w| w.is_ascii()).any(|w| part.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w))
        });
        let s = place_part.unwrap_or(s);
        let (s, e) = text.trim(s, le);
        // ("6 May, 3:00 pm, Auditorium, Tuen Mun Town Hall": the place after the time.)
        let s = past_a_time(text, s, le);
        let phrase = text.lower_str(s, e);
        let place = VENUE_PLACES.iter().filter(|w| w.is_ascii()).any(|w| phrase.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w || x == format!("{w}s")));
        if place && text.original.get(s).is_some_and(|&c| is_capital(c)) && !phrase.chars().any(|c| c.is_ascii_digit()) {
            return text.extracted(s, e, None, WEAK).map(|x| x.doubt(Reason::Prose));
        }
    }
    None
}

/// The place most of the programme's dated lines name, when two or more name the same one: "Mon 3 Jan – Fri 7 Jan
/// 2028   squad training, 07:00–10:00, King's Park Hockey Ground", "1月20日（星期四）　總綵排　香港文化中心音樂廳",
/// "二、3月8日至10日：進場技術綵排，地點為香港大會堂劇院；". The last cell or the last part after a comma, with a place
/// word, or what follows 地點為. With how many lines name it.
pub(super) fn venue_of_most_days(text: &Text, mentions: &[DateMention]) -> Option<(Extracted, usize)> {
    let mut found: Vec<(String, usize, usize, usize)> = Vec::new();
    // (A row of several days: "8月3日至5日（星期二至星期四）　初賽、準決賽及決賽（葵青劇院演藝廳）".)
    let mut lines: Vec<(usize, usize, usize)> = mentions.iter().map(|m| (text.line_of(m.start), m.start, ((m.to - m.from).num_days() + 1).clamp(1, 14) as usize)).collect();
    // (And the rows of a day's times under its heading: "Day 1 — Monday 29 November:" over "    14:00  Workshop 1,
    // Lecture Theatre, 1/F, West Block".)
    if let Some(first) = lines.first().map(|&(l, _, _)| l) {
        let mut rows = 0;
        for l in first + 1..text.lines.len() {
            // (Up to the schedule's end, a blank line after its rows: "2.10 The Hall …" further down is a clause's
            // number.)
            if text.is_blank(l) && rows > 0 {
                break;
            }
            let (ls, le) = text.lines[l];
            let at = (ls..le).find(|&i| !text.original[i].is_whitespace()).unwrap_or(le);
            let digits = (at..le).take_while(|&i| text.original[i].is_ascii_digit()).count();
            let timed = (1..=2).contains(&digits) && matches!(text.original.get(at + digits), Some(':' | '.')) && (at + digits + 1..(at + digits + 3).min(le)).all(|i| text.original[i].is_ascii_digit());
            if timed && !lines.iter().any(|&(k, _, _)| k == l) {
                lines.push((l, at, 1));
                rows += 1;
            }
        }
        crate::sorting::sort_by_key(&mut lines, |&(l, _, _)| crate::sorting::number(l as i64));
    }
    lines.dedup_by_key(|(l, _, _)| *l);
    for (l, date_at, days) in lines {
        let (ls, le) = text.lines[l];
        // (A line that opens with its date, past a list's mark: "三、3月2日（星期二）：工作坊第一节，香港文物探知馆一楼演讲厅".)
        let opens_with_date = date_at - ls <= 12;
        // (A row of several days counts each, a sentence's span once.)
        let row: Vec<char> = text.original[ls..le].iter().copied().skip_while(|c| c.is_whitespace()).collect();
        let days = if super::wrapping::opens_a_dated_row(&row) { days } else { 1 };
        let line = text.lower_str(ls, le);
        let place_word = |s: usize, e: usize| {
            let phrase = text.lower_str(s, e);
            names_a_place(phrase)
                && !phrase.chars().any(|c| "年月日時时".contains(c))
                && !a_time_or_a_sum(phrase)
        };
        let named = ["地點為", "地点为", "地點是", "地点是", "地點同為", "地点同为", "地點:", "地点:"].iter().find_map(|w| {
            let b = line.find(w)?;
            let s = ls + line[..b].chars().count() + w.chars().count();
            let (s, e) = phrase_until(text, s, &["；", ";", "。", "，", ",", "(", "\n"], 40);
            Some(text.trim(s, e))
        });
        // The last cell, or in a Chinese row the last run after a space ("總綵排　　香港文化中心音樂廳"); of it, the
        // last part after a comma with a place word ("coaching clinic, King's Park Hockey Ground, then debrief").
        let cell = super::layout::cells(text, l).last().copied().filter(|&(cs, _)| cs > ls).unwrap_or_else(|| text.trim(ls, le));
        let last_cell = match (cell, text.original[cell.0..cell.1].iter().any(|&c| super::text::is_cjk(c))) {
            // (A cell of its own, with no space in it, is the place whole.)
            ((s, e), true) => (s..e).rev().find(|&i| text.lower[i].is_whitespace()).map(|space| (space + 1, e)).or((s > ls || opens_with_date).then_some((s, e))),
            ((s, e), false) => (s > ls).then_some((s, e)),
        };
        let last_part = last_cell.and_then(|(cs, ce)| {
            let mut parts: Vec<(usize, usize)> = Vec::new();
            let mut at = cs;
            // (Parted by commas, or in Chinese by dashes: "——岭南大学黄炳礼楼二楼演讲厅"; or by a dash set off by spaces,
            // "General rehearsal – Concert Hall, Hong Kong City Hall".)
            let spaced_dash = |i: usize| matches!(text.lower[i], '–' | '-') && i > cs && text.lower[i - 1] == ' ' && text.lower.get(i + 1) == Some(&' ');
            for i in cs..=ce {
                if i == ce || matches!(text.lower[i], ',' | '—') || spaced_dash(i) {
                    parts.push(text.trim(at, i));
                    at = i + 1;
                }
            }
            // (Without the word that says "at": "，假座傳理視藝大樓四樓演講廳", "，於沙田大會堂演奏廳".)
            let past_at = |(s, e): (usize, usize)| {
                let lead = VENUE_CJK_LEADS.iter().chain(VENUE_CJK_AT).filter(|w| text.lower_str(s, e).starts_with(*w)).map(|w| w.chars().count()).max();
                (s + lead.unwrap_or(0), e)
            };
            // (A place in brackets after what is done is the bracket's, whatever is done: "研討會第一日：主題報告【香港濕地公園演講廳】".)
            let bracketed = |(s, e): (usize, usize)| match (s..e).rev().find(|&i| matches!(text.original[i], '(' | '（' | '【' | '[')) {
                Some(open) if open > s && matches!(text.original[e - 1], ')' | '）' | '】' | ']') && place_word(open + 1, e - 1) && !text.original[open + 1].is_lowercase() => (open + 1, e - 1),
                _ => (s, e),
            };
            // (In English, the place with its floor and building in the parts after it: "Workshop 1, Lecture Theatre,
            // 1/F, West Block, Kowloon Tong Education Services Centre"; not "then debrief".)
            if parts.iter().all(|&(a, b)| text.original[a..b].iter().all(char::is_ascii)) {
                // (A place in brackets after what is done is the bracket's: "Masterclass (Recital Hall)".)
                if let Some(&(s, e)) = parts.iter().rev().map(|&p| bracketed(p)).collect::<Vec<_>>().iter().find(|&&(s, e)| parts.iter().all(|&p| p != (s, e)) && place_word(s, e)) {
                    return Some((s, e));
                }
                // (A floor goes on with the place, "1/F", "3rd Floor"; a street's number does not, "50 Lei King Road".)
                let floor = |(a, b): (usize, usize)| {
                    let part = text.lower_str(a, b);
                    part.ends_with("/f") || part.ends_with(" floor") || part.starts_with("level ")
                };
                let capital = |(a, b): (usize, usize)| b > a && (text.original[a].is_ascii_uppercase() || floor((a, b)));
                let first = parts.iter().position(|&(a, b)| capital((a, b)) && place_word(a, b) && !text.original[a].is_ascii_digit())?;
                let last = (first..parts.len()).take_while(|&k| capital(parts[k]) && !a_time_or_a_sum(text.lower_str(parts[k].0, parts[k].1))).last().unwrap_or(first);
                return Some((parts[first].0, parts[last].1));
            }
            parts.into_iter().rev().map(past_at).map(bracketed).find(|&(s, e)| e > s + 1 && place_word(s, e))
        });
        let on_the_row = named.or(last_part).filter(|&(s, e)| e > s + 1 && place_word(s, e));
        let Some((s, e)) = on_the_row.or_else(|| place_under_a_row(text, mentions, l)).filter(|&(s, e)| place_word(s, e)) else { continue };
        // (Without the bracket it closes, when it ends the row's bracket: "Workshop 1 (KTESC, Room W321)", "現場導賞
        // 兩場（下午二時，天象廳）".)
        let unopened = |(s, e): (usize, usize)| matches!(text.original[e - 1], ')' | '）') && !text.original[s..e].iter().any(|c| matches!(c, '(' | '（'));
        let (s, e) = if unopened((s, e)) { text.trim(s, e - 1) } else { (s, e) };
        let key = text.lower_str(s, e).to_string();
        // (The same place with more of its address on one row: "Special Exhibition Gallery, 1/F, City Gallery" and
        // "…, City Gallery, Edinburgh Place, Central"; the shorter is kept.)
        // (Only when what is more is an address, a floor, a street or a district: a building's name after it,
        // "Studio Theatre, Sheung Wan Civic Centre", may make it another studio theatre than the row's. A street called
        // a Place, "Edinburgh Place", is an address, though "place" is a place word.)
        let more_address = |rest: &str| {
            let words: Vec<&str> = rest.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            rest.starts_with(',') && (rest.chars().any(|c| c.is_ascii_digit()) || words.iter().any(|w| VENUE_ADDRESS.contains(w) || *w == "place") || !names_a_place(rest))
        };
        let same = |a: &str, b: &str| a == b || b.strip_prefix(a).is_some_and(more_address) || a.strip_prefix(b).is_some_and(more_address);
        match found.iter_mut().find(|f| same(&f.0, &key)) {
            Some(f) => {
                f.3 += days;
                if key.len() < f.0.len() {
                    (f.0, f.1, f.2) = (key, s, e);
                }
            }
            None => found.push((key, s, e, days)),
        }
    }
    let best = found.iter().max_by_key(|f| f.3).filter(|f| f.3 >= 2)?;
    text.extracted(best.1, best.2, None, GUESS).map(|x| (x.doubt(Reason::Prose), best.3))
}

/// Whether a place is where one arrives or leaves, not where anything happens: the airport (香港国际机场, a table cell's
/// "Hong Kong International" on its own), a pier, a railway station.
/// (Not a place whose address in brackets names the airport: "政府飛行服務隊總部（香港國際機場南面）"; nor the Hong Kong
/// International Trade and Exhibition Centre.)
pub(super) fn where_one_travels(place: &str) -> bool {
    let name = place.split(['(', '（']).next().unwrap_or(place).trim();
    name == "hong kong international" || VENUE_TRAVEL_PLACES.iter().any(|w| name.contains(w))
}

/// Of the places held at that Chinese clauses name, the one whose clauses give more days than the first place's, when
/// they give two or more. A clause runs between 。, ； or a line's end; its days are those before the place, up to the
/// comma after it; a clause that names another place, says it is no part of the visit or says the visitor stays
/// there gives none.
fn cjk_place_of_most_days(text: &Text, mentions: &[DateMention], places: &[(usize, usize, bool)]) -> Option<(usize, usize)> {
    // (Each distinct name once: a programme may name its hall many times.)
    let mut names: Vec<&str> = Vec::new();
    for &(s, e, _) in places {
        let name = text.lower_str(s, e);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    if names.len() < 2 {
        return None;
    }
    // The clause of each place and whether it gives its days: the span its days are read from.
    let spans: Vec<Option<(usize, usize)>> = places.iter().map(|&(s, e, _)| {
        let ends = |i: usize| "。;\n".contains(text.lower[i]);
        let a = (0..s).rev().find(|&i| ends(i)).map_or(0, |i| i + 1);
        let b = (e..text.lower.len()).find(|&i| ends(i)).unwrap_or(text.lower.len());
        let name = text.lower_str(s, e);
        let another = places.iter().any(|&(t, u, _)| t >= a && t < b && (u <= s || t >= e) && text.lower_str(t, u) != name);
        // (Not where the visitor stays, "12月3日至9日住宿在天水圍一間酒店", said before the place or by its name; nor a
        // note that it has nothing to do with the visit, "與閣下行程無關".)
        let lodging = VENUE_CJK_NOT_WHERE_BEFORE.iter().any(|w| text.lower_str(a, s).contains(w)) || VENUE_CJK_HOTELS.iter().any(|w| name.ends_with(w));
        let not_the_visits = VENUE_CJK_NOT_THE_VISITS_CLAUSE.iter().any(|w| text.lower_str(a, b).contains(w));
        // (Up to the comma after it: "…講者簡報會，並全程參與研討會（4月25日至27日）" gives the briefing's place no days of
        // the symposium's.)
        let b = (e..b).find(|&i| text.lower[i] == ',').unwrap_or(b);
        (!another && !lodging && !not_the_visits).then_some((a, b))
    }).collect();
    let days_of = |name: &str| {
        let own: Vec<(usize, usize)> = places.iter().zip(&spans).filter(|(&(s, e, _), _)| text.lower_str(s, e) == name).filter_map(|(_, span)| *span).collect();
        // (A run longer than a visit's fortnight is an exhibition's or a festival's, no visitor's days.)
        distinct_days(mentions.iter().filter(|m| own.iter().any(|&(a, b)| m.start >= a && m.start < b) && (m.to - m.from).num_days() < 14))
    };
    let first = days_of(names[0]);
    // (The first of those with the most days.)
    let (best, days) = names[1..].iter().map(|name| (*name, days_of(name))).rev().max_by_key(|&(_, d)| d)?;
    if days < 2 || days <= first {
        return None;
    }
    places.iter().find(|&&(s, e, _)| text.lower_str(s, e) == best).map(|&(s, e, _)| (s, e))
}

/// Whether the Chinese clause before the lead at `p` says the place is where the visitor gathers, reports, is met or
/// sleeps, not where the activity is: "集合地點為米埔自然保護區訪客中心", "住宿由本处安排于元朗的酒店". (Not what comes
/// first: "學員報到後將在香港體育學院集訓".)
fn not_where_it_happens(text: &Text, p: usize) -> bool {
    let clause = clause_before(text, p, 12);
    VENUE_CJK_NOT_WHERE_BEFORE.iter().any(|w| clause.match_indices(w).any(|(i, _)| !clause[i + w.len()..].starts_with(['後', '后', '完'])))
}

/// Whether the lead at `p` (在, 於, 假) is said of all or most of it: "均在", "皆於", "全在", right before it "主要於"
/// ("mainly at") and "全程假" ("throughout at").
fn all_of_it_before(text: &Text, p: usize) -> bool {
    if p == 0 {
        return false;
    }
    if matches!(text.lower[p - 1], '均' | '皆' | '全') || VENUE_CJK_MOST_OF_IT.contains(&text.lower_str(p.saturating_sub(2), p)) {
        return true;
    }
    // (Or its clause says all of it before: "论坛全部学术环节在…举行", "本會所有訓練將在…進行".)
    VENUE_CJK_ALL_OF_IT.iter().any(|w| clause_before(text, p, 24).contains(w))
}

/// The Chinese clause before `p`, back to a comma, a stop or a line's start, of at most `most` characters. (Folded: a
/// Chinese comma reads as ",".)
fn clause_before<'t>(text: &'t Text, p: usize, most: usize) -> &'t str {
    let from = p.saturating_sub(most);
    let start = (from..p).rev().find(|&i| ",。;:!?\n".contains(text.lower[i])).map_or(from, |i| i + 1);
    text.lower_str(start, p)
}

/// The days named in the sentences that name the place at `s..e` and no other of `places` (each date once, a range
/// by its days up to a fortnight).
fn days_named_with(text: &Text, mentions: &[DateMention], places: &[(usize, usize)], s: usize, e: usize) -> usize {
    let key = text.lower_str(s, e);
    let key = key.trim_start_matches("the ");
    let mut sentences: Vec<(usize, usize)> = Vec::new();
    for &(ps, pe) in places.iter().filter(|&&(ps, pe)| text.lower_str(ps, pe).trim_start_matches("the ") == key) {
        let (a, b) = (sentence_start(text, ps), sentence_end(text, pe));
        // (`places` is in the letter's order: those in the sentence are a run of it.)
        let from = places.partition_point(|&(qs, _)| qs < a);
        let alone = places[from..].iter().take_while(|&&(qs, _)| qs < b).all(|&(qs, qe)| text.lower_str(qs, qe).trim_start_matches("the ") == key);
        // (Not a sentence of where the visitor stays: "you will stay at the Harbour Plaza Resort City for six nights".)
        let sentence = text.lower_str(a, b);
        let lodging = ["hotel", "accommodat", "you will stay", "stay at", " nights", "check in", "check-in", "guest house"].iter().any(|w| sentence.contains(w));
        if alone && !lodging && !sentences.contains(&(a, b)) {
            sentences.push((a, b));
        }
    }
    distinct_days(mentions.iter().filter(|m| sentences.iter().any(|&(a, b)| m.start >= a && m.start < b)))
}

/// How many days the runs of dates name between them, each day once and each run by its first fortnight.
fn distinct_days<'m>(runs: impl Iterator<Item = &'m DateMention>) -> usize {
    let mut days: Vec<chrono::NaiveDate> = runs.flat_map(|m| m.from.iter_days().take(14).take_while(move |d| *d <= m.to)).collect();
    days.sort();
    days.dedup();
    days.len()
}

/// Of `places`, the one whose sentences name the most days, with that count, when it is two or more.
fn place_of_most_days(text: &Text, mentions: &[DateMention], places: &[(usize, usize)]) -> Option<(usize, usize, usize)> {
    let mut best: Option<(usize, usize, usize)> = None;
    let mut counted: Vec<String> = Vec::new();
    for &(s, e) in places {
        // (Each name once: a letter may name its hall a thousand times.)
        let key = text.lower_str(s, e).trim_start_matches("the ").to_string();
        if counted.contains(&key) {
            continue;
        }
        counted.push(key);
        let days = days_named_with(text, mentions, places, s, e);
        if days >= 2 && best.is_none_or(|(_, _, d)| days > d) {
            best = Some((s, e, days));
        }
    }
    best
}

/// Where the sentence that holds `p` ends: its full stop, or its paragraph's end.
fn sentence_end(text: &Text, p: usize) -> usize {
    let n = text.lower.len();
    (p..n).find(|&i| matches!(text.lower[i], '.' | '。') && text.lower.get(i + 1).is_none_or(|c| c.is_whitespace()) || text.lower[i] == '\n' && text.lower.get(i + 1) == Some(&'\n')).unwrap_or(n)
}

/// Whether a phrase holds a place word: a Latin one as a whole word ("hall", not "Halloween"), a Chinese one anywhere.
fn names_a_place(phrase: &str) -> bool {
    VENUE_PLACES.iter().any(|w| if w.is_ascii() { phrase.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w) } else { phrase.contains(w) })
}

/// Whether the letter says all of the visit is at the place `v` read from its prose: "所有場上訓練均在維多利亞公園網球場
/// 進行", "All of your sessions will take place in …". A schedule's rows that name another place more often (a press
/// conference's room on two days) do not outweigh it.
pub(super) fn where_all_of_it_is(text: &Text, v: &Extracted) -> bool {
    let lead = (v.start.saturating_sub(2)..v.start).find(|&i| "在於于".contains(text.lower[i]));
    if lead.is_some_and(|i| all_of_it_before(text, i)) {
        return true;
    }
    let sentence = sentence_start(text, v.start);
    let subject = text.lower_str(sentence, v.start);
    subject.split_whitespace().count() <= 10 && VENUE_ALL_OF_IT.iter().any(|w| subject.trim_start().starts_with(w))
}

/// Whether a phrase holds a time of day or a sum ("10:00", "2:30pm", "3,500"), which a place's name does not; a
/// room's number does ("S421會議室", "Room 7208").
fn a_time_or_a_sum(phrase: &str) -> bool {
    let chars: Vec<char> = phrase.chars().collect();
    chars.windows(3).any(|w| w[0].is_ascii_digit() && matches!(w[1], ':' | ',' | '.') && w[2].is_ascii_digit())
        || chars.windows(2).any(|w| w[0].is_ascii_digit() && matches!(w[1], 'a' | 'p') )
        || phrase.contains("$")
}

/// Past a time of day and the comma after it at `s`: "3:00 p.m., Lecture Hall" starts at "Lecture Hall". `s` when
/// no time is there.
fn past_a_time(text: &Text, s: usize, e: usize) -> usize {
    let digits = |i: usize| (i..e).take_while(|&k| text.lower[k].is_ascii_digit()).count();
    let hours = digits(s);
    const MARKS: [&str; 8] = [" a.m.", " p.m.", "a.m.", "p.m.", " am", " pm", "am", "pm"];
    let minutes = text.lower.get(s + hours).is_some_and(|c| matches!(c, ':' | '.')) && digits(s + hours + 1) == 2;
    // ("8 pm in the Concert Hall": an hour without its minutes, with its mark.)
    // (A mark as a word: "12 Amoy Street" holds no "am".)
    let marked = |i: usize| {
        MARKS.iter().find(|m| text.lower_str(i, (i + 6).min(e)).starts_with(**m) && !text.lower.get(i + m.chars().count()).is_some_and(|c| c.is_alphabetic())).map(|m| m.chars().count())
    };
    if !(1..=2).contains(&hours) || !minutes && marked(s + hours).is_none() {
        return s;
    }
    let mut i = if minutes { s + hours + 3 } else { s + hours };
    i += marked(i).unwrap_or(0);
    while i < e && matches!(text.lower[i], ',' | ' ' | '-' | '–') {
        i += 1;
    }
    if i < e { i } else { s }
}

/// The end of a Chinese place name within `s..e`: after the last place word ("香港大會堂劇院" of "香港大會堂劇院公演"),
/// or `e` when there is none.
fn cjk_place_end(text: &Text, s: usize, e: usize) -> usize {
    cjk_last_place_word_end(text, s, e).unwrap_or(e)
}

/// Where the last place word of `s..e` ends ("廳", "中心"; not the 場 of "首場", "兩場", a session), if any.
fn cjk_last_place_word_end(text: &Text, s: usize, e: usize) -> Option<usize> {
    VENUE_PLACES
        .iter()
        .filter(|w| !w.is_ascii())
        // (Not a one-character word after a count, "首場", nor one that starts a street's or a fair's name, "廟街",
        // "廟會".)
        .filter_map(|w| text.rfind_lower(s, e, w).filter(|&p| !(w.chars().count() == 1 && (p > s && "一二三四五六七八九十兩两首末每整全".contains(text.lower[p - 1]) || text.lower.get(p + 1).is_some_and(|c| "街會会".contains(*c))))).map(|p| p + w.chars().count()))
        .max()
}

/// Past what names the room after a Chinese place word, up to `e`: a letter or number ("演讲厅B", "会议室S421") and a bracket
/// naming a room, a block or a floor ("戲曲排練室（E座502室）", "演讲厅B（LT-B）").
fn with_its_room(text: &Text, mut end: usize, e: usize) -> usize {
    let designation = (end..e).take_while(|&i| text.original[i].is_ascii_alphanumeric()).count();
    if designation <= 5 {
        end += designation;
    }
    if end < e && matches!(text.original[end], '(' | '（') {
        if let Some(close) = (end + 1..e.min(end + 16)).find(|&i| matches!(text.original[i], ')' | '）')) {
            if names_a_building(text.lower_str(end + 1, close)) {
                end = close + 1;
            }
        }
    }
    end
}

/// "Kwai Tsing Theatre (Auditorium and Rehearsal Room)", "郵政總部（九龍灣）", "荔枝角公园体育馆（简介会也在这里）": a
/// place, then a note about it in brackets at the end, which is not part of its name. (A bracket inside the name,
/// "Lecture Theater F (Lifts 25-26), Academic Building", stays.)
pub(super) fn without_closing_note(text: &Text, place: Extracted) -> Extracted {
    let place = with_its_building(text, place);
    let Some(open) = (place.start + 2..place.end).rev().find(|&i| matches!(text.original[i], '(' | '（')) else { return place };
    let close = (open..place.end).find(|&i| matches!(text.original[i], ')' | '）'));
    // (A building, a block or a floor in the bracket is part of the place: "利希慎音樂廳（利黃瑤璧樓）", "Dance Studio 3
    // (Block B, 2/F)".)
    if names_a_building(text.lower_str(open, close.map_or(place.end, |c| c + 1))) {
        return place;
    }
    let at_end = close.is_none_or(|c| text.original[c + 1..place.end].iter().all(|ch| ch.is_whitespace() || ".,;。，".contains(*ch)));
    if !at_end || place.value != text.slice(place.start, place.end) {
        return place;
    }
    let (s, e) = text.trim(place.start, open);
    match text.extracted(s, e, None, place.confidence) {
        Some(shorter) => Extracted { reason: place.reason, ..shorter },
        None => place,
    }
}

/// Whether a bracket after a place names its building, block or floor rather than a note on it.
pub(super) fn names_a_building(bracket: &str) -> bool {
    // (Short, and no address, date or sentence: "（金鐘道政府合署高座14樓）" is an address, "（實驗部分在同層B室進行）" a note.)
    // (Or a room's code or number, with a letter or digit: "演讲厅B（LT-B）", "排練室（E座502室）"; not a time, a span of
    // weekdays or seats: "(7-9pm)", "(Mon-Fri)", "（設80個座位）".)
    let inside = bracket.trim_matches(|c| matches!(c, '(' | ')' | '（' | '）')).to_lowercase();
    let time_or_days = inside.ends_with("am") || inside.ends_with("pm") || ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].iter().any(|d| inside.contains(d));
    let code = (2..=8).contains(&inside.len()) && inside.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') && inside.chars().any(|c| c.is_ascii_alphabetic()) && inside.chars().any(|c| c.is_ascii_digit() || c == '-') && !time_or_days;
    let numbered = inside.chars().count() <= 10 && inside.chars().any(|c| c.is_ascii_alphanumeric()) && inside.chars().any(|c| "座室層层".contains(c)) && !inside.contains('位');
    // (A room's number in English: "(Room D203)", "(Room 302, 3/F, Academy Building)".)
    let room = ["room ", "rm ", "rm. "].iter().any(|w| inside.starts_with(w)) && inside.chars().any(|c| c.is_ascii_digit());
    code || numbered || bracket.chars().count() <= 36 && (room || VENUE_BUILDING_WORDS.iter().any(|w| bracket.contains(w))) && !VENUE_NOT_A_BUILDING.iter().any(|w| bracket.contains(w))
}

/// A room or hall read by its name alone ("again in the Lecture Theatre"), where the letter names it elsewhere with
/// its building after commas ("Lecture Theatre, West Block, EDB Kowloon Tong Education Services Centre"): that fuller
/// name, the first the letter gives. Only names in English of four words or fewer; the parts after it each start with
/// a capital or are a floor, up to the clause's end.
pub(super) fn named_in_full(text: &Text, place: Extracted) -> Extracted {
    let name = place.value.trim_start_matches("the ").trim_start_matches("The ");
    if !name.is_ascii() || name.split_whitespace().count() > 4 || name.contains(',') || place.value != text.slice(place.start, place.end) {
        return place;
    }
    // (Words that join a name's parts: "Academy of Music", "Hall of the …".)
    const JOINING: [&str; 5] = ["of", "the", "and", "for", "de"];
    let lower = name.to_ascii_lowercase();
    for p in text.find_all(&lower) {
        let e = p + name.chars().count();
        if text.original.get(e) != Some(&',') || p > 0 && text.original[p - 1].is_alphanumeric() {
            continue;
        }
        // Its parts after commas, while each is a name's (a capital first) or a floor, to the clause's end.
        let stop = (e..(e + 120).min(text.original.len())).find(|&i| matches!(text.original[i], ';' | '\n' | '(' | ')') || text.original[i] == '.' && text.original.get(i + 1).is_none_or(|c| c.is_whitespace())).unwrap_or((e + 120).min(text.original.len()));
        let mut end = e;
        let mut at = e;
        while at < stop && text.original[at] == ',' {
            let next = (at + 1..stop).find(|&i| text.original[i] == ',').unwrap_or(stop);
            let (a, b) = text.trim(at + 1, next);
            // (Its words up to one in lower case that is no name's: "Causeway Bay from 12 to 21 March".)
            let mut b2 = a;
            let mut k = a;
            while k < b {
                let w_end = (k..b).find(|&i| text.original[i] == ' ').unwrap_or(b);
                let word = text.lower_str(k, w_end);
                let number = word.chars().all(|c| c.is_ascii_alphanumeric()) && word.chars().any(|c| c.is_ascii_digit()) && k > a;
                let named = text.original[k].is_ascii_uppercase() || word.ends_with("/f") || number || k > a && JOINING.contains(&word);
                if !named {
                    break;
                }
                b2 = w_end;
                k = (w_end..b).find(|&i| text.original[i] != ' ').unwrap_or(b);
            }
            let part = text.lower_str(a, b2);
            let first = part.split([' ', '/']).next().unwrap_or("");
            // (Not a date's, a day's or a sentence's: "December 2027", "Wed/Thu on stage", "I am pleased …".)
            let year = part.split(' ').any(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.chars().all(|c| c.is_ascii_digit()));
            let dated = super::dates::is_month(first) || super::dates::is_weekday(first) || year;
            // (Nor words that only join: "…, and the".)
            let joins = JOINING.contains(&first);
            if b2 <= a || first.len() < 2 || joins || dated || a_time_or_a_sum(part) {
                break;
            }
            end = b2;
            if b2 < b {
                break;
            }
            at = next;
        }
        if end > e {
            if let Some(v) = text.extracted(p, end, None, place.confidence) {
                return Extracted { reason: place.reason, ..v };
            }
        }
    }
    place
}

/// A hall or room read by its Chinese name alone ("音樂廳", "天象廳", "V322设计工作室"), where the letter names it elsewhere
/// after its building ("假香港大會堂音樂廳舉行", "（香港太空館天象廳）", "赛马会创新楼三楼V322设计工作室"): the name with that
/// building. The building is read back from the name to the word that leads it (假, 於, 喺, a bracket, a space), ends
/// with a place word of its own and is no place named before ("該館", "本館"); of several, the shortest, which carries
/// the fewest words that are no part of it.
pub(super) fn cjk_named_in_full(text: &Text, place: Extracted) -> Extracted {
    let name = place.value.as_str();
    let count = name.chars().count();
    if !(2..=12).contains(&count) || !name.chars().any(super::text::is_cjk) || name.contains(['，', '、', ' ']) {
        return place;
    }
    if !VENUE_PLACES.iter().any(|w| !w.is_ascii() && name.ends_with(w)) {
        return place;
    }
    // (Characters that lead a place or end what comes before it: no building's name holds them.)
    const LEADS: &str = "於于在假喺往到至及和與与由為为係是、的｜|•·：:（(「『【《，。；;,.!！?？ \t\u{3000}\n年月日時时午晚號号";
    let lower = name.to_lowercase();
    let mut in_full: Option<(usize, usize)> = None;
    for p in text.find_all(&lower) {
        // (Past a word of what kind of stage it is first: the 時 of "臨時戲棚" is no time's.)
        let kind = VENUE_CJK_KINDS.iter().find(|w| p >= w.chars().count() && text.lower_str(p - w.chars().count(), p) == **w);
        let mut k = p - kind.map_or(0, |w| w.chars().count());
        while k > 0 && p - k < 16 && !LEADS.contains(text.original[k - 1]) {
            k -= 1;
        }
        if k == p || p - k >= 16 {
            continue;
        }
        let building = text.lower_str(k, p);
        // (A building's name ends with its place word, "香港大會堂", "創新樓三樓"; not a phrase that holds one, "每場導賞後移
        // 師"; nor a place named before, "該館", "本館".)
        let reference = VENUE_CJK_REFERENCES.iter().any(|w| building.starts_with(w)) || building.starts_with('本');
        // (Past a block, a wing or a floor after the building's name: "教學大樓B座", "東翼地下", "三樓".)
        let floor = building.trim_end_matches(|c: char| c.is_ascii_alphanumeric() || "一二三四五六七八九十地下樓楼層层座翼期號号/".contains(c));
        // (Or past a word of what kind of stage it is: "長洲北帝廟遊樂場臨時戲棚", "公園露天劇場".)
        let kind = VENUE_CJK_KINDS.iter().find_map(|w| building.strip_suffix(w)).unwrap_or(building);
        let named = [building, floor, kind].iter().any(|b| VENUE_PLACES.iter().any(|w| !w.is_ascii() && b.ends_with(w)));
        if building.chars().count() < 2 || !building.chars().any(super::text::is_cjk) || !named || reference {
            continue;
        }
        if in_full.is_none_or(|(s, e)| p - k < e - s - count) {
            in_full = Some((k, p + count));
        }
    }
    match in_full.and_then(|(s, e)| text.extracted(s, e, None, place.confidence)) {
        Some(v) => Extracted { reason: place.reason, ..v },
        None => place,
    }
}

/// The place with its building, block or floor in the bracket right after it, when the value stopped before it.
fn with_its_building(text: &Text, place: Extracted) -> Extracted {
    if place.value != text.slice(place.start, place.end) {
        return place;
    }
    // The bracket right after it, or one it opens and does not close ("Dance Studio 3 (Block B" before ", 2/F)").
    let unclosed = (place.start..place.end).rev().find(|&i| matches!(text.original[i], '(' | '（')).filter(|&o| !text.original[o..place.end].iter().any(|c| matches!(c, ')' | '）')));
    let open = unclosed.unwrap_or(place.end + text.original[place.end..].iter().take_while(|c| **c == ' ').count());
    if !matches!(text.original.get(open), Some('(' | '（')) {
        return place;
    }
    let Some(close) = (open..(open + 30).min(text.original.len())).find(|&i| matches!(text.original[i], ')' | '）' | '\n')) else { return place };
    if !matches!(text.original[close], ')' | '）') || !names_a_building(text.lower_str(open, close + 1)) {
        return place;
    }
    match text.extracted(place.start, close + 1, None, place.confidence) {
        Some(longer) => Extracted { reason: place.reason, ..longer },
        None => place,
    }
}

#[cfg(test)]
mod tests {
    /// The venue the reader gives for a whole letter.
    fn venue(letter: &str) -> Option<String> {
        super::super::extract(letter, crate::Catalogue::bundled()).venue.map(|v| v.value)
    }

    /// A hotel known by its name, or a place where the visitors are put up, is no venue over where the work is.
    #[test]
    fn a_hotel_by_its_name_is_no_venue() {
        let named = "The Open will be played from 10 to 15 October 2028 at Queen Elizabeth Stadium. The umpires' meeting will be held in the Lotus Room of the Hyatt Regency Sha Tin.";
        assert_eq!(venue(named).as_deref(), Some("Queen Elizabeth Stadium"));
        let lodged = "The Open will be played from 10 to 15 October 2028 at Queen Elizabeth Stadium. The umpires' meeting will be held in the Lotus Room of the Harbourfront Inn, where all umpires will be accommodated.";
        assert_eq!(venue(lodged).as_deref(), Some("Queen Elizabeth Stadium"));
    }

    /// A Chinese clause that says all of the visit is at a place ("全部…在…舉行") names the venue over a place named
    /// first for the event.
    #[test]
    fn where_all_of_it_is_in_chinese() {
        let letter = "本届论坛将于2028年1月10日至12日在香港科技大学举行。论坛全部学术环节在香港科技大学学术大楼二楼A号演讲厅举行。";
        assert_eq!(venue(letter).as_deref(), Some("香港科技大学学术大楼二楼A号演讲厅"));
        // (Of the clause before it only: "所有" before a comma says nothing of the place after it.)
        let other = "工作坊将于2028年1月10日在香港科技大学演讲厅A举行。所有费用由本会负责，晚宴在大学中心餐厅举行。";
        assert_eq!(venue(other).as_deref(), Some("香港科技大学演讲厅A"));
    }

    /// A schedule's place cell that says "the same as above" is the place above it.
    #[test]
    fn a_ditto_in_a_place_column_is_the_place_above() {
        let letter = "Dear Dr Lee,\n\nDate          Item            Venue\n6 Sep 2027    Course, Day 1   Lecture Theatre, 3/F, Staff Training Institute\n7 Sep 2027    Course, Day 2   ditto\n8 Sep 2027    Course, Day 3   ditto\n9 Sep 2027    Visit           Pik Uk Correctional Institution\n";
        assert_eq!(venue(letter).as_deref(), Some("Lecture Theatre, 3/F, Staff Training Institute"));
        let zh = "李博士：\n\n日期\t內容\t地點\n5月3日\t講座\t大會堂演奏廳\n5月4日\t工作坊\t本館二樓活動室\n5月5日\t工作坊\t同上\n5月6日\t工作坊\t同上\n";
        assert_eq!(venue(zh).as_deref(), Some("本館二樓活動室"));
    }

    /// A room read by its name alone is the room as the letter names it elsewhere with its building; not with a date,
    /// a day or a sentence after its comma.
    #[test]
    fn a_room_named_in_full_elsewhere() {
        let letter = "Dear Dr Virtanen,\n\nThe programme:\n  - first week: workshops for panel heads (09:30–16:30), Lecture Theatre, West Block, EDB Kowloon Tong Education Services Centre;\n  - second week, Friday: closing seminar for principals, again in the Lecture Theatre.\n";
        assert_eq!(venue(letter).as_deref(), Some("Lecture Theatre, West Block, EDB Kowloon Tong Education Services Centre"));
        let sentence = "Dear Ms Berg,\n\nYour talks will all be held in the Lecture Theatre. The Lecture Theatre, Hong Kong Central Library seats 290 people.\n";
        assert_eq!(venue(sentence).as_deref(), Some("Lecture Theatre, Hong Kong Central Library"));
        let month = "Dear Ms Berg,\n\nThe concerts will be at Sha Tin Town Hall. Our season at Sha Tin Town Hall, December 2027, has four concerts.\n";
        assert_eq!(venue(month).as_deref(), Some("Sha Tin Town Hall"));
    }

    /// The airport on a table's arrival and departure rows is no venue, whatever the place column says; a place whose
    /// address names the airport is one.
    #[test]
    fn the_airport_is_no_venue() {
        let table = "Dear Ms Ortiz,\n\nWe invite you to perform with us.\n\n| Date | Programme | Venue |\n|---|---|---|\n| Sun 10 Oct 2027 | Arrival | Hong Kong International Airport |\n| Tue 12 Oct 2027 | Rehearsal | Concert Hall, Hong Kong City Hall |\n| Wed 13 Oct 2027 | Concert | Concert Hall, Hong Kong City Hall |\n| Sun 17 Oct 2027 | Departure | Hong Kong International Airport |\n";
        assert_eq!(venue(table).as_deref(), Some("Concert Hall, Hong Kong City Hall"));
        let table = "陳先生：\n\n本館誠邀閣下來港主持工作坊，行程如下：\n\n| 日期 | 內容 | 地點 |\n|---|---|---|\n| 2027年5月14日 | 抵港 | 香港國際機場 |\n| 2027年5月15日 | 工作坊 | 香港大會堂劇院 |\n| 2027年5月16日 | 離港 | 香港國際機場 |\n";
        assert_eq!(venue(table).as_deref(), Some("香港大會堂劇院"));
        // (A place column's first row, wrapped: read as the column's value.)
        let wrapped = "陳先生：\n\n本館誠邀閣下來港主持工作坊，行程如下：\n\n| 日期          | 內容                        | 地點                  |\n|---------------|-----------------------------|-----------------------|\n| 5月14日      | 抵港（國泰航空 CX 100，     | 香港國際機場          |\n| （星期五）    | 15:20抵達）                 |                       |\n| 5月15日      | 工作坊                      | 香港大會堂劇院        |\n| 5月16日      | 工作坊                      | 香港大會堂劇院        |\n| 5月17日      | 離港（CX 101）              | 香港國際機場          |\n\n二〇二七年三月一日\n";
        assert_eq!(venue(wrapped).as_deref(), Some("香港大會堂劇院"));
        assert!(!super::where_one_travels("政府飛行服務隊總部（香港國際機場南面）"));
        assert!(super::where_one_travels("香港国际机场／沙田凯悦酒店"));
        assert!(super::where_one_travels("hong kong international"));
        assert!(!super::where_one_travels("hong kong international trade and exhibition centre"));
    }

    /// A hotel named in passing (the room reserved there, a reception) is not where the activity is; it is the venue
    /// only when nothing else is named, or a room in it is ("the Grand Ballroom, Hotel X"). A Chinese name in an
    /// English letter is a place like any.
    #[test]
    fn a_hotel_in_passing_is_no_venue() {
        let letter = |body: &str| venue(&format!("Dear Mr Sato,\n\nWe invite you to adjudicate on 11 March 2028. {body}\n"));
        assert_eq!(letter("We have reserved a room for you at the Royal Park Hotel, Sha Tin. The contest will take place in the Auditorium of Sha Tin Town Hall.").as_deref(), Some("Auditorium of Sha Tin Town Hall"));
        assert_eq!(letter("The opening reception is at Hotel ICON. Performances are at the Studio Theatre, Hong Kong Cultural Centre.").as_deref(), Some("Studio Theatre, Hong Kong Cultural Centre"));
        assert_eq!(letter("The welcome dinner is at the Harbour Plaza Hotel. The contest is at the Auditorium of Sha Tin Town Hall.").as_deref(), Some("Auditorium of Sha Tin Town Hall"));
        assert_eq!(letter("The dinner is at the Grand Ballroom, Harbour Grand Hotel.").as_deref(), Some("Grand Ballroom, Harbour Grand Hotel"));
        assert_eq!(letter("You will stay nearby. The concerts will be at 沙田大會堂演奏廳 (a short walk from the station).").as_deref(), Some("沙田大會堂演奏廳"));
    }

    /// A cinema or a theatre is a place a Chinese venue ends with.
    #[test]
    fn a_chinese_cinema_is_a_place() {
        let letter = "陳先生：\n\n放映會於2027年5月3日在香港藝術中心古天樂電影院舉行。\n";
        let venue = super::super::extract(letter, crate::Catalogue::bundled()).venue.map(|v| v.value);
        assert_eq!(venue.as_deref(), Some("香港藝術中心古天樂電影院"));
    }

    /// A schedule line's place after what is done there: from its first part with a capital and a place word.
    #[test]
    fn a_schedule_lines_place_after_what_is_done() {
        let letter = "Dear Coach Kim,\n\nYour programme:\n  • Mon 19 July 2027 – training camp, two sessions daily, Table Tennis Hall, Hong Kong Sports Institute, Fo Tan\n";
        assert_eq!(venue(letter).as_deref(), Some("Table Tennis Hall, Hong Kong Sports Institute, Fo Tan"));
    }

    /// Where the work is, labelled so ("Place of work", 工作地點), and the place 地點均為 names.
    #[test]
    fn the_place_of_work_and_the_place_all_sessions_share() {
        assert_eq!(venue("Dear Ms Ruiz,\n\n  Place of work           Special Exhibition Gallery 9, Hong Kong Palace Museum\n").as_deref(), Some("Special Exhibition Gallery 9, Hong Kong Palace Museum"));
        assert_eq!(venue("陳先生：\n\n兩場創作坊及公開朗讀會的地點均為逸夫校園傳理視藝大樓CVA 1017室。\n").as_deref(), Some("逸夫校園傳理視藝大樓CVA 1017室"));
        assert_eq!(venue("Dear Ms Ruiz,\n\nPlace of training: King's Park Sports Ground, Yau Ma Tei\n").as_deref(), Some("King's Park Sports Ground, Yau Ma Tei"));
        // A prefixed Chinese label in a Markdown table's cell, as in a tab-parted one.
        assert_eq!(venue("陳先生：\n\n| 集训日期 | 2028年7月17日 |\n| 集训地点 | 香港体育学院羽毛球馆 |\n").as_deref(), Some("香港体育学院羽毛球馆"));
        // A beach, a mansion, a racecourse are places.
        assert_eq!(venue("Dear Ms Ruiz,\n\nThe work will be carried out on site at Tai Fu Tai Mansion from 6 to 17 September 2027.\n").as_deref(), Some("Tai Fu Tai Mansion"));
        assert_eq!(venue("Dear Ms Ruiz,\n\nThe swim start will be at Stanley Main Beach on 18 April 2027.\n").as_deref(), Some("Stanley Main Beach"));
    }

    /// The main venue is where most of the programme's days are: a place two or more dated lines name, over one the
    /// prose names once.
    #[test]
    fn the_venue_most_days_name() {
        let rows = "Dear Mr Ali,\n\nWe invite you to coach our squad. You will meet the team at our office in Causeway Bay.\n\n  Mon 3 Jan - Fri 7 Jan 2028   squad training, 07:00-10:00, King's Park Hockey Ground\n  Sun 9 Jan 2028               coaching clinic, King's Park Hockey Ground, then debrief\n";
        assert_eq!(venue(rows).as_deref(), Some("King's Park Hockey Ground"));
        let chinese = "陳先生：\n\n本團誠邀閣下擔任形體指導。\n一、2027年3月6日至7日：工作坊，地點為本團排練室；\n二、3月8日至10日：技術綵排，地點為香港大會堂劇院；\n三、3月11日至12日：演出，地點同為香港大會堂劇院。\n";
        assert_eq!(venue(chinese).as_deref(), Some("香港大會堂劇院"));
        let table = "陳先生：\n\n本團誠邀閣下擔任客席指揮。\n　　2028年1月20日（星期四）　　　　總綵排　　香港文化中心音樂廳\n　　1月21日（星期五）　　　　音樂會　　香港文化中心音樂廳\n";
        assert_eq!(venue(table).as_deref(), Some("香港文化中心音樂廳"));
        // A schedule's venue column: the place most of its rows name, not its first row's.
        let column = "陳先生：\n\n本團誠邀閣下擔任客席指揮。\n\n日期\t時間\t內容\t地點\n4月19日\t10:00\t排練\t本團排練室\n4月21日\t14:30\t綵排\t香港大會堂音樂廳\n4月22日\t20:00\t音樂會\t香港大會堂音樂廳\n4月23日\t20:00\t音樂會\t香港大會堂音樂廳\n";
        assert_eq!(venue(column).as_deref(), Some("香港大會堂音樂廳"));
        // The same with its columns set by full-width spaces, the header's gaps wider than its rows'.
        let spaced = "陳先生：\n\n本團誠邀閣下擔任客席獨奏家。\n\n日期　　　　　　　　　時間　　　　　項目　　　　　　　　地點\n12月8日（星期三）　　14:30–17:30　　與樂團排練　　　　　本團排練廳\n12月9日（星期四）　　19:00–22:00　　綵排　　　　　　　　香港大會堂音樂廳\n12月10日（星期五）　 20:00　　　　　音樂會　　　　　　　香港大會堂音樂廳\n";
        assert_eq!(venue(spaced).as_deref(), Some("香港大會堂音樂廳"));
        // Indented, and with a first row that names no place (the day of arrival).
        let arrival = "陳先生：\n\n本團誠邀閣下來港演出。\n\n　　日期　　　　　　　　　項目　　　　　　　　　地點\n　　10月27日（星期三）　　抵港\n　　10月28日（星期四）　　排練　　　　　　　　香港大會堂高座八樓排練室\n　　10月29日（星期五）　　首場演出　　　　　　香港大會堂劇院\n　　10月30日（星期六）　　第二場演出　　　　　香港大會堂劇院\n\n二〇二七年九月一日\n";
        assert_eq!(venue(arrival).as_deref(), Some("香港大會堂劇院"));
        // The place in brackets after what is done on each row.
        let bracketed = "陳先生：\n\n本中心诚邀阁下来港演出。\n\n8月25日（星期三）　下午装台及技术彩排（戏曲中心大剧院）\n8月26日（星期四）　19:30 首演（戏曲中心大剧院）\n8月27日（星期五）　19:30 第二场（戏曲中心大剧院）\n\n二〇二七年六月一日\n";
        assert_eq!(venue(bracketed).as_deref(), Some("戏曲中心大剧院"));
        // Rows that name the prose's place more shortly keep the prose's fuller name.
        let shorter = "陳先生：\n\n活動安排如下：\n\n1月18日（星期二）上午　　公眾講座　　　　　訪客中心演講廳\n1月19日（星期三）下午　　交流會　　　　　　訪客中心演講廳\n\n講座及交流會均於香港濕地公園訪客中心演講廳舉行。\n\n二〇二七年十二月一日\n";
        assert_eq!(venue(shorter).as_deref(), Some("香港濕地公園訪客中心演講廳"));
        // A row in one run, its parts after commas or dashes, the place without the word that says "at".
        let commas = "陳先生：\n\n本馆诚邀阁下主持工作坊。\n\n一、3月1日（星期一）：简介会，本馆会议室\n二、3月2日（星期二）：工作坊第一节，香港文物探知馆一楼演讲厅\n三、3月4日（星期四）：工作坊第二节，香港文物探知馆一楼演讲厅\n\n二〇二八年一月一日\n";
        assert_eq!(venue(commas).as_deref(), Some("香港文物探知馆一楼演讲厅"));
        let at = "陳先生：\n\n本院誠邀閣下主講。\n\n• 十二月一日（星期三）下午三時：講者預備會議，假座香港浸會大學傳理視藝大樓四樓演講廳；晚上七時：歡迎晚宴，假座九龍塘會所\n• 十二月二日（星期四）：開幕禮及主題演講，假座傳理視藝大樓四樓演講廳\n• 十二月三日（星期五）：分組討論，假座傳理視藝大樓四樓演講廳\n\n二〇二七年十月一日\n";
        assert_eq!(venue(at).as_deref(), Some("香港浸會大學傳理視藝大樓四樓演講廳"));
        let dashes = "陳先生：\n\n本校诚邀阁下主讲。\n\n1. 1月2日（星期二）——公开讲座（一）——黄炳礼楼二楼演讲厅\n2. 1月3日（星期三）——研讨课——黄炳礼楼二楼演讲厅\n\n二〇二七年十二月一日\n";
        assert_eq!(venue(dashes).as_deref(), Some("黄炳礼楼二楼演讲厅"));
        // A room's number is part of its name, unlike a time's digits.
        let numbered = "王博士：\n\n本署诚意邀请阁下来港担任论坛主讲嘉宾。\n\n12月6日（星期一）　下午三时讲者简报会，于本署二十一楼会议室\n12月7日（星期二）　论坛首日：主题演讲，于香港会议展览中心S421会议室\n12月8日（星期三）　论坛第二日：专题讨论，于香港会议展览中心S421会议室\n12月9日（星期四）　10:00-12:30 闭门会议，于香港科学园\n\n2027年9月28日\n";
        assert_eq!(venue(numbered).as_deref(), Some("香港会议展览中心S421会议室"));
        // Rows of a day's times under its heading; in English the place with its floor and building after it (not the
        // street's number, nor what is done after it).
        let timed = "Dear Ms Ho,\n\nWe invite you to lead three workshops.\n\nDay 1 — Monday 29 November 2027:\n    09:30  Briefing, Room W324, 3/F, West Block\n    14:00  Workshop 1, Lecture Theatre, 1/F, West Block, Kowloon Tong Education Services Centre\nDay 2 — Tuesday 30 November 2027:\n    14:00  Workshop 2, Lecture Theatre, 1/F, West Block, Kowloon Tong Education Services Centre, then lunch\n";
        assert_eq!(venue(timed).as_deref(), Some("Lecture Theatre, 1/F, West Block, Kowloon Tong Education Services Centre"));
        // The schedule ends at its blank line: timed lines further down are no rows of it.
        let after = format!("{timed}\nNotes:\n    09:00  Rehearsal, Grand Hall, Arts Centre\n    10:00  Rehearsal, Grand Hall, Arts Centre\n    11:00  Rehearsal, Grand Hall, Arts Centre\n");
        assert_eq!(venue(&after).as_deref(), Some("Lecture Theatre, 1/F, West Block, Kowloon Tong Education Services Centre"));
        let street = "Dear Ms Ho,\n\nWe invite you to judge.\n\n  Mon 3 Jan 2028   screenings, Cinema, Hong Kong Film Archive, 50 Lei King Road\n  Tue 4 Jan 2028   screenings, Cinema, Hong Kong Film Archive, 50 Lei King Road\n";
        assert_eq!(venue(street).as_deref(), Some("Cinema, Hong Kong Film Archive"));
        let brackets = "Dear Ms Ho,\n\nWe invite you to teach.\n\n  Tue 4 Jan 2028   Masterclass (Recital Hall)\n  Wed 5 Jan 2028   Concert (Recital Hall)\n";
        assert_eq!(venue(brackets).as_deref(), Some("Recital Hall"));
        // A row of three days counts three, over two rows of a day each.
        let span = "陳女士：\n\n本署謹誠邀閣下擔任大賽評判。\n\n　　8月2日（星期一）　評判簡報會（本署辦事處）\n　　8月3日至5日（星期二至星期四）　初賽、準決賽及決賽（葵青劇院演藝廳）\n　　8月6日（星期五）　大師班（葵青劇院舞蹈室）\n　　8月7日（星期六）　交流會（葵青劇院舞蹈室）\n\n2027年6月1日\n";
        assert_eq!(venue(span).as_deref(), Some("葵青劇院演藝廳"));
        // The place in square brackets after what is done, whatever is done ("第一日" has a day's word).
        let square = "陳先生：\n\n本署誠邀閣下主講。\n\n（一）8月30日（星期一）　講者簡介會【香港濕地公園演講廳】\n（二）8月31日（星期二）　研討會第一日：主題報告【香港濕地公園演講廳】\n（三）9月1日（星期三）　研討會第二日：分組討論【香港濕地公園演講廳】\n（四）9月2日（星期四）　實地考察【米埔自然保護區】\n\n2027年6月1日\n";
        assert_eq!(venue(square).as_deref(), Some("香港濕地公園演講廳"));
        // "(same venue)" names no place.
        let same = "Dear Mr Diallo,\n\nWe invite you to perform.\n\n- Thursday, 15 July 2027, 3:00 pm - 6:00 pm: sound check at Shun Lee Community Hall\n- Saturday, 17 July 2027, 7:30 pm: Music Night (same venue)\n- Sunday, 18 July 2027, 10:00 am: workshop (same venue)\n";
        assert_eq!(venue(same).as_deref(), Some("Shun Lee Community Hall"));
        // Where the letter says all of it is held outweighs a room two rows name.
        let all = "陳先生：\n\n‧ 一月三日（星期一）上午：集訓開幕及記者招待會（奧運大樓一樓會議室）\n‧ 一月十三日（星期四）：本地教練工作坊（奧運大樓一樓會議室）\n\n除記者會及教練工作坊外，所有場上訓練均在維多利亞公園網球場進行。\n\n2027年12月1日\n";
        assert_eq!(venue(all).as_deref(), Some("維多利亞公園網球場"));
    }

    /// A name's initial inside a venue's name is no sentence's end ("the Charles K. Kao Auditorium"); a place whose name
    /// ends in a capital letter alone still ends its sentence ("Tseung Kwan O. The Department …").
    #[test]
    fn an_initial_inside_a_venues_name() {
        let initial = "Dear Dr Lee,\n\nWe invite you to judge the finals on 16 March 2028. The sessions will be held in the Charles K. Kao Auditorium, Hong Kong Science Park.\n";
        assert_eq!(venue(initial).as_deref(), Some("Charles K. Kao Auditorium, Hong Kong Science Park"));
        let saint = "Dear Dr Lee,\n\nWe invite you to sing on 16 March 2028. The concert will be held in St. Andrew's Church Hall, Tsim Sha Tsui.\n";
        assert_eq!(venue(saint).as_deref(), Some("St. Andrew's Church Hall, Tsim Sha Tsui"));
        let ends = "Dear Mr Lund,\n\nThe course on 16 March 2028 will be held at the Fire and Ambulance Services Academy, Tseung Kwan O. The Department has reserved a room for you.\n";
        assert_eq!(venue(ends).as_deref(), Some("Fire and Ambulance Services Academy, Tseung Kwan O"));
        let room = "Dear Dr Lee,\n\nThe workshop on 16 March 2028 will be held in Studio B. Participants should bring their own tools.\n";
        assert_eq!(venue(room).as_deref(), Some("Studio B"));
    }

    /// A place ends where a task is joined to it with "and".
    #[test]
    fn a_place_ends_where_a_task_is_joined() {
        let joined = "Dear Dr Kato,\n\nWe invite you to lead a five-day condition survey at the Tai O stilt house settlement and deliver a public lecture on 12 May 2028.\n";
        assert_eq!(venue(joined).as_deref(), Some("Tai O stilt house settlement"));
        let name = "Dear Dr Kato,\n\nWe invite you to give a talk on 12 May 2028 at the School of Art and Design Studio.\n";
        assert_eq!(venue(name).as_deref(), Some("School of Art and Design Studio"));
    }

    /// "… will be held at:" over the place's lines: the room and the building, up to the street.
    #[test]
    fn the_place_on_the_lines_under_its_lead() {
        let below = "Dear Dr Okafor,\n\nWe invite you to give the keynote on 25 October 2027 at our reception hall.\n\nThe Forum and the roundtable will be held at:\n\n    Auditorium, 2/F, Hong Kong Legal Hub\n    West Wing, Justice Place, 11 Ice House Street, Central\n";
        assert_eq!(venue(below).as_deref(), Some("Auditorium, 2/F, Hong Kong Legal Hub"));
        let block = "Dear Dr Silva,\n\nWe invite you to teach from 4 to 8 September 2028. All sessions take place at:\n\n  Simulation Laboratory, 3/F\n  Prince Philip Dental Hospital\n  34 Hospital Road, Sai Ying Pun\n";
        assert_eq!(venue(block).as_deref(), Some("Simulation Laboratory, 3/F, Prince Philip Dental Hospital"));
    }

    /// A venue without the time said with it, and not the airport hall where the visitor is met.
    #[test]
    fn a_venue_without_its_time() {
        let venue = |body: &str| {
            let letter = format!("Dear Dr Ryan,\n\nWe invite you to give a public talk on 21 November 2027. {body}\n");
            super::super::extract(&letter, crate::Catalogue::bundled()).venue.map(|v| v.value)
        };
        assert_eq!(venue("The talk is at 3:00 p.m., Lecture Hall, Hong Kong Heritage Discovery Centre.").as_deref(), Some("Lecture Hall, Hong Kong Heritage Discovery Centre"));
        assert_eq!(venue("The briefing will be held at Arsenal House at 8:30 am.").as_deref(), Some("Arsenal House"));
        assert_eq!(venue("Ken will meet you at Arrivals Hall B and take you to the hotel."), None);
    }

    /// Where the sessions are said to take place, over a place the letter's praise of the visitor names before it.
    #[test]
    fn where_the_sessions_take_place_over_a_place_of_the_visitors_past() {
        let letter = "Dear Mr Oberleitner,\n\nSeveral of our students heard you teach at the Mozarteum summer academy in August 2026 and have asked whether you might come.\n\nYou are engaged to deliver three masterclasses from 8 to 12 March 2027. All of your sessions will take place in the Academy Recital Hall.\n";
        assert_eq!(venue(letter).as_deref(), Some("Academy Recital Hall"));
        // Over a briefing said to be held elsewhere after it.
        let briefing = "Dear Mr Oberleitner,\n\nAll four masterclasses and the lecture-recital will take place in the Recital Hall. The short orientation at 9:30 am on 12 April will be held in the Dean's Office, Room 514.\n";
        assert_eq!(venue(briefing).as_deref(), Some("Recital Hall"));
    }

    /// A Chinese place ends before whom the work is done with.
    /// Hong Kong's venues whose names hold no place word are places all the same.
    #[test]
    fn a_venue_known_by_its_name() {
        assert_eq!(venue("Dear Ms Ruiz,\n\nWe invite you to read from your novel. The readings will be held at JC Cube, Tai Kwun.\n").as_deref(), Some("JC Cube, Tai Kwun"));
        assert_eq!(venue("Dear Ms Ruiz,\n\nWe invite you to perform two concerts. Both concerts take place at Freespace, West Kowloon.\n").as_deref(), Some("Freespace, West Kowloon"));
        // With a building's number.
        assert_eq!(venue("Dear Kristjan,\n\nWe invite you to mentor our start-ups.\n\nAll sessions will take place at Cyberport 3 on most days.\n").as_deref(), Some("Cyberport 3"));
        // A hall with its numbered building after a comma, and a studio with the school it belongs to.
        assert_eq!(venue("Dear Ms Lee,\n\nWe invite you to judge the final. It will be held on 14 June in the Cyberport Hall, Cyberport 1, 100 Cyberport Road, Pok Fu Lam.\n").as_deref(), Some("Cyberport Hall, Cyberport 1, 100 Cyberport Road, Pok Fu Lam"));
        assert_eq!(venue("Dear Ms Lee,\n\nStudio work will run from 14 to 25 February 2028 in Studio 1, School of Dance, with a lecture in the Studio Theatre on 25 February.\n").as_deref(), Some("Studio 1, School of Dance"));
    }

    /// A time written in Chinese numerals ("於二月十一日晚上的開幕典禮上") is no place; where all of it is held
    /// ("均在…舉行") comes before a reception's place named earlier.
    #[test]
    fn a_chinese_venue_not_a_time_and_where_all_is_held() {
        let time = "陳女士：\n\n閣下亦將於二月十一日（星期五）晚上的開幕典禮上作現場示範。工作坊則在香港文化博物館一樓工作坊室進行。\n";
        assert_eq!(venue(time).as_deref(), Some("香港文化博物館一樓工作坊室"));
        let all = "陈先生：\n\n10月27日晚上出席赞助商于其铜锣湾希慎广场28楼办公室举办的交流酒会。大师班、评审及颁奖典礼均在数码港演讲厅举行。\n";
        assert_eq!(venue(all).as_deref(), Some("数码港演讲厅"));
        // A sentence that points to the place on the line below, and a time of day in Chinese numerals, no place.
        let below = "陳女士：\n\n閣下負責的比賽全部在以下場地進行，請於每日上午八時四十五分前到達評判室報到：\n\n　　浸會大學大學會堂\n";
        assert_eq!(venue(below).as_deref(), Some("浸會大學大學會堂"));
        let time_only = "陳女士：\n\n請於每日上午八時四十五分前到達評判室報到。\n";
        assert_eq!(venue(time_only), None);
        // A 年 that is no date's ("百周年大樓", "百周年校園") beside a room's or a house's number.
        let centenary = "陳女士：\n\n所有研討會均在香港天文台總部百周年大樓三樓研討室（九龍彌敦道134A號）進行。\n";
        assert_eq!(venue(centenary).as_deref(), Some("香港天文台總部百周年大樓三樓研討室"));
        let campus = "陳女士：\n\n講座將於本校百周年校園逸夫教學樓CPD-LG.07室舉行。\n";
        assert_eq!(venue(campus).as_deref(), Some("本校百周年校園逸夫教學樓CPD-LG.07室"));
        // "在…會議後" is a time after a meeting, not a place.
        let after = "陳女士：\n\n感謝閣下上月在馬德里會議後撥冗與本辦公室同事會面。兩場工作坊於九龍灣健康中心4樓演講廳舉行。\n";
        assert_eq!(venue(after).as_deref(), Some("九龍灣健康中心4樓演講廳"));
        // Where all of it is held with 均於 comes before a 假 lead for one exception.
        let except = "陳先生：\n\n本會擬邀請閣下來港擔任客席教練。\n\n以上訓練均於香港體育學院乒乓球館進行（結營禮除外，假本會奧運大樓會議室舉行）。\n\n2028年5月2日\n";
        assert_eq!(venue(except).as_deref(), Some("香港體育學院乒乓球館"));
        let not_a_place = "陳先生：\n\n工作坊假香港文化中心排練室舉行。酬金及機票費用均於活動完結後發還。\n";
        assert_eq!(venue(not_a_place).as_deref(), Some("香港文化中心排練室"));
        let all_at = "陳先生：\n\n排練及演出均假香港演藝學院實驗劇場進行；開幕酒會於本院頂層餐廳舉行。\n";
        assert_eq!(venue(all_at).as_deref(), Some("香港演藝學院實驗劇場"));
        // A list of places or of fields, and a field of work, are no venue.
        let list = "王先生：\n\n本署人員在各陆路口岸、机场及货柜码头执勤。本署谨邀请阁下在香港海关搜查犬训练中心主持训练课程。\n";
        assert_eq!(venue(list).as_deref(), Some("香港海关搜查犬训练中心"));
        let field = "王先生：\n\n您在建筑与空间设计方面的作品屡获殊荣。终审将在香港会议展览中心会议室S421进行。\n";
        assert_eq!(venue(field).as_deref(), Some("香港会议展览中心会议室S421"));
    }

    /// An archaeological site (遺址) is a place, as a park or a hall is.
    #[test]
    fn a_chinese_site_is_a_place() {
        let letter = "陳先生：\n\n本处诚邀阁下带领考古勘查。勘查将于2027年11月21日至28日在西贡沙下遗址进行。\n";
        let venue = super::super::extract(letter, crate::Catalogue::bundled()).venue.map(|v| v.value);
        assert_eq!(venue.as_deref(), Some("西贡沙下遗址"));
    }

    #[test]
    fn an_outdoor_site_is_a_place() {
        assert_eq!(venue("Dear Dr Lee,\n\nWe invite you to lead a field survey at Tai Po Kau Nature Reserve on 23 November 2027.\n").as_deref(), Some("Tai Po Kau Nature Reserve"));
        assert_eq!(venue("陳先生：\n\n本會誠邀閣下擔任總裁判。比賽在赤柱正灘進行，為期兩日。\n").as_deref(), Some("赤柱正灘"));
    }

    #[test]
    fn a_chinese_venue_before_with_whom() {
        let letter = "陳先生：\n\n本處誠邀閣下於2027年2月1日至5日在荃灣公園與本地紮作師傅合作完成綵燈製作。\n";
        let venue = super::super::extract(letter, crate::Catalogue::bundled()).venue.map(|v| v.value);
        assert_eq!(venue.as_deref(), Some("荃灣公園"));
    }
}
