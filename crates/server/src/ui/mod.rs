//! Pieces that many pages share: downloads and spreadsheets.

pub mod csv;
pub mod download;
