// The room in a browser: xterm.js (DOM renderer, screen-reader mode) on one WebSocket to /ws. Bytes from the
// terminal go to the game as they are, binary; a resize goes as {"resize":[cols,rows]}. Nothing from the server
// or the address bar is put into the page as HTML: only textContent and the terminal.
'use strict';
(function () {
  const MIN_COLS = 60; // the TUI's smallest width (src/tui/view.rs MIN_WIDTH)
  const WANT_COLS = 80;
  const READABLE = 12; // px: below this, fewer columns and larger text
  const KEYS = {
    '1': '1', '2': '2', '3': '3', '4': '4', enter: '\r', help: '?', leave: 'q',
    // Mouse-wheel reports (SGR): the game scrolls whatever screen is showing.
    up: '\x1b[<64;1;1M', down: '\x1b[<65;1;1M',
  };
  const body = document.body;
  const form = document.getElementById('join');
  const input = document.getElementById('code');
  const status = document.getElementById('status');
  const keys = document.getElementById('keys');
  const host = document.getElementById('terminal');
  const enc = new TextEncoder();
  let term = null, fit = null, ws = null, refused = false;

  const code = new URLSearchParams(location.search).get('code');
  if (code) input.value = code.slice(0, 32);

  function say(text) { status.textContent = text || ''; }

  function send(bytes) {
    if (ws && ws.readyState === WebSocket.OPEN) ws.send(bytes);
  }

  // 80 columns at the largest font that gives them, unless that font is too small to read (a phone in
  // portrait): then the largest font that still gives the game's minimum width.
  function fitFont() {
    let for80 = null, forMin = null;
    for (let size = 20; size >= 7; size--) {
      term.options.fontSize = size;
      const d = fit.proposeDimensions();
      if (!d) return;
      if (for80 === null && d.cols >= WANT_COLS) for80 = size;
      if (forMin === null && d.cols >= MIN_COLS) forMin = size;
      if (for80 !== null) break;
    }
    term.options.fontSize = (for80 !== null && for80 >= READABLE) ? for80 : (forMin || for80 || 7);
    fit.fit();
  }

  function start(roomCode) {
    refused = false;
    say(body.dataset.connecting);
    if (!term) {
      term = new Terminal({
        screenReaderMode: true, cursorBlink: false, scrollback: 0, convertEol: false,
        fontFamily: 'DejaVu Sans Mono, Menlo, Consolas, monospace',
      });
      fit = new FitAddon.FitAddon();
      term.loadAddon(fit);
      term.open(host);
      fitFont();
      term.onData((d) => send(enc.encode(d)));
      term.onBinary((d) => send(Uint8Array.from(d, (c) => c.charCodeAt(0))));
      term.onResize(({ cols, rows }) => send(JSON.stringify({ resize: [cols, rows] })));
      // The key bar appearing, a rotation, the browser's own bars: whatever changes the terminal's room refits it.
      new ResizeObserver(() => fitFont()).observe(host);
    } else {
      term.reset();
    }
    const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const q = new URLSearchParams({ code: roomCode, cols: String(term.cols), rows: String(term.rows) });
    ws = new WebSocket(`${proto}//${location.host}/ws?${q}`);
    ws.binaryType = 'arraybuffer';
    ws.onopen = () => {
      say('');
      body.classList.add('playing');
      keys.hidden = false;
      // On a phone, focus would bring up the keyboard over the game; the buttons are the keys there.
      if (!matchMedia('(pointer: coarse)').matches) term.focus();
    };
    ws.onmessage = (e) => {
      if (typeof e.data === 'string') {
        let m = null;
        try { m = JSON.parse(e.data); } catch (_) { return; }
        if (m && typeof m.refused === 'string') { refused = true; say(m.refused); }
        return;
      }
      term.write(new Uint8Array(e.data));
    };
    ws.onclose = () => {
      keys.hidden = true;
      body.classList.remove('playing');
      if (!refused) say(body.dataset.closed);
      ws = null;
    };
    ws.onerror = () => { if (!refused) say(body.dataset.lost); };
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const c = input.value.trim();
    if (c && !ws) start(c);
  });
  keys.addEventListener('click', (e) => {
    const b = e.target.closest('button[data-key]');
    if (!b || !(b.dataset.key in KEYS)) return;
    send(enc.encode(KEYS[b.dataset.key]));
  });
  if (code) start(input.value.trim());
})();
