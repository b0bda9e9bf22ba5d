//! Fluent catalogs: choosing the language, the fallback chain, pseudo-locales and formatting.
//!
//! A message missing in the chosen locale comes from the next locale of the chain and finally from English,
//! message by message. A message missing everywhere shows a visible marker and is remembered, never a raw id.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use std::sync::{Arc, Mutex, Weak};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::content::{FtlFile, SOURCE_LOCALE};

/// What a front-end shows where no locale has the words.
pub const MISSING_MARKER: &str = "[missing text]";

/// Pseudo-locales: English transformed, to find hard-coded text and layouts that break when text grows.
pub const PSEUDO_ACCENTED: &str = "en-XA";
pub const PSEUDO_MIRRORED: &str = "en-XB";

/// An argument passed to a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Num(f64),
    Str(String),
}

pub type Args = Vec<(String, Arg)>;

pub fn args(pairs: &[(&str, Arg)]) -> Args {
    pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
}

pub struct Localizer {
    tags: Vec<String>,
    bundles: Vec<Arc<Bundle>>,
    missing: RefCell<BTreeSet<String>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("tags", &self.tags).finish()
    }
}

fn pseudo_accented(s: &str) -> Cow<'_, str> {
    fluent_pseudo::transform(s, false, true)
}

fn pseudo_mirrored(s: &str) -> Cow<'_, str> {
    fluent_pseudo::transform(s, true, false)
}

/// The locales a content set has, plus the pseudo-locales.
pub fn available(locales: &BTreeMap<String, Vec<FtlFile>>) -> Vec<String> {
    locales.keys().cloned().collect()
}

/// Picks the best available locales for what was asked, best first, always ending with English.
pub fn negotiate(requested: &[String], available: &[String]) -> Vec<String> {
    let req: Vec<LanguageIdentifier> = requested.iter().filter_map(|r| normalise_tag(r).parse().ok()).collect();
    let avail: Vec<LanguageIdentifier> = available.iter().filter_map(|a| a.parse().ok()).collect();
    let default: LanguageIdentifier = SOURCE_LOCALE.parse().expect("en is a valid language tag");
    let chosen = fluent_langneg::negotiate_languages(
        &req,
        &avail,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Filtering,
    );
    let mut out: Vec<String> = Vec::new();
    for c in chosen {
        // Map back to the folder name as written, since parsing may change case.
        let tag = available.iter().find(|a| a.parse::<LanguageIdentifier>().ok().as_ref() == Some(c)).cloned();
        if let Some(tag) = tag
            && !out.contains(&tag)
        {
            out.push(tag);
        }
    }
    if !out.iter().any(|t| t == SOURCE_LOCALE) {
        out.push(SOURCE_LOCALE.to_string());
    }
    out
}

/// System locales come as `en_US.UTF-8`; Fluent wants `en-US`.
pub fn normalise_tag(tag: &str) -> String {
    let t = tag.split(['.', '@']).next().unwrap_or(tag).replace('_', "-");
    if t == "C" || t == "POSIX" {
        return SOURCE_LOCALE.to_string();
    }
    // Codes a system or a person uses for a language whose folder has another name: ISO 639-1 `tl` (Tagalog)
    // and 639-2 `tgl` are answered by Filipino, `fil`; `in` is the withdrawn code of Indonesian.
    let (lang, rest) = t.split_once('-').map_or((t.as_str(), ""), |(l, r)| (l, r));
    let lang = match lang.to_ascii_lowercase().as_str() {
        "tl" | "tgl" => "fil",
        "in" => "id",
        "zsm" => "ms",
        _ => return t,
    };
    if rest.is_empty() { lang.to_string() } else { format!("{lang}-{rest}") }
}

/// Whether a requested language reaches one of `available` (not just the English every chain ends with).
pub fn reaches(requested: &str, available: &[String]) -> bool {
    if is_pseudo(requested) {
        return true;
    }
    let Ok(req) = normalise_tag(requested).parse::<LanguageIdentifier>() else { return false };
    let avail: Vec<LanguageIdentifier> = available.iter().filter_map(|a| a.parse().ok()).collect();
    !fluent_langneg::negotiate_languages(&[req], &avail, None, fluent_langneg::NegotiationStrategy::Filtering)
        .is_empty()
}

pub fn is_pseudo(tag: &str) -> bool {
    tag.eq_ignore_ascii_case(PSEUDO_ACCENTED) || tag.eq_ignore_ascii_case(PSEUDO_MIRRORED)
}

impl Localizer {
    /// A localizer for the chosen language: `requested` is the user's preference, best first. Only the locales of
    /// the resulting chain are parsed.
    pub fn new(locales: &BTreeMap<String, Vec<FtlFile>>, requested: &[String]) -> Localizer {
        if let Some(p) = requested.first().filter(|r| is_pseudo(r)) {
            return Localizer::pseudo(locales, p);
        }
        let chain = negotiate(requested, &available(locales));
        let mut bundles = Vec::new();
        for tag in &chain {
            bundles.push(bundle_for(tag, locales.get(tag).map(|v| v.as_slice()).unwrap_or(&[]), None));
        }
        Localizer { tags: chain, bundles, missing: RefCell::new(BTreeSet::new()) }
    }

    fn pseudo(locales: &BTreeMap<String, Vec<FtlFile>>, tag: &str) -> Localizer {
        let en = locales.get(SOURCE_LOCALE).map(|v| v.as_slice()).unwrap_or(&[]);
        let transform: fn(&str) -> Cow<'_, str> =
            if tag.eq_ignore_ascii_case(PSEUDO_MIRRORED) { pseudo_mirrored } else { pseudo_accented };
        let bundle = bundle_for(SOURCE_LOCALE, en, Some(transform));
        Localizer { tags: vec![tag.to_string()], bundles: vec![bundle], missing: RefCell::new(BTreeSet::new()) }
    }

    /// The locale the player asked for, as chosen: the first of the chain.
    pub fn primary(&self) -> &str {
        self.tags.first().map(String::as_str).unwrap_or(SOURCE_LOCALE)
    }

    pub fn chain(&self) -> &[String] {
        &self.tags
    }

    /// The text of a message, from the first locale of the chain that has it.
    pub fn text(&self, id: &str, args: &Args) -> String {
        self.find(id, None, args).unwrap_or_else(|| {
            self.missing.borrow_mut().insert(id.to_string());
            MISSING_MARKER.to_string()
        })
    }

    /// A message's attribute, if any locale of the chain has it.
    pub fn attr(&self, id: &str, attr: &str, args: &Args) -> Option<String> {
        self.find(id, Some(attr), args)
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| b.get_message(id).is_some_and(|m| m.value().is_some()))
    }

    pub fn has_attr(&self, id: &str, attr: &str) -> bool {
        self.bundles.iter().any(|b| b.get_message(id).is_some_and(|m| m.get_attribute(attr).is_some()))
    }

    /// Message ids that nothing could resolve in this session, for reporting after play.
    pub fn missing(&self) -> Vec<String> {
        self.missing.borrow().iter().cloned().collect()
    }

    fn find(&self, id: &str, attr: Option<&str>, args: &Args) -> Option<String> {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Num(n) => fargs.set(k.clone(), FluentValue::from(*n)),
                Arg::Str(s) => fargs.set(k.clone(), FluentValue::from(s.clone())),
            }
        }
        for b in &self.bundles {
            let Some(msg) = b.get_message(id) else { continue };
            let pattern = match attr {
                Some(a) => msg.get_attribute(a).map(|a| a.value()),
                None => msg.value(),
            };
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            let text = b.format_pattern(pattern, Some(&fargs), &mut errors);
            if errors.is_empty() {
                return Some(text.into_owned());
            }
            // Fluent still gives text, but with `{$x}` or `{other-id}` where it could not fill in: a raw id
            // for a player. Try the next locale of the chain instead, and tell the author (`check` catches these
            // before they ship).
            let key = match attr {
                Some(a) => format!("{id}.{a}"),
                None => id.to_string(),
            };
            self.missing.borrow_mut().insert(format!("{key} ({})", errors[0]));
        }
        None
    }
}

type Bundle = FluentBundle<Arc<FluentResource>>;

/// Which bundle: its locale, its pseudo transform (by address) and its resources (by address). An address stays
/// valid as long as the cached bundle is alive, because the bundle holds the resources it was built from.
type BundleKey = (String, usize, Vec<usize>);

/// Bundles already built, shared by every localizer of the process that asks for the same locale of the same
/// content. A room has hundreds of players in a few languages; a bundle of its own for each would cost about half
/// a megabyte a player. Weak, so a bundle goes when its last localizer does (a reload, a test's content).
static BUNDLES: Mutex<Vec<(BundleKey, Weak<Bundle>)>> = Mutex::new(Vec::new());

fn bundle_for(tag: &str, files: &[FtlFile], transform: Option<fn(&str) -> Cow<'_, str>>) -> Arc<Bundle> {
    let resources: Vec<Arc<FluentResource>> = files.iter().filter_map(|f| f.resource()).collect();
    let key: BundleKey = (
        tag.to_string(),
        transform.map_or(0, |t| t as usize),
        resources.iter().map(|r| Arc::as_ptr(r) as usize).collect(),
    );
    // A poisoned cache only means a panic elsewhere mid-lookup; its entries are still whole.
    let mut cache = BUNDLES.lock().unwrap_or_else(|p| p.into_inner());
    cache.retain(|(_, w)| w.strong_count() > 0);
    if let Some(b) = cache.iter().find(|(k, _)| *k == key).and_then(|(_, w)| w.upgrade()) {
        return b;
    }
    let bundle = Arc::new(build_bundle(tag, resources, transform));
    cache.push((key, Arc::downgrade(&bundle)));
    bundle
}

fn build_bundle(tag: &str, resources: Vec<Arc<FluentResource>>, transform: Option<fn(&str) -> Cow<'_, str>>) -> Bundle {
    let lang: LanguageIdentifier = tag.parse().unwrap_or_else(|_| SOURCE_LOCALE.parse().expect("valid tag"));
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    // Unicode isolation marks show as stray characters in terminals.
    bundle.set_use_isolating(false);
    if transform.is_some() {
        bundle.set_transform(transform);
    }
    bundle.set_formatter(Some(format_number));
    for res in resources {
        bundle.add_resource_overriding(res);
    }
    bundle
}

/// The user's preferred languages from the system (LANG, LC_ALL, the OS setting).
pub fn system_locales() -> Vec<String> {
    sys_locale::get_locales().map(|l| normalise_tag(&l)).collect()
}

/// How a language writes numbers: ICU4X's decimal formatter with its compiled CLDR data, for every language
/// (digits, grouping, separators, minus sign). Fluent in Rust does not group digits, so "$18000" would show where a
/// reader expects "$18,000" (or "18.000" in Indonesian, "1,00,000" in Hindi, "18 000" in French).
struct Numbers(icu_decimal::DecimalFormatter);

impl intl_memoizer::Memoizable for Numbers {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        // A tag ICU4X does not read gets CLDR's root, which groups by three with commas: as English.
        let prefs = match lang.to_string().parse::<icu_locale_core::Locale>() {
            Ok(locale) => (&locale).into(),
            Err(_) => Default::default(),
        };
        icu_decimal::DecimalFormatter::try_new(prefs, Default::default()).map(Numbers).map_err(|_| ())
    }
}

fn format_number(value: &FluentValue, intls: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    if !n.options.use_grouping || n.options.minimum_fraction_digits.is_some() || !n.value.is_finite() {
        return None;
    }
    // f64's Display is the shortest text that reads back as the same number, never with an exponent.
    let decimal = icu_decimal::input::Decimal::try_from_str(&n.value.to_string()).ok()?;
    intls.with_try_get::<Numbers, _, _>((), |numbers| numbers.0.format(&decimal).to_string()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `$n` as the message `n = { $n }` shows it in a language, through the bundle the game uses.
    fn shown(tag: &str, n: f64) -> String {
        let res = Arc::new(FluentResource::try_new("n = { $n }".to_string()).unwrap());
        let bundle = build_bundle(tag, vec![res], None);
        let msg = bundle.get_message("n").unwrap();
        let mut args = FluentArgs::new();
        args.set("n", n);
        let mut errors = Vec::new();
        let text = bundle.format_pattern(msg.value().unwrap(), Some(&args), &mut errors).into_owned();
        assert!(errors.is_empty(), "{errors:?}");
        text
    }

    #[test]
    fn numbers_are_written_the_way_each_language_writes_them() {
        assert_eq!(shown("en", 999.0), "999");
        assert_eq!(shown("en", 1800.0), "1,800");
        assert_eq!(shown("en", 100000.0), "100,000");
        assert_eq!(shown("en", -2500.5), "-2,500.5");
        // Hindi groups by lakh and crore.
        assert_eq!(shown("hi", 100000.0), "1,00,000");
        assert_eq!(shown("hi", 12345678.0), "1,23,45,678");
        // Other separators: a dot for thousands and a comma for the decimals, a narrow space in French.
        assert_eq!(shown("vi", 18000.0), "18.000");
        assert_eq!(shown("id", 120000.0), "120.000");
        assert_eq!(shown("vi", 2500.5), "2.500,5");
        assert_eq!(shown("fr", 18000.0), "18\u{202f}000");
        // Languages a hand-written list would not know: Spanish does not group four digits, German writes
        // thousands with a dot.
        assert_eq!(shown("es", 1800.0), "1800");
        assert_eq!(shown("es", 18000.0), "18.000");
        assert_eq!(shown("de", 1234567.5), "1.234.567,5");
        // Burmese writes its own digits, as CLDR has it; Khmer groups as English does.
        assert_eq!(shown("my", 18000.0), "\u{1041}\u{1048},\u{1040}\u{1040}\u{1040}");
        assert_eq!(shown("km", 18000.0), "18,000");
        // A pseudo-locale, and a tag ICU4X has no data for, read as CLDR's root: grouped by three.
        assert_eq!(shown(PSEUDO_ACCENTED, 18000.0), "18,000");
        assert_eq!(shown("xx", 18000.0), "18,000");
    }
}
