//! The end-to-end tests' mail server: the integration tests' SMTP mailbox, run on its own,
//! with a small HTTP side that answers what it received, so the browser tests take their
//! confirmation and reset links out of real mail.
//!
//! `cargo run -p server --example mailbox -- SMTP_ADDR HTTP_ADDR`, then
//! `GET /mail?to=someone@example.dk` answers that address's mail, oldest first, as JSON.

#[path = "../tests/api/mailbox.rs"]
mod mailbox;

use axum::extract::{Query, State};
use axum::routing::get;
use axum::{Json, Router};
use mailbox::{Mail, Mailbox};
use std::collections::HashMap;

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let smtp = args.next().unwrap_or_else(|| "127.0.0.1:3125".to_owned());
    let http = args.next().unwrap_or_else(|| "127.0.0.1:3126".to_owned());
    let mailbox = Mailbox::start(Some(smtp.parse().expect("an SMTP address"))).await;
    let app = Router::new()
        .route("/mail", get(mail))
        .route("/healthz", get(|| async { "ok" }))
        .with_state(mailbox);
    let listener = tokio::net::TcpListener::bind(&http)
        .await
        .expect("bind the HTTP side");
    axum::serve(listener, app).await.expect("serve");
}

async fn mail(
    State(mailbox): State<Mailbox>,
    Query(query): Query<HashMap<String, String>>,
) -> Json<Vec<Mail>> {
    Json(match query.get("to") {
        Some(to) => mailbox.to(to),
        None => mailbox.all(),
    })
}
