//! The first step of an author or a translator with only the binary: every "next:" line a command prints works
//! when copied as it is, run by a shell in an empty folder.

mod common;

use std::path::Path;

use common::*;

/// Runs one line as a shell would, with the binary under test first on PATH as `redflag`.
fn shell(dir: &Path, line: &str) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("redflag");
    let path = format!("{}:{}", bin.parent().unwrap().display(), std::env::var("PATH").unwrap_or_default());
    let mut cmd = std::process::Command::new("sh");
    cmd.arg("-c").arg(line).current_dir(dir).env("PATH", path).stdin(std::process::Stdio::null());
    // The same pinned environment as `redflag()`: no system language, config and records in a scratch place.
    let home = tempfile::TempDir::new().unwrap().keep();
    cmd.env("LANG", "C").env("LC_ALL", "C").env("LANGUAGE", "").env("NO_COLOR", "1");
    cmd.env("XDG_CONFIG_HOME", home.join("config")).env("XDG_DATA_HOME", home.join("data")).env("HOME", &home);
    cmd.output().unwrap()
}

/// Runs `line` in `dir`, then every "next:" line it printed, each of which must succeed; returns those lines.
fn follow(dir: &Path, line: &str) -> Vec<String> {
    let out = shell(dir, line);
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "{line}: {stdout}{}", String::from_utf8_lossy(&out.stderr));
    let next: Vec<String> =
        stdout.lines().filter_map(|l| l.strip_prefix("next: ")).map(str::to_string).collect::<Vec<_>>();
    assert!(!next.is_empty(), "{line} printed no next step: {stdout}");
    for n in &next {
        let out = shell(dir, n);
        assert!(
            out.status.success(),
            "`{n}` (printed by `{line}`) failed with {:?}:\n{}{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    next
}

#[test]
fn new_in_an_empty_folder_prints_next_steps_that_work() {
    for how in ["", " --content .", " --content-add ."] {
        let dir = tempfile::TempDir::new().unwrap();
        let next = follow(dir.path(), &format!("redflag new night-shift{how}"));
        assert_eq!(next, ["redflag check --content-add .", "redflag play night-shift --content-add ."], "{how}");
        assert!(dir.path().join("scenarios/night-shift.toml").is_file());
        // The hints inside the new file work too.
        let toml = std::fs::read_to_string(dir.path().join("scenarios/night-shift.toml")).unwrap();
        let hints: Vec<&str> = toml
            .lines()
            .filter_map(|l| l.strip_prefix("# ").and_then(|l| l.split_once(':')).map(|(_, c)| c.trim()))
            .filter(|c| c.starts_with("redflag "))
            .flat_map(|c| c.split("     and     "))
            .collect();
        assert_eq!(hints.len(), 4, "{toml}");
        for h in hints {
            let out = shell(dir.path(), h);
            assert!(out.status.success(), "`{h}`: {}", String::from_utf8_lossy(&out.stderr));
        }
    }
}

#[test]
fn new_in_a_folder_with_a_space_quotes_it() {
    let dir = tempfile::TempDir::new().unwrap();
    std::fs::create_dir(dir.path().join("my scenarios")).unwrap();
    let next = follow(dir.path(), "redflag new night-shift --content-add 'my scenarios'");
    assert_eq!(next[0], "redflag check --content-add 'my scenarios'");
}

#[test]
fn locales_init_in_an_empty_folder_prints_a_next_step_that_works() {
    let dir = tempfile::TempDir::new().unwrap();
    let next = follow(dir.path(), "redflag locales init km");
    assert_eq!(next, ["redflag check --content-add ."]);
    assert!(dir.path().join("locales/km/ui.ftl").is_file());
}

#[test]
fn export_writes_the_shipped_content_that_checks_clean_on_its_own() {
    let dir = tempfile::TempDir::new().unwrap();
    let next = follow(dir.path(), "redflag export mine");
    assert_eq!(next, ["redflag check --content mine"]);
    for f in ["scenarios/dream-job.toml", "scenarios/redflags.toml", "locales/en/ui.ftl", "locales/vi/dream-job.ftl"] {
        let ours = std::fs::read(dir.path().join("mine").join(f)).unwrap();
        assert_eq!(ours, std::fs::read(repo().join(f)).unwrap(), "{f}");
    }
    // A second export refuses rather than overwrite an author's changes.
    std::fs::write(dir.path().join("mine/scenarios/dream-job.toml"), "# mine now\n").unwrap();
    redflag()
        .current_dir(dir.path())
        .args(["export", "mine"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("exists already"));
    assert_eq!(std::fs::read_to_string(dir.path().join("mine/scenarios/dream-job.toml")).unwrap(), "# mine now\n");
}
