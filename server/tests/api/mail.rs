//! Emails through a real SMTP conversation: the platform's mail client (lettre) talks to a
//! small SMTP receiver started by the test, which keeps what it was sent. A mail server that
//! cannot be reached never undoes the decision the email is about. Without an SMTP server
//! the email is written to the server's log, where the flow can be followed.

use crate::helpers::{Backend, TestApp, proposed_initiative, reject, send_back};
use app::accounts::role::Role;
use app::initiatives::detail::Initiative;
use app::initiatives::kind::State;
use app::notifications::Kind as Notice;
use app::notifications::page::MyNotifications;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// One email as the SMTP receiver got it: the envelope's recipients and the message.
#[derive(Clone, Debug, Default)]
struct Received {
    from: String,
    to: Vec<String>,
    data: String,
}

/// Accepts SMTP connections on a free port and keeps every message; answers the address.
async fn smtp_receiver() -> (String, Arc<Mutex<Vec<Received>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let inbox: Arc<Mutex<Vec<Received>>> = Arc::default();
    let kept = inbox.clone();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let inbox = kept.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read).lines();
                let _ = write.write_all(b"220 test ESMTP\r\n").await;
                let mut current = Received::default();
                while let Ok(Some(line)) = lines.next_line().await {
                    let command = line.to_ascii_uppercase();
                    let reply: &[u8] = if command.starts_with("EHLO") || command.starts_with("HELO")
                    {
                        b"250 test\r\n"
                    } else if command.starts_with("MAIL FROM:") {
                        current.from = line[10..].trim().to_owned();
                        b"250 OK\r\n"
                    } else if command.starts_with("RCPT TO:") {
                        current.to.push(line[8..].trim().to_owned());
                        b"250 OK\r\n"
                    } else if command == "DATA" {
                        let _ = write.write_all(b"354 go on\r\n").await;
                        while let Ok(Some(data)) = lines.next_line().await {
                            if data == "." {
                                break;
                            }
                            current.data.push_str(&data);
                            current.data.push('\n');
                        }
                        inbox.lock().unwrap().push(std::mem::take(&mut current));
                        b"250 kept\r\n"
                    } else if command == "QUIT" {
                        let _ = write.write_all(b"221 bye\r\n").await;
                        return;
                    } else {
                        b"250 OK\r\n"
                    };
                    if write.write_all(reply).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    (format!("smtp://{addr}"), inbox)
}

async fn wait_for(inbox: &Arc<Mutex<Vec<Received>>>, count: usize) -> Vec<Received> {
    for _ in 0..100 {
        if inbox.lock().unwrap().len() >= count {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    inbox.lock().unwrap().clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn initiators_are_emailed_through_the_smtp_server() {
    let (smtp_url, inbox) = smtp_receiver().await;
    let app = TestApp::spawn_with(Backend::Sqlite, None, Some(&smtp_url))
        .await
        .unwrap();
    let mette = app.citizen("Mette").await;
    let id = proposed_initiative(&mette, "Gadefest").await;
    let moderator = app.with_role("Mona", Role::Moderator).await;
    send_back(&moderator, id, "Skriv hvor den skal holdes")
        .await
        .unwrap();
    let received = wait_for(&inbox, 1).await;
    assert_eq!(received.len(), 1, "one initiator, one email");
    assert_eq!(received[0].to, ["<mette@example.dk>"]);
    assert_eq!(received[0].from, "<noreply@example.dk>");
    assert!(
        received[0].data.contains("To: mette@example.dk"),
        "{}",
        received[0].data
    );
    assert!(
        received[0].data.contains("Subject:"),
        "{}",
        received[0].data
    );
    assert!(
        received[0]
            .data
            .contains("From: Forsamlingshuset <noreply@example.dk>"),
        "{}",
        received[0].data
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mail_server_that_cannot_be_reached_does_not_undo_the_decision() {
    // Nothing listens on port 9 of this machine.
    let app = TestApp::spawn_with(Backend::Sqlite, None, Some("smtp://127.0.0.1:9"))
        .await
        .unwrap();
    let mette = app.citizen("Mette").await;
    let id = proposed_initiative(&mette, "Gadefest").await;
    let moderator = app.with_role("Mona", Role::Moderator).await;
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
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let mette = app.citizen("Mette").await;
    let id = proposed_initiative(&mette, "Loppemarked ved søen").await;
    let moderator = app.with_role("Mona", Role::Moderator).await;
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
