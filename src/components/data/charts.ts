// Chart lookups shared by the chart image endpoints, the embed pages and the embed snippet.
import { allCharts, type ChartDef } from '../../charts/index.ts';
import { loadData, type Dataset } from '../../data/load.ts';
import type { Lang } from '../../i18n/ui.ts';

export interface ChartRef {
  def: ChartDef;
  dataset: Dataset;
}

export function chartRefs(): ChartRef[] {
  const data = loadData();
  return allCharts(data).map((def) => {
    const dataset = data.datasets.find((d) => d.meta.id === def.dataset);
    if (!dataset) throw new Error(`Chart ${def.id} names dataset ${def.dataset}, which does not exist`);
    return { def, dataset };
  });
}

export function chartRef(chartId: string): ChartRef {
  const ref = chartRefs().find((r) => r.def.id === chartId);
  if (!ref) throw new Error(`Không có biểu đồ "${chartId}". / No chart "${chartId}".`);
  return ref;
}

/** Image files per chart: Vietnamese at /charts/<id>.svg, English at /charts/<id>.en.svg (same for .png). */
export const imageName = (chartId: string, lang: Lang) => (lang === 'vi' ? chartId : `${chartId}.en`);

/** getStaticPaths for the image endpoints: one file per chart per language. */
export function chartImagePaths() {
  return chartRefs().flatMap((ref) => (['vi', 'en'] as const).map((lang) => ({ params: { chart: imageName(ref.def.id, lang) }, props: { ...ref, lang } })));
}

export interface ChartImageProps extends ChartRef {
  lang: Lang;
}
