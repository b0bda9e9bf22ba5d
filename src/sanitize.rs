//! The one sanitiser for text from files (content, records, settings, file and folder names) on its way to any
//! output: the terminal, stderr, a report. A leaf module: `diag`, `content`, `words`, `report` and `locales` all
//! use it, and it uses nothing of theirs, so the lower layers need not import `words` or `i18n` to be safe.

/// Removes what could drive a terminal: C0 and C1 control characters (ESC starts every escape sequence, so
/// CSI and OSC go with it) and bidi overrides, which can make text read differently from what it is. A TAB
/// becomes a space: a terminal moves it to the next tab stop, which no width calculation can know, so a tab
/// in a bubble shifted its border.
pub fn sanitize(s: &str) -> String {
    if !s.chars().any(|c| is_unsafe(c) || c == '\t') {
        return s.to_string();
    }
    s.chars().filter(|c| !is_unsafe(*c)).map(|c| if c == '\t' { ' ' } else { c }).collect()
}

/// Like `sanitize`, but keeps every byte offset: each unsafe character becomes as many `?` as it had bytes, a
/// TAB a space. For showing a file's own text next to positions computed on it (diagnostic snippets).
pub fn visible_same_len(s: &str) -> String {
    if !s.chars().any(|c| is_unsafe(c) || c == '\t') {
        return s.to_string();
    }
    s.chars()
        .map(|c| match c {
            '\t' => " ".to_string(),
            c if is_unsafe(c) => "?".repeat(c.len_utf8()),
            c => c.to_string(),
        })
        .collect()
}

/// Control characters other than a line break and a TAB, and the bidi controls.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// A path for a message on stderr: file and folder names are input too.
pub fn path(p: &std::path::Path) -> String {
    sanitize(&p.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_go_and_offsets_stay() {
        let s = "a\u{1b}]0;owned\u{7}b\u{1b}[2J\u{9b}c\u{202e}d\te\n";
        assert_eq!(sanitize(s), "a]0;ownedb[2Jcd e\n");
        let v = visible_same_len(s);
        assert_eq!(v.len(), s.len());
        assert!(!v.chars().any(|c| is_unsafe(c) || c == '\t'));
    }
}
