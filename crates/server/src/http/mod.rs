//! HTTP plumbing every page passes through: request IDs and security headers, input
//! cleaning, CSRF, error pages, extractors, safe redirects.

pub mod csrf;
pub mod errors;
pub mod extract;
pub mod headers;
pub mod input;
pub mod page;
pub mod redirect;
