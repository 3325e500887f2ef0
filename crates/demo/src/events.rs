//! A realistic year of the Compact's calendar: each working group's monthly meeting (a
//! series at the chair's duty station), quarterly Coordination Committee meetings,
//! Counter-Terrorism Week in New York, the International Day of Remembrance, regional
//! workshops in the regions' own zones with capacities, and, for load tests, as many
//! extra one-off events as asked. Members answer. Through the store's public API, with
//! the domain's recurrence rules.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;
use gctcp_domain::calendar::{local_to_utc, End, Freq, MonthlyBy, Recurrence, Timing};
use gctcp_domain::{AccountId, SpaceId};
use gctcp_store::calendar::{self as store, Fields, LOCAL};
use gctcp_store::{spaces, Db};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

/// What `generate` created.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub events: usize,
    pub series: usize,
    pub answers: usize,
}

const STATIONS: &[(&str, &str)] = &[
    ("Europe/Zurich", "Palais des Nations, Geneva"),
    ("America/New_York", "UN Headquarters, New York"),
    ("Europe/Vienna", "Vienna International Centre"),
    ("Africa/Nairobi", "UN Office at Nairobi"),
    ("Asia/Bangkok", "UN Conference Centre, Bangkok"),
    ("Asia/Amman", "Amman"),
    ("Africa/Dakar", "Dakar"),
    ("America/Panama", "Panama City"),
];

const WORKSHOPS: &[&str] = &[
    "Regional workshop on border security and management",
    "Training on countering the financing of terrorism",
    "Expert meeting on prosecution, rehabilitation and reintegration",
    "Workshop on protecting critical infrastructure",
    "National consultation on preventing violent extremism",
    "Training of trainers on human rights-compliant investigations",
    "Regional dialogue on victims of terrorism",
    "Workshop on advance passenger information and PNR",
];

#[allow(clippy::too_many_arguments)]
fn fields(
    title: &str,
    tz: Tz,
    start: NaiveDateTime,
    duration: Duration,
    all_day: bool,
    rule: Option<String>,
    location: &str,
    organizer: i64,
    space: Option<i64>,
    pillar: Option<i64>,
    capacity: Option<i64>,
) -> Fields {
    let zone = if all_day { Tz::UTC } else { tz };
    let t = Timing {
        start,
        tz: zone,
        all_day,
        duration,
        rrule: rule.as_deref(),
    };
    let starts_at = local_to_utc(start, zone);
    Fields {
        title: title.into(),
        description: String::new(),
        time_zone: zone.name().into(),
        all_day,
        local_start: start.format(LOCAL).to_string(),
        duration_minutes: duration.num_minutes(),
        starts_at: if all_day {
            starts_at - Duration::hours(14)
        } else {
            starts_at
        },
        ends_at: t
            .last_end()
            .map(|e| if all_day { e + Duration::hours(12) } else { e }),
        rrule: rule,
        location: location.into(),
        online_url: String::new(),
        organizer_org_id: organizer,
        space_id: space,
        members_only: false,
        capacity,
        pillars: pillar.into_iter().collect(),
        themes: vec![],
        resources: vec![],
    }
}

/// The first day of the current month (UTC): where the demo year starts.
pub fn this_month() -> NaiveDate {
    let today = chrono::Utc::now().date_naive();
    today.with_day(1).unwrap_or(today)
}

/// The next `month`/`day` on or after `from`.
fn next(from: NaiveDate, month: u32, day: u32) -> NaiveDate {
    let this = NaiveDate::from_ymd_opt(from.year(), month, day).expect("a valid date");
    if this >= from {
        this
    } else {
        NaiveDate::from_ymd_opt(from.year() + 1, month, day).expect("a valid date")
    }
}

/// Adds a year of events from `from`, and `extra` more one-off events spread over it.
pub async fn generate(
    db: &Db,
    seed: u64,
    from: NaiveDate,
    extra: usize,
) -> anyhow::Result<Summary> {
    let year = from.year();
    let mut rng = StdRng::seed_from_u64(seed ^ 0xca1e4da7);
    let mut s = Summary::default();
    let leads = spaces::entity_leads(db).await?;
    let orgs = gctcp_store::orgs::list(db, None).await?;
    let unoct = orgs
        .iter()
        .find(|o| o.code == "UNOCT")
        .map(|o| o.id)
        .unwrap_or(orgs[0].id);
    let entities: Vec<i64> = orgs
        .iter()
        .filter(|o| o.kind != "member_state")
        .map(|o| o.id)
        .collect();
    let jan1 = from;
    let last = from + Duration::days(365);
    // UIDs are global and stable: a run's own tag keeps a second run's events apart.
    let run: u32 = rand::random();
    let mut n = 0usize;
    let mut uid = || {
        n += 1;
        format!("demo-{seed}-{year}-{run:08x}-{n}@gctcp")
    };
    let mut tx = db.begin().await?;
    let mut author_of: Vec<(i64, Vec<i64>)> = Vec::new();
    for space in spaces::list(db).await? {
        let members = spaces::members(db, SpaceId(space.id)).await?;
        let people: Vec<i64> = members
            .iter()
            .filter(|m| m.status == "active")
            .map(|m| m.account_id)
            .collect();
        let Some(author) = people.first().copied() else {
            continue;
        };
        let organizer = leads
            .iter()
            .find(|l| l.space_id == space.id)
            .map(|l| l.organization_id)
            .unwrap_or(unoct);
        let (zone, place) = STATIONS[(space.id as usize) % 3];
        let tz: Tz = zone.parse().expect("a zone");
        // The monthly meeting: the second Tuesday, 14:00 at the duty station.
        let mut first = jan1;
        while first.weekday() != chrono::Weekday::Tue {
            first += Duration::days(1);
        }
        first += Duration::days(7);
        let start = first.and_time(NaiveTime::from_hms_opt(14, 0, 0).expect("a time"));
        let rule = Recurrence {
            freq: Freq::Monthly,
            interval: 1,
            weekdays: vec![],
            monthly: MonthlyBy::Weekday,
            end: End::Until(last),
        }
        .to_rrule(start, tz, false);
        let title = format!("{} — monthly meeting", space.name_en);
        let f = fields(
            &title,
            tz,
            start,
            Duration::minutes(90),
            false,
            Some(rule),
            place,
            organizer,
            Some(space.id),
            space.pillar,
            None,
        );
        let id = store::insert(&mut tx, &uid(), &f, AccountId(author)).await?;
        s.events += 1;
        s.series += 1;
        author_of.push((id, people.clone()));
    }
    // The Coordination Committee, quarterly in New York; Counter-Terrorism Week; the Day.
    let ny: Tz = "America/New_York".parse().expect("a zone");
    let admin_like = author_of
        .first()
        .and_then(|(_, p)| p.first().copied())
        .unwrap_or(1);
    let cc_start = next(from, 2, 10).and_time(NaiveTime::from_hms_opt(10, 0, 0).expect("a time"));
    let rule = Recurrence {
        freq: Freq::Monthly,
        interval: 3,
        weekdays: vec![],
        monthly: MonthlyBy::Date,
        end: End::Count(4),
    }
    .to_rrule(cc_start, ny, false);
    let f = fields(
        "Coordination Committee meeting",
        ny,
        cc_start,
        Duration::hours(3),
        false,
        Some(rule),
        "UN Headquarters, New York",
        unoct,
        None,
        None,
        None,
    );
    store::insert(&mut tx, &uid(), &f, AccountId(admin_like)).await?;
    s.events += 1;
    s.series += 1;
    let week = next(from, 6, 21).and_time(NaiveTime::MIN);
    let f = fields(
        "Counter-Terrorism Week",
        ny,
        week,
        Duration::days(5),
        true,
        None,
        "UN Headquarters, New York",
        unoct,
        None,
        None,
        None,
    );
    store::insert(&mut tx, &uid(), &f, AccountId(admin_like)).await?;
    let day = next(from, 8, 21).and_time(NaiveTime::MIN);
    let rule = "FREQ=YEARLY".to_string();
    let f = fields(
        "International Day of Remembrance of and Tribute to the Victims of Terrorism",
        ny,
        day,
        Duration::days(1),
        true,
        Some(rule),
        "",
        unoct,
        None,
        None,
        None,
    );
    store::insert(&mut tx, &uid(), &f, AccountId(admin_like)).await?;
    s.events += 2;
    s.series += 1;
    // Regional workshops (and the extra one-off events) across the year.
    for i in 0..(24 + extra) {
        let (zone, place) = *STATIONS.choose(&mut rng).expect("stations");
        let tz: Tz = zone.parse().expect("a zone");
        let date = jan1 + Duration::days(rng.gen_range(0..365));
        let start =
            date.and_time(NaiveTime::from_hms_opt(rng.gen_range(8..=15), 0, 0).expect("a time"));
        let title = WORKSHOPS.choose(&mut rng).expect("titles");
        let (space, people) = match author_of.choose(&mut rng) {
            Some((_, p)) if i % 3 == 0 => (None, p.clone()),
            Some((id, p)) => {
                let e = store::get(&mut tx, *id).await?;
                (e.and_then(|e| e.space_id), p.clone())
            }
            None => (None, vec![admin_like]),
        };
        let organizer = *entities.choose(&mut rng).unwrap_or(&unoct);
        let capacity = (i % 4 == 0).then(|| rng.gen_range(15..=40));
        let days = if i % 5 == 0 { 2 } else { 0 };
        let duration =
            Duration::days(days) + Duration::hours(if days > 0 { 8 } else { rng.gen_range(2..=8) });
        let f = fields(
            title,
            tz,
            start,
            duration,
            false,
            None,
            place,
            organizer,
            space,
            Some(rng.gen_range(1..=4)),
            capacity,
        );
        let author = *people.choose(&mut rng).unwrap_or(&admin_like);
        let id = store::insert(&mut tx, &uid(), &f, AccountId(author)).await?;
        s.events += 1;
        if i < 200 {
            author_of.push((id, people.clone()));
        }
    }
    // Members answer their spaces' events.
    for (id, people) in &author_of {
        for p in people.choose_multiple(&mut rng, people.len().min(12)) {
            let a = ["attending", "attending", "maybe", "declined"]
                .choose(&mut rng)
                .expect("answers");
            store::set_answer(&mut tx, *id, AccountId(*p), a).await?;
            s.answers += 1;
        }
    }
    tx.commit().await?;
    Ok(s)
}
