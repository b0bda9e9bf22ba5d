//! Plain mode and `list`, run as a user would: the binary, piped input, what it prints.

mod common;

use common::*;
use predicates::prelude::*;

fn play_mini(input: &str, extra: &[&str]) -> assert_cmd::assert::Assert {
    let dir = mini();
    let mut cmd = redflag();
    cmd.args(["play", "mini", "--plain", "--seed", "3", "--content"]).arg(dir.path()).args(extra);
    cmd.write_stdin(input.to_string()).assert()
}

#[test]
fn plays_to_an_ending_with_feedback_and_debrief() {
    // ad: 2 = check the agency (spots pay-too-good); checked: Enter; chat: 2 = refuse (spots upfront-fee).
    let out = play_mini("2\n\n2\n", &[]).success().get_output().stdout.clone();
    let out = String::from_utf8(out).unwrap();
    for expected in [
        "== A small test ==",
        "[Facebook] Recruiter Ana:",
        "1) Apply now",
        "2) Check the agency first",
        "Good: a licensed agency can be looked up.",
        "[+] You spotted a red flag:",
        "Hello! You are hired.",
        "Please pay a processing fee first.",
        "3) Report the advert",
        "== The end: Safe ==",
        "You spotted 2 of 2 red flags",
        "Where to get help",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
    assert!(!out.contains("[missing text]"), "{out}");
    assert!(!out.contains("mini-"), "no raw message id is shown: {out}");
}

#[test]
fn missed_red_flags_are_named_with_advice() {
    let out = play_mini("1\n1\n", &[]).success().get_output().stdout.clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("[!] A red flag went past:"), "{out}");
    assert!(out.contains("== The end: Scammed =="), "{out}");
    assert!(out.contains("You spotted 0 of 2 red flags"), "{out}");
    assert!(out.contains("What to do:"), "{out}");
    // A choice that needs a flag the player never set is not offered.
    assert!(!out.contains("Report the advert"), "{out}");
}

#[test]
fn variables_come_from_the_seed() {
    let a = play_mini("q\n", &[]).get_output().stdout.clone();
    let b = play_mini("q\n", &[]).get_output().stdout.clone();
    assert_eq!(a, b, "the same seed gives the same text");
    let text = String::from_utf8(a).unwrap();
    assert!(text.contains("Bavet") || text.contains("Poipet"), "{text}");
    assert!(
        text.contains("$1500") || text.contains("$2500") || text.contains("$1,500") || text.contains("$2,500"),
        "{text}"
    );
}

#[test]
fn bad_input_is_asked_again() {
    play_mini("7\nabc\n2\n\n2\n", &[])
        .success()
        .stdout(predicate::str::contains("Please type a number from 1 to 2."))
        .stdout(predicate::str::contains("== The end: Safe =="));
}

#[test]
fn end_of_input_ends_the_session_cleanly() {
    play_mini("1\n", &[])
        .success()
        .stdout(predicate::str::contains("You left the session"))
        .stdout(predicate::str::contains("Where to get help"));
}

#[test]
fn q_leaves_at_any_prompt() {
    play_mini("q\n", &[]).success().stdout(predicate::str::contains("You left the session"));
}

#[test]
fn without_a_scenario_it_asks_for_one() {
    let dir = mini();
    redflag()
        .args(["play", "--plain", "--seed", "1", "--content"])
        .arg(dir.path())
        .write_stdin("1\n1\n1\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("1) A small test"))
        .stdout(predicate::str::contains("== The end: Scammed =="));
}

#[test]
fn an_unknown_scenario_is_a_usage_error_with_a_suggestion() {
    let dir = mini();
    redflag()
        .args(["play", "mnii", "--plain", "--content"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no scenario `mnii`"))
        .stderr(predicate::str::contains("did you mean `mini`?"));
}

#[test]
fn broken_content_does_not_start_and_says_why() {
    let dir = mini();
    edit(dir.path(), "scenarios/mini.toml", r#"goto = "end-safe""#, r#"goto = "nowhere""#);
    redflag()
        .args(["play", "mini", "--plain", "--content"])
        .arg(dir.path())
        .write_stdin("1\n")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("there is no node `nowhere`"));
}

#[test]
fn list_shows_title_minutes_and_red_flags() {
    let dir = mini();
    redflag()
        .args(["list", "--content"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("mini"))
        .stdout(predicate::str::contains("A small test"))
        .stdout(predicate::str::contains("3 min"))
        .stdout(predicate::str::contains("2 red flags"));
}

#[test]
fn a_partial_translation_falls_back_to_english_message_by_message() {
    let dir = mini();
    write(dir.path(), "locales/vi/meta.ftl", "locale-name = Tiếng Việt\nlocale-status = partial\n");
    write(dir.path(), "locales/vi/mini.ftl", "mini-title = Một thử nghiệm nhỏ\nmini-ad-apply = Nộp đơn ngay\n");
    let out = stdout_of(
        redflag()
            .args(["play", "mini", "--plain", "--seed", "3", "--lang", "vi", "--content"])
            .arg(dir.path())
            .write_stdin("1\n1\n"),
    );
    assert!(out.contains("Một thử nghiệm nhỏ"), "{out}");
    assert!(out.contains("Nộp đơn ngay"), "{out}");
    assert!(out.contains("Check the agency first"), "untranslated falls back to English: {out}");
    assert!(!out.contains("[missing text]"));
}

#[test]
fn pseudo_locale_transforms_every_message() {
    let dir = mini();
    let out = stdout_of(
        redflag()
            .args(["play", "mini", "--plain", "--seed", "3", "--lang", "en-XA", "--content"])
            .arg(dir.path())
            .write_stdin("q\n"),
    );
    assert!(!out.contains("A small test"), "{out}");
    assert!(out.contains("ŧeeşŧ"), "accented and longer pseudo text: {out}");
}

#[test]
fn a_language_tag_is_negotiated_and_an_unknown_one_exits_2_listing_the_languages() {
    // ISO 639-1 `tl` is Tagalog, which the Filipino translation answers.
    let out =
        redflag().args(["play", "dream-job", "--plain", "--seed", "1", "--lang", "tl"]).write_stdin("q\n").assert();
    let out = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let en =
        redflag().args(["play", "dream-job", "--plain", "--seed", "1", "--lang", "en"]).write_stdin("q\n").assert();
    let en = String::from_utf8(en.get_output().stdout.clone()).unwrap();
    assert_ne!(out.lines().next(), en.lines().next(), "tl fell back to English:\n{out}");
    let fil =
        redflag().args(["play", "dream-job", "--plain", "--seed", "1", "--lang", "fil"]).write_stdin("q\n").assert();
    assert_eq!(out, String::from_utf8(fil.get_output().stdout.clone()).unwrap());
    for tag in ["xx", "sw"] {
        redflag()
            .args(["play", "--plain", "--lang", tag])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!("no translation for the language `{tag}`")))
            .stderr(predicate::str::contains("fil (").and(predicate::str::contains("hi (")));
    }
    redflag()
        .args(["play", "--plain", "--lang", "fi"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `fil`?"));
}

#[test]
fn plain_mode_says_the_content_note_once_and_answers_words_typed_at_continue() {
    let dir = shipped_copy();
    let out = redflag()
        .args(["play", "dream-job", "--plain", "--seed", "1", "--lang", "en", "--content"])
        .arg(dir.path())
        .write_stdin("\nhello\nq\n")
        .assert()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert_eq!(out.matches("pause or leave at any time").count(), 1, "{out}");
    assert!(out.contains("what you typed was not used"), "{out}");
}
