//! A whole content folder: the input is split into files at lines `=== <path>`, then loaded and checked.
#![no_main]

use libfuzzer_sys::fuzz_target;
use redflag::content::{Content, Files};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut pairs = Vec::new();
    for chunk in text.split("=== ").skip(1) {
        let (path, body) = chunk.split_once('\n').unwrap_or((chunk, ""));
        pairs.push((path.trim(), body));
    }
    let content = Content::from_files(Files::from_pairs(pairs));
    let diags = redflag::check::check(&content);
    let _ = redflag::diag::render_human(&diags, &content.sources_by_rel(), false);
    let _ = redflag::locales::infos(&content.locales);
    let lib = redflag::content::compile(&content);
    for scn in lib.scenarios.values() {
        let _ = redflag::paths::analyse_within(scn, 2_000);
        let _ = redflag::authoring::mermaid(scn);
    }
});
