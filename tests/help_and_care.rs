//! Issue 15: help for every player, help that fits the story, no scoring of choices made under threat, and words
//! for "went past" that do not blame.

mod common;

use redflag::content::{Content, ContentSource, compile};
use redflag::i18n::Localizer;
use redflag::model::{HelpKind, Library, NodeKind, Outcome};
use redflag::words::Words;

fn shipped() -> (Content, Library) {
    let content = Content::load(&ContentSource::default());
    let lib = compile(&content);
    (content, lib)
}

const COUNTRIES: [&str; 7] = ["KE", "UG", "NG", "NP", "LK", "CN", "AU"];

#[test]
fn every_listed_country_gets_national_help_in_every_scenario_with_source_and_date() {
    let (_, lib) = shipped();
    for c in COUNTRIES {
        for scn in lib.scenarios.values() {
            let list = lib.resources.for_situation(Some(c), Some(scn.help));
            let national: Vec<_> = list.iter().filter(|r| r.countries.iter().any(|x| x == c)).collect();
            assert!(!national.is_empty(), "{c} has no national help in `{}` ({:?})", scn.id, scn.help);
            for r in national {
                let src = r.source.as_deref().unwrap_or_else(|| panic!("{} has no source", r.id));
                assert!(lib.sources.contains_key(src), "{} cites unknown source {src}", r.id);
                assert!(r.checked.starts_with("20"), "{} has no checked date", r.id);
            }
        }
    }
}

#[test]
fn scam_loss_help_says_nothing_of_jobs_abroad_or_passports() {
    let (content, lib) = shipped();
    for id in ["wrong-number", "the-platform", "recovery", "task-job", "face-on-the-call"] {
        assert_eq!(lib.scenarios[id].help, HelpKind::ScamLoss, "{id}");
    }
    let loc = Localizer::new(&content.locales, &["en".to_string()]);
    for country in lib.resources.countries().iter().map(|c| Some(c.clone())).chain([None]) {
        let w = Words::new(&loc, &lib, country.clone());
        let mut text = w.help_intro(Some(HelpKind::ScamLoss));
        for h in w.help_for(Some(HelpKind::ScamLoss)) {
            text.push_str(&format!(" {} {} {}", h.name, h.contact, h.description));
        }
        let lower = text.to_lowercase();
        for bad in ["job abroad", "jobs abroad", "passport", "work abroad", "before you travel"] {
            assert!(!lower.contains(bad), "{country:?}: scam-loss help mentions `{bad}`: {text}");
        }
    }
}

#[test]
fn every_help_list_has_a_line_for_support_after_distress() {
    let (_, lib) = shipped();
    for kind in HelpKind::ALL {
        let list = lib.resources.for_situation(None, Some(kind));
        assert!(list.iter().any(|r| r.id == "support-after"), "{kind:?}");
    }
}

#[test]
fn no_choice_under_threat_spots_or_misses_and_the_ransom_ending_is_not_scammed() {
    let (_, lib) = shipped();
    let mut coerced = 0;
    for scn in lib.scenarios.values() {
        for n in scn.nodes.values().filter(|n| n.coerced) {
            coerced += 1;
            if let NodeKind::Choices(cs) = &n.kind {
                for c in cs {
                    assert!(c.spots.is_empty() && c.misses.is_empty(), "{}:{}:{}", scn.id, n.id, c.id);
                }
            }
        }
    }
    assert!(coerced >= 3, "the script, the fence and the ransom in `inside` are coerced");
    let family = &lib.scenarios["family"];
    let endings: Vec<Outcome> =
        family.nodes.values().filter_map(|n| if let NodeKind::Ending(o) = n.kind { Some(o) } else { None }).collect();
    assert!(endings.contains(&Outcome::Paid), "the ransom ending is `paid`");
    assert!(!endings.contains(&Outcome::Scammed), "no ending of `family` is `scammed`");
}

#[test]
fn check_warns_when_a_coerced_choice_names_a_red_flag() {
    let dir = common::mini();
    let path = dir.path().join("scenarios/mini.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    // Mark the first node that has choices as coerced; its choices name red flags in the fixture.
    let marked = text.replacen("choices = [", "coerced = true\nchoices = [", 1);
    assert_ne!(marked, text);
    std::fs::write(&path, marked).unwrap();
    let out = common::redflag().arg("--content").arg(dir.path()).arg("check").output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string() + &String::from_utf8_lossy(&out.stdout);
    assert!(stderr.contains("coerced-redflag"), "{stderr}");
}

/// The words each locale uses for a red flag that went past. None may mean "missed" or "ignored": a red flag goes
/// past a person; the person did not fail.
const WENT_PAST: &[(&str, &str, &[&str])] = &[
    ("en", "Went past", &["missed", "ignored"]),
    ("fil", "Nakalampas", &["hindi pinansin", "binalewala"]),
    ("hi", "निकल गया", &["छूट", "अनदेखा", "नज़रअंदाज़"]),
    ("id", "Lolos", &["terlewat", "diabaikan"]),
    ("ms", "Terlepas", &["terlepas pandang", "diabaikan"]),
    ("th", "หลุดผ่านไป", &["พลาด", "เพิกเฉย"]),
    ("vi", "Đã lọt qua", &["bỏ qua", "bỏ lỡ"]),
    ("zh-Hans", "溜过", &["错过", "忽略", "漏掉"]),
];

#[test]
fn the_words_for_went_past_are_neutral_in_every_locale() {
    let (content, _) = shipped();
    for (tag, chosen, forbidden) in WENT_PAST {
        let loc = Localizer::new(&content.locales, &[tag.to_string()]);
        assert_eq!(loc.primary(), *tag);
        let none = Vec::new();
        assert_eq!(loc.text("debrief-missed", &none), *chosen, "{tag}");
        let name = redflag::i18n::args(&[("name", redflag::i18n::Arg::Str("X".into()))]);
        let counts =
            redflag::i18n::args(&[("spotted", redflag::i18n::Arg::Num(1.0)), ("missed", redflag::i18n::Arg::Num(2.0))]);
        for text in [
            loc.text("debrief-missed", &none),
            loc.text("feedback-missed", &name),
            loc.text("status-redflags", &counts),
        ] {
            for bad in *forbidden {
                assert!(!text.to_lowercase().contains(bad), "{tag}: `{text}` contains `{bad}`");
            }
        }
    }
}

#[test]
fn an_unknown_country_code_exits_2_with_a_suggestion() {
    let out = common::redflag().args(["play", "dream-job", "--plain", "--country", "UK"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("`UK` is not a country code") && err.contains("did you mean `GB`"), "{err}");
    let out = common::redflag().args(["play", "dream-job", "--plain", "--country", "KX"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean `KE`"));
}

#[test]
fn a_player_who_leaves_sees_national_help_for_the_chosen_country() {
    for (c, needle) in [("KE", "National Employment Authority"), ("NG", "NAPTIP"), ("CN", "12308")] {
        let out = common::redflag()
            .args(["play", "dream-job", "--plain", "--seed", "1", "--country", c])
            .write_stdin("q\n")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(needle), "{c}: {text}");
    }
    let out = common::redflag()
        .args(["play", "wrong-number", "--plain", "--seed", "1", "--country", "AU"])
        .write_stdin("q\n")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Scamwatch") && text.contains("IDCARE"), "{text}");
}

#[test]
fn plain_mode_asks_for_a_country_by_number() {
    let (content, lib) = shipped();
    let loc = Localizer::new(&content.locales, &["en".to_string()]);
    let w = Words::new(&loc, &lib, None);
    let list = w.country_list();
    let kenya = list.iter().position(|(c, _)| c == "KE").unwrap() + 1;
    let ask = |input: String| {
        let mut out = Vec::new();
        let answer = redflag::plain::Plain {
            words: &w,
            input: std::io::Cursor::new(input),
            out: &mut out,
            on_step: None,
            facilitator: false,
        }
        .ask_country()
        .unwrap();
        (answer, String::from_utf8(out).unwrap())
    };
    let (answer, text) = ask(format!("zz\n{kenya}\n"));
    assert_eq!(answer, Some(Some("KE".to_string())));
    assert!(text.contains("Where do you live?") && text.contains(") Kenya") && text.contains("Please type a number"));
    assert_eq!(ask(format!("{}\n", list.len() + 1)).0, Some(None), "the last number is another country");
    assert_eq!(ask("q\n".into()).0, None);
}

/// A scenario about money lost says its red flags in its own setting: nothing of jobs abroad or passports, and no
/// dating-app words in the text-message story.
#[test]
fn scam_loss_debriefs_speak_of_their_own_setting() {
    let (content, lib) = shipped();
    let loc = Localizer::new(&content.locales, &["en".to_string()]);
    let w = Words::new(&loc, &lib, None);
    for id in ["wrong-number", "the-platform", "recovery", "task-job", "face-on-the-call"] {
        for r in &lib.scenarios[id].redflags {
            let text = format!("{} {}", w.redflag_explain_in(id, r), w.redflag_advice_in(id, r)).to_lowercase();
            for bad in ["job abroad", "jobs abroad", "passport", "migrant-worker agency"] {
                assert!(!text.contains(bad), "{id}/{r} speaks of `{bad}`: {text}");
            }
            if id == "wrong-number" {
                assert!(!text.contains("dating app"), "{id}/{r}: {text}");
            }
        }
    }
    assert_ne!(
        w.redflag_explain_in("wrong-number", "move-to-private-app"),
        w.redflag_explain("move-to-private-app"),
        "the text-message story has its own words for the move to a private app"
    );
}

#[test]
fn check_refuses_genuine_on_an_ending_of_harm_and_paths_counts_genuine_and_careful_endings() {
    let dir = common::mini();
    let path = dir.path().join("scenarios/mini.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let wrong = text.replacen("ending = \"scammed\"", "ending = \"scammed\"\ngenuine = true", 1);
    std::fs::write(&path, &wrong).unwrap();
    let out = common::redflag().arg("--content").arg(dir.path()).arg("check").output().unwrap();
    let said = String::from_utf8_lossy(&out.stderr).to_string() + &String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "{said}");
    assert!(said.contains("genuine-not-ending") && said.contains("mini.toml:35:"), "{said}");

    // In the fixture, checking the agency and then refusing the fee spots every red flag met; the helped ending
    // is where trust was right.
    let right = text.replacen("ending = \"helped\"", "ending = \"helped\"\ngenuine = true", 1);
    std::fs::write(&path, right).unwrap();
    let out = common::redflag().arg("--content").arg(dir.path()).args(["paths", "mini"]).output().unwrap();
    let said = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "{said}");
    assert!(said.contains("paths to a genuine ending (trust was right): 1"), "{said}");
    assert!(said.contains("e.g. ad:check > chat:report -> end-helped"), "{said}");
    assert!(said.contains("that still end in harm: 0"), "{said}");
    let out = common::redflag()
        .arg("--content")
        .arg(dir.path())
        .args(["paths", "mini", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["genuine"], 1);
    assert_eq!(json["careful_harmed"], 0);
}
