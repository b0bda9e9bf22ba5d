//! `redflag serve` as participants meet it: the real binary, started headless on a free loopback port, driven by
//! SSH clients (russh, and OpenSSH in tmux). Every server stops by itself (`--max-seconds`) if a test fails first.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::server::Server;
use redflag::serve::probe::{Got, Probe};

/// A room in Kenya (so no player is asked for a country) on SSH only, with `extra` options for `serve`.
fn start(extra: &[&str]) -> Server {
    start_in(&["--country", "KE"], extra)
}

fn start_in(global: &[&str], extra: &[&str]) -> Server {
    Server::start("ssh", global, &["--ssh", "127.0.0.1:0", "--no-web"], extra)
}

struct Screen {
    parser: vt100::Parser,
    closed: bool,
}

impl Screen {
    fn new(cols: u16, rows: u16) -> Screen {
        Screen {
            parser: vt100::Parser::new(std::num::NonZero::new(rows).unwrap(), std::num::NonZero::new(cols).unwrap(), 0),
            closed: false,
        }
    }

    fn text(&self) -> String {
        self.parser.screen().contents()
    }

    /// Reads output until the screen shows `want` or `wait` passes.
    async fn until(&mut self, p: &mut Probe, want: &str, wait: Duration) -> bool {
        let end = Instant::now() + wait;
        loop {
            if self.text().contains(want) {
                return true;
            }
            let left = end.saturating_duration_since(Instant::now());
            if left.is_zero() || self.closed {
                return false;
            }
            match p.recv(left.min(Duration::from_millis(200))).await {
                Got::Data(d) => self.parser.process(&d),
                Got::Closed => self.closed = true,
                Got::Nothing => {}
            }
        }
    }

    /// Takes whatever arrives within `wait`.
    async fn drain(&mut self, p: &mut Probe, wait: Duration) {
        let end = Instant::now() + wait;
        while !self.closed {
            let left = end.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return;
            }
            match p.recv(left).await {
                Got::Data(d) => self.parser.process(&d),
                Got::Closed => self.closed = true,
                Got::Nothing => return,
            }
        }
    }
}

/// Plays from wherever the player is to the debrief: "1" chooses the first option, Enter continues.
async fn play_to_debrief(p: &mut Probe, s: &mut Screen) {
    for i in 0..60 {
        if s.text().contains("What happened") {
            return;
        }
        p.send(if i % 2 == 0 { b"1" } else { b"\r" }).await.unwrap();
        s.drain(p, Duration::from_millis(150)).await;
    }
    panic!("never reached the debrief; the screen:\n{}", s.text());
}

async fn join(server: &Server, code: &str) -> (Probe, Screen) {
    let p = Probe::join(server.addr, code, Some((80, 24))).await.expect("join");
    (p, Screen::new(80, 24))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_player_joins_plays_to_an_ending_and_the_record_is_written() {
    let server = start(&["--workshop", "W9"]);
    let (mut p, mut s) = join(&server, "ROOM7").await;
    assert!(s.until(&mut p, "A small test", Duration::from_secs(10)).await, "title screen:\n{}", s.text());
    play_to_debrief(&mut p, &mut s).await;
    p.send(b"t").await.unwrap();
    let until = Instant::now() + Duration::from_secs(10);
    while server.records().is_empty() && Instant::now() < until {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let records = server.records();
    assert_eq!(records.len(), 1, "{}", server.log());
    assert_eq!(records[0]["scenario"], "mini");
    assert_eq!(records[0]["finished"], true);
    assert_eq!(records[0]["workshop"], "W9");
    // The log names players by number only.
    assert!(server.log().contains("player 1 joined"));
    assert!(!server.log().contains("127.0.0.1:") || server.log().matches("127.0.0.1:").count() == 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_code_gets_a_kind_message_and_the_connection_closes() {
    let server = start(&[]);
    let (mut p, mut s) = join(&server, "WRONG").await;
    assert!(s.until(&mut p, "room code is not right", Duration::from_secs(10)).await, "{}", s.text());
    s.drain(&mut p, Duration::from_secs(3)).await;
    assert!(s.closed, "the connection closes after the message");
    assert!(server.records().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exec_sftp_port_forwarding_and_a_second_shell_are_refused() {
    let server = start(&[]);
    let handle = redflag::serve::probe::connect(server.addr, "ROOM7").await.unwrap();

    let mut exec = handle.channel_open_session().await.unwrap();
    exec.exec(true, "cat /etc/passwd").await.unwrap();
    let mut refused = false;
    while let Ok(Some(msg)) = tokio::time::timeout(Duration::from_secs(5), exec.wait()).await {
        match msg {
            russh::ChannelMsg::Failure | russh::ChannelMsg::Close | russh::ChannelMsg::Eof => {
                refused = true;
                break;
            }
            russh::ChannelMsg::Data { data } => panic!("exec produced output: {:?}", String::from_utf8_lossy(&data)),
            _ => {}
        }
    }
    assert!(refused, "exec must be refused");

    let handle = redflag::serve::probe::connect(server.addr, "ROOM7").await.unwrap();
    let mut sftp = handle.channel_open_session().await.unwrap();
    sftp.request_subsystem(true, "sftp").await.unwrap();
    let mut refused = false;
    while let Ok(Some(msg)) = tokio::time::timeout(Duration::from_secs(5), sftp.wait()).await {
        if matches!(msg, russh::ChannelMsg::Failure | russh::ChannelMsg::Close) {
            refused = true;
            break;
        }
        assert!(!matches!(msg, russh::ChannelMsg::Success | russh::ChannelMsg::Data { .. }), "{msg:?}");
    }
    assert!(refused, "sftp must be refused");

    let handle = redflag::serve::probe::connect(server.addr, "ROOM7").await.unwrap();
    let fwd = handle.channel_open_direct_tcpip("127.0.0.1", 22, "127.0.0.1", 5555).await;
    assert!(fwd.is_err(), "port forwarding must be refused");
    let remote = handle.tcpip_forward("127.0.0.1", 0).await;
    assert!(remote.is_err(), "remote forwarding must be refused");

    let log = server.log();
    assert!(log.contains("refused an exec request"), "{log}");
    assert!(log.contains("refused a subsystem request"), "{log}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_huge_pty_is_clamped_and_the_game_still_draws() {
    let server = start(&[]);
    let mut p = Probe::join(server.addr, "ROOM7", Some((10_000, 10_000))).await.unwrap();
    let mut s = Screen::new(500, 200);
    assert!(s.until(&mut p, "A small test", Duration::from_secs(10)).await, "{}", s.text());
    // The frame was drawn for at most 500 x 200: the vt100 screen of that size holds it whole, and its last row
    // (the key hints) is there.
    let last = s.parser.screen().contents_between(199, 0, 199, 500);
    assert!(last.contains("quit"), "the bottom row of a 500x200 frame: {last:?}");
    // And a normal player is unaffected.
    let (mut q, mut t) = join(&server, "ROOM7").await;
    assert!(t.until(&mut q, "A small test", Duration::from_secs(10)).await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn garbage_and_a_drop_mid_frame_leave_the_server_and_others_unaffected() {
    let server = start(&[]);
    let (mut a, mut sa) = join(&server, "ROOM7").await;
    assert!(sa.until(&mut a, "A small test", Duration::from_secs(10)).await);

    // A hostile client: a flood of random bytes and broken escape sequences, then gone without a goodbye.
    let (b, _) = join(&server, "ROOM7").await;
    let mut junk = Vec::new();
    let mut x: u32 = 0x1234_5678;
    for _ in 0..64 * 1024 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        junk.push((x & 0xff) as u8);
    }
    junk.extend_from_slice(b"\x1b[<0;99999;99999M\x1b[9999999999999A\x1b]0;title\x07\x1b[");
    for chunk in junk.chunks(4096) {
        let _ = b.send(chunk).await;
    }
    let _ = b.resize(0, 0).await;
    drop(b);

    // Another drops while a frame is on its way (a resize makes the server draw a full frame).
    let (c, _) = join(&server, "ROOM7").await;
    let _ = c.resize(200, 60).await;
    drop(c);

    // The first player plays on.
    play_to_debrief(&mut a, &mut sa).await;
    assert!(server.log().contains("player 1 joined"));
    assert!(!server.log().contains("panicked"), "{}", server.log());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_ends_every_session_with_goodbye_and_writes_every_record() {
    let mut server = start(&[]);
    let mut players = Vec::new();
    for _ in 0..3 {
        let (mut p, mut s) = join(&server, "ROOM7").await;
        assert!(s.until(&mut p, "A small test", Duration::from_secs(10)).await);
        // Into the scenario, one choice made.
        p.send(b"1").await.unwrap();
        s.drain(&mut p, Duration::from_millis(200)).await;
        p.send(b"1").await.unwrap();
        // The feedback of the choice (the status line says "went past" from the start, so wait for the box).
        assert!(s.until(&mut p, "What this choice means", Duration::from_secs(5)).await, "{}", s.text());
        players.push((p, s));
    }
    let started = Instant::now();
    let status = server.terminate();
    assert!(started.elapsed() < Duration::from_secs(2), "closing took {:?}", started.elapsed());
    assert!(status.success(), "{status:?}");
    let records = server.records();
    assert_eq!(records.len(), 3, "{}", server.log());
    for r in &records {
        assert_eq!(r["finished"], false);
        assert_eq!(r["path"].as_array().unwrap().len(), 1, "the one choice made before the end");
    }
    for (mut p, mut s) in players {
        assert!(s.until(&mut p, "Thank you for playing", Duration::from_secs(3)).await, "{}", s.text());
        assert!(s.text().contains("Where to get help"), "{}", s.text());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_participant_who_drops_and_comes_back_resumes_into_one_record() {
    let mut server = start(&["--participant-codes"]);
    let (mut p, mut s) = join(&server, "ROOM7").await;
    assert!(s.until(&mut p, "participant code", Duration::from_secs(10)).await, "{}", s.text());
    p.send(b"Maria Santos\r").await.unwrap();
    assert!(s.until(&mut p, "try again", Duration::from_secs(5)).await, "a name is refused: {}", s.text());
    for _ in 0.."Maria Santos".len() {
        p.send(b"\x7f").await.unwrap();
    }
    p.send(b"P01\r").await.unwrap();
    assert!(s.until(&mut p, "A small test", Duration::from_secs(5)).await);
    p.send(b"1").await.unwrap();
    s.drain(&mut p, Duration::from_millis(200)).await;
    p.send(b"1").await.unwrap();
    assert!(s.until(&mut p, "went past", Duration::from_secs(5)).await);
    // The Wi-Fi drops.
    drop(p);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(server.records().is_empty(), "a dropped participant's session waits to be resumed");

    let (mut p, mut s) = join(&server, "ROOM7").await;
    assert!(s.until(&mut p, "participant code", Duration::from_secs(10)).await);
    p.send(b"P01\r").await.unwrap();
    assert!(s.until(&mut p, "Resume", Duration::from_secs(5)).await, "{}", s.text());
    p.send(b"1").await.unwrap();
    s.drain(&mut p, Duration::from_millis(200)).await;
    play_to_debrief(&mut p, &mut s).await;
    p.send(b"t").await.unwrap();
    s.drain(&mut p, Duration::from_millis(300)).await;
    server.terminate();
    let records = server.records();
    assert_eq!(records.len(), 1, "one person-session, one record: {records:?}");
    assert_eq!(records[0]["participant"], "P01");
    assert_eq!(records[0]["finished"], true);
    // The path begins where the first connection began.
    assert_eq!(records[0]["path"][0]["choice"], "apply");
    assert_eq!(records[0]["path"][1]["choice"], "pay");
}

/// A participant code that looks like a name is questioned on joining: another code replaces it, Enter keeps it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_code_that_looks_like_a_name_is_questioned_on_joining() {
    let mut server = start(&["--participant-codes"]);
    let (mut p, mut s) = join(&server, "ROOM7").await;
    assert!(s.until(&mut p, "participant code", Duration::from_secs(10)).await, "{}", s.text());
    p.send(b"MariaSantos\r").await.unwrap();
    assert!(s.until(&mut p, "looks like a name", Duration::from_secs(5)).await, "{}", s.text());
    assert!(!s.text().contains("A small test"), "not in the game yet: {}", s.text());
    p.send(b"P02\r").await.unwrap();
    assert!(s.until(&mut p, "A small test", Duration::from_secs(5)).await, "{}", s.text());
    play_to_debrief(&mut p, &mut s).await;
    p.send(b"t").await.unwrap();
    s.drain(&mut p, Duration::from_millis(300)).await;

    let (mut p, mut s) = join(&server, "ROOM7").await;
    assert!(s.until(&mut p, "participant code", Duration::from_secs(10)).await, "{}", s.text());
    p.send(b"Christopher\r").await.unwrap();
    assert!(s.until(&mut p, "looks like a name", Duration::from_secs(5)).await, "{}", s.text());
    p.send(b"\r").await.unwrap();
    assert!(s.until(&mut p, "A small test", Duration::from_secs(5)).await, "Enter keeps it: {}", s.text());
    drop(p);
    server.terminate();
    let records = server.records();
    assert_eq!(records[0]["participant"], "P02", "{records:?}");
    assert!(records.iter().all(|r| r["participant"] != "MariaSantos"), "{records:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connection_without_a_pty_plays_in_plain_mode() {
    let mut server = start(&[]);
    let mut p = Probe::join(server.addr, "ROOM7", None).await.unwrap();
    let mut text = String::new();
    let mut read_until = async |p: &mut Probe, want: &str| {
        let end = Instant::now() + Duration::from_secs(10);
        while !text.contains(want) && Instant::now() < end {
            if let Got::Data(d) = p.recv(Duration::from_millis(200)).await {
                text.push_str(&String::from_utf8_lossy(&d));
            }
        }
        text.contains(want)
    };
    assert!(read_until(&mut p, "A small test").await);
    p.send(b"1\n").await.unwrap();
    assert!(read_until(&mut p, "Apply now").await);
    p.send(b"1\n\n1\n\n\n").await.unwrap();
    assert!(read_until(&mut p, "Where to get help").await);
    let _ = p.channel.eof().await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    server.terminate();
    let records = server.records();
    assert_eq!(records.len(), 1, "{}", server.log());
    assert_eq!(records[0]["finished"], true);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_room_country_an_english_player_picks_one_and_gets_its_help() {
    let server = start_in(&[], &[]);
    let (mut p, mut s) = join(&server, "ROOM7").await;
    assert!(s.until(&mut p, "Kenya", Duration::from_secs(10)).await, "the country picker: {}", s.text());
    p.send(b"Uganda").await.unwrap();
    s.drain(&mut p, Duration::from_millis(300)).await;
    p.send(b"\r").await.unwrap();
    assert!(s.until(&mut p, "A small test", Duration::from_secs(5)).await, "{}", s.text());
    play_to_debrief(&mut p, &mut s).await;
    for _ in 0..40 {
        if s.text().contains("Uganda") {
            break;
        }
        p.send(b"\x1b[B").await.unwrap();
        s.drain(&mut p, Duration::from_millis(60)).await;
    }
    assert!(s.text().contains("Uganda"), "help for Uganda at the ending: {}", s.text());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_room_says_so() {
    let server = start(&["--max-players", "1"]);
    let (mut a, mut sa) = join(&server, "ROOM7").await;
    assert!(sa.until(&mut a, "A small test", Duration::from_secs(10)).await);
    let (mut b, mut sb) = join(&server, "ROOM7").await;
    assert!(sb.until(&mut b, "room is full", Duration::from_secs(10)).await, "{}", sb.text());
}

#[test]
fn openssh_in_a_real_terminal_joins_and_plays() {
    if Command::new("tmux").arg("-V").output().is_err() || Command::new("ssh").arg("-V").output().is_err() {
        eprintln!("skipped: tmux or the OpenSSH client is not installed");
        return;
    }
    let server = start(&[]);
    let tmux = |args: &[&str]| Command::new("tmux").args(["-L", "redflag-serve-test"]).args(args).output().unwrap();
    let ssh = format!(
        "ssh -F /dev/null -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -p {} ROOM7@127.0.0.1",
        server.addr.port()
    );
    tmux(&["kill-server"]);
    assert!(tmux(&["new-session", "-d", "-x", "80", "-y", "24", "-s", "p", &ssh]).status.success());
    let capture = || String::from_utf8_lossy(&tmux(&["capture-pane", "-p", "-t", "p"]).stdout).to_string();
    let wait_for = |want: &str| {
        let end = Instant::now() + Duration::from_secs(10);
        while Instant::now() < end {
            if capture().contains(want) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        false
    };
    assert!(wait_for("A small test"), "{}", capture());
    tmux(&["send-keys", "-t", "p", "1"]);
    assert!(wait_for("Apply now"), "{}", capture());
    // The borders are whole at 80 columns: every line of the pane fits.
    assert!(capture().lines().all(|l| unicode_width(l) <= 80));
    tmux(&["send-keys", "-t", "p", "q"]);
    assert!(wait_for("Leave"), "{}", capture());
    tmux(&["kill-server"]);
}

fn unicode_width(s: &str) -> usize {
    s.chars().count()
}
