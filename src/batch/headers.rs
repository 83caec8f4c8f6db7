//! What a column holds, read from its header as a person reads it: by the words it contains ("Date of arrival",
//! "Passport country", "Event dates", "抵港日期", "离港"), in English and in both Chinese scripts, rather than from an
//! exact list. A header that speaks of something else (an e-mail, a flight, a hotel, a passport number, a time) is
//! read as nothing: the column is kept, and not checked.

use super::Column;

/// English words (whole words, lower case) and Chinese fragments.
struct Words<'a> {
    words: Vec<&'a str>,
    text: &'a str,
}

impl Words<'_> {
    fn has(&self, any: &[&str]) -> bool {
        any.iter().any(|w| self.words.contains(w))
    }

    fn starts(&self, any: &[&str]) -> bool {
        any.iter().any(|p| self.words.iter().any(|w| w.starts_with(p)))
    }

    fn zh(&self, any: &[&str]) -> bool {
        // Most headers are ASCII: no Chinese fragment can be in them, and searching costs more than the rest.
        !self.text.is_ascii() && any.iter().any(|z| self.text.contains(z))
    }
}

/// The field a header names, if it names one.
pub fn guess(header: &str) -> Option<Column> {
    let text: String = crate::catalogue::names::lowercase(header.trim())
        .chars()
        .map(|c| if c.is_ascii_punctuation() || c.is_whitespace() { ' ' } else { c })
        .collect();
    let w = Words { words: text.split(' ').filter(|s| !s.is_empty()).collect(), text: &text };
    if w.words.is_empty() {
        return None;
    }
    let date_word = w.has(&["date", "dates", "day", "days", "schedule"]) || w.zh(&["日期", "日程"]);
    // Something else about the invitee: kept, not checked.
    if w.has(&[
        "email", "mail", "phone", "tel", "telephone", "mobile", "flight", "flights", "hotel", "accommodation", "room",
        "time", "birth", "remarks", "remark", "notes", "note", "comment", "comments", "address", "gender", "sex", "age",
        "fee", "fees", "amount", "cost", "id", "no", "number", "ref", "reference", "dietary", "diet", "visa",
    ]) && !(w.has(&["visa"]) && w.has(&["stay"]))
        || w.starts(&["e-mail"])
        || w.zh(&["電郵", "电邮", "郵件", "邮件", "電話", "电话", "航班", "酒店", "住宿", "時間", "时间", "出生", "備註", "备注", "地址", "性別", "性别", "號碼", "号码", "編號", "编号", "序號", "序号", "費用", "费用"])
    {
        return None;
    }
    if w.has(&["stay"]) && w.has(&["permitted", "limit", "allowed", "visa", "maximum", "max"])
        || w.has(&["permitted", "limit"]) && w.has(&["days"])
        || w.zh(&["逗留期限", "獲准逗留", "获准逗留", "准許逗留", "准许逗留", "逗留日數", "逗留天数", "逗留天數"])
    {
        return Some(Column::PermittedStay);
    }
    if w.has(&["host", "organiser", "organizer", "inviting", "inviter"]) || w.zh(&["邀請機構", "邀请机构", "主辦", "主办", "邀請單位", "邀请单位"]) {
        return Some(Column::Host);
    }
    if w.starts(&["arriv"]) || w.zh(&["抵港", "抵達", "抵达", "到港", "到達", "到达", "入境"]) {
        return Some(Column::Arrival);
    }
    if w.starts(&["depart"]) || w.has(&["leave", "leaving", "leaves", "exit"]) || w.zh(&["離港", "离港", "離開", "离开", "出境", "離境", "离境", "返程"]) {
        return Some(Column::Departure);
    }
    let activity_word = w.starts(&["activit", "perform", "programme", "program", "rehears", "competi", "engage", "conferen"])
        || w.has(&["event", "events", "show", "shows", "concert", "concerts", "match", "matches", "work", "working", "session", "sessions", "training", "teaching", "class", "classes", "masterclass", "masterclasses", "tournament"]);
    if date_word && activity_word
        || w.words == ["dates"] || w.words == ["days"]
        || w.zh(&["活動日", "活动日", "演出日", "比賽日", "比赛日", "表演日", "會議日", "会议日", "節目日", "节目日"])
        || w.zh(&["日期"]) && w.zh(&["活動", "活动", "演出", "比賽", "比赛", "表演", "會議", "会议", "節目", "节目"])
    {
        return Some(Column::ActivityDays);
    }
    let nationality = w.starts(&["national", "citizen"])
        || w.has(&["passport"]) && w.has(&["country", "nation", "issuing", "issued", "issuer"])
        || w.words == ["country"]
        || w.zh(&["國籍", "国籍", "護照國家", "护照国家", "公民"]);
    if nationality {
        return Some(Column::Nationality);
    }
    if w.starts(&["resid"]) || w.has(&["domicile"]) || w.zh(&["居住", "居民", "居留"]) {
        return Some(Column::Residence);
    }
    if w.has(&["sector"]) || w.zh(&["界別", "界别"]) {
        return Some(Column::Sector);
    }
    if w.has(&["role", "roles", "capacity", "position", "job", "function", "instrument"]) || w.zh(&["角色", "身份", "身分", "職位", "职位", "職務", "职务", "擔任", "担任"]) {
        return Some(Column::Role);
    }
    if activity_word || w.has(&["scope", "purpose"]) || w.zh(&["活動", "活动", "項目", "项目", "演出"]) {
        return Some(Column::Activity);
    }
    if date_word {
        return None; // a date of something the checker does not know
    }
    if w.has(&["name", "names", "surname", "delegate", "delegates", "guest", "guests", "visitor", "visitors", "artist", "artists", "performer", "performers", "member", "members", "speaker", "speakers", "player", "players", "athlete", "athletes", "who", "person"])
        || w.starts(&["invitee", "participant"])
        || w.zh(&["姓名", "名字", "受邀", "獲邀", "获邀", "嘉賓", "嘉宾", "參加者", "参加者", "成員", "成员", "人士", "名稱", "名称"])
    {
        return Some(Column::Name);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisers_words_in_english() {
        for (header, column) in [
            ("Full name", Column::Name), ("Invitee", Column::Name), ("Participant", Column::Name), ("name", Column::Name),
            ("Passport country", Column::Nationality), ("Citizenship", Column::Nationality), ("Nationality", Column::Nationality),
            ("Date of arrival", Column::Arrival), ("Arrive", Column::Arrival), ("Arriving", Column::Arrival), ("Arrival date", Column::Arrival),
            ("Date of departure", Column::Departure), ("Depart", Column::Departure), ("Leave", Column::Departure), ("Departing", Column::Departure),
            ("Event dates", Column::ActivityDays), ("Performance dates", Column::ActivityDays), ("Programme dates", Column::ActivityDays),
            ("activity_days", Column::ActivityDays), ("Activity dates", Column::ActivityDays), ("Dates of activity", Column::ActivityDays),
            ("Role", Column::Role), ("Capacity", Column::Role), ("Position", Column::Role),
            ("Permitted stay", Column::PermittedStay), ("permitted_stay_days", Column::PermittedStay), ("Limit of stay", Column::PermittedStay),
            ("Host organisation", Column::Host), ("Sector", Column::Sector), ("Activity", Column::Activity), ("Event", Column::Activity),
            ("Residence", Column::Residence), ("Country of residence", Column::Residence),
        ] {
            assert_eq!(guess(header), Some(column), "{header}");
        }
    }

    #[test]
    fn organisers_words_in_chinese_in_both_scripts() {
        for (header, column) in [
            ("姓名", Column::Name), ("受邀人", Column::Name), ("國籍", Column::Nationality), ("国籍", Column::Nationality),
            ("抵港日期", Column::Arrival), ("抵港", Column::Arrival), ("離港日期", Column::Departure), ("离港", Column::Departure),
            ("活動日期", Column::ActivityDays), ("活动日期", Column::ActivityDays), ("演出日期", Column::ActivityDays),
            ("身份", Column::Role), ("角色", Column::Role), ("逗留期限", Column::PermittedStay), ("居民身份", Column::Residence),
            ("邀請機構", Column::Host), ("界別", Column::Sector), ("活動內容", Column::Activity),
        ] {
            assert_eq!(guess(header), Some(column), "{header}");
        }
    }

    #[test]
    fn other_things_about_an_invitee_are_not_read_as_a_field() {
        for header in ["E-mail", "Email address", "Flight", "Arrival flight", "Arrival time", "Hotel", "Passport number", "Passport no.", "Date of birth", "No.", "序号", "航班", "電郵", "Notes", "Phone", "", "#", "Date"] {
            assert_eq!(guess(header), None, "{header}");
        }
    }
}
