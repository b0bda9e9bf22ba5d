// The room in a real browser: `redflag serve --web` on loopback, Debian's headless Chromium driven by
// puppeteer-core, at a phone's size and a laptop's. The scenario is played to its ending with the page's buttons
// only; the terminal's text is read from the page (xterm.js's DOM renderer puts it there), screenshots go to
// tests/browser/out/, and the room's record must exist. Run: `npm test` here after `cargo build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, copyFileSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const bin = process.env.REDFLAG_BIN || join(process.env.CARGO_TARGET_DIR || join(repo, 'target'), 'debug', 'redflag');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const out = join(here, 'out');

// The same small content as the Rust tests (tests/common/mod.rs `mini`): one short scenario.
function miniContent() {
  const dir = mkdtempSync(join(tmpdir(), 'redflag-browser-'));
  const copy = (from, to) => { mkdirSync(dirname(join(dir, to)), { recursive: true }); copyFileSync(join(repo, from), join(dir, to)); };
  for (const f of ['redflags.toml', 'sources.toml', 'resources.toml']) copy(`scenarios/${f}`, `scenarios/${f}`);
  for (const f of ['ui.ftl', 'report.ftl', 'meta.ftl', 'redflags.ftl', 'resources.ftl']) copy(`locales/en/${f}`, `locales/en/${f}`);
  copy('tests/fixtures/mini/scenarios/mini.toml', 'scenarios/mini.toml');
  copy('tests/fixtures/mini/locales/en/mini.ftl', 'locales/en/mini.ftl');
  return dir;
}

function startServer(dir) {
  const results = join(dir, 'room.jsonl');
  const child = spawn(bin, ['--content', dir, '--country', 'KE', 'serve', '--headless', '--no-ssh', '--web', '127.0.0.1:0',
    '--code', 'ROOM7', '--max-seconds', '100', '--results', results], {
    env: { ...process.env, LANG: 'C', XDG_DATA_HOME: join(dir, 'data'), XDG_CONFIG_HOME: join(dir, 'config') },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const addr = new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${buf}`)), 20000);
    child.stderr.on('data', (d) => {
      buf += d;
      const m = buf.match(/web listening on (\S+)/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on('exit', (code) => reject(new Error(`the server exited (${code}):\n${buf}`)));
  });
  return { child, results, addr };
}

async function terminalText(page) {
  return page.$eval('.xterm-rows', (el) => el.innerText);
}

async function waitForText(page, want, ms = 10000) {
  const end = Date.now() + ms;
  let text = '';
  while (Date.now() < end) {
    text = await terminalText(page);
    if (text.includes(want)) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`"${want}" never showed; the terminal:\n${text}`);
}

for (const [name, viewport] of [
  ['phone', { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
  ['laptop', { width: 1280, height: 800 }],
]) {
  test(`${name} ${viewport.width}x${viewport.height}: join from the link, play to the ending with the buttons`, { timeout: 60000 }, async () => {
    assert.ok(existsSync(bin), `no binary at ${bin}: run cargo build first`);
    assert.ok(existsSync(chromium), `no Chromium at ${chromium}: apt-get install chromium`);
    mkdirSync(out, { recursive: true });
    const dir = miniContent();
    const server = startServer(dir);
    const browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-proxy-server', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', `--user-data-dir=${join(dir, 'chrome')}`],
    });
    try {
      const addr = await server.addr;
      const page = await browser.newPage();
      const problems = [];
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
      await page.setViewport(viewport);
      await page.goto(`http://${addr}/?code=ROOM7`, { waitUntil: 'load' });
      // The code field was filled from the link, and the game started by itself.
      assert.equal(await page.$eval('#code', (el) => el.value), 'ROOM7');
      await waitForText(page, 'A small test');
      // The terminal fits the page's width, and has at least the game's 60 columns.
      const fits = await page.evaluate(() => {
        const t = document.querySelector('.xterm-screen').getBoundingClientRect();
        return { width: t.width, page: document.documentElement.clientWidth };
      });
      assert.ok(fits.width <= fits.page, `terminal ${fits.width}px in a page of ${fits.page}px`);
      // Every key button has a label for assistive tools, and the text is in the accessibility tree.
      const labels = await page.$$eval('#keys button', (bs) => bs.map((b) => b.getAttribute('aria-label')));
      assert.equal(labels.length, 9);
      assert.ok(labels.every((l) => l && l.length > 1), labels.join(', '));
      await page.screenshot({ path: join(out, `${name}-title.png`) });

      const press = async (key) => {
        if (viewport.hasTouch) await page.tap(`#keys button[data-key="${key}"]`);
        else await page.click(`#keys button[data-key="${key}"]`);
        await new Promise((r) => setTimeout(r, 150));
      };
      let text = '';
      for (let i = 0; i < 60; i++) {
        text = await terminalText(page);
        if (text.includes('What happened')) break;
        await press(i % 2 === 0 ? '1' : 'enter');
      }
      assert.ok(text.includes('What happened'), `never reached the debrief:\n${text}`);
      // Screen-reader mode: the same text is in the accessibility tree, for assistive tools.
      let tree = '';
      for (let i = 0; i < 30 && !tree.includes('What happened'); i++) {
        tree = await page.$eval('.xterm-accessibility-tree', (el) => `${el.children.length} rows: ${el.textContent}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.ok(tree.includes('What happened'), `the accessibility tree:\n${tree}`);
      await page.screenshot({ path: join(out, `${name}-debrief.png`) });
      await press('down');
      await press('leave');

      const end = Date.now() + 10000;
      while (!(existsSync(server.results) && readFileSync(server.results, 'utf8').trim()) && Date.now() < end) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const records = readFileSync(server.results, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      assert.equal(records.length, 1);
      assert.equal(records[0].scenario, 'mini');
      assert.equal(records[0].finished, true);
      assert.deepEqual(problems, [], 'no script errors and no CSP violations');
    } finally {
      await browser.close();
      server.child.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
