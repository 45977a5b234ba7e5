//! The pages about the site itself, and what every page needs to know about the visitor.

pub mod accessibility;
pub mod bundle;
pub mod coming_up;
pub mod context;
pub mod home;
pub mod language;
pub mod not_found;
pub mod privacy;
pub mod redirect;
pub mod security;
pub mod settings;
