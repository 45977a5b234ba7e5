//! The platform's foundations: health check, sessions shared between server processes,
//! session ids cycled at log-in, cookies, languages, pages, and the database set-up.

use crate::helpers::{Backend, PASSWORD, TestApp, TestDatabase, Visitor};
use app::accounts::role::Role;
use app::db::session_store::DbSessionStore;
use app::error::AppError;
use app::site::language::SetLanguage;
use reqwest::StatusCode;
use reqwest::header::{COOKIE, SET_COOKIE};
use std::io::BufRead;
use std::process::{Child, Command, Stdio};
use tower_sessions::SessionStore;

on_both_databases!(
    health_check_answers_ok_while_the_database_answers,
    health_check_answers_503_when_the_database_is_gone,
    pages_are_danish_by_default_and_english_when_chosen,
    an_unknown_language_is_refused,
    a_get_never_runs_a_server_function,
    errors_carry_a_status_that_says_what_kind_they_are,
    an_unknown_address_is_a_404_page,
    session_cookie_is_http_only_and_same_site,
    the_session_id_changes_at_log_in,
    a_cross_site_post_is_refused,
    expired_sessions_are_purged_and_never_loaded,
    a_session_is_written_when_it_changes_not_on_every_request,
    a_database_newer_than_the_program_is_refused,
    user_text_is_rendered_as_text,
    roles_are_read_from_the_database_on_every_request,
    a_log_in_through_one_server_process_holds_in_another,
);

async fn health_check_answers_ok_while_the_database_answers(app: TestApp) {
    let (status, body) = app.visitor().get("/healthz").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, "ok");
}

async fn health_check_answers_503_when_the_database_is_gone(app: TestApp) {
    app.db().close().await;
    let (status, _) = app.visitor().get("/healthz").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
}

async fn pages_are_danish_by_default_and_english_when_chosen(app: TestApp) {
    let visitor = app.visitor();
    let (status, page) = visitor.get("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(r#"<html lang="da""#), "{page}");
    assert!(page.contains("Fire måder at være med på"));

    let chosen = visitor
        .run(SetLanguage {
            lang: "en".to_owned(),
        })
        .await
        .unwrap();
    assert_eq!(chosen, "en");
    let (_, page) = visitor.get("/").await;
    assert!(page.contains(r#"<html lang="en""#));
    assert!(page.contains("Four ways to take part"));
    assert!(!page.contains("Fire måder at være med på"));
}

async fn errors_carry_a_status_that_says_what_kind_they_are(app: TestApp) {
    let client = reqwest::Client::new();
    let status = |endpoint: &'static str, fields: Vec<(&'static str, &'static str)>| {
        let request = client
            .post(app.url(&format!("/api/{endpoint}")))
            .form(&fields);
        async move { request.send().await.unwrap().status() }
    };
    assert_eq!(
        status(
            "update_profile",
            vec![("display_name", "x"), ("neighbourhood", "")]
        )
        .await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        status("login", vec![("email", "a@b.dk"), ("password", "x")]).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        status("set_language", vec![("lang", "xx")]).await,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(status("login", vec![]).await, StatusCode::BAD_REQUEST);

    // A browser's plain form post is sent back to its page, error and all.
    let form_post = app
        .visitor()
        .post_form_from("/login", "login", &[("email", "a@b.dk"), ("password", "x")])
        .await;
    assert_eq!(form_post.status(), StatusCode::FOUND);
    let location = form_post.headers()["location"].to_str().unwrap();
    assert!(
        location.contains("/login?") && location.contains("__err="),
        "{location}"
    );
}

async fn a_get_never_runs_a_server_function(app: TestApp) {
    let citizen = app.citizen("Mette").await;
    let (status, _) = citizen.get("/api/logout").await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(citizen.account_id().await.is_some(), "still logged in");
}

async fn an_unknown_language_is_refused(app: TestApp) {
    let result = app
        .visitor()
        .run(SetLanguage {
            lang: "xx".to_owned(),
        })
        .await;
    assert_eq!(result, Err(AppError::BadRequest));
}

async fn an_unknown_address_is_a_404_page(app: TestApp) {
    let (status, page) = app.visitor().get("/findes-ikke").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(page.contains("Siden findes ikke"));
}

fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("forsamling_session="))
        .map(str::to_owned)
}

fn cookie_value(set_cookie: &str) -> String {
    set_cookie.split(';').next().unwrap_or_default().to_owned()
}

async fn log_in_raw(app: &TestApp, cookie: Option<&str>) -> reqwest::Response {
    let client = reqwest::Client::new();
    let mut request = client
        .post(app.url("/api/login"))
        .form(&[("email", "mette@example.dk"), ("password", PASSWORD)]);
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, cookie);
    }
    request.send().await.unwrap()
}

async fn session_cookie_is_http_only_and_same_site(app: TestApp) {
    app.citizen("Mette").await;
    let response = log_in_raw(&app, None).await;
    let cookie = session_cookie(&response).expect("a session cookie");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    // Served over plain http here, so not Secure (it would never be sent back).
    assert!(!cookie.contains("Secure"), "{cookie}");
}

#[tokio::test]
async fn cookies_are_secure_when_the_site_is_served_over_https() {
    let app = TestApp::spawn_at(Backend::Sqlite, Some("https://forsamling.example"))
        .await
        .unwrap();
    app.citizen("Mette").await;
    let cookie = session_cookie(&log_in_raw(&app, None).await).expect("a session cookie");
    assert!(cookie.contains("Secure"), "{cookie}");
    let language = reqwest::Client::new()
        .post(app.url("/api/set_language"))
        .form(&[("lang", "en")])
        .send()
        .await
        .unwrap();
    let lang_cookie = language
        .headers()
        .get(SET_COOKIE)
        .unwrap()
        .to_str()
        .unwrap();
    assert!(lang_cookie.contains("Secure"), "{lang_cookie}");
}

async fn the_session_id_changes_at_log_in(app: TestApp) {
    app.citizen("Mette").await;
    let first = cookie_value(&session_cookie(&log_in_raw(&app, None).await).unwrap());
    let second_response = log_in_raw(&app, Some(&first)).await;
    let second = cookie_value(&session_cookie(&second_response).unwrap());
    assert_ne!(first, second);
    // The old id is worth nothing now.
    let old = reqwest::Client::new()
        .post(app.url("/api/site_info"))
        .header(COOKIE, &first)
        .send()
        .await
        .unwrap()
        .json::<serde_json::Value>()
        .await
        .unwrap();
    assert!(old["account"].is_null(), "{old}");
}

/// The status of Mette's log-in, posted with `headers` (where the browser says it came from).
async fn log_in_status(app: &TestApp, headers: &[(&str, &str)]) -> StatusCode {
    let mut request = reqwest::Client::new()
        .post(app.url("/api/login"))
        .form(&[("email", "mette@example.dk"), ("password", PASSWORD)]);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.unwrap().status()
}

async fn a_cross_site_post_is_refused(app: TestApp) {
    app.citizen("Mette").await;
    assert_eq!(
        log_in_status(&app, &[("Origin", "https://evil.example")]).await,
        StatusCode::FORBIDDEN
    );
    let fetch_metadata = reqwest::Client::new()
        .post(app.url("/api/logout"))
        .header("Sec-Fetch-Site", "cross-site")
        .send()
        .await
        .unwrap();
    assert_eq!(fetch_metadata.status(), StatusCode::FORBIDDEN);
    let origin = format!("http://{}", app.addr);
    let same_origin = log_in_status(
        &app,
        &[("Origin", &origin), ("Sec-Fetch-Site", "same-origin")],
    )
    .await;
    assert!(same_origin.is_success(), "{same_origin}");
}

async fn expired_sessions_are_purged_and_never_loaded(app: TestApp) {
    let store = DbSessionStore::new(app.db().clone());
    let mut record = tower_sessions::session::Record {
        id: Default::default(),
        data: Default::default(),
        expiry_date: time::OffsetDateTime::now_utc() - time::Duration::minutes(1),
    };
    store.create(&mut record).await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 1);
    assert!(store.load(&record.id).await.unwrap().is_none());
    assert_eq!(store.delete_expired().await.unwrap(), 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 0);
}

async fn a_session_is_written_when_it_changes_not_on_every_request(app: TestApp) {
    let stored_end = || app.count("SELECT MAX(expires_at) FROM sessions");
    let citizen = app.citizen("sigrid").await;
    let end = stored_end().await;
    // Pages and server functions read the session (and slide its cookie) without a write.
    citizen.get("/").await;
    citizen.account().await.expect("still logged in");
    assert_eq!(stored_end().await, end);

    let store = DbSessionStore::new(app.db().clone());
    let id: String = sqlx::query_scalar("SELECT id FROM sessions")
        .fetch_one(app.db().pool())
        .await
        .unwrap();
    let mut record = store.load(&id.parse().unwrap()).await.unwrap().unwrap();
    // An end moved by minutes is not written; by more than an hour it is.
    record.expiry_date += time::Duration::minutes(5);
    store.save(&record).await.unwrap();
    assert_eq!(stored_end().await, end);
    record.expiry_date += time::Duration::hours(2);
    store.save(&record).await.unwrap();
    assert_eq!(stored_end().await, record.expiry_date.unix_timestamp());
    // Changed data is written at once.
    record.data.insert("seen".into(), serde_json::json!(true));
    store.save(&record).await.unwrap();
    assert!(
        store
            .load(&record.id)
            .await
            .unwrap()
            .unwrap()
            .data
            .contains_key("seen")
    );
    // A session deleted meanwhile (logged out elsewhere) is not brought back by a save.
    store.delete(&record.id).await.unwrap();
    store.save(&record).await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 0);
}

async fn a_database_newer_than_the_program_is_refused(app: TestApp) {
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (99990101000000, 'from the future', TRUE, $1, 0)",
    )
    .bind(vec![0_u8; 48])
    .execute(app.db().pool())
    .await
    .unwrap();
    let error = app.db().migrate().await.unwrap_err();
    assert!(
        matches!(
            error,
            app::db::SetupError::NewerSchema {
                database: 99990101000000,
                ..
            }
        ),
        "{error}"
    );
    assert!(error.to_string().contains("newer"), "{error}");
}

async fn user_text_is_rendered_as_text(app: TestApp) {
    let visitor = app.visitor();
    let name = "<script>alert(1)</script>";
    visitor
        .register(name, "xss@example.dk", PASSWORD)
        .await
        .unwrap();
    app.confirm(&visitor, "xss@example.dk", 1).await;
    let (_, page) = visitor.get("/account").await;
    assert!(!page.contains("<script>alert(1)</script>"));
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{page}"
    );
}

async fn roles_are_read_from_the_database_on_every_request(app: TestApp) {
    let moderator = app.with_role("Mads", Role::Moderator).await;
    assert_eq!(
        moderator.account().await.expect("logged in").roles,
        [Role::Moderator]
    );
    let id = moderator.account_id().await.unwrap();
    app::accounts::store::revoke_role(app.db(), id, Role::Moderator)
        .await
        .unwrap();
    assert_eq!(
        moderator.account().await.expect("logged in").roles,
        Vec::<Role>::new()
    );
}

/// A running `server` binary, stopped when dropped.
struct ServerProcess {
    child: Child,
    base: String,
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn start_server_process(database_url: String) -> ServerProcess {
    tokio::task::spawn_blocking(move || {
        let mut child = Command::new(env!("CARGO_BIN_EXE_server"))
            .arg("serve")
            .env("DATABASE_URL", database_url)
            .env("FORSAMLING_ADDR", "127.0.0.1:0")
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the server binary");
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = std::io::BufReader::new(stdout).lines();
        let base = loop {
            let line = lines
                .next()
                .expect("the server says where it serves")
                .expect("a line");
            if let Some(url) = line.strip_prefix("forsamling is serving at ") {
                break url.trim().to_owned();
            }
        };
        ServerProcess { child, base }
    })
    .await
    .unwrap()
}

async fn a_log_in_through_one_server_process_holds_in_another(app: TestApp) {
    // Two processes of the real binary on the test's database, as behind a load balancer.
    let first = start_server_process(app.database.url.clone()).await;
    let second = start_server_process(app.database.url.clone()).await;
    let through_first = Visitor::new(&first.base);
    through_first
        .register("Delt Session", "delt@example.dk", PASSWORD)
        .await
        .unwrap();
    // The processes write their emails to the log: the address is confirmed directly, and
    // the log-in happens through the first process.
    let id = app::accounts::store::account_id_by_email(app.db(), "delt@example.dk")
        .await
        .unwrap()
        .unwrap();
    let mut tx = app.db().begin_write().await.unwrap();
    app::accounts::store::confirm_email(&mut tx, id, app::db::now())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    through_first
        .log_in("delt@example.dk", PASSWORD)
        .await
        .unwrap();
    let through_second = through_first.with_base(&second.base);
    assert_eq!(
        through_second.display_name().await.as_deref(),
        Some("Delt Session")
    );
    through_second.log_out().await.unwrap();
    assert_eq!(through_first.account_id().await, None);
}

#[tokio::test]
async fn sqlite_is_set_up_for_a_web_server() {
    let database = TestDatabase::create(Backend::Sqlite).await.unwrap();
    let journal: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(database.db.pool())
        .await
        .unwrap();
    assert_eq!(journal, "wal");
    let foreign_keys: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
        .fetch_one(database.db.pool())
        .await
        .unwrap();
    assert_eq!(foreign_keys, 1);
    let busy_timeout: i64 = sqlx::query_scalar("PRAGMA busy_timeout")
        .fetch_one(database.db.pool())
        .await
        .unwrap();
    assert!(busy_timeout >= 5000);
}

#[tokio::test]
async fn site_files_go_out_precompressed_and_are_revalidated_unless_hashed() {
    let site = std::env::temp_dir().join(format!("forsamling-site-{}", std::process::id()));
    std::fs::create_dir_all(site.join("pkg")).unwrap();
    std::fs::write(site.join("pkg/forsamling.js"), "plain bundle").unwrap();
    std::fs::write(site.join("pkg/forsamling.js.br"), "brotli copy").unwrap();
    std::fs::write(site.join("pkg/forsamling.js.gz"), "gzip copy").unwrap();
    let root = site.display().to_string();
    let app = TestApp::spawn_tuned(Backend::Sqlite, |config| config.site_root = root).await;
    let client = reqwest::Client::new();
    let fetch = |encoding: &'static str| {
        client
            .get(app.url("/pkg/forsamling.js"))
            .header("accept-encoding", encoding)
            .send()
    };
    let header = |response: &reqwest::Response, name: &str| {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
    };
    // The copy made at build time is sent as it is, not compressed again.
    let brotli = fetch("br, gzip").await.unwrap();
    assert_eq!(header(&brotli, "content-encoding").as_deref(), Some("br"));
    // This test binary has no hash.txt beside it, so the name is not a content hash: the
    // browser may keep the file but must ask each time.
    assert_eq!(
        header(&brotli, "cache-control").as_deref(),
        Some("public, no-cache")
    );
    assert_eq!(brotli.text().await.unwrap(), "brotli copy");
    let gzip = fetch("gzip").await.unwrap();
    assert_eq!(header(&gzip, "content-encoding").as_deref(), Some("gzip"));
    assert_eq!(gzip.text().await.unwrap(), "gzip copy");
    let plain = fetch("identity").await.unwrap();
    assert_eq!(header(&plain, "content-encoding"), None);
    assert_eq!(plain.text().await.unwrap(), "plain bundle");
    // Pages keep no-store, also the 404 page rendered behind the files.
    let (status, _) = app.visitor().get("/pkg/findes-ikke.js").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let missing = client
        .get(app.url("/pkg/findes-ikke.js"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        header(&missing, "cache-control").as_deref(),
        Some("no-store")
    );
    let page = client.get(app.url("/")).send().await.unwrap();
    assert_eq!(header(&page, "cache-control").as_deref(), Some("no-store"));
    // Pages are compressed as they are sent.
    let plain_page = page.bytes().await.unwrap();
    let brotli_page = client
        .get(app.url("/"))
        .header("accept-encoding", "br, gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(
        header(&brotli_page, "content-encoding").as_deref(),
        Some("br")
    );
    let brotli_page = brotli_page.bytes().await.unwrap();
    assert!(
        brotli_page.len() < plain_page.len(),
        "{} of {}",
        brotli_page.len(),
        plain_page.len()
    );
    let _ = std::fs::remove_dir_all(site);
}
