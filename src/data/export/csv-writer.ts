// A small RFC 4180 CSV writer for the published downloads. Safe on its own: it never trusts
// that the validator ran, so text that a spreadsheet would execute is neutralised here too.

/** UTF-8 byte order mark: Excel on Windows needs it to read a CSV as UTF-8 (Vietnamese diacritics). */
export const UTF8_BOM = '\uFEFF';
/** RFC 4180 line ending. */
export const CRLF = '\r\n';

export type CsvCellKind = 'text' | 'number';
export interface CsvColumnSpec {
  name: string;
  kind: CsvCellKind;
}

/** What a cell may hold: text, a number, or nothing (written as an empty cell). */
export type CsvCell = string | number | null | undefined;

// A cell starting with one of these runs as a formula in Excel, LibreOffice or Google Sheets
// (OWASP "CSV injection"); a leading apostrophe makes the spreadsheet show it as plain text.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A number cell keeps its plain form (digits, optional minus, `.` decimals): never neutralised, never quoted. */
function numberCell(cell: string | number, column: string): string {
  const text = typeof cell === 'number' ? String(cell) : cell;
  if (!PLAIN_NUMBER.test(text)) throw new Error(`CSV writer: column "${column}" expects a plain number, got "${text}"`);
  return text;
}

export function csvCell(cell: CsvCell, spec: CsvColumnSpec): string {
  if (cell === null || cell === undefined || cell === '') return '';
  if (spec.kind === 'number') return numberCell(cell, spec.name);
  return quote(neutraliseFormula(String(cell).normalize('NFC')));
}

export interface WriteCsvOptions {
  /** Prefix the UTF-8 byte order mark (default true: the published files are for Excel too). */
  bom?: boolean;
}

/** Header plus rows, CRLF after every record (the last one too, as RFC 4180 allows). */
export function writeCsv(columns: readonly CsvColumnSpec[], rows: Iterable<readonly CsvCell[]>, { bom = true }: WriteCsvOptions = {}): string {
  const lines = [columns.map((c) => quote(neutraliseFormula(c.name))).join(',')];
  for (const row of rows) {
    if (row.length !== columns.length) throw new Error(`CSV writer: a row has ${row.length} cells, the header ${columns.length}`);
    lines.push(row.map((cell, i) => csvCell(cell, columns[i]!)).join(','));
  }
  return (bom ? UTF8_BOM : '') + lines.join(CRLF) + CRLF;
}
