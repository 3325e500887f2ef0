//! How long one password hash and one verification take with the production parameters
//! (argon2id, m=19456 KiB, t=2, p=1). Run: `cargo bench -p gctcp-server --bench argon2`.
//! Sign-in capacity per node ≈ cores / verification time.

use gctcp_server::password::{hash_blocking, verify_blocking};
use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let runs = 25;
    let pw = "long rains over lake victoria in april";
    let _ = hash_blocking(pw); // warm up
    let mut hashes = Vec::with_capacity(runs);
    let mut verifies = Vec::with_capacity(runs);
    let hash = hash_blocking(pw);
    for _ in 0..runs {
        let t = Instant::now();
        std::hint::black_box(hash_blocking(pw));
        hashes.push(t.elapsed());
        let t = Instant::now();
        assert!(std::hint::black_box(verify_blocking(pw, Some(&hash))));
        verifies.push(t.elapsed());
    }
    let (h, v) = (median(hashes), median(verifies));
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    println!("argon2id m=19456 KiB t=2 p=1, {runs} runs");
    println!("hash:   median {:.1} ms", h.as_secs_f64() * 1e3);
    println!("verify: median {:.1} ms", v.as_secs_f64() * 1e3);
    println!(
        "≈ {:.0} sign-ins/s per node on {cores} cores",
        cores as f64 / v.as_secs_f64()
    );
}
