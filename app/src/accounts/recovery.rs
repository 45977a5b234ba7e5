//! The rules of the links by email: confirming an address (a new account's, or a new one for
//! an existing account), asking for and setting a new password, and changing the address.
//! None of the answers tells whether an address has an account.

use super::email::Email;
use super::emails::{self, To};
use super::password::Password;
use super::service::Authenticated;
use super::tokens::{self, Purpose, Refused};
use super::{Account, store};
use crate::db::is_unique_violation;
use crate::error::{AppError, FormCheck, Problem};
use crate::limits::Source;
use crate::state::AppState;

/// Opens a confirmation link: the account's address is confirmed, or its new address takes
/// the old one's place. Answers the account to log in to.
pub async fn confirm(
    state: &AppState,
    token: &str,
) -> Result<Result<Authenticated, Refused>, AppError> {
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let taken = match tokens::take(&mut tx, Purpose::ConfirmEmail, token, now).await? {
        Ok(taken) => taken,
        Err(refused) => return Ok(Err(refused)),
    };
    let Some(addresses) = store::addresses(&mut tx, taken.account_id).await? else {
        return Ok(Err(Refused::Unknown));
    };
    if addresses.pending_email.as_deref() == Some(taken.email.as_str()) {
        match store::move_to_pending_email(&mut tx, taken.account_id, &taken.email, now).await {
            Ok(()) => {}
            Err(error) if is_unique_violation(&error) => {
                // Someone registered the address meanwhile: the account keeps the old one.
                let mut check = FormCheck::new();
                check.fail("token", Problem::EmailTaken);
                return Err(check.into_error());
            }
            Err(error) => return Err(error.into()),
        }
    } else if addresses.email == taken.email {
        store::confirm_email(&mut tx, taken.account_id, now).await?;
    } else {
        // Sent to an address the account no longer has.
        return Ok(Err(Refused::Unknown));
    }
    tx.commit().await?;
    tracing::info!(account = %taken.account_id, "email confirmed");
    Ok(Ok(Authenticated {
        account_id: taken.account_id,
        session_version: addresses.session_version,
    }))
}

/// Sends the confirmation link again, to the address that waits for it.
pub async fn resend(state: &AppState, from: Source, account: &Account) -> Result<(), AppError> {
    let address = match (&account.pending_email, account.confirmed) {
        (Some(pending), _) => pending.clone(),
        (None, false) => account.email.clone(),
        (None, true) => return Ok(()),
    };
    state.limits.mail(from, &address)?;
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let token = tokens::issue(&mut tx, account.id, Purpose::ConfirmEmail, &address, now).await?;
    tx.commit().await?;
    let to = To {
        email: &address,
        name: &account.display_name,
        lang: account.language,
    };
    state.mail.send(if account.pending_email.is_some() {
        emails::confirm_new_address(state, &to, &token)
    } else {
        emails::confirm_registration(state, &to, &token)
    });
    Ok(())
}

/// Asks for a new password for `email`. The answer is the same, at once, whether or not
/// the address has an account: the looking up and the email happen after it, in the
/// background, so not even the time taken tells.
pub fn request_reset(state: &AppState, from: Source, email: &str) -> Result<(), AppError> {
    let mut check = FormCheck::new();
    check.keep("email", email);
    let Some(email) = check.check("email", Email::parse(email)) else {
        return Err(check.into_error());
    };
    // Counted whether or not the address has an account: the limit tells nothing either.
    state
        .limits
        .mail(from, email.as_str())
        .map_err(|refused| AppError::from(refused).keeping(&[("email", email.as_str())]))?;
    let state = state.clone();
    tokio::spawn(async move {
        if let Err(error) = send_reset(&state, email.as_str()).await {
            tracing::error!(?error, "a password reset could not be sent");
        }
    });
    Ok(())
}

async fn send_reset(state: &AppState, email: &str) -> Result<(), AppError> {
    let Some(contact) = store::contact_by_email(&state.db, email).await? else {
        return Ok(());
    };
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let token = tokens::issue(&mut tx, contact.id, Purpose::ResetPassword, email, now).await?;
    tx.commit().await?;
    let to = To {
        email: &contact.email,
        name: &contact.display_name,
        lang: contact.language(),
    };
    state.mail.send(emails::reset_password(state, &to, &token));
    Ok(())
}

/// Sets a new password from a reset link. Every session of the account ends; the owner is
/// told by email. Opening the link also proves the address is theirs.
pub async fn reset(
    state: &AppState,
    token: &str,
    new: &str,
    new_repeat: &str,
) -> Result<Result<Authenticated, Refused>, AppError> {
    // The password is checked first, so that a mistyped one does not use up the link.
    let mut check = FormCheck::new();
    let Some(new_password) = Password::chosen(&mut check, new, new_repeat) else {
        return Err(check.into_error());
    };
    let hash = state.hashing.hash(&new_password).await?;
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let taken = match tokens::take(&mut tx, Purpose::ResetPassword, token, now).await? {
        Ok(taken) => taken,
        Err(refused) => return Ok(Err(refused)),
    };
    let Some(session_version) =
        store::reset_password(&mut tx, taken.account_id, &hash, &taken.email, now).await?
    else {
        return Ok(Err(Refused::Unknown));
    };
    tx.commit().await?;
    tracing::info!(account = %taken.account_id, "password reset");
    if let Some(contact) = store::contact_by_email(&state.db, &taken.email).await? {
        let to = To {
            email: &contact.email,
            name: &contact.display_name,
            lang: contact.language(),
        };
        state.mail.send(emails::password_changed(state, &to));
    }
    Ok(Ok(Authenticated {
        account_id: taken.account_id,
        session_version,
    }))
}

/// Asks to move the account to a new address: the password must be right; the new address
/// gets a link, the old one is told. If the new address belongs to another account, the
/// answer is the same and that address's owner is told instead.
pub async fn change_email(
    state: &AppState,
    from: Source,
    account: &Account,
    current_password: &str,
    new_email: &str,
) -> Result<(), AppError> {
    let mut check = FormCheck::new();
    check.keep("new_email", new_email);
    let kept = [("new_email", new_email)];
    let right = super::service::check_current_password(state, from, account, current_password)
        .await
        .map_err(|error| error.keeping(&kept))?;
    if !right {
        check.fail("email_password", Problem::WrongCurrentPassword);
    }
    let new = check.check("new_email", Email::parse(new_email));
    if new
        .as_ref()
        .is_some_and(|new| new.as_str() == account.email)
    {
        check.fail("new_email", Problem::SameEmail);
    }
    let (Some(new), true) = (new, check.is_ok()) else {
        return Err(check.into_error());
    };
    state
        .limits
        .mail(from, new.as_str())
        .map_err(|refused| AppError::from(refused).keeping(&kept))?;
    if let Some(owner) = store::contact_by_email(&state.db, new.as_str()).await? {
        let to = To {
            email: &owner.email,
            name: &owner.display_name,
            lang: owner.language(),
        };
        state.mail.send(emails::address_in_use(state, &to));
        return Ok(());
    }
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    store::set_pending_email(&mut tx, account.id, new.as_str()).await?;
    let token = tokens::issue(
        &mut tx,
        account.id,
        Purpose::ConfirmEmail,
        new.as_str(),
        now,
    )
    .await?;
    tx.commit().await?;
    let name = &account.display_name;
    state.mail.send(emails::confirm_new_address(
        state,
        &To {
            email: new.as_str(),
            name,
            lang: account.language,
        },
        &token,
    ));
    state.mail.send(emails::address_changing(
        state,
        &To {
            email: &account.email,
            name,
            lang: account.language,
        },
    ));
    Ok(())
}
