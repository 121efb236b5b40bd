// npm run bench:validate — validation time of a 1,000,000-row CSV next to csv-parse's parse-only time.
// Target (DESIGN.md): validation <= 2x parse-only.
import { parse } from 'csv-parse/sync';
import { performance } from 'node:perf_hooks';
import { datasetMetaSchema } from '../src/data/schemas/metadata.ts';
import { csvColumns } from '../src/data/schemas/row.ts';
import { validateCsv } from '../src/data/validate-csv.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = 3;
const years = Array.from({ length: 50 }, (_, i) => 1976 + i);
const breakdownCount = Math.ceil(ROWS / (years.length * 3));

const meta = datasetMetaSchema.parse({
  id: 'bench',
  title: { vi: 'Thử tải', en: 'Load test' },
  description: { vi: 'Thử tải', en: 'Load test' },
  licence: 'CC-BY-4.0',
  updated: '2026-11-23',
  breakdowns: Array.from({ length: breakdownCount }, (_, i) => ({ id: `tinh-${i}`, label: { vi: `Tỉnh ${i}`, en: `Province ${i}` } })),
  measures: [
    { id: 'workers', label: { vi: 'Lao động', en: 'Workers' }, unit: 'persons', kind: 'count' },
    { id: 'women', label: { vi: 'Nữ', en: 'Women' }, unit: 'persons', kind: 'count' },
    { id: 'women_share', label: { vi: 'Tỷ lệ nữ', en: 'Share of women' }, unit: 'percent', kind: 'share' },
  ],
  checks: [{ part: 'women', whole: 'workers', share: 'women_share' }],
});

function generate(): Buffer {
  const lines = [csvColumns.join(',')];
  const quote = '"Đưa 73.028 lao động đi làm việc ở nước ngoài, trong đó lao động nữ là 22.020, chiếm 30%"';
  outer: for (let b = 0; b < breakdownCount; b++) {
    for (const year of years) {
      const workers = 1000 + ((b * 7919 + year) % 90000);
      const women = Math.floor(workers * 0.3);
      const share = ((women / workers) * 100).toFixed(1);
      for (const [measure, value] of [['workers', workers], ['women', women], ['women_share', share]] as const) {
        lines.push(`${year},tinh-${b},${measure},${value},,actual,src,I.2.1,${quote},,,`);
        if (lines.length > ROWS) break outer;
      }
    }
  }
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const bytes = generate();
console.log(`CSV: ${ROWS.toLocaleString('en')} rows, ${(bytes.length / 1e6).toFixed(1)} MB`);

const parseTimes: number[] = [];
const validateTimes: number[] = [];
let problems = 0;
let figures = 0;
for (let i = 0; i < RUNS; i++) {
  parseTimes.push(time(() => parse(bytes.toString('utf8'))));
  validateTimes.push(time(() => {
    const outcome = validateCsv({ file: 'bench.csv', bytes, meta, sourceIds: new Set(['src']), years: { min: 1975, max: 2031 } });
    problems = outcome.problems.length;
    figures = outcome.figures.length;
  }));
}
const parseMs = median(parseTimes);
const validateMs = median(validateTimes);
console.log(`csv-parse, parse only (median of ${RUNS}): ${(parseMs / 1000).toFixed(2)} s`);
console.log(`validation (decode, parse, zod row schema, checks; median of ${RUNS}): ${(validateMs / 1000).toFixed(2)} s`);
console.log(`ratio: ${(validateMs / parseMs).toFixed(2)}x (target <= 2x) — ${figures.toLocaleString('en')} figures, ${problems} problems`);
if (problems > 0) process.exitCode = 1;
