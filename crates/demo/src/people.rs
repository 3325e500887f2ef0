//! Synthetic but realistic focal points for trying and measuring the platform: names in
//! the scripts of the countries they serve (Arabic, Cyrillic, Chinese, Latin with
//! diacritics), titles, languages, expertise, time zones and working-group memberships;
//! a Member State's people in their own country's time zones, speaking its language
//! (`places`).
//! Deterministic for a given seed. Inserted in large batches, in one transaction.

use crate::places;
use gctcp_store::{bulk, directory, orgs, spaces, Db};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

type Names = &'static [(&'static str, &'static str)];

struct Script {
    first: Names,
    last: Names,
    /// Family name first, no space (Chinese).
    family_first: bool,
    lang: &'static str,
}

const ARABIC: Script = Script {
    first: &[
        ("محمد", "mohamed"),
        ("أحمد", "ahmed"),
        ("فاطمة", "fatima"),
        ("عائشة", "aisha"),
        ("علي", "ali"),
        ("يوسف", "youssef"),
        ("مريم", "mariam"),
        ("خالد", "khaled"),
        ("ليلى", "leila"),
        ("عمر", "omar"),
        ("نور", "nour"),
        ("حسن", "hassan"),
        ("سارة", "sara"),
        ("إبراهيم", "ibrahim"),
        ("هدى", "huda"),
        ("طارق", "tarek"),
    ],
    last: &[
        ("الحسيني", "alhusseini"),
        ("المنصوري", "almansouri"),
        ("بن علي", "benali"),
        ("العلوي", "alalawi"),
        ("الحداد", "alhaddad"),
        ("النجار", "alnajjar"),
        ("الشمري", "alshammari"),
        ("القاسمي", "alqasimi"),
        ("عبد الله", "abdallah"),
        ("الزهراني", "alzahrani"),
        ("بن سالم", "bensalem"),
        ("الفاسي", "elfassi"),
        ("حمدان", "hamdan"),
        ("السعدي", "alsaadi"),
    ],
    family_first: false,
    lang: "ar",
};
const CYRILLIC: Script = Script {
    first: &[
        ("Иван", "ivan"),
        ("Алексей", "alexei"),
        ("Ольга", "olga"),
        ("Наталья", "natalia"),
        ("Дмитрий", "dmitry"),
        ("Елена", "elena"),
        ("Сергей", "sergei"),
        ("Анна", "anna"),
        ("Михаил", "mikhail"),
        ("Татьяна", "tatiana"),
        ("Андрей", "andrei"),
        ("Мария", "maria"),
        ("Айгерим", "aigerim"),
        ("Нурлан", "nurlan"),
        ("Тимур", "timur"),
        ("Светлана", "svetlana"),
    ],
    last: &[
        ("Петров", "petrov"),
        ("Иванова", "ivanova"),
        ("Смирнов", "smirnov"),
        ("Кузнецова", "kuznetsova"),
        ("Попов", "popov"),
        ("Соколова", "sokolova"),
        ("Лебедев", "lebedev"),
        ("Новикова", "novikova"),
        ("Морозов", "morozov"),
        ("Волкова", "volkova"),
        ("Ахметов", "akhmetov"),
        ("Коваленко", "kovalenko"),
        ("Шевченко", "shevchenko"),
        ("Ёлкин", "yolkin"),
    ],
    family_first: false,
    lang: "ru",
};
const CHINESE: Script = Script {
    first: &[
        ("伟", "wei"),
        ("芳", "fang"),
        ("娜", "na"),
        ("敏", "min"),
        ("静", "jing"),
        ("丽", "li"),
        ("强", "qiang"),
        ("磊", "lei"),
        ("军", "jun"),
        ("洋", "yang"),
        ("勇", "yong"),
        ("艳", "yan"),
        ("小明", "xiaoming"),
        ("晓东", "xiaodong"),
        ("海燕", "haiyan"),
    ],
    last: &[
        ("王", "wang"),
        ("李", "li"),
        ("张", "zhang"),
        ("刘", "liu"),
        ("陈", "chen"),
        ("杨", "yang"),
        ("赵", "zhao"),
        ("黄", "huang"),
        ("周", "zhou"),
        ("吴", "wu"),
        ("徐", "xu"),
        ("孙", "sun"),
    ],
    family_first: true,
    lang: "zh",
};
const SPANISH: Script = Script {
    first: &[
        ("José", "jose"),
        ("María", "maria"),
        ("Juan", "juan"),
        ("Lucía", "lucia"),
        ("Andrés", "andres"),
        ("Sofía", "sofia"),
        ("Martín", "martin"),
        ("Valentina", "valentina"),
        ("Ramón", "ramon"),
        ("Inés", "ines"),
        ("Tomás", "tomas"),
        ("Camila", "camila"),
        ("Ángel", "angel"),
        ("Paula", "paula"),
    ],
    last: &[
        ("García", "garcia"),
        ("Rodríguez", "rodriguez"),
        ("Martínez", "martinez"),
        ("López", "lopez"),
        ("González", "gonzalez"),
        ("Pérez", "perez"),
        ("Sánchez", "sanchez"),
        ("Ramírez", "ramirez"),
        ("Torres", "torres"),
        ("Flores", "flores"),
        ("Díaz", "diaz"),
        ("Muñoz", "munoz"),
        ("Jiménez", "jimenez"),
        ("Peña", "pena"),
    ],
    family_first: false,
    lang: "es",
};
const PORTUGUESE: Script = Script {
    first: &[
        ("João", "joao"),
        ("Ana", "ana"),
        ("Luís", "luis"),
        ("Beatriz", "beatriz"),
        ("António", "antonio"),
        ("Inês", "ines"),
        ("Gonçalo", "goncalo"),
        ("Mariana", "mariana"),
        ("Thiago", "thiago"),
        ("Larissa", "larissa"),
    ],
    last: &[
        ("Silva", "silva"),
        ("Santos", "santos"),
        ("Ferreira", "ferreira"),
        ("Pereira", "pereira"),
        ("Oliveira", "oliveira"),
        ("Costa", "costa"),
        ("Rodrigues", "rodrigues"),
        ("Gonçalves", "goncalves"),
        ("Araújo", "araujo"),
        ("Conceição", "conceicao"),
    ],
    family_first: false,
    lang: "pt",
};
const FRENCH: Script = Script {
    first: &[
        ("Jean", "jean"),
        ("Marie", "marie"),
        ("Élodie", "elodie"),
        ("François", "francois"),
        ("Aïssatou", "aissatou"),
        ("Moussa", "moussa"),
        ("Chloé", "chloe"),
        ("Amadou", "amadou"),
        ("Hélène", "helene"),
        ("Mamadou", "mamadou"),
        ("Céline", "celine"),
        ("Ousmane", "ousmane"),
        ("Fatoumata", "fatoumata"),
        ("Benoît", "benoit"),
    ],
    last: &[
        ("Dupont", "dupont"),
        ("Diallo", "diallo"),
        ("Traoré", "traore"),
        ("Koné", "kone"),
        ("Lefèvre", "lefevre"),
        ("Ndiaye", "ndiaye"),
        ("Mercier", "mercier"),
        ("Camara", "camara"),
        ("Sow", "sow"),
        ("Girard", "girard"),
        ("Ouédraogo", "ouedraogo"),
        ("Moreau", "moreau"),
        ("Cissé", "cisse"),
    ],
    family_first: false,
    lang: "fr",
};
const INTERNATIONAL: Script = Script {
    first: &[
        ("James", "james"),
        ("Sarah", "sarah"),
        ("David", "david"),
        ("Amina", "amina"),
        ("Michael", "michael"),
        ("Grace", "grace"),
        ("Peter", "peter"),
        ("Nadia", "nadia"),
        ("Thomas", "thomas"),
        ("Priya", "priya"),
        ("Daniel", "daniel"),
        ("Emma", "emma"),
        ("Kwame", "kwame"),
        ("Aiko", "aiko"),
        ("Lars", "lars"),
        ("Ingrid", "ingrid"),
        ("Rahul", "rahul"),
        ("Zanele", "zanele"),
    ],
    last: &[
        ("Smith", "smith"),
        ("Johnson", "johnson"),
        ("Okafor", "okafor"),
        ("Mensah", "mensah"),
        ("Nakamura", "nakamura"),
        ("Andersen", "andersen"),
        ("Sharma", "sharma"),
        ("Kowalski", "kowalski"),
        ("Müller", "mueller"),
        ("O'Brien", "obrien"),
        ("Nguyen", "nguyen"),
        ("Haddad", "haddad"),
        ("Kimani", "kimani"),
        ("Williams", "williams"),
        ("Schneider", "schneider"),
        ("Dlamini", "dlamini"),
    ],
    family_first: false,
    lang: "en",
};

fn script_of(iso3: &str) -> &'static Script {
    const AR: &[&str] = &[
        "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN",
        "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM", "AFG", "IRN", "PAK",
    ];
    const RU: &[&str] = &[
        "RUS", "BLR", "UKR", "KAZ", "KGZ", "TJK", "BGR", "SRB", "MKD", "MNG", "UZB", "TKM", "ARM",
    ];
    const ZH: &[&str] = &["CHN", "SGP"];
    const ES: &[&str] = &[
        "ESP", "MEX", "ARG", "COL", "PER", "CHL", "VEN", "ECU", "GTM", "CUB", "BOL", "DOM", "HND",
        "PRY", "SLV", "NIC", "CRI", "PAN", "URY", "GNQ",
    ];
    const PT: &[&str] = &["BRA", "PRT", "AGO", "MOZ", "CPV", "GNB", "STP", "TLS"];
    const FR: &[&str] = &[
        "FRA", "SEN", "CIV", "MLI", "BFA", "NER", "TCD", "CMR", "GIN", "BEN", "TGO", "MDG", "COD",
        "COG", "GAB", "HTI", "LUX", "MCO", "CAF", "BDI", "RWA",
    ];
    for (list, s) in [
        (AR, &ARABIC),
        (RU, &CYRILLIC),
        (ZH, &CHINESE),
        (ES, &SPANISH),
        (PT, &PORTUGUESE),
        (FR, &FRENCH),
    ] {
        if list.contains(&iso3) {
            return s;
        }
    }
    &INTERNATIONAL
}

const ALL_SCRIPTS: [&Script; 7] = [
    &ARABIC,
    &CYRILLIC,
    &CHINESE,
    &SPANISH,
    &PORTUGUESE,
    &FRENCH,
    &INTERNATIONAL,
];

const STATE_TITLES: &[&str] = &[
    "First Secretary",
    "Counsellor",
    "Minister Counsellor",
    "Attaché",
    "Second Secretary",
    "Director, Counter-Terrorism Department",
    "Deputy Permanent Representative",
    "Legal Adviser",
    "Police Liaison Officer",
    "Head of the Financial Intelligence Unit",
    "Senior Prosecutor",
    "Border Management Expert",
];
const ENTITY_TITLES: &[&str] = &[
    "Programme Officer",
    "Senior Programme Management Officer",
    "Human Rights Officer",
    "Legal Officer",
    "Coordinator",
    "Associate Expert",
    "Chief of Section",
    "Political Affairs Officer",
    "Project Manager",
    "Research Officer",
    "Gender Adviser",
    "Communications Specialist",
];

/// One synthetic person, before insertion.
struct Person {
    name: String,
    email: String,
    title: String,
    org: usize,
    tz: &'static str,
    phone: String,
    visibility: &'static str,
    languages: Vec<&'static str>,
    themes: Vec<i64>,
    pillars: Vec<i64>,
    spaces: Vec<i64>,
}

/// What `generate` created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub people: usize,
    pub memberships: usize,
}

/// Adds `count` active focal points. `password_hash`, when given, lets every one of them
/// sign in with the same (demo) password.
pub async fn generate(
    db: &Db,
    count: usize,
    seed: u64,
    password_hash: Option<&str>,
) -> anyhow::Result<Summary> {
    let mut rng = StdRng::seed_from_u64(seed);
    let orgs = orgs::list(db, None).await?;
    let themes: Vec<(i64, String, String)> = directory::themes(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t.name_en, t.name_zh))
        .collect();
    let spaces: Vec<(i64,)> = spaces::list(db)
        .await?
        .into_iter()
        .map(|s| (s.id,))
        .collect();
    let states: Vec<usize> = (0..orgs.len())
        .filter(|i| orgs[*i].kind == "member_state")
        .collect();
    let entities: Vec<usize> = (0..orgs.len())
        .filter(|i| orgs[*i].kind != "member_state")
        .collect();
    anyhow::ensure!(
        !states.is_empty() && !themes.is_empty(),
        "reference data missing: run migrations first"
    );
    // E-mail addresses carry a number beyond the highest account ID, so that running the
    // command again (same seed or not) adds people instead of colliding.
    let base = gctcp_store::accounts::all(db)
        .await?
        .iter()
        .map(|a| a.id)
        .max()
        .unwrap_or(0)
        + 1;
    let mut people = Vec::with_capacity(count);
    for n in 0..count {
        let org = if rng.gen_bool(0.72) {
            *states.choose(&mut rng).expect("states")
        } else {
            *entities.choose(&mut rng).expect("entities")
        };
        let o = &orgs[org];
        let script = if o.kind == "member_state" {
            script_of(&o.code)
        } else {
            ALL_SCRIPTS.choose(&mut rng).expect("scripts")
        };
        let (f, fa) = *script.first.choose(&mut rng).expect("names");
        let (l, la) = *script.last.choose(&mut rng).expect("names");
        let name = if script.family_first {
            format!("{l}{f}")
        } else {
            format!("{f} {l}")
        };
        let domain = if o.kind == "member_state" {
            format!(
                "mfa.{}.example.org",
                o.iso2.as_deref().unwrap_or(&o.code).to_lowercase()
            )
        } else {
            format!("{}.example.org", o.code.to_lowercase().replace(' ', ""))
        };
        let email = format!("{fa}.{la}.{}@{domain}", base + n as i64);
        let title = if o.kind == "member_state" {
            STATE_TITLES
        } else {
            ENTITY_TITLES
        }
        .choose(&mut rng)
        .expect("titles")
        .to_string();
        let languages = places::languages_for(o.iso2.as_deref(), &o.kind, script.lang, &mut rng);
        let mut t: Vec<i64> = themes.iter().map(|t| t.0).collect();
        t.shuffle(&mut rng);
        t.truncate(rng.gen_range(1..=3));
        let mut pillars: Vec<i64> = vec![rng.gen_range(1..=4)];
        if rng.gen_bool(0.3) {
            let p = rng.gen_range(1..=4);
            if !pillars.contains(&p) {
                pillars.push(p);
            }
        }
        let mut sp = Vec::new();
        if rng.gen_bool(0.2) {
            sp.push(spaces.choose(&mut rng).expect("spaces").0);
            if rng.gen_bool(0.25) {
                let s = spaces.choose(&mut rng).expect("spaces").0;
                if !sp.contains(&s) {
                    sp.push(s);
                }
            }
        }
        let tz = places::zone_for(o.iso2.as_deref(), &o.kind, &mut rng);
        let phone = format!(
            "+{} {} {:03} {:04}",
            rng.gen_range(1..=998),
            rng.gen_range(10..=99),
            rng.gen_range(0..1000),
            rng.gen_range(0..10000)
        );
        people.push(Person {
            name,
            email,
            title,
            org,
            tz,
            phone,
            visibility: if rng.gen_bool(0.7) {
                "co_members"
            } else {
                "all"
            },
            languages,
            themes: t,
            pillars,
            spaces: sp,
        });
    }

    let memberships: usize = people.iter().map(|p| p.spaces.len()).sum();
    let rows: Vec<bulk::Person> = people
        .iter()
        .map(|p| bulk::Person {
            email: &p.email,
            display_name: &p.name,
            org_id: orgs[p.org].id,
            password_hash,
            title: &p.title,
            time_zone: p.tz,
            phone_office: &p.phone,
            phone_visibility: p.visibility,
            languages: p.languages.clone(),
            themes: p.themes.clone(),
            pillars: p.pillars.clone(),
            spaces: p.spaces.clone(),
        })
        .collect();
    let mut tx = db.begin().await?;
    bulk::insert_people(&mut tx, &rows).await?;
    tx.commit().await?;
    directory::after_bulk_change(db).await?;
    Ok(Summary {
        people: people.len(),
        memberships,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::places::DUTY_STATIONS;
    use gctcp_domain::AccountId;
    use std::collections::HashMap;

    /// Through a real (SQLite) database: each State's people in their own country's
    /// zones and speaking its language, the entities' people at duty stations.
    #[tokio::test]
    async fn generated_people_live_and_speak_where_their_organization_is() {
        let path = std::env::temp_dir().join(format!(
            "gctcp-demo-people-{}-{}.db",
            std::process::id(),
            chrono::Utc::now().timestamp_nanos_opt().unwrap_or(0)
        ));
        let db = Db::connect(&format!("sqlite://{}", path.display()), 2)
            .await
            .expect("database");
        db.migrate().await.expect("migrations");
        gctcp_store::reference::sync(&db)
            .await
            .expect("reference data");
        let summary = generate(&db, 1500, 1, None).await.expect("people");
        assert_eq!(summary.people, 1500);

        let orgs: HashMap<i64, orgs::Org> = orgs::list(&db, None)
            .await
            .expect("orgs")
            .into_iter()
            .map(|o| (o.id, o))
            .collect();
        let (mut states, mut germans) = (0, 0);
        for a in gctcp_store::accounts::all(&db).await.expect("accounts") {
            let o = &orgs[&a.organization_id];
            let tz = a.time_zone.as_str();
            if !o.is_member_state() {
                assert!(DUTY_STATIONS.iter().any(|d| d.0 == tz), "{}: {tz}", o.code);
                continue;
            }
            states += 1;
            let iso2 = o.iso2.as_deref().expect("iso2");
            let own = &places::zones_by_country()[iso2];
            assert!(own.contains(&tz), "{iso2}: {tz}");
            if iso2 == "KE" {
                assert_eq!(tz, "Africa/Nairobi");
            }
            if iso2 == "DE" {
                germans += 1;
                let langs = directory::expertise(&db, AccountId(a.id))
                    .await
                    .expect("expertise")
                    .languages;
                assert!(langs.iter().any(|l| l == "de"), "{langs:?}");
            }
        }
        assert!(states > 900 && germans > 0, "{states} {germans}");

        db.close().await;
        for suffix in ["", "-wal", "-shm"] {
            let mut p = path.clone().into_os_string();
            p.push(suffix);
            let _ = std::fs::remove_file(p);
        }
    }
}
