//! The TUI without a terminal: screens drawn on ratatui's TestBackend and compared with snapshots, and the
//! app driven by key events through whole scenarios.

mod common;

use common::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;
use redflag::content::{Content, ContentSource, compile};
use redflag::store::Store;
use redflag::tui::app::{Overlay, Screen};
use redflag::tui::{App, AppConfig, Input, view};
use tempfile::TempDir;

struct Game {
    app: App,
    _content: TempDir,
    store: TempDir,
}

fn config(dir: &std::path::Path, store: &std::path::Path, lang: Option<&str>) -> AppConfig {
    let content = Content::load(&ContentSource { replace: Some(dir.to_path_buf()), add: vec![] });
    let lib = compile(&content);
    AppConfig {
        lang_override: lang.map(str::to_string),
        country: Some("PH".into()),
        no_color: true,
        results: Some(store.join("results.jsonl")),
        participant: Some("P01".into()),
        workshop: Some("W1".into()),
        ..AppConfig::new(
            content,
            lib,
            Store { config_dir: Some(store.join("config")), data_dir: Some(store.join("data")) },
        )
    }
}

fn game_with(dir: TempDir, lang: Option<&str>) -> Game {
    let store = TempDir::new().unwrap();
    let mut app = App::new(config(dir.path(), store.path(), lang));
    app.settings.typing = false;
    Game { app, _content: dir, store }
}

fn game() -> Game {
    game_with(mini(), None)
}

fn screen(app: &App, w: u16, h: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| view::draw(app, f)).unwrap();
    term.backend().to_string()
}

fn keys(app: &mut App, keys: &str) {
    for c in keys.chars() {
        let input = match c {
            '\n' => Input::key(KeyCode::Enter),
            'E' => Input::key(KeyCode::Esc),
            'D' => Input::key(KeyCode::Down),
            'U' => Input::key(KeyCode::Up),
            c => Input::char(c),
        };
        app.update(input);
    }
}

/// Snapshots of one state at the two sizes the issue names.
fn snap(name: &str, app: &App) {
    insta::assert_snapshot!(format!("{name}_80x24"), screen(app, 80, 24));
    insta::assert_snapshot!(format!("{name}_120x40"), screen(app, 120, 40));
}

#[test]
fn title_screen() {
    let g = game();
    snap("title", &g.app);
}

#[test]
fn language_and_settings_screens() {
    let mut g = game();
    keys(&mut g.app, "l");
    snap("language", &g.app);
    keys(&mut g.app, "Es");
    snap("settings", &g.app);
}

#[test]
fn play_screen_post_and_choices() {
    let mut g = game();
    keys(&mut g.app, "\n");
    assert!(matches!(g.app.screen, Screen::Playing(_)));
    snap("play_post", &g.app);
}

#[test]
fn feedback_panel() {
    let mut g = game();
    keys(&mut g.app, "\n2");
    snap("feedback", &g.app);
}

#[test]
fn passage_chat_and_ending() {
    let mut g = game();
    keys(&mut g.app, "\n2\n");
    snap("passage", &g.app);
    keys(&mut g.app, "\n");
    snap("play_chat", &g.app);
    keys(&mut g.app, "2\n");
    snap("ending", &g.app);
    keys(&mut g.app, "\n");
    snap("debrief", &g.app);
    keys(&mut g.app, "r");
    snap("rewind", &g.app);
}

#[test]
fn handbook_locked_and_met() {
    let mut g = game();
    keys(&mut g.app, "h");
    snap("handbook_empty", &g.app);
    keys(&mut g.app, "E\n2\n\n2\n\nt");
    keys(&mut g.app, "h");
    snap("handbook_met", &g.app);
}

#[test]
fn overlays_help_and_leave() {
    let mut g = game();
    keys(&mut g.app, "\n?");
    snap("help", &g.app);
    keys(&mut g.app, "xq");
    assert_eq!(g.app.overlay, Some(Overlay::ConfirmLeave));
    snap("confirm_leave", &g.app);
}

#[test]
fn content_note_before_a_hard_scenario() {
    let dir = mini();
    edit(dir.path(), "scenarios/mini.toml", "minutes = 3", "minutes = 3\ncontent-note = true");
    write(
        dir.path(),
        "locales/en/note.ftl",
        "mini-content-note = This story touches on threats. You can leave at any time.\n",
    );
    let mut g = game_with(dir, None);
    keys(&mut g.app, "\n");
    assert!(matches!(g.app.screen, Screen::ContentNote { .. }));
    snap("content_note", &g.app);
    keys(&mut g.app, "\n");
    assert!(matches!(g.app.screen, Screen::Playing(_)));
}

#[test]
fn too_small_says_so_instead_of_drawing() {
    let mut g = game();
    keys(&mut g.app, "\n");
    insta::assert_snapshot!(screen(&g.app, 40, 10));
    for (w, h) in [(1, 1), (2, 1), (59, 17), (60, 18), (300, 5), (5, 300)] {
        let _ = screen(&g.app, w, h);
    }
}

#[test]
fn a_whole_scenario_by_keys_saves_progress() {
    let mut g = game();
    // Down to the second choice, Enter; continue; pass; refuse the fee; continue; to the debrief.
    keys(&mut g.app, "\nD\n\n\n2\n\n");
    let Screen::Debrief { session, .. } = &g.app.screen else { panic!("at the debrief: {:?}", g.app.screen) };
    assert_eq!(session.outcome, Some(redflag::model::Outcome::Safe));
    assert!(session.redflags().iter().all(|f| f.spotted));
    let saved = Store { config_dir: None, data_dir: Some(g.store.path().join("data")) }.load_progress();
    assert!(saved.done.contains("mini"));
    assert!(saved.met.contains("pay-too-good") && saved.met.contains("upfront-fee"));
    keys(&mut g.app, "t");
    assert!(matches!(g.app.screen, Screen::Title { .. }));
    let text = screen(&g.app, 80, 24);
    assert!(text.contains("✓ A small test"), "done is shown:\n{text}");
}

#[test]
fn leaving_keeps_progress_and_reopening_offers_to_resume() {
    let mut g = game();
    keys(&mut g.app, "\n1\nq");
    assert_eq!(g.app.overlay, Some(Overlay::ConfirmLeave));
    keys(&mut g.app, "y");
    assert!(matches!(g.app.screen, Screen::Title { .. }));
    // A new run with the same data directory.
    let dir = mini();
    let mut again = App::new(config(dir.path(), g.store.path(), None));
    again.settings.typing = false;
    let text = screen(&again, 80, 24);
    assert!(text.contains("Resume: A small test"), "{text}");
    keys(&mut again, "\n");
    let Screen::Playing(p) = &again.screen else { panic!("resumed") };
    assert_eq!(p.session.node, "chat");
    assert_eq!(p.session.choices_made(), 1);
}

#[test]
fn resuming_a_session_whose_node_is_gone_offers_to_start_again() {
    // The game reads its content from a folder, as with --content, so it reloads it on the title screen.
    let dir = mini();
    let store = TempDir::new().unwrap();
    let mut app = App::new(AppConfig {
        source: ContentSource { replace: Some(dir.path().to_path_buf()), add: vec![] },
        ..config(dir.path(), store.path(), None)
    });
    app.settings.typing = false;
    keys(&mut app, "\n1\n");
    keys(&mut app, "qy");
    // While the session is paused, the author renames the node it is at (`chat`, reached by `apply`).
    rename_chat(dir.path(), "talk");
    // The handbook and back: the title screen reads the folder again.
    keys(&mut app, "hE");
    assert!(screen(&app, 80, 24).contains("Resume: A small test"));
    keys(&mut app, "\n");
    let Screen::Title { selected } = app.screen else { panic!("no panic, and back to the title: {:?}", app.screen) };
    let text = screen(&app, 120, 24);
    assert!(text.contains("This scenario changed since you paused"), "{text}");
    assert!(!text.contains("Resume:"), "the session that cannot go on is gone:\n{text}");
    // Enter on the selected item starts the scenario again from its start.
    assert_eq!(app.title_items()[selected], redflag::tui::app::TitleItem::Scenario("mini".into()));
    keys(&mut app, "\n");
    let Screen::Playing(p) = &app.screen else { panic!("started again: {:?}", app.screen) };
    assert_eq!(p.session.node, "ad");
    assert!(p.session.path.is_empty());
    assert!(!screen(&app, 120, 24).contains("changed since"), "the notice goes once the scenario starts");
}

/// Renames the node `chat` of `mini` in its TOML and its messages.
fn rename_chat(dir: &std::path::Path, to: &str) {
    for f in ["scenarios/mini.toml", "locales/en/mini.ftl"] {
        let path = dir.join(f);
        let text = std::fs::read_to_string(&path).unwrap();
        let text = text
            .replace("nodes.chat]", &format!("nodes.{to}]"))
            .replace("\"chat\"", &format!("\"{to}\""))
            .replace("mini-chat", &format!("mini-{to}"));
        std::fs::write(&path, text).unwrap();
    }
}

/// An author plays a scenario from a folder given with --content-add and edits it while the session is open: new
/// words show at once, a node that is gone sends the player to the title with the scenario to start again, and
/// content that no longer passes `check` shows its errors. The game looks once a second, when its timer fires.
#[test]
fn a_scenario_edited_mid_session_goes_on_with_the_new_words_or_offers_to_start_again() {
    let dir = TempDir::new().unwrap();
    let fx = repo().join("tests/fixtures/mini");
    for f in ["scenarios/mini.toml", "locales/en/mini.ftl"] {
        write(dir.path(), f, &std::fs::read_to_string(fx.join(f)).unwrap());
    }
    let store = TempDir::new().unwrap();
    let source = ContentSource { replace: None, add: vec![dir.path().to_path_buf()] };
    let content = Content::load(&source);
    let lib = compile(&content);
    let mut app = App::new(AppConfig {
        source,
        no_color: true,
        country: Some("PH".into()),
        scenario: Some("mini".into()),
        ..AppConfig::new(
            content,
            lib,
            Store { config_dir: Some(store.path().join("config")), data_dir: Some(store.path().join("data")) },
        )
    });
    app.settings.typing = false;
    // Apply, then on from the feedback to the chat.
    keys(&mut app, "1\n");
    let Screen::Playing(p) = &app.screen else { panic!("playing: {:?}", app.screen) };
    assert_eq!(p.session.node, "chat");
    let deadline = app.next_deadline().expect("a session open on a folder wakes to look for edits");
    assert!(deadline <= std::time::Instant::now() + redflag::tui::app::LOOK_EVERY);

    // New words for the node the player is at: the session goes on, with them.
    edit(dir.path(), "locales/en/mini.ftl", "Hello! You are hired.", "Hello again! You are hired today.");
    app.update(Input::Tick);
    let Screen::Playing(p) = &app.screen else { panic!("still playing: {:?}", app.screen) };
    assert_eq!((p.session.node.as_str(), p.session.choices_made()), ("chat", 1));
    let text = screen(&app, 100, 30);
    assert!(text.contains("Hello again! You are hired today."), "{text}");

    // Content that no longer passes `check`: its errors, and the session kept to resume once fixed.
    edit(dir.path(), "scenarios/mini.toml", r#"goto = "end-safe""#, r#"goto = "end-saaafe""#);
    app.update(Input::Tick);
    assert!(matches!(app.screen, Screen::Errors { .. }), "{:?}", app.screen);
    assert!(screen(&app, 100, 30).contains("there is no node `end-saaafe`"));
    edit(dir.path(), "scenarios/mini.toml", r#"goto = "end-saaafe""#, r#"goto = "end-safe""#);
    keys(&mut app, "E");
    assert!(screen(&app, 100, 30).contains("Resume: A small test"));
    // The cursor starts on the Resume row (digits number the scenarios only).
    keys(&mut app, "\n");
    let Screen::Playing(p) = &app.screen else { panic!("resumed: {:?}", app.screen) };
    assert_eq!(p.session.node, "chat");

    // The node the player is at is renamed: the session cannot go on, and the title offers to start again.
    rename_chat(dir.path(), "talking");
    // The key that finds the change is not passed on: `1` chose a reply, it does not start the first scenario.
    keys(&mut app, "1");
    let Screen::Title { selected } = app.screen else { panic!("no panic, and the title: {:?}", app.screen) };
    let text = screen(&app, 120, 30);
    assert!(text.contains("This scenario changed on disk and the place you were at is gone"), "{text}");
    assert!(!text.contains("Resume:"), "the session that cannot go on is gone:\n{text}");
    assert_eq!(app.title_items()[selected], redflag::tui::app::TitleItem::Scenario("mini".into()));
    keys(&mut app, "\n");
    let Screen::Playing(p) = &app.screen else { panic!("started again: {:?}", app.screen) };
    assert_eq!(p.session.node, "ad");
    assert!(!screen(&app, 120, 30).contains("changed on disk"), "the notice goes once the scenario starts");
}

#[test]
fn choices_can_be_clicked() {
    let mut g = game();
    keys(&mut g.app, "\n");
    let text = screen(&g.app, 80, 24);
    let row = text.lines().position(|l| l.contains("2. Check the agency first")).expect("choice drawn") as u16;
    g.app.update(Input::Click(10, row));
    let Screen::Playing(p) = &g.app.screen else { panic!() };
    assert_eq!(p.feedback.as_ref().map(|f| f.choice.as_str()), Some("check"));
}

#[test]
fn rewind_goes_back_to_an_earlier_choice() {
    let mut g = game();
    keys(&mut g.app, "\n1\n1\n\n");
    assert!(matches!(g.app.screen, Screen::Debrief { .. }));
    // The rewind list starts at the last choice; Up selects the first.
    keys(&mut g.app, "rU\n");
    let Screen::Playing(p) = &g.app.screen else { panic!("playing again: {:?}", g.app.screen) };
    assert_eq!(p.session.node, "ad");
    assert!(p.session.path.is_empty());
}

#[test]
fn bubbles_appear_one_by_one_and_any_key_shows_all() {
    let mut g = game();
    g.app.settings.typing = true;
    keys(&mut g.app, "\n1\n");
    let Screen::Playing(p) = &g.app.screen else { panic!() };
    assert!(p.revealed < p.transcript.len(), "the second bubble waits");
    assert!(g.app.next_deadline().is_some(), "a timer runs only while bubbles appear");
    g.app.update(Input::Tick);
    let Screen::Playing(p) = &g.app.screen else { panic!() };
    assert_eq!(p.revealed, p.transcript.len());
    assert!(g.app.next_deadline().is_none(), "idle: no timer");
}

#[test]
fn choosing_a_language_is_saved() {
    let dir = mini();
    write(dir.path(), "locales/vi/meta.ftl", "locale-name = Tiếng Việt\nlocale-status = machine-drafted\n");
    write(dir.path(), "locales/vi/mini.ftl", "mini-title = Một thử nghiệm nhỏ\n");
    let mut g = game_with(dir, None);
    keys(&mut g.app, "lD\n");
    assert_eq!(g.app.loc.primary(), "vi");
    assert!(screen(&g.app, 80, 24).contains("Một thử nghiệm nhỏ"));
    let saved = Store { config_dir: Some(g.store.path().join("config")), data_dir: None }.load_settings();
    assert_eq!(saved.language.as_deref(), Some("vi"));
}

#[test]
fn q_on_the_title_asks_before_quitting() {
    let mut g = game();
    keys(&mut g.app, "q");
    assert!(!g.app.quit);
    keys(&mut g.app, "n");
    assert!(!g.app.quit && g.app.overlay.is_none());
    keys(&mut g.app, "qy");
    assert!(g.app.quit);
}

/// Chinese (double width), Thai (combining marks, no spaces) and Vietnamese (stacked diacritics) laid out on
/// screen: every line fits, nothing is cut in the middle of a cluster.
#[test]
fn wide_and_combining_scripts() {
    for tag in ["zh-Hans", "th", "vi"] {
        let dir = mini();
        let fx = repo().join("tests/fixtures/mini-locales").join(tag);
        for f in ["mini.ftl", "meta.ftl"] {
            let text = std::fs::read_to_string(fx.join(f)).unwrap();
            write(dir.path(), &format!("locales/{tag}/{f}"), &text);
        }
        let mut g = game_with(dir, Some(tag));
        assert_eq!(g.app.loc.primary(), tag);
        keys(&mut g.app, "\n");
        insta::assert_snapshot!(format!("wide_{tag}_play_80x24"), screen(&g.app, 80, 24));
        keys(&mut g.app, "2");
        insta::assert_snapshot!(format!("wide_{tag}_feedback_60x18"), screen(&g.app, 60, 18));
        for (w, h) in [(60, 18), (80, 24), (97, 31), (120, 40)] {
            let text = screen(&g.app, w, h);
            for line in text.lines() {
                // TestBackend quotes each row and may note hidden cells after it.
                let row = line.split("\" Hidden by").next().unwrap_or(line);
                let inner = row.trim_start_matches('"').trim_end_matches('"');
                assert!(redflag::tui::text::width(inner) <= w as usize, "{tag} {w}x{h}: {inner:?}");
            }
        }
    }
}

fn records(g: &Game) -> Vec<redflag::results::Record> {
    redflag::results::read(&g.store.path().join("results.jsonl")).map(|r| r.0).unwrap_or_default()
}

#[test]
fn facilitator_mode_holds_feedback_tallies_the_room_and_asks_questions() {
    let dir = mini();
    edit(dir.path(), "locales/en/mini.ftl", "mini-ad = Staff wanted", "mini-ad = Staff wanted");
    write(dir.path(), "locales/en/discuss.ftl", "");
    let text = std::fs::read_to_string(dir.path().join("locales/en/mini.ftl")).unwrap();
    let text = text.replace(
        "mini-ad = Staff wanted in { $city }! ${ $salary } a month.\n",
        "mini-ad = Staff wanted in { $city }! ${ $salary } a month.\n    .discuss = Would you apply? Why?\n",
    );
    std::fs::write(dir.path().join("locales/en/mini.ftl"), text).unwrap();
    let mut g = game_with(dir, None);
    g.app.facilitator = true;
    keys(&mut g.app, "\n");
    let shown = screen(&g.app, 80, 24);
    assert!(shown.contains("Discuss: Would you apply? Why?"), "{shown}");
    assert!(shown.contains("c count the room"), "{shown}");
    snap("facilitator_discuss", &g.app);
    // Count the room: 7 chose the first option, 12 the second.
    keys(&mut g.app, "c7D12");
    assert!(matches!(g.app.screen, Screen::Tally { .. }));
    snap("facilitator_tally", &g.app);
    keys(&mut g.app, "\n");
    // The room goes with option 2; the feedback is held.
    keys(&mut g.app, "2");
    let shown = screen(&g.app, 80, 24);
    assert!(shown.contains("press r to reveal"), "{shown}");
    assert!(!shown.contains("Good: a licensed agency"), "held: {shown}");
    keys(&mut g.app, "r");
    assert!(screen(&g.app, 80, 24).contains("Good: a licensed agency"));
    // On to the end: questions for the room come before the debrief.
    keys(&mut g.app, "\n\n2r\n\n");
    assert!(matches!(g.app.screen, Screen::RoomQuestions { .. }), "{:?}", g.app.screen);
    snap("facilitator_room_questions", &g.app);
    keys(&mut g.app, "\n");
    assert!(matches!(g.app.screen, Screen::Debrief { .. }));
    keys(&mut g.app, "t");
    let recs = records(&g);
    assert_eq!(recs.len(), 1);
    assert!(recs[0].facilitator);
    assert_eq!(recs[0].tallies.len(), 1);
    assert_eq!(recs[0].tallies[0].node, "ad");
    assert_eq!(recs[0].tallies[0].counts["apply"], 7);
    assert_eq!(recs[0].tallies[0].counts["check"], 12);
}

#[test]
fn the_tui_records_a_left_session_and_the_quiz_before_and_after() {
    let mut g = game();
    keys(&mut g.app, "\n1\nqy");
    let recs = records(&g);
    assert_eq!(recs.len(), 1, "leaving writes a record");
    assert!(!recs[0].finished);
    assert_eq!(recs[0].participant.as_deref(), Some("P01"));

    g.app.quiz_pre = true;
    g.app.quiz_post = true;
    keys(&mut g.app, "D\n");
    assert!(matches!(g.app.screen, Screen::Quiz(_)), "{:?}", g.app.screen);
    snap("quiz_item", &g.app);
    keys(&mut g.app, "61");
    assert!(matches!(g.app.screen, Screen::QuizResult { after: false, .. }));
    keys(&mut g.app, "\n");
    assert!(matches!(g.app.screen, Screen::Playing(_)), "{:?}", g.app.screen);
    keys(&mut g.app, "2\n\n2\n\nt");
    assert!(matches!(g.app.screen, Screen::Quiz(_)), "the quiz after: {:?}", g.app.screen);
    keys(&mut g.app, "\n\n");
    assert!(matches!(g.app.screen, Screen::QuizResult { after: true, .. }));
    snap("quiz_result_after", &g.app);
    keys(&mut g.app, "\n");
    assert!(matches!(g.app.screen, Screen::Title { .. }));
    let recs = records(&g);
    assert_eq!(recs.len(), 2);
    assert!(recs[1].finished);
    assert_eq!(recs[1].quiz_pre.as_ref().unwrap().answers.len(), 2);
    assert_eq!(recs[1].quiz_post.as_ref().unwrap().answers.len(), 2);
}

/// An educator edits content while the game is open: back on the title screen the files are read again, and
/// broken content shows its errors instead of loading.
#[test]
fn returning_to_the_title_reloads_content_and_shows_errors() {
    let dir = mini();
    let store = TempDir::new().unwrap();
    let mut cfg = config(dir.path(), store.path(), None);
    cfg.source = ContentSource { replace: Some(dir.path().to_path_buf()), add: vec![] };
    let mut app = App::new(cfg);
    app.settings.typing = false;
    edit(dir.path(), "locales/en/mini.ftl", "mini-title = A small test", "mini-title = A bigger test");
    keys(&mut app, "hE");
    assert!(screen(&app, 80, 24).contains("A bigger test"), "reloaded");
    edit(dir.path(), "scenarios/mini.toml", r#"goto = "end-safe""#, r#"goto = "end-saef""#);
    keys(&mut app, "hE");
    assert!(matches!(app.screen, Screen::Errors { .. }));
    let text = screen(&app, 100, 30);
    assert!(text.contains("there is no node `end-saef`"), "{text}");
    edit(dir.path(), "scenarios/mini.toml", r#"goto = "end-saef""#, r#"goto = "end-safe""#);
    keys(&mut app, "E");
    assert!(matches!(app.screen, Screen::Title { .. }), "fixed: back to the title");
}

#[test]
fn control_characters_never_reach_the_screen() {
    let dir = mini();
    let nasty = "\u{1b}[2J\u{1b}]0;owned\u{7}\u{202e}desrever\u{9b}31m";
    edit(dir.path(), "locales/en/mini.ftl", "mini-ad = Staff wanted", &format!("mini-ad = {nasty} Staff wanted"));
    edit(dir.path(), "locales/en/mini.ftl", "mini-title = A small test", &format!("mini-title = A {nasty} test"));
    let mut g = game_with(dir, None);
    for k in ["", "\n", "2", "\n"] {
        keys(&mut g.app, k);
        let text = screen(&g.app, 80, 24);
        for bad in ['\u{1b}', '\u{7}', '\u{202e}', '\u{9b}'] {
            assert!(!text.contains(bad), "{bad:?} on screen: {text}");
        }
        assert!(text.contains("desrever") || !text.contains("test"), "the text itself stays");
    }
}

/// An English player has no country in the language, so the game asks once, on first start: type to filter, Enter
/// to choose. The choice is saved, and the record keeps it; a player who skips is not asked again and the record
/// keeps no country.
#[test]
fn an_english_player_is_asked_for_a_country_once_and_the_record_keeps_only_a_chosen_one() {
    let dir = mini();
    let store = TempDir::new().unwrap();
    let start = |dir: &TempDir, store: &TempDir| {
        let mut app = App::new(AppConfig { country: None, ..config(dir.path(), store.path(), None) });
        app.settings.typing = false;
        app
    };
    let mut app = start(&dir, &store);
    assert!(matches!(app.screen, Screen::Country { first: true, .. }), "{:?}", app.screen);
    snap("country_first", &app);
    keys(&mut app, "ken");
    insta::assert_snapshot!("country_filtered_80x24", screen(&app, 80, 24));
    assert_eq!(app.country_rows("ken").first().and_then(|r| r.0.clone()).as_deref(), Some("KE"));
    keys(&mut app, "\n");
    assert!(matches!(app.screen, Screen::Title { .. }), "{:?}", app.screen);
    assert_eq!(app.country.as_deref(), Some("KE"));
    keys(&mut app, "\n1\nqy");
    let recs = redflag::results::read(&store.path().join("results.jsonl")).unwrap().0;
    assert_eq!(recs.last().unwrap().country.as_deref(), Some("KE"), "a chosen country is kept");

    let again = start(&dir, &store);
    assert!(matches!(again.screen, Screen::Title { .. }), "asked only once: {:?}", again.screen);
    assert_eq!(again.country.as_deref(), Some("KE"), "the choice is saved");

    let skipper = TempDir::new().unwrap();
    let mut app = start(&dir, &skipper);
    keys(&mut app, "E");
    assert!(matches!(app.screen, Screen::Title { .. }));
    assert_eq!(app.country, None);
    keys(&mut app, "\n1\nqy");
    let recs = redflag::results::read(&skipper.path().join("results.jsonl")).unwrap().0;
    assert_eq!(recs.last().unwrap().country, None, "no country unless the player chose one");
    assert!(matches!(start(&dir, &skipper).screen, Screen::Title { .. }), "skipping counts as asked");
}

/// The settings list the country; choosing it opens the picker, and a choice there replaces the old one.
#[test]
fn the_country_can_be_changed_in_the_settings() {
    let mut g = game();
    keys(&mut g.app, "sDDDD\n");
    assert!(matches!(g.app.screen, Screen::Country { first: false, .. }), "{:?}", g.app.screen);
    keys(&mut g.app, "austr\n");
    assert!(matches!(g.app.screen, Screen::Settings { .. }), "{:?}", g.app.screen);
    assert_eq!(g.app.country.as_deref(), Some("AU"));
    assert_eq!(g.app.settings.country.as_deref(), Some("AU"));
}

/// A TAB in content text reached the cell grid, where a terminal moves it to the next tab stop and pushed the
/// bubble's border out of line (issue 18).
#[test]
fn a_tab_in_content_text_does_not_reach_the_screen() {
    let dir = mini();
    edit(
        dir.path(),
        "locales/en/mini.ftl",
        "mini-chat-hello = Hello! You are hired.",
        "mini-chat-hello = Hello!\tYou\tare hired.",
    );
    let mut g = game_with(dir, None);
    keys(&mut g.app, "\n1\n");
    let text = screen(&g.app, 80, 24);
    assert!(text.contains("Hello! You are hired."), "{text}");
    assert!(!text.contains('\t'), "a TAB on screen: {text}");
}

/// A session left and resumed keeps its id, so the report counts it once, by its latest record (issue 18).
#[test]
fn a_resumed_session_keeps_its_id_and_the_report_counts_it_once() {
    let mut g = game();
    keys(&mut g.app, "\n1\nqy");
    let dir = mini();
    let mut again = App::new(config(dir.path(), g.store.path(), None));
    again.settings.typing = false;
    keys(&mut again, "\n");
    assert!(matches!(again.screen, Screen::Playing(_)), "resumed");
    keys(&mut again, "2\n");
    // On to the ending and through the debrief, back to the title, where the record is written.
    for _ in 0..10 {
        match again.screen {
            Screen::Title { .. } => break,
            Screen::Debrief { .. } => keys(&mut again, "E"),
            _ => keys(&mut again, "\n"),
        }
    }
    assert!(matches!(again.screen, Screen::Title { .. }), "{:?}", again.screen);
    let recs = records(&g);
    assert_eq!(recs.len(), 2, "{recs:?}");
    assert!(recs[0].session.is_some());
    assert_eq!(recs[0].session, recs[1].session, "one session, left and resumed");
    assert!(!recs[0].finished && recs[1].finished);
    let rep = redflag::report::build(&recs, None);
    assert_eq!((rep.sessions, rep.finished), (1, 1));
}

#[test]
fn a_resumed_session_keeps_the_quiz_before_it_and_its_form() {
    let mut g = game();
    g.app.quiz_pre = true;
    // The quiz before, then one choice, then leave.
    keys(&mut g.app, "\n61\n");
    assert!(matches!(g.app.screen, Screen::Playing(_)), "{:?}", g.app.screen);
    keys(&mut g.app, "1\nqy");
    // A new run with the same data directory resumes the session.
    let dir = mini();
    let mut again = App::new(config(dir.path(), g.store.path(), None));
    again.settings.typing = false;
    keys(&mut again, "\n2\n");
    for _ in 0..10 {
        match again.screen {
            Screen::Title { .. } => break,
            Screen::Debrief { .. } => keys(&mut again, "E"),
            _ => keys(&mut again, "\n"),
        }
    }
    let recs = records(&g);
    assert_eq!(recs.len(), 2, "{recs:?}");
    assert_eq!(recs[0].session, recs[1].session);
    assert_eq!(recs[1].started, recs[0].started, "the start of the session, not of the resume");
    assert_eq!(recs[1].quiz_pre, recs[0].quiz_pre, "the quiz before the pause is in the last record");
    assert_eq!(recs[1].quiz_form, Some(redflag::quiz::QuizForm::for_code("P01")));
    let rep = redflag::report::build(&recs, None);
    assert_eq!((rep.sessions, rep.finished, rep.quiz.auc_pre.n), (1, 1, 1));
    assert_eq!(rep.quiz.forms["B"] + rep.quiz.forms["A"], 1);
}

/// Without `--results`, a session leaves no record until the player turns on keeping them in the settings (issue 19).
#[test]
fn records_are_kept_only_when_the_player_turns_the_setting_on() {
    let dir = mini();
    let store = TempDir::new().unwrap();
    let mut app = App::new(AppConfig { results: None, ..config(dir.path(), store.path(), None) });
    app.settings.typing = false;
    keys(&mut app, "\n1\nqy");
    assert!(matches!(app.screen, Screen::Title { .. }), "left part-way: {:?}", app.screen);
    assert_eq!(app.results, None);
    assert_eq!(files_under(store.path()), ["data/progress.json"], "nothing but progress");
    keys(&mut app, "s");
    let text = screen(&app, 120, 40);
    assert!(text.contains("Keep a record of each session on this computer (for a workshop report): off"), "{text}");
    for _ in 0..redflag::tui::app::SETTINGS_KEEP_RESULTS {
        keys(&mut app, "D");
    }
    keys(&mut app, "\n");
    assert!(screen(&app, 120, 40).contains("(for a workshop report): on"));
    let kept = store.path().join("data/results.jsonl");
    assert_eq!(app.results.as_ref(), Some(&kept));
    let saved = std::fs::read_to_string(store.path().join("config/settings.toml")).unwrap();
    assert!(saved.contains("keep-results = true"), "{saved}");
    // Back on the title, the session is resumed and finished: its record is kept now.
    keys(&mut app, "E\n2\n");
    for _ in 0..10 {
        match app.screen {
            Screen::Title { .. } => break,
            Screen::Debrief { .. } => keys(&mut app, "E"),
            _ => keys(&mut app, "\n"),
        }
    }
    let (recs, _) = redflag::results::read(&kept).unwrap();
    assert_eq!(recs.len(), 1, "{recs:?}");
    assert!(recs[0].finished);
    // The next run reads the setting.
    let again = App::new(AppConfig { results: None, ..config(dir.path(), store.path(), None) });
    assert_eq!(again.results.as_ref(), Some(&kept));
}

/// Progress keeps one slot per scenario: starting another scenario does not discard a paused one, and the title
/// screen offers each (issue 19).
#[test]
fn the_title_offers_each_paused_scenario_and_starting_another_keeps_them() {
    let store = TempDir::new().unwrap();
    let content = Content::load(&ContentSource::default());
    let lib = compile(&content);
    let cfg = || AppConfig {
        country: Some("KE".into()),
        no_color: true,
        results: Some(store.path().join("results.jsonl")),
        ..AppConfig::new(
            Content::load(&ContentSource::default()),
            lib.clone(),
            Store { config_dir: Some(store.path().join("config")), data_dir: Some(store.path().join("data")) },
        )
    };
    drop(content);
    let mut app = App::new(cfg());
    app.settings.typing = false;
    // One choice into a scenario, then leave it.
    let one_choice_and_leave = |app: &mut App, id: &str| {
        app.start_scenario(id);
        for _ in 0..20 {
            match &app.screen {
                Screen::Playing(p) if p.session.choices_made() >= 1 => break,
                Screen::Playing(_) => keys(app, "1\n"),
                _ => keys(app, "\n"),
            }
        }
        keys(app, "qy");
        assert!(matches!(app.screen, Screen::Title { .. }), "{:?}", app.screen);
    };
    one_choice_and_leave(&mut app, "dream-job");
    one_choice_and_leave(&mut app, "wrong-number");
    use redflag::tui::app::TitleItem;
    let resume: Vec<TitleItem> = app.title_items().into_iter().filter(|i| matches!(i, TitleItem::Resume(_))).collect();
    assert_eq!(resume, [TitleItem::Resume("wrong-number".into()), TitleItem::Resume("dream-job".into())]);
    let text = screen(&app, 120, 40);
    assert_eq!(text.matches("Resume: ").count(), 2, "{text}");
    // A new run offers both; the second entry resumes dream-job where it was left, with its session id.
    let mut again = App::new(cfg());
    again.settings.typing = false;
    assert_eq!(again.title_items().iter().filter(|i| matches!(i, TitleItem::Resume(_))).count(), 2);
    keys(&mut again, "D\n");
    let Screen::Playing(p) = &again.screen else { panic!("resumed: {:?}", again.screen) };
    assert_eq!(p.session.scenario, "dream-job");
    assert_eq!(p.session.choices_made(), 1);
    let recs = redflag::results::read(&store.path().join("results.jsonl")).unwrap().0;
    assert_eq!(p.session.id, recs[0].session, "the same session id as when it was left");
    // wrong-number is still there, set aside.
    assert_eq!(again.progress.paused.keys().collect::<Vec<_>>(), ["wrong-number"]);
}
