//! Who may call each server function: one table, every function, every kind of caller.
//! The server decides; nothing relies on a button being hidden.

use crate::helpers::{TestApp, Visitor};
use app::accounts::role::Role;
use app::error::AppError;

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

/// What a caller gets: allowed (the call ran, successfully or with a validation message) or
/// the refusal it got.
fn outcome(result: &Result<serde_json::Value, AppError>) -> Result<(), AppError> {
    match result {
        Ok(_) | Err(AppError::Invalid(_)) => Ok(()),
        Err(error) => Err(error.clone()),
    }
}

/// A server function's endpoint, the fields to send, and who it must admit.
struct Endpoint<'a>(
    &'a str,
    Vec<(&'a str, &'a str)>,
    &'a dyn Fn(Caller) -> Result<(), AppError>,
);

/// What the endpoints act on: an author's published and pending initiatives, a need of the
/// published one, someone's request to become its initiator, and the author's comment on it.
#[derive(Clone)]
struct World {
    public: String,
    pending: String,
    need: String,
    request: String,
    comment: String,
    author_id: String,
}

fn proposal(title: &str) -> Vec<(&str, &str)> {
    vec![
        ("title", title),
        ("description", "tekst"),
        ("kind", "idea"),
        ("neighbourhood", ""),
        ("starts_at", ""),
        ("ends_at", ""),
        ("place", ""),
        ("needs", "Et behov"),
    ]
}

/// The one form a comment endpoint is sent with, so that a repeated post is one comment.
const SUBMISSION_KEY: &str = "0123456789abcdef0123456789abcdef";

impl World {
    async fn make(app: &TestApp, author: &Visitor, n: usize) -> World {
        author
            .call("propose", &proposal("Offentligt"))
            .await
            .unwrap();
        author.call("propose", &proposal("Venter")).await.unwrap();
        let mine = author.call("my_initiatives", &[]).await.unwrap();
        let id_of = |title: &str| {
            mine.as_array()
                .unwrap()
                .iter()
                .find(|i| i["title"] == title)
                .and_then(|i| i["id"].as_i64())
                .unwrap()
        };
        let (public, pending) = (id_of("Offentligt"), id_of("Venter"));
        app::initiatives::store::publish(app.db(), public, app::db::now())
            .await
            .unwrap();
        let asker = app.citizen(&format!("Spørger{n}")).await;
        asker
            .call(
                "request_initiator",
                &[("initiative_id", &public.to_string())],
            )
            .await
            .unwrap();
        let seen = author
            .call("initiative", &[("id", &public.to_string())])
            .await
            .unwrap();
        let need = seen["needs"][0]["id"].as_i64().unwrap().to_string();
        let request = seen["initiator_requests"][0][0]
            .as_i64()
            .unwrap()
            .to_string();
        let public = public.to_string();
        author
            .call(
                "post_comment",
                &[
                    ("initiative_id", &public),
                    ("body", "Velkommen"),
                    ("submission_key", SUBMISSION_KEY),
                ],
            )
            .await
            .unwrap();
        let comment = author
            .call("load_comments", &[("initiative_id", &public)])
            .await
            .unwrap()["threads"][0]["comment"]["id"]
            .as_i64()
            .unwrap()
            .to_string();
        World {
            public,
            pending: pending.to_string(),
            need,
            request,
            comment,
            author_id: author.account_id().await.unwrap().to_string(),
        }
    }

    /// The fields with this world's ids in place of the table's `{public}` and the like.
    fn fill<'a>(&self, fields: &[(&'a str, &str)]) -> Vec<(&'a str, String)> {
        fields
            .iter()
            .map(|(name, value)| {
                let value = match *value {
                    "{public}" => self.public.clone(),
                    "{pending}" => self.pending.clone(),
                    "{need}" => self.need.clone(),
                    "{request}" => self.request.clone(),
                    "{comment}" => self.comment.clone(),
                    "{author_id}" => self.author_id.clone(),
                    other => other.to_string(),
                };
                (*name, value)
            })
            .collect()
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
    } = shared.clone();
    let base_fields = proposal;
    let key = SUBMISSION_KEY;
    // Longer than any note may be: callers who get past the checks are refused on the field,
    // so nothing is changed.
    let too_long = "x".repeat(1_001);
    let staff_only = |who: Caller| match who {
        Caller::Anonymous => Err(AppError::NotLoggedIn),
        Caller::Moderator | Caller::InitiatorModerator | Caller::Administrator => Ok(()),
        _ => Err(AppError::Forbidden),
    };
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
    // Of the callers only the initiator-moderator is an initiator, and the comment's author.
    let initiators_only = |who: Caller| match who {
        Caller::Anonymous => Err(AppError::NotLoggedIn),
        Caller::InitiatorModerator => Ok(()),
        _ => Err(AppError::Forbidden),
    };
    let author_only = initiators_only;
    let participants_only = |who: Caller| match who {
        Caller::Anonymous => Err(AppError::NotLoggedIn),
        _ => Err(AppError::Forbidden),
    };
    let not_about_their_own = |who: Caller| match who {
        Caller::Anonymous => Err(AppError::NotLoggedIn),
        Caller::InitiatorModerator => Err(AppError::Forbidden),
        _ => Ok(()),
    };
    let moderators_only = |who: Caller| match who {
        Caller::Anonymous => Err(AppError::NotLoggedIn),
        Caller::Moderator | Caller::InitiatorModerator => Ok(()),
        _ => Err(AppError::Forbidden),
    };
    // Nobody moderates their own initiative or comment, or their own account.
    let moderators_not_on_their_own = |who: Caller| match who {
        Caller::Anonymous => Err(AppError::NotLoggedIn),
        Caller::Moderator => Ok(()),
        _ => Err(AppError::Forbidden),
    };
    let hidden_from_others = |who: Caller| match who {
        Caller::Anonymous => Err(AppError::NotLoggedIn),
        Caller::InitiatorModerator => Ok(()),
        _ => Err(AppError::NotFound),
    };
    let admins_only = |who: Caller| match who {
        Caller::Anonymous => Err(AppError::NotLoggedIn),
        Caller::Administrator => Ok(()),
        _ => Err(AppError::Forbidden),
    };
    // Administration fixtures: the author's account, a neighbourhood and a goal. The
    // administrator's calls below leave them as they were (empty fields are refused; a
    // retire is followed by a reinstate).
    let neighbourhood = app::neighbourhoods::store::ensure(app.db(), "Prøvekvarteret", None)
        .await
        .unwrap()
        .to_string();
    let goal = app.visitor().call("goals", &[]).await.unwrap()[0]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let no_goal_texts = [
        ("title_da", ""),
        ("title_en", ""),
        ("summary_da", ""),
        ("summary_en", ""),
    ];

    let table: Vec<Endpoint> = vec![
        Endpoint("site_info", vec![], &everyone),
        Endpoint("neighbourhoods", vec![], &everyone),
        Endpoint("goals", vec![], &everyone),
        Endpoint("set_language", vec![("lang", "en")], &everyone),
        Endpoint(
            "login",
            vec![("email", "nobody@example.dk"), ("password", "x")],
            &everyone,
        ),
        Endpoint(
            "register",
            vec![
                ("display_name", ""),
                ("email", ""),
                ("password", ""),
                ("password_repeat", ""),
                ("neighbourhood", ""),
            ],
            &anonymous_only,
        ),
        Endpoint(
            "update_profile",
            vec![("display_name", ""), ("neighbourhood", "")],
            &logged_in_only,
        ),
        Endpoint(
            "change_password",
            vec![
                ("current_password", "wrong wrong wrong"),
                ("new_password", ""),
                ("new_password_repeat", ""),
            ],
            &logged_in_only,
        ),
        Endpoint("published_initiatives", vec![], &everyone),
        Endpoint("initiative", vec![("id", "{public}")], &everyone),
        Endpoint("propose", base_fields(""), &logged_in_only),
        Endpoint("my_initiatives", vec![], &logged_in_only),
        Endpoint("my_participation", vec![], &logged_in_only),
        Endpoint(
            "join",
            vec![("initiative_id", "{public}"), ("level", "active")],
            &logged_in_only,
        ),
        Endpoint(
            "leave",
            vec![("initiative_id", "{public}")],
            &logged_in_only,
        ),
        Endpoint(
            "withdraw",
            vec![("initiative_id", "{public}"), ("reason", "fordi")],
            &initiators_only,
        ),
        Endpoint(
            "initiative_form",
            vec![("id", "{pending}")],
            &hidden_from_others,
        ),
        Endpoint(
            "update_initiative",
            [vec![("initiative_id", "{pending}")], base_fields("Kapret")].concat(),
            &hidden_from_others,
        ),
        // Only people taking part offer to take a need, and never its initiators.
        Endpoint(
            "offer_need",
            vec![("need_id", "{need}")],
            &participants_only,
        ),
        Endpoint(
            "set_need_covered",
            vec![("need_id", "{need}"), ("covered", "true")],
            &initiators_only,
        ),
        Endpoint(
            "take_back_need",
            vec![("need_id", "{need}")],
            &logged_in_only,
        ),
        Endpoint(
            "request_initiator",
            vec![("initiative_id", "{public}")],
            &not_about_their_own,
        ),
        Endpoint(
            "decide_initiator_request",
            vec![("request_id", "{request}"), ("accept", "true")],
            &initiators_only,
        ),
        Endpoint(
            "report_initiative",
            // Refused on the reason, so that the callers' reports do not add up to the
            // three that hide it.
            vec![("initiative_id", "{public}"), ("report_reason", "")],
            &not_about_their_own,
        ),
        Endpoint(
            "load_comments",
            vec![("initiative_id", "{public}")],
            &everyone,
        ),
        Endpoint(
            "comments_activity",
            vec![("initiative_id", "{public}")],
            &everyone,
        ),
        Endpoint(
            "post_comment",
            vec![
                ("initiative_id", "{public}"),
                ("body", ""),
                ("submission_key", key),
            ],
            &logged_in_only,
        ),
        Endpoint(
            "reply_to_comment",
            vec![
                ("comment_id", "{comment}"),
                ("body", ""),
                ("submission_key", key),
            ],
            &logged_in_only,
        ),
        Endpoint(
            "edit_comment",
            vec![("comment_id", "{comment}"), ("body", "Kapret")],
            &author_only,
        ),
        Endpoint(
            "delete_comment",
            vec![("comment_id", "{comment}")],
            &author_only,
        ),
        Endpoint(
            "report_comment",
            vec![("comment_id", "{comment}"), ("report_reason", "")],
            &not_about_their_own,
        ),
        Endpoint("my_notifications", vec![], &logged_in_only),
        Endpoint("mark_notifications_read", vec![], &logged_in_only),
        Endpoint("admin_accounts", vec![("q", "")], &admins_only),
        Endpoint(
            "grant_role",
            vec![("account_id", "{author_id}"), ("role", ""), ("note", "")],
            &admins_only,
        ),
        Endpoint(
            "revoke_role",
            vec![("account_id", "{author_id}"), ("role", ""), ("note", "")],
            &admins_only,
        ),
        Endpoint("admin_neighbourhoods", vec![], &admins_only),
        Endpoint(
            "add_neighbourhood",
            vec![("name", ""), ("residents", "")],
            &admins_only,
        ),
        Endpoint(
            "update_neighbourhood",
            vec![
                ("neighbourhood_id", &neighbourhood),
                ("name", ""),
                ("residents", ""),
            ],
            &admins_only,
        ),
        Endpoint(
            "retire_neighbourhood",
            vec![("neighbourhood_id", &neighbourhood)],
            &admins_only,
        ),
        Endpoint(
            "reinstate_neighbourhood",
            vec![("neighbourhood_id", &neighbourhood)],
            &admins_only,
        ),
        Endpoint("admin_goals", vec![], &admins_only),
        Endpoint("add_goal", no_goal_texts.to_vec(), &admins_only),
        Endpoint(
            "update_goal",
            [vec![("goal_id", goal.as_str())], no_goal_texts.to_vec()].concat(),
            &admins_only,
        ),
        Endpoint("retire_goal", vec![("goal_id", &goal)], &admins_only),
        Endpoint("reinstate_goal", vec![("goal_id", &goal)], &admins_only),
        Endpoint("site_settings", vec![], &everyone),
        Endpoint(
            "update_site_settings",
            vec![
                ("municipality_name", ""),
                ("accessibility_contact", ""),
                ("contact_email", "ikke en adresse"),
                ("contact_phone", ""),
                ("contact_address", ""),
            ],
            &admins_only,
        ),
        Endpoint("review_queue", vec![], &moderators_only),
        Endpoint(
            "publish_initiative",
            vec![("initiative_id", "{pending}"), ("note", "")],
            &moderators_not_on_their_own,
        ),
        Endpoint(
            "send_back_initiative",
            vec![("initiative_id", "{pending}"), ("reason", "")],
            &moderators_not_on_their_own,
        ),
        Endpoint(
            "reject_initiative",
            vec![("initiative_id", "{pending}"), ("reject_reason", "")],
            &moderators_not_on_their_own,
        ),
        Endpoint("report_queue", vec![], &moderators_only),
        Endpoint(
            "hide_content",
            vec![
                ("target_kind", "comment"),
                ("target_id", "{comment}"),
                ("hide_reason", ""),
            ],
            &moderators_not_on_their_own,
        ),
        Endpoint(
            "restore_content",
            vec![
                ("target_kind", "comment"),
                ("target_id", "{comment}"),
                ("restore_note", &too_long),
            ],
            &moderators_not_on_their_own,
        ),
        Endpoint(
            "dismiss_reports",
            vec![
                ("target_kind", "initiative"),
                ("target_id", "{public}"),
                ("dismiss_note", &too_long),
            ],
            &moderators_not_on_their_own,
        ),
        Endpoint(
            "change_initiative_goals",
            vec![("initiative_id", "{public}"), ("goals_reason", "")],
            &moderators_not_on_their_own,
        ),
        Endpoint(
            "carry_out_initiative",
            vec![
                ("initiative_id", "{public}"),
                ("carried_out_note", &too_long),
            ],
            &moderators_not_on_their_own,
        ),
        Endpoint(
            "archive_initiative",
            vec![("initiative_id", "{public}"), ("archive_note", &too_long)],
            &moderators_not_on_their_own,
        ),
        Endpoint(
            "account_overview",
            vec![("account_id", "{author_id}")],
            &moderators_only,
        ),
        Endpoint(
            "suspend_account",
            vec![
                ("account_id", "{author_id}"),
                ("period", ""),
                ("suspend_reason", ""),
            ],
            &moderators_not_on_their_own,
        ),
        Endpoint(
            "lift_suspension",
            vec![("account_id", "{author_id}"), ("lift_note", &too_long)],
            &moderators_not_on_their_own,
        ),
        Endpoint("audit_log", vec![], &staff_only),
        Endpoint("summary", vec![], &summary_readers),
        Endpoint("summary_choices", vec![], &summary_readers),
        Endpoint("logout", vec![], &everyone),
    ];

    let mut n = 0;
    for Endpoint(endpoint, fields, rule) in &table {
        for who in CALLERS {
            n += 1;
            let visitor = caller(&app, who, n).await;
            let world = if who == Caller::InitiatorModerator {
                World::make(&app, &visitor, n).await
            } else {
                shared.clone()
            };
            let fields = world.fill(fields);
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let result = visitor.call(endpoint, &fields).await;
            assert_eq!(
                outcome(&result),
                rule(who),
                "{endpoint} called by {who:?} gave {result:?}"
            );
        }
    }
    // The callers above were made through the real registration form; nothing they were
    // refused changed the fixtures.
    assert!(app.count("SELECT COUNT(*) FROM accounts").await >= 4 * table.len() as i64);
    let still = author.call("initiative", &[("id", &public)]).await.unwrap();
    assert_eq!(still["state"], "Published");
    assert_eq!(still["initiators"], serde_json::json!(["Forfatter"]));
    assert_eq!(still["needs"][0]["covered"], false);
    let comments = author
        .call("load_comments", &[("initiative_id", &public)])
        .await
        .unwrap();
    assert_eq!(
        comments["total"], 1,
        "no comment was added, changed or removed"
    );
    assert_eq!(comments["threads"][0]["comment"]["body"], "Velkommen");
    assert_eq!(still["goals"], serde_json::json!([]));
    // Only the administrator's retire-and-reinstate calls were carried out and audited.
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM audit_log WHERE target_kind IN ('initiative', 'comment', 'account')"
        )
        .await,
        0
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM suspensions").await, 0);
    // Nor the administration's: the author holds no role, the neighbourhood and the goal
    // are in use as before.
    let author_roles = app::accounts::store::roles_of(app.db(), author_id.parse().unwrap())
        .await
        .unwrap();
    assert!(author_roles.is_empty());
    let neighbourhoods = app.visitor().call("neighbourhoods", &[]).await.unwrap();
    assert_eq!(neighbourhoods[0]["name"], "Prøvekvarteret");
    let goals = app.visitor().call("goals", &[]).await.unwrap();
    assert_eq!(goals.as_array().unwrap().len(), 2);
}
