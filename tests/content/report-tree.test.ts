// A report's section tree from its pages' frontmatter: numbering, contents, breadcrumbs, reading order.
import { describe, expect, it } from 'vitest';
import {
  ancestorKeys, breadcrumb, buildToc, headingNumber, headingOf, neighbours, nodeKey, readingOrder, sourceSection, type ReportPage, type TocNode,
} from '../../src/reports/tree.ts';
import { catalogue, langs, reportPages } from './mdx-files.ts';

const outline = (nodes: TocNode[]): unknown[] => nodes.map((n) => (n.children.length ? [n.slug ?? n.key, outline(n.children)] : n.slug ?? n.key));

let order = 0;
const page = (slug: string, over: Partial<ReportPage>): ReportPage => ({
  year: 2031, lang: 'vi', slug, file: `content/report/2031/vi/${slug}.mdx`, kind: 'section', title: slug, description: 'x', order: ++order, draft: false, ...over,
});
const group = (slug: string, over: Partial<ReportPage>) => page(slug, { kind: 'group', order: Number.POSITIVE_INFINITY, ...over });

/** A report without parts, the way the reporting guidance's outline numbers it (I, I.1, I.3.1, II…). */
const outlineReport = [
  page('index', { kind: 'opening', order: 0 }),
  group('i', { section: 'I', title: 'Kết quả' }),
  page('i-1-law', { section: 'I.1' }),
  group('i-3', { section: 'I.3' }),
  page('i-3-1-coordination', { section: 'I.3.1' }),
  page('i-3-2-difficulties', { section: 'I.3.2' }),
  page('ii-assessment', { section: 'II' }),
];

describe('section tree (pure)', () => {
  it('keys and numbers of headings, with and without parts', () => {
    expect(nodeKey(1)).toBe('p1');
    expect(nodeKey(1, 'I.2')).toBe('p1.I.2');
    expect(nodeKey(undefined, 'I.2')).toBe('I.2');
    expect(ancestorKeys(1, 'II.2.3')).toEqual(['p1', 'p1.II', 'p1.II.2']);
    expect(ancestorKeys(undefined, 'I.3.1')).toEqual(['I', 'I.3']);
    expect(ancestorKeys(undefined, 'II')).toEqual([]);
    expect(headingNumber('I.2.1')).toBe('2.1.');
    expect(headingNumber('II.3')).toBe('3.');
    expect(headingNumber('I')).toBe('I.');
    expect(headingOf({ section: 'I.3.1', title: 'Phối hợp' })).toBe('3.1. Phối hợp');
    expect(headingOf({ title: 'Báo cáo' })).toBe('Báo cáo');
  });

  it('anchors the source passage as the source document numbers it: part two’s sections carry P2', () => {
    expect(sourceSection(1, 'I.2.1')).toBe('I.2.1');
    expect(sourceSection(undefined, 'I.2.1')).toBe('I.2.1');
    expect(sourceSection(2, 'I')).toBe('P2.I');
  });

  it('places a group heading where its first section is, and leaves group headings out of reading order', () => {
    expect(outline(buildToc(outlineReport))).toEqual([['I', ['i-1-law', ['I.3', ['i-3-1-coordination', 'i-3-2-difficulties']]]], 'ii-assessment']);
    expect(readingOrder(outlineReport).map((p) => p.slug)).toEqual(['index', 'i-1-law', 'i-3-1-coordination', 'i-3-2-difficulties', 'ii-assessment']);
    expect(neighbours(outlineReport, 'i-1-law')).toMatchObject({ previous: { slug: 'index' }, next: { slug: 'i-3-1-coordination' } });
    expect(breadcrumb(outlineReport, 'i-3-2-difficulties').map((n) => n.key)).toEqual(['I', 'I.3']);
    expect(breadcrumb(outlineReport, 'index')).toEqual([]);
  });

  it('shows a group heading only when one of its sections is shown', () => {
    const withoutSections = outlineReport.filter((p) => !p.slug.startsWith('i-3-'));
    expect(outline(buildToc(withoutSections))).toEqual([['I', ['i-1-law']], 'ii-assessment']);
  });

  it('a section whose parent heading is missing fails, naming the file', () => {
    const pages = [page('index', { kind: 'opening', order: 0 }), page('iii-1-new', { part: 1, section: 'III.1' })];
    expect(() => buildToc(pages)).toThrow(/iii-1-new\.mdx.*"p1"/s);
  });
});

// The 2009 report's own tree, as its source document has it.
const year = catalogue().find((r) => r.source === 'molisa-2009-report')!.year;

describe('the 2009 report’s tree', () => {
  for (const lang of langs) {
    it(`${lang}: the contents mirror the report’s tree`, () => {
      expect(outline(buildToc(reportPages(year, lang)))).toEqual([
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
      const pages = reportPages(year, lang);
      const read = readingOrder(pages);
      expect(new Set(read.map((p) => p.order)).size).toBe(read.length);
      expect(neighbours(pages, 'index')).toMatchObject({ previous: undefined, next: { slug: 'i-1-policy-law' } });
      expect(neighbours(pages, 'i-1-policy-law').previous?.slug).toBe('index');
      expect(neighbours(pages, 'ii-2-results').next?.slug).toBe('ii-2-1-communication-training');
      expect(neighbours(pages, 'p2-ii-solutions')).toMatchObject({ previous: { slug: 'p2-i-tasks-2010' }, next: undefined });
    });

    it(`${lang}: the breadcrumb lists the headings above a section`, () => {
      const pages = reportPages(year, lang);
      expect(breadcrumb(pages, 'ii-2-3-appointments').map((n) => n.slug ?? n.key)).toEqual(['p1', 'p1.II', 'ii-2-results']);
      expect(breadcrumb(pages, 'p2-i-tasks-2010').map((n) => n.key)).toEqual(['p2']);
    });
  }
});
