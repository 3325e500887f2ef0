//! gctcp's use cases, with no HTTP in them: one function per operation,
//! `op(&App, &Actor, input) -> Result<output, Problem>`. Each decides with the one access
//! policy (`gctcp_domain::policy`), writes in one transaction, appends the audit entry and
//! refreshes the search indexes in that same transaction, then wakes whatever works in
//! the background (text extraction). The web pages, the command line, the tests and the
//! coming JSON API all call these functions, so none of them repeats a step.

pub mod accounts;
pub mod activities;
pub mod auth;
pub mod calendar;
pub mod calendar_view;
pub mod config;
pub mod digests;
pub mod directory;
pub mod discussions;
pub mod ics;
pub mod import;
pub mod jobs;
pub mod letters;
pub mod library;
pub mod mail;
pub mod notify;
pub mod password;
pub mod planning;
pub mod problem;
pub mod projects;
pub mod recommendations;
pub mod reminders;
pub mod search;
pub mod spaces;
pub mod tasks;
pub mod token;
pub mod words;

pub use problem::{Invalid, Problem};

use config::Config;
use gctcp_domain::policy::Viewer;
use gctcp_domain::AccountId;
use gctcp_store::blobs::Blobs;
use gctcp_store::catalog::{Catalog, CatalogCache};
use gctcp_store::directory_index::DirectoryIndex;
use gctcp_store::library_index::LibraryIndex;
use gctcp_store::Db;
use std::sync::Arc;

/// Everything the use cases need, one per node, shared by all requests: cloning it (each
/// request's extractors and middleware do, several times) is one reference count, not
/// one per part.
#[derive(Clone)]
pub struct App(Arc<Parts>);

impl std::ops::Deref for App {
    type Target = Parts;
    fn deref(&self) -> &Parts {
        &self.0
    }
}

/// Rendered pieces of pages kept (`Parts::pieces`): each is some tens of kilobytes, so
/// this bounds them to about ten megabytes.
pub const PIECES: usize = 256;

/// What `App` holds.
pub struct Parts {
    pub db: Db,
    pub config: Arc<Config>,
    /// Password hashing on a bounded pool.
    pub hasher: password::Hasher,
    /// Uploaded files.
    pub blobs: Blobs,
    /// This node's in-memory directory facet index (follows the database).
    pub directory: Arc<DirectoryIndex>,
    /// This node's in-memory library facet index.
    pub library: Arc<LibraryIndex>,
    /// This node's copy of the reference data (organizations, themes, spaces…).
    pub catalog: Arc<CatalogCache>,
    /// This node's copy of the calendar (events and their changed occurrences).
    pub calendar: Arc<gctcp_store::calendar::CalendarIndex>,
    /// This node's searchable copy of discussions and work-plan items.
    pub content: Arc<gctcp_store::content::ContentIndex>,
    /// This node's copy of the project compendium.
    pub projects: Arc<gctcp_store::projects::CompendiumCache>,
    /// What the project explorer's requests share (see `projects::explore::Prepared`).
    pub explorer: Arc<projects::explore::Explorer>,
    /// This node's copy of the activity tracker.
    pub activities: Arc<gctcp_store::activities::TrackerCache>,
    /// This node's copy of CTED's assessments, recommendations and the States' consents.
    pub cted: Arc<gctcp_store::recommendations::RegisterCache>,
    /// This node's writer of the access trail (see `recommendations::trail`).
    pub trail: recommendations::trail::Trail,
    /// What the activity lists' requests share (see `activities::explore::Prepared`).
    pub activity_explorer: Arc<activities::explore::Explorer>,
    /// Calendar feed texts made recently on this node (see `calendar_view::FeedBodies`).
    pub feed_bodies: Arc<calendar_view::FeedBodies>,
    /// Pieces of pages the web layer rendered, each kept under a key naming everything it
    /// was made from (the language, the generations of the data it shows, the minute when
    /// it shows clocks): a page asked again and again renders them once per change, not
    /// once per request. At most [`PIECES`] kept, the oldest forgotten first.
    pub pieces: Arc<gctcp_store::follow::Memo<String, Arc<str>>>,
    /// Wakes this node's text extractor after an upload.
    pub extractor: Arc<tokio::sync::Notify>,
    /// Wakes this node's job worker after a job is queued.
    pub jobs: Arc<tokio::sync::Notify>,
    /// This node's name in the job queue (who holds a claimed job).
    pub node: Arc<str>,
    /// This node's SMTP connection.
    pub mailer: Arc<mail::Mailer>,
}

impl App {
    /// Opens the database (creating the data directory for SQLite), applies migrations,
    /// synchronises reference data and repairs search text a migration asked for.
    pub async fn open(config: Config) -> anyhow::Result<App> {
        let db = open_db(&config).await?;
        App::with_db(config, db)
    }

    /// The application on an opened, migrated database.
    pub fn with_db(config: Config, db: Db) -> anyhow::Result<App> {
        let hasher = password::Hasher::new(config.hash_concurrency, config.hash_queue);
        let blobs = Blobs::local(&config.blob_dir)
            .map_err(|e| anyhow::anyhow!("{}: {e}", config.blob_dir.display()))?;
        Ok(App(Arc::new(Parts {
            db,
            config: Arc::new(config),
            hasher,
            blobs,
            directory: Arc::new(DirectoryIndex::new()),
            library: Arc::new(LibraryIndex::new()),
            catalog: Arc::new(CatalogCache::new()),
            calendar: Arc::default(),
            content: Arc::default(),
            projects: Arc::default(),
            explorer: Arc::default(),
            activities: Arc::default(),
            cted: Arc::default(),
            activity_explorer: Arc::default(),
            trail: Default::default(),
            feed_bodies: Arc::new(calendar_view::FeedBodies::new(calendar_view::FEED_BODIES)),
            pieces: Arc::new(gctcp_store::follow::Memo::new(PIECES)),
            extractor: Arc::new(tokio::sync::Notify::new()),
            jobs: Arc::new(tokio::sync::Notify::new()),
            node: node_name().into(),
            mailer: Arc::new(mail::Mailer::default()),
        })))
    }
}

/// A name for this node, unique among the nodes sharing the database: host, process and
/// a random part (two app instances in one process are two nodes).
fn node_name() -> String {
    let host = std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "node".into());
    format!(
        "{host}-{}-{}",
        std::process::id(),
        &token::random_token()[..8]
    )
}

impl App {
    /// The reference data, current.
    pub async fn catalog(&self) -> Result<Arc<Catalog>, gctcp_store::Error> {
        self.catalog.get(&self.db).await
    }
}

/// Opens the database, applies migrations, synchronises reference data and writes the
/// search text a migration dropped.
pub async fn open_db(config: &Config) -> anyhow::Result<Db> {
    if config.database_url.0.starts_with("sqlite:") {
        std::fs::create_dir_all(&config.data_dir)?;
    }
    let db = Db::connect(&config.database_url.0, config.db_max_connections).await?;
    db.migrate().await?;
    gctcp_store::reference::sync(&db).await?;
    // A server started after a bulk load (an import, the demo generator) reads counters
    // that take their one page again, not hundreds.
    gctcp_store::compact_counters(&db).await?;
    let rewritten = gctcp_store::directory::upgrade_docs(&db).await?;
    if rewritten > 0 {
        tracing::info!(people = rewritten, "directory search text rewritten");
    }
    let rebuilt = library::rebuild_missing_search_text(&db).await?;
    if rebuilt > 0 {
        tracing::info!(resources = rebuilt, "library search text written");
    }
    Ok(db)
}

/// Who does something: a signed-in person (for the policy and the audit log, with the
/// address they came from), or the operator at the command line (who acts as an
/// administrator and is recorded as "command line" in the audit log).
#[derive(Clone, Debug)]
pub struct Actor {
    pub viewer: Option<Viewer>,
    pub ip: Option<String>,
}

impl Actor {
    pub fn person(viewer: &Viewer, ip: Option<&str>) -> Actor {
        Actor {
            viewer: Some(viewer.clone()),
            ip: ip.map(str::to_string),
        }
    }

    /// The operator at the command line.
    pub fn cli() -> Actor {
        Actor {
            viewer: None,
            ip: None,
        }
    }

    /// The account acting, if a person.
    pub fn id(&self) -> Option<AccountId> {
        self.viewer.as_ref().map(|v| v.id)
    }

    pub fn ip(&self) -> Option<&str> {
        self.ip.as_deref()
    }

    /// Administrators, and the operator at the command line.
    pub fn is_admin(&self) -> bool {
        self.viewer.as_ref().is_none_or(|v| v.is_admin())
    }

    /// Refuses anyone but an administrator.
    pub fn require_admin(&self) -> Result<(), Problem> {
        if self.is_admin() {
            Ok(())
        } else {
            Err(Problem::Forbidden)
        }
    }

    /// An audit entry by this actor.
    pub fn audit<'a>(
        &'a self,
        event: &'a str,
        subject: Option<AccountId>,
        detail: String,
    ) -> gctcp_store::audit::Entry<'a> {
        gctcp_store::audit::Entry {
            event,
            actor: self.id().map(|a| a.0),
            subject: subject.map(|s| s.0),
            ip: self.ip(),
            detail,
        }
    }
}
