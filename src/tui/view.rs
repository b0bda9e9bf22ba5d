//! Drawing: one function per screen. Reads the app, writes the frame, and records what can be clicked.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, BorderType, Clear, Padding, Paragraph};

use super::app::{App, Entry, Hit, Overlay, Play, QuizState, Screen, TitleItem};
use super::text::{truncate, width, wrap};
use super::theme::Theme;
use crate::engine::{Prompt, Session};
use crate::i18n::Arg;
use crate::model::{HelpKind, Medium, Outcome, Scenario, Stage};
use crate::words::Words;

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;
/// The widest the game draws: lines longer than about a hundred columns are hard to read, so a wider terminal
/// gets this measure, centred.
pub const MEASURE: u16 = 100;

pub fn draw(app: &App, f: &mut Frame) {
    app.hits.borrow_mut().clear();
    let area = f.area();
    let t = app.theme();
    let w = app.words();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(f, area, &w, &t);
        return;
    }
    let area = readable(area);
    match &app.screen {
        Screen::Title { selected } => title(app, f, area, *selected, &w, &t),
        Screen::Language { selected } => language(app, f, area, *selected, &w, &t),
        Screen::Settings { selected } => settings(app, f, area, *selected, &w, &t),
        Screen::Country { selected, filter, first } => country(app, f, area, *selected, filter, *first, &w, &t),
        Screen::Handbook { scroll } => handbook(app, f, area, *scroll, &w, &t),
        Screen::ContentNote { scenario, .. } => content_note(f, area, scenario, &w, &t),
        Screen::Playing(p) => play(app, f, area, p, &w, &t),
        Screen::Debrief { session, scroll, rewind } => debrief(app, f, area, session, *scroll, *rewind, &w, &t),
        Screen::Errors { lines, scroll } => errors(f, area, lines, *scroll, &w, &t),
        Screen::Quiz(q) => quiz(app, f, area, q, &w, &t),
        Screen::QuizResult { result, items, after, scroll } => {
            quiz_result(app, f, area, result, items, *after, *scroll, &w, &t)
        }
        Screen::RoomQuestions { session } => room_questions(app, f, area, session, &w, &t),
        Screen::Tally { play: p, counts, selected } => {
            play(app, f, area, p, &w, &t);
            tally_popup(app, f, area, p, counts, *selected, &w, &t);
        }
        Screen::Goodbye { help } => goodbye(app, *help, f, area, &w, &t),
    }
    match app.overlay {
        Some(Overlay::Help) => help(f, area, &w, &t),
        Some(Overlay::ConfirmLeave) => confirm(f, area, &w.ui("confirm-leave"), &w, &t),
        Some(Overlay::ConfirmQuit) => confirm(f, area, &w.ui("confirm-quit"), &w, &t),
        None => {}
    }
}

/// The area the game draws in: the whole terminal up to `MEASURE` columns, centred when wider.
pub fn readable(area: Rect) -> Rect {
    let w = area.width.min(MEASURE);
    Rect { x: area.x + (area.width - w) / 2, width: w, ..area }
}

fn too_small(f: &mut Frame, area: Rect, w: &Words, t: &Theme) {
    let msg = w.ui_with("too-small", &[("width", Arg::Num(MIN_WIDTH as f64)), ("height", Arg::Num(MIN_HEIGHT as f64))]);
    let lines: Vec<Line> =
        wrap(&msg, area.width.max(1) as usize).into_iter().map(|l| Line::styled(l, t.warning)).collect();
    f.render_widget(Paragraph::new(lines), area);
}

fn block<'a>(title: String, t: &Theme) -> Block<'a> {
    Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(t.border)
        .padding(Padding::horizontal(1))
        .title(Line::styled(format!(" {} ", title), t.title))
}

/// The key hints at the bottom of every screen, and a notice if something could not be saved.
fn keys_line(f: &mut Frame, area: Rect, keys: &str, app: &App, t: &Theme) {
    let text = match &app.notice {
        Some(n) => format!("{n} · {keys}"),
        None => keys.to_string(),
    };
    f.render_widget(Paragraph::new(Line::styled(fit_keys(&text, area.width as usize), t.dim)), area);
}

/// Key hints cut to fit, keeping the last one (the way out: "q leave", "Esc back") whole: what is cut is the
/// middle.
pub fn fit_keys(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    match text.rsplit_once(" · ") {
        Some((head, last)) if width(last) + 4 <= max => {
            format!("{} · {last}", truncate(head, max - width(last) - 3))
        }
        _ => truncate(text, max),
    }
}

fn header(f: &mut Frame, area: Rect, left: &str, right: &str, t: &Theme) {
    let right_w = width(right);
    let left = truncate(left, (area.width as usize).saturating_sub(right_w + 2));
    let pad = (area.width as usize).saturating_sub(width(&left) + right_w);
    let line = Line::from(vec![
        Span::styled(left, t.title),
        Span::raw(" ".repeat(pad)),
        Span::styled(right.to_string(), t.accent),
    ]);
    f.render_widget(Paragraph::new(line), area);
}

fn title(app: &App, f: &mut Frame, area: Rect, selected: usize, w: &Words, t: &Theme) {
    let [top, body, bottom] =
        Layout::vertical([Constraint::Length(3), Constraint::Min(5), Constraint::Length(1)]).areas(area);
    let tagline = wrap(&w.ui("app-tagline"), top.width.saturating_sub(2) as usize);
    let mut head = vec![Line::from(vec![
        Span::styled(" redflag ", t.title.add_modifier(Modifier::REVERSED)),
        Span::styled(format!("  {}", app.loc.primary()), t.dim),
    ])];
    head.extend(tagline.into_iter().take(2).map(|l| Line::styled(format!(" {l}"), t.text)));
    f.render_widget(Paragraph::new(head), top);

    let items = app.title_items();
    let (list_area, info_area) = if body.width >= 100 {
        let [a, b] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(body);
        (a, b)
    } else {
        let info_h = 7.min(body.height / 2);
        let [a, b] = Layout::vertical([Constraint::Min(3), Constraint::Length(info_h)]).areas(body);
        (a, b)
    };
    let list_block = block(w.ui("title-scenarios"), t);
    let inner = list_block.inner(list_area);
    f.render_widget(list_block, list_area);
    let visible = inner.height as usize;
    let first = selected.saturating_sub(visible.saturating_sub(1));
    let mut lines = Vec::new();
    for (i, item) in items.iter().enumerate().skip(first).take(visible) {
        let (mark, label, minutes) = match item {
            TitleItem::Resume(id) => {
                ("»".to_string(), w.ui_with("title-resume", &[("title", Arg::Str(w.title(id)))]), String::new())
            }
            TitleItem::Scenario(id) => {
                let scn = &app.lib.scenarios[id];
                let done = if app.progress.done.contains(id) { "✓" } else { " " };
                (done.to_string(), w.title(id), w.ui_with("minutes", &[("minutes", Arg::Num(scn.minutes as f64))]))
            }
        };
        // Scenarios keep their numbers (the digit keys) whether or not a Resume row is above them.
        let resumes = items.iter().take(i).filter(|it| matches!(it, TitleItem::Resume(_))).count();
        let number = match item {
            TitleItem::Scenario(_) if i - resumes < 9 => format!("{}", i - resumes + 1),
            _ => " ".into(),
        };
        let room = (inner.width as usize).saturating_sub(width(&minutes) + 8);
        let label = truncate(&label, room);
        let pad = (inner.width as usize).saturating_sub(width(&label) + width(&minutes) + 7);
        let text = format!("{number} {mark} {label}{} {minutes}", " ".repeat(pad + 1));
        let style = if i == selected { t.selected } else { t.text };
        let y = inner.y + (i - first) as u16;
        app.hits.borrow_mut().push((Rect::new(inner.x, y, inner.width, 1), Hit::ListItem(i)));
        lines.push(Line::styled(text, style));
    }
    f.render_widget(Paragraph::new(lines), inner);

    // The selected scenario in more words.
    if let Some(item) = items.get(selected) {
        let id = match item {
            TitleItem::Resume(id) | TitleItem::Scenario(id) => id,
        };
        if let Some(scn) = app.lib.scenarios.get(id) {
            let b = block(w.title(id), t);
            let inner = b.inner(info_area);
            f.render_widget(b, info_area);
            let mut lines: Vec<Line> =
                wrap(&w.summary(id), inner.width as usize).into_iter().map(|l| Line::styled(l, t.text)).collect();
            lines.push(Line::raw(""));
            let meta = format!(
                "{} · {}",
                w.ui_with("minutes", &[("minutes", Arg::Num(scn.minutes as f64))]),
                w.ui_with("redflag-count", &[("count", Arg::Num(scn.redflags.len() as f64))])
            );
            lines.push(Line::styled(meta, t.accent));
            if scn.content_note {
                lines.push(Line::styled(w.ui("content-note-title"), t.warning));
            }
            f.render_widget(Paragraph::new(lines), inner);
        }
    }
    keys_line(f, bottom, &w.ui("keys-title"), app, t);
}

#[allow(clippy::too_many_arguments)]
fn list_screen(
    app: &App,
    f: &mut Frame,
    area: Rect,
    heading: String,
    rows: Vec<String>,
    selected: usize,
    keys: &str,
    t: &Theme,
) {
    let [body, bottom] = Layout::vertical([Constraint::Min(3), Constraint::Length(1)]).areas(area);
    let b = block(heading, t);
    let inner = b.inner(body);
    f.render_widget(b, body);
    let visible = inner.height as usize;
    let first = selected.saturating_sub(visible.saturating_sub(1));
    let mut lines = Vec::new();
    for (i, row) in rows.iter().enumerate().skip(first).take(visible) {
        let style = if i == selected { t.selected } else { t.text };
        let y = inner.y + (i - first) as u16;
        app.hits.borrow_mut().push((Rect::new(inner.x, y, inner.width, 1), Hit::ListItem(i)));
        lines.push(Line::styled(truncate(row, inner.width as usize), style));
    }
    f.render_widget(Paragraph::new(lines), inner);
    keys_line(f, bottom, keys, app, t);
}

fn language(app: &App, f: &mut Frame, area: Rect, selected: usize, w: &Words, t: &Theme) {
    let rows = app
        .locales
        .iter()
        .map(|l| {
            let status = w.ui(&format!("language-status-{}", status_id(&l.status)));
            let current = if l.tag == app.loc.primary() { "●" } else { " " };
            format!("{current} {}  ({})  {status} · {}%", l.name, crate::sanitize::sanitize(&l.tag), l.percent())
        })
        .collect();
    list_screen(app, f, area, w.ui("language-title"), rows, selected, &w.ui("keys-list"), t);
}

/// The country picker: a question (on first start), what the player typed, and the countries that match it.
#[allow(clippy::too_many_arguments)]
fn country(app: &App, f: &mut Frame, area: Rect, selected: usize, filter: &str, first: bool, w: &Words, t: &Theme) {
    let [body, bottom] = Layout::vertical([Constraint::Min(6), Constraint::Length(1)]).areas(area);
    let b = block(w.ui("country-title"), t);
    let inner = b.inner(body);
    f.render_widget(b, body);
    let width = inner.width as usize;
    let mut lines = Vec::new();
    if first {
        push_wrapped(&mut lines, &w.ui("country-first"), width, "", t.text);
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(truncate(&format!("{} {filter}▏", w.ui("country-filter")), width), t.key));
    lines.push(Line::raw(""));
    let rows = app.country_rows(filter);
    let top = lines.len();
    let visible = (inner.height as usize).saturating_sub(top);
    let selected = selected.min(rows.len().saturating_sub(1));
    let skip = selected.saturating_sub(visible.saturating_sub(1));
    for (i, (code, name)) in rows.iter().enumerate().skip(skip).take(visible) {
        let style = if i == selected { t.selected } else { t.text };
        // "Another country" is the current choice only once the player has made it, not before they were asked.
        let current = if *code == app.country && (code.is_some() || app.settings.country_asked) { "●" } else { " " };
        let y = inner.y + (top + i - skip) as u16;
        app.hits.borrow_mut().push((Rect::new(inner.x, y, inner.width, 1), Hit::ListItem(i)));
        lines.push(Line::styled(truncate(&format!("{current} {name}"), width), style));
    }
    f.render_widget(Paragraph::new(lines), inner);
    keys_line(f, bottom, &w.ui("keys-country"), app, t);
}

fn status_id(s: &str) -> &'static str {
    match s {
        "complete" => "complete",
        "reviewed" => "reviewed",
        "machine-drafted" => "machine-drafted",
        _ => "partial",
    }
}

fn settings(app: &App, f: &mut Frame, area: Rect, selected: usize, w: &Words, t: &Theme) {
    let lang = app.locales.iter().find(|l| l.tag == app.loc.primary()).map(|l| l.name.clone()).unwrap_or_default();
    let theme = match app.settings.theme {
        crate::store::ThemeName::Default => w.ui("theme-default"),
        crate::store::ThemeName::HighContrast => w.ui("theme-high-contrast"),
    };
    let typing = if app.settings.typing { w.ui("setting-on") } else { w.ui("setting-off") };
    let rows = vec![
        w.ui_with("settings-language", &[("name", Arg::Str(lang))]),
        w.ui_with("settings-theme", &[("theme", Arg::Str(theme))]),
        w.ui_with("settings-typing", &[("state", Arg::Str(typing))]),
        w.ui_with(
            "settings-quiz",
            &[(
                "state",
                Arg::Str(if app.quiz_pre && app.quiz_post { w.ui("setting-on") } else { w.ui("setting-off") }),
            )],
        ),
        w.ui_with(
            "settings-country",
            &[("name", Arg::Str(app.country.as_deref().map_or_else(|| w.ui("country-none"), |c| w.country_name(c))))],
        ),
        w.ui_with(
            "settings-keep-results",
            &[("state", Arg::Str(if app.settings.keep_results { w.ui("setting-on") } else { w.ui("setting-off") }))],
        ),
    ];
    list_screen(app, f, area, w.ui("settings-title"), rows, selected, &w.ui("keys-list"), t);
}

#[allow(clippy::too_many_arguments)]
fn scroll_page(
    f: &mut Frame,
    area: Rect,
    heading: String,
    lines: Vec<Line>,
    scroll: u16,
    keys: &str,
    app: &App,
    t: &Theme,
) {
    let [body, bottom] = Layout::vertical([Constraint::Min(3), Constraint::Length(1)]).areas(area);
    let b = block(heading, t);
    let inner = b.inner(body);
    f.render_widget(b, body);
    let max = (lines.len() as u16).saturating_sub(inner.height);
    app.page.set(super::app::Page { rows: inner.height, max });
    f.render_widget(Paragraph::new(lines).scroll((scroll.min(max), 0)), inner);
    keys_line(f, bottom, keys, app, t);
}

fn push_wrapped(lines: &mut Vec<Line<'static>>, text: &str, width: usize, indent: &str, style: Style) {
    for l in wrap(text, width.saturating_sub(indent.len()).max(10)) {
        lines.push(Line::styled(format!("{indent}{l}"), style));
    }
}

fn handbook(app: &App, f: &mut Frame, area: Rect, scroll: u16, w: &Words, t: &Theme) {
    // Inside the box's borders and padding, as on every scrolling page.
    let width = area.width.saturating_sub(4) as usize;
    let mut lines: Vec<Line> = Vec::new();
    let met = app.lib.redflags.keys().filter(|k| app.progress.met.contains(*k)).count();
    lines.push(Line::styled(
        w.ui_with("handbook-met", &[("met", Arg::Num(met as f64)), ("total", Arg::Num(app.lib.redflags.len() as f64))]),
        t.accent,
    ));
    for stage in Stage::ALL {
        let mut flags: Vec<_> = app.lib.redflags.values().filter(|r| r.stage == stage).collect();
        flags.sort_by_key(|r| r.number);
        if flags.is_empty() {
            continue;
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(w.stage(stage), t.title));
        for r in flags {
            if app.progress.met.contains(&r.id) {
                lines.push(Line::styled(format!(" {:>2}. {}", r.number, w.redflag_name(&r.id)), t.spotted));
                push_wrapped(&mut lines, &w.redflag_explain(&r.id), width, "     ", t.text);
                push_wrapped(
                    &mut lines,
                    &format!("{} {}", w.ui("debrief-advice"), w.redflag_advice(&r.id)),
                    width,
                    "     ",
                    t.accent,
                );
                for s in r.sources.iter().filter_map(|s| app.lib.sources.get(s)) {
                    let src = format!("{} {}, {} ({})", w.ui("handbook-source"), s.publisher, s.title, s.year);
                    push_wrapped(&mut lines, &src, width, "     ", t.dim);
                }
            } else {
                lines.push(Line::styled(format!(" {:>2}. {}", r.number, w.ui("handbook-locked")), t.dim));
            }
        }
    }
    help_lines(&mut lines, w, None, width, t);
    scroll_page(f, area, w.ui("handbook-title"), lines, scroll, &w.ui("keys-scroll"), app, t);
}

fn content_note(f: &mut Frame, area: Rect, scenario: &str, w: &Words, t: &Theme) {
    let b = block(w.ui("content-note-title"), t);
    let wdt = 70.min(area.width - 4);
    // Borders and padding take four columns; the box is as tall as its words.
    let mut lines = vec![Line::styled(w.title(scenario), t.title), Line::raw("")];
    push_wrapped(&mut lines, &w.content_note(scenario), wdt as usize - 4, "", t.text);
    lines.push(Line::raw(""));
    lines.push(Line::styled(w.ui("content-note-keys"), t.key));
    let popup = centered(area, wdt, (lines.len() as u16 + 2).min(area.height - 2));
    f.render_widget(b.clone(), popup);
    let inner = b.inner(popup);
    f.render_widget(Paragraph::new(lines), inner);
}

fn errors(f: &mut Frame, area: Rect, errs: &[String], scroll: u16, w: &Words, t: &Theme) {
    let [body, bottom] = Layout::vertical([Constraint::Min(3), Constraint::Length(1)]).areas(area);
    let b = block(w.ui("errors-title"), t);
    let inner = b.inner(body);
    f.render_widget(b, body);
    let mut lines = Vec::new();
    for e in errs {
        push_wrapped(&mut lines, e, inner.width as usize, "", t.warning);
    }
    f.render_widget(Paragraph::new(lines).scroll((scroll, 0)), inner);
    f.render_widget(Paragraph::new(Line::styled(w.ui("keys-scroll"), t.dim)), bottom);
}

/// The red flags of the session so far, for the status line.
fn tally(session: &Session) -> (usize, usize) {
    let flags = session.redflags();
    let spotted = flags.iter().filter(|f| f.spotted).count();
    (spotted, flags.len() - spotted)
}

fn play(app: &App, f: &mut Frame, area: Rect, p: &Play, w: &Words, t: &Theme) {
    let scn = &app.lib.scenarios[&p.session.scenario];
    let args = w.session_args(scn, &p.session);
    let (spotted, missed) = tally(&p.session);
    let [top, rest, bottom] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(6), Constraint::Length(1)]).areas(area);
    let status =
        w.ui_with("status-redflags", &[("spotted", Arg::Num(spotted as f64)), ("missed", Arg::Num(missed as f64))]);
    header(f, top, &format!(" {}", w.title(&scn.id)), &format!("{status} "), t);

    // The panel at the bottom: choices, feedback, or a way on.
    let inner_w = rest.width.saturating_sub(4) as usize;
    let revealing = p.revealed < p.transcript.len();
    let prompt = p.session.prompt(scn).unwrap_or(Prompt::Choose);
    let (panel_title, panel_lines, panel_hits, keys) = if revealing {
        (String::new(), Vec::new(), Vec::new(), w.ui("keys-typing"))
    } else if let (Some(fb), true) = (&p.feedback, p.held) {
        let mut lines = Vec::new();
        push_wrapped(&mut lines, &format!("› {}", w.choice_label(scn, &fb.node, &fb.choice, &args)), inner_w, "", t.me);
        push_wrapped(&mut lines, &w.ui("facilitator-held"), inner_w, "", t.key);
        (w.ui("play-feedback"), lines, vec![Hit::Continue], w.ui("keys-held"))
    } else if let Some(fb) = &p.feedback {
        let mut lines = Vec::new();
        push_wrapped(&mut lines, &format!("› {}", w.choice_label(scn, &fb.node, &fb.choice, &args)), inner_w, "", t.me);
        if let Some(text) = w.feedback(scn, &fb.node, &fb.choice, &args) {
            push_wrapped(&mut lines, &text, inner_w, "", t.text);
        }
        for r in &fb.spotted {
            let msg = w.ui_with("feedback-spotted", &[("name", Arg::Str(w.redflag_name_in(&scn.id, r)))]);
            push_wrapped(&mut lines, &format!("✓ {msg}"), inner_w, "", t.spotted);
            let src = w.ui_with("redflag-source", &[("sources", Arg::Str(w.redflag_sources(r)))]);
            push_wrapped(&mut lines, &src, inner_w, "  ", t.dim);
        }
        for r in &fb.missed {
            let msg = w.ui_with("feedback-missed", &[("name", Arg::Str(w.redflag_name_in(&scn.id, r)))]);
            push_wrapped(&mut lines, &format!("! {msg}"), inner_w, "", t.missed);
            let src = w.ui_with("redflag-source", &[("sources", Arg::Str(w.redflag_sources(r)))]);
            push_wrapped(&mut lines, &src, inner_w, "  ", t.dim);
        }
        (w.ui("play-feedback"), lines, vec![Hit::Continue], w.ui("keys-continue"))
    } else {
        match prompt {
            Prompt::Choose => {
                let mut lines = Vec::new();
                let mut hits = Vec::new();
                if app.facilitator
                    && let Some(d) = w.discuss(scn, &scn.nodes[&p.session.node], &args)
                {
                    push_wrapped(&mut lines, &format!("{} {d}", w.ui("facilitator-discuss")), inner_w, "", t.accent);
                    hits.extend(std::iter::repeat_n(Hit::None, lines.len()));
                }
                let counted = app.meta.tallies.iter().find(|t| t.node == p.session.node);
                for (i, c) in p.session.available(scn).unwrap_or_default().iter().enumerate() {
                    let mut label = w.choice_label(scn, &p.session.node, &c.id, &args);
                    // The room's count for this choice, once the facilitator has entered it with `c`.
                    if let Some(n) = counted.and_then(|t| t.counts.get(&c.id)) {
                        label = format!("{label} · {}", w.ui_with("tally-shown", &[("count", Arg::Num(*n as f64))]));
                    }
                    let style = if i == p.selected { t.selected } else { t.text };
                    for (j, l) in wrap(&label, inner_w.saturating_sub(4)).into_iter().enumerate() {
                        let prefix = if j == 0 { format!("{}. ", i + 1) } else { "   ".into() };
                        lines.push(Line::styled(format!("{prefix}{l}"), style));
                        hits.push(Hit::Choice(i));
                    }
                }
                let keys = if app.facilitator { w.ui("keys-play-facilitator") } else { w.ui("keys-play") };
                (w.ui("play-what-now"), lines, hits, keys)
            }
            Prompt::Continue => (
                String::new(),
                vec![Line::styled(format!("▸ {}", w.ui("play-continue")), t.key)],
                vec![Hit::Continue],
                w.ui("keys-continue"),
            ),
            Prompt::Ended(o) => {
                let lines = vec![
                    Line::styled(
                        w.ui_with("ending-title", &[("outcome", Arg::Str(w.outcome(o)))]),
                        outcome_style(o, t),
                    ),
                    Line::styled(format!("▸ {}", w.ui("play-ending-continue")), t.key),
                ];
                (String::new(), lines, vec![Hit::Continue, Hit::Continue], w.ui("keys-continue"))
            }
        }
    };
    // The panel takes what it needs (what to do, what a choice meant: never cut), leaving the messages at least
    // three rows, which scroll.
    let panel_h = if panel_lines.is_empty() { 0 } else { (panel_lines.len() as u16 + 2).min(rest.height - 3) };
    let [messages, panel] = Layout::vertical([Constraint::Min(3), Constraint::Length(panel_h)]).areas(rest);
    if panel_h > 0 {
        let b = if panel_title.is_empty() {
            Block::bordered().border_type(BorderType::Rounded).border_style(t.border).padding(Padding::horizontal(1))
        } else {
            block(panel_title, t)
        };
        // Borders and padding take two columns each side: the same as inner_w above, so wrapping fits.
        let inner = b.inner(panel);
        f.render_widget(b, panel);
        {
            let mut hits = app.hits.borrow_mut();
            for (i, h) in panel_hits.iter().enumerate().take(inner.height as usize) {
                hits.push((Rect::new(inner.x, inner.y + i as u16, inner.width, 1), *h));
            }
            if matches!(panel_hits.first(), Some(Hit::Continue)) {
                hits.push((panel, Hit::Continue));
            }
        }
        f.render_widget(Paragraph::new(panel_lines), inner);
    }
    messages_view(app, f, messages, scn, p, &args, w, t);
    keys_line(f, bottom, &keys, app, t);
}

fn outcome_style(o: Outcome, t: &Theme) -> Style {
    match o {
        Outcome::Safe | Outcome::Escaped | Outcome::Helped => t.spotted,
        Outcome::Scammed | Outcome::Paid | Outcome::Trafficked => t.missed,
    }
}

/// The message area: drawn the way the words arrive in life.
#[allow(clippy::too_many_arguments)]
fn messages_view(
    app: &App,
    f: &mut Frame,
    area: Rect,
    scn: &Scenario,
    p: &Play,
    args: &crate::i18n::Args,
    w: &Words,
    t: &Theme,
) {
    let Some(current) = p.transcript.iter().rev().find_map(|e| match e {
        Entry::Line { node, .. } => scn.nodes.get(node),
        Entry::Me { .. } => None,
    }) else {
        return;
    };
    let medium = current.channel.medium();
    let speaker = w.speaker(scn, current, args);
    let channel = w.channel(current.channel);
    let frame_title = match (&speaker, medium) {
        (_, Medium::Narration) => String::new(),
        // "Blue Ocean Tech website" says what it is: "Website · " before it would say it twice.
        (Some(s), _) if s.to_lowercase().contains(&channel.to_lowercase()) => s.clone(),
        (Some(s), _) => format!("{channel} · {s}"),
        (None, _) => channel.clone(),
    };
    let b = if frame_title.is_empty() {
        Block::new()
    } else {
        Block::bordered()
            .border_type(BorderType::Rounded)
            .border_style(t.border)
            .title(Line::styled(format!(" {frame_title} "), t.accent))
    };
    let inner = b.inner(area);
    f.render_widget(b, area);
    let inner = Rect { x: inner.x + 1, width: inner.width.saturating_sub(2), ..inner };
    let width = inner.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    let bubble_max = (width * 3 / 4).max(20).min(width);
    for e in p.transcript.iter().take(p.revealed) {
        match e {
            Entry::Line { node, index } => {
                let Some(n) = scn.nodes.get(node) else { continue };
                let texts = w.node_lines(scn, n, args);
                let Some(text) = texts.get(*index) else { continue };
                match n.channel.medium() {
                    Medium::Chat | Medium::Sms => bubble(&mut lines, text, bubble_max, width, false, t.them, t),
                    // Words said on the phone are quoted, unless the text already quotes them inside narration.
                    Medium::Call if has_quotes(text) => push_wrapped(&mut lines, text, width, "", t.them),
                    Medium::Call => push_wrapped(&mut lines, &format!("“{text}”"), width, "", t.them),
                    Medium::InPerson => {
                        let who = w.speaker(scn, n, args).map(|s| format!("{s}: ")).unwrap_or_default();
                        push_wrapped(&mut lines, &format!("{who}“{text}”"), width, "", t.them);
                    }
                    Medium::Email if *index == 0 => {
                        if let Some(s) = w.speaker(scn, n, args) {
                            lines.push(Line::styled(w.ui_with("email-from", &[("name", Arg::Str(s))]), t.dim));
                            lines.push(Line::raw(""));
                        }
                        push_wrapped(&mut lines, text, width, "", t.text);
                    }
                    Medium::Post if *index == 0 => {
                        if let Some(s) = w.speaker(scn, n, args) {
                            lines.push(Line::styled(s, t.accent.add_modifier(Modifier::BOLD)));
                        }
                        push_wrapped(&mut lines, text, width, "", t.text);
                    }
                    Medium::Narration => {
                        push_wrapped(&mut lines, text, width, "", t.text.add_modifier(Modifier::ITALIC))
                    }
                    _ => push_wrapped(&mut lines, text, width, "", t.text),
                }
                lines.push(Line::raw(""));
            }
            Entry::Me { node, choice } => {
                let label = w.choice_label(scn, node, choice, args);
                bubble(&mut lines, &label, bubble_max, width, true, t.me, t);
                lines.push(Line::raw(""));
            }
        }
    }
    if p.revealed < p.transcript.len() {
        lines.push(Line::styled("…", t.dim));
    }
    // Show the newest at the bottom; scroll moves up. When the conversation is longer than the area, its top row
    // says so ("↑ more above"), so a player knows there is more to scroll to; the words never run under the mark.
    let total = lines.len();
    let overflow = total > inner.height as usize && inner.height > 3;
    let view = if overflow { Rect { y: inner.y + 1, height: inner.height - 1, ..inner } } else { inner };
    let h = view.height as usize;
    let max_scroll = total.saturating_sub(h);
    app.page.set(super::app::Page { rows: view.height, max: max_scroll.min(u16::MAX as usize) as u16 });
    let offset = max_scroll.saturating_sub(p.scroll as usize);
    f.render_widget(Paragraph::new(Text::from(lines)).scroll((offset as u16, 0)), view);
    if overflow {
        let mut marks = Vec::new();
        if offset > 0 {
            marks.push(w.ui("more-above"));
        }
        if offset < max_scroll {
            marks.push(w.ui("more-below"));
        }
        let text = truncate(&marks.join(" · "), inner.width as usize);
        let wd = super::text::width(&text) as u16;
        let r = Rect::new(inner.x + inner.width.saturating_sub(wd), inner.y, wd, 1);
        f.render_widget(Paragraph::new(Line::styled(text, t.key)), r);
    }
}

/// Whether a text quotes someone itself (narration around words said): then it is not put in quotes again.
fn has_quotes(text: &str) -> bool {
    text.contains(['“', '”', '"', '«', '»', '「', '」'])
}

/// A chat bubble: the other person's on the left, the player's on the right.
fn bubble(lines: &mut Vec<Line<'static>>, text: &str, max: usize, width: usize, mine: bool, style: Style, t: &Theme) {
    let body = wrap(text, max.saturating_sub(4).max(8));
    let inner_w = body.iter().map(|l| super::text::width(l)).max().unwrap_or(0);
    let indent = if mine { " ".repeat(width.saturating_sub(inner_w + 4)) } else { String::new() };
    lines.push(Line::from(vec![
        Span::raw(indent.clone()),
        Span::styled(format!("╭{}╮", "─".repeat(inner_w + 2)), t.border),
    ]));
    for l in body {
        let pad = inner_w - super::text::width(&l);
        lines.push(Line::from(vec![
            Span::raw(indent.clone()),
            Span::styled("│ ", t.border),
            Span::styled(format!("{l}{}", " ".repeat(pad)), style),
            Span::styled(" │", t.border),
        ]));
    }
    lines.push(Line::from(vec![Span::raw(indent), Span::styled(format!("╰{}╯", "─".repeat(inner_w + 2)), t.border)]));
}

#[allow(clippy::too_many_arguments)]
fn debrief(
    app: &App,
    f: &mut Frame,
    area: Rect,
    session: &Session,
    scroll: u16,
    rewind: Option<usize>,
    w: &Words,
    t: &Theme,
) {
    let Some(scn) = app.lib.scenarios.get(&session.scenario) else { return };
    let args = w.session_args(scn, session);
    let width = area.width.saturating_sub(4) as usize;
    let mut lines: Vec<Line> = Vec::new();
    if let Some(o) = session.outcome {
        lines
            .push(Line::styled(w.ui_with("ending-title", &[("outcome", Arg::Str(w.outcome(o)))]), outcome_style(o, t)));
        lines.push(Line::raw(""));
    }
    if let Some(node) = scn.nodes.get(&session.node) {
        for text in w.node_lines(scn, node, &args) {
            push_wrapped(&mut lines, &text, width, "", t.text);
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(w.ui("debrief-title"), t.title));
    let flags = session.redflags();
    if flags.is_empty() {
        lines.push(Line::styled(w.ui("debrief-none"), t.text));
    } else {
        let spotted = flags.iter().filter(|f| f.spotted).count();
        push_wrapped(
            &mut lines,
            &w.ui_with(
                "debrief-score",
                &[("spotted", Arg::Num(spotted as f64)), ("total", Arg::Num(flags.len() as f64))],
            ),
            width,
            "",
            t.accent,
        );
        for fl in &flags {
            lines.push(Line::raw(""));
            let (mark, label, style) = if fl.spotted {
                ("✓", w.ui("debrief-spotted"), t.spotted)
            } else {
                ("!", w.ui("debrief-missed"), t.missed)
            };
            push_wrapped(
                &mut lines,
                &format!("{mark} {label}: {}", w.redflag_name_in(&scn.id, &fl.redflag)),
                width,
                "",
                style,
            );
            push_wrapped(&mut lines, &w.redflag_explain_in(&scn.id, &fl.redflag), width, "  ", t.text);
            push_wrapped(
                &mut lines,
                &format!("{} {}", w.ui("debrief-advice"), w.redflag_advice_in(&scn.id, &fl.redflag)),
                width,
                "  ",
                t.accent,
            );
            let src = w.ui_with("redflag-source", &[("sources", Arg::Str(w.redflag_sources(&fl.redflag)))]);
            push_wrapped(&mut lines, &src, width, "  ", t.dim);
        }
    }
    help_lines(&mut lines, w, Some(scn.help), width, t);
    scroll_page(f, area, w.title(&scn.id), lines, scroll, &w.ui("keys-debrief"), app, t);

    if let Some(sel) = rewind {
        let mut rows = Vec::new();
        for step in session.path.iter().filter(|s| s.choice.is_some()) {
            let label = w.choice_label(scn, &step.node, step.choice.as_deref().unwrap_or_default(), &args);
            rows.push(label);
        }
        // As wide as the choices need, up to the screen less a margin; cut only when they do not fit.
        let need = rows
            .iter()
            .enumerate()
            .map(|(i, r)| super::text::width(&format!(" {}. {r}", i + 1)))
            .chain([super::text::width(&w.ui("keys-rewind")), super::text::width(&w.ui("debrief-rewind-title")) + 2])
            .max()
            .unwrap_or(0);
        let wide = (need as u16 + 4).max(40).min(area.width.saturating_sub(8));
        let h = (rows.len() as u16 + 2).min(area.height.saturating_sub(4));
        let popup = centered(area, wide, h + 1);
        f.render_widget(Clear, popup);
        let b = block(w.ui("debrief-rewind-title"), t);
        let inner = b.inner(popup);
        f.render_widget(b, popup);
        let visible = inner.height.saturating_sub(1) as usize;
        let first = sel.saturating_sub(visible.saturating_sub(1));
        let mut lines = Vec::new();
        for (i, r) in rows.iter().enumerate().skip(first).take(visible) {
            let style = if i == sel { t.selected } else { t.text };
            app.hits
                .borrow_mut()
                .push((Rect::new(inner.x, inner.y + (i - first) as u16, inner.width, 1), Hit::ListItem(i)));
            lines.push(Line::styled(truncate(&format!(" {}. {r}", i + 1), inner.width as usize), style));
        }
        lines.push(Line::styled(w.ui("keys-rewind"), t.dim));
        f.render_widget(Paragraph::new(lines), inner);
    }
}

/// The end of a game ended from outside (a room that closed): thanks, and where to get help.
fn goodbye(app: &App, help: Option<HelpKind>, f: &mut Frame, area: Rect, w: &Words, t: &Theme) {
    let width = area.width.saturating_sub(4) as usize;
    let mut lines: Vec<Line> = Vec::new();
    push_wrapped(&mut lines, &w.ui("room-goodbye"), width, "", t.text);
    help_lines(&mut lines, w, help, width, t);
    scroll_page(f, area, w.ui("room-goodbye-title"), lines, 0, &w.ui("room-goodbye-keys"), app, t);
}

/// Where to get help: at every ending and in the handbook.
fn help_lines(lines: &mut Vec<Line<'static>>, w: &Words, kind: Option<HelpKind>, width: usize, t: &Theme) {
    lines.push(Line::raw(""));
    lines.push(Line::styled(w.ui("help-title"), t.title));
    push_wrapped(lines, &w.help_intro(kind), width, "", t.text);
    for h in w.help_for(kind) {
        let head = if h.contact.is_empty() { h.name.clone() } else { format!("{}: {}", h.name, h.contact) };
        push_wrapped(lines, &format!("• {head}"), width, "", t.key);
        if !h.description.is_empty() {
            push_wrapped(lines, &h.description, width, "  ", t.dim);
        }
    }
}

fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
}

fn help(f: &mut Frame, area: Rect, w: &Words, t: &Theme) {
    let text = w.ui("help-keys");
    let rows: Vec<&str> = text.lines().collect();
    let wdt = (rows.iter().map(|r| width(r)).max().unwrap_or(20) as u16 + 6).max(30).min(area.width);
    // Borders, padding and the row's own leading space take five columns; a row that does not fit wraps under
    // its description (the column after the keys).
    let room = (wdt as usize).saturating_sub(5).max(10);
    let mut wrapped: Vec<String> = Vec::new();
    for r in &rows {
        let desc_at = r.find("  ").map(|i| i + r[i..].len() - r[i..].trim_start().len()).unwrap_or(0);
        let hang = width(&r[..desc_at]);
        let hang = if hang + 10 < room { hang } else { 0 };
        let body = wrap(&r[desc_at..], room - hang);
        for (i, l) in body.into_iter().enumerate() {
            let lead = if i == 0 { r[..desc_at].to_string() } else { " ".repeat(hang) };
            wrapped.push(format!("{lead}{l}"));
        }
    }
    let popup = centered(area, wdt, wrapped.len() as u16 + 4);
    f.render_widget(Clear, popup);
    let b = block(w.ui("help-keys-title"), t);
    let inner = b.inner(popup);
    f.render_widget(b, popup);
    let mut lines: Vec<Line> = wrapped.iter().map(|r| Line::styled(format!(" {r}"), t.text)).collect();
    lines.push(Line::raw(""));
    lines.push(Line::styled(format!(" {}", w.ui("help-close")), t.dim));
    f.render_widget(Paragraph::new(lines), inner);
}

fn confirm(f: &mut Frame, area: Rect, question: &str, w: &Words, t: &Theme) {
    let wdt = 56.min(area.width - 2);
    let body = wrap(question, wdt as usize - 4);
    let popup = centered(area, wdt, body.len() as u16 + 4);
    f.render_widget(Clear, popup);
    let b = Block::bordered().border_type(BorderType::Double).border_style(t.warning);
    let inner = b.inner(popup);
    f.render_widget(b, popup);
    let mut lines: Vec<Line> = body.into_iter().map(|l| Line::styled(format!(" {l}"), t.text)).collect();
    lines.push(Line::raw(""));
    lines.push(Line::styled(format!(" {}", w.ui("confirm-keys")), t.key));
    f.render_widget(Paragraph::new(lines), inner);
}

fn quiz(app: &App, f: &mut Frame, area: Rect, q: &QuizState, w: &Words, t: &Theme) {
    let [body, bottom] = Layout::vertical([Constraint::Min(8), Constraint::Length(1)]).areas(area);
    let title = w.ui(if q.after { "quiz-title-post" } else { "quiz-title-pre" });
    let b = block(title, t);
    let inner = b.inner(body);
    f.render_widget(b, body);
    let width = inner.width as usize;
    let Some(item) = q.items.get(q.index) else { return };
    let count = Arg::Num(q.items.len() as f64);
    let mut lines = Vec::new();
    if q.index == 0 {
        push_wrapped(&mut lines, &w.ui_with("quiz-intro", &[("count", count.clone())]), width, "", t.dim);
        lines.push(Line::raw(""));
    }
    let progress = w.ui_with("quiz-progress", &[("n", Arg::Num(q.index as f64 + 1.0)), ("count", count)]);
    lines.push(Line::styled(format!("{progress} · {}", w.quiz_source(&item.id)), t.accent));
    lines.push(Line::raw(""));
    let card = wrap(&w.quiz_text(&item.id), width.saturating_sub(4).max(10));
    let card_w = card.iter().map(|l| width_of(l)).max().unwrap_or(0);
    lines.push(Line::styled(format!("╭{}╮", "─".repeat(card_w + 2)), t.border));
    for l in card {
        let pad = card_w - width_of(&l);
        lines.push(Line::from(vec![
            Span::styled("│ ", t.border),
            Span::styled(format!("{l}{}", " ".repeat(pad)), t.them),
            Span::styled(" │", t.border),
        ]));
    }
    lines.push(Line::styled(format!("╰{}╯", "─".repeat(card_w + 2)), t.border));
    lines.push(Line::raw(""));
    let scale: Vec<String> = w.ui("quiz-scale").split(" · ").map(str::to_string).collect();
    let top = inner.y + lines.len() as u16;
    for (i, s) in scale.iter().enumerate() {
        let style = if i as u8 + 1 == q.selected { t.selected } else { t.text };
        app.hits.borrow_mut().push((Rect::new(inner.x, top + i as u16, inner.width, 1), Hit::ListItem(i)));
        lines.push(Line::styled(truncate(s, width), style));
    }
    f.render_widget(Paragraph::new(lines), inner);
    keys_line(f, bottom, &w.ui("keys-quiz"), app, t);
}

fn width_of(s: &str) -> usize {
    width(s)
}

#[allow(clippy::too_many_arguments)]
fn quiz_result(
    app: &App,
    f: &mut Frame,
    area: Rect,
    r: &crate::quiz::QuizResult,
    items: &[crate::model::QuizItem],
    after: bool,
    scroll: u16,
    w: &Words,
    t: &Theme,
) {
    let width = area.width.saturating_sub(4) as usize;
    let mut lines = Vec::new();
    push_wrapped(&mut lines, &w.quiz_result(r), width, "", t.accent);
    if after {
        lines.push(Line::raw(""));
        lines.push(Line::styled(w.ui("quiz-review-title"), t.title));
        for (i, item) in items.iter().enumerate() {
            let style = if item.genuine { t.spotted } else { t.missed };
            let rating = r.answers.iter().find(|a| a.item == item.id).map(|a| a.rating).unwrap_or(0);
            lines.push(Line::raw(""));
            push_wrapped(&mut lines, &w.quiz_answer(i + 1, item, rating), width, "", style);
            push_wrapped(&mut lines, &w.quiz_source(&item.id), width, "  ", t.dim);
            push_wrapped(&mut lines, &w.quiz_text(&item.id), width, "  ", t.dim);
            push_wrapped(&mut lines, &w.quiz_explain(&item.id), width, "  ", t.text);
        }
    }
    let title = w.ui(if after { "quiz-title-post" } else { "quiz-title-pre" });
    scroll_page(f, area, title, lines, scroll, &w.ui("keys-continue-only"), app, t);
}

fn room_questions(app: &App, f: &mut Frame, area: Rect, session: &Session, w: &Words, t: &Theme) {
    let width = area.width.saturating_sub(4) as usize;
    let mut lines = Vec::new();
    if let Some(o) = session.outcome {
        lines
            .push(Line::styled(w.ui_with("ending-title", &[("outcome", Arg::Str(w.outcome(o)))]), outcome_style(o, t)));
        lines.push(Line::raw(""));
    }
    for (i, q) in
        ["room-what-happened", "room-what-noticed", "room-what-would-you-do", "room-where-help"].iter().enumerate()
    {
        push_wrapped(&mut lines, &format!("{}. {}", i + 1, w.ui(q)), width, "", t.text);
        lines.push(Line::raw(""));
    }
    scroll_page(f, area, w.ui("room-title"), lines, 0, &w.ui("keys-continue-only"), app, t);
}

#[allow(clippy::too_many_arguments)]
fn tally_popup(app: &App, f: &mut Frame, area: Rect, p: &Play, counts: &[u32], selected: usize, w: &Words, t: &Theme) {
    let scn = &app.lib.scenarios[&p.session.scenario];
    let args = w.session_args(scn, &p.session);
    let choices = p.session.available(scn).unwrap_or_default();
    let popup = centered(area, area.width.saturating_sub(8).min(72), choices.len() as u16 + 5);
    f.render_widget(Clear, popup);
    let b = block(w.ui("tally-title"), t);
    let inner = b.inner(popup);
    f.render_widget(b, popup);
    let mut lines = Vec::new();
    for (i, c) in choices.iter().enumerate() {
        let n = counts.get(i).copied().unwrap_or(0);
        let label =
            truncate(&w.choice_label(scn, &p.session.node, &c.id, &args), (inner.width as usize).saturating_sub(10));
        let style = if i == selected { t.selected } else { t.text };
        lines.push(Line::styled(format!("{n:>5}  {}. {label}", i + 1), style));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(w.ui("keys-tally"), t.dim));
    f.render_widget(Paragraph::new(lines), inner);
}
