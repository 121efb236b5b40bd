// The shapes staff write for the annual reports: the catalogue (content/reports.yml) and the frontmatter
// of each page (content/report/<year>/<lang>/<slug>.mdx). Rules that span several fields or files are in
// validate.ts, where they get bilingual messages with the line they are about.
import { z } from 'zod';
import { bilingual, kebabId } from '../data/schemas/common.ts';

export const reportStatuses = ['draft', 'published'] as const;

/** One report in content/reports.yml. */
export const reportSchema = z.strictObject({
  /** The year the report is about; its pages are at /report/<year>/. */
  year: z.number().int().min(1975).max(2200),
  /** draft: not on the public site; published: on it. */
  status: z.enum(reportStatuses),
  /** The report's id in data/sources.yml; required once published (validate.ts). */
  source: kebabId.optional(),
  issuer: bilingual,
  title: bilingual,
});

export const reportsFileSchema = z.strictObject({ reports: z.array(reportSchema) });

/** "I.2.1", "II.3", "I": the report's own numbering (within its part, when it has parts). */
export const sectionNumber = z.string().regex(/^[IVX]+(\.\d+)*$/, 'section like "I.2.1"');

/**
 * Frontmatter of a report page. Three kinds of file share it:
 * - the opening page, index.mdx: description (its title is the report's, from the catalogue);
 * - a section: title, description, order, section and, when the report has parts, part;
 * - a heading with no text of its own (group: true): title, section and/or part, no order, no text.
 */
export const reportPageSchema = z.strictObject({
  title: z.string().min(1).optional(),
  /** A one-sentence summary for the meta description, the contents and the feed. */
  description: z.string().min(1).optional(),
  /** Position in reading order, unique within the report; the opening page always comes first. */
  order: z.number().int().min(1).optional(),
  /** "Phần thứ nhất" = 1, "Phần thứ hai" = 2, for reports in parts. */
  part: z.number().int().min(1).max(9).optional(),
  section: sectionNumber.optional(),
  /** A heading whose only content is its subsections: in the contents and breadcrumbs, with no page. */
  group: z.literal(true).optional(),
  /** Not on the public site until staff delete this line (or write false). */
  draft: z.boolean().optional(),
});

export const reportingSystemPageSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
});

export type ReportEntry = z.output<typeof reportSchema>;
export type ReportPageData = z.output<typeof reportPageSchema>;
