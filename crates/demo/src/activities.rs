//! Activities of the Compact's entities as a tracker would hold them after some years:
//! workshops, trainings, assessment visits, expert meetings, deployments, publications
//! and conferences, national, regional and global, from 2019 to two years ahead. Those
//! in the past are mostly completed (with participants counted and progress updates),
//! those under way ongoing, those ahead planned; some are postponed or cancelled. About
//! half belong to a project of the compendium, a third to a working group. Through the
//! store's public API.

use chrono::{Datelike, Duration, NaiveDate, TimeZone, Utc};
use gctcp_domain::activity::Dates;
use gctcp_store::activities::{self, Fields};
use gctcp_store::Db;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

/// What `generate` created.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub activities: usize,
    pub updates: usize,
}

/// The entities that run most activities, the most active first (repeated by weight).
const LEADS: &[&str] = &[
    "UNOCT", "UNOCT", "UNOCT", "UNODC", "UNODC", "UNODC", "CTED", "CTED", "UNDP", "UNICRI",
    "INTERPOL", "IOM", "OHCHR", "UN Women", "UNICEF", "ICAO", "IMO", "WCO", "UNESCO", "UNITAR",
];

/// (kind, how it is titled)
const KINDS: &[(&str, &str)] = &[
    ("workshop", "National workshop on"),
    ("workshop", "Regional workshop on"),
    ("training", "Training course on"),
    ("training", "Training of trainers on"),
    ("assessment_visit", "Assessment visit on"),
    ("expert_meeting", "Expert group meeting on"),
    ("expert_deployment", "Deployment of experts on"),
    ("publication", "Handbook on"),
    ("conference", "High-level conference on"),
    ("other", "Technical consultation on"),
];

const UPDATES: &[&str] = &[
    "Agenda agreed with the national authorities; invitations sent.",
    "Logistics confirmed and experts identified.",
    "The first sessions took place as planned; participants engaged actively.",
    "Delayed by a month at the host's request; new dates confirmed.",
    "Completed. The report and the recommendations were shared with the participants.",
    "Follow-up call held with the focal points; next steps agreed.",
];

/// Adds `n` activities. The same seed gives the same activities.
pub async fn generate(db: &Db, n: usize, seed: u64) -> anyhow::Result<Summary> {
    let mut rng = StdRng::seed_from_u64(seed ^ 0x4143_5456);
    let orgs = gctcp_store::orgs::list(db, None).await?;
    let themes = gctcp_store::directory::themes(db).await?;
    let spaces = gctcp_store::spaces::list(db).await?;
    let id_of = |code: &str| orgs.iter().find(|o| o.code == code).map(|o| o.id);
    let entities: Vec<i64> = orgs
        .iter()
        .filter(|o| !o.is_member_state())
        .map(|o| o.id)
        .collect();
    let leads: Vec<i64> = LEADS.iter().filter_map(|c| id_of(c)).collect();
    let leads = if leads.is_empty() {
        entities.clone()
    } else {
        leads
    };
    let states: Vec<&gctcp_store::orgs::Org> =
        orgs.iter().filter(|o| o.is_member_state()).collect();
    let mut regions: Vec<&str> = states.iter().filter_map(|o| o.region.as_deref()).collect();
    regions.sort_unstable();
    regions.dedup();
    let projects: Vec<(i64, i64)> = gctcp_store::query("SELECT id, lead_org_id FROM projects")
        .fetch_all(db)
        .await?;
    let today = Utc::now().date_naive();
    let first = NaiveDate::from_ymd_opt(2019, 1, 1).expect("date");
    let span = (today + Duration::days(730) - first).num_days();
    let mut summary = Summary::default();
    let mut batch: Vec<Fields> = Vec::new();
    let mut notes: Vec<Vec<(String, i64)>> = Vec::new();
    for _ in 0..n {
        let lead = *leads.choose(&mut rng).expect("leads");
        let (kind, stem) = *KINDS.choose(&mut rng).expect("kinds");
        let theme = themes.choose(&mut rng).expect("themes");
        let mut theme_ids = vec![theme.id];
        if rng.gen_bool(0.3) {
            theme_ids.push(themes.choose(&mut rng).expect("themes").id);
        }
        let (countries, named_regions, where_) = match rng.gen_range(0..10) {
            0..=5 => {
                let c = states.choose(&mut rng).expect("states");
                (vec![c.id], vec![], c.name_en.clone())
            }
            6..=7 => {
                let r = *regions.choose(&mut rng).expect("regions");
                let in_region: Vec<&&gctcp_store::orgs::Org> = states
                    .iter()
                    .filter(|o| o.region.as_deref() == Some(r))
                    .collect();
                let k = rng.gen_range(2..=5).min(in_region.len());
                let cs = in_region
                    .choose_multiple(&mut rng, k)
                    .map(|o| o.id)
                    .collect();
                (cs, vec![r.to_string()], r.to_string())
            }
            8 => {
                let k = rng.gen_range(2..=6);
                let cs = states.choose_multiple(&mut rng, k).map(|o| o.id).collect();
                (cs, vec![], "several Member States".to_string())
            }
            _ => (vec![], vec![], String::new()),
        };
        let title = if where_.is_empty() {
            format!("{stem} {}", theme.name_en.to_lowercase())
        } else {
            format!("{stem} {} — {where_}", theme.name_en.to_lowercase())
        };
        let start = first + Duration::days(rng.gen_range(0..span));
        let days = match kind {
            "publication" => 0,
            "expert_deployment" => rng.gen_range(14..120),
            "training" => rng.gen_range(2..10),
            _ => rng.gen_range(0..4),
        };
        let end = start + Duration::days(days);
        let status = if end < today {
            match rng.gen_range(0..20) {
                0 => "cancelled",
                1 => "postponed",
                _ => "completed",
            }
        } else if start <= today {
            "ongoing"
        } else if rng.gen_bool(0.08) {
            "postponed"
        } else {
            "planned"
        };
        let done = status == "completed" || status == "ongoing";
        let mut dates = Dates {
            planned_start: Some(start),
            planned_end: Some(end),
            ..Dates::default()
        };
        if done {
            let slip = Duration::days(rng.gen_range(0..3) * 7);
            dates.actual_start = Some(start + slip);
            if status == "completed" {
                dates.actual_end = Some(end + slip);
            }
        }
        let counted = status == "completed" && kind != "publication" && rng.gen_bool(0.8);
        let total: i64 = if kind == "conference" {
            rng.gen_range(80..400)
        } else {
            rng.gen_range(8..45)
        };
        let women = counted.then(|| (total as f64 * rng.gen_range(0.2..0.6)).round() as i64);
        let project = if rng.gen_bool(0.5) && !projects.is_empty() {
            let same: Vec<i64> = projects
                .iter()
                .filter(|(_, l)| *l == lead)
                .map(|(p, _)| *p)
                .collect();
            same.choose(&mut rng)
                .copied()
                .or_else(|| projects.choose(&mut rng).map(|(p, _)| *p))
        } else {
            None
        };
        let k = rng.gen_range(0..=2);
        let partners = entities.choose_multiple(&mut rng, k).copied().collect();
        let space = if rng.gen_bool(0.3) {
            spaces.choose(&mut rng).map(|s| s.id)
        } else {
            None
        };
        batch.push(Fields {
            kind: kind.to_string(),
            description: format!(
                "{title}. Organised with the national authorities and partner entities, it \
                 brings together practitioners to share good practice, in line with the United \
                 Nations Global Counter-Terrorism Strategy, international law and human rights."
            ),
            title,
            status: status.to_string(),
            lead_org: lead,
            space,
            project,
            dates,
            women,
            men: women.map(|w| total - w),
            others: None,
            partners,
            countries,
            regions: named_regions,
            pillars: vec![rng.gen_range(1..=4)],
            themes: theme_ids,
            resources: vec![],
            events: vec![],
        });
        let k = if done { rng.gen_range(0..=3) } else { 0 };
        notes.push(
            (0..k)
                .map(|j| {
                    (
                        UPDATES.choose(&mut rng).expect("updates").to_string(),
                        j as i64 * 5,
                    )
                })
                .collect(),
        );
        if batch.len() == 2000 {
            summary.updates += write(db, &mut batch, &mut notes).await?;
        }
    }
    summary.updates += write(db, &mut batch, &mut notes).await?;
    summary.activities = n;
    Ok(summary)
}

/// Writes a batch of activities with their progress updates; returns how many updates.
async fn write(
    db: &Db,
    batch: &mut Vec<Fields>,
    notes: &mut Vec<Vec<(String, i64)>>,
) -> anyhow::Result<usize> {
    if batch.is_empty() {
        return Ok(0);
    }
    let mut tx = db.begin().await?;
    let ids = activities::insert_many(&mut tx, batch).await?;
    let mut updates = Vec::new();
    for ((id, f), ns) in ids.iter().zip(batch.iter()).zip(notes.iter()) {
        let from = f.dates.actual_start.or(f.dates.planned_start);
        for (body, days) in ns {
            let day = from.unwrap_or_else(|| Utc::now().date_naive()) + Duration::days(*days);
            let at = Utc
                .with_ymd_and_hms(day.year(), day.month(), day.day(), 9, 0, 0)
                .single()
                .unwrap_or_else(Utc::now)
                .min(Utc::now());
            updates.push((*id, None, body.clone(), at));
        }
    }
    activities::insert_updates(&mut tx, &updates).await?;
    tx.commit().await?;
    batch.clear();
    notes.clear();
    Ok(updates.len())
}
