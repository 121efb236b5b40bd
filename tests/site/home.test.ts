// The home page as a reader sees it in each language: the latest report, and for every series a dataset
// declares as its headline, the latest actual figure with its year and status, linking to its table cell.
import { describe, expect, it } from 'vitest';
import { attr, element, page, tags, textOf } from './dist.ts';
import { loadData, type Dataset } from '../../src/data/load.ts';
import type { Figure } from '../../src/data/schemas/row.ts';
import { datasetPath, figureAnchor, reportPath } from '../../src/urls.ts';
import { formatFigure } from '../../src/i18n/format.ts';
import { t } from '../../src/i18n/ui.ts';
import { publishedReports } from '../content/mdx-files.ts';


const data = loadData();
const withHeadline = data.datasets.filter((d) => d.meta.headline);

/** Worked out here from the rows, the simple way: the series' actual figures, the latest year. */
function latestActual(d: Dataset): Figure {
  const { measure, breakdowns } = d.meta.headline!;
  const series = d.figures.filter((f) => f.measure === measure && (!breakdowns || breakdowns.includes(f.breakdown)));
  const actual = series.filter((f) => f.status === 'actual');
  const year = Math.max(...actual.map((f) => f.year));
  const inYear = actual.filter((f) => f.year === year);
  const order = breakdowns ?? d.meta.breakdowns.map((b) => b.id);
  return inYear.sort((a, b) => order.indexOf(b.breakdown) - order.indexOf(a.breakdown))[0]!;
}

function cards(lang: 'vi' | 'en'): Map<string, string> {
  const section = element(page(lang === 'vi' ? '/' : '/en/').html, 'section', 'aria-labelledby="headlines"')!;
  const byDataset = new Map<string, string>();
  for (const card of section.split('<li class="card"').slice(1)) {
    const href = attr(tags(card, 'a')[0]!, 'href')!;
    byDataset.set(href.replace(/^\/(en\/)?datasets\//, '').replace(/\/$/, ''), card);
  }
  return byDataset;
}

describe('home page', () => {
  it('has one card for every dataset that declares a headline', () => {
    expect(withHeadline.length).toBeGreaterThanOrEqual(5);
    for (const lang of ['vi', 'en'] as const) expect([...cards(lang).keys()].sort()).toEqual(withHeadline.map((d) => d.meta.id).sort());
  });

  describe.each(['vi', 'en'] as const)('in %s', (lang) => {
    const shown = cards(lang);

    it('shows the latest actual figure of each series, written the locale\'s way, with its year and status', () => {
      for (const d of withHeadline) {
        const f = latestActual(d);
        const measure = d.meta.measures.find((m) => m.id === f.measure)!;
        const text = textOf(shown.get(d.meta.id)!);
        expect(text, d.meta.id).toContain(formatFigure(f, measure, lang));
        expect(text, d.meta.id).toContain(lang === 'vi' ? `Năm ${f.year} (${t(lang, 'status.actual')})` : `${f.year} (${t(lang, 'status.actual')})`);
      }
    });

    it('links each figure to its cell in the dataset table, and that cell exists', () => {
      for (const d of withHeadline) {
        const f = latestActual(d);
        const datasetPage = datasetPath(lang, d.meta.id);
        const hrefs = tags(shown.get(d.meta.id)!, 'a').map((a) => attr(a, 'href'));
        expect(hrefs).toContain(datasetPage);
        expect(hrefs).toContain(`${datasetPage}#${figureAnchor(f)}`);
        expect(page(datasetPage).html).toContain(`id="${figureAnchor(f)}"`);
      }
    });

    it('draws a trend for every series of two years or more, hidden from screen readers and said in words', () => {
      for (const d of withHeadline) {
        const card = shown.get(d.meta.id)!;
        const { measure, breakdowns } = d.meta.headline!;
        const years = [...new Set(d.figures.filter((f) => f.measure === measure && (!breakdowns || breakdowns.includes(f.breakdown))).map((f) => f.year))].sort();
        const svgs = tags(card, 'svg');
        if (years.length < 2) {
          expect(svgs, d.meta.id).toEqual([]);
          continue;
        }
        expect(svgs, d.meta.id).toHaveLength(1);
        expect(attr(svgs[0]!, 'aria-hidden')).toBe('true');
        const words = textOf(element(card, 'div', 'class="card__trend"')!);
        expect(words, d.meta.id).toContain(String(years[0]));
        expect(words, d.meta.id).toContain(String(years.at(-1)));
      }
    });

    it('shows a flag or note of the figure in words', () => {
      for (const d of withHeadline) {
        const f = latestActual(d);
        if (f.flag) expect(textOf(shown.get(d.meta.id)!)).toContain(`⚠ ${t(lang, `flag.${f.flag}`)}`);
      }
    });
  });

  it('names the latest report and links to it, and lists every dataset and the source documents', () => {
    const html = page('/').html;
    const report = element(html, 'section', 'aria-labelledby="latest-report"')!;
    const newest = publishedReports().sort((a, b) => b.year - a.year)[0]!;
    expect(textOf(report)).toContain(newest.title.vi);
    expect(tags(report, 'a').map((a) => attr(a, 'href'))).toContain(reportPath('vi', newest.year));
    const hrefs = tags(html, 'a').map((a) => attr(a, 'href'));
    for (const d of data.datasets) expect(hrefs).toContain(`/datasets/${d.meta.id}/`);
    for (const href of tags(report, 'a').map((a) => attr(a, 'href')!)) expect(page(href).path).toBe(href);
  });

  it('loads no JavaScript', () => {
    for (const path of ['/', '/en/']) expect(tags(page(path).html, 'script').filter((s) => attr(s, 'src'))).toEqual([]);
  });
});
