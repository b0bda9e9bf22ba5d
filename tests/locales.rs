//! Translator tooling: `redflag locales`, `locales init`, `locales update`, and what a broken translation does.

mod common;

use common::*;
use predicates::prelude::*;

#[test]
fn the_table_shows_every_locale_with_coverage() {
    let dir = mini();
    write(dir.path(), "locales/vi/meta.ftl", "locale-name = Tiếng Việt\nlocale-status = machine-drafted\n");
    write(dir.path(), "locales/vi/mini.ftl", "mini-title = Một thử nghiệm nhỏ\nmini-summary = Tóm tắt.\n");
    redflag()
        .args(["locales", "--content"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"en\s+English\s+complete\s+\d+/\d+\s+100").unwrap())
        .stdout(predicate::str::is_match(r"vi\s+Tiếng Việt\s+machine-drafted\s+2/\d+").unwrap());
}

#[test]
fn json_lists_missing_and_obsolete_ids() {
    let dir = mini();
    write(dir.path(), "locales/vi/mini.ftl", "mini-title = Một thử nghiệm nhỏ\nmini-gone = Cũ\n");
    let out = redflag().args(["locales", "--format", "json", "--content"]).arg(dir.path()).output().unwrap();
    assert!(out.status.success());
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let vi = rows.iter().find(|r| r["tag"] == "vi").unwrap();
    assert_eq!(vi["translated"], 1);
    assert!(vi["missing"].as_array().unwrap().iter().any(|m| m == "mini-summary"));
    assert_eq!(vi["obsolete"], serde_json::json!(["mini-gone"]));
    assert_eq!(vi["status"], "partial", "no meta.ftl means partial");
}

#[test]
fn errors_in_a_translation_exit_1_and_are_listed() {
    let dir = mini();
    write(dir.path(), "locales/vi/mini.ftl", "mini-title = Thử { $nope }\nmini-summary = { broken\n");
    redflag()
        .args(["locales", "--content"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("locales/vi/mini.ftl:1:"))
        .stderr(predicate::str::contains("$nope"))
        .stderr(predicate::str::contains("Fluent syntax error"));
}

#[test]
fn a_broken_translation_never_breaks_the_game() {
    let dir = mini();
    write(
        dir.path(),
        "locales/vi/mini.ftl",
        "mini-title = Một thử nghiệm nhỏ\nmini-ad-apply = { broken\nmini-ad-check = Kiểm tra trước\n",
    );
    let out = stdout_of(
        redflag()
            .args(["play", "mini", "--plain", "--seed", "1", "--lang", "vi", "--content"])
            .arg(dir.path())
            .write_stdin("q\n"),
    );
    assert!(out.contains("Một thử nghiệm nhỏ"), "{out}");
    assert!(out.contains("Apply now"), "the broken message falls back to English: {out}");
    assert!(out.contains("Kiểm tra trước"), "messages after the broken one still work: {out}");
}

#[test]
fn init_creates_a_locale_that_checks_clean_and_update_keeps_it_current() {
    let dir = mini();
    redflag().args(["locales", "init", "km", "--content"]).arg(dir.path()).assert().success();
    let mini_km = std::fs::read_to_string(dir.path().join("locales/km/mini.ftl")).unwrap();
    assert!(mini_km.contains("# mini-ad-apply = Apply now\n#     .feedback ="), "{mini_km}");
    assert!(
        std::fs::read_to_string(dir.path().join("locales/km/meta.ftl")).unwrap().contains("locale-status = partial")
    );
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 0, "{diags:#?}");

    // A second init is refused rather than overwriting work.
    redflag()
        .args(["locales", "init", "km", "--content"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("exists already"));

    // English gains a message, the translation has one English lost.
    edit(
        dir.path(),
        "locales/en/mini.ftl",
        "mini-title = A small test\n",
        "mini-title = A small test\nmini-new = Something new\n",
    );
    write(dir.path(), "locales/km/extra.ftl", "mini-old = ចាស់\n");
    redflag()
        .args(["locales", "update", "km", "--content"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("1 new message template(s) added, 1 obsolete message(s) marked"));
    let mini_km = std::fs::read_to_string(dir.path().join("locales/km/mini.ftl")).unwrap();
    assert!(mini_km.contains("# mini-new = Something new"), "{mini_km}");
    let extra = std::fs::read_to_string(dir.path().join("locales/km/extra.ftl")).unwrap();
    assert!(extra.starts_with("# OBSOLETE"), "{extra}");
    // Running it again changes nothing.
    redflag()
        .args(["locales", "update", "km", "--content"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("0 new message template(s) added, 0 obsolete message(s) marked"));
}

/// What a translator does to a template: takes `# ` off the front of every template line (the tool's own notes
/// are `##` comments and stay).
fn uncomment_all(dir: &std::path::Path) {
    for e in std::fs::read_dir(dir).unwrap() {
        let path = e.unwrap().path();
        if path.file_name().unwrap() == "meta.ftl" {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let out: String = text
            .split_inclusive('\n')
            .map(|l| match l.strip_prefix("# ") {
                Some(rest) if !l.starts_with("##") => rest,
                _ if l == "#\n" => "\n",
                _ => l,
            })
            .collect();
        std::fs::write(&path, out).unwrap();
    }
}

#[test]
fn templates_round_trip_whole_with_their_comments() {
    let dir = tempfile::TempDir::new().unwrap();
    redflag().current_dir(dir.path()).args(["locales", "init", "km"]).assert().success();
    let ui = std::fs::read_to_string(dir.path().join("locales/km/ui.ftl")).unwrap();
    // The multi-line messages keep their last line, and the comments that explain variables come along.
    for whole in ["# redflag-count = { $count ->\n", "# }\n", "# # $title: a scenario's title\n# # source-hash: "] {
        assert!(ui.contains(whole), "{whole:?} in:\n{ui}");
    }
    // English lost one file's translation: update writes its templates again, the same way.
    std::fs::remove_file(dir.path().join("locales/km/ui.ftl")).unwrap();
    redflag().current_dir(dir.path()).args(["locales", "update", "km", "--content-add", "."]).assert().success();
    assert_eq!(
        std::fs::read_to_string(dir.path().join("locales/km/ui.ftl")).unwrap().matches("\n# }\n").count(),
        ui.matches("\n# }\n").count()
    );

    // Every template uncommented, with the English text still in it: a locale that passes `check`, with every
    // message there.
    uncomment_all(&dir.path().join("locales/km"));
    let out = redflag().args(["check", "--format", "json", "--content-add"]).arg(dir.path()).output().unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let km: Vec<_> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["file"].as_str().unwrap().contains("locales/km/"))
        .collect();
    assert!(km.iter().all(|d| d["severity"] != "error"), "{km:#?}");
    assert_eq!(out.status.code(), Some(0), "{km:#?}");
    let table = redflag().args(["locales", "--format", "json", "--content-add"]).arg(dir.path()).output().unwrap();
    let rows: serde_json::Value = serde_json::from_slice(&table.stdout).unwrap();
    let km = rows.as_array().unwrap().iter().find(|r| r["tag"] == "km").unwrap();
    assert_eq!(km["missing"].as_array().unwrap().len(), 0, "{km:#}");
}

#[test]
fn init_refuses_a_bad_tag_and_update_an_unknown_locale() {
    let dir = mini();
    redflag().args(["locales", "init", "not a tag", "--content"]).arg(dir.path()).assert().code(2);
    redflag()
        .args(["locales", "update", "xx", "--content"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("locales init xx"));
}

#[test]
fn the_mirrored_pseudo_locale_flips_text() {
    let dir = mini();
    let out = stdout_of(
        redflag()
            .args(["play", "mini", "--plain", "--seed", "1", "--lang", "en-XB", "--content"])
            .arg(dir.path())
            .write_stdin("q\n"),
    );
    assert!(!out.contains("A small test"), "{out}");
    assert!(out.contains("ʇǝsʇ"), "mirrored: {out}");
}

/// The input that plays a scenario to an ending: at each choice the one that leads soonest to an ending.
fn route_to_an_ending(scn: &redflag::model::Scenario, seed: u64) -> String {
    use redflag::engine::{Prompt, Session};
    use redflag::model::NodeKind;
    // Distance of each node to the nearest ending, ignoring conditions (the engine applies them below).
    let mut dist: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for n in scn.nodes.values() {
        if matches!(n.kind, NodeKind::Ending(_)) {
            dist.insert(&n.id, 0);
        }
    }
    for _ in 0..scn.nodes.len() {
        for n in scn.nodes.values() {
            let next: Vec<&str> = match &n.kind {
                NodeKind::Choices(cs) => cs.iter().map(|c| c.goto.as_str()).collect(),
                NodeKind::Next(x) => vec![x.as_str()],
                NodeKind::Ending(_) => continue,
            };
            if let Some(d) = next.iter().filter_map(|x| dist.get(x)).min().map(|d| d + 1) {
                let e = dist.entry(&n.id).or_insert(d);
                *e = (*e).min(d);
            }
        }
    }
    let mut s = Session::start(scn, seed).unwrap();
    let mut input = String::new();
    if scn.content_note {
        input.push('\n');
    }
    for _ in 0..200 {
        match s.prompt(scn).unwrap() {
            Prompt::Ended(_) => return input,
            Prompt::Continue => {
                input.push('\n');
                s.proceed(scn).unwrap();
            }
            Prompt::Choose => {
                let choices = s.available(scn).unwrap();
                let (i, c) = choices
                    .iter()
                    .enumerate()
                    .min_by_key(|(_, c)| dist.get(c.goto.as_str()).copied().unwrap_or(usize::MAX))
                    .unwrap();
                input.push_str(&format!("{}\n", i + 1));
                let id = c.id.clone();
                s.choose(scn, &id).unwrap();
            }
        }
    }
    panic!("{}: no ending", scn.id)
}

#[test]
fn every_scenario_plays_to_an_ending_in_every_locale_in_plain_mode() {
    let content = redflag::content::Content::load(&Default::default());
    let lib = redflag::content::compile(&content);
    for tag in content.locales.keys() {
        for scn in lib.scenarios.values() {
            let input = route_to_an_ending(scn, 5);
            let results = tempfile::TempDir::new().unwrap();
            let res = results.path().join("r.jsonl");
            let out = redflag()
                .args(["play", &scn.id, "--plain", "--seed", "5", "--lang", tag, "--results"])
                .arg(&res)
                .write_stdin(input)
                .output()
                .unwrap();
            let stdout = String::from_utf8_lossy(&out.stdout);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success(), "{tag} {}: {stderr}", scn.id);
            // The record says whether the session reached an ending, whatever the language of the words.
            let (records, _) = redflag::results::read(&res).unwrap();
            assert!(records.len() == 1 && records[0].finished, "{tag} {}: reached an ending:\n{stdout}", scn.id);
            assert_eq!(&records[0].locale, tag);
            assert!(!stdout.contains("[missing text]"), "{tag} {}", scn.id);
            assert!(!stderr.contains("could not be shown"), "{tag} {}: {stderr}", scn.id);
            assert!(!stdout.contains(&format!("{}-", scn.id)), "{tag} {}: a raw id", scn.id);
        }
    }
}

/// Issue 5's bar: every shipped locale complete, with no errors.
#[test]
fn every_shipped_locale_is_complete_without_errors() {
    let out = redflag().args(["locales", "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(rows.len() >= 8, "English and seven translations");
    for r in &rows {
        assert_eq!(r["percent"], 100, "{}: missing {}", r["tag"], r["missing"]);
        assert_eq!(r["errors"].as_array().unwrap().len(), 0, "{}", r["tag"]);
        assert_eq!(r["obsolete"].as_array().unwrap().len(), 0, "{}", r["tag"]);
    }
}
