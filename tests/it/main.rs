//! The integration suite: one binary; every test runs on SQLite and on PostgreSQL
//! (`dual!` makes `<name>::sqlite` and `<name>::postgres`).

mod access;
mod activities;
mod admin;
mod architecture;
mod auth;
mod calendar;
mod calendar_feed;
mod cli;
mod concurrency;
mod csrf;
mod directory;
mod discussions;
mod health;
mod i18n;
mod import;
mod library;
mod mail;
mod names;
mod planning;
mod projects;
mod quick;
mod recommendations;
mod recommendations_import;
mod recommendations_news;
mod reference;
mod schema;
mod search;
mod spaces;
mod spaces_home;
mod steps;
mod sweep;
mod upkeep;

pub use axum::http::StatusCode;
pub use gctcp_domain::{PlatformRole, SpaceRole};
pub use gctcp_testkit::{dual, Client, Person, TestApp, TestResponse, PASSWORD};
pub use steps::{create_event, refs, start_thread};
