//! Races between two people changing the same thing. Each test holds the database while a
//! request is under way (on PostgreSQL by locking the row, on SQLite by holding its one write
//! lock), makes the other person's change meanwhile, lets go, and checks that the request
//! lost with "changed meanwhile" and overwrote nothing. Before the lifecycle guards, each of
//! these requests wrote over the decision made meanwhile.

use crate::helpers::{Backend, TestApp, Visitor, edit_of, idea, propose, publish, report_comment};
use app::error::Problem;
use app::ids::{CommentId, InitiativeId};
use app::initiatives::lifecycle::{State, Transition};
use app::initiatives::propose::Propose;
use sqlx::{Any, Transaction};
use std::time::Duration;

on_both_databases!(
    an_edit_racing_a_publication_leaves_the_published_text,
    a_withdrawal_racing_a_rejection_leaves_it_rejected,
    a_withdrawal_racing_an_archiving_leaves_it_archived,
    a_join_racing_a_withdrawal_joins_nobody,
    a_comment_edit_racing_a_hide_leaves_the_reported_text,
    a_report_keeps_the_text_it_was_made_against,
    the_kept_counts_equal_a_recount_under_concurrent_joins,
);

/// The other person's transaction, holding what the request will need to write. On
/// PostgreSQL the initiative's row is locked; on SQLite `BEGIN IMMEDIATE` holds the write
/// lock for the whole database.
async fn hold(app: &TestApp, initiative: InitiativeId) -> Transaction<'static, Any> {
    let mut tx = app.db().begin_write().await.expect("begin");
    if app.backend == Backend::Postgres {
        sqlx::query("SELECT id FROM initiatives WHERE id = $1 FOR UPDATE")
            .bind(initiative)
            .execute(&mut *tx)
            .await
            .expect("lock the initiative");
    }
    tx
}

/// Waits until the request is blocked on the held lock. PostgreSQL says so; SQLite's busy
/// wait cannot be seen, so there the request gets time enough to get there.
async fn until_waiting(app: &TestApp) {
    match app.backend {
        Backend::Postgres => {
            for _ in 0..200 {
                let waiting: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM pg_stat_activity \
                     WHERE datname = current_database() AND wait_event_type = 'Lock'",
                )
                .fetch_one(app.db().pool())
                .await
                .expect("pg_stat_activity");
                if waiting > 0 {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            panic!("the request never waited for the lock");
        }
        Backend::Sqlite => tokio::time::sleep(Duration::from_millis(700)).await,
    }
}

/// The other person's decision on the initiative, made in the held transaction (it must be
/// allowed), and let go.
async fn decide(
    mut tx: Transaction<'static, Any>,
    id: InitiativeId,
    transition: Transition,
    reason: Option<&str>,
) {
    let decided = app::initiatives::store::apply(&mut tx, id, transition, reason, app::db::now())
        .await
        .unwrap();
    assert!(decided.is_some(), "{transition:?} is allowed");
    tx.commit().await.unwrap();
}

/// On PostgreSQL the request certainly read before the change, so it must lose the race
/// itself; on SQLite it may also have been refused by its first check. Either way nothing
/// was overwritten, which the caller checks.
fn lost_the_race(
    app: &TestApp,
    result: &Result<impl std::fmt::Debug, app::error::AppError>,
    field: &str,
) {
    match (app.backend, problem_of(result, field)) {
        (_, Some(Problem::ChangedMeanwhile)) => {}
        (Backend::Sqlite, _) if result.is_err() => {}
        _ => panic!("expected 'changed meanwhile' on {field}, got {result:?}"),
    }
}

fn problem_of<T>(result: &Result<T, app::error::AppError>, field: &str) -> Option<Problem> {
    match result {
        Err(app::error::AppError::Invalid(invalid)) => invalid.problem_for(field),
        _ => None,
    }
}

async fn state_of(app: &TestApp, id: InitiativeId) -> State {
    app::initiatives::store::by_id(app.db(), id)
        .await
        .unwrap()
        .unwrap()
        .state
}

async fn an_edit_racing_a_publication_leaves_the_published_text(app: TestApp) {
    let author = app.citizen("Mette").await;
    let id = propose(&author, idea("Fællesspisning")).await;
    let tx = hold(&app, id).await;
    let rewritten = Propose {
        description: "Skrevet efter gennemsynet.".to_owned(),
        ..idea("Noget helt andet")
    };
    let edit = author.run_meanwhile(edit_of(id, rewritten));
    until_waiting(&app).await;
    // The moderator publishes what they read.
    decide(tx, id, Transition::Publish, None).await;
    let result = edit.await.unwrap();
    lost_the_race(&app, &result, "title");
    let stored = app::initiatives::store::by_id(app.db(), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.title, "Fællesspisning", "the reviewed text stands");
    assert_eq!(stored.state, State::Published);
    if let Err(app::error::AppError::Invalid(invalid)) = &result {
        assert_eq!(
            invalid.value_of("title"),
            Some("Noget helt andet"),
            "the initiator's text comes back to the form"
        );
    }
}

async fn withdraw_while(app: &TestApp, author: &Visitor, id: InitiativeId, transition: Transition) {
    let tx = hold(app, id).await;
    let withdraw = author.run_meanwhile(app::initiatives::detail::Withdraw {
        initiative_id: id,
        reason: "Vi kan ikke alligevel.".to_owned(),
    });
    until_waiting(app).await;
    decide(tx, id, transition, Some("Moderatorens grund")).await;
    let result = withdraw.await.unwrap();
    lost_the_race(app, &result, "reason");
}

async fn a_withdrawal_racing_a_rejection_leaves_it_rejected(app: TestApp) {
    let author = app.citizen("Mette").await;
    let id = propose(&author, idea("Fællesspisning")).await;
    withdraw_while(&app, &author, id, Transition::Reject).await;
    assert_eq!(state_of(&app, id).await, State::Rejected);
    let reason = app::initiatives::store::by_id(app.db(), id)
        .await
        .unwrap()
        .unwrap()
        .state_reason;
    assert_eq!(reason.as_deref(), Some("Moderatorens grund"));
}

async fn a_withdrawal_racing_an_archiving_leaves_it_archived(app: TestApp) {
    let author = app.citizen("Mette").await;
    let id = propose(&author, idea("Fællesspisning")).await;
    publish(&app, id).await;
    withdraw_while(&app, &author, id, Transition::Archive).await;
    assert_eq!(state_of(&app, id).await, State::Archived);
}

async fn a_join_racing_a_withdrawal_joins_nobody(app: TestApp) {
    let author = app.citizen("Mette").await;
    let id = propose(&author, idea("Fællesspisning")).await;
    publish(&app, id).await;
    let neighbour = app.citizen("Lars").await;
    let tx = hold(&app, id).await;
    let join = neighbour.run_meanwhile(app::initiatives::detail::Join {
        initiative_id: id,
        level: "active".to_owned(),
    });
    until_waiting(&app).await;
    decide(tx, id, Transition::Withdraw, Some("Aflyst")).await;
    let result = join.await.unwrap();
    lost_the_race(&app, &result, "level");
    let participants = app
        .count(&format!(
            "SELECT COUNT(*) FROM participations WHERE initiative_id = {id}"
        ))
        .await;
    assert_eq!(participants, 1, "only the initiator takes part");
    let events = app
        .count(&format!(
            "SELECT COUNT(*) FROM participation_events WHERE initiative_id = {id}"
        ))
        .await;
    assert_eq!(events, 1, "no join was recorded");
}

/// A published initiative of `author`'s with one comment of theirs; answers both ids.
async fn commented(app: &TestApp, author: &Visitor, text: &str) -> (InitiativeId, CommentId) {
    let id = propose(author, idea(text)).await;
    publish(app, id).await;
    author
        .run(app::comments::write::PostComment {
            initiative_id: id,
            body: text.to_owned(),
            submission_key: "0123456789abcdef0123456789abcdef".to_owned(),
        })
        .await
        .expect("commented");
    // Its author comments on their own initiative: the rules are the same.
    let comment: CommentId = sqlx::query_scalar("SELECT id FROM comments WHERE initiative_id = $1")
        .bind(id)
        .fetch_one(app.db().pool())
        .await
        .unwrap();
    (id, comment)
}

async fn a_comment_edit_racing_a_hide_leaves_the_reported_text(app: TestApp) {
    let author = app.citizen("Bashir").await;
    let (id, comment) = commented(&app, &author, "Køb billige ure hos mig.").await;
    let mut tx = hold(&app, id).await;
    if app.backend == Backend::Postgres {
        sqlx::query("SELECT id FROM comments WHERE id = $1 FOR UPDATE")
            .bind(comment)
            .execute(&mut *tx)
            .await
            .unwrap();
    }
    let edit = author.run_meanwhile(app::comments::write::EditComment {
        comment_id: comment,
        body: "Jeg mente ingenting.".to_owned(),
    });
    until_waiting(&app).await;
    // Three reports hide it until a moderator looks (what `reports::store::report` does).
    sqlx::query("UPDATE comments SET hidden_at = $1 WHERE id = $2")
        .bind(app::db::now())
        .bind(comment)
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let result = edit.await.unwrap();
    lost_the_race(&app, &result, "body");
    let body: String = sqlx::query_scalar("SELECT body FROM comments WHERE id = $1")
        .bind(comment)
        .fetch_one(app.db().pool())
        .await
        .unwrap();
    assert_eq!(
        body, "Køb billige ure hos mig.",
        "the hidden text is what was reported"
    );
}

async fn a_report_keeps_the_text_it_was_made_against(app: TestApp) {
    let author = app.citizen("Bashir").await;
    let (_, comment) = commented(&app, &author, "Køb billige ure hos mig.").await;
    let reporter = app.citizen("Ayse").await;
    report_comment(&reporter, comment, "Reklame")
        .await
        .expect("reported");
    // The author edits it before a moderator looks: allowed, it is not hidden.
    author
        .run(app::comments::write::EditComment {
            comment_id: comment,
            body: "Kommer I også?".to_owned(),
        })
        .await
        .expect("edited");
    let moderator = app
        .with_role("Mads", app::accounts::role::Role::Moderator)
        .await;
    let queue = moderator
        .run(app::moderation::reports::queue::ReportQueue {})
        .await
        .expect("the report queue");
    let item = queue
        .iter()
        .find(|item| item.target == app::moderation::Target::Comment(comment))
        .expect("the comment is in the queue");
    assert_eq!(item.text, "Kommer I også?");
    assert_eq!(
        item.reported_text.as_deref(),
        Some("Køb billige ure hos mig."),
        "the moderator reads what was reported too"
    );
    // Unchanged text is not shown twice.
    let other = app.citizen("Lars").await;
    let (_, unchanged) = commented(&app, &other, "Hvornår starter det?").await;
    report_comment(&reporter, unchanged, "Forkert sted")
        .await
        .unwrap();
    let queue = moderator
        .run(app::moderation::reports::queue::ReportQueue {})
        .await
        .unwrap();
    let item = queue
        .iter()
        .find(|item| item.target == app::moderation::Target::Comment(unchanged))
        .unwrap();
    assert_eq!(item.reported_text, None);
}

/// The lists and an initiative's page read how many take part (in all and at each level)
/// from `initiative_counts`, which triggers keep. Many people joining, changing level and
/// leaving two initiatives at once must leave it equal to a count of the participations.
async fn the_kept_counts_equal_a_recount_under_concurrent_joins(app: TestApp) {
    use crate::helpers::join;
    let author = app.citizen("Mette").await;
    let first = propose(&author, idea("Fællesspisning")).await;
    publish(&app, first).await;
    let second = propose(&author, idea("Loppemarked")).await;
    publish(&app, second).await;
    let mut people = Vec::new();
    for n in 0..8 {
        people.push(app.citizen(&format!("Nabo {n}")).await);
    }
    let mut tasks = Vec::new();
    for (n, person) in people.into_iter().enumerate() {
        tasks.push(tokio::spawn(async move {
            for round in 0..3 {
                for id in [first, second] {
                    let level = if (n + round) % 2 == 0 {
                        "active"
                    } else {
                        "observing"
                    };
                    join(&person, id, level).await.expect("join");
                }
                // Every third person leaves the first again each round.
                if n % 3 == 0 {
                    person
                        .run(app::initiatives::detail::Leave {
                            initiative_id: first,
                        })
                        .await
                        .expect("leave");
                }
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    for (id, expected) in [(first, 1 + 8 - 3), (second, 1 + 8)] {
        // Each kept column beside the participations it counts.
        for (column, counted) in [
            ("participants", "1 = 1"),
            ("observing", "level = 'observing'"),
            ("active", "level = 'active'"),
            ("co_creating", "level = 'co_creating'"),
            ("initiator", "level = 'initiator'"),
        ] {
            let kept = app
                .count(&format!(
                    "SELECT {column} FROM initiative_counts WHERE initiative_id = {id}"
                ))
                .await;
            let recount = app
                .count(&format!(
                    "SELECT COUNT(*) FROM participations WHERE initiative_id = {id} AND {counted}"
                ))
                .await;
            assert_eq!(kept, recount, "the kept {column} of {id} is the recount");
            if column == "participants" {
                assert_eq!(recount, expected, "the author and everyone still in");
            }
        }
    }
}
