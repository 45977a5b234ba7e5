//! Telling everyone taking part when an initiative changes, on SQLite and PostgreSQL: its
//! initiators move it to a new time or place, or withdraw it; a moderator marks it carried
//! out. Each at every level, by email with the new calendar file; a form read before
//! another initiator moved it is refused with what was typed kept.

use crate::helpers::{
    TestApp, Visitor, idea, join, kept, notice_kinds, problem, published_event, published_with,
};
use app::accounts::role::Role;
use app::error::{AppError, Problem};
use app::ids::InitiativeId;
use app::initiatives::detail::{Initiative, Withdraw};
use app::initiatives::reschedule::Reschedule;
use app::moderation::published::CarryOutInitiative;
use app::notifications::Kind;
use app::notifications::page::MyNotifications;
use app::timestamp::{DAY, HOUR};

on_both_databases!(
    a_moved_event_tells_everyone_taking_part_with_the_new_calendar_file,
    two_initiators_moving_it_at_once_move_it_once,
    a_move_into_the_past_or_by_someone_else_is_refused,
    a_withdrawal_and_a_carried_out_mark_tell_everyone_taking_part,
);

/// Mette's published event a week from now, with Lars observing and Aisha active.
async fn event_with_people(app: &TestApp) -> (Visitor, InitiativeId, [Visitor; 2]) {
    let mette = app.citizen("Mette").await;
    let starts = app::db::now().plus(7 * DAY);
    let id = published_event(app, &mette, "Fællesspisning", starts, "").await;
    let lars = app.citizen("Lars").await;
    join(&lars, id, "observing").await.unwrap();
    let aisha = app.citizen("Aisha").await;
    join(&aisha, id, "active").await.unwrap();
    (mette, id, [lars, aisha])
}

async fn sequence(visitor: &Visitor, id: InitiativeId) -> i64 {
    visitor
        .run(Initiative { id })
        .await
        .unwrap()
        .calendar_sequence
}

fn move_to(id: InitiativeId, seen: i64, days: i64, place: &str) -> Reschedule {
    let starts = app::db::now().plus(days * DAY);
    Reschedule {
        initiative_id: id,
        calendar_sequence: seen,
        starts_at: starts.local().input_value(),
        ends_at: starts.plus(2 * HOUR).local().input_value(),
        place: place.to_owned(),
        repeats: String::new(),
        repeats_until: String::new(),
    }
}

async fn a_moved_event_tells_everyone_taking_part_with_the_new_calendar_file(app: TestApp) {
    let (mette, id, [lars, aisha]) = event_with_people(&app).await;
    let seen = sequence(&mette, id).await;
    mette
        .run(move_to(id, seen, 9, "Biblioteket"))
        .await
        .unwrap();
    let moved = lars.run(Initiative { id }).await.unwrap();
    assert_eq!(moved.place.as_deref(), Some("Biblioteket"));
    assert_eq!(
        moved.starts_at.unwrap().iso_date(),
        app::db::now().plus(9 * DAY).local().iso_date()
    );
    assert!(
        moved.calendar_sequence > seen,
        "the calendar entry counts the change"
    );
    for person in [&lars, &aisha] {
        assert_eq!(notice_kinds(person).await, [Kind::Rescheduled]);
    }
    assert!(
        notice_kinds(&mette).await.is_empty(),
        "not told of what she did herself"
    );
    let mail = app.mailbox().next("lars@example.dk", 2).await;
    assert!(mail.subject.contains("Fællesspisning"), "{mail:?}");
    assert!(
        mail.body
            .contains(&app.url(&format!("/calendar/initiative/{id}.ics"))),
        "{mail:?}"
    );
    // Sending the same time and place again moves nothing and tells nobody.
    let now = sequence(&mette, id).await;
    let same = Reschedule {
        calendar_sequence: now,
        starts_at: moved.starts_at.unwrap().input_value(),
        ends_at: moved.ends_at.unwrap().input_value(),
        ..move_to(id, now, 9, "Biblioteket")
    };
    mette.run(same).await.unwrap();
    assert_eq!(sequence(&mette, id).await, now);
    assert_eq!(notice_kinds(&lars).await.len(), 1);
}

async fn two_initiators_moving_it_at_once_move_it_once(app: TestApp) {
    let (mette, id, [lars, _]) = event_with_people(&app).await;
    let jonas = app.citizen("Jonas").await;
    jonas
        .run(app::initiatives::initiators::RequestInitiator { initiative_id: id })
        .await
        .unwrap();
    crate::helpers::decide_first_request(&mette, id, true).await;
    let seen = sequence(&mette, id).await;
    let (a, b) = tokio::join!(
        mette.run(move_to(id, seen, 8, "Biblioteket")),
        jonas.run(move_to(id, seen, 10, "Skolen"))
    );
    let outcomes = [a, b];
    assert_eq!(
        outcomes.iter().filter(|r| r.is_ok()).count(),
        1,
        "{outcomes:?}"
    );
    let lost = outcomes.iter().find(|r| r.is_err()).unwrap();
    assert_eq!(problem(lost, "starts_at"), Some(Problem::ChangedMeanwhile));
    assert!(kept(lost, "place").is_some(), "what was typed comes back");
    assert_eq!(sequence(&mette, id).await, seen + 1, "moved once");
    assert_eq!(notice_kinds(&lars).await, [Kind::Rescheduled], "told once");
}

async fn a_move_into_the_past_or_by_someone_else_is_refused(app: TestApp) {
    let (mette, id, [lars, _]) = event_with_people(&app).await;
    let seen = sequence(&mette, id).await;
    let past = mette.run(move_to(id, seen, -2, "Biblioteket")).await;
    assert_eq!(problem(&past, "starts_at"), Some(Problem::InPast));
    assert_eq!(kept(&past, "place"), Some("Biblioteket"));
    let backwards = Reschedule {
        ends_at: app::db::now().plus(DAY).local().input_value(),
        ..move_to(id, seen, 3, "")
    };
    assert_eq!(
        problem(&mette.run(backwards).await, "ends_at"),
        Some(Problem::EndBeforeStart)
    );
    let no_time = Reschedule {
        starts_at: String::new(),
        ends_at: String::new(),
        ..move_to(id, seen, 3, "")
    };
    assert_eq!(
        problem(&mette.run(no_time).await, "starts_at"),
        Some(Problem::Required)
    );
    // Taking part is not being an initiator; nor is moderating.
    assert_eq!(
        lars.run(move_to(id, seen, 3, "")).await,
        Err(AppError::Forbidden)
    );
    let mona = app.with_role("Mona", Role::Moderator).await;
    assert_eq!(
        mona.run(move_to(id, seen, 3, "")).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(sequence(&mette, id).await, seen, "nothing moved");
    assert!(notice_kinds(&lars).await.is_empty());
}

async fn a_withdrawal_and_a_carried_out_mark_tell_everyone_taking_part(app: TestApp) {
    let (mette, id, [lars, aisha]) = event_with_people(&app).await;
    mette
        .run(Withdraw {
            initiative_id: id,
            reason: "Fælleshuset er lukket.".to_owned(),
        })
        .await
        .unwrap();
    for person in [&lars, &aisha] {
        let told = person.run(MyNotifications {}).await.unwrap();
        assert_eq!(told[0].kind, Kind::Withdrawn);
        assert_eq!(told[0].reason.as_deref(), Some("Fælleshuset er lukket."));
    }
    let mail = app.mailbox().next("aisha@example.dk", 2).await;
    assert!(mail.subject.contains("Fælleshuset er lukket."), "{mail:?}");
    assert!(mail.body.contains("/calendar/initiative/"), "{mail:?}");
    // Moving a withdrawn initiative is not possible any more.
    let seen = sequence(&mette, id).await;
    assert_eq!(
        mette.run(move_to(id, seen, 3, "")).await,
        Err(AppError::Forbidden)
    );

    // A moderator marks another initiative carried out: Lars, active in it, is told too.
    let karen = app.citizen("Karen").await;
    let other = published_with(&app, &karen, idea("Grønne tage")).await;
    join(&lars, other, "active").await.unwrap();
    let mona = app.with_role("Mona", Role::Moderator).await;
    mona.run(CarryOutInitiative {
        initiative_id: other,
        carried_out_note: "Tagene er lagt.".to_owned(),
    })
    .await
    .unwrap();
    assert_eq!(notice_kinds(&lars).await[0], Kind::CarriedOut);
}
