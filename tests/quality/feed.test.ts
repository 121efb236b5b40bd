// The Atom feeds (/feed.xml, /en/feed.xml) list the reports and every data update, link to built
// pages, and are the same on every build (dates from the data, never the build time).
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { loadChangelog } from '../../src/data/export/changelog.ts';
import { atomXml } from '../../src/seo/atom.ts';
import { reportPath } from '../../src/urls.ts';
import { publishedReports } from '../content/mdx-files.ts';
import { fileOfUrlPath, readDist, siteOrigin } from './site.ts';

interface ParsedEntry {
  id: string;
  title: string;
  link: string;
  updated: string;
  category?: string;
}

function entriesOf(xml: string): ParsedEntry[] {
  return [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, body = '']) => ({
    id: /<id>([^<]+)<\/id>/.exec(body)?.[1] ?? '',
    title: /<title>([^<]*)<\/title>/.exec(body)?.[1] ?? '',
    link: /<link rel="alternate" type="text\/html" href="([^"]+)"\/>/.exec(body)?.[1] ?? '',
    updated: /<updated>([^<]+)<\/updated>/.exec(body)?.[1] ?? '',
    category: /<category term="([^"]+)"\/>/.exec(body)?.[1],
  }));
}

describe.each([
  ['vi', 'feed.xml'],
  ['en', 'en/feed.xml'],
] as const)('Atom feed (%s)', (lang, file) => {
  const xml = readDist(file);
  const entries = entriesOf(xml);

  it('is an Atom feed in its language, pointing at itself and at the other language', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    expect(xml).toContain(`xml:lang="${lang}"`);
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${siteOrigin()}/${file}"/>`);
    expect(xml).toContain(`hreflang="${lang === 'vi' ? 'en' : 'vi'}"`);
  });

  it('has one entry per data update in the changelog, and one per published report', () => {
    const changelog = loadChangelog(loadData());
    expect(entries.filter((e) => e.category !== 'report')).toHaveLength(changelog.length);
    const reports = entries.filter((e) => e.category === 'report');
    expect(reports.map((e) => e.link).sort()).toEqual(publishedReports().map((r) => `${siteOrigin()}${reportPath(lang, r.year)}`).sort());
    for (const r of publishedReports()) expect(reports.map((e) => e.title)).toContain(r.title[lang]);
  });

  it('has unique entry ids, newest first, and every link opens a built page', () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const dates = entries.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const e of entries) {
      expect(e.title.length, e.id).toBeGreaterThan(0);
      expect(e.link.startsWith(siteOrigin()), e.link).toBe(true);
      expect(fileOfUrlPath(new URL(e.link).pathname), `${e.link} is not a built page`).toBeDefined();
    }
  });
});

describe('atomXml', () => {
  it('escapes text, dates the feed by its newest entry and never by the clock', () => {
    const xml = atomXml({
      id: 'https://x.vn/feed.xml', lang: 'vi', title: 'A & B <C>', subtitle: 's', self: 'https://x.vn/feed.xml', home: 'https://x.vn/', author: 'x',
      entries: [
        { id: 'https://x.vn/1', title: '"1"', link: 'https://x.vn/a/', updated: '2020-01-02', summary: 'a' },
        { id: 'https://x.vn/2', title: '2', link: 'https://x.vn/b/', updated: '2021-03-04', summary: 'b' },
      ],
    });
    expect(xml).toContain('<title>A &amp; B &lt;C&gt;</title>');
    expect(xml).toContain('<title>&quot;1&quot;</title>');
    expect(xml).toMatch(/<\/subtitle>\n {2}<updated>2021-03-04T00:00:00Z<\/updated>/);
  });
});
