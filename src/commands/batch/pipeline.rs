//! An ordered parallel map: chunks read on the calling thread are worked on
//! by a few threads and handed back in the order they were read.
//!
//! At most `in_flight` chunks are alive at once, so memory stays bounded
//! whatever the input size. Reading and writing stay on the calling thread,
//! which is where standard input and output locks live.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::mpsc::sync_channel;
use std::thread;

/// Calls `produce` until it returns `None`, runs `work` on each item on
/// `workers` threads, and calls `consume` with the results in production
/// order. Stops at the first error from `produce` or `consume`, after
/// consuming everything produced before it.
///
/// # Errors
/// The first error `produce` or `consume` returns.
pub fn ordered<I, O, E>(
    workers: usize,
    in_flight: usize,
    mut produce: impl FnMut() -> Result<Option<I>, E>,
    work: impl Fn(I) -> O + Sync,
    mut consume: impl FnMut(O) -> Result<(), E>,
) -> Result<(), E>
where
    I: Send,
    O: Send,
{
    let in_flight = in_flight.max(1);
    let (jobs, job_queue) = sync_channel::<(u64, I)>(in_flight);
    let job_queue = Mutex::new(job_queue);
    let (results, done) = sync_channel::<(u64, O)>(in_flight);
    thread::scope(|scope| {
        for _ in 0..workers.max(1) {
            let results = results.clone();
            let (job_queue, work) = (&job_queue, &work);
            scope.spawn(move || {
                loop {
                    // A poisoned lock means another worker died; stop too.
                    let Ok(queue) = job_queue.lock() else { return };
                    let Ok((seq, item)) = queue.recv() else {
                        return;
                    };
                    drop(queue);
                    if results.send((seq, work(item))).is_err() {
                        return;
                    }
                }
            });
        }
        drop(results);

        // Dropping `jobs` (on success or error) lets the workers finish.
        let mut jobs = Some(jobs);
        let (mut sent, mut written) = (0_u64, 0_u64);
        let mut waiting = BTreeMap::new();
        loop {
            while let Some(sender) = jobs.as_ref() {
                if sent - written >= in_flight as u64 {
                    break;
                }
                match produce() {
                    Ok(Some(item)) => {
                        // Workers only stop when `jobs` is gone, so this succeeds.
                        let _ = sender.send((sent, item));
                        sent += 1;
                    }
                    Ok(None) => jobs = None,
                    Err(err) => {
                        drop(jobs.take());
                        finish(&done, &mut waiting, &mut written, sent, &mut consume)?;
                        return Err(err);
                    }
                }
            }
            if written == sent {
                return Ok(());
            }
            let Ok((seq, output)) = done.recv() else {
                return Ok(());
            };
            waiting.insert(seq, output);
            while let Some(output) = waiting.remove(&written) {
                consume(output)?;
                written += 1;
            }
        }
    })
}

/// Consumes, in order, every result still to come up to `sent`.
fn finish<O, E>(
    done: &std::sync::mpsc::Receiver<(u64, O)>,
    waiting: &mut BTreeMap<u64, O>,
    written: &mut u64,
    sent: u64,
    consume: &mut impl FnMut(O) -> Result<(), E>,
) -> Result<(), E> {
    while *written < sent {
        if let Some(output) = waiting.remove(written) {
            consume(output)?;
            *written += 1;
        } else if let Ok((seq, output)) = done.recv() {
            waiting.insert(seq, output);
        } else {
            break;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_the_order_items_were_produced() {
        let mut items = 0..1000_u64;
        let mut seen = Vec::new();
        let result: Result<(), ()> = ordered(
            3,
            4,
            || Ok(items.next()),
            |n| {
                // Uneven work, so that threads finish out of order.
                if n % 7 == 0 {
                    thread::yield_now();
                }
                n * 2
            },
            |n| {
                seen.push(n);
                Ok(())
            },
        );
        assert_eq!(result, Ok(()));
        assert_eq!(seen, (0..1000).map(|n| n * 2).collect::<Vec<_>>());
    }

    /// Runs `count` items through `ordered` with room for `in_flight`,
    /// each worked on for `work_ms`, then fails to produce: what the run
    /// returned, and what it consumed.
    fn until_reading_fails(
        count: u64,
        in_flight: usize,
        work_ms: u64,
    ) -> (Result<(), &'static str>, Vec<u64>) {
        let mut next = 0;
        let mut seen = Vec::new();
        let result = ordered(
            2,
            in_flight,
            || {
                next += 1;
                if next > count {
                    Err("read failed")
                } else {
                    Ok(Some(next))
                }
            },
            |n| {
                thread::sleep(std::time::Duration::from_millis(work_ms));
                n
            },
            |n| {
                seen.push(n);
                Ok(())
            },
        );
        (result, seen)
    }

    #[test]
    fn a_produce_error_stops_after_what_came_before() {
        assert_eq!(
            until_reading_fails(5, 2, 0),
            (Err("read failed"), vec![1, 2, 3, 4, 5])
        );
        // Slow work and room for eight: when reading fails, several items
        // are still being worked on, and each is written before the error.
        let (result, seen) = until_reading_fails(20, 8, 2);
        assert_eq!(result, Err("read failed"));
        assert_eq!(seen, (1..=20).collect::<Vec<_>>());
    }

    #[test]
    fn a_consume_error_stops_the_run() {
        let mut items = 0..1_000_000_u64;
        let mut seen = 0;
        let result = ordered(
            2,
            4,
            || Ok(items.next()),
            |n| n,
            |n| {
                seen += 1;
                if n == 10 { Err("closed pipe") } else { Ok(()) }
            },
        );
        assert_eq!(result, Err("closed pipe"));
        assert_eq!(seen, 11);
    }

    #[test]
    fn nothing_produced_means_nothing_consumed() {
        let result: Result<(), ()> =
            ordered(2, 2, || Ok(None::<u8>), |n| n, |_| panic!("no items"));
        assert_eq!(result, Ok(()));
    }
}
