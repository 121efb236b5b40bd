import { z } from 'zod';
import { chartDeclarationSchema, headlineSchema } from './charts.ts';
import { bilingual, kebabId, snakeId } from './common.ts';

/** Units are stated here, never in cells. Counts must be whole numbers. */
export const units = ['persons', 'thousand-persons', 'thousand-instances', 'classes', 'percent', 'billion-vnd', 'million-vnd'] as const;
export const countUnits: ReadonlySet<string> = new Set(['persons', 'classes']);
export const thousandUnits: ReadonlySet<string> = new Set(['thousand-persons', 'thousand-instances']);

/**
 * What a measure is. share and rate are 0–100; percent-of-plan is actual ÷ plan × 100;
 * change and reduction are percent changes as the source words them.
 */
export const measureKinds = ['count', 'amount', 'share', 'rate', 'percent-of-plan', 'change', 'reduction'] as const;

export const measureSchema = z.strictObject({
  id: snakeId,
  label: bilingual,
  unit: z.enum(units),
  kind: z.enum(measureKinds),
  definition: bilingual.optional(),
});

export const breakdownSchema = z.strictObject({
  id: kebabId,
  label: bilingual,
  definition: bilingual.optional(),
});

/** A part and its whole in the same year × breakdown, and optionally the share the source states. */
export const partOfWholeSchema = z.strictObject({ part: snakeId, whole: snakeId, share: snakeId.optional() });

export const datasetMetaSchema = z.strictObject({
  id: kebabId,
  title: bilingual,
  description: bilingual,
  /** The section of the annual report its figures come from, e.g. "I.2.1" (a report in data/sources.yml and content/reports.yml). */
  report_section: z.string().optional(),
  licence: z.string().min(1),
  updated: z.iso.date(),
  breakdowns: z.array(breakdownSchema).min(1),
  measures: z.array(measureSchema).min(1),
  checks: z.array(partOfWholeSchema).default([]),
  notes: z.array(bilingual).default([]),
  /** Charts on the dataset page, in this order, and the home page's headline series. */
  charts: z.array(chartDeclarationSchema).default([]),
  headline: headlineSchema.optional(),
});

export type DatasetMeta = z.output<typeof datasetMetaSchema>;
export type Measure = z.output<typeof measureSchema>;
export type Breakdown = z.output<typeof breakdownSchema>;
