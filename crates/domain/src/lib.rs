//! gctcp domain: pure types, typed IDs, validation and the one access policy.
//! No I/O lives here; everything is unit-testable without a database.

pub mod account;
pub mod activity;
pub mod calendar;
pub mod cted;
pub mod directory;
pub mod fairtime;
pub mod ids;
pub mod library;
pub mod markdown;
pub mod names;
pub mod password;
pub mod policy;
pub mod project;
pub mod text;

pub use account::{AccountStatus, OrgKind, PlatformRole, SpaceRole};
pub use ids::{AccountId, OrgId, SpaceId};
