// /data/<id>.json: a dataset's metadata and its validated figures, with the details of every source cited.
import { datasetCitation } from '../citation.ts';
import type { Dataset } from '../load.ts';
import type { Source } from '../schemas/sources.ts';
import { licenceOf } from './licence.ts';
import { absoluteUrl, archivePath, csvPath, datapackagePath, datasetPath, jsonPath, sourcePath } from '../../urls.ts';

/** One figure as published: the CSV row's content with unit and precision, blanks as null. */
export function figureJson(dataset: Dataset, figure: Dataset['figures'][number]) {
  const measure = dataset.meta.measures.find((m) => m.id === figure.measure);
  return {
    year: figure.year,
    breakdown: figure.breakdown,
    measure: figure.measure,
    value: figure.value,
    /** Decimals as written in the source: show the value at this precision. */
    decimals: figure.decimals,
    unit: measure?.unit ?? null,
    qualifier: figure.qualifier ?? null,
    status: figure.status,
    source: figure.source,
    section: figure.section ?? null,
    quote: figure.quote,
    flag: figure.flag ?? null,
    note_vi: figure.note_vi ?? null,
    note_en: figure.note_en ?? null,
  };
}

/** A source catalogue entry as published, with the URL of its page on the site when it has one. */
export function sourceJson(source: Source, site: string | URL) {
  return {
    id: source.id,
    kind: source.kind,
    number: source.number ?? null,
    date: source.date ?? null,
    year: source.year ?? (source.date ? Number(source.date.slice(0, 4)) : null),
    issuer: source.issuer,
    title: source.title,
    url: source.url ?? null,
    page: source.file ? { vi: absoluteUrl(site, sourcePath('vi', source.id)), en: absoluteUrl(site, sourcePath('en', source.id)) } : null,
    summary: source.summary ?? null,
  };
}

/** Sources the dataset's figures cite, in the catalogue's order. */
export function sourcesOf(dataset: Dataset, sources: readonly Source[]): Source[] {
  const cited = new Set(dataset.figures.map((f) => f.source));
  return sources.filter((s) => cited.has(s.id));
}

export function datasetJson(dataset: Dataset, sources: readonly Source[], site: string | URL) {
  const { meta } = dataset;
  return {
    id: meta.id,
    title: meta.title,
    description: meta.description,
    report_section: meta.report_section ?? null,
    licence: licenceOf(meta.licence),
    updated: meta.updated,
    /** Ready-to-paste citation, as the dataset page shows it. */
    citation: { vi: datasetCitation(dataset, sources, 'vi', site), en: datasetCitation(dataset, sources, 'en', site) },
    urls: {
      page: { vi: absoluteUrl(site, datasetPath('vi', meta.id)), en: absoluteUrl(site, datasetPath('en', meta.id)) },
      csv: absoluteUrl(site, csvPath(meta.id)),
      json: absoluteUrl(site, jsonPath(meta.id)),
      datapackage: absoluteUrl(site, datapackagePath()),
      archive: absoluteUrl(site, archivePath()),
    },
    breakdowns: meta.breakdowns,
    measures: meta.measures,
    checks: meta.checks,
    notes: meta.notes,
    sources: sourcesOf(dataset, sources).map((s) => sourceJson(s, site)),
    figures: dataset.figures.map((f) => figureJson(dataset, f)),
  };
}

export type DatasetJson = ReturnType<typeof datasetJson>;

/** Pretty-printed with a final newline: readable when opened directly, stable for diffs. */
export const toJsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
