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
}

/// The items of the quiz before and after a session: disjoint halves, each with half of the genuine and half of the
/// scam items, in an order drawn from the seed. Odd seeds swap the halves, so across a room each half is seen as
/// often before as after and a difference between halves cannot pass for learning.
pub fn halves(items: &[QuizItem], seed: u64) -> (Vec<QuizItem>, Vec<QuizItem>) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5155_495A);
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
    if seed % 2 == 1 { (second, first) } else { (first, second) }
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
    QuizResult { answers, hits, scams, false_alarms, genuine, d_prime, criterion }
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

/// How well the player told genuine from scam, in words a front-end can look up: `low`, `some` or `high`.
pub fn skill(r: &QuizResult) -> &'static str {
    match r.d_prime {
        d if d < 0.5 => "low",
        d if d < 1.5 => "some",
        _ => "high",
    }
}

/// Which way the player leaned: `suspicious` (calls genuine things scams), `balanced` or `trusting`.
pub fn lean(r: &QuizResult) -> &'static str {
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
            })
            .collect()
    }

    #[test]
    fn each_half_has_the_same_mix_of_kinds() {
        let all = items(24);
        let (pre, post) = halves(&all, 4);
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
        let (pre, post) = halves(&all, 10);
        assert_eq!(pre.len(), 12);
        assert_eq!(post.len(), 12);
        assert_eq!(pre.iter().filter(|i| i.genuine).count(), 6);
        assert!(pre.iter().all(|i| !post.contains(i)));
        assert_eq!(halves(&all, 10), (pre.clone(), post.clone()));
        let (pre_odd, post_odd) = halves(&all, 11);
        let ids = |v: &[QuizItem]| {
            let mut x: Vec<String> = v.iter().map(|i| i.id.clone()).collect();
            x.sort();
            x
        };
        assert_eq!(ids(&pre_odd), ids(&post), "odd seeds swap the halves");
        assert_eq!(ids(&post_odd), ids(&pre));
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
