//! The filter forms of long lists (initiatives, the audit log): GET forms whose values live
//! in the address, so a filtered list can be bookmarked, shared and paged without JavaScript.

use crate::i18n::{Arg, Msg, tr, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// A labelled select of the filter form, showing the value from the address.
#[component]
pub fn FilterSelect(
    name: &'static str,
    label: Msg,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    let query = use_query_map();
    let current = move || query.read().get(name).unwrap_or_default();
    let id = format!("filter-{name}");
    view! {
        <div class="field">
            <label for=id.clone()>{tr(label)}</label>
            <select id=id name=name>
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(value, text)| {
                            let selected = value == current();
                            view! { <option value=value selected=selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// The search box of a filter form: `q` in the address, at most `SEARCH_MAX` characters.
#[component]
pub fn SearchField(id: &'static str, label: Msg) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let hint = format!("{id}-hint");
    let max = crate::text::SEARCH_MAX;
    view! {
        <div class="field">
            <label for=id>{tr(label)}</label>
            <input id=id type="search" name="q" maxlength=max aria-describedby=hint.clone() value=move || query.read().get("q").unwrap_or_default() />
            <p class="hint" id=hint>{move || i18n.f(Msg::SearchHint, &[("max", Arg::from(max))])}</p>
        </div>
    }
}

/// The address of page `page` of the list at `path`, keeping the filters in `names` that
/// the current address sets.
pub fn page_href(
    path: &str,
    query: &leptos_router::params::ParamsMap,
    names: &[&str],
    page: i64,
) -> String {
    let mut pairs: Vec<String> = names
        .iter()
        .filter_map(|name| {
            query
                .get(name)
                .filter(|v| !v.is_empty())
                .map(|v| format!("{name}={}", encode(&v)))
        })
        .collect();
    pairs.push(format!("page={page}"));
    format!("{path}?{}", pairs.join("&"))
}

/// Percent-encodes a query value.
pub fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::encode;

    #[test]
    fn query_values_are_percent_encoded() {
        assert_eq!(
            encode("fælles spisning&x=1"),
            "f%C3%A6lles%20spisning%26x%3D1"
        );
    }
}
