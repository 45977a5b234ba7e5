//! The front page's week, on SQLite and PostgreSQL: what starts from today to a week ahead,
//! published and not hidden, the viewer's neighbourhood first, with their own level.

use crate::helpers::{
    TestApp, Visitor, hide_pending_review, idea, join, profile, published_event, published_with,
};
use app::ids::InitiativeId;
use app::initiatives::propose::Propose;
use app::participation::level::Level;
use app::site::coming_up::{ComingUp, WeekAhead};
use app::timestamp::{DAY, HOUR};

on_both_databases!(the_week_ahead_comes_soonest_first_and_near_the_viewer_first);

async fn event(
    app: &TestApp,
    author: &Visitor,
    title: &str,
    hours: i64,
    place: &str,
) -> InitiativeId {
    published_event(app, author, title, app::db::now().plus(hours * HOUR), place).await
}

fn titles(coming: &WeekAhead) -> Vec<(&str, Option<Level>)> {
    coming
        .items
        .iter()
        .map(|item| (item.initiative.title.as_str(), item.my_level))
        .collect()
}

async fn the_week_ahead_comes_soonest_first_and_near_the_viewer_first(app: TestApp) {
    let place = |name: &'static str| {
        let db = app.db().clone();
        async move {
            app::neighbourhoods::store::ensure(&db, name, None)
                .await
                .unwrap()
                .to_string()
        }
    };
    let (hedemarken, blokland) = (place("Hedemarken").await, place("Blokland").await);
    let mette = app.citizen("Mette").await;
    event(&app, &mette, "I morgen i Hedemarken", 24, &hedemarken).await;
    let blokland_event = event(&app, &mette, "Om to dage i Blokland", 48, &blokland).await;
    event(&app, &mette, "Om ni dage", 9 * 24, "").await;
    published_with(&app, &mette, idea("Uden dato")).await;
    let hidden = event(&app, &mette, "Skjult", 30, "").await;
    hide_pending_review(&app, hidden).await;
    let gone = event(&app, &mette, "I forgårs", 3, "").await;
    sqlx::query("UPDATE initiatives SET starts_at = $1 WHERE id = $2")
        .bind(app::db::now().minus(2 * DAY))
        .bind(gone)
        .execute(app.db().pool())
        .await
        .unwrap();
    crate::helpers::propose(
        &mette,
        Propose {
            kind: "event".to_owned(),
            starts_at: app::db::now().plus(5 * HOUR).local().input_value(),
            ..idea("Venter på en moderator")
        },
    )
    .await;

    let anyone = app.visitor().run(ComingUp {}).await.unwrap();
    assert!(!anyone.logged_in);
    assert_eq!(anyone.near, None);
    assert_eq!(
        titles(&anyone),
        [
            ("I morgen i Hedemarken", None),
            ("Om to dage i Blokland", None)
        ]
    );
    // Ole lives in Blokland and takes part in its event: it comes first, with his level.
    let ole = app.citizen("Ole").await;
    ole.run(profile("Ole", &blokland)).await.unwrap();
    join(&ole, blokland_event, "active").await.unwrap();
    let his = ole.run(ComingUp {}).await.unwrap();
    assert!(his.logged_in);
    assert_eq!(his.near.as_deref(), Some("Blokland"));
    assert_eq!(
        titles(&his),
        [
            ("Om to dage i Blokland", Some(Level::Active)),
            ("I morgen i Hedemarken", None)
        ]
    );
}
