import { z } from 'zod';
import { bilingual, kebabId } from './common.ts';

/** A document figures are copied from: one entry in data/sources.yml. */
export const sourceSchema = z.strictObject({
  id: kebabId,
  /** primary: a document of the issuing body (the seed texts); secondary: a news or agency page citing one. */
  kind: z.enum(['primary', 'secondary']),
  number: z.string().optional(),
  date: z.iso.date().optional(),
  /** When only the year is known. */
  year: z.number().int().optional(),
  issuer: bilingual,
  title: bilingual,
  url: z.url().optional(),
  /** For primary documents: the text file in data/documents/ published as a page. */
  file: z.string().optional(),
  summary: bilingual.optional(),
});

export const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema).min(1) });
export type Source = z.output<typeof sourceSchema>;
