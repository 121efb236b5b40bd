// Shared by the open-data tests: the validated data, the site URL and the built files in dist/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import config from '../../astro.config.mjs';
import { loadData, type Dataset } from '../../src/data/load.ts';
import type { Figure } from '../../src/data/schemas/row.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
export const data = loadData(ROOT);

export function siteUrl(): string {
  if (!config.site) throw new Error('astro.config.mjs has no `site`');
  return config.site;
}

/** A file of the built site; fails with a clear message when the site has not been built. */
export function distFile(path: string): Buffer {
  const file = join(DIST, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`ASTRO_TELEMETRY_DISABLED=1 npx astro build\` (npm test builds first)`);
  return readFileSync(file);
}

export function distHas(path: string): boolean {
  return existsSync(join(DIST, path));
}

/** A one-figure dataset for writer tests, with whatever text the test wants in the figure. */
export function craftedDataset(figure: Partial<Figure> = {}): Dataset {
  return {
    csvFile: 'data/crafted.csv',
    meta: {
      id: 'crafted', licence: 'CC-BY-4.0', updated: '2026-11-23',
      title: { vi: 'Thử', en: 'Test' }, description: { vi: 'Thử', en: 'Test' },
      breakdowns: [{ id: 'total', label: { vi: 'Cả nước', en: 'Whole country' } }],
      measures: [{ id: 'change', label: { vi: 'Thay đổi', en: 'Change' }, unit: 'percent', kind: 'change' }],
      checks: [], notes: [], charts: [],
    },
    figures: [{
      dataset: 'crafted', line: 2, year: 2009, breakdown: 'total', measure: 'change', value: -2.5, decimals: 1,
      status: 'actual', source: 'molisa-2009-report', quote: 'Giảm 2,5%',
      qualifier: undefined, section: undefined, flag: undefined, note_vi: undefined, note_en: undefined, ...figure,
    }],
  };
}
