//! Who may call each server function: one table, every function, every kind of caller.
//! The server decides; nothing relies on a button being hidden.

#[macro_use]
mod common;

use app::accounts::role::Role;
use app::error::AppError;
use common::{TestApp, Visitor};

#[derive(Clone, Copy, Debug)]
enum Caller {
    Anonymous,
    Citizen,
    Moderator,
    Politician,
    Administrator,
}

const CALLERS: [Caller; 5] = [
    Caller::Anonymous,
    Caller::Citizen,
    Caller::Moderator,
    Caller::Politician,
    Caller::Administrator,
];

async fn caller(app: &TestApp, who: Caller, n: usize) -> Visitor {
    let name = format!("caller{n}");
    match who {
        Caller::Anonymous => app.visitor(),
        Caller::Citizen => app.citizen(&name).await,
        Caller::Moderator => app.with_role(&name, Role::Moderator).await,
        Caller::Politician => app.with_role(&name, Role::Politician).await,
        Caller::Administrator => app.with_role(&name, Role::Administrator).await,
    }
}

/// What a caller gets: allowed (the call ran, successfully or with a validation message) or
/// the refusal it got.
fn outcome(result: &Result<serde_json::Value, AppError>) -> Result<(), AppError> {
    match result {
        Ok(_) | Err(AppError::Invalid(_)) => Ok(()),
        Err(error) => Err(error.clone()),
    }
}

/// A server function's endpoint, the fields to send, and who it must admit.
struct Endpoint<'a>(
    &'a str,
    Vec<(&'a str, &'a str)>,
    &'a dyn Fn(Caller) -> Result<(), AppError>,
);

on_both_databases!(every_server_function_admits_exactly_the_callers_it_should);

async fn every_server_function_admits_exactly_the_callers_it_should(app: TestApp) {
    let logged_in_only = |who: Caller| match who {
        Caller::Anonymous => Err(AppError::NotLoggedIn),
        _ => Ok(()),
    };
    let anonymous_only = |who: Caller| match who {
        Caller::Anonymous => Ok(()),
        _ => Err(AppError::Forbidden),
    };
    let everyone = |_: Caller| Ok(());

    let table: Vec<Endpoint> = vec![
        Endpoint("site_info", vec![], &everyone),
        Endpoint("neighbourhoods", vec![], &everyone),
        Endpoint("set_language", vec![("lang", "en")], &everyone),
        Endpoint(
            "login",
            vec![("email", "nobody@example.dk"), ("password", "x")],
            &everyone,
        ),
        Endpoint(
            "register",
            vec![
                ("display_name", ""),
                ("email", ""),
                ("password", ""),
                ("password_repeat", ""),
                ("neighbourhood", ""),
            ],
            &anonymous_only,
        ),
        Endpoint(
            "update_profile",
            vec![("display_name", ""), ("neighbourhood", "")],
            &logged_in_only,
        ),
        Endpoint(
            "change_password",
            vec![
                ("current_password", "wrong wrong wrong"),
                ("new_password", ""),
                ("new_password_repeat", ""),
            ],
            &logged_in_only,
        ),
        Endpoint("logout", vec![], &everyone),
    ];

    let mut n = 0;
    for Endpoint(endpoint, fields, rule) in &table {
        for who in CALLERS {
            n += 1;
            let visitor = caller(&app, who, n).await;
            let result = visitor.call(endpoint, fields).await;
            assert_eq!(
                outcome(&result),
                rule(who),
                "{endpoint} called by {who:?} gave {result:?}"
            );
        }
    }
    // The callers above were made through the real registration form.
    assert!(app.count("SELECT COUNT(*) FROM accounts").await >= 4 * table.len() as i64);
}
