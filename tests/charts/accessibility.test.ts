// Every chart on the site, in both languages: an image with a title and a description (the finding in
// words), responsive through its viewBox, self-contained (no site CSS, no other files), and readable:
// text dark enough for AA on white, graphics at least 3:1, type large enough for a phone.
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { allCharts, chartSummary, renderChart, renderChartParts } from '../../src/charts/index.ts';
import { palette } from '../../src/charts/theme.ts';
import { loadData } from '../../src/data/load.ts';
import { fixtures, sources } from './fixtures.ts';
import { all, byTag, parseSvg, textOf } from './svg-tree.ts';

const data = loadData();
const real = allCharts(data).map((def) => ({ def, dataset: data.datasets.find((d) => d.meta.id === def.dataset)!, sources: data.sources }));
const fixed = fixtures.flatMap((dataset) => allCharts({ sources, datasets: [dataset] }).map((def) => ({ def, dataset, sources })));
const cases = [...real, ...fixed].flatMap((c) => (['vi', 'en'] as const).map((lang) => ({ ...c, lang })));

/** WCAG relative luminance contrast against white. */
function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (l + 0.05);
}

describe('chart accessibility and portability', () => {
  it('the site has charts to check', () => {
    expect(real.length).toBeGreaterThanOrEqual(10);
  });

  for (const { def, dataset, sources: catalogue, lang } of cases) {
    describe(`${def.id} (${lang})`, () => {
      const markup = renderChart(def, dataset, lang, { sources: catalogue });
      const svg = parseSvg(markup);

      it('is role="img" labelled by its <title> and <desc>, the desc being the finding in words', () => {
        expect(svg.tag).toBe('svg');
        expect(svg.attrs.role).toBe('img');
        const [first, second] = svg.children.filter((c) => typeof c !== 'string') as typeof svg[];
        expect(first!.tag).toBe('title');
        expect(second!.tag).toBe('desc');
        expect(svg.attrs['aria-labelledby']).toBe(`${first!.attrs.id} ${second!.attrs.id}`);
        expect(textOf(first!).length).toBeGreaterThan(5);
        expect(textOf(second!)).toBe(chartSummary(def, dataset, lang, { sources: catalogue }));
        expect(svg.attrs.lang).toBe(lang);
      });

      it('scales with its viewBox: no fixed width or height', () => {
        expect(svg.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
        expect(svg.attrs.viewBox).toMatch(/^0 0 400 \d+$/);
        expect(svg.attrs.width).toBeUndefined();
        expect(svg.attrs.height).toBeUndefined();
      });

      it('has stable ids derived from the chart id, each used once', () => {
        const ids = all(svg, (e) => 'id' in e.attrs).map((e) => e.attrs.id!);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id.startsWith(`chart-${def.id}`)).toBe(true);
      });

      it('needs nothing outside itself: no links, scripts, styles, images or fonts to fetch', () => {
        expect(all(svg, (e) => ['script', 'style', 'image', 'foreignObject', 'a', 'use', 'link'].includes(e.tag))).toEqual([]);
        expect(markup).not.toMatch(/href=|style=|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg")/);
        const ids = new Set(all(svg, (e) => 'id' in e.attrs).map((e) => e.attrs.id));
        for (const ref of markup.matchAll(/url\(([^)]*)\)/g)) expect(ids.has(ref[1]!.replace(/^#/, ''))).toBe(true);
        expect(svg.attrs['font-family']).toMatch(/system-ui.*sans-serif$/);
      });

      it('gives every data point a <title> with its value, year and source', () => {
        const marks = all(svg, (e) => e.attrs.class === 'chart-mark');
        expect(marks.length).toBeGreaterThan(0);
        for (const mark of marks) {
          const tip = textOf(byTag(mark, 'title')[0]!);
          expect(tip).toMatch(/\d/);
          expect(tip).toMatch(lang === 'vi' ? /Nguồn: / : /Source: /);
        }
      });

      it('uses text colours with at least 4.5:1 contrast and type of at least 14 units', () => {
        for (const text of byTag(svg, 'text')) {
          expect(contrastOnWhite(text.attrs.fill ?? svg.attrs.fill!)).toBeGreaterThanOrEqual(4.5);
          expect(Number(text.attrs['font-size'] ?? svg.attrs['font-size'])).toBeGreaterThanOrEqual(14);
        }
      });

      it('rasterises on its own (as a downloaded file would)', () => {
        const image = new Resvg(markup, { fitTo: { mode: 'width', value: 400 } }).render();
        expect(image.width).toBe(400);
        expect(image.height).toBeGreaterThan(100);
      });
    });
  }

  it('graphic colours keep 3:1 against white (WCAG 1.4.11)', () => {
    for (const colour of [palette.women, palette.men, palette.neutral, palette.track, palette.flag, ...palette.series]) {
      expect(contrastOnWhite(colour), colour).toBeGreaterThanOrEqual(3);
    }
  });

  it('the page version leaves title and source to the HTML caption but keeps the text alternative', () => {
    const { def, dataset } = real.find((c) => c.def.id === 'leadership-appointments--gender')!;
    const page = renderChartParts(def, dataset, 'vi', { caption: false });
    const download = renderChartParts(def, dataset, 'vi');
    const visible = (markup: string) => byTag(parseSvg(markup), 'text').map(textOf).join(' ');
    expect(visible(download.svg)).toContain('Nguồn:');
    expect(visible(page.svg)).not.toContain('Nguồn:');
    expect(textOf(byTag(parseSvg(page.svg), 'desc')[0]!)).toBe(page.summary);
    expect(page.summary.startsWith(page.finding)).toBe(true);
  });
});
