//! A scenario file beside the real catalogues and English words: load, check, compile, analyse paths, play.
#![no_main]

use libfuzzer_sys::fuzz_target;
use redflag::content::{Content, Files, compile};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut files = Files::shipped();
    files.map.retain(|k, _| !k.starts_with("scenarios/") || k.ends_with("redflags.toml") || k.ends_with("sources.toml"));
    files.map.retain(|k, _| !k.starts_with("locales/") || k.starts_with("locales/en/"));
    files.map.insert(
        "scenarios/fuzz.toml".into(),
        redflag::content::SourceFile { rel: "scenarios/fuzz.toml".into(), display: "fuzz.toml".into(), text: text.into() },
    );
    let content = Content::from_files(files);
    let diags = redflag::check::check(&content);
    let _ = redflag::diag::render_human(&diags, &content.sources_by_rel(), false);
    let lib = compile(&content);
    for scn in lib.scenarios.values() {
        let _ = redflag::paths::analyse_within(scn, 2_000);
        let _ = redflag::authoring::dot(scn);
        if let Ok(mut s) = redflag::engine::Session::start(scn, 1) {
            for _ in 0..50 {
                let Ok(choices) = s.available(scn) else { break };
                let first = choices.first().map(|c| c.id.clone());
                match first {
                    Some(c) => {
                        let _ = s.choose(scn, &c);
                    }
                    None => {
                        if s.proceed(scn).is_err() {
                            break;
                        }
                    }
                }
            }
        }
    }
});
