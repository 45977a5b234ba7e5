//! An initiative's needs ("someone to bake", "a room for 30"): active and co-creating
//! participants offer to take one; initiators see who offered and mark a need covered.

use super::Need;
use crate::error::AppError;
use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::ids::NeedId;
use crate::participation::level::Level;
use leptos::prelude::*;

/// The initiative of a need, checked to be published and open.
#[cfg(feature = "ssr")]
async fn open_initiative_of(
    db: &crate::db::Db,
    need_id: NeedId,
) -> Result<(crate::ids::InitiativeId, bool), AppError> {
    let (initiative, covered) = super::store::need_owner(db, need_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let row = super::store::by_id(db, initiative)
        .await?
        .ok_or(AppError::NotFound)?;
    if !row.is_public() {
        return Err(AppError::NotFound);
    }
    if !row.state.is_open_to_join() {
        return Err(AppError::Forbidden);
    }
    Ok((initiative, covered))
}

/// Starts the write of a change to a need, holding its initiative open for taking part; a
/// refusal when it was withdrawn, decided or hidden meanwhile.
#[cfg(feature = "ssr")]
async fn hold_open(
    db: &crate::db::Db,
    initiative: crate::ids::InitiativeId,
) -> Result<sqlx::Transaction<'static, sqlx::Any>, AppError> {
    let mut tx = db.begin_write().await?;
    super::store::hold_open(db, &mut tx, initiative).await?;
    Ok(tx)
}

#[server(endpoint = "offer_need")]
pub async fn offer_need(need_id: NeedId) -> Result<(), AppError> {
    // Active and co-creating participants, on an open need of a published initiative.
    let (state, _session, account) = crate::accounts::auth::require_active_account().await?;
    let (initiative, covered) = open_initiative_of(&state.db, need_id).await?;
    let level =
        crate::participation::store::level_of(state.db.pool(), initiative, account.id).await?;
    if !matches!(level, Some(Level::Active | Level::CoCreating)) || covered {
        return Err(AppError::Forbidden);
    }
    use super::store::Offered;
    use crate::notifications::{Kind, store as notifications};
    let now = crate::db::now();
    let mut tx = hold_open(&state.db, initiative).await?;
    let emails = match super::store::offer(&mut tx, need_id, account.id, now).await? {
        // Covered meanwhile by an initiator.
        Offered::Covered => return Err(crate::participation::store::closed_meanwhile()),
        Offered::Again => Vec::new(),
        Offered::New(need) => {
            let notice = notifications::Notice {
                kind: Kind::NeedOffered,
                initiative: Some(initiative),
                actor: Some(account.id),
                comment: None,
                reason: Some(&need),
            };
            notifications::notify_initiators(&mut tx, initiative, notice, now).await?
        }
    };
    tx.commit().await?;
    notifications::deliver(&state, emails);
    leptos_axum::redirect(&format!("/initiatives/{initiative}"));
    Ok(())
}

#[server(endpoint = "take_back_need")]
pub async fn take_back_need(need_id: NeedId) -> Result<(), AppError> {
    // Anyone logged in may take back their own offer; there is nothing else to take back.
    let (state, _session, account) = crate::accounts::auth::require_account().await?;
    let (initiative, _) = super::store::need_owner(&state.db, need_id)
        .await?
        .ok_or(AppError::NotFound)?;
    super::store::take_back_offer(&state.db, need_id, account.id).await?;
    leptos_axum::redirect(&format!("/initiatives/{initiative}"));
    Ok(())
}

#[server(endpoint = "set_need_covered")]
pub async fn set_need_covered(need_id: NeedId, covered: bool) -> Result<(), AppError> {
    // Only the initiative's initiators.
    let (state, _session, account) = crate::accounts::auth::require_active_account().await?;
    let (initiative, _) = open_initiative_of(&state.db, need_id).await?;
    let level =
        crate::participation::store::level_of(state.db.pool(), initiative, account.id).await?;
    if level != Some(Level::Initiator) {
        return Err(AppError::Forbidden);
    }
    let mut tx = hold_open(&state.db, initiative).await?;
    super::store::set_covered(&mut tx, need_id, covered).await?;
    tx.commit().await?;
    leptos_axum::redirect(&format!("/initiatives/{initiative}"));
    Ok(())
}

/// The actions on needs, created once by the detail page so it can refetch after each.
#[derive(Clone, Copy)]
pub struct NeedActions {
    pub offer: ServerAction<OfferNeed>,
    pub take_back: ServerAction<TakeBackNeed>,
    pub cover: ServerAction<SetNeedCovered>,
}

impl Default for NeedActions {
    fn default() -> Self {
        NeedActions {
            offer: ServerAction::new(),
            take_back: ServerAction::new(),
            cover: ServerAction::new(),
        }
    }
}

impl NeedActions {
    /// Changes whenever one of the actions has run.
    pub fn version(&self) -> usize {
        self.offer.version().get() + self.take_back.version().get() + self.cover.version().get()
    }
}

/// The list of needs, with the buttons the viewer may use.
#[component]
pub fn NeedsList(
    needs: Vec<Need>,
    my_level: Option<Level>,
    open: bool,
    actions: NeedActions,
) -> impl IntoView {
    let i18n = use_i18n();
    let can_offer = open && matches!(my_level, Some(Level::Active | Level::CoCreating));
    let initiator = open && my_level == Some(Level::Initiator);
    view! {
        <section aria-labelledby="needs">
            <h2 id="needs">{tr(Msg::DetailNeeds)}</h2>
            {(open && !can_offer && !initiator).then(|| view! { <p class="hint">{tr(Msg::NeedsWhoCanOffer)}</p> })}
            <ul class="needs">
                {needs.into_iter().map(|need| {
                    let id = need.id;
                    let names = need.offered_by.join(", ");
                    view! {
                        <li class="need">
                            <span>{need.description.clone()}</span>
                            {need.covered.then(|| view! { " " <strong>"(" {tr(Msg::DetailNeedCovered)} ")"</strong> })}
                            {need.offered_by_me.then(|| view! { <p class="saved">{tr(Msg::NeedYouOffered)}</p> })}
                            {(initiator && !names.is_empty()).then(|| view! {
                                <p>{move || i18n.f(Msg::NeedOfferedBy, &[("names", Arg::from(&names))])}</p>
                            })}
                            {(can_offer && !need.covered && !need.offered_by_me).then(|| view! {
                                <ActionForm action=actions.offer attr:class="inline-form">
                                    <input type="hidden" name="need_id" value=id.0 />
                                    <button type="submit" class="button button-secondary">{tr(Msg::NeedOffer)}</button>
                                </ActionForm>
                            })}
                            {need.offered_by_me.then(|| view! {
                                <ActionForm action=actions.take_back attr:class="inline-form">
                                    <input type="hidden" name="need_id" value=id.0 />
                                    <button type="submit" class="button button-secondary">{tr(Msg::NeedTakeBack)}</button>
                                </ActionForm>
                            })}
                            {initiator.then(|| view! {
                                <ActionForm action=actions.cover attr:class="inline-form">
                                    <input type="hidden" name="need_id" value=id.0 />
                                    <input type="hidden" name="covered" value=(!need.covered).to_string() />
                                    <button type="submit" class="button button-secondary">
                                        {tr(if need.covered { Msg::NeedMarkOpen } else { Msg::NeedMarkCovered })}
                                    </button>
                                </ActionForm>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
