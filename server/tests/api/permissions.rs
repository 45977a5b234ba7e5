//! Who may call each server function: one table, every function, every kind of caller.
//! The server decides; nothing relies on a button being hidden.

use crate::helpers::{
    TestApp, Visitor, edit_of, first_comment_page, goal_ids, grant_role, propose, published_list,
    published_with, revoke_role, whole_audit_log,
};
use app::accounts::confirm::{CheckLink, ConfirmEmail, ResendConfirmation};
use app::accounts::email_settings::{ChangeEmail, MyEmailChoices, SaveEmailChoices};
use app::accounts::login::LogIn;
use app::accounts::logout::LogOut;
use app::accounts::my_account::{ChangePassword, UpdateProfile};
use app::accounts::password_reset::{RequestPasswordReset, ResetPassword};
use app::accounts::personal_data::{DeleteAccount, SoleInitiatorOf};
use app::accounts::register::Register;
use app::accounts::role::Role;
use app::admin::goals::{AddGoal, AdminGoals, ReinstateGoal, RetireGoal, UpdateGoal};
use app::admin::neighbourhoods::{
    AddNeighbourhood, AdminNeighbourhoods, ReinstateNeighbourhood, RetireNeighbourhood,
    UpdateNeighbourhood,
};
use app::admin::roles::AdminAccounts;
use app::admin::settings::{ReadSiteSettings, UpdateSiteSettings};
use app::answers::form::RecordAnswer;
use app::calendar::{MyCalendar, RenewCalendar};
use app::comments::section::CommentsActivity;
use app::comments::write::{DeleteComment, EditComment, PostComment, ReplyToComment};
use app::error::AppError;
use app::goals::ListGoals;
use app::ids::{AccountId, CommentId, InitiativeId, InitiatorRequestId, NeedId};
use app::initiatives::detail::{Initiative, Join, Leave, Withdraw};
use app::initiatives::edit::InitiativeForm;
use app::initiatives::initiators::{DecideInitiatorRequest, RequestInitiator};
use app::initiatives::kind::State;
use app::initiatives::mine::MyInitiatives;
use app::initiatives::needs::{OfferNeed, SetNeedCovered, TakeBackNeed};
use app::initiatives::participating::MyParticipation;
use app::initiatives::places::SetPlaces;
use app::initiatives::propose::Propose;
use app::initiatives::reschedule::Reschedule;
use app::initiatives::similar::SimilarInitiatives;
use app::moderation::published::{ArchiveInitiative, CarryOutInitiative, ChangeInitiativeGoals};
use app::moderation::reports::form::{ReportComment, ReportInitiative};
use app::moderation::reports::queue::{DismissReports, HideContent, ReportQueue, RestoreContent};
use app::moderation::review::{
    PublishInitiative, RejectInitiative, ReviewQueue, SendBackInitiative,
};
use app::moderation::suspensions::{AccountOverview, LiftSuspension, SuspendAccount};
use app::neighbourhoods::ListNeighbourhoods;
use app::notifications::page::{MarkNotificationsRead, MyNotifications, OpenNotification};
use app::notifications::unsubscribe::Unsubscribe;
use app::site::coming_up::ComingUp;
use app::site::context::GetSiteInfo;
use app::site::language::SetLanguage;
use app::summary::page::{LoadSummary, LoadSummaryChoices};
use futures::future::LocalBoxFuture;
use leptos::server_fn::ServerFn;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Caller {
    Anonymous,
    Citizen,
    /// A moderator who proposed the initiative the call is about (its first initiator), and
    /// wrote the comment.
    InitiatorModerator,
    Moderator,
    Politician,
    Administrator,
}

const CALLERS: [Caller; 6] = [
    Caller::Anonymous,
    Caller::Citizen,
    Caller::InitiatorModerator,
    Caller::Moderator,
    Caller::Politician,
    Caller::Administrator,
];

async fn caller(app: &TestApp, who: Caller, n: usize) -> Visitor {
    let name = format!("caller{n}");
    match who {
        Caller::Anonymous => app.visitor(),
        Caller::Citizen => app.citizen(&name).await,
        Caller::Moderator | Caller::InitiatorModerator => {
            app.with_role(&name, Role::Moderator).await
        }
        Caller::Politician => app.with_role(&name, Role::Politician).await,
        Caller::Administrator => app.with_role(&name, Role::Administrator).await,
    }
}

/// What a call answered: its result as the test prints it, or the error.
type Answer = Result<String, AppError>;

/// What a caller gets: allowed (the call ran, successfully or with a validation message) or
/// the refusal it got.
fn outcome(result: &Answer) -> Result<(), AppError> {
    match result {
        Ok(_) | Err(AppError::Invalid(_)) => Ok(()),
        Err(error) => Err(error.clone()),
    }
}

/// A rule of the logged-in: the `callers` listed are admitted, any other logged-in caller
/// gets `refusal`, and the anonymous are asked to log in.
fn admitted(
    callers: &'static [Caller],
    refusal: AppError,
) -> impl Fn(Caller) -> Result<(), AppError> {
    move |who| match who {
        Caller::Anonymous => Err(AppError::NotLoggedIn),
        who if callers.contains(&who) => Ok(()),
        _ => Err(refusal.clone()),
    }
}

/// A server function called with a world's ids, by one caller.
type Call = Box<dyn for<'a> Fn(&'a Visitor, &'a World) -> LocalBoxFuture<'a, Answer>>;

/// A server function's path, its call with the arguments to send, and who it must admit.
struct Endpoint<'r> {
    path: &'static str,
    call: Call,
    rule: &'r dyn Fn(Caller) -> Result<(), AppError>,
}

/// Fixes a call's signature, so that the future it answers may borrow the caller.
fn call<C>(call: C) -> C
where
    C: for<'a> Fn(&'a Visitor, &'a World) -> LocalBoxFuture<'a, Answer>,
{
    call
}

/// Server function `F`, called with the arguments `args` makes from the world.
fn endpoint<'r, F>(
    args: impl Fn(&World) -> F + 'static,
    rule: &'r dyn Fn(Caller) -> Result<(), AppError>,
) -> Endpoint<'r>
where
    F: ServerFn<Error = AppError> + serde::Serialize + 'static,
    F::Output: serde::de::DeserializeOwned + std::fmt::Debug,
{
    Endpoint {
        path: F::PATH,
        call: Box::new(call(move |visitor, world| {
            let args = args(world);
            Box::pin(async move { visitor.run(args).await.map(|output| format!("{output:?}")) })
        })),
        rule,
    }
}

/// What the endpoints act on: an author's published and pending initiatives, a need of the
/// published one, someone's request to become its initiator, and the author's comment on it.
#[derive(Clone, Copy)]
struct World {
    public: InitiativeId,
    pending: InitiativeId,
    need: NeedId,
    request: InitiatorRequestId,
    comment: CommentId,
    author_id: AccountId,
}

fn proposal(title: &str) -> Propose {
    Propose {
        title: title.to_owned(),
        description: "tekst".to_owned(),
        kind: "idea".to_owned(),
        neighbourhood: String::new(),
        starts_at: String::new(),
        ends_at: String::new(),
        place: String::new(),
        needs: "Et behov".to_owned(),
        repeats: String::new(),
        repeats_until: String::new(),
    }
}

/// The one form a comment endpoint is sent with, so that a repeated post is one comment.
const SUBMISSION_KEY: &str = "0123456789abcdef0123456789abcdef";

/// Longer than any note may be: callers who get past the checks are refused on the field,
/// so nothing is changed.
fn too_long() -> String {
    "x".repeat(1_001)
}

impl World {
    async fn make(app: &TestApp, author: &Visitor, n: usize) -> World {
        let public = published_with(app, author, proposal("Offentligt")).await;
        let pending = propose(author, proposal("Venter")).await;
        let asker = app.citizen(&format!("Spørger{n}")).await;
        asker
            .run(RequestInitiator {
                initiative_id: public,
            })
            .await
            .unwrap();
        let seen = author.run(Initiative { id: public }).await.unwrap();
        author
            .run(PostComment {
                initiative_id: public,
                body: "Velkommen".to_owned(),
                submission_key: SUBMISSION_KEY.to_owned(),
            })
            .await
            .unwrap();
        let comment = author
            .run(first_comment_page(public))
            .await
            .unwrap()
            .threads[0]
            .comment
            .id;
        World {
            public,
            pending,
            need: seen.needs[0].id,
            request: seen.initiator_requests[0].id,
            comment,
            author_id: author.account_id().await.unwrap(),
        }
    }
}

on_both_databases!(every_server_function_admits_exactly_the_callers_it_should);

async fn every_server_function_admits_exactly_the_callers_it_should(app: TestApp) {
    // Fixtures: a citizen's world for every caller but the initiator-moderator, who gets a
    // world of their own for each call (they are its author), so that what they may do to
    // their own initiative does not change what the others are tested against.
    let author = app.citizen("Forfatter").await;
    let shared = World::make(&app, &author, 0).await;
    let World {
        public, author_id, ..
    } = shared;
    let staff_only = admitted(
        &[
            Caller::Moderator,
            Caller::InitiatorModerator,
            Caller::Administrator,
        ],
        AppError::Forbidden,
    );
    let summary_readers = |who: Caller| match who {
        Caller::Anonymous => Err(AppError::NotLoggedIn),
        Caller::Citizen => Err(AppError::Forbidden),
        _ => Ok(()),
    };
    let logged_in_only = |who: Caller| match who {
        Caller::Anonymous => Err(AppError::NotLoggedIn),
        _ => Ok(()),
    };
    let anonymous_only = |who: Caller| match who {
        Caller::Anonymous => Ok(()),
        _ => Err(AppError::Forbidden),
    };
    let everyone = |_: Caller| Ok(());
    let nowhere = |_: Caller| Err(AppError::NotFound);
    let not_found_for_the_logged_in = admitted(&[], AppError::NotFound);
    // Of the callers only the initiator-moderator is an initiator, and the comment's author.
    let initiators_only = admitted(&[Caller::InitiatorModerator], AppError::Forbidden);
    let author_only = &initiators_only;
    let participants_only = admitted(&[], AppError::Forbidden);
    let not_about_their_own = |who: Caller| match who {
        Caller::Anonymous => Err(AppError::NotLoggedIn),
        Caller::InitiatorModerator => Err(AppError::Forbidden),
        _ => Ok(()),
    };
    let moderators_only = admitted(
        &[Caller::Moderator, Caller::InitiatorModerator],
        AppError::Forbidden,
    );
    // Nobody moderates their own initiative or comment, or their own account.
    let moderators_not_on_their_own = admitted(&[Caller::Moderator], AppError::Forbidden);
    let hidden_from_others = admitted(&[Caller::InitiatorModerator], AppError::NotFound);
    let admins_only = admitted(&[Caller::Administrator], AppError::Forbidden);
    // Administration fixtures: the author's account, a neighbourhood and a goal. The
    // administrator's calls below leave them as they were (empty fields are refused; a
    // retire is followed by a reinstate).
    let neighbourhood = app::neighbourhoods::store::ensure(app.db(), "Prøvekvarteret", None)
        .await
        .unwrap();
    let goal = goal_ids(&app).await[0];
    let no_goal_texts = AddGoal {
        title_da: String::new(),
        title_en: String::new(),
        summary_da: String::new(),
        summary_en: String::new(),
    };

    let table: Vec<Endpoint> = vec![
        endpoint(|_| GetSiteInfo {}, &everyone),
        endpoint(|_| ListNeighbourhoods {}, &everyone),
        endpoint(|_| ListGoals {}, &everyone),
        endpoint(|_| ComingUp {}, &everyone),
        endpoint(
            |_| SimilarInitiatives {
                title: "Loppemarked".to_owned(),
            },
            &everyone,
        ),
        endpoint(
            |_| SetLanguage {
                lang: "en".to_owned(),
            },
            &everyone,
        ),
        endpoint(
            |_| LogIn {
                email: "nobody@example.dk".to_owned(),
                password: "x".to_owned(),
                next: None,
            },
            &everyone,
        ),
        endpoint(
            |_| Register {
                display_name: String::new(),
                email: String::new(),
                password: String::new(),
                password_repeat: String::new(),
                neighbourhood: String::new(),
            },
            &anonymous_only,
        ),
        endpoint(
            |_| UpdateProfile {
                display_name: String::new(),
                neighbourhood: String::new(),
            },
            &logged_in_only,
        ),
        endpoint(
            |_| ChangePassword {
                current_password: "wrong wrong wrong".to_owned(),
                new_password: String::new(),
                new_password_repeat: String::new(),
            },
            &logged_in_only,
        ),
        endpoint(|_| published_list(), &everyone),
        endpoint(|w| Initiative { id: w.public }, &everyone),
        endpoint(|_| proposal(""), &logged_in_only),
        endpoint(|_| MyInitiatives {}, &logged_in_only),
        endpoint(|_| MyParticipation {}, &logged_in_only),
        endpoint(
            |w| Join {
                initiative_id: w.public,
                level: "active".to_owned(),
            },
            &logged_in_only,
        ),
        endpoint(
            |w| Leave {
                initiative_id: w.public,
            },
            &logged_in_only,
        ),
        endpoint(
            |w| Reschedule {
                initiative_id: w.public,
                calendar_sequence: 0,
                starts_at: String::new(),
                ends_at: String::new(),
                place: String::new(),
                repeats: String::new(),
                repeats_until: String::new(),
            },
            &initiators_only,
        ),
        // Only events and activities have places; the world's initiative is an idea, so its
        // initiator is refused too (an event's initiator is admitted: `places.rs`).
        endpoint(
            |w| SetPlaces {
                initiative_id: w.public,
                capacity: "mange".to_owned(),
                capacity_observing: None,
                shown_capacity: String::new(),
                shown_observing: "0".to_owned(),
            },
            &participants_only,
        ),
        endpoint(
            |w| Withdraw {
                initiative_id: w.public,
                reason: "fordi".to_owned(),
            },
            &initiators_only,
        ),
        endpoint(|w| InitiativeForm { id: w.pending }, &hidden_from_others),
        endpoint(
            |w| edit_of(w.pending, proposal("Kapret")),
            &hidden_from_others,
        ),
        // Only people taking part offer to take a need, and never its initiators.
        endpoint(|w| OfferNeed { need_id: w.need }, &participants_only),
        endpoint(
            |w| SetNeedCovered {
                need_id: w.need,
                covered: true,
            },
            &initiators_only,
        ),
        endpoint(|w| TakeBackNeed { need_id: w.need }, &logged_in_only),
        endpoint(
            |w| RequestInitiator {
                initiative_id: w.public,
            },
            &not_about_their_own,
        ),
        endpoint(
            |w| DecideInitiatorRequest {
                request_id: w.request,
                accept: true,
            },
            &initiators_only,
        ),
        endpoint(
            // Refused on the reason, so that the callers' reports do not add up to the
            // three that hide it.
            |w| ReportInitiative {
                initiative_id: w.public,
                report_reason: String::new(),
            },
            &not_about_their_own,
        ),
        endpoint(|w| first_comment_page(w.public), &everyone),
        endpoint(
            |w| CommentsActivity {
                initiative_id: w.public,
            },
            &everyone,
        ),
        endpoint(
            |w| PostComment {
                initiative_id: w.public,
                body: String::new(),
                submission_key: SUBMISSION_KEY.to_owned(),
            },
            &logged_in_only,
        ),
        endpoint(
            |w| ReplyToComment {
                comment_id: w.comment,
                body: String::new(),
                submission_key: SUBMISSION_KEY.to_owned(),
            },
            &logged_in_only,
        ),
        endpoint(
            |w| EditComment {
                comment_id: w.comment,
                body: "Kapret".to_owned(),
            },
            &author_only,
        ),
        endpoint(
            |w| DeleteComment {
                comment_id: w.comment,
            },
            &author_only,
        ),
        endpoint(
            |w| ReportComment {
                comment_id: w.comment,
                report_reason: String::new(),
            },
            &not_about_their_own,
        ),
        endpoint(|_| MyNotifications {}, &logged_in_only),
        endpoint(|_| MarkNotificationsRead {}, &logged_in_only),
        endpoint(
            |_| AdminAccounts {
                q: Some(String::new()),
                page: None,
            },
            &admins_only,
        ),
        endpoint(|w| grant_role(w.author_id, "", ""), &admins_only),
        endpoint(|w| revoke_role(w.author_id, "", ""), &admins_only),
        endpoint(|_| AdminNeighbourhoods {}, &admins_only),
        endpoint(
            |_| AddNeighbourhood {
                name: String::new(),
                residents: String::new(),
            },
            &admins_only,
        ),
        endpoint(
            move |_| UpdateNeighbourhood {
                neighbourhood_id: neighbourhood,
                name: String::new(),
                residents: String::new(),
            },
            &admins_only,
        ),
        endpoint(
            move |_| RetireNeighbourhood {
                neighbourhood_id: neighbourhood,
            },
            &admins_only,
        ),
        endpoint(
            move |_| ReinstateNeighbourhood {
                neighbourhood_id: neighbourhood,
            },
            &admins_only,
        ),
        endpoint(|_| AdminGoals {}, &admins_only),
        endpoint(
            {
                let texts = no_goal_texts.clone();
                move |_| texts.clone()
            },
            &admins_only,
        ),
        endpoint(
            move |_| UpdateGoal {
                goal_id: goal,
                title_da: no_goal_texts.title_da.clone(),
                title_en: no_goal_texts.title_en.clone(),
                summary_da: no_goal_texts.summary_da.clone(),
                summary_en: no_goal_texts.summary_en.clone(),
            },
            &admins_only,
        ),
        endpoint(move |_| RetireGoal { goal_id: goal }, &admins_only),
        endpoint(move |_| ReinstateGoal { goal_id: goal }, &admins_only),
        endpoint(|_| ReadSiteSettings {}, &everyone),
        endpoint(
            |_| UpdateSiteSettings {
                municipality_name: String::new(),
                accessibility_statement: None,
                accessibility_contact: String::new(),
                contact_email: "ikke en adresse".to_owned(),
                contact_phone: String::new(),
                contact_address: String::new(),
            },
            &admins_only,
        ),
        endpoint(|_| ReviewQueue {}, &moderators_only),
        endpoint(
            |w| PublishInitiative {
                initiative_id: w.pending,
                goals: None,
                note: String::new(),
            },
            &moderators_not_on_their_own,
        ),
        endpoint(
            |w| SendBackInitiative {
                initiative_id: w.pending,
                reason: String::new(),
            },
            &moderators_not_on_their_own,
        ),
        endpoint(
            |w| RejectInitiative {
                initiative_id: w.pending,
                reject_reason: String::new(),
            },
            &moderators_not_on_their_own,
        ),
        endpoint(|_| ReportQueue {}, &moderators_only),
        endpoint(
            |w| HideContent {
                target_kind: "comment".to_owned(),
                target_id: w.comment.0,
                hide_reason: String::new(),
                back: None,
            },
            &moderators_not_on_their_own,
        ),
        endpoint(
            |w| RestoreContent {
                target_kind: "comment".to_owned(),
                target_id: w.comment.0,
                restore_note: too_long(),
                back: None,
            },
            &moderators_not_on_their_own,
        ),
        endpoint(
            |w| DismissReports {
                target_kind: "initiative".to_owned(),
                target_id: w.public.0,
                dismiss_note: too_long(),
            },
            &moderators_not_on_their_own,
        ),
        endpoint(
            |w| ChangeInitiativeGoals {
                initiative_id: w.public,
                goals: None,
                goals_reason: String::new(),
            },
            &moderators_not_on_their_own,
        ),
        endpoint(
            |w| CarryOutInitiative {
                initiative_id: w.public,
                carried_out_note: too_long(),
            },
            &moderators_not_on_their_own,
        ),
        endpoint(
            |w| ArchiveInitiative {
                initiative_id: w.public,
                archive_note: too_long(),
            },
            &moderators_not_on_their_own,
        ),
        endpoint(
            |w| RecordAnswer {
                initiative_id: w.public,
                answer_revision: 0,
                answer_status: String::new(),
                answer_body: String::new(),
                answer_date: String::new(),
                answer_minutes: String::new(),
            },
            &moderators_not_on_their_own,
        ),
        endpoint(
            |w| AccountOverview {
                account_id: w.author_id,
            },
            &moderators_only,
        ),
        endpoint(
            |w| SuspendAccount {
                account_id: w.author_id,
                period: Some(String::new()),
                suspend_reason: String::new(),
            },
            &moderators_not_on_their_own,
        ),
        endpoint(
            |w| LiftSuspension {
                account_id: w.author_id,
                lift_note: too_long(),
            },
            &moderators_not_on_their_own,
        ),
        endpoint(|_| whole_audit_log(), &staff_only),
        endpoint(
            |_| LoadSummary {
                period: None,
                from: None,
                to: None,
                goal: None,
                neighbourhood: None,
            },
            &summary_readers,
        ),
        endpoint(|_| LoadSummaryChoices {}, &summary_readers),
        // Links by email: whoever holds one may use it; these are made up, so refused on
        // the token for everyone.
        endpoint(
            |_| CheckLink {
                purpose: "confirm".to_owned(),
                token: "0".repeat(64),
            },
            &everyone,
        ),
        endpoint(
            |_| ConfirmEmail {
                token: "0".repeat(64),
            },
            &everyone,
        ),
        endpoint(
            |_| ResetPassword {
                token: "0".repeat(64),
                new_password: crate::helpers::PASSWORD.to_owned(),
                new_password_repeat: crate::helpers::PASSWORD.to_owned(),
            },
            &everyone,
        ),
        endpoint(
            |_| RequestPasswordReset {
                email: "not an address".to_owned(),
            },
            &everyone,
        ),
        endpoint(|_| ResendConfirmation {}, &logged_in_only),
        endpoint(
            |_| ChangeEmail {
                email_password: "wrong wrong wrong".to_owned(),
                new_email: "ny@example.dk".to_owned(),
            },
            &logged_in_only,
        ),
        endpoint(|_| MyEmailChoices {}, &logged_in_only),
        endpoint(
            |_| SaveEmailChoices {
                topics: Some(vec!["decisions".to_owned()]),
                digest: None,
            },
            &logged_in_only,
        ),
        endpoint(|_| SoleInitiatorOf {}, &logged_in_only),
        endpoint(|_| MyCalendar {}, &logged_in_only),
        endpoint(|_| RenewCalendar {}, &logged_in_only),
        endpoint(
            |_| DeleteAccount {
                delete_password: "wrong wrong wrong".to_owned(),
                delete_comments: None,
            },
            &logged_in_only,
        ),
        // Nobody opens another person's notification; this one is nobody's.
        endpoint(
            |_| OpenNotification {
                id: app::ids::NotificationId(987_654),
            },
            &not_found_for_the_logged_in,
        ),
        // The key is the account's secret: a wrong one finds nothing, logged in or not.
        endpoint(
            |w| Unsubscribe {
                account: w.author_id,
                topic: "decisions".to_owned(),
                key: "0".repeat(32),
            },
            &nowhere,
        ),
        endpoint(|_| LogOut {}, &everyone),
    ];

    let mut n = 0;
    for Endpoint { path, call, rule } in &table {
        for who in CALLERS {
            n += 1;
            let visitor = caller(&app, who, n).await;
            let world = if who == Caller::InitiatorModerator {
                World::make(&app, &visitor, n).await
            } else {
                shared
            };
            let result = call(&visitor, &world).await;
            assert_eq!(
                outcome(&result),
                rule(who),
                "{path} called by {who:?} gave {result:?}"
            );
        }
    }
    // The callers above were made through the real registration form; nothing they were
    // refused changed the fixtures.
    assert!(app.count("SELECT COUNT(*) FROM accounts").await >= 4 * table.len() as i64);
    let still = author.run(Initiative { id: public }).await.unwrap();
    assert_eq!(still.state, State::Published);
    assert_eq!(still.initiators, ["Forfatter"]);
    assert!(!still.needs[0].covered);
    let comments = author.run(first_comment_page(public)).await.unwrap();
    assert_eq!(
        comments.total, 1,
        "no comment was added, changed or removed"
    );
    assert_eq!(
        comments.threads[0].comment.body.as_deref(),
        Some("Velkommen")
    );
    assert!(still.goals.is_empty());
    // Only the administrator's retire-and-reinstate calls were carried out and audited.
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM audit_log WHERE target_kind IN ('initiative', 'comment', 'account')"
        )
        .await,
        0
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM suspensions").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM council_answers").await, 0);
    // Nor the administration's: the author holds no role, the neighbourhood and the goal
    // are in use as before.
    let author_roles = app::accounts::store::roles_of(app.db(), author_id)
        .await
        .unwrap();
    assert!(author_roles.is_empty());
    let neighbourhoods = app.visitor().run(ListNeighbourhoods {}).await.unwrap();
    assert_eq!(neighbourhoods[0].name, "Prøvekvarteret");
    let goals = app.visitor().run(ListGoals {}).await.unwrap();
    assert_eq!(goals.len(), 2);
}
