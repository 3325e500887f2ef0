//! The command line, run as an operator would: the real binary on the test database.

use super::*;
use std::process::Command;

fn gctcp(app: &TestApp, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_gctcp"))
        .args(args)
        .env("GCTCP_DATABASE_URL", &app.database_url)
        .env("GCTCP_PUBLIC_URL", "https://gctcp.example.org")
        .env("GCTCP_CONFIG", "/nonexistent/gctcp.toml")
        .env("GCTCP_LOG", "error")
        .output()
        .expect("run gctcp");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

dual!(users_add_list_and_deactivate, |app| {
    let (ok, out, err) = gctcp(
        &app,
        &[
            "users",
            "add",
            "--email",
            "Boss@UN.org",
            "--name",
            "Bo Ss",
            "--org",
            "unoct",
            "--admin",
        ],
    );
    assert!(ok, "{out}{err}");
    let link = out
        .lines()
        .find(|l| l.starts_with("https://gctcp.example.org/invite/"))
        .expect("the URL on a line of its own");
    assert_eq!(link.trim(), link);
    // The link works in the app.
    let path = link.trim_start_matches("https://gctcp.example.org");
    let mut c = app.client();
    c.get(path).await.assert_contains("Bo Ss");
    let pw = "the secretariat keeps the keys safe";
    assert_eq!(
        c.post(path, &[("password", pw), ("password_confirm", pw)])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        c.get("/admin/accounts").await.status,
        StatusCode::OK,
        "an administrator"
    );

    let (ok, _, err) = gctcp(
        &app,
        &[
            "users", "add", "--email", "x@un.org", "--name", "X", "--org", "NOWHERE",
        ],
    );
    assert!(!ok);
    assert!(err.contains("unknown organization"), "{err}");
    let (ok, _, err) = gctcp(
        &app,
        &[
            "users",
            "add",
            "--email",
            "boss@un.org",
            "--name",
            "Again",
            "--org",
            "KEN",
        ],
    );
    assert!(!ok);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM accounts").await,
        1,
        "nothing half-written"
    );

    let (ok, _, _) = gctcp(
        &app,
        &[
            "users",
            "add",
            "--email",
            "fp@mfa.go.ke",
            "--name",
            "F P",
            "--org",
            "KEN",
        ],
    );
    assert!(ok);
    let (ok, out, _) = gctcp(&app, &["users", "list"]);
    assert!(ok);
    assert!(
        out.lines().any(|l| l.contains("boss@un.org")
            && l.contains("UNOCT")
            && l.contains("admin")
            && l.contains("active")),
        "{out}"
    );
    assert!(
        out.lines().any(|l| l.contains("fp@mfa.go.ke")
            && l.contains("KEN")
            && l.contains("focal_point")
            && l.contains("invited")),
        "{out}"
    );

    // Deactivation from the command line ends the browser session at its next click.
    let (ok, _, err) = gctcp(&app, &["users", "deactivate", "--email", "boss@un.org"]);
    assert!(!ok, "the last administrator cannot be deactivated");
    assert!(err.contains("last active administrator"), "{err}");
    app.person("other.admin@un.org", "Other", "UNOCT", PlatformRole::Admin)
        .await;
    let (ok, out, err) = gctcp(&app, &["users", "deactivate", "--email", "boss@un.org"]);
    assert!(ok, "{out}{err}");
    assert_eq!(c.get("/admin/accounts").await.status, StatusCode::SEE_OTHER);
    let (ok, _, err) = gctcp(&app, &["users", "deactivate", "--email", "ghost@un.org"]);
    assert!(!ok && err.contains("no account"), "{err}");
});

dual!(migrate_is_idempotent, |app| {
    for _ in 0..2 {
        let (ok, out, err) = gctcp(&app, &["migrate"]);
        assert!(ok, "{out}{err}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM organizations").await, 239);
});

dual!(
    demo_fills_the_directory_with_people_in_many_scripts,
    |app| {
        let (ok, out, err) = gctcp(
            &app,
            &[
                "demo",
                "--people",
                "400",
                "--seed",
                "7",
                "--password",
                "demo people share this password",
            ],
        );
        assert!(ok, "{out}{err}");
        assert!(out.contains("added 400 demo focal points"), "{out}");
        assert_eq!(app.count("SELECT COUNT(*) FROM directory_docs").await, 400);
        // And the tracker's activities, about half of them in a project.
        assert!(out.contains("added 3000 activities"), "{out}");
        assert_eq!(app.count("SELECT COUNT(*) FROM activities").await, 3000);
        assert!(
            app.count("SELECT COUNT(*) FROM activities WHERE project_id IS NOT NULL")
                .await
                > 1000
        );
        let names: Vec<(String,)> = gctcp_store::query("SELECT display_name FROM accounts")
            .fetch_all(app.db())
            .await
            .unwrap();
        let has = |f: fn(char) -> bool| names.iter().any(|(n,)| n.chars().any(f));
        assert!(
            has(|c| ('\u{600}'..='\u{6ff}').contains(&c)),
            "Arabic names"
        );
        assert!(
            has(|c| ('\u{400}'..='\u{4ff}').contains(&c)),
            "Cyrillic names"
        );
        assert!(
            has(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "Chinese names"
        );
        assert!(
            has(|c| "éáíóúñçã".contains(c)),
            "Latin names with diacritics"
        );
        assert!(app.count("SELECT COUNT(*) FROM space_members").await > 20);
        // Demo people can sign in with the demo password and find each other.
        let email: (String,) = gctcp_store::query("SELECT email FROM accounts ORDER BY id LIMIT 1")
            .fetch_one(app.db())
            .await
            .unwrap();
        let mut c = app.client();
        assert_eq!(
            c.sign_in(&email.0, "demo people share this password")
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        let res = c.get("/people?q=garcia").await;
        assert_eq!(res.status, StatusCode::OK);
        // The working groups have chairs, discussions (with mentions) and scored plans.
        assert!(out.contains("discussion threads"), "{out}");
        assert!(app.count("SELECT COUNT(*) FROM threads").await >= 3);
        assert!(app.count("SELECT COUNT(*) FROM post_mentions").await > 0);
        assert!(app.count("SELECT COUNT(*) FROM plan_scores").await > 0);
        let wg = app
            .count(
                "SELECT space_id FROM space_members WHERE role = 'chair' ORDER BY space_id LIMIT 1",
            )
            .await;
        c.get(&format!("/spaces/{wg}"))
            .await
            .assert_contains("Chair")
            .assert_contains("/discussions/");
        c.get(&format!("/spaces/{wg}/plan"))
            .await
            .assert_contains("from ");
        // A year of the calendar: each working group's monthly meeting, on its home.
        assert!(out.contains("calendar events"), "{out}");
        assert!(
            app.count("SELECT COUNT(*) FROM events WHERE rrule IS NOT NULL")
                .await
                >= 9
        );
        assert!(app.count("SELECT COUNT(*) FROM event_rsvps").await > 0);
        c.get(&format!("/spaces/{wg}"))
            .await
            .assert_contains("monthly meeting");
        c.get("/calendar/month")
            .await
            .assert_contains("monthly meeting");
        // New accounts still get fresh IDs after the bulk insert.
        app.invite(
            "after.demo@un.org",
            "After Demo",
            "KEN",
            PlatformRole::FocalPoint,
        )
        .await;
        // Running it again adds more people.
        let (ok, _, _) = gctcp(&app, &["demo", "--people", "3", "--seed", "7"]);
        assert!(ok);
        assert_eq!(app.count("SELECT COUNT(*) FROM directory_docs").await, 403);
    }
);

dual!(output_to_a_closed_pipe_ends_quietly, |app| {
    app.admin().await;
    // `gctcp users list | head -0`: the reader has gone before the first line is written.
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let out = Command::new(env!("CARGO_BIN_EXE_gctcp"))
        .args(["users", "list"])
        .env("GCTCP_DATABASE_URL", &app.database_url)
        .env("GCTCP_CONFIG", "/nonexistent/gctcp.toml")
        .env("GCTCP_LOG", "info")
        .stdout(writer)
        .output()
        .expect("run gctcp");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "exit {:?}: {err}", out.status);
    assert!(!err.contains("panic"), "{err}");
    assert!(!err.contains("Broken pipe"), "{err}");
});
