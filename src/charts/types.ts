import type { Source } from '../data/schemas/sources.ts';

/**
 * gender: women against the derived rest (men = total − women), as bars;
 * share: the women's (or girls') share as a part-of-whole bar;
 * trend: a measure over the years, one line per breakdown;
 * plan: percent of plan against a 100% reference line;
 * compare: one measure across breakdowns in a year, for datasets none of the others fits.
 */
export const chartKinds = ['gender', 'share', 'trend', 'plan', 'compare'] as const;
export type ChartKind = (typeof chartKinds)[number];

export interface ChartDef {
  /** `<dataset-id>--<kind>` or `<dataset-id>--<kind>-<qualifier>`: stable, kebab-case, unique site-wide; used in URLs. */
  id: string;
  kind: ChartKind;
  /** Dataset id. */
  dataset: string;
  /** Measures drawn. gender: [part, whole] plus the stated share if any; others: the measures plotted. */
  measures: string[];
  /** Only these breakdowns; all when absent. */
  breakdowns?: string[];
}

export interface RenderOptions {
  /**
   * Draw the title above and the source line below, inside the SVG (default true): what a downloaded
   * file or PNG needs. A page that shows them in its <figcaption> passes false.
   */
  caption?: boolean;
  /** The source catalogue, for source lines and tooltips; the validated site data when absent. */
  sources?: readonly Source[];
}
