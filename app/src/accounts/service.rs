//! The accounts' rules, between the server functions (which add the session) and the
//! queries. The command line and the tests call these too.

use super::display_name::DisplayName;
use super::email::Email;
use super::password::{Hashing, Password};
use super::tokens::{self, Purpose};
use super::{Account, emails, store};
use crate::db::{Db, is_unique_violation};
use crate::error::{AppError, FormCheck, Problem};
use crate::i18n::Lang;
use crate::ids::{AccountId, NeighbourhoodId};
use crate::limits::Source;
use crate::neighbourhoods;
use crate::state::AppState;

/// The account a successful log-in or registration opens a session for.
pub struct Authenticated {
    pub account_id: AccountId,
    pub session_version: i64,
}

pub struct Registration<'a> {
    pub display_name: &'a str,
    pub email: &'a str,
    pub password: &'a str,
    pub password_repeat: &'a str,
    /// The neighbourhood's id as the form sent it; empty for none.
    pub neighbourhood: &'a str,
    /// The language the person registered in: their emails come in it.
    pub language: Lang,
}

/// Registers an account, unconfirmed, and emails the link that confirms its address. An
/// address that already has an account answers exactly the same, after the same work (the
/// password is hashed either way), and its owner is told by email instead: nobody learns
/// from the form whether an address is registered.
pub async fn register(
    state: &AppState,
    from: Source,
    form: Registration<'_>,
) -> Result<(), AppError> {
    let db = &state.db;
    let mut check = FormCheck::new();
    check
        .keep("display_name", form.display_name)
        .keep("email", form.email)
        .keep("neighbourhood", form.neighbourhood);
    let kept = [
        ("display_name", form.display_name),
        ("email", form.email),
        ("neighbourhood", form.neighbourhood),
    ];
    // Counted before anything is checked: a refused registration still costs a hash.
    state
        .limits
        .register(from)
        .and_then(|()| state.limits.mail(from, form.email))
        .map_err(|refused| AppError::from(refused).keeping(&kept))?;
    let display_name = check.check("display_name", DisplayName::parse(form.display_name));
    let email = check.check("email", Email::parse(form.email));
    let password = check.check("password", Password::parse(form.password));
    if password.is_some() && form.password != form.password_repeat {
        check.fail("password_repeat", Problem::PasswordsDiffer);
    }
    let neighbourhood = check.check(
        "neighbourhood",
        neighbourhoods::parse_choice(db, form.neighbourhood).await?,
    );
    let (Some(display_name), Some(email), Some(password), Some(neighbourhood_id), true) =
        (display_name, email, password, neighbourhood, check.is_ok())
    else {
        return Err(check.into_error());
    };
    let password_hash = state
        .hashing
        .hash(&password)
        .await
        .map_err(|error| error.keeping(&kept))?;
    let now = crate::db::now();
    let mut tx = db.begin_write().await?;
    let inserted = store::insert_account(
        &mut *tx,
        &store::NewAccount {
            email: email.as_str(),
            display_name: display_name.as_str(),
            password_hash: &password_hash,
            neighbourhood_id,
            language: form.language,
            confirmed_at: None,
            created_at: now,
        },
    )
    .await;
    let account = match inserted {
        Ok(account) => account,
        Err(error) if is_unique_violation(&error) => {
            drop(tx);
            tell_owner_of_attempt(state, email.as_str()).await?;
            return Ok(());
        }
        Err(error) => return Err(error.into()),
    };
    let token = tokens::issue(&mut tx, account, Purpose::ConfirmEmail, email.as_str(), now).await?;
    tx.commit().await?;
    tracing::info!(account = %account, "account registered, waiting for confirmation");
    let to = emails::To {
        email: email.as_str(),
        name: display_name.as_str(),
        lang: form.language,
    };
    state
        .mail
        .send(emails::confirm_registration(state, &to, &token));
    Ok(())
}

/// Tells the owner of `email` that someone tried to register with it.
async fn tell_owner_of_attempt(state: &AppState, email: &str) -> Result<(), AppError> {
    if let Some(owner) = store::contact_by_email(&state.db, email).await? {
        let to = emails::To {
            email: &owner.email,
            name: &owner.display_name,
            lang: owner.language(),
        };
        state.mail.send(emails::already_registered(state, &to));
    }
    Ok(())
}

/// Why a log-in did not open a session.
#[derive(Debug, PartialEq, Eq)]
pub enum LogInRefused {
    WrongCredentials,
}

/// Checks an email and password, within the log-in limits (see `limits`). Unknown email and
/// wrong password fail the same way, after the same amount of work.
pub async fn authenticate(
    state: &AppState,
    from: Source,
    email: &str,
    password: &str,
) -> Result<Result<Authenticated, LogInRefused>, AppError> {
    state.limits.log_in(from, email)?;
    // What cannot be an address is still checked against a dummy hash, to take as long.
    let key = Email::parse(email)
        .map(|e| e.as_str().to_owned())
        .unwrap_or_else(|_| email.trim().to_lowercase());
    let credentials = store::credentials_by_email(&state.db, &key).await?;
    let stored = credentials.as_ref().map(|c| c.password_hash.as_str());
    let verified = state.hashing.verify(password, stored).await?;
    match credentials {
        Some(credentials) if verified => Ok(Ok(Authenticated {
            account_id: credentials.account_id,
            session_version: credentials.session_version,
        })),
        credentials => {
            state.limits.log_in_failed(from, email);
            // The trail: where from and which account, never the password or the address.
            tracing::info!(
                address = %from,
                account = credentials.map(|c| c.account_id.0),
                "failed log-in"
            );
            Ok(Err(LogInRefused::WrongCredentials))
        }
    }
}

/// Checks a logged-in person's current password (to change the password or the address, or
/// to delete the account), within the same limits as logging in: a stolen session cannot
/// guess it any faster.
pub async fn check_current_password(
    state: &AppState,
    from: Source,
    account: &Account,
    candidate: &str,
) -> Result<bool, AppError> {
    state.limits.log_in(from, &account.email)?;
    let stored = store::password_hash(&state.db, account.id).await?;
    let right = state.hashing.verify(candidate, stored.as_deref()).await?;
    if !right {
        state.limits.log_in_failed(from, &account.email);
        tracing::info!(address = %from, account = account.id.0, "wrong current password");
    }
    Ok(right)
}

/// Changes the password after checking the current one, and answers the new session
/// version (every other session of the account ends).
pub async fn change_password(
    state: &AppState,
    from: Source,
    account: &Account,
    current: &str,
    new: &str,
    new_repeat: &str,
) -> Result<i64, AppError> {
    let mut check = FormCheck::new();
    if !check_current_password(state, from, account, current).await? {
        check.fail("current_password", Problem::WrongCurrentPassword);
    }
    let Some(new_password) = Password::chosen(&mut check, new, new_repeat) else {
        return Err(check.into_error());
    };
    let hash = state.hashing.hash(&new_password).await?;
    Ok(store::set_password(&state.db, account.id, &hash).await?)
}

pub async fn update_profile(
    db: &Db,
    account: &Account,
    display_name: &str,
    neighbourhood: &str,
) -> Result<(), AppError> {
    let mut check = FormCheck::new();
    check
        .keep("display_name", display_name)
        .keep("neighbourhood", neighbourhood);
    let name = check.check("display_name", DisplayName::parse(display_name));
    let neighbourhood_id = check.check(
        "neighbourhood",
        neighbourhoods::parse_choice(db, neighbourhood).await?,
    );
    let (Some(name), Some(neighbourhood_id)) = (name, neighbourhood_id) else {
        return Err(check.into_error());
    };
    store::update_profile(db, account.id, name.as_str(), neighbourhood_id).await?;
    Ok(())
}

/// Creates an account outside the web forms (the command line's `create-admin`, the demo's
/// first administrator), confirmed. The password rules still apply.
pub async fn create_account(
    db: &Db,
    hashing: &Hashing,
    email: &str,
    display_name: &str,
    password: &str,
    neighbourhood_id: Option<NeighbourhoodId>,
) -> Result<AccountId, AppError> {
    let mut check = FormCheck::new();
    let email = check.check("email", Email::parse(email));
    let name = check.check("display_name", DisplayName::parse(display_name));
    let password = check.check("password", Password::parse(password));
    let (Some(email), Some(name), Some(password)) = (email, name, password) else {
        return Err(check.into_error());
    };
    let password_hash = hashing.hash(&password).await?;
    store::insert_account(
        db.pool(),
        &store::NewAccount {
            email: email.as_str(),
            display_name: name.as_str(),
            password_hash: &password_hash,
            neighbourhood_id,
            language: Lang::default(),
            // Made by the municipality's own people, not through the form.
            confirmed_at: Some(crate::db::now()),
            created_at: crate::db::now(),
        },
    )
    .await
    .map_err(|error| {
        if is_unique_violation(&error) {
            let mut check = FormCheck::new();
            check.fail("email", Problem::EmailTaken);
            check.into_error()
        } else {
            error.into()
        }
    })
}
