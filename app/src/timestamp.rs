//! A moment as the database stores it: whole UTC seconds (integers, because `sqlx::Any`
//! decodes no date types; see `db`). Shown to people through one conversion to
//! Copenhagen time, `Timestamp::local`.

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
    pub fn local(self) -> crate::time::LocalDateTime {
        crate::time::LocalDateTime::from_utc_seconds(self.0)
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

    #[test]
    fn arithmetic_in_seconds_never_goes_backwards() {
        let t = Timestamp(1_000);
        assert_eq!(t.plus(DAY).seconds(), 1_000 + 86_400);
        assert_eq!(t.minus(HOUR), Timestamp(1_000 - 3_600));
        assert_eq!(t.seconds_since(Timestamp(400)), 600);
        assert_eq!(Timestamp(400).seconds_since(t), 0);
    }
}
