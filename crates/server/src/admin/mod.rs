//! Administration: accounts and invitations, space membership, the audit log.

pub mod accounts;
pub mod audit;
pub mod spaces;
