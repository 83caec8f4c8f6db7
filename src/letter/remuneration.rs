//! The fee the visitor is paid, with what it covers when the letter says so ("HK$8,000 per day", "每場…，兩場共…").

use super::text::Text;
use super::cues::{REMUNERATION_WHOLE_VISIT, REMUNERATION_COVERS_NOT_TASKS, REMUNERATION_COVERS_TASKS_LEADS, REMUNERATION_COVERS_TASKS_CJK, REMUNERATION_REVISED, REMUNERATION_CUES, REMUNERATION_CURRENCIES, REMUNERATION_CJK_EACH, REMUNERATION_TERMS, REMUNERATION_TOTAL_LEADS, REMUNERATION_PARTS_TOTAL_LEADS, REMUNERATION_NOT_THE_FEES_PARTS, REMUNERATION_ABBREVIATIONS, REMUNERATION_TOTAL_AFTER, REMUNERATION_TOTAL_AFTER_IN_BRACKET, REMUNERATION_CURRENCIES_AFTER, REMUNERATION_PERIOD_WORDS, REMUNERATION_NONE_IN_PROSE, REMUNERATION_NOT_WHAT_IT_IS_FOR, REMUNERATION_NOT_WHAT_IT_IS_FOR_AFTER_AND, REMUNERATION_EQUIVALENT, REMUNERATION_PAID_BY_OTHERS, REMUNERATION_NONE_BEFORE_A_FEE, REMUNERATION_NONE_BEFORE_A_FEE_IN_ENGLISH, REMUNERATION_FEE_NOUNS, REMUNERATION_CONDITIONS, REMUNERATION_FEE_TO_TAKE_PART, REMUNERATION_NONE_BESIDES, REMUNERATION_PAYING_VERBS, REMUNERATION_COVERS_ALL_ENDS, REMUNERATION_COVERS, REMUNERATION_IN_WORDS, REMUNERATION_IN_WORDS_PARTS};
use super::confidence::{Reason, WEAK};
use super::Extracted;
use crate::catalogue::names::is_alpha;

/// The first sum of money in characters `from..to`: "HK$18,000", "US$12,500", "港幣18,000元", "HK$4,000 per day".
pub(super) fn amount_in(text: &Text, from: usize, to: usize, confidence: f32) -> Option<Extracted> {
    // Digits, or Chinese numerals ("港幣三萬元", "港幣貳萬伍仟元").
    const CJK_DIGITS: &str = "〇零一二兩两三四五六七八九十百千萬万壹貳贰參叁肆伍陸陆柒捌玖拾佰仟";
    let is_digit = |c: char| c.is_ascii_digit() || CJK_DIGITS.contains(c);
    let mut best: Option<usize> = None;
    // (A bare "$" as chats and notes write Hong Kong dollars, "每場$6,000": only alone before a sum, not the end of
    // "HK$" or "S$".)
    for currency in REMUNERATION_CURRENCIES.iter().chain(std::iter::once(&"$")) {
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
            // (Nor a Chinese currency's name without a sum: "10月18日圓滿結束" is a day, then "successfully".)
            let cjk = !currency.is_ascii();
            // (Nor after a currency's code and a space: "US $3,000" is no Hong Kong dollars.)
            let bare = *currency == "$";
            let code_before = || {
                let word: String = text.original[..p].iter().rev().skip_while(|c| **c == ' ').take_while(|c| c.is_alphabetic()).collect();
                (2..=3).contains(&word.chars().count()) && word.chars().all(|c| c.is_ascii_uppercase())
            };
            if bare && (!(alone && sum_after) || code_before()) {
                continue;
            }
            if cjk && sum_after || !cjk && !currency.starts_with(|c: char| c.is_ascii_alphabetic()) || (alone && sum_after) {
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
    while e < to && (is_digit(text.lower[e]) || ",.".contains(text.lower[e]) || "萬万千百元圓蚊正整".contains(text.lower[e])) {
        // The sum ends with its 元 (and a 正 or 整 after it): "港幣5,000元，四場合共…" is a sum and the next clause. (So
        // does spoken Cantonese's 蚊: "港幣8,000蚊（全包）".)
        if "元圓蚊".contains(text.lower[e]) {
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
    // "HK$36k", "$1.5m": thousands or millions, as chats and e-mails write them.
    if text.lower.get(e).is_some_and(|c| matches!(c, 'k' | 'm')) && !text.lower.get(e + 1).is_some_and(|c| c.is_alphanumeric()) && text.lower[e - 1].is_ascii_digit() {
        e += 1;
    }
    // "per day", "per performance", "per training day", "each", "/day".
    let with_its_unit = |e: usize| {
        for unit in [" per ", " a ", "/", "每"] {
            if text.lower_str(e, (e + unit.chars().count()).min(to)) == unit {
                let mut u = e + unit.chars().count();
                // (A hyphen inside the unit: "per half-day session".)
                while u < to && (is_alpha(text.lower[u]) || text.lower[u] == '-' && u > e + unit.chars().count() && text.lower.get(u + 1).is_some_and(|&c| is_alpha(c))) {
                    u += 1;
                }
                // A second word of the unit: "per training day", "per working day".
                let second = (u + 1..to).take_while(|&k| is_alpha(text.lower[k])).last().map(|k| k + 1);
                if text.lower.get(u) == Some(&' ') && second.is_some_and(|end| ["day", "days", "session", "performance", "lecture", "hour"].contains(&text.lower_str(u + 1, end))) {
                    u = second.unwrap_or(u);
                }
                return if u > e + unit.chars().count() { u } else { e };
            }
        }
        e
    };
    e = with_its_unit(e);
    // "Sixty Thousand Hong Kong Dollars (HK$60,000) for the engagement": the sum in words before its figures.
    // (With its unit after the bracket: "five thousand Hong Kong dollars (HK$5,000) per day for the five days".)
    if let Some((s, close)) = written_out_before(text, p, e) {
        let (_, e) = with_its_terms(text, p, with_its_unit(close), to, confidence);
        return text.extracted(s, e, None, confidence);
    }
    let (p, e) = with_its_terms(text, p, e, to, confidence);
    text.extracted(p, e, None, confidence)
}

/// The start of a sum written out in words right before the bracket its figures are in, and the bracket's end: "Sixty
/// Thousand Hong Kong Dollars (HK$60,000)". `None` when the words before the bracket are not such a sum.
fn written_out_before(text: &Text, p: usize, e: usize) -> Option<(usize, usize)> {
    let open = p.checked_sub(1).filter(|&o| matches!(text.lower[o], '(' | '（'))?;
    let close = Some(e).filter(|&c| matches!(text.lower.get(c), Some(')' | '）')))?;
    let mut start = None;
    let mut k = open;
    while k > 0 && text.lower[k - 1] == ' ' {
        k -= 1;
    }
    // Back over its words, each a number's or a currency's.
    loop {
        let end = k;
        while k > 0 && (is_alpha(text.lower[k - 1]) || text.lower[k - 1] == '-') {
            k -= 1;
        }
        let word = text.lower_str(k, end);
        if k == end || !word.split('-').all(|w| REMUNERATION_IN_WORDS_PARTS.contains(&w)) {
            break;
        }
        start = Some(k);
        if k == 0 || text.lower[k - 1] != ' ' {
            break;
        }
        k -= 1;
    }
    // (Not from a joining word: "… and Sixty Thousand …".)
    let mut start = start?;
    while let Some(skip) = ["and ", "only "].iter().find(|w| text.lower_str(start, open).starts_with(*w)) {
        start += skip.len();
    }
    let words = text.lower_str(start, open);
    let currency = ["dollar", "euro", "pound", "franc", "yen", "yuan", "renminbi", "won"].iter().any(|w| words.split_whitespace().any(|x| x.starts_with(w)));
    (REMUNERATION_IN_WORDS.iter().any(|w| words.contains(w)) && currency).then_some((start, close + 1))
}

/// A sum with the words that say what it is for, which change what it means: "每日港幣五千元" (a day), "HK$22,000 (lump
/// sum)", "HK$30,000 for the week", and a total after a sum by the day ("每日港幣五千元，合共港幣二萬五千元", "HK$5,000
/// per day, totalling HK$25,000", "HK$5,000 per day (total HK$25,000)").
fn with_its_terms(text: &Text, mut p: usize, mut e: usize, to: usize, confidence: f32) -> (usize, usize) {
    let lower = |a: usize, b: usize| text.lower_str(a.min(text.lower.len()), b.min(text.lower.len()));
    if p >= 2 && REMUNERATION_CJK_EACH.contains(&lower(p - 2, p)) {
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
    // (Or a product: "HK$2,500 x 6 days = HK$15,000".)
    let times = [" x ", " × ", " * "].iter().any(|w| lower(e, e + 3) == *w);
    if by_each(p, e) || times {
        // (Past the sum again in a bracket first: "每日歐元肆佰伍拾元（€450，約港幣3,830元），十天合共…".)
        let s = if text.lower.get(e) == Some(&' ') { e + 1 } else { e };
        let e_again = if by_each(p, e) { the_sum_again(text, s).unwrap_or(e) } else { e };
        e = with_its_total(text, e_again, to, confidence);
    }
    (p, e)
}

/// After a sum by the day or the session, past its total when one follows: "每日港幣五千元，合共港幣二萬五千元", "HK$5,000
/// per day, totalling HK$25,000", "HK$3,000 per session, HK$18,000 in total", "US$250 per day, i.e. US$2,750 for the
/// camp", "US$500 per class (US$2,500 in total)", "每日港币3,500元，三日合共港币10,500元". A second sum says it is the
/// total by a word before it ("i.e.", 合共) or after it ("in total"), or by the count of what it is for ("HK$3,000 per
/// day, HK$15,000 for the five days"); without one it may be anything else ("HK$3,000 per day, HK$500 a day for
/// meals").
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
        for_a_count(rest).map_or(e, |n| e + n)
    };
    // (With no total after it, the sum by the day with the work it is for, when that ends its clause: "HK$2,500 per
    // day of training". Not the days it is for, "HK$2,800 per day for the six camp days": the letters keep them and
    // leave them out alike.)
    let e0 = of_what(lower(e, e + 40)).map_or(e, |n| e + n);
    let e = e0;
    // "HK$2,800 per workshop x 6 workshops = HK$16,800", "HK$4,000 per day × 10 days = HK$40,000": a product and its
    // result.
    let rest = lower(e, e + 40);
    let mut e = e;
    if let Some(times) = [" x ", " × ", " * "].iter().find_map(|w| rest.strip_prefix(w)) {
        let eq = times.chars().take(30).position(|c| c == '=');
        let counted = times.chars().next().is_some_and(|c| c.is_ascii_digit() || c.is_alphabetic());
        if let Some(eq) = eq.filter(|_| counted) {
            let mut from = e + 3 + eq + 1;
            while text.lower.get(from).is_some_and(|c| c.is_whitespace()) {
                from += 1;
            }
            if let Some(total) = amount_in(text, from, to.min(from + 24), confidence).filter(|t| t.start <= from) {
                return total.end;
            }
        } else if counted {
            // "港币2,400元/日 × 5日，共港币12,000元": past the count, to the total brought in after it.
            e += 3 + times.chars().take_while(|c| c.is_alphanumeric() || *c == ' ').count();
        }
    }
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
    // ("三日合共", "两场共", "共三節合計", "两周合共", "為期六日，合共": the days, weeks or sessions it is for, before the
    // word or after it.)
    let count = |s: usize| {
        let s = if ["為期", "为期"].contains(&lower(s, s + 2)) { s + 2 } else { s };
        let i = (s..(s + 4).min(to)).find(|&i| !text.lower[i].is_ascii_digit() && !"一二兩两三四五六七八九十".contains(text.lower[i]))?;
        let unit = count_unit(lower(i, i + 2));
        (i > s && unit > 0).then_some(i + unit)
    };
    let counted = count(s).unwrap_or(s);
    let lead_at = |at: usize| REMUNERATION_TOTAL_LEADS.iter().find(|w| lower(at, at + w.chars().count()) == **w).map(|w| at + w.chars().count());
    // ("共十二日，合共港幣30,000元", "共八節（合共港幣14,400元）": past the count and its comma or bracket to the total's
    // word.)
    let lead_past_count = |c: usize| lead_at(c).or_else(|| (matches!(text.lower.get(c), Some(',' | '('))).then(|| lead_at(c + 1)).flatten());
    let lead = [s, counted].into_iter().find_map(lead_at).map(|l| count(l).map_or(l, |c| lead_past_count(c).unwrap_or(c)));
    let lead = lead.or_else(|| count(s).and_then(lead_past_count));
    // (The total then closes that bracket.)
    let bracket = bracket || lead.is_some_and(|l| lower(s, l).contains('('));
    // (Or the count right before the total, as a chat writes it: "每場$6,000，五場$30,000".)
    let counted_total = lead.is_none() && counted > s;
    let from = lead.unwrap_or(counted);
    let Some(total) = amount_in(text, from, to.min(from + 24), confidence).filter(|t| t.start <= from + 1) else { return e0 };
    let mut end = total.end;
    let total_after = REMUNERATION_TOTAL_AFTER.iter().find(|w| lower(end, end + w.chars().count()) == **w);

    // (In a bracket, "for the series" after it: "(HK$20,000 for the series)".)
    // (Read with the sum already, when it says what the sum is for: "(HK$26,400 for the 12 camp days)".)
    // (Or a count of what it is for: "(HK$30,400 for eight sessions)".)
    let read = lower(total.start, end);
    let total_for_count = read.find(" for ").is_some_and(|i| for_a_count(&read[i..]).is_some());
    let read_with_it = bracket && text.lower.get(end) == Some(&')') && (REMUNERATION_TOTAL_AFTER_IN_BRACKET.iter().any(|w| read.contains(w)) || total_for_count);
    let in_bracket = read_with_it || bracket && REMUNERATION_TOTAL_AFTER_IN_BRACKET.iter().any(|w| lower(end, end + w.chars().count()) == *w) && lower(end, end + 30).contains(')');
    if in_bracket {
        end += lower(end, end + 30).find(')').map_or(0, |b| lower(end, end + 30)[..b].chars().count());
    }
    // (Or with the count of what it is for, read with it: "HK$3,000 per day, HK$15,000 for the five days".)
    if lead.is_none() && total_after.is_none() && !in_bracket && !total_for_count && !counted_total {
        return e0;
    }
    end += total_after.map_or(0, |w| w.chars().count());
    if bracket && text.lower.get(end) == Some(&')') {
        end += 1;
    }
    end
}

/// The length of " of training", " of the camp", " of instruction" at the start of `rest`, after a sum by the day: one
/// to three words in lower case that end the clause.
fn of_what(rest: &str) -> Option<usize> {
    let what = rest.strip_prefix(" of ")?;
    let end = what.find([',', '.', ';', '\n', ')']).unwrap_or(what.len());
    let words: Vec<&str> = what[..end].split_whitespace().collect();
    let plain = (1..=3).contains(&words.len()) && words.iter().all(|w| w.chars().all(|c| c.is_alphabetic() && c.is_lowercase()));
    // (Not the sum for a stay or a meal: "HK$500 per day of your stay".)
    let own = !words.iter().any(|w| ["your", "stay", "meals", "subsistence"].contains(w));
    (plain && own && (end < what.len() || rest.chars().count() < 40)).then(|| 4 + what[..end].trim_end().chars().count())
}

/// The length of " for (the) five days", " for the three masterclasses" at the start of `rest`: a count of days or
/// sessions a sum is for, up to the clause's end.
fn for_a_count(rest: &str) -> Option<usize> {
    let what = rest.strip_prefix(" for ")?;
    let what = what.split(['(', ',', '.', ';', '\n']).next().unwrap_or("");
    let counted = what.strip_prefix("the ").unwrap_or(what);
    counted.split(' ').next().is_some_and(|w| super::relative::number(w).is_some()).then(|| 5 + what.trim_end().chars().count())
}

/// The length of " all in", " all inclusive" at the start of `rest`, ending its clause: words after a sum that make it
/// all that is paid.
fn for_all_of_it(rest: &str) -> Option<usize> {
    let ends = |after: &str| after.is_empty() || after.starts_with([',', '.', ';', '\n']) || after.starts_with(" and ");
    [" all in", " all-in", " all inclusive", " all-inclusive"].into_iter().find(|w| rest.strip_prefix(w).is_some_and(ends)).map(str::len)
}

/// The length of the words after a sum that say what it is for, up to their clause's end: " for the course", " for
/// both concerts and the masterclass", " for the four days of duty", " for each teaching day". They are part of the
/// fee, since they say whether it is paid once or by the day and for which of the tasks. Not " for your
/// participation", which says nothing of it; nothing when the words run on past nine without the clause ending.
fn what_it_is_for(rest: &str) -> Option<usize> {
    let chars: Vec<char> = rest.chars().collect();
    let lead = [' ', 'f', 'o', 'r', ' '];
    if !chars.starts_with(&lead) {
        return None;
    }
    let mut words = Vec::new();
    let mut k = lead.len();
    while k < chars.len() && words.len() < 11 {
        let start = k;
        while k < chars.len() && !chars[k].is_whitespace() {
            k += 1;
        }
        words.push((start, k));
        let blank_line = chars[k..].iter().take_while(|c| c.is_whitespace()).filter(|&&c| c == '\n').count() > 1;
        if blank_line {
            break;
        }
        while k < chars.len() && chars[k].is_whitespace() {
            k += 1;
        }
    }
    let word = |&(s, e): &(usize, usize)| chars[s..e].iter().collect::<String>();
    let core = |w: &str| w.trim_end_matches([',', '.', ';', ':', ')', '!', '?']).to_string();
    let first = core(&word(words.first()?));
    if !["the", "both", "all", "each", "every"].contains(&first.as_str()) && super::relative::number(&first).is_none() && !first.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    // For several things or all of them, as the letters that keep these words agree: not "for the workshop" or "for
    // the talk", one thing among others.
    let second = words.get(1).map(|w| core(&word(w))).unwrap_or_default();
    let counted = |w: &str| super::relative::number(w).is_some() || w.chars().all(|c| c.is_ascii_digit());
    let period = REMUNERATION_PERIOD_WORDS.iter().any(|w| w.is_ascii() && second == w.trim());
    // (Or for the whole of the visit, named as one thing and ending the clause: "for the residency", "for the camp",
    // "for the engagement", as most of the letters that write them keep them.)
    // (Or a bracket after it of what that is: "for the engagement (all rehearsals, both concerts and the workshop)".)
    let whole_visit = first == "the" && REMUNERATION_WHOLE_VISIT.contains(&second.as_str()) && words.get(1).is_some_and(|w| {
        let next = words.get(2).map(|w| core(&word(w))).unwrap_or_default();
        word(w) != second || w.1 == chars.len() || REMUNERATION_NOT_WHAT_IT_IS_FOR.contains(&next.as_str()) || next.starts_with('(')
    });
    let mut several = first != "the" || counted(&second) || period || whole_visit || ["whole", "entire", "fortnight"].contains(&second.as_str());
    let mut end = None;
    for (n, w) in words.iter().enumerate() {
        let raw = word(w);
        several |= n > 1 && word(&words[n - 1]) == "and" && !raw.is_empty();
        let this = core(&raw);
        let next = words.get(n + 1).map(|w| core(&word(w))).unwrap_or_default();
        let stops = |w: &str| REMUNERATION_NOT_WHAT_IT_IS_FOR.contains(&w);
        let stop = n > 0 && (stops(&this) || (this == "and" && (stops(&next) || REMUNERATION_NOT_WHAT_IT_IS_FOR_AFTER_AND.contains(&next.as_str()))));
        let a_word = this.chars().any(char::is_alphanumeric) && this.chars().all(|c| c.is_alphanumeric() || "-'’".contains(c));
        if stop || !a_word {
            return end;
        }
        if n >= 9 {
            return None;
        }
        let e = w.0 + this.chars().count();
        // (The clause ends with this word, or the text does.)
        if n > 0 && several {
            end = Some(e);
        }
        if this.len() < raw.len() || w.1 == chars.len() && chars.len() < 96 {
            return end;
        }
    }
    None
}

/// Past the words right after a sum that say what it covers, when they are short and name no other sum: a bracket
/// ("(lump sum)", "(before tax)", "（一筆過）", "（兩星期合計）") or the period or work it is for ("for the fortnight",
/// "for the two days", "for the whole engagement"), ending the clause. `e` when nothing is there.
fn terms_after(text: &Text, e: usize) -> usize {
    // (What a bracket covers may be long: "(lump sum, covering the site inspection, the workshop and the public talk)".)
    const MOST: usize = 128;
    let lower = |a: usize, b: usize| text.lower_str(a.min(text.lower.len()), b.min(text.lower.len()));
    // (One blank or a line break before it: "RMB 30,000" / "(about HK$32,500)", on a line of its own.)
    let s = if text.lower.get(e).is_some_and(|&c| c == ' ' || c == '\n') { e + 1 } else { e };
    if let Some(&open) = text.lower.get(s).filter(|c| matches!(c, '(' | '（')) {
        let close = if open == '(' { ')' } else { '）' };
        let Some(c) = (s + 1..(s + MOST).min(text.lower.len())).find(|&i| text.lower[i] == close || text.lower[i] == '\n') else { return e };
        let inside = lower(s + 1, c);
        let other_sum = names_a_currency(inside);
        let period = REMUNERATION_PERIOD_WORDS.iter().any(|w| inside.contains(w));
        // The sum again is part of it; and so is what the sum is for after the bracket.
        if let Some(after) = the_sum_again(text, s) {
            // (And a bracket of what it covers after it: "港幣壹萬陸仟元正（HK$16,000）（已包括三場講座及工作坊）".)
            return match REMUNERATION_TERMS.iter().find(|w| lower(after, after + w.chars().count()) == **w) {
                Some(w) => after + w.chars().count(),
                None => terms_after(text, after),
            };
        }
        // (Or the sum again in words, and what it is for after the bracket: "EUR 18,000 (Eighteen Thousand Euros) for
        // both concerts".)
        let in_words = REMUNERATION_IN_WORDS.iter().any(|w| inside.contains(w)) && !inside.chars().any(|ch| ch.is_ascii_digit());
        if in_words && text.lower[c] == close {
            return words_after(text, c + 1);
        }
        // (Or what it covers: "港幣十二萬元（包括排練及演出期間）", "(covering both concerts and the masterclass)"; not tax,
        // which changes nothing: "（已包括稅項）", "(inclusive of tax)".)
        let covers = says_what_it_covers(inside);
        // (Or the tasks it is for, by their names: "（兩場音樂會）", "（含放映會映後談）", "(judging and workshop)".)
        let tasks = names_its_tasks(inside);
        return if text.lower[c] == close && !other_sum && (period || covers || tasks) { c + 1 } else { e };
    }
    words_after(text, e)
}

/// Whether a short bracket after a sum names the tasks it is for: a task's word in it ("兩場音樂會", "judging and
/// workshop"), in Chinese alone or after 含, 包, 連 ("含放映會映後談", "包綵排同錄影"), in English in six words or
/// fewer; and nothing of paying, allowances or tax.
fn names_its_tasks(inside: &str) -> bool {
    let inside = inside.trim();
    if REMUNERATION_COVERS_NOT_TASKS.iter().any(|w| inside.contains(w)) || inside.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let cjk = inside.chars().any(super::text::is_cjk);
    let has_task = if cjk {
        REMUNERATION_COVERS_TASKS_CJK.iter().any(|w| inside.contains(w))
    } else {
        super::cues::DATES_ACTIVITY.iter().filter(|w| w.is_ascii()).any(|w| inside.split(|c: char| !c.is_alphabetic()).any(|x| x.starts_with(w.trim())))
    };
    if cjk {
        let rest = REMUNERATION_COVERS_TASKS_LEADS.iter().find_map(|w| inside.strip_prefix(w)).unwrap_or(inside);
        has_task && rest.chars().count() <= 16
    } else {
        has_task && inside.split_whitespace().count() <= 6
    }
}

/// Whether a fee read is a rate by the day, the night or the session ("HK$4,000 per day", "每晚HK$8,000") with no
/// total in it: what is paid in all is somewhere else, or nowhere.
pub(super) fn a_rate_without_its_total(value: &str) -> bool {
    // (Words matched whole, between spaces: "or" is no total in "per workshop".)
    let lower = format!(" {} ", value.to_lowercase());
    let rate = [" per ", "/day", "/night", "/session", "/hour", " a day", " a night", " a session", " each"].iter().any(|w| lower.contains(w))
        || REMUNERATION_CJK_EACH.iter().any(|w| lower.contains(w));
    let total = REMUNERATION_TOTAL_LEADS.iter().any(|w| if w.is_ascii() { lower.contains(&format!(" {}", w.trim_start())) } else { lower.contains(w) && !lower.contains(&format!("公{w}")) })
        || lower.contains("total")
        || lower.match_indices(" for ").any(|(b, _)| for_a_count(&lower[b..]).is_some())
        || counted_total_after(&lower);
    rate && !total
}

/// Whether a sum follows a count after a comma, as a chat gives a total: "每場$4,000，三場$12,000".
fn counted_total_after(value: &str) -> bool {
    value.split([',', '，']).skip(1).any(|part| {
        let rest = part.trim_start().trim_start_matches(|c: char| "一二兩两三四五六七八九十".contains(c) || c.is_ascii_digit());
        let counted = rest.len() < part.trim_start().len();
        let unit = count_unit(rest);
        let sum = rest.chars().skip(unit).collect::<String>();
        counted && unit > 0 && (sum.starts_with(['$', '港', '人', 'h', 'u']) || sum.starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// How many characters at the start of `words` are the unit of a count before a total ("五日", "三場", "三十課時",
/// "兩星期"): two, one, or none.
fn count_unit(words: &str) -> usize {
    if ["星期", "課時", "课时", "小時", "小时", "個月", "个月"].iter().any(|u| words.starts_with(u)) {
        2
    } else {
        usize::from(words.chars().next().is_some_and(|c| "日天場场節节次堂晚講讲課课周週".contains(c)))
    }
}

/// Past a Chinese clause after a sum and its comma that makes it the sum for all it names: "，已包括排練、兩場錄音及專訪之
/// 全部費用", "，為兩星期集訓及示範賽之全部酬金"; `e` when there is none. (It says so from its first word; not what is
/// paid besides or not covered: "，本會另負責閣下的一切費用", "，機票及住宿費用不包括在內".)
fn covers_all(text: &Text, e: usize) -> usize {
    if text.lower.get(e) != Some(&',') {
        return e;
    }
    let Some(end) = (e + 1..(e + 40).min(text.lower.len())).find(|&i| ",.;\n。".contains(text.lower[i])) else { return e };
    let clause = text.lower_str(e + 1, end);
    let cjk = clause.chars().all(|c| !c.is_ascii_alphabetic());
    let opens = REMUNERATION_COVERS.iter().chain(["為", "为"].iter()).any(|w| clause.starts_with(w));
    let besides = clause.contains(['不', '未', '另']);
    if cjk && opens && !besides && REMUNERATION_COVERS_ALL_ENDS.iter().any(|w| clause.ends_with(w)) { end } else { e }
}

/// Past a bracket at `s` that holds the sum before it again, in another currency or in figures: "JPY 850,000
/// (approximately HK$44,000 at the current rate)", "港幣肆萬伍仟元正（HK$45,000）", "每日歐元肆佰伍拾元（€450，約港幣
/// 3,830元）". `None` when it holds anything else. (A sum in words, "(Hong Kong Dollars Thirty-Eight Thousand Only)",
/// is read in `terms_after`.)
fn the_sum_again(text: &Text, s: usize) -> Option<usize> {
    const MOST: usize = 64;
    let open = *text.lower.get(s).filter(|c| matches!(c, '(' | '（'))?;
    let close = if open == '(' { ')' } else { '）' };
    let c = (s + 1..(s + MOST).min(text.lower.len())).find(|&i| text.lower[i] == close || text.lower[i] == '\n')?;
    if text.lower[c] != close || !names_a_currency(text.lower_str(s + 1, c)) {
        return None;
    }
    // Each of its parts, between commas, is a sum alone or a sum after a word of "about".
    let mut parts = Vec::new();
    let mut from = s + 1;
    for i in s + 1..=c {
        // (Not the comma inside a sum: "3,830".)
        let in_a_sum = text.lower[i - 1].is_ascii_digit() && text.lower.get(i + 1).is_some_and(char::is_ascii_digit);
        if i == c || matches!(text.lower[i], ',' | '，' | ';' | '；') && !in_a_sum {
            parts.push((from, i));
            from = i + 1;
        }
    }
    let again = |&(a, b): &(usize, usize)| {
        let part = text.lower_str(a, b);
        let sum = amount_in(text, a, b, 0.0);
        let about = REMUNERATION_EQUIVALENT.iter().any(|w| part.trim_start().starts_with(w));
        sum.is_some_and(|sum| about || text.trim(a, b) == (sum.start, sum.end))
    };
    // (Its last parts may say what the sum covers: "（HK$60,000，已包括機票、住宿及一切雜費）", "(HK$60,000, including
    // flights, hotel and meals)"; not tax.)
    let covering = parts.iter().position(|&(a, b)| says_what_it_covers(text.lower_str(a, b).trim())).filter(|&k| k > 0).unwrap_or(parts.len());
    parts[..covering].iter().all(again).then_some(c + 1)
}

/// Whether words in a bracket after a sum (folded) open by saying what it covers ("包括排練及演出期間", "covering both
/// concerts"), and not tax, which changes nothing ("已包括稅項", "inclusive of tax").
fn says_what_it_covers(inside: &str) -> bool {
    let tax = inside.contains(['稅', '税']) || inside.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w == "tax" || w == "taxes");
    REMUNERATION_COVERS.iter().any(|w| inside.starts_with(w)) && !tax
}

/// Whether `words` name a currency written before or after a sum ("HK$", "港幣", "港元"): a bracket holding one may
/// hold a sum.
fn names_a_currency(words: &str) -> bool {
    REMUNERATION_CURRENCIES.iter().chain(REMUNERATION_CURRENCIES_AFTER).any(|w| words.contains(w.trim()))
}

/// Past the words right after a sum that make it all that is paid or say what it is for ("all in", "for both
/// concerts"), `e` when there are none.
fn words_after(text: &Text, e: usize) -> usize {
    let lower = |a: usize, b: usize| text.lower_str(a.min(text.lower.len()), b.min(text.lower.len()));
    if let Some(length) = for_all_of_it(lower(e, e + 48)) {
        return e + length;
    }
    let covered = covers_all(text, e);
    if covered > e {
        return covered;
    }
    match what_it_is_for(lower(e, e + 96)) {
        // (A bracket after them that says what they cover is theirs too.)
        Some(n) if text.lower.get(e + n) == Some(&' ') && text.lower.get(e + n + 1) == Some(&'(') => {
            let bracket = terms_after(text, e + n);
            if bracket > e + n + 1 && text.lower[bracket - 1] == ')' { bracket } else { e + n }
        }
        found => found.map_or(e, |n| e + n),
    }
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
        // (A fee that others pay is none of the visitor's: "the Symposium registration fee of HK$1,200".)
        let clause = REMUNERATION_PAID_BY_OTHERS.iter().fold(clause.to_string(), |c, w| c.replace(w, ""));
        // (Or, in Chinese, the fee's word after the sum in its clause: "按每日港幣二千五百元向閣下支付講課酬金".)
        // (Only up to the next sum or task: "每日膳食津貼港幣300元及講課酬金港幣15,000元" names no fee after the 300.)
        let after = text.lower_str(x.end, (x.end + 20).min(text.lower.len()));
        let after = after.split(|c: char| ",。;\n$及和另並并".contains(c) || c.is_ascii_digit()).next().unwrap_or("");
        let after = REMUNERATION_CURRENCIES.iter().filter_map(|w| after.find(w.trim())).min().map_or(after, |b| &after[..b]);
        REMUNERATION_CUES.iter().any(|c| clause.contains(c)) || REMUNERATION_CUES.iter().filter(|c| !c.is_ascii()).any(|c| after.contains(c))
    };
    let first = amount_in(text, 0, text.original.len(), super::confidence::FAIR)?;
    // "This is an unpaid engagement", "是次邀請屬義務性質，本處不設酬金": no sum the letter does not call a fee is one.
    let unpaid = REMUNERATION_NONE_IN_PROSE.iter().any(|w| text.lower_string.contains(w)) || none_before_a_fee(text);
    // (Then only a sum a fee's word names in its own clause: "本局不設酬金，惟…每日發放交通津貼港幣250元" names none;
    // nor does one paid for something else, "No fee … is payable. The Department will pay a subsistence allowance of
    // HK$1,150 per day".)
    let cued = |x: &Extracted| {
        let clause = text.lower_str(x.start.saturating_sub(80), x.start);
        let clause = clause.rsplit(['.', '。', '\n', ',', ';', ':']).next().unwrap_or("");
        let something_else = REMUNERATION_NOT_THE_FEES_PARTS.iter().any(|w| clause.contains(w));
        cued(x) && (!unpaid || REMUNERATION_CUES.iter().any(|c| clause.contains(c)) && !something_else)
    };
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
        return match later {
            Some(x) => Some(x.doubt(Reason::Competing)),
            None if unpaid => None,
            None => Some(first.doubt(Reason::Prose)),
        };
    }
    // "… the fee is now HK$24,000 for all engagements", "讲者酬金已调整为港币20,000元，取代上段所列金额": a later sum
    // the letter says replaces the fee is the fee, unsure.
    let mut from = first.end;
    let mut revised = None;
    while let Some(other) = amount_in(text, from, text.original.len(), WEAK) {
        let before = text.lower_str(other.start.saturating_sub(40), other.start);
        let before = before.rsplit(['.', '。', '\n']).next().unwrap_or("");
        // (Said of the fee: "the fee is now", not "the per diem is now".)
        if other.value != first.value && REMUNERATION_REVISED.iter().any(|w| before.contains(w)) && REMUNERATION_CUES.iter().any(|c| before.contains(c)) {
            revised = Some(other.clone());
        }
        from = other.end;
    }
    if let Some(x) = revised {
        return Some(x.doubt(Reason::Competing));
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

/// A fee of several parts read on to its total, later in the same sentence: "HK$3,500 per rehearsal session for six
/// sessions and HK$7,000 for the concert, that is HK$28,000 in total", "每節港幣二千五百元，初賽及決賽共三節，另工作坊
/// 酬金港幣三千元，合共港幣壹萬零伍佰元", "每個工作日港幣三千二百元，十個工作日合共港幣叁萬貳仟元正（HK$32,000）". The total is
/// the last sum of the sentence a total's word leads ("合共", "that is") or follows ("in all"), with what follows it
/// (the sum again, in words, what it covers); nothing between, nor the total's own clause after it, may name what else
/// is paid or spent (an allowance, a deposit, an airfare, a prize, a budget), which would make the later sum theirs.
pub(super) fn through_its_total(text: &Text, x: Extracted, one_line: bool) -> Extracted {
    let n = text.lower.len();
    if x.end >= n || x.value != text.slice(x.start, x.end) {
        return x;
    }
    let limit = (x.end + 240).min(n);
    let end = (x.end..limit).find(|&i| ends_the_fees_sentence(text, i, one_line)).unwrap_or(limit);
    let lower = |a: usize, b: usize| text.lower_str(a.min(n), b.min(n));
    // (What else is paid, in the clause after a sum: "HK$5,000 in all for your expenses".)
    let clause_after = |e: usize| {
        let rest = lower(e, e + 40);
        rest.split([',', ';', '.', '\n', '。', '(']).next().unwrap_or(rest)
    };
    let mut total: Option<Extracted> = None;
    let mut from = x.end;
    while let Some(sum) = amount_in(text, from, end, x.confidence) {
        from = sum.end.max(from + 1);
        let between = lower(x.end, sum.start);
        if REMUNERATION_NOT_THE_FEES_PARTS.iter().any(|w| between.contains(w)) {
            break;
        }
        // (Led by a total's word just before it, past a count: "，十個工作日合共", ", that is ", "，總共".)
        let before = lower(sum.start.saturating_sub(12), sum.start);
        let before = before.rsplit([',', ';']).next().unwrap_or(before);
        let led = REMUNERATION_PARTS_TOTAL_LEADS.iter().any(|w| before.contains(w));
        let read = lower(sum.start, sum.end);
        let followed = REMUNERATION_TOTAL_AFTER.iter().any(|w| read.ends_with(w) || lower(sum.end, sum.end + w.chars().count()) == *w);
        let anothers = REMUNERATION_NOT_THE_FEES_PARTS.iter().any(|w| clause_after(sum.end).contains(w));
        if (led || followed) && !anothers {
            total = Some(sum);
        }
    }
    let Some(total) = total else { return x };
    let mut e = total.end;
    if let Some(w) = REMUNERATION_TOTAL_AFTER.iter().find(|w| lower(e, e + w.chars().count()) == **w) {
        e += w.chars().count();
    }
    // (A total in a bracket closes it: "HK$4,500 per day for the four course days (HK$18,000 in total)".)
    let read = lower(x.start, e);
    let open = read.matches('(').count() > read.matches(')').count();
    let e = if open && text.lower.get(e) == Some(&')') { e + 1 } else { terms_after(text, e) };
    match text.extracted(x.start, e, None, x.confidence) {
        Some(v) => Extracted { reason: x.reason, ..v },
        None => x,
    }
}

/// Whether the character at `i` ends the sentence a fee is written in: a full stop before a space (not the stop of
/// "i.e." or "approx.", nor a sum's decimals), a blank line; the line's end, for a fee read from a form's line. (Not a
/// semicolon, which parts a fee's parts: "HK$6,000 per day; 3 days; HK$18,000 in total", "…合计港币20,000元；主题晚宴
/// 指导费港币5,000元，全部合计港币25,000元".)
fn ends_the_fees_sentence(text: &Text, i: usize, one_line: bool) -> bool {
    let next = text.lower.get(i + 1).copied();
    match text.lower[i] {
        '。' => true,
        '.' => {
            let word: String = text.lower[..i].iter().rev().take_while(|c| c.is_alphanumeric() || **c == '.').collect::<Vec<_>>().into_iter().rev().collect();
            next.is_none_or(char::is_whitespace) && !REMUNERATION_ABBREVIATIONS.contains(&word.as_str())
        }
        '\n' => one_line || next == Some('\n') || next == Some('\r'),
        _ => false,
    }
}

/// Whether the letter says that it pays no fee, with words between: in English, "will not pay" and the like with a fee's
/// noun among the next few words ("OFCA will not pay Mr Ferreira an honorarium"), not under a condition; in Chinese
/// ("不设讲者酬金", "不設任何演出費"), a word of none, then within five characters, in the same clause, a fee's word; not a
/// fee besides another ("不設額外酬金").
fn none_before_a_fee(text: &Text) -> bool {
    // ("OFCA will not pay Mr Ferreira an honorarium": in English, a fee's noun within the next few words, in the
    // sentence.)
    let in_english = REMUNERATION_NONE_BEFORE_A_FEE_IN_ENGLISH.iter().flat_map(|w| text.find_all(w).map(move |p| (p, p + w.chars().count()))).any(|(at, p)| {
        // (Not under a condition: "Should the Artist withdraw, the Presenter shall not pay the fee".)
        let before = text.lower_str(super::text::sentence_start(text, at), at);
        if REMUNERATION_CONDITIONS.iter().any(|w| before.split(|c: char| !c.is_alphabetic()).any(|x| x == *w)) {
            return false;
        }
        let window = text.lower_str(p, (p + 50).min(text.lower.len()));
        let window = window.split([';', '\n']).next().unwrap_or("");
        // (Not another's fee: "We will not pay your visa fee".)
        // (Nor a fee to take part: "Students do not pay a fee to attend".)
        let words: Vec<&str> = window.split(|c: char| !c.is_alphabetic() && c != '\'').filter(|w| !w.is_empty()).take(8).collect();
        words.iter().take(6).position(|w| REMUNERATION_FEE_NOUNS.contains(w)).is_some_and(|n| {
            let to_take_part = words.get(n + 1) == Some(&"to") && words.get(n + 2).is_some_and(|w| REMUNERATION_FEE_TO_TAKE_PART.contains(w));
            !to_take_part && !words[..n].iter().any(|w| REMUNERATION_NOT_THE_FEES_PARTS.iter().any(|x| w.starts_with(x)))
        })
    });
    if in_english {
        return true;
    }
    // (A few words between: "不設酬金", "本關不會就是次訪問支付酬金" when the fee's word follows a verb of paying.)
    REMUNERATION_NONE_BEFORE_A_FEE.iter().flat_map(|w| text.find_all(w).map(move |p| p + w.chars().count())).any(|p| {
        let window = text.lower_str(p, (p + 14).min(text.lower.len()));
        let clause = window.split(|c: char| ",。;:\n".contains(c)).next().unwrap_or("");
        let paid = REMUNERATION_PAYING_VERBS.iter().any(|v| clause.contains(v));
        // (A bare "will not" only before paying: "不會影響閣下的酬金" says nothing of it.)
        // (Nor a bare "not to": "本會不向參加者收取教練費" says nothing of it; "不向閣下支付酬金" does.)
        let bare = matches!(text.lower_str(p.saturating_sub(2), p), "不會" | "不会" | "不向");
        // (Not "分享會不設額外酬金": no fee besides the one paid.)
        (paid || !bare) && !REMUNERATION_NONE_BESIDES.iter().any(|w| clause.contains(w))
            && REMUNERATION_CUES.iter().filter(|c| !c.is_ascii() && c.chars().count() >= 2).any(|c| clause.find(c).is_some_and(|b| clause[..b].chars().count() <= if paid { 10 } else { 5 }))
    })
}

/// A fee read without words right after it that may say what it covers ("EUR 8,000 for both concerts", "HK$55,000
/// (inclusive of the masterclass)", "港幣一萬八千元（包括…）", "每星期…，兩星期合共…"): unsure, since the letters that
/// pay this way do not agree on which of those words belong to the fee.
pub(super) fn fee_with_words_after(text: &Text, x: Extracted) -> Extracted {
    let after = text.lower_str(x.end, (x.end + 12).min(text.lower.len())).replace('\n', " ");
    // ("for the residency", "for both concerts", "all in": what the sum covers, which writers keep or leave out; not
    // "for your participation", which says nothing of it.)
    let covers = [" for the ", " for both ", " for all ", " for each ", " for every ", " all in", " all-in", " all inclusive"];
    let terms = [" (", "(", " per ", "/", ",共", ",合", ",兩", ",两", ",三", " inclusive", " excluding", " covering"].iter().chain(&covers).any(|w| after.starts_with(w));
    // (And those words read as part of it: "HK$68,000 for the two concerts", "HK$15,000 all in".)
    let value = text.lower_str(x.start, x.end);
    let terms = terms || value.match_indices(" for ").chain(value.match_indices(" all")).any(|(i, _)| [for_all_of_it(&value[i..]), what_it_is_for(&value[i..]).map(|n| value[i..].chars().take(n).map(char::len_utf8).sum())].contains(&Some(value.len() - i)));
    // (Or a long bracket read as part of it: "(lump sum, inclusive of the public lecture)".)
    let long_bracket = value.split(['(', '（']).nth(1).is_some_and(|inside| inside.chars().count() > 24);
    // (Or the sum again in a bracket, "港幣肆萬伍仟元正（HK$45,000）", which older letters left out.)
    let again = value.split(['(', '（']).nth(1).is_some_and(|inside| {
        let figures = inside.chars().any(|c| c.is_ascii_digit() || "一二兩两三四五六七八九十百千萬万壹貳贰參叁肆伍陸陆柒捌玖拾佰仟".contains(c));
        figures && names_a_currency(inside)
    });
    // (Or what it covers, in a bracket or a clause read with it: "港幣十二萬元（包括排練及演出期間）".)
    // (Or the tasks it is for, named in a bracket: "港幣二萬元（兩場音樂會）".)
    let covered = value.split(['(', '（']).nth(1).is_some_and(|inside| REMUNERATION_COVERS.iter().any(|w| inside.starts_with(w)) || names_its_tasks(inside.trim_end_matches([')', '）'])))
        || REMUNERATION_COVERS_ALL_ENDS.iter().any(|w| value.ends_with(w));
    let terms = terms || long_bracket || again || covered;
    if terms && x.is_sure() { x.doubt(Reason::FeeTerms) } else { x }
}

#[cfg(test)]
mod tests {
    /// A sum keeps the words that say what it is for, and a sum by the day its total.
    #[test]
    fn a_fee_with_its_terms() {
        let fee = |body: &str| {
            let letter = format!("Dear Ms Roy,\n\nWe invite you to judge the finals on 3 May 2027. {body}\n");
            super::super::extract(&letter, crate::Catalogue::bundled()).remuneration.map(|r| r.value)
        };
        assert_eq!(fee("We will pay you a fee of HK$5,000 per day, totalling HK$25,000.").as_deref(), Some("HK$5,000 per day, totalling HK$25,000"));
        assert_eq!(fee("The fee is HK$22,000 (lump sum), paid after the finals.").as_deref(), Some("HK$22,000 (lump sum)"));
        assert_eq!(fee("The engagement fee is EUR 6,500 (all in, for both concerts), paid after the finals.").as_deref(), Some("EUR 6,500 (all in, for both concerts)"));
        assert_eq!(fee("本署將致送酬金每日港幣五千元，合共港幣二萬五千元。").as_deref(), Some("每日港幣五千元，合共港幣二萬五千元"));
        assert_eq!(fee("We will pay you a fee of HK$5,000 per day (total HK$25,000).").as_deref(), Some("HK$5,000 per day (total HK$25,000)"));
        // A sum by the day with the work it is for; not a stay's.
        assert_eq!(fee("We will pay you HK$2,500 per day of training, payable on completion.").as_deref(), Some("HK$2,500 per day of training"));
        assert_eq!(fee("We will pay you HK$2,500 per day of your stay.").as_deref(), Some("HK$2,500 per day"));
        // A sum for the whole engagement is the sum.
        assert_eq!(fee("We will pay you a fee of HK$30,000, and cover your flights.").as_deref(), Some("HK$30,000"));
        // A total after a sum by the session, however the letter brings it in; after a sum alone, "in total" adds nothing.
        assert_eq!(fee("We will pay you HK$1,800 per session, i.e. HK$9,000 for the five sessions.").as_deref(), Some("HK$1,800 per session, i.e. HK$9,000 for the five sessions"));
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
        assert_eq!(fee("The fee is HK$3,800 per session (HK$30,400 for eight sessions), paid later.").as_deref(), Some("HK$3,800 per session (HK$30,400 for eight sessions)"));
        assert_eq!(fee("本公司致送酬金每日人民币3,500元（税前），合共人民币10,500元。").as_deref(), Some("每日人民币3,500元（税前），合共人民币10,500元"));
        // A count of days between the sum and its total, with its comma; "for the twelve days" as "for five days".
        assert_eq!(fee("本會將致送酬金每日港幣2,500元，共十二日，合共港幣30,000元。").as_deref(), Some("每日港幣2,500元，共十二日，合共港幣30,000元"));
        assert_eq!(fee("The fee is HK$2,800 per day for the twelve days, HK$33,600 in total.").as_deref(), Some("HK$2,800 per day for the twelve days, HK$33,600 in total"));
        // A second sum for the count of days or sessions the first is for is its total.
        assert_eq!(fee("The fee is HK$3,000 per day, HK$15,000 for the five days.").as_deref(), Some("HK$3,000 per day, HK$15,000 for the five days"));
        // A second sum that does not say it is the total is not part of the fee.
        assert_eq!(fee("We will pay you a fee of HK$3,000 per day, HK$500 of it for meals.").as_deref(), Some("HK$3,000 per day"));
        // A Chinese sum by the day, the week or the session, and its total after the count it is for ("為期六日",
        // "共八節（…）", "两周").
        assert_eq!(fee("本處將向閣下支付酬金，每日港幣二千五百元，為期六日，合共港幣一萬五千元。").as_deref(), Some("每日港幣二千五百元，為期六日，合共港幣一萬五千元"));
        assert_eq!(fee("講課酬金為每節港幣一千八百元，共八節（合共港幣一萬四千四百元）。").as_deref(), Some("每節港幣一千八百元，共八節（合共港幣一萬四千四百元）"));
        assert_eq!(fee("酬金为每周港币一万元，两周合共港币二万元。").as_deref(), Some("每周港币一万元，两周合共港币二万元"));
        // What a Chinese sum covers, in a bracket or a clause that makes it the sum for everything it names; not how it
        // is paid.
        assert_eq!(fee("本院將向閣下支付酬金港幣十二萬元（包括排練及演出期間）。").as_deref(), Some("港幣十二萬元（包括排練及演出期間）"));
        assert_eq!(fee("酬金為港幣叁萬陸仟元正（HK$36,000），已包括排練、兩場錄音及專訪之全部費用。").as_deref(), Some("港幣叁萬陸仟元正（HK$36,000），已包括排練、兩場錄音及專訪之全部費用"));
        assert_eq!(fee("本會將支付酬金港幣二萬二千五百元（約印尼盾45,000,000），為兩星期集訓及示範賽之全部酬金。").as_deref(), Some("港幣二萬二千五百元（約印尼盾45,000,000），為兩星期集訓及示範賽之全部酬金"));
        assert_eq!(fee("本會將支付酬金港幣二萬元，將於活動後以支票支付。").as_deref(), Some("港幣二萬元"));
    }

    /// A later sum the letter says replaces the fee is the fee: "has been revised to", "is now", 调整为.
    #[test]
    fn a_revised_fee_replaces_the_first() {
        let fee = |body: &str| super::super::extract(&format!("Dear Ms Roy,\n\nWe invite you to judge the finals on 3 May 2027. {body}\n"), crate::Catalogue::bundled()).remuneration.map(|r| r.value);
        assert_eq!(fee("We offer an honorarium of HK$30,000. Please note one correction: the honorarium has been revised to HK$36,000.").as_deref(), Some("HK$36,000"));
        assert_eq!(fee("本系将向您支付讲者酬金港币15,000元。补充说明：讲者酬金已调整为港币20,000元，取代上段所列金额。").as_deref(), Some("港币20,000元"));
        // Not a sum said of something else after the fee.
        assert_eq!(fee("We offer an honorarium of HK$30,000. The per diem is now HK$400.").as_deref(), Some("HK$30,000"));
    }

    /// A sum by the session times a count equals the total: the whole product is the fee.
    #[test]
    fn a_sum_in_thousands_as_a_chat_writes_it() {
        let fee = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).remuneration.map(|r| r.value);
        assert!(fee("Hi Tiago,\n\nWe'd love you to play two sets on 26 Feb 2028. Fee is HK$36k all in.\n").is_some_and(|f| f.starts_with("HK$36k")));
        assert!(fee("Hi Tiago,\n\nWe'd love you to play on 26 Feb 2028. The fee is HK$1.5m for the tour.\n").is_some_and(|f| f.starts_with("HK$1.5m")));
    }

    /// A sum in words before its figures in brackets keeps its unit after the bracket.
    #[test]
    fn a_sum_in_words_with_its_unit_after_the_bracket() {
        let fee = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).remuneration.map(|r| r.value);
        assert_eq!(fee("Dear Ms Li,\n\nWe will pay you a fee of five thousand Hong Kong dollars (HK$5,000) per day.\n").as_deref(), Some("five thousand Hong Kong dollars (HK$5,000) per day"));
    }

    /// A total after a count of hours or sessions of two characters ("共三十课时，合计…") is read with the rate.
    #[test]
    fn a_total_after_a_count_of_teaching_hours() {
        let fee = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).remuneration.map(|r| r.value);
        assert_eq!(fee("王教练：\n\n酬金为每课时港币六百元，共三十课时，合计港币一万八千元。\n").as_deref(), Some("每课时港币六百元，共三十课时，合计港币一万八千元"));
    }

    /// A chat's bare "$" is Hong Kong dollars, read as a sum; its total after a count, with or without a word that
    /// brings it ("五場$30,000", "四場一共$10,000"), is read with the sum by the session.
    #[test]
    fn a_bare_dollar_sum_with_its_total_as_a_chat_writes_it() {
        let fee = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).remuneration.map(|r| r.value);
        assert_eq!(fee("阿May：想請你嚟做客席導師。\n酬金方面，每場$4,000，三場$12,000，機票另計。\n").as_deref(), Some("每場$4,000，三場$12,000"));
        // (With its total, a rate is no rate without one.)
        assert!(super::super::extract("陳先生：\n\n酬金：每場港幣4,000元，三場港幣12,000元\n", crate::Catalogue::bundled()).remuneration.is_some_and(|f| f.is_sure()));
        assert_eq!(fee("阿May：想請你嚟做客席導師。\n酬金方面，每日$2,800，五日一共$14,000。\n").as_deref(), Some("每日$2,800，五日一共$14,000"));
        // (Not the end of a currency's code, "R$" or "US $": those are no Hong Kong dollars.)
        assert_eq!(fee("阿May：想請你嚟做客席導師。\n酬金係R$3,000。\n"), None);
        assert_eq!(fee("Dear Ms May,\n\nWe will pay you a fee of US $3,000.\n"), None);
        // (Or as Cantonese says them, with 蚊 after the sum, over a per diem in figures.)
        assert_eq!(fee("阿May：想請你嚟做客席導師。\n酬金係一萬蚊，淨數，另外每日$300膳食津貼。\n").as_deref(), Some("一萬蚊"));
    }

    #[test]
    fn a_fee_as_a_product() {
        let fee = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).remuneration.map(|r| r.value);
        assert_eq!(fee("Dear Mr Asante,\n\nFee .......... HK$2,800 per workshop x 6 workshops =\n               HK$16,800 (parade included)\n").as_deref(), Some("HK$2,800 per workshop x 6 workshops = HK$16,800"));
        assert_eq!(fee("Dear Ms Ruiz,\n\nWe will pay you HK$4,000 per day × 10 days = HK$40,000.\n").as_deref(), Some("HK$4,000 per day × 10 days = HK$40,000"));
        assert_eq!(fee("Dear Ms Ruiz,\n\nFee: HK$2,500 x 6 days = HK$15,000\n").as_deref(), Some("HK$2,500 x 6 days = HK$15,000"));
        assert_eq!(fee("陳先生：\n\n酬金：港币2,400元/日 × 5日，共港币12,000元\n").as_deref(), Some("港币2,400元/日 × 5日，共港币12,000元"));
    }

    /// Words after a sum that make it the sum for several things or for everything are part of it, and leave it
    /// unsure (earlier letters left them out); so is the whole visit named as one thing ("for the residency"), and
    /// "for the N ..." inside a bracket after a sum by the session is that bracket's total.
    #[test]
    fn a_fee_for_several_things_or_all_in() {
        let fee = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).remuneration.map(|r| (r.value.clone(), r.is_sure()));
        let read = |body: &str| fee(&format!("Dear Mr Haugland,\n\n{body}\n"));
        assert_eq!(read("We will pay you HK$68,000 for the two concerts, payable after the second."), Some(("HK$68,000 for the two concerts".into(), false)));
        assert_eq!(read("The fee is EUR 9,500 for both concerts."), Some(("EUR 9,500 for both concerts".into(), false)));
        assert_eq!(read("We can offer HK$15,000 all in."), Some(("HK$15,000 all in".into(), false)));
        assert_eq!(fee("陳先生：\n\n酬金：港幣三萬元（全包）\n").map(|f| f.0).as_deref(), Some("港幣三萬元（全包）"));
        assert_eq!(read("We will pay you HK$36,000 for the residency."), Some(("HK$36,000 for the residency".into(), false)));
        assert_eq!(read("We will pay you US$12,500 for the engagement."), Some(("US$12,500 for the engagement".into(), false)));
        // (Not one task among others: "for the workshop".)
        assert_eq!(read("We will pay you HK$8,000 for the workshop, and HK$500 a day for meals.").map(|f| f.0).as_deref(), Some("HK$8,000"));
        // A long bracket that says what the sum is: part of it, and unsure.
        assert_eq!(read("Fee: HK$18,000 (lump sum, inclusive of the public lecture)"), Some(("HK$18,000 (lump sum, inclusive of the public lecture)".into(), false)));
        assert_eq!(read("The fee is HK$5,000 per workshop (HK$15,000 for the three workshops).").map(|f| f.0).as_deref(), Some("HK$5,000 per workshop (HK$15,000 for the three workshops)"));
        // Several tasks joined by "and", the whole of it: part of the fee, up to where the sentence goes on.
        assert_eq!(read("We will pay you HK$20,000 for the keynote and the two workshops, and will book your flights."), Some(("HK$20,000 for the keynote and the two workshops".into(), false)));
        assert_eq!(read("An honorarium of HK$40,000 for the whole programme will be paid after the camp."), Some(("HK$40,000 for the whole programme".into(), false)));
        assert_eq!(read("The fee is EUR 4,200 for the masterclasses and the adjudication and we will cover your hotel.").map(|f| f.0).as_deref(), Some("EUR 4,200 for the masterclasses and the adjudication"));
        // One thing, or words that say nothing of it: not part of it.
        assert_eq!(read("We will pay you HK$30,000 for the course and will arrange your hotel.").map(|f| f.0).as_deref(), Some("HK$30,000"));
        assert_eq!(read("We will pay you HK$30,000 for your participation.").map(|f| f.0).as_deref(), Some("HK$30,000"));
    }

    /// The same sum again in a bracket, in another currency or in figures, is part of the fee, and so is what it is
    /// for after the bracket; a bracket with another sum is not.
    #[test]
    fn a_fee_with_its_sum_again_in_a_bracket() {
        let fee = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).remuneration.map(|r| r.value);
        assert_eq!(fee("Dear Ms Sato,\n\nThe fee is JPY 850,000 (approximately HK$44,000 at the current rate) for the two performances and the workshop.\n").as_deref(), Some("JPY 850,000 (approximately HK$44,000 at the current rate) for the two performances and the workshop"));
        // (On the next line of a PDF's short line.)
        assert_eq!(fee("Dear Ms Sato,\n\nThe Union will pay you a coaching fee of RMB 30,000\n(about HK$32,500), and a meal allowance of HK$300 per day. Your return air ticket will be\nreimbursed.\n").as_deref(), Some("RMB 30,000 (about HK$32,500)"));
        assert_eq!(fee("陳先生：\n\n酬金為港幣肆萬伍仟元正（HK$45,000）。\n").as_deref(), Some("港幣肆萬伍仟元正（HK$45,000）"));
        assert_eq!(fee("陈先生：\n\n酬金为马币8,000元（约合港币14,000元）。\n").as_deref(), Some("马币8,000元（约合港币14,000元）"));
        assert_eq!(fee("陈先生：\n\n酬金为港币壹万捌仟元正（HK$18,000），全包。\n").as_deref(), Some("港币壹万捌仟元正（HK$18,000），全包"));
        assert_eq!(fee("Dear Ms Sato,\n\nThe fee is HK$30,000 (HK$5,000 of it for the lecture).\n").as_deref(), Some("HK$30,000"));
        // (A currency's letters inside a word are no sum: "audience" holds "aud".)
        assert_eq!(fee("Dear Ms Sato,\n\nThe fee is HK$20,000 (about 3 audience sessions) for the whole programme.\n").as_deref(), Some("HK$20,000"));
        // The sum again in words, and what it is for after it; what it covers, in English; not tax.
        assert_eq!(fee("Dear Ms Sato,\n\nWe will pay you EUR 18,000 (Eighteen Thousand Euros) for both concerts.\n").as_deref(), Some("EUR 18,000 (Eighteen Thousand Euros) for both concerts"));
        assert_eq!(fee("Dear Ms Sato,\n\nThe fee is HK$68,000 (covering both concerts and the masterclass), payable after the concert.\n").as_deref(), Some("HK$68,000 (covering both concerts and the masterclass)"));
        assert_eq!(fee("Dear Ms Sato,\n\nThe fee is HK$68,000 (inclusive of tax), payable after the concert.\n").as_deref(), Some("HK$68,000"));
        // Unsure: older letters leave the bracket out.
        let read = super::super::extract("陳先生：\n\n酬金為港幣肆萬伍仟元正（HK$45,000）。\n", crate::Catalogue::bundled());
        assert!(read.remuneration.is_some_and(|r| !r.is_sure()));
    }

    /// A sum by the day with the same sum again in a bracket keeps the bracket and its total after it; "≈" brings the
    /// sum again; a unit with a hyphen is the unit whole.
    #[test]
    fn a_sum_by_the_day_with_its_sum_again_and_a_unit_with_a_hyphen() {
        let fee = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).remuneration.map(|r| r.value);
        assert_eq!(fee("陳先生：\n\n教練費為每日歐元肆佰伍拾元（€450，約港幣3,830元），十天合共歐元肆仟伍佰元，於集訓完結後支付。\n").as_deref(), Some("每日歐元肆佰伍拾元（€450，約港幣3,830元），十天合共歐元肆仟伍佰元"));
        assert_eq!(fee("陳先生：\n\n本署將支付評審酬金每日澳元六百元（約港幣3,100元），並安排住宿。\n").as_deref(), Some("每日澳元六百元（約港幣3,100元）"));
        assert_eq!(fee("Dear Ms Sato,\n\nThe fee is US$6,000 (≈HK$46,800), paid after the show.\n").as_deref(), Some("US$6,000 (≈HK$46,800)"));
        assert_eq!(fee("Dear Ms Sato,\n\nWe will pay an honorarium of HK$1,500 per half-day session.\n").as_deref(), Some("HK$1,500 per half-day session"));
        // A bracket with another sum in it is not the sum again.
        assert_eq!(fee("陳先生：\n\n酬金為每日港幣三千元（膳食津貼港幣300元另計）。\n").as_deref(), Some("每日港幣三千元"));
    }

    /// A fee named after its sum in Chinese, or by the work it pays for, over a participant's fee before it; a letter
    /// that says it pays nothing gives none.
    #[test]
    fn a_fee_among_other_sums_in_chinese() {
        let fee = |body: &str| super::super::extract(&format!("陳先生：\n\n{body}\n"), crate::Catalogue::bundled()).remuneration.map(|r| r.value);
        assert_eq!(fee("各隊須報名，每項報名費港幣二百元。本會將按每日港幣一千二百元支付裁判長酬金。").as_deref(), Some("每日港幣一千二百元"));
        assert_eq!(fee("工作坊学员报名费每位港币三百元。本办事处将向阁下支付顾问费港币二万元。").as_deref(), Some("港币二万元"));
        assert_eq!(fee("登記費每位港幣六百元。本署不會就是次邀請支付任何酬金。"), None);
    }

    /// A fee that others pay (a registration or course fee) is not the visitor's; "no honorarium is payable" says
    /// there is none.
    #[test]
    fn a_fee_others_pay_is_not_the_visitors() {
        let fee = |body: &str| super::super::extract(&format!("Dear Dr Lee,\n\n{body}\n"), crate::Catalogue::bundled()).remuneration.map(|r| r.value);
        assert_eq!(fee("No honorarium is payable for this visit. The Symposium registration fee of HK$1,200 is waived for you."), None);
        assert_eq!(fee("The course fee of HK$8,000 per participant is waived. We will pay you an honorarium of HK$60,000.").as_deref(), Some("HK$60,000"));
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
        // What the sum covers after it, "for the residency", "all in", may or may not be meant as part of it.
        assert_eq!(fee("Dear Ms Ruiz,\n\nWe will pay you HK$36,000 for the residency, in addition to your airfare.\n").map(|f| f.1), Some(false));
        assert_eq!(fee("Dear Ms Ruiz,\n\nWe will pay you HK$18,000 all in.\n").map(|f| f.1), Some(false));
        // So may what it covers in a Chinese bracket or clause, which letters keep or leave out; not tax.
        assert_eq!(fee("陳先生：\n\n本院將向閣下支付酬金港幣十二萬元（包括排練及演出期間）。\n").map(|f| f.1), Some(false));
        assert_eq!(fee("陳先生：\n\n酬金為港幣三萬元，已包括排練及錄音之全部費用。\n").map(|f| f.1), Some(false));
        assert_eq!(fee("陳先生：\n\n本院將向閣下支付酬金港幣八萬元（已包括稅項）。\n").map(|f| f.0), Some("港幣八萬元".to_string()));
        // And the tasks it is for, named in a bracket, which some letters keep and others leave out; not its terms.
        assert_eq!(fee("陳先生：\n\n酬金為港幣二萬元（兩場音樂會），另提供住宿。\n"), Some(("港幣二萬元（兩場音樂會）".to_string(), false)));
        assert_eq!(fee("陳先生：\n\n酬金為港幣二萬元（含放映會映後談）。\n"), Some(("港幣二萬元（含放映會映後談）".to_string(), false)));
        assert_eq!(fee("Dear Ms Ruiz,\n\nWe will pay you HK$20,000 (judging and workshop).\n").map(|f| f.0), Some("HK$20,000 (judging and workshop)".to_string()));
        assert_eq!(fee("Dear Ms Ruiz,\n\nWe will pay you HK$20,000 (payable after the concert).\n").map(|f| f.0), Some("HK$20,000".to_string()));
        // (Not what is paid besides, nor what is not covered.)
        assert_eq!(fee("陳先生：\n\n酬金為港幣三萬元，本會另負責閣下在港期間的一切費用。\n").map(|f| f.0), Some("港幣三萬元".to_string()));
        assert_eq!(fee("陳先生：\n\n酬金為港幣三萬元，機票及住宿費用不包括在內。\n").map(|f| f.0), Some("港幣三萬元".to_string()));
    }

    /// A fee in another currency named in Chinese before its sum ("歐元六千元", "日圓八十萬元"); not a day followed by
    /// "圓滿" ("10月18日圓滿結束" is a day, then "successfully").
    #[test]
    fn a_fee_in_a_currency_named_in_chinese() {
        let fee = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).remuneration.map(|r| r.value);
        assert_eq!(fee("王先生：\n\n本司將向閣下支付講者酬金歐元六千元。報名費港幣二千五百元由參加者繳付。\n").as_deref(), Some("歐元六千元"));
        assert_eq!(fee("王先生：\n\n大賽將於2027年10月18日圓滿結束。本院將向台端致送評判酬金港幣12,000元。\n").as_deref(), Some("港幣12,000元"));
    }

    /// A letter that says in its prose it pays no fee has none, whatever allowance it names.
    #[test]
    fn an_unpaid_engagement_has_no_fee() {
        let fee = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).remuneration.map(|r| r.value);
        assert_eq!(fee("王先生：\n\n是次活動屬義務性質，本局不設酬金，惟將承擔閣下的機票，並每日發放交通津貼港幣250元。\n"), None);
        // With words between: "不设讲者酬金"; a hotel's rate is no fee either. But "不設額外酬金" is none besides the fee.
        assert_eq!(fee("王先生：\n\n按照本处惯例，是次邀请不设讲者酬金。本处将为阁下安排酒店四晚住宿（每晚约港币1,600元）。\n"), None);
        assert_eq!(fee("王先生：\n\n設計費為日圓一百二十萬元，於首演後支付；另分享會不設額外酬金。\n").as_deref(), Some("日圓一百二十萬元"));
        // ("本署不另付讲课酬金": no fee on top of what is paid for, an allowance.)
        assert_eq!(fee("尊敬的Larsen先生：\n\n【费用安排】本署不另付讲课酬金；往返经济舱机票及六晚酒店住宿由本署安排，另每日膳宿津贴港币800元。\n"), None);
        assert_eq!(fee("Dear Ms Roy,\n\nThis is an unpaid engagement. We will give you a daily meal allowance of HK$300.\n"), None);
        // A sum the letter calls a fee in its own clause is still one.
        assert_eq!(fee("Dear Ms Roy,\n\nThe talk is on a voluntary basis; for the workshop we will pay you a fee of HK$5,000.\n").as_deref(), Some("HK$5,000"));
    }

    /// A fee labelled as none ("酬金：不設酬金", "Fee: nil") is no fee, whatever other sum the letter names.
    #[test]
    fn a_fee_labelled_as_none_is_no_fee() {
        let fee = |letter: &str| super::super::extract(letter, crate::Catalogue::bundled()).remuneration.map(|r| r.value);
        assert_eq!(fee("陳先生：\n\n酬金：不设酬金\n学员另需缴交报名费每人港币三千元。\n"), None);
        assert_eq!(fee("Dear Ms Ruiz,\n\nFee: nil\nA per diem of HK$500 will be paid in cash.\n"), None);
        assert_eq!(fee("Dear Ms Ruiz,\n\nFee: HK$5,000\n").as_deref(), Some("HK$5,000"));
    }
}
