//! Passwords: 12 to 128 characters of any Unicode, no composition rules (NIST SP 800-63B),
//! hashed with Argon2id at OWASP's recommended parameters.

use crate::error::Problem;

/// A password that satisfies the length rule. Deliberately not `Debug` or `Display`, so it
/// cannot end up in a log line by accident.
pub struct Password(String);

impl Password {
    pub const MIN: usize = 12;
    pub const MAX: usize = 128;

    /// A new password typed twice (`new_password`, `new_password_repeat`): it must follow
    /// the rules, and the two must be the same. `None` when the form, with every problem
    /// found in it so far, goes back.
    pub fn chosen(check: &mut crate::error::FormCheck, new: &str, repeat: &str) -> Option<Self> {
        let password = check.check("new_password", Password::parse(new));
        if password.is_some() && new != repeat {
            check.fail("new_password_repeat", Problem::PasswordsDiffer);
        }
        password.filter(|_| check.is_ok())
    }

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
pub use hashing::Hashing;

#[cfg(feature = "ssr")]
mod hashing {
    use super::Password;
    use crate::error::AppError;
    use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
    use argon2::{Algorithm, Argon2, Params, Version};
    use rand_core::OsRng;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;
    use tokio::sync::{OwnedSemaphorePermit, Semaphore};

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

    /// Hashing and checking passwords, at most `at_once` at a time. Each takes 19 MiB while
    /// it runs; without a bound, a burst of log-ins takes as much memory as it likes (64 at
    /// once took the server from 259 MiB to 1.3 GB). What finds no free place within `wait`
    /// is refused as busy (503), so memory stays bounded whatever arrives.
    #[derive(Clone, Debug)]
    pub struct Hashing {
        workers: Arc<Workers>,
        permits: Arc<Semaphore>,
        wait: Duration,
        running: Arc<AtomicUsize>,
        most: Arc<AtomicUsize>,
    }

    impl Hashing {
        pub fn new(at_once: usize, wait: Duration) -> Hashing {
            Hashing {
                workers: Arc::new(Workers::new(at_once.max(1))),
                permits: Arc::new(Semaphore::new(at_once.max(1))),
                wait,
                running: Arc::default(),
                most: Arc::default(),
            }
        }

        /// One hash at a time per core, waiting up to two seconds for a turn.
        pub fn for_this_machine() -> Hashing {
            let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
            Hashing::new(cores, Duration::from_secs(2))
        }

        /// The most hashes that ever ran at once (for the tests and the benchmark).
        pub fn most_at_once(&self) -> usize {
            self.most.load(Ordering::Relaxed)
        }

        async fn turn(&self) -> Result<Turn, AppError> {
            let permit = tokio::time::timeout(self.wait, self.permits.clone().acquire_owned())
                .await
                .map_err(|_| {
                    tracing::warn!("password hashing busy: a request was refused");
                    AppError::Busy(Default::default())
                })?
                .map_err(|_| AppError::Internal)?;
            let now = self.running.fetch_add(1, Ordering::Relaxed) + 1;
            self.most.fetch_max(now, Ordering::Relaxed);
            Ok(Turn {
                _permit: permit,
                running: self.running.clone(),
            })
        }

        /// Hashes on one of the hashing threads: a hash takes tens of milliseconds of CPU,
        /// which would otherwise stall every other request on the same async worker.
        pub async fn hash(&self, password: &Password) -> Result<String, AppError> {
            let password = password.expose().to_owned();
            let turn = self.turn().await?;
            self.workers
                .run(move || {
                    let _turn = turn;
                    let salt = SaltString::generate(&mut OsRng);
                    hasher()
                        .hash_password(password.as_bytes(), &salt)
                        .map(|hash| hash.to_string())
                })
                .await?
                .map_err(|error| {
                    tracing::error!(%error, "password hashing failed");
                    AppError::Internal
                })
        }

        /// Checks `candidate` against a stored hash. With no stored hash (unknown email) it
        /// still does the same work against a dummy hash, so the answer takes as long
        /// either way.
        pub async fn verify(
            &self,
            candidate: &str,
            stored: Option<&str>,
        ) -> Result<bool, AppError> {
            let known = stored.is_some();
            let stored = stored.map(str::to_owned);
            let candidate = candidate.to_owned();
            let turn = self.turn().await?;
            Ok(self
                .workers
                .run(move || {
                    let _turn = turn;
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
                .unwrap_or(false))
        }
    }

    /// The threads passwords are hashed on: a fixed few, as many as may hash at once, so
    /// hashing never takes threads from tokio's blocking pool that other work waits for.
    /// (They alone did not bound memory under a storm of log-ins: the freed 19 MiB blocks
    /// stayed in the allocator's heap until `server::memory` fixed glibc's mmap threshold.)
    struct Workers {
        jobs: std::sync::mpsc::Sender<Job>,
    }

    type Job = Box<dyn FnOnce() + Send>;

    impl Workers {
        fn new(threads: usize) -> Workers {
            let (jobs, queue) = std::sync::mpsc::channel::<Job>();
            let queue = Arc::new(std::sync::Mutex::new(queue));
            for n in 0..threads {
                let queue = queue.clone();
                std::thread::Builder::new()
                    .name(format!("password-hashing-{n}"))
                    .spawn(move || {
                        // Ends when the last `Hashing` is dropped and the queue closes.
                        loop {
                            let Ok(job) = queue
                                .lock()
                                .map_err(drop)
                                .and_then(|q| q.recv().map_err(drop))
                            else {
                                break;
                            };
                            // A failing hash must not take the thread with it.
                            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                        }
                    })
                    .expect("start a password hashing thread");
            }
            Workers { jobs }
        }

        /// Runs `work` on a hashing thread and answers what it gave.
        async fn run<T: Send + 'static>(
            &self,
            work: impl FnOnce() -> T + Send + 'static,
        ) -> Result<T, AppError> {
            let (done, answer) = tokio::sync::oneshot::channel();
            self.jobs
                .send(Box::new(move || {
                    let _ = done.send(work());
                }))
                .map_err(|_| AppError::Internal)?;
            answer.await.map_err(|_| {
                tracing::error!("a password hashing job failed");
                AppError::Internal
            })
        }
    }

    impl std::fmt::Debug for Workers {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("Workers")
        }
    }

    /// A place among the hashes running; given back when dropped, on the blocking thread
    /// once the hash is done.
    struct Turn {
        _permit: OwnedSemaphorePermit,
        running: Arc<AtomicUsize>,
    }

    impl Drop for Turn {
        fn drop(&mut self) {
            self.running.fetch_sub(1, Ordering::Relaxed);
        }
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

        fn hashing() -> Hashing {
            Hashing::new(2, Duration::from_secs(10))
        }

        #[tokio::test]
        async fn hashes_with_argon2id_at_owasp_parameters() {
            let hashing = hashing();
            let password = Password::parse("korrekt hest batteri hæfteklamme").unwrap();
            let hashed = hashing.hash(&password).await.unwrap();
            assert!(
                hashed.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
                "{hashed}"
            );
            assert!(
                hashing
                    .verify("korrekt hest batteri hæfteklamme", Some(&hashed))
                    .await
                    .unwrap()
            );
            assert!(
                !hashing
                    .verify("korrekt hest batteri", Some(&hashed))
                    .await
                    .unwrap()
            );
        }

        #[tokio::test]
        async fn the_same_password_gets_a_new_salt_each_time() {
            let hashing = hashing();
            let password = Password::parse("en lang nok adgangskode").unwrap();
            assert_ne!(
                hashing.hash(&password).await.unwrap(),
                hashing.hash(&password).await.unwrap()
            );
        }

        #[tokio::test]
        async fn an_unknown_account_never_verifies() {
            assert!(
                !hashing()
                    .verify("anything at all here", None)
                    .await
                    .unwrap()
            );
        }

        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn no_more_run_at_once_than_allowed_and_the_rest_are_refused_as_busy() {
            let hashing = Hashing::new(2, Duration::from_millis(1));
            let checks = (0..16).map(|_| {
                let hashing = hashing.clone();
                tokio::spawn(async move { hashing.verify("en forkert adgangskode", None).await })
            });
            let results = futures_join(checks).await;
            assert!(hashing.most_at_once() <= 2);
            assert!(results.iter().any(|r| matches!(r, Err(AppError::Busy(_)))));
            assert!(results.iter().any(|r| r == &Ok(false)));
        }

        async fn futures_join<T>(
            handles: impl Iterator<Item = tokio::task::JoinHandle<T>>,
        ) -> Vec<T> {
            let mut results = Vec::new();
            for handle in handles.collect::<Vec<_>>() {
                results.push(handle.await.unwrap());
            }
            results
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

    #[test]
    fn a_chosen_password_is_typed_the_same_twice() {
        let good = "korrekt hest batteri";
        let mut check = crate::error::FormCheck::new();
        assert!(Password::chosen(&mut check, good, good).is_some());
        assert!(check.is_ok());

        let mut check = crate::error::FormCheck::new();
        assert!(Password::chosen(&mut check, good, "korrekt hest").is_none());
        let crate::error::AppError::Invalid(invalid) = check.into_error() else {
            panic!("expected Invalid")
        };
        assert_eq!(
            invalid.problem_for("new_password_repeat"),
            Some(Problem::PasswordsDiffer)
        );

        // A problem found earlier in the form sends it back too.
        let mut check = crate::error::FormCheck::new();
        check.fail("current_password", Problem::WrongCurrentPassword);
        assert!(Password::chosen(&mut check, good, good).is_none());
    }
}
