//! Calendar files and feeds, on SQLite and PostgreSQL, read back by an independent parser
//! (the `ical` crate, not the builder the platform writes them with): one initiative's
//! file, the public feed narrowed by place and goal, and a person's own feed behind its key.

use crate::helpers::{
    TestApp, Visitor, goal_ids, hide_pending_review, idea, join, published_event, published_with,
};
use app::calendar::{MyCalendar, RenewCalendar};
use app::error::AppError;
use app::ids::{GoalId, InitiativeId};
use app::initiatives::detail::Withdraw;
use app::initiatives::propose::Propose;
use app::timestamp::{DAY, HOUR, Timestamp};
use ical::parser::ical::component::{IcalCalendar, IcalEvent};
use reqwest::StatusCode;

on_both_databases!(
    an_initiatives_file_keeps_its_uid_in_copenhagen_time_and_counts_its_changes,
    what_has_no_time_or_is_not_public_has_no_file,
    the_public_feed_holds_what_is_on_in_its_window_by_place_and_goal,
    ones_own_feed_holds_what_one_takes_part_in_until_its_address_is_renewed,
);

/// An event published by `author`, starting `days` from now at the hour it is now.
async fn event(
    app: &TestApp,
    author: &Visitor,
    title: &str,
    days: i64,
    place: &str,
) -> InitiativeId {
    published_event(app, author, title, app::db::now().plus(days * DAY), place).await
}

/// Fetches `path` and reads it as a calendar; answers its status and content type too.
async fn fetch(app: &TestApp, path: &str) -> (StatusCode, String, Option<IcalCalendar>) {
    let response = reqwest::get(app.url(path))
        .await
        .expect("the server answers");
    let status = response.status();
    let kind = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let body = response.text().await.unwrap();
    let calendar = (status == StatusCode::OK).then(|| {
        ical::IcalParser::new(body.as_bytes())
            .next()
            .expect("one calendar")
            .expect("a calendar the parser reads")
    });
    (status, kind, calendar)
}

fn property<'a>(event: &'a IcalEvent, name: &str) -> Option<&'a str> {
    event
        .properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.as_deref())
}

/// A text value as written, its escaped commas and semicolons read back.
fn text(event: &IcalEvent, name: &str) -> Option<String> {
    property(event, name).map(|value| value.replace("\\,", ",").replace("\\;", ";"))
}

fn uids(calendar: &IcalCalendar) -> Vec<String> {
    calendar
        .events
        .iter()
        .map(|e| property(e, "UID").unwrap_or_default().to_owned())
        .collect()
}

fn uid_of(id: InitiativeId) -> String {
    format!("initiative-{id}@127.0.0.1")
}

async fn move_to(app: &TestApp, id: InitiativeId, starts: Timestamp) {
    sqlx::query("UPDATE initiatives SET starts_at = $1, ends_at = $2 WHERE id = $3")
        .bind(starts)
        .bind(starts.plus(2 * HOUR))
        .bind(id)
        .execute(app.db().pool())
        .await
        .unwrap();
}

async fn tie(app: &TestApp, id: InitiativeId, goal: GoalId) {
    sqlx::query("INSERT INTO initiative_goals (initiative_id, goal_id) VALUES ($1, $2)")
        .bind(id)
        .bind(goal)
        .execute(app.db().pool())
        .await
        .unwrap();
}

async fn an_initiatives_file_keeps_its_uid_in_copenhagen_time_and_counts_its_changes(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = event(&app, &mette, "Loppemarked, for alle", 12, "").await;
    let path = format!("/calendar/initiative/{id}.ics");
    let (status, kind, calendar) = fetch(&app, &path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(kind.starts_with("text/calendar"), "{kind}");
    let calendar = calendar.unwrap();
    // The zone its times name is in the file.
    assert_eq!(calendar.timezones.len(), 1);
    let zone = &calendar.timezones[0].properties;
    assert!(
        zone.iter()
            .any(|p| p.name == "TZID" && p.value.as_deref() == Some("Europe/Copenhagen"))
    );
    assert_eq!(calendar.events.len(), 1);
    let event = &calendar.events[0];
    assert_eq!(property(event, "UID"), Some(uid_of(id).as_str()));
    assert_eq!(
        text(event, "SUMMARY").as_deref(),
        Some("Loppemarked, for alle")
    );
    assert_eq!(text(event, "LOCATION").as_deref(), Some("Fælleshuset"));
    assert_eq!(property(event, "STATUS"), Some("CONFIRMED"));
    let page = app.url(&format!("/initiatives/{id}"));
    assert_eq!(property(event, "URL"), Some(page.as_str()));
    assert!(property(event, "DESCRIPTION").unwrap().contains(&page));
    // The start is the proposal's local time, in the Copenhagen zone.
    let start = event
        .properties
        .iter()
        .find(|p| p.name == "DTSTART")
        .unwrap();
    let tzid = start
        .params
        .as_ref()
        .unwrap()
        .iter()
        .find(|(name, _)| name == "TZID")
        .unwrap();
    assert_eq!(tzid.1, ["Europe/Copenhagen"]);
    let local = app::db::now().plus(12 * DAY).local();
    let expected = format!(
        "{:04}{:02}{:02}T{:02}{:02}00",
        local.year, local.month, local.day, local.hour, local.minute
    );
    assert_eq!(start.value.as_deref(), Some(expected.as_str()));
    let first: u32 = property(event, "SEQUENCE").unwrap().parse().unwrap();

    // Withdrawn: the same entry, changed and cancelled.
    mette
        .run(Withdraw {
            initiative_id: id,
            reason: "Regnvejr.".to_owned(),
        })
        .await
        .unwrap();
    let (_, _, calendar) = fetch(&app, &path).await;
    let event = &calendar.unwrap().events[0];
    assert_eq!(property(event, "UID"), Some(uid_of(id).as_str()));
    assert_eq!(property(event, "STATUS"), Some("CANCELLED"));
    let after: u32 = property(event, "SEQUENCE").unwrap().parse().unwrap();
    assert!(after > first, "{first} then {after}");
    // A change the entry does not show (goals) leaves its sequence as it was.
    tie(&app, id, goal_ids(&app).await[0]).await;
    sqlx::query("UPDATE initiatives SET updated_at = updated_at + 1 WHERE id = $1")
        .bind(id)
        .execute(app.db().pool())
        .await
        .unwrap();
    let (_, _, calendar) = fetch(&app, &path).await;
    let again: u32 = property(&calendar.unwrap().events[0], "SEQUENCE")
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(again, after);
}

async fn what_has_no_time_or_is_not_public_has_no_file(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let undated = published_with(&app, &mette, idea("Grønne tage")).await;
    let waiting = crate::helpers::propose(
        &mette,
        Propose {
            kind: "event".to_owned(),
            starts_at: app::db::now().plus(3 * DAY).local().input_value(),
            ..idea("Venter stadig")
        },
    )
    .await;
    let hidden = event(&app, &mette, "Skjult", 4, "").await;
    hide_pending_review(&app, hidden).await;
    for path in [
        format!("/calendar/initiative/{undated}.ics"),
        format!("/calendar/initiative/{waiting}.ics"),
        format!("/calendar/initiative/{hidden}.ics"),
        "/calendar/initiative/999999.ics".to_owned(),
        "/calendar/initiative/abc.ics".to_owned(),
        format!("/calendar/initiative/{undated}"),
    ] {
        let (status, _, _) = fetch(&app, &path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
}

async fn the_public_feed_holds_what_is_on_in_its_window_by_place_and_goal(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let hedemarken = app::neighbourhoods::store::ensure(app.db(), "Hedemarken", None)
        .await
        .unwrap()
        .to_string();
    let goals = goal_ids(&app).await;
    let soon = event(&app, &mette, "Snart i Hedemarken", 5, &hedemarken).await;
    tie(&app, soon, goals[0]).await;
    let town = event(&app, &mette, "For hele byen", 10, "").await;
    tie(&app, town, goals[1]).await;
    let far = event(&app, &mette, "Om godt et år", 400, "").await;
    let long_ago = event(&app, &mette, "For længe siden", 2, "").await;
    move_to(&app, long_ago, app::db::now().minus(200 * DAY)).await;
    let lately = event(&app, &mette, "For nylig", 2, &hedemarken).await;
    move_to(&app, lately, app::db::now().minus(30 * DAY)).await;
    let hidden = event(&app, &mette, "Skjult", 3, "").await;
    hide_pending_review(&app, hidden).await;
    let _ = far;

    let feed = |query: &str| format!("/calendar/upcoming.ics{query}");
    let (status, kind, calendar) = fetch(&app, &feed("")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(kind.starts_with("text/calendar"), "{kind}");
    assert_eq!(
        uids(&calendar.unwrap()),
        [uid_of(lately), uid_of(soon), uid_of(town)],
        "the last 90 days and the next year, soonest first, nothing hidden"
    );
    let (_, _, calendar) = fetch(&app, &feed(&format!("?neighbourhood={hedemarken}"))).await;
    assert_eq!(uids(&calendar.unwrap()), [uid_of(lately), uid_of(soon)]);
    let (_, _, calendar) = fetch(&app, &feed("?neighbourhood=town")).await;
    assert_eq!(uids(&calendar.unwrap()), [uid_of(town)]);
    let (_, _, calendar) = fetch(&app, &feed(&format!("?goal={}", goals[0]))).await;
    assert_eq!(uids(&calendar.unwrap()), [uid_of(soon)]);
    let (_, _, calendar) = fetch(
        &app,
        &feed(&format!("?goal={}&neighbourhood=town", goals[0])),
    )
    .await;
    assert!(calendar.unwrap().events.is_empty());
    // Unknown values are ignored, as in the list.
    let (_, _, calendar) = fetch(&app, &feed("?neighbourhood=x&goal=y")).await;
    assert_eq!(calendar.unwrap().events.len(), 3);
}

async fn ones_own_feed_holds_what_one_takes_part_in_until_its_address_is_renewed(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let joined = event(&app, &mette, "Fællesspisning", 6, "").await;
    event(&app, &mette, "Noget andet", 7, "").await;
    let lars = app.citizen("Lars").await;
    join(&lars, joined, "observing").await.unwrap();
    assert_eq!(
        lars.run(MyCalendar {}).await.unwrap(),
        None,
        "no address until asked for"
    );

    lars.run(RenewCalendar {}).await.unwrap();
    let address = lars.run(MyCalendar {}).await.unwrap().expect("an address");
    let path = address
        .strip_prefix(&app.url(""))
        .expect("on this site")
        .to_owned();
    assert!(
        path.starts_with("/calendar/mine/") && path.ends_with(".ics"),
        "{path}"
    );
    let (status, _, calendar) = fetch(&app, &path).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(uids(&calendar.unwrap()), [uid_of(joined)]);
    // Mette is the initiator of both: hers holds both.
    mette.run(RenewCalendar {}).await.unwrap();
    let hers = mette.run(MyCalendar {}).await.unwrap().unwrap();
    let (_, _, calendar) = fetch(&app, hers.strip_prefix(&app.url("")).unwrap()).await;
    assert_eq!(calendar.unwrap().events.len(), 2);

    // A new address ends the old one.
    lars.run(RenewCalendar {}).await.unwrap();
    let renewed = lars.run(MyCalendar {}).await.unwrap().unwrap();
    assert_ne!(renewed, address);
    assert_eq!(fetch(&app, &path).await.0, StatusCode::NOT_FOUND);
    let renewed_path = renewed.strip_prefix(&app.url("")).unwrap();
    assert_eq!(fetch(&app, renewed_path).await.0, StatusCode::OK);
    assert_eq!(
        fetch(&app, "/calendar/mine/0123.ics").await.0,
        StatusCode::NOT_FOUND
    );
    // Nobody makes an address without an account.
    assert_eq!(
        app.visitor().run(RenewCalendar {}).await,
        Err(AppError::NotLoggedIn)
    );
    assert_eq!(
        app.visitor().run(MyCalendar {}).await,
        Err(AppError::NotLoggedIn)
    );
}
