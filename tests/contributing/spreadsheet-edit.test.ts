// A realistic broken edit, saved the way Excel or LibreOffice saves "CSV UTF-8" in a Vietnamese
// setting, run through `npm run validate` as the pull-request check runs it (GITHUB_ACTIONS=true):
// each annotation must land on the exact file, line and column of the diff.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateData } from '../../src/data/load.ts';
import { copyOfData, removeTemps, repo, runScript } from './helpers.ts';

afterEach(removeTemps);

interface Annotation {
  file: string;
  line: number;
  col: number;
  title: string;
  message: string;
}

const unescape = (s: string) => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

function annotations(stdout: string): Annotation[] {
  return stdout.split('\n').filter((l) => l.startsWith('::error ')).map((l) => {
    const m = /^::error file=(.*?),line=(\d+),col=(\d+),title=(.*?)::(.*)$/.exec(l);
    if (!m) throw new Error(`not a workflow command: ${l}`);
    return { file: unescape(m[1]!), line: Number(m[2]), col: Number(m[3]), title: unescape(m[4]!), message: unescape(m[5]!) };
  });
}

/** Cells of a CSV file as written (quotes included), one array per physical row. */
const rows = (text: string) => text.replace(/\n$/, '').split('\n').map((l) => splitCells(l));

/** Splits a line at commas outside quotes, keeping each cell's text exactly as written. */
function splitCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    if (c === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** 1-based column where cell `index` starts on its line. */
const columnOf = (cells: readonly string[], index: number) => cells.slice(0, index).join(',').length + (index > 0 ? 2 : 1);

/** What a spreadsheet writes: a UTF-8 byte-order mark and CRLF line endings. */
const asSpreadsheet = (text: string) => `\uFEFF${text.replace(/\r?\n/g, '\r\n')}`;

describe('a spreadsheet-saved edit with Vietnamese number formats', () => {
  it('fails the check with annotations on the right file, line and column', () => {
    const root = copyOfData();

    // vocational-training.csv: an editor re-typed figures the Vietnamese way and broke a note over two lines.
    const vt = rows(readFileSync(join(repo, 'data', 'vocational-training.csv'), 'utf8'));
    const enrolled = vt.findIndex((r) => r[2] === 'enrolled');
    const plan = vt.findIndex((r) => r[2] === 'percent_of_plan' && r[0] === '2009');
    const change = vt.findIndex((r) => r[2] === 'change_on_previous_year');
    expect([enrolled, plan, change]).toEqual([1, 2, 3]);
    vt[enrolled]![10] = '"Số liệu cả năm\n(theo báo cáo tổng kết)"'; // Alt+Enter inside a cell: the row spans two lines
    vt[plan]![3] = '"104,5"'; // decimal comma, quoted by the spreadsheet because it contains a comma
    vt[change]![3] = '11,2'; // decimal comma unquoted (typed into a text editor): one cell too many
    const vtText = vt.map((r) => r.join(',')).join('\n') + '\n\n'; // and a trailing blank row
    writeFileSync(join(root, 'data', 'vocational-training.csv'), asSpreadsheet(vtText));

    // labour-export.csv: counts with the Vietnamese thousands separator.
    const le = rows(readFileSync(join(repo, 'data', 'labour-export.csv'), 'utf8'));
    const workers = le.findIndex((r) => r[0] === '2009' && r[2] === 'workers');
    const women = le.findIndex((r) => r[0] === '2009' && r[2] === 'women');
    le[workers]![3] = '"73.028"';
    le[women]![3] = '22.020';
    writeFileSync(join(root, 'data', 'labour-export.csv'), asSpreadsheet(le.map((r) => r.join(',')).join('\n') + '\n'));

    const run = runScript(root, 'scripts/validate.ts', [], { GITHUB_ACTIONS: 'true' });
    expect(run.status).toBe(1);
    const found = annotations(run.stdout);

    // Lines as GitHub numbers them: the header is line 1; the enrolled row's note takes two lines.
    const vtLine = (index: number) => index + 1 + (index > enrolled ? 1 : 0);
    expect(found.map(({ file, line, col, title }) => ({ file, line, col, title }))).toEqual([
      { file: 'data/labour-export.csv', line: workers + 1, col: columnOf(le[workers]!, 3), title: 'thousands-separator — value: 73.028' },
      { file: 'data/labour-export.csv', line: women + 1, col: columnOf(le[women]!, 3), title: 'thousands-separator — value: 22.020' },
      { file: 'data/vocational-training.csv', line: vtLine(plan), col: columnOf(vt[plan]!, 3), title: 'decimal-comma — value: 104,5' },
      // An unquoted "11,2" splits into two cells; it is still reported as a decimal comma at the value.
      { file: 'data/vocational-training.csv', line: vtLine(change), col: columnOf(vt[change]!, 3), title: 'decimal-comma — value: 11,2' },
    ]);
    expect(vtLine(plan)).toBe(4);

    // Each says, in Vietnamese then English, how to write the number instead.
    const [thousandsQuoted, thousandsBare, decimalQuoted, decimalBare] = found.map((a) => a.message);
    expect(thousandsQuoted).toBe('Số không được có dấu phân cách hàng nghìn. Hãy viết 73028.\nNumbers must not contain thousands separators. Write 73028.');
    expect(thousandsBare).toContain('Hãy viết 22020.');
    expect(decimalQuoted).toBe('Dùng dấu chấm (.) cho phần thập phân, không dùng dấu phẩy. Hãy viết 104.5.\nUse a point (.) as the decimal mark, not a comma. Write 104.5.');
    expect(decimalBare).toBe('Dùng dấu chấm (.) cho phần thập phân, không dùng dấu phẩy. Hãy viết 11.2.\nUse a point (.) as the decimal mark, not a comma. Write 11.2.');

    // The same problems, with the same locations, in the plain report staff read in the log.
    expect(run.stderr).toContain('The data has 4 errors; nothing was published.');
    expect(run.stderr).toContain(`data/vocational-training.csv:4:${columnOf(vt[plan]!, 3)} cột/column "value" — giá trị/value: "104,5"`);
  });

  it('passes a correct file that was only re-saved by a spreadsheet (BOM and CRLF)', () => {
    const root = copyOfData();
    const csvFiles = validateData(repo).data.datasets.map((d) => d.csvFile);
    for (const file of csvFiles) {
      const path = join(root, file);
      writeFileSync(path, asSpreadsheet(readFileSync(path, 'utf8')));
    }
    expect(readFileSync(join(root, csvFiles[0]!)).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));

    const run = runScript(root, 'scripts/validate.ts', [], { GITHUB_ACTIONS: 'true' });
    expect(run.stdout).not.toContain('::error');
    expect(run.status).toBe(0);
    const real = validateData(repo).data;
    const figures = real.datasets.reduce((n, d) => n + d.figures.length, 0);
    expect(run.stdout).toContain(`Data is valid: ${real.datasets.length} datasets, ${figures} figures`);
    // And the figures read from the re-saved files are the same figures, on the same lines.
    const resaved = validateData(root).data;
    const summary = (d: typeof real) => d.datasets.flatMap((s) => s.figures.map((f) => `${f.dataset}:${f.line}:${f.year}/${f.breakdown}/${f.measure}=${f.value}`));
    expect(summary(resaved)).toEqual(summary(real));
  });
});
