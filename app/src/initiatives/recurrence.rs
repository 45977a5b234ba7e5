//! Recurring activities: every week on the first time's weekday, or every month on the same
//! weekday of the month ("the second Tuesday", "the last Friday"), at the first time's
//! hour, up to and including a last day. Always with an end, so that a calendar, a feed
//! and the reminders know when to stop. Times are Copenhagen's: 18:00 stays 18:00 across
//! the change to and from summer time.

use crate::i18n::{Arg, Lang, Msg};
use crate::time::LocalDateTime;
use serde::{Deserialize, Serialize};

crate::stored_enum! {
    /// How often, as `initiatives.recurrence` stores it.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub enum Frequency {
        Weekly = "weekly",
        Monthly = "monthly",
    }
}

impl Frequency {
    /// The form's option.
    pub fn choice(self) -> Msg {
        match self {
            Frequency::Weekly => Msg::RepeatsWeekly,
            Frequency::Monthly => Msg::RepeatsMonthly,
        }
    }
}

/// The longest a rule may run: further ahead than that is not an arrangement yet.
pub const MAX_DAYS: i64 = 2 * 366;

/// A rule as a page shows it, made on the server (the browser has no time-zone data).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub frequency: Frequency,
    /// 1 for Monday to 7 for Sunday: the first time's weekday.
    pub weekday: i8,
    /// For a monthly rule, which of the month's such weekdays: 1 to 4, or -1 for the last.
    pub week: i8,
    /// The last day it may happen on.
    pub until: LocalDateTime,
    /// The next time from now, if there is one.
    pub next: Option<LocalDateTime>,
}

impl Rule {
    /// "Hver tirsdag til og med 12. marts 2027" / "Every Tuesday until 12 March 2027"; a
    /// monthly rule names the week of the month.
    pub fn words(&self, lang: Lang) -> String {
        let weekday = lang.text(weekday_name(self.weekday));
        let until = self.until.date_text(lang);
        match self.frequency {
            Frequency::Weekly => lang.format(
                Msg::RepeatsWeeklyWords,
                &[
                    ("weekday", Arg::from(weekday)),
                    ("until", Arg::from(&until)),
                ],
            ),
            Frequency::Monthly => lang.format(
                Msg::RepeatsMonthlyWords,
                &[
                    ("week", Arg::from(lang.text(week_name(self.week)))),
                    ("weekday", Arg::from(weekday)),
                    ("until", Arg::from(&until)),
                ],
            ),
        }
    }
}

fn weekday_name(weekday: i8) -> Msg {
    match weekday {
        1 => Msg::Monday,
        2 => Msg::Tuesday,
        3 => Msg::Wednesday,
        4 => Msg::Thursday,
        5 => Msg::Friday,
        6 => Msg::Saturday,
        _ => Msg::Sunday,
    }
}

fn week_name(week: i8) -> Msg {
    match week {
        1 => Msg::WeekFirst,
        2 => Msg::WeekSecond,
        3 => Msg::WeekThird,
        4 => Msg::WeekFourth,
        _ => Msg::WeekLast,
    }
}

#[cfg(feature = "ssr")]
pub use compute::Recurrence;

#[cfg(feature = "ssr")]
mod compute {
    use super::{Frequency, MAX_DAYS, Rule};
    use crate::error::{FormCheck, Problem};
    use crate::time::LocalDateTime;
    use crate::timestamp::{DAY, Timestamp};
    use jiff::civil::{Date, DateTime};
    use jiff::tz::TimeZone;

    /// A valid rule as stored: how often, and the moment its last day begins.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Recurrence {
        pub frequency: Frequency,
        pub until: Timestamp,
    }

    fn zone() -> TimeZone {
        TimeZone::get(LocalDateTime::ZONE).unwrap_or(TimeZone::UTC)
    }

    fn civil(at: Timestamp) -> DateTime {
        jiff::Timestamp::from_second(at.0)
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
            .to_zoned(zone())
            .datetime()
    }

    fn moment(at: DateTime) -> Option<Timestamp> {
        at.to_zoned(zone())
            .ok()
            .map(|z| Timestamp(z.timestamp().as_second()))
    }

    /// 1 to 4 for the first to fourth such weekday of its month, -1 for a fifth (which
    /// not every month has: "the last").
    fn week_of_month(date: Date) -> i8 {
        match (date.day() - 1) / 7 + 1 {
            5 => -1,
            week => week,
        }
    }

    impl Recurrence {
        /// Reads the form's `repeats` and `repeats_until` fields beside an already read
        /// start. No choice is no rule; a rule needs a start and a last day on or after
        /// it, at most `MAX_DAYS` later.
        pub fn parse(
            check: &mut FormCheck,
            repeats: &str,
            until: &str,
            starts_at: Option<Timestamp>,
        ) -> Option<Recurrence> {
            let repeats = repeats.trim();
            if repeats.is_empty() {
                return None;
            }
            let Some(frequency) = Frequency::parse(repeats) else {
                check.fail("repeats", Problem::UnknownChoice);
                return None;
            };
            let until = match Timestamp::from_local_date(until) {
                Ok(Some(until)) => until,
                Ok(None) => {
                    check.fail("repeats_until", Problem::RepeatsWithoutEnd);
                    return None;
                }
                Err(problem) => {
                    check.fail("repeats_until", problem);
                    return None;
                }
            };
            let Some(start) = starts_at else {
                check.fail("starts_at", Problem::RepeatsWithoutStart);
                return None;
            };
            if civil(until).date() < civil(start).date() {
                check.fail("repeats_until", Problem::EndBeforeStart);
                return None;
            }
            if until.seconds_since(start) > MAX_DAYS * DAY {
                check.fail("repeats_until", Problem::RepeatsTooLong);
                return None;
            }
            Some(Recurrence { frequency, until })
        }

        /// The starts of every time from `first`, in order, up to the last day.
        pub fn starts(self, first: Timestamp) -> impl Iterator<Item = Timestamp> {
            let first = civil(first);
            let last_day = civil(self.until).date();
            let week = week_of_month(first.date());
            let weekday = first.date().weekday();
            (0..)
                .map(move |n: i32| match self.frequency {
                    Frequency::Weekly => first.date().checked_add(jiff::Span::new().weeks(n)).ok(),
                    Frequency::Monthly => first
                        .date()
                        .first_of_month()
                        .checked_add(jiff::Span::new().months(n))
                        .ok()
                        .and_then(|month| month.nth_weekday_of_month(week, weekday).ok()),
                })
                .take_while(move |date| date.is_some_and(|date| date <= last_day))
                .filter_map(move |date| moment(date?.to_datetime(first.time())))
        }

        /// The first time that has not ended at `now` (`length` is how long each time
        /// lasts), if any is left.
        pub fn next(self, first: Timestamp, length: i64, now: Timestamp) -> Option<Timestamp> {
            self.starts(first).find(|start| start.plus(length) >= now)
        }

        /// How a page shows it.
        pub fn rule(self, first: Timestamp, length: i64, now: Timestamp) -> Rule {
            let start = civil(first).date();
            Rule {
                frequency: self.frequency,
                weekday: start.weekday().to_monday_one_offset(),
                week: week_of_month(start),
                until: self.until.local(),
                next: self.next(first, length, now).map(Timestamp::local),
            }
        }

        /// The iCalendar `RRULE` value (RFC 5545 3.3.10) for a first time written in
        /// Copenhagen time: `UNTIL` in UTC, the end of the last day.
        pub fn rrule(self, first: Timestamp) -> String {
            let start = civil(first).date();
            let end_of_last_day = moment(
                civil(self.until)
                    .date()
                    .tomorrow()
                    .map_or(civil(self.until), |day| {
                        day.to_datetime(jiff::civil::Time::midnight())
                    }),
            )
            .unwrap_or(self.until)
            .minus(1);
            let until = jiff::Timestamp::from_second(end_of_last_day.0)
                .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
                .strftime("%Y%m%dT%H%M%SZ")
                .to_string();
            let day = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
                [start.weekday().to_monday_zero_offset() as usize];
            match self.frequency {
                Frequency::Weekly => format!("FREQ=WEEKLY;BYDAY={day};UNTIL={until}"),
                Frequency::Monthly => format!(
                    "FREQ=MONTHLY;BYDAY={}{day};UNTIL={until}",
                    week_of_month(start)
                ),
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::i18n::Lang;

        fn at(input: &str) -> Timestamp {
            Timestamp::from_local_input(input).unwrap().unwrap()
        }

        fn day(input: &str) -> Timestamp {
            Timestamp::from_local_date(input).unwrap().unwrap()
        }

        fn local(times: impl Iterator<Item = Timestamp>) -> Vec<String> {
            times.map(|t| t.local().input_value()).collect()
        }

        #[test]
        fn weekly_keeps_the_hour_across_summer_time() {
            let rule = Recurrence {
                frequency: Frequency::Weekly,
                until: day("2027-04-06"),
            };
            // Summer time begins on 28 March 2027.
            assert_eq!(
                local(rule.starts(at("2027-03-16T18:00"))),
                [
                    "2027-03-16T18:00",
                    "2027-03-23T18:00",
                    "2027-03-30T18:00",
                    "2027-04-06T18:00"
                ]
            );
            assert_eq!(
                rule.rrule(at("2027-03-16T18:00")),
                "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270406T215959Z"
            );
        }

        #[test]
        fn monthly_is_the_same_weekday_of_the_month_or_the_last() {
            let second_tuesday = Recurrence {
                frequency: Frequency::Monthly,
                until: day("2027-03-31"),
            };
            assert_eq!(
                local(second_tuesday.starts(at("2027-01-12T17:00"))),
                ["2027-01-12T17:00", "2027-02-09T17:00", "2027-03-09T17:00"]
            );
            assert_eq!(
                second_tuesday.rrule(at("2027-01-12T17:00")),
                "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270331T215959Z"
            );
            let last_friday = Recurrence {
                frequency: Frequency::Monthly,
                until: day("2027-03-31"),
            };
            // 29 January 2027 is the fifth Friday: the last one each month.
            assert_eq!(
                local(last_friday.starts(at("2027-01-29T10:00"))),
                ["2027-01-29T10:00", "2027-02-26T10:00", "2027-03-26T10:00"]
            );
        }

        #[test]
        fn the_next_time_is_the_first_not_over() {
            let rule = Recurrence {
                frequency: Frequency::Weekly,
                until: day("2027-01-26"),
            };
            let first = at("2027-01-05T18:00");
            let two_hours = 2 * 3600;
            assert_eq!(
                rule.next(first, two_hours, at("2027-01-12T19:00"))
                    .map(|t| t.local().input_value()),
                Some("2027-01-12T18:00".to_owned()),
                "under way"
            );
            assert_eq!(
                rule.next(first, two_hours, at("2027-01-12T20:01"))
                    .map(|t| t.local().input_value()),
                Some("2027-01-19T18:00".to_owned())
            );
            assert_eq!(rule.next(first, two_hours, at("2027-01-27T00:00")), None);
            let words = rule.rule(first, two_hours, at("2027-01-01T00:00"));
            assert_eq!(
                words.words(Lang::Da),
                "Hver tirsdag til og med 26. januar 2027"
            );
            assert_eq!(words.words(Lang::En), "Every Tuesday until 26 January 2027");
        }

        fn parsed(
            repeats: &str,
            until: &str,
            start: Option<&str>,
        ) -> Result<Recurrence, Vec<(String, Problem)>> {
            let mut check = FormCheck::new();
            let rule = Recurrence::parse(&mut check, repeats, until, start.map(at));
            match check.finish() {
                Ok(()) => rule.ok_or_else(Vec::new),
                Err(crate::error::AppError::Invalid(invalid)) => Err(invalid
                    .problems
                    .into_iter()
                    .map(|p| (p.field, p.problem))
                    .collect()),
                Err(other) => panic!("{other:?}"),
            }
        }

        #[test]
        fn a_rule_needs_an_end_after_its_start_and_not_too_far() {
            assert!(parsed("weekly", "2027-03-01", Some("2027-01-05T18:00")).is_ok());
            let problem = |field: &str, problem| Err(vec![(field.to_owned(), problem)]);
            assert_eq!(
                parsed("weekly", "", Some("2027-01-05T18:00")),
                problem("repeats_until", Problem::RepeatsWithoutEnd)
            );
            assert_eq!(
                parsed("monthly", "2027-03-01", None),
                problem("starts_at", Problem::RepeatsWithoutStart)
            );
            assert_eq!(
                parsed("weekly", "2027-01-04", Some("2027-01-05T18:00")),
                problem("repeats_until", Problem::EndBeforeStart)
            );
            assert_eq!(
                parsed("weekly", "2029-06-01", Some("2027-01-05T18:00")),
                problem("repeats_until", Problem::RepeatsTooLong)
            );
            assert_eq!(
                parsed("daily", "2027-03-01", Some("2027-01-05T18:00")),
                problem("repeats", Problem::UnknownChoice)
            );
            assert_eq!(parsed("", "2027-03-01", None), Err(vec![]), "no rule");
        }
    }
}
