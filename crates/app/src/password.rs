//! argon2id hashing on a bounded blocking pool: at most `concurrency` hashes run at once
//! and at most `queue` wait; beyond that the caller gets `Busy` (a 503), never a pile-up
//! that starves the server. Unknown accounts are verified against a dummy hash so that
//! a wrong e-mail and a wrong password take the same time.

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

/// OWASP's argon2id recommendation: m = 19 MiB, t = 2, p = 1.
pub const M_COST_KIB: u32 = 19_456;
pub const T_COST: u32 = 2;
pub const P_COST: u32 = 1;

fn argon2() -> Argon2<'static> {
    let params = Params::new(M_COST_KIB, T_COST, P_COST, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes synchronously (CLI, benchmarks). The input must already be normalized.
pub fn hash_blocking(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .expect("argon2 hashing cannot fail with valid parameters")
        .to_string()
}

/// Verifies synchronously; `None` verifies against the dummy hash and returns false.
pub fn verify_blocking(password: &str, hash: Option<&str>) -> bool {
    static DUMMY: OnceLock<String> = OnceLock::new();
    let (phc, real) = match hash {
        Some(h) => (h, true),
        None => (
            DUMMY
                .get_or_init(|| hash_blocking("dummy password for unknown accounts"))
                .as_str(),
            false,
        ),
    };
    let ok = PasswordHash::new(phc)
        .map(|parsed| {
            argon2()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false);
    ok && real
}

#[derive(Debug, thiserror::Error)]
#[error("too many password operations in progress")]
pub struct Busy;

type Job = Box<dyn FnOnce() + Send>;

/// The hashing pool: `concurrency` threads of their own, at a lower scheduling priority
/// than the threads that serve pages, fed by a queue of at most `queue` waiting jobs.
///
/// - Memory: argon2's 19 MiB are allocated by a running hash only, never for a waiting one,
///   so the pool's memory is bounded by `concurrency × 19 MiB` however long the queue.
/// - Fairness: a flood of sign-ins (each costing a hash, by design) saturates these
///   threads, but the scheduler serves page requests first, so the rest of the site stays
///   responsive; the flood's own sign-ins wait in the queue or get `Busy` (a 503).
/// - A request that goes away leaves its job to finish (a hash cannot be interrupted);
///   its result is dropped.
#[derive(Clone, Debug)]
pub struct Hasher {
    jobs: std::sync::mpsc::SyncSender<Job>,
    /// Jobs running or waiting, and how many may be.
    in_flight: Arc<AtomicUsize>,
    limit: usize,
}

/// Gives back its place in the count when dropped (done, or never run).
struct Place(Arc<AtomicUsize>);

impl Drop for Place {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Hasher {
    pub fn new(concurrency: usize, queue: usize) -> Hasher {
        // Compute the dummy hash now, not during someone's first sign-in.
        let _ = verify_blocking("", None);
        let concurrency = concurrency.max(1);
        let limit = concurrency + queue;
        // Room for every admitted job, so that sending one never blocks.
        let (jobs, rx) = std::sync::mpsc::sync_channel::<Job>(limit);
        let rx = Arc::new(std::sync::Mutex::new(rx));
        for i in 0..concurrency {
            let rx = rx.clone();
            std::thread::Builder::new()
                .name(format!("gctcp-hash-{i}"))
                .spawn(move || {
                    lower_priority();
                    loop {
                        // The lock is held while waiting for a job, never while running one.
                        let job = match rx.lock() {
                            Ok(rx) => rx.recv(),
                            Err(_) => return,
                        };
                        match job {
                            Ok(job) => job(),
                            // Every Hasher is gone: the application is shutting down.
                            Err(_) => return,
                        }
                    }
                })
                .expect("can start a hashing thread");
        }
        Hasher {
            jobs,
            in_flight: Arc::new(AtomicUsize::new(0)),
            limit,
        }
    }

    async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Busy> {
        if self.in_flight.fetch_add(1, Ordering::SeqCst) >= self.limit {
            self.in_flight.fetch_sub(1, Ordering::SeqCst);
            return Err(Busy);
        }
        let place = Place(self.in_flight.clone());
        let (tx, rx) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move || {
            let out = f();
            drop(place);
            let _ = tx.send(out);
        });
        self.jobs.try_send(job).map_err(|_| Busy)?;
        rx.await.map_err(|_| Busy)
    }

    pub async fn hash(&self, password: String) -> Result<String, Busy> {
        self.run(move || hash_blocking(&password)).await
    }

    pub async fn verify(&self, password: String, hash: Option<String>) -> Result<bool, Busy> {
        self.run(move || verify_blocking(&password, hash.as_deref()))
            .await
    }
}

/// Lowers the calling thread's scheduling priority (Linux: a thread's nice value is its
/// own). Best effort: elsewhere, or if refused, hashing runs at normal priority.
/// Puts the calling thread behind every page-serving thread: `SCHED_IDLE` where the kernel
/// allows it, so that a thread with a page to serve that wakes up takes the core from a
/// running hash at once (under `nice` alone the hash keeps its time slice, a few
/// milliseconds added to every page that waits behind it during a flood); else `nice 19`.
fn lower_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: plain system calls on the calling thread; `param` outlives the call.
    unsafe {
        let param = libc::sched_param { sched_priority: 0 };
        if libc::sched_setscheduler(0, libc::SCHED_IDLE, &param) != 0 {
            let tid = libc::syscall(libc::SYS_gettid) as libc::id_t;
            libc::setpriority(libc::PRIO_PROCESS, tid, 19);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_with_the_chosen_parameters_and_verify() {
        let h = hash_blocking("a long enough passphrase");
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify_blocking("a long enough passphrase", Some(&h)));
        assert!(!verify_blocking("a long enough passphrasE", Some(&h)));
        assert!(!verify_blocking("a long enough passphrase", None));
        assert!(!verify_blocking("x", Some("not a phc string")));
    }

    #[tokio::test]
    async fn a_full_queue_answers_busy_instead_of_piling_up() {
        let h = Hasher::new(1, 0);
        let a = h.clone();
        let b = h.clone();
        let (r1, r2, r3) = tokio::join!(
            a.hash("first passphrase here".into()),
            b.hash("second passphrase here".into()),
            h.hash("third passphrase here".into())
        );
        assert!(r1.is_ok(), "the first hash runs");
        assert!(
            r2.is_err() && r3.is_err(),
            "with one slot and no queue, the others are refused"
        );
        // Once the slot is free again, hashing works.
        assert!(h.hash("fourth passphrase here".into()).await.is_ok());
    }

    /// A hash runs behind the threads that serve pages (see `lower_priority`); a thread
    /// that serves pages keeps the normal policy.
    #[cfg(target_os = "linux")]
    #[tokio::test]
    async fn hashes_run_only_when_no_page_needs_the_core() {
        let h = Hasher::new(1, 0);
        // SAFETY: plain system calls on the calling thread.
        let policy = h
            .run(|| unsafe { libc::sched_getscheduler(0) })
            .await
            .expect("a free slot runs the job");
        assert_eq!(policy, libc::SCHED_IDLE, "the hashing thread is SCHED_IDLE");
        assert_eq!(unsafe { libc::sched_getscheduler(0) }, libc::SCHED_OTHER);
    }
}
