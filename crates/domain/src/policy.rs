//! The one access policy. Every read and every write of every kind of content in gctcp
//! is decided here, by these functions: the use cases (`gctcp_app`) ask them before
//! anything is shown or written, and the search indexes ask `can` for every item they
//! count or list (`gctcp_store::library_index`), so no second rendering of the rules can
//! drift.
//!
//! Rules (PRODUCT.md "Visibility"):
//! - Deleted content: administrators read and restore it; nobody else sees it, nobody
//!   edits it.
//! - Administrators may do anything else.
//! - **Read**: `AllFocalPoints` → every active account; `Spaces(s)` → members of any space
//!   in `s`; `Organizations(o)` → people of any organization in `o`, plus the people of the
//!   author's own organization. The author can always read their own item.
//! - **Edit / Delete**: the author, and the chairs and vice-chairs of the item's space.
//! - **Restore** (undo a soft delete): administrators only.
//!
//! Space-level actions (view, join, contribute, manage members) are decided by
//! [`can_in_space`]; people (see, edit, administer) by [`can_person`].

use crate::{AccountId, OrgId, PlatformRole, SpaceId, SpaceRole};
use std::collections::{BTreeMap, BTreeSet};

/// Who is asking. Built only for *active* accounts: an invited or deactivated account
/// never gets a `Viewer`, so it can do nothing at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Viewer {
    pub id: AccountId,
    pub org: OrgId,
    pub role: PlatformRole,
    pub spaces: BTreeMap<SpaceId, SpaceRole>,
}

impl Viewer {
    pub fn is_admin(&self) -> bool {
        self.role == PlatformRole::Admin
    }

    pub fn space_role(&self, space: SpaceId) -> Option<SpaceRole> {
        self.spaces.get(&space).copied()
    }
}

/// Who may see an item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Visibility {
    /// Every focal point on the platform.
    AllFocalPoints,
    /// The members of these spaces.
    Spaces(BTreeSet<SpaceId>),
    /// The people of these organizations (the author's organization is always included).
    Organizations(BTreeSet<OrgId>),
}

/// What the policy needs to know about any content item (document, event, discussion,
/// work-plan item, activity, project, recommendation…).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub author: AccountId,
    pub author_org: OrgId,
    /// The space the item belongs to, if any: its leads may edit it.
    pub space: Option<SpaceId>,
    pub visibility: Visibility,
    /// Soft-deleted: hidden from everyone but administrators, who may restore it; nobody
    /// edits it.
    pub deleted: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Read,
    Edit,
    Delete,
    Restore,
}

/// The single decision function for content.
pub fn can(viewer: &Viewer, action: Action, item: &Item) -> bool {
    if item.deleted {
        return viewer.is_admin() && matches!(action, Action::Read | Action::Restore);
    }
    if viewer.is_admin() {
        return true;
    }
    let is_author = viewer.id == item.author;
    let leads_space = item
        .space
        .and_then(|s| viewer.space_role(s))
        .is_some_and(SpaceRole::leads);
    match action {
        Action::Read => is_author || leads_space || can_read(viewer, item),
        Action::Edit | Action::Delete => is_author || leads_space,
        Action::Restore => false,
    }
}

fn can_read(viewer: &Viewer, item: &Item) -> bool {
    match &item.visibility {
        Visibility::AllFocalPoints => true,
        Visibility::Spaces(spaces) => spaces.iter().any(|s| viewer.spaces.contains_key(s)),
        Visibility::Organizations(orgs) => {
            viewer.org == item.author_org || orgs.contains(&viewer.org)
        }
    }
}

/// A person of the directory, as the policy sees them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PersonItem {
    pub id: AccountId,
    /// Invited and deactivated people are not in the directory.
    pub active: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonAction {
    /// See their page, vCard and photo.
    View,
    /// Change their profile and photo.
    Edit,
    /// Change their organization (and other things only administrators set).
    Administer,
}

/// The decision for people: everyone sees active people; a person sees and edits
/// themselves; administrators see and edit everyone and administer them.
pub fn can_person(viewer: &Viewer, action: PersonAction, person: PersonItem) -> bool {
    let is_self = viewer.id == person.id;
    match action {
        PersonAction::View => person.active || is_self || viewer.is_admin(),
        PersonAction::Edit => is_self || viewer.is_admin(),
        PersonAction::Administer => viewer.is_admin(),
    }
}

/// What the policy needs to know about a space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpaceInfo {
    pub id: SpaceId,
    /// Open spaces are readable by every focal point; closed ones by members only.
    pub is_open: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpaceAction {
    /// See the space's home, members and space-wide content.
    View,
    /// Ask to join (open spaces only; a lead approves).
    RequestToJoin,
    /// Post discussions, documents, events in the space.
    Contribute,
    /// Add and remove members, approve join requests, pin items.
    ManageMembers,
    /// Make someone a chair (or remove a chair).
    AppointChair,
}

/// The single decision function for space-level actions.
pub fn can_in_space(viewer: &Viewer, space: SpaceInfo, action: SpaceAction) -> bool {
    let role = viewer.space_role(space.id);
    if viewer.is_admin() {
        // An admin who is already a member has nothing to request.
        return !(action == SpaceAction::RequestToJoin && role.is_some());
    }
    match action {
        SpaceAction::View => space.is_open || role.is_some(),
        SpaceAction::RequestToJoin => space.is_open && role.is_none(),
        SpaceAction::Contribute => role.is_some(),
        SpaceAction::ManageMembers => role.is_some_and(SpaceRole::leads),
        SpaceAction::AppointChair => role == Some(SpaceRole::Chair),
    }
}

/// How long an author may edit a post after writing it (later, they write a new one).
pub const EDIT_WINDOW_MINUTES: i64 = 15;

/// What the policy needs to know about a discussion post.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PostInfo {
    pub space: SpaceInfo,
    pub author: AccountId,
    /// Minutes since it was written.
    pub age_minutes: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PostAction {
    /// Change the text: its author, within the edit window.
    Edit,
    /// Remove it (soft: it shows as removed): its author, the space's leads, an
    /// administrator.
    Delete,
}

/// The single decision function for discussion posts (reading and writing them is
/// `can_in_space`'s `View` and `Contribute`).
pub fn can_post(viewer: &Viewer, post: PostInfo, action: PostAction) -> bool {
    if !can_in_space(viewer, post.space, SpaceAction::View) {
        return false;
    }
    let author = viewer.id == post.author;
    match action {
        PostAction::Edit => author && (0..EDIT_WINDOW_MINUTES).contains(&post.age_minutes),
        PostAction::Delete => {
            author || can_in_space(viewer, post.space, SpaceAction::ManageMembers)
        }
    }
}

/// A calendar event as the policy sees it.
#[derive(Clone, Copy, Debug)]
pub struct EventInfo {
    /// The space it belongs to, if any.
    pub space: Option<SpaceInfo>,
    /// Shown to the space's members only, even in an open space.
    pub members_only: bool,
    pub created_by: Option<AccountId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventAction {
    /// See it (in every view, the feed, search), answer it.
    View,
    /// Change, move, cancel or delete it; read its attendee list export.
    Edit,
}

/// Events: one without a space is the Compact's (every focal point sees it); one in a
/// space is seen by those who may view the space — or only by its members when it is
/// for members only. Its author, the space's leads and administrators change it.
pub fn can_event(viewer: &Viewer, e: EventInfo, action: EventAction) -> bool {
    if viewer.is_admin() {
        return true;
    }
    let sees = match e.space {
        None => true,
        Some(s) if e.members_only => viewer.space_role(s.id).is_some(),
        Some(s) => can_in_space(viewer, s, SpaceAction::View),
    };
    match action {
        EventAction::View => sees,
        EventAction::Edit => {
            sees && (e.created_by == Some(viewer.id)
                || e.space
                    .is_some_and(|s| can_in_space(viewer, s, SpaceAction::ManageMembers)))
        }
    }
}

/// Who may add an event: anyone to the Compact's calendar (organized by their own
/// organization), a space's members to the space's.
pub fn can_add_event(viewer: &Viewer, space: Option<SpaceInfo>) -> bool {
    match space {
        None => true,
        Some(s) => can_in_space(viewer, s, SpaceAction::Contribute),
    }
}

/// Projects of the compendium: every focal point reads them all (the compendium is the
/// Compact's shared picture); a Compact entity's focal points add projects their entity
/// leads and change them; administrators add and change any. A Member State's focal
/// points read only: their State is a beneficiary, not an implementer.
pub fn can_edit_project(viewer: &Viewer, lead: OrgId) -> bool {
    viewer.is_admin() || viewer.org == lead
}

/// Whether the viewer may add a project at all (`viewer_is_entity`: their organization is
/// a Compact entity, which then leads it).
pub fn can_add_project(viewer: &Viewer, viewer_is_entity: bool) -> bool {
    viewer.is_admin() || viewer_is_entity
}

/// Activities: every focal point reads them all (like the compendium). The lead entity's
/// focal points, the chairs, co-chairs and vice-chairs of the activity's space, and
/// administrators change them and write their progress updates.
pub fn can_edit_activity(viewer: &Viewer, lead: OrgId, space: Option<SpaceId>) -> bool {
    viewer.is_admin()
        || viewer.org == lead
        || space
            .and_then(|s| viewer.space_role(s))
            .is_some_and(SpaceRole::leads)
}

/// Whether the viewer may add an activity at all: administrators, a Compact entity's
/// focal points (their entity leads it), and whoever leads a space (for that space).
pub fn can_add_activity(viewer: &Viewer, viewer_is_entity: bool) -> bool {
    viewer.is_admin() || viewer_is_entity || viewer.spaces.values().any(|r| r.leads())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ME: AccountId = AccountId(1);
    const OTHER: AccountId = AccountId(2);
    const MY_ORG: OrgId = OrgId(10);
    const OTHER_ORG: OrgId = OrgId(11);
    const THIRD_ORG: OrgId = OrgId(12);
    const S1: SpaceId = SpaceId(100);
    const S2: SpaceId = SpaceId(101);

    /// How the viewer relates to the item's space S1 (the item's own space).
    #[derive(Clone, Copy, Debug)]
    enum Membership {
        None,
        Member,
        ViceChair,
        Chair,
        /// Member of S2 only (another space).
        OtherSpace,
    }

    #[derive(Clone, Copy, Debug)]
    enum Authorship {
        Author,
        SameOrg,
        OtherOrg,
    }

    #[derive(Clone, Copy, Debug)]
    enum Vis {
        All,
        SpaceS1,
        SpaceS2,
        OrgOther,
        OrgThird,
    }

    fn viewer(role: PlatformRole, m: Membership, a: Authorship) -> Viewer {
        let mut spaces = BTreeMap::new();
        match m {
            Membership::None => {}
            Membership::Member => {
                spaces.insert(S1, SpaceRole::Member);
            }
            Membership::ViceChair => {
                spaces.insert(S1, SpaceRole::ViceChair);
            }
            Membership::Chair => {
                spaces.insert(S1, SpaceRole::Chair);
            }
            Membership::OtherSpace => {
                spaces.insert(S2, SpaceRole::Member);
            }
        }
        let org = match a {
            Authorship::Author | Authorship::SameOrg => OTHER_ORG,
            Authorship::OtherOrg => THIRD_ORG,
        };
        // The author's org is OTHER_ORG; the viewer is either the author, a colleague of
        // the author, or someone from a third organization… except when the item is
        // restricted to THIRD_ORG, which is then the viewer's own.
        let id = match a {
            Authorship::Author => OTHER,
            _ => ME,
        };
        let _ = MY_ORG;
        Viewer {
            id,
            org,
            role,
            spaces,
        }
    }

    fn item(v: Vis) -> Item {
        item_deleted(v, false)
    }

    fn item_deleted(v: Vis, deleted: bool) -> Item {
        Item {
            deleted,
            author: OTHER,
            author_org: OTHER_ORG,
            space: Some(S1),
            visibility: match v {
                Vis::All => Visibility::AllFocalPoints,
                Vis::SpaceS1 => Visibility::Spaces([S1].into()),
                Vis::SpaceS2 => Visibility::Spaces([S2].into()),
                Vis::OrgOther => Visibility::Organizations([OTHER_ORG].into()),
                Vis::OrgThird => Visibility::Organizations([THIRD_ORG].into()),
            },
        }
    }

    /// Expected read access for a focal point, written out case by case.
    fn expected_read(m: Membership, a: Authorship, v: Vis) -> bool {
        use Authorship::*;
        use Membership::*;
        use Vis::*;
        match (a, m, v) {
            (Author, _, _) => true,            // authors read their own items
            (_, ViceChair | Chair, _) => true, // space leads read their space's items
            (_, _, All) => true,
            (_, Member, SpaceS1) => true,
            (_, OtherSpace, SpaceS2) => true,
            (_, None | OtherSpace, SpaceS1) => false,
            (_, None | Member, SpaceS2) => false,
            (SameOrg, _, OrgOther | OrgThird) => true, // author's own organization
            (OtherOrg, _, OrgThird) => true,           // the named organization
            (OtherOrg, _, OrgOther) => false,
        }
    }

    fn expected_write(m: Membership, a: Authorship) -> bool {
        matches!(a, Authorship::Author) || matches!(m, Membership::ViceChair | Membership::Chair)
    }

    #[test]
    fn every_combination_of_role_membership_authorship_visibility_and_action() {
        let memberships = [
            Membership::None,
            Membership::Member,
            Membership::ViceChair,
            Membership::Chair,
            Membership::OtherSpace,
        ];
        let authorships = [
            Authorship::Author,
            Authorship::SameOrg,
            Authorship::OtherOrg,
        ];
        let visibilities = [
            Vis::All,
            Vis::SpaceS1,
            Vis::SpaceS2,
            Vis::OrgOther,
            Vis::OrgThird,
        ];
        let actions = [Action::Read, Action::Edit, Action::Delete, Action::Restore];
        let mut checked = 0;
        let mut denials = 0;
        for role in PlatformRole::ALL {
            for m in memberships {
                for a in authorships {
                    for v in visibilities {
                        for deleted in [false, true] {
                            for action in actions {
                                let got =
                                    can(&viewer(*role, m, a), action, &item_deleted(v, deleted));
                                let want = match (role, action, deleted) {
                                    // Deleted content: administrators read and restore it,
                                    // nobody else sees it, nobody edits it.
                                    (PlatformRole::Admin, Action::Read | Action::Restore, true) => {
                                        true
                                    }
                                    (_, _, true) => false,
                                    (PlatformRole::Admin, _, false) => true,
                                    (_, Action::Read, false) => expected_read(m, a, v),
                                    (_, Action::Edit | Action::Delete, false) => {
                                        expected_write(m, a)
                                    }
                                    (_, Action::Restore, false) => false,
                                };
                                assert_eq!(
                                    got, want,
                                    "role={role:?} membership={m:?} authorship={a:?} visibility={v:?} deleted={deleted} action={action:?}"
                                );
                                checked += 1;
                                denials += usize::from(!got);
                            }
                        }
                    }
                }
            }
        }
        assert_eq!(checked, 2 * 5 * 3 * 5 * 2 * 4);
        assert!(
            denials > 100,
            "the matrix must exercise denials, got {denials}"
        );
    }

    #[test]
    fn whoever_may_edit_may_read() {
        for v in [
            Vis::All,
            Vis::SpaceS1,
            Vis::SpaceS2,
            Vis::OrgOther,
            Vis::OrgThird,
        ] {
            for m in [Membership::None, Membership::Member, Membership::Chair] {
                for a in [
                    Authorship::Author,
                    Authorship::SameOrg,
                    Authorship::OtherOrg,
                ] {
                    let viewer = viewer(PlatformRole::FocalPoint, m, a);
                    if can(&viewer, Action::Edit, &item(v)) {
                        assert!(can(&viewer, Action::Read, &item(v)));
                    }
                }
            }
        }
    }

    #[test]
    fn items_without_a_space_are_edited_by_their_author_only() {
        let mut it = item(Vis::All);
        it.space = None;
        let chair_elsewhere = viewer(
            PlatformRole::FocalPoint,
            Membership::Chair,
            Authorship::SameOrg,
        );
        assert!(can(&chair_elsewhere, Action::Read, &it));
        assert!(!can(&chair_elsewhere, Action::Edit, &it));
        let author = viewer(
            PlatformRole::FocalPoint,
            Membership::None,
            Authorship::Author,
        );
        assert!(can(&author, Action::Edit, &it));
        assert!(!can(&author, Action::Restore, &it));
    }

    #[test]
    fn space_actions_for_every_role_and_openness() {
        use SpaceAction::*;
        let cases: &[(PlatformRole, Option<SpaceRole>, bool, [bool; 5])] = &[
            // role, membership, open,   [View, RequestToJoin, Contribute, ManageMembers, AppointChair]
            (
                PlatformRole::FocalPoint,
                None,
                true,
                [true, true, false, false, false],
            ),
            (
                PlatformRole::FocalPoint,
                None,
                false,
                [false, false, false, false, false],
            ),
            (
                PlatformRole::FocalPoint,
                Some(SpaceRole::Member),
                true,
                [true, false, true, false, false],
            ),
            (
                PlatformRole::FocalPoint,
                Some(SpaceRole::Member),
                false,
                [true, false, true, false, false],
            ),
            (
                PlatformRole::FocalPoint,
                Some(SpaceRole::ViceChair),
                false,
                [true, false, true, true, false],
            ),
            (
                PlatformRole::FocalPoint,
                Some(SpaceRole::Chair),
                false,
                [true, false, true, true, true],
            ),
            (
                PlatformRole::Admin,
                None,
                false,
                [true, true, true, true, true],
            ),
            (
                PlatformRole::Admin,
                Some(SpaceRole::Member),
                true,
                [true, false, true, true, true],
            ),
        ];
        for (role, membership, open, want) in cases {
            let mut spaces = BTreeMap::new();
            if let Some(r) = membership {
                spaces.insert(S1, *r);
            }
            // Membership of another space never counts.
            spaces.insert(S2, SpaceRole::Chair);
            let v = Viewer {
                id: ME,
                org: MY_ORG,
                role: *role,
                spaces,
            };
            let info = SpaceInfo {
                id: S1,
                is_open: *open,
            };
            for (action, expected) in [View, RequestToJoin, Contribute, ManageMembers, AppointChair]
                .into_iter()
                .zip(want)
            {
                assert_eq!(
                    can_in_space(&v, info, action),
                    *expected,
                    "role={role:?} membership={membership:?} open={open} action={action:?}"
                );
            }
        }
    }

    #[test]
    fn people_are_seen_when_active_and_edited_by_themselves_or_administrators() {
        for role in PlatformRole::ALL {
            let v = viewer(*role, Membership::None, Authorship::OtherOrg);
            let admin = *role == PlatformRole::Admin;
            for active in [true, false] {
                for target in [v.id, OTHER] {
                    let p = PersonItem { id: target, active };
                    let own = target == v.id;
                    assert_eq!(
                        can_person(&v, PersonAction::View, p),
                        active || own || admin
                    );
                    assert_eq!(can_person(&v, PersonAction::Edit, p), own || admin);
                    assert_eq!(can_person(&v, PersonAction::Administer, p), admin);
                }
            }
        }
    }

    #[test]
    fn posts_are_edited_by_their_author_in_time_and_removed_by_author_or_leads() {
        let space = SpaceInfo {
            id: S1,
            is_open: true,
        };
        let post = |age_minutes| PostInfo {
            space,
            author: ME,
            age_minutes,
        };
        let me = Viewer {
            id: ME,
            org: MY_ORG,
            role: PlatformRole::FocalPoint,
            spaces: [(S1, SpaceRole::Member)].into(),
        };
        assert!(can_post(&me, post(0), PostAction::Edit));
        assert!(can_post(&me, post(14), PostAction::Edit));
        assert!(!can_post(&me, post(15), PostAction::Edit));
        assert!(can_post(&me, post(600), PostAction::Delete));
        let mut other = me.clone();
        other.id = OTHER;
        assert!(!can_post(&other, post(0), PostAction::Edit));
        assert!(!can_post(&other, post(0), PostAction::Delete));
        other.spaces.insert(S1, SpaceRole::ViceChair);
        assert!(
            !can_post(&other, post(0), PostAction::Edit),
            "leads remove, never rewrite"
        );
        assert!(can_post(&other, post(0), PostAction::Delete));
        // A closed space's post is nobody's business outside it, not even its author's
        // once they left.
        let closed = PostInfo {
            space: SpaceInfo {
                id: S2,
                is_open: false,
            },
            author: ME,
            age_minutes: 1,
        };
        assert!(!can_post(&me, closed, PostAction::Edit));
        assert!(!can_post(&me, closed, PostAction::Delete));
    }

    #[test]
    fn projects_are_changed_by_their_lead_entity_and_administrators_only() {
        let person = |org: OrgId, role: PlatformRole| Viewer {
            id: ME,
            org,
            role,
            spaces: BTreeMap::new(),
        };
        let lead = person(MY_ORG, PlatformRole::FocalPoint);
        let other = person(OTHER_ORG, PlatformRole::FocalPoint);
        let admin = person(THIRD_ORG, PlatformRole::Admin);
        assert!(can_edit_project(&lead, MY_ORG));
        assert!(!can_edit_project(&other, MY_ORG));
        assert!(can_edit_project(&admin, MY_ORG));
        assert!(can_add_project(&lead, true));
        assert!(!can_add_project(&other, false));
        assert!(can_add_project(&admin, false));
    }

    #[test]
    fn activities_are_changed_by_their_lead_entity_the_space_leads_and_administrators() {
        let person = |org: OrgId, role: PlatformRole, space: Option<SpaceRole>| Viewer {
            id: ME,
            org,
            role,
            spaces: space.map(|r| (S1, r)).into_iter().collect(),
        };
        let fp = PlatformRole::FocalPoint;
        let lead = person(MY_ORG, fp, None);
        let stranger = person(OTHER_ORG, fp, None);
        let chair = person(OTHER_ORG, fp, Some(SpaceRole::Chair));
        let vice = person(OTHER_ORG, fp, Some(SpaceRole::ViceChair));
        let member = person(OTHER_ORG, fp, Some(SpaceRole::Member));
        let admin = person(THIRD_ORG, PlatformRole::Admin, None);
        assert!(can_edit_activity(&lead, MY_ORG, None));
        assert!(can_edit_activity(&lead, MY_ORG, Some(S2)));
        assert!(!can_edit_activity(&stranger, MY_ORG, None));
        assert!(!can_edit_activity(&stranger, MY_ORG, Some(S1)));
        assert!(can_edit_activity(&chair, MY_ORG, Some(S1)));
        assert!(can_edit_activity(&vice, MY_ORG, Some(S1)));
        assert!(!can_edit_activity(&chair, MY_ORG, Some(S2)));
        assert!(!can_edit_activity(&chair, MY_ORG, None));
        assert!(!can_edit_activity(&member, MY_ORG, Some(S1)));
        assert!(can_edit_activity(&admin, MY_ORG, None));
        assert!(can_add_activity(&lead, true));
        assert!(!can_add_activity(&stranger, false));
        assert!(can_add_activity(&chair, false));
        assert!(!can_add_activity(&member, false));
        assert!(can_add_activity(&admin, false));
    }
}
