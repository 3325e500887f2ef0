//! Configuration: defaults → optional `gctcp.toml` → `GCTCP_*` environment variables.
//! Passed into `build()`; there is no global configuration.

use serde::Deserialize;
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A value that must never appear in logs (`Debug` prints `***`).
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(pub String);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

#[derive(Clone, Debug)]
pub struct Config {
    /// Address to listen on (`GCTCP_BIND`, default `127.0.0.1:8080`).
    pub bind: SocketAddr,
    /// Where the embedded default keeps its database and files (`GCTCP_DATA_DIR`, `./data`).
    pub data_dir: PathBuf,
    /// `sqlite://…` or `postgres://…` (`GCTCP_DATABASE_URL`; default: SQLite in the data dir).
    pub database_url: Secret,
    /// Base of every link the server prints or mails (`GCTCP_PUBLIC_URL`).
    pub public_url: String,
    /// Trust the last address of `X-Forwarded-For` (only behind a known proxy).
    pub trust_proxy: bool,
    pub session_idle: Duration,
    pub session_absolute: Duration,
    pub invitation_ttl: Duration,
    pub db_max_connections: u32,
    /// Concurrent password hashes (default: the number of cores).
    pub hash_concurrency: usize,
    /// Hashes allowed to wait; beyond this sign-in answers 503 instead of piling up.
    pub hash_queue: usize,
    /// Most people one vCard export may hold (`GCTCP_EXPORT_LIMIT`, 500).
    pub export_limit: usize,
    /// Where uploaded files live (`GCTCP_BLOB_DIR`, default `<data dir>/blobs`).
    pub blob_dir: PathBuf,
    /// Largest file one upload may hold, in bytes (`GCTCP_MAX_UPLOAD_MB`, 50).
    pub max_upload: u64,
    /// Where e-mail goes (`GCTCP_SMTP_URL`): `smtp://user:password@host:587?tls=required`
    /// (STARTTLS), `smtps://…:465` (TLS), `smtp://host:25` (plain, a local relay). Unset:
    /// e-mail is kept in the outbox for administrators to read.
    pub smtp_url: Option<Secret>,
    /// The sender of every e-mail (`GCTCP_MAIL_FROM`, default `gctcp <noreply@host>` with
    /// the public URL's host).
    pub mail_from: String,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    bind: Option<String>,
    data_dir: Option<PathBuf>,
    database_url: Option<String>,
    public_url: Option<String>,
    trust_proxy: Option<bool>,
    session_idle_minutes: Option<u64>,
    session_absolute_hours: Option<u64>,
    invitation_ttl_hours: Option<u64>,
    db_max_connections: Option<u32>,
    hash_concurrency: Option<usize>,
    hash_queue: Option<usize>,
    export_limit: Option<usize>,
    blob_dir: Option<PathBuf>,
    max_upload_mb: Option<u64>,
    smtp_url: Option<String>,
    mail_from: Option<String>,
}

impl Config {
    /// Defaults for a data directory (used by tests and as the base of `load`).
    pub fn for_data_dir(data_dir: &Path) -> Config {
        let bind: SocketAddr = "127.0.0.1:8080".parse().expect("valid default address");
        let cores = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2);
        Config {
            bind,
            data_dir: data_dir.to_path_buf(),
            database_url: Secret(format!("sqlite://{}", data_dir.join("gctcp.db").display())),
            public_url: format!("http://{bind}"),
            trust_proxy: false,
            session_idle: Duration::from_secs(2 * 3600),
            session_absolute: Duration::from_secs(12 * 3600),
            invitation_ttl: Duration::from_secs(72 * 3600),
            db_max_connections: 10,
            // Half the machine at most (one core of two): a flood of sign-ins, each
            // hashed by design, leaves the other half to the pages.
            hash_concurrency: (cores / 2).max(1),
            hash_queue: 64,
            export_limit: 500,
            blob_dir: data_dir.join("blobs"),
            max_upload: 50 * 1024 * 1024,
            smtp_url: None,
            mail_from: "gctcp <noreply@localhost>".into(),
        }
    }

    /// Reads `gctcp.toml` (or the file named by `GCTCP_CONFIG`) if present, then the
    /// environment. Unknown keys and malformed values are errors, not silent defaults.
    pub fn load() -> anyhow::Result<Config> {
        let env = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        let file_path = env("GCTCP_CONFIG")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("gctcp.toml"));
        let file: FileConfig = match std::fs::read_to_string(&file_path) {
            Ok(text) => toml::from_str(&text)
                .map_err(|e| anyhow::anyhow!("{}: {e}", file_path.display()))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => FileConfig::default(),
            Err(e) => return Err(anyhow::anyhow!("{}: {e}", file_path.display())),
        };
        let data_dir = env("GCTCP_DATA_DIR")
            .map(PathBuf::from)
            .or(file.data_dir)
            .unwrap_or_else(|| PathBuf::from("data"));
        let mut c = Config::for_data_dir(&data_dir);
        let bind_explicit = env("GCTCP_BIND").or(file.bind);
        if let Some(b) = &bind_explicit {
            c.bind = b
                .parse()
                .map_err(|_| anyhow::anyhow!("GCTCP_BIND: not an address:port: {b}"))?;
            c.public_url = format!("http://{}", c.bind);
        }
        if let Some(u) = env("GCTCP_DATABASE_URL").or(file.database_url) {
            c.database_url = Secret(u);
        }
        if let Some(u) = env("GCTCP_PUBLIC_URL").or(file.public_url) {
            url::Url::parse(&u).map_err(|e| anyhow::anyhow!("GCTCP_PUBLIC_URL: {e}"))?;
            c.public_url = u.trim_end_matches('/').to_string();
        }
        let num = |name: &str, v: Option<u64>| -> anyhow::Result<Option<u64>> {
            match env(name) {
                Some(s) => s
                    .parse()
                    .map(Some)
                    .map_err(|_| anyhow::anyhow!("{name}: not a number: {s}")),
                None => Ok(v),
            }
        };
        if let Some(v) = env("GCTCP_TRUST_PROXY") {
            c.trust_proxy = matches!(v.as_str(), "1" | "true" | "yes");
        } else if let Some(v) = file.trust_proxy {
            c.trust_proxy = v;
        }
        if let Some(m) = num("GCTCP_SESSION_IDLE_MINUTES", file.session_idle_minutes)? {
            c.session_idle = Duration::from_secs(m * 60);
        }
        if let Some(h) = num("GCTCP_SESSION_ABSOLUTE_HOURS", file.session_absolute_hours)? {
            c.session_absolute = Duration::from_secs(h * 3600);
        }
        if let Some(h) = num("GCTCP_INVITATION_TTL_HOURS", file.invitation_ttl_hours)? {
            c.invitation_ttl = Duration::from_secs(h * 3600);
        }
        if let Some(n) = num(
            "GCTCP_DB_MAX_CONNECTIONS",
            file.db_max_connections.map(u64::from),
        )? {
            c.db_max_connections = n.clamp(1, 1000) as u32;
        }
        if let Some(n) = num(
            "GCTCP_HASH_CONCURRENCY",
            file.hash_concurrency.map(|n| n as u64),
        )? {
            c.hash_concurrency = (n as usize).max(1);
        }
        if let Some(n) = num("GCTCP_HASH_QUEUE", file.hash_queue.map(|n| n as u64))? {
            c.hash_queue = n as usize;
        }
        if let Some(n) = num("GCTCP_EXPORT_LIMIT", file.export_limit.map(|n| n as u64))? {
            c.export_limit = (n as usize).max(1);
        }
        if let Some(d) = env("GCTCP_BLOB_DIR").map(PathBuf::from).or(file.blob_dir) {
            c.blob_dir = d;
        }
        if let Some(n) = num("GCTCP_MAX_UPLOAD_MB", file.max_upload_mb)? {
            c.max_upload = n.max(1) * 1024 * 1024;
        }
        c.mail_from = format!("gctcp <noreply@{}>", c.public_host());
        if let Some(u) = env("GCTCP_SMTP_URL").or(file.smtp_url) {
            crate::mail::check_smtp_url(&u).map_err(|e| anyhow::anyhow!("GCTCP_SMTP_URL: {e}"))?;
            c.smtp_url = Some(Secret(u));
        }
        if let Some(f) = env("GCTCP_MAIL_FROM").or(file.mail_from) {
            crate::mail::check_from(&f).map_err(|e| anyhow::anyhow!("GCTCP_MAIL_FROM: {e}"))?;
            c.mail_from = f;
        }
        Ok(c)
    }

    /// Served over TLS (directly or behind a TLS-terminating proxy)?
    pub fn is_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// The session cookie's name: `__Host-` prefixed when served over HTTPS.
    pub fn cookie_name(&self) -> &'static str {
        if self.is_https() {
            "__Host-gctcp_session"
        } else {
            "gctcp_session"
        }
    }

    /// When a one-time link issued now expires.
    pub fn link_expiry(&self) -> chrono::DateTime<chrono::Utc> {
        gctcp_store::now()
            + chrono::Duration::from_std(self.invitation_ttl).unwrap_or(chrono::Duration::hours(72))
    }

    pub fn link(&self, path: &str) -> String {
        format!("{}{}", self.public_url, path)
    }

    /// The public URL's host name (for the sender's address and Message-IDs).
    pub fn public_host(&self) -> String {
        url::Url::parse(&self.public_url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_else(|| "localhost".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_do_not_leak_through_debug() {
        let mut c = Config::for_data_dir(Path::new("data"));
        c.database_url = Secret("postgres://u:hunter2@h/db".into());
        assert!(!format!("{c:?}").contains("hunter2"));
    }

    #[test]
    fn https_public_url_selects_the_host_prefixed_cookie() {
        let mut c = Config::for_data_dir(Path::new("data"));
        assert_eq!(c.cookie_name(), "gctcp_session");
        c.public_url = "https://gctcp.example.org".into();
        assert_eq!(c.cookie_name(), "__Host-gctcp_session");
    }
}
