//! The full-screen front-end, over the same engine and words as plain mode.

pub mod app;
pub mod text;
pub mod theme;
pub mod view;

use std::io;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;

pub use app::{App, AppConfig, Input};

/// Runs the game until the player quits. The terminal is restored on every way out: a normal quit, an error,
/// and a panic (ratatui's init installs a hook that restores before the panic message prints).
pub fn run(mut app: App) -> io::Result<()> {
    let pending: Pending = Arc::new(Mutex::new(None));
    watch_signals(pending.clone());
    let mut terminal = ratatui::init();
    let _ = execute!(io::stdout(), EnableMouseCapture);
    let result = event_loop(&mut terminal, &mut app, &pending);
    if result.is_err() {
        // The terminal went away (closed window, lost connection): keep what the room did.
        app.record_current();
    }
    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

/// The record to write if the game is ended from outside, kept current after every input.
type Pending = Arc<Mutex<Option<(std::path::PathBuf, crate::results::Record)>>>;

/// SIGTERM, SIGHUP (a closed terminal), SIGINT and SIGQUIT from outside would end the process with the terminal
/// still in raw mode and the session unrecorded. A thread waits for them, writes the pending record, restores the
/// terminal, and exits with the conventional code. Progress needs nothing: it is saved after every choice.
fn watch_signals(pending: Pending) {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT]) else { return };
        std::thread::spawn(move || {
            if let Some(sig) = signals.forever().next() {
                if let Ok(mut guard) = pending.lock()
                    && let Some((path, record)) = guard.take()
                {
                    let _ = crate::results::append(&path, &record);
                }
                let _ = execute!(io::stdout(), DisableMouseCapture);
                ratatui::restore();
                std::process::exit(128 + sig);
            }
        });
    }
    #[cfg(not(unix))]
    let _ = pending;
}

fn event_loop(terminal: &mut ratatui::DefaultTerminal, app: &mut App, pending: &Pending) -> io::Result<()> {
    loop {
        terminal.draw(|f| view::draw(app, f))?;
        if let Ok(mut guard) = pending.lock() {
            *guard = app.pending_record();
        }
        // Debug builds only: lets the tmux test prove the terminal is restored after a panic.
        #[cfg(debug_assertions)]
        if std::env::var_os("REDFLAG_TEST_PANIC").is_some_and(|v| v == "after-draw") {
            panic!("a test panic, asked for with REDFLAG_TEST_PANIC");
        }
        if app.quit {
            return Ok(());
        }
        // Wait for input; a timeout only while an animation runs, so an idle game uses no CPU.
        let ev = match app.next_deadline() {
            Some(deadline) => {
                let wait = deadline.saturating_duration_since(Instant::now());
                if event::poll(wait)? { Some(event::read()?) } else { None }
            }
            None => Some(event::read()?),
        };
        let input = match ev {
            Some(ev) => match Input::from_event(ev) {
                Some(i) => i,
                None => continue,
            },
            None => Input::Tick,
        };
        app.update(input);
    }
}
