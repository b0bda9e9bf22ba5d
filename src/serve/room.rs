//! The room: who is playing (by number only), what the room has done so far, the one writer of its records, and
//! its limits. Nothing here identifies a player: no address, no name, and participant codes only as the records
//! already hold them.

use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, mpsc};
use std::time::{Duration, Instant};

use crate::content::Content;
use crate::engine::Session;
use crate::model::Library;
use crate::results::{Meta, Record};
use crate::tui::App;

/// What the facilitator chose for the room.
#[derive(Debug, Clone)]
pub struct RoomConfig {
    pub code: String,
    /// Opens the report page (`/report?facilitator=CODE`) from another machine than the room's own; never the
    /// room code, which every player has.
    pub facilitator_code: String,
    pub workshop: Option<String>,
    pub scenarios: Option<Vec<String>>,
    pub lang: Option<String>,
    pub country: Option<String>,
    pub quiz_pre: bool,
    pub quiz_post: bool,
    pub participant_codes: bool,
    /// The form every player takes (`--quiz-form`); none: from the participant code, else alternating.
    pub quiz_form: Option<crate::quiz::QuizForm>,
    pub max_players: usize,
    pub idle: Duration,
    /// New connections one address may open in a minute.
    pub per_minute: u32,
    pub results: PathBuf,
    pub headless: bool,
}

/// A message to a player's game.
#[derive(Debug)]
pub enum Inbound {
    /// Bytes the player typed.
    Data(Vec<u8>),
    /// The player's terminal is now columns x rows.
    Resize(u16, u16),
    /// The connection is gone.
    Closed,
    /// The room is closing: say goodbye.
    End,
}

/// Why a player cannot join now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Full,
    Paused,
    Closing,
}

/// Where one player is, for the console: a scenario and a node id (content, not a person).
#[derive(Debug, Clone, Default)]
pub struct Whereabouts {
    pub scenario: Option<String>,
    pub node: Option<String>,
    /// The session so far, as its record would be now; none once it has been written.
    pub record: Option<Record>,
}

struct Player {
    to_game: mpsc::Sender<Inbound>,
    at: Whereabouts,
}

#[derive(Default)]
struct State {
    next_id: u64,
    /// Players given a quiz form by alternation so far.
    forms_given: u64,
    paused: bool,
    closing: bool,
    players: BTreeMap<u64, Player>,
    /// Sessions of players who dropped, by participant code, to resume on reconnect.
    stash: HashMap<String, (Session, Meta)>,
    /// Records written so far.
    done: Vec<Record>,
    recent: HashMap<IpAddr, (Instant, u32)>,
    /// Sessions ended by an error in the game (a panic): each kept its record.
    failures: u64,
    refused: u64,
}

pub struct Room {
    pub cfg: RoomConfig,
    pub content: Arc<Content>,
    pub lib: Arc<Library>,
    state: Mutex<State>,
    records: Mutex<Option<mpsc::Sender<Record>>>,
    /// Bumped on every change the console shows, so it redraws only when something happened.
    pub generation: AtomicU64,
    stop_writer: AtomicBool,
}

/// What the console draws.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    pub paused: bool,
    pub closing: bool,
    pub players: usize,
    /// Scenario id -> node id -> players there now.
    pub where_now: BTreeMap<String, BTreeMap<String, usize>>,
    /// Players on the title screen, in a quiz, or choosing.
    pub elsewhere: usize,
    pub report: crate::report::Report,
    pub written: usize,
    pub failures: u64,
    pub refused: u64,
}

impl Room {
    pub fn new(cfg: RoomConfig, content: Content, lib: Library) -> Arc<Room> {
        Arc::new(Room {
            cfg,
            content: Arc::new(content),
            lib: Arc::new(lib),
            state: Mutex::new(State::default()),
            records: Mutex::new(None),
            generation: AtomicU64::new(0),
            stop_writer: AtomicBool::new(false),
        })
    }

    fn state(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock leaves plain data behind, still consistent enough to serve the room.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn changed(&self) {
        self.generation.fetch_add(1, Ordering::Relaxed);
    }

    /// One line on stderr per event, for `--headless` (scripts, tests, a log). Never a name or an address.
    pub fn log(&self, line: &str) {
        if self.cfg.headless {
            eprintln!("redflag serve: {}", crate::sanitize::sanitize(line));
        }
    }

    /// Whether `ip` may open another connection this minute.
    pub fn allow_connection(&self, ip: IpAddr) -> bool {
        let mut st = self.state();
        let now = Instant::now();
        if st.recent.len() > 10_000 {
            st.recent.retain(|_, (t, _)| now.duration_since(*t) < Duration::from_secs(60));
        }
        let e = st.recent.entry(ip).or_insert((now, 0));
        if now.duration_since(e.0) >= Duration::from_secs(60) {
            *e = (now, 0);
        }
        e.1 += 1;
        let ok = e.1 <= self.cfg.per_minute;
        if !ok {
            st.refused += 1;
            drop(st);
            self.changed();
            self.log("refused a connection: too many from one address this minute");
        }
        ok
    }

    /// A player joins: a number, and the way to reach their game.
    pub fn join(&self, to_game: mpsc::Sender<Inbound>) -> Result<u64, Refusal> {
        let mut st = self.state();
        let refusal = if st.closing {
            Some(Refusal::Closing)
        } else if st.paused {
            Some(Refusal::Paused)
        } else if st.players.len() >= self.cfg.max_players {
            Some(Refusal::Full)
        } else {
            None
        };
        if let Some(r) = refusal {
            st.refused += 1;
            drop(st);
            self.changed();
            self.log(&format!("refused a player: {r:?}"));
            return Err(r);
        }
        st.next_id += 1;
        let id = st.next_id;
        st.players.insert(id, Player { to_game, at: Whereabouts::default() });
        let n = st.players.len();
        drop(st);
        self.changed();
        self.log(&format!("player {id} joined ({n} playing)"));
        Ok(id)
    }

    pub fn leave(&self, id: u64) {
        let mut st = self.state();
        st.players.remove(&id);
        let n = st.players.len();
        drop(st);
        self.changed();
        self.log(&format!("player {id} left ({n} playing)"));
    }

    pub fn failed(&self, id: u64) {
        self.state().failures += 1;
        self.changed();
        self.log(&format!("player {id}: the game failed; the session was recorded and ended"));
    }

    /// After every input of a player: where they are now.
    pub fn observe(&self, id: u64, app: &App) {
        let (scenario, node) = match &app.screen {
            crate::tui::app::Screen::Playing(p) => (Some(p.session.scenario.clone()), Some(p.session.node.clone())),
            crate::tui::app::Screen::Tally { play, .. } => {
                (Some(play.session.scenario.clone()), Some(play.session.node.clone()))
            }
            crate::tui::app::Screen::Debrief { session, .. } | crate::tui::app::Screen::RoomQuestions { session } => {
                (Some(session.scenario.clone()), Some(session.node.clone()))
            }
            _ => (None, None),
        };
        let record = app.due_record();
        let mut st = self.state();
        let Some(p) = st.players.get_mut(&id) else { return };
        let moved = p.at.node != node || p.at.scenario != scenario;
        if moved && let (Some(s), Some(n)) = (&scenario, &node) {
            self.log(&format!("player {id} at {s}/{n}"));
        }
        p.at = Whereabouts { scenario, node, record };
        drop(st);
        self.changed();
    }

    pub fn stash(&self, code: &str, session: Session, meta: Meta) {
        self.state().stash.insert(code.to_string(), (session, meta));
        self.log("a session was kept for its participant to resume");
    }

    /// The quiz form of a player who joins: forced by the facilitator, else from the participant code, else the next
    /// of the room's alternation, so any room splits as evenly as its number of players allows.
    pub fn quiz_form(&self, participant: Option<&str>) -> crate::quiz::QuizForm {
        if let Some(f) = self.cfg.quiz_form {
            return f;
        }
        if let Some(code) = participant {
            return crate::quiz::QuizForm::for_code(code);
        }
        let mut st = self.state();
        let form = crate::quiz::QuizForm::nth(st.forms_given);
        st.forms_given += 1;
        form
    }

    pub fn take_stash(&self, code: &str) -> Option<(Session, Meta)> {
        self.state().stash.remove(code)
    }

    pub fn set_paused(&self, paused: bool) {
        self.state().paused = paused;
        self.changed();
        self.log(if paused { "new players paused" } else { "new players welcome again" });
    }

    pub fn paused(&self) -> bool {
        self.state().paused
    }

    pub fn players(&self) -> usize {
        self.state().players.len()
    }

    /// Closes the room: no one new joins, every game says goodbye and writes its record.
    pub fn close(&self) {
        let mut st = self.state();
        st.closing = true;
        for p in st.players.values() {
            let _ = p.to_game.send(Inbound::End);
        }
        drop(st);
        self.changed();
        self.log("the room is closing");
    }

    /// The way a game sends its records to the room's writer.
    pub fn records(&self) -> Option<mpsc::Sender<Record>> {
        self.records.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Starts the one writer of the room's results file: records arrive one at a time and are appended whole,
    /// each followed by fsync, so no two sessions' lines can interleave.
    pub fn start_writer(self: &Arc<Room>) -> std::io::Result<std::thread::JoinHandle<()>> {
        let (tx, rx) = mpsc::channel::<Record>();
        *self.records.lock().unwrap_or_else(|e| e.into_inner()) = Some(tx);
        let room = self.clone();
        std::thread::Builder::new().name("room-writer".into()).spawn(move || {
            loop {
                match rx.recv_timeout(Duration::from_millis(100)) {
                    Ok(r) => room.write(r),
                    Err(mpsc::RecvTimeoutError::Timeout) => {
                        if room.stop_writer.load(Ordering::SeqCst) {
                            while let Ok(r) = rx.try_recv() {
                                room.write(r);
                            }
                            return;
                        }
                    }
                    Err(mpsc::RecvTimeoutError::Disconnected) => return,
                }
            }
        })
    }

    fn write(&self, r: Record) {
        match crate::results::append(&self.cfg.results, &r) {
            Ok(()) => self.log(&format!(
                "record written: {} {}",
                r.scenario,
                match r.outcome {
                    Some(o) => format!("{o:?}").to_lowercase(),
                    None => "left before the end".into(),
                }
            )),
            Err(e) => {
                // Never silent: the facilitator sees it on the console and in the log, and the record stays in
                // the room's memory for the report key.
                eprintln!("redflag serve: error: a record could not be written to {}: {e}", self.cfg.results.display());
            }
        }
        self.state().done.push(r);
        self.changed();
    }

    /// Writes the sessions of players who dropped and never came back, then stops the writer once it has written
    /// everything sent to it.
    pub fn finish_writing(&self, writer: std::thread::JoinHandle<()>) {
        let stashed: Vec<(Session, Meta)> = self.state().stash.drain().map(|(_, v)| v).collect();
        if let Some(tx) = self.records() {
            for (s, m) in stashed {
                let _ = tx.send(Record::of(&s, &m));
            }
        }
        self.stop_writer.store(true, Ordering::SeqCst);
        let _ = writer.join();
    }

    /// What the console shows now: live players and the room's records so far, through the same report as
    /// `redflag report`.
    pub fn snapshot(&self) -> Snapshot {
        let st = self.state();
        let mut records = st.done.clone();
        let mut snap = Snapshot {
            paused: st.paused,
            closing: st.closing,
            players: st.players.len(),
            written: st.done.len(),
            failures: st.failures,
            refused: st.refused,
            ..Snapshot::default()
        };
        for p in st.players.values() {
            match (&p.at.scenario, &p.at.node) {
                (Some(s), Some(n)) => {
                    *snap.where_now.entry(s.clone()).or_default().entry(n.clone()).or_default() += 1;
                }
                _ => snap.elsewhere += 1,
            }
            if let Some(r) = &p.at.record {
                records.push(r.clone());
            }
        }
        drop(st);
        snap.report = crate::report::build(&records, None);
        snap
    }

    /// Every record written so far, for the report key.
    pub fn written(&self) -> Vec<Record> {
        self.state().done.clone()
    }
}
