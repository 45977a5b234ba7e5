//! The limits' unit tests: quotas read and spent, password guessing per address and per
//! account, and what the log keeps of an email.

use super::*;
use std::net::{IpAddr, Ipv4Addr};

fn source(last: u8) -> Source {
    Source::of(IpAddr::V4(Ipv4Addr::new(192, 0, 2, last)))
}

#[test]
fn limits_read_and_write_as_n_per_period() {
    for text in ["30/1h", "10/15m", "100/1d", "5/30s", "off"] {
        assert_eq!(text.parse::<Limit>().unwrap().to_string(), text);
    }
    assert_eq!("60/60m".parse::<Limit>().unwrap().to_string(), "60/1h");
    for wrong in ["", "30", "30/", "0/1h", "30/0h", "30/1w", "x/1h", "30/h"] {
        assert!(wrong.parse::<Limit>().is_err(), "{wrong:?}");
    }
}

#[test]
fn the_defaults_parse() {
    let settings = Settings::default();
    assert!(settings.log_in_per_account.0.is_some());
}

#[test]
fn a_quota_allows_its_count_at_once_then_refuses() {
    let limits = Limits::new(&Settings {
        register_per_address: limit("3/1h"),
        ..Settings::off()
    });
    for _ in 0..3 {
        assert!(limits.register(source(1)).is_ok());
    }
    assert_eq!(
        limits.register(source(1)),
        Err(Refused {
            limit: "register_per_address"
        })
    );
    // Another address has its own quota; a limit that is off never refuses.
    assert!(limits.register(source(2)).is_ok());
    for _ in 0..100 {
        assert!(limits.comment(source(1), AccountId(1)).is_ok());
    }
}

/// Tries to log in as `email` from `from` with a wrong password: answers whether the
/// password was checked at all.
fn guess(limits: &Limits, from: Source, email: &str) -> bool {
    let checked = limits.log_in(from, email).is_ok();
    if checked {
        limits.log_in_failed(from, email);
    }
    checked
}

#[test]
fn one_address_guessing_cannot_lock_the_owner_out() {
    let limits = Limits::new(&Settings::default());
    let outsider = source(66);
    let checked = (0..200)
        .filter(|_| guess(&limits, outsider, "anne@example.dk"))
        .count();
    assert_eq!(checked, 10, "ten guesses from one address, then no more");
    assert!(limits.log_in(source(7), "Anne@Example.dk ").is_ok());
}

#[test]
fn right_passwords_do_not_use_up_a_quota() {
    let limits = Limits::new(&Settings {
        log_in_per_account_and_address: limit("2/15m"),
        ..Settings::off()
    });
    for _ in 0..50 {
        assert!(limits.log_in(source(1), "anne@example.dk").is_ok());
    }
    assert!(guess(&limits, source(1), "anne@example.dk"));
    assert!(guess(&limits, source(1), "anne@example.dk"));
    assert!(!guess(&limits, source(1), "anne@example.dk"));
}

#[test]
fn a_quota_of_one_refuses_after_the_first_failure() {
    let limits = Limits::new(&Settings {
        log_in_per_account: limit("1/1h"),
        ..Settings::off()
    });
    assert!(guess(&limits, source(1), "anne@example.dk"));
    assert!(!guess(&limits, source(2), "anne@example.dk"));
}

#[test]
fn many_addresses_guessing_one_account_are_stopped_too() {
    let limits = Limits::new(&Settings::default());
    let checked = (0..300u32)
        .filter(|n| guess(&limits, source((n % 250) as u8), "anne@example.dk"))
        .count();
    assert_eq!(checked, 100);
}

#[test]
fn the_log_keeps_only_an_emails_domain() {
    assert_eq!(domain_of("anne.hansen@example.dk"), "example.dk");
    assert_eq!(domain_of("no address"), "");
}
