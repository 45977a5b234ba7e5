//! Limits on what one source address or one account can do in a while: registering,
//! logging in, asking for emails (password reset, confirmation, a new address), reporting,
//! commenting and proposing. What exceeds a limit is refused with 429 and a translated
//! message; the form keeps what was typed.
//!
//! Each limit is a quota "N/PERIOD": N at once, and after that one more every PERIOD/N
//! (the generic cell rate algorithm of the `governor` crate, kept in memory per server
//! process; several processes each allow their own quota). Many residents share one address
//! (the library's public computers, a school, a housing association's course where twenty
//! neighbours register together), so the per-address quotas are sized for a room of people
//! and the per-account ones for one person.
//!
//! Log-in has three, so that nobody outside can lock a person out: per address (every
//! attempt: a flood from one place), and, counting wrong passwords only, per account and
//! address (guessing one person's password from one place) and per account from every
//! address (guessing from many places) over a longer window. The last one allows more
//! than one address can get through the second, so one address alone can never use it up:
//! the owner logging in from home still gets in while someone elsewhere guesses.
//! (Over 500 lines only with its unit tests, which try each limit beside its code.)

pub mod client;

pub use client::Source;

use crate::ids::AccountId;
use governor::clock::Clock;
use governor::{DefaultKeyedRateLimiter, RateLimiter};
use std::collections::HashMap;
use std::fmt;
use std::hash::Hash;
use std::num::NonZeroU32;
use std::str::FromStr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// "N in PERIOD": N at once, then one more every PERIOD/N.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quota {
    pub count: NonZeroU32,
    pub per: Duration,
}

/// A configured limit: a quota, or none ("off").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit(pub Option<Quota>);

impl Limit {
    pub const OFF: Limit = Limit(None);
}

impl FromStr for Limit {
    type Err = String;

    /// "30/1h", "10/15m", "100/1d", "5/30s", or "off".
    fn from_str(text: &str) -> Result<Limit, String> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("off") {
            return Ok(Limit::OFF);
        }
        let wrong = || format!("{text:?} is not a limit: write N/PERIOD (such as 30/1h) or off");
        let (count, period) = text.split_once('/').ok_or_else(wrong)?;
        let count: NonZeroU32 = count.trim().parse().map_err(|_| wrong())?;
        let period = period.trim();
        let split = period
            .find(|c: char| !c.is_ascii_digit())
            .ok_or_else(wrong)?;
        let (amount, unit) = period.split_at(split);
        let amount: u64 = amount.parse().map_err(|_| wrong())?;
        let seconds = match unit {
            "s" => 1,
            "m" => 60,
            "h" => 3_600,
            "d" => 86_400,
            _ => return Err(wrong()),
        };
        if amount == 0 {
            return Err(wrong());
        }
        Ok(Limit(Some(Quota {
            count,
            per: Duration::from_secs(amount * seconds),
        })))
    }
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(quota) = self.0 else {
            return f.write_str("off");
        };
        let seconds = quota.per.as_secs();
        let (amount, unit) = [(86_400, "d"), (3_600, "h"), (60, "m")]
            .into_iter()
            .find(|(size, _)| seconds % size == 0)
            .map(|(size, unit)| (seconds / size, unit))
            .unwrap_or((seconds, "s"));
        write!(f, "{}/{amount}{unit}", quota.count)
    }
}

/// Every limit, as configured (see README.md for the variables and why each default).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub register_per_address: Limit,
    pub log_in_per_address: Limit,
    pub log_in_per_account_and_address: Limit,
    pub log_in_per_account: Limit,
    /// Emails with a link (password reset, confirmation, a new address) asked for from one
    /// address, and sent to one recipient.
    pub mail_per_address: Limit,
    pub mail_per_recipient: Limit,
    pub reports_per_account: Limit,
    pub reports_per_address: Limit,
    pub comments_per_account: Limit,
    pub comments_per_address: Limit,
    pub proposals_per_account: Limit,
    pub proposals_per_address: Limit,
}

fn limit(text: &str) -> Limit {
    text.parse().expect("a valid default limit")
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            register_per_address: limit("30/1h"),
            log_in_per_address: limit("300/15m"),
            log_in_per_account_and_address: limit("10/15m"),
            // Above what one address may send (10/15m, 40 an hour): see the module's docs.
            log_in_per_account: limit("100/1h"),
            mail_per_address: limit("30/1h"),
            mail_per_recipient: limit("3/1h"),
            reports_per_account: limit("20/1d"),
            reports_per_address: limit("200/1d"),
            comments_per_account: limit("30/1h"),
            comments_per_address: limit("300/1h"),
            proposals_per_account: limit("5/1d"),
            proposals_per_address: limit("50/1d"),
        }
    }
}

impl Settings {
    /// No limits at all (the demo loader, and tests that are not about limits).
    pub fn off() -> Settings {
        Settings {
            register_per_address: Limit::OFF,
            log_in_per_address: Limit::OFF,
            log_in_per_account_and_address: Limit::OFF,
            log_in_per_account: Limit::OFF,
            mail_per_address: Limit::OFF,
            mail_per_recipient: Limit::OFF,
            reports_per_account: Limit::OFF,
            reports_per_address: Limit::OFF,
            comments_per_account: Limit::OFF,
            comments_per_address: Limit::OFF,
            proposals_per_account: Limit::OFF,
            proposals_per_address: Limit::OFF,
        }
    }
}

/// A request one of the limits refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refused {
    /// Which limit, for the log.
    pub limit: &'static str,
}

/// One keyed limit, or none.
struct Keyed<K: Hash + Eq + Clone> {
    name: &'static str,
    limiter: Option<DefaultKeyedRateLimiter<K>>,
}

impl<K: Hash + Eq + Clone> Keyed<K> {
    fn new(name: &'static str, limit: Limit) -> Keyed<K> {
        let limiter = limit.0.map(|quota| {
            let each = quota.per / quota.count.get();
            let quota = governor::Quota::with_period(each.max(Duration::from_nanos(1)))
                .expect("a period above zero")
                .allow_burst(quota.count);
            RateLimiter::keyed(quota)
        });
        Keyed { name, limiter }
    }

    /// Takes one from `key`'s quota, if there is one left.
    fn take(&self, key: &K) -> Result<(), Refused> {
        match &self.limiter {
            Some(limiter) if limiter.check_key(key).is_err() => Err(Refused { limit: self.name }),
            _ => Ok(()),
        }
    }

    fn forget_old(&self) {
        if let Some(limiter) = &self.limiter {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}

/// A limit on failures (wrong passwords) rather than attempts: a key is refused from the
/// failure that used up its quota until the quota has room again. "10/15m" lets ten wrong
/// passwords through and refuses the eleventh attempt, right or wrong.
struct Failures<K: Hash + Eq + Clone> {
    name: &'static str,
    quota: Option<Quota>,
    /// Counts the failures, with room for one fewer than the quota: the failure that finds
    /// no room is the quota's last, and starts the refusal.
    limiter: Option<DefaultKeyedRateLimiter<K>>,
    refused_until: Mutex<HashMap<K, Instant>>,
}

impl<K: Hash + Eq + Clone> Failures<K> {
    fn new(name: &'static str, limit: Limit) -> Failures<K> {
        let limiter = limit.0.and_then(|quota| {
            let room = NonZeroU32::new(quota.count.get() - 1)?;
            let each = quota.per / quota.count.get();
            let counting = governor::Quota::with_period(each.max(Duration::from_nanos(1)))
                .expect("a period above zero")
                .allow_burst(room);
            Some(RateLimiter::keyed(counting))
        });
        Failures {
            name,
            quota: limit.0,
            limiter,
            refused_until: Mutex::default(),
        }
    }

    fn check(&self, key: &K) -> Result<(), Refused> {
        let refused = self.refused_until.lock().expect("limits' lock");
        match refused.get(key) {
            Some(until) if *until > Instant::now() => Err(Refused { limit: self.name }),
            _ => Ok(()),
        }
    }

    fn failed(&self, key: &K) {
        let Some(quota) = self.quota else { return };
        let wait = match &self.limiter {
            Some(limiter) => match limiter.check_key(key) {
                Ok(()) => return,
                Err(not_until) => not_until.wait_time_from(limiter.clock().now()),
            },
            // A quota of one: the first failure uses it up.
            None => quota.per,
        };
        self.refused_until
            .lock()
            .expect("limits' lock")
            .insert(key.clone(), Instant::now() + wait);
    }

    fn forget_old(&self) {
        if let Some(limiter) = &self.limiter {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
        let now = Instant::now();
        self.refused_until
            .lock()
            .expect("limits' lock")
            .retain(|_, until| *until > now);
    }
}

/// The limits of one server process.
pub struct Limits {
    register_per_address: Keyed<Source>,
    log_in_per_address: Keyed<Source>,
    log_in_per_account_and_address: Failures<(String, Source)>,
    log_in_per_account: Failures<String>,
    mail_per_address: Keyed<Source>,
    mail_per_recipient: Keyed<String>,
    reports_per_account: Keyed<AccountId>,
    reports_per_address: Keyed<Source>,
    comments_per_account: Keyed<AccountId>,
    comments_per_address: Keyed<Source>,
    proposals_per_account: Keyed<AccountId>,
    proposals_per_address: Keyed<Source>,
}

impl fmt::Debug for Limits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Limits")
    }
}

/// An email address as a key: trimmed and lower-cased, so "Anne@X.dk" and "anne@x.dk " are
/// one account. Unknown addresses are limited the same as known ones: nothing tells them
/// apart.
fn address_key(email: &str) -> String {
    email.trim().to_lowercase()
}

/// What the log may say of an email address: its domain, never the local part.
fn domain_of(email: &str) -> &str {
    email
        .trim()
        .rsplit_once('@')
        .map_or("", |(_, domain)| domain)
}

impl Limits {
    pub fn new(settings: &Settings) -> Limits {
        Limits {
            register_per_address: Keyed::new("register_per_address", settings.register_per_address),
            log_in_per_address: Keyed::new("log_in_per_address", settings.log_in_per_address),
            log_in_per_account_and_address: Failures::new(
                "log_in_per_account_and_address",
                settings.log_in_per_account_and_address,
            ),
            log_in_per_account: Failures::new("log_in_per_account", settings.log_in_per_account),
            mail_per_address: Keyed::new("mail_per_address", settings.mail_per_address),
            mail_per_recipient: Keyed::new("mail_per_recipient", settings.mail_per_recipient),
            reports_per_account: Keyed::new("reports_per_account", settings.reports_per_account),
            reports_per_address: Keyed::new("reports_per_address", settings.reports_per_address),
            comments_per_account: Keyed::new("comments_per_account", settings.comments_per_account),
            comments_per_address: Keyed::new("comments_per_address", settings.comments_per_address),
            proposals_per_account: Keyed::new(
                "proposals_per_account",
                settings.proposals_per_account,
            ),
            proposals_per_address: Keyed::new(
                "proposals_per_address",
                settings.proposals_per_address,
            ),
        }
    }

    pub fn register(&self, from: Source) -> Result<(), Refused> {
        self.register_per_address
            .take(&from)
            .inspect_err(|refused| log(refused, from, None, None))
    }

    /// Before a password is checked (the check is what costs): per address, and whether
    /// wrong passwords have used up the account's quotas.
    pub fn log_in(&self, from: Source, email: &str) -> Result<(), Refused> {
        let account = address_key(email);
        self.log_in_per_account_and_address
            .check(&(account.clone(), from))
            .and_then(|()| self.log_in_per_account.check(&account))
            .and_then(|()| self.log_in_per_address.take(&from))
            .inspect_err(|refused| log(refused, from, None, Some(email)))
    }

    /// After a wrong password for `email` from `from`.
    pub fn log_in_failed(&self, from: Source, email: &str) {
        let account = address_key(email);
        self.log_in_per_account_and_address
            .failed(&(account.clone(), from));
        self.log_in_per_account.failed(&account);
    }

    /// Before an email with a link is sent to `to` at the request of `from`.
    pub fn mail(&self, from: Source, to: &str) -> Result<(), Refused> {
        self.mail_per_address
            .take(&from)
            .and_then(|()| self.mail_per_recipient.take(&address_key(to)))
            .inspect_err(|refused| log(refused, from, None, Some(to)))
    }

    pub fn report(&self, from: Source, by: AccountId) -> Result<(), Refused> {
        self.reports_per_address
            .take(&from)
            .and_then(|()| self.reports_per_account.take(&by))
            .inspect_err(|refused| log(refused, from, Some(by), None))
    }

    pub fn comment(&self, from: Source, by: AccountId) -> Result<(), Refused> {
        self.comments_per_address
            .take(&from)
            .and_then(|()| self.comments_per_account.take(&by))
            .inspect_err(|refused| log(refused, from, Some(by), None))
    }

    pub fn propose(&self, from: Source, by: AccountId) -> Result<(), Refused> {
        self.proposals_per_address
            .take(&from)
            .and_then(|()| self.proposals_per_account.take(&by))
            .inspect_err(|refused| log(refused, from, Some(by), None))
    }

    /// Drops what the limiters remember of keys whose quota is full again, so that their
    /// memory follows the recent traffic, not every address ever seen.
    pub fn forget_old(&self) {
        self.register_per_address.forget_old();
        self.log_in_per_address.forget_old();
        self.log_in_per_account_and_address.forget_old();
        self.log_in_per_account.forget_old();
        self.mail_per_address.forget_old();
        self.mail_per_recipient.forget_old();
        self.reports_per_account.forget_old();
        self.reports_per_address.forget_old();
        self.comments_per_account.forget_old();
        self.comments_per_address.forget_old();
        self.proposals_per_account.forget_old();
        self.proposals_per_address.forget_old();
    }
}

/// The trail of refusals: the limit, the address, the account if known, and of an email
/// only its domain.
fn log(refused: &Refused, from: Source, account: Option<AccountId>, email: Option<&str>) {
    tracing::warn!(
        limit = refused.limit,
        address = %from,
        account = account.map(|a| a.0),
        email_domain = email.map(domain_of),
        "refused by a limit"
    );
}

#[cfg(test)]
mod tests;
