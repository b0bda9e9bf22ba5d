//! The shipped quiz bank measures telling genuine from scam, not recall of the game's words or of a style: enough
//! items, half genuine; no item repeats the game's own advice; genuine and scam items of the same length; and every
//! country's draw balanced in both forms.

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
