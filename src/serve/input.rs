//! Bytes from a remote terminal, turned into the game's input with termwiz's kept parser: keys, arrows in both
//! cursor modes, SGR mouse reports, bracketed paste. No escape sequence is parsed by hand here.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use termwiz::input::{InputEvent, InputParser, KeyCode as TwKey, Modifiers, MouseButtons};

use crate::tui::Input;

/// Characters of one paste that are passed on as keys; the rest of a long paste is dropped (a paste is not how
/// anyone plays, and a huge one must not queue thousands of keys).
const PASTE_LIMIT: usize = 64;

/// Input bytes a player may send a second, on average, and at once. A person typing, even pasting a participant
/// code, sends a few bytes a second; a client that floods the channel has the excess dropped before it is queued
/// for the game, so it can neither grow the server's memory nor keep its game thread busy for others.
pub const INPUT_BYTES_PER_SECOND: u32 = 2048;
pub const INPUT_BURST: u32 = 16 * 1024;

/// A token bucket over input bytes.
pub struct InputBudget {
    tokens: f64,
    last: std::time::Instant,
}

impl InputBudget {
    pub fn new(now: std::time::Instant) -> InputBudget {
        InputBudget { tokens: f64::from(INPUT_BURST), last: now }
    }

    /// How many of `n` bytes arriving at `now` may pass.
    pub fn take(&mut self, now: std::time::Instant, n: usize) -> usize {
        let earned = now.saturating_duration_since(self.last).as_secs_f64() * f64::from(INPUT_BYTES_PER_SECOND);
        self.tokens = (self.tokens + earned).min(f64::from(INPUT_BURST));
        self.last = now;
        let allowed = (self.tokens.floor() as usize).min(n);
        self.tokens -= allowed as f64;
        allowed
    }
}

/// Parsers not in use. termwiz builds a parser's key map anew for each one (about 0.7 MiB), which was half of what a
/// player cost a room. A parser holds state only while a key arrives in pieces (half a sequence, a lone ESC that
/// may be Alt, a paste not ended), so a game borrows one for each packet and keeps it only while it holds such a
/// piece: a room needs as many as the keys it decodes at the same moment, not one a player.
static IDLE_PARSERS: std::sync::Mutex<Vec<InputParser>> = std::sync::Mutex::new(Vec::new());

/// Idle parsers kept for reuse. The pool grows only to the most parsers in use at once; more than this are dropped
/// rather than kept.
const IDLE_PARSERS_KEPT: usize = 64;

/// Parsers made when a room opens, off the players' threads: when a facilitator says "press 1 now", a room's worth
/// of keys arrives at once, and none of them should wait while a key map is built.
pub const WARM_PARSERS: usize = 8;

/// Fills the idle parsers up to `n`; a room calls it once, on a thread of its own, when it opens.
pub fn warm_parsers(n: usize) {
    for _ in 0..n {
        let parser = InputParser::new();
        let mut idle = IDLE_PARSERS.lock().unwrap_or_else(|e| e.into_inner());
        if idle.len() >= n {
            return;
        }
        idle.push(parser);
    }
}

fn borrow_parser() -> InputParser {
    let idle = IDLE_PARSERS.lock().unwrap_or_else(|e| e.into_inner()).pop();
    idle.unwrap_or_default()
}

/// Gives a parser back if it holds nothing. termwiz does not say whether a parser holds part of a sequence, a
/// paste or an ESC that may be Alt; a probe byte that comes back as the one plain key it is proves it holds
/// nothing, and leaves it holding nothing. A parser that fails the probe is dropped, never shared, and what it
/// held with it: after 30 ms of silence that is a paste or a character a terminal would have sent whole, or a
/// byte no parser can read (which would otherwise jam the player's input for good).
fn give_back(mut parser: InputParser) -> bool {
    let clean = holds_nothing(&mut parser);
    if clean {
        pool(parser);
    }
    clean
}

/// Keeps a parser known to hold nothing for the next game that needs one.
fn pool(parser: InputParser) {
    let mut idle = IDLE_PARSERS.lock().unwrap_or_else(|e| e.into_inner());
    if idle.len() < IDLE_PARSERS_KEPT {
        idle.push(parser);
    }
}

fn holds_nothing(parser: &mut InputParser) -> bool {
    let mut events = Vec::new();
    parser.parse(b"x", |e| events.push(e), false);
    matches!(events.as_slice(), [InputEvent::Key(k)] if k.key == TwKey::Char('x') && k.modifiers == Modifiers::NONE)
}

/// Parsers one game may spoil (leave holding a paste never ended, or a byte no parser reads) before it keeps a
/// parser of its own: each spoiled parser is dropped and a new one costs 0.7 ms to make, so a client that keeps
/// doing it would cost the room's CPU; a person playing never does.
const SPOILED_MAX: u32 = 4;

/// Bytes one borrowed parser may take before it is given up: a paste that never ends must not grow a buffer for as
/// long as it goes on (the rate limit slows it; this bounds it).
const HELD_BYTES_MAX: usize = 64 * 1024;

pub struct Decoder {
    /// Borrowed from the idle parsers while a key is arriving in pieces; none between keys.
    parser: Option<InputParser>,
    /// The bytes the borrowed parser has taken since it was borrowed clean: what it holds is a function of them.
    /// For a game that keeps its own parser, the bytes it has taken since it was made.
    held: Vec<u8>,
    /// Parsers this game dropped because they held what no key would finish.
    spoiled: u32,
    /// The last mouse buttons held, so a click is reported once, on press.
    buttons: MouseButtons,
}

impl Default for Decoder {
    fn default() -> Self {
        Decoder::new()
    }
}

impl Drop for Decoder {
    fn drop(&mut self) {
        if let Some(p) = self.parser.take()
            && self.shares()
        {
            give_back(p);
        }
    }
}

impl Decoder {
    pub fn new() -> Decoder {
        Decoder { parser: None, held: Vec::new(), spoiled: 0, buttons: MouseButtons::NONE }
    }

    /// Whether this game borrows parsers; past `SPOILED_MAX` it keeps one of its own, as every game once did.
    fn shares(&self) -> bool {
        self.spoiled < SPOILED_MAX
    }

    /// Decodes what arrived. A lone ESC or half a sequence may be the start of one split across packets, so it is
    /// held until more comes or `flush` says nothing more is coming; a packet of whole keys holds nothing.
    pub fn feed(&mut self, bytes: &[u8], out: &mut Vec<Input>) {
        if self.held.len() > HELD_BYTES_MAX {
            self.parser = None;
            self.held = Vec::new();
            self.spoiled = (self.spoiled + 1).min(SPOILED_MAX);
        }
        let fresh = self.parser.is_none();
        let mut events = Vec::new();
        let mut parser = self.parser.take().unwrap_or_else(borrow_parser);
        parser.parse(bytes, |e| events.push(e), true);
        for e in events {
            self.map(e, out);
        }
        if !(fresh && self.shares()) {
            // A game with its own parser counts what it has fed too: a paste that never ends gets a new parser
            // every 64 KiB (at the input budget, every half a minute at most), so its buffer stays bounded.
            self.held.extend_from_slice(bytes);
            self.parser = Some(parser);
            return;
        }
        // Most packets are whole keys ("1", Enter, an arrow, a click): the parser goes back at once, so a room
        // pressing keys together shares a few parsers. The probe spoils a parser that held the start of a
        // sequence; then a clean one is given the same bytes and holds exactly what the first one did.
        if holds_nothing(&mut parser) {
            pool(parser);
            return;
        }
        self.held.extend_from_slice(bytes);
        let mut again = borrow_parser();
        again.parse(&self.held, |_| {}, true);
        self.parser = Some(again);
        // A parser that held only an ESC took the probe as Alt and holds nothing now; one that held more goes.
        if !give_back(parser) {
            self.spoiled += 1;
        }
    }

    /// Nothing more arrived soon after the last bytes: whatever is held is taken as it is (a lone ESC is Esc),
    /// and the parser goes back to the idle ones. What it still holds after that (a paste not ended after 30 ms of
    /// silence, a byte no parser reads) is dropped with it.
    pub fn flush(&mut self, out: &mut Vec<Input>) {
        let Some(mut parser) = self.parser.take() else { return };
        let mut events = Vec::new();
        parser.parse(&[], |e| events.push(e), false);
        for e in events {
            self.map(e, out);
        }
        if !self.shares() {
            self.parser = Some(parser);
            return;
        }
        self.held.clear();
        self.held.shrink_to(64);
        if !give_back(parser) {
            self.spoiled += 1;
        }
    }

    fn map(&mut self, e: InputEvent, out: &mut Vec<Input>) {
        match e {
            InputEvent::Key(k) => {
                if let Some(i) = key(k.key, k.modifiers) {
                    out.push(i);
                }
            }
            InputEvent::Mouse(m) => {
                let b = m.mouse_buttons;
                if b.contains(MouseButtons::VERT_WHEEL) {
                    out.push(Input::Scroll(if b.contains(MouseButtons::WHEEL_POSITIVE) { -3 } else { 3 }));
                } else if b.contains(MouseButtons::LEFT) && !self.buttons.contains(MouseButtons::LEFT) {
                    // SGR reports count from 1; the game's cells from 0.
                    out.push(Input::Click(m.x.saturating_sub(1), m.y.saturating_sub(1)));
                }
                if !b.contains(MouseButtons::VERT_WHEEL) {
                    self.buttons = b;
                }
            }
            InputEvent::Paste(text) => {
                out.extend(
                    text.chars().filter(|c| !c.is_control()).take(PASTE_LIMIT).map(|c| Input::Key(plain_key(c))),
                );
            }
            InputEvent::Resized { .. } | InputEvent::PixelMouse(_) | InputEvent::Wake => {}
        }
    }
}

fn plain_key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

fn key(code: TwKey, mods: Modifiers) -> Option<Input> {
    let mut m = KeyModifiers::NONE;
    if mods.contains(Modifiers::CTRL) {
        m |= KeyModifiers::CONTROL;
    }
    if mods.contains(Modifiers::ALT) {
        m |= KeyModifiers::ALT;
    }
    if mods.contains(Modifiers::SHIFT) {
        m |= KeyModifiers::SHIFT;
    }
    let code = match code {
        TwKey::Char('\r' | '\n') => KeyCode::Enter,
        TwKey::Char('\t') => KeyCode::Tab,
        TwKey::Char('\u{7f}' | '\u{8}') => KeyCode::Backspace,
        TwKey::Char('\u{1b}') => KeyCode::Esc,
        TwKey::Char(c) if c.is_control() => return None,
        TwKey::Char(c) => KeyCode::Char(c),
        TwKey::Enter => KeyCode::Enter,
        TwKey::Escape => KeyCode::Esc,
        TwKey::Backspace => KeyCode::Backspace,
        TwKey::Tab => KeyCode::Tab,
        TwKey::Delete => KeyCode::Delete,
        TwKey::UpArrow | TwKey::ApplicationUpArrow => KeyCode::Up,
        TwKey::DownArrow | TwKey::ApplicationDownArrow => KeyCode::Down,
        TwKey::LeftArrow | TwKey::ApplicationLeftArrow => KeyCode::Left,
        TwKey::RightArrow | TwKey::ApplicationRightArrow => KeyCode::Right,
        TwKey::PageUp => KeyCode::PageUp,
        TwKey::PageDown => KeyCode::PageDown,
        TwKey::Home => KeyCode::Home,
        TwKey::End => KeyCode::End,
        TwKey::Function(n) => KeyCode::F(n),
        _ => return None,
    };
    // Shift is part of an upper-case letter already; keep it only where it changes a key's meaning.
    if matches!(code, KeyCode::Char(_)) {
        m.remove(KeyModifiers::SHIFT);
    }
    Some(Input::Key(KeyEvent::new(code, m)))
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_input_budget_passes_typing_and_drops_a_flood() {
        use super::{INPUT_BURST, INPUT_BYTES_PER_SECOND, InputBudget};
        use std::time::{Duration, Instant};
        let t0 = Instant::now();
        let mut b = InputBudget::new(t0);
        // A person: a key every 100 ms for a minute, every byte passes.
        for i in 0..600 {
            assert_eq!(b.take(t0 + Duration::from_millis(100 * i), 3), 3);
        }
        // A flood: 10 MB in one second gets the burst and a second's worth, no more.
        let t1 = t0 + Duration::from_secs(120);
        let mut passed = 0;
        for i in 0..1000 {
            passed += b.take(t1 + Duration::from_millis(i), 10_000);
        }
        let most = (INPUT_BURST + INPUT_BYTES_PER_SECOND) as usize;
        assert!(passed <= most && passed >= INPUT_BURST as usize, "{passed} bytes passed");
        // And after a quiet moment, typing works again.
        assert_eq!(b.take(t1 + Duration::from_secs(3), 1), 1);
    }
    use super::*;

    fn decode(bytes: &[u8]) -> Vec<Input> {
        decode_packets(&[bytes])
    }

    /// What one game makes of packets that arrive one after another, then a pause.
    fn decode_packets(packets: &[&[u8]]) -> Vec<Input> {
        let mut d = Decoder::new();
        let mut out = Vec::new();
        for p in packets {
            d.feed(p, &mut out);
        }
        d.flush(&mut out);
        out
    }

    #[test]
    fn keys_arrows_and_enter() {
        assert_eq!(decode(b"1"), vec![Input::char('1')]);
        assert_eq!(decode(b"\r"), vec![Input::key(KeyCode::Enter)]);
        assert_eq!(decode(b"\x1b[A\x1bOB"), vec![Input::key(KeyCode::Up), Input::key(KeyCode::Down)]);
        assert_eq!(decode(b"\x1b[5~"), vec![Input::key(KeyCode::PageUp)]);
        assert_eq!(decode(b"\x7f"), vec![Input::key(KeyCode::Backspace)]);
    }

    #[test]
    fn ctrl_c_is_a_key_with_control() {
        assert_eq!(decode(b"\x03"), vec![Input::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL))]);
    }

    #[test]
    fn a_lone_escape_waits_for_the_flush() {
        let mut d = Decoder::new();
        let mut out = Vec::new();
        d.feed(b"\x1b", &mut out);
        assert!(out.is_empty());
        d.flush(&mut out);
        assert_eq!(out, vec![Input::key(KeyCode::Esc)]);
    }

    #[test]
    fn a_sequence_split_across_packets_is_one_key() {
        assert_eq!(decode_packets(&[b"\x1b[", b"B"]), vec![Input::key(KeyCode::Down)]);
    }

    #[test]
    fn sgr_mouse_press_is_one_click_at_zero_based_cells() {
        // Press at column 10, row 5 (1-based), then release.
        assert_eq!(decode(b"\x1b[<0;10;5M\x1b[<0;10;5m"), vec![Input::Click(9, 4)]);
        assert_eq!(decode(b"\x1b[<64;3;3M"), vec![Input::Scroll(-3)]);
        assert_eq!(decode(b"\x1b[<65;3;3M"), vec![Input::Scroll(3)]);
    }

    #[test]
    fn a_parser_that_holds_anything_fails_the_probe() {
        let held = |bytes: &[u8], maybe_more: bool| {
            let mut p = InputParser::new();
            p.parse(bytes, |_| {}, maybe_more);
            !holds_nothing(&mut p)
        };
        assert!(!held(b"", false), "a new parser");
        assert!(!held(b"1\x1b[A\x1b[<0;3;4M", false), "whole keys and a click");
        assert!(!held(b"\x1b[200~abc\x1b[201~", false), "a whole paste");
        assert!(held(b"\x1b[200~abc", false), "a paste not ended");
        assert!(held(b"\x1b", true), "an ESC that may be Alt");
        assert!(held(b"\x1b[", true), "half a sequence");
        assert!(held(b"\xe0\xb8", false), "half a Thai character");
        assert!(held(b"\xff", false), "a byte no parser reads");
    }

    #[test]
    fn what_one_player_left_unfinished_never_reaches_another() {
        // A paste left open and a byte that jams a parser: the parsers go, and the next game's keys are its own.
        for unfinished in [&b"\x1b[200~abc"[..], b"\xff", b"\x1b[<0;3"] {
            let mut out = Vec::new();
            let mut d = Decoder::new();
            d.feed(unfinished, &mut out);
            d.flush(&mut out);
            drop(d);
            assert_eq!(decode(b"1"), vec![Input::char('1')], "after {unfinished:?}");
        }
    }

    #[test]
    fn a_byte_no_parser_reads_does_not_jam_the_players_input() {
        let mut d = Decoder::new();
        let mut out = Vec::new();
        d.feed(b"\xff", &mut out);
        d.flush(&mut out);
        d.feed(b"2", &mut out);
        d.flush(&mut out);
        assert_eq!(out, vec![Input::char('2')]);
    }

    #[test]
    fn a_paste_that_never_ends_holds_a_bounded_buffer() {
        let mut d = Decoder::new();
        let mut out = Vec::new();
        d.feed(b"\x1b[200~", &mut out);
        for _ in 0..100 {
            d.feed(&[b'y'; 4096], &mut out);
            assert!(d.held.len() <= HELD_BYTES_MAX + 4096, "{} bytes held", d.held.len());
        }
    }

    #[test]
    fn a_plain_key_gives_the_parser_back_at_once_and_a_split_character_keeps_it() {
        let mut d = Decoder::new();
        let mut out = Vec::new();
        d.feed("1ก\r".as_bytes(), &mut out);
        assert!(d.parser.is_none(), "nothing held after plain keys");
        d.feed(b"\xe0\xb8", &mut out);
        assert!(d.parser.is_some(), "half a character waits for the rest");
        d.feed(b"\x81", &mut out);
        d.flush(&mut out);
        assert_eq!(out, vec![Input::char('1'), Input::char('ก'), Input::key(KeyCode::Enter), Input::char('ก')]);
    }

    #[test]
    fn whole_keys_and_a_lone_escape_leave_nothing_borrowed_and_spoil_nothing() {
        let mut d = Decoder::new();
        let mut out = Vec::new();
        for packet in [&b"\x1b[B"[..], b"\x1b[<0;10;5M", b"\x1b[<0;10;5m", b"\x1b[200~P01\x1b[201~"] {
            d.feed(packet, &mut out);
            assert!(d.parser.is_none(), "nothing held after {packet:?}");
        }
        d.feed(b"\x1b", &mut out);
        assert!(d.parser.is_some(), "a lone ESC waits");
        d.feed(b"[A", &mut out);
        d.flush(&mut out);
        d.feed(b"\x1b", &mut out);
        d.flush(&mut out);
        assert!(d.parser.is_none());
        assert_eq!(d.spoiled, 0);
        let keys =
            [Input::key(KeyCode::Down), Input::Click(9, 4), Input::char('P'), Input::char('0'), Input::char('1')];
        let mut want = keys.to_vec();
        want.extend([Input::key(KeyCode::Up), Input::key(KeyCode::Esc)]);
        assert_eq!(out, want);
    }

    #[test]
    fn a_paste_in_two_packets_is_one_paste() {
        let got = decode_packets(&[b"\x1b[200~ab", b"c\x1b[201~"]);
        assert_eq!(got, vec![Input::char('a'), Input::char('b'), Input::char('c')]);
    }

    #[test]
    fn a_client_that_keeps_spoiling_parsers_keeps_one_of_its_own() {
        let mut d = Decoder::new();
        let mut out = Vec::new();
        for _ in 0..10 {
            d.feed(b"\x1b[200~never ended", &mut out);
            d.flush(&mut out);
        }
        assert_eq!(d.spoiled, SPOILED_MAX, "no more parsers dropped once it keeps its own");
        assert!(d.parser.is_some());
    }

    #[test]
    fn garbage_never_panics_and_long_pastes_are_cut() {
        let mut d = Decoder::new();
        let mut out = Vec::new();
        let junk: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
        d.feed(&junk, &mut out);
        d.flush(&mut out);
        let mut paste = b"\x1b[200~".to_vec();
        paste.extend(std::iter::repeat_n(b'x', 10_000));
        paste.extend(b"\x1b[201~");
        let got = decode(&paste);
        assert_eq!(got.len(), PASTE_LIMIT);
    }
}
