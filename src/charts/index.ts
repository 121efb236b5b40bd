// The charts API other parts of the site call: which charts a dataset has, their SVG, title, finding and source line.
import { loadData, type Dataset, type SiteData } from '../data/load.ts';
import type { Source } from '../data/schemas/sources.ts';
import type { Lang } from '../i18n/ui.ts';
import { sourcesLine } from './data.ts';
import { summaryOf } from './kinds/model.ts';
import { chartId } from '../data/schemas/charts.ts';
import { buildModel, renderModel } from './render.ts';
import type { ChartDef, RenderOptions } from './types.ts';

export type { ChartDef, ChartKind, RenderOptions } from './types.ts';
export { chartKinds } from './types.ts';

/** The charts a dataset's YAML declares, in display order (the validator has checked them against the data). */
export function chartsFor(dataset: Dataset): ChartDef[] {
  return dataset.meta.charts.map((chart) => ({ ...chart, id: chartId(dataset.meta.id, chart), dataset: dataset.meta.id }));
}

export function allCharts(data: SiteData): ChartDef[] {
  return data.datasets.flatMap(chartsFor);
}

/** A chart by id, or a bilingual error naming the id (for pages and MDX that ask for a chart by name). */
export function chartById(dataset: Dataset, chartId: string): ChartDef {
  const def = chartsFor(dataset).find((d) => d.id === chartId);
  if (!def) {
    const known = chartsFor(dataset).map((d) => d.id).join(', ') || '—';
    throw new Error(`Không có biểu đồ "${chartId}" cho bộ dữ liệu ${dataset.meta.id} (có: ${known}). / No chart "${chartId}" for dataset ${dataset.meta.id} (available: ${known}).`);
  }
  return def;
}

const sourcesOf = (options?: RenderOptions): readonly Source[] => options?.sources ?? loadData().sources;

/** Complete, standalone SVG: renders the same inline, downloaded, or rasterised, with no site CSS. */
export function renderChart(def: ChartDef, dataset: Dataset, lang: Lang, options?: RenderOptions): string {
  const sources = sourcesOf(options);
  return renderModel(def, buildModel(def, dataset, lang, sources), lang, sources, options?.caption ?? true);
}

/** The main finding in words, then every figure drawn and its notes: the chart's <desc> and full text alternative. */
export function chartSummary(def: ChartDef, dataset: Dataset, lang: Lang, options?: Pick<RenderOptions, 'sources'>): string {
  return summaryOf(buildModel(def, dataset, lang, sourcesOf(options)));
}

/** Only the main finding (the first sentence or two of the summary): a caption under the chart's title. */
export function chartFinding(def: ChartDef, dataset: Dataset, lang: Lang, options?: Pick<RenderOptions, 'sources'>): string {
  return buildModel(def, dataset, lang, sourcesOf(options)).finding;
}

export function chartTitle(def: ChartDef, dataset: Dataset, lang: Lang, options?: Pick<RenderOptions, 'sources'>): string {
  return buildModel(def, dataset, lang, sourcesOf(options)).title;
}

/** "Nguồn: …" naming the documents the drawn figures come from. */
export function chartSource(def: ChartDef, dataset: Dataset, lang: Lang, options?: Pick<RenderOptions, 'sources'>): string {
  const sources = sourcesOf(options);
  return sourcesLine(buildModel(def, dataset, lang, sources).figures, sources, lang);
}

export interface RenderedChart {
  def: ChartDef;
  svg: string;
  title: string;
  finding: string;
  summary: string;
  source: string;
}

/** Everything a page shows for one chart, built once: the SVG and the words around it. */
export function renderChartParts(def: ChartDef, dataset: Dataset, lang: Lang, options?: RenderOptions): RenderedChart {
  const sources = sourcesOf(options);
  const model = buildModel(def, dataset, lang, sources);
  return {
    def,
    svg: renderModel(def, model, lang, sources, options?.caption ?? true),
    title: model.title,
    finding: model.finding,
    summary: summaryOf(model),
    source: sourcesLine(model.figures, sources, lang),
  };
}
