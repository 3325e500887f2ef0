//! Demo data for trying and measuring gctcp (`gctcp demo`, the benchmarks, tests): people
//! in many scripts, library resources with real generated files. Written through the
//! store's public API, never private SQL; never part of the server.

pub mod activities;
pub mod collab;
pub mod docgen;
pub mod events;
pub mod library;
pub mod people;
mod places;
pub mod projects;
pub mod recommendations;
