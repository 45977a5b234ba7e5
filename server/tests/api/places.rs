//! Places and the waiting list, on SQLite and PostgreSQL: an event's initiators limit how
//! many can come; those who join a full one wait in line and move up in order, in the same
//! transaction, when a place frees (someone leaves, changes to a level without a place, is
//! deleted, or the limit rises), and are told. The database never holds more than the
//! places, however many join at once.

use crate::helpers::{
    PASSWORD, TestApp, Visitor, idea, join, kept, notice_kinds, problem, published_event,
    published_with,
};
use app::accounts::personal_data::DeleteAccount;
use app::error::{AppError, Problem};
use app::ids::InitiativeId;
use app::initiatives::detail::{Initiative, Leave};
use app::initiatives::places::SetPlaces;
use app::notifications::Kind;
use app::participation::capacity::InLine;
use app::participation::level::Level;
use app::timestamp::DAY;

on_both_databases!(
    a_full_event_puts_people_in_line_and_the_first_moves_up_when_someone_leaves,
    those_in_line_are_told_of_changes_and_can_leave_the_line,
    a_limit_below_the_places_taken_is_refused_and_a_higher_one_moves_people_up,
    only_initiators_of_events_and_activities_set_places,
    concurrent_joins_never_take_more_places_than_there_are,
    a_deleted_account_frees_its_place_and_its_place_in_line_is_in_its_data,
);

fn places(id: InitiativeId, places: &str, observing: bool, shown: &str) -> SetPlaces {
    SetPlaces {
        initiative_id: id,
        capacity: places.to_owned(),
        capacity_observing: observing.then(|| "1".to_owned()),
        shown_capacity: shown.to_owned(),
        shown_observing: "0".to_owned(),
    }
}

/// Mette's event a week from now with `n` places.
async fn event_with_places(app: &TestApp, n: &str) -> (Visitor, InitiativeId) {
    let mette = app.citizen("Mette").await;
    let starts = app::db::now().plus(7 * DAY);
    let id = published_event(app, &mette, "Madlavning for 2", starts, "").await;
    mette.run(places(id, n, false, "")).await.unwrap();
    (mette, id)
}

async fn in_line(visitor: &Visitor, id: InitiativeId) -> Option<InLine> {
    visitor
        .run(Initiative { id })
        .await
        .unwrap()
        .my_place_in_line
}

async fn my_level(visitor: &Visitor, id: InitiativeId) -> Option<Level> {
    visitor.run(Initiative { id }).await.unwrap().my_level
}

async fn leave(visitor: &Visitor, id: InitiativeId) -> Result<(), AppError> {
    visitor.run(Leave { initiative_id: id }).await
}

async fn a_full_event_puts_people_in_line_and_the_first_moves_up_when_someone_leaves(app: TestApp) {
    let (mette, id) = event_with_places(&app, "2").await;
    let [anna, bo, carl, dina, emil] = [
        app.citizen("Anna").await,
        app.citizen("Bo").await,
        app.citizen("Carl").await,
        app.citizen("Dina").await,
        app.citizen("Emil").await,
    ];
    join(&anna, id, "active").await.unwrap();
    join(&bo, id, "co_creating").await.unwrap();
    // Full: the next two wait, in the order they came.
    join(&carl, id, "active").await.unwrap();
    join(&dina, id, "co_creating").await.unwrap();
    assert_eq!(my_level(&carl, id).await, None);
    assert_eq!(
        in_line(&carl, id).await,
        Some(InLine {
            level: Level::Active,
            position: 1
        })
    );
    assert_eq!(in_line(&dina, id).await.map(|l| l.position), Some(2));
    // Observing takes no place here: Emil joins at once, and keeps it while he waits for
    // an active place.
    join(&emil, id, "observing").await.unwrap();
    assert_eq!(my_level(&emil, id).await, Some(Level::Observing));
    join(&emil, id, "active").await.unwrap();
    assert_eq!(my_level(&emil, id).await, Some(Level::Observing));
    assert_eq!(in_line(&emil, id).await.map(|l| l.position), Some(3));
    let seats = mette.run(Initiative { id }).await.unwrap().seats.unwrap();
    assert_eq!((seats.taken, seats.waiting, seats.free()), (2, 3, 0));
    // Anna leaves: Carl, first in line, takes her place at the level he asked for, and is
    // told on the platform and by email.
    leave(&anna, id).await.unwrap();
    assert_eq!(my_level(&carl, id).await, Some(Level::Active));
    assert_eq!(in_line(&carl, id).await, None);
    assert_eq!(notice_kinds(&carl).await, [Kind::MovedUp]);
    let mail = app.mailbox().next("carl@example.dk", 2).await;
    assert!(mail.body.contains("Madlavning for 2"), "{mail:?}");
    assert!(notice_kinds(&dina).await.is_empty(), "Dina still waits");
    assert_eq!(in_line(&dina, id).await.map(|l| l.position), Some(1));
    // Bo steps down to observing, which takes no place: Dina moves up as co-creating.
    join(&bo, id, "observing").await.unwrap();
    assert_eq!(my_level(&dina, id).await, Some(Level::CoCreating));
    assert_eq!(in_line(&emil, id).await.map(|l| l.position), Some(1));
    let seats = mette.run(Initiative { id }).await.unwrap().seats.unwrap();
    assert_eq!((seats.taken, seats.waiting), (2, 1));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM participations WHERE initiative_id = {id} \
             AND level IN ('active', 'co_creating')"
        ))
        .await,
        2
    );
}

async fn those_in_line_are_told_of_changes_and_can_leave_the_line(app: TestApp) {
    let (mette, id) = event_with_places(&app, "1").await;
    let anna = app.citizen("Anna").await;
    let bo = app.citizen("Bo").await;
    join(&anna, id, "active").await.unwrap();
    join(&bo, id, "active").await.unwrap();
    assert!(in_line(&bo, id).await.is_some());
    mette
        .run(app::initiatives::reschedule::Reschedule {
            initiative_id: id,
            calendar_sequence: mette
                .run(Initiative { id })
                .await
                .unwrap()
                .calendar_sequence,
            starts_at: app::db::now().plus(8 * DAY).local().input_value(),
            ends_at: String::new(),
            place: "Biblioteket".to_owned(),
            repeats: String::new(),
            repeats_until: String::new(),
        })
        .await
        .unwrap();
    assert_eq!(
        notice_kinds(&bo).await,
        [Kind::Rescheduled],
        "the line is told too"
    );
    // Bo leaves the line: he is in no line and takes no part, and Anna's place is hers.
    leave(&bo, id).await.unwrap();
    assert_eq!(in_line(&bo, id).await, None);
    assert_eq!(my_level(&bo, id).await, None);
    leave(&anna, id).await.unwrap();
    assert!(
        notice_kinds(&bo).await.len() == 1,
        "nobody moved up: nobody waits"
    );
    let seats = mette.run(Initiative { id }).await.unwrap().seats.unwrap();
    assert_eq!((seats.taken, seats.waiting), (0, 0));
}

async fn a_limit_below_the_places_taken_is_refused_and_a_higher_one_moves_people_up(app: TestApp) {
    let (mette, id) = event_with_places(&app, "2").await;
    let people = [
        app.citizen("Anna").await,
        app.citizen("Bo").await,
        app.citizen("Carl").await,
        app.citizen("Dina").await,
        app.citizen("Emil").await,
    ];
    for person in &people {
        join(person, id, "active").await.unwrap();
    }
    let below = mette.run(places(id, "1", false, "2")).await;
    assert_eq!(
        problem(&below, "capacity"),
        Some(Problem::BelowTaken { taken: 2 })
    );
    assert_eq!(
        kept(&below, "capacity"),
        Some("1"),
        "what was typed is kept"
    );
    for wrong in ["0", "mange", "-1", "2,5"] {
        let result = mette.run(places(id, wrong, false, "2")).await;
        assert_eq!(
            problem(&result, "capacity"),
            Some(Problem::InvalidPlaces),
            "{wrong}"
        );
    }
    // A form read before another initiator changed the limit writes nothing.
    let stale = mette.run(places(id, "9", false, "")).await;
    assert_eq!(problem(&stale, "capacity"), Some(Problem::ChangedMeanwhile));
    // Three places: Carl moves up; the line keeps its order.
    mette.run(places(id, "3", false, "2")).await.unwrap();
    assert_eq!(my_level(&people[2], id).await, Some(Level::Active));
    assert_eq!(notice_kinds(&people[2]).await, [Kind::MovedUp]);
    assert_eq!(in_line(&people[3], id).await.map(|l| l.position), Some(1));
    // Observing taking a place too: Frida observing now counts, so 3 of 3 is not enough
    // room for her to join and she waits.
    let frida = app.citizen("Frida").await;
    mette.run(places(id, "4", true, "3")).await.unwrap();
    assert_eq!(my_level(&people[3], id).await, Some(Level::Active));
    join(&frida, id, "observing").await.unwrap();
    assert_eq!(my_level(&frida, id).await, None);
    assert_eq!(in_line(&frida, id).await.map(|l| l.position), Some(2));
    // No limit: everyone in line moves up.
    let lifted = SetPlaces {
        shown_observing: "1".to_owned(),
        ..places(id, "", false, "4")
    };
    mette.run(lifted).await.unwrap();
    assert_eq!(my_level(&people[4], id).await, Some(Level::Active));
    assert_eq!(my_level(&frida, id).await, Some(Level::Observing));
    assert!(mette.run(Initiative { id }).await.unwrap().seats.is_none());
}

async fn only_initiators_of_events_and_activities_set_places(app: TestApp) {
    let (mette, id) = event_with_places(&app, "5").await;
    let lars = app.citizen("Lars").await;
    join(&lars, id, "active").await.unwrap();
    assert_eq!(
        lars.run(places(id, "10", false, "5")).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        app.visitor().run(places(id, "10", false, "5")).await,
        Err(AppError::NotLoggedIn)
    );
    let an_idea = published_with(&app, &mette, idea("Bænke ved søen")).await;
    assert_eq!(
        mette.run(places(an_idea, "10", false, "")).await,
        Err(AppError::Forbidden),
        "an idea has no places"
    );
    let seats = lars.run(Initiative { id }).await.unwrap().seats.unwrap();
    assert_eq!(seats.capacity.places(), 5, "nothing changed");
}

/// Twelve people join an event with three places at once, then the three who got a place
/// leave at once: never more than three take part, the line holds the other nine in one
/// order, and the kept counts equal a recount.
async fn concurrent_joins_never_take_more_places_than_there_are(app: TestApp) {
    let (_mette, id) = event_with_places(&app, "3").await;
    let mut people = Vec::new();
    for n in 0..12 {
        people.push(app.citizen(&format!("Nabo {n}")).await);
    }
    let joins = people.iter().map(|person| {
        let person = person.clone();
        tokio::spawn(async move { join(&person, id, "active").await })
    });
    for result in futures::future::join_all(joins).await {
        result
            .unwrap()
            .expect("a join is a place or a place in line");
    }
    let taking_part = format!(
        "SELECT COUNT(*) FROM participations WHERE initiative_id = {id} AND level = 'active'"
    );
    let waiting = format!("SELECT COUNT(*) FROM waiting_list WHERE initiative_id = {id}");
    assert_eq!(app.count(&taking_part).await, 3);
    assert_eq!(app.count(&waiting).await, 9);
    let mut got_a_place = Vec::new();
    for person in &people {
        if my_level(person, id).await == Some(Level::Active) {
            got_a_place.push(person.clone());
        }
    }
    assert_eq!(got_a_place.len(), 3);
    let leaves = got_a_place
        .into_iter()
        .map(|person| tokio::spawn(async move { leave(&person, id).await }));
    for result in futures::future::join_all(leaves).await {
        result.unwrap().expect("leave");
    }
    assert_eq!(app.count(&taking_part).await, 3, "three moved up");
    assert_eq!(app.count(&waiting).await, 6);
    let moved_up = app
        .count("SELECT COUNT(*) FROM notifications WHERE kind = 'moved_up'")
        .await;
    assert_eq!(moved_up, 3);
    let kept = app
        .count(&format!(
            "SELECT active FROM initiative_counts WHERE initiative_id = {id}"
        ))
        .await;
    assert_eq!(kept, 3, "the kept count is the recount");
    // The positions are 1..=6, each once.
    let mut positions = Vec::new();
    for person in &people {
        if let Some(line) = in_line(person, id).await {
            positions.push(line.position);
        }
    }
    positions.sort();
    assert_eq!(positions, (1..=6).collect::<Vec<_>>());
}

async fn a_deleted_account_frees_its_place_and_its_place_in_line_is_in_its_data(app: TestApp) {
    let (_mette, id) = event_with_places(&app, "1").await;
    let anna = app.citizen("Anna").await;
    let bo = app.citizen("Bo").await;
    join(&anna, id, "active").await.unwrap();
    join(&bo, id, "active").await.unwrap();
    let (status, body) = bo.get("/account/data").await;
    assert_eq!(status, reqwest::StatusCode::OK, "{body}");
    let data: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        data["waiting_lists"][0]["initiative_title"],
        "Madlavning for 2"
    );
    assert_eq!(data["waiting_lists"][0]["level"], "active");
    anna.run(DeleteAccount {
        delete_password: PASSWORD.to_owned(),
        delete_comments: None,
    })
    .await
    .unwrap();
    assert_eq!(my_level(&bo, id).await, Some(Level::Active));
    assert_eq!(notice_kinds(&bo).await, [Kind::MovedUp]);
}
