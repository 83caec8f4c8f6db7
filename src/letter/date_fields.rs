//! What each date is: the arrival, the departure, an activity day, the letter's own date, or none of those, from
//! its label or the words around it; and the activity's first and last day among them.

use super::cues::*;
use crate::catalogue::names::is_letter;
use super::dates::DateMention;
use super::layout::Labelled;
use super::text::{is_bullet, Text};
use super::confidence::{Reason, CLEAR_CUE, GUESS};
use super::{Extracted, Extraction};

/// The mentions inside a span (mentions are in order of position).
pub(super) fn within(mentions: &[DateMention], s: usize, e: usize) -> Vec<&DateMention> {
    let first = mentions.partition_point(|m| m.start < s);
    mentions[first..].iter().take_while(|m| m.start < e).filter(|m| m.end <= e).collect()
}
/// A date field from a mention: its first or last day, as sure as its cue allows, less when the date itself has
/// a doubt (a day-first reading, a year not written).
pub(super) fn date_field(text: &Text, m: &DateMention, last: bool, confidence: f32) -> Option<Extracted> {
    let date = if last { m.to } else { m.from };
    let found = text.extracted(m.start, m.end, Some(date.to_string()), confidence)?;
    Some(if m.by_weekday {
        found.doubt(Reason::WeekdayInWeek)
    } else if m.year_inferred {
        found.doubt(Reason::YearInferred)
    } else if m.ambiguous {
        found.doubt(Reason::DayFirst)
    } else {
        found
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DateKind {
    Arrival,
    Departure,
    Activity,
    /// A stay in Hong Kong: a range here runs from the arrival to the departure.
    Stay,
    /// The nights of the visitor's hotel: a range here is the stay, as a reading.
    HotelNights,
    Other,
    Unclassified,
}

/// Which kind of date a mention is, from the words just before it in its sentence (and, for Chinese, just after);
/// on a flight's line, a departure or an arrival at the far end of the flight is neither of the trip's.
pub(super) fn kind_from_context(text: &Text, m: &DateMention) -> DateKind {
    let kind = kind_by_words(text, m);
    // The route nearest before the date: "LHR - HKG, arriving 10 May; HKG - LHR, departing 16 May".
    let (ls, _) = text.lines[text.line_of(m.start)];
    let before = text.slice(ls, m.start);
    let route = before.rsplit(';').next().unwrap_or("");
    match (kind, leg_to_hong_kong(route)) {
        // "São Paulo (GRU) - Hong Kong (HKG), departing May 15, arriving May 17": it leaves São Paulo.
        (DateKind::Departure, Some(true)) | (DateKind::Arrival, Some(false)) => DateKind::Other,
        (DateKind::Arrival | DateKind::Departure | DateKind::Unclassified, _) => end_of_a_flight(text, m).unwrap_or(kind),
        _ => kind,
    }
}

/// On a flight's line with a time at each end of its leg ("AY 099, Helsinki 23:55 (9 Nov) – Hong Kong 15:40 (10 Nov)",
/// "AY 100, Hong Kong 23:45 (17 Nov) – Helsinki 05:55 (18 Nov)"): the day at Hong Kong's end is the arrival or the
/// departure, the day at the other end neither.
fn end_of_a_flight(text: &Text, m: &DateMention) -> Option<DateKind> {
    let (ls, le) = text.lines[text.line_of(m.start)];
    // (No leg is longer than a few lines' worth: a line of thousands of characters is read near the date only, or
    // every date on it would read all of it.)
    const LEG: usize = 160;
    let (ls, le) = (ls.max(m.start.saturating_sub(LEG)), le.min(m.end + LEG));
    // (A chat message's time stamp is no time of the leg: "[13/05/2027, 14:11:15] Ana: Mexico City - LAX - HK, …".)
    let ls = super::layout::chat_stamp(text, text.line_of(m.start)).filter(|&close| close <= m.start).map_or(ls, |close| ls.max(close));
    // (The leg the date is on, between semicolons or sentences' ends.)
    let ends = |i: usize| matches!(text.lower[i], ';' | '；' | '。') || text.lower[i] == '.' && text.lower.get(i + 1).is_some_and(|c| c.is_whitespace());
    let s = (ls..m.start).rev().find(|&i| ends(i)).map_or(ls, |i| i + 1);
    let e = (m.end..le).find(|&i| ends(i)).unwrap_or(le);
    if !has_flight_number(&text.lower[s..e], &text.original[s..e]) {
        return None;
    }
    let dashes: Vec<usize> = DATES_LEG_DASHES.iter().filter_map(|w| text.find_lower(s, e, w)).collect();
    let [dash] = dashes[..] else { return None };
    // (A leg: a time of day at each end, "23:55" and "15:40"; not a line's dash between a label and its words.)
    let time = |a: usize, b: usize| (a..b.saturating_sub(4)).any(|i| {
        let t = &text.lower[i..i + 5];
        t[0].is_ascii_digit() && t[1].is_ascii_digit() && t[2] == ':' && t[3].is_ascii_digit() && t[4].is_ascii_digit()
    });
    if !(time(s, dash) && time(dash, e)) {
        return None;
    }
    let hong_kong = |a: usize, b: usize| DATES_HONG_KONG_ENDS.iter().any(|w| text.find_lower(a, b, w).is_some());
    let to_hong_kong = match (hong_kong(s, dash), hong_kong(dash, e)) {
        (false, true) => true,
        (true, false) => false,
        // (A connecting leg, a city at each end and Hong Kong at neither: "Tallinn 21:05 Sun 9 Jul -> Helsinki 21:40
        // Sun 9 Jul" is the day the journey starts, not the day of arriving or leaving. Not when an end names no
        // place, "London 21:00 – 16:45 local time", nor Hong Kong as "HK".)
        (false, false) if names_a_city(text, s, dash) && names_a_city(text, dash, e) => return Some(DateKind::Other),
        (false, false) => return None,
        (true, true) => return None,
    };
    let at_the_start = m.end <= dash;
    // (A day before the flight's number is the row's, for the whole flight: "5月9日　LX 138　ZRH 13:05 → HKG 07:15+1".)
    if at_the_start && !has_flight_number(&text.lower[s..m.start], &text.original[s..m.start]) {
        return None;
    }
    Some(match (to_hong_kong, at_the_start) {
        (true, false) => DateKind::Arrival,
        (false, true) => DateKind::Departure,
        _ => DateKind::Other,
    })
}

/// Whether characters `a..b` of a flight's leg name a city: a capitalised word of three letters or more that is no
/// weekday, month or "HK" and no flight's airline code.
fn names_a_city(text: &Text, a: usize, b: usize) -> bool {
    text.slice(a, b).split(|c: char| !c.is_alphabetic()).any(|w| {
        let lower = w.to_lowercase();
        w.chars().count() >= 3
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            && !super::dates::is_month(&lower)
            && !super::dates::is_weekday(&lower)
    })
}

/// Whether a flight's line goes to Hong Kong ("São Paulo (GRU) - Hong Kong (HKG)") or from it ("Hong Kong (HKG) -
/// São Paulo (GRU)"): Hong Kong after the route's dash or "to", or before it.
fn leg_to_hong_kong(line: &str) -> Option<bool> {
    let hong_kong = ["Hong Kong", "HKG"].iter().filter_map(|w| line.find(w)).min()?;
    let dash = [" - ", " – ", " to ", "→", "->", " > "].iter().filter_map(|w| line.find(w)).min()?;
    // Only a route: an airport's code in capitals on each side of the dash ("(GRU) - Hong Kong (HKG)").
    let airport = |part: &str| part.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w.len() == 3 && w.chars().all(|c| c.is_ascii_uppercase()));
    (airport(&line[..dash]) && airport(&line[dash..])).then_some(hong_kong > dash)
}

/// The day of a chat's message that invites: the day in its time stamp ("[18/4/2028, 20:14] Ricky: 想請你…"), or in the
/// heading of the day's messages above it ("━━ 2028年1月8日 星期六 ━━"); else, when no day is given at or before that
/// message (or none invites), the chat's first day. `None` for a text that is no chat, or whose chat gives no day.
fn the_day_a_chat_invites<'m>(text: &Text, mentions: &'m [DateMention]) -> Option<&'m DateMention> {
    let chat = super::chat::Chat::of(text)?;
    let heading = |m: &DateMention| {
        let line = text.line_of(m.start);
        let (ls, le) = text.lines[line];
        let rest = format!("{}{}", text.lower_str(ls, m.start), text.lower_str(m.end, le));
        let rest = super::dates::WEEKDAYS_IN_FULL.iter().chain(CHAT_DAY_HEADING_WORDS).fold(rest, |r, w| r.replace(w, ""));
        !rest.chars().any(|c| c.is_alphabetic())
    };
    // (A heading stands outside the messages: a line of a message's own text with only a date on it is a day of what
    // it tells, "2028年3月13日（星期一）" in an invitation's list.)
    let a_chats_day = |m: &&DateMention| {
        let line = text.line_of(m.start);
        !m.year_inferred && (super::layout::chat_stamp(text, line).is_some_and(|close| m.end <= close) || heading(m) && !chat.in_a_message(m.start))
    };
    let invites = chat.inviting_message(text).map(|m| m.body.0);
    invites.and_then(|p| mentions.iter().filter(|m| m.start < p).rfind(a_chats_day)).or_else(|| mentions.iter().find(a_chats_day))
}

fn kind_by_words(text: &Text, m: &DateMention) -> DateKind {
    if dates_its_reference(text, m) {
        return DateKind::Unclassified;
    }
    let line = text.line_of(m.start);
    let (ls, _) = text.lines[line];
    // "[14/05/2027, 10:02] Amy Lau (CSTB): ...": a chat message's time stamp says when it was written, nothing more.
    if super::layout::chat_stamp(text, line).is_some_and(|close| m.end <= close) {
        return DateKind::Other;
    }
    // "The Showcase on 16 October 2027 at Dragon Centre is not part of the invitee's engagement": someone else's day.
    let stop = |c: char| matches!(c, '.' | '。' | '!' | '！' | '?' | '\n');
    let from = (m.start.saturating_sub(150)..m.start).rev().find(|&i| stop(text.lower[i])).map_or(m.start.saturating_sub(150), |i| i + 1);
    let to = (m.end..(m.end + 150).min(text.lower.len())).find(|&i| stop(text.lower[i]) && !(text.lower[i] == '.' && text.lower.get(i + 1).is_some_and(|c| c.is_ascii_alphanumeric()))).unwrap_or((m.end + 150).min(text.lower.len()));
    // (Not a date of the visitor's own before it: "You will arrive on 3 May 2027; the gala on 8 May is not part of your
    // engagement", "閣下將於5月3日抵港，5月22日的周年音樂會則不參與".)
    // (Past a semicolon only when the cue says it of all before it: "…須於1月5日進行體能測試；亞洲錦標賽將於3月舉行，均與閣下
    //的行程無關".)
    let about_this_date = |cue: usize| {
        let between = if cue >= m.end { text.lower_str(m.end, cue) } else { text.lower_str(cue, m.start) };
        let of_all = cue >= m.end && cue > 0 && matches!(text.lower[cue - 1], '均' | '皆' | '都');
        (of_all || !between.contains([';', '；'])) && !DATES_ARRIVAL.iter().chain(DATES_DEPARTURE).any(|w| between.contains(w))
    };
    if DATES_NOT_THE_VISITORS.iter().filter_map(|w| text.find_lower(from, to, w)).any(about_this_date) || excused_from(text, m, from, to) {
        return DateKind::Other;
    }
    // "originally scheduled for 5 to 9 April", "moved from 4 April to Sunday, 16 May": the date before the change.
    let before = text.lower_str(m.start.saturating_sub(40), m.start);
    let superseded = DATES_SUPERSEDED.iter().filter_map(|w| before.rfind(w).map(|b| &before[b + w.len()..])).any(|between| {
        between.chars().count() <= 14 && !between.chars().any(|c| c.is_ascii_digit() || matches!(c, '.' | '。' | ';' | '；' | ',' | '，'))
    });
    if superseded {
        return DateKind::Other;
    }
    // "14 October (arrival) and 17 October 2026 (departure)": said right after, in brackets.
    let bracket = text.lower_str(m.end, (m.end + 12).min(text.lower.len()));
    let bracket = bracket.trim_start();
    // (A hotel's check-in and check-out, alone in the bracket, say the same: "from 12 September 2027 (check-in) to 18
    // September 2027 (check-out)"; not "(check-out on Friday, 11 June 2027)", which dates itself.)
    if bracket.starts_with("(arriv") || bracket.starts_with("(arr.") || ["(check-in)", "(check in)"].iter().any(|w| bracket.starts_with(w)) {
        return DateKind::Arrival;
    }
    if bracket.starts_with("(depart") || bracket.starts_with("(dep.") || ["(check-out)", "(check out)"].iter().any(|w| bracket.starts_with(w)) {
        return DateKind::Departure;
    }
    // "Saturday 4 December (your KE 607 lands at 11:05 that evening)": a flight in the bracket that lands or leaves
    // that day. (Not "(the day after you arrive)", which counts from another.)
    if bracket.starts_with('(') {
        let start = m.end + text.lower[m.end..].iter().take_while(|c| c.is_whitespace()).count() + 1;
        let close = (start..(start + 80).min(text.lower.len())).find(|&i| matches!(text.lower[i], ')' | '）'));
        if let Some(close) = close {
            let inside = text.lower_str(start, close);
            let that_day = inside.contains("that ") || has_flight_number(&text.lower[start..close], &text.original[start..close]);
            let counted = DATES_COUNTED_FROM_ANOTHER.iter().any(|w| inside.contains(w));
            // (Words whole: "lands" is not in "the Netherlands".)
            let said = |w: &str| inside.match_indices(w).any(|(i, _)| !inside[..i].ends_with(|c: char| c.is_alphanumeric() && c.is_ascii()));
            if that_day && !counted {
                if DATES_LANDS_THAT_DAY.iter().any(|w| said(w)) {
                    return DateKind::Arrival;
                }
                if DATES_LEAVES_THAT_DAY.iter().any(|w| said(w)) {
                    return DateKind::Departure;
                }
            }
        }
    }
    // "from Sunday 13 June, the day of your arrival, until Saturday 19 June 2027, when you fly home": set off by a
    // comma right after it, a few words that say what the day is. (Not after an activity's words: "join a welcome
    // meeting ... on Tuesday 5 October, the day you arrive" is a day of the activity too.)
    let sentence_before = text.lower_str(m.start.saturating_sub(100).max(ls), m.start);
    let sentence_before = sentence_before.rsplit(". ").next().unwrap_or("");
    let of_an_activity = DATES_ACTIVITY.iter().filter(|w| w.is_ascii()).any(|w| sentence_before.contains(w));
    if let Some(aside) = text.lower_str(m.end, (m.end + 40).min(text.lower.len())).strip_prefix(", ").filter(|_| !of_an_activity) {
        let aside = aside.split([',', '.', ';']).next().unwrap_or("");
        let says = ["the day", "when you", "the date of your", "on which you"].iter().any(|w| aside.starts_with(w));
        // (Within its first six words: "when you fly back to Seoul on KE 604" says where to after.)
        let early = |w: &str| aside.find(w).is_some_and(|i| aside[..i].split_whitespace().count() < 6);
        if says && DATES_ARRIVAL.iter().filter(|w| w.is_ascii()).any(|w| early(w)) {
            return DateKind::Arrival;
        }
        if says && DATES_DEPARTURE.iter().filter(|w| w.is_ascii()).any(|w| early(w) && !w.contains("check")) {
            return DateKind::Departure;
        }
    }
    // A flight's leg after it: "3 May 2026 (SYD-HKG)" lands in Hong Kong, "9 May 2026 (HKG-SYD)" leaves it.
    if let Some(leg) = bracket.strip_prefix('(').and_then(|b| b.get(..7)) {
        let code = |s: &str| s.len() == 3 && s.chars().all(|c| c.is_ascii_alphabetic());
        if let Some((from, to)) = leg.split_once(['-', '–', '>', '/']).filter(|(a, b)| code(a) && code(&b[..b.len().min(3)])) {
            if &to[..3] == "hkg" && from != "hkg" {
                return DateKind::Arrival;
            }
            if from == "hkg" && &to[..3] != "hkg" {
                return DateKind::Departure;
            }
        }
    }
    // "5-7 May 2026 (workshops for school leaders)": what the days are for, in brackets.
    if bracket.starts_with('(') {
        let inside = text.lower_str(m.end, (m.end + 60).min(text.lower.len()));
        let inside = inside.trim_start().trim_start_matches('(');
        let inside = inside.split(')').next().unwrap_or("");
        if DATES_ACTIVITY.iter().filter(|w| w.is_ascii()).any(|w| inside.contains(w)) {
            return DateKind::Activity;
        }
    }
    if someone_elses(text, m) {
        return DateKind::Other;
    }
    // (An aside in brackets does not count in how far back: "five nights' accommodation at the Harbour Crest Hotel
    // (room rate HK$1,450 per night, settled directly by the Department), from 17 to 22 October".)
    let mut depth = 0;
    let aside = (m.start.saturating_sub(160).max(ls)..m.start).rev().filter(|&i| {
        match text.lower[i] {
            ')' | '）' => depth += 1,
            '(' | '（' => depth = (depth - 1).max(0),
            _ => {}
        }
        depth > 0
    }).count();
    let mut s = m.start.saturating_sub(90 + aside).max(ls);
    // The current sentence only; in Chinese, the current clause.
    if let Some(p) = (s..m.start).rev().find(|&i| "。;!?".contains(text.lower[i]) || text.original[i] == '，') {
        s = p + 1;
        // "為期十天，由…至…": a clause that says only "from" before its days is the clause before it continued.
        let clause = text.lower_str(s, m.start);
        if text.original[p] == '，' && DATES_CJK_FROM_ONLY.contains(&clause.trim()) {
            if let Some(q) = (ls..p).rev().find(|&i| "。;!?".contains(text.lower[i]) || text.original[i] == '，') {
                s = q + 1;
            }
        }
    }
    // An English sentence's full stop too: ". The results will be announced on the 20th" says nothing of the camp
    // before it. (Not a title's or an abbreviation's: "Prof. Wong", "No. 5", "a.m.": the word before the stop is
    // three letters or more, and no honorific; or a number, "... 14 March 2027. On 8 March ...".)
    if let Some(p) = (s + 4..m.start.saturating_sub(1)).rev().find(|&i| {
        let word: String = text.lower[s..i].iter().rev().take_while(|c| c.is_ascii_alphabetic()).collect::<Vec<_>>().into_iter().rev().collect();
        text.lower[i] == '.' && text.lower[i + 1] == ' ' && text.original.get(i + 2).is_some_and(|c| c.is_uppercase())
            && (word.len() >= 3 && !PEOPLE_HONORIFICS.contains(&word.as_str()) && !["assoc", "dept", "approx"].contains(&word.as_str())
                || word.is_empty() && text.lower[i - 1].is_ascii_digit())
    }) {
        s = p + 2;
    }
    // Chinese puts the verb after the date: "於七月十九日抵港", "於5月15日或之前回覆", "（星期五）舉辦".
    let mut after = m.end;
    if matches!(text.lower.get(after), Some('(' | '（')) {
        if let Some(close) = (after..(after + 6).min(text.lower.len())).find(|&i| matches!(text.lower[i], ')' | '）')) {
            after = close + 1;
        }
    }
    // "系列活動由2027年11月6日開幕，至2028年1月2日閉幕": the event opening or closing, in a sentence not to the visitor.
    let next = text.lower_str(after, (after + 6).min(text.lower.len()));
    let next = next.trim_start_matches(['起', ' ']);
    if DATES_EVENT_OPENS_CLOSES.iter().any(|w| next.starts_with(w) && !DATES_EVENT_CEREMONY.iter().any(|c| next[w.len()..].starts_with(c)))
        && !addresses_the_invitee(text, m)
    {
        return DateKind::Other;
    }
    // "於二月六日前回覆", "5月15日或之前": a day something is due before is a deadline (not "5月3日前往", "前來", "前一天").
    let next = text.lower_str(after, (after + 3).min(text.lower.len()));
    if (next.starts_with('前') && !DATES_NOT_BEFORE.iter().any(|w| next.starts_with(w))) || next.starts_with("之前") || next.starts_with("以前") {
        return DateKind::Other;
    }
    // To the end of the clause ("於11月6日至15日假香港大會堂劇院公演"), within 40 characters: a time and a place may
    // come before the verb ("於七月十七日（星期六）下午二時三十分在香港中央圖書館地下演講廳主講講座").
    let line_end = text.lines[line].1;
    let mut near_end = (after..(after + 40).min(line_end)).find(|&i| "，。;,".contains(text.lower[i])).unwrap_or((after + 40).min(line_end));
    // "我13號到，17號返台北", "16號朝早搭SQ 861走", "24号早上的航班回吉隆坡": spoken Chinese ends a short clause after
    // the day with the coming or the going.
    if near_end >= after && near_end - after <= 16 {
        let clause = text.lower_str(after, near_end);
        let clause = clause.trim_end_matches(['!', '?', '~', ' ']);
        // (Not receiving or seeing: 收到, 見到, 提到.)
        if DATES_CJK_ARRIVAL_SAID_AFTER.iter().any(|w| clause.ends_with(w)) && !DATES_CJK_NOT_ARRIVING.iter().any(|w| clause.ends_with(w)) {
            return DateKind::Arrival;
        }
        // (Or going back to a place: "28号回洛杉矶", "11日返曼谷"; not replying, "回覆", nor coming back to Hong Kong, "返港".)
        // (Within six characters after the day, past its time of day, "28号回洛杉矶", "22號早上回雅加達": not a round trip,
        // "來回機票", nor a title, "「丝路回响」".)
        let back = clause.char_indices().any(|(b, c)| {
            let before = &clause[..b];
            let after = &clause[b + c.len_utf8()..];
            matches!(c, '回' | '返')
                && before.chars().count() <= 6
                && !before.ends_with(['來', '来', '往'])
                && !before.contains(['“', '”', '「', '」', '《', '》', '"', '的'])
                && after.chars().next().is_some_and(|n| super::text::is_cjk(n) && !DATES_CJK_NOT_GOING_BACK.iter().any(|w| after.starts_with(w)))
        });
        if DATES_CJK_DEPARTURE_SAID_AFTER.iter().any(|w| clause.ends_with(w)) || DATES_CJK_GOING_BACK.iter().any(|w| clause.contains(w)) || back {
            return DateKind::Departure;
        }
    }
    // "11月18日（星期三）下午，本署将为各讲者安排简报会": a clause of only the time of day; what happens is in the next.
    // ("賽前一天（6月11日）下午，...": the date in brackets, the time after them.)
    let time_of_day = text.lower_str(after, near_end);
    let time_of_day = time_of_day.trim_start_matches([')', '）']);
    // "於2026年11月2日至6日來港，為本院學生主持大師班": coming to Hong Kong says nothing of the days; what they are for
    // is in the next clause, unless that clause gives its own date ("11月1日來港，11月8日離港").
    let come = DATES_COMING.contains(&time_of_day.trim());
    // "另於翌日，即一月二十二日（星期五），為本署…主持半天技術工作坊": a Chinese date that is its own clause; what
    // happens on it is in the next.
    let alone = time_of_day.trim().is_empty() && text.lower_str(m.start, m.end).contains('月') && m.start - s <= 3;
    // (The time of day with its hour: "下午三時", "晚上7時30分".)
    let clock = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || "一二三四五六七八九十時时點点分半正:".contains(c));
    let time_said = DATES_CJK_TIME_OF_DAY.iter().any(|w| time_of_day.trim().strip_prefix(w).is_some_and(|rest| rest.is_empty() || clock(rest)));
    // (Or of how the visitor travels: "由澳門乘搭噴射飛航，約下午二時半抵達上環港澳客輪碼頭".)
    let travelling = DATES_CJK_TRAVEL_MODES.iter().any(|w| time_of_day.contains(w));
    if matches!(text.lower.get(near_end), Some('，' | ',')) && (alone || !time_of_day.is_empty() && (come || time_said || travelling)) {
        let next_end = (near_end + 1..(near_end + 25).min(line_end)).find(|&i| "，。;,".contains(text.lower[i])).unwrap_or((near_end + 25).min(line_end));
        let next = text.lower_str(near_end + 1, next_end);
        // (A number in a title is no date: "擔任「2026新音樂作曲工作坊」導師".)
        let dated = next.contains(['月', '日', '/']);
        if alone && dated {
            // (A list of days, each its own clause: "5月4日，5月6日".)
        } else if !((come || travelling) && dated) {
            near_end = next_end;
        } else if m.from == m.to {
            // "請於6月4日來港，6月8日離港": a day of coming, with the day of leaving after it, is the arrival.
            return DateKind::Arrival;
        }
    }
    let mut first_after: Option<(usize, DateKind)> = None;
    // (A range's nights at a hotel before a single day's coming, where they share a word: 入住; in the range's own
    // clause, not the next: "於6月9日至11日來港，本處將安排住宿" is the visit.)
    let own_clause = (after..near_end).any(|i| matches!(text.lower[i], ',' | '，'));
    let nights: &[&str] = if m.from != m.to && !own_clause { DATES_CJK_HOTEL_NIGHTS_AFTER } else { &[] };
    for (words, kind) in [
        (nights, DateKind::HotelNights),
        (DATES_ARRIVAL, DateKind::Arrival),
        (DATES_DEPARTURE, DateKind::Departure),
        (DATES_OTHER, DateKind::Other),
        (DATES_FREE_DAY, DateKind::Other),
        (DATES_ACTIVITY, DateKind::Activity),
        (DATES_ACTIVITY_SAID_AFTER, DateKind::Activity),
    ] {
        for w in words.iter().filter(|w| !w.is_ascii()) {
            if let Some(p) = text.find_lower(after, near_end, w) {
                if first_after.is_none_or(|(fp, _)| p < fp) {
                    first_after = Some((p, kind));
                }
            }
        }
    }
    if let Some((_, kind)) = first_after {
        return kind;
    }
    // "your confirmation by 5 February 2027", "by Friday, 16 April": a deadline, whatever came before it.
    let before = text.lower_str(s, m.start);
    let before = before.trim_end().trim_end_matches(',').trim_end();
    let before = match before.rsplit_once(' ') {
        Some((rest, word)) if super::dates::is_weekday(word.trim_end_matches([',', '.'])) => rest.trim_end(),
        _ => before,
    };
    // ("Please arrive in Hong Kong by 3 March" is the arrival, below.)
    let travel = DATES_ARRIVAL.iter().chain(DATES_DEPARTURE).any(|w| w.is_ascii() && before.contains(w));
    if !travel && DATES_DEADLINE_JUST_BEFORE.iter().any(|w| before == *w || before.ends_with(&format!(" {w}"))) {
        return DateKind::Other;
    }
    let after_end = (m.end + 8).min(text.lines[line].1);
    let mut best: Option<((usize, usize), DateKind)> = None;
    let consider = |words: &[&str], kind: DateKind, best: &mut Option<((usize, usize), DateKind)>| {
        for w in words {
            if let Some(p) = text.rfind_lower(s, m.start, w) {
                // ("The Department's staff" does not depart; "return one copy to us by 30 June" sends a paper back.)
                if text.lower_str(p, (p + 10).min(m.start)) == "department" || kind == DateKind::Departure && DATES_PAPERS_SENT_BACK.iter().any(|w| text.lower_str(p, (p + w.chars().count()).min(m.start)) == *w) {
                    continue;
                }
                // "arrive at the venue by 9 am on 4 May" is a day of the activity, not the arrival in Hong Kong.
                let between = text.lower_str(p + w.chars().count(), m.start);
                let at_venue = kind == DateKind::Arrival && [" at the ", " at our ", " by ", " venue", " hall"].iter().any(|v| between.contains(v));
                if at_venue {
                    continue;
                }
                // "leaving San Francisco at 1:05 pm on Sunday, November 7": the leg from home, not a departure from
                // Hong Kong (nor, by itself, the arrival: a long flight lands the next day). ("Leave for Dublin" is
                // leaving Hong Kong.)
                let from_elsewhere = kind == DateKind::Departure
                    && (w.starts_with("leav") || w.starts_with("depart"))
                    && !w.ends_with("for ")
                    && !between.contains("hong kong") && !between.contains("hkg")
                    // (Past the rest of the cue's word: "departs Sydney 23:55 on Mon 18 Oct".)
                    && (p + w.chars().count()..m.start).skip_while(|&i| text.original[i].is_alphabetic() && text.original[i - 1].is_alphabetic()).find(|&i| !text.original[i].is_whitespace()).is_some_and(|i| {
                        // (A capital that starts a place, not a day, a month or Hong Kong's airport: "depart HKIA".)
                        let word: String = text.lower[i..m.start].iter().take_while(|c| c.is_alphabetic()).collect();
                        // (Nor a flight's number: "to leave on SQ 883 on Friday 10 September".)
                        let flight = has_flight_number(&text.lower[i..(i + 8).min(m.start)], &text.original[i..(i + 8).min(m.start)]);
                        text.original[i].is_uppercase()
                            && !flight
                            && !super::dates::is_weekday(&word)
                            && !super::dates::is_month(&word)
                            && !["hkia", "chek"].contains(&word.as_str())
                    });
                let kind = if from_elsewhere { DateKind::Other } else { kind };
                // "Leave for Dublin", "will leave for the airport" leave Hong Kong; "will leave for the venue" does not.
                let mut after = p + w.chars().count();
                while text.lower.get(after) == Some(&' ') {
                    after += 1;
                }
                let for_ = if w.ends_with("for ") { Some(after) } else { (text.lower_str(after, after + 4) == "for ").then_some(after + 4) };
                if let Some(q) = for_.filter(|_| kind == DateKind::Departure) {
                    let bound_for = text.lower_str(q, (q + 40).min(text.lower.len()));
                    // (A name that is a place in Hong Kong is no leaving: "leave for Kai Tak Sports Park", "for Sha Tin".)
                    let name: String = bound_for.split([',', '.', ';']).next().unwrap_or("").split(" on ").next().unwrap_or("").split(" at ").next().unwrap_or("").to_string();
                    let local = name.starts_with("hong kong")
                        || DATES_HONG_KONG_PLACES.iter().any(|p| name.starts_with(p))
                        || VENUE_PLACES.iter().filter(|w| w.is_ascii()).any(|w| name.split(' ').any(|x| x == *w));
                    let a_name = text.original.get(q).is_some_and(|&c| c.is_uppercase()) && !local;
                    if !(a_name || bound_for.starts_with("the airport") || bound_for.starts_with("home")) {
                        continue;
                    }
                }
                // The cue nearest the date wins; of two ending together, the longer ("留港期間" over "期間").
                let end = (p + w.chars().count(), w.chars().count());
                if best.is_none_or(|(bp, _)| end > bp) {
                    *best = Some((end, kind));
                }
            }
        }
    };
    consider(DATES_OTHER, DateKind::Other, &mut best);
    consider(DATES_ACTIVITY, DateKind::Activity, &mut best);
    consider(DATES_ARRIVAL, DateKind::Arrival, &mut best);
    consider(DATES_DEPARTURE, DateKind::Departure, &mut best);
    consider(DATES_STAY, DateKind::Stay, &mut best);
    consider(DATES_HOTEL_NIGHTS, DateKind::HotelNights, &mut best);
    // (Only where the clause speaks of flights: "Asia Society – Hong Kong Center" is no leg, "get back to us" no
    // flight home.)
    let flights = text.lower_str(s, m.start).contains("flight") || has_flight_number(&text.lower[s..m.start], &text.original[s..m.start]);
    if flights {
        // (" in on ", " out on " only right after the flight or its number: "AF 188 in on 8 March", "your flight in on
        // 25 April", not "tickets will be sent out on 20 April".)
        let after_a_number = |words: &'static [&'static str]| -> Vec<&'static str> {
            let right_after = |p: usize| {
                let q = p.saturating_sub(8);
                text.lower_str(q, p).ends_with("flight") || has_flight_number(&text.lower[q..p], &text.original[q..p])
            };
            words.iter().copied().filter(|w| !w.starts_with(' ') || text.rfind_lower(s, m.start, w).is_some_and(right_after)).collect()
        };
        consider(&after_a_number(DATES_DEPARTURE_BY_AIR), DateKind::Departure, &mut best);
        consider(&after_a_number(DATES_ARRIVAL_BY_AIR), DateKind::Arrival, &mut best);
    }
    // "SQ 891 Hong Kong – Singapore on Monday 8 March": a flight's leg from Hong Kong before the date is the departure;
    // "SQ 890 Singapore – Hong Kong on ..." the arrival.
    let legs = DATES_LEGS_FROM_HONG_KONG.iter().map(|l| (l, DateKind::Departure)).chain(DATES_LEGS_TO_HONG_KONG.iter().map(|l| (l, DateKind::Arrival))).filter(|_| flights);
    for (leg, kind) in legs {
        if let Some(p) = text.rfind_lower(s, m.start, leg) {
            let end = (p + leg.chars().count(), leg.chars().count());
            if best.is_none_or(|(bp, _)| end > bp) {
                best = Some((end, kind));
            }
        }
    }
    if let Some((_, kind)) = best {
        return kind;
    }
    // A date that starts its line (an itinerary or a table row): the words after it say what it is.
    // (After its row's day number too: "Day 0  Thursday, 25 November 2027   Arrival".)
    let before = text.lower_str(ls, m.start);
    let day_number = before.trim_start().strip_prefix("day ").is_some_and(|rest| {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        (1..=2).contains(&digits) && rest[digits..].chars().all(|c| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '(' | ')'))
    });
    // (Or after its row's weekday or number, each in a cell of its own: "Sunday       | 25 July 2027 | … | Arrival",
    // " 1  | Wed 29 Nov 2028   | Arrive HKIA".)
    let row_key_cells = before.contains(['|', '\t']) && before.split(['|', '\t']).all(|cell| {
        let cell = cell.trim();
        let number = |c: &str| (1..=2).contains(&c.len()) && c.chars().all(|d| d.is_ascii_digit());
        cell.is_empty() || number(cell) || super::dates::is_weekday(cell) || cell.strip_prefix("day ").is_some_and(number)
    });
    if day_number || row_key_cells || text.original[ls..m.start].iter().all(|&c| c.is_whitespace() || is_bullet(c) || c == '|' || c == '>') {
        let mut line_end = text.lines[line].1;
        // "Day 2 - Monday 17 April" over "  • 09:30 Welcome briefing …": a date alone on its line heads the items
        // indented or bulleted under it, which say what the day is.
        let rest = text.lower_str(m.end, line_end);
        let alone = rest.split(|c: char| !c.is_alphanumeric()).all(|w| w.is_empty() || super::dates::is_weekday(w));
        if alone {
            let item = |k: usize| {
                let (ks, ke) = text.lines[k];
                let lead = text.original[ks..ke].iter().take_while(|c| c.is_whitespace() || is_bullet(**c)).count();
                lead > 0 && lead < ke - ks
            };
            if let Some(last) = (line + 1..text.lines.len().min(line + 9)).take_while(|&k| item(k)).last() {
                line_end = text.lines[last].1;
            }
        }
        let mut first: Option<(usize, DateKind)> = None;
        for (words, kind) in [
            (DATES_ARRIVAL, DateKind::Arrival),
            (DATES_DEPARTURE, DateKind::Departure),
            (DATES_OTHER, DateKind::Other),
            (DATES_ACTIVITY, DateKind::Activity),
        ] {
            for w in words {
                if let Some(p) = text.find_lower(m.end, line_end, w) {
                    if first.is_none_or(|(fp, _)| p < fp) {
                        first = Some((p, kind));
                    }
                }
            }
        }
        // (A free day is nothing, unless the line goes on to travel: "Sun 9 May – free day; check-out 12:00, car to
        // the airport" is the departure, read below.)
        // (In its own sentence: "Monday 10 January is kept free for you to rest. … the evening is free before your
        // flight home" does not travel on the 10th.)
        let sentence_end = (m.end..line_end).find(|&i| matches!(text.lower[i], '.' | '。') && text.lower.get(i + 1).is_none_or(|c| c.is_whitespace() || !c.is_ascii())).unwrap_or(line_end);
        let travels = DATES_ARRIVAL.iter().chain(DATES_DEPARTURE).chain(DATES_GETTING_ABOUT).any(|w| text.find_lower(m.end, sentence_end, w).is_some())
            || has_flight_number(&text.lower[m.end..sentence_end], &text.original[m.end..sentence_end]);
        // (Or a row that says only "Free".)
        let alone = text.lower_str(m.end, line_end).trim().trim_start_matches([':', '-', '–', '—', '|']).trim().trim_end_matches('.') == "free";
        let free = DATES_FREE_DAY.iter().filter_map(|w| text.find_lower(m.end, line_end, w)).min().or(alone.then_some(m.end));
        if free.is_some_and(|f| first.is_none_or(|(p, _)| f < p)) && !travels {
            return DateKind::Other;
        }
        if let Some((_, kind)) = first {
            return kind;
        }
    }
    // A sentence that opens with its date says what the day is after it: "On the afternoon of Wednesday, 14 April
    // 2027, we should also like to take you on a site visit ...".
    // (Only what is done, in English: who travels is not always the visitor, "On 8 July the squad leaves for Shenzhen".)
    let english = text.lower.get(m.end).is_some_and(|c| matches!(c, ',' | ' '));
    if english && text.lower_str(s, m.start).trim().chars().count() <= 25 {
        let sentence_end = (m.end..(m.end + 120).min(text.lines[line].1)).find(|&i| text.lower[i] == '.' && text.lower.get(i + 1).is_none_or(|c| c.is_whitespace())).unwrap_or((m.end + 120).min(text.lines[line].1));
        // (Words from their start: not the "show" of "showers"; and not when a word of travel comes first: "On 2 May,
        // our driver will be meeting you at the airport".)
        let mut first: Option<(usize, DateKind)> = None;
        let lists: [(&[&str], DateKind); 5] = [(DATES_ARRIVAL, DateKind::Unclassified), (DATES_DEPARTURE, DateKind::Unclassified), (DATES_GETTING_ABOUT, DateKind::Unclassified), (DATES_OTHER, DateKind::Other), (DATES_ACTIVITY, DateKind::Activity)];
        for (words, kind) in lists {
            for w in words.iter().filter(|w| w.is_ascii()) {
                let mut from = m.end;
                while let Some(p) = text.find_lower(from, sentence_end, w) {
                    from = p + 1;
                    if !text.lower[p - 1].is_ascii_alphabetic() {
                        if first.is_none_or(|(fp, _)| p < fp) {
                            first = Some((p, kind));
                        }
                        break;
                    }
                }
            }
        }
        if let Some((_, kind)) = first {
            return kind;
        }
    }
    // Chinese puts the verb after the date: "3月1日抵港".
    for (words, kind) in [(DATES_ARRIVAL, DateKind::Arrival), (DATES_DEPARTURE, DateKind::Departure)] {
        if words.iter().any(|w| text.find_lower(m.end, after_end, w).is_some()) {
            return kind;
        }
    }
    DateKind::Unclassified
}

/// "The concert is on 9 May, with a dress rehearsal the day before", "比賽於5月9日舉行，翌日舉行頒獎典禮": a day of the
/// activity given relative to the date before it widens the activity's days, unsure. Not an arrival ("please arrive
/// the day before").
fn relative_days(text: &Text, mentions: &[DateMention], out: &mut Extraction) {
    let (Some(from), Some(to)) = (out.activity_from.clone(), out.activity_to.clone()) else { return };
    for (words, after) in [(DATES_RELATIVE_BEFORE, false), (DATES_RELATIVE_AFTER, true)] {
        for w in words.iter() {
            for p in text.find_all(w) {
                // "首日為簡介會，次日為評審": the second of the days listed, not the day after them.
                if after && !w.is_ascii() && ["首日", "第一天", "第一日"].iter().any(|f| text.lower_str(p.saturating_sub(20), p).contains(f)) {
                    continue;
                }
                let end = p + w.chars().count();
                // The date it is relative to: the last one before it, within a sentence or two.
                let Some(m) = mentions.iter().rev().find(|m| m.end <= p && p - m.end < 200) else { continue };
                // "决赛于11月24日至25日举行，圆桌讨论安排在第二天下午": after days given as a span, 第二天 is the span's second
                // day, not the day after it.
                if w.starts_with("第二") && m.from != m.to {
                    continue;
                }
                // "a rehearsal on 9 June (the day before the first recital)": the phrase explains the date before it.
                if text.lower_str(m.end, p).trim_matches([' ', '(', ',', '（', '，', '-', '–']).is_empty() {
                    continue;
                }
                let span = text.lower_str(m.start, (end + 30).min(text.lower.len()));
                let activity = DATES_ACTIVITY.iter().any(|a| span.contains(a));
                let arrival = DATES_ARRIVAL.iter().chain(DATES_DEPARTURE).any(|a| text.lower_str(m.end, (end + 30).min(text.lower.len())).contains(a));
                if !activity || arrival {
                    continue;
                }
                let day = if after { m.to.succ_opt() } else { m.from.pred_opt() };
                let Some(day) = day else { continue };
                let value = day.to_string();
                let Some(found) = text.extracted(p, end, Some(value.clone()), GUESS).map(|x| x.doubt(Reason::Relative)) else { continue };
                if !after && value < from.value {
                    out.activity_from = Some(found);
                } else if after && value > to.value {
                    out.activity_to = Some(found);
                }
            }
        }
    }
}


/// An e-ticket's legs, by airport code: "LH 796  dep. FRA 13:40 Mon 27 Dec, arr. HKG 07:25+1" lands in Hong Kong on
/// the day after the date ("+1"), "LH 797  dep. HKG 23:55 Sun 2 Jan" leaves it that day. For an arrival or a departure
/// the letter's words gave none of; unsure.
fn flights_by_airport_code(text: &Text, mentions: &[DateMention], out: &mut Extraction) {
    for m in mentions {
        let (ls, le) = text.lines[text.line_of(m.start)];
        // (Near the date on its line: an e-ticket's row is short, and a line of thousands of characters is no row.)
        const ROW: usize = 80;
        let after = text.lower_str(m.end, le.min(m.end + ROW));
        let before = text.lower_str(ls.max(m.start.saturating_sub(ROW)), m.start);
        // "arr. HKG 07:25+1", "arr HKG 21:50": where the leg lands, and whether the next day.
        let landing = DATES_E_TICKET_ARRIVALS.iter().find_map(|w| after.find(w).map(|b| &after[b + w.len()..]));
        if let (None, Some(rest)) = (&out.arrival, landing) {
            let time: String = rest.trim_start().chars().take_while(|c| c.is_ascii_digit() || matches!(c, ':' | '+')).collect();
            let next_day = time.contains("+1");
            let day = if next_day { m.from.succ_opt() } else { Some(m.from) };
            out.arrival = day.and_then(|d| text.extracted(m.start, m.end, Some(d.to_string()), GUESS)).map(|x| x.doubt(if next_day { Reason::Relative } else { Reason::Prose }));
        }
        // "dep. HKG 23:55 Sun 2 Jan": leaving Hong Kong on the date after it.
        let leaving = DATES_E_TICKET_DEPARTURES.iter().any(|w| before.rfind(w).is_some_and(|b| !before[b..].contains("arr")));
        if out.departure.is_none() && leaving {
            out.departure = text.extracted(m.start, m.end, None, GUESS).map(|x| Extracted { value: m.from.to_string(), ..x }).map(|x| x.doubt(Reason::Prose));
        }
    }
}

/// Whether characters hold a flight's number: two capitals (or a capital and a digit), then two to four digits ("CX 251", "SQ891").
fn has_flight_number(lower: &[char], original: &[char]) -> bool {
    // (Capitals in the letter as written; full-width forms, "ＣＸ２５１", as read.)
    let chars: Vec<char> = original.iter().zip(lower).map(|(&o, &l)| if o.is_ascii() { o } else { l.to_ascii_uppercase() }).collect();
    let chars = &chars[..];
    (0..chars.len().saturating_sub(3)).any(|i| {
        let starts = i == 0 || !chars[i - 1].is_ascii_alphanumeric();
        // An airline's code is written in capitals: "CX 251", "3K 691"; "to 14" is no flight.
        let part = |c: char| c.is_ascii_uppercase() || c.is_ascii_digit();
        let code = part(chars[i]) && part(chars[i + 1]) && (chars[i].is_ascii_alphabetic() || chars[i + 1].is_ascii_alphabetic());
        let mut j = i + 2;
        if chars.get(j) == Some(&' ') {
            j += 1;
        }
        let digits = chars[j.min(chars.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
        starts && code && (2..=4).contains(&digits) && !chars.get(j + digits).is_some_and(|c| c.is_ascii_alphanumeric())
    })
}

/// Whether a clause speaks of an event as a whole ("The Festival itself runs ..."): one of its words, standing on its
/// own and not the name of a place ("the Exhibition Hall", "the Home Affairs Department").
fn names_an_event(clause: &str) -> bool {
    DATES_EVENT_RUN.iter().any(|w| {
        super::text::word_ends(clause, w).any(|end| {
            let next = clause[end..].trim_start();
            !DATES_EVENT_RUN_PLACES.iter().any(|p| next.starts_with(p))
        })
    })
}

/// Whether the letter speaks of its activity lasting several days: "three days", "a five-day course", "the week of",
/// "daily", "each day", "一連三天", "為期五天", "每日".
fn speaks_of_several_days(text: &Text) -> bool {
    const NUMBERS: &[&str] = &["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
    let english = NUMBERS.iter().any(|n| [" days", "-day", " nights", " consecutive days", " working days"].iter().any(|d| super::text::word_ends(&text.lower_string, &format!("{n}{d}")).next().is_some()));
    let chinese = ["兩", "两", "二", "三", "四", "五", "六", "七", "八", "九", "十"].iter().any(|n| ["天", "日"].iter().any(|d| {
        let w = format!("{n}{d}");
        // (Not a date's day: "十月三日", "二十日".)
        let found = text.find_all(&w).any(|p| p == 0 || !matches!(text.lower[p - 1], '月' | '十' | '二' | '三'));
        found
    }));
    english || chinese || DATES_SEVERAL_DAYS.iter().any(|w| text.lower_string.contains(w))
}

/// Whether two dates are in one sentence: nothing ends a sentence between them (a full stop, a semicolon, a line's end).
fn same_sentence(text: &Text, a: &DateMention, b: &DateMention) -> bool {
    let (from, to) = if a.start < b.start { (a.end, b.start) } else { (b.end, a.start) };
    !(from..to).any(|i| "。;；!?\n".contains(text.lower[i]) || (text.lower[i] == '.' && text.lower.get(i + 1).is_none_or(|c| c.is_whitespace())))
}

/// Whether the sentence of a date speaks to the invitee: "you", "your", "閣下", "您".
fn addresses_the_invitee(text: &Text, m: &DateMention) -> bool {
    let is_end = |i: usize| "。;!?\n".contains(text.lower[i]) || (text.lower[i] == '.' && text.lower.get(i + 1).is_none_or(|c| c.is_whitespace()));
    let s = (m.start.saturating_sub(200)..m.start).rev().find(|&i| is_end(i)).map_or(m.start.saturating_sub(200), |i| i + 1);
    // A mention may end with its sentence's full stop ("on the evening of 12 March."): the sentence ends there.
    let from = if m.end > m.start && text.lower[m.end - 1] == '.' { m.end - 1 } else { m.end };
    let e = (from..(m.end + 100).min(text.lower.len())).find(|&i| is_end(i)).unwrap_or((m.end + 100).min(text.lower.len()));
    let sentence = text.lower_str(s, e);
    let words: Vec<&str> = sentence.split(|c: char| !c.is_alphanumeric()).collect();
    words.contains(&"you") || words.contains(&"your") || super::text::CJK_YOU.iter().any(|w| sentence.contains(w))
}

/// Whether the letter excuses the visitor, anywhere, from the event named beside this date: "This year's course ...
/// ends with a closing ceremony on Friday 18 June 2027" and, further on, "You are not required to attend the closing
/// ceremony"; "展覽開幕禮將於4月14日晚上舉行。閣下無須出席開幕禮". The event is the words after the excuse (up to
/// four words, or eight Chinese characters), found within a few words of the date in its sentence. Not when others
/// are excused ("Students need not attend the masterclass").
fn excused_from(text: &Text, m: &DateMention, sentence_start: usize, sentence_end: usize) -> bool {
    let events = text.excused.get_or_init(|| excused_events(text));
    if events.is_empty() {
        return false;
    }
    let near = text.lower_str(m.start.saturating_sub(40).max(sentence_start), (m.end + 30).min(sentence_end));
    events.iter().any(|event| {
        // (The English words whole: "it" is in "visit".)
        let whole = |at: usize| {
            let before = near[..at].chars().next_back();
            let after = near[at + event.len()..].chars().next();
            !event.is_ascii() || !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        };
        near.match_indices(event.as_str()).any(|(at, _)| whole(at))
    })
}

/// The events the letter excuses the visitor from, each as the words after the excuse: "closing ceremony", "開幕禮".
fn excused_events(text: &Text) -> Vec<String> {
    let mut events = Vec::new();
    for cue in DATES_EXCUSED {
        for p in text.find_all(cue) {
            // (Not others excused: "Students need not attend the masterclass", "學生無須出席".)
            let subject = text.lower_str(p.saturating_sub(24), p);
            if DATES_EXCUSED_OTHERS.iter().any(|w| subject.contains(w)) {
                continue;
            }
            let after = text.lower_str(p + cue.chars().count(), (p + cue.chars().count() + 40).min(text.lower.len()));
            let event: String = if cue.is_ascii() {
                let words: Vec<&str> = after.split(['.', ',', ';', ':', '(', '\n']).next().unwrap_or("").split(' ').filter(|w| !w.is_empty()).collect();
                let words: Vec<&str> = words.into_iter().skip_while(|w| ["the", "our", "any"].contains(w)).take_while(|w| !["or", "and", "on", "at", "in", "but", "as", "if"].contains(w)).take(4).collect();
                words.join(" ")
            } else {
                after.chars().take_while(|c| super::text::is_cjk(*c) && !"，。、；惟但及和或".contains(*c)).take(8).collect()
            };
            // (Not a pronoun: "attend it".)
            let pronoun = ["it", "them", "this", "that", "these", "those"].contains(&event.as_str());
            if event.chars().count() >= 2 && !pronoun && !events.contains(&event) {
                events.push(event);
            }
        }
    }
    events
}

/// Whether the date is someone else's: its sentence names another person before it ("Another artist will lead a
/// workshop from 15 to 19 March", "另一位艺术家将于3月15日至19日…") and says nothing to the visitor before it.
fn someone_elses(text: &Text, m: &DateMention) -> bool {
    let is_end = |i: usize| "。;!?\n".contains(text.lower[i]) || (text.lower[i] == '.' && text.lower.get(i + 1).is_none_or(|c| c.is_whitespace()));
    let s = (m.start.saturating_sub(150)..m.start).rev().find(|&i| is_end(i)).map_or(m.start.saturating_sub(150), |i| i + 1);
    let before = text.lower_str(s, m.start);
    let words: Vec<&str> = before.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let to_the_visitor = words.iter().any(|w| ["you", "your"].contains(w)) || super::text::CJK_YOU.iter().any(|w| before.contains(w));
    if to_the_visitor {
        return false;
    }
    let person = |rest: &str| DATES_SOMEONE_ELSE_PEOPLE.iter().any(|p| rest.starts_with(p));
    let english = words.windows(2).any(|w| DATES_SOMEONE_ELSE_LEADS.contains(&w[0]) && person(w[1]));
    let chinese = DATES_SOMEONE_ELSE.iter().any(|w| before.contains(w))
        || DATES_SOMEONE_ELSE_LEADS.iter().filter(|l| !l.is_ascii()).any(|l| before.match_indices(l).any(|(b, _)| person(&before[b + l.len()..])));
    english || chinese
}

/// A visit arranged for the invitee on that day: "於10月21日安排閣下參觀…", "a site visit on 3 May".
fn arranged_visit(text: &Text, m: &DateMention) -> bool {
    let around = text.lower_str(m.start.saturating_sub(30), (m.end + 20).min(text.lower.len()));
    DATES_ARRANGED_VISITS.iter().any(|w| around.contains(w))
}

/// "8, 9 and 11 June 2027", "6月5日、6日及7日": days listed one by one, not a span ("4 May to 8 May", "Monday, 4 May –
/// Friday, 8 May").
fn is_list(text: &Text, m: &DateMention) -> bool {
    let written = text.lower_str(m.start, m.end);
    let joined = [" and ", "&", "、", "及", "和"].iter().any(|w| written.contains(w));
    let span = [" to ", "-", "–", "—", "至", "until", "through", "till"].iter().any(|w| written.contains(w));
    m.from != m.to && (joined || written.contains(',')) && !span
}

/// A date that heads a schedule line: "Rehearsal: 3 May 2026", "賽前記者會：2027年2月5日", "- 3 May: workshop".
fn schedule_line(text: &Text, m: &DateMention) -> bool {
    let (ls, _) = text.lines[text.line_of(m.start)];
    let before = text.lower_str(ls, m.start);
    let before = before.trim().trim_start_matches(|c: char| is_bullet(c) || c == '|' || c == ' ');
    // "3. 27 November: ...", "(3) ...": a numbered itinerary.
    let before = before.trim_start_matches('(').trim_start_matches(|c: char| c.is_ascii_digit());
    let before = before.trim_start_matches(['.', ')', '、']).trim();
    before.is_empty() || (before.chars().count() <= 20 && before.ends_with(':'))
}

/// The letter's own reference line, dated: "Our ref.: HKO/IO/WS/26-14 dated 21 July 2026", or the date set apart at
/// the end of it, "Our Ref.: IPD/PR/6/27 (Training)      9 November 2026" (whatever the reference's words say).
fn dates_its_reference(text: &Text, m: &DateMention) -> bool {
    let line = text.line_of(m.start);
    let before = text.lower_str(text.lines[line].0, m.start);
    if !LETTER_OWN_REFERENCES.iter().any(|r| before.trim_start().starts_with(r)) {
        return false;
    }
    let set_apart = (before.ends_with("   ") || before.ends_with('\t')) && text.lower_str(m.end, text.lines[line].1).trim().is_empty();
    before.trim_end().ends_with("dated") || set_apart
}

/// A date alone on its line (perhaps with a place or "Date:") near the top or the bottom: the letter's own date.
pub(super) fn is_letter_date_line(text: &Text, mentions: &[DateMention], m: &DateMention) -> bool {
    let line = text.line_of(m.start);
    // Above the letter (a covering note, the message that forwards it) is another's date.
    if line < text.letter_start {
        return false;
    }
    if dates_its_reference(text, m) {
        return true;
    }
    // A letter's date line is short: a long line is prose, whatever dates it holds.
    if text.lines[line].1 - text.lines[line].0 > 160 {
        return false;
    }
    // A span of days is an event's ("19 February – 21 March 2027" under a festival's letterhead), never a letter's date.
    if m.from != m.to {
        return false;
    }
    // A table's row ("2026年11月3日至7日｜大師班｜音樂廳") is a schedule, whatever its date's cell holds; so is a list's
    // item ("  - Fri 11 June 2027         Qualifying rounds").
    if super::layout::is_table_row(text, line) {
        return false;
    }
    let item: Vec<char> = text.original[text.lines[line].0..text.lines[line].1].iter().copied().skip_while(|c| c.is_whitespace()).collect();
    if super::wrapping::starts_an_item(&item) {
        return false;
    }
    // Within its cell: "Our ref: AP/2026/07          21 July 2026".
    let cells = super::layout::cells(text, line);
    let (s, e) = cells.iter().copied().find(|&(cs, ce)| cs <= m.start && m.end <= ce).unwrap_or(text.lines[line]);
    // Not beside a name on a form's own line: "Prepared by: Ivy LAU      Date: 18 June 2027".
    if cells.first().is_some_and(|&(fs, fe)| fe <= s && super::layout::by_someone(text.lower_str(fs, fe))) {
        return false;
    }
    // Nor heading an itinerary's row: "  Tue 6 June   09:00–17:30   Document review and interviews" (not a reference
    // beside the letter's date: "12 January 2027          Our ref.: LCSD/CP/27").
    let a_reference = |(cs, ce): (usize, usize)| {
        let cell = text.lower_str(cs, ce);
        LETTER_OWN_REFERENCES.iter().chain(LETTER_REFERENCE_CELLS).any(|r| cell.starts_with(r))
    };
    let words_beside = cells.iter().skip(1).any(|&c| text.lower[c.0..c.1].iter().any(|&ch| ch.is_alphabetic()) && !a_reference(c));
    if cells.first().is_some_and(|&(fs, _)| fs == s) && words_beside {
        return false;
    }
    // (The same date again in the other language, "6 December 2027 / 二〇二七年十二月六日", is no other words.)
    let again = |a: usize, b: usize| {
        let mut part = text.lower_str(a, b).to_string();
        for o in mentions.iter().filter(|o| o.from == m.from && o.to == m.to && o.start >= a && o.end <= b) {
            part = part.replace(text.lower_str(o.start, o.end), "");
        }
        part.replace('/', "")
    };
    // (Its weekday in brackets after it, ending the line, is part of it: "2028年2月7日（星期一）", "7 February 2028
    // (Monday)"; a date with its year written, not a chat's day: "2027年6月1日（星期二）" heads a day's messages.)
    let after = m.end + text.lower_str(m.end, e).strip_prefix(|c: char| c == ' ').map_or(0, |_| 1);
    let close = (text.lower.get(after) == Some(&'(')).then(|| (after + 1..e.min(after + 12)).find(|&k| text.lower[k] == ')')).flatten();
    let weekday = close.is_some_and(|close| {
        let inside = text.lower_str(after + 1, close);
        let named = super::dates::names_a_weekday(inside);
        named && text.lower_str(close + 1, text.lines[line].1).trim().is_empty() && !m.year_inferred && super::chat::Chat::of(text).is_none()
    });
    let after = match close {
        Some(close) if weekday => close + 1,
        _ => m.end,
    };
    let rest: String = again(s, m.start) + &again(after, e);
    let rest = DATES_LETTER_DATE_WORDS.iter().fold(rest, |rest, w| rest.replace(w, ""));
    // "Kowloon Tong, 3 March 2027", "Sha Tin, 5 May 2026": a place and a comma before the date, nothing after it.
    let place = || {
        let written = text.slice(s, m.start);
        let written = written.trim();
        let words: Vec<&str> = written.trim_end_matches(',').split_whitespace().collect();
        // (Within the letter: "Berlin, 20.01.2026" heads a covering note above it.)
        line >= text.letter_start
            && written.ends_with(',')
            && (1..=3).contains(&words.len())
            && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-'))
            && !text.lower_str(m.end, e).chars().any(is_letter)
    };
    if rest.chars().any(is_letter) && !place() {
        return false;
    }
    let content = &text.content_lines;
    // (Counted from the top of the letter, below any covering note.)
    let top = content.partition_point(|&l| l < text.letter_start);
    // (And its bottom above any reply slip or annex.)
    let bottom = content.partition_point(|&l| l < text.letter_end);
    match content.binary_search(&line) {
        Ok(pos) => pos.saturating_sub(top) < 12 || pos + 8 >= bottom && pos < bottom,
        Err(_) => false,
    }
}
/// Sorts the letter's dates into its date fields: labelled dates first, then each date by the words around it;
/// the activity's first and last days are the earliest and the latest of its dates.
/// Days listed together are of one kind: in "於6月5日（星期五）、6日（星期六）及7日（星期日）主持版畫示範及工作坊" the words
/// after the list say what all three days are, though they sit beside the last one only. An unclassified day takes the
/// kind of the activity day it is listed with.
fn listed_alike(text: &Text, mentions: &[DateMention], mut kinds: Vec<DateKind>) -> Vec<DateKind> {
    let listed = |a: &DateMention, b: &DateMention| {
        if b.start < a.end {
            return false;
        }
        let between = text.lower_str(a.end, b.start);
        // Weekdays in brackets between the days ("（星期五）、", "(Fri), ") do not break the list.
        let mut rest = String::new();
        let mut depth = 0;
        for c in between.chars() {
            match c {
                '(' | '（' => depth += 1,
                ')' | '）' => depth -= 1,
                _ if depth == 0 => rest.push(c),
                _ => {}
            }
        }
        let rest = rest.replace("and", "");
        !rest.trim().is_empty() && rest.chars().all(|c| c.is_whitespace() || "、,，及和與与&".contains(c))
    };
    // Forwards, then backwards, so that a kind crosses a list of any length.
    for i in 1..mentions.len() {
        if kinds[i - 1] == DateKind::Activity && kinds[i] == DateKind::Unclassified && listed(&mentions[i - 1], &mentions[i]) {
            kinds[i] = DateKind::Activity;
        }
    }
    for i in (1..mentions.len()).rev() {
        if kinds[i] == DateKind::Activity && kinds[i - 1] == DateKind::Unclassified && listed(&mentions[i - 1], &mentions[i]) {
            kinds[i - 1] = DateKind::Activity;
        }
    }
    kinds
}

/// Sorts the letter's dates into its fields, twice: the first reading finds the letter's own date, and the second
/// reads the rest as a letter invites, to what is to come (see [`to_come`]).
pub(super) fn classify(text: &Text, labelled: &[Labelled], mentions: &[DateMention], out: &mut Extraction) {
    let mut first = out.clone();
    classify_once(text, labelled, mentions, &mut first);
    // (Its year written: a letter's date read day first, or from its e-mail's header, still dates it.)
    let written_day = first.letter_date.as_ref().filter(|x| x.reason != Some(Reason::YearInferred.text())).and_then(|x| crate::catalogue::parse_iso_date(&x.value));
    // (Read again only when that changes a date: most letters name nothing before their own date.)
    match written_day.map(|day| to_come(mentions, day)).filter(|come| come != mentions) {
        Some(come) => classify_once(text, labelled, &come, out),
        None => *out = first,
    }
}

/// An invitation is to what is to come: a date over before the letter was written (a date of birth, last year's
/// festival, a past visit) is none of the trip's, and a date without a year that would fall before the letter's
/// falls in the year after ("dated 20 November 2026 ... arriving on 3 January" is 2027).
pub(super) fn to_come(mentions: &[DateMention], letter: chrono::NaiveDate) -> Vec<DateMention> {
    use chrono::Datelike;
    mentions
        .iter()
        .filter_map(|m| {
            let mut m = m.clone();
            if m.year_inferred && m.to < letter {
                m.from = m.from.with_year(m.from.year() + 1)?;
                m.to = m.to.with_year(m.to.year() + 1)?;
            }
            (m.to >= letter).then_some(m)
        })
        .collect()
}

fn classify_once(text: &Text, labelled: &[Labelled], mentions: &[DateMention], out: &mut Extraction) {
    let mut claimed = vec![false; mentions.len()];
    let index = |m: &DateMention| mentions.partition_point(|x| x.start < m.start);
    // Labelled dates first.
    // "Broadcast dates: Sundays 2, 9, 16 and 23 April 2028 (not attended)": days a labelled line says the visitor is
    // not at are none of the visitor's, and count as no line of the visitor's days.
    // (So are days a label calls free: "Rest days     Saturday 20 and Sunday 21 May 2028".)
    let not_attended = |x: &Labelled| {
        let line = text.lines[text.line_of(x.start)];
        let label = text.lower_str(line.0, x.start);
        DATES_NOT_ATTENDED.iter().any(|w| text.find_lower(line.0, line.1, w).is_some()) || DATES_FREE_DAY.iter().any(|w| label.contains(w))
    };
    let dates_labelled = labelled.iter().any(|x| x.label == Label::ActivityDates && !not_attended(x) && !within(mentions, x.start, x.end).is_empty());
    // "Festival dates: 5–14 Nov" beside "Your jury days: 8–12 Nov": the event's run is not the visitor's days when
    // another labelled line gives those.
    let label_of = |x: &Labelled| text.lower_str(text.lines[text.line_of(x.start)].0, x.start);
    // (A "Date" label over a span of days is the activity's too.)
    let days_label = |x: &Labelled| {
        let found = within(mentions, x.start, x.end);
        let span = found.iter().any(|m| m.from != m.to || m.from != found[0].from);
        !found.is_empty() && (x.label == Label::ActivityDates || x.label == Label::LetterDate && span)
    };
    let event_run = |x: &Labelled| days_label(x) && DATES_EVENT_RUN.iter().any(|w| label_of(x).contains(w));
    let visitors_days = labelled.iter().any(|x| days_label(x) && !event_run(x) && !not_attended(x));
    // "一、講座（一）" / "　　日期：2028年4月22日" … "二、講座（二）" / "　　日期：2028年4月23日": a bare "Date" label
    // indented under each of a programme's items gives that item's day, not the letter's own date, when they give
    // different days.
    // (Only the bare label, indented, beside another label of its item on the line above or below: "　　地點：…". Not
    // a letter's own date set to the right, "                    Date: 3 March 2028".)
    let indented = |x: &Labelled| {
        let l = text.line_of(x.start);
        let (ls, _) = text.lines[l];
        let label = text.lower_str(ls, x.start).trim().trim_end_matches([':', '：']).trim_end();
        let beside = labelled.iter().any(|o| o.label != Label::LetterDate && text.line_of(o.start).abs_diff(l) == 1);
        matches!(text.original.get(ls), Some(' ' | '\u{3000}' | '\t')) && ["date", "日期"].contains(&label) && beside
    };
    let item_days: Vec<chrono::NaiveDate> = labelled.iter().filter(|x| x.label == Label::LetterDate && indented(x)).filter_map(|x| within(mentions, x.start, x.end).first().map(|m| m.from)).collect();
    let items_dated = item_days.iter().any(|d| *d != item_days[0]);
    // The lines whose labels gave the activity's days.
    let mut activity_lines: Vec<usize> = Vec::new();
    for x in labelled {
        let mut found = within(mentions, x.start, x.end);
        if (visitors_days && event_run(x)) || (not_attended(x) && days_label(x)) {
            for m in &found {
                claimed[index(m)] = true;
            }
            continue;
        }
        // "Programme ...... World Cultures Festival 2027 (festival period: 8 October to 7 November 2027)": the event's
        // own run, named in the activity's line, is not the visitor's days.
        if x.label == Label::Activity {
            // (Read as no other date either: "8 October to 7 November 2027)" alone on its line is no letter's date.)
            for m in &found {
                claimed[index(m)] = true;
            }
            // A line of its own for the activity's days says them: the dates in the activity's line ("Event ......
            // Harbour Arts Festival, 12–20 May 2027") are then the event's.
            if dates_labelled {
                continue;
            }
            found.retain(|m| {
                // (Over the run-on line's indent: "(festival period:\n                8 October ...".)
                let before = text.lower_str(x.start.max(m.start.saturating_sub(80)), m.start).split_whitespace().collect::<Vec<_>>().join(" ");
                let before = &before[before.char_indices().rev().nth(23).map_or(0, |(b, _)| b)..];
                !(before.contains("period") || before.contains("期間") || before.contains("期间")) || !DATES_EVENT_RUN.iter().any(|w| before.contains(w))
            });
        }
        if found.is_empty() {
            continue;
        }
        let confidence = x.confidence();
        // "日期：2027年10月12日至14日（每日上午9時至下午5時）": a span of days is never the letter's own date.
        // Nor is a list of days ("日期：2027年12月6日、7日、9日及10日").
        // And the days written in the activity's own line ("Activities: 2 Feb 2027 (orientation); 3-6 Feb 2027") are its.
        // (A bilingual letter may write its own date twice: "Date: 10 August 2026 / 2026年8月10日".)
        let several_days = found.iter().any(|m| m.from != found[0].from || m.from != m.to);
        // "来港及离港：请于12月19日抵港，12月31日离港", "抵港／离港", "Arrival / departure": a label of both, over two
        // dates, is the stay's: the first is the arrival, the last the departure.
        let label_words = text.lower_str(text.lines[text.line_of(x.start)].0, x.start);
        let names = |words: &[&str]| words.iter().any(|w| label_words.contains(w));
        let both = names(DATES_ARRIVAL) || names(DATES_COMING);
        let both = both && names(DATES_DEPARTURE) && several_days;
        let label = if x.label == Label::LetterDate && (several_days || items_dated && indented(x)) || x.label == Label::Activity {
            Label::ActivityDates
        } else if matches!(x.label, Label::Arrival | Label::Departure) && both {
            Label::Stay
        } else {
            x.label
        };
        match label {
            // Several labelled lines ("排練日期：…", "演出日期：…"; "Rehearsals: …", "Performances: …"): the activity runs
            // from the earliest of them to the latest.
            Label::ActivityDates => {
                activity_lines.push(text.line_of(x.start));
                let first = found.iter().min_by_key(|m| m.from).copied();
                let last = found.iter().max_by_key(|m| m.to).copied();
                let from = first.and_then(|m| date_field(text, m, false, confidence).map(|v| x.value(v)));
                let to = last.and_then(|m| date_field(text, m, true, confidence).map(|v| x.value(v)));
                if out.activity_from.as_ref().is_none_or(|f| from.as_ref().is_some_and(|n| n.value < f.value)) {
                    out.activity_from = from.or(out.activity_from.take());
                }
                if out.activity_to.as_ref().is_none_or(|t| to.as_ref().is_some_and(|n| n.value > t.value)) {
                    out.activity_to = to.or(out.activity_to.take());
                }
            }
            Label::Arrival if out.arrival.is_none() => out.arrival = date_field(text, found[0], false, confidence).map(|v| x.value(v)),
            Label::Departure if out.departure.is_none() => out.departure = date_field(text, found[0], true, confidence).map(|v| x.value(v)),
            Label::Stay => {
                let first = found.iter().min_by_key(|m| m.from).copied();
                let last = found.iter().max_by_key(|m| m.to).copied();
                if out.arrival.is_none() {
                    out.arrival = first.and_then(|m| date_field(text, m, false, confidence).map(|v| x.value(v)));
                }
                if out.departure.is_none() {
                    out.departure = last.and_then(|m| date_field(text, m, true, confidence).map(|v| x.value(v)));
                }
            }
            Label::LetterDate if out.letter_date.is_none() => {
                out.letter_date = date_field(text, found[0], false, confidence).map(|v| x.value(v))
            }
            _ => {}
        }
        for m in found {
            claimed[index(m)] = true;
        }
    }
    // Each reading of the activity's first and last days, in the order they were made, for `within_the_stay`.
    let mut readings = vec![(out.activity_from.clone(), out.activity_to.clone())];
    // Then by the words around them.
    let mut activity: Vec<&DateMention> = Vec::new();
    let mut unclassified: Vec<&DateMention> = Vec::new();
    // Each arrival or departure with whether its last day is meant (a stay's departure is its range's end).
    let mut arrivals: Vec<(&DateMention, bool)> = Vec::new();
    let mut departures: Vec<(&DateMention, bool)> = Vec::new();
    let mut letter_dates: Vec<&DateMention> = Vec::new();
    let mut stay_days: Vec<&DateMention> = Vec::new();
    let mut hotel_nights: Vec<usize> = Vec::new();
    let mut kinds = listed_alike(text, mentions, mentions.iter().map(|m| kind_from_context(text, m)).collect());
    // "去程：… 羅馬 2月17日晚上10:50起飛，2月18日下午5:05抵港": of two arrival's days on a flight's line, the one the
    // flight takes off on, elsewhere, is not the arrival.
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let line = text.line_of(m.start);
        // (The next date in the letter, when it is on the same line: the mentions are in the letter's order.)
        let j = i + 1;
        let Some(n) = mentions.get(j).filter(|n| text.line_of(n.start) == line) else { continue };
        // (The take-off right after the day and its time, "2月17日（星期六）晚上10:50起飛"; not a leaving said of the next
        // day, "Arrives Thu 18 Nov 06:40 on EK 380 (leaves São Paulo on the 16th)".)
        let takes_off = DATES_FLIGHT_LEAVES.iter().any(|w| text.find_lower(m.end, n.start.min(m.end + 16), w).is_some());
        if kinds[i] == DateKind::Arrival && kinds[j] == DateKind::Arrival && takes_off {
            kinds[i] = DateKind::Other;
        }
    }
    // A form's other lines of the visitor's days, by one whose words say they are the activity's ("Instruction
    // (classroom) ...... 22/05/2028 – 25/05/2028" over "Live-fire exercise ........... 27/05/2028"; "（一）研讨会：4月10日
    // 至12日" over "（二）实地考察：4月13日"): a date no word names on such a line is the activity's too.
    let form_line = |m: &DateMention| {
        let (ls, _) = text.lines[text.line_of(m.start)];
        let before = text.lower_str(ls, m.start);
        before.contains([':', '：']) || before.contains("...") || before.contains('…')
    };
    // (Not a line of the visitor's lodging: "Accommodation ...... 21/05/2028 – 28/05/2028".)
    let lodging = |m: &DateMention| {
        let (ls, _) = text.lines[text.line_of(m.start)];
        DATES_LODGING.iter().any(|w| text.find_lower(ls, m.start, w).is_some())
    };
    let activity_lines: Vec<usize> = mentions.iter().zip(&kinds).filter(|(m, k)| **k == DateKind::Activity && form_line(m)).map(|(m, _)| text.line_of(m.start)).chain(activity_lines).collect();
    let mut kinds = kinds;
    // (A chat's lines have a sender and a colon; they are no form's.)
    let chat = super::chat::Chat::of(text).is_some();
    for (i, m) in mentions.iter().enumerate().filter(|_| !chat) {
        if claimed[i] || kinds[i] != DateKind::Unclassified || !form_line(m) || lodging(m) || is_letter_date_line(text, mentions, m) {
            continue;
        }
        // (Within a week of the activity's days on those lines: not "Fee: …, payable on 30 June 2027".)
        let l = text.line_of(m.start);
        let days_near = |k: usize| mentions.iter().any(|a| text.line_of(a.start) == k && (m.from - a.to).num_days() <= 7 && (a.from - m.to).num_days() <= 7);
        // (Blank lines may part a Chinese letter's numbered items: "一、课程日期：…" / "" / "三、公开演讲：…".)
        let items_between = |k: usize| (k.min(l)..=k.max(l)).filter(|&b| !text.is_blank(b)).count();
        // (Each a numbered item: "一、", "（二）", "3.".)
        let numbered = |k: usize| {
            let (ls, le) = text.lines[k];
            let line = text.lower_str(ls, le).trim_start();
            let mark = line.trim_start_matches(['(', '（']).chars().take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c)).count();
            mark > 0 && line.trim_start_matches(['(', '（']).chars().nth(mark).is_some_and(|c| "、.)）".contains(c))
        };
        if activity_lines.iter().any(|&k| k != l && k.abs_diff(l) <= 8 && items_between(k) <= 5 && ((k.min(l)..=k.max(l)).all(|b| !text.is_blank(b)) || numbered(k) && numbered(l)) && days_near(k)) {
            kinds[i] = DateKind::Activity;
        }
    }
    for (i, m) in mentions.iter().enumerate() {
        if claimed[i] || text.header_line[text.line_of(m.start)] {
            continue;
        }
        match kinds[i] {
            DateKind::Arrival => arrivals.push((m, false)),
            DateKind::Departure => departures.push((m, true)),
            // "your stay in Hong Kong from 3 to 9 May": arrival to departure.
            DateKind::Stay if m.from != m.to => {
                arrivals.push((m, false));
                departures.push((m, true));
            }
            // "(Seoul-Hong Kong, 6 September / 13 September 2026)": a stay's two days written apart.
            DateKind::Stay => stay_days.push(m),
            DateKind::HotelNights if m.from != m.to => {
                arrivals.push((m, false));
                departures.push((m, true));
                hotel_nights.push(m.start);
            }
            DateKind::HotelNights => {}
            DateKind::Other => {}
            DateKind::Activity => activity.push(m),
            DateKind::Unclassified if is_letter_date_line(text, mentions, m) => letter_dates.push(m),
            DateKind::Unclassified => unclassified.push(m),
        }
    }
    if let [first, last] = stay_days[..] {
        if arrivals.is_empty() && departures.is_empty() && first.from < last.from {
            arrivals.push((first, false));
            departures.push((last, true));
        }
    }
    // Arrival and departure: the first cued date, unsure when another cued date says otherwise; or the last one said
    // as a change of plan ("I'll fly in on the 12th instead", "咁我改19號走"): the latest word stands.
    let changed = |m: &DateMention| {
        let (ls, le) = text.lines[text.line_of(m.start)];
        // (Asked or offered, not settled: "能不能改成6月22日离港？", "should you prefer to arrive on 2 May instead"; nor
        // the day it replaces, "on the 12th instead of the 10th".)
        let rest = text.lower_str(m.start, le);
        let sentence = rest.split(['.', '。']).next().unwrap_or("");
        let line = text.lower_str(ls, le);
        let asked = sentence.contains('?') || DATES_OFFERS.iter().any(|w| line.contains(w));
        let replaced = ["instead of ", "rather than "].iter().any(|w| text.lower_str(m.start.saturating_sub(12), m.start).ends_with(w));
        !asked && !replaced && DATES_CHANGES_OF_PLAN.iter().any(|w| text.find_lower(ls, le, w).is_some())
    };
    for (slot, pool, leaving) in [(&mut out.arrival, &arrivals, false), (&mut out.departure, &departures, true)] {
        if slot.is_some() {
            continue;
        }
        let Some(&(first, last)) = pool.iter().rev().find(|(m, _)| changed(m)).or(pool.first()) else { continue };
        let day = |&(m, last): &(&DateMention, bool)| if last { m.to } else { m.from };
        // (A hotel's check-out the evening before a flight that leaves after midnight: "Sun 1 Oct – check out 22:00" /
        // "Mon 2 Oct – dep. Hong Kong 00:05". The flight's day is the departure.)
        let checked_out = |m: &DateMention| {
            let (ls, le) = text.lines[text.line_of(m.start)];
            DATES_CHECK_OUT.iter().any(|w| text.find_lower(ls, le, w).is_some())
        };
        // (The flight's time before six in the morning, on its line.)
        let after_midnight = |m: &DateMention| {
            let (ls, le) = text.lines[text.line_of(m.start)];
            let line = &text.lower[ls..le];
            (0..line.len().saturating_sub(4)).any(|i| line[i] == '0' && ('0'..='5').contains(&line[i + 1]) && line[i + 2] == ':' && line[i + 3].is_ascii_digit() && (i == 0 || !line[i - 1].is_ascii_digit()))
        };
        let flight_after = pool.iter().find(|c| leaving && checked_out(first) && !checked_out(c.0) && after_midnight(c.0) && day(c).pred_opt() == Some(day(&(first, last))));
        let (first, last) = flight_after.copied().unwrap_or((first, last));
        let competing = pool.iter().any(|c| day(c) != day(&(first, last)));
        let hotel = hotel_nights.contains(&first.start);
        let found = date_field(text, first, last, CLEAR_CUE);
        // "for the nights of 9 to 12 May": the last night's morning after is the day of leaving.
        let nights_of = hotel && last && ["nights of ", "night of "].iter().any(|w| text.lower_str(first.start.saturating_sub(16), first.start).ends_with(w));
        let found = match (found, first.to.succ_opt()) {
            (Some(x), Some(after)) if nights_of => Some(Extracted { value: after.to_string(), ..x }),
            (found, _) => found,
        };
        *slot = found.map(|x| if competing { x.doubt(Reason::Competing) } else if hotel { x.doubt(Reason::HotelNights) } else { x });
    }
    if out.letter_date.is_none() {
        if let Some(&m) = letter_dates.first() {
            let competing = letter_dates.iter().any(|o| o.from != m.from);
            out.letter_date = date_field(text, m, false, CLEAR_CUE).map(|x| if competing { x.doubt(Reason::Competing) } else { x });
        }
    } else {
        unclassified.extend(letter_dates);
    }
    // An itinerary's line between the arrival and the departure whose words say nothing of its kind ("3. 27 November:
    // visit to a local school") is a day of the programme, when other lines are said to be.
    if !activity.is_empty() {
        let day = Extracted::day;
        if let (Some(arrival), Some(departure)) = (day(&out.arrival), day(&out.departure)) {
            let (inside, rest): (Vec<&DateMention>, Vec<&DateMention>) =
                unclassified.into_iter().partition(|m| schedule_line(text, m) && arrival < m.from && m.to < departure);
            activity.extend(inside);
            unclassified = rest;
        }
    }
    // "The short course will run on Monday 17 and Tuesday 18 May 2027, and the clinic on Thursday 20 May 2027": a date
    // in the sentence of an activity's date, which no word claims for anything else, is another day of it.
    if !activity.is_empty() {
        let (same, rest): (Vec<&DateMention>, Vec<&DateMention>) = unclassified.into_iter().partition(|u| activity.iter().any(|a| same_sentence(text, a, u)));
        activity.extend(same);
        unclassified = rest;
    }
    // A schedule line under labelled activity dates ("賽前記者會：2027年2月5日", "Rehearsal: 3 May 2026") widens them.
    // So does a day the prose gives to the activity ("排練將於2027年5月17日起在本院進行", "本處另於10月15日上午安排結業考核"),
    // but as a reading, unsure.
    if let (Some(from), Some(to)) = (&mut out.activity_from, &mut out.activity_to) {
        for m in &activity {
            let schedule = schedule_line(text, m);
            let widened = |x: Option<Extracted>| x.map(|x| if schedule { x } else { x.doubt(Reason::Competing) });
            if m.from.to_string() < from.value {
                *from = widened(date_field(text, m, false, from.confidence)).unwrap_or(from.clone());
            }
            if m.to.to_string() > to.value {
                *to = widened(date_field(text, m, true, to.confidence)).unwrap_or(to.clone());
            }
        }
    }
    readings.push((out.activity_from.clone(), out.activity_to.clone()));
    if out.activity_from.is_none() {
        // Dates said to be the activity's; else the letter's remaining dates, unsure.
        let unmarked = activity.is_empty();
        let mut pool = if unmarked { unclassified } else { activity };
        // "The festival runs 1-30 May; your recitals are on 5 and 6 May": a range around the invitee's own dates that
        // does not speak to the invitee is the event's, not the activity's.
        // (A visit arranged for the invitee inside the event, "研討會期間…於10月21日安排閣下參觀…", is not what the event's
        // days are narrowed to.)
        // (Nor a day said to be one of them: "其中11月11日下午，阁下将到…观摩临床教学".)
        let among_them = |m: &DateMention| DATES_AMONG_THEM.iter().any(|w| text.lower_str(m.start.saturating_sub(3), m.start).contains(w));
        let own: Vec<&DateMention> = pool.iter().copied().filter(|m| addresses_the_invitee(text, m) && !arranged_visit(text, m) && !among_them(m)).collect();
        if let (Some(first), Some(last)) = (own.iter().map(|m| m.from).min(), own.iter().map(|m| m.to).max()) {
            // (A list of days, "8, 9 and 11 June", names each day: it is not an event's span.)
            pool.retain(|m| addresses_the_invitee(text, m) || is_list(text, m) || !(m.from != m.to && m.from <= first && last <= m.to && (m.from, m.to) != (first, last)));
        }
        // "The Festival itself runs from 19 February to 21 March ... performances from Thursday 11th to Sunday 14th
        // March": a festival's or an exhibition's span longer than the scheme's 14 days, around other activity
        // dates, is the event's run, not the visitor's days. ("Rehearsals run from 2 to 27 March" are the visitor's.)
        let around_others = |outer: &DateMention| {
            let line_start = text.lines[text.line_of(outer.start)].0;
            let before = text.lower_str(outer.start.saturating_sub(80).max(line_start), outer.start);
            let clause = before.rsplit(['.', '。', ';', '；']).next().unwrap_or("");
            (outer.to - outer.from).num_days() >= 14
                && names_an_event(clause)
                // (Around the visitor's days, or beside them: "the Festival runs from 14 to 29 November; it falls
                // after your visit".)
                && pool.iter().any(|m| m.start != outer.start && (m.to - m.from).num_days() < 14 && (m.from, m.to) != (outer.from, outer.to))
        };
        let events: Vec<usize> = pool.iter().filter(|m| around_others(m) && !is_list(text, m)).map(|m| m.start).collect();
        pool.retain(|m| !events.contains(&m.start));
        // The visitor's activity in Hong Kong falls within the stay: when the letter gives the arrival and the
        // departure, its other dates outside them are others' (a reply-by, an exhibition's close, the next edition),
        // so long as some fall within. Setting them aside is a reading, unsure.
        let day = Extracted::day;
        let mut outside_the_stay = false;
        if let (Some(arrival), Some(departure)) = (day(&out.arrival), day(&out.departure)) {
            let within_the_stay = |m: &&DateMention| arrival <= m.from && m.to <= departure;
            if pool.iter().any(within_the_stay) && !pool.iter().all(within_the_stay) {
                pool.retain(within_the_stay);
                outside_the_stay = true;
            }
        }
        let first = pool.iter().min_by_key(|m| m.from).copied();
        let last = pool.iter().max_by_key(|m| m.to).copied();
        // Activity dates in more than one place: the span from the earliest to the latest is a reading of them, unsure.
        // (So is a reading that set an event's run aside.)
        let scattered = pool.len() > 1 || !events.is_empty() || outside_the_stay;
        let field = |m: &DateMention, last: bool| {
            let x = date_field(text, m, last, CLEAR_CUE)?;
            Some(if unmarked {
                x.doubt(Reason::UnmarkedDates)
            } else if scattered {
                x.doubt(Reason::Competing)
            } else {
                x
            })
        };
        out.activity_from = first.and_then(|m| field(m, false));
        out.activity_to = last.and_then(|m| field(m, true));
    }
    readings.push((out.activity_from.clone(), out.activity_to.clone()));
    let dated = Extraction { activity_from: out.activity_from.clone(), activity_to: out.activity_to.clone(), ..Extraction::default() };
    relative_days(text, mentions, out);
    flights_by_airport_code(text, mentions, out);
    super::relative::lasting(text, mentions, out);
    super::relative::nights(text, mentions, out);
    super::relative::resolve(text, mentions, &dated, out);
    super::relative::nights_from_arrival(text, mentions, out);
    within_the_stay(&readings, out);
    not_the_travel_days(text, mentions, &kinds, out);
    // One day of activity, in a letter that speaks of several ("for three days", "the week of", "一連三天", "每日"): the
    // other days are somewhere the reader did not find them, so the one it found is not sure to be the first or last.
    if let (Some(from), Some(to)) = (&out.activity_from, &out.activity_to) {
        if from.value == to.value && (from.is_sure() || to.is_sure()) && speaks_of_several_days(text) {
            out.activity_from = out.activity_from.take().map(|x| x.doubt(Reason::OneDayOfSeveral));
            out.activity_to = out.activity_to.take().map(|x| x.doubt(Reason::OneDayOfSeveral));
        }
    }
    // The e-mail's own Date: header, when the letter gives no date of its own.
    if out.letter_date.is_none() {
        // The innermost message of a forwarded e-mail is the letter: its Date: header is the last one.
        // A quoted message's "On 20/04/2027 16:05, Tse Ka-lok <...> wrote:" says when it was sent, as a header does.
        let quote_header = |l: usize| text.introduces_quote(l);
        // A header that dates the message ("Sent:", "發送時間："), not its subject ("Subject: Workshop (8, 9 and 11 June)").
        let date_header = |l: usize| {
            let line = text.lower_str(text.lines[l].0, text.lines[l].1);
            let line = line.trim_start();
            text.header_line[l] && !LETTER_SUBJECT_HEADERS.iter().any(|h| line.starts_with(h))
        };
        let sent = |m: &&DateMention| date_header(text.line_of(m.start)) || quote_header(text.line_of(m.start));
        // The message that invites is the letter: the last header above the first invitation in a message's text
        // (a reply quoted below it is older, a forward above it newer); else the innermost message's.
        let invites = LETTER_INVITING
            .iter()
            .flat_map(|w| text.find_all(w))
            .filter(|&p| !text.header_line[text.line_of(p)] && !quote_header(text.line_of(p)))
            .min();
        let above = invites.and_then(|p| mentions.iter().rev().filter(|m| m.start < p).find(sent));
        if let Some(m) = above.or_else(|| mentions.iter().rev().find(sent)) {
            out.letter_date = date_field(text, m, false, GUESS).map(|x| x.doubt(Reason::EmailDate));
        }
    }
    // A chat has no letter's date: the day of its message that invites stands for it.
    if out.letter_date.is_none() {
        if let Some(m) = the_day_a_chat_invites(text, mentions) {
            out.letter_date = date_field(text, m, false, GUESS).map(|x| x.doubt(Reason::ChatDate));
        }
    }
    for m in mentions.iter().filter(|m| m.ambiguous) {
        let written = text.slice(m.start, m.end);
        use chrono::Datelike;
        if let Some(other) = chrono::NaiveDate::from_ymd_opt(m.from.year(), m.from.day(), m.from.month()) {
            out.warnings.push(crate::text!(LetterDayFirst, written = written, date = m.from, other = other));
        }
    }
}

/// The visitor's activity falls within the stay, from the arrival to the departure. A first or last day read outside
/// the stay the letter gives (a reply-by date or a deadline taken into the activity's days, a day counted from the
/// wrong one) gives way to the latest earlier reading of it that lies within; that reading was set aside for another,
/// so it is unsure. (With no such reading the day stays as read: the arrival or the departure may be the wrong one.)
fn within_the_stay(readings: &[(Option<Extracted>, Option<Extracted>)], out: &mut Extraction) {
    let day = Extracted::day;
    // (Not a day counted from another, which may be counted from the wrong one: "leave the day after the ceremony".)
    let bound = |x: &Option<Extracted>| day(x).filter(|_| x.as_ref().is_some_and(|x| x.reason != Some(Reason::Relative.text())));
    let (arrival, departure) = (bound(&out.arrival), bound(&out.departure));
    if arrival.zip(departure).is_some_and(|(a, d)| a > d) {
        return;
    }
    let inside = |x: &Option<Extracted>| day(x).is_some_and(|d| arrival.is_none_or(|a| a <= d) && departure.is_none_or(|e| d <= e));
    let earlier = |pick: fn(&(Option<Extracted>, Option<Extracted>)) -> &Option<Extracted>| {
        readings.iter().rev().map(pick).find(|x| inside(x)).cloned().flatten().map(|x| x.doubt(Reason::Competing))
    };
    let mut first = out.activity_from.clone();
    let mut last = out.activity_to.clone();
    if first.is_some() && !inside(&first) {
        if let Some(from) = earlier(|r| &r.0) {
            first = Some(from);
        }
    }
    if last.is_some() && !inside(&last) {
        if let Some(to) = earlier(|r| &r.1) {
            last = Some(to);
        }
    }
    set_if_it_runs_forward(first, last, out);
}

/// The first and last days of activity set to a new reading, only as a span that still runs forward (a two-day
/// stay's days may be both travel and activity; a day moved into the stay may pass the other end).
fn set_if_it_runs_forward(first: Option<Extracted>, last: Option<Extracted>, out: &mut Extraction) {
    if Extracted::day(&first).zip(Extracted::day(&last)).is_none_or(|(f, l)| f <= l) {
        (out.activity_from, out.activity_to) = (first, last);
    }
}

/// The days of travel are not the activity's unless the letter gives an activity on them: an unsure first day read
/// on the arrival (a hotel's nights from it, an event's run that opens on it) gives way to the next day the letter
/// names; an unsure last day on the departure, to the one before it that the letter names. ("A briefing on 3 May, the
/// day you arrive" dates an activity on the arrival, and the first day stays.) Only the day right after the arrival,
/// or right before the departure, and only where the letter names it.
fn not_the_travel_days(text: &Text, mentions: &[DateMention], kinds: &[DateKind], out: &mut Extraction) {
    let day = Extracted::day;
    let (Some(from), Some(to)) = (day(&out.activity_from), day(&out.activity_to)) else { return };
    let an_activity_on = |d: chrono::NaiveDate| mentions.iter().zip(kinds).any(|(m, k)| *k == DateKind::Activity && m.from == d && m.to == d);
    // (The day where the letter names it, shown as what the value came from.)
    let named = |d: chrono::NaiveDate, confidence: f32| {
        let m = mentions.iter().find(|m| m.from == d).map(|m| (m, false)).or_else(|| mentions.iter().find(|m| m.to == d).map(|m| (m, true)))?;
        date_field(text, m.0, m.1, confidence).map(|x| x.doubt(Reason::Competing))
    };
    let unsure = |x: &Option<Extracted>| x.as_ref().is_some_and(|x| !x.is_sure());
    let mut first = out.activity_from.clone();
    let mut last = out.activity_to.clone();
    if day(&out.arrival) == Some(from) && !an_activity_on(from) && unsure(&out.activity_from) {
        if let Some(next) = from.succ_opt().and_then(|n| named(n, GUESS)) {
            first = Some(next);
        }
    }
    if day(&out.departure) == Some(to) && !an_activity_on(to) && unsure(&out.activity_to) {
        if let Some(before) = to.pred_opt().and_then(|b| named(b, GUESS)) {
            last = Some(before);
        }
    }
    set_if_it_runs_forward(first, last, out);
}

#[cfg(test)]
mod tests {
    use crate::letter::{extract, Extracted, Extraction};
    use crate::Catalogue;

    fn travel(letter: &str) -> (Option<String>, Option<String>) {
        let x = extract(letter, Catalogue::bundled());
        (x.arrival.map(|a| a.value), x.departure.map(|d| d.value))
    }

    /// A date the letter gives for something else (auditions the host holds before the visit), read into the
    /// activity's days, gives way to the labelled days when it falls outside the stay the letter gives.
    #[test]
    fn the_activity_falls_within_the_stay() {
        let letter = "Dear Ms Novak,\n\nWe are pleased to invite you to lead our summer choral course.\n\nCourse dates: 10 to 14 May 2027\nArrival: 9 May 2027\nDeparture: 15 May 2027\n\nParticipants will be selected at auditions we hold on 24 April 2027, and you will receive their names then.\n";
        let x = extract(letter, Catalogue::bundled());
        let from = x.activity_from.unwrap();
        assert_eq!(from.value, "2027-05-10");
        assert!(!from.is_sure());
        assert_eq!(x.activity_to.unwrap().value, "2027-05-14");
        // A departure counted from another day may be counted from the wrong one ("翌日" after the judging, not after
        // the prize-giving two days later): the activity's last day stands.
        let day = |value: &str, reason: Option<super::Reason>| {
            let x = Extracted { value: value.into(), text: value.into(), start: 0, end: 1, confidence: 0.8, reason: None };
            Some(match reason { Some(r) => x.doubt(r), None => x })
        };
        let readings = [(day("2027-09-07", None), day("2027-09-08", None))];
        let mut out = Extraction { activity_from: day("2027-09-07", None), activity_to: day("2027-09-10", Some(super::Reason::Relative)), departure: day("2027-09-09", Some(super::Reason::Relative)), ..Extraction::default() };
        super::within_the_stay(&readings, &mut out);
        assert_eq!(out.activity_to.unwrap().value, "2027-09-10");
        // A departure the letter dates bounds it.
        let mut out = Extraction { activity_to: day("2027-09-10", Some(super::Reason::Relative)), departure: day("2027-09-09", None), ..out };
        super::within_the_stay(&readings, &mut out);
        assert_eq!(out.activity_to.unwrap().value, "2027-09-08");
    }

    /// An event's run from the arrival to the departure is not the visitor's days: the first and last days the
    /// letter names inside it are, shown where it names them. A briefing on the day of arrival keeps it.
    #[test]
    fn the_travel_days_are_not_the_activitys() {
        let letter = "Dear Dr Kim,\n\nWe invite you to lead three workshops for our graduate students. The festival runs from 9 to 13 June 2027, and your workshops are on 10, 11 and 12 June.\n\n  Arrival: 9 June 2027, KE 607\n  Departure: 13 June 2027, KE 608\n";
        let x = extract(letter, Catalogue::bundled());
        let (from, to) = (x.activity_from.unwrap(), x.activity_to.unwrap());
        assert_eq!((from.value.as_str(), to.value.as_str()), ("2027-06-10", "2027-06-12"));
        assert!(from.text.starts_with("10") && !from.is_sure(), "{from:?}");
        let briefing = "Dear Dr Kim,\n\nWe invite you to lead three workshops for our graduate students. The festival runs from 9 to 13 June 2027. A briefing will be held on 9 June 2027.\n\n  Arrival: 9 June 2027, KE 607\n  Departure: 13 June 2027, KE 608\n";
        assert_eq!(extract(briefing, Catalogue::bundled()).activity_from.map(|x| x.value).as_deref(), Some("2027-06-09"));
        // A two-day stay whose days are both travel and activity keeps its span running forward.
        let two = "Dear Dr Kim,\n\nWe invite you to judge our contest. The contest runs from 9 to 10 June 2027.\n\n  Arrival: 9 June 2027, KE 607\n  Departure: 10 June 2027, KE 608\n";
        let x = extract(two, Catalogue::bundled());
        assert!(x.activity_from.unwrap().value <= x.activity_to.unwrap().value);
    }

    /// A programme's rows: days a label calls free are not the activity's; an assessment after them is.
    #[test]
    fn rest_days_and_an_assessment_in_a_programme() {
        let letter = "Dear Mr Novak,\n\nWe invite you to teach our rope rescue course.\n\nThe programme is as follows:\n\n    Course days                   Tuesday 6 June to Friday 9 June 2028\n    Rest days                     Saturday 10 and Sunday 11 June 2028\n    Final assessment              Monday 12 June 2028\n";
        let x = extract(letter, Catalogue::bundled());
        assert_eq!(x.activity_to.map(|v| v.value).as_deref(), Some("2028-06-12"));
        let rest_last = "Dear Mr Novak,\n\nWe invite you to teach our rope rescue course.\n\n    Course days                   Tuesday 6 June to Friday 9 June 2028\n    Rest days                     Saturday 10 and Sunday 11 June 2028\n";
        assert_eq!(extract(rest_last, Catalogue::bundled()).activity_to.map(|v| v.value).as_deref(), Some("2028-06-09"));
    }

    /// An itinerary's rows numbered from Day 0: the row's words after its date say what the day is, past its number.
    #[test]
    fn an_itinerary_numbered_from_day_0() {
        let letter = "Dear Ms Ruiz,\n\nWe invite you to referee the Open.\n\nDay 0  Thursday, 25 November 2027   Arrival; transfer to hotel\nDay 1  (Friday)                     Referees' briefing\nDay 2  (Saturday)                   Individual events\nDay 3  (Sunday)                     Team events\nDay 4  (Monday)                     Departure\n";
        assert_eq!(travel(letter), (Some("2027-11-25".into()), Some("2027-11-29".into())));
    }

    /// An e-ticket's legs by airport code: landing in Hong Kong the day after ("+1"), leaving on the date given.
    #[test]
    fn an_e_tickets_legs_by_airport_code() {
        let letter = "Dear Ms Weber,\n\nWe invite you to conduct our two New Year concerts on 30 and 31 December 2027.\n\nFlights:\n  Outbound   LH 796   dep. FRA 13:40 Mon 27 Dec, arr. HKG 07:25+1\n  Return     LH 797   dep. HKG 23:55 Sun 2 Jan, arr. FRA 06:10+1\n";
        assert_eq!(travel(letter), (Some("2027-12-28".into()), Some("2028-01-02".into())));
    }

    /// A date alone on its line heads the items under it: they say what the day is.
    #[test]
    fn a_dated_heading_over_its_items() {
        let letter = "Dear Mr de Vries,\n\nWe invite you to lead our detector dog course.\n\nDay 1 - Sunday 16 April 2028\n  • Arrival at Hong Kong International Airport (KL 887, 07:25)\nDay 2 - Monday 17 April\n  • 09:30 Welcome briefing\n  • 14:00 Course opening\nDay 7 - Saturday 22 April\n  • Assessment of the new handler teams\nDay 8 - Sunday 23 April\n  • Departure (KL 888, 13:15)\n";
        assert_eq!(travel(letter), (Some("2028-04-16".into()), Some("2028-04-23".into())));
        let x = extract(letter, Catalogue::bundled());
        assert_eq!(x.activity_from.map(|v| v.value).as_deref(), Some("2028-04-17"));
        // (A line below not indented is no item of the date: "Sunday 16 April 2028" over "Departure details follow.")
        let flat = "Dear Mr de Vries,\n\nWe invite you to lead our course on 18 April 2028.\n\nSunday 16 April 2028\nDeparture details follow in a separate e-mail.\n";
        assert_eq!(travel(flat).1, None);
    }

    /// A flight that departs from elsewhere is no departure from Hong Kong, the word's ending and the time before the
    /// place notwithstanding; the day it lands, with its time between, is the arrival.
    #[test]
    fn a_flight_from_elsewhere_lands_on_the_arrival() {
        let letter = "Dear Ms Thornton,\n\nWe invite you to train our officers on 20 and 21 October 2027.\nFlights booked: the red-eye departs Sydney 23:55 on Mon 18 Oct 2027 and lands 06:25 on Tue 19 Oct 2027.\n";
        assert_eq!(travel(letter), (Some("2027-10-19".into()), None));
    }

    /// Spoken Chinese says the coming and going after the day: "我13號到", "16號朝早搭SQ 861走", "24号早上的航班回吉隆坡";
    /// not "13號到17號", from one day to another.
    #[test]
    fn coming_and_going_said_after_the_day() {
        let chat = "[10:02] 陳主任: 想正式邀請你2027年12月14日至16日嚟香港演出\n[10:42] 林婉婷: 我13號到，17號返台北\n";
        assert_eq!(travel(chat), (Some("2027-12-13".into()), Some("2027-12-17".into())));
        let chat = "[10:02] 陳主任: 想正式邀請你2027年10月11日至15日嚟香港\n[10:42] 陳建宏: 我10月10號夜晚到，16號朝早搭SQ 861走\n";
        assert_eq!(travel(chat), (Some("2027-10-10".into()), Some("2027-10-16".into())));
        let chat = "王老师您好！想邀请您2028年4月22日至23日来讲课。\n我可以4月21号到，24号早上的航班回吉隆坡\n";
        assert_eq!(travel(chat), (Some("2028-04-21".into()), Some("2028-04-24".into())));
        let range = "想邀請你嚟香港，2027年12月13號到17號喺邵逸夫堂排練\n";
        assert_eq!(travel(range), (None, None));
        // Going back to a place after the day is the departure; a round trip's ticket, a title's 回 and coming back
        // to a pier are not.
        let chat = "林小姐好！2028年2月21日至27日的排练我都可以。我20号早上6点到香港，28号回洛杉矶。\n";
        assert_eq!(travel(chat), (Some("2028-02-20".into()), Some("2028-02-28".into())));
        let letter = "本局誠邀閣下來港。本局會安排酒店住宿七晚（由2028年7月16日（星期日）起）、來回經濟客位機票。\n";
        assert_eq!(travel(letter).1, None);
        let letter = "本团诚邀阁下指挥本团于2028年3月10日及11日举行的“丝路回响”音乐会。\n";
        assert_eq!(travel(letter).1, None);
        // Nor going back to the hotel, nor receiving on a day.
        let letter = "本团诚邀阁下来港。2028年3月10日晚上回酒店休息，3月8日收到\n";
        assert_eq!(travel(letter), (None, None));
    }

    /// An itinerary's free day is nothing of the visit; a free day that ends in travel is read by its travel.
    #[test]
    fn a_free_day_in_an_itinerary() {
        let kinds = |letter: &str| {
            let chars: Vec<char> = letter.chars().collect();
            let text = super::Text::new(&chars);
            let folded: Vec<char> = chars.iter().map(|&c| super::super::text::fold_for_reading(c)).collect();
            super::super::dates::find(&folded).iter().map(|m| super::kind_from_context(&text, m)).collect::<Vec<_>>()
        };
        use super::DateKind::{Activity, Other};
        assert_eq!(kinds("  Saturday 20 November 2027    Winter Concert, 8:00 pm\n  Sunday 21 November 2027      Free day\n"), [Activity, Other]);
        assert_eq!(kinds("　　2028年1月1日　　　　　開幕禮及巡遊\n　　2028年1月2日　　　　　自由活動\n"), [Activity, Other]);
        assert_eq!(kinds("Sun 9 May 2027 – free day; check-out 12:00, car to the airport at 20:30 for CX 255 at 23:55\n"), [super::DateKind::Departure]);
    }

    /// The event's own run named in the activity's labelled line is not the visitor's days, nor the letter's date.
    #[test]
    fn an_events_run_inside_the_activitys_line() {
        let form = "22 June 2027\n\nDear Mr Asante,\n\nProgramme ........ World Cultures Festival 2027 (festival period:\n                  8 October to 7 November 2027)\nDates of engagement ........ 25 October 2027 (Monday) to 31 October 2027 (Sunday)\n";
        let x = super::super::extract(form, crate::Catalogue::bundled());
        assert_eq!(x.activity_from.map(|v| v.value).as_deref(), Some("2027-10-25"));
        assert_eq!(x.activity_to.map(|v| v.value).as_deref(), Some("2027-10-31"));
        assert_eq!(x.letter_date.map(|v| v.value).as_deref(), Some("2027-06-22"));
        // And when a line of its own gives the visitor's days, any dates in the activity's line are the event's.
        let form = "Dear Ms Berg,\n\nEvent: Harbour Arts Festival, 12–20 May 2027\nDates of engagement: 14 to 16 May 2027\n";
        let x = super::super::extract(form, crate::Catalogue::bundled());
        assert_eq!((x.activity_from.map(|v| v.value), x.activity_to.map(|v| v.value)), (Some("2027-05-14".into()), Some("2027-05-16".into())));
    }

    #[test]
    fn a_day_said_to_be_the_arrival_or_the_departure_after_a_comma() {
        let letter = "Dear Dr Raghunathan,\n\nThe workshop runs from 14 to 18 June 2027. We have reserved a hotel room for you from Sunday 13 June, the day of your arrival, until Saturday 19 June 2027, when you fly home.\n";
        let (arrival, departure) = travel(letter);
        assert_eq!((arrival.as_deref(), departure.as_deref()), (Some("2027-06-13"), Some("2027-06-19")));
        // A day of the activity that is also the arrival stays the activity's.
        let meeting = "Dear Mr Kahn,\n\nPlease join a welcome meeting at our office on the evening of Tuesday 5 October 2027, the day you arrive. The course runs from 6 to 10 October 2027.\n";
        let x = extract(meeting, Catalogue::bundled());
        assert_eq!(x.activity_from.map(|f| f.value).as_deref(), Some("2027-10-05"));
    }

    #[test]
    fn a_label_of_both_arrival_and_departure_over_two_dates() {
        for line in ["三、来港及离港：请于5月7日（周日）抵港，5月13日（周六）离港。", "Arrival / departure: 7 May 2028 / 13 May 2028", "| 抵港／离港 | 2028年5月7日／2028年5月13日 |", "抵港及離港日期：2028年5月7日及5月13日"] {
            let letter = format!("王先生：\n\n本会诚邀阁下于2028年5月8日至12日担任教练。\n\n{line}\n");
            let (arrival, departure) = travel(&letter);
            assert_eq!((arrival.as_deref(), departure.as_deref()), (Some("2028-05-07"), Some("2028-05-13")), "{line}");
        }
    }

    #[test]
    fn a_chinese_period_of_days_after_the_post_is_the_activitys() {
        // "為期十天，由…至…": the clause of the days says only "from"; the one before says it is a period of the post.
        let letter = "李女士：\n\n本系現誠邀閣下出任本系駐校藝術家，為期十天，由二〇二七年十一月十三日（星期六）至二十二日（星期一）。閣下將於十一月二十日晚舉行獨奏會，並於十一月十二日抵港。\n";
        let x = extract(letter, Catalogue::bundled());
        assert_eq!((x.activity_from.map(|f| f.value), x.activity_to.map(|f| f.value)), (Some("2027-11-13".into()), Some("2027-11-22".into())));
    }

    #[test]
    fn a_chinese_date_whose_verb_comes_after_a_time_and_a_place() {
        let letter = "黃先生：\n\n本署誠邀閣下於二〇二七年七月十七日（星期六）下午二時三十分在香港中央圖書館地下演講廳主講講座，並於翌日（七月十八日）主持工作坊。閣下將於七月十五日抵港。\n";
        let x = extract(letter, Catalogue::bundled());
        assert_eq!(x.activity_from.map(|f| f.value).as_deref(), Some("2027-07-17"));
    }

    /// A date in the sentence of an activity's date, which nothing claims, is another day of the activity; the span
    /// is then a reading of several dates, unsure.
    #[test]
    fn a_date_beside_an_activitys_date_in_its_sentence_is_the_activitys() {
        let letter = "Dear Dr Lee,\n\nWe invite you to give a short course. The short course will run on Monday 17 and Tuesday 18 May 2027, and the clinic on Thursday 20 May 2027.\n";
        let x = extract(letter, Catalogue::bundled());
        let from = x.activity_from.unwrap();
        assert_eq!(from.value, "2027-05-17");
        assert!(!from.is_sure());
        assert_eq!(x.activity_to.map(|t| t.value).as_deref(), Some("2027-05-20"));
        // Not across a sentence's end.
        let apart = "Dear Dr Lee,\n\nThe clinic is on Thursday 20 May 2027. Our new building opened on 17 May 2027.\n";
        assert_eq!(extract(apart, Catalogue::bundled()).activity_from.map(|f| f.value).as_deref(), Some("2027-05-20"));
    }

    /// One day of activity found in a letter that speaks of several is not sure to be its first or last.
    #[test]
    fn one_day_of_several_is_unsure() {
        let several = "Dear Dr Lee,\n\nWe invite you to run our three-day clinic for umpires. The clinic opens on Saturday 21 August 2027 at the Stadium.\n";
        let x = extract(several, Catalogue::bundled());
        assert!(x.activity_from.as_ref().is_some_and(|f| !f.is_sure()), "{:?}", x.activity_from);
        let one = "Dear Dr Lee,\n\nWe invite you to give a talk at our seminar on Saturday 21 August 2027.\n";
        let x = extract(one, Catalogue::bundled());
        assert!(x.activity_from.as_ref().is_some_and(|f| f.is_sure()), "{:?}", x.activity_from);
        let chinese = "李女士：\n\n本會誠邀閣下主持工作坊，每日上午十時開始。工作坊將於2027年8月21日舉行。\n";
        assert!(!extract(chinese, Catalogue::bundled()).activity_from.unwrap().is_sure());
    }

    /// "The week of ..." then days named by their weekday alone: each is that day of the week, or of the next after
    /// "following"; the date that names the week is no day of the activity. Worked out, so unsure.
    #[test]
    fn days_named_by_weekday_fall_in_the_week_the_letter_names() {
        let letter = "Dear Ms Diaz,\n\nWe invite you to mentor our young curators. The residency is planned for the week commencing Monday 6 March 2028: you will meet the team on the Wednesday, lead the studio critiques on Thursday and Friday, and open the show on the following Tuesday.\n\nYours sincerely,\n";
        let x = extract(letter, Catalogue::bundled());
        let (from, to) = (x.activity_from.unwrap(), x.activity_to.unwrap());
        assert_eq!((from.value.as_str(), to.value.as_str()), ("2028-03-08", "2028-03-14"));
        assert!(!from.is_sure() && !to.is_sure());
        // A weekday written with its date is that date's: nothing is worked out.
        let dated: Vec<char> = "In the week of 6 March 2028 you will lead the critiques on Thursday 9 March and on 10 March (Friday).".chars().collect();
        let found = super::super::dates::find(&dated);
        assert_eq!(found.len(), 3);
        assert!(found.iter().all(|m| !m.by_weekday));
    }

    /// Another person's days in the letter are not the visitor's, in English and Chinese; a sentence to the visitor
    /// before its date stays the visitor's.
    #[test]
    fn another_persons_days_are_not_the_visitors() {
        let letter = "Dear Mr Lund,\n\nWe invite you to give a recital on 4 May 2028. Two other soloists will perform in the same series from 10 to 12 May 2028.\n";
        assert_eq!(extract(letter, Catalogue::bundled()).activity_to.map(|f| f.value).as_deref(), Some("2028-05-04"));
        let letter = "林先生：\n\n本團誠邀閣下於2028年5月4日主持大師班。另一名導師將於5月10日至12日主持另一個工作坊，與閣下無關。\n";
        assert_eq!(extract(letter, Catalogue::bundled()).activity_to.map(|f| f.value).as_deref(), Some("2028-05-04"));
        let letter = "Dear Mr Lund,\n\nWe invite you to give a recital on 4 May 2028; you and another soloist will also play a duo concert on 6 May 2028.\n";
        assert_eq!(extract(letter, Catalogue::bundled()).activity_to.map(|f| f.value).as_deref(), Some("2028-05-06"));
    }

    /// The letter's date written in both languages on its line, and under the labels of a Chinese government letter
    /// or form (發文日期, 填表日期).
    #[test]
    fn the_letters_date_in_two_languages_or_under_its_chinese_label() {
        let both = "Hong Kong Chinese Strings\n\n6 December 2027 / 二〇二七年十二月六日\n\nDear Ms Bold,\n\nWe invite you to perform on 25 February 2028.\n";
        assert_eq!(extract(both, Catalogue::bundled()).letter_date.map(|d| d.value).as_deref(), Some("2027-12-06"));
        let labelled = "受文者：陳志偉先生\n發文日期：二〇二七年五月十七日\n\n主旨：邀請台端擔任客席指揮。\n\n說明：台端於二〇二七年八月十日至十五日帶領營員樂團排練。\n";
        let x = extract(labelled, Catalogue::bundled());
        assert_eq!(x.letter_date.map(|d| d.value).as_deref(), Some("2027-05-17"));
        assert_eq!(x.activity_from.map(|d| d.value).as_deref(), Some("2027-08-10"));
        // A schedule's item, its date set apart from what happens that day, is not the letter's date.
        let items = "Sent: Wednesday, 14 April 2027 10:42\n\nDear Professor Kim,\n\nYour programme:\n  - Thu 10 June 2027, 14:00  Judges' briefing\n  - Fri 11 June 2027         Qualifying rounds (all day)\n";
        assert_ne!(extract(items, Catalogue::bundled()).letter_date.map(|d| d.value).as_deref(), Some("2027-06-11"));
    }

    /// "The Department's staff" is no departure: the day after it is the activity's.
    #[test]
    fn a_department_does_not_depart() {
        let letter = "Dear Dr Osei,\n\nWe invite you to lecture at our training centre from 3 to 6 April 2028. A last meeting will be held with the Department's staff on 7 April 2028, and leave Hong Kong on 9 April 2028.\n";
        let x = extract(letter, Catalogue::bundled());
        assert_eq!(x.departure.map(|f| f.value).as_deref(), Some("2028-04-09"));
        assert_eq!(x.activity_to.map(|f| f.value).as_deref(), Some("2028-04-07"));
    }

    /// A hotel's nights give the stay, as a reading: the visitor may come before them or leave after.
    #[test]
    fn a_hotels_nights_are_the_stay_unsure() {
        let letter = "Dear Dr Cruz,\n\nWe invite you to examine our students on 29 May 2028. We have reserved accommodation for you at Hotel ICON from 28 May to 3 June 2028.\n";
        let x = extract(letter, Catalogue::bundled());
        let (arrival, departure) = (x.arrival.unwrap(), x.departure.unwrap());
        assert_eq!((arrival.value.as_str(), departure.value.as_str()), ("2028-05-28", "2028-06-03"));
        assert!(!arrival.is_sure() && !departure.is_sure());
        assert_eq!(x.activity_from.map(|f| f.value).as_deref(), Some("2028-05-29"), "the nights are not the activity's");
        // "The nights of 9 to 12 May": the day after the last night is the day of leaving.
        let nights = "Dear Dr Cruz,\n\nWe invite you to examine our students on 10 May 2028. We will provide hotel accommodation for the nights of 9 to 12 May 2028.\n";
        let x = extract(nights, Catalogue::bundled());
        assert_eq!((x.arrival.unwrap().value.as_str(), x.departure.unwrap().value.as_str()), ("2028-05-09", "2028-05-13"));
    }

    /// A hotel's nights said after a Chinese range ("…至12月12日入住本校賓館", "…共四晚的酒店住宿"), "accommodation at"
    /// a hotel from one day to another, and a check-in and a check-out are the stay, as above.
    #[test]
    fn a_hotels_nights_after_a_chinese_range_and_checking_in_and_out() {
        let stay = |letter: &str| {
            let x = extract(letter, Catalogue::bundled());
            (x.arrival.map(|a| a.value), x.departure.map(|d| d.value), x.activity_from.map(|f| f.value))
        };
        let days = |a: &str, d: &str, f: &str| (Some(a.to_string()), Some(d.to_string()), Some(f.to_string()));
        let zh = "敬啟者：\n\n本院誠邀閣下於2027年12月9日至11日主持大師班三節。本院將安排閣下於12月8日（星期三）至12月12日（星期日）入住本校賓館。\n";
        assert_eq!(stay(zh), days("2027-12-08", "2027-12-12", "2027-12-09"));
        let zh = "敬啟者：\n\n本處誠邀閣下於2028年6月9日至11日擔任評判。本處將為閣下安排6月8日至6月12日共四晚的酒店住宿。\n";
        assert_eq!(stay(zh), days("2028-06-08", "2028-06-12", "2028-06-09"));
        // (One day before 入住 is the day of coming, as before.)
        let zh = "敬啟者：\n\n本處誠邀閣下於2028年6月9日至11日擔任評判。閣下可於6月8日入住酒店。\n";
        assert_eq!(stay(zh).0.as_deref(), Some("2028-06-08"));
        let en = "Dear Dr Smith,\n\nWe invite you to lead our walks from 15 to 23 January 2028. We will meet your air fare and accommodation at the Harbour Plaza, Tin Shui Wai, from 14 to 24 January.\n";
        assert_eq!(stay(en), days("2028-01-14", "2028-01-24", "2028-01-15"));
        let en = "Dear Dr Smith,\n\nWe invite you to lead our walks from 15 to 23 January 2028. We have booked your hotel, checking in on 14 January and checking out on 24 January.\n";
        assert_eq!(stay(en), days("2028-01-14", "2028-01-24", "2028-01-15"));
    }

    /// "Period:" alone labels the visitor's dates, however far its value is padded; an exhibition's or a course's
    /// period is the event's.
    #[test]
    fn a_period_is_the_activitys_and_an_events_period_is_not() {
        let letter = "Dear Dr Ferraresi,\n\nWe invite you to survey the paintings.\n\nPeriod:     Monday 10 January to Friday 21 January 2028\n";
        let x = extract(letter, Catalogue::bundled());
        assert_eq!((x.activity_from.map(|f| f.value), x.activity_to.map(|f| f.value)), (Some("2028-01-10".into()), Some("2028-01-21".into())));
        assert_eq!(x.letter_date, None);
        let event = "Dear Dr Ferraresi,\n\nWe invite you to give a talk on 23 October 2027.\n\n(Exhibition period: 22 October 2027 to 10 April 2028)\n";
        assert_eq!(extract(event, Catalogue::bundled()).activity_to.map(|f| f.value).as_deref(), Some("2027-10-23"));
    }

    #[test]
    fn an_english_sentence_says_what_its_own_date_is() {
        // The sentence before, of the camp, says nothing of the results' day.
        let letter = "Dear Mr Brennan,\n\nThe camp runs from Monday 5 July to Saturday 10 July 2027, with sessions every morning. The results will be announced on 20 July.\n";
        let x = extract(letter, Catalogue::bundled());
        assert_eq!(x.activity_to.map(|f| f.value).as_deref(), Some("2027-07-10"));
        // A sentence that opens with its date says after it what the day is.
        let letter = "Dear Dr Weber,\n\nThe Symposium will be held on 15 and 16 April 2027. On the afternoon of Wednesday, 14 April 2027, we should also like to take you on a site visit to our laboratories.\n";
        let x = extract(letter, Catalogue::bundled());
        assert_eq!(x.activity_from.map(|f| f.value).as_deref(), Some("2027-04-14"));
        // A course is an activity: its dates are, and the hotel's are the stay.
        let letter = "Dear Mr Berg,\n\nThe course will be conducted by you over five days, from Monday, 13 September 2027 to Friday, 17 September 2027. We will meet you on arrival.\n";
        let x = extract(letter, Catalogue::bundled());
        assert_eq!(x.activity_from.as_ref().map(|f| f.value.as_str()), Some("2027-09-13"));
        assert!(x.activity_from.is_some_and(|f| f.is_sure()));
        let hotel = format!("{letter}You will be accommodated in our quarters from 12 September 2027 (check-in) to 18 September 2027 (check-out).\n");
        let x = extract(&hotel, Catalogue::bundled());
        assert_eq!(x.arrival.map(|f| f.value).as_deref(), Some("2027-09-12"));
        assert_eq!(x.departure.map(|f| f.value).as_deref(), Some("2027-09-18"));
        assert_eq!(x.activity_from.map(|f| f.value).as_deref(), Some("2027-09-13"));
        // A festival's dates beside the visitor's own days, each on its labelled line: the visitor's.
        let table = "Dear Ms Rahimzadeh,\n\nWe invite you to serve on our jury.\n\n| Festival dates    | 05/11/2027 – 14/11/2027 |\n| Your jury days    | 08/11/2027 – 12/11/2027 |\n| Arrival           | 07/11/2027              |\n";
        let x = extract(table, Catalogue::bundled());
        assert_eq!(x.activity_from.map(|f| f.value).as_deref(), Some("2027-11-08"));
        assert_eq!(x.activity_to.map(|f| f.value).as_deref(), Some("2027-11-12"));
    }

    /// Found by review: words of travel that say nothing of the trip.
    #[test]
    fn travel_words_that_are_not_the_trip() {
        let letter = |rest: &str| format!("Dear Ms Roy,\n\nWe invite you to chair the jury from 9 to 14 March 2027. {rest}\n");
        // Sent out, handed in: not the flight's own words.
        assert_eq!(travel(&letter("Your flight tickets will be sent out on 20 February 2027.")), (None, None));
        // A forum on inbound tourism is no arrival.
        assert_eq!(travel(&letter("You will speak at the Forum on Inbound Tourism on 12 March 2027.")), (None, None));
        // Leaving for a place in Hong Kong.
        assert_eq!(travel(&letter("The shuttle bus leaves for Kai Tak Sports Park at 9 am on 12 March.")).1, None);
        assert_eq!(travel(&letter("We will leave for Sha Tin together on 12 March.")).1, None);
        // A sentence that opens with its date, of being met at the airport, is no activity day.
        let x = extract(&letter("On 8 March 2027, our driver will be meeting you at the airport."), Catalogue::bundled());
        assert_eq!(x.activity_from.map(|f| f.value).as_deref(), Some("2027-03-09"));
        // An abbreviation's full stop does not end the sentence.
        assert_eq!(travel(&letter("Please arrange to depart with Prof. Wong on 15 March 2027.")).1.as_deref(), Some("2027-03-15"));
    }

    /// Dates the letter gives outside the stay are not the visitor's activity days, when some fall within it.
    #[test]
    fn activity_days_fall_within_the_stay() {
        let letter = "Dear Ms Okafor,\n\nYou will arrive on 3 May 2027 and leave on 9 May 2027. The workshops are on 4 and 5 May 2027, and the exhibition of the students' work stays open until 30 June 2027.\n";
        let x = extract(letter, Catalogue::bundled());
        let to = x.activity_to.unwrap();
        assert_eq!(to.value, "2027-05-05");
        assert!(!to.is_sure(), "a reading that set a date aside");
        // Without a stay, the dates stand.
        let letter = "Dear Ms Okafor,\n\nThe workshops are on 4 and 5 May 2027, and the exhibition of the students' work stays open until 30 June 2027.\n";
        assert_eq!(extract(letter, Catalogue::bundled()).activity_to.map(|f| f.value).as_deref(), Some("2027-06-30"));
    }

    #[test]
    fn the_second_day_of_a_span_is_inside_it() {
        let letter = "王先生：\n\n请于2027年11月23日抵港。决赛为期两天，于11月24日至25日在香港科学园举行，圆桌讨论安排在第二天下午。\n";
        let x = extract(letter, Catalogue::bundled());
        assert_eq!(x.activity_to.map(|f| f.value).as_deref(), Some("2027-11-25"));
        // After a single day, it is the day after.
        let letter = "王先生：\n\n请于2027年11月23日抵港。决赛于11月24日在香港科学园举行，第二天举行颁奖典礼。\n";
        let x = extract(letter, Catalogue::bundled());
        assert_eq!(x.activity_to.map(|f| f.value).as_deref(), Some("2027-11-25"));
    }

    #[test]
    fn flights_given_as_inbound_and_outbound_or_in_and_out() {
        let days = (Some("2027-03-08".to_string()), Some("2027-03-15".to_string()));
        let letter = |flights: &str| format!("Dear Ms Roy,\n\nWe invite you to chair the jury from 9 to 14 March 2027. {flights}\n");
        assert_eq!(travel(&letter("Our agent has reserved your flights (inbound 8 March, outbound 15 March) on Air France.")), days);
        assert_eq!(travel(&letter("Flights are booked (AF 188 in on Monday 8 March, AF 189 out on Monday 15 March).")), days);
        assert_eq!(travel(&letter("We suggest you travel out on Monday 8 March and leave for Paris on Monday 15 March.")), days);
        // Leaving for somewhere in Hong Kong is not leaving it.
        assert_eq!(travel(&letter("We will leave for the venue together on Friday 12 March.")).1, None);
        // "Out on" only where the clause speaks of a flight.
        assert_eq!(travel(&letter("The results will be out on 15 March.")).1, None);
    }

    /// A flight's line with a time and a day at each end of its leg: the day at Hong Kong's end is the arrival or the
    /// departure; the day the flight leaves elsewhere or lands elsewhere is neither.
    #[test]
    fn the_days_at_each_end_of_a_flights_leg() {
        let letter = "Dear Ms Solberg,\n\nWe invite you to give two recitals on 12 and 13 November 2027. We have reserved for you:\n\n  Outbound:  AY 099, Helsinki 23:55 (9 Nov) – Hong Kong 15:40 (Wednesday 10 November 2027)\n  Return:    AY 100, Hong Kong 23:45 (Wednesday 17 November 2027) – Helsinki 05:55 (18 Nov)\n";
        let x = extract(letter, Catalogue::bundled());
        assert_eq!(x.arrival.map(|a| a.value).as_deref(), Some("2027-11-10"));
        assert_eq!(x.departure.map(|d| d.value).as_deref(), Some("2027-11-17"));
        // (A day before the flight's number is the whole row's, as before.)
        let row = "陳先生：\n\n誠邀閣下於2028年5月11日至13日主持大師班。航班如下：\n去程　5月10日　LX 138　ZRH 13:05 → HKG 19:15\n回程　5月14日　LX 139　HKG 23:35 → ZRH 06:25+1\n";
        assert_eq!(travel(row), (Some("2028-05-10".to_string()), Some("2028-05-14".to_string())));
        // (A connecting leg, Hong Kong at neither end, is the day the journey starts: neither; Hong Kong's end may be
        // named in Chinese.)
        let legs = "Dear Ms Tamm,\n\nThe concert is on Sunday 16 July 2028.\n\n  Outbound  AY 1018  Tallinn 21:05 Sun 9 Jul  ->  Helsinki 21:40 Sun 9 Jul\n            AY 099   Helsinki 23:45 Sun 9 Jul  ->  香港 15:05 Mon 10 Jul\n  Return    AY 100   香港 00:20 Mon 17 Jul  ->  Helsinki 06:25 Mon 17 Jul\n";
        assert_eq!(travel(legs), (Some("2028-07-10".to_string()), Some("2028-07-17".to_string())));
        // (Not a leg whose far end names no city: the arrival's cue stands.)
        let local = "Dear Ms Tamm,\n\nThe concert is on Sunday 10 September 2028.\n\nYou will arrive on Sat 9 Sep 2028 on CX 251 (London 21:00 – 16:45 local time).\n";
        assert_eq!(travel(local).0.as_deref(), Some("2028-09-09"));
        // (A chat message's time stamp is no time of a leg.)
        let chat = "[13/05/2027, 14:03:58] Vivian (HKAC): We'd love you to run the puppet workshop, Mon 9 - Thu 12 Aug\n[13/05/2027, 14:05:21] Ana Ruiz: Yes!!\n[13/05/2027, 14:11:15] Ana Ruiz: Flights: Mexico City - LAX - HK, I land Sunday 8th at 6:10 am (CX 883) and leave Friday 13th, the 23:55 flight\n[13/05/2027, 14:12:47] Vivian (HKAC): Perfect\n";
        assert_eq!(travel(chat).0.as_deref(), Some("2027-08-08"));
    }

    /// A bare "Date" label indented under each of a programme's items gives the item's day: the activity's days, not
    /// the letter's date, when the items give different days; one such label alone is still the letter's.
    #[test]
    fn a_date_label_under_each_item_of_a_programme() {
        let items = "林女士：\n\n本署誠邀閣下來港擔任客席作家。\n\n一、講座（一）\n　　日期：2028年4月22日（星期六）\n　　地點：香港中央圖書館演講廳\n\n二、工作坊\n　　日期：2028年4月25日（星期二）\n　　地點：沙田公共圖書館\n\n此致\n\n林佩瑜女士\n\n2028年2月14日\n";
        let x = extract(items, Catalogue::bundled());
        let value = |f: Option<crate::letter::Extracted>| f.map(|v| v.value);
        assert_eq!((value(x.activity_from).as_deref(), value(x.activity_to).as_deref()), (Some("2028-04-22"), Some("2028-04-25")));
        assert_eq!(value(x.letter_date).as_deref(), Some("2028-02-14"));
        let one = "林女士：\n\n本署誠邀閣下於2028年4月22日來港主持講座。\n\n　　日期：2028年2月14日\n";
        assert_eq!(value(extract(one, Catalogue::bundled()).letter_date).as_deref(), Some("2028-02-14"));
        // (A letter's own date set to the right, with one item's date below: still the letter's.)
        let right = "                              Date: 3 March 2028\n\nDear Ms Lam,\n\nWe invite you to give a talk.\n\n1. Talk\n    Date: 22 April 2028\n    Venue: Central Library\n";
        assert_eq!(value(extract(right, Catalogue::bundled()).letter_date).as_deref(), Some("2028-03-03"));
    }

    /// A numbered item's own day, under another item that labels the activity's days with blank lines between, is the
    /// activity's too ("一、课程日期：…" / "三、公开演讲：2029年7月21日").
    #[test]
    fn a_numbered_items_day_beside_the_labelled_days() {
        let letter = "李研究员：\n\n　　现诚邀阁下来港讲授课程。\n\n　　一、课程日期：2029年7月16日（周一）至20日（周五）。\n\n　　二、课程地点：本台总部培训室。\n\n　　三、公开演讲：2029年7月21日（周六）下午。\n";
        let x = extract(letter, Catalogue::bundled());
        assert_eq!((x.activity_from.map(|v| v.value).as_deref(), x.activity_to.map(|v| v.value).as_deref()), (Some("2029-07-16"), Some("2029-07-21")));
    }

    /// Of two days on a flight's line under an arrival's word, the one the flight takes off on elsewhere is not the
    /// arrival; a leaving said of the next day leaves the first as it is.
    #[test]
    fn the_day_a_flight_takes_off_is_not_the_arrival() {
        let overnight = "陳先生：\n\n本會誠邀閣下於2029年2月19日至21日演出。\n\n　　去程：國泰航空CX 292　羅馬 2月17日（星期六）晚上10:50起飛，2月18日（星期日）下午5:05抵港\n";
        assert_eq!(travel(overnight).0.as_deref(), Some("2029-02-18"));
        let said_after = "Dear Ms Mendes,\n\nShows on Fri 19 Nov 2027.\n\nArrives Thu 18 Nov 06:40 on EK 380 from Dubai (leaves São Paulo on the 16th). Flies out Sun 21 Nov 08:35, EK 381.\n";
        assert_eq!(travel(said_after).0.as_deref(), Some("2027-11-18"));
    }

    /// A lab the visitor runs is the activity, with a screening held after it: the span covers both.
    #[test]
    fn a_lab_run_for_students_is_the_activity() {
        let x = extract("Dear Ms Karimi,\n\nThe lab will run from Monday 5 February to Friday 16 March 2029. The screening will be held on Saturday 17 March 2029.\n", Catalogue::bundled());
        assert_eq!((x.activity_from.map(|v| v.value).as_deref(), x.activity_to.map(|v| v.value).as_deref()), (Some("2029-02-05"), Some("2029-03-17")));
    }

    /// An itinerary's "arr. Hong Kong" and "dep. Hong Kong" are the arrival and the departure; a hotel's check-out the
    /// evening before a flight after midnight is not the departure, the flight's day is.
    #[test]
    fn a_check_out_the_evening_before_a_flight_after_midnight() {
        let rows = "Dear Mr Nowak,\n\nRehearsals from 11 Sep 2028.\n\n| Sun 10 Sep 2028 | arr. Hong Kong 08:15 |\n| Sun 1 Oct 2028 | free; check out 22:00 |\n| Mon 2 Oct 2028 | LO 282 dep. Hong Kong 00:05, arr. Warsaw 06:10 |\n";
        assert_eq!(travel(rows), (Some("2028-09-10".to_string()), Some("2028-10-02".to_string())));
        // (A check-out on the day the flight leaves is that day, as before.)
        let same_day = "Dear Mr Nowak,\n\nRehearsals from 11 Sep 2028.\n\n| Sun 10 Sep 2028 | arr. Hong Kong 08:15 |\n| Sun 1 Oct 2028 | check out 10:00; LO 282 dep. Hong Kong 13:05 |\n| Mon 2 Oct 2028 | arr. Warsaw 06:10 |\n";
        assert_eq!(travel(same_day).1.as_deref(), Some("2028-10-01"));
        // (Nor a day after the check-out whose leaving is in the daytime: the check-out's day stands.)
        let daytime = "Dear Mr Nowak,\n\nRehearsals from 11 Sep 2028.\n\n| Sun 10 Sep 2028 | arr. Hong Kong 08:15 |\n| Sun 1 Oct 2028 | check out 10:00; ferry to Macau |\n| Mon 2 Oct 2028 | dep. Hong Kong 14:05 from Macau |\n";
        assert_eq!(travel(daytime).1.as_deref(), Some("2028-10-01"));
    }

    /// A form's line of days that no word names, by one of the activity's, is the activity's too; a line of lodging
    /// is not; a chat's lines are no form's.
    #[test]
    fn a_forms_other_lines_of_the_visitors_days() {
        let span = |letter: &str| {
            let x = extract(letter, Catalogue::bundled());
            (x.activity_from.map(|f| f.value), x.activity_to.map(|t| t.value))
        };
        let days = |f: &str, t: &str| (Some(f.to_string()), Some(t.to_string()));
        let form = "Dear Captain Souza,\n\nWe invite you to instruct our officers.\n\nArrival in Hong Kong ......... 21/05/2028 (Sun), 06:35\nInstruction (classroom) ...... 22/05/2028 (Mon) – 25/05/2028 (Thu), Lecture Room 3\nLive-fire exercise ........... 27/05/2028 (Sat), 08:00–13:00\nDeparture from Hong Kong ..... 28/05/2028 (Sun), 23:55\nAccommodation ................ 21/05/2028 – 28/05/2028\n";
        assert_eq!(span(form), days("2028-05-22", "2028-05-27"));
        let zh = "王先生：\n\n本局诚邀阁下担任讲者。安排如下：\n（一）研讨会：2028年4月10日至12日，上午9时30分至下午5时；\n（二）实地考察：4月13日（星期四）上午9时至12时；\n（三）行程：阁下将于4月9日抵达香港，并于4月13日下午返回上海。\n";
        assert_eq!(span(zh), days("2028-04-10", "2028-04-13"));
        let chat = "[10:02] Amy Lau (HKCO): Hi Ken! Would you play with us? The concert is on 14 Oct 2027\n[10:05] Ken Ito: Sounds great\n[10:06] Ken Ito: what about 20 Oct 2027\n[10:07] Amy Lau (HKCO): Great\n";
        assert_eq!(span(chat).1.as_deref(), Some("2027-10-14"));
    }

    /// A table's row with its weekday in a cell before the date: the row's words after the date say what it is.
    #[test]
    fn a_table_row_with_its_weekday_first() {
        let letter = "Dear Mr Ribeiro,\n\nWe invite you to conduct our band.\n\nDay          | Date               | Your part\n-------------|--------------------|----------\nSunday       | 25 July 2027       | Arrival – met by staff\nMonday       | 26 July 2027       | Sectionals\nSaturday     | 31 July 2027       | Finale Concert\nSunday       | 1 August 2027      | Departure\n";
        assert_eq!(travel(letter), (Some("2027-07-25".to_string()), Some("2027-08-01".to_string())));
        // (Or after its number, its weekday with the date: the flight's own legs inside the row are not the row's day.)
        let numbered = "Dear Dr Tremblay,\n\nWe invite you to review our geopark.\n\nDay | Date              | Programme\n----+-------------------+----------\n 1  | Wed 29 Nov 2028   | Arrive HKIA (AC 7, dep. Vancouver Tue 28 Nov 14:10, arr. 18:55); check in\n 2  | Thu 30 Nov 2028   | Orientation briefing\n 3  | Fri 1 Dec 2028    | Field survey\n 4  | Sat 2 Dec 2028    | Depart HKIA (AC 8, 17:00)\n";
        assert_eq!(travel(numbered), (Some("2028-11-29".to_string()), Some("2028-12-02".to_string())));
    }

    /// The coming and the going said around the date: a Chinese clause of how the visitor travels, with the coming in
    /// the next ("乘搭噴射飛航，約下午二時半抵達…"); a flight that will "land at" a time; travelling "on to" another
    /// city after the visit; a hotel's nights as 住宿日期 or "booked your hotel". (And, as before, ", arriving at" the
    /// ferry terminal after the date, not at a studio.)
    #[test]
    fn travel_said_around_the_date() {
        let zh = "陳先生：\n\n本院誠邀閣下於2028年6月6日至10日主持工作坊。閣下將於2028年6月5日（星期一）乘坐高鐵G6543次由廣州南站出發，約下午3時抵達香港西九龍站。\n";
        assert_eq!(travel(zh).0.as_deref(), Some("2028-06-05"));
        let ferry = "陳先生：\n\n本院誠邀閣下於2028年2月21日至25日主持大師班。閣下將於二〇二八年二月二十日（星期日）由澳門乘搭噴射飛航，約下午二時半抵達上環港澳客輪碼頭。\n";
        assert_eq!(travel(ferry).0.as_deref(), Some("2028-02-20"));
        let en = "Dear Ms Roy,\n\nWe invite you to lead masterclasses from 21 to 25 February 2028. You will travel from Macao by TurboJET on Sunday 20 February 2028, arriving at the Hong Kong–Macau Ferry Terminal in Sheung Wan at around 14:30.\n";
        assert_eq!(travel(en).0.as_deref(), Some("2028-02-20"));
        let venue = "Dear Ms Roy,\n\nWe invite you to lead masterclasses from 21 to 25 February 2028. The first class is on 21 February 2028, arriving at the studio by 9:30.\n";
        assert_eq!(travel(venue).0, None);
        let on_to = "Dear Ms Roy,\n\nWe invite you to survey the site from 6 to 11 September 2027. Your flight QR 818 is scheduled to land at 18:10 on Sunday 5 September 2027, and after the visit you will travel on to Guangzhou by high-speed rail on Sunday 12 September 2027.\n";
        assert_eq!(travel(on_to), (Some("2027-09-05".to_string()), Some("2027-09-12".to_string())));
        let nights = "陳先生：\n\n本署誠邀閣下於2028年11月15日至17日擔任評審。本署已為閣下預訂酒店，住宿日期為2028年11月14日至19日（共五晚）。\n";
        assert_eq!(travel(nights), (Some("2028-11-14".to_string()), Some("2028-11-19".to_string())));
        let booked = "Dear Ms Roy,\n\nWe invite you to judge from 15 to 17 November 2028. We have booked your hotel for five nights, 14 to 19 November 2028.\n";
        assert_eq!(travel(booked), (Some("2028-11-14".to_string()), Some("2028-11-19".to_string())));
    }

    /// A range cut by a PDF's page break, its footer (with the day it was printed, "列印日期：") and the next page's
    /// letterhead between: the range's two ends, not the printing's day, which no page's footer labels.
    #[test]
    fn a_range_across_a_page_break() {
        let letter = "陳醫生：\n\n本署謹此誠邀閣下以專家顧問身份來港，主持技術研討會。\n\n研討會定於2028年9月12日至\n\n──────────────────────────────────────\nDH/CHP/VBD/28/052　　　　　　第1頁，共2頁　　　　　　列印日期：2028-08-02\n──────────────────────────────────────\n衞生署　衞生防護中心\n\n13日舉行，培訓課則安排於9月14日（星期四）進行。\n\n此致\n\n衞生署署長\n（陳大文　代行）\n\n──────────────────────────────────────\nDH/CHP/VBD/28/052　　　　　　第2頁，共2頁　　　　　　列印日期：2028-08-02\n";
        let x = extract(letter, Catalogue::bundled());
        assert_eq!((x.activity_from.map(|v| v.value), x.activity_to.map(|v| v.value)), (Some("2028-09-12".to_string()), Some("2028-09-14".to_string())));
    }

    /// The day tickets go on sale is no day of the activity, whatever the sentence names.
    #[test]
    fn the_day_tickets_go_on_sale() {
        let letter = "Dear Ms Solberg,\n\nWe invite you to give a recital on the evening of 13 November 2027 at the Sha Tin Town Hall. Tickets for the recital will go on sale at URBTIX on 14 September 2027.\n";
        let x = extract(letter, Catalogue::bundled());
        assert_eq!(x.activity_from.map(|f| f.value).as_deref(), Some("2027-11-13"));
        let zh = "陳先生：\n\n誠邀閣下於2027年11月13日晚上在沙田大會堂演奏廳舉行獨奏會。獨奏會門票將於2027年9月14日開售。\n";
        assert_eq!(extract(zh, Catalogue::bundled()).activity_from.map(|f| f.value).as_deref(), Some("2027-11-13"));
    }

    /// A flight's number after "leave on" is the flight home, not a place left from; a flight "reaches Hong Kong".
    #[test]
    fn leaving_on_a_flight_and_a_flight_that_reaches_hong_kong() {
        let days = (Some("2027-03-08".to_string()), Some("2027-03-15".to_string()));
        let letter = |flights: &str| format!("Dear Ms Roy,\n\nWe invite you to chair the jury from 9 to 14 March 2027. {flights}\n");
        assert_eq!(travel(&letter("You are to arrive on SQ 882 on Monday 8 March 2027 and to leave on SQ 883 on Monday 15 March 2027.")), days);
        assert_eq!(travel(&letter("Your flight, CX 250, reaches Hong Kong on Monday 8 March, and you fly home on CX 251 on Monday 15 March.")), days);
        // Leaving a named place is still the leg from home.
        assert_eq!(travel(&letter("You leave Paris on AF 188 on Sunday 7 March.")).1, None);
    }
}
