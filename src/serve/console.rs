//! The facilitator's console: the terminal that ran `serve`. It shows how to join, who is playing where (as
//! counts), how the endings fell, which red flags the room spots least, and the quiz before and after, live.
//! Nothing on it identifies a player: no addresses, no names, no participant codes.

use std::io;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Wrap};
use tui_big_text::{BigText, PixelSize};

use super::room::{Room, Snapshot};
use crate::i18n::Localizer;
use crate::report::{FlagStats, Names};
use crate::words::Words;

/// How to join, as the console and the log show it.
pub struct JoinInfo {
    pub code: String,
    pub port: u16,
    /// Addresses players can reach, best first (the bound one, or this machine's non-loopback addresses).
    pub hosts: Vec<IpAddr>,
    pub fingerprint: String,
}

impl JoinInfo {
    pub fn new(code: &str, bound: SocketAddr, fingerprint: String) -> JoinInfo {
        let hosts = if bound.ip().is_unspecified() {
            let mut v: Vec<IpAddr> = if_addrs::get_if_addrs()
                .unwrap_or_default()
                .into_iter()
                .filter(|i| !i.is_loopback())
                .map(|i| i.ip())
                .filter(|ip| bound.is_ipv6() || ip.is_ipv4())
                .collect();
            // IPv4 first: it is what people can read and type from a projector.
            v.sort_by_key(|ip| (!ip.is_ipv4(), *ip));
            if v.is_empty() {
                v.push(IpAddr::from([127, 0, 0, 1]));
            }
            v
        } else {
            vec![bound.ip()]
        };
        JoinInfo { code: code.to_string(), port: bound.port(), hosts, fingerprint }
    }

    /// The exact command a participant types.
    pub fn command(&self) -> String {
        self.command_for(self.hosts[0])
    }

    fn command_for(&self, ip: IpAddr) -> String {
        let host = if ip.is_ipv6() { format!("[{ip}]") } else { ip.to_string() };
        if self.port == 22 {
            format!("ssh {}@{host}", self.code)
        } else {
            format!("ssh -p {} {}@{host}", self.port, self.code)
        }
    }
}

enum Confirm {
    None,
    End,
}

/// Runs the console until the facilitator ends the room (or a signal does).
pub fn run(
    room: &Arc<Room>,
    join: &JoinInfo,
    runtime: &tokio::runtime::Runtime,
    max: Option<Duration>,
) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    spawn_signal_watch(runtime, stop.clone());
    if let Some(d) = max {
        let stop = stop.clone();
        runtime.spawn(async move {
            tokio::time::sleep(d).await;
            stop.store(true, Ordering::SeqCst);
        });
    }
    let mut terminal = ratatui::init();
    let result = console_loop(room, join, &stop, &mut terminal);
    ratatui::restore();
    result
}

fn spawn_signal_watch(runtime: &tokio::runtime::Runtime, stop: Arc<AtomicBool>) {
    runtime.spawn(async move {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            if let (Ok(mut term), Ok(mut hup), Ok(mut int)) =
                (signal(SignalKind::terminate()), signal(SignalKind::hangup()), signal(SignalKind::interrupt()))
            {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = hup.recv() => {}
                    _ = int.recv() => {}
                }
                stop.store(true, Ordering::SeqCst);
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
            stop.store(true, Ordering::SeqCst);
        }
    });
}

fn console_loop(
    room: &Arc<Room>,
    join: &JoinInfo,
    stop: &AtomicBool,
    terminal: &mut ratatui::DefaultTerminal,
) -> io::Result<()> {
    let loc = Localizer::new(&room.content.locales, &room.cfg.lang.iter().cloned().collect::<Vec<_>>());
    let words = Words::new(&loc, &room.lib, None);
    let mut seen = u64::MAX;
    let mut confirm = Confirm::None;
    let mut notice: Option<String> = None;
    let mut dirty = true;
    loop {
        if stop.load(Ordering::SeqCst) {
            return Ok(());
        }
        let generation = room.generation.load(Ordering::Relaxed);
        if generation != seen || dirty {
            seen = generation;
            dirty = false;
            let snap = room.snapshot();
            terminal.draw(|f| draw(f, room, join, &snap, &words, &confirm, notice.as_deref()))?;
        }
        // The room changes from other threads; a quarter second is live enough, and costs nothing when idle
        // (no redraw unless the room changed).
        if !event::poll(Duration::from_millis(250))? {
            continue;
        }
        let Event::Key(k) = event::read()? else {
            dirty = true;
            continue;
        };
        if k.kind == KeyEventKind::Release {
            continue;
        }
        dirty = true;
        if k.modifiers.contains(KeyModifiers::CONTROL) && k.code == KeyCode::Char('c') {
            return Ok(());
        }
        match confirm {
            Confirm::End => {
                if matches!(k.code, KeyCode::Char('y') | KeyCode::Enter) {
                    return Ok(());
                }
                confirm = Confirm::None;
            }
            Confirm::None => match k.code {
                KeyCode::Char('e') | KeyCode::Char('q') => confirm = Confirm::End,
                KeyCode::Char('p') => {
                    room.set_paused(!room.paused());
                }
                KeyCode::Char('r') => {
                    notice = Some(match write_report(room, &words) {
                        Ok(p) => format!("report written to {} and .html", p.display()),
                        Err(e) => format!("the report could not be written: {e}"),
                    })
                }
                _ => {}
            },
        }
    }
}

/// Names for the report: the game's words for ids the content knows, the cleaned id otherwise.
pub struct ConsoleNames<'a> {
    pub words: &'a Words<'a>,
    pub lib: &'a crate::model::Library,
}

impl Names for ConsoleNames<'_> {
    fn scenario(&self, id: &str) -> String {
        if self.lib.scenarios.contains_key(id) { self.words.title(id) } else { crate::sanitize::sanitize(id) }
    }
    fn redflag(&self, id: &str) -> String {
        if self.lib.redflags.contains_key(id) { self.words.redflag_name(id) } else { crate::sanitize::sanitize(id) }
    }
    fn outcome(&self, o: crate::model::Outcome) -> String {
        self.words.outcome(o)
    }
}

/// Writes `redflag report`'s Markdown of the records written so far beside the results file, and its HTML page
/// next to it (`.report.html`, as `redflag report --format html` would): the Markdown's path is returned.
pub fn write_report(room: &Room, words: &Words) -> io::Result<std::path::PathBuf> {
    let rep = crate::report::build(&room.written(), None);
    let names = ConsoleNames { words, lib: &room.lib };
    let text = crate::report::markdown(&rep, &names);
    let path = room.cfg.results.with_extension("report.md");
    crate::store::write_atomic(&path, text.as_bytes())?;
    // The page lists the help of the room's country, as the players' goodbye does.
    let room_words = Words::new(words.loc, words.lib, room.cfg.country.clone());
    let opts = crate::report::html::Options { workshop: room.cfg.workshop.clone(), codes: None };
    let page = crate::report::html::page(&rep, &names, &room_words, &opts);
    crate::store::write_atomic(&room.cfg.results.with_extension("report.html"), page.as_bytes())?;
    Ok(path)
}

fn block(title: &str) -> Block<'_> {
    Block::bordered().border_type(BorderType::Rounded).title(Line::from(format!(" {title} ")).bold())
}

fn draw(
    f: &mut ratatui::Frame,
    room: &Room,
    join: &JoinInfo,
    snap: &Snapshot,
    words: &Words,
    confirm: &Confirm,
    notice: Option<&str>,
) {
    let area = f.area();
    let names = ConsoleNames { words, lib: &room.lib };
    let [top, joinbox, body, bottom] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(8), Constraint::Min(6), Constraint::Length(1)])
            .areas(area);
    let state = if snap.closing {
        "closing".to_string()
    } else if snap.paused {
        "new players paused".to_string()
    } else {
        "open to new players".to_string()
    };
    let head = format!(
        " redflag room · {} playing · {} record(s) written · {state}{}",
        snap.players,
        snap.written,
        if snap.failures > 0 { format!(" · {} game(s) failed", snap.failures) } else { String::new() }
    );
    f.render_widget(Paragraph::new(Line::from(head).bold()), top);
    draw_join(f, joinbox, join);

    let [left, right] = Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(body);
    let [now, endings] = Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(left);
    let [flags, quiz] = Layout::vertical([Constraint::Min(4), Constraint::Length(5)]).areas(right);

    let mut lines = Vec::new();
    for (scn, nodes) in &snap.where_now {
        let n: usize = nodes.values().sum();
        lines.push(Line::from(vec![Span::raw(format!("{n:>3}  ")), Span::raw(names.scenario(scn)).bold()]));
        let mut at: Vec<(&String, &usize)> = nodes.iter().collect();
        at.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let parts: Vec<String> =
            at.iter().map(|(node, k)| format!("{} {k}", crate::sanitize::sanitize(node))).collect();
        lines.push(Line::raw(format!("     at {}", parts.join(" · "))).dim());
    }
    if snap.elsewhere > 0 {
        lines.push(Line::raw(format!("{:>3}  choosing, in a quiz or reading", snap.elsewhere)));
    }
    if lines.is_empty() {
        lines.push(Line::raw("Nobody has joined yet.").dim());
    }
    f.render_widget(Paragraph::new(lines).block(block("Playing now")), now);

    let mut lines = Vec::new();
    for (scn, s) in &snap.report.scenarios {
        let ends: Vec<String> = s.endings.iter().map(|(o, n)| format!("{} {n}", names.outcome(*o))).collect();
        lines.push(Line::from(vec![
            Span::raw(names.scenario(scn)).bold(),
            Span::raw(format!("  {} session(s)", s.sessions)),
        ]));
        if !ends.is_empty() {
            lines.push(Line::raw(format!("  {}", ends.join(" · "))));
        }
    }
    if lines.is_empty() {
        lines.push(Line::raw("No endings yet.").dim());
    }
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).block(block("Endings so far")), endings);

    let mut flags_sorted: Vec<(&String, &FlagStats)> = snap.report.redflags.iter().filter(|(_, s)| s.met > 0).collect();
    flags_sorted.sort_by(|a, b| a.1.share().total_cmp(&b.1.share()).then(a.0.cmp(b.0)));
    let bar_w = 10usize;
    let mut lines = Vec::new();
    for (id, s) in flags_sorted {
        let filled = (s.share() * bar_w as f64).round() as usize;
        lines.push(Line::from(vec![
            Span::raw(format!("{:>4.0}% ", s.share() * 100.0)),
            Span::styled("█".repeat(filled), Style::default().add_modifier(Modifier::BOLD)),
            Span::raw("░".repeat(bar_w - filled.min(bar_w))),
            Span::raw(format!(" {:>2}/{:<2} ", s.spotted, s.met)),
            Span::raw(names.redflag(id)),
        ]));
    }
    if lines.is_empty() {
        lines.push(Line::raw("No red flag has come up yet.").dim());
    }
    f.render_widget(
        Paragraph::new(lines).block(block("Red flags: share spotted by those who met them, lowest first")),
        flags,
    );

    let q = &snap.report.quiz;
    let fmt = |d: &crate::report::Summary, c: &crate::report::Summary| {
        if d.n == 0 { "-".to_string() } else { format!("d' {:.2}  criterion {:.2}  (n {})", d.mean, c.mean, d.n) }
    };
    let lines = vec![
        Line::raw(format!("before  {}", fmt(&q.pre_d, &q.pre_c))),
        Line::raw(format!("after   {}", fmt(&q.post_d, &q.post_c))),
        Line::raw("d': telling genuine from scam (higher is better); criterion below 0: suspicious of all").dim(),
    ];
    f.render_widget(Paragraph::new(lines).block(block("Quiz")), quiz);

    let keys = match confirm {
        Confirm::End => {
            "End the room? Everyone sees goodbye and where to get help; records are written. y yes · n no".to_string()
        }
        Confirm::None => {
            let pause = if snap.paused { "p let new players in" } else { "p pause new players" };
            match notice {
                Some(n) => format!("{n} · {pause} · r write report · e end the room"),
                None => format!("{pause} · r write report · e end the room"),
            }
        }
    };
    f.render_widget(Paragraph::new(Line::from(keys).reversed()), bottom);
}

fn draw_join(f: &mut ratatui::Frame, area: Rect, join: &JoinInfo) {
    let b = block("Join: type this in a terminal (Windows, macOS, Linux; Termius or Termux on a phone)");
    let inner = b.inner(area);
    f.render_widget(b, area);
    let [big, small] = Layout::vertical([Constraint::Length(4), Constraint::Min(1)]).areas(inner);
    let command = join.command();
    // The whole command large when it fits (4 columns a character), else the room code large and the command in
    // ordinary text: the code is what people mistype.
    let (large, plain) = if command.chars().count() * 4 <= big.width as usize {
        (command.clone(), None)
    } else {
        (join.code.clone(), Some(command.clone()))
    };
    let text = BigText::builder()
        .pixel_size(PixelSize::Quadrant)
        .lines(vec![large.into()])
        .alignment(Alignment::Center)
        .build();
    f.render_widget(text, big);
    let mut lines = Vec::new();
    if let Some(c) = plain {
        lines.push(Line::from(c).bold().centered());
    }
    let others: Vec<String> = join.hosts.iter().skip(1).map(|h| h.to_string()).collect();
    let mut info = format!("room code {} · host key {}", join.code, join.fingerprint);
    if !others.is_empty() {
        info.push_str(&format!(" · also at {}", others.join(", ")));
    }
    lines.push(Line::from(info).dim().centered());
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), small);
}
