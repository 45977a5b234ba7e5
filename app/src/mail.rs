//! Outgoing email. No mail server is configured yet, so each email is written to the
//! server log in full, where the flow can be seen working.

/// Sends (for now: logs) an email.
pub fn send(to: &str, subject: &str, body: &str) {
    tracing::info!(target: "forsamling::mail", %to, %subject, %body, "email (no SMTP server configured: logged instead)");
}
