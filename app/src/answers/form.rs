//! The moderators' form that records the municipality's answer on a proposal or idea, and
//! the server function behind it: the answer, its audit row and a notification to everyone
//! taking part are written in one transaction; the emails go after it commits.

use super::{CouncilAnswer, Status};
use crate::error::AppError;
use crate::i18n::{Msg, tr, use_i18n};
use crate::ids::InitiativeId;
use crate::ui::form::{FormAlert, FormState, SelectField, TextArea, TextField};
use leptos::prelude::*;

#[server(endpoint = "record_answer")]
pub async fn record_answer(
    initiative_id: InitiativeId,
    answer_revision: i64,
    answer_status: String,
    answer_body: String,
    answer_date: String,
    answer_minutes: String,
) -> Result<(), AppError> {
    use crate::error::{FormCheck, Problem};
    use crate::initiatives::lifecycle::Transition;
    use crate::moderation::audit;
    use crate::notifications::{Kind, store as notifications};
    use crate::timestamp::Timestamp;
    // Moderators, on initiatives they are not initiators of.
    let (state, moderator) = crate::moderation::rules::moderator_of(initiative_id).await?;
    let initiative = crate::initiatives::store::by_id(&state.db, initiative_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut check = FormCheck::new();
    for (field, value) in [
        ("answer_status", &answer_status),
        ("answer_body", &answer_body),
        ("answer_date", &answer_date),
        ("answer_minutes", &answer_minutes),
    ] {
        check.keep(field, value);
    }
    if !super::is_answerable(initiative.kind) || !Transition::Answer.allows(initiative.state) {
        check.fail("answer_status", Problem::NotAnswerable);
        return Err(check.into_error());
    }
    let now = crate::db::now();
    let status = check.check(
        "answer_status",
        Status::parse(&answer_status).ok_or(Problem::UnknownChoice),
    );
    let body = check.check(
        "answer_body",
        crate::text::multi_line(&answer_body, super::BODY_MAX),
    );
    // A day in Copenhagen; today at the latest, as the answer was given.
    let decided_on = check.check(
        "answer_date",
        Timestamp::from_local_date(&answer_date).and_then(|date| match date {
            None => Err(Problem::Required),
            Some(date) if date > now => Err(Problem::InFuture),
            Some(date) => Ok(date),
        }),
    );
    let minutes_url = match answer_minutes.trim() {
        "" => Some(None),
        given => check
            .check("answer_minutes", crate::text::web_address(given))
            .map(Some),
    };
    let (Some(status), Some(body), Some(decided_on), Some(minutes_url), true) =
        (status, body, decided_on, minutes_url, check.is_ok())
    else {
        return Err(check.into_error());
    };
    let answer = super::store::NewAnswer {
        status,
        body: &body,
        decided_on,
        minutes_url: minutes_url.as_deref(),
    };
    let mut tx = state.db.begin_write().await?;
    if !super::store::record(
        &state.db,
        &mut tx,
        initiative_id,
        answer_revision,
        &answer,
        now,
    )
    .await?
    {
        // Another moderator recorded an answer since this form was read, or an initiator
        // withdrew it: what they did stands.
        check.fail("answer_status", Problem::ChangedMeanwhile);
        return Err(check.into_error());
    }
    audit::record(
        &mut tx,
        &moderator,
        audit::Entry {
            action: audit::Action::Answer,
            target_kind: audit::TargetKind::Initiative,
            target_id: initiative_id.0,
            reason: Some(&body),
            details: Some(status.as_str().to_owned()),
            waited: None,
            at: now,
        },
    )
    .await?;
    let emails = notifications::notify_participants(
        &mut tx,
        initiative_id,
        notifications::Notice::decision(Kind::Answered, Some(initiative_id), Some(status.as_str())),
        moderator.id(),
        now,
    )
    .await?;
    tx.commit().await?;
    notifications::deliver(&state, emails);
    tracing::info!(
        initiative = %initiative_id,
        moderator = %moderator.id(),
        status = status.as_str(),
        "answer recorded"
    );
    leptos_axum::redirect(&format!(
        "/moderation/initiatives/{initiative_id}?saved=answer"
    ));
    Ok(())
}

/// The form on a proposal's or idea's review page, filled in with the answer it has.
#[component]
pub fn AnswerForm(id: InitiativeId, current: Option<CouncilAnswer>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RecordAnswer>::new();
    let revision = current.as_ref().map_or(0, |answer| answer.revision);
    let defaults: Vec<(String, String)> = current
        .map(|answer| {
            vec![
                (
                    "answer_status".to_owned(),
                    answer.status.as_str().to_owned(),
                ),
                ("answer_body".to_owned(), answer.body),
                ("answer_date".to_owned(), answer.decided_on.iso_date()),
                (
                    "answer_minutes".to_owned(),
                    answer.minutes_url.unwrap_or_default(),
                ),
            ]
        })
        .unwrap_or_default();
    let form = FormState::new(action).with_defaults(Signal::stored(defaults));
    let statuses = Signal::derive(move || {
        Status::ALL
            .into_iter()
            .map(|status| (status.as_str().to_owned(), i18n.t(status.name()).to_owned()))
            .collect::<Vec<_>>()
    });
    view! {
        <section aria-labelledby="record-answer">
            <h2 id="record-answer">{tr(Msg::AnswerFormTitle)}</h2>
            <p>{tr(Msg::AnswerFormIntro)}</p>
            <ActionForm action attr:novalidate=true attr:class="form">
                <FormAlert form labels=vec![
                    ("answer_status", Msg::AnswerStatusField),
                    ("answer_body", Msg::AnswerBodyField),
                    ("answer_date", Msg::AnswerDateField),
                    ("answer_minutes", Msg::AnswerMinutesField),
                ] />
                <input type="hidden" name="initiative_id" value=id.0 />
                <input type="hidden" name="answer_revision" value=revision />
                <SelectField name="answer_status" label=Msg::AnswerStatusField form options=statuses none=Msg::AnswerChooseStatus />
                <TextArea name="answer_body" label=Msg::AnswerBodyField hint=Msg::AnswerBodyHint form rows=6 />
                <TextField name="answer_date" label=Msg::AnswerDateField hint=Msg::AnswerDateHint form kind="date" />
                <TextField name="answer_minutes" label=Msg::AnswerMinutesField hint=Msg::AnswerMinutesHint form kind="url" optional=true />
                <button type="submit" class="button">{tr(Msg::AnswerSubmit)}</button>
            </ActionForm>
        </section>
    }
}
