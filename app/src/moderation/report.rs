//! Reporting an initiative (and later a comment) to the moderators, with a reason.

use crate::error::AppError;
use crate::i18n::{Msg, tr};
use crate::ui::form::{FormAlert, FormState};
use leptos::prelude::*;

/// The longest reason a report may give.
pub const REASON_MAX: usize = 1_000;

#[server(endpoint = "report_initiative")]
pub async fn report_initiative(initiative_id: i64, report_reason: String) -> Result<(), AppError> {
    use crate::error::FormCheck;
    // Any logged-in person, about an initiative they can see.
    let (state, _session, account) = crate::accounts::auth::require_account().await?;
    crate::initiatives::store::by_id(&state.db, initiative_id)
        .await?
        .filter(|row| row.state.is_public())
        .ok_or(AppError::NotFound)?;
    let mut check = FormCheck::new();
    check.keep("report_reason", &report_reason);
    let Some(reason) = check.check(
        "report_reason",
        crate::text::multi_line(&report_reason, REASON_MAX),
    ) else {
        return Err(check.into_error());
    };
    sqlx::query(
        "INSERT INTO reports (target_kind, target_id, reporter_id, reason, created_at) \
         VALUES ('initiative', $1, $2, $3, $4) \
         ON CONFLICT (target_kind, target_id, reporter_id) DO NOTHING",
    )
    .bind(initiative_id)
    .bind(account.id)
    .bind(&reason)
    .bind(crate::db::now())
    .execute(state.db.pool())
    .await?;
    tracing::info!(
        initiative = initiative_id,
        account = account.id,
        "initiative reported"
    );
    leptos_axum::redirect(&format!("/initiatives/{initiative_id}?saved=reported"));
    Ok(())
}

/// A disclosure with the report form: closed until asked for, and it works without
/// JavaScript (`<details>`).
#[component]
pub fn ReportInitiative(id: i64) -> impl IntoView {
    let action = ServerAction::<ReportInitiative>::new();
    let form = FormState::new(action);
    let open = move || form.problem("report_reason").is_some();
    view! {
        <details class="report" open=open>
            <summary>{tr(Msg::ReportTitle)}</summary>
            <ActionForm action=action attr:novalidate=true attr:class="form">
                <FormAlert form labels=vec![("report_reason", Msg::ReportReason)] />
                <input type="hidden" name="initiative_id" value=id />
                <crate::ui::form::TextArea name="report_reason" label=Msg::ReportReason hint=Msg::ReportHint form rows=3 />
                <button type="submit" class="button button-secondary">{tr(Msg::ReportSubmit)}</button>
            </ActionForm>
        </details>
    }
}
