//! The room's report as one self-contained HTML page, for a projector, a printout or a partner: the numbers of
//! `Report` as charts (inline SVG drawn with plotters), each with its table, in the facilitator's language.
//!
//! This is a front-end of the report: it reads `Report` and speaks through `Words`, and decides nothing that the
//! Markdown, CSV and JSON do not show too. Nothing in the page is loaded from anywhere (no script, font, image or
//! link), and a Content-Security-Policy of `default-src 'none'` makes a browser refuse it if anything ever were.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use plotters::coord::Shift;
use plotters::coord::ranged1d::Ranged;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{AucSummary, FlagStats, FormWarning, Names, QuizStats, Report, Summary};
use crate::i18n::Arg;
use crate::model::Outcome;
use crate::results::Record;
use crate::words::Words;

/// What the page shows beyond the room's numbers.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The workshop code the records were filtered by, shown in the heading.
    pub workshop: Option<String>,
    /// Participant codes, only with `--show-codes`: without it no code reaches the page.
    pub codes: Option<Vec<CodeRow>>,
    /// The page as `serve` shows it live: the version of the room's records it shows. The page then carries
    /// LIVE_JS, which reloads it when the server's version differs; a page written to a file has none.
    pub live: Option<String>,
}

/// The live page's one script, inline (nothing is loaded), allowed by its hash alone.
pub const LIVE_JS: &str = include_str!("live.js");
/// `sha256-` of LIVE_JS, base64: the page's policy allows this script and no other (a test checks it matches).
pub const LIVE_JS_HASH: &str = "sha256-tf6eMxG8zAHm+GdarqGJesXoFneqNPwea8vjFHti9/8=";

/// The page's Content-Security-Policy: nothing may load, no script runs, no form goes anywhere; the live page may
/// run its own script and ask its own server for the version.
pub fn csp(live: bool) -> String {
    if live {
        format!(
            "default-src 'none'; style-src 'unsafe-inline'; script-src '{LIVE_JS_HASH}'; connect-src 'self'; \
             base-uri 'none'; form-action 'none'"
        )
    } else {
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'".to_string()
    }
}

/// One participant code's sessions, for `--show-codes`.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeRow {
    pub code: String,
    pub sessions: usize,
    pub finished: usize,
    pub pre_d: Option<f64>,
    pub post_d: Option<f64>,
}

/// The participant codes of the records the report counts (the latest record per session, of the workshop), with
/// their sessions and quiz results, by code.
pub fn code_rows(records: &[Record], workshop: Option<&str>) -> Vec<CodeRow> {
    let mut rows: BTreeMap<String, CodeRow> = BTreeMap::new();
    for r in super::latest_per_session(records) {
        if workshop.is_some_and(|w| r.workshop.as_deref() != Some(w)) {
            continue;
        }
        let Some(code) = &r.participant else { continue };
        let row = rows.entry(code.clone()).or_insert_with(|| CodeRow {
            code: crate::sanitize::sanitize(code),
            sessions: 0,
            finished: 0,
            pre_d: None,
            post_d: None,
        });
        row.sessions += 1;
        row.finished += usize::from(r.finished);
        // As the room's pairing does: the first quiz before, the last quiz after.
        if row.pre_d.is_none() {
            row.pre_d = r.quiz_pre.as_ref().map(|q| q.d_prime);
        }
        if let Some(q) = &r.quiz_post {
            row.post_d = Some(q.d_prime);
        }
    }
    rows.into_values().collect()
}

/// Text from records, content or translations, made safe as HTML text or an attribute value: control and bidi
/// characters removed, and the five characters that HTML gives a meaning written as references.
pub fn esc(s: &str) -> String {
    let s = crate::sanitize::sanitize(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const CSS: &str = include_str!("page.css");

/// The colours of the endings, from Okabe and Ito's palette, which readers with any common colour-vision deficiency
/// can tell apart; the bars also carry their counts, and the table their names, so colour is never the only cue.
fn outcome_colour(o: Option<Outcome>) -> (RGBColor, RGBColor) {
    const DARK: RGBColor = RGBColor(0x1a, 0x1a, 0x1a);
    match o {
        Some(Outcome::Safe) => (RGBColor(0x00, 0x9e, 0x73), DARK),
        Some(Outcome::Helped) => (RGBColor(0x56, 0xb4, 0xe9), DARK),
        Some(Outcome::Escaped) => (RGBColor(0x00, 0x72, 0xb2), WHITE),
        Some(Outcome::Scammed) => (RGBColor(0xe6, 0x9f, 0x00), DARK),
        Some(Outcome::Paid) => (RGBColor(0xd5, 0x5e, 0x00), WHITE),
        Some(Outcome::Trafficked) => (RGBColor(0xcc, 0x79, 0xa7), DARK),
        None => (RGBColor(0xc8, 0xc8, 0xc8), DARK),
    }
}

const INK: RGBColor = RGBColor(0x1a, 0x1a, 0x1a);
const MUTED: RGBColor = RGBColor(0x55, 0x55, 0x55);
const GRID: RGBColor = RGBColor(0xd0, 0xd0, 0xd0);
const TRACK: RGBColor = RGBColor(0xee, 0xee, 0xee);
const ACCENT: RGBColor = RGBColor(0x0b, 0x53, 0x94);
const BEFORE: RGBColor = RGBColor(0x88, 0x88, 0x88);

/// The width every chart is drawn at; the page scales it to the screen or the paper (viewBox).
const WIDTH: i32 = 800;
/// Room on the right of a bar for its count.
const COUNT_ROOM: i32 = 190;
const FONT: &str = "sans-serif";

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
type DrawResult = Result<(), DrawingAreaErrorKind<std::io::Error>>;

fn font(px: u32, colour: RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    // plotters writes a font size of size / 1.24 into the SVG; this gives `px`.
    (FONT, px as f64 * 1.24).into_font().color(&colour).pos(Pos::new(h, v))
}

/// A label that fits its line: the table under the chart has it in full.
fn fit(label: &str, max_chars: usize) -> String {
    if label.chars().count() <= max_chars {
        label.to_string()
    } else {
        let mut s: String = label.chars().take(max_chars.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

/// An SVG chart drawn by `draw` at WIDTH x `height`, made accessible: `role="img"`, a `<title>` and the reading
/// in plain words as its description (plotters writes neither). None if plotters failed, and then the table alone
/// carries the numbers.
fn svg_chart(
    id: &str,
    title: &str,
    reading_id: &str,
    height: i32,
    draw: impl FnOnce(&Area) -> DrawResult,
) -> Option<String> {
    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, (WIDTH as u32, height.max(1) as u32)).into_drawing_area();
        draw(&root).ok()?;
        root.present().ok()?;
    }
    let head_end = buf.find(">\n")?;
    if !buf.starts_with("<svg ") {
        return None;
    }
    let mut out = String::with_capacity(buf.len() + 200);
    out.push_str("<svg class=\"chart\" role=\"img\" focusable=\"false\"");
    let _ = write!(out, " aria-labelledby=\"{id}-title\" aria-describedby=\"{reading_id}\" ");
    out.push_str(&buf[5..head_end + 2]);
    let _ = writeln!(out, "<title id=\"{id}-title\">{}</title>", esc(title));
    out.push_str(&buf[head_end + 2..]);
    Some(out)
}

/// A bar of a share: part of whole, for the red flags (and any other count of a whole, like the quiz forms).
#[derive(Debug, Clone)]
pub struct ShareRow {
    pub label: String,
    pub part: usize,
    pub whole: usize,
}

impl ShareRow {
    fn share(&self) -> f64 {
        if self.whole == 0 { 0.0 } else { self.part as f64 / self.whole as f64 }
    }
}

const ROW: i32 = 58;
const TOP: i32 = 8;
const AXIS: i32 = 30;
/// A row of a share chart: a label line and a thinner bar, so a long list still fits a printed page.
const SHARE_ROW: i32 = 42;
/// The most rows one share chart holds: a longer list is drawn as several charts, each of which fits on an A4 or
/// Letter page, since a chart is never split across pages.
pub const ROWS_PER_CHART: usize = 14;

/// Horizontal bars of shares, one row each in the order given: the label above its bar, the count after it, and a
/// scale of 0-100 % under them.
fn share_chart(
    id: &str,
    title: &str,
    reading_id: &str,
    rows: &[ShareRow],
    count_text: impl Fn(&ShareRow) -> String,
) -> Option<String> {
    let plot = WIDTH - COUNT_ROOM;
    let height = TOP + SHARE_ROW * rows.len() as i32 + AXIS;
    svg_chart(id, title, reading_id, height, |root| {
        let bottom = TOP + SHARE_ROW * rows.len() as i32;
        for tick in [0, 25, 50, 75, 100] {
            let x = plot * tick / 100;
            root.draw(&PathElement::new(vec![(x, TOP), (x, bottom)], GRID.stroke_width(1)))?;
            let h = if tick == 0 { HPos::Left } else { HPos::Center };
            root.draw(&Text::new(format!("{tick}%"), (x, bottom + 6), font(14, MUTED, h, VPos::Top)))?;
        }
        for (i, r) in rows.iter().enumerate() {
            let y = TOP + SHARE_ROW * i as i32;
            root.draw(&Text::new(fit(&r.label, 80), (0, y + 2), font(16, INK, HPos::Left, VPos::Top)))?;
            let bar = y + 22;
            root.draw(&Rectangle::new([(0, bar), (plot, bar + 16)], TRACK.filled()))?;
            let w = (r.share() * plot as f64).round() as i32;
            if w > 0 {
                root.draw(&Rectangle::new([(0, bar), (w, bar + 16)], ACCENT.filled()))?;
            }
            root.draw(&Text::new(count_text(r), (plot + 10, bar + 8), font(16, INK, HPos::Left, VPos::Center)))?;
        }
        Ok(())
    })
}

/// Share bars for any number of rows: one chart per ROWS_PER_CHART, each titled with the rows it holds.
fn share_charts(
    say: &Say,
    id: &str,
    title: &str,
    reading_id: &str,
    rows: &[ShareRow],
    count_text: impl Fn(&ShareRow) -> String,
) -> Vec<String> {
    let parts = rows.len().div_ceil(ROWS_PER_CHART);
    rows.chunks(ROWS_PER_CHART)
        .enumerate()
        .filter_map(|(i, chunk)| {
            let title = if parts > 1 {
                let from = i * ROWS_PER_CHART + 1;
                say.words.ui_with(
                    "report-chart-part",
                    &[
                        ("title", Arg::Str(title.to_string())),
                        ("from", count(from)),
                        ("to", count(from + chunk.len() - 1)),
                        ("total", count(rows.len())),
                    ],
                )
            } else {
                title.to_string()
            };
            share_chart(&format!("{id}-{}", i + 1), &title, reading_id, chunk, &count_text)
        })
        .collect()
}

/// One scenario's row of the endings chart.
struct EndingRow {
    label: String,
    sessions: usize,
    /// Each ending with its count, then the sessions not finished (None).
    parts: Vec<(Option<Outcome>, usize)>,
}

fn ending_rows(rep: &Report, names: &dyn Names) -> Vec<EndingRow> {
    rep.scenarios
        .iter()
        .map(|(id, s)| {
            let mut parts: Vec<(Option<Outcome>, usize)> =
                Outcome::ALL.iter().filter_map(|o| s.endings.get(o).map(|n| (Some(*o), *n))).collect();
            let ended: usize = parts.iter().map(|p| p.1).sum();
            if s.sessions > ended {
                parts.push((None, s.sessions - ended));
            }
            EndingRow { label: names.scenario(id), sessions: s.sessions, parts }
        })
        .collect()
}

/// Stacked bars: one per scenario, its sessions split by ending, with a legend of the endings that occur.
fn endings_chart(
    id: &str,
    title: &str,
    reading_id: &str,
    rows: &[EndingRow],
    legend: &[(Option<Outcome>, String)],
) -> Option<String> {
    let plot = WIDTH - COUNT_ROOM;
    // The legend wraps: each entry is given room by its length.
    let mut legend_pos = Vec::new();
    let (mut x, mut y) = (0, TOP);
    for (o, name) in legend {
        let w = 30 + 9 * name.chars().count() as i32 + 24;
        if x > 0 && x + w > WIDTH {
            x = 0;
            y += 28;
        }
        legend_pos.push((*o, name.clone(), x, y));
        x += w;
    }
    let top = y + 36;
    let height = top + ROW * rows.len() as i32 + 4;
    svg_chart(id, title, reading_id, height, |root| {
        for (o, name, x, y) in &legend_pos {
            let (fill, _) = outcome_colour(*o);
            root.draw(&Rectangle::new([(*x, y + 2), (x + 20, y + 20)], fill.filled()))?;
            root.draw(&Text::new(name.clone(), (x + 28, y + 11), font(15, INK, HPos::Left, VPos::Center)))?;
        }
        for (i, r) in rows.iter().enumerate() {
            let y = top + ROW * i as i32;
            root.draw(&Text::new(fit(&r.label, 80), (0, y + 4), font(16, INK, HPos::Left, VPos::Top)))?;
            let bar = y + 26;
            let mut x0 = 0;
            let mut done = 0;
            for (o, n) in &r.parts {
                done += n;
                // Edges from the running total, so rounding never leaves a gap or overflows.
                let x1 = (done as f64 / r.sessions.max(1) as f64 * plot as f64).round() as i32;
                let (fill, text) = outcome_colour(*o);
                root.draw(&Rectangle::new([(x0, bar), (x1, bar + 22)], fill.filled()))?;
                root.draw(&PathElement::new(vec![(x1, bar), (x1, bar + 22)], WHITE.stroke_width(2)))?;
                if x1 - x0 >= 24 {
                    let mid = (x0 + x1) / 2;
                    root.draw(&Text::new(n.to_string(), (mid, bar + 11), font(14, text, HPos::Center, VPos::Center)))?;
                }
                x0 = x1;
            }
            root.draw(&Text::new(
                r.sessions.to_string(),
                (plot + 10, bar + 11),
                font(16, INK, HPos::Left, VPos::Center),
            ))?;
        }
        Ok(())
    })
}

/// A value with its 95 % interval, from `n` people.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Estimate {
    pub value: f64,
    pub low: f64,
    pub high: f64,
    pub n: usize,
}

impl Estimate {
    /// The mean with a t interval (mean ± t · sd / √n); none without data, and no width from one person.
    pub fn of_mean(s: &Summary) -> Option<Estimate> {
        if s.n == 0 {
            return None;
        }
        let half = if s.n < 2 { 0.0 } else { t975(s.n - 1) * s.sd / (s.n as f64).sqrt() };
        Some(Estimate { value: s.mean, low: s.mean - half, high: s.mean + half, n: s.n })
    }

    /// The room's mean AUC with the interval `report` gave it (normal, from the spread between players; from a
    /// lone player's own standard error when there is one).
    pub fn of_auc(s: &AucSummary) -> Option<Estimate> {
        (s.n > 0).then_some(Estimate { value: s.mean, low: s.low, high: s.high, n: s.n })
    }

    /// Whether the interval lies wholly on one side of `x`.
    fn clear_of(&self, x: f64) -> bool {
        self.n >= 2 && (self.low > x || self.high < x)
    }
}

/// Student's t, 97.5th percentile, for `df` degrees of freedom (a room is often fewer than 30 people, where 1.96
/// would make the interval too narrow).
fn t975(df: usize) -> f64 {
    const T: [f64; 30] = [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ];
    match df {
        0 => f64::NAN,
        1..=30 => T[df - 1],
        31..=60 => 2.000,
        61..=120 => 1.980,
        _ => 1.960,
    }
}

/// One measure of the quiz, drawn as its own chart (each has its own scale).
#[derive(Debug, Clone)]
pub struct Measure {
    /// Names its messages: `report-quiz-<key>` (its name) and `report-quiz-reading-<key>` (the reading, given
    /// `$direction`: up, down, unclear or none, and `$before`, `$after`).
    pub key: &'static str,
    pub before: Option<Estimate>,
    pub after: Option<Estimate>,
    /// After minus before, paired per person.
    pub change: Option<Estimate>,
    /// The value of no skill or no lean, drawn as a line: 0 for d' and the criterion, 0.5 for an AUC.
    pub reference: f64,
}

/// The quiz's measures, in the order the page shows them: the AUC of the full ratings first (it uses every answer),
/// then d' and the criterion of the yes/no split. A new measure is one more entry here, with its two messages in
/// report.ftl: the chart, the table, the reading and the print layout follow.
pub fn quiz_measures(q: &QuizStats) -> Vec<Measure> {
    let m = |key, before: &Summary, after: &Summary, change: &Summary, reference| Measure {
        key,
        before: Estimate::of_mean(before),
        after: Estimate::of_mean(after),
        change: Estimate::of_mean(change),
        reference,
    };
    let auc = Measure {
        key: "auc",
        before: Estimate::of_auc(&q.auc_pre),
        after: Estimate::of_auc(&q.auc_post),
        change: Estimate::of_auc(&q.auc_change),
        reference: 0.5,
    };
    vec![auc, m("dprime", &q.pre_d, &q.post_d, &q.change_d, 0.0), m("criterion", &q.pre_c, &q.post_c, &q.change_c, 0.0)]
}

/// A measure before and after: a dot at each value, a line over its interval, and the line of no skill or lean.
fn measure_chart(
    id: &str,
    title: &str,
    reading_id: &str,
    m: &Measure,
    labels: [&str; 2],
    reference: &str,
) -> Option<String> {
    let rows: Vec<(&str, Option<Estimate>, RGBColor)> =
        vec![(labels[0], m.before, BEFORE), (labels[1], m.after, ACCENT)];
    let (mut lo, mut hi) = (m.reference, m.reference);
    for e in rows.iter().filter_map(|r| r.1) {
        lo = lo.min(e.low);
        hi = hi.max(e.high);
    }
    let pad = ((hi - lo) * 0.1).max(0.25);
    let scale = RangedCoordf64::from((lo - pad)..(hi + pad));
    let (left, right) = (150, WIDTH - 170);
    let top = 30;
    let height = top + 2 * 46 + 34;
    let px = |v: f64| scale.map(&v, (left, right));
    svg_chart(id, title, reading_id, height, |root| {
        let bottom = top + 2 * 46;
        for v in scale.key_points(6usize) {
            let x = px(v);
            root.draw(&PathElement::new(vec![(x, top), (x, bottom)], GRID.stroke_width(1)))?;
            root.draw(&Text::new(trim_num(v), (x, bottom + 6), font(14, MUTED, HPos::Center, VPos::Top)))?;
        }
        let x = px(m.reference);
        root.draw(&PathElement::new(vec![(x, top - 6), (x, bottom)], INK.stroke_width(2)))?;
        root.draw(&Text::new(reference.to_string(), (x, top - 10), font(14, INK, HPos::Center, VPos::Bottom)))?;
        for (i, (label, e, colour)) in rows.iter().enumerate() {
            let y = top + 23 + 46 * i as i32;
            root.draw(&Text::new(label.to_string(), (0, y), font(16, INK, HPos::Left, VPos::Center)))?;
            match e {
                Some(e) => {
                    root.draw(&PathElement::new(vec![(px(e.low), y), (px(e.high), y)], colour.stroke_width(4)))?;
                    root.draw(&Circle::new((px(e.value), y), 8, colour.filled()))?;
                    let text = format!("{} (n {})", trim_num(e.value), e.n);
                    root.draw(&Text::new(text, (right + 16, y), font(16, INK, HPos::Left, VPos::Center)))?;
                }
                None => {
                    root.draw(&Text::new("–", (right + 16, y), font(16, MUTED, HPos::Left, VPos::Center)))?;
                }
            }
        }
        Ok(())
    })
}

/// A number on a chart's scale: two decimals at most, no trailing zeros, a real minus sign.
fn trim_num(v: f64) -> String {
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    let s = if s == "-0" { "0" } else { s };
    s.replace('-', "−")
}

/// The page's words: every message through Fluent, made safe for HTML.
struct Say<'a, 'w> {
    words: &'a Words<'w>,
}

impl Say<'_, '_> {
    fn t(&self, id: &str) -> String {
        esc(&self.words.ui(id))
    }
    fn with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        esc(&self.words.ui_with(id, args))
    }
    /// A number in the facilitator's way of writing it (decimal comma where that is the custom).
    fn num(&self, v: f64, decimals: i32) -> String {
        esc(&self.num_raw(v, decimals))
    }
    fn num_raw(&self, v: f64, decimals: i32) -> String {
        let f = 10f64.powi(decimals);
        self.words.ui_with("report-number", &[("value", Arg::Num((v * f).round() / f))])
    }
    fn est(&self, e: &Option<Estimate>) -> [String; 3] {
        match e {
            Some(e) => [
                self.num(e.value, 2),
                if e.high > e.low {
                    format!("{} – {}", self.num(e.low, 2), self.num(e.high, 2))
                } else {
                    "–".into()
                },
                e.n.to_string(),
            ],
            None => ["–".into(), "–".into(), "0".into()],
        }
    }
}

fn count(n: usize) -> Arg {
    Arg::Num(n as f64)
}

/// A table: a caption, a header row and rows of cells already escaped; cells marked numeric align to the end.
fn table(out: &mut String, caption: &str, head: &[String], rows: &[Vec<String>], numeric: &[bool]) {
    let _ = write!(out, "<table>\n<caption>{caption}</caption>\n<thead><tr>");
    for h in head {
        let _ = write!(out, "<th scope=\"col\">{h}</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in rows {
        out.push_str("<tr>");
        for (i, c) in r.iter().enumerate() {
            if i == 0 {
                let _ = write!(out, "<th scope=\"row\">{c}</th>");
            } else if numeric.get(i).copied().unwrap_or(false) {
                let _ = write!(out, "<td class=\"n\">{c}</td>");
            } else {
                let _ = write!(out, "<td>{c}</td>");
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// A chart in its figure: a heading, the SVG, the reading in plain words, and the numbers in an open `<details>`
/// (screen readers and printouts get the table; on a projector it folds away).
/// `warnings` (escaped) follow the reading: what may make the chart mislead.
#[allow(clippy::too_many_arguments)]
fn figure(
    out: &mut String,
    say: &Say,
    id: &str,
    heading: &str,
    svgs: Vec<String>,
    reading: &str,
    warnings: &[String],
    data: &str,
) {
    // A figure of several charts may break between them (each chart stays whole); one chart keeps its figure whole.
    let class = if svgs.len() > 1 { " class=\"parts\"" } else { "" };
    let _ = writeln!(out, "<figure id=\"{id}\"{class} aria-labelledby=\"{id}-heading\">");
    let _ = writeln!(out, "<h3 id=\"{id}-heading\">{heading}</h3>");
    for svg in svgs {
        out.push_str(&svg);
    }
    let _ = writeln!(out, "<p class=\"reading\" id=\"{id}-reading\">{reading}</p>");
    for w in warnings {
        let _ = writeln!(out, "<p class=\"warning\" role=\"note\">{w}</p>");
    }
    let _ = writeln!(out, "<details open>\n<summary>{}</summary>", say.t("report-data"));
    out.push_str(data);
    out.push_str("</details>\n</figure>\n");
}

/// Whether the language is written right to left, for the page's `dir`.
fn rtl(lang: &str) -> bool {
    let l = lang.split('-').next().unwrap_or(lang);
    matches!(l, "ar" | "he" | "fa" | "ur" | "ps" | "sd" | "ug" | "yi" | "dv" | "ckb")
}

/// The whole page.
pub fn page(rep: &Report, names: &dyn Names, words: &Words, opts: &Options) -> String {
    let say = Say { words };
    let lang = words.loc.primary();
    let title = say.t("report-page-title");
    let mut out = String::with_capacity(64 * 1024);
    let _ = writeln!(out, "<!DOCTYPE html>");
    let _ = writeln!(out, "<html lang=\"{}\" dir=\"{}\">", esc(lang), if rtl(lang) { "rtl" } else { "ltr" });
    out.push_str("<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // Nothing may load: no script, no font, no image, no frame, no form target.
    let _ = writeln!(out, "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">", csp(opts.live.is_some()));
    if let Some(v) = &opts.live {
        let _ = writeln!(out, "<meta name=\"redflag-version\" content=\"{}\">", esc(v));
    }
    out.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    let _ = writeln!(out, "<meta name=\"generator\" content=\"redflag {}\">", env!("CARGO_PKG_VERSION"));
    let _ = writeln!(out, "<title>{title}</title>");
    let _ = writeln!(out, "<style>\n{CSS}</style>\n</head>\n<body>\n<main>");
    out.push_str("<header>\n");
    let _ = writeln!(out, "<h1>{title}</h1>");
    if let Some(w) = &opts.workshop {
        let _ = writeln!(
            out,
            "<p class=\"workshop\">{}</p>",
            say.with("report-workshop", &[("workshop", Arg::Str(w.clone()))])
        );
    }
    let privacy = if opts.codes.is_some() { "report-privacy-codes" } else { "report-privacy" };
    let _ = writeln!(out, "<p class=\"privacy\">{}</p>\n</header>", say.t(privacy));

    glance(&mut out, &say, rep, names);
    flags(&mut out, &say, rep, names);
    quiz(&mut out, &say, &rep.quiz);
    debrief(&mut out, &say, rep, words);
    help(&mut out, &say, words);
    if let Some(codes) = &opts.codes {
        codes_section(&mut out, &say, codes);
    }
    let _ = writeln!(out, "<footer><p>{}</p></footer>", say.with("report-footer", &[("count", count(rep.sessions))]));
    out.push_str("</main>\n");
    if opts.live.is_some() {
        // Exactly LIVE_JS between the tags: its hash is what the policy allows.
        let _ = writeln!(out, "<script>{LIVE_JS}</script>");
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn glance(out: &mut String, say: &Say, rep: &Report, names: &dyn Names) {
    let _ = writeln!(out, "<section id=\"glance\">\n<h2>{}</h2>", say.t("report-glance-title"));
    out.push_str("<ul class=\"tiles\">\n");
    for (n, id) in [
        (rep.sessions, "report-sessions"),
        (rep.finished, "report-finished"),
        (rep.scenarios.len(), "report-scenarios-played"),
    ] {
        let _ = writeln!(out, "<li><strong>{n}</strong> {}</li>", say.with(id, &[("count", count(n))]));
    }
    out.push_str("</ul>\n");
    if rep.sessions == 0 {
        let _ = writeln!(out, "<p>{}</p>", say.t("report-empty"));
        out.push_str("</section>\n");
        return;
    }
    let rows = ending_rows(rep, names);
    // The legend and the table name every ending that occurs, in the order of the bars.
    let mut seen: Vec<Option<Outcome>> = Vec::new();
    for o in Outcome::ALL.iter().map(|o| Some(*o)).chain([None]) {
        if rows.iter().any(|r| r.parts.iter().any(|p| p.0 == o)) {
            seen.push(o);
        }
    }
    let name_of = |o: Option<Outcome>| match o {
        Some(o) => names.outcome(o),
        None => say.words.ui("report-not-finished"),
    };
    let legend: Vec<(Option<Outcome>, String)> = seen.iter().map(|o| (*o, name_of(*o))).collect();
    let mut totals: BTreeMap<Outcome, usize> = BTreeMap::new();
    for s in rep.scenarios.values() {
        for (o, n) in &s.endings {
            *totals.entry(*o).or_default() += n;
        }
    }
    let reading = match totals.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))) {
        Some((o, n)) => say.with(
            "report-endings-reading",
            &[("outcome", Arg::Str(names.outcome(*o))), ("count", count(*n)), ("total", count(rep.finished))],
        ),
        None => say.t("report-endings-none"),
    };
    let heading = say.t("report-endings-title");
    let svg = endings_chart("endings", &say.words.ui("report-endings-title"), "endings-reading", &rows, &legend);
    let mut head = vec![say.t("report-col-scenario"), say.t("report-col-sessions"), say.t("report-col-finished")];
    head.extend(legend.iter().map(|(_, n)| esc(n)));
    head.push(say.t("report-col-minutes"));
    let data: Vec<Vec<String>> = rep
        .scenarios
        .iter()
        .zip(&rows)
        .map(|((_, s), r)| {
            let mut cells = vec![esc(&r.label), s.sessions.to_string(), s.finished.to_string()];
            for o in &seen {
                cells.push(r.parts.iter().find(|p| p.0 == *o).map_or(0, |p| p.1).to_string());
            }
            // An estimate from path lengths is marked as one; measured minutes are shown as they are.
            cells.push(match (s.minutes, s.minutes_from) {
                (Some(m), Some(crate::report::MinutesFrom::Paths)) => format!("≈{}", say.num(m, 1)),
                (Some(m), _) => say.num(m, 1),
                (None, _) => "-".into(),
            });
            cells
        })
        .collect();
    let numeric: Vec<bool> = (0..head.len()).map(|i| i > 0).collect();
    let mut t = String::new();
    table(&mut t, &heading, &head, &data, &numeric);
    figure(out, say, "endings", &heading, svg.into_iter().collect(), &reading, &[], &t);
    out.push_str("</section>\n");
}

/// The red flags, least spotted first (ties by name, so the page does not change between runs).
fn sorted_flags<'r>(rep: &'r Report, names: &dyn Names) -> Vec<(&'r String, &'r FlagStats, String)> {
    let mut flags: Vec<(&String, &FlagStats, String)> =
        rep.redflags.iter().filter(|(_, f)| f.met > 0).map(|(id, f)| (id, f, names.redflag(id))).collect();
    flags.sort_by(|a, b| a.1.share().total_cmp(&b.1.share()).then_with(|| a.2.cmp(&b.2)).then_with(|| a.0.cmp(b.0)));
    flags
}

fn flags(out: &mut String, say: &Say, rep: &Report, names: &dyn Names) {
    let heading = say.t("report-flags-title");
    let _ = writeln!(out, "<section id=\"flags\">\n<h2>{heading}</h2>");
    let _ = writeln!(out, "<p class=\"intro\">{}</p>", say.t("report-flags-intro"));
    let flags = sorted_flags(rep, names);
    if flags.is_empty() {
        let _ = writeln!(out, "<p>{}</p>\n</section>", say.t("report-flags-none"));
        return;
    }
    let rows: Vec<ShareRow> =
        flags.iter().map(|(_, f, name)| ShareRow { label: name.clone(), part: f.spotted, whole: f.met }).collect();
    let bar_text = |r: &ShareRow| {
        say.words.ui_with(
            "report-flags-bar",
            &[("spotted", count(r.part)), ("met", count(r.whole)), ("percent", Arg::Num((r.share() * 100.0).round()))],
        )
    };
    let (_, f, name) = &flags[0];
    let reading = say.with(
        "report-flags-reading",
        &[("flag", Arg::Str(name.clone())), ("spotted", count(f.spotted)), ("met", count(f.met))],
    );
    let svgs =
        share_charts(say, "flags-chart", &say.words.ui("report-flags-title"), "flags-chart-reading", &rows, bar_text);
    let head = [
        say.t("report-col-redflag"),
        say.t("report-col-came-up"),
        say.t("report-col-spotted"),
        say.t("report-col-share"),
    ];
    let data: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let pct = say.with("report-percent", &[("percent", Arg::Num((r.share() * 100.0).round()))]);
            vec![esc(&r.label), r.whole.to_string(), r.part.to_string(), pct]
        })
        .collect();
    let mut t = String::new();
    table(&mut t, &heading, &head, &data, &[false, true, true, true]);
    figure(out, say, "flags-chart", &heading, svgs, &reading, &[], &t);
    out.push_str("</section>\n");
}

/// Which way a measure moved, in words a reading can choose by: up or down only when the paired change's interval
/// excludes zero; unclear when it does not; none without anyone who took the quiz both times.
fn direction(m: &Measure) -> &'static str {
    match &m.change {
        Some(c) if c.clear_of(0.0) => {
            if c.value > 0.0 {
                "up"
            } else {
                "down"
            }
        }
        Some(c) if c.n >= 2 => "unclear",
        _ => "none",
    }
}

fn quiz(out: &mut String, say: &Say, q: &QuizStats) {
    let _ = writeln!(out, "<section id=\"quiz\">\n<h2>{}</h2>", say.t("report-quiz-title"));
    let measures = quiz_measures(q);
    if measures.iter().all(|m| m.before.is_none() && m.after.is_none()) {
        let _ = writeln!(out, "<p>{}</p>\n</section>", say.t("report-quiz-none"));
        return;
    }
    let _ = writeln!(out, "<p class=\"intro\">{}</p>", say.t("report-quiz-intro"));
    let _ = writeln!(out, "<p class=\"intro\">{}</p>", say.t("report-quiz-auc-intro"));
    let before = say.words.ui("report-quiz-before");
    let after = say.words.ui("report-quiz-after");
    for m in &measures {
        let id = format!("quiz-{}", m.key);
        let name = say.words.ui(&format!("report-quiz-{}", m.key));
        let reference = say.words.ui_with("report-quiz-reference", &[("measure", Arg::Str(m.key.into()))]);
        let fmt = |e: &Option<Estimate>| e.map_or("–".to_string(), |e| say.num_raw(e.value, 2));
        let reading = say.with(
            &format!("report-quiz-reading-{}", m.key),
            &[
                ("direction", Arg::Str(direction(m).into())),
                ("before", Arg::Str(fmt(&m.before))),
                ("after", Arg::Str(fmt(&m.after))),
            ],
        );
        let svg = measure_chart(&id, &name, &format!("{id}-reading"), m, [&before, &after], &reference);
        let head = [
            say.t("report-col-measure"),
            say.t("report-col-mean"),
            say.t("report-col-interval"),
            say.t("report-col-n"),
        ];
        let data: Vec<Vec<String>> = [
            (say.t("report-quiz-before"), &m.before),
            (say.t("report-quiz-after"), &m.after),
            (say.t("report-quiz-change"), &m.change),
        ]
        .into_iter()
        .map(|(label, e)| {
            let [v, i, n] = say.est(e);
            vec![label, v, i, n]
        })
        .collect();
        let mut t = String::new();
        table(&mut t, &esc(&name), &head, &data, &[false, true, true, true]);
        figure(out, say, &id, &esc(&name), svg.into_iter().collect(), &reading, &[], &t);
    }
    forms(out, say, q);
    out.push_str("</section>\n");
}

/// How many took each half of the quiz first, with the warnings of `report::form_checks`: the change from before
/// to after is fair only when the halves' difficulty is averaged out over a room split about evenly.
fn forms(out: &mut String, say: &Say, q: &QuizStats) {
    let total: usize = q.forms.values().sum();
    if total == 0 {
        return;
    }
    let heading = say.t("report-forms-title");
    let rows: Vec<ShareRow> = q
        .forms
        .iter()
        .map(|(form, n)| ShareRow {
            label: say.words.ui_with("report-forms-label", &[("form", Arg::Str(form.clone()))]),
            part: *n,
            whole: total,
        })
        .collect();
    let bar_text = |r: &ShareRow| {
        say.words.ui_with(
            "report-forms-bar",
            &[("count", count(r.part)), ("total", count(r.whole)), ("percent", Arg::Num((r.share() * 100.0).round()))],
        )
    };
    let checks = super::form_checks(&q.forms);
    let n = |f: &str| count(q.forms.get(f).copied().unwrap_or(0));
    let balance = if checks.is_empty() { "even" } else { "uneven" };
    let reading =
        say.with("report-forms-reading", &[("a", n("A")), ("b", n("B")), ("balance", Arg::Str(balance.into()))]);
    let warnings: Vec<String> = checks
        .iter()
        .map(|w| match *w {
            FormWarning::Uneven { a, b } => say.with("report-forms-uneven", &[("a", count(a)), ("b", count(b))]),
            FormWarning::Few { form, n } => say.with(
                "report-forms-few",
                &[("form", Arg::Str(form.into())), ("count", count(n)), ("min", count(super::FORM_PLAYERS_MIN))],
            ),
        })
        .collect();
    let svgs =
        share_charts(say, "quiz-forms", &say.words.ui("report-forms-title"), "quiz-forms-reading", &rows, bar_text);
    let head = [say.t("report-col-form"), say.t("report-col-players"), say.t("report-col-share")];
    let data: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let pct = say.with("report-percent", &[("percent", Arg::Num((r.share() * 100.0).round()))]);
            vec![esc(&r.label), r.part.to_string(), pct]
        })
        .collect();
    let mut t = String::new();
    table(&mut t, &heading, &head, &data, &[false, true, true]);
    figure(out, say, "quiz-forms", &heading, svgs, &reading, &warnings, &t);
}

fn debrief(out: &mut String, say: &Say, rep: &Report, words: &Words) {
    let _ = writeln!(out, "<section id=\"debrief\">\n<h2>{}</h2>\n<ol class=\"questions\">", say.t("room-title"));
    for id in ["room-what-happened", "room-what-noticed", "room-what-would-you-do", "room-where-help"] {
        let _ = writeln!(out, "<li>{}</li>", say.t(id));
    }
    out.push_str("</ol>\n");
    // The red flags that slipped past most, with why they work and what to do: what the talk is best spent on.
    // Only those the content knows; an id from other content has no words to offer.
    let names = LibNames { words };
    let known: Vec<_> = sorted_flags(rep, &names)
        .into_iter()
        .filter(|(id, f, _)| words.lib.redflags.contains_key(id.as_str()) && f.spotted < f.met)
        .take(3)
        .collect();
    if !known.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>\n<dl class=\"talk\">", say.t("report-debrief-flags"));
        for (id, _, name) in known {
            let _ = writeln!(out, "<dt>{}</dt>", esc(&name));
            let _ = writeln!(out, "<dd>{}</dd>", esc(&words.redflag_explain(id)));
            let _ = writeln!(out, "<dd>{} {}</dd>", say.t("debrief-advice"), esc(&words.redflag_advice(id)));
        }
        out.push_str("</dl>\n");
    }
    out.push_str("</section>\n");
}

/// Red flag names straight from the content, for the debrief's list (which only lists flags the content knows).
struct LibNames<'a, 'w> {
    words: &'a Words<'w>,
}

impl Names for LibNames<'_, '_> {
    fn scenario(&self, id: &str) -> String {
        self.words.title(id)
    }
    fn redflag(&self, id: &str) -> String {
        if self.words.lib.redflags.contains_key(id) {
            self.words.redflag_name(id)
        } else {
            crate::sanitize::sanitize(id)
        }
    }
    fn outcome(&self, o: Outcome) -> String {
        self.words.outcome(o)
    }
}

fn help(out: &mut String, say: &Say, words: &Words) {
    let _ = writeln!(out, "<section id=\"help\">\n<h2>{}</h2>", say.t("help-title"));
    let _ = writeln!(out, "<p>{}</p>", esc(&words.help_intro(None)));
    out.push_str("<ul class=\"help\">\n");
    for h in words.help() {
        // Contacts stay text: a link would lead off the page, and a printout needs the address written out.
        let _ = write!(out, "<li><strong>{}</strong>", esc(&h.name));
        if !h.description.is_empty() {
            let _ = write!(out, " – {}", esc(&h.description));
        }
        if !h.contact.is_empty() {
            let _ = write!(
                out,
                "<br><span class=\"contact\">{}</span>",
                say.with("help-contact", &[("contact", Arg::Str(h.contact.clone()))])
            );
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n</section>\n");
}

fn codes_section(out: &mut String, say: &Say, codes: &[CodeRow]) {
    let heading = say.t("report-codes-title");
    let _ = writeln!(out, "<section id=\"codes\">\n<h2>{heading}</h2>");
    let head = [
        say.t("report-col-code"),
        say.t("report-col-sessions"),
        say.t("report-col-finished"),
        format!("{} ({})", say.t("report-quiz-dprime"), say.t("report-quiz-before")),
        format!("{} ({})", say.t("report-quiz-dprime"), say.t("report-quiz-after")),
    ];
    let d = |v: Option<f64>| v.map_or("–".to_string(), |v| say.num(v, 2));
    let rows: Vec<Vec<String>> = codes
        .iter()
        .map(|c| vec![esc(&c.code), c.sessions.to_string(), c.finished.to_string(), d(c.pre_d), d(c.post_d)])
        .collect();
    table(out, &heading, &head, &rows, &[false, true, true, true, true]);
    out.push_str("</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_live_pages_policy_allows_its_script_by_its_hash() {
        use base64::Engine as _;
        use sha2::Digest as _;
        let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(LIVE_JS.as_bytes()));
        assert_eq!(LIVE_JS_HASH, format!("sha256-{hash}"), "live.js changed: put its new hash in LIVE_JS_HASH");
        assert!(csp(true).contains(LIVE_JS_HASH) && !csp(false).contains("script-src"));
    }

    #[test]
    fn html_text_is_escaped_and_cleaned() {
        assert_eq!(esc("<script>alert('x')</script>&\""), "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;");
        assert_eq!(esc("a\u{1b}[31mb\u{202e}c"), "a[31mbc");
    }

    #[test]
    fn a_mean_has_a_t_interval() {
        let e = Estimate::of_mean(&Summary { n: 4, mean: 1.0, sd: 2.0 }).unwrap();
        assert!((e.high - (1.0 + 3.182 * 2.0 / 2.0)).abs() < 1e-9 && (e.low - (1.0 - 3.182)).abs() < 1e-9);
        let one = Estimate::of_mean(&Summary { n: 1, mean: 0.5, sd: 0.0 }).unwrap();
        assert_eq!((one.low, one.high), (0.5, 0.5));
        assert!(!one.clear_of(0.0), "one person says nothing about a room");
        assert!(Estimate::of_mean(&Summary::default()).is_none());
    }

    #[test]
    fn a_change_is_read_as_up_or_down_only_when_its_interval_is_clear_of_zero() {
        let m = |mean, sd, n| Measure {
            key: "dprime",
            before: None,
            after: None,
            change: Estimate::of_mean(&Summary { n, mean, sd }),
            reference: 0.0,
        };
        assert_eq!(direction(&m(1.0, 0.5, 10)), "up");
        assert_eq!(direction(&m(-1.0, 0.5, 10)), "down");
        assert_eq!(direction(&m(0.2, 2.0, 10)), "unclear");
        assert_eq!(direction(&m(1.0, 0.0, 1)), "none");
    }

    #[test]
    fn charts_are_accessible_svg_with_their_text_escaped() {
        let rows = [ShareRow { label: "<b>&".into(), part: 1, whole: 4 }];
        let svg =
            share_chart("c", "A \"title\"", "c-reading", &rows, |r| format!("{} of {}", r.part, r.whole)).unwrap();
        assert!(svg.starts_with("<svg class=\"chart\" role=\"img\""), "{svg}");
        assert!(svg.contains("aria-labelledby=\"c-title\" aria-describedby=\"c-reading\""), "{svg}");
        assert!(svg.contains("<title id=\"c-title\">A &quot;title&quot;</title>"), "{svg}");
        assert!(svg.contains("&lt;b&gt;&amp;") && !svg.contains("<b>"), "{svg}");
        assert!(svg.contains("1 of 4") && svg.contains("100%"), "{svg}");
        assert!(svg.trim_end().ends_with("</svg>"), "{svg}");
    }

    #[test]
    fn long_labels_are_cut_with_an_ellipsis() {
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(fit("abc", 4), "abc");
        assert_eq!(trim_num(-0.001), "0");
        assert_eq!(trim_num(-1.5), "−1.5");
        assert_eq!(trim_num(2.0), "2");
    }
}
