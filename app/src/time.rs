//! Times are stored as UTC seconds and shown in the municipality's time zone,
//! Europe/Copenhagen. The conversion happens on the server (the browser bundle carries no
//! time-zone database); the page only formats the local parts in the reader's language.

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

    #[cfg(feature = "ssr")]
    pub fn from_utc_seconds(seconds: i64) -> Self {
        let zoned = jiff::Timestamp::from_second(seconds)
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
            .in_tz(Self::ZONE)
            .unwrap_or_else(|_| jiff::Timestamp::UNIX_EPOCH.to_zoned(jiff::tz::TimeZone::UTC));
        LocalDateTime {
            year: zoned.year(),
            month: zoned.month(),
            day: zoned.day(),
            hour: zoned.hour(),
            minute: zoned.minute(),
        }
    }

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

    /// Reads a `datetime-local` input, meant in Copenhagen time, as UTC seconds. Empty
    /// means "not given".
    #[cfg(feature = "ssr")]
    pub fn parse_input(input: &str) -> Result<Option<i64>, crate::error::Problem> {
        let input = input.trim();
        if input.is_empty() {
            return Ok(None);
        }
        let civil: jiff::civil::DateTime = input
            .parse()
            .map_err(|_| crate::error::Problem::InvalidDateTime)?;
        let zoned = civil
            .in_tz(Self::ZONE)
            .map_err(|_| crate::error::Problem::InvalidDateTime)?;
        Ok(Some(zoned.timestamp().as_second()))
    }

    /// Reads a `date` input ("2026-12-01"), meant in Copenhagen time, as the UTC seconds at
    /// which that day begins. Empty means "not given".
    #[cfg(feature = "ssr")]
    pub fn parse_date(input: &str) -> Result<Option<i64>, crate::error::Problem> {
        let input = input.trim();
        if input.is_empty() {
            return Ok(None);
        }
        let date: jiff::civil::Date = input
            .parse()
            .map_err(|_| crate::error::Problem::InvalidDateTime)?;
        let zoned = date
            .to_datetime(jiff::civil::Time::midnight())
            .in_tz(Self::ZONE)
            .map_err(|_| crate::error::Problem::InvalidDateTime)?;
        Ok(Some(zoned.timestamp().as_second()))
    }

    /// ISO 8601 date, for `<time datetime>`.
    pub fn iso_date(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn a_date_begins_at_midnight_in_copenhagen() {
        // Midnight on 1 July 2026 in Copenhagen is 22:00 UTC the day before.
        assert_eq!(
            LocalDateTime::parse_date("2026-07-01"),
            Ok(Some(1_782_856_800))
        );
        assert_eq!(LocalDateTime::parse_date(" "), Ok(None));
        assert_eq!(
            LocalDateTime::parse_date("2026-13-01"),
            Err(crate::error::Problem::InvalidDateTime)
        );
    }

    #[test]
    fn summer_and_winter_time_in_copenhagen() {
        // 2026-07-01T12:00:00Z is 14:00 in summer (UTC+2).
        let summer = LocalDateTime::from_utc_seconds(1_782_907_200);
        assert_eq!((summer.hour, summer.minute), (14, 0));
        // 2026-01-15T12:00:00Z is 13:00 in winter (UTC+1).
        let winter = LocalDateTime::from_utc_seconds(1_768_478_400);
        assert_eq!((winter.hour, winter.minute), (13, 0));
    }

    #[test]
    fn form_input_is_read_as_copenhagen_time() {
        // 18:00 on 1 December 2026 in Copenhagen is 17:00 UTC.
        let seconds = LocalDateTime::parse_input("2026-12-01T18:00")
            .unwrap()
            .unwrap();
        assert_eq!(seconds, 1_796_144_400);
        let back = LocalDateTime::from_utc_seconds(seconds);
        assert_eq!(back.input_value(), "2026-12-01T18:00");
        assert_eq!(LocalDateTime::parse_input(""), Ok(None));
        assert_eq!(
            LocalDateTime::parse_input("next tuesday"),
            Err(crate::error::Problem::InvalidDateTime)
        );
    }

    #[test]
    fn late_evening_utc_is_the_next_day_locally() {
        // 2026-12-31T23:30:00Z is 00:30 on 1 January 2027 in Copenhagen.
        let t = LocalDateTime::from_utc_seconds(1_798_759_800);
        assert_eq!((t.year, t.month, t.day), (2027, 1, 1));
        assert_eq!(t.date_text(Lang::Da), "1. januar 2027");
        assert_eq!(t.date_time_text(Lang::En), "1 January 2027, 00:30");
    }

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
    }
}
