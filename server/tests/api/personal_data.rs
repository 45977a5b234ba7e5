//! A person's own data, on SQLite and PostgreSQL: the download holds everything about them
//! and nothing about anyone else; deleting the account erases name and address, ends the
//! sessions, takes their participations out of every count from then on, and keeps (or
//! deletes) their comments as they chose.

use crate::helpers::{
    PASSWORD, TestApp, Visitor, decide_first_request, first_comment_page, join, post_comment,
    problem, proposed_initiative, published_initiative, report_initiative,
};
use app::accounts::personal_data::{DeleteAccount, SoleInitiatorOf};
use app::error::Problem;
use app::ids::InitiativeId;
use app::initiatives::detail::Initiative;
use app::initiatives::initiators::RequestInitiator;
use reqwest::StatusCode;

on_both_databases!(
    my_data_holds_everything_about_me_and_nothing_about_anyone_else,
    only_the_logged_in_person_downloads_their_data_and_no_cache_keeps_it,
    deleting_the_account_needs_the_password,
    a_deleted_account_is_gone_from_every_count_but_its_words_stay,
    a_deleted_account_can_take_its_comments_with_it,
    a_sole_initiator_hands_over_before_deleting,
);

/// One's own data, as the download gives it.
async fn my_data(visitor: &Visitor) -> serde_json::Value {
    let (status, body) = visitor.get("/account/data").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    serde_json::from_str(&body).expect("JSON")
}

async fn my_data_holds_everything_about_me_and_nothing_about_anyone_else(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let lars = app.citizen("Lars").await;
    let ours = published_initiative(&app, &lars, "Lars' loppemarked").await;
    join(&mette, ours, "active").await.unwrap();
    join(&mette, ours, "co_creating").await.unwrap();
    mette
        .run(RequestInitiator {
            initiative_id: ours,
        })
        .await
        .unwrap();
    post_comment(&mette, ours, "Jeg tager kage med.", 1)
        .await
        .unwrap();
    post_comment(&lars, ours, "Lars' egen hemmelige kommentar.", 2)
        .await
        .unwrap();
    report_initiative(&mette, ours, "Mettes grund")
        .await
        .unwrap();
    proposed_initiative(&mette, "Mettes eget forslag").await;
    let data = my_data(&mette).await;
    let text = data.to_string();
    assert_eq!(data["profile"]["email"], "mette@example.dk");
    assert_eq!(data["profile"]["display_name"], "Mette");
    assert_eq!(data["profile"]["language"], "da");
    assert!(data["profile"]["email_confirmed_at"].is_string());
    assert_eq!(data["participations"][0]["level"], "co_creating", "{data}");
    let history = data["participation_history"].as_array().unwrap();
    assert!(history.iter().any(|e| e["event"] == "changed"), "{data}");
    assert_eq!(
        data["initiatives_proposed"][0]["title"],
        "Mettes eget forslag"
    );
    assert_eq!(data["initiator_requests"][0]["state"], "pending");
    assert_eq!(data["comments"][0]["text"], "Jeg tager kage med.");
    assert_eq!(data["reports_made"][0]["reason"], "Mettes grund");
    assert!(!data["sessions"].as_array().unwrap().is_empty());
    for key in [
        "roles",
        "needs_offered",
        "notifications",
        "suspensions",
        "exported_at",
    ] {
        assert!(data.get(key).is_some(), "{key} is listed");
    }
    // Nothing of anyone else: not Lars's address, nor what he wrote, nor a session key.
    assert!(!text.contains("lars@example.dk"), "{text}");
    assert!(!text.contains("hemmelige"), "{text}");
    assert!(!text.contains("password"), "{text}");
    let session_ids: Vec<String> = sqlx::query_scalar("SELECT id FROM sessions")
        .fetch_all(app.db().pool())
        .await
        .unwrap();
    assert!(session_ids.iter().all(|id| !text.contains(id.as_str())));
}

async fn only_the_logged_in_person_downloads_their_data_and_no_cache_keeps_it(app: TestApp) {
    let (status, _) = app.visitor().get("/account/data").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let mette = app.citizen("Mette").await;
    let response = mette
        .http
        .get(format!("{}/account/data", mette.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers().get("cache-control").unwrap(), "no-store");
    assert!(
        response
            .headers()
            .get("content-disposition")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
}

async fn deleting_the_account_needs_the_password(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let wrong = mette
        .run(DeleteAccount {
            delete_password: "ikke den rigtige".to_owned(),
            delete_comments: Some("yes".to_owned()),
        })
        .await;
    assert_eq!(
        problem(&wrong, "delete_password"),
        Some(Problem::WrongCurrentPassword)
    );
    assert!(mette.account().await.is_some(), "nothing happened");
}

async fn delete(visitor: &Visitor, with_comments: bool) {
    visitor
        .run(DeleteAccount {
            delete_password: PASSWORD.to_owned(),
            delete_comments: with_comments.then(|| "yes".to_owned()),
        })
        .await
        .expect("the account is deleted");
}

async fn comment_authors(visitor: &Visitor, initiative: InitiativeId) -> Vec<Option<String>> {
    visitor
        .run(first_comment_page(initiative))
        .await
        .unwrap()
        .threads
        .into_iter()
        .map(|t| t.comment.body)
        .collect()
}

async fn a_deleted_account_is_gone_from_every_count_but_its_words_stay(app: TestApp) {
    let lars = app.citizen("Lars").await;
    let id = published_initiative(&app, &lars, "Loppemarked").await;
    let mette = app.citizen("Mette").await;
    join(&mette, id, "active").await.unwrap();
    post_comment(&mette, id, "Jeg kommer!", 1).await.unwrap();
    let events_before = app.count("SELECT COUNT(*) FROM participation_events").await;
    delete(&mette, false).await;
    assert_eq!(mette.account_id().await, None, "logged out");
    assert!(
        app.visitor()
            .log_in("mette@example.dk", PASSWORD)
            .await
            .is_err()
    );
    // Name and address are gone; the row stays for what hangs off it.
    let (email, name): (String, String) =
        sqlx::query_as("SELECT email, display_name FROM accounts WHERE deleted_at IS NOT NULL")
            .fetch_one(app.db().pool())
            .await
            .unwrap();
    assert!(!email.contains("mette"), "{email}");
    assert_eq!(name, "");
    // The initiative no longer counts her; what happened then is kept, with her leaving.
    let detail = lars.run(Initiative { id }).await.unwrap();
    assert_eq!(detail.participants(), 1, "only the initiator");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM participation_events").await,
        events_before + 1
    );
    // Her comment stays as written, under "deleted account".
    assert_eq!(
        comment_authors(&lars, id).await,
        [Some("Jeg kommer!".to_owned())]
    );
    let page = lars.run(first_comment_page(id)).await.unwrap();
    assert_eq!(page.threads[0].comment.author, None);
    // The address can be registered again, by anyone.
    app.citizen("Mette").await;
}

async fn a_deleted_account_can_take_its_comments_with_it(app: TestApp) {
    let lars = app.citizen("Lars").await;
    let id = published_initiative(&app, &lars, "Loppemarked").await;
    let mette = app.citizen("Mette").await;
    post_comment(&mette, id, "Jeg kommer!", 1).await.unwrap();
    delete(&mette, true).await;
    assert!(comment_authors(&lars, id).await.is_empty());
}

async fn a_sole_initiator_hands_over_before_deleting(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_initiative(&app, &mette, "Fællesspisning").await;
    let sole = mette.run(SoleInitiatorOf {}).await.unwrap();
    assert_eq!(sole.len(), 1);
    assert_eq!(sole[0].title, "Fællesspisning");
    let refused = mette
        .run(DeleteAccount {
            delete_password: PASSWORD.to_owned(),
            delete_comments: None,
        })
        .await;
    assert_eq!(
        problem(&refused, "delete_password"),
        Some(Problem::SoleInitiator { initiatives: 1 })
    );
    // She hands it over: Lars becomes an initiator too.
    let lars = app.citizen("Lars").await;
    lars.run(RequestInitiator { initiative_id: id })
        .await
        .unwrap();
    decide_first_request(&mette, id, true).await;
    delete(&mette, false).await;
    let detail = lars.run(Initiative { id }).await.unwrap();
    assert_eq!(detail.initiators, ["Lars"]);
}
