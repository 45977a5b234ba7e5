//! The filter forms of long lists (initiatives, the audit log): GET forms whose values live
//! in the address, so a filtered list can be bookmarked, shared and paged without JavaScript.

use crate::i18n::{Msg, tr};
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
