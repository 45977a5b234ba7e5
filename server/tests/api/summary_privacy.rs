//! The summary's small counts against a reader who does arithmetic, on SQLite and
//! PostgreSQL, with data sets built through the app (registering, saying where one lives,
//! proposing, joining). `app::summary::privacy` proves the rule on every small group; here
//! the page's server function and its CSV files must apply it where the old rule leaked:
//! a ladder of 5, 5, 6 and 1 under a total of 17 (the old page showed "hidden", 5, 6,
//! "fewer than 5", and since "hidden" meant 5 or more the two could be worked out as 5
//! and 1), and a neighbourhood of 17 people holding every participant (every other row
//! provably 0).

use crate::helpers::{TestApp, Visitor, join, propose, publish};
use app::accounts::my_account::UpdateProfile;
use app::accounts::role::Role;
use app::participation::level::Level;
use app::summary::page::LoadSummary;
use app::summary::privacy::Count;
use app::summary::{Figure, Summary};

on_both_databases!(
    ties_and_a_hidden_five_give_no_small_count_away,
    one_neighbourhood_holding_every_participant_gives_no_zero_away,
);

const WITHHELD: Figure<Count> = Figure {
    current: Count::Withheld,
    previous: Count::Withheld,
};

/// A citizen living in `neighbourhood`, said through the profile form.
async fn resident(app: &TestApp, name: &str, neighbourhood: i64) -> Visitor {
    let citizen = app.citizen(name).await;
    citizen
        .run(UpdateProfile {
            display_name: name.to_owned(),
            neighbourhood: neighbourhood.to_string(),
        })
        .await
        .expect("the profile is saved");
    citizen
}

/// "Sytten" (1,000 residents) and "Tom" (none living there take part): an initiative in
/// Sytten proposed by Ada (its initiator) and joined by sixteen neighbours of hers, 5
/// observing, 5 active and 6 co-creating: 17 people, the ladder 5, 5, 6, 1.
async fn seventeen(app: &TestApp) -> (i64, i64) {
    use app::neighbourhoods::store::ensure;
    let sytten = ensure(app.db(), "Sytten", Some(1_000)).await.unwrap().0;
    let tom = ensure(app.db(), "Tom", Some(500)).await.unwrap().0;
    let ada = resident(app, "Ada", sytten).await;
    let mut proposal = crate::helpers::idea("Gårdfest i Sytten");
    proposal.neighbourhood = sytten.to_string();
    let initiative = propose(&ada, proposal).await;
    publish(app, initiative).await;
    let levels = [Level::Observing; 5]
        .into_iter()
        .chain([Level::Active; 5])
        .chain([Level::CoCreating; 6]);
    for (n, level) in levels.enumerate() {
        let neighbour = resident(app, &format!("Nabo{n}"), sytten).await;
        join(&neighbour, initiative, level.as_str())
            .await
            .expect("joins");
    }
    (sytten, tom)
}

async fn summary(politician: &Visitor) -> Summary {
    politician
        .run(LoadSummary {
            period: None,
            from: None,
            to: None,
            goal: None,
            neighbourhood: None,
        })
        .await
        .expect("the summary")
}

/// The CSV of `table` as text.
async fn csv(politician: &Visitor, table: &str) -> String {
    let (status, body) = politician.get(&format!("/summary/csv/{table}")).await;
    assert_eq!(status, 200, "{table}.csv");
    body
}

async fn ties_and_a_hidden_five_give_no_small_count_away(app: TestApp) {
    seventeen(&app).await;
    let politician = app.with_role("Pia Politiker", Role::Politician).await;
    let s = summary(&politician).await;
    assert_eq!(s.headline.participants.current, Count::Exact(17));
    // The initiator's 1 is the only small count; the smallest others are observing's and
    // active's 5, equal, so both go with it (one left shown would tell that the hidden one
    // is at most 5, and with the total, exactly 5). What is left: 1 + 5 + 5 = 11 over three
    // counts that read the same, which 11 − 0 − 0, 6 + 4 + 1, … fit as well.
    let ladder: Vec<Count> = s.ladder.iter().map(|row| row.people.current).collect();
    assert_eq!(
        ladder,
        [
            Count::Withheld,
            Count::Withheld,
            Count::Exact(6),
            Count::Withheld
        ]
    );
    // The file says the same: the three read "hidden", none "fewer than 5" (which would
    // tell the initiator's 1 from the two 5s).
    let file = csv(&politician, "ladder").await;
    let line = |level: &str| {
        file.lines()
            .find(|line| line.contains(level))
            .unwrap_or_else(|| panic!("a line for {level}: {file}"))
            .to_owned()
    };
    assert!(line("Medskabende").contains(",6,"), "{file}");
    for level in ["Observerende", "Aktiv", "Initiativtager"] {
        assert!(line(level).contains(",skjult,"), "{file}");
    }
    assert!(!file.contains(",5,") && !file.contains(",1,"), "{file}");
}

async fn one_neighbourhood_holding_every_participant_gives_no_zero_away(app: TestApp) {
    let (sytten, tom) = seventeen(&app).await;
    let politician = app.with_role("Pia Politiker", Role::Politician).await;
    let s = summary(&politician).await;
    // Sytten 17, Tom 0, not stated 0: shown, the 17 would prove the two others 0.
    for row in &s.by_neighbourhood {
        assert_eq!(
            row.participants.current,
            Count::Withheld,
            "{:?} is withheld",
            row.name
        );
        assert_eq!(row.per_thousand.current, None, "no rate for {:?}", row.name);
    }
    assert!(
        s.by_neighbourhood
            .iter()
            .any(|row| row.neighbourhood_id == Some(sytten))
    );
    assert!(
        s.by_neighbourhood
            .iter()
            .any(|row| row.neighbourhood_id == Some(tom))
    );
    // The meeting table's column for Sytten is the same group: every cell withheld, and
    // the previous period (nobody) too.
    let column = s
        .meeting
        .places
        .iter()
        .position(|(id, _)| *id == Some(sytten))
        .expect("a column for Sytten");
    for row in &s.meeting.rows {
        assert_eq!(row.cells[column], WITHHELD, "{:?} × Sytten", row.home);
    }
    let file = csv(&politician, "neighbourhoods").await;
    assert!(!file.contains(",17,"), "{file}");
    let sytten_line = file
        .lines()
        .find(|line| line.contains("Sytten"))
        .expect("a line for Sytten");
    assert!(sytten_line.contains("skjult"), "{sytten_line}");
}
