//! A year of made-up history for the demo, so that the politicians' summary has something
//! to show: neighbours in every part of town who joined initiatives over the past twelve
//! months, some stepping up a level, some leaving, some commenting; and the moderators'
//! decisions with their waiting times. Deterministic, so every demo looks the same.

use crate::accounts::auth;
use crate::db::Db;
use crate::error::AppError;
use crate::ids::{AccountId, GoalId, InitiativeId, NeighbourhoodId};
use crate::initiatives::draft::Draft;
use crate::initiatives::kind::Kind;
use crate::initiatives::lifecycle::Transition;
use crate::initiatives::store;
use crate::participation::level::Level;
use crate::participation::store::{self as participation, level_of};
use crate::timestamp::{DAY, HOUR, Timestamp};

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

async fn neighbourhood(
    db: &Db,
    name: Option<&str>,
) -> Result<Option<NeighbourhoodId>, sqlx::Error> {
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

/// Loads the history, unless it is there already. Written through the same queries as the
/// pages' own changes (so every initiative has its initiator, every participation its
/// events), with the past times no request can give.
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
    let moderator = auth::moderator_for(db, moderator).await?;
    let now = crate::db::now();
    let mut dice = Dice(0x5eed_2026);

    // 96 neighbours. Their password hash matches no password: nobody can log in as them.
    let mut people: Vec<AccountId> = Vec::new();
    for n in 0..96 {
        let name = format!(
            "{} {}.",
            NAMES[n % NAMES.len()],
            (b'A' + (n / NAMES.len()) as u8) as char
        );
        let home = neighbourhood(db, HOMES[dice.roll(HOMES.len() as u64) as usize]).await?;
        let email = format!("nabo{n}@demo.forsamling.dk");
        let id = crate::accounts::store::insert_account(
            db.pool(),
            &crate::accounts::store::NewAccount {
                email: &email,
                display_name: &name,
                password_hash: "!",
                neighbourhood_id: home,
                language: crate::i18n::Lang::default(),
                confirmed_at: Some(now.minus(400 * DAY)),
                created_at: now.minus(400 * DAY),
            },
        )
        .await?;
        people.push(id);
    }

    let goals: Vec<(GoalId, i64)> = sqlx::query_as("SELECT id, position FROM goals")
        .fetch_all(db.pool())
        .await?;
    let levels = [Level::Observing, Level::Active, Level::CoCreating];
    for (index, (title, kind, place, days_ago, goal_positions)) in PAST.into_iter().enumerate() {
        let author = people[index * 7 % people.len()];
        let published = now.minus(days_ago * DAY);
        let waited = (2 + dice.roll(70) as i64) * HOUR;
        let created = published.minus(waited);
        let draft = Draft {
            title: title.to_owned(),
            description: "Et initiativ fra det forløbne år i demoen.".to_owned(),
            kind: Kind::parse(kind).unwrap_or(Kind::Idea),
            neighbourhood_id: neighbourhood(db, place).await?,
            starts_at: None,
            ends_at: None,
            place: None,
            needs: Vec::new(),
            recurrence: None,
        };
        let tied: Vec<GoalId> = goals
            .iter()
            .filter(|(_, position)| goal_positions.contains(position))
            .map(|(id, _)| *id)
            .collect();
        let mut tx = db.begin_write().await?;
        // The author is its initiator from the start.
        let id = store::insert(&mut tx, author, &draft, created).await?;
        crate::goals::store::set_for_initiative(&mut tx, id, &tied).await?;
        decide(
            &mut tx,
            &moderator,
            id,
            Transition::Publish,
            None,
            published,
            waited,
        )
        .await?;
        // Neighbours join over the weeks after publication.
        let joining = 8 + dice.roll(14) as usize;
        let mut commenters = Vec::new();
        for k in 0..joining {
            let person = people[(index * 13 + k * 5 + dice.roll(7) as usize) % people.len()];
            if person == author || level_of(&mut *tx, id, person).await?.is_some() {
                continue;
            }
            let at = published.plus((1 + dice.roll((days_ago as u64).clamp(2, 60))) as i64 * DAY);
            let level = levels[dice.roll(3) as usize];
            participation::join(&mut tx, id, person, level, at).await?;
            // Some step up a level a while later; some leave; some say something.
            match dice.roll(6) {
                0 if level != Level::CoCreating => {
                    let up = if level == Level::Observing {
                        Level::Active
                    } else {
                        Level::CoCreating
                    };
                    let later = at.plus(9 * DAY);
                    if later < now {
                        participation::join(&mut tx, id, person, up, later).await?;
                    }
                }
                1 => {
                    let later = at.plus(20 * DAY);
                    if later < now {
                        participation::leave(&mut tx, id, person, later).await?;
                    }
                }
                2 => commenters.push((person, at.plus(DAY).min(now), k)),
                _ => {}
            }
        }
        if kind == "proposal" {
            answer(
                &mut tx,
                db,
                &moderator,
                id,
                published.plus(40 * DAY).min(now),
            )
            .await?;
        }
        tx.commit().await?;
        for (person, at, k) in commenters {
            let key = format!("{:032x}", 10_000 + id.0 * 100 + k as i64);
            let mut tx = db.begin_write().await?;
            crate::comments::store::insert(
                &mut tx,
                id,
                None,
                person,
                "Det lyder godt, jeg kommer gerne.",
                &key,
                at,
            )
            .await?
            .map_err(|_| AppError::Internal)?;
            tx.commit().await?;
        }
    }
    // A few proposals the moderators sent back or rejected, for the review figures. Their
    // authors are their initiators, so the sent-back one can be edited and resubmitted.
    for (n, transition) in [Transition::Reject, Transition::SendBack, Transition::Reject]
        .into_iter()
        .enumerate()
    {
        let decided = now.minus((40 + 50 * n as i64) * DAY);
        let waited = (5 + dice.roll(90) as i64) * HOUR;
        let author = people[(n * 11 + 3) % people.len()];
        let draft = Draft {
            title: format!("Forslag fra demoen {}", n + 1),
            description: "Et forslag fra demoen.".to_owned(),
            kind: Kind::Idea,
            neighbourhood_id: None,
            starts_at: None,
            ends_at: None,
            place: None,
            needs: Vec::new(),
            recurrence: None,
        };
        let mut tx = db.begin_write().await?;
        let id = store::insert(&mut tx, author, &draft, decided.minus(waited)).await?;
        decide(
            &mut tx,
            &moderator,
            id,
            transition,
            Some("Demo"),
            decided,
            waited,
        )
        .await?;
        tx.commit().await?;
    }
    Ok(())
}

/// A moderator's decision at a past moment, with its audit row, as `moderation::rules`
/// makes one now.
/// The municipality's answer to the year's proposal, with its audit row, as a moderator's
/// form records it (no one is notified of the past).
async fn answer(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    db: &Db,
    moderator: &auth::Moderator,
    id: InitiativeId,
    at: Timestamp,
) -> Result<(), AppError> {
    use crate::answers::{Status, store::NewAnswer};
    use crate::moderation::audit::{self, Action, Entry, TargetKind};
    let body = "Byrådet har behandlet forslaget. Et ungeråd oprettes som forsøg i to år; \
                valg til rådet holdes på skolerne.";
    let given = NewAnswer {
        status: Status::PartlyAdopted,
        body,
        decided_on: Timestamp::from_local_date(&at.local().iso_date())
            .ok()
            .flatten()
            .unwrap_or(at),
        minutes_url: Some("https://albertslund.dk/politik/dagsordener-og-referater"),
    };
    if !crate::answers::store::record(db, tx, id, 0, &given, at).await? {
        return Err(AppError::Internal);
    }
    audit::record(
        tx,
        moderator,
        Entry {
            action: Action::Answer,
            target_kind: TargetKind::Initiative,
            target_id: id.0,
            reason: Some(body),
            details: Some(Status::PartlyAdopted.as_str().to_owned()),
            waited: None,
            at,
        },
    )
    .await?;
    Ok(())
}

async fn decide(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    moderator: &auth::Moderator,
    id: InitiativeId,
    transition: Transition,
    reason: Option<&str>,
    at: Timestamp,
    waited: i64,
) -> Result<(), AppError> {
    use crate::moderation::audit::{self, Action, Entry, TargetKind};
    store::apply(tx, id, transition, reason, at)
        .await?
        .ok_or(AppError::Internal)?;
    let action = match transition {
        Transition::Publish => Action::Publish,
        Transition::SendBack => Action::SendBack,
        _ => Action::Reject,
    };
    let goals: Vec<GoalId> = sqlx::query_scalar(
        "SELECT goal_id FROM initiative_goals WHERE initiative_id = $1 ORDER BY goal_id",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?;
    audit::record(
        tx,
        moderator,
        Entry {
            action,
            target_kind: TargetKind::Initiative,
            target_id: id.0,
            reason,
            details: (!goals.is_empty()).then(|| {
                goals
                    .iter()
                    .map(GoalId::to_string)
                    .collect::<Vec<_>>()
                    .join(",")
            }),
            waited: Some(waited),
            at,
        },
    )
    .await?;
    Ok(())
}
