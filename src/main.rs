//! `gctcp`: the command line. Parsing only; everything else lives in the crates.

use clap::{Parser, Subcommand};
use gctcp_domain::account::normalize_email;
use gctcp_domain::{AccountStatus, PlatformRole};
use gctcp_server::config::Config;
use gctcp_server::provision;
use gctcp_store::accounts::{self, AdminGuard};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

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
    Demo {
        /// How many people to add.
        #[arg(long, default_value_t = 500)]
        people: usize,
        /// How many library resources to add (with real generated files).
        #[arg(long, default_value_t = 300)]
        resources: usize,
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
            let db = gctcp_server::open_db(&config).await?;
            db.close().await;
            say!("migrations applied; reference data up to date");
            Ok(ExitCode::SUCCESS)
        }
        Command::Users { command } => users(config, command).await,
        Command::Demo {
            people,
            resources,
            seed,
            password,
        } => {
            let db = gctcp_server::open_db(&config).await?;
            let hash = password.map(|p| {
                gctcp_server::password::hash_blocking(&gctcp_domain::password::normalize(&p))
            });
            let started = std::time::Instant::now();
            let s = gctcp_store::demo::generate(&db, people, seed, hash.as_deref()).await?;
            say!(
                "added {} demo focal points ({} working-group memberships) in {:.1} s",
                s.people,
                s.memberships,
                started.elapsed().as_secs_f64()
            );
            if resources > 0 {
                let started = std::time::Instant::now();
                let blobs = gctcp_store::blobs::Blobs::local(&config.blob_dir)?;
                let r = gctcp_store::demo_library::generate(&db, &blobs, resources, seed).await?;
                say!(
                    "added {} library resources ({} files, {:.1} MB, text extracted) in {:.1} s",
                    r.resources,
                    r.files,
                    r.bytes as f64 / 1e6,
                    started.elapsed().as_secs_f64()
                );
            }
            db.close().await;
            Ok(ExitCode::SUCCESS)
        }
    }
}

async fn serve(config: Config) -> anyhow::Result<ExitCode> {
    let bind = config.bind;
    let (router, state) = gctcp_server::build(config).await?;
    let listener = tokio::net::TcpListener::bind(bind)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {bind}: {e}"))?;
    tracing::info!(
        address = %listener.local_addr()?,
        database = %gctcp_store::redact_url(&state.config.database_url.0),
        "gctcp is serving"
    );
    if let Some(url) = provision::setup_link_if_needed(&state.db, &state.config).await? {
        say!();
        say!("No administrator exists yet. Open this one-time link to set up the first administrator");
        say!(
            "(valid for {} hours):",
            state.config.invitation_ttl.as_secs() / 3600
        );
        say!("{url}");
        say!();
    }
    say!("gctcp listening on {}", state.config.public_url);
    let housekeeping = gctcp_server::spawn_housekeeping(&state);
    // Build the directory and library indexes now rather than during the first search.
    let warm = state.clone();
    gctcp_server::tasks::supervise("index-warm-up", move || {
        let warm = warm.clone();
        async move {
            if let Err(e) = warm.directory.snapshot(&warm.db).await {
                tracing::warn!(error = %e, "directory index not built");
            }
            if let Err(e) = warm.library.snapshot(&warm.db).await {
                tracing::warn!(error = %e, "library index not built");
            }
        }
    });
    gctcp_server::serve(router, listener).await?;
    housekeeping.abort();
    state.db.close().await;
    Ok(ExitCode::SUCCESS)
}

async fn users(config: Config, command: UsersCommand) -> anyhow::Result<ExitCode> {
    let db = gctcp_server::open_db(&config).await?;
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
            let req = provision::Request {
                email,
                name,
                org_code: org,
                title,
                role: Some(role),
            };
            match provision::provision(&db, &config, &req, None, None).await? {
                Ok(invited) => {
                    say!(
                        "Invited {} ({}). One-time invitation link, valid for {} hours:",
                        invited.email,
                        role,
                        config.invitation_ttl.as_secs() / 3600
                    );
                    say!("{}", invited.url);
                    ExitCode::SUCCESS
                }
                Err(problems) => {
                    for p in problems {
                        eprintln!("error: {}", p.english());
                    }
                    ExitCode::FAILURE
                }
            }
        }
        UsersCommand::List => {
            let all = accounts::all(&db).await?;
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
            match accounts::by_email(&db, &normalize_email(&email)).await? {
                None => {
                    eprintln!("error: no account with e-mail {email}");
                    ExitCode::FAILURE
                }
                Some(a) if a.status() == AccountStatus::Deactivated => {
                    say!("{} is already deactivated", a.email);
                    ExitCode::SUCCESS
                }
                Some(a) => {
                    match accounts::deactivate(&db, a.account_id(), None, None).await? {
                        AdminGuard::LastAdmin => {
                            eprintln!("error: {} is the last active administrator and cannot be deactivated", a.email);
                            ExitCode::FAILURE
                        }
                        _ => {
                            say!("{} deactivated; their sessions have ended", a.email);
                            ExitCode::SUCCESS
                        }
                    }
                }
            }
        }
    };
    db.close().await;
    Ok(code)
}
