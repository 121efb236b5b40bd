// Ready-to-paste citations for a dataset and for a single figure, in the page's language.
// Deterministic: no access date (builds must be reproducible); the dataset's "updated" date stands in.
import { formatDate, formatFigure } from '../i18n/format.ts';
import { t, tf, type Lang } from '../i18n/ui.ts';
import type { Dataset } from './load.ts';
import type { Figure } from './schemas/row.ts';
import type { Source } from './schemas/sources.ts';
import { absoluteUrl, datasetPath, figurePath } from '../urls.ts';

/** "CC-BY-4.0" (SPDX, as the metadata writes it) → "CC BY 4.0" and its deed URL. */
export function licence(spdx: string): { label: string; url?: string } {
  const cc = /^CC-(BY(?:-SA|-NC|-ND|-NC-SA|-NC-ND)?)-(\d\.\d)$/i.exec(spdx);
  if (!cc) return { label: spdx };
  return { label: `CC ${cc[1]!.toUpperCase()} ${cc[2]}`, url: `https://creativecommons.org/licenses/${cc[1]!.toLowerCase()}/${cc[2]}/` };
}

function sourceName(source: Source, lang: Lang): string {
  const when = source.number ?? source.date?.slice(0, 4) ?? (source.year !== undefined ? String(source.year) : undefined);
  return `${source.issuer[lang]}, ${source.title[lang]}${when ? ` (${when})` : ''}`;
}

/** The sources a dataset's figures come from: primary documents named, news sources counted. */
function sourcesPart(dataset: Dataset, sources: readonly Source[], lang: Lang): string {
  const ids = [...new Set(dataset.figures.map((f) => f.source))];
  const used = ids.map((id) => sources.find((s) => s.id === id)).filter((s): s is Source => s !== undefined);
  const primary = used.filter((s) => s.kind === 'primary').map((s) => sourceName(s, lang));
  const secondary = used.length - primary.length;
  const parts = [...primary];
  if (secondary > 0) parts.push(tf(lang, 'cite.secondaryCount', { n: secondary }));
  return parts.join('; ');
}

export function datasetCitation(dataset: Dataset, sources: readonly Source[], lang: Lang, site: string | URL): string {
  const { meta } = dataset;
  return [
    `${t(lang, 'site.title')} (${meta.updated.slice(0, 4)}).`,
    `${meta.title[lang]} [${t(lang, 'cite.dataset')}], ${t(lang, 'cite.updated')} ${formatDate(meta.updated, lang)}.`,
    `${t(lang, 'cite.source')}: ${sourcesPart(dataset, sources, lang)}.`,
    absoluteUrl(site, datasetPath(lang, meta.id)),
    `(${tf(lang, 'cite.licence', { licence: licence(meta.licence).label })}).`,
  ].join(' ');
}

/** The URL of one figure: its cell in the dataset page's table. */
export function figureUrl(figure: Figure, lang: Lang, site: string | URL): string {
  return absoluteUrl(site, figurePath(lang, figure));
}

export function figureCitation(dataset: Dataset, figure: Figure, sources: readonly Source[], lang: Lang, site: string | URL): string {
  const { meta } = dataset;
  const measure = meta.measures.find((m) => m.id === figure.measure);
  const breakdown = meta.breakdowns.find((b) => b.id === figure.breakdown);
  if (!measure || !breakdown) throw new Error(`Figure ${figure.dataset}/${figure.year}/${figure.breakdown}/${figure.measure} is not described in its metadata`);
  const status = figure.status === 'actual' ? '' : ` (${t(lang, `status.${figure.status}`)})`;
  const source = sources.find((s) => s.id === figure.source);
  const where = source ? `${sourceName(source, lang)}${figure.section ? `, ${tf(lang, 'cite.section', { section: figure.section })}` : ''}` : figure.source;
  return [
    `${t(lang, 'site.title')} (${meta.updated.slice(0, 4)}).`,
    `${meta.title[lang]}: ${breakdown.label[lang]}, ${measure.label[lang]}, ${figure.year}: ${formatFigure(figure, measure, lang)}${status}.`,
    `${t(lang, 'cite.source')}: ${where}.`,
    `${figureUrl(figure, lang, site)}`,
    `(${tf(lang, 'cite.licence', { licence: licence(meta.licence).label })}).`,
  ].join(' ');
}
