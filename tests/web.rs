//! `redflag serve --web` as a browser meets it: the real binary, started headless on a free loopback port, driven
//! by a WebSocket client (tokio-tungstenite) and raw HTTP requests. Every server stops by itself (`--max-seconds`).

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::server::Server;
use tempfile::TempDir;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

/// A room in Kenya on the web only, with `extra` options for `serve`.
fn start(extra: &[&str]) -> Server {
    Server::start("web", &["--country", "KE"], &["--no-ssh", "--web", "127.0.0.1:0"], extra)
}

type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// A browser tab: the WebSocket, and the terminal that shows what arrives.
struct Tab {
    ws: Socket,
    parser: vt100::Parser,
    texts: Vec<String>,
    closed: bool,
}

async fn open(server: &Server, code: &str, origin: Option<&str>) -> Result<Tab, tokio_tungstenite::tungstenite::Error> {
    let url = format!("ws://{}/ws?code={code}&cols=80&rows=24", server.addr);
    let mut req = url.into_client_request().unwrap();
    let origin = origin.map(str::to_string).unwrap_or_else(|| format!("http://{}", server.addr));
    req.headers_mut().insert("origin", origin.parse().unwrap());
    let (ws, _) = tokio_tungstenite::connect_async(req).await?;
    Ok(Tab {
        ws,
        parser: vt100::Parser::new(std::num::NonZero::new(24).unwrap(), std::num::NonZero::new(80).unwrap(), 0),
        texts: Vec::new(),
        closed: false,
    })
}

impl Tab {
    fn text(&self) -> String {
        self.parser.screen().contents()
    }

    async fn send(&mut self, bytes: &[u8]) {
        use futures_util::SinkExt;
        let _ = self.ws.send(Message::binary(bytes.to_vec())).await;
    }

    /// Takes what arrives within `wait`.
    async fn pump(&mut self, wait: Duration) {
        use futures_util::StreamExt;
        let end = Instant::now() + wait;
        while !self.closed {
            let left = end.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return;
            }
            match tokio::time::timeout(left, self.ws.next()).await {
                Ok(Some(Ok(Message::Binary(b)))) => self.parser.process(&b),
                Ok(Some(Ok(Message::Text(t)))) => self.texts.push(t.to_string()),
                Ok(Some(Ok(Message::Close(_)))) | Ok(Some(Err(_))) | Ok(None) => self.closed = true,
                Ok(Some(Ok(_))) => {}
                Err(_) => return,
            }
        }
    }

    async fn until(&mut self, want: &str, wait: Duration) -> bool {
        let end = Instant::now() + wait;
        while !self.text().contains(want) && !self.closed && Instant::now() < end {
            self.pump(Duration::from_millis(100)).await;
        }
        self.text().contains(want)
    }

    async fn play_to_debrief(&mut self) {
        for i in 0..60 {
            if self.text().contains("What happened") {
                return;
            }
            self.send(if i % 2 == 0 { b"1" } else { b"\r" }).await;
            self.pump(Duration::from_millis(150)).await;
        }
        panic!("never reached the debrief; the screen:\n{}", self.text());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_browser_joins_plays_to_an_ending_and_the_record_is_written() {
    let server = start(&["--workshop", "W9"]);
    let mut tab = open(&server, "ROOM7", None).await.expect("join");
    assert!(tab.until("A small test", Duration::from_secs(10)).await, "title screen:\n{}", tab.text());
    // A tap on the terminal is a mouse report, as xterm.js sends it; taps and keys reach the same game.
    tab.play_to_debrief().await;
    tab.send(b"t").await;
    let records = server.wait_for_records(1);
    assert_eq!(records.len(), 1, "{}", server.log());
    assert_eq!(records[0]["scenario"], "mini");
    assert_eq!(records[0]["finished"], true);
    assert_eq!(records[0]["workshop"], "W9");
    assert!(server.log().contains("player 1 joined"));
    // No address of a player in the log.
    assert!(!server.log().contains(&format!("127.0.0.1:{}", server.addr.port() + 1)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resize_redraws_at_the_new_size() {
    use futures_util::SinkExt;
    let server = start(&[]);
    let mut tab = open(&server, "ROOM7", None).await.unwrap();
    assert!(tab.until("A small test", Duration::from_secs(10)).await);
    tab.ws.send(Message::text(r#"{"resize":[100,30]}"#)).await.unwrap();
    tab.parser = vt100::Parser::new(std::num::NonZero::new(30).unwrap(), std::num::NonZero::new(100).unwrap(), 0);
    tab.pump(Duration::from_millis(500)).await;
    let last = tab.parser.screen().contents_between(29, 0, 29, 100);
    assert!(last.contains("quit"), "the key hints on row 30 of a 100x30 frame: {last:?}\n{}", tab.text());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_code_is_refused_with_a_message_and_no_game_starts() {
    let server = start(&[]);
    let mut tab = open(&server, "WRONG", None).await.unwrap();
    tab.pump(Duration::from_secs(3)).await;
    assert!(tab.closed, "the socket closes after the message");
    assert_eq!(tab.texts.len(), 1, "{:?}", tab.texts);
    let msg: serde_json::Value = serde_json::from_str(&tab.texts[0]).unwrap();
    assert!(msg["refused"].as_str().unwrap().contains("room code is not right"), "{msg}");
    assert!(tab.text().trim().is_empty(), "no game drew anything: {}", tab.text());
    assert!(server.log_with("refused a player: wrong room code").contains("refused a player"), "{}", server.log());
    assert!(!server.log().contains("joined"));
    assert!(server.records().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_from_another_site_cannot_open_a_session() {
    let server = start(&[]);
    let err = open(&server, "ROOM7", Some("http://evil.example")).await.err().expect("refused");
    match err {
        tokio_tungstenite::tungstenite::Error::Http(r) => assert_eq!(r.status(), 403),
        e => panic!("expected 403, got {e}"),
    }
    // The server's log is read as it is written: wait for the line rather than look once.
    assert!(server.log_with("another site").contains("another site"), "{}", server.log());
    assert!(!server.log().contains("joined"));
}

#[test]
fn only_the_embedded_files_are_served() {
    let server = start(&[]);
    let (status, head, body) = server.get("/?code=ROOM7", &[]);
    assert_eq!(status, 200);
    let page = String::from_utf8(body).unwrap();
    assert!(page.contains(r#"<script src="/vendor/xterm/xterm.js" defer></script>"#), "{page}");
    assert!(page.contains("Room code"), "the page's words come from Fluent: {page}");
    assert!(!page.contains("{{"), "every placeholder filled: {page}");
    assert!(head.contains("content-security-policy: default-src 'none'; script-src 'self';"), "{head}");
    assert!(head.contains("cache-control: no-cache"), "{head}");
    assert!(head.contains("x-content-type-options: nosniff"), "{head}");

    let (status, head, body) = server.get("/vendor/xterm/xterm.js", &[]);
    assert_eq!(status, 200);
    assert!(head.contains("content-type: text/javascript"), "{head}");
    assert!(head.contains("cache-control: public, max-age="), "{head}");
    assert!(body.len() > 100_000);
    let etag = head.lines().find_map(|l| l.strip_prefix("etag: ")).expect("an ETag").to_string();
    let (status, _, body) = server.get("/vendor/xterm/xterm.js", &[&format!("If-None-Match: {etag}")]);
    assert_eq!(status, 304);
    assert!(body.is_empty());
    let (status, head, gz) = server.get("/vendor/xterm/xterm.js", &["Accept-Encoding: gzip"]);
    assert_eq!(status, 200);
    assert!(head.contains("content-encoding: gzip"), "{head}");
    assert!(head.contains("transfer-encoding: chunked") || !gz.is_empty());
    assert_eq!(server.get("/vendor/xterm/LICENSE", &[]).0, 200);

    for path in [
        "/../Cargo.toml",
        "/Cargo.toml",
        "/%2e%2e/Cargo.toml",
        "/vendor/../../Cargo.toml",
        "/vendor/xterm/../../../src/main.rs",
        "//etc/passwd",
        "/web/app.js",
        "/.git/config",
        "/vendor/",
        "/index.html",
        "/app.js%00.txt",
    ] {
        let (status, head, body) = server.get(path, &[]);
        assert_eq!(status, 404, "{path}: {head}");
        assert!(!String::from_utf8_lossy(&body).contains("[package]"), "{path}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oversized_message_and_a_flood_close_only_their_own_socket() {
    use futures_util::SinkExt;
    let server = start(&[]);
    let mut a = open(&server, "ROOM7", None).await.unwrap();
    assert!(a.until("A small test", Duration::from_secs(10)).await);

    // One message of a megabyte: the server refuses it before buffering it, and closes that socket.
    let mut b = open(&server, "ROOM7", None).await.unwrap();
    let _ = b.ws.send(Message::binary(vec![b'x'; 1 << 20])).await;
    b.pump(Duration::from_secs(3)).await;
    assert!(b.closed, "an oversized message closes its socket");

    // A flood of small messages, keys, resizes and broken JSON: dropped beyond the budget.
    let mut c = open(&server, "ROOM7", None).await.unwrap();
    for i in 0..3000u32 {
        let m = match i % 3 {
            0 => Message::binary(vec![b'1'; 1000]),
            1 => Message::text(format!(r#"{{"resize":[{},{}]}}"#, 60 + i % 400, 20 + i % 150)),
            _ => Message::text("{\"resize\":[1e99,"),
        };
        if c.ws.send(m).await.is_err() {
            break;
        }
    }
    drop(c);

    // The first player plays on, to an ending.
    a.play_to_debrief().await;
    a.send(b"t").await;
    let records = server.wait_until(|r| r.iter().any(|r| r["finished"] == true));
    assert!(records.iter().any(|r| r["finished"] == true), "{}", server.log());
    assert!(!server.log().contains("panicked"), "{}", server.log());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_transports_serve_one_room() {
    // SSH and the web together: one room, one results file.
    let dir = TempDir::new().unwrap();
    let content = common::mini();
    let out = Command::new(env!("CARGO_BIN_EXE_redflag"))
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .arg("--content")
        .arg(content.path())
        .args(["serve", "--headless", "--ssh", "127.0.0.1:0", "--web", "127.0.0.1:0", "--max-seconds", "1"])
        .args(["--code", "ROOM7", "--host-key"])
        .arg(dir.path().join("k"))
        .arg("--results")
        .arg(dir.path().join("r.jsonl"))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{log}");
    assert!(log.contains("ssh listening on 127.0.0.1:"), "{log}");
    assert!(log.contains("web listening on 127.0.0.1:"), "{log}");
    assert!(log.contains("open http://127.0.0.1:") && log.contains("/?code=ROOM7"), "{log}");
}

/// The live page's version, from its head.
fn version(head: &str) -> String {
    head.lines().find_map(|l| l.strip_prefix("x-redflag-version: ")).expect("a version").trim().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_report_page_is_served_to_this_machine_and_changes_when_a_player_finishes() {
    let server = start(&["--workshop", "W9", "--participant-codes"]);
    let log = server.log_with("report page for the projector: http://127.0.0.1:");
    assert!(log.contains("report page for the projector: http://127.0.0.1:"), "{log}");
    let (status, head, body) = server.get("/report", &[]);
    assert_eq!(status, 200, "{head}");
    let before = String::from_utf8(body).unwrap();
    assert!(before.starts_with("<!DOCTYPE html>") && before.contains("What the room learned"), "{before}");
    assert!(before.contains("Workshop W9"));
    assert!(before.contains("There are no sessions in these records yet."), "{before}");
    // Its one script is inline and allowed by its hash, in the page and in the header; nothing is cached.
    assert!(
        head.contains("content-security-policy: default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-")
    );
    assert!(head.contains("connect-src 'self'") && head.contains("frame-ancestors 'none'"), "{head}");
    assert!(head.contains("cache-control: no-store"), "{head}");
    assert!(before.contains("<script>") && !before.contains("<script src"), "{before}");
    let v0 = version(&head);
    assert!(before.contains(&format!("<meta name=\"redflag-version\" content=\"{v0}\">")), "{before}");
    // The page's poll: a HEAD with the same answer while nothing has changed.
    let (status, head, body) = server.request("HEAD", "/report", &[]);
    assert_eq!((status, version(&head).as_str(), body.len()), (200, v0.as_str(), 0));

    // A player finishes; the page then counts the session, and its version changes.
    let mut tab = open(&server, "ROOM7", None).await.unwrap();
    assert!(tab.until("participant code", Duration::from_secs(10)).await, "{}", tab.text());
    tab.send(b"ZX-SECRET-7\r").await;
    assert!(tab.until("A small test", Duration::from_secs(10)).await, "{}", tab.text());
    tab.play_to_debrief().await;
    tab.send(b"t").await;
    let records = server.wait_until(|r| r.iter().any(|r| r["finished"] == true));
    assert!(records.iter().any(|r| r["participant"] == "ZX-SECRET-7"), "{records:?}");
    let (status, head, body) = server.get("/report", &[]);
    assert_eq!(status, 200);
    let after = String::from_utf8(body).unwrap();
    assert_ne!(version(&head), v0, "the version names the records shown");
    assert!(after.contains("<li><strong>1</strong> session</li>"), "{after}");
    assert!(after.contains("A small test"), "the scenario played: {after}");
    assert!(!after.contains("ZX-SECRET-7"), "no participant code on the page");
}

#[test]
fn the_report_page_is_refused_to_other_machines_without_the_facilitator_code() {
    let server = start(&["--facilitator-code", "FAC123"]);
    let log = server.log_with("/report?facilitator=FAC123");
    assert!(log.contains("/report?facilitator=FAC123"), "{log}");
    // Through a proxy on this machine (a request from elsewhere, as far as the room can tell).
    let elsewhere = "X-Forwarded-For: 192.168.1.23";
    let (status, head, body) = server.get("/report", &[elsewhere]);
    assert_eq!(status, 403, "{head}");
    let text = String::from_utf8(body).unwrap();
    assert!(text.contains("This page is for the facilitator") && !text.contains("What the room learned"), "{text}");
    let log = server.log_with("refused the report page");
    assert!(log.contains("refused the report page"), "{log}");
    // The room code, which every player has, does not open it; the facilitator code does.
    assert_eq!(server.get("/report?facilitator=ROOM7", &[elsewhere]).0, 403);
    assert_eq!(server.get("/report?code=FAC123", &[elsewhere]).0, 403);
    let (status, _, body) = server.get("/report?facilitator=FAC123", &[elsewhere]);
    assert_eq!(status, 200);
    assert!(String::from_utf8(body).unwrap().contains("What the room learned"));
    // A site whose name is made to point at this machine sends its own name: refused too.
    assert_eq!(server.get("/report", &["Host: rebound.example:8080"]).0, 403);
    assert_eq!(server.get("/report", &["Host: localhost"]).0, 200);
}

#[test]
fn a_room_without_the_web_says_there_is_no_report_page_and_a_bad_facilitator_code_is_an_error() {
    let dir = TempDir::new().unwrap();
    let content = common::mini();
    let out = Command::new(env!("CARGO_BIN_EXE_redflag"))
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .arg("--content")
        .arg(content.path())
        .args(["serve", "--headless", "--ssh", "127.0.0.1:0", "--no-web", "--max-seconds", "1"])
        .args(["--code", "ROOM7", "--host-key"])
        .arg(dir.path().join("k"))
        .arg("--results")
        .arg(dir.path().join("r.jsonl"))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{log}");
    assert!(log.contains("no report page in the browser: the web page is off (--no-web)"), "{log}");
    for (code, says) in [("ROOM7", "is the room code"), ("no spaces", "not a valid facilitator code")] {
        let out = common::redflag()
            .args(["serve", "--headless", "--no-ssh", "--web", "127.0.0.1:0", "--code", "ROOM7"])
            .args(["--facilitator-code", code, "--max-seconds", "1"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{code}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(says), "{}", String::from_utf8_lossy(&out.stderr));
    }
}
