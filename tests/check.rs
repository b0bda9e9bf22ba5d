//! `redflag check` on good and broken content: exit codes, and the file and line of each problem.

mod common;

use common::*;
use predicates::prelude::*;
use serde_json::Value;

fn errors(diags: &[Value]) -> Vec<&Value> {
    diags.iter().filter(|d| d["severity"] == "error").collect()
}

/// Asserts exactly one error of `code` in `file` at `line`.
fn assert_error(diags: &[Value], code: &str, file_end: &str, line: u64) {
    let errs = errors(diags);
    let found = errs.iter().find(|d| d["code"] == code);
    let d = found.unwrap_or_else(|| panic!("no {code} error in {errs:#?}"));
    assert!(d["file"].as_str().unwrap().ends_with(file_end), "{d:#?}");
    assert_eq!(d["line"], line, "{d:#?}");
    assert!(d["column"].as_u64().unwrap() > 0);
    assert!(d["hint"].is_string(), "every error says what to do: {d:#?}");
}

#[test]
fn the_fixture_is_clean() {
    let dir = mini();
    let (code, diags) = check_json(dir.path());
    assert_eq!(errors(&diags).len(), 0, "{diags:#?}");
    assert_eq!(code, 0);
}

#[test]
fn shipped_content_is_clean() {
    redflag().arg("check").assert().success().stdout(predicate::str::contains("0 error(s)"));
}

#[test]
fn unknown_goto_target() {
    let dir = mini();
    edit(dir.path(), "scenarios/mini.toml", r#"goto = "end-safe""#, r#"goto = "end-saef""#);
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    assert_error(&diags, "unknown-node", "scenarios/mini.toml", line_of(dir.path(), "scenarios/mini.toml", "end-saef"));
    let d = diags.iter().find(|d| d["code"] == "unknown-node").unwrap();
    assert!(d["hint"].as_str().unwrap().contains("end-safe"), "suggests the nearest id: {d}");
}

#[test]
fn unreachable_node() {
    let dir = mini();
    edit(
        dir.path(),
        "scenarios/mini.toml",
        "[nodes.end-safe]",
        "[nodes.island]\nending = \"safe\"\n\n[nodes.end-safe]",
    );
    write(dir.path(), "locales/en/extra.ftl", "mini-island = Nobody comes here.\n");
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    assert_error(
        &diags,
        "unreachable",
        "scenarios/mini.toml",
        line_of(dir.path(), "scenarios/mini.toml", "[nodes.island]"),
    );
}

#[test]
fn dead_end() {
    let dir = mini();
    edit(dir.path(), "scenarios/mini.toml", "next = \"chat\"\n", "");
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    assert_error(
        &diags,
        "dead-end",
        "scenarios/mini.toml",
        line_of(dir.path(), "scenarios/mini.toml", "[nodes.checked]"),
    );
}

#[test]
fn loop_without_a_way_out() {
    let dir = mini();
    edit(dir.path(), "scenarios/mini.toml", r#"{ id = "check", goto = "checked""#, r#"{ id = "check", goto = "loop""#);
    edit(
        dir.path(),
        "scenarios/mini.toml",
        "[nodes.checked]",
        "[nodes.loop]\nnext = \"loop2\"\n\n[nodes.loop2]\nnext = \"loop\"\n\n[nodes.checked]",
    );
    write(dir.path(), "locales/en/extra.ftl", "mini-loop = Round.\nmini-loop2 = And round.\n");
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    assert!(errors(&diags).iter().any(|d| d["code"] == "no-way-out"), "{diags:#?}");
}

#[test]
fn unknown_red_flag() {
    let dir = mini();
    edit(dir.path(), "scenarios/mini.toml", r#"spots = ["upfront-fee"]"#, r#"spots = ["upfront-fees"]"#);
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    assert_error(
        &diags,
        "unknown-redflag",
        "scenarios/mini.toml",
        line_of(dir.path(), "scenarios/mini.toml", "upfront-fees"),
    );
}

#[test]
fn missing_english_message() {
    let dir = mini();
    edit(dir.path(), "locales/en/mini.ftl", "mini-chat-refuse = Refuse to pay\n", "");
    edit(dir.path(), "locales/en/mini.ftl", "    .feedback = Right: an upfront fee is a warning sign.\n", "");
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    // Points at the TOML id that needs the words.
    assert_error(
        &diags,
        "missing-message",
        "scenarios/mini.toml",
        line_of(dir.path(), "scenarios/mini.toml", r#"id = "refuse""#),
    );
}

#[test]
fn fluent_syntax_error() {
    let dir = mini();
    edit(dir.path(), "locales/en/mini.ftl", "mini-checked = The agency", "mini-checked = { The agency");
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    assert_error(
        &diags,
        "fluent-syntax",
        "locales/en/mini.ftl",
        line_of(dir.path(), "locales/en/mini.ftl", "mini-checked"),
    );
}

#[test]
fn translation_uses_a_variable_english_lacks() {
    let dir = mini();
    write(dir.path(), "locales/vi/meta.ftl", "locale-name = Tiếng Việt\nlocale-status = partial\n");
    write(
        dir.path(),
        "locales/vi/mini.ftl",
        "mini-title = Thử nghiệm\nmini-checked = Công ty { $company } không có giấy phép.\n",
    );
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    assert_error(&diags, "unknown-var", "locales/vi/mini.ftl", 2);
    // And the untranslated rest is a warning with coverage, not an error.
    assert!(diags.iter().any(|d| d["code"] == "missing-translation" && d["severity"] == "warning"));
}

#[test]
fn human_output_names_file_line_and_column() {
    let dir = mini();
    edit(dir.path(), "scenarios/mini.toml", r#"goto = "end-safe""#, r#"goto = "end-saef""#);
    let line = line_of(dir.path(), "scenarios/mini.toml", "end-saef");
    redflag()
        .arg("check")
        .arg("--content")
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("mini.toml:{line}:")))
        .stderr(predicate::str::contains("there is no node `end-saef`"))
        .stderr(predicate::str::contains("did you mean `end-safe`?"));
}

#[test]
fn wrong_type_and_unknown_field_are_explained() {
    let dir = mini();
    edit(dir.path(), "scenarios/mini.toml", r#"spots = ["upfront-fee"]"#, r#"spots = "upfront-fee""#);
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    let d = errors(&diags).into_iter().find(|d| d["code"] == "toml").expect("a type error");
    assert!(d["message"].as_str().unwrap().contains("a list of red-flag ids"), "{d}");

    let dir = mini();
    edit(dir.path(), "scenarios/mini.toml", "minutes = 3", "minutes = 3\nminuts = 4");
    let (_, diags) = check_json(dir.path());
    let d = errors(&diags).into_iter().find(|d| d["code"] == "toml").expect("an unknown-field error");
    assert_eq!(d["line"], line_of(dir.path(), "scenarios/mini.toml", "minuts"));
    assert!(d["hint"].as_str().unwrap().contains("minutes"), "{d}");
}

#[test]
fn flags_read_but_never_set() {
    let dir = mini();
    edit(dir.path(), "scenarios/mini.toml", r#"requires = ["checked-agency"]"#, r#"requires = ["checked-agancy"]"#);
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    assert_error(
        &diags,
        "flag-never-set",
        "scenarios/mini.toml",
        line_of(dir.path(), "scenarios/mini.toml", "checked-agancy"),
    );
    // The flag that is now set but never read is a warning.
    assert!(diags.iter().any(|d| d["code"] == "flag-never-read" && d["severity"] == "warning"));
}

#[test]
fn warnings_alone_pass_unless_denied() {
    let dir = mini();
    write(dir.path(), "locales/vi/meta.ftl", "locale-name = Tiếng Việt\nlocale-status = partial\n");
    write(dir.path(), "locales/vi/mini.ftl", "mini-title = Thử nghiệm\n");
    redflag().arg("check").arg("--content").arg(dir.path()).assert().code(0);
    redflag().args(["check", "--deny-warnings", "--content"]).arg(dir.path()).assert().code(1);
}

#[test]
fn usage_errors_exit_2() {
    redflag().args(["check", "--format", "yaml"]).assert().code(2);
    redflag().arg("frobnicate").assert().code(2);
}

#[test]
fn a_missing_content_folder_is_a_clear_error() {
    redflag()
        .args(["check", "--content", "/nonexistent/redflag-content"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("/nonexistent/redflag-content"))
        .stderr(predicate::str::contains("cannot open the content folder"));
}

/// Fluent reports byte positions that can fall inside a multi-byte character; the snippet must not panic on them.
#[test]
fn syntax_errors_in_wide_scripts_are_reported_not_panicked() {
    for broken in [
        "mini-title = { 小测试",
        "mini-title = 小{ $x 测试",
        "小 = 测试",
        "mini-title = { $x ->\n [小] a\n}",
        "mini-title = ผู้{ หญิง",
    ] {
        let dir = mini();
        write(dir.path(), "locales/zh-Hans/mini.ftl", &format!("{broken}\nmini-summary = 招聘员安娜\n"));
        let out = redflag().arg("check").arg("--content").arg(dir.path()).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{broken:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{broken:?}: {stderr}");
        assert!(stderr.contains("locales/zh-Hans/mini.ftl:"), "{broken:?}: {stderr}");
    }
}

/// Fluent keeps no positions; `check` finds each message from where its id lies in the file. A repeated message and
/// a repeated term, after text in another script, are placed at their own line, at the start of the id.
#[test]
fn fluent_diagnostics_point_at_the_repeated_id() {
    let dir = mini();
    let path = dir.path().join("locales/en/mini.ftl");
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str(
        "-agency-name = Công ty Bắc Ninh\n    .gender = neuter\nmini-end-safe = Một lần nữa.\n-agency-name = again\n",
    );
    std::fs::write(&path, text).unwrap();
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    let dup = |key: &str| {
        diags
            .iter()
            .find(|d| d["code"] == "duplicate-id" && d["message"].as_str().unwrap().contains(&format!("`{key}`")))
            .unwrap_or_else(|| panic!("no duplicate {key} in {diags:#?}"))
            .clone()
    };
    let message = dup("mini-end-safe");
    assert_eq!(message["line"], line_of(dir.path(), "locales/en/mini.ftl", "Một lần nữa"));
    assert_eq!(message["column"], 1);
    let term = dup("-agency-name");
    assert_eq!(term["line"], line_of(dir.path(), "locales/en/mini.ftl", "-agency-name = again"));
    assert_eq!(term["column"], 1);
}

/// The benchmarks measure `check` on generated packs; a pack with errors would measure the error paths instead.
/// Each generated scenario has a condition, so the dead-end search has states to visit.
#[test]
fn a_generated_pack_is_clean() {
    let dir = tempfile::TempDir::new().unwrap();
    redflag::genpack::write(dir.path(), 1_000, 2).unwrap();
    let (code, diags) = check_json(dir.path());
    assert_eq!(diags, Vec::<serde_json::Value>::new());
    assert_eq!(code, 0);
    let toml = std::fs::read_to_string(dir.path().join("scenarios/gen-00000.toml")).unwrap();
    assert!(toml.contains("requires = [\"careful\"]"));
    assert_eq!(std::fs::read_dir(dir.path().join("scenarios")).unwrap().count(), 5 + 3);
    assert!(dir.path().join("locales/fr/gen-00004.ftl").exists());
}

/// `check` works on several cores; what it prints must not depend on which finished first.
#[test]
fn output_is_the_same_on_every_run() {
    let dir = tempfile::TempDir::new().unwrap();
    redflag::genpack::write(dir.path(), 2_000, 2).unwrap();
    // Errors and warnings in every scenario, in English and in a translation.
    for s in 0..10 {
        let id = format!("gen-{s:05}");
        edit(dir.path(), &format!("scenarios/{id}.toml"), "goto = \"n3\"", "goto = \"n-nowhere\"");
        edit(dir.path(), &format!("locales/en/{id}.ftl"), &format!("{id}-n2-leave = "), &format!("{id}-n2-leaf = "));
        edit(dir.path(), &format!("locales/fr/{id}.ftl"), "{ $city }", "{ $town }");
    }
    let runs: Vec<Vec<u8>> = (0..4)
        .map(|_| redflag().args(["check", "--format", "json", "--content"]).arg(dir.path()).output().unwrap().stdout)
        .collect();
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    for code in ["unknown-node", "missing-message", "unused-message", "unknown-var"] {
        assert!(diags.iter().filter(|d| d["code"] == code).count() >= 10, "{code}: {diags:#?}");
    }
    assert!(runs.windows(2).all(|w| w[0] == w[1]));
}

#[test]
fn a_quiz_items_unknown_country_is_an_error_at_its_place() {
    let dir = mini();
    edit(
        dir.path(),
        "scenarios/quiz.toml",
        "[item.fake-fee]\nkind = \"recruiter\"",
        "[item.fake-fee]\nkind = \"recruiter\"\ncountries = [\"PH\", \"PX\"]",
    );
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    assert_error(&diags, "bad-country", "scenarios/quiz.toml", line_of(dir.path(), "scenarios/quiz.toml", "\"PX\""));
    let d = errors(&diags).into_iter().find(|d| d["code"] == "bad-country").unwrap();
    assert!(d["hint"].as_str().unwrap().contains("PH"), "suggests a country the bank knows: {d:#?}");
    // "*" means everyone in the help list, but a quiz item for everyone lists no countries.
    edit(dir.path(), "scenarios/quiz.toml", "[\"PH\", \"PX\"]", "[\"*\"]");
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    assert_error(&diags, "bad-country", "scenarios/quiz.toml", line_of(dir.path(), "scenarios/quiz.toml", "\"*\""));
}

#[test]
fn a_country_item_with_no_general_place_is_never_drawn_and_check_says_so() {
    let dir = mini();
    // The mini bank has no general stranger scam, so a stranger scam for the Philippines has no place to take.
    let text = std::fs::read_to_string(dir.path().join("scenarios/quiz.toml")).unwrap();
    write(
        dir.path(),
        "scenarios/quiz.toml",
        &format!("{text}\n[item.ph-stranger]\nkind = \"stranger\"\ngenuine = false\ncountries = [\"PH\"]\n"),
    );
    let ftl = std::fs::read_to_string(dir.path().join("locales/en/quiz.ftl")).unwrap();
    write(
        dir.path(),
        "locales/en/quiz.ftl",
        &format!("{ftl}quiz-ph-stranger = Hi!\n    .title = Hi\n    .source = A text\n    .explain = A test.\n"),
    );
    let (_, diags) = check_json(dir.path());
    let d = diags.iter().find(|d| d["code"] == "quiz-item-never-drawn").unwrap_or_else(|| panic!("{diags:#?}"));
    assert_eq!(d["severity"], "warning");
    assert!(d["message"].as_str().unwrap().contains("PH"), "{d:#?}");
}
