//! What the visitor will do ("to conduct two masterclasses", "主持大師班"), read from the letter's wording or a
//! schedule's line.

use super::dates::DateMention;
use super::text::{is_bullet, phrase_until, Text};
use super::cues::{ACTIVITY_CJK_JOINED_AFTER_A_COMMA, ACTIVITY_COMING, LETTER_SUBJECT_HEADERS, PEOPLE_HONORIFICS, PEOPLE_CJK_TITLES, PEOPLE_CJK_INVITE_VERBS, ACTIVITY_CJK_AFTER_A_TITLE, LETTER_INVITING, ACTIVITY_NOT_TASKS, ACTIVITY_CJK_PRAISE, ACTIVITY_CJK_PRAISE_AFTER, ACTIVITY_NOT_ACTIVITIES, ACTIVITY_CJK_HOST_HOLDS, VENUE_EVENTS, VENUE_PLACES, ACTIVITY_AT_VERBS, ACTIVITY_TO_VERBS, ACTIVITY_CJK_VERBS, ACTIVITY_CJK_ATTENDING, ACTIVITY_NOT_TASK_STARTS, ACTIVITY_LEADS, ACTIVITY_HOST_GLAD, ACTIVITY_CJK_SERVE_AS, ACTIVITY_CJK_TAKE_ON, ACTIVITY_CJK_JOINING, ACTIVITY_CJK_FOR_WHOM_OR_WHEN, ACTIVITY_CJK_POSTS_TAKEN, ACTIVITY_CJK_NOUNS_AFTER_VERB, ACTIVITY_CJK_NOUNS_OF_THEIR_OWN, ACTIVITY_CJK_SUBJECT_AFTER_VERB, ACTIVITY_NOT_VERBS, ACTIVITY_OPEN_LEADS, ACTIVITY_NOT_GERUNDS, ACTIVITY_CJK_HOST_PROVIDES, ACTIVITY_CJK_YOU_WILL, ACTIVITY_LIST_INTROS, ACTIVITY_CJK_GIVE_BEFORE, ACTIVITY_CJK_TALKS, ACTIVITY_CJK_GIVE, ACTIVITY_CJK_DETAILS_BELOW, ACTIVITY_CJK_NOT_JOINED, ACTIVITY_CJK_REASONS, ACTIVITY_PASSIVE_MODALS, ACTIVITY_IRREGULAR_PARTICIPLES, ACTIVITY_PASSIVE_OPENINGS, ACTIVITY_CJK_BY_YOU, ACTIVITY_CJK_PASSIVE_MODALS, ACTIVITY_CJK_NOT_BY_YOU, ACTIVITY_CJK_VISITING, ACTIVITY_CJK_NOT_A_TASK_BEFORE, ACTIVITY_CJK_SUBJECTS};
use super::confidence::{Reason, WEAK};
use super::Extracted;
use crate::catalogue::names::is_capital;

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
    // The surname: the words in capitals ("Mr WONG Kar Fai", "Mr João Pedro ALMEIDA SANTOS"), else the last word.
    let surname = invitee
        .and_then(|n| {
            let words: Vec<&str> = n.split_whitespace().skip(1).collect();
            let capitals: Vec<&str> = words.iter().copied().skip_while(|w| !(w.chars().count() >= 2 && w.chars().all(char::is_uppercase))).take_while(|w| w.chars().count() >= 2 && w.chars().all(char::is_uppercase)).collect();
            if capitals.is_empty() { words.last().map(|w| w.to_string()) } else { Some(capitals.join(" ")) }
        })
        .map(|n| format!("{} will ", crate::catalogue::names::lowercase(&n)));
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
                if task {
                    return (!host_glad(p, lead)).then_some((p, after - p));
                }
                // "we'd like you to come as guest coach and lead the sessions", "what we'd love you to do: lead a
                // week of workshops": coming, joining or doing in general is no task; the one its sentence goes on
                // to give is.
                // (Not serving or acting: "to serve as Chief Judge of the Classic and give a talk" is one activity.)
                let general = ACTIVITY_COMING.contains(&stem);
                let asked = lead.trim_start_matches(',') == " to " && text.lower_str(p.saturating_sub(4), p) == " you";
                (general && asked).then(|| task_in_sentence(text, after, true)).flatten()
            })
        })
        .collect();
    // The earliest in the letter first: "in the capacity of consultant, to advise on ... and to lead ...".
    crate::sorting::sort_by_key(&mut generic, |&(p, _)| crate::sorting::number(p as i64));
    // Not in an e-mail's headers ("Subject: Invitation to perform - ..."), nor the letter as a document ("a letter of
    // invitation for you to carry with you").
    let usable = |p: usize| !text.header_line[text.line_of(p)] && !text.lower_str(p.saturating_sub(12), p).trim_end().ends_with("letter of");
    generic.retain(|&(p, _)| usable(p));
    // ("... to teach a course and to present a screening": a task joined to another is no lead of its own; the first
    // task's sentence gives it.)
    let joined = |p: usize, lead: &str| lead.trim_start_matches(',').starts_with(" to ") && text.lower_str(p.saturating_sub(4), p) == " and";
    let leads = ACTIVITY_LEADS.iter().filter_map(|lead| text.find_all(lead).find(|&p| usable(p) && !host_glad(p, lead) && !joined(p, lead)).map(|p| (p, lead.chars().count())));
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
        // ("to appear as guest soloist with the Orchestra … and to give a masterclass", "to attend the final rehearsals
        // and the premiere, and to give a talk": appearing or attending with a task joined to it is one activity; not
        // appearing as a capacity before the task, "to appear as guest conductor …, and to conduct …".)
        // (Nor serving on a jury or a panel, which is a task: "to serve on the jury of the Competition and to give a
        // masterclass"; serving as a capacity is not, "to serve as guest conductor and to conduct …".)
        // The words that open each such verb's phrase (serving only on a jury or a panel: "to serve on ").
        let opening = |verb: &str| if verb == "serve" { " to serve on ".to_string() } else { format!(" to {verb} ") };
        let joined_to = |verb: &str, q: usize| match verb {
            "appear" => text.lower_str(q, q + 7) == " and to" && q > 0 && text.lower[q - 1] != ',',
            "attend" => text.lower_str(q, q + 7) == " and to",
            "serve" => text.lower_str(q, q + 7) == " and to" && text.find_lower(start.saturating_sub(4), q, &opening(verb)).is_some(),
            _ => false,
        };
        let task = task_in_sentence(text, start, false);
        let joined_to_a_task = task.is_some_and(|(q, _)| joined_to(first_word, q));
        if (ACTIVITY_NOT_TASKS.contains(&verb) || (place && !ACTIVITY_TO_VERBS.contains(&last_of_lead))) && !joined_to_a_task {
            // (Likewise after a place: "to Hong Kong as our composer to attend the rehearsals …, and to give a talk".)
            let appearing_first = |(q, _): (usize, usize)| {
                ["appear", "attend", "serve"].into_iter().filter(|v| joined_to(v, q)).filter_map(|v| text.find_lower(start, q, &opening(v))).min().map(|a| (a, 4))
            };
            match task {
                Some(task) => candidates.insert(0, appearing_first(task).unwrap_or(task)),
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
        // (Also a second task joined to the first: "deliver a five-day course ... and act as an assessor at ...".)
        let joined_as = ["and act", "and serve", "and to act", "and to serve"].iter().any(|w| verb_only.ends_with(&format!(" {w}")));
        if (["act", "serve", "be", "join us"].contains(&verb_only.as_str()) || joined_as) && text.lower_str(e, (e + 4).min(text.lower.len())) == " as " {
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
        // "(a) teach a workshop …; (b) deliver a lecture …; and (c) review …": tasks numbered from the first are one
        // list, read past their semicolons to the sentence's end.
        let marker = ["(a) ", "(i) ", "(1) "].iter().find(|m| text.lower_str(s, (s + 4).min(e)) == **m).map_or(0, |m| m.len());
        let numbered_first = marker > 0 || ["(a)", "(i)", "(1)"].iter().any(|m| text.lower_str(s.saturating_sub(5), s).trim_end().ends_with(m));
        while numbered_first && text.lower.get(e) == Some(&';') && numbered_item_follows(text, e + 1) {
            let (_, ne) = phrase_until(text, e + 1, &[";", ". "], 200);
            e = ne;
        }
        let s = s + marker;
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
        // (A list's item is body, however short: "• 主持為期四天的定格動畫創作工作坊；".)
        let item = super::wrapping::starts_an_item(&text.lower[ls..le].iter().copied().skip_while(|c| c.is_whitespace()).collect::<Vec<char>>());
        !text.header_line[text.line_of(p)] && !subject && !line.ends_with("邀請函") && !line.ends_with("邀请函") && !line.contains('@') && (le - ls >= 30 || line.contains('。') || line.contains(',') || item)
    };
    // "擔任第七十九屆香港學校音樂節評判": serving as a judge or a member of a panel is the task itself.
    // (With where its clause ends.)
    let serve_as: Vec<(usize, usize)> = ACTIVITY_CJK_TAKE_ON
        .iter()
        .flat_map(|w| text.find_all(w))
        .filter(|&p| in_body(p))
        .map(|p| (p, (p + 2..(p + 30).min(text.lower.len())).find(|&i| "，。,;；\n".contains(text.lower[i])).unwrap_or(p + 2)))
        // ("担任毕业作品展外聘评审并主讲一场设计讲座": the post ends where a task is joined to it without a comma.)
        // (Or 及: "擔任…國際裁判及出席賽前裁判會議".)
        .map(|(p, end)| (p, (p + 2..end).find(|&i| matches!(text.lower[i], '並' | '并' | '及') && ACTIVITY_CJK_SERVE_AS.iter().any(|w| text.lower_str(p + 2, i).ends_with(w))).unwrap_or(end)))
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
        // "在研讨会上作主题演讲": 作 as giving a talk, the talk's word a few characters after it (not 工作, 合作, 創作:
        // a word's last character).
        // (Or 做; not 作為, "as".)
        .chain(ACTIVITY_CJK_GIVE.iter().flat_map(|w| text.find_all(w)).filter(|&p| {
            let before = text.lower_str(p.saturating_sub(1), p);
            let clause = text.lower_str(p + 1, (p + 9).min(text.lower.len()));
            let clause = clause.split(['，', ',', '。', '；', '\n']).next().unwrap_or("");
            let as_ = clause.starts_with(['為', '为']);
            p > 0 && !as_ && ACTIVITY_CJK_GIVE_BEFORE.contains(&before) && ACTIVITY_CJK_TALKS.iter().any(|w| clause.contains(w))
        }))
        .filter(|&p| in_body(p))
        // "兼任副教授，演奏及教學經驗豐富", "客座教授来港": 教授 as a title (after 副, 客座, 講座 …, or ending its clause) is no
        // teaching.
        .filter(|&p| {
            let title = text.lower_str(p, p + 2) == "教授"
                && (p > 0 && "副座譽誉理任聘席".contains(text.lower[p - 1]) || text.lower.get(p + 2).is_some_and(|c| "，。、,;；)）\n".contains(*c)));
            !title
        })
        // "由於本院舞蹈大樓進行消防系統改善工程": a clause that gives a reason is no task of the visitor's.
        .filter(|&p| {
            let clause_start = (p.saturating_sub(40)..p).rev().find(|&i| matches!(text.lower[i], ',' | '。' | '；' | ';' | '\n')).map_or(p.saturating_sub(40), |i| i + 1);
            let clause = text.lower_str(clause_start, p);
            !ACTIVITY_CJK_REASONS.iter().any(|w| clause.trim_start().starts_with(w))
        })
        // "三場演出的客席正印花旦": a verb before 的 describes a noun, and is no task.
        .filter(|&p| {
            let verb = if ACTIVITY_CJK_GIVE.contains(&text.lower_str(p, p + 1)) { 1 } else { 2 };
            !matches!(text.lower.get(p + verb), Some('的'))
        })
        // A verb that begins a noun is no task: "主講嘉賓" is a role, "主講酬金" and "演出費" sums, "演奏家" and "參與者"
        // people, "演出日期" a detail ("家長", "家庭" begin nouns of their own: "指導家長" is a task).
        .filter(|&p| {
            let after = text.lower_str(p + 2, (p + 4).min(text.lower.len()));
            !ACTIVITY_CJK_NOUNS_AFTER_VERB.iter().any(|w| after.starts_with(w)) || ACTIVITY_CJK_NOUNS_OF_THEIR_OWN.iter().any(|w| after.starts_with(w))
        })
        // "評判工作由3月1日開始", "評判會議將於匯演前一天舉行": the verb names the work or its meeting, the subject of a
        // sentence about when it happens.
        // (Only a judging verb: "主講將於3月1日舉行的公開講座", "主持會議" are tasks.)
        .filter(|&p| {
            let judging = ACTIVITY_CJK_SERVE_AS.contains(&text.lower_str(p, p + 2));
            !judging || !ACTIVITY_CJK_SUBJECT_AFTER_VERB.iter().any(|w| text.lower_str(p + 2, (p + 2 + w.chars().count()).min(text.lower.len())) == *w)
        })
        // "負責的組別" (the groups one is responsible for), "負責以下工作：" (a list follows): no task of its own.
        .filter(|&p| {
            let responsible = matches!(text.lower_str(p, p + 2), "負責" | "负责");
            let after = text.lower_str(p + 2, (p + 4).min(text.lower.len()));
            !(responsible && (after.starts_with('的') || ["以下", "下列", "如下"].contains(&after)))
        })
        // "本校將負責您在港期間的住宿", "提供來回機票": what the host pays or arranges is no task.
        .filter(|&p| {
            let provides = matches!(text.lower_str(p, p + 2), "負責" | "负责" | "提供");
            let clause = text.lower_str(p + 2, (p + 24).min(text.lower.len()));
            let clause = clause.split(['，', ',', '。', '；', '\n']).next().unwrap_or("");
            !(provides && ACTIVITY_CJK_HOST_PROVIDES.iter().any(|w| clause.contains(w)))
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
        // "作為特邀評審，於六月來港", "作为特邀评审来港": a verb ending the capacity after 作為 names a post, no task.
        .filter(|&p| {
            let before = text.lower_str(p.saturating_sub(30), p);
            let clause = before.rsplit([',', '。', '\n']).next().unwrap_or("");
            let ends = text.lower.get(p + 2).is_none_or(|c| "來来,。;".contains(*c));
            !(ends && (clause.contains("作為") || clause.contains("作为")))
        })
        // "素仰閣下在社區參與方面的卓越貢獻": a verb inside the praise that opens the invitation is no activity.
        .filter(|&p| {
            let clause = text.lower_str(p.saturating_sub(40), p);
            let clause = clause.rsplit(['，', ',', '。']).next().unwrap_or("");
            // (Or the praise that ends its clause: "演奏及教學經驗豐富".)
            let after = text.lower_str(p, (p + 30).min(text.lower.len()));
            let after = after.split(['，', ',', '。', '；', '\n']).next().unwrap_or("");
            !ACTIVITY_CJK_PRAISE.iter().any(|w| clause.contains(w)) && !ACTIVITY_CJK_PRAISE_AFTER.iter().any(|w| after.ends_with(w))
        })
        // "研討會由本處處長主持開幕": someone else's task.
        .filter(|&p| !super::text::done_by_someone_else(text, p))
        // "誠邀教授出任…": a verb that is also the person's title, right after the invitation and before a time, a post
        // or coming, is the person (not "誠邀教授鋼琴大師班", to teach one).
        .filter(|&p| {
            let Some(t) = PEOPLE_CJK_TITLES.iter().find(|t| text.lower_str(p, p + t.chars().count()) == **t) else { return true };
            let after = p + t.chars().count();
            let invited = PEOPLE_CJK_INVITE_VERBS.iter().any(|v| text.lower_str(p.saturating_sub(v.chars().count()), p) == *v);
            let addressed = ACTIVITY_CJK_AFTER_A_TITLE.iter().any(|w| text.lower_str(after, after + w.chars().count()) == *w);
            // ("鋼琴教授Matthias KELLER教授於…訪港": a title against a name in Latin letters, before or after it.)
            let by_a_latin_name = latin_name_at(text, after) || p > 0 && text.original[p - 1].is_ascii_uppercase() && (p < 2 || text.original[p - 2].is_ascii_uppercase());
            !(invited && addressed) && !by_a_latin_name
        })
        // "本會定於...舉辦研討會": what the host holds, not what the invitee does.
        .filter(|&p| {
            let clause = text.lower_str(p.saturating_sub(30), p);
            let clause = clause.rsplit(['，', ',', '。']).next().unwrap_or("");
            let holds = matches!(text.lower_str(p, p + 2), "舉辦" | "举办");
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
        // (A verb that ends its clause, "比賽於荃灣大會堂演奏廳進行。", says where, not what else one does; and a later
        // paragraph tells of the work, not of the post.)
        let next = starts
            .iter()
            .copied()
            .filter(|&q| q > end && q - p <= 120 && text.lower.get(q + 2).is_some_and(|c| !"，。,;；\n、".contains(*c)) && !text.lower[end..q].contains(&'\n'))
            .min();
        let joined = |q: usize| text.lower_str(q.saturating_sub(2), q).contains(['並', '并', '及', '和']) || task_joined_after(text, end);
        if next.is_none_or(joined) {
            starts.push(p);
        }
    }
    // "擔任本系傑出訪問學人一職，並主講兩場公開講座", "擔任賽事技術總監及主持裁判研討會": a post taken with a task joined
    // to it in its sentence is read whole, from 擔任.
    starts.extend(ACTIVITY_CJK_TAKE_ON.iter().flat_map(|w| text.find_all(w)).filter(|&p| in_body(p) && post_with_a_task(text, p) && !super::text::done_by_someone_else(text, p)));
    // "謝謝閣下表示有興趣參與本署主辦的研討會。本署謹誠邀閣下…發表主題演講": what the invitee is invited to do follows
    // the invitation; verbs before it describe the event or past exchanges.
    // ("現正式邀請 Pablo Ortega Ruiz先生 於明年一月來港，負責…": an invitation by the invitee's name, to come.)
    let invited_by_name = ["邀請", "邀请"].into_iter().flat_map(|w| text.find_all(w)).filter(|&p| {
        let clause = text.lower_str(p + 2, (p + 40).min(text.lower.len()));
        let clause = clause.split(['，', ',', '。', '\n']).next().unwrap_or("");
        // (Not the scheme's own words, "邀請非本地人才來港參與…", "可邀请访客来港参与其主办的活动".)
        let to_come = ["來港", "来港", "訪港", "访港", "到港"].iter().filter_map(|w| clause.find(w)).min();
        to_come.is_some_and(|c| !clause[..c].contains('邀')) && !["人才", "訪客", "访客"].iter().any(|w| clause.contains(w))
    });
    let invited_at = LETTER_INVITING.iter().filter(|w| !w.is_ascii()).flat_map(|w| text.find_all(w)).chain(invited_by_name).filter(|&p| in_body(p)).min();
    if let Some(q) = invited_at.filter(|&q| starts.iter().any(|&p| p >= q)) {
        starts.retain(|&p| p >= q);
    }
    // "阁下将示范…并讲解…", "閣下將講授…": what the letter says the invitee will do, over what it says the host, its
    // staff or other guests do around it ("除本署助理署长致开幕辞…外，阁下将示范…"). (Not attending alone.)
    let you_will = |p: usize| {
        let before = text.lower_str(p.saturating_sub(5), p);
        ACTIVITY_CJK_YOU_WILL.iter().any(|w| before.ends_with(w)) && !ACTIVITY_CJK_ATTENDING.iter().any(|w| text.lower_str(p, p + 2) == *w)
    };
    if starts.iter().any(|&p| you_will(p)) {
        starts.retain(|&p| you_will(p));
    }
    // "擔任客席教練，為港隊提供為期五天的集訓": when no activity verb is found, the clause after the role the person
    // takes on is what they do (the role is read apart, see `role`).
    let no_verb = starts.is_empty();
    for w in ACTIVITY_CJK_TAKE_ON.iter().filter(|_| no_verb) {
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
    // (Unless the letter says the tasks are in its annex or its reply slip: "您的具体工作安排…详见附件一", "已詳列於隨函附上之
    // 回條".)
    let points_below = |s: usize| {
        let after = text.lower_str(s, (s + 120).min(text.lower.len()));
        ACTIVITY_CJK_DETAILS_BELOW.iter().any(|w| after.contains(w))
    };
    for first in starts {
        if let Some((s, e)) = attending.filter(|&(s, _)| first > s + NEAR && !points_below(s)) {
            return text.extracted(s, e, None, WEAK).map(|x| x.doubt(Reason::Prose));
        }
        // In a table row ("2026年11月3日至7日|大師班及室樂指導|演藝學院音樂廳"), the activity is the verb's cell.
        let (ls, le) = text.lines[text.line_of(first)];
        if text.lower[ls..le].contains(&'|') {
            let cs = (ls..first).rev().find(|&i| text.lower[i] == '|').map_or(ls, |i| i + 1);
            let ce = (first..le).find(|&i| text.lower[i] == '|').unwrap_or(le);
            let (cs, ce) = text.trim(cs, ce);
            // (Not a column's heading that is a verb alone: "日期 | 時間 | 內容 | 負責".)
            if ACTIVITY_CJK_VERBS.contains(&text.lower_str(cs, ce)) {
                continue;
            }
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
        let responsible = matches!(text.lower_str(first, first + 2), "負責" | "负责");
        let first = if responsible && ACTIVITY_CJK_VERBS.iter().any(|v| text.lower_str(first + 2, first + 2 + v.chars().count()) == *v) { first + 2 } else { first };
        loop {
            let (_, end) = phrase_until(text, e, &["，", "。", "；"], 60);
            e = end;
            // (A comma inside a bracket in the middle of the clause ends nothing: "並於翌日（5月21日，星期日）上午主持…"; a
            // bracket that ends it is an aside, "主持三場工作坊（十一月一日、三日及五日，每場三小時）。".)
            let open = text.lower[first..e.min(text.lower.len())].iter().fold(0i32, |depth, &c| depth + i32::from(c == '(') - i32::from(c == ')'));
            if open > 0 && text.lower.get(e) == Some(&',') {
                let close = (e..(e + 20).min(text.lower.len())).take_while(|&i| !matches!(text.lower[i], '\n' | '。')).find(|&i| text.lower[i] == ')');
                if let Some(close) = close.filter(|&c| text.lower.get(c + 1).is_some_and(|n| !",.;。\n".contains(*n))) {
                    e = close + 1;
                    continue;
                }
            }
            let next = text.lower.get(e + 1).copied();
            // "，並...", "，另為…主持…", or a clause that starts with another activity verb ("參與演出，主演兩齣長劇").
            let verb_follows = ACTIVITY_CJK_VERBS.iter().any(|v| text.lower_str(e + 1, (e + 1 + v.chars().count()).min(text.lower.len())) == *v);
            // (Not "另附日程表", "另請…", "另行通知", "另付交通費": what is attached, asked or paid besides is no task.)
            let another_task = next == Some('另') && !text.lower.get(e + 2).is_some_and(|c| "附請请行函備备覆付見见".contains(*c))
                && !(text.lower.get(e + 2) == Some(&'外') && text.lower.get(e + 3).is_some_and(|c| "，,請请".contains(*c)));
            // (Not what the reply slip asks besides: "，並確認以下資料", "，並填妥交回".)
            let asked = ACTIVITY_CJK_NOT_JOINED.iter().any(|w| text.lower_str(e + 2, (e + 2 + w.chars().count()).min(text.lower.len())) == *w);
            let joined = ACTIVITY_CJK_JOINED_AFTER_A_COMMA.iter().any(|w| text.lower_str(e + 1, (e + 1 + w.chars().count()).min(text.lower.len())) == *w);
            if text.lower.get(e) == Some(&',') && !asked && (matches!(next, Some('並' | '并' | '及' | '再')) || joined || another_task || verb_follows) {
                e += 1;
                continue;
            }
            // "負責（一）審閱…；（二）主講…；及（三）考察…": the tasks numbered after it are the same list.
            let listed = ["(一)", "(1)", "(a)", "(i)", "1.", "1、"].iter().any(|m| text.lower_str(first.saturating_sub(6), e).contains(m));
            if text.lower.get(e) == Some(&';') && listed && numbered_item_follows(text, e + 1) {
                e += 1;
                continue;
            }
            break;
        }
        // (A bracket left open at the end is an aside cut at its comma: "主持三場工作坊（十一月一日、三日及五日".)
        let mut depth = 0i32;
        let unclosed = (first..e.min(text.lower.len())).rev().find(|&i| {
            depth += i32::from(text.lower[i] == '(') - i32::from(text.lower[i] == ')');
            depth > 0
        });
        if let Some(open) = unclosed {
            e = text.trim(first, open).1;
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

/// Whether a name in Latin letters starts at `at`: two or more capitalised words ("Matthias KELLER"), not "AI與…".
fn latin_name_at(text: &Text, at: usize) -> bool {
    let run: String = text.original[at.min(text.original.len())..].iter().take(40).take_while(|c| c.is_ascii_alphabetic() || matches!(c, ' ' | '-' | '.')).collect();
    let words: Vec<&str> = run.split_whitespace().collect();
    words.len() >= 2 && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_ascii_uppercase()))
}

/// Whether a numbered item of a list starts at `at`, past spaces and a joining word: "（二）", "及（三）", "(b)", "(ii)",
/// "2.", "3、".
fn numbered_item_follows(text: &Text, at: usize) -> bool {
    let mut i = at;
    while text.lower.get(i).is_some_and(|c| c.is_whitespace()) {
        i += 1;
    }
    for joining in ["以及", "及", "和", "並", "并", "and "] {
        if text.lower_str(i, (i + joining.chars().count()).min(text.lower.len())) == joining {
            i += joining.chars().count();
            break;
        }
    }
    let rest: String = text.lower[i..(i + 6).min(text.lower.len())].iter().collect();
    let marker = |inside: &str| {
        inside.chars().all(|c| "一二三四五六七八九十".contains(c)) || inside.chars().count() == 1 && inside.chars().all(|c| c.is_ascii_lowercase()) || !inside.is_empty() && inside.chars().all(|c| "ivx".contains(c)) || inside.len() <= 2 && inside.chars().all(|c| c.is_ascii_digit())
    };
    if let Some(inside) = rest.strip_prefix('(').and_then(|r| r.split_once(')')).map(|(inside, _)| inside) {
        return !inside.is_empty() && marker(inside);
    }
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    (1..=2).contains(&digits.len()) && rest[digits.len()..].starts_with(['.', '、']) && !rest[digits.len() + 1..].starts_with(|c: char| c.is_ascii_digit())
}

/// What the letter says the visitor will do in the passive, "by you": "During your visit, a five-day course in
/// ceremonial piping will be conducted by you for the Police Band", "two headline concerts could be given by you and
/// your quartet". The sentence, past an opening phrase of when ("During your visit, "), as the letter writes it.
pub(super) fn passive_by_you(text: &Text) -> Option<Extracted> {
    for p in text.find_all(" by you") {
        // (A passive's verb before it: "will be conducted by you", "could be given by you".)
        let before = text.lower_str(p.saturating_sub(40), p);
        // (Or two of them: "will be created and rehearsed by you".)
        let participle = |verb: &str| !verb.contains(' ') && (verb.ends_with("ed") || verb.ends_with("en") || ACTIVITY_IRREGULAR_PARTICIPLES.contains(&verb));
        let passive = ACTIVITY_PASSIVE_MODALS.iter().any(|w| before.rsplit_once(w).is_some_and(|(_, verb)| verb.trim().split(" and ").all(|v| participle(v.trim()))));
        if !passive || !text.lower.get(p + 7).is_none_or(|c| !c.is_alphanumeric()) {
            continue;
        }
        let (ls, le) = text.lines[text.line_of(p)];
        let stop = |i: usize| matches!(text.lower[i], '.' | '!' | '?') && text.lower.get(i + 1).is_none_or(|c| c.is_whitespace());
        let mut s = (ls..p).rev().find(|&i| stop(i)).map_or(ls, |i| i + 1);
        let e = (p..le).find(|&i| stop(i)).unwrap_or(le);
        // (Past an opening phrase of when: "During your visit, ", "In the second week, ".)
        let sentence = text.lower_str(s, e);
        let opening = sentence.trim_start().split(' ').next().unwrap_or("");
        if ACTIVITY_PASSIVE_OPENINGS.contains(&opening) {
            if let Some(c) = (s..p).find(|&i| text.lower[i] == ',') {
                s = c + 1;
            }
        }
        let (s, e) = text.trim(s, e);
        if e > s {
            return text.extracted(s, e, None, WEAK).map(|x| x.doubt(Reason::Prose));
        }
    }
    None
}

/// Whether a task read is one done for the visitor, by someone else: "host a small welcome lunch for you and the
/// dancers", "arrange a tour of the campus for you". (Not "arranged for you to lead …", which is the visitor's; nor
/// "a concerto written for you", a work the visitor plays.)
pub(super) fn done_for_the_visitor(x: &Extracted) -> bool {
    let value = x.value.to_lowercase();
    value.match_indices(" for you").any(|(b, w)| {
        let after = &value[b + w.len()..];
        let word_before = value[..b].rsplit(' ').next().unwrap_or("");
        let participle = word_before.ends_with("ed") || word_before.ends_with("en");
        after.chars().next().is_none_or(|c| !c.is_alphanumeric()) && !after.starts_with(" to ") && !participle
    })
}

/// The same in Chinese: "開幕音樂會的獨奏將由閣下擔任，翌日的大師班亦將由閣下主講", "準決賽及決賽之評判工作，擬由閣下
/// 聯同兩位本地演員負責". The sentence as the letter writes it, where a task's verb follows "由閣下" after 將, 擬 or 會,
/// to its last clause with a task ("，每日上午及下午各一節" says when); not what the visitor arranges or pays for
/// ("交通將由閣下自行安排"). Where the verb has an object of its own after it, what comes before says when or where,
/// and the task starts at the verb: "法律周首日的開幕論壇，將由閣下擔任主旨演講嘉賓，並主持…", "研討會首日將由閣下發表
/// 主題演講" (not "二胡協奏曲將由閣下擔任獨奏", whose work is before it).
pub(super) fn cjk_passive_by_you(text: &Text) -> Option<Extracted> {
    let clause_end = |from: usize, to: usize| (from..to).find(|&i| matches!(text.lower[i], ',' | '，' | ';' | '；')).unwrap_or(to);
    let has_task = |a: usize, b: usize| {
        let clause = text.lower_str(a, b);
        ACTIVITY_CJK_VERBS.iter().chain(ACTIVITY_CJK_TAKE_ON).any(|v| clause.contains(v))
    };
    for you in ACTIVITY_CJK_BY_YOU {
        for p in text.find_all(you) {
            if !ACTIVITY_CJK_PASSIVE_MODALS.iter().any(|w| text.lower_str(p.saturating_sub(w.chars().count()), p) == *w) {
                continue;
            }
            let (ls, le) = text.lines[text.line_of(p)];
            let mut s = (ls..p).rev().find(|&i| matches!(text.lower[i], '。' | '!' | '?')).map_or(ls, |i| i + 1);
            let sentence_end = (p..le).find(|&i| matches!(text.lower[i], '。' | '!' | '?')).unwrap_or(le);
            let verb = p + you.chars().count();
            let first_end = clause_end(verb, sentence_end);
            if !has_task(verb, first_end) || ACTIVITY_CJK_NOT_BY_YOU.iter().any(|w| text.lower_str(verb, first_end).contains(w)) || sentence_end - s > 160 {
                continue;
            }
            // (To the last clause with a task.)
            let mut e = first_end;
            let mut at = first_end;
            while at < sentence_end {
                let next = clause_end(at + 1, sentence_end);
                if has_task(at + 1, next) {
                    e = next;
                }
                at = next;
            }
            // (From the verb, where an object of its own follows it.)
            let object = ACTIVITY_CJK_VERBS.iter().chain(ACTIVITY_CJK_TAKE_ON).find(|v| text.lower_str(verb, first_end).starts_with(**v)).is_some_and(|v| first_end - verb - v.chars().count() >= 4);
            if object {
                s = verb;
            }
            let (s, e) = text.trim(s, e);
            if e > s {
                return text.extracted(s, e, None, WEAK).map(|x| x.doubt(Reason::Prose));
            }
        }
    }
    None
}

/// A Chinese task read from a second verb joined by 並 or 及, when the clause before the joining word, after a post
/// taken or a coming ("…來港擔任客席指揮，給我們高級組排練並指揮周年音樂會", "…擔任客席藝術家，為本院學生重排舞劇選段，
/// 並指導演出"), is a task of its own whose verb the reader does not know: read from that clause's start. Not a clause
/// with a date or a time in figures, a coming, an invitation, a post or a period in it, nor one that opens with the
/// host as its subject ("本院學生將會排練").
pub(super) fn with_the_task_before(text: &Text, x: Extracted) -> Extracted {
    if !x.value.chars().next().is_some_and(super::text::is_cjk) || x.start < 2 {
        return x;
    }
    let mut j = x.start - 1;
    if !ACTIVITY_CJK_JOINING.contains(&text.lower_str(j, j + 1)) {
        return x;
    }
    // (Over the comma before the joining word: "，並指導演出".)
    let comma_before = j > 0 && matches!(text.lower[j - 1], ',' | '，');
    if comma_before {
        j -= 1;
    }
    let Some(s) = (j.saturating_sub(40)..j).rev().find(|&i| matches!(text.lower[i], ',' | '，' | '。' | ':' | '：' | '\n' | ';' | '；')).map(|i| i + 1) else { return x };
    let clause = text.lower_str(s, j);
    let after_a_post = s >= 2 && {
        let before = text.lower_str(s.saturating_sub(24), s - 1);
        let before = before.rsplit(['，', ',', '。', '\n']).next().unwrap_or("");
        ACTIVITY_CJK_TAKE_ON.iter().chain(super::cues::DATES_COMING).any(|w| before.contains(w))
    };
    let n = clause.chars().count();
    let not_a_task = clause.chars().any(|c| c.is_ascii_digit()) || ACTIVITY_CJK_NOT_A_TASK_BEFORE.iter().any(|w| clause.contains(w)) || ACTIVITY_CJK_SUBJECTS.iter().any(|w| clause.starts_with(w));
    if !after_a_post || !(4..=30).contains(&n) || not_a_task {
        return x;
    }
    match text.extracted(s, x.end, None, x.confidence) {
        Some(v) => Extracted { reason: x.reason, ..v },
        None => x,
    }
}

/// Whether what was read as the activity only comes, joins, visits or attends: "visit the School of Music", "join as
/// Guest Artist", "參與本團樂季開幕音樂會", "於2028年3月蒞臨本學院訪問". A task the letter gives in the passive says more.
pub(super) fn only_comes_or_attends(text: &Text, x: &Extracted) -> bool {
    let said = text.lower_str(x.start, x.end);
    let first = said.split_whitespace().next().unwrap_or("");
    // (A coming with a task after it is a task: "來港主持大師班"; not "…蒞臨本學院訪問".)
    let only_visits = ACTIVITY_CJK_VISITING.iter().filter_map(|w| said.find(w).map(|b| &said[b + w.len()..])).any(|after| !ACTIVITY_CJK_VERBS.iter().any(|v| after.contains(v)));
    ACTIVITY_COMING.contains(&first) || ACTIVITY_CJK_ATTENDING.iter().any(|w| said.starts_with(w)) || only_visits
}

/// The duties a letter lists under a line that introduces them ("your duties during the Workshop will be to:", "閣下的
/// 職責如下："), two items or more, each starting with its verb: the items read as one phrase, each with its own
/// punctuation ("conduct four lectures ...; lead the exercise on Day 3; and act as an assessor ...").
pub(super) fn duties_listed(text: &Text) -> Option<Extracted> {
    let n = text.lines.len();
    for l in 0..n {
        let (ls, le) = text.lines[l];
        // (The line's last mark first, without a copy: this looks at every line of the letter.)
        if (ls..le).rev().find(|&i| !text.lower[i].is_whitespace()).is_none_or(|i| text.lower[i] != ':') || text.header_line[l] {
            continue;
        }
        let intro = text.lower_str(ls, le);
        if !ACTIVITY_LIST_INTROS.iter().any(|w| intro.contains(w)) {
            continue;
        }
        let mut k = l + 1;
        while k < n && text.is_blank(k) {
            k += 1;
        }
        let mut items: Vec<(usize, usize)> = Vec::new();
        while k < n && !text.is_blank(k) {
            let (s, e) = text.lines[k];
            let s = (s..e).find(|&i| !text.original[i].is_whitespace()).unwrap_or(e);
            if !super::wrapping::starts_an_item(&text.original[s..e]) {
                break;
            }
            items.push((super::wrapping::past_the_items_mark(&text.original[..e], s), e));
            k += 1;
        }
        let tasks = items.iter().all(|&(s, e)| {
            let item = text.lower_str(s, e);
            if item.is_ascii() {
                text.original.get(s).is_some_and(|c| c.is_ascii_lowercase())
            } else {
                // (The verb may come after whom it is done with: "与本署工程人员进行现场技术交流".)
                let head: String = item.chars().take(10).collect();
                ACTIVITY_CJK_VERBS.iter().any(|v| item.starts_with(v)) || (item.starts_with(['與', '与', '為', '为', '向', '就']) && ACTIVITY_CJK_VERBS.iter().any(|v| head.contains(v)))
            }
        });
        if items.len() < 2 || !tasks {
            continue;
        }
        let (first, last) = (items[0].0, items[items.len() - 1].1);
        let mut value = String::new();
        for (i, &(s, e)) in items.iter().enumerate() {
            let item = text.slice(s, e);
            let item = item.trim();
            let item = if i + 1 == items.len() { item.trim_end_matches(['.', '。', ';', '；', ',', '，']) } else { item };
            // Each item keeps its own punctuation; one without any is parted from the next as a list's items are.
            if !value.is_empty() {
                if !item.is_ascii() {
                    if !value.ends_with(['；', '，', '、', '。']) {
                        value.push('；');
                    }
                } else {
                    if !value.ends_with([';', ',']) && !value.ends_with(" and") {
                        value.push(';');
                    }
                    value.push(' ');
                }
            }
            value.push_str(item);
        }
        return text.extracted(first, last, Some(value), WEAK).map(|x| x.doubt(Reason::Prose));
    }
    None
}

/// Whether the clause after the comma at `end` adds a task with 並 or 并 ("…外聘評審，並為五名學生舉行個別指導課").
fn task_joined_after(text: &Text, end: usize) -> bool {
    matches!(text.lower.get(end), Some(',')) && matches!(text.lower.get(end + 1), Some('並' | '并'))
}

/// Whether the post taken at `p` (擔任…) has a task joined to it by 並 or 及 in its sentence, the task's verb right
/// after the joining word or after whom or when it is for ("並為本地裁判主持…", "並於比賽前一日下午主持…").
fn post_with_a_task(text: &Text, p: usize) -> bool {
    let len = text.lower.len();
    let limit = (p + 2..(p + 45).min(len)).find(|&i| matches!(text.lower[i], '。' | '\n' | '；' | ';')).unwrap_or((p + 45).min(len));
    // (Joined to the post itself: in its clause, or right after its comma.)
    let comma = (p + 2..limit).find(|&i| matches!(text.lower[i], ',' | '，'));
    (p + 2..limit).filter(|&i| comma.is_none_or(|c| i < c || i == c + 1)).any(|i| {
        let after = text.lower_str(i + 1, (i + 1 + 24).min(len));
        let verb_at_start = ACTIVITY_CJK_VERBS.iter().any(|v| after.starts_with(v));
        let clause = after.split(['，', ',', '。', '\n']).next().unwrap_or("");
        let verb_after_whom = ACTIVITY_CJK_FOR_WHOM_OR_WHEN.iter().any(|w| after.starts_with(w)) && ACTIVITY_CJK_VERBS.iter().any(|v| clause.contains(v));
        ACTIVITY_CJK_JOINING.contains(&text.lower_str(i, i + 1)) && (verb_at_start || verb_after_whom)
    })
}

/// The first task a sentence gives after `from` (", to deliver ...", " and to adjudicate ..."), as a lead: where it
/// starts and the length of the words before its verb. The sentence ends at a full stop (not a title's, "Dr.") or a
/// blank line; a line break inside it (a hard-wrapped letter) does not end it.
fn task_in_sentence(text: &Text, from: usize, after_coming: bool) -> Option<(usize, usize)> {
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
    // comma.) When only coming, joining or visiting was asked ("we'd like you to come as guest coach and lead the
    // sessions", "come over as our featured artist: play two sets"), also a verb after "and" or a colon; after an
    // invitation's own lead ("invite you to serve as judge of the Final and present the awards"), the task after "and"
    // is a second one, read with the first.
    let joins: &[&str] = if after_coming { &[", to ", " and to ", " to ", ", ", " and ", ": "] } else { &[", to ", " and to ", " to ", ", "] };
    joins
        .iter()
        .flat_map(|w| {
            let mut found = Vec::new();
            let mut at = from;
            while let Some(q) = text.find_lower(at, end, w) {
                found.push((q, w.chars().count(), *w));
                at = q + 1;
            }
            found
        })
        .filter(|&(q, n, w)| {
            let verb = text.lower_str(q + n, (q + n + 16).min(end));
            let verb = verb.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            if w == ", " {
                return verb.strip_suffix("ing").is_some_and(|stem| {
                    let undoubled = stem.len() > 2 && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2];
                    ACTIVITY_TO_VERBS.contains(&stem)
                        || ACTIVITY_TO_VERBS.iter().any(|v| v.strip_suffix('e') == Some(stem))
                        || (undoubled && ACTIVITY_TO_VERBS.contains(&&stem[..stem.len() - 1]))
                });
            }
            ACTIVITY_TO_VERBS.contains(&verb)
        })
        .map(|(q, n, _)| (q, n))
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
    if !text.original[ls..date_start].iter().all(|&c| c.is_whitespace() || is_bullet(c) || c == '|' || c == '>') {
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

#[cfg(test)]
mod tests {
    /// A letter about the visitor, not to them ("To whom it may concern"): who is invited, and what they will do by
    /// their family name, which may be two words in capitals.
    #[test]
    fn a_letter_about_the_visitor_in_the_third_person() {
        let letter = "TO WHOM IT MAY CONCERN\n\nHongkong Post invites Mr João Pedro ALMEIDA SANTOS, a Portuguese national, to Hong Kong as Guest Judge of its competition. During his visit Mr Almeida Santos will shortlist the entries and conduct a stamp design workshop for secondary school students.\n";
        let x = super::super::extract(letter, crate::Catalogue::bundled());
        assert_eq!(x.invitee.map(|v| v.value).as_deref(), Some("Mr João Pedro ALMEIDA SANTOS"));
        assert_eq!(x.activity.map(|v| v.value).as_deref(), Some("shortlist the entries and conduct a stamp design workshop for secondary school students"));
    }

    /// Duties listed under a line that introduces them are read together, in English and in Chinese; a list of
    /// things that are not tasks is not.
    #[test]
    fn duties_listed_under_their_introduction() {
        let activity = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).activity.map(|v| v.value);
        let english = "Dear Dr Raghunathan,\n\nWe should be delighted if you could join the teaching team as a resource person.\n\nSubject to your agreement, your duties during the Workshop will be to:\n  • conduct four lectures on forecasting;\n  • lead the hands-on exercise on Day 3; and\n  • act as an assessor for the final presentations.\n";
        assert_eq!(activity(english).as_deref(), Some("conduct four lectures on forecasting; lead the hands-on exercise on Day 3; and act as an assessor for the final presentations"));
        let chinese = "李女士：\n\n本系現誠邀閣下出任本系駐校藝術家。駐校期間，閣下的職責如下：\n\n一、講授兩節研討課；\n二、指導本系學生排練合奏；\n三、舉行一場獨奏會。\n";
        assert_eq!(activity(chinese).as_deref(), Some("講授兩節研討課；指導本系學生排練合奏；舉行一場獨奏會"));
        // Items without punctuation of their own are parted as a list's are.
        let bare = "Dear Dr Raghunathan,\n\nYour duties will be to:\n- conduct four lectures\n- lead the exercise\n";
        assert_eq!(activity(bare).as_deref(), Some("conduct four lectures; lead the exercise"));
        let bare = "李女士：\n\n閣下的職責如下：\n1. 講授兩節研討課\n2. 指導學生排練\n";
        assert_eq!(activity(bare).as_deref(), Some("講授兩節研討課；指導學生排練"));
        // Someone else's task ("由本處處長主持開幕") is not the visitor's; one "由閣下" does is.
        let others = "王博士：\n\n研討會由本處處長主持開幕。經本處與貴局商議，研討會首日將由閣下發表主題演講，並主持專題工作坊。\n";
        assert_eq!(activity(others).as_deref(), Some("發表主題演講，並主持專題工作坊"));
        // ("由3月2日至6日" is from a day, not by someone.)
        let from_a_day = "王博士：\n\n閣下將於課程期間，由3月2日至6日主持大師班。\n";
        assert_eq!(activity(from_a_day).as_deref(), Some("主持大師班"));
        // Circled numbers mark items too; an item may name whom it is done with before its verb.
        let circled = "王博士：\n\n本署现诚邀阁下以技术顾问身份来港，工作包括：\n\n① 审视污泥处理设施的运作，并提出优化建议；\n② 主持技术研讨会一场；\n③ 与本署工程人员进行现场技术交流。\n";
        assert_eq!(activity(circled).as_deref(), Some("审视污泥处理设施的运作，并提出优化建议；主持技术研讨会一场；与本署工程人员进行现场技术交流"));
        let full_width = "王博士：\n\n本署现正式邀请阁下担任外聘生态顾问，在港期间的工作如下：\n\n（1）带领护理员进行夜间调查；\n（2）主持培训班两节。\n";
        assert_eq!(activity(full_width).as_deref(), Some("带领护理员进行夜间调查；主持培训班两节"));
        // Items without a verb of their own (what is provided) are no duties.
        let provided = "Dear Dr Raghunathan,\n\nWe invite you to give a lecture on 3 May 2027. You will receive:\n  • Return air ticket\n  • Hotel accommodation\n";
        assert_eq!(activity(provided).as_deref(), Some("give a lecture"));
    }

    /// "閣下將…" says what the invitee will do, over the tasks of others around it and the host's holding of the event.
    #[test]
    fn what_the_letter_says_you_will_do_in_chinese() {
        let activity = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).activity.map(|v| v.value);
        let others = "王博士：\n\n本署将于2027年11月25日在总部大楼演讲厅举办研讨会，届时除本署助理署长致开幕辞、三位本地业界代表分享安装充电设施的经验外，阁下将示范侦测仪器的操作并讲解日本的安全标准。\n";
        assert_eq!(activity(others).as_deref(), Some("示范侦测仪器的操作并讲解日本的安全标准"));
        // Not what the scheme lets the host invite visitors to do, said after it.
        let scheme = format!("{others}\n机电工程署为计划下的政府部门，可邀请访客来港参与其主办的活动。\n");
        assert_eq!(activity(&scheme).as_deref(), Some("示范侦测仪器的操作并讲解日本的安全标准"));
        let held = "王博士：\n\n香港海关谨定于2027年9月13日（星期一）至17日（星期五）在香港海关总部大楼十三楼培训室举办进阶课程。\n\n课程主讲嘉宾一职，拟由阁下担任。阁下将讲授奢侈品仿冒识别技术，并带领学员进行实物鉴定练习。\n";
        assert_eq!(activity(held).as_deref(), Some("讲授奢侈品仿冒识别技术，并带领学员进行实物鉴定练习"));
    }

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
            super::task_in_sentence(&text, 0, false).map(|(p, n)| text.slice(p + n, p + n + 7))
        };
        assert_eq!(task("to visit the Department as a Visiting\nProfessor, to deliver a course.").as_deref(), Some("deliver"));
        assert_eq!(task("to visit us with Dr. Lee, to deliver a course.").as_deref(), Some("deliver"));
        assert_eq!(task("to visit the Department.\n\nWe would like you to deliver a course."), None);
    }

    /// "工作包括：" inside a paragraph labels the visitor's tasks up to the sentence's end; "訪問日期" gives the
    /// activity's days.
    #[test]
    fn a_chinese_label_of_the_tasks_inside_a_paragraph() {
        let letter = "山本教授：\n\n承蒙教授於去年十一月京都研討會上惠允來訪，本系同人不勝欣喜。謹以此函正式邀請教授以「傑出訪問學人」身份訪問本系。\n\n是次訪問的工作包括：為本系研究生主持三場研討課及發表一場公開講座。研討課均在利黃瑤璧樓三樓304室進行，公開講座則於3月9日（四）晚上舉行。訪問日期為2028年3月6日（一）至3月10日（五）。\n";
        let x = super::super::extract(letter, crate::Catalogue::bundled());
        assert_eq!(x.activity.map(|a| a.value).as_deref(), Some("為本系研究生主持三場研討課及發表一場公開講座"));
        assert_eq!(x.activity_from.map(|a| a.value).as_deref(), Some("2028-03-06"));
        assert_eq!(x.activity_to.map(|a| a.value).as_deref(), Some("2028-03-10"));
    }

    /// A task after the role one joins as, its verb one of making or staging ("to create a new work").
    #[test]
    fn a_task_after_the_role_one_joins_as() {
        let activity = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).activity.map(|a| a.value);
        let letter = "Dear Ms Ortiz,\n\nWe would be delighted if you would join us as Guest Choreographer to create a new ten-minute work on twelve of our students and to teach two open technique classes for the School.\n";
        assert!(activity(letter).is_some_and(|a| a.starts_with("create a new ten-minute work")), "{:?}", activity(letter));
    }

    /// A second task joined by "and act as": its role's words are part of it, up to where it is done.
    #[test]
    fn a_joined_task_that_acts_as_someone() {
        let activity = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).activity.map(|a| a.value);
        let letter = "Dear Mr Tane,\n\nThe Department would be pleased if you would deliver a five-day course on trauma care to our instructors and act as an assessor at the exercise that follows it.\n";
        assert!(activity(letter).is_some_and(|a| a.starts_with("deliver a five-day course") && a.contains("and act as an assessor")));
    }

    /// The host presenting its event is not the visitor's task; a capacity set off by commas is passed over.
    #[test]
    fn the_task_is_the_visitors_not_the_hosts() {
        let activity = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).activity.map(|a| a.value);
        let letter = "Dear Professor Laurent,\n\nThe Leisure and Cultural Services Department is pleased to present the fourth Hong Kong Youth Piano Series this spring. We would be honoured if you would, as Chair of the Jury, adjudicate the final rounds of the Series and give a public masterclass for the finalists.\n";
        assert_eq!(activity(letter).as_deref(), Some("adjudicate the final rounds of the Series and give a public masterclass for the finalists"));
        // A number's abbreviation ("No. 2", "Op. 83") does not end the sentence.
        let numbered = "Dear Ms Berg,\n\nWe invite you to perform Brahms's Piano Concerto No. 2 in B-flat major, Op. 83 with the orchestra.\n";
        assert_eq!(activity(numbered).as_deref(), Some("perform Brahms's Piano Concerto No. 2 in B-flat major, Op. 83 with the orchestra"));
        // Coming to appear is no task; what the engagement consists of is.
        let consists = "Dear Mr Arce,\n\nWe invite you to appear with the orchestra as guest conductor this autumn. Your engagement will consist of four rehearsals with the orchestra and the concert itself.\n";
        assert_eq!(activity(consists).as_deref(), Some("four rehearsals with the orchestra and the concert itself"));
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
        // A task joined to serving on the panel without a comma.
        let no_comma = "王先生：\n\n本院诚邀阁下担任毕业作品展外聘评审并主讲一场设计讲座。评审将于2028年6月14日举行。\n";
        assert_eq!(activity(no_comma).as_deref(), Some("担任毕业作品展外聘评审并主讲一场设计讲座"));
        // A head judge serves on the panel too.
        let head = "王先生：\n\n本会谨诚意邀请先生来港担任本届锦标赛套路项目裁判长，并为本地裁判主讲裁判法培训课程。比赛将于2027年8月14日举行。\n";
        assert_eq!(activity(head).as_deref(), Some("担任本届锦标赛套路项目裁判长，并为本地裁判主讲裁判法培训课程"));
        // A verb that begins a noun is no task: "演奏家" are people, "演出日期" a detail.
        let people = "王先生：\n\n本系每年邀請國際知名演奏家來校交流。特函邀請閣下於2027年6月7日主持小提琴大師班。\n";
        assert_eq!(activity(people).as_deref(), Some("主持小提琴大師班"));
        // Nor one that begins the name of a post: "文物修復專家" is an expert.
        let expert = "王先生：\n\n本處謹誠邀閣下出任本處客席文物修復專家，於二〇二八年十月十六日至二十七日期間來港，主持壁畫修復技術工作坊，並為本處修復人員提供現場技術指導。\n";
        assert_eq!(activity(expert).as_deref(), Some("主持壁畫修復技術工作坊，並為本處修復人員提供現場技術指導"));
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
        // Leading a troupe (率領), recording (錄製) and coordinating (統籌) are tasks, and a task joined to them with 並 is
        // read with them.
        let lead = "王先生：\n\n本會誠邀閣下率領醒獅團於文化節作高樁醒獅表演，並與本地獅隊進行交流訓練。\n";
        assert_eq!(activity(lead).as_deref(), Some("率領醒獅團於文化節作高樁醒獅表演，並與本地獅隊進行交流訓練"));
        let record = "王先生：\n\n本台誠邀閣下為第四台錄製烏德琴特輯，並在直播音樂會中演出。\n";
        assert_eq!(activity(record).as_deref(), Some("為第四台錄製烏德琴特輯，並在直播音樂會中演出"));
        // A title before "的函" ("…客座教授的函", the letter about it) is no task.
        let title = "               關於邀請您擔任法律學院訪問教授的函\n\n王先生：\n\n本院誠邀您於十一月來港，負責講授密集課程，並主講年度公開講座。\n";
        assert_eq!(activity(title).as_deref(), Some("講授密集課程，並主講年度公開講座"));
        // A list's items are the body however short they are: the tasks listed, together (see `duties_listed`).
        let listed = "王先生：\n\n本中心誠邀您作為駐場導師，於明年三月來港。\n\n您的工作包括：\n• 主持為期四天的定格動畫創作工作坊；\n• 出席學員作品放映會並擔任評審；\n• 主講公開講座一場。\n";
        assert_eq!(activity(listed).as_deref(), Some("主持為期四天的定格動畫創作工作坊；出席學員作品放映會並擔任評審；主講公開講座一場"));
        let numbered = "王先生：\n\n本校诚邀您作为特邀评审来港。您在港期间的工作如下：\n\n1. 评审决赛队伍的路演并给予书面意见；\n2. 出席颁奖典礼并致辞。\n";
        assert_eq!(activity(numbered).as_deref(), Some("评审决赛队伍的路演并给予书面意见；出席颁奖典礼并致辞"));
        // The subject line gives no task; what the visitor is responsible for does.
        let post = "主旨：邀請台端來港擔任「2027青年中樂營」客席指揮，請查照。\n\n陳先生：\n\n特邀請台端擔任本年度客席指揮。台端於2027年8月10日至15日期間，負責帶領營員樂團排練及主持指揮大師班。\n";
        assert_eq!(activity(post).as_deref(), Some("帶領營員樂團排練及主持指揮大師班"));
    }

    /// A task in its -ing form after "you will be", or agreed to, with its verb's prefix.
    /// What the host pays or arranges ("本校將負責您在港期間的住宿") is no task of the visitor's.
    #[test]
    fn what_the_host_provides_is_no_task() {
        let activity = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).activity.map(|a| a.value);
        let letter = "王先生：\n\n本部誠邀您明年一月來港。本部將負責您在港期間的住宿及膳食。您將主持教練研討會。\n";
        assert_eq!(activity(letter).as_deref(), Some("主持教練研討會"));
    }

    /// An invitation by the invitee's name, to come to Hong Kong, is where the task follows; not the thanks before it,
    /// nor the scheme's own words ("邀請非本地人才來港參與…").
    #[test]
    fn the_task_follows_an_invitation_by_name() {
        let activity = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).activity.map(|a| a.value);
        let by_name = "Pablo教練您好：\n\n多謝您上星期在電話中答應來港協助我們。現正式代表本會邀請 Pablo Ortega Ruiz先生 於明年一月來港，負責本會冬季集訓的技術指導工作，包括每日場上訓練。\n\n本會可根據入境安排邀請非本地人才來港參與體育活動。\n";
        assert_eq!(activity(by_name).as_deref(), Some("負責本會冬季集訓的技術指導工作"));
    }

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

    /// "You will, of course, be met": no capacity after the comma, no task there.
    #[test]
    fn an_aside_is_no_task() {
        let letter = "Dear Ms Roy,\n\nThank you for your reply. You will, of course, be met at the airport on 2 May 2027, and you will adjudicate the finals on 3 May 2027.\n";
        let activity = super::super::extract(letter, crate::Catalogue::bundled()).activity.map(|a| a.value);
        assert_eq!(activity.as_deref(), Some("adjudicate the finals"));
    }
}
