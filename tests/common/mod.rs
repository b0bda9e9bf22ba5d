//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod server;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The game binary, with the environment pinned so the system locale does not change what tests see.
pub fn redflag() -> Command {
    let mut cmd = Command::cargo_bin("redflag").expect("binary built");
    cmd.env("LANG", "C").env("LC_ALL", "C").env("LANGUAGE", "").env("NO_COLOR", "1");
    cmd.env("XDG_CONFIG_HOME", std::env::temp_dir().join("redflag-test-config"));
    cmd.env("XDG_DATA_HOME", std::env::temp_dir().join("redflag-test-data"));
    cmd
}

/// The game binary with a home of its own: settings in `home/config/redflag`, progress and kept records in
/// `home/data/redflag`, so a test can see every file the game leaves.
pub fn redflag_home(home: &Path) -> Command {
    let mut cmd = redflag();
    cmd.env("XDG_CONFIG_HOME", home.join("config")).env("XDG_DATA_HOME", home.join("data")).env("HOME", home);
    cmd
}

/// Every file under a folder, as paths relative to it, sorted.
pub fn files_under(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            if e.file_type().unwrap().is_dir() {
                todo.push(e.path());
            } else {
                out.push(e.path().strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    out.sort();
    out
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to.parent().unwrap()).unwrap();
    std::fs::copy(from, to).unwrap_or_else(|e| panic!("copy {}: {e}", from.display()));
}

/// A content folder with the shipped catalogues and interface words, and the small test scenario `mini`.
pub fn mini() -> TempDir {
    let dir = TempDir::new().unwrap();
    let root = repo();
    for f in ["redflags.toml", "sources.toml", "resources.toml"] {
        copy(&root.join("scenarios").join(f), &dir.path().join("scenarios").join(f));
    }
    for f in ["ui.ftl", "report.ftl", "meta.ftl", "redflags.ftl", "resources.ftl"] {
        copy(&root.join("locales/en").join(f), &dir.path().join("locales/en").join(f));
    }
    let fx = root.join("tests/fixtures/mini");
    copy(&fx.join("scenarios/mini.toml"), &dir.path().join("scenarios/mini.toml"));
    copy(&fx.join("locales/en/mini.ftl"), &dir.path().join("locales/en/mini.ftl"));
    copy(&fx.join("scenarios/quiz.toml"), &dir.path().join("scenarios/quiz.toml"));
    copy(&fx.join("locales/en/quiz.ftl"), &dir.path().join("locales/en/quiz.ftl"));
    dir
}

/// A full copy of the shipped content.
pub fn shipped_copy() -> TempDir {
    let dir = TempDir::new().unwrap();
    copy_tree(&repo().join("scenarios"), &dir.path().join("scenarios"));
    copy_tree(&repo().join("locales"), &dir.path().join("locales"));
    dir
}

pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// Replaces `from` by `to` in a file of a content folder; the text must be there, so a test cannot pass by
/// breaking nothing.
pub fn edit(dir: &Path, rel: &str, from: &str, to: &str) {
    let path = dir.join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} does not contain {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

pub fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// Runs `check --format json` on a folder and returns the exit code and the diagnostics.
pub fn check_json(dir: &Path) -> (i32, Vec<serde_json::Value>) {
    let out = redflag().args(["check", "--format", "json", "--content"]).arg(dir).output().unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("json: {e}\n{}", String::from_utf8_lossy(&out.stdout)));
    (out.status.code().unwrap(), doc["diagnostics"].as_array().unwrap().clone())
}

/// The line number of the first line of a file containing `needle`, to assert positions without hard-coding.
pub fn line_of(dir: &Path, rel: &str, needle: &str) -> u64 {
    let text = std::fs::read_to_string(dir.join(rel)).unwrap();
    text.lines().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle:?} not in {rel}")) as u64 + 1
}

/// Runs a command that must succeed and returns what it printed.
pub fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).expect("UTF-8 output")
}
