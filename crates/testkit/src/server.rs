//! The real `gctcp serve` binary on a test's database, reached over TCP, with its log
//! captured: for what only a real process shows (connections, the log, signals).

use crate::{Client, TestApp};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running server process; stopped (SIGTERM, then kill) when dropped.
pub struct RealServer {
    child: Child,
    pub addr: SocketAddr,
    log_path: PathBuf,
}

impl RealServer {
    /// Starts `bin serve` on the app's database and waits until it is ready.
    /// `log_filter` is the `GCTCP_LOG` filter.
    pub async fn start(bin: &Path, app: &TestApp, log_filter: &str) -> RealServer {
        let port = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").expect("free port");
            l.local_addr().expect("addr").port()
        };
        let addr: SocketAddr = format!("127.0.0.1:{port}").parse().expect("addr");
        let log_path = app.data_dir().join(format!("server-{port}.log"));
        let log = std::fs::File::create(&log_path).expect("log file");
        let child = Command::new(bin)
            .arg("serve")
            .env("GCTCP_BIND", addr.to_string())
            .env("GCTCP_DATABASE_URL", &app.database_url)
            .env("GCTCP_DATA_DIR", app.data_dir())
            .env("GCTCP_PUBLIC_URL", format!("http://{addr}"))
            .env("GCTCP_CONFIG", "/nonexistent/gctcp.toml")
            .env("GCTCP_LOG", log_filter)
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("start gctcp serve");
        let server = RealServer {
            child,
            addr,
            log_path,
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let mut c = server.client();
            if let Ok(res) = c
                .try_send(
                    axum::http::Request::get("/readyz")
                        .body(axum::body::Body::empty())
                        .expect("request"),
                )
                .await
            {
                if res.status.is_success() {
                    break;
                }
            }
            assert!(
                Instant::now() < deadline,
                "gctcp serve did not become ready:\n{}",
                server.log()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        server
    }

    /// A new browser-like client of this server.
    pub fn client(&self) -> Client {
        Client::http(self.addr)
    }

    /// Everything the server has logged so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log_path).unwrap_or_default()
    }

    /// Stops the server as an operator would (SIGTERM) and returns its exit status.
    pub fn stop(&mut self) -> std::process::ExitStatus {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                return self.child.wait().expect("wait");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for RealServer {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
