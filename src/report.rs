//! What a room learned: aggregation of many session records, rendered as Markdown, CSV or JSON, and as a page
//! (`html`).

pub mod html;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::model::Outcome;
use crate::quiz::QuizResult;
use crate::results::Record;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    pub sessions: usize,
    pub finished: usize,
    /// Distinct participant codes (sessions without a code are not counted here).
    pub participants: usize,
    pub scenarios: BTreeMap<String, ScenarioStats>,
    pub redflags: BTreeMap<String, FlagStats>,
    pub quiz: QuizStats,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ScenarioStats {
    pub sessions: usize,
    pub finished: usize,
    pub endings: BTreeMap<Outcome, usize>,
    pub mean_minutes: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FlagStats {
    /// Sessions in which the red flag came up.
    pub met: usize,
    /// Of those, sessions in which it was spotted.
    pub spotted: usize,
}

impl FlagStats {
    pub fn share(&self) -> f64 {
        if self.met == 0 { 0.0 } else { self.spotted as f64 / self.met as f64 }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Summary {
    pub n: usize,
    pub mean: f64,
    /// Sample standard deviation (n - 1); 0 for fewer than two values.
    pub sd: f64,
}

impl Summary {
    pub fn of(values: &[f64]) -> Summary {
        let n = values.len();
        if n == 0 {
            return Summary::default();
        }
        let mean = values.iter().sum::<f64>() / n as f64;
        let sd =
            if n < 2 { 0.0 } else { (values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n - 1) as f64).sqrt() };
        Summary { n, mean, sd }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct QuizStats {
    pub pre_d: Summary,
    pub pre_c: Summary,
    pub post_d: Summary,
    pub post_c: Summary,
    /// Post minus pre, for the participants (or sessions) with both.
    pub change_d: Summary,
    pub change_c: Summary,
}

pub fn build(records: &[Record], workshop: Option<&str>) -> Report {
    let records: Vec<&Record> = latest_per_session(records)
        .into_iter()
        .filter(|r| workshop.is_none_or(|w| r.workshop.as_deref() == Some(w)))
        .collect();
    let mut rep = Report { sessions: records.len(), ..Report::default() };
    let mut participants = BTreeSet::new();
    let mut minutes: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for r in &records {
        if r.finished {
            rep.finished += 1;
        }
        if let Some(p) = &r.participant {
            participants.insert(p.clone());
        }
        // Records are input like any file: ids from them must not carry escape sequences into any format.
        let clean = crate::sanitize::sanitize;
        let s = rep.scenarios.entry(clean(&r.scenario)).or_default();
        s.sessions += 1;
        if r.finished {
            s.finished += 1;
        }
        if let Some(o) = r.outcome {
            *s.endings.entry(o).or_default() += 1;
        }
        minutes.entry(clean(&r.scenario)).or_default().push(r.seconds as f64 / 60.0);
        for f in &r.spotted {
            let e = rep.redflags.entry(clean(f)).or_default();
            e.met += 1;
            e.spotted += 1;
        }
        for f in &r.missed {
            rep.redflags.entry(clean(f)).or_default().met += 1;
        }
    }
    for (id, m) in minutes {
        if let Some(s) = rep.scenarios.get_mut(&id) {
            s.mean_minutes = Summary::of(&m).mean;
        }
    }
    rep.participants = participants.len();
    rep.quiz = quiz_stats(&records);
    rep
}

/// One record per session id, the latest (by its end time, then by its place in the files): a session left and
/// resumed has a record for each time, and the last one holds all of it. Records without an id (older ones) are
/// each their own. The order of the records is kept.
pub fn latest_per_session(records: &[Record]) -> Vec<&Record> {
    let mut latest: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        if let Some(id) = r.session.as_deref() {
            let e = latest.entry(id).or_insert(i);
            if records[*e].ended <= r.ended {
                *e = i;
            }
        }
    }
    records
        .iter()
        .enumerate()
        .filter(|(i, r)| r.session.as_deref().is_none_or(|id| latest[id] == *i))
        .map(|(_, r)| r)
        .collect()
}

/// Whose quiz results are paired: a participant code, or one session without one. An enum, not a string with a
/// reserved prefix, so no code in a record can collide with a session.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Who {
    Code(String),
    Session(usize),
}

/// Quiz results before and after, paired by participant code where there is one (a participant may take the
/// quiz before one session and after another), else within a session.
fn quiz_stats(records: &[&Record]) -> QuizStats {
    let mut people: BTreeMap<Who, (Option<&QuizResult>, Option<&QuizResult>)> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        let key = r.participant.clone().map_or(Who::Session(i), Who::Code);
        let e = people.entry(key).or_default();
        if e.0.is_none() {
            e.0 = r.quiz_pre.as_ref();
        }
        if r.quiz_post.is_some() {
            e.1 = r.quiz_post.as_ref();
        }
    }
    let pre: Vec<&QuizResult> = people.values().filter_map(|p| p.0).collect();
    let post: Vec<&QuizResult> = people.values().filter_map(|p| p.1).collect();
    let pairs: Vec<(&QuizResult, &QuizResult)> = people.values().filter_map(|p| Some((p.0?, p.1?))).collect();
    let d = |v: &[&QuizResult]| Summary::of(&v.iter().map(|q| q.d_prime).collect::<Vec<_>>());
    let c = |v: &[&QuizResult]| Summary::of(&v.iter().map(|q| q.criterion).collect::<Vec<_>>());
    QuizStats {
        pre_d: d(&pre),
        pre_c: c(&pre),
        post_d: d(&post),
        post_c: c(&post),
        change_d: Summary::of(&pairs.iter().map(|(a, b)| b.d_prime - a.d_prime).collect::<Vec<_>>()),
        change_c: Summary::of(&pairs.iter().map(|(a, b)| b.criterion - a.criterion).collect::<Vec<_>>()),
    }
}

/// Names for ids, in the facilitator's language.
pub trait Names {
    fn scenario(&self, id: &str) -> String;
    fn redflag(&self, id: &str) -> String;
    fn outcome(&self, o: Outcome) -> String;
}

fn pct(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

fn num(s: &Summary) -> String {
    if s.n == 0 { "-".into() } else { format!("{:.2} (sd {:.2}, n {})", s.mean, s.sd, s.n) }
}

/// Cells of a table must not break it, nor drive a terminal, nor become Markdown: names come from content and
/// ids from records, and `![x](https://tracker)` would load an image when the report is viewed, a link would
/// hide where it leads, and HTML would be HTML. Markdown's punctuation is escaped with a backslash, and `<`, `>`
/// and `&` are written as entities.
fn cell(s: &str) -> String {
    let s = crate::sanitize::sanitize(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '!' | '#' | '|' | '~' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A CSV cell that a spreadsheet will not run: one that starts with `=`, `+`, `-`, `@`, a TAB or a CR is a
/// formula to Excel, LibreOffice and Google Sheets (`=HYPERLINK(...)`, `=cmd|' /C calc'!A0`), so it gets a
/// leading `'`, as OWASP advises. Only for text from files; the numbers the report computes stay numbers.
fn text_cell(s: &str) -> String {
    let clean = crate::sanitize::sanitize(s);
    // Checked on the text as given and as cleaned: the cleaning turns a TAB into a space, and a spreadsheet may
    // trim leading spaces before it looks for a formula.
    if s.starts_with(['\t', '\r']) || clean.trim_start().starts_with(['=', '+', '-', '@']) {
        format!("'{clean}")
    } else {
        clean
    }
}

pub fn markdown(rep: &Report, names: &dyn Names) -> String {
    let mut out = String::new();
    out.push_str("# What the room learned\n\n");
    out.push_str(&format!(
        "{} session(s), {} finished, {} participant code(s).\n\n",
        rep.sessions, rep.finished, rep.participants
    ));
    out.push_str("## Scenarios and how they ended\n\n| scenario | sessions | finished | endings | minutes (mean) |\n|---|---:|---:|---|---:|\n");
    for (id, s) in &rep.scenarios {
        let endings: Vec<String> = s.endings.iter().map(|(o, n)| format!("{} {n}", cell(&names.outcome(*o)))).collect();
        out.push_str(&format!(
            "| {} | {} | {} | {} | {:.1} |\n",
            cell(&names.scenario(id)),
            s.sessions,
            s.finished,
            if endings.is_empty() { "-".into() } else { endings.join(", ") },
            s.mean_minutes
        ));
    }
    out.push_str("\n## Red flags: how many spotted them\n\nOf the sessions in which a red flag came up, the share that spotted it. The lowest first: these are the ones to talk about.\n\n| red flag | came up | spotted | share |\n|---|---:|---:|---:|\n");
    let mut flags: Vec<(&String, &FlagStats)> = rep.redflags.iter().collect();
    flags.sort_by(|a, b| a.1.share().total_cmp(&b.1.share()).then(a.0.cmp(b.0)));
    for (id, f) in flags {
        out.push_str(&format!("| {} | {} | {} | {} |\n", cell(&names.redflag(id)), f.met, f.spotted, pct(f.share())));
    }
    let q = &rep.quiz;
    out.push_str("\n## The quiz: telling genuine from scam\n\n");
    out.push_str("d' is how well players told genuine offers from scams (0 is chance; higher is better). The criterion is how ready they were to call anything a scam (below 0: suspicious of everything; above 0: trusting). Learning shows as a higher d', not as a lower criterion.\n\n");
    out.push_str("| | before | after | change (paired) |\n|---|---|---|---|\n");
    out.push_str(&format!("| d' | {} | {} | {} |\n", num(&q.pre_d), num(&q.post_d), num(&q.change_d)));
    out.push_str(&format!("| criterion | {} | {} | {} |\n", num(&q.pre_c), num(&q.post_c), num(&q.change_c)));
    out
}

pub fn csv(rep: &Report, names: &dyn Names) -> String {
    let mut rows: Vec<[String; 5]> = Vec::new();
    let mut row = |a: &str, b: &str, c: &str, d: &str, e: String| {
        rows.push([a.to_string(), text_cell(b), text_cell(c), d.to_string(), e]);
    };
    row("room", "", "", "sessions", rep.sessions.to_string());
    row("room", "", "", "finished", rep.finished.to_string());
    row("room", "", "", "participants", rep.participants.to_string());
    for (id, s) in &rep.scenarios {
        let name = names.scenario(id);
        row("scenario", id, &name, "sessions", s.sessions.to_string());
        row("scenario", id, &name, "finished", s.finished.to_string());
        row("scenario", id, &name, "mean_minutes", format!("{:.2}", s.mean_minutes));
        for (o, n) in &s.endings {
            row("scenario", id, &name, &format!("ending_{}", o.id()), n.to_string());
        }
    }
    for (id, f) in &rep.redflags {
        let name = names.redflag(id);
        row("redflag", id, &name, "came_up", f.met.to_string());
        row("redflag", id, &name, "spotted", f.spotted.to_string());
        row("redflag", id, &name, "share", format!("{:.4}", f.share()));
    }
    for (label, s) in [
        ("pre_d_prime", &rep.quiz.pre_d),
        ("post_d_prime", &rep.quiz.post_d),
        ("change_d_prime", &rep.quiz.change_d),
        ("pre_criterion", &rep.quiz.pre_c),
        ("post_criterion", &rep.quiz.post_c),
        ("change_criterion", &rep.quiz.change_c),
    ] {
        row("quiz", label, "", "n", s.n.to_string());
        row("quiz", label, "", "mean", format!("{:.4}", s.mean));
        row("quiz", label, "", "sd", format!("{:.4}", s.sd));
    }
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(["section", "id", "name", "measure", "value"]);
    for r in &rows {
        let _ = w.write_record(r);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
