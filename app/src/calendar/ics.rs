//! Calendar files (iCalendar, RFC 5545) of initiatives: one event per dated initiative, in
//! Copenhagen time, with a UID that never changes, a SEQUENCE the database raises on every
//! change, and CANCELLED once its initiators withdrew it.

use crate::initiatives::kind::State;
use crate::time::LocalDateTime;
use crate::timestamp::Timestamp;
use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike, EventStatus, Property};

/// A dated initiative as a calendar shows it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Entry {
    pub id: crate::ids::InitiativeId,
    pub title: String,
    pub description: String,
    pub starts_at: Timestamp,
    pub ends_at: Option<Timestamp>,
    pub place: Option<String>,
    pub state: State,
    pub calendar_sequence: i64,
    pub updated_at: Timestamp,
    pub recurrence: Option<crate::initiatives::recurrence::Frequency>,
    pub recurs_until: Option<Timestamp>,
}

impl Entry {
    /// Its rule, if it recurs (the database keeps the two columns together).
    fn rule(&self) -> Option<crate::initiatives::recurrence::Recurrence> {
        Some(crate::initiatives::recurrence::Recurrence {
            frequency: self.recurrence?,
            until: self.recurs_until?,
        })
    }
}

/// The time zone every time is written in, as the standard's VTIMEZONE: central European
/// time with summer time from the last Sunday of March to the last Sunday of October (the
/// rule since 1996). Written as text: icalendar 0.17 writes no time zones (an open item of its
/// own), and a component it does not know gets a made-up UID and DTSTAMP when written.
const ZONE: &str = "BEGIN:VTIMEZONE\r\n\
TZID:Europe/Copenhagen\r\n\
X-LIC-LOCATION:Europe/Copenhagen\r\n\
BEGIN:DAYLIGHT\r\n\
TZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0200\r\n\
TZNAME:CEST\r\n\
DTSTART:19700329T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\n\
BEGIN:STANDARD\r\n\
TZOFFSETFROM:+0200\r\n\
TZOFFSETTO:+0100\r\n\
TZNAME:CET\r\n\
DTSTART:19701025T030000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n\
END:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// The UID of an initiative's event: the same in every file and feed, on every change, so
/// that a calendar program updates the entry it has instead of adding another.
pub fn uid(id: crate::ids::InitiativeId, public_url: &str) -> String {
    let host = public_url
        .split("://")
        .nth(1)
        .unwrap_or(public_url)
        .split(['/', ':'])
        .next()
        .unwrap_or("forsamling");
    format!("initiative-{id}@{host}")
}

fn copenhagen(at: Timestamp) -> CalendarDateTime {
    let local: LocalDateTime = at.local();
    let date_time = chrono::NaiveDate::from_ymd_opt(
        i32::from(local.year),
        local.month as u32,
        local.day as u32,
    )
    .and_then(|date| date.and_hms_opt(local.hour as u32, local.minute as u32, 0))
    .unwrap_or_default();
    CalendarDateTime::WithTimezone {
        date_time,
        tzid: LocalDateTime::ZONE.to_owned(),
    }
}

fn utc(at: Timestamp) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp(at.seconds(), 0).unwrap_or_default()
}

/// A calendar named `name` holding `entries`; `public_url` makes each event's address and
/// UID, `now` its DTSTAMP (when the file was made).
pub fn calendar(name: &str, entries: &[Entry], public_url: &str, now: Timestamp) -> String {
    let mut calendar = Calendar::new();
    calendar
        .append_property(Property::new(
            "PRODID",
            "-//forsamling//Forsamlingshuset//DA",
        ))
        .append_property(Property::new("METHOD", "PUBLISH"))
        .name(name)
        .timezone(LocalDateTime::ZONE);
    for entry in entries {
        let page = format!("{public_url}/initiatives/{}", entry.id);
        let mut event = Event::new();
        event
            .uid(&uid(entry.id, public_url))
            .timestamp(utc(now))
            .last_modified(utc(entry.updated_at))
            .sequence(u32::try_from(entry.calendar_sequence).unwrap_or(u32::MAX))
            .summary(&entry.title)
            // The page's address ends the description as well: not every calendar program
            // shows URL.
            .description(&format!("{}\n\n{page}", entry.description))
            .url(&page)
            .starts(copenhagen(entry.starts_at))
            .status(if entry.state == State::Withdrawn {
                EventStatus::Cancelled
            } else {
                EventStatus::Confirmed
            });
        if let Some(ends_at) = entry.ends_at {
            event.ends(copenhagen(ends_at));
        }
        if let Some(place) = &entry.place {
            event.location(place);
        }
        if let Some(rule) = entry.rule() {
            // The first time is DTSTART; the rule repeats it on the same local weekday
            // and hour until the end of the last day.
            event.add_property("RRULE", rule.rrule(entry.starts_at));
        }
        calendar.push(event.done());
    }
    let text = calendar.done().to_string();
    // The zone goes before the events that name it (or before the end of an empty one).
    let at = text
        .find("BEGIN:VEVENT")
        .or_else(|| text.find("END:VCALENDAR"))
        .unwrap_or(text.len());
    format!("{}{ZONE}{}", &text[..at], &text[at..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::InitiativeId;

    fn entry(state: State) -> Entry {
        Entry {
            id: InitiativeId(7),
            title: "Loppemarked; alle, også børn".to_owned(),
            description: "Kom, og tag naboen med.".to_owned(),
            // 1 July 2026, 15:00 UTC: 17:00 in Copenhagen (summer time).
            starts_at: Timestamp(1_782_918_000),
            ends_at: Some(Timestamp(1_782_928_800)),
            place: Some("Pladsen".to_owned()),
            state,
            calendar_sequence: 3,
            updated_at: Timestamp(1_782_000_000),
            recurrence: None,
            recurs_until: None,
        }
    }

    #[test]
    fn a_recurring_activity_has_its_rule() {
        use crate::initiatives::recurrence::Frequency;
        let weekly = Entry {
            recurrence: Some(Frequency::Weekly),
            // 29 July 2026 begins at 22:00 UTC the day before, in summer time.
            recurs_until: Some(Timestamp(1_785_276_000)),
            ..entry(State::Published)
        };
        let text = calendar("Test", &[weekly], "https://x.dk", Timestamp(0));
        assert!(
            text.contains("RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20260729T215959Z"),
            "{text}"
        );
        // (The zone's own rules for summer time are RRULEs too.)
        let once = calendar(
            "Test",
            &[entry(State::Published)],
            "https://x.dk",
            Timestamp(0),
        );
        let event = &once[once.find("BEGIN:VEVENT").unwrap()..];
        assert!(!event.contains("RRULE"), "{once}");
    }

    #[test]
    fn an_event_is_written_in_copenhagen_time_with_its_zone_and_escaped_text() {
        let text = calendar(
            "Test",
            &[entry(State::Published)],
            "https://x.dk",
            Timestamp(0),
        );
        assert!(
            text.contains("DTSTART;TZID=Europe/Copenhagen:20260701T170000"),
            "{text}"
        );
        assert!(
            text.contains("DTEND;TZID=Europe/Copenhagen:20260701T200000"),
            "{text}"
        );
        assert!(text.contains("UID:initiative-7@x.dk"), "{text}");
        assert!(text.contains("SEQUENCE:3"), "{text}");
        assert!(text.contains("STATUS:CONFIRMED"), "{text}");
        assert!(
            text.contains("SUMMARY:Loppemarked\\; alle\\, også børn"),
            "{text}"
        );
        let zone = text.find("BEGIN:VTIMEZONE").expect("a zone");
        assert!(zone < text.find("BEGIN:VEVENT").expect("an event"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
    }

    #[test]
    fn a_withdrawn_initiative_is_a_cancelled_event() {
        let text = calendar(
            "Test",
            &[entry(State::Withdrawn)],
            "https://x.dk",
            Timestamp(0),
        );
        assert!(text.contains("STATUS:CANCELLED"), "{text}");
    }

    #[test]
    fn the_uid_names_the_sites_host() {
        assert_eq!(
            uid(InitiativeId(3), "https://forsamling.albertslund.dk"),
            "initiative-3@forsamling.albertslund.dk"
        );
        assert_eq!(
            uid(InitiativeId(3), "http://127.0.0.1:3000"),
            "initiative-3@127.0.0.1"
        );
    }
}
