//! The forsamling web server: configuration, database, sessions, middleware and routes.
//! Behaviour lives in the `app` crate; this crate only wires it to HTTP.

pub mod config;
pub mod demo;
pub mod generate;
pub mod http;
pub mod memory;
