// Bytes a built page costs a visitor, raw and gzip: its HTML, the CSS and JS it loads (following the
// JS modules' static imports), and its images.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageBytes {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  images: Bytes;
  total: Bytes;
}

const zero = (): Bytes => ({ raw: 0, gzip: 0 });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const sizeOf = (content: Buffer): Bytes => ({ raw: content.length, gzip: gzipSync(content, { level: 9 }).length });

const attrOf = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Local URL paths a page loads, by kind. */
function loadedBy(html: string): { css: string[]; js: string[]; images: string[] } {
  const css: string[] = [];
  const js: string[] = [];
  const images: string[] = [];
  for (const [tag] of html.matchAll(/<(?:link|script|img)\b[^>]*>/g)) {
    const rel = attrOf(tag, 'rel') ?? '';
    if (tag.startsWith('<link') && rel === 'stylesheet') css.push(attrOf(tag, 'href') ?? '');
    if (tag.startsWith('<link') && rel === 'modulepreload') js.push(attrOf(tag, 'href') ?? '');
    if (tag.startsWith('<link') && rel === 'icon') images.push(attrOf(tag, 'href') ?? '');
    if (tag.startsWith('<script') && attrOf(tag, 'src')) js.push(attrOf(tag, 'src') ?? '');
    if (tag.startsWith('<img') && attrOf(tag, 'src')) images.push(attrOf(tag, 'src') ?? '');
  }
  const local = (paths: string[]) => paths.filter((p) => p.startsWith('/'));
  return { css: local(css), js: local(js), images: local(images) };
}

/** A JS module and every module it imports statically (Astro bundles are ES modules in /_astro/). */
function withImports(dist: string, path: string, seen: Set<string>): void {
  if (seen.has(path) || !existsSync(join(dist, path))) return;
  seen.add(path);
  const code = readFileSync(join(dist, path), 'utf8');
  for (const [, spec = ''] of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    withImports(dist, new URL(spec, `http://x${path}`).pathname, seen);
  }
}

export function pageBytes(dist: string, htmlFile: string): PageBytes {
  const html = readFileSync(join(dist, htmlFile));
  const loads = loadedBy(html.toString('utf8'));
  const sum = (paths: Iterable<string>) =>
    [...new Set(paths)].filter((p) => existsSync(join(dist, p))).reduce((acc, p) => add(acc, sizeOf(readFileSync(join(dist, p)))), zero());
  const js = new Set<string>();
  for (const path of loads.js) withImports(dist, path, js);
  const result = { html: sizeOf(html), css: sum(loads.css), js: sum(js), images: sum(loads.images) };
  return { ...result, total: [result.html, result.css, result.js, result.images].reduce(add, zero()) };
}
