// The download URL contract (identical for both languages; published URLs never change).
import type { Lang } from '../../i18n/ui.ts';

export const csvPath = (datasetId: string) => `/data/${datasetId}.csv`;
export const jsonPath = (datasetId: string) => `/data/${datasetId}.json`;
export const ARCHIVE_PATH = '/data/all-datasets.zip';
export const DATAPACKAGE_PATH = '/datapackage.json';
export const chartSvgPath = (chartId: string) => `/charts/${chartId}.svg`;
export const chartPngPath = (chartId: string) => `/charts/${chartId}.png`;
/** The same chart with English text: /charts/<chart-id>.en.svg (chart ids are kebab-case, so no clash). */
export const chartSvgPathEn = (chartId: string) => `/charts/${chartId}.en.svg`;
export const chartPngPathEn = (chartId: string) => `/charts/${chartId}.en.png`;

const prefix = (lang: Lang) => (lang === 'vi' ? '' : '/en');
export const embedPath = (chartId: string, lang: Lang) => `${prefix(lang)}/embed/${chartId}/`;
export const datasetPagePath = (datasetId: string, lang: Lang) => `${prefix(lang)}/datasets/${datasetId}/`;
export const cataloguePath = (lang: Lang) => `${prefix(lang)}/datasets/`;
export const changelogPath = (lang: Lang) => `${prefix(lang)}/changelog/`;
export const sourcePagePath = (sourceId: string, lang: Lang) => `${prefix(lang)}/sources/${sourceId}/`;

/** An absolute URL on the site, for files that travel without the site (JSON, README, data package). */
export const absolute = (site: string | URL, path: string) => new URL(path, site).href;
