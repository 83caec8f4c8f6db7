//! The role the visitor takes on ("as guest conductor", "擔任評判"), read from the letter's wording.

use super::text::{phrase_until, Text};
use super::cues::{ROLE_WHO_THE_PERSON_IS, ROLE_DOCUMENTS, VENUE_EVENTS, LETTER_SUBJECT_HEADERS, ROLE_NOT_A_NOUN_AFTER, ROLE_CJK_EVENTS, ROLE_CJK_STAGES, ROLE_CJK_NOT_ROLES, ROLE_CJK_STOPS, ROLE_AS_CONTEXT, ROLE_NOT_ROLES, ROLE_OF, ROLE_BEFORE, ROLE_CJK_BEFORE, ROLE_CJK_CAPACITY_CLOSE, ROLE_CJK_CAPACITY_OPEN, ROLE_CJK_POST_STARTS, ROLE_CJK_PRAISE, ROLE_CJK_NOT_BEFORE, ROLE_POST_ENDINGS, ROLE_POSTS, ROLE_NOT_POSTS, ROLE_POST_ANYWHERE, ROLE_CJK_SHORT_POSTS, ROLE_CJK_DIVISIONS, ROLE_BY_LAW, ROLE_CJK_INVITED_AS, ACTIVITY_CJK_VERBS, PEOPLE_HONORIFICS, ROLE_SECOND_PERSON, ROLE_CJK_SPOKEN_INVITATIONS, ROLE_CJK_SPOKEN_POSTS, ROLE_CJK_COUNT_UNITS, ACTIVITY_CJK_POSTS_TAKEN};
use super::confidence::{Reason, GUESS};
use super::Extracted;
use crate::catalogue::names::is_capital;

/// "... as a guest violinist ...", "... as guest coach for ...", "to be our keynote speaker", "擔任評審".
/// Where a phrase starting at `start` begins once the first of `articles` that is there is passed.
fn past_article(text: &Text, start: usize, articles: &[&str]) -> usize {
    articles
        .iter()
        .find(|a| text.lower_str(start, start + a.chars().count()) == **a)
        .map_or(start, |a| start + a.chars().count())
}

/// The post spoken Chinese asks the visitor to be with 做, in a chat or a plain message: "想請你嚟香港做五日客席教練" is
/// 客席教練, "嚟做兩晚嘉賓樂手" 嘉賓樂手. Only after an invitation's words, and only words that end in a post, past a
/// count of days or shows before them ("做兩場演出" is a task).
pub(super) fn post_to_be(text: &Text) -> Option<Extracted> {
    for p in text.find_all("做") {
        let before = text.lower_str(p.saturating_sub(6), p);
        if !ROLE_CJK_SPOKEN_INVITATIONS.iter().any(|w| before.contains(w)) {
            continue;
        }
        let (s, e) = phrase_until(text, p + 1, ROLE_CJK_STOPS, 14);
        let s = past_a_cjk_count(text, s, e);
        let phrase = text.lower_str(s, e);
        let post = ROLE_CJK_SHORT_POSTS.iter().chain(ACTIVITY_CJK_POSTS_TAKEN).chain(ROLE_CJK_SPOKEN_POSTS).any(|w| phrase.ends_with(w));
        if post && (2..=8).contains(&phrase.chars().count()) && phrase.chars().all(super::text::is_cjk) {
            return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
        }
    }
    None
}

/// Past a count said before a post, "五日", "兩晚", "三場" (and its 嘅 or 的): where the post starts.
fn past_a_cjk_count(text: &Text, s: usize, e: usize) -> usize {
    let digits = (s..e).take_while(|&i| text.lower[i].is_ascii_digit() || "一二兩两三四五六七八九十幾几半".contains(text.lower[i])).count();
    if digits == 0 {
        return s;
    }
    let at = s + digits;
    let Some(unit) = ROLE_CJK_COUNT_UNITS.iter().find(|u| text.lower_str(at, at + u.chars().count()) == **u) else { return s };
    let past = at + unit.chars().count();
    if matches!(text.lower.get(past), Some('嘅' | '的')) { past + 1 } else { past }
}

pub(super) fn role(text: &Text) -> Option<Extracted> {
    // (" – ": "Invitation as Referee Supervisor – Hong Kong Judo Open 2027", a subject line naming the event after.)
    // (" this ", " next ": "as our Visiting Specialist this November".)
    const STOPS: &[&str] = &[" in ", " at ", " for ", " of ", " during ", " from ", " on ", " to ", " and to ", ",", " with ", " under ", "，", "、", "(", "（", " – ", " — ", " - ", " this ", " next "];
    // "in the capacity of adjudicator", "to serve as our keynote speaker".
    for lead in ROLE_BEFORE {
        if let Some(p) = text.find_all(lead).find(|&p| !someone_elses_sentence(text, p)) {
            let start = past_its_owner(text, past_article(text, p + lead.chars().count(), &["a ", "an ", "the ", "our "]));
            // ("invite you to be Chair of the Jury", "to be a judge": a title or an article; not "to be with us".)
            if lead.ends_with(" to be ") && start == p + lead.chars().count() && !text.original.get(start).is_some_and(|&c| is_capital(c)) {
                continue;
            }
            // ("to be one of our three guest judges": one guest judge.)
            let several = lead.ends_with(" one of our ");
            let start = if several { past_a_count(text, start) } else { start };
            let (s, e) = role_phrase(text, start, STOPS);
            let e = if several { one_of_them(text, s, e) } else { e };
            if e > s + 2 {
                return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
            }
        }
    }
    let mut from = 0;
    while let Some(p) = text.find_lower(from, text.lower.len(), " as ") {
        from = p + 1;
        // "As discussed, ...": a sentence that starts with "As" gives no role, unless it is the capacity the sentence
        // goes on to give a task in: "As a jury member you will watch the ten films".
        let opens = p > 0 && ".!?\n".contains(text.lower[p - 1]);
        // (Or set off by commas: "we would be most grateful if, as keynote speaker, you would deliver ...".)
        if opens || (p > 0 && text.lower[p - 1] == ',') {
            if let Some(found) = capacity_opening_a_sentence(text, p + 1) {
                return Some(found);
            }
        }
        if opens {
            continue;
        }
        let window = text.lower_str(p.saturating_sub(160), p);
        if !ROLE_AS_CONTEXT.iter().any(|w| window.contains(w)) {
            continue;
        }
        let after = text.lower_str(p + 4, p + 24);
        if ROLE_NOT_ROLES.iter().any(|w| after.strip_prefix(w).is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ',', '.', ';', '\n']))) {
            continue;
        }
        // "the number as given in your CV", "as printed", "as written": a past participle says how, not who (the
        // irregular ones are among the words that are no role). (Not a title in capitals: "as Distinguished Visiting
        // Professor".)
        let mut words = after.split(|c: char| !c.is_alphabetic());
        let word = words.next().unwrap_or("");
        let capital = text.original.get(p + 4).is_some_and(|&c| is_capital(c));
        // (An -ed word before a noun describes it: "as featured pianist", "as invited speaker".)
        let next = words.next().unwrap_or("");
        let participle = word.len() > 3 && word.ends_with("ed") && (next.is_empty() || ROLE_NOT_A_NOUN_AFTER.contains(&next));
        if !capital && (participle || ROLE_NOT_ROLES.contains(&word)) {
            continue;
        }
        // ("As a British citizen you …", "as a Hong Kong permanent resident": who one is by law.)
        let clause = after.split(['.', ',', ';', '\n']).next().unwrap_or("");
        if clause.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(5).any(|w| ROLE_BY_LAW.contains(&w)) {
            continue;
        }
        let start = past_article(text, p + 4, &["one of our ", "one of the ", "one of its ", "one of their ", "a ", "an ", "the ", "our "]);
        // ("as one of its eight overseas adjudicators": past the count, and one of them.)
        let several = start > p + 4 && text.lower_str(p + 4, p + 11) == "one of ";
        let start = if several { past_a_count(text, start) } else { start };
        let start = past_its_owner(text, start);
        let (s, e) = role_phrase(text, start, STOPS);
        // ("recorded you as a Japanese citizen holding passport ...": who the person is, not what they will be.)
        let phrase = text.lower_str(s, e);
        if ROLE_WHO_THE_PERSON_IS.iter().any(|w| phrase.split_whitespace().any(|x| x == *w)) {
            continue;
        }
        // ("Please treat this e-mail as the Museum's letter of invitation": a document, no capacity.)
        if phrase.split_whitespace().any(|w| ROLE_DOCUMENTS.contains(&w)) {
            continue;
        }
        let e = if several { one_of_them(text, s, e) } else { e };
        if e > s + 2 {
            return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
        }
    }
    // "以客席指揮身份": the role between 以 and 身份 (not someone else's: "另一位官員Mr Anan SRISUK則以觀察員身份隨行").
    for open in ROLE_CJK_CAPACITY_OPEN {
        for p in text.find_all(open).filter(|&p| !super::text::done_by_someone_else(text, p)) {
            let s = p + open.chars().count();
            let window = (s + 20).min(text.lower.len());
            let Some(close) = ROLE_CJK_CAPACITY_CLOSE.iter().filter_map(|c| text.find_lower(s, window, c)).min() else { continue };
            let close = if text.lower[close - 1] == '的' { close - 1 } else { close };
            // ("以此函支持閣下以訪客身份": from the last 以 before 身份.)
            let s = (s..close).rev().find(|&i| text.lower[i] == '以').map_or(s, |i| i + 1);
            // (A visitor is how the person enters, under the scheme, not a post: "閣下將以訪客身份入境".)
            let status = ROLE_CJK_NOT_ROLES.contains(&text.lower_str(s, close).trim());
            if close > s + 1 && !status && !text.lower[s..close].iter().any(|c| "，。、,;".contains(*c)) {
                // ("以「傑出訪問學人」身份": a post in quotation marks is its name, whole.)
                if close > s + 2 && "「“『\"".contains(text.lower[s]) && "」”』\"".contains(text.lower[close - 1]) {
                    return text.extracted(s + 1, close - 1, None, GUESS).map(|x| x.doubt(Reason::Prose));
                }
                // ("以研討會主講嘉賓身份": the post, without what it is of.)
                return text.extracted(post_start(text, s, close), close, None, GUESS).map(|x| x.doubt(Reason::Prose));
            }
        }
    }
    // The earliest post the body gives, not a subject line's ("关于邀请担任「…」评审事宜").
    let in_a_subject = |p: usize| {
        let l = text.line_of(p);
        let (ls, le) = text.lines[l];
        let line = text.lower_str(ls, le);
        let line = line.trim();
        text.header_line[l] || LETTER_SUBJECT_HEADERS.iter().any(|h| line.starts_with(h)) || line.ends_with("事宜")
    };
    // (Nor the host's own capacity: "本學院作為協辦單位".)
    let the_hosts = |p: usize| {
        let clause = text.lower_str(p.saturating_sub(6), p);
        let clause = clause.rsplit([',', '。', '\n']).next().unwrap_or("");
        clause.starts_with(['本', '我']) && clause.chars().count() <= 4
    };
    // (A lead that names the visitor, "聘請閣下為", is theirs whoever says it.)
    let names_the_visitor = |lead: &str| ["閣下", "阁下", "您"].iter().any(|w| lead.contains(w));
    // (Nor someone else's: "由本地初创企业代表担任赛事导师", by whom, in the clause before it, and not the visitor.)
    let by_someone_else = |p: usize| super::text::done_by_someone_else(text, p);
    let mut leads: Vec<(usize, &str)> = ROLE_CJK_BEFORE
        .iter()
        .flat_map(|lead| text.find_all(lead).filter(move |&p| names_the_visitor(lead) || !the_hosts(p) && !by_someone_else(p)).map(move |p| (p, *lead)))
        // ("現以本電郵作為正式邀請": what the letter itself serves as.)
        .filter(|&(p, _)| !ROLE_CJK_NOT_BEFORE.iter().any(|w| text.lower_str(p.saturating_sub(w.chars().count()), p) == *w))
        // ("閣下獲邀為大會主持開幕禮": invited to do something, not to be someone.)
        .filter(|&(p, lead)| !ROLE_CJK_INVITED_AS.contains(&lead) || {
            let (s, e) = phrase_until(text, p + lead.chars().count(), ROLE_CJK_STOPS, 45);
            let phrase = text.lower_str(s, e);
            let post = ROLE_CJK_SHORT_POSTS.iter().any(|w| phrase.ends_with(w)) || ROLE_CJK_POST_STARTS.iter().any(|w| phrase.contains(w));
            post || !ACTIVITY_CJK_VERBS.iter().any(|v| phrase.contains(v))
        })
        .collect();
    if leads.iter().any(|&(p, _)| !in_a_subject(p)) {
        leads.retain(|&(p, _)| !in_a_subject(p));
    }
    if let Some(&(p, lead)) = leads.iter().min_by_key(|&&(p, _)| p) {
        // (Long enough for an event's name in quotes before the post: "担任本会与香港体育学院合办的“2027香港公开赛青少年
        // 训练营”特邀教练".)
        let (mut s, e) = phrase_until(text, p + lead.chars().count(), ROLE_CJK_STOPS, 45);
        // "客席指揮一職": the post, without "一職".
        let mut e = if text.lower_str(e.saturating_sub(2), e) == "一職" || text.lower_str(e.saturating_sub(2), e) == "一职" { e - 2 } else { e };
        // "本次研讨会的主讲嘉宾", "“亚洲新晋电影人奖”评审团成员": the role is what follows the last "的" or closing quote.
        // (Or a bracket inside it, "钢琴比赛（青年组）评委", when a post follows it: not "客席導師（粵劇）".)
        // (嘅 is Cantonese for 的: "亞洲跳繩錦標賽2027嘅裁判長".)
        if let Some(d) = (s..e).rev().find(|&i| "的嘅”」』》\"".contains(text.lower[i]) || text.lower[i] == ')' && e >= i + 3) {
            // ("擔任本院「傑出訪問學人」": a post in quotes, nothing after them, is the quote's words.)
            let opening = (d + 1 == e && !matches!(text.lower[d], '的' | '嘅')).then(|| (s..d).rev().find(|&i| "“「『《\"".contains(text.lower[i]))).flatten();
            match opening {
                Some(o) if d > o + 1 => (s, e) = (o + 1, d),
                _ => s = d + 1,
            }
        }
        // "本課程客席教練", "本屆大賽決賽評判": "this course's", "this contest's" is not part of the role (nor is the
        // event a post is of: see `post_start`).
        // (An event's name that starts the role goes too, when a post of three characters or more is left:
        // "賽事技術總監" is a 技術總監; "課程總監" stays.)
        let this = text.lower.get(s) == Some(&'本');
        let opens = |p: usize, w: &str| (p == s && e >= p + w.chars().count() + 3).then_some(p + w.chars().count());
        let led = ROLE_CJK_EVENTS.iter().find_map(|w| text.find_lower(s, e, w).and_then(|p| opens(p, w)));
        // (And after any event whose post is of three characters or more: "暑期青少年精英集訓營主教練" is a 主教練.)
        if let Some(after) = ROLE_CJK_EVENTS.iter().filter_map(|w| text.rfind_lower(s, e, w).map(|p| p + w.chars().count())).max().filter(|&a| this && e >= a + 2 || e >= a + 3).or(led) {
            s = after;
        }
        // "半決賽及決賽評審團主席": past a list of the contest's stages, which says what rounds the post is for (one
        // stage stays, as the letters write the post: "決賽評判").
        let mut s = s;
        let stage_at = |at: usize| ROLE_CJK_STAGES.iter().find(|w| text.lower_str(at, e).starts_with(*w)).map(|w| at + w.chars().count());
        if let Some(first) = stage_at(s) {
            let joined = |at: usize| text.lower.get(at).is_some_and(|c| "及和與与、".contains(*c));
            let mut after = first;
            while joined(after) {
                match stage_at(after + 1) {
                    Some(next) => after = next,
                    None => break,
                }
            }
            if after > first && e >= after + 2 {
                s = after;
            }
        }
        let s = past_what_a_short_post_is_of(text, s, e);
        let (s, e) = without_whose_and_when(text, s, e);
        if e > s {
            return text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose));
        }
    }
    None
}

/// Past whose the role is, before it: "the module's Visiting Expert", "the lending museum's Visiting Conservator",
/// "the Department's Writer-in-Residence" (up to three words, the last with its "'s"). `start` when there is none.
fn past_its_owner(text: &Text, start: usize) -> usize {
    let mut at = start;
    for _ in 0..3 {
        let word: String = text.lower[at..].iter().take_while(|c| !c.is_whitespace()).collect();
        let n = word.chars().count();
        if n > 2 && (word.ends_with("'s") || word.ends_with("’s")) {
            return at + n + 1;
        }
        // (Words that describe the owner, in small letters: not a role's own, "Mentor-in-Residence of HKSTP's …".)
        let describes = text.original[at..at + n].iter().all(|c| c.is_lowercase() || *c == '-') && !["of", "for", "at", "in", "with", "to", "and", "on", "during", "under", "from", "this", "next"].contains(&word.as_str());
        if n == 0 || !describes || text.lower.get(at + n) != Some(&' ') {
            return start;
        }
        at += n + 1;
    }
    start
}

/// Whether the sentence up to `p` is about a titled person other than the visitor: "Professor LIU Wen-jie, IAS Senior
/// Fellow, has kindly agreed to act as discussant": it opens with a title and says nothing of "you".
fn someone_elses_sentence(text: &Text, p: usize) -> bool {
    // (A title's full stop ends no sentence: "Prof. LIU …".)
    let title_before = |i: usize| {
        let word: String = text.lower[i.saturating_sub(6)..i].iter().rev().take_while(|c| c.is_alphabetic()).collect::<Vec<_>>().into_iter().rev().collect();
        PEOPLE_HONORIFICS.contains(&word.as_str())
    };
    let s = (0..p).rev().find(|&i| (matches!(text.lower[i], '.' | '!' | '?') && text.lower.get(i + 1).is_none_or(|c| c.is_whitespace()) && !title_before(i)) || text.lower[i] == '\n').map_or(0, |i| i + 1);
    let sentence = text.lower_str(s, p);
    let first = sentence.split_whitespace().next().unwrap_or("").trim_end_matches('.');
    // (A letter of support that writes of the visitor so, "Dr Maria Alves has been invited to serve as Visiting
    // Professor", still gives the role: " as " below reads it.)
    let you = sentence.split(|c: char| !c.is_alphabetic()).any(|w| ROLE_SECOND_PERSON.contains(&w));
    PEOPLE_HONORIFICS.contains(&first) && !you
}

/// "As a jury member you will ...", "As keynote speaker, you would ...": a sentence's opening capacity, when the
/// sentence goes on to what "you" will do in it.
fn capacity_opening_a_sentence(text: &Text, p: usize) -> Option<Extracted> {
    let start = past_article(text, p + 3, &["a ", "an ", "the ", "our "]);
    let (s, e) = role_phrase(text, start, &[",", " you ", " we ", " in ", " of ", " for ", " at ", "."]);
    let words = text.lower_str(s, e).split_whitespace().count();
    let you = text.lower_str(e, (e + 14).min(text.lower.len()));
    let you = you.trim_start_matches(',').trim_start();
    let will = ["you will ", "you would ", "you'll ", "you’ll ", "you are to ", "you shall "].iter().any(|w| you.starts_with(w));
    // ("As a British citizen you will not need a visa": who one is by law, no capacity.)
    let by_law = text.lower_str(s, e).split_whitespace().any(|w| ROLE_BY_LAW.contains(&w));
    ((1..=4).contains(&words) && will && !by_law).then(|| text.extracted(s, e, None, GUESS).map(|x| x.doubt(Reason::Prose)))?
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
    // A year and its season or term: "2027年秋季", "2027-28年度", "二〇二七至二八學年第一學期", "2027/28樂季".
    let numeral = |c: char| c.is_ascii_digit() || "〇零一二三四五六七八九十至-–/".contains(c);
    let run = rest(s).chars().take_while(|&c| numeral(c)).count();
    let year = ["學年", "学年", "樂季", "乐季", "年"].iter().find(|y| run >= 4 && rest(s + run).starts_with(*y));
    if let Some(year) = year {
        let mut after = s + run + year.chars().count();
        for term in ["春季", "夏季", "秋季", "冬季", "度", "上學期", "下學期", "上学期", "下学期", "第一學期", "第二學期", "第一学期", "第二学期"] {
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
/// Whether a value is a post, not a task: a short title ("Guest Concertmaster", "Visiting Artist", "Chief Judge")
/// whose every word is capitalised and whose last word names a person by what they do. A form may put one under a
/// label of what is done ("Engagement: Guest Concertmaster"); "Two Solo Recitals" or "Keynote Lecture" is no post.
pub(super) fn is_a_post(value: &str) -> bool {
    let title = value.split(['(', '（']).next().unwrap_or("").trim();
    let words: Vec<&str> = title.split_whitespace().collect();
    let small = ["of", "and", "for", "the", "in", "on"];
    let capitalised = words.iter().all(|w| small.contains(w) || w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c)));
    let Some(last) = words.last().map(|w| w.to_lowercase()) else { return false };
    let last = last.rsplit('-').next().unwrap_or(&last).to_string();
    let names_a_person = ROLE_POSTS.contains(&last.as_str()) || ROLE_POST_ENDINGS.iter().any(|e| last.ends_with(e)) && !ROLE_NOT_POSTS.contains(&last.as_str());
    (1..=5).contains(&words.len()) && capitalised && names_a_person
}

/// A post named only in a subject line: "Re: Visiting Artist (Strings), Spring Term 2027", "Subject: Invitation -
/// Guest Director, Spring Graduation Production 2027": its first part, before a dash, a comma or a bracket, when that
/// is a post. Unsure.
pub(super) fn role_in_a_subject(text: &Text) -> Option<Extracted> {
    // (Every line: an e-mail's "Subject:" is a header line, which the letter's content leaves out.)
    (0..text.lines.len()).find_map(|l| {
        let (ls, le) = text.trim(text.lines[l].0, text.lines[l].1);
        let line = text.lower_str(ls, le);
        let header = LETTER_SUBJECT_HEADERS.iter().filter(|h| line.starts_with(*h)).map(|h| h.chars().count()).max()?;
        let mut s = text.trim(ls + header, le).0;
        for lead in ["re: ", "fw: ", "fwd: ", "invitation - ", "invitation – ", "invitation — ", "invitation: ", "invitation to serve as ", "invitation as "] {
            if text.lower_str(s, s + lead.chars().count()) == lead {
                s += lead.chars().count();
            }
        }
        let e = (s..le).find(|&i| matches!(text.original[i], ',' | '(' | '（' | '–' | '—') || text.lower_str(i, i + 3) == " - ").unwrap_or(le);
        let (s, e) = text.trim(s, e);
        (e > s && is_a_post(&text.slice(s, e))).then(|| text.extracted(s, e, None, GUESS)).flatten().map(|x| x.doubt(Reason::Prose))
    })
}

/// Whether the label before `value_start` on its line is one of a post held anywhere ("職位：", "Position:").
pub(super) fn labelled_a_post_anywhere(text: &Text, value_start: usize) -> bool {
    let (ls, _) = text.lines[text.line_of(value_start)];
    let label = text.lower_str(ls, value_start);
    ROLE_POST_ANYWHERE.iter().any(|w| label.contains(w))
}

pub(super) fn post_of_role(text: &Text, x: Extracted) -> Extracted {
    let x = without_aside(text, x);
    // "Jury member, Asian New Voices Competition": an English post, without the event after its comma.
    if let Some(c) = (x.start..x.end).find(|&i| text.lower[i] == ',').filter(|_| x.value.is_ascii()) {
        let after = text.lower_str(c + 1, x.end);
        // (An event's name may say only its year: "Head Referee, Hong Kong Sabre Open 2027"; or the body or panel is
        // named: "Guest Tutor, HKS Young Musicians Academy", "Judge, Deep Tech panel".)
        let a_year = |word: &str| word.len() == 4 && (word.starts_with("19") || word.starts_with("20")) && word.chars().all(|c| c.is_ascii_digit());
        // (Not after a post that needs what it is of: "Member, International Jury".)
        let of_what = ROLE_OF.contains(&text.lower_str(x.start, c).trim());
        // (Nor a second post: "Pianist, Ensemble Coach", "Speaker, Panel Moderator".)
        let last = after.split(|ch: char| !ch.is_alphanumeric()).filter(|w| !w.is_empty()).last().unwrap_or("");
        let a_post = ROLE_POSTS.contains(&last) || ROLE_POST_ENDINGS.iter().any(|e| last.ends_with(e)) && !ROLE_NOT_POSTS.contains(&last);
        let a_body = !of_what && !a_post && (super::host::looks_like_organisation(after.trim()) || after.split_whitespace().any(|w| ["panel", "troupe", "jury"].contains(&w)));
        if a_body || after.split(|ch: char| !ch.is_alphanumeric()).any(|word| a_year(word) || VENUE_EVENTS.iter().any(|w| word == w.trim())) {
            if let Some(v) = text.extracted(x.start, text.trim(x.start, c).1, None, x.confidence) {
                return Extracted { reason: x.reason, ..v };
            }
        }
    }
    // (Chinese alone: "Guest Choreographer / 客席編舞" is read as written.)
    if !x.value.chars().any(super::text::is_cjk) || x.value.chars().any(|c| c.is_ascii_alphabetic()) {
        return x;
    }
    let mut s = post_start(text, x.start, x.end);
    // "暑期集訓營總教練": the post after the event it is of.
    if s == x.start {
        let after = ROLE_CJK_EVENTS.iter().filter_map(|w| text.rfind_lower(x.start, x.end, w).map(|p| p + w.chars().count())).max();
        s = after.filter(|&a| x.end >= a + 2).unwrap_or(s);
    }
    let s = past_what_a_short_post_is_of(text, s, x.end);
    match text.extracted(s, x.end, None, x.confidence).filter(|_| s > x.start) {
        Some(v) => Extracted { reason: x.reason, ..v },
        None => x,
    }
}

/// Where a common post of two characters starts when the event or division it is of comes right before it: "大賽評判",
/// "研討會講者", "鋼琴項目評判", "拉丁舞組評判" are each a 評判 or a 講者. (A longer post after an event is cut where
/// the event opens the role; "評審團主席", a panel's chair, stays whole.)
fn past_what_a_short_post_is_of(text: &Text, s: usize, e: usize) -> usize {
    let value = text.lower_str(s, e);
    let Some(post) = ROLE_CJK_SHORT_POSTS.iter().filter(|p| value.ends_with(*p)).max_by_key(|p| p.chars().count()) else { return s };
    let at = e - post.chars().count();
    let before = text.lower_str(s, at);
    let of_something = ROLE_CJK_EVENTS.iter().chain(ROLE_CJK_DIVISIONS).any(|w| before.ends_with(w));
    if at > s && of_something { at } else { s }
}

/// A value without the bracket that closes it, when something comes before the bracket.
fn without_aside(text: &Text, x: Extracted) -> Extracted {
    let Some(open) = (x.start + 1..x.end).find(|&i| matches!(text.original[i], '(' | '（')) else { return x };
    if !matches!(text.original[x.end - 1], ')' | '）') || (open + 1..x.end - 1).any(|i| matches!(text.original[i], '(' | '（')) {
        return x;
    }
    // "Guest Instructor (Rope Rescue)": a speciality, capitalised as the post is, is part of it; "(appointed by Asia
    // Triathlon)", "（Guest Coach）" after a Chinese post, are asides.
    let inside = text.slice(open + 1, x.end - 1);
    let before = text.slice(x.start, open);
    let titled = |s: &str| !s.is_empty() && s.split_whitespace().all(|w| ["of", "and", "&"].contains(&w) || w.chars().next().is_some_and(char::is_uppercase));
    let of_an_event = VENUE_EVENTS.iter().any(|w| inside.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(|word| word == w.trim()));
    if before.is_ascii() && titled(&inside) && titled(before.trim()) && !of_an_event {
        return x;
    }
    let (s, e) = text.trim(x.start, open);
    match text.extracted(s, e, None, x.confidence) {
        Some(v) if e > s => Extracted { reason: x.reason, ..v },
        _ => x,
    }
}

/// Past a count after "one of our": "eight overseas adjudicators" goes on at "overseas".
fn past_a_count(text: &Text, start: usize) -> usize {
    let count: String = text.lower[start..].iter().take_while(|c| c.is_alphabetic()).collect();
    let n = count.chars().count();
    if super::relative::number(&count).is_some() && text.lower.get(start + n) == Some(&' ') { start + n + 1 } else { start }
}

/// Where one of several ends: "guest judges" is one guest judge, "visiting coaches" one visiting coach (the value
/// stops before the plural's ending, so it is still the letter's own words).
fn one_of_them(text: &Text, s: usize, e: usize) -> usize {
    let words = text.lower_str(s, e);
    // (Not "deputies", whose one is not in the letter's words.)
    if !words.ends_with('s') || words.ends_with("ss") || words.ends_with("'s") || words.ends_with("ies") {
        return e;
    }
    if ["ches", "shes", "sses", "xes"].iter().any(|x| words.ends_with(x)) { e - 2 } else { e - 1 }
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
    // (Not a month: "as Visiting Artist in November".)
    let next_word: String = text.lower[(e + 4).min(n)..].iter().take_while(|c| c.is_alphabetic()).collect();
    if text.original.get(s).is_some_and(|&c| is_capital(c)) && text.lower_str(e, (e + 4).min(n)) == " in " && text.original.get(e + 4).is_some_and(|&c| is_capital(c)) && !super::dates::is_a_month(&next_word) {
        let end = (e + 4..n).find(|&k| !text.original[k].is_alphabetic()).unwrap_or(n);
        return (s, end);
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    /// "As given in your CV" names no role; "if you would, as Chair of the Jury, adjudicate" does.
    #[test]
    fn a_role_after_as() {
        let role = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).role.map(|r| r.value);
        let letter = "Dear Professor Laurent,\n\nWe would be honoured if you would, as Chair of the Jury, adjudicate the final rounds. We have noted your passport no. 21AH47823 as given in your curriculum vitae.\n";
        assert_eq!(role(letter).as_deref(), Some("Chair of the Jury"));
        let letter = "Dear Professor Laurent,\n\nWe invite you to adjudicate the final rounds. We have noted your passport no. 21AH47823 as given in your curriculum vitae.\n";
        assert_eq!(role(letter), None);
        // An -ed word before a noun is part of the role; a capacity that opens a sentence about what you will do is one,
        // a nationality that opens one about what you need is none.
        assert_eq!(role("Dear Ms Berg,\n\nThe Society invites you to Hong Kong as featured pianist in our Winter Nights series.\n").as_deref(), Some("featured pianist"));
        assert_eq!(role("Dear Ms Berg,\n\nWe invite you to the Festival on 3 May 2027. As a jury member you will watch the ten films in competition.\n").as_deref(), Some("jury member"));
        assert_eq!(role("Dear Ms Berg,\n\nWe should be most grateful if, as keynote speaker, you would deliver the opening address on 3 May 2027.\n").as_deref(), Some("keynote speaker"));
        assert_eq!(role("Dear Ms Berg,\n\nWe invite you to perform on 3 May 2027. As a Singapore citizen you do not need a visa.\n"), None);
        // A post taken up is the role.
        assert_eq!(role("Dear Mr Fraser,\n\nI write to invite you to take up the post of Visiting Trainer on the Course.\n").as_deref(), Some("Visiting Trainer"));
        // The title the visitor will hold is the role; who the person is ("a Japanese citizen holding passport ...") is not.
        let titled = "Dear Dr Sato,\n\nWe invite you to demonstrate two operations on 6 March 2028. During your visit you will hold the title of Visiting Professor in the Department of Surgery. We have recorded you as a Japanese citizen holding passport TR6628135.\n";
        assert_eq!(role(titled).as_deref(), Some("Visiting Professor"));
        assert_eq!(role("Dear Dr Sato,\n\nWe invite you to demonstrate two operations on 6 March 2028. We have recorded you as a Japanese citizen holding passport TR6628135.\n"), None);
        // A member of a panel: over its "of", not the event's; and never cut inside a word.
        let letter = "Dear Professor Laurent,\n\nI invite you to serve as a member of the adjudicating panel of the String Orchestra Contest of the Hong Kong Youth Music Interflows 2027.\n";
        assert_eq!(role(letter).as_deref(), Some("member of the adjudicating panel"));
        for filler in ["", "s", "es", "ive"] {
            let letter = format!("Dear Professor Laurent,\n\nI invite you to serve as a member of the extraordinarily distinguished international{filler} adjudicating panel.\n");
            let got = role(&letter).unwrap();
            assert!(letter.contains(&format!("{got} ")), "{got:?} ends inside a word");
        }
    }

    /// "One of our three guest judges": one of several, so one guest judge.
    #[test]
    fn one_of_several() {
        let role = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).role.map(|r| r.value);
        assert_eq!(role("Dear Chef Dubois,\n\nI am pleased to confirm that you will be one of our three guest judges for the Grand Final.\n").as_deref(), Some("guest judge"));
        assert_eq!(role("Dear Mr Park,\n\nWe invite you to Hong Kong as one of our two visiting coaches for the summer camp.\n").as_deref(), Some("visiting coach"));
        assert_eq!(role("Dear Ms Berg,\n\nYou would join the Festival as one of its eight overseas adjudicators.\n").as_deref(), Some("overseas adjudicator"));
    }

    /// A labelled role without the aside in brackets after it, in either script.
    #[test]
    fn a_labelled_role_without_its_aside() {
        let role = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).role.map(|r| r.value);
        assert_eq!(role("Dear Ms Ruiz,\n\nRole: Technical Delegate (appointed by Asia Triathlon)\n").as_deref(), Some("Technical Delegate"));
        assert_eq!(role("陳先生：\n\n身份：客席教練（Guest Coach）\n").as_deref(), Some("客席教練"));
        assert_eq!(role("Dear Ms Ruiz,\n\nRole: Adjudicator\n").as_deref(), Some("Adjudicator"));
        // Nor the event after its comma; a comma before anything else stays.
        assert_eq!(role("Dear Ms Ruiz,\n\n| Role | Jury member, Asian New Voices Competition |\n").as_deref(), Some("Jury member"));
        assert_eq!(role("Dear Ms Ruiz,\n\nRole: Composer, Conductor\n").as_deref(), Some("Composer, Conductor"));
        assert_eq!(role("Dear Mr Nagy,\n\nCAPACITY                Head Referee, Hong Kong Sabre Open 2027\n").as_deref(), Some("Head Referee"));
        // Nor the body or panel after it, unless the post is one of it.
        assert_eq!(role("Dear Ms Ruiz,\n\nRole: Guest Tutor, HKS Young Musicians Academy\n").as_deref(), Some("Guest Tutor"));
        assert_eq!(role("Dear Ms Ruiz,\n\nRole: Judge, Deep Tech panel\n").as_deref(), Some("Judge"));
        assert_eq!(role("Dear Ms Ruiz,\n\nRole: Member, International Jury\n").as_deref(), Some("Member, International Jury"));
        // A file or a pronoun after "as" is no capacity.
        assert_eq!(role("Dear Ms Ruiz,\n\nWe invite you to give a recital on 3 May 2027. The signed letter is attached as a signed PDF.\n"), None);
        // A form's longer labels for the capacity.
        assert_eq!(role("Dear Ms Ruiz,\n\nCapacity in which engaged ....... guest percussion tutor\n").as_deref(), Some("guest percussion tutor"));
        assert_eq!(role("Dear Ms Ruiz,\n\nEngaged as: workshop leader\n").as_deref(), Some("workshop leader"));
    }

    /// A Chinese role is the post, without the event, course or body it is of.
    #[test]
    fn a_chinese_post_without_what_it_is_of() {
        let role = |body: &str| super::super::extract(&format!("陳先生：\n\n{body}\n"), crate::Catalogue::bundled()).role.map(|r| r.value);
        assert_eq!(role("本會誠邀閣下擔任冬季長跑集訓外聘教練。").as_deref(), Some("外聘教練"));
        assert_eq!(role("本局誠邀閣下以研討會主講嘉賓身份來港。").as_deref(), Some("主講嘉賓"));
        assert_eq!(role("本學院誠邀閣下以「傑出訪問學人」身份於本年三月來訪。").as_deref(), Some("傑出訪問學人"));
        assert_eq!(role("擔任角色：研討會主題講者").as_deref(), Some("主題講者"));
        // A common post of two characters right after the event or division it is of: the post alone; a panel's
        // chair stays whole.
        assert_eq!(role("本署誠邀閣下擔任今屆舞蹈大賽評判。").as_deref(), Some("評判"));
        assert_eq!(role("本會誠邀閣下擔任標準舞組評判。").as_deref(), Some("評判"));
        assert_eq!(role("擔任角色：論壇講者").as_deref(), Some("講者"));
        assert_eq!(role("本會誠邀閣下擔任評審團主席。").as_deref(), Some("評審團主席"));
        assert_eq!(role("本會誠邀閣下擔任2027香港國際體操邀請賽裁判長。").as_deref(), Some("裁判長"));
        assert_eq!(role("本会诚邀阁下担任传统拳术项目总裁判。").as_deref(), Some("总裁判"));
        // A bracket inside the event's name before the post; a bracket after the post is no event's.
        assert_eq!(role("本节诚邀阁下担任钢琴比赛（青年组）评委，并主持两场大师班。").as_deref(), Some("评委"));
        assert_eq!(role("本院誠邀閣下擔任客席導師（粵劇），於十月來港。").as_deref(), Some("客席導師"));
        // What the letter itself serves as is no role; the part said to be the visitor's is.
        assert_eq!(role("现以本电邮作为正式邀请，签署版本见附件。\n\n您在大赛中的角色是评审团主席，负责主持决赛评审会议。").as_deref(), Some("评审团主席"));
        // The body's post over a subject line's; never the host's own capacity.
        let letter = "关于邀请担任「创新创业挑战赛2027」评审事宜\n\n陳先生：\n\n本校诚邀您作为「创新创业挑战赛2027」特邀评审，于2027年6月来港。\n";
        assert_eq!(super::super::extract(letter, crate::Catalogue::bundled()).role.map(|r| r.value).as_deref(), Some("特邀评审"));
        assert_eq!(role("本學院作為協辦單位，負責邀請海外講者。現誠邀您擔任研討會主題講者。").as_deref(), Some("主題講者"));
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
        // The post a form says the visitor holds.
        // A speciality in brackets is part of the post; an aside is not (above).
        assert_eq!(role("Post to be held:\tGuest Instructor (Rope Rescue)").as_deref(), Some("Guest Instructor (Rope Rescue)"));
        assert_eq!(role("Capacity: Jury Member (Feature Competition)").as_deref(), Some("Jury Member"));
        assert_eq!(role("Post in programme:\tTeacher Trainer").as_deref(), Some("Teacher Trainer"));
        assert_eq!(role("職位：暑期集訓營總教練").as_deref(), Some("總教練"));
        // Another label of the role over one of a post that may be held at home, in Chinese and in English.
        assert_eq!(role("現職機構……格拉斯哥國家風笛中心\n職位…………高級風笛教師\n\n身份…………客席風笛導師").as_deref(), Some("客席風笛導師"));
        assert_eq!(role("Employer: Royal Conservatoire\nPosition: Head of Strings\n\nRole: Guest Tutor").as_deref(), Some("Guest Tutor"));
    }

    /// A post named only in the subject line is the role, unsure; a post in the signature is the signer's.
    #[test]
    fn a_post_only_in_the_subject_line() {
        let x = super::super::extract("Re: Visiting Artist (Strings), Spring Term 2027\n\nDear Ms Lind,\n\nWe would be delighted to welcome you to the Academy this spring.\n\nYours sincerely,\nAnna Lee\nProgramme Manager\n", crate::Catalogue::bundled()).role.unwrap();
        assert_eq!((x.value.as_str(), x.is_sure()), ("Visiting Artist", false));
        let x = super::super::extract("From: Anna Lee <anna@hkapa.edu>\nTo: Eva Lind\nSubject: Invitation - Guest Director, Spring Production 2027\n\nDear Ms Lind,\n\nWe would be delighted to welcome you.\n\nAnna\n", crate::Catalogue::bundled()).role.unwrap();
        assert_eq!(x.value, "Guest Director");
        let x = super::super::extract("Subject: Your visit in May\n\nDear Ms Lind,\n\nWe would be delighted to welcome you.\n\nYours sincerely,\nAnna Lee\nProgramme Manager\n", crate::Catalogue::bundled()).role;
        assert_eq!(x, None);
    }

    /// A post under "職位" or "Position" may be the one held at home: it is read, unsure.
    #[test]
    fn a_post_under_a_label_of_any_post_is_unsure() {
        let x = super::super::extract("陳先生：\n\n職位：暑期集訓營總教練\n", crate::Catalogue::bundled()).role.unwrap();
        assert_eq!((x.value.as_str(), x.reason.map(|r| r.en())), ("總教練", Some(super::super::Reason::PostHeld.text().en())));
        let x = super::super::extract("Dear Ms Roy,\n\nPosition: Head of Strings\n", crate::Catalogue::bundled()).role.unwrap();
        assert!(!x.is_sure());
        let x = super::super::extract("Dear Ms Roy,\n\nRole: Guest Tutor\n", crate::Catalogue::bundled()).role.unwrap();
        assert!(x.is_sure());
    }

    /// A post under a label of what is done ("Engagement: Guest Concertmaster") is the role; what the visitor does
    /// is then in the prose.
    #[test]
    fn a_post_under_a_label_of_what_is_done_is_the_role() {
        let letter = "Dear Ms Nordqvist,\n\nI am writing to confirm our invitation: you will lead the orchestra from the concertmaster's chair and perform the solo part in Svendsen's Romance.\n\n| Engagement | Guest Concertmaster |\n| Concerts | Friday 2 June and Saturday 3 June 2028 |\n";
        let x = super::super::extract(letter, crate::Catalogue::bundled());
        assert_eq!(x.role.map(|r| r.value).as_deref(), Some("Guest Concertmaster"));
        assert_eq!(x.activity.map(|a| a.value).as_deref(), Some("lead the orchestra from the concertmaster's chair and perform the solo part in Svendsen's Romance"));
        // A task under the same label stays the activity.
        let task = "Dear Ms Nordqvist,\n\nEngagement: two solo recitals and a masterclass\n";
        assert_eq!(super::super::extract(task, crate::Catalogue::bundled()).activity.map(|a| a.value).as_deref(), Some("two solo recitals and a masterclass"));
    }
}
