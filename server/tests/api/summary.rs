//! The politicians' engagement summary, on SQLite and PostgreSQL: a hand-made data set with
//! every figure worked out by hand from the rules in `app/src/summary/mod.rs` (for the
//! period and the previous one, plain, narrowed to a goal and to a neighbourhood); who may
//! read it; and that no name, email or account id leaves the server (JSON, page, CSV).
//!
//! # The data set
//!
//! The period asked for is February 2026 (`from` 2026-02-01, `to` 2026-02-28, Copenhagen
//! time): from 2026-02-01 00:00 to 2026-03-01 00:00 local time, 28 days. The previous period
//! is the 28 days before: 2026-01-04 00:00 to 2026-02-01 00:00. Times are written as the
//! wall clock in Copenhagen: `cet(…)` in winter time (UTC+1), `cest(…)` in summer time
//! (UTC+2, only for I15). In the comments "P" is
//! the previous period (4–31 January), "C" the current one (February), "before" is before
//! 4 January.
//!
//! Neighbourhoods: Hedemarken (H, 2,300 residents), Blokland (B, 1,800), Kanalens Kvarter
//! (K, residents not entered), Herstedøster (Ø, 4,000); some people state none (NS).
//!
//! Initiatives (place; goals; what became of it):
//! - I1 Fællesspisning (H; goal 1), published 5 Nov 2025, carried out 1 March 2026 (after).
//! - I2 Borgermøde (whole town; goal 2), published 2 Dec 2025.
//! - I3 Kulturnat (K; goals 1 and 2), proposed 5 Jan, published 7 Jan (P).
//! - I4 Lektiecafé (B; no goal), proposed 1 Feb 00:30 (31 Jan 23:30 UTC), published 2 Feb.
//! - I5 Havedag (Ø; goal 1), proposed 8 Feb, published 10 Feb.
//! - I6 Loppemarked (H; goal 2), published 20 Nov 2025, carried out 20 Feb.
//! - I7 Lukket klub (H; goal 1), proposed 8 Jan, published 10 Jan, carried out 24 Jan,
//!   HIDDEN 25 Jan: counts nowhere but in "proposed" and its publish decision under
//!   moderation.
//! - I8 P-plads (B), proposed 15 Jan, rejected 18 Jan.
//! - I9 Gadefest (Ø), proposed 3 Feb, sent back 5 Feb (still sent back).
//! - I10 Byttemarked (K), proposed 25 Feb, pending.
//! - I11 Nytårsløb (whole town; goal 1), proposed 5 Jan, sent back 6 Jan, resubmitted 9 Jan,
//!   published 13 Jan.
//! - I12 Graffitivæg (Ø), proposed 27 Feb, rejected 28 Feb 23:30.
//! - I13 Nytårskur (H), proposed 2 Jan, withdrawn by its author.
//! - I14 Fortællecafé (K; goal 2), proposed 28 Jan (P), sent back 2 Feb, resubmitted 3 Feb,
//!   published 4 Feb (C). Its author held her initiator participation while it waited in P.
//! - I15 Sommerbio (Ø), proposed 1 August 2025 00:30 (summer time), rejected 3 August.
//! - I16 Vinterkoncert (whole town; no goal), published 3 Dec 2025, an event held on
//!   20 January (P) 19–22: Karl, signed up since December, takes part in it in P only.
//! - I17 Forårskoncert (whole town; no goal), published 3 Jan 2026 (before P), an event on
//!   15 March: Lars signs up in C and takes part in nothing in C.
//! - I18 Bænke ved søen (H; no goal), an idea published 26 Nov 2025 and carried out
//!   15 Dec: Viggo, still signed up, takes part in it in neither P nor C.
//!
//! All but I16 and I17 are undated: they run from publication until carried out (rule 2).
//!
//! Every person's history is in `EVENTS`; the per-person table worked out from it (level
//! held in P and in C, new, stepped up) is in `every_figure_of_the_summary_matches_the_hand_count`.

use crate::helpers::{TestApp, Visitor};
use app::accounts::role::Role;
use app::error::AppError;
use app::participation::level::Level;
use app::summary::page::LoadSummary;
use app::summary::privacy::Count;
use app::summary::{Figure, GoalRow, LadderRow, Month, Narrowing, PlaceRow, Summary};
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};

on_both_databases!(
    every_figure_of_the_summary_matches_the_hand_count,
    narrowing_to_a_goal_keeps_the_initiatives_tied_to_it,
    narrowing_to_a_neighbourhood_keeps_the_initiatives_that_take_place_there,
    only_politicians_moderators_and_administrators_read_the_summary,
    the_summary_shows_no_names_emails_or_account_ids,
    the_csv_downloads_start_with_a_header_and_are_refused_to_others,
    the_counts_behind_the_hidden_figures_match_the_hand_count,
    a_view_makes_a_bounded_number_of_queries,
    a_view_is_served_computed_while_fresh_and_says_when,
);

// ---------------------------------------------------------------------------------------
// Time

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
const fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// UTC seconds of a wall-clock time in Copenhagen, for a date in winter time (UTC+1):
/// between the end of summer time 2025 (26 October) and its start in 2026 (29 March).
const fn cet(y: i64, m: i64, d: i64, h: i64, min: i64) -> i64 {
    assert!(
        (y == 2025 && (m == 11 || m == 12 || (m == 10 && d > 26)))
            || (y == 2026 && (m <= 2 || (m == 3 && d < 29)))
    );
    days_from_civil(y, m, d) * 86_400 + h * 3_600 + min * 60 - 3_600
}

/// The same in summer time (UTC+2), between 30 March and 26 October 2025.
const fn cest(y: i64, m: i64, d: i64, h: i64, min: i64) -> i64 {
    assert!(y == 2025 && ((m == 3 && d >= 30) || (m >= 4 && m <= 9) || (m == 10 && d < 26)));
    days_from_civil(y, m, d) * 86_400 + h * 3_600 + min * 60 - 7_200
}

const HOUR: i64 = 3_600;

/// The period asked for: February 2026.
const FROM: &str = "2026-02-01";
const TO: &str = "2026-02-28";
const QUERY: &str = "period=custom&from=2026-02-01&to=2026-02-28";

// ---------------------------------------------------------------------------------------
// The data set

const H: &str = "Hedemarken";
const B: &str = "Blokland";
const K: &str = "Kanalens Kvarter";
const OE: &str = "Herstedøster";

/// Name and residents (as an administrator entered them).
const NEIGHBOURHOODS: [(&str, Option<i64>); 4] = [
    (H, Some(2_300)),
    (B, Some(1_800)),
    (K, None),
    (OE, Some(4_000)),
];

/// Everyone's display name is "<first name> Testrup", email "<first name>@testrup.example".
const SURNAME: &str = "Testrup";

/// First name and the neighbourhood the account says they live in.
const PEOPLE: [(&str, Option<&str>); 38] = [
    ("Anna", Some(H)),
    ("Bent", Some(B)),
    ("Carla", Some(K)),
    ("Dennis", Some(B)),
    ("Eva", Some(OE)),
    ("Ida", None),
    ("Hugo", Some(H)),
    ("Rune", Some(B)),
    ("Sofie", Some(OE)),
    ("Karl", Some(H)),
    ("Lise", Some(H)),
    ("Mads", Some(B)),
    ("Nora", Some(K)),
    ("Otto", None),
    ("Petra", Some(OE)),
    ("Rasmus", Some(H)),
    ("Signe", Some(K)),
    ("Tobias", Some(B)),
    ("Ulla", None),
    ("Viggo", Some(H)),
    ("Wilma", Some(K)),
    ("Xenia", None),
    ("Yrsa", Some(H)),
    ("Zaki", Some(K)),
    ("Kim", Some(K)),
    ("Ahmed", Some(OE)),
    ("Birte", Some(H)),
    ("Cecilie", None),
    ("Dorte", Some(H)),
    ("Egon", Some(B)),
    ("Frida", Some(K)),
    ("Gorm", Some(OE)),
    ("Hanne", None),
    ("Lars", Some(H)),
    ("Maja", Some(K)),
    ("Niels", Some(K)),
    ("Ole", Some(OE)),
    // The moderator who decides, hides and carries out; takes part in nothing.
    ("Mona", None),
];

struct Initiative {
    key: &'static str,
    title: &'static str,
    kind: &'static str,
    place: Option<&'static str>,
    state: &'static str,
    author: &'static str,
    created: i64,
    /// When it last entered the review queue.
    submitted: i64,
    published: Option<i64>,
    hidden: Option<i64>,
    /// Goal positions.
    goals: &'static [i64],
}

const INITIATIVES: [Initiative; 18] = [
    Initiative {
        key: "I1",
        title: "Fællesspisning",
        kind: "event",
        place: Some(H),
        // Carried out on 1 March, after the period.
        state: "carried_out",
        author: "Anna",
        created: cet(2025, 11, 3, 10, 0),
        submitted: cet(2025, 11, 3, 10, 0),
        published: Some(cet(2025, 11, 5, 10, 0)),
        hidden: None,
        goals: &[1],
    },
    Initiative {
        key: "I2",
        title: "Borgermøde om trafikken",
        kind: "proposal",
        place: None,
        state: "published",
        author: "Bent",
        created: cet(2025, 12, 1, 9, 0),
        submitted: cet(2025, 12, 1, 9, 0),
        published: Some(cet(2025, 12, 2, 15, 0)),
        hidden: None,
        goals: &[2],
    },
    Initiative {
        key: "I3",
        title: "Kulturnat ved kanalen",
        kind: "event",
        place: Some(K),
        state: "published",
        author: "Carla",
        created: cet(2026, 1, 5, 12, 0),
        submitted: cet(2026, 1, 5, 12, 0),
        published: Some(cet(2026, 1, 7, 12, 0)),
        hidden: None,
        goals: &[1, 2],
    },
    Initiative {
        key: "I4",
        title: "Lektiecafé",
        kind: "activity",
        place: Some(B),
        state: "published",
        author: "Dennis",
        created: cet(2026, 2, 1, 0, 30),
        submitted: cet(2026, 2, 1, 0, 30),
        published: Some(cet(2026, 2, 2, 10, 0)),
        hidden: None,
        goals: &[],
    },
    Initiative {
        key: "I5",
        title: "Havedag",
        kind: "event",
        place: Some(OE),
        state: "published",
        author: "Eva",
        created: cet(2026, 2, 8, 9, 0),
        submitted: cet(2026, 2, 8, 9, 0),
        published: Some(cet(2026, 2, 10, 21, 0)),
        hidden: None,
        goals: &[1],
    },
    Initiative {
        key: "I6",
        title: "Loppemarked",
        kind: "event",
        place: Some(H),
        state: "carried_out",
        author: "Anna",
        created: cet(2025, 11, 18, 10, 0),
        submitted: cet(2025, 11, 18, 10, 0),
        published: Some(cet(2025, 11, 20, 10, 0)),
        hidden: None,
        goals: &[2],
    },
    Initiative {
        key: "I7",
        title: "Lukket klub",
        kind: "activity",
        place: Some(H),
        // Carried out on 24 January, hidden the next day.
        state: "carried_out",
        author: "Hugo",
        created: cet(2026, 1, 8, 10, 0),
        submitted: cet(2026, 1, 8, 10, 0),
        published: Some(cet(2026, 1, 10, 7, 0)),
        hidden: Some(cet(2026, 1, 25, 12, 0)),
        goals: &[1],
    },
    Initiative {
        key: "I8",
        title: "P-plads til cykler",
        kind: "proposal",
        place: Some(B),
        state: "rejected",
        author: "Rune",
        created: cet(2026, 1, 15, 9, 0),
        submitted: cet(2026, 1, 15, 9, 0),
        published: None,
        hidden: None,
        goals: &[],
    },
    Initiative {
        key: "I9",
        title: "Gadefest",
        kind: "event",
        place: Some(OE),
        state: "sent_back",
        author: "Sofie",
        created: cet(2026, 2, 3, 8, 0),
        submitted: cet(2026, 2, 3, 8, 0),
        published: None,
        hidden: None,
        goals: &[],
    },
    Initiative {
        key: "I10",
        title: "Byttemarked",
        kind: "event",
        place: Some(K),
        state: "pending",
        author: "Sofie",
        created: cet(2026, 2, 25, 12, 0),
        submitted: cet(2026, 2, 25, 12, 0),
        published: None,
        hidden: None,
        goals: &[],
    },
    Initiative {
        key: "I11",
        title: "Nytårsløb",
        kind: "event",
        place: None,
        state: "published",
        author: "Ida",
        created: cet(2026, 1, 5, 9, 0),
        submitted: cet(2026, 1, 9, 10, 0),
        published: Some(cet(2026, 1, 13, 10, 0)),
        hidden: None,
        goals: &[1],
    },
    Initiative {
        key: "I12",
        title: "Graffitivæg",
        kind: "idea",
        place: Some(OE),
        state: "rejected",
        author: "Sofie",
        created: cet(2026, 2, 27, 10, 0),
        submitted: cet(2026, 2, 27, 10, 0),
        published: None,
        hidden: None,
        goals: &[],
    },
    Initiative {
        key: "I13",
        title: "Nytårskur",
        kind: "event",
        place: Some(H),
        state: "withdrawn",
        author: "Anna",
        created: cet(2026, 1, 2, 10, 0),
        submitted: cet(2026, 1, 2, 10, 0),
        published: None,
        hidden: None,
        goals: &[],
    },
    Initiative {
        key: "I14",
        title: "Fortællecafé",
        kind: "activity",
        place: Some(K),
        state: "published",
        author: "Carla",
        created: cet(2026, 1, 28, 10, 0),
        submitted: cet(2026, 2, 3, 9, 0),
        published: Some(cet(2026, 2, 4, 15, 0)),
        hidden: None,
        goals: &[2],
    },
    Initiative {
        key: "I15",
        title: "Sommerbio",
        kind: "event",
        place: Some(OE),
        state: "rejected",
        author: "Ole",
        // 1 August 00:30 in Copenhagen is still 31 July in UTC: proposed in August.
        created: cest(2025, 8, 1, 0, 30),
        submitted: cest(2025, 8, 1, 0, 30),
        published: None,
        hidden: None,
        goals: &[],
    },
    Initiative {
        key: "I16",
        title: "Vinterkoncert",
        kind: "event",
        place: None,
        // Held on 20 January (see DATES): it runs in P only, though nobody ever left it.
        state: "published",
        author: "Anna",
        created: cet(2025, 12, 1, 10, 0),
        submitted: cet(2025, 12, 1, 10, 0),
        published: Some(cet(2025, 12, 3, 10, 0)),
        hidden: None,
        goals: &[],
    },
    Initiative {
        key: "I17",
        title: "Forårskoncert",
        kind: "event",
        place: None,
        // Held on 15 March, after the period: signing up in C is not taking part in C.
        state: "published",
        author: "Anna",
        created: cet(2026, 1, 2, 10, 0),
        submitted: cet(2026, 1, 2, 10, 0),
        published: Some(cet(2026, 1, 3, 10, 0)),
        hidden: None,
        goals: &[],
    },
    Initiative {
        key: "I18",
        title: "Bænke ved søen",
        kind: "idea",
        place: Some(H),
        // Carried out on 15 December: its sign-ups, never cancelled, stop counting then.
        state: "carried_out",
        author: "Anna",
        created: cet(2025, 11, 24, 10, 0),
        submitted: cet(2025, 11, 24, 10, 0),
        published: Some(cet(2025, 11, 26, 10, 0)),
        hidden: None,
        goals: &[],
    },
];

/// The dated initiatives: (key, starts, ends). The others have no date: they run from
/// publication until carried out (the moderator's action in AUDIT), archived or withdrawn.
const DATES: [(&str, i64, i64); 2] = [
    ("I16", cet(2026, 1, 20, 19, 0), cet(2026, 1, 20, 22, 0)),
    ("I17", cet(2026, 3, 15, 19, 0), cet(2026, 3, 15, 21, 0)),
];

/// (person, initiative, kind, level after the event, when). An author joins as initiator
/// when the proposal is made, as the platform does.
#[rustfmt::skip]
const EVENTS: [(&str, &str, &str, &str, i64); 70] = [
    ("Anna",     "I1",   "joined",   "initiator",   cet(2025, 11,  3, 10,  0)),
    ("Anna",     "I6",   "joined",   "initiator",   cet(2025, 11, 18, 10,  0)),
    ("Anna",     "I13",  "joined",   "initiator",   cet(2026,  1,  2, 10,  0)),
    ("Bent",     "I2",   "joined",   "initiator",   cet(2025, 12,  1,  9,  0)),
    ("Carla",    "I3",   "joined",   "initiator",   cet(2026,  1,  5, 12,  0)),
    // While I14 waits for review in P; it runs from its publication in C, so this counts in
    // C only (rules 1 and 2).
    ("Carla",    "I14",  "joined",   "initiator",   cet(2026,  1, 28, 10,  0)),
    ("Dennis",   "I4",   "joined",   "initiator",   cet(2026,  2,  1,  0, 30)),
    ("Eva",      "I5",   "joined",   "initiator",   cet(2026,  2,  8,  9,  0)),
    ("Ida",      "I11",  "joined",   "initiator",   cet(2026,  1,  5,  9,  0)),
    ("Hugo",     "I7",   "joined",   "initiator",   cet(2026,  1,  8, 10,  0)),
    ("Hugo",     "I1",   "joined",   "observing",   cet(2026,  2, 15, 14,  0)),
    ("Rune",     "I8",   "joined",   "initiator",   cet(2026,  1, 15,  9,  0)),
    ("Rune",     "I4",   "joined",   "active",      cet(2026,  2,  3, 17,  0)),
    ("Sofie",    "I9",   "joined",   "initiator",   cet(2026,  2,  3,  8,  0)),
    ("Sofie",    "I10",  "joined",   "initiator",   cet(2026,  2, 25, 12,  0)),
    ("Sofie",    "I12",  "joined",   "initiator",   cet(2026,  2, 27, 10,  0)),
    ("Karl",     "I1",   "joined",   "observing",   cet(2025, 11, 10, 18,  0)),
    ("Karl",     "I7",   "joined",   "co_creating", cet(2026,  1, 13, 19,  0)),
    ("Lise",     "I1",   "joined",   "active",      cet(2025, 11, 12, 18,  0)),
    ("Lise",     "I1",   "changed",  "co_creating", cet(2026,  2, 10, 18,  0)),
    ("Mads",     "I2",   "joined",   "observing",   cet(2025, 12,  5, 18,  0)),
    ("Mads",     "I2",   "changed",  "active",      cet(2026,  2, 12, 18,  0)),
    ("Nora",     "I1",   "joined",   "co_creating", cet(2025, 11, 15, 18,  0)),
    ("Nora",     "I1",   "changed",  "active",      cet(2025, 12, 20, 18,  0)),
    ("Nora",     "I1",   "changed",  "co_creating", cet(2026,  2, 14, 18,  0)),
    ("Otto",     "I2",   "joined",   "observing",   cet(2025, 12,  3, 18,  0)),
    ("Otto",     "I2",   "left",     "observing",   cet(2025, 12, 28, 18,  0)),
    ("Otto",     "I3",   "joined",   "active",      cet(2026,  2,  5, 18,  0)),
    ("Petra",    "I6",   "joined",   "active",      cet(2025, 11, 22, 18,  0)),
    ("Petra",    "I6",   "left",     "active",      cet(2026,  1, 20, 18,  0)),
    ("Rasmus",   "I1",   "joined",   "observing",   cet(2025, 12, 10, 18,  0)),
    ("Rasmus",   "I1",   "changed",  "active",      cet(2026,  1, 10, 18,  0)),
    ("Rasmus",   "I1",   "changed",  "observing",   cet(2026,  2,  3, 18,  0)),
    ("Signe",    "I3",   "joined",   "observing",   cet(2026,  1,  8, 18,  0)),
    ("Tobias",   "I3",   "joined",   "active",      cet(2026,  1,  9, 18,  0)),
    ("Tobias",   "I3",   "left",     "active",      cet(2026,  2,  6, 18,  0)),
    ("Ulla",     "I2",   "joined",   "observing",   cet(2025, 12, 15, 18,  0)),
    ("Ulla",     "I2",   "changed",  "co_creating", cet(2026,  1, 12, 18,  0)),
    ("Viggo",    "I6",   "joined",   "observing",   cet(2025, 11, 25, 18,  0)),
    ("Wilma",    "I11",  "joined",   "active",      cet(2026,  1, 14, 18,  0)),
    ("Xenia",    "I5",   "joined",   "observing",   cet(2026,  2, 11, 18,  0)),
    ("Yrsa",     "I4",   "joined",   "active",      cet(2026,  2,  4, 18,  0)),
    ("Yrsa",     "I5",   "joined",   "active",      cet(2026,  2, 20, 18,  0)),
    ("Zaki",     "I5",   "joined",   "co_creating", cet(2026,  2, 12, 18,  0)),
    ("Kim",      "I3",   "joined",   "active",      cet(2026,  1, 20, 18,  0)),
    ("Kim",      "I3",   "changed",  "initiator",   cet(2026,  2,  9, 18,  0)),
    ("Ahmed",    "I2",   "joined",   "observing",   cet(2025, 12,  8, 18,  0)),
    ("Ahmed",    "I2",   "changed",  "active",      cet(2026,  2, 16, 18,  0)),
    ("Birte",    "I4",   "joined",   "observing",   cet(2026,  2,  5, 18,  0)),
    // Joins and leaves within C: takes part in C.
    ("Birte",    "I4",   "left",     "observing",   cet(2026,  2,  7, 18,  0)),
    ("Cecilie",  "I1",   "joined",   "active",      cet(2026,  1,  2, 14,  0)),
    ("Dorte",    "I7",   "joined",   "observing",   cet(2026,  1, 12, 18,  0)),
    ("Egon",     "I7",   "joined",   "active",      cet(2026,  1, 14, 18,  0)),
    // Half an hour into P (3 January 23:30 UTC).
    ("Frida",    "I6",   "joined",   "observing",   cet(2026,  1,  4,  0, 30)),
    ("Frida",    "I6",   "left",     "observing",   cet(2026,  1, 28, 18,  0)),
    ("Gorm",     "I1",   "joined",   "observing",   cet(2025, 12, 12, 18,  0)),
    ("Gorm",     "I1",   "left",     "observing",   cet(2026,  2, 20, 18,  0)),
    ("Hanne",    "I4",   "joined",   "observing",   cet(2026,  2, 27, 18,  0)),
    // After the period: counts nowhere.
    ("Lars",     "I1",   "joined",   "active",      cet(2026,  3,  2, 18,  0)),
    // The last half hour of the period (22:30 UTC): counts in February.
    ("Maja",     "I5",   "joined",   "observing",   cet(2026,  2, 28, 23, 30)),
    // Half an hour after the period (still 28 February in UTC): counts nowhere.
    ("Niels",    "I3",   "joined",   "observing",   cet(2026,  3,  1,  0, 30)),
    ("Ole",      "I15",  "joined",   "initiator",   cest(2025, 8,  1,  0, 30)),
    ("Ole",      "I1",   "joined",   "observing",   cet(2025, 11,  6, 18,  0)),
    ("Ole",      "I1",   "left",     "observing",   cet(2025, 11, 30, 18,  0)),
    ("Anna",     "I16",  "joined",   "initiator",   cet(2025, 12,  1, 10,  0)),
    // Signed up in December for the concert on 20 January: takes part in it in P only.
    ("Karl",     "I16",  "joined",   "observing",   cet(2025, 12, 10, 18,  0)),
    ("Anna",     "I17",  "joined",   "initiator",   cet(2026,  1,  2, 10,  0)),
    // Signs up in C for March: joined in C, takes part in nothing in C.
    ("Lars",     "I17",  "joined",   "active",      cet(2026,  2, 20, 18,  0)),
    ("Anna",     "I18",  "joined",   "initiator",   cet(2025, 11, 24, 10,  0)),
    // Still signed up to the idea carried out on 15 December: counts in neither P nor C.
    ("Viggo",    "I18",  "joined",   "observing",   cet(2025, 11, 27, 18,  0)),
];

struct Comment {
    key: &'static str,
    initiative: &'static str,
    parent: Option<&'static str>,
    author: &'static str,
    created: i64,
    deleted: Option<i64>,
    hidden: Option<i64>,
}

const fn comment(
    key: &'static str,
    initiative: &'static str,
    parent: Option<&'static str>,
    author: &'static str,
    created: i64,
    deleted: Option<i64>,
    hidden: Option<i64>,
) -> Comment {
    Comment {
        key,
        initiative,
        parent,
        author,
        created,
        deleted,
        hidden,
    }
}

#[rustfmt::skip]
const COMMENTS: [Comment; 21] = [
    comment("n1", "I1", None, "Anna", cet(2025, 11, 8, 12, 0), None, None),
    comment("d1", "I2", None, "Bent", cet(2025, 12, 5, 12, 0), None, None),
    // Half an hour before P (3 January 22:30 UTC): January, not P.
    comment("j1", "I1", None, "Cecilie", cet(2026, 1, 3, 23, 30), None, None),
    comment("p1", "I1", None, "Lise", cet(2026, 1, 10, 12, 0), None, None),
    comment("p2", "I3", None, "Carla", cet(2026, 1, 12, 12, 0), None, None),
    // On the hidden initiative.
    comment("p3", "I7", None, "Egon", cet(2026, 1, 20, 12, 0), None, None),
    // On the rejected proposal.
    comment("p4", "I8", None, "Rune", cet(2026, 1, 16, 12, 0), None, None),
    // Deleted after the period it was written in: still not counted.
    comment("p5", "I2", None, "Mads", cet(2026, 1, 15, 12, 0), Some(cet(2026, 2, 5, 12, 0)), None),
    comment("p6", "I6", None, "Petra", cet(2026, 1, 18, 12, 0), None, Some(cet(2026, 1, 19, 9, 0))),
    // The last half hour of January (22:30 UTC).
    comment("p7", "I11", None, "Ida", cet(2026, 1, 31, 23, 30), None, None),
    comment("c1", "I1", None, "Karl", cet(2026, 2, 2, 12, 0), None, None),
    comment("c2", "I1", Some("c1"), "Anna", cet(2026, 2, 3, 12, 0), None, None),
    comment("c3", "I3", None, "Signe", cet(2026, 2, 10, 12, 0), None, None),
    comment("c4", "I4", None, "Rune", cet(2026, 2, 11, 12, 0), Some(cet(2026, 2, 12, 12, 0)), None),
    comment("c5", "I5", None, "Xenia", cet(2026, 2, 14, 12, 0), None, Some(cet(2026, 2, 15, 9, 0))),
    // On the rejected proposal.
    comment("c6", "I8", None, "Rune", cet(2026, 2, 16, 12, 0), None, None),
    // On the hidden initiative.
    comment("c7", "I7", None, "Dorte", cet(2026, 2, 1, 12, 0), None, None),
    comment("c8", "I2", None, "Ahmed", cet(2026, 2, 28, 23, 0), None, None),
    // The first minutes of March.
    comment("c9", "I6", None, "Viggo", cet(2026, 3, 1, 0, 10), None, None),
    comment("c10", "I11", None, "Wilma", cet(2026, 2, 20, 12, 0), None, None),
    comment("c11", "I1", Some("c1"), "Hugo", cet(2026, 2, 16, 12, 0),
        None, Some(cet(2026, 2, 17, 9, 0))),
];

/// The moderator's actions: (action, target kind, target, waited in seconds, when).
#[rustfmt::skip]
const AUDIT: [(&str, &str, &str, Option<i64>, i64); 27] = [
    ("reject",       "initiative", "I15", Some(59 * HOUR + HOUR / 2),  cest(2025, 8,  3, 12,  0)),
    ("publish",      "initiative", "I1",  Some(48 * HOUR),             cet(2025, 11,  5, 10,  0)),
    ("publish",      "initiative", "I6",  Some(48 * HOUR),             cet(2025, 11, 20, 10,  0)),
    ("publish",      "initiative", "I18", Some(48 * HOUR),             cet(2025, 11, 26, 10,  0)),
    ("publish",      "initiative", "I2",  Some(30 * HOUR),             cet(2025, 12,  2, 15,  0)),
    ("carry_out",    "initiative", "I18", None,                        cet(2025, 12, 15, 12,  0)),
    // P: five decisions.
    ("send_back",    "initiative", "I11", Some(33 * HOUR),             cet(2026,  1,  6, 18,  0)),
    ("publish",      "initiative", "I3",  Some(48 * HOUR),             cet(2026,  1,  7, 12,  0)),
    ("publish",      "initiative", "I7",  Some(45 * HOUR),             cet(2026,  1, 10,  7,  0)),
    ("publish",      "initiative", "I11", Some(96 * HOUR),             cet(2026,  1, 13, 10,  0)),
    ("reject",       "initiative", "I8",  Some(72 * HOUR),             cet(2026,  1, 18,  9,  0)),
    ("hide",         "comment",    "p6",  None,                        cet(2026,  1, 19,  9,  0)),
    // Hidden and restored: I2 counts as ever.
    ("hide",         "initiative", "I2",  None,                        cet(2026,  1, 22,  9,  0)),
    ("restore",      "initiative", "I2",  None,                        cet(2026,  1, 23,  9,  0)),
    // Carried out, but hidden since: not counted.
    ("carry_out",    "initiative", "I7",  None,                        cet(2026,  1, 24, 12,  0)),
    ("hide",         "initiative", "I7",  None,                        cet(2026,  1, 25, 12,  0)),
    // C: six decisions.
    ("send_back",    "initiative", "I14", Some(119 * HOUR),            cet(2026,  2,  2,  9,  0)),
    ("publish",      "initiative", "I4",  Some(33 * HOUR + HOUR / 2),  cet(2026,  2,  2, 10,  0)),
    ("publish",      "initiative", "I14", Some(30 * HOUR),             cet(2026,  2,  4, 15,  0)),
    ("send_back",    "initiative", "I9",  Some(53 * HOUR + HOUR / 2),  cet(2026,  2,  5, 13, 30)),
    ("publish",      "initiative", "I5",  Some(60 * HOUR),             cet(2026,  2, 10, 21,  0)),
    ("hide",         "comment",    "c5",  None,                        cet(2026,  2, 15,  9,  0)),
    ("change_goals", "initiative", "I3",  None,                        cet(2026,  2, 15, 10,  0)),
    ("hide",         "comment",    "c11", None,                        cet(2026,  2, 17,  9,  0)),
    ("carry_out",    "initiative", "I6",  None,                        cet(2026,  2, 20, 12,  0)),
    ("reject",       "initiative", "I12", Some(37 * HOUR + HOUR / 2),  cet(2026,  2, 28, 23, 30)),
    // After the period.
    ("carry_out",    "initiative", "I1",  None,                        cet(2026,  3,  1,  0, 30)),
];

/// Ids of what `seed` stored.
#[allow(dead_code)]
struct Seeded {
    hoods: HashMap<&'static str, i64>,
    people: HashMap<&'static str, i64>,
    initiatives: HashMap<&'static str, i64>,
    /// Goal ids by position 1 and 2.
    goal1: i64,
    goal2: i64,
}

impl Seeded {
    fn hood(&self, name: &str) -> i64 {
        self.hoods[name]
    }
}

fn display_name(first: &str) -> String {
    format!("{first} {SURNAME}")
}

fn email(first: &str) -> String {
    format!("{}@testrup.example", first.to_lowercase())
}

/// Writes the data set straight into the database.
async fn seed(app: &TestApp) -> Seeded {
    let pool = app.db().pool();
    let set_up = cet(2025, 10, 30, 12, 0);
    let mut hoods = HashMap::new();
    for (name, residents) in NEIGHBOURHOODS {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO neighbourhoods (name, residents, retired, created_at) \
             VALUES ($1, $2, 0, $3) RETURNING id",
        )
        .bind(name)
        .bind(residents)
        .bind(set_up)
        .fetch_one(pool)
        .await
        .expect("insert a neighbourhood");
        hoods.insert(name, id);
    }
    let mut people = HashMap::new();
    for (first, home) in PEOPLE {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO accounts (email, display_name, password_hash, neighbourhood_id, \
             created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(email(first))
        .bind(display_name(first))
        .bind("not a real hash")
        .bind(home.map(|h| hoods[h]))
        .bind(set_up)
        .fetch_one(pool)
        .await
        .expect("insert an account");
        people.insert(first, id);
    }
    sqlx::query(
        "INSERT INTO account_roles (account_id, role, granted_at) VALUES ($1, 'moderator', $2)",
    )
    .bind(people["Mona"])
    .bind(set_up)
    .execute(pool)
    .await
    .expect("Mona moderates");
    let goal = |position: i64| async move {
        sqlx::query_scalar::<_, i64>("SELECT id FROM goals WHERE position = $1")
            .bind(position)
            .fetch_one(pool)
            .await
            .expect("the goals exist after migration")
    };
    let (goal1, goal2) = (goal(1).await, goal(2).await);
    let mut initiatives = HashMap::new();
    for i in &INITIATIVES {
        // The last change: its own times, or the moderator's last action on it.
        let acted = AUDIT
            .iter()
            .filter(|a| a.1 == "initiative" && a.2 == i.key)
            .map(|a| a.4);
        let updated = [Some(i.created), Some(i.submitted), i.published, i.hidden]
            .into_iter()
            .flatten()
            .chain(acted)
            .max()
            .unwrap();
        // When it stopped running: the first carrying out or archiving.
        let closed = AUDIT
            .iter()
            .filter(|a| a.1 == "initiative" && a.2 == i.key)
            .filter(|a| a.0 == "carry_out" || a.0 == "archive")
            .map(|a| a.4)
            .min();
        let dates = DATES.iter().find(|d| d.0 == i.key);
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO initiatives (title, description, kind, neighbourhood_id, state, \
             author_id, created_at, updated_at, published_at, submitted_at, hidden_at, \
             hidden_by, hidden_reason, search_text, closed_at, starts_at, ends_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) \
             RETURNING id",
        )
        .bind(i.title)
        .bind("Kom og vær med.")
        .bind(i.kind)
        .bind(i.place.map(|p| hoods[p]))
        .bind(i.state)
        .bind(people[i.author])
        .bind(i.created)
        .bind(updated)
        .bind(i.published)
        .bind(i.submitted)
        .bind(i.hidden)
        .bind(i.hidden.map(|_| people["Mona"]))
        .bind(i.hidden.map(|_| "Krænkende"))
        .bind(i.title.to_lowercase())
        .bind(closed)
        .bind(dates.map(|d| d.1))
        .bind(dates.map(|d| d.2))
        .fetch_one(pool)
        .await
        .expect("insert an initiative");
        for position in i.goals {
            sqlx::query("INSERT INTO initiative_goals (initiative_id, goal_id) VALUES ($1, $2)")
                .bind(id)
                .bind(if *position == 1 { goal1 } else { goal2 })
                .execute(pool)
                .await
                .expect("tie a goal");
        }
        initiatives.insert(i.key, id);
    }
    // The events, and the current state they leave (one row per person and initiative
    // unless the last event is a leave).
    let mut current: HashMap<(&str, &str), (&str, i64, i64, bool)> = HashMap::new();
    let mut events = EVENTS.to_vec();
    events.sort_by_key(|e| e.4);
    for (person, initiative, kind, level, at) in events {
        sqlx::query(
            "INSERT INTO participation_events (initiative_id, account_id, kind, level, at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(initiatives[initiative])
        .bind(people[person])
        .bind(kind)
        .bind(level)
        .bind(at)
        .execute(pool)
        .await
        .expect("insert a participation event");
        let entry = current
            .entry((person, initiative))
            .or_insert((level, at, at, true));
        match kind {
            "joined" => *entry = (level, at, at, true),
            "changed" => {
                entry.0 = level;
                entry.2 = at;
            }
            _ => entry.3 = false,
        }
    }
    for ((person, initiative), (level, joined, updated, held)) in current {
        if held {
            sqlx::query(
                "INSERT INTO participations (initiative_id, account_id, level, joined_at, \
                 updated_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(initiatives[initiative])
            .bind(people[person])
            .bind(level)
            .bind(joined)
            .bind(updated)
            .execute(pool)
            .await
            .expect("insert a participation");
        }
    }
    let mut comments = HashMap::new();
    for (n, c) in COMMENTS.iter().enumerate() {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO comments (initiative_id, parent_id, author_id, body, created_at, \
             deleted_at, hidden_at, hidden_by, hidden_reason, submission_key) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(initiatives[c.initiative])
        .bind(c.parent.map(|p| comments[p]))
        .bind(people[c.author])
        .bind(if c.deleted.is_some() {
            ""
        } else {
            "Godt initiativ!"
        })
        .bind(c.created)
        .bind(c.deleted)
        .bind(c.hidden)
        .bind(c.hidden.map(|_| people["Mona"]))
        .bind(c.hidden.map(|_| "Krænkende"))
        .bind(format!("{n:032x}"))
        .fetch_one(pool)
        .await
        .expect("insert a comment");
        comments.insert(c.key, id);
    }
    for (action, target_kind, target, waited, at) in AUDIT {
        let target_id = match target_kind {
            "comment" => comments[target],
            _ => initiatives[target],
        };
        let reason = match action {
            "send_back" | "reject" | "hide" => Some("Begrundelse"),
            _ => None,
        };
        sqlx::query(
            "INSERT INTO audit_log (actor_id, action, target_kind, target_id, reason, details, \
             waited, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(people["Mona"])
        .bind(action)
        .bind(target_kind)
        .bind(target_id)
        .bind(reason)
        .bind(Option::<&str>::None)
        .bind(waited)
        .bind(at)
        .execute(pool)
        .await
        .expect("insert an audit row");
    }
    Seeded {
        hoods,
        people,
        initiatives,
        goal1,
        goal2,
    }
}

// ---------------------------------------------------------------------------------------
// Reading the summary

async fn summary(visitor: &Visitor, query: LoadSummary) -> Summary {
    let asked = format!("{query:?}");
    visitor
        .run(query)
        .await
        .unwrap_or_else(|error| panic!("the summary ({asked}): {error:?}"))
}

/// The summary of the period asked for, not narrowed.
fn period() -> LoadSummary {
    LoadSummary {
        period: Some("custom".to_owned()),
        from: Some(FROM.to_owned()),
        to: Some(TO.to_owned()),
        goal: None,
        neighbourhood: None,
    }
}

/// A count of people shown as it is.
fn ex(n: i64) -> Count {
    Count::Exact(n)
}

/// A count of people shown as "fewer than 5".
fn hidden() -> Count {
    Count::Hidden
}

/// A count of 5 or more people, hidden so that a small count beside it cannot be worked out.
fn withheld() -> Count {
    Count::Withheld
}

/// A figure of counts that are not about people (initiatives, comments, decisions).
fn ints(current: i64, previous: i64) -> Figure<i64> {
    Figure { current, previous }
}

fn fig(current: Count, previous: Count) -> Figure<Count> {
    Figure { current, previous }
}

/// A figure of optional decimals, compared to a thousandth.
#[track_caller]
fn assert_decimals(
    figure: &Figure<Option<f64>>,
    current: Option<f64>,
    previous: Option<f64>,
    what: &str,
) {
    for (side, got, expected) in [
        ("current", figure.current, current),
        ("previous", figure.previous, previous),
    ] {
        let same = match (got, expected) {
            (Some(got), Some(expected)) => (got - expected).abs() < 1e-3,
            (None, None) => true,
            _ => false,
        };
        assert!(same, "{what} ({side}): expected {expected:?}, got {got:?}");
    }
}

fn ladder_row(s: &Summary, level: Level) -> &LadderRow {
    s.ladder
        .iter()
        .find(|r| r.level == level)
        .unwrap_or_else(|| panic!("the ladder has a row for {level:?}"))
}

fn goal_row(s: &Summary, goal_id: i64) -> &GoalRow {
    s.by_goal
        .iter()
        .find(|r| r.goal_id == goal_id)
        .unwrap_or_else(|| panic!("by_goal has a row for goal {goal_id}"))
}

/// The neighbourhood's row; `None` is "not stated" / "the whole town".
fn place_row(s: &Summary, id: Option<i64>) -> &PlaceRow {
    s.by_neighbourhood
        .iter()
        .find(|r| r.neighbourhood_id == id)
        .unwrap_or_else(|| panic!("by_neighbourhood has a row for {id:?}"))
}

/// The meeting table's cell for people living in `home` taking part in initiatives taking
/// place in `place`.
fn cell(s: &Summary, home: Option<i64>, place: Option<i64>) -> Count {
    let meeting = &s.meeting;
    let column = meeting
        .places
        .iter()
        .position(|p| p.0 == place)
        .unwrap_or_else(|| panic!("a column for {place:?}"));
    let row = meeting
        .rows
        .iter()
        .find(|r| r.home_id == home)
        .unwrap_or_else(|| panic!("a row for {home:?}"));
    row.cells[column].current
}

/// Every cell of the meeting table (`side` "current" or "previous") is withheld except
/// `shown`.
#[track_caller]
fn assert_only_cells(s: &Summary, side: &str, shown: &[(Option<i64>, Option<i64>, Count)]) {
    let meeting = &s.meeting;
    let places = &meeting.places;
    let rows = &meeting.rows;
    assert_eq!(
        rows.len(),
        places.len(),
        "every place is a row and a column, empty or not"
    );
    for row in rows {
        let cells = &row.cells;
        assert_eq!(cells.len(), places.len(), "a cell per column");
        for (column, got) in cells.iter().enumerate() {
            let home = row.home_id;
            let place = places[column].0;
            let expected = shown
                .iter()
                .find(|(h, p, _)| *h == home && *p == place)
                .map(|(_, _, n)| *n)
                .unwrap_or_else(withheld);
            let got = match side {
                "current" => got.current,
                "previous" => got.previous,
                other => panic!("a cell has no side {other}"),
            };
            assert_eq!(
                got, expected,
                "meeting cell ({side}) home {home:?} × place {place:?}"
            );
        }
    }
}

/// The twelve months of the trend: (year, month, participants, proposed, published, carried
/// out, comments); months not listed must have nobody and nothing.
#[track_caller]
/// `proposed` is given for every month, and expected only when not narrowed to a goal.
fn assert_trend(s: &Summary, months: &[(i32, i32, Count, i64, i64, i64, i64)]) {
    let trend = &s.trend;
    let counted = |proposed: i64| s.narrowing.goal.is_none().then_some(proposed);
    let expected_months: Vec<(i32, i32)> = (3..=12)
        .map(|m| (2025, m))
        .chain((1..=2).map(|m| (2026, m)))
        .collect();
    let got_months: Vec<(i32, i32)> = trend.iter().map(|m| (m.year, m.month)).collect();
    assert_eq!(
        got_months, expected_months,
        "twelve months ending with February 2026"
    );
    for month in trend {
        let (year, number) = (month.year, month.month);
        let expected = months
            .iter()
            .find(|m| m.0 == year && m.1 == number)
            .map(
                |&(year, month, participants, proposed, published, carried_out, comments)| Month {
                    year,
                    month,
                    // February 2026 is long over when the tests run.
                    partial: false,
                    participants,
                    proposed: counted(proposed),
                    published,
                    carried_out,
                    comments,
                },
            )
            .unwrap_or(Month {
                year,
                month: number,
                partial: false,
                participants: Count::Hidden,
                proposed: counted(0),
                published: 0,
                carried_out: 0,
                comments: 0,
            });
        assert_eq!(*month, expected, "trend {year}-{number:02}");
    }
}

// ---------------------------------------------------------------------------------------
// The figures

async fn every_figure_of_the_summary_matches_the_hand_count(app: TestApp) {
    let d = seed(&app).await;
    let politician = app.with_role("Pia Politiker", Role::Politician).await;
    let s = summary(&politician, period()).await;
    let (h, b, k, oe) = (
        Some(d.hood(H)),
        Some(d.hood(B)),
        Some(d.hood(K)),
        Some(d.hood(OE)),
    );

    // The period: 1 February 00:00 to 1 March 00:00 in Copenhagen (UTC+1), and the 28 days
    // before it.
    assert_eq!(s.span.from, 1_769_900_400);
    assert_eq!(s.span.to, 1_772_319_600);
    assert_eq!(s.span.from, cet(2026, 2, 1, 0, 0));
    assert_eq!(s.span.to, cet(2026, 3, 1, 0, 0));
    assert_eq!(s.span.first_day, "2026-02-01");
    assert_eq!(s.span.last_day, "2026-02-28");
    assert_eq!(s.previous.from, cet(2026, 1, 4, 0, 0));
    assert_eq!(s.previous.to, cet(2026, 2, 1, 0, 0));
    assert_eq!(
        s.narrowing,
        Narrowing {
            goal: None,
            neighbourhood: None
        }
    );

    // Who takes part, worked out from EVENTS over the counted initiatives I1–I6, I11, I14,
    // I16–I18 while they ran (I7 is hidden; I8 rejected, I9 sent back, I10 pending, I12 and
    // I15 rejected, I13 withdrawn).
    // Highest level in the period (rule 3): O observing, A active, Co co-creating, In initiator.
    //
    //  person   home  P (4–31 Jan)   C (Feb)     new   stepped up
    //  Anna     H     In (I1, I6)    In          -     -
    //  Bent     B     In (I2)        In          -     -
    //  Carla    K     In (I3 5 Jan; not I14, waiting for review)  In  P  -
    //  Dennis   B     -              In (I4)     C     -
    //  Eva      Ø     -              In (I5)     C     -
    //  Ida      NS    In (I11 5 Jan) In          P     -
    //  Hugo     H     - (I7 hidden)  O (I1)      C (first COUNTED join)  - (no counted level)
    //  Rune     B     - (I8 reject.) A (I4)      C     -
    //  Sofie    Ø     - (I9/I10/I12 never published)
    //  Karl     H     O (I1; I16 on 20 Jan; his Co in hidden I7 does not count)  O   -   -
    //  Lise     H     A              Co (10 Feb) -     C (A → Co)
    //  Mads     B     O              A (12 Feb)  -     C (O → A)
    //  Nora     K     A (Co→A 20 Dec) Co (14 Feb) -    - (held Co before: Co is not higher)
    //  Otto     NS    - (left I2 28 Dec)  A (I3 5 Feb)  -  C (held O before, even if he left)
    //  Petra    Ø     A (left 20 Jan) -          -     -
    //  Rasmus   H     A (O→A 10 Jan) A (A→O 3 Feb: held A on 1–3 Feb)  -  P (O → A), not C
    //  Signe    K     O (8 Jan)      O           P     -
    //  Tobias   B     A (9 Jan)      A (left 6 Feb: still took part)  P  -
    //  Ulla     NS    Co (O→Co 12 Jan) Co        -     P (O → Co)
    //  Viggo    H     O (I6; not I18, over on 15 Dec)  O  -     -
    //  Wilma    K     A (14 Jan)     A           P     -
    //  Xenia    NS    -              O (I5)      C     -
    //  Yrsa     H     -              A (I4, I5)  C     -
    //  Zaki     K     -              Co (I5)     C     -
    //  Kim      K     A (20 Jan)     In (9 Feb)  P     C (A → In)
    //  Ahmed    Ø     O              A (16 Feb)  -     C (O → A)
    //  Birte    H     -              O (I4 5–7 Feb)  C  -
    //  Cecilie  NS    A (joined 2 Jan, before P)  A  -  -
    //  Dorte    H     - (only the hidden I7)
    //  Egon     B     - (only the hidden I7)
    //  Frida    K     O (4 Jan 00:30 – 28 Jan)  -  P  -
    //  Gorm     Ø     O              O (left 20 Feb)  -  -
    //  Hanne    NS    -              O (27 Feb)  C     -
    //  Lars     H     - (joins I17 for March on 20 Feb, and I1 on 2 March)
    //  Maja     K     -              O (28 Feb 23:30)  C  -
    //  Niels    K     - (joins 1 March 00:30)
    //  Ole      Ø     - (joined and left I1 in November; proposed the rejected I15)
    //  Mona     NS    - (the moderator)

    // --- Headline -----------------------------------------------------------------------
    let headline = &s.headline;
    // C: the 29 people with a level in C above; P: the 20 with a level in P.
    assert_eq!(headline.participants, fig(ex(29), ex(20)), "participants");
    // C: Dennis, Eva, Hugo, Rune, Xenia, Yrsa, Zaki, Birte, Hanne, Maja = 10.
    // P: Carla, Ida, Signe, Tobias, Wilma, Kim, Frida (4 Jan 00:30) = 7 (Cecilie joined on
    //    2 January, before P).
    assert_eq!(
        headline.new_participants,
        fig(ex(10), ex(7)),
        "new participants"
    );
    // Rule 16, joins and level raises in counted initiatives, running or not.
    // C: joined Dennis, Eva, Hugo, Rune, Otto, Xenia, Yrsa, Zaki, Birte, Hanne, Maja, and
    //    Lars (I17 in March: he takes part in nothing in C); raised Lise (A → Co), Mads
    //    (O → A), Nora (A → Co), Kim (A → In), Ahmed (O → A) = 17; not Rasmus (A → O).
    // P: joined Carla (I3; I14), Ida, Signe, Tobias, Wilma, Kim, Frida; raised Rasmus
    //    (O → A), Ulla (O → Co) = 9; not Karl (I16 on 10 December), Anna (I17 on 2 January).
    assert_eq!(
        headline.joined_or_stepped_up,
        fig(ex(17), ex(9)),
        "joined or stepped up"
    );
    // C: I4 (1 Feb 00:30 local), I9, I5, I10, I12 = 5 (whatever became of them).
    // P: I11, I3, I7 (hidden since), I8 (rejected), I14 (published in C) = 5; I13 was
    //    proposed on 2 January.
    assert_eq!(headline.proposed, Some(ints(5, 5)), "proposed");
    // C: I4, I14, I5. P: I3, I11 (I7 was published on 10 January but is hidden).
    assert_eq!(headline.published, ints(3, 2), "published");
    // C: I6 on 20 February (I1's carry_out row is on 1 March). P: none (I7 was carried out
    //    on 24 January, but is hidden).
    assert_eq!(headline.carried_out, ints(1, 0), "carried out");
    // C: c1, c2 (a reply), c3, c8 (28 Feb 23:00), c10 = 5; not c4 (deleted), c5 and c11
    //    (hidden), c6 (on the rejected I8), c7 (on the hidden I7), c9 (1 March).
    // P: p1, p2, p7 (31 Jan 23:30) = 3; not j1 (3 Jan 23:30), p3 (hidden I7), p4 (rejected
    //    I8), p5 (deleted in February), p6 (hidden).
    assert_eq!(headline.comments, ints(5, 3), "comments");

    // --- Ladder (rule 3) and stepped up (rule 5) ---------------------------------------------
    // C: O Hugo, Karl, Signe, Viggo, Xenia, Birte, Gorm, Hanne, Maja = 9;
    //    A Rune, Mads, Otto, Rasmus, Tobias, Wilma, Yrsa, Ahmed, Cecilie = 9;
    //    Co Lise, Nora, Ulla, Zaki = 4 → hidden, and being the only small one, the smallest
    //    of the others goes with it: In Anna, Bent, Carla, Dennis, Eva, Ida, Kim = 7 → hidden.
    // P: O Karl, Mads, Signe, Viggo, Ahmed, Frida, Gorm = 7; A Lise, Nora, Petra, Rasmus,
    //    Tobias, Wilma, Kim, Cecilie = 8; Co Ulla = 1; In Anna, Bent, Carla, Ida = 4: two
    //    small ones, nothing more is hidden.
    assert_eq!(s.ladder.len(), 4, "four levels");
    assert_eq!(
        ladder_row(&s, Level::Observing).people,
        fig(ex(9), ex(7)),
        "observing"
    );
    assert_eq!(
        ladder_row(&s, Level::Active).people,
        fig(ex(9), ex(8)),
        "active"
    );
    assert_eq!(
        ladder_row(&s, Level::CoCreating).people,
        fig(withheld(), withheld()),
        "co-creating"
    );
    // C: co-creating's 4 is the only small count, so the smallest other, initiator's 7,
    // goes with it. P: 1 and 4, which add up to 5; in a group every hidden count reads
    // the same.
    assert_eq!(
        ladder_row(&s, Level::Initiator).people,
        fig(withheld(), withheld()),
        "initiator"
    );
    // C: Lise, Mads, Otto, Kim, Ahmed = 5. P: Rasmus, Ulla = 2 → hidden.
    assert_eq!(s.stepped_up, fig(ex(5), hidden()), "stepped up");

    // --- By goal (rule 7) ---------------------------------------------------------------------
    // Goal 1: I1, I3, I5, I11 (and the hidden I7). Published in C: I5; in P: I3, I11.
    // Taking part C: I1 Anna, Hugo, Karl, Lise, Nora, Rasmus, Cecilie, Gorm; I3 Carla, Otto,
    //   Signe, Tobias, Kim; I5 Eva, Xenia, Zaki, Maja, Yrsa; I11 Ida, Wilma = 20.
    // Taking part P: I1 Anna, Karl, Lise, Nora, Rasmus, Cecilie, Gorm; I3 Carla, Signe,
    //   Tobias, Kim; I11 Ida, Wilma = 13 (not Hugo, Dorte, Egon of the hidden I7).
    let g1 = goal_row(&s, d.goal1);
    assert_eq!(g1.position, 1);
    assert_eq!(g1.initiatives, ints(1, 2), "goal 1 initiatives");
    assert_eq!(g1.participants, fig(ex(20), ex(13)), "goal 1 participants");
    // Goal 2: I2, I3, I6, I14. Published in C: I14; in P: I3.
    // Taking part C: I2 Bent, Mads, Ulla, Ahmed; I3 Carla, Otto, Signe, Tobias, Kim; I6 Anna,
    //   Viggo; I14 Carla = 11. P: I2 Bent, Mads, Ulla, Ahmed; I3 Carla, Signe, Tobias, Kim;
    //   I6 Anna, Petra, Viggo, Frida = 12 (I14 was not running yet).
    let g2 = goal_row(&s, d.goal2);
    assert_eq!(g2.position, 2);
    assert_eq!(g2.initiatives, ints(1, 1), "goal 2 initiatives");
    assert_eq!(g2.participants, fig(ex(11), ex(12)), "goal 2 participants");

    // --- By neighbourhood (rule 8) ------------------------------------------------------------
    assert_eq!(
        s.by_neighbourhood
            .iter()
            .map(|r| r.neighbourhood_id)
            .collect::<BTreeSet<_>>(),
        BTreeSet::from([h, b, k, oe, None]),
        "a row per neighbourhood and one for not stated / the whole town"
    );
    // C: H Anna, Hugo, Karl, Lise, Rasmus, Viggo, Yrsa, Birte = 8; B Bent, Dennis, Rune,
    //    Mads, Tobias = 5; K Carla, Nora, Signe, Wilma, Zaki, Kim, Maja = 7; Ø Eva, Ahmed,
    //    Gorm = 3; NS Ida, Otto, Ulla, Xenia, Cecilie, Hanne = 6 (29 in all). Ø is the only
    //    small one, so the smallest others, B (5) and NS (6), are hidden too (see below).
    // P: H Anna, Karl, Lise, Rasmus, Viggo = 5; B Bent, Mads, Tobias = 3; K Carla, Nora,
    //    Signe, Wilma, Kim, Frida = 6; Ø Petra, Ahmed, Gorm = 3; NS Ida, Ulla, Cecilie = 3.
    // Initiatives someone took part in, by place. C: H I1, I6; B I4; K I3, I14; Ø I5; whole
    // town I2, I11. P: H I1, I6; K I3 (Carla held her participation in I14 while it waited
    // for review: it counts, being published later, rule 1, but from its publication in C,
    // rule 2); whole town I2, I11, I16.
    let row = place_row(&s, h);
    assert_eq!(row.name.as_deref(), Some(H));
    assert_eq!(row.residents, Some(2_300));
    assert_eq!(
        row.participants,
        fig(ex(8), ex(5)),
        "Hedemarken participants"
    );
    // 8 / 2,300 × 1,000 = 3.478… → 3.5; 5 / 2,300 × 1,000 = 2.17… → 2.2.
    assert_decimals(
        &row.per_thousand,
        Some(3.5),
        Some(2.2),
        "Hedemarken per 1,000",
    );
    assert_eq!(row.initiatives, ints(2, 2), "Hedemarken initiatives");
    let row = place_row(&s, b);
    assert_eq!(row.name.as_deref(), Some(B));
    assert_eq!(row.residents, Some(1_800));
    assert_eq!(
        row.participants,
        fig(withheld(), withheld()),
        "Blokland participants"
    );
    // Hidden counts give no rate, though the residents are known.
    assert_decimals(&row.per_thousand, None, None, "Blokland per 1,000");
    assert_eq!(row.initiatives, ints(1, 0), "Blokland initiatives");
    let row = place_row(&s, k);
    assert_eq!(row.name.as_deref(), Some(K));
    assert_eq!(row.residents, None);
    assert_eq!(
        row.participants,
        fig(ex(7), ex(6)),
        "Kanalens Kvarter participants"
    );
    // Residents not entered: no rate.
    assert_decimals(&row.per_thousand, None, None, "Kanalens Kvarter per 1,000");
    assert_eq!(row.initiatives, ints(2, 1), "Kanalens Kvarter initiatives");
    let row = place_row(&s, oe);
    assert_eq!(row.name.as_deref(), Some(OE));
    assert_eq!(row.residents, Some(4_000));
    assert_eq!(
        row.participants,
        fig(withheld(), withheld()),
        "Herstedøster participants"
    );
    assert_decimals(&row.per_thousand, None, None, "Herstedøster per 1,000");
    assert_eq!(row.initiatives, ints(1, 0), "Herstedøster initiatives");
    let row = place_row(&s, None);
    assert_eq!(
        row.participants,
        // C: Ø's 3 alone would take B's 5 with it, but 3 + 5 = 8 is 4 each at most, which
        // gives both away: not stated's 6 goes too. P: B, Ø and not stated, 3 each.
        fig(withheld(), withheld()),
        "not stated participants"
    );
    assert_decimals(&row.per_thousand, None, None, "not stated per 1,000");
    // P: I16 ran on 20 January; C: nobody ever left it, but it is over (rule 2).
    assert_eq!(row.initiatives, ints(2, 3), "whole-town initiatives");

    // --- Meeting across (rule 9) --------------------------------------------------------------
    // C: I1 {H, K, Ø (+NS)} across; I2 {B, Ø} across; I3 {K, B} across; I4 {B, H} across;
    //    I5 {Ø, K, H} across; I6 {H} not; I11 {K} (+ Ida, who states none) not; I14 {K}
    //    (Carla alone) not: 5 of 8.
    //    I16 and I17 are not running in C.
    // P: I1 {H, K, Ø}, I2 {B, Ø}, I3 {K, B}, I6 {H, Ø, K} across; I11 {K}, I16 {H} not: 4
    //    of 6 (I14 was not running yet).
    let meeting = &s.meeting;
    assert_eq!(meeting.initiatives, ints(8, 6), "meeting initiatives");
    assert_eq!(meeting.across, ints(5, 4), "meeting across");
    // 5 / 8 = 62.5 %; 4 / 6 = 66.67 % → 66.7.
    assert_decimals(&meeting.share, Some(62.5), Some(66.7), "meeting share");

    // Mixing (rule 17): per initiative with at least two participants who state a home,
    // 1 − Σ n(n − 1) / (N(N − 1)).
    // C: I1 H Anna, Hugo, Karl, Lise, Rasmus; K Nora; Ø Gorm: N 7, 1 − 20/42 = 0.5238;
    //    I2 B Bent, Mads; Ø Ahmed: 1 − 2/6 = 0.6667; I3 K Carla, Signe, Kim; B Tobias:
    //    1 − 6/12 = 0.5; I4 B Dennis, Rune; H Yrsa, Birte: 1 − 4/12 = 0.6667; I5 Ø Eva; K
    //    Zaki, Maja; H Yrsa: 1 − 2/12 = 0.8333; I6 H Anna, Viggo: 0. Not I11 (Wilma; Ida
    //    states none), I14 (Carla). Six: 0, 0.5, 0.5238, 0.6667, 0.6667, 0.8333; median
    //    (0.5238 + 0.6667) / 2 = 0.5952 → 59.5 %.
    // P: I1 H Anna, Karl, Lise, Rasmus; K Nora; Ø Gorm: 1 − 12/30 = 0.6; I6 H Anna, Viggo;
    //    Ø Petra; K Frida: 1 − 2/12 = 0.8333; I2 B Bent, Mads; Ø Ahmed: 0.6667; I3 K Carla,
    //    Signe, Kim; B Tobias: 0.5; I16 H Anna, Karl: 0. Five: median 0.6 → 60.0 %.
    assert_eq!(
        meeting.mixed_initiatives,
        ints(6, 5),
        "initiatives in the mixing"
    );
    assert_decimals(&meeting.mixing, Some(59.5), Some(60.0), "mixing median");
    // Goal 1 (I1, I3, I5, I11). C: 0.5, 0.5238, 0.8333 → 52.4 %. P: I1, I3 only, fewer
    // than three: none. Goal 2 (I2, I3, I6, I14). C: 0, 0.5, 0.6667 → 50.0 %. P: 0.5,
    // 0.6667, 0.8333 → 66.7 %.
    let by_goal: Vec<i64> = meeting.mixing_by_goal.iter().map(|g| g.0).collect();
    assert_eq!(
        by_goal,
        vec![1, 2],
        "a median per goal, in the policy's order"
    );
    assert_decimals(
        &meeting.mixing_by_goal[0].1,
        Some(52.4),
        None,
        "mixing under goal 1",
    );
    assert_decimals(
        &meeting.mixing_by_goal[1].1,
        Some(50.0),
        Some(66.7),
        "mixing under goal 2",
    );
    // Outside their own neighbourhood. C: of the 23 who state a home, Nora (K, in I1 in
    // H), Tobias (B, I3 in K), Yrsa (H, I4 in B), Zaki and Maja (K, I5 in Ø), Birte (H, I4
    // in B), Gorm (Ø, I1 in H) = 7, 16 did not: 7 / 23 = 30.4 %. P: of 17, Nora, Frida (K,
    // in H), Gorm, Petra (Ø, in H), Tobias (B, in K) = 5, 12 did not: 5 / 17 = 29.4 %.
    // (Whole-town initiatives are nobody's other neighbourhood: Bent, Mads, Ahmed, Wilma.)
    assert_decimals(
        &meeting.outside,
        Some(30.4),
        Some(29.4),
        "outside their own",
    );
    assert_eq!(
        meeting.places.iter().map(|p| p.0).collect::<BTreeSet<_>>(),
        BTreeSet::from([h, b, k, oe, None]),
        "the columns: the places of the initiatives taken part in"
    );
    assert_eq!(
        meeting
            .rows
            .iter()
            .map(|r| r.home_id)
            .collect::<BTreeSet<_>>(),
        BTreeSet::from([h, b, k, oe, None]),
        "the rows: where the people taking part live"
    );
    // Living in H, taking part in H (I1, I6): Anna (in both, once), Hugo, Karl, Lise, Rasmus,
    // Viggo = 6. Every other cell has 0–4 people: e.g. H×B Yrsa, Birte = 2; K×K Carla, Signe,
    // Kim = 3; K×Ø Zaki, Maja = 2; NS×town Ulla, Ida = 2; B×town Bent, Mads = 2; H×Ø Yrsa = 1.
    // Column H's other cells (K 1, Ø 1, not stated 1, B 0) add up to 3, fewer than 5, so
    // its 6 is withheld with them: the whole column is.
    assert_eq!(cell(&s, h, h), withheld(), "meeting H × H");
    assert_eq!(cell(&s, k, k), withheld(), "meeting K × K");
    assert_eq!(
        cell(&s, None, None),
        withheld(),
        "meeting not stated × whole town"
    );
    assert_only_cells(&s, "current", &[]);
    // P: living in H, taking part in I1 or I6: Anna, Karl, Lise, Rasmus, Viggo = 5; every
    // other cell is small (column H: Nora and Frida from K, Gorm and Petra from Ø, Cecilie:
    // 5 together, so the 5 may be shown).
    assert_only_cells(&s, "previous", &[(h, h, ex(5))]);

    // --- Trend (rule 10): March 2025 to February 2026 ---------------------------------------
    // Nov: Anna, Ole (left 30 Nov), Karl, Lise, Nora, Petra, Viggo = 7, all new; proposed and
    //      published I1, I6, I18; comment n1.
    // Dec: Anna, Karl, Lise, Nora, Petra, Viggo + Bent, Otto (left 28 Dec), Mads, Ahmed,
    //      Rasmus, Gorm, Ulla = 13, the last 7 new; proposed and published I2 and I16 (whose
    //      sign-ups count in January only, when it ran); carried out I18; comment d1.
    // Jan: the 12 still in on 1 Jan (Otto left) + Cecilie (2 Jan), Carla, Ida, Frida, Signe,
    //      Tobias, Wilma, Kim = 20, 8 new; proposed I13 (2 Jan), I17 (2 Jan), I11, I3, I7,
    //      I8, I14 = 7; published I17, I3, I11; comments j1 (3 Jan 23:30), p1, p2, p7 = 4.
    // Feb: as the period: 29, 10 new, 5 proposed, 3 published, 5 comments.
    // Aug: the proposal I15 (1 August 00:30 summer time, 31 July in UTC), nobody taking part.
    // Other months: nobody, nothing.
    assert_trend(
        &s,
        &[
            (2025, 8, hidden(), 1, 0, 0, 0),
            (2025, 11, ex(7), 3, 3, 0, 1),
            (2025, 12, ex(13), 2, 2, 1, 1),
            (2026, 1, ex(20), 7, 3, 0, 4),
            (2026, 2, ex(29), 5, 3, 1, 5),
        ],
    );

    // --- Moderation (rule 11) -----------------------------------------------------------------
    // C: send back I14 119 h (from its proposal on 28 Jan), publish I4 33.5 h, publish I14
    //    30 h (from its resubmission on 3 Feb), send back I9 53.5 h, publish I5 60 h, reject
    //    I12 37.5 h (28 Feb 23:30) = 6 (not the hide, change_goals and carry_out rows).
    //    Sorted 30, 33.5, 37.5, 53.5, 60, 119: median (37.5 + 53.5) / 2 = 45.5; longest 119.
    // P: send back I11 33 h, publish I3 48 h, publish I7 45 h (hidden since, but decided),
    //    publish I11 96 h (from its resubmission on 9 Jan), reject I8 72 h = 5. Sorted 33, 45,
    //    48, 72, 96: median 48; longest 96.
    let moderation = &s.moderation;
    let review = moderation
        .review
        .as_ref()
        .expect("counted when not under a goal");
    assert_eq!(review.decisions, ints(6, 5), "decisions");
    assert_decimals(
        &review.median_wait_hours,
        Some(45.5),
        Some(48.0),
        "median wait",
    );
    assert_decimals(
        &review.longest_wait_hours,
        Some(119.0),
        Some(96.0),
        "longest wait",
    );
    assert_eq!(moderation.published, ints(3, 3), "decided: published");
    assert_eq!(review.sent_back, ints(2, 1), "decided: sent back");
    assert_eq!(review.rejected, ints(1, 1), "decided: rejected");
}

async fn narrowing_to_a_goal_keeps_the_initiatives_tied_to_it(app: TestApp) {
    let d = seed(&app).await;
    let politician = app.with_role("Pia Politiker", Role::Politician).await;
    let s = summary(
        &politician,
        LoadSummary {
            goal: Some(d.goal1.to_string()),
            ..period()
        },
    )
    .await;
    let (h, b, k, oe) = (
        Some(d.hood(H)),
        Some(d.hood(B)),
        Some(d.hood(K)),
        Some(d.hood(OE)),
    );
    assert_eq!(
        s.narrowing,
        Narrowing {
            goal: Some(d.goal1),
            neighbourhood: None
        }
    );

    // Only the initiatives tied to goal 1: I1 (H), I3 (K), I5 (Ø), I11 (whole town) and the
    // hidden I7 (which still counts nowhere). Levels are the highest in these initiatives.
    //  C: In Anna (I1), Carla, Kim (I3), Eva (I5), Ida (I11) = 5
    //     Co Lise, Nora (I1), Zaki (I5) = 3
    //     A Rasmus, Cecilie (I1), Otto, Tobias (I3), Yrsa (I5), Wilma (I11) = 6
    //     O Hugo, Karl, Gorm (I1), Signe (I3), Xenia, Maja (I5) = 6          → 20
    //  P: In Anna, Carla, Ida = 3; Co none; A Lise, Nora, Rasmus, Cecilie, Tobias, Kim,
    //     Wilma = 7; O Karl, Gorm, Signe = 3                                 → 13
    let headline = &s.headline;
    assert_eq!(
        headline.participants,
        fig(ex(20), ex(13)),
        "goal 1: participants"
    );
    // New (rule 4): of the people taking part under goal 1, those whose first join on the
    // platform is in the period, whatever the goal of that join.
    // C: Hugo, Eva, Xenia, Zaki, Maja, Yrsa = 6 (not Otto: his first join, in I2 in
    //    December, is under goal 2; Hugo's January join was in I7, hidden, which counts
    //    nowhere).
    // P: Carla, Ida, Signe, Tobias, Wilma, Kim = 6.
    assert_eq!(headline.new_participants, fig(ex(6), ex(6)), "goal 1: new");
    // Goals are given at publication: a proposal sent back, rejected or waiting has none,
    // so "proposed" under a goal would be "published" under another name (rule 12).
    assert_eq!(
        headline.proposed, None,
        "goal 1: proposed cannot be counted"
    );
    // C: I5. P: I3, I11.
    assert_eq!(headline.published, ints(1, 2), "goal 1: published");
    // I6 is goal 2.
    assert_eq!(headline.carried_out, ints(0, 0), "goal 1: carried out");
    // C: c1, c2 (I1), c3 (I3), c10 (I11) = 4. P: p1, p2, p7 = 3.
    assert_eq!(headline.comments, ints(4, 3), "goal 1: comments");

    // C: Co (3) is the only small one; the smallest other is In (5), but 3 + 5 = 8 would
    //    be 4 each at most and give both away, so the next smallest go too: O and A, 6
    //    each (both: were one of equals shown, the other would be known to be no larger).
    //    The whole ladder is hidden; the participants above say 20.
    // P: O 3, Co 0, In 3 hidden (6 together); A 7 shown.
    assert_eq!(
        ladder_row(&s, Level::Observing).people,
        fig(withheld(), withheld()),
        "goal 1: observing"
    );
    assert_eq!(
        ladder_row(&s, Level::Active).people,
        fig(withheld(), ex(7)),
        "goal 1: active"
    );
    assert_eq!(
        ladder_row(&s, Level::CoCreating).people,
        fig(withheld(), withheld()),
        "goal 1: co-creating"
    );
    assert_eq!(
        ladder_row(&s, Level::Initiator).people,
        fig(withheld(), withheld()),
        "goal 1: initiator"
    );
    // C: Lise, Kim (2; 3 with Otto if his goal-2 level counted as before) → hidden.
    // P: Rasmus → hidden.
    assert_eq!(s.stepped_up, fig(hidden(), hidden()), "goal 1: stepped up");

    let g1 = goal_row(&s, d.goal1);
    assert_eq!(g1.initiatives, ints(1, 2), "goal 1 row: initiatives");
    assert_eq!(
        g1.participants,
        fig(ex(20), ex(13)),
        "goal 1 row: participants"
    );

    // C: H Anna, Hugo, Karl, Lise, Rasmus, Yrsa = 6; K Nora, Carla, Signe, Kim, Zaki, Maja,
    //    Wilma = 7; B Tobias = 1; Ø Gorm, Eva = 2; NS Cecilie, Otto, Xenia, Ida = 4.
    // P: H Anna, Karl, Lise, Rasmus = 4; K Nora, Carla, Signe, Kim, Wilma = 5; B Tobias = 1;
    //    Ø Gorm = 1; NS Cecilie, Ida = 2.
    // Initiatives: C H I1, K I3, Ø I5, town I11; P H I1, K I3, town I11.
    let row = place_row(&s, h);
    // C: B, Ø and NS hidden (7 together). P: every one but K (8 together).
    assert_eq!(
        row.participants,
        fig(ex(6), withheld()),
        "goal 1: Hedemarken"
    );
    // 6 / 2,300 × 1,000 = 2.61 → 2.6.
    assert_decimals(
        &row.per_thousand,
        Some(2.6),
        None,
        "goal 1: Hedemarken per 1,000",
    );
    assert_eq!(
        row.initiatives,
        ints(1, 1),
        "goal 1: Hedemarken initiatives"
    );
    let row = place_row(&s, k);
    assert_eq!(
        row.participants,
        fig(ex(7), ex(5)),
        "goal 1: Kanalens Kvarter"
    );
    assert_eq!(
        row.initiatives,
        ints(1, 1),
        "goal 1: Kanalens Kvarter initiatives"
    );
    let row = place_row(&s, b);
    assert_eq!(
        row.participants,
        fig(withheld(), withheld()),
        "goal 1: Blokland"
    );
    assert_eq!(row.initiatives, ints(0, 0), "goal 1: Blokland initiatives");
    let row = place_row(&s, oe);
    assert_eq!(
        row.participants,
        fig(withheld(), withheld()),
        "goal 1: Herstedøster"
    );
    assert_eq!(
        row.initiatives,
        ints(1, 0),
        "goal 1: Herstedøster initiatives"
    );
    let row = place_row(&s, None);
    assert_eq!(
        row.participants,
        fig(withheld(), withheld()),
        "goal 1: not stated"
    );
    assert_eq!(
        row.initiatives,
        ints(1, 1),
        "goal 1: whole town initiatives"
    );

    // C: I1, I3, I5 across, I11 not: 3 of 4 = 75.0. P: I1, I3 across, I11 not: 2 of 3 = 66.7.
    let meeting = &s.meeting;
    assert_eq!(
        meeting.initiatives,
        ints(4, 3),
        "goal 1: meeting initiatives"
    );
    assert_eq!(meeting.across, ints(3, 2), "goal 1: across");
    assert_decimals(&meeting.share, Some(75.0), Some(66.7), "goal 1: share");
    // H × H is now I1 only: Anna, Hugo, Karl, Lise, Rasmus = 5 (Viggo is in I6); the rest
    // of column H (Nora, Gorm, Cecilie) adds up to 3, so the 5 is withheld with them.
    assert_eq!(cell(&s, h, h), withheld(), "goal 1: meeting H × H");
    assert_only_cells(&s, "current", &[]);
    // P: of I1's people only Anna, Karl, Lise and Rasmus live in H (Viggo took part in I6,
    // under goal 2): every cell is small.
    assert_only_cells(&s, "previous", &[]);

    // Nov: I1 Anna, Ole, Karl, Lise, Nora = 5, all new; proposed, published I1; n1.
    // Dec: Anna, Karl, Lise, Nora + Rasmus, Gorm = 6, 2 new; nothing else (d1 is on I2).
    // Jan: those 6 + Cecilie, Carla, Ida, Signe, Tobias, Wilma, Kim = 13, 7 new; proposed
    //      I11, I3, I7; published I3, I11; j1, p1, p2, p7.
    // Feb: 20, 7 new, proposed and published I5, 4 comments.
    assert_trend(
        &s,
        &[
            (2025, 11, ex(5), 1, 1, 0, 1),
            (2025, 12, ex(6), 0, 0, 0, 0),
            (2026, 1, ex(13), 3, 2, 0, 4),
            (2026, 2, ex(20), 1, 1, 0, 4),
        ],
    );

    // Publish decisions: C I5; P I3, I7, I11 = 3. The rest (the rejected I8, the sent-back
    // I14 and I9, which have no goal) cannot be counted under a goal (rule 12): none of it
    // is shown rather than a part.
    let moderation = &s.moderation;
    assert_eq!(moderation.published, ints(1, 3), "goal 1: published");
    assert_eq!(moderation.review, None, "goal 1: decisions and waits");

    // Mixing under goal 1 is the town's figure's goal-1 row: C 52.4 %, P none (two
    // initiatives); no rows per goal under a goal.
    assert_decimals(&s.meeting.mixing, Some(52.4), None, "goal 1: mixing");
    assert!(
        s.meeting.mixing_by_goal.is_empty(),
        "no medians per goal under a goal"
    );
}

async fn narrowing_to_a_neighbourhood_keeps_the_initiatives_that_take_place_there(app: TestApp) {
    let d = seed(&app).await;
    let politician = app.with_role("Pia Politiker", Role::Politician).await;
    let s = summary(
        &politician,
        LoadSummary {
            neighbourhood: Some(d.hood(H).to_string()),
            ..period()
        },
    )
    .await;
    let h = Some(d.hood(H));
    assert_eq!(
        s.narrowing,
        Narrowing {
            goal: None,
            neighbourhood: Some(d.hood(H))
        }
    );

    // Only the initiatives taking place in Hedemarken: I1 and I6 (and the hidden I7 and the
    // withdrawn I13, which give no participation). Whole-town initiatives (I2, I11) do not
    // take place in Hedemarken.
    //  C: I1 Anna In, Hugo O, Karl O, Lise Co, Nora Co, Rasmus A, Cecilie A, Gorm O;
    //     I6 Anna, Viggo O → 9: O 4, A 2, Co 2, In 1.
    //  P: I1 Anna, Karl, Lise, Nora, Rasmus, Cecilie, Gorm; I6 Anna, Petra A, Viggo, Frida O
    //     → 10: O Karl, Gorm, Viggo, Frida = 4; A Lise, Nora, Rasmus, Cecilie, Petra = 5;
    //     Co 0; In Anna = 1.
    let headline = &s.headline;
    assert_eq!(
        headline.participants,
        fig(ex(9), ex(10)),
        "Hedemarken: participants"
    );
    // C: Hugo. P: Frida (Cecilie joined on 2 January).
    assert_eq!(
        headline.new_participants,
        fig(hidden(), hidden()),
        "Hedemarken: new"
    );
    // C: none. P: I7 (8 Jan; I13 was proposed on 2 Jan, before P).
    assert_eq!(headline.proposed, Some(ints(0, 1)), "Hedemarken: proposed");
    // I7 is hidden.
    assert_eq!(headline.published, ints(0, 0), "Hedemarken: published");
    // I6 on 20 February.
    assert_eq!(headline.carried_out, ints(1, 0), "Hedemarken: carried out");
    // C: c1, c2 (c11 hidden, c7 on the hidden I7, c9 in March). P: p1 (p6 hidden, p3 on I7).
    assert_eq!(headline.comments, ints(2, 1), "Hedemarken: comments");

    // C: all four small (9 together). P: O 4, Co 0, In 1 (5 together); A 5 shown.
    assert_eq!(
        ladder_row(&s, Level::Observing).people,
        fig(withheld(), withheld()),
        "Hedemarken: observing"
    );
    assert_eq!(
        ladder_row(&s, Level::Active).people,
        fig(withheld(), ex(5)),
        "Hedemarken: active"
    );
    assert_eq!(
        ladder_row(&s, Level::CoCreating).people,
        fig(withheld(), withheld()),
        "Hedemarken: co-creating"
    );
    assert_eq!(
        ladder_row(&s, Level::Initiator).people,
        fig(withheld(), withheld()),
        "Hedemarken: initiator"
    );
    // C: Lise. P: Rasmus.
    assert_eq!(
        s.stepped_up,
        fig(hidden(), hidden()),
        "Hedemarken: stepped up"
    );

    // Goal 1 here is I1: C Anna, Hugo, Karl, Lise, Nora, Rasmus, Cecilie, Gorm = 8; P the
    // same without Hugo = 7. Goal 2 is I6: C Anna, Viggo; P Anna, Petra, Viggo, Frida.
    // Neither was published in C or P.
    let g1 = goal_row(&s, d.goal1);
    assert_eq!(g1.initiatives, ints(0, 0), "Hedemarken: goal 1 initiatives");
    assert_eq!(
        g1.participants,
        fig(ex(8), ex(7)),
        "Hedemarken: goal 1 participants"
    );
    let g2 = goal_row(&s, d.goal2);
    assert_eq!(g2.initiatives, ints(0, 0), "Hedemarken: goal 2 initiatives");
    assert_eq!(
        g2.participants,
        fig(hidden(), hidden()),
        "Hedemarken: goal 2 participants"
    );

    // Living in H: C Anna, Hugo, Karl, Lise, Rasmus, Viggo = 6; P Anna, Karl, Lise, Rasmus,
    // Viggo = 5. The others are all small: C K Nora, NS Cecilie, Ø Gorm add up to 3, fewer
    // than 5, so H's 6 is withheld with them; P K Nora, Frida, Ø Gorm, Petra, NS Cecilie add
    // up to 5, and H's 5 is shown.
    let row = place_row(&s, h);
    assert_eq!(
        row.participants,
        fig(withheld(), ex(5)),
        "Hedemarken: living there"
    );
    // 5 / 2,300 → 2.2; none for the withheld count.
    assert_decimals(&row.per_thousand, None, Some(2.2), "Hedemarken: per 1,000");
    assert_eq!(row.initiatives, ints(2, 2), "Hedemarken: initiatives");
    let row = place_row(&s, None);
    assert_eq!(
        row.participants,
        fig(withheld(), withheld()),
        "Hedemarken: not stated"
    );

    // C: I1 across, I6 {H} not: 1 of 2. P: I1 and I6 {H, Ø, K} across: 2 of 2.
    let meeting = &s.meeting;
    assert_eq!(
        meeting.initiatives,
        ints(2, 2),
        "Hedemarken: meeting initiatives"
    );
    assert_eq!(meeting.across, ints(1, 2), "Hedemarken: across");
    assert_decimals(&meeting.share, Some(50.0), Some(100.0), "Hedemarken: share");
    // Column H is the places table's people (every initiative here is in H): withheld.
    assert_eq!(cell(&s, h, h), withheld(), "Hedemarken: meeting H × H");
    assert_only_cells(&s, "current", &[]);
    // P: living in H, taking part in I1 or I6: Anna, Karl, Lise, Rasmus, Viggo = 5; every
    // other cell is small (column H: Nora and Frida from K, Gorm and Petra from Ø, Cecilie).
    assert_only_cells(&s, "previous", &[(h, h, ex(5))]);

    // Nov: Anna, Ole, Karl, Lise, Nora, Petra, Viggo = 7, all new; I1, I6, I18; n1.
    // Dec: those but Ole + Rasmus, Gorm = 8, 2 new; I18 carried out.
    // Jan: those 8 + Cecilie, Frida = 10, 2 new; proposed I13, I7; comments j1, p1.
    // Feb: 9, 1 new (Hugo); comments c1, c2.
    assert_trend(
        &s,
        &[
            (2025, 11, ex(7), 3, 3, 0, 1),
            (2025, 12, ex(8), 0, 0, 1, 0),
            (2026, 1, ex(10), 2, 0, 0, 2),
            (2026, 2, ex(9), 0, 0, 1, 2),
        ],
    );

    // C: no decision on an initiative in Hedemarken. P: publish I7, 45 h.
    let moderation = &s.moderation;
    let review = moderation
        .review
        .as_ref()
        .expect("counted for a neighbourhood");
    assert_eq!(review.decisions, ints(0, 1), "Hedemarken: decisions");
    assert_decimals(
        &review.median_wait_hours,
        None,
        Some(45.0),
        "Hedemarken: median wait",
    );
    assert_decimals(
        &review.longest_wait_hours,
        None,
        Some(45.0),
        "Hedemarken: longest wait",
    );
    assert_eq!(moderation.published, ints(0, 1), "Hedemarken: published");
    assert_eq!(review.sent_back, ints(0, 0), "Hedemarken: sent back");
    assert_eq!(review.rejected, ints(0, 0), "Hedemarken: rejected");
}

// ---------------------------------------------------------------------------------------
// Who may read it

async fn only_politicians_moderators_and_administrators_read_the_summary(app: TestApp) {
    seed(&app).await;
    assert_eq!(
        app.visitor().run(period()).await,
        Err(AppError::NotLoggedIn),
        "anonymous"
    );
    let citizen = app.citizen("Carl Borger").await;
    assert_eq!(
        citizen.run(period()).await,
        Err(AppError::Forbidden),
        "a citizen"
    );
    for (name, role) in [
        ("Pia Politiker", Role::Politician),
        ("Morten Moderator", Role::Moderator),
        ("Ada Administrator", Role::Administrator),
    ] {
        let visitor = app.with_role(name, role).await;
        let s = visitor
            .run(period())
            .await
            .unwrap_or_else(|error| panic!("{role:?} reads the summary: {error:?}"));
        assert_eq!(s.headline.participants, fig(ex(29), ex(20)), "{role:?}");
    }
}

// ---------------------------------------------------------------------------------------
// No personal data

/// Every display name and email of the data set, and the surname they share.
fn personal_data() -> Vec<String> {
    let mut words = vec![SURNAME.to_owned(), "testrup.example".to_owned()];
    for (first, _) in PEOPLE {
        words.push(display_name(first));
        words.push(email(first));
    }
    words
}

#[track_caller]
fn assert_no_personal_data(text: &str, what: &str) {
    for word in personal_data() {
        assert!(
            !text.to_lowercase().contains(&word.to_lowercase()),
            "{what} contains {word:?}"
        );
    }
}

/// No key of the JSON names an account, an id of one, or contact details.
#[track_caller]
fn assert_no_account_keys(value: &Value, path: &str) {
    const KEYS: [&str; 8] = [
        "id",
        "account_id",
        "author_id",
        "actor_id",
        "email",
        "display_name",
        "author",
        "name_of_person",
    ];
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                assert!(
                    !KEYS.contains(&key.as_str()),
                    "{path}.{key} names an account"
                );
                assert_no_account_keys(inner, &format!("{path}.{key}"));
            }
        }
        Value::Array(items) => {
            for (n, inner) in items.iter().enumerate() {
                assert_no_account_keys(inner, &format!("{path}[{n}]"));
            }
        }
        _ => {}
    }
}

const TABLES: [&str; 8] = [
    "headline",
    "ladder",
    "goals",
    "neighbourhoods",
    "across",
    "meeting",
    "trend",
    "moderation",
];

async fn get_bytes(visitor: &Visitor, path: &str) -> (reqwest::StatusCode, String, Vec<u8>) {
    let response = visitor
        .http
        .get(format!("{}{path}", visitor.base))
        .send()
        .await
        .expect("request reaches the server");
    let status = response.status();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let body = response.bytes().await.expect("a body").to_vec();
    (status, content_type, body)
}

async fn the_summary_shows_no_names_emails_or_account_ids(app: TestApp) {
    let d = seed(&app).await;
    let politician = app.with_role("Pia Politiker", Role::Politician).await;
    let goal1 = d.goal1.to_string();
    let hedemarken = d.hood(H).to_string();
    let narrowings = [
        period(),
        LoadSummary {
            goal: Some(goal1.clone()),
            ..period()
        },
        LoadSummary {
            neighbourhood: Some(hedemarken.clone()),
            ..period()
        },
    ];
    for narrowing in narrowings {
        let asked = format!("{narrowing:?}");
        // The summary as the server sends it: the typed result's fields, in JSON.
        let s = serde_json::to_value(summary(&politician, narrowing).await).unwrap();
        assert_no_account_keys(&s, "summary");
        assert_no_personal_data(&s.to_string(), &format!("the summary JSON {asked}"));
    }

    for query in [
        QUERY.to_owned(),
        format!("{QUERY}&goal={goal1}"),
        format!("{QUERY}&neighbourhood={hedemarken}"),
    ] {
        let (status, page) = politician.get(&format!("/summary?{query}")).await;
        assert_eq!(status, 200, "the summary page ({query})");
        assert!(
            page.contains("Hedemarken"),
            "the page shows the neighbourhoods ({query})"
        );
        assert_no_personal_data(&page, &format!("the summary page ({query})"));
        for table in TABLES {
            let path = format!("/summary/csv/{table}?{query}");
            let (status, _, body) = get_bytes(&politician, &path).await;
            assert_eq!(status, 200, "{path}");
            let text = String::from_utf8(body).expect("CSV in UTF-8");
            assert_no_personal_data(&text, &path);
        }
    }
}

async fn the_csv_downloads_start_with_a_header_and_are_refused_to_others(app: TestApp) {
    seed(&app).await;
    let politician = app.with_role("Pia Politiker", Role::Politician).await;
    let citizen = app.citizen("Carl Borger").await;
    let anonymous = app.visitor();
    for table in TABLES {
        let path = format!("/summary/csv/{table}?{QUERY}");
        let (status, content_type, body) = get_bytes(&politician, &path).await;
        assert_eq!(status, 200, "{path}");
        assert!(
            content_type.starts_with("text/csv"),
            "{path}: {content_type}"
        );
        assert!(
            content_type.to_lowercase().contains("utf-8"),
            "{path}: {content_type}"
        );
        let text = String::from_utf8(body).expect("CSV in UTF-8");
        // A spreadsheet opening the file must see UTF-8: the byte-order mark says so (without
        // it, Excel reads Danish letters as Windows-1252). The first line is the header:
        // names of columns, not figures.
        let text = text
            .strip_prefix('\u{feff}')
            .unwrap_or_else(|| panic!("{path} starts with a byte-order mark"));
        let mut lines = text.lines();
        let header = lines.next().unwrap_or_default();
        assert!(!header.trim().is_empty(), "{path} starts with a header row");
        assert!(
            header.contains(',') || header.contains(';'),
            "{path}: the header has several columns: {header:?}"
        );
        assert!(
            header.chars().any(char::is_alphabetic),
            "{path}: the header names its columns: {header:?}"
        );
        assert!(lines.next().is_some(), "{path} has rows under its header");
        // The rows are the summary's figures for the period asked for.
        match table {
            "headline" => {
                assert!(
                    text.contains("2026-02-01") && text.contains("2026-02-28"),
                    "{path}"
                );
                assert!(
                    text.contains(",29,") || text.contains(";29;"),
                    "{path}: 29 take part"
                );
            }
            "neighbourhoods" => assert!(text.contains(H) && text.contains(OE), "{path}"),
            // 8 initiatives taken part in (6 before), 5 across (4), 62.5 % (66.7 %).
            "across" => {
                assert!(
                    text.contains(",8,6,2026-01-04,2026-01-31\r\n"),
                    "{path}: {text}"
                );
                assert!(
                    text.contains(",62.5,66.7,2026-01-04,2026-01-31\r\n"),
                    "{path}: {text}"
                );
            }
            // Every place is a column, this period's then the previous period's.
            "meeting" => assert_eq!(
                header.matches(H).count(),
                2,
                "{path}: Hedemarken now and before: {header}"
            ),
            _ => {}
        }

        let (status, _, _) = get_bytes(&anonymous, &path).await;
        assert_eq!(status, 401, "anonymous: {path}");
        let (status, _, _) = get_bytes(&citizen, &path).await;
        assert_eq!(status, 403, "a citizen: {path}");
    }
}

/// The summary shows small counts only as "fewer than 5" or "hidden", so the figures test
/// above cannot tell a wrong small count from a right one. Here the database's counts
/// behind those figures are checked against the hand count before anything is hidden.
async fn the_counts_behind_the_hidden_figures_match_the_hand_count(app: TestApp) {
    use app::summary::period::Span;
    use app::summary::store::{self, Reader, Scope};
    let d = seed(&app).await;
    let mut reader = Reader::begin(app.db()).await.unwrap();
    let db = &mut reader;
    let (h, b, k, oe) = (
        Some(d.hood(H)),
        Some(d.hood(B)),
        Some(d.hood(K)),
        Some(d.hood(OE)),
    );
    let now = Scope::new(
        &Span::new(cet(2026, 2, 1, 0, 0), cet(2026, 3, 1, 0, 0)),
        Narrowing::default(),
    );
    let before = Scope::new(
        &Span::new(cet(2026, 1, 4, 0, 0), cet(2026, 2, 1, 0, 0)),
        Narrowing::default(),
    );

    // The ladder, observing to initiator (see the per-person table): C 9, 9, 4, 7 = 29;
    // P 7, 8, 1, 4 = 20.
    let (people_now, people_before) = (
        store::people(db, now).await.unwrap(),
        store::people(db, before).await.unwrap(),
    );
    assert_eq!(people_now.ladder, [9, 9, 4, 7]);
    assert_eq!(people_before.ladder, [7, 8, 1, 4]);
    // Stepped up: C Lise, Mads, Otto, Kim, Ahmed = 5; P Rasmus, Ulla = 2.
    assert_eq!(people_now.stepped_up, 5);
    assert_eq!(people_before.stepped_up, 2);
    // Joined or stepped up (rule 16): C 17 (with Lars, for March); P 9.
    assert_eq!(people_now.joined_or_stepped_up, 17);
    assert_eq!(people_before.joined_or_stepped_up, 9);

    // By home: C H 8, B 5, K 7, Ø 3, not stated 6; P H 5, B 3, K 6, Ø 3, not stated 3.
    let mut by_home = store::participants_by_home(db, now).await.unwrap();
    by_home.sort();
    let mut expected = vec![(h, 8), (b, 5), (k, 7), (oe, 3), (None, 6)];
    expected.sort();
    assert_eq!(by_home, expected, "by home, this period");
    let mut by_home = store::participants_by_home(db, before).await.unwrap();
    by_home.sort();
    let mut expected = vec![(h, 5), (b, 3), (k, 6), (oe, 3), (None, 3)];
    expected.sort();
    assert_eq!(by_home, expected, "by home, the previous period");

    // The meeting table's cells (home, place, people), from the per-person table and who
    // took part in which initiative. C: H×H Anna, Hugo, Karl, Lise, Rasmus, Viggo = 6; K×H
    // Nora; Ø×H Gorm; NS×H Cecilie; K×K Carla, Signe, Kim = 3; NS×K Otto; B×K Tobias.
    // P: H×H Anna, Karl, Lise, Rasmus, Viggo = 5; K×H Nora, Frida; Ø×H Gorm, Petra; NS×H
    // Cecilie; K×K Carla, Signe, Kim; B×K Tobias; B×town Bent, Mads; NS×town Ulla, Ida;
    // Ø×town Ahmed; K×town Wilma; H×town Anna, Karl (I16, on 20 January; not in C, when it
    // was over).
    let cells = store::home_by_place(db, now).await.unwrap();
    let cell = |cells: &[(Option<i64>, Option<i64>, i64)], home, place| {
        cells
            .iter()
            .find(|(h, p, _)| *h == home && *p == place)
            .map(|c| c.2)
            .unwrap_or(0)
    };
    for (home, place, n) in [
        (h, h, 6),
        (k, h, 1),
        (oe, h, 1),
        (None, h, 1),
        (b, h, 0),
        (k, k, 3),
        (None, k, 1),
        (b, k, 1),
        (h, None, 0),
    ] {
        assert_eq!(cell(&cells, home, place), n, "C: {home:?} × {place:?}");
    }
    let cells = store::home_by_place(db, before).await.unwrap();
    for (home, place, n) in [
        (h, h, 5),
        (k, h, 2),
        (oe, h, 2),
        (None, h, 1),
        (b, h, 0),
        (k, k, 3),
        (b, k, 1),
        (b, None, 2),
        (None, None, 2),
        (oe, None, 1),
        (k, None, 1),
        (h, None, 2),
    ] {
        assert_eq!(cell(&cells, home, place), n, "P: {home:?} × {place:?}");
    }

    // Narrowed to Hedemarken (I1, I6), new people: C Hugo; P Frida (Cecilie joined on
    // 2 January). The ladder: C O 4, A 2, Co 2, In 1; P O 4, A 5, Co 0, In 1.
    let hedemarken = Narrowing {
        goal: None,
        neighbourhood: h,
    };
    let now_h = Scope::new(
        &Span::new(cet(2026, 2, 1, 0, 0), cet(2026, 3, 1, 0, 0)),
        hedemarken,
    );
    let before_h = Scope::new(
        &Span::new(cet(2026, 1, 4, 0, 0), cet(2026, 2, 1, 0, 0)),
        hedemarken,
    );
    let (people_now, people_before) = (
        store::people(db, now_h).await.unwrap(),
        store::people(db, before_h).await.unwrap(),
    );
    assert_eq!(people_now.new, 1);
    assert_eq!(people_before.new, 1);
    assert_eq!(people_now.ladder, [4, 2, 2, 1]);
    assert_eq!(people_before.ladder, [4, 5, 0, 1]);
    reader.finish().await.unwrap();
}

/// The page reads the database a bounded number of times, whatever the data: it used to
/// make about 97 round trips (60 for the trend alone), and a CSV download made them all
/// again for one table.
async fn a_view_makes_a_bounded_number_of_queries(app: TestApp) {
    use app::summary::compute::{self, Wanted};
    use app::summary::period::Span;
    use app::summary::store::Reader;
    use app::summary::tables::TableName;
    seed(&app).await;
    let span = Span::new(cet(2026, 2, 1, 0, 0), cet(2026, 3, 1, 0, 0));
    let queries = |wanted: Wanted| {
        let span = span.clone();
        let db = app.db().clone();
        async move {
            let mut reader = Reader::begin(&db).await.unwrap();
            compute::read(&mut reader, span, Narrowing::default(), wanted)
                .await
                .unwrap();
            let n = reader.queries();
            reader.finish().await.unwrap();
            n
        }
    };
    // Goals and neighbourhoods 2; who took part 2 (one reading each period, for every
    // table); activity 2; initiatives by goal 2; trend 1; moderation 5 (decisions, a median
    // for each period that had any, and the answers of both periods).
    let page = queries(Wanted::All).await;
    assert!(page <= 14, "the page made {page} queries");
    for (table, most) in [
        (TableName::Headline, 6),
        (TableName::Ladder, 4),
        (TableName::Goals, 6),
        (TableName::Neighbourhoods, 4),
        (TableName::Across, 4),
        (TableName::Meeting, 4),
        (TableName::Trend, 3),
        (TableName::Moderation, 7),
    ] {
        let n = queries(Wanted::Only(table)).await;
        assert!(n <= most, "the {} table made {n} queries", table.as_str());
    }
}

/// A view once computed is served as it was for a while (rule 18), its table downloads cut
/// from it, and it says when it was computed; the server's job computes the default view
/// again. The figures of the hand-checked tests above are each a first, live computation.
async fn a_view_is_served_computed_while_fresh_and_says_when(app: TestApp) {
    use app::summary::compute::{self, Wanted};
    let d = seed(&app).await;
    let politician = app.with_role("Pia Politiker", Role::Politician).await;
    let before = app::db::now().seconds();
    let first = summary(&politician, period()).await;
    assert!(
        (before..before + 60).contains(&first.computed_at),
        "computed now: {}",
        first.computed_at
    );
    assert_eq!(first.headline.participants.current, ex(29));
    // Lars joins the homework café in February, after the view was computed.
    sqlx::query(
        "INSERT INTO participation_events (initiative_id, account_id, kind, level, at) \
         VALUES ($1, $2, 'joined', 'active', $3)",
    )
    .bind(d.initiatives["I4"])
    .bind(d.people["Lars"])
    .bind(cet(2026, 2, 10, 18, 0))
    .execute(app.db().pool())
    .await
    .expect("Lars joins");
    let again = summary(&politician, period()).await;
    assert_eq!(again, first, "served as computed, with its time");
    let (status, csv) = politician
        .get(&format!("/summary/csv/headline?{QUERY}"))
        .await;
    assert_eq!(status, 200);
    assert!(
        csv.contains(",Deltagere,29,"),
        "the download is cut from it: {csv}"
    );
    // Computed now, the figures have him.
    let live = compute::summary(
        app.db(),
        first.span.clone(),
        Narrowing::default(),
        Wanted::All,
    )
    .await
    .expect("computed");
    assert_eq!(live.headline.participants.current, ex(30));
    // Another view is computed when asked: narrowed to Blokland, where I4 is.
    let blokland = summary(
        &politician,
        LoadSummary {
            neighbourhood: Some(d.hood(B).to_string()),
            ..period()
        },
    )
    .await;
    // I4's Dennis, Rune, Yrsa, Birte, Hanne, and now Lars.
    assert_eq!(
        blokland.headline.participants.current,
        ex(6),
        "Blokland, computed now"
    );
    // The job computes the default view (the last 30 days) and no preset nobody asked for.
    let state = app.state();
    let computed = app::summary::fresh::refresh(app.db(), &state.summary_cache)
        .await
        .expect("refreshed");
    assert_eq!(computed, 1, "only the default view");
    let default = summary(
        &politician,
        LoadSummary {
            period: None,
            from: None,
            to: None,
            goal: None,
            neighbourhood: None,
        },
    )
    .await;
    assert!(
        state
            .summary_cache
            .holds(&default.span, Narrowing::default())
    );
}
