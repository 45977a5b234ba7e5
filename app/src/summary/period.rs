//! The period a summary covers: the last 30 days, quarter or year up to now, the last whole
//! calendar quarter or year, or chosen dates (both days included, in Copenhagen time), and
//! the previous period: the calendar quarter or year before, or as many days before.

use crate::error::Problem;
use serde::{Deserialize, Serialize};

/// The longest period one may choose: ten years.
pub const LONGEST_DAYS: i64 = 3_653;
#[cfg(feature = "ssr")]
const DAY: i64 = 24 * 60 * 60;

/// The choice on the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Choice {
    Days30,
    Quarter,
    Year,
    /// The last calendar quarter that is over.
    LastQuarter,
    /// The last calendar year that is over.
    LastYear,
    Custom,
}

impl Choice {
    pub const ALL: [Choice; 6] = [
        Choice::Days30,
        Choice::Quarter,
        Choice::Year,
        Choice::LastQuarter,
        Choice::LastYear,
        Choice::Custom,
    ];

    pub fn value(self) -> &'static str {
        match self {
            Choice::Days30 => "30d",
            Choice::Quarter => "quarter",
            Choice::Year => "year",
            Choice::LastQuarter => "last-quarter",
            Choice::LastYear => "last-year",
            Choice::Custom => "custom",
        }
    }

    /// Empty means the default, the last 30 days.
    pub fn parse(input: &str) -> Result<Choice, Problem> {
        match input.trim() {
            "" => Ok(Choice::Days30),
            other => Choice::ALL
                .into_iter()
                .find(|c| c.value() == other)
                .ok_or(Problem::UnknownChoice),
        }
    }

    /// The number of days of a preset period.
    #[cfg(feature = "ssr")]
    fn days(self) -> Option<i64> {
        match self {
            Choice::Days30 => Some(30),
            Choice::Quarter => Some(91),
            Choice::Year => Some(365),
            Choice::LastQuarter | Choice::LastYear | Choice::Custom => None,
        }
    }

    pub fn label(self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            Choice::Days30 => Msg::SummaryPeriod30,
            Choice::Quarter => Msg::SummaryPeriodQuarter,
            Choice::Year => Msg::SummaryPeriodYear,
            Choice::LastQuarter => Msg::SummaryPeriodLastQuarter,
            Choice::LastYear => Msg::SummaryPeriodLastYear,
            Choice::Custom => Msg::SummaryPeriodCustom,
        }
    }
}

/// A stretch of time: from `from` up to, not including, `to` (UTC seconds), with the first
/// and last day it touches as ISO dates in Copenhagen time, for people and spreadsheets.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub from: i64,
    pub to: i64,
    pub first_day: String,
    pub last_day: String,
}

impl Span {
    #[cfg(feature = "ssr")]
    pub fn new(from: i64, to: i64) -> Span {
        Span {
            from,
            to,
            first_day: crate::timestamp::Timestamp(from).local().iso_date(),
            // The last moment inside the span.
            last_day: crate::timestamp::Timestamp(to - 1).local().iso_date(),
        }
    }

    /// The period just before this one, meeting it at midnight and sharing no day: the
    /// calendar quarter or year before, when this is exactly one (quarters differ in length,
    /// so as many days back would not be one); otherwise as many whole days (Copenhagen
    /// time), across a change to or from summer time too. A span that does not start at
    /// midnight (only tests make one) gets the same length in seconds.
    #[cfg(feature = "ssr")]
    pub fn previous(&self) -> Span {
        let length = self.to - self.from;
        let by_days = (|| {
            let first: jiff::civil::Date = self.first_day.parse().ok()?;
            if midnight(first)? != self.from {
                return None;
            }
            if let Some(months) = self.calendar_months(first) {
                return midnight(first.checked_sub(jiff::Span::new().months(months)).ok()?);
            }
            let days = (length as f64 / DAY as f64).round() as i64;
            midnight(first.checked_sub(jiff::Span::new().days(days)).ok()?)
        })();
        Span::new(by_days.unwrap_or(self.from - length), self.from)
    }

    /// 12 when the span is exactly a calendar year from `first`, 3 when a calendar quarter.
    #[cfg(feature = "ssr")]
    fn calendar_months(&self, first: jiff::civil::Date) -> Option<i64> {
        if first.day() != 1 {
            return None;
        }
        let ends_after = |months: i64| {
            first
                .checked_add(jiff::Span::new().months(months))
                .ok()
                .and_then(midnight)
                == Some(self.to)
        };
        if first.month() == 1 && ends_after(12) {
            Some(12)
        } else if (first.month() - 1) % 3 == 0 && ends_after(3) {
            Some(3)
        } else {
            None
        }
    }
}

/// The first second of `date` in Copenhagen time.
#[cfg(feature = "ssr")]
fn midnight(date: jiff::civil::Date) -> Option<i64> {
    date.to_datetime(jiff::civil::Time::midnight())
        .in_tz(crate::time::LocalDateTime::ZONE)
        .ok()
        .map(|z| z.timestamp().as_second())
}

/// The last `days` whole days in Copenhagen time, today (so far) the last of them.
#[cfg(feature = "ssr")]
fn last_days(days: i64, now: i64) -> Option<Span> {
    let today = jiff::Timestamp::from_second(now)
        .ok()?
        .in_tz(crate::time::LocalDateTime::ZONE)
        .ok()?
        .date();
    let first = today.checked_sub(jiff::Span::new().days(days - 1)).ok()?;
    Some(Span::new(
        midnight(first)?,
        midnight(today.tomorrow().ok()?)?,
    ))
}

/// The last whole calendar quarter (`months` 3) or year (12) before the one `now` is in.
#[cfg(feature = "ssr")]
fn last_calendar(months: i8, now: i64) -> Option<Span> {
    let today = jiff::Timestamp::from_second(now)
        .ok()?
        .in_tz(crate::time::LocalDateTime::ZONE)
        .ok()?
        .date();
    let first_month = (today.month() - 1) / months * months + 1;
    let this = jiff::civil::Date::new(today.year(), first_month, 1).ok()?;
    let first = this.checked_sub(jiff::Span::new().months(months)).ok()?;
    Some(Span::new(midnight(first)?, midnight(this)?))
}

/// Works out the period from the form's fields, at `now`. Problems are named by field.
#[cfg(feature = "ssr")]
pub fn parse(
    choice: &str,
    from: &str,
    to: &str,
    now: i64,
) -> Result<(Choice, Span), Vec<(&'static str, Problem)>> {
    let choice = Choice::parse(choice).map_err(|p| vec![("period", p)])?;
    if let Some(days) = choice.days() {
        let span = last_days(days, now).unwrap_or_else(|| Span::new(now - days * DAY, now));
        return Ok((choice, span));
    }
    let calendar = match choice {
        Choice::LastQuarter => Some(3),
        Choice::LastYear => Some(12),
        _ => None,
    };
    if let Some(months) = calendar {
        let span = last_calendar(months, now)
            .unwrap_or_else(|| Span::new(now - i64::from(months) * 30 * DAY, now));
        return Ok((choice, span));
    }
    let mut problems = Vec::new();
    let first = match crate::timestamp::Timestamp::from_local_date(from) {
        Ok(Some(first)) => Some(first.seconds()),
        Ok(None) => {
            problems.push(("from", Problem::Required));
            None
        }
        Err(problem) => {
            problems.push(("from", problem));
            None
        }
    };
    let last = match crate::timestamp::Timestamp::from_local_date(to) {
        Ok(Some(last)) => Some(last.seconds()),
        Ok(None) => {
            problems.push(("to", Problem::Required));
            None
        }
        Err(problem) => {
            problems.push(("to", problem));
            None
        }
    };
    let (Some(first), Some(last)) = (first, last) else {
        return Err(problems);
    };
    if last < first {
        return Err(vec![("to", Problem::EndBeforeStart)]);
    }
    // The last day is included: the span ends where the next day begins (a day after its
    // start, found again in Copenhagen time so that a change to or from summer time holds).
    let next_day = crate::timestamp::Timestamp::from_local_date(&next_iso_day(to.trim()))
        .ok()
        .flatten()
        .map_or(last + DAY, |t| t.seconds());
    if next_day - first > LONGEST_DAYS * DAY {
        return Err(vec![(
            "to",
            Problem::TooLong {
                max: LONGEST_DAYS as usize,
            },
        )]);
    }
    Ok((choice, Span::new(first, next_day)))
}

/// The ISO date after `date` ("2026-02-28" → "2026-03-01").
#[cfg(feature = "ssr")]
fn next_iso_day(date: &str) -> String {
    date.parse::<jiff::civil::Date>()
        .ok()
        .and_then(|d| d.tomorrow().ok())
        .map(|d| d.to_string())
        .unwrap_or_default()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    const NOW: i64 = 1_790_000_000;

    #[test]
    fn a_preset_is_whole_days_up_to_today_and_the_previous_period_meets_it_at_midnight() {
        // NOW is 21 September 2026, 16:13 in Copenhagen (summer time, UTC+2).
        let (choice, span) = parse("", "", "", NOW).unwrap();
        assert_eq!(choice, Choice::Days30);
        assert_eq!(
            (span.first_day.as_str(), span.last_day.as_str()),
            ("2026-08-23", "2026-09-21")
        );
        // From midnight 23 August to midnight 22 September, Copenhagen time.
        assert_eq!((span.from, span.to), (1_787_436_000, 1_790_028_000));
        let previous = span.previous();
        assert_eq!(previous.to, span.from, "no day in both");
        assert_eq!(
            (previous.first_day.as_str(), previous.last_day.as_str()),
            ("2026-07-24", "2026-08-22")
        );
        let (_, year) = parse("year", "ignored", "", NOW).unwrap();
        assert_eq!(
            (year.first_day.as_str(), year.last_day.as_str()),
            ("2025-09-22", "2026-09-21")
        );
        // A year back from 22 September 2025 crosses two changes of the clock and still
        // starts at midnight.
        let before = year.previous();
        assert_eq!(before.first_day, "2024-09-22");
        assert_eq!(before.last_day, "2025-09-21");
    }

    #[test]
    fn the_last_whole_quarter_and_year_come_with_the_quarter_and_year_before() {
        // NOW is 21 September 2026: the last whole quarter is April to June.
        let (choice, quarter) = parse("last-quarter", "", "", NOW).unwrap();
        assert_eq!(choice, Choice::LastQuarter);
        assert_eq!(
            (quarter.first_day.as_str(), quarter.last_day.as_str()),
            ("2026-04-01", "2026-06-30")
        );
        // January to March has 90 days, April to June 91: the quarter before, not 91 days.
        let before = quarter.previous();
        assert_eq!(
            (before.first_day.as_str(), before.last_day.as_str()),
            ("2026-01-01", "2026-03-31")
        );
        assert_eq!(before.to, quarter.from);
        let (_, year) = parse("last-year", "", "", NOW).unwrap();
        assert_eq!(
            (year.first_day.as_str(), year.last_day.as_str()),
            ("2025-01-01", "2025-12-31")
        );
        assert_eq!(year.previous().first_day, "2024-01-01", "2024 has 366 days");
        assert_eq!(year.previous().last_day, "2024-12-31");
        // In January, the last whole quarter and year are those of the year before.
        let january = 1_768_000_000; // 10 January 2026
        let quarter = parse("last-quarter", "", "", january).unwrap().1;
        assert_eq!(quarter.first_day, "2025-10-01");
        assert_eq!(quarter.last_day, "2025-12-31");
        // Chosen dates that make a quarter are compared with the quarter before too.
        let (_, chosen) = parse("custom", "2026-07-01", "2026-09-30", NOW).unwrap();
        assert_eq!(chosen.previous().first_day, "2026-04-01");
        // A month is not a quarter: February's 28 days are compared with 28 days.
        let (_, february) = parse("custom", "2026-02-01", "2026-02-28", NOW).unwrap();
        assert_eq!(february.previous().first_day, "2026-01-04");
    }

    #[test]
    fn the_previous_period_of_chosen_dates_is_as_many_days_across_summer_time() {
        // March 2026 (31 days, summer time begins on the 29th): the previous 31 days are
        // 29 January to 28 February.
        let (_, march) = parse("custom", "2026-03-01", "2026-03-31", NOW).unwrap();
        let previous = march.previous();
        assert_eq!(
            (previous.first_day.as_str(), previous.last_day.as_str()),
            ("2026-01-29", "2026-02-28")
        );
        assert_eq!(previous.to, march.from);
    }

    #[test]
    fn chosen_dates_include_both_days_in_copenhagen_time() {
        let (choice, span) = parse("custom", "2026-03-01", "2026-03-31", NOW).unwrap();
        assert_eq!(choice, Choice::Custom);
        // Midnight 1 March (UTC+1) to midnight 1 April (UTC+2, summer time began on 29 March).
        assert_eq!(span.from, 1_772_319_600);
        assert_eq!(span.to, 1_774_994_400);
        assert_eq!(span.first_day, "2026-03-01");
        assert_eq!(span.last_day, "2026-03-31");
        let one_day = parse("custom", "2026-03-01", "2026-03-01", NOW).unwrap().1;
        assert_eq!(one_day.to - one_day.from, DAY);
    }

    #[test]
    fn wrong_dates_are_named_by_field() {
        assert_eq!(
            parse("custom", "", "2026-03-01", NOW).unwrap_err(),
            vec![("from", Problem::Required)]
        );
        assert_eq!(
            parse("custom", "2026-03-05", "2026-03-01", NOW).unwrap_err(),
            vec![("to", Problem::EndBeforeStart)]
        );
        assert_eq!(
            parse("custom", "2000-01-01", "2026-03-01", NOW).unwrap_err(),
            vec![("to", Problem::TooLong { max: 3_653 })]
        );
        assert_eq!(
            parse("decade", "", "", NOW).unwrap_err(),
            vec![("period", Problem::UnknownChoice)]
        );
        assert_eq!(
            parse("custom", "01-03-2026", "x", NOW).unwrap_err(),
            vec![
                ("from", Problem::InvalidDateTime),
                ("to", Problem::InvalidDateTime)
            ]
        );
    }
}
