//! A real SMTP server for the tests, started on a free port, that keeps every message it
//! is sent, parsed. The SMTP conversation is the `mailin` crate's (the protocol engine of
//! mailin-embedded), driven by tokio so that any number of connections are served at once
//! (the platform's mail client keeps a pool of them); mail-parser decodes the
//! quoted-printable or base64 bodies and the headers. The platform talks to it through its own SMTP client, as it
//! would to the municipality's mail server. The end-to-end tests run the same module as
//! the `mailbox` example, which also answers what it received over HTTP.

#![allow(dead_code)]

use mailin::{Action, Handler, Response, SessionBuilder, response};
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

/// One email as the server received it.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Mail {
    /// The envelope's recipients.
    pub to: Vec<String>,
    /// The sender's address, from the `From` header.
    pub from: String,
    pub subject: String,
    /// The plain-text body, decoded.
    pub body: String,
    /// The `List-Unsubscribe` header, if any.
    pub list_unsubscribe: Option<String>,
}

impl Mail {
    /// The first link in the body whose path starts with `prefix` (such as "/confirm/").
    pub fn link(&self, prefix: &str) -> Option<String> {
        self.body
            .split_whitespace()
            .filter(|word| word.starts_with("http://") || word.starts_with("https://"))
            .find(|word| {
                word.split_once("://")
                    .and_then(|(_, rest)| rest.split_once('/'))
                    .is_some_and(|(_, path)| format!("/{path}").starts_with(prefix))
            })
            .map(|word| word.trim_end_matches(['.', ',', ')']).to_owned())
    }

    /// The last part of the link with `prefix`: the token it carries.
    pub fn token(&self, prefix: &str) -> Option<String> {
        self.link(prefix)
            .and_then(|link| link.rsplit('/').next().map(str::to_owned))
    }
}

/// One SMTP connection: the greeting, then each line through mailin's session, whose
/// answers go back until it says to close.
async fn converse(stream: tokio::net::TcpStream, peer: IpAddr, keeper: Keeper) {
    let (read, mut write) = stream.into_split();
    let mut session = SessionBuilder::new("mailbox.test").build(peer, keeper);
    let mut reader = BufReader::new(read);
    if reply(&mut write, &session.greeting()).await.is_err() {
        return;
    }
    let mut line = Vec::new();
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line).await {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let response = session.process(&line);
        match response.action {
            Action::NoReply => {}
            Action::Close => {
                let _ = reply(&mut write, &response).await;
                return;
            }
            Action::Reply | Action::UpgradeTls => {
                if reply(&mut write, &response).await.is_err() {
                    return;
                }
            }
        }
    }
}

async fn reply(
    write: &mut tokio::net::tcp::OwnedWriteHalf,
    response: &Response,
) -> std::io::Result<()> {
    write.write_all(&response.buffer()?).await
}

#[derive(Clone, Default)]
pub struct Mailbox {
    pub url: String,
    pub addr: Option<SocketAddr>,
    kept: Arc<Mutex<Vec<Mail>>>,
}

#[derive(Clone)]
struct Keeper {
    kept: Arc<Mutex<Vec<Mail>>>,
    to: Vec<String>,
    data: Vec<u8>,
}

impl Handler for Keeper {
    fn helo(&mut self, _ip: IpAddr, _domain: &str) -> Response {
        response::OK
    }

    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.to = to.to_vec();
        self.data.clear();
        response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        let parsed = mail_parser::MessageParser::default().parse(&self.data);
        let mail = match parsed {
            Some(message) => Mail {
                to: self.to.clone(),
                from: message
                    .from()
                    .and_then(|from| from.first())
                    .and_then(|from| from.address())
                    .unwrap_or_default()
                    .to_owned(),
                subject: message.subject().unwrap_or_default().to_owned(),
                body: message
                    .body_text(0)
                    .map(|body| body.replace("\r\n", "\n"))
                    .unwrap_or_default(),
                list_unsubscribe: message
                    .header_raw("List-Unsubscribe")
                    .map(|value| value.trim().to_owned()),
            },
            None => Mail {
                to: self.to.clone(),
                ..Mail::default()
            },
        };
        self.kept.lock().unwrap().push(mail);
        response::OK
    }
}

impl Mailbox {
    /// Starts a server on a free port of 127.0.0.1, or on `addr`.
    pub async fn start(addr: Option<SocketAddr>) -> Mailbox {
        let listener =
            tokio::net::TcpListener::bind(addr.unwrap_or_else(|| ([127, 0, 0, 1], 0).into()))
                .await
                .expect("bind the mailbox");
        let addr = listener.local_addr().expect("mailbox address");
        let kept: Arc<Mutex<Vec<Mail>>> = Arc::default();
        let keeping = kept.clone();
        tokio::spawn(async move {
            while let Ok((stream, peer)) = listener.accept().await {
                let keeper = Keeper {
                    kept: keeping.clone(),
                    to: Vec::new(),
                    data: Vec::new(),
                };
                tokio::spawn(converse(stream, peer.ip(), keeper));
            }
        });
        Mailbox {
            url: format!("smtp://{addr}"),
            addr: Some(addr),
            kept,
        }
    }

    /// Everything received so far.
    pub fn all(&self) -> Vec<Mail> {
        self.kept.lock().unwrap().clone()
    }

    /// Everything received for `address`.
    pub fn to(&self, address: &str) -> Vec<Mail> {
        self.all()
            .into_iter()
            .filter(|mail| mail.to.iter().any(|to| to.eq_ignore_ascii_case(address)))
            .collect()
    }

    /// Waits (up to ten seconds: emails leave after the action commits, in the background)
    /// for the `n`th email to `address` (counting from 1), and answers it.
    pub fn wait_for(&self, address: &str, n: usize) -> Mail {
        let start = Instant::now();
        loop {
            let mails = self.to(address);
            if mails.len() >= n {
                return mails[n - 1].clone();
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "email number {n} to {address} never came; got {mails:?}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Like `wait_for`, from async code.
    pub async fn next(&self, address: &str, n: usize) -> Mail {
        let mailbox = self.clone();
        let address = address.to_owned();
        tokio::task::spawn_blocking(move || mailbox.wait_for(&address, n))
            .await
            .expect("waiting for an email")
    }
}
