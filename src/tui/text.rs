//! Text layout for the terminal: width by grapheme cluster, and wrapping that never splits a cluster or a
//! double-width character. Needed for Thai, Khmer and Vietnamese (combining marks), Chinese (wide glyphs) and
//! Devanagari (conjuncts and vowel signs that take columns of their own).

use ratatui::buffer::CellWidth;
use unicode_segmentation::UnicodeSegmentation;

/// Display width in terminal columns.
pub fn width(s: &str) -> usize {
    s.graphemes(true).map(grapheme_width).sum()
}

/// The columns a cluster takes: the sum of its code points' widths (a combining mark adds nothing, a spacing
/// vowel sign such as Devanagari ा or Thai ำ adds one), which is what tmux, xterm, VTE and the Linux console
/// draw (measured: `docs/translating.md`, "Scripts that need care"), and exactly what ratatui's buffer reserves for the cluster, so padding computed
/// here puts a border where the buffer puts it. `स्त्री` is four columns, `च्छी` three. Terminals that draw
/// whole clusters narrower (Windows Terminal's grapheme mode) still keep every border in its column: the cell
/// after a cluster wider than one is drawn with an explicit cursor move (`super::Steady`).
fn grapheme_width(g: &str) -> usize {
    g.cell_width() as usize
}

/// Wraps text to `max` columns, at the places the Unicode line-breaking rules (UAX #14) allow: after spaces,
/// between ideographs but never before a closing mark such as `。` or `，`, and, in Thai, Lao, Khmer and Burmese,
/// which write words without spaces, between words found with ICU4X's dictionaries. Only a piece longer than a
/// whole line is broken elsewhere, and then between grapheme clusters, so a vowel or tone mark never leaves its
/// letter. Explicit newlines are kept. Never returns an empty list.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0;
        for piece in pieces(para) {
            // Spaces after a piece may hang past the edge: they are where the line breaks.
            let w = width(piece.trim_end());
            if line_w + w <= max {
                if !(line.is_empty() && piece.trim().is_empty()) {
                    line.push_str(piece);
                    line_w += width(piece);
                }
                continue;
            }
            if !line.is_empty() {
                out.push(std::mem::take(&mut line).trim_end().to_string());
                line_w = 0;
            }
            if w <= max {
                line.push_str(piece);
                line_w = width(piece);
                continue;
            }
            // The piece alone is longer than a line: break it between graphemes.
            for g in piece.graphemes(true) {
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

/// The pieces a line may break between (UAX #14 with dictionaries for the scripts without spaces), each with the
/// spaces that follow it. Breaks are also kept to grapheme-cluster boundaries: a break inside a cluster would
/// start a line with a lone mark.
fn pieces(text: &str) -> Vec<&str> {
    static LINE_BREAKS: std::sync::LazyLock<icu_segmenter::LineSegmenterBorrowed<'static>> =
        std::sync::LazyLock::new(|| icu_segmenter::LineSegmenter::new_dictionary(Default::default()));
    let mut out = Vec::new();
    let mut start = 0;
    for i in LINE_BREAKS.segment_str(text) {
        if i > start && text.is_char_boundary(i) && is_cluster_boundary(text, i) {
            out.push(&text[start..i]);
            start = i;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

fn is_cluster_boundary(text: &str, at: usize) -> bool {
    at == text.len()
        || unicode_segmentation::GraphemeCursor::new(at, text.len(), true).is_boundary(text, 0).unwrap_or(true)
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
    fn thai_breaks_between_words() {
        // No spaces between Thai words: the dictionary finds "ภาษา" (language) and "ไทย" (Thai).
        assert_eq!(wrap("ภาษาไทยภาษาไทย", 8), ["ภาษาไทย", "ภาษาไทย"]);
        assert_eq!(wrap("ภาษาไทยภาษาไทย", 5), ["ภาษา", "ไทย", "ภาษา", "ไทย"]);
    }

    #[test]
    fn chinese_closing_marks_stay_at_the_end_of_their_line() {
        // Each ideograph is 2 columns: 我们走吧 fills 8, but 。 may not start the next line, so 吧 goes with it.
        assert_eq!(wrap("我们走吧。你好", 8), ["我们走", "吧。你好"]);
        let text = "客服人员招聘，月薪两千美元，包机票和住宿。";
        for max in 4..20 {
            for l in wrap(text, max) {
                assert!(!l.starts_with('，') && !l.starts_with('。'), "width {max}: {l:?}");
            }
        }
    }

    #[test]
    fn spaces_hang_at_the_edge_and_indentation_is_dropped() {
        assert_eq!(wrap("ab cd", 2), ["ab", "cd"]);
        assert_eq!(wrap("  ab   cd", 5), ["ab", "cd"]);
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
    fn devanagari_clusters_count_every_spacing_sign() {
        // Measured in tmux 3.3a (cursor position after printing each): a virama joins letters without a column
        // of its own, each letter and each spacing vowel sign takes one. Capping a cluster at two columns, as
        // this once did, left the conjuncts' extra columns out of the padding and pushed borders off the line.
        for (text, columns) in
            [("का", 2), ("स्त", 2), ("च्छी", 3), ("स्त्री", 4), ("क्ट्री", 4), ("ज़िं", 2), ("क्ष", 2), ("กำ", 2), ("ที่", 1)]
        {
            assert_eq!(width(text), columns, "{text:?}");
        }
        let text = "स्त्री क्ट्री च्छी";
        for max in 4..10 {
            let lines = wrap(text, max);
            assert_fits(&lines, max);
            assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
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
