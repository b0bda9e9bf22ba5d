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

/// A private tmux server (its own socket) running one pane; killed when dropped.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(cols: u16, rows: u16, cmd: &str) -> Tmux {
        let socket = format!("redflag-scripts-{}-{}", std::process::id(), cmd.len());
        let t = Tmux { socket };
        let ok = t.run(&["new-session", "-d", "-x", &cols.to_string(), "-y", &rows.to_string(), "-s", "s", cmd]);
        assert!(ok.status.success(), "tmux new-session: {}", String::from_utf8_lossy(&ok.stderr));
        t
    }

    fn run(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux").arg("-L").arg(&self.socket).args(args).output().expect("run tmux")
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "s"]).stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "s"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    /// The screen once it stops changing (bubbles appear one by one, a redraw takes a moment).
    fn settled(&self) -> String {
        let mut last = String::new();
        for _ in 0..100 {
            std::thread::sleep(std::time::Duration::from_millis(150));
            let now = self.screen();
            // A blank screen is the game still starting, not a settled one.
            if now == last && !now.trim().is_empty() {
                return now;
            }
            last = now;
        }
        last
    }

    /// Where tmux's cursor is after printing `text` from the left edge: the columns tmux gives it.
    fn columns_of(&self, text: &str) -> usize {
        self.run(&["respawn-pane", "-k", "-t", "s", &format!("printf '\\033[H%s' '{text}'; sleep 30")]);
        std::thread::sleep(std::time::Duration::from_millis(150));
        let out = self.run(&["display-message", "-p", "-t", "s", "#{cursor_x}"]);
        String::from_utf8_lossy(&out.stdout).trim().parse().expect("cursor_x")
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

/// A terminal's columns for a text: each code point's own width, added up (what tmux, xterm and VTE do).
fn terminal_width(s: &str) -> usize {
    use unicode_width::UnicodeWidthChar;
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Every box on a captured screen: each row between a top corner and its bottom corner has a side border in
/// the corner's column on both sides.
fn check_borders(screen: &str, what: &str) {
    let rows: Vec<Vec<(usize, char)>> = screen
        .lines()
        .map(|l| {
            let mut col = 0;
            l.chars()
                .map(|c| {
                    let at = col;
                    col += terminal_width(&c.to_string());
                    (at, c)
                })
                .collect()
        })
        .collect();
    let at =
        |y: usize, x: usize| rows[y].iter().find(|(c, ch)| *c == x && terminal_width(&ch.to_string()) > 0).map(|p| p.1);
    for l in screen.lines() {
        assert!(terminal_width(l) <= 80, "{what}: a row wider than the terminal: {l:?}");
    }
    for (y, row) in rows.iter().enumerate() {
        for &(x1, ch) in row {
            if ch != '╭' {
                continue;
            }
            let x2 = row.iter().find(|(c, ch)| *c > x1 && *ch == '╮').map(|p| p.0);
            let Some(x2) = x2 else { panic!("{what}: row {y}: a box opened at column {x1} has no corner:\n{screen}") };
            let mut closed = false;
            for y2 in y + 1..rows.len() {
                match (at(y2, x1), at(y2, x2)) {
                    (Some('╰'), Some('╯')) => {
                        closed = true;
                        break;
                    }
                    (Some('│'), Some('│')) => {}
                    (a, b) => panic!(
                        "{what}: row {y2}: the box from row {y} has {a:?} in column {x1} and {b:?} in column {x2}:\n{screen}"
                    ),
                }
            }
            assert!(closed, "{what}: the box from row {y} never closes:\n{screen}");
        }
    }
}

/// `family` in Hindi and Thai in a real terminal at 80x24: tmux's own widths for Devanagari conjuncts and Thai
/// vowel signs are what the game counts, every box keeps its right border in its column on every screen, and
/// each screen is the same as a full redraw of it (no stray vowel sign left from an earlier one).
#[test]
fn family_in_hindi_and_thai_keeps_every_border_in_a_real_terminal() {
    assert!(
        Command::new("tmux").arg("-V").output().is_ok_and(|o| o.status.success()),
        "this test needs tmux (apt-get install tmux): it is the real terminal the borders are checked in"
    );
    // tmux's widths are the game's widths.
    let probe = Tmux::start(80, 5, "sleep 30");
    for text in ["स्त्री", "च्छी", "क्ट्री", "क्ष", "ज़िं", "का", "กำ", "ที่", "ผู้หญิง", "ข้อเสนอ"]
    {
        assert_eq!(probe.columns_of(text), redflag::tui::text::width(text), "tmux and the game differ on {text:?}");
    }
    drop(probe);

    let bin = env!("CARGO_BIN_EXE_redflag");
    for lang in ["hi", "th"] {
        let home = tempfile::TempDir::new().unwrap();
        let cmd = format!(
            "env LANG=C.UTF-8 TERM=xterm-256color XDG_CONFIG_HOME={0}/c XDG_DATA_HOME={0}/d '{bin}' play family \
             --seed 1 --lang {lang} --country PH; sleep 30",
            home.path().display()
        );
        let t = Tmux::start(80, 24, &cmd);
        let mut screens = 0;
        let mut last = String::new();
        for step in 0..40 {
            let mut s = t.settled();
            if step % 3 == 0 {
                // Compared with a full redraw below: let the chat's typing pauses ("…" on a row of its own) end
                // first, or the redraw shows the next bubble. The frames while it types are still checked above.
                for _ in 0..40 {
                    if !s.lines().any(|l| l.trim_matches(|c| c == '│' || c == ' ') == "…") {
                        break;
                    }
                    check_borders(&s, &format!("{lang} step {step}, typing"));
                    std::thread::sleep(std::time::Duration::from_millis(250));
                    s = t.settled();
                }
            }
            let what = format!("{lang} step {step}");
            check_borders(&s, &what);
            if step % 3 == 0 {
                // A full redraw (resize away and back) draws the same screen: nothing stale was left.
                t.run(&["resize-window", "-t", "s", "-x", "81"]);
                t.settled();
                t.run(&["resize-window", "-t", "s", "-x", "80"]);
                let again = t.settled();
                assert_eq!(s, again, "{what}: the screen differs from a full redraw of it");
            }
            if s != last {
                screens += 1;
            }
            last = s;
            t.keys(&["Enter"]);
        }
        assert!(screens > 10, "{lang}: only {screens} different screens in 40 steps:\n{last}");
    }
}

/// A terminal that cannot place the cursor gets the line-by-line game, not a full screen.
#[test]
fn term_dumb_plays_in_plain_mode() {
    if tmux_missing() {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_redflag");
    let home = tempfile::TempDir::new().unwrap();
    let t = Tmux::start(
        80,
        24,
        &format!(
            "env LANG=C.UTF-8 TERM=dumb XDG_CONFIG_HOME={0}/c XDG_DATA_HOME={0}/d '{bin}' play dream-job --seed 1 \
             --lang en --country PH; sleep 30",
            home.path().display()
        ),
    );
    let s = t.settled();
    assert!(s.contains("== The dream job =="), "{s}");
    assert!(s.contains("Press Enter to continue."), "{s}");
    assert!(!s.contains('╭'), "{s}");
}
