// Downloads are served with the right content type and bytes: CSV (UTF-8 with a BOM, so Excel shows
// Vietnamese), JSON, the zip of everything, the data package and chart images; every download a page
// links to works, and every dataset page links to its CSV.
import { describe, expect, it } from 'vitest';
import { liveSite } from './live-site.ts';
import { parseTags } from '../quality/html.ts';
import { referencesIn } from '../quality/references.ts';
import { distFiles, pages, readDist, siteOrigin, urlPathOf } from '../quality/site.ts';
import { loadData } from '../../src/data/load.ts';

const live = liveSite();

const BOM = [0xef, 0xbb, 0xbf];

/** What each kind of download must be: content type and how its first bytes look. */
const expectations: Array<{ test: RegExp; type: RegExp; bytes: (b: Buffer) => boolean; what: string }> = [
  { test: /\.csv$/, type: /^text\/csv/, bytes: (b) => BOM.every((x, i) => b[i] === x), what: 'CSV starting with the UTF-8 BOM' },
  { test: /\.json$/, type: /^application\/json/, bytes: (b) => JSON.parse(b.toString('utf8')) !== null, what: 'JSON that parses' },
  { test: /\.zip$/, type: /^application\/zip/, bytes: (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])), what: 'a zip (PK\\3\\4)' },
  { test: /\.svg$/, type: /^image\/svg\+xml/, bytes: (b) => /^(\uFEFF)?(<\?xml[^>]*>\s*)?<svg[\s>]/.test(b.toString('utf8')), what: 'an SVG document' },
  { test: /\.png$/, type: /^image\/png/, bytes: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), what: 'a PNG' },
];

/** Every download URL path the site links to from its pages (data, data package, chart images). */
function linkedDownloads(): Map<string, string> {
  const found = new Map<string, string>();
  const origin = siteOrigin();
  for (const page of pages()) {
    for (const ref of referencesIn(parseTags(readDist(page.file)))) {
      if (ref.tag.name !== 'a') continue;
      const url = new URL(ref.url, new URL(urlPathOf(page.file), origin));
      if (url.origin !== origin) continue;
      if (/^\/(data\/|charts\/|datapackage\.json$)/.test(url.pathname) && !found.has(url.pathname)) found.set(url.pathname, page.file);
    }
  }
  return found;
}

async function fetchAll(paths: string[]): Promise<string[]> {
  const context = await live.browser.newContext();
  const problems: string[] = [];
  for (const path of paths) {
    const response = await context.request.get(live.site.origin + path);
    const kind = expectations.find((e) => e.test.test(path));
    if (response.status() !== 200) {
      problems.push(`${path}: HTTP ${response.status()}`);
      continue;
    }
    if (!kind) continue;
    const type = response.headers()['content-type'] ?? '';
    const body = await response.body();
    if (!kind.type.test(type)) problems.push(`${path}: content type ${type}, expected ${kind.type}`);
    let ok = false;
    try {
      ok = kind.bytes(body);
    } catch {
      ok = false;
    }
    if (!ok) problems.push(`${path}: not ${kind.what}`);
  }
  await context.close();
  return problems;
}

describe('downloads', () => {
  it('every dataset has /data/<id>.csv and .json, and there is the zip and /datapackage.json', async () => {
    const ids = loadData().datasets.map((d) => d.meta.id);
    const paths = [...ids.flatMap((id) => [`/data/${id}.csv`, `/data/${id}.json`]), '/data/all-datasets.zip', '/datapackage.json'];
    expect(await fetchAll(paths)).toEqual([]);
  });

  it('every chart image in /charts/ is served as SVG or PNG with the right bytes', async () => {
    const images = distFiles().filter((f) => /^charts\/[^/]+\.(svg|png)$/.test(f)).map((f) => `/${f}`);
    expect(await fetchAll(images)).toEqual([]);
  });

  it('every download linked from a page works', async () => {
    const linked = linkedDownloads();
    const problems = await fetchAll([...linked.keys()]);
    expect(problems.map((p) => `${p} (linked from ${linked.get(p.split(':')[0] ?? '')})`)).toEqual([]);
  });

  it('every dataset page links to its CSV download', () => {
    const problems: string[] = [];
    for (const page of pages().filter((p) => p.type === 'dataset')) {
      const id = page.urlPath.split('/').filter(Boolean).at(-1);
      const hrefs = parseTags(readDist(page.file)).filter((t) => t.name === 'a').map((t) => t.attrs.get('href'));
      if (!hrefs.includes(`/data/${id}.csv`)) problems.push(`${page.file}: no link to /data/${id}.csv`);
    }
    expect(problems).toEqual([]);
  });
});
