//! Privacy by choice and a report that says the same in every format (issue 19): records only when someone chose
//! them, times to the hour, codes that look like names questioned, the report's field names, minutes measured or
//! estimated, and a workshop code that matches nothing.

mod common;

use std::path::Path;

use common::*;
use predicates::prelude::*;
use serde_json::{Value, json};

fn play(home: &Path, content: &Path, args: &[&str], input: &str) -> assert_cmd::assert::Assert {
    redflag_home(home)
        .args(["play", "mini", "--plain", "--content"])
        .arg(content)
        .args(args)
        .write_stdin(input.to_string())
        .assert()
        .success()
}

fn progress(home: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(home.join("data/redflag/progress.json")).unwrap()).unwrap()
}

#[test]
fn without_a_choice_play_keeps_only_what_resuming_needs() {
    let content = mini();
    let home = tempfile::TempDir::new().unwrap();
    // The quiz before, one choice, then the input ends: the session is left part-way.
    play(home.path(), content.path(), &["--quiz", "pre", "--participant", "P05"], "6\n1\n2\n");
    assert_eq!(files_under(home.path()), ["data/redflag/progress.json"], "no records file anywhere");
    let p = progress(home.path());
    assert_eq!(p["current"]["scenario"], "mini", "the session to resume: {p}");
    let kept = &p["kept"];
    assert!(kept["quiz-form"].is_string(), "the form stays, so the quiz after is the other half: {kept}");
    assert_eq!(kept["quiz-pre"], Value::Null, "no answers kept without records: {kept}");
    assert_eq!(kept["started"], 0, "no start time kept without records: {kept}");
    // Resumed and finished: still nothing but progress, and the session in progress is gone from it.
    play(home.path(), content.path(), &["--participant", "P05", "--resume"], "\n2\n\n");
    assert_eq!(files_under(home.path()), ["data/redflag/progress.json"]);
    let p = progress(home.path());
    assert_eq!((&p["current"], &p["kept"]), (&Value::Null, &Value::Null), "{p}");
    assert_eq!(p["done"], json!(["mini"]));
}

#[test]
fn the_keep_results_setting_keeps_records_in_the_data_directory() {
    let content = mini();
    let home = tempfile::TempDir::new().unwrap();
    write(home.path(), "config/redflag/settings.toml", "keep-results = true\n");
    play(home.path(), content.path(), &["--seed", "3"], "2\n\n2\n");
    let (records, bad) = redflag::results::read(&home.path().join("data/redflag/results.jsonl")).unwrap();
    assert!(bad.is_empty());
    assert_eq!(records.len(), 1);
    assert!(records[0].finished);
}

#[test]
fn a_record_keeps_its_times_to_the_hour_and_its_length_in_minutes() {
    let content = mini();
    let home = tempfile::TempDir::new().unwrap();
    let res = home.path().join("room.jsonl");
    let mut args = vec!["--seed", "3", "--results"];
    args.push(res.to_str().unwrap());
    play(home.path(), content.path(), &args, "2\n\n2\n");
    let line = std::fs::read_to_string(&res).unwrap();
    let r: Value = serde_json::from_str(line.trim()).unwrap();
    assert_eq!(r["format"], redflag::results::FORMAT);
    for t in ["started", "ended"] {
        let t = r[t].as_str().unwrap();
        assert!(t.len() == 20 && t.ends_with(":00:00Z"), "to the hour: {t}");
    }
    assert_eq!(r["minutes"], 0, "a scripted session takes less than half a minute: {r}");
    assert!(r.get("seconds").is_none(), "no duration to the second: {r}");
    // Only the fields docs/privacy.md lists.
    let documented = std::fs::read_to_string(repo().join("docs/privacy.md")).unwrap();
    for key in r.as_object().unwrap().keys() {
        assert!(documented.contains(&format!("`{key}`")), "docs/privacy.md does not describe `{key}`");
    }
}

#[test]
fn a_code_that_looks_like_a_name_is_questioned() {
    let content = mini();
    let home = tempfile::TempDir::new().unwrap();
    let res = home.path().join("r.jsonl");
    // A script is warned on stderr (its input is for the game) and goes on.
    redflag_home(home.path())
        .args(["play", "mini", "--plain", "--participant", "MariaSantos", "--results"])
        .arg(&res)
        .arg("--content")
        .arg(content.path())
        .write_stdin("1\n")
        .assert()
        .success()
        .stderr(predicate::str::contains("`MariaSantos` looks like a name"))
        .stderr(predicate::str::contains("never a name"));
    // Eight letters, or digits in it: a code, not questioned.
    for code in ["Santosxx", "Santos2026"] {
        redflag_home(home.path())
            .args(["play", "mini", "--plain", "--participant", code, "--results"])
            .arg(&res)
            .arg("--content")
            .arg(content.path())
            .write_stdin("1\n")
            .assert()
            .success()
            .stderr(predicate::str::contains("looks like a name").not());
    }
}

/// What a player at a terminal is asked (the TUI asks the same before it opens).
#[test]
fn at_a_terminal_a_name_like_code_can_be_replaced_or_kept() {
    let dir = mini();
    let content = redflag::content::Content::load(&redflag::content::ContentSource {
        replace: Some(dir.path().to_path_buf()),
        add: vec![],
    });
    let lib = redflag::content::compile(&content);
    let loc = redflag::i18n::Localizer::new(&content.locales, &["en".to_string()]);
    let words = redflag::words::Words::new(&loc, &lib, None);
    let ask = |input: &str| {
        let mut out = Vec::new();
        let answer = redflag::plain::Plain {
            words: &words,
            input: std::io::Cursor::new(input.to_string()),
            out: &mut out,
            on_step: None,
            facilitator: false,
        }
        .question_code("MariaSantos")
        .unwrap();
        (answer, String::from_utf8(out).unwrap())
    };
    let (answer, out) = ask("P07\n");
    assert_eq!(answer.as_deref(), Some("P07"));
    assert!(out.contains("“MariaSantos” looks like a name"), "{out}");
    assert_eq!(ask("\n").0.as_deref(), Some("MariaSantos"), "Enter keeps it: it may be a code");
    let (answer, out) = ask("Maria Santos\nP08\n");
    assert_eq!(answer.as_deref(), Some("P08"));
    assert!(out.contains("Please try again"), "{out}");
    assert_eq!(ask("").0, None, "input ended");
}

fn record(scenario: &str, workshop: &str, finished: bool, minutes: Option<u64>, steps: usize, session: u32) -> String {
    let path: Vec<Value> = (0..steps).map(|i| json!({"node": format!("n{i}"), "choice": "c"})).collect();
    let mut r = json!({
        "format": 2, "game": "0.1.0", "session": format!("{session:032x}"), "scenario": scenario, "locale": "en",
        "seed": 1, "started": "2026-11-25T09:00:00Z", "ended": "2026-11-25T09:00:00Z", "finished": finished,
        "outcome": if finished { json!("safe") } else { Value::Null }, "path": path, "spotted": [], "missed": [],
        "workshop": workshop, "facilitator": false,
    });
    if let Some(m) = minutes {
        r["minutes"] = json!(m);
    }
    format!("{r}\n")
}

fn report(file: &Path, args: &[&str]) -> Value {
    let out = redflag().args(["report", "--format", "json"]).args(args).arg(file).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn minutes_are_measured_from_five_records_and_estimated_from_paths_below() {
    let dir = tempfile::TempDir::new().unwrap();
    let file = dir.path().join("r.jsonl");
    let mut text = String::new();
    // Five finished sessions of `long`, one of them left open over lunch: the median, not the mean.
    for (i, m) in [4, 6, 8, 10, 95].into_iter().enumerate() {
        text.push_str(&record("long", "W1", true, Some(m), 9, i as u32 + 1));
    }
    // A left session does not count: it says nothing of how long the scenario takes.
    text.push_str(&record("long", "W1", false, Some(1), 2, 10));
    // Four finished sessions of `short`: too few to measure, so 7 steps (the median of 4, 6, 8, 10) at 75 s.
    for (i, steps) in [4, 6, 8, 10].into_iter().enumerate() {
        text.push_str(&record("short", "W1", true, Some(1), steps, i as u32 + 20));
    }
    // A format 1 record counts its seconds as minutes.
    text.push_str(
        r#"{"format":1,"game":"0.1.0","scenario":"old","locale":"en","seed":1,"started":"2026-11-25T09:00:00Z","ended":"2026-11-25T09:06:00Z","seconds":360,"finished":true,"outcome":"safe","path":[],"spotted":[],"missed":[],"workshop":"W1"}"#,
    );
    text.push('\n');
    std::fs::write(&file, text).unwrap();
    let r = report(&file, &[]);
    let long = &r["scenarios"]["long"];
    assert_eq!(
        (&long["minutes"], &long["minutes_from"], &long["minutes_n"]),
        (&json!(8.0), &json!("records"), &json!(5))
    );
    let short = &r["scenarios"]["short"];
    let per_step = redflag::report::SECONDS_PER_STEP;
    assert_eq!(short["minutes"].as_f64(), Some(7.0 * per_step / 60.0));
    assert_eq!((&short["minutes_from"], &short["minutes_n"]), (&json!("paths"), &json!(4)));
    let old = &r["scenarios"]["old"];
    assert_eq!((&old["minutes"], &old["minutes_from"]), (&Value::Null, &Value::Null), "one record, no path: {old}");
    let md = stdout_of(redflag().arg("report").arg(&file));
    assert!(md.contains("| long | 6 | 5 | Safe 5 | 8.0 | records | 5 |"), "{md}");
    assert!(md.contains(&format!("| short | 4 | 4 | Safe 4 | {:.1} | paths | 4 |", 7.0 * per_step / 60.0)), "{md}");
}

#[test]
fn a_workshop_code_that_matches_nothing_says_so() {
    let dir = tempfile::TempDir::new().unwrap();
    let file = dir.path().join("r.jsonl");
    std::fs::write(&file, record("mini", "W-2026-11-ACME", true, Some(5), 3, 1)).unwrap();
    redflag()
        .args(["report", "--workshop", "W-2026-11-ACNE"])
        .arg(&file)
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("no record in the results has the workshop code `W-2026-11-ACNE`"))
        .stderr(predicate::str::contains("did you mean `W-2026-11-ACME`?"));
    assert_eq!(report(&file, &["--workshop", "W-2026-11-ACME"])["sessions"], 1);
}

/// Every field of the JSON report is named the same in the CSV (as a measure, or an id for the quiz's) and in the
/// Markdown (a column header, or a name in a row's label).
#[test]
fn the_report_uses_the_same_field_names_in_json_csv_and_markdown() {
    let content = mini();
    let home = tempfile::TempDir::new().unwrap();
    let res = home.path().join("room.jsonl");
    for i in 1..=5 {
        let code = format!("P{i:02}");
        redflag_home(home.path())
            .args(["play", "mini", "--plain", "--quiz", "pre,post", "--workshop", "W1", "--participant", &code])
            .arg("--results")
            .arg(&res)
            .arg("--content")
            .arg(content.path())
            .write_stdin("6\n1\n2\n\n2\n6\n1\n")
            .assert()
            .success();
    }
    let json = report(&res, &[]);
    let csv = stdout_of(redflag().args(["report", "--format", "csv"]).arg(&res));
    let md = stdout_of(redflag().arg("report").arg(&res));
    let csv_names: std::collections::BTreeSet<String> = csv
        .lines()
        .skip(1)
        .flat_map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            [cells.get(1).map(|s| s.to_string()), cells.get(3).map(|s| s.to_string())]
        })
        .flatten()
        .collect();
    let mut names: Vec<String> = ["sessions", "finished", "participants"].map(String::from).to_vec();
    names.extend(json["scenarios"]["mini"].as_object().unwrap().keys().filter(|k| *k != "endings").cloned());
    names.extend(json["redflags"]["pay-too-good"].as_object().unwrap().keys().cloned());
    let quiz = json["quiz"].as_object().unwrap();
    names.extend(quiz.keys().filter(|k| !["forms", "players"].contains(&k.as_str())).cloned());
    names.extend(quiz["players"][0].as_object().unwrap().keys().cloned());
    assert!(names.len() > 25, "{names:?}");
    for name in &names {
        // A player's row in the CSV has the participant as its `id` and the form as its `name` (docs/facilitating.md).
        let in_csv = csv_names.contains(name) || ["participant", "form"].contains(&name.as_str());
        assert!(in_csv, "`{name}` is not in the CSV:\n{csv}");
        let in_md = md.contains(&format!("| {name} |")) || md.contains(&format!("`{name}`"));
        assert!(in_md, "`{name}` is not in the Markdown:\n{md}");
    }
    for (o, _) in json["scenarios"]["mini"]["endings"].as_object().unwrap() {
        assert!(csv.contains(&format!(",endings.{o},")), "endings.{o} in the CSV:\n{csv}");
    }
    assert_eq!(json["scenarios"]["mini"]["minutes_from"], "records", "five finished sessions are measured");
}

/// Progress keeps one slot per scenario: starting another scenario does not discard a session left part-way, and
/// resuming it continues its session id (plain mode; the TUI's title screen is tested in tests/tui.rs).
#[test]
fn plain_mode_keeps_a_paused_session_per_scenario_and_resumes_each() {
    let home = tempfile::TempDir::new().unwrap();
    let res = home.path().join("r.jsonl");
    let run = |args: &[&str], input: &str| {
        redflag_home(home.path())
            .args(["play", "--plain", "--seed", "1", "--country", "KE", "--results"])
            .arg(&res)
            .args(args)
            .write_stdin(input.to_string())
            .assert()
            .success();
    };
    run(&["dream-job"], "\n1\n");
    run(&["wrong-number"], "1\n");
    let p = progress(home.path());
    assert_eq!(p["current"]["scenario"], "wrong-number");
    assert_eq!(p["paused"]["dream-job"]["session"]["scenario"], "dream-job", "not discarded: {p}");
    // The paused one is resumed by name, and the other is set aside in its turn.
    run(&["dream-job", "--resume"], "2\n");
    let p = progress(home.path());
    assert_eq!(p["current"]["scenario"], "dream-job");
    assert_eq!(p["current"]["path"].as_array().unwrap().len(), 2, "on from where it was left: {p}");
    assert_eq!(p["paused"]["wrong-number"]["session"]["scenario"], "wrong-number", "{p}");
    // Without a name, --resume goes on with the one played last.
    run(&["--resume"], "1\n");
    assert_eq!(progress(home.path())["current"]["path"].as_array().unwrap().len(), 3);
    let (records, _) = redflag::results::read(&res).unwrap();
    assert_eq!(records.len(), 4);
    assert_eq!(records[0].session, records[2].session);
    assert_eq!(records[0].session, records[3].session);
    assert_ne!(records[0].session, records[1].session);
    let rep = report(&res, &[]);
    assert_eq!(rep["sessions"], 2, "two person-sessions: {rep}");
    assert_eq!(rep["scenarios"]["dream-job"]["sessions"], 1);
}
