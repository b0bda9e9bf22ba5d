//! Every screen in every shipped locale, at 80x24, 60x18 and 200x50, read the way a terminal draws it (tmux,
//! xterm and VTE give each code point its own width and add them up): no row is wider than the terminal, every
//! box's right border is in the column of its corner, and no word of the text is missing from the screen (the
//! wrap only moves whitespace).

mod common;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::{Buffer, CellWidth};
use ratatui::crossterm::event::KeyCode;
use redflag::content::{Content, ContentSource, compile};
use redflag::engine::Prompt;
use redflag::store::Store;
use redflag::tui::app::{Overlay, Screen};
use redflag::tui::{App, AppConfig, Input, view};
use tempfile::TempDir;
use unicode_width::UnicodeWidthChar;

const SIZES: [(u16, u16); 3] = [(80, 24), (60, 18), (200, 50)];

struct Shipped {
    content: std::sync::Arc<Content>,
    lib: std::sync::Arc<redflag::model::Library>,
}

fn shipped() -> Shipped {
    let content = Content::load(&ContentSource::default());
    let lib = compile(&content);
    Shipped { content: content.into(), lib: lib.into() }
}

fn app(s: &Shipped, store: &TempDir, lang: &str, facilitator: bool) -> App {
    let store = Store { config_dir: Some(store.path().join("config")), data_dir: Some(store.path().join("data")) };
    let cfg = AppConfig {
        lang_override: Some(lang.to_string()),
        country: Some("PH".into()),
        no_color: true,
        facilitator,
        ..AppConfig::new(s.content.clone(), s.lib.clone(), store)
    };
    let mut app = App::new(cfg);
    app.settings.typing = false;
    app
}

fn key(app: &mut App, code: KeyCode) {
    app.update(Input::key(code));
}

/// One row of the screen as the terminal has it: each drawn cluster with the column a terminal that adds up code
/// point widths puts it in.
struct Row {
    cells: Vec<(usize, String)>,
    width: usize,
}

fn terminal_width(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

fn rows(buf: &Buffer) -> Vec<Row> {
    let mut out = Vec::new();
    for y in buf.area.top()..buf.area.bottom() {
        let mut cells = Vec::new();
        let mut col = 0;
        let mut x = buf.area.left();
        while x < buf.area.right() {
            let sym = buf[(x, y)].symbol().to_string();
            // The buffer skips the cells a wide cluster covers: the terminal's cursor moves past them.
            let skip = sym.as_str().cell_width().max(1);
            cells.push((col, sym.clone()));
            col += terminal_width(&sym).max(if sym.is_empty() { 0 } else { 1 });
            x += skip;
            // After a cluster the buffer counts wider than one column, the backend places the next cell by an
            // explicit cursor move: a terminal that draws the cluster narrower (an emoji with VS16 where it adds
            // up code points) leaves a blank, never pulls the border left. A terminal that draws it wider is
            // what this test is for: that shifts the row right.
            if skip > 1 {
                col = col.max(usize::from(x - buf.area.left()));
            }
        }
        out.push(Row { cells, width: col });
    }
    out
}

fn at(row: &Row, col: usize) -> &str {
    row.cells.iter().find(|(c, _)| *c == col).map(|(_, s)| s.as_str()).unwrap_or("")
}

fn dump(rows: &[Row]) -> String {
    rows.iter().map(|r| r.cells.iter().map(|(_, s)| s.as_str()).collect::<String>()).collect::<Vec<_>>().join("\n")
}

/// Draws the app and checks widths and borders; returns the rows.
fn check_screen(app: &App, w: u16, h: u16, what: &str) -> Drawn {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| view::draw(app, f)).unwrap();
    let rows = rows(term.backend().buffer());
    for (y, r) in rows.iter().enumerate() {
        assert!(r.width <= w as usize, "{what} {w}x{h}: row {y} is {} columns:\n{}", r.width, dump(&rows));
    }
    // Every box: a top corner, the next top corner to its right on the same row, and the first row below with
    // both bottom corners in those columns. A popup drawn over the screen may hide parts of the boxes under it:
    // what is missing must be under another whole box.
    let mut tops = Vec::new();
    let mut boxes = Vec::new();
    for (corners, side) in [(["╭", "╮", "╰", "╯"], "│"), (["╔", "╗", "╚", "╝"], "║")] {
        for (y, r) in rows.iter().enumerate() {
            for (x1, s) in &r.cells {
                if s != corners[0] {
                    continue;
                }
                let x2 = r.cells.iter().find(|(c, s)| c > x1 && s == corners[1]).map(|(c, _)| *c);
                let bottom = x2.and_then(|x2| {
                    (y + 1..rows.len()).find(|&y2| at(&rows[y2], *x1) == corners[2] && at(&rows[y2], x2) == corners[3])
                });
                match (x2, bottom) {
                    (Some(x2), Some(b)) => boxes.push((*x1, y, x2, b, side)),
                    _ => tops.push((*x1, y)),
                }
            }
        }
    }
    let covered = |x: usize, y: usize, me: Option<usize>| {
        boxes.iter().enumerate().any(|(i, b)| Some(i) != me && b.0 <= x && x <= b.2 && b.1 <= y && y <= b.3)
    };
    for (x1, y) in tops {
        // A box whose right or bottom part is hidden: something must hide it.
        let hidden =
            (x1 + 1..w as usize).any(|x| covered(x, y, None)) || (y + 1..rows.len()).any(|y2| covered(x1, y2, None));
        assert!(hidden, "{what} {w}x{h}: row {y}: the box opening at column {x1} does not close:\n{}", dump(&rows));
    }
    // Each row between has a side border in both columns, unless a box drawn over it covers that cell.
    for (i, &(x1, y, x2, bottom, side)) in boxes.iter().enumerate() {
        for (y2, r2) in rows.iter().enumerate().take(bottom).skip(y + 1) {
            for x in [x1, x2] {
                let c = at(r2, x);
                assert!(
                    c == side || covered(x, y2, Some(i)),
                    "{what} {w}x{h}: row {y2}: the box from row {y} has {c:?} in column {x}, not its border \
                     (columns {x1} and {x2}):\n{}",
                    dump(&rows)
                );
            }
        }
    }
    let boxes = boxes.iter().map(|b| (b.0, b.1, b.2, b.3)).collect();
    Drawn { rows, boxes }
}

/// A drawn screen: its rows, and every whole box on it (left column, top row, right column, bottom row).
struct Drawn {
    rows: Vec<Row>,
    boxes: Vec<(usize, usize, usize, usize)>,
}

/// The text in a part of the screen with borders and whitespace taken out, rows joined: what the player reads
/// there, in order.
fn reading(rows: &[Row], cols: std::ops::RangeInclusive<usize>, lines: std::ops::RangeInclusive<usize>) -> String {
    rows.iter()
        .enumerate()
        .filter(|(y, _)| lines.contains(y))
        .flat_map(|(_, r)| r.cells.iter().filter(|(c, _)| cols.contains(c)).map(|(_, s)| s.as_str()))
        .flat_map(str::chars)
        .filter(|c| !c.is_whitespace() && !"│║╭╮╰╯╔╗╚╝─═".contains(*c))
        .collect()
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Each text can be read whole, in the whole screen or inside one box (a popup over other words, one of two
/// boxes side by side).
fn assert_reads(screen: &Drawn, texts: &[String], what: &str) {
    let rows = &screen.rows;
    let mut parts = vec![reading(rows, 0..=usize::MAX, 0..=usize::MAX)];
    for &(x1, y1, x2, y2) in &screen.boxes {
        parts.push(reading(rows, x1 + 1..=x2.saturating_sub(1), y1 + 1..=y2.saturating_sub(1)));
    }
    for t in texts {
        let t2 = squeeze(t);
        assert!(
            parts.iter().any(|p| p.contains(&t2)),
            "{what}: missing or cut:\n{t}\n--- on screen ---\n{}",
            dump(rows)
        );
    }
}

/// Every screen at every size; `texts` must be readable whole at each size (rendered as tall as needed when the
/// screen scrolls).
fn every_size(app: &App, what: &str, texts: &[String], tall: bool) {
    for (w, h) in SIZES {
        let screen = check_screen(app, w, h, what);
        if !tall {
            assert_reads(&screen, texts, &format!("{what} {w}x{h}"));
        }
    }
    if tall {
        // The same widths, tall enough to hold the whole page: wrapping depends on the width only.
        for (w, _) in SIZES {
            let screen = check_screen(app, w, 1500, what);
            assert_reads(&screen, texts, &format!("{what} {w}x(tall)"));
        }
    }
}

#[test]
fn every_screen_in_every_locale_fits_keeps_its_borders_and_loses_no_word() {
    let s = shipped();
    let tags: Vec<String> = s.content.locales.keys().cloned().collect();
    assert!(tags.len() >= 8, "{tags:?}");
    for tag in &tags {
        let store = TempDir::new().unwrap();
        let mut a = app(&s, &store, tag, false);
        assert_eq!(a.loc.primary(), tag.as_str());
        let w = a.words();
        let help: Vec<String> = w.ui("help-keys").lines().map(str::to_string).collect();
        let ids: Vec<String> = s.lib.scenarios.keys().cloned().collect();
        drop(w);

        a.screen = Screen::Title { selected: 0 };
        every_size(&a, &format!("{tag} title"), &[], false);
        a.overlay = Some(Overlay::Help);
        every_size(&a, &format!("{tag} help"), &help, false);
        a.overlay = Some(Overlay::ConfirmQuit);
        let q = a.words().ui("confirm-quit");
        every_size(&a, &format!("{tag} confirm quit"), &[q], false);
        a.overlay = None;
        for scr in [
            Screen::Language { selected: 0 },
            Screen::Settings { selected: 0 },
            Screen::Country { selected: 0, filter: String::new(), first: true },
        ] {
            a.screen = scr;
            every_size(&a, &format!("{tag} {:?}", std::mem::discriminant(&a.screen)), &[], false);
        }

        // The handbook, every red flag met: every explanation, advice and help line whole.
        a.progress.met = s.lib.redflags.keys().cloned().collect();
        a.screen = Screen::Handbook { scroll: 0 };
        let w = a.words();
        let mut texts: Vec<String> = Vec::new();
        for id in s.lib.redflags.keys() {
            texts.push(w.redflag_explain(id));
            texts.push(w.redflag_advice(id));
        }
        texts.push(w.help_intro(None));
        texts.extend(w.help_for(None).into_iter().map(|h| h.description).filter(|d| !d.is_empty()));
        drop(w);
        every_size(&a, &format!("{tag} handbook"), &texts, true);

        for id in &ids {
            for strategy in 0..2 {
                play_through(&mut a, id, strategy, tag);
            }
        }

        // Ended from outside: the goodbye.
        a.end_from_outside();
        let w = a.words();
        let texts = vec![w.ui("room-goodbye")];
        drop(w);
        every_size(&a, &format!("{tag} goodbye"), &texts, true);

        // The quiz, before and after.
        let mut a = app(&s, &TempDir::new().unwrap(), tag, false);
        a.quiz_pre = true;
        a.quiz_post = true;
        a.start_scenario(&ids[0]);
        let mut n = 0;
        while let Screen::Quiz(q) = &a.screen {
            let text = a.words().quiz_text(&q.items[q.index].id);
            every_size(&a, &format!("{tag} quiz {n}"), &[text], false);
            a.update(Input::char('3'));
            n += 1;
        }
        assert!(n > 0, "{tag}: no quiz");
        if let Screen::QuizResult { .. } = a.screen {
            every_size(&a, &format!("{tag} quiz result"), &[], true);
        }

        // A facilitator's room: the tally with counts, the held feedback, the questions at the end.
        let mut a = app(&s, &TempDir::new().unwrap(), tag, true);
        a.start_scenario("family");
        for _ in 0..30 {
            if let Screen::ContentNote { .. } = a.screen {
                key(&mut a, KeyCode::Enter);
            }
            if let Screen::Playing(p) = &a.screen {
                let scn = &s.lib.scenarios[&p.session.scenario];
                if p.feedback.is_none() && p.session.prompt(scn) == Ok(Prompt::Choose) {
                    a.update(Input::char('c'));
                    a.update(Input::char('4'));
                    every_size(&a, &format!("{tag} tally"), &[], false);
                    key(&mut a, KeyCode::Esc);
                    break;
                }
            }
            key(&mut a, KeyCode::Enter);
        }
    }
}

/// Plays a scenario to its end, always taking the choice `strategy` (or the last when there are fewer),
/// checking every screen on the way.
fn play_through(a: &mut App, id: &str, strategy: usize, tag: &str) {
    a.overlay = None;
    a.progress.current = None;
    a.start_scenario(id);
    if let Screen::ContentNote { scenario, .. } = &a.screen {
        let text = a.words().content_note(scenario);
        every_size(a, &format!("{tag} {id} content note"), &[text], false);
        key(a, KeyCode::Enter);
    }
    let mut visits = std::collections::HashMap::new();
    for step in 0..200 {
        let what = format!("{tag} {id} s{strategy} step {step}");
        match &a.screen {
            Screen::Playing(p) => {
                let scn = a.lib.scenarios[&p.session.scenario].clone();
                let w = a.words();
                let args = w.session_args(&scn, &p.session);
                let node = &scn.nodes[&p.session.node];
                // While feedback shows, the messages are still the node the choice was made in.
                let lines = if p.feedback.is_none() { w.node_lines(&scn, node, &args) } else { Vec::new() };
                let mut panel = Vec::new();
                let choices = p.session.available(&scn).unwrap_or_default();
                if let Some(fb) = &p.feedback {
                    panel.push(w.choice_label(&scn, &fb.node, &fb.choice, &args));
                    panel.extend(w.feedback(&scn, &fb.node, &fb.choice, &args));
                } else if p.session.prompt(&scn) == Ok(Prompt::Choose) {
                    panel.extend(choices.iter().map(|c| w.choice_label(&scn, &p.session.node, &c.id, &args)));
                }
                let choose = p.feedback.is_none() && p.session.prompt(&scn) == Ok(Prompt::Choose);
                drop(w);
                // The newest words are at the bottom of the messages; the panel holds what to do.
                for (wd, h) in SIZES {
                    let screen = check_screen(a, wd, h, &what);
                    assert_reads(&screen, &panel, &format!("{what} {wd}x{h} panel"));
                }
                for (wd, _) in SIZES {
                    let screen = check_screen(a, wd, 200, &what);
                    assert_reads(&screen, &lines, &format!("{what} {wd}x(tall) messages"));
                }
                if step == 3 {
                    a.overlay = Some(Overlay::ConfirmLeave);
                    let q = a.words().ui("confirm-leave");
                    every_size(a, &format!("{what} confirm leave"), &[q], false);
                    a.overlay = None;
                }
                if choose && !choices.is_empty() {
                    // Stories may loop (paying again and again): a node met again gets the next choice.
                    let node_id = p.session.node.clone();
                    let seen = visits.entry(node_id).or_insert(0usize);
                    *seen += 1;
                    let i = (strategy + *seen - 1) % choices.len();
                    a.update(Input::char(char::from_digit(i as u32 + 1, 10).unwrap()));
                } else {
                    key(a, KeyCode::Enter);
                }
            }
            Screen::Debrief { session, rewind: None, .. } => {
                let scn = a.lib.scenarios[&session.scenario].clone();
                let w = a.words();
                let mut texts = Vec::new();
                for f in session.redflags() {
                    texts.push(w.redflag_explain_in(&scn.id, &f.redflag));
                    texts.push(w.redflag_advice_in(&scn.id, &f.redflag));
                }
                texts.push(w.help_intro(Some(scn.help)));
                texts.extend(w.help_for(Some(scn.help)).into_iter().map(|h| h.description).filter(|d| !d.is_empty()));
                let rewindable = session.path.iter().filter(|s| s.choice.is_some()).count();
                drop(w);
                every_size(a, &format!("{what} debrief"), &texts, true);
                if rewindable > 0 {
                    a.update(Input::char('r'));
                    every_size(a, &format!("{what} rewind"), &[], false);
                    key(a, KeyCode::Esc);
                }
                return;
            }
            Screen::RoomQuestions { .. } => {
                every_size(a, &format!("{what} room questions"), &[], true);
                key(a, KeyCode::Enter);
            }
            other => panic!("{what}: unexpected screen {:?}", std::mem::discriminant(other)),
        }
    }
    panic!("{tag} {id}: not ended after 200 steps");
}
