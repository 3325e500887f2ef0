//! One search for everything a focal point may see: people, organizations, spaces,
//! library resources, calendar events, discussions, work-plan items, activities and
//! projects — each kind
//! judged by the one access policy exactly as its own pages judge it, so a result never
//! names what its page would refuse. Every kind is answered from this node's in-memory
//! copies (the directory and library indexes, the reference data, the calendar, the
//! content index, the activity tracker and the project compendium), so the page costs no
//! scan of the database.

use crate::calendar::{info_in, space_info};
use crate::problem::Outcome;
use crate::App;
use chrono::{DateTime, Utc};
use gctcp_domain::directory::{fold, terms as terms_of};
use gctcp_domain::policy::{can_event, can_in_space, EventAction, SpaceAction, Viewer};
use gctcp_domain::SpaceId;
use gctcp_store::activities::Activity;
use gctcp_store::calendar::Event;
use gctcp_store::catalog::Catalog;
use gctcp_store::directory::Hit;
use gctcp_store::library_index::Card;
use gctcp_store::orgs::Org;
use gctcp_store::projects::Project;
use gctcp_store::spaces::Space;
use std::sync::Arc;

/// The kinds, in the order the results page shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    People,
    Organizations,
    Spaces,
    Resources,
    Events,
    Discussions,
    Plans,
    Activities,
    Projects,
    Recommendations,
}

pub const KINDS: [Kind; 10] = [
    Kind::People,
    Kind::Organizations,
    Kind::Spaces,
    Kind::Resources,
    Kind::Events,
    Kind::Discussions,
    Kind::Plans,
    Kind::Activities,
    Kind::Projects,
    Kind::Recommendations,
];

impl Kind {
    /// Its name in URLs (`?kind=`).
    pub fn key(self) -> &'static str {
        match self {
            Kind::People => "people",
            Kind::Organizations => "organizations",
            Kind::Spaces => "spaces",
            Kind::Resources => "resources",
            Kind::Events => "events",
            Kind::Discussions => "discussions",
            Kind::Plans => "plans",
            Kind::Activities => "activities",
            Kind::Projects => "projects",
            Kind::Recommendations => "recommendations",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        KINDS.into_iter().find(|k| k.key() == s)
    }
}

/// What to look for, and how much of it: every kind is counted; either `preview` of
/// each is listed, or (with a `focus`) one page of that kind only.
#[derive(Clone, Debug)]
pub struct Request {
    /// As typed (folded and split here).
    pub text: String,
    pub focus: Option<Kind>,
    pub preview: usize,
    pub limit: usize,
    pub offset: usize,
}

impl Request {
    /// (limit, offset) of kind `k`.
    fn page(&self, k: Kind) -> (usize, usize) {
        match self.focus {
            None => (self.preview, 0),
            Some(f) if f == k => (self.limit, self.offset),
            Some(_) => (0, 0),
        }
    }
}

/// An event found: the event and the occurrence to name (the next one, or its last
/// when all are past).
pub struct EventHit {
    pub event: Arc<Event>,
    pub when: Option<crate::calendar_view::Shown>,
    pub upcoming: bool,
}

/// A discussion found: where, and the post that holds the words (if not only the title).
pub struct ThreadHit {
    pub id: i64,
    pub space_id: i64,
    pub title: String,
    pub last_post_at: DateTime<Utc>,
    pub replies: i64,
    pub excerpt: String,
}

/// A work-plan item found.
pub struct PlanHit {
    pub id: i64,
    pub space_id: i64,
    pub title: String,
    pub status: String,
    pub excerpt: String,
}

/// One kind's part of the answer: how many there are in all, and the page asked for.
pub struct Group<T> {
    pub total: usize,
    pub items: Vec<T>,
}

impl<T> Default for Group<T> {
    fn default() -> Self {
        Group {
            total: 0,
            items: Vec::new(),
        }
    }
}

impl<T> Group<T> {
    fn of(all: Vec<T>, (limit, offset): (usize, usize)) -> Group<T> {
        Group {
            total: all.len(),
            items: all.into_iter().skip(offset).take(limit).collect(),
        }
    }
}

/// Everything found, by kind (kinds not asked for are empty).
#[derive(Default)]
pub struct Found {
    pub terms: Vec<String>,
    pub people: Group<Hit>,
    pub orgs: Group<Org>,
    pub spaces: Group<Space>,
    pub resources: Group<Card>,
    pub events: Group<EventHit>,
    pub threads: Group<ThreadHit>,
    pub plans: Group<PlanHit>,
    /// Every focal point reads every activity and project (see their modules).
    pub activities: Group<Arc<Activity>>,
    pub projects: Group<Arc<Project>>,
    /// Only those the viewer may read (`recommendations::search` reads through the
    /// viewer's `Cleared`); the caller keeps the reads of those it shows.
    pub recommendations: Group<crate::recommendations::Line>,
}

impl Found {
    pub fn total(&self) -> usize {
        KINDS.into_iter().map(|k| self.total_of(k)).sum()
    }

    pub fn total_of(&self, k: Kind) -> usize {
        match k {
            Kind::People => self.people.total,
            Kind::Organizations => self.orgs.total,
            Kind::Spaces => self.spaces.total,
            Kind::Resources => self.resources.total,
            Kind::Events => self.events.total,
            Kind::Discussions => self.threads.total,
            Kind::Plans => self.plans.total,
            Kind::Activities => self.activities.total,
            Kind::Projects => self.projects.total,
            Kind::Recommendations => self.recommendations.total,
        }
    }
}

/// Searches every kind for the viewer; `tz` is the zone in which they count days.
pub async fn everything(
    app: &App,
    v: &Viewer,
    r: &Request,
    tz: chrono_tz::Tz,
    now: DateTime<Utc>,
) -> Outcome<Found> {
    let terms = terms_of(&r.text);
    let mut found = Found::default();
    if terms.is_empty() {
        return Ok(found);
    }
    let catalog = app.catalog().await?;
    {
        let q = gctcp_store::directory_index::Query {
            terms: terms.clone(),
            ..Default::default()
        };
        let (limit, offset) = r.page(Kind::People);
        let page = crate::directory::search(app, &q, limit, offset).await?;
        found.people = Group {
            total: usize::try_from(page.total).unwrap_or(0),
            items: page.hits,
        };
    }
    found.orgs = Group::of(orgs(&catalog, &terms), r.page(Kind::Organizations));
    found.spaces = Group::of(spaces(&catalog, &terms), r.page(Kind::Spaces));
    {
        let q = gctcp_store::library_index::Query {
            terms: terms.clone(),
            ..Default::default()
        };
        let (limit, offset) = r.page(Kind::Resources);
        let page = crate::library::search(app, v, &q, limit, offset).await?;
        found.resources = Group {
            total: usize::try_from(page.total).unwrap_or(0),
            items: page.cards,
        };
    }
    found.events = events(app, v, &catalog, &terms, r.page(Kind::Events), tz, now).await?;
    {
        let snap = app.content.snapshot(&app.db).await?;
        let may_view = |space: i64| {
            catalog
                .space(SpaceId(space))
                .is_some_and(|s| can_in_space(v, space_info(s), SpaceAction::View))
        };
        {
            let all = snap
                .threads
                .iter()
                .filter(|t| may_view(t.space_id) && t.matches(&terms))
                .collect::<Vec<_>>();
            found.threads = Group::of(all, r.page(Kind::Discussions)).map(|t| ThreadHit {
                id: t.id,
                space_id: t.space_id,
                title: t.title.to_string(),
                last_post_at: t.last_post_at,
                replies: t.replies,
                excerpt: t
                    .matching_post(&terms)
                    .map(|p| excerpt(&p.body, &terms))
                    .unwrap_or_default(),
            });
        }
        {
            let all = snap
                .plans
                .iter()
                .filter(|p| may_view(p.space_id) && p.matches(&terms))
                .collect::<Vec<_>>();
            found.plans = Group::of(all, r.page(Kind::Plans)).map(|p| PlanHit {
                id: p.id,
                space_id: p.space_id,
                title: p.title.to_string(),
                status: p.status.to_string(),
                excerpt: excerpt(&p.description, &terms),
            });
        }
    }
    // The explorers' own word search (the same matches as their lists' `?q=`), newest
    // activities and the appeal's order of projects first.
    let (total, items) =
        crate::activities::explore::words_page(app, &r.text, r.page(Kind::Activities)).await?;
    found.activities = Group { total, items };
    let (total, items) =
        crate::projects::explore::words_page(app, &r.text, r.page(Kind::Projects)).await?;
    found.projects = Group { total, items };
    found.recommendations = Group::of(
        crate::recommendations::search(app, v, &r.text).await?,
        r.page(Kind::Recommendations),
    );
    found.terms = terms;
    Ok(found)
}

impl<T> Group<T> {
    fn map<U>(self, f: impl FnMut(T) -> U) -> Group<U> {
        Group {
            total: self.total,
            items: self.items.into_iter().map(f).collect(),
        }
    }
}

/// Organizations whose code, other acronyms or name in any of the six languages holds
/// every term; those whose code or a name starts with the first term first.
fn orgs(catalog: &Catalog, terms: &[String]) -> Vec<Org> {
    let first = terms[0].as_str();
    let mut hits: Vec<(bool, &Org)> = catalog
        .orgs_matching(terms)
        .map(|o| {
            let starts = fold(&o.code).starts_with(first)
                || o.names().iter().any(|n| fold(n).starts_with(first));
            (!starts, o)
        })
        .collect();
    // Stable: within each part, the reference data's order (entities, then States).
    hits.sort_by_key(|(later, _)| *later);
    hits.into_iter().map(|(_, o)| o.clone()).collect()
}

/// Spaces (every focal point sees the list of spaces) whose name or purpose holds every term.
fn spaces(catalog: &Catalog, terms: &[String]) -> Vec<Space> {
    catalog
        .spaces
        .iter()
        .filter(|s| {
            // A working group is also called by its number ("Working group 4", "WG 4").
            let number = s
                .wg_number
                .map(|n| format!("working group {n} wg {n} wg{n}"))
                .unwrap_or_default();
            let text = fold(&format!(
                "{} {} {} {number}",
                s.slug,
                s.names().join(" "),
                s.purpose
            ));
            terms.iter().all(|t| text.contains(t.as_str()))
        })
        .cloned()
        .collect()
}

/// Events the viewer may see whose title, description or place holds every term: those
/// still to come (or under way) first, soonest first; then past ones, latest first.
async fn events(
    app: &App,
    v: &Viewer,
    catalog: &Catalog,
    terms: &[String],
    page: (usize, usize),
    tz: chrono_tz::Tz,
    now: DateTime<Utc>,
) -> Outcome<Group<EventHit>> {
    let snap = app.calendar.snapshot(&app.db).await?;
    let texts = snap.texts();
    let mut all: Vec<(bool, i64, &Arc<Event>)> = snap
        .events
        .iter()
        .zip(texts.iter())
        .filter(|(_, text)| terms.iter().all(|t| text.contains(t.as_str())))
        .map(|(e, _)| e)
        .filter(|e| can_event(v, info_in(catalog, e), EventAction::View))
        .map(|e| {
            let upcoming = e.ends_at.is_none_or(|x| x > now);
            let key = if upcoming {
                e.starts_at.timestamp()
            } else {
                -e.ends_at.unwrap_or(e.starts_at).timestamp()
            };
            (!upcoming, key, e)
        })
        .collect();
    all.sort_by_key(|(past, key, e)| (*past, *key, e.id));
    Ok(Group::of(all, page).map(|(past, _, e)| EventHit {
        when: crate::calendar_view::next_occurrence(
            &snap,
            e,
            if past { None } else { Some(now) },
            tz,
        ),
        upcoming: !past,
        event: e.clone(),
    }))
}

/// A short passage of `text` around the first word holding a term (Markdown marks
/// dropped), so a result says why it matched.
pub fn excerpt(text: &str, terms: &[String]) -> String {
    const BEFORE: usize = 8;
    const WORDS: usize = 28;
    const CHARS: usize = 220;
    // Bidi embeddings and isolates are dropped: a cut passage must not leave one open.
    let plain: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .map(|c| match c {
            '*' | '_' | '#' | '`' | '>' | '[' | ']' => ' ',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let words: Vec<&str> = plain.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| {
            let f = fold(w);
            terms.iter().any(|t| f.contains(t.as_str()))
        })
        .unwrap_or(0);
    let from = at.saturating_sub(BEFORE);
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    out.push_str(&words[from..(from + WORDS).min(words.len())].join(" "));
    if from + WORDS < words.len() {
        out.push('…');
    }
    if out.chars().count() > CHARS {
        out = out.chars().take(CHARS).collect::<String>() + "…";
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Vec<String> {
        terms_of(s)
    }

    #[test]
    fn an_excerpt_shows_the_words_around_the_match() {
        let text = "one two three four five six seven eight nine ten **Sahel** eleven twelve";
        let e = excerpt(text, &t("sahel"));
        assert!(e.starts_with('…'), "{e}");
        assert!(
            e.contains("three four five six seven eight nine ten Sahel eleven"),
            "{e}"
        );
        assert!(!e.contains("**"), "{e}");
        assert_eq!(
            excerpt("Réunion à Genève", &t("geneve")),
            "Réunion à Genève"
        );
    }

    #[test]
    fn an_excerpt_stays_short_whatever_is_written() {
        let long = "王".repeat(10_000);
        let e = excerpt(&long, &t("王"));
        assert!(e.chars().count() <= 221, "{}", e.chars().count());
        let many = "word ".repeat(10_000);
        assert!(excerpt(&many, &t("nothing")).chars().count() <= 221);
        assert_eq!(excerpt("", &t("x")), "");
        assert_eq!(excerpt("a\u{0}b\u{202e}c", &t("b")), "a bc");
    }

    #[test]
    fn kinds_round_trip_through_their_keys() {
        for k in KINDS {
            assert_eq!(Kind::parse(k.key()), Some(k));
        }
        assert_eq!(Kind::parse("nothing"), None);
    }
}
