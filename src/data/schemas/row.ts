import { z } from 'zod';
import { codeCell, numberCell, optionalCodeCell, optionalText, requiredText, yearCell, fail } from './cells.ts';
import type { DatasetMeta } from './metadata.ts';

/** The header every dataset CSV has, in this order: one row per figure (long format). */
export const csvColumns = [
  'year', 'breakdown', 'measure', 'value', 'qualifier', 'status',
  'source', 'section', 'quote', 'flag', 'note_vi', 'note_en',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

/** How the source words an imprecise figure: "khoảng", "trên", "gần", "tới". */
export const qualifiers = ['about', 'more-than', 'nearly', 'up-to'] as const;
/** What the figure is: a result, a plan or target, an estimate before the year closed, a forecast, or part of a year. */
export const statuses = ['actual', 'estimate', 'forecast', 'plan', 'partial'] as const;
/** source-inconsistent: the source disagrees with itself; sources-conflict: another source gives another figure. */
export const flags = ['source-inconsistent', 'sources-conflict'] as const;

export interface RowContext {
  meta: DatasetMeta;
  /** Known source ids; undefined when the catalogue could not be read. */
  sourceIds: ReadonlySet<string> | undefined;
  years: { min: number; max: number };
}

export function rowSchema({ meta, sourceIds, years }: RowContext) {
  const breakdownIds = meta.breakdowns.map((b) => b.id) as [string, ...string[]];
  const measureIds = meta.measures.map((m) => m.id) as [string, ...string[]];
  return z.object({
    year: yearCell(years.min, years.max),
    breakdown: codeCell(breakdownIds),
    measure: codeCell(measureIds),
    value: numberCell,
    qualifier: optionalCodeCell(qualifiers),
    status: codeCell(statuses),
    source: z.string().transform((raw, ctx) => {
      const s = raw.trim();
      if (s === '') return fail(ctx, 'blank-required');
      return !sourceIds || sourceIds.has(s) ? s : fail(ctx, 'unknown-source');
    }),
    section: optionalText,
    quote: requiredText('quote-required'),
    flag: optionalCodeCell(flags),
    note_vi: optionalText,
    note_en: optionalText,
  });
}

export type Row = z.output<ReturnType<typeof rowSchema>>;

/** A validated figure with where it came from in the CSV. */
export interface Figure extends Row {
  dataset: string;
  /** Line of the row in the CSV, for links from the site back to the data. */
  line: number;
  /** Decimals as written in the source (40.7 → 1), kept for checks and display. */
  decimals: number;
}
