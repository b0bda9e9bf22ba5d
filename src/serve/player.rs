//! One player's game in a room: the same App and views as `redflag play`, drawn to a connection instead of the
//! process's terminal. Each game runs on a thread of its own, so a slow or stuck client slows only itself, and a
//! panic in one game ends that game only.

use std::collections::VecDeque;
use std::io::{self, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use crate::tui::Steady;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::{Terminal, TerminalOptions, Viewport};

use super::input::Decoder;
use super::room::{Inbound, Refusal, Room};
use crate::i18n::Localizer;
use crate::tui::{App, AppConfig, Ended, Events, Input, Next};

/// The largest terminal a client may ask for; a larger request is clamped (a 10,000 x 10,000 pty would cost
/// gigabytes of screen buffers).
pub const MAX_COLS: u16 = 500;
pub const MAX_ROWS: u16 = 200;

/// Input a player may send: bytes per second, and a burst. Typing and clicking never come close; a flood is
/// dropped at the edge.
const RATE: f64 = 2048.0;
const BURST: f64 = 8192.0;

/// How long a lone ESC waits for the rest of a sequence split across packets.
const ESC_WAIT: Duration = Duration::from_millis(30);

/// What goes back to the connection.
#[derive(Debug)]
pub enum Outbound {
    Data(Vec<u8>),
    Close,
}

/// A new connection's game, before it starts: the seam between a transport (SSH in `ssh.rs`, WebSocket in
/// `web.rs`) and the game. A transport only carries bytes both ways, resizes and the end; everything else (the
/// App, the records, the limits) is the same whichever way a player came in.
pub struct Connection {
    /// Whether the player gave the room code (the SSH user name, or the code field of the web page).
    pub code_ok: bool,
    /// The pty's columns and rows; none for a connection without a pty (plain mode).
    pub pty: Option<(u16, u16)>,
    /// The client's LANG, if it sent one: the language to start in unless the room chose one.
    pub lang: Option<String>,
    pub from_client: Receiver<Inbound>,
    pub to_client: tokio::sync::mpsc::Sender<Outbound>,
    /// The sender side of `from_client`, for the room to reach this game.
    pub to_game: std::sync::mpsc::Sender<Inbound>,
}

pub fn clamp(cols: u32, rows: u32) -> (u16, u16) {
    (cols.clamp(1, MAX_COLS as u32) as u16, rows.clamp(1, MAX_ROWS as u32) as u16)
}

/// What a transport holds of a game it started: where to send the player's input, and what the game draws.
pub struct Link {
    pub to_game: std::sync::mpsc::Sender<Inbound>,
    pub from_game: tokio::sync::mpsc::Receiver<Outbound>,
}

/// Starts a game for a connection and returns its two ends. Both transports come through here.
pub fn open(room: Arc<Room>, code_ok: bool, pty: Option<(u16, u16)>, lang: Option<String>) -> io::Result<Link> {
    let (to_game, from_client) = std::sync::mpsc::channel();
    // A few frames in flight: a client that stops reading holds up its own game, not the server.
    let (to_client, from_game) = tokio::sync::mpsc::channel(16);
    spawn(room, Connection { code_ok, pty, lang, from_client, to_client, to_game: to_game.clone() })?;
    Ok(Link { to_game, from_game })
}

/// Starts a player's game on a thread of its own.
pub fn spawn(room: Arc<Room>, conn: Connection) -> io::Result<()> {
    std::thread::Builder::new().name("player".into()).spawn(move || play(room, conn)).map(|_| ())
}

/// Writes to the connection: bytes are gathered until a flush, then sent as one message. Sending waits when the
/// client is slow to read, which holds up this game only.
struct Remote {
    to_client: tokio::sync::mpsc::Sender<Outbound>,
    buf: Vec<u8>,
}

impl Write for Remote {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.buf);
        self.to_client.blocking_send(Outbound::Data(data)).map_err(|_| io::Error::from(io::ErrorKind::BrokenPipe))
    }
}

fn play(room: Arc<Room>, conn: Connection) {
    let Connection { code_ok, pty, lang, from_client, to_client, to_game } = conn;
    let mut out = Remote { to_client: to_client.clone(), buf: Vec::new() };
    let langs: Vec<String> = room.cfg.lang.iter().chain(lang.iter()).cloned().collect();
    let say = |out: &mut Remote, id: &str| {
        let loc = Localizer::new(&room.content.locales, &langs);
        let text = crate::sanitize::sanitize(&loc.text(id, &Vec::new()));
        let _ = write!(out, "\r\n{}\r\n\r\n", text.replace('\n', "\r\n"));
        let _ = out.flush();
    };
    if !code_ok {
        room.log("refused a player: wrong room code");
        say(&mut out, "room-wrong-code");
        let _ = to_client.blocking_send(Outbound::Close);
        return;
    }
    let id = match room.join(to_game) {
        Ok(id) => id,
        Err(r) => {
            say(
                &mut out,
                match r {
                    Refusal::Full => "room-full",
                    Refusal::Paused => "room-paused",
                    Refusal::Closing => "room-goodbye",
                },
            );
            let _ = to_client.blocking_send(Outbound::Close);
            return;
        }
    };
    let mut events = RemoteEvents::new(&from_client, room.cfg.idle);
    match pty {
        Some((cols, rows)) => play_tui(&room, id, &langs, (cols, rows), &mut events, out),
        None => play_plain(&room, id, &langs, &mut events, out),
    }
    room.leave(id);
    let _ = to_client.blocking_send(Outbound::Close);
}

fn app_config(room: &Room, langs: &[String], participant: Option<String>) -> AppConfig {
    let cfg = &room.cfg;
    let quiz_form = Some(room.quiz_form(participant.as_deref()));
    AppConfig {
        lang_override: langs.first().map(|l| crate::i18n::normalise_tag(l)),
        country: cfg.country.clone(),
        seed: rand::random(),
        results: None,
        room_records: room.records(),
        only: cfg.scenarios.clone(),
        participant,
        workshop: cfg.workshop.clone(),
        quiz_pre: cfg.quiz_pre,
        quiz_post: cfg.quiz_post,
        quiz_form,
        // No settings or progress on the server's disk: a room's players share nothing but its records.
        ..AppConfig::new(
            room.content.clone(),
            room.lib.clone(),
            crate::store::Store { config_dir: None, data_dir: None },
        )
    }
}

fn play_tui(room: &Room, id: u64, langs: &[String], size: (u16, u16), events: &mut RemoteEvents, mut out: Remote) {
    // The alternate screen, no cursor, and mouse clicks with SGR coordinates (1000 + 1006). No motion tracking:
    // it would send a report for every cell the mouse crosses.
    let _ = out.write_all(b"\x1b[?1049h\x1b[?25l\x1b[?1000h\x1b[?1006h\x1b[2J");
    let _ = out.flush();
    let backend = Steady::new(CrosstermBackend::new(out));
    let Ok(mut terminal) =
        Terminal::with_options(backend, TerminalOptions { viewport: Viewport::Fixed(Rect::new(0, 0, size.0, size.1)) })
    else {
        return;
    };
    let participant = if room.cfg.participant_codes {
        match ask_participant(room, langs, &mut terminal, events) {
            Some(code) => Some(code),
            None => {
                restore(&mut terminal);
                return;
            }
        }
    } else {
        None
    };
    let mut app = App::new(app_config(room, langs, participant.clone()));
    if let Some(code) = &participant
        && let Some((session, meta)) = room.take_stash(code)
    {
        // The same person, back after a drop: the title offers to resume, and resuming continues one record.
        app.progress.current = Some(session);
        app.resumed_meta = Some(meta);
        room.log(&format!("player {id} can resume an earlier session"));
    }
    let mut after = |app: &App| room.observe(id, app);
    let ended = catch_unwind(AssertUnwindSafe(|| crate::tui::drive(&mut terminal, &mut app, events, &mut after)));
    match ended {
        Ok(Ok(Ended::Closed)) | Ok(Err(_)) => {
            // The connection dropped. A participant who comes back resumes this session; anyone else's is recorded
            // as it stands.
            match (&participant, app.due_record(), app.progress.current.clone()) {
                (Some(code), Some(_), Some(session)) if session.outcome.is_none() => {
                    room.stash(code, session, app.meta.clone());
                }
                _ => app.record_current(),
            }
        }
        Ok(Ok(Ended::Quit)) => app.record_current(),
        Ok(Ok(Ended::Ended)) => {
            app.record_current();
            restore(&mut terminal);
            // The connection closes next, and the alternate screen goes with it: the goodbye and where to get help
            // are written again to the normal screen, where they stay after the client has gone.
            let _ = terminal.backend_mut().0.write_all(goodbye_text(&app.words()).as_bytes());
            let _ = terminal.backend_mut().0.flush();
            return;
        }
        Err(_) => {
            room.failed(id);
            app.record_current();
        }
    }
    restore(&mut terminal);
}

/// The goodbye as plain lines for a terminal: thanks, and where to get help.
fn goodbye_text(w: &crate::words::Words) -> String {
    let mut out =
        vec![String::new(), w.ui("room-goodbye-title"), w.ui("room-goodbye"), String::new(), w.ui("help-title")];
    out.push(w.ui("help-always"));
    for h in w.help() {
        out.push(if h.contact.is_empty() { format!("* {}", h.name) } else { format!("* {}: {}", h.name, h.contact) });
        if !h.description.is_empty() {
            out.push(format!("  {}", h.description));
        }
    }
    out.push(String::new());
    out.join("\r\n")
}

fn restore(terminal: &mut Terminal<Steady<CrosstermBackend<Remote>>>) {
    let out = &mut terminal.backend_mut().0;
    let _ = out.write_all(b"\x1b[?1006l\x1b[?1000l\x1b[?25h\x1b[?1049l");
    let _ = out.flush();
}

/// Asks for the participant code the facilitator gave out, when the room pairs quizzes before and after.
fn ask_participant(
    room: &Room,
    langs: &[String],
    terminal: &mut Terminal<Steady<CrosstermBackend<Remote>>>,
    events: &mut RemoteEvents,
) -> Option<String> {
    let loc = Localizer::new(&room.content.locales, langs);
    let args: crate::i18n::Args = Vec::new();
    let prompt = crate::sanitize::sanitize(&loc.text("room-participant-prompt", &args));
    let invalid = crate::sanitize::sanitize(&loc.text("room-participant-invalid", &args));
    let mut typed = String::new();
    let mut wrong = false;
    // A code that looks like a name (letters only, longer than 8) is questioned once: Enter on an empty line, or
    // the same code again, keeps it; another code replaces it.
    let mut questioned: Option<String> = None;
    loop {
        let mut lines = vec![Line::raw(prompt.clone()), Line::raw(""), Line::raw(format!("> {typed}_"))];
        if wrong {
            lines.push(Line::raw(""));
            lines.push(Line::raw(invalid.clone()));
        }
        if let Some(code) = &questioned {
            let args: crate::i18n::Args = vec![("code".into(), crate::i18n::Arg::Str(code.clone()))];
            lines.push(Line::raw(""));
            lines.push(Line::raw(crate::sanitize::sanitize(&loc.text("room-participant-looks-like-name", &args))));
        }
        terminal.draw(|f| f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), f.area())).ok()?;
        match events.next(None).ok()? {
            Next::Input(Input::Key(k)) => match k.code {
                KeyCode::Enter => {
                    if typed.is_empty()
                        && let Some(code) = questioned.take()
                    {
                        return Some(code);
                    }
                    wrong = !crate::results::valid_code(&typed);
                    if wrong {
                        continue;
                    }
                    if crate::results::looks_like_name(&typed) && questioned.as_deref() != Some(typed.as_str()) {
                        questioned = Some(std::mem::take(&mut typed));
                        continue;
                    }
                    return Some(typed);
                }
                KeyCode::Backspace => {
                    typed.pop();
                }
                KeyCode::Char('c') if k.modifiers.contains(ratatui::crossterm::event::KeyModifiers::CONTROL) => {
                    return None;
                }
                KeyCode::Char(c) if typed.len() < 32 && !c.is_control() => typed.push(c),
                _ => {}
            },
            Next::Resize(c, r) => {
                terminal.resize(Rect::new(0, 0, c, r)).ok()?;
            }
            Next::Closed | Next::End => return None,
            Next::Input(_) | Next::Timeout | Next::Redraw => {}
        }
    }
}

/// A connection without a pty: the plain front-end over the channel, line by line.
fn play_plain(room: &Room, id: u64, langs: &[String], events: &mut RemoteEvents, mut out: Remote) {
    let loc = Localizer::new(&room.content.locales, langs);
    let mut lib = (*room.lib).clone();
    if let Some(only) = &room.cfg.scenarios {
        lib.scenarios.retain(|k, _| only.contains(k));
    }
    let words = crate::words::Words::new(&loc, &lib, room.cfg.country.clone());
    let reader = io::BufReader::new(RemoteReader { events, pending: VecDeque::new() });
    let records = room.records();
    let mut plain =
        crate::plain::Plain { words: &words, input: reader, out: &mut out, on_step: None, facilitator: false };
    let result = catch_unwind(AssertUnwindSafe(|| -> io::Result<()> {
        let Some(scenario) = plain.pick_scenario()? else { return Ok(()) };
        let scn = &lib.scenarios[&scenario];
        let seed: u64 = rand::random();
        let Ok(mut session) = crate::engine::Session::start(scn, seed) else { return Ok(()) };
        session.id = Some(crate::results::new_session_id());
        let form = room.quiz_form(None);
        room.log(&format!("player {id} at {scenario} (plain)"));
        let mut meta = crate::results::Meta {
            locale: loc.primary().to_string(),
            started: Some(std::time::SystemTime::now()),
            workshop: room.cfg.workshop.clone(),
            quiz_form: ((room.cfg.quiz_pre || room.cfg.quiz_post) && !lib.quiz.is_empty()).then_some(form),
            ..Default::default()
        };
        let items = crate::quiz::for_country(&lib.quiz, words.country.as_deref());
        let (pre, post) = crate::quiz::halves(&items, form, seed);
        if room.cfg.quiz_pre && !lib.quiz.is_empty() {
            match plain.quiz(&pre, false)? {
                Some(r) => meta.quiz_pre = Some(r),
                None => return Ok(()),
            }
        }
        let end = plain.play(scn, session)?;
        if room.cfg.quiz_post && !lib.quiz.is_empty() && matches!(end, crate::plain::PlainEnd::Finished(_)) {
            meta.quiz_post = plain.quiz(&post, true)?;
        }
        if let Some(tx) = &records {
            let _ = tx.send(crate::results::Record::of(end.session(), &meta));
        }
        Ok(())
    }));
    if result.is_err() {
        room.failed(id);
    }
    let _ = out.flush();
}

/// The player's input as a byte stream, for plain mode: ends when the connection closes, the room closes, or the
/// player is idle too long.
struct RemoteReader<'a, 'b> {
    events: &'a mut RemoteEvents<'b>,
    pending: VecDeque<u8>,
}

impl io::Read for RemoteReader<'_, '_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.pending.is_empty() {
            match self.events.next_bytes()? {
                Some(b) => self.pending.extend(b),
                None => return Ok(0),
            }
        }
        let n = buf.len().min(self.pending.len());
        for (slot, b) in buf.iter_mut().zip(self.pending.drain(..n)) {
            *slot = b;
        }
        Ok(n)
    }
}

/// Input from a connection for the game's loop: decoded keys, resizes, and the end of the connection or the room,
/// with the limits a room needs: a rate for bytes, and an idle timeout.
pub struct RemoteEvents<'a> {
    rx: &'a Receiver<Inbound>,
    decoder: Decoder,
    queue: VecDeque<Next>,
    flush_at: Option<Instant>,
    idle: Duration,
    last: Instant,
    tokens: f64,
    refilled: Instant,
}

impl<'a> RemoteEvents<'a> {
    pub fn new(rx: &'a Receiver<Inbound>, idle: Duration) -> RemoteEvents<'a> {
        let now = Instant::now();
        RemoteEvents {
            rx,
            decoder: Decoder::new(),
            queue: VecDeque::new(),
            flush_at: None,
            idle,
            last: now,
            tokens: BURST,
            refilled: now,
        }
    }

    /// How many of `n` bytes the rate allows now; the rest are dropped.
    fn allow(&mut self, n: usize) -> usize {
        let now = Instant::now();
        self.tokens = (self.tokens + now.duration_since(self.refilled).as_secs_f64() * RATE).min(BURST);
        self.refilled = now;
        let n = (n as f64).min(self.tokens.floor());
        self.tokens -= n;
        n as usize
    }

    /// Raw bytes for plain mode; none when the input has ended.
    fn next_bytes(&mut self) -> io::Result<Option<Vec<u8>>> {
        loop {
            let idle_at = self.last + self.idle;
            let now = Instant::now();
            if now >= idle_at {
                return Ok(None);
            }
            match self.rx.recv_timeout(idle_at - now) {
                Ok(Inbound::Data(b)) => {
                    self.last = Instant::now();
                    let n = self.allow(b.len());
                    if n > 0 {
                        return Ok(Some(b[..n].to_vec()));
                    }
                }
                Ok(Inbound::Resize(..)) => {}
                Ok(Inbound::Closed | Inbound::End) | Err(RecvTimeoutError::Disconnected) => return Ok(None),
                Err(RecvTimeoutError::Timeout) => {}
            }
        }
    }
}

impl Events for RemoteEvents<'_> {
    fn next(&mut self, deadline: Option<Instant>) -> io::Result<Next> {
        loop {
            if let Some(n) = self.queue.pop_front() {
                return Ok(n);
            }
            let now = Instant::now();
            if let Some(f) = self.flush_at
                && now >= f
            {
                self.flush_at = None;
                let mut got = Vec::new();
                self.decoder.flush(&mut got);
                self.queue.extend(got.into_iter().map(Next::Input));
                continue;
            }
            let idle_at = self.last + self.idle;
            if now >= idle_at {
                return Ok(Next::End);
            }
            if deadline.is_some_and(|d| now >= d) {
                return Ok(Next::Timeout);
            }
            let wake = [deadline, self.flush_at, Some(idle_at)].into_iter().flatten().min().unwrap_or(idle_at);
            match self.rx.recv_timeout(wake.saturating_duration_since(now)) {
                Ok(Inbound::Data(b)) => {
                    self.last = Instant::now();
                    let n = self.allow(b.len());
                    let mut got = Vec::new();
                    self.decoder.feed(&b[..n], &mut got);
                    self.queue.extend(got.into_iter().map(Next::Input));
                    self.flush_at = Some(Instant::now() + ESC_WAIT);
                }
                Ok(Inbound::Resize(c, r)) => return Ok(Next::Resize(c, r)),
                Ok(Inbound::Closed) | Err(RecvTimeoutError::Disconnected) => return Ok(Next::Closed),
                Ok(Inbound::End) => return Ok(Next::End),
                Err(RecvTimeoutError::Timeout) => {}
            }
        }
    }
}
