//! Dates as the checker accepts them, shared by the case, the official-list importer and the readers, so that none
//! of them depends on another for it.
//!
//! [`cell`] reads the dates of one spreadsheet cell as people write them (ISO, day-first or month-first, month
//! names, Chinese, ranges and lists), with the day-first or month-first question decided from a column's values.
//! The delegation reads its date columns with it; it is plain and small so that the letter reader can share it.

pub mod cell;

use chrono::{Datelike, NaiveDate};

/// The years the checker accepts: a date outside them is a typing mistake (a year of 20226, or 1926 for 2026).
pub fn in_range(d: NaiveDate) -> bool {
    (2000..=2100).contains(&d.year())
}

#[cfg(test)]
mod tests {
    use super::in_range;

    #[test]
    fn the_century_of_the_scheme_is_accepted_and_typing_slips_are_not() {
        let d = |s: &str| s.parse().unwrap();
        assert!(in_range(d("2000-01-01")) && in_range(d("2100-12-31")) && in_range(d("2026-02-28")));
        assert!(!in_range(d("1999-12-31")) && !in_range(d("2101-01-01")));
    }
}
