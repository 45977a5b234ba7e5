//! The summary precomputed: a view once computed is served for `cache::FRESH_FOR` seconds,
//! and the server computes the default view (and the other presets for the whole town that
//! were asked for) again every few minutes (`refresh`), so the page a politician opens
//! first answers at once instead of grouping every participation of the period (about 5 s
//! at a few years' size). The page says when its figures were computed (rule 18).

use super::Narrowing;
use super::Summary;
use super::cache::Cache;
use super::compute::{self, Wanted};
use super::period::{Choice, Span, parse};
use crate::db::Db;

/// How often the server computes the presets again: within `cache::FRESH_FOR`, so they
/// never go stale between two refreshes.
pub const REFRESH_EVERY: u64 = 10 * 60;

/// The summary of the view: kept and fresh, or computed now (and kept when whole). A
/// download of one table is cut from a fresh whole summary when there is one.
pub async fn summary(
    db: &Db,
    cache: &Cache,
    span: Span,
    narrowing: Narrowing,
    wanted: Wanted,
) -> Result<Summary, sqlx::Error> {
    if let Some(kept) = cache.fresh(&span, narrowing, crate::db::now().seconds()) {
        return Ok(kept);
    }
    let _computing = cache.computing().await;
    // Another request may have computed this view while this one waited.
    if let Some(kept) = cache.fresh(&span, narrowing, crate::db::now().seconds()) {
        return Ok(kept);
    }
    let summary = compute::summary(db, span, narrowing, wanted).await?;
    if wanted == Wanted::All {
        cache.keep(&summary);
    }
    Ok(summary)
}

/// Computes the presets for the whole town again (the server's job, every
/// `REFRESH_EVERY` seconds): the default one always, the others once someone has asked
/// for them today, so that an idle server does little. Answers how many it computed.
pub async fn refresh(db: &Db, cache: &Cache) -> Result<usize, sqlx::Error> {
    let now = crate::db::now().seconds();
    let mut computed = 0;
    for choice in Choice::ALL.into_iter().filter(|c| *c != Choice::Custom) {
        let Ok((_, span)) = parse(choice.value(), "", "", now) else {
            continue;
        };
        if choice != Choice::Days30 && !cache.holds(&span, Narrowing::default()) {
            continue;
        }
        let _computing = cache.computing().await;
        let summary = compute::summary(db, span, Narrowing::default(), Wanted::All).await?;
        cache.keep(&summary);
        computed += 1;
    }
    Ok(computed)
}
