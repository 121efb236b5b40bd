// The data catalogue lists every dataset with the right row count, years (gaps visible), CSV size,
// last update and formats, worded and formatted for each language.
import { describe, expect, it } from 'vitest';
import { yearCoverage } from '../../src/data/export/catalogue.ts';
import { formatDate, formatNumber } from '../../src/i18n/format.ts';
import type { Lang } from '../../src/i18n/ui.ts';
import { data, distFile } from './helpers.ts';

const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const textOf = (html: string) => decode(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();

function itemOf(html: string, id: string): string {
  const start = html.indexOf(`id="dataset-${id}"`);
  if (start === -1) throw new Error(`no catalogue entry for ${id}`);
  return html.slice(start, html.indexOf('</li>', start));
}

describe('yearCoverage', () => {
  it('finds runs of consecutive years and the gaps between them', () => {
    expect(yearCoverage([2015, 2010, 2012, 2013, 2010])).toEqual({ years: [2010, 2012, 2013, 2015], ranges: [[2010, 2010], [2012, 2013], [2015, 2015]], gaps: [2011, 2014] });
    expect(yearCoverage([2031])).toEqual({ years: [2031], ranges: [[2031, 2031]], gaps: [] });
  });
});

describe.each([
  ['vi', 'datasets/index.html', 'không có số liệu năm'],
  ['en', 'en/datasets/index.html', 'no figures for'],
] as const)('catalogue (%s)', (lang: Lang, file, gapWord) => {
  const html = distFile(file).toString('utf8');

  it('lists every dataset once, linking to its page in the same language', () => {
    expect(html.match(/class="catalogue__item"/g)).toHaveLength(data.datasets.length);
    for (const d of data.datasets) {
      const item = itemOf(html, d.meta.id);
      expect(item).toContain(`href="${lang === 'vi' ? '' : '/en'}/datasets/${d.meta.id}/"`);
      expect(textOf(item)).toContain(d.meta.title[lang]);
    }
  });

  it.each(data.datasets.map((d) => [d.meta.id, d] as const))('%s: rows, years with gaps, size and update date', (id, d) => {
    const item = itemOf(html, id);
    const rows = /class="catalogue__figures"[^>]*value="(\d+)"[^>]*>([^<]*)</.exec(item);
    expect(rows?.[1]).toBe(String(d.figures.length));
    expect(rows?.[2]).toBe(formatNumber(d.figures.length, lang));

    const years = [...new Set(d.figures.map((f) => f.year))].sort();
    const shown = textOf(/class="catalogue__years"[^>]*>([^<]*)</.exec(item)?.[1] ?? '');
    // Every year with a figure is shown, as itself or inside a range of consecutive years.
    const listed = shown.split(', ').flatMap((part) => {
      const [from, to = from] = part.split('–').map(Number) as [number, number?];
      return Array.from({ length: to! - from + 1 }, (_, k) => from + k);
    });
    expect(listed).toEqual(years);
    const gaps = yearCoverage(years).gaps;
    if (gaps.length > 0) {
      expect(textOf(item)).toContain(gapWord);
      for (const g of gaps) expect(textOf(item)).toMatch(new RegExp(`${gapWord}[^)]*(${g}|\\d{4}–\\d{4})`));
    } else expect(textOf(item)).not.toContain(gapWord);

    const size = /class="catalogue__size"[^>]*value="(\d+)"/.exec(item);
    expect(Number(size?.[1])).toBe(distFile(`data/${id}.csv`).byteLength);

    expect(item).toContain(`<time datetime="${d.meta.updated}"`);
    expect(textOf(item)).toContain(formatDate(d.meta.updated, lang));
  });

  it.each(data.datasets.map((d) => [d.meta.id] as const))('%s: links to its CSV and JSON', (id) => {
    const item = itemOf(html, id);
    expect(item).toContain(`href="/data/${id}.csv"`);
    expect(item).toContain(`href="/data/${id}.json"`);
  });

  it('offers everything at once: the archive and the data package', () => {
    expect(html).toContain('href="/data/all-datasets.zip"');
    expect(html).toContain('href="/datapackage.json"');
  });

  it('states the total of datasets and figures', () => {
    const total = data.datasets.reduce((n, d) => n + d.figures.length, 0);
    expect(textOf(/class="catalogue-summary"[^>]*>([^<]*)</.exec(html)?.[1] ?? '')).toContain(formatNumber(total, lang));
  });
});
