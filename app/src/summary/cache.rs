//! The summary precomputed: a view once computed is served for `FRESH_FOR` seconds, and the
//! server computes the default view (and the other presets for the whole town that were
//! asked for) again every few minutes (`refresh`), so the page a politician opens first
//! answers at once instead of grouping every participation of the period (about 5 s at a
//! few years' size). The page says when
//! its figures were computed. One cache per running server, in its state: a server process
//! of its own, and every test's app, has its own.

use super::period::Span;
use super::{Narrowing, Summary};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// How long a computed summary is served before it is computed again.
pub const FRESH_FOR: i64 = 15 * 60;
/// The most summaries kept (each a few kilobytes); the oldest goes first.
const MOST: usize = 64;

/// A view: its span and narrowing.
type Key = (i64, i64, Option<i64>, Option<i64>);

fn key(span: &Span, narrowing: Narrowing) -> Key {
    (span.from, span.to, narrowing.goal, narrowing.neighbourhood)
}

#[derive(Clone, Debug, Default)]
pub struct Cache {
    kept: Arc<Mutex<HashMap<Key, Summary>>>,
    /// Held while a summary is computed: one at a time in a server. Each computation
    /// holds a period's participations in memory; when 64 politicians' requests for a view
    /// not yet kept all computed it at once, the server went from 100 MB to 1.7 GB and
    /// none finished within 5 s. One after the other, the second finds the first's result.
    computing: Arc<tokio::sync::Mutex<()>>,
}

impl Cache {
    /// Waits until no other summary is being computed in this server; the computation
    /// holds the answer until it is done.
    pub async fn computing(&self) -> tokio::sync::MutexGuard<'_, ()> {
        self.computing.lock().await
    }

    /// The view's summary if one computed less than `FRESH_FOR` before `now` is kept.
    pub fn fresh(&self, span: &Span, narrowing: Narrowing, now: i64) -> Option<Summary> {
        let kept = self.kept.lock().ok()?;
        kept.get(&key(span, narrowing))
            .filter(|s| now - s.computed_at < FRESH_FOR)
            .cloned()
    }

    /// Whether the view has been computed (fresh or not) and is still kept.
    pub fn holds(&self, span: &Span, narrowing: Narrowing) -> bool {
        self.kept
            .lock()
            .is_ok_and(|kept| kept.contains_key(&key(span, narrowing)))
    }

    pub fn keep(&self, summary: &Summary) {
        let Ok(mut kept) = self.kept.lock() else {
            return;
        };
        if kept.len() >= MOST {
            let oldest = kept
                .iter()
                .min_by_key(|(_, s)| s.computed_at)
                .map(|(key, _)| *key);
            if let Some(oldest) = oldest {
                kept.remove(&oldest);
            }
        }
        kept.insert(key(&summary.span, summary.narrowing), summary.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn computed(from: i64, at: i64) -> Summary {
        let span = Span {
            from,
            to: from + 1,
            first_day: String::new(),
            last_day: String::new(),
        };
        Summary {
            computed_at: at,
            ..crate::summary::sample::summary(span)
        }
    }

    #[test]
    fn a_kept_summary_is_served_while_fresh_and_the_oldest_goes_first() {
        let cache = Cache::default();
        let summary = computed(0, 1_000);
        cache.keep(&summary);
        let span = summary.span.clone();
        assert_eq!(
            cache.fresh(&span, Narrowing::default(), 1_000 + FRESH_FOR - 1),
            Some(summary)
        );
        assert_eq!(
            cache.fresh(&span, Narrowing::default(), 1_000 + FRESH_FOR),
            None,
            "stale"
        );
        let narrowed = Narrowing {
            goal: Some(1),
            neighbourhood: None,
        };
        assert_eq!(cache.fresh(&span, narrowed, 1_000), None, "another view");
        for n in 1..MOST as i64 + 1 {
            cache.keep(&computed(n * 10, 2_000 + n));
        }
        assert_eq!(cache.kept.lock().unwrap().len(), MOST);
        assert_eq!(
            cache.fresh(&span, Narrowing::default(), 1_000),
            None,
            "the oldest left"
        );
    }
}
