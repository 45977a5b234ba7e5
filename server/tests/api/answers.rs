//! The municipality's answer to a proposal or idea, on SQLite and PostgreSQL: a moderator
//! records it, everyone taking part is told in their language, the audit log keeps every
//! change, two moderators at once change it once, and what cannot be answered says why.

use crate::helpers::{TestApp, Visitor, idea, join, problem, published_list, published_with};
use app::accounts::role::Role;
use app::answers::Status;
use app::answers::form::RecordAnswer;
use app::error::{AppError, Problem};
use app::ids::InitiativeId;
use app::initiatives::detail::{Initiative, Withdraw};
use app::initiatives::list::PublishedInitiatives;
use app::initiatives::propose::Propose;
use app::notifications::Kind;
use app::notifications::page::MyNotifications;
use app::site::language::SetLanguage;

on_both_databases!(
    a_moderator_answers_a_proposal_and_everyone_taking_part_is_told,
    a_changed_answer_is_audited_again_and_told_again,
    two_moderators_answering_at_once_answer_once,
    an_answer_written_after_another_moderators_is_refused_with_the_text_kept,
    only_proposals_and_ideas_that_are_still_open_to_it_are_answered,
    a_bad_answer_is_refused_field_by_field,
    the_list_finds_proposals_by_their_answer,
    the_summary_counts_answers_and_the_median_days_to_them,
);

/// Mette's proposal to the council, published.
fn proposal(title: &str) -> Propose {
    Propose {
        kind: "proposal".to_owned(),
        ..idea(title)
    }
}

/// The form as a moderator fills it in, answering revision `seen`.
fn answer(id: InitiativeId, seen: i64, status: &str, body: &str) -> RecordAnswer {
    RecordAnswer {
        initiative_id: id,
        answer_revision: seen,
        answer_status: status.to_owned(),
        answer_body: body.to_owned(),
        answer_date: "2026-11-30".to_owned(),
        answer_minutes: "https://albertslund.dk/referat/42".to_owned(),
    }
}

/// Mette's published proposal "Bænke ved søen", and Mona, a moderator.
async fn published_proposal(app: &TestApp) -> (Visitor, InitiativeId, Visitor) {
    let mette = app.citizen("Mette").await;
    let id = published_with(app, &mette, proposal("Bænke ved søen")).await;
    let mona = app.with_role("Mona", Role::Moderator).await;
    (mette, id, mona)
}

async fn audit_rows(
    app: &TestApp,
    id: InitiativeId,
) -> Vec<(String, Option<String>, Option<String>)> {
    sqlx::query_as(
        "SELECT action, reason, details FROM audit_log WHERE target_kind = 'initiative' \
         AND target_id = $1 ORDER BY id",
    )
    .bind(id)
    .fetch_all(app.db().pool())
    .await
    .unwrap()
}

async fn a_moderator_answers_a_proposal_and_everyone_taking_part_is_told(app: TestApp) {
    let (mette, id, mona) = published_proposal(&app).await;
    // Someone at every level but initiator (Mette is that), one of them reading English.
    let mut people = Vec::new();
    for (name, level) in [
        ("Lars", "observing"),
        ("Aisha", "active"),
        ("Jonas", "co_creating"),
    ] {
        let person = app.citizen(name).await;
        join(&person, id, level).await.unwrap();
        people.push(person);
    }
    people[1]
        .run(SetLanguage {
            lang: "en".to_owned(),
        })
        .await
        .unwrap();
    let before = mette.run(Initiative { id }).await.unwrap();
    assert_eq!(before.answer, None, "no answer yet");

    mona.run(answer(
        id,
        0,
        "adopted",
        "Byrådet har vedtaget forslaget.\n\nBænkene kommer i foråret.",
    ))
    .await
    .unwrap();

    let seen = app.visitor().run(Initiative { id }).await.unwrap();
    let given = seen.answer.expect("the answer shows to everyone");
    assert_eq!(given.status, Status::Adopted);
    assert_eq!(given.revision, 1);
    assert_eq!(given.decided_on.iso_date(), "2026-11-30");
    assert_eq!(
        given.minutes_url.as_deref(),
        Some("https://albertslund.dk/referat/42")
    );
    assert!(given.body.contains("Bænkene kommer i foråret."));
    // Everyone taking part is told on the platform, and by email in their language.
    for person in people.iter().chain([&mette]) {
        let told = person.run(MyNotifications {}).await.unwrap();
        assert_eq!(told[0].kind, Kind::Answered, "{told:?}");
        assert_eq!(told[0].initiative_id, Some(id));
    }
    let mail = app.mailbox().next("lars@example.dk", 2).await;
    assert!(
        mail.subject.contains("Bænke ved søen") && mail.subject.contains("Vedtaget"),
        "{mail:?}"
    );
    assert!(
        mail.body.contains(&app.url(&format!("/initiatives/{id}"))),
        "{mail:?}"
    );
    let mail = app.mailbox().next("aisha@example.dk", 2).await;
    assert!(
        mail.subject.contains("has answered") && mail.subject.contains("Adopted"),
        "{mail:?}"
    );
    // The moderator who answered is not told of it, and the audit log has the answer.
    assert!(mona.run(MyNotifications {}).await.unwrap().is_empty());
    assert_eq!(
        audit_rows(&app, id).await,
        [(
            "answer".to_owned(),
            Some("Byrådet har vedtaget forslaget.\n\nBænkene kommer i foråret.".to_owned()),
            Some("adopted".to_owned())
        )]
    );
}

async fn a_changed_answer_is_audited_again_and_told_again(app: TestApp) {
    let (mette, id, mona) = published_proposal(&app).await;
    mona.run(answer(
        id,
        0,
        "in_progress",
        "Forslaget behandles i december.",
    ))
    .await
    .unwrap();
    let mut changed = answer(id, 1, "partly_adopted", "Der kommer to bænke.");
    changed.answer_minutes = String::new();
    mona.run(changed).await.unwrap();
    let given = mette.run(Initiative { id }).await.unwrap().answer.unwrap();
    assert_eq!((given.status, given.revision), (Status::PartlyAdopted, 2));
    assert_eq!(given.minutes_url, None, "the link was taken out");
    let details: Vec<Option<String>> = audit_rows(&app, id)
        .await
        .into_iter()
        .map(|r| r.2)
        .collect();
    assert_eq!(
        details,
        [
            Some("in_progress".to_owned()),
            Some("partly_adopted".to_owned())
        ]
    );
    let told = mette.run(MyNotifications {}).await.unwrap();
    assert_eq!(told.iter().filter(|n| n.kind == Kind::Answered).count(), 2);
}

async fn two_moderators_answering_at_once_answer_once(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let mona = app.with_role("Mona", Role::Moderator).await;
    let kim = app.with_role("Kim", Role::Moderator).await;
    for round in 0..4 {
        let id = published_with(&app, &mette, proposal(&format!("Forslag {round}"))).await;
        // Round 0 and 1 race the first answer; 2 and 3 race a change of it.
        let seen = if round < 2 {
            0
        } else {
            mona.run(answer(id, 0, "in_progress", "Modtaget."))
                .await
                .unwrap();
            1
        };
        let (a, b) = tokio::join!(
            mona.run(answer(id, seen, "adopted", "Vedtaget.")),
            kim.run(answer(id, seen, "not_adopted", "Ikke vedtaget."))
        );
        let outcomes = [a, b];
        assert_eq!(
            outcomes.iter().filter(|r| r.is_ok()).count(),
            1,
            "{outcomes:?}"
        );
        assert!(
            outcomes
                .iter()
                .any(|r| problem(r, "answer_status") == Some(Problem::ChangedMeanwhile)),
            "{outcomes:?}"
        );
        let given = mette.run(Initiative { id }).await.unwrap().answer.unwrap();
        assert_eq!(given.revision, seen + 1, "one change was written");
        let audited = audit_rows(&app, id).await.len() as i64;
        assert_eq!(audited, seen + 1, "one audit row for each change written");
    }
}

async fn an_answer_written_after_another_moderators_is_refused_with_the_text_kept(app: TestApp) {
    let (mette, id, mona) = published_proposal(&app).await;
    let kim = app.with_role("Kim", Role::Moderator).await;
    mona.run(answer(id, 0, "adopted", "Vedtaget i byrådet."))
        .await
        .unwrap();
    // Kim's form was read before Mona's answer: it still says there was none.
    let late = kim.run(answer(id, 0, "not_adopted", "Kims tekst")).await;
    assert_eq!(
        problem(&late, "answer_status"),
        Some(Problem::ChangedMeanwhile)
    );
    assert_eq!(
        crate::helpers::kept(&late, "answer_body"),
        Some("Kims tekst")
    );
    let given = mette.run(Initiative { id }).await.unwrap().answer.unwrap();
    assert_eq!(
        (given.status, given.body.as_str()),
        (Status::Adopted, "Vedtaget i byrådet.")
    );
    // The same through a browser without JavaScript: back to the form's page.
    let page = format!("/moderation/initiatives/{id}");
    let response = kim
        .post_form_from(
            &page,
            "record_answer",
            &[
                ("initiative_id", &id.to_string()),
                ("answer_revision", "0"),
                ("answer_status", "not_adopted"),
                ("answer_body", "Kims tekst"),
                ("answer_date", "2026-11-30"),
                ("answer_minutes", ""),
            ],
        )
        .await;
    assert!(response.status().is_redirection(), "{response:?}");
    // Back to the page the form was on, with the problem and what was typed for it to show.
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with(&app.url(&page)), "{location}");
    assert!(location.contains("__err="), "{location}");
}

async fn only_proposals_and_ideas_that_are_still_open_to_it_are_answered(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let mona = app.with_role("Mona", Role::Moderator).await;
    let event = published_with(
        &app,
        &mette,
        Propose {
            kind: "activity".to_owned(),
            ..idea("Strikkeklub")
        },
    )
    .await;
    let refused = mona.run(answer(event, 0, "answered", "Tak.")).await;
    assert_eq!(
        problem(&refused, "answer_status"),
        Some(Problem::NotAnswerable)
    );
    // An idea is answered; a withdrawn one is not.
    let idea_id = published_with(&app, &mette, idea("Grønne tage")).await;
    mette
        .run(Withdraw {
            initiative_id: idea_id,
            reason: "Vi har ikke tid.".to_owned(),
        })
        .await
        .unwrap();
    let refused = mona.run(answer(idea_id, 0, "answered", "Tak.")).await;
    assert_eq!(
        problem(&refused, "answer_status"),
        Some(Problem::NotAnswerable)
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM council_answers").await, 0);
    // A proposal still waiting for review is not public: the moderator may not answer it yet.
    let waiting = crate::helpers::propose(&mette, proposal("Ny legeplads")).await;
    let refused = mona.run(answer(waiting, 0, "answered", "Tak.")).await;
    assert_eq!(
        problem(&refused, "answer_status"),
        Some(Problem::NotAnswerable)
    );
    // Nobody answers their own proposal, and citizens and politicians answer nothing.
    let own = published_with(&app, &mona, proposal("Monas forslag")).await;
    assert_eq!(
        mona.run(answer(own, 0, "adopted", "Ja")).await,
        Err(AppError::Forbidden)
    );
    let pia = app.with_role("Pia", Role::Politician).await;
    assert_eq!(
        pia.run(answer(own, 0, "adopted", "Ja")).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        app.visitor().run(answer(own, 0, "adopted", "Ja")).await,
        Err(AppError::NotLoggedIn)
    );
}

async fn a_bad_answer_is_refused_field_by_field(app: TestApp) {
    let (_, id, mona) = published_proposal(&app).await;
    let bad = RecordAnswer {
        answer_status: "maybe".to_owned(),
        answer_body: "  ".to_owned(),
        answer_date: "2999-01-01".to_owned(),
        answer_minutes: "javascript:alert(1)".to_owned(),
        ..answer(id, 0, "", "")
    };
    let refused = mona.run(bad).await;
    crate::helpers::assert_problems(
        &refused,
        &[
            ("answer_status", Some(Problem::UnknownChoice)),
            ("answer_body", Some(Problem::Required)),
            ("answer_date", Some(Problem::InFuture)),
            ("answer_minutes", Some(Problem::InvalidWebAddress)),
        ],
    );
    assert_eq!(
        crate::helpers::kept(&refused, "answer_minutes"),
        Some("javascript:alert(1)")
    );
    let no_date = RecordAnswer {
        answer_date: String::new(),
        ..answer(id, 0, "adopted", "Ja")
    };
    assert_eq!(
        problem(&mona.run(no_date).await, "answer_date"),
        Some(Problem::Required)
    );
    let nonsense = RecordAnswer {
        answer_date: "30-11-2026".to_owned(),
        ..answer(id, 0, "adopted", "Ja")
    };
    assert_eq!(
        problem(&mona.run(nonsense).await, "answer_date"),
        Some(Problem::InvalidDateTime)
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM council_answers").await, 0);
}

async fn the_list_finds_proposals_by_their_answer(app: TestApp) {
    let (mette, adopted, mona) = published_proposal(&app).await;
    let waiting = published_with(&app, &mette, proposal("Flere cykelstier")).await;
    published_with(
        &app,
        &mette,
        Propose {
            kind: "event".to_owned(),
            ..idea("Sommerfest")
        },
    )
    .await;
    mona.run(answer(adopted, 0, "adopted", "Ja."))
        .await
        .unwrap();
    let listed = |answer: &str| PublishedInitiatives {
        answer: Some(answer.to_owned()),
        ..published_list()
    };
    let titles = |page: app::initiatives::list::ResultPage| {
        page.items
            .into_iter()
            .map(|i| (i.title, i.answer))
            .collect::<Vec<_>>()
    };
    let anyone = app.visitor();
    assert_eq!(
        titles(anyone.run(listed("adopted")).await.unwrap()),
        [("Bænke ved søen".to_owned(), Some(Status::Adopted))]
    );
    assert_eq!(
        titles(anyone.run(listed("awaited")).await.unwrap()),
        [("Flere cykelstier".to_owned(), None)],
        "waiting: proposals and ideas without an answer, not events"
    );
    assert!(
        anyone
            .run(listed("not_adopted"))
            .await
            .unwrap()
            .items
            .is_empty()
    );
    // An unknown value is ignored, as for the other filters.
    assert_eq!(anyone.run(listed("nonsense")).await.unwrap().total, 3);
    let _ = waiting;
}

async fn the_summary_counts_answers_and_the_median_days_to_them(app: TestApp) {
    use app::summary::page::LoadSummary;
    let mette = app.citizen("Mette").await;
    let mona = app.with_role("Mona", Role::Moderator).await;
    let pia = app.with_role("Pia", Role::Politician).await;
    let today = app::db::now();
    let day = app::timestamp::DAY;
    // Three proposals published 4, 10 and 20 days ago, answered today; one only "being
    // dealt with", which is not an answer yet.
    let mut ids = Vec::new();
    for (n, days_ago) in [4, 10, 20, 30].into_iter().enumerate() {
        let id = published_with(&app, &mette, proposal(&format!("Forslag {n}"))).await;
        sqlx::query("UPDATE initiatives SET published_at = $1 WHERE id = $2")
            .bind(today.minus(days_ago * day))
            .bind(id)
            .execute(app.db().pool())
            .await
            .unwrap();
        ids.push(id);
    }
    let date = today.local().iso_date();
    for (id, status) in ids
        .iter()
        .zip(["adopted", "not_adopted", "answered", "in_progress"])
    {
        mona.run(RecordAnswer {
            answer_date: date.clone(),
            ..answer(*id, 0, status, "Svar.")
        })
        .await
        .unwrap();
    }
    let summary = pia
        .run(LoadSummary {
            period: None,
            from: None,
            to: None,
            goal: None,
            neighbourhood: None,
        })
        .await
        .unwrap();
    let moderation = summary.moderation;
    assert_eq!(moderation.answered.current, 3);
    assert_eq!(moderation.answered.previous, 0);
    // Answered at midnight today: the waits are a little under 4, 10 and 20 days.
    let median = moderation.median_answer_days.current.expect("a median");
    assert!((9.0..=10.0).contains(&median), "{median}");
    assert_eq!(moderation.median_answer_days.previous, None);
}
