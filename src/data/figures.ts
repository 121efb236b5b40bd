import type { Dataset, SiteData } from './load.ts';
import type { Measure } from './schemas/metadata.ts';
import type { Figure } from './schemas/row.ts';

export interface FigureRef {
  dataset: Dataset;
  figure: Figure;
  measure: Measure;
}

/** "labour-export/2031/total/women" → the validated figure; the key format narrative pages use. */
export function parseFigureKey(key: string): { dataset: string; year: number; breakdown: string; measure: string } | undefined {
  const m = /^([a-z0-9-]+)\/(\d{4})\/([a-z0-9-]+)\/([a-z0-9_]+)$/.exec(key.trim());
  return m ? { dataset: m[1]!, year: Number(m[2]), breakdown: m[3]!, measure: m[4]! } : undefined;
}

export function findFigure(data: SiteData, key: string): FigureRef | undefined {
  const k = parseFigureKey(key);
  if (!k) return undefined;
  const dataset = data.datasets.find((d) => d.meta.id === k.dataset);
  const figure = dataset?.figures.find((f) => f.year === k.year && f.breakdown === k.breakdown && f.measure === k.measure);
  const measure = dataset?.meta.measures.find((m) => m.id === k.measure);
  return dataset && figure && measure ? { dataset, figure, measure } : undefined;
}

export const keyOf = (f: Figure) => `${f.dataset}/${f.year}/${f.breakdown}/${f.measure}`;
