//! `server generate`: a data set at the size a municipality reaches over a few years, for
//! `make bench` (and anyone measuring a page). By default 28,000 accounts, 10,000
//! initiatives, 300,000 participations with 1,000,000 participation events, and 100,000
//! comments, 2,000 of them on one initiative. Sizes are flags; the same seed gives the same
//! data.
//!
//! The rows go in through the schema, in large multi-row statements inside one
//! transaction, so every constraint (checks, uniqueness, foreign keys) holds them to the
//! rules; the set then passes the same check as the demo (`app::demo::check`): every
//! initiative has its proposer as initiator, and replaying the participation events gives
//! the participations. Every generated person has the password `GENERATED_PASSWORD`; the
//! first three are an administrator, a moderator and a politician.

use anyhow::{Context, Result, bail};
use app::accounts::role::Role;
use app::db::{Backend, Db};
use app::participation::level::Level;
use app::participation::store::EventKind;
use sqlx::{Any, Transaction};
use std::collections::HashSet;
use std::time::Instant;

/// The password of every generated account.
pub const GENERATED_PASSWORD: &str = "generated password";
/// The email of generated person `n` (from 1).
pub fn email(n: usize) -> String {
    match n {
        1 => "admin@generated.invalid".to_owned(),
        2 => "moderator@generated.invalid".to_owned(),
        3 => "politician@generated.invalid".to_owned(),
        n => format!("person{n}@generated.invalid"),
    }
}

const DAY: i64 = 86_400;
/// How far back the history goes.
const HISTORY_DAYS: i64 = 3 * 365;

#[derive(clap::Args, Clone, Debug)]
pub struct Sizes {
    #[arg(long, default_value_t = 28_000)]
    pub accounts: usize,
    #[arg(long, default_value_t = 10_000)]
    pub initiatives: usize,
    /// Participations held now (each initiative's proposer among them).
    #[arg(long, default_value_t = 300_000)]
    pub participations: usize,
    /// Participation events: a join for each participation, changes of level, and people
    /// who joined and left again.
    #[arg(long, default_value_t = 1_000_000)]
    pub events: usize,
    #[arg(long, default_value_t = 100_000)]
    pub comments: usize,
    /// Of the comments, how many are on one initiative (the first published one).
    #[arg(long, default_value_t = 2_000)]
    pub big_thread: usize,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

/// What was made, for the benchmark to find its pages.
#[derive(Debug)]
pub struct Made {
    /// The initiative with the long thread, and one published initiative without comments.
    pub big_thread: i64,
    pub quiet: i64,
    pub seconds: f64,
}

/// A value for a column.
enum Value {
    Int(i64),
    MaybeInt(Option<i64>),
    Text(String),
    MaybeText(Option<String>),
}

use Value::{Int, MaybeInt, MaybeText, Text};

/// Inserts `rows` into `table (columns)`, many rows a statement.
async fn insert(
    tx: &mut Transaction<'static, Any>,
    backend: Backend,
    table: &str,
    columns: &[&str],
    rows: Vec<Vec<Value>>,
) -> Result<()> {
    // Well below SQLite's 32,766 and PostgreSQL's 65,535 bound values a statement, and
    // small enough that no statement trips sqlx's slow-statement warning.
    let per_statement = (5_000 / columns.len()).max(1);
    // Our ids are given, so PostgreSQL's identity columns must be told to take them.
    let overriding = match backend {
        Backend::Postgres if columns.first() == Some(&"id") => " OVERRIDING SYSTEM VALUE",
        _ => "",
    };
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<Vec<Value>> = rows.by_ref().take(per_statement).collect();
        let mut sql = format!(
            "INSERT INTO {table} ({}){overriding} VALUES ",
            columns.join(", ")
        );
        let mut n = 0;
        for (i, row) in chunk.iter().enumerate() {
            sql.push_str(if i == 0 { "(" } else { ", (" });
            for j in 0..row.len() {
                n += 1;
                sql.push_str(&format!("{}${n}", if j == 0 { "" } else { ", " }));
            }
            sql.push(')');
        }
        let mut query = sqlx::query(&sql);
        for value in chunk.into_iter().flatten() {
            query = match value {
                Int(v) => query.bind(v),
                MaybeInt(v) => query.bind(v),
                Text(v) => query.bind(v),
                MaybeText(v) => query.bind(v),
            };
        }
        query
            .execute(&mut **tx)
            .await
            .with_context(|| format!("inserting into {table}"))?;
    }
    Ok(())
}

/// A small deterministic random source (the seed fixes the data set).
struct Dice(fastrand::Rng);

impl Dice {
    fn below(&mut self, n: usize) -> usize {
        self.0.usize(..n.max(1))
    }
    fn chance(&mut self, p: f64) -> bool {
        self.0.f64() < p
    }
    fn between(&mut self, low: i64, high: i64) -> i64 {
        if high <= low {
            low
        } else {
            self.0.i64(low..high)
        }
    }
    /// An index below `n`, the low ones far more often: a few initiatives draw crowds.
    fn skewed(&mut self, n: usize) -> usize {
        let x = self.0.f64();
        ((x * x * x) * n as f64) as usize % n.max(1)
    }
    /// One of `choices`, each as often as its weight says.
    fn weighted<T: Copy>(&mut self, choices: &[(T, usize)]) -> T {
        let total: usize = choices.iter().map(|(_, w)| w).sum();
        let mut roll = self.below(total);
        for (choice, weight) in choices {
            if roll < *weight {
                return *choice;
            }
            roll -= weight;
        }
        choices[0].0
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn hex(&mut self) -> String {
        (0..32)
            .map(|_| char::from_digit(self.0.u32(..16), 16).unwrap_or('0'))
            .collect()
    }
}

const FIRST: [&str; 24] = [
    "Anna", "Omar", "Signe", "Fatima", "Jonas", "Mehmet", "Ida", "Yusuf", "Karen", "Ali", "Freja",
    "Hassan", "Ole", "Leila", "Mikkel", "Zainab", "Birgit", "Tariq", "Emma", "Nadia", "Peter",
    "Amina", "Sofie", "Ibrahim",
];
const LAST: [&str; 12] = [
    "Hansen",
    "Nielsen",
    "Jensen",
    "Pedersen",
    "Yilmaz",
    "Andersen",
    "Ahmed",
    "Larsen",
    "Khan",
    "Sørensen",
    "Rasmussen",
    "Kaya",
];
const THEMES: [(&str, &str); 12] = [
    (
        "Fællesspisning",
        "Vi laver mad sammen og spiser ved lange borde. Tag gerne en ret med.",
    ),
    (
        "Loppemarked",
        "Sælg det, du ikke bruger, og find noget nyt til dig selv.",
    ),
    (
        "Reparationscafé",
        "Tag din cykel, lampe eller trøje med, så hjælper vi hinanden med at reparere.",
    ),
    (
        "Lektiecafé",
        "Frivillige hjælper skolebørn med lektierne efter skole.",
    ),
    (
        "Gåtur i naturen",
        "En rolig tur langs søerne, hvor vi ser på fugle og planter.",
    ),
    (
        "Fodbold for alle",
        "Uformel fodbold på græsplænen, alle aldre og niveauer.",
    ),
    ("Fælleshave", "Vi passer højbedene sammen og deler høsten."),
    (
        "Strikkeklub",
        "Vi strikker, drikker kaffe og lærer af hinanden.",
    ),
    (
        "Affaldsindsamling",
        "Vi samler skrald i bydelen og sorterer det bagefter.",
    ),
    (
        "Bedre cykelstier",
        "Forslag om sikrere cykelstier til skolen og stationen.",
    ),
    (
        "Legeplads til de små",
        "Idé til en ny legeplads med plads til forældrene.",
    ),
    (
        "Sommerfest",
        "En fest for hele kvarteret med musik, mad og lege.",
    ),
];
const PLACES: [&str; 6] = [
    "Medborgerhuset",
    "Biblioteket",
    "Skolens gymnastiksal",
    "Fælleshuset",
    "Parken ved søen",
    "Kulturværket",
];
const SAYINGS: [&str; 8] = [
    "Det lyder rigtig godt, jeg kommer gerne.",
    "Kan man tage børn med?",
    "Jeg kan hjælpe med at stille borde op.",
    "Hvad tid slutter det?",
    "Godt initiativ! Vi mangler noget lignende i vores bydel.",
    "Jeg har en trailer, hvis der skal køres noget.",
    "Tak for sidst, det var en dejlig dag.",
    "Kan vi gøre det igen til foråret?",
];

/// An initiative as generated: what the later steps need to know of it.
struct Made1 {
    id: i64,
    author: i64,
    created_at: i64,
    /// When it was published, if it ever was.
    published_at: Option<i64>,
}

/// Fills an empty database with the generated set.
pub async fn generate(db: &Db, sizes: &Sizes) -> Result<Made> {
    let started = Instant::now();
    let existing: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM accounts")
        .fetch_one(db.pool())
        .await?;
    if existing > 0 {
        bail!("the database already has accounts: generate into an empty database");
    }
    if sizes.accounts < 10 || sizes.initiatives < 2 {
        bail!("generate at least 10 accounts and 2 initiatives");
    }
    let backend = db.backend();
    let mut dice = Dice(fastrand::Rng::with_seed(sizes.seed));
    let now = app::db::now().seconds();
    let start = now - HISTORY_DAYS * DAY;
    let hash = app::accounts::password::Hashing::new(1, std::time::Duration::from_secs(60))
        .hash(
            &app::accounts::password::Password::parse(GENERATED_PASSWORD)
                .expect("a valid password"),
        )
        .await
        .map_err(|_| anyhow::anyhow!("could not hash the generated password"))?;

    let mut tx = db.begin_write().await?;

    // Places: the demo's neighbourhoods, with their residents.
    let hoods: Vec<i64> = (1..=app::demo::NEIGHBOURHOODS.len() as i64).collect();
    let rows = app::demo::NEIGHBOURHOODS
        .iter()
        .enumerate()
        .map(|(i, (name, residents))| {
            vec![
                Int(i as i64 + 1),
                Text((*name).to_owned()),
                Int(*residents),
                Int(start),
            ]
        })
        .collect();
    insert(
        &mut tx,
        backend,
        "neighbourhoods",
        &["id", "name", "residents", "created_at"],
        rows,
    )
    .await?;
    let goals: Vec<i64> = sqlx::query_scalar("SELECT id FROM goals ORDER BY position")
        .fetch_all(&mut *tx)
        .await?;

    // People: registered over the years, most in a neighbourhood, most reading Danish.
    // When each person registered, by account id (index 0 unused).
    let mut joined_platform = vec![0i64];
    let mut rows = Vec::with_capacity(sizes.accounts);
    for n in 1..=sizes.accounts {
        let created = if n <= 3 {
            start
        } else {
            dice.between(start, now - DAY)
        };
        joined_platform.push(created);
        let name = format!("{} {}", dice.pick(&FIRST), dice.pick(&LAST));
        let hood = (!dice.chance(0.12)).then(|| *dice.pick(&hoods));
        let language = if dice.chance(0.15) { "en" } else { "da" };
        rows.push(vec![
            Int(n as i64),
            Text(email(n)),
            Text(name),
            Text(hash.clone()),
            MaybeInt(hood),
            Int(created),
            Int(created + 600),
            Text(language.to_owned()),
            Text(dice.hex()),
        ]);
    }
    insert(
        &mut tx,
        backend,
        "accounts",
        &[
            "id",
            "email",
            "display_name",
            "password_hash",
            "neighbourhood_id",
            "created_at",
            "email_confirmed_at",
            "language",
            "unsubscribe_key",
        ],
        rows,
    )
    .await?;
    let roles = [
        (1, Role::Administrator),
        (2, Role::Moderator),
        (3, Role::Politician),
    ]
    .into_iter()
    .map(|(n, role)| vec![Int(n), Text(role.as_str().to_owned()), Int(start)])
    .collect();
    insert(
        &mut tx,
        backend,
        "account_roles",
        &["account_id", "role", "granted_at"],
        roles,
    )
    .await?;
    const MODERATOR: i64 = 2;

    // Initiatives: proposed over the years; most published, some still waiting, some sent
    // back, rejected, withdrawn, carried out or archived.
    let mut initiatives = Vec::with_capacity(sizes.initiatives);
    let (mut rows, mut goal_rows, mut audit) = (Vec::new(), Vec::new(), Vec::new());
    for id in 1..=sizes.initiatives as i64 {
        let author = 4 + dice.below(sizes.accounts - 3) as i64;
        let created = dice.between(joined_platform[author as usize], now - DAY);
        let kind = dice.weighted(&[("event", 4), ("activity", 3), ("idea", 2), ("proposal", 1)]);
        // The first two are published, so that the benchmark has its two detail pages.
        let state = if id <= 2 {
            "published"
        } else {
            dice.weighted(&[
                ("published", 14),
                ("carried_out", 2),
                ("archived", 1),
                ("withdrawn", 1),
                ("pending", 1),
                ("sent_back", 1),
                ("rejected", 1),
            ])
        };
        let decided = (created + dice.between(2 * 3_600, 4 * DAY)).min(now);
        let published_at = match state {
            "published" | "carried_out" | "archived" | "withdrawn" => Some(decided),
            _ => None,
        };
        let (theme, text) = *dice.pick(&THEMES);
        let hood = (!dice.chance(0.2)).then(|| *dice.pick(&hoods));
        let place_name = hood
            .map(|h| app::demo::NEIGHBOURHOODS[h as usize - 1].0)
            .unwrap_or("Albertslund");
        let title = format!("{theme} i {place_name} ({id})");
        let description = format!("{text} Alle er velkomne, også hvis du er ny i byen.");
        let (starts, ends, place) = match kind {
            "event" => {
                let starts = published_at.unwrap_or(created) + dice.between(DAY, 60 * DAY);
                (
                    Some(starts),
                    Some(starts + 3 * 3_600),
                    Some(dice.pick(&PLACES).to_string()),
                )
            }
            "activity" => {
                let starts = published_at.unwrap_or(created) + dice.between(DAY, 30 * DAY);
                (Some(starts), None, Some(dice.pick(&PLACES).to_string()))
            }
            _ => (None, None, None),
        };
        let reason = match state {
            "sent_back" => Some("Skriv venligst, hvornår og hvor det foregår.".to_owned()),
            "rejected" => Some("Det ligger uden for, hvad kommunen kan støtte.".to_owned()),
            _ => None,
        };
        // When it stopped running: carried out or archived by a moderator, or withdrawn.
        let closing = match (published_at, state) {
            (Some(published), "carried_out" | "archived" | "withdrawn") => {
                let action = match state {
                    "carried_out" => Some("carry_out"),
                    "archived" => Some("archive"),
                    _ => None,
                };
                Some((action, (published + dice.between(DAY, 90 * DAY)).min(now)))
            }
            _ => None,
        };
        let hidden = published_at.is_some() && dice.chance(0.005);
        let search = app::initiatives::search::index_text(&title, &description);
        rows.push(vec![
            Int(id),
            Text(title),
            Text(description),
            Text(kind.to_owned()),
            MaybeInt(hood),
            MaybeInt(starts),
            MaybeInt(ends),
            MaybeText(place),
            Text(state.to_owned()),
            MaybeText(reason),
            Int(author),
            Int(created),
            Int(created),
            MaybeInt(published_at),
            Text(search),
            Int(created),
            MaybeInt(hidden.then_some(decided + DAY)),
            MaybeInt(hidden.then_some(MODERATOR)),
            MaybeText(hidden.then(|| "Reklame.".to_owned())),
            MaybeInt(closing.map(|(_, at)| at)),
        ]);
        let action = match state {
            "pending" => None,
            "sent_back" => Some("send_back"),
            "rejected" => Some("reject"),
            _ => Some("publish"),
        };
        if let Some(action) = action {
            audit.push(vec![
                Int(MODERATOR),
                Text(action.to_owned()),
                Text("initiative".to_owned()),
                Int(id),
                Int(decided - created),
                Int(decided),
            ]);
        }
        if published_at.is_some() {
            let first = *dice.pick(&goals);
            goal_rows.push(vec![Int(id), Int(first)]);
            for goal in &goals {
                if *goal != first && dice.chance(0.3) {
                    goal_rows.push(vec![Int(id), Int(*goal)]);
                }
            }
            if let Some((Some(action), at)) = closing {
                audit.push(vec![
                    Int(MODERATOR),
                    Text(action.to_owned()),
                    Text("initiative".to_owned()),
                    Int(id),
                    MaybeInt(None),
                    Int(at),
                ]);
            }
        }
        initiatives.push(Made1 {
            id,
            author,
            created_at: created,
            published_at,
        });
    }
    insert(
        &mut tx,
        backend,
        "initiatives",
        &[
            "id",
            "title",
            "description",
            "kind",
            "neighbourhood_id",
            "starts_at",
            "ends_at",
            "place",
            "state",
            "state_reason",
            "author_id",
            "created_at",
            "updated_at",
            "published_at",
            "search_text",
            "submitted_at",
            "hidden_at",
            "hidden_by",
            "hidden_reason",
            "closed_at",
        ],
        rows,
    )
    .await?;
    insert(
        &mut tx,
        backend,
        "initiative_goals",
        &["initiative_id", "goal_id"],
        goal_rows,
    )
    .await?;
    insert(
        &mut tx,
        backend,
        "audit_log",
        &[
            "actor_id",
            "action",
            "target_kind",
            "target_id",
            "waited",
            "at",
        ],
        audit,
    )
    .await?;

    // Participations: every proposer as initiator, then people joining published
    // initiatives (a few draw crowds), some changing level on the way, and others who
    // joined and left again. Each pair's events are written in order, so replaying them
    // gives the participation.
    let published: Vec<&Made1> = initiatives
        .iter()
        .filter(|i| i.published_at.is_some())
        .collect();
    let mut taken: HashSet<(i64, i64)> = HashSet::new();
    let mut participations = Vec::with_capacity(sizes.participations);
    let mut events = Vec::with_capacity(sizes.events);
    let joined = EventKind::Joined.as_str();
    let changed = EventKind::Changed.as_str();
    let left = EventKind::Left.as_str();
    let event = |i: i64, a: i64, kind: &str, level: Level, at: i64| {
        vec![
            Int(i),
            Int(a),
            Text(kind.to_owned()),
            Text(level.as_str().to_owned()),
            Int(at),
        ]
    };
    for i in &initiatives {
        taken.insert((i.id, i.author));
        let initiator = Level::Initiator.as_str().to_owned();
        participations.push(vec![
            Int(i.id),
            Int(i.author),
            Text(initiator),
            Int(i.created_at),
            Int(i.created_at),
        ]);
        events.push(event(
            i.id,
            i.author,
            joined,
            Level::Initiator,
            i.created_at,
        ));
    }
    let levels = [
        Level::Observing,
        Level::Observing,
        Level::Observing,
        Level::Observing,
        Level::Active,
        Level::Active,
        Level::Active,
        Level::CoCreating,
        Level::CoCreating,
        Level::Initiator,
    ];
    let extra = sizes.participations.saturating_sub(participations.len());
    // What the events budget leaves after one join each: two fifths on changes of level,
    // the rest on people who joined and left (two events each).
    let spare = sizes.events.saturating_sub(sizes.participations);
    let changes_each = (spare as f64 * 0.4) / extra.max(1) as f64;
    let mut leavers = (spare - (spare as f64 * 0.4) as usize) / 2;
    let mut tries = 0usize;
    while participations.len() < sizes.participations || leavers > 0 {
        tries += 1;
        if tries > 20 * (sizes.participations + sizes.events) {
            bail!("too many participations for the accounts and initiatives asked for");
        }
        let initiative = published[dice.skewed(published.len())];
        let account = 1 + dice.below(sizes.accounts) as i64;
        if !taken.insert((initiative.id, account)) {
            continue;
        }
        let opened = initiative
            .published_at
            .unwrap_or(initiative.created_at)
            .max(joined_platform[account as usize]);
        let at = dice.between(opened, (opened + 120 * DAY).min(now));
        let level = *dice.pick(&levels);
        if participations.len() < sizes.participations {
            // Changes of level before settling on the one held now.
            let mut changes =
                changes_each.floor() as usize + usize::from(dice.chance(changes_each.fract()));
            let mut current = *dice.pick(&levels);
            if changes == 0 {
                current = level;
            }
            let mut when = at;
            events.push(event(initiative.id, account, joined, current, when));
            while changes > 0 {
                when = dice.between(when + 60, (when + 30 * DAY).min(now).max(when + 61));
                let next = if changes == 1 {
                    level
                } else {
                    *dice.pick(&levels)
                };
                if next != current {
                    events.push(event(initiative.id, account, changed, next, when));
                    current = next;
                }
                changes -= 1;
            }
            if current != level {
                events.push(event(initiative.id, account, changed, level, when + 60));
                when += 60;
            }
            participations.push(vec![
                Int(initiative.id),
                Int(account),
                Text(level.as_str().to_owned()),
                Int(at),
                Int(when),
            ]);
        } else {
            let gone = dice.between(at + 3_600, (at + 60 * DAY).min(now).max(at + 3_601));
            events.push(event(initiative.id, account, joined, level, at));
            events.push(event(initiative.id, account, left, level, gone));
            leavers -= 1;
        }
    }
    insert(
        &mut tx,
        backend,
        "participations",
        &[
            "initiative_id",
            "account_id",
            "level",
            "joined_at",
            "updated_at",
        ],
        participations,
    )
    .await?;
    insert(
        &mut tx,
        backend,
        "participation_events",
        &["initiative_id", "account_id", "kind", "level", "at"],
        events,
    )
    .await?;

    // Comments: one long thread on the first initiative, the rest spread over published
    // ones (a few draw many); a quarter answer an earlier comment on the same initiative.
    let big = initiatives[0].id;
    let quiet = initiatives[1].id;
    let mut threads: std::collections::HashMap<i64, Vec<i64>> = Default::default();
    let mut rows = Vec::with_capacity(sizes.comments);
    for id in 1..=sizes.comments as i64 {
        let on = if (id as usize) <= sizes.big_thread {
            &initiatives[0]
        } else {
            loop {
                let candidate = published[dice.skewed(published.len())];
                // The long thread has exactly its share, the quiet one none.
                if candidate.id != quiet && candidate.id != big {
                    break candidate;
                }
            }
        };
        let author = 1 + dice.below(sizes.accounts) as i64;
        let opened = on
            .published_at
            .unwrap_or(on.created_at)
            .max(joined_platform[author as usize]);
        let at = dice.between(opened, now);
        let thread = threads.entry(on.id).or_default();
        let parent =
            (!thread.is_empty() && dice.chance(0.25)).then(|| thread[dice.below(thread.len())]);
        if parent.is_none() {
            thread.push(id);
        }
        rows.push(vec![
            Int(id),
            Int(on.id),
            MaybeInt(parent),
            Int(author),
            Text(format!("{} ({id})", dice.pick(&SAYINGS))),
            Int(at),
            Text(format!("generated-{id}")),
        ]);
    }
    insert(
        &mut tx,
        backend,
        "comments",
        &[
            "id",
            "initiative_id",
            "parent_id",
            "author_id",
            "body",
            "created_at",
            "submission_key",
        ],
        rows,
    )
    .await?;

    // PostgreSQL's identity columns go on after the ids given here.
    if backend == Backend::Postgres {
        for table in ["neighbourhoods", "accounts", "initiatives", "comments"] {
            sqlx::query(&format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"
            ))
            .execute(&mut *tx)
            .await?;
        }
    }
    tx.commit().await?;
    // Fresh statistics for the query planners. On PostgreSQL also VACUUM, as autovacuum
    // would soon after a load this size: until the visibility map is set, an index-only
    // scan (the list's count) still reads every row from the table.
    match backend {
        Backend::Sqlite => sqlx::query("ANALYZE").execute(db.pool()).await?,
        Backend::Postgres => sqlx::query("VACUUM ANALYZE").execute(db.pool()).await?,
    };
    let problems = app::demo::check::problems(db).await?;
    if !problems.is_empty() {
        bail!(
            "the generated set breaks the platform's rules: {}",
            problems.join("; ")
        );
    }
    Ok(Made {
        big_thread: big,
        quiet,
        seconds: started.elapsed().as_secs_f64(),
    })
}
