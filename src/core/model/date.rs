//! Dates as sources give them: a year, a month or a day ("November 2013" is `2013-11`).
//!
//! Sources rarely give exact days, and a month must not be silently turned into the first of
//! that month when it is shown. `PartialDate` keeps the precision the data file wrote and orders
//! a coarser date before any finer date inside it (`2013-11` < `2013-11-01`), so "the status on
//! or before a date" is well defined.

use std::fmt;
use std::str::FromStr;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A calendar date with the precision its source gave: year, year-month or year-month-day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    year: i32,
    // 0 = not given. Field order gives the ordering described in the module docs.
    month: u8,
    day: u8,
}

/// Why a date string was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("expected a date YYYY, YYYY-MM or YYYY-MM-DD, got {0:?}")]
    Format(String),
    #[error("{0:?} is not a real date")]
    OutOfRange(String),
}

impl PartialDate {
    /// Smallest and largest years accepted anywhere in a dataset.
    pub const MIN_YEAR: i32 = 1800;
    pub const MAX_YEAR: i32 = 2100;

    pub fn year_only(year: i32) -> Self {
        Self {
            year,
            month: 0,
            day: 0,
        }
    }

    /// A date of month precision, or `None` when the month is not 1 to 12.
    pub fn year_month(year: i32, month: u8) -> Option<Self> {
        (1..=12).contains(&month).then_some(Self {
            year,
            month,
            day: 0,
        })
    }

    pub fn ymd(year: i32, month: u8, day: u8) -> Option<Self> {
        let ok = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        ok.then_some(Self { year, month, day })
    }

    pub fn year(&self) -> i32 {
        self.year
    }
    pub fn month(&self) -> Option<u8> {
        (self.month != 0).then_some(self.month)
    }
    pub fn day(&self) -> Option<u8> {
        (self.day != 0).then_some(self.day)
    }

    /// The last day this date covers: `2016-09` → 30 Sep 2016, `2014` → 31 Dec 2014. "The state
    /// in September 2016" is the state at the end of that month.
    pub fn end_of_period(&self) -> Self {
        let month = self.month().unwrap_or(12);
        let day = self
            .day()
            .unwrap_or_else(|| days_in_month(self.year, month));
        Self {
            year: self.year,
            month,
            day,
        }
    }

    /// Human-readable English form with the data's precision: "2014", "Nov 2013", "22 Sep 2014".
    pub fn display_en(&self) -> String {
        match (self.month(), self.day()) {
            (Some(m), Some(d)) => format!("{d} {} {}", MONTHS[usize::from(m - 1)], self.year),
            (Some(m), None) => format!("{} {}", MONTHS[usize::from(m - 1)], self.year),
            _ => self.year.to_string(),
        }
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn digits(part: &str, len: usize) -> Option<u32> {
    (part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
        .then(|| part.parse().ok())
        .flatten()
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let format_err = || DateError::Format(s.to_owned());
        let range_err = || DateError::OutOfRange(s.to_owned());
        let mut parts = s.split('-');
        let year = parts
            .next()
            .and_then(|p| digits(p, 4))
            .ok_or_else(format_err)?;
        let month = parts
            .next()
            .map(|p| digits(p, 2).ok_or_else(format_err))
            .transpose()?;
        let day = parts
            .next()
            .map(|p| digits(p, 2).ok_or_else(format_err))
            .transpose()?;
        if parts.next().is_some() {
            return Err(format_err());
        }
        let year = i32::try_from(year).map_err(|_| format_err())?;
        if !(Self::MIN_YEAR..=Self::MAX_YEAR).contains(&year) {
            return Err(range_err());
        }
        // Values are at most two digits here, so the casts cannot truncate.
        match (month, day) {
            (None, _) => Ok(Self::year_only(year)),
            (Some(m), None) => Self::year_month(year, m as u8).ok_or_else(range_err),
            (Some(m), Some(d)) => Self::ymd(year, m as u8, d as u8).ok_or_else(range_err),
        }
    }
}

impl fmt::Display for PartialDate {
    /// The data-file form (`2013-11`), so that parse and display round-trip.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month() {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day() {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn end_of_period_is_the_last_day_covered() {
        let d = |s: &str| s.parse::<PartialDate>().expect("test date");
        assert_eq!(d("2016-09").end_of_period(), d("2016-09-30"));
        assert_eq!(d("2016-02").end_of_period(), d("2016-02-29"));
        assert_eq!(d("2014").end_of_period(), d("2014-12-31"));
        assert_eq!(d("2014-09-22").end_of_period(), d("2014-09-22"));
        assert!(d("2016-09-20") <= d("2016-09").end_of_period());
    }
    use proptest::prelude::*;

    fn d(s: &str) -> PartialDate {
        s.parse().expect("valid test date")
    }

    #[test]
    fn parses_each_precision() {
        assert_eq!(d("2014").month(), None);
        assert_eq!(d("2013-11").month(), Some(11));
        assert_eq!(d("2014-09-22").day(), Some(22));
    }

    #[test]
    fn refuses_impossible_and_malformed_dates() {
        for bad in [
            "2014-13-45",
            "2014-02-30",
            "2015-02-29",
            "2014-00",
            "2o14",
            "14-09-22",
            "2014-9-22",
            "2014-09-22-01",
            "",
            "1700",
            "+201",
            " 2014",
        ] {
            assert!(
                bad.parse::<PartialDate>().is_err(),
                "{bad:?} should be refused"
            );
        }
        assert!("2016-02-29".parse::<PartialDate>().is_ok());
        assert!("2000-02-29".parse::<PartialDate>().is_ok());
        assert!("1900-02-29".parse::<PartialDate>().is_err());
    }

    #[test]
    fn coarser_date_sorts_before_finer_dates_inside_it() {
        assert!(d("2013") < d("2013-01"));
        assert!(d("2013-11") < d("2013-11-01"));
        assert!(d("2013-11-30") < d("2013-12"));
        assert!(d("2014-09-22") < d("2016-09-20"));
    }

    #[test]
    fn displays_with_source_precision() {
        assert_eq!(d("2013-11").display_en(), "Nov 2013");
        assert_eq!(d("2014-09-22").display_en(), "22 Sep 2014");
        assert_eq!(d("2014").display_en(), "2014");
    }

    proptest! {
        #[test]
        fn parse_never_panics(s in "\\PC{0,16}") {
            let _ = s.parse::<PartialDate>();
        }

        #[test]
        fn display_round_trips(y in 1800i32..=2100, m in 0u8..=12, day in 0u8..=31) {
            let date = match (m, day) {
                (0, _) => Some(PartialDate::year_only(y)),
                (m, 0) => PartialDate::year_month(y, m),
                (m, day) => PartialDate::ymd(y, m, day),
            };
            if let Some(date) = date {
                prop_assert_eq!(date.to_string().parse::<PartialDate>(), Ok(date));
            }
        }
    }
}
