// Byte budgets (deterministic: bytes, not timings). A page's JavaScript is what it loads when it opens:
// <script src>, modulepreload links and their static imports; code fetched later by a dynamic import()
// (e.g. the search index, on the first query) is not page-load JavaScript. Sizes are gzip level 9.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { attr, builtPages, fileFor, readBuilt, tags, type BuiltPage } from './dist.ts';

const KB = 1024;
const JS_BUDGET = 10 * KB;
const DATASET_PAGE_BUDGET = 60 * KB;

const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

function local(url: string, base: string, what: string): string {
  const resolved = new URL(url, `https://site.invalid${base}`);
  if (resolved.origin !== 'https://site.invalid') throw new Error(`${what} ${url} is loaded from another origin`);
  const file = fileFor(resolved.pathname);
  if (!file) throw new Error(`${what} ${url} (from ${base}) is not in the built site`);
  return file;
}

/** JavaScript files a page loads on opening, following static imports. */
function scriptsOf(p: BuiltPage): Set<string> {
  const entries = [
    ...tags(p.html, 'script').map((s) => attr(s, 'src')).filter((s): s is string => s !== undefined),
    ...tags(p.html, 'link').filter((l) => attr(l, 'rel') === 'modulepreload').map((l) => attr(l, 'href')!),
  ];
  const seen = new Set<string>();
  const queue = entries.map((u) => local(u, p.path, 'script'));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readBuilt(file).toString('utf8');
    // Static imports only: `import x from"./a.js"`, `import"./a.js"`, `export*from"./a.js"` (not `import("…")`).
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g)) {
      queue.push(local(m[1]!, `/${file}`, 'imported script'));
    }
  }
  return seen;
}

function stylesOf(p: BuiltPage): Set<string> {
  return new Set(tags(p.html, 'link').filter((l) => attr(l, 'rel') === 'stylesheet').map((l) => local(attr(l, 'href')!, p.path, 'stylesheet')));
}

/** Images and fonts: <img>, icons, SVG <image>, and url() in the page's stylesheets. */
function mediaOf(p: BuiltPage, styles: Set<string>): Set<string> {
  const urls: { url: string; base: string }[] = [
    ...tags(p.html, 'img').map((i) => ({ url: attr(i, 'src')!, base: p.path })),
    ...tags(p.html, 'image').map((i) => ({ url: attr(i, 'href') ?? '', base: p.path })),
    ...tags(p.html, 'link').filter((l) => /icon/.test(attr(l, 'rel') ?? '')).map((l) => ({ url: attr(l, 'href')!, base: p.path })),
    ...[...styles].flatMap((css) =>
      [...readBuilt(css).toString('utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => ({ url: m[1]!, base: `/${css}` })),
    ),
  ];
  return new Set(urls.filter((u) => u.url !== '' && !u.url.startsWith('data:') && !u.url.startsWith('#')).map((u) => local(u.url, u.base, 'image')));
}

const sum = (files: Iterable<string>) => [...files].reduce((n, f) => n + gzipSize(readBuilt(f)), 0);

describe('byte budgets', () => {
  const pages = builtPages();

  it(`every page loads at most ${JS_BUDGET / KB} KB of JavaScript (gzip)`, () => {
    const over = pages.map((p) => ({ page: p.path, js: sum(scriptsOf(p)) })).filter((r) => r.js > JS_BUDGET);
    expect(over).toEqual([]);
  });

  it(`a dataset page with everything it loads is at most ${DATASET_PAGE_BUDGET / KB} KB (gzip)`, () => {
    const datasetPages = pages.filter((p) => /^\/(en\/)?datasets\/[^/]+\/$/.test(p.path));
    expect(datasetPages.length).toBeGreaterThan(0);
    const sizes = datasetPages.map((p) => {
      const styles = stylesOf(p);
      const total = gzipSize(readBuilt(p.file)) + sum(styles) + sum(scriptsOf(p)) + sum(mediaOf(p, styles));
      return { page: p.path, total };
    });
    expect(sizes.filter((s) => s.total > DATASET_PAGE_BUDGET)).toEqual([]);
  });

  it('counts what a dataset page really loads (the measurement is not empty)', () => {
    const p = pages.find((x) => x.path === '/datasets/job-creation/')!;
    const styles = stylesOf(p);
    expect(styles.size).toBeGreaterThan(0);
    expect(mediaOf(p, styles).size).toBeGreaterThan(0); // the favicon at least
    expect(gzipSize(readBuilt(p.file))).toBeGreaterThan(1000);
  });
});
