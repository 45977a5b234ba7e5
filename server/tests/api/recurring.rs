//! Recurring activities and the initiatives offered while proposing, on SQLite and
//! PostgreSQL. A weekly or monthly activity shows its rule in words and its next time, its
//! calendar file carries the rule (read back by the `ical` crate), it is reminded of before
//! each time and comes up in the week ahead; a rule without an end is refused. While a
//! citizen writes a title, published initiatives sharing its words are offered.

use crate::helpers::{TestApp, Visitor, idea, join, kept, problem, published_with};
use app::error::Problem;
use app::i18n::Lang;
use app::ids::InitiativeId;
use app::initiatives::detail::Initiative;
use app::initiatives::propose::Propose;
use app::initiatives::similar::SimilarInitiatives;
use app::site::coming_up::ComingUp;
use app::timestamp::{DAY, HOUR, Timestamp};

on_both_databases!(
    a_weekly_activity_shows_its_rule_and_next_time_and_its_file_repeats,
    a_recurring_activity_is_reminded_of_before_each_time_and_comes_up_each_week,
    a_rule_without_an_end_or_a_start_is_refused_with_the_text_kept,
    published_initiatives_like_the_title_are_offered_most_alike_first,
);

/// A weekly activity by `author` whose first time was `first` (days from now, may be
/// past: it is written straight into the database then, as a form refuses a past start),
/// repeating until `weeks` weeks after it.
async fn weekly(
    app: &TestApp,
    author: &Visitor,
    title: &str,
    first: i64,
    weeks: i64,
) -> InitiativeId {
    let start = app::db::now().plus(first.max(1) * DAY);
    let until = start.plus(weeks * 7 * DAY).local().iso_date();
    let id = published_with(
        app,
        author,
        Propose {
            kind: "activity".to_owned(),
            starts_at: start.local().input_value(),
            ends_at: start.plus(2 * HOUR).local().input_value(),
            place: "Biblioteket".to_owned(),
            repeats: "weekly".to_owned(),
            repeats_until: until,
            ..idea(title)
        },
    )
    .await;
    if first < 1 {
        let moved = app::db::now().plus(first * DAY);
        sqlx::query("UPDATE initiatives SET starts_at = $1, ends_at = $2 WHERE id = $3")
            .bind(moved)
            .bind(moved.plus(2 * HOUR))
            .bind(id)
            .execute(app.db().pool())
            .await
            .unwrap();
    }
    id
}

async fn a_weekly_activity_shows_its_rule_and_next_time_and_its_file_repeats(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = weekly(&app, &mette, "Sprogcafé", 3, 4).await;
    let detail = mette.run(Initiative { id }).await.unwrap();
    let rule = detail.rule.expect("a rule");
    let first = detail.starts_at.unwrap();
    assert_eq!(rule.next, Some(first), "the first time is the next");
    let words = rule.words(Lang::Da);
    assert!(words.starts_with("Hver "), "{words}");
    assert!(words.contains("til og med"), "{words}");
    assert!(rule.words(Lang::En).starts_with("Every "));
    // The file repeats it on its weekday until the end of its last day, in UTC.
    let body = reqwest::get(app.url(&format!("/calendar/initiative/{id}.ics")))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let calendar = ical::IcalParser::new(body.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    let rrule = calendar.events[0]
        .properties
        .iter()
        .find(|p| p.name == "RRULE")
        .and_then(|p| p.value.clone())
        .expect("an RRULE");
    assert!(rrule.starts_with("FREQ=WEEKLY;BYDAY="), "{rrule}");
    assert!(rrule.contains(";UNTIL=") && rrule.ends_with("Z"), "{rrule}");
    // Changing the rule changes the calendar entry.
    let seen = detail.calendar_sequence;
    mette
        .run(app::initiatives::reschedule::Reschedule {
            initiative_id: id,
            calendar_sequence: seen,
            starts_at: first.input_value(),
            ends_at: detail.ends_at.unwrap().input_value(),
            place: "Biblioteket".to_owned(),
            repeats: "monthly".to_owned(),
            repeats_until: rule.until.iso_date(),
        })
        .await
        .unwrap();
    let changed = mette.run(Initiative { id }).await.unwrap();
    assert!(changed.calendar_sequence > seen);
    assert_eq!(
        changed.rule.unwrap().frequency,
        app::initiatives::recurrence::Frequency::Monthly
    );
}

async fn a_recurring_activity_is_reminded_of_before_each_time_and_comes_up_each_week(app: TestApp) {
    let mette = app.citizen("Mette").await;
    // It began six days and some hours ago: its next time is within a day.
    let id = weekly(&app, &mette, "Strikkeklub", -6, 6).await;
    sqlx::query(
        "UPDATE initiatives SET starts_at = starts_at - $1, ends_at = ends_at - $1 WHERE id = $2",
    )
    .bind(12 * HOUR)
    .bind(id)
    .execute(app.db().pool())
    .await
    .unwrap();
    let lars = app.citizen("Lars").await;
    join(&lars, id, "active").await.unwrap();
    let next = lars
        .run(Initiative { id })
        .await
        .unwrap()
        .rule
        .unwrap()
        .next
        .unwrap();
    let week = lars.run(ComingUp {}).await.unwrap();
    let listed = week
        .items
        .iter()
        .find(|u| u.initiative.id == id)
        .expect("in the week ahead");
    assert_eq!(listed.initiative.starts_at, Some(next), "at its next time");

    let state = app.state();
    let now = app::db::now();
    assert_eq!(app::reminders::send_due(&state, now).await.unwrap(), 1);
    let mail = app.mailbox().next("lars@example.dk", 2).await;
    assert!(mail.subject.contains("Strikkeklub"), "{mail:?}");
    assert_eq!(
        app::reminders::send_due(&state, now).await.unwrap(),
        0,
        "once"
    );
    // A week later, the time after is reminded of.
    assert_eq!(
        app::reminders::send_due(&state, now.plus(7 * DAY))
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM reminders_sent WHERE initiative_id = {id}"
        ))
        .await,
        2
    );
    // After its last day, nothing.
    assert_eq!(
        app::reminders::send_due(&state, now.plus(60 * DAY))
            .await
            .unwrap(),
        0
    );
}

async fn a_rule_without_an_end_or_a_start_is_refused_with_the_text_kept(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let start = app::db::now().plus(3 * DAY).local().input_value();
    let without_end = mette
        .run(Propose {
            kind: "activity".to_owned(),
            starts_at: start.clone(),
            repeats: "weekly".to_owned(),
            ..idea("Løbeklub")
        })
        .await;
    assert_eq!(
        problem(&without_end, "repeats_until"),
        Some(Problem::RepeatsWithoutEnd)
    );
    assert_eq!(kept(&without_end, "title"), Some("Løbeklub"));
    assert_eq!(kept(&without_end, "repeats"), Some("weekly"));
    let until = Timestamp::now().plus(30 * DAY).local().iso_date();
    let without_start = mette
        .run(Propose {
            repeats: "monthly".to_owned(),
            repeats_until: until.clone(),
            ..idea("Løbeklub")
        })
        .await;
    assert_eq!(
        problem(&without_start, "starts_at"),
        Some(Problem::RepeatsWithoutStart)
    );
    let too_long = mette
        .run(Propose {
            starts_at: start.clone(),
            repeats: "weekly".to_owned(),
            repeats_until: Timestamp::now().plus(900 * DAY).local().iso_date(),
            ..idea("Løbeklub")
        })
        .await;
    assert_eq!(
        problem(&too_long, "repeats_until"),
        Some(Problem::RepeatsTooLong)
    );
    let unknown = mette
        .run(Propose {
            starts_at: start,
            repeats: "daily".to_owned(),
            repeats_until: until,
            ..idea("Løbeklub")
        })
        .await;
    assert_eq!(problem(&unknown, "repeats"), Some(Problem::UnknownChoice));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM initiatives WHERE title = 'Løbeklub'")
            .await,
        0
    );
}

async fn published_initiatives_like_the_title_are_offered_most_alike_first(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let flea = published_with(&app, &mette, idea("Loppemarked i Hedemarken")).await;
    let cafe = published_with(
        &app,
        &mette,
        idea("Loppemarked og sprogcafé på biblioteket"),
    )
    .await;
    published_with(&app, &mette, idea("Bænke ved søen")).await;
    // Waiting for review: never offered.
    crate::helpers::propose(&mette, idea("Loppemarkeder for børn")).await;
    let anyone = app.visitor();
    let found = anyone
        .run(SimilarInitiatives {
            title: "Sprogcafé og loppemarked".to_owned(),
        })
        .await
        .unwrap();
    let ids: Vec<InitiativeId> = found.iter().map(|s| s.id).collect();
    assert_eq!(ids, [cafe, flea], "both words first, then one");
    assert!(
        anyone
            .run(SimilarInitiatives {
                title: "Te og is".to_owned()
            })
            .await
            .unwrap()
            .is_empty(),
        "short words say nothing"
    );
    assert!(
        anyone
            .run(SimilarInitiatives {
                title: "Xylofonkoncert".to_owned()
            })
            .await
            .unwrap()
            .is_empty()
    );
    // At most five.
    for n in 0..7 {
        published_with(&app, &mette, idea(&format!("Loppemarked nummer {n}"))).await;
    }
    let many = anyone
        .run(SimilarInitiatives {
            title: "Loppemarked".to_owned(),
        })
        .await
        .unwrap();
    assert_eq!(many.len(), 5);
}
