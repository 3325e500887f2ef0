//! A realistic project compendium in the shape of the Multi-Year Appeals: the 2019–2020
//! appeal (60 projects from 10 entities, USD 194 million, now closed), the 2021–2022
//! appeal (52 projects in 12 programmes, USD 179 million, active) and projects in the
//! pipeline beyond them — global, regional and national, across the four pillars, with
//! donors funding part of what is asked. Through the store's public API.

use chrono::NaiveDate;
use gctcp_store::projects::{self, Donor, Fields};
use gctcp_store::Db;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

/// What `generate` created.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub projects: usize,
    pub requested: i64,
    pub funded: i64,
}

/// The entities of the 2021–2022 appeal lead most projects.
const LEADS: &[&str] = &[
    "UNOCT", "UNOCT", "UNOCT", "UNODC", "UNODC", "UNDP", "UNICRI", "CTED", "IMO", "INTERPOL",
    "IOM", "OHCHR", "UNICEF", "UN Women", "ICAO", "UNITAR", "UNAOC", "WCO", "UNIDIR",
];

const DONORS: &[&str] = &[
    "European Union",
    "Kingdom of Saudi Arabia",
    "State of Qatar",
    "Japan",
    "Germany",
    "United States of America",
    "United Kingdom",
    "Netherlands",
    "Norway",
    "Canada",
    "China",
    "Spain",
    "Republic of Korea",
    "Russian Federation",
    "India",
    "Switzerland",
    "Sweden",
    "Australia",
    "United Arab Emirates",
    "Kuwait",
];

/// (theme slug, title stems, pillar)
const AREAS: &[(&str, &[&str], i64)] = &[
    (
        "strategic-communications",
        &[
            "Strategic communications against terrorist narratives",
            "Counter-messaging capacity for national authorities",
        ],
        1,
    ),
    (
        "pcve",
        &[
            "Preventing violent extremism through education",
            "Community resilience to violent extremism",
            "National PVE action plans",
        ],
        1,
    ),
    (
        "foreign-terrorist-fighters",
        &[
            "Prosecution, rehabilitation and reintegration of returnees",
            "Managing foreign terrorist fighters and their families",
        ],
        2,
    ),
    (
        "border-security",
        &[
            "Border security and management",
            "Integrated border management in remote areas",
        ],
        2,
    ),
    (
        "api-pnr",
        &[
            "Countering terrorist travel with API and PNR",
            "Passenger data units",
        ],
        2,
    ),
    (
        "cft",
        &[
            "Countering the financing of terrorism",
            "Financial intelligence units against terrorist financing",
        ],
        2,
    ),
    (
        "cybersecurity",
        &[
            "Cybersecurity of critical systems",
            "Countering terrorist use of the internet",
        ],
        2,
    ),
    (
        "human-rights",
        &[
            "Human rights-compliant counter-terrorism investigations",
            "Rule of law in counter-terrorism responses",
        ],
        4,
    ),
    (
        "victims",
        &[
            "Support to victims of terrorism",
            "Victims' associations and their rights",
        ],
        4,
    ),
    (
        "civil-society-youth",
        &[
            "Youth engagement in preventing violent extremism",
            "Civil society partnerships",
        ],
        1,
    ),
    (
        "ai",
        &["Artificial intelligence for counter-terrorism investigations"],
        3,
    ),
    (
        "criminal-justice",
        &[
            "Criminal justice responses to terrorism",
            "Prison management and violent extremist prisoners",
        ],
        3,
    ),
    (
        "critical-infrastructure",
        &[
            "Protection of critical infrastructure and soft targets",
            "Security of major sporting events",
        ],
        2,
    ),
    (
        "gender",
        &[
            "Gender-sensitive approaches to counter-terrorism",
            "Women's leadership in preventing violent extremism",
        ],
        4,
    ),
    (
        "national-strategies",
        &[
            "National and regional counter-terrorism strategies",
            "Whole-of-government counter-terrorism coordination",
        ],
        3,
    ),
    (
        "wmd",
        &[
            "Preventing terrorist access to weapons of mass destruction",
            "Chemical and biological terrorism preparedness",
        ],
        2,
    ),
];

/// One appeal: its code prefix, how many projects, its years, its status.
struct Appeal {
    prefix: &'static str,
    projects: usize,
    from: i32,
    to: i32,
    status: &'static str,
    /// Typical share funded.
    funded: (f64, f64),
}

/// Adds `n` projects (at least the two appeals' 112 when `n` is that large): the appeals
/// first, then projects in the pipeline. The same seed gives the same projects.
pub async fn generate(db: &Db, n: usize, seed: u64) -> anyhow::Result<Summary> {
    let mut rng = StdRng::seed_from_u64(seed ^ 0x5052_4f4a);
    let orgs = gctcp_store::orgs::list(db, None).await?;
    let themes = gctcp_store::directory::themes(db).await?;
    let id_of = |code: &str| orgs.iter().find(|o| o.code == code).map(|o| o.id);
    let entities: Vec<i64> = orgs
        .iter()
        .filter(|o| !o.is_member_state())
        .map(|o| o.id)
        .collect();
    let leads: Vec<i64> = LEADS.iter().filter_map(|c| id_of(c)).collect();
    let states: Vec<&gctcp_store::orgs::Org> =
        orgs.iter().filter(|o| o.is_member_state()).collect();
    let mut regions: Vec<&str> = states.iter().filter_map(|o| o.region.as_deref()).collect();
    regions.sort_unstable();
    regions.dedup();
    let appeals = [
        Appeal {
            prefix: "MYA19",
            projects: 60,
            from: 2019,
            to: 2020,
            status: "closed",
            funded: (0.55, 1.05),
        },
        Appeal {
            prefix: "MYA21",
            projects: 52,
            from: 2021,
            to: 2022,
            status: "active",
            funded: (0.35, 0.95),
        },
        Appeal {
            prefix: "MYA23",
            projects: usize::MAX,
            from: 2023,
            to: 2027,
            status: "pipeline",
            funded: (0.0, 0.4),
        },
    ];
    let mut summary = Summary::default();
    // Numbers go on from the projects already there, so that codes stay unique when
    // demo data is added twice.
    let before = projects::count(db).await? as usize;
    let mut made = 0usize;
    let mut tx = db.begin().await?;
    for appeal in &appeals {
        let mut i = 0;
        while i < appeal.projects && made < n {
            i += 1;
            made += 1;
            let lead = *leads.choose(&mut rng).expect("leads");
            let (slug, stems, pillar) = AREAS.choose(&mut rng).expect("areas");
            let theme = themes.iter().find(|t| t.slug == *slug).map(|t| t.id);
            let mut theme_ids: Vec<i64> = theme.into_iter().collect();
            if rng.gen_bool(0.5) {
                theme_ids.push(themes.choose(&mut rng).expect("themes").id);
            }
            let mut pillars = vec![*pillar];
            if rng.gen_bool(0.3) {
                pillars.push(rng.gen_range(1..=4));
            }
            // Scope: a third national, a third regional, the rest global or multi-country.
            let (countries, project_regions, where_) = match rng.gen_range(0..10) {
                0..=3 => {
                    let c = states.choose(&mut rng).expect("states");
                    (vec![c.id], vec![], c.name_en.clone())
                }
                4..=6 => {
                    let r = *regions.choose(&mut rng).expect("regions");
                    let in_region: Vec<&&gctcp_store::orgs::Org> = states
                        .iter()
                        .filter(|o| o.region.as_deref() == Some(r))
                        .collect();
                    let k = rng.gen_range(2..=6).min(in_region.len());
                    let cs = in_region
                        .choose_multiple(&mut rng, k)
                        .map(|o| o.id)
                        .collect();
                    (cs, vec![r.to_string()], r.to_string())
                }
                7 => {
                    let k = rng.gen_range(3..=12);
                    let cs = states.choose_multiple(&mut rng, k).map(|o| o.id).collect();
                    (cs, vec![], "selected Member States".to_string())
                }
                _ => (vec![], vec![], "global".to_string()),
            };
            let stem = stems.choose(&mut rng).expect("stems");
            let title = if where_ == "global" {
                format!("{stem}: global programme")
            } else {
                format!("{stem} in {where_}")
            };
            let k = rng.gen_range(0..=3);
            let partners = entities.choose_multiple(&mut rng, k).copied().collect();
            // Budgets from USD 250,000 to 12 million, log-uniform, in thousands.
            let requested =
                ((250_000f64 * (48f64).powf(rng.gen::<f64>())) / 1000.0).round() as i64 * 1000;
            let share = rng.gen_range(appeal.funded.0..=appeal.funded.1);
            let mut left = (requested as f64 * share / 1000.0).round() as i64 * 1000;
            let mut donors = Vec::new();
            let k = if left == 0 { 0 } else { rng.gen_range(1..=4) };
            for (j, name) in DONORS.choose_multiple(&mut rng, k).enumerate() {
                let amount = if j + 1 == k {
                    left
                } else {
                    (left as f64 * rng.gen_range(0.2..0.7) / 1000.0).round() as i64 * 1000
                };
                left -= amount;
                if amount > 0 {
                    donors.push(Donor {
                        name: name.to_string(),
                        amount,
                    });
                }
            }
            let year = rng.gen_range(appeal.from..=appeal.to);
            let starts = NaiveDate::from_ymd_opt(year, rng.gen_range(1..=12), 1);
            let ends = starts
                .and_then(|s| s.checked_add_months(chrono::Months::new(rng.gen_range(12..=48))));
            let lead_code = orgs
                .iter()
                .find(|o| o.id == lead)
                .map(|o| o.code.replace(' ', ""))
                .unwrap_or_default();
            let f = Fields {
                code: format!("{}-{}-{:03}", appeal.prefix, lead_code, before + made),
                summary: format!(
                    "{title}. Led by {lead_code}, the project supports national authorities and \
                     regional bodies through technical assistance, training, expert advice and \
                     the exchange of good practice, in line with the United Nations Global \
                     Counter-Terrorism Strategy and human rights."
                ),
                title,
                status: appeal.status.to_string(),
                lead_org: lead,
                requested_usd: requested,
                starts_on: starts,
                ends_on: ends,
                contact: None,
                partners,
                countries,
                regions: project_regions,
                pillars,
                themes: theme_ids,
                donors,
                resources: vec![],
            };
            summary.requested += f.requested_usd;
            summary.funded += f.donors.iter().map(|d| d.amount).sum::<i64>();
            projects::insert(&mut tx, &f, None).await?;
            summary.projects += 1;
            if made.is_multiple_of(250) {
                tx.commit().await?;
                tx = db.begin().await?;
            }
        }
    }
    tx.commit().await?;
    Ok(summary)
}
