//! What `play` asks at a real terminal (through tmux, on a socket of its own): a participant code that looks like a
//! name, before plain mode and before the TUI; and plain mode's offer of each session left part-way (issue 19).

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::*;

struct Tmux {
    socket: String,
}

impl Tmux {
    /// A tmux server of this test's own, running `redflag ARGS` with its home in `home`; None without tmux.
    fn start(name: &str, home: &Path, args: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("skipped: tmux is not installed");
            return None;
        }
        let t = Tmux { socket: format!("redflag-{name}-{}", std::process::id()) };
        let cmd = format!(
            "env LANG=C LC_ALL=C LANGUAGE= NO_COLOR=1 XDG_CONFIG_HOME={h}/config XDG_DATA_HOME={h}/data HOME={h} {bin} \
             {args}; echo EXITED $?; sleep 30",
            h = home.display(),
            bin = env!("CARGO_BIN_EXE_redflag"),
        );
        assert!(t.tmux(&["new-session", "-d", "-x", "100", "-y", "30", "-s", "p", &cmd]).status.success());
        Some(t)
    }

    fn tmux(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux").args(["-L", &self.socket]).args(args).output().unwrap()
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-J", "-t", "p"]).stdout).to_string()
    }

    fn wait_for(&self, want: &str) -> bool {
        let end = Instant::now() + Duration::from_secs(10);
        while Instant::now() < end {
            if self.screen().contains(want) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        false
    }

    fn send(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "p"];
        args.extend(keys);
        self.tmux(&args);
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
    }
}

#[test]
fn plain_mode_asks_about_a_name_like_code_and_offers_each_paused_session() {
    let home = tempfile::TempDir::new().unwrap();
    let res = home.path().join("r.jsonl");
    // Two sessions left part-way, by a script: dream-job, then wrong-number.
    for (id, input) in [("dream-job", "\n1\n"), ("wrong-number", "1\n")] {
        redflag_home(home.path())
            .args(["play", id, "--plain", "--seed", "1", "--country", "KE"])
            .write_stdin(input)
            .assert()
            .success();
    }
    let args = format!("play --plain --country KE --participant MariaSantos --results {}", res.display());
    let Some(t) = Tmux::start("plain", home.path(), &args) else { return };
    assert!(t.wait_for("“MariaSantos” looks like a name"), "{}", t.screen());
    t.send(&["P07", "Enter"]);
    // The one played last is offered first; declined, the other is offered.
    assert!(t.wait_for("You left “Wrong number” part-way"), "{}", t.screen());
    t.send(&["2", "Enter"]);
    assert!(t.wait_for("You left “The dream job” part-way"), "{}", t.screen());
    t.send(&["1", "Enter"]);
    assert!(t.wait_for("Type a number"), "{}", t.screen());
    t.send(&["q", "Enter"]);
    assert!(t.wait_for("EXITED 0"), "{}", t.screen());
    let (records, _) = redflag::results::read(&res).unwrap();
    assert_eq!(records.len(), 1, "{records:?}");
    assert_eq!(records[0].scenario, "dream-job");
    assert_eq!(records[0].participant.as_deref(), Some("P07"), "the code typed instead of the name");
}

#[test]
fn the_tui_asks_about_a_name_like_code_before_it_opens() {
    let content = mini();
    let home = tempfile::TempDir::new().unwrap();
    let args = format!("play --country KE --participant Christopher --content {}", content.path().display());
    let Some(t) = Tmux::start("tui", home.path(), &args) else { return };
    assert!(t.wait_for("“Christopher” looks like a name"), "{}", t.screen());
    // Enter keeps it: a word can be a code too.
    t.send(&["Enter"]);
    assert!(t.wait_for("A small test"), "the title screen: {}", t.screen());
    t.send(&["q"]);
    t.send(&["y"]);
    assert!(t.wait_for("EXITED 0"), "{}", t.screen());
}
