//! `redflag serve`: one process serves a workshop. Participants join over SSH or from a browser (`web.rs`, a page
//! with xterm.js on a WebSocket) and play the same App as `redflag play`; the facilitator's terminal is the console; every record goes to the room's one results file.
//!
//! Threads and tasks: a tokio runtime runs both transports (russh, axum); each is a small adapter over
//! `player::open`; each player's game runs on a thread of its
//! own (the App is synchronous, and a slow client must hold up nobody else); one thread writes records; the main
//! thread runs the console, or waits for a signal with `--headless`. Nothing in `engine`, `content` or `words`
//! knows about networks.

pub mod console;
pub mod input;
pub mod player;
#[doc(hidden)]
pub mod probe;
pub mod room;
pub mod ssh;
pub mod web;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

pub use room::{Room, RoomConfig};

/// Everything `serve` needs besides the content.
pub struct Serve {
    pub room: RoomConfig,
    /// Where to listen for SSH; none with `--no-ssh`.
    pub ssh: Option<SocketAddr>,
    /// Where to serve the web page and its WebSocket; none with `--no-web`.
    pub web: Option<SocketAddr>,
    pub host_key: std::path::PathBuf,
    /// Close by itself after this long.
    pub max: Option<Duration>,
}

/// How long closing waits for games to say goodbye and write their records.
pub const CLOSE_WAIT: Duration = Duration::from_millis(1500);

/// A room code that is easy to read aloud and to type: no 0/O, 1/I/L, 5/S, 2/Z.
pub fn random_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRTUVWXY346789";
    (0..6).map(|_| ALPHABET[rand::random_range(0..ALPHABET.len())] as char).collect()
}

/// Runs the room until it is closed (the console's end key, Ctrl-C, SIGTERM, SIGHUP). Returns the exit code.
pub fn run(serve: Serve, content: crate::content::Content, lib: crate::model::Library) -> u8 {
    // The host key only matters to SSH; a web-only room makes none.
    let key = match serve.ssh.map(|_| ssh::host_key(&serve.host_key)).transpose() {
        Ok(k) => k,
        Err(e) => {
            eprintln!("error: the room's host key: {e}");
            eprintln!("help: give another file with --host-key FILE, or remove the damaged one to make a new key");
            return crate::exit::INPUT;
        }
    };
    let fingerprint = key.as_ref().map(ssh::fingerprint).unwrap_or_default();
    let headless = serve.room.headless;
    let idle = serve.room.idle;
    let room = Room::new(serve.room, content, lib);
    // Best effort: a room whose parsers are not made yet makes them as keys arrive.
    let _ = std::thread::Builder::new().name("parsers".into()).spawn(|| input::warm_parsers(input::WARM_PARSERS));
    let writer = match room.start_writer() {
        Ok(w) => w,
        Err(e) => {
            eprintln!("error: cannot start the room's writer: {e}");
            return crate::exit::INPUT;
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the network runtime: {e}");
            return crate::exit::INPUT;
        }
    };
    let (close_tx, close_rx) = tokio::sync::watch::channel(false);
    let mut ssh_bound = None;
    if let (Some(addr), Some(key)) = (serve.ssh, key) {
        let listener = match runtime.block_on(tokio::net::TcpListener::bind(addr)) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("error: cannot listen for SSH on {addr}: {e}");
                eprintln!("help: choose another address or port with --ssh ADDR:PORT (ports below 1024 need root)");
                return crate::exit::USAGE;
            }
        };
        let bound = listener.local_addr().unwrap_or(addr);
        let config = Arc::new(ssh::config(key, idle));
        runtime.spawn(ssh::serve(room.clone(), listener, config, close_rx.clone()));
        ssh_bound = Some(bound);
    }
    let mut web_bound = None;
    if let Some(addr) = serve.web {
        let listener = match runtime.block_on(tokio::net::TcpListener::bind(addr)) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("error: cannot listen for the web page on {addr}: {e}");
                eprintln!("help: choose another address or port with --web ADDR:PORT, or turn it off with --no-web");
                return crate::exit::USAGE;
            }
        };
        web_bound = Some(listener.local_addr().unwrap_or(addr));
        runtime.spawn(web::serve(room.clone(), listener, close_rx.clone()));
    }
    let join = console::JoinInfo::new(&room.cfg.code, ssh_bound, web_bound, fingerprint)
        .with_facilitator(&room.cfg.facilitator_code);
    // Logged in headless mode too: scripts and tests read the ports from these lines.
    if headless {
        if let Some(bound) = ssh_bound {
            eprintln!("redflag serve: ssh listening on {bound}");
            eprintln!("redflag serve: join with: {}", join.command());
            eprintln!("redflag serve: host key {}", join.fingerprint);
        }
        if let Some(bound) = web_bound {
            eprintln!("redflag serve: web listening on {bound}");
            eprintln!("redflag serve: open {}", join.link().unwrap_or_default());
        }
        eprintln!("redflag serve: {}", join.report_where());
        eprintln!("redflag serve: results to {}", room.cfg.results.display());
        wait_for_signal(&runtime, serve.max);
    } else if let Err(e) = console::run(&room, &join, &runtime, serve.max) {
        eprintln!("error: the console failed: {e}; closing the room");
    }
    close(&room, close_tx);
    room.finish_writing(writer);
    runtime.shutdown_timeout(Duration::from_millis(300));
    if headless {
        eprintln!("redflag serve: closed; {} record(s) in {}", room.written().len(), room.cfg.results.display());
    }
    crate::exit::OK
}

/// Waits for Ctrl-C, SIGTERM or SIGHUP, or until `max` has passed.
fn wait_for_signal(runtime: &tokio::runtime::Runtime, max: Option<Duration>) {
    let limit = async move {
        match max {
            Some(d) => tokio::time::sleep(d).await,
            None => std::future::pending().await,
        }
    };
    let signals = async {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let (Ok(mut term), Ok(mut hup), Ok(mut int)) =
                (signal(SignalKind::terminate()), signal(SignalKind::hangup()), signal(SignalKind::interrupt()))
            else {
                let _ = tokio::signal::ctrl_c().await;
                return;
            };
            tokio::select! {
                _ = term.recv() => {}
                _ = hup.recv() => {}
                _ = int.recv() => {}
            }
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
    };
    runtime.block_on(async {
        tokio::select! {
            _ = signals => {}
            _ = limit => {}
        }
    });
}

/// Closes the room: no new connections, every game says goodbye and sends its record; waits a moment for them.
fn close(room: &Room, close_tx: tokio::sync::watch::Sender<bool>) {
    let _ = close_tx.send(true);
    room.close();
    let deadline = Instant::now() + CLOSE_WAIT;
    while room.players() > 0 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
}
