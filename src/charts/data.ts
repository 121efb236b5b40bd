// Reading figures and their labels out of a dataset, for every chart kind.
import { measureFigures } from '../data/chart-figures.ts';
import type { Dataset } from '../data/load.ts';
import type { Measure } from '../data/schemas/metadata.ts';
import type { Figure } from '../data/schemas/row.ts';
import type { Source } from '../data/schemas/sources.ts';
import { formatNumber, formatPercent } from '../i18n/format.ts';
import { t, type Lang } from '../i18n/ui.ts';
import { chartText } from './text/index.ts';
import type { ChartDef } from './types.ts';

export function measureOf(dataset: Dataset, id: string): Measure {
  const m = dataset.meta.measures.find((x) => x.id === id);
  if (!m) throw new Error(`Chart: dataset ${dataset.meta.id} has no measure ${id}`);
  return m;
}

export function breakdownLabel(dataset: Dataset, id: string, lang: Lang): string {
  return dataset.meta.breakdowns.find((b) => b.id === id)?.label[lang] ?? id;
}

/** Figures of one measure, restricted to the chart's breakdowns, in breakdown order (as in the metadata) then year. */
export const figuresOf = (dataset: Dataset, def: Pick<ChartDef, 'breakdowns'>, measure: string): Figure[] => measureFigures(dataset.meta, dataset.figures, def, measure);

/** The number as the source gives it, at its precision, with its qualifier ("khoảng 9,5%"); no unit for counts. */
export function valueText(figure: Pick<Figure, 'value' | 'decimals' | 'qualifier'>, measure: Pick<Measure, 'unit'>, lang: Lang): string {
  const n = measure.unit === 'percent' ? formatPercent(figure.value, lang, figure.decimals) : formatNumber(figure.value, lang, figure.decimals);
  return figure.qualifier ? `${t(lang, `qualifier.${figure.qualifier}`)} ${n}` : n;
}

/** A derived count is whole: shown without decimals or qualifier. */
export function derivedText(value: number, lang: Lang): string {
  return formatNumber(value, lang, 0);
}

export const isProvisional = (f: Pick<Figure, 'status'>) => f.status !== 'actual';

/** "khoảng 9,5% (dự báo)": the status is shown wherever the figure is not an actual result. */
export function valueWithStatus(figure: Figure, measure: Measure, lang: Lang): string {
  const v = valueText(figure, measure, lang);
  return isProvisional(figure) ? `${v} (${t(lang, `status.${figure.status}`)})` : v;
}

export function unitText(measure: Measure, lang: Lang): string {
  return chartText(lang).unit(t(lang, `unit.${measure.unit}`));
}

export const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase() + s.slice(1);

/** Row labels name only what varies: the breakdown, the year, or both (unless each breakdown has one year, like a term). */
export function rowLabeller(dataset: Dataset, figures: Figure[], lang: Lang): (f: Pick<Figure, 'breakdown' | 'year'>) => string {
  const years = new Set(figures.map((f) => f.year)).size;
  const breakdowns = new Set(figures.map((f) => f.breakdown)).size;
  const yearsPerBreakdown = new Map<string, Set<number>>();
  for (const f of figures) yearsPerBreakdown.set(f.breakdown, (yearsPerBreakdown.get(f.breakdown) ?? new Set()).add(f.year));
  const oneYearEach = [...yearsPerBreakdown.values()].every((s) => s.size === 1);
  return (f) => {
    const b = breakdownLabel(dataset, f.breakdown, lang);
    if (breakdowns > 1 && years > 1) return oneYearEach ? b : `${b}, ${f.year}`;
    if (breakdowns > 1) return b;
    if (years > 1) return String(f.year);
    return `${b}, ${f.year}`;
  };
}

function sourceName(source: Source | undefined, id: string, lang: Lang): string {
  if (!source) return id;
  // The primary documents are known by their titles; news items by the paper that printed them.
  return source.kind === 'primary' ? source.title[lang] : source.issuer[lang];
}

/** "Nguồn: …, mục I.2.1" for one figure (tooltips). */
export function figureSource(figure: Figure, sources: readonly Source[], lang: Lang): string {
  const s = sources.find((x) => x.id === figure.source);
  const name = sourceName(s, figure.source, lang);
  const where = figure.section ? `, ${chartText(lang).section(figure.section)}` : '';
  return chartText(lang).source(`${name}${where}`);
}

/** One line naming the sources of the drawn figures: up to three names, then "and N other sources". */
export function sourcesLine(figures: Figure[], sources: readonly Source[], lang: Lang): string {
  const ids = [...new Set(figures.map((f) => f.source))];
  // Primary documents first, then in catalogue order: the same line on every build.
  const rank = (id: string) => {
    const i = sources.findIndex((s) => s.id === id);
    const primary = sources[i]?.kind === 'primary' ? 0 : 1;
    return primary * 10000 + (i < 0 ? 9999 : i);
  };
  ids.sort((a, b) => rank(a) - rank(b));
  const names = [...new Set(ids.map((id) => sourceName(sources.find((s) => s.id === id), id, lang)))];
  const shown = names.slice(0, 3);
  const rest = names.length - shown.length;
  const text = chartText(lang);
  return text.source(rest > 0 ? `${shown.join('; ')}; ${text.moreSources(rest)}` : shown.join('; '));
}

/** The flags of a set of figures, each once, in the fixed order of the schema. */
export function flagsOf(figures: Figure[]): NonNullable<Figure['flag']>[] {
  const present = new Set(figures.map((f) => f.flag).filter((f): f is NonNullable<Figure['flag']> => Boolean(f)));
  return (['source-inconsistent', 'sources-conflict'] as const).filter((f) => present.has(f));
}

export function noteOf(figure: Figure, lang: Lang): string | undefined {
  return (lang === 'vi' ? figure.note_vi : figure.note_en) || undefined;
}

/** What a tooltip (and the datum's <title>) says: value, where and when, flag, source. */
export function tipLines(figure: Figure, dataset: Dataset, sources: readonly Source[], lang: Lang): string[] {
  const measure = measureOf(dataset, figure.measure);
  return [
    `${measure.label[lang]}: ${valueWithStatus(figure, measure, lang)}${measure.unit === 'percent' ? '' : ` ${t(lang, `unit.${measure.unit}`)}`}`,
    `${breakdownLabel(dataset, figure.breakdown, lang)} · ${figure.year}`,
    ...(figure.flag ? [t(lang, `flag.${figure.flag}`)] : []),
    figureSource(figure, sources, lang),
  ];
}
