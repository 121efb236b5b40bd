// The Vietnamese pages are the report's own words: with the figures put back as the page shows them,
// every paragraph, list item and heading is found in the published source text, apart from the typo
// corrections each page declares in an <Editorial> note.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureText } from '../../src/components/report/figure-text.ts';
import { resolveFigure } from '../../src/reports/resolve-figure.ts';
import { loadData } from '../../src/data/load.ts';
import { catalogue, reportPages as allPages } from './mdx-files.ts';

const data = loadData();
const year = catalogue().find((r) => r.source === 'molisa-2009-report')!.year;
const reportPages = (lang: 'vi' | 'en') => allPages(year, lang).filter((p) => p.kind !== 'group');
const groupTitles = allPages(year, 'vi').filter((p) => p.kind === 'group').map((p) => p.title);

/** Obvious typos in the source, corrected on the page and declared there in an editorial note. */
const corrections: [string, string][] = [
  ['cùa Thủ tướng', 'của Thủ tướng'],
  ['phụ hồi chức năng', 'phục hồi chức năng'],
  ['phụ nữ bán dân', 'phụ nữ bán dâm'],
  ['đào tạo bồi thường kỹ năng', 'đào tạo bồi dưỡng kỹ năng'],
  ['thuộc thuộc Trường', 'thuộc Trường'],
];

/** Same words, whatever the spacing, case, and zero padding ("04 vụ trưởng" is shown as "4"). */
const normalise = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').replace(/(?<!\d)0(\d)(?!\d)/g, '$1').toLocaleLowerCase('vi').trim();

let source = readFileSync('data/documents/molisa-2009-report.txt', 'utf8');
for (const [typo, fixed] of corrections) source = source.replace(typo, fixed);
const sourceText = normalise(source);

/** The page's text as a reader sees it: figures formatted, components and markdown marks removed. */
function readerText(body: string, file: string): string[] {
  const text = body
    .replace(/<Editorial>[\s\S]*?<\/Editorial>/g, '')
    .replace(/<Chart\b[^>]*\/>/g, '')
    .replace(/<Fig\b([^>]*)\/>/g, (_m, attrs: string) => {
      const key = /\bk="([^"]+)"/.exec(attrs)![1]!;
      return figureText(resolveFigure(data, key, file), 'vi', {
        unit: !/\bunit=\{false\}/.test(attrs),
        qualifier: !/\bqualifier=\{false\}/.test(attrs),
        capitalize: /\bcapitalize\b/.test(attrs),
      });
    })
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\*/g, '');
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*(?:-|\d+\.)\s+/, ''))
    .filter((line) => line.trim() !== '');
}

describe('Vietnamese pages keep the source’s words', () => {
  it('the comparison sees a changed word', () => {
    expect(sourceText.includes(normalise('đưa 73.028 lao động đi làm việc ở nước ngoài'))).toBe(true);
    expect(sourceText.includes(normalise('đưa 73.028 người lao động đi làm việc ở nước ngoài'))).toBe(false);
  });

  for (const page of reportPages('vi')) {
    it(`${page.slug}: every paragraph and list item is in the source`, () => {
      const lines = readerText(page.body, page.file);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.filter((line) => !sourceText.includes(normalise(line)))).toEqual([]);
    });

    it(`${page.slug}: the title is the source’s heading`, () => {
      expect(sourceText).toContain(normalise(page.title));
    });
  }

  it('nothing of the source is left out: every line of it is on a page', () => {
    const pages = reportPages('vi');
    const shown = normalise([
      ...groupTitles,
      ...pages.flatMap((p) => [p.title, ...readerText(p.body, p.file)]),
    ].join(' '));
    const missing = source
      .split('\n')
      .map((line) => line.replace(/^\s*(?:-|(?:[IVX]+|\d+(?:\.\d+)*)\.)\s+/, '').replace(/:\s*$/, ''))
      .filter((line) => line.trim() !== '' && !shown.includes(normalise(line)));
    expect(missing).toEqual([]);
  });

  it('the headings without a page of their own are the source’s headings', () => {
    expect(groupTitles.length).toBeGreaterThan(0);
    expect(groupTitles.filter((t) => !sourceText.includes(normalise(t)))).toEqual([]);
  });

  it('every correction is still needed and declared in an editorial note on the page that makes it', () => {
    const raw = readFileSync('data/documents/molisa-2009-report.txt', 'utf8');
    const editorial = (body: string) => [...body.matchAll(/<Editorial>([\s\S]*?)<\/Editorial>/g)].map((m) => m[1]!).join('\n');
    for (const [typo, fixed] of corrections) {
      expect(raw, typo).toContain(typo);
      const pages = reportPages('vi').filter((p) => editorial(p.body).includes(typo));
      expect(pages.map((p) => p.slug), typo).toHaveLength(1);
      expect(pages[0]!.body.replace(/<Editorial>[\s\S]*?<\/Editorial>/g, ''), typo).toContain(fixed);
    }
  });
});
