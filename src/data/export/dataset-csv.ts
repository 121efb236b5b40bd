// /data/<id>.csv: the validated figures of one dataset, written for Excel and for data tools alike.
import type { Dataset } from '../load.ts';
import { exportColumns, figureCells } from './columns.ts';
import { writeCsv } from './csv-writer.ts';

/** UTF-8 with BOM, CRLF, RFC 4180 quoting, formulas neutralised; one row per figure in the repository's order. */
export function datasetCsv(dataset: Dataset): string {
  return writeCsv(exportColumns, dataset.figures.map((f) => figureCells(dataset, f)));
}

