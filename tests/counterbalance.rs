//! The quiz's counterbalancing, AUC in the report, and one record per person-session in plain mode.

mod common;

use common::*;
use redflag::results;

fn play(dir: &std::path::Path, data: &std::path::Path, res: &std::path::Path, args: &[&str], input: &str) {
    redflag()
        .env("XDG_DATA_HOME", data)
        .args(["play", "mini", "--plain", "--results"])
        .arg(res)
        .arg("--content")
        .arg(dir)
        .args(args)
        .write_stdin(input.to_string())
        .assert()
        .success();
}

fn report_json(res: &std::path::Path) -> serde_json::Value {
    let out = redflag().args(["report", "--format", "json"]).arg(res).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn one_shared_seed_and_codes_p01_to_p08_split_the_forms_four_to_four() {
    let dir = mini();
    let data = tempfile::TempDir::new().unwrap();
    let res = dir.path().join("room.jsonl");
    for i in 1..=8 {
        let code = format!("P{i:02}");
        // Two items before (a scam-sure and a safe-sure rating), the scenario to its end, two items after.
        play(
            dir.path(),
            data.path(),
            &res,
            &["--seed", "42", "--quiz", "pre,post", "--participant", &code],
            "6\n1\n2\n\n2\n6\n1\n",
        );
    }
    let (records, _) = results::read(&res).unwrap();
    assert_eq!(records.len(), 8);
    let first = |code: &str| {
        let r = records.iter().find(|r| r.participant.as_deref() == Some(code)).unwrap();
        let mut ids: Vec<String> = r.quiz_pre.as_ref().unwrap().answers.iter().map(|a| a.item.clone()).collect();
        ids.sort();
        ids
    };
    assert_ne!(first("P01"), first("P02"), "the same seed, but different halves first");
    assert_eq!(first("P01"), first("P03"));
    let rep = report_json(&res);
    let q = &rep["quiz"];
    assert_eq!(q["forms"]["A"], 4, "{q}");
    assert_eq!(q["forms"]["B"], 4, "{q}");
    assert_eq!(q["auc_pre"]["n"], 8);
    assert_eq!(q["auc_post"]["n"], 8);
    assert_eq!(q["auc_change"]["n"], 8);
    assert!(q["auc_pre"]["mean"].as_f64().is_some_and(|v| (0.0..=1.0).contains(&v)));
    assert_eq!(q["players"].as_array().unwrap().len(), 8);
    // 4 a form is fewer than 5: the report says so; the split itself is even.
    let warnings = rep["warnings"].as_array().unwrap();
    assert!(warnings.iter().any(|w| w.as_str().unwrap().contains("fewer than 5")), "{warnings:?}");
    assert!(!warnings.iter().any(|w| w.as_str().unwrap().contains("40/60")), "{warnings:?}");
    let md = redflag().arg("report").arg(&res).output().unwrap();
    let md = String::from_utf8_lossy(&md.stdout);
    assert!(md.contains("Forms taken first: A 4, B 4"), "{md}");
    assert!(md.contains("AUC"), "{md}");
}

#[test]
fn quiz_form_forces_the_form_and_an_uneven_room_is_warned() {
    let dir = mini();
    let data = tempfile::TempDir::new().unwrap();
    let res = dir.path().join("room.jsonl");
    for code in ["P01", "P02", "P03"] {
        play(dir.path(), data.path(), &res, &["--quiz", "pre", "--quiz-form", "B", "--participant", code], "6\n1\nq\n");
    }
    let (records, _) = results::read(&res).unwrap();
    assert!(records.iter().all(|r| r.quiz_form == Some(redflag::quiz::QuizForm::B)), "{records:?}");
    let rep = report_json(&res);
    assert_eq!(rep["quiz"]["forms"]["B"], 3);
    assert_eq!(rep["quiz"]["forms"]["A"], 0);
    assert!(rep["warnings"].as_array().unwrap().iter().any(|w| w.as_str().unwrap().contains("40/60")), "{rep}");
    redflag()
        .args(["play", "mini", "--plain", "--quiz-form", "C", "--content"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicates::str::contains("not a quiz form"));
}

#[test]
fn a_plain_session_left_and_resumed_is_one_session_with_its_quiz_before() {
    let dir = mini();
    let data = tempfile::TempDir::new().unwrap();
    let res = dir.path().join("room.jsonl");
    // The quiz before, one choice, then the input ends: the session is left part-way.
    play(dir.path(), data.path(), &res, &["--quiz", "pre", "--participant", "P05"], "6\n1\n2\n");
    // A script goes on with it when told to; no quiz before this time, since it was taken.
    play(dir.path(), data.path(), &res, &["--quiz", "pre", "--participant", "P05", "--resume"], "\n2\n\n");
    let (records, _) = results::read(&res).unwrap();
    assert_eq!(records.len(), 2, "{records:?}");
    assert!(!records[0].finished && records[1].finished, "{records:?}");
    assert_eq!(records[0].session, records[1].session, "one session, left and resumed");
    assert_eq!(records[1].quiz_pre, records[0].quiz_pre, "the quiz before the pause is in the last record");
    assert_eq!(records[1].started, records[0].started);
    assert_eq!(records[1].path[0], records[0].path[0], "the path goes on from where it was left");
    let rep = report_json(&res);
    assert_eq!(rep["sessions"], 1);
    assert_eq!(rep["finished"], 1);
    assert_eq!(rep["quiz"]["auc_pre"]["n"], 1);
}
