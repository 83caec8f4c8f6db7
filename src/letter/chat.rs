//! A chat pasted as the letter: its messages and who sent each.
//!
//! Organisers often settle an invitation in a chat before any letter exists, and visitors paste that: a WhatsApp
//! export ("[14/05/2027, 21:14] Connie Lo: …", or with the time alone, "[21:14] Connie Lo: …"), a WeChat or Slack
//! copy where the sender and the time head the lines of each message ("许晓岚 10:12" / "林老师好！…"), an SMS thread.
//! There is no greeting, signature or letterhead: who invites and who is invited are the senders. The organiser is
//! the one who first invites; the invitee is the one who answers most. What the stages read from this they read as
//! a guess, and say why.

use super::cues::{ORGANISATION_WORDS, CHAT_AFTER_AN_ORGANISATION, ACTIVITY_CJK_VERBS, ACTIVITY_TO_VERBS, CHAT_CJK_TASK_VERBS, CHAT_HALF_DAYS, CHAT_TASK_LEADS, CHAT_TASK_LEADS_IN_A_MESSAGE, CHAT_QUESTION_TAILS, CHAT_ASKING, CHAT_ASKED_TO, CHAT_NOT_ASKED_TO, CHAT_UNIT_ENDINGS, CHAT_CJK_SELF_INTRODUCTIONS, CHAT_INVITING, CHAT_NOT_A_NAME, CHAT_NOT_THE_INVITEE, CHAT_SECOND_PERSON, CHAT_SELF_INTRODUCTIONS, CHAT_THANKS_FOR_INVITING, CHAT_UNITS_OF, CHAT_THIRD_PERSON, PEOPLE_CJK_POSTS, PEOPLE_CJK_TITLES, PEOPLE_HONORIFICS};
use super::text::{is_cjk, Text};

/// One message: the sender as the chat shows them ("Mandy Tsang (HK Harbour Jazz)"), and what they wrote, as
/// character offsets; `who` is the sender as the reader's folded text has it (half-width, ASCII lower-case), to tell
/// senders apart.
#[derive(Debug, Clone)]
pub(super) struct Message {
    pub sender: (usize, usize),
    pub body: (usize, usize),
    who: String,
}

/// The chat's messages in order.
pub(super) struct Chat {
    pub messages: Vec<Message>,
}

impl Chat {
    /// The text as a chat, when it is one, read once for all the stages that ask.
    pub(super) fn of<'t>(text: &'t Text) -> Option<&'t Chat> {
        text.chat.get_or_init(|| Chat::read(text)).as_ref()
    }

    /// The text as a chat, when it is one: at least three messages from at least two senders. Of the ways a chat
    /// writes its messages, the one that finds most.
    fn read(text: &Text) -> Option<Chat> {
        let inline: Vec<Message> = (0..text.lines.len()).filter_map(|l| inline_message(text, l)).collect();
        let headed = headed_messages(text).unwrap_or_default();
        let named = named_lines(text);
        let messages = [inline, headed, named].into_iter().max_by_key(|m| m.len())?;
        let chat = Chat { messages };
        (chat.messages.len() >= 3 && chat.senders().len() >= 2).then_some(chat)
    }

    /// The distinct senders, in the order they first write.
    fn senders(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for m in &self.messages {
            if !out.contains(&m.who.as_str()) {
                out.push(&m.who);
            }
        }
        out
    }

    /// The organiser: the sender of the first message that invites ("would you come", "想請你", "invite you"). A chat
    /// where no one invites (a bureau's officer asking for a passport scan) has none.
    fn organiser(&self, text: &Text) -> Option<&str> {
        Some(self.inviting_message(text)?.who.as_str())
    }

    /// The first message that invites ("would you come", "想請你", "invite you"), not one that thanks for an
    /// invitation.
    pub(super) fn inviting_message(&self, text: &Text) -> Option<&Message> {
        self.messages.iter().find(|m| {
            let body = CHAT_THANKS_FOR_INVITING.iter().fold(text.lower_str(m.body.0, m.body.1).to_string(), |b, w| b.replace(w, ""));
            CHAT_INVITING.iter().any(|w| body.contains(w))
        })
    }

    /// The invitee as the chat shows them: of the senders other than the organiser, the one who writes most (the
    /// first of them on a tie), by the part of the shown name that is a person's ("Leon Dubois", not an affiliation
    /// in brackets after it; "林雅婷", not the "Yating" beside it). Not when the organiser writes of the visitor as
    /// someone else ("he'd play two sets", "佢會…") as often as to the one answering, or more (nor when they write
    /// neither): the one answering is then an agent or a colleague, or no one can tell.
    pub(super) fn invitee(&self, text: &Text) -> Option<(usize, usize)> {
        let organiser = self.organiser(text)?;
        let organisers_words: String = self.messages.iter().filter(|m| m.who == organiser).map(|m| format!(" {} ", spaced(text.lower_str(m.body.0, m.body.1)))).collect();
        // (Not the 他 of 其他, "other".)
        let organisers_words = organisers_words.replace("其他", " ");
        let count = |cues: &[&str]| cues.iter().map(|w| organisers_words.matches(w).count()).sum::<usize>();
        if count(CHAT_THIRD_PERSON) >= count(CHAT_SECOND_PERSON) {
            return None;
        }
        let most = self.invitee_sender(text)?;
        let m = self.messages.iter().find(|m| m.who == most)?;
        let (s, e) = person_part(text, m.sender.0, m.sender.1);
        let (s, e) = chinese_part(text, s, e);
        let shown = text.lower_str(s, e);
        if e <= s || CHAT_NOT_A_NAME.contains(&shown) || super::host::looks_like_organisation(shown) {
            return None;
        }
        Some(in_full(text, s, e))
    }

    /// Who answers the organiser most (the first of them on a tie), as the chat shows them; not an interpreter or an
    /// agent, by what their shown name says they are ("阿麗（翻譯）", "Rui Sousa (mgmt)").
    fn invitee_sender(&self, text: &Text) -> Option<&str> {
        let organiser = self.organiser(text)?;
        let helper = |who: &str| CHAT_NOT_THE_INVITEE.iter().any(|w| who.contains(w));
        let others: Vec<&str> = self.senders().into_iter().filter(|w| *w != organiser && !helper(w)).collect();
        let written = |who: &str| self.messages.iter().filter(|m| m.who == who).count();
        // (In a group, the one the others address by name, "Hi Réka", "Réka, can you stay?", over a colleague who
        // writes more.)
        // (Any part of the name: "Ji-woo" of "Park Ji-woo".)
        // (By the organiser, and by the person's name, not an affiliation shown with it.)
        let addressed = |who: &str| {
            let person = who.split(['(', '（', '|', '｜']).next().unwrap_or(who);
            let names: Vec<String> = spaced(person).split(' ').filter(|w| w.chars().count() >= 3 && !w.chars().any(is_cjk)).map(str::to_string).collect();
            self.messages.iter().filter(|m| m.who == organiser && spaced(text.lower_str(m.body.0, m.body.1)).split(' ').any(|w| names.iter().any(|n| n == w))).count()
        };
        others.iter().copied().rev().max_by_key(|w| (addressed(w) > 0, written(w)))
    }

    /// The organiser's name as a signature at the chat's end ("Kelvin Tsang" / "Liaison Officer, Sha Tin District
    /// Office", "香港乒乓总会秘书处 何伟明", "梁志強：消防處特別救援隊 梁志強"): in its last two lines, not as a message's
    /// sender. A chat whose organiser signs nothing there is signed by no one.
    pub(super) fn signature(&self, text: &Text) -> Option<(usize, usize)> {
        let organiser = self.organiser(text).unwrap_or(&self.messages[0].who);
        let m = self.messages.iter().find(|m| m.who == organiser)?;
        let (s, e) = person_part(text, m.sender.0, m.sender.1);
        let (s, e) = chinese_part(text, s, e);
        let name = text.lower_str(s, e);
        if name.chars().count() < 2 {
            return None;
        }
        let last: Vec<usize> = text.content_lines.iter().rev().take(2).copied().collect();
        let from = text.lines[*last.last()?].0;
        let sender_at = |p: usize| self.messages.iter().any(|m| m.sender.0 <= p && p < m.sender.1);
        match text.find_all(name).filter(|&p| p >= from && !sender_at(p)).last() {
            Some(p) => Some((p, p + name.chars().count())),
            None => self.signed_in_last_message(text, organiser, name),
        }
    }

    /// The organiser's name as a line of one of the chat's last two messages, up to a comma ("Joyce Ng" / "Executive
    /// Officer, …", "Dr Tiffany CHAN, Senior Scientific Officer, …", "陳嘉欣" / "節目經理"): every word of that part the
    /// shown name's, in its place, the name as the line writes it, with its title. `name` is the shown name's person,
    /// lower-cased; an affiliation after it ("Tiffany Chan HKO") need not be in the line. Else a Chinese name after the
    /// organiser's unit on a line under the message's words ("中大音樂系 王思穎").
    fn signed_in_last_message(&self, text: &Text, organiser: &str, name: &str) -> Option<(usize, usize)> {
        let m = self.messages.iter().rev().take(2).find(|m| m.who == organiser)?;
        let words: Vec<&str> = name.split_whitespace().collect();
        let cjk = name.chars().all(is_cjk);
        let (first_line, last_line) = (text.line_of(m.body.0), text.line_of(m.body.1.saturating_sub(1).max(m.body.0)));
        (first_line..=last_line).find_map(|l| {
            let (ls, le) = text.lines[l];
            let (ls, le) = text.trim(ls.max(m.body.0), le.min(m.body.1));
            let line = text.lower_str(ls, le);
            let title = PEOPLE_HONORIFICS.iter().filter(|t| t.is_ascii()).find(|t| line.strip_prefix(**t).is_some_and(|r| r.starts_with(' '))).map_or(0, |t| t.chars().count() + 1);
            let rest = line.chars().skip(title).collect::<String>();
            let end = rest.find([',', '，']).unwrap_or(rest.len());
            let signed = rest[..end].trim_end();
            let signed_words: Vec<&str> = signed.split_whitespace().collect();
            // (Each word the shown name's, in its place: "Tiffany Chan here" is no signature of "Tiffany Chan HKO".)
            let matches = if cjk { signed == name } else { signed_words.len() >= 2 && signed_words.len() <= words.len() && signed_words[..] == words[..signed_words.len()] };
            if matches {
                return Some((ls, ls + title + signed.chars().count()));
            }
            // "戲劇學院 陳嘉欣", "中大音樂系 王思穎": on a line of its own under the message's words, a Chinese name after
            // the unit the organiser is from, the shown name's (or any, when the chat shows it in Latin letters).
            // (A name with no title: "請聯絡 康文署 陳先生" asks to contact someone.)
            let (unit, person) = line.rsplit_once(' ').unwrap_or(("", line));
            let unit = unit.trim();
            let titled = PEOPLE_CJK_TITLES.iter().any(|t| person.ends_with(t));
            let a_name = (2..=4).contains(&person.chars().count()) && person.chars().all(is_cjk) && !titled && (!cjk || person == name);
            let a_unit = unit.chars().count() <= 12 && (super::host::looks_like_organisation(unit) || CHAT_UNIT_ENDINGS.iter().any(|w| unit.ends_with(w)));
            (l > first_line && a_name && a_unit).then(|| (le - person.chars().count(), le))
        })
    }

    /// What the organiser says the visitor will do, in a message of its own that starts with the task's verb (as the
    /// answer to "what would you need me to do?"): "Run the lineout and breakdown clinics for the U18 squads, and
    /// referee the final", "主要係教班青年舞獅同埋喺開幕禮帶隊表演". To the message's first full stop.
    pub(super) fn task_said(&self, text: &Text) -> Option<(usize, usize)> {
        let organiser = self.organiser(text)?;
        // (As the answer to a question the other side has just asked.)
        let answers = |k: usize| k > 0 && self.messages[k - 1].who != organiser && text.lower_str(self.messages[k - 1].body.0, self.messages[k - 1].body.1).contains('?');
        self.messages.iter().enumerate().filter(|&(k, m)| m.who == organiser && answers(k)).find_map(|(_, m)| {
            let (s, e) = text.trim(m.body.0, m.body.1);
            let body = text.lower_str(s, e);
            let lead = CHAT_TASK_LEADS.iter().find(|w| body.starts_with(*w)).map_or(0, |w| w.chars().count());
            let rest: String = body.chars().skip(lead).collect();
            let first = rest.split_whitespace().next().unwrap_or("");
            let english = first.is_ascii() && ACTIVITY_TO_VERBS.contains(&first);
            let chinese = !first.is_ascii() && (ACTIVITY_CJK_VERBS.iter().chain(CHAT_CJK_TASK_VERBS).any(|v| rest.starts_with(v)));
            if !(english || chinese) {
                return None;
            }
            let from = s + lead;
            let stop = (from..e).find(|&i| text.lower[i] == '。' || text.lower[i] == '\n' || (text.lower[i] == '.' && text.lower.get(i + 1).is_none_or(|c| c.is_whitespace()))).unwrap_or(e);
            let (a, b) = text.trim(from, stop);
            (b > a + 3).then_some((a, b))
        })
    }

    /// What the organiser asks the visitor to come and do, in Cantonese: after "主要係" opening a sentence of theirs
    /// ("主要係同我哋主持一齊錄四集節目"), else after the asking "想請你" before a task ("想請你返嚟做正印花旦，
    /// 唔知你得唔得閒？", "想請你嚟做客席導師，教四堂編曲班，…"), to the sentence's end, without the question that closes
    /// it ("，得唔得？").
    pub(super) fn task_asked(&self, text: &Text) -> Option<(usize, usize)> {
        let organiser = self.organiser(text)?;
        let mine: Vec<&Message> = self.messages.iter().filter(|m| m.who == organiser).collect();
        let read_from = |from: usize, e: usize| {
            let stop = (from..e).find(|&i| "。?!\n".contains(text.lower[i])).unwrap_or(e);
            let rest = text.lower_str(from, stop);
            // (Without the question that closes it: "，得唔得", "，唔知你得唔得閒".)
            let cut = CHAT_QUESTION_TAILS.iter().filter_map(|w| rest.find(w)).min().map_or(stop, |b| from + rest[..b].chars().count());
            let (a, b) = text.trim(from, cut);
            (b > a + 3 && text.lower_str(a, b).chars().any(super::text::is_cjk)).then_some((a, b))
        };
        // (The first lead of `leads` in the message, at a sentence's start when `opens` says so: "主要係幫我哋…", not the
        // 主要係 of "我哋主要係做社區舞蹈推廣", which says what the organiser does.)
        let lead = |m: &Message, leads: &[&str], opens: bool| {
            let (s, e) = m.body;
            let at_start = |p: usize| p == s || !(super::text::is_cjk(text.lower[p - 1]) || text.lower[p - 1].is_ascii_alphanumeric());
            leads.iter().filter_map(|w| text.find_lower(s, e, w).filter(|&p| !opens || at_start(p)).map(|p| p + w.chars().count())).min().map(|from| (from, e))
        };
        let mainly = mine.iter().find_map(|m| lead(m, CHAT_TASK_LEADS_IN_A_MESSAGE, true)).and_then(|(from, e)| read_from(from, e));
        // (Asked to come and do it: "返嚟做", "嚟香港做", "做", "幫", "帶", "教"; not "想請你幫手", "想請你喺九月底前send份CV".)
        let asked = || {
            mine.iter().filter_map(|m| lead(m, CHAT_ASKING, false)).find_map(|(from, e)| {
                let rest = text.lower_str(from, e);
                let asked = CHAT_ASKED_TO.iter().any(|v| rest.starts_with(v)) && !CHAT_NOT_ASKED_TO.iter().any(|w| rest.starts_with(w));
                asked.then(|| read_from(from, e)).flatten()
            })
        };
        mainly.or_else(asked)
    }

    /// Whether position `p` is on a line that shows a sender, not what they wrote: a message's head ("梁嘉慧（香港公共图书馆）
    /// 14:31"), the sender before a message's colon, or one of the two lines above the first message, the export's title
    /// ("微信聊天记录 — 与“Ivy 何（文化博物馆）”").
    pub(super) fn on_a_senders_line(&self, text: &Text, p: usize) -> bool {
        let l = text.line_of(p);
        let first = self.messages.iter().map(|m| text.line_of(m.sender.0)).min().unwrap_or(0);
        let title = text.content_lines.iter().filter(|&&c| c < first).rev().take(2).any(|&c| c == l);
        title || self.messages.iter().any(|m| text.line_of(m.sender.0) == l && !(m.body.0 <= p && p < m.body.1))
    }

    /// Whether position `p` is inside a message's text.
    pub(super) fn in_a_message(&self, p: usize) -> bool {
        self.messages.iter().any(|m| m.body.0 <= p && p < m.body.1)
    }

    /// The organisation the organiser writes for: as they introduce themselves in their first messages ("Mandy here
    /// from Hong Kong Harbour Jazz Festival", "我係香港中文大學音樂系嘅陳美華"), else as their shown name gives it
    /// ("Tamsin Whitfield (HKILF)", "陈嘉欣 Kathy｜贸发局书展").
    pub(super) fn organisation(&self, text: &Text) -> Option<(usize, usize)> {
        let organiser = self.organiser(text).unwrap_or(&self.messages[0].who).to_string();
        let organisers_messages: Vec<&Message> = self.messages.iter().filter(|m| m.who == organiser).take(4).collect();
        // (Or a colleague of theirs in a group, "I'm Joyce from the office of the …": anyone but the invitee.)
        // (Only where the invitee is known, and not an agent or an interpreter by their shown name.)
        let invitee = self.invitee_sender(text);
        let helper = |who: &str| CHAT_NOT_THE_INVITEE.iter().any(|w| who.contains(w));
        let colleagues = self.messages.iter().filter(|m| invitee.is_some() && m.who != organiser && Some(m.who.as_str()) != invitee && !helper(&m.who)).take(4);
        organisers_messages
            .iter()
            .copied()
            .chain(colleagues)
            .find_map(|m| introduced_from(text, m.body.0, m.body.1))
            .map(|(s, e)| without_who_follows(text, s, e))
            .or_else(|| {
                let (s, e) = organisers_messages.first().and_then(|m| affiliation(text, m.sender.0, m.sender.1))?;
                // (Not a post in brackets, "陳國強（主席）": an organisation's name, its letters, or its short form in full.)
                let shown = text.slice(s, e);
                if PEOPLE_CJK_POSTS.iter().any(|p| shown.ends_with(p)) {
                    return None;
                }
                let acronym = shown.chars().all(|c| c.is_ascii_uppercase()) && shown.len() >= 2;
                // (Or a name the messages write out too: "我是香港国际诗歌节的晓岚".)
                let written_out = self.messages.iter().any(|m| text.lower_str(m.body.0, m.body.1).contains(&shown.to_lowercase()));
                let named = acronym || written_out || super::host::looks_like_organisation(&shown.to_lowercase()) || shown.contains(' ');
                expanded(text, s, e).or_else(|| named.then_some((s, e)))
            })
    }
}

/// A message on one line: a time stamp, the sender, a colon and the text ("[14/05/2027, 21:14] Connie Lo: Hi!",
/// "[21:14] Connie Lo: Hi!", "21:14 Connie Lo: Hi!", "12/01/2028, 10:15 - Ana: Hi!").
fn inline_message(text: &Text, l: usize) -> Option<Message> {
    let (ls, le) = text.lines[l];
    let after = stamp_end(text, ls, le)?;
    let from = (after..le).find(|&i| !text.original[i].is_whitespace() && text.original[i] != '-')?;
    // (LINE's export sets the sender between tabs: "10:15\tJoyce Chan (HKBU AVA)\tHello ...".)
    let tab = (from..le.min(from + 48)).find(|&i| text.original[i] == '\t').filter(|_| text.original[after..from].contains(&'\t'));
    let colon = tab.or_else(|| (from..le.min(from + 48)).find(|&i| text.lower[i] == ':' && !(is_digit(text, i.wrapping_sub(1)) && is_digit(text, i + 1))))?;
    let (s, e) = text.trim(from, colon);
    let words = text.slice(s, e).split_whitespace().count();
    if e <= s || words > 7 {
        return None;
    }
    let body = text.trim(colon + 1, le);
    Some(Message { sender: (s, e), body, who: text.lower_str(s, e).to_string() })
}

fn is_digit(text: &Text, i: usize) -> bool {
    text.original.get(i).is_some_and(|c| c.is_ascii_digit())
}

/// Where a message's time stamp at the start of the line ends: brackets around a time, with or without a date
/// ("[21:14]", "[14/05/2027, 21:14:05]"); a date and time before " - "; or a time alone before a space ("21:14 ",
/// "9:41 am ").
fn stamp_end(text: &Text, ls: usize, le: usize) -> Option<usize> {
    let s = (ls..le).find(|&i| !text.original[i].is_whitespace())?;
    if text.original[s] == '[' {
        let close = (s..le.min(s + 30)).find(|&i| text.original[i] == ']')?;
        return has_time(text.lower_str(s + 1, close)).then_some(close + 1);
    }
    // ("下午3:02 Winnie 周穎琳: …": a time after the half of the day it is in.)
    let half_day = CHAT_HALF_DAYS.iter().map(|w| w.chars().count()).find(|&n| CHAT_HALF_DAYS.contains(&text.lower_str(s, (s + n).min(le))) && is_digit(text, s + n));
    let s = s + half_day.unwrap_or(0);
    if !text.original[s].is_ascii_digit() {
        return None;
    }
    if let Some(dash) = (s..le.min(s + 30)).find(|&i| text.lower[i] == ' ' && text.lower.get(i + 1) == Some(&'-') && text.lower.get(i + 2) == Some(&' ')) {
        return has_time(text.lower_str(s, dash)).then_some(dash + 3);
    }
    let time = time_at(text, s)?;
    (time < le && matches!(text.original[time], ' ' | '\t')).then_some(time)
}

/// Whether `stamp` holds a time of day ("21:14", "10:02:11", "上午10:15").
fn has_time(stamp: &str) -> bool {
    super::wrapping::holds_a_time(&stamp.chars().collect::<Vec<char>>())
}

/// The end of a time of day at `s` ("21:14", "9:41 am", "10:02:11"), when one is there.
fn time_at(text: &Text, s: usize) -> Option<usize> {
    let digits = |from: usize| (from..text.original.len()).find(|&i| !text.original[i].is_ascii_digit()).unwrap_or(text.original.len());
    let h = digits(s);
    if !(1..=2).contains(&(h - s)) || text.original.get(h) != Some(&':') {
        return None;
    }
    let mut e = digits(h + 1);
    if e - h != 3 {
        return None;
    }
    if text.original.get(e) == Some(&':') && digits(e + 1) == e + 3 {
        e += 3;
    }
    for ampm in [" am", " pm", "am", "pm", " a.m.", " p.m."] {
        if text.lower_str(e, e + ampm.len()) == ampm && !text.original.get(e + ampm.len()).is_some_and(|c| c.is_alphanumeric()) {
            return Some(e + ampm.len());
        }
    }
    Some(e)
}

/// Messages under lines that head them, as WeChat, Slack and Teams copy a chat: "许晓岚 10:12", "Tamsin  9:41 AM",
/// "10:12 陈嘉欣 Kathy｜贸发局书展", "2028-01-17 20:15:32 黃國威", or a name and a colon on a line of its own that
/// heads several messages ("许玲 香港儿童合唱团:"); each message is the lines under its head, to the next.
fn headed_messages(text: &Text) -> Option<Vec<Message>> {
    let heads: Vec<(usize, (usize, usize))> = text.content_lines.iter().filter_map(|&l| head(text, l).map(|h| (l, h))).collect();
    // A name and a colon alone heads messages only when it heads several.
    let names: Vec<String> = heads.iter().map(|&(_, (a, b))| text.lower_str(a, b).to_string()).collect();
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for name in &names {
        match counts.iter_mut().find(|(n, _)| n == name) {
            Some((_, c)) => *c += 1,
            None => counts.push((name, 1)),
        }
    }
    let heads: Vec<(usize, (usize, usize))> = heads
        .iter()
        .zip(&names)
        .filter(|&(&(l, _), name)| !ends_with_a_colon(text, l) || counts.iter().any(|(n, c)| n == name && *c >= 2))
        .map(|(&h, _)| h)
        .collect();
    let mut out = Vec::new();
    for (k, &(l, sender)) in heads.iter().enumerate() {
        let next = heads.get(k + 1).map_or(text.lines.len(), |h| h.0);
        // (The lines between this head and the next, found by position: a long export has many heads.)
        let from = text.content_lines.partition_point(|&m| m <= l);
        let to = text.content_lines.partition_point(|&m| m < next);
        let body_lines: Vec<usize> = text.content_lines[from..to.max(from)].iter().copied().filter(|&m| !stamp_only(text, m)).collect();
        let (Some(&first), Some(&last)) = (body_lines.first(), body_lines.last()) else { continue };
        let body = text.trim(text.lines[first].0, text.lines[last].1);
        out.push(Message { sender, body, who: text.lower_str(sender.0, sender.1).to_string() });
    }
    // Most heads have a message under them: not a timetable's rows ("Rehearsal 10:00" / "Concert 19:30").
    (out.len() >= 3 && out.len() * 5 >= heads.len() * 4).then_some(out)
}

/// The sender a line heads messages with, when it is such a line: a short line of a name and a time stamp, either
/// way round ("许晓岚 10:12", "Oliver Chan · 22 Nov 2027, 10:14", "Kenneth Lo, [20.11.2027 18:02]", "[06/09/2027
/// 10:14] Mandy CHAN (ICAC)", "2028-01-17 20:15:32 黃國威"); a name alone over a line of only its time ("王晓明" /
/// "2027年10月8日 14:02"); or a name and a colon alone ("许玲 香港儿童合唱团:").
fn head(text: &Text, l: usize) -> Option<(usize, usize)> {
    let (ls, le) = text.trim(text.lines[l].0, text.lines[l].1);
    let count = le.saturating_sub(ls);
    if count == 0 || count > 60 {
        return None;
    }
    let line = text.lower_str(ls, le);
    let name = |s: usize, e: usize| -> Option<(usize, usize)> {
        let (s, e) = text.trim(s, e);
        let e = (s..e).rev().find(|&i| !matches!(text.original[i], '(' | ' ' | '-' | '·' | '•' | ',' | '，' | '|' | '–')).map_or(s, |i| i + 1);
        let words = text.slice(s, e);
        let first = words.split([' ', ',']).next().unwrap_or("").to_lowercase();
        let name_like = e > s
            && words.split_whitespace().count() <= 6
            && !words.contains(':')
            && words.chars().any(|c| c.is_alphabetic())
            && !words.chars().any(|c| c.is_ascii_digit())
            && !super::dates::is_weekday(&first)
            && !super::dates::is_month(&first);
        name_like.then_some((s, e))
    };
    // "[06/09/2027 10:14] Mandy CHAN (ICAC)": a stamp in brackets first, and no colon after the name (that is a
    // message on one line).
    if text.original[ls] == '[' {
        let close = (ls..le.min(ls + 30)).find(|&i| text.original[i] == ']')?;
        return (has_time(text.lower_str(ls + 1, close)) && !text.lower_str(close, le).contains(':')).then(|| name(close + 1, le)).flatten();
    }
    // "Kenneth Lo, [20.11.2027 18:02]": a stamp in brackets last.
    if text.original[le - 1] == ']' {
        let open = (ls..le).rev().take(30).find(|&i| text.original[i] == '[')?;
        return has_time(text.lower_str(open + 1, le - 1)).then(|| name(ls, open)).flatten();
    }
    // "Name 10:12", "Name  9:41 AM", "Name (10:12)", "Oliver Chan · 22 Nov 2027, 10:14": a name, then the time, a
    // date before it too.
    let ends_timed = (ls + 1..le).rev().take(14).find_map(|i| {
        if !matches!(text.original[i - 1], ' ' | '(' | '\u{3000}' | '\t') {
            return None;
        }
        let t = time_at(text, i)?;
        text.lower_str(t, le).trim_matches([')', ' ']).is_empty().then_some(i)
    });
    if let Some(t) = ends_timed {
        if text.original[ls].is_ascii_digit() {
            return None;
        }
        let dated = (ls..t).find(|&i| text.original[i].is_ascii_digit()).unwrap_or(t);
        return name(ls, dated);
    }
    // "10:12 陈嘉欣 Kathy｜贸发局书展", "2028-01-17 20:15:32 黃國威".
    if text.original[ls].is_ascii_digit() {
        let stamp_words = line.split(' ').take_while(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()) || ["am", "pm"].contains(w)).count();
        if stamp_words > 0 && has_time(line) {
            let skip: usize = line.split(' ').take(stamp_words).map(|w| w.chars().count() + 1).sum();
            if ls + skip < le && line.split(' ').take(stamp_words).any(has_time_word) {
                return name(ls + skip, le);
            }
        }
        return None;
    }
    // "许玲 香港儿童合唱团:" on its own line (the colon is past the trimmed line's end).
    if ends_with_a_colon(text, l) && count <= 30 {
        return name(ls, le);
    }
    // "王晓明" over "2027年10月8日 14:02".
    if count > 24 {
        return None;
    }
    let next = text.content_lines.get(text.content_lines.partition_point(|&m| m <= l)).copied()?;
    stamp_only(text, next).then(|| name(ls, le)).flatten()
}

/// Whether line `l` ends with a colon, a name's before a message ("许玲 香港儿童合唱团:").
fn ends_with_a_colon(text: &Text, l: usize) -> bool {
    let (ls, le) = text.lines[l];
    (ls..le).rev().find(|&i| !text.original[i].is_whitespace()).is_some_and(|i| text.lower[i] == ':')
}

/// Whether line `l` holds only a time stamp ("2027年10月8日 14:02", "2028年1月18日 星期二 上午10:12", "Tue, 10 Aug
/// 2027, 21:42", "—— 2027年7月12日 上午10:05 ——"): a time, and nothing but a date's words and marks besides.
fn stamp_only(text: &Text, l: usize) -> bool {
    let (ls, le) = text.trim(text.lines[l].0, text.lines[l].1);
    let line = text.lower_str(ls, le);
    if le - ls > 40 || !has_time(&format!(" {line} ")) {
        return false;
    }
    line.split(|c: char| !c.is_alphabetic() || is_cjk(c) && "年月日星期周週上下午晚早中凌晨夜一二三四五六天".contains(c)).filter(|w| !w.is_empty()).all(|w| {
        super::dates::is_weekday(w) || super::dates::is_month(w) || ["am", "pm", "today", "yesterday"].contains(&w)
    })
}

/// Messages on lines of their own as a phone copies a thread: "Raymond: Hey Marcus!", "梁志強：陳教官你好" (a date
/// heading them now and then). Only a sender who writes at least twice, not a label ("Venue:", "Date:"), and at least
/// two such senders.
fn named_lines(text: &Text) -> Vec<Message> {
    let mut out: Vec<Message> = Vec::new();
    for &l in &text.content_lines {
        let (ls, le) = text.trim(text.lines[l].0, text.lines[l].1);
        let Some(colon) = (ls..le.min(ls + 24)).find(|&i| text.lower[i] == ':') else { continue };
        let (s, e) = text.trim(ls, colon);
        let who = text.lower_str(s, e);
        let name_like = e > s
            && who.split_whitespace().count() <= 4
            && who.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '.' || c == '-' || c == '(' || c == ')')
            && !super::cues::labels_starting_with(who.as_bytes()[0]).iter().any(|(w, _)| *w == who)
            && !super::cues::LETTER_EMAIL_HEADERS.iter().any(|h| h.trim_end_matches(':') == who);
        if name_like && colon + 1 < le {
            out.push(Message { sender: (s, e), body: text.trim(colon + 1, le), who: who.to_string() });
        }
    }
    // (Counted by sender: a thread has a few.)
    let mut writes: Vec<(String, usize)> = Vec::new();
    for m in &out {
        match writes.iter_mut().find(|(w, _)| *w == m.who) {
            Some((_, n)) => *n += 1,
            None => writes.push((m.who.clone(), 1)),
        }
    }
    let twice = |who: &str| writes.iter().any(|(w, n)| w == who && *n >= 2);
    let senders = writes.iter().filter(|(_, n)| *n >= 2).count();
    let keep: Vec<Message> = out.into_iter().filter(|m| twice(&m.who)).collect();
    if senders >= 2 && keep.len() >= 4 { keep } else { Vec::new() }
}

fn has_time_word(w: &str) -> bool {
    has_time(&format!(" {w} "))
}

/// The person in a shown name: without an affiliation in brackets or after a bar ("Mandy Tsang (HK Harbour Jazz)",
/// "陈嘉欣 Kathy｜贸发局书展").
fn person_part(text: &Text, s: usize, e: usize) -> (usize, usize) {
    let cut = (s..e).find(|&i| matches!(text.original[i], '(' | '（' | '|' | '｜' | '@' | '<' | '[')).unwrap_or(e);
    text.trim(s, cut)
}

/// Words apart by single spaces, punctuation and all ("Hi Leon!! you'd" is "hi leon you'd"), for counting words.
fn spaced(body: &str) -> String {
    let kept: String = body.chars().map(|c| if c.is_alphanumeric() || c == '\'' { c } else { ' ' }).collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A shown name in both scripts is the Chinese one ("Yating 林雅婷", "佐藤遥 Haruka Sato"): that is the one letters use.
fn chinese_part(text: &Text, s: usize, e: usize) -> (usize, usize) {
    let cjk: Vec<usize> = (s..e).filter(|&i| is_cjk(text.original[i])).collect();
    let latin = (s..e).any(|i| text.original[i].is_ascii_alphabetic());
    match (cjk.first(), cjk.last()) {
        (Some(&a), Some(&b)) if latin && (a..=b).all(|i| is_cjk(text.original[i])) => (a, b + 1),
        _ => (s, e),
    }
}

/// A shown name as the chat writes it in full somewhere: with a title ("Mr Tomás Irarrázaval Undurraga" for
/// "Tomás Irarrázaval", "Ms Akosua Owusu-Mensah" for "Akosua", "林雅婷小姐" for "林雅婷"), else with more of the name
/// ("Vincent TSE Wai-shun"), though not a passport's capitals ("BEATRIZ MOURA ANDRADE").
fn in_full(text: &Text, s: usize, e: usize) -> (usize, usize) {
    let shown = text.slice(s, e);
    if shown.chars().all(is_cjk) {
        let titled = text.find_all(text.lower_str(s, e)).find_map(|p| {
            let after = p + (e - s);
            PEOPLE_CJK_TITLES.iter().find(|t| text.lower_str(after, after + t.chars().count()) == **t).map(|t| (p, after + t.chars().count()))
        });
        return titled.unwrap_or((s, e));
    }
    let words: Vec<String> = shown.split_whitespace().map(crate::catalogue::names::lowercase).collect();
    let Some(first) = words.first().filter(|w| w.chars().count() >= 2 && w.chars().all(char::is_alphabetic)) else { return (s, e) };
    let is_word = |i: usize| text.original.get(i).is_some_and(|&c| c.is_alphabetic() && !is_cjk(c) || c == '-' || c == '\'');
    let word_end = |i: usize| (i..text.original.len()).find(|&k| !is_word(k)).unwrap_or(text.original.len());
    let mut best: Option<((bool, usize), (usize, usize))> = None;
    let mut i = 0;
    while i < text.original.len() {
        if !is_word(i) || (i > 0 && is_word(i - 1)) {
            i += 1;
            continue;
        }
        let we = word_end(i);
        if crate::catalogue::names::lowercase(&text.slice(i, we)) != *first {
            i = we;
            continue;
        }
        // Rightwards over capitalised words and a name's small words, on the line.
        let mut end = we;
        let mut run = vec![text.slice(i, we)];
        while text.original.get(end) == Some(&' ') && text.original.get(end + 1).is_some_and(|&c| c.is_uppercase() || matches!(c, 'd' | 'v' | 'n' | 'b')) {
            let next = word_end(end + 1);
            let word = text.slice(end + 1, next);
            let small = ["da", "de", "do", "dos", "van", "von", "der", "den", "ní", "bin", "binti"].contains(&word.as_str());
            if next == end + 1 || !(word.chars().next().is_some_and(char::is_uppercase) || small) {
                break;
            }
            run.push(word);
            end = next;
        }
        let lower: Vec<String> = run.iter().map(|w| crate::catalogue::names::lowercase(w)).collect();
        let capitals = run.iter().all(|w| w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase));
        // Leftwards over a title ("Mr ", "Prof. ").
        let mut start = i;
        let mut k = i;
        while k > 0 && text.original[k - 1] == ' ' {
            k -= 1;
        }
        if k < i && k > 0 {
            let k = if text.original[k - 1] == '.' { k - 1 } else { k };
            let ts = (0..k).rev().find(|&j| !is_word(j)).map_or(0, |j| j + 1);
            if ts < k && PEOPLE_HONORIFICS.contains(&crate::catalogue::names::lowercase(&text.slice(ts, k)).as_str()) {
                start = ts;
            }
        }
        let all = words.iter().all(|w| lower.contains(w));
        if all && !capitals && run.len() >= words.len() {
            let rank = (start < i, run.len());
            if best.as_ref().is_none_or(|(r, _)| rank > *r) {
                best = Some((rank, (start, end)));
            }
        }
        i = we;
    }
    match best {
        Some(((titled, n), span)) if titled || n > words.len() => span,
        _ => (s, e),
    }
}

/// The affiliation a shown name gives, in brackets or after a bar ("(HKILF)", "（香港设计中心）", "｜贸发局书展"), or,
/// in Chinese, a name of an organisation after the person's ("许玲 香港儿童合唱团").
fn affiliation(text: &Text, s: usize, e: usize) -> Option<(usize, usize)> {
    if let Some(open) = (s..e).find(|&i| matches!(text.original[i], '(' | '（' | '|' | '｜')) {
        let close = (open + 1..e).find(|&i| matches!(text.original[i], ')' | '）')).unwrap_or(e);
        let (a, b) = text.trim(open + 1, close);
        return (b > a).then_some((a, b));
    }
    let space = (s..e).rev().find(|&i| text.original[i] == ' ')?;
    let (a, b) = text.trim(space + 1, e);
    (b > a && text.original[a..b].iter().all(|&c| is_cjk(c)) && super::host::looks_like_organisation(text.lower_str(a, b))).then_some((a, b))
}

/// A shown name's short affiliation as the chat writes it in full: "Harbour Shorts" is "Harbour Shorts Film
/// Festival", "HK Sinfonietta" "Hong Kong Sinfonietta", "HKBU Music" "Hong Kong Baptist University", 帆总 香港帆船运动总会.
fn expanded(text: &Text, s: usize, e: usize) -> Option<(usize, usize)> {
    let short = text.slice(s, e);
    if short.chars().all(is_cjk) {
        return expanded_in_chinese(text, &short);
    }
    let short: Vec<String> = short.split_whitespace().map(str::to_string).collect();
    let mut best: Option<(usize, usize)> = None;
    for (a, b) in capitalised_runs(text) {
        let run: Vec<String> = text.slice(a, b).split_whitespace().map(str::to_string).collect();
        if run.len() < 2 || (a..b).contains(&s) || !short_for(&short, &run) {
            continue;
        }
        if best.is_none_or(|(x, y)| b - a > y - x) {
            best = Some((a, b));
        }
    }
    best.filter(|&(a, b)| b - a > e - s)
}

/// Whether `short`'s words, in order, are `run`'s words or their initials ("HK" for "Hong Kong"), until either ends:
/// all of the run ("HKBU Music" for "Hong Kong Baptist University") or all of the short ("Harbour Shorts" for
/// "Harbour Shorts Film Festival").
fn short_for(short: &[String], run: &[String]) -> bool {
    let mut r = 0;
    let mut matched = 0;
    for word in short {
        if r >= run.len() {
            break;
        }
        let n = word.chars().count();
        let initials: String = run[r..].iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).take(n).filter_map(|w| w.chars().next()).collect();
        if run[r].eq_ignore_ascii_case(word) {
            r += 1;
        } else if n >= 2 && word.chars().all(|c| c.is_ascii_uppercase()) && initials == *word {
            // (Over the run's small words too: "HKAPA" is "Hong Kong Academy for Performing Arts".)
            let mut taken = 0;
            while r < run.len() && taken < n {
                taken += usize::from(run[r].chars().next().is_some_and(char::is_uppercase));
                r += 1;
            }
        } else {
            return false;
        }
        matched += 1;
    }
    matched > 0 && (r == run.len() || matched == short.len())
}

/// Runs of capitalised words, with a name's small words inside ("Hong Kong Academy for Performing Arts").
fn capitalised_runs(text: &Text) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let n = text.original.len();
    let mut i = 0;
    while i < n {
        if !(text.original[i].is_uppercase() && (i == 0 || !text.original[i - 1].is_alphanumeric())) {
            i += 1;
            continue;
        }
        let (start, mut end, mut k) = (i, i, i);
        loop {
            let we = (k..n).find(|&j| !(text.original[j].is_alphanumeric() || matches!(text.original[j], '\'' | '-' | '&'))).unwrap_or(n);
            if we == k {
                break;
            }
            let word = text.lower_str(k, we);
            if text.original[k].is_uppercase() {
                end = we;
            } else if !["of", "for", "and", "the"].contains(&word) {
                break;
            }
            if we >= n || text.original[we] != ' ' {
                break;
            }
            k = we + 1;
        }
        out.push((start, end));
        i = end.max(i + 1);
    }
    out
}

/// A Chinese short name's characters, in order, in an organisation's name the chat writes ("帆总" in 香港帆船运动总会).
fn expanded_in_chinese(text: &Text, short: &str) -> Option<(usize, usize)> {
    let chars: Vec<char> = short.chars().collect();
    if chars.len() < 2 {
        return None;
    }
    let n = text.original.len();
    (0..n).filter(|&p| text.original[p] == chars[0]).find_map(|p| {
        let mut k = p + 1;
        let mut next = 1;
        while k < n && k < p + 12 && is_cjk(text.original[k]) && next < chars.len() {
            next += usize::from(text.original[k] == chars[next]);
            k += 1;
        }
        if next < chars.len() || k - p <= chars.len() {
            return None;
        }
        // To the end of its word for an organisation ("总" of 总会).
        let start = if p >= 2 && text.slice(p - 2, p) == "香港" { p - 2 } else { p };
        let cjk_to = |x: usize| x <= n && (k..x).all(|j| is_cjk(text.original[j]));
        let end = [k, k + 1, k + 2].into_iter().find(|&x| cjk_to(x) && super::host::looks_like_organisation(text.lower_str(start, x)))?;
        Some((start, end))
    })
}

/// The organisation a message's writer introduces themselves as from: "Mandy here from Hong Kong Harbour Jazz
/// Festival", "It's Connie from Fo Tan Print Studio", "Daniel from Hong Kong Sinfonietta here"; "我係香港帆船運動總會嘅
/// Cindy", "我是香港儿童合唱团的行政主任许玲".
fn introduced_from(text: &Text, s: usize, e: usize) -> Option<(usize, usize)> {
    let body = text.lower_str(s, e);
    let at = |b: usize| s + body[..b].chars().count();
    // (Each " from " in turn: "back from Paris, … Mandy from the Festival".)
    for (b, lead) in CHAT_SELF_INTRODUCTIONS.iter().flat_map(|lead| body.match_indices(lead).map(move |(b, _)| (b, lead))) {
        let mut from = at(b) + lead.chars().count();
        if text.lower_str(from, from + 4) == "the " {
            from += 4;
        }
        // ("from the office of the Hong Kong, China Rowing Association": the organisation the office is of.)
        for unit in CHAT_UNITS_OF {
            if text.lower_str(from, from + unit.chars().count()) == *unit {
                from += unit.chars().count();
            }
        }
        // Capitalised words, and the small words inside a name, to the first word that is neither.
        let mut end = from;
        let mut i = from;
        while i < e {
            let ws = i;
            let we = (ws..e).find(|&k| !(text.original[k].is_alphanumeric() || matches!(text.original[k], '&' | '\'' | '-' | '.'))).unwrap_or(e);
            if we == ws {
                break;
            }
            let word = text.lower_str(ws, we);
            let capital = text.original[ws].is_uppercase() || text.original[ws].is_ascii_digit();
            if capital {
                end = we;
            } else if !["of", "for", "and", "the", "de", "du"].contains(&word) {
                break;
            }
            // (A sports body's "Hong Kong, China" goes on over its comma.)
            if text.slice(we, (we + 8).min(e)) == ", China " {
                i = we + 2;
                continue;
            }
            if we >= e || text.original[we] != ' ' {
                break;
            }
            i = we + 1;
        }
        let (a, b) = text.trim(from, end);
        let name = text.lower_str(a, b);
        if name.split_whitespace().count() >= 2 && super::host::looks_like_organisation(name) {
            return Some((a, b));
        }
    }
    for lead in CHAT_CJK_SELF_INTRODUCTIONS.iter() {
        let Some(b) = body.find(lead) else { continue };
        let from = at(b) + lead.chars().count();
        let Some(end) = (from..e.min(from + 30)).find(|&k| matches!(text.original[k], '嘅' | '的' | '，' | ',' | '。' | ' ' | '！')) else { continue };
        let name = text.lower_str(from, end);
        if name.chars().count() >= 3 && super::host::looks_like_organisation(name) {
            return Some((from, end));
        }
    }
    None
}

/// An organisation's Chinese name without the unit or the person written right after it: "香港划艇總會秘書處Candy" is
/// "香港划艇總會", "城南舞蹈團監製阿欣" is "城南舞蹈團". (Not a university's own department, "香港中文大學音樂系", which the
/// host's stage reads.)
fn without_who_follows(text: &Text, s: usize, e: usize) -> (usize, usize) {
    let name = text.lower_str(s, e);
    if name.is_ascii() {
        return (s, e);
    }
    let ends = ORGANISATION_WORDS.iter().filter(|w| !w.is_ascii()).flat_map(|w| name.match_indices(w).map(|(b, w)| b + w.len()));
    let cut = ends
        .filter(|&b| b < name.len())
        .filter(|&b| {
            let rest = name[b..].trim_start();
            rest.starts_with(|c: char| c.is_ascii_alphabetic()) || CHAT_AFTER_AN_ORGANISATION.iter().chain(PEOPLE_CJK_POSTS).any(|w| rest.starts_with(w))
        })
        .min();
    match cut {
        Some(b) => (s, s + name[..b].chars().count()),
        None => (s, e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(letter: &str, pick: fn(&Chat, &Text) -> Option<(usize, usize)>) -> Option<String> {
        let chars: Vec<char> = letter.chars().collect();
        let text = Text::new(&chars);
        let c = Chat::of(&text)?;
        pick(&c, &text).map(|(s, e)| text.slice(s, e))
    }

    const TIMED: &str = "[21:14] Mandy Tsang (HK Harbour Jazz): Hi Leon!! Mandy here from Hong Kong Harbour Jazz Festival so happy you said yes\n\
[21:15] Mandy Tsang (HK Harbour Jazz): the Festival is inviting you as our featured soloist\n\
[21:31] Leon Dubois: Amazing, thank you Mandy\n\
[21:32] Leon Dubois: I land on the 13th around 7pm\n\
[21:35] Mandy Tsang (HK Harbour Jazz): Perfect, that works.\n";

    #[test]
    fn senders_of_a_chat_stamped_with_the_time_alone() {
        assert_eq!(shown(TIMED, Chat::invitee).as_deref(), Some("Leon Dubois"));
        assert_eq!(shown(TIMED, Chat::organisation).as_deref(), Some("Hong Kong Harbour Jazz Festival"));
    }

    /// An organisation introduced with its office or the one writing run on after it: the organisation alone.
    #[test]
    fn an_organisation_introduced_without_who_follows_it() {
        let office = "[09:30] Candy Ho: 你好！我係香港划艇總會秘書處Candy，想邀請你嚟香港做教練\n[09:35] Leo Park: 好呀\n[09:40] Candy Ho: 多謝！\n";
        assert_eq!(shown(office, Chat::organisation).as_deref(), Some("香港划艇總會"));
        let producer = "[09:30] 阿欣: 你好！我係城南舞蹈團監製阿欣，想請你嚟香港編舞\n[09:35] Leo Park: 好呀\n[09:40] 阿欣: 多謝！\n";
        assert_eq!(shown(producer, Chat::organisation).as_deref(), Some("城南舞蹈團"));
    }

    #[test]
    fn senders_heading_their_messages() {
        let wechat = "许晓岚（香港国际诗歌节） 10:12\n林老师好！我是香港国际诗歌节的晓岚，想邀请您来参加诗歌节。\n林薇 10:20\n记得记得！\n许晓岚（香港国际诗歌节） 10:21\n太好了\n林薇 10:25\n好的\n";
        assert_eq!(shown(wechat, Chat::invitee).as_deref(), Some("林薇"));
        assert_eq!(shown(wechat, Chat::organisation).as_deref(), Some("香港国际诗歌节"));
        let cantonese = "[10:02] 陳主任 中大音樂系: 林老師早晨！我係香港中文大學音樂系嘅陳美華\n[10:03] 陳主任 中大音樂系: 想正式邀請你今年12月嚟香港\n[10:41] 林婉婷: 陳主任您好！謝謝邀請\n[10:42] 林婉婷: 我13號到，17號返台北\n";
        assert_eq!(shown(cantonese, Chat::invitee).as_deref(), Some("林婉婷"));
        assert_eq!(shown(cantonese, Chat::organisation).as_deref(), Some("香港中文大學音樂系"));
    }

    /// A timetable's rows with times are no chat: nothing is under most of them.
    #[test]
    fn a_timetable_is_no_chat() {
        let timetable = "Programme\nRehearsal 10:00\nStudio 1, with the quartet we invite you to join\nLunch 13:00\nConcert 19:30\nConcert Hall\nParty 22:00\nDinner 23:00\nRooftop\n";
        assert!(shown(timetable, Chat::invitee).is_none());
        let letter = "Dear Dr Kowalska,\n\nWe invite you to lecture on 4 May 2027 at 10:00.\nVenue: Room 1\n";
        assert!(shown(letter, Chat::invitee).is_none());
    }

    /// An agent or a colleague answering is not the invitee: the organiser writes of the visitor as "he"; and a chat
    /// where no one invites names no invitee.
    #[test]
    fn no_invitee_when_the_one_answering_is_not_invited() {
        let agent = "[21:14] Mandy Ho (Harbour Jazz Collective): Hi Rui! We'd like to invite Tiago as guest artist in Feb\n\
[21:15] Mandy Ho (Harbour Jazz Collective): he'd play two sets and give a masterclass, he'll love it\n\
[21:40] Rui Sousa (mgmt): Sounds great. What dates exactly?\n\
[21:52] Mandy Ho (Harbour Jazz Collective): 25 and 26 Feb\n";
        assert_eq!(shown(agent, Chat::invitee), None);
        let approved = "[10:02] Amy Lau (CSTB): Hi Paolo, good news, your visit is approved\n[10:05] Paolo Ricci: Fantastic, thank you Amy!\n[10:06] Amy Lau (CSTB): just a scan of your passport pls\n[10:09] Paolo Ricci: Will send tonight\n";
        assert_eq!(shown(approved, Chat::invitee), None);
        let me = "陈主任（康文署）  10:02\n你好，我是康文署的陈主任，想邀请你来艺术节\n\n我  10:04\n好的，谢谢！\n\n陈主任（康文署）  10:05\n护照资料页先发我一份\n";
        assert_eq!(shown(me, Chat::invitee), None);
    }

    /// The invitee's name as the chat writes it in full, with a title where it has one; not a passport's capitals.
    #[test]
    fn the_invitee_in_full() {
        let chat = "[18/05/2027, 21:30] Iris Tam HKIA: Hi Tomás! We'd like to invite you to judge the awards\n\
[18/05/2027, 21:37] Tomás Irarrázaval: Hola Iris! So happy to come\n\
[18/05/2027, 21:41] Tomás Irarrázaval: Full name TOMÁS IRARRÁZAVAL UNDURRAGA, Chilean passport P05467821\n\
[19/05/2027, 08:50] Iris Tam HKIA: Perfect! So letter to Mr Tomás Irarrázaval Undurraga, arriving 15/09/2027\n";
        assert_eq!(shown(chat, Chat::invitee).as_deref(), Some("Mr Tomás Irarrázaval Undurraga"));
        let chinese = "[10:21] 黄子轩（帆总）: Grace你好！正式邀请你4月来港\n[10:30] Grace 陈嘉欣: 好呀！\n[10:31] 黄子轩（帆总）: 信会写陈嘉欣女士\n";
        assert_eq!(shown(chinese, Chat::invitee).as_deref(), Some("陈嘉欣女士"));
    }

    /// An affiliation shown short is the organisation the chat names in full.
    #[test]
    fn a_short_affiliation_in_full() {
        let chat = "[21:14] Daniel Ko (HK Sinfonietta): Hi Ji-woo! we met in Seoul, would you come as guest timpanist?\n\
[22:40] Ji-woo Han: Oh wow, I'd love to!!\n\
[22:43] Daniel Ko (HK Sinfonietta): Great, the Hong Kong Sinfonietta will send the letter\n";
        assert_eq!(shown(chat, Chat::organisation).as_deref(), Some("Hong Kong Sinfonietta"));
        let chinese = "[10:21] 黄子轩（帆总）: Grace你好！总会正式邀请你4月来港\n[10:30] Grace 陈嘉欣: 好呀！\n[10:31] 黄子轩（帆总）: 信由香港帆船运动总会发出\n";
        assert_eq!(shown(chinese, Chat::organisation).as_deref(), Some("香港帆船运动总会"));
    }

    /// Chats as each app copies them: the sender after the time between tabs (LINE), before a stamp in brackets
    /// (Telegram), over a line of the date and time (WeChat), beside a date and time (Signal), or before a colon on a
    /// phone's thread; an interpreter who answers for the visitor is not the visitor.
    #[test]
    fn senders_as_each_app_copies_them() {
        let line = "2027/06/01(Tue)\n10:15\tJoyce Chan (HKBU AVA)\tHello! We would be delighted to have you as our Artist-in-Residence\n10:17\tJoyce Chan (HKBU AVA)\tWorkshop: 12 to 16 July\n13:40\tAoi Sakamoto\tThank you very much!\n";
        assert_eq!(shown(line, Chat::invitee).as_deref(), Some("Aoi Sakamoto"));
        let telegram = "Kenneth Lo, [20.11.2027 18:02]\nOn behalf of the Association I would like to invite you\n\nKenneth Lo, [20.11.2027 18:03]\nMarina will translate\n\nOleksandr Shevchuk, [21.11.2027 09:15]\nThank you Kenneth. I land on the 27th.\n";
        assert_eq!(shown(telegram, Chat::invitee).as_deref(), Some("Oleksandr Shevchuk"));
        let wechat = "王晓明\n2027年10月8日 14:02\n刘教授您好！学院诚邀您以客座教授身份来港\n\n王晓明\n2027年10月8日 14:03\n课程共五天\n\n刘海涛\n2027年10月8日 16:40\n王老师好，非常感谢邀请！\n";
        assert_eq!(shown(wechat, Chat::invitee).as_deref(), Some("刘海涛"));
        let signal = "Oliver Chan · 22 Nov 2027, 10:14\nDear Aino, we would like to invite you to play\n\nOliver Chan · 22 Nov 2027, 10:20\nRehearsals on 2 February\n\nAino Lehtonen · 22 Nov 2027, 19:02\nKiitos Oliver!\n";
        assert_eq!(shown(signal, Chat::invitee).as_deref(), Some("Aino Lehtonen"));
        let sms = "2028年1月18日 星期二 上午10:12\n梁志強：陳教官你好，我哋想邀請你嚟港擔任客席導師\n陳俊傑：梁sir你好，多謝邀請！\n梁志強：酬金係每日港幣4,500元\n陳俊傑：OK\n";
        assert_eq!(shown(sms, Chat::invitee).as_deref(), Some("陳俊傑"));
        let interpreted = "21:14\t陳國強（主席）\t阿麗你好，麻煩你幫我翻譯：本會誠意邀請你擔任總裁判\n21:20\t阿麗（翻譯）\t收到\n21:45\t阿麗（翻譯）\t師傅話好樂意\n10:05\tSomchai Rattanakorn\tขอบคุณครับ\n";
        assert_eq!(shown(interpreted, Chat::invitee).as_deref(), Some("Somchai Rattanakorn"));
    }

    /// A programme's rows, timed on one line with a colon, are no chat that could name the host: its lines above the
    /// rows are not a chat's title.
    #[test]
    fn a_programme_timed_on_one_line() {
        let letter = "THE CHINESE UNIVERSITY OF HONG KONG\n\nDear Dr Ruiz,\n\nWe invite you to speak at our symposium.\n\n10:00 Keynote: Prof Li from the Chinese University of Hong Kong\n11:00 Panel: Dr Wong from the Hong Kong Observatory\n12:00 Lunch: Staff from the Department\n14:00 Keynote: Prof Li, closing\n";
        let host = crate::letter::extract(letter, crate::Catalogue::bundled()).host.map(|h| h.value);
        assert_eq!(host.as_deref(), Some("THE CHINESE UNIVERSITY OF HONG KONG"));
    }

    /// A name and a colon alone on a line head the messages under them, when they head several.
    #[test]
    fn a_name_and_a_colon_head_messages() {
        let chat = "许玲 香港儿童合唱团:\n王老师您好！想请您来香港担任客席指挥\n王思远:\n太好了，谢谢邀请！\n许玲 香港儿童合唱团:\n好的\n王思远:\n收到\n";
        assert_eq!(shown(chat, Chat::invitee).as_deref(), Some("王思远"));
    }

    /// A form's labels repeated are no one's messages.
    #[test]
    fn labels_are_no_senders() {
        let form = "Event 1\nRole: Judge, we invite you\nVenue: Hall A\nEvent 2\nRole: Speaker\nVenue: Hall B\n";
        assert!(shown(form, Chat::invitee).is_none());
    }
    #[test]
    fn a_signature_in_the_organisers_last_message() {
        // The name over its post, in the last message but one; the name before a comma, the shown name's affiliation
        // left out; no signature where the last message only talks.
        let block = "[14/09/2027, 10:04] Karen Leung (LCSD): We would love you to give a recital\n[14/09/2027, 16:40] Rafael Nogueira: Delighted!\n[22/09/2027, 09:03] Karen Leung (LCSD): Perfect, noted.\n[22/09/2027, 09:04] Karen Leung (LCSD): Karen Leung\nAssistant Manager (Music)\nLeisure and Cultural Services Department\n[22/09/2027, 09:10] Rafael Nogueira: Obrigado Karen!\n";
        assert_eq!(shown(block, Chat::signature).as_deref(), Some("Karen Leung"));
        let comma = "Tiffany Chan HKO: We'd like you to give a public talk\nAroha Whitfield: Happy to\nTiffany Chan HKO: Great, see you in November\nAroha Whitfield: Thanks!\nTiffany Chan HKO: Dr Tiffany CHAN, Senior Scientific Officer, Hong Kong Observatory\n";
        assert_eq!(shown(comma, Chat::signature).as_deref(), Some("Dr Tiffany CHAN"));
        // A Chinese name after the organiser's unit, on a line under the message's words.
        let unit = "2027-11-05 16:30:02 王思穎(中大音樂系)\n誠邀你嚟中大主講講座\n\n2027-11-05 16:31:00 何小鳳\n好呀\n\n2027-11-05 16:31:20 王思穎(中大音樂系)\n咁就11號見！\n中大音樂系 王思穎\n\n2027-11-05 16:35:09 何小鳳\n好，11號見\n";
        assert_eq!(shown(unit, Chat::signature).as_deref(), Some("王思穎"));
        let talk = "Tiffany Chan HKO: We'd like you to give a public talk\nAroha Whitfield: Happy to\nTiffany Chan HKO: Great, see you in November\nAroha Whitfield: Thanks!\nTiffany Chan HKO: Tiffany Chan here again, the hall is booked\n";
        assert_eq!(shown(talk, Chat::signature), None);
        let here = "Tiffany Chan HKO: We'd like you to give a public talk\nAroha Whitfield: Happy to\nTiffany Chan HKO: Great, see you in November\nAroha Whitfield: Thanks!\nTiffany Chan HKO: Tiffany Chan here, the hall is booked\n";
        assert_eq!(shown(here, Chat::signature), None);
    }

    #[test]
    fn thanks_for_an_invitation_is_no_invitation() {
        let chat = "黃曉彤（嶺大中文系）：陳博士你好！我係嶺南大學中文系嘅行政主任黃曉彤\n黃曉彤（嶺大中文系）：系主任想正式請你三月嚟嶺大主講公開講座\n陳雅琳：曉彤你好！好呀，多謝邀請🙏 我15號到\n黃曉彤（嶺大中文系）：冇問題！\n陳雅琳：新加坡公民\n黃曉彤（嶺大中文系）：收到，邀請對象：陳雅琳博士。\n";
        assert_eq!(shown(chat, Chat::invitee).as_deref(), Some("陳雅琳博士"));
    }
    #[test]
    fn in_a_group_the_invitee_is_the_one_addressed() {
        // A colleague of the organiser writes most; the one the others greet by name is invited, and the colleague's
        // introduction names the organisation (an office of it, a sports body's "Hong Kong, China").
        let group = "[02/12/2027, 09:16] Joyce Ng (HKCRA): Welcome Réka! I'm Joyce from the office of the Hong Kong, China Rowing Association.\n[02/12/2027, 09:20] Eric Tam: Hi Réka, we'd like you to come as guest coach.\n[02/12/2027, 10:41] Réka Szabó: Hello everyone! Thank you.\n[02/12/2027, 10:45] Joyce Ng (HKCRA): Could you send me your passport number?\n[02/12/2027, 11:02] Réka Szabó: Hungarian, passport HB4471928.\n[02/12/2027, 11:05] Joyce Ng (HKCRA): Thanks! Flights are on us.\n[02/12/2027, 11:06] Joyce Ng (HKCRA): And the hotel too.\n";
        assert_eq!(shown(group, Chat::invitee).as_deref(), Some("Réka Szabó"));
        assert_eq!(shown(group, Chat::organisation).as_deref(), Some("Hong Kong, China Rowing Association"));
    }
    #[test]
    fn the_task_said_in_a_message_of_its_own() {
        let english = "Gary Ng HKRU: Gary here from the Hong Kong Rugby Union\nTama Rangi: Kia ora Gary\nGary Ng HKRU: We'd love to have you up here as guest coach\nTama Rangi: what would you need me to do?\nGary Ng HKRU: Run the lineout clinics for the U18 squads, and referee the final. Our staff do the rest\nTama Rangi: sweet as\n";
        assert_eq!(shown(english, Chat::task_said).as_deref(), Some("Run the lineout clinics for the U18 squads, and referee the final"));
        let cantonese = "陳家俊 離島民政處：想請你嚟做我哋嘅客席導師\n何偉強師傅：多謝！具體要做啲乜呀？\n陳家俊 離島民政處：主要係教班青年舞獅同埋喺開幕禮帶隊表演\n何偉強師傅：好呀\n";
        assert_eq!(shown(cantonese, Chat::task_said).as_deref(), Some("教班青年舞獅同埋喺開幕禮帶隊表演"));
        // A message that does not start with a task says none.
        let none = "Gary Ng HKRU: We'd love to have you up here as guest coach\nTama Rangi: sure\nGary Ng HKRU: The camp runs in July\nTama Rangi: great\n";
        assert_eq!(shown(none, Chat::task_said), None);
    }
    #[test]
    fn the_task_asked_for_in_cantonese() {
        // After "想請你", to the question that closes the ask.
        let asked = "梁志明 香港合唱協會：想請你返嚟做客席指揮，帶兩場排練同指揮閉幕音樂會，唔知你得唔得閒？\n陳美玲：得呀\n梁志明 香港合唱協會：好！\n陳美玲：到時見\n";
        assert_eq!(shown(asked, Chat::task_asked).as_deref(), Some("返嚟做客席指揮，帶兩場排練同指揮閉幕音樂會"));
        // What the organiser says the visitor would mainly do comes first.
        let mainly = "梁志明 香港合唱協會：想請你十月嚟香港做客席指揮 🙏\n陳美玲：可以呀\n梁志明 香港合唱協會：主要係幫我哋排練三日，最後一晚指揮音樂會。\n陳美玲：好\n";
        assert_eq!(shown(mainly, Chat::task_asked).as_deref(), Some("幫我哋排練三日，最後一晚指揮音樂會"));
        // Asked for nothing to do ("想請你食餐飯") is no task.
        let none = "梁志明 香港合唱協會：想請你食餐飯傾下合作\n陳美玲：好呀\n梁志明 香港合唱協會：星期六見\n陳美玲：好\n";
        assert_eq!(shown(none, Chat::task_asked), None);
        // Nor what the organiser says they do themselves, nor a later ask for papers.
        let own = "梁志明 城南舞蹈團：想請你嚟香港做評判\n陳美玲：好呀，你哋係做咩㗎？\n梁志明 城南舞蹈團：我哋主要係做社區舞蹈推廣\n陳美玲：明白\n";
        assert_eq!(shown(own, Chat::task_asked).as_deref(), Some("嚟香港做評判"));
        let papers = "梁志明 香港合唱協會：想請你十月嚟香港做客席指揮 🙏\n陳美玲：可以呀\n梁志明 香港合唱協會：好！想請你喺九月底前send份CV同近照俾我\n陳美玲：好\n";
        assert_eq!(shown(papers, Chat::task_asked), None);
        // A favour asked first ("想請你幫手") is not the task that follows.
        let favour = "梁志明 雅韻粵劇團：有件事想請你幫手，關於十一月嘅演出\n陳美玲：咩事？\n梁志明 雅韻粵劇團：十一月有台戲，想請你嚟做正印花旦\n陳美玲：好呀\n";
        assert_eq!(shown(favour, Chat::task_asked).as_deref(), Some("嚟做正印花旦"));
    }
    #[test]
    fn a_time_after_the_half_of_the_day() {
        let chat = "下午3:02 Winnie 周穎琳: 蔡佳穎小姐你好！我係香港小交響樂團嘅 Winnie\n下午3:04 Winnie 周穎琳: 樂團想邀請你嚟香港演出\n下午5:47 蔡佳穎: 謝謝邀請！\n下午6:10 Winnie 周穎琳: 排練喺音樂會前一日\n下午6:15 蔡佳穎: 好的\n";
        assert_eq!(shown(chat, Chat::invitee).as_deref(), Some("蔡佳穎小姐"));
    }
}
