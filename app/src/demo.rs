//! A realistic demo data set for a new database: Albertslund's neighbourhoods and accounts
//! of every role. Loaded only when asked for (`serve --demo` on an empty database, or the
//! `seed-demo` command); a production start never creates accounts with known passwords.

use crate::accounts::role::Role;
use crate::accounts::{service, store};
use crate::db::Db;
use crate::error::AppError;
use crate::neighbourhoods;

/// The one password of every demo account, printed when the data is loaded.
pub const PASSWORD: &str = "demo-adgangskode-2026";

/// Neighbourhoods named in the municipality's own documents, with resident counts rounded
/// for the demo (an administrator enters the real ones).
const NEIGHBOURHOODS: [(&str, i64); 9] = [
    ("Albertslund Nord (Bæk- og Fosgården)", 2_300),
    ("Blokland", 1_900),
    ("Bycentret", 1_200),
    ("Hedemarken", 2_600),
    ("Herstedvester", 3_100),
    ("Herstedøster", 3_400),
    ("Kanalens Kvarter", 2_200),
    ("Morbærhaven", 1_700),
    ("Vridsløselille", 2_900),
];

pub struct DemoAccount {
    pub email: &'static str,
    pub name: &'static str,
    pub roles: &'static [Role],
    pub neighbourhood: Option<&'static str>,
}

pub const ACCOUNTS: [DemoAccount; 7] = [
    DemoAccount {
        email: "admin@demo.forsamling.dk",
        name: "Anne Administrator",
        roles: &[Role::Administrator],
        neighbourhood: None,
    },
    DemoAccount {
        email: "moderator@demo.forsamling.dk",
        name: "Mads Moderator",
        roles: &[Role::Moderator],
        neighbourhood: None,
    },
    DemoAccount {
        email: "politiker@demo.forsamling.dk",
        name: "Pernille Politiker",
        roles: &[Role::Politician],
        neighbourhood: Some("Herstedøster"),
    },
    DemoAccount {
        email: "borger@demo.forsamling.dk",
        name: "Bashir Hassan",
        roles: &[],
        neighbourhood: Some("Hedemarken"),
    },
    DemoAccount {
        email: "mette@demo.forsamling.dk",
        name: "Mette Jensen",
        roles: &[],
        neighbourhood: Some("Kanalens Kvarter"),
    },
    DemoAccount {
        email: "ayse@demo.forsamling.dk",
        name: "Ayşe Yılmaz",
        roles: &[],
        neighbourhood: Some("Blokland"),
    },
    DemoAccount {
        email: "lars@demo.forsamling.dk",
        name: "Lars Nielsen",
        roles: &[],
        neighbourhood: Some("Morbærhaven"),
    },
];

/// Whether the database has no accounts yet (only then is demo data loaded on start).
pub async fn is_empty(db: &Db) -> Result<bool, sqlx::Error> {
    Ok(store::count_accounts(db).await? == 0)
}

/// Loads the demo data. Safe to run twice: existing rows are kept.
pub async fn load(db: &Db) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO site_settings (key, value) VALUES ('municipality_name', $1) \
         ON CONFLICT (key) DO NOTHING",
    )
    .bind("Albertslund Kommune")
    .execute(db.pool())
    .await?;
    for (name, residents) in NEIGHBOURHOODS {
        neighbourhoods::store::ensure(db, name, Some(residents)).await?;
    }
    for demo in &ACCOUNTS {
        let neighbourhood_id = match demo.neighbourhood {
            Some(name) => Some(neighbourhoods::store::ensure(db, name, None).await?),
            None => None,
        };
        let id = match store::account_id_by_email(db, demo.email).await? {
            Some(id) => id,
            None => {
                service::create_account(db, demo.email, demo.name, PASSWORD, neighbourhood_id)
                    .await?
            }
        };
        for role in demo.roles {
            store::grant_role(db, id, *role).await?;
        }
    }
    Ok(())
}

/// The log-in details of the demo accounts, for the terminal.
pub fn credentials_text() -> String {
    let mut text = String::from("Demo accounts (password for all: ");
    text.push_str(PASSWORD);
    text.push_str("):\n");
    for demo in &ACCOUNTS {
        let roles: Vec<&str> = demo.roles.iter().map(|r| r.as_str()).collect();
        let roles = if roles.is_empty() {
            "citizen".to_owned()
        } else {
            format!("citizen, {}", roles.join(", "))
        };
        text.push_str(&format!("  {:<32} {} ({roles})\n", demo.email, demo.name));
    }
    text
}
