//! A year of made-up history for the demo, so that the politicians' summary has something
//! to show: neighbours in every part of town who joined initiatives over the past twelve
//! months, some stepping up a level, some leaving, some commenting; and the moderators'
//! decisions with their waiting times. Deterministic, so every demo looks the same.

use crate::db::Db;
use crate::error::AppError;

const DAY: i64 = 24 * 60 * 60;

/// First names of the made-up neighbours (Albertslund has more than 100 nationalities).
const NAMES: [&str; 24] = [
    "Anna", "Omar", "Signe", "Fatima", "Jonas", "Mehmet", "Ida", "Yusuf", "Karen", "Ali", "Freja",
    "Hassan", "Ole", "Leila", "Mikkel", "Zainab", "Birgit", "Tariq", "Emma", "Nadia", "Peter",
    "Amina", "Sofie", "Ibrahim",
];

/// A past initiative: title, kind, neighbourhood (None: the whole town), days ago it was
/// published, goal positions.
type Past = (
    &'static str,
    &'static str,
    Option<&'static str>,
    i64,
    &'static [i64],
);

const PAST: [Past; 10] = [
    (
        "Vinterbadning i Store Vejleå",
        "activity",
        Some("Herstedvester"),
        330,
        &[1],
    ),
    (
        "Borgermøde om den nye skolestruktur",
        "event",
        None,
        300,
        &[2],
    ),
    (
        "Fællesspisning i Blokland",
        "event",
        Some("Blokland"),
        260,
        &[1],
    ),
    (
        "Reparationscafé på biblioteket",
        "activity",
        Some("Bycentret"),
        220,
        &[1],
    ),
    (
        "Høring om cykelstier i Herstedøster",
        "event",
        Some("Herstedøster"),
        180,
        &[2],
    ),
    (
        "Lektiecafé for skolebørn",
        "activity",
        Some("Hedemarken"),
        150,
        &[1, 2],
    ),
    (
        "Sommerfest i Morbærhaven",
        "event",
        Some("Morbærhaven"),
        110,
        &[1],
    ),
    ("Ungeråd: hvad mangler byen?", "proposal", None, 75, &[2]),
    (
        "Gåtur for nye i Vridsløselille",
        "activity",
        Some("Vridsløselille"),
        45,
        &[1],
    ),
    (
        "Julemarked i Albertslund Nord",
        "event",
        Some("Albertslund Nord (Bæk- og Fosgården)"),
        20,
        &[1],
    ),
];

/// Where the made-up neighbours live; `None`: they did not say. Some parts of town are
/// missing on purpose, as they are in real life.
const HOMES: [Option<&str>; 12] = [
    Some("Hedemarken"),
    Some("Blokland"),
    Some("Herstedøster"),
    Some("Herstedvester"),
    Some("Kanalens Kvarter"),
    Some("Herstedøster"),
    Some("Bycentret"),
    Some("Hedemarken"),
    Some("Vridsløselille"),
    None,
    Some("Herstedvester"),
    Some("Albertslund Nord (Bæk- og Fosgården)"),
];

/// A small deterministic random number generator (xorshift), enough for made-up data.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % sides.max(1)
    }
}

async fn neighbourhood(db: &Db, name: Option<&str>) -> Result<Option<i64>, sqlx::Error> {
    match name {
        Some(name) => {
            sqlx::query_scalar("SELECT id FROM neighbourhoods WHERE name = $1")
                .bind(name)
                .fetch_optional(db.pool())
                .await
        }
        None => Ok(None),
    }
}

/// Loads the history, unless it is there already.
pub async fn load(db: &Db) -> Result<(), AppError> {
    let first_title = PAST[0].0;
    let there: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM initiatives WHERE title = $1")
        .bind(first_title)
        .fetch_one(db.pool())
        .await?;
    if there > 0 {
        return Ok(());
    }
    let Some(moderator) =
        crate::accounts::store::account_id_by_email(db, "moderator@demo.forsamling.dk").await?
    else {
        return Ok(());
    };
    let now = crate::db::now().seconds();
    let mut dice = Dice(0x5eed_2026);
    let mut tx = db.begin_write().await?;

    // 96 neighbours. Their password hash matches no password: nobody can log in as them.
    let mut people: Vec<i64> = Vec::new();
    for n in 0..96 {
        let name = format!(
            "{} {}.",
            NAMES[n % NAMES.len()],
            (b'A' + (n / NAMES.len()) as u8) as char
        );
        let home = neighbourhood(db, HOMES[dice.roll(HOMES.len() as u64) as usize]).await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO accounts (email, display_name, password_hash, neighbourhood_id, created_at) \
             VALUES ($1, $2, '!', $3, $4) RETURNING id",
        )
        .bind(format!("nabo{n}@demo.forsamling.dk"))
        .bind(name)
        .bind(home)
        .bind(now - 400 * DAY)
        .fetch_one(&mut *tx)
        .await?;
        people.push(id);
    }

    let goals: Vec<(i64, i64)> = sqlx::query_as("SELECT id, position FROM goals")
        .fetch_all(&mut *tx)
        .await?;
    let levels = ["observing", "active", "co_creating"];
    for (index, (title, kind, place, days_ago, goal_positions)) in PAST.into_iter().enumerate() {
        let author = people[index * 7 % people.len()];
        let published = now - days_ago * DAY;
        let waited = (2 + dice.roll(70) as i64) * 3600;
        let created = published - waited;
        let place = neighbourhood(db, place).await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO initiatives (title, description, kind, neighbourhood_id, state, author_id, \
             created_at, updated_at, published_at, submitted_at, search_text) \
             VALUES ($1, $2, $3, $4, 'published', $5, $6, $7, $7, $6, $8) RETURNING id",
        )
        .bind(title)
        .bind("Et initiativ fra det forløbne år i demoen.")
        .bind(kind)
        .bind(place)
        .bind(author)
        .bind(created)
        .bind(published)
        .bind(crate::initiatives::search::index_text(title, ""))
        .fetch_one(&mut *tx)
        .await?;
        for (goal, position) in &goals {
            if goal_positions.contains(position) {
                sqlx::query(
                    "INSERT INTO initiative_goals (initiative_id, goal_id) VALUES ($1, $2)",
                )
                .bind(id)
                .bind(goal)
                .execute(&mut *tx)
                .await?;
            }
        }
        sqlx::query(
            "INSERT INTO audit_log (actor_id, action, target_kind, target_id, details, waited, at) \
             VALUES ($1, 'publish', 'initiative', $2, $3, $4, $5)",
        )
        .bind(moderator)
        .bind(id)
        .bind(
            goal_positions
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(","),
        )
        .bind(waited)
        .bind(published)
        .execute(&mut *tx)
        .await?;
        // The author is its initiator from the start.
        join(&mut tx, id, author, "initiator", created).await?;
        // Neighbours join over the weeks after publication.
        let joining = 8 + dice.roll(14) as usize;
        for k in 0..joining {
            let person = people[(index * 13 + k * 5 + dice.roll(7) as usize) % people.len()];
            if person == author {
                continue;
            }
            let at = published + (1 + dice.roll((days_ago as u64).clamp(2, 60))) as i64 * DAY;
            let level = levels[dice.roll(3) as usize];
            if !join(&mut tx, id, person, level, at).await? {
                continue;
            }
            // Some step up a level a while later; some leave.
            match dice.roll(6) {
                0 if level != "co_creating" => {
                    let up = if level == "observing" {
                        "active"
                    } else {
                        "co_creating"
                    };
                    change(&mut tx, id, person, "changed", up, at + 9 * DAY, now).await?;
                }
                1 => change(&mut tx, id, person, "left", level, at + 20 * DAY, now).await?,
                2 => {
                    let key = format!("{:032x}", 10_000 + id * 100 + k as i64);
                    sqlx::query(
                        "INSERT INTO comments (initiative_id, author_id, body, created_at, submission_key) \
                         VALUES ($1, $2, $3, $4, $5)",
                    )
                    .bind(id)
                    .bind(person)
                    .bind("Det lyder godt, jeg kommer gerne.")
                    .bind((at + DAY).min(now))
                    .bind(key)
                    .execute(&mut *tx)
                    .await?;
                }
                _ => {}
            }
        }
    }
    // A few proposals the moderators sent back or rejected, for the review figures.
    for (n, (action, state)) in [
        ("reject", "rejected"),
        ("send_back", "sent_back"),
        ("reject", "rejected"),
    ]
    .into_iter()
    .enumerate()
    {
        let decided = now - (40 + 50 * n as i64) * DAY;
        let waited = (5 + dice.roll(90) as i64) * 3600;
        let author = people[(n * 11 + 3) % people.len()];
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO initiatives (title, description, kind, state, state_reason, author_id, \
             created_at, updated_at, submitted_at, search_text) \
             VALUES ($1, 'Et forslag fra demoen.', 'idea', $2, 'Demo', $3, $4, $5, $4, '') RETURNING id",
        )
        .bind(format!("Forslag fra demoen {}", n + 1))
        .bind(state)
        .bind(author)
        .bind(decided - waited)
        .bind(decided)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO audit_log (actor_id, action, target_kind, target_id, reason, waited, at) \
             VALUES ($1, $2, 'initiative', $3, 'Demo', $4, $5)",
        )
        .bind(moderator)
        .bind(action)
        .bind(id)
        .bind(waited)
        .bind(decided)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A join, with its event; `false` if the person already takes part.
async fn join(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    initiative: i64,
    person: i64,
    level: &str,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let inserted = sqlx::query(
        "INSERT INTO participations (initiative_id, account_id, level, joined_at, updated_at) \
         VALUES ($1, $2, $3, $4, $4) ON CONFLICT (initiative_id, account_id) DO NOTHING",
    )
    .bind(initiative)
    .bind(person)
    .bind(level)
    .bind(at)
    .execute(&mut **tx)
    .await?;
    if inserted.rows_affected() == 0 {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO participation_events (initiative_id, account_id, kind, level, at) \
         VALUES ($1, $2, 'joined', $3, $4)",
    )
    .bind(initiative)
    .bind(person)
    .bind(level)
    .bind(at)
    .execute(&mut **tx)
    .await?;
    Ok(true)
}

/// A level change or a leave, if its time has come, with the current state kept in step.
async fn change(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    initiative: i64,
    person: i64,
    kind: &str,
    level: &str,
    at: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    if at >= now {
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO participation_events (initiative_id, account_id, kind, level, at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(initiative)
    .bind(person)
    .bind(kind)
    .bind(level)
    .bind(at)
    .execute(&mut **tx)
    .await?;
    if kind == "left" {
        sqlx::query("DELETE FROM participations WHERE initiative_id = $1 AND account_id = $2")
            .bind(initiative)
            .bind(person)
            .execute(&mut **tx)
            .await?;
    } else {
        sqlx::query(
            "UPDATE participations SET level = $1, updated_at = $2 \
             WHERE initiative_id = $3 AND account_id = $4",
        )
        .bind(level)
        .bind(at)
        .bind(initiative)
        .bind(person)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}
