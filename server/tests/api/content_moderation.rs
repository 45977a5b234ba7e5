//! Moderating content and accounts, on SQLite and PostgreSQL: reports and the report queue,
//! hiding (by a moderator, or automatically at three reporters), restoring and dismissing;
//! changing goals, carrying out and archiving published initiatives; suspensions; and the
//! audit row of every action, with the audit log as moderators read it.

use crate::helpers::{TestApp, Visitor, problem, published_initiative};
use app::accounts::role::Role;
use app::error::{AppError, Problem};
use serde_json::Value;

on_both_databases!(
    a_comment_reported_by_three_people_is_hidden_until_a_moderator_restores_it,
    one_person_reporting_twice_counts_once,
    three_people_reporting_at_once_hide_the_comment,
    a_moderator_hides_a_comment_with_a_reason_and_its_author_is_told,
    dismissing_reports_shows_automatic_hides_again_but_not_a_moderators,
    a_hidden_initiative_leaves_the_list_and_shows_only_that_it_was_hidden,
    two_moderators_hiding_at_once_hide_once,
    moderators_cannot_act_on_their_own_content_or_suspend_themselves,
    only_moderators_answer_reports_and_suspend,
    every_action_needs_its_reason_and_writes_nothing_without,
    a_suspended_account_can_read_but_not_post_join_or_comment_and_is_told_why,
    a_suspension_that_has_run_out_no_longer_applies,
    two_moderators_suspending_at_once_leave_one_suspension_in_force,
    a_published_initiative_changes_goals_is_carried_out_and_archived,
    the_audit_log_is_read_by_moderators_and_administrators_with_filters,
    no_action_happens_when_its_audit_row_cannot_be_written,
    a_suspended_account_cannot_reply_edit_resubmit_offer_or_take_on_initiators,
    a_suspended_moderator_or_administrator_reads_but_does_not_act,
    an_initiative_reported_by_three_people_is_hidden_until_a_moderator_looks,
    nobody_reports_an_initiative_they_are_an_initiator_of,
);

fn key(n: usize) -> String {
    format!("{n:032x}")
}

/// A comment by `author` on `initiative`; answers its id.
async fn comment(author: &Visitor, initiative: i64, body: &str, n: usize) -> i64 {
    let id = initiative.to_string();
    author
        .call(
            "post_comment",
            &[
                ("initiative_id", id.as_str()),
                ("body", body),
                ("submission_key", &key(n)),
            ],
        )
        .await
        .expect("the comment is stored");
    let page = author
        .call("load_comments", &[("initiative_id", &id)])
        .await
        .unwrap();
    page["threads"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["comment"]["body"] == body)
        .and_then(|t| t["comment"]["id"].as_i64())
        .expect("the comment is listed")
}

async fn report_comment(reporter: &Visitor, id: i64, reason: &str) -> Result<Value, AppError> {
    reporter
        .call(
            "report_comment",
            &[("comment_id", &id.to_string()), ("report_reason", reason)],
        )
        .await
}

/// The comment as a visitor sees it in the thread list.
async fn shown_comment(app: &TestApp, initiative: i64, id: i64) -> Value {
    let page = app
        .visitor()
        .call(
            "load_comments",
            &[("initiative_id", &initiative.to_string())],
        )
        .await
        .unwrap();
    page["threads"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["comment"].clone())
        .find(|c| c["id"] == id)
        .expect("the comment's place is still shown")
}

async fn answer(
    moderator: &Visitor,
    endpoint: &str,
    kind: &str,
    id: i64,
    field: &str,
    text: &str,
) -> Result<Value, AppError> {
    moderator
        .call(
            endpoint,
            &[
                ("target_kind", kind),
                ("target_id", &id.to_string()),
                (field, text),
            ],
        )
        .await
}

async fn hide(moderator: &Visitor, kind: &str, id: i64, reason: &str) -> Result<Value, AppError> {
    answer(moderator, "hide_content", kind, id, "hide_reason", reason).await
}

async fn restore(moderator: &Visitor, kind: &str, id: i64) -> Result<Value, AppError> {
    answer(moderator, "restore_content", kind, id, "restore_note", "").await
}

async fn dismiss(moderator: &Visitor, kind: &str, id: i64) -> Result<Value, AppError> {
    answer(moderator, "dismiss_reports", kind, id, "dismiss_note", "").await
}

async fn suspend(
    moderator: &Visitor,
    account: i64,
    period: &str,
    reason: &str,
) -> Result<Value, AppError> {
    moderator
        .call(
            "suspend_account",
            &[
                ("account_id", &account.to_string()),
                ("period", period),
                ("suspend_reason", reason),
            ],
        )
        .await
}

async fn audit_actions(app: &TestApp) -> Vec<(String, String, i64, Option<String>)> {
    sqlx::query_as("SELECT action, target_kind, target_id, reason FROM audit_log ORDER BY id")
        .fetch_all(app.db().pool())
        .await
        .unwrap()
}

async fn open_reports(app: &TestApp) -> i64 {
    app.count("SELECT COUNT(*) FROM reports WHERE resolved_at IS NULL")
        .await
}

async fn a_comment_reported_by_three_people_is_hidden_until_a_moderator_restores_it(app: TestApp) {
    let author = app.citizen("Mette").await;
    let initiative = published_initiative(&app, &author, "Fællesspisning").await;
    let id = comment(&author, initiative, "Alle er velkomne", 1).await;
    for (n, name) in ["Ali", "Bo", "Cai"].into_iter().enumerate() {
        let reporter = app.citizen(name).await;
        report_comment(&reporter, id, &format!("Grund {n}"))
            .await
            .unwrap();
        let shown = shown_comment(&app, initiative, id).await;
        if n < 2 {
            assert_eq!(shown["body"], "Alle er velkomne", "after {} reports", n + 1);
        } else {
            assert_eq!(shown["body"], Value::Null, "hidden at the third reporter");
            assert_eq!(shown["hidden"], "PendingReview");
        }
    }
    let moderator = app.with_role("Mona", Role::Moderator).await;
    let queue = moderator.call("report_queue", &[]).await.unwrap();
    assert_eq!(queue.as_array().unwrap().len(), 1);
    assert_eq!(queue[0]["target"]["Comment"], id);
    assert_eq!(queue[0]["reporters"], 3);
    assert_eq!(queue[0]["hidden"], "PendingReview");
    assert_eq!(queue[0]["text"], "Alle er velkomne");
    assert_eq!(queue[0]["author"], "Mette");
    assert_eq!(queue[0]["initiative_title"], "Fællesspisning");
    let reasons: Vec<&str> = queue[0]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["reason"].as_str().unwrap())
        .collect();
    assert_eq!(reasons, ["Grund 0", "Grund 1", "Grund 2"]);

    restore(&moderator, "comment", id).await.unwrap();
    assert_eq!(
        shown_comment(&app, initiative, id).await["body"],
        "Alle er velkomne"
    );
    assert_eq!(open_reports(&app).await, 0);
    assert_eq!(
        moderator.call("report_queue", &[]).await.unwrap(),
        Value::Array(vec![])
    );
    let actions = audit_actions(&app).await;
    assert_eq!(actions.len(), 1);
    assert_eq!(
        (actions[0].0.as_str(), actions[0].1.as_str(), actions[0].2),
        ("restore", "comment", id)
    );
    assert_eq!(
        author.call("my_notifications", &[]).await.unwrap(),
        Value::Array(vec![]),
        "nobody told the author of an automatic hide, so nothing to undo"
    );
}

async fn one_person_reporting_twice_counts_once(app: TestApp) {
    let author = app.citizen("Mette").await;
    let initiative = published_initiative(&app, &author, "Loppemarked").await;
    let id = comment(&author, initiative, "Sælger cykler", 1).await;
    let ali = app.citizen("Ali").await;
    let bo = app.citizen("Bo").await;
    for _ in 0..3 {
        report_comment(&ali, id, "Spam").await.unwrap();
    }
    report_comment(&bo, id, "Spam").await.unwrap();
    assert_eq!(open_reports(&app).await, 2);
    assert_eq!(
        shown_comment(&app, initiative, id).await["body"],
        "Sælger cykler"
    );
    // The author cannot report their own comment.
    assert_eq!(
        report_comment(&author, id, "Hov").await,
        Err(AppError::Forbidden)
    );
}

async fn three_people_reporting_at_once_hide_the_comment(app: TestApp) {
    let author = app.citizen("Mette").await;
    let initiative = published_initiative(&app, &author, "Sankthans").await;
    let id = comment(&author, initiative, "Bål kl. 21", 1).await;
    let (a, b, c) = (
        app.citizen("Ali").await,
        app.citizen("Bo").await,
        app.citizen("Cai").await,
    );
    let (ra, rb, rc) = tokio::join!(
        report_comment(&a, id, "Grund"),
        report_comment(&b, id, "Grund"),
        report_comment(&c, id, "Grund")
    );
    assert!(ra.is_ok() && rb.is_ok() && rc.is_ok());
    assert_eq!(
        shown_comment(&app, initiative, id).await["hidden"],
        "PendingReview",
        "whatever order the reports committed in, the last check saw all three"
    );
}

async fn a_moderator_hides_a_comment_with_a_reason_and_its_author_is_told(app: TestApp) {
    let author = app.citizen("Mette").await;
    let initiative = published_initiative(&app, &author, "Gåtur").await;
    let id = comment(&author, initiative, "Noget grimt", 1).await;
    let ali = app.citizen("Ali").await;
    report_comment(&ali, id, "Grimt sprog").await.unwrap();
    let moderator = app.with_role("Mona", Role::Moderator).await;
    hide(&moderator, "comment", id, "Sproget er krænkende.")
        .await
        .unwrap();

    let shown = shown_comment(&app, initiative, id).await;
    assert_eq!(shown["body"], Value::Null);
    assert_eq!(shown["hidden"], "ByModerator");
    assert_eq!(shown["mine"], false);
    let as_author = author
        .call(
            "load_comments",
            &[("initiative_id", &initiative.to_string())],
        )
        .await
        .unwrap();
    assert_eq!(
        as_author["threads"][0]["comment"]["body"],
        Value::Null,
        "the author sees it hidden too"
    );
    // Hidden is not editable or answerable.
    assert_eq!(
        author
            .call(
                "edit_comment",
                &[("comment_id", &id.to_string()), ("body", "Pænere")]
            )
            .await,
        Err(AppError::NotFound)
    );
    assert_eq!(open_reports(&app).await, 0, "the report is answered");
    let told = author.call("my_notifications", &[]).await.unwrap();
    assert_eq!(told[0]["kind"], "Hidden");
    assert_eq!(told[0]["reason"], "Sproget er krænkende.");
    assert_eq!(told[0]["initiative_title"], "Gåtur");

    restore(&moderator, "comment", id).await.unwrap();
    assert_eq!(
        shown_comment(&app, initiative, id).await["body"],
        "Noget grimt"
    );
    let told = author.call("my_notifications", &[]).await.unwrap();
    assert_eq!(told[0]["kind"], "Restored");
    let actions: Vec<String> = audit_actions(&app).await.into_iter().map(|a| a.0).collect();
    assert_eq!(actions, ["hide", "restore"]);
    // Restoring what is not hidden changes nothing and is said so.
    assert_eq!(
        problem(&restore(&moderator, "comment", id).await, "restore_note"),
        Some(Problem::AlreadyHandled)
    );
    assert_eq!(audit_actions(&app).await.len(), 2);
}

async fn dismissing_reports_shows_automatic_hides_again_but_not_a_moderators(app: TestApp) {
    let author = app.citizen("Mette").await;
    let initiative = published_initiative(&app, &author, "Koncert").await;
    let first = comment(&author, initiative, "Første", 1).await;
    let second = comment(&author, initiative, "Anden", 2).await;
    for name in ["Ali", "Bo", "Cai"] {
        let reporter = app.citizen(name).await;
        report_comment(&reporter, first, "Uenig").await.unwrap();
        report_comment(&reporter, second, "Uenig").await.unwrap();
    }
    let moderator = app.with_role("Mona", Role::Moderator).await;
    dismiss(&moderator, "comment", first).await.unwrap();
    assert_eq!(
        shown_comment(&app, initiative, first).await["body"],
        "Første"
    );

    hide(&moderator, "comment", second, "Bekræftet")
        .await
        .unwrap();
    assert_eq!(
        shown_comment(&app, initiative, second).await["hidden"],
        "ByModerator",
        "hiding confirms an automatic hide"
    );
    assert_eq!(
        problem(
            &dismiss(&moderator, "comment", second).await,
            "dismiss_note"
        ),
        Some(Problem::AlreadyHandled),
        "the hide answered the reports: nothing left to dismiss"
    );
    assert_eq!(
        shown_comment(&app, initiative, second).await["hidden"],
        "ByModerator"
    );
    let late = app.citizen("Ali To").await;
    assert_eq!(
        report_comment(&late, second, "Stadig grimt").await,
        Err(AppError::NotFound),
        "hidden content cannot be reported again"
    );
    let actions: Vec<String> = audit_actions(&app).await.into_iter().map(|a| a.0).collect();
    assert_eq!(actions, ["dismiss", "hide"]);
}

async fn a_hidden_initiative_leaves_the_list_and_shows_only_that_it_was_hidden(app: TestApp) {
    let author = app.citizen("Mette").await;
    let id = published_initiative(&app, &author, "Billige solbriller").await;
    comment(&author, id, "Køb nu", 1).await;
    let moderator = app.with_role("Mona", Role::Moderator).await;
    hide(
        &moderator,
        "initiative",
        id,
        "Reklame hører ikke hjemme her.",
    )
    .await
    .unwrap();

    let listed = app
        .visitor()
        .call("published_initiatives", &[])
        .await
        .unwrap();
    assert_eq!(listed["total"], 0);
    let visitor = app.citizen("Ali").await;
    let seen = visitor
        .call("initiative", &[("id", &id.to_string())])
        .await
        .unwrap();
    assert_eq!(seen["content_withheld"], true);
    assert_eq!(seen["hidden"], "ByModerator");
    assert_eq!(seen["title"], "");
    assert_eq!(seen["description"], "");
    assert_eq!(seen["hidden_reason"], Value::Null);
    assert_eq!(
        visitor
            .call(
                "join",
                &[("initiative_id", &id.to_string()), ("level", "active")]
            )
            .await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        visitor
            .call("load_comments", &[("initiative_id", &id.to_string())])
            .await,
        Err(AppError::NotFound),
        "its conversation is hidden with it"
    );
    let own = author
        .call("initiative", &[("id", &id.to_string())])
        .await
        .unwrap();
    assert_eq!(own["title"], "Billige solbriller");
    assert_eq!(own["hidden_reason"], "Reklame hører ikke hjemme her.");
    let told = author.call("my_notifications", &[]).await.unwrap();
    assert_eq!(told[0]["kind"], "Hidden");

    restore(&moderator, "initiative", id).await.unwrap();
    let listed = app
        .visitor()
        .call("published_initiatives", &[])
        .await
        .unwrap();
    assert_eq!(listed["total"], 1);
}

async fn two_moderators_hiding_at_once_hide_once(app: TestApp) {
    let author = app.citizen("Mette").await;
    let initiative = published_initiative(&app, &author, "Strikkeklub").await;
    let first = app.with_role("Mona", Role::Moderator).await;
    let second = app.with_role("Kim", Role::Moderator).await;
    for round in 0..4 {
        let id = comment(&author, initiative, &format!("Kommentar {round}"), round).await;
        let (a, b) = tokio::join!(
            hide(&first, "comment", id, "Grimt"),
            hide(&second, "comment", id, "Også grimt")
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
                .any(|r| problem(r, "hide_reason") == Some(Problem::AlreadyHandled))
        );
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'hide'")
            .await,
        4
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM notifications WHERE kind = 'hidden'")
            .await,
        4
    );
}

async fn moderators_cannot_act_on_their_own_content_or_suspend_themselves(app: TestApp) {
    let moderator = app.with_role("Mona", Role::Moderator).await;
    let mona = moderator.account_id().await.unwrap();
    let initiative = published_initiative(&app, &moderator, "Monas loppemarked").await;
    let own_comment = comment(&moderator, initiative, "Mit eget", 1).await;
    let citizen = app.citizen("Ali").await;
    report_comment(&citizen, own_comment, "Grimt")
        .await
        .unwrap();
    citizen
        .call(
            "report_initiative",
            &[
                ("initiative_id", &initiative.to_string()),
                ("report_reason", "Grimt"),
            ],
        )
        .await
        .unwrap();
    for (kind, id) in [("comment", own_comment), ("initiative", initiative)] {
        assert_eq!(
            hide(&moderator, kind, id, "Nej").await,
            Err(AppError::Forbidden)
        );
        assert_eq!(
            dismiss(&moderator, kind, id).await,
            Err(AppError::Forbidden)
        );
        assert_eq!(
            restore(&moderator, kind, id).await,
            Err(AppError::Forbidden)
        );
    }
    let queue = moderator.call("report_queue", &[]).await.unwrap();
    assert!(
        queue
            .as_array()
            .unwrap()
            .iter()
            .all(|item| item["own"] == true)
    );
    assert_eq!(
        suspend(&moderator, mona, "7", "Test").await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        moderator
            .call(
                "lift_suspension",
                &[("account_id", &mona.to_string()), ("lift_note", "")]
            )
            .await,
        Err(AppError::Forbidden)
    );
    for (endpoint, field) in [
        ("carry_out_initiative", "carried_out_note"),
        ("archive_initiative", "archive_note"),
        ("change_initiative_goals", "goals_reason"),
    ] {
        assert_eq!(
            moderator
                .call(
                    endpoint,
                    &[("initiative_id", &initiative.to_string()), (field, "Fordi")]
                )
                .await,
            Err(AppError::Forbidden),
            "{endpoint}"
        );
    }
    assert_eq!(audit_actions(&app).await.len(), 0);
    // Another moderator may.
    let other = app.with_role("Kim", Role::Moderator).await;
    hide(&other, "comment", own_comment, "Grimt").await.unwrap();
}

async fn only_moderators_answer_reports_and_suspend(app: TestApp) {
    let author = app.citizen("Mette").await;
    let initiative = published_initiative(&app, &author, "Bogbytte").await;
    let id = comment(&author, initiative, "Hej", 1).await;
    let mette = author.account_id().await.unwrap();
    let callers = [
        (app.visitor(), AppError::NotLoggedIn),
        (app.citizen("Ali").await, AppError::Forbidden),
        (
            app.with_role("Pia", Role::Politician).await,
            AppError::Forbidden,
        ),
        (
            app.with_role("Adam", Role::Administrator).await,
            AppError::Forbidden,
        ),
    ];
    for (caller, refusal) in &callers {
        assert_eq!(
            caller.call("report_queue", &[]).await.as_ref().err(),
            Some(refusal)
        );
        assert_eq!(
            hide(caller, "comment", id, "Grimt").await.err().as_ref(),
            Some(refusal)
        );
        assert_eq!(
            suspend(caller, mette, "7", "Grimt").await.err().as_ref(),
            Some(refusal)
        );
        assert_eq!(
            caller
                .call("account_overview", &[("account_id", &mette.to_string())])
                .await
                .err()
                .as_ref(),
            Some(refusal)
        );
    }
    assert_eq!(
        shown_comment(&app, initiative, id).await["body"],
        "Hej",
        "nothing was hidden"
    );
    assert_eq!(audit_actions(&app).await.len(), 0);
}

async fn every_action_needs_its_reason_and_writes_nothing_without(app: TestApp) {
    let author = app.citizen("Mette").await;
    let mette = author.account_id().await.unwrap();
    let initiative = published_initiative(&app, &author, "Havedag").await;
    let id = comment(&author, initiative, "Hej", 1).await;
    let moderator = app.with_role("Mona", Role::Moderator).await;
    let refused = hide(&moderator, "comment", id, "   ").await;
    assert_eq!(problem(&refused, "hide_reason"), Some(Problem::Required));
    let Err(AppError::Invalid(invalid)) = &refused else {
        panic!("expected Invalid")
    };
    assert_eq!(invalid.value_of("target_id"), Some(id.to_string().as_str()));
    assert_eq!(
        hide(&moderator, "account", id, "Grimt").await,
        Err(AppError::BadRequest)
    );
    assert_eq!(
        hide(&moderator, "comment", 999_999, "Grimt").await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        problem(&suspend(&moderator, mette, "", "Grimt").await, "period"),
        Some(Problem::UnknownChoice)
    );
    assert_eq!(
        problem(&suspend(&moderator, mette, "5", "Grimt").await, "period"),
        Some(Problem::UnknownChoice)
    );
    let no_reason = suspend(&moderator, mette, "7", "").await;
    assert_eq!(
        problem(&no_reason, "suspend_reason"),
        Some(Problem::Required)
    );
    let Err(AppError::Invalid(invalid)) = &no_reason else {
        panic!("expected Invalid")
    };
    assert_eq!(invalid.value_of("period"), Some("7"), "the choice is kept");
    let goals = moderator
        .call(
            "change_initiative_goals",
            &[
                ("initiative_id", &initiative.to_string()),
                ("goals_reason", ""),
            ],
        )
        .await;
    assert_eq!(problem(&goals, "change_goals"), Some(Problem::NoGoal));
    assert_eq!(problem(&goals, "goals_reason"), Some(Problem::Required));
    assert_eq!(
        suspend(&moderator, 999_999, "7", "Grimt").await,
        Err(AppError::NotFound)
    );
    assert_eq!(audit_actions(&app).await.len(), 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM suspensions").await, 0);
    assert_eq!(shown_comment(&app, initiative, id).await["body"], "Hej");
}

async fn a_suspended_account_can_read_but_not_post_join_or_comment_and_is_told_why(app: TestApp) {
    let author = app.citizen("Mette").await;
    let initiative = published_initiative(&app, &author, "Fælleshave").await;
    let troll = app.citizen("Trold").await;
    let troll_id = troll.account_id().await.unwrap();
    let moderator = app.with_role("Mona", Role::Moderator).await;
    suspend(&moderator, troll_id, "7", "Gentagne krænkelser.")
        .await
        .unwrap();

    let info = troll.site_info().await;
    assert_eq!(info["suspension"]["reason"], "Gentagne krænkelser.");
    assert!(info["suspension"]["until"]["year"].is_number());
    let told = troll.call("my_notifications", &[]).await.unwrap();
    assert_eq!(told[0]["kind"], "Suspended");
    assert_eq!(told[0]["reason"], "Gentagne krænkelser.");

    let id = initiative.to_string();
    assert!(
        troll.call("initiative", &[("id", &id)]).await.is_ok(),
        "reading stays open"
    );
    assert!(
        troll
            .call("load_comments", &[("initiative_id", &id)])
            .await
            .is_ok()
    );
    let refused = [
        troll
            .call("join", &[("initiative_id", &id), ("level", "active")])
            .await,
        troll
            .call(
                "post_comment",
                &[
                    ("initiative_id", &id),
                    ("body", "Ha"),
                    ("submission_key", &key(9)),
                ],
            )
            .await,
        troll
            .call(
                "report_initiative",
                &[("initiative_id", &id), ("report_reason", "Ha")],
            )
            .await,
        troll
            .call(
                "propose",
                &[
                    ("title", "Trolleri"),
                    ("description", "Ha"),
                    ("kind", "idea"),
                    ("neighbourhood", ""),
                    ("starts_at", ""),
                    ("ends_at", ""),
                    ("place", ""),
                    ("needs", ""),
                ],
            )
            .await,
        troll
            .call(
                "update_profile",
                &[("display_name", "Ny trold"), ("neighbourhood", "")],
            )
            .await,
    ];
    for result in refused {
        assert_eq!(result, Err(AppError::Suspended));
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM initiatives").await,
        1,
        "nothing was proposed"
    );

    moderator
        .call(
            "lift_suspension",
            &[
                ("account_id", &troll_id.to_string()),
                ("lift_note", "Talt sammen."),
            ],
        )
        .await
        .unwrap();
    assert_eq!(troll.site_info().await["suspension"], Value::Null);
    troll
        .call("join", &[("initiative_id", &id), ("level", "active")])
        .await
        .unwrap();
    let overview = moderator
        .call("account_overview", &[("account_id", &troll_id.to_string())])
        .await
        .unwrap();
    assert_eq!(overview["suspensions"][0]["in_force"], false);
    assert!(overview["suspensions"][0]["lifted_at"].is_object());
    let actions: Vec<(String, String)> = audit_actions(&app)
        .await
        .into_iter()
        .map(|a| (a.0, a.1))
        .collect();
    assert_eq!(
        actions,
        [
            ("suspend".to_owned(), "account".to_owned()),
            ("lift".to_owned(), "account".to_owned())
        ]
    );
    // Nothing is in force any more, so there is nothing to lift.
    let again = moderator
        .call(
            "lift_suspension",
            &[("account_id", &troll_id.to_string()), ("lift_note", "")],
        )
        .await;
    assert_eq!(problem(&again, "lift_note"), Some(Problem::AlreadyHandled));
}

async fn a_suspension_that_has_run_out_no_longer_applies(app: TestApp) {
    let author = app.citizen("Mette").await;
    let initiative = published_initiative(&app, &author, "Vinterbadning").await;
    let person = app.citizen("Ali").await;
    let ali = person.account_id().await.unwrap();
    let moderator = app.with_role("Mona", Role::Moderator).await;
    let mona = moderator.account_id().await.unwrap();
    let now = app::db::now();
    sqlx::query(
        "INSERT INTO suspensions (account_id, reason, starts_at, ends_at, created_by) \
         VALUES ($1, 'Gammel', $2, $3, $4)",
    )
    .bind(ali)
    .bind(now - 10 * 86_400)
    .bind(now - 3 * 86_400)
    .bind(mona)
    .execute(app.db().pool())
    .await
    .unwrap();
    assert_eq!(person.site_info().await["suspension"], Value::Null);
    person
        .call(
            "join",
            &[
                ("initiative_id", &initiative.to_string()),
                ("level", "active"),
            ],
        )
        .await
        .unwrap();
    // A new suspension closes the old one that ran out, and takes force.
    suspend(&moderator, ali, "indefinite", "Ny grund")
        .await
        .unwrap();
    let info = person.site_info().await;
    assert_eq!(info["suspension"]["reason"], "Ny grund");
    assert_eq!(info["suspension"]["until"], Value::Null);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM suspensions WHERE lifted_at IS NULL")
            .await,
        1
    );
}

async fn two_moderators_suspending_at_once_leave_one_suspension_in_force(app: TestApp) {
    let first = app.with_role("Mona", Role::Moderator).await;
    let second = app.with_role("Kim", Role::Moderator).await;
    for round in 0..4 {
        let person = app.citizen(&format!("Person {round}")).await;
        let id = person.account_id().await.unwrap();
        let (a, b) = tokio::join!(
            suspend(&first, id, "7", "Første grund"),
            suspend(&second, id, "30", "Anden grund")
        );
        let outcomes = [a, b];
        for outcome in &outcomes {
            assert!(
                outcome.is_ok()
                    || problem(outcome, "suspend_reason") == Some(Problem::AlreadyHandled),
                "{outcome:?}"
            );
        }
        let in_force: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM suspensions WHERE account_id = $1 AND lifted_at IS NULL",
        )
        .bind(id)
        .fetch_one(app.db().pool())
        .await
        .unwrap();
        assert_eq!(in_force, 1);
        let audited: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'suspend' AND target_id = $1",
        )
        .bind(id)
        .fetch_one(app.db().pool())
        .await
        .unwrap();
        let stored: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM suspensions WHERE account_id = $1")
                .bind(id)
                .fetch_one(app.db().pool())
                .await
                .unwrap();
        assert_eq!(audited, stored, "every stored suspension has its audit row");
        assert_eq!(
            audited,
            outcomes.iter().filter(|o| o.is_ok()).count() as i64
        );
    }
}

async fn a_published_initiative_changes_goals_is_carried_out_and_archived(app: TestApp) {
    let author = app.citizen("Mette").await;
    let id = published_initiative(&app, &author, "Legeplads").await;
    let moderator = app.with_role("Mona", Role::Moderator).await;
    let goals = app.visitor().call("goals", &[]).await.unwrap();
    let goal = |n: usize| goals[n]["id"].as_i64().unwrap().to_string();
    let initiative = id.to_string();
    moderator
        .call(
            "change_initiative_goals",
            &[
                ("initiative_id", initiative.as_str()),
                ("goals[]", &goal(0)),
                ("goals[]", &goal(1)),
                ("goals_reason", "Den handler også om demokrati."),
            ],
        )
        .await
        .unwrap();
    let seen = app
        .visitor()
        .call("initiative", &[("id", &initiative)])
        .await
        .unwrap();
    assert_eq!(seen["goals"].as_array().unwrap().len(), 2);
    let told = author.call("my_notifications", &[]).await.unwrap();
    assert_eq!(told[0]["kind"], "GoalsChanged");
    assert_eq!(told[0]["reason"], "Den handler også om demokrati.");

    moderator
        .call(
            "carry_out_initiative",
            &[
                ("initiative_id", initiative.as_str()),
                ("carried_out_note", ""),
            ],
        )
        .await
        .unwrap();
    let seen = app
        .visitor()
        .call("initiative", &[("id", &initiative)])
        .await
        .unwrap();
    assert_eq!(seen["state"], "CarriedOut");
    let joiner = app.citizen("Ali").await;
    assert_eq!(
        joiner
            .call(
                "join",
                &[("initiative_id", &initiative), ("level", "active")]
            )
            .await,
        Err(AppError::Forbidden),
        "a carried out initiative takes no new participants"
    );
    let again = moderator
        .call(
            "carry_out_initiative",
            &[
                ("initiative_id", initiative.as_str()),
                ("carried_out_note", ""),
            ],
        )
        .await;
    assert_eq!(
        problem(&again, "carried_out_note"),
        Some(Problem::AlreadyHandled)
    );

    moderator
        .call(
            "archive_initiative",
            &[
                ("initiative_id", initiative.as_str()),
                ("archive_note", "Gammelt."),
            ],
        )
        .await
        .unwrap();
    let seen = app
        .visitor()
        .call("initiative", &[("id", &initiative)])
        .await
        .unwrap();
    assert_eq!(seen["state"], "Archived");
    let actions = audit_actions(&app).await;
    let names: Vec<&str> = actions.iter().map(|a| a.0.as_str()).collect();
    assert_eq!(names, ["change_goals", "carry_out", "archive"]);
    let details: Option<String> =
        sqlx::query_scalar("SELECT details FROM audit_log WHERE action = 'change_goals'")
            .fetch_one(app.db().pool())
            .await
            .unwrap();
    assert_eq!(details, Some(format!("{},{}", goal(0), goal(1))));
    let kinds: Vec<String> = author
        .call("my_notifications", &[])
        .await
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["kind"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(kinds, ["Archived", "CarriedOut", "GoalsChanged"]);

    // A proposal still waiting for review is not changed this way.
    let pending = crate::helpers::proposed_initiative(&author, "Venter stadig").await;
    let early = moderator
        .call(
            "archive_initiative",
            &[
                ("initiative_id", &pending.to_string()),
                ("archive_note", ""),
            ],
        )
        .await;
    assert_eq!(
        problem(&early, "archive_note"),
        Some(Problem::AlreadyHandled)
    );
    assert_eq!(audit_actions(&app).await.len(), 3);
}

async fn the_audit_log_is_read_by_moderators_and_administrators_with_filters(app: TestApp) {
    let author = app.citizen("Mette").await;
    let mette = author.account_id().await.unwrap();
    let initiative = published_initiative(&app, &author, "Byttemarked").await;
    let id = comment(&author, initiative, "Hej", 1).await;
    let mona = app.with_role("Mona", Role::Moderator).await;
    let kim = app.with_role("Kim", Role::Moderator).await;
    hide(&mona, "comment", id, "Grimt").await.unwrap();
    restore(&kim, "comment", id).await.unwrap();
    suspend(&kim, mette, "1", "Pause").await.unwrap();

    let admin = app.with_role("Adam", Role::Administrator).await;
    let all = admin.call("audit_log", &[]).await.unwrap();
    assert_eq!(all["total"], 3);
    let newest_first: Vec<&str> = all["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(newest_first, ["Suspend", "Restore", "Hide"]);
    assert_eq!(all["entries"][2]["actor"], "Mona");
    assert_eq!(all["entries"][2]["reason"], "Grimt");
    assert_eq!(all["entries"][2]["target_label"], "Byttemarked");
    assert_eq!(all["entries"][0]["target_label"], "Mette");
    assert_eq!(all["actors"].as_array().unwrap().len(), 2);

    let by_action = mona.call("audit_log", &[("action", "hide")]).await.unwrap();
    assert_eq!(by_action["total"], 1);
    let by_target = mona
        .call("audit_log", &[("target", "account")])
        .await
        .unwrap();
    assert_eq!(by_target["total"], 1);
    let kim_id = kim.account_id().await.unwrap().to_string();
    let by_actor = mona
        .call("audit_log", &[("actor", kim_id.as_str())])
        .await
        .unwrap();
    assert_eq!(by_actor["total"], 2);
    let today = app::time::LocalDateTime::from_utc_seconds(app::db::now()).iso_date();
    let from_today = mona
        .call(
            "audit_log",
            &[("from", today.as_str()), ("to", today.as_str())],
        )
        .await
        .unwrap();
    assert_eq!(from_today["total"], 3, "'to' includes the whole day");
    let from_later = mona
        .call("audit_log", &[("from", "2999-01-01")])
        .await
        .unwrap();
    assert_eq!(from_later["total"], 0);

    for (caller, refusal) in [
        (app.visitor(), AppError::NotLoggedIn),
        (app.citizen("Ali").await, AppError::Forbidden),
        (
            app.with_role("Pia", Role::Politician).await,
            AppError::Forbidden,
        ),
    ] {
        assert_eq!(caller.call("audit_log", &[]).await, Err(refusal));
    }
}

/// Makes every insert into the audit log fail, as a full disk or a broken constraint would.
async fn break_the_audit_log(app: &TestApp) {
    match app.backend {
        crate::helpers::Backend::Sqlite => {
            sqlx::query(
                "CREATE TRIGGER audit_log_refuses BEFORE INSERT ON audit_log \
                 BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END",
            )
            .execute(app.db().pool())
            .await
            .unwrap();
        }
        crate::helpers::Backend::Postgres => {
            sqlx::query(
                "CREATE FUNCTION audit_log_refuses() RETURNS trigger LANGUAGE plpgsql AS $$ \
                 BEGIN RAISE EXCEPTION 'audit log unavailable'; END; $$",
            )
            .execute(app.db().pool())
            .await
            .unwrap();
            sqlx::query(
                "CREATE TRIGGER audit_log_refuses BEFORE INSERT ON audit_log \
                 FOR EACH ROW EXECUTE FUNCTION audit_log_refuses()",
            )
            .execute(app.db().pool())
            .await
            .unwrap();
        }
    }
}

async fn no_action_happens_when_its_audit_row_cannot_be_written(app: TestApp) {
    let author = app.citizen("Mette").await;
    let mette = author.account_id().await.unwrap();
    let initiative = published_initiative(&app, &author, "Cykelværksted").await;
    let id = comment(&author, initiative, "Hej", 1).await;
    let pending = crate::helpers::proposed_initiative(&author, "Venter").await;
    let reporter = app.citizen("Ali").await;
    report_comment(&reporter, id, "Grimt").await.unwrap();
    let moderator = app.with_role("Mona", Role::Moderator).await;
    // Something to restore, a suspension to lift, and a second proposal to decide on.
    let hidden = comment(&author, initiative, "Skjult", 2).await;
    hide(&moderator, "comment", hidden, "Grimt").await.unwrap();
    let suspended = app.citizen("Trold").await;
    let suspended_id = suspended.account_id().await.unwrap();
    suspend(&moderator, suspended_id, "7", "Pause")
        .await
        .unwrap();
    let second = crate::helpers::proposed_initiative(&author, "Venter også").await;
    let admin = app.with_role("Anne", Role::Administrator).await;
    let hidden_s = hidden.to_string();
    let audited_before = app.count("SELECT COUNT(*) FROM audit_log").await;
    break_the_audit_log(&app).await;

    assert_eq!(
        hide(&moderator, "comment", id, "Grimt").await,
        Err(AppError::Internal)
    );
    assert_eq!(
        dismiss(&moderator, "comment", id).await,
        Err(AppError::Internal)
    );
    assert_eq!(
        suspend(&moderator, mette, "7", "Pause").await,
        Err(AppError::Internal)
    );
    assert_eq!(
        moderator
            .call(
                "send_back_initiative",
                &[
                    ("initiative_id", &pending.to_string()),
                    ("reason", "Mere tekst")
                ]
            )
            .await,
        Err(AppError::Internal)
    );
    assert_eq!(
        moderator
            .call(
                "archive_initiative",
                &[
                    ("initiative_id", &initiative.to_string()),
                    ("archive_note", "")
                ]
            )
            .await,
        Err(AppError::Internal)
    );

    let goal = app.visitor().call("goals", &[]).await.unwrap()[0]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let (initiative_s, pending_s, second_s) = (
        initiative.to_string(),
        pending.to_string(),
        second.to_string(),
    );
    let (suspended_s, mette_s) = (suspended_id.to_string(), mette.to_string());
    let actions: Vec<(&str, Vec<(&str, &str)>)> = vec![
        (
            "publish_initiative",
            vec![
                ("initiative_id", &pending_s),
                ("goals[]", &goal),
                ("note", ""),
            ],
        ),
        (
            "reject_initiative",
            vec![("initiative_id", &second_s), ("reject_reason", "Nej")],
        ),
        (
            "change_initiative_goals",
            vec![
                ("initiative_id", &initiative_s),
                ("goals[]", &goal),
                ("goals_reason", "Demokrati"),
            ],
        ),
        (
            "carry_out_initiative",
            vec![("initiative_id", &initiative_s), ("carried_out_note", "")],
        ),
        (
            "restore_content",
            vec![
                ("target_kind", "comment"),
                ("target_id", &hidden_s),
                ("restore_note", ""),
            ],
        ),
        (
            "lift_suspension",
            vec![("account_id", &suspended_s), ("lift_note", "")],
        ),
    ];
    for (endpoint, fields) in &actions {
        assert_eq!(
            moderator.call(endpoint, fields).await,
            Err(AppError::Internal),
            "{endpoint}"
        );
    }
    let admin_actions: Vec<(&str, Vec<(&str, &str)>)> = vec![
        (
            "grant_role",
            vec![
                ("account_id", &mette_s),
                ("role", "moderator"),
                ("note", ""),
            ],
        ),
        (
            "add_neighbourhood",
            vec![("name", "Nyt"), ("residents", "")],
        ),
        ("retire_goal", vec![("goal_id", &goal)]),
        (
            "update_site_settings",
            vec![
                ("municipality_name", "Andet Sted"),
                ("accessibility_contact", ""),
                ("contact_email", ""),
                ("contact_phone", ""),
                ("contact_address", ""),
            ],
        ),
    ];
    for (endpoint, fields) in &admin_actions {
        assert_eq!(
            admin.call(endpoint, fields).await,
            Err(AppError::Internal),
            "{endpoint}"
        );
    }

    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log").await,
        audited_before
    );
    assert_eq!(shown_comment(&app, initiative, id).await["body"], "Hej");
    assert_eq!(open_reports(&app).await, 1, "the report is still open");
    let hidden_still: Option<i64> =
        sqlx::query_scalar("SELECT hidden_at FROM comments WHERE id = $1")
            .bind(hidden)
            .fetch_one(app.db().pool())
            .await
            .unwrap();
    assert!(hidden_still.is_some(), "the hidden comment stays hidden");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM suspensions WHERE lifted_at IS NULL")
            .await,
        1,
        "only the suspension made before, not lifted"
    );
    assert_eq!(author.site_info().await["suspension"], Value::Null);
    assert!(suspended.site_info().await["suspension"].is_object());
    assert_eq!(
        app.count("SELECT COUNT(*) FROM initiative_goals").await,
        0,
        "no goals were tied or changed"
    );
    let states: Vec<String> = sqlx::query_scalar("SELECT state FROM initiatives ORDER BY id")
        .fetch_all(app.db().pool())
        .await
        .unwrap();
    assert_eq!(states, ["published", "pending", "pending"]);
    assert!(
        app::accounts::store::roles_of(app.db(), mette)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM neighbourhoods WHERE name = 'Nyt'")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM goals WHERE retired_at IS NOT NULL")
            .await,
        0
    );
    assert!(
        !app.visitor()
            .site_info()
            .await
            .to_string()
            .contains("Andet Sted"),
        "the municipality keeps its name"
    );
}

/// A published initiative by `author` with one need; its id and the need's.
async fn initiative_with_need(app: &TestApp, author: &Visitor, title: &str) -> (i64, i64) {
    let id = crate::helpers::published_with(
        app,
        author,
        &[
            ("title", title),
            ("description", "Kom og vær med."),
            ("kind", "activity"),
            ("neighbourhood", ""),
            ("starts_at", ""),
            ("ends_at", ""),
            ("place", ""),
            ("needs", "En kage"),
        ],
    )
    .await;
    let seen = author
        .call("initiative", &[("id", &id.to_string())])
        .await
        .unwrap();
    (id, seen["needs"][0]["id"].as_i64().unwrap())
}

async fn a_suspended_account_cannot_reply_edit_resubmit_offer_or_take_on_initiators(app: TestApp) {
    let author = app.citizen("Mette").await;
    let (theirs, their_need) = initiative_with_need(&app, &author, "Fælleshave").await;
    let their_comment = comment(&author, theirs, "Velkommen", 1).await;
    // The account to be suspended is an initiator with a comment, a pending proposal and a
    // request to answer.
    let troll = app.citizen("Trold").await;
    let troll_id = troll.account_id().await.unwrap();
    let (own, _) = initiative_with_need(&app, &troll, "Trolleri").await;
    let own_comment = comment(&troll, theirs, "Hej", 2).await;
    let pending = crate::helpers::proposed_initiative(&troll, "Venter").await;
    let asker = app.citizen("Ali").await;
    asker
        .call("request_initiator", &[("initiative_id", &own.to_string())])
        .await
        .unwrap();
    let request = troll
        .call("initiative", &[("id", &own.to_string())])
        .await
        .unwrap()["initiator_requests"][0][0]
        .as_i64()
        .unwrap();
    let moderator = app.with_role("Mona", Role::Moderator).await;
    suspend(&moderator, troll_id, "indefinite", "Gentagne krænkelser.")
        .await
        .unwrap();

    let (theirs, own, pending) = (theirs.to_string(), own.to_string(), pending.to_string());
    let calls: Vec<(&str, Vec<(&str, String)>)> = vec![
        (
            "reply_to_comment",
            vec![
                ("comment_id", their_comment.to_string()),
                ("body", "Ha".into()),
                ("submission_key", key(3)),
            ],
        ),
        (
            "edit_comment",
            vec![
                ("comment_id", own_comment.to_string()),
                ("body", "Ha".into()),
            ],
        ),
        (
            "update_initiative",
            vec![
                ("initiative_id", pending.clone()),
                ("title", "Trolleri igen".into()),
                ("description", "Ha".into()),
                ("kind", "idea".into()),
                ("neighbourhood", "".into()),
                ("starts_at", "".into()),
                ("ends_at", "".into()),
                ("place", "".into()),
                ("needs", "".into()),
            ],
        ),
        ("request_initiator", vec![("initiative_id", theirs.clone())]),
        ("offer_need", vec![("need_id", their_need.to_string())]),
        (
            "decide_initiator_request",
            vec![
                ("request_id", request.to_string()),
                ("accept", "true".into()),
            ],
        ),
        (
            "report_comment",
            vec![
                ("comment_id", their_comment.to_string()),
                ("report_reason", "Ha".into()),
            ],
        ),
    ];
    for (endpoint, fields) in &calls {
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(
            troll.call(endpoint, &fields).await,
            Err(AppError::Suspended),
            "{endpoint}"
        );
    }
    // Nothing of it was stored.
    assert_eq!(
        app.count("SELECT COUNT(*) FROM comments WHERE parent_id IS NOT NULL")
            .await,
        0
    );
    assert_eq!(
        shown_comment(&app, theirs.parse().unwrap(), own_comment).await["body"],
        "Hej"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM initiatives WHERE title = 'Trolleri igen'")
            .await,
        0
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM reports").await, 0);
    let seen = asker.call("initiative", &[("id", &own)]).await.unwrap();
    assert_eq!(seen["initiators"], serde_json::json!(["Trold"]));
    let theirs_seen = author.call("initiative", &[("id", &theirs)]).await.unwrap();
    assert_eq!(theirs_seen["initiator_requests"], serde_json::json!([]));
    assert_eq!(theirs_seen["needs"][0]["offered_by"], serde_json::json!([]));
}

async fn a_suspended_moderator_or_administrator_reads_but_does_not_act(app: TestApp) {
    let author = app.citizen("Mette").await;
    let pending = crate::helpers::proposed_initiative(&author, "Venter").await;
    let suspended_moderator = app.with_role("Mads", Role::Moderator).await;
    let suspended_admin = app.with_role("Anne", Role::Administrator).await;
    let moderator = app.with_role("Mona", Role::Moderator).await;
    for account in [&suspended_moderator, &suspended_admin] {
        let id = account.account_id().await.unwrap();
        suspend(&moderator, id, "7", "Misbrug af rollen.")
            .await
            .unwrap();
    }

    // Reading the queues goes on.
    assert!(suspended_moderator.call("review_queue", &[]).await.is_ok());
    assert!(suspended_moderator.call("report_queue", &[]).await.is_ok());
    assert!(
        suspended_admin
            .call("admin_neighbourhoods", &[])
            .await
            .is_ok()
    );
    // Acting does not.
    let goal = app.visitor().call("goals", &[]).await.unwrap()[0]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let id = pending.to_string();
    assert_eq!(
        suspended_moderator
            .call(
                "publish_initiative",
                &[("initiative_id", &id), ("goals[]", &goal), ("note", "")],
            )
            .await,
        Err(AppError::Suspended)
    );
    let mona = moderator.account_id().await.unwrap();
    assert_eq!(
        suspend(&suspended_moderator, mona, "7", "Hævn.").await,
        Err(AppError::Suspended),
        "a suspended moderator cannot suspend the one who suspended them"
    );
    assert_eq!(
        suspended_admin
            .call(
                "add_neighbourhood",
                &[("name", "Nyt kvarter"), ("residents", "100")],
            )
            .await,
        Err(AppError::Suspended)
    );
    assert_eq!(
        suspended_admin
            .call(
                "grant_role",
                &[
                    ("account_id", &mona.to_string()),
                    ("role", "administrator"),
                    ("note", ""),
                ],
            )
            .await,
        Err(AppError::Suspended)
    );
    let state: String = sqlx::query_scalar("SELECT state FROM initiatives WHERE id = $1")
        .bind(pending)
        .fetch_one(app.db().pool())
        .await
        .unwrap();
    assert_eq!(state, "pending");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM neighbourhoods WHERE name = 'Nyt kvarter'")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM suspensions").await,
        2,
        "only the two suspensions by Mona"
    );
}

async fn report_initiative(reporter: &Visitor, id: i64, reason: &str) -> Result<Value, AppError> {
    reporter
        .call(
            "report_initiative",
            &[
                ("initiative_id", &id.to_string()),
                ("report_reason", reason),
            ],
        )
        .await
}

async fn an_initiative_reported_by_three_people_is_hidden_until_a_moderator_looks(app: TestApp) {
    let author = app.citizen("Mette").await;
    let id = published_initiative(&app, &author, "Billig reklame").await;
    for (n, name) in ["Ali", "Bo", "Cem"].iter().enumerate() {
        let reporter = app.citizen(name).await;
        report_initiative(&reporter, id, "Reklame").await.unwrap();
        let listed = app
            .visitor()
            .call("published_initiatives", &[])
            .await
            .unwrap();
        let shown = listed["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["id"] == id);
        assert_eq!(shown, n < 2, "listed after {} reports", n + 1);
    }
    let seen = app
        .visitor()
        .call("initiative", &[("id", &id.to_string())])
        .await
        .unwrap();
    assert!(!seen["hidden"].is_null(), "the page says it is hidden");
    assert_ne!(seen["description"], "Kom og vær med.", "not its text");
    let moderator = app.with_role("Mona", Role::Moderator).await;
    let queue = moderator.call("report_queue", &[]).await.unwrap();
    let text = queue.to_string();
    assert!(
        text.contains("Billig reklame"),
        "the queue shows the item: {text}"
    );

    restore(&moderator, "initiative", id).await.unwrap();
    let seen = app
        .visitor()
        .call("initiative", &[("id", &id.to_string())])
        .await
        .unwrap();
    assert!(seen["hidden"].is_null());
    assert_eq!(seen["description"], "Kom og vær med.");
    let actions: Vec<(String, String)> = audit_actions(&app)
        .await
        .into_iter()
        .map(|a| (a.0, a.1))
        .collect();
    assert_eq!(actions, [("restore".to_owned(), "initiative".to_owned())]);
}

async fn nobody_reports_an_initiative_they_are_an_initiator_of(app: TestApp) {
    let author = app.citizen("Mette").await;
    let id = published_initiative(&app, &author, "Fælleshave").await;
    assert_eq!(
        report_initiative(&author, id, "Min egen").await,
        Err(AppError::Forbidden)
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM reports").await, 0);
}
