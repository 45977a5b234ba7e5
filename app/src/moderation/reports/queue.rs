//! The report queue: reported initiatives and comments, grouped by item with the reasons
//! given, and the moderator's answer to each: hide it with a reason, restore it, or dismiss
//! the reports. Every answer is audited; the content's author is told of a hide or restore.

use crate::error::AppError;
use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::moderation::{Hidden, ReportedItem, Target};
use crate::ui::form::{FormState, OneTextFields, Saved};
use crate::ui::layout::PageTitle;
use crate::ui::loaded::Loaded;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[server(endpoint = "report_queue")]
pub async fn report_queue() -> Result<Vec<ReportedItem>, AppError> {
    // Moderators only.
    let (state, _session, account) =
        crate::accounts::auth::require_role(crate::accounts::role::Role::Moderator).await?;
    Ok(super::store::queue(&state.db, account.id).await?)
}

#[cfg(feature = "ssr")]
use super::answering as rules;

#[server(endpoint = "hide_content")]
pub async fn hide_content(
    target_kind: String,
    target_id: i64,
    hide_reason: String,
    back: Option<String>,
) -> Result<(), AppError> {
    use crate::error::{FormCheck, Problem};
    use crate::moderation::audit::Action;
    use crate::notifications::Kind;
    // Moderators, on content they did not write.
    let mut check = FormCheck::new();
    let (state, moderator, target, item) =
        rules::moderator_of(&mut check, &target_kind, target_id).await?;
    let reason = crate::text::reason(&mut check, "hide_reason", &hide_reason)?;
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    if !super::store::hide(&mut tx, target, &moderator, &reason, now).await? {
        check.fail("hide_reason", Problem::AlreadyHandled);
        return Err(check.into_error());
    }
    rules::conclude(
        &state,
        tx,
        rules::Answer {
            moderator: &moderator,
            target,
            item: &item,
            action: Action::Hide,
            reason: Some(&reason),
            tell: Some(Kind::Hidden),
            back: back.as_deref(),
            saved: "hidden",
        },
        now,
    )
    .await
}

#[server(endpoint = "restore_content")]
pub async fn restore_content(
    target_kind: String,
    target_id: i64,
    restore_note: String,
    back: Option<String>,
) -> Result<(), AppError> {
    use crate::error::{FormCheck, Problem};
    use crate::moderation::audit::Action;
    use crate::notifications::Kind;
    // Moderators, on content they did not write.
    let mut check = FormCheck::new();
    let (state, moderator, target, item) =
        rules::moderator_of(&mut check, &target_kind, target_id).await?;
    let note = crate::text::note(&mut check, "restore_note", &restore_note)?;
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    if !super::store::unhide(&mut tx, target, false).await? {
        check.fail("restore_note", Problem::AlreadyHandled);
        return Err(check.into_error());
    }
    rules::conclude(
        &state,
        tx,
        rules::Answer {
            moderator: &moderator,
            target,
            item: &item,
            action: Action::Restore,
            reason: note.as_deref(),
            // The author was told when a moderator hid it; an automatic hide told nobody.
            tell: (item.hidden == Some(Hidden::ByModerator)).then_some(Kind::Restored),
            back: back.as_deref(),
            saved: "restored",
        },
        now,
    )
    .await
}

#[server(endpoint = "dismiss_reports")]
pub async fn dismiss_reports(
    target_kind: String,
    target_id: i64,
    dismiss_note: String,
) -> Result<(), AppError> {
    use crate::error::{FormCheck, Problem};
    use crate::moderation::audit::{self, Action, Entry};
    // Moderators, on content they did not write.
    let mut check = FormCheck::new();
    let (state, moderator, target, _item) =
        rules::moderator_of(&mut check, &target_kind, target_id).await?;
    let note = crate::text::note(&mut check, "dismiss_note", &dismiss_note)?;
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let reports = super::store::resolve_reports(&mut tx, target, &moderator, now).await?;
    if reports == 0 {
        check.fail("dismiss_note", Problem::AlreadyHandled);
        return Err(check.into_error());
    }
    // The reports were unfounded: an item they hid automatically is shown again. One a
    // moderator hid stays hidden.
    let shown_again = super::store::unhide(&mut tx, target, true).await?;
    audit::record(
        &mut tx,
        &moderator,
        Entry {
            action: Action::Dismiss,
            target_kind: target.audit_kind(),
            target_id: target.id(),
            reason: note.as_deref(),
            details: Some(format!("reports={reports}")),
            waited: None,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(
        target_kind = target.kind(),
        target_id,
        moderator = %moderator.id(),
        shown_again,
        "reports dismissed"
    );
    leptos_axum::redirect("/moderation/reports?saved=dismissed");
    Ok(())
}

/// The three answers' actions, shared by every item on the page.
#[derive(Clone, Copy)]
pub struct Answers {
    pub hide: ServerAction<HideContent>,
    pub restore: ServerAction<RestoreContent>,
    pub dismiss: ServerAction<DismissReports>,
}

impl Answers {
    pub fn new() -> Self {
        Answers {
            hide: ServerAction::new(),
            restore: ServerAction::new(),
            dismiss: ServerAction::new(),
        }
    }

    /// Changes whenever an answer succeeded, so that the page reloads its list; a refused
    /// answer keeps the page (and what was typed) as it is.
    pub fn succeeded(&self) -> Signal<usize> {
        let (hide, restore, dismiss) = (
            crate::ui::form::successes(self.hide),
            crate::ui::form::successes(self.restore),
            crate::ui::form::successes(self.dismiss),
        );
        Signal::derive(move || hide.get() + restore.get() + dismiss.get())
    }
}

/// Errors that concern no field (the session ended, the item is gone): shown once at the top
/// of the page, whichever item's form they came from.
#[component]
pub fn AnswerErrors(answers: Answers) -> impl IntoView {
    let i18n = use_i18n();
    let not_about_a_field =
        |error: Option<AppError>| error.filter(|e| !matches!(e, AppError::Invalid(_)));
    let error = move || {
        not_about_a_field(answers.hide.value().get().and_then(Result::err))
            .or_else(|| not_about_a_field(answers.restore.value().get().and_then(Result::err)))
            .or_else(|| not_about_a_field(answers.dismiss.value().get().and_then(Result::err)))
    };
    move || {
        error().map(|error| view! {
            <div class="form-alert" role="alert"><p>{crate::i18n::error_message(i18n.lang(), &error)}</p></div>
        })
    }
}

impl Default for Answers {
    fn default() -> Self {
        Self::new()
    }
}

#[component]
pub fn ReportsPage() -> impl IntoView {
    let query = use_query_map();
    let answers = Answers::new();
    let succeeded = answers.succeeded();
    let queue = Resource::new(
        move || (query.read().get("saved"), succeeded.get()),
        |_| report_queue(),
    );
    let saved = move || match query.read().get("saved").as_deref() {
        Some("hidden") => Some(view! { <Saved message=Msg::ReportsHidden /> }),
        Some("restored") => Some(view! { <Saved message=Msg::ReportsRestored /> }),
        Some("dismissed") => Some(view! { <Saved message=Msg::ReportsDismissed /> }),
        _ => None,
    };
    view! {
        <PageTitle title=Msg::ReportsTitle />
        <crate::moderation::nav::ModerationNav />
        <h1>{tr(Msg::ReportsTitle)}</h1>
        {saved}
        <AnswerErrors answers />
        <Loaded resource=queue next="/moderation/reports" shown=move |loaded| match loaded {
            items if items.is_empty() => view! { <p>{tr(Msg::ReportsEmpty)}</p> }.into_any(),
            items => view! {
                <p>{tr(Msg::ReportsLead)}</p>
                <ol class="cards">
                    {items.into_iter().map(|item| view! { <ReportedCard item answers /> }).collect_view()}
                </ol>
            }.into_any(),
        } />
    }
}

/// One reported item: what was written, by whom, why people reported it, and the answers.
#[component]
fn ReportedCard(item: ReportedItem, answers: Answers) -> impl IntoView {
    let i18n = use_i18n();
    let target = item.target;
    let heading_id = format!("reported-{}-{}", target.kind(), target.id());
    let labelled_by = heading_id.clone();
    let kind_label = match target {
        Target::Initiative(_) => Msg::ReportsKindInitiative,
        Target::Comment(_) => Msg::ReportsKindComment,
    };
    let link = match target {
        Target::Initiative(id) => format!("/moderation/initiatives/{id}"),
        Target::Comment(id) => format!("/initiatives/{}#comment-{id}", item.initiative_id),
    };
    let (reporters, new_reporters) = (item.reporters, item.new_reporters);
    let hidden = item.hidden;
    let author = item.author.clone();
    view! {
        <li class="card" aria-labelledby=labelled_by>
            <h2 id=heading_id>
                <span class="badge">{tr(kind_label)}</span> " "
                <a href=link>{item.initiative_title.clone()}</a>
            </h2>
            {hidden.map(|hidden| view! { <p class="notice">{tr(hidden.notice())}</p> })}
            {match item.reported_text.clone() {
                None => view! {
                    <blockquote class="reported-text user-text">
                        <crate::ui::rich_text::RichText text=item.text.clone() />
                    </blockquote>
                }.into_any(),
                // Edited since it was reported: the moderator reads both.
                Some(then) => view! {
                    <h3>{tr(Msg::ReportsTextReported)}</h3>
                    <blockquote class="reported-text user-text">
                        <crate::ui::rich_text::RichText text=then />
                    </blockquote>
                    <h3>{tr(Msg::ReportsTextNow)}</h3>
                    <blockquote class="reported-text user-text">
                        <crate::ui::rich_text::RichText text=item.text.clone() />
                    </blockquote>
                }.into_any(),
            }}
            <p class="meta">
                {move || i18n.f(Msg::ReportsWrittenBy, &[("name", Arg::from(&crate::accounts::display_name::shown(i18n.lang(), &author)))])}
                " · "
                <a href=format!("/moderation/accounts/{}", item.author_id)>{tr(Msg::ReportsAboutAuthor)}</a>
            </p>
            <h3>{move || i18n.f(Msg::ReportsReporters, &[("count", Arg::from(reporters))])}</h3>
            {(new_reporters > 0).then(|| view! {
                <p class="notice">{move || i18n.f(Msg::ReportsFromNewAccounts, &[("count", Arg::from(new_reporters))])}</p>
            })}
            <ul class="reasons">
                {item.reasons.into_iter().map(|r| {
                    let at = r.at;
                    view! {
                        <li>
                            <span class="user-text">{r.reason}</span>
                            " " <time class="meta" datetime=at.iso_date()>{move || at.date_time_text(i18n.lang())}</time>
                            {r.from_new_account.then(|| view! { " " <span class="badge">{tr(Msg::ReportsNewAccount)}</span> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            {if item.own {
                view! { <p class="notice">{tr(Msg::ReportsOwn)}</p> }.into_any()
            } else {
                view! { <Answer target hidden answers back=None /> }.into_any()
            }}
        </li>
    }
}

/// The hide, restore and dismiss forms for one item. `back` is "review" on the initiative's
/// review page, so that the moderator returns there.
#[component]
pub fn Answer(
    target: Target,
    hidden: Option<Hidden>,
    answers: Answers,
    back: Option<&'static str>,
) -> impl IntoView {
    let (kind, id) = (target.kind(), target.id());
    let (hide_purpose, restore_purpose, dismiss_purpose) = match target {
        Target::Initiative(_) => (
            "hide-initiative",
            "restore-initiative",
            "dismiss-initiative",
        ),
        Target::Comment(_) => ("hide-comment", "restore-comment", "dismiss-comment"),
    };
    let hide_form = FormState::new(answers.hide).for_target(hide_purpose, kind, id);
    let restore_form = FormState::new(answers.restore).for_target(restore_purpose, kind, id);
    let dismiss_form = FormState::new(answers.dismiss).for_target(dismiss_purpose, kind, id);
    let hidden_by_moderator = hidden == Some(Hidden::ByModerator);
    // Which item each form answers, and where the moderator returns after it.
    let hidden_fields = move |back: Option<&'static str>| {
        let mut fields = vec![
            ("target_kind", kind.to_owned()),
            ("target_id", id.to_string()),
        ];
        fields.extend(back.map(|back| ("back", back.to_owned())));
        fields
    };
    view! {
        <div class="answers">
            {(!hidden_by_moderator).then(|| view! {
                <details class="answer" open=move || hide_form.problem("hide_reason").is_some()>
                    <summary>{tr(Msg::ReportsHideTitle)}</summary>
                    <ActionForm action=answers.hide attr:novalidate=true attr:class="form">
                        <OneTextFields form=hide_form hidden=hidden_fields(back) name="hide_reason" label=Msg::ReportsHideReason hint=Msg::ReportsHideHint rows=3 submit=Msg::ReportsHideSubmit button="button button-danger" />
                    </ActionForm>
                </details>
            })}
            {hidden.is_some().then(|| view! {
                <details class="answer" open=move || restore_form.problem("restore_note").is_some()>
                    <summary>{tr(Msg::ReportsRestoreTitle)}</summary>
                    <ActionForm action=answers.restore attr:novalidate=true attr:class="form">
                        <OneTextFields form=restore_form hidden=hidden_fields(back) name="restore_note" label=Msg::ReportsNote hint=Msg::ReportsRestoreHint rows=2 submit=Msg::ReportsRestoreSubmit />
                    </ActionForm>
                </details>
            })}
            {back.is_none().then(|| view! {
                <details class="answer" open=move || dismiss_form.problem("dismiss_note").is_some()>
                    <summary>{tr(Msg::ReportsDismissTitle)}</summary>
                    <ActionForm action=answers.dismiss attr:novalidate=true attr:class="form">
                        <OneTextFields form=dismiss_form hidden=hidden_fields(None) name="dismiss_note" label=Msg::ReportsNote hint=Msg::ReportsDismissHint rows=2 submit=Msg::ReportsDismissSubmit button="button button-secondary" />
                    </ActionForm>
                </details>
            })}
        </div>
    }
}
