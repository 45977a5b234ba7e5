//! The HTTP side: the leptos pages and server functions, sessions in the database, and the
//! middleware every request passes (security headers, cross-site post refusal, body limit).

use crate::config::Config;
use app::db::Db;
use app::db::session_store::DbSessionStore;
use app::error::AppError;
use app::state::AppState;
use app::{App, shell};
use axum::Router;
use axum::body::Body;
use axum::extract::{FromRef, Request, State};
use axum::handler::HandlerWithoutStateExt as _;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get, post};
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list, handle_server_fns_with_context};
use std::time::Duration;
use tower::Layer as _;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

/// Sessions end after two weeks without a visit.
const SESSION_IDLE: tower_sessions::cookie::time::Duration =
    tower_sessions::cookie::time::Duration::days(14);

/// No form of the platform needs more than this; larger bodies are refused before parsing.
const BODY_LIMIT: usize = 256 * 1024;

#[derive(Clone)]
struct ServerState {
    leptos: LeptosOptions,
    app: AppState,
}

impl FromRef<ServerState> for LeptosOptions {
    fn from_ref(state: &ServerState) -> Self {
        state.leptos.clone()
    }
}

/// The leptos options, built from our own configuration so the binary runs the same
/// whether started by cargo-leptos, `make run` or a test.
pub fn leptos_options(config: &Config) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("forsamling")
        .site_root(config.site_root.clone())
        .site_pkg_dir("pkg")
        .site_addr(config.addr)
        .hash_files(files_are_hashed())
        .build()
}

/// cargo-leptos names the bundle and stylesheet by their content (`hash-files` in
/// Cargo.toml) and writes the names to `hash.txt` beside the server binary, where leptos
/// reads them. A binary without one (a test binary, a plain `cargo build`) asks for the
/// plain names, which is what its site folder holds.
fn files_are_hashed() -> bool {
    std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.join(HASH_FILE)))
        .is_some_and(|file| file.is_file())
}

const HASH_FILE: &str = "hash.txt";

/// The app's routes, worked out once per process. Working them out runs the app with
/// resource loading switched off for the whole process (leptos_server's
/// `SuppressResourceLoad`), and a page that starts rendering on another thread meanwhile
/// waits forever (leptos issue #4773). That happened in the tests, which build a router per
/// test while other tests' servers render pages.
fn routes() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> =
        std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// What every server function can reach, from the configuration.
pub fn app_state(config: &Config, db: Db) -> AppState {
    AppState {
        db: db.clone(),
        secure_cookies: config.secure_cookies(),
        // `serve` has checked the mail settings before it got here; a router built with bad
        // ones (in a test) writes its emails to the log.
        mail: config.mail().unwrap_or_else(|error| {
            tracing::error!(%error, "mail settings refused; emails go to the log");
            app::mail::Mail::Log
        }),
        public_url: config.public_url.trim_end_matches('/').to_owned(),
        limits: std::sync::Arc::new(app::limits::Limits::new(&(&config.limits).into())),
        hashing: config.hashing(),
        summary_cache: Default::default(),
        settings: Default::default(),
    }
}

/// The whole application as one axum router.
pub fn router(config: &Config, db: Db) -> Router {
    router_for(config, app_state(config, db))
}

/// The router for a state made beforehand (the server's background jobs share it: the
/// limits they let forget are the ones the requests use).
pub fn router_for(config: &Config, app_state: AppState) -> Router {
    let db = app_state.db.clone();
    let state = ServerState {
        leptos: leptos_options(config),
        app: app_state.clone(),
    };
    let context = {
        let app_state = app_state.clone();
        move || provide_context(app_state.clone())
    };
    let routes = routes();

    let sessions = SessionManagerLayer::new(DbSessionStore::new(db))
        .with_name("forsamling_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(config.secure_cookies())
        .with_expiry(Expiry::OnInactivity(SESSION_IDLE));

    let server_fns = {
        let context = context.clone();
        move |request: Request| {
            let context = context.clone();
            async move {
                match server_fn_known(request.uri().path(), request.method()) {
                    Known::Yes => handle_server_fns_with_context(context, request)
                        .await
                        .into_response(),
                    Known::OtherMethod => {
                        app_error(StatusCode::METHOD_NOT_ALLOWED, &AppError::BadRequest)
                    }
                    Known::No => app_error(StatusCode::NOT_FOUND, &AppError::NotFound),
                }
            }
        }
    };

    Router::new()
        .route("/healthz", get(healthz))
        // Server functions are POST only: a GET never changes anything. An unknown one is
        // the platform's own 404, not the framework's developer text.
        .route("/api/{*name}", any(server_fns))
        // Downloads are reading only, so GET: the summary's tables as CSV files, and one's
        // own data. A mail program's one-click unsubscribe posts to the link it was given.
        .merge(
            Router::new()
                .route("/summary/csv/{table}", get(app::summary::csv::download))
                .route("/account/data", get(app::accounts::personal_data::download))
                // Calendar files: one initiative, what is coming up, and one's own (by the
                // secret key in its address, for calendar programs that cannot log in).
                .route(
                    "/calendar/initiative/{file}",
                    get(app::calendar::routes::initiative),
                )
                .route(
                    "/calendar/upcoming.ics",
                    get(app::calendar::routes::upcoming),
                )
                .route("/calendar/mine/{file}", get(app::calendar::routes::mine))
                .route(
                    "/unsubscribe/{account}/{topic}/{key}",
                    post(app::notifications::unsubscribe::one_click),
                )
                .with_state(app_state.clone()),
        )
        .leptos_routes_with_context(&state, routes, context.clone(), {
            let options = state.leptos.clone();
            move || shell(options.clone())
        })
        // The site's files, and the 404 page for any other address. Not leptos_axum's
        // `file_and_error_handler`: it looks up response options for a file from whatever
        // reactive owner its thread had current, which can be a page rendering at the same
        // moment, and took that page's headers (its CSP among them) for the file, so the
        // page's scripts were blocked.
        //
        // Brotli and gzip copies made at build time (`--precompress`) are sent as they are,
        // so the bundle is compressed once, at the highest level, not on every request.
        .fallback_service(
            middleware::from_fn_with_state(state.leptos.hash_files, site_file_caching).layer(
                ServeDir::new(&config.site_root)
                    .precompressed_br()
                    .precompressed_gzip()
                    .fallback(
                        {
                            let render = leptos_axum::render_app_async_with_context(context, {
                                let options = state.leptos.clone();
                                move || shell(options.clone())
                            });
                            move |request: Request| render(request)
                        }
                        .into_service(),
                    ),
            ),
        )
        .layer(sessions)
        .layer(middleware::from_fn_with_state(
            config.proxies(),
            client_address,
        ))
        .layer(middleware::from_fn(error_status))
        .layer(middleware::from_fn(refuse_cross_site_posts))
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            // Same-origin referrers are what lets a form post without JavaScript return to
            // its page; nothing leaves the site.
            HeaderValue::from_static("same-origin"),
        ))
        // Pages send their own policy, with the nonce leptos writes on each of their
        // scripts (see `app::site::security`); everything else gets this one.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(app::site::security::NOT_A_PAGE_POLICY),
        ))
        .layer(middleware::from_fn(no_store))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// The router the demo data is loaded through: the same, but its emails go to the log, so
/// that nothing is sent to the demo's made-up addresses.
pub fn demo_router(config: &Config, db: Db) -> Router {
    let config = Config {
        smtp_url: None,
        // The demo's people all come from inside the process, one after the other.
        limits: app::limits::Settings::off().into(),
        ..config.clone()
    };
    router(&config, db)
}

/// 200 when the database answers, 503 when it does not.
async fn healthz(State(state): State<ServerState>) -> Response {
    if state.app.db.is_healthy().await {
        (StatusCode::OK, "ok").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
    }
}

/// Server functions have no CSRF protection of their own. Session cookies are SameSite=Lax,
/// which keeps them off cross-site posts in current browsers; this refuses such posts
/// outright, judged by the browser's own `Sec-Fetch-Site` and `Origin` headers.
async fn refuse_cross_site_posts(request: Request<Body>, next: Next) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if !safe && is_cross_site(&request) {
        tracing::warn!(uri = %request.uri(), "refused a cross-site post");
        return (
            StatusCode::FORBIDDEN,
            "cross-site requests are not accepted",
        )
            .into_response();
    }
    next.run(request).await
}

fn is_cross_site(request: &Request<Body>) -> bool {
    let headers = request.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return site == "cross-site" || site == "same-site";
    }
    let (Some(origin), Some(host)) = (
        headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        headers.get(header::HOST).and_then(|v| v.to_str().ok()),
    ) else {
        // No browser sends a cross-site post without Origin; tools and tests send neither.
        return false;
    };
    let origin_host = origin
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or(origin);
    origin == "null" || origin_host != host
}

/// Pages and answers can hold personal data (a name, one's notifications, a moderator's
/// queue): no browser or proxy cache keeps them. Files that are the same for everyone (the
/// bundle, the stylesheet, the icon) are left to their own caching.
async fn no_store(request: Request<Body>, next: Next) -> Response {
    let mut response = next.run(request).await;
    let personal = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_none_or(|kind| {
            ["text/html", "application/json", "text/csv", "text/plain"]
                .iter()
                .any(|personal| kind.starts_with(personal))
        });
    if personal && !response.headers().contains_key(header::CACHE_CONTROL) {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// A bundle file named by its content never changes: browsers keep it a year without
/// asking again, and a new build is fetched under its new name. Other site files (the
/// icon, an unhashed bundle in development) are kept but checked with the server each
/// time, which answers "not modified" from their date.
async fn site_file_caching(
    State(hashed): State<bool>,
    request: Request<Body>,
    next: Next,
) -> Response {
    let bundle = request.uri().path().starts_with("/pkg/");
    let mut response = next.run(request).await;
    let file = response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED;
    let page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|kind| kind.as_bytes().starts_with(b"text/html"));
    if file && !page && !response.headers().contains_key(header::CACHE_CONTROL) {
        let caching = if bundle && hashed {
            "public, max-age=31536000, immutable"
        } else {
            "public, no-cache"
        };
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(caching));
    }
    response
}

/// Whether a path under /api/ is one of the app's server functions.
enum Known {
    Yes,
    OtherMethod,
    No,
}

fn server_fn_known(path: &str, method: &Method) -> Known {
    static PATHS: std::sync::OnceLock<Vec<(&'static str, Method)>> = std::sync::OnceLock::new();
    let paths = PATHS.get_or_init(|| leptos::server_fn::axum::server_fn_paths().collect());
    let mut same_path = paths.iter().filter(|(known, _)| *known == path).peekable();
    if same_path.peek().is_none() {
        Known::No
    } else if same_path.any(|(_, known)| known == method) {
        Known::Yes
    } else {
        Known::OtherMethod
    }
}

/// An error as the server functions answer it: the error as JSON, with its status.
fn app_error(status: StatusCode, error: &AppError) -> Response {
    let body = serde_json::to_string(error).unwrap_or_default();
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body,
    )
        .into_response()
}

/// Works out where the request comes from (see `app::limits::client`) and hands it on to
/// the server functions as a request extension.
async fn client_address(
    State(proxies): State<app::limits::client::Proxies>,
    mut request: Request<Body>,
    next: Next,
) -> Response {
    let peer = request
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|info| info.0.ip());
    let source = proxies.client(peer, request.headers());
    request.extensions_mut().insert(source);
    next.run(request).await
}

/// server_fn answers every error with 500. Logs and monitoring should tell a refused form
/// from a fault, so the status is set from the error's code (the browser reads the body,
/// whatever the status).
async fn error_status(request: Request<Body>, next: Next) -> Response {
    let response = next.run(request).await;
    // A plain form post gets a redirect back to its page instead (the error is in the URL);
    // that redirect must stay.
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !response.headers().contains_key("serverfnerror")
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, BODY_LIMIT).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "").into_response();
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status = match error {
            AppError::NotLoggedIn => StatusCode::UNAUTHORIZED,
            AppError::Forbidden | AppError::Suspended | AppError::NotConfirmed => {
                StatusCode::FORBIDDEN
            }
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::TooMany(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Busy(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        };
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// Sends the weekly digests that are due, every quarter of an hour. With several server
/// processes each account is still sent one (see `notifications::store::send_digests`).
pub fn spawn_digests(state: AppState) {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(Duration::from_secs(15 * 60));
        loop {
            interval.tick().await;
            match app::notifications::store::send_digests(&state, app::db::now()).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(sent = n, "weekly digests sent"),
                Err(error) => tracing::warn!(%error, "sending weekly digests failed"),
            }
        }
    });
}

/// Sends the reminders due the day before, every five minutes. With several server
/// processes each is still sent once (see `app::reminders`).
pub fn spawn_reminders(state: AppState) {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(Duration::from_secs(5 * 60));
        loop {
            interval.tick().await;
            match app::reminders::send_due(&state, app::db::now()).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(initiatives = n, "reminders sent"),
                Err(error) => tracing::warn!(%error, "sending reminders failed"),
            }
        }
    });
}

/// Keeps the retention rules of the privacy notice: expired sessions, links a day after
/// they expired, accounts unconfirmed for 30 days; and lets the limits forget the addresses
/// and accounts whose quota is full again. Hourly.
/// Computes the politicians' summary presets again every few minutes, so that the page
/// opened first is precomputed (see `app::summary::fresh`).
pub fn spawn_summaries(state: AppState) {
    tokio::spawn(async move {
        let every = Duration::from_secs(app::summary::fresh::REFRESH_EVERY);
        let mut interval = tokio::time::interval(every);
        loop {
            // The first tick is at once: the presets are ready soon after the start.
            interval.tick().await;
            match app::summary::fresh::refresh(&state.db, &state.summary_cache).await {
                Ok(n) => tracing::debug!(views = n, "summary presets computed"),
                Err(error) => tracing::warn!(%error, "computing the summary's presets failed"),
            }
        }
    });
}

pub fn spawn_purge(state: AppState) {
    tokio::spawn(async move {
        let db = state.db.clone();
        let store = DbSessionStore::new(db.clone());
        let mut interval = tokio::time::interval(Duration::from_secs(60 * 60));
        loop {
            // The first tick is at once: the planner's statistics are fresh from the start.
            interval.tick().await;
            if let Err(error) = db.optimize().await {
                tracing::warn!(%error, "updating the planner's statistics failed");
            }
            state.limits.forget_old();
            match store.delete_expired().await {
                Ok(0) => {}
                Ok(n) => tracing::info!(deleted = n, "expired sessions purged"),
                Err(error) => tracing::warn!(%error, "purging expired sessions failed"),
            }
            let now = app::db::now();
            if let Err(error) = app::accounts::tokens::purge(&db, now).await {
                tracing::warn!(%error, "purging expired links failed");
            }
            let month_ago = now.minus(30 * app::timestamp::DAY);
            match app::accounts::store::purge_unconfirmed(&db, month_ago).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(deleted = n, "unconfirmed accounts deleted after 30 days"),
                Err(error) => tracing::warn!(%error, "deleting unconfirmed accounts failed"),
            }
        }
    });
}
