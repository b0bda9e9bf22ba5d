//! Content and records that are broken or hostile: every one a clear error with a position and exit 1, never a
//! panic; and text that could drive the terminal never reaches it.

mod common;

use common::*;
use predicates::prelude::*;

/// Runs check on a folder and returns exit code and stderr; fails on any panic or signal.
fn check_of(dir: &std::path::Path) -> (i32, String) {
    let out = redflag().arg("check").arg("--content").arg(dir).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked") && !stderr.contains("overflow"), "{stderr}");
    (out.status.code().expect("exited, not killed by a signal"), stderr)
}

#[test]
fn hostile_toml_is_an_error_with_a_position() {
    let cases: Vec<(&str, String, &str)> = vec![
        ("deep arrays", format!("x = {}{}\n", "[".repeat(50_000), "]".repeat(50_000)), "deep.toml"),
        ("deep tables", format!("x = {}1{}\n", "{a=".repeat(5_000), "}".repeat(5_000)), "deep.toml"),
        ("huge number", "id = \"deep\"\nstart = \"a\"\nminutes = 99999999999999999999999999\n".into(), "deep.toml:3:"),
        ("huge string", format!("id = \"{}\"\n", "x".repeat(3_000_000)), "deep.toml"),
        ("duplicate keys", "id = \"deep\"\nid = \"deep\"\n".into(), "deep.toml:2:"),
        ("empty", String::new(), "deep.toml"),
        ("not toml", "this is not toml at all ][\n".into(), "deep.toml:1:"),
    ];
    for (what, text, expect) in cases {
        let dir = mini();
        write(dir.path(), "scenarios/deep.toml", &text);
        let (code, stderr) = check_of(dir.path());
        assert_eq!(code, 1, "{what}: {stderr}");
        assert!(stderr.contains(expect), "{what}: expected {expect:?} in {stderr}");
    }
}

#[test]
fn invalid_utf8_and_oversized_files_are_refused_by_name() {
    let dir = mini();
    std::fs::write(dir.path().join("scenarios/bad.toml"), b"id = \"\xff\xfe\"\n").unwrap();
    let (code, stderr) = check_of(dir.path());
    assert_eq!(code, 1);
    assert!(stderr.contains("bad.toml") && stderr.contains("not valid UTF-8"), "{stderr}");

    let dir = mini();
    std::fs::write(dir.path().join("locales/en/big.ftl"), vec![b'#'; 5 * 1024 * 1024]).unwrap();
    let (code, stderr) = check_of(dir.path());
    assert_eq!(code, 1);
    assert!(stderr.contains("big.ftl") && stderr.contains("more than the limit"), "{stderr}");
}

#[test]
fn a_folder_where_a_file_should_be() {
    let dir = mini();
    std::fs::create_dir_all(dir.path().join("scenarios/odd.toml")).unwrap();
    let (code, stderr) = check_of(dir.path());
    assert_eq!(code, 1);
    assert!(stderr.contains("odd.toml") && stderr.contains("is a folder where a content file should be"), "{stderr}");
    // And a content folder that is a file.
    let file = dir.path().join("scenarios/mini.toml");
    let (code, stderr) = check_of(&file);
    assert_eq!(code, 1);
    assert!(stderr.contains("is a file, not a content folder"), "{stderr}");
}

#[test]
fn hostile_fluent_is_an_error_with_a_position() {
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "deep placeables",
            format!("deep = {}{}\n", "{".repeat(100_000), "}".repeat(100_000)),
            "placeables and call arguments are nested",
        ),
        (
            "deep selects",
            format!("deep = {} x {}\n", "{ $x -> [a] ".repeat(3_000), " *[b] y }".repeat(3_000)),
            "locales/en/deep.ftl",
        ),
        ("huge placeable", format!("deep = {{ \"{}\" }}\n", "x".repeat(2_000_000)), "deep"),
        ("cycle", "deep-a = { deep-b }\ndeep-b = { deep-a }\n".into(), "refer to each other in a circle"),
        ("term cycle", "-deep-t = { -deep-u }\n-deep-u = { -deep-t }\n".into(), "refer to each other in a circle"),
    ];
    for (what, text, expect) in cases {
        let dir = mini();
        write(dir.path(), "locales/en/deep.ftl", &text);
        let (code, stderr) = check_of(dir.path());
        if what == "huge placeable" {
            // Valid, if silly: no panic is what matters.
            assert!(code == 0 || code == 1, "{what}: {code}");
            continue;
        }
        assert_eq!(code, 1, "{what}: {stderr}");
        assert!(stderr.contains(expect), "{what}: expected {expect:?} in {stderr}");
    }
}

#[test]
fn a_cycle_in_a_translation_falls_back_instead_of_showing_ids() {
    let dir = mini();
    write(
        dir.path(),
        "locales/vi/mini.ftl",
        "mini-title = { mini-summary }\nmini-summary = { mini-title }\nmini-ad-apply = Nộp đơn\n",
    );
    let out = stdout_of(
        redflag()
            .args(["play", "mini", "--plain", "--seed", "1", "--lang", "vi", "--content"])
            .arg(dir.path())
            .write_stdin("q\n"),
    );
    assert!(out.contains("== A small test =="), "English instead of the broken message: {out}");
    assert!(!out.contains("{mini-"), "{out}");
    assert!(out.contains("Nộp đơn"), "{out}");
}

#[test]
fn limits_on_nodes_and_choices() {
    let dir = mini();
    let mut toml = String::from("id = \"big\"\nstart = \"n0\"\nminutes = 5\n");
    for i in 0..2_001 {
        toml.push_str(&format!("[nodes.n{i}]\nending = \"safe\"\n"));
    }
    write(dir.path(), "scenarios/big.toml", &toml);
    let (code, stderr) = check_of(dir.path());
    assert_eq!(code, 1);
    assert!(stderr.contains("2001 nodes, more than the limit of 2000"), "{stderr}");

    let dir = mini();
    let many: Vec<String> = (0..10).map(|i| format!("{{ id = \"c{i}\", goto = \"end-safe\" }}")).collect();
    edit(
        dir.path(),
        "scenarios/mini.toml",
        "[nodes.checked]\nnext = \"chat\"",
        &format!("[nodes.checked]\nchoices = [{}]", many.join(", ")),
    );
    let (code, stderr) = check_of(dir.path());
    assert_eq!(code, 1);
    assert!(stderr.contains("10 choices, more than the limit of 9"), "{stderr}");
}

const NASTY: &str = "\u{1b}[2J\u{1b}[31mRED\u{1b}]0;owned\u{7}\u{7}\u{202e}desrever\u{2066}x\u{9b}31m";

fn assert_clean(what: &str, text: &str) {
    for bad in ['\u{1b}', '\u{7}', '\u{202e}', '\u{2066}', '\u{9b}'] {
        assert!(!text.contains(bad), "{what}: {bad:?} reached the output: {text:?}");
    }
}

#[test]
fn control_characters_never_reach_the_terminal() {
    let dir = mini();
    edit(dir.path(), "locales/en/mini.ftl", "mini-ad = Staff wanted", &format!("mini-ad = {NASTY} Staff wanted"));
    edit(dir.path(), "locales/en/mini.ftl", "mini-ad-apply = Apply now", &format!("mini-ad-apply = Apply {NASTY} now"));
    // Plain mode.
    let out = redflag()
        .args(["play", "mini", "--plain", "--seed", "1", "--content"])
        .arg(dir.path())
        .write_stdin("1\n1\n")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("RED") && text.contains("desrever"), "the text itself stays: {text}");
    assert_clean("plain", &text);
    // check's snippets, with an error on the same line.
    edit(dir.path(), "locales/en/mini.ftl", &format!("mini-ad = {NASTY}"), &format!("mini-ad = {NASTY} {{ $nope }}"));
    let out = redflag().arg("check").arg("--content").arg(dir.path()).output().unwrap();
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(text.contains("$nope"), "{text}");
    assert_clean("check", &text);
    // An id with an escape in it, quoted in a message.
    let dir = mini();
    edit(dir.path(), "scenarios/mini.toml", r#"goto = "end-safe""#, "goto = \"end\\u001b[31m\"");
    let out = redflag().arg("check").arg("--content").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_clean("check id", &String::from_utf8_lossy(&out.stderr));
}

#[test]
fn control_characters_in_records_never_reach_the_report() {
    let dir = tempfile::TempDir::new().unwrap();
    let line = format!(
        r#"{{"format":1,"game":"0.1.0","scenario":"{s}","locale":"en","seed":1,"started":"x","ended":"x","seconds":60,"finished":true,"outcome":"safe","path":[],"spotted":["{s}"],"missed":[]}}"#,
        s = NASTY.replace('\u{1b}', "\\u001b").replace('\u{7}', "\\u0007").replace('\u{9b}', "\\u009b")
    );
    write(dir.path(), "r.jsonl", &format!("{line}\n"));
    for format in ["md", "csv"] {
        let out = redflag().args(["report", "--format", format]).arg(dir.path().join("r.jsonl")).output().unwrap();
        assert!(out.status.success());
        assert_clean(format, &String::from_utf8_lossy(&out.stdout));
    }
}

#[test]
fn records_with_a_newer_format_or_garbage_are_skipped_by_line() {
    let dir = tempfile::TempDir::new().unwrap();
    write(dir.path(), "r.jsonl", "{\"format\":99}\n\u{0}\u{1}garbage\n\n");
    redflag()
        .args(["report"])
        .arg(dir.path().join("r.jsonl"))
        .assert()
        .success()
        .stderr(predicate::str::contains("r.jsonl:1: skipped"))
        .stderr(predicate::str::contains("r.jsonl:2: skipped"))
        .stdout(predicate::str::contains("| sessions | finished | participants |\n|---:|---:|---:|\n| 0 | 0 | 0 |"));
    redflag().args(["report"]).arg(dir.path()).assert().code(1).stderr(predicate::str::contains("is a folder"));
}

/// A translation nested too deep for the parser must not crash the game: errors in a translation do not stop play,
/// so the file is left out and its messages fall back to English.
#[test]
fn a_translation_nested_too_deep_does_not_crash_play() {
    let dir = mini();
    write(dir.path(), "locales/vi/mini.ftl", &format!("mini-title = {}{}\n", "{".repeat(200_000), "}".repeat(200_000)));
    let out = redflag()
        .args(["play", "mini", "--plain", "--seed", "1", "--lang", "vi", "--content"])
        .arg(dir.path())
        .write_stdin("q\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("== A small test =="));
}
