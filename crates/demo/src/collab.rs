//! Demo collaboration in the working groups: chairs and vice-chairs among the members,
//! discussion threads with replies (Markdown, mentions), work-plan items with their
//! statuses and the member organizations' scores. Through the store's public API.

use gctcp_domain::markdown;
use gctcp_domain::{AccountId, SpaceId, SpaceRole};
use gctcp_store::{discussions, planning, spaces, Db};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

/// What `generate` created.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub threads: usize,
    pub posts: usize,
    pub items: usize,
    pub scores: usize,
}

const TOPICS: &[(&str, &str)] = &[
    ("Draft joint work programme for the next biennium", "Colleagues, please find the **draft** below. Comments by the end of the month would be most welcome.\n\n1. Regional workshops\n2. Joint assessment missions\n3. A shared training calendar"),
    ("Terms of reference: comments welcome", "The revised terms of reference are in the library. The main change is the *rotation* of the vice-chairs."),
    ("Next meeting: agenda proposals", "Please propose agenda items for our next meeting. Interpretation will be available in English, French and Arabic."),
    ("Lessons learned from the last regional workshop", "A short summary:\n\n- strong participation from national agencies\n- the need for follow-up mentoring\n- materials in more languages"),
    ("Mapping of ongoing projects", "To avoid duplication, could each entity list its ongoing projects in this area? A simple table is enough."),
    ("Gender-sensitive approaches in our activities", "How are you integrating gender perspectives in training curricula? Examples and materials are welcome."),
    ("Request for experts: assessment visit", "One Member State has requested support for an assessment visit. Which entities could provide experts?"),
    ("Sharing good practices on data protection", "Several entities raised questions on data protection in information sharing. Let us collect good practices here."),
];

const REPLIES: &[&str] = &[
    "Thank you, this is very helpful. We will send our comments next week.",
    "We support this proposal and can contribute an expert.",
    "Could we add a session on **regional cooperation**?",
    "Our office has relevant material; I will share it in the library.",
    "Agreed. We suggest holding the first workshop in the second quarter.",
    "Merci pour cette proposition ; nous souhaitons y participer.",
    "Gracias. Podemos compartir la experiencia de nuestra región.",
    "Спасибо, мы поддерживаем предложение.",
    "شكرًا على هذه المبادرة، ونحن على استعداد للمساهمة.",
    "感谢分享，我们愿意参与。",
];

const ITEMS: &[&str] = &[
    "Regional workshop for national focal points",
    "Joint assessment mission",
    "Compilation of good practices",
    "Online training module",
    "Expert group meeting",
    "Joint policy brief",
    "Mapping of technical assistance providers",
    "Side event at the Counter-Terrorism Week",
];

const STATUSES: &[&str] = &[
    "proposed",
    "agreed",
    "agreed",
    "in_progress",
    "done",
    "dropped",
];

/// Adds collaboration to every space that has members.
pub async fn generate(db: &Db, seed: u64) -> anyhow::Result<Summary> {
    let mut rng = StdRng::seed_from_u64(seed ^ 0xc011ab);
    let mut s = Summary::default();
    let leads = spaces::entity_leads(db).await?;
    let all_orgs = gctcp_store::orgs::list(db, None).await?;
    for space in spaces::list(db).await? {
        let sid = SpaceId(space.id);
        let members = spaces::members(db, sid).await?;
        let active: Vec<_> = members.iter().filter(|m| m.status == "active").collect();
        if active.len() < 3 {
            continue;
        }
        // A chair and two vice-chairs, if none was appointed.
        let mut tx = db.begin().await?;
        if !members.iter().any(|m| m.role != "member") {
            let picks: Vec<_> = active.choose_multiple(&mut rng, 3).collect();
            for (i, m) in picks.iter().enumerate() {
                let role = if i == 0 {
                    SpaceRole::Chair
                } else {
                    SpaceRole::ViceChair
                };
                spaces::set_member(&mut tx, sid, AccountId(m.account_id), role, None).await?;
                gctcp_store::directory::refresh(&mut tx, AccountId(m.account_id)).await?;
            }
        }
        // Threads with replies, some mentioning a member.
        let n = rng.gen_range(3..=6);
        let topics: Vec<_> = TOPICS.choose_multiple(&mut rng, n).collect();
        for (title, body) in topics {
            let author = active.choose(&mut rng).expect("members");
            let html = markdown::render(body);
            let (thread, _) = discussions::start(
                &mut tx,
                sid,
                title,
                AccountId(author.account_id),
                body,
                &html,
            )
            .await?;
            discussions::follow_unless_muted(&mut tx, AccountId(author.account_id), thread).await?;
            s.threads += 1;
            s.posts += 1;
            for _ in 0..rng.gen_range(0..=8) {
                let who = active.choose(&mut rng).expect("members");
                let mut text = REPLIES.choose(&mut rng).expect("replies").to_string();
                if rng.gen_bool(0.25) {
                    let m = active.choose(&mut rng).expect("members");
                    text = format!(
                        "@[{}](/people/{}) {text}",
                        m.display_name.replace(['[', ']'], ""),
                        m.account_id
                    );
                }
                let html = markdown::render(&text);
                let post =
                    discussions::reply(&mut tx, thread, AccountId(who.account_id), &text, &html)
                        .await?;
                discussions::mention(&mut tx, post, &markdown::mentions(&text)).await?;
                discussions::follow_unless_muted(&mut tx, AccountId(who.account_id), thread)
                    .await?;
                s.posts += 1;
            }
        }
        // Work-plan items, led by the space's chairing entities, scored by members' orgs.
        let lead_orgs: Vec<i64> = leads
            .iter()
            .filter(|l| l.space_id == space.id)
            .map(|l| l.organization_id)
            .collect();
        let mut orgs: Vec<i64> = Vec::new();
        for m in &active {
            if let Some(o) = all_orgs.iter().find(|o| o.code == m.org_code) {
                if !orgs.contains(&o.id) {
                    orgs.push(o.id);
                }
            }
        }
        let n = rng.gen_range(4..=7);
        let titles: Vec<_> = ITEMS.choose_multiple(&mut rng, n).collect();
        for title in titles {
            let f = planning::Fields {
                title: title.to_string(),
                description: "Proposed at the last meeting of the working group.".into(),
                lead_org: lead_orgs.choose(&mut rng).copied(),
                pillar: space.pillar,
                status: STATUSES.choose(&mut rng).expect("statuses").to_string(),
                target_date: chrono::NaiveDate::from_ymd_opt(2027, rng.gen_range(1..=12), 15),
                orgs: lead_orgs
                    .choose_multiple(&mut rng, lead_orgs.len().min(2))
                    .copied()
                    .collect(),
                themes: vec![],
                resources: vec![],
            };
            let by = active.choose(&mut rng).map(|m| AccountId(m.account_id));
            let item = planning::insert(&mut tx, sid, &f, by).await?;
            s.items += 1;
            let scorers: Vec<i64> = orgs
                .choose_multiple(&mut rng, orgs.len().min(8))
                .copied()
                .collect();
            for org in scorers {
                let scorer = by.unwrap_or(AccountId(active[0].account_id));
                planning::score(&mut tx, item, org, rng.gen_range(1..=5), scorer).await?;
                s.scores += 1;
            }
        }
        tx.commit().await?;
    }
    Ok(s)
}
