// Chart lookups shared by the chart image endpoints, the embed pages and the embed snippet.
import { allCharts, type ChartDef } from '../../charts/index.ts';
import { loadData, type Dataset, type SiteData } from '../../data/load.ts';
import { langs, type Lang } from '../../i18n/ui.ts';
import { chartFileStem } from '../../urls.ts';

export interface ChartRef {
  def: ChartDef;
  dataset: Dataset;
}

// Every chart of the site, by id, worked out once per loaded data: dataset pages look up each of their
// charts, so a scan per lookup would make the build grow with the square of the number of datasets.
const byData = new WeakMap<SiteData, Map<string, ChartRef>>();

function chartIndex(): Map<string, ChartRef> {
  const data = loadData();
  let index = byData.get(data);
  if (!index) {
    const datasets = new Map(data.datasets.map((d) => [d.meta.id, d]));
    index = new Map(allCharts(data).map((def) => {
      const dataset = datasets.get(def.dataset);
      if (!dataset) throw new Error(`Chart ${def.id} names dataset ${def.dataset}, which does not exist`);
      return [def.id, { def, dataset }];
    }));
    byData.set(data, index);
  }
  return index;
}

export function chartRefs(): ChartRef[] {
  return [...chartIndex().values()];
}

export function chartRef(chartId: string): ChartRef {
  const ref = chartIndex().get(chartId);
  if (!ref) throw new Error(`Không có biểu đồ "${chartId}". / No chart "${chartId}".`);
  return ref;
}

/** getStaticPaths for the image endpoints: one file per chart per language (see chartSvgPath in urls.ts). */
export function chartImagePaths() {
  return chartRefs().flatMap((ref) => langs.map((lang) => ({ params: { chart: chartFileStem(lang, ref.def.id) }, props: { ...ref, lang } })));
}

export interface ChartImageProps extends ChartRef {
  lang: Lang;
}
