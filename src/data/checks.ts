// Checks across rows of one dataset: unique keys, parts within wholes, stated shares matching counts.
import type { Problem } from './problems.ts';
import type { DatasetMeta } from './schemas/metadata.ts';
import type { CsvColumn, Figure } from './schemas/row.ts';

type Locate = (f: Figure, column: CsvColumn) => { line: number; column: number; value: string };

// Codes are NFC already (cells are normalised on parse), so keys compare after NFC.
export const figureKey = (f: Pick<Figure, 'year' | 'breakdown' | 'measure'>) => `${f.year}/${f.breakdown}/${f.measure}`;

/** Largest gap between a stated share and the computed one that rounding to its decimals explains. */
export function roundingTolerance(decimals: number): number {
  return 0.5 * 10 ** -decimals + 1e-9;
}

const formatPercent = (n: number) => (Math.round(n * 10) / 10).toString();

export function datasetChecks(file: string, meta: DatasetMeta, figures: readonly Figure[], locate: Locate): Problem[] {
  const problems: Problem[] = [];
  const problem = (f: Figure, column: CsvColumn, code: Problem['code'], params?: Record<string, string>): Problem => {
    const { line, column: col, value } = locate(f, column);
    return { file, line, column: col, field: column, value, code, params };
  };

  const byKey = new Map<string, Figure>();
  for (const f of figures) {
    const key = figureKey(f);
    const first = byKey.get(key);
    if (first) problems.push(problem(f, 'measure', 'duplicate-key', { hint: String(first.line) }));
    else byKey.set(key, f);
  }

  for (const check of meta.checks) {
    for (const part of figures) {
      if (part.measure !== check.part) continue;
      const whole = byKey.get(`${part.year}/${part.breakdown}/${check.whole}`);
      if (!whole) continue;
      const partName = `${check.part} = ${part.value}`;
      if (part.value > whole.value && part.flag !== 'source-inconsistent') {
        problems.push(problem(part, 'value', 'part-exceeds-whole', { hint: partName, expected: `${check.whole} = ${whole.value}` }));
        continue;
      }
      if (!check.share) continue;
      const share = byKey.get(`${part.year}/${part.breakdown}/${check.share}`);
      // Imprecise figures ("about", "more than") cannot be held to rounding; flagged rows are published as stated.
      if (!share || part.qualifier || whole.qualifier || share.qualifier || share.flag === 'source-inconsistent') continue;
      const computed = (part.value / whole.value) * 100;
      if (Math.abs(computed - share.value) > roundingTolerance(share.decimals)) {
        problems.push(problem(share, 'value', 'share-disagrees', { hint: `${part.value} / ${whole.value} = ${formatPercent(computed)}%` }));
      }
    }
  }
  return problems;
}
