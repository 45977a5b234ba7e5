//! An initiative as its author writes it, checked field by field before it is stored.

use super::kind::Kind;
use crate::db::Db;
use crate::error::{AppError, FormCheck, Problem};
use crate::ids::NeighbourhoodId;
use crate::neighbourhoods;
use crate::text::{multi_line, optional_line, single_line};
use crate::timestamp::Timestamp;

pub const TITLE_MAX: usize = 120;
pub const DESCRIPTION_MAX: usize = 5_000;
pub const PLACE_MAX: usize = 200;
pub const NEED_MAX: usize = 120;
pub const NEEDS_MAX: usize = 10;

/// The form as submitted: text, exactly as typed.
pub struct DraftForm<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub kind: &'a str,
    pub neighbourhood: &'a str,
    pub starts_at: &'a str,
    pub ends_at: &'a str,
    pub place: &'a str,
    /// One need per line.
    pub needs: &'a str,
    /// "", "weekly" or "monthly", and the last day ("2027-03-01").
    pub repeats: &'a str,
    pub repeats_until: &'a str,
}

/// A valid initiative, ready to store.
#[derive(Debug, PartialEq)]
pub struct Draft {
    pub title: String,
    pub description: String,
    pub kind: Kind,
    pub neighbourhood_id: Option<NeighbourhoodId>,
    pub starts_at: Option<Timestamp>,
    pub ends_at: Option<Timestamp>,
    pub place: Option<String>,
    pub needs: Vec<String>,
    pub recurrence: Option<super::recurrence::Recurrence>,
}

/// Reads the needs list: one per line, blank lines ignored.
fn parse_needs(input: &str) -> Result<Vec<String>, Problem> {
    let needs: Vec<&str> = input
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if needs.len() > NEEDS_MAX {
        return Err(Problem::TooManyNeeds { max: NEEDS_MAX });
    }
    needs
        .into_iter()
        .map(|need| single_line(need, NEED_MAX))
        .collect()
}

/// Checks the times as typed in the fields `starts_at` and `ends_at`: both readable, a
/// start not in the past, an end only after a start.
pub fn check_times(
    check: &mut FormCheck,
    starts: &str,
    ends: &str,
    now: Timestamp,
) -> (Option<Timestamp>, Option<Timestamp>) {
    let starts_at = check
        .check("starts_at", Timestamp::from_local_input(starts))
        .flatten();
    let ends_at = check
        .check("ends_at", Timestamp::from_local_input(ends))
        .flatten();
    if starts_at.is_some_and(|start| start < now) {
        check.fail("starts_at", Problem::InPast);
    }
    match (starts_at, ends_at) {
        (None, Some(_)) if starts.trim().is_empty() => {
            check.fail("ends_at", Problem::EndWithoutStart)
        }
        (Some(start), Some(end)) if end < start => check.fail("ends_at", Problem::EndBeforeStart),
        _ => {}
    }
    (starts_at, ends_at)
}

impl DraftForm<'_> {
    /// Every field of the form as typed, by name.
    pub fn fields(&self) -> [(&'static str, &str); 10] {
        [
            ("title", self.title),
            ("description", self.description),
            ("kind", self.kind),
            ("neighbourhood", self.neighbourhood),
            ("starts_at", self.starts_at),
            ("ends_at", self.ends_at),
            ("place", self.place),
            ("needs", self.needs),
            ("repeats", self.repeats),
            ("repeats_until", self.repeats_until),
        ]
    }
}

/// A check that keeps every field of the form as typed.
fn keeping(form: &DraftForm<'_>) -> FormCheck {
    let mut check = FormCheck::new();
    for (name, value) in form.fields() {
        check.keep(name, value);
    }
    check
}

/// The form's answer when the proposal was decided on while its initiator edited it: the
/// text comes back as typed, with the message above the title.
pub fn changed_meanwhile(form: &DraftForm<'_>) -> AppError {
    let mut check = keeping(form);
    check.fail("title", Problem::ChangedMeanwhile);
    check.into_error()
}

/// Checks every field, reporting all problems at once with what was typed kept.
pub async fn parse(db: &Db, form: &DraftForm<'_>, now: Timestamp) -> Result<Draft, AppError> {
    let mut check = keeping(form);
    let title = check.check("title", single_line(form.title, TITLE_MAX));
    let description = check.check("description", multi_line(form.description, DESCRIPTION_MAX));
    let kind = check.check("kind", Kind::parse(form.kind).ok_or(Problem::UnknownKind));
    let neighbourhood_id = check.check(
        "neighbourhood",
        neighbourhoods::parse_choice(db, form.neighbourhood).await?,
    );
    let (starts_at, ends_at) = check_times(&mut check, form.starts_at, form.ends_at, now);
    let place = check.check("place", optional_line(form.place, PLACE_MAX));
    let needs = check.check("needs", parse_needs(form.needs));
    let recurrence = super::recurrence::Recurrence::parse(
        &mut check,
        form.repeats,
        form.repeats_until,
        starts_at,
    );
    match (title, description, kind, neighbourhood_id, place, needs) {
        (
            Some(title),
            Some(description),
            Some(kind),
            Some(neighbourhood_id),
            Some(place),
            Some(needs),
        ) if check.is_ok() => Ok(Draft {
            title,
            description,
            kind,
            neighbourhood_id,
            starts_at,
            ends_at,
            place,
            needs,
            recurrence,
        }),
        _ => Err(check.into_error()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs_are_one_per_line_and_limited() {
        assert_eq!(
            parse_needs("  Nogen der bager\n\n Et lokale til 30 \n").unwrap(),
            vec!["Nogen der bager", "Et lokale til 30"]
        );
        assert_eq!(parse_needs("").unwrap(), Vec::<String>::new());
        let eleven = (0..11).map(|i| format!("behov {i}\n")).collect::<String>();
        assert_eq!(parse_needs(&eleven), Err(Problem::TooManyNeeds { max: 10 }));
        assert_eq!(
            parse_needs(&"x".repeat(121)),
            Err(Problem::TooLong { max: 120 })
        );
    }

    fn problems(starts_at: &str, ends_at: &str, now: Timestamp) -> Vec<(String, Problem)> {
        let mut check = FormCheck::new();
        check_times(&mut check, starts_at, ends_at, now);
        match check.finish() {
            Ok(()) => vec![],
            Err(AppError::Invalid(invalid)) => invalid
                .problems
                .into_iter()
                .map(|p| (p.field, p.problem))
                .collect(),
            Err(other) => panic!("{other:?}"),
        }
    }

    #[test]
    fn times_must_be_in_order_and_not_in_the_past() {
        let now = Timestamp::from_local_input("2026-11-22T12:00")
            .unwrap()
            .unwrap();
        assert!(problems("2026-12-01T18:00", "2026-12-01T21:00", now).is_empty());
        assert!(problems("", "", now).is_empty());
        assert_eq!(
            problems("2026-12-01T18:00", "2026-12-01T17:00", now),
            vec![("ends_at".to_owned(), Problem::EndBeforeStart)]
        );
        assert_eq!(
            problems("2026-11-01T18:00", "", now),
            vec![("starts_at".to_owned(), Problem::InPast)]
        );
        assert_eq!(
            problems("", "2026-12-01T17:00", now),
            vec![("ends_at".to_owned(), Problem::EndWithoutStart)]
        );
        assert_eq!(
            problems("i morgen", "", now),
            vec![("starts_at".to_owned(), Problem::InvalidDateTime)]
        );
    }
}
