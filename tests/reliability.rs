//! Nothing a room did is lost: the game killed at any moment leaves every earlier record whole and the save
//! resumable. Resize storms and tiny terminals never panic.

mod common;

use std::io::Write;
use std::process::Stdio;

use common::*;
use redflag::content::{Content, ContentSource, compile};
use redflag::engine::Session;
use redflag::store::Store;

#[test]
fn killed_at_random_moments_a_hundred_times() {
    let dir = mini();
    let data = tempfile::TempDir::new().unwrap();
    let res = data.path().join("r.jsonl");
    let bin = assert_cmd::cargo::cargo_bin("redflag");
    let content = Content::load(&ContentSource { replace: Some(dir.path().to_path_buf()), add: vec![] });
    let lib = compile(&content);
    let store = Store { config_dir: None, data_dir: Some(data.path().join("redflag")) };
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let (mut completed, mut good_before) = (0usize, 0usize);
    for i in 0..100u64 {
        // xorshift: a spread of moments to kill at, the same on every run.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let delay_us = state % 60_000;
        let mut child = std::process::Command::new(&bin)
            .args(["play", "mini", "--plain", "--seed"])
            .arg(i.to_string())
            .arg("--results")
            .arg(&res)
            .arg("--content")
            .arg(dir.path())
            .env("LANG", "C")
            .env("XDG_DATA_HOME", data.path())
            .env("XDG_CONFIG_HOME", data.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let _ = stdin.write_all(if i % 3 == 0 { b"1\n1\n" } else { b"2\n\n2\n" });
        drop(stdin);
        std::thread::sleep(std::time::Duration::from_micros(delay_us));
        let _ = child.kill();
        let status = child.wait().unwrap();
        if status.success() {
            completed += 1;
        }
        // Every record written before is still whole; a torn last line costs only itself.
        let (records, bad) = redflag::results::read(&res).unwrap_or_default();
        assert!(records.len() >= good_before, "run {i}: a record was lost ({} < {good_before})", records.len());
        assert!(bad.len() <= i as usize + 1 - completed, "run {i}: only a killed run may leave a torn line: {bad:?}");
        good_before = records.len();
        // The save is whole and resumable against the scenario.
        if let Some(path) = store.progress_path().filter(|p| p.exists()) {
            let text = std::fs::read_to_string(&path).unwrap();
            let progress: redflag::store::Progress = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("run {i}: progress.json is not whole: {e}\n{text}"));
            if let Some(s) = &progress.current {
                Session::replay(&lib.scenarios["mini"], s.seed, &s.path)
                    .unwrap_or_else(|e| panic!("run {i}: not resumable: {e}"));
            }
        }
    }
    let (records, _) = redflag::results::read(&res).unwrap();
    assert!(records.len() >= completed, "every completed session has its record");
    assert!(completed > 0 && completed < 100, "the kills landed at different moments: {completed} completed");
}

#[test]
fn resize_storms_and_tiny_terminals() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use redflag::tui::{App, AppConfig, Input, view};
    let dir = mini();
    let store = tempfile::TempDir::new().unwrap();
    let content = Content::load(&ContentSource { replace: Some(dir.path().to_path_buf()), add: vec![] });
    let lib = compile(&content);
    let mut app = App::new(AppConfig {
        no_color: true,
        scenario: Some("mini".into()),
        ..AppConfig::new(
            content,
            lib,
            Store { config_dir: Some(store.path().into()), data_dir: Some(store.path().into()) },
        )
    });
    app.settings.typing = false;
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let sizes: Vec<(u16, u16)> =
        (0..200).map(|i| (1 + (i * 37 % 220) as u16, 1 + (i * 53 % 70) as u16)).chain([(1, 1), (0, 0)]).collect();
    for (step, (w, h)) in sizes.iter().enumerate() {
        term.backend_mut().resize(*w, *h);
        term.resize(ratatui::layout::Rect::new(0, 0, *w, *h)).unwrap();
        app.update(Input::Resize);
        if step % 50 == 10 {
            app.update(Input::char('2'));
        }
        term.draw(|f| view::draw(&app, f)).unwrap();
    }
    // Back to a normal size: the screen is whole again, and the same as a fresh draw.
    term.backend_mut().resize(80, 24);
    term.resize(ratatui::layout::Rect::new(0, 0, 80, 24)).unwrap();
    term.draw(|f| view::draw(&app, f)).unwrap();
    let after = term.backend().to_string();
    let mut fresh = Terminal::new(TestBackend::new(80, 24)).unwrap();
    fresh.draw(|f| view::draw(&app, f)).unwrap();
    assert_eq!(after, fresh.backend().to_string());
    assert!(after.contains("A small test"), "{after}");
}

#[test]
fn the_game_never_reaches_out_and_only_serve_listens() {
    // Privacy by construction: no HTTP client in the build, and sockets only in `serve`, which listens and never
    // dials (its one client, `serve::probe`, exists for the tests and the load example).
    let lock = std::fs::read_to_string(repo().join("Cargo.lock")).unwrap();
    for krate in ["reqwest", "ureq", "surf", "isahc", "curl", "attohttpc"] {
        assert!(!lock.contains(&format!("name = \"{krate}\"")), "{krate} in Cargo.lock");
    }
    let serve = repo().join("src/serve");
    for entry in walk(&repo().join("src")) {
        let text = std::fs::read_to_string(&entry).unwrap();
        if entry.starts_with(&serve) {
            if !entry.ends_with("probe.rs") {
                for dial in ["::connect(", "TcpStream::connect", "UdpSocket"] {
                    assert!(!text.contains(dial), "{dial} in {}", entry.display());
                }
            }
            continue;
        }
        for net in ["tokio::net", "TcpStream", "UdpSocket", "TcpListener"] {
            assert!(!text.contains(net), "{net} in {}", entry.display());
        }
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn settings_and_progress_are_readable_by_the_user_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::TempDir::new().unwrap();
    let store = Store { config_dir: Some(dir.path().join("c")), data_dir: Some(dir.path().join("d")) };
    store.save_settings(&Default::default()).unwrap();
    store.save_progress(&Default::default()).unwrap();
    for p in [store.settings_path().unwrap(), store.progress_path().unwrap()] {
        let mode = std::fs::metadata(&p).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "{}: {mode:o}", p.display());
    }
}
