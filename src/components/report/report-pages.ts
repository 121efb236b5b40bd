// The report's pages in one language, from the content collection.
import { getCollection, type CollectionEntry } from 'astro:content';
import { langs, type Lang } from '../../i18n/ui.ts';
import { langParam } from '../../urls.ts';
import { INDEX_SLUG, REPORT_YEAR, type ReportPage } from './tree.ts';

export interface ReportEntry extends ReportPage {
  entry: CollectionEntry<'report'>;
}

/**
 * "content/report/vi/i-2-1-labour-employment.mdx" → lang vi, slug i-2-1-labour-employment.
 * From the file path, not the entry id: the glob loader turns "vi/index" into the id "vi".
 */
export function splitReportFile(filePath: string): { lang: string; slug: string } {
  const parts = filePath.split('/');
  const slug = (parts.at(-1) ?? '').replace(/\.mdx$/, '');
  return { lang: parts.at(-2) ?? '', slug };
}

export async function reportPages(lang: Lang): Promise<ReportEntry[]> {
  const entries = await getCollection('report');
  return entries
    .map((entry) => ({ entry, ...splitReportFile(entry.filePath ?? entry.id) }))
    .filter((p) => p.lang === lang)
    .map(({ entry, slug }) => ({ entry, slug, data: entry.data }));
}

/** getStaticPaths for /[...lang]/report/<year>/[...slug]: every page in both languages; the opening page has no slug. */
export async function reportStaticPaths() {
  const paths = [];
  for (const lang of langs) {
    for (const p of await reportPages(lang)) {
      const slug = p.slug === INDEX_SLUG ? undefined : p.slug;
      paths.push({ params: { lang: langParam(lang), year: String(REPORT_YEAR), slug }, props: { lang, slug: p.slug } });
    }
  }
  return paths;
}

/** The reporting-system page in one language (content/reporting-system/<lang>/index.mdx); the build fails without it. */
export async function reportingSystemEntry(lang: Lang): Promise<CollectionEntry<'reportingSystem'>> {
  const entry = (await getCollection('reportingSystem')).find((e) => e.filePath?.endsWith(`/${lang}/index.mdx`));
  if (!entry) throw new Error(`content/reporting-system/${lang}/index.mdx: thiếu trang này / this page is missing`);
  return entry;
}
