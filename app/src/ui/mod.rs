//! Components every page shares: the page frame and form fields with their errors.

pub mod filters;
pub mod form;
pub mod layout;
pub mod loaded;
pub mod pager;
pub mod rich_text;
