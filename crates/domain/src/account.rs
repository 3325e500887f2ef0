//! Roles and statuses, with their stable database spelling.

use serde::{Deserialize, Serialize};

macro_rules! str_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $s:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The spelling used in the database, URLs and message keys.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $s),+ }
            }

            /// Parses the database spelling; `None` for anything else.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($s => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

str_enum!(
    /// Platform-wide role of an account.
    PlatformRole { Admin => "admin", FocalPoint => "focal_point" }
);
str_enum!(
    /// Role of a member inside one space.
    SpaceRole { Chair => "chair", ViceChair => "vice_chair", CoChair => "co_chair", Member => "member" }
);
str_enum!(
    /// Lifecycle of an account: invited → active → deactivated (and back, by an admin).
    AccountStatus { Invited => "invited", Active => "active", Deactivated => "deactivated" }
);
str_enum!(
    /// What kind of organization a focal point belongs to.
    OrgKind { MemberState => "member_state", CompactEntity => "compact_entity" }
);

impl SpaceRole {
    /// Chairs, co-chairs and vice-chairs lead a space (they manage its members and its
    /// content; only chairs appoint chairs).
    pub fn leads(self) -> bool {
        matches!(
            self,
            SpaceRole::Chair | SpaceRole::CoChair | SpaceRole::ViceChair
        )
    }
}

/// Normalizes an e-mail address for storage and lookup: trimmed and lower-cased.
pub fn normalize_email(raw: &str) -> String {
    raw.trim().to_lowercase()
}

/// A deliberately permissive shape check (one `@`, something on each side, a dot in the
/// domain, no spaces). Deliverability is proven by the invitation, not by a regex.
pub fn is_plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The languages of the interface: the six official languages of the United Nations.
pub const UI_LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// The interface language a tag names (`fr`, `fr-CH`, `zh_Hans` → `zh`), if it is one.
pub fn ui_language(tag: &str) -> Option<&'static str> {
    let primary = tag
        .trim()
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    UI_LANGUAGES.iter().copied().find(|l| *l == primary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enums_round_trip_their_database_spelling() {
        for r in PlatformRole::ALL {
            assert_eq!(PlatformRole::parse(r.as_str()), Some(*r));
        }
        for r in SpaceRole::ALL {
            assert_eq!(SpaceRole::parse(r.as_str()), Some(*r));
        }
        for s in AccountStatus::ALL {
            assert_eq!(AccountStatus::parse(s.as_str()), Some(*s));
        }
        assert_eq!(PlatformRole::parse("root"), None);
    }

    #[test]
    fn emails_are_normalized_and_checked() {
        assert_eq!(normalize_email("  Ana.Lopez@UN.org "), "ana.lopez@un.org");
        assert!(is_plausible_email("ana@un.org"));
        assert!(is_plausible_email("focal.point@mofa.gov.ae"));
        assert!(!is_plausible_email("ana@un"));
        assert!(!is_plausible_email("ana un@un.org"));
        assert!(!is_plausible_email("@un.org"));
        assert!(!is_plausible_email("ana@@un.org"));
        assert!(!is_plausible_email("ana"));
    }
}
