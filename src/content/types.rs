//! What the TOML files hold, as serde types that keep the position of every id and reference.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer};
use toml::Spanned;

pub type Id = Spanned<String>;

/// A list of ids with a message that says what kind of id is expected, so a wrong type reads
/// "expected a list of red-flag ids" rather than "expected a sequence".
macro_rules! id_list {
    ($name:ident, $what:literal) => {
        #[derive(Debug, Clone, Default)]
        pub struct $name(pub Vec<Id>);

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> serde::de::Visitor<'de> for V {
                    type Value = Vec<Id>;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str($what)
                    }
                    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                        let mut out = Vec::new();
                        while let Some(v) = seq.next_element::<Id>()? {
                            out.push(v);
                        }
                        Ok(out)
                    }
                }
                d.deserialize_seq(V).map($name)
            }
        }

        impl std::ops::Deref for $name {
            type Target = Vec<Id>;
            fn deref(&self) -> &Vec<Id> {
                &self.0
            }
        }
    };
}

id_list!(FlagList, "a list of flag names, like [\"asked-contract\"]");
id_list!(RedflagList, "a list of red-flag ids from scenarios/redflags.toml, like [\"pay-too-good\"]");
id_list!(SourceList, "a list of source ids from scenarios/sources.toml, like [\"fbi-psa-2023-jobs\"]");
id_list!(LineList, "a list of line ids, like [\"hi\", \"offer\"]");
id_list!(CountryList, "a list of country codes, like [\"PH\"] or [\"*\"]");

pub type Counters = BTreeMap<Id, Spanned<i64>>;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ScenarioFile {
    pub id: Id,
    pub start: Id,
    pub minutes: Spanned<u32>,
    #[serde(default)]
    pub content_note: Option<Spanned<bool>>,
    #[serde(default)]
    pub redflags: Option<Spanned<toml::Value>>,
    /// What help the ending shows first: the story's situation, not always "a job abroad".
    #[serde(default)]
    pub help: Option<Spanned<HelpKind>>,
    #[serde(default)]
    pub characters: BTreeMap<Id, CharacterDef>,
    #[serde(default)]
    pub vars: BTreeMap<Id, VarDef>,
    #[serde(default)]
    pub nodes: BTreeMap<Id, NodeDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CharacterDef {
    pub channel: Spanned<Channel>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct VarDef {
    pub pick: Spanned<Vec<Spanned<PickValue>>>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum PickValue {
    Int(i64),
    Float(f64),
    Message(String),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct NodeDef {
    pub from: Option<Id>,
    pub channel: Option<Spanned<Channel>>,
    #[serde(default)]
    pub lines: LineList,
    #[serde(default)]
    pub set: FlagList,
    #[serde(default)]
    pub clear: FlagList,
    #[serde(default)]
    pub add: Counters,
    pub choices: Option<Spanned<Vec<ChoiceDef>>>,
    pub next: Option<Id>,
    pub ending: Option<Spanned<Outcome>>,
    /// The player acts under threat here: no choice spots or misses a red flag, since a choice made under
    /// threat is not a failure to notice anything.
    #[serde(default)]
    pub coerced: Option<Spanned<bool>>,
    /// On an ending: the offer or the person was real and trusting them, after checking, was right. `paths`
    /// counts the ways to such an ending, so an author can see that the story teaches checking, not refusing.
    #[serde(default)]
    pub genuine: Option<Spanned<bool>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ChoiceDef {
    pub id: Id,
    pub goto: Option<Id>,
    #[serde(default)]
    pub requires: FlagList,
    #[serde(default)]
    pub unless: FlagList,
    #[serde(default)]
    pub min: Counters,
    #[serde(default)]
    pub max: Counters,
    #[serde(default)]
    pub set: FlagList,
    #[serde(default)]
    pub clear: FlagList,
    #[serde(default)]
    pub add: Counters,
    #[serde(default)]
    pub spots: RedflagList,
    #[serde(default)]
    pub misses: RedflagList,
}

/// How a message reaches the player, and so how it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    Facebook,
    Instagram,
    Tiktok,
    Website,
    Jobsite,
    Whatsapp,
    Telegram,
    Line,
    Wechat,
    Viber,
    Messenger,
    Signal,
    Dating,
    Sms,
    Email,
    Call,
    InPerson,
    Narration,
}

/// The look a channel is drawn with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Medium {
    Post,
    Chat,
    Sms,
    Email,
    Call,
    InPerson,
    Narration,
}

impl Channel {
    pub fn medium(self) -> Medium {
        use Channel::*;
        match self {
            Facebook | Instagram | Tiktok | Website | Jobsite => Medium::Post,
            Whatsapp | Telegram | Line | Wechat | Viber | Messenger | Signal | Dating => Medium::Chat,
            Sms => Medium::Sms,
            Email => Medium::Email,
            Call => Medium::Call,
            InPerson => Medium::InPerson,
            Narration => Medium::Narration,
        }
    }

    /// The id used in message names (`channel-<id>`).
    pub fn id(self) -> &'static str {
        use Channel::*;
        match self {
            Facebook => "facebook",
            Instagram => "instagram",
            Tiktok => "tiktok",
            Website => "website",
            Jobsite => "jobsite",
            Whatsapp => "whatsapp",
            Telegram => "telegram",
            Line => "line",
            Wechat => "wechat",
            Viber => "viber",
            Messenger => "messenger",
            Signal => "signal",
            Dating => "dating",
            Sms => "sms",
            Email => "email",
            Call => "call",
            InPerson => "in-person",
            Narration => "narration",
        }
    }

    pub const ALL: [Channel; 18] = [
        Channel::Facebook,
        Channel::Instagram,
        Channel::Tiktok,
        Channel::Website,
        Channel::Jobsite,
        Channel::Whatsapp,
        Channel::Telegram,
        Channel::Line,
        Channel::Wechat,
        Channel::Viber,
        Channel::Messenger,
        Channel::Signal,
        Channel::Dating,
        Channel::Sms,
        Channel::Email,
        Channel::Call,
        Channel::InPerson,
        Channel::Narration,
    ];
}

/// How a scenario ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Safe,
    Scammed,
    /// Paid a ransom or a "fee" under threat, and the demands went on: not the same as being scammed.
    Paid,
    Trafficked,
    Escaped,
    Helped,
}

impl Outcome {
    pub fn id(self) -> &'static str {
        match self {
            Outcome::Safe => "safe",
            Outcome::Scammed => "scammed",
            Outcome::Paid => "paid",
            Outcome::Trafficked => "trafficked",
            Outcome::Escaped => "escaped",
            Outcome::Helped => "helped",
        }
    }
    /// The endings where the player came to harm: money lost, a ransom paid, or held.
    pub fn is_harm(self) -> bool {
        matches!(self, Outcome::Scammed | Outcome::Paid | Outcome::Trafficked)
    }
    pub const ALL: [Outcome; 6] =
        [Outcome::Safe, Outcome::Scammed, Outcome::Paid, Outcome::Trafficked, Outcome::Escaped, Outcome::Helped];
}

/// The situation a scenario's help is for; it decides which help resources an ending shows, and in what order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum HelpKind {
    /// Before taking a job abroad: check the offer, the agency and the visa.
    #[default]
    JobAbroad,
    /// Held abroad: getting word out, embassies, hotlines.
    HeldAbroad,
    /// Money lost to an online scam: the bank, the police cyber unit, the national scam line.
    ScamLoss,
    /// A family member is held abroad.
    Family,
}

impl HelpKind {
    pub fn id(self) -> &'static str {
        match self {
            HelpKind::JobAbroad => "job-abroad",
            HelpKind::HeldAbroad => "held-abroad",
            HelpKind::ScamLoss => "scam-loss",
            HelpKind::Family => "family",
        }
    }
    pub const ALL: [HelpKind; 4] = [HelpKind::JobAbroad, HelpKind::HeldAbroad, HelpKind::ScamLoss, HelpKind::Family];
}

/// The stage of the journey a red flag belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    Advert,
    Recruiter,
    Travel,
    Compound,
    Target,
}

impl Stage {
    pub fn id(self) -> &'static str {
        match self {
            Stage::Advert => "advert",
            Stage::Recruiter => "recruiter",
            Stage::Travel => "travel",
            Stage::Compound => "compound",
            Stage::Target => "target",
        }
    }
    pub const ALL: [Stage; 5] = [Stage::Advert, Stage::Recruiter, Stage::Travel, Stage::Compound, Stage::Target];
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedflagsFile {
    #[serde(default)]
    pub redflag: BTreeMap<Id, RedflagDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedflagDef {
    pub number: Spanned<u32>,
    pub stage: Spanned<Stage>,
    pub sources: SourceList,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    #[serde(default)]
    pub source: BTreeMap<Id, SourceDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDef {
    pub publisher: Spanned<String>,
    /// The publisher's short name, as a player sees it next to a red flag ("FBI"); the publisher when absent.
    #[serde(default)]
    pub short: Option<Spanned<String>>,
    pub title: Spanned<String>,
    pub year: Spanned<u32>,
    pub url: Spanned<String>,
    pub checked: Spanned<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResourcesFile {
    #[serde(default)]
    pub resource: BTreeMap<Id, ResourceDef>,
    #[serde(default)]
    pub locales: BTreeMap<Id, Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResourceDef {
    pub countries: CountryList,
    pub contact: Spanned<String>,
    #[serde(default)]
    pub source: Option<Id>,
    pub checked: Spanned<String>,
    /// The situations it helps in, most fitting first; none means every situation.
    #[serde(default)]
    pub kinds: Option<Spanned<Vec<Spanned<HelpKind>>>>,
    /// Words for a facilitator's own list (`--resources FILE`), which is rarely translated.
    #[serde(default)]
    pub name: Option<Spanned<String>>,
    #[serde(default)]
    pub description: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizFile {
    #[serde(default)]
    pub item: BTreeMap<Id, QuizItemDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizItemDef {
    pub kind: Spanned<QuizKind>,
    pub genuine: Spanned<bool>,
    #[serde(default)]
    pub redflags: RedflagList,
    /// The countries the item is written for (ISO 3166 codes); empty: every country.
    #[serde(default)]
    pub countries: CountryList,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuizKind {
    Advert,
    Recruiter,
    Stranger,
    Investment,
}
