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
