//! The words of what the engine says, for every front-end: the one place that joins engine ids, the naming
//! convention and the Fluent catalogs. Front-ends draw these strings; they never decide game logic.

use crate::content::msgid;
use crate::engine::Session;
use crate::i18n::{Arg, Args, Localizer};
use crate::model::{Channel, HelpKind, Library, Node, Outcome, Resource, Scenario, Stage, VarValue};
use crate::sanitize::sanitize;

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
    "resume-changed",
    "reload-changed",
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
    "room-goodbye-title",
    "room-goodbye",
    "room-goodbye-keys",
    "room-wrong-code",
    "room-full",
    "room-paused",
    "room-participant-prompt",
    "room-participant-invalid",
    "participant-looks-like-name",
    "room-participant-looks-like-name",
    "web-title",
    "web-code-label",
    "web-join",
    "web-connecting",
    "web-closed",
    "web-lost",
    "web-terminal",
    "web-keys",
    "web-key-1",
    "web-key-2",
    "web-key-3",
    "web-key-4",
    "web-key-enter",
    "web-key-up",
    "web-key-down",
    "web-key-help",
    "web-key-leave",
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
    "quiz-answer",
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
    "tally-shown",
    "more-above",
    "press-enter-typed",
    "more-below",
    "keys-tally",
    "settings-quiz",
    "settings-country",
    "settings-keep-results",
    "country-title",
    "country-first",
    "country-filter",
    "country-none",
    "country-other",
    "keys-country",
    "redflag-source",
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
    "outcome-paid",
    "outcome-trafficked",
    "outcome-escaped",
    "outcome-helped",
    "stage-advert",
    "stage-recruiter",
    "stage-travel",
    "stage-compound",
    "stage-target",
];

/// The messages of the report's page (`locales/en/report.ftl`), which `check` requires in English like the
/// interface's; the page also uses the room's questions, `help-title` and `debrief-advice` from `UI_MESSAGES`.
pub const REPORT_MESSAGES: &[&str] = &[
    "report-page-title",
    "report-workshop",
    "report-privacy",
    "report-privacy-codes",
    "report-glance-title",
    "report-sessions",
    "report-finished",
    "report-scenarios-played",
    "report-empty",
    "report-endings-title",
    "report-not-finished",
    "report-endings-reading",
    "report-endings-none",
    "report-flags-title",
    "report-flags-intro",
    "report-flags-bar",
    "report-percent",
    "report-flags-reading",
    "report-flags-none",
    "report-quiz-title",
    "report-quiz-intro",
    "report-quiz-none",
    "report-quiz-dprime",
    "report-quiz-criterion",
    "report-quiz-before",
    "report-quiz-after",
    "report-quiz-change",
    "report-quiz-reference",
    "report-quiz-reading-dprime",
    "report-quiz-reading-criterion",
    "report-debrief-flags",
    "report-codes-title",
    "report-col-scenario",
    "report-col-sessions",
    "report-col-finished",
    "report-col-minutes",
    "report-col-redflag",
    "report-col-came-up",
    "report-col-spotted",
    "report-col-share",
    "report-col-measure",
    "report-col-mean",
    "report-col-interval",
    "report-col-n",
    "report-col-code",
    "report-chart-part",
    "report-data",
    "report-number",
    "report-footer",
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

    /// A country's name in the player's language (`country-<code>`, lower case); the code itself when the
    /// catalog has no name for it, since a code is still true and readable.
    pub fn country_name(&self, code: &str) -> String {
        let id = format!("country-{}", code.to_ascii_lowercase());
        if self.loc.has(&id) { self.ui(&id) } else { self.clean(code) }
    }

    /// The countries with help of their own, as (code, name in the player's language), by name: what a country
    /// picker offers, before "another country".
    pub fn country_list(&self) -> Vec<(String, String)> {
        let mut rows: Vec<(String, String)> = self
            .lib
            .resources
            .countries()
            .into_iter()
            .map(|c| (self.country_name(&c), c))
            .map(|(n, c)| (c, n))
            .collect();
        rows.sort_by(|a, b| a.1.cmp(&b.1));
        rows
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

    /// A red flag's name as the scenario it was met in says it (`<scenario>-redflag-<id>`), else the catalogue's:
    /// "Passport taken at the border" where the catalogue says "at the airport".
    pub fn redflag_name_in(&self, scenario: &str, id: &str) -> String {
        let own = msgid::scenario_redflag(scenario, id);
        if self.loc.has(&own) { self.clean(&self.loc.text(&own, &Vec::new())) } else { self.redflag_name(id) }
    }

    pub fn redflag_explain(&self, id: &str) -> String {
        self.redflag_attr(None, id, msgid::EXPLAIN)
    }

    pub fn redflag_advice(&self, id: &str) -> String {
        self.redflag_attr(None, id, msgid::ADVICE)
    }

    /// Why a red flag works, in the words of the scenario it was met in: a scenario may say it for its own setting
    /// (`<scenario>-redflag-<id>`), else the catalogue's words hold.
    pub fn redflag_explain_in(&self, scenario: &str, id: &str) -> String {
        self.redflag_attr(Some(scenario), id, msgid::EXPLAIN)
    }

    /// What to do instead, in the words of the scenario it was met in (see `redflag_explain_in`).
    pub fn redflag_advice_in(&self, scenario: &str, id: &str) -> String {
        self.redflag_attr(Some(scenario), id, msgid::ADVICE)
    }

    fn redflag_attr(&self, scenario: Option<&str>, id: &str, attr: &str) -> String {
        let none = Vec::new();
        scenario
            .and_then(|scn| self.loc.attr(&msgid::scenario_redflag(scn, id), attr, &none))
            .or_else(|| self.loc.attr(&msgid::redflag(id), attr, &none))
            .map(|s| self.clean(&s))
            .unwrap_or_default()
    }

    /// Where a red flag comes from, short, one publisher once: "FBI IC3, 2023, 2024; UNODC, 2024".
    pub fn redflag_sources(&self, id: &str) -> String {
        let Some(r) = self.lib.redflags.get(id) else { return String::new() };
        let mut cited: Vec<(&str, Vec<u32>)> = Vec::new();
        for s in r.sources.iter().filter_map(|s| self.lib.sources.get(s)) {
            let name = s.short.as_deref().unwrap_or(&s.publisher);
            match cited.iter_mut().find(|(n, _)| *n == name) {
                Some((_, years)) if !years.contains(&s.year) => years.push(s.year),
                Some(_) => {}
                None => cited.push((name, vec![s.year])),
            }
        }
        let text: Vec<String> = cited
            .iter()
            .map(|(name, years)| {
                let years: Vec<String> = years.iter().map(u32::to_string).collect();
                format!("{name}, {}", years.join(", "))
            })
            .collect();
        self.clean(&text.join("; "))
    }

    pub fn quiz_text(&self, id: &str) -> String {
        self.clean(&self.loc.text(&msgid::quiz(id), &Vec::new()))
    }

    /// An item's short name, for the list of answers; where it appeared if it has none (content that skipped
    /// `check`), never its id.
    pub fn quiz_title(&self, id: &str) -> String {
        match self.loc.attr(&msgid::quiz(id), msgid::TITLE, &Vec::new()) {
            Some(s) => self.clean(&s),
            None => self.quiz_source(id),
        }
    }

    pub fn quiz_source(&self, id: &str) -> String {
        self.loc.attr(&msgid::quiz(id), msgid::SOURCE, &Vec::new()).map(|s| self.clean(&s)).unwrap_or_default()
    }

    pub fn quiz_explain(&self, id: &str) -> String {
        self.loc.attr(&msgid::quiz(id), msgid::EXPLAIN, &Vec::new()).map(|s| self.clean(&s)).unwrap_or_default()
    }

    /// The player's quiz result in plain words, never a score: how well they told genuine from scam, how many of
    /// each they called a scam, and which way they leaned.
    pub fn quiz_result(&self, r: &crate::quiz::QuizResult) -> String {
        self.ui_with(
            "quiz-result",
            &[
                ("skill", Arg::Str(crate::quiz::skill(r).into())),
                ("lean", Arg::Str(crate::quiz::lean(r).into())),
                ("hits", Arg::Num(r.hits as f64)),
                ("scams", Arg::Num(r.scams as f64)),
                ("false_alarms", Arg::Num(r.false_alarms as f64)),
                ("genuine", Arg::Num(r.genuine as f64)),
            ],
        )
    }

    /// One line of the answers after a quiz: the item's number, its short title, what it was, and the player's own
    /// rating in words.
    pub fn quiz_answer(&self, n: usize, item: &crate::model::QuizItem, rating: u8) -> String {
        self.ui_with(
            "quiz-answer",
            &[
                ("n", Arg::Num(n as f64)),
                ("title", Arg::Str(self.quiz_title(&item.id))),
                ("genuine", Arg::Str(if item.genuine { "yes" } else { "no" }.into())),
                ("rating", Arg::Num(rating as f64)),
            ],
        )
    }

    /// Where to get help, for every situation: the player's country first, then the resources for everyone.
    pub fn help(&self) -> Vec<HelpLine> {
        self.help_for(None)
    }

    /// Where to get help in a scenario's situation (none: every situation), the player's country first.
    pub fn help_for(&self, kind: Option<HelpKind>) -> Vec<HelpLine> {
        self.lib.resources.for_situation(self.country.as_deref(), kind).into_iter().map(|r| self.help_line(r)).collect()
    }

    /// The sentence before the list of help: what to do, for the scenario's situation.
    pub fn help_intro(&self, kind: Option<HelpKind>) -> String {
        self.ui_with("help-always", &[("kind", Arg::Str(kind.map_or("any", |k| k.id()).into()))])
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
pub fn default_country(loc: &Localizer, lib: &Library) -> Option<String> {
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
