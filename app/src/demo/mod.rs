//! A realistic demo data set for a new database: Albertslund's neighbourhoods and accounts
//! of every role. Loaded only when asked for (`serve --demo` on an empty database, or the
//! `seed-demo` command); a production start never creates accounts with known passwords.

mod history;

use crate::accounts::role::Role;
use crate::accounts::{service, store};
use crate::db::Db;
use crate::error::AppError;
use crate::ids::{CommentId, GoalId, InitiativeId};
use crate::neighbourhoods;
use crate::participation::level::Level;
use crate::timestamp::Timestamp;

/// The one password of every demo account, printed when the data is loaded.
pub const PASSWORD: &str = "demo-adgangskode-2026";

/// Neighbourhoods named in the municipality's own documents, with resident counts rounded
/// for the demo (an administrator enters the real ones).
const NEIGHBOURHOODS: [(&str, i64); 9] = [
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

pub struct DemoAccount {
    pub email: &'static str,
    pub name: &'static str,
    pub roles: &'static [Role],
    pub neighbourhood: Option<&'static str>,
}

pub const ACCOUNTS: [DemoAccount; 7] = [
    DemoAccount {
        email: "admin@demo.forsamling.dk",
        name: "Anne Administrator",
        roles: &[Role::Administrator],
        neighbourhood: None,
    },
    DemoAccount {
        email: "moderator@demo.forsamling.dk",
        name: "Mads Moderator",
        roles: &[Role::Moderator],
        neighbourhood: None,
    },
    DemoAccount {
        email: "politiker@demo.forsamling.dk",
        name: "Pernille Politiker",
        roles: &[Role::Politician],
        neighbourhood: Some("Herstedøster"),
    },
    DemoAccount {
        email: "borger@demo.forsamling.dk",
        name: "Bashir Hassan",
        roles: &[],
        neighbourhood: Some("Hedemarken"),
    },
    DemoAccount {
        email: "mette@demo.forsamling.dk",
        name: "Mette Jensen",
        roles: &[],
        neighbourhood: Some("Kanalens Kvarter"),
    },
    DemoAccount {
        email: "ayse@demo.forsamling.dk",
        name: "Ayşe Yılmaz",
        roles: &[],
        neighbourhood: Some("Blokland"),
    },
    DemoAccount {
        email: "lars@demo.forsamling.dk",
        name: "Lars Nielsen",
        roles: &[],
        neighbourhood: Some("Morbærhaven"),
    },
];

/// Demo initiatives: (author's email, title, description, kind, neighbourhood, days from
/// now it starts, place, needs, published).
type DemoInitiative = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<i64>,
    Option<&'static str>,
    &'static str,
    bool,
);

const INITIATIVES: [DemoInitiative; 4] = [
    (
        "mette@demo.forsamling.dk",
        "Fællesspisning i Kanalens Kvarter",
        "Vi spiser sammen i fælleshuset den første torsdag i måneden. Alle er velkomne, også hvis du lige er flyttet hertil.\n\nTag gerne naboen med. Læs mere på https://albertslund.dk",
        "activity",
        Some("Kanalens Kvarter"),
        Some(12),
        Some("Fælleshuset, Kanalens Kvarter"),
        "Nogen der vil lave mad\nNogen der vil dække bord\nEn der kan tage billeder",
        true,
    ),
    (
        "borger@demo.forsamling.dk",
        "Loppemarked i Hedemarken",
        "Et loppemarked på pladsen, hvor alle kan sælge og bytte. Overskuddet går til legepladsen.",
        "event",
        Some("Hedemarken"),
        Some(20),
        Some("Pladsen ved Hedemarken"),
        "Borde og stole\nEn der vil lave kaffe",
        true,
    ),
    (
        "ayse@demo.forsamling.dk",
        "Sprogcafé for nye albertslundere",
        "Hver onsdag øver vi dansk over en kop te. Du behøver ikke kunne noget i forvejen.",
        "activity",
        None,
        Some(5),
        Some("Biblioteket"),
        "",
        true,
    ),
    (
        "lars@demo.forsamling.dk",
        "Bænke langs kanalen",
        "Forslag til byrådet: flere bænke langs kanalen, så ældre kan holde pause på gåturen.",
        "proposal",
        Some("Kanalens Kvarter"),
        None,
        None,
        "",
        false,
    ),
];

/// Whether the database has no accounts yet (only then is demo data loaded on start).
pub async fn is_empty(db: &Db) -> Result<bool, sqlx::Error> {
    Ok(store::count_accounts(db).await? == 0)
}

/// Loads the demo data. Safe to run twice: existing rows are kept.
pub async fn load(db: &Db) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO site_settings (key, value) VALUES ('municipality_name', $1) \
         ON CONFLICT (key) DO NOTHING",
    )
    .bind("Albertslund Kommune")
    .execute(db.pool())
    .await?;
    for (name, residents) in NEIGHBOURHOODS {
        neighbourhoods::store::ensure(db, name, Some(residents)).await?;
    }
    load_accounts(db).await?;
    load_initiatives(db).await?;
    history::load(db).await
}

async fn load_accounts(db: &Db) -> Result<(), AppError> {
    for demo in &ACCOUNTS {
        let neighbourhood_id = match demo.neighbourhood {
            Some(name) => Some(neighbourhoods::store::ensure(db, name, None).await?),
            None => None,
        };
        let id = match store::account_id_by_email(db, demo.email).await? {
            Some(id) => id,
            None => {
                service::create_account(db, demo.email, demo.name, PASSWORD, neighbourhood_id)
                    .await?
            }
        };
        for role in demo.roles {
            store::grant_role(db, id, *role).await?;
        }
    }
    Ok(())
}

const DAY: i64 = 24 * 60 * 60;

async fn load_initiatives(db: &Db) -> Result<(), AppError> {
    use crate::initiatives::{draft::Draft, kind::Kind, store};
    let existing: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM initiatives")
        .fetch_one(db.pool())
        .await?;
    if existing > 0 {
        return Ok(());
    }
    let now = crate::db::now();
    for (email, title, description, kind, neighbourhood, days, place, needs, published) in
        INITIATIVES
    {
        let Some(author) = crate::accounts::store::account_id_by_email(db, email).await? else {
            continue;
        };
        let neighbourhood_id = match neighbourhood {
            Some(name) => Some(neighbourhoods::store::ensure(db, name, None).await?),
            None => None,
        };
        let draft = Draft {
            title: title.to_owned(),
            description: description.to_owned(),
            kind: Kind::parse(kind).unwrap_or(Kind::Idea),
            neighbourhood_id,
            // 17:00 in Copenhagen in winter (16:00 UTC), three hours long.
            starts_at: days.map(|d| Timestamp((now.seconds() / DAY + d) * DAY + 16 * 60 * 60)),
            ends_at: days.map(|d| Timestamp((now.seconds() / DAY + d) * DAY + 19 * 60 * 60)),
            place: place.map(str::to_owned),
            needs: needs.lines().map(str::to_owned).collect(),
        };
        let mut tx = db.begin_write().await?;
        let id = store::insert(&mut tx, author, &draft, now).await?;
        tx.commit().await?;
        if published {
            store::publish(db, id, now).await?;
        }
    }
    // A few neighbours already take part, at different levels.
    let joins = [
        ("borger@demo.forsamling.dk", 0, Level::Active),
        ("ayse@demo.forsamling.dk", 0, Level::Observing),
        ("lars@demo.forsamling.dk", 0, Level::CoCreating),
        ("mette@demo.forsamling.dk", 1, Level::Observing),
    ];
    let ids: Vec<InitiativeId> = sqlx::query_scalar("SELECT id FROM initiatives ORDER BY id")
        .fetch_all(db.pool())
        .await?;
    for (email, index, level) in joins {
        if let (Some(account), Some(id)) = (
            crate::accounts::store::account_id_by_email(db, email).await?,
            ids.get(index),
        ) {
            let mut tx = db.begin_write().await?;
            crate::participation::store::join(&mut tx, *id, account, level).await?;
            tx.commit().await?;
        }
    }
    load_goals(db, &ids).await?;
    load_comments(db, &ids).await
}

/// Ties the published demo initiatives to the policy's goals, as a moderator would.
async fn load_goals(db: &Db, initiatives: &[InitiativeId]) -> Result<(), AppError> {
    let goals: Vec<GoalId> = sqlx::query_scalar("SELECT id FROM goals ORDER BY position")
        .fetch_all(db.pool())
        .await?;
    // Fællesspisning and the flea market gather people; the language café also helps
    // newcomers take part in the town's democratic life.
    let ties: [(usize, &[usize]); 3] = [(0, &[0]), (1, &[0]), (2, &[0, 1])];
    let mut tx = db.begin_write().await?;
    for (initiative, tied) in ties {
        let (Some(&initiative), Some(tied)) = (
            initiatives.get(initiative),
            tied.iter()
                .map(|&g| goals.get(g).copied())
                .collect::<Option<Vec<GoalId>>>(),
        ) else {
            continue;
        };
        crate::goals::store::set_for_initiative(&mut tx, initiative, &tied).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A short conversation on the first initiative: two comments, the first with a reply.
async fn load_comments(db: &Db, initiatives: &[InitiativeId]) -> Result<(), AppError> {
    let Some(&first) = initiatives.first() else {
        return Ok(());
    };
    let comments = [
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
    let now = crate::db::now();
    let mut stored: Vec<CommentId> = Vec::new();
    for (n, (email, reply_to, body)) in comments.into_iter().enumerate() {
        let Some(author) = crate::accounts::store::account_id_by_email(db, email).await? else {
            continue;
        };
        let parent = reply_to.and_then(|i: usize| stored.get(i).copied());
        let key = format!("{:032x}", n + 1);
        let id = crate::comments::store::insert(db, first, parent, author, body, &key, now)
            .await?
            .map_err(|_| AppError::Internal)?;
        stored.push(id);
    }
    load_reports(db, initiatives, now).await
}

/// An advert posted as a comment on the second initiative, reported by two neighbours: the
/// moderators' report queue has something to show. Two reports leave it visible; a third
/// would hide it until a moderator looks.
async fn load_reports(
    db: &Db,
    initiatives: &[InitiativeId],
    now: Timestamp,
) -> Result<(), AppError> {
    let (Some(&second), Some(author)) = (
        initiatives.get(1),
        crate::accounts::store::account_id_by_email(db, "lars@demo.forsamling.dk").await?,
    ) else {
        return Ok(());
    };
    let key = format!("{:032x}", 100);
    let body = "Sælger billige solbriller og ure. Skriv til mig for priser!";
    let Ok(id) = crate::comments::store::insert(db, second, None, author, body, &key, now).await?
    else {
        return Ok(());
    };
    let reports = [
        (
            "borger@demo.forsamling.dk",
            "Det er reklame, ikke en kommentar.",
        ),
        ("ayse@demo.forsamling.dk", "Reklame for en butik."),
    ];
    for (email, reason) in reports {
        if let Some(reporter) = crate::accounts::store::account_id_by_email(db, email).await? {
            crate::moderation::reports::store::report(
                db,
                crate::moderation::Target::Comment(id),
                reporter,
                reason,
                now,
            )
            .await?;
        }
    }
    Ok(())
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
