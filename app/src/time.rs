//! A moment as people read it: the date and time in the municipality's time zone,
//! Europe/Copenhagen, written as the reader's language writes it (the `date` and `date-time`
//! messages). Made on the server from a stored `Timestamp` (the browser bundle carries no
//! time-zone database).

use crate::i18n::{Arg, Lang, Msg};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalDateTime {
    pub year: i16,
    pub month: i8,
    pub day: i8,
    pub hour: i8,
    pub minute: i8,
}

impl LocalDateTime {
    pub const ZONE: &'static str = "Europe/Copenhagen";

    /// "22. november 2026" or "22 November 2026": the language's `date` message.
    pub fn date_text(&self, lang: Lang) -> String {
        let year = self.year.to_string();
        lang.format(
            Msg::Date,
            &[
                ("day", Arg::from(i32::from(self.day))),
                ("month", Arg::from(i32::from(self.month.clamp(1, 12)))),
                ("year", Arg::from(&year)),
            ],
        )
    }

    /// "22. november 2026 kl. 14.30" or "22 November 2026, 14:30": `date-time`.
    pub fn date_time_text(&self, lang: Lang) -> String {
        let date = self.date_text(lang);
        let (hour, minute) = (format!("{:02}", self.hour), format!("{:02}", self.minute));
        lang.format(
            Msg::DateTime,
            &[
                ("date", Arg::from(&date)),
                ("hour", Arg::from(&hour)),
                ("minute", Arg::from(&minute)),
            ],
        )
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
    fn dates_are_written_as_each_language_writes_them() {
        let t = LocalDateTime {
            year: 2026,
            month: 11,
            day: 22,
            hour: 9,
            minute: 5,
        };
        assert_eq!(t.date_time_text(Lang::Da), "22. november 2026 kl. 09.05");
        assert_eq!(t.date_time_text(Lang::En), "22 November 2026, 09:05");
        let new_year = LocalDateTime {
            year: 2027,
            month: 1,
            day: 1,
            hour: 0,
            minute: 30,
        };
        assert_eq!(new_year.date_text(Lang::Da), "1. januar 2027");
        assert_eq!(new_year.date_time_text(Lang::En), "1 January 2027, 00:30");
        assert_eq!(new_year.input_value(), "2027-01-01T00:30");
    }
}
