//! The "spot the red flag" discernment quiz, scored with signal detection theory.
//!
//! Research on inoculation games found that players often became more suspicious of everything rather than better
//! at telling true from false. So the quiz mixes genuine and scam items and scores two things apart: d' (how well
//! the player tells them apart) and the criterion c (how ready they are to call anything a scam).

use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{Rng, SeedableRng};
use serde::{Deserialize, Serialize};

use crate::model::QuizItem;

/// Ratings run from 1 ("surely safe") to 6 ("surely a scam"); 4 and above count as "scam".
pub const SCALE: u8 = 6;
pub const SCAM_FROM: u8 = 4;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    pub item: String,
    pub genuine: bool,
    pub rating: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuizResult {
    pub answers: Vec<Answer>,
    /// Scams rated as scams.
    pub hits: u32,
    pub scams: u32,
    /// Genuine items rated as scams.
    pub false_alarms: u32,
    pub genuine: u32,
    pub d_prime: f64,
    pub criterion: f64,
    /// The area under the ROC curve from the full ratings: the chance that a scam item got a higher rating than a
    /// genuine one (ties count half). 0.5 is chance, 1 tells every pair apart. None without both kinds of item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auc: Option<f64>,
    /// Its standard error (Hanley and McNeil, 1982).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auc_se: Option<f64>,
}

/// Which half of the item bank a player takes before the session: form A takes the first half before and the
/// second after, form B the other way round. Across a room, each half should be taken first by about as many
/// players as the other, so that a difference between the halves cannot pass for learning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum QuizForm {
    A,
    B,
}

impl QuizForm {
    pub fn name(self) -> &'static str {
        match self {
            QuizForm::A => "A",
            QuizForm::B => "B",
        }
    }

    /// The form for a participant code, the same on every machine and every run, so a player who resumes or
    /// plays again keeps theirs. Codes handed out in sequence (P01, P02, ...) alternate by the parity of their
    /// trailing number, so any run of consecutive codes splits evenly; other codes by the parity of a stable hash
    /// (FNV-1a) of the code as written, ignoring case.
    pub fn for_code(code: &str) -> QuizForm {
        // The parity of a number is the parity of its last digit, however long the number.
        let odd = match code.chars().last().and_then(|c| c.to_digit(10)) {
            Some(d) => d % 2 == 1,
            None => {
                let mut h: u64 = 0xcbf2_9ce4_8422_2325;
                for b in code.to_ascii_uppercase().bytes() {
                    h ^= b as u64;
                    h = h.wrapping_mul(0x0100_0000_01b3);
                }
                // The low bit of FNV-1a follows the input's low bits too closely; the high half is folded in.
                ((h >> 32) ^ h) & 1 == 1
            }
        };
        if odd { QuizForm::A } else { QuizForm::B }
    }

    /// A form of its own random draw, for a player with no code outside a room.
    pub fn random() -> QuizForm {
        if rand::random::<bool>() { QuizForm::A } else { QuizForm::B }
    }

    /// The n-th form of an alternation (0 is A).
    pub fn nth(n: u64) -> QuizForm {
        if n.is_multiple_of(2) { QuizForm::A } else { QuizForm::B }
    }
}

impl std::str::FromStr for QuizForm {
    type Err = String;
    fn from_str(s: &str) -> Result<QuizForm, String> {
        match s.trim() {
            "A" | "a" => Ok(QuizForm::A),
            "B" | "b" => Ok(QuizForm::B),
            _ => Err(format!("`{s}` is not a quiz form; use A or B")),
        }
    }
}

/// The items a player from `country` takes, before they are split into halves. For each kind and class (genuine or
/// scam), as many items as the general set (items with no countries) has: the items written for the player's country
/// first, then the general ones, each in id order. So a country's items take the places of general items of the same
/// kind and class, and every country's quiz has the size and the mix of the general set, whose balance `check` and
/// the content tests hold. No country, or one with no items of its own: the general set.
pub fn for_country(items: &[QuizItem], country: Option<&str>) -> Vec<QuizItem> {
    use std::collections::BTreeMap;
    type Cell<'a> = (Vec<&'a QuizItem>, Vec<&'a QuizItem>);
    let mut cells: BTreeMap<(crate::content::types::QuizKind, bool), Cell> = BTreeMap::new();
    for item in items {
        let cell = cells.entry((item.kind, item.genuine)).or_default();
        if item.countries.is_empty() {
            cell.1.push(item);
        } else if country.is_some_and(|c| item.countries.iter().any(|x| x.eq_ignore_ascii_case(c))) {
            cell.0.push(item);
        }
    }
    let mut out = Vec::new();
    for (_, (mut own, mut general)) in cells {
        own.sort_by(|a, b| a.id.cmp(&b.id));
        general.sort_by(|a, b| a.id.cmp(&b.id));
        let size = general.len();
        out.extend(own.into_iter().chain(general).take(size).cloned());
    }
    out
}

/// The items of the quiz before and after a session: disjoint halves, each with half of the genuine and half of the
/// scam items. The form decides which half comes first; `order` (any number, the story's seed will do) only
/// shuffles the items within each half, so the form never depends on the story.
pub fn halves(items: &[QuizItem], form: QuizForm, order: u64) -> (Vec<QuizItem>, Vec<QuizItem>) {
    let mut rng = ChaCha8Rng::seed_from_u64(order ^ 0x5155_495A);
    // Each class (genuine, scam) in a fixed order, by kind then id, dealt alternately to the two halves; scams start
    // on the other half. So the halves are the same for everyone and each gets the same mix of classes and kinds.
    let mut first = Vec::new();
    let mut second = Vec::new();
    for genuine in [true, false] {
        let mut group: Vec<&QuizItem> = items.iter().filter(|i| i.genuine == genuine).collect();
        group.sort_by(|a, b| (a.kind, &a.id).cmp(&(b.kind, &b.id)));
        for (i, item) in group.into_iter().enumerate() {
            if (i % 2 == 0) == genuine { first.push(item.clone()) } else { second.push(item.clone()) }
        }
    }
    shuffle(&mut first, &mut rng);
    shuffle(&mut second, &mut rng);
    match form {
        QuizForm::A => (first, second),
        QuizForm::B => (second, first),
    }
}

fn shuffle<T>(v: &mut [T], rng: &mut ChaCha8Rng) {
    for i in (1..v.len()).rev() {
        let j = (rng.next_u64() % (i as u64 + 1)) as usize;
        v.swap(i, j);
    }
}

/// Scores answers. Rates of 0 and 1 would give infinite z-scores, so both rates use the log-linear correction
/// (Hautus, 1995): add 0.5 to each count and 1 to each total.
pub fn score(answers: Vec<Answer>) -> QuizResult {
    let scams = answers.iter().filter(|a| !a.genuine).count() as u32;
    let genuine = answers.iter().filter(|a| a.genuine).count() as u32;
    let hits = answers.iter().filter(|a| !a.genuine && a.rating >= SCAM_FROM).count() as u32;
    let false_alarms = answers.iter().filter(|a| a.genuine && a.rating >= SCAM_FROM).count() as u32;
    let (d_prime, criterion) = sdt(hits, scams, false_alarms, genuine);
    let roc = auc(&answers);
    QuizResult {
        answers,
        hits,
        scams,
        false_alarms,
        genuine,
        d_prime,
        criterion,
        auc: roc.map(|r| r.auc),
        auc_se: roc.map(|r| r.se),
    }
}

/// An area under the ROC curve and its standard error.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Auc {
    pub auc: f64,
    pub se: f64,
}

/// The area under the ROC curve of 6-point ratings, scams being the signal: the Mann-Whitney statistic over every
/// (scam, genuine) pair, a tie counting one half. Cutting the ratings at 4 first would throw away how sure the player
/// was; the full ratings trace the whole curve (Modirrousta-Galian and Higham, 2023). The standard error is Hanley
/// and McNeil's (1982). None unless there is at least one item of each kind.
pub fn auc(answers: &[Answer]) -> Option<Auc> {
    let scam: Vec<u8> = answers.iter().filter(|a| !a.genuine).map(|a| a.rating).collect();
    let genuine: Vec<u8> = answers.iter().filter(|a| a.genuine).map(|a| a.rating).collect();
    if scam.is_empty() || genuine.is_empty() {
        return None;
    }
    let mut wins = 0.0;
    for s in &scam {
        for g in &genuine {
            wins += match s.cmp(g) {
                std::cmp::Ordering::Greater => 1.0,
                std::cmp::Ordering::Equal => 0.5,
                std::cmp::Ordering::Less => 0.0,
            };
        }
    }
    let (na, nn) = (scam.len() as f64, genuine.len() as f64);
    let a = wins / (na * nn);
    Some(Auc { auc: a, se: hanley_mcneil(a, na, nn) })
}

/// Hanley and McNeil's standard error of an AUC from `na` signal and `nn` noise cases.
pub fn hanley_mcneil(a: f64, na: f64, nn: f64) -> f64 {
    let q1 = a / (2.0 - a);
    let q2 = 2.0 * a * a / (1.0 + a);
    let var = (a * (1.0 - a) + (na - 1.0) * (q1 - a * a) + (nn - 1.0) * (q2 - a * a)) / (na * nn);
    var.max(0.0).sqrt()
}

/// d' and c from counts, with the log-linear correction.
pub fn sdt(hits: u32, signals: u32, false_alarms: u32, noise: u32) -> (f64, f64) {
    let h = (hits as f64 + 0.5) / (signals as f64 + 1.0);
    let f = (false_alarms as f64 + 0.5) / (noise as f64 + 1.0);
    let (zh, zf) = (probit(h), probit(f));
    (zh - zf, -(zh + zf) / 2.0)
}

/// The inverse of the standard normal CDF (Acklam's algorithm, relative error below 1.2e-9).
pub fn probit(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969683028665376e1,
        2.209460984245205e2,
        -2.759285104469687e2,
        1.383_577_518_672_69e2,
        -3.066479806614716e1,
        2.506628277459239,
    ];
    const B: [f64; 5] =
        [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
    const C: [f64; 6] = [
        -7.784894002430293e-3,
        -3.223964580411365e-1,
        -2.400758277161838,
        -2.549732539343734,
        4.374664141464968,
        2.938163982698783,
    ];
    const D: [f64; 4] = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
    let p = p.clamp(1e-12, 1.0 - 1e-12);
    let low = 0.02425;
    if p < low {
        let q = (-2.0 * p.ln()).sqrt();
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    } else if p <= 1.0 - low {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    } else {
        -probit(1.0 - p)
    }
}

/// How well the player told genuine from scam, in words a front-end can look up: `low`, `some` or `high`. From the
/// AUC of the full ratings where there is one: below 0.6 is close to guessing (with 6 items of each class, ratings at
/// random reach 0.6 about one time in four), 0.8 and up means most (scam, genuine) pairs were ranked the right way
/// round. Without both kinds of item, from d' (0.5 and 1.5 are about AUC 0.64 and 0.86).
pub fn skill(r: &QuizResult) -> &'static str {
    match r.auc {
        Some(a) if a < 0.6 => "low",
        Some(a) if a < 0.8 => "some",
        Some(_) => "high",
        None => match r.d_prime {
            d if d < 0.5 => "low",
            d if d < 1.5 => "some",
            _ => "high",
        },
    }
}

/// Which way the player leaned: `all-scam` (every item called a scam), `all-safe` (none), `suspicious` (calls
/// genuine things scams), `trusting` (lets scams pass), or `balanced`. From the counts where they say it all, else
/// from the criterion c.
pub fn lean(r: &QuizResult) -> &'static str {
    if r.scams + r.genuine > 0 && r.hits == r.scams && r.false_alarms == r.genuine {
        return "all-scam";
    }
    if r.scams + r.genuine > 0 && r.hits == 0 && r.false_alarms == 0 {
        return "all-safe";
    }
    match r.criterion {
        c if c < -0.25 => "suspicious",
        c if c > 0.25 => "trusting",
        _ => "balanced",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probit_matches_known_quantiles() {
        for (p, z) in [(0.5, 0.0), (0.975, 1.959964), (0.025, -1.959964), (0.8413447, 1.0), (0.001, -3.090232)] {
            assert!((probit(p) - z).abs() < 1e-5, "probit({p}) = {} not {z}", probit(p));
        }
    }

    #[test]
    fn d_prime_for_known_rates() {
        // 6 of 6 hits and 0 of 6 false alarms: corrected rates 6.5/7 and 0.5/7.
        let (d, c) = sdt(6, 6, 0, 6);
        let expected = probit(6.5 / 7.0) - probit(0.5 / 7.0);
        assert!((d - expected).abs() < 1e-9);
        assert!((d - 2.930).abs() < 0.01, "{d}");
        assert!(c.abs() < 1e-9, "symmetric performance has no bias: {c}");
        // Calling everything a scam: perfect hits but all false alarms: no discernment, strongly suspicious.
        let (d, c) = sdt(6, 6, 6, 6);
        assert!(d.abs() < 1e-9);
        assert!(c < -1.4, "{c}");
        // Calling nothing a scam: trusting.
        let (d, c) = sdt(0, 6, 0, 6);
        assert!(d.abs() < 1e-9);
        assert!(c > 1.4, "{c}");
        // 4 of 6 hits, 1 of 6 false alarms.
        let (d, _) = sdt(4, 6, 1, 6);
        assert!((d - (probit(4.5 / 7.0) - probit(1.5 / 7.0))).abs() < 1e-12);
    }

    /// Like the shipped quiz: four kinds, three genuine and three scam items of each.
    fn items(n: usize) -> Vec<QuizItem> {
        use crate::content::types::QuizKind::*;
        (0..n)
            .map(|i| QuizItem {
                id: format!("i{i:02}"),
                kind: [Advert, Recruiter, Stranger, Investment][i / 6 % 4],
                genuine: i % 2 == 0,
                redflags: vec![],
                countries: vec![],
            })
            .collect()
    }

    #[test]
    fn each_half_has_the_same_mix_of_kinds() {
        let all = items(24);
        let (pre, post) = halves(&all, QuizForm::B, 4);
        for half in [&pre, &post] {
            for kind in [Advert, Recruiter, Stranger, Investment] {
                assert_eq!(half.iter().filter(|i| i.kind == kind).count(), 3, "{kind:?}");
            }
        }
    }
    use crate::content::types::QuizKind::*;

    #[test]
    fn halves_are_disjoint_balanced_and_reproducible() {
        let all = items(24);
        let (pre, post) = halves(&all, QuizForm::A, 10);
        assert_eq!(pre.len(), 12);
        assert_eq!(post.len(), 12);
        assert_eq!(pre.iter().filter(|i| i.genuine).count(), 6);
        assert!(pre.iter().all(|i| !post.contains(i)));
        assert_eq!(halves(&all, QuizForm::A, 10), (pre.clone(), post.clone()));
        // The story's seed only orders the items; the form alone decides which half comes first.
        let (pre_odd, post_odd) = halves(&all, QuizForm::B, 10);
        let (pre_other, _) = halves(&all, QuizForm::A, 11);
        let sorted = |v: &[QuizItem]| {
            let mut x: Vec<String> = v.iter().map(|i| i.id.clone()).collect();
            x.sort();
            x
        };
        assert_eq!(sorted(&pre_other), sorted(&pre), "another seed, the same form: the same half first");
        let ids = |v: &[QuizItem]| {
            let mut x: Vec<String> = v.iter().map(|i| i.id.clone()).collect();
            x.sort();
            x
        };
        assert_eq!(ids(&pre_odd), ids(&post), "form B swaps the halves");
        assert_eq!(ids(&post_odd), ids(&pre));
    }

    #[test]
    fn consecutive_codes_split_evenly_and_forms_are_stable() {
        let forms: Vec<QuizForm> = (1..=8).map(|i| QuizForm::for_code(&format!("P{i:02}"))).collect();
        assert_eq!(forms.iter().filter(|f| **f == QuizForm::A).count(), 4, "{forms:?}");
        assert_eq!(forms[0], QuizForm::A);
        assert_ne!(forms[0], forms[1]);
        assert_eq!(QuizForm::for_code("P07"), QuizForm::for_code("P07"));
        assert_eq!(QuizForm::for_code("sky-fox"), QuizForm::for_code("SKY-FOX"));
        // Codes without a number still spread over both forms.
        let words = ["ant", "bee", "cat", "dog", "eel", "fox", "gnu", "hen", "owl", "yak"];
        let a = words.iter().filter(|w| QuizForm::for_code(w) == QuizForm::A).count();
        assert!((2..=8).contains(&a), "{a} of 10 in form A");
        assert_eq!("b".parse::<QuizForm>(), Ok(QuizForm::B));
        assert!("C".parse::<QuizForm>().is_err());
    }

    /// Hand-computed: scams rated 6, 5, 3 and genuine items 1, 3, 4. Of the 9 (scam, genuine) pairs, 6 and 5 beat
    /// all three genuine ratings (6 pairs), 3 beats 1, ties 3 (one half) and loses to 4: 7.5 / 9 = 5/6.
    /// Hanley-McNeil: Q1 = A/(2-A) = 5/7, Q2 = 2A^2/(1+A) = 25/33, so
    /// SE^2 = (5/36 + 2 (5/7 - 25/36) + 2 (25/33 - 25/36)) / 9 = (5/36 + 10/252 + 50/396) / 9 = 0.0338705...
    #[test]
    fn auc_of_a_hand_computed_example() {
        let a = |genuine, rating| Answer { item: "x".into(), genuine, rating };
        let answers = vec![a(false, 6), a(false, 5), a(false, 3), a(true, 1), a(true, 3), a(true, 4)];
        let r = auc(&answers).unwrap();
        assert!((r.auc - 5.0 / 6.0).abs() < 1e-12, "{}", r.auc);
        let se2: f64 = (5.0 / 36.0 + 10.0 / 252.0 + 50.0 / 396.0) / 9.0;
        assert!((r.se - se2.sqrt()).abs() < 1e-12, "{}", r.se);
        assert!((r.se - 0.18404).abs() < 1e-4);
        // Everything rated the same: chance, whatever the rating.
        let flat = vec![a(false, 6), a(false, 6), a(true, 6), a(true, 6)];
        assert_eq!(auc(&flat).unwrap().auc, 0.5);
        // Perfectly told apart, and perfectly backwards.
        let perfect = vec![a(false, 4), a(true, 3)];
        assert_eq!(auc(&perfect).unwrap().auc, 1.0);
        let backwards = vec![a(false, 1), a(true, 2)];
        assert_eq!(auc(&backwards).unwrap().auc, 0.0);
        assert!(auc(&[a(true, 2)]).is_none());
        // score keeps it with the result.
        let s = score(answers);
        assert_eq!(s.auc, Some(r.auc));
    }

    #[test]
    fn the_words_follow_the_ratings() {
        let a = |genuine, rating| Answer { item: "x".into(), genuine, rating };
        // Every item a scam, though surer of the scams: the ranking tells them apart, the lean is named apart.
        let r = score(vec![a(false, 6), a(false, 5), a(true, 5), a(true, 4)]);
        assert_eq!((skill(&r), lean(&r)), ("high", "all-scam"), "{r:?}");
        let r = score(vec![a(false, 6), a(false, 6), a(true, 6), a(true, 6)]);
        assert_eq!((skill(&r), lean(&r)), ("low", "all-scam"));
        let r = score(vec![a(false, 1), a(false, 2), a(true, 1), a(true, 3)]);
        assert_eq!(lean(&r), "all-safe");
        // Told apart, no lean.
        let r = score(vec![a(false, 6), a(false, 5), a(false, 4), a(true, 1), a(true, 2), a(true, 3)]);
        assert_eq!((skill(&r), lean(&r)), ("high", "balanced"));
        // Ranked mostly right, but most genuine items still called scams.
        let r = score(vec![a(false, 6), a(false, 6), a(false, 5), a(true, 5), a(true, 4), a(true, 2)]);
        assert_eq!((skill(&r), lean(&r)), ("high", "suspicious"), "{r:?}");
        // Backwards.
        let r = score(vec![a(false, 1), a(false, 2), a(true, 5), a(true, 6)]);
        assert_eq!(skill(&r), "low");
    }

    #[test]
    fn score_counts_ratings_of_four_and_up_as_scam() {
        let answers = vec![
            Answer { item: "a".into(), genuine: false, rating: 4 },
            Answer { item: "b".into(), genuine: false, rating: 3 },
            Answer { item: "c".into(), genuine: true, rating: 6 },
            Answer { item: "d".into(), genuine: true, rating: 1 },
        ];
        let r = score(answers);
        assert_eq!((r.hits, r.scams, r.false_alarms, r.genuine), (1, 2, 1, 2));
        assert!(r.d_prime.abs() < 1e-9);
    }
}
