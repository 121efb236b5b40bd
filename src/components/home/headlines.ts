// The home page's cards: for each dataset that declares a headline series (headline: in its YAML), the
// series' latest actual figure, any newer figure that is not an actual result, and the whole series for
// its trend. Nothing here names a dataset, a year or a figure: everything comes from the data.
import type { Dataset, SiteData } from '../../data/load.ts';
import type { Measure } from '../../data/schemas/metadata.ts';
import type { Figure } from '../../data/schemas/row.ts';

export interface HeadlineCard {
  dataset: Dataset;
  measure: Measure;
  /** The latest actual result; when the series has none, its latest figure of any status (labelled as such). */
  main: Figure;
  /** Figures of later years that are not actual results (estimate, partial year, forecast, plan), oldest first. */
  later: Figure[];
  /** The series for the trend: one run per breakdown, by year. Runs are never joined to each other. */
  runs: Figure[][];
  /** Whether the card names the breakdown: the dataset has several, so the measure alone is ambiguous. */
  namesBreakdown: boolean;
}

const isActual = (f: Figure) => f.status === 'actual';

/** The headline series of a dataset, or undefined when its YAML declares none. */
export function headlineCard(dataset: Dataset): HeadlineCard | undefined {
  const { headline, measures, breakdowns } = dataset.meta;
  if (!headline) return undefined;
  const measure = measures.find((m) => m.id === headline.measure)!;
  // Breakdowns in the order given (the headline's own list, or the dataset's): on a tie in the latest
  // year, the one listed last wins, so a newer poverty standard comes before the one it replaced.
  const order = headline.breakdowns ?? breakdowns.map((b) => b.id);
  const rank = new Map(order.map((id, i) => [id, i]));
  const figures = dataset.figures
    .filter((f) => f.measure === measure.id && rank.has(f.breakdown))
    .sort((a, b) => rank.get(a.breakdown)! - rank.get(b.breakdown)! || a.year - b.year);
  const newest = (list: Figure[]) => list.reduce<Figure | undefined>((best, f) => (!best || f.year > best.year || (f.year === best.year && rank.get(f.breakdown)! > rank.get(best.breakdown)!) ? f : best), undefined);
  // The validator guarantees a headline has at least one figure (headline-empty).
  const main = newest(figures.filter(isActual)) ?? newest(figures)!;
  const later = figures.filter((f) => f.year > main.year && !isActual(f)).sort((a, b) => a.year - b.year || rank.get(a.breakdown)! - rank.get(b.breakdown)!);
  const runs = order.map((id) => figures.filter((f) => f.breakdown === id)).filter((run) => run.length > 0);
  return { dataset, measure, main, later, runs, namesBreakdown: breakdowns.length > 1 };
}

/** Every dataset's card, the newest figures first (then in catalogue order). */
export function headlineCards(data: SiteData): HeadlineCard[] {
  return data.datasets
    .map(headlineCard)
    .filter((c): c is HeadlineCard => c !== undefined)
    .sort((a, b) => b.main.year - a.main.year);
}
