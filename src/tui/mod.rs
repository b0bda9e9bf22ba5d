//! The full-screen front-end, over the same engine and words as plain mode.

pub mod app;
pub mod text;
pub mod theme;
pub mod view;

use std::io;
use std::time::Instant;

use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;

pub use app::{App, AppConfig, Input};

/// Runs the game until the player quits. The terminal is restored on every way out: a normal quit, an error,
/// and a panic (ratatui's init installs a hook that restores before the panic message prints).
pub fn run(mut app: App) -> io::Result<()> {
    let mut terminal = ratatui::init();
    let _ = execute!(io::stdout(), EnableMouseCapture);
    let result = event_loop(&mut terminal, &mut app);
    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

fn event_loop(terminal: &mut ratatui::DefaultTerminal, app: &mut App) -> io::Result<()> {
    loop {
        terminal.draw(|f| view::draw(app, f))?;
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
