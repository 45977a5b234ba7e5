//! A moment as people read it: the date and time in the municipality's time zone,
//! Europe/Copenhagen, formatted in the reader's language. Made on the server from a stored
//! `Timestamp` (the browser bundle carries no time-zone database).

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalDateTime {
    pub year: i16,
    pub month: i8,
    pub day: i8,
    pub hour: i8,
    pub minute: i8,
}

const MONTHS_DA: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl LocalDateTime {
    pub const ZONE: &'static str = "Europe/Copenhagen";

    fn month_name(&self, lang: Lang) -> &'static str {
        let index = (self.month.clamp(1, 12) - 1) as usize;
        match lang {
            Lang::Da => MONTHS_DA[index],
            Lang::En => MONTHS_EN[index],
        }
    }

    /// "22. november 2026" or "22 November 2026".
    pub fn date_text(&self, lang: Lang) -> String {
        match lang {
            Lang::Da => format!("{}. {} {}", self.day, self.month_name(lang), self.year),
            Lang::En => format!("{} {} {}", self.day, self.month_name(lang), self.year),
        }
    }

    /// "22. november 2026 kl. 14.30" or "22 November 2026, 14:30".
    pub fn date_time_text(&self, lang: Lang) -> String {
        match lang {
            Lang::Da => format!(
                "{} kl. {:02}.{:02}",
                self.date_text(lang),
                self.hour,
                self.minute
            ),
            Lang::En => format!(
                "{}, {:02}:{:02}",
                self.date_text(lang),
                self.hour,
                self.minute
            ),
        }
    }

    /// The value of a `datetime-local` input ("2026-12-01T18:00").
    pub fn input_value(&self) -> String {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute
        )
    }

    /// ISO 8601 date, for `<time datetime>`.
    pub fn iso_date(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_in_each_language() {
        let t = LocalDateTime {
            year: 2027,
            month: 1,
            day: 1,
            hour: 0,
            minute: 30,
        };
        assert_eq!(t.date_text(Lang::Da), "1. januar 2027");
        assert_eq!(t.date_time_text(Lang::En), "1 January 2027, 00:30");
        assert_eq!(t.input_value(), "2027-01-01T00:30");
    }
}
