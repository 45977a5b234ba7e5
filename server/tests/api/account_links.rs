//! The links by email, on SQLite and PostgreSQL: confirming an address, getting back in
//! after a forgotten password, changing the address. Single use, expiring, stored only as
//! a hash; and no answer tells whether an address has an account.

use crate::helpers::{PASSWORD, TestApp, Visitor, email_of, idea, problem, profile};
use app::accounts::confirm::{CheckLink, ConfirmEmail, LinkState, ResendConfirmation};
use app::accounts::email_settings::ChangeEmail;
use app::accounts::password_reset::{RequestPasswordReset, ResetPassword};
use app::error::{AppError, Problem};
use app::initiatives::propose::Propose;

on_both_databases!(
    an_unconfirmed_account_edits_its_profile_but_reaches_nobody,
    a_confirmation_link_works_once,
    sending_the_link_again_leaves_only_the_newest_working,
    an_expired_link_is_refused_and_a_made_up_one_is_unknown,
    links_are_kept_only_as_a_hash,
    a_forgotten_password_gets_the_same_answer_for_any_address,
    a_new_password_from_the_link_ends_every_session_and_is_told,
    a_reset_link_works_once_and_for_an_hour,
    a_reset_link_confirms_an_unconfirmed_address,
    changing_the_address_needs_the_password_and_confirms_the_new_one,
    changing_to_an_address_in_use_answers_the_same_and_tells_its_owner,
    accounts_nobody_confirmed_are_deleted_after_30_days,
);

/// A browser that registered `name` without opening the link; answers it and the address.
async fn registered(app: &TestApp, name: &str) -> (Visitor, String) {
    let visitor = app.visitor();
    let email = email_of(name);
    visitor.register(name, &email, PASSWORD).await.unwrap();
    (visitor, email)
}

/// Registers `name` without opening the link, and logs in: an unconfirmed account.
async fn unconfirmed(app: &TestApp, name: &str) -> Visitor {
    let (visitor, email) = registered(app, name).await;
    visitor.log_in(&email, PASSWORD).await.unwrap();
    visitor
}

/// Makes the links nobody used yet expire `ago` seconds ago.
async fn expire_unused_links(app: &TestApp, ago: i64) {
    sqlx::query("UPDATE account_tokens SET expires_at = $1 WHERE used_at IS NULL")
        .bind(app::db::now().minus(ago))
        .execute(app.db().pool())
        .await
        .unwrap();
}

/// Asks to move `visitor`'s account to `new_email`, confirming with `password`.
async fn change_email(visitor: &Visitor, password: &str, new_email: &str) -> Result<(), AppError> {
    visitor
        .run(ChangeEmail {
            email_password: password.to_owned(),
            new_email: new_email.to_owned(),
        })
        .await
}

/// Sets a new password with the reset link `token`, as `browser`.
async fn reset_password(browser: &Visitor, token: String) -> Result<(), AppError> {
    browser
        .run(ResetPassword {
            token,
            new_password: NEW_PASSWORD.to_owned(),
            new_password_repeat: NEW_PASSWORD.to_owned(),
        })
        .await
}

/// The confirmation link in the `n`th email to `email`.
async fn confirm_token(app: &TestApp, email: &str, n: usize) -> String {
    app.mailbox()
        .next(email, n)
        .await
        .token("/confirm/")
        .expect("a confirmation link")
}

fn proposal(title: &str) -> Propose {
    idea(title)
}
async fn an_unconfirmed_account_edits_its_profile_but_reaches_nobody(app: TestApp) {
    let visitor = unconfirmed(&app, "Nyt Menneske").await;
    let account = visitor
        .account()
        .await
        .expect("logging in works unconfirmed");
    assert!(!account.confirmed);
    visitor
        .run(profile("Ny Borger", ""))
        .await
        .expect("the profile can be set up");
    assert_eq!(
        visitor.run(proposal("Mit forslag")).await,
        Err(AppError::NotConfirmed)
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM initiatives").await, 0);
    // Confirming opens everything.
    app.confirm(&visitor, &email_of("Nyt Menneske"), 1).await;
    assert!(visitor.run(proposal("Mit forslag")).await.is_ok());
}

async fn a_confirmation_link_works_once(app: TestApp) {
    let (visitor, email) = registered(&app, "Mette").await;
    let token = confirm_token(&app, &email, 1).await;
    let check = |token: String| {
        let visitor = visitor.clone();
        async move {
            visitor
                .run(CheckLink {
                    purpose: "confirm".to_owned(),
                    token,
                })
                .await
                .unwrap()
        }
    };
    assert_eq!(check(token.clone()).await, LinkState::Valid);
    visitor
        .run(ConfirmEmail {
            token: token.clone(),
        })
        .await
        .unwrap();
    assert_eq!(check(token.clone()).await, LinkState::Used);
    let again = app.visitor().run(ConfirmEmail { token }).await;
    assert_eq!(problem(&again, "token"), Some(Problem::LinkUsed));
}

async fn sending_the_link_again_leaves_only_the_newest_working(app: TestApp) {
    let visitor = unconfirmed(&app, "Lars").await;
    let email = email_of("Lars");
    let first = confirm_token(&app, &email, 1).await;
    visitor.run(ResendConfirmation {}).await.unwrap();
    let second = confirm_token(&app, &email, 2).await;
    assert_ne!(first, second);
    let old = visitor.run(ConfirmEmail { token: first }).await;
    assert_eq!(problem(&old, "token"), Some(Problem::LinkUsed));
    visitor.run(ConfirmEmail { token: second }).await.unwrap();
    assert!(visitor.account().await.unwrap().confirmed);
}

async fn an_expired_link_is_refused_and_a_made_up_one_is_unknown(app: TestApp) {
    let (visitor, email) = registered(&app, "Ayse").await;
    let token = confirm_token(&app, &email, 1).await;
    // Two days and a minute later.
    expire_unused_links(&app, 60).await;
    let expired = visitor.run(ConfirmEmail { token }).await;
    assert_eq!(problem(&expired, "token"), Some(Problem::LinkExpired));
    let made_up = visitor
        .run(ConfirmEmail {
            token: "ab".repeat(32),
        })
        .await;
    assert_eq!(problem(&made_up, "token"), Some(Problem::LinkUnknown));
    assert_eq!(visitor.account_id().await, None);
}

async fn links_are_kept_only_as_a_hash(app: TestApp) {
    let (_, email) = registered(&app, "Bashir").await;
    let token = confirm_token(&app, &email, 1).await;
    assert_eq!(token.len(), 64);
    let stored: Vec<String> = sqlx::query_scalar("SELECT token_hash FROM account_tokens")
        .fetch_all(app.db().pool())
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], token, "the token itself is not stored");
}

async fn a_forgotten_password_gets_the_same_answer_for_any_address(app: TestApp) {
    app.citizen("Mette").await;
    let stranger = app.visitor();
    let known = stranger
        .run(RequestPasswordReset {
            email: "Mette@Example.dk".to_owned(),
        })
        .await;
    let unknown = stranger
        .run(RequestPasswordReset {
            email: "ingen@example.dk".to_owned(),
        })
        .await;
    assert_eq!(known, Ok(()));
    assert_eq!(unknown, known, "the same answer");
    let mail = app.mailbox().next("mette@example.dk", 2).await;
    assert!(mail.link("/password/reset/").is_some(), "{mail:?}");
    // Nothing goes to an address without an account.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(app.mailbox().to("ingen@example.dk").is_empty());
    // What is not an address is said so: that tells nothing about accounts.
    let bad = stranger
        .run(RequestPasswordReset {
            email: "ikke en adresse".to_owned(),
        })
        .await;
    assert_eq!(problem(&bad, "email"), Some(Problem::InvalidEmail));
}

/// Asks for a reset link for `email` (the `n`th email to it) and answers its token.
async fn reset_token(app: &TestApp, email: &str, n: usize) -> String {
    app.visitor()
        .run(RequestPasswordReset {
            email: email.to_owned(),
        })
        .await
        .unwrap();
    app.mailbox()
        .next(email, n)
        .await
        .token("/password/reset/")
        .expect("a reset link")
}

const NEW_PASSWORD: &str = "en helt ny og lang adgangskode";

async fn a_new_password_from_the_link_ends_every_session_and_is_told(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let email = email_of("Mette");
    let token = reset_token(&app, &email, 2).await;
    let browser = app.visitor();
    // A mistyped repeat is said so, and does not use up the link.
    let mistyped = browser
        .run(ResetPassword {
            token: token.clone(),
            new_password: NEW_PASSWORD.to_owned(),
            new_password_repeat: "noget andet helt".to_owned(),
        })
        .await;
    assert_eq!(
        problem(&mistyped, "new_password_repeat"),
        Some(Problem::PasswordsDiffer)
    );
    reset_password(&browser, token).await.unwrap();
    assert!(browser.account_id().await.is_some(), "the link logs in");
    assert_eq!(mette.account_id().await, None, "every other session ended");
    assert!(app.visitor().log_in(&email, PASSWORD).await.is_err());
    app.visitor().log_in(&email, NEW_PASSWORD).await.unwrap();
    let told = app.mailbox().next(&email, 3).await;
    assert!(told.link("/password/forgot").is_some(), "{told:?}");
}

async fn a_reset_link_works_once_and_for_an_hour(app: TestApp) {
    app.citizen("Lars").await;
    let email = email_of("Lars");
    let token = reset_token(&app, &email, 2).await;
    reset_password(&app.visitor(), token.clone()).await.unwrap();
    assert_eq!(
        problem(&reset_password(&app.visitor(), token).await, "token"),
        Some(Problem::LinkUsed)
    );
    let later = reset_token(&app, &email, 4).await;
    expire_unused_links(&app, 1).await;
    assert_eq!(
        problem(&reset_password(&app.visitor(), later).await, "token"),
        Some(Problem::LinkExpired)
    );
}

async fn a_reset_link_confirms_an_unconfirmed_address(app: TestApp) {
    let (_, email) = registered(&app, "Glemsom").await;
    let token = reset_token(&app, &email, 2).await;
    let browser = app.visitor();
    reset_password(&browser, token).await.unwrap();
    assert!(browser.account().await.unwrap().confirmed);
}

async fn changing_the_address_needs_the_password_and_confirms_the_new_one(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let wrong = change_email(&mette, "ikke min adgangskode", "ny.mette@example.dk").await;
    assert_eq!(
        problem(&wrong, "email_password"),
        Some(Problem::WrongCurrentPassword)
    );
    let same = change_email(&mette, PASSWORD, "METTE@example.dk").await;
    assert_eq!(problem(&same, "new_email"), Some(Problem::SameEmail));
    change_email(&mette, PASSWORD, "ny.mette@example.dk")
        .await
        .unwrap();
    // Until the new address is confirmed, the account keeps the old one.
    let account = mette.account().await.unwrap();
    assert_eq!(account.email, "mette@example.dk");
    assert_eq!(
        account.pending_email.as_deref(),
        Some("ny.mette@example.dk")
    );
    let told_old = app.mailbox().next("mette@example.dk", 2).await;
    assert!(told_old.link("/password/forgot").is_some(), "{told_old:?}");
    app.confirm(&mette, "ny.mette@example.dk", 1).await;
    let account = mette.account().await.unwrap();
    assert_eq!(account.email, "ny.mette@example.dk");
    assert_eq!(account.pending_email, None);
    app.visitor()
        .log_in("ny.mette@example.dk", PASSWORD)
        .await
        .unwrap();
    assert!(
        app.visitor()
            .log_in("mette@example.dk", PASSWORD)
            .await
            .is_err()
    );
}

async fn changing_to_an_address_in_use_answers_the_same_and_tells_its_owner(app: TestApp) {
    let mette = app.citizen("Mette").await;
    app.citizen("Lars").await;
    let answer = change_email(&mette, PASSWORD, "lars@example.dk").await;
    assert_eq!(answer, Ok(()), "the same answer as for a free address");
    let told = app.mailbox().next("lars@example.dk", 2).await;
    assert_eq!(told.link("/confirm/"), None, "{told:?}");
    assert_eq!(mette.account().await.unwrap().pending_email, None);
}

async fn accounts_nobody_confirmed_are_deleted_after_30_days(app: TestApp) {
    registered(&app, "Glemt").await;
    app.citizen("Bekræftet").await;
    let now = app::db::now();
    let month_ago = now.minus(30 * app::timestamp::DAY);
    // Not yet: it is new.
    assert_eq!(
        app::accounts::store::purge_unconfirmed(app.db(), month_ago)
            .await
            .unwrap(),
        0
    );
    sqlx::query("UPDATE accounts SET created_at = $1")
        .bind(now.minus(31 * app::timestamp::DAY))
        .execute(app.db().pool())
        .await
        .unwrap();
    assert_eq!(
        app::accounts::store::purge_unconfirmed(app.db(), month_ago)
            .await
            .unwrap(),
        1
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM accounts").await, 1);
    let orphans = app
        .count(
            "SELECT COUNT(*) FROM account_tokens \
             WHERE account_id NOT IN (SELECT id FROM accounts)",
        )
        .await;
    assert_eq!(orphans, 0, "its links went with it");
}
