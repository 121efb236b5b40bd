// Reads the reports the way tests need them: the catalogue, and each page's frontmatter, body, figure
// keys and chart ids. Paths come from the catalogue and the files, never from a year written here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { reportPageSchema, reportsFileSchema, type ReportEntry, type ReportPageData } from '../../src/reports/schemas.ts';
import { toReportPage, type ReportPage } from '../../src/reports/tree.ts';

export const REPORT_DIR = 'content/report';
export const langs = ['vi', 'en'] as const;
export type TestLang = (typeof langs)[number];

export interface MdxPage {
  file: string;
  slug: string;
  frontmatter: string;
  body: string;
}

export function readMdx(file: string): MdxPage {
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: no frontmatter`);
  const slug = file.split('/').at(-1)!.replace(/\.mdx$/, '');
  return { file, slug, frontmatter: m[1]!, body: m[2]! };
}

/** content/reports.yml. */
export const catalogue = (): ReportEntry[] => reportsFileSchema.parse(parse(readFileSync('content/reports.yml', 'utf8'))).reports;
export const publishedReports = () => catalogue().filter((r) => r.status === 'published');

export type TestPage = MdxPage & ReportPage & { data: ReportPageData };

/** Every file of a report in one language: its pages and its group headings (drafts included). */
export function reportPages(year: number, lang: TestLang): TestPage[] {
  const report = catalogue().find((r) => r.year === year);
  if (!report) throw new Error(`content/reports.yml has no report for ${year}`);
  const dir = join(REPORT_DIR, String(year), lang);
  return readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()
    .map((n) => {
      const mdx = readMdx(join(dir, n));
      const data = reportPageSchema.parse(parse(mdx.frontmatter));
      return { ...mdx, ...toReportPage({ year, lang, slug: mdx.slug, file: mdx.file }, data, report), data };
    });
}

/** The pages a report shows in one language: no group headings, no drafts. */
export const shownPages = (year: number, lang: TestLang) => reportPages(year, lang).filter((p) => p.kind !== 'group' && !p.draft);

/** Every <Fig k="…"> key in order of appearance, repeats included. */
export const figureKeys = (body: string) => [...body.matchAll(/<Fig\b[^>]*?\bk="([^"]+)"/g)].map((m) => m[1]!);
export const chartIds = (body: string) => [...body.matchAll(/<Chart\b[^>]*?\bid="([^"]+)"/g)].map((m) => m[1]!);
