//! How a moderator's answer to reported content is checked and concluded: the item must
//! exist and not be their own; after the change, its reports are resolved, the answer is
//! audited, the authors are told, and the moderator goes back where they came from.

use super::store::{self, Item};
use crate::accounts::staff::Moderator;
use crate::error::{AppError, FormCheck};
use crate::moderation::Target;
use crate::state::AppState;

/// A moderator, acting on an item that exists and that they did not write. The form's
/// target is kept, so that a refused form is shown under its own item.
pub async fn moderator_of(
    check: &mut FormCheck,
    target_kind: &str,
    target_id: i64,
) -> Result<(AppState, Moderator, Target, Item), AppError> {
    let (state, moderator) = crate::accounts::auth::require_moderator().await?;
    let target = Target::parse(target_kind, target_id).ok_or(AppError::BadRequest)?;
    check.keep("target_kind", target.kind());
    check.keep("target_id", &target_id.to_string());
    let item = store::item(&state.db, target)
        .await?
        .ok_or(AppError::NotFound)?;
    if item.owners.contains(&moderator.id()) {
        // Nobody moderates their own content.
        return Err(AppError::Forbidden);
    }
    Ok((state, moderator, target, item))
}

/// The rest of a hide or restore, once `tx` has changed the item: its open reports are
/// resolved, the answer audited, the authors told when `tell` says what of, the change
/// committed and logged, and the moderator sent back.
pub async fn conclude(
    state: &AppState,
    mut tx: sqlx::Transaction<'static, sqlx::Any>,
    answer: Answer<'_>,
    now: crate::timestamp::Timestamp,
) -> Result<(), AppError> {
    use crate::moderation::audit::{self, Entry};
    use crate::notifications::store as notifications;
    let Answer {
        moderator,
        target,
        item,
        action,
        reason,
        tell,
        back: back_to,
        saved,
    } = answer;
    let reports = store::resolve_reports(&mut tx, target, moderator, now).await?;
    audit::record(
        &mut tx,
        moderator,
        Entry {
            action,
            target_kind: target.audit_kind(),
            target_id: target.id(),
            reason,
            details: Some(format!("reports={reports}")),
            waited: None,
            at: now,
        },
    )
    .await?;
    let emails = match tell {
        Some(kind) => {
            notifications::notify(
                &mut tx,
                &item.owners,
                notifications::Notice::decision(kind, Some(item.initiative_id), reason),
                now,
            )
            .await?
        }
        None => Vec::new(),
    };
    tx.commit().await?;
    notifications::deliver(state, emails);
    tracing::info!(
        target_kind = target.kind(),
        target_id = target.id(),
        moderator = %moderator.id(),
        ?action,
        "moderator answered reports"
    );
    leptos_axum::redirect(&back(target, back_to, saved));
    Ok(())
}

/// A moderator's answer to an item, for `conclude`.
pub struct Answer<'a> {
    pub moderator: &'a Moderator,
    pub target: Target,
    pub item: &'a Item,
    pub action: crate::moderation::audit::Action,
    pub reason: Option<&'a str>,
    /// What the authors are told of, if anything.
    pub tell: Option<crate::notifications::Kind>,
    pub back: Option<&'a str>,
    pub saved: &'a str,
}

/// Where the moderator goes next: back to the initiative's review page when they acted
/// from there, otherwise to the report queue.
pub fn back(target: Target, back: Option<&str>, saved: &str) -> String {
    match (target, back) {
        (Target::Initiative(id), Some("review")) => {
            format!("/moderation/initiatives/{id}?saved={saved}")
        }
        _ => format!("/moderation/reports?saved={saved}"),
    }
}
