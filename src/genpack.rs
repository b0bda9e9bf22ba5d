//! A synthetic content pack for measuring: N nodes spread over scenarios of 200 nodes, English and K other
//! locales, with text of realistic length. Valid: `check` finds no errors in it. Used by `examples/gen-pack.rs` and
//! the benchmarks.

use std::fmt::Write as _;
use std::path::Path;

use crate::content::Files;

pub const NODES_PER_SCENARIO: usize = 200;
/// Tags for the other locales, in order.
pub const LOCALES: [&str; 10] = ["de", "fr", "es", "pt", "it", "nl", "sv", "pl", "tr", "ro"];

const SENTENCE: &str = "The recruiter writes again with more details about the job, the salary and the flight, and asks you to decide soon.";

/// Writes the pack: the shipped catalogues and interface words, and the generated scenarios.
pub fn write(dir: &Path, nodes: usize, locales: usize) -> std::io::Result<()> {
    let shipped = Files::shipped();
    let others = &LOCALES[..locales.min(LOCALES.len())];
    for (rel, f) in &shipped.map {
        let keep = rel.starts_with("scenarios/")
            && ["redflags.toml", "sources.toml", "resources.toml"].iter().any(|n| rel.ends_with(n))
            || ["ui.ftl", "report.ftl", "meta.ftl", "redflags.ftl", "resources.ftl"]
                .iter()
                .any(|n| *rel == format!("locales/en/{n}"));
        if !keep {
            continue;
        }
        put(dir, rel, &f.text)?;
        if let Some(name) = rel.strip_prefix("locales/en/") {
            for tag in others {
                put(dir, &format!("locales/{tag}/{name}"), &translate(&f.text, tag))?;
            }
        }
    }
    let scenarios = nodes.div_ceil(NODES_PER_SCENARIO).max(1);
    for s in 0..scenarios {
        let n = NODES_PER_SCENARIO.min(nodes - s * NODES_PER_SCENARIO).max(4);
        let id = format!("gen-{s:05}");
        let (toml, ftl) = scenario(&id, n);
        put(dir, &format!("scenarios/{id}.toml"), &toml)?;
        put(dir, &format!("locales/en/{id}.ftl"), &ftl)?;
        for tag in others {
            put(dir, &format!("locales/{tag}/{id}.ftl"), &translate(&ftl, tag))?;
        }
    }
    Ok(())
}

fn put(dir: &Path, rel: &str, text: &str) -> std::io::Result<()> {
    let path = dir.join(rel);
    if let Some(p) = path.parent() {
        std::fs::create_dir_all(p)?;
    }
    std::fs::write(path, text)
}

/// A "translation": every message value prefixed with the tag, keeping ids, attributes and placeables.
fn translate(ftl: &str, tag: &str) -> String {
    ftl.lines()
        .map(|l| match l.split_once(" = ") {
            Some((k, v))
                if !k.starts_with('#')
                    && !k.trim_start().starts_with('[')
                    && !k.trim_start().starts_with('*')
                    // A status is a word `check` knows, not text to translate.
                    && k != "locale-status" =>
            {
                format!("{k} = [{tag}] {v}\n")
            }
            _ => format!("{l}\n"),
        })
        .collect()
}

/// One scenario of `n` nodes: a spine of choice nodes, each with a way on, a shortcut, and a way out to an
/// ending; every fifth node is a passage; a flag set early unlocks a choice later.
fn scenario(id: &str, n: usize) -> (String, String) {
    let endings = 3;
    let spine = n - endings;
    let mut t = format!(
        "id = \"{id}\"\nstart = \"n0\"\nminutes = 10\n\n[characters]\nrec = {{ channel = \"telegram\" }}\n\n[vars]\nsalary = {{ pick = [1500, 2000, 2500] }}\ncity = {{ pick = [\"a\", \"b\"] }}\n\n"
    );
    let mut f = format!(
        "{id}-title = Generated scenario {id}\n{id}-summary = {SENTENCE}\n{id}-character-rec = Recruiter\n{id}-city-a = Bavet\n{id}-city-b = Poipet\n"
    );
    let flags = ["pay-too-good", "upfront-fee", "pressure-no-contract", "tourist-visa", "location-changes"];
    for i in 0..spine {
        let next = if i + 1 < spine { format!("n{}", i + 1) } else { "end-safe".into() };
        let skip = if i + 2 < spine { format!("n{}", i + 2) } else { "end-safe".into() };
        let rf = flags[i % flags.len()];
        let _ = writeln!(t, "[nodes.n{i}]\nfrom = \"rec\"");
        if i % 5 == 4 {
            let _ = writeln!(t, "next = \"{next}\"\n");
            let _ = writeln!(f, "{id}-n{i} = In {{ $city }}, day {i}. {SENTENCE}");
            continue;
        }
        let set = if i == 1 { ", set = [\"careful\"]" } else { "" };
        let unlock = if i == spine / 2 && spine > 4 {
            ",\n  { id = \"report\", goto = \"end-helped\", requires = [\"careful\"] }".to_string()
        } else {
            String::new()
        };
        let _ = writeln!(
            t,
            "choices = [\n  {{ id = \"go\", goto = \"{next}\", misses = [\"{rf}\"] }},\n  {{ id = \"check\", goto = \"{skip}\", spots = [\"{rf}\"]{set} }},\n  {{ id = \"leave\", goto = \"end-scammed\" }}{unlock},\n]\n"
        );
        let _ = writeln!(
            f,
            "{id}-n{i} = Day {i}: ${{ $salary }} a month in {{ $city }}. {SENTENCE}\n    .discuss = What would you check first, and why?"
        );
        let _ = writeln!(f, "{id}-n{i}-go = Say yes and go on\n    .feedback = {SENTENCE}");
        let _ = writeln!(f, "{id}-n{i}-check = Check with the agency first\n    .feedback = {SENTENCE}");
        let _ = writeln!(f, "{id}-n{i}-leave = Stop answering");
        if !unlock.is_empty() {
            let _ = writeln!(f, "{id}-n{i}-report = Report the recruiter");
        }
    }
    for (name, o) in [("end-safe", "safe"), ("end-scammed", "scammed"), ("end-helped", "helped")] {
        let _ = writeln!(t, "[nodes.{name}]\nending = \"{o}\"\n");
        let _ = writeln!(f, "{id}-{name} = {SENTENCE}");
    }
    (t, f)
}
