//! Synthetic but realistic focal points for trying and measuring the platform: names in
//! the scripts of the countries they serve (Arabic, Cyrillic, Chinese, Latin with
//! diacritics), titles, languages, expertise, time zones and working-group memberships.
//! Deterministic for a given seed. Inserted in large batches, in one transaction.

use crate::directory::{doc_text, DocSource};
use crate::{in_tx, now, Db};
use gctcp_domain::directory::{fold, org_type};
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

fn time_zones(subregion: &str) -> &'static [&'static str] {
    match subregion {
        "Sub-Saharan Africa" => &[
            "Africa/Nairobi",
            "Africa/Lagos",
            "Africa/Johannesburg",
            "Africa/Dakar",
            "Africa/Addis_Ababa",
        ],
        "Latin America and the Caribbean" => &[
            "America/Mexico_City",
            "America/Bogota",
            "America/Sao_Paulo",
            "America/Argentina/Buenos_Aires",
            "America/Lima",
        ],
        "Western Asia" => &[
            "Asia/Riyadh",
            "Asia/Dubai",
            "Asia/Baghdad",
            "Asia/Amman",
            "Europe/Istanbul",
        ],
        "Southern Europe" => &[
            "Europe/Rome",
            "Europe/Madrid",
            "Europe/Athens",
            "Europe/Belgrade",
        ],
        "South-eastern Asia" => &[
            "Asia/Jakarta",
            "Asia/Manila",
            "Asia/Bangkok",
            "Asia/Singapore",
        ],
        "Northern Europe" => &[
            "Europe/London",
            "Europe/Stockholm",
            "Europe/Oslo",
            "Europe/Helsinki",
        ],
        "Eastern Europe" => &[
            "Europe/Moscow",
            "Europe/Warsaw",
            "Europe/Kyiv",
            "Europe/Bucharest",
        ],
        "Western Europe" => &[
            "Europe/Paris",
            "Europe/Berlin",
            "Europe/Brussels",
            "Europe/Vienna",
        ],
        "Southern Asia" => &[
            "Asia/Kolkata",
            "Asia/Karachi",
            "Asia/Dhaka",
            "Asia/Kabul",
            "Asia/Tehran",
        ],
        "Northern Africa" => &[
            "Africa/Cairo",
            "Africa/Algiers",
            "Africa/Casablanca",
            "Africa/Tunis",
        ],
        "Eastern Asia" => &["Asia/Shanghai", "Asia/Tokyo", "Asia/Seoul"],
        "Central Asia" => &["Asia/Almaty", "Asia/Tashkent", "Asia/Bishkek"],
        "Northern America" => &["America/New_York", "America/Toronto"],
        "Australia and New Zealand" => &["Australia/Sydney", "Pacific/Auckland"],
        "Micronesia" | "Melanesia" | "Polynesia" => {
            &["Pacific/Fiji", "Pacific/Port_Moresby", "Pacific/Tongatapu"]
        }
        // Compact entities: their headquarters.
        _ => &[
            "America/New_York",
            "Europe/Vienna",
            "Europe/Geneva",
            "Europe/Paris",
            "Africa/Nairobi",
        ],
    }
}

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

#[derive(sqlx::FromRow, Clone)]
struct OrgRow {
    id: i64,
    kind: String,
    code: String,
    name_en: String,
    name_zh: String,
    compact_status: Option<String>,
    region: Option<String>,
    subregion: Option<String>,
    regional_group: Option<String>,
    iso2: Option<String>,
}

/// What `generate` created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub people: usize,
    pub memberships: usize,
}

/// Rows per multi-row INSERT (well under both databases' parameter limits).
const BATCH: usize = 400;

/// Inserts `rows` of `cols` values each, in batches, with one SQL string per batch size.
macro_rules! insert_rows {
    ($tx:expr, $table_cols:expr, $ncols:expr, $rows:expr, |$q:ident, $row:ident| $bind:expr) => {{
        for chunk in $rows.chunks(BATCH) {
            let mut sql = format!("INSERT INTO {} VALUES ", $table_cols);
            let mut n = 0;
            for (i, _) in chunk.iter().enumerate() {
                if i > 0 {
                    sql.push(',');
                }
                sql.push('(');
                for c in 0..$ncols {
                    if c > 0 {
                        sql.push(',');
                    }
                    n += 1;
                    sql.push_str(&format!("${n}"));
                }
                sql.push(')');
            }
            let mut $q = sqlx::query(&sql);
            for $row in chunk {
                $q = $bind;
            }
            $q.execute(&mut *$tx).await?;
        }
    }};
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
    let orgs: Vec<OrgRow> = crate::on_db!(db, |pool| {
        sqlx::query_as::<_, OrgRow>(
        "SELECT id, kind, code, name_en, name_zh, compact_status, region, subregion, regional_group, iso2 FROM organizations ORDER BY id"
    )
    .fetch_all(pool)
    .await
    })?;
    let themes: Vec<(i64, String, String)> = crate::on_db!(db, |pool| sqlx::query_as(
        "SELECT id, name_en, name_zh FROM themes ORDER BY id"
    )
    .fetch_all(pool)
    .await)?;
    let spaces: Vec<(i64,)> = crate::on_db!(db, |pool| sqlx::query_as(
        "SELECT id FROM spaces ORDER BY id"
    )
    .fetch_all(pool)
    .await)?;
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
    let extra_langs = ["en", "fr", "es", "ar", "ru", "zh", "pt", "de", "sw", "tr"];
    // E-mail addresses carry the future account ID, so that running the command again
    // (same seed or not) adds people instead of colliding.
    let (max_id,): (Option<i64>,) =
        crate::on_db!(db, |pool| sqlx::query_as("SELECT MAX(id) FROM accounts")
            .fetch_one(pool)
            .await)?;
    let base = max_id.unwrap_or(0) + 1;

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
        let mut languages = vec![script.lang];
        for l in extra_langs {
            if !languages.contains(&l) && rng.gen_bool(if l == "en" { 0.75 } else { 0.08 }) {
                languages.push(l);
            }
        }
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
        let tz = time_zones(o.subregion.as_deref().unwrap_or(""))
            .choose(&mut rng)
            .expect("zones");
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

    let at = now();
    let memberships: usize = people.iter().map(|p| p.spaces.len()).sum();
    in_tx!(db, |tx| {
        let (max,): (Option<i64>,) = sqlx::query_as("SELECT MAX(id) FROM accounts")
            .fetch_one(&mut *tx)
            .await?;
        let first_id = max.unwrap_or(0) + 1;
        let ids: Vec<i64> = (0..people.len() as i64).map(|i| first_id + i).collect();
        let rows: Vec<(i64, &Person)> = ids.iter().copied().zip(people.iter()).collect();
        insert_rows!(
            tx,
            "accounts (id, email, display_name, organization_id, role, status, password_hash, title, time_zone, phone_office, phone_visibility, created_at, updated_at)",
            13,
            rows,
            |q, r| q
                .bind(r.0)
                .bind(&r.1.email)
                .bind(&r.1.name)
                .bind(orgs[r.1.org].id)
                .bind("focal_point")
                .bind("active")
                .bind(password_hash)
                .bind(&r.1.title)
                .bind(r.1.tz)
                .bind(&r.1.phone)
                .bind(r.1.visibility)
                .bind(at)
                .bind(at)
        );
        let langs: Vec<(i64, &str)> = rows
            .iter()
            .flat_map(|(id, p)| p.languages.iter().map(move |l| (*id, *l)))
            .collect();
        insert_rows!(
            tx,
            "account_languages (account_id, lang)",
            2,
            langs,
            |q, r| q.bind(r.0).bind(r.1)
        );
        let th: Vec<(i64, i64)> = rows
            .iter()
            .flat_map(|(id, p)| p.themes.iter().map(move |t| (*id, *t)))
            .collect();
        insert_rows!(
            tx,
            "account_themes (account_id, theme_id)",
            2,
            th,
            |q, r| q.bind(r.0).bind(r.1)
        );
        let pl: Vec<(i64, i64)> = rows
            .iter()
            .flat_map(|(id, p)| p.pillars.iter().map(move |t| (*id, *t)))
            .collect();
        insert_rows!(tx, "account_pillars (account_id, pillar)", 2, pl, |q, r| q
            .bind(r.0)
            .bind(r.1));
        let sm: Vec<(i64, i64)> = rows
            .iter()
            .flat_map(|(id, p)| p.spaces.iter().map(move |s| (*s, *id)))
            .collect();
        insert_rows!(
            tx,
            "space_members (space_id, account_id, role, added_at)",
            4,
            sm,
            |q, r| q.bind(r.0).bind(r.1).bind("member").bind(at)
        );
        let join = |v: Vec<String>| v.join(",");
        let docs: Vec<(i64, String, String, &OrgRow, String, String, String)> = rows
            .iter()
            .map(|(id, p)| {
                let o = &orgs[p.org];
                let src = DocSource {
                    id: *id,
                    status: "active".into(),
                    display_name: p.name.clone(),
                    title: p.title.clone(),
                    email: p.email.clone(),
                    office: String::new(),
                    org_id: o.id,
                    org_code: o.code.clone(),
                    org_name_en: o.name_en.clone(),
                    org_name_zh: o.name_zh.clone(),
                    org_kind: o.kind.clone(),
                    compact_status: o.compact_status.clone(),
                    region: o.region.clone(),
                    subregion: o.subregion.clone(),
                    regional_group: o.regional_group.clone(),
                };
                let th: Vec<(String, String)> = p
                    .themes
                    .iter()
                    .filter_map(|t| {
                        themes
                            .iter()
                            .find(|x| x.0 == *t)
                            .map(|x| (x.1.clone(), x.2.clone()))
                    })
                    .collect();
                (
                    *id,
                    doc_text(&src, &th),
                    fold(&p.name),
                    o,
                    join(p.languages.iter().map(|l| l.to_string()).collect()),
                    join(p.themes.iter().map(|t| t.to_string()).collect()),
                    join(p.spaces.iter().map(|t| t.to_string()).collect()),
                )
            })
            .collect();
        insert_rows!(
            tx,
            "directory_docs (account_id, doc, name_key, org_id, org_type, region, subregion, regional_group, langs, themes, spaces)",
            11,
            docs,
            |q, r| q
                .bind(r.0)
                .bind(&r.1)
                .bind(&r.2)
                .bind(r.3.id)
                .bind(org_type(&r.3.kind, r.3.compact_status.as_deref()))
                .bind(r.3.region.clone().unwrap_or_default())
                .bind(r.3.subregion.clone().unwrap_or_default())
                .bind(r.3.regional_group.clone().unwrap_or_default())
                .bind(&r.4)
                .bind(&r.5)
                .bind(&r.6)
        );
        let grams: Vec<(String, i64)> = rows
            .iter()
            .flat_map(|(id, p)| {
                gctcp_domain::directory::cjk_grams(&fold(&format!("{} {}", p.name, p.title)))
                    .into_iter()
                    .map(move |g| (g, *id))
            })
            .collect();
        insert_rows!(
            tx,
            "directory_grams (gram, account_id)",
            2,
            grams,
            |q, r| q.bind(&r.0).bind(r.1)
        );
        sqlx::query(crate::directory::BUMP)
            .execute(&mut *tx)
            .await?;
        sqlx::query(crate::directory::LOG_CHANGE)
            .bind(None::<i64>)
            .execute(&mut *tx)
            .await?;
        if db.backend() == crate::Backend::Postgres {
            // Explicit IDs were used: move the identity past them.
            sqlx::query("SELECT setval(pg_get_serial_sequence('accounts', 'id'), (SELECT MAX(id) FROM accounts))")
                .execute(&mut *tx)
                .await?;
        }
    });
    if let Db::Postgres(pool) = db {
        // A bulk insert leaves the trigram index's new entries in its pending list, which
        // every search scans until autovacuum merges it: merge it now, refresh statistics.
        sqlx::query("SELECT gin_clean_pending_list('directory_docs_trgm'::regclass)")
            .execute(pool)
            .await?;
        sqlx::query("ANALYZE directory_docs").execute(pool).await?;
    }
    Ok(Summary {
        people: people.len(),
        memberships,
    })
}
