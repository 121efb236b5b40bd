import type { Dataset } from '../../data/load.ts';
import type { Figure } from '../../data/schemas/row.ts';
import type { Source } from '../../data/schemas/sources.ts';
import type { Lang } from '../../i18n/ui.ts';
import type { Block } from '../svg/frame.ts';
import type { SvgNode } from '../svg/node.ts';
import type { ChartDef, ChartKind } from '../types.ts';

export interface BuildContext {
  lang: Lang;
  sources: readonly Source[];
  /** Ids of pattern definitions, derived from the chart id. */
  defId: (name: string) => string;
}

/** What a chart builder returns: everything the frame needs, and the figures drawn (for the source line). */
export interface ChartModel {
  title: string;
  /** The main finding, in a sentence or two: the caption under the title. */
  finding: string;
  /** Every figure drawn and every note, after the finding: with it, the full text alternative. */
  details: string[];
  blocks: Block[];
  defs: SvgNode[];
  figures: Figure[];
}

export interface ChartKindModule {
  kind: ChartKind;
  /** The charts of this kind that make sense for a dataset (none when its figures do not fit). */
  defs(dataset: Dataset): ChartDef[];
  build(def: ChartDef, dataset: Dataset, ctx: BuildContext): ChartModel;
}

/** `labour-export--share` when a dataset has one chart of a kind, `…--share-women-share` when it has several. */
export function chartIds(dataset: Dataset, kind: ChartKind, qualifiers: string[]): string[] {
  const kebab = (s: string) => s.replace(/_/g, '-');
  return qualifiers.length === 1 ? [`${dataset.meta.id}--${kind}`] : qualifiers.map((q) => `${dataset.meta.id}--${kind}-${kebab(q)}`);
}

/** The text alternative: the finding, then the details. */
export const summaryOf = (model: Pick<ChartModel, 'finding' | 'details'>) => [model.finding, ...model.details].join(' ');
