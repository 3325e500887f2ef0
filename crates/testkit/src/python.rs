//! Independent parsers, in Python, that the suites read our output back with (vobject
//! for vCards, later icalendar and the SMTP server). `scripts/test` installs them into
//! `target/pyenv`; a test that needs them fails clearly when they are missing.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The Python interpreter with the test parsers installed.
pub fn interpreter() -> PathBuf {
    let path = std::env::var_os("GCTCP_TEST_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/pyenv/bin/python")
        });
    assert!(
        path.exists(),
        "{} is missing: run ./scripts/test once (it installs the Python parsers the suite \
         reads vCards, calendars and e-mail back with)",
        path.display()
    );
    path
}

/// Runs `tests/python/<script>` with `input` on standard input; returns standard output.
pub fn run(script: &str, input: &[u8]) -> String {
    run_args(script, &[], input)
}

/// Runs `tests/python/<script> args…` with `input` on standard input.
pub fn run_args(script: &str, args: &[&str], input: &[u8]) -> String {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/python")
        .join(script);
    let mut child = Command::new(interpreter())
        .arg(&script)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start python");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write to python");
    let out = child.wait_with_output().expect("python");
    assert!(
        out.status.success(),
        "{} refused our output:\n{}",
        script.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 from python")
}
