//! Moderating content and accounts, on SQLite and PostgreSQL: reports and the report queue,
//! hiding (by a moderator, or automatically at three reporters), restoring and dismissing;
//! changing goals, carrying out and archiving published initiatives; suspensions; and the
//! audit row of every action, with the audit log as moderators read it.

use crate::helpers::{
    TestApp, Visitor, comment_on, edit_of, first_comment_page, form_key, goal_ids, grant_role,
    idea, join, post_comment, problem, proposed_initiative, publish_under, published_initiative,
    published_list, published_with, reject, report_comment, report_initiative, send_back,
    whole_audit_log,
};
use app::accounts::my_account::UpdateProfile;
use app::accounts::role::Role;
use app::admin::goals::RetireGoal;
use app::admin::neighbourhoods::{AddNeighbourhood, AdminNeighbourhoods};
use app::admin::settings::UpdateSiteSettings;
use app::comments::write::{EditComment, ReplyToComment};
use app::comments::{CommentPage, CommentView};
use app::error::{AppError, Problem};
use app::ids::{AccountId, CommentId, InitiativeId, NeedId};
use app::initiatives::Detail;
use app::initiatives::detail::Initiative;
use app::initiatives::initiators::{DecideInitiatorRequest, RequestInitiator};
use app::initiatives::kind::State;
use app::initiatives::list::ResultPage;
use app::initiatives::needs::OfferNeed;
use app::initiatives::propose::Propose;
use app::moderation::audit::Action;
use app::moderation::audit::LogPage;
use app::moderation::audit::log::AuditLog;
use app::moderation::published::{ArchiveInitiative, CarryOutInitiative, ChangeInitiativeGoals};
use app::moderation::reports::queue::{DismissReports, HideContent, ReportQueue, RestoreContent};
use app::moderation::review::ReviewQueue;
use app::moderation::suspensions::{AccountOverview, LiftSuspension, SuspendAccount};
use app::moderation::{Hidden, Target};
use app::notifications::page::MyNotifications;
use app::notifications::{Kind as Notice, Notification};
use app::timestamp::DAY;

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

/// The first page of the initiative's comments, as `visitor` sees it.
async fn comments(visitor: &Visitor, initiative: InitiativeId) -> Result<CommentPage, AppError> {
    visitor.run(first_comment_page(initiative)).await
}

/// The comment as a visitor sees it in the thread list.
async fn shown_comment(app: &TestApp, initiative: InitiativeId, id: CommentId) -> CommentView {
    comments(&app.visitor(), initiative)
        .await
        .unwrap()
        .threads
        .into_iter()
        .map(|t| t.comment)
        .find(|c| c.id == id)
        .expect("the comment's place is still shown")
}

async fn hide(moderator: &Visitor, target: Target, reason: &str) -> Result<(), AppError> {
    moderator
        .run(HideContent {
            target_kind: target.kind().to_owned(),
            target_id: target.id(),
            hide_reason: reason.to_owned(),
            back: None,
        })
        .await
}

async fn restore(moderator: &Visitor, target: Target) -> Result<(), AppError> {
    moderator
        .run(RestoreContent {
            target_kind: target.kind().to_owned(),
            target_id: target.id(),
            restore_note: String::new(),
            back: None,
        })
        .await
}

async fn dismiss(moderator: &Visitor, target: Target) -> Result<(), AppError> {
    moderator
        .run(DismissReports {
            target_kind: target.kind().to_owned(),
            target_id: target.id(),
            dismiss_note: String::new(),
        })
        .await
}

async fn suspend(
    moderator: &Visitor,
    account: AccountId,
    period: &str,
    reason: &str,
) -> Result<(), AppError> {
    moderator
        .run(SuspendAccount {
            account_id: account,
            period: Some(period.to_owned()),
            suspend_reason: reason.to_owned(),
        })
        .await
}

async fn lift(moderator: &Visitor, account: AccountId, note: &str) -> Result<(), AppError> {
    moderator
        .run(LiftSuspension {
            account_id: account,
            lift_note: note.to_owned(),
        })
        .await
}

async fn notifications(visitor: &Visitor) -> Vec<Notification> {
    visitor.run(MyNotifications {}).await.unwrap()
}

async fn detail(visitor: &Visitor, id: InitiativeId) -> Detail {
    visitor.run(Initiative { id }).await.unwrap()
}

/// The first page of the public list of initiatives.
async fn listed(app: &TestApp) -> ResultPage {
    app.visitor().run(published_list()).await.unwrap()
}

/// The audit log as `reader` sees it, narrowed by `filters`.
async fn audit_log(reader: &Visitor, filters: AuditLog) -> Result<LogPage, AppError> {
    reader.run(filters).await
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
    let id = comment_on(&author, initiative, "Alle er velkomne", 1).await;
    for (n, name) in ["Ali", "Bo", "Cai"].into_iter().enumerate() {
        let reporter = app.established(name).await;
        report_comment(&reporter, id, &format!("Grund {n}"))
            .await
            .unwrap();
        let shown = shown_comment(&app, initiative, id).await;
        if n < 2 {
            assert_eq!(
                shown.body.as_deref(),
                Some("Alle er velkomne"),
                "after {} reports",
                n + 1
            );
        } else {
            assert_eq!(shown.body, None, "hidden at the third reporter");
            assert_eq!(shown.hidden, Some(Hidden::PendingReview));
        }
    }
    let moderator = app.with_role("Mona", Role::Moderator).await;
    let queue = moderator.run(ReportQueue {}).await.unwrap();
    assert_eq!(queue.len(), 1);
    assert_eq!(queue[0].target, Target::Comment(id));
    assert_eq!(queue[0].reporters, 3);
    assert_eq!(queue[0].hidden, Some(Hidden::PendingReview));
    assert_eq!(queue[0].text, "Alle er velkomne");
    assert_eq!(queue[0].author, "Mette");
    assert_eq!(queue[0].initiative_title, "Fællesspisning");
    let reasons: Vec<&str> = queue[0].reasons.iter().map(|r| r.reason.as_str()).collect();
    assert_eq!(reasons, ["Grund 0", "Grund 1", "Grund 2"]);

    restore(&moderator, Target::Comment(id)).await.unwrap();
    assert_eq!(
        shown_comment(&app, initiative, id).await.body.as_deref(),
        Some("Alle er velkomne")
    );
    assert_eq!(open_reports(&app).await, 0);
    assert!(moderator.run(ReportQueue {}).await.unwrap().is_empty());
    let actions = audit_actions(&app).await;
    assert_eq!(actions.len(), 1);
    assert_eq!(
        (actions[0].0.as_str(), actions[0].1.as_str(), actions[0].2),
        ("restore", "comment", id.0)
    );
    assert!(
        notifications(&author).await.is_empty(),
        "nobody told the author of an automatic hide, so nothing to undo"
    );
}

async fn one_person_reporting_twice_counts_once(app: TestApp) {
    let author = app.citizen("Mette").await;
    let initiative = published_initiative(&app, &author, "Loppemarked").await;
    let id = comment_on(&author, initiative, "Sælger cykler", 1).await;
    let ali = app.citizen("Ali").await;
    let bo = app.citizen("Bo").await;
    for _ in 0..3 {
        report_comment(&ali, id, "Spam").await.unwrap();
    }
    report_comment(&bo, id, "Spam").await.unwrap();
    assert_eq!(open_reports(&app).await, 2);
    assert_eq!(
        shown_comment(&app, initiative, id).await.body.as_deref(),
        Some("Sælger cykler")
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
    let id = comment_on(&author, initiative, "Bål kl. 21", 1).await;
    let (a, b, c) = (
        app.established("Ali").await,
        app.established("Bo").await,
        app.established("Cai").await,
    );
    let (ra, rb, rc) = tokio::join!(
        report_comment(&a, id, "Grund"),
        report_comment(&b, id, "Grund"),
        report_comment(&c, id, "Grund")
    );
    assert!(ra.is_ok() && rb.is_ok() && rc.is_ok());
    assert_eq!(
        shown_comment(&app, initiative, id).await.hidden,
        Some(Hidden::PendingReview),
        "whatever order the reports committed in, the last check saw all three"
    );
}

async fn a_moderator_hides_a_comment_with_a_reason_and_its_author_is_told(app: TestApp) {
    let author = app.citizen("Mette").await;
    let initiative = published_initiative(&app, &author, "Gåtur").await;
    let id = comment_on(&author, initiative, "Noget grimt", 1).await;
    let ali = app.citizen("Ali").await;
    report_comment(&ali, id, "Grimt sprog").await.unwrap();
    let moderator = app.with_role("Mona", Role::Moderator).await;
    hide(&moderator, Target::Comment(id), "Sproget er krænkende.")
        .await
        .unwrap();

    let shown = shown_comment(&app, initiative, id).await;
    assert_eq!(shown.body, None);
    assert_eq!(shown.hidden, Some(Hidden::ByModerator));
    assert!(!shown.mine);
    let as_author = comments(&author, initiative).await.unwrap();
    assert_eq!(
        as_author.threads[0].comment.body, None,
        "the author sees it hidden too"
    );
    // Hidden is not editable or answerable.
    assert_eq!(
        author
            .run(EditComment {
                comment_id: id,
                body: "Pænere".to_owned(),
            })
            .await,
        Err(AppError::NotFound)
    );
    assert_eq!(open_reports(&app).await, 0, "the report is answered");
    let told = notifications(&author).await;
    assert_eq!(told[0].kind, Notice::Hidden);
    assert_eq!(told[0].reason.as_deref(), Some("Sproget er krænkende."));
    assert_eq!(told[0].initiative_title.as_deref(), Some("Gåtur"));

    restore(&moderator, Target::Comment(id)).await.unwrap();
    assert_eq!(
        shown_comment(&app, initiative, id).await.body.as_deref(),
        Some("Noget grimt")
    );
    let told = notifications(&author).await;
    assert_eq!(told[0].kind, Notice::Restored);
    let actions: Vec<String> = audit_actions(&app).await.into_iter().map(|a| a.0).collect();
    assert_eq!(actions, ["hide", "restore"]);
    // Restoring what is not hidden changes nothing and is said so.
    assert_eq!(
        problem(
            &restore(&moderator, Target::Comment(id)).await,
            "restore_note"
        ),
        Some(Problem::AlreadyHandled)
    );
    assert_eq!(audit_actions(&app).await.len(), 2);
}

async fn dismissing_reports_shows_automatic_hides_again_but_not_a_moderators(app: TestApp) {
    let author = app.citizen("Mette").await;
    let initiative = published_initiative(&app, &author, "Koncert").await;
    let first = comment_on(&author, initiative, "Første", 1).await;
    let second = comment_on(&author, initiative, "Anden", 2).await;
    for name in ["Ali", "Bo", "Cai"] {
        let reporter = app.established(name).await;
        report_comment(&reporter, first, "Uenig").await.unwrap();
        report_comment(&reporter, second, "Uenig").await.unwrap();
    }
    let moderator = app.with_role("Mona", Role::Moderator).await;
    dismiss(&moderator, Target::Comment(first)).await.unwrap();
    assert_eq!(
        shown_comment(&app, initiative, first).await.body.as_deref(),
        Some("Første")
    );

    hide(&moderator, Target::Comment(second), "Bekræftet")
        .await
        .unwrap();
    assert_eq!(
        shown_comment(&app, initiative, second).await.hidden,
        Some(Hidden::ByModerator),
        "hiding confirms an automatic hide"
    );
    assert_eq!(
        problem(
            &dismiss(&moderator, Target::Comment(second)).await,
            "dismiss_note"
        ),
        Some(Problem::AlreadyHandled),
        "the hide answered the reports: nothing left to dismiss"
    );
    assert_eq!(
        shown_comment(&app, initiative, second).await.hidden,
        Some(Hidden::ByModerator)
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
    comment_on(&author, id, "Køb nu", 1).await;
    let moderator = app.with_role("Mona", Role::Moderator).await;
    hide(
        &moderator,
        Target::Initiative(id),
        "Reklame hører ikke hjemme her.",
    )
    .await
    .unwrap();

    assert_eq!(listed(&app).await.total, 0);
    let visitor = app.citizen("Ali").await;
    let seen = detail(&visitor, id).await;
    assert!(seen.content_withheld);
    assert_eq!(seen.hidden, Some(Hidden::ByModerator));
    assert_eq!(seen.title, "");
    assert_eq!(seen.description, "");
    assert_eq!(seen.hidden_reason, None);
    assert_eq!(join(&visitor, id, "active").await, Err(AppError::NotFound));
    assert_eq!(
        comments(&visitor, id).await,
        Err(AppError::NotFound),
        "its conversation is hidden with it"
    );
    let own = detail(&author, id).await;
    assert_eq!(own.title, "Billige solbriller");
    assert_eq!(
        own.hidden_reason.as_deref(),
        Some("Reklame hører ikke hjemme her.")
    );
    let told = notifications(&author).await;
    assert_eq!(told[0].kind, Notice::Hidden);

    restore(&moderator, Target::Initiative(id)).await.unwrap();
    assert_eq!(listed(&app).await.total, 1);
}

async fn two_moderators_hiding_at_once_hide_once(app: TestApp) {
    let author = app.citizen("Mette").await;
    let initiative = published_initiative(&app, &author, "Strikkeklub").await;
    let first = app.with_role("Mona", Role::Moderator).await;
    let second = app.with_role("Kim", Role::Moderator).await;
    for round in 0..4 {
        let id = comment_on(&author, initiative, &format!("Kommentar {round}"), round).await;
        let (a, b) = tokio::join!(
            hide(&first, Target::Comment(id), "Grimt"),
            hide(&second, Target::Comment(id), "Også grimt")
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
    let own_comment = comment_on(&moderator, initiative, "Mit eget", 1).await;
    let citizen = app.citizen("Ali").await;
    report_comment(&citizen, own_comment, "Grimt")
        .await
        .unwrap();
    report_initiative(&citizen, initiative, "Grimt")
        .await
        .unwrap();
    for target in [Target::Comment(own_comment), Target::Initiative(initiative)] {
        assert_eq!(
            hide(&moderator, target, "Nej").await,
            Err(AppError::Forbidden)
        );
        assert_eq!(dismiss(&moderator, target).await, Err(AppError::Forbidden));
        assert_eq!(restore(&moderator, target).await, Err(AppError::Forbidden));
    }
    let queue = moderator.run(ReportQueue {}).await.unwrap();
    assert!(queue.iter().all(|item| item.own));
    assert_eq!(
        suspend(&moderator, mona, "7", "Test").await,
        Err(AppError::Forbidden)
    );
    assert_eq!(lift(&moderator, mona, "").await, Err(AppError::Forbidden));
    let decisions = [
        (
            "carry_out_initiative",
            moderator
                .run(CarryOutInitiative {
                    initiative_id: initiative,
                    carried_out_note: "Fordi".to_owned(),
                })
                .await,
        ),
        (
            "archive_initiative",
            moderator
                .run(ArchiveInitiative {
                    initiative_id: initiative,
                    archive_note: "Fordi".to_owned(),
                })
                .await,
        ),
        (
            "change_initiative_goals",
            moderator
                .run(ChangeInitiativeGoals {
                    initiative_id: initiative,
                    goals: None,
                    goals_reason: "Fordi".to_owned(),
                })
                .await,
        ),
    ];
    for (endpoint, result) in decisions {
        assert_eq!(result, Err(AppError::Forbidden), "{endpoint}");
    }
    assert_eq!(audit_actions(&app).await.len(), 0);
    // Another moderator may.
    let other = app.with_role("Kim", Role::Moderator).await;
    hide(&other, Target::Comment(own_comment), "Grimt")
        .await
        .unwrap();
}

async fn only_moderators_answer_reports_and_suspend(app: TestApp) {
    let author = app.citizen("Mette").await;
    let initiative = published_initiative(&app, &author, "Bogbytte").await;
    let id = comment_on(&author, initiative, "Hej", 1).await;
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
            caller.run(ReportQueue {}).await.as_ref().err(),
            Some(refusal)
        );
        assert_eq!(
            hide(caller, Target::Comment(id), "Grimt")
                .await
                .err()
                .as_ref(),
            Some(refusal)
        );
        assert_eq!(
            suspend(caller, mette, "7", "Grimt").await.err().as_ref(),
            Some(refusal)
        );
        assert_eq!(
            caller
                .run(AccountOverview { account_id: mette })
                .await
                .err()
                .as_ref(),
            Some(refusal)
        );
    }
    assert_eq!(
        shown_comment(&app, initiative, id).await.body.as_deref(),
        Some("Hej"),
        "nothing was hidden"
    );
    assert_eq!(audit_actions(&app).await.len(), 0);
}

async fn every_action_needs_its_reason_and_writes_nothing_without(app: TestApp) {
    let author = app.citizen("Mette").await;
    let mette = author.account_id().await.unwrap();
    let initiative = published_initiative(&app, &author, "Havedag").await;
    let id = comment_on(&author, initiative, "Hej", 1).await;
    let moderator = app.with_role("Mona", Role::Moderator).await;
    let refused = hide(&moderator, Target::Comment(id), "   ").await;
    assert_eq!(problem(&refused, "hide_reason"), Some(Problem::Required));
    let Err(AppError::Invalid(invalid)) = &refused else {
        panic!("expected Invalid")
    };
    assert_eq!(invalid.value_of("target_id"), Some(id.to_string().as_str()));
    assert_eq!(
        moderator
            .run(HideContent {
                target_kind: "account".to_owned(),
                target_id: id.0,
                hide_reason: "Grimt".to_owned(),
                back: None,
            })
            .await,
        Err(AppError::BadRequest),
        "only initiatives and comments are hidden"
    );
    assert_eq!(
        hide(&moderator, Target::Comment(CommentId(999_999)), "Grimt").await,
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
        .run(ChangeInitiativeGoals {
            initiative_id: initiative,
            goals: None,
            goals_reason: String::new(),
        })
        .await;
    assert_eq!(problem(&goals, "change_goals"), Some(Problem::NoGoal));
    assert_eq!(problem(&goals, "goals_reason"), Some(Problem::Required));
    assert_eq!(
        suspend(&moderator, AccountId(999_999), "7", "Grimt").await,
        Err(AppError::NotFound)
    );
    assert_eq!(audit_actions(&app).await.len(), 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM suspensions").await, 0);
    assert_eq!(
        shown_comment(&app, initiative, id).await.body.as_deref(),
        Some("Hej")
    );
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

    let suspension = troll.site_info().await.suspension.expect("in force");
    assert_eq!(suspension.reason, "Gentagne krænkelser.");
    assert!(suspension.until.is_some());
    let told = notifications(&troll).await;
    assert_eq!(told[0].kind, Notice::Suspended);
    assert_eq!(told[0].reason.as_deref(), Some("Gentagne krænkelser."));

    let id = initiative;
    assert!(
        troll.run(Initiative { id }).await.is_ok(),
        "reading stays open"
    );
    assert!(comments(&troll, id).await.is_ok());
    let refused = [
        join(&troll, id, "active").await,
        post_comment(&troll, id, "Ha", 9).await,
        report_initiative(&troll, id, "Ha").await,
        troll
            .run(Propose {
                description: "Ha".to_owned(),
                ..idea("Trolleri")
            })
            .await,
        troll
            .run(UpdateProfile {
                display_name: "Ny trold".to_owned(),
                neighbourhood: String::new(),
            })
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

    lift(&moderator, troll_id, "Talt sammen.").await.unwrap();
    assert_eq!(troll.site_info().await.suspension, None);
    join(&troll, id, "active").await.unwrap();
    let overview = moderator
        .run(AccountOverview {
            account_id: troll_id,
        })
        .await
        .unwrap();
    assert!(!overview.suspensions[0].in_force);
    assert!(overview.suspensions[0].lifted_at.is_some());
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
    let again = lift(&moderator, troll_id, "").await;
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
    .bind(now.minus(10 * DAY))
    .bind(now.minus(3 * DAY))
    .bind(mona)
    .execute(app.db().pool())
    .await
    .unwrap();
    assert_eq!(person.site_info().await.suspension, None);
    join(&person, initiative, "active").await.unwrap();
    // A new suspension closes the old one that ran out, and takes force.
    suspend(&moderator, ali, "indefinite", "Ny grund")
        .await
        .unwrap();
    let suspension = person.site_info().await.suspension.expect("in force");
    assert_eq!(suspension.reason, "Ny grund");
    assert_eq!(suspension.until, None);
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
    let goals = goal_ids(&app).await;
    moderator
        .run(ChangeInitiativeGoals {
            initiative_id: id,
            goals: Some(vec![goals[0].to_string(), goals[1].to_string()]),
            goals_reason: "Den handler også om demokrati.".to_owned(),
        })
        .await
        .unwrap();
    let seen = detail(&app.visitor(), id).await;
    assert_eq!(seen.goals.len(), 2);
    let told = notifications(&author).await;
    assert_eq!(told[0].kind, Notice::GoalsChanged);
    assert_eq!(
        told[0].reason.as_deref(),
        Some("Den handler også om demokrati.")
    );

    let carry_out = CarryOutInitiative {
        initiative_id: id,
        carried_out_note: String::new(),
    };
    moderator.run(carry_out.clone()).await.unwrap();
    let seen = detail(&app.visitor(), id).await;
    assert_eq!(seen.state, State::CarriedOut);
    let joiner = app.citizen("Ali").await;
    assert_eq!(
        join(&joiner, id, "active").await,
        Err(AppError::Forbidden),
        "a carried out initiative takes no new participants"
    );
    let again = moderator.run(carry_out).await;
    assert_eq!(
        problem(&again, "carried_out_note"),
        Some(Problem::AlreadyHandled)
    );

    moderator
        .run(ArchiveInitiative {
            initiative_id: id,
            archive_note: "Gammelt.".to_owned(),
        })
        .await
        .unwrap();
    let seen = detail(&app.visitor(), id).await;
    assert_eq!(seen.state, State::Archived);
    let actions = audit_actions(&app).await;
    let names: Vec<&str> = actions.iter().map(|a| a.0.as_str()).collect();
    assert_eq!(names, ["change_goals", "carry_out", "archive"]);
    let details: Option<String> =
        sqlx::query_scalar("SELECT details FROM audit_log WHERE action = 'change_goals'")
            .fetch_one(app.db().pool())
            .await
            .unwrap();
    assert_eq!(details, Some(format!("{},{}", goals[0], goals[1])));
    let kinds: Vec<Notice> = notifications(&author)
        .await
        .into_iter()
        .map(|n| n.kind)
        .collect();
    assert_eq!(
        kinds,
        [Notice::Archived, Notice::CarriedOut, Notice::GoalsChanged]
    );

    // A proposal still waiting for review is not changed this way.
    let pending = proposed_initiative(&author, "Venter stadig").await;
    let early = moderator
        .run(ArchiveInitiative {
            initiative_id: pending,
            archive_note: String::new(),
        })
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
    let id = comment_on(&author, initiative, "Hej", 1).await;
    let mona = app.with_role("Mona", Role::Moderator).await;
    let kim = app.with_role("Kim", Role::Moderator).await;
    hide(&mona, Target::Comment(id), "Grimt").await.unwrap();
    restore(&kim, Target::Comment(id)).await.unwrap();
    suspend(&kim, mette, "1", "Pause").await.unwrap();

    let admin = app.with_role("Adam", Role::Administrator).await;
    let all = audit_log(&admin, whole_audit_log()).await.unwrap();
    assert_eq!(all.total, 3);
    let newest_first: Vec<Action> = all.entries.iter().map(|e| e.action).collect();
    assert_eq!(
        newest_first,
        [Action::Suspend, Action::Restore, Action::Hide]
    );
    assert_eq!(all.entries[2].actor, "Mona");
    assert_eq!(all.entries[2].reason.as_deref(), Some("Grimt"));
    assert_eq!(all.entries[2].target_label.as_deref(), Some("Byttemarked"));
    assert_eq!(all.entries[0].target_label.as_deref(), Some("Mette"));
    assert_eq!(all.actors.len(), 2);

    let kim_id = kim.account_id().await.unwrap();
    let today = app::db::now().local().iso_date();
    let filtered = [
        (
            "by action",
            AuditLog {
                action: Some("hide".to_owned()),
                ..whole_audit_log()
            },
            1,
        ),
        (
            "by target",
            AuditLog {
                target: Some("account".to_owned()),
                ..whole_audit_log()
            },
            1,
        ),
        (
            "by actor",
            AuditLog {
                actor: Some(kim_id.to_string()),
                ..whole_audit_log()
            },
            2,
        ),
        (
            "from and to today: 'to' includes the whole day",
            AuditLog {
                from: Some(today.clone()),
                to: Some(today),
                ..whole_audit_log()
            },
            3,
        ),
        (
            "from a later day",
            AuditLog {
                from: Some("2999-01-01".to_owned()),
                ..whole_audit_log()
            },
            0,
        ),
    ];
    for (what, filters, total) in filtered {
        assert_eq!(
            audit_log(&mona, filters).await.unwrap().total,
            total,
            "{what}"
        );
    }

    for (caller, refusal) in [
        (app.visitor(), AppError::NotLoggedIn),
        (app.citizen("Ali").await, AppError::Forbidden),
        (
            app.with_role("Pia", Role::Politician).await,
            AppError::Forbidden,
        ),
    ] {
        assert_eq!(audit_log(&caller, whole_audit_log()).await, Err(refusal));
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
    let id = comment_on(&author, initiative, "Hej", 1).await;
    let pending = proposed_initiative(&author, "Venter").await;
    let reporter = app.citizen("Ali").await;
    report_comment(&reporter, id, "Grimt").await.unwrap();
    let moderator = app.with_role("Mona", Role::Moderator).await;
    // Something to restore, a suspension to lift, and a second proposal to decide on.
    let hidden = comment_on(&author, initiative, "Skjult", 2).await;
    hide(&moderator, Target::Comment(hidden), "Grimt")
        .await
        .unwrap();
    let suspended = app.citizen("Trold").await;
    let suspended_id = suspended.account_id().await.unwrap();
    suspend(&moderator, suspended_id, "7", "Pause")
        .await
        .unwrap();
    let second = proposed_initiative(&author, "Venter også").await;
    let admin = app.with_role("Anne", Role::Administrator).await;
    let audited_before = app.count("SELECT COUNT(*) FROM audit_log").await;
    break_the_audit_log(&app).await;

    let goal = goal_ids(&app).await[0];
    let actions = [
        (
            "hide_content",
            hide(&moderator, Target::Comment(id), "Grimt").await,
        ),
        (
            "dismiss_reports",
            dismiss(&moderator, Target::Comment(id)).await,
        ),
        (
            "suspend_account",
            suspend(&moderator, mette, "7", "Pause").await,
        ),
        (
            "send_back_initiative",
            send_back(&moderator, pending, "Mere tekst").await,
        ),
        (
            "archive_initiative",
            moderator
                .run(ArchiveInitiative {
                    initiative_id: initiative,
                    archive_note: String::new(),
                })
                .await,
        ),
        (
            "publish_initiative",
            publish_under(&moderator, pending, &[goal], "").await,
        ),
        ("reject_initiative", reject(&moderator, second, "Nej").await),
        (
            "change_initiative_goals",
            moderator
                .run(ChangeInitiativeGoals {
                    initiative_id: initiative,
                    goals: Some(vec![goal.to_string()]),
                    goals_reason: "Demokrati".to_owned(),
                })
                .await,
        ),
        (
            "carry_out_initiative",
            moderator
                .run(CarryOutInitiative {
                    initiative_id: initiative,
                    carried_out_note: String::new(),
                })
                .await,
        ),
        (
            "restore_content",
            restore(&moderator, Target::Comment(hidden)).await,
        ),
        ("lift_suspension", lift(&moderator, suspended_id, "").await),
    ];
    for (endpoint, result) in actions {
        assert_eq!(result, Err(AppError::Internal), "{endpoint}");
    }
    let admin_actions = [
        (
            "grant_role",
            admin.run(grant_role(mette, "moderator", "")).await,
        ),
        (
            "add_neighbourhood",
            admin
                .run(AddNeighbourhood {
                    name: "Nyt".to_owned(),
                    residents: String::new(),
                })
                .await,
        ),
        ("retire_goal", admin.run(RetireGoal { goal_id: goal }).await),
        (
            "update_site_settings",
            admin
                .run(UpdateSiteSettings {
                    municipality_name: "Andet Sted".to_owned(),
                    accessibility_statement: None,
                    accessibility_contact: String::new(),
                    contact_email: String::new(),
                    contact_phone: String::new(),
                    contact_address: String::new(),
                })
                .await,
        ),
    ];
    for (endpoint, result) in admin_actions {
        assert_eq!(result, Err(AppError::Internal), "{endpoint}");
    }

    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log").await,
        audited_before
    );
    assert_eq!(
        shown_comment(&app, initiative, id).await.body.as_deref(),
        Some("Hej")
    );
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
    assert_eq!(author.site_info().await.suspension, None);
    assert!(suspended.site_info().await.suspension.is_some());
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
        !serde_json::to_string(&app.visitor().site_info().await)
            .unwrap()
            .contains("Andet Sted"),
        "the municipality keeps its name"
    );
}

/// A published initiative by `author` with one need; its id and the need's.
async fn initiative_with_need(
    app: &TestApp,
    author: &Visitor,
    title: &str,
) -> (InitiativeId, NeedId) {
    let proposal = Propose {
        kind: "activity".to_owned(),
        needs: "En kage".to_owned(),
        ..idea(title)
    };
    let id = published_with(app, author, proposal).await;
    (id, detail(author, id).await.needs[0].id)
}

async fn a_suspended_account_cannot_reply_edit_resubmit_offer_or_take_on_initiators(app: TestApp) {
    let author = app.citizen("Mette").await;
    let (theirs, their_need) = initiative_with_need(&app, &author, "Fælleshave").await;
    let their_comment = comment_on(&author, theirs, "Velkommen", 1).await;
    // The account to be suspended is an initiator with a comment, a pending proposal and a
    // request to answer.
    let troll = app.citizen("Trold").await;
    let troll_id = troll.account_id().await.unwrap();
    let (own, _) = initiative_with_need(&app, &troll, "Trolleri").await;
    let own_comment = comment_on(&troll, theirs, "Hej", 2).await;
    let pending = proposed_initiative(&troll, "Venter").await;
    let asker = app.citizen("Ali").await;
    asker
        .run(RequestInitiator { initiative_id: own })
        .await
        .unwrap();
    let request = detail(&troll, own).await.initiator_requests[0].id;
    let moderator = app.with_role("Mona", Role::Moderator).await;
    suspend(&moderator, troll_id, "indefinite", "Gentagne krænkelser.")
        .await
        .unwrap();

    let calls = [
        (
            "reply_to_comment",
            troll
                .run(ReplyToComment {
                    comment_id: their_comment,
                    body: "Ha".to_owned(),
                    submission_key: form_key(3),
                })
                .await,
        ),
        (
            "edit_comment",
            troll
                .run(EditComment {
                    comment_id: own_comment,
                    body: "Ha".to_owned(),
                })
                .await,
        ),
        (
            "update_initiative",
            troll
                .run(edit_of(
                    pending,
                    Propose {
                        description: "Ha".to_owned(),
                        ..idea("Trolleri igen")
                    },
                ))
                .await,
        ),
        (
            "request_initiator",
            troll
                .run(RequestInitiator {
                    initiative_id: theirs,
                })
                .await,
        ),
        (
            "offer_need",
            troll
                .run(OfferNeed {
                    need_id: their_need,
                })
                .await,
        ),
        (
            "decide_initiator_request",
            troll
                .run(DecideInitiatorRequest {
                    request_id: request,
                    accept: true,
                })
                .await,
        ),
        (
            "report_comment",
            report_comment(&troll, their_comment, "Ha").await,
        ),
    ];
    for (endpoint, result) in calls {
        assert_eq!(result, Err(AppError::Suspended), "{endpoint}");
    }
    // Nothing of it was stored.
    assert_eq!(
        app.count("SELECT COUNT(*) FROM comments WHERE parent_id IS NOT NULL")
            .await,
        0
    );
    assert_eq!(
        shown_comment(&app, theirs, own_comment)
            .await
            .body
            .as_deref(),
        Some("Hej")
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM initiatives WHERE title = 'Trolleri igen'")
            .await,
        0
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM reports").await, 0);
    let seen = detail(&asker, own).await;
    assert_eq!(seen.initiators, ["Trold"]);
    let theirs_seen = detail(&author, theirs).await;
    assert!(theirs_seen.initiator_requests.is_empty());
    assert!(theirs_seen.needs[0].offered_by.is_empty());
}

async fn a_suspended_moderator_or_administrator_reads_but_does_not_act(app: TestApp) {
    let author = app.citizen("Mette").await;
    let pending = proposed_initiative(&author, "Venter").await;
    let suspended_moderator = app.with_role("Mads", Role::Moderator).await;
    let suspended_admin = app.with_role("Anne", Role::Administrator).await;
    let moderator = app.with_role("Mona", Role::Moderator).await;
    // Only an administrator suspends a moderator or an administrator: Mona is both.
    let mona = moderator.account_id().await.unwrap();
    app::accounts::store::grant_role(app.db(), mona, Role::Administrator)
        .await
        .unwrap();
    for account in [&suspended_moderator, &suspended_admin] {
        let id = account.account_id().await.unwrap();
        suspend(&moderator, id, "7", "Misbrug af rollen.")
            .await
            .unwrap();
    }

    // Reading the queues goes on.
    assert!(suspended_moderator.run(ReviewQueue {}).await.is_ok());
    assert!(suspended_moderator.run(ReportQueue {}).await.is_ok());
    assert!(suspended_admin.run(AdminNeighbourhoods {}).await.is_ok());
    // Acting does not.
    let goal = goal_ids(&app).await[0];
    assert_eq!(
        publish_under(&suspended_moderator, pending, &[goal], "").await,
        Err(AppError::Suspended)
    );
    assert_eq!(
        suspend(&suspended_moderator, mona, "7", "Hævn.").await,
        Err(AppError::Suspended),
        "a suspended moderator cannot suspend the one who suspended them"
    );
    assert_eq!(
        suspended_admin
            .run(AddNeighbourhood {
                name: "Nyt kvarter".to_owned(),
                residents: "100".to_owned(),
            })
            .await,
        Err(AppError::Suspended)
    );
    assert_eq!(
        suspended_admin
            .run(grant_role(mona, "administrator", ""))
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

async fn an_initiative_reported_by_three_people_is_hidden_until_a_moderator_looks(app: TestApp) {
    let author = app.citizen("Mette").await;
    let id = published_initiative(&app, &author, "Billig reklame").await;
    for (n, name) in ["Ali", "Bo", "Cem"].iter().enumerate() {
        let reporter = app.established(name).await;
        report_initiative(&reporter, id, "Reklame").await.unwrap();
        let shown = listed(&app).await.items.iter().any(|i| i.id == id);
        assert_eq!(shown, n < 2, "listed after {} reports", n + 1);
    }
    let seen = detail(&app.visitor(), id).await;
    assert!(seen.hidden.is_some(), "the page says it is hidden");
    assert_ne!(seen.description, "Kom og vær med.", "not its text");
    let moderator = app.with_role("Mona", Role::Moderator).await;
    let queue = moderator.run(ReportQueue {}).await.unwrap();
    let text = serde_json::to_string(&queue).unwrap();
    assert!(
        text.contains("Billig reklame"),
        "the queue shows the item: {text}"
    );

    restore(&moderator, Target::Initiative(id)).await.unwrap();
    let seen = detail(&app.visitor(), id).await;
    assert_eq!(seen.hidden, None);
    assert_eq!(seen.description, "Kom og vær med.");
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
