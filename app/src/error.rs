//! The one error type every server function returns. It carries stable codes, never text:
//! the page translates them into the reader's language (see `i18n`). Internal details are
//! logged on the server and replaced by `Internal` before anything reaches the browser.

use serde::{Deserialize, Serialize};
use server_fn::codec::JsonEncoding;
use server_fn::error::{FromServerFnError, ServerFnErrorErr};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("you must be logged in")]
    NotLoggedIn,
    #[error("you are not allowed to do that")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("the input is not valid")]
    Invalid(Invalid),
    #[error("the request could not be read")]
    BadRequest,
    /// The account is suspended: it may read, but not post, join or comment.
    #[error("the account is suspended")]
    Suspended,
    /// The account's address is not confirmed yet: it may read and set up its profile, but
    /// not reach other people (propose, join, comment, report, offer).
    #[error("the email address is not confirmed")]
    NotConfirmed,
    /// Too many of these from this address or account just now (429): one of the limits
    /// (see `limits`). Carries what the form held, like `Invalid`.
    #[error("too many requests just now")]
    TooMany(Invalid),
    /// Too busy to check a password just now (503); trying again in a moment works.
    #[error("too busy just now")]
    Busy(Invalid),
    #[error("something went wrong on our side")]
    Internal,
}

impl AppError {
    /// The same error, carrying what the user typed in these fields (never a password), so
    /// that a form refused for a limit or for being busy comes back filled in.
    pub fn keeping(mut self, fields: &[(&str, &str)]) -> AppError {
        if let AppError::Invalid(kept) | AppError::TooMany(kept) | AppError::Busy(kept) = &mut self
        {
            for (field, value) in fields {
                if kept.value_of(field).is_none() {
                    kept.values.push(((*field).to_owned(), (*value).to_owned()));
                }
            }
        }
        self
    }

    /// What the form held when it came back, whatever refused it.
    pub fn kept(&self) -> Option<&Invalid> {
        match self {
            AppError::Invalid(kept) | AppError::TooMany(kept) | AppError::Busy(kept) => Some(kept),
            _ => None,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<crate::limits::Refused> for AppError {
    fn from(_: crate::limits::Refused) -> Self {
        AppError::TooMany(Invalid::default())
    }
}

/// What was wrong with a submitted form, field by field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invalid {
    pub problems: Vec<FieldProblem>,
    /// What the user typed (never a password), so that a form re-rendered after a plain
    /// HTML post, without JavaScript, still holds it.
    pub values: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldProblem {
    pub field: String,
    pub problem: Problem,
}

/// Why one field was refused. Translated by `i18n::problem_message`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    Required,
    TooLong {
        max: usize,
    },
    ControlCharacters,
    /// Characters that cannot be seen or that turn the writing direction, in a name: they
    /// let one name pass for another (`ad\u{200b}min`).
    InvisibleCharacters,
    InvalidEmail,
    EmailTaken,
    PasswordTooShort {
        min: usize,
    },
    PasswordTooLong {
        max: usize,
    },
    PasswordsDiffer,
    WrongCurrentPassword,
    /// Log-in failed; deliberately the same for an unknown email and a wrong password.
    WrongCredentials,
    UnknownNeighbourhood,
    UnknownKind,
    InvalidDateTime,
    InPast,
    /// A date that has not come yet, where only one that has is meaningful (the day a
    /// council decided).
    InFuture,
    EndBeforeStart,
    EndWithoutStart,
    TooManyNeeds {
        max: usize,
    },
    /// An initiative must keep at least one initiator.
    LastInitiator,
    /// Comments are taken on published initiatives only.
    CommentsClosed,
    /// The comment being answered was deleted meanwhile.
    CommentGone,
    /// Another moderator decided on the proposal first.
    AlreadyDecided,
    /// A published initiative is tied to at least one goal.
    NoGoal,
    UnknownGoal,
    /// Another moderator dealt with the item first (hid, restored or dismissed it).
    AlreadyHandled,
    /// A choice that is not one of the form's options.
    UnknownChoice,
    /// Not a whole number in the allowed range.
    InvalidNumber,
    /// Another neighbourhood already has this name.
    NameTaken,
    /// The site must keep at least one administrator.
    LastAdministrator,
    /// Not an `https://` (or `http://`) address of a web page.
    InvalidWebAddress,
    /// The new address is the one the account has now.
    SameEmail,
    /// The account is the only initiator of initiatives that may still change.
    SoleInitiator {
        initiatives: usize,
    },
    /// A link by email that does not work: unknown (mistyped, forged), used, or expired.
    LinkUnknown,
    LinkUsed,
    LinkExpired,
    /// Someone else changed it between the page being read and the form being sent (a
    /// moderator decided, an initiator withdrew, a moderator hid it): nothing was written.
    ChangedMeanwhile,
    /// Only a published proposal or idea gets the municipality's official answer.
    NotAnswerable,
    /// Not a number of places (a whole number from 1 to `Capacity::MAX`).
    InvalidPlaces,
    /// A limit on the places below the number already taken: nobody is put out.
    BelowTaken {
        taken: i64,
    },
    /// A recurring activity without a last day.
    RepeatsWithoutEnd,
    /// A recurring activity without a first time.
    RepeatsWithoutStart,
    /// A last day more than `recurrence::MAX_DAYS` after the first time.
    RepeatsTooLong,
}

impl Invalid {
    pub fn problem_for(&self, field: &str) -> Option<Problem> {
        self.problems
            .iter()
            .find(|p| p.field == field)
            .map(|p| p.problem)
    }

    pub fn value_of(&self, field: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, value)| value.as_str())
    }
}

/// Collects the problems of one form while its fields are parsed, so that the user is told
/// about every wrong field at once rather than one per submission.
#[derive(Default)]
pub struct FormCheck {
    invalid: Invalid,
}

impl FormCheck {
    pub fn new() -> Self {
        Self::default()
    }

    /// Remembers what the user typed in `field`, to give it back with the errors.
    pub fn keep(&mut self, field: &str, value: &str) -> &mut Self {
        self.invalid
            .values
            .push((field.to_owned(), value.to_owned()));
        self
    }

    /// Records the outcome of parsing `field`; `None` when it was refused.
    pub fn check<T>(&mut self, field: &str, parsed: Result<T, Problem>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(problem) => {
                self.fail(field, problem);
                None
            }
        }
    }

    /// For a form of one field: keeps `input` and parses it; a refusal returns the form at
    /// once, with the problem next to the field.
    pub fn only<T>(
        &mut self,
        field: &str,
        input: &str,
        parse: impl FnOnce(&str) -> Result<T, Problem>,
    ) -> Result<T, AppError> {
        self.keep(field, input);
        match self.check(field, parse(input)) {
            Some(value) => Ok(value),
            None => Err(std::mem::take(self).into_error()),
        }
    }

    pub fn fail(&mut self, field: &str, problem: Problem) {
        if self.invalid.problem_for(field).is_none() {
            self.invalid.problems.push(FieldProblem {
                field: field.to_owned(),
                problem,
            });
        }
    }

    pub fn is_ok(&self) -> bool {
        self.invalid.problems.is_empty()
    }

    /// The error to return when any field was refused.
    pub fn into_error(self) -> AppError {
        AppError::Invalid(self.invalid)
    }

    /// `Ok` when nothing was refused, otherwise the error with every problem.
    pub fn finish(self) -> Result<(), AppError> {
        if self.is_ok() {
            Ok(())
        } else {
            Err(self.into_error())
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // The request itself was malformed (missing or unreadable arguments).
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::Deserialization(_) => {
                #[cfg(feature = "ssr")]
                tracing::info!(error = %value, "bad server function request");
                AppError::BadRequest
            }
            other => {
                #[cfg(feature = "ssr")]
                tracing::error!(error = %other, "server function failed");
                #[cfg(not(feature = "ssr"))]
                let _ = other;
                AppError::Internal
            }
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        tracing::error!(%error, "database error");
        AppError::Internal
    }
}

#[cfg(feature = "ssr")]
impl From<tower_sessions::session::Error> for AppError {
    fn from(error: tower_sessions::session::Error) -> Self {
        tracing::error!(%error, "session error");
        AppError::Internal
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_check_keeps_the_first_problem_per_field() {
        let mut check = FormCheck::new();
        check.keep("email", "a@b");
        check.fail("email", Problem::InvalidEmail);
        check.fail("email", Problem::Required);
        let AppError::Invalid(invalid) = check.into_error() else {
            panic!("expected Invalid")
        };
        assert_eq!(invalid.problem_for("email"), Some(Problem::InvalidEmail));
        assert_eq!(invalid.value_of("email"), Some("a@b"));
    }

    #[test]
    fn a_form_of_one_field_returns_at_once_with_what_was_typed() {
        let mut check = FormCheck::new();
        let kept = check.only("reason", "  ", |input| crate::text::multi_line(input, 10));
        let Err(AppError::Invalid(invalid)) = kept else {
            panic!("expected Invalid")
        };
        assert_eq!(invalid.problem_for("reason"), Some(Problem::Required));
        assert_eq!(invalid.value_of("reason"), Some("  "));
        let mut check = FormCheck::new();
        assert_eq!(
            check.only("reason", " fordi ", |input| crate::text::multi_line(
                input, 10
            )),
            Ok("fordi".to_owned())
        );
    }

    #[test]
    fn an_empty_check_passes() {
        assert!(FormCheck::new().finish().is_ok());
    }
}
