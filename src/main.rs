//! `gctcp`: the command line. Parsing only; everything else lives in the crates.

use clap::{Parser, Subcommand};
use gctcp_app::accounts::{self, Change, Request};
use gctcp_app::config::Config;
use gctcp_app::{Actor, App, Problem};
use gctcp_domain::account::normalize_email;
use gctcp_domain::PlatformRole;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

/// mimalloc rather than the system allocator: a server's many short-lived allocations
/// (rows, pages, headers) are cheaper, and memory freed by one thread — a 19 MiB password
/// hash, a rebuilt index — goes back to the system instead of staying in that thread's
/// arena (with glibc, a sign-in flood left the server hundreds of megabytes larger).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "gctcp",
    version,
    about = "The UN Global Counter-Terrorism Coordination Platform workspace"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (SQLite in ./data unless GCTCP_DATABASE_URL says otherwise).
    Serve,
    /// Apply database migrations and reference data, then exit.
    Migrate,
    /// Fill the database with realistic synthetic focal points (for trying and measuring).
    #[cfg(feature = "demo")]
    Demo {
        /// How many people to add.
        #[arg(long, default_value_t = 500)]
        people: usize,
        /// How many library resources to add (with real generated files).
        #[arg(long, default_value_t = 300)]
        resources: usize,
        /// How many one-off events to add beyond a realistic year of the calendar.
        #[arg(long, default_value_t = 0)]
        events: usize,
        /// How many projects to add to the compendium (the two appeals' 112, then the
        /// pipeline).
        #[arg(long, default_value_t = 300)]
        projects: usize,
        /// How many activities to add to the tracker (after the projects, which about half
        /// belong to).
        #[arg(long, default_value_t = 3000)]
        activities: usize,
        /// How many Member States CTED has assessed (each with recommendations, some
        /// addressed by projects and activities, and the State's consents).
        #[arg(long, default_value_t = 80)]
        assessments: usize,
        /// Random seed (the same seed gives the same people).
        #[arg(long, default_value_t = 2026)]
        seed: u64,
        /// Let every demo person sign in with this password (otherwise they cannot).
        #[arg(long)]
        password: Option<String>,
    },
    /// Manage accounts without a browser.
    Users {
        #[command(subcommand)]
        command: UsersCommand,
    },
}

#[derive(Subcommand)]
enum UsersCommand {
    /// Provision an account and print its one-time invitation URL.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// ISO 3166 alpha-3 code of a Member State (e.g. KEN) or a Compact entity's acronym (e.g. UNODC).
        #[arg(long)]
        org: String,
        /// Job title.
        #[arg(long, default_value = "")]
        title: String,
        /// Make the account an administrator.
        #[arg(long)]
        admin: bool,
    },
    /// List accounts: e-mail, organization, role, status.
    List,
    /// Deactivate an account; its sessions end at once.
    Deactivate {
        #[arg(long)]
        email: String,
    },
}

#[tokio::main]
async fn main() -> ExitCode {
    // Colour only when a person reads the log on a terminal; a log file or a collector
    // gets plain text.
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("GCTCP_LOG")
                .unwrap_or_else(|_| "info,sqlx=warn,tower_http=warn".into()),
        )
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr)
        .init();
    // A panic anywhere (a handler, a background task) goes to the log, inside the span of
    // the request or task it happened in, like every other error.
    std::panic::set_hook(Box::new(|info| {
        tracing::error!(panic = %info, "panic");
    }));
    let cli = Cli::parse();
    match run(cli).await {
        Ok(code) => code,
        // The reader of our output went away (`gctcp users list | head`): stop quietly,
        // as Unix tools do.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Writes one line of command output. Unlike `println!`, a closed pipe is an error the
/// caller returns (and `main` ends quietly on), not a panic.
fn out(text: impl std::fmt::Display) -> std::io::Result<()> {
    let mut o = std::io::stdout().lock();
    writeln!(o, "{text}")?;
    o.flush()
}

/// `say!(…)` is `println!(…)` that returns a closed pipe as an error.
macro_rules! say {
    () => {
        out("")?
    };
    ($($arg:tt)*) => {
        out(format_args!($($arg)*))?
    };
}

async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let config = Config::load()?;
    match cli.command {
        Command::Serve => serve(config).await,
        Command::Migrate => {
            let db = gctcp_app::open_db(&config).await?;
            db.close().await;
            say!("migrations applied; reference data up to date");
            Ok(ExitCode::SUCCESS)
        }
        Command::Users { command } => users(config, command).await,
        #[cfg(feature = "demo")]
        Command::Demo {
            people,
            resources,
            events,
            projects,
            activities,
            assessments,
            seed,
            password,
        } => {
            let counts = DemoCounts {
                people,
                resources,
                events,
                projects,
                activities,
                assessments,
            };
            demo(config, counts, seed, password).await
        }
    }
}

/// `gctcp demo`: only in builds with the `demo` feature (the default for development;
/// the container image is built without it).
#[cfg(feature = "demo")]
struct DemoCounts {
    people: usize,
    resources: usize,
    events: usize,
    projects: usize,
    activities: usize,
    assessments: usize,
}

#[cfg(feature = "demo")]
async fn demo(
    config: Config,
    counts: DemoCounts,
    seed: u64,
    password: Option<String>,
) -> anyhow::Result<ExitCode> {
    let DemoCounts {
        people,
        resources,
        events,
        projects,
        activities,
        assessments,
    } = counts;
    let app = App::open(config).await?;
    let hash = password
        .map(|p| gctcp_app::password::hash_blocking(&gctcp_domain::password::normalize(&p)));
    let started = std::time::Instant::now();
    let s = gctcp_demo::people::generate(&app.db, people, seed, hash.as_deref()).await?;
    say!(
        "added {} demo focal points ({} working-group memberships) in {:.1} s",
        s.people,
        s.memberships,
        started.elapsed().as_secs_f64()
    );
    let started = std::time::Instant::now();
    let c = gctcp_demo::collab::generate(&app.db, seed).await?;
    say!(
        "added {} discussion threads ({} posts) and {} work-plan items ({} scores) in {:.1} s",
        c.threads,
        c.posts,
        c.items,
        c.scores,
        started.elapsed().as_secs_f64()
    );
    let started = std::time::Instant::now();
    let from = gctcp_demo::events::this_month();
    let e = gctcp_demo::events::generate(&app.db, seed, from, events).await?;
    say!(
        "added {} calendar events ({} series) and {} answers in {:.1} s",
        e.events,
        e.series,
        e.answers,
        started.elapsed().as_secs_f64()
    );
    if projects > 0 {
        let started = std::time::Instant::now();
        let p = gctcp_demo::projects::generate(&app.db, projects, seed).await?;
        say!(
            "added {} projects (US${} million requested, US${} million funded) in {:.1} s",
            p.projects,
            p.requested / 1_000_000,
            p.funded / 1_000_000,
            started.elapsed().as_secs_f64()
        );
    }
    if activities > 0 {
        let started = std::time::Instant::now();
        let a = gctcp_demo::activities::generate(&app.db, activities, seed).await?;
        say!(
            "added {} activities ({} progress updates) in {:.1} s",
            a.activities,
            a.updates,
            started.elapsed().as_secs_f64()
        );
    }
    if assessments > 0 {
        let started = std::time::Instant::now();
        let r = gctcp_demo::recommendations::generate(&app.db, assessments, seed).await?;
        say!(
            "added {} CTED assessments ({} recommendations, {} consents) in {:.1} s",
            r.assessments,
            r.recommendations,
            r.consents,
            started.elapsed().as_secs_f64()
        );
    }
    if resources > 0 {
        let started = std::time::Instant::now();
        let r = gctcp_demo::library::generate(&app.db, &app.blobs, resources, seed).await?;
        say!(
            "added {} library resources ({} files, {:.1} MB, text extracted) in {:.1} s",
            r.resources,
            r.files,
            r.bytes as f64 / 1e6,
            started.elapsed().as_secs_f64()
        );
    }
    app.db.close().await;
    Ok(ExitCode::SUCCESS)
}

async fn serve(config: Config) -> anyhow::Result<ExitCode> {
    let bind = config.bind;
    let (router, app) = gctcp_server::build(config).await?;
    let listener = tokio::net::TcpListener::bind(bind)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {bind}: {e}"))?;
    tracing::info!(
        address = %listener.local_addr()?,
        database = %gctcp_store::redact_url(&app.config.database_url.0),
        "gctcp is serving"
    );
    if let Some(url) = gctcp_app::auth::setup_link_if_needed(&app)
        .await
        .map_err(anyhow_of)?
    {
        say!();
        say!("No administrator exists yet. Open this one-time link to set up the first administrator");
        say!(
            "(valid for {} hours):",
            app.config.invitation_ttl.as_secs() / 3600
        );
        say!("{url}");
        say!();
    }
    say!("gctcp listening on {}", app.config.public_url);
    let mut background = vec![
        gctcp_app::jobs::housekeeping(&app),
        gctcp_app::jobs::warm_indexes(&app),
        gctcp_app::jobs::worker(&app),
        gctcp_app::jobs::digest_planner(&app),
    ];
    gctcp_server::serve(router, listener).await?;
    for task in background.drain(..) {
        task.abort();
    }
    app.db.close().await;
    Ok(ExitCode::SUCCESS)
}

fn anyhow_of(p: Problem) -> anyhow::Error {
    match p {
        Problem::Internal(e) => e,
        other => anyhow::anyhow!("{other}"),
    }
}

async fn users(config: Config, command: UsersCommand) -> anyhow::Result<ExitCode> {
    let app = App::with_db(config.clone(), gctcp_app::open_db(&config).await?)?;
    let cli = Actor::cli();
    let code = match command {
        UsersCommand::Add {
            email,
            name,
            org,
            title,
            admin,
        } => {
            let role = if admin {
                PlatformRole::Admin
            } else {
                PlatformRole::FocalPoint
            };
            let req = Request {
                email,
                name,
                org_code: org,
                title,
                role: Some(role),
            };
            match accounts::provision(&app, &cli, &req)
                .await
                .map_err(anyhow_of)?
            {
                Ok(invited) => {
                    say!(
                        "Invited {} ({}). One-time invitation link, valid for {} hours:",
                        invited.email,
                        role,
                        app.config.invitation_ttl.as_secs() / 3600
                    );
                    say!("{}", invited.url);
                    ExitCode::SUCCESS
                }
                Err(refusals) => {
                    for r in refusals {
                        eprintln!("error: {}", r.english());
                    }
                    ExitCode::FAILURE
                }
            }
        }
        UsersCommand::List => {
            let all = gctcp_store::accounts::all(&app.db).await?;
            say!(
                "{:<40} {:<24} {:<12} STATUS",
                "EMAIL",
                "ORGANIZATION",
                "ROLE"
            );
            for a in &all {
                say!(
                    "{:<40} {:<24} {:<12} {}",
                    a.email,
                    a.org_code,
                    a.role,
                    a.status
                );
            }
            ExitCode::SUCCESS
        }
        UsersCommand::Deactivate { email } => {
            match gctcp_store::accounts::by_email(&app.db, &normalize_email(&email)).await? {
                None => {
                    eprintln!("error: no account with e-mail {email}");
                    ExitCode::FAILURE
                }
                Some(a) => match accounts::deactivate(&app, &cli, a.account_id())
                    .await
                    .map_err(anyhow_of)?
                {
                    Change::Unchanged => {
                        say!("{} is already deactivated", a.email);
                        ExitCode::SUCCESS
                    }
                    Change::LastAdmin => {
                        eprintln!(
                            "error: {} is the last active administrator and cannot be deactivated",
                            a.email
                        );
                        ExitCode::FAILURE
                    }
                    Change::Done => {
                        say!("{} deactivated; their sessions have ended", a.email);
                        ExitCode::SUCCESS
                    }
                },
            }
        }
    };
    app.db.close().await;
    Ok(code)
}
