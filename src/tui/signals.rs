//! The full screen's side of `crate::signals`: what leaving, suspending and resuming do to the terminal.

use std::io;

use ratatui::crossterm::cursor::{Hide, Show};
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};

pub struct FullScreen;

impl crate::signals::Screen for FullScreen {
    fn restore(&self) {
        leave();
    }

    fn suspend(&self) {
        leave();
    }

    fn resume(&self) {
        let _ = enable_raw_mode();
        let _ = execute!(io::stdout(), EnterAlternateScreen, Hide, EnableMouseCapture);
    }
}

/// Out of the full screen: mouse reports off, the primary screen back, the cursor shown (ratatui's `restore`
/// leaves it hidden; only dropping the terminal shows it, and a signal exits without dropping), cooked mode.
pub fn leave() {
    let _ = execute!(io::stdout(), DisableMouseCapture, LeaveAlternateScreen, Show);
    let _ = disable_raw_mode();
}

/// Ctrl-Z, pressed.
pub fn is_suspend_key(ev: &Event) -> bool {
    matches!(ev, Event::Key(k) if k.kind != KeyEventKind::Release
        && k.code == KeyCode::Char('z')
        && k.modifiers.contains(KeyModifiers::CONTROL))
}
