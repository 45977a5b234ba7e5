//! The test harness: spawns the real router on a free port against a fresh, migrated
//! database (a new SQLite file, or a new PostgreSQL database), and talks to it over HTTP
//! the way a browser's JavaScript does.

pub use crate::mailbox::Mailbox;
use app::accounts::Account;
use app::accounts::confirm::ConfirmEmail;
use app::accounts::login::LogIn;
use app::accounts::logout::LogOut;
use app::accounts::my_account::UpdateProfile;
use app::accounts::register::Register;
use app::accounts::role::Role;
use app::admin::roles::{GrantRole, RevokeRole};
use app::comments::section::LoadComments;
use app::comments::write::PostComment;
use app::db::Db;
use app::error::{AppError, Problem};
use app::goals::ListGoals;
use app::ids::{AccountId, CommentId, GoalId, InitiativeId};
use app::initiatives::detail::{Initiative, Join, Withdraw};
use app::initiatives::edit::UpdateInitiative;
use app::initiatives::initiators::DecideInitiatorRequest;
use app::initiatives::list::PublishedInitiatives;
use app::initiatives::mine::MyInitiatives;
use app::initiatives::propose::Propose;
use app::moderation::audit::log::AuditLog;
use app::moderation::reports::form::{ReportComment, ReportInitiative};
use app::moderation::review::{PublishInitiative, RejectInitiative, SendBackInitiative};
use app::site::context::{GetSiteInfo, SiteInfo};
use reqwest::StatusCode;
use server::config::Config;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU32, Ordering};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub const PASSWORD: &str = "et langt kodeord til test";

/// The address `citizen` registers a name with: letters outside ASCII are spelt out, as a
/// mail server without SMTPUTF8 would need.
pub fn email_of(name: &str) -> String {
    let local: String = name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            ' ' => ".".to_owned(),
            c if c.is_ascii_alphanumeric() || c == '.' || c == '-' => c.to_string(),
            c => format!("u{:x}", c as u32),
        })
        .collect();
    format!("{local}@example.dk")
}

/// Runs each named `async fn(TestApp)` once on SQLite and once on PostgreSQL.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    let app = $crate::helpers::TestApp::spawn($crate::helpers::Backend::Sqlite).await;
                    super::$name(app.expect("SQLite is always available")).await;
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    if let Some(app) = $crate::helpers::TestApp::spawn($crate::helpers::Backend::Postgres).await {
                        super::$name(app).await;
                    }
                }
            }
        )*
    };
}

/// Runs each named `async fn(Backend)` once for SQLite and once for PostgreSQL (where it
/// can be reached): for tests that start their app with settings of their own
/// (`TestApp::spawn_tuned`).
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    super::$name($crate::helpers::Backend::Sqlite).await;
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    if $crate::helpers::postgres_reachable().await {
                        super::$name($crate::helpers::Backend::Postgres).await;
                    }
                }
            }
        )*
    };
}

/// A database made for one test, removed when the test ends (also when it fails).
pub struct TestDatabase {
    pub url: String,
    pub db: Db,
    cleanup: Cleanup,
}

enum Cleanup {
    File(std::path::PathBuf),
    Postgres { admin_url: String, name: String },
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        match &self.cleanup {
            Cleanup::File(dir) => {
                let _ = std::fs::remove_dir_all(dir);
            }
            Cleanup::Postgres { admin_url, name } => {
                let (admin_url, name) = (admin_url.clone(), name.clone());
                // Drop cannot await; a small runtime on its own thread does the work.
                let _ = std::thread::spawn(move || {
                    let runtime = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()
                        .expect("runtime");
                    runtime.block_on(async {
                        if let Ok(admin) = Db::connect(&admin_url).await {
                            let _ = sqlx::query(&format!(
                                "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                            ))
                            .execute(admin.pool())
                            .await;
                            admin.close().await;
                        }
                    });
                })
                .join();
            }
        }
    }
}

fn unique_name() -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or_default();
    format!(
        "forsamling_test_{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

pub fn postgres_admin_url() -> String {
    std::env::var("PG_ADMIN_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned())
}

/// A connection to PostgreSQL's administration database; `None` (the test is skipped) when
/// PostgreSQL is not reachable and not required.
async fn postgres_admin(admin_url: &str) -> Option<Db> {
    match Db::connect(admin_url).await {
        Ok(admin) => Some(admin),
        Err(error) => {
            if std::env::var("REQUIRE_POSTGRES").is_ok_and(|v| v == "1") {
                panic!(
                    "REQUIRE_POSTGRES=1 but PostgreSQL is not reachable at {admin_url}: {error}"
                );
            }
            eprintln!("SKIPPED: PostgreSQL is not reachable at {admin_url} ({error})");
            None
        }
    }
}

/// Whether the PostgreSQL tests run (see `postgres_admin`).
pub async fn postgres_reachable() -> bool {
    match postgres_admin(&postgres_admin_url()).await {
        Some(admin) => {
            admin.close().await;
            true
        }
        None => false,
    }
}

impl TestDatabase {
    /// A fresh, migrated database; `None` when PostgreSQL is not reachable and not required.
    pub async fn create(backend: Backend) -> Option<TestDatabase> {
        let name = unique_name();
        let (url, cleanup) = match backend {
            Backend::Sqlite => {
                let dir = std::env::temp_dir().join(&name);
                let url = format!("sqlite://{}/forsamling.db", dir.display());
                (url, Cleanup::File(dir))
            }
            Backend::Postgres => {
                let admin_url = postgres_admin_url();
                let admin = postgres_admin(&admin_url).await?;
                sqlx::query(&format!("CREATE DATABASE {name}"))
                    .execute(admin.pool())
                    .await
                    .expect("create the test database");
                admin.close().await;
                let base = admin_url
                    .rsplit_once('/')
                    .map(|(base, _)| base)
                    .unwrap_or(&admin_url);
                let url = format!("{base}/{name}");
                (url, Cleanup::Postgres { admin_url, name })
            }
        };
        let db = Db::connect(&url)
            .await
            .expect("connect to the test database");
        db.migrate().await.expect("migrate the test database");
        Some(TestDatabase { url, db, cleanup })
    }
}

/// The platform, served on a free port of 127.0.0.1 for one test, with its own SMTP
/// server that keeps what the platform sends.
pub struct TestApp {
    pub backend: Backend,
    pub addr: SocketAddr,
    pub database: TestDatabase,
    /// The test's own SMTP server, unless the test chose another (or none).
    pub mailbox: Option<Mailbox>,
    /// The state the server's requests use (its limits, its password hashing).
    state: app::state::AppState,
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> Option<TestApp> {
        Self::spawn_at(backend, None).await
    }

    /// Like `spawn`, as if the site were reached at `public_url` (for https behaviour).
    pub async fn spawn_at(backend: Backend, public_url: Option<&str>) -> Option<TestApp> {
        Self::spawn_with(backend, public_url, None).await
    }

    /// Like `spawn`, writing its emails to the log (no SMTP server configured).
    pub async fn spawn_logging_mail(backend: Backend) -> Option<TestApp> {
        Self::spawn_with(backend, None, Some("")).await
    }

    /// Like `spawn`, sending its emails through the SMTP server at `smtp_url` instead of
    /// the test's own mailbox (`Some("")`: to the log).
    pub async fn spawn_with(
        backend: Backend,
        public_url: Option<&str>,
        smtp_url: Option<&str>,
    ) -> Option<TestApp> {
        Self::start(backend, public_url, smtp_url, |_| {}).await
    }

    /// Like `spawn`, with settings changed by `tune` (limits, hashing). For tests run by
    /// `on_both_backends`, which runs them on PostgreSQL only where it can be reached.
    pub async fn spawn_tuned(backend: Backend, tune: impl FnOnce(&mut Config)) -> TestApp {
        Self::start(backend, None, None, tune)
            .await
            .expect("the database was found reachable")
    }

    async fn start(
        backend: Backend,
        public_url: Option<&str>,
        smtp_url: Option<&str>,
        tune: impl FnOnce(&mut Config),
    ) -> Option<TestApp> {
        let database = TestDatabase::create(backend).await?;
        let mailbox = match smtp_url {
            None => Some(Mailbox::start(None).await),
            Some(_) => None,
        };
        let smtp_url = smtp_url
            .map(str::to_owned)
            .or_else(|| mailbox.as_ref().map(|m| m.url.clone()))
            .filter(|url| !url.is_empty());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a free port");
        let addr = listener.local_addr().expect("local address");
        let mut config = Config {
            database_url: database.url.clone(),
            database_connections: None,
            addr,
            site_root: "target/site".to_owned(),
            public_url: public_url
                .map(str::to_owned)
                .unwrap_or_else(|| format!("http://{addr}")),
            smtp_url,
            mail_from: "Forsamlingshuset <noreply@example.dk>".to_owned(),
            // Every test's visitor comes from 127.0.0.1; a visitor made `from` an address
            // says so in the header, as a proxy would (see `Visitor::from`).
            trusted_proxies: vec![std::net::Ipv4Addr::LOCALHOST.into()],
            client_address_header: "X-Forwarded-For".to_owned(),
            hashes_at_once: None,
            // The tests run side by side on two cores: a hash may wait its turn a while.
            hash_wait_ms: 30_000,
            // Limits are off but where a test is about them.
            limits: app::limits::Settings::off().into(),
        };
        tune(&mut config);
        let state = server::http::app_state(&config, database.db.clone());
        let router = server::http::router_for(&config, state.clone());
        tokio::spawn(async move {
            axum::serve(
                listener,
                router.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .await
            .expect("serve");
        });
        Some(TestApp {
            backend,
            addr,
            database,
            mailbox,
            state,
        })
    }

    pub fn db(&self) -> &Db {
        &self.database.db
    }

    /// What the app's server functions reach (for running its background jobs by hand).
    pub fn state(&self) -> app::state::AppState {
        self.state.clone()
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// A new visitor: a browser with its own cookies.
    pub fn visitor(&self) -> Visitor {
        Visitor::new(&format!("http://{}", self.addr))
    }

    /// A visitor who has registered (as a citizen), confirmed the address from the email
    /// the platform sent, and is logged in.
    pub async fn citizen(&self, name: &str) -> Visitor {
        let email = email_of(name);
        let visitor = self.visitor();
        // The address may have had an account before (deleted since).
        let earlier = self.mailbox.as_ref().map_or(0, |m| m.to(&email).len());
        visitor
            .register(name, &email, PASSWORD)
            .await
            .expect("registration succeeds");
        self.confirm(&visitor, &email, earlier + 1).await;
        visitor
    }

    /// A citizen whose account is two days old: their reports count towards hiding
    /// content (see `AUTO_HIDE_REPORTERS`). Time cannot pass in a test, so the account's
    /// creation is moved back in the database, the one thing this fixture does by hand.
    pub async fn established(&self, name: &str) -> Visitor {
        let visitor = self.citizen(name).await;
        let id = visitor.account_id().await.expect("logged in");
        sqlx::query("UPDATE accounts SET created_at = created_at - $1 WHERE id = $2")
            .bind(2 * app::timestamp::DAY)
            .bind(id)
            .execute(self.db().pool())
            .await
            .expect("age the account");
        visitor
    }

    /// The test's own mailbox; the test must not have chosen another SMTP server.
    pub fn mailbox(&self) -> &Mailbox {
        self.mailbox.as_ref().expect("the test's own mailbox")
    }

    /// Opens the confirmation link of the `n`th email to `email` (the link logs in). Where
    /// the test sends its email elsewhere, the address is confirmed in the database and the
    /// visitor logs in (a fixture shortcut for the few tests about the mail server itself).
    pub async fn confirm(&self, visitor: &Visitor, email: &str, n: usize) {
        let Some(mailbox) = &self.mailbox else {
            let id = app::accounts::store::account_id_by_email(self.db(), email)
                .await
                .unwrap()
                .expect("registered");
            let mut tx = self.db().begin_write().await.unwrap();
            app::accounts::store::confirm_email(&mut tx, id, app::db::now())
                .await
                .unwrap();
            tx.commit().await.unwrap();
            visitor.log_in(email, PASSWORD).await.expect("log in");
            return;
        };
        let mail = mailbox.next(email, n).await;
        let token = mail
            .token("/confirm/")
            .unwrap_or_else(|| panic!("a confirmation link in {mail:?}"));
        visitor
            .run(ConfirmEmail { token })
            .await
            .expect("the confirmation link works");
    }

    /// A logged-in visitor who also holds `role`.
    pub async fn with_role(&self, name: &str, role: Role) -> Visitor {
        let visitor = self.citizen(name).await;
        let id = visitor.account_id().await.expect("logged in");
        app::accounts::store::grant_role(self.db(), id, role)
            .await
            .expect("grant role");
        visitor
    }

    pub async fn count(&self, sql: &str) -> i64 {
        sqlx::query_scalar(sql)
            .fetch_one(self.db().pool())
            .await
            .expect("count query")
    }

    /// The reason given in the first report anyone made.
    pub async fn first_report_reason(&self) -> String {
        sqlx::query_scalar("SELECT reason FROM reports ORDER BY id LIMIT 1")
            .fetch_one(self.db().pool())
            .await
            .expect("a report")
    }
}

/// One browser: its own cookie jar, calling server functions like the page's JavaScript.
#[derive(Clone)]
pub struct Visitor {
    pub http: reqwest::Client,
    pub base: String,
    /// The address this visitor comes from, as a trusted proxy would tell the server;
    /// `None`: from 127.0.0.1 itself.
    pub from: Option<String>,
}

impl Visitor {
    pub fn new(base: &str) -> Visitor {
        Visitor {
            http: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(reqwest::redirect::Policy::none())
                // A response that never comes fails its test instead of holding up the run.
                .timeout(std::time::Duration::from_secs(60))
                .build()
                .expect("http client"),
            base: base.to_owned(),
            from: None,
        }
    }

    /// The same cookies, sent to another server (another process behind a load balancer).
    pub fn with_base(&self, base: &str) -> Visitor {
        Visitor {
            base: base.to_owned(),
            ..self.clone()
        }
    }

    /// The same browser, connected from `address` (through the proxy the tests trust).
    pub fn from(&self, address: &str) -> Visitor {
        Visitor {
            from: Some(address.to_owned()),
            ..self.clone()
        }
    }

    /// A request to `path`, from where this visitor is.
    fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let request = self.http.request(method, format!("{}{path}", self.base));
        match &self.from {
            Some(address) => request.header("x-forwarded-for", address),
            None => request,
        }
    }

    /// Like `run`, on a task of its own: for a request that is to wait on a lock the test
    /// holds, while the test goes on.
    pub fn run_meanwhile<F>(&self, args: F) -> tokio::task::JoinHandle<Result<F::Output, AppError>>
    where
        F: leptos::server_fn::ServerFn<Error = AppError> + serde::Serialize + Send + 'static,
        F::Output: serde::de::DeserializeOwned + Send + 'static,
    {
        let visitor = self.clone();
        tokio::spawn(async move { visitor.run(args).await })
    }

    /// Calls server function `F` with its arguments, as the page's JavaScript does, and
    /// answers its typed result: a renamed argument or result field breaks the test when it
    /// is compiled, not when it runs.
    pub async fn run<F>(&self, args: F) -> Result<F::Output, AppError>
    where
        F: leptos::server_fn::ServerFn<Error = AppError> + serde::Serialize,
        F::Output: serde::de::DeserializeOwned,
    {
        let body = serde_qs::to_string(&args).expect("the arguments encode as a form");
        let response = self
            .request(reqwest::Method::POST, F::PATH)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .expect("request reaches the server");
        let status = response.status();
        let body = response.text().await.expect("response body");
        if status.is_success() || status.is_redirection() {
            let body = if body.trim().is_empty() {
                "null"
            } else {
                &body
            };
            Ok(serde_json::from_str(body)
                .unwrap_or_else(|error| panic!("{} answered {body}: {error}", F::PATH)))
        } else {
            Err(serde_json::from_str(&body)
                .unwrap_or_else(|_| panic!("an AppError, got {status}: {body}")))
        }
    }

    /// A form posted to a server function as a browser without JavaScript posts it.
    fn form_post(&self, endpoint: &str, fields: &[(&str, &str)]) -> reqwest::RequestBuilder {
        self.request(reqwest::Method::POST, &format!("/api/{endpoint}"))
            .header("accept", "text/html")
            .form(fields)
    }

    /// Posts a form to a server function as a browser without JavaScript does, and answers
    /// where the server sent it next.
    pub async fn post_form(&self, endpoint: &str, fields: &[(&str, &str)]) -> Option<String> {
        let response = self
            .form_post(endpoint, fields)
            .send()
            .await
            .expect("request reaches the server");
        response
            .headers()
            .get("location")
            .and_then(|l| l.to_str().ok())
            .map(str::to_owned)
    }

    /// Posts a form from the page at `page` (its referer), as a browser without JavaScript
    /// does, and answers the server's response: a refused form is sent back to its page.
    pub async fn post_form_from(
        &self,
        page: &str,
        endpoint: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        self.form_post(endpoint, fields)
            .header("referer", format!("{}{page}", self.base))
            .send()
            .await
            .expect("request reaches the server")
    }

    pub async fn register(&self, name: &str, email: &str, password: &str) -> Result<(), AppError> {
        self.run(Register {
            display_name: name.to_owned(),
            email: email.to_owned(),
            password: password.to_owned(),
            password_repeat: password.to_owned(),
            neighbourhood: String::new(),
        })
        .await
    }

    pub async fn log_in(&self, email: &str, password: &str) -> Result<(), AppError> {
        self.run(LogIn {
            email: email.to_owned(),
            password: password.to_owned(),
            next: None,
        })
        .await
    }

    pub async fn log_out(&self) -> Result<(), AppError> {
        self.run(LogOut {}).await
    }

    pub async fn site_info(&self) -> SiteInfo {
        self.run(GetSiteInfo {})
            .await
            .expect("site_info never fails")
    }

    /// The logged-in account, or `None` when anonymous.
    pub async fn account(&self) -> Option<Account> {
        self.site_info().await.account
    }

    /// The logged-in account's id, or `None` when anonymous.
    pub async fn account_id(&self) -> Option<AccountId> {
        self.account().await.map(|account| account.id)
    }

    pub async fn display_name(&self) -> Option<String> {
        self.account().await.map(|account| account.display_name)
    }

    pub async fn get(&self, path: &str) -> (StatusCode, String) {
        let response = self
            .request(reqwest::Method::GET, path)
            .send()
            .await
            .expect("request reaches the server");
        let status = response.status();
        (status, response.text().await.unwrap_or_default())
    }
}

/// The problem reported for `field`, from an `Invalid` error.
pub fn problem<T>(result: &Result<T, AppError>, field: &str) -> Option<Problem> {
    match result {
        Err(AppError::Invalid(invalid)) => invalid.problem_for(field),
        _ => None,
    }
}

/// The value an `Invalid` error keeps of `field`, for the form shown again.
pub fn kept<'a, T>(result: &'a Result<T, AppError>, field: &str) -> Option<&'a str> {
    match result {
        Err(AppError::Invalid(invalid)) => invalid.value_of(field),
        _ => None,
    }
}

/// What an `Invalid` error says of each field: the problem reported for it, or `None` for
/// a field it finds nothing wrong with.
#[track_caller]
pub fn assert_problems<T: std::fmt::Debug>(
    result: &Result<T, AppError>,
    expected: &[(&str, Option<Problem>)],
) {
    for (field, expected) in expected {
        assert_eq!(&problem(result, field), expected, "{field}: {result:?}");
    }
}

/// The profile form: the name shown, and the neighbourhood's id (empty: none stated).
pub fn profile(display_name: &str, neighbourhood: &str) -> UpdateProfile {
    UpdateProfile {
        display_name: display_name.to_owned(),
        neighbourhood: neighbourhood.to_owned(),
    }
}

/// The fields of a proposal: an idea with no time, place or needs.
pub fn idea(title: &str) -> Propose {
    Propose {
        title: title.to_owned(),
        description: "Kom og vær med.".to_owned(),
        kind: "idea".to_owned(),
        neighbourhood: String::new(),
        starts_at: String::new(),
        ends_at: String::new(),
        place: String::new(),
        needs: String::new(),
        repeats: String::new(),
        repeats_until: String::new(),
    }
}

/// The edit form of initiative `id`, filled in with `proposal`'s fields.
pub fn edit_of(id: InitiativeId, proposal: Propose) -> UpdateInitiative {
    UpdateInitiative {
        initiative_id: id,
        title: proposal.title,
        description: proposal.description,
        kind: proposal.kind,
        neighbourhood: proposal.neighbourhood,
        starts_at: proposal.starts_at,
        ends_at: proposal.ends_at,
        place: proposal.place,
        needs: proposal.needs,
        repeats: proposal.repeats,
        repeats_until: proposal.repeats_until,
    }
}

/// The public list's first page, with no search, filter or sorting.
pub fn published_list() -> PublishedInitiatives {
    PublishedInitiatives {
        q: None,
        neighbourhood: None,
        kind: None,
        goal: None,
        when: None,
        answer: None,
        sort: None,
        page: None,
    }
}

/// Proposes `proposal` as `author` and answers the new initiative's id.
pub async fn propose(author: &Visitor, proposal: Propose) -> InitiativeId {
    let title = proposal.title.clone();
    author
        .run(proposal)
        .await
        .expect("the proposal is accepted");
    author
        .run(MyInitiatives {})
        .await
        .expect("my initiatives")
        .into_iter()
        .find(|i| i.title == title)
        .map(|i| i.id)
        .expect("the proposal is listed")
}

/// An idea proposed by `author`, waiting for review; answers its id.
pub async fn proposed_initiative(author: &Visitor, title: &str) -> InitiativeId {
    propose(author, idea(title)).await
}

/// An initiative proposed by `author` and published, for tests that start from one.
pub async fn published_initiative(app: &TestApp, author: &Visitor, title: &str) -> InitiativeId {
    let id = proposed_initiative(author, title).await;
    publish(app, id).await;
    id
}

/// Mette's idea `title`, waiting for review, and Mona, a moderator to decide on it.
pub async fn waiting_for_review(app: &TestApp, title: &str) -> (Visitor, InitiativeId, Visitor) {
    let mette = app.citizen("Mette").await;
    let id = proposed_initiative(&mette, title).await;
    let moderator = app.with_role("Mona", Role::Moderator).await;
    (mette, id, moderator)
}

/// Publishes a waiting proposal without a moderator (a fixture shortcut).
pub async fn publish(app: &TestApp, id: InitiativeId) {
    assert!(
        app::initiatives::store::publish(app.db(), id, app::db::now())
            .await
            .expect("publish"),
        "the proposal was waiting"
    );
}

/// An event proposed by `author` and published: it starts at `starts`, lasts three hours,
/// takes place at "Fælleshuset" in `neighbourhood` (an id, or empty for the whole town).
pub async fn published_event(
    app: &TestApp,
    author: &Visitor,
    title: &str,
    starts: app::timestamp::Timestamp,
    neighbourhood: &str,
) -> InitiativeId {
    published_with(
        app,
        author,
        Propose {
            kind: "event".to_owned(),
            starts_at: starts.local().input_value(),
            ends_at: starts.plus(3 * app::timestamp::HOUR).local().input_value(),
            place: "Fælleshuset".to_owned(),
            neighbourhood: neighbourhood.to_owned(),
            ..idea(title)
        },
    )
    .await
}

/// Hides initiative `id` as three reports would, until a moderator looks.
pub async fn hide_pending_review(app: &TestApp, id: InitiativeId) {
    sqlx::query("UPDATE initiatives SET hidden_at = 1 WHERE id = $1")
        .bind(id)
        .execute(app.db().pool())
        .await
        .unwrap();
}

/// The kinds of `visitor`'s notifications, newest first.
pub async fn notice_kinds(visitor: &Visitor) -> Vec<app::notifications::Kind> {
    visitor
        .run(app::notifications::page::MyNotifications {})
        .await
        .unwrap()
        .into_iter()
        .map(|n| n.kind)
        .collect()
}

/// Proposes and publishes `proposal` as `author`, answering its id.
pub async fn published_with(app: &TestApp, author: &Visitor, proposal: Propose) -> InitiativeId {
    let id = propose(author, proposal).await;
    publish(app, id).await;
    id
}

/// Joins `initiative`, or changes level on it, at `level` (a level's stored name).
pub async fn join(
    visitor: &Visitor,
    initiative: InitiativeId,
    level: &str,
) -> Result<(), AppError> {
    visitor
        .run(Join {
            initiative_id: initiative,
            level: level.to_owned(),
        })
        .await
}

/// An initiator's withdrawal of `initiative`, with the reason its participants are told.
pub async fn withdraw(
    initiator: &Visitor,
    initiative: InitiativeId,
    reason: &str,
) -> Result<(), AppError> {
    initiator
        .run(Withdraw {
            initiative_id: initiative,
            reason: reason.to_owned(),
        })
        .await
}

/// An initiator's answer to the first request to become an initiator of `initiative`.
pub async fn decide_first_request(initiator: &Visitor, initiative: InitiativeId, accept: bool) {
    let request = initiator
        .run(Initiative { id: initiative })
        .await
        .expect("the initiative")
        .initiator_requests[0]
        .id;
    initiator
        .run(DecideInitiatorRequest {
            request_id: request,
            accept,
        })
        .await
        .expect("the request is decided");
}

/// A comment form's key: each page load gives a new one, and the same key posted twice
/// stores one comment. `n` tells the forms of a test apart.
pub fn form_key(n: usize) -> String {
    format!("{n:032x}")
}

/// Posts `body` as a comment on `initiative` from the form with key `n`.
pub async fn post_comment(
    visitor: &Visitor,
    initiative: InitiativeId,
    body: &str,
    n: usize,
) -> Result<(), AppError> {
    visitor
        .run(PostComment {
            initiative_id: initiative,
            body: body.to_owned(),
            submission_key: form_key(n),
        })
        .await
}

/// The first page of an initiative's comments, with no thread expanded.
pub fn first_comment_page(initiative: InitiativeId) -> LoadComments {
    LoadComments {
        initiative_id: initiative,
        page: None,
        thread: None,
        replies: None,
    }
}

/// A comment by `author` on `initiative`, from the form with key `n`; answers its id.
pub async fn comment_on(
    author: &Visitor,
    initiative: InitiativeId,
    body: &str,
    n: usize,
) -> CommentId {
    post_comment(author, initiative, body, n)
        .await
        .expect("the comment is stored");
    author
        .run(first_comment_page(initiative))
        .await
        .expect("the comments load")
        .threads
        .into_iter()
        .find(|t| t.comment.body.as_deref() == Some(body))
        .map(|t| t.comment.id)
        .expect("the comment is listed")
}

/// Reports `initiative` as `reporter`, for `reason`.
pub async fn report_initiative(
    reporter: &Visitor,
    initiative: InitiativeId,
    reason: &str,
) -> Result<(), AppError> {
    reporter
        .run(ReportInitiative {
            initiative_id: initiative,
            report_reason: reason.to_owned(),
        })
        .await
}

/// Reports `comment` as `reporter`, for `reason`.
pub async fn report_comment(
    reporter: &Visitor,
    comment: CommentId,
    reason: &str,
) -> Result<(), AppError> {
    reporter
        .run(ReportComment {
            comment_id: comment,
            report_reason: reason.to_owned(),
        })
        .await
}

/// The policy's goals in use, in the policy's order.
pub async fn goal_ids(app: &TestApp) -> Vec<GoalId> {
    app.visitor()
        .run(ListGoals {})
        .await
        .expect("the goals are public")
        .into_iter()
        .map(|goal| goal.id)
        .collect()
}

/// A moderator's decision to publish a waiting proposal under `goals`.
pub async fn publish_under(
    moderator: &Visitor,
    initiative: InitiativeId,
    goals: &[GoalId],
    note: &str,
) -> Result<(), AppError> {
    moderator
        .run(PublishInitiative {
            initiative_id: initiative,
            // No goal chosen: the form sends no field at all.
            goals: (!goals.is_empty()).then(|| goals.iter().map(GoalId::to_string).collect()),
            note: note.to_owned(),
        })
        .await
}

/// A moderator's decision to send a waiting proposal back to its initiators.
pub async fn send_back(
    moderator: &Visitor,
    initiative: InitiativeId,
    reason: &str,
) -> Result<(), AppError> {
    moderator
        .run(SendBackInitiative {
            initiative_id: initiative,
            reason: reason.to_owned(),
        })
        .await
}

/// A moderator's decision to reject a waiting proposal.
pub async fn reject(
    moderator: &Visitor,
    initiative: InitiativeId,
    reason: &str,
) -> Result<(), AppError> {
    moderator
        .run(RejectInitiative {
            initiative_id: initiative,
            reject_reason: reason.to_owned(),
        })
        .await
}

/// The two role forms of the accounts page post the same fields to `GrantRole` and
/// `RevokeRole`: the account, the role's stored name and a note for the audit log.
macro_rules! role_form {
    ($name:ident, $form:ident) => {
        pub fn $name(account_id: AccountId, role: &str, note: &str) -> $form {
            $form {
                account_id,
                role: role.to_owned(),
                note: note.to_owned(),
                q: None,
                page: None,
            }
        }
    };
}

role_form!(grant_role, GrantRole);
role_form!(revoke_role, RevokeRole);

/// The whole audit log, unfiltered.
pub fn whole_audit_log() -> AuditLog {
    AuditLog {
        action: None,
        target: None,
        actor: None,
        from: None,
        to: None,
        page: None,
    }
}
