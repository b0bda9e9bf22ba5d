//! The figures in docs/performance.md come from here: `cargo bench`, or one group with `cargo bench -- check/`.
//! The 100,000-node pack takes about a minute in all (69 MB of files); `cargo bench -- 'check/pack/10?000-'` runs
//! the smaller packs only.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use redflag::content::{Content, ContentSource, compile};
use redflag::engine::Session;
use redflag::i18n::Localizer;
use redflag::store::Store;
use redflag::tui::{App, AppConfig, Input, view};
use redflag::words::Words;

// The same allocator as the binary (src/main.rs), so these figures are the ones a player and an educator get.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn shipped() -> (Content, redflag::model::Library) {
    let content = Content::load(&ContentSource::default());
    let lib = compile(&content);
    (content, lib)
}

fn check(c: &mut Criterion) {
    // As the command does (src/main.rs).
    redflag::commands::use_huge_pages();
    let mut g = c.benchmark_group("check");
    g.sample_size(10);
    g.bench_function("shipped", |b| {
        b.iter(|| {
            let content = Content::load(&ContentSource::default());
            black_box(redflag::check::check(&content))
        })
    });
    for (nodes, locales) in [(1_000, 0), (10_000, 0), (10_000, 3), (100_000, 0)] {
        let dir = tempfile::TempDir::new().unwrap();
        redflag::genpack::write(dir.path(), nodes, locales).unwrap();
        let source = ContentSource { replace: Some(dir.path().to_path_buf()), add: vec![] };
        g.bench_with_input(BenchmarkId::new("pack", format!("{nodes}-nodes-{locales}-locales")), &source, |b, s| {
            // The command exits without freeing the content (check_cmd): so the drop is left out here too.
            b.iter_with_large_drop(|| {
                let content = Content::load(s);
                let diags = redflag::check::check(&content);
                (content, diags)
            })
        });
    }
    g.finish();
}

fn engine(c: &mut Criterion) {
    let (_, lib) = shipped();
    let scn = &lib.scenarios["dream-job"];
    let start = Session::start(scn, 7).unwrap();
    c.bench_function("engine/step", |b| {
        b.iter(|| {
            let mut s = start.clone();
            let first = s.available(scn).unwrap().first().map(|c| c.id.clone());
            match first {
                Some(c) => black_box(s.choose(scn, &c).is_ok()),
                None => black_box(s.proceed(scn).is_ok()),
            }
        })
    });
}

fn fluent(c: &mut Criterion) {
    let (content, lib) = shipped();
    let loc = Localizer::new(&content.locales, &["en".to_string()]);
    let words = Words::new(&loc, &lib, None);
    let scn = &lib.scenarios["dream-job"];
    let s = Session::start(scn, 7).unwrap();
    let node = s.current(scn).unwrap();
    c.bench_function("fluent/node-text", |b| {
        b.iter(|| {
            let args = words.session_args(scn, &s);
            black_box(words.node_lines(scn, node, &args))
        })
    });
}

/// Wrapping the first node's text of a scenario, in three scripts: Latin (spaces), Thai (a dictionary finds the
/// words) and Chinese (ideographs, with closing marks kept on their line). Every frame wraps the text it shows.
fn wrapping(c: &mut Criterion) {
    let (content, lib) = shipped();
    let scn = &lib.scenarios["dream-job"];
    let s = Session::start(scn, 7).unwrap();
    let node = s.current(scn).unwrap();
    let mut g = c.benchmark_group("wrap");
    for lang in ["en", "th", "zh-Hans"] {
        let loc = Localizer::new(&content.locales, &[lang.to_string()]);
        let words = Words::new(&loc, &lib, None);
        let args = words.session_args(scn, &s);
        let text = words.node_lines(scn, node, &args).join(" ");
        g.bench_function(format!("{lang}-76-columns"), |b| b.iter(|| redflag::tui::text::wrap(black_box(&text), 76)));
    }
    g.finish();
}

fn app(content: Content, lib: redflag::model::Library, store: &std::path::Path) -> App {
    let mut app = App::new(AppConfig {
        lang_override: Some("en".into()),
        seed: 7,
        scenario: Some("friends-offer".into()),
        ..AppConfig::new(
            content,
            lib,
            Store { config_dir: Some(store.to_path_buf()), data_dir: Some(store.to_path_buf()) },
        )
    });
    app.settings.typing = false;
    app
}

fn frames(c: &mut Criterion) {
    let store = tempfile::TempDir::new().unwrap();
    let (content, lib) = shipped();
    let mut app = app(content, lib, store.path());
    // Into a chat with a few bubbles and choices.
    for k in ["\n", "\n", "\n"] {
        app.update(if k == "\n" { Input::key(ratatui::crossterm::event::KeyCode::Enter) } else { Input::char('1') });
    }
    let mut g = c.benchmark_group("frame");
    for (w, h) in [(80, 24), (200, 60)] {
        let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
        g.bench_function(format!("{w}x{h}"), |b| b.iter(|| term.draw(|f| view::draw(&app, f)).map(|_| ()).unwrap()));
    }
    g.finish();
}

fn startup(c: &mut Criterion) {
    let store = tempfile::TempDir::new().unwrap();
    let mut g = c.benchmark_group("startup");
    g.sample_size(20);
    // What `redflag play` does before the first frame, with all shipped content.
    g.bench_function("to-first-frame", |b| {
        b.iter(|| {
            let content = Content::load(&ContentSource::default());
            let lib = redflag::commands::prepare_shipped(&content);
            let app = app(content, lib, store.path());
            let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
            term.draw(|f| view::draw(&app, f)).unwrap();
            black_box(term.backend().buffer().area.width)
        })
    });
    g.finish();
}

criterion_group!(benches, check, engine, fluent, wrapping, frames, startup);
criterion_main!(benches);
