// The built site for the site tests: pages, their language and path, and small HTML extractors.
// The HTML is Astro's own output (double-quoted attributes), so a few regular expressions suffice.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** DIST_DIR lets a run check a build made elsewhere (`astro build --outDir …`). */
export const distDir = resolve(process.env.DIST_DIR ?? 'dist');

export function requireDist(): string {
  if (!existsSync(join(distDir, 'index.html')) || !existsSync(join(distDir, 'en', 'index.html'))) {
    throw new Error(`No built site in ${distDir}: run \`npm run build\` first (npm test does it).`);
  }
  return distDir;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

export interface BuiltPage {
  file: string;
  /** The URL path a visitor uses: "/en/datasets/x/", "/404.html". */
  path: string;
  lang: 'vi' | 'en';
  html: string;
}

let cache: BuiltPage[] | undefined;

export function builtPages(): BuiltPage[] {
  requireDist();
  cache ??= walk(distDir)
    .map((f) => relative(distDir, f).split(sep).join('/'))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const path = `/${file}`.replace(/(^|\/)index\.html$/, '$1');
      const lang = path === '/en/' || path.startsWith('/en/') ? 'en' : 'vi';
      return { file, path, lang, html: readFileSync(join(distDir, file), 'utf8') } as BuiltPage;
    });
  return cache;
}

export function page(path: string): BuiltPage {
  const found = builtPages().find((p) => p.path === path);
  if (!found) throw new Error(`No built page at ${path} in ${distDir}`);
  return found;
}

/** URL path → built file, or undefined: "/en/x/" → "en/x/index.html". */
export function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!).replace(/^\//, '');
  const file = clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
  return existsSync(join(distDir, file)) ? file : undefined;
}

export const readBuilt = (file: string) => readFileSync(join(distDir, file));

export const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#x27;/g, "'").replace(/&amp;/g, '&');

/** Visible text of an HTML fragment: tags dropped, entities decoded, spaces collapsed. */
export const textOf = (html: string) => decode(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();

export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]!) : undefined;
}

/** Opening tags of an element name, e.g. tags(html, 'link'). */
export const tags = (html: string, name: string) => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);

/** The whole element (opening tag to matching close) whose opening tag contains `marker`; no nesting of the same element inside. */
export function element(html: string, name: string, marker: string): string | undefined {
  const start = html.indexOf(marker);
  if (start < 0) return undefined;
  const open = html.lastIndexOf(`<${name}`, start);
  const close = html.indexOf(`</${name}>`, start);
  return open < 0 || close < 0 ? undefined : html.slice(open, close + name.length + 3);
}

export const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
