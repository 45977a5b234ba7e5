//! Registering, logging in and out, changing name, neighbourhood and password: the accounts'
//! server functions against real SQLite and PostgreSQL databases.

use crate::helpers::{PASSWORD, TestApp, assert_problems, problem, profile};
use app::accounts::my_account::ChangePassword;
use app::accounts::register::Register;
use app::error::{AppError, Problem};

on_both_databases!(
    registering_sends_a_link_that_confirms_the_address_and_logs_in,
    registration_reports_every_wrong_field_and_keeps_what_was_typed,
    registration_never_echoes_the_password,
    registering_a_taken_address_answers_the_same_and_tells_its_owner,
    racing_registrations_with_one_email_leave_exactly_one_account,
    registration_accepts_a_known_neighbourhood_and_refuses_an_unknown_one,
    a_logged_in_citizen_cannot_register_again,
    wrong_password_and_unknown_email_fail_the_same_way,
    logging_in_keeps_the_email_but_not_the_password_when_it_fails,
    logging_out_ends_the_session_on_the_server,
    changing_the_password_needs_the_current_one,
    changing_the_password_ends_every_other_session,
    a_citizen_can_change_name_and_neighbourhood,
    profile_changes_are_validated,
    passwords_are_stored_as_argon2id_hashes,
);

async fn registering_sends_a_link_that_confirms_the_address_and_logs_in(app: TestApp) {
    let visitor = app.visitor();
    assert_eq!(visitor.account_id().await, None);
    visitor
        .register("Mette Jensen", "Mette@Example.dk", PASSWORD)
        .await
        .unwrap();
    // Not logged in yet: the answer must be the same for an address that has an account.
    assert_eq!(visitor.account_id().await, None);
    let mail = app.mailbox().next("mette@example.dk", 1).await;
    assert!(mail.body.contains("Mette Jensen"), "{mail:?}");
    let link = mail.link("/confirm/").expect("a confirmation link");
    assert!(link.starts_with(&app.url("/confirm/")), "{link}");
    let unconfirmed: Option<i64> = sqlx::query_scalar(
        "SELECT email_confirmed_at FROM accounts WHERE email = 'mette@example.dk'",
    )
    .fetch_one(app.db().pool())
    .await
    .unwrap();
    assert_eq!(unconfirmed, None);
    app.confirm(&visitor, "mette@example.dk", 1).await;
    let account = visitor.account().await.expect("the link logs in");
    assert_eq!(account.display_name, "Mette Jensen");
    assert_eq!(account.email, "mette@example.dk");
    assert!(account.confirmed);
    assert!(account.roles.is_empty(), "{:?}", account.roles);
}

async fn registration_reports_every_wrong_field_and_keeps_what_was_typed(app: TestApp) {
    let visitor = app.visitor();
    let result = visitor
        .run(Register {
            display_name: "   ".to_owned(),
            email: "not-an-email".to_owned(),
            password: "short".to_owned(),
            password_repeat: "short".to_owned(),
            neighbourhood: String::new(),
        })
        .await;
    assert_eq!(problem(&result, "display_name"), Some(Problem::Required));
    assert_eq!(problem(&result, "email"), Some(Problem::InvalidEmail));
    assert_eq!(
        problem(&result, "password"),
        Some(Problem::PasswordTooShort { min: 12 })
    );
    let Err(AppError::Invalid(invalid)) = result else {
        panic!("expected Invalid")
    };
    assert_eq!(invalid.value_of("email"), Some("not-an-email"));

    let result = visitor
        .run(Register {
            display_name: "x".repeat(61),
            email: "ok@example.dk".to_owned(),
            password: PASSWORD.to_owned(),
            password_repeat: "something else entirely".to_owned(),
            neighbourhood: String::new(),
        })
        .await;
    assert_eq!(
        problem(&result, "display_name"),
        Some(Problem::TooLong { max: 60 })
    );
    assert_eq!(
        problem(&result, "password_repeat"),
        Some(Problem::PasswordsDiffer)
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM accounts").await, 0);
}

async fn registration_never_echoes_the_password(app: TestApp) {
    let result = app.visitor().register("", "x@example.dk", PASSWORD).await;
    let Err(AppError::Invalid(invalid)) = result else {
        panic!("expected Invalid")
    };
    assert!(invalid.values.iter().all(|(_, value)| value != PASSWORD));
}

async fn registering_a_taken_address_answers_the_same_and_tells_its_owner(app: TestApp) {
    app.citizen("Lars").await;
    let someone = app.visitor();
    let result = someone
        .register("Lars igen", " LARS@example.DK ", PASSWORD)
        .await;
    assert_eq!(result, Ok(()), "the same answer as for a new address");
    assert_eq!(someone.account_id().await, None);
    assert_eq!(app.count("SELECT COUNT(*) FROM accounts").await, 1);
    // The owner is told, with the ways back in; no link that confirms anything.
    let notice = app.mailbox().next("lars@example.dk", 2).await;
    assert!(notice.link("/login").is_some(), "{notice:?}");
    assert!(notice.link("/password/forgot").is_some(), "{notice:?}");
    assert_eq!(notice.link("/confirm/"), None);
}

async fn racing_registrations_with_one_email_leave_exactly_one_account(app: TestApp) {
    let attempts = 12;
    let visitors: Vec<_> = (0..attempts).map(|_| app.visitor()).collect();
    let results = futures::future::join_all(
        visitors
            .iter()
            .map(|v| v.register("Racer", "racer@example.dk", PASSWORD)),
    )
    .await;
    // Every one gets the same answer; the database keeps one account, and the address gets
    // one link and a notice for each of the others.
    assert!(results.iter().all(|r| r.is_ok()), "{results:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM accounts").await, 1);
    // Wait until every answer arrived.
    app.mailbox().next("racer@example.dk", attempts).await;
    let mails = app.mailbox().to("racer@example.dk");
    let links = mails
        .iter()
        .filter(|m| m.link("/confirm/").is_some())
        .count();
    assert_eq!(links, 1, "{mails:?}");
}

async fn registration_accepts_a_known_neighbourhood_and_refuses_an_unknown_one(app: TestApp) {
    let hedemarken = app::neighbourhoods::store::ensure(app.db(), "Hedemarken", Some(2600))
        .await
        .unwrap();
    let visitor = app.visitor();
    let id = hedemarken.to_string();
    let fields = |neighbourhood: &str| Register {
        display_name: "Aïcha".to_owned(),
        email: "a@example.dk".to_owned(),
        password: PASSWORD.to_owned(),
        password_repeat: PASSWORD.to_owned(),
        neighbourhood: neighbourhood.to_owned(),
    };
    let unknown = visitor.run(fields("99999")).await;
    assert_eq!(
        problem(&unknown, "neighbourhood"),
        Some(Problem::UnknownNeighbourhood)
    );
    let garbage = visitor.run(fields("drop table")).await;
    assert_eq!(
        problem(&garbage, "neighbourhood"),
        Some(Problem::UnknownNeighbourhood)
    );
    visitor.run(fields(&id)).await.unwrap();
    app.confirm(&visitor, "a@example.dk", 1).await;
    let account = visitor.account().await.expect("logged in");
    assert_eq!(account.neighbourhood_name.as_deref(), Some("Hedemarken"));
}

async fn a_logged_in_citizen_cannot_register_again(app: TestApp) {
    let citizen = app.citizen("Bashir").await;
    let again = citizen
        .register("Bashir 2", "bashir2@example.dk", PASSWORD)
        .await;
    assert_eq!(again, Err(AppError::Forbidden));
}

async fn wrong_password_and_unknown_email_fail_the_same_way(app: TestApp) {
    app.citizen("Ayse").await;
    let wrong_password = app
        .visitor()
        .log_in("ayse@example.dk", "not the right password")
        .await;
    let unknown_email = app
        .visitor()
        .log_in("nobody@example.dk", "not the right password")
        .await;
    for result in [&wrong_password, &unknown_email] {
        assert_problems(
            result,
            &[
                ("password", Some(Problem::WrongCredentials)),
                ("email", None),
            ],
        );
    }
    let visitor = app.visitor();
    visitor.log_in("AYSE@example.dk", PASSWORD).await.unwrap();
    assert!(visitor.account_id().await.is_some());
}

async fn logging_in_keeps_the_email_but_not_the_password_when_it_fails(app: TestApp) {
    let result = app.visitor().log_in("mette@example.dk", PASSWORD).await;
    let Err(AppError::Invalid(invalid)) = result else {
        panic!("expected Invalid")
    };
    assert_eq!(invalid.value_of("email"), Some("mette@example.dk"));
    assert_eq!(invalid.value_of("password"), None);
}

async fn logging_out_ends_the_session_on_the_server(app: TestApp) {
    let citizen = app.citizen("Lars").await;
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 1);
    citizen.log_out().await.unwrap();
    assert_eq!(citizen.account_id().await, None);
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 0);
}

async fn changing_the_password_needs_the_current_one(app: TestApp) {
    let anonymous = app.visitor();
    let fields = |current: &str| ChangePassword {
        current_password: current.to_owned(),
        new_password: "et helt nyt kodeord".to_owned(),
        new_password_repeat: "et helt nyt kodeord".to_owned(),
    };
    assert_eq!(
        anonymous.run(fields(PASSWORD)).await,
        Err(AppError::NotLoggedIn)
    );
    let citizen = app.citizen("Mette").await;
    let wrong = citizen.run(fields("forkert forkert forkert")).await;
    assert_eq!(
        problem(&wrong, "current_password"),
        Some(Problem::WrongCurrentPassword)
    );
    let short = citizen
        .run(ChangePassword {
            current_password: PASSWORD.to_owned(),
            new_password: "kort".to_owned(),
            new_password_repeat: "kort".to_owned(),
        })
        .await;
    assert_eq!(
        problem(&short, "new_password"),
        Some(Problem::PasswordTooShort { min: 12 })
    );
    citizen.run(fields(PASSWORD)).await.unwrap();
    assert!(citizen.account_id().await.is_some(), "this session goes on");
    assert!(
        app.visitor()
            .log_in("mette@example.dk", PASSWORD)
            .await
            .is_err()
    );
    app.visitor()
        .log_in("mette@example.dk", "et helt nyt kodeord")
        .await
        .unwrap();
}

async fn changing_the_password_ends_every_other_session(app: TestApp) {
    let phone = app.citizen("Pia").await;
    let laptop = app.visitor();
    laptop.log_in("pia@example.dk", PASSWORD).await.unwrap();
    assert!(laptop.account_id().await.is_some());
    phone
        .run(ChangePassword {
            current_password: PASSWORD.to_owned(),
            new_password: "nyt kodeord til pia".to_owned(),
            new_password_repeat: "nyt kodeord til pia".to_owned(),
        })
        .await
        .unwrap();
    assert!(phone.account_id().await.is_some());
    assert_eq!(laptop.account_id().await, None);
}

async fn a_citizen_can_change_name_and_neighbourhood(app: TestApp) {
    let blokland = app::neighbourhoods::store::ensure(app.db(), "Blokland", None)
        .await
        .unwrap();
    let citizen = app.citizen("Ole").await;
    citizen
        .run(profile("Ole Hansen", &blokland.to_string()))
        .await
        .unwrap();
    let account = citizen.account().await.expect("logged in");
    assert_eq!(account.display_name, "Ole Hansen");
    assert_eq!(account.neighbourhood_name.as_deref(), Some("Blokland"));
}

async fn profile_changes_are_validated(app: TestApp) {
    assert_eq!(
        app.visitor().run(profile("X", "")).await,
        Err(AppError::NotLoggedIn)
    );
    let citizen = app.citizen("Ole").await;
    let result = citizen.run(profile("", "12345")).await;
    assert_problems(
        &result,
        &[
            ("display_name", Some(Problem::Required)),
            ("neighbourhood", Some(Problem::UnknownNeighbourhood)),
        ],
    );
    assert_eq!(citizen.display_name().await.as_deref(), Some("Ole"));
}

async fn passwords_are_stored_as_argon2id_hashes(app: TestApp) {
    app.citizen("Hash").await;
    let hash: String = sqlx::query_scalar("SELECT password_hash FROM accounts")
        .fetch_one(app.db().pool())
        .await
        .unwrap();
    assert!(
        hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{hash}"
    );
    assert!(!hash.contains(PASSWORD));
}
