// Chart downloads and embeds: an SVG and a 1200 px PNG per chart per language, with their words drawn
// (a font was found), and an embed page per chart in both languages.
import { describe, expect, it } from 'vitest';
import { allCharts, chartTitle, renderChart } from '../../src/charts/index.ts';
import { embedCode, embedHeight } from '../../src/components/data/embed-code.ts';
import { assertFontsRender, inkedPixels, PNG_WIDTH, svgToPng } from '../../src/data/export/chart-png.ts';
import { data, distFile, distHas, siteUrl } from './helpers.ts';

const charts = allCharts(data).map((def) => ({ def, dataset: data.datasets.find((d) => d.meta.id === def.dataset)! }));
const variants = charts.flatMap((c) => [
  { ...c, lang: 'vi' as const, file: c.def.id },
  { ...c, lang: 'en' as const, file: `${c.def.id}.en` },
]);

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const viewBoxOf = (svg: string) => /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!.slice(1).map(Number) as [number, number];
const withoutText = (svg: string) => svg.replace(/<text\b[\s\S]*?<\/text>/g, '');

describe('chart images', () => {
  it('exist for every chart (there are charts to publish)', () => {
    expect(charts.length).toBeGreaterThan(0);
  });

  it.each(variants.map((v) => [v.file, v] as const))('/charts/%s.svg is the standalone chart', (file, { def, dataset, lang }) => {
    const svg = distFile(`charts/${file}.svg`).toString('utf8');
    expect(svg).toBe(renderChart(def, dataset, lang));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain(`lang="${lang}"`);
  });

  it.each(variants.map((v) => [v.file, v] as const))('/charts/%s.png is a PNG 1200 px wide at the chart\'s proportions', (file, { def, dataset, lang }) => {
    const png = distFile(`charts/${file}.png`);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const [w, h] = viewBoxOf(renderChart(def, dataset, lang));
    expect(png.readUInt32BE(16)).toBe(PNG_WIDTH);
    expect(Math.abs(png.readUInt32BE(20) - (PNG_WIDTH * h) / w)).toBeLessThanOrEqual(1);
  });
});

describe('PNG text', () => {
  it('finds a font that draws Vietnamese', () => {
    expect(() => assertFontsRender()).not.toThrow();
  });

  it.each(charts.map((c) => [c.def.id, c] as const))('%s: the labels are drawn (text adds ink)', (_id, { def, dataset }) => {
    const svg = renderChart(def, dataset, 'vi');
    expect(inkedPixels(svg, 600)).toBeGreaterThan(inkedPixels(withoutText(svg), 600) + 500);
  });

  it('rasterises the same bytes twice (reproducible builds)', () => {
    const { def, dataset } = charts[0]!;
    const svg = renderChart(def, dataset, 'vi');
    expect(Buffer.from(svgToPng(svg)).equals(Buffer.from(svgToPng(svg)))).toBe(true);
  });
});

describe('embed pages', () => {
  it.each(charts.flatMap((c) => (['vi', 'en'] as const).map((lang) => [c.def.id, lang, c] as const)))('%s (%s): title, chart, source and a link back', (id, lang, { def, dataset }) => {
    const path = `${lang === 'vi' ? '' : 'en/'}embed/${id}/index.html`;
    expect(distHas(path), path).toBe(true);
    const html = distFile(path).toString('utf8');
    expect(html).toContain(`<html lang="${lang}"`);
    const title = chartTitle(def, dataset, lang).replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');
    expect(html).toMatch(new RegExp(`<h1[^>]*>${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`));
    expect(html).toContain(`id="chart-${id}"`);
    expect(html).toContain(`href="${new URL(`${lang === 'vi' ? '' : '/en'}/datasets/${dataset.meta.id}/`, siteUrl()).href}"`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('<header');
  });
});

describe('embed code', () => {
  it('is an iframe of the embed page at an absolute URL, with an escaped title', () => {
    const code = embedCode('labour-export--gender', 'Nữ & nam "suy ra"', 'en', 'https://example.vn', 720);
    expect(code).toBe('<iframe src="https://example.vn/en/embed/labour-export--gender/" title="Nữ &amp; nam &quot;suy ra&quot;" width="100%" height="720" loading="lazy" style="border:0;max-width:44rem"></iframe>');
  });

  it('sizes the frame from the chart\'s proportions', () => {
    expect(embedHeight('<svg viewBox="0 0 400 300">')).toBe(Math.ceil((616 * 0.75 + 240) / 10) * 10);
    expect(embedHeight('<svg viewBox="0 0 400 600">')).toBeGreaterThan(embedHeight('<svg viewBox="0 0 400 300">'));
  });
});
