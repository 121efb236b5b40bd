import { parse, CsvError } from 'csv-parse/sync';

export interface CsvTable {
  /** Records in file order, empty lines included as [""] so indexes match the scanner below. */
  records: string[][];
  /** 1-based line and column of field `field` of record `index`. */
  locate(index: number, field: number): { line: number; column: number };
}

export type CsvResult =
  | { ok: true; table: CsvTable }
  | { ok: false; code: string; line: number; column: number };

interface RecordStarts {
  offsets: number[];
  lines: number[];
}

/** Start offset and line of every record (quote-aware: a quoted cell may span lines), in one pass. */
function recordStarts(text: string): RecordStarts {
  const offsets = [0];
  const lines = [1];
  let line = 1;
  let inQuote = false;
  for (let i = text.indexOf('\n'), q = text.indexOf('"'); i !== -1; i = text.indexOf('\n', i + 1)) {
    // Toggle the quote state for every quote before this line break.
    while (q !== -1 && q < i) {
      inQuote = !inQuote;
      q = text.indexOf('"', q + 1);
    }
    line++;
    if (!inQuote && i + 1 < text.length) {
      offsets.push(i + 1);
      lines.push(line);
    }
  }
  return { offsets, lines };
}

function fieldOffset(text: string, recordStart: number, field: number): number {
  let inQuote = false;
  let seen = 0;
  for (let i = recordStart; i < text.length && seen < field; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuote = !inQuote;
    else if (c === 44 && !inQuote) {
      seen++;
      if (seen === field) return i + 1;
    } else if (c === 10 && !inQuote) break;
  }
  return recordStart;
}

export function parseCsv(text: string): CsvResult {
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: false, bom: true });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const e = error as CsvError & { lines?: number; records?: number };
    // csv-parse notices a stray quote where parsing fails, often lines later; the record that
    // went wrong starts right after the last good one, and that is the line to fix.
    const starts = recordStarts(text);
    const line = e.records !== undefined ? (starts.lines[e.records] ?? e.lines ?? 1) : (e.lines ?? 1);
    return { ok: false, code: e.code, line, column: 1 };
  }
  let starts: RecordStarts | undefined;
  return {
    ok: true,
    table: {
      records,
      locate(index, field) {
        starts ??= recordStarts(text);
        const start = starts.offsets[index] ?? 0;
        const line = starts.lines[index] ?? 1;
        if (field === 0) return { line, column: 1 };
        // A field after a line break inside quotes sits on a later line.
        const offset = fieldOffset(text, start, field);
        const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        const extraLines = lineStart > start ? text.slice(start, lineStart).split('\n').length - 1 : 0;
        return { line: line + extraLines, column: offset - lineStart + 1 };
      },
    },
  };
}

/** True for a line that looks like semicolon-separated CSV (Excel in some locales saves that way). */
export function looksSemicolonSeparated(headerLine: string): boolean {
  return headerLine.includes(';') && !headerLine.includes(',');
}
