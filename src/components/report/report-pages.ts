// The reports and their pages as the site shows them, from the content collection and the catalogue.
// The public build shows published reports and their finished pages; `npm run dev` also shows drafts,
// marked as such, so staff can preview them.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Dataset } from '../../data/load.ts';
import type { Source } from '../../data/schemas/sources.ts';
import { firstSection } from '../../data/sections.ts';
import { langs, type Lang } from '../../i18n/ui.ts';
import { readCatalogue } from '../../reports/read.ts';
import type { ReportEntry } from '../../reports/schemas.ts';
import { readingOrder, sourceSection, toReportPage, type ReportPage } from '../../reports/tree.ts';
import { publicContent } from '../../reports/validate.ts';
import { langParam, REPORT_INDEX_SLUG, reportPath, sourceHref } from '../../urls.ts';

export interface SitePage extends ReportPage {
  entry: CollectionEntry<'report'>;
}

export interface SiteReport {
  report: ReportEntry;
  /** Its pages and group headings in one language (drafts only in `npm run dev`). */
  pages: (lang: Lang) => SitePage[];
  opening: (lang: Lang) => SitePage;
}

/**
 * Drafts are previewed in `npm run dev` and never built into the public site. The mode, not DEV: Vite
 * sets DEV from NODE_ENV, so `NODE_ENV=development astro build` would otherwise publish them.
 */
export const SHOW_DRAFTS = import.meta.env.MODE === 'development';

/** "2031/vi/i-2-results" (the loader's id) → its year, language and slug. */
function placeOf(entry: CollectionEntry<'report'>) {
  const [year, lang, slug] = entry.id.split('/');
  return { year: Number(year), lang: lang as Lang, slug: slug!, file: entry.filePath ?? `content/report/${entry.id}.mdx` };
}

/** Worked out once per build (every dataset page asks); `npm run dev` reads afresh so edits show. */
let once: Promise<SiteReport[]> | undefined;

/** The reports on the site, newest first. The content loader has validated everything already. */
export function siteReports(): Promise<SiteReport[]> {
  if (SHOW_DRAFTS) return readReports();
  once ??= readReports();
  return once;
}

async function readReports(): Promise<SiteReport[]> {
  const all = readCatalogue(process.cwd()).reports;
  const entries = await getCollection('report');
  const pages: SitePage[] = entries.flatMap((entry) => {
    const where = placeOf(entry);
    const report = all.find((r) => r.year === where.year);
    return report ? [{ ...toReportPage(where, entry.data, report), entry }] : [];
  });
  const shown = SHOW_DRAFTS ? { reports: all, pages } : publicContent({ reports: all, pages });
  const visible = new Set(shown.pages);
  return shown.reports
    .map((report) => {
      const mine = (lang: Lang) => pages.filter((p) => visible.has(p) && p.year === report.year && p.lang === lang);
      return {
        report,
        pages: mine,
        opening: (lang: Lang) => mine(lang).find((p) => p.slug === REPORT_INDEX_SLUG)!,
      };
    })
    .sort((a, b) => b.report.year - a.report.year);
}

export async function siteReport(year: number): Promise<SiteReport> {
  const found = (await siteReports()).find((r) => r.report.year === year);
  if (!found) throw new Error(`content/reports.yml: không có báo cáo năm ${year} / no report for ${year}`);
  return found;
}

/** getStaticPaths for /[...lang]/report/[year]/[...slug]: every page in both languages; the opening page has no slug. */
export async function reportStaticPaths() {
  const reports = await siteReports();
  return reports.flatMap(({ report, pages }) =>
    langs.flatMap((lang) =>
      readingOrder(pages(lang)).map((page) => ({
        params: { lang: langParam(lang), year: String(report.year), slug: page.slug === REPORT_INDEX_SLUG ? undefined : page.slug },
        props: { lang, year: report.year, slug: page.slug },
      })),
    ),
  );
}

/** The reporting-system page in one language (content/reporting-system/<lang>/index.mdx); the build fails without it. */
export async function reportingSystemEntry(lang: Lang): Promise<CollectionEntry<'reportingSystem'>> {
  const entry = (await getCollection('reportingSystem')).find((e) => e.filePath?.endsWith(`/${lang}/index.mdx`));
  if (!entry) throw new Error(`content/reporting-system/${lang}/index.mdx: thiếu trang này / this page is missing`);
  return entry;
}

/**
 * The report a dataset's `report_section` belongs to: the newest report on the site whose source
 * document the dataset's figures cite at that section (or at all), with the section's page when the
 * report has one and the passage in the source document.
 */
export async function datasetReportLink(dataset: Dataset, sources: readonly Source[], lang: Lang) {
  if (!dataset.meta.report_section) return undefined;
  const section = firstSection(dataset.meta.report_section);
  const cited = (atSection: boolean) => new Set(dataset.figures.filter((f) => !atSection || (f.section && firstSection(f.section) === section)).map((f) => f.source));
  const reports = await siteReports();
  const found = reports.find(({ report }) => report.source && cited(true).has(report.source)) ?? reports.find(({ report }) => report.source && cited(false).has(report.source));
  if (!found) return undefined;
  const source = sources.find((s) => s.id === found.report.source);
  const page = found.pages(lang).find((p) => p.kind === 'section' && p.section && sourceSection(p.part, p.section) === section);
  return {
    year: found.report.year,
    section: dataset.meta.report_section,
    pageHref: page && reportPath(lang, found.report.year, page.slug),
    passageHref: source && sourceHref(lang, source, section),
  };
}
