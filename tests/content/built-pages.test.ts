// The built site (dist/, from `npm run build`): every page of every published report and its twin, with
// the links, figures and charts the MDX asks for, and the reporting-system page in both languages.
// Paths come from the catalogue (content/reports.yml) and the URL module.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { sectionAnchor } from '../../src/data/sections.ts';
import { neighbours, sourceSection } from '../../src/reports/tree.ts';
import { datasetPath, reportingSystemPath, reportPath, sourceHref, sourcePath } from '../../src/urls.ts';
import { chartIds, figureKeys, langs, publishedReports, shownPages } from './mdx-files.ts';

const DIST = 'dist';
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const other = (lang: 'vi' | 'en') => (lang === 'vi' ? 'en' : 'vi');
const count = (text: string, needle: string) => text.split(needle).length - 1;
const sources = loadData().sources;

beforeAll(() => {
  const first = publishedReports()[0];
  if (!first || !existsSync(join(DIST, reportPath('vi', first.year), 'index.html'))) {
    throw new Error('dist/ has no report pages: run `npm run build` first (npm test does). / dist/ chưa có trang báo cáo: hãy chạy `npm run build` trước.');
  }
});

describe.each(publishedReports().map((r) => [r.year, r] as const))('built pages of the %i report', (year, report) => {
  const source = sources.find((s) => s.id === report.source)!;
  for (const lang of langs) {
    describe(lang, () => {
      const pages = shownPages(year, lang);
      const path = (slug?: string, l: 'vi' | 'en' = lang) => reportPath(l, year, slug);

      it('every page and its twin in the other language were built', () => {
        const missing = pages.flatMap((p) => [path(p.slug), path(p.slug, other(lang))])
          .filter((path) => !existsSync(join(DIST, path, 'index.html')));
        expect(missing).toEqual([]);
      });

      for (const page of pages) {
        it(`${page.slug}: language, twin link, title, previous/next`, () => {
          const doc = html(path(page.slug));
          expect(doc).toMatch(new RegExp(`<html lang="${lang}"`));
          expect(doc).toMatch(new RegExp(`<a [^>]*href="${path(page.slug, other(lang))}"`));
          expect(doc).toContain(page.title);
          const { previous, next } = neighbours(pages, page.slug);
          if (previous) expect(doc).toContain(`href="${path(previous.slug)}" rel="prev"`);
          if (next) expect(doc).toContain(`href="${path(next.slug)}" rel="next"`);
          expect(Boolean(previous) || Boolean(next)).toBe(true);
        });

        it(`${page.slug}: every figure and chart of the MDX is on the page`, () => {
          const doc = html(path(page.slug));
          for (const key of new Set(figureKeys(page.body))) {
            expect(count(doc, `data-figure="${key}"`), key).toBe(figureKeys(page.body).filter((k) => k === key).length);
          }
          expect(count(doc, 'data-figure="')).toBe(figureKeys(page.body).length);
          for (const id of chartIds(page.body)) {
            expect(doc, id).toMatch(new RegExp(`<figure class="chart" id="${id}"`));
            const dataset = id.split('--')[0];
            expect(doc, id).toContain(`href="${datasetPath(lang, dataset!)}"`);
          }
        });

        if (page.section) {
          const section = sourceSection(page.part, page.section);
          it(`${page.slug}: links to its passage, and the source page has that anchor`, () => {
            const doc = html(path(page.slug));
            expect(doc).toContain(`href="${sourceHref(lang, source, section)}"`);
            expect(html(sourcePath(lang, source.id))).toContain(`id="${sectionAnchor(section)}"`);
          });
        }
      }

      it('the opening page lists every section in its contents', () => {
        const doc = html(path());
        for (const page of pages.filter((p) => p.kind === 'section')) expect(doc).toContain(`href="${path(page.slug)}"`);
      });

    });
  }
});

// The 2009 report's own content: a flagged figure, and numbers as each language writes them.
describe('built pages of the 2009 report', () => {
  const year = publishedReports().find((r) => r.source === 'molisa-2009-report')!.year;
  for (const lang of langs) {
    it(`${lang}: a flagged figure carries a visible mark linked to its note on the page`, () => {
      const doc = html(reportPath(lang, year, 'ii-2-3-appointments'));
      const id = 'figure-note-leadership-appointments-2009-ministry-unit-heads-women-share';
      const label = lang === 'vi' ? 'Nguồn tự mâu thuẫn' : 'Source inconsistent';
      // Attributes such as Astro's scoped-style data-astro-cid-… may follow the ones that matter.
      expect(doc).toMatch(new RegExp(`<sup class="fig-flag"[^>]*><a href="#${id}"[^>]*>${label}</a></sup>`));
      expect(doc).toMatch(new RegExp(`<li id="${id}"[^>]*>`));
      expect(doc).toContain(lang === 'vi' ? '11 / 54 = 20,4%' : '11 / 54 = 20.4%');
    });

    it(`${lang}: numbers are written the way the language writes them`, () => {
      const doc = html(reportPath(lang, year, 'i-2-1-labour-employment'));
      expect(doc).toMatch(lang === 'vi' ? /<data value="73028"[^>]*>73\.028<\/data>/ : /<data value="73028"[^>]*>73,028<\/data>/);
      expect(doc).toMatch(lang === 'vi' ? /<data value="88\.8"[^>]*>88,8%<\/data>/ : /<data value="88\.8"[^>]*>88\.8%<\/data>/);
    });
  }
});

describe('built reporting-system page', () => {
  const documents = ['ubqg-2011-guidance', 'cao-bang-2015-guidance', 'thanh-hoa-health-2018-guidance'];
  for (const lang of langs) {
    it(`${lang}: built with its twin link, the deadlines and links to the three guidance documents`, () => {
      const doc = html(reportingSystemPath(lang));
      expect(doc).toMatch(new RegExp(`<html lang="${lang}"`));
      expect(doc).toContain(`href="${reportingSystemPath(other(lang))}"`);
      const deadlines = lang === 'vi'
        ? ['15/6', '15/12', '05/6', '05/12', '30/5/2018', '30/11/2018']
        : ['15 June', '15 December', '5 June', '5 December', '30 May 2018', '30 November 2018'];
      for (const d of deadlines) expect(doc, d).toContain(d);
      for (const id of documents) {
        expect(doc, id).toContain(`href="${sourcePath(lang, id)}"`);
        expect(existsSync(join(DIST, sourcePath(lang, id), 'index.html')), id).toBe(true);
      }
      expect(doc).toContain('<caption>');
    });
  }
});
