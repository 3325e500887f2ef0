//! Shared application state: cheap to clone, nothing node-local that must be shared.

use crate::config::Config;
use crate::password::Hasher;
use gctcp_store::directory_index::DirectoryIndex;
use gctcp_store::Db;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub hasher: Hasher,
    /// This node's in-memory directory facet index (rebuilt when the database says so).
    pub directory: Arc<DirectoryIndex>,
}
