//! The real binary in a real terminal, through tmux: see scripts/tmux-play.sh.

use std::process::Command;

#[test]
fn plays_in_a_real_terminal_and_restores_it() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let out = Command::new("bash")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/tmux-play.sh"))
        .arg(env!("CARGO_BIN_EXE_redflag"))
        .output()
        .expect("run the script");
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{text}");
    assert!(text.contains("terminal restored"), "{text}");
}
