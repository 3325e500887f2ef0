//! The contact directory: search, people as the policy lets each viewer see them,
//! profiles and photos, and the exports.

use crate::problem::{Invalid, Outcome};
use crate::{Actor, App, Problem};
use gctcp_domain::directory::{is_spoken_language, PhoneVisibility};
use gctcp_domain::policy::{can_person, PersonAction, PersonItem, Viewer};
use gctcp_domain::{AccountId, OrgId, SpaceId};
use gctcp_store::directory::{self, Hit, Person, Profile, ProfileFields};
use gctcp_store::directory_index::{self, Query};
use gctcp_store::{audit, orgs};
use std::collections::HashMap;

/// One page of a directory search, with the total and the facet counts.
pub struct Page {
    pub hits: Vec<Hit>,
    pub total: i64,
    pub facets: directory_index::Facets,
}

/// A page of results (names that start with the first term first, then by name), the
/// total, and how many people each filter value would leave. The directory lists
/// active people only (the policy's `PersonAction::View` for everyone).
pub async fn search(app: &App, q: &Query, limit: usize, offset: usize) -> Outcome<Page> {
    let found = directory_index::search(&app.directory, &app.db, q, limit, offset).await?;
    let hits = hits(app, &found.ids).await?;
    Ok(Page {
        hits,
        total: found.total,
        facets: found.facets,
    })
}

/// The result rows of these people, in this order, with their organization as the
/// reference data names it now.
async fn hits(app: &App, ids: &[i64]) -> Outcome<Vec<Hit>> {
    let mut hits = app.directory.hits(&app.db, ids).await?;
    let catalog = app.catalog().await?;
    for h in &mut hits {
        if let Some(o) = catalog.org(OrgId(h.org_id)) {
            if h.org_code != o.code {
                h.org_code = o.code.clone();
            }
        }
        h.org_names = catalog.org_names(OrgId(h.org_id));
    }
    Ok(hits)
}

/// Up to `limit` people sharing the most thematic areas with this person, with how many.
pub async fn same_themes(app: &App, p: &Profile, limit: usize) -> Outcome<Vec<(Hit, i64)>> {
    let ranked = app
        .directory
        .same_themes(&app.db, p.person.id, &p.expertise.themes, limit)
        .await?;
    let ids: Vec<i64> = ranked.iter().map(|(id, _)| *id).collect();
    let shared: HashMap<i64, i64> = ranked.into_iter().collect();
    Ok(hits(app, &ids)
        .await?
        .into_iter()
        .map(|h| {
            let n = shared.get(&h.id).copied().unwrap_or(0);
            (h, n)
        })
        .collect())
}

/// A person, if this viewer may see them (else NotFound: the same answer as for nobody).
pub async fn person(app: &App, viewer: &Viewer, id: AccountId) -> Outcome<Person> {
    let p = directory::person(&app.db, id)
        .await?
        .ok_or(Problem::NotFound)?;
    may_view(viewer, &p)?;
    Ok(p)
}

fn may_view(viewer: &Viewer, p: &Person) -> Outcome<()> {
    let item = PersonItem {
        id: AccountId(p.id),
        active: p.status == "active",
    };
    if can_person(viewer, PersonAction::View, item) {
        Ok(())
    } else {
        Err(Problem::NotFound)
    }
}

/// A person with their expertise and spaces, if this viewer may see them (as `person`).
pub async fn profile(app: &App, viewer: &Viewer, id: AccountId) -> Outcome<Profile> {
    let p = stored_profile(app, id).await?.ok_or(Problem::NotFound)?;
    may_view(viewer, &p.person)?;
    Ok(p)
}

/// Why a search result was found: the fields its terms matched — "name", "org",
/// "title", "email" — and "profile" for a term found only elsewhere (office,
/// expertise). `org_text` is the organization's folded names (`Catalog::org_text`).
pub fn why(
    hit: &gctcp_store::directory::Hit,
    terms: &[String],
    org_text: &str,
) -> Vec<&'static str> {
    use gctcp_domain::directory::{fold, term_matches};
    let fields = [
        ("name", fold(&hit.display_name)),
        ("org", org_text.to_string()),
        ("title", fold(&hit.title)),
        ("email", fold(&hit.email)),
    ];
    let mut found: Vec<&'static str> = Vec::new();
    for t in terms {
        let mut any = false;
        for (field, text) in &fields {
            let hit = if *field == "org" {
                text.contains(t.as_str())
            } else {
                term_matches(text, t)
            };
            if hit {
                any = true;
                if !found.contains(field) {
                    found.push(field);
                }
            }
        }
        if !any && !found.contains(&"profile") {
            found.push("profile");
        }
    }
    // In the fields' order, whatever the terms' order.
    let order = ["name", "org", "title", "email", "profile"];
    found.sort_by_key(|f| order.iter().position(|o| o == f));
    found
}

/// What the person's own profile still lacks (`missing`), read from the profile kept
/// with the directory's snapshot without copying it.
pub async fn own_gaps(app: &App, id: AccountId) -> Outcome<Vec<&'static str>> {
    let kept = app.directory.profile(&app.db, id.0).await?;
    Ok(kept.map(|p| missing(&p)).unwrap_or_default())
}

/// What a person's profile still lacks for colleagues to find and reach them, most
/// useful first: "title", "phone", "languages", "themes", "photo".
pub fn missing(p: &Profile) -> Vec<&'static str> {
    let person = &p.person;
    let mut gaps = Vec::new();
    if person.title.trim().is_empty() {
        gaps.push("title");
    }
    if person.phone_office.trim().is_empty() && person.phone_mobile.trim().is_empty() {
        gaps.push("phone");
    }
    if p.expertise.languages.is_empty() {
        gaps.push("languages");
    }
    if p.expertise.themes.is_empty() {
        gaps.push("themes");
    }
    if !person.has_photo {
        gaps.push("photo");
    }
    gaps
}

/// A person's profile as stored (kept with the directory's snapshot, see
/// `DirectoryIndex::profile`), for the directory's own forms: no visibility check.
pub async fn stored_profile(app: &App, id: AccountId) -> Outcome<Option<Profile>> {
    let catalog = app.catalog().await?;
    let kept = app.directory.profile(&app.db, id.0).await?;
    Ok(kept.map(|p| {
        let mut p = Profile::clone(&p);
        if let Some(o) = catalog.org(OrgId(p.person.org_id)) {
            p.person.org_code = o.code.clone();
        }
        p.person.org_names = catalog.org_names(OrgId(p.person.org_id));
        p
    }))
}

/// Whether `viewer` may see the telephone numbers of a person read with their spaces.
pub fn phones_visible(viewer: &Viewer, p: &Profile) -> bool {
    let owner_spaces: Vec<SpaceId> = p.spaces.iter().map(|(s, _)| *s).collect();
    phones_of(viewer, &p.person, &owner_spaces)
}

fn phones_of(viewer: &Viewer, person: &Person, owner_spaces: &[SpaceId]) -> bool {
    let vis =
        PhoneVisibility::parse(&person.phone_visibility).unwrap_or(PhoneVisibility::CoMembers);
    gctcp_domain::directory::can_see_phones(viewer, AccountId(person.id), vis, owner_spaces)
}

/// Editing a person: NotFound when the viewer may not even see them, Forbidden when they
/// see them but may not change them.
fn may_edit(viewer: &Viewer, item: PersonItem) -> Outcome<()> {
    if can_person(viewer, PersonAction::Edit, item) {
        Ok(())
    } else if can_person(viewer, PersonAction::View, item) {
        Err(Problem::Forbidden)
    } else {
        Err(Problem::NotFound)
    }
}

/// What the profile form sends, before it is trusted.
#[derive(Clone, Debug, Default)]
pub struct ProfileInput {
    pub name: String,
    pub title: String,
    pub phone_office: String,
    pub phone_mobile: String,
    pub office: String,
    pub bio: String,
    pub phone_visibility: String,
    pub time_zone: String,
    /// The interface language; only people set their own.
    pub locale: Option<String>,
    pub languages: Vec<String>,
    pub themes: Vec<String>,
    pub pillars: Vec<String>,
    /// The organization's ID; only administrators change it.
    pub org: Option<String>,
}

const PHONE_CHARS: &str = "0123456789 +-()./x";
pub const TEXT_MAX: usize = 200;
pub const BIO_MAX: usize = 2000;

fn valid_phone(s: &str) -> bool {
    s.chars().count() <= 40 && s.chars().all(|c| PHONE_CHARS.contains(c))
}

/// The fields as typed (tidied), for saving or for showing the form again.
pub fn profile_fields(input: &ProfileInput, current_locale: Option<String>) -> ProfileFields {
    ProfileFields {
        display_name: input.name.trim().to_string(),
        title: input.title.trim().to_string(),
        phone_office: input.phone_office.trim().to_string(),
        phone_mobile: input.phone_mobile.trim().to_string(),
        office: input.office.trim().to_string(),
        bio: input.bio.trim().replace("\r\n", "\n"),
        phone_visibility: input.phone_visibility.trim().to_string(),
        time_zone: input.time_zone.trim().to_string(),
        ui_locale: match &input.locale {
            Some(l) => gctcp_domain::account::ui_language(l).map(str::to_string),
            None => current_locale,
        },
        languages: input.languages.clone(),
        themes: input.themes.iter().filter_map(|t| t.parse().ok()).collect(),
        pillars: input
            .pillars
            .iter()
            .filter_map(|t| t.parse().ok())
            .collect(),
        org: input.org.as_deref().and_then(|o| o.parse().ok()),
    }
}

/// Saves a profile — one's own, or anyone's by an administrator (who may also move the
/// person to another organization) — with its directory row, in one transaction.
pub async fn save_profile(
    app: &App,
    actor: &Actor,
    target: AccountId,
    input: &ProfileInput,
) -> Outcome<()> {
    let viewer = actor.viewer.as_ref().ok_or(Problem::Forbidden)?;
    let current = gctcp_store::accounts::by_id(&app.db, target)
        .await?
        .ok_or(Problem::NotFound)?;
    let item = PersonItem {
        id: target,
        active: current.status == "active",
    };
    may_edit(viewer, item)?;
    let administer = input.org.is_some();
    if administer && !can_person(viewer, PersonAction::Administer, item) {
        return Err(Problem::Forbidden);
    }
    if input.locale.is_some() && viewer.id != target {
        return Err(Problem::Forbidden);
    }
    let f = profile_fields(input, current.ui_locale.clone());
    let mut problems = Vec::new();
    let mut problem = |field, key| problems.push(Invalid::new(field, key));
    if f.display_name.is_empty() {
        problem("name", "provision-name-required");
    } else if f.display_name.chars().count() > crate::accounts::NAME_MAX {
        problem("name", "provision-name-too-long");
    }
    if f.title.chars().count() > TEXT_MAX || f.office.chars().count() > TEXT_MAX {
        problem("title", "profile-title-too-long");
    }
    if !valid_phone(&f.phone_office) || !valid_phone(&f.phone_mobile) {
        problem("phone_office", "profile-invalid-phone");
    }
    if f.bio.chars().count() > BIO_MAX {
        problem("bio", "profile-bio-too-long");
    }
    if PhoneVisibility::parse(&f.phone_visibility).is_none() {
        problem("phone_visibility", "profile-invalid-phone-visibility");
    }
    if f.time_zone.parse::<chrono_tz::Tz>().is_err() {
        problem("time_zone", "profile-invalid-time-zone");
    }
    let locale_refused = input
        .locale
        .as_deref()
        .is_some_and(|l| !l.is_empty() && f.ui_locale.is_none());
    if locale_refused || f.languages.iter().any(|l| !is_spoken_language(l)) {
        problem("languages", "profile-invalid-language");
    }
    let themes = directory::themes(&app.db).await?;
    let bad_theme = input.themes.len() != f.themes.len()
        || f.themes.iter().any(|t| !themes.iter().any(|x| x.id == *t));
    let bad_pillar =
        input.pillars.len() != f.pillars.len() || f.pillars.iter().any(|n| !(1..=4).contains(n));
    if bad_theme || bad_pillar {
        problem("themes", "profile-invalid-expertise");
    }
    if administer {
        let known = match f.org {
            Some(id) => orgs::by_id(&app.db, OrgId(id)).await?.is_some(),
            None => false,
        };
        if !known {
            problem("org", "provision-unknown-org");
        }
    }
    if !problems.is_empty() {
        return Err(Problem::Invalid(problems));
    }
    let mut tx = app.db.begin().await?;
    directory::save_profile(&mut tx, target, &f).await?;
    directory::refresh(&mut tx, target).await?;
    tx.commit().await?;
    Ok(())
}

/// Sets (or, with `None`, removes) a person's photo: the person or an administrator.
/// The bytes are checked and re-encoded (`gctcp_files::photo`).
pub async fn set_photo(
    app: &App,
    actor: &Actor,
    target: AccountId,
    bytes: Option<Vec<u8>>,
) -> Outcome<()> {
    let viewer = actor.viewer.as_ref().ok_or(Problem::Forbidden)?;
    let current = gctcp_store::accounts::by_id(&app.db, target)
        .await?
        .ok_or(Problem::NotFound)?;
    let item = PersonItem {
        id: target,
        active: current.status == "active",
    };
    may_edit(viewer, item)?;
    let jpeg = match bytes {
        None => None,
        Some(b) if b.is_empty() => return Err(Problem::invalid("photo", "photo-missing")),
        Some(b) => {
            let processed = tokio::task::spawn_blocking(move || gctcp_files::photo::process(&b))
                .await
                .map_err(|e| Problem::Internal(e.into()))?;
            match processed {
                Ok(jpeg) => Some(jpeg),
                Err(gctcp_files::photo::PhotoError::TooLarge) => {
                    return Err(Problem::invalid("photo", "photo-too-large"))
                }
                Err(gctcp_files::photo::PhotoError::NotAnImage) => {
                    return Err(Problem::invalid("photo", "photo-not-an-image"))
                }
            }
        }
    };
    let mut tx = app.db.begin().await?;
    directory::set_photo(&mut tx, target, jpeg.as_deref()).await?;
    // Result rows show whether there is a photo: every node re-reads this person's.
    directory::refresh(&mut tx, target).await?;
    tx.commit().await?;
    Ok(())
}

/// The people of a search for an export, each with whether the exporter may see their
/// telephone numbers; at most `limit` (`Err(total)` when the search holds more).
/// Recorded in the audit log.
pub async fn export(
    app: &App,
    actor: &Actor,
    q: &Query,
    limit: usize,
    format: &str,
    described_as: &str,
) -> Outcome<Result<Vec<(Person, bool)>, i64>> {
    let viewer = actor.viewer.as_ref().ok_or(Problem::Forbidden)?;
    let found = directory_index::search(&app.directory, &app.db, q, limit, 0).await?;
    if found.total > limit as i64 {
        return Ok(Err(found.total));
    }
    let people = directory::people(&app.db, &found.ids).await?;
    let spaces: HashMap<i64, Vec<SpaceId>> = directory::spaces_of(&app.db, &found.ids).await?;
    let catalog = app.catalog().await?;
    let out: Vec<(Person, bool)> = people
        .into_iter()
        .map(|mut p| {
            p.org_names = catalog.org_names(OrgId(p.org_id));
            let own = spaces.get(&p.id).map(Vec::as_slice).unwrap_or(&[]);
            let phones = phones_of(viewer, &p, own);
            (p, phones)
        })
        .collect();
    let detail = format!(
        "format={format} count={} search={}",
        out.len(),
        audit::quoted(described_as)
    );
    audit::append(&app.db, actor.audit("directory.exported", None, detail)).await?;
    Ok(Ok(out))
}
