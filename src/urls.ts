// Every path the site produces, in one place: pages per language (Vietnamese unprefixed, English under
// /en/ with the same slug), their twins, anchors other pages link to, downloads and chart images.
// Published URLs never change, so nothing else writes a path by hand.
import { sectionAnchor } from './data/sections.ts';
import type { Figure } from './data/schemas/row.ts';
import type { Source } from './data/schemas/sources.ts';
import { defaultLang, langs, otherLang, type Lang } from './i18n/ui.ts';

// ---- Languages in paths -------------------------------------------------------------------------

/** "" for Vietnamese, "/en" for English. */
export const localePrefix = (lang: Lang): string => (lang === defaultLang ? '' : `/${lang}`);

/** Split "/en/datasets/x/#a" into its language and the language-free path "/datasets/x/#a". */
export function splitLocale(path: string): { lang: Lang; path: string } {
  for (const lang of langs) {
    if (lang === defaultLang) continue;
    const prefix = `/${lang}`;
    if (path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}#`) || path.startsWith(`${prefix}?`)) {
      const rest = path.slice(prefix.length);
      return { lang, path: rest.startsWith('/') ? rest : `/${rest}` };
    }
  }
  return { lang: defaultLang, path: path.startsWith('/') ? path : `/${path}` };
}

/** The language a URL path is in: "/en/…" is English, everything else Vietnamese. */
export const langOfPath = (path: string): Lang => splitLocale(path).lang;

/** A page's path in a language: localePath('en', '/datasets/x/') → "/en/datasets/x/". Accepts prefixed paths too. */
export function localePath(lang: Lang, path: string): string {
  return `${localePrefix(lang)}${splitLocale(path).path}`;
}

/** The same page in the other language: twinPath('en', '/en/sources/x/') → "/sources/x/". */
export const twinPath = (lang: Lang, path: string): string => localePath(otherLang(lang), path);

/**
 * The `[...lang]` route parameter of a language: undefined for Vietnamese (no prefix), "en" for English.
 * Every locale-aware route under src/pages/[...lang]/ builds its pages from these.
 */
export const langParam = (lang: Lang): string | undefined => (lang === defaultLang ? undefined : lang);

/** The language of a `[...lang]` route parameter (the inverse of langParam). */
export function langFromParam(param: string | undefined): Lang {
  if (param === undefined) return defaultLang;
  const lang = langs.find((l) => l !== defaultLang && l === param);
  if (!lang) throw new Error(`Unknown language prefix "/${param}/"`);
  return lang;
}

/** getStaticPaths of a page that exists once per language. */
export const localeStaticPaths = () => langs.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));

// ---- Pages ----------------------------------------------------------------------------------------

export const homePath = (lang: Lang) => localePath(lang, '/');
export const cataloguePath = (lang: Lang) => localePath(lang, '/datasets/');
export const datasetPath = (lang: Lang, datasetId: string) => localePath(lang, `/datasets/${datasetId}/`);
export const sourcesIndexPath = (lang: Lang) => localePath(lang, '/sources/');
export const sourcePath = (lang: Lang, sourceId: string) => localePath(lang, `/sources/${sourceId}/`);
export const reportsIndexPath = (lang: Lang) => localePath(lang, '/report/');
export const reportingSystemPath = (lang: Lang) => localePath(lang, '/reporting-system/');
export const changelogPath = (lang: Lang) => localePath(lang, '/changelog/');
export const searchPath = (lang: Lang) => localePath(lang, '/search/');
export const feedPath = (lang: Lang) => localePath(lang, '/feed.xml');
export const embedPath = (lang: Lang, chartId: string) => localePath(lang, `/embed/${chartId}/`);

/** The slug of a report's opening page (content/report/<year>/<lang>/index.mdx), served at /report/<year>/. */
export const REPORT_INDEX_SLUG = 'index';

/** A report's opening page (/report/<year>/) or one of its sections (/report/<year>/<slug>/). */
export function reportPath(lang: Lang, year: number, slug: string = REPORT_INDEX_SLUG): string {
  return localePath(lang, `/report/${year}/${slug === REPORT_INDEX_SLUG ? '' : `${slug}/`}`);
}

/** The error page: the host serves /404.html for any missing path; the English one is a page of its own. */
export const notFoundPath = (lang: Lang) => (lang === defaultLang ? '/404.html' : localePath(lang, '/404/'));

// ---- Anchors inside pages ------------------------------------------------------------------------

const idPart = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
type FigureKey = Pick<Figure, 'year' | 'breakdown' | 'measure'>;

/** The id of a figure's cell in its dataset table: "fig-2010-total-women-share". */
export const figureAnchor = (f: FigureKey) => `fig-${f.year}-${idPart(f.breakdown)}-${idPart(f.measure)}`;
/** The id of a figure's note in the dataset page's notes section. */
export const noteAnchor = (f: FigureKey) => `note-${f.year}-${idPart(f.breakdown)}-${idPart(f.measure)}`;
/** One figure: its cell in the table of its dataset's page. */
export const figurePath = (lang: Lang, f: FigureKey & Pick<Figure, 'dataset'>) => `${datasetPath(lang, f.dataset)}#${figureAnchor(f)}`;

/** The id of one day's changes on the changelog page. */
export const changelogDayAnchor = (date: string) => `changes-${date}`;
export const changelogDayPath = (lang: Lang, date: string) => `${changelogPath(lang)}#${changelogDayAnchor(date)}`;

/** A passage of a source document's page: sourcePassagePath('vi', 'x', 'I.2.1') → "/sources/x/#section-i-2-1". */
export const sourcePassagePath = (lang: Lang, sourceId: string, section: string) => `${sourcePath(lang, sourceId)}#${sectionAnchor(section)}`;

/** A primary document with its text on this site is a page here (to the passage when known); any other source is linked at its own URL. */
export const hasSourcePage = (source: Source) => source.kind === 'primary' && source.file !== undefined;
export function sourceHref(lang: Lang, source: Source, section?: string): string | undefined {
  if (!hasSourcePage(source)) return source.url;
  return section ? sourcePassagePath(lang, source.id, section) : sourcePath(lang, source.id);
}

// ---- Files: downloads and chart images (one URL for both languages) -----------------------------

export const csvPath = (datasetId: string) => `/data/${datasetId}.csv`;
export const jsonPath = (datasetId: string) => `/data/${datasetId}.json`;
export const archivePath = () => '/data/all-datasets.zip';
export const datapackagePath = () => '/datapackage.json';

/** A chart image's file name without extension: "<chart-id>" in Vietnamese, "<chart-id>.en" in English (chart ids are kebab-case, so no clash). */
export const chartFileStem = (lang: Lang, chartId: string) => (lang === defaultLang ? chartId : `${chartId}.${lang}`);
export const chartSvgPath = (lang: Lang, chartId: string) => `/charts/${chartFileStem(lang, chartId)}.svg`;
export const chartPngPath = (lang: Lang, chartId: string) => `/charts/${chartFileStem(lang, chartId)}.png`;

// ---- Absolute URLs -------------------------------------------------------------------------------

/** An absolute URL on the site, for files that travel without it (feeds, JSON, README, data package, citations). */
export const absoluteUrl = (site: string | URL, path: string) => new URL(path, site).href;
