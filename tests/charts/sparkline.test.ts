// The home page's small trends: a line only between consecutive years of one breakdown, provisional
// figures hollow with dashed lines, hidden from screen readers (the card says the same in words).
import { describe, expect, it } from 'vitest';
import { sparkline } from '../../src/charts/sparkline.ts';
import { figures } from './fixtures.ts';
import { byTag, parseSvg } from './svg-tree.ts';

describe('sparkline', () => {
  const a = figures('p', [
    { year: 2009, breakdown: 'a', measure: 'rate', value: 11.3 },
    { year: 2010, breakdown: 'a', measure: 'rate', value: 9.5, status: 'forecast' },
  ]);
  const b = figures('p', [
    { year: 2010, breakdown: 'b', measure: 'rate', value: 14.2 },
    { year: 2011, breakdown: 'b', measure: 'rate', value: 11.8 },
    { year: 2014, breakdown: 'b', measure: 'rate', value: 6 },
  ]);
  const markup = sparkline([a, b], b[1]);
  const svg = parseSvg(markup);
  const lines = byTag(svg, 'path');
  const dots = byTag(svg, 'circle');

  it('is decorative: hidden from assistive technology and never focusable', () => {
    expect(markup).toMatch(/^<svg [^>]*aria-hidden="true"[^>]*focusable="false"/);
  });

  it('draws a point per figure and joins only consecutive years of the same breakdown', () => {
    expect(dots).toHaveLength(5);
    // a 2009–2010 and b 2010–2011; never a–b, never b 2011–2014 across the missing years.
    expect(lines).toHaveLength(2);
    const xs = (n: (typeof lines)[number]) => [...String(n.attrs.d).matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
    const xOf = (year: number) => Number(dots[[...a, ...b].findIndex((f) => f.year === year)]!.attrs.cx);
    expect(lines.map(xs)).toEqual([[xOf(2009), xOf(2010)], [xOf(2010), xOf(2011)]]);
  });

  it('marks figures that are not actual results by shape, not colour: hollow points and dashed lines', () => {
    const hollow = dots.filter((d) => d.attrs.fill === '#FFFFFF');
    expect(hollow).toHaveLength(1);
    expect(lines.map((l) => l.attrs['stroke-dasharray'] !== undefined)).toEqual([true, false]);
  });

  it('draws the figure the card states larger', () => {
    expect(dots.map((d) => Number(d.attrs.r))).toEqual([2.25, 2.25, 2.25, 3.5, 2.25]);
  });
});
