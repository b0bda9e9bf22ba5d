// The room's report page in a real browser: `redflag report --format html` of a demo room's records
// (tests/fixtures/records/demo-room.jsonl, from scripts/demo-room.py) in Debian's headless Chromium, driven by
// puppeteer-core. A screenshot at 1280x800 (a projector's size; docs/report-page.png is this picture) and a print
// to PDF on A4 and on US Letter go to tests/browser/out/. No chart may be cut across two printed pages: every chart
// must be whole on one page of the PDF (read back with poppler's pdftotext when it is there), and the print styles
// must keep charts and their figures whole. The live page that `redflag serve` shows at /report must run its one
// inline script under its policy and poll for new records. Run: `npm test` here after `cargo build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, copyFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const bin = process.env.REDFLAG_BIN || join(process.env.CARGO_TARGET_DIR || join(repo, 'target'), 'debug', 'redflag');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const out = join(here, 'out');
const fixture = join(repo, 'tests', 'fixtures', 'records', 'demo-room.jsonl');
const env = { ...process.env, LANG: 'C', LC_ALL: 'C' };

// CSS pixels (96 a inch) of the paper the page's @page margins leave (14 mm each side, 14 mm top, 16 mm bottom).
const mm = 96 / 25.4;
const papers = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } };

async function launch(dir) {
  return puppeteer.launch({
    executablePath: chromium,
    headless: true,
    // No proxy, whatever the machine's settings: the test's traffic stays on this machine, and a proxy in between
    // would also make the server see a forwarded request.
    args: ['--no-sandbox', '--disable-gpu', '--no-proxy-server', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--hide-scrollbars', `--user-data-dir=${join(dir, 'chrome')}`],
  });
}

function watch(page) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console: ${m.text()}`); });
  return problems;
}

// Text with every space taken out: pdftotext and the DOM break lines and space runs differently.
const squeeze = (s) => s.replace(/\s+/g, '');

function hasPdftotext() {
  try { execFileSync('pdftotext', ['-v'], { stdio: 'ignore' }); return true; } catch { return false; }
}

test('the report page: a screenshot at 1280x800, A4 and Letter prints, no chart cut across pages', { timeout: 90000 }, async () => {
  assert.ok(existsSync(bin), `no binary at ${bin}: run cargo build first`);
  assert.ok(existsSync(chromium), `no Chromium at ${chromium}: apt-get install chromium`);
  mkdirSync(out, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'redflag-report-'));
  const html = join(out, 'report.html');
  execFileSync(bin, ['report', '--format', 'html', '-o', html, fixture], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const browser = await launch(dir);
  try {
    const page = await browser.newPage();
    const problems = watch(page);
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
    // Every chart drew, each in a figure with its reading and its table.
    const figures = await page.$$eval('figure', (fs) => fs.map((f) => ({
      id: f.id, charts: f.querySelectorAll('svg.chart').length, tables: f.querySelectorAll('table').length,
      reading: (f.querySelector('.reading') || {}).textContent || '',
    })));
    assert.deepEqual(figures.map((f) => f.id), ['endings', 'flags-chart', 'quiz-auc', 'quiz-dprime', 'quiz-criterion', 'quiz-forms']);
    for (const f of figures) {
      assert.ok(f.charts >= 1 && f.tables === 1 && f.reading.length > 20, JSON.stringify(f));
    }
    const auc = figures.find((f) => f.id === 'quiz-auc');
    assert.match(auc.reading, /0\.77 before, 0\.84 after/);
    await page.screenshot({ path: join(out, 'report-page.png') });

    // Print: every chart keeps itself whole, and so does every figure of one chart; each fits a page.
    await page.emulateMediaType('print');
    for (const [name, paper] of Object.entries(papers)) {
      const width = Math.floor((paper.width - 28) * mm);
      const height = Math.floor((paper.height - 30) * mm);
      await page.setViewport({ width, height });
      const boxes = await page.$$eval('svg.chart', (svgs) => svgs.map((s) => {
        const f = s.closest('figure');
        return {
          id: f.id, height: s.getBoundingClientRect().height, chart: getComputedStyle(s).breakInside,
          figure: getComputedStyle(f).breakInside, parts: f.classList.contains('parts'),
          figureHeight: f.getBoundingClientRect().height,
        };
      }));
      for (const b of boxes) {
        assert.equal(b.chart, 'avoid', `${name}: ${JSON.stringify(b)}`);
        assert.ok(b.height <= height, `${name}: a chart taller than a page is cut whatever the styles: ${JSON.stringify(b)}`);
        if (!b.parts) assert.equal(b.figure, 'avoid', `${name}: ${JSON.stringify(b)}`);
      }
      const pdf = await page.pdf({ format: name, printBackground: true });
      const path = join(out, `report-${name}.pdf`);
      writeFileSync(path, pdf);
      assert.equal(Buffer.from(pdf.subarray(0, 5)).toString(), '%PDF-');
      if (!hasPdftotext()) {
        console.log(`pdftotext not found (apt-get install poppler-utils): ${name} not read back`);
        continue;
      }
      // Read the PDF back: every chart's words must all be on one page.
      const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']).toString().split('\f').map(squeeze);
      assert.ok(pages.length >= 2, `${name}: ${pages.length} page(s)`);
      const charts = await page.$$eval('svg.chart', (svgs) => svgs.map((s) => ({
        id: s.closest('figure').id,
        words: [...s.querySelectorAll('text')].map((t) => t.textContent.trim()).filter((t) => t),
      })));
      for (const c of charts) {
        const words = c.words.map(squeeze);
        const on = pages.findIndex((p) => words.every((w) => p.includes(w)));
        const missing = words.filter((w) => !pages.some((p) => p.includes(w)));
        assert.deepEqual(missing, [], `${name}: words of ${c.id} not in the PDF at all`);
        assert.ok(on >= 0, `${name}: the chart ${c.id} is cut across pages: ${words.join(' | ')}`);
      }
      console.log(`${name}: ${pages.length - 1} page(s), ${charts.length} charts each whole on a page: ${path}`);
    }
    assert.deepEqual(problems, [], 'no script errors and no policy violations');
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

// The same small content as the Rust tests (tests/common/mod.rs `mini`).
function miniContent() {
  const dir = mkdtempSync(join(tmpdir(), 'redflag-live-'));
  const copy = (from, to) => { mkdirSync(dirname(join(dir, to)), { recursive: true }); copyFileSync(join(repo, from), join(dir, to)); };
  for (const f of ['redflags.toml', 'sources.toml', 'resources.toml']) copy(`scenarios/${f}`, `scenarios/${f}`);
  for (const f of ['ui.ftl', 'report.ftl', 'meta.ftl', 'redflags.ftl', 'resources.ftl']) copy(`locales/en/${f}`, `locales/en/${f}`);
  copy('tests/fixtures/mini/scenarios/mini.toml', 'scenarios/mini.toml');
  copy('tests/fixtures/mini/locales/en/mini.ftl', 'locales/en/mini.ftl');
  return dir;
}

test('the live report page from serve runs its one script under its policy and asks for new records', { timeout: 60000 }, async () => {
  const dir = miniContent();
  const child = spawn(bin, ['--content', dir, '--country', 'KE', 'serve', '--headless', '--no-ssh', '--web', '127.0.0.1:0',
    '--code', 'ROOM7', '--facilitator-code', 'FAC123', '--max-seconds', '50', '--results', join(dir, 'room.jsonl')], {
    env: { ...env, XDG_DATA_HOME: join(dir, 'data'), XDG_CONFIG_HOME: join(dir, 'config') },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const addr = await new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${buf}`)), 20000);
    child.stderr.on('data', (d) => {
      buf += d;
      const m = buf.match(/web listening on (\S+)/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
  });
  const browser = await launch(dir);
  try {
    const page = await browser.newPage();
    const problems = watch(page);
    const polls = [];
    page.on('request', (r) => { if (r.method() === 'HEAD') polls.push(r.url()); });
    await page.setViewport({ width: 1280, height: 800 });
    // With the facilitator code, as the projector's own computer opens it: whether a browser on this machine counts
    // as local depends on how the machine routes loopback (tests/web.rs and the unit tests cover that rule).
    const res = await page.goto(`http://${addr}/report?facilitator=FAC123`, { waitUntil: 'load' });
    assert.equal(res.status(), 200, `the report page was refused: ${await res.text()}`);
    assert.match(await page.title(), /What the room learned/);
    const end = Date.now() + 10000;
    while (polls.length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
    assert.ok(polls.length > 0 && new URL(polls[0]).pathname === '/report', `the page asked for its version: ${polls}`);
    assert.deepEqual(problems, [], 'the inline script ran: no policy violation');
  } finally {
    await browser.close();
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
