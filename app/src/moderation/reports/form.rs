//! Reporting an initiative or a comment to the moderators, with a reason.

use crate::error::AppError;
use crate::i18n::{Msg, tr};
use crate::ids::{CommentId, InitiativeId};
use crate::ui::form::{FormState, OneTextFields};
use leptos::prelude::*;

#[server(endpoint = "report_initiative")]
pub async fn report_initiative(
    initiative_id: InitiativeId,
    report_reason: String,
) -> Result<(), AppError> {
    use crate::error::FormCheck;
    // Any logged-in person but its initiators, about an initiative they can see.
    let (state, _session, account) = crate::accounts::auth::require_active_account().await?;
    let initiative = crate::initiatives::store::by_id(&state.db, initiative_id)
        .await?
        .filter(|row| row.is_public())
        .ok_or(AppError::NotFound)?;
    let level =
        crate::participation::store::level_of(state.db.pool(), initiative_id, account.id).await?;
    if initiative.author_id == account.id
        || level == Some(crate::participation::level::Level::Initiator)
    {
        // Reports are for other people's content; an initiator withdraws or edits instead.
        return Err(AppError::Forbidden);
    }
    let mut check = FormCheck::new();
    let reason = reason(&mut check, &report_reason)?;
    let from = crate::limits::client::current().await;
    state
        .limits
        .report(from, account.id)
        .map_err(|refused| AppError::from(refused).keeping(&[("report_reason", &report_reason)]))?;
    store(
        &state.db,
        crate::moderation::Target::Initiative(initiative_id),
        account.id,
        &reason,
    )
    .await?;
    leptos_axum::redirect(&format!("/initiatives/{initiative_id}?saved=reported"));
    Ok(())
}

#[server(endpoint = "report_comment")]
pub async fn report_comment(comment_id: CommentId, report_reason: String) -> Result<(), AppError> {
    use crate::error::FormCheck;
    // Any logged-in person but its author, about a comment they can see.
    let (state, _session, account) = crate::accounts::auth::require_active_account().await?;
    let (comment, _) = crate::comments::write::live_comment(&state.db, comment_id).await?;
    if comment.author_id == account.id {
        return Err(AppError::Forbidden);
    }
    let mut check = FormCheck::new();
    check.keep("comment_id", &comment_id.to_string());
    let reason = reason(&mut check, &report_reason)?;
    let from = crate::limits::client::current().await;
    state.limits.report(from, account.id).map_err(|refused| {
        AppError::from(refused).keeping(&[
            ("comment_id", &comment_id.to_string()),
            ("report_reason", &report_reason),
        ])
    })?;
    store(
        &state.db,
        crate::moderation::Target::Comment(comment_id),
        account.id,
        &reason,
    )
    .await?;
    crate::comments::write::show_in_place(&state.db, &comment, "comment_reported").await
}

#[cfg(feature = "ssr")]
fn reason(check: &mut crate::error::FormCheck, input: &str) -> Result<String, AppError> {
    crate::text::reason(check, "report_reason", input)
}

/// Stores a report (one open report per person per item), which may hide the item.
#[cfg(feature = "ssr")]
async fn store(
    db: &crate::db::Db,
    target: crate::moderation::Target,
    reporter: crate::ids::AccountId,
    reason: &str,
) -> Result<(), AppError> {
    let hidden = super::store::report(db, target, reporter, reason, crate::db::now()).await?;
    tracing::info!(
        target_kind = target.kind(),
        target_id = target.id(),
        reporter = %reporter,
        hidden,
        "reported to the moderators"
    );
    Ok(())
}

/// A disclosure with the report form: closed until asked for, and it works without
/// JavaScript (`<details>`).
#[component]
pub fn ReportInitiative(id: InitiativeId) -> impl IntoView {
    let action = ServerAction::<ReportInitiative>::new();
    let form = FormState::new(action);
    let open = move || form.problem("report_reason").is_some();
    view! {
        <details class="report" open=open>
            <summary>{tr(Msg::ReportTitle)}</summary>
            <ActionForm action=action attr:novalidate=true attr:class="form">
                <OneTextFields form hidden=vec![("initiative_id", id.0.to_string())] name="report_reason" label=Msg::ReportReason hint=Msg::ReportHint rows=3 submit=Msg::ReportSubmit button="button button-secondary" />
            </ActionForm>
        </details>
    }
}

/// The report form under someone else's comment. One action serves every comment on the
/// page; the form shows only the errors returned for its own comment.
#[component]
pub fn ReportCommentForm(id: CommentId, action: ServerAction<ReportComment>) -> impl IntoView {
    let form = FormState::new(action).for_item("report", "comment_id", id.0);
    let open = move || form.problem("report_reason").is_some();
    view! {
        <details class="comment-action" open=open>
            <summary>{tr(Msg::CommentReportTitle)}</summary>
            <ActionForm action=action attr:novalidate=true attr:class="form">
                <OneTextFields form hidden=vec![("comment_id", id.0.to_string())] name="report_reason" label=Msg::ReportReason hint=Msg::ReportHint rows=3 submit=Msg::ReportSubmit button="button button-secondary" />
            </ActionForm>
        </details>
    }
}
