//! CTED's assessments and technical-assistance recommendations, and the rule that guards
//! them: the assessed State owns its consent. An assessment (its report and its
//! recommendations) is read by
//! - the assessed State's own focal points,
//! - CTED's staff (the focal points of the CTED organization),
//! - administrators,
//! - and the focal points of a Compact entity the State has consented to — by name, or
//!   every Compact entity at once — while the consent is neither revoked nor expired.
//!
//! Nobody else: not another Member State, not an entity without consent. The rule is
//! [`why`]; [`clear`] applies it to every assessment and issues a [`Cleared`], the only
//! key the store accepts to read recommendations, so a page cannot show one the rule did
//! not clear.

use crate::policy::Viewer;
use crate::OrgId;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// How CTED assessed the State.
pub const KINDS: [&str; 4] = [
    "comprehensive_visit",
    "focused_visit",
    "desk_review",
    "follow_up",
];

pub const PRIORITIES: [&str; 3] = ["high", "medium", "low"];

/// A recommendation's follow-up: open (no assistance yet), in progress, implemented,
/// superseded (by a later assessment).
pub const STATUSES: [&str; 4] = ["open", "in_progress", "implemented", "superseded"];

/// Where the viewer's organization stands in this module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// The Counter-Terrorism Committee Executive Directorate, which assesses.
    Cted,
    /// Another Compact entity: reads with a State's consent.
    Entity,
    /// A Member State: reads its own assessments only.
    MemberState,
}

/// One consent as the State gave it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Consent {
    pub id: i64,
    /// `None`: every Compact entity.
    pub grantee: Option<OrgId>,
    /// The last day (UTC) it holds.
    pub expires_on: Option<NaiveDate>,
    pub revoked: bool,
}

impl Consent {
    /// In force on `today` (UTC): not revoked, and not past its last day.
    pub fn in_force(&self, today: NaiveDate) -> bool {
        !self.revoked && self.expires_on.is_none_or(|last| today <= last)
    }

    fn covers(&self, org: OrgId) -> bool {
        self.grantee.is_none_or(|g| g == org)
    }
}

/// Why a viewer may read an assessment: every page says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// The viewer is a focal point of the assessed State.
    OwnState,
    Cted,
    Admin,
    /// The State consented to the viewer's entity (`all_entities`: to every Compact
    /// entity), until the end of `expires_on` if set.
    Consent {
        all_entities: bool,
        expires_on: Option<NaiveDate>,
    },
}

/// The rule: why `viewer` may read the assessment of `state` with these consents on
/// `today`, or `None` if they may not.
pub fn why(
    viewer: &Viewer,
    standing: Standing,
    state: OrgId,
    consents: &[Consent],
    today: NaiveDate,
) -> Option<Why> {
    if viewer.org == state {
        return Some(Why::OwnState);
    }
    if standing == Standing::Cted {
        return Some(Why::Cted);
    }
    if viewer.is_admin() {
        return Some(Why::Admin);
    }
    if standing != Standing::Entity {
        return None;
    }
    let live = || {
        consents
            .iter()
            .filter(|c| c.in_force(today) && c.covers(viewer.org))
    };
    // A consent to this entity by name says more than one to every entity; of several,
    // the one that lasts longest.
    let best = live()
        .filter(|c| c.grantee.is_some())
        .max_by_key(|c| c.expires_on.unwrap_or(NaiveDate::MAX))
        .or_else(|| live().max_by_key(|c| c.expires_on.unwrap_or(NaiveDate::MAX)))?;
    Some(Why::Consent {
        all_entities: best.grantee.is_none(),
        expires_on: best.expires_on,
    })
}

/// The assessments one viewer may read, and why: issued only by [`clear`].
#[derive(Clone, Debug)]
pub struct Cleared {
    viewer: crate::AccountId,
    ids: BTreeMap<i64, Why>,
}

impl Cleared {
    pub fn why(&self, assessment: i64) -> Option<Why> {
        self.ids.get(&assessment).copied()
    }

    pub fn contains(&self, assessment: i64) -> bool {
        self.ids.contains_key(&assessment)
    }

    pub fn ids(&self) -> impl Iterator<Item = i64> + '_ {
        self.ids.keys().copied()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// The same clearance kept to some of its assessments (one State's, for its country
    /// page): a narrowing, never a widening — nothing outside it can be added.
    pub fn only(&self, keep: impl Fn(i64) -> bool) -> Cleared {
        Cleared {
            viewer: self.viewer,
            ids: self
                .ids
                .iter()
                .filter(|(id, _)| keep(**id))
                .map(|(id, why)| (*id, *why))
                .collect(),
        }
    }

    /// Whom it was issued to.
    pub fn viewer(&self) -> crate::AccountId {
        self.viewer
    }
}

/// Applies [`why`] to every assessment (`(id, assessed State, its consents)`).
pub fn clear<'a>(
    viewer: &Viewer,
    standing: Standing,
    assessments: impl IntoIterator<Item = (i64, OrgId, &'a [Consent])>,
    today: NaiveDate,
) -> Cleared {
    Cleared {
        viewer: viewer.id,
        ids: assessments
            .into_iter()
            .filter_map(|(id, state, consents)| {
                why(viewer, standing, state, consents, today).map(|w| (id, w))
            })
            .collect(),
    }
}

/// Whom news of an assessment is told (a consent given to them, a follow-up noted): the
/// members of `org` if it is the assessed State, or an entity a consent in force covers.
/// Nobody else — CTED and administrators read everything and are not told of each change.
/// Whoever is concerned may read the assessment ([`why`] answers for every member of
/// `org`, whatever their role), so a notice never reaches someone who may not open it.
pub fn concerned(
    org: OrgId,
    standing: Standing,
    state: OrgId,
    consents: &[Consent],
    today: NaiveDate,
) -> bool {
    org == state
        || (standing == Standing::Entity
            && consents.iter().any(|c| c.in_force(today) && c.covers(org)))
}

/// Who enters and edits assessments, recommendations and follow-up notes: CTED's staff
/// and administrators.
pub fn can_edit(viewer: &Viewer, standing: Standing) -> bool {
    standing == Standing::Cted || viewer.is_admin()
}

/// Who grants and revokes consent: the assessed State's own focal points, and nobody on
/// their behalf — not CTED, not an administrator: the consent is the State's.
pub fn can_consent(viewer: &Viewer, state: OrgId) -> bool {
    viewer.org == state
}

/// Who sees who read an assessment: the State's focal points, CTED, administrators —
/// never an entity, even one with consent.
pub fn can_see_trail(viewer: &Viewer, standing: Standing, state: OrgId) -> bool {
    viewer.org == state || standing == Standing::Cted || viewer.is_admin()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{AccountId, PlatformRole};

    fn viewer(org: i64, role: PlatformRole) -> Viewer {
        Viewer {
            id: AccountId(org * 10),
            org: OrgId(org),
            role,
            spaces: Default::default(),
        }
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn only_the_state_cted_admins_and_consented_entities_read() {
        let state = OrgId(1);
        let today = day("2027-01-15");
        let fp = PlatformRole::FocalPoint;
        let to = |org: Option<i64>, expires: Option<&str>, revoked: bool| Consent {
            id: 1,
            grantee: org.map(OrgId),
            expires_on: expires.map(day),
            revoked,
        };
        let own = viewer(1, fp);
        let other_state = viewer(2, fp);
        let cted = viewer(3, fp);
        let unodc = viewer(4, fp);
        let admin = viewer(5, PlatformRole::Admin);
        let none: &[Consent] = &[];
        assert_eq!(
            why(&own, Standing::MemberState, state, none, today),
            Some(Why::OwnState)
        );
        assert_eq!(
            why(&cted, Standing::Cted, state, none, today),
            Some(Why::Cted)
        );
        assert_eq!(
            why(&admin, Standing::MemberState, state, none, today),
            Some(Why::Admin)
        );
        assert_eq!(why(&unodc, Standing::Entity, state, none, today), None);
        // A consent to every entity never opens it to another Member State.
        let all = [to(None, None, false)];
        assert_eq!(
            why(&other_state, Standing::MemberState, state, &all, today),
            None
        );
        assert_eq!(
            why(&unodc, Standing::Entity, state, &all, today),
            Some(Why::Consent {
                all_entities: true,
                expires_on: None
            })
        );
        // Named, expiring on its last day inclusive, revoked, or to someone else.
        let named = [to(Some(4), Some("2027-01-15"), false)];
        assert_eq!(
            why(&unodc, Standing::Entity, state, &named, today),
            Some(Why::Consent {
                all_entities: false,
                expires_on: Some(day("2027-01-15"))
            })
        );
        assert_eq!(
            why(&unodc, Standing::Entity, state, &named, day("2027-01-16")),
            None
        );
        let revoked = [to(Some(4), None, true)];
        assert_eq!(why(&unodc, Standing::Entity, state, &revoked, today), None);
        let elsewhere = [to(Some(6), None, false)];
        assert_eq!(
            why(&unodc, Standing::Entity, state, &elsewhere, today),
            None
        );
        // Only the State consents; CTED, admins and entities see the trail, not entities.
        assert!(can_consent(&own, state));
        assert!(!can_consent(&admin, state) && !can_consent(&cted, state));
        assert!(can_see_trail(&cted, Standing::Cted, state));
        assert!(!can_see_trail(&unodc, Standing::Entity, state));
        assert!(can_edit(&cted, Standing::Cted) && can_edit(&admin, Standing::MemberState));
        assert!(!can_edit(&own, Standing::MemberState) && !can_edit(&unodc, Standing::Entity));
        let c = clear(
            &unodc,
            Standing::Entity,
            [
                (7, state, &all[..]),
                (8, state, none),
                (9, state, &revoked[..]),
            ],
            today,
        );
        assert_eq!(c.ids().collect::<Vec<_>>(), vec![7]);
        // Narrowing keeps a part of what was cleared, with its reason, and never adds.
        assert_eq!(c.only(|_| true).ids().collect::<Vec<_>>(), vec![7]);
        assert_eq!(c.only(|id| id == 7).why(7), c.why(7));
        assert!(c.only(|id| id == 8).is_empty());
        assert!(c.only(|id| id != 7).is_empty());
    }

    #[test]
    fn whoever_is_told_may_read() {
        let state = OrgId(1);
        let today = day("2027-01-15");
        let consents = |grantee: Option<i64>, expires: Option<&str>, revoked: bool| {
            vec![Consent {
                id: 1,
                grantee: grantee.map(OrgId),
                expires_on: expires.map(day),
                revoked,
            }]
        };
        let cases = [
            vec![],
            consents(None, None, false),
            consents(Some(4), None, false),
            consents(Some(4), Some("2027-01-14"), false),
            consents(Some(4), Some("2027-01-15"), false),
            consents(Some(4), None, true),
            consents(None, Some("2026-12-31"), false),
        ];
        let standings = [Standing::MemberState, Standing::Entity, Standing::Cted];
        let roles = [PlatformRole::FocalPoint, PlatformRole::Admin];
        let mut told = 0;
        for c in &cases {
            for org in 1..=5 {
                for standing in standings {
                    let is = concerned(OrgId(org), standing, state, c, today);
                    for role in roles {
                        if is {
                            assert!(why(&viewer(org, role), standing, state, c, today).is_some());
                        }
                    }
                    told += usize::from(is);
                }
            }
        }
        // The State always; entity 4 under the three consents in force that cover it;
        // entities 2, 3 and 5 under the one to every entity.
        assert_eq!(told, 7 * 3 + 3 + 3);
        // CTED is not told of its own work, nor is another State of a consent to all.
        let all = consents(None, None, false);
        assert!(!concerned(OrgId(3), Standing::Cted, state, &all, today));
        assert!(!concerned(
            OrgId(2),
            Standing::MemberState,
            state,
            &all,
            today
        ));
    }
}
