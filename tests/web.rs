//! `redflag serve --web` as a browser meets it: the real binary, started headless on a free loopback port, driven
//! by a WebSocket client (tokio-tungstenite) and raw HTTP requests. Every server stops by itself (`--max-seconds`).

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tempfile::TempDir;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

struct Server {
    child: Child,
    addr: SocketAddr,
    results: PathBuf,
    log: Arc<Mutex<Vec<String>>>,
    _dir: TempDir,
    _content: TempDir,
}

impl Server {
    fn start(extra: &[&str]) -> Server {
        let dir = TempDir::new().unwrap();
        let content = common::mini();
        let results = dir.path().join("room.jsonl");
        let mut child = Command::new(env!("CARGO_BIN_EXE_redflag"))
            .env("LANG", "C")
            .env("LC_ALL", "C")
            .env("NO_COLOR", "1")
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .arg("--content")
            .arg(content.path())
            .args(["--country", "KE", "serve", "--headless", "--no-ssh", "--web", "127.0.0.1:0"])
            .args(["--code", "ROOM7", "--max-seconds", "120", "--results"])
            .arg(&results)
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start the server");
        let stderr = child.stderr.take().unwrap();
        let log = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let sink = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(a) = line.strip_prefix("redflag serve: web listening on ") {
                    let _ = tx.send(a.parse::<SocketAddr>().unwrap());
                }
                sink.lock().unwrap().push(line);
            }
        });
        let addr = rx.recv_timeout(Duration::from_secs(20)).expect("the server says where it listens");
        assert!(addr.ip().is_loopback());
        Server { child, addr, results, log, _dir: dir, _content: content }
    }

    fn records(&self) -> Vec<serde_json::Value> {
        std::fs::read_to_string(&self.results)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).expect("each record is one whole JSON line"))
            .collect()
    }

    fn log(&self) -> String {
        self.log.lock().unwrap().join("\n")
    }

    fn wait_for_records(&self, n: usize) -> Vec<serde_json::Value> {
        self.wait_until(|r| r.len() >= n)
    }

    fn wait_until(&self, done: impl Fn(&[serde_json::Value]) -> bool) -> Vec<serde_json::Value> {
        let until = Instant::now() + Duration::from_secs(10);
        while !done(&self.records()) && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(50));
        }
        self.records()
    }

    /// A raw HTTP/1.1 GET, so that the path goes to the server exactly as written (no client tidies `..`).
    fn get(&self, path: &str, headers: &[&str]) -> (u16, String, Vec<u8>) {
        let mut s = std::net::TcpStream::connect(self.addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let mut req = format!("GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n", self.addr);
        for h in headers {
            req.push_str(h);
            req.push_str("\r\n");
        }
        req.push_str("\r\n");
        s.write_all(req.as_bytes()).unwrap();
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).unwrap();
        let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("a whole response");
        let head = String::from_utf8_lossy(&raw[..split]).to_string();
        let status = head.split(' ').nth(1).unwrap().parse().unwrap();
        (status, head.to_ascii_lowercase(), raw[split + 4..].to_vec())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
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
    let server = Server::start(&["--workshop", "W9"]);
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
    let server = Server::start(&[]);
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
    let server = Server::start(&[]);
    let mut tab = open(&server, "WRONG", None).await.unwrap();
    tab.pump(Duration::from_secs(3)).await;
    assert!(tab.closed, "the socket closes after the message");
    assert_eq!(tab.texts.len(), 1, "{:?}", tab.texts);
    let msg: serde_json::Value = serde_json::from_str(&tab.texts[0]).unwrap();
    assert!(msg["refused"].as_str().unwrap().contains("room code is not right"), "{msg}");
    assert!(tab.text().trim().is_empty(), "no game drew anything: {}", tab.text());
    assert!(server.log().contains("refused a player: wrong room code"), "{}", server.log());
    assert!(!server.log().contains("joined"));
    assert!(server.records().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_from_another_site_cannot_open_a_session() {
    let server = Server::start(&[]);
    let err = open(&server, "ROOM7", Some("http://evil.example")).await.err().expect("refused");
    match err {
        tokio_tungstenite::tungstenite::Error::Http(r) => assert_eq!(r.status(), 403),
        e => panic!("expected 403, got {e}"),
    }
    assert!(server.log().contains("another site"), "{}", server.log());
    assert!(!server.log().contains("joined"));
}

#[test]
fn only_the_embedded_files_are_served() {
    let server = Server::start(&[]);
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
    let server = Server::start(&[]);
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
