// Which figures a declared chart draws. Shared by the chart builders (src/charts/) and the checks on the
// declarations (chart-checks.ts), so a chart the validator accepts always has something to draw and the
// order of a dataset page's charts is judged by what they really draw.
import type { ChartDeclaration } from './schemas/charts.ts';
import type { DatasetMeta } from './schemas/metadata.ts';
import type { Figure } from './schemas/row.ts';

type Declared = Pick<ChartDeclaration, 'kind' | 'measures' | 'breakdowns'>;

/** Figures of one measure within the chart's breakdowns, in breakdown order (as in the metadata), then year. */
export function measureFigures(meta: Pick<DatasetMeta, 'breakdowns'>, figures: readonly Figure[], chart: Pick<Declared, 'breakdowns'>, measure: string): Figure[] {
  const order = new Map(meta.breakdowns.map((b, i) => [b.id, i]));
  return figures
    .filter((f) => f.measure === measure && (!chart.breakdowns || chart.breakdowns.includes(f.breakdown)))
    .sort((a, b) => (order.get(a.breakdown)! - order.get(b.breakdown)!) || a.year - b.year);
}

/** Stated exactly: an actual result without "about", "more than"… Only then is "whole − part" a count. */
const exact = (f: Figure | undefined): f is Figure => f !== undefined && !f.qualifier && f.status === 'actual';

export interface GenderPair {
  part: Figure;
  whole: Figure;
  share: Figure | undefined;
}

/** gender: the years × breakdowns where both the part and its whole are exact, in breakdown order then year. */
export function genderPairs(meta: Pick<DatasetMeta, 'breakdowns'>, figures: readonly Figure[], chart: Pick<Declared, 'measures' | 'breakdowns'>): GenderPair[] {
  const [partId, wholeId, shareId] = chart.measures;
  const find = (m: string | undefined, f: Figure) => figures.find((x) => x.measure === m && x.year === f.year && x.breakdown === f.breakdown);
  return measureFigures(meta, figures, chart, partId!).flatMap((part): GenderPair[] => {
    const whole = find(wholeId, part);
    return exact(part) && exact(whole) && whole.value >= part.value ? [{ part, whole, share: find(shareId, part) }] : [];
  });
}

/** compare: the year in which the measure has the most breakdowns (the latest on a tie). */
export function compareYear(figures: readonly Figure[], chart: Pick<Declared, 'measures' | 'breakdowns'>): number | undefined {
  const counts = new Map<number, number>();
  for (const f of figures) {
    if (f.measure === chart.measures[0] && (!chart.breakdowns || chart.breakdowns.includes(f.breakdown))) counts.set(f.year, (counts.get(f.year) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

/** Every figure a chart draws (for gender, the parts and wholes it pairs). */
export function drawnFigures(meta: Pick<DatasetMeta, 'breakdowns'>, figures: readonly Figure[], chart: Declared): Figure[] {
  switch (chart.kind) {
    case 'gender':
      return genderPairs(meta, figures, chart).flatMap((p) => [p.part, p.whole]);
    case 'compare': {
      const year = compareYear(figures, chart);
      return measureFigures(meta, figures, chart, chart.measures[0]!).filter((f) => f.year === year);
    }
    default:
      return chart.measures.flatMap((m) => measureFigures(meta, figures, chart, m));
  }
}

/** How many years a chart draws: a dataset page leads with the chart that draws the most. */
export const yearsDrawn = (meta: Pick<DatasetMeta, 'breakdowns'>, figures: readonly Figure[], chart: Declared) =>
  new Set(drawnFigures(meta, figures, chart).map((f) => f.year)).size;
