//! Loads the demo data set (`app::demo`) through the platform's own server functions, as
//! its people would: the first administrator is made as `create-admin` makes one; everyone
//! else registers, logs in, proposes, decides, joins, comments and reports with the requests
//! the pages send, each from an address of their own, through the real router (in process,
//! no port). So the demo follows every rule the pages keep. Only the made-up year of
//! history is written through the queries directly, with past times no request can give;
//! the whole set is then checked (`app::demo::check`).

use anyhow::{Context, Result, anyhow, bail};
use app::accounts::role::Role;
use app::db::Db;
use app::demo::{
    ACCOUNTS, ADVERT, ADVERT_REPORTS, COMMENTS, DemoInitiative, INITIATIVES, JOINS, NEIGHBOURHOODS,
    PASSWORD,
};
use app::error::AppError;
use app::ids::{CommentId, InitiativeId};
use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, header};
use leptos::server_fn::ServerFn;
use std::collections::HashMap;
use std::net::{Ipv4Addr, SocketAddr};
use tower::ServiceExt;

/// One demo person at their own browser: the session cookie the server gave them.
struct Person {
    router: Router,
    address: SocketAddr,
    /// The cookies the server set, by name (the session's, the language's).
    cookies: HashMap<String, String>,
}

impl Person {
    fn new(router: &Router, n: u8) -> Person {
        Person {
            router: router.clone(),
            address: SocketAddr::from((Ipv4Addr::new(127, 0, 1, n), 40_000)),
            cookies: HashMap::new(),
        }
    }

    /// Calls server function `F`, as the page's JavaScript does.
    async fn run<F>(&mut self, args: F) -> Result<F::Output>
    where
        F: ServerFn<Error = AppError> + serde::Serialize,
        F::Output: serde::de::DeserializeOwned,
    {
        let mut request = Request::post(F::PATH)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(serde_qs::to_string(&args)?))?;
        if !self.cookies.is_empty() {
            let cookies: Vec<String> = self
                .cookies
                .iter()
                .map(|(name, value)| format!("{name}={value}"))
                .collect();
            request
                .headers_mut()
                .insert(header::COOKIE, cookies.join("; ").parse()?);
        }
        request.extensions_mut().insert(ConnectInfo(self.address));
        let response = self.router.clone().oneshot(request).await?;
        for cookie in response.headers().get_all(header::SET_COOKIE) {
            let pair = cookie.to_str().ok().and_then(|v| v.split(';').next());
            if let Some((name, value)) = pair.and_then(|p| p.split_once('=')) {
                self.cookies
                    .insert(name.trim().to_owned(), value.to_owned());
            }
        }
        let status = response.status();
        let body = axum::body::to_bytes(response.into_body(), 4 * 1024 * 1024).await?;
        if status.is_success() || status.is_redirection() {
            let body = if body.is_empty() { &b"null"[..] } else { &body };
            Ok(serde_json::from_slice(body).with_context(|| F::PATH)?)
        } else {
            let error: AppError = serde_json::from_slice(&body)
                .map_err(|_| anyhow!("{} answered {status}", F::PATH))?;
            bail!("{} refused the demo: {error:?}", F::PATH)
        }
    }

    async fn log_in(&mut self, email: &str) -> Result<()> {
        self.run(app::accounts::login::LogIn {
            email: email.to_owned(),
            password: PASSWORD.to_owned(),
            next: None,
        })
        .await
    }
}

/// Whether the demo is loaded already (its administrator exists).
pub async fn is_loaded(db: &Db) -> Result<bool> {
    Ok(
        app::accounts::store::account_id_by_email(db, ACCOUNTS[0].email)
            .await?
            .is_some(),
    )
}

/// Loads the demo into `db`, served by `router` (whose emails must not leave the machine:
/// the demo's addresses are made up).
pub async fn load(router: &Router, db: &Db) -> Result<()> {
    let admin = &ACCOUNTS[0];
    assert!(admin.roles.contains(&Role::Administrator));
    // The first administrator is made the way `create-admin` makes one.
    let admin_id = app::accounts::service::create_account(
        db,
        &app::accounts::password::Hashing::for_this_machine(),
        admin.email,
        admin.name,
        PASSWORD,
        None,
    )
    .await
    .map_err(|e| anyhow!("{e:?}"))?;
    app::accounts::store::grant_role(db, admin_id, Role::Administrator).await?;
    let mut people: HashMap<&str, Person> = HashMap::new();
    let mut anne = Person::new(router, 1);
    anne.log_in(admin.email).await?;
    anne.run(app::admin::settings::UpdateSiteSettings {
        municipality_name: "Albertslund Kommune".to_owned(),
        accessibility_statement: None,
        accessibility_contact: String::new(),
        contact_email: String::new(),
        contact_phone: String::new(),
        contact_address: String::new(),
    })
    .await?;
    for (name, residents) in NEIGHBOURHOODS {
        anne.run(app::admin::neighbourhoods::AddNeighbourhood {
            name: name.to_owned(),
            residents: residents.to_string(),
        })
        .await?;
    }
    let neighbourhoods: HashMap<String, String> = anne
        .run(app::neighbourhoods::ListNeighbourhoods {})
        .await?
        .into_iter()
        .map(|n| (n.name, n.id.to_string()))
        .collect();

    // Everyone else registers, as anyone would, and the administrator grants the roles.
    for (n, account) in ACCOUNTS.iter().enumerate().skip(1) {
        let mut person = Person::new(router, n as u8 + 1);
        person
            .run(app::accounts::register::Register {
                display_name: account.name.to_owned(),
                email: account.email.to_owned(),
                password: PASSWORD.to_owned(),
                password_repeat: PASSWORD.to_owned(),
                neighbourhood: account
                    .neighbourhood
                    .and_then(|name| neighbourhoods.get(name).cloned())
                    .unwrap_or_default(),
            })
            .await?;
        // The one step the demo takes for its people: opening the link in the email (which
        // goes to the log, since the demo's addresses are not real).
        let id = app::accounts::store::account_id_by_email(db, account.email)
            .await?
            .context("the demo account was registered")?;
        let mut tx = db.begin_write().await?;
        app::accounts::store::confirm_email(&mut tx, id, app::db::now()).await?;
        // They have been members since before the year of history below (and so their
        // reports count as an established neighbour's).
        sqlx::query("UPDATE accounts SET created_at = $1 WHERE id = $2")
            .bind(app::db::now().minus(app::demo::MEMBERS_SINCE_DAYS * app::timestamp::DAY))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        person.log_in(account.email).await?;
        person
            .run(app::site::language::SetLanguage {
                lang: account.language.code().to_owned(),
            })
            .await?;
        for role in account.roles {
            anne.run(app::admin::roles::GrantRole {
                account_id: id,
                role: role.as_str().to_owned(),
                note: "Demo".to_owned(),
                q: None,
                page: None,
            })
            .await?;
        }
        people.insert(account.email, person);
    }
    people.insert(admin.email, anne);

    // Proposals, and the moderator's decisions on them.
    let goals = one(&mut people, MODERATOR)?
        .run(app::goals::ListGoals {})
        .await?;
    let mut ids: Vec<InitiativeId> = Vec::new();
    for initiative in &INITIATIVES {
        let author = one(&mut people, initiative.author)?;
        let id = propose(author, initiative, &neighbourhoods).await?;
        ids.push(id);
        if let Some(under) = initiative.published_under {
            let goals: Vec<String> = goals
                .iter()
                .filter(|goal| under.contains(&goal.position))
                .map(|goal| goal.id.to_string())
                .collect();
            one(&mut people, MODERATOR)?
                .run(app::moderation::review::PublishInitiative {
                    initiative_id: id,
                    goals: Some(goals),
                    note: String::new(),
                })
                .await?;
        }
    }

    for (email, index, level) in JOINS {
        one(&mut people, email)?
            .run(app::initiatives::detail::Join {
                initiative_id: ids[index],
                level: level.as_str().to_owned(),
            })
            .await?;
    }

    // The conversation on the first initiative.
    let mut written: Vec<(String, CommentId)> = Vec::new();
    for (n, (email, answers, body)) in COMMENTS.into_iter().enumerate() {
        let writer = one(&mut people, email)?;
        let key = format!("{:032x}", n + 1);
        match answers.and_then(|i| written.get(i)) {
            Some((_, parent)) => {
                writer
                    .run(app::comments::write::ReplyToComment {
                        comment_id: *parent,
                        body: body.to_owned(),
                        submission_key: key,
                    })
                    .await?
            }
            None => {
                writer
                    .run(app::comments::write::PostComment {
                        initiative_id: ids[0],
                        body: body.to_owned(),
                        submission_key: key,
                    })
                    .await?
            }
        }
        let id = comment_by_text(writer, ids[0], body).await?;
        written.push((body.to_owned(), id));
    }

    // The advert, and the two neighbours who report it.
    let (email, advert) = ADVERT;
    let writer = one(&mut people, email)?;
    writer
        .run(app::comments::write::PostComment {
            initiative_id: ids[1],
            body: advert.to_owned(),
            submission_key: format!("{:032x}", 100),
        })
        .await?;
    let advert_id = comment_by_text(writer, ids[1], advert).await?;
    for (email, reason) in ADVERT_REPORTS {
        one(&mut people, email)?
            .run(app::moderation::reports::form::ReportComment {
                comment_id: advert_id,
                report_reason: reason.to_owned(),
            })
            .await?;
    }

    app::demo::load_history(db)
        .await
        .map_err(|e| anyhow!("{e:?}"))?;
    let problems = app::demo::check::problems(db).await?;
    if !problems.is_empty() {
        bail!(
            "the demo data breaks the platform's rules: {}",
            problems.join("; ")
        );
    }
    Ok(())
}

/// The demo moderator, who decides on the demo's proposals.
const MODERATOR: &str = "moderator@demo.forsamling.dk";

/// The demo person with this email.
fn one<'a>(people: &'a mut HashMap<&str, Person>, email: &str) -> Result<&'a mut Person> {
    people
        .get_mut(email)
        .with_context(|| format!("{email} is not a demo account"))
}

/// Proposes a demo initiative and answers its id.
async fn propose(
    author: &mut Person,
    initiative: &DemoInitiative,
    neighbourhoods: &HashMap<String, String>,
) -> Result<InitiativeId> {
    use app::timestamp::{DAY, Timestamp};
    // 17:00 for three hours, so many days from today, in Copenhagen time.
    let at = |days: i64, hour: i8| {
        let mut day = Timestamp::now().plus(days * DAY).local();
        day.hour = hour;
        day.minute = 0;
        day.input_value()
    };
    author
        .run(app::initiatives::propose::Propose {
            title: initiative.title.to_owned(),
            description: initiative.description.to_owned(),
            kind: initiative.kind.to_owned(),
            neighbourhood: initiative
                .neighbourhood
                .and_then(|name| neighbourhoods.get(name).cloned())
                .unwrap_or_default(),
            starts_at: initiative
                .starts_in_days
                .map(|d| at(d, 17))
                .unwrap_or_default(),
            ends_at: initiative
                .starts_in_days
                .map(|d| at(d, 20))
                .unwrap_or_default(),
            place: initiative.place.unwrap_or_default().to_owned(),
            needs: initiative.needs.to_owned(),
            repeats: initiative
                .weekly_for
                .map(|_| "weekly".to_owned())
                .unwrap_or_default(),
            repeats_until: initiative
                .starts_in_days
                .zip(initiative.weekly_for)
                .map(|(days, weeks)| at(days + 7 * weeks, 17)[..10].to_owned())
                .unwrap_or_default(),
        })
        .await?;
    author
        .run(app::initiatives::mine::MyInitiatives {})
        .await?
        .into_iter()
        .find(|mine| mine.title == initiative.title)
        .map(|mine| mine.id)
        .context("the proposal is listed")
}

/// The id of the comment on `initiative` that says `text`, as the page lists it.
async fn comment_by_text(
    reader: &mut Person,
    initiative: InitiativeId,
    text: &str,
) -> Result<CommentId> {
    let page = reader
        .run(app::comments::section::LoadComments {
            initiative_id: initiative,
            page: None,
            thread: None,
            replies: None,
        })
        .await?;
    page.threads
        .iter()
        .flat_map(|thread| std::iter::once(&thread.comment).chain(&thread.replies))
        .find(|comment| comment.body.as_deref() == Some(text))
        .map(|comment| comment.id)
        .context("the comment is shown")
}
