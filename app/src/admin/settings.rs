//! The administrators' page for the site's settings (see `site::settings`): an empty field
//! means "not set".

use crate::error::AppError;
use crate::i18n::{Msg, tr, use_i18n};
use crate::ui::form::{FormAlert, FormState, Saved, TextArea, TextField};
use crate::ui::layout::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

pub use crate::site::settings::{Setting, SiteSettings};

#[server(endpoint = "site_settings")]
pub async fn read_site_settings() -> Result<SiteSettings, AppError> {
    // Public: every setting is shown on the site's pages.
    let state = crate::state::AppState::get()?;
    Ok(crate::site::settings::load(state.db.pool()).await?)
}

#[server(endpoint = "update_site_settings")]
pub async fn update_site_settings(
    municipality_name: String,
    // Absent from posts made before the field existed (scripts, old pages): not set.
    accessibility_statement: Option<String>,
    accessibility_contact: String,
    contact_email: String,
    contact_phone: String,
    contact_address: String,
) -> Result<(), AppError> {
    use crate::error::FormCheck;
    use crate::moderation::audit::{self, Action, Entry, TargetKind};
    // Administrators only.
    let (state, admin) = crate::accounts::auth::require_administrator().await?;
    let inputs = [
        (Setting::MunicipalityName, municipality_name),
        (
            Setting::AccessibilityStatement,
            accessibility_statement.unwrap_or_default(),
        ),
        (Setting::AccessibilityContact, accessibility_contact),
        (Setting::ContactEmail, contact_email),
        (Setting::ContactPhone, contact_phone),
        (Setting::ContactAddress, contact_address),
    ];
    let mut check = FormCheck::new();
    let mut wanted = SiteSettings::default();
    for (setting, input) in &inputs {
        check.keep(setting.as_str(), input);
        if let Some(value) = check.check(setting.as_str(), setting.parse_value(input)) {
            wanted.set(*setting, value);
        }
    }
    check.finish()?;
    let mut tx = state.db.begin_write().await?;
    let current = crate::site::settings::load(&mut *tx).await?;
    let changed: Vec<Setting> = Setting::ALL
        .into_iter()
        .filter(|s| current.get(*s) != wanted.get(*s))
        .collect();
    for setting in &changed {
        super::store::set_site_setting(&mut tx, *setting, wanted.get(*setting)).await?;
    }
    if !changed.is_empty() {
        let keys: Vec<&str> = changed.iter().map(|s| s.as_str()).collect();
        audit::record(
            &mut tx,
            &admin,
            Entry {
                action: Action::EditSettings,
                target_kind: TargetKind::Settings,
                target_id: 0,
                reason: None,
                details: Some(format!("changed={}", keys.join(","))),
                waited: None,
                at: crate::db::now(),
            },
        )
        .await?;
    }
    tx.commit().await?;
    state.settings.forget();
    tracing::info!(
        admin = %admin.id(),
        changed = changed.len(),
        "site settings saved"
    );
    leptos_axum::redirect("/admin/settings?saved=settings");
    Ok(())
}

#[component]
pub fn SettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let update = ServerAction::<UpdateSiteSettings>::new();
    // The header and footer show these settings: reload them after a change.
    crate::site::context::refresh_site_after(update);
    // Loaded again after a success only: a refused form keeps what was typed.
    let ok_update = crate::ui::form::successes(update);
    let settings = Resource::new(
        move || (query.read().get("saved"), ok_update.get()),
        |_| read_site_settings(),
    );
    let saved = move || {
        (query.read().get("saved").as_deref() == Some("settings"))
            .then(|| view! { <Saved message=Msg::AdminSettingsSaved /> })
    };
    view! {
        <PageTitle title=Msg::AdminSettingsTitle />
        <super::AdminNav />
        <h1>{tr(Msg::AdminSettingsTitle)}</h1>
        <p>{tr(Msg::AdminSettingsLead)}</p>
        {saved}
        <super::AdminGate>
            <Transition fallback=|| ()>
                {move || settings.get().map(|result| match result {
                    Ok(current) => view! { <SettingsForm current update /> }.into_any(),
                    Err(error) => view! { <p role="alert">{move || crate::i18n::error_message(i18n.lang(), &error)}</p> }.into_any(),
                })}
            </Transition>
        </super::AdminGate>
    }
}

#[component]
fn SettingsForm(current: SiteSettings, update: ServerAction<UpdateSiteSettings>) -> impl IntoView {
    let defaults: Vec<(String, String)> = Setting::ALL
        .into_iter()
        .map(|s| {
            (
                s.as_str().to_owned(),
                current.get(s).unwrap_or_default().to_owned(),
            )
        })
        .collect();
    let form = FormState::new(update).with_defaults(Signal::stored(defaults));
    let labels: Vec<(&'static str, Msg)> = Setting::ALL
        .into_iter()
        .map(|s| (s.as_str(), s.label()))
        .collect();
    view! {
        <ActionForm action=update attr:novalidate=true attr:class="form">
            <FormAlert form labels />
            <TextField name="municipality_name" label=Msg::AdminSettingMunicipality hint=Msg::AdminSettingMunicipalityHint form optional=true />
            <TextField name="accessibility_statement" label=Msg::AdminSettingStatement hint=Msg::AdminSettingStatementHint kind="url" form optional=true />
            <TextField name="accessibility_contact" label=Msg::AdminSettingAccessibility hint=Msg::AdminSettingAccessibilityHint kind="email" form optional=true />
            <fieldset class="field">
                <legend>{tr(Msg::AdminSettingsContactTitle)}</legend>
                <p class="hint">{tr(Msg::AdminSettingsContactHint)}</p>
                <TextField name="contact_email" label=Msg::AdminSettingEmail kind="email" form optional=true />
                <TextField name="contact_phone" label=Msg::AdminSettingPhone kind="tel" form optional=true />
                <TextArea name="contact_address" label=Msg::AdminSettingAddress hint=Msg::AdminSettingAddressHint form rows=3 />
            </fieldset>
            <button type="submit" class="button">{tr(Msg::AdminSettingsSubmit)}</button>
        </ActionForm>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Problem;

    #[test]
    fn settings_round_trip_through_their_keys() {
        for setting in Setting::ALL {
            assert_eq!(Setting::parse(setting.as_str()), Some(setting));
        }
        assert_eq!(Setting::parse("secret"), None);
    }

    #[test]
    fn an_empty_field_means_not_set() {
        for setting in Setting::ALL {
            assert_eq!(setting.parse_value("  "), Ok(None));
        }
    }

    #[test]
    fn contact_addresses_must_be_emails() {
        assert_eq!(
            Setting::ContactEmail.parse_value(" Borger@Kommune.DK "),
            Ok(Some("borger@kommune.dk".to_owned()))
        );
        assert_eq!(
            Setting::AccessibilityContact.parse_value("kommunen"),
            Err(Problem::InvalidEmail)
        );
    }

    #[test]
    fn the_statement_is_a_web_address() {
        assert_eq!(
            Setting::AccessibilityStatement.parse_value("https://www.was.digst.dk/forsamling"),
            Ok(Some("https://www.was.digst.dk/forsamling".to_owned()))
        );
        assert_eq!(
            Setting::AccessibilityStatement.parse_value("javascript:alert(1)"),
            Err(Problem::InvalidWebAddress)
        );
    }

    #[test]
    fn the_address_keeps_its_lines() {
        assert_eq!(
            Setting::ContactAddress.parse_value("Nordmarks Allé 1\r\n2620 Albertslund"),
            Ok(Some("Nordmarks Allé 1\n2620 Albertslund".to_owned()))
        );
        assert_eq!(
            Setting::MunicipalityName.parse_value("A\nB"),
            Err(Problem::ControlCharacters)
        );
    }
}
