//! Colours. NO_COLOR gives a theme of plain text with bold and reverse only; high contrast uses the strongest
//! pairs, for projectors in bright rooms and for low vision.

use ratatui::style::{Color, Modifier, Style};

use crate::store::ThemeName;

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub text: Style,
    pub dim: Style,
    pub title: Style,
    pub accent: Style,
    pub border: Style,
    pub selected: Style,
    pub spotted: Style,
    pub missed: Style,
    pub them: Style,
    pub me: Style,
    pub key: Style,
    pub warning: Style,
}

impl Theme {
    pub fn new(name: ThemeName, no_color: bool) -> Theme {
        if no_color {
            return Theme::monochrome();
        }
        match name {
            ThemeName::Default => Theme {
                text: Style::new(),
                dim: Style::new().fg(Color::DarkGray),
                title: Style::new().fg(Color::LightRed).add_modifier(Modifier::BOLD),
                accent: Style::new().fg(Color::Cyan),
                border: Style::new().fg(Color::Gray),
                selected: Style::new().fg(Color::Black).bg(Color::Cyan).add_modifier(Modifier::BOLD),
                spotted: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
                missed: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
                them: Style::new().fg(Color::White),
                me: Style::new().fg(Color::LightCyan),
                key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
                warning: Style::new().fg(Color::Yellow),
            },
            ThemeName::HighContrast => Theme {
                text: Style::new().fg(Color::White),
                dim: Style::new().fg(Color::White),
                title: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
                accent: Style::new().fg(Color::Yellow),
                border: Style::new().fg(Color::White),
                selected: Style::new().fg(Color::Black).bg(Color::Yellow).add_modifier(Modifier::BOLD),
                spotted: Style::new().fg(Color::LightGreen).add_modifier(Modifier::BOLD),
                missed: Style::new().fg(Color::LightYellow).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                them: Style::new().fg(Color::White),
                me: Style::new().fg(Color::LightYellow),
                key: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
                warning: Style::new().fg(Color::LightYellow).add_modifier(Modifier::BOLD),
            },
        }
    }

    fn monochrome() -> Theme {
        let plain = Style::new();
        Theme {
            text: plain,
            dim: plain,
            title: plain.add_modifier(Modifier::BOLD),
            accent: plain.add_modifier(Modifier::BOLD),
            border: plain,
            selected: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            spotted: plain.add_modifier(Modifier::BOLD),
            missed: plain.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            them: plain,
            me: plain,
            key: plain.add_modifier(Modifier::BOLD),
            warning: plain.add_modifier(Modifier::BOLD),
        }
    }
}
