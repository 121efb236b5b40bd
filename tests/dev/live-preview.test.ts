// `npm run dev` as staff use it: `astro dev` serving a temporary copy of the site, a real Chromium on a
// dataset page. A CSV edit shows at once (the open tab reloads by itself, no restart); a broken cell
// shows Astro's error page with the same bilingual message `npm run validate` prints, and so does the
// terminal; the corrected cell brings the page back. The real data/ is never touched.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateData } from '../../src/data/load.ts';
import { formatProblem } from '../../src/data/problems.ts';
import { formatFigure, formatNumber } from '../../src/i18n/format.ts';
import { launchChromium } from '../e2e/browser.ts';

const ROOT = resolve('.');
const site = mkdtempSync(join(tmpdir(), 'tbpn-dev-'));
const DATASET = 'labour-export';
const csvPath = join(site, 'data', `${DATASET}.csv`);

/** The site's code, content and data; the packages linked one by one so Vite's caches stay in the copy. */
function copySite(): void {
  for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, f), join(site, f));
  for (const d of ['src', 'data', 'public', 'content']) cpSync(join(ROOT, d), join(site, d), { recursive: true });
  mkdirSync(join(site, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(name)) symlinkSync(join(ROOT, 'node_modules', name), join(site, 'node_modules', name));
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().once('error', fail).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** The figure the test edits: the headline series' latest actual figure (a CSV line and its value). */
function target() {
  const dataset = validateData(site).data.datasets.find((d) => d.meta.id === DATASET)!;
  const figure = dataset.figures
    .filter((f) => f.measure === dataset.meta.headline!.measure && f.status === 'actual')
    .reduce((a, b) => (b.year > a.year ? b : a));
  return { dataset, figure, line: readFileSync(csvPath, 'utf8').split('\n')[figure.line - 1]! };
}

/** Replaces the value cell of one CSV line. */
function setValue(line: string, value: string): string {
  const cells = line.split(',');
  const next = [...cells.slice(0, 3), value, ...cells.slice(4)].join(',');
  const text = readFileSync(csvPath, 'utf8');
  const current = text.split('\n').find((l) => l.split(',').slice(0, 3).join(',') === cells.slice(0, 3).join(','))!;
  writeFileSync(csvPath, text.replace(current, next));
  return next;
}

let server: ChildProcess;
let edit: ReturnType<typeof target>;
let output = '';
let base = '';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  copySite();
  edit = target();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // As staff run it: without the test runner's variables (under VITEST or NODE_ENV=test, astro dev serves no pages).
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV'));
  server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: site,
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 180_000;
  for (;;) {
    const ok = await fetch(`${base}/datasets/${DATASET}/`, { signal: AbortSignal.timeout(60_000) }).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`astro dev did not start:\n${output.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  browser = await launchChromium();
  page = await browser.newPage();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(site, { recursive: true, force: true });
});

const shows = (text: string) => page.waitForFunction((t) => document.body.innerText.includes(t), text, { timeout: 45_000 });
const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The text of Astro's error overlay (a custom element whose content is in its shadow root), styles left out. */
const overlayText = () => page.evaluate(() => {
  const root = document.querySelector('vite-error-overlay')?.shadowRoot;
  if (!root) return '';
  const copy = document.createElement('div');
  copy.append(...[...root.childNodes].map((n) => n.cloneNode(true)));
  copy.querySelectorAll('style, script').forEach((n) => n.remove());
  return copy.textContent ?? '';
});

/** A page as the server renders it now, as text, asked until it contains `expected` (the edit reaches it). */
async function served(path: string, expected: string): Promise<string> {
  let text = '';
  await expect.poll(async () => {
    text = squash((await (await fetch(`${base}${path}`)).text()).replace(/<[^>]+>/g, ' '));
    return text;
  }, { timeout: 45_000, interval: 500 }).toContain(expected);
  return text;
}

describe('npm run dev', () => {
  it('shows a data edit at once: the open page reloads by itself with the new figure', async () => {
    const { figure, line } = edit;
    const edited = figure.value + 1;
    await page.goto(`${base}/en/datasets/${DATASET}/`);
    expect(await page.innerText('body')).toContain(formatNumber(figure.value, 'en'));
    expect(await page.innerText('body')).not.toContain(formatNumber(edited, 'en'));
    setValue(line, String(edited));
    expect(validateData(site).problems, 'the edit itself must be valid').toEqual([]);
    await shows(formatNumber(edited, 'en'));
  }, 60_000);

  it('shows a broken cell as the bilingual message, on the page and in the terminal', async () => {
    const { figure, line } = edit;
    const edited = figure.value + 1;
    const typed = `${Math.floor(edited / 1000)}.${String(edited % 1000).padStart(3, '0')}`;
    setValue(line, typed);
    const problems = validateData(site).problems;
    expect(problems.map((p) => p.code)).toEqual(['thousands-separator']);
    const [where, vi, en] = formatProblem(problems[0]!).split('\n').map((l) => l.trim()) as [string, string, string];
    expect(where).toContain(`data/${DATASET}.csv:${figure.line}:`);
    await expect.poll(async () => squash(await overlayText()), { timeout: 45_000, interval: 500 }).toContain(en.replace(/^en: /, ''));
    const shown = squash(await overlayText());
    for (const text of [where, vi.replace(/^vi: /, ''), 'Dữ liệu có 1 lỗi', 'The data has 1 error']) expect(shown).toContain(text);
    for (const text of [where, vi, en]) expect(output).toContain(text);
    expect(output).not.toMatch(/^\s+at .*data\/load\.ts/m);
  }, 60_000);

  it('shows the page again once the cell is corrected', async () => {
    const { figure, line } = edit;
    const edited = figure.value + 1;
    setValue(line, String(edited + 1));
    await shows(formatNumber(edited + 1, 'en'));
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
  }, 60_000);

  it('keeps the latest actual figure on the home page and lists a newer estimate apart, labelled', async () => {
    const { figure } = edit;
    const edited = figure.value + 1;
    const rows = readFileSync(csvPath, 'utf8').split('\n');
    const cells = rows[figure.line - 1]!.split(',');
    // A year after every figure of this series, whatever its status (the data may already hold later estimates).
    const years = rows.map((r) => r.split(',')).filter((c) => c[1] === cells[1] && c[2] === cells[2]).map((c) => Number(c[0]));
    const next = Math.max(...years) + 1;
    appendFileSync(csvPath, `${[next, cells[1], cells[2], edited + 5000, 'about', 'estimate', ...cells.slice(6)].join(',')}\n`);
    expect(validateData(site).problems, 'the added row must be valid').toEqual([]);
    const later = `${next} (estimate): about ${formatNumber(edited + 5000, 'en')}`;
    const home = await served('/en/', later);
    const card = home.slice(home.indexOf(edit.dataset.meta.title.en), home.indexOf(later) + later.length);
    const measure = edit.dataset.meta.measures.find((m) => m.id === figure.measure)!;
    expect(card).toContain(formatFigure({ ...figure, value: edited + 1 }, measure, 'en'));
    expect(card).toContain(`${figure.year} (actual)`);
    expect(card).toContain('Newer, not actual results:');
  }, 60_000);
});
