//! A `redflag serve` room for the integration tests of its transports (tests/serve.rs, tests/web.rs): the real
//! binary, headless, on a free loopback port, its log collected, stopped by itself (`--max-seconds`) if a test
//! fails first and killed when the test ends.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tempfile::TempDir;

pub struct Server {
    pub child: Child,
    /// Where the transport named at the start listens.
    pub addr: SocketAddr,
    pub results: PathBuf,
    log: Arc<Mutex<Vec<String>>>,
    _dir: TempDir,
    _content: TempDir,
}

impl Server {
    /// A room with the small test content: `global` options before `serve`, then `serve --headless` with
    /// `serve_args`, the room code ROOM7, its own results file and host key, and `extra`. Returns once the log says
    /// where `transport` (`ssh` or `web`) listens.
    pub fn start(transport: &str, global: &[&str], serve_args: &[&str], extra: &[&str]) -> Server {
        let dir = TempDir::new().unwrap();
        let content = super::mini();
        let results = dir.path().join("room.jsonl");
        let mut child = Command::new(env!("CARGO_BIN_EXE_redflag"))
            .env("LANG", "C")
            .env("LC_ALL", "C")
            .env("NO_COLOR", "1")
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .arg("--content")
            .arg(content.path())
            .args(global)
            .args(["serve", "--headless"])
            .args(serve_args)
            .args(["--code", "ROOM7", "--max-seconds", "120", "--results"])
            .arg(&results)
            .arg("--host-key")
            .arg(dir.path().join("host_key"))
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
        let prefix = format!("redflag serve: {transport} listening on ");
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(a) = line.strip_prefix(&prefix) {
                    let _ = tx.send(a.parse::<SocketAddr>().unwrap());
                }
                sink.lock().unwrap().push(line);
            }
        });
        let addr = rx.recv_timeout(Duration::from_secs(20)).expect("the server says where it listens");
        assert!(addr.ip().is_loopback());
        Server { child, addr, results, log, _dir: dir, _content: content }
    }

    pub fn records(&self) -> Vec<serde_json::Value> {
        std::fs::read_to_string(&self.results)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).expect("each record is one whole JSON line"))
            .collect()
    }

    pub fn log(&self) -> String {
        self.log.lock().unwrap().join("\n")
    }

    /// The log once it holds `needle` (or after 10 s, for the assertion to show what it holds).
    pub fn log_with(&self, needle: &str) -> String {
        let until = Instant::now() + Duration::from_secs(10);
        while !self.log().contains(needle) && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(20));
        }
        self.log()
    }

    pub fn wait_for_records(&self, n: usize) -> Vec<serde_json::Value> {
        self.wait_until(|r| r.len() >= n)
    }

    pub fn wait_until(&self, done: impl Fn(&[serde_json::Value]) -> bool) -> Vec<serde_json::Value> {
        let until = Instant::now() + Duration::from_secs(10);
        while !done(&self.records()) && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(50));
        }
        self.records()
    }

    /// Sends SIGTERM and waits for the server to stop.
    pub fn terminate(&mut self) -> std::process::ExitStatus {
        Command::new("kill").arg("-TERM").arg(self.child.id().to_string()).status().expect("kill");
        let until = Instant::now() + Duration::from_secs(5);
        loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                return s;
            }
            assert!(Instant::now() < until, "the server did not stop within 5 s of SIGTERM");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// A raw HTTP/1.1 request, so that the path goes to the server exactly as written (no client tidies `..`):
    /// the status, the head in lower case, and the body.
    pub fn request(&self, method: &str, path: &str, headers: &[&str]) -> (u16, String, Vec<u8>) {
        let mut s = std::net::TcpStream::connect(self.addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let mut req = format!("{method} {path} HTTP/1.1\r\n");
        if !headers.iter().any(|h| h.to_ascii_lowercase().starts_with("host:")) {
            req.push_str(&format!("Host: {}\r\n", self.addr));
        }
        req.push_str("Connection: close\r\n");
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

    pub fn get(&self, path: &str, headers: &[&str]) -> (u16, String, Vec<u8>) {
        self.request("GET", path, headers)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
