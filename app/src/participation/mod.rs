//! Taking part in an initiative at one of the community policy's four levels.

pub mod capacity;
pub mod level;
pub mod requests;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod waiting;
