// /data/all-datasets.zip: every CSV and JSON, datapackage.json, sources.json and a bilingual README.
// Deterministic: the same data gives the same bytes (fixed file order and modification times).
import { zipSync, type Zippable } from 'fflate';
import type { SiteData } from '../load.ts';
import { dataPackage } from './datapackage.ts';
import { datasetCsv } from './dataset-csv.ts';
import { datasetJson, sourceJson, toJsonText } from './dataset-json.ts';
import { archiveReadme } from './readme.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The last day any dataset was updated: the date every file in the archive carries. */
export function archiveDate(data: SiteData): string {
  return data.datasets.map((d) => d.meta.updated).sort().at(-1) ?? '1980-01-01';
}

/** Path in the archive → bytes, in the order they are written. */
export function archiveFiles(data: SiteData, site: string | URL): [string, Uint8Array][] {
  const files: [string, Uint8Array][] = [
    ['README.txt', utf8(archiveReadme(data, site))],
    ['datapackage.json', utf8(toJsonText(dataPackage(data, site)))],
    ['sources.json', utf8(toJsonText({ sources: data.sources.map((s) => sourceJson(s, site)) }))],
  ];
  for (const dataset of data.datasets) {
    files.push([`data/${dataset.meta.id}.csv`, utf8(datasetCsv(dataset))]);
    files.push([`data/${dataset.meta.id}.json`, utf8(toJsonText(datasetJson(dataset, data.sources, site)))]);
  }
  return files;
}

export function buildArchive(data: SiteData, site: string | URL): Uint8Array {
  const [y, m, d] = archiveDate(data).split('-').map(Number) as [number, number, number];
  // ZIP stores local date and time fields; build the Date from local parts so every time zone writes the same bytes.
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  const entries: Zippable = {};
  for (const [path, bytes] of archiveFiles(data, site)) entries[path] = [bytes, { mtime }];
  return zipSync(entries, { level: 9, mtime });
}
