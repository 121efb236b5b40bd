// Every page describes itself for search results and social previews: a unique descriptive title,
// a description, Open Graph and Twitter card meta in its language, and a preview image that exists.
import { describe, expect, it } from 'vitest';
import { decodeEntities, parseTags, type Tag } from './html.ts';
import { fileOfUrlPath, pages, readDist, siteOrigin } from './site.ts';

const ogLocale = { vi: 'vi_VN', en: 'en_US' } as const;

function metaOf(tags: Tag[]): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  for (const tag of tags.filter((t) => t.name === 'meta')) {
    const key = tag.attrs.get('property') ?? tag.attrs.get('name');
    if (!key) continue;
    meta.set(key, [...(meta.get(key) ?? []), tag.attrs.get('content') ?? '']);
  }
  return meta;
}

describe('titles, descriptions and social previews', () => {
  const all = pages();

  it('every page has Open Graph and Twitter meta in its own language', () => {
    const problems: string[] = [];
    for (const page of all) {
      const tags = parseTags(readDist(page.file));
      const meta = metaOf(tags);
      const one = (key: string) => meta.get(key)?.[0];
      const title = decodeEntities(tags.find((t) => t.name === 'title')?.text ?? '').trim();
      const need = (ok: boolean, what: string) => ok || problems.push(`${page.file}: ${what}`);
      need(Boolean(title), 'empty <title>');
      need(Boolean(one('description')), 'no meta description');
      for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:image:alt', 'twitter:title', 'twitter:description', 'twitter:image:alt']) {
        need(Boolean(one(key)), `no ${key}`);
      }
      need(one('og:title') === title, `og:title "${one('og:title')}" differs from <title> "${title}"`);
      need(one('og:description') === one('description'), 'og:description differs from the meta description');
      need(one('og:locale') === ogLocale[page.lang], `og:locale ${one('og:locale')}, expected ${ogLocale[page.lang]}`);
      need(one('og:locale:alternate') === ogLocale[page.lang === 'vi' ? 'en' : 'vi'], `og:locale:alternate ${one('og:locale:alternate')}`);
      need(one('twitter:card') === 'summary_large_image', `twitter:card ${one('twitter:card')}`);
      if (page.type !== '404') need(one('og:url') === new URL(page.urlPath, siteOrigin()).href, `og:url ${one('og:url')} is not this page`);
      for (const key of ['og:image', 'twitter:image']) {
        const url = one(key) ?? '';
        const local = url.startsWith(siteOrigin()) ? fileOfUrlPath(new URL(url).pathname) : undefined;
        need(Boolean(local), `${key} ${url} is not an image of this site`);
      }
      const feed = tags.find((t) => t.name === 'link' && t.attrs.get('type') === 'application/atom+xml');
      need(feed?.attrs.get('href') === (page.lang === 'vi' ? '/feed.xml' : '/en/feed.xml'), `feed link ${feed?.attrs.get('href')}`);
    }
    expect(all.length).toBeGreaterThan(0);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('no two pages of one language share a title (each says what it is)', () => {
    const byTitle = new Map<string, string[]>();
    for (const page of all.filter((p) => p.type !== '404')) {
      const title = decodeEntities(parseTags(readDist(page.file)).find((t) => t.name === 'title')?.text ?? '').trim();
      const key = `${page.lang}: ${title}`;
      byTitle.set(key, [...(byTitle.get(key) ?? []), page.file]);
    }
    const shared = [...byTitle].filter(([, files]) => files.length > 1).map(([title, files]) => `${title} ← ${files.join(', ')}`);
    expect(shared, shared.join('\n')).toEqual([]);
  });
});
