//! The integration tests, one binary: each module spawns the real server against a fresh
//! SQLite file and a fresh PostgreSQL database (see `helpers`), and calls the server
//! functions over HTTP the way the pages do.

#[macro_use]
mod helpers;

mod abuse;
mod account_links;
mod accounts;
mod admin;
mod answers;
mod calendar;
mod changes;
mod commands;
mod comments;
mod content_moderation;
mod front_page;
mod initiatives;
mod mail;
mod mailbox;
mod moderation;
mod notices;
mod permissions;
mod personal_data;
mod places;
mod platform;
mod races;
mod recurring;
mod reminders;
mod schema;
mod summary;
mod summary_privacy;
