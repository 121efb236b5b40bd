import { describe, expect, it } from 'vitest';
import {
  ancestorKeys, breadcrumb, buildToc, headingNumber, neighbours, reportPath, sourcePassagePath, sourceSection, type TocNode,
} from '../../src/components/report/tree.ts';
import { langs, reportPages } from './mdx-files.ts';

const outline = (nodes: TocNode[]): unknown[] => nodes.map((n) => (n.children.length ? [n.slug ?? n.key, outline(n.children)] : n.slug ?? n.key));

describe('report tree', () => {
  it('anchors of the source passage follow the source page’s ids', () => {
    expect(sourceSection(1, 'I.2.1')).toBe('I.2.1');
    expect(sourceSection(2, 'I')).toBe('P2.I');
    expect(sourcePassagePath('vi', 1, 'I.1')).toBe('/sources/molisa-2009-report/#section-i-1');
    expect(sourcePassagePath('en', 2, 'II')).toBe('/en/sources/molisa-2009-report/#section-p2-ii');
  });

  it('paths are the same slug in both languages; the opening page is /report/2009/', () => {
    expect(reportPath('vi', 'i-2-1-labour-employment')).toBe('/report/2009/i-2-1-labour-employment/');
    expect(reportPath('en', 'i-2-1-labour-employment')).toBe('/en/report/2009/i-2-1-labour-employment/');
    expect(reportPath('vi')).toBe('/report/2009/');
    expect(reportPath('en', 'index')).toBe('/en/report/2009/');
  });

  it('headings carry the source’s own numbers', () => {
    expect(headingNumber('I.2.1')).toBe('2.1.');
    expect(headingNumber('II.3')).toBe('3.');
    expect(headingNumber('I')).toBe('I.');
    expect(ancestorKeys(1, 'II.2.3')).toEqual(['p1', 'p1.II', 'p1.II.2']);
  });

  for (const lang of langs) {
    it(`${lang}: the contents mirror the report’s tree`, () => {
      expect(outline(buildToc(reportPages(lang), lang))).toEqual([
        ['p1', [
          ['p1.I', ['i-1-policy-law', ['p1.I.2', [
            'i-2-1-labour-employment', 'i-2-2-vocational-training', 'i-2-3-poverty-social-protection', 'i-2-4-child-protection', 'i-2-5-social-evils',
          ]], 'i-3-other-tasks']],
          ['p1.II', ['ii-1-action-plan', ['ii-2-results', ['ii-2-1-communication-training', 'ii-2-2-women-cadres-training', 'ii-2-3-appointments']], 'ii-3-assessment']],
        ]],
        ['p2', ['p2-i-tasks-2010', 'p2-ii-solutions']],
      ]);
    });

    it(`${lang}: reading order runs from the opening page to the last solution, one page per position`, () => {
      const pages = reportPages(lang);
      expect(new Set(pages.map((p) => p.data.order)).size).toBe(pages.length);
      expect(neighbours(pages, 'index')).toMatchObject({ previous: undefined, next: { slug: 'i-1-policy-law' } });
      expect(neighbours(pages, 'i-1-policy-law').previous?.slug).toBe('index');
      expect(neighbours(pages, 'ii-2-results').next?.slug).toBe('ii-2-1-communication-training');
      expect(neighbours(pages, 'p2-ii-solutions')).toMatchObject({ previous: { slug: 'p2-i-tasks-2010' }, next: undefined });
    });

    it(`${lang}: the breadcrumb lists the headings above a section`, () => {
      const pages = reportPages(lang);
      expect(breadcrumb(pages, lang, 'ii-2-3-appointments').map((n) => n.slug ?? n.key)).toEqual(['p1', 'p1.II', 'ii-2-results']);
      expect(breadcrumb(pages, lang, 'p2-i-tasks-2010').map((n) => n.key)).toEqual(['p2']);
    });
  }

  it('a section whose parent heading is unknown fails, naming the page', () => {
    const pages = [{ slug: 'iii-1-new', data: { title: 'x', description: 'x', order: 1, part: 1 as const, section: 'III.1' } }];
    expect(() => buildToc(pages, 'vi')).toThrow(/iii-1-new.*"p1\.III"/s);
  });
});
