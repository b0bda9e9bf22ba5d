//! Workshops: records, the quiz, the report, facilitator mode.

mod common;

use std::io::Write;

use common::*;
use predicates::prelude::*;
use redflag::results;
use serde_json::json;

fn room() -> std::path::PathBuf {
    repo().join("tests/fixtures/records/room.jsonl")
}

#[test]
fn a_session_appends_one_record_finished_or_left() {
    let dir = mini();
    let res = dir.path().join("out/results.jsonl");
    for input in ["2\n\n2\n", "1\n"] {
        redflag()
            .args(["play", "mini", "--plain", "--seed", "3", "--participant", "P07", "--workshop", "W-1", "--results"])
            .arg(&res)
            .arg("--content")
            .arg(dir.path())
            .write_stdin(input)
            .assert()
            .success();
    }
    let (records, bad) = results::read(&res).unwrap();
    assert!(bad.is_empty());
    assert_eq!(records.len(), 2);
    let done = &records[0];
    assert!(done.finished);
    assert_eq!(done.outcome, Some(redflag::model::Outcome::Safe));
    assert_eq!(done.spotted, ["pay-too-good", "upfront-fee"]);
    assert_eq!(done.participant.as_deref(), Some("P07"));
    assert_eq!(done.workshop.as_deref(), Some("W-1"));
    assert_eq!(done.seed, 3);
    assert_eq!(done.format, results::FORMAT);
    assert_eq!(done.path.len(), 3);
    let left = &records[1];
    assert!(!left.finished);
    assert_eq!(left.outcome, None);
    assert_eq!(left.missed, ["pay-too-good"]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&res).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "records are readable by the user only: {mode:o}");
    }
}

#[test]
fn a_name_is_refused_as_a_code() {
    let dir = mini();
    redflag()
        .args(["play", "mini", "--plain", "--participant", "Maria Santos", "--content"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("never a name"));
}

#[test]
fn a_record_broken_by_a_crash_costs_only_itself() {
    let dir = tempfile::TempDir::new().unwrap();
    let path = dir.path().join("r.jsonl");
    let (records, _) = results::read(&room()).unwrap();
    results::append(&path, &records[0]).unwrap();
    // A crash in the middle of writing the second record.
    let mut f = std::fs::OpenOptions::new().append(true).open(&path).unwrap();
    f.write_all(br#"{"format":1,"game":"0.1.0","scen"#).unwrap();
    drop(f);
    results::append(&path, &records[1]).unwrap();
    let (read, bad) = results::read(&path).unwrap();
    assert_eq!(read, vec![records[0].clone(), records[1].clone()]);
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0].line, 2);
}

#[test]
fn the_report_matches_hand_computed_numbers() {
    let out = redflag().args(["report", "--format", "json", "--workshop", "W1"]).arg(room()).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("room.jsonl:5: skipped"), "{stderr}");
    assert!(stderr.contains("room.jsonl:6: skipped"), "{stderr}");
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["sessions"], 3);
    assert_eq!(r["finished"], 2);
    assert_eq!(r["participants"], 3);
    let mini = &r["scenarios"]["mini"];
    assert_eq!(mini["sessions"], 3);
    assert_eq!(mini["endings"]["safe"], 1);
    assert_eq!(mini["endings"]["scammed"], 1);
    // Two finished sessions, fewer than 5, and their records hold no path: no minutes rather than a guess.
    assert_eq!((&mini["minutes"], &mini["minutes_from"], &mini["minutes_n"]), (&json!(null), &json!(null), &json!(0)));
    assert_eq!(r["redflags"]["pay-too-good"]["share"].as_f64(), Some(2.0 / 3.0));
    assert_eq!(r["redflags"]["pay-too-good"]["met"], 3);
    assert_eq!(r["redflags"]["pay-too-good"]["spotted"], 2);
    assert_eq!(r["redflags"]["upfront-fee"]["met"], 2);
    assert_eq!(r["redflags"]["upfront-fee"]["spotted"], 1);
    let q = &r["quiz"];
    let close = |v: &serde_json::Value, x: f64| (v.as_f64().unwrap() - x).abs() < 1e-4;
    assert!(
        close(&q["pre_d"]["mean"], 0.5)
            && close(&q["pre_d"]["sd"], std::f64::consts::FRAC_1_SQRT_2)
            && q["pre_d"]["n"] == 2
    );
    assert!(close(&q["post_d"]["mean"], 1.5) && close(&q["post_d"]["sd"], 0.0));
    assert!(close(&q["change_d"]["mean"], 1.0) && close(&q["change_d"]["sd"], std::f64::consts::FRAC_1_SQRT_2));
    assert!(close(&q["pre_c"]["mean"], -0.25) && close(&q["post_c"]["mean"], -0.2));
    assert!(close(&q["change_c"]["mean"], 0.05) && close(&q["change_c"]["sd"], 0.21213));
    assert!(!r["scenarios"].as_object().unwrap().contains_key("dream-job"), "W2 is left out");
}

#[test]
fn the_report_reads_as_markdown_and_csv() {
    let dir = mini();
    redflag()
        .args(["report", "--workshop", "W1", "--content"])
        .arg(dir.path())
        .arg(room())
        .assert()
        .success()
        .stdout(predicate::str::contains("| A small test | 3 | 2 | Safe 1, Scammed 1 | - | - | 0 |"))
        .stdout(predicate::str::contains("| Pay far too high | 3 | 2 | 67% |"))
        .stdout(predicate::str::contains(
            "| d' (`pre_d`, `post_d`, `change_d`) | 0.50 (sd 0.71, n 2) | 1.50 (sd 0.00, n 2) | 1.00 (sd 0.71, n 2) |",
        ));
    let out = redflag().args(["report", "--format", "csv", "--workshop", "W1"]).arg(room()).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("section,id,name,measure,value\n"), "{text}");
    assert!(text.contains("redflag,upfront-fee,"), "{text}");
    assert!(text.contains(",share,0.5000"), "{text}");
}

#[test]
fn a_missing_results_file_is_an_error() {
    redflag()
        .args(["report", "/nonexistent/r.jsonl"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("/nonexistent/r.jsonl"));
}

#[test]
fn the_quiz_before_and_after_is_scored_and_recorded() {
    let dir = mini();
    let res = dir.path().join("q.jsonl");
    // Two items before (rate all 6), the scenario, two items after (rate all 1).
    let out = stdout_of(
        redflag()
            .args(["play", "mini", "--plain", "--seed", "2", "--quiz", "pre,post", "--results"])
            .arg(&res)
            .arg("--content")
            .arg(dir.path())
            .write_stdin("6\n6\n2\n\n2\n1\n1\n"),
    );
    assert!(out.contains("Before you play: genuine or scam?"), "{out}");
    assert!(out.contains("After playing: genuine or scam?"), "{out}");
    assert!(out.contains("The answers:"), "explained only after: {out}");
    let (records, _) = results::read(&res).unwrap();
    let pre = records[0].quiz_pre.as_ref().unwrap();
    let post = records[0].quiz_post.as_ref().unwrap();
    assert_eq!(pre.answers.len(), 2);
    assert_eq!(post.answers.len(), 2);
    assert_eq!((pre.genuine, pre.scams), (1, 1), "each half has one of each");
    assert_eq!((pre.hits, pre.false_alarms), (1, 1), "all rated scam: {pre:?}");
    assert!(pre.criterion < 0.0, "suspicious");
    assert_eq!((post.hits, post.false_alarms), (0, 0));
    assert!(post.criterion > 0.0, "trusting");
    let pre_items: Vec<&str> = pre.answers.iter().map(|a| a.item.as_str()).collect();
    assert!(post.answers.iter().all(|a| !pre_items.contains(&a.item.as_str())), "different halves");
}
