//! What people are told, on SQLite and PostgreSQL: requests to become an initiator and
//! their answers, offers to take a need, replies; by email in the account's language,
//! unless switched off (by the one-click link too) or gathered in the weekly digest.

use crate::helpers::{
    TestApp, Visitor, comment_on, decide_first_request, join, notice_kinds, published_initiative,
};
use app::accounts::email_settings::SaveEmailChoices;
use app::comments::write::ReplyToComment;
use app::ids::InitiativeId;
use app::initiatives::detail::Initiative;
use app::initiatives::initiators::RequestInitiator;
use app::initiatives::needs::OfferNeed;
use app::notifications::Kind;
use app::notifications::page::{MyNotifications, OpenNotification};
use app::notifications::unsubscribe::Unsubscribe;
use app::site::language::SetLanguage;

on_both_databases!(
    a_request_to_become_initiator_tells_the_initiators_and_its_answer_the_asker,
    an_offer_to_take_a_need_tells_the_initiators,
    a_reply_tells_the_comments_author_but_nobody_of_their_own,
    emails_come_in_the_language_of_the_account,
    a_switched_off_kind_is_told_on_the_platform_only,
    the_unsubscribe_link_works_without_logging_in,
    the_weekly_digest_gathers_the_news_once,
    opening_a_notification_marks_it_read,
);

/// Lars's published initiative; Lars is its initiator.
async fn lars_initiative(app: &TestApp) -> (Visitor, InitiativeId) {
    let lars = app.citizen("Lars").await;
    let id = published_initiative(app, &lars, "Loppemarked").await;
    (lars, id)
}

async fn request_initiator(app: &TestApp) -> (Visitor, Visitor, InitiativeId) {
    let (lars, id) = lars_initiative(app).await;
    let mette = app.citizen("Mette").await;
    mette
        .run(RequestInitiator { initiative_id: id })
        .await
        .unwrap();
    (lars, mette, id)
}

async fn a_request_to_become_initiator_tells_the_initiators_and_its_answer_the_asker(app: TestApp) {
    let (lars, mette, id) = request_initiator(&app).await;
    assert_eq!(notice_kinds(&lars).await, [Kind::InitiatorRequested]);
    let told = &lars.run(MyNotifications {}).await.unwrap()[0];
    assert_eq!(told.actor.as_deref(), Some("Mette"));
    let mail = app.mailbox().next("lars@example.dk", 2).await;
    assert!(mail.subject.contains("Mette"), "{mail:?}");
    assert!(
        mail.body.contains(&app.url(&format!("/initiatives/{id}"))),
        "{mail:?}"
    );
    decide_first_request(&lars, id, true).await;
    assert_eq!(notice_kinds(&mette).await, [Kind::InitiatorAccepted]);
    let mail = app.mailbox().next("mette@example.dk", 2).await;
    assert!(mail.subject.contains("Loppemarked"), "{mail:?}");
}

async fn an_offer_to_take_a_need_tells_the_initiators(app: TestApp) {
    let lars = app.citizen("Lars").await;
    let id = crate::helpers::published_with(
        &app,
        &lars,
        app::initiatives::propose::Propose {
            needs: "Nogen der bager".to_owned(),
            ..crate::helpers::idea("Kagebord")
        },
    )
    .await;
    let mette = app.citizen("Mette").await;
    join(&mette, id, "active").await.unwrap();
    let need = lars.run(Initiative { id }).await.unwrap().needs[0].id;
    mette.run(OfferNeed { need_id: need }).await.unwrap();
    let told = &lars.run(MyNotifications {}).await.unwrap()[0];
    assert_eq!(told.kind, Kind::NeedOffered);
    assert_eq!(told.reason.as_deref(), Some("Nogen der bager"));
    let mail = app.mailbox().next("lars@example.dk", 2).await;
    assert!(mail.subject.contains("Nogen der bager"), "{mail:?}");
}

async fn a_reply_tells_the_comments_author_but_nobody_of_their_own(app: TestApp) {
    let (lars, id) = lars_initiative(&app).await;
    let mette = app.citizen("Mette").await;
    let comment = comment_on(&mette, id, "Hvornår starter det?", 1).await;
    let reply = |who: &Visitor, body: &str, key: &str| {
        let who = who.clone();
        let (body, key) = (body.to_owned(), key.to_owned());
        async move {
            who.run(ReplyToComment {
                comment_id: comment,
                body,
                submission_key: key,
            })
            .await
            .unwrap()
        }
    };
    reply(&lars, "Klokken ti.", &"a".repeat(32)).await;
    assert_eq!(notice_kinds(&mette).await, [Kind::CommentReplied]);
    reply(&mette, "Tak!", &"b".repeat(32)).await;
    assert_eq!(
        notice_kinds(&mette).await.len(),
        1,
        "nobody is told of their own reply"
    );
    let mail = app.mailbox().next("mette@example.dk", 2).await;
    assert!(mail.body.contains("#comment-"), "{mail:?}");
}

async fn emails_come_in_the_language_of_the_account(app: TestApp) {
    let (lars, _) = lars_initiative(&app).await;
    lars.run(SetLanguage {
        lang: "en".to_owned(),
    })
    .await
    .unwrap();
    let (_, id) = (&lars, published_initiative(&app, &lars, "Gadefest").await);
    let mette = app.citizen("Mette").await;
    mette
        .run(RequestInitiator { initiative_id: id })
        .await
        .unwrap();
    let mail = app.mailbox().next("lars@example.dk", 2).await;
    assert!(mail.body.contains("Hello Lars"), "{mail:?}");
    assert!(
        mail.subject.contains("would like to be an initiator"),
        "{mail:?}"
    );
}

async fn a_switched_off_kind_is_told_on_the_platform_only(app: TestApp) {
    let lars = app.citizen("Lars").await;
    lars.run(SaveEmailChoices {
        topics: Some(vec!["decisions".to_owned(), "replies".to_owned()]),
        digest: None,
    })
    .await
    .unwrap();
    let id = published_initiative(&app, &lars, "Loppemarked").await;
    let mette = app.citizen("Mette").await;
    mette
        .run(RequestInitiator { initiative_id: id })
        .await
        .unwrap();
    assert_eq!(notice_kinds(&lars).await, [Kind::InitiatorRequested]);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        app.mailbox().to("lars@example.dk").len(),
        1,
        "only the confirmation"
    );
}

async fn the_unsubscribe_link_works_without_logging_in(app: TestApp) {
    let (lars, mette, _) = request_initiator(&app).await;
    let mail = app.mailbox().next("lars@example.dk", 2).await;
    let link = mail.link("/unsubscribe/").expect("an unsubscribe link");
    let parts: Vec<&str> = link.rsplit('/').take(3).collect();
    let (topic, account) = (parts[1], parts[2]);
    assert_eq!(topic, "initiator_requests");
    // A wrong key stops nothing.
    let wrong = app
        .visitor()
        .run(Unsubscribe {
            account: app::ids::AccountId(account.parse().unwrap()),
            topic: topic.to_owned(),
            key: "0".repeat(32),
        })
        .await;
    assert_eq!(wrong, Err(app::error::AppError::NotFound));
    // A mail program's one-click post, to the link itself.
    let response = reqwest::Client::new().post(&link).send().await.unwrap();
    assert_eq!(response.status(), reqwest::StatusCode::OK);
    // The next request is told on the platform, and not by email.
    let other = published_initiative(&app, &lars, "Gadefest").await;
    mette
        .run(RequestInitiator {
            initiative_id: other,
        })
        .await
        .unwrap();
    assert_eq!(notice_kinds(&lars).await.len(), 2);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.mailbox().to("lars@example.dk").len(), 2);
}

async fn the_weekly_digest_gathers_the_news_once(app: TestApp) {
    let lars = app.citizen("Lars").await;
    lars.run(SaveEmailChoices {
        topics: Some(vec![
            "decisions".to_owned(),
            "initiator_requests".to_owned(),
        ]),
        digest: Some("weekly".to_owned()),
    })
    .await
    .unwrap();
    let first = published_initiative(&app, &lars, "Loppemarked").await;
    let second = published_initiative(&app, &lars, "Gadefest").await;
    for (n, id) in [first, second].into_iter().enumerate() {
        let asker = app.citizen(&format!("Spørger {n}")).await;
        asker
            .run(RequestInitiator { initiative_id: id })
            .await
            .unwrap();
    }
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        app.mailbox().to("lars@example.dk").len(),
        1,
        "no single emails"
    );
    // Two server processes run the job at once: one digest.
    let state = app.state();
    let now = app::db::now();
    let (a, b) = tokio::join!(
        app::notifications::store::send_digests(&state, now),
        app::notifications::store::send_digests(&state, now)
    );
    assert_eq!(a.unwrap() + b.unwrap(), 1);
    let digest = app.mailbox().next("lars@example.dk", 2).await;
    assert!(digest.body.contains("Loppemarked"), "{digest:?}");
    assert!(digest.body.contains("Gadefest"), "{digest:?}");
    // Nothing new: nothing more, and not again within the week.
    assert_eq!(
        app::notifications::store::send_digests(&state, now.plus(60))
            .await
            .unwrap(),
        0
    );
}

async fn opening_a_notification_marks_it_read(app: TestApp) {
    let (lars, _, id) = request_initiator(&app).await;
    let notice = lars.run(MyNotifications {}).await.unwrap()[0].clone();
    assert!(notice.unread);
    let target = lars.run(OpenNotification { id: notice.id }).await.unwrap();
    assert_eq!(target, Some(format!("/initiatives/{id}")));
    let notice = lars.run(MyNotifications {}).await.unwrap()[0].clone();
    assert!(!notice.unread);
    assert_eq!(lars.site_info().await.unread, 0);
    // Somebody else's is not found.
    let other = app.citizen("Ayse").await;
    assert_eq!(
        other.run(OpenNotification { id: notice.id }).await,
        Err(app::error::AppError::NotFound)
    );
}
