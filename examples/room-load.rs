//! A room under load: N participants on loopback, over SSH (or WebSockets with `--web`, as phones join), each with
//! an 80x24 terminal, playing scripted keys at a human-ish
//! pace, and the time from each keypress to the first byte of the frame it causes.
//!
//! `cargo build --release && cargo run --release --example room-load -- --players 300`
//!
//! By default it starts `target/release/redflag serve` itself on 127.0.0.1 (a free port, `--max-seconds` so it
//! stops by itself) and reads the server's memory and CPU from /proc. `--server ADDR` measures a room that is
//! already running instead (then without the server's figures). It only ever connects to loopback.
//!
//! Prints one line a facilitator's laptop can be judged by:
//! `players N, p50 X ms, p99 Y ms, errors E, server RSS Z MiB` and the details under it.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Parser;
use redflag::serve::probe::{Got, Probe};
use tokio::sync::Mutex;

#[derive(Parser)]
struct Args {
    /// Participants, all connected at once
    #[arg(long, default_value_t = 300)]
    players: usize,
    /// Keys each participant presses
    #[arg(long, default_value_t = 30)]
    keys: usize,
    /// Pause between a frame and the next key, in milliseconds (a person reads before pressing)
    #[arg(long, default_value_t = 1000)]
    think_ms: u64,
    /// New connections per second while the room fills
    #[arg(long, default_value_t = 50)]
    join_rate: u64,
    /// A room already running (its code must be ROOM7 or given with --code); default: start one
    #[arg(long)]
    server: Option<SocketAddr>,
    /// The room code
    #[arg(long, default_value = "ROOM7")]
    code: String,
    /// The redflag binary to start
    #[arg(long, default_value = "target/release/redflag")]
    bin: PathBuf,
    /// Join as browsers do, over the web transport's WebSocket (`--server` is then the web address)
    #[arg(long)]
    web: bool,
}

/// One participant's connection, whichever transport.
enum Client {
    Ssh(Probe),
    Web(Box<WebProbe>),
}

type WebProbe = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

impl Client {
    async fn join(web: bool, addr: SocketAddr, code: &str) -> Result<Client, String> {
        if !web {
            return Probe::join(addr, code, Some((80, 24))).await.map(Client::Ssh).map_err(|e| e.to_string());
        }
        use tokio_tungstenite::tungstenite::client::IntoClientRequest;
        let mut req =
            format!("ws://{addr}/ws?code={code}&cols=80&rows=24").into_client_request().map_err(|e| e.to_string())?;
        req.headers_mut().insert("origin", format!("http://{addr}").parse().map_err(|_| "origin".to_string())?);
        let (ws, _) = tokio_tungstenite::connect_async(req).await.map_err(|e| e.to_string())?;
        Ok(Client::Web(Box::new(ws)))
    }

    async fn send(&mut self, key: &[u8]) -> Result<(), String> {
        match self {
            Client::Ssh(p) => p.send(key).await.map_err(|e| e.to_string()),
            Client::Web(ws) => {
                use futures_util::SinkExt;
                ws.send(tokio_tungstenite::tungstenite::Message::binary(key.to_vec())).await.map_err(|e| e.to_string())
            }
        }
    }

    async fn recv(&mut self, wait: Duration) -> Got {
        match self {
            Client::Ssh(p) => p.recv(wait).await,
            Client::Web(ws) => {
                use futures_util::StreamExt;
                use tokio_tungstenite::tungstenite::Message;
                let end = tokio::time::Instant::now() + wait;
                loop {
                    match tokio::time::timeout_at(end, ws.next()).await {
                        Ok(Some(Ok(Message::Binary(b)))) => return Got::Data(b.to_vec()),
                        Ok(Some(Ok(Message::Ping(_) | Message::Pong(_) | Message::Frame(_)))) => continue,
                        Ok(Some(Ok(Message::Text(_)))) => continue,
                        Ok(Some(Ok(Message::Close(_)))) | Ok(Some(Err(_))) | Ok(None) => return Got::Closed,
                        Err(_) => return Got::Nothing,
                    }
                }
            }
        }
    }

    async fn close(self) {
        match self {
            Client::Ssh(p) => {
                let _ = p.channel.eof().await;
            }
            Client::Web(mut ws) => {
                let _ = ws.close(None).await;
            }
        }
    }
}

#[derive(Default)]
struct Tally {
    latencies: Vec<Duration>,
    /// Keys that drew nothing within two seconds (a key the screen ignores): not latencies, not errors.
    silent: usize,
    errors: Vec<String>,
    joined: usize,
}

fn main() -> std::process::ExitCode {
    let args = Args::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a runtime");
    runtime.block_on(run(args))
}

async fn run(args: Args) -> std::process::ExitCode {
    let dir = tempfile::TempDir::new().expect("a temporary folder");
    let mut server = None;
    let addr = match args.server {
        Some(a) if a.ip().is_loopback() => a,
        Some(a) => {
            eprintln!("error: {a} is not a loopback address; this load test only connects to this machine");
            return std::process::ExitCode::from(2);
        }
        None => match start(&args, &dir) {
            Ok((child, a)) => {
                server = Some(child);
                a
            }
            Err(e) => {
                eprintln!("error: cannot start the server: {e}");
                eprintln!("help: build it first with `cargo build --release`, or give --bin PATH");
                return std::process::ExitCode::FAILURE;
            }
        },
    };
    let pid = server.as_ref().map(|c| c.id());
    let rss_empty = pid.and_then(rss_kib);

    let tally = Arc::new(Mutex::new(Tally::default()));
    let all_joined = Arc::new(tokio::sync::Barrier::new(args.players + 1));
    let go = Arc::new(tokio::sync::Notify::new());
    let started = Instant::now();
    let mut tasks = Vec::new();
    for i in 0..args.players {
        let tally = tally.clone();
        let all_joined = all_joined.clone();
        let go = go.clone();
        let code = args.code.clone();
        let (keys, think, web) = (args.keys, Duration::from_millis(args.think_ms), args.web);
        tasks.push(tokio::spawn(async move {
            let mut probe = match Client::join(web, addr, &code).await {
                Ok(p) => Some(p),
                Err(e) => {
                    tally.lock().await.errors.push(format!("player {i}: join: {e}"));
                    None
                }
            };
            if let Some(p) = probe.as_mut() {
                if quiet(p, Duration::from_millis(300), Duration::from_secs(20)).await {
                    tally.lock().await.joined += 1;
                } else {
                    tally.lock().await.errors.push(format!("player {i}: no title screen"));
                    probe = None;
                }
            }
            // Everyone waits for the whole room before the first key, so the keys are timed with N players in.
            let notified = go.notified();
            all_joined.wait().await;
            notified.await;
            if let Some(p) = probe {
                play(i, p, keys, think, &tally).await;
            }
        }));
        tokio::time::sleep(Duration::from_millis(1000 / args.join_rate.max(1))).await;
    }
    all_joined.wait().await;
    let fill = started.elapsed();
    let rss_full = pid.and_then(rss_kib);
    // With everyone in and nobody pressing a key, the server should do nothing.
    let idle_cpu = match pid {
        Some(pid) => cpu_share(pid, Duration::from_secs(3)).await,
        None => None,
    };
    go.notify_waiters();
    let playing = Instant::now();
    // The server's size while the room plays, sampled twice a second: its peak is what a room of N costs.
    let sampler = pid.map(|pid| {
        tokio::spawn(async move {
            let mut peak = 0;
            loop {
                peak = rss_kib(pid).unwrap_or(0).max(peak);
                tokio::time::sleep(Duration::from_millis(500)).await;
                if STOP_SAMPLING.load(std::sync::atomic::Ordering::Relaxed) {
                    return peak;
                }
            }
        })
    });
    for t in tasks {
        let _ = t.await;
    }
    let play_time = playing.elapsed();
    STOP_SAMPLING.store(true, std::sync::atomic::Ordering::Relaxed);
    let rss_peak = match sampler {
        Some(s) => s.await.ok(),
        None => None,
    };
    let rss_end = pid.and_then(rss_kib);
    if let Some(mut child) = server {
        unsafe_terminate(&mut child);
    }

    let mut t = std::mem::take(&mut *tally.lock().await);
    t.latencies.sort();
    let pct = |p: f64| -> f64 {
        if t.latencies.is_empty() {
            return f64::NAN;
        }
        let i = ((t.latencies.len() as f64 - 1.0) * p).round() as usize;
        t.latencies[i].as_secs_f64() * 1000.0
    };
    let rss = rss_full.map(|k| format!("{:.1} MiB", k as f64 / 1024.0)).unwrap_or_else(|| "n/a".into());
    println!(
        "{}players {}, p50 {:.1} ms, p99 {:.1} ms, errors {}, server RSS {rss}",
        if args.web { "web " } else { "" },
        args.players,
        pct(0.5),
        pct(0.99),
        t.errors.len()
    );
    println!("  joined {} of {} in {:.1} s", t.joined, args.players, fill.as_secs_f64());
    println!(
        "  keys timed {}, silent {}, max {:.1} ms, play time {:.1} s",
        t.latencies.len(),
        t.silent,
        pct(1.0),
        play_time.as_secs_f64()
    );
    if let (Some(empty), Some(full)) = (rss_empty, rss_full) {
        let per = (full.saturating_sub(empty)) as f64 / 1024.0 / args.players.max(1) as f64;
        println!(
            "  server RSS empty {:.1} MiB, full {:.1} MiB, per player {:.2} MiB",
            empty as f64 / 1024.0,
            full as f64 / 1024.0,
            per
        );
        if let Some(peak) = rss_peak {
            let per = (peak.saturating_sub(empty)) as f64 / 1024.0 / args.players.max(1) as f64;
            println!("  server RSS at its peak while playing {:.1} MiB, per player {per:.2} MiB", peak as f64 / 1024.0);
        }
        if let Some(end) = rss_end {
            println!("  server RSS once everyone has left {:.1} MiB", end as f64 / 1024.0);
        }
    }
    if let Some(cpu) = idle_cpu {
        println!("  server CPU with {} players in and idle: {:.2} % of one core", t.joined, cpu * 100.0);
    }
    for e in t.errors.iter().take(10) {
        println!("  error: {e}");
    }
    if t.errors.is_empty() { std::process::ExitCode::SUCCESS } else { std::process::ExitCode::FAILURE }
}

/// A participant's keys: into the first scenario and through it, as a person who picks the first choice and reads
/// each page. Every key is sent once the screen has settled, and timed to the first byte that answers it.
async fn play(i: usize, mut p: Client, keys: usize, think: Duration, tally: &Mutex<Tally>) {
    let script: &[&[u8]] = &[b"1", b"\r", b"1", b"\r", b"\x1b[B", b"\x1b[A"];
    for k in 0..keys {
        tokio::time::sleep(think).await;
        if !quiet(&mut p, Duration::from_millis(100), Duration::from_secs(5)).await {
            tally.lock().await.errors.push(format!("player {i}: the screen never settled"));
            return;
        }
        let key = script[k % script.len()];
        let sent = Instant::now();
        if let Err(e) = p.send(key).await {
            tally.lock().await.errors.push(format!("player {i}: send: {e}"));
            return;
        }
        match p.recv(Duration::from_secs(2)).await {
            Got::Data(_) => tally.lock().await.latencies.push(sent.elapsed()),
            Got::Nothing => tally.lock().await.silent += 1,
            Got::Closed => {
                tally.lock().await.errors.push(format!("player {i}: the server closed the connection"));
                return;
            }
        }
    }
    p.close().await;
}

/// Reads until nothing arrives for `gap` (the frame is complete, any animation done); false if the connection
/// closed or the output never paused within `limit`.
async fn quiet(p: &mut Client, gap: Duration, limit: Duration) -> bool {
    let end = Instant::now() + limit;
    let mut seen = false;
    while Instant::now() < end {
        match p.recv(gap).await {
            Got::Data(_) => seen = true,
            Got::Nothing => return seen || Instant::now() + gap < end,
            Got::Closed => return false,
        }
    }
    false
}

/// Set when the play is over, to end the sampling of the server's size.
static STOP_SAMPLING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn start(args: &Args, dir: &tempfile::TempDir) -> std::io::Result<(Child, SocketAddr)> {
    let seconds = 120 + args.players as u64 / args.join_rate.max(1) + args.keys as u64 * (args.think_ms / 1000 + 3);
    let mut child = Command::new(&args.bin)
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .env("LANG", "C.UTF-8")
        .args([
            "--country",
            "PH",
            "serve",
            "--headless",
            "--ssh",
            "127.0.0.1:0",
            "--web",
            "127.0.0.1:0",
            "--code",
            &args.code,
        ])
        .arg("--max-players")
        .arg((args.players + 10).to_string())
        .args(["--max-connections-per-minute", "100000", "--max-seconds"])
        .arg(seconds.to_string())
        .arg("--results")
        .arg(dir.path().join("room.jsonl"))
        .arg("--host-key")
        .arg(dir.path().join("host_key"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()?;
    let stderr = child.stderr.take().expect("piped");
    let (tx, rx) = std::sync::mpsc::channel();
    let listening = if args.web { "redflag serve: web listening on " } else { "redflag serve: ssh listening on " };
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(a) = line.strip_prefix(listening)
                && let Ok(a) = a.parse::<SocketAddr>()
            {
                let _ = tx.send(a);
            }
        }
    });
    match rx.recv_timeout(Duration::from_secs(30)) {
        Ok(a) => Ok((child, a)),
        Err(_) => {
            let _ = child.kill();
            Err(std::io::Error::other("the server did not say where it listens within 30 s"))
        }
    }
}

fn unsafe_terminate(child: &mut Child) {
    let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
    let until = Instant::now() + Duration::from_secs(5);
    while Instant::now() < until {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Resident memory of a process, in KiB (Linux).
fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The share of one core a process used over `span` (Linux; user + system time).
async fn cpu_share(pid: u32, span: Duration) -> Option<f64> {
    let ticks = || -> Option<u64> {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        // The command name may hold spaces; the fields after its closing parenthesis are fixed.
        let rest = &stat[stat.rfind(')')? + 2..];
        let f: Vec<&str> = rest.split_whitespace().collect();
        Some(f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?)
    };
    let before = ticks()?;
    tokio::time::sleep(span).await;
    let after = ticks()?;
    // Linux reports these in clock ticks of 1/100 s on every architecture it runs on today.
    Some((after - before) as f64 / 100.0 / span.as_secs_f64())
}
