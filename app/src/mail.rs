//! Outgoing email. With an SMTP server configured (`FORSAMLING_SMTP_URL`), each email is sent
//! through it in the background, after the action that caused it has been committed: a
//! slow or broken mail server never holds up or undoes a decision, and a failure is logged.
//! Emails leave one at a time in the order they were written, so a person who registers and
//! then asks for a new password gets the confirmation first, as they would expect.
//! Without one, each email is written to the server log in full, where the flow can be seen.

use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::sync::{Arc, OnceLock};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};

type Transport = Arc<AsyncSmtpTransport<Tokio1Executor>>;

/// How email leaves the platform.
#[derive(Clone)]
pub enum Mail {
    /// No SMTP server: emails are written to the log.
    Log,
    Smtp {
        transport: Transport,
        from: Mailbox,
        /// The queue the one sending task reads; started by the first email, from inside
        /// the runtime (the configuration is read before there is one).
        outbox: Arc<OnceLock<UnboundedSender<Outgoing>>>,
    },
}

/// A written email and its address, for the log.
pub struct Outgoing {
    to: String,
    message: Message,
}

impl std::fmt::Debug for Mail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The transport holds the SMTP password: never print it.
        match self {
            Mail::Log => f.write_str("Mail::Log"),
            Mail::Smtp { from, .. } => write!(f, "Mail::Smtp(from {from})"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum MailSetupError {
    #[error("FORSAMLING_SMTP_URL is not a valid SMTP address: {0}")]
    Url(#[source] lettre::transport::smtp::Error),
    #[error("FORSAMLING_MAIL_FROM is not a valid sender (\"Name <address@host>\"): {0}")]
    From(#[source] lettre::address::AddressError),
}

impl Mail {
    /// From the configuration: `smtp_url` is lettre's URL form, such as
    /// `smtp://user:password@mail.example.dk:587?tls=required` (STARTTLS) or
    /// `smtps://user:password@mail.example.dk` (TLS from the start); `None` logs instead.
    pub fn from_config(smtp_url: Option<&str>, from: &str) -> Result<Mail, MailSetupError> {
        let Some(url) = smtp_url.map(str::trim).filter(|url| !url.is_empty()) else {
            return Ok(Mail::Log);
        };
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(MailSetupError::Url)?
            .build();
        let from = from.parse::<Mailbox>().map_err(MailSetupError::From)?;
        Ok(Mail::Smtp {
            transport: Arc::new(transport),
            from,
            outbox: Arc::default(),
        })
    }

    /// Sends one plain-text email in the background.
    pub fn send(&self, email: Email) {
        let Email {
            to,
            subject,
            body,
            unsubscribe,
        } = email;
        match self {
            Mail::Log => {
                tracing::info!(target: "forsamling::mail", %to, %subject, %body, "email (no SMTP server configured: logged instead)");
            }
            Mail::Smtp {
                transport,
                from,
                outbox,
            } => {
                let message = to
                    .parse::<Mailbox>()
                    .map_err(|e| e.to_string())
                    .and_then(|to| {
                        let mut builder = Message::builder()
                            .from(from.clone())
                            .to(to)
                            .subject(subject);
                        if let Some(link) = &unsubscribe {
                            // RFC 2369 and RFC 8058: mail programs show an "unsubscribe"
                            // button that posts to the link, no log-in needed.
                            builder = builder
                                .header(ListUnsubscribe(format!("<{link}>")))
                                .header(ListUnsubscribePost);
                        }
                        builder
                            .header(lettre::message::header::ContentType::TEXT_PLAIN)
                            .body(body)
                            .map_err(|e| e.to_string())
                    });
                let message = match message {
                    Ok(message) => message,
                    Err(error) => {
                        tracing::error!(target: "forsamling::mail", %to, %error, "email could not be written");
                        return;
                    }
                };
                let outbox = outbox.get_or_init(|| {
                    let (outbox, queue) = tokio::sync::mpsc::unbounded_channel();
                    tokio::spawn(deliver(transport.clone(), queue));
                    outbox
                });
                if outbox.send(Outgoing { to, message }).is_err() {
                    tracing::error!(target: "forsamling::mail", "the sending task has stopped; email dropped");
                }
            }
        }
    }
}

/// Sends what is queued, one email after another, until every sender is gone.
async fn deliver(transport: Transport, mut queue: UnboundedReceiver<Outgoing>) {
    while let Some(Outgoing { to, message }) = queue.recv().await {
        match transport.send(message).await {
            Ok(_) => tracing::info!(target: "forsamling::mail", %to, "email sent"),
            Err(error) => {
                tracing::error!(target: "forsamling::mail", %to, %error, "email could not be sent")
            }
        }
    }
}

/// One email to send: plain text, and for notifications the link that stops that kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email {
    pub to: String,
    pub subject: String,
    pub body: String,
    /// The one-click link that stops this kind of email (also put in the headers).
    pub unsubscribe: Option<String>,
}

#[derive(Clone)]
struct ListUnsubscribe(String);

impl lettre::message::header::Header for ListUnsubscribe {
    fn name() -> lettre::message::header::HeaderName {
        lettre::message::header::HeaderName::new_from_ascii_str("List-Unsubscribe")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribe(s.to_owned()))
    }

    fn display(&self) -> lettre::message::header::HeaderValue {
        lettre::message::header::HeaderValue::new(Self::name(), self.0.clone())
    }
}

#[derive(Clone)]
struct ListUnsubscribePost;

impl lettre::message::header::Header for ListUnsubscribePost {
    fn name() -> lettre::message::header::HeaderName {
        lettre::message::header::HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribePost)
    }

    fn display(&self) -> lettre::message::header::HeaderValue {
        lettre::message::header::HeaderValue::new(
            Self::name(),
            "List-Unsubscribe=One-Click".to_owned(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_smtp_address_means_the_log() {
        assert!(matches!(Mail::from_config(None, "x").unwrap(), Mail::Log));
        assert!(matches!(
            Mail::from_config(Some("  "), "x").unwrap(),
            Mail::Log
        ));
    }

    #[tokio::test]
    async fn a_bad_address_or_sender_is_refused_at_start() {
        assert!(matches!(
            Mail::from_config(Some("http://mail.example.dk"), "a@b.dk"),
            Err(MailSetupError::Url(_))
        ));
        assert!(matches!(
            Mail::from_config(Some("smtp://mail.example.dk:25"), "not an address"),
            Err(MailSetupError::From(_))
        ));
    }

    #[tokio::test]
    async fn the_password_is_never_printed() {
        let mail = Mail::from_config(
            Some("smtp://anne:hemmeligt@mail.example.dk:587?tls=required"),
            "Forsamlingshuset <noreply@example.dk>",
        )
        .unwrap();
        let printed = format!("{mail:?}");
        assert!(!printed.contains("hemmeligt"), "{printed}");
        assert!(printed.contains("noreply@example.dk"));
    }
}
