//! Mistakes that used to pass `check` in silence: each is now found, at its file, line and column, with what to do.

mod common;

use common::*;
use serde_json::Value;

/// The one diagnostic of `code`, which must be at `line` of a file ending in `file_end`, and say what to do.
fn one<'a>(diags: &'a [Value], code: &str, file_end: &str, line: u64) -> &'a Value {
    let found: Vec<&Value> = diags.iter().filter(|d| d["code"] == code).collect();
    assert_eq!(found.len(), 1, "one {code} in {diags:#?}");
    let d = found[0];
    assert!(d["file"].as_str().unwrap().ends_with(file_end), "{d:#?}");
    assert_eq!(d["line"], line, "{d:#?}");
    assert!(d["column"].as_u64().unwrap() > 0, "{d:#?}");
    assert!(d["hint"].as_str().is_some_and(|h| !h.is_empty()), "{d:#?}");
    d
}

#[test]
fn a_choice_and_a_line_of_one_node_with_the_same_id_collide() {
    let dir = mini();
    edit(
        dir.path(),
        "scenarios/mini.toml",
        r#"  { id = "pay", goto"#,
        "  { id = \"hello\", goto = \"end-safe\" },\n  { id = \"pay\", goto",
    );
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    let d = one(
        &diags,
        "message-collision",
        "scenarios/mini.toml",
        line_of(dir.path(), "scenarios/mini.toml", r#"id = "hello""#),
    );
    assert_eq!(d["severity"], "error");
    let msg = d["message"].as_str().unwrap();
    assert!(
        msg.contains("`mini-chat-hello`") && msg.contains("choice `hello`") && msg.contains("line `hello`"),
        "{msg}"
    );
}

#[test]
fn a_node_named_like_a_line_of_another_collides() {
    let dir = mini();
    edit(
        dir.path(),
        "scenarios/mini.toml",
        "[nodes.end-safe]",
        "[nodes.chat-fee]\nending = \"safe\"\n\n[nodes.end-safe]",
    );
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    one(
        &diags,
        "message-collision",
        "scenarios/mini.toml",
        line_of(dir.path(), "scenarios/mini.toml", "[nodes.chat-fee]"),
    );
}

#[test]
fn a_translation_that_drops_a_variable_is_a_warning_and_a_function_an_error() {
    let dir = mini();
    write(dir.path(), "locales/km/meta.ftl", "locale-name = ខ្មែរ\nlocale-status = partial\n");
    write(
        dir.path(),
        "locales/km/mini.ftl",
        "mini-title = តេស្ត\nmini-ad = ត្រូវការបុគ្គលិក!\nmini-end-safe = { NUMBER($salary) } ប្រាក់\n",
    );
    let (code, diags) = check_json(dir.path());
    let d = one(&diags, "dropped-var", "locales/km/mini.ftl", 2);
    assert_eq!(d["severity"], "warning");
    assert!(d["message"].as_str().unwrap().contains("$city"), "{d:#}");
    let f = one(&diags, "fluent-function", "locales/km/mini.ftl", 3);
    assert_eq!(f["severity"], "error");
    assert_eq!(f["column"], 19, "at NUMBER: {f:#}");
    assert_eq!(code, 1);
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let dir = mini();
    let path = dir.path().join("locales/en/mini.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("\u{FEFF}{text}")).unwrap();
    let toml = dir.path().join("scenarios/mini.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(&toml, format!("\u{FEFF}{text}")).unwrap();
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 0, "{diags:#?}");
    assert!(diags.iter().all(|d| !d["file"].as_str().unwrap().contains("mini.")), "{diags:#?}");
}

#[test]
fn files_the_game_ignores_are_named() {
    let dir = mini();
    write(dir.path(), "scenarios/night-shift.toml.txt", "id = \"night-shift\"\n");
    write(dir.path(), "scenarios/drafts/old.toml", "id = \"old\"\n");
    write(dir.path(), "locales/en/.mini.ftl.swp", "editor state");
    std::fs::rename(dir.path().join("locales/en/mini.ftl"), dir.path().join("locales/en/Mini_Words.ftl")).unwrap();
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 0, "warnings only: {diags:#?}");
    let ignored: Vec<&str> =
        diags.iter().filter(|d| d["code"] == "ignored-file").map(|d| d["file"].as_str().unwrap()).collect();
    assert_eq!(ignored.len(), 2, "{diags:#?}");
    assert!(ignored.iter().any(|f| f.ends_with("night-shift.toml.txt")), "{ignored:?}");
    assert!(ignored.iter().any(|f| f.ends_with("drafts/old.toml")), "{ignored:?}");
    let named = diags.iter().find(|d| d["code"] == "file-name").expect("the file name");
    assert!(named["hint"].as_str().unwrap().contains("mini-words.ftl"), "{named:#}");
}

#[test]
fn a_locale_status_outside_the_set_is_an_error() {
    let dir = mini();
    write(
        dir.path(),
        "locales/km/meta.ftl",
        "locale-name = ខ្មែរ\nlocale-status = partial        # complete | reviewed\n",
    );
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 1);
    let d = one(&diags, "locale-status", "locales/km/meta.ftl", 2);
    assert_eq!(d["column"], 17, "{d:#}");
    write(dir.path(), "locales/km/meta.ftl", "locale-name = ខ្មែរ\nlocale-status = reveiwed\n");
    let (_, diags) = check_json(dir.path());
    assert!(one(&diags, "locale-status", "locales/km/meta.ftl", 2)["hint"].as_str().unwrap().contains("`reviewed`"));
    write(
        dir.path(),
        "locales/km/meta.ftl",
        "locale-name = ខ្មែរ\n# complete | reviewed\nlocale-status = machine-drafted\n",
    );
    let (_, diags) = check_json(dir.path());
    assert!(diags.iter().all(|d| d["code"] != "locale-status"), "{diags:#?}");
}

#[test]
fn a_translation_made_from_english_that_changed_since_is_outdated() {
    let dir = mini();
    redflag().args(["locales", "init", "km", "--content"]).arg(dir.path()).assert().success();
    // The translator translates one message from its template, keeping the record of the English.
    let km = dir.path().join("locales/km/mini.ftl");
    let text = std::fs::read_to_string(&km).unwrap();
    let hash_line = text
        .lines()
        .find(|l| l.starts_with("# # source-hash:") && text.contains(&format!("{l}\n# mini-checked =")))
        .unwrap();
    let translated = text.replacen(
        &format!("{hash_line}\n# mini-checked = The agency is not licensed."),
        &format!("{}\nmini-checked = ភ្នាក់ងារមិនមានអាជ្ញាប័ណ្ណទេ។", &hash_line[2..]),
        1,
    );
    assert_ne!(translated, text);
    std::fs::write(&km, translated).unwrap();
    let (_, diags) = check_json(dir.path());
    assert!(diags.iter().all(|d| d["code"] != "outdated-translation"), "{diags:#?}");
    // English changes its words.
    edit(dir.path(), "locales/en/mini.ftl", "The agency is not licensed.", "The agency has no licence, and no office.");
    let (code, diags) = check_json(dir.path());
    assert_eq!(code, 0, "a warning: {diags:#?}");
    let d = one(
        &diags,
        "outdated-translation",
        "locales/km/mini.ftl",
        line_of(dir.path(), "locales/km/mini.ftl", "mini-checked ="),
    );
    // The hint gives the new record, and writing it in ends the warning.
    let hint = d["hint"].as_str().unwrap();
    let new = &hint[hint.find("# source-hash: ").unwrap()..].trim_end_matches('`');
    let text = std::fs::read_to_string(&km).unwrap().replacen(&hash_line[2..], new, 1);
    std::fs::write(&km, text).unwrap();
    let (_, diags) = check_json(dir.path());
    assert!(diags.iter().all(|d| d["code"] != "outdated-translation"), "{diags:#?}");
}

#[test]
fn update_records_the_english_of_translations_that_have_no_record() {
    let dir = mini();
    write(dir.path(), "locales/km/meta.ftl", "locale-name = ខ្មែរ\nlocale-status = partial\n");
    write(dir.path(), "locales/km/mini.ftl", "mini-title = តេស្ត\n");
    let out = stdout_of(redflag().args(["locales", "update", "km", "--content"]).arg(dir.path()));
    assert!(out.contains("1 translation(s) now record"), "{out}");
    let km = std::fs::read_to_string(dir.path().join("locales/km/mini.ftl")).unwrap();
    assert!(km.starts_with("# source-hash: "), "{km}");
    assert!(km.contains("\nmini-title = តេស្ត\n"), "{km}");
    edit(dir.path(), "locales/en/mini.ftl", "mini-title = A small test", "mini-title = A small trial");
    let (_, diags) = check_json(dir.path());
    one(&diags, "outdated-translation", "locales/km/mini.ftl", 2);
}

/// The one `toml` or `fluent-syntax` error, as (message, hint, line, column).
fn syntax(diags: &[Value], code: &str) -> (String, String, u64, u64) {
    let d = diags.iter().find(|d| d["code"] == code).unwrap_or_else(|| panic!("no {code} in {diags:#?}"));
    (
        d["message"].as_str().unwrap().to_string(),
        d["hint"].as_str().unwrap_or("").to_string(),
        d["line"].as_u64().unwrap(),
        d["column"].as_u64().unwrap(),
    )
}

#[test]
fn the_toml_mistakes_authors_make_most_in_plain_words() {
    let dir = mini();
    let toml = "scenarios/mini.toml";
    let line = line_of(dir.path(), toml, "start = \"ad\"");
    edit(dir.path(), toml, "start = \"ad\"", "start = \"ad");
    let (msg, hint, l, c) = syntax(&check_json(dir.path()).1, "toml");
    assert_eq!((msg.as_str(), l, c), ("this quote is not closed on its line", line, 9), "{hint}");
    edit(dir.path(), toml, "start = \"ad", "start = “ad”");
    let (msg, hint, l, c) = syntax(&check_json(dir.path()).1, "toml");
    assert!(msg.contains("typographic quote") && hint.contains("straight quotes"), "{msg} {hint}");
    assert_eq!((l, c), (line, 9));
    edit(dir.path(), toml, "start = “ad”", "start = \"ad\"");
    edit(dir.path(), toml, "minutes = 3", "minutes = \"3\"");
    let (msg, hint, _, _) = syntax(&check_json(dir.path()).1, "toml");
    assert_eq!(msg, "\"3\" is text in quotes, but this needs a number");
    assert_eq!(hint, "write the number without quotes: 3");
    assert!(!msg.contains("u32"));
}

/// Each TOML mistake points at the exact line and column of the problem: the value of the wrong type, the bracket
/// that was never closed (not the line after it, where the parser noticed), the quote that opened an unclosed text.
#[test]
fn toml_syntax_and_type_errors_point_at_the_exact_column() {
    let toml = "scenarios/mini.toml";
    // (text, its replacement, the line to find after the edit, the column, the message)
    let cases: &[(&str, &str, &str, u64, &str)] = &[
        ("minutes = 3", "minutes = \"8\"", "minutes", 11, "\"8\" is text in quotes, but this needs a number"),
        ("minutes = 3", "minutes = 3.5", "minutes", 11, "`3.5` is not a whole number"),
        ("minutes = 3", "minutes = -3", "minutes", 11, "`-3` is below zero"),
        ("start = \"ad\"", "start = \"ad", "start", 9, "this quote is not closed on its line"),
        ("id = \"mini\"", "id = 'mini", "id = ", 6, "this quote is not closed on its line"),
        ("lines = [\"hello\", \"fee\"]", "lines = [\"hello\", \"fee\"", "lines = ", 9, "this list is not closed"),
        ("pick = [1500, 2500] }", "pick = [1500, 2500 }", "salary", 19, "this list is not closed"),
        ("pick = [1500, 2500] }", "pick = [1500, 2500]", "salary", 10, "this table is not closed"),
        ("goto = \"chat\", misses", "goto = 5, misses", "goto = 5", 26, "this needs text in quotes, not a number"),
        ("from = \"recruiter\"", "from = recruiter", "from = recruiter", 8, "text must be in quotes"),
        ("\"pay-too-good\"] },\n", "\"pay-too-good\"] }\n", "id = \"check\"", 3, "a comma is missing before this"),
        ("next = \"chat\"", "nxt = \"chat\"", "nxt", 1, "unknown field `nxt`"),
        ("ending = \"safe\"", "ending = \"saef\"", "saef", 10, "`saef` is not an allowed value here"),
    ];
    for (from, to, find, column, message) in cases {
        let dir = mini();
        edit(dir.path(), toml, from, to);
        let line = line_of(dir.path(), toml, find);
        let (msg, hint, l, c) = syntax(&check_json(dir.path()).1, "toml");
        assert_eq!((msg.as_str(), l, c), (*message, line, *column), "{to}: {hint}");
        assert!(!msg.contains("u32") && !hint.contains("u32"), "{msg} {hint}");
    }
}

#[test]
fn the_fluent_mistakes_authors_make_most_in_plain_words() {
    let dir = mini();
    let ftl = "locales/en/mini.ftl";
    edit(dir.path(), ftl, "mini-summary = A recruiter posts a job.", "mini-summary =\n\tA recruiter posts a job.");
    let (msg, hint, l, c) = syntax(&check_json(dir.path()).1, "fluent-syntax");
    assert!(msg.contains("tab") && hint.contains("spaces"), "{msg} {hint}");
    assert_eq!((l, c), (line_of(dir.path(), ftl, "\tA recruiter"), 1));
    edit(dir.path(), ftl, "mini-summary =\n\tA recruiter posts a job.", "mini-summary = A recruiter\nposts a job.");
    let (msg, hint, l, c) = syntax(&check_json(dir.path()).1, "fluent-syntax");
    assert_eq!(msg, "this line continues a message but is not indented", "{hint}");
    assert_eq!((l, c), (line_of(dir.path(), ftl, "posts a job."), 1));
    edit(dir.path(), ftl, "mini-summary = A recruiter\nposts a job.", "mini-summary = A recruiter posts a job.");
    edit(dir.path(), ftl, "${ $salary }", "${ salary }");
    let (_, diags) = check_json(dir.path());
    let d = diags.iter().find(|d| d["code"] == "unknown-message").expect("{ salary } is reported");
    assert!(d["hint"].as_str().unwrap().contains("{ $salary }"), "{d:#}");
    edit(dir.path(), ftl, "${ salary }", "${ $salary }");
    edit(dir.path(), ftl, "    .feedback = Right:", "    .feedbak = Right:");
    let (_, diags) = check_json(dir.path());
    let d = one(&diags, "unknown-attribute", ftl, line_of(dir.path(), ftl, "mini-chat-refuse"));
    assert_eq!(d["hint"], "did you mean `.feedback`?");
}
