//! Text layout for the terminal: width by grapheme cluster, and wrapping that never splits a cluster or a
//! double-width character. Needed for Thai, Khmer and Vietnamese (combining marks) and Chinese (wide glyphs).

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Display width in terminal columns.
pub fn width(s: &str) -> usize {
    s.graphemes(true).map(grapheme_width).sum()
}

fn grapheme_width(g: &str) -> usize {
    // A cluster is as wide as its base; combining marks add nothing. Some terminals render an emoji sequence
    // as two columns whatever its parts, so never count a cluster wider than 2.
    UnicodeWidthStr::width(g).min(2)
}

/// Wraps text to `max` columns. Breaks at word boundaries (UAX #29) where it can, between graphemes where a
/// word is longer than a line (Thai runs have no spaces; Chinese breaks between ideographs). Explicit newlines
/// are kept. Never returns an empty list.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0;
        for word in words(para) {
            let w = width(word);
            if line_w + w <= max {
                if !(line.is_empty() && word.trim().is_empty()) {
                    line.push_str(word);
                    line_w += w;
                }
                continue;
            }
            if word.trim().is_empty() {
                // A space at the end of a line is where it breaks.
                out.push(std::mem::take(&mut line).trim_end().to_string());
                line_w = 0;
                continue;
            }
            if !line.is_empty() && w <= max {
                out.push(std::mem::take(&mut line).trim_end().to_string());
                line.push_str(word);
                line_w = w;
                continue;
            }
            // The word alone is longer than a line: break it between graphemes.
            for g in word.graphemes(true) {
                let gw = grapheme_width(g);
                if line_w + gw > max && !line.is_empty() {
                    out.push(std::mem::take(&mut line).trim_end().to_string());
                    line_w = 0;
                }
                line.push_str(g);
                line_w += gw;
            }
        }
        out.push(line.trim_end().to_string());
    }
    out
}

/// The pieces a line may break between: word boundaries (UAX #29) that are also grapheme boundaries. Thai has no
/// spaces, and the word rules break between every Thai letter, even between a consonant and a spacing vowel such as
/// SARA AM (ำ) that belongs to its cluster; a break there would start a line with a lone vowel.
fn words(text: &str) -> Vec<&str> {
    let clusters: std::collections::HashSet<usize> = text.grapheme_indices(true).map(|(i, _)| i).collect();
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.split_word_bound_indices() {
        if i > start && clusters.contains(&i) {
            out.push(&text[start..i]);
            start = i;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Cuts text to at most `max` columns, ending with an ellipsis when cut.
pub fn truncate(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for g in text.graphemes(true) {
        let gw = grapheme_width(g);
        if w + gw + 1 > max {
            break;
        }
        out.push_str(g);
        w += gw;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_fits(lines: &[String], max: usize) {
        for l in lines {
            assert!(width(l) <= max, "{l:?} is {} columns, more than {max}", width(l));
        }
    }

    #[test]
    fn latin_wraps_at_spaces() {
        let lines = wrap("Customer service staff wanted in Bavet", 16);
        assert_eq!(lines, ["Customer service", "staff wanted in", "Bavet"]);
    }

    #[test]
    fn chinese_counts_two_columns_and_breaks_between_ideographs() {
        let text = "客服人员招聘，月薪两千美元，包机票和住宿。";
        assert_eq!(width("客服"), 4);
        let lines = wrap(text, 10);
        assert_fits(&lines, 10);
        assert_eq!(lines.concat(), text);
        assert!(lines.len() >= 4);
    }

    #[test]
    fn thai_never_splits_a_cluster() {
        // Thai vowels and tone marks combine with the consonant before them.
        let text = "ผู้หญิงที่ทำงานในต่างประเทศได้รับข้อเสนอ เรากำลังหาคนเพิ่ม ต้องทำยังไงถึงจะได้เข้าไปทำ";
        for max in 3..12 {
            let lines = wrap(text, max);
            assert_fits(&lines, max);
            assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
            for l in &lines {
                let first = l.chars().next().unwrap();
                assert!(first != '\u{0E33}', "width {max}: a line starts with SARA AM: {l:?}");
            }
        }
        let text = "ผู้หญิงที่ทำงานในต่างประเทศได้รับข้อเสนอ";
        let lines = wrap(text, 7);
        assert_fits(&lines, 7);
        assert_eq!(lines.concat(), text);
        for l in &lines {
            let first = l.chars().next().unwrap();
            // No line may start with a mark that belongs to the letter before it (SARA AM included).
            assert!(!matches!(first, '\u{0E31}' | '\u{0E33}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}'), "{l:?}");
        }
    }

    #[test]
    fn vietnamese_combining_marks_stay_on_their_letter() {
        // Decomposed (NFD) text: each mark is its own code point.
        let text = "Vie\u{0302}\u{0323}c la\u{0300}m lu\u{031B}o\u{031B}ng cao";
        assert_eq!(width("Vie\u{0302}\u{0323}c"), 4);
        let lines = wrap(text, 8);
        assert_fits(&lines, 8);
        for l in &lines {
            assert!(!l.starts_with('\u{0302}') && !l.starts_with('\u{0323}') && !l.starts_with('\u{0300}'));
        }
    }

    #[test]
    fn a_word_longer_than_the_line_is_broken() {
        let lines = wrap("abcdefghij", 4);
        assert_eq!(lines, ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn newlines_are_kept_and_empty_text_gives_one_line() {
        assert_eq!(wrap("a\nb", 10), ["a", "b"]);
        assert_eq!(wrap("", 10), [""]);
    }

    #[test]
    fn truncate_marks_the_cut() {
        assert_eq!(truncate("hello world", 6), "hello…");
        assert_eq!(truncate("客服人员", 5), "客服…");
        assert_eq!(truncate("short", 10), "short");
    }
}
