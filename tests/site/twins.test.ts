// Every page has its twin in the other language, declares both in hreflang alternates, and its
// language switcher lands on that twin (which points back).
import { describe, expect, it } from 'vitest';
import { attr, builtPages, fileFor, tags, type BuiltPage } from './dist.ts';

const pathOf = (href: string) => new URL(href, 'https://site.invalid').pathname;

function switcher(p: BuiltPage): string {
  const links = tags(p.html, 'a').filter((a) => a.includes('data-lang-switch'));
  expect(links, `${p.path}: exactly one language switcher`).toHaveLength(1);
  return attr(links[0]!, 'href')!;
}

describe('language twins', () => {
  const pages = builtPages();

  it('covers both languages', () => {
    expect(pages.filter((p) => p.lang === 'vi').length).toBeGreaterThan(10);
    expect(pages.filter((p) => p.lang === 'en').length).toBe(pages.filter((p) => p.lang === 'vi').length);
  });

  it('marks every page with its language in <html lang>', () => {
    const wrong = pages.filter((p) => !new RegExp(`<html[^>]*\\slang="${p.lang}"`).test(p.html)).map((p) => p.path);
    expect(wrong).toEqual([]);
  });

  it('declares hreflang alternates for both languages, itself and its twin', () => {
    for (const p of pages) {
      const alternates = tags(p.html.split('</head>')[0]!, 'link').filter((l) => attr(l, 'rel') === 'alternate' && attr(l, 'hreflang'));
      const byLang = Object.fromEntries(alternates.map((l) => [attr(l, 'hreflang'), pathOf(attr(l, 'href')!)]));
      expect(byLang[p.lang], `${p.path}: alternate for its own language`).toBe(p.path);
      const other = p.lang === 'vi' ? 'en' : 'vi';
      expect(byLang[other], `${p.path}: alternate for ${other}`).toBeDefined();
      expect(fileFor(byLang[other]!), `${p.path}: twin ${byLang[other]} is built`).toBeDefined();
    }
  });

  it('has a language switcher that lands on the twin, which switches back', () => {
    const byPath = new Map(pages.map((p) => [p.path, p]));
    for (const p of pages) {
      const target = switcher(p);
      const twin = byPath.get(target);
      expect(twin, `${p.path}: switcher target ${target} is a built page`).toBeDefined();
      expect(twin!.lang, `${p.path} → ${target}`).not.toBe(p.lang);
      expect(switcher(twin!), `${target} switches back to ${p.path}`).toBe(p.path);
    }
  });

  it('gives English twins the same slug after /en/', () => {
    const vi = pages.filter((p) => p.lang === 'vi' && p.path !== '/404.html').map((p) => p.path);
    const missing = vi.filter((path) => !fileFor(`/en${path}`));
    expect(missing).toEqual([]);
  });
});
