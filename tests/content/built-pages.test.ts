// The built site (dist/, from `npm run build`): every report page and its twin, with the links,
// figures and charts the MDX asks for, and the reporting-system page in both languages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { neighbours, reportPath, sourcePassagePath, sourceSection } from '../../src/components/report/tree.ts';
import { sectionAnchor } from '../../src/data/sections.ts';
import { chartIds, figureKeys, langs, reportPages } from './mdx-files.ts';

const DIST = 'dist';
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const other = (lang: 'vi' | 'en') => (lang === 'vi' ? 'en' : 'vi');
const count = (text: string, needle: string) => text.split(needle).length - 1;

beforeAll(() => {
  if (!existsSync(join(DIST, 'report/2009/index.html'))) {
    throw new Error('dist/ has no report pages: run `npm run build` first (npm test does). / dist/ chưa có trang báo cáo: hãy chạy `npm run build` trước.');
  }
});

describe('built report pages', () => {
  for (const lang of langs) {
    describe(lang, () => {
      const pages = reportPages(lang);

      it('every page and its twin in the other language were built', () => {
        const missing = pages.flatMap((p) => [reportPath(lang, p.slug), reportPath(other(lang), p.slug)])
          .filter((path) => !existsSync(join(DIST, path, 'index.html')));
        expect(missing).toEqual([]);
      });

      for (const page of pages) {
        it(`${page.slug}: language, twin link, title, previous/next`, () => {
          const doc = html(reportPath(lang, page.slug));
          expect(doc).toMatch(new RegExp(`<html lang="${lang}"`));
          expect(doc).toMatch(new RegExp(`<a [^>]*href="${reportPath(other(lang), page.slug)}"`));
          expect(doc).toContain(page.data.title);
          const { previous, next } = neighbours(pages, page.slug);
          if (previous) expect(doc).toContain(`href="${reportPath(lang, previous.slug)}" rel="prev"`);
          if (next) expect(doc).toContain(`href="${reportPath(lang, next.slug)}" rel="next"`);
          expect(Boolean(previous) || Boolean(next)).toBe(true);
        });

        it(`${page.slug}: every figure and chart of the MDX is on the page`, () => {
          const doc = html(reportPath(lang, page.slug));
          for (const key of new Set(figureKeys(page.body))) {
            expect(count(doc, `data-figure="${key}"`), key).toBe(figureKeys(page.body).filter((k) => k === key).length);
          }
          expect(count(doc, 'data-figure="')).toBe(figureKeys(page.body).length);
          for (const id of chartIds(page.body)) {
            expect(doc, id).toMatch(new RegExp(`<figure class="chart" id="${id}"`));
            const dataset = id.split('--')[0];
            expect(doc, id).toContain(`href="${lang === 'en' ? '/en' : ''}/datasets/${dataset}/"`);
          }
        });

        if (page.data.part && page.data.section) {
          const { part, section } = page.data;
          it(`${page.slug}: links to its passage, and the source page has that anchor`, () => {
            const doc = html(reportPath(lang, page.slug));
            expect(doc).toContain(`href="${sourcePassagePath(lang, part, section)}"`);
            const source = html(`${lang === 'en' ? '/en' : ''}/sources/molisa-2009-report/`);
            expect(source).toContain(`id="${sectionAnchor(sourceSection(part, section))}"`);
          });
        }
      }

      it('the opening page lists every section in its contents', () => {
        const doc = html(reportPath(lang));
        for (const page of pages.filter((p) => p.slug !== 'index')) expect(doc).toContain(`href="${reportPath(lang, page.slug)}"`);
      });

      it('a flagged figure carries a visible mark linked to its note on the page', () => {
        const doc = html(reportPath(lang, 'ii-2-3-appointments'));
        const id = 'figure-note-leadership-appointments-2009-ministry-unit-heads-women-share';
        const label = lang === 'vi' ? 'Nguồn tự mâu thuẫn' : 'Source inconsistent';
        // Attributes such as Astro's scoped-style data-astro-cid-… may follow the ones that matter.
        expect(doc).toMatch(new RegExp(`<sup class="fig-flag"[^>]*><a href="#${id}"[^>]*>${label}</a></sup>`));
        expect(doc).toMatch(new RegExp(`<li id="${id}"[^>]*>`));
        expect(doc).toContain(lang === 'vi' ? '11 / 54 = 20,4%' : '11 / 54 = 20.4%');
      });

      it('numbers are written the way the language writes them', () => {
        const doc = html(reportPath(lang, 'i-2-1-labour-employment'));
        expect(doc).toMatch(lang === 'vi' ? /<data value="73028"[^>]*>73\.028<\/data>/ : /<data value="73028"[^>]*>73,028<\/data>/);
        expect(doc).toMatch(lang === 'vi' ? /<data value="88\.8"[^>]*>88,8%<\/data>/ : /<data value="88\.8"[^>]*>88\.8%<\/data>/);
      });
    });
  }
});

describe('built reporting-system page', () => {
  const documents = ['ubqg-2011-guidance', 'cao-bang-2015-guidance', 'thanh-hoa-health-2018-guidance'];
  for (const lang of langs) {
    it(`${lang}: built with its twin link, the deadlines and links to the three guidance documents`, () => {
      const prefix = lang === 'en' ? '/en' : '';
      const doc = html(`${prefix}/reporting-system/`);
      expect(doc).toMatch(new RegExp(`<html lang="${lang}"`));
      expect(doc).toContain(`href="${lang === 'en' ? '' : '/en'}/reporting-system/"`);
      const deadlines = lang === 'vi'
        ? ['15/6', '15/12', '05/6', '05/12', '30/5/2018', '30/11/2018']
        : ['15 June', '15 December', '5 June', '5 December', '30 May 2018', '30 November 2018'];
      for (const d of deadlines) expect(doc, d).toContain(d);
      for (const id of documents) {
        expect(doc, id).toContain(`href="${prefix}/sources/${id}/"`);
        expect(existsSync(join(DIST, prefix, 'sources', id, 'index.html')), id).toBe(true);
      }
      expect(doc).toContain('<caption>');
    });
  }
});
