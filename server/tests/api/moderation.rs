//! Moderators reviewing proposals, on SQLite and PostgreSQL: publish under goals, send back,
//! reject; who may decide; the audit row of every decision; and what initiators are told.

use crate::helpers::{
    TestApp, Visitor, edit_of, goal_ids, idea, problem, proposed_initiative as propose,
    publish_under as publish, published_list, reject, send_back, waiting_for_review,
};
use app::accounts::role::Role;
use app::error::{AppError, Problem};
use app::ids::{AccountId, GoalId, InitiativeId};
use app::initiatives::Detail;
use app::initiatives::detail::Initiative;
use app::initiatives::kind::State;
use app::initiatives::list::PublishedInitiatives;
use app::initiatives::propose::Propose;
use app::moderation::review::ReviewQueue;
use app::notifications::Kind as Notice;
use app::notifications::page::{MarkNotificationsRead, MyNotifications};
use app::text::REASON_MAX;
use app::timestamp::HOUR;

on_both_databases!(
    a_moderator_publishes_a_proposal_under_a_goal_and_its_initiators_are_told,
    a_sent_back_proposal_returns_to_the_queue_after_resubmit,
    a_rejected_proposal_tells_its_initiators_why,
    every_decision_needs_its_reason_or_goal_and_changes_nothing_without,
    only_moderators_who_are_not_its_initiators_decide,
    two_moderators_deciding_at_once_decide_once,
    the_audit_log_cannot_be_changed_or_deleted,
    the_queue_shows_the_longest_waiting_first,
    a_decision_records_the_wait_since_the_last_submission,
);

/// The initiator edits a sent-back proposal, which sends it to the queue again.
async fn resubmit(author: &Visitor, id: InitiativeId, title: &str) {
    let proposal = Propose {
        description: "Ved søen.".to_owned(),
        place: "Ved søen".to_owned(),
        ..idea(title)
    };
    author.run(edit_of(id, proposal)).await.unwrap();
}

async fn state_of(visitor: &Visitor, id: InitiativeId) -> Detail {
    visitor.run(Initiative { id }).await.unwrap()
}

/// Action, target id, reason, details and waiting time of every audit row, oldest first.
async fn audit_rows(
    app: &TestApp,
) -> Vec<(String, i64, Option<String>, Option<String>, Option<i64>)> {
    sqlx::query_as("SELECT action, target_id, reason, details, waited FROM audit_log ORDER BY id")
        .fetch_all(app.db().pool())
        .await
        .unwrap()
}

async fn a_moderator_publishes_a_proposal_under_a_goal_and_its_initiators_are_told(app: TestApp) {
    let (mette, id, moderator) = waiting_for_review(&app, "Gadefest").await;
    let queue = moderator.run(ReviewQueue {}).await.unwrap();
    assert_eq!(queue[0].id, id);
    assert_eq!(queue[0].author, "Mette");

    let goals = goal_ids(&app).await;
    publish(&moderator, id, &[goals[0]], "Samler naboerne.")
        .await
        .unwrap();
    let seen = state_of(&app.visitor(), id).await;
    assert_eq!(seen.state, State::Published);
    assert_eq!(seen.goals[0].position, 1);
    let listed = app
        .visitor()
        .run(PublishedInitiatives {
            goal: Some(goals[0].to_string()),
            ..published_list()
        })
        .await
        .unwrap();
    assert_eq!(listed.items[0].title, "Gadefest");
    assert!(moderator.run(ReviewQueue {}).await.unwrap().is_empty());

    let mona = moderator.account_id().await.unwrap();
    let actor: AccountId = sqlx::query_scalar("SELECT actor_id FROM audit_log")
        .fetch_one(app.db().pool())
        .await
        .unwrap();
    assert_eq!(actor, mona);
    let rows = audit_rows(&app).await;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].0, "publish");
    assert_eq!(rows[0].1, id.0);
    assert_eq!(rows[0].2.as_deref(), Some("Samler naboerne."));
    assert_eq!(rows[0].3, Some(goals[0].to_string()));
    assert!(rows[0].4.is_some_and(|waited| waited >= 0));

    assert_eq!(mette.site_info().await.unread, 1);
    let told = mette.run(MyNotifications {}).await.unwrap();
    assert_eq!(told[0].kind, Notice::Published);
    assert_eq!(told[0].initiative_title.as_deref(), Some("Gadefest"));
    assert!(told[0].unread);
    assert!(moderator.run(MyNotifications {}).await.unwrap().is_empty());
    mette.run(MarkNotificationsRead {}).await.unwrap();
    assert_eq!(mette.site_info().await.unread, 0);
}

async fn a_sent_back_proposal_returns_to_the_queue_after_resubmit(app: TestApp) {
    let (mette, id, moderator) = waiting_for_review(&app, "Grillaften").await;
    send_back(&moderator, id, "Skriv hvor den skal holdes.")
        .await
        .unwrap();
    let seen = state_of(&mette, id).await;
    assert_eq!(seen.state, State::SentBack);
    assert_eq!(
        seen.state_reason.as_deref(),
        Some("Skriv hvor den skal holdes.")
    );
    assert!(moderator.run(ReviewQueue {}).await.unwrap().is_empty());
    let told = mette.run(MyNotifications {}).await.unwrap();
    assert_eq!(told[0].kind, Notice::SentBack);
    assert_eq!(
        told[0].reason.as_deref(),
        Some("Skriv hvor den skal holdes.")
    );

    resubmit(&mette, id, "Grillaften").await;
    assert_eq!(state_of(&mette, id).await.state, State::Pending);
    let queue = moderator.run(ReviewQueue {}).await.unwrap();
    assert_eq!(queue[0].id, id, "back in the queue");
    let goals = goal_ids(&app).await;
    publish(&moderator, id, &[goals[0], goals[1]], "")
        .await
        .unwrap();
    let rows = audit_rows(&app).await;
    let actions: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(actions, ["send_back", "publish"]);
    assert_eq!(rows[1].2, None, "an empty note is no note");
    assert_eq!(state_of(&app.visitor(), id).await.goals.len(), 2);
}

async fn a_rejected_proposal_tells_its_initiators_why(app: TestApp) {
    let (mette, id, moderator) = waiting_for_review(&app, "Reklame for min butik").await;
    reject(&moderator, id, "Platformen er ikke til reklame.")
        .await
        .unwrap();
    assert_eq!(state_of(&mette, id).await.state, State::Rejected);
    assert_eq!(
        app.visitor().run(Initiative { id }).await,
        Err(AppError::NotFound),
        "a rejected proposal stays out of sight"
    );
    let told = mette.run(MyNotifications {}).await.unwrap();
    assert_eq!(told[0].kind, Notice::Rejected);
    assert_eq!(
        told[0].reason.as_deref(),
        Some("Platformen er ikke til reklame.")
    );
    assert_eq!(audit_rows(&app).await[0].0, "reject");
    // Decided is decided: it cannot be published afterwards.
    let goals = goal_ids(&app).await;
    let late = publish(&moderator, id, &[goals[0]], "").await;
    assert_eq!(problem(&late, "decision"), Some(Problem::AlreadyDecided));
}

async fn every_decision_needs_its_reason_or_goal_and_changes_nothing_without(app: TestApp) {
    let (mette, id, moderator) = waiting_for_review(&app, "Bålhygge").await;
    let no_goal = publish(&moderator, id, &[], "En note").await;
    assert_eq!(problem(&no_goal, "goals"), Some(Problem::NoGoal));
    let Err(AppError::Invalid(invalid)) = no_goal else {
        panic!("refused")
    };
    assert_eq!(
        invalid.value_of("note"),
        Some("En note"),
        "the note is kept"
    );
    let unknown = publish(&moderator, id, &[GoalId(999999)], "").await;
    assert_eq!(problem(&unknown, "goals"), Some(Problem::UnknownGoal));
    let long = "x".repeat(REASON_MAX + 1);
    let goals = goal_ids(&app).await;
    let too_long = publish(&moderator, id, &[goals[0]], &long).await;
    assert_eq!(
        problem(&too_long, "note"),
        Some(Problem::TooLong { max: REASON_MAX })
    );
    let blank = send_back(&moderator, id, "  ").await;
    assert_eq!(problem(&blank, "reason"), Some(Problem::Required));
    let blank = reject(&moderator, id, "").await;
    assert_eq!(problem(&blank, "reject_reason"), Some(Problem::Required));
    assert_eq!(state_of(&mette, id).await.state, State::Pending);
    assert!(audit_rows(&app).await.is_empty());
    assert_eq!(app.count("SELECT COUNT(*) FROM notifications").await, 0);
}

async fn only_moderators_who_are_not_its_initiators_decide(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = propose(&mette, "Fælles have").await;
    let goals = goal_ids(&app).await;
    let goal = goals[0];
    assert_eq!(
        publish(&app.visitor(), id, &[goal], "").await,
        Err(AppError::NotLoggedIn)
    );
    assert_eq!(
        publish(&mette, id, &[goal], "").await,
        Err(AppError::Forbidden)
    );
    let lars = app.citizen("Lars").await;
    assert_eq!(send_back(&lars, id, "Nej").await, Err(AppError::Forbidden));
    let politician = app.with_role("Pia", Role::Politician).await;
    assert_eq!(
        reject(&politician, id, "Nej").await,
        Err(AppError::Forbidden)
    );
    let admin = app.with_role("Anders", Role::Administrator).await;
    assert_eq!(
        publish(&admin, id, &[goal], "").await,
        Err(AppError::Forbidden)
    );
    assert_eq!(admin.run(ReviewQueue {}).await, Err(AppError::Forbidden));

    // A moderator who proposed something does not decide on it; a colleague does.
    let mona = app.with_role("Mona", Role::Moderator).await;
    let own = propose(&mona, "Monas eget forslag").await;
    assert_eq!(
        publish(&mona, own, &[goal], "").await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        send_back(&mona, own, "Selv").await,
        Err(AppError::Forbidden)
    );
    assert_eq!(state_of(&mona, own).await.state, State::Pending);
    let colleague = app.with_role("Kim", Role::Moderator).await;
    publish(&colleague, own, &[goal], "").await.unwrap();
    assert_eq!(
        publish(&colleague, InitiativeId(999_999), &[goal], "").await,
        Err(AppError::NotFound)
    );
    assert_eq!(audit_rows(&app).await.len(), 1);
}

async fn two_moderators_deciding_at_once_decide_once(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let goals = goal_ids(&app).await;
    let first = app.with_role("Mona", Role::Moderator).await;
    let second = app.with_role("Kim", Role::Moderator).await;
    for round in 0..4 {
        let id = propose(&mette, &format!("Forslag {round}")).await;
        let goal = [goals[0]];
        let (a, b) = tokio::join!(
            publish(&first, id, &goal, ""),
            reject(&second, id, "Nej tak")
        );
        let outcomes = [a, b];
        let won = outcomes.iter().filter(|r| r.is_ok()).count();
        assert_eq!(won, 1, "{outcomes:?}");
        assert!(
            outcomes
                .iter()
                .any(|r| problem(r, "decision") == Some(Problem::AlreadyDecided))
        );
        let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE target_id = $1")
            .bind(id)
            .fetch_one(app.db().pool())
            .await
            .unwrap();
        assert_eq!(rows, 1, "one decision, one audit row");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM notifications").await, 4);
}

async fn the_audit_log_cannot_be_changed_or_deleted(app: TestApp) {
    let (_, id, moderator) = waiting_for_review(&app, "Loppemarked").await;
    send_back(&moderator, id, "Mere tekst, tak.").await.unwrap();
    let changed = sqlx::query("UPDATE audit_log SET reason = 'noget andet'")
        .execute(app.db().pool())
        .await;
    assert!(changed.is_err(), "no row can be changed");
    let deleted = sqlx::query("DELETE FROM audit_log")
        .execute(app.db().pool())
        .await;
    assert!(deleted.is_err(), "no row can be deleted");
    assert_eq!(
        audit_rows(&app).await[0].2.as_deref(),
        Some("Mere tekst, tak.")
    );
}

async fn the_queue_shows_the_longest_waiting_first(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let newer = propose(&mette, "Nyere").await;
    let older = propose(&mette, "Ældre").await;
    // Make "Ældre" wait three days and "Nyere" five hours.
    for (id, hours) in [(older, 72), (newer, 5)] {
        submitted_hours_ago(&app, id, hours).await;
    }
    let moderator = app.with_role("Mona", Role::Moderator).await;
    let queue = moderator.run(ReviewQueue {}).await.unwrap();
    assert_eq!(queue[0].title, "Ældre");
    assert_eq!(queue[0].waited_hours, 72);
    assert_eq!(queue[1].title, "Nyere");
    assert_eq!(queue[1].waited_hours, 5);
}

/// Sets when a proposal entered the queue to `hours` ago.
async fn submitted_hours_ago(app: &TestApp, id: InitiativeId, hours: i64) {
    sqlx::query("UPDATE initiatives SET submitted_at = $1 WHERE id = $2")
        .bind(app::db::now().minus(hours * HOUR))
        .bind(id)
        .execute(app.db().pool())
        .await
        .unwrap();
}

/// The politicians' summary reads waiting times from the audit rows: each decision must
/// record the time since the proposal last entered the queue, not since it was first made.
async fn a_decision_records_the_wait_since_the_last_submission(app: TestApp) {
    let (mette, id, moderator) = waiting_for_review(&app, "Grill").await;
    submitted_hours_ago(&app, id, 30).await;
    send_back(&moderator, id, "Skriv hvor.").await.unwrap();
    // Edited and so resubmitted; it then waits 6 hours.
    resubmit(&mette, id, "Grill").await;
    submitted_hours_ago(&app, id, 6).await;
    let goals = goal_ids(&app).await;
    publish(&moderator, id, &[goals[0]], "").await.unwrap();

    let waits: Vec<(String, Option<i64>)> =
        sqlx::query_as("SELECT action, waited FROM audit_log ORDER BY id")
            .fetch_all(app.db().pool())
            .await
            .unwrap();
    assert_eq!(waits.len(), 2);
    let hours = |w: Option<i64>| w.map(|s| (s as f64 / 3600.0).round() as i64);
    assert_eq!(
        (waits[0].0.as_str(), hours(waits[0].1)),
        ("send_back", Some(30))
    );
    assert_eq!(
        (waits[1].0.as_str(), hours(waits[1].1)),
        ("publish", Some(6))
    );
}
