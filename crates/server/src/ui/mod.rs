//! Pieces that many pages share: the page context, filters with counts, query strings,
//! downloads and spreadsheets.

pub mod audit;
pub mod chart;
pub mod csv;
pub mod ctx;
pub mod download;
pub mod facets;
pub mod names;
pub mod pieces;
pub mod query;
pub mod zones;
