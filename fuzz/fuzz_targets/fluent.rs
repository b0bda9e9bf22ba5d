//! A Fluent file as a translation: parse, check against English, and format every message in the game.
#![no_main]

use libfuzzer_sys::fuzz_target;
use redflag::content::{Content, Files, SourceFile};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut files = Files::shipped();
    files.map.retain(|k, _| !k.starts_with("locales/") || k.starts_with("locales/en/"));
    files.map.insert(
        "locales/xx/fuzz.ftl".into(),
        SourceFile { rel: "locales/xx/fuzz.ftl".into(), display: "fuzz.ftl".into(), text: text.into() },
    );
    let content = Content::from_files(files);
    let diags = redflag::check::check(&content);
    let _ = redflag::diag::render_human(&diags, &content.sources_by_rel(), false);
    let loc = redflag::i18n::Localizer::new(&content.locales, &["xx".to_string()]);
    for f in content.locales.get("xx").into_iter().flatten() {
        for e in &f.entries {
            let _ = loc.text(&e.id, &redflag::i18n::args(&[("x", redflag::i18n::Arg::Num(1.0))]));
            for a in e.attributes.keys() {
                let _ = loc.attr(&e.id, a, &Vec::new());
            }
        }
    }
});
