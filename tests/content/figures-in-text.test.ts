// "The narrative never retypes a figure": every figure the 2009 report states that is in the data is
// drawn through <Fig>, and no bare copy of one is typed into the MDX text.
import { describe, expect, it } from 'vitest';
import { findFigure, keyOf } from '../../src/data/figures.ts';
import { loadData } from '../../src/data/load.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import { catalogue, chartIds, figureKeys, langs, reportPages as allPages, type TestLang } from './mdx-files.ts';

const data = loadData();
const reportFigures = data.datasets.flatMap((d) => d.figures).filter((f) => f.source === 'molisa-2009-report');
const year = catalogue().find((r) => r.source === 'molisa-2009-report')!.year;
/** The 2009 report's pages (group headings have no text). */
const reportPages = (lang: TestLang) => allPages(year, lang).filter((p) => p.kind !== 'group');

/**
 * Numbers in the text that are not data figures although they happen to equal one (a date, a count of
 * years, a target in the 2010 plan). Each phrase is removed before the search; keep the list short.
 */
const notFigures: Record<TestLang, string[]> = {
  vi: [
    'ngày 11 tháng 11 năm 2009', // date of Decision 1855/QĐ-TTg
    '30 năm thực hiện công ước', // 30 years of CEDAW
    'mục tiêu số 1 với 4 chỉ tiêu', // goal 1 of the National Strategy and its 4 indicators
    'trên 30% cán bộ nữ', // a threshold in the 2010 plan, not a result
  ],
  en: [
    '11 November 2009',
    '30 years of implementing',
    'more than 30% of the staff',
  ],
};

/** Text a reader sees, without components, list numbers and the phrases above. */
function prose(source: string, lang: TestLang): string {
  let text = source
    .replace(/<(Fig|Chart)\b[^>]*\/>/g, ' ')
    .replace(/^\s*\d+\.\s/gm, ' ');
  for (const phrase of notFigures[lang]) text = text.replaceAll(phrase, ' ');
  return text;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a figure's number, as the locale writes it, stands alone in the text (not inside 2009 or 11-NQ). */
function bareCopies(text: string, number: string): string[] {
  const re = new RegExp(`(?<![\\p{N}.,/-])${escape(number)}(?![\\p{N}/-]|[.,]\\p{N})`, 'gu');
  return [...text.matchAll(re)].map((m) => text.slice(Math.max(0, m.index - 30), m.index + number.length + 30).replace(/\s+/g, ' '));
}

const sectionOfPage = (part: number | undefined, section: string | undefined) => (part === 2 ? `P2.${section}` : section);

describe('figures in the report text', () => {
  it('the data holds the 2009 report’s figures (the check below has something to check)', () => {
    expect(reportFigures.length).toBeGreaterThan(40);
  });

  for (const lang of langs) {
    it(`${lang}: no figure of the 2009 report is typed as bare text; each comes through <Fig>`, () => {
      const found: string[] = [];
      // The reporting-system page states no report figures, only dates and document numbers.
      for (const page of reportPages(lang)) {
        const text = prose(`${page.title}\n${page.description}\n${page.body}`, lang);
        for (const f of reportFigures) {
          for (const hit of bareCopies(text, formatNumber(f.value, lang, f.decimals))) found.push(`${page.file}: ${keyOf(f)} … ${hit} …`);
        }
      }
      expect(found).toEqual([]);
    });

    it(`${lang}: every <Fig> key is a figure in the validated data`, () => {
      const unknown = reportPages(lang).flatMap((p) => figureKeys(p.body).filter((k) => !findFigure(data, k)).map((k) => `${p.file}: ${k}`));
      expect(unknown).toEqual([]);
    });

    it(`${lang}: every figure the 2009 report states is shown on the page of its section`, () => {
      const missing: string[] = [];
      const pages = reportPages(lang);
      for (const f of reportFigures) {
        const page = pages.find((p) => sectionOfPage(p.data.part, p.data.section) === f.section);
        if (!page) missing.push(`${keyOf(f)}: no page for section ${f.section}`);
        else if (!figureKeys(page.body).includes(keyOf(f))) missing.push(`${page.file}: ${keyOf(f)}`);
      }
      expect(missing).toEqual([]);
    });
  }

  it('the Vietnamese and English twins show the same figures and charts', () => {
    const en = new Map(reportPages('en').map((p) => [p.slug, p]));
    for (const vi of reportPages('vi')) {
      const twin = en.get(vi.slug);
      expect(twin, vi.slug).toBeDefined();
      expect(figureKeys(twin!.body).sort(), vi.slug).toEqual(figureKeys(vi.body).sort());
      expect(chartIds(twin!.body), vi.slug).toEqual(chartIds(vi.body));
      expect(twin!.data.order, vi.slug).toBe(vi.data.order);
      expect([twin!.data.part, twin!.data.section], vi.slug).toEqual([vi.data.part, vi.data.section]);
    }
  });

  for (const lang of langs) {
    it(`${lang}: every phrase exempted from the check is still in the text (no stale exemptions)`, () => {
      const all = reportPages(lang).map((p) => `${p.title}\n${p.description}\n${p.body}`).join('\n');
      expect(notFigures[lang].filter((phrase) => !all.includes(phrase))).toEqual([]);
    });
  }

  it('the check catches a retyped figure', () => {
    const text = prose('đưa 73.028 lao động đi làm việc ở nước ngoài, bằng <Fig k="labour-export/2009/total/percent_of_plan" /> kế hoạch', 'vi');
    expect(bareCopies(text, '73.028')).toHaveLength(1);
    expect(bareCopies(text, '81,1%')).toHaveLength(0);
    expect(bareCopies('Nghị quyết số 11-NQ/TW; năm 2011', '11')).toEqual([]);
    expect(bareCopies('chiếm 30% tổng số', '30')).toHaveLength(1);
  });
});
