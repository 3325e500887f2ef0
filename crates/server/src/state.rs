//! Shared application state: cheap to clone, nothing node-local that must be shared.

use crate::config::Config;
use crate::password::Hasher;
use gctcp_store::blobs::Blobs;
use gctcp_store::directory_index::DirectoryIndex;
use gctcp_store::library_index::LibraryIndex;
use gctcp_store::Db;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub hasher: Hasher,
    /// This node's in-memory directory facet index (rebuilt when the database says so).
    pub directory: Arc<DirectoryIndex>,
    /// This node's in-memory library facet index.
    pub library: Arc<LibraryIndex>,
    /// Uploaded files.
    pub blobs: Blobs,
    /// Wakes this node's text extractor after an upload.
    pub extractor: Arc<tokio::sync::Notify>,
}
