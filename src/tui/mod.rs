//! The full-screen front-end, over the same engine and words as plain mode.
//!
//! One App, two transports: `run` plays in the process's own terminal, and `drive` runs the same loop over any
//! ratatui backend and any source of input, which is how `redflag serve` plays it over an SSH channel.

pub mod app;
pub mod signals;
pub mod steady;
pub mod text;
pub mod theme;
pub mod view;

use std::io;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{self, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::layout::Rect;

pub use app::{App, AppConfig, Input};
pub use steady::Steady;

/// What an input source has for the loop.
#[derive(Debug, Clone, PartialEq)]
pub enum Next {
    Input(Input),
    /// The deadline passed with nothing to read (an animation step is due).
    Timeout,
    /// The other end resized its terminal to columns, rows (remote terminals only: a local one resizes itself).
    Resize(u16, u16),
    /// The player's terminal went away (a closed window, a dropped connection).
    Closed,
    /// The screen was left (a suspended game, resumed): clear it and draw everything again.
    Redraw,
    /// The game is ended from outside (a room that closes, an idle player): say goodbye, then stop.
    End,
}

/// Where input comes from: the process's terminal, or a connection.
pub trait Events {
    /// Waits for the next input; for no longer than `deadline` when there is one.
    fn next(&mut self, deadline: Option<Instant>) -> io::Result<Next>;
}

/// How a game run by `drive` ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The player quit from the title screen.
    Quit,
    /// The terminal went away.
    Closed,
    /// Ended from outside; the goodbye screen was drawn.
    Ended,
}

/// Runs the game until the player quits. The terminal is restored on every way out: a normal quit, an error,
/// a panic (ratatui's init installs a hook that restores before the panic message prints), and a signal
/// (`crate::signals` writes the pending record first).
pub fn run(mut app: App) -> io::Result<()> {
    let pending: crate::signals::Pending = Arc::new(Mutex::new(None));
    crate::signals::watch(pending.clone(), Some(Box::new(signals::FullScreen)));
    // ratatui's init sets up the terminal (raw mode, alternate screen, the panic hook); the game draws through
    // its own terminal, whose backend keeps borders in their columns on every terminal (`Steady`).
    drop(ratatui::init());
    let mut terminal = match ratatui::Terminal::new(Steady::new(ratatui::backend::CrosstermBackend::new(io::stdout())))
    {
        Ok(t) => t,
        Err(e) => {
            ratatui::restore();
            return Err(e);
        }
    };
    let _ = execute!(io::stdout(), EnableMouseCapture);
    let mut after = |app: &App| crate::signals::set(&pending, app.pending_record());
    let result = drive(&mut terminal, &mut app, &mut LocalEvents, &mut after);
    if result.is_err() {
        // The terminal went away (closed window, lost connection): keep what the room did.
        app.record_current();
    }
    signals::leave();
    ratatui::restore();
    result.map(|_| ())
}

/// The process's own terminal, read with crossterm.
struct LocalEvents;

impl Events for LocalEvents {
    fn next(&mut self, deadline: Option<Instant>) -> io::Result<Next> {
        // Back from Ctrl-Z or SIGTSTP: the screen was left, so everything is drawn again.
        if crate::signals::take_resumed() {
            return Ok(Next::Redraw);
        }
        if let Some(deadline) = deadline
            && !event::poll(deadline.saturating_duration_since(Instant::now()))?
        {
            return Ok(Next::Timeout);
        }
        loop {
            let ev = event::read()?;
            // In raw mode Ctrl-Z is a key, not a signal: it suspends as it would in a shell.
            if signals::is_suspend_key(&ev) {
                // The signal thread leaves the screen and stops the process; on `fg` it wakes this read.
                crate::signals::suspend_self();
                continue;
            }
            if crate::signals::take_resumed() {
                return Ok(Next::Redraw);
            }
            if let Some(input) = Input::from_event(ev) {
                return Ok(Next::Input(input));
            }
            if let Some(deadline) = deadline
                && !event::poll(deadline.saturating_duration_since(Instant::now()))?
            {
                return Ok(Next::Timeout);
            }
        }
    }
}

/// The game's loop over any terminal and any input: draw, wait for input (with a timeout only while an animation
/// runs, so an idle game uses no CPU), update. `after` sees the app after every draw (the pending record for
/// signals, or a room's live view of where its players are).
pub fn drive<B>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    events: &mut dyn Events,
    after: &mut dyn FnMut(&App),
) -> io::Result<Ended>
where
    B: Backend<Error = io::Error>,
{
    loop {
        // Back from Ctrl-Z: the screen was left, so everything is drawn again.
        if crate::signals::take_resumed() {
            terminal.clear()?;
        }
        terminal.draw(|f| view::draw(app, f))?;
        after(app);
        // Debug builds only: lets the tmux test prove the terminal is restored after a panic.
        #[cfg(debug_assertions)]
        if std::env::var_os("REDFLAG_TEST_PANIC").is_some_and(|v| v == "after-draw") {
            panic!("a test panic, asked for with REDFLAG_TEST_PANIC");
        }
        if app.quit {
            return Ok(Ended::Quit);
        }
        let input = match events.next(app.next_deadline())? {
            Next::Input(i) => i,
            Next::Timeout => Input::Tick,
            Next::Resize(cols, rows) => {
                terminal.resize(Rect::new(0, 0, cols, rows))?;
                Input::Resize
            }
            Next::Redraw => {
                terminal.clear()?;
                continue;
            }
            Next::Closed => return Ok(Ended::Closed),
            Next::End => {
                app.end_from_outside();
                terminal.draw(|f| view::draw(app, f))?;
                after(app);
                return Ok(Ended::Ended);
            }
        };
        app.update(input);
    }
}
