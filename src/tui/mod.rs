//! The full-screen front-end, over the same engine and words as plain mode.

pub mod app;
pub mod signals;
pub mod text;
pub mod theme;
pub mod view;

use std::io;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use ratatui::crossterm::event::{self, EnableMouseCapture};
use ratatui::crossterm::execute;

pub use app::{App, AppConfig, Input};

/// Runs the game until the player quits. The terminal is restored on every way out: a normal quit, an error,
/// and a panic (ratatui's init installs a hook that restores before the panic message prints).
pub fn run(mut app: App) -> io::Result<()> {
    let pending: Pending = Arc::new(Mutex::new(None));
    crate::signals::watch(pending.clone(), Some(Box::new(signals::FullScreen)));
    let mut terminal = ratatui::init();
    let _ = execute!(io::stdout(), EnableMouseCapture);
    let result = event_loop(&mut terminal, &mut app, &pending);
    if result.is_err() {
        // The terminal went away (closed window, lost connection): keep what the room did.
        app.record_current();
    }
    signals::leave();
    ratatui::restore();
    result
}

type Pending = crate::signals::Pending;

fn event_loop(terminal: &mut ratatui::DefaultTerminal, app: &mut App, pending: &Pending) -> io::Result<()> {
    loop {
        // Back from Ctrl-Z: the screen was left, so everything is drawn again.
        if crate::signals::take_resumed() {
            terminal.clear()?;
        }
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
        // In raw mode Ctrl-Z is a key, not a signal: it suspends as it would in a shell.
        if ev.as_ref().is_some_and(signals::is_suspend_key) {
            crate::signals::suspend_self();
            continue;
        }
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
