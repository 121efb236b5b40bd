// Search engines find every page and its twin: the sitemap lists every indexable built page with
// hreflang alternates for both languages, matching what each page declares in its own <head>.
import { describe, expect, it } from 'vitest';
import { declaredAlternates } from '../../src/seo/alternates.ts';
import { fileOfUrlPath, pages, readDist, siteOrigin } from './site.ts';

interface SitemapUrl {
  loc: string;
  links: Array<{ lang: string; href: string }>;
}

function sitemapUrls(): SitemapUrl[] {
  const index = readDist('sitemap-index.xml');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) => new URL(loc).pathname);
  expect(sitemaps.length, 'sitemap-index.xml lists no sitemap').toBeGreaterThan(0);
  return sitemaps.flatMap((path) =>
    [...readDist(path.slice(1)).matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body = '']) => ({
      loc: /<loc>([^<]+)<\/loc>/.exec(body)?.[1] ?? '',
      links: [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(([, lang = '', href = '']) => ({ lang, href })),
    })),
  );
}

/** Pages that are not for search engines: error pages and chart embeds (shown inside other sites). */
const indexable = pages().filter((p) => p.type !== '404' && p.type !== 'embed');

describe('sitemap', () => {
  const urls = sitemapUrls();
  const byLoc = new Map(urls.map((u) => [u.loc, u]));

  it('lists every indexable built page, and nothing else', () => {
    const expected = indexable.map((p) => new URL(p.urlPath, siteOrigin()).href).sort();
    expect(urls.map((u) => u.loc).sort()).toEqual(expected);
  });

  it('lists only URLs of built pages on the site origin', () => {
    const missing = urls.filter((u) => !u.loc.startsWith(siteOrigin()) || !fileOfUrlPath(new URL(u.loc).pathname));
    expect(missing.map((u) => u.loc)).toEqual([]);
  });

  it('gives every page its vi and en alternates, as the page itself declares them, pointing back both ways', () => {
    const problems: string[] = [];
    for (const page of indexable) {
      const loc = new URL(page.urlPath, siteOrigin()).href;
      const entry = byLoc.get(loc);
      if (!entry) continue;
      const langs = new Map(entry.links.map((l) => [l.lang, l.href]));
      if (langs.get(page.lang) !== loc) problems.push(`${loc}: its ${page.lang} alternate is ${langs.get(page.lang)}, not itself`);
      const otherLang = page.lang === 'vi' ? 'en' : 'vi';
      const twin = langs.get(otherLang);
      if (!twin) {
        problems.push(`${loc}: no ${otherLang} alternate`);
        continue;
      }
      if (!byLoc.has(twin)) problems.push(`${loc}: ${otherLang} alternate ${twin} is not in the sitemap`);
      const back = byLoc.get(twin)?.links.find((l) => l.lang === page.lang)?.href;
      if (back !== loc) problems.push(`${loc}: its twin ${twin} points back to ${back}`);
      const declared = declaredAlternates(readDist(page.file)).map((a) => `${a.lang} ${a.url}`).sort();
      const listed = entry.links.map((l) => `${l.lang} ${l.href}`).sort();
      if (declared.join('|') !== listed.join('|')) problems.push(`${loc}: sitemap alternates ${listed.join(', ')} differ from the page's <head>: ${declared.join(', ')}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('declaredAlternates', () => {
  it('reads hreflang alternates from the head only, in order, one per language', () => {
    const html = `<html><head>
      <link rel="alternate" hreflang="vi" href="https://x.vn/du-lieu/">
      <link href="https://x.vn/en/data/" rel="alternate" hreflang="en">
      <link rel="alternate" type="application/atom+xml" href="/feed.xml">
      <link rel="alternate" hreflang="en" href="https://x.vn/duplicate/">
    </head><body><link rel="alternate" hreflang="fr" href="https://x.vn/fr/"></body></html>`;
    expect(declaredAlternates(html)).toEqual([
      { lang: 'vi', url: 'https://x.vn/du-lieu/' },
      { lang: 'en', url: 'https://x.vn/en/data/' },
    ]);
  });
});
