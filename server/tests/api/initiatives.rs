//! Proposing initiatives and taking part in them, on SQLite and PostgreSQL: the happy path,
//! the validation rules, who may see and do what, and racing joins.

use crate::helpers::{
    TestApp, Visitor, decide_first_request, join, problem, propose, publish, published_list,
    published_with, report_initiative, withdraw,
};
use app::accounts::role::Role;
use app::error::{AppError, Problem};
use app::goals::ListGoals;
use app::ids::{InitiativeId, NeedId};
use app::initiatives::detail::{Initiative, Leave};
use app::initiatives::edit::{InitiativeForm, UpdateInitiative};
use app::initiatives::initiators::{DecideInitiatorRequest, RequestInitiator};
use app::initiatives::kind::{Kind, State};
use app::initiatives::list::PublishedInitiatives;
use app::initiatives::mine::MyInitiatives;
use app::initiatives::needs::{OfferNeed, SetNeedCovered, TakeBackNeed};
use app::initiatives::participating::MyParticipation;
use app::initiatives::propose::Propose;
use app::initiatives::{Detail, Need};
use app::participation::level::Level;
use app::participation::requests::RequestState;

on_both_databases!(
    a_proposal_waits_for_review_under_my_initiatives,
    anonymous_visitors_cannot_propose,
    a_proposal_reports_every_wrong_field_and_keeps_the_text,
    times_must_be_ahead_and_in_order,
    an_unpublished_initiative_is_seen_only_by_its_initiators_and_staff,
    a_citizen_joins_changes_level_and_leaves,
    becoming_an_initiator_is_not_a_free_choice,
    the_last_initiator_cannot_leave_or_step_down,
    only_published_initiatives_can_be_joined,
    racing_joins_leave_one_participation_per_person_and_exact_counts,
    markup_in_a_description_is_shown_as_text,
    search_understands_danish_word_forms,
    filters_narrow_the_list_and_unknown_values_are_ignored,
    lists_sort_by_start_and_by_participants,
    long_lists_come_a_page_at_a_time,
    my_participation_lists_what_i_joined_with_the_next_first,
    an_initiator_withdraws_with_a_reason_and_nobody_can_join_after,
    only_initiators_may_withdraw,
    an_initiator_edits_a_waiting_proposal,
    a_sent_back_proposal_returns_to_the_queue_when_edited,
    only_initiators_may_edit_and_only_before_publication,
    active_participants_offer_to_take_needs_and_initiators_see_who,
    only_active_and_co_creating_participants_may_offer,
    initiators_mark_needs_covered_and_covered_needs_take_no_offers,
    an_accepted_request_makes_a_further_initiator,
    the_page_names_the_first_initiators_and_counts_the_rest,
    a_declined_request_can_be_made_again,
    only_initiators_decide_requests,
    a_logged_in_person_reports_an_initiative_with_a_reason,
    the_list_filters_by_the_goal_a_moderator_tied_it_to,
);

/// An evening event in the future with a place and two needs.
fn event(title: &str) -> Propose {
    event_at(title, "2099-06-01T18:00", "2099-06-01T21:00")
}

/// The same event at other times.
fn event_at(title: &str, starts_at: &str, ends_at: &str) -> Propose {
    Propose {
        title: title.to_owned(),
        description: "Vi mødes og spiser sammen.\n\nAlle er velkomne.".to_owned(),
        kind: "event".to_owned(),
        neighbourhood: String::new(),
        starts_at: starts_at.to_owned(),
        ends_at: ends_at.to_owned(),
        place: "Fælleshuset".to_owned(),
        needs: "Nogen der bager\nEt lokale til 30".to_owned(),
        repeats: String::new(),
        repeats_until: String::new(),
    }
}

async fn detail(visitor: &Visitor, id: InitiativeId) -> Result<Detail, AppError> {
    visitor.run(Initiative { id }).await
}

/// How many take part at `level`.
fn count(detail: &Detail, level: Level) -> i64 {
    detail
        .counts
        .iter()
        .find(|(l, _)| *l == level)
        .map(|(_, n)| *n)
        .unwrap()
}

async fn a_proposal_waits_for_review_under_my_initiatives(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = propose(&mette, event("Fællesspisning")).await;
    let seen = detail(&mette, id).await.unwrap();
    assert_eq!(seen.state, State::Pending);
    assert_eq!(seen.initiators, ["Mette"]);
    assert_eq!(count(&seen, Level::Initiator), 1);
    assert_eq!(seen.my_level, Some(Level::Initiator));
    assert_eq!(seen.needs.len(), 2);
    assert_eq!(seen.place.as_deref(), Some("Fælleshuset"));
    let events = app.count("SELECT COUNT(*) FROM participation_events").await;
    assert_eq!(events, 1, "the author's joining as initiator is recorded");
}

async fn anonymous_visitors_cannot_propose(app: TestApp) {
    let result = app.visitor().run(event_at("Titel", "", "")).await;
    assert_eq!(result, Err(AppError::NotLoggedIn));
    assert_eq!(
        app.visitor().run(MyInitiatives {}).await,
        Err(AppError::NotLoggedIn)
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM initiatives").await, 0);
}

async fn a_proposal_reports_every_wrong_field_and_keeps_the_text(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let long_title = "x".repeat(121);
    let eleven_needs = (0..11).map(|i| format!("behov {i}\n")).collect::<String>();
    let result = mette
        .run(Propose {
            title: long_title.clone(),
            description: "   ".to_owned(),
            kind: "party".to_owned(),
            neighbourhood: "424242".to_owned(),
            starts_at: String::new(),
            ends_at: String::new(),
            place: String::new(),
            needs: eleven_needs,
            repeats: String::new(),
            repeats_until: String::new(),
        })
        .await;
    assert_eq!(
        problem(&result, "title"),
        Some(Problem::TooLong { max: 120 })
    );
    assert_eq!(problem(&result, "description"), Some(Problem::Required));
    assert_eq!(problem(&result, "kind"), Some(Problem::UnknownKind));
    assert_eq!(
        problem(&result, "neighbourhood"),
        Some(Problem::UnknownNeighbourhood)
    );
    assert_eq!(
        problem(&result, "needs"),
        Some(Problem::TooManyNeeds { max: 10 })
    );
    let Err(AppError::Invalid(invalid)) = result else {
        panic!("expected Invalid")
    };
    assert_eq!(invalid.value_of("title"), Some(long_title.as_str()));
    assert_eq!(app.count("SELECT COUNT(*) FROM initiatives").await, 0);
}

async fn times_must_be_ahead_and_in_order(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let past = mette.run(event_at("Før", "2001-01-01T10:00", "")).await;
    assert_eq!(problem(&past, "starts_at"), Some(Problem::InPast));
    let backwards = mette
        .run(event_at("Baglæns", "2099-01-01T10:00", "2099-01-01T09:00"))
        .await;
    assert_eq!(
        problem(&backwards, "ends_at"),
        Some(Problem::EndBeforeStart)
    );
    let garbled = mette.run(event_at("Rod", "snart", "")).await;
    assert_eq!(
        problem(&garbled, "starts_at"),
        Some(Problem::InvalidDateTime)
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM initiatives").await, 0);
}

async fn an_unpublished_initiative_is_seen_only_by_its_initiators_and_staff(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = propose(&mette, event("Hemmelig endnu")).await;
    assert_eq!(detail(&app.visitor(), id).await, Err(AppError::NotFound));
    assert_eq!(
        detail(&app.citizen("Lars").await, id).await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        detail(&app.with_role("Pia", Role::Politician).await, id).await,
        Err(AppError::NotFound)
    );
    assert!(
        detail(&app.with_role("Mads", Role::Moderator).await, id)
            .await
            .is_ok()
    );
    assert!(detail(&mette, id).await.is_ok());
    let listed = app.visitor().run(published_list()).await.unwrap();
    assert!(listed.items.is_empty());
    assert_eq!(listed.total, 0);
    assert_eq!(
        detail(&app.visitor(), InitiativeId(987654)).await,
        Err(AppError::NotFound)
    );
}

async fn a_citizen_joins_changes_level_and_leaves(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_with(&app, &mette, event("Loppemarked")).await;
    let lars = app.citizen("Lars").await;
    assert_eq!(
        join(&app.visitor(), id, "active").await,
        Err(AppError::NotLoggedIn)
    );
    for level in ["observing", "active", "co_creating"] {
        join(&lars, id, level).await.unwrap();
    }
    let seen = detail(&lars, id).await.unwrap();
    assert_eq!(seen.my_level, Some(Level::CoCreating));
    assert_eq!(count(&seen, Level::CoCreating), 1);
    assert_eq!(count(&seen, Level::Observing), 0);
    assert_eq!(count(&seen, Level::Initiator), 1);
    let listed = app.visitor().run(published_list()).await.unwrap();
    assert_eq!(listed.items[0].participants, 2);

    lars.run(Leave { initiative_id: id }).await.unwrap();
    let seen = detail(&lars, id).await.unwrap();
    assert_eq!(seen.my_level, None);
    assert_eq!(count(&seen, Level::CoCreating), 0);
    // joined, changed twice, left — plus the author's own joining.
    let events = app
        .count(
            "SELECT COUNT(*) FROM participation_events WHERE kind IN ('joined', 'changed', 'left')",
        )
        .await;
    assert_eq!(events, 5);
}

async fn becoming_an_initiator_is_not_a_free_choice(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_with(&app, &mette, event("Sprogcafé")).await;
    let lars = app.citizen("Lars").await;
    let result = join(&lars, id, "initiator").await;
    assert_eq!(result, Err(AppError::Forbidden));
    let nonsense = join(&lars, id, "king").await;
    assert_eq!(nonsense, Err(AppError::Forbidden));
    assert_eq!(
        count(&detail(&lars, id).await.unwrap(), Level::Initiator),
        1
    );
}

async fn the_last_initiator_cannot_leave_or_step_down(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_with(&app, &mette, event("Bænke")).await;
    let leave = mette.run(Leave { initiative_id: id }).await;
    assert_eq!(problem(&leave, "level"), Some(Problem::LastInitiator));
    let step_down = join(&mette, id, "active").await;
    assert_eq!(problem(&step_down, "level"), Some(Problem::LastInitiator));
    assert_eq!(
        detail(&mette, id).await.unwrap().my_level,
        Some(Level::Initiator)
    );
}

async fn only_published_initiatives_can_be_joined(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let pending = propose(&mette, event("Venter")).await;
    let lars = app.citizen("Lars").await;
    let result = join(&lars, pending, "active").await;
    assert_eq!(result, Err(AppError::NotFound));
    let withdrawn = published_with(&app, &mette, event("Trukket tilbage")).await;
    sqlx::query("UPDATE initiatives SET state = 'withdrawn' WHERE id = $1")
        .bind(withdrawn)
        .execute(app.db().pool())
        .await
        .unwrap();
    let result = join(&lars, withdrawn, "active").await;
    assert_eq!(result, Err(AppError::Forbidden));
}

async fn racing_joins_leave_one_participation_per_person_and_exact_counts(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_with(&app, &mette, event("Stort arrangement")).await;
    let mut citizens = Vec::new();
    for i in 0..8 {
        citizens.push(app.citizen(&format!("Deltager {i}")).await);
    }
    // Everyone joins at once, and each also fires a second request with another level.
    let levels = ["observing", "active", "co_creating"];
    let requests = citizens
        .iter()
        .enumerate()
        .flat_map(|(i, c)| [levels[i % 3], levels[(i + 1) % 3]].map(|level| join(c, id, level)));
    let results = futures::future::join_all(requests).await;
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    let rows = app.count("SELECT COUNT(*) FROM participations").await;
    assert_eq!(rows, 9, "eight citizens and the initiator, one row each");
    let seen = detail(&mette, id).await.unwrap();
    let total: i64 = Level::ALL.iter().map(|level| count(&seen, *level)).sum();
    assert_eq!(total, 9);
    // Each citizen's row holds the level of whichever request came last: one of the two.
    let joined = app
        .count("SELECT COUNT(*) FROM participation_events WHERE kind = 'joined'")
        .await;
    assert_eq!(joined, 9, "exactly one 'joined' per person");
}

async fn markup_in_a_description_is_shown_as_text(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let form = Propose {
        description: "<script>alert('x')</script>\n\nSe https://albertslund.dk".to_owned(),
        ..event_at("<b>Fed</b> titel", "", "")
    };
    let id = published_with(&app, &mette, form).await;
    let (_, page) = app.visitor().get(&format!("/initiatives/{id}")).await;
    assert!(!page.contains("<script>alert('x')</script>"));
    assert!(page.contains("&lt;script&gt;"), "{page}");
    assert!(page.contains("&lt;b&gt;Fed&lt;/b&gt; titel"));
    assert!(page.contains(r#"<a href="https://albertslund.dk" rel="nofollow ugc noopener">"#));
}

/// An initiative with no place, end or needs, for the lists.
fn initiative_fields(
    title: &str,
    description: &str,
    kind: &str,
    neighbourhood: &str,
    starts_at: &str,
) -> Propose {
    Propose {
        title: title.to_owned(),
        description: description.to_owned(),
        kind: kind.to_owned(),
        neighbourhood: neighbourhood.to_owned(),
        starts_at: starts_at.to_owned(),
        ends_at: String::new(),
        place: String::new(),
        needs: String::new(),
        repeats: String::new(),
        repeats_until: String::new(),
    }
}

/// A field of the list's address that is filled in.
fn some(value: &str) -> Option<String> {
    Some(value.to_owned())
}

async fn titles(visitor: &Visitor, query: PublishedInitiatives) -> Vec<String> {
    let page = visitor.run(query).await.unwrap();
    page.items.into_iter().map(|i| i.title).collect()
}

/// The titles a search for `q` finds.
async fn found(visitor: &Visitor, q: &str) -> Vec<String> {
    let query = PublishedInitiatives {
        q: some(q),
        ..published_list()
    };
    titles(visitor, query).await
}

/// Publishes each of `proposals` as `author`; answers their ids, in order.
async fn published_each<const N: usize>(
    app: &TestApp,
    author: &Visitor,
    proposals: [Propose; N],
) -> [InitiativeId; N] {
    let mut ids = Vec::new();
    for proposal in proposals {
        ids.push(published_with(app, author, proposal).await);
    }
    ids.try_into().expect("an id for each proposal")
}

async fn search_understands_danish_word_forms(app: TestApp) {
    let mette = app.citizen("Mette").await;
    published_each(
        &app,
        &mette,
        [
            initiative_fields(
                "Fællesspisning i gården",
                "Vi spiser sammen med naboerne.",
                "activity",
                "",
                "",
            ),
            initiative_fields("Loppemarkeder hele året", "Køb og salg.", "event", "", ""),
            initiative_fields("Bænke ved Aarhusvej", "Flere bænke.", "proposal", "", ""),
        ],
    )
    .await;
    let anyone = app.visitor();
    for (q, expected) in [
        ("fællesspisningen", vec!["Fællesspisning i gården"]),
        ("FÆLLESSPISNING naboer", vec!["Fællesspisning i gården"]),
        ("loppemarked", vec!["Loppemarkeder hele året"]),
        ("bænkene århusvej", vec!["Bænke ved Aarhusvej"]),
        ("cykelværksted", vec![]),
    ] {
        assert_eq!(found(&anyone, q).await, expected, "{q}");
    }
    assert_eq!(
        found(&anyone, "%").await.len(),
        3,
        "wildcards are not special"
    );
}

async fn filters_narrow_the_list_and_unknown_values_are_ignored(app: TestApp) {
    let hedemarken = app::neighbourhoods::store::ensure(app.db(), "Hedemarken", None)
        .await
        .unwrap()
        .to_string();
    let mette = app.citizen("Mette").await;
    let [_, _, old] = published_each(
        &app,
        &mette,
        [
            initiative_fields(
                "Koncert i Hedemarken",
                "Musik.",
                "event",
                &hedemarken,
                "2099-05-01T18:00",
            ),
            initiative_fields("Idé for hele byen", "En idé.", "idea", "", ""),
            initiative_fields("Gammel fest", "Forbi.", "event", "", "2099-01-01T18:00"),
        ],
    )
    .await;
    // Move the old party into the past, as time would.
    sqlx::query("UPDATE initiatives SET starts_at = 1000, ends_at = 2000 WHERE id = $1")
        .bind(old)
        .execute(app.db().pool())
        .await
        .unwrap();
    let anyone = app.visitor();
    let all = vec!["Gammel fest", "Idé for hele byen", "Koncert i Hedemarken"];
    let cases = [
        (
            PublishedInitiatives {
                neighbourhood: some(&hedemarken),
                ..published_list()
            },
            vec!["Koncert i Hedemarken"],
        ),
        (
            PublishedInitiatives {
                neighbourhood: some("town"),
                ..published_list()
            },
            vec!["Gammel fest", "Idé for hele byen"],
        ),
        (
            PublishedInitiatives {
                kind: some("idea"),
                ..published_list()
            },
            vec!["Idé for hele byen"],
        ),
        (
            PublishedInitiatives {
                when: some("past"),
                ..published_list()
            },
            vec!["Gammel fest"],
        ),
        (
            PublishedInitiatives {
                when: some("upcoming"),
                ..published_list()
            },
            vec!["Idé for hele byen", "Koncert i Hedemarken"],
        ),
        (
            PublishedInitiatives {
                kind: some("event"),
                when: some("upcoming"),
                ..published_list()
            },
            vec!["Koncert i Hedemarken"],
        ),
        // Values nobody offers are ignored, not an error and not an empty list.
        (
            PublishedInitiatives {
                kind: some("dance"),
                when: some("soon"),
                neighbourhood: some("x"),
                ..published_list()
            },
            all,
        ),
    ];
    for (filter, expected) in cases {
        let asked = format!("{filter:?}");
        let mut found = titles(&anyone, filter).await;
        found.sort();
        assert_eq!(found, expected, "{asked}");
    }
}

async fn lists_sort_by_start_and_by_participants(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let [later, _, _] = published_each(
        &app,
        &mette,
        [
            initiative_fields("Senere", "b", "event", "", "2099-09-01T18:00"),
            initiative_fields("Snart", "a", "event", "", "2099-02-01T18:00"),
            initiative_fields("Uden tid", "c", "idea", "", ""),
        ],
    )
    .await;
    let lars = app.citizen("Lars").await;
    join(&lars, later, "active").await.unwrap();
    let anyone = app.visitor();
    let sorted = |sort: &str| PublishedInitiatives {
        sort: some(sort),
        ..published_list()
    };
    assert_eq!(
        titles(&anyone, sorted("soonest")).await,
        vec!["Snart", "Senere", "Uden tid"]
    );
    assert_eq!(titles(&anyone, sorted("participants")).await[0], "Senere");
    assert_eq!(
        titles(&anyone, published_list()).await,
        vec!["Uden tid", "Snart", "Senere"],
        "newest first"
    );
}

async fn long_lists_come_a_page_at_a_time(app: TestApp) {
    let mette = app.citizen("Mette").await;
    for i in 0..23 {
        let title = format!("Initiativ {i:02}");
        published_with(
            &app,
            &mette,
            initiative_fields(&title, "tekst", "idea", "", ""),
        )
        .await;
    }
    let anyone = app.visitor();
    let first = anyone.run(published_list()).await.unwrap();
    assert_eq!(first.items.len(), 20);
    assert_eq!((first.total, first.pages), (23, 2));
    // The second page has the last three; a page beyond the last is empty.
    for (page, shown) in [(2, 3), (9, 0)] {
        let listed = anyone
            .run(PublishedInitiatives {
                page: Some(page),
                ..published_list()
            })
            .await
            .unwrap();
        assert_eq!(listed.items.len(), shown, "page {page}");
    }
}

async fn my_participation_lists_what_i_joined_with_the_next_first(app: TestApp) {
    assert_eq!(
        app.visitor().run(MyParticipation {}).await,
        Err(AppError::NotLoggedIn)
    );
    let mette = app.citizen("Mette").await;
    let [later, sooner] = published_each(
        &app,
        &mette,
        [
            initiative_fields("Senere", "b", "event", "", "2099-09-01T18:00"),
            initiative_fields("Snart", "a", "event", "", "2099-02-01T18:00"),
        ],
    )
    .await;
    let lars = app.citizen("Lars").await;
    for (id, level) in [(later, "active"), (sooner, "observing")] {
        join(&lars, id, level).await.unwrap();
    }
    let mine = lars.run(MyParticipation {}).await.unwrap();
    let entries: Vec<(String, Level)> = mine
        .into_iter()
        .map(|(initiative, level)| (initiative.title, level))
        .collect();
    assert_eq!(
        entries,
        vec![
            ("Snart".to_owned(), Level::Observing),
            ("Senere".to_owned(), Level::Active)
        ]
    );
    // The initiator sees both, as initiator.
    assert_eq!(mette.run(MyParticipation {}).await.unwrap().len(), 2);
}

async fn an_initiator_withdraws_with_a_reason_and_nobody_can_join_after(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_with(&app, &mette, event("Aflyst fest")).await;
    let blank = withdraw(&mette, id, "  ").await;
    assert_eq!(problem(&blank, "reason"), Some(Problem::Required));
    withdraw(&mette, id, "Vi fandt ikke et lokale.")
        .await
        .unwrap();
    let seen = detail(&app.visitor(), id).await.unwrap();
    assert_eq!(seen.state, State::Withdrawn);
    assert_eq!(
        seen.state_reason.as_deref(),
        Some("Vi fandt ikke et lokale.")
    );
    let lars = app.citizen("Lars").await;
    assert_eq!(join(&lars, id, "active").await, Err(AppError::Forbidden));
    assert_eq!(
        withdraw(&mette, id, "igen").await,
        Err(AppError::Forbidden),
        "a withdrawn initiative cannot be withdrawn again"
    );
}

async fn only_initiators_may_withdraw(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let public = published_with(&app, &mette, event("Offentlig")).await;
    let pending = propose(&mette, event("Venter stadig")).await;
    let lars = app.citizen("Lars").await;
    join(&lars, public, "co_creating").await.unwrap();
    let moderator = app.with_role("Mads", Role::Moderator).await;
    for (who, caller, initiative, refusal) in [
        ("anonymous", app.visitor(), public, AppError::NotLoggedIn),
        ("a co-creator", lars.clone(), public, AppError::Forbidden),
        ("a proposal is not seen", lars, pending, AppError::NotFound),
        ("a moderator", moderator, public, AppError::Forbidden),
    ] {
        assert_eq!(
            withdraw(&caller, initiative, "fordi").await,
            Err(refusal),
            "{who}"
        );
    }
    assert!(
        withdraw(&mette, pending, "fordi").await.is_ok(),
        "a proposal can be withdrawn before review"
    );
}

fn edit_fields(id: InitiativeId, title: &str, starts_at: &str) -> UpdateInitiative {
    UpdateInitiative {
        initiative_id: id,
        title: title.to_owned(),
        description: "Ny beskrivelse.".to_owned(),
        kind: "activity".to_owned(),
        neighbourhood: String::new(),
        starts_at: starts_at.to_owned(),
        ends_at: String::new(),
        place: String::new(),
        needs: "Kaffe".to_owned(),
        repeats: String::new(),
        repeats_until: String::new(),
    }
}

async fn an_initiator_edits_a_waiting_proposal(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = propose(&mette, event("Første udkast")).await;
    let values = mette.run(InitiativeForm { id }).await.unwrap();
    assert!(
        values
            .iter()
            .any(|(field, value)| field == "title" && value == "Første udkast")
    );
    assert!(
        values
            .iter()
            .any(|(field, value)| field == "starts_at" && value == "2099-06-01T18:00")
    );

    let bad = mette.run(edit_fields(id, "", "2001-01-01T10:00")).await;
    assert_eq!(problem(&bad, "title"), Some(Problem::Required));
    assert_eq!(problem(&bad, "starts_at"), Some(Problem::InPast));

    mette
        .run(edit_fields(id, "Strikkeklub om tirsdagen", ""))
        .await
        .unwrap();
    let seen = detail(&mette, id).await.unwrap();
    assert_eq!(seen.title, "Strikkeklub om tirsdagen");
    assert_eq!(seen.kind, Kind::Activity);
    assert_eq!(seen.starts_at, None);
    assert_eq!(seen.needs.len(), 1);
    assert_eq!(seen.state, State::Pending);
    publish(&app, id).await;
    assert_eq!(
        found(&app.visitor(), "strikkeklubben").await,
        vec!["Strikkeklub om tirsdagen"]
    );
}

async fn a_sent_back_proposal_returns_to_the_queue_when_edited(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = propose(&mette, event("Uklart forslag")).await;
    sqlx::query("UPDATE initiatives SET state = 'sent_back', state_reason = 'Skriv hvor det foregår' WHERE id = $1")
        .bind(id)
        .execute(app.db().pool())
        .await
        .unwrap();
    let seen = detail(&mette, id).await.unwrap();
    assert_eq!(seen.state, State::SentBack);
    assert_eq!(seen.state_reason.as_deref(), Some("Skriv hvor det foregår"));
    mette
        .run(edit_fields(id, "Klart forslag", ""))
        .await
        .unwrap();
    assert_eq!(detail(&mette, id).await.unwrap().state, State::Pending);
}

async fn only_initiators_may_edit_and_only_before_publication(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let pending = propose(&mette, event("Mit forslag")).await;
    let fields = edit_fields(pending, "Kapret", "");
    assert_eq!(
        app.visitor().run(fields.clone()).await,
        Err(AppError::NotLoggedIn)
    );
    let lars = app.citizen("Lars").await;
    assert_eq!(lars.run(fields.clone()).await, Err(AppError::NotFound));
    assert_eq!(
        lars.run(InitiativeForm { id: pending }).await,
        Err(AppError::NotFound)
    );
    let moderator = app.with_role("Mads", Role::Moderator).await;
    assert_eq!(moderator.run(fields).await, Err(AppError::NotFound));
    let public = published_with(&app, &mette, event("Allerede offentligt")).await;
    assert_eq!(
        mette.run(edit_fields(public, "Ændret", "")).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(detail(&mette, pending).await.unwrap().title, "Mit forslag");
}

/// The initiative's first need, as `visitor` sees it.
async fn first_need(visitor: &Visitor, id: InitiativeId) -> Need {
    detail(visitor, id).await.unwrap().needs.remove(0)
}

async fn offer(visitor: &Visitor, need: NeedId) -> Result<(), AppError> {
    visitor.run(OfferNeed { need_id: need }).await
}

async fn set_covered(visitor: &Visitor, need: NeedId, covered: bool) -> Result<(), AppError> {
    visitor
        .run(SetNeedCovered {
            need_id: need,
            covered,
        })
        .await
}

async fn active_participants_offer_to_take_needs_and_initiators_see_who(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_with(&app, &mette, event("Fest med behov")).await;
    let lars = app.citizen("Lars").await;
    join(&lars, id, "active").await.unwrap();
    let need = first_need(&lars, id).await.id;
    offer(&lars, need).await.unwrap();
    offer(&lars, need).await.unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM need_offers").await,
        1,
        "offering twice is one offer"
    );
    let as_lars = first_need(&lars, id).await;
    assert!(as_lars.offered_by_me);
    assert!(as_lars.offered_by.is_empty(), "names are for initiators");
    let as_mette = first_need(&mette, id).await;
    assert_eq!(as_mette.offered_by, ["Lars"]);
    let as_anyone = first_need(&app.visitor(), id).await;
    assert!(!as_anyone.offered_by_me);
    lars.run(TakeBackNeed { need_id: need }).await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM need_offers").await, 0);
}

async fn only_active_and_co_creating_participants_may_offer(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_with(&app, &mette, event("Behov og roller")).await;
    let need = first_need(&mette, id).await.id;
    assert_eq!(
        offer(&app.visitor(), need).await,
        Err(AppError::NotLoggedIn)
    );
    let outsider = app.citizen("Ude").await;
    assert_eq!(offer(&outsider, need).await, Err(AppError::Forbidden));
    let observer = app.citizen("Observatør").await;
    join(&observer, id, "observing").await.unwrap();
    assert_eq!(offer(&observer, need).await, Err(AppError::Forbidden));
    join(&observer, id, "co_creating").await.unwrap();
    assert!(offer(&observer, need).await.is_ok());
    assert_eq!(
        offer(&outsider, NeedId(987654)).await,
        Err(AppError::NotFound)
    );
}

async fn initiators_mark_needs_covered_and_covered_needs_take_no_offers(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_with(&app, &mette, event("Dækkede behov")).await;
    let need = first_need(&mette, id).await.id;
    let lars = app.citizen("Lars").await;
    join(&lars, id, "active").await.unwrap();
    assert_eq!(
        set_covered(&lars, need, true).await,
        Err(AppError::Forbidden)
    );
    set_covered(&mette, need, true).await.unwrap();
    let seen = first_need(&lars, id).await;
    assert!(seen.covered);
    assert_eq!(offer(&lars, need).await, Err(AppError::Forbidden));
    set_covered(&mette, need, false).await.unwrap();
    assert!(offer(&lars, need).await.is_ok());
}

/// `visitor` asks to become an initiator of `id`; the request waits for the initiators.
async fn ask_to_be_initiator(visitor: &Visitor, id: InitiativeId) {
    visitor
        .run(RequestInitiator { initiative_id: id })
        .await
        .unwrap();
    assert_eq!(
        detail(visitor, id).await.unwrap().my_initiator_request,
        Some(RequestState::Pending)
    );
}

/// An initiative with many initiators names the first ten to join and says how many more
/// there are; its counts at each level are the participations counted.
async fn the_page_names_the_first_initiators_and_counts_the_rest(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_with(&app, &mette, event("Byens store madpakke")).await;
    for n in 1..=11 {
        let neighbour = app.citizen(&format!("Nabo {n:02}")).await;
        join(&neighbour, id, "co_creating").await.unwrap();
    }
    // Made initiators the way accepted requests would; the trigger moves the counts.
    sqlx::query("UPDATE participations SET level = 'initiator' WHERE initiative_id = $1")
        .bind(id)
        .execute(app.db().pool())
        .await
        .unwrap();
    let seen = detail(&mette, id).await.unwrap();
    let mut named = vec!["Mette".to_owned()];
    named.extend((1..=9).map(|n| format!("Nabo {n:02}")));
    assert_eq!(seen.initiators, named, "the first ten, first to join first");
    assert_eq!(seen.level_count(Level::Initiator), 12);
    assert_eq!(seen.level_count(Level::CoCreating), 0);
    assert_eq!(seen.participants(), 12);
}

async fn an_accepted_request_makes_a_further_initiator(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_with(&app, &mette, event("Delt ledelse")).await;
    let lars = app.citizen("Lars").await;
    join(&lars, id, "co_creating").await.unwrap();
    ask_to_be_initiator(&lars, id).await;
    let as_mette = detail(&mette, id).await.unwrap();
    let requests = as_mette.initiator_requests;
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].name, "Lars");
    assert!(
        detail(&lars, id)
            .await
            .unwrap()
            .initiator_requests
            .is_empty()
    );
    let accept = DecideInitiatorRequest {
        request_id: requests[0].id,
        accept: true,
    };
    mette.run(accept.clone()).await.unwrap();
    let seen = detail(&lars, id).await.unwrap();
    assert_eq!(seen.my_level, Some(Level::Initiator));
    assert_eq!(seen.initiators, ["Mette", "Lars"]);
    // Now that there are two, the first may leave.
    mette.run(Leave { initiative_id: id }).await.unwrap();
    assert_eq!(
        mette.run(accept).await,
        Err(AppError::NotFound),
        "a decided request cannot be decided again"
    );
}

async fn a_declined_request_can_be_made_again(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_with(&app, &mette, event("Nej tak")).await;
    let lars = app.citizen("Lars").await;
    ask_to_be_initiator(&lars, id).await;
    decide_first_request(&mette, id, false).await;
    let seen = detail(&lars, id).await.unwrap();
    assert_eq!(seen.my_initiator_request, Some(RequestState::Declined));
    assert_eq!(seen.my_level, None, "declining does not make anyone join");
    ask_to_be_initiator(&lars, id).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM initiator_requests").await,
        1
    );
}

async fn only_initiators_decide_requests(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_with(&app, &mette, event("Hvem bestemmer")).await;
    let ask = RequestInitiator { initiative_id: id };
    assert_eq!(
        app.visitor().run(ask.clone()).await,
        Err(AppError::NotLoggedIn)
    );
    assert_eq!(
        mette.run(ask.clone()).await,
        Err(AppError::Forbidden),
        "an initiator already is one"
    );
    let lars = app.citizen("Lars").await;
    lars.run(ask).await.unwrap();
    let request = detail(&mette, id).await.unwrap().initiator_requests[0].id;
    let accept = DecideInitiatorRequest {
        request_id: request,
        accept: true,
    };
    assert_eq!(lars.run(accept.clone()).await, Err(AppError::Forbidden));
    let moderator = app.with_role("Mads", Role::Moderator).await;
    assert_eq!(
        moderator.run(accept.clone()).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(app.visitor().run(accept).await, Err(AppError::NotLoggedIn));
    assert_eq!(detail(&lars, id).await.unwrap().my_level, None);
}

async fn a_logged_in_person_reports_an_initiative_with_a_reason(app: TestApp) {
    let mette = app.citizen("Mette").await;
    let id = published_with(&app, &mette, event("Tvivlsomt")).await;
    let pending = propose(&mette, event("Ikke offentligt")).await;
    assert_eq!(
        report_initiative(&app.visitor(), id, "x").await,
        Err(AppError::NotLoggedIn)
    );
    let lars = app.citizen("Lars").await;
    let blank = report_initiative(&lars, id, " ").await;
    assert_eq!(problem(&blank, "report_reason"), Some(Problem::Required));
    assert_eq!(
        report_initiative(&lars, pending, "x").await,
        Err(AppError::NotFound)
    );
    for _ in 0..2 {
        report_initiative(&lars, id, "Reklame for et firma")
            .await
            .unwrap();
    }
    let pia = app.with_role("Pia", Role::Politician).await;
    report_initiative(&pia, id, "Usagligt").await.unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM reports").await,
        2,
        "one report per person"
    );
    assert_eq!(app.first_report_reason().await, "Reklame for et firma");
}

async fn the_list_filters_by_the_goal_a_moderator_tied_it_to(app: TestApp) {
    let goals = app.visitor().run(ListGoals {}).await.unwrap();
    assert_eq!(
        goals.len(),
        2,
        "the policy's two goals are there from the start"
    );
    assert_eq!(goals[0].position, 1);
    assert_eq!(
        goals[0].title_da,
        "Albertslundere er en del af givende mangfoldige fællesskaber"
    );
    let (first, second) = (goals[0].id, goals[1].id);

    let mette = app.citizen("Mette").await;
    let meal = published_with(&app, &mette, event("Fællesspisning")).await;
    let council = published_with(&app, &mette, event("Borgermøde om stierne")).await;
    let both = published_with(&app, &mette, event("Sprogcafé")).await;
    published_with(&app, &mette, event("Uden målsætning")).await;
    let mut tx = app.db().begin_write().await.unwrap();
    for (initiative, tied) in [
        (meal, vec![first]),
        (council, vec![second]),
        (both, vec![first, second]),
    ] {
        app::goals::store::set_for_initiative(&mut tx, initiative, &tied)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();

    let under = |goal: &str| PublishedInitiatives {
        goal: some(goal),
        ..published_list()
    };
    for (goal, expected) in [
        (first, ["Fællesspisning", "Sprogcafé"]),
        (second, ["Borgermøde om stierne", "Sprogcafé"]),
    ] {
        let mut found = titles(&mette, under(&goal.to_string())).await;
        found.sort();
        assert_eq!(found, expected, "under goal {goal}");
    }
    assert_eq!(
        titles(&mette, under("ikke-et-tal")).await.len(),
        4,
        "an unknown value is ignored"
    );
    let shown = detail(&app.visitor(), both).await.unwrap();
    assert_eq!(shown.goals.len(), 2);
    assert_eq!(shown.goals[1].position, 2);

    // A goal in use cannot be deleted, only retired; retired goals leave the filter list.
    let deleted = sqlx::query("DELETE FROM goals WHERE id = $1")
        .bind(first)
        .execute(app.db().pool())
        .await;
    assert!(deleted.is_err(), "a goal in use is never deleted");
    sqlx::query("UPDATE goals SET retired_at = 1 WHERE id = $1")
        .bind(first)
        .execute(app.db().pool())
        .await
        .unwrap();
    let left = app.visitor().run(ListGoals {}).await.unwrap();
    assert_eq!(left.len(), 1);
    let still = detail(&app.visitor(), meal).await.unwrap();
    assert!(still.goals[0].retired, "the tie still holds");
}
