//! Passwords: 12 to 128 characters of any Unicode, no composition rules (NIST SP 800-63B),
//! hashed with Argon2id at OWASP's recommended parameters.

use crate::error::Problem;

/// A password that satisfies the length rule. Deliberately not `Debug` or `Display`, so it
/// cannot end up in a log line by accident.
pub struct Password(String);

impl Password {
    pub const MIN: usize = 12;
    pub const MAX: usize = 128;

    /// Checks the length in characters, not bytes: "æøå" is three. Not trimmed: spaces are
    /// characters like any other.
    pub fn parse(input: &str) -> Result<Self, Problem> {
        let length = input.chars().count();
        if length == 0 {
            Err(Problem::Required)
        } else if length < Self::MIN {
            Err(Problem::PasswordTooShort { min: Self::MIN })
        } else if length > Self::MAX {
            Err(Problem::PasswordTooLong { max: Self::MAX })
        } else {
            Ok(Password(input.to_owned()))
        }
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

#[cfg(feature = "ssr")]
pub use hashing::{hash, verify};

#[cfg(feature = "ssr")]
mod hashing {
    use super::Password;
    use crate::error::AppError;
    use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
    use argon2::{Algorithm, Argon2, Params, Version};
    use rand_core::OsRng;

    /// OWASP's Password Storage Cheat Sheet: Argon2id, 19 MiB of memory, 2 iterations,
    /// 1 degree of parallelism.
    pub const MEMORY_KIB: u32 = 19_456;
    pub const ITERATIONS: u32 = 2;
    pub const PARALLELISM: u32 = 1;

    fn hasher() -> Argon2<'static> {
        let params = Params::new(MEMORY_KIB, ITERATIONS, PARALLELISM, None)
            .expect("the OWASP parameters are valid Argon2 parameters");
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
    }

    /// Hashes on a blocking thread: a hash takes tens of milliseconds of CPU, which would
    /// otherwise stall every other request on the same async worker.
    pub async fn hash(password: &Password) -> Result<String, AppError> {
        let password = password.expose().to_owned();
        tokio::task::spawn_blocking(move || {
            let salt = SaltString::generate(&mut OsRng);
            hasher()
                .hash_password(password.as_bytes(), &salt)
                .map(|hash| hash.to_string())
        })
        .await
        .map_err(|error| {
            tracing::error!(%error, "password hashing task failed");
            AppError::Internal
        })?
        .map_err(|error| {
            tracing::error!(%error, "password hashing failed");
            AppError::Internal
        })
    }

    /// Checks `candidate` against a stored hash. With no stored hash (unknown email) it still
    /// does the same work against a dummy hash, so the answer takes as long either way.
    pub async fn verify(candidate: &str, stored: Option<&str>) -> bool {
        let known = stored.is_some();
        let stored = stored.map(str::to_owned);
        let candidate = candidate.to_owned();
        tokio::task::spawn_blocking(move || {
            let stored = stored.as_deref().unwrap_or_else(|| dummy_hash());
            let Ok(parsed) = PasswordHash::new(stored) else {
                tracing::error!("a stored password hash could not be parsed");
                return false;
            };
            // Verification uses the parameters stored in the hash itself.
            hasher()
                .verify_password(candidate.as_bytes(), &parsed)
                .is_ok()
                && known
        })
        .await
        .unwrap_or(false)
    }

    /// A hash of nothing anyone knows, verified against when the email is unknown.
    fn dummy_hash() -> &'static str {
        static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        DUMMY.get_or_init(|| {
            let salt = SaltString::generate(&mut OsRng);
            hasher()
                .hash_password(salt.as_str().as_bytes(), &salt)
                .map(|hash| hash.to_string())
                .unwrap_or_default()
        })
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[tokio::test]
        async fn hashes_with_argon2id_at_owasp_parameters() {
            let password = Password::parse("korrekt hest batteri hæfteklamme").unwrap();
            let hashed = hash(&password).await.unwrap();
            assert!(
                hashed.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
                "{hashed}"
            );
            assert!(verify("korrekt hest batteri hæfteklamme", Some(&hashed)).await);
            assert!(!verify("korrekt hest batteri", Some(&hashed)).await);
        }

        #[tokio::test]
        async fn the_same_password_gets_a_new_salt_each_time() {
            let password = Password::parse("en lang nok adgangskode").unwrap();
            assert_ne!(
                hash(&password).await.unwrap(),
                hash(&password).await.unwrap()
            );
        }

        #[tokio::test]
        async fn an_unknown_account_never_verifies() {
            assert!(!verify("anything at all here", None).await);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_is_counted_in_characters() {
        assert!(Password::parse(&"å".repeat(12)).is_ok());
        assert_eq!(
            Password::parse(&"å".repeat(11)).err(),
            Some(Problem::PasswordTooShort { min: 12 })
        );
    }

    #[test]
    fn bounds_are_inclusive() {
        assert!(Password::parse(&"a".repeat(12)).is_ok());
        assert!(Password::parse(&"a".repeat(128)).is_ok());
        assert_eq!(
            Password::parse(&"a".repeat(129)).err(),
            Some(Problem::PasswordTooLong { max: 128 })
        );
    }

    #[test]
    fn no_composition_rules_and_any_unicode() {
        for ok in [
            "alllowercaseletters",
            "            12 spaces",
            "🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂",
            "Ærlig talt, jeg glemmer",
        ] {
            assert!(Password::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn empty_is_required() {
        assert_eq!(Password::parse("").err(), Some(Problem::Required));
    }
}
