//! What the goals page and the neighbourhoods page share: each lists what an administrator
//! adds, edits, retires and reinstates, loads the list again after every success, and
//! confirms what a form posted without JavaScript did.

use super::page_error;
use crate::error::AppError;
use crate::i18n::Msg;
use leptos::prelude::*;
use leptos_router::params::ParamsMap;
use server_fn::ServerFn;

/// A server function one of the page's forms posts to.
pub trait PageAction:
    ServerFn<Error = AppError, Output: Clone + Send + Sync + 'static> + Clone + Send + Sync + 'static
{
}

impl<S> PageAction for S where
    S: ServerFn<Error = AppError, Output: Clone + Send + Sync + 'static>
        + Clone
        + Send
        + Sync
        + 'static
{
}

/// The actions of the page's cards, shared by every card on it.
pub struct Actions<Update: PageAction, Retire: PageAction, Reinstate: PageAction> {
    pub update: ServerAction<Update>,
    pub retire: ServerAction<Retire>,
    pub reinstate: ServerAction<Reinstate>,
}

impl<U: PageAction, R: PageAction, I: PageAction> Clone for Actions<U, R, I> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<U: PageAction, R: PageAction, I: PageAction> Copy for Actions<U, R, I> {}

impl<U: PageAction, R: PageAction, I: PageAction> Actions<U, R, I> {
    pub fn new() -> Self {
        Actions {
            update: ServerAction::new(),
            retire: ServerAction::new(),
            reinstate: ServerAction::new(),
        }
    }

    /// The last refusal that concerns no one field, shown once at the top of the page.
    pub fn error(self) -> Signal<Option<AppError>> {
        Signal::derive(move || {
            page_error(self.update)
                .or_else(|| page_error(self.retire))
                .or_else(|| page_error(self.reinstate))
        })
    }

    /// What the page's list is loaded again on: a success of `add` or of any card's action
    /// (only a success: a refused form keeps what was typed), and the confirmation a form
    /// posted without JavaScript comes back with.
    pub fn reload_on<A: PageAction>(
        self,
        query: Memo<ParamsMap>,
        add: ServerAction<A>,
    ) -> impl Fn() -> (Option<String>, [usize; 4]) + Send + Sync + 'static {
        let successes = [
            crate::ui::form::successes(add),
            crate::ui::form::successes(self.update),
            crate::ui::form::successes(self.retire),
            crate::ui::form::successes(self.reinstate),
        ];
        move || {
            (
                query.read().get("saved"),
                successes.each_ref().map(|success| success.get()),
            )
        }
    }
}

/// The confirmation for `?saved=` after a form posted without JavaScript; `messages` says
/// added, updated, retired and reinstated, in that order.
pub fn saved(query: Memo<ParamsMap>, messages: [Msg; 4]) -> Option<Msg> {
    let [added, updated, retired, reinstated] = messages;
    match query.read().get("saved").as_deref() {
        Some("added") => Some(added),
        Some("updated") => Some(updated),
        Some("retired") => Some(retired),
        Some("reinstated") => Some(reinstated),
        _ => None,
    }
}
