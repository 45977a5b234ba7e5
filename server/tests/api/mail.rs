//! Emails through a real SMTP conversation: the platform's mail client (lettre) talks to the
//! test's own SMTP server (`mailbox`), which keeps what it was sent. A mail server that
//! cannot be reached never undoes the decision the email is about. Without an SMTP server
//! the email is written to the server's log, where the flow can be followed.

use crate::helpers::{Backend, TestApp, reject, send_back, waiting_for_review};
use app::initiatives::detail::Initiative;
use app::initiatives::kind::State;
use app::notifications::Kind as Notice;
use app::notifications::page::MyNotifications;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn initiators_are_emailed_through_the_smtp_server() {
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let (_, id, moderator) = waiting_for_review(&app, "Gadefest").await;
    send_back(&moderator, id, "Skriv hvor den skal holdes")
        .await
        .unwrap();
    // The first email confirmed her address; the second tells of the decision.
    let mail = app.mailbox().next("mette@example.dk", 2).await;
    assert_eq!(mail.to, ["mette@example.dk"]);
    assert_eq!(mail.from, "noreply@example.dk");
    assert!(mail.subject.contains("Gadefest"), "{mail:?}");
    assert!(mail.body.contains("Skriv hvor den skal holdes"), "{mail:?}");
    let link = app.url(&format!("/initiatives/{id}"));
    assert!(mail.body.contains(&link), "{mail:?}");
    // One click stops this kind of email, in the body and in the header.
    let unsubscribe = mail.link("/unsubscribe/").expect("an unsubscribe link");
    assert_eq!(
        mail.list_unsubscribe.as_deref(),
        Some(format!("<{unsubscribe}>").as_str())
    );
    assert_eq!(
        app.mailbox().to("mona@example.dk").len(),
        1,
        "only her own link"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mail_server_that_cannot_be_reached_does_not_undo_the_decision() {
    // Nothing listens on port 9 of this machine.
    let app = TestApp::spawn_with(Backend::Sqlite, None, Some("smtp://127.0.0.1:9"))
        .await
        .unwrap();
    let (mette, id, moderator) = waiting_for_review(&app, "Gadefest").await;
    reject(&moderator, id, "Nej").await.unwrap();
    let seen = mette.run(Initiative { id }).await.unwrap();
    assert_eq!(seen.state, State::Rejected);
    let told = mette.run(MyNotifications {}).await.unwrap();
    assert_eq!(
        told[0].kind,
        Notice::Rejected,
        "told on the platform all the same"
    );
}

/// Everything the platform logs under the mail target, for the whole test binary: tracing's
/// global subscriber can be set once, and the server's handlers run on other threads.
fn mail_log() -> Arc<Mutex<Vec<u8>>> {
    use std::sync::OnceLock;
    static LOG: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOG.get_or_init(|| {
        let log: Arc<Mutex<Vec<u8>>> = Arc::default();
        let writer = log.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_env_filter("forsamling::mail=info")
            .with_ansi(false)
            .with_writer(move || LogWriter(writer.clone()))
            .finish();
        tracing::subscriber::set_global_default(subscriber).expect("one global subscriber");
        log
    })
    .clone()
}

struct LogWriter(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for LogWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_an_smtp_server_the_email_is_written_to_the_log() {
    let log = mail_log();
    let app = TestApp::spawn_logging_mail(Backend::Sqlite).await.unwrap();
    let (_, id, moderator) = waiting_for_review(&app, "Loppemarked ved søen").await;
    send_back(&moderator, id, "Skriv hvilken dag det er")
        .await
        .unwrap();
    let mut logged = String::new();
    for _ in 0..50 {
        logged = String::from_utf8_lossy(&log.lock().unwrap()).into_owned();
        if logged.contains("Skriv hvilken dag det er") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // One log event; the body may run over several lines.
    assert!(
        logged.contains("Skriv hvilken dag det er"),
        "the reason is in the logged email: {logged}"
    );
    assert!(logged.contains("to=mette@example.dk"), "{logged}");
    assert!(logged.contains("no SMTP server configured"), "{logged}");
    assert!(logged.contains("Loppemarked ved søen"), "{logged}");
}
