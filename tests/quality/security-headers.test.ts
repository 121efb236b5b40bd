// The host's security headers (public/_headers) and the built HTML agree: a strict CSP with no
// 'unsafe-inline' for scripts or styles, no inline script or style without a matching hash, no
// on*= handlers, and nothing loaded from another origin.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describe as describeTag, parseTags } from './html.ts';
import { headersFor, parseCsp, parseHeadersFile } from './headers-file.ts';
import { referencesIn } from './references.ts';
import { distDir, distFiles, htmlFiles, pages, readDist, siteOrigin, urlPathOf } from './site.ts';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const cspOf = (path: string) => parseCsp(headersFor(rules, path).get('Content-Security-Policy') ?? '');
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Netlify's semantics: a later matching rule's header replaces an earlier one; `!` lines do not exist. */
function netlifyHeadersFor(path: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules.filter((r) => headersFor([r], path).size > 0 || r.detach.length > 0)) {
    const own = headersFor([{ ...rule, detach: [] }], path);
    for (const [name, value] of own) result.set(name, value);
  }
  return result;
}

describe('public/_headers', () => {
  it('is copied into the built site', () => {
    expect(existsSync(join(distDir, '_headers')), 'dist/_headers is missing').toBe(true);
  });

  it('gives every page a CSP that allows scripts and styles from this site only, never inline', () => {
    const problems: string[] = [];
    for (const page of pages()) {
      const csp = cspOf(page.urlPath);
      const scripts = csp.get('script-src') ?? csp.get('default-src');
      const styles = csp.get('style-src') ?? csp.get('default-src');
      if (!scripts) problems.push(`${page.urlPath}: no script-src`);
      if (!styles) problems.push(`${page.urlPath}: no style-src`);
      for (const [name, sources] of [['script-src', scripts], ['style-src', styles]] as const) {
        for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:']) {
          if (sources?.includes(bad)) problems.push(`${page.urlPath}: ${name} allows ${bad}`);
        }
      }
      if (csp.get('object-src')?.join(' ') !== "'none'") problems.push(`${page.urlPath}: object-src is not 'none'`);
      if (csp.get('base-uri')?.join(' ') !== "'self'") problems.push(`${page.urlPath}: base-uri is not 'self'`);
    }
    expect(problems).toEqual([]);
  });

  it('forbids framing except on embed pages, which any site may frame', () => {
    const problems: string[] = [];
    for (const page of pages()) {
      const ancestors = cspOf(page.urlPath).get('frame-ancestors')?.join(' ');
      const expected = page.type === 'embed' ? '*' : "'none'";
      if (ancestors !== expected) problems.push(`${page.urlPath}: frame-ancestors ${ancestors ?? '(none)'}, expected ${expected}`);
    }
    expect(problems).toEqual([]);
    expect(cspOf('/embed/any-chart/').get('frame-ancestors')).toEqual(['*']);
    expect(cspOf('/en/embed/any-chart/').get('frame-ancestors')).toEqual(['*']);
    expect(cspOf('/datasets/').get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('sends nosniff, a referrer policy and a permissions policy on every page', () => {
    for (const page of pages()) {
      const headers = headersFor(rules, page.urlPath);
      expect(headers.get('X-Content-Type-Options'), page.urlPath).toBe('nosniff');
      expect(headers.get('Referrer-Policy'), page.urlPath).toBe('strict-origin-when-cross-origin');
      expect(headers.get('Permissions-Policy'), page.urlPath).toMatch(/camera=\(\)/);
    }
  });

  it('means the same on Netlify (later rule wins) as on Cloudflare Pages (merge, `!` detaches)', () => {
    for (const path of ['/', '/en/', '/datasets/', '/embed/x/', '/en/embed/x/', '/data/x.csv', '/_astro/x.js']) {
      expect(Object.fromEntries(netlifyHeadersFor(path)), path).toEqual(Object.fromEntries(headersFor(rules, path)));
    }
  });
});

describe('built HTML under that policy', () => {
  it('has no inline <script> or <style> without a matching hash in the CSP', () => {
    const problems: string[] = [];
    for (const file of htmlFiles()) {
      const csp = cspOf(urlPathOf(file));
      for (const tag of parseTags(readDist(file))) {
        const type = (tag.attrs.get('type') ?? '').toLowerCase();
        // JSON-LD and other data blocks are not run, so CSP does not apply to them.
        const isDataBlock = tag.name === 'script' && type !== '' && !/^(module|text\/javascript|application\/javascript)$/.test(type);
        if (tag.name === 'script' && !tag.attrs.has('src') && !isDataBlock) {
          if (!(csp.get('script-src') ?? []).includes(sha256(tag.text ?? ''))) problems.push(`${file}: inline ${describeTag(tag)} has no matching hash in script-src`);
        }
        if (tag.name === 'style' && !(csp.get('style-src') ?? []).includes(sha256(tag.text ?? ''))) {
          problems.push(`${file}: inline ${describeTag(tag)} has no matching hash in style-src`);
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('has no on*= event handler attributes, no style="" attributes and no javascript: URLs', () => {
    const problems: string[] = [];
    for (const file of htmlFiles()) {
      for (const tag of parseTags(readDist(file))) {
        for (const [name, value] of tag.attrs) {
          if (/^on[a-z]+$/.test(name)) problems.push(`${file}: ${describeTag(tag)} has the handler ${name}="${value}"`);
          if (name === 'style') problems.push(`${file}: ${describeTag(tag)} has style="${value}" (blocked by style-src 'self'; use a class)`);
          if (/^\s*javascript:/i.test(value)) problems.push(`${file}: ${describeTag(tag)} ${name} uses javascript:`);
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('loads nothing from another origin (scripts, styles, images, frames, fonts)', () => {
    const origin = siteOrigin();
    const problems: string[] = [];
    for (const file of htmlFiles()) {
      const base = new URL(urlPathOf(file), origin);
      for (const ref of referencesIn(parseTags(readDist(file)))) {
        if (!ref.loads) continue;
        const url = new URL(ref.url, base);
        // The production origin itself is this site; anything else (CDN, fonts, analytics) is not.
        if (url.origin !== origin) problems.push(`${file}: ${describeTag(ref.tag)} loads ${ref.url}`);
      }
    }
    for (const file of distFiles().filter((f) => f.endsWith('.css'))) {
      for (const [, url = ''] of readDist(file).matchAll(/(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?\/\/[^'")\s]+)/g)) {
        if (new URL(url, origin).origin !== origin) problems.push(`${file}: CSS loads ${url}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
