//! Days a letter gives by their place beside another, without a date of their own: "please arrive the day before
//! your first rehearsal", "the judges' seminar will be held on the two days before the Championships open", "we
//! will book your return flight for the day after the final".
//!
//! Each such phrase is a count of days ("the day", "the two days", "3 days"), "before" or "after", and what it is
//! counted from: a date written there, or an event the letter dates elsewhere ("The tournament opens on Friday, 24
//! September 2027", "the final, which is on Sunday, 14 March"), or else the activity's first or last day as already
//! read. What the day is (the arrival, the departure or an activity day) is said just before the phrase. A day
//! worked out this way is never sure.

use super::confidence::{Reason, GUESS};
use super::cues::*;
use super::dates::DateMention;
use super::text::{word_ends, Text};
use super::{Extracted, Extraction};
use chrono::NaiveDate;

/// What a day given by its place beside another is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Target {
    Arrival,
    Departure,
    Activity,
}

/// One phrase: where it is, how many days, which way, and the words after it that say from what.
struct Phrase {
    start: usize,
    end: usize,
    days: i64,
    after: bool,
    /// The words it counts from, and where they are.
    anchor: String,
    anchor_start: usize,
    anchor_end: usize,
}

/// Fills in, from phrases like "the day before your first rehearsal", the arrival and the departure the letter does
/// not date, and moves the activity's first or last day out to days it gives this way.
pub(super) fn resolve(text: &Text, mentions: &[DateMention], dated: &Extraction, out: &mut Extraction) {
    let mut phrases = phrases(text);
    phrases.extend(cjk_phrases(text));
    // The activity's days first: an arrival "the day before the seminar" counts from the seminar's day. (Each
    // activity day counts from the activity as the letter dates it, `dated`, so that a bilingual letter's two
    // versions of a phrase, or a phrase already read with the date before it, do not count twice.)
    for target in [Target::Activity, Target::Arrival, Target::Departure] {
        // ("The following day" gives a day of travel only: of an activity, it may follow any of its days.)
        let following = |p: &Phrase| DATES_RELATIVE_FOLLOWING.contains(&text.lower_str(p.start, p.end));
        for p in phrases.iter().filter(|p| target_of(text, p) == Some(target) && !(target == Target::Activity && following(p))) {
            let from = if target == Target::Activity { dated } else { &*out };
            let Some(from) = anchor_day(text, mentions, from, p, target) else { continue };
            let days = chrono::Days::new(p.days as u64);
            let Some(day) = (if p.after { from.checked_add_days(days) } else { from.checked_sub_days(days) }) else { continue };
            let Some(found) = text.extracted(p.start, p.end, Some(day.to_string()), GUESS).map(|x| x.doubt(Reason::Relative)) else { continue };
            let value = day.to_string();
            match target {
                Target::Arrival if out.arrival.is_none() => out.arrival = Some(found),
                Target::Departure if out.departure.is_none() => out.departure = Some(found),
                Target::Activity if !p.after && out.activity_from.as_ref().is_some_and(|f| value < f.value) => out.activity_from = Some(found),
                Target::Activity if p.after && out.activity_to.as_ref().is_some_and(|t| value > t.value) => out.activity_to = Some(found),
                _ => {}
            }
        }
    }
}

/// "大師班為期三天，由十一月九日（星期一）開始", "a three-day masterclass starting on Monday 9 November", "over four
/// days, beginning on 26 April": an activity that lasts a number of days from a first day the letter gives, when the
/// letter dates no other day of it, ends that many days on; and when it dates others within those days (a start
/// "起" or "開始" right before the length, "集訓營由8月3日開始，為期十天" with a seminar on the 10th), runs from that
/// start over all of them. Unsure, like every day worked out.
pub(super) fn lasting(text: &Text, mentions: &[DateMention], out: &mut Extraction) {
    let (Some(from), Some(to)) = (&out.activity_from, &out.activity_to) else { return };
    let (from, to, single) = (from.value.clone(), to.value.clone(), from.value == to.value);
    let kept = weekdays_kept(text);
    for (p, days) in lengths(text) {
        // Its first day: a single day within the sentence after the length, said to be where it starts; or just
        // before it, the length counting from it ("由2027年11月22日（星期一）起一連三天", "自2027年7月12日起为期五天").
        let sentence_end = (p..text.lower.len()).find(|&i| "。.;；\n".contains(text.lower[i])).unwrap_or(text.lower.len());
        let before = mentions.iter().rev().find(|m| m.end <= p && p - m.end <= 12 && m.from == m.to).filter(|m| {
            let between = text.lower_str(m.end, p);
            let between = match between.strip_prefix(['(', '（']).and_then(|b| b.split_once([')', '）'])) {
                Some((_, rest)) => rest,
                None => between,
            };
            ["起", "開始", "开始", "起計", "起计"].iter().any(|w| between.trim().starts_with(w))
        });
        if let Some(m) = before {
            if let Some(last) = m.from.checked_add_days(chrono::Days::new(days as u64 - 1)).map(|d| last_kept(d, m.from, &kept)) {
                // (Its first day is the activity's, or comes before all the days read, which the length then holds:
                // "集訓營由8月3日開始，為期十天 … 教練研討會安排於8月10日" runs from the 3rd to the 12th.)
                let (first, last) = (m.from.to_string(), last.to_string());
                let holds = first <= from && last >= to && !(first == from && last == to);
                if first == from && single || holds {
                    if let Some(found) = text.extracted(m.start, p, Some(last), GUESS).map(|x| x.doubt(Reason::Relative)) {
                        if let Some(start) = text.extracted(m.start, m.end, Some(first), GUESS).filter(|_| holds) {
                            out.activity_from = Some(start.doubt(Reason::Relative));
                        }
                        out.activity_to = Some(found);
                        return;
                    }
                }
            }
        }
        if !single {
            continue;
        }
        let Some(m) = mentions.iter().find(|m| m.start > p && m.end <= sentence_end && m.from == m.to && m.start - p <= 40) else { continue };
        if m.from.to_string() != from {
            continue;
        }
        let lead = text.lower_str(p, m.start);
        // (Past a weekday in brackets: "十一月九日（星期一）開始".)
        let after = text.lower_str(m.end, (m.end + 12).min(text.lower.len()));
        let after = match after.strip_prefix(['(', '（']).and_then(|a| a.split_once([')', '）'])) {
            Some((_, rest)) => rest,
            None => after,
        };
        let starts = ["starting", "beginning", "commencing", "from", "由", "自", "從", "从"].iter().any(|w| lead.contains(w))
            || ["開始", "开始", "起"].iter().any(|w| after.starts_with(w));
        if !starts {
            continue;
        }
        let Some(last) = m.from.checked_add_days(chrono::Days::new(days as u64 - 1)).map(|d| last_kept(d, m.from, &kept)) else { continue };
        if let Some(found) = text.extracted(p, m.end, Some(last.to_string()), GUESS).map(|x| x.doubt(Reason::Relative)) {
            out.activity_to = Some(found);
            return;
        }
    }
}

/// After a length, the words that say from which day it runs: "for three days from ...", "five nights starting ...".
const STARTING: [&str; 4] = ["from ", "starting ", "beginning ", "commencing "];

/// "You will stay in Hong Kong for five nights from Monday 8 November 2027": a count of nights from a day the letter
/// dates gives the arrival (that day) and the departure (as many days on), when the letter dates neither otherwise.
/// Unsure, like every day worked out; a hotel's nights more so (the visitor may come before them or leave after).
pub(super) fn nights(text: &Text, mentions: &[DateMention], out: &mut Extraction) {
    if out.arrival.is_some() || out.departure.is_some() {
        return;
    }
    let hay = &text.lower_string;
    for (b, unit) in hay.match_indices(" nights ") {
        let head = &hay[..b];
        let word_start = head.rfind(' ').map_or(0, |i| i + 1);
        let Some(nights) = number(&head[word_start..]) else { continue };
        let rest = &hay[b + unit.len()..];
        if !STARTING.iter().any(|w| rest.starts_with(w)) {
            continue;
        }
        let p = text.char_at_byte(b + unit.len());
        // The day right after "from", past its weekday.
        let Some(m) = super::dates::date_right_after(&text.lower, mentions, p, 22).map(|k| &mentions[k]) else { continue };
        let Some(last) = m.from.checked_add_days(chrono::Days::new(nights as u64)) else { continue };
        let start = text.char_at_byte(word_start);
        let sentence = text.lower_str(text.lines[text.line_of(start)].0, start);
        let hotel = DATES_HOTEL_NIGHTS.iter().any(|w| sentence.contains(w)) || ["hotel", "accommodation", "room"].iter().any(|w| sentence.contains(w));
        let doubt = if hotel { Reason::HotelNights } else { Reason::Relative };
        out.arrival = text.extracted(m.start, m.end, Some(m.from.to_string()), GUESS).map(|x| x.doubt(doubt));
        out.departure = text.extracted(start, m.end, Some(last.to_string()), GUESS).map(|x| x.doubt(doubt));
        return;
    }
}

/// "We have booked five nights at the hotel", "住宿共五晚", "住宿八晚，由十月十日入住": a hotel's count of nights, when
/// the letter gives the arrival and no departure, ends the stay that many days after the arrival (or after the day the
/// nights are said to start from). Unsure: the visitor may leave after the nights.
/// (Last of the days worked out: a departure the letter counts from the activity, "the day after the ceremony", says
/// more than the hotel's nights.)
pub(super) fn nights_from_arrival(text: &Text, mentions: &[DateMention], out: &mut Extraction) {
    if out.departure.is_none() {
        if let Some(arrival) = Extracted::day(&out.arrival) {
            out.departure = departure_after_nights(text, mentions, arrival);
        }
    }
}

fn departure_after_nights(text: &Text, mentions: &[DateMention], arrival: NaiveDate) -> Option<Extracted> {
    let hotel = |s: usize, e: usize| {
        let clause = text.lower_str(s, e);
        DATES_HOTEL_NIGHTS.iter().any(|w| clause.contains(w)) || ["hotel", "accommodation", "住宿", "酒店", "入住"].iter().any(|w| clause.contains(w))
    };
    let sentence = |p: usize| {
        let s = (p.saturating_sub(80)..p).rev().find(|&i| ".。;；\n".contains(text.lower[i])).map_or(p.saturating_sub(80), |i| i + 1);
        let e = (p..(p + 60).min(text.lower.len())).find(|&i| ".。;；\n".contains(text.lower[i])).unwrap_or((p + 60).min(text.lower.len()));
        (s, e)
    };
    let english = text.lower_string.match_indices(" nights").filter_map(|(b, _)| {
        let head = &text.lower_string[..b];
        let word = &head[head.rfind([' ', '\n', '(']).map_or(0, |i| i + 1)..];
        Some((text.char_at_byte(b), number(word)?))
    });
    let chinese = ["晚", "夜"].into_iter().flat_map(|w| text.find_all(w)).filter_map(|p| {
        let n = number(text.lower_str(p.saturating_sub(1), p))?;
        Some((p, n))
    });
    let (p, n) = english.chain(chinese).find(|&(p, _)| {
        let (s, e) = sentence(p);
        hotel(s, e)
    })?;
    // ("由十月十日入住", "from 9 May": the day the nights start, when the clause gives it.)
    let (s, e) = sentence(p);
    let from = mentions.iter().find(|m| m.start >= s && m.start < e && m.from == m.to).map(|m| m.from).filter(|d| *d >= arrival).unwrap_or(arrival);
    let last = from.checked_add_days(chrono::Days::new(n as u64))?;
    text.extracted(p.saturating_sub(1), p + 1, Some(last.to_string()), GUESS).map(|x| x.doubt(Reason::HotelNights))
}

/// The days of the week an activity is held on, when the letter says ("逢星期一、三、五進行", "every Monday, Wednesday
/// and Friday", "Monday to Friday"), Monday first; every day when it does not.
fn weekdays_kept(text: &Text) -> [bool; 7] {
    const EN: [&str; 7] = super::dates::WEEKDAYS_IN_FULL;
    let mut kept = [false; 7];
    // "逢星期一、三、五", "逢週二至四", "每逢星期六及日".
    for p in ["逢星期", "逢禮拜", "逢礼拜", "逢週", "逢周"].into_iter().flat_map(|lead| text.find_all(lead)) {
        let (listed, _) = super::dates::cjk_weekdays_listed(&text.lower, p + 1);
        (0..7).filter(|&k| listed[k]).for_each(|k| kept[k] = true);
    }
    // "every Monday, Wednesday and Friday", "on Mondays and Thursdays", "Monday to Friday", "Mondays to Fridays".
    let hay = &text.lower_string;
    for (i, a) in EN.iter().enumerate() {
        for (j, b) in EN.iter().enumerate().skip(i + 1) {
            if [format!("{a} to {b}"), format!("{a}s to {b}s"), format!("{a} through {b}"), format!("{a}-{b}")].iter().any(|r| hay.contains(r.as_str())) {
                (i..=j).for_each(|k| kept[k] = true);
            }
        }
    }
    for lead in ["every ", "on "] {
        for (b, _) in hay.match_indices(lead) {
            let list: Vec<usize> = hay[b + lead.len()..]
                .split([',', ' ', '\n'])
                .filter(|w| !w.is_empty())
                .take(8)
                .map(|w| w.trim_end_matches(['.', ';', ':', ')']).trim_end_matches('s'))
                .take_while(|w| *w == "and" || EN.contains(w))
                .filter_map(|w| EN.iter().position(|d| *d == w))
                .collect();
            if list.len() >= 2 {
                list.iter().for_each(|&k| kept[k] = true);
            }
        }
    }
    if kept.iter().any(|k| *k) {
        kept
    } else {
        [true; 7]
    }
}

/// The last day on or before `last`, from `first`, that is one of the days kept.
fn last_kept(last: chrono::NaiveDate, first: chrono::NaiveDate, kept: &[bool; 7]) -> chrono::NaiveDate {
    use chrono::Datelike;
    let mut day = last;
    while day > first && !kept[day.weekday().num_days_from_monday() as usize] {
        day = day.pred_opt().unwrap_or(first);
    }
    day
}

/// Where a length of days is given, and how many: "為期三天", "为期5日", "a three-day", "over four days"; not an
/// event's run ("a five-day festival", "藝術節為期五天").
fn lengths(text: &Text) -> Vec<(usize, i64)> {
    const CJK: &str = "一二兩两三四五六七八九十";
    let mut found = Vec::new();
    for lead in ["為期", "为期", "一連", "一连", "連續", "连续"] {
        for p in text.find_all(lead) {
            let at = p + 2;
            let n: String = text.lower[at..].iter().take_while(|c| c.is_ascii_digit() || CJK.contains(**c)).collect();
            let unit = text.lower_str(at + n.chars().count(), (at + n.chars().count() + 3).min(text.lower.len()));
            // Days, or weeks ("为期两周", "為期兩個星期").
            let per = if unit.starts_with(['天', '日']) {
                1
            } else if ["周", "週", "星期", "個星期", "个星期"].iter().any(|w| unit.starts_with(w)) {
                7
            } else {
                0
            };
            let days = number(&n).map(|n| n * per);
            // (Not an event's run: "藝術節為期五天".)
            let subject = text.lower_str(p.saturating_sub(6), p);
            let event = DATES_EVENT_RUN.iter().any(|w| !w.is_ascii() && subject.contains(w));
            if let (Some(days), false) = (days, event) {
                if (2..=14).contains(&days) {
                    found.push((p, days));
                }
            }
        }
    }
    let hay = &text.lower_string;
    for (unit, dash, per) in [("-day", true, 1), (" days", false, 1), (" consecutive days", false, 1), ("-week", true, 7), (" weeks", false, 7)] {
        for (b, _) in hay.match_indices(unit) {
            let head = hay[..b].trim_end();
            let word_start = head.rfind(' ').map_or(0, |i| i + 1);
            let Some(days) = number(&head[word_start..]).map(|n| n * per).filter(|d| (2..=14).contains(d)) else { continue };
            let before = head[..word_start].trim_end();
            // "a three-day masterclass", "over four days"; not an event's run ("a five-day festival"), nor a stay
            // ("host you for four days").
            let noun = hay[b + unit.len()..].trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            let event = DATES_EVENT_RUN.iter().any(|w| w.is_ascii() && noun.starts_with(w));
            // ("for three days from Saturday 21 August": a length, then where it starts.)
            let from_after = STARTING.iter().any(|w| hay[b + unit.len()..].trim_start().starts_with(w));
            if (dash && !event) || before.ends_with("over") || (before.ends_with(" for") && from_after) {
                found.push((text.char_at_byte(word_start), days));
            }
        }
    }
    found
}

/// "the day before", "the two days before", "3 days after", "the day prior to", in English.
fn phrases(text: &Text) -> Vec<Phrase> {
    let hay = &text.lower_string;
    let mut found = Vec::new();
    for (way, after) in [(" before ", false), (" prior to ", false), (" after ", true)] {
        for end in word_ends(hay, way.trim()).filter(|&e| hay[e..].starts_with(' ')) {
            let way_start = end - way.trim().len();
            let before = hay[..way_start].trim_end();
            let plural = before.ends_with("days");
            let Some(head) = before.strip_suffix("days").or_else(|| before.strip_suffix("day")) else { continue };
            // (Not "holiday", "Sunday": "day" is a word of its own.)
            if !head.ends_with(' ') {
                continue;
            }
            let head = head.trim_end();
            let word_start = head.rfind(' ').map_or(0, |i| i + 1);
            let days = match &head[word_start..] {
                // ("the days before the masterclass" counts none.)
                "the" | "a" if !plural => 1,
                "the" | "a" => continue,
                n => match number(n) {
                    Some(n) => n,
                    None => continue,
                },
            };
            // ("the two days before": the article too.)
            let article = head[..word_start].trim_end();
            let phrase_start = if days > 1 && article.ends_with(" the") { article.len() - 3 } else { word_start };
            // What it counts from: to the end of the clause.
            let rest = &hay[end + 1..];
            let mut stop = rest.find(['.', ';', '\n', ',', '。', '；']).unwrap_or(rest.len());
            for w in [" and ", " so ", " in time ", " to "] {
                stop = stop.min(rest.find(w).unwrap_or(stop));
            }
            found.push(Phrase {
                start: text.char_at_byte(phrase_start),
                end: text.char_at_byte(end),
                days,
                after,
                anchor: rest[..stop].to_string(),
                anchor_start: text.char_at_byte(end),
                anchor_end: text.char_at_byte(end + 1 + stop),
            });
        }
    }
    // "your return flight leaves the following day", "fly out the next morning": a day after the activity's last,
    // when it is a day of travel (see `resolve`). What it counts from is what the clause names after it, if anything.
    for lead in DATES_RELATIVE_FOLLOWING {
        for end in word_ends(hay, lead) {
            let rest = &hay[end..];
            let stop = rest.find(['.', ';', '\n', ',', '。', '；']).unwrap_or(rest.len());
            found.push(Phrase {
                start: text.char_at_byte(end - lead.len()),
                end: text.char_at_byte(end),
                days: 1,
                after: true,
                anchor: rest[..stop].to_string(),
                anchor_start: text.char_at_byte(end),
                anchor_end: text.char_at_byte(end + stop),
            });
        }
    }
    found
}

/// In Chinese the day it counts from comes first and what happens after: "工作坊開始前一天抵港", "首場演出前兩天",
/// "最後一場演出翌日返程". The words before it (within its clause) are its anchor.
fn cjk_phrases(text: &Text) -> Vec<Phrase> {
    const BEFORE: &[(&str, i64)] = &[("前一天", 1), ("前一日", 1), ("前一晚", 1), ("前兩天", 2), ("前两天", 2), ("前兩日", 2), ("前两日", 2), ("前三天", 3), ("前三日", 3)];
    // (Not 第二天, which is as often an event's second day.)
    const AFTER: &[(&str, i64)] = &[("翌日", 1), ("次日", 1), ("後一天", 1), ("后一天", 1), ("後一日", 1), ("后一日", 1), ("同日", 0), ("當日", 0), ("当日", 0)];
    let mut found = Vec::new();
    for (words, after) in [(BEFORE, false), (AFTER, true)] {
        for &(word, days) in words {
            // (Not inside another word: 最後一天, 不同日期, 本次日程, 此次日程, 當日本隊.)
            let inside = |p: usize| {
                p > 0 && matches!(text.lower[p - 1], '最' | '不' | '本' | '此' | '之')
                    || matches!(word, "當日" | "当日") && text.lower.get(p + 2) == Some(&'本')
            };
            for p in text.find_all(word).filter(|&p| !inside(p)) {
                // The anchor: back to the start of the clause, at most 14 characters; or, when the clause has no more
                // than a subject and a preposition before it ("講座完結後，您可於同日晚上離港"), the clause before too.
                let clause = |to: usize| (to.saturating_sub(14)..to).rev().find(|&i| "，。；、,;:：\n".contains(text.lower[i])).map_or(to.saturating_sub(14), |i| i + 1);
                let mut start = clause(p);
                if p - start <= 4 && start > 0 && matches!(text.lower[start - 1], '，' | ',' | '；') {
                    start = clause(start - 1);
                }
                found.push(Phrase { start: p, end: p + word.chars().count(), days, after, anchor: text.lower_str(start, p).to_string(), anchor_start: start, anchor_end: p });
            }
        }
    }
    found
}

/// "two", "2", "三", up to fourteen days (ten in Chinese, one character).
pub(super) fn number(word: &str) -> Option<i64> {
    const WORDS: &[&str] = &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen"];
    const CJK: &[&str] = &["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    let word = match word {
        "兩" | "两" => "二",
        w => w,
    };
    WORDS.iter().chain(CJK).position(|w| *w == word).map(|i| i as i64 % 14 + 1).or_else(|| word.parse().ok().filter(|n| (1..=14).contains(n)))
}

/// What the day is, from the words before the phrase in its sentence: the nearest arrival or departure word, else an
/// activity's.
fn target_of(text: &Text, p: &Phrase) -> Option<Target> {
    if !text.lower[p.start].is_ascii() {
        // In Chinese, what happens on the day follows it: "前一天抵港", "翌日返程", "前兩天舉行簡介會".
        let next = (p.end..(p.end + 10).min(text.lower.len())).find(|&i| "，。；;,\n".contains(text.lower[i])).unwrap_or((p.end + 10).min(text.lower.len()));
        let after = text.lower_str(p.end, next);
        let first = |words: &[&str]| words.iter().filter(|w| !w.is_ascii()).filter_map(|w| after.find(w)).min();
        // (Arriving in Hong Kong, not at a hall: "當日請於下午二時抵達演藝廳".)
        let (arrival, departure) = (first(DATES_CJK_ARRIVAL_IN_HONG_KONG), first(DATES_DEPARTURE));
        let activity = first(DATES_ACTIVITY).into_iter().chain(first(&["進行", "进行"])).min();
        let follows = [(arrival, Target::Arrival), (departure, Target::Departure), (activity, Target::Activity)]
            .into_iter()
            .filter_map(|(at, t)| at.map(|at| (at, t)))
            .min_by_key(|(at, _)| *at)
            .map(|(_, t)| t);
        // Nothing after it in its clause: what the sentence says of the day before it, "回程日期為比賽結束翌日",
        // "回程機票訂於最後一場演出翌日" (travel only: an activity's day so written is its anchor's own).
        return follows.or_else(|| {
            let sentence = (p.start.saturating_sub(40)..p.start).rev().find(|&i| "。；;\n".contains(text.lower[i])).map_or(p.start.saturating_sub(40), |i| i + 1);
            let before = text.lower_str(sentence, p.start);
            let last = |words: &[&str]| words.iter().filter(|w| !w.is_ascii()).filter_map(|w| before.rfind(w)).max();
            [(last(DATES_CJK_ARRIVAL_IN_HONG_KONG), Target::Arrival), (last(DATES_DEPARTURE), Target::Departure)]
                .into_iter()
                .filter_map(|(at, t)| at.map(|at| (at, t)))
                .max_by_key(|(at, _)| *at)
                .map(|(_, t)| t)
        });
    }
    let start = (p.start.saturating_sub(120)..p.start).rev().find(|&i| matches!(text.lower[i], '.' | '。' | ';' | '；' | '!' | '?')).map_or(p.start.saturating_sub(120), |i| i + 1);
    let before = text.lower_str(start, p.start);
    // "8 May (the day before the concert)": the phrase says what a written date is, and gives no day of its own.
    // (Not a time: "lands at 06:40 the following morning".)
    let last_word = before.trim_end().trim_end_matches(['(', ',', ':', '-', '–']).trim_end();
    let a_time = last_word.rsplit(' ').next().is_some_and(|w| w.contains(':'));
    if last_word.ends_with(|c: char| c.is_ascii_digit()) && !a_time {
        return None;
    }
    // ("Send us your arrival details seven days before the workshop" gives no arrival.)
    if DATES_RELATIVE_NOT_TRAVEL.iter().any(|w| before.contains(w)) {
        return None;
    }
    let last = |words: &[&str]| words.iter().filter(|w| w.is_ascii()).filter_map(|w| before.rfind(w)).max();
    let (arrival, departure, activity) = (last(DATES_ARRIVAL), last(DATES_DEPARTURE), last(DATES_ACTIVITY));
    // ("arrive in time for the rehearsal the day before": the arrival's word comes first, then the activity's.)
    let nearest = [(arrival, Target::Arrival), (departure, Target::Departure), (activity, Target::Activity)]
        .into_iter()
        .filter_map(|(at, t)| at.map(|at| (at, t)))
        .max_by_key(|(at, _)| *at)?;
    Some(nearest.1)
}

/// The day a phrase counts from.
fn anchor_day(text: &Text, mentions: &[DateMention], out: &Extraction, p: &Phrase, target: Target) -> Option<NaiveDate> {
    // A date written right there: "the day before 5 May".
    if let Some(m) = mentions.iter().find(|m| m.start >= p.anchor_start && m.start < p.anchor_end) {
        return Some(if p.after { m.to } else { m.from });
    }
    // "leaves Vienna at 13:40 on Saturday 1 May 2027 and lands at Hong Kong ... the following morning", "於5月1日…從
    // 巴黎起飛，翌日…抵港": a flight's landing counts on from the day the sentence gave its leaving.
    if target == Target::Arrival && p.after {
        let sentence_start = (p.start.saturating_sub(200)..p.start).rev().find(|&i| matches!(text.lower[i], '.' | '。' | ';' | '；' | '\n')).map_or(0, |i| i + 1);
        let left = DATES_FLIGHT_LEAVES.iter().any(|w| text.lower_str(sentence_start, p.start).contains(w));
        if let Some(m) = mentions.iter().rev().find(|m| m.end <= p.start && m.start >= sentence_start && m.from == m.to).filter(|_| left) {
            return Some(m.from);
        }
    }
    let anchor = &p.anchor;
    let day = Extracted::day;
    // An event the letter dates elsewhere: "The tournament opens on Friday, 24 September 2027", "the final, which
    // is on Sunday, 14 March", "the opening night, Friday 25 September".
    for (word, dated) in [("open", &["opens on ", "open on ", "opening night, ", "opening on ", "opening, "][..]), ("final", &["final, which is on ", "final will be played on ", "final on ", "final is on ", "final, on "][..])] {
        if word_ends(anchor, word).next().is_some() || anchor.contains(&format!("{word}s")) || anchor.contains(&format!("{word}ing")) {
            if let Some(date) = dated_event(text, mentions, dated) {
                return Some(date);
            }
        }
    }
    // Counted from the activity's last day when the words say so, or when counting on from a day they do not name
    // as the first ("第二場音樂會翌日返程").
    let names = |words: &[&str]| words.iter().any(|w| word_ends(anchor, w).next().is_some());
    let (end, start) = (names(DATES_RELATIVE_FROM_LAST), names(DATES_RELATIVE_FROM_FIRST));
    let chinese = !text.lower[p.start].is_ascii();
    // In Chinese, an activity's 次日 or 前一天 with nothing before it in its clause ("首日為簡介會，次日為評審") or only
    // an event's name ("研討會前一天") may as well be a day of a list or another's day: only a first or a last one
    // counts.
    // (Rehearsals and briefings come first: "總綵排前一日抵港".)
    let first_thing = names(DATES_RELATIVE_FIRST_THINGS);
    // (An arrival before something, or a departure after it, counts from the first or the last day all the same.)
    if chinese && !start && !end && !first_thing && target == Target::Activity {
        return None;
    }
    // "the day after the Meet", and "The Meet will be held on Saturday 27 February": the day the letter gives the
    // thing it counts from.
    if !chinese && !start && !end {
        if let Some(date) = dated_noun(text, mentions, anchor) {
            return Some(date);
        }
    }
    let end = end || (p.after && !start);
    if end {
        day(&out.activity_to)
    } else {
        day(&out.activity_from)
    }
}

/// The date the letter gives the last word of `anchor` ("the Meet"): the first date within its sentence after it,
/// anywhere in the letter.
fn dated_noun(text: &Text, mentions: &[DateMention], anchor: &str) -> Option<NaiveDate> {
    let noun = anchor.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).next_back().filter(|w| w.len() >= 4)?;
    text.find_all(noun).find_map(|p| {
        let end = p + noun.chars().count();
        if text.lower.get(end).is_some_and(|c| c.is_alphanumeric()) {
            return None;
        }
        let stop = (end..(end + 40).min(text.lower.len())).find(|&i| text.lower[i] == '.' || text.lower[i] == '\n').unwrap_or((end + 40).min(text.lower.len()));
        mentions.iter().find(|m| m.start >= end && m.start < stop).map(|m| m.from)
    })
}

/// The date right after one of `leads` anywhere in the letter.
fn dated_event(text: &Text, mentions: &[DateMention], leads: &[&str]) -> Option<NaiveDate> {
    leads.iter().find_map(|lead| {
        text.find_all(lead).find_map(|p| {
            let after = p + lead.chars().count();
            mentions.iter().find(|m| m.start >= after && m.start <= after + 12).map(|m| m.from)
        })
    })
}

#[cfg(test)]
mod tests {
    use crate::letter::extract;
    use crate::Catalogue;

    fn field(letter: &str, name: &str) -> Option<(String, bool)> {
        let x = extract(letter, Catalogue::bundled());
        let f = match name {
            "arrival" => x.arrival,
            "departure" => x.departure,
            "activity_from" => x.activity_from,
            "activity_to" => x.activity_to,
            _ => unreachable!(),
        };
        f.map(|f| (f.value.clone(), f.is_sure()))
    }

    /// A length in weeks from a first day, held on some days of the week only: it ends on the last of them.
    #[test]
    fn weeks_from_a_first_day_end_on_the_last_day_held() {
        let letter = "陳先生：\n\n本會誠邀閣下擔任客席教練。訓練營由2028年1月10日（星期一）開始，為期兩週，逢星期二、四舉行。\n";
        assert_eq!(field(letter, "activity_to"), Some(("2028-01-20".into(), false)));
        let letter = "Dear Ms Obi,\n\nWe invite you to coach our squad for two weeks from Monday 10 January 2028, training every Monday, Wednesday and Friday.\n";
        assert_eq!(field(letter, "activity_to").map(|f| f.0).as_deref(), Some("2028-01-21"));
        // Every day, when the letter names none.
        let letter = "Dear Ms Obi,\n\nWe invite you to coach our squad for two weeks from Monday 10 January 2028.\n";
        assert_eq!(field(letter, "activity_to").map(|f| f.0).as_deref(), Some("2028-01-23"));
    }

    /// A count of nights from a dated day: the arrival that day, the departure as many days on; unsure.
    #[test]
    fn a_stay_of_nights_from_a_day() {
        let letter = "Dear Mr Haddad,\n\nWe invite you to judge our robotics finals on 15 and 16 June 2028. We will host you in Hong Kong for four nights from Wednesday 14 June 2028.\n";
        assert_eq!(field(letter, "arrival"), Some(("2028-06-14".into(), false)));
        assert_eq!(field(letter, "departure"), Some(("2028-06-18".into(), false)));
        // Not when the letter dates the arrival itself.
        let letter = "Dear Mr Haddad,\n\nWe invite you to judge our finals on 15 June 2028. Please arrive on 13 June 2028; the hotel is booked for four nights from 14 June 2028.\n";
        assert_eq!(field(letter, "arrival").map(|f| f.0).as_deref(), Some("2028-06-13"));
        // A dated arrival and a hotel's count of nights, from it or from the day the nights start: the departure, unsure.
        let counted = "Dear Mr Haddad,\n\nWe invite you to judge our finals on 15 June 2028. Please arrive on 13 June 2028. We have booked five nights at the Harbour Hotel for you.\n";
        assert_eq!(field(counted, "departure"), Some(("2028-06-18".into(), false)));
        let chinese = "陳先生：\n\n本會誠邀閣下於2027年10月12日至16日擔任裁判。閣下將於10月9日抵港。本會將為閣下安排住宿八晚，由十月十日入住。\n";
        assert_eq!(field(chinese, "departure"), Some(("2027-10-18".into(), false)));
    }

    #[test]
    fn an_activity_lasting_days_from_a_first_day() {
        let letter = "李女士：\n\n大師班為期三天，由二〇二六年十一月九日（星期一）開始，於本院舞蹈室進行。閣下擬於十一月八日抵港，並於大師班結束翌日離港。\n";
        assert_eq!(field(letter, "activity_to"), Some(("2026-11-11".into(), false)));
        assert_eq!(field(letter, "departure").map(|f| f.0).as_deref(), Some("2026-11-12"));
        let letter = "Dear Ms Kim,\n\nWe invite you to lead a three-day masterclass starting on Monday 9 November 2026 in our studio.\n";
        assert_eq!(field(letter, "activity_to"), Some(("2026-11-11".into(), false)));
        // Not when the letter dates another day of it, nor without a first day.
        let letter = "Dear Ms Kim,\n\nWe invite you to lead a three-day masterclass starting on Monday 9 November 2026, with a showing on 14 November 2026.\n";
        assert_eq!(field(letter, "activity_to").map(|f| f.0).as_deref(), Some("2026-11-14"));
        let letter = "Dear Ms Kim,\n\nThe festival lasts three days. Your masterclass is on Monday 9 November 2026.\n";
        assert_eq!(field(letter, "activity_to").map(|f| f.0).as_deref(), Some("2026-11-09"));
        // An event's run is not the visitor's days.
        let letter = "Dear Ms Kim,\n\nThe Festival is a five-day festival beginning on 9 November 2026. We invite you to give a talk on 9 November 2026.\n";
        assert_eq!(field(letter, "activity_to").map(|f| f.0).as_deref(), Some("2026-11-09"));
        // The length after its first day, in Chinese; and "for three days from ...".
        let letter = "李女士：\n\n本處誠邀閣下主持研討會。研討會由2027年11月22日（星期一）起一連三天舉行。\n";
        assert_eq!(field(letter, "activity_to"), Some(("2027-11-24".into(), false)));
        let letter = "李女士：\n\n本校诚邀阁下主持工作坊。工作坊自2027年7月12日起为期五天。\n";
        assert_eq!(field(letter, "activity_to"), Some(("2027-07-16".into(), false)));
        let letter = "Dear Ms Kim,\n\nWe invite you to run our umpires' clinic. The clinic will run for three days from Saturday 21 August 2027.\n";
        assert_eq!(field(letter, "activity_to"), Some(("2027-08-23".into(), false)));
    }

    /// Days counted from an event, for the heats an umpire is needed at and the dinner after.
    #[test]
    fn days_counted_from_the_finals() {
        let letter = "Dear Mr Tane,\n\nWe invite you to umpire the Races 2027. The finals will be held on Sunday 13 June 2027. You will be needed at the heats on the two days before the finals and at the finals themselves, and we hope you will join us at the prize presentation dinner on the day after the finals.\n";
        assert_eq!(field(letter, "activity_from").map(|f| f.0).as_deref(), Some("2027-06-11"));
        assert_eq!(field(letter, "activity_to").map(|f| f.0).as_deref(), Some("2027-06-14"));
    }

    /// "to arrive ... the day before ... and to leave the day after ...": leaving is the departure, not a day more of
    /// the activity.
    #[test]
    fn to_leave_the_day_after_is_the_departure() {
        let letter = "Dear Mr Mehta,\n\nThe workshops will be held from Tuesday 19 to Friday 22 October 2027, and the closing forum will take place on the afternoon of Friday 22 October 2027.\n\nYou are kindly requested to arrive in Hong Kong the day before the first workshop and to leave the day after the closing forum.\n";
        assert_eq!(field(letter, "departure").map(|f| f.0).as_deref(), Some("2027-10-23"));
        assert_eq!(field(letter, "activity_to").map(|f| f.0).as_deref(), Some("2027-10-22"));
    }

    /// A flight that leaves elsewhere on a day and lands the next: the arrival is the landing's day.
    #[test]
    fn an_overnight_flight_lands_the_following_day() {
        let letter = "Dear Ms Berg,\n\nWe invite you to lead workshops on 3 and 4 May 2027. Your flight leaves Vienna at 13:40 on Saturday 1 May 2027 and lands at Hong Kong International Airport at 06:40 the following morning.\n";
        assert_eq!(field(letter, "arrival"), Some(("2027-05-02".into(), false)));
        let letter = "李女士：\n\n本署誠邀閣下於5月3日至4日主持工作坊。閣下將於2027年5月1日晚上11時30分從巴黎起飛，翌日下午5時45分抵港。\n";
        assert_eq!(field(letter, "arrival"), Some(("2027-05-02".into(), false)));
    }

    #[test]
    fn an_arrival_the_day_before_the_first_activity_day() {
        let letter = "Dear Ms Berg,\n\nWe invite you to lead workshops on 10 and 11 June 2027. Please arrive the day before your first workshop and fly home on 12 June 2027.\n";
        assert_eq!(field(letter, "arrival"), Some(("2027-06-09".into(), false)));
    }

    #[test]
    fn days_before_an_event_the_letter_dates_elsewhere() {
        let letter = "Dear Mr Okafor,\n\nThe Open starts with the main draw, and the tournament opens on Monday, 4 October 2027. The finals are on 9 October 2027. A coaching clinic will be held on the two days before the tournament opens.\n";
        assert_eq!(field(letter, "activity_from").map(|f| f.0).as_deref(), Some("2027-10-02"));
        // "The days before" counts none.
        let vague = "Dear Mr Okafor,\n\nYour recital is on 9 October 2027. Rehearsals will be arranged on the days before the recital.\n";
        assert_eq!(field(vague, "activity_from").map(|f| f.0).as_deref(), Some("2027-10-09"));
    }

    #[test]
    fn a_departure_the_day_after_a_dated_final() {
        let letter = "Dear Ms Lund,\n\nWe invite you to umpire our tournament from 20 to 25 November 2027; the final will be played on Thursday, 25 November. We will book your return flight for the day after the final.\n";
        assert_eq!(field(letter, "departure"), Some(("2027-11-26".into(), false)));
        // Across a year end.
        let year_end = "Dear Ms Lund,\n\nWe invite you to umpire our tournament from 26 to 31 December 2027. We will book your return flight for the day after the last match.\n";
        assert_eq!(field(year_end, "departure").map(|f| f.0).as_deref(), Some("2028-01-01"));
    }

    #[test]
    fn in_chinese_the_day_it_counts_from_comes_first() {
        let letter = "敬啟者：\n\n本處誠邀閣下於2027年5月4日至8日主持工作坊。請於工作坊開始前一天抵港，並於最後一場工作坊翌日返程。\n";
        assert_eq!(field(letter, "arrival"), Some(("2027-05-03".into(), false)));
        assert_eq!(field(letter, "departure"), Some(("2027-05-09".into(), false)));
        // What the day is may come before it in its clause: "回程日期為比賽結束翌日", "回程機票訂於…翌日".
        let before = "敬啟者：\n\n本會誠邀閣下於2028年3月24日至26日擔任裁判長。閣下可於3月22日抵港，回程日期為比賽結束翌日。\n";
        assert_eq!(field(before, "departure").map(|f| f.0).as_deref(), Some("2028-03-27"));
        assert_eq!(field(before, "arrival").map(|f| f.0).as_deref(), Some("2028-03-22"));
        // 次日 as the second of listed days, and 最後一天 as the last, count no day on.
        let listed = "敬啟者：\n\n本處懇請閣下於2027年9月9日、10日及12日出席：首日為簡介會，次日為評審，最後一日為頒獎典禮。閣下並於課程最後一天帶領匯報演出。\n";
        assert_eq!(field(listed, "activity_to").map(|f| f.0).as_deref(), Some("2027-09-12"));
    }

    #[test]
    fn the_day_after_an_event_the_letter_dates_by_its_name() {
        let letter = "Dear Mr Kiprop,\n\nWe invite you to compete in the 5000m and to take part in a youth clinic on the day after the Meet. The Meet will be held on Saturday 27 February 2027, and the clinic will take place on the morning of Sunday 28 February.\n";
        assert_eq!(field(letter, "activity_to").map(|f| f.0).as_deref(), Some("2027-02-28"));
    }

    #[test]
    fn the_same_day_and_the_day_after_an_unnamed_last_day() {
        // 同日 counts no day on, from the clause before it.
        let same = "敬啟者：\n\n本院誠邀您於2028年3月2日至6日主持工作坊。講座完結後，您可於同日晚上離港。\n";
        assert_eq!(field(same, "departure").map(|f| f.0).as_deref(), Some("2028-03-06"));
        // A departure the day after something the letter does not call the last is the day after the last day.
        let after = "敬啟者：\n\n本院誠邀閣下於2027年5月10日至14日主持工作坊。本院建議閣下於匯報演出翌日返程。\n";
        assert_eq!(field(after, "departure").map(|f| f.0).as_deref(), Some("2027-05-15"));
    }

    /// Found in review: words that only look like these phrases, and phrases that give no day of their own.
    #[test]
    fn phrases_that_give_no_day() {
        // 最後一天 is the last day, not the day after; 抵達 a hall is no arrival in Hong Kong.
        let last = "敬啟者：\n\n本院誠邀閣下於2027年5月10日至14日主持工作坊，並請於課程最後一天離港。演出當日請於下午二時抵達演藝廳。\n";
        assert_ne!(field(last, "departure").map(|f| f.0).as_deref(), Some("2027-05-15"));
        assert_eq!(field(last, "arrival"), None);
        // A written date that a phrase explains, and travel details due before something.
        let explained = "Dear Ms Berg,\n\nYour recitals are on 10 and 11 June 2027, with a rehearsal on 9 June (the day before the first recital). Please send us your arrival details seven days before the first recital.\n";
        assert_eq!(field(explained, "activity_from").map(|f| f.0).as_deref(), Some("2027-06-09"));
        assert_eq!(field(explained, "arrival"), None);
    }
}
