//! What one player's game holds on the heap in a room: N games opened through the same seam as SSH and the web
//! (`serve::player::open`, an 80x24 pty), each fed the same keys, counted by an allocator that wraps mimalloc.
//! Prints what the parts of a game hold, then the live heap a player adds after joining and after playing, and
//! the process's RSS. Debug builds hold more; measure with --release.
//!
//! cargo run --release --example player-heap -- 200

use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicIsize, Ordering};
use std::time::Duration;

use redflag::serve::player::{self, Outbound};
use redflag::serve::room::Inbound;
use redflag::serve::{Room, RoomConfig};

struct Counting;
static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        LIVE.fetch_add(l.size() as isize, Ordering::Relaxed);
        unsafe { mimalloc::MiMalloc.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size() as isize, Ordering::Relaxed);
        unsafe { mimalloc::MiMalloc.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        LIVE.fetch_add(n as isize - l.size() as isize, Ordering::Relaxed);
        unsafe { mimalloc::MiMalloc.realloc(p, l, n) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmRSS:")).map(|l| l.to_string()))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
        .unwrap_or(0)
}

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(100);
    let content = redflag::content::Content::load(&Default::default());
    let lib = redflag::content::compile(&content);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let cfg = RoomConfig {
        code: "ROOM7".into(),
        facilitator_code: "FAC123".into(),
        workshop: None,
        scenarios: None,
        lang: None,
        country: Some("PH".into()),
        quiz_pre: false,
        quiz_post: false,
        participant_codes: false,
        quiz_form: None,
        max_players: n + 1,
        idle: Duration::from_secs(600),
        per_minute: 10_000,
        results: dir.path().join("room.jsonl"),
        headless: true,
    };
    let room = Room::new(cfg, content, lib);
    // The parts, each counted alone: the first App pays for what the room shares (parsed Fluent, bundles).
    let kib = |b: isize| (LIVE.load(Ordering::Relaxed) - b) as f64 / 1024.0;
    let app = || {
        let store = redflag::store::Store { config_dir: None, data_dir: None };
        redflag::tui::App::new(redflag::tui::AppConfig::new(room.content.clone(), room.lib.clone(), store))
    };
    let first = app();
    let b = LIVE.load(Ordering::Relaxed);
    let second = app();
    println!("an App (after the first): {:.1} KiB", kib(b));
    let b = LIVE.load(Ordering::Relaxed);
    let term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).expect("a test terminal");
    println!("a terminal at 80x24 (its two buffers and the test backend's): {:.1} KiB", kib(b));
    let b = LIVE.load(Ordering::Relaxed);
    let parser = termwiz::input::InputParser::new();
    println!("a termwiz input parser (borrowed only while a key arrives): {:.1} KiB", kib(b));
    let t = std::time::Instant::now();
    for _ in 0..100 {
        drop(termwiz::input::InputParser::new());
    }
    println!("making one: {:.0} µs", t.elapsed().as_secs_f64() * 1e6 / 100.0);
    drop((first, second, term, parser));
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let (heap0, rss0) = (LIVE.load(Ordering::Relaxed), rss_kib());
    let mut links = Vec::new();
    for _ in 0..n {
        let link = player::open(room.clone(), true, Some((80, 24)), None).expect("a game");
        let mut from_game = link.from_game;
        // Frames are read and dropped, as a transport that sends them on would.
        rt.spawn(async move { while let Some(Outbound::Data(_)) = from_game.recv().await {} });
        links.push(link.to_game);
    }
    std::thread::sleep(Duration::from_millis(1500));
    let (heap1, rss1) = (LIVE.load(Ordering::Relaxed), rss_kib());
    // Into the first scenario, past its content note, and a few choices; the players' keys spread over each
    // 400 ms, as people in a room do not press keys in the same millisecond.
    for key in ["\r", "\r", "\r", "1", "\r", "1", "\r", "1", "\r", "1", "\r"] {
        for to_game in &links {
            let _ = to_game.send(Inbound::Data(key.as_bytes().to_vec()));
            std::thread::sleep(Duration::from_millis(400) / n as u32);
        }
    }
    std::thread::sleep(Duration::from_millis(3000));
    let (heap2, rss2) = (LIVE.load(Ordering::Relaxed), rss_kib());
    let per = |a: isize, b: isize| (b - a) as f64 / n as f64 / 1024.0;
    let per_rss = |a: u64, b: u64| (b as f64 - a as f64) / n as f64;
    println!("players {n}");
    println!("joined:  heap {:.1} KiB a player, RSS {:.1} KiB a player", per(heap0, heap1), per_rss(rss0, rss1));
    println!("played:  heap {:.1} KiB a player, RSS {:.1} KiB a player", per(heap0, heap2), per_rss(rss0, rss2));
    for to_game in &links {
        let _ = to_game.send(Inbound::Closed);
    }
    std::thread::sleep(Duration::from_millis(500));
}
