//! How the summary names what has no name of its own: a month of the trend, and the
//! initiatives that take place nowhere in particular. The tables and the sections' sentences
//! use the same words.

use crate::i18n::{Arg, Lang, Msg};

/// A month of the trend: "March 2026", or "December 2026 (so far)" while it lasts.
pub fn trend_month_name(lang: Lang, month: &super::Month) -> String {
    let name = month_name(lang, month.year, month.month);
    if month.partial {
        lang.format(Msg::SummaryMonthSoFar, &[("month", Arg::from(&name))])
    } else {
        name
    }
}

/// A month as "March 2026" in the reader's language.
pub fn month_name(lang: Lang, year: i32, month: i32) -> String {
    lang.format(
        Msg::SummaryMonthYear,
        &[
            ("month", Arg::from(month.clamp(1, 12))),
            ("year", Arg::from(&year.to_string())),
        ],
    )
}

/// A place's name, or "the whole town" for initiatives that take place nowhere in particular.
pub fn place_name(lang: Lang, name: &Option<String>) -> String {
    name.clone()
        .unwrap_or_else(|| lang.text(Msg::WholeTown).to_owned())
}
