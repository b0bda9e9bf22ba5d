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
    /// The SSH port, when SSH is on.
    pub port: Option<u16>,
    /// Addresses players can reach by SSH, best first (the bound one, or this machine's non-loopback addresses).
    pub hosts: Vec<IpAddr>,
    /// The web page's port and addresses, when the web is on.
    pub web_port: Option<u16>,
    pub web_hosts: Vec<IpAddr>,
    /// Where the web listener is bound, for the report page's links.
    pub web_bound: Option<SocketAddr>,
    /// Opens the report page from another device; set with `with_facilitator`.
    pub facilitator_code: String,
    pub fingerprint: String,
}

/// The addresses a listener bound to `bound` can be reached at, best first.
fn reachable(bound: SocketAddr) -> Vec<IpAddr> {
    if bound.ip().is_unspecified() {
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
    }
}

impl JoinInfo {
    pub fn new(code: &str, ssh: Option<SocketAddr>, web: Option<SocketAddr>, fingerprint: String) -> JoinInfo {
        JoinInfo {
            code: code.to_string(),
            port: ssh.map(|b| b.port()),
            hosts: ssh.map(reachable).unwrap_or_default(),
            web_port: web.map(|b| b.port()),
            web_hosts: web.map(reachable).unwrap_or_default(),
            web_bound: web,
            facilitator_code: String::new(),
            fingerprint,
        }
    }

    pub fn with_facilitator(mut self, code: &str) -> JoinInfo {
        self.facilitator_code = code.to_string();
        self
    }

    /// The report page on this machine, which needs no code: when the listener takes loopback connections.
    pub fn report_local(&self) -> Option<String> {
        let b = self.web_bound?;
        let host = match b.ip() {
            ip if ip.is_unspecified() || ip.is_loopback() => {
                if b.is_ipv6() && !ip.is_unspecified() {
                    "[::1]".to_string()
                } else {
                    "127.0.0.1".to_string()
                }
            }
            _ => return None,
        };
        Some(format!("http://{host}:{}/report", b.port()))
    }

    /// The report page from another device (the projector's own computer, say), with the facilitator code.
    pub fn report_remote(&self) -> Option<String> {
        let (port, ip) = (self.web_port?, self.web_hosts.first()?);
        let host = if ip.is_ipv6() { format!("[{ip}]") } else { ip.to_string() };
        Some(format!("http://{host}:{port}/report?facilitator={}", self.facilitator_code))
    }

    /// Where the facilitator opens the report page, in one line for the console and the log.
    pub fn report_where(&self) -> String {
        match (self.report_local(), self.report_remote()) {
            (Some(l), Some(r)) => format!("report page for the projector: {l} (from another device: {r})"),
            (None, Some(r)) => format!("report page for the projector: {r}"),
            _ => "no report page in the browser: the web page is off (--no-web); `redflag report --format html` \
                  makes it from the results file"
                .to_string(),
        }
    }

    /// The exact command a participant types, when SSH is on.
    pub fn command(&self) -> String {
        self.hosts.first().map(|ip| self.command_for(*ip)).unwrap_or_default()
    }

    fn command_for(&self, ip: IpAddr) -> String {
        let host = if ip.is_ipv6() { format!("[{ip}]") } else { ip.to_string() };
        match self.port {
            Some(22) => format!("ssh {}@{host}", self.code),
            Some(p) => format!("ssh -p {p} {}@{host}", self.code),
            None => String::new(),
        }
    }

    /// The link a phone opens (and the QR code holds), when the web is on.
    pub fn link(&self) -> Option<String> {
        let (port, ip) = (self.web_port?, self.web_hosts.first()?);
        let host = if ip.is_ipv6() { format!("[{ip}]") } else { ip.to_string() };
        Some(if port == 80 {
            format!("http://{host}/?code={}", self.code)
        } else {
            format!("http://{host}:{port}/?code={}", self.code)
        })
    }
}

/// A QR code of `text` in half blocks: two modules a character cell, dark modules drawn as the terminal's
/// background colour on a light square, with the quiet zone the standard asks for. None if it does not fit in a
/// QR code (it always does for a link).
pub fn qr_lines(text: &str) -> Option<Vec<String>> {
    use qrcode::{Color, EcLevel, QrCode};
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).ok()?;
    let w = code.width();
    let colors = code.to_colors();
    let quiet = 2usize;
    let size = w + 2 * quiet;
    let dark = |x: usize, y: usize| -> bool {
        x >= quiet
            && y >= quiet
            && x < quiet + w
            && y < quiet + w
            && colors[(y - quiet) * w + (x - quiet)] == Color::Dark
    };
    let mut lines = Vec::with_capacity(size.div_ceil(2));
    for row in (0..size).step_by(2) {
        let mut line = String::with_capacity(size * 3);
        for x in 0..size {
            // Light is drawn, dark is left blank: on a dark terminal the code shows dark-on-light, as readers need.
            let top = !dark(x, row);
            let bottom = row + 1 < size && !dark(x, row + 1);
            line.push(match (top, bottom) {
                (true, true) => '█',
                (true, false) => '▀',
                (false, true) => '▄',
                (false, false) => ' ',
            });
        }
        lines.push(line);
    }
    Some(lines)
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
                        Ok(p) => match join.report_local().or_else(|| join.report_remote()) {
                            Some(l) => format!("report written to {} and .html; live at {l}", p.display()),
                            None => format!("report written to {} and .html (no live page: --no-web)", p.display()),
                        },
                        Err(e) => format!("the report could not be written: {e}"),
                    })
                }
                // Shown on a key, not always: the console may be on the projector, and the code is the
                // facilitator's.
                KeyCode::Char('f') => notice = Some(join.report_where()),
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
    let records = room.written();
    let rep = crate::report::build(&records, None);
    let names = ConsoleNames { words, lib: &room.lib };
    let text = crate::report::markdown(&rep, &names);
    let path = room.cfg.results.with_extension("report.md");
    crate::store::write_atomic(&path, text.as_bytes())?;
    let page = report_page(room, words, &records, false);
    crate::store::write_atomic(&room.cfg.results.with_extension("report.html"), page.as_bytes())?;
    Ok(path)
}

/// The room's report page from `records` (the room's written records), as a file (`live` false) or as the web
/// listener serves it to the facilitator's browser, reloading itself when the version, the number of records,
/// changes. Never with participant codes: the room has no `--show-codes`.
pub fn report_page(room: &Room, words: &Words, records: &[crate::results::Record], live: bool) -> String {
    let rep = crate::report::build(records, None);
    let names = ConsoleNames { words, lib: &room.lib };
    // The page lists the help of the room's country, as the players' goodbye does.
    let room_words = Words::new(words.loc, words.lib, room.cfg.country.clone());
    let opts = crate::report::html::Options {
        workshop: room.cfg.workshop.clone(),
        codes: None,
        live: live.then(|| report_version(records.len())),
    };
    crate::report::html::page(&rep, &names, &room_words, &opts)
}

/// The live page's version: records are only ever added, so their number names what the page shows.
pub fn report_version(records: usize) -> String {
    format!("r{records}")
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
    let qr = join.link().and_then(|l| qr_lines(&l));
    // The QR code needs its full height to be read; it is shown when the console leaves room for the rest.
    let join_h = match &qr {
        Some(q) if area.height >= q.len() as u16 + 2 + 8 => q.len() as u16 + 2,
        _ => 8,
    };
    let [top, joinbox, body, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(join_h),
        Constraint::Min(6),
        Constraint::Length(1),
    ])
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
    draw_join(f, joinbox, join, qr.as_deref());

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
                Some(n) => format!("{n} · {pause} · r write report · f report page · e end the room"),
                None => format!("{pause} · r write report · f report page · e end the room"),
            }
        }
    };
    f.render_widget(Paragraph::new(Line::from(keys).reversed()), bottom);
}

fn draw_join(f: &mut ratatui::Frame, area: Rect, join: &JoinInfo, qr: Option<&[String]>) {
    let mut area = area;
    if let Some(q) = qr {
        let qw = q.first().map(|l| l.chars().count()).unwrap_or(0) as u16;
        if area.height >= q.len() as u16 + 2 && area.width >= qw + 2 + 40 {
            let [left, right] = Layout::horizontal([Constraint::Min(40), Constraint::Length(qw + 2)]).areas(area);
            let b = block("Phones: scan");
            let inner = b.inner(right);
            f.render_widget(b, right);
            // Fixed colours, light modules white on black, whatever the terminal's theme: readers need dark on light.
            let lines: Vec<Line> = q.iter().map(|l| Line::raw(l.clone())).collect();
            f.render_widget(
                Paragraph::new(lines)
                    .style(Style::default().fg(ratatui::style::Color::White).bg(ratatui::style::Color::Black)),
                inner,
            );
            area = left;
        }
    }
    let title = match (join.port.is_some(), join.web_port.is_some()) {
        (true, true) => "Join: open the link in a browser, or type the command in a terminal",
        (false, true) => "Join: open the link in a browser (a phone can scan the QR code)",
        _ => "Join: type this in a terminal (Windows, macOS, Linux; Termius or Termux on a phone)",
    };
    let b = block(title);
    let inner = b.inner(area);
    f.render_widget(b, area);
    let [big, small] = Layout::vertical([Constraint::Length(4), Constraint::Min(1)]).areas(inner);
    let command = join.command();
    // The whole command large when it fits (4 columns a character), else the room code large and the command in
    // ordinary text: the code is what people mistype.
    let (large, plain) = if !command.is_empty() && command.chars().count() * 4 <= big.width as usize {
        (command.clone(), None)
    } else {
        (join.code.clone(), (!command.is_empty()).then(|| command.clone()))
    };
    let text = BigText::builder()
        .pixel_size(PixelSize::Quadrant)
        .lines(vec![large.into()])
        .alignment(Alignment::Center)
        .build();
    f.render_widget(text, big);
    let mut lines = Vec::new();
    if let Some(link) = join.link() {
        lines.push(Line::from(link).bold().centered());
    }
    if let Some(c) = plain {
        lines.push(Line::from(c).bold().centered());
    }
    // Other addresses of this machine, each once, without the ones the command and the link already show.
    let shown: Vec<IpAddr> = join.hosts.first().into_iter().chain(join.web_hosts.first()).copied().collect();
    let others: Vec<String> = join
        .hosts
        .iter()
        .chain(join.web_hosts.iter())
        .filter(|h| !shown.contains(*h))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .map(|h| h.to_string())
        .collect();
    let mut info = format!("room code {}", join.code);
    if !join.fingerprint.is_empty() {
        info.push_str(&format!(" · host key {}", join.fingerprint));
    }
    if !others.is_empty() {
        info.push_str(&format!(" · also at {}", others.join(", ")));
    }
    lines.push(Line::from(info).dim().centered());
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), small);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_qr_code_is_square_in_half_blocks_with_a_quiet_zone() {
        let lines = qr_lines("http://192.168.1.20:8080/?code=ABC123").unwrap();
        let w = lines[0].chars().count();
        // Version 3 (29 modules) at level L holds this link, plus 2 modules of quiet zone each side.
        assert_eq!(w, 33);
        assert_eq!(lines.len(), w.div_ceil(2));
        assert!(lines.iter().all(|l| l.chars().count() == w));
        // The quiet zone is light all round: the first row is all full blocks, every row starts and ends light.
        assert!(lines[0].chars().all(|c| c == '█'));
        assert!(lines.iter().all(|l| l.starts_with(['█', '▀']) && l.ends_with(['█', '▀'])));
    }

    #[test]
    fn the_link_carries_the_code_and_the_port() {
        let j = JoinInfo::new("ROOM7", None, Some("10.1.2.3:8080".parse().unwrap()), String::new());
        assert_eq!(j.link().as_deref(), Some("http://10.1.2.3:8080/?code=ROOM7"));
        assert_eq!(j.command(), "");
        let j = JoinInfo::new("ROOM7", Some("10.1.2.3:2222".parse().unwrap()), None, "SHA256:x".into());
        assert_eq!(j.link(), None);
        assert_eq!(j.command(), "ssh -p 2222 ROOM7@10.1.2.3");
        assert!(j.report_where().contains("--no-web"));
    }

    #[test]
    fn the_report_page_is_local_without_a_code_and_remote_with_it() {
        let j =
            JoinInfo::new("ROOM7", None, Some("0.0.0.0:8080".parse().unwrap()), String::new()).with_facilitator("FAC9");
        assert_eq!(j.report_local().as_deref(), Some("http://127.0.0.1:8080/report"));
        assert!(j.report_remote().unwrap().ends_with(":8080/report?facilitator=FAC9"));
        // Bound to one LAN address, this machine's own browser comes from that address too: it needs the code.
        let j = JoinInfo::new("ROOM7", None, Some("10.1.2.3:8080".parse().unwrap()), String::new())
            .with_facilitator("FAC9");
        assert_eq!(j.report_local(), None);
        assert_eq!(j.report_where(), "report page for the projector: http://10.1.2.3:8080/report?facilitator=FAC9");
    }
}
