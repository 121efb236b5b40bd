// The built site as tests see it: which HTML pages exist, their URL paths, language and page type.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pageTypeOf, type PageType } from '../../src/seo/page-types.ts';
import { langOfPath } from '../../src/urls.ts';
import type { Lang as PageLang } from '../../src/i18n/ui.ts';

export { langOfPath, pageTypeOf, type PageLang, type PageType };

/** The built site; DIST_DIR lets a run check a build made elsewhere (e.g. `astro build --outDir`). */
export const distDir = resolve(process.env.DIST_DIR ?? 'dist');

/** Fails with a message a person can act on when the site has not been built. */
export function requireDist(): string {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No built site at ${distDir}: run \`npm run build\` first (npm test does it).`);
  }
  return distDir;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** Every file of the built site, as paths relative to dist with forward slashes, sorted. */
export function distFiles(): string[] {
  requireDist();
  return walk(distDir)
    .map((f) => relative(distDir, f).split(sep).join('/'))
    .sort();
}

/** Every built HTML page (relative paths), sorted: the gates iterate over these, never a fixed list. */
export function htmlFiles(): string[] {
  return distFiles().filter((f) => f.endsWith('.html'));
}

export function readDist(file: string): string {
  return readFileSync(join(distDir, file), 'utf8');
}

/** dist-relative file → the URL path a visitor uses: `datasets/x/index.html` → `/datasets/x/`. */
export function urlPathOf(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/** URL path → dist-relative file, or undefined if the path names no built file. */
export function fileOfUrlPath(urlPath: string): string | undefined {
  const path = decodeURIComponent(urlPath).replace(/^\//, '');
  const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path];
  return candidates.find((c) => existsSync(join(distDir, c)));
}

export interface Page {
  file: string;
  urlPath: string;
  lang: PageLang;
  type: PageType;
}

export function pages(): Page[] {
  return htmlFiles().map((file) => {
    const urlPath = urlPathOf(file);
    return { file, urlPath, lang: langOfPath(urlPath), type: pageTypeOf(urlPath) };
  });
}

/** One page of each type per language (the first in path order), for the slower browser checks. */
export function onePagePerType(): Page[] {
  const seen = new Set<string>();
  return pages().filter((p) => {
    const key = `${p.lang}:${p.type}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The production origin from astro.config.mjs `site`: absolute links to it are internal links. */
export function siteOrigin(): string {
  const config = readFileSync('astro.config.mjs', 'utf8');
  const site = /\bsite:\s*['"]([^'"]+)['"]/.exec(config)?.[1];
  if (!site) throw new Error('astro.config.mjs has no `site`: absolute URLs (sitemap, og:url) need it.');
  return new URL(site).origin;
}
