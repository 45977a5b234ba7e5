//! Proposing initiatives and taking part in them, on SQLite and PostgreSQL: the happy path,
//! the validation rules, who may see and do what, and racing joins.

use crate::helpers::{TestApp, Visitor, problem, published_with};
use app::accounts::role::Role;
use app::error::{AppError, Problem};

on_both_databases!(
    a_proposal_waits_for_review_under_my_initiatives,
    anonymous_visitors_cannot_propose,
    a_proposal_reports_every_wrong_field_and_keeps_the_text,
    times_must_be_ahead_and_in_order,
    an_unpublished_initiative_is_seen_only_by_its_initiators_and_staff,
    a_citizen_joins_changes_level_and_leaves,
    becoming_an_initiator_is_not_a_free_choice,
    the_last_initiator_cannot_leave_or_step_down,
    only_published_initiatives_can_be_joined,
    racing_joins_leave_one_participation_per_person_and_exact_counts,
    markup_in_a_description_is_shown_as_text,
    search_understands_danish_word_forms,
    filters_narrow_the_list_and_unknown_values_are_ignored,
    lists_sort_by_start_and_by_participants,
    long_lists_come_a_page_at_a_time,
    my_participation_lists_what_i_joined_with_the_next_first,
    an_initiator_withdraws_with_a_reason_and_nobody_can_join_after,
    only_initiators_may_withdraw,
    an_initiator_edits_a_waiting_proposal,
    a_sent_back_proposal_returns_to_the_queue_when_edited,
    only_initiators_may_edit_and_only_before_publication,
    active_participants_offer_to_take_needs_and_initiators_see_who,
    only_active_and_co_creating_participants_may_offer,
    initiators_mark_needs_covered_and_covered_needs_take_no_offers,
    an_accepted_request_makes_a_further_initiator,
    a_declined_request_can_be_made_again,
    only_initiators_decide_requests,
    a_logged_in_person_reports_an_initiative_with_a_reason,
    the_list_filters_by_the_goal_a_moderator_tied_it_to,
);

fn fields<'a>(title: &'a str, starts_at: &'a str, ends_at: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        (
            "description",
            "Vi mødes og spiser sammen.\n\nAlle er velkomne.",
        ),
        ("kind", "event"),
        ("neighbourhood", ""),
        ("starts_at", starts_at),
        ("ends_at", ends_at),
        ("place", "Fælleshuset"),
        ("needs", "Nogen der bager\nEt lokale til 30"),
    ]
}

/// Proposes an initiative and answers its id.
async fn propose(visitor: &Visitor, title: &str) -> i64 {
    visitor
        .call(
            "propose",
            &fields(title, "2099-06-01T18:00", "2099-06-01T21:00"),
        )
        .await
        .expect("the proposal is accepted");
    let mine = visitor.call("my_initiatives", &[]).await.unwrap();
    mine.as_array()
        .unwrap()
        .iter()
        .find(|i| i["title"] == title)
        .and_then(|i| i["id"].as_i64())
        .expect("the proposal is listed")
}

async fn published(app: &TestApp, author: &Visitor, title: &str) -> i64 {
    let id = propose(author, title).await;
    app::initiatives::store::publish(app.db(), id, app::db::now())
        .await
        .unwrap();
    id
}

async fn detail(visitor: &Visitor, id: i64) -> Result<serde_json::Value, AppError> {
    visitor.call("initiative", &[("id", &id.to_string())]).await
}

fn count(detail: &serde_json::Value, level: &str) -> i64 {
    detail["counts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|pair| pair[0] == level)
        .and_then(|pair| pair[1].as_i64())
        .unwrap()
}

async fn a_proposal_waits_for_review_under_my_initiatives(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = propose(&mette, "Fællesspisning").await;
    let seen = detail(&mette, id).await.unwrap();
    assert_eq!(seen["state"], "Pending");
    assert_eq!(seen["initiators"], serde_json::json!(["Mette"]));
    assert_eq!(count(&seen, "Initiator"), 1);
    assert_eq!(seen["my_level"], "Initiator");
    assert_eq!(seen["needs"].as_array().unwrap().len(), 2);
    assert_eq!(seen["place"], "Fælleshuset");
    let events = app.count("SELECT COUNT(*) FROM participation_events").await;
    assert_eq!(events, 1, "the author's joining as initiator is recorded");
}

async fn anonymous_visitors_cannot_propose(app: TestApp) {
    let result = app
        .visitor()
        .call("propose", &fields("Titel", "", ""))
        .await;
    assert_eq!(result, Err(AppError::NotLoggedIn));
    assert_eq!(
        app.visitor().call("my_initiatives", &[]).await,
        Err(AppError::NotLoggedIn)
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM initiatives").await, 0);
}

async fn a_proposal_reports_every_wrong_field_and_keeps_the_text(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let long_title = "x".repeat(121);
    let eleven_needs = (0..11).map(|i| format!("behov {i}\n")).collect::<String>();
    let result = mette
        .call(
            "propose",
            &[
                ("title", &long_title),
                ("description", "   "),
                ("kind", "party"),
                ("neighbourhood", "424242"),
                ("starts_at", ""),
                ("ends_at", ""),
                ("place", ""),
                ("needs", &eleven_needs),
            ],
        )
        .await;
    assert_eq!(
        problem(&result, "title"),
        Some(Problem::TooLong { max: 120 })
    );
    assert_eq!(problem(&result, "description"), Some(Problem::Required));
    assert_eq!(problem(&result, "kind"), Some(Problem::UnknownKind));
    assert_eq!(
        problem(&result, "neighbourhood"),
        Some(Problem::UnknownNeighbourhood)
    );
    assert_eq!(
        problem(&result, "needs"),
        Some(Problem::TooManyNeeds { max: 10 })
    );
    let Err(AppError::Invalid(invalid)) = result else {
        panic!("expected Invalid")
    };
    assert_eq!(invalid.value_of("title"), Some(long_title.as_str()));
    assert_eq!(app.count("SELECT COUNT(*) FROM initiatives").await, 0);
}

async fn times_must_be_ahead_and_in_order(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let past = mette
        .call("propose", &fields("Før", "2001-01-01T10:00", ""))
        .await;
    assert_eq!(problem(&past, "starts_at"), Some(Problem::InPast));
    let backwards = mette
        .call(
            "propose",
            &fields("Baglæns", "2099-01-01T10:00", "2099-01-01T09:00"),
        )
        .await;
    assert_eq!(
        problem(&backwards, "ends_at"),
        Some(Problem::EndBeforeStart)
    );
    let garbled = mette.call("propose", &fields("Rod", "snart", "")).await;
    assert_eq!(
        problem(&garbled, "starts_at"),
        Some(Problem::InvalidDateTime)
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM initiatives").await, 0);
}

async fn an_unpublished_initiative_is_seen_only_by_its_initiators_and_staff(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = propose(&mette, "Hemmelig endnu").await;
    assert_eq!(detail(&app.visitor(), id).await, Err(AppError::NotFound));
    assert_eq!(
        detail(&app.citizen("Lars").await, id).await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        detail(&app.with_role("Pia", Role::Politician).await, id).await,
        Err(AppError::NotFound)
    );
    assert!(
        detail(&app.with_role("Mads", Role::Moderator).await, id)
            .await
            .is_ok()
    );
    assert!(detail(&mette, id).await.is_ok());
    let listed = app
        .visitor()
        .call("published_initiatives", &[])
        .await
        .unwrap();
    assert_eq!(listed["items"], serde_json::json!([]));
    assert_eq!(listed["total"], 0);
    assert_eq!(
        detail(&app.visitor(), 987654).await,
        Err(AppError::NotFound)
    );
}

async fn a_citizen_joins_changes_level_and_leaves(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published(&app, &mette, "Loppemarked").await;
    let lars = app.citizen("Lars").await;
    let sid = id.to_string();
    assert_eq!(
        app.visitor()
            .call("join", &[("initiative_id", &sid), ("level", "active")])
            .await,
        Err(AppError::NotLoggedIn)
    );
    for level in ["observing", "active", "co_creating"] {
        lars.call("join", &[("initiative_id", &sid), ("level", level)])
            .await
            .unwrap();
    }
    let seen = detail(&lars, id).await.unwrap();
    assert_eq!(seen["my_level"], "CoCreating");
    assert_eq!(count(&seen, "CoCreating"), 1);
    assert_eq!(count(&seen, "Observing"), 0);
    assert_eq!(count(&seen, "Initiator"), 1);
    let listed = app
        .visitor()
        .call("published_initiatives", &[])
        .await
        .unwrap();
    assert_eq!(listed["items"][0]["participants"], 2);

    lars.call("leave", &[("initiative_id", &sid)])
        .await
        .unwrap();
    let seen = detail(&lars, id).await.unwrap();
    assert!(seen["my_level"].is_null());
    assert_eq!(count(&seen, "CoCreating"), 0);
    // joined, changed twice, left — plus the author's own joining.
    let events = app
        .count(
            "SELECT COUNT(*) FROM participation_events WHERE kind IN ('joined', 'changed', 'left')",
        )
        .await;
    assert_eq!(events, 5);
}

async fn becoming_an_initiator_is_not_a_free_choice(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published(&app, &mette, "Sprogcafé").await;
    let lars = app.citizen("Lars").await;
    let result = lars
        .call(
            "join",
            &[("initiative_id", &id.to_string()), ("level", "initiator")],
        )
        .await;
    assert_eq!(result, Err(AppError::Forbidden));
    let nonsense = lars
        .call(
            "join",
            &[("initiative_id", &id.to_string()), ("level", "king")],
        )
        .await;
    assert_eq!(nonsense, Err(AppError::Forbidden));
    assert_eq!(count(&detail(&lars, id).await.unwrap(), "Initiator"), 1);
}

async fn the_last_initiator_cannot_leave_or_step_down(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published(&app, &mette, "Bænke").await;
    let sid = id.to_string();
    let leave = mette.call("leave", &[("initiative_id", &sid)]).await;
    assert_eq!(problem(&leave, "level"), Some(Problem::LastInitiator));
    let step_down = mette
        .call("join", &[("initiative_id", &sid), ("level", "active")])
        .await;
    assert_eq!(problem(&step_down, "level"), Some(Problem::LastInitiator));
    assert_eq!(detail(&mette, id).await.unwrap()["my_level"], "Initiator");
}

async fn only_published_initiatives_can_be_joined(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let pending = propose(&mette, "Venter").await;
    let lars = app.citizen("Lars").await;
    let result = lars
        .call(
            "join",
            &[("initiative_id", &pending.to_string()), ("level", "active")],
        )
        .await;
    assert_eq!(result, Err(AppError::NotFound));
    let withdrawn = published(&app, &mette, "Trukket tilbage").await;
    sqlx::query("UPDATE initiatives SET state = 'withdrawn' WHERE id = $1")
        .bind(withdrawn)
        .execute(app.db().pool())
        .await
        .unwrap();
    let result = lars
        .call(
            "join",
            &[
                ("initiative_id", &withdrawn.to_string()),
                ("level", "active"),
            ],
        )
        .await;
    assert_eq!(result, Err(AppError::Forbidden));
}

async fn racing_joins_leave_one_participation_per_person_and_exact_counts(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published(&app, &mette, "Stort arrangement").await;
    let sid = id.to_string();
    let mut citizens = Vec::new();
    for i in 0..8 {
        citizens.push(app.citizen(&format!("Deltager {i}")).await);
    }
    // Everyone joins at once, and each also fires a second request with another level.
    let levels = ["observing", "active", "co_creating"];
    let requests = citizens.iter().enumerate().flat_map(|(i, c)| {
        let sid = sid.clone();
        [levels[i % 3], levels[(i + 1) % 3]].map(move |level| {
            let sid = sid.clone();
            async move {
                c.call("join", &[("initiative_id", &sid), ("level", level)])
                    .await
            }
        })
    });
    let results = futures::future::join_all(requests).await;
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    let rows = app.count("SELECT COUNT(*) FROM participations").await;
    assert_eq!(rows, 9, "eight citizens and the initiator, one row each");
    let seen = detail(&mette, id).await.unwrap();
    let total: i64 = ["Observing", "Active", "CoCreating", "Initiator"]
        .iter()
        .map(|level| count(&seen, level))
        .sum();
    assert_eq!(total, 9);
    // Each citizen's row holds the level of whichever request came last: one of the two.
    let joined = app
        .count("SELECT COUNT(*) FROM participation_events WHERE kind = 'joined'")
        .await;
    assert_eq!(joined, 9, "exactly one 'joined' per person");
}

async fn markup_in_a_description_is_shown_as_text(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let mut form = fields("<b>Fed</b> titel", "", "");
    form[1] = (
        "description",
        "<script>alert('x')</script>\n\nSe https://albertslund.dk",
    );
    mette.call("propose", &form).await.unwrap();
    let mine = mette.call("my_initiatives", &[]).await.unwrap();
    let id = mine[0]["id"].as_i64().unwrap();
    app::initiatives::store::publish(app.db(), id, app::db::now())
        .await
        .unwrap();
    let (_, page) = app.visitor().get(&format!("/initiatives/{id}")).await;
    assert!(!page.contains("<script>alert('x')</script>"));
    assert!(page.contains("&lt;script&gt;"), "{page}");
    assert!(page.contains("&lt;b&gt;Fed&lt;/b&gt; titel"));
    assert!(page.contains(r#"<a href="https://albertslund.dk" rel="nofollow ugc noopener">"#));
}

fn initiative_fields<'a>(
    title: &'a str,
    description: &'a str,
    kind: &'a str,
    neighbourhood: &'a str,
    starts_at: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        ("description", description),
        ("kind", kind),
        ("neighbourhood", neighbourhood),
        ("starts_at", starts_at),
        ("ends_at", ""),
        ("place", ""),
        ("needs", ""),
    ]
}

async fn titles(visitor: &Visitor, query: &[(&str, &str)]) -> Vec<String> {
    let page = visitor.call("published_initiatives", query).await.unwrap();
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap().to_owned())
        .collect()
}

async fn search_understands_danish_word_forms(app: TestApp) {
    let mette = app.citizen("Mette").await;
    published_with(
        &app,
        &mette,
        &initiative_fields(
            "Fællesspisning i gården",
            "Vi spiser sammen med naboerne.",
            "activity",
            "",
            "",
        ),
    )
    .await;
    published_with(
        &app,
        &mette,
        &initiative_fields("Loppemarkeder hele året", "Køb og salg.", "event", "", ""),
    )
    .await;
    published_with(
        &app,
        &mette,
        &initiative_fields("Bænke ved Aarhusvej", "Flere bænke.", "proposal", "", ""),
    )
    .await;
    let anyone = app.visitor();
    assert_eq!(
        titles(&anyone, &[("q", "fællesspisningen")]).await,
        vec!["Fællesspisning i gården"]
    );
    assert_eq!(
        titles(&anyone, &[("q", "FÆLLESSPISNING naboer")]).await,
        vec!["Fællesspisning i gården"]
    );
    assert_eq!(
        titles(&anyone, &[("q", "loppemarked")]).await,
        vec!["Loppemarkeder hele året"]
    );
    assert_eq!(
        titles(&anyone, &[("q", "bænkene århusvej")]).await,
        vec!["Bænke ved Aarhusvej"]
    );
    assert!(titles(&anyone, &[("q", "cykelværksted")]).await.is_empty());
    assert_eq!(
        titles(&anyone, &[("q", "%")]).await.len(),
        3,
        "wildcards are not special"
    );
}

async fn filters_narrow_the_list_and_unknown_values_are_ignored(app: TestApp) {
    let hedemarken = app::neighbourhoods::store::ensure(app.db(), "Hedemarken", None)
        .await
        .unwrap()
        .to_string();
    let mette = app.citizen("Mette").await;
    published_with(
        &app,
        &mette,
        &initiative_fields(
            "Koncert i Hedemarken",
            "Musik.",
            "event",
            &hedemarken,
            "2099-05-01T18:00",
        ),
    )
    .await;
    published_with(
        &app,
        &mette,
        &initiative_fields("Idé for hele byen", "En idé.", "idea", "", ""),
    )
    .await;
    let old = published_with(
        &app,
        &mette,
        &initiative_fields("Gammel fest", "Forbi.", "event", "", "2099-01-01T18:00"),
    )
    .await;
    // Move the old party into the past, as time would.
    sqlx::query("UPDATE initiatives SET starts_at = 1000, ends_at = 2000 WHERE id = $1")
        .bind(old)
        .execute(app.db().pool())
        .await
        .unwrap();
    let anyone = app.visitor();
    assert_eq!(
        titles(&anyone, &[("neighbourhood", &hedemarken)]).await,
        vec!["Koncert i Hedemarken"]
    );
    let mut town = titles(&anyone, &[("neighbourhood", "town")]).await;
    town.sort();
    assert_eq!(town, vec!["Gammel fest", "Idé for hele byen"]);
    assert_eq!(
        titles(&anyone, &[("kind", "idea")]).await,
        vec!["Idé for hele byen"]
    );
    assert_eq!(
        titles(&anyone, &[("when", "past")]).await,
        vec!["Gammel fest"]
    );
    let mut upcoming = titles(&anyone, &[("when", "upcoming")]).await;
    upcoming.sort();
    assert_eq!(upcoming, vec!["Idé for hele byen", "Koncert i Hedemarken"]);
    assert_eq!(
        titles(&anyone, &[("kind", "event"), ("when", "upcoming")]).await,
        vec!["Koncert i Hedemarken"]
    );
    assert_eq!(
        titles(
            &anyone,
            &[("kind", "dance"), ("when", "soon"), ("neighbourhood", "x")]
        )
        .await
        .len(),
        3
    );
}

async fn lists_sort_by_start_and_by_participants(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let later = published_with(
        &app,
        &mette,
        &initiative_fields("Senere", "b", "event", "", "2099-09-01T18:00"),
    )
    .await;
    published_with(
        &app,
        &mette,
        &initiative_fields("Snart", "a", "event", "", "2099-02-01T18:00"),
    )
    .await;
    published_with(
        &app,
        &mette,
        &initiative_fields("Uden tid", "c", "idea", "", ""),
    )
    .await;
    let lars = app.citizen("Lars").await;
    lars.call(
        "join",
        &[("initiative_id", &later.to_string()), ("level", "active")],
    )
    .await
    .unwrap();
    let anyone = app.visitor();
    assert_eq!(
        titles(&anyone, &[("sort", "soonest")]).await,
        vec!["Snart", "Senere", "Uden tid"]
    );
    assert_eq!(
        titles(&anyone, &[("sort", "participants")]).await[0],
        "Senere"
    );
    assert_eq!(
        titles(&anyone, &[]).await,
        vec!["Uden tid", "Snart", "Senere"],
        "newest first"
    );
}

async fn long_lists_come_a_page_at_a_time(app: TestApp) {
    let mette = app.citizen("Mette").await;
    for i in 0..23 {
        let title = format!("Initiativ {i:02}");
        published_with(
            &app,
            &mette,
            &initiative_fields(&title, "tekst", "idea", "", ""),
        )
        .await;
    }
    let anyone = app.visitor();
    let first = anyone.call("published_initiatives", &[]).await.unwrap();
    assert_eq!(first["items"].as_array().unwrap().len(), 20);
    assert_eq!(
        (first["total"].as_i64(), first["pages"].as_i64()),
        (Some(23), Some(2))
    );
    let second = anyone
        .call("published_initiatives", &[("page", "2")])
        .await
        .unwrap();
    assert_eq!(second["items"].as_array().unwrap().len(), 3);
    let beyond = anyone
        .call("published_initiatives", &[("page", "9")])
        .await
        .unwrap();
    assert_eq!(beyond["items"], serde_json::json!([]));
}

async fn my_participation_lists_what_i_joined_with_the_next_first(app: TestApp) {
    assert_eq!(
        app.visitor().call("my_participation", &[]).await,
        Err(AppError::NotLoggedIn)
    );
    let mette = app.citizen("Mette").await;
    let later = published_with(
        &app,
        &mette,
        &initiative_fields("Senere", "b", "event", "", "2099-09-01T18:00"),
    )
    .await;
    let sooner = published_with(
        &app,
        &mette,
        &initiative_fields("Snart", "a", "event", "", "2099-02-01T18:00"),
    )
    .await;
    let lars = app.citizen("Lars").await;
    for (id, level) in [(later, "active"), (sooner, "observing")] {
        lars.call(
            "join",
            &[("initiative_id", &id.to_string()), ("level", level)],
        )
        .await
        .unwrap();
    }
    let mine = lars.call("my_participation", &[]).await.unwrap();
    let entries: Vec<(String, String)> = mine
        .as_array()
        .unwrap()
        .iter()
        .map(|pair| {
            (
                pair[0]["title"].as_str().unwrap().to_owned(),
                pair[1].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        entries,
        vec![
            ("Snart".to_owned(), "Observing".to_owned()),
            ("Senere".to_owned(), "Active".to_owned())
        ]
    );
    // The initiator sees both, as initiator.
    assert_eq!(
        mette
            .call("my_participation", &[])
            .await
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

async fn an_initiator_withdraws_with_a_reason_and_nobody_can_join_after(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published(&app, &mette, "Aflyst fest").await;
    let sid = id.to_string();
    let blank = mette
        .call("withdraw", &[("initiative_id", &sid), ("reason", "  ")])
        .await;
    assert_eq!(problem(&blank, "reason"), Some(Problem::Required));
    mette
        .call(
            "withdraw",
            &[
                ("initiative_id", &sid),
                ("reason", "Vi fandt ikke et lokale."),
            ],
        )
        .await
        .unwrap();
    let seen = detail(&app.visitor(), id).await.unwrap();
    assert_eq!(seen["state"], "Withdrawn");
    assert_eq!(seen["state_reason"], "Vi fandt ikke et lokale.");
    let lars = app.citizen("Lars").await;
    assert_eq!(
        lars.call("join", &[("initiative_id", &sid), ("level", "active")])
            .await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        mette
            .call("withdraw", &[("initiative_id", &sid), ("reason", "igen")])
            .await,
        Err(AppError::Forbidden),
        "a withdrawn initiative cannot be withdrawn again"
    );
}

async fn call(visitor: &Visitor, id: &str) -> Result<serde_json::Value, AppError> {
    visitor
        .call("withdraw", &[("initiative_id", id), ("reason", "fordi")])
        .await
}

async fn only_initiators_may_withdraw(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let public = published(&app, &mette, "Offentlig").await.to_string();
    let pending = propose(&mette, "Venter stadig").await.to_string();
    assert_eq!(
        call(&app.visitor(), &public).await,
        Err(AppError::NotLoggedIn)
    );
    let lars = app.citizen("Lars").await;
    lars.call(
        "join",
        &[("initiative_id", &public), ("level", "co_creating")],
    )
    .await
    .unwrap();
    assert_eq!(call(&lars, &public).await, Err(AppError::Forbidden));
    assert_eq!(call(&lars, &pending).await, Err(AppError::NotFound));
    assert_eq!(
        call(&app.with_role("Mads", Role::Moderator).await, &public).await,
        Err(AppError::Forbidden)
    );
    assert!(
        call(&mette, &pending).await.is_ok(),
        "a proposal can be withdrawn before review"
    );
}

fn edit_fields<'a>(id: &'a str, title: &'a str, starts_at: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("initiative_id", id),
        ("title", title),
        ("description", "Ny beskrivelse."),
        ("kind", "activity"),
        ("neighbourhood", ""),
        ("starts_at", starts_at),
        ("ends_at", ""),
        ("place", ""),
        ("needs", "Kaffe"),
    ]
}

async fn an_initiator_edits_a_waiting_proposal(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = propose(&mette, "Første udkast").await;
    let sid = id.to_string();
    let values = mette
        .call("initiative_form", &[("id", &sid)])
        .await
        .unwrap();
    assert!(
        values
            .as_array()
            .unwrap()
            .iter()
            .any(|pair| pair[0] == "title" && pair[1] == "Første udkast")
    );
    assert!(
        values
            .as_array()
            .unwrap()
            .iter()
            .any(|pair| pair[0] == "starts_at" && pair[1] == "2099-06-01T18:00")
    );

    let bad = mette
        .call(
            "update_initiative",
            &edit_fields(&sid, "", "2001-01-01T10:00"),
        )
        .await;
    assert_eq!(problem(&bad, "title"), Some(Problem::Required));
    assert_eq!(problem(&bad, "starts_at"), Some(Problem::InPast));

    mette
        .call(
            "update_initiative",
            &edit_fields(&sid, "Strikkeklub om tirsdagen", ""),
        )
        .await
        .unwrap();
    let seen = detail(&mette, id).await.unwrap();
    assert_eq!(seen["title"], "Strikkeklub om tirsdagen");
    assert_eq!(seen["kind"], "Activity");
    assert!(seen["starts_at"].is_null());
    assert_eq!(seen["needs"].as_array().unwrap().len(), 1);
    assert_eq!(seen["state"], "Pending");
    app::initiatives::store::publish(app.db(), id, app::db::now())
        .await
        .unwrap();
    assert_eq!(
        titles(&app.visitor(), &[("q", "strikkeklubben")]).await,
        vec!["Strikkeklub om tirsdagen"]
    );
}

async fn a_sent_back_proposal_returns_to_the_queue_when_edited(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = propose(&mette, "Uklart forslag").await;
    sqlx::query("UPDATE initiatives SET state = 'sent_back', state_reason = 'Skriv hvor det foregår' WHERE id = $1")
        .bind(id)
        .execute(app.db().pool())
        .await
        .unwrap();
    let seen = detail(&mette, id).await.unwrap();
    assert_eq!(seen["state"], "SentBack");
    assert_eq!(seen["state_reason"], "Skriv hvor det foregår");
    let sid = id.to_string();
    mette
        .call("update_initiative", &edit_fields(&sid, "Klart forslag", ""))
        .await
        .unwrap();
    assert_eq!(detail(&mette, id).await.unwrap()["state"], "Pending");
}

async fn only_initiators_may_edit_and_only_before_publication(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let pending = propose(&mette, "Mit forslag").await.to_string();
    let fields = edit_fields(&pending, "Kapret", "");
    assert_eq!(
        app.visitor().call("update_initiative", &fields).await,
        Err(AppError::NotLoggedIn)
    );
    let lars = app.citizen("Lars").await;
    assert_eq!(
        lars.call("update_initiative", &fields).await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        lars.call("initiative_form", &[("id", &pending)]).await,
        Err(AppError::NotFound)
    );
    let moderator = app.with_role("Mads", Role::Moderator).await;
    assert_eq!(
        moderator.call("update_initiative", &fields).await,
        Err(AppError::NotFound)
    );
    let public = published(&app, &mette, "Allerede offentligt")
        .await
        .to_string();
    assert_eq!(
        mette
            .call("update_initiative", &edit_fields(&public, "Ændret", ""))
            .await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        detail(&mette, pending.parse().unwrap()).await.unwrap()["title"],
        "Mit forslag"
    );
}

async fn first_need(visitor: &Visitor, id: i64) -> (String, serde_json::Value) {
    let seen = detail(visitor, id).await.unwrap();
    let need = seen["needs"][0].clone();
    (need["id"].as_i64().unwrap().to_string(), need)
}

async fn active_participants_offer_to_take_needs_and_initiators_see_who(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published(&app, &mette, "Fest med behov").await;
    let lars = app.citizen("Lars").await;
    lars.call(
        "join",
        &[("initiative_id", &id.to_string()), ("level", "active")],
    )
    .await
    .unwrap();
    let (need, _) = first_need(&lars, id).await;
    lars.call("offer_need", &[("need_id", &need)])
        .await
        .unwrap();
    lars.call("offer_need", &[("need_id", &need)])
        .await
        .unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM need_offers").await,
        1,
        "offering twice is one offer"
    );
    let (_, as_lars) = first_need(&lars, id).await;
    assert_eq!(as_lars["offered_by_me"], true);
    assert_eq!(
        as_lars["offered_by"],
        serde_json::json!([]),
        "names are for initiators"
    );
    let (_, as_mette) = first_need(&mette, id).await;
    assert_eq!(as_mette["offered_by"], serde_json::json!(["Lars"]));
    let (_, as_anyone) = first_need(&app.visitor(), id).await;
    assert_eq!(as_anyone["offered_by_me"], false);
    lars.call("take_back_need", &[("need_id", &need)])
        .await
        .unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM need_offers").await, 0);
}

async fn only_active_and_co_creating_participants_may_offer(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published(&app, &mette, "Behov og roller").await;
    let (need, _) = first_need(&mette, id).await;
    let offer = |visitor: &Visitor| {
        let need = need.clone();
        let http = visitor.http.clone();
        let base = visitor.base.clone();
        async move {
            Visitor { http, base }
                .call("offer_need", &[("need_id", &need)])
                .await
        }
    };
    assert_eq!(offer(&app.visitor()).await, Err(AppError::NotLoggedIn));
    let outsider = app.citizen("Ude").await;
    assert_eq!(offer(&outsider).await, Err(AppError::Forbidden));
    let observer = app.citizen("Observatør").await;
    observer
        .call(
            "join",
            &[("initiative_id", &id.to_string()), ("level", "observing")],
        )
        .await
        .unwrap();
    assert_eq!(offer(&observer).await, Err(AppError::Forbidden));
    observer
        .call(
            "join",
            &[("initiative_id", &id.to_string()), ("level", "co_creating")],
        )
        .await
        .unwrap();
    assert!(offer(&observer).await.is_ok());
    assert_eq!(
        outsider.call("offer_need", &[("need_id", "987654")]).await,
        Err(AppError::NotFound)
    );
}

async fn initiators_mark_needs_covered_and_covered_needs_take_no_offers(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published(&app, &mette, "Dækkede behov").await;
    let (need, _) = first_need(&mette, id).await;
    let lars = app.citizen("Lars").await;
    lars.call(
        "join",
        &[("initiative_id", &id.to_string()), ("level", "active")],
    )
    .await
    .unwrap();
    assert_eq!(
        lars.call(
            "set_need_covered",
            &[("need_id", &need), ("covered", "true")]
        )
        .await,
        Err(AppError::Forbidden)
    );
    mette
        .call(
            "set_need_covered",
            &[("need_id", &need), ("covered", "true")],
        )
        .await
        .unwrap();
    let (_, seen) = first_need(&lars, id).await;
    assert_eq!(seen["covered"], true);
    assert_eq!(
        lars.call("offer_need", &[("need_id", &need)]).await,
        Err(AppError::Forbidden)
    );
    mette
        .call(
            "set_need_covered",
            &[("need_id", &need), ("covered", "false")],
        )
        .await
        .unwrap();
    assert!(lars.call("offer_need", &[("need_id", &need)]).await.is_ok());
}

async fn an_accepted_request_makes_a_further_initiator(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published(&app, &mette, "Delt ledelse").await;
    let sid = id.to_string();
    let lars = app.citizen("Lars").await;
    lars.call("join", &[("initiative_id", &sid), ("level", "co_creating")])
        .await
        .unwrap();
    lars.call("request_initiator", &[("initiative_id", &sid)])
        .await
        .unwrap();
    assert_eq!(
        detail(&lars, id).await.unwrap()["my_initiator_request"],
        "pending"
    );
    let as_mette = detail(&mette, id).await.unwrap();
    let requests = as_mette["initiator_requests"].as_array().unwrap().clone();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0][1], "Lars");
    assert_eq!(
        detail(&lars, id).await.unwrap()["initiator_requests"],
        serde_json::json!([])
    );
    let request = requests[0][0].as_i64().unwrap().to_string();
    mette
        .call(
            "decide_initiator_request",
            &[("request_id", &request), ("accept", "true")],
        )
        .await
        .unwrap();
    let seen = detail(&lars, id).await.unwrap();
    assert_eq!(seen["my_level"], "Initiator");
    assert_eq!(seen["initiators"], serde_json::json!(["Mette", "Lars"]));
    // Now that there are two, the first may leave.
    mette
        .call("leave", &[("initiative_id", &sid)])
        .await
        .unwrap();
    assert_eq!(
        mette
            .call(
                "decide_initiator_request",
                &[("request_id", &request), ("accept", "true")]
            )
            .await,
        Err(AppError::NotFound),
        "a decided request cannot be decided again"
    );
}

async fn a_declined_request_can_be_made_again(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published(&app, &mette, "Nej tak").await;
    let sid = id.to_string();
    let lars = app.citizen("Lars").await;
    lars.call("request_initiator", &[("initiative_id", &sid)])
        .await
        .unwrap();
    let request = detail(&mette, id).await.unwrap()["initiator_requests"][0][0]
        .as_i64()
        .unwrap()
        .to_string();
    mette
        .call(
            "decide_initiator_request",
            &[("request_id", &request), ("accept", "false")],
        )
        .await
        .unwrap();
    let seen = detail(&lars, id).await.unwrap();
    assert_eq!(seen["my_initiator_request"], "declined");
    assert!(
        seen["my_level"].is_null(),
        "declining does not make anyone join"
    );
    lars.call("request_initiator", &[("initiative_id", &sid)])
        .await
        .unwrap();
    assert_eq!(
        detail(&lars, id).await.unwrap()["my_initiator_request"],
        "pending"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM initiator_requests").await,
        1
    );
}

async fn only_initiators_decide_requests(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published(&app, &mette, "Hvem bestemmer").await;
    let sid = id.to_string();
    assert_eq!(
        app.visitor()
            .call("request_initiator", &[("initiative_id", &sid)])
            .await,
        Err(AppError::NotLoggedIn)
    );
    assert_eq!(
        mette
            .call("request_initiator", &[("initiative_id", &sid)])
            .await,
        Err(AppError::Forbidden),
        "an initiator already is one"
    );
    let lars = app.citizen("Lars").await;
    lars.call("request_initiator", &[("initiative_id", &sid)])
        .await
        .unwrap();
    let request = detail(&mette, id).await.unwrap()["initiator_requests"][0][0]
        .as_i64()
        .unwrap()
        .to_string();
    let fields = [("request_id", request.as_str()), ("accept", "true")];
    assert_eq!(
        lars.call("decide_initiator_request", &fields).await,
        Err(AppError::Forbidden)
    );
    let moderator = app.with_role("Mads", Role::Moderator).await;
    assert_eq!(
        moderator.call("decide_initiator_request", &fields).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        app.visitor()
            .call("decide_initiator_request", &fields)
            .await,
        Err(AppError::NotLoggedIn)
    );
    assert!(detail(&lars, id).await.unwrap()["my_level"].is_null());
}

async fn a_logged_in_person_reports_an_initiative_with_a_reason(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published(&app, &mette, "Tvivlsomt").await;
    let pending = propose(&mette, "Ikke offentligt").await.to_string();
    let sid = id.to_string();
    assert_eq!(
        app.visitor()
            .call(
                "report_initiative",
                &[("initiative_id", &sid), ("report_reason", "x")]
            )
            .await,
        Err(AppError::NotLoggedIn)
    );
    let lars = app.citizen("Lars").await;
    let blank = lars
        .call(
            "report_initiative",
            &[("initiative_id", &sid), ("report_reason", " ")],
        )
        .await;
    assert_eq!(problem(&blank, "report_reason"), Some(Problem::Required));
    assert_eq!(
        lars.call(
            "report_initiative",
            &[("initiative_id", &pending), ("report_reason", "x")]
        )
        .await,
        Err(AppError::NotFound)
    );
    for _ in 0..2 {
        lars.call(
            "report_initiative",
            &[
                ("initiative_id", &sid),
                ("report_reason", "Reklame for et firma"),
            ],
        )
        .await
        .unwrap();
    }
    app.with_role("Pia", Role::Politician)
        .await
        .call(
            "report_initiative",
            &[("initiative_id", &sid), ("report_reason", "Usagligt")],
        )
        .await
        .unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM reports").await,
        2,
        "one report per person"
    );
    let reason: String = sqlx::query_scalar("SELECT reason FROM reports ORDER BY id LIMIT 1")
        .fetch_one(app.db().pool())
        .await
        .unwrap();
    assert_eq!(reason, "Reklame for et firma");
}

async fn the_list_filters_by_the_goal_a_moderator_tied_it_to(app: TestApp) {
    let goals = app.visitor().call("goals", &[]).await.unwrap();
    let goals = goals.as_array().unwrap();
    assert_eq!(
        goals.len(),
        2,
        "the policy's two goals are there from the start"
    );
    assert_eq!(goals[0]["position"], 1);
    assert_eq!(
        goals[0]["title_da"],
        "Albertslundere er en del af givende mangfoldige fællesskaber"
    );
    let (first, second) = (
        goals[0]["id"].as_i64().unwrap(),
        goals[1]["id"].as_i64().unwrap(),
    );

    let mette = app.citizen("Mette").await;
    let meal = published(&app, &mette, "Fællesspisning").await;
    let council = published(&app, &mette, "Borgermøde om stierne").await;
    let both = published(&app, &mette, "Sprogcafé").await;
    published(&app, &mette, "Uden målsætning").await;
    let mut tx = app.db().begin_write().await.unwrap();
    for (initiative, tied) in [
        (meal, vec![first]),
        (council, vec![second]),
        (both, vec![first, second]),
    ] {
        app::goals::store::set_for_initiative(&mut tx, initiative, &tied)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();

    let mut under_first = titles(&mette, &[("goal", &first.to_string())]).await;
    under_first.sort();
    assert_eq!(under_first, ["Fællesspisning", "Sprogcafé"]);
    let mut under_second = titles(&mette, &[("goal", &second.to_string())]).await;
    under_second.sort();
    assert_eq!(under_second, ["Borgermøde om stierne", "Sprogcafé"]);
    assert_eq!(
        titles(&mette, &[("goal", "ikke-et-tal")]).await.len(),
        4,
        "an unknown value is ignored"
    );
    let shown = detail(&app.visitor(), both).await.unwrap();
    assert_eq!(shown["goals"].as_array().unwrap().len(), 2);
    assert_eq!(shown["goals"][1]["position"], 2);

    // A goal in use cannot be deleted, only retired; retired goals leave the filter list.
    let deleted = sqlx::query("DELETE FROM goals WHERE id = $1")
        .bind(first)
        .execute(app.db().pool())
        .await;
    assert!(deleted.is_err(), "a goal in use is never deleted");
    sqlx::query("UPDATE goals SET retired_at = 1 WHERE id = $1")
        .bind(first)
        .execute(app.db().pool())
        .await
        .unwrap();
    let left = app.visitor().call("goals", &[]).await.unwrap();
    assert_eq!(left.as_array().unwrap().len(), 1);
    let still = detail(&app.visitor(), meal).await.unwrap();
    assert_eq!(still["goals"][0]["retired"], true, "the tie still holds");
}
