//! How sure the reader is of a value, in one place: the named levels every stage uses, and the reasons a value is
//! shown as unsure. A value is sure (at or above [`CONFIRM_BELOW`]) only when its evidence is unambiguous: a labelled
//! field, a single candidate with a clear cue, a name the catalogue resolves. Competing candidates, inferred years,
//! self-references and guesses from prose stay below it, and say why.

use crate::i18n::Text;

/// The confidence below which the page marks a field for the user to confirm.
pub const CONFIRM_BELOW: f32 = 0.75;

/// "Label: value" (or a label and its value in a spreadsheet row).
pub(super) const LABELLED: f32 = 0.9;
/// A value under a bare label: a table column, "Nationality      Japanese".
pub(super) const TABLE: f32 = 0.85;
/// A name the catalogue resolves exactly.
pub(super) const CATALOGUE: f32 = 0.9;
/// The only candidate for its field, with a clear cue ("arrive on 3 May 2026", the name under the sign-off).
pub(super) const CLEAR_CUE: f32 = 0.8;
/// Sure, just: an address block's name, "a British national".
pub(super) const FAIR: f32 = 0.75;
/// Unsure: a guess from the letter's wording, a value with a doubt (an inferred year, a day-first date).
pub(super) const GUESS: f32 = 0.65;
/// Unsure: a weak guess (a free-text phrase, a date that nothing else explains).
pub(super) const WEAK: f32 = 0.55;

/// Why a value is shown as unsure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Read from the letter's wording, not from a labelled line.
    Prose,
    /// The year was not written; it comes from the letter's date or its other dates.
    YearInferred,
    /// A numeric date read day first that could be read month first.
    DayFirst,
    /// The letter gives more than one value for this field.
    Competing,
    /// The name is close to, not the same as, a listed one.
    CloseName,
    /// The letter calls the host "the Department", "本署": read as the organisation it names.
    SelfReference,
    /// The date of the e-mail, not of the letter.
    EmailDate,
    /// Taken from the greeting ("Dear ...").
    Salutation,
    /// No date is marked as the activity's; the letter's remaining dates were taken.
    UnmarkedDates,
    /// The text seems to hold more than one letter (several pasted together, a letter and its reply).
    SeveralLetters,
    /// Worked out from a day the letter gives relative to another ("a dress rehearsal the day before").
    Relative,
    /// Under a label that names the event ("Event:", "活動名稱："), not what the visitor will do at it.
    EventName,
    /// The phrase looks cut short ("... workshop on", "... for residents and") or run into other words.
    Unfinished,
    /// The nights of a hotel booking, which the visitor may arrive before or leave after.
    HotelNights,
    /// One day of the activity, in a letter that speaks of several.
    OneDayOfSeveral,
    /// A day named by its weekday alone, in a week the letter names.
    WeekdayInWeek,
    /// A fee with words right after it that may say what it covers.
    FeeTerms,
    /// Under a label of a post ("職位", "Position"), which may be the one held at home, not the role in Hong Kong.
    PostHeld,
    /// Read from who writes in a chat, not from a letter's greeting, signature or letterhead.
    ChatSender,
    /// The first and last days of activity read span more than the scheme's window of 14 calendar days.
    LongSpan,
    /// A chat's day: the day of the message that invites, as a chat has no letter's date.
    ChatDate,
}

impl Reason {
    pub fn text(self) -> Text {
        match self {
            Reason::Prose => crate::text!(LetterReasonProse),
            Reason::YearInferred => crate::text!(LetterReasonYearInferred),
            Reason::DayFirst => crate::text!(LetterReasonDayFirst),
            Reason::Competing => crate::text!(LetterReasonCompeting),
            Reason::CloseName => crate::text!(LetterReasonCloseName),
            Reason::SelfReference => crate::text!(LetterReasonSelfReference),
            Reason::EmailDate => crate::text!(LetterReasonEmailDate),
            Reason::Salutation => crate::text!(LetterReasonSalutation),
            Reason::UnmarkedDates => crate::text!(LetterReasonUnmarkedDates),
            Reason::SeveralLetters => crate::text!(LetterReasonSeveralLetters),
            Reason::Relative => crate::text!(LetterReasonRelative),
            Reason::EventName => crate::text!(LetterReasonEventName),
            Reason::Unfinished => crate::text!(LetterReasonUnfinished),
            Reason::HotelNights => crate::text!(LetterReasonHotelNights),
            Reason::OneDayOfSeveral => crate::text!(LetterReasonOneDayOfSeveral),
            Reason::WeekdayInWeek => crate::text!(LetterReasonWeekdayInWeek),
            Reason::FeeTerms => crate::text!(LetterReasonFeeTerms),
            Reason::PostHeld => crate::text!(LetterReasonPostHeld),
            Reason::ChatSender => crate::text!(LetterReasonChatSender),
            Reason::LongSpan => crate::text!(LetterReasonLongSpan),
            Reason::ChatDate => crate::text!(LetterReasonChatDate),
        }
    }

    /// The most a value with this doubt may claim.
    pub(super) fn ceiling(self) -> f32 {
        match self {
            Reason::Prose | Reason::YearInferred | Reason::DayFirst | Reason::Competing | Reason::SelfReference => GUESS,
            Reason::CloseName | Reason::EmailDate | Reason::Salutation | Reason::SeveralLetters | Reason::Relative => GUESS,
            Reason::EventName | Reason::Unfinished | Reason::HotelNights | Reason::OneDayOfSeveral | Reason::WeekdayInWeek | Reason::FeeTerms => GUESS,
            Reason::PostHeld | Reason::ChatSender | Reason::LongSpan | Reason::ChatDate => GUESS,
            Reason::UnmarkedDates => WEAK,
        }
    }
}

/// Whether a phrase looks cut short or run into other words: it ends with a word that needs more after it ("a
/// workshop on", "for residents and", "本院及"), its brackets do not close ("C39021567）以…"), or it holds a label of
/// its own or a table's rule ("│ 联 络 人：钟雅琪小姐").
pub(super) fn unfinished(value: &str) -> bool {
    const OPEN_ENDED: &[&str] = &["and", "or", "of", "for", "on", "the", "to", "with", "in", "at", "a", "an", "by", "from"];
    let value = value.trim();
    let last = value.rsplit(' ').next().unwrap_or("");
    let cut_short = value.contains(' ') && OPEN_ENDED.contains(&last.to_lowercase().as_str())
        || value.ends_with(['及', '和', '與', '与', '並', '并', '的', '、', ',', '，']);
    // (Or starts as a clause goes on: "，並指導學生匯報演出".)
    let cut_short = cut_short || value.starts_with([',', '，', '、', ';', '；', '。', ')', '）']);
    let count = |c: &[char]| value.chars().filter(|x| c.contains(x)).count();
    let unbalanced = count(&['(', '（']) != count(&[')', '）']);
    let mixed = value.chars().any(|c| ('\u{2500}'..='\u{257F}').contains(&c)) || value.find(['：', ':']).is_some_and(|i| i > 0 && i + 3 < value.len() && !value[..i].ends_with(|c: char| c.is_ascii_digit()));
    cut_short || unbalanced || mixed
}

/// Whether a value is an unfilled template's field: "HK$[amount]", "«Title» «SURNAME»", "[passport no.]",
/// "{{venue}}", "XXXXXXX", "______".
pub(super) fn placeholder(value: &str) -> bool {
    let bracketed_words = value.split('[').skip(1).any(|rest| rest.split(']').next().is_some_and(|inside| inside.chars().any(char::is_alphabetic)) && rest.contains(']'));
    let marks = ["«", "»", "{{", "<<", "___"].iter().any(|m| value.contains(m));
    let crosses = value.split(|c: char| !c.is_alphanumeric()).any(|w| w.len() >= 3 && w.chars().all(|c| c == 'x' || c == 'X'));
    bracketed_words || marks || crosses
}

/// Whether a fee's value names a sum: a figure, a Chinese numeral, or a number in words.
pub(super) fn names_a_sum(value: &str) -> bool {
    const CJK: &str = "〇零一二三四五六七八九十百千萬万億亿壹貳贰參叁肆伍陸陆柒捌玖拾佰仟兩两";
    let lower = value.to_lowercase();
    value.chars().any(|c| c.is_numeric() || CJK.contains(c)) || ["thousand", "hundred", "million"].iter().any(|w| lower.contains(w))
}

/// Words of a form, not a person's name: a pointer elsewhere ("(see Part II of the annex)", "（見附件）"), a note
/// ("＊請刪去不適用者"), a numbered heading ("四、本館聯絡人", "4. Endorsement"), a label ("Name:", "姓名……"), a seal's
/// place ("（蓋章）").
pub(super) fn a_forms_own_words(value: &str) -> bool {
    let v = value.trim().to_lowercase();
    let numbered = v.chars().take_while(|c| c.is_ascii_digit() || super::wrapping::CJK_ITEM_NUMERALS.contains(*c)).count();
    let heading = numbered > 0 && v.chars().nth(numbered).is_some_and(|c| "、.)".contains(c));
    let pointer = ["(see ", "（見", "（见", "(見", "(见"].iter().any(|w| v.starts_with(w));
    let note = v.starts_with(['*', '＊', '※']);
    let label = v.ends_with([':', '：']) || has_dot_leaders(&v) || v.contains('…') || v.contains("．．");
    let seal = super::cues::LETTER_FORMS_OWN_WORDS.contains(&super::text::folded(&v).as_str());
    heading || pointer || note || label || seal
}

/// Whether a value holds a form's dot leaders ("Programme ........ World Cultures Festival", "姓名……", "．．．"):
/// a form's labelled line, not a name.
pub(super) fn has_dot_leaders(value: &str) -> bool {
    value.contains("...") || value.contains("……") || value.contains("．．．")
}

/// A form for several people ("(一) 姓名…… 職務……", "(二) 姓名…… 職務……"): a person's labelled name, post, document
/// or nationality given twice, differently, is not sure. (The name too, though a form may name its own officer under
/// "Name" after the visitor, who comes first: a group's letter may invite only its second member.)
pub(super) fn doubt_details_labelled_twice(text: &super::text::Text, labelled: &[super::layout::Labelled], out: &mut super::Extraction) {
    use super::cues::Label;
    for (label, field) in [(Label::TravelDocument, &mut out.travel_document), (Label::Role, &mut out.role), (Label::Nationality, &mut out.nationality), (Label::Invitee, &mut out.invitee)] {
        let values: Vec<String> = labelled.iter().filter(|x| x.label == label).map(|x| text.lower_str(x.start, x.end).trim().to_string()).collect();
        if values.iter().any(|v| !v.is_empty() && *v != values[0]) {
            if let Some(f) = field.take() {
                *field = Some(f.doubt(Reason::Competing));
            }
        }
    }
}

/// A labelled name that shares no word with the name the letter greets ("Dear Dr Nguyen," over a form whose first
/// "Name" is its own officer's, or another member's of a group) is not sure.
pub(super) fn doubt_a_name_not_greeted(text: &super::text::Text, out: &mut super::Extraction) {
    let (Some(named), Some(greeted)) = (out.invitee.as_ref().filter(|x| x.is_sure()), super::people::salutation(text)) else { return };
    // (Names' words, not titles': "Dr" and "Dr" share nothing.)
    let title = |w: &str| super::cues::PEOPLE_HONORIFICS.iter().any(|h| h.trim_end_matches('.') == w);
    let words = |s: &str| s.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 2 && !title(w)).map(str::to_string).collect::<Vec<_>>();
    let greeted_words = words(&greeted.value);
    let shared = words(&named.value).iter().any(|w| greeted_words.contains(w));
    let latin = |s: &str| s.chars().any(|c| c.is_ascii_alphabetic());
    if !shared && latin(&named.value) && latin(&greeted.value) && !greeted_words.is_empty() {
        out.invitee = out.invitee.take().map(|x| x.doubt(Reason::Competing));
    }
}

/// First and last days of activity that span more than 14 calendar days, longer than the scheme's window (rule
/// `window-14-days`, docs/rules.md: 14 consecutive calendar days from the first day of activity, source S1), are
/// seldom what a letter under the scheme means: one of
/// them is more often another date of the letter (its own date, a deadline, an earlier visit). Neither is sure; the
/// page asks the user to check them, and the check then says what such a span means.
pub(super) fn doubt_a_long_span(out: &mut super::Extraction) {
    let day = super::Extracted::day;
    let (Some(from), Some(to)) = (day(&out.activity_from), day(&out.activity_to)) else { return };
    if to > crate::rules::window_end(from) {
        for field in [&mut out.activity_from, &mut out.activity_to] {
            *field = field.take().map(|x| x.doubt(Reason::LongSpan));
        }
    }
}

/// An arrival after the first day of activity, or a departure before its last, cannot both be right: neither is
/// sure.
pub(super) fn doubt_days_out_of_order(out: &mut super::Extraction) {
    let day = super::Extracted::day;
    let (arrival, from, to, departure) = (day(&out.arrival), day(&out.activity_from), day(&out.activity_to), day(&out.departure));
    if arrival.zip(from).is_some_and(|(a, f)| a > f) {
        out.arrival = out.arrival.take().map(|x| x.doubt(Reason::Competing));
        out.activity_from = out.activity_from.take().map(|x| x.doubt(Reason::Competing));
    }
    if departure.zip(to).is_some_and(|(d, t)| d < t) {
        out.departure = out.departure.take().map(|x| x.doubt(Reason::Competing));
        out.activity_to = out.activity_to.take().map(|x| x.doubt(Reason::Competing));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Under a sign-off, a form's own words are no signer: the signatory is left empty rather than filled with them.
    #[test]
    fn a_forms_own_words_are_no_signer() {
        for words in ["(see Part II of the annex)", "＊請刪去不適用者", "四、本館聯絡人", "（蓋章）", "Name ........", "簽署："] {
            assert!(a_forms_own_words(words), "{words}");
        }
        for name in ["Ms Florence NG Pui-shan", "陳嘉欣", "Dr A. K. Rao"] {
            assert!(!a_forms_own_words(name), "{name}");
        }
        let letter = "Dear Dr Rao,\n\nWe invite you to conduct a training course on 12 April 2027.\n\nYours sincerely,\n\n(see Part II of the annex)\n";
        assert_eq!(super::super::extract(letter, crate::Catalogue::bundled()).signatory.map(|s| s.value), None);
    }

    #[test]
    fn the_levels_sit_either_side_of_the_threshold() {
        for sure in [LABELLED, TABLE, CATALOGUE, CLEAR_CUE, FAIR] {
            assert!(sure >= CONFIRM_BELOW);
        }
        for unsure in [GUESS, WEAK] {
            assert!(unsure < CONFIRM_BELOW);
        }
        for r in [Reason::Prose, Reason::YearInferred, Reason::Competing, Reason::SelfReference, Reason::UnmarkedDates, Reason::Unfinished] {
            assert!(r.ceiling() < CONFIRM_BELOW);
            assert!(!r.text().en().is_empty());
        }
    }

    #[test]
    fn a_phrase_cut_short_or_run_on_is_unfinished() {
        for cut in ["To conduct a three-day training workshop on", "conduct lantern-making workshops for residents and", "主持工作坊及", "C39021567）以特邀运动员身份", "│ 联 络 人：钟雅琪小姐", "，並指導學生匯報演出"] {
            assert!(unfinished(cut), "{cut}");
        }
        for whole in ["conduct a three-day training workshop", "Concert Hall, Hong Kong City Hall", "郑美玲（CHENG Mei Ling）", "HK$5,000 per day (total HK$25,000)", "Room 701, 7/F", "Studio 1", "the 10:30 rehearsal"] {
            assert!(!unfinished(whole), "{whole}");
        }
    }
}
