//! A realistic demo data set for a new database: Albertslund's neighbourhoods, accounts of
//! every role, initiatives, taking part, a conversation and a report. The data is here; the
//! server's `demo` module loads it through the platform's own server functions, as its
//! people would. Loaded only when asked for (`serve --demo` on an empty database, or the
//! `seed-demo` command); a production start never creates accounts with known passwords.

pub mod check;
mod history;

use crate::accounts::role::Role;
use crate::accounts::store;
use crate::db::Db;
use crate::error::AppError;
use crate::participation::level::Level;

/// The one password of every demo account, printed when the data is loaded.
pub const PASSWORD: &str = "demo-adgangskode-2026";

/// Neighbourhoods named in the municipality's own documents, with resident counts rounded
/// for the demo (an administrator enters the real ones).
pub const NEIGHBOURHOODS: [(&str, i64); 9] = [
    ("Albertslund Nord (Bæk- og Fosgården)", 2_300),
    ("Blokland", 1_900),
    ("Bycentret", 1_200),
    ("Hedemarken", 2_600),
    ("Herstedvester", 3_100),
    ("Herstedøster", 3_400),
    ("Kanalens Kvarter", 2_200),
    ("Morbærhaven", 1_700),
    ("Vridsløselille", 2_900),
];

/// How long ago the demo's people registered: before the year of made-up history.
pub const MEMBERS_SINCE_DAYS: i64 = 400;

pub struct DemoAccount {
    pub email: &'static str,
    pub name: &'static str,
    pub roles: &'static [Role],
    pub neighbourhood: Option<&'static str>,
    /// The language the person reads the platform (and its emails) in.
    pub language: crate::i18n::Lang,
}

pub const ACCOUNTS: [DemoAccount; 7] = [
    DemoAccount {
        email: "admin@demo.forsamling.dk",
        name: "Anne Administrator",
        roles: &[Role::Administrator],
        neighbourhood: None,
        language: crate::i18n::Lang::Da,
    },
    DemoAccount {
        email: "moderator@demo.forsamling.dk",
        name: "Mads Moderator",
        roles: &[Role::Moderator],
        neighbourhood: None,
        language: crate::i18n::Lang::Da,
    },
    DemoAccount {
        email: "politiker@demo.forsamling.dk",
        name: "Pernille Politiker",
        roles: &[Role::Politician],
        neighbourhood: Some("Herstedøster"),
        language: crate::i18n::Lang::Da,
    },
    DemoAccount {
        email: "borger@demo.forsamling.dk",
        name: "Bashir Hassan",
        roles: &[],
        neighbourhood: Some("Hedemarken"),
        language: crate::i18n::Lang::Da,
    },
    DemoAccount {
        email: "mette@demo.forsamling.dk",
        name: "Mette Jensen",
        roles: &[],
        neighbourhood: Some("Kanalens Kvarter"),
        language: crate::i18n::Lang::Da,
    },
    DemoAccount {
        email: "ayse@demo.forsamling.dk",
        name: "Ayşe Yılmaz",
        roles: &[],
        neighbourhood: Some("Blokland"),
        language: crate::i18n::Lang::En,
    },
    DemoAccount {
        email: "lars@demo.forsamling.dk",
        name: "Lars Nielsen",
        roles: &[],
        neighbourhood: Some("Morbærhaven"),
        language: crate::i18n::Lang::Da,
    },
];

/// A demo initiative, proposed by `author` (an email of `ACCOUNTS`).
pub struct DemoInitiative {
    pub author: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    pub kind: &'static str,
    pub neighbourhood: Option<&'static str>,
    /// In how many days it starts, at 17:00 for three hours; `None`: no time.
    pub starts_in_days: Option<i64>,
    /// Weekly for this many weeks from its start; `None`: once.
    pub weekly_for: Option<i64>,
    pub place: Option<&'static str>,
    /// One need per line.
    pub needs: &'static str,
    /// The goals (their numbers in the policy) a moderator publishes it under; `None`: it
    /// waits for review.
    pub published_under: Option<&'static [i64]>,
}

pub const INITIATIVES: [DemoInitiative; 4] = [
    DemoInitiative {
        author: "mette@demo.forsamling.dk",
        title: "Fællesspisning i Kanalens Kvarter",
        description: "Vi spiser sammen i fælleshuset den første torsdag i måneden. Alle er velkomne, også hvis du lige er flyttet hertil.\n\nTag gerne naboen med. Læs mere på https://albertslund.dk",
        kind: "activity",
        neighbourhood: Some("Kanalens Kvarter"),
        starts_in_days: Some(12),
        weekly_for: None,
        place: Some("Fælleshuset, Kanalens Kvarter"),
        needs: "Nogen der vil lave mad\nNogen der vil dække bord\nEn der kan tage billeder",
        // Fællesspisning and the flea market gather people; the language café also helps
        // newcomers take part in the town's democratic life.
        published_under: Some(&[1]),
    },
    DemoInitiative {
        author: "borger@demo.forsamling.dk",
        title: "Loppemarked i Hedemarken",
        description: "Et loppemarked på pladsen, hvor alle kan sælge og bytte. Overskuddet går til legepladsen.",
        kind: "event",
        neighbourhood: Some("Hedemarken"),
        starts_in_days: Some(20),
        weekly_for: None,
        place: Some("Pladsen ved Hedemarken"),
        needs: "Borde og stole\nEn der vil lave kaffe",
        published_under: Some(&[1]),
    },
    DemoInitiative {
        author: "ayse@demo.forsamling.dk",
        title: "Sprogcafé for nye albertslundere",
        description: "Hver onsdag øver vi dansk over en kop te. Du behøver ikke kunne noget i forvejen.",
        kind: "activity",
        neighbourhood: None,
        starts_in_days: Some(5),
        weekly_for: Some(12),
        place: Some("Biblioteket"),
        needs: "",
        published_under: Some(&[1, 2]),
    },
    DemoInitiative {
        author: "lars@demo.forsamling.dk",
        title: "Bænke langs kanalen",
        description: "Forslag til byrådet: flere bænke langs kanalen, så ældre kan holde pause på gåturen.",
        kind: "proposal",
        neighbourhood: Some("Kanalens Kvarter"),
        starts_in_days: None,
        weekly_for: None,
        place: None,
        needs: "",
        published_under: None,
    },
];

/// A few neighbours already take part, at different levels: (email, initiative in
/// `INITIATIVES`, level).
pub const JOINS: [(&str, usize, Level); 4] = [
    ("borger@demo.forsamling.dk", 0, Level::Active),
    ("ayse@demo.forsamling.dk", 0, Level::Observing),
    ("lars@demo.forsamling.dk", 0, Level::CoCreating),
    ("mette@demo.forsamling.dk", 1, Level::Observing),
];

/// A short conversation on the first initiative: (email, the earlier comment it answers,
/// text).
pub const COMMENTS: [(&str, Option<usize>, &str); 3] = [
    (
        "lars@demo.forsamling.dk",
        None,
        "Jeg kan tage en stor gryde suppe med. Er der nogen, der har brug for, at den er uden kød?",
    ),
    (
        "mette@demo.forsamling.dk",
        Some(0),
        "Tak, Lars! Lav gerne en uden kød, så alle kan spise med.",
    ),
    (
        "ayse@demo.forsamling.dk",
        None,
        "Må man tage sine børn med? De er 4 og 7 år.",
    ),
];

/// An advert posted as a comment on the second initiative, reported by two neighbours: the
/// moderators' report queue has something to show. Two reports leave it visible; a third
/// would hide it until a moderator looks.
pub const ADVERT: (&str, &str) = (
    "lars@demo.forsamling.dk",
    "Sælger billige solbriller og ure. Skriv til mig for priser!",
);
pub const ADVERT_REPORTS: [(&str, &str); 2] = [
    (
        "borger@demo.forsamling.dk",
        "Det er reklame, ikke en kommentar.",
    ),
    ("ayse@demo.forsamling.dk", "Reklame for en butik."),
];

/// Whether the database has no accounts yet (only then is demo data loaded on start).
pub async fn is_empty(db: &Db) -> Result<bool, sqlx::Error> {
    Ok(store::count_accounts(db).await? == 0)
}

/// The made-up year of history, after the present-day demo is loaded (`server::demo`).
pub async fn load_history(db: &Db) -> Result<(), AppError> {
    history::load(db).await
}

/// The log-in details of the demo accounts, for the terminal.
pub fn credentials_text() -> String {
    let mut text = String::from("Demo accounts (password for all: ");
    text.push_str(PASSWORD);
    text.push_str("):\n");
    for demo in &ACCOUNTS {
        let roles: Vec<&str> = demo.roles.iter().map(|r| r.as_str()).collect();
        let roles = if roles.is_empty() {
            "citizen".to_owned()
        } else {
            format!("citizen, {}", roles.join(", "))
        };
        text.push_str(&format!("  {:<32} {} ({roles})\n", demo.email, demo.name));
    }
    text
}
