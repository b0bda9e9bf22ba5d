//! The real binary in a real terminal, through tmux: see scripts/tmux-play.sh and scripts/tmux-signals.sh.

mod common;

use std::process::Command;

fn tmux_missing() -> bool {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("skipped: tmux is not installed");
        return true;
    }
    false
}

fn run(script: &str, extra: &[&std::ffi::OsStr]) -> String {
    let out = Command::new("bash")
        .arg(format!("{}/scripts/{script}", env!("CARGO_MANIFEST_DIR")))
        .arg(env!("CARGO_BIN_EXE_redflag"))
        .args(extra)
        .output()
        .expect("run the script");
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{text}");
    text
}

#[test]
fn plays_in_a_real_terminal_and_restores_it() {
    if tmux_missing() {
        return;
    }
    assert!(run("tmux-play.sh", &[]).contains("terminal restored"));
}

#[test]
fn signals_and_panics_restore_the_terminal_and_keep_the_session() {
    if tmux_missing() {
        return;
    }
    let dir = common::mini();
    let text = run("tmux-signals.sh", &[dir.path().as_os_str()]);
    for case in ["TERM", "HUP", "INT", "QUIT", "panic"] {
        assert!(text.contains(&format!("ok: {case}: terminal restored")), "{text}");
    }
    assert!(text.contains("ok: TSTP: suspended and resumed"), "{text}");
}
