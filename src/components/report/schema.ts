// Frontmatter of the narrative MDX pages (content/report/<lang>/*.mdx, content/reporting-system/<lang>/*.mdx).
import { z } from 'zod';

/** "I.2.1", "II.3", "I": the report's own numbering within its part. */
export const sectionNumber = z.string().regex(/^[IVX]+(\.\d+)*$/, 'section like "I.2.1"');

export const reportPageSchema = z.strictObject({
  title: z.string().min(1),
  /** A one-sentence summary for the meta description and the table of contents. */
  description: z.string().min(1),
  /** Position in reading order; 0 is the report's opening page (the table of contents). */
  order: z.number().int().min(0),
  /** Absent on the opening page. */
  part: z.union([z.literal(1), z.literal(2)]).optional(),
  section: sectionNumber.optional(),
});

export const reportingSystemPageSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
});

export type ReportPageData = z.output<typeof reportPageSchema>;
