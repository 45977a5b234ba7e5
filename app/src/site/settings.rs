//! The site's settings: the municipality's name in the header, the accessibility
//! statement's web address and contact address, and the contact details in the footer.
//! Every page's frame reads them; administrators change them (`admin::settings`).

use serde::{Deserialize, Serialize};

pub const NAME_MAX: usize = 100;
pub const PHONE_MAX: usize = 40;
pub const ADDRESS_MAX: usize = 300;

crate::stored_enum! {
    /// The keys of the `site_settings` table this platform reads; each key is also the
    /// form field's name.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Setting {
        MunicipalityName = "municipality_name",
        AccessibilityStatement = "accessibility_statement",
        AccessibilityContact = "accessibility_contact",
        ContactEmail = "contact_email",
        ContactPhone = "contact_phone",
        ContactAddress = "contact_address",
    }
}

impl Setting {
    pub fn label(self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            Setting::MunicipalityName => Msg::AdminSettingMunicipality,
            Setting::AccessibilityStatement => Msg::AdminSettingStatement,
            Setting::AccessibilityContact => Msg::AdminSettingAccessibility,
            Setting::ContactEmail => Msg::AdminSettingEmail,
            Setting::ContactPhone => Msg::AdminSettingPhone,
            Setting::ContactAddress => Msg::AdminSettingAddress,
        }
    }

    /// Reads the field as typed: `None` when left empty, otherwise the value to store.
    pub fn parse_value(self, input: &str) -> Result<Option<String>, crate::error::Problem> {
        use crate::accounts::email::Email;
        if input.trim().is_empty() {
            return Ok(None);
        }
        match self {
            Setting::MunicipalityName => crate::text::optional_line(input, NAME_MAX),
            Setting::AccessibilityStatement => crate::text::web_address(input).map(Some),
            Setting::AccessibilityContact | Setting::ContactEmail => {
                Email::parse(input).map(|email| Some(email.as_str().to_owned()))
            }
            Setting::ContactPhone => crate::text::optional_line(input, PHONE_MAX),
            Setting::ContactAddress => crate::text::optional_multi_line(input, ADDRESS_MAX),
        }
    }
}

/// The settings as they are; `None` is not set.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteSettings {
    pub municipality_name: Option<String>,
    pub accessibility_statement: Option<String>,
    pub accessibility_contact: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub contact_address: Option<String>,
}

impl SiteSettings {
    pub fn get(&self, setting: Setting) -> Option<&str> {
        match setting {
            Setting::MunicipalityName => self.municipality_name.as_deref(),
            Setting::AccessibilityStatement => self.accessibility_statement.as_deref(),
            Setting::AccessibilityContact => self.accessibility_contact.as_deref(),
            Setting::ContactEmail => self.contact_email.as_deref(),
            Setting::ContactPhone => self.contact_phone.as_deref(),
            Setting::ContactAddress => self.contact_address.as_deref(),
        }
    }

    pub fn set(&mut self, setting: Setting, value: Option<String>) {
        let slot = match setting {
            Setting::MunicipalityName => &mut self.municipality_name,
            Setting::AccessibilityStatement => &mut self.accessibility_statement,
            Setting::AccessibilityContact => &mut self.accessibility_contact,
            Setting::ContactEmail => &mut self.contact_email,
            Setting::ContactPhone => &mut self.contact_phone,
            Setting::ContactAddress => &mut self.contact_address,
        };
        *slot = value;
    }

    /// Whether the footer has any contact details to show.
    pub fn has_contact(&self) -> bool {
        self.contact_email.is_some()
            || self.contact_phone.is_some()
            || self.contact_address.is_some()
    }
}

/// The settings kept between requests: every page's frame shows them, and only an
/// administrator's save changes them, which `forget`s them once committed. One per server
/// process (the settings are written by no other).
#[cfg(feature = "ssr")]
#[derive(Clone, Debug, Default)]
pub struct Kept(std::sync::Arc<std::sync::Mutex<KeptInner>>);

#[cfg(feature = "ssr")]
#[derive(Debug, Default)]
struct KeptInner {
    settings: Option<SiteSettings>,
    /// How many times they were forgotten: a read that a save overtook keeps nothing.
    forgotten: u64,
}

#[cfg(feature = "ssr")]
impl Kept {
    fn inner(&self) -> std::sync::MutexGuard<'_, KeptInner> {
        // Nothing here can be left half-changed by a panic.
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The settings as kept, or read from the database and kept.
    pub async fn get(&self, db: &crate::db::Db) -> Result<SiteSettings, sqlx::Error> {
        let forgotten = {
            let inner = self.inner();
            if let Some(settings) = &inner.settings {
                return Ok(settings.clone());
            }
            inner.forgotten
        };
        let settings = load(db.pool()).await?;
        let mut inner = self.inner();
        // A save committed while this read ran: what it read may be the old settings.
        if inner.forgotten == forgotten {
            inner.settings = Some(settings.clone());
        }
        Ok(settings)
    }

    /// After a save's commit: the next read goes to the database.
    pub fn forget(&self) {
        let mut inner = self.inner();
        inner.settings = None;
        inner.forgotten += 1;
    }
}

/// The settings that are set; a key without a row, or with an empty value, is not set.
/// Read from the pool for pages, and inside the transaction that changes them.
#[cfg(feature = "ssr")]
#[tracing::instrument(skip_all)]
pub async fn load<'c, E>(executor: E) -> Result<SiteSettings, sqlx::Error>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT key, value FROM site_settings")
        .fetch_all(executor)
        .await?;
    let mut settings = SiteSettings::default();
    for (key, value) in rows {
        if let Some(setting) = Setting::parse(&key) {
            settings.set(setting, Some(value).filter(|v| !v.trim().is_empty()));
        }
    }
    Ok(settings)
}
