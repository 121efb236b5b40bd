// What a dataset's YAML declares about how it is shown: its charts (in display order) and its headline
// series on the home page. Which measures fit which chart kind is checked in ../chart-checks.ts.
import { z } from 'zod';
import { kebabId, snakeId } from './common.ts';

/**
 * gender: women (or girls) against the derived rest (men = total − women), as bars;
 * share: a share (usually the women's or girls') as a part-of-whole bar;
 * trend: measures over the years, one line per measure and breakdown;
 * plan: percent of plan against a 100% reference line;
 * compare: one measure across breakdowns in a year.
 */
export const chartKinds = ['gender', 'share', 'trend', 'plan', 'compare'] as const;
export type ChartKind = (typeof chartKinds)[number];

/** Who the rest of a gender chart are: "Nam/Men" (the default) or "Trẻ em trai/Boys". */
export const genderRests = ['men', 'boys'] as const;

export const chartDeclarationSchema = z.strictObject({
  /** The chart's name in its URL after "<dataset-id>--"; the kind when absent. Never changes once published. */
  id: kebabId.optional(),
  kind: z.enum(chartKinds),
  /** The measures drawn. gender: the part, the whole, then optionally the stated share. */
  measures: z.array(snakeId).min(1),
  /** Only these breakdowns; all when absent. */
  breakdowns: z.array(kebabId).min(1).optional(),
  /** gender charts only. */
  rest: z.enum(genderRests).optional(),
});

/** The series a home-page card shows: one measure, in these breakdowns (all that have it when absent). */
export const headlineSchema = z.strictObject({
  measure: snakeId,
  breakdowns: z.array(kebabId).min(1).optional(),
});

export type ChartDeclaration = z.output<typeof chartDeclarationSchema>;
export type Headline = z.output<typeof headlineSchema>;

/** "labour-export--trend": unique site-wide, since dataset ids never contain "--". Used in published URLs. */
export const chartId = (datasetId: string, chart: Pick<ChartDeclaration, 'id' | 'kind'>) => `${datasetId}--${chart.id ?? chart.kind}`;
