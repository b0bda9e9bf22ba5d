//! What an author checks and reviews: one scenario, one language, warnings denied, the scenario as a script, and
//! a late node played without replaying.

mod common;

use common::*;
use predicates::prelude::*;

#[test]
fn a_new_scenario_passes_deny_warnings_with_one_note_for_its_translations() {
    let dir = tempfile::TempDir::new().unwrap();
    redflag().current_dir(dir.path()).args(["new", "night-shift"]).assert().success();
    let out = redflag()
        .current_dir(dir.path())
        .args(["check", "night-shift", "--content-add", ".", "--deny-warnings"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}{stderr}");
    assert!(!stderr.contains("missing-translation"), "{stderr}");
    assert_eq!(
        stdout.trim(),
        "checked 1 scenario(s) and 8 locale(s): 0 error(s), 0 warning(s); not translated yet, shown in English: \
         night-shift.ftl (7 locale(s))"
    );
}

#[test]
fn check_narrows_to_one_scenario_and_one_language_or_refuses() {
    let dir = mini();
    edit(dir.path(), "scenarios/mini.toml", r#"goto = "end-safe""#, r#"goto = "end-saef""#);
    write(dir.path(), "locales/km/meta.ftl", "locale-name = ខ្មែរ\nlocale-status = finished\n");
    write(dir.path(), "locales/vi/meta.ftl", "locale-name = Tiếng Việt\nlocale-status = partial\n");
    let json = |args: &[&str]| {
        let out =
            redflag().arg("check").args(args).args(["--format", "json", "--content"]).arg(dir.path()).output().unwrap();
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let files: Vec<String> =
            doc["diagnostics"].as_array().unwrap().iter().map(|d| d["file"].as_str().unwrap().to_string()).collect();
        (out.status.code(), files)
    };
    let (code, files) = json(&["mini"]);
    assert_eq!(code, Some(1));
    assert!(files.iter().all(|f| f.ends_with("mini.toml") || f.ends_with("mini.ftl")), "{files:?}");
    let (_, files) = json(&["--lang", "vi"]);
    assert!(files.iter().all(|f| !f.contains("locales/km/")), "{files:?}");
    let (_, files) = json(&["--lang", "km"]);
    assert!(files.iter().any(|f| f.contains("locales/km/meta.ftl")), "{files:?}");
    redflag()
        .args(["check", "--lang", "xx", "--content"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("there is no locale `xx`"));
    redflag()
        .args(["check", "mnii", "--content"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `mini`?"));
}

#[test]
fn script_prints_every_node_choice_feedback_and_condition() {
    let dir = mini();
    let md = stdout_of(redflag().args(["script", "mini", "--content"]).arg(dir.path()));
    assert!(md.starts_with("# A small test\n"), "{md}");
    let nodes = ["ad", "chat", "checked", "end-scammed", "end-safe", "end-helped"];
    for n in nodes {
        assert!(md.contains(&format!("## `{n}`\n")), "{n} in {md}");
    }
    // In reading order: from the start, breadth first.
    let at = |s: &str| md.find(s).unwrap();
    assert!(at("## `ad`") < at("## `chat`") && at("## `chat`") < at("## `checked`"), "{md}");
    for text in [
        "> Hello! You are hired.\n>\n> Please pay a processing fee first.",
        "1. **Apply now** → `chat`",
        "   - feedback: The pay is far above the local rate.",
        "only if `checked-agency`",
        "sets `checked-agency`",
        "**Ending: ",
        "Then → `chat`",
    ] {
        assert!(md.contains(text), "{text:?} in {md}");
    }
    // Words from the content are escaped for Markdown.
    assert!(!md.contains("[missing text]"), "{md}");
}

#[test]
fn play_at_a_late_node_with_a_flag_offers_its_conditional_choice() {
    let dir = mini();
    let out = stdout_of(
        redflag()
            .args(["play", "mini", "--plain", "--seed", "1", "--at", "chat", "--set", "checked-agency", "--content"])
            .arg(dir.path())
            .arg("--results")
            .arg(dir.path().join("r.jsonl"))
            .write_stdin("3\n"),
    );
    assert!(out.contains("Hello! You are hired."), "{out}");
    assert!(out.contains("Report the advert"), "the choice that requires the flag is there: {out}");
    assert!(!out.contains("Staff wanted"), "the start was skipped: {out}");
    redflag()
        .args(["play", "mini", "--plain", "--at", "caht", "--content"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `chat`?"));
}
