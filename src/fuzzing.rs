//! The bodies of the fuzz targets (fuzz/), here so that `tests/fuzz_regressions.rs` runs found inputs through
//! exactly the same code on every `cargo test`. Each takes any bytes and must never panic.
//!
//! Each runs on a thread with the binary's stack (`threads::run`), with rayon's workers set up as in the binary:
//! on libFuzzer's own main thread a nesting that overflows the binary's stack could pass unseen.

use crate::content::{Content, Files, SourceFile, compile};

/// One scenario file beside the shipped catalogues and English words: load, check, compile, analyse, play.
pub fn scenario(data: &[u8]) {
    let data = data.to_vec();
    crate::threads::run(move || scenario_here(&data))
}

fn scenario_here(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut files = Files::shipped();
    files
        .map
        .retain(|k, _| !k.starts_with("scenarios/") || k.ends_with("redflags.toml") || k.ends_with("sources.toml"));
    files.map.retain(|k, _| !k.starts_with("locales/") || k.starts_with("locales/en/"));
    files.map.insert(
        "scenarios/fuzz.toml".into(),
        SourceFile { rel: "scenarios/fuzz.toml".into(), display: "fuzz.toml".into(), text: text.into() },
    );
    exercise(Content::from_files(files));
}

/// One translation file: parse, check against English, format every message it has.
pub fn fluent(data: &[u8]) {
    let data = data.to_vec();
    crate::threads::run(move || fluent_here(&data))
}

fn fluent_here(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut files = Files::shipped();
    files.map.retain(|k, _| !k.starts_with("locales/") || k.starts_with("locales/en/"));
    files.map.insert(
        "locales/xx/fuzz.ftl".into(),
        SourceFile { rel: "locales/xx/fuzz.ftl".into(), display: "fuzz.ftl".into(), text: text.into() },
    );
    let content = Content::from_files(files);
    let loc = crate::i18n::Localizer::new(&content.locales, &["xx".to_string()]);
    for f in content.locales.get("xx").into_iter().flatten() {
        for e in f.entries() {
            let text = loc.text(&e.id, &crate::i18n::args(&[("x", crate::i18n::Arg::Num(1.0))]));
            wrap_fits(&text);
            for (a, _) in &e.attributes {
                let _ = loc.attr(&e.id, a, &Vec::new());
            }
        }
    }
    exercise(content);
}

/// The TUI wraps every text it shows: whatever the script, no line may be wider than asked (a cluster is at most
/// two columns wide, so two columns always fit one).
fn wrap_fits(text: &str) {
    for max in [2, 7, 40] {
        for line in crate::tui::text::wrap(text, max) {
            assert!(crate::tui::text::width(&line) <= max, "{line:?} is wider than {max}");
        }
    }
}

/// A whole content folder from one input: files separated by lines `=== <path>`.
pub fn content(data: &[u8]) {
    let data = data.to_vec();
    crate::threads::run(move || content_here(&data))
}

fn content_here(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut pairs = Vec::new();
    for chunk in text.split("=== ").skip(1) {
        let (path, body) = chunk.split_once('\n').unwrap_or((chunk, ""));
        pairs.push((path.trim(), body));
    }
    exercise(Content::from_files(Files::from_pairs(pairs)));
}

/// A results file: read, report in every format.
pub fn results(data: &[u8]) {
    let data = data.to_vec();
    crate::threads::run(move || results_here(&data))
}

fn results_here(data: &[u8]) {
    struct Ids;
    impl crate::report::Names for Ids {
        fn scenario(&self, id: &str) -> String {
            id.to_string()
        }
        fn redflag(&self, id: &str) -> String {
            id.to_string()
        }
        fn outcome(&self, o: crate::model::Outcome) -> String {
            o.id().to_string()
        }
    }
    let (records, _) = crate::results::parse(data, "fuzz.jsonl");
    let rep = crate::report::build(&records, None);
    let _ = crate::report::markdown(&rep, &Ids);
    let _ = crate::report::csv(&rep, &Ids);
    let _ = serde_json::to_string(&rep);
}

fn exercise(content: Content) {
    let diags = crate::check::check(&content);
    let _ = crate::diag::render_human(&diags, &content.sources_by_rel(), false);
    let _ = crate::locales::infos(&content.locales);
    let lib = compile(&content);
    let loc = crate::i18n::Localizer::new(&content.locales, &[]);
    let words = crate::words::Words::new(&loc, &lib, None);
    for scn in lib.scenarios.values() {
        let _ = crate::paths::analyse_within(scn, 2_000);
        let _ = crate::authoring::dot(scn);
        let _ = crate::authoring::mermaid(scn);
        let Ok(mut s) = crate::engine::Session::start(scn, 1) else { continue };
        for _ in 0..50 {
            let args = words.session_args(scn, &s);
            if let Ok(node) = s.current(scn) {
                let _ = words.node_lines(scn, node, &args);
            }
            let first = s.available(scn).ok().and_then(|c| c.first().map(|c| c.id.clone()));
            let moved = match first {
                Some(c) => s.choose(scn, &c).is_ok(),
                None => s.proceed(scn).is_ok(),
            };
            if !moved {
                break;
            }
        }
    }
}
