//! Administrators at work, on SQLite and PostgreSQL: roles (never fewer than one
//! administrator, also when two revoke each other at once), neighbourhoods, the policy's
//! goals and the site's settings. Every change has its audit row; a refused one has none.

use crate::helpers::{
    TestApp, Visitor, assert_problems, grant_role, kept, problem, profile, publish_under,
    revoke_role,
};
use app::accounts::role::Role;
use app::admin::goals::{AddGoal, AdminGoals, ReinstateGoal, RetireGoal, UpdateGoal};
use app::admin::model::{AdminGoal, AdminNeighbourhood};
use app::admin::neighbourhoods::{
    AddNeighbourhood, AdminNeighbourhoods, ReinstateNeighbourhood, RetireNeighbourhood,
    UpdateNeighbourhood,
};
use app::admin::roles::AdminAccounts;
use app::admin::settings::{ReadSiteSettings, UpdateSiteSettings};
use app::error::{AppError, Problem};
use app::goals::ListGoals;
use app::ids::{AccountId, GoalId, NeighbourhoodId};
use app::initiatives::detail::Initiative;
use app::moderation::review::ReviewQueue;
use app::neighbourhoods::ListNeighbourhoods;
use app::site::settings::SiteSettings;
use reqwest::StatusCode;

on_both_databases!(
    an_administrator_grants_and_revokes_a_role_with_its_audit_row,
    granting_a_role_already_held_changes_nothing_and_logs_nothing,
    role_forms_refuse_unknown_roles_and_accounts_and_log_nothing,
    the_last_administrator_cannot_be_revoked,
    two_administrators_revoking_each_other_at_once_leave_one,
    only_administrators_change_roles_and_a_refusal_logs_nothing,
    the_accounts_list_finds_people_by_name_or_email_fifty_to_a_page,
    an_administrator_adds_renames_retires_and_reinstates_a_neighbourhood,
    neighbourhood_names_are_unique_and_residents_whole_numbers,
    an_administrator_edits_adds_retires_and_reinstates_goals,
    goal_texts_are_required_and_saving_them_unchanged_logs_nothing,
    no_goal_can_be_deleted_while_an_initiative_is_tied_to_it,
    site_settings_are_saved_and_shown_by_the_public_reader_and_the_pages,
    the_official_accessibility_statement_is_a_web_address_the_page_links_to,
    settings_with_an_invalid_email_change_nothing,
    plain_form_posts_return_to_the_page_with_a_confirmation_or_the_error,
    the_administration_pages_are_for_administrators,
);

type AuditRow = (String, String, i64, Option<String>, Option<String>);

async fn audit_rows(app: &TestApp) -> Vec<AuditRow> {
    sqlx::query_as(
        "SELECT action, target_kind, target_id, reason, details FROM audit_log ORDER BY id",
    )
    .fetch_all(app.db().pool())
    .await
    .unwrap()
}

async fn roles_of(app: &TestApp, account_id: AccountId) -> Vec<Role> {
    app::accounts::store::roles_of(app.db(), account_id)
        .await
        .unwrap()
}

async fn an_administrator_grants_and_revokes_a_role_with_its_audit_row(app: TestApp) {
    let admin = app.with_role("Anne", Role::Administrator).await;
    let mette = app.citizen("Mette").await;
    let id = mette.account_id().await.unwrap();

    admin
        .run(grant_role(id, "moderator", "Ny i borgerservice."))
        .await
        .unwrap();
    assert_eq!(roles_of(&app, id).await, vec![Role::Moderator]);
    // The role holds at once: Mette's next request sees it.
    assert_eq!(
        mette.account().await.expect("logged in").roles[0],
        Role::Moderator
    );
    mette.run(ReviewQueue {}).await.unwrap();

    admin.run(revoke_role(id, "moderator", "")).await.unwrap();
    assert!(roles_of(&app, id).await.is_empty());
    assert_eq!(mette.run(ReviewQueue {}).await, Err(AppError::Forbidden));

    let rows = audit_rows(&app).await;
    assert_eq!(
        rows,
        vec![
            (
                "grant_role".to_owned(),
                "account".to_owned(),
                id.0,
                Some("Ny i borgerservice.".to_owned()),
                Some("role=moderator".to_owned())
            ),
            (
                "revoke_role".to_owned(),
                "account".to_owned(),
                id.0,
                None,
                Some("role=moderator".to_owned())
            ),
        ]
    );
    let actor: AccountId = sqlx::query_scalar("SELECT DISTINCT actor_id FROM audit_log")
        .fetch_one(app.db().pool())
        .await
        .unwrap();
    assert_eq!(actor, admin.account_id().await.unwrap());
}

async fn granting_a_role_already_held_changes_nothing_and_logs_nothing(app: TestApp) {
    let admin = app.with_role("Anne", Role::Administrator).await;
    let mads = app.with_role("Mads", Role::Politician).await;
    let id = mads.account_id().await.unwrap();
    admin.run(grant_role(id, "politician", "")).await.unwrap();
    admin.run(revoke_role(id, "moderator", "")).await.unwrap();
    assert_eq!(roles_of(&app, id).await, vec![Role::Politician]);
    assert!(audit_rows(&app).await.is_empty());

    // Granted twice, the role is held once and logged once.
    for _ in 0..2 {
        admin
            .run(grant_role(id, "administrator", ""))
            .await
            .unwrap();
    }
    assert_eq!(
        roles_of(&app, id).await,
        vec![Role::Administrator, Role::Politician]
    );
    assert_eq!(audit_rows(&app).await.len(), 1);
}

async fn role_forms_refuse_unknown_roles_and_accounts_and_log_nothing(app: TestApp) {
    let admin = app.with_role("Anne", Role::Administrator).await;
    let mette = app.citizen("Mette").await;
    let id = mette.account_id().await.unwrap();
    let result = admin.run(grant_role(id, "", "")).await;
    assert_eq!(problem(&result, "role"), Some(Problem::Required));
    let result = admin.run(grant_role(id, "root", "")).await;
    assert_eq!(problem(&result, "role"), Some(Problem::UnknownChoice));
    let result = admin.run(revoke_role(id, "citizen", "")).await;
    assert_eq!(problem(&result, "role"), Some(Problem::UnknownChoice));
    // The refused form names its account, so that the page shows the error under it.
    assert_eq!(kept(&result, "account_id"), Some(id.to_string().as_str()));
    let result = admin
        .run(grant_role(id, "moderator", &"x".repeat(1_001)))
        .await;
    assert_eq!(
        problem(&result, "note"),
        Some(Problem::TooLong { max: 1_000 })
    );
    assert_eq!(
        admin
            .run(grant_role(AccountId(999_999), "moderator", ""))
            .await,
        Err(AppError::NotFound)
    );
    assert!(roles_of(&app, id).await.is_empty());
    assert!(audit_rows(&app).await.is_empty());
}

async fn the_last_administrator_cannot_be_revoked(app: TestApp) {
    let anne = app.with_role("Anne", Role::Administrator).await;
    let anne_id = anne.account_id().await.unwrap();
    let result = anne
        .run(revoke_role(anne_id, "administrator", "Jeg stopper."))
        .await;
    assert_eq!(problem(&result, "role"), Some(Problem::LastAdministrator));
    assert_eq!(roles_of(&app, anne_id).await, vec![Role::Administrator]);
    assert!(audit_rows(&app).await.is_empty());

    // With a second administrator, either may go, also oneself.
    let bo = app.citizen("Bo").await;
    let bo_id = bo.account_id().await.unwrap();
    anne.run(grant_role(bo_id, "administrator", ""))
        .await
        .unwrap();
    anne.run(revoke_role(anne_id, "administrator", "Jeg stopper."))
        .await
        .unwrap();
    assert!(roles_of(&app, anne_id).await.is_empty());
    assert_eq!(
        anne.run(revoke_role(bo_id, "administrator", "")).await,
        Err(AppError::Forbidden),
        "no longer an administrator"
    );
    let result = bo.run(revoke_role(bo_id, "administrator", "")).await;
    assert_eq!(problem(&result, "role"), Some(Problem::LastAdministrator));
    assert_eq!(roles_of(&app, bo_id).await, vec![Role::Administrator]);
    let actions: Vec<String> = audit_rows(&app).await.into_iter().map(|r| r.0).collect();
    assert_eq!(actions, ["grant_role", "revoke_role"]);
}

async fn two_administrators_revoking_each_other_at_once_leave_one(app: TestApp) {
    let anne = app.with_role("Anne", Role::Administrator).await;
    let bo = app.with_role("Bo", Role::Administrator).await;
    let (anne_id, bo_id) = (
        anne.account_id().await.unwrap(),
        bo.account_id().await.unwrap(),
    );
    for round in 1..=5 {
        // Both are administrators again at the start of each round.
        for id in [anne_id, bo_id] {
            app::accounts::store::grant_role(app.db(), id, Role::Administrator)
                .await
                .unwrap();
        }
        let (by_anne, by_bo) = tokio::join!(
            anne.run(revoke_role(bo_id, "administrator", "")),
            bo.run(revoke_role(anne_id, "administrator", "")),
        );
        let admins = app
            .count("SELECT COUNT(*) FROM account_roles WHERE role = 'administrator'")
            .await;
        assert_eq!(admins, 1, "round {round}: {by_anne:?} {by_bo:?}");
        // One revoke went through; the other was refused, as the last administrator's or
        // as no longer an administrator's, depending on which came second.
        let refused = |result: &Result<(), AppError>| {
            problem(result, "role") == Some(Problem::LastAdministrator)
                || result == &Err(AppError::Forbidden)
        };
        assert!(
            (by_anne.is_ok() && refused(&by_bo)) || (by_bo.is_ok() && refused(&by_anne)),
            "round {round}: {by_anne:?} {by_bo:?}"
        );
        let revokes = app
            .count("SELECT COUNT(*) FROM audit_log WHERE action = 'revoke_role'")
            .await;
        assert_eq!(revokes, round, "one audit row per revoke that happened");
    }
}

async fn only_administrators_change_roles_and_a_refusal_logs_nothing(app: TestApp) {
    let moderator = app.with_role("Mona", Role::Moderator).await;
    let mette = app.citizen("Mette").await;
    let id = mette.account_id().await.unwrap();
    assert_eq!(
        moderator.run(grant_role(id, "moderator", "")).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        mette.run(grant_role(id, "administrator", "")).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        app.visitor().run(grant_role(id, "administrator", "")).await,
        Err(AppError::NotLoggedIn)
    );
    assert!(roles_of(&app, id).await.is_empty());
    assert!(audit_rows(&app).await.is_empty());
}

async fn the_accounts_list_finds_people_by_name_or_email_fifty_to_a_page(app: TestApp) {
    let admin = app.with_role("Anne", Role::Administrator).await;
    let mette = app.visitor();
    mette
        .register(
            "Mette Ærø",
            "mette.aeroe@example.dk",
            crate::helpers::PASSWORD,
        )
        .await
        .unwrap();
    app.confirm(&mette, "mette.aeroe@example.dk", 1).await;
    let mette_id = mette.account_id().await.unwrap();
    app::accounts::store::grant_role(app.db(), mette_id, Role::Politician)
        .await
        .unwrap();
    // Sixty more accounts, stored directly: registering each would only be slower.
    for n in 0..60 {
        app::accounts::store::insert_account(
            app.db().pool(),
            &app::accounts::store::NewAccount {
                email: &format!("borger{n:02}@example.dk"),
                display_name: &format!("Borger {n:02}"),
                password_hash: "not a hash",
                neighbourhood_id: None,
                language: Default::default(),
                confirmed_at: Some(app::db::now()),
                created_at: app::db::now(),
            },
        )
        .await
        .unwrap();
    }
    let list = |q: &'static str, page: i64| {
        let admin = admin.clone();
        async move {
            admin
                .run(AdminAccounts {
                    q: Some(q.to_owned()),
                    page: Some(page),
                })
                .await
                .unwrap()
        }
    };
    let first = list("", 1).await;
    assert_eq!(first.total, 62);
    assert_eq!(first.pages, 2);
    assert_eq!(first.accounts.len(), 50);
    assert_eq!(first.accounts[0].display_name, "Anne");
    let second = list("", 2).await;
    assert_eq!(second.accounts.len(), 12);
    assert_eq!(
        list("", 99).await.page,
        2,
        "a page past the end is the last"
    );

    // By name, in any case, Danish letters included; and by email.
    for q in ["mette", "METTE", "Ærø", "ærø", " AEROE@"] {
        let found = list(q, 1).await;
        assert_eq!(found.total, 1, "{q}");
        assert_eq!(found.accounts[0].id, mette_id);
        assert_eq!(found.accounts[0].email, "mette.aeroe@example.dk");
        assert_eq!(found.accounts[0].roles, [Role::Politician]);
    }
    assert_eq!(list("borger07@", 1).await.total, 1);
    assert_eq!(list("Borger 1", 1).await.total, 10);
    // What is typed is looked for as it is: % and _ are no wildcards.
    assert_eq!(list("%", 1).await.total, 0);
    assert_eq!(list("_", 1).await.total, 0);
}

async fn admin_neighbourhoods(admin: &Visitor) -> Vec<AdminNeighbourhood> {
    admin.run(AdminNeighbourhoods {}).await.unwrap()
}

/// The neighbourhoods anyone may choose, by name.
async fn public_neighbourhoods(app: &TestApp) -> Vec<String> {
    let listed = app.visitor().run(ListNeighbourhoods {}).await.unwrap();
    listed.into_iter().map(|n| n.name).collect()
}

fn add_neighbourhood(name: &str, residents: &str) -> AddNeighbourhood {
    AddNeighbourhood {
        name: name.to_owned(),
        residents: residents.to_owned(),
    }
}

fn update_neighbourhood(id: NeighbourhoodId, name: &str, residents: &str) -> UpdateNeighbourhood {
    UpdateNeighbourhood {
        neighbourhood_id: id,
        name: name.to_owned(),
        residents: residents.to_owned(),
    }
}

async fn an_administrator_adds_renames_retires_and_reinstates_a_neighbourhood(app: TestApp) {
    let admin = app.with_role("Anne", Role::Administrator).await;
    admin
        .run(add_neighbourhood(" Hedemarken ", "2.600"))
        .await
        .unwrap();
    let all = admin_neighbourhoods(&admin).await;
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].name, "Hedemarken");
    assert_eq!(all[0].residents, Some(2600));
    assert!(!all[0].retired);
    let id = all[0].id;
    assert_eq!(public_neighbourhoods(&app).await, ["Hedemarken"]);

    // Citizens who chose it are counted.
    let mette = app.citizen("Mette").await;
    mette.run(profile("Mette", &id.to_string())).await.unwrap();
    assert_eq!(admin_neighbourhoods(&admin).await[0].accounts, 1);

    admin
        .run(update_neighbourhood(id, "Hedemarken Syd", "2 650"))
        .await
        .unwrap();
    admin
        .run(update_neighbourhood(id, "Hedemarken Syd", ""))
        .await
        .unwrap();
    let all = admin_neighbourhoods(&admin).await;
    assert_eq!(all[0].name, "Hedemarken Syd");
    assert_eq!(all[0].residents, None);
    let neighbourhood_of = |visitor: &Visitor| {
        let visitor = visitor.clone();
        async move {
            visitor
                .account()
                .await
                .expect("logged in")
                .neighbourhood_name
        }
    };
    assert_eq!(
        neighbourhood_of(&mette).await.as_deref(),
        Some("Hedemarken Syd")
    );
    // Saving it unchanged changes nothing and logs nothing.
    admin
        .run(update_neighbourhood(id, "Hedemarken Syd", ""))
        .await
        .unwrap();

    let retire = RetireNeighbourhood {
        neighbourhood_id: id,
    };
    admin.run(retire.clone()).await.unwrap();
    admin.run(retire).await.unwrap();
    assert!(public_neighbourhoods(&app).await.is_empty());
    let all = admin_neighbourhoods(&admin).await;
    assert!(all[0].retired, "still listed for administrators");
    assert_eq!(
        neighbourhood_of(&mette).await.as_deref(),
        Some("Hedemarken Syd"),
        "who chose it keeps it"
    );
    admin
        .run(ReinstateNeighbourhood {
            neighbourhood_id: id,
        })
        .await
        .unwrap();
    assert_eq!(public_neighbourhoods(&app).await, ["Hedemarken Syd"]);
    assert_eq!(
        admin
            .run(RetireNeighbourhood {
                neighbourhood_id: NeighbourhoodId(999999),
            })
            .await,
        Err(AppError::NotFound)
    );

    let id = id.0;
    let rows: Vec<(String, String, i64, Option<String>)> = audit_rows(&app)
        .await
        .into_iter()
        .map(|(action, kind, target, _, details)| (action, kind, target, details))
        .collect();
    let row = |action: &str, details: Option<&str>| {
        (
            action.to_owned(),
            "neighbourhood".to_owned(),
            id,
            details.map(str::to_owned),
        )
    };
    assert_eq!(
        rows,
        vec![
            row("add_neighbourhood", Some("residents=2600")),
            row(
                "edit_neighbourhood",
                Some("name: Hedemarken → Hedemarken Syd; residents: 2600 → 2650")
            ),
            row("edit_neighbourhood", Some("residents: 2650 → -")),
            row("retire_neighbourhood", None),
            row("reinstate_neighbourhood", None),
        ]
    );
}

async fn neighbourhood_names_are_unique_and_residents_whole_numbers(app: TestApp) {
    let admin = app.with_role("Anne", Role::Administrator).await;
    for (name, residents) in [("Blokland", "1900"), ("Morbærhaven", "")] {
        admin.run(add_neighbourhood(name, residents)).await.unwrap();
    }
    let before = audit_rows(&app).await.len();
    let result = admin.run(add_neighbourhood("Blokland", "")).await;
    assert_eq!(problem(&result, "name"), Some(Problem::NameTaken));
    let blokland = admin_neighbourhoods(&admin).await[0].id;
    let result = admin
        .run(update_neighbourhood(blokland, "Morbærhaven", "1900"))
        .await;
    assert_eq!(problem(&result, "name"), Some(Problem::NameTaken));
    assert_eq!(
        kept(&result, "neighbourhood_id"),
        Some(blokland.to_string().as_str())
    );
    assert_eq!(
        kept(&result, "name"),
        Some("Morbærhaven"),
        "kept for the form"
    );
    for residents in ["-3", "2,5", "mange", "10000001"] {
        let result = admin.run(add_neighbourhood("Hedemarken", residents)).await;
        assert_eq!(
            problem(&result, "residents"),
            Some(Problem::InvalidNumber),
            "{residents}"
        );
        let result = admin
            .run(update_neighbourhood(blokland, "Blokland", residents))
            .await;
        assert_eq!(
            problem(&result, "residents"),
            Some(Problem::InvalidNumber),
            "{residents}"
        );
    }
    let result = admin.run(add_neighbourhood("  ", "")).await;
    assert_eq!(problem(&result, "name"), Some(Problem::Required));
    let result = admin
        .run(update_neighbourhood(NeighbourhoodId(999999), "Ny", ""))
        .await;
    assert_eq!(result, Err(AppError::NotFound));

    let names: Vec<(String, Option<i64>)> = admin_neighbourhoods(&admin)
        .await
        .into_iter()
        .map(|n| (n.name, n.residents))
        .collect();
    assert_eq!(
        names,
        [
            ("Blokland".to_owned(), Some(1900)),
            ("Morbærhaven".to_owned(), None)
        ]
    );
    assert_eq!(
        audit_rows(&app).await.len(),
        before,
        "refusals are not logged"
    );
}

async fn admin_goals(admin: &Visitor) -> Vec<AdminGoal> {
    admin.run(AdminGoals {}).await.unwrap()
}

/// A new goal with its texts: Danish title, English title, Danish and English summary.
fn goal_fields([title_da, title_en, summary_da, summary_en]: [&str; 4]) -> AddGoal {
    AddGoal {
        title_da: title_da.to_owned(),
        title_en: title_en.to_owned(),
        summary_da: summary_da.to_owned(),
        summary_en: summary_en.to_owned(),
    }
}

/// Goal `id`'s texts, in the order of `goal_fields`.
fn goal_update(goal_id: GoalId, texts: [&str; 4]) -> UpdateGoal {
    let AddGoal {
        title_da,
        title_en,
        summary_da,
        summary_en,
    } = goal_fields(texts);
    UpdateGoal {
        goal_id,
        title_da,
        title_en,
        summary_da,
        summary_en,
    }
}

/// The goals anyone reads, by English title.
async fn public_goal_titles(app: &TestApp) -> Vec<String> {
    let listed = app.visitor().run(ListGoals {}).await.unwrap();
    listed.into_iter().map(|g| g.title_en).collect()
}

async fn an_administrator_edits_adds_retires_and_reinstates_goals(app: TestApp) {
    let admin = app.with_role("Anne", Role::Administrator).await;
    let goals = admin_goals(&admin).await;
    assert_eq!(
        goals.len(),
        2,
        "the policy's two goals come with the schema"
    );
    let first = goals[0].goal.clone();
    admin
        .run(goal_update(
            first.id,
            [
                &first.title_da,
                "Part of rewarding, diverse communities",
                &first.summary_da,
                &first.summary_en,
            ],
        ))
        .await
        .unwrap();
    assert_eq!(
        public_goal_titles(&app).await[0],
        "Part of rewarding, diverse communities"
    );

    admin
        .run(goal_fields([
            "Albertslundere bruger byens rum",
            "People in Albertslund use the town's spaces",
            "Pladser, parker og lokaler, der bliver brugt.",
            "Squares, parks and rooms in use.",
        ]))
        .await
        .unwrap();
    let goals = admin_goals(&admin).await;
    assert_eq!(goals.len(), 3);
    assert_eq!(goals[2].goal.position, 3, "the next number");
    assert_eq!(goals[2].initiatives, 0);
    let third = goals[2].goal.id;
    assert_eq!(public_goal_titles(&app).await.len(), 3);

    let retire = RetireGoal { goal_id: third };
    admin.run(retire.clone()).await.unwrap();
    admin.run(retire).await.unwrap();
    assert_eq!(public_goal_titles(&app).await.len(), 2);
    let goals = admin_goals(&admin).await;
    assert_eq!(goals.len(), 3, "a retired goal is still listed");
    assert!(goals[2].goal.retired);
    // Moderators can no longer choose it.
    let moderator = app.with_role("Mona", Role::Moderator).await;
    let author = app.citizen("Mette").await;
    let id = crate::helpers::proposed_initiative(&author, "Gadefest").await;
    let result = publish_under(&moderator, id, &[third], "").await;
    assert_eq!(problem(&result, "goals"), Some(Problem::UnknownGoal));

    admin.run(ReinstateGoal { goal_id: third }).await.unwrap();
    assert_eq!(public_goal_titles(&app).await.len(), 3);
    assert_eq!(
        admin
            .run(RetireGoal {
                goal_id: GoalId(999999)
            })
            .await,
        Err(AppError::NotFound)
    );

    let (first_id, third) = (first.id.0, third.0);
    let rows: Vec<(String, String, i64, Option<String>)> = audit_rows(&app)
        .await
        .into_iter()
        .map(|(action, kind, target, _, details)| (action, kind, target, details))
        .collect();
    let row = |action: &str, id: i64, details: Option<&str>| {
        (
            action.to_owned(),
            "goal".to_owned(),
            id,
            details.map(str::to_owned),
        )
    };
    assert_eq!(
        rows,
        vec![
            row("edit_goal", first_id, Some("changed=title_en")),
            row("add_goal", third, Some("position=3")),
            row("retire_goal", third, None),
            row("reinstate_goal", third, None),
        ]
    );
}

async fn goal_texts_are_required_and_saving_them_unchanged_logs_nothing(app: TestApp) {
    let admin = app.with_role("Anne", Role::Administrator).await;
    let first = admin_goals(&admin).await[0].goal.clone();
    let texts = [
        first.title_da.as_str(),
        first.title_en.as_str(),
        first.summary_da.as_str(),
        first.summary_en.as_str(),
    ];
    admin.run(goal_update(first.id, texts)).await.unwrap();

    let emptied = goal_update(first.id, ["", texts[1], texts[2], " "]);
    let result = admin.run(emptied).await;
    assert_eq!(problem(&result, "title_da"), Some(Problem::Required));
    assert_eq!(problem(&result, "summary_en"), Some(Problem::Required));
    assert_eq!(problem(&result, "title_en"), None);
    let long_title = "x".repeat(201);
    let result = admin
        .run(goal_fields([&long_title, "Title", "Tekst", "Text"]))
        .await;
    assert_eq!(
        problem(&result, "title_da"),
        Some(Problem::TooLong { max: 200 })
    );
    let missing = goal_update(GoalId(999999), texts);
    assert_eq!(admin.run(missing).await, Err(AppError::NotFound));

    assert_eq!(admin_goals(&admin).await[0].goal, first);
    assert_eq!(admin_goals(&admin).await.len(), 2);
    assert!(audit_rows(&app).await.is_empty());
}

async fn no_goal_can_be_deleted_while_an_initiative_is_tied_to_it(app: TestApp) {
    let admin = app.with_role("Anne", Role::Administrator).await;
    let moderator = app.with_role("Mona", Role::Moderator).await;
    let author = app.citizen("Mette").await;
    let goal = admin_goals(&admin).await[0].goal.id;
    let id = crate::helpers::proposed_initiative(&author, "Gadefest").await;
    publish_under(&moderator, id, &[goal], "").await.unwrap();
    assert_eq!(admin_goals(&admin).await[0].initiatives, 1);

    // There is no server function to delete a goal.
    let response = admin
        .http
        .post(app.url("/api/delete_goal"))
        .form(&[("goal_id", goal.to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        response.json::<app::error::AppError>().await.unwrap(),
        app::error::AppError::NotFound
    );
    // And the database refuses the delete while an initiative is tied to the goal.
    let deleted = sqlx::query("DELETE FROM goals WHERE id = $1")
        .bind(goal)
        .execute(app.db().pool())
        .await;
    assert!(deleted.is_err(), "the tie refuses the delete");

    // Retiring it keeps the tie: the initiative still shows its goal.
    admin.run(RetireGoal { goal_id: goal }).await.unwrap();
    let seen = author.run(Initiative { id }).await.unwrap();
    assert_eq!(seen.goals[0].id, goal);
    assert_eq!(admin_goals(&admin).await.len(), 2);
}

/// The settings form as posted: municipality, accessibility contact, contact email, phone
/// and address (and no accessibility statement, as a page from before it existed posts).
fn settings_fields(
    [
        municipality_name,
        accessibility_contact,
        contact_email,
        contact_phone,
        contact_address,
    ]: [&str; 5],
) -> UpdateSiteSettings {
    UpdateSiteSettings {
        municipality_name: municipality_name.to_owned(),
        accessibility_statement: None,
        accessibility_contact: accessibility_contact.to_owned(),
        contact_email: contact_email.to_owned(),
        contact_phone: contact_phone.to_owned(),
        contact_address: contact_address.to_owned(),
    }
}

async fn site_settings(app: &TestApp) -> SiteSettings {
    app.visitor().run(ReadSiteSettings {}).await.unwrap()
}

async fn site_settings_are_saved_and_shown_by_the_public_reader_and_the_pages(app: TestApp) {
    let admin = app.with_role("Anne", Role::Administrator).await;
    let empty = site_settings(&app).await;
    assert_eq!(empty.municipality_name, None);
    assert_eq!(empty.contact_email, None);
    // Every page's frame has read them (the server keeps what it read): a save shows at once.
    assert_eq!(app.visitor().site_info().await.municipality, None);

    let as_typed = settings_fields([
        "Albertslund Kommune",
        "Tilgaengelighed@Albertslund.dk",
        "borgerservice@albertslund.dk",
        "43 68 68 68",
        "Nordmarks Allé 1\r\n2620 Albertslund",
    ]);
    admin.run(as_typed.clone()).await.unwrap();
    let settings = site_settings(&app).await;
    assert_eq!(
        settings.municipality_name.as_deref(),
        Some("Albertslund Kommune")
    );
    assert_eq!(
        settings.accessibility_contact.as_deref(),
        Some("tilgaengelighed@albertslund.dk")
    );
    assert_eq!(
        settings.contact_email.as_deref(),
        Some("borgerservice@albertslund.dk")
    );
    assert_eq!(settings.contact_phone.as_deref(), Some("43 68 68 68"));
    assert_eq!(
        settings.contact_address.as_deref(),
        Some("Nordmarks Allé 1\n2620 Albertslund")
    );
    let info = app.visitor().site_info().await;
    assert_eq!(info.municipality.as_deref(), Some("Albertslund Kommune"));
    assert_eq!(info.settings.contact_phone.as_deref(), Some("43 68 68 68"));

    // The header, the footer and the accessibility statement show them.
    let (_, home) = app.visitor().get("/").await;
    assert!(home.contains("Albertslund Kommune"));
    assert!(home.contains(r#"href="mailto:borgerservice@albertslund.dk""#));
    assert!(home.contains(r#"href="tel:43686868""#));
    assert!(home.contains("Nordmarks Allé 1"));
    let (_, statement) = app.visitor().get("/accessibility").await;
    assert!(statement.contains(r#"href="mailto:tilgaengelighed@albertslund.dk""#));

    // Saving the same again changes nothing and logs nothing; emptying a field unsets it.
    let same = UpdateSiteSettings {
        accessibility_contact: "tilgaengelighed@albertslund.dk".to_owned(),
        contact_address: "Nordmarks Allé 1\n2620 Albertslund".to_owned(),
        ..as_typed
    };
    admin.run(same.clone()).await.unwrap();
    admin
        .run(UpdateSiteSettings {
            accessibility_contact: String::new(),
            contact_phone: " ".to_owned(),
            ..same
        })
        .await
        .unwrap();
    let settings = site_settings(&app).await;
    assert_eq!(settings.accessibility_contact, None);
    assert_eq!(settings.contact_phone, None);
    assert_eq!(
        settings.contact_email.as_deref(),
        Some("borgerservice@albertslund.dk")
    );
    let (_, home) = app.visitor().get("/").await;
    assert!(!home.contains("tel:"));

    let rows = audit_rows(&app).await;
    assert_eq!(
        rows,
        vec![
            (
                "edit_settings".to_owned(),
                "settings".to_owned(),
                0,
                None,
                Some(
                    "changed=municipality_name,accessibility_contact,contact_email,\
                     contact_phone,contact_address"
                        .to_owned()
                )
            ),
            (
                "edit_settings".to_owned(),
                "settings".to_owned(),
                0,
                None,
                Some("changed=accessibility_contact,contact_phone".to_owned())
            ),
        ]
    );
}

async fn settings_with_an_invalid_email_change_nothing(app: TestApp) {
    let admin = app.with_role("Anne", Role::Administrator).await;
    let result = admin
        .run(settings_fields([
            "Albertslund Kommune",
            "kommunen",
            "a@b",
            "",
            "",
        ]))
        .await;
    assert_problems(
        &result,
        &[
            ("accessibility_contact", Some(Problem::InvalidEmail)),
            ("contact_email", Some(Problem::InvalidEmail)),
            ("municipality_name", None),
        ],
    );
    let result = admin
        .run(settings_fields([
            "Albertslund\u{7}",
            "",
            "",
            &"1".repeat(41),
            "",
        ]))
        .await;
    assert_problems(
        &result,
        &[
            ("municipality_name", Some(Problem::ControlCharacters)),
            ("contact_phone", Some(Problem::TooLong { max: 40 })),
        ],
    );
    let citizen = app.citizen("Mette").await;
    assert_eq!(
        citizen
            .run(settings_fields(["Fupkommune", "", "", "", ""]))
            .await,
        Err(AppError::Forbidden)
    );
    assert_eq!(site_settings(&app).await.municipality_name, None);
    assert_eq!(app.count("SELECT COUNT(*) FROM site_settings").await, 0);
    assert!(audit_rows(&app).await.is_empty());
}

async fn plain_form_posts_return_to_the_page_with_a_confirmation_or_the_error(app: TestApp) {
    let admin = app.with_role("Anne", Role::Administrator).await;
    let admin_id = admin.account_id().await.unwrap().to_string();
    let mette = app.citizen("Mette").await;
    let mette_id = mette.account_id().await.unwrap().to_string();

    let location = admin
        .post_form(
            "grant_role",
            &[
                ("account_id", &mette_id),
                ("role", "moderator"),
                ("note", ""),
                ("q", "mette hansen"),
                ("page", "2"),
            ],
        )
        .await;
    assert_eq!(
        location.as_deref(),
        Some("/admin/accounts?q=mette%20hansen&page=2&saved=granted"),
        "back to the same search and page"
    );
    let (_, page) = admin.get("/admin/accounts?saved=granted").await;
    assert!(page.contains("Rollen er givet."));

    let location = admin
        .post_form(
            "add_neighbourhood",
            &[("name", "Blokland"), ("residents", "1.900")],
        )
        .await;
    assert_eq!(
        location.as_deref(),
        Some("/admin/neighbourhoods?saved=added")
    );
    let (_, page) = admin.get("/admin/neighbourhoods?saved=added").await;
    assert!(page.contains("Bydelen er tilføjet."));
    assert!(page.contains("Blokland"));
    assert!(page.contains("1.900"), "residents grouped the Danish way");

    // A refused form comes back to its page, with the error under its own account's form.
    let response = admin
        .post_form_from(
            "/admin/accounts",
            "revoke_role",
            &[
                ("account_id", admin_id.as_str()),
                ("role", "administrator"),
                ("note", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.contains("__err="), "{location}");
    let back = location
        .strip_prefix(&format!("http://{}", app.addr))
        .unwrap_or(&location)
        .to_owned();
    let (_, page) = admin.get(&back).await;
    assert!(
        page.contains(&format!(r#"id="field-revoke-{admin_id}-role-error""#)),
        "the error is next to the field of the account it is about"
    );
    assert!(page.contains("Der skal altid være mindst én administrator."));
    assert!(!page.contains(&format!(r#"id="field-revoke-{mette_id}-role-error""#)));
}

/// The page without the empty comments a debug build (`--cfg erase_components`, as
/// cargo-leptos and `make test` build it) puts after some text for hydration to find it.
fn without_hydration_marks(page: &str) -> String {
    page.replace("<!>", "")
}

async fn the_administration_pages_are_for_administrators(app: TestApp) {
    let admin = app.with_role("Anne", Role::Administrator).await;
    let moderator = app.with_role("Mona", Role::Moderator).await;
    // Each page, its heading, and a form only an administrator is shown.
    let pages = [
        ("/admin", "Administration", None),
        ("/admin/accounts", "Roller", Some("/api/grant_role")),
        (
            "/admin/neighbourhoods",
            "Bydele",
            Some("/api/add_neighbourhood"),
        ),
        ("/admin/goals", "Målsætninger", Some("/api/add_goal")),
        (
            "/admin/settings",
            "Indstillinger",
            Some("/api/update_site_settings"),
        ),
    ];
    for (path, heading, form) in pages {
        let (status, page) = admin.get(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        let page = without_hydration_marks(&page);
        assert!(page.contains(&format!("<h1>{heading}</h1>")), "{path}");
        assert!(!page.contains("Du har ikke adgang"), "{path}");
        if let Some(form) = form {
            assert!(page.contains(&format!(r#"action="{form}""#)), "{path}");
        }
        let (_, page) = moderator.get(path).await;
        assert!(
            page.contains("Du har ikke adgang"),
            "{path}: a moderator is refused"
        );
        if let Some(form) = form {
            assert!(!page.contains(form), "{path}: no form for a moderator");
        }
        let (_, page) = app.visitor().get(path).await;
        assert!(
            page.contains(&format!(r#"href="/login?next={path}""#)),
            "{path}: asked to log in"
        );
    }
    // The header links to the administration for administrators only.
    let (_, page) = admin.get("/").await;
    assert!(without_hydration_marks(&page).contains(r#"<a href="/admin">Administration</a>"#));
    let (_, page) = moderator.get("/").await;
    assert!(!page.contains(r#"href="/admin""#));
    // The goals page shows the policy's goals with their texts.
    let (_, page) = admin.get("/admin/goals").await;
    assert!(page.contains("Albertslundere er en del af givende mangfoldige fællesskaber"));
}

async fn the_official_accessibility_statement_is_a_web_address_the_page_links_to(app: TestApp) {
    let admin = app.with_role("Anne", Role::Administrator).await;
    let fields = settings_fields(["Albertslund Kommune", "", "", "", ""]);
    let refused = admin
        .run(UpdateSiteSettings {
            accessibility_statement: Some("javascript:alert(1)".to_owned()),
            ..fields.clone()
        })
        .await;
    assert_eq!(
        problem(&refused, "accessibility_statement"),
        Some(Problem::InvalidWebAddress)
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM site_settings").await, 0);

    let address = "https://www.was.digst.dk/forsamling-albertslund-dk";
    admin
        .run(UpdateSiteSettings {
            accessibility_statement: Some(address.to_owned()),
            ..fields
        })
        .await
        .unwrap();
    let settings = site_settings(&app).await;
    assert_eq!(settings.accessibility_statement.as_deref(), Some(address));
    let (_, page) = app.visitor().get("/accessibility").await;
    assert!(
        page.contains(&format!(r#"href="{address}""#)),
        "the accessibility page links to the official statement"
    );
    let rows = audit_rows(&app).await;
    assert_eq!(
        rows[0].4.as_deref(),
        Some("changed=municipality_name,accessibility_statement")
    );
}
