//! The shipped quiz bank measures telling genuine from scam, not recall of the game's words or of a style: enough
//! items, half genuine; no item repeats the game's own advice; genuine and scam items of the same length; and every
//! country's draw balanced in both forms.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use redflag::content::types::QuizKind;
use redflag::content::{ContentSource, compile};
use redflag::model::QuizItem;
use redflag::quiz::{QuizForm, for_country, halves};

fn bank() -> Vec<QuizItem> {
    compile(&redflag::content::Content::load(&ContentSource::default())).quiz
}

fn locales_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

fn languages() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(locales_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    v.sort();
    v
}

/// The text runs of a pattern: placeables (variables, selectors) break a run, so no phrase spans one.
fn runs(p: &ast::Pattern<&str>) -> Vec<String> {
    let mut out = vec![String::new()];
    for e in &p.elements {
        match e {
            ast::PatternElement::TextElement { value } => out.last_mut().unwrap().push_str(value),
            ast::PatternElement::Placeable { .. } => out.push(String::new()),
        }
    }
    out
}

/// Every message of a Fluent file: (id, value runs, attributes as name -> runs).
type Messages = BTreeMap<String, (Vec<String>, BTreeMap<String, Vec<String>>)>;

fn messages(path: &Path) -> Messages {
    let mut out = Messages::new();
    let Ok(text) = std::fs::read_to_string(path) else { return out };
    let res = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    for entry in &res.body {
        if let ast::Entry::Message(m) = entry {
            let value = m.value.as_ref().map(runs).unwrap_or_default();
            let attrs = m.attributes.iter().map(|a| (a.id.name.to_string(), runs(&a.value))).collect();
            out.insert(m.id.name.to_string(), (value, attrs));
        }
    }
    out
}

/// Languages written without spaces between words: phrases there are runs of characters, not of words.
fn unspaced(lang: &str) -> bool {
    matches!(lang, "th" | "zh-Hans")
}

fn is_break(c: char) -> bool {
    c.is_whitespace() || c.is_ascii_punctuation() || "“”‘’«»…—–·।，。：；！？、（）《》「」".contains(c)
}

/// The phrases of a text a quiz item must not share with the game's advice: every 5-word sequence, in lower case.
/// Where a space parts syllables, not words (Vietnamese), 8 syllables. In a language without spaces, sequences of
/// characters about as long as 5 words (8 Chinese characters, 24 Thai ones, since Thai spells vowels and tones as
/// characters of their own), a Latin word like "WhatsApp" counting as one.
fn phrases(text: &str, lang: &str) -> BTreeSet<String> {
    let lower = text.to_lowercase();
    let mut out = BTreeSet::new();
    if unspaced(lang) {
        // Punctuation splits runs; within a run, spaces are left out.
        let n = if lang == "th" { 24 } else { 8 };
        for run in lower.split(|c: char| is_break(c) && !c.is_whitespace()) {
            let mut tokens: Vec<String> = Vec::new();
            let mut latin = false;
            for c in run.chars().filter(|c| !c.is_whitespace()) {
                if c.is_ascii_alphanumeric() && latin {
                    tokens.last_mut().unwrap().push(c);
                } else {
                    tokens.push(c.to_string());
                }
                latin = c.is_ascii_alphanumeric();
            }
            for w in tokens.windows(n) {
                out.insert(w.concat());
            }
        }
    } else {
        for run in lower.split(|c: char| ".,;:!?()\"“”".contains(c)) {
            let words: Vec<&str> = run.split(is_break).filter(|w| !w.is_empty()).collect();
            for w in words.windows(if lang == "vi" { 8 } else { 5 }) {
                out.insert(w.join(" "));
            }
        }
    }
    out
}

/// The game's own advice in a language: the `.advice` of every red flag and the `.feedback` of every choice in every
/// scenario (every Fluent file but the quiz's own).
fn advice(lang: &str) -> BTreeSet<String> {
    let dir = locales_dir().join(lang);
    let mut out = BTreeSet::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let path = e.unwrap().path();
        if path.file_name().is_some_and(|n| n == "quiz.ftl") {
            continue;
        }
        for (_, (_, attrs)) in messages(&path) {
            for (name, runs) in attrs {
                if name == "advice" || name == "feedback" {
                    for r in runs {
                        out.extend(phrases(&r, lang));
                    }
                }
            }
        }
    }
    out
}

/// Each item's text as a player of `lang` reads it (English where the language lacks it).
fn item_texts(lang: &str, items: &[QuizItem]) -> BTreeMap<String, String> {
    let en = messages(&locales_dir().join("en/quiz.ftl"));
    let here = messages(&locales_dir().join(lang).join("quiz.ftl"));
    items
        .iter()
        .map(|i| {
            let id = format!("quiz-{}", i.id);
            let (value, _) = here.get(&id).or_else(|| en.get(&id)).unwrap_or_else(|| panic!("no `{id}`"));
            (i.id.clone(), value.join(" "))
        })
        .collect()
}

#[test]
fn the_bank_has_at_least_32_items_half_of_them_genuine() {
    let items = bank();
    assert!(items.len() >= 32, "{} items", items.len());
    let genuine = items.iter().filter(|i| i.genuine).count();
    assert_eq!(genuine * 2, items.len(), "{genuine} of {} genuine", items.len());
}

#[test]
fn the_advice_detector_finds_a_real_overlap() {
    // Without this, an empty advice list would let every item pass.
    for lang in languages() {
        let adv = advice(&lang);
        assert!(adv.len() > 500, "{lang}: only {} advice phrases found", adv.len());
    }
    let adv = advice("en");
    let sample = "Great news! Ask for a written job description and the employer's full name before Friday.";
    assert!(phrases(sample, "en").iter().any(|p| adv.contains(p)), "an item copying a red flag's advice passes");
}

#[test]
fn no_item_repeats_the_games_advice_in_any_language() {
    let items = bank();
    let mut found = Vec::new();
    for lang in languages() {
        let adv = advice(&lang);
        for (id, text) in item_texts(&lang, &items) {
            for p in phrases(&text, &lang).intersection(&adv) {
                found.push(format!("{lang} {id}: \"{p}\""));
            }
        }
    }
    assert!(found.is_empty(), "quiz items that repeat the game's advice or feedback:\n{}", found.join("\n"));
}

/// Mean length in characters (spaces left out, so that languages without spaces compare fairly).
fn mean_len(texts: &[&String]) -> f64 {
    texts.iter().map(|t| t.chars().filter(|c| !c.is_whitespace()).count() as f64).sum::<f64>() / texts.len() as f64
}

fn length_gap(texts: &BTreeMap<String, String>, items: &[QuizItem]) -> f64 {
    let of = |genuine: bool| -> Vec<&String> {
        items.iter().filter(|i| i.genuine == genuine).map(|i| &texts[&i.id]).collect()
    };
    let (g, s) = (mean_len(&of(true)), mean_len(&of(false)));
    (g - s).abs() / g.max(s)
}

#[test]
fn genuine_and_scam_items_are_the_same_length_in_every_language() {
    let items = bank();
    for lang in languages() {
        let gap = length_gap(&item_texts(&lang, &items), &items);
        assert!(gap <= 0.15, "{lang}: genuine and scam items differ in mean length by {:.0} %", gap * 100.0);
    }
}

/// The countries the bank has items for, and others: none, one with help but no items, an unknown one.
fn countries(items: &[QuizItem]) -> Vec<Option<String>> {
    let mut v: BTreeSet<Option<String>> = items.iter().flat_map(|i| i.countries.iter().cloned().map(Some)).collect();
    v.extend([None, Some("KE".into()), Some("ZZ".into())]);
    v.into_iter().collect()
}

#[test]
fn every_country_draws_a_balanced_quiz_in_both_forms() {
    let items = bank();
    let with_countries: BTreeSet<String> = items.iter().flat_map(|i| i.countries.clone()).collect();
    assert!(with_countries.len() >= 4, "items for {with_countries:?}");
    let general = for_country(&items, None);
    assert!(general.iter().all(|i| i.countries.is_empty()));
    let cell = |v: &[QuizItem]| {
        let mut m: BTreeMap<(QuizKind, bool), usize> = BTreeMap::new();
        for i in v {
            *m.entry((i.kind, i.genuine)).or_default() += 1;
        }
        m
    };
    let en = item_texts("en", &items);
    for country in countries(&items) {
        let c = country.as_deref();
        let drawn = for_country(&items, c);
        assert_eq!(cell(&drawn), cell(&general), "{c:?}: the same size and mix as the general set");
        let ids: BTreeSet<&str> = drawn.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids.len(), drawn.len(), "{c:?}: an item twice");
        for i in &items {
            let theirs = c.is_some_and(|c| i.countries.iter().any(|x| x == c));
            assert!(i.countries.is_empty() || !ids.contains(i.id.as_str()) || theirs, "{c:?} got {}", i.id);
            assert!(!theirs || ids.contains(i.id.as_str()), "{c:?}: its own item {} is never drawn", i.id);
        }
        let gap = length_gap(&en, &drawn);
        assert!(gap <= 0.15, "{c:?}: genuine and scam items differ in mean length by {:.0} %", gap * 100.0);
        for form in [QuizForm::A, QuizForm::B] {
            let (pre, post) = halves(&drawn, form, 7);
            assert_eq!(pre.len(), post.len(), "{c:?} {form:?}");
            for half in [&pre, &post] {
                let genuine = half.iter().filter(|i| i.genuine).count();
                assert_eq!(genuine * 2, half.len(), "{c:?} {form:?}: {genuine} genuine of {}", half.len());
            }
            for kind in [QuizKind::Advert, QuizKind::Recruiter, QuizKind::Stranger, QuizKind::Investment] {
                let n = |h: &[QuizItem]| h.iter().filter(|i| i.kind == kind).count();
                assert_eq!(n(&pre), n(&post), "{c:?} {form:?}: {kind:?} items split unevenly");
            }
        }
    }
}

/// What plain mode prints for a session of the mini scenario with the quiz after it.
fn plain_after(input: &str) -> String {
    let dir = common::mini();
    let data = tempfile::TempDir::new().unwrap();
    let out = common::redflag()
        .env("XDG_DATA_HOME", data.path())
        .args(["play", "mini", "--plain", "--quiz", "post", "--quiz-form", "A", "--seed", "1", "--content"])
        .arg(dir.path())
        .write_stdin(input.to_string())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn plain_mode_says_the_result_in_words_and_lists_each_answer_with_its_title_and_rating() {
    // Apply, refuse the fee (a safe ending), then rate the two items of the quiz after, which (form A, seed 1) are
    // the friend's text first and the typing job second: 2 and 6.
    let out = plain_after("1\n2\n\n\n2\n6\n");
    let (friend, typists) = (out.find("Ben from choir").unwrap(), out.find("Typists wanted abroad").unwrap());
    assert!(friend < typists, "the order of the items changed:\n{out}");
    let result = out.lines().find(|l| l.contains("You called")).unwrap_or_else(|| panic!("no result in words:\n{out}"));
    assert!(result.starts_with("You told scams from genuine offers well"), "{result}");
    assert!(
        result.contains("You called 1 of the one scam a scam, and 0 of the one genuine item a scam too"),
        "{result}"
    );
    assert!(result.ends_with("You did not lean towards \"safe\" or \"scam\"."), "{result}");
    assert!(!out.contains("score"), "no score shown:\n{out}");
    let answers: Vec<&str> =
        out.lines().map(str::trim).filter(|l| l.starts_with("1. ") || l.starts_with("2. ")).collect();
    assert_eq!(
        answers,
        [
            "1. Choir on Saturday: genuine. You answered 2, probably safe.",
            "2. Typists abroad: a scam. You answered 6, surely a scam."
        ],
        "{out}"
    );
}

#[test]
fn plain_mode_names_a_lean_to_calling_everything_a_scam() {
    let out = plain_after("1\n2\n\n\n5\n6\n");
    assert!(out.contains("You called everything a scam."), "{out}");
    let out = plain_after("1\n2\n\n\n1\n1\n");
    assert!(out.contains("You called everything safe."), "{out}");
    assert!(out.contains("close to guessing"), "{out}");
}

/// The texts of the quiz before a session, as plain mode shows them, for a country and a form.
fn quiz_texts(country: Option<&str>, form: &str) -> String {
    let data = tempfile::TempDir::new().unwrap();
    let mut cmd = common::redflag();
    cmd.env("XDG_DATA_HOME", data.path()).env("XDG_CONFIG_HOME", data.path()).env("LANG", "en");
    if let Some(c) = country {
        cmd.args(["--country", c]);
    }
    let out = cmd
        .args(["play", "dream-job", "--plain", "--quiz", "pre", "--seed", "4", "--quiz-form", form])
        .write_stdin("3\n".repeat(12) + "q\n")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_players_country_brings_its_own_items_and_others_get_the_general_set() {
    let ph = quiz_texts(Some("PH"), "A") + &quiz_texts(Some("PH"), "B");
    for own in ["Lanuza Building", "Ma'am Joy", "Luzon Overseas Manpower", "visiting your cousin"] {
        assert!(ph.contains(own), "a player in the Philippines gets `{own}`");
    }
    assert!(!ph.contains("Sharma Overseas"), "no item for India in the Philippines");
    for other in [Some("KE"), None] {
        let all = quiz_texts(other, "A") + &quiz_texts(other, "B");
        assert!(all.contains("Al Noor Creek Hotel") && all.contains("Meranti Software"), "{other:?}: the general set");
        for own in ["Lanuza Building", "Sharma Overseas", "PT Karya", "EPS-TOPIK"] {
            assert!(!all.contains(own), "{other:?}: a country's item `{own}`");
        }
        assert_eq!(all.matches(" of 12 · ").count(), 24, "{other:?}: 12 items a form");
    }
}
