//! A backend that keeps borders in their columns on every terminal, whatever width it gives a cluster.
//!
//! Terminals disagree about clusters of several code points such as the Devanagari `स्त्री`: tmux, xterm and VTE
//! add up their code points' widths (four columns), Windows Terminal's grapheme mode draws the cluster narrower.
//! The game lays text out with the wider count (`text::width`), and ratatui already moves the cursor explicitly
//! to the cell after any cluster wider than one column, so the next border is placed where the layout put it.
//! What is left is the columns a narrower terminal does not cover: they would keep whatever an earlier screen
//! had there (a stray vowel sign until the next full redraw). So such a cluster is drawn over blanks: the
//! columns it may cover are cleared first, then the cursor goes back and the cluster is drawn.

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Cell, CellWidth};
use ratatui::layout::{Position, Size};

/// Wraps any backend; see the module's comment. It remembers where it drew clusters of uncertain width, since
/// a terminal that draws one as separate cells (tmux: a letter, then its vowel sign) does not erase the sign when
/// the letter is overwritten, and ratatui's diff does not send the blank cells after it again.
#[derive(Debug)]
pub struct Steady<B>(pub B, std::collections::BTreeMap<(u16, u16), u16>);

impl<B> Steady<B> {
    pub fn new(backend: B) -> Steady<B> {
        Steady(backend, std::collections::BTreeMap::new())
    }
}

/// Whether terminals may draw this cell's cluster narrower than the layout counts it.
fn uncertain(cell: &Cell) -> bool {
    let s = cell.symbol();
    s.chars().nth(1).is_some() && s.cell_width() > 1
}

impl<B: Backend> Backend for Steady<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let cells: Vec<(u16, u16, &Cell)> = content.collect();
        if self.1.is_empty() && !cells.iter().any(|(_, _, c)| uncertain(c)) {
            return self.0.draw(cells.into_iter());
        }
        let blank = Cell::new(" ");
        // Clusters drawn before whose columns this frame touches: their whole width is blanked first.
        let mut old: Vec<(u16, u16)> = Vec::new();
        for (x, y, c) in &cells {
            // Every column this cell covers: a wide cluster drawn just left of an old one overlaps its start.
            let end = x.saturating_add(c.symbol().cell_width().max(1));
            let hit: Vec<(u16, u16)> = self
                .1
                .range((*y, x.saturating_sub(8))..(*y, end))
                .filter(|((_, sx), w)| sx + **w > *x)
                .map(|(k, _)| *k)
                .collect();
            for k in hit {
                let w = self.1.remove(&k).unwrap_or(0);
                for i in 0..w {
                    old.push((k.1 + i, k.0));
                }
            }
        }
        // Blanks in the cluster's own colours, one per column it is counted as.
        let blanks: Vec<Vec<Cell>> = cells
            .iter()
            .map(|(_, _, c)| {
                if uncertain(c) {
                    let mut b = Cell::new(" ");
                    b.set_style(c.style());
                    vec![b; c.symbol().cell_width() as usize]
                } else {
                    Vec::new()
                }
            })
            .collect();
        let mut out: Vec<(u16, u16, &Cell)> = Vec::with_capacity(cells.len() + old.len() + 8);
        out.extend(old.iter().map(|(x, y)| (*x, *y, &blank)));
        for ((x, y, c), b) in cells.into_iter().zip(&blanks) {
            for (i, cell) in b.iter().enumerate() {
                out.push((x + i as u16, y, cell));
            }
            if !b.is_empty() {
                self.1.insert((y, x), b.len() as u16);
            }
            out.push((x, y, c));
        }
        self.0.draw(out.into_iter())
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.0.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.0.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.0.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.1.clear();
        self.0.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.1.clear();
        self.0.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.0.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.0.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.0.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::CrosstermBackend;
    use ratatui::widgets::Paragraph;

    /// What the game writes to the terminal, kept to read after drawing.
    #[derive(Clone, Default)]
    struct Tape(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

    impl std::io::Write for Tape {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn bytes(text: &str) -> String {
        let tape = Tape::default();
        let backend = Steady::new(CrosstermBackend::new(tape.clone()));
        let viewport = ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, 12, 1));
        let mut t = Terminal::with_options(backend, ratatui::TerminalOptions { viewport }).unwrap();
        t.draw(|f| f.render_widget(Paragraph::new(text), f.area())).unwrap();
        String::from_utf8_lossy(&tape.0.borrow()).into_owned()
    }

    #[test]
    fn a_wide_conjunct_is_drawn_over_blanks_and_what_follows_is_placed_by_column() {
        let out = bytes("aस्त्री|");
        // Four blanks where the cluster goes (columns 2-5, 1-based), then back to its column, then the cluster,
        // then the bar placed at column 6 by an explicit move.
        let at = out.find("स्त्री").expect("the cluster is drawn");
        let before = &out[..at];
        assert!(before.ends_with("    \u{1b}[1;2H"), "{before:?}");
        assert!(out[at..].starts_with("स्त्री\u{1b}[1;6H|"), "{:?}", &out[at..]);
    }

    #[test]
    fn a_cluster_drawn_just_left_of_an_old_one_blanks_the_old_one_first() {
        // tmux draws `कॉ` as a letter and a sign in two cells. Drawn again one column to the left, ratatui's diff
        // sends only the new cluster (the cell after it is blank in both frames), so the old sign in column 3 would
        // stay: Steady must blank the old cluster's columns (2 and 3, 1-based) first.
        let tape = Tape::default();
        let backend = Steady::new(CrosstermBackend::new(tape.clone()));
        let viewport = ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, 6, 1));
        let mut t = Terminal::with_options(backend, ratatui::TerminalOptions { viewport }).unwrap();
        t.draw(|f| f.render_widget(Paragraph::new(" कॉ"), f.area())).unwrap();
        let first = tape.0.borrow().len();
        t.draw(|f| f.render_widget(Paragraph::new("कॉ"), f.area())).unwrap();
        let second = String::from_utf8_lossy(&tape.0.borrow()[first..]).into_owned();
        let at = second.find("कॉ").expect("the cluster is drawn again");
        assert!(second[..at].contains("\u{1b}[1;2H  "), "the old cluster's columns are blanked: {second:?}");
    }

    #[test]
    fn plain_text_is_drawn_as_before() {
        // A Chinese character is one code point: every terminal agrees it takes two columns, nothing is added.
        let out = bytes("ab 客");
        assert_eq!(out.matches(' ').count(), 0, "{out:?}");
        assert!(out.contains("ab") && out.contains("\u{1b}[1;4H客"), "{out:?}");
    }
}
