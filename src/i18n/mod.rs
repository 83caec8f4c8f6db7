//! The checker's words in English, Traditional Chinese (Hong Kong) and Simplified Chinese.
//!
//! Every text a person reads (labels, input errors, findings, verdicts, dates) is a [`Msg`] from the message files
//! `src/i18n/{en,zh-Hant,zh-Hans}/*.toml`, which the build checks against each other (see `messages.rs`). Code that
//! says something builds a [`Text`]: the message and its arguments, kept apart until the page or the command
//! renders it in a language. So the rules decide *what* to say once, and the page can switch language at any time
//! without checking anything again. The command's JSON speaks English, as `docs/cli.md` specifies.

use std::fmt;

use chrono::{Datelike, NaiveDate};

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A language of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    /// Traditional Chinese, as written in Hong Kong.
    ZhHant,
    /// Simplified Chinese.
    ZhHans,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::ZhHant, Lang::ZhHans];

    /// The BCP 47 tag, for `lang` attributes and for remembering the choice.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHant => "zh-Hant-HK",
            Lang::ZhHans => "zh-Hans",
        }
    }

    /// The name of the language's folder of messages, and of its table file (`messages-zh-Hant.txt`).
    pub fn file_tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHant => "zh-Hant",
            Lang::ZhHans => "zh-Hans",
        }
    }

    /// The language's own name for itself, for the switcher.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhHant => "繁體中文",
            Lang::ZhHans => "简体中文",
        }
    }

    /// The language a browser's preference asks for: Chinese for Hong Kong, Macao and Taiwan (or marked
    /// Traditional) in Traditional characters, other Chinese in Simplified; anything else in English.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase();
        if tag == "en" || tag.starts_with("en-") {
            return Some(Lang::En);
        }
        if tag != "zh" && !tag.starts_with("zh-") {
            return None;
        }
        let traditional = ["hant", "hk", "mo", "tw"].iter().any(|t| tag.split('-').any(|part| part == *t));
        Some(if traditional { Lang::ZhHant } else { Lang::ZhHans })
    }

    pub fn is_chinese(self) -> bool {
        self != Lang::En
    }

    /// A Chinese name from the catalogue (written in Traditional characters) in this language's script.
    pub fn chinese(self, traditional: &str) -> String {
        match self {
            Lang::ZhHans => crate::catalogue::simplified_text(traditional),
            _ => traditional.to_string(),
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn table(self, _: Part) -> &'static [&'static str] {
        match self {
            Lang::En => &EN,
            Lang::ZhHant => &ZH_HANT,
            Lang::ZhHans => &ZH_HANS,
        }
    }

    /// The page carries no table: a language's two are there once [`load_table`] has been given them (the page
    /// draws only once its first language's form table has come), and until then a message is empty.
    #[cfg(target_arch = "wasm32")]
    fn table(self, part: Part) -> &'static [&'static str] {
        #[cfg(feature = "test-page")]
        let built_in: &'static [&'static str] = match self {
            Lang::En => &EN,
            Lang::ZhHant => &ZH_HANT,
            Lang::ZhHans => &ZH_HANS,
        };
        #[cfg(not(feature = "test-page"))]
        let built_in: &'static [&'static str] = &[];
        LOADED[part as usize][self as usize].get().map_or(built_in, |t| &t[..])
    }

    /// Whether the page has this language's words for the form (the command and the tests always do).
    pub fn is_loaded(self) -> bool {
        self.has(Part::Form)
    }

    /// Whether the page has this language's words for the findings, verdicts and suggestions.
    pub fn has_findings(self) -> bool {
        self.has(Part::Findings)
    }

    fn has(self, part: Part) -> bool {
        #[cfg(all(target_arch = "wasm32", not(feature = "test-page")))]
        {
            LOADED[part as usize][self as usize].get().is_some()
        }
        #[cfg(any(not(target_arch = "wasm32"), feature = "test-page"))]
        {
            let _ = part;
            true
        }
    }
}

/// A language's words come in two tables: what the form needs to be drawn, and what the page needs once it has
/// something to judge (the rules' file, see `messages::FINDINGS_FILE`), fetched once the form is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Form,
    Findings,
}

impl Part {
    fn of(msg: Msg) -> Part {
        if IN_FINDINGS[msg as usize] { Part::Findings } else { Part::Form }
    }
}

/// The tables the page has fetched (by part, then in the order of [`Lang::ALL`]), kept for the page's life.
#[cfg(target_arch = "wasm32")]
static LOADED: [[std::sync::OnceLock<Vec<&'static str>>; 3]; 2] = [
    [std::sync::OnceLock::new(), std::sync::OnceLock::new(), std::sync::OnceLock::new()],
    [std::sync::OnceLock::new(), std::sync::OnceLock::new(), std::sync::OnceLock::new()],
];

/// Gives the page one of a language's tables, as `build.rs` writes them (`messages-<lang>.txt`,
/// `findings-<lang>.txt`). Returns false for a table that does not hold this version's messages.
#[cfg(target_arch = "wasm32")]
pub fn load_table(lang: Lang, part: Part, text: &str) -> bool {
    let count = Msg::ALL.len();
    match read_table(text, count) {
        // Leaked once per language for the page's life, so that messages stay `&'static str`.
        Some(table) => {
            let slot = &LOADED[part as usize][lang as usize];
            slot.get_or_init(|| table.into_iter().map(|s| &*Box::leak(s.into_boxed_str())).collect()).len() == count
        }
        None => false,
    }
}

/// Reads a table file: the number of messages on the first line, then one template a line with `\\` and `\n`
/// escaped. `None` if it holds another number of messages than `count` (a table from another version).
pub fn read_table(text: &str, count: usize) -> Option<Vec<String>> {
    let mut lines = text.lines();
    if lines.next()?.trim().parse::<usize>().ok()? != count {
        return None;
    }
    let table: Vec<String> = lines
        .take(count)
        .map(|l| {
            let mut out = String::with_capacity(l.len());
            let mut chars = l.chars();
            while let Some(c) = chars.next() {
                if c != '\\' {
                    out.push(c);
                    continue;
                }
                match chars.next() {
                    Some('n') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => out.push('\\'),
                }
            }
            out
        })
        .collect();
    (table.len() == count).then_some(table)
}

impl Msg {
    /// The message in a language, as written: for a message with no placeholders, the text to show.
    pub fn in_(self, lang: Lang) -> &'static str {
        lang.table(Part::of(self)).get(self as usize).copied().unwrap_or("")
    }
}

/// A name the data gives in English and Chinese (the Chinese, where the data has it, is Traditional: the official
/// lists publish no other).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub en: String,
    pub zh: Option<String>,
}

/// What a placeholder is filled with, rendered in the language of the message around it.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text as it is: a name the user typed, an id, a web address.
    Str(String),
    Num(i64),
    /// A date, written out ("2 March 2026", "2026年3月2日").
    Date(NaiveDate),
    /// A number of days ("1 day", "15 days", "15 天").
    Days(i64),
    /// A name with its Chinese form.
    Name(Name),
    /// Another message, rendered in the same language.
    Text(Box<Text>),
    /// Messages listed ("dates; permitted stay"; "日期；逗留期限").
    List(Vec<Text>),
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Num(n)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Num(n as i64)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Num(n.into())
    }
}
impl From<NaiveDate> for Arg {
    fn from(d: NaiveDate) -> Arg {
        Arg::Date(d)
    }
}
impl From<Text> for Arg {
    fn from(t: Text) -> Arg {
        Arg::Text(Box::new(t))
    }
}
impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Text(Box::new(Text::from(m)))
    }
}
impl From<Name> for Arg {
    fn from(n: Name) -> Arg {
        Arg::Name(n)
    }
}

/// Something to say: a message and what fills its placeholders.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub msg: Msg,
    pub args: Vec<(&'static str, Arg)>,
}

/// `text!(Msg, name = value, ...)`: a [`Text`] whose placeholders `{name}` take the values (anything with
/// `Into<Arg>`).
#[macro_export]
macro_rules! text {
    ($msg:ident $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Text {
            msg: $crate::i18n::Msg::$msg,
            args: vec![$((stringify!($name), $crate::i18n::Arg::from($value))),*],
        }
    };
}

impl From<Msg> for Text {
    fn from(msg: Msg) -> Text {
        Text { msg, args: Vec::new() }
    }
}

impl Text {
    /// The text in a language.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        self.render_into(lang, &mut out);
        out
    }

    /// The text in English, as the command and the tests read it.
    pub fn en(&self) -> String {
        self.render(Lang::En)
    }

    fn render_into(&self, lang: Lang, out: &mut String) {
        let mut rest = self.msg.in_(lang);
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let Some(close) = rest[open..].find('}') else { break };
            let name = &rest[open + 1..open + close];
            match self.args.iter().find(|(n, _)| *n == name) {
                Some((_, arg)) => arg.render_into(lang, out),
                // The build checks the templates against each other, not against the code that fills them: a
                // placeholder left unfilled shows as written, and the tests look for that.
                None => out.push_str(&rest[open..open + close + 1]),
            }
            rest = &rest[open + close + 1..];
        }
        out.push_str(rest);
    }
}

impl Arg {
    fn render_into(&self, lang: Lang, out: &mut String) {
        match self {
            Arg::Str(s) => out.push_str(s),
            Arg::Num(n) => out.push_str(&n.to_string()),
            Arg::Date(d) => text!(DateLong, day = d.day(), month = month_name(lang, d.month()), year = d.year() as i64)
                .render_into(lang, out),
            Arg::Days(1) => out.push_str(Msg::DateOneDay.in_(lang)),
            Arg::Days(n) => text!(DateDays, n = *n).render_into(lang, out),
            Arg::Name(name) => match (&name.zh, lang) {
                (Some(zh), Lang::ZhHant) => out.push_str(zh),
                (Some(zh), Lang::ZhHans) => out.push_str(&lang.chinese(zh)),
                _ => out.push_str(&name.en),
            },
            Arg::Text(t) => t.render_into(lang, out),
            Arg::List(items) => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(Msg::ListSeparator.in_(lang));
                    }
                    item.render_into(lang, out);
                }
            }
        }
    }
}

/// English, for the command's JSON and for `{}` in logs and tests.
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en())
    }
}

impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.en())
    }
}

const MONTHS: [Msg; 12] = [
    Msg::DateMonth1,
    Msg::DateMonth2,
    Msg::DateMonth3,
    Msg::DateMonth4,
    Msg::DateMonth5,
    Msg::DateMonth6,
    Msg::DateMonth7,
    Msg::DateMonth8,
    Msg::DateMonth9,
    Msg::DateMonth10,
    Msg::DateMonth11,
    Msg::DateMonth12,
];

const SHORT_MONTHS: [Msg; 12] = [
    Msg::DateShortMonth1,
    Msg::DateShortMonth2,
    Msg::DateShortMonth3,
    Msg::DateShortMonth4,
    Msg::DateShortMonth5,
    Msg::DateShortMonth6,
    Msg::DateShortMonth7,
    Msg::DateShortMonth8,
    Msg::DateShortMonth9,
    Msg::DateShortMonth10,
    Msg::DateShortMonth11,
    Msg::DateShortMonth12,
];

/// A month's name (1 to 12): "March", "3".
pub fn month_name(lang: Lang, month: u32) -> &'static str {
    MONTHS[(month as usize).clamp(1, 12) - 1].in_(lang)
}

/// A month's short name (1 to 12), for a calendar: "Mar", "3月".
pub fn short_month_name(lang: Lang, month: u32) -> &'static str {
    SHORT_MONTHS[(month as usize).clamp(1, 12) - 1].in_(lang)
}

/// A date written out in a language: "2 March 2026", "2026年3月2日".
pub fn long_date(lang: Lang, d: NaiveDate) -> String {
    Arg::Date(d).render(lang)
}

impl Arg {
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        self.render_into(lang, &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_the_page_fetches_read_back_as_the_built_in_ones() {
        // Each message is in the table of its part, and empty in the other.
        let both = |form: &str, findings: &str| {
            let (form, findings) = (read_table(form, EN.len()).unwrap(), read_table(findings, EN.len()).unwrap());
            Msg::ALL.iter().map(|&m| if Part::of(m) == Part::Findings { assert_eq!(form[m as usize], ""); findings[m as usize].clone() } else { assert_eq!(findings[m as usize], ""); form[m as usize].clone() }).collect::<Vec<_>>()
        };
        assert_eq!(both(include_str!(concat!(env!("OUT_DIR"), "/messages-en.txt")), include_str!(concat!(env!("OUT_DIR"), "/findings-en.txt"))), EN);
        assert_eq!(both(include_str!(concat!(env!("OUT_DIR"), "/messages-zh-Hant.txt")), include_str!(concat!(env!("OUT_DIR"), "/findings-zh-Hant.txt"))), ZH_HANT);
        assert_eq!(both(include_str!(concat!(env!("OUT_DIR"), "/messages-zh-Hans.txt")), include_str!(concat!(env!("OUT_DIR"), "/findings-zh-Hans.txt"))), ZH_HANS);
        // The findings' table holds the rules' words, and the form's the page's.
        assert_eq!(Part::of(Msg::VerdictEligible), Part::Findings);
        assert_eq!(Part::of(Msg::AppTitle), Part::Form);
        // A table of another version (another number of messages) is refused.
        assert!(read_table(&format!("{}\nonly one", EN.len() + 1), EN.len() + 1).is_none());
        assert!(read_table("3\na\nb", 3).is_none());
        assert_eq!(read_table("2\na\\nb\nc\\\\d", 2).unwrap(), ["a\nb", "c\\d"]);
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        assert_eq!(long_date(Lang::En, d("2026-08-24")), "24 August 2026");
        assert_eq!(long_date(Lang::ZhHant, d("2026-08-24")), "2026年8月24日");
        assert_eq!(long_date(Lang::ZhHans, d("2028-02-29")), "2028年2月29日");
        assert_eq!(Arg::Days(1).render(Lang::En), "1 day");
        assert_eq!(Arg::Days(15).render(Lang::En), "15 days");
        assert_eq!(Arg::Days(15).render(Lang::ZhHant), "15天");
        assert_eq!(short_month_name(Lang::En, 8), "Aug");
        assert_eq!(short_month_name(Lang::ZhHans, 12), "12月");
    }

    #[test]
    fn a_browser_preference_picks_the_script() {
        assert_eq!(Lang::from_tag("zh-HK"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("zh-TW"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("zh-Hant-HK"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("zh-MO"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("zh-CN"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_tag("zh-Hans-SG"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_tag("zh"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr-FR"), None);
        assert_eq!(Lang::from_tag("zhx"), None);
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }

    #[test]
    fn placeholders_are_filled_in_the_language_of_the_message() {
        let t = text!(DateLong, day = 2u32, month = Msg::DateMonth3, year = 2026i64);
        assert_eq!(t.render(Lang::En), "2 March 2026");
        assert_eq!(t.render(Lang::ZhHans), "2026年3月2日");
        // An unfilled placeholder shows as written, so a test can catch it.
        assert_eq!(text!(DateLong, day = 2u32).en(), "2 {month} {year}");
    }

    #[test]
    fn a_name_shows_in_chinese_where_the_data_has_it() {
        let with = Arg::Name(Name { en: "Sports".into(), zh: Some("體育".into()) });
        let without = Arg::Name(Name { en: "Others".into(), zh: None });
        assert_eq!(with.render(Lang::ZhHant), "體育");
        // Simplified pages show the catalogue's Traditional names in Simplified characters.
        assert_eq!(with.render(Lang::ZhHans), "体育");
        assert_eq!(with.render(Lang::En), "Sports");
        assert_eq!(without.render(Lang::ZhHant), "Others");
    }
}
