//! "Today" is today's date in Hong Kong (UTC+8, no daylight saving), never the device's local date: a visitor
//! checking from another time zone must get the same answer as an officer in Hong Kong.

use chrono::{FixedOffset, NaiveDate, Utc};

/// Hong Kong's offset from UTC, in seconds.
const HONG_KONG_OFFSET: i32 = 8 * 3600;

pub fn hong_kong_today() -> NaiveDate {
    let offset = FixedOffset::east_opt(HONG_KONG_OFFSET).expect("+08:00 is a valid offset");
    Utc::now().with_timezone(&offset).date_naive()
}
