// The URL module: every path the site produces. Published URLs never change, so each builder is pinned.
import { describe, expect, it } from 'vitest';
import type { Source } from '../src/data/schemas/sources.ts';
import * as urls from '../src/urls.ts';

const source = (over: Partial<Source>): Source => ({
  id: 'doc', kind: 'primary', issuer: { vi: 'a', en: 'a' }, title: { vi: 't', en: 't' }, ...over,
});

describe('languages in paths', () => {
  it('keep Vietnamese unprefixed and English under /en/ with the same slug', () => {
    expect(urls.localePrefix('vi')).toBe('');
    expect(urls.localePrefix('en')).toBe('/en');
    expect(urls.localePath('vi', '/datasets/labour-export/')).toBe('/datasets/labour-export/');
    expect(urls.localePath('en', '/datasets/labour-export/')).toBe('/en/datasets/labour-export/');
    expect(urls.localePath('en', '/en/datasets/labour-export/')).toBe('/en/datasets/labour-export/');
    expect(urls.localePath('vi', '/en/')).toBe('/');
    expect(urls.localePath('en', '/')).toBe('/en/');
    expect(urls.localePath('en', '/sources/x/#section-i-2-1')).toBe('/en/sources/x/#section-i-2-1');
  });

  it('give the twin of a page in the other language', () => {
    expect(urls.twinPath('vi', '/datasets/job-creation/')).toBe('/en/datasets/job-creation/');
    expect(urls.twinPath('en', '/en/datasets/job-creation/')).toBe('/datasets/job-creation/');
    expect(urls.twinPath('en', '/en/')).toBe('/');
    expect(urls.twinPath('vi', '/')).toBe('/en/');
  });

  it('read the language of a path, not mistaking one that merely starts with "en" for English', () => {
    expect(urls.splitLocale('/enrolment/')).toEqual({ lang: 'vi', path: '/enrolment/' });
    expect(urls.splitLocale('/en/enrolment/')).toEqual({ lang: 'en', path: '/enrolment/' });
    expect(urls.splitLocale('/en')).toEqual({ lang: 'en', path: '/' });
    expect(urls.langOfPath('/en/report/')).toBe('en');
    expect(urls.langOfPath('/report/')).toBe('vi');
    expect(urls.langOfPath('/english/')).toBe('vi');
  });

  it('map a language to the [...lang] route parameter and back', () => {
    expect(urls.langParam('vi')).toBeUndefined();
    expect(urls.langParam('en')).toBe('en');
    expect(urls.langFromParam(undefined)).toBe('vi');
    expect(urls.langFromParam('en')).toBe('en');
    expect(() => urls.langFromParam('fr')).toThrow(/fr/);
    expect(urls.localeStaticPaths()).toEqual([
      { params: { lang: undefined }, props: { lang: 'vi' } },
      { params: { lang: 'en' }, props: { lang: 'en' } },
    ]);
  });
});

describe('page paths', () => {
  it.each([
    ['home', urls.homePath('vi'), urls.homePath('en'), '/', '/en/'],
    ['catalogue', urls.cataloguePath('vi'), urls.cataloguePath('en'), '/datasets/', '/en/datasets/'],
    ['dataset', urls.datasetPath('vi', 'labour-export'), urls.datasetPath('en', 'labour-export'), '/datasets/labour-export/', '/en/datasets/labour-export/'],
    ['sources', urls.sourcesIndexPath('vi'), urls.sourcesIndexPath('en'), '/sources/', '/en/sources/'],
    ['source', urls.sourcePath('vi', 'doc-a'), urls.sourcePath('en', 'doc-a'), '/sources/doc-a/', '/en/sources/doc-a/'],
    ['source passage', urls.sourcePassagePath('vi', 'doc-a', 'II.2.3'), urls.sourcePassagePath('en', 'doc-a', 'P2.I'), '/sources/doc-a/#section-ii-2-3', '/en/sources/doc-a/#section-p2-i'],
    ['reports', urls.reportsIndexPath('vi'), urls.reportsIndexPath('en'), '/report/', '/en/report/'],
    ['report opening page', urls.reportPath('vi', 2031), urls.reportPath('en', 2031, 'index'), '/report/2031/', '/en/report/2031/'],
    ['report section', urls.reportPath('vi', 2031, 'i-2-results'), urls.reportPath('en', 2031, 'i-2-results'), '/report/2031/i-2-results/', '/en/report/2031/i-2-results/'],
    ['reporting system', urls.reportingSystemPath('vi'), urls.reportingSystemPath('en'), '/reporting-system/', '/en/reporting-system/'],
    ['changelog', urls.changelogPath('vi'), urls.changelogPath('en'), '/changelog/', '/en/changelog/'],
    ['changelog day', urls.changelogDayPath('vi', '2026-11-23'), urls.changelogDayPath('en', '2026-11-23'), '/changelog/#changes-2026-11-23', '/en/changelog/#changes-2026-11-23'],
    ['search', urls.searchPath('vi'), urls.searchPath('en'), '/search/', '/en/search/'],
    ['feed', urls.feedPath('vi'), urls.feedPath('en'), '/feed.xml', '/en/feed.xml'],
    ['embed', urls.embedPath('vi', 'a--trend'), urls.embedPath('en', 'a--trend'), '/embed/a--trend/', '/en/embed/a--trend/'],
    ['404', urls.notFoundPath('vi'), urls.notFoundPath('en'), '/404.html', '/en/404/'],
  ])('%s', (_name, vi, en, expectedVi, expectedEn) => {
    expect(vi).toBe(expectedVi);
    expect(en).toBe(expectedEn);
  });

  it('anchor a figure in its dataset table and its note, with ids safe in a URL', () => {
    const f = { dataset: 'leadership-appointments', year: 2031, breakdown: 'Ministry unit heads', measure: 'women_share' };
    expect(urls.figureAnchor(f)).toBe('fig-2031-ministry-unit-heads-women-share');
    expect(urls.noteAnchor(f)).toBe('note-2031-ministry-unit-heads-women-share');
    expect(urls.figurePath('en', f)).toBe('/en/datasets/leadership-appointments/#fig-2031-ministry-unit-heads-women-share');
  });

  it('link a source with its text on the site to its page, any other at its own URL', () => {
    expect(urls.sourceHref('vi', source({ file: 'doc.txt' }))).toBe('/sources/doc/');
    expect(urls.sourceHref('en', source({ file: 'doc.txt' }), 'I.2.1')).toBe('/en/sources/doc/#section-i-2-1');
    expect(urls.sourceHref('vi', source({ kind: 'secondary', url: 'https://example.vn/a' }), 'I.2.1')).toBe('https://example.vn/a');
    expect(urls.sourceHref('vi', source({}))).toBeUndefined();
    expect(urls.hasSourcePage(source({ file: 'doc.txt' }))).toBe(true);
    expect(urls.hasSourcePage(source({ kind: 'secondary', file: 'doc.txt' }))).toBe(false);
  });
});

describe('files', () => {
  it('downloads have one URL for both languages', () => {
    expect(urls.csvPath('labour-export')).toBe('/data/labour-export.csv');
    expect(urls.jsonPath('labour-export')).toBe('/data/labour-export.json');
    expect(urls.archivePath()).toBe('/data/all-datasets.zip');
    expect(urls.datapackagePath()).toBe('/datapackage.json');
  });

  it('chart images: Vietnamese at <id>.svg|png, English at <id>.en.svg|png', () => {
    expect(urls.chartSvgPath('vi', 'a--trend')).toBe('/charts/a--trend.svg');
    expect(urls.chartPngPath('vi', 'a--trend')).toBe('/charts/a--trend.png');
    expect(urls.chartSvgPath('en', 'a--trend')).toBe('/charts/a--trend.en.svg');
    expect(urls.chartPngPath('en', 'a--trend')).toBe('/charts/a--trend.en.png');
    expect(urls.chartFileStem('en', 'a--trend')).toBe('a--trend.en');
  });

  it('absolute URLs on the site', () => {
    expect(urls.absoluteUrl('https://x.vn', urls.datasetPath('en', 'a'))).toBe('https://x.vn/en/datasets/a/');
    expect(urls.absoluteUrl(new URL('https://x.vn/'), urls.csvPath('a'))).toBe('https://x.vn/data/a.csv');
  });
});
