//! The project compendium: who may add and change projects (proved by denial as well as
//! access), validation that writes nothing, filters and their combinations, totals and
//! gaps checked against sums computed independently in SQL, the charts' tables, the
//! exports read back (CSV with formula guards, XLSX with a spreadsheet reader), and the
//! country page.

use super::*;
use calamine::{Data, Reader, Xlsx};
use std::collections::BTreeSet;

fn project_of(r: &TestResponse) -> i64 {
    r.location()
        .trim_start_matches("/projects/")
        .split('?')
        .next()
        .and_then(|i| i.parse().ok())
        .unwrap_or_else(|| panic!("a project's page, not {:?}", r.location()))
}

async fn add(c: &mut Client, fields: &[(&str, &str)]) -> TestResponse {
    c.get("/projects/new").await;
    c.post("/projects/new", fields).await
}

dual!(
    entities_add_and_change_their_projects_and_no_one_else_does,
    |app| {
        let admin = app.admin().await;
        let unodc = app.focal_point("ana@unodc.org", "UNODC").await;
        let undp = app.focal_point("ben@undp.org", "UNDP").await;
        let kenya = app.focal_point("njeri@mfa.go.ke", "KEN").await;
        let pcve = app
            .count("SELECT id FROM themes WHERE slug = 'pcve'")
            .await
            .to_string();
        let mut u = app.signed_in(&unodc).await;
        let fields = [
            ("code", "UNODC-AFR-2027-01"),
            ("title", "Preventing violent extremism in prisons"),
            ("summary", "Training of prison staff."),
            ("status", "active"),
            ("partners", "UNDP"),
            ("partners", "UN Women"),
            ("countries", "KEN, Uganda; Ouganda"),
            ("regions", "Africa"),
            ("pillars", "1"),
            ("themes", &pcve),
            ("requested", "1,500,000"),
            ("donor_name", "European Union"),
            ("donor_amount", "500 000"),
            ("donor_name", "Japan"),
            ("donor_amount", "US$250,000"),
            ("donor_name", ""),
            ("donor_amount", ""),
            ("starts_on", "2027-01-01"),
            ("ends_on", "2028-12-31"),
            ("contact", "ana@unodc.org"),
        ];
        let r = add(&mut u, &fields).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let id = project_of(&r);
        let page = u.get(&format!("/projects/{id}")).await;
        page.assert_contains("Preventing violent extremism in prisons")
            .assert_contains("US$1,500,000")
            .assert_contains("US$750,000")
            .assert_contains("50% funded")
            .assert_contains("Kenya")
            .assert_contains("Uganda")
            .assert_contains("European Union")
            .assert_contains("Edit the project");
        // Named twice (by code and in two languages), Uganda is there once.
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM project_countries WHERE project_id = {id}"
            ))
            .await,
            2
        );

        // A Member State's focal point reads it, but adds and changes nothing.
        let mut k = app.signed_in(&kenya).await;
        k.get(&format!("/projects/{id}"))
            .await
            .assert_contains("Preventing violent extremism in prisons")
            .assert_not_contains("Edit the project");
        assert_eq!(k.get("/projects/new").await.status, StatusCode::FORBIDDEN);
        k.get("/projects")
            .await
            .assert_not_contains("Add a project");
        let r = k.post("/projects/new", &fields).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert_eq!(
            k.get(&format!("/projects/{id}/edit")).await.status,
            StatusCode::FORBIDDEN
        );
        let r = k
            .post(
                &format!("/projects/{id}/edit"),
                &[("code", "X"), ("title", "Taken over")],
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        // A partner entity does not change the lead's project either.
        let mut d = app.signed_in(&undp).await;
        assert_eq!(
            d.get(&format!("/projects/{id}/edit")).await.status,
            StatusCode::FORBIDDEN
        );
        let r = d
            .post(
                &format!("/projects/{id}/edit"),
                &[("code", "X"), ("title", "Taken over")],
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        // An entity cannot add a project in another entity's name.
        let r = add(
            &mut u,
            &[
                ("code", "UNDP-1"),
                ("title", "Someone else's"),
                ("lead", "UNDP"),
            ],
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert_eq!(app.count("SELECT COUNT(*) FROM projects").await, 1);
        assert_eq!(
            app.text(&format!("SELECT title FROM projects WHERE id = {id}"))
                .await,
            "Preventing violent extremism in prisons"
        );

        // The lead entity changes it; an administrator too (and may hand it to another lead).
        u.get(&format!("/projects/{id}/edit")).await;
        let mut changed: Vec<(&str, &str)> = fields.to_vec();
        changed.retain(|(k, _)| *k != "status");
        changed.push(("status", "closed"));
        let r = u.post(&format!("/projects/{id}/edit"), &changed).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let mut a = app.signed_in(&admin).await;
        a.get(&format!("/projects/{id}/edit")).await;
        let mut handed = changed.clone();
        handed.push(("lead", "UNDP"));
        let r = a.post(&format!("/projects/{id}/edit"), &handed).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(
        app.text(&format!(
            "SELECT o.code FROM projects p JOIN organizations o ON o.id = p.lead_org_id WHERE p.id = {id}"
        ))
        .await,
        "UNDP"
    );
        // Now UNODC may no longer change it, and UNDP may.
        assert_eq!(
            u.get(&format!("/projects/{id}/edit")).await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            d.get(&format!("/projects/{id}/edit")).await.status,
            StatusCode::OK
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'project.created'")
                .await,
            1
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'project.changed'")
                .await,
            2
        );
    }
);

dual!(
    bad_projects_are_refused_with_every_reason_and_nothing_is_written,
    |app| {
        let unodc = app.focal_point("ana@unodc.org", "UNODC").await;
        let mut u = app.signed_in(&unodc).await;
        let r = add(&mut u, &[("code", "P-1"), ("title", "First")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let before = app.count("SELECT COUNT(*) FROM projects").await;
        let r = add(
            &mut u,
            &[
                ("code", "p-1"),
                ("title", ""),
                ("countries", "Atlantis, UNDP"),
                ("partners", "KEN"),
                ("requested", "1.5"),
                ("donor_name", "Japan"),
                ("donor_amount", "lots"),
                ("donor_name", ""),
                ("donor_amount", "100"),
                ("starts_on", "2028-01-01"),
                ("ends_on", "2027-01-01"),
                ("contact", "nobody@example.org"),
            ],
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        r.assert_contains("Enter the project")
            .assert_contains("Not Member States: Atlantis, UNDP")
            .assert_contains("Not Compact entities: KEN")
            .assert_contains("is not an amount in whole US dollars")
            .assert_contains("The amount of Japan is not in whole US dollars")
            .assert_contains("Each amount needs its donor")
            .assert_contains("cannot end before it starts")
            .assert_contains("No active account has this e-mail address")
            // What was typed is kept.
            .assert_contains("Atlantis, UNDP");
        // A code taken (case aside) is refused on its own too.
        let r = add(&mut u, &[("code", "p-1"), ("title", "Second")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        r.assert_contains("Another project already has this code");
        assert_eq!(app.count("SELECT COUNT(*) FROM projects").await, before);
        assert_eq!(app.count("SELECT COUNT(*) FROM project_countries").await, 0);
        assert_eq!(app.count("SELECT COUNT(*) FROM project_donors").await, 0);
        // In French, the reasons are in French.
        u.post("/language", &[("lang", "fr"), ("next", "/projects/new")])
            .await;
        let r = add(
            &mut u,
            &[("code", "P-2"), ("title", "x"), ("requested", "abc")],
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        r.assert_contains("dollars des États-Unis");
    }
);

/// The codes and money of the projects a filter leaves, computed in SQL, independently
/// of the explorer: `cond` is a condition on `p`.
async fn expected(app: &TestApp, cond: &str) -> (BTreeSet<String>, i64, i64, i64) {
    let codes = app
        .text(&format!(
            "SELECT COALESCE(STRING_AGG(p.code, '|'), '') FROM projects p WHERE {cond}"
        ))
        .await;
    let funded = "(SELECT CAST(COALESCE(SUM(d.amount_usd), 0) AS BIGINT) FROM project_donors d WHERE d.project_id = p.id)";
    let sum = |e: String| {
        format!("SELECT CAST(COALESCE(SUM({e}), 0) AS BIGINT) FROM projects p WHERE {cond}")
    };
    let requested = app.count(&sum("p.requested_usd".into())).await;
    let funded_sum = app.count(&sum(funded.into())).await;
    let gap = app
        .count(&sum(format!(
            "CASE WHEN p.requested_usd > {funded} THEN p.requested_usd - {funded} ELSE 0 END"
        )))
        .await;
    let set = codes
        .split('|')
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect();
    (set, requested, funded_sum, gap)
}

/// The CSV export's codes and the sums of its three amount columns.
fn from_csv(bytes: &[u8]) -> (BTreeSet<String>, i64, i64, i64) {
    let text = std::str::from_utf8(bytes)
        .expect("UTF-8")
        .trim_start_matches('\u{feff}');
    let mut rd = csv::Reader::from_reader(text.as_bytes());
    let mut codes = BTreeSet::new();
    let (mut req, mut fun, mut gap) = (0i64, 0i64, 0i64);
    for rec in rd.records() {
        let rec = rec.expect("a CSV record");
        codes.insert(rec[0].to_string());
        req += rec[9].parse::<i64>().expect("requested");
        fun += rec[10].parse::<i64>().expect("funded");
        gap += rec[11].parse::<i64>().expect("gap");
    }
    (codes, req, fun, gap)
}

dual!(
    explorer_filters_combine_and_totals_equal_sums_computed_apart,
    |app| {
        let s = gctcp_demo::projects::generate(app.db(), 160, 7)
            .await
            .expect("demo projects");
        assert_eq!(s.projects, 160);
        let fp = app.focal_point("ana@unodc.org", "UNODC").await;
        let mut c = app.signed_in(&fp).await;
        let in_region = |r: &str| {
            format!(
            "(EXISTS (SELECT 1 FROM project_regions x WHERE x.project_id = p.id AND x.region = '{r}')
              OR EXISTS (SELECT 1 FROM project_countries x JOIN organizations o ON o.id = x.org_id
                         WHERE x.project_id = p.id AND o.region = '{r}'))"
        )
        };
        let theme = |slug: &str| {
            format!(
                "EXISTS (SELECT 1 FROM project_themes x JOIN themes t ON t.id = x.theme_id
                     WHERE x.project_id = p.id AND t.slug = '{slug}')"
            )
        };
        let entity = |code: &str| {
            format!(
                "(p.lead_org_id = (SELECT id FROM organizations WHERE code = '{code}')
              OR EXISTS (SELECT 1 FROM project_partners x JOIN organizations o ON o.id = x.org_id
                         WHERE x.project_id = p.id AND o.code = '{code}'))"
            )
        };
        let country = |code: &str| {
            format!(
                "EXISTS (SELECT 1 FROM project_countries x JOIN organizations o ON o.id = x.org_id
                     WHERE x.project_id = p.id AND o.code = '{code}')"
            )
        };
        let donor = |name: &str| {
            format!("EXISTS (SELECT 1 FROM project_donors x WHERE x.project_id = p.id AND x.donor = '{name}')")
        };
        let pillar = |n: i64| {
            format!("EXISTS (SELECT 1 FROM project_pillars x WHERE x.project_id = p.id AND x.pillar = {n})")
        };
        // A country that some project serves.
        let kenya_like = app
            .text(
                "SELECT o.code FROM project_countries x JOIN organizations o ON o.id = x.org_id
             GROUP BY o.code ORDER BY COUNT(*) DESC, o.code LIMIT 1",
            )
            .await;
        let cases: Vec<(String, String)> = vec![
            ("".into(), "1 = 1".into()),
            ("region=Africa".into(), in_region("Africa")),
            ("theme=pcve".into(), theme("pcve")),
            ("entity=UNODC".into(), entity("UNODC")),
            (format!("country={kenya_like}"), country(&kenya_like)),
            ("donor=Japan".into(), donor("Japan")),
            ("pillar=2".into(), pillar(2)),
            ("status=active".into(), "p.status = 'active'".into()),
            (
                "region=Asia&status=closed".into(),
                format!("{} AND p.status = 'closed'", in_region("Asia")),
            ),
            (
                "region=Africa&pillar=2&entity=UNOCT".into(),
                format!(
                    "{} AND {} AND {}",
                    in_region("Africa"),
                    pillar(2),
                    entity("UNOCT")
                ),
            ),
            (
                "donor=European+Union&status=active&theme=border-security".into(),
                format!(
                    "{} AND p.status = 'active' AND {}",
                    donor("European Union"),
                    theme("border-security")
                ),
            ),
            // Unknown values leave nothing (and no error).
            ("country=ATL".into(), "1 = 0".into()),
            ("theme=nonsense".into(), "1 = 0".into()),
        ];
        let mut nonempty = 0;
        for (q, cond) in &cases {
            let want = expected(&app, cond).await;
            let r = c.get(&format!("/projects.csv?{q}")).await;
            assert_eq!(r.status, StatusCode::OK, "{q}");
            let got = from_csv(&r.bytes);
            assert_eq!(got, want, "{q}");
            if !want.0.is_empty() {
                nonempty += 1;
            }
            // The page says the same: its count and its totals, as English writes them.
            let page = c.get(&format!("/projects?{q}")).await;
            assert_eq!(page.status, StatusCode::OK);
            let n = want.0.len();
            page.assert_contains(&format!("{n} project{}", if n == 1 { "" } else { "s" }));
            for amount in [want.1, want.2, want.3] {
                page.assert_contains(&format!("US${}", thousands(amount)));
            }
        }
        assert!(nonempty >= 8, "the cases should mostly find projects");

        // Each filter's counts are what the others leave: regions under theme=pcve.
        let page = c.get("/projects?theme=pcve").await;
        for region in ["Africa", "Asia", "Europe"] {
            let n = expected(
                &app,
                &format!("{} AND {}", theme("pcve"), in_region(region)),
            )
            .await
            .0
            .len();
            if n > 0 {
                page.assert_contains(&format!(">{region} ({n})</option>"));
            }
        }

        // A search in another language finds projects by the countries they serve.
        let fr = expected(&app, &country("FRA")).await;
        let r = c.get("/projects.csv?q=France").await;
        let got = from_csv(&r.bytes).0;
        assert!(
            fr.0.is_subset(&got),
            "a search for France finds France's projects"
        );

        // The charts' tables: each theme's gap is the sum over its projects.
        let r = c.get("/projects/charts?region=Africa").await;
        assert_eq!(r.status, StatusCode::OK);
        r.assert_contains(r#"<svg class="chart" id="chart-theme""#)
            .assert_contains(r#"role="img""#)
            .assert_contains("Funding gap by thematic priority");
        // Who implements what the filters leave: an entity's row sums its projects.
        let unodc = expected(&app, &entity("UNODC")).await;
        let r2 = c.get("/projects/charts?entity=UNODC").await;
        r2.assert_contains("Who implements these projects").assert_contains(&format!(
        "United Nations Office on Drugs and Crime (UNODC)</bdi></a></th><td>{}</td><td>US${}</td><td>US${}</td><td>US${}</td>",
        unodc.0.len(),
        thousands(unodc.1),
        thousands(unodc.2),
        thousands(unodc.3)
    ));
        let pcve_in_africa = expected(
            &app,
            &format!("{} AND {}", in_region("Africa"), theme("pcve")),
        )
        .await;
        if !pcve_in_africa.0.is_empty() {
            r.assert_contains(&format!("gap US${}", thousands(pcve_in_africa.3)));
        }
    }
);

/// 1234567 as English writes it: "1,234,567".
fn thousands(n: i64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

dual!(exports_read_back_and_never_run_a_formula, |app| {
    let admin = app.admin().await;
    let mut a = app.signed_in(&admin).await;
    let r = add(
        &mut a,
        &[
            ("code", "EVIL-1"),
            ("title", "=HYPERLINK(\"http://evil.example\",\"click\")"),
            ("summary", "+cmd|' /C calc'!A0"),
            ("lead", "UNOCT"),
            ("countries", "KEN"),
            ("requested", "2,000,000"),
            ("donor_name", "@SUM(1+1)"),
            ("donor_amount", "500,000"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = add(
        &mut a,
        &[
            ("code", "AR-1"),
            ("title", "مشروع لمكافحة تمويل الإرهاب"),
            ("lead", "UNODC"),
            ("requested", "750000"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    let csv = a.get("/projects.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv
        .header("content-type")
        .unwrap_or("")
        .starts_with("text/csv"));
    let text = String::from_utf8(csv.bytes.clone()).expect("UTF-8");
    let mut rd = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<csv::StringRecord> = rd.records().map(|r| r.expect("record")).collect();
    assert_eq!(rows.len(), 2);
    let evil = rows
        .iter()
        .find(|r| &r[0] == "EVIL-1")
        .expect("the project");
    assert!(evil[1].starts_with("'="), "{:?}", &evil[1]);
    assert!(evil[15].starts_with("'+"), "{:?}", &evil[15]);
    assert!(evil[12].starts_with("'@"), "{:?}", &evil[12]);
    assert_eq!(&evil[9], "2000000");
    assert_eq!(&evil[11], "1500000");

    let x = a.get("/projects.xlsx").await;
    assert_eq!(x.status, StatusCode::OK);
    assert!(x
        .header("content-disposition")
        .unwrap_or("")
        .contains("projects.xlsx"));
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(x.bytes.clone())).expect("an XLSX file");
    let sheet = book
        .worksheet_range("Projects")
        .expect("the Projects sheet");
    let rows: Vec<Vec<Data>> = sheet.rows().map(|r| r.to_vec()).collect();
    assert_eq!(rows[0][0], Data::String("Code".into()));
    assert_eq!(rows[0][11], Data::String("Funding gap (US$)".into()));
    assert_eq!(rows.len(), 3);
    let evil = rows
        .iter()
        .find(|r| r[0] == Data::String("EVIL-1".into()))
        .expect("the project");
    // Text stays text, exactly as typed; amounts are numbers.
    assert_eq!(
        evil[1],
        Data::String("=HYPERLINK(\"http://evil.example\",\"click\")".into())
    );
    assert_eq!(evil[9], Data::Float(2_000_000.0));
    assert_eq!(evil[11], Data::Float(1_500_000.0));
    let formulas = book.worksheet_formula("Projects").expect("formulas");
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no cell holds a formula"
    );
    let arabic = rows
        .iter()
        .find(|r| r[0] == Data::String("AR-1".into()))
        .expect("the Arabic project");
    assert_eq!(arabic[1], Data::String("مشروع لمكافحة تمويل الإرهاب".into()));

    // Headers in the reader's language.
    a.post("/language", &[("lang", "ru"), ("next", "/projects")])
        .await;
    let csv = a.get("/projects.csv").await;
    let header = String::from_utf8(csv.bytes).expect("UTF-8");
    let first = header.lines().next().unwrap_or("");
    assert!(!first.contains("Funding gap"), "{first}");
});

dual!(
    a_country_page_shows_its_projects_and_who_implements_them,
    |app| {
        let admin = app.admin().await;
        let mut a = app.signed_in(&admin).await;
        for (code, title, countries, lead, requested, funded) in [
            (
                "K-1",
                "Border posts along the northern frontier",
                "KEN",
                "IOM",
                "1,000,000",
                "400,000",
            ),
            (
                "K-2",
                "Community dialogue in coastal counties",
                "KEN, TZA",
                "UNDP",
                "500,000",
                "600,000",
            ),
            (
                "T-1",
                "Financial intelligence unit support",
                "TZA",
                "UNODC",
                "300,000",
                "0",
            ),
        ] {
            let r = add(
                &mut a,
                &[
                    ("code", code),
                    ("title", title),
                    ("countries", countries),
                    ("lead", lead),
                    ("requested", requested),
                    ("donor_name", "Norway"),
                    ("donor_amount", funded),
                ],
            )
            .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        }
        let fp = app.focal_point("njeri@mfa.go.ke", "KEN").await;
        let mut k = app.signed_in(&fp).await;
        let page = k.get("/organizations/KEN").await;
        page.assert_contains("Projects for this country")
            .assert_contains("Border posts along the northern frontier")
            .assert_contains("Community dialogue in coastal counties")
            .assert_not_contains("Financial intelligence unit support")
            // Requested 1.5 million, funded 1 million, but the gap is 600,000: one
            // project's surplus does not fill another's gap.
            .assert_contains("US$1,500,000")
            .assert_contains("US$1,000,000")
            .assert_contains("US$600,000")
            .assert_contains("Entities implementing projects here")
            .assert_contains("International Organization for Migration</bdi> (1)");
        // An entity's page lists what it implements.
        let page = k.get("/organizations/UNODC").await;
        page.assert_contains("Projects of this entity")
            .assert_contains("Financial intelligence unit support")
            .assert_not_contains("Border posts along the northern frontier");
        // The explorer link of the country page is the same view.
        k.get("/projects?country=KEN&sort=gap")
            .await
            .assert_contains("2 projects");
    }
);

/// The hidden CSV a preview carries to its confirmation (as the browser sends it back).
pub(crate) fn carried(preview: &TestResponse) -> String {
    let start = preview
        .body
        .find("<textarea name=\"csv\" hidden>")
        .expect("a confirmation form")
        + "<textarea name=\"csv\" hidden>".len();
    let end = start + preview.body[start..].find("</textarea>").expect("its end");
    preview.body[start..end]
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

dual!(imports_preview_every_row_and_write_all_or_nothing, |app| {
    let admin = app.admin().await;
    let fp = app.focal_point("ana@unodc.org", "UNODC").await;
    let mut a = app.signed_in(&admin).await;
    let r = add(
        &mut a,
        &[
            ("code", "OLD-1"),
            ("title", "Old title"),
            ("lead", "UNOCT"),
            ("requested", "100"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    // Only administrators import.
    let mut f = app.signed_in(&fp).await;
    assert_eq!(
        f.get("/projects/import").await.status,
        StatusCode::FORBIDDEN
    );
    let r = f
        .post(
            "/projects/import/confirm",
            &[("csv", "code,title\nX-1,Sneaked in\n")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    let bad = "code,title,lead,countries,regions,pillars,themes,requested,donors,status\n\
        NEW-1,Border posts,UNODC,NER;MLI,Africa,2,border-security,\"2,500,000\",\"Japan: 1,000,000; European Union: 500,000\",active\n\
        OLD-1,New title,UNOCT,KEN,,,,\"300,000\",,pipeline\n\
        BAD-1,Broken,UNDP,KEN,Atlantis,7,astrology,1.5,Japan,someday\n";
    a.get("/projects/import").await;
    let preview = a
        .post_multipart(
            "/projects/import",
            &[("file", Some("projects.csv"), bad.as_bytes())],
        )
        .await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.body);
    preview
        .assert_contains("1 new project")
        .assert_contains("1 update")
        .assert_contains("1 row refused")
        .assert_contains("“Atlantis” is not a region")
        .assert_contains("“7” is not a pillar")
        .assert_contains("“astrology” is not a thematic priority")
        .assert_contains("“someday” is not a status")
        .assert_contains("“Japan” is not written “Name: amount”")
        .assert_contains("is not an amount in whole US dollars")
        .assert_not_contains("/projects/import/confirm");
    // Sent anyway, the file writes nothing.
    let r = a.post("/projects/import/confirm", &[("csv", bad)]).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(app.count("SELECT COUNT(*) FROM projects").await, 1);
    assert_eq!(app.text("SELECT title FROM projects").await, "Old title");

    // Without the refused row, the preview offers to import; confirming writes both.
    let good: String = bad.lines().take(3).map(|l| format!("{l}\n")).collect();
    let preview = a
        .post_multipart(
            "/projects/import",
            &[("file", Some("projects.csv"), good.as_bytes())],
        )
        .await;
    preview.assert_contains("Import all 2 projects");
    let r = a
        .post("/projects/import/confirm", &[("csv", &carried(&preview))])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    a.get(r.location())
        .await
        .assert_contains("1 project added, 1 updated.");
    assert_eq!(app.count("SELECT COUNT(*) FROM projects").await, 2);
    assert_eq!(
        app.text("SELECT title FROM projects WHERE code = 'OLD-1'")
            .await,
        "New title"
    );
    assert_eq!(
        app.count("SELECT CAST(SUM(amount_usd) AS BIGINT) FROM project_donors")
            .await,
        1_500_000
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'projects.imported'")
            .await,
        1
    );

    // The Excel export, imported back, changes nothing: every row is an update.
    let before = a.get("/projects.csv").await.body;
    let xlsx = a.get("/projects.xlsx").await.bytes;
    let preview = a
        .post_multipart(
            "/projects/import",
            &[("file", Some("projects.xlsx"), &xlsx)],
        )
        .await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.body);
    preview
        .assert_contains("0 new projects")
        .assert_contains("2 updates")
        .assert_contains("0 rows refused");
    let r = a
        .post("/projects/import/confirm", &[("csv", &carried(&preview))])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(a.get("/projects.csv").await.body, before);
});
