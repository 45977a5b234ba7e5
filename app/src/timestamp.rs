//! A moment as the database stores it: whole UTC seconds (integers, because `sqlx::Any`
//! decodes no date types; see `db`). Shown to people through one conversion to
//! Copenhagen time, `Timestamp::local`, and read from forms in Copenhagen time.

#[cfg(feature = "ssr")]
use crate::error::Problem;
#[cfg(feature = "ssr")]
use crate::time::LocalDateTime;
use serde::{Deserialize, Serialize};

pub const MINUTE: i64 = 60;
pub const HOUR: i64 = 60 * MINUTE;
pub const DAY: i64 = 24 * HOUR;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "ssr", derive(sqlx::Type), sqlx(transparent))]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// The current moment.
    #[cfg(feature = "ssr")]
    pub fn now() -> Timestamp {
        use std::time::{SystemTime, UNIX_EPOCH};
        Timestamp(
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or_default(),
        )
    }

    pub fn seconds(self) -> i64 {
        self.0
    }

    /// In Copenhagen time, for showing.
    #[cfg(feature = "ssr")]
    pub fn local(self) -> LocalDateTime {
        let zoned = jiff::Timestamp::from_second(self.0)
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
            .in_tz(LocalDateTime::ZONE)
            .unwrap_or_else(|_| jiff::Timestamp::UNIX_EPOCH.to_zoned(jiff::tz::TimeZone::UTC));
        LocalDateTime {
            year: zoned.year(),
            month: zoned.month(),
            day: zoned.day(),
            hour: zoned.hour(),
            minute: zoned.minute(),
        }
    }

    /// ISO 8601 in UTC ("2026-12-01T17:00:00Z"), for files people download.
    #[cfg(feature = "ssr")]
    pub fn iso_utc(self) -> String {
        jiff::Timestamp::from_second(self.0)
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
            .to_string()
    }

    /// Reads a `datetime-local` input ("2026-12-01T18:00"), meant in Copenhagen time.
    /// Empty means "not given".
    #[cfg(feature = "ssr")]
    pub fn from_local_input(input: &str) -> Result<Option<Timestamp>, Problem> {
        let input = input.trim();
        if input.is_empty() {
            return Ok(None);
        }
        let civil: jiff::civil::DateTime = input.parse().map_err(|_| Problem::InvalidDateTime)?;
        let zoned = civil
            .in_tz(LocalDateTime::ZONE)
            .map_err(|_| Problem::InvalidDateTime)?;
        Ok(Some(Timestamp(zoned.timestamp().as_second())))
    }

    /// Reads a `date` input ("2026-12-01"), meant in Copenhagen time, as the moment that
    /// day begins. Empty means "not given".
    #[cfg(feature = "ssr")]
    pub fn from_local_date(input: &str) -> Result<Option<Timestamp>, Problem> {
        let input = input.trim();
        if input.is_empty() {
            return Ok(None);
        }
        let date: jiff::civil::Date = input.parse().map_err(|_| Problem::InvalidDateTime)?;
        let zoned = date
            .to_datetime(jiff::civil::Time::midnight())
            .in_tz(LocalDateTime::ZONE)
            .map_err(|_| Problem::InvalidDateTime)?;
        Ok(Some(Timestamp(zoned.timestamp().as_second())))
    }

    pub fn plus(self, seconds: i64) -> Timestamp {
        Timestamp(self.0.saturating_add(seconds))
    }

    pub fn minus(self, seconds: i64) -> Timestamp {
        Timestamp(self.0.saturating_sub(seconds))
    }

    /// Seconds from `earlier` to this moment; never negative.
    pub fn seconds_since(self, earlier: Timestamp) -> i64 {
        (self.0 - earlier.0).max(0)
    }
}

impl std::fmt::Display for Timestamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "ssr")]
    #[test]
    fn a_date_begins_at_midnight_in_copenhagen() {
        // Midnight on 1 July 2026 in Copenhagen is 22:00 UTC the day before.
        assert_eq!(
            Timestamp::from_local_date("2026-07-01"),
            Ok(Some(Timestamp(1_782_856_800)))
        );
        assert_eq!(Timestamp::from_local_date(" "), Ok(None));
        assert_eq!(
            Timestamp::from_local_date("2026-13-01"),
            Err(Problem::InvalidDateTime)
        );
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn summer_and_winter_time_in_copenhagen() {
        // 2026-07-01T12:00:00Z is 14:00 in summer (UTC+2).
        let summer = Timestamp(1_782_907_200).local();
        assert_eq!((summer.hour, summer.minute), (14, 0));
        // 2026-01-15T12:00:00Z is 13:00 in winter (UTC+1).
        let winter = Timestamp(1_768_478_400).local();
        assert_eq!((winter.hour, winter.minute), (13, 0));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn form_input_is_read_as_copenhagen_time() {
        // 18:00 on 1 December 2026 in Copenhagen is 17:00 UTC.
        let moment = Timestamp::from_local_input("2026-12-01T18:00")
            .unwrap()
            .unwrap();
        assert_eq!(moment.seconds(), 1_796_144_400);
        assert_eq!(moment.local().input_value(), "2026-12-01T18:00");
        assert_eq!(Timestamp::from_local_input(""), Ok(None));
        assert_eq!(
            Timestamp::from_local_input("next tuesday"),
            Err(Problem::InvalidDateTime)
        );
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn late_evening_utc_is_the_next_day_locally() {
        // 2026-12-31T23:30:00Z is 00:30 on 1 January 2027 in Copenhagen.
        let t = Timestamp(1_798_759_800).local();
        assert_eq!(
            (t.year, t.month, t.day, t.hour, t.minute),
            (2027, 1, 1, 0, 30)
        );
    }

    #[test]
    fn arithmetic_in_seconds_never_goes_backwards() {
        let t = Timestamp(1_000);
        assert_eq!(t.plus(DAY).seconds(), 1_000 + 86_400);
        assert_eq!(t.minus(HOUR), Timestamp(1_000 - 3_600));
        assert_eq!(t.seconds_since(Timestamp(400)), 600);
        assert_eq!(Timestamp(400).seconds_since(t), 0);
    }
}
