//! What an educator does: start a scenario, see its shape, walk its paths, fix what check says.

mod common;

use common::*;
use predicates::prelude::*;

#[test]
fn new_gives_a_scenario_that_checks_clean_and_plays() {
    let dir = mini();
    redflag()
        .args(["new", "fake-visa", "--content"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("scenarios/fake-visa.toml"))
        .stdout(predicate::str::contains("locales/en/fake-visa.ftl"));
    let (code, diags) = check_json(dir.path());
    let errors: Vec<_> = diags.iter().filter(|d| d["severity"] == "error").collect();
    assert_eq!(code, 0, "{errors:#?}");
    assert!(diags.iter().all(|d| !d["file"].as_str().unwrap().contains("fake-visa")), "no warnings either: {diags:#?}");
    redflag()
        .args(["play", "fake-visa", "--plain", "--seed", "1", "--content"])
        .arg(dir.path())
        .write_stdin("1\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("== The end: Safe =="));
    // Three nodes, two endings.
    let toml = std::fs::read_to_string(dir.path().join("scenarios/fake-visa.toml")).unwrap();
    assert_eq!(toml.matches("[nodes.").count(), 3);
    assert_eq!(toml.matches("ending = ").count(), 2);
}

#[test]
fn new_refuses_to_overwrite_and_refuses_bad_ids() {
    let dir = mini();
    redflag()
        .args(["new", "mini", "--content"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("exists already"));
    for bad in ["Fake Visa", "2fast", "redflags", "a--b"] {
        redflag().args(["new", bad, "--content"]).arg(dir.path()).assert().code(2);
    }
}

#[test]
fn graph_draws_nodes_choices_endings_and_red_flags() {
    let dir = mini();
    let dot = redflag().args(["graph", "mini", "--content"]).arg(dir.path()).output().unwrap();
    let dot = String::from_utf8(dot.stdout).unwrap();
    assert!(dot.starts_with("digraph \"mini\" {"), "{dot}");
    assert!(dot.contains("\"_start\" -> \"ad\";"), "{dot}");
    assert!(dot.contains("\"end-safe\" [shape=doubleoctagon, label=\"end-safe\\nending: safe\"]"), "{dot}");
    assert!(dot.contains("\"ad\" -> \"checked\" [label=\"check\\n+ pay-too-good\", color=darkgreen"), "{dot}");
    assert!(dot.contains("\"chat\" -> \"end-helped\" [label=\"report\\nif checked-agency\"]"), "{dot}");
    assert!(dot.contains("\"checked\" -> \"chat\" [style=dashed]"), "{dot}");
    let mm = redflag().args(["graph", "mini", "--format", "mermaid", "--content"]).arg(dir.path()).output().unwrap();
    let mm = String::from_utf8(mm.stdout).unwrap();
    assert!(mm.starts_with("flowchart TD\n  start((start)) --> n_ad\n"), "{mm}");
    assert!(mm.contains("n_end_safe([\"end-safe: safe\"])"), "{mm}");
    assert!(mm.contains("n_ad -->|\"apply<br/>! pay-too-good\"| n_chat"), "{mm}");
    assert!(mm.contains("linkStyle"), "{mm}");
    redflag()
        .args(["graph", "mnii", "--content"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `mini`?"));
}

fn graph(args: &[&str], content: &[&str]) -> String {
    let out = redflag().arg("graph").args(args).args(content).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Graphviz's `dot`, when the machine has it (Debian's graphviz package).
fn dot_tool(input: &str, format: &str) -> Option<String> {
    use std::io::Write;
    let mut child = std::process::Command::new("dot")
        .arg(format!("-T{format}"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "dot refused the graph:\n{input}");
    Some(String::from_utf8(out.stdout).unwrap())
}

#[test]
fn mermaid_colours_the_arrows_of_the_choices_that_spot_and_miss() {
    let dir = mini();
    let mm = graph(&["mini", "--format", "mermaid", "--content", dir.path().to_str().unwrap()], &[]);
    // Mermaid numbers links in the order they are written, from 0.
    let links: Vec<&str> = mm.lines().filter(|l| l.contains("-->") || l.contains("-.->")).collect();
    let mut styled = 0;
    for l in mm.lines().filter_map(|l| l.trim().strip_prefix("linkStyle ")) {
        let (i, style) = l.split_once(' ').unwrap();
        let link = links[i.parse::<usize>().unwrap()];
        match style {
            "stroke:green" => assert!(link.contains("<br/>+ "), "green on {link}"),
            "stroke:red" => assert!(link.contains("<br/>! "), "red on {link}"),
            other => panic!("{other}"),
        }
        styled += 1;
    }
    let spotting_or_missing = links.iter().filter(|l| l.contains("<br/>+ ") || l.contains("<br/>! ")).count();
    assert_eq!(styled, spotting_or_missing, "{mm}");
    assert!(styled >= 4, "{mm}");
}

#[test]
fn dot_breaks_lines_and_keeps_a_node_named_start_apart_from_the_entry() {
    let dir = mini();
    let dot = graph(&["mini", "--content", dir.path().to_str().unwrap()], &[]);
    assert!(dot.contains("\"chat\" [label=\"chat\\nrecruiter · messenger\"]"), "{dot}");
    assert!(!dot.contains("\\\\n"), "no escaped backslash before n: {dot}");
    // the-platform starts at a node named `start`: the entry point is another node, with one arrow into it.
    let platform = graph(&["the-platform"], &[]);
    let nodes =
        std::fs::read_to_string(repo().join("scenarios/the-platform.toml")).unwrap().matches("\n[nodes.").count();
    let declared: std::collections::BTreeSet<&str> = platform
        .lines()
        .filter(|l| !l.contains("->"))
        .filter_map(|l| l.trim().strip_prefix('"')?.split_once('"').map(|(n, _)| n))
        .collect();
    assert_eq!(declared.len(), nodes + 1, "{platform}");
    assert!(platform.contains("\"_start\" -> \"start\";"), "{platform}");
    // With Graphviz at hand, the real tool draws what was meant: one node more than the scenario has, and the two
    // lines of a label as two lines of text.
    match (dot_tool(&platform, "plain"), dot_tool(&dot, "svg")) {
        (Some(plain), Some(svg)) => {
            assert_eq!(plain.lines().filter(|l| l.starts_with("node ")).count(), nodes + 1, "{plain}");
            assert!(svg.contains(">recruiter · messenger</text>"), "{svg}");
            assert!(!svg.contains("\\n"), "{svg}");
        }
        _ => eprintln!("graphviz's dot is not installed: the DOT text was checked, not its drawing"),
    }
}

#[test]
fn paths_counts_every_way_through_with_conditions() {
    let dir = mini();
    let out = redflag().args(["paths", "mini", "--format", "json", "--content"]).arg(dir.path()).output().unwrap();
    assert!(out.status.success());
    let a: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // apply -> pay | refuse (report needs the flag only `check` sets); check -> pay | refuse | report.
    assert_eq!(a["paths"], 5);
    assert_eq!(a["shortest"], 2);
    assert_eq!(a["longest"], 2);
    assert_eq!(a["endings"]["end-scammed"][1], 2);
    assert_eq!(a["endings"]["end-safe"][1], 2);
    assert_eq!(a["endings"]["end-helped"][1], 1);
    assert_eq!(a["redflags"]["pay-too-good"], serde_json::json!([3, 2]));
    assert_eq!(a["never_spotted"], serde_json::json!([]));
    assert_eq!(a["truncated"], false);
    redflag()
        .args(["paths", "mini", "--content"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("mini: 5 distinct path(s), 2 to 2 choices long"));
}

#[test]
fn a_node_where_conditions_hide_every_choice_is_found() {
    let dir = mini();
    edit(
        dir.path(),
        "scenarios/mini.toml",
        r#"{ id = "pay", goto = "end-scammed", misses = ["upfront-fee"] },"#,
        r#"{ id = "pay", goto = "end-scammed", misses = ["upfront-fee"], requires = ["checked-agency"] },"#,
    );
    edit(
        dir.path(),
        "scenarios/mini.toml",
        r#"{ id = "refuse", goto = "end-safe", spots = ["upfront-fee"] },"#,
        r#"{ id = "refuse", goto = "end-safe", spots = ["upfront-fee"], requires = ["checked-agency"] },"#,
    );
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    let d = diags.iter().find(|d| d["code"] == "stuck").expect("stuck");
    assert_eq!(d["line"], line_of(dir.path(), "scenarios/mini.toml", "[nodes.chat]"));
    assert!(diags.iter().any(|d| d["code"] == "all-conditional"), "the graph's warning too");
}

#[test]
fn a_choice_without_goto_says_what_to_add() {
    let dir = mini();
    edit(dir.path(), "scenarios/mini.toml", r#"{ id = "pay", goto = "end-scammed","#, r#"{ id = "pay","#);
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    let d = diags.iter().find(|d| d["code"] == "no-goto").expect("no-goto");
    assert_eq!(d["line"], line_of(dir.path(), "scenarios/mini.toml", r#"{ id = "pay""#));
    assert!(d["hint"].as_str().unwrap().contains("goto = "));
}

#[test]
fn a_duplicate_key_is_pointed_at() {
    let dir = mini();
    edit(dir.path(), "scenarios/mini.toml", "minutes = 3", "minutes = 3\nminutes = 4");
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    let d = diags.iter().find(|d| d["code"] == "toml").expect("toml error");
    assert_eq!(d["line"], line_of(dir.path(), "scenarios/mini.toml", "minutes = 4"));
    assert!(d["message"].as_str().unwrap().contains("duplicate key"), "{d}");
}

#[test]
fn a_message_id_typo_is_matched_to_what_is_missing() {
    let dir = mini();
    edit(dir.path(), "locales/en/mini.ftl", "mini-chat-refuse = Refuse to pay", "mini-chat-refuze = Refuse to pay");
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    let missing = diags.iter().find(|d| d["code"] == "missing-message").expect("missing");
    assert!(missing["hint"].as_str().unwrap().contains("mini-chat-refuze"), "{missing}");
    let unused = diags.iter().find(|d| d["code"] == "unused-message").expect("unused");
    assert_eq!(unused["line"], line_of(dir.path(), "locales/en/mini.ftl", "mini-chat-refuze"));
    assert!(unused["hint"].as_str().unwrap().contains("mini-chat-refuse"), "{unused}");
}

#[test]
fn an_unknown_choice_field_suggests_the_right_one() {
    let dir = mini();
    edit(dir.path(), "scenarios/mini.toml", r#"spots = ["upfront-fee"]"#, r#"spot = ["upfront-fee"]"#);
    let (_, diags) = check_json(dir.path());
    let d = diags.iter().find(|d| d["code"] == "toml").expect("toml");
    assert_eq!(d["message"], "unknown field `spot`");
    assert!(d["hint"].as_str().unwrap().contains("`spots`"), "{d}");
}

/// The tutorial in docs/authoring.md is a real scenario: its files, taken from the page, pass `check`.
#[test]
fn the_tutorial_passes_check() {
    let doc = std::fs::read_to_string(repo().join("docs/authoring.md")).unwrap();
    let dir = mini();
    let mut files = 0;
    // Blocks that hold a file start with a comment line naming it: `# file: scenarios/x.toml`.
    for block in doc.split("```").skip(1).step_by(2) {
        let body = block.split_once('\n').map(|x| x.1).unwrap_or("");
        if let Some(rest) = body.strip_prefix("# file: ") {
            let (path, text) = rest.split_once('\n').unwrap();
            write(dir.path(), path.trim(), text);
            files += 1;
        }
    }
    assert!(files >= 2, "the tutorial names its files");
    let (code, diags) = check_json(dir.path());
    let errors: Vec<_> = diags.iter().filter(|d| d["severity"] == "error").collect();
    assert_eq!(code, 0, "{errors:#?}");
    redflag()
        .args(["play", "night-shift", "--plain", "--seed", "1", "--content"])
        .arg(dir.path())
        .write_stdin("1\n1\n1\n1\n1\n1\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("== The end:"));
}
