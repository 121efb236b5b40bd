// The one serializer every chart goes through: escaping, and refusal of names that would break the markup.
import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../src/charts/layouts/place-labels.ts';
import { textWidth, wrap } from '../../src/charts/measure-text.ts';
import { el } from '../../src/charts/svg/node.ts';
import { serialize } from '../../src/charts/svg/serialize.ts';
import { allCharts, renderChart } from '../../src/charts/index.ts';
import { loadData } from '../../src/data/load.ts';
import { parseSvg } from './svg-tree.ts';

describe('SVG serializer', () => {
  it('escapes text and attribute values, so source notes with quotes or < > & cannot break the SVG', () => {
    const markup = serialize(el('g', { 'aria-label': 'a "b" & <c>' }, [el('text', {}, ['11 < 54 & "40,7%" > 20,4%'])]));
    expect(markup).toBe('<g aria-label="a &quot;b&quot; &amp; &lt;c&gt;"><text>11 &lt; 54 &amp; "40,7%" &gt; 20,4%</text></g>');
    expect(parseSvg(markup).attrs['aria-label']).toBe('a "b" & <c>');
  });

  it('rounds numbers to 2 decimals and leaves out undefined attributes', () => {
    expect(serialize(el('rect', { x: 1 / 3, y: -0.001, width: undefined }))).toBe('<rect x="0.33" y="0"/>');
  });

  it('refuses tag and attribute names that are not names', () => {
    expect(() => serialize(el('g onload=x', {}))).toThrow(/tag name/);
    expect(() => serialize(el('g', { 'x" onload="x': 1 }))).toThrow(/attribute name/);
  });

  it('every real chart is well-formed XML in NFC (as Vietnamese text must be)', () => {
    const data = loadData();
    for (const def of allCharts(data)) {
      for (const lang of ['vi', 'en'] as const) {
        const markup = renderChart(def, data.datasets.find((d) => d.meta.id === def.dataset)!, lang);
        expect(() => parseSvg(markup), def.id).not.toThrow();
        expect(markup.normalize('NFC') === markup, def.id).toBe(true);
      }
    }
  });
});

describe('text layout', () => {
  it('wraps to the width and never loses a word', () => {
    const text = 'Bộ: toàn bộ cán bộ lãnh đạo, quản lý được bổ nhiệm, điều động';
    const lines = wrap(text, 200, 16);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines.slice(0, -1)) expect(textWidth(line, 16)).toBeLessThanOrEqual(200);
  });

  it('places value labels without overlaps, inside the plot, or not at all', () => {
    const points = Array.from({ length: 12 }, (_, i) => ({ x: 40 + i * 28, y: 100 + ((i * 37) % 60) }));
    const requests = points.map((p, i) => ({ ...p, text: `khoảng ${100 + i}.000`, extra: 0, priority: i % 3 }));
    const bounds = { x1: 30, x2: 390, y1: 20, y2: 220 };
    const placed = placeLabels(requests, points, bounds, 14);
    expect(placed.length).toBeGreaterThan(3);
    const boxes = placed.map((p) => ({ x1: p.left, x2: p.left + p.width, y1: p.y - 14, y2: p.y + 3 }));
    boxes.forEach((a, i) => {
      expect(a.x1).toBeGreaterThanOrEqual(bounds.x1 - 0.01);
      expect(a.x2).toBeLessThanOrEqual(bounds.x2 + 0.01);
      boxes.slice(i + 1).forEach((b) => expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).toBe(false));
    });
  });
});
