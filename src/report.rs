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
    /// What may make the report mislead, in words for the facilitator (an uneven split of quiz forms, say).
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ScenarioStats {
    pub sessions: usize,
    pub finished: usize,
    pub endings: BTreeMap<Outcome, usize>,
    /// How long the scenario takes, in minutes: the median of the finished sessions' durations when at least
    /// `MINUTES_MIN_RECORDS` have one, else estimated from their median path length at `SECONDS_PER_STEP` a step;
    /// none without a finished session that has a path. Never a guess from the content.
    pub minutes: Option<f64>,
    /// Where `minutes` comes from: `records` (measured) or `paths` (estimated).
    pub minutes_from: Option<MinutesFrom>,
    /// How many finished sessions `minutes` was measured or estimated from.
    pub minutes_n: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MinutesFrom {
    Records,
    Paths,
}

impl MinutesFrom {
    pub fn name(self) -> &'static str {
        match self {
            MinutesFrom::Records => "records",
            MinutesFrom::Paths => "paths",
        }
    }
}

/// Finished sessions with a duration needed before a scenario's minutes are measured rather than estimated: with
/// fewer, one player who left the game open over lunch would be the room's figure.
pub const MINUTES_MIN_RECORDS: usize = 5;
/// The time one step of a path takes when minutes are estimated (reading a node's messages, the feedback, and
/// choosing). From the shipped scenarios: written for 10 to 12 minutes each (the debrief included), their
/// play-throughs record 3 to 13 steps, about 8 in the middle; 10 minutes over 8 steps is 75 seconds.
pub const SECONDS_PER_STEP: f64 = 75.0;

fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let n = values.len();
    Some(if n % 2 == 1 { values[n / 2] } else { (values[n / 2 - 1] + values[n / 2]) / 2.0 })
}

/// A scenario's minutes from its finished sessions (see `ScenarioStats::minutes`).
fn scenario_minutes(finished: &[&Record]) -> (Option<f64>, Option<MinutesFrom>, usize) {
    let mut measured: Vec<f64> = finished.iter().filter_map(|r| r.duration_minutes()).collect();
    if measured.len() >= MINUTES_MIN_RECORDS {
        let n = measured.len();
        return (median(&mut measured), Some(MinutesFrom::Records), n);
    }
    let mut steps: Vec<f64> = finished.iter().filter(|r| !r.path.is_empty()).map(|r| r.path.len() as f64).collect();
    let n = steps.len();
    match median(&mut steps) {
        Some(m) => (Some(m * SECONDS_PER_STEP / 60.0), Some(MinutesFrom::Paths), n),
        None => (None, None, 0),
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FlagStats {
    /// Sessions in which the red flag came up.
    pub met: usize,
    /// Of those, sessions in which it was spotted.
    pub spotted: usize,
    /// spotted / met (0 when it never came up), as in the CSV and the Markdown.
    pub share: f64,
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
    /// The area under the ROC curve from the full 6-point ratings, before and after, over players.
    pub auc_pre: AucSummary,
    pub auc_post: AucSummary,
    /// After minus before, paired by participant code (or within a session).
    pub auc_change: AucSummary,
    /// How many players took each form (`A`, `B`) first. Both are always there, 0 if none.
    pub forms: BTreeMap<String, usize>,
    /// Each player's quiz, by participant code where there is one.
    pub players: Vec<PlayerQuiz>,
}

/// A mean over players with its standard error and a 95% interval (normal approximation). With one player, the
/// standard error is that player's own (Hanley-McNeil); with more, the spread between players (sd / sqrt n).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct AucSummary {
    pub n: usize,
    pub mean: f64,
    pub sd: f64,
    pub se: f64,
    pub low: f64,
    pub high: f64,
}

impl AucSummary {
    /// `(value, own standard error)` per player; `range` bounds the interval (0 to 1 for an AUC, -1 to 1 for a
    /// change).
    fn of(values: &[(f64, f64)], range: (f64, f64)) -> AucSummary {
        let s = Summary::of(&values.iter().map(|v| v.0).collect::<Vec<_>>());
        if s.n == 0 {
            return AucSummary::default();
        }
        let se = if s.n == 1 { values[0].1 } else { s.sd / (s.n as f64).sqrt() };
        AucSummary {
            n: s.n,
            mean: s.mean,
            sd: s.sd,
            se,
            low: (s.mean - 1.96 * se).max(range.0),
            high: (s.mean + 1.96 * se).min(range.1),
        }
    }
}

/// One player's quiz: the participant code (none for a session without one), the form taken first, and the AUC
/// and d' before and after.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PlayerQuiz {
    pub participant: Option<String>,
    pub form: Option<String>,
    pub auc_pre: Option<f64>,
    pub auc_pre_se: Option<f64>,
    pub auc_post: Option<f64>,
    pub auc_post_se: Option<f64>,
    pub d_prime_pre: Option<f64>,
    pub d_prime_post: Option<f64>,
}

pub fn build(records: &[Record], workshop: Option<&str>) -> Report {
    let records: Vec<&Record> = latest_per_session(records)
        .into_iter()
        .filter(|r| workshop.is_none_or(|w| r.workshop.as_deref() == Some(w)))
        .collect();
    let mut rep = Report { sessions: records.len(), ..Report::default() };
    let mut participants = BTreeSet::new();
    let mut finished: BTreeMap<String, Vec<&Record>> = BTreeMap::new();
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
        let done = finished.entry(clean(&r.scenario)).or_default();
        if r.finished {
            done.push(r);
        }
        for f in &r.spotted {
            let e = rep.redflags.entry(clean(f)).or_default();
            e.met += 1;
            e.spotted += 1;
        }
        for f in &r.missed {
            rep.redflags.entry(clean(f)).or_default().met += 1;
        }
    }
    for (id, done) in finished {
        if let Some(s) = rep.scenarios.get_mut(&id) {
            (s.minutes, s.minutes_from, s.minutes_n) = scenario_minutes(&done);
        }
    }
    for f in rep.redflags.values_mut() {
        f.share = f.share();
    }
    rep.participants = participants.len();
    rep.quiz = quiz_stats(&records);
    rep.warnings = form_warnings(&rep.quiz.forms);
    rep
}

/// Below this share for either form, the before/after change mixes learning with the halves' difficulty.
pub const FORM_SHARE_MIN: f64 = 0.4;
/// Fewer players than this on a form and its half's difficulty is hardly averaged out.
pub const FORM_PLAYERS_MIN: usize = 5;

/// Why the change from before to after may mislead: the forms taken first are split unevenly, or too few took one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormWarning {
    /// Worse than 40/60: `a` took form A first, `b` form B.
    Uneven { a: usize, b: usize },
    /// Only `n` players (fewer than FORM_PLAYERS_MIN) took `form` first.
    Few { form: &'static str, n: usize },
}

/// The checks of the forms taken first, one source for every format (Markdown words them in English, the page
/// through Fluent). None when no one took the quiz.
pub fn form_checks(forms: &BTreeMap<String, usize>) -> Vec<FormWarning> {
    let (a, b) = (forms.get("A").copied().unwrap_or(0), forms.get("B").copied().unwrap_or(0));
    let total = a + b;
    let mut out = Vec::new();
    if total == 0 {
        return out;
    }
    if (a.min(b) as f64 / total as f64) < FORM_SHARE_MIN {
        out.push(FormWarning::Uneven { a, b });
    }
    for (form, n) in [("A", a), ("B", b)] {
        if n < FORM_PLAYERS_MIN {
            out.push(FormWarning::Few { form, n });
        }
    }
    out
}

fn form_warnings(forms: &BTreeMap<String, usize>) -> Vec<String> {
    form_checks(forms)
        .into_iter()
        .map(|w| match w {
            FormWarning::Uneven { a, b } => format!(
                "the quiz forms are split {a} (A) to {b} (B), worse than 40/60: the change from before to after mixes \
                 learning with the difference between the two halves of the quiz; give participant codes in sequence \
                 (P01, P02, ...) or leave the form to the room"
            ),
            FormWarning::Few { form, n } => format!(
                "only {n} player(s) took form {form} first (fewer than {FORM_PLAYERS_MIN}): read the change from \
                 before to after with care"
            ),
        })
        .collect()
}

/// One record per session id, the latest: a session left and resumed has a record for each time, and the last
/// one holds all of it. Latest by its end time, then (times are kept to the hour, so two records of a session often
/// share one) by how far it got: finished, then the longer path, then by its place in the files. Records without
/// an id (older ones) are each their own. The order of the records is kept.
pub fn latest_per_session(records: &[Record]) -> Vec<&Record> {
    let mut latest: BTreeMap<&str, usize> = BTreeMap::new();
    let progress = |r: &Record| (r.ended.clone(), r.finished, r.path.len());
    for (i, r) in records.iter().enumerate() {
        if let Some(id) = r.session.as_deref() {
            let e = latest.entry(id).or_insert(i);
            if progress(&records[*e]) <= progress(r) {
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
    let mut forms: BTreeMap<Who, crate::quiz::QuizForm> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        let key = r.participant.clone().map_or(Who::Session(i), Who::Code);
        // The form a player took first is that of their first session with a quiz.
        if let Some(f) = r.quiz_form.filter(|_| r.quiz_pre.is_some() || r.quiz_post.is_some()) {
            forms.entry(key.clone()).or_insert(f);
        }
        let e = people.entry(key).or_default();
        if e.0.is_none() {
            e.0 = r.quiz_pre.as_ref();
        }
        if r.quiz_post.is_some() {
            e.1 = r.quiz_post.as_ref();
        }
    }
    // The AUC is computed here from the ratings, not read from the record: the ratings are what was answered.
    let roc = |q: Option<&QuizResult>| q.and_then(|q| crate::quiz::auc(&q.answers));
    let auc_pre: Vec<(f64, f64)> = people.values().filter_map(|p| roc(p.0)).map(|a| (a.auc, a.se)).collect();
    let auc_post: Vec<(f64, f64)> = people.values().filter_map(|p| roc(p.1)).map(|a| (a.auc, a.se)).collect();
    let auc_change: Vec<(f64, f64)> = people
        .values()
        .filter_map(|p| Some((roc(p.0)?, roc(p.1)?)))
        .map(|(a, b)| (b.auc - a.auc, (a.se * a.se + b.se * b.se).sqrt()))
        .collect();
    let mut form_counts: BTreeMap<String, usize> = [("A".to_string(), 0), ("B".to_string(), 0)].into();
    for f in forms.values() {
        *form_counts.entry(f.name().to_string()).or_default() += 1;
    }
    let players = people
        .iter()
        .filter(|(_, p)| p.0.is_some() || p.1.is_some())
        .map(|(who, p)| PlayerQuiz {
            participant: match who {
                Who::Code(c) => Some(crate::sanitize::sanitize(c)),
                Who::Session(_) => None,
            },
            form: forms.get(who).map(|f| f.name().to_string()),
            auc_pre: roc(p.0).map(|a| a.auc),
            auc_pre_se: roc(p.0).map(|a| a.se),
            auc_post: roc(p.1).map(|a| a.auc),
            auc_post_se: roc(p.1).map(|a| a.se),
            d_prime_pre: p.0.map(|q| q.d_prime),
            d_prime_post: p.1.map(|q| q.d_prime),
        })
        .collect();
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
        auc_pre: AucSummary::of(&auc_pre, (0.0, 1.0)),
        auc_post: AucSummary::of(&auc_post, (0.0, 1.0)),
        auc_change: AucSummary::of(&auc_change, (-1.0, 1.0)),
        forms: form_counts,
        players,
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
    // Column headers are the field names of the JSON and the measures of the CSV (docs/facilitating.md).
    out.push_str("| sessions | finished | participants |\n|---:|---:|---:|\n");
    out.push_str(&format!("| {} | {} | {} |\n\n", rep.sessions, rep.finished, rep.participants));
    out.push_str("## Scenarios and how they ended\n\n| scenario | sessions | finished | endings | minutes | minutes_from | minutes_n |\n|---|---:|---:|---|---:|---|---:|\n");
    for (id, s) in &rep.scenarios {
        let endings: Vec<String> = s.endings.iter().map(|(o, n)| format!("{} {n}", cell(&names.outcome(*o)))).collect();
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} |\n",
            cell(&names.scenario(id)),
            s.sessions,
            s.finished,
            if endings.is_empty() { "-".into() } else { endings.join(", ") },
            s.minutes.map_or("-".into(), |m| format!("{m:.1}")),
            s.minutes_from.map_or("-", MinutesFrom::name),
            s.minutes_n
        ));
    }
    out.push_str(&format!(
        "\n`minutes`: the median of the finished sessions' durations when at least {MINUTES_MIN_RECORDS} have one \
         (`records`), else estimated from their median path length at {SECONDS_PER_STEP:.0} seconds a step (`paths`).\n"
    ));
    out.push_str("\n## Red flags: how many spotted them\n\nOf the sessions in which a red flag came up (`met`), the share that spotted it. The lowest first: these are the ones to talk about.\n\n| redflag | met | spotted | share |\n|---|---:|---:|---:|\n");
    let mut flags: Vec<(&String, &FlagStats)> = rep.redflags.iter().collect();
    flags.sort_by(|a, b| a.1.share().total_cmp(&b.1.share()).then(a.0.cmp(b.0)));
    for (id, f) in flags {
        out.push_str(&format!("| {} | {} | {} | {} |\n", cell(&names.redflag(id)), f.met, f.spotted, pct(f.share())));
    }
    let q = &rep.quiz;
    out.push_str("\n## The quiz: telling genuine from scam\n\n");
    out.push_str("d' is how well players told genuine offers from scams (0 is chance; higher is better). The criterion is how ready they were to call anything a scam (below 0: suspicious of everything; above 0: trusting). Learning shows as a higher d', not as a lower criterion.\n\n");
    out.push_str("| measure | before | after | change (paired) |\n|---|---|---|---|\n");
    out.push_str(&format!(
        "| d' (`pre_d`, `post_d`, `change_d`) | {} | {} | {} |\n",
        num(&q.pre_d),
        num(&q.post_d),
        num(&q.change_d)
    ));
    out.push_str(&format!(
        "| criterion (`pre_c`, `post_c`, `change_c`) | {} | {} | {} |\n",
        num(&q.pre_c),
        num(&q.post_c),
        num(&q.change_c)
    ));
    out.push_str(&format!(
        "| AUC from the 6-point ratings (`auc_pre`, `auc_post`, `auc_change`) | {} | {} | {} |\n",
        auc_cell(&q.auc_pre),
        auc_cell(&q.auc_post),
        auc_cell(&q.auc_change)
    ));
    out.push_str("\nThe AUC is the chance that a player rated a scam item as more likely a scam than a genuine one: 0.5 is guessing, 1 is telling every pair apart. The interval is 95%.\n");
    out.push_str(&format!(
        "\nForms taken first: A {}, B {}.\n",
        q.forms.get("A").copied().unwrap_or(0),
        q.forms.get("B").copied().unwrap_or(0)
    ));
    for w in &rep.warnings {
        out.push_str(&format!("\n**Warning:** {}.\n", cell(w)));
    }
    if !q.players.is_empty() {
        out.push_str("\n### Each player\n\nThe AUC with its standard error (`auc_pre_se`, `auc_post_se`) after ±.\n\n| participant | form | auc_pre | auc_post | d_prime_pre | d_prime_post |\n|---|---|---:|---:|---:|---:|\n");
        let opt = |v: Option<f64>, se: Option<f64>| match (v, se) {
            (Some(v), Some(se)) => format!("{v:.2} ± {se:.2}"),
            (Some(v), None) => format!("{v:.2}"),
            _ => "-".into(),
        };
        for p in &q.players {
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} | {} |\n",
                p.participant.as_deref().map_or("-".into(), cell),
                p.form.as_deref().unwrap_or("-"),
                opt(p.auc_pre, p.auc_pre_se),
                opt(p.auc_post, p.auc_post_se),
                opt(p.d_prime_pre, None),
                opt(p.d_prime_post, None)
            ));
        }
    }
    out
}

fn auc_cell(s: &AucSummary) -> String {
    if s.n == 0 {
        "-".into()
    } else {
        format!("{:.2} (95% {:.2} to {:.2}, se {:.2}, n {})", s.mean, s.low, s.high, s.se, s.n)
    }
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
        if let (Some(m), Some(from)) = (s.minutes, s.minutes_from) {
            row("scenario", id, &name, "minutes", format!("{m:.2}"));
            row("scenario", id, &name, "minutes_from", from.name().to_string());
        }
        row("scenario", id, &name, "minutes_n", s.minutes_n.to_string());
        // `endings.safe` here is `endings: {"safe": n}` in the JSON.
        for (o, n) in &s.endings {
            row("scenario", id, &name, &format!("endings.{}", o.id()), n.to_string());
        }
    }
    for (id, f) in &rep.redflags {
        let name = names.redflag(id);
        row("redflag", id, &name, "met", f.met.to_string());
        row("redflag", id, &name, "spotted", f.spotted.to_string());
        row("redflag", id, &name, "share", format!("{:.4}", f.share()));
    }
    // The same names as the JSON's fields.
    for (label, s) in [
        ("pre_d", &rep.quiz.pre_d),
        ("post_d", &rep.quiz.post_d),
        ("change_d", &rep.quiz.change_d),
        ("pre_c", &rep.quiz.pre_c),
        ("post_c", &rep.quiz.post_c),
        ("change_c", &rep.quiz.change_c),
    ] {
        row("quiz", label, "", "n", s.n.to_string());
        row("quiz", label, "", "mean", format!("{:.4}", s.mean));
        row("quiz", label, "", "sd", format!("{:.4}", s.sd));
    }
    for (label, s) in
        [("auc_pre", &rep.quiz.auc_pre), ("auc_post", &rep.quiz.auc_post), ("auc_change", &rep.quiz.auc_change)]
    {
        row("quiz", label, "", "n", s.n.to_string());
        for (m, v) in [("mean", s.mean), ("sd", s.sd), ("se", s.se), ("low", s.low), ("high", s.high)] {
            row("quiz", label, "", m, format!("{v:.4}"));
        }
    }
    for (form, n) in &rep.quiz.forms {
        row("quiz", "forms", form, "players", n.to_string());
    }
    for p in &rep.quiz.players {
        let who = p.participant.clone().unwrap_or_default();
        let form = p.form.clone().unwrap_or_default();
        for (m, v) in [
            ("auc_pre", p.auc_pre),
            ("auc_pre_se", p.auc_pre_se),
            ("auc_post", p.auc_post),
            ("auc_post_se", p.auc_post_se),
            ("d_prime_pre", p.d_prime_pre),
            ("d_prime_post", p.d_prime_post),
        ] {
            if let Some(v) = v {
                row("player", &who, &form, m, format!("{v:.4}"));
            }
        }
    }
    for w in &rep.warnings {
        row("warning", "", w, "", String::new());
    }
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(["section", "id", "name", "measure", "value"]);
    for r in &rows {
        let _ = w.write_record(r);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(finished: bool, steps: usize) -> Record {
        let line = format!(
            r#"{{"format":2,"game":"0.1.0","session":"000000000000000a","scenario":"s","locale":"en","seed":1,"started":"2026-11-25T09:00:00Z","ended":"2026-11-25T09:00:00Z","minutes":3,"finished":{finished},"outcome":{},"path":[],"spotted":[],"missed":[],"facilitator":false}}"#,
            if finished { r#""safe""# } else { "null" }
        );
        let mut r: Record = serde_json::from_str(&line).unwrap();
        r.path = (0..steps).map(|i| crate::engine::Step { node: format!("n{i}"), choice: None }).collect();
        r
    }

    /// Times are kept to the hour, so a session left and resumed within one hour has two records with the same
    /// end: the one that got further is the latest, in whichever order the files were given.
    #[test]
    fn the_latest_record_of_a_session_is_the_one_that_got_furthest_within_an_hour() {
        let (left, done) = (record(false, 2), record(true, 5));
        for records in [vec![left.clone(), done.clone()], vec![done.clone(), left.clone()]] {
            let kept = latest_per_session(&records);
            assert_eq!(kept, [&done]);
        }
        let rep = build(&[left, done], None);
        assert_eq!((rep.sessions, rep.finished), (1, 1));
    }
}
