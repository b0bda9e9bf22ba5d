//! The words of what the engine says, for every front-end: the one place that joins engine ids, the naming
//! convention and the Fluent catalogs. Front-ends draw these strings; they never decide game logic.

use crate::content::msgid;
use crate::engine::Session;
use crate::i18n::{Arg, Args, Localizer};
use crate::model::{Channel, Library, Node, Outcome, Resource, Scenario, Stage, VarValue};
pub use crate::sanitize::{is_unsafe, sanitize, visible_same_len};

/// Interface messages with a fixed id. `check` requires each in English, so no front-end can show a raw id.
pub const UI_MESSAGES: &[&str] = &[
    "app-tagline",
    "narrator",
    "you",
    "minutes",
    "redflag-count",
    "content-note-title",
    "content-note-leave",
    "press-enter",
    "choose-prompt",
    "choose-invalid",
    "choose-quit-hint",
    "feedback-spotted",
    "feedback-missed",
    "ending-title",
    "debrief-title",
    "debrief-score",
    "debrief-none",
    "debrief-spotted",
    "debrief-missed",
    "debrief-advice",
    "help-title",
    "help-always",
    "help-contact",
    "session-left",
    "scenario-list-title",
    "scenario-pick",
    "unknown-scenario",
    "no-scenarios",
    "title-scenarios",
    "title-resume",
    "keys-title",
    "keys-list",
    "keys-play",
    "keys-continue",
    "keys-typing",
    "keys-scroll",
    "keys-debrief",
    "keys-rewind",
    "play-what-now",
    "play-continue",
    "play-ending-continue",
    "play-feedback",
    "status-redflags",
    "debrief-rewind-title",
    "handbook-title",
    "handbook-locked",
    "handbook-source",
    "handbook-met",
    "language-title",
    "language-status-complete",
    "language-status-reviewed",
    "language-status-machine-drafted",
    "language-status-partial",
    "settings-title",
    "settings-language",
    "settings-theme",
    "settings-typing",
    "theme-default",
    "theme-high-contrast",
    "setting-on",
    "setting-off",
    "help-keys-title",
    "help-keys",
    "help-close",
    "confirm-leave",
    "confirm-quit",
    "confirm-keys",
    "too-small",
    "errors-title",
    "content-note-keys",
    "email-from",
    "quiz-title-pre",
    "quiz-title-post",
    "quiz-intro",
    "quiz-progress",
    "quiz-scale",
    "quiz-prompt",
    "quiz-invalid",
    "quiz-result",
    "quiz-review-title",
    "quiz-genuine",
    "quiz-scam",
    "facilitator-held",
    "facilitator-discuss",
    "keys-held",
    "keys-play-facilitator",
    "keys-quiz",
    "keys-continue-only",
    "room-title",
    "room-what-happened",
    "room-what-noticed",
    "room-what-would-you-do",
    "room-where-help",
    "tally-title",
    "keys-tally",
    "settings-quiz",
    "channel-facebook",
    "channel-instagram",
    "channel-tiktok",
    "channel-website",
    "channel-jobsite",
    "channel-whatsapp",
    "channel-telegram",
    "channel-line",
    "channel-wechat",
    "channel-viber",
    "channel-messenger",
    "channel-signal",
    "channel-dating",
    "channel-sms",
    "channel-email",
    "channel-call",
    "channel-in-person",
    "channel-narration",
    "outcome-safe",
    "outcome-scammed",
    "outcome-trafficked",
    "outcome-escaped",
    "outcome-helped",
    "stage-advert",
    "stage-recruiter",
    "stage-travel",
    "stage-compound",
    "stage-target",
];

/// A help resource in words.
#[derive(Debug, Clone)]
pub struct HelpLine {
    pub name: String,
    pub contact: String,
    pub description: String,
}

pub struct Words<'a> {
    pub loc: &'a Localizer,
    pub lib: &'a Library,
    /// The country whose help resources to show first.
    pub country: Option<String>,
    /// For a cell grid (the TUI): write Thai and Lao SARA AM in its decomposed form, see `for_grid`.
    pub grid: bool,
}

impl<'a> Words<'a> {
    pub fn new(loc: &'a Localizer, lib: &'a Library, country: Option<String>) -> Words<'a> {
        let country = country.or_else(|| default_country(loc, lib));
        Words { loc, lib, country, grid: false }
    }

    /// Words for a terminal cell grid. SARA AM (Thai U+0E33, Lao U+0EB3) is a spacing vowel that joins the letter
    /// before it into one cluster two columns wide, which terminals store as two separate cells; redrawing such a
    /// cluster left stray vowels on screen (seen in tmux). Its compatibility decomposition, NIKHAHIT + SARA AA,
    /// looks the same and gives clusters one column wide.
    pub fn for_grid(mut self) -> Self {
        self.grid = true;
        self
    }

    fn clean(&self, s: &str) -> String {
        let s = sanitize(s);
        if self.grid && s.contains(['\u{0E33}', '\u{0EB3}']) {
            s.replace('\u{0E33}', "\u{0E4D}\u{0E32}").replace('\u{0EB3}', "\u{0ECD}\u{0EB2}")
        } else {
            s
        }
    }

    pub fn ui(&self, id: &str) -> String {
        self.clean(&self.loc.text(id, &Vec::new()))
    }

    pub fn ui_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.clean(&self.loc.text(id, &crate::i18n::args(args)))
    }

    /// The Fluent arguments of a session: its variables, string ones resolved to words in this locale.
    pub fn session_args(&self, scn: &Scenario, session: &Session) -> Args {
        session
            .vars
            .iter()
            .map(|(k, v)| {
                let arg = match v {
                    VarValue::Number(n) => Arg::Num(*n),
                    VarValue::Message(m) => Arg::Str(self.loc.text(&msgid::var_value(&scn.id, k, m), &Vec::new())),
                };
                (k.clone(), arg)
            })
            .collect()
    }

    pub fn title(&self, scenario: &str) -> String {
        self.clean(&self.loc.text(&msgid::title(scenario), &Vec::new()))
    }

    pub fn summary(&self, scenario: &str) -> String {
        self.clean(&self.loc.text(&msgid::summary(scenario), &Vec::new()))
    }

    pub fn content_note(&self, scenario: &str) -> String {
        self.clean(&self.loc.text(&msgid::content_note(scenario), &Vec::new()))
    }

    pub fn channel(&self, c: Channel) -> String {
        self.ui(&format!("channel-{}", c.id()))
    }

    pub fn outcome(&self, o: Outcome) -> String {
        self.ui(&format!("outcome-{}", o.id()))
    }

    pub fn stage(&self, s: Stage) -> String {
        self.ui(&format!("stage-{}", s.id()))
    }

    /// Who a node comes from, by name; none for narration.
    pub fn speaker(&self, scn: &Scenario, node: &Node, args: &Args) -> Option<String> {
        node.from.as_ref().map(|c| self.clean(&self.loc.text(&msgid::character(&scn.id, c), args)))
    }

    /// The paragraphs or bubbles of a node.
    pub fn node_lines(&self, scn: &Scenario, node: &Node, args: &Args) -> Vec<String> {
        if node.lines.is_empty() {
            vec![self.clean(&self.loc.text(&msgid::node(&scn.id, &node.id), args))]
        } else {
            node.lines.iter().map(|l| self.clean(&self.loc.text(&msgid::line(&scn.id, &node.id, l), args))).collect()
        }
    }

    /// A discussion prompt for facilitator mode, if the node has one.
    /// The prompt may sit on the node's message or on any of its lines; the first found is used.
    pub fn discuss(&self, scn: &Scenario, node: &Node, args: &Args) -> Option<String> {
        let mut ids = vec![msgid::node(&scn.id, &node.id)];
        ids.extend(node.lines.iter().map(|l| msgid::line(&scn.id, &node.id, l)));
        ids.iter().find_map(|id| self.loc.attr(id, msgid::DISCUSS, args)).map(|s| self.clean(&s))
    }

    pub fn choice_label(&self, scn: &Scenario, node: &str, choice: &str, args: &Args) -> String {
        self.clean(&self.loc.text(&msgid::choice(&scn.id, node, choice), args))
    }

    pub fn feedback(&self, scn: &Scenario, node: &str, choice: &str, args: &Args) -> Option<String> {
        self.loc.attr(&msgid::choice(&scn.id, node, choice), msgid::FEEDBACK, args).map(|s| self.clean(&s))
    }

    pub fn redflag_name(&self, id: &str) -> String {
        self.clean(&self.loc.text(&msgid::redflag(id), &Vec::new()))
    }

    pub fn redflag_explain(&self, id: &str) -> String {
        self.loc.attr(&msgid::redflag(id), msgid::EXPLAIN, &Vec::new()).map(|s| self.clean(&s)).unwrap_or_default()
    }

    pub fn redflag_advice(&self, id: &str) -> String {
        self.loc.attr(&msgid::redflag(id), msgid::ADVICE, &Vec::new()).map(|s| self.clean(&s)).unwrap_or_default()
    }

    pub fn quiz_text(&self, id: &str) -> String {
        self.clean(&self.loc.text(&msgid::quiz(id), &Vec::new()))
    }

    pub fn quiz_source(&self, id: &str) -> String {
        self.loc.attr(&msgid::quiz(id), msgid::SOURCE, &Vec::new()).map(|s| self.clean(&s)).unwrap_or_default()
    }

    pub fn quiz_explain(&self, id: &str) -> String {
        self.loc.attr(&msgid::quiz(id), msgid::EXPLAIN, &Vec::new()).map(|s| self.clean(&s)).unwrap_or_default()
    }

    /// The player's quiz result in one sentence: how well they told genuine from scam, and which way they leaned.
    pub fn quiz_result(&self, r: &crate::quiz::QuizResult) -> String {
        self.ui_with(
            "quiz-result",
            &[
                ("skill", Arg::Str(crate::quiz::skill(r).into())),
                ("lean", Arg::Str(crate::quiz::lean(r).into())),
                ("dprime", Arg::Num((r.d_prime * 10.0).round() / 10.0)),
            ],
        )
    }

    /// Where to get help: the player's country first, then the resources for everyone.
    pub fn help(&self) -> Vec<HelpLine> {
        self.lib.resources.for_country(self.country.as_deref()).into_iter().map(|r| self.help_line(r)).collect()
    }

    fn help_line(&self, r: &Resource) -> HelpLine {
        let name = r.name.clone().unwrap_or_else(|| self.loc.text(&msgid::resource(&r.id), &Vec::new()));
        let description = r
            .description
            .clone()
            .or_else(|| self.loc.attr(&msgid::resource(&r.id), msgid::DESCRIPTION, &Vec::new()))
            .unwrap_or_default();
        HelpLine { name: self.clean(&name), contact: self.clean(&r.contact), description: self.clean(&description) }
    }
}

/// The country implied by the locale: its region if it has one (`en-PH`), else the catalogue's default for the
/// language (`fil` -> PH).
fn default_country(loc: &Localizer, lib: &Library) -> Option<String> {
    let tag = loc.primary();
    if let Ok(id) = tag.parse::<unic_langid::LanguageIdentifier>()
        && let Some(r) = id.region
    {
        return Some(r.as_str().to_string());
    }
    lib.resources.locale_countries.get(tag).cloned().or_else(|| {
        let lang = tag.split('-').next().unwrap_or(tag);
        lib.resources.locale_countries.get(lang).cloned()
    })
}
