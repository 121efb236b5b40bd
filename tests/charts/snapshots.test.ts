// SVG snapshots per chart kind, from small fixed datasets: any change to a chart's markup shows up as a
// readable diff (the snapshots are .svg files: open them to see the chart).
import { describe, expect, it } from 'vitest';
import { chartKinds, chartsFor, renderChart } from '../../src/charts/index.ts';
import { fixtures, sources } from './fixtures.ts';
import { pretty } from './svg-tree.ts';

/** One element per line, numbers at no more than 2 decimals: stable, readable snapshots. */
const tidy = (svg: string) => pretty(svg).replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));

describe('chart snapshots', () => {
  const defs = fixtures.flatMap((dataset) => chartsFor(dataset).map((def) => ({ dataset, def })));

  it('the fixtures cover every chart kind', () => {
    expect(new Set(defs.map((d) => d.def.kind))).toEqual(new Set(chartKinds));
  });

  for (const { dataset, def } of defs) {
    for (const lang of ['vi', 'en'] as const) {
      it(`${def.id} (${lang})`, async () => {
        await expect(tidy(renderChart(def, dataset, lang, { sources }))).toMatchFileSnapshot(`./__snapshots__/${def.id}.${lang}.svg`);
      });
    }
  }
});
