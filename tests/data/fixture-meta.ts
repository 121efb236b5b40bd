// The dataset definition the CSV fixtures are validated against.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetMetaSchema } from '../../src/data/schemas/metadata.ts';
import { validateCsv } from '../../src/data/validate-csv.ts';

export const fixtureMeta = datasetMetaSchema.parse({
  id: 'test-data',
  title: { vi: 'Dữ liệu thử', en: 'Test data' },
  description: { vi: 'Dữ liệu thử', en: 'Test data' },
  licence: 'CC-BY-4.0',
  updated: '2026-11-23',
  breakdowns: [{ id: 'total', label: { vi: 'Cả nước', en: 'Whole country' } }],
  measures: [
    { id: 'workers', label: { vi: 'Lao động', en: 'Workers' }, unit: 'persons', kind: 'count' },
    { id: 'women', label: { vi: 'Nữ', en: 'Women' }, unit: 'persons', kind: 'count' },
    { id: 'women_share', label: { vi: 'Tỷ lệ nữ', en: 'Share of women' }, unit: 'percent', kind: 'share' },
  ],
  checks: [{ part: 'women', whole: 'workers', share: 'women_share' }],
});

export function validateFixture(name: string) {
  const file = `tests/data/fixtures/${name}.csv`;
  const bytes = readFileSync(join(import.meta.dirname, 'fixtures', `${name}.csv`));
  return validateCsv({ file, bytes, meta: fixtureMeta, sourceIds: new Set(['src-a']), years: { min: 1975, max: 2031 } });
}
