//! The state of the game in the terminal and how input changes it. No drawing here (see `view`), and no
//! terminal: tests drive `update` with key events.

use std::cell::RefCell;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Rect;

use crate::content::{Content, ContentSource};
use crate::engine::{Chosen, Prompt, Session};
use crate::i18n::Localizer;
use crate::locales::LocaleInfo;
use crate::model::{Library, Medium};
use crate::store::{Progress, Settings, Store, ThemeName};
use crate::words::Words;

use super::theme::Theme;

/// How long a chat bubble takes to "type".
pub const TYPING_PAUSE: Duration = Duration::from_millis(700);

#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    Key(KeyEvent),
    /// A left click at column, row.
    Click(u16, u16),
    /// Scroll wheel: positive is down.
    Scroll(i16),
    Resize,
    /// A timer fired (only while an animation runs).
    Tick,
}

impl Input {
    pub fn key(code: KeyCode) -> Input {
        Input::Key(KeyEvent::new(code, KeyModifiers::NONE))
    }
    pub fn char(c: char) -> Input {
        Input::key(KeyCode::Char(c))
    }

    pub fn from_event(ev: ratatui::crossterm::event::Event) -> Option<Input> {
        use ratatui::crossterm::event::Event;
        match ev {
            Event::Key(k) if k.kind != KeyEventKind::Release => Some(Input::Key(k)),
            Event::Mouse(MouseEvent { kind: MouseEventKind::Down(MouseButton::Left), column, row, .. }) => {
                Some(Input::Click(column, row))
            }
            Event::Mouse(MouseEvent { kind: MouseEventKind::ScrollDown, .. }) => Some(Input::Scroll(3)),
            Event::Mouse(MouseEvent { kind: MouseEventKind::ScrollUp, .. }) => Some(Input::Scroll(-3)),
            Event::Resize(_, _) => Some(Input::Resize),
            _ => None,
        }
    }
}

/// One entry of what is on screen in a conversation: a line of a node, or the player's reply.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    Line { node: String, index: usize },
    Me { node: String, choice: String },
}

#[derive(Debug, Clone)]
pub struct Play {
    pub session: Session,
    pub selected: usize,
    /// The feedback of the last choice, shown until the player continues.
    pub feedback: Option<Chosen>,
    /// What the conversation shows: the lines of this node, and of earlier nodes of the same chat.
    pub transcript: Vec<Entry>,
    /// How many entries are visible (bubbles appear one after another).
    pub revealed: usize,
    pub next_reveal: Option<Instant>,
    /// Scroll of the message area, in lines from the bottom.
    pub scroll: u16,
}

#[derive(Debug, Clone)]
pub enum Screen {
    Title {
        selected: usize,
    },
    Language {
        selected: usize,
    },
    Settings {
        selected: usize,
    },
    Handbook {
        scroll: u16,
    },
    ContentNote {
        scenario: String,
        seed: u64,
    },
    Playing(Box<Play>),
    Debrief {
        session: Box<Session>,
        scroll: u16,
        rewind: Option<usize>,
    },
    /// The content changed on disk and no longer passes `check`.
    Errors {
        lines: Vec<String>,
        scroll: u16,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    ConfirmLeave,
    ConfirmQuit,
}

/// What can be clicked, recorded while drawing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    Choice(usize),
    ListItem(usize),
    Continue,
}

pub struct App {
    pub content: Content,
    pub lib: Library,
    pub loc: Localizer,
    pub locales: Vec<LocaleInfo>,
    pub settings: Settings,
    pub progress: Progress,
    pub store: Store,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub country: Option<String>,
    /// `--lang` for this run; the saved setting otherwise.
    pub lang_override: Option<String>,
    pub system_langs: Vec<String>,
    pub source: ContentSource,
    pub no_color: bool,
    pub quit: bool,
    /// A seed for every new session; the next one is drawn from it so a `--seed` run replays exactly.
    pub seed: u64,
    pub hits: RefCell<Vec<(Rect, Hit)>>,
    /// Something went wrong saving; shown once in the status line.
    pub notice: Option<String>,
}

pub struct AppConfig {
    pub content: Content,
    pub lib: Library,
    pub store: Store,
    pub lang_override: Option<String>,
    pub system_langs: Vec<String>,
    pub country: Option<String>,
    pub source: ContentSource,
    pub no_color: bool,
    pub seed: u64,
    /// Start straight into this scenario.
    pub scenario: Option<String>,
}

impl App {
    pub fn new(cfg: AppConfig) -> App {
        let settings = cfg.store.load_settings();
        let progress = cfg.store.load_progress();
        let locales = crate::locales::infos(&cfg.content.locales);
        let mut app = App {
            loc: Localizer::new(&cfg.content.locales, &[]),
            content: cfg.content,
            lib: cfg.lib,
            locales,
            settings,
            progress,
            store: cfg.store,
            screen: Screen::Title { selected: 0 },
            overlay: None,
            country: cfg.country,
            lang_override: cfg.lang_override,
            system_langs: cfg.system_langs,
            source: cfg.source,
            no_color: cfg.no_color,
            quit: false,
            seed: cfg.seed,
            hits: RefCell::new(Vec::new()),
            notice: None,
        };
        app.relocalize();
        // A saved session that no longer fits the scenario (the file changed) is dropped, not trusted.
        if let Some(s) = &app.progress.current {
            let fits = app.lib.scenarios.get(&s.scenario).and_then(|scn| Session::replay(scn, s.seed, &s.path).ok());
            app.progress.current = fits;
        }
        if let Some(id) = cfg.scenario {
            app.start_scenario(&id);
        }
        app
    }

    pub fn theme(&self) -> Theme {
        Theme::new(self.settings.theme, self.no_color)
    }

    pub fn words(&self) -> Words<'_> {
        Words::new(&self.loc, &self.lib, self.country.clone())
    }

    fn requested(&self) -> Vec<String> {
        let mut r = Vec::new();
        if let Some(l) = &self.lang_override {
            r.push(l.clone());
        } else if let Some(l) = &self.settings.language {
            r.push(l.clone());
        }
        r.extend(self.system_langs.iter().cloned());
        r
    }

    fn relocalize(&mut self) {
        self.loc = Localizer::new(&self.content.locales, &self.requested());
    }

    /// The scenarios in the order the title screen lists them.
    pub fn scenario_ids(&self) -> Vec<String> {
        self.lib.ordered_scenarios().into_iter().map(|s| s.id.clone()).collect()
    }

    /// Title screen items: a resume entry when a session is in progress, then the scenarios.
    pub fn title_items(&self) -> Vec<TitleItem> {
        let mut items = Vec::new();
        if let Some(s) = &self.progress.current {
            items.push(TitleItem::Resume(s.scenario.clone()));
        }
        items.extend(self.scenario_ids().into_iter().map(TitleItem::Scenario));
        items
    }

    /// When the next timer should fire; none means the game waits for input and uses no CPU.
    pub fn next_deadline(&self) -> Option<Instant> {
        match &self.screen {
            Screen::Playing(p) => p.next_reveal,
            _ => None,
        }
    }

    fn next_seed(&mut self) -> u64 {
        let s = self.seed;
        // SplitMix64 step: distinct, reproducible seeds for the sessions of one run.
        self.seed = self.seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        s
    }

    pub fn update(&mut self, input: Input) {
        if let Input::Key(k) = &input
            && k.modifiers.contains(KeyModifiers::CONTROL)
            && matches!(k.code, KeyCode::Char('c'))
        {
            // Progress is saved after every choice, so leaving at once loses nothing.
            self.quit = true;
            return;
        }
        if let Some(o) = self.overlay {
            self.update_overlay(o, &input);
            return;
        }
        if let Input::Key(k) = &input
            && k.code == KeyCode::Char('?')
        {
            self.overlay = Some(Overlay::Help);
            return;
        }
        let screen = std::mem::replace(&mut self.screen, Screen::Title { selected: 0 });
        self.screen = match screen {
            Screen::Title { selected } => self.update_title(selected, &input),
            Screen::Language { selected } => self.update_language(selected, &input),
            Screen::Settings { selected } => self.update_settings(selected, &input),
            Screen::Handbook { scroll } => match scroll_or_back(&input, scroll) {
                Some(s) => Screen::Handbook { scroll: s },
                None => self.title(),
            },
            Screen::Errors { lines, scroll } => match scroll_or_back(&input, scroll) {
                Some(s) => Screen::Errors { lines, scroll: s },
                None => self.title(),
            },
            Screen::ContentNote { scenario, seed } => match key_of(&input) {
                Some(KeyCode::Enter | KeyCode::Char(' ')) => self.begin(&scenario, seed),
                Some(KeyCode::Esc | KeyCode::Char('q')) => self.title(),
                _ if matches!(input, Input::Click(..)) => self.begin(&scenario, seed),
                _ => Screen::ContentNote { scenario, seed },
            },
            Screen::Playing(p) => self.update_play(p, &input),
            Screen::Debrief { session, scroll, rewind } => self.update_debrief(session, scroll, rewind, &input),
        };
    }

    fn update_overlay(&mut self, o: Overlay, input: &Input) {
        let key = key_of(input);
        match o {
            Overlay::Help => {
                if key.is_some() || matches!(input, Input::Click(..)) {
                    self.overlay = None;
                }
            }
            Overlay::ConfirmLeave => match key {
                Some(KeyCode::Char('y') | KeyCode::Enter) => {
                    self.overlay = None;
                    self.screen = self.title();
                }
                Some(_) => self.overlay = None,
                None => {}
            },
            Overlay::ConfirmQuit => match key {
                Some(KeyCode::Char('y') | KeyCode::Enter) => self.quit = true,
                Some(_) => self.overlay = None,
                None => {}
            },
        }
    }

    /// Back to the title screen. Content given with --content is read again, so an educator sees their edits;
    /// if it no longer passes `check`, the errors are shown instead of loading broken content.
    fn title(&mut self) -> Screen {
        if self.source.replace.is_some() || !self.source.add.is_empty() {
            let content = Content::load(&self.source);
            let blocking: Vec<_> =
                crate::check::check(&content).into_iter().filter(crate::check::blocks_play).collect();
            if !blocking.is_empty() {
                return Screen::Errors { lines: blocking.iter().map(crate::diag::render_short).collect(), scroll: 0 };
            }
            self.lib = crate::content::compile(&content);
            self.locales = crate::locales::infos(&content.locales);
            self.content = content;
            self.relocalize();
        }
        Screen::Title { selected: 0 }
    }

    fn update_title(&mut self, selected: usize, input: &Input) -> Screen {
        let items = self.title_items();
        let n = items.len();
        let pick = |app: &mut App, i: usize| -> Screen {
            match items.get(i) {
                Some(TitleItem::Resume(_)) => app.resume(),
                Some(TitleItem::Scenario(id)) => {
                    let id = id.clone();
                    app.start_scenario(&id);
                    std::mem::replace(&mut app.screen, Screen::Title { selected: i })
                }
                None => Screen::Title { selected: i },
            }
        };
        match input {
            Input::Click(x, y) => match self.hit(*x, *y) {
                Some(Hit::ListItem(i)) => pick(self, i),
                _ => Screen::Title { selected },
            },
            Input::Scroll(d) => Screen::Title { selected: step(selected, *d as isize, n) },
            _ => match key_of(input) {
                Some(KeyCode::Up | KeyCode::Char('k')) => Screen::Title { selected: step(selected, -1, n) },
                Some(KeyCode::Down | KeyCode::Char('j')) => Screen::Title { selected: step(selected, 1, n) },
                Some(KeyCode::Enter) => pick(self, selected),
                Some(KeyCode::Char(c @ '1'..='9')) => {
                    let i = c as usize - '1' as usize;
                    if i < n { pick(self, i) } else { Screen::Title { selected } }
                }
                Some(KeyCode::Char('l')) => Screen::Language { selected: self.current_locale_index() },
                Some(KeyCode::Char('h')) => Screen::Handbook { scroll: 0 },
                Some(KeyCode::Char('s')) => Screen::Settings { selected: 0 },
                Some(KeyCode::Char('q') | KeyCode::Esc) => {
                    self.overlay = Some(Overlay::ConfirmQuit);
                    Screen::Title { selected }
                }
                _ => Screen::Title { selected },
            },
        }
    }

    fn current_locale_index(&self) -> usize {
        self.locales.iter().position(|l| l.tag == self.loc.primary()).unwrap_or(0)
    }

    fn update_language(&mut self, selected: usize, input: &Input) -> Screen {
        let n = self.locales.len();
        let choose = |app: &mut App, i: usize| -> Screen {
            if let Some(l) = app.locales.get(i) {
                app.settings.language = Some(l.tag.clone());
                // Choosing a language in the game replaces --lang for the rest of this run.
                app.lang_override = None;
                app.save_settings();
                app.relocalize();
            }
            Screen::Title { selected: 0 }
        };
        match input {
            Input::Click(x, y) => match self.hit(*x, *y) {
                Some(Hit::ListItem(i)) => choose(self, i),
                _ => Screen::Language { selected },
            },
            Input::Scroll(d) => Screen::Language { selected: step(selected, *d as isize, n) },
            _ => match key_of(input) {
                Some(KeyCode::Up | KeyCode::Char('k')) => Screen::Language { selected: step(selected, -1, n) },
                Some(KeyCode::Down | KeyCode::Char('j')) => Screen::Language { selected: step(selected, 1, n) },
                Some(KeyCode::Enter) => choose(self, selected),
                Some(KeyCode::Esc | KeyCode::Char('q')) => Screen::Title { selected: 0 },
                _ => Screen::Language { selected },
            },
        }
    }

    fn update_settings(&mut self, selected: usize, input: &Input) -> Screen {
        const ITEMS: usize = 3;
        let activate = |app: &mut App, i: usize| -> Screen {
            match i {
                0 => return Screen::Language { selected: app.current_locale_index() },
                1 => {
                    app.settings.theme = match app.settings.theme {
                        ThemeName::Default => ThemeName::HighContrast,
                        ThemeName::HighContrast => ThemeName::Default,
                    }
                }
                _ => app.settings.typing = !app.settings.typing,
            }
            app.save_settings();
            Screen::Settings { selected: i }
        };
        match input {
            Input::Click(x, y) => match self.hit(*x, *y) {
                Some(Hit::ListItem(i)) => activate(self, i),
                _ => Screen::Settings { selected },
            },
            _ => match key_of(input) {
                Some(KeyCode::Up | KeyCode::Char('k')) => Screen::Settings { selected: step(selected, -1, ITEMS) },
                Some(KeyCode::Down | KeyCode::Char('j')) => Screen::Settings { selected: step(selected, 1, ITEMS) },
                Some(KeyCode::Enter | KeyCode::Char(' ')) => activate(self, selected),
                Some(KeyCode::Esc | KeyCode::Char('q')) => Screen::Title { selected: 0 },
                _ => Screen::Settings { selected },
            },
        }
    }

    fn save_settings(&mut self) {
        if let Err(e) = self.store.save_settings(&self.settings) {
            self.notice = Some(format!("settings not saved: {e}"));
        }
    }

    fn save_progress(&mut self) {
        if let Err(e) = self.store.save_progress(&self.progress) {
            self.notice = Some(format!("progress not saved: {e}"));
        }
    }

    /// Opens a scenario: its content note first if it has one.
    pub fn start_scenario(&mut self, id: &str) {
        let Some(note) = self.lib.scenarios.get(id).map(|s| s.content_note) else { return };
        let seed = self.next_seed();
        self.screen = if note { Screen::ContentNote { scenario: id.to_string(), seed } } else { self.begin(id, seed) };
    }

    fn begin(&mut self, id: &str, seed: u64) -> Screen {
        let Some(scn) = self.lib.scenarios.get(id) else { return Screen::Title { selected: 0 } };
        match Session::start(scn, seed) {
            Ok(session) => {
                self.progress.current = Some(session.clone());
                self.save_progress();
                Screen::Playing(Box::new(self.play_at(session, Vec::new())))
            }
            Err(_) => Screen::Title { selected: 0 },
        }
    }

    fn resume(&mut self) -> Screen {
        match self.progress.current.clone() {
            Some(session) if session.outcome.is_none() => Screen::Playing(Box::new(self.play_at(session, Vec::new()))),
            Some(session) => Screen::Debrief { session: Box::new(session), scroll: 0, rewind: None },
            None => Screen::Title { selected: 0 },
        }
    }

    /// The play state for arriving at the session's current node, after `before` (what the chat already shows).
    fn play_at(&self, session: Session, mut before: Vec<Entry>) -> Play {
        let scn = &self.lib.scenarios[&session.scenario];
        let node = &scn.nodes[&session.node];
        let lines = node.lines.len().max(1);
        let start = before.len();
        before.extend((0..lines).map(|index| Entry::Line { node: node.id.clone(), index }));
        let animate = self.settings.typing && lines > 1 && matches!(node.channel.medium(), Medium::Chat | Medium::Sms);
        Play {
            session,
            selected: 0,
            feedback: None,
            revealed: if animate { start + 1 } else { before.len() },
            next_reveal: if animate { Some(Instant::now() + TYPING_PAUSE) } else { None },
            transcript: before,
            scroll: 0,
        }
    }

    fn update_play(&mut self, mut p: Box<Play>, input: &Input) -> Screen {
        let scn = self.lib.scenarios[&p.session.scenario].clone();
        // Bubbles still appearing: a tick shows the next, any key shows them all.
        if p.revealed < p.transcript.len() {
            match input {
                Input::Tick => {
                    p.revealed += 1;
                    p.next_reveal =
                        if p.revealed < p.transcript.len() { Some(Instant::now() + TYPING_PAUSE) } else { None };
                    return Screen::Playing(p);
                }
                Input::Key(k) if !matches!(k.code, KeyCode::Char('q') | KeyCode::Esc) => {
                    p.revealed = p.transcript.len();
                    p.next_reveal = None;
                    return Screen::Playing(p);
                }
                Input::Click(..) => {
                    p.revealed = p.transcript.len();
                    p.next_reveal = None;
                    return Screen::Playing(p);
                }
                _ => {}
            }
        }
        if let Some(k) = key_of(input) {
            match k {
                KeyCode::Char('q') | KeyCode::Esc => {
                    self.overlay = Some(Overlay::ConfirmLeave);
                    return Screen::Playing(p);
                }
                KeyCode::PageUp => {
                    p.scroll = p.scroll.saturating_add(5);
                    return Screen::Playing(p);
                }
                KeyCode::PageDown => {
                    p.scroll = p.scroll.saturating_sub(5);
                    return Screen::Playing(p);
                }
                _ => {}
            }
        }
        if let Input::Scroll(d) = input {
            p.scroll =
                if *d < 0 { p.scroll.saturating_add(d.unsigned_abs()) } else { p.scroll.saturating_sub(*d as u16) };
            return Screen::Playing(p);
        }
        // Feedback on screen: anything that means "go on" continues.
        if p.feedback.is_some() {
            let go_on = matches!(key_of(input), Some(KeyCode::Enter | KeyCode::Char(' ') | KeyCode::Right))
                || matches!(input, Input::Click(..));
            if go_on {
                return self.after_feedback(p);
            }
            return Screen::Playing(p);
        }
        let prompt = p.session.prompt(&scn).unwrap_or(Prompt::Choose);
        match prompt {
            Prompt::Ended(_) => {
                let go_on = matches!(key_of(input), Some(KeyCode::Enter | KeyCode::Char(' ') | KeyCode::Right))
                    || matches!(input, Input::Click(..));
                if go_on { self.finish(p.session) } else { Screen::Playing(p) }
            }
            Prompt::Continue => {
                let go_on = matches!(key_of(input), Some(KeyCode::Enter | KeyCode::Char(' ') | KeyCode::Right))
                    || matches!(input, Input::Click(..));
                if go_on && p.session.proceed(&scn).is_ok() {
                    self.progress.current = Some(p.session.clone());
                    self.save_progress();
                    return self.arrive(p);
                }
                Screen::Playing(p)
            }
            Prompt::Choose => {
                let n = p.session.available(&scn).map(|c| c.len()).unwrap_or(0);
                let picked = match input {
                    Input::Click(x, y) => match self.hit(*x, *y) {
                        Some(Hit::Choice(i)) => Some(i),
                        _ => None,
                    },
                    _ => match key_of(input) {
                        Some(KeyCode::Up | KeyCode::Char('k')) => {
                            p.selected = step(p.selected, -1, n);
                            None
                        }
                        Some(KeyCode::Down | KeyCode::Char('j')) => {
                            p.selected = step(p.selected, 1, n);
                            None
                        }
                        Some(KeyCode::Enter) => Some(p.selected),
                        Some(KeyCode::Char(c @ '1'..='9')) => Some(c as usize - '1' as usize),
                        _ => None,
                    },
                };
                match picked {
                    Some(i) if i < n => self.choose(p, i),
                    _ => Screen::Playing(p),
                }
            }
        }
    }

    fn choose(&mut self, mut p: Box<Play>, i: usize) -> Screen {
        let scn = &self.lib.scenarios[&p.session.scenario];
        let Some(choice_id) = p.session.available(scn).ok().and_then(|c| c.get(i).map(|c| c.id.clone())) else {
            return Screen::Playing(p);
        };
        match p.session.choose(scn, &choice_id) {
            Ok(chosen) => {
                p.transcript.push(Entry::Me { node: chosen.node.clone(), choice: chosen.choice.clone() });
                p.revealed = p.transcript.len();
                p.scroll = 0;
                p.feedback = Some(chosen);
                self.progress.current = Some(p.session.clone());
                self.save_progress();
                Screen::Playing(p)
            }
            Err(_) => Screen::Playing(p),
        }
    }

    /// After the feedback: on to the node the choice led to, keeping the chat if it goes on in the same app.
    fn after_feedback(&mut self, mut p: Box<Play>) -> Screen {
        p.feedback = None;
        self.arrive(p)
    }

    fn arrive(&mut self, p: Box<Play>) -> Screen {
        let scn = &self.lib.scenarios[&p.session.scenario];
        if p.session.outcome.is_some() {
            // An ending is shown as a node first (what happened), then the debrief.
            let play = self.play_at(p.session.clone(), Vec::new());
            return Screen::Playing(Box::new(play));
        }
        let node = &scn.nodes[&p.session.node];
        let prev = p.session.path.last().and_then(|s| scn.nodes.get(&s.node));
        let same_chat = prev.is_some_and(|prev| {
            matches!(node.channel.medium(), Medium::Chat | Medium::Sms)
                && prev.channel == node.channel
                && prev.from == node.from
        });
        let before = if same_chat { p.transcript.clone() } else { Vec::new() };
        Screen::Playing(Box::new(self.play_at(p.session.clone(), before)))
    }

    fn finish(&mut self, session: Session) -> Screen {
        self.progress.done.insert(session.scenario.clone());
        self.progress.met.extend(session.redflags().into_iter().map(|f| f.redflag));
        // Kept as the current session, so a player who closes the debrief can reopen it with resume.
        self.progress.current = Some(session.clone());
        self.save_progress();
        Screen::Debrief { session: Box::new(session), scroll: 0, rewind: None }
    }

    fn update_debrief(&mut self, session: Box<Session>, scroll: u16, rewind: Option<usize>, input: &Input) -> Screen {
        let choices = session.choices_made();
        if let Some(sel) = rewind {
            let go = |app: &mut App, i: usize| -> Screen {
                let scn = &app.lib.scenarios[&session.scenario];
                match session.rewind_to_choice(scn, i) {
                    Ok(s) => {
                        app.progress.current = Some(s.clone());
                        app.save_progress();
                        Screen::Playing(Box::new(app.play_at(s, Vec::new())))
                    }
                    Err(_) => Screen::Debrief { session: session.clone(), scroll, rewind: None },
                }
            };
            return match input {
                Input::Click(x, y) => match self.hit(*x, *y) {
                    Some(Hit::ListItem(i)) => go(self, i),
                    _ => Screen::Debrief { session, scroll, rewind },
                },
                _ => match key_of(input) {
                    Some(KeyCode::Up | KeyCode::Char('k')) => {
                        Screen::Debrief { rewind: Some(step(sel, -1, choices)), session, scroll }
                    }
                    Some(KeyCode::Down | KeyCode::Char('j')) => {
                        Screen::Debrief { rewind: Some(step(sel, 1, choices)), session, scroll }
                    }
                    Some(KeyCode::Enter) => go(self, sel),
                    Some(KeyCode::Esc | KeyCode::Char('q')) => Screen::Debrief { session, scroll, rewind: None },
                    _ => Screen::Debrief { session, scroll, rewind },
                },
            };
        }
        match key_of(input) {
            Some(KeyCode::Char('r')) if choices > 0 => Screen::Debrief { session, scroll, rewind: Some(choices - 1) },
            Some(KeyCode::Char('t') | KeyCode::Esc | KeyCode::Char('q')) => {
                self.progress.current = None;
                self.save_progress();
                self.title()
            }
            _ => match scroll_or_back(input, scroll) {
                Some(s) => Screen::Debrief { session, scroll: s, rewind: None },
                None => Screen::Debrief { session, scroll, rewind: None },
            },
        }
    }

    fn hit(&self, x: u16, y: u16) -> Option<Hit> {
        self.hits
            .borrow()
            .iter()
            .find(|(r, _)| x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height)
            .map(|(_, h)| *h)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TitleItem {
    Resume(String),
    Scenario(String),
}

pub fn key_of(input: &Input) -> Option<KeyCode> {
    match input {
        Input::Key(k) => Some(k.code),
        _ => None,
    }
}

fn step(i: usize, by: isize, n: usize) -> usize {
    if n == 0 {
        return 0;
    }
    (i as isize + by).clamp(0, n as isize - 1) as usize
}

/// Scrolling keys for long pages; None when the key means "back".
fn scroll_or_back(input: &Input, scroll: u16) -> Option<u16> {
    match input {
        Input::Scroll(d) => {
            Some(if *d < 0 { scroll.saturating_sub(d.unsigned_abs()) } else { scroll.saturating_add(*d as u16) })
        }
        _ => match key_of(input) {
            Some(KeyCode::Down | KeyCode::Char('j')) => Some(scroll.saturating_add(1)),
            Some(KeyCode::Up | KeyCode::Char('k')) => Some(scroll.saturating_sub(1)),
            Some(KeyCode::PageDown | KeyCode::Char(' ')) => Some(scroll.saturating_add(10)),
            Some(KeyCode::PageUp) => Some(scroll.saturating_sub(10)),
            Some(KeyCode::Home) => Some(0),
            Some(KeyCode::Esc | KeyCode::Char('q') | KeyCode::Enter | KeyCode::Backspace | KeyCode::Char('t')) => None,
            _ => Some(scroll),
        },
    }
}
