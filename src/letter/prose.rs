//! Fields read from the letter's wording: the role, the activity, the venue, the remuneration and the travel
//! document number.

use super::dates::DateMention;
use super::text::{phrase_until, Text};
use super::cues::{LETTER_SUBJECT_HEADERS, PEOPLE_HONORIFICS, LETTER_INVITING, ACTIVITY_NOT_TASKS, ROLE_CJK_EVENTS, ACTIVITY_CJK_PRAISE, VENUE_CJK_REFERENCES, VENUE_NAMED_LEADS, ROLE_CJK_STOPS, ACTIVITY_NOT_ACTIVITIES, ROLE_AS_CONTEXT, ROLE_NOT_ROLES, TRAVEL_DOCUMENT_LEADS, VENUE_CJK_AT, VENUE_CJK_LEADS, ROLE_OF, ACTIVITY_CJK_HOST_HOLDS, REMUNERATION_CUES, REMUNERATION_CURRENCIES, REMUNERATION_CJK_EACH, REMUNERATION_TERMS, REMUNERATION_TOTAL_LEADS, REMUNERATION_TOTAL_AFTER, REMUNERATION_TOTAL_AFTER_IN_BRACKET, VENUE_ADDRESS, VENUE_EVENTS, VENUE_LEADS, VENUE_PLACES, ACTIVITY_AT_VERBS, ACTIVITY_TO_VERBS, ACTIVITY_CJK_VERBS, ACTIVITY_CJK_ATTENDING, ACTIVITY_NOT_TASK_STARTS, REMUNERATION_CURRENCIES_AFTER, REMUNERATION_PERIOD_WORDS, ACTIVITY_LEADS, ACTIVITY_HOST_GLAD, ACTIVITY_CJK_SERVE_AS, ACTIVITY_CJK_POSTS_TAKEN, ACTIVITY_CJK_NOUNS_AFTER_VERB, ACTIVITY_CJK_NOUNS_OF_THEIR_OWN, ACTIVITY_NOT_VERBS, ACTIVITY_OPEN_LEADS, ACTIVITY_NOT_GERUNDS, ROLE_BEFORE, ROLE_CJK_BEFORE, ROLE_CJK_CAPACITY_CLOSE, ROLE_CJK_CAPACITY_OPEN, ROLE_CJK_POST_STARTS, ROLE_CJK_PRAISE};
use super::confidence::{Reason, CLEAR_CUE, GUESS, WEAK};
use super::Extracted;
use crate::catalogue::names::{is_alpha, is_capital};

/// "... as a guest violinist ...", "... as guest coach for ...", "to be our keynote speaker", "擔任評審".
/// Where a phrase starting at `start` begins once the first of `articles` that is there is passed.
fn past_article(text: &Text, start: usize, articles: &[&str]) -> usize {
    articles
        .iter()
        .find(|a| text.lower_str(start, start + a.chars().count()) == **a)
        .map_or(start, |a| start + a.chars().count())
}

pub(super) fn role(text: &Text) -> Option<Extracted> {
    // (" – ": "Invitation as Referee Supervisor – Hong Kong Judo Open 2027", a subject line naming the event after.)
    // (" this ", " next ": "as our Visiting Specialist this November".)
    const STOPS: &[&str] = &[" in ", " at ", " for ", " of ", " during ", " from ", " on ", " to ", " and to ", ",", " with ", " under ", "，", "、", "(", "（", " – ", " — ", " - ", " this ", " next "];
    // "in the capacity of adjudicator", "to serve as our keynote speaker".
    for lead in ROLE_BEFORE {
        if let Some(p) = text.find_lower(0, text.lower.len(), lead) {
            let start = past_article(text, p + lead.chars().count(), &["a ", "an ", "the ", "our "]);
            let (s, e) = role_phrase(text, start, STOPS);
            if e > s + 2 {
                return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
            }
        }
    }
    let mut from = 0;
    while let Some(p) = text.find_lower(from, text.lower.len(), " as ") {
        from = p + 1;
        // "As discussed, ...": a sentence that starts with "As" gives no role.
        if p > 0 && ".!?\n".contains(text.lower[p - 1]) {
            continue;
        }
        let window = text.lower_str(p.saturating_sub(160), p);
        if !ROLE_AS_CONTEXT.iter().any(|w| window.contains(w)) {
            continue;
        }
        let after = text.lower_str(p + 4, p + 24);
        if ROLE_NOT_ROLES.iter().any(|w| after.starts_with(&format!("{w} ")) || after.starts_with(&format!("{w},"))) {
            continue;
        }
        // "the number as given in your CV", "as printed", "as written": a past participle says how, not who (the
        // irregular ones are among the words that are no role). (Not a title in capitals: "as Distinguished Visiting
        // Professor".)
        let word = after.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        let capital = text.original.get(p + 4).is_some_and(|&c| is_capital(c));
        if !capital && (word.len() > 3 && word.ends_with("ed") || ROLE_NOT_ROLES.contains(&word)) {
            continue;
        }
        let start = past_article(text, p + 4, &["one of our ", "one of the ", "a ", "an ", "the ", "our "]);
        let (s, e) = role_phrase(text, start, STOPS);
        if e > s + 2 {
            return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
        }
    }
    // "以客席指揮身份": the role between 以 and 身份.
    for open in ROLE_CJK_CAPACITY_OPEN {
        for p in text.find_all(open) {
            let s = p + open.chars().count();
            let window = (s + 20).min(text.lower.len());
            let Some(close) = ROLE_CJK_CAPACITY_CLOSE.iter().filter_map(|c| text.find_lower(s, window, c)).min() else { continue };
            let close = if text.lower[close - 1] == '的' { close - 1 } else { close };
            if close > s + 1 && !text.lower[s..close].iter().any(|c| "，。、,;".contains(*c)) {
                // ("以研討會主講嘉賓身份": the post, without what it is of.)
                return text.extracted(post_start(text, s, close), close, None, GUESS).map(|x| x.doubt(Reason::Prose));
            }
        }
    }
    for lead in ROLE_CJK_BEFORE {
        if let Some(p) = text.find_lower(0, text.lower.len(), lead) {
            let (mut s, e) = phrase_until(text, p + lead.chars().count(), ROLE_CJK_STOPS, 30);
            // "客席指揮一職": the post, without "一職".
            let e = if text.lower_str(e.saturating_sub(2), e) == "一職" || text.lower_str(e.saturating_sub(2), e) == "一职" { e - 2 } else { e };
            // "本次研讨会的主讲嘉宾", "“亚洲新晋电影人奖”评审团成员": the role is what follows the last "的" or closing quote.
            if let Some(d) = (s..e).rev().find(|&i| "的”」』》\"".contains(text.lower[i])) {
                s = d + 1;
            }
            // "本課程客席教練", "本屆大賽決賽評判": "this course's", "this contest's" is not part of the role (nor is the
            // event a post is of: see `post_start`).
            // (An event's name that starts the role goes too, when a post of three characters or more is left:
            // "賽事技術總監" is a 技術總監; "課程總監" stays.)
            let this = text.lower.get(s) == Some(&'本');
            let opens = |p: usize, w: &str| (p == s && e >= p + w.chars().count() + 3).then_some(p + w.chars().count());
            let led = ROLE_CJK_EVENTS.iter().find_map(|w| text.find_lower(s, e, w).and_then(|p| opens(p, w)));
            if let Some(after) = ROLE_CJK_EVENTS.iter().filter_map(|w| text.rfind_lower(s, e, w).map(|p| p + w.chars().count())).max().filter(|&a| this && e >= a + 2).or(led) {
                s = after;
            }
            let (s, e) = without_whose_and_when(text, s, e);
            if e > s {
                return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
            }
        }
    }
    None
}

/// A Chinese role without the school it is of, the term it is for and a note in brackets: "本院戲劇學院客席藝術家",
/// "本系2027年秋季訪問作曲家", "电影学院驻校编剧（2027年1月）" are a 客席藝術家, a 訪問作曲家 and a 驻校编剧.
fn without_whose_and_when(text: &Text, mut s: usize, mut e: usize) -> (usize, usize) {
    if let Some(b) = (s + 2..e).find(|&i| matches!(text.lower[i], '(' | '（')) {
        e = b;
    }
    let rest = |s: usize| text.lower_str(s, e);
    // "本院", "本系", "本中心", "本年度": this school's, this department's, this year's.
    if text.lower.get(s) == Some(&'本') {
        const UNITS: &[&str] = &["學院", "学院", "樂團", "乐团", "中心", "年度", "課程", "课程", "院", "系", "館", "馆", "校", "團", "团", "會", "会", "處", "处", "署", "局", "屆", "届"];
        if let Some(unit) = UNITS.iter().find(|u| rest(s + 1).starts_with(*u)) {
            let after = s + 1 + unit.chars().count();
            if e >= after + 2 {
                s = after;
            }
        }
    }
    // A school or a department ("戲劇學院", "音樂系") within the first few characters.
    if let Some(unit) = ["學院", "学院", "學系", "学系"].iter().filter_map(|u| text.find_lower(s, e, u).map(|p| p + 2)).min() {
        if unit <= s + 8 && e >= unit + 2 {
            s = unit;
        }
    }
    // A year and its season or term: "2027年秋季".
    let year = rest(s);
    if year.len() >= 5 && year.as_bytes()[..4].iter().all(u8::is_ascii_digit) && year[4..].starts_with('年') {
        let mut after = s + 5;
        for term in ["春季", "夏季", "秋季", "冬季", "度", "上學期", "下學期", "上学期", "下学期"] {
            if rest(after).starts_with(term) {
                after += term.chars().count();
                break;
            }
        }
        if e >= after + 2 {
            s = after;
        }
    }
    (post_start(text, s, e), e)
}

/// Where a Chinese post starts in `s..e`, past what it is of: "冬季長跑集訓外聘教練" is an 外聘教練, "研討會主題講者" a
/// 主題講者, "2027-28年度訪問學人" a 訪問學人. The post starts at the word that makes one ("客席", "外聘", "主講" ...),
/// unless only such words and praise come before it ("駐校客席導師", "傑出訪問學人").
fn post_start(text: &Text, s: usize, e: usize) -> usize {
    let role = text.lower_str(s, e);
    let Some(k) = ROLE_CJK_POST_STARTS.iter().filter_map(|w| role.find(w)).min().filter(|&k| k > 0) else { return s };
    let before = &role[..k];
    let mut left = before.to_string();
    for w in ROLE_CJK_POST_STARTS.iter().chain(ROLE_CJK_PRAISE) {
        left = left.replace(w, "");
    }
    if left.is_empty() { s } else { s + before.chars().count() }
}

/// A labelled Chinese role as its post, without what it is of ("身份：研討會主題演講嘉賓" is a 主題演講嘉賓); a role in
/// either script without the aside in brackets after it ("Technical Delegate (appointed by Asia Triathlon)",
/// "客席教練（Guest Coach）").
pub(super) fn post_of_role(text: &Text, x: Extracted) -> Extracted {
    let x = without_aside(text, x);
    // (Chinese alone: "Guest Choreographer / 客席編舞" is read as written.)
    if !x.value.chars().any(super::text::is_cjk) || x.value.chars().any(|c| c.is_ascii_alphabetic()) {
        return x;
    }
    let s = post_start(text, x.start, x.end);
    match text.extracted(s, x.end, None, x.confidence).filter(|_| s > x.start) {
        Some(v) => Extracted { reason: x.reason, ..v },
        None => x,
    }
}

/// A value without the bracket that closes it, when something comes before the bracket.
fn without_aside(text: &Text, x: Extracted) -> Extracted {
    let Some(open) = (x.start + 1..x.end).find(|&i| matches!(text.original[i], '(' | '（')) else { return x };
    if !matches!(text.original[x.end - 1], ')' | '）') || (open + 1..x.end - 1).any(|i| matches!(text.original[i], '(' | '（')) {
        return x;
    }
    let (s, e) = text.trim(x.start, open);
    match text.extracted(s, e, None, x.confidence) {
        Some(v) if e > s => Extracted { reason: x.reason, ..v },
        _ => x,
    }
}

/// The activity as the letter describes it: "you will give three masterclasses ...", "your duties will comprise
/// ...", "to present two concerts ...", "invite you to take part in ...", "邀請閣下參與 ...". It ends where the
/// sentence, a date, a venue or a time clause begins.
pub(super) fn activity(text: &Text, mentions: &[DateMention], invitee: Option<&str>) -> Option<Extracted> {
    const STOPS: &[&str] = &[
        ", from", ", on ", ", at ", ", in ", ", which", ", to be", " at the ", " at our ", " under ", " during ",
        " in hong kong", " to be held", " organised by", " organized by", " as a ", " as an ", " as our ", ";",
    ];
    // The leads in order, then "you will <verb>" keeping the verb ("you will run with the community groups"), or the
    // invitee's surname for "you" ("Ms. Hernández will moderate a panel").
    // The surname: the word in capitals ("Mr WONG Kar Fai"), else the last.
    let surname = invitee
        .and_then(|n| {
            let words: Vec<&str> = n.split_whitespace().skip(1).collect();
            words.iter().find(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase())).or(words.last()).copied()
        })
        .map(|n| format!("{} will ", crate::catalogue::names::lowercase(n)));
    // "The Department is pleased to present the fourth Piano Series": the host presents, the visitor does not.
    let host_glad = |p: usize, lead: &str| {
        let before = text.lower_str(p.saturating_sub(12), p);
        lead.trim_start_matches(',').starts_with(" to ") && ACTIVITY_HOST_GLAD.iter().any(|w| before.trim_end().ends_with(w))
    };
    let open_leads: Vec<&str> = ACTIVITY_OPEN_LEADS.iter().copied().chain(surname.as_deref().filter(|s| s.is_ascii() || s.chars().count() > 6)).collect();
    let mut generic: Vec<(usize, usize)> = open_leads
        .into_iter()
        .flat_map(|lead| {
            text.find_all(lead).filter_map(move |p| {
                // Clamped: a lead lower-cased by the catalogue's rule may not be as long as what it matched.
                let mut after = (p + lead.chars().count()).min(text.lower.len());
                // "if you would, as Chair of the Jury, adjudicate ...": past the capacity set off by commas.
                if lead.ends_with(", ") && text.lower_str(after, (after + 3).min(text.lower.len())) == "as " {
                    after = (after + 3..(after + 80).min(text.lower.len())).find(|&i| text.lower[i] == ',').map_or(after, |c| c + 2);
                } else if lead.starts_with("you") && lead.ends_with(", ") {
                    // ("You will, of course, be met at the airport": no capacity, no task.)
                    return None;
                }
                let next = text.lower_str(after, (after + 16).min(text.lower.len()));
                let verb = next.split(|c: char| !c.is_alphabetic() && c != '-').next().unwrap_or("");
                // ("to co-curate our special display": the verb after its prefix.)
                let stem = verb.strip_prefix("co-").unwrap_or(verb);
                // "you will be conducting a short course": a task in its -ing form, not travel ("you will be staying").
                let ongoing = lead.ends_with(" be ");
                let task = !verb.is_empty()
                    && !ACTIVITY_NOT_VERBS.contains(&stem)
                    && (lead != " to " || ACTIVITY_TO_VERBS.contains(&stem))
                    && (!ongoing || verb.ends_with("ing") && !ACTIVITY_NOT_GERUNDS.contains(&verb));
                (task && !host_glad(p, lead)).then_some((p, after - p))
            })
        })
        .collect();
    // The earliest in the letter first: "in the capacity of consultant, to advise on ... and to lead ...".
    crate::sorting::sort_by_key(&mut generic, |&(p, _)| crate::sorting::number(p as i64));
    // Not in an e-mail's headers ("Subject: Invitation to perform - ..."), nor the letter as a document ("a letter of
    // invitation for you to carry with you").
    let usable = |p: usize| !text.header_line[text.line_of(p)] && !text.lower_str(p.saturating_sub(12), p).trim_end().ends_with("letter of");
    generic.retain(|&(p, _)| usable(p));
    let leads = ACTIVITY_LEADS.iter().filter_map(|lead| text.find_all(lead).find(|&p| usable(p) && !host_glad(p, lead)).map(|p| (p, lead.chars().count())));
    // "participate as a speaker in the Smart City Forum": a verb and the capacity it is done in, read only when the
    // letter says nothing more of what the person does.
    let mut verb_as: Option<(usize, usize)> = None;
    let mut candidates: Vec<(usize, usize)> = leads.chain(generic).collect();
    // "invite you to visit the Department as a Visiting Professor, to deliver a short course ...", "to join us as an
    // overseas judge and to adjudicate ...": when the first phrase is coming, joining or a capacity, the task the same
    // sentence goes on to give is the activity.
    if let Some(&(p, lead_len)) = candidates.first() {
        // (The lead's own last word may be the verb: "invite you to deliver ".)
        let around = text.lower_str(p, (p + lead_len + 20).min(text.lower.len()));
        let (lead_words, after) = around.split_at(around.char_indices().nth(lead_len).map_or(around.len(), |(b, _)| b));
        let last_of_lead = lead_words.split_whitespace().last().unwrap_or("");
        // ("invitation to you to appear as ...": past "you to".)
        let first_word = after.split(|c: char| !c.is_alphabetic()).find(|w| !["", "you", "to"].contains(w)).unwrap_or("");
        let verb = if ACTIVITY_NOT_TASKS.contains(&first_word) { first_word } else { last_of_lead };
        // ("invite you to Lingnan University as ...", "to the Academy as ...": a place, no task.)
        let start = p + lead_len;
        let place = text.original.get(start).is_some_and(|&c| is_capital(c)) || first_word == "the";
        if ACTIVITY_NOT_TASKS.contains(&verb) || (place && !ACTIVITY_TO_VERBS.contains(&last_of_lead)) {
            match task_in_sentence(text, p + lead_len) {
                Some(task) => candidates.insert(0, task),
                // (No task in its sentence: another lead may give it, "we would ask you to deliver ...".)
                None if candidates.len() > 1 => {
                    let first = candidates.remove(0);
                    candidates.push(first);
                }
                None => {}
            }
        }
    }
    let mut not_a_task: Option<(usize, usize)> = None;
    for (p, lead_len) in candidates {
        let start = p + lead_len;
        let mut stops: Vec<&str> = STOPS.to_vec();
        let (s, mut e) = phrase_until(text, start, &stops, 160);
        // "act as a judge at the X Fair": the role's words are no stop here; what the role is of follows them.
        let verb_only = text.lower_str(s, e).trim().to_string();
        if verb_as.is_none() && ["participate", "take part", "perform", "speak"].contains(&verb_only.as_str()) && text.lower_str(e, (e + 4).min(text.lower.len())) == " as " {
            let rest: Vec<&str> = STOPS.iter().copied().filter(|w| !w.starts_with(" as ")).collect();
            let (_, ve) = phrase_until(text, start, &rest, 160);
            let ve = mentions.iter().find(|m| m.start >= s && m.start < ve).map_or(ve, |m| m.start);
            let (vs, ve) = text.trim(s, ve);
            verb_as = Some((vs, ve));
        }
        if ["act", "serve", "be", "join us"].contains(&verb_only.as_str()) && text.lower_str(e, (e + 4).min(text.lower.len())) == " as " {
            stops.retain(|w| !w.starts_with(" as "));
            e = phrase_until(text, start, &stops, 160).1;
        }
        // "speak at the closing plenary", "perform at our gala": the event a verb takes "at", not the venue; and
        // "... at the Teachers' Professional Development Conference": a named event, not a place.
        let last = text.lower_str(s, e).rsplit(' ').next().unwrap_or("").to_string();
        let at = text.lower_str(e, (e + 8).min(text.lower.len())).starts_with(" at ");
        let event_after = at && {
            let (_, ee) = phrase_until(text, e + 4, &[",", ";", ". ", " on ", " from ", " in ", " which", " to be", " at "], 80);
            let after = text.lower_str(e, ee);
            // The event word first: "at the opening symposium of the exhibition" is an event (the exhibition is
            // not where it happens); "the Convention and Exhibition Centre" a place.
            let first = |words: &mut dyn Iterator<Item = &&str>| words.filter_map(|w| after.find(*w)).min();
            let event = first(&mut VENUE_EVENTS.iter().filter(|w| !["convention", "exhibition"].contains(*w)));
            let place = first(&mut VENUE_PLACES.iter().filter(|w| w.is_ascii()));
            event.is_some_and(|ev| place.is_none_or(|pl| ev < pl))
        };
        if at && (ACTIVITY_AT_VERBS.contains(&last.as_str()) || event_after) {
            stops.retain(|w| !w.trim_start_matches(',').trim().starts_with("at "));
            e = phrase_until(text, start, &stops, 160).1;
        }
        // A date ends the activity: "... session from 2 to 9 March 2026".
        if let Some(m) = mentions.iter().find(|m| m.start >= s && m.start < e) {
            e = m.start;
        }
        // "... on green shipping corridors in the Harbour Room, ...": the place is the venue's, not the activity's.
        if let Some(q) = text.find_lower(s, e, " in the ") {
            let rest = text.lower_str(q, e);
            // Whole words: the "works" of "workshop" is no place.
            let words: Vec<&str> = rest.split(|c: char| !c.is_alphanumeric()).collect();
            if VENUE_PLACES.iter().filter(|w| w.is_ascii()).any(|w| words.contains(w)) {
                e = q;
            }
        }
        // Drop what leads into the date or place: "from", "on", "between", "in".
        e = without_lead_in(text, s, e);
        // "give live demonstrations of onggi making in the exhibition gallery and to lead two public workshops": a
        // task joined further on in the sentence, past the place or event that cut the first, is part of it.
        if let Some(q) = joined_task(text, e) {
            let (_, je) = phrase_until(text, q, &STOPS.iter().copied().filter(|w| !w.contains(" to ")).collect::<Vec<_>>(), 160);
            let je = mentions.iter().find(|m| m.start >= q && m.start < je).map_or(je, |m| m.start);
            e = without_lead_in(text, q, je);
        }
        // "invite you to serve as head coach of the Hong Kong Open Coaching Clinic": the activity is what the role is of.
        let mut s = s;
        let phrase = text.lower_str(s, e);
        // (Or a lead that ends with "as": "invite you as guest soloist for the Arab Music Evening".)
        let after_as = text.lower_str(p, start).ends_with(" as ");
        if after_as || ["serve as ", "act as ", "be our ", "be the ", "join us as ", "as "].iter().any(|w| phrase.starts_with(w)) {
            match [" of the ", " for the ", " at the ", " in the ", " for a ", " for an ", " of a "].iter().filter_map(|w| text.find_lower(s, e, w).map(|p| p + w.chars().count() - 4)).min() {
                Some(p) => s = p,
                None => continue,
            }
        }
        let phrase = text.lower_str(s, e);
        // An English activity is more than a verb ("perform").
        let words = phrase.split_whitespace().count();
        // "join the forum": the event itself says nothing of what the invitee does in it.
        let event = ["join ", "attend ", "participate in ", "take part in "].iter().fold(phrase.trim_start(), |p, v| p.strip_prefix(v).unwrap_or(p));
        let bare_event = event.starts_with("the ") && event.split_whitespace().count() <= 2;
        // "to visit Hong Kong as our Visiting Conservation Specialist and to give ...": coming is not the activity.
        let travel = phrase.trim().strip_suffix("hong kong").map(|v| v.trim_end().trim_end_matches(" to").trim_end());
        let travel = travel.is_some_and(|v| ACTIVITY_NOT_ACTIVITIES.contains(&v));
        if e > s + 3 && !bare_event && !travel && !phrase.starts_with("hong kong") && !ACTIVITY_NOT_ACTIVITIES.contains(&phrase.trim()) && (words >= 2 || !phrase.is_ascii()) {
            // A task ("set a new work on our dancers") before a phrase that only names the event or the coming
            // ("the Spring Dance Season 2027", "join the School as Guest Artist"), wherever the letter gives it.
            // (The lead may end with the verb: "invite you to deliver ".)
            let lead_verb = text.lower_str(p, start);
            let lead_verb = lead_verb.split_whitespace().last().unwrap_or("");
            let lead_is_a_task = s == start && (ACTIVITY_TO_VERBS.contains(&lead_verb) || ACTIVITY_AT_VERBS.contains(&lead_verb));
            if (lead_is_a_task || is_a_task(text, s, e)) && !is_a_heading(text, text.line_of(s)) {
                // The activity from its verb, the lead's own included.
                let s = if lead_is_a_task { start - lead_verb.chars().count() - 1 } else { s };
                return text.extracted(s, e, None, WEAK).map(|x| x.doubt(Reason::Prose));
            }
            not_a_task = not_a_task.or(Some((s, e)));
        }
    }
    if let Some((s, e)) = not_a_task {
        return text.extracted(s, e, None, WEAK).map(|x| x.doubt(Reason::Prose));
    }
    if let Some((s, e)) = verb_as.filter(|&(s, e)| text.lower_str(s, e).split_whitespace().count() >= 4) {
        return text.extracted(s, e, None, WEAK).map(|x| x.doubt(Reason::Prose));
    }
    // Chinese: the clause that starts with the activity's verb, the earliest of them, and its "並/并" continuation.
    // Not in a title line ("評審團邀請函").
    let in_body = |p: usize| {
        let (ls, le) = text.lines[text.line_of(p)];
        let line = text.lower_str(ls, le);
        let line = line.trim_end();
        // (Not an e-mail's header or address line: "寄件者：沙田民政事務處 社區參與組 <stdo_ci@had.gov.hk>"; nor a
        // subject line, "主旨：邀請台端來港擔任…客席指揮".)
        let subject = LETTER_SUBJECT_HEADERS.iter().any(|h| line.trim_start().starts_with(h));
        !text.header_line[text.line_of(p)] && !subject && !line.ends_with("邀請函") && !line.ends_with("邀请函") && !line.contains('@') && (le - ls >= 30 || line.contains('。') || line.contains(','))
    };
    // "擔任第七十九屆香港學校音樂節評判": serving as a judge or a member of a panel is the task itself.
    // (With where its clause ends.)
    let serve_as: Vec<(usize, usize)> = ["擔任", "担任"]
        .into_iter()
        .flat_map(|w| text.find_all(w))
        .filter(|&p| in_body(p))
        .map(|p| (p, (p + 2..(p + 30).min(text.lower.len())).find(|&i| "，。,;；\n".contains(text.lower[i])).unwrap_or(p + 2)))
        .filter(|&(p, end)| ACTIVITY_CJK_SERVE_AS.iter().any(|w| text.lower_str(p + 2, end).ends_with(w)))
        .collect();
    let mut starts: Vec<usize> = ACTIVITY_CJK_VERBS
        .iter()
        .flat_map(|v| {
            let mut found = Vec::new();
            let mut from = 0;
            while let Some(p) = text.find_lower(from, text.lower.len(), v) {
                found.push(p);
                from = p + 1;
            }
            found
        })
        .filter(|&p| in_body(p))
        // A verb that begins a noun is no task: "主講嘉賓" is a role, "主講酬金" and "演出費" sums, "演奏家" and "參與者"
        // people, "演出日期" a detail ("家長", "家庭" begin nouns of their own: "指導家長" is a task).
        .filter(|&p| {
            let after = text.lower_str(p + 2, (p + 4).min(text.lower.len()));
            !ACTIVITY_CJK_NOUNS_AFTER_VERB.iter().any(|w| after.starts_with(w)) || ACTIVITY_CJK_NOUNS_OF_THEIR_OWN.iter().any(|w| after.starts_with(w))
        })
        // "負責的組別" (the groups one is responsible for), "負責以下工作：" (a list follows): no task of its own.
        .filter(|&p| {
            let responsible = matches!(text.lower_str(p, p + 2).as_str(), "負責" | "负责");
            let after = text.lower_str(p + 2, (p + 4).min(text.lower.len()));
            !(responsible && (after.starts_with('的') || ["以下", "下列", "如下"].contains(&after.as_str())))
        })
        // "「家庭支援服務專業培訓課程」": a verb inside a quoted title is part of the title.
        .filter(|&p| !inside_quotes(text, p))
        // "擔任「研討會」的專題講者" is a role; "擔任「...獎」評審工作" the activity.
        .filter(|&p| {
            let v = text.lower_str(p, (p + 3).min(text.lower.len()));
            if !(v.starts_with("擔任") || v.starts_with("担任")) || !v.ends_with(['「', '“']) {
                return true;
            }
            let close = (p + 3..text.lower.len().min(p + 60)).find(|&i| matches!(text.lower[i], '」' | '”'));
            close.is_none_or(|c| text.lower.get(c + 1) != Some(&'的'))
        })
        // "以客席評審身份": a verb inside the invitee's capacity is the role.
        .filter(|&p| {
            let before = text.lower_str(p.saturating_sub(12), p);
            let clause = before.rsplit(['，', ',', '。']).next().unwrap_or("");
            let after = text.lower_str(p, (p + 12).min(text.lower.len()));
            !(clause.contains('以') && (after.contains("身份") || after.contains("身分")))
        })
        // "素仰閣下在社區參與方面的卓越貢獻": a verb inside the praise that opens the invitation is no activity.
        .filter(|&p| {
            let clause = text.lower_str(p.saturating_sub(40), p);
            let clause = clause.rsplit(['，', ',', '。']).next().unwrap_or("");
            !ACTIVITY_CJK_PRAISE.iter().any(|w| clause.contains(w))
        })
        // "本會定於...舉辦研討會": what the host holds, not what the invitee does.
        .filter(|&p| {
            let clause = text.lower_str(p.saturating_sub(30), p);
            let clause = clause.rsplit(['，', ',', '。']).next().unwrap_or("");
            let holds = matches!(text.lower_str(p, p + 2).as_str(), "舉辦" | "举办");
            !holds || !ACTIVITY_CJK_HOST_HOLDS.iter().any(|w| clause.contains(w))
        })
        .collect();
    // Unless a task follows that is not joined to it: "擔任國際評判，參與初賽及決賽的評審工作" and "担任…评审团成员。评审期间，
    // 您将观看及评审入围影片" say what serving is; "担任决赛评审团成员，并主持圆桌讨论" adds a task to it.
    // (The panel's word that ends such a clause, 評判 or 評審, is a role there, not a verb.)
    starts.retain(|&q| !serve_as.iter().any(|&(p, end)| q > p + 1 && q < end));
    // "擔任「2027新界西藝術節」客席藝術家，…舉行箏獨奏會": taking on a post is the role; the task is elsewhere, when
    // the letter gives one.
    let post_taken = |p: usize| {
        let v = text.lower_str(p, (p + 3).min(text.lower.len()));
        let end = (p + 2..(p + 40).min(text.lower.len())).find(|&i| "，。,;；\n".contains(text.lower[i])).unwrap_or(p + 2);
        // (Unless a task is joined to it with 並: "擔任…裁判導師，並為本地青年裁判主持賽前培訓" is read whole.)
        (v.starts_with("擔任") || v.starts_with("担任")) && ACTIVITY_CJK_POSTS_TAKEN.iter().any(|w| text.lower_str(p, end).ends_with(w)) && !task_joined_after(text, end)
    };
    if starts.iter().any(|&p| !post_taken(p)) {
        starts.retain(|&p| !post_taken(p));
    }
    for &(p, end) in &serve_as {
        let next = starts.iter().copied().filter(|&q| q > end && q - p <= 120).min();
        let joined = |q: usize| text.lower_str(q.saturating_sub(2), q).contains(['並', '并', '及', '和']) || task_joined_after(text, end);
        if next.is_none_or(joined) {
            starts.push(p);
        }
    }
    // "謝謝閣下表示有興趣參與本署主辦的研討會。本署謹誠邀閣下…發表主題演講": what the invitee is invited to do follows
    // the invitation; verbs before it describe the event or past exchanges.
    let invited_at = LETTER_INVITING.iter().filter(|w| !w.is_ascii()).flat_map(|w| text.find_all(w)).filter(|&p| in_body(p)).min();
    if let Some(q) = invited_at.filter(|&q| starts.iter().any(|&p| p >= q)) {
        starts.retain(|&p| p >= q);
    }
    // "擔任客席教練，為港隊提供為期五天的集訓": when no activity verb is found, the clause after the role the person
    // takes on is what they do (the role is read apart, see `role`).
    let no_verb = starts.is_empty();
    for w in ["擔任", "担任"].into_iter().filter(|_| no_verb) {
        let mut from = 0;
        while let Some(p) = text.find_lower(from, text.lower.len(), w) {
            from = p + 1;
            let comma = (p + 2..(p + 18).min(text.lower.len())).take_while(|&i| !matches!(text.lower[i], '。' | '\n')).find(|&i| matches!(text.lower[i], '，' | ','));
            let Some(q) = comma.map(|c| c + 1) else { continue };
            if !in_body(p) || text.lower.get(q).is_none_or(|c| "並并及以但而如請请".contains(*c)) {
                continue;
            }
            starts.push(q);
        }
    }
    crate::sorting::sort_by_key(&mut starts, |&p| crate::sorting::number(p as i64));
    starts.dedup();
    let mut attending: Option<(usize, usize)> = None;
    // (The task that comes before attending is the invitee's own, near it; further on, a letter asks others for
    // things: "請貴中心協助辦理出訪手續".)
    const NEAR: usize = 150;
    for first in starts {
        if let Some((s, e)) = attending.filter(|&(s, _)| first > s + NEAR) {
            return text.extracted(s, e, None, WEAK).map(|x| x.doubt(Reason::Prose));
        }
        // In a table row ("2026年11月3日至7日|大師班及室樂指導|演藝學院音樂廳"), the activity is the verb's cell.
        let (ls, le) = text.lines[text.line_of(first)];
        if text.lower[ls..le].contains(&'|') {
            let cs = (ls..first).rev().find(|&i| text.lower[i] == '|').map_or(ls, |i| i + 1);
            let ce = (first..le).find(|&i| text.lower[i] == '|').unwrap_or(le);
            let (cs, ce) = text.trim(cs, ce);
            if ce > cs + 1 {
                return text.extracted(cs, ce, None, WEAK).map(|x| x.doubt(Reason::Prose));
            }
        }
        let mut e = first;
        // "就工作間熱壓力的預防發表專題演講": the topic 就 introduces, in the same clause, is part of it.
        let clause_start = (first.saturating_sub(30)..first).rev().find(|&i| matches!(text.lower[i], '，' | ',' | '。' | '\n')).map_or(first.saturating_sub(30), |i| i + 1);
        // "為本院學生主持大師班": whom it is for, likewise (not the 為 of 作為, 成為, 認為, 因為 or 為期).
        let benefactive = |i: usize| {
            matches!(text.lower[i], '為' | '为')
                && !(i > 0 && "作成認认因以".contains(text.lower[i - 1]))
                && !matches!(text.lower.get(i + 1), Some('期' | '止'))
        };
        let first = (clause_start..first).find(|&i| text.lower[i] == '就' || benefactive(i)).unwrap_or(first);
        // "負責帶領營員樂團排練": being responsible says nothing; the task is its verb after it.
        let responsible = matches!(text.lower_str(first, first + 2).as_str(), "負責" | "负责");
        let first = if responsible && ACTIVITY_CJK_VERBS.iter().any(|v| text.lower_str(first + 2, first + 2 + v.chars().count()) == *v) { first + 2 } else { first };
        loop {
            let (_, end) = phrase_until(text, e, &["，", "。", "；"], 60);
            e = end;
            let next = text.lower.get(e + 1).copied();
            // "，並...", "，另為…主持…", or a clause that starts with another activity verb ("參與演出，主演兩齣長劇").
            let verb_follows = ACTIVITY_CJK_VERBS.iter().any(|v| text.lower_str(e + 1, (e + 1 + v.chars().count()).min(text.lower.len())) == *v);
            // (Not "另附日程表", "另請…", "另行通知", "另付交通費": what is attached, asked or paid besides is no task.)
            let another_task = next == Some('另') && !text.lower.get(e + 2).is_some_and(|c| "附請请行函備备覆付見见".contains(*c))
                && !(text.lower.get(e + 2) == Some(&'外') && text.lower.get(e + 3).is_some_and(|c| "，,請请".contains(*c)));
            if text.lower.get(e) == Some(&',') && (matches!(next, Some('並' | '并' | '及' | '再')) || another_task || verb_follows) {
                e += 1;
                continue;
            }
            break;
        }
        if e > first + 2 {
            // Attending ("出席峰會", "參與計劃的首階段工作") before a task given elsewhere ("主持兩節工作坊"), unless a
            // task is joined to it ("出席開幕禮並發表演說").
            let phrase = text.lower_str(first, e);
            let attends = ACTIVITY_CJK_ATTENDING.iter().any(|w| phrase.starts_with(w));
            let task_joined = ACTIVITY_CJK_VERBS.iter().filter(|v| !ACTIVITY_CJK_ATTENDING.contains(v)).any(|v| phrase.chars().skip(2).collect::<String>().contains(v));
            if !attends || task_joined {
                return text.extracted(first, e, None, WEAK).map(|x| x.doubt(Reason::Prose));
            }
            attending = attending.or(Some((first, e)));
        }
    }
    attending.and_then(|(s, e)| text.extracted(s, e, None, WEAK).map(|x| x.doubt(Reason::Prose)))
}

/// Whether the clause after the comma at `end` adds a task with 並 or 并 ("…外聘評審，並為五名學生舉行個別指導課").
fn task_joined_after(text: &Text, end: usize) -> bool {
    matches!(text.lower.get(end), Some(',')) && matches!(text.lower.get(end + 1), Some('並' | '并'))
}

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

/// The first task a sentence gives after `from` (", to deliver ...", " and to adjudicate ..."), as a lead: where it
/// starts and the length of the words before its verb. The sentence ends at a full stop (not a title's, "Dr.") or a
/// blank line; a line break inside it (a hard-wrapped letter) does not end it.
fn task_in_sentence(text: &Text, from: usize) -> Option<(usize, usize)> {
    let limit = text.lower.len().min(from + 400);
    let title_stop = |i: usize| {
        let word: String = text.lower[i.saturating_sub(4)..i].iter().collect();
        let word = word.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        PEOPLE_HONORIFICS.contains(&word) || word == "no"
    };
    let end = (from..limit)
        .find(|&i| {
            let blank = text.lower[i] == '\n' && text.lower[i + 1..limit].iter().take_while(|c| **c != '\n').all(|c| c.is_whitespace()) && i + 1 < limit;
            let stop = text.lower[i] == '.' && text.lower.get(i + 1).is_none_or(|c| c.is_whitespace()) && !title_stop(i);
            blank || stop
        })
        .unwrap_or(limit);
    // ("spend a week with us in October, coaching our ensemble and giving a lecture": a task in its -ing form after a
    // comma.)
    [", to ", " and to ", " to ", ", "]
        .iter()
        .flat_map(|w| {
            let mut found = Vec::new();
            let mut at = from;
            while let Some(q) = text.find_lower(at, end, w) {
                found.push((q, w.chars().count()));
                at = q + 1;
            }
            found
        })
        .filter(|&(q, n)| {
            let verb = text.lower_str(q + n, (q + n + 16).min(end));
            let verb = verb.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            if n == 2 {
                return verb.strip_suffix("ing").is_some_and(|stem| {
                    let undoubled = stem.len() > 2 && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2];
                    ACTIVITY_TO_VERBS.contains(&stem)
                        || ACTIVITY_TO_VERBS.iter().any(|v| v.strip_suffix('e') == Some(stem))
                        || (undoubled && ACTIVITY_TO_VERBS.contains(&&stem[..stem.len() - 1]))
                });
            }
            ACTIVITY_TO_VERBS.contains(&verb)
        })
        .min()
}

/// Whether `p` is inside quotation marks of its line: 「...」, 『...』, “...”.
fn inside_quotes(text: &Text, p: usize) -> bool {
    let (ls, _) = text.lines[text.line_of(p)];
    let before = text.lower_str(ls, p);
    let open = before.matches(['「', '『', '“']).count();
    let close = before.matches(['」', '』', '”']).count();
    open > close
}

/// "at the Hong Kong Cultural Centre Concert Hall", "於香港文化中心舉行".
pub(super) fn venue(text: &Text) -> Option<Extracted> {
    const STOPS: &[&str] = VENUE_STOPS;
    // A candidate of one word ("the Institute") only when the letter gives no fuller one.
    let mut single: Option<(usize, usize)> = None;
    let mut first_place: Option<(usize, usize, usize)> = None;
    // A proper name with no place word, said to be where it happens: only when nothing else is found.
    let mut proper: Option<(usize, usize)> = None;
    for lead in VENUE_LEADS {
        for p in text.find_all(lead) {
            // "accommodation at the University's guest house" is not the venue, nor the airport one arrives at.
            let before = text.lower_str(p.saturating_sub(40), p);
            if ["accommodation", "stay at", "hotel", "住宿", "lodg", "arriv", "land", "met on", "pick", "meet you", "met at", "collect you"].iter().any(|w| before.contains(w)) {
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
            e = name_goes_on(text, e);
            let phrase = text.lower_str(s, e);
            // "in the Faculty of Law, Cheng Yu Tung Tower, Centennial Campus": a name without a place word, whose
            // address after it has one.
            let address_has_place = || address_parts(text, e).iter().any(|&(ps, pe)| VENUE_PLACES.iter().any(|w| text.lower_str(ps, pe).contains(w)));
            let capital = text.original.get(s).is_some_and(|&c| is_capital(c) || c.is_ascii_digit());
            if !(capital && (VENUE_PLACES.iter().any(|w| phrase.contains(w)) || address_has_place())) {
                // "will take place at Tai Kwun": a name with no place word, after words that say a place follows.
                let said = VENUE_NAMED_LEADS.contains(lead);
                let written = text.slice(s, e);
                let words: Vec<&str> = written.split_whitespace().collect();
                let name = (1..=5).contains(&words.len())
                    && words.iter().all(|w| w.chars().next().is_some_and(|c| is_capital(c)) && !w.chars().any(|c| c.is_ascii_digit()))
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
                if ordinal.chars().next().is_some_and(|c| c.is_ascii_digit()) && rest[ordinal.len()..].starts_with(" floor") {
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
            // "held at", "the venue is": said to be the venue. A plain "at" or "in": the letter's first such place
            // ("Rehearsals run ... in Studio D4, with performances ... at the Academy Lyric Theatre").
            if ["held", "venue", "located"].iter().any(|w| lead.contains(w)) {
                return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
            }
            if first_place.is_none_or(|(fp, _, _)| p < fp) {
                first_place = Some((p, s, e));
            }
        }
    }
    if let Some((_, s, e)) = first_place {
        return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
    }
    if let Some((s, e)) = single.or(proper) {
        return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
    }
    for lead in VENUE_CJK_LEADS {
        // "假香港大會堂舉行" ("at", formal), not the 假 of 暑假, 假期 or 假如.
        let holiday = |p: usize| {
            *lead == "假"
                && (p > 0 && "暑寒休放請请度例病事年婚產产".contains(text.lower[p - 1])
                    || text.lower.get(p + 1).is_some_and(|c| "期日如設设若".contains(*c)))
        };
        let mut found = text.find_lower(0, text.lower.len(), lead);
        while let Some(p) = found.filter(|&p| holiday(p)) {
            found = text.find_lower(p + 1, text.lower.len(), lead);
        }
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
                return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
            }
        }
    }
    // (The first in the letter, whichever of 於, 于 and 在 leads it: "主要在…利黃瑤璧樓進行" before "於邵逸夫堂舉行".)
    let mut at: Vec<usize> = VENUE_CJK_AT.iter().flat_map(|lead| text.find_all(lead)).collect();
    crate::sorting::sort_by_key(&mut at, |&p| crate::sorting::number(p as i64));
    for p in at {
        let (mut s, mut e) = phrase_until(text, p + 1, &["舉行", "举行", "進行", "进行", "舉辦", "举办", "上演", "公演", "，", "。"], 30);
        // "在本處位於將軍澳的消防及救護學院主持...": the place ends where the activity's verb begins; but not when
        // the phrase ends with a place ("於沙田大會堂演奏廳舉行": 演奏 is part of the hall's name).
        // ("主講公開講座兩場": 場 after a number counts sessions; it is no place.)
        let phrase = without_counted_sessions(&text.lower_str(s, e));
        let ends_with_place = VENUE_PLACES.iter().any(|w| !w.is_ascii() && phrase.ends_with(w));
        // (A verb that names a room is part of its name: "排練室".)
        let names_a_room = |v: usize, w: &str| text.lower.get(v + w.chars().count()).is_some_and(|c| "室廳厅館馆堂".contains(*c));
        let verb = ACTIVITY_CJK_VERBS.iter().filter_map(|w| text.find_lower(s, e, w).filter(|&v| !names_a_room(v, w))).min();
        if let Some(v) = verb.filter(|_| !ends_with_place) {
            e = v;
        }
        // "于五月四日至八日在香港教育城": the place follows the last 在/於 (not the 於 of 位於).
        if let Some(q) = (s..e).rev().find(|&i| "在於于".contains(text.lower[i]) && !(i > 0 && text.lower[i - 1] == '位')) {
            s = q + 1;
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
        // "在同一場地", "於上述地點": a place named before, not a name.
        let reference = VENUE_CJK_REFERENCES.iter().any(|w| phrase.starts_with(w));
        // Digits of a room or hall ("10號展館", "W325室"), not of a date or a time.
        let dated = phrase.chars().any(|c| "年月日時时:".contains(c));
        if !reference && VENUE_PLACES.iter().any(|w| without_counted_sessions(&phrase).contains(w)) && !(dated && phrase.chars().any(|c| c.is_ascii_digit())) {
            // The place ends with its last place word ("在香港文化中心音樂廳排練" is at the concert hall); a phrase
            // with none but a session's 場 ("首場音樂會前一日") names no place.
            if let Some(end) = cjk_last_place_word_end(text, s, e).filter(|&end| end > s + 1) {
                return text.extracted(s, end, None, GUESS).map(|x| x.doubt(Reason::Prose));
            }
        }
    }
    // "活動將於西九文化區自由空間舉行": a name with no place word, when what follows is the event being held there and
    // the phrase is not a time ("於下午舉行", "將於五月舉行") or online.
    for lead in VENUE_CJK_AT {
        for p in text.find_all(lead) {
            let (s, e) = phrase_until(text, p + 1, &["舉行", "举行", "上演", "公演", "，", "。", "\n"], 24);
            let held = matches!(text.lower_str(e, (e + 2).min(text.lower.len())).as_str(), "舉行" | "举行" | "上演" | "公演");
            let phrase = text.lower_str(s, e);
            let time_or_online = phrase.chars().any(|c| c.is_ascii_digit() || "年月日時时午晚週周期網网線线".contains(c));
            let reference = VENUE_CJK_REFERENCES.iter().any(|w| phrase.starts_with(w));
            if held && phrase.chars().count() >= 3 && !time_or_online && !reference && !phrase.contains(['在', '於', '于', '、', '為', '为']) {
                return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
            }
        }
    }
    None
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
    " and one ", " and two ", " and a ", " and an ",
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
        let place = VENUE_PLACES.iter().chain(VENUE_ADDRESS).any(|w| part.contains(w)) || part.ends_with("/f");
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

/// The first sum of money in characters `from..to`: "HK$18,000", "US$12,500", "港幣18,000元", "HK$4,000 per day".
pub(super) fn amount_in(text: &Text, from: usize, to: usize, confidence: f32) -> Option<Extracted> {
    // Digits, or Chinese numerals ("港幣三萬元", "港幣貳萬伍仟元").
    const CJK_DIGITS: &str = "〇零一二兩两三四五六七八九十百千萬万壹貳贰參叁肆伍陸陆柒捌玖拾佰仟";
    let is_digit = |c: char| c.is_ascii_digit() || CJK_DIGITS.contains(c);
    let mut best: Option<usize> = None;
    for currency in REMUNERATION_CURRENCIES {
        let mut at = from;
        // Only an earlier one than found so far matters.
        while let Some(p) = text.find_lower(at, best.map_or(to, |b| b + 1), currency) {
            at = p + 1;
            // "CAD" in "Academy" is not a currency: a code stands alone as a word.
            let end = p + currency.chars().count();
            let alone = (p == from || !text.lower[p - 1].is_ascii_alphabetic())
                && (currency.ends_with(['$', ' ']) || !text.lower.get(end).is_some_and(|c| c.is_ascii_alphabetic()));
            // (Nor is a code without a sum after it: "Our Ref.: CAD/ATM/TRG/2027/04" is the Civil Aviation Department's.)
            let digits_at = (end..(end + 3).min(to)).find(|&i| !text.lower[i].is_whitespace() && text.lower[i] != '$');
            let sum_after = digits_at.is_some_and(|i| is_digit(text.lower[i]));
            if !currency.starts_with(|c: char| c.is_ascii_alphabetic()) || (alone && sum_after) {
                if best.is_none_or(|b| p < b) {
                    best = Some(p);
                }
                break;
            }
        }
    }
    // A currency after the sum: "15,000港元", "二萬港元", "24,000 Hong Kong dollars". Read when it comes before any
    // sum with its currency first.
    let mut after: Option<(usize, usize)> = None;
    for currency in REMUNERATION_CURRENCIES_AFTER {
        let mut at = from;
        while let Some(q) = text.find_lower(at, after.map_or(to, |(s, _)| s).min(to), currency) {
            at = q + 1;
            let mut ns = q;
            while ns > from && text.lower[ns - 1] == ' ' && currency.is_ascii() {
                ns -= 1;
            }
            let number_end = ns;
            while ns > from && (is_digit(text.lower[ns - 1]) || (",.".contains(text.lower[ns - 1]) && ns - 1 > from && is_digit(text.lower[ns - 2])) || "萬万千百".contains(text.lower[ns - 1])) {
                ns -= 1;
            }
            let digits = text.lower[ns..number_end].iter().any(|&c| is_digit(c));
            // "1月1日元旦": a day of a month, then New Year's Day, is no sum in yen.
            let a_day = currency.starts_with('日') && ns > from && text.lower[ns - 1] == '月';
            if digits && !a_day && after.is_none_or(|(s, _)| ns < s) {
                after = Some((ns, q + currency.chars().count()));
            }
        }
    }
    if let Some((s, e)) = after.filter(|&(s, _)| best.is_none_or(|b| s < b)) {
        let (s, e) = with_its_terms(text, s, e, to, confidence);
        return text.extracted(s, e, None, confidence);
    }
    let p = best?;
    let mut e = p;
    while e < to && !is_digit(text.lower[e]) && e - p < 6 {
        e += 1;
    }
    let digits_start = e;
    while e < to && (is_digit(text.lower[e]) || ",.".contains(text.lower[e]) || "萬万千百元圓正整".contains(text.lower[e])) {
        // The sum ends with its 元 (and a 正 or 整 after it): "港幣5,000元，四場合共…" is a sum and the next clause.
        if "元圓".contains(text.lower[e]) {
            e += 1;
            if e < to && "正整".contains(text.lower[e]) {
                e += 1;
            }
            break;
        }
        // A comma or point inside a sum has a digit after it ("18,000", "2.5"), not a Chinese numeral.
        if ",.".contains(text.lower[e]) && !text.lower.get(e + 1).is_some_and(|c| c.is_ascii_digit()) {
            break;
        }
        e += 1;
    }
    // A trailing comma or full stop ends the sentence, not the sum.
    while e > digits_start && ",.".contains(text.lower[e - 1]) {
        e -= 1;
    }
    if e == digits_start {
        return None;
    }
    // "per day", "per performance", "per training day", "each", "/day".
    for unit in [" per ", " a ", "/", "每"] {
        if text.lower_str(e, (e + unit.chars().count()).min(to)) == unit {
            let mut u = e + unit.chars().count();
            while u < to && is_alpha(text.lower[u]) {
                u += 1;
            }
            // A second word of the unit: "per training day", "per working day".
            let second = (u + 1..to).take_while(|&k| is_alpha(text.lower[k])).last().map(|k| k + 1);
            if text.lower.get(u) == Some(&' ') && second.is_some_and(|end| ["day", "days", "session", "performance", "lecture", "hour"].contains(&text.lower_str(u + 1, end).as_str())) {
                u = second.unwrap_or(u);
            }
            if u > e + unit.chars().count() {
                e = u;
            }
            break;
        }
    }
    let (p, e) = with_its_terms(text, p, e, to, confidence);
    text.extracted(p, e, None, confidence)
}

/// A sum with the words that say what it is for, which change what it means: "每日港幣五千元" (a day), "HK$22,000 (lump
/// sum)", "HK$30,000 for the week", and a total after a sum by the day ("每日港幣五千元，合共港幣二萬五千元", "HK$5,000
/// per day, totalling HK$25,000", "HK$5,000 per day (total HK$25,000)").
fn with_its_terms(text: &Text, mut p: usize, mut e: usize, to: usize, confidence: f32) -> (usize, usize) {
    let lower = |a: usize, b: usize| text.lower_str(a.min(text.lower.len()), b.min(text.lower.len()));
    if p >= 2 && REMUNERATION_CJK_EACH.contains(&lower(p - 2, p).as_str()) {
        p -= 2;
    } else if let Some(k) = (p.saturating_sub(6)..p).rev().find(|&k| text.lower[k] == '每') {
        // "每场音乐会港币二万元", "每讲美元600元": what it is paid for each of, in a word or two before it.
        if text.lower[k + 1..p].iter().all(|c| !c.is_ascii() && !"，。、；：:,;()（）".contains(*c)) {
            p = k;
        }
    }
    let by_each = |p: usize, e: usize| text.lower.get(p) == Some(&'每') || [" per ", " a ", "/", "(每", "(per "].iter().any(|w| lower(p, e).contains(w));
    // (The terms may be on the next line of a form's value: "HK$18,000" / "(lump sum), payable after the event".)
    let gap = (e..to.min(text.lower.len())).find(|&i| !text.lower[i].is_whitespace()).unwrap_or(e);
    let gap = if gap > e + 1 && text.lower[e..gap].contains(&'\n') { gap - 1 } else { e };
    if let Some(w) = REMUNERATION_TERMS.iter().find(|w| lower(gap, gap + w.chars().count()).trim_start() == w.trim_start() && (gap == e || w.starts_with(' '))) {
        e = gap + w.chars().count();
    } else if !by_each(p, e) {
        // (A sum by the day says its period already: "HK$2,800 per day for the six camp days".)
        let (here, below) = (terms_after(text, e), terms_after(text, gap));
        e = if here > e { here } else if gap > e && below > gap { below } else { e };
    }
    if by_each(p, e) {
        e = with_its_total(text, e, to, confidence);
    }
    (p, e)
}

/// After a sum by the day or the session, past its total when one follows: "每日港幣五千元，合共港幣二萬五千元", "HK$5,000
/// per day, totalling HK$25,000", "HK$3,000 per session, HK$18,000 in total", "US$250 per day, i.e. US$2,750 for the
/// camp", "US$500 per class (US$2,500 in total)", "每日港币3,500元，三日合共港币10,500元". A second sum says it is the
/// total by a word before it ("i.e.", 合共) or after it ("in total"); without one it may be anything else ("HK$3,000
/// per day, HK$500 a day for meals").
fn with_its_total(text: &Text, e: usize, to: usize, confidence: f32) -> usize {
    let lower = |a: usize, b: usize| text.lower_str(a.min(text.lower.len()), b.min(text.lower.len()));
    // Past what the sum is for, or a short bracket naming no sum: "HK$3,500 per day for five days (HK$17,500 in
    // total)", "每日人民币3,500元（税前），合共…".
    let past = |e: usize| {
        let rest = lower(e, e + 24);
        if let Some(inside) = rest.strip_prefix('(').and_then(|r| r.split_once(')')).map(|(i, _)| i) {
            let names_a_sum = inside.chars().any(|c| c.is_ascii_digit()) || REMUNERATION_CURRENCIES.iter().any(|w| inside.contains(w.trim()));
            return if names_a_sum { e } else { e + inside.chars().count() + 2 };
        }
        match rest.strip_prefix(" for ").map(|r| r.split(['(', ',', '.', ';']).next().unwrap_or("")) {
            Some(what) if what.split(' ').next().is_some_and(|w| super::relative::number(w).is_some()) => e + 5 + what.trim_end().chars().count(),
            _ => e,
        }
    };
    let e0 = e;
    let e = past(e);
    let bracket = lower(e, e + 2).trim_start().starts_with('(');
    let mut s = e;
    if lower(s, s + 2) == " (" {
        s += 2;
    } else if matches!(text.lower.get(s), Some(',' | '(')) {
        s += 1;
    } else {
        return e0;
    }
    while text.lower.get(s) == Some(&' ') {
        s += 1;
    }
    // ("三日合共", "两场共", "共三節合計": the days or sessions it is for, before the word or after it.)
    let count = |s: usize| {
        let i = (s..(s + 4).min(to)).find(|&i| !text.lower[i].is_ascii_digit() && !"一二兩两三四五六七八九十".contains(text.lower[i]))?;
        (i > s && "日天場场節节次堂晚講讲課课".contains(text.lower[i])).then_some(i + 1)
    };
    let counted = count(s).unwrap_or(s);
    let lead_at = |at: usize| REMUNERATION_TOTAL_LEADS.iter().find(|w| lower(at, at + w.chars().count()) == **w).map(|w| at + w.chars().count());
    let lead = [s, counted].into_iter().find_map(lead_at).map(|l| count(l).map_or(l, |c| lead_at(c).unwrap_or(c)));
    let from = lead.unwrap_or(s);
    let Some(total) = amount_in(text, from, to.min(from + 24), confidence).filter(|t| t.start <= from + 1) else { return e0 };
    let mut end = total.end;
    let total_after = REMUNERATION_TOTAL_AFTER.iter().find(|w| lower(end, end + w.chars().count()) == **w);
    // (In a bracket, "for the series" after it: "(HK$20,000 for the series)".)
    let in_bracket = bracket && REMUNERATION_TOTAL_AFTER_IN_BRACKET.iter().any(|w| lower(end, end + w.chars().count()) == *w) && lower(end, end + 30).contains(')');
    if in_bracket {
        end += lower(end, end + 30).find(')').map_or(0, |b| lower(end, end + 30)[..b].chars().count());
    }
    if lead.is_none() && total_after.is_none() && !in_bracket {
        return e0;
    }
    end += total_after.map_or(0, |w| w.chars().count());
    if bracket && text.lower.get(end) == Some(&')') {
        end += 1;
    }
    end
}

/// Past the words right after a sum that say what it covers, when they are short and name no other sum: a bracket
/// ("(lump sum)", "(before tax)", "（一筆過）", "（兩星期合計）") or the period or work it is for ("for the fortnight",
/// "for the two days", "for the whole engagement"), ending the clause. `e` when nothing is there.
fn terms_after(text: &Text, e: usize) -> usize {
    const MOST: usize = 24;
    let lower = |a: usize, b: usize| text.lower_str(a.min(text.lower.len()), b.min(text.lower.len()));
    let s = if text.lower.get(e) == Some(&' ') { e + 1 } else { e };
    if let Some(&open) = text.lower.get(s).filter(|c| matches!(c, '(' | '（')) {
        let close = if open == '(' { ')' } else { '）' };
        let Some(c) = (s + 1..(s + MOST).min(text.lower.len())).find(|&i| text.lower[i] == close || text.lower[i] == '\n') else { return e };
        let inside = lower(s + 1, c);
        let other_sum = REMUNERATION_CURRENCIES.iter().chain(REMUNERATION_CURRENCIES_AFTER).any(|w| inside.contains(w.trim()));
        let period = REMUNERATION_PERIOD_WORDS.iter().any(|w| inside.contains(w));
        return if text.lower[c] == close && !other_sum && period { c + 1 } else { e };
    }
    let rest = lower(e, e + 48);
    let Some(words) = rest.strip_prefix(" for the ") else { return e };
    let period = |upto: usize| REMUNERATION_PERIOD_WORDS.iter().any(|w| rest[..upto.min(rest.len())].contains(w));
    let mut taken = 0;
    let mut length = " for the ".len();
    for word in words.split(' ') {
        let letters = word.trim_end_matches([',', '.', ';', ':', ')']);
        if letters.is_empty() || !letters.chars().all(|c| c.is_alphabetic() || c == '-') || taken == 3 {
            break;
        }
        taken += 1;
        length += letters.len();
        if letters.len() < word.len() {
            // The clause ends with this word.
            return if period(length) { e + length } else { e };
        }
        length += 1;
    }
    let after = &rest[length.min(rest.len())..];
    let ends = after.is_empty() || ["and ", "payable", "plus ", "inclusive", "subject", "less ", "before ", "after "].iter().any(|w| after.starts_with(w));
    if taken > 0 && ends && period(length) { e + length - 1 } else { e }
}

/// The travel document number in a sentence: "passport no. E12345678", "Italian passport YA4829173", "護照號碼：...".
pub(super) fn document(text: &Text) -> Option<Extracted> {
    for lead in TRAVEL_DOCUMENT_LEADS {
        let mut from = 0;
        while let Some(p) = text.find_lower(from, text.lower.len(), lead) {
            let mut s = p + lead.chars().count();
            // Skip "(No. ", " number: ", " #".
            for _ in 0..4 {
                while s < text.lower.len() && " :#(,為为是（：".contains(text.lower[s]) {
                    s += 1;
                }
                for word in ["no.", "no", "number", "num.", "as", "is", "號碼", "号码"] {
                    let end = s + word.chars().count();
                    let bounded = word.ends_with('.') || !text.lower.get(end).is_some_and(|c| c.is_ascii_alphanumeric());
                    if bounded && text.lower_str(s, end.min(text.lower.len())) == word {
                        s += word.chars().count();
                    }
                }
            }
            let e = word_end(text, s);
            if document_shaped(text, s, e) {
                return text.extracted(s, e, None, CLEAR_CUE);
            }
            // "your passport (Argentine, no. AAG482917)": a number further on in the same clause, unsure.
            if let Some((s, e)) = document_nearby(text, s) {
                return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
            }
            from = p + 1;
        }
    }
    None
}

/// Within a labelled value that has more than the number ("Turkish passport U22918474", "C39021567）以…"), the number.
pub(super) fn document_in(text: &Text, s: usize, e: usize) -> Option<(usize, usize)> {
    if !text.lower[s..e].iter().any(|c| c.is_whitespace()) {
        // "通行证号码：C39021567）以特邀运动员身份参加": Chinese runs on without a space; the number ends where its letters
        // and digits do.
        let end = word_end(text, s).min(e);
        return (end < e && document_shaped(text, s, end)).then_some((s, end));
    }
    first_document_word(text, s, e, |_| false)
}

/// A travel document's number within a few words after its lead, before the clause ends: a line, a closing
/// bracket, a semicolon or a full stop that does not close "no.".
fn document_nearby(text: &Text, from: usize) -> Option<(usize, usize)> {
    let clause_ends = |i: usize| {
        let c = text.lower[i];
        c == '\n'
            || matches!(c, ')' | ';' | '。' | '；' | '）')
            || c == '.' && text.lower.get(i + 1).is_none_or(|n| n.is_whitespace()) && !text.lower_str(i.saturating_sub(2), i).ends_with("no")
    };
    first_document_word(text, from, (from + 60).min(text.lower.len()), clause_ends)
}

/// The first word in `s..e` shaped like a travel document's number (6 to 15 letters and digits, at least 4 of them
/// digits), unless `stop` says the text ends before it.
fn first_document_word(text: &Text, s: usize, e: usize, stop: impl Fn(usize) -> bool) -> Option<(usize, usize)> {
    let mut i = s;
    while i < e {
        if stop(i) {
            return None;
        }
        if text.lower[i].is_ascii_alphanumeric() && (i == 0 || !text.lower[i - 1].is_ascii_alphanumeric()) {
            let end = word_end(text, i);
            if document_shaped(text, i, end) {
                return Some((i, end));
            }
            i = end;
        } else {
            i += 1;
        }
    }
    None
}

/// Where a word of ASCII letters and digits that starts at `i` ends.
fn word_end(text: &Text, i: usize) -> usize {
    (i..text.lower.len()).find(|&k| !text.lower[k].is_ascii_alphanumeric()).unwrap_or(text.lower.len())
}

/// Whether `s..e` is shaped like a travel document's number: 6 to 15 letters and digits, at least 4 of them digits.
fn document_shaped(text: &Text, s: usize, e: usize) -> bool {
    (6..=15).contains(&(e - s)) && text.original[s..e].iter().filter(|c| c.is_ascii_digit()).count() >= 4
}

/// The remuneration in the letter's wording: its first sum of money, unsure when the letter names other sums (an
/// allowance, an airfare) that could be it.
pub(super) fn remuneration(text: &Text) -> Option<Extracted> {
    // Said to be a fee: "an honorarium of HK$15,000", "酬金港幣12,000元"; else it may be an allowance or an airfare.
    let cued = |x: &Extracted| {
        let sentence = text.lower_str(x.start.saturating_sub(80), x.start);
        let sentence = sentence.rsplit(['.', '。', '\n']).next().unwrap_or("");
        // The words just before the sum, after any earlier sum in its sentence ("an allowance of HK$500 per day ...,
        // and a performance fee of HK$12,000").
        let clause = sentence.rsplit(['$', '元', '，']).next().unwrap_or(sentence);
        REMUNERATION_CUES.iter().any(|c| clause.contains(c))
    };
    let first = amount_in(text, 0, text.original.len(), super::confidence::FAIR)?;
    if !cued(&first) {
        // A later sum that is said to be a fee, when the first is not.
        let mut from = first.end;
        let mut later = None;
        while let Some(other) = amount_in(text, from, text.original.len(), super::confidence::FAIR) {
            from = other.end;
            if cued(&other) {
                later = Some(other);
                break;
            }
        }
        // (Unsure: an earlier sum may be meant.)
        return Some(match later {
            Some(x) => x.doubt(Reason::Competing),
            None => first.doubt(Reason::Prose),
        });
    }
    let mut from = first.end;
    while let Some(other) = amount_in(text, from, text.original.len(), WEAK) {
        if other.value != first.value {
            return Some(first.doubt(Reason::Competing));
        }
        from = other.end;
    }
    Some(first)
}

/// A fee read without words right after it that may say what it covers ("EUR 8,000 for both concerts", "HK$55,000
/// (inclusive of the masterclass)", "港幣一萬八千元（包括…）", "每星期…，兩星期合共…"): unsure, since the letters that
/// pay this way do not agree on which of those words belong to the fee.
pub(super) fn fee_with_words_after(text: &Text, x: Extracted) -> Extracted {
    let after = text.lower_str(x.end, (x.end + 8).min(text.lower.len()));
    let terms = [" (", "(", " per ", "/", ",共", ",合", ",兩", ",两", ",三", " inclusive", " excluding", " covering"].iter().any(|w| after.starts_with(w));
    if terms && x.is_sure() { x.doubt(Reason::FeeTerms) } else { x }
}

/// The activity of a schedule line: the words after its date ("- Sat 4 Jul – Sun 12 Jul 2026: refereeing at King's
/// Park"), up to a place, a time or the line's end. A weak reading, for when the letter says no more.
/// The end of the phrase `s..e` without the words that lead into a date or a place after it ("... workshops from",
/// "... on", "... and"), nor the blanks and commas before them.
fn without_lead_in(text: &Text, s: usize, mut e: usize) -> usize {
    loop {
        let tail = text.lower_str(s, e);
        let trimmed = tail.trim_end_matches([' ', ',']);
        let cut = ["from", "on", "between", "in", "during", "at", "starting", "and"]
            .iter()
            .find(|w| trimmed.ends_with(&format!(" {w}")))
            .map(|w| w.chars().count() + 1);
        let spaces = tail.chars().count() - trimmed.chars().count();
        match cut {
            Some(n) => e -= spaces + n,
            None => return e - spaces,
        }
    }
}

/// Where a task joined to an activity that ends at `e` begins, later in the same sentence: " and to lead ...",
/// ", and conduct ..." (a verb of the activity lists after "and").
fn joined_task(text: &Text, e: usize) -> Option<usize> {
    let (_, end) = phrase_until(text, e, &[";"], 200);
    [" and to ", ", and to ", " and "]
        .iter()
        .filter_map(|w| {
            let q = text.find_lower(e, end, w)? + w.chars().count();
            let verb = text.lower_str(q, (q + 16).min(end));
            let verb = verb.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            // (A verb in lower case: "as a Keynote Speaker and Mentor" joins a title. After "and to", any verb.)
            let lower_case = text.original.get(q).is_some_and(|c| c.is_ascii_lowercase());
            let task = ACTIVITY_TO_VERBS.contains(&verb) || ACTIVITY_AT_VERBS.contains(&verb) || (w.ends_with(" to ") && !verb.is_empty() && !ACTIVITY_NOT_VERBS.contains(&verb));
            (lower_case && task).then_some(q)
        })
        .min()
        .filter(|&q| q > e + 1)
}

/// Whether line `l` is a heading: a short line before or after a blank one, not ending a sentence ("Invitation to
/// deliver the opening keynote").
fn is_a_heading(text: &Text, l: usize) -> bool {
    const SHORT: usize = 90;
    let (s, e) = text.lines[l];
    let line = text.lower_str(s, e);
    let line = line.trim();
    let alone = |k: Option<usize>| k.is_none_or(|k| k >= text.lines.len() || text.is_blank(k));
    line.chars().count() < SHORT && !line.ends_with(['.', '。']) && !line.contains(". ") && (alone(l.checked_sub(1)) || alone(Some(l + 1)))
}

/// Whether an English activity's phrase says what the person does: it starts with a verb in lower case ("set",
/// "conduct", "training"), not with an article or a name (the event: "the Spring Dance Season", "M+ Type Lab 2028")
/// nor with a word that only links others ("in Hong Kong as keynote speaker": the words a line cannot end on), and
/// not with coming, joining or attending. (A Chinese phrase is taken as it is.)
fn is_a_task(text: &Text, s: usize, e: usize) -> bool {
    let phrase = text.lower_str(s, e);
    if !phrase.is_ascii() {
        return true;
    }
    // ("attend the Forum and deliver a keynote speech": a task joined to it makes it one.)
    let joins_a_task = phrase.split(" and ").skip(1).any(|rest| {
        let verb = rest.trim_start_matches("to ").split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        ACTIVITY_TO_VERBS.contains(&verb) || ACTIVITY_AT_VERBS.contains(&verb)
    });
    let first = phrase.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let capital = text.original.get(s).is_some_and(|&c| c.is_uppercase());
    joins_a_task
        || !first.is_empty()
        && !capital
        && !super::cues::LETTER_UNFINISHED_LINE_ENDS.contains(&first)
        && !ACTIVITY_NOT_TASK_STARTS.contains(&first)
        && !ACTIVITY_NOT_TASKS.contains(&first)
        && !ACTIVITY_NOT_VERBS.contains(&first)
        && !ACTIVITY_NOT_ACTIVITIES.iter().any(|w| phrase.starts_with(&format!("{w} ")))
}

pub(super) fn activity_on_schedule_line(text: &Text, date_start: usize, date_end: usize) -> Option<Extracted> {
    let (ls, le) = text.lines[text.line_of(date_start)];
    if !text.original[ls..date_start].iter().all(|c| c.is_whitespace() || "-*•·–|>".contains(*c)) {
        return None;
    }
    let mut s = date_end;
    while s < le && (text.lower[s].is_whitespace() || ":-–|(),".contains(text.lower[s])) {
        s += 1;
    }
    let (s, e) = phrase_until(text, s, &[" at ", ",", ";", "(", " in ", "，", "於", "于", "在"], 60);
    let mut e = e.min(le);
    // "coaching sessions (mornings and afternoons)": words in brackets belong to it; a flight's "(CX 501)" does not.
    let open = (e..le).find(|&i| !text.lower[i].is_whitespace()).filter(|&i| text.lower[i] == '(');
    if let Some(close) = open.and_then(|o| (o..le).find(|&i| text.lower[i] == ')')) {
        if !text.lower[e..close].iter().any(|c| c.is_ascii_digit()) {
            e = close + 1;
        }
    }
    (e > s + 2).then(|| text.extracted(s, e, None, WEAK).map(|x| x.doubt(Reason::Prose))).flatten()
}

/// The place on an itinerary's line after its date: "- Stage rehearsals: 14-16.9.2027, Grand Theatre, Hong Kong
/// Cultural Centre". The first such place of the itinerary, for when the letter names none in its prose.
pub(super) fn venue_on_schedule_line(text: &Text, mentions: &[DateMention]) -> Option<Extracted> {
    for m in mentions {
        let (ls, le) = text.lines[text.line_of(m.start)];
        let before = text.lower_str(ls, m.start);
        let before = before.trim().trim_start_matches(['-', '*', '•', '·', '–', '>', ' ']);
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
    let mut lines: Vec<usize> = mentions.iter().map(|m| text.line_of(m.start)).collect();
    lines.dedup();
    for l in lines {
        let (ls, le) = text.lines[l];
        let line = text.lower_str(ls, le);
        let place_word = |s: usize, e: usize| {
            let phrase = text.lower_str(s, e);
            VENUE_PLACES.iter().any(|w| if w.is_ascii() { phrase.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w) } else { phrase.contains(w) })
                && !phrase.chars().any(|c| c.is_ascii_digit() || "年月日時时".contains(c))
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
            ((s, e), true) => (s..e).rev().find(|&i| text.lower[i].is_whitespace()).map(|space| (space + 1, e)),
            ((s, e), false) => (s > ls).then_some((s, e)),
        };
        let last_part = last_cell.and_then(|(cs, ce)| {
            let mut parts: Vec<(usize, usize)> = Vec::new();
            let mut at = cs;
            for i in cs..=ce {
                if i == ce || text.lower[i] == ',' {
                    parts.push(text.trim(at, i));
                    at = i + 1;
                }
            }
            parts.into_iter().rev().find(|&(s, e)| e > s + 1 && place_word(s, e))
        });
        let Some((s, e)) = named.or(last_part).filter(|&(s, e)| e > s + 1 && place_word(s, e)) else { continue };
        let key = text.lower_str(s, e);
        match found.iter_mut().find(|f| f.0 == key) {
            Some(f) => f.3 += 1,
            None => found.push((key, s, e, 1)),
        }
    }
    let best = found.iter().max_by_key(|f| f.3).filter(|f| f.3 >= 2)?;
    text.extracted(best.1, best.2, None, GUESS).map(|x| (x.doubt(Reason::Prose), best.3))
}

/// Past a time of day and the comma after it at `s`: "3:00 p.m., Lecture Hall" starts at "Lecture Hall". `s` when
/// no time is there.
fn past_a_time(text: &Text, s: usize, e: usize) -> usize {
    let digits = |i: usize| (i..e).take_while(|&k| text.lower[k].is_ascii_digit()).count();
    let hours = digits(s);
    if !(1..=2).contains(&hours) || !text.lower.get(s + hours).is_some_and(|c| matches!(c, ':' | '.')) || digits(s + hours + 1) != 2 {
        return s;
    }
    let mut i = s + hours + 3;
    let rest = text.lower_str(i, (i + 6).min(e));
    for mark in [" a.m.", " p.m.", "a.m.", "p.m.", " am", " pm", "am", "pm"] {
        if rest.starts_with(mark) {
            i += mark.chars().count();
            break;
        }
    }
    while i < e && matches!(text.lower[i], ',' | ' ' | '-' | '–') {
        i += 1;
    }
    if i < e { i } else { s }
}

/// The role after its marker, up to a stop; "a member of the jury", "chair of the panel": a role that is a member or a
/// head "of" something runs on past "of".
fn role_phrase(text: &Text, start: usize, stops: &[&str]) -> (usize, usize) {
    let (s, e) = phrase_until(text, start, stops, 60);
    let word = text.lower_str(s, e);
    // (Over one "of": "a member of the adjudicating panel of the String Orchestra Contest" is a member of the panel.)
    if ROLE_OF.contains(&word.trim()) && text.lower_str(e, (e + 4).min(text.lower.len())) == " of " {
        let (_, e2) = phrase_until(text, e + 4, stops, 60);
        return (s, e2);
    }
    // "Guest Artist in Residence", "Editor in Chief": a title in capitals goes on over "in" and a capitalised word.
    let n = text.lower.len();
    if text.original.get(s).is_some_and(|&c| is_capital(c)) && text.lower_str(e, (e + 4).min(n)) == " in " && text.original.get(e + 4).is_some_and(|&c| is_capital(c)) {
        let end = (e + 4..n).find(|&k| !text.original[k].is_alphabetic()).unwrap_or(n);
        return (s, end);
    }
    (s, e)
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
        .filter_map(|w| text.rfind_lower(s, e, w).filter(|&p| !(w.chars().count() == 1 && p > s && "一二三四五六七八九十兩两首末每整全".contains(text.lower[p - 1]))).map(|p| p + w.chars().count()))
        .max()
}

#[cfg(test)]
mod tests {
    /// Found by the fuzzer: an invitee whose surname lower-cases to other characters than the letter's own folding
    /// made the reader look past the end of the letter.
    #[test]
    fn a_surname_that_lower_cases_to_another_length_does_not_panic() {
        let data = include_bytes!("../../fuzz/seeds/letter/crash-surname-length");
        let x = super::super::extract(&String::from_utf8_lossy(data), crate::Catalogue::bundled());
        assert!(x.activity.as_ref().is_none_or(|a| a.end <= String::from_utf8_lossy(data).chars().count()));
    }

    /// A task's sentence runs past a hard line break and a title's full stop, and ends at a blank line.
    #[test]
    fn a_tasks_sentence_runs_past_line_breaks_and_titles() {
        let task = |letter: &str| {
            let chars: Vec<char> = letter.chars().collect();
            let text = super::Text::new(&chars);
            super::task_in_sentence(&text, 0).map(|(p, n)| text.slice(p + n, p + n + 7))
        };
        assert_eq!(task("to visit the Department as a Visiting\nProfessor, to deliver a course.").as_deref(), Some("deliver"));
        assert_eq!(task("to visit us with Dr. Lee, to deliver a course.").as_deref(), Some("deliver"));
        assert_eq!(task("to visit the Department.\n\nWe would like you to deliver a course."), None);
    }

    /// The host presenting its event is not the visitor's task; a capacity set off by commas is passed over.
    #[test]
    fn the_task_is_the_visitors_not_the_hosts() {
        let activity = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).activity.map(|a| a.value);
        let letter = "Dear Professor Laurent,\n\nThe Leisure and Cultural Services Department is pleased to present the fourth Hong Kong Youth Piano Series this spring. We would be honoured if you would, as Chair of the Jury, adjudicate the final rounds of the Series and give a public masterclass for the finalists.\n";
        assert_eq!(activity(letter).as_deref(), Some("adjudicate the final rounds of the Series and give a public masterclass for the finalists"));
    }

    /// Serving as a judge or a panel's member is the task, with what is joined to it; unless what follows says what
    /// serving is. A task list starts at its first task.
    #[test]
    fn a_chinese_task_list_and_serving_on_a_panel() {
        let activity = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).activity.map(|a| a.value);
        let joined = "王先生：\n\n本署誠邀閣下擔任決賽評審團成員，並主持「東南亞市場拓展」圓桌討論。決賽將於2027年11月24日舉行。\n";
        assert_eq!(activity(joined).as_deref(), Some("擔任決賽評審團成員，並主持「東南亞市場拓展」圓桌討論"));
        let explained = "王先生：\n\n本會誠邀閣下擔任是次比賽的國際評判，參與初賽及決賽的評審工作。比賽將於2027年11月24日舉行。\n";
        assert_eq!(activity(explained).as_deref(), Some("參與初賽及決賽的評審工作"));
        let list = "王先生：\n\n本院誠邀閣下審閱本科畢業論文及參與學位考試委員會會議。會議將於2027年6月8日舉行。\n";
        assert_eq!(activity(list).as_deref(), Some("審閱本科畢業論文及參與學位考試委員會會議"));
        // A joined task whose own verb sits inside its object ("個別指導課") is still joined.
        let lesson = "王先生：\n\n本院誠邀閣下擔任鋼琴主修學期考試外聘評審，並為五名學生舉行個別指導課。考試將於2027年6月8日舉行。\n";
        assert_eq!(activity(lesson).as_deref(), Some("擔任鋼琴主修學期考試外聘評審，並為五名學生舉行個別指導課"));
        // A verb that begins a noun is no task: "演奏家" are people, "演出日期" a detail.
        let people = "王先生：\n\n本系每年邀請國際知名演奏家來校交流。特函邀請閣下於2027年6月7日主持小提琴大師班。\n";
        assert_eq!(activity(people).as_deref(), Some("主持小提琴大師班"));
        let parents = "王先生：\n\n本會誠邀閣下於2027年6月7日指導家長親子共讀。\n";
        assert_eq!(activity(parents).as_deref(), Some("指導家長親子共讀"));
        // Assessing is a task; a professor's title with a bracket after it is none.
        let assess = "王先生：\n\n本處誠邀陳教授（德國護照號碼C4KX72M19）於2027年6月7日考核本處潛水救援隊隊員的專業資格並主持一場技術交流會。\n";
        assert_eq!(activity(assess).as_deref(), Some("考核本處潛水救援隊隊員的專業資格並主持一場技術交流會"));
        // Taking on a post is the role when the letter gives a task too; with a task joined by 並 it is read whole.
        let taken = "王先生：\n\n本署誠邀閣下擔任「2027城市防洪國際研討會」主講嘉賓，發表主題演講，並帶領與會者考察雨水排放隧道。\n";
        assert_eq!(activity(taken).as_deref(), Some("發表主題演講，並帶領與會者考察雨水排放隧道"));
        let joined = "王先生：\n\n本會誠邀閣下擔任「2026香港國際青少年足球邀請賽」裁判導師，並為本地青年裁判主持賽前培訓。\n";
        assert_eq!(activity(joined).as_deref(), Some("擔任「2026香港國際青少年足球邀請賽」裁判導師，並為本地青年裁判主持賽前培訓"));
        // Conducting (執棒) and a premiere (首演) are tasks; "演出前" (before the show) is a time, not a task.
        let conduct = "王先生：\n\n本團誠邀閣下以客席指揮身份，執棒本團兩場音樂會，並為青年樂團主持一次公開排練。\n";
        assert_eq!(activity(conduct).as_deref(), Some("執棒本團兩場音樂會，並為青年樂團主持一次公開排練"));
        let premiere = "王先生：\n\n本團誠邀閣下來港，與樂團合作首演二胡協奏曲《月色》，並於演出前主持一場公開講座。\n";
        assert_eq!(activity(premiere).as_deref(), Some("首演二胡協奏曲《月色》，並於演出前主持一場公開講座"));
        // The subject line gives no task; what the visitor is responsible for does.
        let post = "主旨：邀請台端來港擔任「2027青年中樂營」客席指揮，請查照。\n\n陳先生：\n\n特邀請台端擔任本年度客席指揮。台端於2027年8月10日至15日期間，負責帶領營員樂團排練及主持指揮大師班。\n";
        assert_eq!(activity(post).as_deref(), Some("帶領營員樂團排練及主持指揮大師班"));
    }

    /// A task in its -ing form after "you will be", or agreed to, with its verb's prefix.
    #[test]
    fn a_task_in_progress_or_agreed() {
        let activity = |body: &str| {
            let letter = format!("Dear Ms Roy,\n\n{body} The course runs on 3 and 4 May 2027.\n");
            super::super::extract(&letter, crate::Catalogue::bundled()).activity.map(|a| a.value)
        };
        assert_eq!(activity("Following our e-mails, you will be conducting a two-day short course on timber buildings.").as_deref(), Some("conducting a two-day short course on timber buildings"));
        assert_eq!(activity("You will be receiving a daily allowance for meals. During the week you will be teaching two classes on timber.").as_deref(), Some("teaching two classes on timber"));
        assert_eq!(activity("You will be receiving a daily allowance for meals."), None, "travel and allowances are no task");
        // Spending time with the host is no task; what the visitor does then, after a comma, is.
        assert_eq!(activity("We invite you to spend a week with us in May, coaching our ensemble and giving a lecture.").as_deref(), Some("coaching our ensemble and giving a lecture"));
        assert_eq!(activity("You have kindly agreed to co-curate our display and to give a public lecture.").as_deref(), Some("co-curate our display and to give a public lecture"));
    }

    /// A sum keeps the words that say what it is for, and a sum by the day its total.
    #[test]
    fn a_fee_with_its_terms() {
        let fee = |body: &str| {
            let letter = format!("Dear Ms Roy,\n\nWe invite you to judge the finals on 3 May 2027. {body}\n");
            super::super::extract(&letter, crate::Catalogue::bundled()).remuneration.map(|r| r.value)
        };
        assert_eq!(fee("We will pay you a fee of HK$5,000 per day, totalling HK$25,000.").as_deref(), Some("HK$5,000 per day, totalling HK$25,000"));
        assert_eq!(fee("The fee is HK$22,000 (lump sum), paid after the finals.").as_deref(), Some("HK$22,000 (lump sum)"));
        assert_eq!(fee("本署將致送酬金每日港幣五千元，合共港幣二萬五千元。").as_deref(), Some("每日港幣五千元，合共港幣二萬五千元"));
        assert_eq!(fee("We will pay you a fee of HK$5,000 per day (total HK$25,000).").as_deref(), Some("HK$5,000 per day (total HK$25,000)"));
        // A sum for the whole engagement is the sum.
        assert_eq!(fee("We will pay you a fee of HK$30,000, and cover your flights.").as_deref(), Some("HK$30,000"));
        // A total after a sum by the session, however the letter brings it in; after a sum alone, "in total" adds nothing.
        assert_eq!(fee("We will pay you HK$1,800 per session, i.e. HK$9,000 for the five sessions.").as_deref(), Some("HK$1,800 per session, i.e. HK$9,000"));
        assert_eq!(fee("The fee is HK$3,000 per session, HK$18,000 in total for the six sessions.").as_deref(), Some("HK$3,000 per session, HK$18,000 in total"));
        assert_eq!(fee("The fee is US$500 per class (US$2,500 in total), paid in Hong Kong dollars.").as_deref(), Some("US$500 per class (US$2,500 in total)"));
        assert_eq!(fee("本院致送酬金每日港币3,500元，三日合共港币10,500元。").as_deref(), Some("每日港币3,500元，三日合共港币10,500元"));
        assert_eq!(fee("We will pay you a fee of HK$10,000 in total, and a meal allowance.").as_deref(), Some("HK$10,000"));
        // What it is paid for each of, in a word or two before it; a count after the lead; its period or a short
        // bracket between the sum and its total; a total in brackets "for the series".
        assert_eq!(fee("本团将致送指挥费每场音乐会港币二万元，两场共港币四万元。").as_deref(), Some("每场音乐会港币二万元，两场共港币四万元"));
        assert_eq!(fee("本院致送讲者费每讲美元600元，三讲共美元1,800元。").as_deref(), Some("每讲美元600元，三讲共美元1,800元"));
        assert_eq!(fee("本局將致送酬金每節港幣3,000元，共三節合計港幣9,000元。").as_deref(), Some("每節港幣3,000元，共三節合計港幣9,000元"));
        assert_eq!(fee("本會將致送酬金港幣4,500元（每日），合共港幣18,000元。").as_deref(), Some("港幣4,500元（每日），合共港幣18,000元"));
        assert_eq!(fee("The fee is HK$3,500 per day for five days (HK$17,500 in total), paid after the visit.").as_deref(), Some("HK$3,500 per day for five days (HK$17,500 in total)"));
        assert_eq!(fee("The fee is HK$5,000 per lecture (HK$20,000 for the series).").as_deref(), Some("HK$5,000 per lecture (HK$20,000 for the series)"));
        assert_eq!(fee("本公司致送酬金每日人民币3,500元（税前），合共人民币10,500元。").as_deref(), Some("每日人民币3,500元（税前），合共人民币10,500元"));
        // A second sum that does not say it is the total is not part of the fee.
        assert_eq!(fee("We will pay you a fee of HK$3,000 per day, HK$500 of it for meals.").as_deref(), Some("HK$3,000 per day"));
    }

    /// "As given in your CV" names no role; "if you would, as Chair of the Jury, adjudicate" does.
    #[test]
    fn a_role_after_as() {
        let role = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).role.map(|r| r.value);
        let letter = "Dear Professor Laurent,\n\nWe would be honoured if you would, as Chair of the Jury, adjudicate the final rounds. We have noted your passport no. 21AH47823 as given in your curriculum vitae.\n";
        assert_eq!(role(letter).as_deref(), Some("Chair of the Jury"));
        let letter = "Dear Professor Laurent,\n\nWe invite you to adjudicate the final rounds. We have noted your passport no. 21AH47823 as given in your curriculum vitae.\n";
        assert_eq!(role(letter), None);
        // A member of a panel: over its "of", not the event's; and never cut inside a word.
        let letter = "Dear Professor Laurent,\n\nI invite you to serve as a member of the adjudicating panel of the String Orchestra Contest of the Hong Kong Youth Music Interflows 2027.\n";
        assert_eq!(role(letter).as_deref(), Some("member of the adjudicating panel"));
        for filler in ["", "s", "es", "ive"] {
            let letter = format!("Dear Professor Laurent,\n\nI invite you to serve as a member of the extraordinarily distinguished international{filler} adjudicating panel.\n");
            let got = role(&letter).unwrap();
            assert!(letter.contains(&format!("{got} ")), "{got:?} ends inside a word");
        }
    }

    /// A cinema or a theatre is a place a Chinese venue ends with.
    #[test]
    fn a_chinese_cinema_is_a_place() {
        let letter = "陳先生：\n\n放映會於2027年5月3日在香港藝術中心古天樂電影院舉行。\n";
        let venue = super::super::extract(letter, crate::Catalogue::bundled()).venue.map(|v| v.value);
        assert_eq!(venue.as_deref(), Some("香港藝術中心古天樂電影院"));
    }

    /// A fee read without words right after it that may say what it covers is unsure; a fee that ends its clause,
    /// or says what it is for after "for", stays sure.
    #[test]
    fn a_fee_with_words_after_it_is_unsure() {
        let fee = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).remuneration.map(|r| (r.value.clone(), r.is_sure()));
        let bracket = fee("Dear Ms Ruiz,\n\nFee: HK$55,000 (inclusive of the masterclass and two open rehearsals)\n").unwrap();
        assert!(!bracket.1, "{bracket:?}");
        let chinese = fee("陳先生：\n\n酬金：每星期港幣18,000元，兩星期合共港幣36,000元\n").unwrap();
        assert!(!chinese.1 || chinese.0.contains("合共"), "{chinese:?}");
        assert_eq!(fee("Dear Ms Ruiz,\n\nFee: HK$55,000\n"), Some(("HK$55,000".to_string(), true)));
        assert_eq!(fee("Dear Ms Ruiz,\n\nFee: HK$20,000 for your participation\n").map(|f| f.1), Some(true));
    }

    /// A fee labelled as none ("酬金：不設酬金", "Fee: nil") is no fee, whatever other sum the letter names.
    #[test]
    fn a_fee_labelled_as_none_is_no_fee() {
        let fee = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).remuneration.map(|r| r.value);
        assert_eq!(fee("陳先生：\n\n酬金：不设酬金\n学员另需缴交报名费每人港币三千元。\n"), None);
        assert_eq!(fee("Dear Ms Ruiz,\n\nFee: nil\nA per diem of HK$500 will be paid in cash.\n"), None);
        assert_eq!(fee("Dear Ms Ruiz,\n\nFee: HK$5,000\n").as_deref(), Some("HK$5,000"));
    }

    /// A labelled role without the aside in brackets after it, in either script.
    #[test]
    fn a_labelled_role_without_its_aside() {
        let role = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).role.map(|r| r.value);
        assert_eq!(role("Dear Ms Ruiz,\n\nRole: Technical Delegate (appointed by Asia Triathlon)\n").as_deref(), Some("Technical Delegate"));
        assert_eq!(role("陳先生：\n\n身份：客席教練（Guest Coach）\n").as_deref(), Some("客席教練"));
        assert_eq!(role("Dear Ms Ruiz,\n\nRole: Adjudicator\n").as_deref(), Some("Adjudicator"));
    }

    /// A schedule line's place after what is done there: from its first part with a capital and a place word.
    #[test]
    fn a_schedule_lines_place_after_what_is_done() {
        let venue = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).venue.map(|v| v.value);
        let letter = "Dear Coach Kim,\n\nYour programme:\n  • Mon 19 July 2027 – training camp, two sessions daily, Table Tennis Hall, Hong Kong Sports Institute, Fo Tan\n";
        assert_eq!(venue(letter).as_deref(), Some("Table Tennis Hall, Hong Kong Sports Institute, Fo Tan"));
    }

    /// Where the work is, labelled so ("Place of work", 工作地點), and the place 地點均為 names.
    #[test]
    fn the_place_of_work_and_the_place_all_sessions_share() {
        let venue = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).venue.map(|v| v.value);
        assert_eq!(venue("Dear Ms Ruiz,\n\n  Place of work           Special Exhibition Gallery 9, Hong Kong Palace Museum\n").as_deref(), Some("Special Exhibition Gallery 9, Hong Kong Palace Museum"));
        assert_eq!(venue("陳先生：\n\n兩場創作坊及公開朗讀會的地點均為逸夫校園傳理視藝大樓CVA 1017室。\n").as_deref(), Some("逸夫校園傳理視藝大樓CVA 1017室"));
    }

    /// The main venue is where most of the programme's days are: a place two or more dated lines name, over one the
    /// prose names once.
    #[test]
    fn the_venue_most_days_name() {
        let venue = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).venue.map(|v| v.value);
        let rows = "Dear Mr Ali,\n\nWe invite you to coach our squad. You will meet the team at our office in Causeway Bay.\n\n  Mon 3 Jan - Fri 7 Jan 2028   squad training, 07:00-10:00, King's Park Hockey Ground\n  Sun 9 Jan 2028               coaching clinic, King's Park Hockey Ground, then debrief\n";
        assert_eq!(venue(rows).as_deref(), Some("King's Park Hockey Ground"));
        let chinese = "陳先生：\n\n本團誠邀閣下擔任形體指導。\n一、2027年3月6日至7日：工作坊，地點為本團排練室；\n二、3月8日至10日：技術綵排，地點為香港大會堂劇院；\n三、3月11日至12日：演出，地點同為香港大會堂劇院。\n";
        assert_eq!(venue(chinese).as_deref(), Some("香港大會堂劇院"));
        let table = "陳先生：\n\n本團誠邀閣下擔任客席指揮。\n　　2028年1月20日（星期四）　　　　總綵排　　香港文化中心音樂廳\n　　1月21日（星期五）　　　　音樂會　　香港文化中心音樂廳\n";
        assert_eq!(venue(table).as_deref(), Some("香港文化中心音樂廳"));
    }

    /// A Chinese role is the post, without the event, course or body it is of.
    #[test]
    fn a_chinese_post_without_what_it_is_of() {
        let role = |body: &str| super::super::extract(&format!("陳先生：\n\n{body}\n"), crate::Catalogue::bundled()).role.map(|r| r.value);
        assert_eq!(role("本會誠邀閣下擔任冬季長跑集訓外聘教練。").as_deref(), Some("外聘教練"));
        assert_eq!(role("本局誠邀閣下以研討會主講嘉賓身份來港。").as_deref(), Some("主講嘉賓"));
        assert_eq!(role("擔任角色：研討會主題講者").as_deref(), Some("主題講者"));
        // Words that make the post stay with it.
        assert_eq!(role("本院誠邀閣下擔任駐校客席導師。").as_deref(), Some("駐校客席導師"));
        assert_eq!(role("本校誠邀閣下擔任傑出訪問學人。").as_deref(), Some("傑出訪問學人"));
        // A role in both languages is read as written.
        assert_eq!(role("Role 角色: Guest Choreographer / 客席編舞").as_deref(), Some("Guest Choreographer / 客席編舞"));
        // A competition's name before the post; a second task after it; appointed or engaged as.
        assert_eq!(role("現誠邀閣下擔任本屆邀請賽總裁判，並主持賽前裁判講解會。").as_deref(), Some("總裁判"));
        assert_eq!(role("本會誠邀閣下來港擔任賽事技術總監及主持裁判研討會。").as_deref(), Some("技術總監"));
        assert_eq!(role("本系謹聘請閣下為二〇二七年秋季駐校作家。").as_deref(), Some("駐校作家"));
        assert_eq!(role("经本会教练委员会推荐，现委任阁下为本届训练营客席教练。").as_deref(), Some("客席教练"));
    }

    /// The title the visitor will carry is their role, in a sentence, a label or a programme.
    #[test]
    fn a_title_is_a_role() {
        let role = |body: &str| {
            let letter = format!("Dear Ms Roy,\n\nWe invite you to curate the display from 3 May 2027.\n{body}\n");
            super::super::extract(&letter, crate::Catalogue::bundled()).role.map(|r| r.value)
        };
        assert_eq!(role("Your title for the project will be Guest Curator.").as_deref(), Some("Guest Curator"));
        assert_eq!(role("Your name will appear in the programme as Panel Speaker.").as_deref(), Some("Panel Speaker"));
        assert_eq!(role("Title during the visit: Guest Teacher").as_deref(), Some("Guest Teacher"));
        assert_eq!(role("閣下在本館的職銜為客席策展人。").as_deref(), Some("客席策展人"));
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

    /// A Chinese place ends before whom the work is done with.
    #[test]
    fn a_chinese_venue_before_with_whom() {
        let letter = "陳先生：\n\n本處誠邀閣下於2027年2月1日至5日在荃灣公園與本地紮作師傅合作完成綵燈製作。\n";
        let venue = super::super::extract(letter, crate::Catalogue::bundled()).venue.map(|v| v.value);
        assert_eq!(venue.as_deref(), Some("荃灣公園"));
    }

    /// "You will, of course, be met": no capacity after the comma, no task there.
    #[test]
    fn an_aside_is_no_task() {
        let letter = "Dear Ms Roy,\n\nThank you for your reply. You will, of course, be met at the airport on 2 May 2027, and you will adjudicate the finals on 3 May 2027.\n";
        let activity = super::super::extract(letter, crate::Catalogue::bundled()).activity.map(|a| a.value);
        assert_eq!(activity.as_deref(), Some("adjudicate the finals"));
    }
}
