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
use crate::model::{HelpKind, Library, Medium, QuizItem};
use crate::store::{Progress, Settings, Store, ThemeName};
use crate::words::Words;

use super::theme::Theme;

/// How long a chat bubble takes to "type".
pub const TYPING_PAUSE: Duration = Duration::from_millis(700);

/// The row of the country in the settings list.
pub const SETTINGS_COUNTRY: usize = 4;
/// The settings row that keeps records in the data directory (off by default).
pub const SETTINGS_KEEP_RESULTS: usize = 5;

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
    /// Facilitator mode: the feedback of the choice is held until the facilitator reveals it.
    pub held: bool,
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
    /// Whose help to show: a list of countries in the player's language, filtered by what they type.
    Country {
        selected: usize,
        filter: String,
        /// Asked on first start: leaving goes to the title screen and counts as asked.
        first: bool,
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
    /// The discernment quiz, before (`after` false) or after a session.
    Quiz(Box<QuizState>),
    QuizResult {
        result: Box<crate::quiz::QuizResult>,
        items: Vec<QuizItem>,
        after: bool,
        scroll: u16,
    },
    /// Facilitator mode: questions for the room, before the debrief.
    RoomQuestions {
        session: Box<Session>,
    },
    /// Facilitator mode: how many in the room chose each option.
    Tally {
        play: Box<Play>,
        counts: Vec<u32>,
        selected: usize,
    },
    /// The game was ended from outside (the room closed, or the player was idle too long): goodbye, and where to
    /// get help.
    Goodbye {
        help: Option<HelpKind>,
    },
}

#[derive(Debug, Clone)]
pub struct QuizState {
    pub after: bool,
    pub items: Vec<QuizItem>,
    pub index: usize,
    pub answers: Vec<crate::quiz::Answer>,
    /// The rating the cursor is on, 1 to 6.
    pub selected: u8,
    /// Before a session: the scenario and seed to start once the quiz is done.
    pub pending: Option<(String, u64)>,
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
    /// Drawn, but does nothing when clicked.
    None,
    Choice(usize),
    ListItem(usize),
    Continue,
}

pub struct App {
    /// Shared, not copied: a room's games all play the same content.
    pub content: std::sync::Arc<Content>,
    pub lib: std::sync::Arc<Library>,
    pub loc: Localizer,
    pub locales: Vec<LocaleInfo>,
    pub settings: Settings,
    pub progress: Progress,
    pub store: Store,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    /// The country the player chose (`--country`, or the picker, saved); none when not chosen, and then help
    /// follows the language's region.
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
    /// The rows of the last scrolling area drawn and how far it can scroll, so PgUp and PgDn move a page and
    /// scrolling stops at the end.
    pub page: std::cell::Cell<Page>,
    /// Something went wrong saving; shown once in the status line.
    pub notice: Option<String>,
    /// What the record of the current session needs besides the engine's state.
    pub meta: crate::results::Meta,
    /// The scenario to open after the quiz before it.
    pub pending: Option<(String, u64)>,
    /// Whether the current session's record has been written.
    pub recorded: bool,
    /// Where records go: `--results`, or the data directory when the keep-results setting is on; none to keep none.
    pub results: Option<std::path::PathBuf>,
    /// `--results` (or a room's file): the setting cannot turn that off.
    results_given: Option<std::path::PathBuf>,
    pub participant: Option<String>,
    pub workshop: Option<String>,
    pub quiz_pre: bool,
    pub quiz_post: bool,
    /// Which half of the quiz this player takes first.
    pub quiz_form: crate::quiz::QuizForm,
    pub facilitator: bool,
    /// In a room (`serve`), records go to the room's one writer instead of a file.
    pub room_records: Option<std::sync::mpsc::Sender<crate::results::Record>>,
    /// The scenarios this game may offer (a room's `--scenarios`); none means all.
    pub only: Option<Vec<String>>,
    /// A session taken over from an earlier connection of the same participant: resuming continues its record.
    pub resumed_meta: Option<crate::results::Meta>,
    /// Where the first session starts, for an author trying a late node; used once.
    start_at: Option<(String, Vec<String>)>,
    /// The content folders as last read (`--content`, `--content-add`), to notice an edit while a session is open;
    /// none for the shipped content alone.
    watched: Option<u64>,
    /// When the folders were last looked at: a game waiting for input looks once a second.
    last_look: Instant,
}

/// How often a game open on content folders looks at them for edits while a session is open.
pub const LOOK_EVERY: Duration = Duration::from_secs(1);

pub struct AppConfig {
    pub content: std::sync::Arc<Content>,
    pub lib: std::sync::Arc<Library>,
    pub store: Store,
    pub lang_override: Option<String>,
    pub system_langs: Vec<String>,
    pub country: Option<String>,
    pub source: ContentSource,
    pub no_color: bool,
    pub seed: u64,
    /// Start straight into this scenario.
    pub scenario: Option<String>,
    /// Where records go (`--results`); none: only where the player's keep-results setting says (off by default).
    pub results: Option<std::path::PathBuf>,
    pub participant: Option<String>,
    pub workshop: Option<String>,
    pub quiz_pre: bool,
    pub quiz_post: bool,
    /// Which half of the quiz comes first; none: from the participant code, else a random draw.
    pub quiz_form: Option<crate::quiz::QuizForm>,
    pub facilitator: bool,
    pub room_records: Option<std::sync::mpsc::Sender<crate::results::Record>>,
    pub only: Option<Vec<String>>,
    /// For authors (`play --at NODE --set FLAG`): the first session starts at this node, holding these flags.
    pub start_at: Option<(String, Vec<String>)>,
}

impl AppConfig {
    /// A configuration with every option at its default: English or the system's language, no records, no quiz,
    /// not facilitator mode, seed 1. Callers change what they need with struct update syntax.
    pub fn new(
        content: impl Into<std::sync::Arc<Content>>,
        lib: impl Into<std::sync::Arc<Library>>,
        store: Store,
    ) -> AppConfig {
        AppConfig {
            content: content.into(),
            lib: lib.into(),
            store,
            lang_override: None,
            system_langs: Vec::new(),
            country: None,
            source: ContentSource::default(),
            no_color: false,
            seed: 1,
            scenario: None,
            results: None,
            participant: None,
            workshop: None,
            quiz_pre: false,
            quiz_post: false,
            quiz_form: None,
            facilitator: false,
            room_records: None,
            only: None,
            start_at: None,
        }
    }
}

impl App {
    pub fn new(cfg: AppConfig) -> App {
        let (settings, settings_notice) = cfg.store.load_settings_noting();
        let (progress, progress_notice) = cfg.store.load_progress_noting();
        // A damaged file kept aside is said once on stderr (it stays in the scrollback after the game) and once in
        // the status line.
        let notice = [settings_notice, progress_notice].into_iter().flatten().collect::<Vec<_>>();
        for n in &notice {
            eprintln!("warning: {n}");
        }
        let notice = (!notice.is_empty()).then(|| notice.join("; "));
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
            country: None,
            lang_override: cfg.lang_override,
            system_langs: cfg.system_langs,
            source: cfg.source,
            no_color: cfg.no_color,
            quit: false,
            seed: cfg.seed,
            hits: RefCell::new(Vec::new()),
            page: std::cell::Cell::new(Page::default()),
            notice,
            meta: crate::results::Meta::default(),
            pending: None,
            recorded: true,
            results: None,
            results_given: cfg.results,
            quiz_form: cfg
                .quiz_form
                .or_else(|| cfg.participant.as_deref().map(crate::quiz::QuizForm::for_code))
                .unwrap_or_else(crate::quiz::QuizForm::random),
            participant: cfg.participant,
            workshop: cfg.workshop,
            quiz_pre: cfg.quiz_pre,
            quiz_post: cfg.quiz_post,
            facilitator: cfg.facilitator,
            room_records: cfg.room_records,
            only: cfg.only,
            resumed_meta: None,
            start_at: cfg.start_at,
            watched: None,
            last_look: Instant::now(),
        };
        app.watched = app.source.has_folders().then(|| app.source.fingerprint());
        app.relocalize();
        app.choose_results();
        app.country = cfg.country.or_else(|| app.settings.country.clone()).filter(|c| crate::countries::is_iso(c));
        // An English player with no country gets no national help from the language alone, so the game asks once.
        if app.country.is_none() && !app.settings.country_asked && app.needs_country() {
            app.screen = Screen::Country { selected: 0, filter: String::new(), first: true };
        }
        // A saved session that no longer fits the scenario (the file changed) is dropped, not trusted.
        if let Some(s) = &app.progress.current {
            // Replayed to check it still fits the content; the id stays with it, so its records are known as one.
            let fits = app
                .lib
                .scenarios
                .get(&s.scenario)
                .and_then(|scn| Session::replay(scn, s.seed, &s.path).ok())
                .map(|r| Session { id: s.id.clone(), ..r });
            app.progress.current = fits;
        }
        let lib = app.lib.clone();
        app.progress.paused.retain(|_, p| {
            let s = &p.session;
            lib.scenarios.get(&s.scenario).and_then(|scn| Session::replay(scn, s.seed, &s.path).ok()).is_some()
        });
        if let Some(id) = cfg.scenario {
            app.start_scenario(&id);
        }
        app
    }

    pub fn theme(&self) -> Theme {
        Theme::new(self.settings.theme, self.no_color)
    }

    pub fn words(&self) -> Words<'_> {
        Words::new(&self.loc, &self.lib, self.country.clone()).for_grid()
    }

    /// The quiz items for the player's country (the one whose help is shown), before they are split into halves.
    pub fn quiz_items(&self) -> Vec<QuizItem> {
        crate::quiz::for_country(&self.lib.quiz, self.words().country.as_deref())
    }

    /// Whether the language says nothing of the country: no region, and no default country for it.
    pub fn needs_country(&self) -> bool {
        crate::words::default_country(&self.loc, &self.lib).is_none()
    }

    /// The countries the picker offers, as (code, name in the player's language), by name; then none, for
    /// "another country".
    pub fn country_rows(&self, filter: &str) -> Vec<(Option<String>, String)> {
        let w = self.words();
        let needle = filter.to_lowercase();
        let mut rows: Vec<(Option<String>, String)> = w
            .country_list()
            .into_iter()
            .filter(|(c, name)| {
                needle.is_empty() || name.to_lowercase().contains(&needle) || c.eq_ignore_ascii_case(&needle)
            })
            .map(|(c, name)| (Some(c), name))
            .collect();
        rows.push((None, w.ui("country-other")));
        rows
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
        self.lib
            .ordered_scenarios()
            .into_iter()
            .filter(|s| self.only.as_ref().is_none_or(|only| only.contains(&s.id)))
            .map(|s| s.id.clone())
            .collect()
    }

    /// Title screen items: a resume entry for each session left part-way (the current one first, even if it has
    /// ended, to reopen its debrief), then the scenarios.
    pub fn title_items(&self) -> Vec<TitleItem> {
        let mut items = Vec::new();
        if let Some(s) = &self.progress.current {
            items.push(TitleItem::Resume(s.scenario.clone()));
        }
        for id in self.progress.paused.keys() {
            if self.progress.current.as_ref().is_none_or(|c| c.scenario != *id) {
                items.push(TitleItem::Resume(id.clone()));
            }
        }
        items.extend(self.scenario_ids().into_iter().map(TitleItem::Scenario));
        items
    }

    /// When the next timer should fire; none means the game waits for input and uses no CPU. A session open on
    /// content folders also wakes once a second to look for edits.
    pub fn next_deadline(&self) -> Option<Instant> {
        let reveal = match &self.screen {
            Screen::Playing(p) => p.next_reveal,
            _ => None,
        };
        let look = (self.watched.is_some() && self.in_session()).then(|| self.last_look + LOOK_EVERY);
        reveal.into_iter().chain(look).min()
    }

    /// Whether a screen of a session is open (the title screen reads the folders again whenever it is shown).
    fn in_session(&self) -> bool {
        matches!(
            self.screen,
            Screen::Playing(_)
                | Screen::Tally { .. }
                | Screen::Debrief { .. }
                | Screen::RoomQuestions { .. }
                | Screen::ContentNote { .. }
        )
    }

    /// Looks at the content folders, and reloads the content if a file changed while a session is open. Whether
    /// the session's screen gave way (to the title or to errors).
    pub fn look_for_edits(&mut self) -> bool {
        let Some(before) = self.watched else { return false };
        self.last_look = Instant::now();
        if !self.in_session() {
            return false;
        }
        let now = self.source.fingerprint();
        if now == before {
            return false;
        }
        self.watched = Some(now);
        self.reload_mid_session();
        !self.in_session()
    }

    /// The content changed on disk while a session is open. The session goes on with the new words if the node it
    /// is at and the path that led there still exist; otherwise it cannot, and the title screen offers its
    /// scenario to start again, saying why. Content that no longer passes `check` shows its errors, and the
    /// session stays saved to resume once they are fixed.
    fn reload_mid_session(&mut self) {
        let (content, lib) = match crate::check::load_playable(&self.source) {
            Ok(loaded) => loaded,
            Err(blocked) => {
                self.overlay = None;
                let lines = blocked.1.iter().map(crate::diag::render_short).collect();
                self.screen = Screen::Errors { lines, scroll: 0 };
                return;
            }
        };
        self.lib = lib.into();
        self.locales = crate::locales::infos(&content.locales);
        self.content = content.into();
        self.relocalize();
        let fits = |app: &App, s: &Session| app.lib.scenarios.get(&s.scenario).is_some_and(|scn| session_fits(scn, s));
        let scenario = match &self.screen {
            Screen::Playing(p) | Screen::Tally { play: p, .. } if !fits(self, &p.session) => {
                Some(p.session.scenario.clone())
            }
            Screen::Debrief { session, .. } | Screen::RoomQuestions { session } if !fits(self, session) => {
                Some(session.scenario.clone())
            }
            Screen::ContentNote { scenario, .. } if !self.lib.scenarios.contains_key(scenario) => {
                Some(scenario.clone())
            }
            _ => None,
        };
        let Some(scenario) = scenario else { return };
        self.overlay = None;
        if self.progress.current.as_ref().is_some_and(|s| s.scenario == scenario) {
            self.progress.current = None;
            self.save_progress();
        }
        self.notice = Some(self.words().ui("reload-changed"));
        let selected = self
            .title_items()
            .iter()
            .position(|i| matches!(i, TitleItem::Scenario(id) if *id == scenario))
            .unwrap_or(0);
        self.screen = Screen::Title { selected };
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
            // Progress is saved after every choice, so leaving at once loses nothing; the record says it was left.
            self.record_current();
            self.quit = true;
            return;
        }
        // A key meant for the session's screen does nothing on the screen that replaced it (a `1` for a choice
        // would start the title's first scenario).
        if self.look_for_edits() {
            return;
        }
        if let Some(o) = self.overlay {
            self.update_overlay(o, &input);
            return;
        }
        if let Input::Key(k) = &input
            && k.code == KeyCode::Char('?')
            && !matches!(self.screen, Screen::Country { .. })
        {
            self.overlay = Some(Overlay::Help);
            return;
        }
        let screen = std::mem::replace(&mut self.screen, Screen::Title { selected: 0 });
        self.screen = match screen {
            Screen::Title { selected } => self.update_title(selected, &input),
            Screen::Language { selected } => self.update_language(selected, &input),
            Screen::Settings { selected } => self.update_settings(selected, &input),
            Screen::Country { selected, filter, first } => self.update_country(selected, filter, first, &input),
            Screen::Handbook { scroll } => match self.scroll_or_back(&input, scroll) {
                Some(s) => Screen::Handbook { scroll: s },
                None => self.title(),
            },
            Screen::Errors { lines, scroll } => match self.scroll_or_back(&input, scroll) {
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
            Screen::Quiz(q) => self.update_quiz(q, &input),
            Screen::QuizResult { result, items, after, scroll } => {
                self.update_quiz_result(result, items, after, scroll, &input)
            }
            Screen::RoomQuestions { session } => match key_of(&input) {
                Some(KeyCode::Enter | KeyCode::Char(' ')) => Screen::Debrief { session, scroll: 0, rewind: None },
                _ if matches!(input, Input::Click(..)) => Screen::Debrief { session, scroll: 0, rewind: None },
                _ => Screen::RoomQuestions { session },
            },
            Screen::Tally { play, counts, selected } => self.update_tally(play, counts, selected, &input),
            Screen::Debrief { session, scroll, rewind } => self.update_debrief(session, scroll, rewind, &input),
            Screen::Goodbye { help } => {
                if key_of(&input).is_some() {
                    self.quit = true;
                }
                Screen::Goodbye { help }
            }
        };
    }

    /// Ends the game from outside: the session so far is recorded, and the player sees goodbye and where to get
    /// help.
    pub fn end_from_outside(&mut self) {
        // The help that fits the story the player was in, as at its ending.
        let help = self.current_session().and_then(|s| self.lib.scenarios.get(&s.scenario)).map(|scn| scn.help);
        self.record_current();
        self.overlay = None;
        self.screen = Screen::Goodbye { help };
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
                    self.record_current();
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
        if self.source.has_folders() {
            self.watched = Some(self.source.fingerprint());
            match crate::check::load_playable(&self.source) {
                Ok((content, lib)) => {
                    self.lib = lib.into();
                    self.locales = crate::locales::infos(&content.locales);
                    self.content = content.into();
                    self.relocalize();
                }
                Err(blocked) => {
                    let blocking = &blocked.1;
                    return Screen::Errors {
                        lines: blocking.iter().map(crate::diag::render_short).collect(),
                        scroll: 0,
                    };
                }
            }
        }
        Screen::Title { selected: 0 }
    }

    fn update_title(&mut self, selected: usize, input: &Input) -> Screen {
        let items = self.title_items();
        let n = items.len();
        let pick = |app: &mut App, i: usize| -> Screen {
            match items.get(i) {
                Some(TitleItem::Resume(id)) => {
                    // Another scenario's session left part-way becomes the current one; the current one is set
                    // aside in its own slot, not lost.
                    if app.progress.current.as_ref().is_none_or(|c| c.scenario != *id) {
                        app.progress.resume(id);
                    }
                    app.resume()
                }
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
                // Digits number the scenarios only, so a Resume row above them shifts no number.
                Some(KeyCode::Char(c @ '1'..='9')) => {
                    let k = c as usize - '1' as usize;
                    match items.iter().enumerate().filter(|(_, it)| matches!(it, TitleItem::Scenario(_))).nth(k) {
                        Some((i, _)) => pick(self, i),
                        None => Screen::Title { selected },
                    }
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

    fn update_country(&mut self, selected: usize, mut filter: String, first: bool, input: &Input) -> Screen {
        let rows = self.country_rows(&filter);
        let n = rows.len();
        let selected = selected.min(n.saturating_sub(1));
        let leave = |app: &mut App| -> Screen {
            if first {
                app.settings.country_asked = true;
                app.save_settings();
                Screen::Title { selected: 0 }
            } else {
                Screen::Settings { selected: SETTINGS_COUNTRY }
            }
        };
        let choose = |app: &mut App, i: usize| -> Screen {
            if let Some((code, _)) = rows.get(i) {
                app.country = code.clone();
                app.settings.country = code.clone();
                app.settings.country_asked = true;
                app.save_settings();
            }
            if first { Screen::Title { selected: 0 } } else { Screen::Settings { selected: SETTINGS_COUNTRY } }
        };
        match input {
            Input::Click(x, y) => match self.hit(*x, *y) {
                Some(Hit::ListItem(i)) => choose(self, i),
                _ => Screen::Country { selected, filter, first },
            },
            Input::Scroll(d) => Screen::Country { selected: step(selected, *d as isize, n), filter, first },
            // Letters filter the list, so only the arrows move in it.
            Input::Key(k) => match k.code {
                KeyCode::Up => Screen::Country { selected: step(selected, -1, n), filter, first },
                KeyCode::Down => Screen::Country { selected: step(selected, 1, n), filter, first },
                KeyCode::Enter => choose(self, selected),
                KeyCode::Esc => leave(self),
                KeyCode::Backspace => {
                    filter.pop();
                    Screen::Country { selected: 0, filter, first }
                }
                KeyCode::Char(c) if !c.is_control() && filter.chars().count() < 40 => {
                    filter.push(c);
                    Screen::Country { selected: 0, filter, first }
                }
                _ => Screen::Country { selected, filter, first },
            },
            _ => Screen::Country { selected, filter, first },
        }
    }

    fn update_settings(&mut self, selected: usize, input: &Input) -> Screen {
        const ITEMS: usize = 6;
        let activate = |app: &mut App, i: usize| -> Screen {
            match i {
                0 => return Screen::Language { selected: app.current_locale_index() },
                SETTINGS_COUNTRY => {
                    let here = app.country.clone();
                    let selected = app.country_rows("").iter().position(|(c, _)| *c == here).unwrap_or(0);
                    return Screen::Country { selected, filter: String::new(), first: false };
                }
                1 => {
                    app.settings.theme = match app.settings.theme {
                        ThemeName::Default => ThemeName::HighContrast,
                        ThemeName::HighContrast => ThemeName::Default,
                    }
                }
                2 => app.settings.typing = !app.settings.typing,
                3 => {
                    // The quiz is a choice for this run (a workshop decides it), so it is not saved.
                    let on = !(app.quiz_pre && app.quiz_post);
                    app.quiz_pre = on;
                    app.quiz_post = on;
                    return Screen::Settings { selected: i };
                }
                SETTINGS_KEEP_RESULTS => {
                    app.settings.keep_results = !app.settings.keep_results;
                    app.choose_results();
                }
                _ => return Screen::Settings { selected: i },
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

    /// Records go where `--results` says, else to the data directory if the player chose to keep them.
    fn choose_results(&mut self) {
        self.results = self.results_given.clone().or_else(|| {
            crate::results::kept_results_path(self.store.data_dir.as_deref()).filter(|_| self.settings.keep_results)
        });
    }

    fn save_settings(&mut self) {
        if let Err(e) = self.store.save_settings(&self.settings) {
            self.notice = Some(format!("settings not saved: {e}"));
        }
    }

    fn save_progress(&mut self) {
        // The record's start and the quiz before it go with the session while it is being played; once its record
        // is written they are left as they were, for the one resume that may follow.
        match self.progress.current.as_ref().and_then(|s| s.id.clone()) {
            None => self.progress.kept = None,
            Some(id) if !self.recorded => {
                let records = self.results.is_some() || self.room_records.is_some();
                self.progress.kept = Some(self.meta.kept(&id, records));
            }
            Some(_) => {}
        }
        if let Err(e) = self.store.save_progress(&self.progress) {
            self.notice = Some(format!("progress not saved: {e}"));
        }
    }

    /// Opens a scenario: its content note first if it has one.
    pub fn start_scenario(&mut self, id: &str) {
        if !self.lib.scenarios.contains_key(id) {
            return;
        }
        let seed = self.next_seed();
        self.new_meta();
        if self.quiz_pre && !self.lib.quiz.is_empty() {
            let (pre, _) = crate::quiz::halves(&self.quiz_items(), self.quiz_form, seed);
            self.screen = Screen::Quiz(Box::new(QuizState {
                after: false,
                items: pre,
                index: 0,
                answers: Vec::new(),
                selected: 1,
                pending: Some((id.to_string(), seed)),
            }));
            return;
        }
        self.screen = self.open(id, seed);
    }

    /// A fresh record for a new session.
    fn new_meta(&mut self) {
        self.meta = crate::results::Meta {
            locale: self.loc.primary().to_string(),
            started: Some(std::time::SystemTime::now()),
            participant: self.participant.clone(),
            workshop: self.workshop.clone(),
            country: self.country.clone(),
            facilitator: self.facilitator,
            quiz_form: ((self.quiz_pre || self.quiz_post) && !self.lib.quiz.is_empty()).then_some(self.quiz_form),
            ..Default::default()
        };
        self.recorded = false;
    }

    /// Writes the record of the current session once: when it ends, or when the player leaves it.
    pub fn record_current(&mut self) {
        if let Some(room) = &self.room_records {
            let Some(record) = self.due_record() else { return };
            self.recorded = true;
            // The room's writer outlives every session; if it is gone the room is closing and has flushed.
            let _ = room.send(record);
            return;
        }
        let Some((path, record)) = self.pending_record() else { return };
        self.recorded = true;
        if let Err(e) = crate::results::append_once(&path, &record) {
            self.notice = Some(crate::sanitize::sanitize(&format!("record not saved to {}: {e}", path.display())));
        }
    }

    /// The record that would be written if the session ended now, if one is due: the signal handler writes it when
    /// the game is ended from outside (SIGTERM, SIGHUP, a closed terminal).
    pub fn pending_record(&self) -> Option<(std::path::PathBuf, crate::results::Record)> {
        let path = self.results.clone()?;
        Some((path, self.due_record()?))
    }

    /// The session in progress (or just ended) and the record it would make, if one is due.
    pub fn due_record(&self) -> Option<crate::results::Record> {
        if self.recorded {
            return None;
        }
        Some(crate::results::Record::of(self.current_session()?, &self.meta))
    }

    /// The session on screen, or the one waiting to be resumed.
    fn current_session(&self) -> Option<&Session> {
        match &self.screen {
            Screen::Playing(p) => Some(&p.session),
            Screen::Tally { play, .. } => Some(&play.session),
            Screen::Debrief { session, .. } | Screen::RoomQuestions { session } => Some(session),
            _ => self.progress.current.as_ref(),
        }
    }

    /// The content note if the scenario has one, else straight into play.
    fn open(&mut self, id: &str, seed: u64) -> Screen {
        let note = self.lib.scenarios.get(id).is_some_and(|s| s.content_note);
        if note { Screen::ContentNote { scenario: id.to_string(), seed } } else { self.begin(id, seed) }
    }

    fn begin(&mut self, id: &str, seed: u64) -> Screen {
        let Some(scn) = self.lib.scenarios.get(id) else { return Screen::Title { selected: 0 } };
        let w = self.words();
        if [w.ui("resume-changed"), w.ui("reload-changed")].iter().any(|n| self.notice.as_deref() == Some(n)) {
            self.notice = None;
        }
        let started = match self.start_at.take() {
            Some((node, flags)) => Session::start_at(scn, seed, &node, &flags),
            None => Session::start(scn, seed),
        };
        match started {
            Ok(mut session) => {
                session.id = Some(crate::results::new_session_id());
                // One slot per scenario: a session of another scenario left part-way is set aside, not discarded.
                self.progress.switch_to(id);
                self.progress.current = Some(session.clone());
                self.save_progress();
                Screen::Playing(Box::new(self.play_at(session, Vec::new())))
            }
            Err(_) => Screen::Title { selected: 0 },
        }
    }

    fn resume(&mut self) -> Screen {
        match self.resumed_meta.take() {
            Some(meta) => {
                self.meta = meta;
                self.recorded = false;
            }
            None => {
                self.new_meta();
                let id = self.progress.current.as_ref().and_then(|s| s.id.clone());
                self.meta.restore(self.progress.kept.as_ref(), id.as_deref());
            }
        }
        // The id stays with the session, so its records before and after the pause are known as one; a session
        // saved by an older version gets one now.
        if let Some(s) = self.progress.current.as_mut().filter(|s| s.id.is_none()) {
            s.id = Some(crate::results::new_session_id());
        }
        // The scenario may have changed on disk since the pause (a node renamed, the file moved): a session whose
        // nodes or choices are gone cannot go on, so it is dropped and the player is offered its start instead.
        if let Some(session) = self.progress.current.clone()
            && !self.lib.scenarios.get(&session.scenario).is_some_and(|scn| session_fits(scn, &session))
        {
            self.progress.current = None;
            self.save_progress();
            self.notice = Some(self.words().ui("resume-changed"));
            let selected = self
                .title_items()
                .iter()
                .position(|i| matches!(i, TitleItem::Scenario(id) if *id == session.scenario))
                .unwrap_or(0);
            return Screen::Title { selected };
        }
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
            held: false,
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
                // Chats scroll from the bottom: PgUp goes back a page into what was said.
                KeyCode::PageUp => {
                    let page = self.page.get();
                    p.scroll = p.scroll.min(page.max).saturating_add(page.step()).min(page.max);
                    return Screen::Playing(p);
                }
                KeyCode::PageDown => {
                    p.scroll = p.scroll.min(self.page.get().max).saturating_sub(self.page.get().step());
                    return Screen::Playing(p);
                }
                _ => {}
            }
        }
        if let Input::Scroll(d) = input {
            let max = self.page.get().max;
            p.scroll = if *d < 0 {
                p.scroll.min(max).saturating_add(d.unsigned_abs()).min(max)
            } else {
                p.scroll.min(max).saturating_sub(*d as u16)
            };
            return Screen::Playing(p);
        }
        // Feedback on screen: anything that means "go on" continues.
        if p.feedback.is_some() && p.held {
            if matches!(key_of(input), Some(KeyCode::Char('r') | KeyCode::Enter | KeyCode::Char(' ')))
                || matches!(input, Input::Click(..))
            {
                p.held = false;
            }
            return Screen::Playing(p);
        }
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
                        Some(KeyCode::Char('c')) if self.facilitator => {
                            return Screen::Tally { play: p, counts: vec![0; n], selected: 0 };
                        }
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
                p.held = self.facilitator;
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
        if self.facilitator {
            return Screen::RoomQuestions { session: Box::new(session) };
        }
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
                    Some(KeyCode::Char(c @ '1'..='9')) if (c as usize - '1' as usize) < choices => {
                        go(self, c as usize - '1' as usize)
                    }
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
                if self.quiz_post && !self.lib.quiz.is_empty() && !self.recorded {
                    let form = self.meta.quiz_form.unwrap_or(self.quiz_form);
                    let (_, post) = crate::quiz::halves(&self.quiz_items(), form, session.seed);
                    // The session is kept for the record until the quiz after it is done.
                    self.progress.current = Some((*session).clone());
                    return Screen::Quiz(Box::new(QuizState {
                        after: true,
                        items: post,
                        index: 0,
                        answers: Vec::new(),
                        selected: 1,
                        pending: None,
                    }));
                }
                self.screen = Screen::Debrief { session: session.clone(), scroll, rewind: None };
                self.record_current();
                self.title()
            }
            _ => match self.scroll_or_back(input, scroll) {
                Some(s) => Screen::Debrief { session, scroll: s, rewind: None },
                None => Screen::Debrief { session, scroll, rewind: None },
            },
        }
    }

    fn update_quiz(&mut self, mut q: Box<QuizState>, input: &Input) -> Screen {
        let rating = match input {
            Input::Click(x, y) => match self.hit(*x, *y) {
                Some(Hit::ListItem(i)) => Some(i as u8 + 1),
                _ => None,
            },
            _ => match key_of(input) {
                Some(KeyCode::Char(c @ '1'..='6')) => Some(c as u8 - b'0'),
                Some(KeyCode::Up | KeyCode::Char('k')) => {
                    q.selected = q.selected.saturating_sub(1).max(1);
                    None
                }
                Some(KeyCode::Down | KeyCode::Char('j')) => {
                    q.selected = (q.selected + 1).min(crate::quiz::SCALE);
                    None
                }
                Some(KeyCode::Enter) => Some(q.selected),
                Some(KeyCode::Esc | KeyCode::Char('q')) => {
                    self.overlay = Some(Overlay::ConfirmLeave);
                    return Screen::Quiz(q);
                }
                _ => None,
            },
        };
        let Some(rating) = rating else { return Screen::Quiz(q) };
        let item = &q.items[q.index];
        q.answers.push(crate::quiz::Answer { item: item.id.clone(), genuine: item.genuine, rating });
        q.index += 1;
        q.selected = 1;
        if q.index < q.items.len() {
            return Screen::Quiz(q);
        }
        let result = crate::quiz::score(std::mem::take(&mut q.answers));
        if q.after {
            self.meta.quiz_post = Some(result.clone());
        } else {
            self.meta.quiz_pre = Some(result.clone());
        }
        let screen = Screen::QuizResult { result: Box::new(result), items: q.items.clone(), after: q.after, scroll: 0 };
        if let Some((id, seed)) = q.pending.take() {
            // Remember where to go after the result.
            self.pending = Some((id, seed));
        }
        screen
    }

    fn update_quiz_result(
        &mut self,
        result: Box<crate::quiz::QuizResult>,
        items: Vec<QuizItem>,
        after: bool,
        scroll: u16,
        input: &Input,
    ) -> Screen {
        let go_on =
            matches!(key_of(input), Some(KeyCode::Enter | KeyCode::Esc | KeyCode::Char('q') | KeyCode::Char('t')))
                || matches!(input, Input::Click(..));
        if !go_on {
            return match self.scroll_or_back(input, scroll) {
                Some(s) => Screen::QuizResult { result, items, after, scroll: s },
                None => Screen::QuizResult { result, items, after, scroll },
            };
        }
        if after {
            self.record_current();
            self.progress.current = None;
            self.save_progress();
            return self.title();
        }
        match self.pending.take() {
            Some((id, seed)) => self.open(&id, seed),
            None => self.title(),
        }
    }

    fn update_tally(&mut self, play: Box<Play>, mut counts: Vec<u32>, mut selected: usize, input: &Input) -> Screen {
        let n = counts.len();
        match key_of(input) {
            Some(KeyCode::Up | KeyCode::Char('k')) => selected = step(selected, -1, n),
            Some(KeyCode::Down | KeyCode::Char('j')) => selected = step(selected, 1, n),
            Some(KeyCode::Char(c @ '0'..='9')) if n > 0 => {
                let v = counts[selected].saturating_mul(10).saturating_add(c as u32 - '0' as u32);
                counts[selected] = v.min(9999);
            }
            Some(KeyCode::Backspace) if n > 0 => counts[selected] /= 10,
            Some(KeyCode::Enter) => {
                let scn = &self.lib.scenarios[&play.session.scenario];
                let ids: Vec<String> =
                    play.session.available(scn).unwrap_or_default().iter().map(|c| c.id.clone()).collect();
                let tally = crate::results::Tally {
                    node: play.session.node.clone(),
                    counts: ids.into_iter().zip(counts.iter().copied()).collect(),
                };
                // A recount of the same node replaces the earlier one.
                self.meta.tallies.retain(|t| t.node != tally.node);
                self.meta.tallies.push(tally);
                return Screen::Playing(play);
            }
            Some(KeyCode::Esc) => return Screen::Playing(play),
            _ => {}
        }
        Screen::Tally { play, counts, selected }
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

/// The scrolling area last drawn: its height in rows and the furthest it scrolls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub rows: u16,
    pub max: u16,
}

impl Default for Page {
    fn default() -> Self {
        Page { rows: 10, max: u16::MAX }
    }
}

impl Page {
    /// A page less one row, so the line read last stays in view.
    pub fn step(self) -> u16 {
        self.rows.saturating_sub(1).max(1)
    }
}

impl App {
    /// Scrolling keys for long pages; None when the key means "back". A page is the height of the area drawn.
    fn scroll_or_back(&self, input: &Input, scroll: u16) -> Option<u16> {
        let page = self.page.get();
        let scroll = scroll.min(page.max);
        let to = match input {
            Input::Scroll(d) => {
                if *d < 0 {
                    scroll.saturating_sub(d.unsigned_abs())
                } else {
                    scroll.saturating_add(*d as u16)
                }
            }
            _ => match key_of(input) {
                Some(KeyCode::Down | KeyCode::Char('j')) => scroll.saturating_add(1),
                Some(KeyCode::Up | KeyCode::Char('k')) => scroll.saturating_sub(1),
                Some(KeyCode::PageDown | KeyCode::Char(' ')) => scroll.saturating_add(page.step()),
                Some(KeyCode::PageUp) => scroll.saturating_sub(page.step()),
                Some(KeyCode::Home) => 0,
                Some(KeyCode::End) => page.max,
                Some(KeyCode::Esc | KeyCode::Char('q') | KeyCode::Enter | KeyCode::Backspace | KeyCode::Char('t')) => {
                    return None;
                }
                _ => scroll,
            },
        };
        Some(to.min(page.max))
    }
}

/// Whether a saved session still fits its scenario: its node, and every node and choice on its path, still exist.
fn session_fits(scn: &crate::model::Scenario, s: &Session) -> bool {
    let has_choice = |node: &str, choice: &str| {
        scn.nodes.get(node).is_some_and(
            |n| matches!(&n.kind, crate::model::NodeKind::Choices(cs) if cs.iter().any(|c| c.id == choice)),
        )
    };
    scn.nodes.contains_key(&s.node)
        && s.path.iter().all(|st| match &st.choice {
            Some(c) => has_choice(&st.node, c),
            None => scn.nodes.contains_key(&st.node),
        })
}
