//! Signals from outside, for both front-ends: SIGTERM, SIGHUP (a closed terminal), SIGINT and SIGQUIT would end
//! the process with the session unrecorded. A thread waits for them, writes the pending record, lets the
//! front-end put its screen back, and exits with the conventional code (128 + the signal). Progress needs
//! nothing: it is saved after every choice. For a full screen, SIGTSTP (Ctrl-Z) and SIGCONT (`fg`) are handled
//! too: the screen is left before the process stops, and entered and redrawn when it goes on.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use crate::results::Record;

/// The record to write if the game is ended from outside, kept current by the front-end after every input.
pub type Pending = Arc<Mutex<Option<(PathBuf, Record)>>>;

/// What a full-screen front-end does with its terminal when a signal comes.
pub trait Screen: Send + 'static {
    /// Puts the terminal back as it was before the game (the process is about to exit).
    fn restore(&self);
    /// Leaves the full screen before the process stops (Ctrl-Z).
    fn suspend(&self);
    /// Enters the full screen again after `fg`.
    fn resume(&self);
}

static RESUMED: AtomicBool = AtomicBool::new(false);

/// Whether the process went on after a stop since the last call: the event loop then clears the screen and
/// draws it whole, since what was on it before the stop is gone.
pub fn take_resumed() -> bool {
    RESUMED.swap(false, Ordering::AcqRel)
}

/// Stops the process as Ctrl-Z does in a shell: the signal thread leaves the screen first and comes back on `fg`.
pub fn suspend_self() {
    #[cfg(unix)]
    let _ = signal_hook::low_level::raise(signal_hook::consts::SIGTSTP);
}

/// Replaces the pending record.
pub fn set(pending: &Pending, record: Option<(PathBuf, Record)>) {
    if let Ok(mut guard) = pending.lock() {
        *guard = record;
    }
}

/// Writes the pending record, if there is one, and clears it: taken under the lock, so the signal thread and the
/// front-end cannot both write it.
pub fn write_pending(pending: &Pending) -> std::io::Result<()> {
    let taken = pending.lock().map(|mut g| g.take()).unwrap_or_else(|p| p.into_inner().take());
    match taken {
        Some((path, record)) => crate::results::append_once(&path, &record),
        None => Ok(()),
    }
}

/// Starts the thread that waits for the signals. Without a screen (plain mode) Ctrl-Z keeps its usual meaning.
pub fn watch(pending: Pending, screen: Option<Box<dyn Screen>>) {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
        let mut wanted = vec![SIGTERM, SIGHUP, SIGINT, SIGQUIT];
        if screen.is_some() {
            wanted.extend([SIGTSTP, SIGCONT]);
        }
        let Ok(mut signals) = signal_hook::iterator::Signals::new(&wanted) else { return };
        std::thread::spawn(move || {
            for sig in signals.forever() {
                match sig {
                    SIGTSTP => {
                        if let Some(s) = &screen {
                            s.suspend();
                        }
                        // Stops here until SIGCONT, which the loop then sees.
                        let _ = signal_hook::low_level::emulate_default_handler(SIGTSTP);
                    }
                    SIGCONT => {
                        if let Some(s) = &screen {
                            s.resume();
                            RESUMED.store(true, Ordering::Release);
                            // Wakes the event loop, which waits for input: crossterm turns a SIGWINCH into a
                            // resize event.
                            let _ = signal_hook::low_level::raise(signal_hook::consts::SIGWINCH);
                        }
                    }
                    _ => {
                        let _ = write_pending(&pending);
                        if let Some(s) = &screen {
                            s.restore();
                        }
                        std::process::exit(128 + sig);
                    }
                }
            }
        });
    }
    #[cfg(not(unix))]
    let _ = (pending, screen);
}
