//! A real SMTP server for the suites (aiosmtpd, `tests/python/smtp_sink.py`), and the
//! messages it received read back by Python's own e-mail parser.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A port nothing listens on (yet): bound, then released.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("address")
        .port()
}

/// A running SMTP server; stopped when dropped.
pub struct SmtpSink {
    pub port: u16,
    dir: tempdir::Dir,
    child: Child,
}

mod tempdir {
    /// A directory removed when dropped.
    pub struct Dir(pub std::path::PathBuf);
    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

impl SmtpSink {
    /// Starts a server on a free port.
    pub fn start() -> SmtpSink {
        SmtpSink::on(free_port())
    }

    /// Starts a server on `port` (say, one a test first found closed).
    pub fn on(port: u16) -> SmtpSink {
        let dir = std::env::temp_dir().join(format!(
            "gctcp-smtp-{}-{port}-{}",
            std::process::id(),
            rand::random::<u32>()
        ));
        std::fs::create_dir_all(&dir).expect("mail directory");
        let script =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/python/smtp_sink.py");
        let mut child = Command::new(crate::python::interpreter())
            .arg(&script)
            .arg(port.to_string())
            .arg(&dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start the SMTP server");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("the SMTP server's first line");
        assert_eq!(line.trim(), "ready", "the SMTP server did not start");
        SmtpSink {
            port,
            dir: tempdir::Dir(dir),
            child,
        }
    }

    /// `smtp://127.0.0.1:<port>` (plain: a local relay).
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// The raw messages received so far, in order.
    pub fn raw(&self) -> Vec<Vec<u8>> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&self.dir.0)
            .expect("mail directory")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "eml"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|p| std::fs::read(p).expect("message"))
            .collect()
    }

    /// The messages received so far, as Python's e-mail parser reads them.
    pub fn messages(&self) -> Vec<serde_json::Value> {
        self.raw().iter().map(|m| read(m)).collect()
    }

    /// Waits (at most `within`) until `n` messages have arrived; returns them.
    pub fn wait_for(&self, n: usize, within: Duration) -> Vec<serde_json::Value> {
        let start = Instant::now();
        while self.raw().len() < n && start.elapsed() < within {
            std::thread::sleep(Duration::from_millis(50));
        }
        self.messages()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One message as a mail client shows it (`tests/python/mail_read.py`).
pub fn read(raw: &[u8]) -> serde_json::Value {
    serde_json::from_str(&crate::python::run("mail_read.py", raw)).expect("JSON from mail_read.py")
}
