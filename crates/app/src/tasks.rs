//! Background tasks that must not silently disappear. A task that panics is reported in
//! the log (with its panic message) and started again after a pause; one that returns
//! has finished its work. Aborting the handle stops the task for good.

use std::future::Future;
use std::time::Duration;
use tokio::task::JoinHandle;
use tracing::Instrument;

/// Pause before a panicked task runs again (so a task that always panics cannot spin).
const RESTART_AFTER: Duration = Duration::from_secs(5);

/// Runs `make()` as a background task named `name`, restarting it after a panic.
pub fn supervise<F, Fut>(name: &'static str, make: F) -> JoinHandle<()>
where
    F: Fn() -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    supervise_with_pause(name, RESTART_AFTER, make)
}

fn supervise_with_pause<F, Fut>(name: &'static str, pause: Duration, make: F) -> JoinHandle<()>
where
    F: Fn() -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    tokio::spawn(async move {
        loop {
            let run = AbortOnDrop(tokio::spawn(
                make().instrument(tracing::info_span!("task", name)),
            ));
            match run.wait().await {
                Ok(()) => return,
                Err(e) if e.is_cancelled() => return,
                Err(e) => {
                    let message = panic_message(e.into_panic());
                    tracing::error!(
                        task = name,
                        panic = %message,
                        "background task panicked; restarting it"
                    );
                    tokio::time::sleep(pause).await;
                }
            }
        }
    })
}

/// Aborts the inner task when the supervisor itself is aborted or dropped mid-wait.
struct AbortOnDrop(JoinHandle<()>);

impl AbortOnDrop {
    async fn wait(mut self) -> Result<(), tokio::task::JoinError> {
        (&mut self.0).await
    }
}

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "(no message)".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    #[tokio::test]
    async fn a_panicking_task_is_restarted_and_an_aborted_one_stops() {
        let runs = Arc::new(AtomicUsize::new(0));
        let counted = runs.clone();
        let handle = supervise_with_pause("test", Duration::from_millis(1), move || {
            let runs = counted.clone();
            async move {
                let n = runs.fetch_add(1, Ordering::SeqCst);
                if n < 3 {
                    panic!("run {n} fails");
                }
                // The fourth run keeps working until aborted.
                std::future::pending::<()>().await;
            }
        });
        for _ in 0..500 {
            if runs.load(Ordering::SeqCst) >= 4 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        assert_eq!(runs.load(Ordering::SeqCst), 4, "restarted after each panic");
        handle.abort();
        let _ = handle.await;
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert_eq!(runs.load(Ordering::SeqCst), 4, "no restart after abort");
    }

    #[tokio::test]
    async fn a_task_that_finishes_is_not_restarted() {
        let runs = Arc::new(AtomicUsize::new(0));
        let counted = runs.clone();
        let handle = supervise_with_pause("done", Duration::from_millis(1), move || {
            let runs = counted.clone();
            async move {
                runs.fetch_add(1, Ordering::SeqCst);
            }
        });
        handle.await.unwrap();
        assert_eq!(runs.load(Ordering::SeqCst), 1);
    }
}
