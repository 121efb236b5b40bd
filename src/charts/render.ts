// From a chart definition to SVG markup and words: the builders are pure; this wires them to the frame.
import type { Dataset } from '../data/load.ts';
import type { Source } from '../data/schemas/sources.ts';
import type { Lang } from '../i18n/ui.ts';
import { sourcesLine } from './data.ts';
import { compare } from './kinds/compare.ts';
import { gender } from './kinds/gender.ts';
import { summaryOf, type ChartKindModule, type ChartModel } from './kinds/model.ts';
import { plan } from './kinds/plan.ts';
import { share } from './kinds/share.ts';
import { trend } from './kinds/trend.ts';
import { frame, svgIds } from './svg/frame.ts';
import { serialize } from './svg/serialize.ts';
import type { ChartDef, ChartKind } from './types.ts';

const byKind: Record<ChartKind, ChartKindModule> = { gender, share, trend, plan, compare };

function check(def: ChartDef, dataset: Dataset) {
  if (def.dataset !== dataset.meta.id) {
    throw new Error(`Biểu đồ ${def.id} thuộc bộ dữ liệu ${def.dataset}, không phải ${dataset.meta.id}. / Chart ${def.id} belongs to dataset ${def.dataset}, not ${dataset.meta.id}.`);
  }
}

export function buildModel(def: ChartDef, dataset: Dataset, lang: Lang, sources: readonly Source[]): ChartModel {
  check(def, dataset);
  return byKind[def.kind].build(def, dataset, { lang, sources, defId: svgIds(def.id).def });
}

export function renderModel(def: ChartDef, model: ChartModel, lang: Lang, sources: readonly Source[], caption: boolean): string {
  return serialize(frame({
    chartId: def.id,
    lang,
    title: model.title,
    desc: summaryOf(model),
    caption,
    source: sourcesLine(model.figures, sources, lang),
    defs: model.defs,
    blocks: model.blocks,
  }));
}
