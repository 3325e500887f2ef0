//! CTED's assessments in the shape of its work: comprehensive and focused visits, desk
//! reviews and follow-ups of Member States since 2019, each with recommendations across
//! the thematic areas, some addressed by the State's projects and activities; and the
//! States' consents — to every Compact entity, to a few by name (some with an end date,
//! some already past), a few withdrawn, many not given at all. Through the store's API.

use chrono::{Duration, NaiveDate, Utc};
use gctcp_store::recommendations::{self as store, AssessmentFields, RecommendationFields};
use gctcp_store::Db;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

/// What `generate` created.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub assessments: usize,
    pub recommendations: usize,
    pub consents: usize,
}

/// (theme slug, pillar, recommendation, assistance requested)
const NEEDS: &[(&str, i64, &str, &str)] = &[
    ("national-strategies", 3, "Consider adopting a comprehensive and integrated national counter-terrorism strategy, developed with civil society and reviewed periodically.", "Facilitation of a national strategy drafting process."),
    ("cft", 2, "Consider conducting a national terrorism-financing risk assessment and sharing its results with the private sector.", "Methodology and training for the financial intelligence unit."),
    ("cft", 2, "Consider strengthening the oversight of non-profit organizations at risk of abuse for terrorism financing, in a targeted and proportionate manner.", "Guidance on risk-based supervision of non-profit organizations."),
    ("border-security", 2, "Consider strengthening the screening of travellers at land borders, including access to INTERPOL databases at all border crossing points.", "Equipment and training for border officers."),
    ("api-pnr", 2, "Consider establishing a passenger information unit and the legal basis for the collection and use of advance passenger information and passenger name records.", "Legislative drafting and deployment of a passenger data system."),
    ("criminal-justice", 4, "Consider ensuring that terrorism offences are clearly defined in law, in line with the principle of legality.", "Legislative review by international experts."),
    ("criminal-justice", 2, "Consider strengthening the capacity of prosecutors to use battlefield and digital evidence in terrorism cases.", "Training for prosecutors and judges."),
    ("foreign-terrorist-fighters", 2, "Consider developing prosecution, rehabilitation and reintegration strategies for returning foreign terrorist fighters and their families.", "Support to a rehabilitation and reintegration programme."),
    ("pcve", 1, "Consider developing a national action plan to prevent violent extremism, with a whole-of-society approach.", "Facilitation and technical advice."),
    ("human-rights", 4, "Consider establishing independent oversight of counter-terrorism measures, including those of the intelligence services.", "Advice on oversight mechanisms."),
    ("victims", 4, "Consider providing for the assistance and support of victims of terrorism, including legal, medical and psychological support.", "Support to a victims' assistance framework."),
    ("cybersecurity", 2, "Consider strengthening the capacity to counter the use of information and communications technologies for terrorist purposes, with respect for human rights.", "Training for law enforcement on digital investigations."),
    ("critical-infrastructure", 2, "Consider developing a national framework for the protection of critical infrastructure and soft targets, with public-private partnerships.", "Risk assessment methodology and exercises."),
    ("gender", 4, "Consider integrating a gender perspective into counter-terrorism and prevention policies and ensuring women's participation in their design.", "Gender analysis and training."),
    ("wmd", 2, "Consider strengthening controls on materials that could be used for weapons of mass destruction, in line with resolution 1540 (2004).", "Legislative assistance and export-control training."),
    ("strategic-communications", 1, "Consider developing strategic communications that counter terrorist narratives, with credible voices from communities.", "Communications training for national authorities."),
    ("civil-society-youth", 1, "Consider engaging youth and civil society organizations in the prevention of violent extremism.", "Small grants and dialogue facilitation."),
];

const KINDS: &[&str] = &[
    "comprehensive_visit",
    "comprehensive_visit",
    "focused_visit",
    "focused_visit",
    "desk_review",
    "follow_up",
];

const NOTES: &[&str] = &[
    "Discussed with the national focal point; priorities confirmed.",
    "Technical assistance under way with a Compact entity.",
    "Draft legislation shared for review.",
    "The State reports progress; to be verified in the follow-up visit.",
];

/// Adds assessments of `n` Member States (at most one per State). The same seed gives
/// the same assessments.
pub async fn generate(db: &Db, n: usize, seed: u64) -> anyhow::Result<Summary> {
    let mut rng = StdRng::seed_from_u64(seed ^ 0x4354_4544);
    let orgs = gctcp_store::orgs::list(db, None).await?;
    let themes = gctcp_store::directory::themes(db).await?;
    let theme_id = |slug: &str| themes.iter().find(|t| t.slug == slug).map(|t| t.id);
    let states: Vec<i64> = orgs
        .iter()
        .filter(|o| o.is_member_state())
        .map(|o| o.id)
        .collect();
    let entities: Vec<i64> = orgs
        .iter()
        .filter(|o| !o.is_member_state() && o.code != "CTED")
        .map(|o| o.id)
        .collect();
    let cted = orgs.iter().find(|o| o.code == "CTED").map(|o| o.id);
    let author: Option<i64> = match cted {
        Some(c) => {
            gctcp_store::query("SELECT MIN(id) FROM accounts WHERE organization_id = $1")
                .bind(c)
                .scalar(db)
                .await?
        }
        None => None,
    };
    // Each State's first focal point gives its consents.
    let focal_points: Vec<(i64, i64)> = gctcp_store::query(
        "SELECT organization_id, MIN(id) FROM accounts GROUP BY organization_id",
    )
    .fetch_all(db)
    .await?;
    let by_state = |s: i64| focal_points.iter().find(|(o, _)| *o == s).map(|(_, a)| *a);
    let projects: Vec<(i64, i64, String)> = gctcp_store::query(
        "SELECT c.org_id, p.id, p.status FROM project_countries c JOIN projects p ON p.id = c.project_id",
    )
    .fetch_all(db)
    .await?;
    let activities: Vec<(i64, i64)> =
        gctcp_store::query("SELECT org_id, activity_id FROM activity_countries")
            .fetch_all(db)
            .await?;
    let today = Utc::now().date_naive();
    let first = NaiveDate::from_ymd_opt(2019, 1, 1).expect("date");
    let span = (today - first).num_days();
    let mut summary = Summary::default();
    let mut tx = db.begin().await?;
    for &state in states.choose_multiple(&mut rng, n.min(states.len())) {
        let f = AssessmentFields {
            state_org_id: state,
            kind: (*KINDS.choose(&mut rng).expect("kinds")).to_string(),
            held_on: first + Duration::days(rng.gen_range(0..span.max(1))),
            report_resource_id: None,
        };
        let a = store::insert_assessment(&mut tx, &f, author).await?;
        summary.assessments += 1;
        let theirs: Vec<&(i64, i64, String)> =
            projects.iter().filter(|(o, _, _)| *o == state).collect();
        let acts: Vec<i64> = activities
            .iter()
            .filter(|(o, _)| *o == state)
            .map(|(_, a)| *a)
            .collect();
        let k = rng.gen_range(3..=9);
        let needs: Vec<_> = NEEDS.choose_multiple(&mut rng, k).collect();
        for (slug, pillar, body, assistance) in needs {
            let status = match rng.gen_range(0..10) {
                0..=4 => "open",
                5..=7 => "in_progress",
                8 => "implemented",
                _ => "superseded",
            };
            let mut r = RecommendationFields {
                body: (*body).to_string(),
                theme_id: theme_id(slug),
                pillar: Some(*pillar),
                priority: ["high", "medium", "low"][rng.gen_range(0..3)].to_string(),
                assistance: (*assistance).to_string(),
                status: status.to_string(),
                projects: vec![],
                activities: vec![],
            };
            if !theirs.is_empty() && rng.gen_bool(0.35) {
                r.projects
                    .push(theirs.choose(&mut rng).expect("projects").1);
            }
            if !acts.is_empty() && rng.gen_bool(0.25) {
                r.activities
                    .push(*acts.choose(&mut rng).expect("activities"));
            }
            let id = store::insert_recommendation(&mut tx, a, &r).await?;
            summary.recommendations += 1;
            if status != "open" && rng.gen_bool(0.5) {
                let note = NOTES.choose(&mut rng).expect("notes");
                store::add_note(&mut tx, id, author, note, None).await?;
            }
        }
        let Some(by) = by_state(state) else {
            continue;
        };
        match rng.gen_range(0..10) {
            0..=3 => {
                store::grant(&mut tx, a, None, None, by).await?;
                summary.consents += 1;
            }
            4..=6 => {
                let k = rng.gen_range(1..=3);
                let chosen: Vec<i64> = entities.choose_multiple(&mut rng, k).copied().collect();
                for e in chosen {
                    let until = match rng.gen_range(0..4) {
                        0 => Some(today - Duration::days(rng.gen_range(1..400))),
                        1 => Some(today + Duration::days(rng.gen_range(30..700))),
                        _ => None,
                    };
                    let c = store::grant(&mut tx, a, Some(e), until, by).await?;
                    summary.consents += 1;
                    if rng.gen_bool(0.15) {
                        store::revoke(&mut tx, a, c, by).await?;
                    }
                }
            }
            _ => {}
        }
    }
    tx.commit().await?;
    Ok(summary)
}
