import { decodeCsv } from './encoding.ts';
import { looksSemicolonSeparated, parseCsv, type CsvTable } from './csv.ts';
import type { MessageCode } from './messages.ts';
import type { Problem } from './problems.ts';
import { countUnits, thousandUnits } from './schemas/metadata.ts';
import { csvColumns, rowSchema, type CsvColumn, type Figure, type RowContext } from './schemas/row.ts';
import { datasetChecks } from './checks.ts';

export interface CsvInput extends RowContext {
  /** Path as staff see it, relative to the repository root. */
  file: string;
  bytes: Uint8Array;
}

export interface CsvOutcome {
  figures: Figure[];
  problems: Problem[];
}

const kindsThatCannotBeNegative = new Set(['count', 'amount', 'share', 'rate', 'percent-of-plan', 'reduction']);
const percentKinds = new Set(['share', 'rate']);

/** Number of decimals as written, so a stated "40,7%" keeps its precision in checks and display. */
export function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.trim().length - dot - 1;
}

export function validateCsv(input: CsvInput): CsvOutcome {
  const { file } = input;
  const problems: Problem[] = [];
  const at = (line: number, column: number, code: MessageCode, extra: Partial<Problem> = {}): Problem => ({ file, line, column, code, ...extra });

  const decoded = decodeCsv(input.bytes);
  if (!decoded.ok) return { figures: [], problems: [at(decoded.line, decoded.column, decoded.code, { value: decoded.value })] };
  const text = decoded.text;
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  if (text.trim() === '') return { figures: [], problems: [at(1, 1, 'empty-file', { value: '' })] };
  if (looksSemicolonSeparated(headerLine)) return { figures: [], problems: [at(1, 1, 'semicolon-separated', { value: headerLine })] };

  const parsed = parseCsv(text);
  if (!parsed.ok) return { figures: [], problems: [at(parsed.line, parsed.column, 'csv-syntax', { value: lineText(text, parsed.line) })] };
  const { table } = parsed;

  const headerProblem = checkHeader(table, at);
  if (headerProblem) return { figures: [], problems: [headerProblem] };

  const schema = rowSchema(input);
  const units = new Map(input.meta.measures.map((m) => [m.id, m]));
  const figures: Figure[] = [];
  const recordOf: number[] = [];
  const records = table.records;
  for (let i = 1; i < records.length; i++) {
    const cells = records[i]!;
    // Blank lines, and rows a spreadsheet leaves as nothing but commas, are not rows.
    if (cells.every((c) => c.trim() === '')) continue;
    if (cells.length !== csvColumns.length) {
      problems.push(fieldCountProblem(file, table, cells, i));
      continue;
    }
    const record: Record<string, string> = {};
    for (let c = 0; c < csvColumns.length; c++) record[csvColumns[c]!] = cells[c]!;
    const result = schema.safeParse(record);
    const cellProblem = (column: CsvColumn, code: MessageCode, params?: Record<string, string>): Problem => {
      const index = csvColumns.indexOf(column);
      return { file, ...table.locate(i, index), field: column, value: cells[index], code, params };
    };
    if (!result.success) {
      for (const issue of result.error.issues) {
        const params = (issue as { params?: Record<string, string> }).params ?? {};
        const { code, ...rest } = params;
        problems.push(cellProblem(issue.path[0] as CsvColumn, (code ?? 'not-a-number') as MessageCode, rest));
      }
      continue;
    }
    const row = result.data;
    const measure = units.get(row.measure)!;
    const rowProblems: Problem[] = [];
    // "73.028" reads as a decimal, but in a count it is a Vietnamese thousands separator; in a
    // thousand unit, three decimals would count single people, so it is one too ("1.707" nghìn).
    const thousands = /^\d{1,3}(\.\d{3})+$/.test(cells[3]!.trim());
    if (thousands && (countUnits.has(measure.unit) || thousandUnits.has(measure.unit))) {
      rowProblems.push(cellProblem('value', 'thousands-separator', { hint: cells[3]!.trim().replace(/\./g, '') }));
    } else if (countUnits.has(measure.unit) && !Number.isInteger(row.value)) {
      rowProblems.push(cellProblem('value', 'integer-required', { expected: measure.unit }));
    } else if (row.value < 0 && kindsThatCannotBeNegative.has(measure.kind)) {
      rowProblems.push(cellProblem('value', 'negative-value'));
    } else if (percentKinds.has(measure.kind) && row.value > 100) {
      rowProblems.push(cellProblem('value', 'percent-out-of-range'));
    }
    if (row.flag && (!row.note_vi || !row.note_en)) rowProblems.push(cellProblem(row.note_vi ? 'note_en' : 'note_vi', 'note-required'));
    problems.push(...rowProblems);
    if (rowProblems.length > 0) continue;
    figures.push({ ...row, dataset: input.meta.id, line: table.locate(i, 0).line, decimals: decimalsOf(cells[3]!) });
    recordOf.push(i);
  }
  const recordIndex = new Map(figures.map((f, n) => [f, recordOf[n]!]));
  problems.push(...datasetChecks(file, input.meta, figures, (f, column) => ({ ...table.locate(recordIndex.get(f)!, csvColumns.indexOf(column)), value: cellText(records, recordIndex.get(f)!, column) })));
  return { figures, problems };
}

function fieldCountProblem(file: string, table: CsvTable, cells: string[], index: number): Problem {
  // An unquoted decimal comma ("88,8") splits the value into two cells: say so at the value.
  const valueIndex = csvColumns.indexOf('value');
  const joined = `${cells[valueIndex]},${cells[valueIndex + 1]}`.trim();
  if (cells.length === csvColumns.length + 1 && /^-?\d+,\d+$/.test(joined)) {
    return { file, ...table.locate(index, valueIndex), field: 'value', value: joined, code: 'decimal-comma', params: { hint: joined.replace(',', '.') } };
  }
  return { file, ...table.locate(index, 0), value: String(cells.length), code: 'field-count', params: { expected: String(csvColumns.length) } };
}

function lineText(text: string, line: number): string {
  const content = text.split('\n')[line - 1]?.replace(/\r$/, '') ?? '';
  return content.length > 80 ? `${content.slice(0, 80)}…` : content;
}

function cellText(records: string[][], index: number, column: CsvColumn): string {
  return records[index]![csvColumns.indexOf(column)]!;
}

function checkHeader(table: CsvTable, at: (l: number, c: number, code: MessageCode, extra?: Partial<Problem>) => Problem): Problem | undefined {
  const header = (table.records[0] ?? []).map((h) => h.trim().normalize('NFC'));
  const expected = csvColumns.join(',');
  for (let c = 0; c < Math.max(header.length, csvColumns.length); c++) {
    if (header[c] !== csvColumns[c]) {
      const found = header[c] === undefined ? '(none / không có)' : `"${header[c]}"`;
      const wanted = csvColumns[c] === undefined ? '(none / không có)' : `"${csvColumns[c]}"`;
      return { ...at(0, 0, 'header-mismatch', { value: header[c] ?? '', field: csvColumns[c], params: { expected, hint: `${c + 1}: ${found} → ${wanted}` } }), ...table.locate(0, Math.min(c, header.length - 1)) };
    }
  }
  return undefined;
}
