// The years a dataset covers, for the catalogue: runs of consecutive years and the gaps between them.

export interface YearCoverage {
  /** Years with at least one figure, ascending. */
  years: number[];
  /** Runs of consecutive years: 2010, 2012–2013 → [[2010, 2010], [2012, 2013]]. */
  ranges: [number, number][];
  /** Years between the first and the last with no figure: the gaps a reader must not mistake for a series. */
  gaps: number[];
}

export function yearCoverage(years: Iterable<number>): YearCoverage {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  const gaps: number[] = [];
  for (const year of sorted) {
    const last = ranges.at(-1);
    if (last && year === last[1] + 1) last[1] = year;
    else {
      if (last) for (let y = last[1] + 1; y < year; y++) gaps.push(y);
      ranges.push([year, year]);
    }
  }
  return { years: sorted, ranges, gaps };
}
