// Finds the dataset a chart id belongs to, or fails naming the MDX page that asked for it.
import { chartsFor, type ChartDef } from '../../charts/index.ts';
import type { Dataset, SiteData } from '../../data/load.ts';

export class MissingChartError extends Error {
  constructor(file: string, id: string, known: string) {
    super(
      `${file}: không có biểu đồ "${id}"; trang chưa được xuất bản. Các biểu đồ có: ${known}.\n` +
        `${file}: no chart "${id}"; the page was not published. Charts: ${known}.`,
    );
    this.name = 'MissingChartError';
    // Editors act on the message; a stack trace would only bury it.
    this.stack = '';
  }
}

export function findChart(data: SiteData, id: string, file: string): { dataset: Dataset; def: ChartDef } {
  for (const dataset of data.datasets) {
    const def = chartsFor(dataset).find((d) => d.id === id);
    if (def) return { dataset, def };
  }
  const known = data.datasets.flatMap((d) => chartsFor(d).map((c) => c.id)).join(', ') || '—';
  throw new MissingChartError(file, id, known);
}
