//! Reminders the day before, on SQLite and PostgreSQL: everyone taking part who wants them
//! gets one; asked again, nobody gets a second; two server processes (each with its own
//! connection pool on the one database) racing to send them send each once; a moved
//! initiative is reminded of again.

use crate::helpers::{TestApp, Visitor, join, published_event};
use app::ids::InitiativeId;
use app::timestamp::{DAY, HOUR};

on_both_databases!(
    a_reminder_goes_the_day_before_once_to_everyone_who_wants_it,
    two_server_processes_send_each_reminder_once,
);

async fn event_in(app: &TestApp, author: &Visitor, title: &str, hours: i64) -> InitiativeId {
    published_event(app, author, title, app::db::now().plus(hours * HOUR), "").await
}

async fn reminders_to(app: &TestApp, address: &str) -> usize {
    app.mailbox()
        .to(address)
        .iter()
        .filter(|mail| mail.subject.starts_with("Påmindelse"))
        .count()
}

async fn a_reminder_goes_the_day_before_once_to_everyone_who_wants_it(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let soon = event_in(&app, &mette, "Fællesspisning", 20).await;
    let later = event_in(&app, &mette, "Loppemarked", 30).await;
    let lars = app.citizen("Lars").await;
    join(&lars, soon, "observing").await.unwrap();
    join(&lars, later, "observing").await.unwrap();
    // Aisha takes part too, and switched reminders off.
    let aisha = app.citizen("Aisha").await;
    join(&aisha, soon, "active").await.unwrap();
    aisha
        .run(app::accounts::email_settings::SaveEmailChoices {
            topics: Some(vec!["decisions".to_owned(), "participation".to_owned()]),
            digest: None,
        })
        .await
        .unwrap();

    let state = app.state();
    let now = app::db::now();
    assert_eq!(app::reminders::send_due(&state, now).await.unwrap(), 1);
    let mail = app.mailbox().next("lars@example.dk", 2).await;
    assert_eq!(mail.subject, "Påmindelse: “Fællesspisning” er i morgen");
    assert!(mail.body.contains("Sted: Fælleshuset"), "{mail:?}");
    assert!(
        mail.body
            .contains(&app.url(&format!("/calendar/initiative/{soon}.ics"))),
        "{mail:?}"
    );
    assert!(
        mail.list_unsubscribe
            .as_deref()
            .unwrap_or_default()
            .contains("/reminders/"),
        "{mail:?}"
    );
    // Mette, its initiator, is reminded too; Aisha is not.
    app.mailbox().next("mette@example.dk", 2).await;
    // Asked again, nothing more goes out; the later one is not due yet.
    assert_eq!(app::reminders::send_due(&state, now).await.unwrap(), 0);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(reminders_to(&app, "lars@example.dk").await, 1);
    assert_eq!(reminders_to(&app, "aisha@example.dk").await, 0);
    // A day on, the later one is due.
    assert_eq!(
        app::reminders::send_due(&state, now.plus(DAY))
            .await
            .unwrap(),
        1
    );
    app.mailbox().next("lars@example.dk", 3).await;

    // Moved to another time the next day: reminded of again, for the new time.
    let seen = lars
        .run(app::initiatives::detail::Initiative { id: soon })
        .await
        .unwrap()
        .calendar_sequence;
    let starts = now.plus(22 * HOUR);
    mette
        .run(app::initiatives::reschedule::Reschedule {
            initiative_id: soon,
            calendar_sequence: seen,
            starts_at: starts.local().input_value(),
            ends_at: String::new(),
            place: "Fælleshuset".to_owned(),
            repeats: String::new(),
            repeats_until: String::new(),
        })
        .await
        .unwrap();
    assert_eq!(app::reminders::send_due(&state, now).await.unwrap(), 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM reminders_sent").await,
        3,
        "the first time, the later one and the new time"
    );
}

async fn two_server_processes_send_each_reminder_once(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let mut ids = Vec::new();
    for n in 0..6 {
        ids.push(event_in(&app, &mette, &format!("Arrangement {n}"), 2 + n).await);
    }
    let lars = app.citizen("Lars").await;
    for id in &ids {
        join(&lars, *id, "active").await.unwrap();
    }
    // A second process: the same database through a connection pool of its own.
    let first = app.state();
    let mut second = app.state();
    second.db = app::db::Db::connect(&app.database.url).await.unwrap();
    let now = app::db::now();
    let mut sent = 0;
    for _ in 0..3 {
        let (a, b) = tokio::join!(
            app::reminders::send_due(&first, now),
            app::reminders::send_due(&second, now)
        );
        sent += a.unwrap() + b.unwrap();
    }
    assert_eq!(
        sent,
        ids.len(),
        "each initiative reminded of by one process"
    );
    app.mailbox().next("lars@example.dk", 1 + ids.len()).await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(reminders_to(&app, "lars@example.dk").await, ids.len());
    assert_eq!(reminders_to(&app, "mette@example.dk").await, ids.len());
    second.db.close().await;
}
