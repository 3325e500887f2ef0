//! Synthetic library resources for trying and measuring: realistic titles, summaries and
//! UN symbols, real small files (PDF, Word, Excel, PowerPoint, OpenDocument, text) with
//! text in the six UN languages, language versions, pillars, themes, spaces and every
//! kind of visibility. Files go through the same steps as uploads — staged, typed from
//! their bytes, hashed, stored under a server-made key — and their text is extracted with
//! the same extractor, on all cores, before the rows are written in batches.

use crate::docgen;
use chrono::NaiveDate;
use gctcp_domain::library::Valid;
use gctcp_domain::{AccountId, OrgId, SpaceId};
use gctcp_files::{self as files, Kind};
use gctcp_store::blobs::Blobs;
use gctcp_store::library::{insert_many, Fields, Prepared, Upload, TEXT_MAX};
use gctcp_store::{accounts, directory, orgs, spaces, Db};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

/// What `generate` created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub resources: usize,
    pub files: usize,
    pub bytes: u64,
}

/// Resources per transaction.
const BATCH: usize = 250;

const KINDS: [(&str, &str); 8] = [
    ("report", "Report"),
    ("guidance", "Guidance note"),
    ("tool", "Toolkit"),
    ("presentation", "Presentation"),
    ("meeting_record", "Meeting record"),
    ("resolution", "Resolution"),
    ("training", "Training module"),
    ("other", "Briefing"),
];

const SUBJECTS: [&str; 16] = [
    "on countering the financing of terrorism",
    "on border security and biometrics",
    "on protecting critical infrastructure and soft targets",
    "on the rehabilitation and reintegration of returnees",
    "on preventing violent extremism in prisons",
    "on support to victims of terrorism",
    "on advance passenger information",
    "on strategic communications and counter-narratives",
    "on human rights compliance in counter-terrorism",
    "on gender-sensitive approaches",
    "on cybersecurity and the terrorist use of the internet",
    "on weapons of mass destruction and emerging threats",
    "on national counter-terrorism strategies",
    "on judicial cooperation and mutual legal assistance",
    "on youth engagement and civil society",
    "on unmanned aircraft systems",
];

const PLACES: [&str; 12] = [
    "the Sahel",
    "Central Asia",
    "South-East Asia",
    "the Lake Chad Basin",
    "East Africa",
    "the Western Balkans",
    "the Middle East and North Africa",
    "Latin America and the Caribbean",
    "the Pacific Islands",
    "West Africa",
    "South Asia",
    "Member States",
];

/// Sentences per language: the body text of generated files.
const EN: [&str; 8] = [
    "This document sets out practical guidance for national authorities and focal points.",
    "Member States are encouraged to strengthen interagency coordination and information sharing.",
    "The working group reviewed progress on the implementation of the Global Counter-Terrorism Strategy.",
    "Capacity-building activities should respect international human rights law and the rule of law.",
    "Interoperability of watchlists and biometric systems remains a priority for border agencies.",
    "Financial intelligence units need timely access to beneficial ownership information.",
    "Civil society organizations contribute to prevention through community engagement.",
    "Victims of terrorism must be recognized, supported and heard throughout criminal proceedings.",
];
const FR: [&str; 6] = [
    "Le présent document propose des orientations pratiques aux autorités nationales.",
    "Les États Membres sont invités à renforcer la coopération judiciaire et l'échange d'informations.",
    "La sécurité des frontières exige l'interopérabilité des systèmes biométriques.",
    "Le groupe de travail a examiné la mise en œuvre de la Stratégie antiterroriste mondiale.",
    "La prévention de l'extrémisme violent repose sur l'engagement des communautés et des jeunes.",
    "Les victimes du terrorisme doivent être reconnues et soutenues.",
];
const ES: [&str; 6] = [
    "Este documento ofrece orientación práctica a las autoridades nacionales.",
    "Se alienta a los Estados Miembros a fortalecer la cooperación internacional.",
    "La lucha contra la financiación del terrorismo requiere información sobre beneficiarios finales.",
    "El grupo de trabajo examinó los avances en la aplicación de la Estrategia Global.",
    "La protección de los objetivos vulnerables exige la participación del sector privado.",
    "Las víctimas del terrorismo deben recibir apoyo y reconocimiento.",
];
const RU: [&str; 6] = [
    "В настоящем документе содержатся практические рекомендации для национальных органов.",
    "Государствам-членам рекомендуется укреплять межведомственную координацию.",
    "Противодействие финансированию терроризма требует доступа к сведениям о бенефициарах.",
    "Рабочая группа рассмотрела ход осуществления Глобальной контртеррористической стратегии.",
    "Безопасность границ предполагает совместимость биометрических систем.",
    "Жертвам терроризма необходимо оказывать поддержку и помощь.",
];
const AR: [&str; 6] = [
    "تقدم هذه الوثيقة إرشادات عملية إلى السلطات الوطنية وجهات التنسيق.",
    "تُشجَّع الدول الأعضاء على تعزيز التعاون الدولي وتبادل المعلومات.",
    "يتطلب أمن الحدود قابلية التشغيل المتبادل بين نظم القياسات الحيوية.",
    "استعرض الفريق العامل التقدم المحرز في تنفيذ الاستراتيجية العالمية لمكافحة الإرهاب.",
    "تقوم الوقاية من التطرف العنيف على إشراك المجتمعات المحلية والشباب.",
    "يجب الاعتراف بضحايا الإرهاب ودعمهم.",
];
const ZH: [&str; 6] = [
    "本文件为各国主管部门和联络人提供实用指导。",
    "鼓励会员国加强机构间协调与信息共享。",
    "边境安全需要生物识别系统的互操作性。",
    "工作组审查了《全球反恐战略》的执行进展。",
    "防止暴力极端主义依靠社区和青年的参与。",
    "恐怖主义受害者应当得到承认和支持。",
];

fn sentences(lang: &str) -> &'static [&'static str] {
    match lang {
        "fr" => &FR,
        "es" => &ES,
        "ru" => &RU,
        "ar" => &AR,
        "zh" => &ZH,
        _ => &EN,
    }
}

/// Translated title stems for language versions.
fn title_in(lang: &str, english: &str) -> String {
    match lang {
        "fr" => format!("{english} (version française)"),
        "es" => format!("{english} (versión en español)"),
        "ru" => format!("{english} (версия на русском языке)"),
        "ar" => format!("{english} (النسخة العربية)"),
        "zh" => format!("{english}（中文版）"),
        _ => english.to_string(),
    }
}

/// One generated file: (language, file name, bytes).
type GenFile = (String, String, Vec<u8>);

/// A real small document in `lang`: PDF only for Latin-script languages (its built-in
/// fonts cover those), Office and OpenDocument formats for every language.
fn document(rng: &mut StdRng, title: &str, lang: &str, theme: &str) -> (String, Vec<u8>) {
    let pool = sentences(lang);
    let n = rng.gen_range(3..9);
    let mut paras: Vec<String> = (0..n)
        .map(|_| {
            let k = rng.gen_range(1..4);
            (0..k)
                .map(|_| *pool.choose(rng).expect("sentences"))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    paras.push(theme.to_string());
    let refs: Vec<&str> = paras.iter().map(String::as_str).collect();
    let latin = matches!(lang, "en" | "fr" | "es");
    let roll = rng.gen_range(0..100);
    let slug: String = title
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ')
        .take(48)
        .collect::<String>()
        .trim()
        .replace(' ', "-");
    match roll {
        0..=44 if latin => (format!("{slug}.pdf"), docgen::pdf(title, &refs)),
        0..=59 => (format!("{slug}.docx"), docgen::docx(title, &refs)),
        60..=69 => {
            let rows: Vec<Vec<String>> = std::iter::once(vec![
                "Country".to_string(),
                "Activity".to_string(),
                "Status".to_string(),
            ])
            .chain(paras.iter().map(|p| {
                vec![
                    PLACES.choose(rng).expect("places").to_string(),
                    p.clone(),
                    ["planned", "ongoing", "completed"]
                        .choose(rng)
                        .expect("status")
                        .to_string(),
                ]
            }))
            .collect();
            (format!("{slug}.xlsx"), docgen::xlsx(title, &rows))
        }
        70..=84 => (format!("{slug}.pptx"), docgen::pptx(title, &refs)),
        85..=92 => (format!("{slug}.odt"), docgen::odt(title, &refs)),
        _ => {
            let text = format!("{title}\n\n{}\n", paras.join("\n\n"));
            (format!("{slug}.txt"), text.into_bytes())
        }
    }
}

/// A file staged, typed and its text extracted (on a worker thread).
struct Ready {
    lang: String,
    filename: String,
    kind: Kind,
    staged: gctcp_store::blobs::Staged,
    text: Option<String>,
}

fn prepare_file(blobs: &Blobs, (lang, name, bytes): GenFile) -> anyhow::Result<Ready> {
    let staged = blobs.stage_bytes_blocking(&bytes)?;
    // The one acceptance check every upload passes.
    let accepted = files::accept(&staged.path, &name)
        .map_err(|e| anyhow::anyhow!("generated {name} refused: {e:?}"))?;
    let kind = accepted.kind;
    let text = if kind.extractable() {
        files::extract_text(&staged.path, kind, TEXT_MAX)
            .ok()
            .filter(|t| !t.trim().is_empty())
    } else {
        None
    };
    Ok(Ready {
        lang,
        filename: accepted.filename,
        kind,
        staged,
        text,
    })
}

/// Adds `count` resources from the people already on the platform.
pub async fn generate(db: &Db, blobs: &Blobs, count: usize, seed: u64) -> anyhow::Result<Summary> {
    let mut rng = StdRng::seed_from_u64(seed ^ 0x11b5_a7e3);
    let people: Vec<(i64, i64)> = accounts::all(db)
        .await?
        .into_iter()
        .filter(|a| a.status == "active")
        .map(|a| (a.id, a.organization_id))
        .collect();
    anyhow::ensure!(
        !people.is_empty(),
        "no active people to add resources: add people first (gctcp demo --people N)"
    );
    let memberships: Vec<(i64, i64)> = spaces::all_memberships(db).await?;
    let themes: Vec<(i64, String)> = directory::themes(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t.name_en))
        .collect();
    let orgs: Vec<(i64,)> = orgs::list(db, None)
        .await?
        .into_iter()
        .map(|o| (o.id,))
        .collect();
    let spaces: Vec<(i64,)> = spaces::list(db)
        .await?
        .into_iter()
        .map(|s| (s.id,))
        .collect();
    let mut batches = 0usize;
    let mut summary = Summary {
        resources: 0,
        files: 0,
        bytes: 0,
    };
    let un = ["en", "en", "en", "fr", "es", "ru", "ar", "zh"];
    let mut done = 0;
    while done < count {
        let n = BATCH.min(count - done);
        // Describe the batch and generate its documents.
        let mut metas = Vec::with_capacity(n);
        let mut generated: Vec<Vec<GenFile>> = Vec::with_capacity(n);
        for _ in 0..n {
            let (by, by_org) = *people.choose(&mut rng).expect("people");
            let (doc_type, label) = *KINDS.choose(&mut rng).expect("kinds");
            let subject = *SUBJECTS.choose(&mut rng).expect("subjects");
            let place = *PLACES.choose(&mut rng).expect("places");
            let k = rng.gen_range(1..4);
            let theme_ids: Vec<i64> = themes.choose_multiple(&mut rng, k).map(|t| t.0).collect();
            let theme_name = themes
                .iter()
                .find(|t| t.0 == theme_ids[0])
                .map(|t| t.1.clone())
                .unwrap_or_default();
            let year = rng.gen_range(2006..=2026);
            let date = NaiveDate::from_ymd_opt(year, rng.gen_range(1..=12), rng.gen_range(1..=28))
                .expect("date")
                .min(chrono::Utc::now().date_naive());
            let title = format!("{label} {subject} in {place}");
            let symbol = match doc_type {
                "resolution" => format!("A/RES/{}/{}", year - 1945, rng.gen_range(1..320)),
                "report" if rng.gen_bool(0.3) => format!("S/{year}/{}", rng.gen_range(1..999)),
                _ => String::new(),
            };
            let lang = *un.choose(&mut rng).expect("langs");
            let own_spaces: Vec<i64> = memberships
                .iter()
                .filter(|(a, _)| *a == by)
                .map(|(_, s)| *s)
                .collect();
            let space = if rng.gen_bool(0.35) {
                own_spaces.choose(&mut rng).copied()
            } else {
                None
            };
            let roll = rng.gen_range(0..100);
            let k = rng.gen_range(1..4);
            let (visibility, reader_spaces, reader_orgs) = match roll {
                0..=79 => ("all", vec![], vec![]),
                80..=91 => (
                    "spaces",
                    vec![space.unwrap_or_else(|| spaces.choose(&mut rng).expect("spaces").0)],
                    vec![],
                ),
                _ => (
                    "orgs",
                    vec![],
                    orgs.choose_multiple(&mut rng, k).map(|o| o.0).collect(),
                ),
            };
            let mut pillars: Vec<i64> = vec![rng.gen_range(1..=4)];
            if rng.gen_bool(0.3) {
                pillars.push(rng.gen_range(1..=4));
            }
            let summary_text = format!(
                "{} {}",
                sentences(lang).choose(&mut rng).expect("s"),
                sentences(lang).choose(&mut rng).expect("s")
            );
            let shown_title = title_in(lang, &title);
            let mut files = Vec::new();
            if rng.gen_bool(0.9) {
                let (name, bytes) = document(&mut rng, &shown_title, lang, &theme_name);
                files.push((lang.to_string(), name, bytes));
                // Some documents exist in several UN languages.
                if rng.gen_bool(0.25) {
                    let other = *["en", "fr", "es", "ru", "ar", "zh"]
                        .choose(&mut rng)
                        .expect("langs");
                    if other != lang {
                        let (name, bytes) =
                            document(&mut rng, &title_in(other, &title), other, &theme_name);
                        files.push((other.to_string(), name, bytes));
                    }
                }
            }
            let url = files.is_empty().then(|| {
                format!(
                    "https://www.un.org/counterterrorism/demo/{}",
                    rng.gen::<u32>()
                )
            });
            metas.push((
                Fields {
                    valid: Valid {
                        title: shown_title,
                        summary: summary_text,
                        doc_type: doc_type.to_string(),
                        symbol,
                        url,
                        lang: lang.to_string(),
                        published_on: date,
                        visibility: visibility.to_string(),
                    },
                    org: OrgId(if rng.gen_bool(0.6) {
                        by_org
                    } else {
                        orgs.choose(&mut rng).expect("orgs").0
                    }),
                    space: space.map(SpaceId),
                    pillars,
                    themes: theme_ids,
                    reader_spaces,
                    reader_orgs,
                },
                AccountId(by),
            ));
            generated.push(files);
        }
        // Stage, type and extract on every core.
        let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
        let chunk = generated.len().div_ceil(workers).max(1);
        let mut handles = Vec::new();
        let mut rest = generated;
        while !rest.is_empty() {
            let tail = rest.split_off(chunk.min(rest.len()));
            let part = std::mem::replace(&mut rest, tail);
            let blobs = blobs.clone();
            handles.push(tokio::task::spawn_blocking(move || {
                part.into_iter()
                    .map(|files| {
                        files
                            .into_iter()
                            .map(|f| prepare_file(&blobs, f))
                            .collect::<anyhow::Result<Vec<Ready>>>()
                    })
                    .collect::<anyhow::Result<Vec<Vec<Ready>>>>()
            }));
        }
        let mut ready: Vec<Vec<Ready>> = Vec::with_capacity(n);
        for h in handles {
            ready.extend(h.await??);
        }
        let mut items = Vec::with_capacity(n);
        for ((fields, by), files) in metas.into_iter().zip(ready) {
            let mut stored = Vec::new();
            for r in files {
                summary.files += 1;
                summary.bytes += r.staged.size;
                let (size, sha256) = (r.staged.size as i64, r.staged.sha256.clone());
                let blob_key = blobs.store(r.staged).await?;
                stored.push((
                    r.lang,
                    Upload {
                        blob_key,
                        filename: r.filename,
                        kind: r.kind.code().to_string(),
                        size,
                        sha256,
                        extractable: r.kind.extractable(),
                    },
                    r.text,
                ));
            }
            items.push(Prepared {
                fields,
                by,
                files: stored,
            });
        }
        let mut tx = db.begin().await?;
        insert_many(&mut tx, &items).await?;
        tx.commit().await?;
        batches += 1;
        if batches.is_multiple_of(8) {
            // Tables that grew from empty inside this run need fresh statistics on
            // PostgreSQL, or its plans stay those of an empty table.
            gctcp_store::analyze(db).await?;
        }
        summary.resources += n;
        done += n;
    }
    Ok(summary)
}
