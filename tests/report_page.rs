//! The room's report as a page: `redflag report --format html`.

mod common;

use common::*;
use predicates::prelude::*;

/// A record as `play` writes it, with the scenario, red flag and code given.
fn record(
    scenario: &str,
    outcome: &str,
    spotted: &[&str],
    missed: &[&str],
    code: &str,
    quiz: Option<(f64, f64)>,
) -> String {
    let quiz = quiz.map_or(String::new(), |(pre, post)| {
        let (before, after) = (answers(pre), answers(post));
        // Odd codes take form A first, even ones form B.
        let form = if code.ends_with(['1', '3', '5', '7', '9']) { "A" } else { "B" };
        format!(
            r#","quiz_form":"{form}","quiz_pre":{{"answers":{before},"hits":3,"scams":6,"false_alarms":3,"genuine":6,"d_prime":{pre},"criterion":0.0}},"quiz_post":{{"answers":{after},"hits":5,"scams":6,"false_alarms":1,"genuine":6,"d_prime":{post},"criterion":-0.1}}"#
        )
    });
    serde_json::json!({
        "format": 1, "game": "0.1.0", "scenario": scenario, "locale": "en", "seed": 1,
        "started": "2026-11-25T09:00:00Z", "ended": "2026-11-25T09:06:00Z", "seconds": 360,
        "finished": outcome != "null", "outcome": serde_json::from_str::<serde_json::Value>(outcome).unwrap(),
        "path": [], "spotted": spotted, "missed": missed, "participant": code, "facilitator": false
    })
    .to_string()
    .trim_end_matches('}')
    .to_string()
        + &quiz
        + "}"
}

/// Ratings (1 sure genuine .. 6 sure scam) of two scams and two genuine offers whose AUC grows with `d`: 0.5 at
/// d' 0, 0.75 at 0.5, 0.875 at 1, and 1 from 1.5 up.
fn answers(d: f64) -> String {
    let (scams, genuine): ([u8; 2], [u8; 2]) = match d {
        d if d < 0.25 => ([4, 3], [3, 4]),
        d if d < 0.75 => ([4, 4], [3, 4]),
        d if d < 1.25 => ([5, 4], [3, 4]),
        _ => ([6, 5], [2, 3]),
    };
    let a = |i: usize, genuine: bool, rating: u8| format!(r#"{{"item":"q{i}","genuine":{genuine},"rating":{rating}}}"#);
    let all: Vec<String> =
        [a(1, false, scams[0]), a(2, false, scams[1]), a(3, true, genuine[0]), a(4, true, genuine[1])].into();
    format!("[{}]", all.join(","))
}

const HOSTILE: &str = "<script>alert(1)</script>";
const HOSTILE_FLAG: &str = "<img src=https://tracker.example/x.png onerror=alert(2)>";

fn fixture(dir: &std::path::Path) -> std::path::PathBuf {
    let lines = [
        record("dream-job", r#""safe""#, &["pay-too-good", "upfront-fee"], &[], "ZX-CODE-1", Some((0.0, 1.5))),
        record("dream-job", r#""trafficked""#, &[], &["pay-too-good", "upfront-fee"], "ZX-CODE-2", Some((1.0, 1.5))),
        record("dream-job", "null", &["pay-too-good"], &[], "ZX-CODE-3", None),
        record("wrong-number", r#""scammed""#, &[], &["pay-too-good"], "ZX-CODE-4", Some((0.5, 2.0))),
        record("other-pack.story", r#""safe""#, &["a-flag-of-another-pack"], &[], "ZX-CODE-5", None),
        // Not an id: the reader skips it with a warning, so it never reaches a report (the page escapes it all the
        // same: see the library test below).
        record(HOSTILE, r#""safe""#, &[HOSTILE_FLAG], &[], "ZX-CODE-6", None),
    ];
    let path = dir.join("room.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

/// The page written with -o, and every file the folder then holds.
fn page(extra: &[&str]) -> (String, Vec<String>) {
    let dir = tempfile::TempDir::new().unwrap();
    let records = fixture(dir.path());
    let out = dir.path().join("room.html");
    redflag()
        .args(["report", "--format", "html", "-o"])
        .arg(&out)
        .args(extra)
        .arg(&records)
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("report written to").and(predicate::str::contains("room.jsonl:6: skipped")));
    let mut files: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    files.sort();
    (std::fs::read_to_string(out).unwrap(), files)
}

/// Every value of the attribute `attr` in the page's tags. Text cannot open a tag (every `<` in text is written
/// `&lt;`), so a tag is what lies between a `<` and the next `>`.
fn attr_values(html: &str, attr: &str) -> Vec<String> {
    let needle = format!(" {attr}=");
    html.split('<')
        .skip(1)
        .map(|t| t.split('>').next().unwrap().to_ascii_lowercase().replace(['\n', '\t'], " "))
        .flat_map(|tag| {
            tag.match_indices(&needle).map(|(i, _)| tag[i + needle.len()..].to_string()).collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_page_is_one_file_with_a_chart_and_a_table_for_each_and_nothing_from_elsewhere() {
    let (html, files) = page(&[]);
    assert_eq!(files, ["room.html", "room.jsonl"], "one file, nothing beside it");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"), "{}", &html[..200]);
    assert!(html.trim_end().ends_with("</html>"));
    // Charts: endings, red flags, the quiz's AUC, d' and criterion, and the forms taken first; each figure has its
    // SVG and its table.
    let figures: Vec<&str> = html.split("<figure").skip(1).map(|f| f.split("</figure>").next().unwrap()).collect();
    assert_eq!(figures.len(), 6, "{html}");
    for f in &figures {
        assert_eq!(f.matches("<svg ").count(), 1, "{f}");
        assert!(f.contains("role=\"img\"") && f.contains("<title id="), "an accessible chart: {f}");
        assert_eq!(f.matches("<table>").count(), 1, "a table behind the chart: {f}");
        assert!(f.contains("class=\"reading\""), "a reading in plain words: {f}");
    }
    assert_eq!(html.matches("<svg ").count(), figures.len(), "no chart outside a figure");
    // Nothing to fetch: no src= or href= at all, no script, no remote stylesheet, and a policy that forbids it.
    for attr in ["src", "href", "srcset", "action", "data", "poster"] {
        assert!(attr_values(&html, attr).is_empty(), "{attr}= in the page: {:?}", attr_values(&html, attr));
    }
    assert!(!html.to_ascii_lowercase().contains("<script"), "no script: a record's `<script>` is text");
    assert!(!html.contains("<img") && !html.contains("<link") && !html.contains("@import") && !html.contains("url("));
    assert!(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'"));
    // Ids the content does not know are shown as they are, as text.
    assert!(html.contains("other-pack.story") && html.contains("a-flag-of-another-pack"));
    // Print: no chart split across pages, and the headings stay with what follows.
    assert!(html.contains("figure, table, .tiles") && html.contains("break-inside: avoid"));
}

#[test]
fn the_page_shows_the_rooms_numbers_in_its_charts_and_tables() {
    let (html, _) = page(&["--country", "PH"]);
    // At a glance: 5 sessions, 4 finished, 3 scenarios.
    assert!(html.contains("<li><strong>5</strong> sessions</li>"), "{html}");
    assert!(html.contains("<li><strong>4</strong> finished</li>"), "{html}");
    assert!(html.contains("<li><strong>3</strong> scenarios played</li>"), "{html}");
    // Endings of the dream job: 1 safe, 1 trafficked, 1 not finished, in the table and the chart's legend.
    assert!(
        html.contains(
            "<th scope=\"row\">The dream job</th><td class=\"n\">3</td><td class=\"n\">2</td><td class=\"n\">1</td>"
        ),
        "{html}"
    );
    assert!(html.contains("Not finished"));
    // Red flags lowest first: pay-too-good came up 4 times, spotted 2; upfront-fee 2 and 1; the other pack's 1 of 1.
    let flags = html.split("id=\"flags\"").nth(1).unwrap();
    let low = flags.find("Pay a fee first").expect("the upfront fee listed");
    let other = flags.find("a-flag-of-another-pack").unwrap();
    assert!(low < other, "the lowest share first");
    assert!(
        flags.contains("2 of 4 (50%)") && flags.contains("1 of 2 (50%)") && flags.contains("1 of 1 (100%)"),
        "{flags}"
    );
    // The quiz: d' 0.5 before and 1.67 after (three people), paired change up by 1.17.
    let quiz = html.split("id=\"quiz\"").nth(1).unwrap();
    assert!(quiz.contains("0.5 (n 3)") && quiz.contains("1.67 (n 3)"), "{quiz}");
    assert!(quiz.contains("<th scope=\"row\">Change, per person</th><td class=\"n\">1.17</td>"), "{quiz}");
    // Questions for the debrief, the least-spotted red flags to talk through, and help.
    assert!(html.contains("Questions for the room") && html.contains("What would you do"));
    assert!(html.contains("Worth talking through"));
    // The help of the room's country comes first, with its contacts written out (never as links).
    let help = html.split("id=\"help\"").nth(1).unwrap();
    assert!(help.contains("Where to get help") && help.contains("Contact: "), "{help}");
}

#[test]
fn participant_codes_appear_only_with_show_codes() {
    let (html, _) = page(&[]);
    assert!(!html.contains("ZX-CODE"), "no code without --show-codes");
    assert!(html.contains("No names and no participant codes"));
    let (html, _) = page(&["--show-codes"]);
    for n in 1..=5 {
        assert!(html.contains(&format!("<th scope=\"row\">ZX-CODE-{n}</th>")), "{html}");
    }
    assert!(html.contains("This page lists participant codes"));
    // The other formats never hold codes, and say so.
    let dir = tempfile::TempDir::new().unwrap();
    let records = fixture(dir.path());
    redflag()
        .args(["report", "--show-codes"])
        .arg(&records)
        .assert()
        .success()
        .stdout(predicate::str::contains("ZX-CODE").not())
        .stderr(predicate::str::contains("HTML page only"));
}

#[test]
fn the_page_goes_to_stdout_without_o_and_a_bad_output_path_is_an_error() {
    let dir = tempfile::TempDir::new().unwrap();
    let records = fixture(dir.path());
    redflag()
        .args(["report", "--format", "html"])
        .arg(&records)
        .assert()
        .success()
        .stdout(predicate::str::starts_with("<!DOCTYPE html>"));
    std::fs::write(dir.path().join("a-file"), "").unwrap();
    redflag()
        .args(["report", "--format", "html", "-o"])
        .arg(dir.path().join("a-file/page.html"))
        .arg(&records)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("could not be written to").and(predicate::str::contains("help:")));
}

#[test]
fn the_page_is_in_the_facilitators_language() {
    let dir = tempfile::TempDir::new().unwrap();
    let records = fixture(dir.path());
    let out = redflag().args(["report", "--format", "html", "--lang", "vi"]).arg(&records).output().unwrap();
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.contains("<html lang=\"vi\""), "{}", &html[..300]);
    let en = String::from_utf8(redflag().args(["report", "--format", "html"]).arg(&records).output().unwrap().stdout)
        .unwrap();
    let title = |h: &str| h.split("<h1>").nth(1).unwrap().split("</h1>").next().unwrap().to_string();
    assert_eq!(title(&en), "What the room learned");
    assert_ne!(title(&html), title(&en), "the Vietnamese page has its own words");
    assert!(!html.contains("[missing text]") && !html.contains("report-"), "no raw id");
}

/// Every value from a record or the content is escaped: a record read by the library (which, unlike `report`'s
/// reader, does not refuse ids that are not ids) with a scenario id `<script>`, and a translation with HTML in it.
#[test]
fn every_value_is_escaped_a_script_in_a_record_is_text() {
    use redflag::content::{Content, ContentSource};
    let json =
        record(HOSTILE, r#""safe""#, &[HOSTILE_FLAG], &["\"><svg onload=alert(3)>"], "ZX-CODE-9", Some((0.1, 0.2)));
    let rec: redflag::results::Record = serde_json::from_str(&json).unwrap();
    assert!(rec.problem().is_some(), "the reader would refuse it; the page must not rely on that");
    let rep = redflag::report::build(std::slice::from_ref(&rec), None);
    let dir = mini();
    edit(dir.path(), "locales/en/mini.ftl", "mini-title = A small test", "mini-title = A <b>small</b> test & \"more\"");
    let content = Content::load(&ContentSource { replace: Some(dir.path().to_path_buf()), add: vec![] });
    let lib = redflag::content::compile(&content);
    let loc = redflag::i18n::Localizer::new(&content.locales, &["en".to_string()]);
    let words = redflag::words::Words::new(&loc, &lib, None);
    struct Ids<'a>(&'a redflag::words::Words<'a>);
    impl redflag::report::Names for Ids<'_> {
        fn scenario(&self, id: &str) -> String {
            id.to_string()
        }
        fn redflag(&self, id: &str) -> String {
            id.to_string()
        }
        fn outcome(&self, o: redflag::model::Outcome) -> String {
            self.0.outcome(o)
        }
    }
    let codes = redflag::report::html::code_rows(&[rec], None);
    let opts = redflag::report::html::Options { workshop: Some("<i>W</i>".into()), codes: Some(codes), live: None };
    let html = redflag::report::html::page(&rep, &Ids(&words), &words, &opts);
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
    assert!(html.contains("&lt;img src=https://tracker.example/x.png onerror=alert(2)&gt;"), "{html}");
    assert!(html.contains("&quot;&gt;&lt;svg onload=alert(3)&gt;"), "{html}");
    assert!(html.contains("&lt;i&gt;W&lt;/i&gt;"), "{html}");
    assert!(!html.to_ascii_lowercase().contains("<script") && !html.contains("<img") && !html.contains("<i>"));
    assert!(!html.contains("<svg onload"), "{html}");
    for attr in ["src", "href", "onload", "onerror"] {
        assert!(attr_values(&html, attr).is_empty(), "{attr}= in a tag: {:?}", attr_values(&html, attr));
    }
    // The content's words are escaped too, when the page shows them.
    let lib_page = {
        let rep = redflag::report::build(
            &[serde_json::from_str(&record("mini", r#""safe""#, &[], &[], "ZX-1", None)).unwrap()],
            None,
        );
        struct Titles<'a>(&'a redflag::words::Words<'a>);
        impl redflag::report::Names for Titles<'_> {
            fn scenario(&self, id: &str) -> String {
                self.0.title(id)
            }
            fn redflag(&self, id: &str) -> String {
                self.0.redflag_name(id)
            }
            fn outcome(&self, o: redflag::model::Outcome) -> String {
                self.0.outcome(o)
            }
        }
        redflag::report::html::page(&rep, &Titles(&words), &words, &redflag::report::html::Options::default())
    };
    assert!(lib_page.contains("A &lt;b&gt;small&lt;/b&gt; test &amp; &quot;more&quot;"), "{lib_page}");
    assert!(!lib_page.contains("<b>"));
}

/// A long list of red flags is drawn as several charts, each small enough for a printed page, in one figure.
#[test]
fn a_long_list_of_red_flags_is_drawn_in_parts_that_each_fit_a_page() {
    let dir = tempfile::TempDir::new().unwrap();
    let flags: Vec<String> = (0..30).map(|i| format!("flag-{i:02}")).collect();
    let refs: Vec<&str> = flags.iter().map(String::as_str).collect();
    let line = record("dream-job", r#""safe""#, &refs[..10], &refs[10..], "ZX-1", None);
    std::fs::write(dir.path().join("r.jsonl"), line + "\n").unwrap();
    let out = redflag().args(["report", "--format", "html"]).arg(dir.path().join("r.jsonl")).output().unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    let fig = html.split("<figure id=\"flags-chart\"").nth(1).unwrap().split("</figure>").next().unwrap();
    assert!(fig.starts_with(" class=\"parts\""), "{fig}");
    assert_eq!(fig.matches("<svg ").count(), 3, "{fig}");
    for part in ["(1–14 of 30)", "(15–28 of 30)", "(29–30 of 30)"] {
        assert!(fig.contains(part), "{part}: {fig}");
    }
    // Each part is a whole chart: its own title, and a height that fits a page at the page's width.
    for svg in fig.split("<svg ").skip(1) {
        let h: i32 = svg.split("height=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap();
        assert!(h <= 8 + 42 * 14 + 30, "{h}");
    }
    assert_eq!(fig.matches("<tr>").count(), 31, "one table with every red flag");
}

/// The quiz's AUC from the full ratings, with its interval, comes first; then how many took each form first, with
/// the warnings the Markdown gives when the split is uneven or a form has few players.
#[test]
fn the_quiz_shows_the_auc_with_its_interval_and_the_forms_taken_first() {
    let (html, _) = page(&[]);
    let quiz = html.split("id=\"quiz\"").nth(1).unwrap().split("</section>").next().unwrap();
    let auc = quiz.split("<figure id=\"quiz-auc\"").nth(1).expect("an AUC chart").split("</figure>").next().unwrap();
    assert!(quiz.find("quiz-auc").unwrap() < quiz.find("quiz-dprime").unwrap(), "the AUC first");
    // Before: 0.5, 0.875 and 0.75 (mean 0.71); after: 1 for each of the three; the change 0.5, 0.125, 0.25.
    assert!(auc.contains("0.71 (n 3)") && auc.contains("1 (n 3)"), "{auc}");
    assert!(auc.contains("<th scope=\"row\">Before</th><td class=\"n\">0.71</td>"), "{auc}");
    // The interval: 0.708 ± 1.96 × sd/√3, sd 0.191: 0.49 to 0.92; the paired change's is clear of 0.
    assert!(auc.contains("0.49 – 0.92") && auc.contains("0.08 – 0.51"), "{auc}");
    assert!(auc.contains("<th scope=\"row\">Change, per person</th><td class=\"n\">0.29</td>"), "{auc}");
    assert!(auc.contains("class=\"reading\"") && auc.contains("rated scams apart from genuine offers better"), "{auc}");
    assert!(auc.contains(">\nchance\n</text>"), "the line of guessing at 0.5 is labelled: {auc}");
    assert!(quiz.contains("0.5 is guessing"), "how to read an AUC: {quiz}");
    // Forms: codes 1 (A), 2 and 4 (B) took the quiz.
    let forms =
        quiz.split("<figure id=\"quiz-forms\"").nth(1).expect("a forms chart").split("</figure>").next().unwrap();
    assert_eq!(forms.matches("<svg ").count(), 1, "{forms}");
    assert!(forms.contains("1 of 3 (33%)") && forms.contains("2 of 3 (67%)"), "{forms}");
    assert!(
        forms.contains("<th scope=\"row\">Form A first</th><td class=\"n\">1</td><td class=\"n\">33%</td>"),
        "{forms}"
    );
    assert!(forms.contains("1 took form A first and 2 form B"), "{forms}");
    assert!(forms.contains("class=\"warning\"") && forms.contains("split 1 to 2, worse than 40 to 60"), "{forms}");
    assert!(
        forms.contains("Only 1 player took form A first") && forms.contains("Only 2 players took form B first"),
        "{forms}"
    );
}

/// An even split with enough players on each form gives no warning.
#[test]
fn an_even_split_of_forms_gives_no_warning() {
    let dir = tempfile::TempDir::new().unwrap();
    let lines: Vec<String> =
        (1..=10).map(|i| record("dream-job", r#""safe""#, &[], &[], &format!("P{i:02}"), Some((0.5, 1.5)))).collect();
    std::fs::write(dir.path().join("r.jsonl"), lines.join("\n") + "\n").unwrap();
    let out = redflag().args(["report", "--format", "html"]).arg(dir.path().join("r.jsonl")).output().unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    let forms = html.split("<figure id=\"quiz-forms\"").nth(1).unwrap().split("</figure>").next().unwrap();
    assert!(forms.contains("5 took form A first and 5 form B: split evenly enough"), "{forms}");
    assert!(!forms.contains("class=\"warning\""), "{forms}");
}
