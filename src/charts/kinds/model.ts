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
  build(def: ChartDef, dataset: Dataset, ctx: BuildContext): ChartModel;
}

/** The text alternative: the finding, then the details. */
export const summaryOf = (model: Pick<ChartModel, 'finding' | 'details'>) => [model.finding, ...model.details].join(' ');
