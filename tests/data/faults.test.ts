// One fixture per fault kind: the problem must name the right line, column, cell value and message.
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../src/data/problems.ts';
import { validateFixture } from './fixture-meta.ts';

type Expected = Pick<Problem, 'line' | 'column' | 'code'> & { field?: string; value?: string };

const faults: Record<string, Expected> = {
  'utf16-bom': { line: 1, column: 1, code: 'encoding-utf16' },
  'utf16-no-bom': { line: 1, column: 2, code: 'encoding-utf16' },
  'windows-1258': { line: 2, column: 47, code: 'encoding-not-utf8', value: '0xD0 0xFA' },
  'semicolon-separated': { line: 1, column: 1, code: 'semicolon-separated' },
  'empty-file': { line: 1, column: 1, code: 'empty-file' },
  'unclosed-quote': { line: 3, column: 1, code: 'csv-syntax', value: '2009,total,women,22020,,actual,src-a,I.2.1,"Quote without end,,,' },
  'header-misspelled': { line: 1, column: 24, code: 'header-mismatch', field: 'value', value: 'valeu' },
  'header-missing-column': { line: 1, column: 73, code: 'header-mismatch', field: 'note_en' },
  'header-extra-column': { line: 1, column: 89, code: 'header-mismatch', value: 'comment' },
  'field-count': { line: 3, column: 1, code: 'field-count', value: '13' },
  'blank-value': { line: 3, column: 18, code: 'blank-required', field: 'value', value: '' },
  'thousands-dot': { line: 2, column: 20, code: 'thousands-separator', field: 'value', value: '73.028' },
  'thousands-comma': { line: 2, column: 20, code: 'thousands-separator', field: 'value', value: '73,028' },
  'decimal-comma': { line: 4, column: 24, code: 'decimal-comma', field: 'value', value: '30,2' },
  'decimal-comma-unquoted': { line: 4, column: 24, code: 'decimal-comma', field: 'value', value: '30,2' },
  'percent-sign': { line: 4, column: 24, code: 'percent-sign', field: 'value', value: '30%' },
  'placeholder-dash': { line: 3, column: 18, code: 'placeholder', field: 'value', value: '-' },
  'placeholder-x': { line: 3, column: 18, code: 'placeholder', field: 'value', value: '[x]' },
  'not-a-number': { line: 3, column: 18, code: 'not-a-number', field: 'value', value: 'hai mươi' },
  'integer-required': { line: 3, column: 18, code: 'integer-required', field: 'value', value: '22020.5' },
  'negative-count': { line: 3, column: 18, code: 'negative-value', field: 'value', value: '-22020' },
  'share-over-100': { line: 4, column: 24, code: 'percent-out-of-range', field: 'value', value: '130' },
  'year-invalid': { line: 2, column: 1, code: 'year-invalid', field: 'year', value: '09' },
  'year-implausible': { line: 2, column: 1, code: 'year-implausible', field: 'year', value: '1890' },
  'unknown-breakdown': { line: 3, column: 6, code: 'unknown-code', field: 'breakdown', value: 'Total' },
  'unknown-measure': { line: 3, column: 12, code: 'unknown-code', field: 'measure', value: 'female' },
  'unknown-status': { line: 3, column: 25, code: 'unknown-code', field: 'status', value: 'done' },
  'unknown-qualifier': { line: 3, column: 24, code: 'unknown-code', field: 'qualifier', value: 'approx' },
  'unknown-source': { line: 3, column: 32, code: 'unknown-source', field: 'source', value: 'src-b' },
  'formula-equals': { line: 3, column: 38, code: 'formula-like', field: 'section', value: '=HYPERLINK("http://x")' },
  'formula-at-note': { line: 3, column: 89, code: 'formula-like', field: 'note_vi', value: '@SUM(A1)' },
  'control-character': { line: 3, column: 38, code: 'control-character', field: 'section', value: 'I.2\u00071' },
  'blank-quote': { line: 3, column: 44, code: 'quote-required', field: 'quote', value: '' },
  'duplicate-key': { line: 5, column: 12, code: 'duplicate-key', field: 'measure', value: 'women' },
  'part-exceeds-whole': { line: 3, column: 18, code: 'part-exceeds-whole', field: 'value', value: '83028' },
  'share-disagrees': { line: 4, column: 24, code: 'share-disagrees', field: 'value', value: '40.7' },
  'flag-without-note': { line: 4, column: 108, code: 'note-required', field: 'note_vi', value: '' },
  'multiline-quote': { line: 6, column: 24, code: 'percent-sign', field: 'value', value: '30%' },
  'blank-lines': { line: 6, column: 24, code: 'placeholder', field: 'value', value: 'x' },
};

describe('each fault kind is reported at its line and column, with its value', () => {
  it('covers at least 25 kinds of fault', () => {
    expect(new Set(Object.values(faults).map((f) => f.code)).size).toBeGreaterThanOrEqual(25);
  });

  for (const [name, expected] of Object.entries(faults)) {
    it(name, () => {
      const { problems } = validateFixture(name);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: `tests/data/fixtures/${name}.csv`, ...expected });
    });
  }
});

describe('files that are right pass', () => {
  it('a plain UTF-8 file', () => {
    const { problems, figures } = validateFixture('valid');
    expect(problems).toEqual([]);
    expect(figures.map((f) => [f.measure, f.value, f.decimals, f.line])).toEqual([
      ['workers', 73028, 0, 2],
      ['women', 22020, 0, 3],
      ['women_share', 30, 0, 4],
    ]);
  });

  it('a UTF-8 BOM and CRLF line endings, as Excel saves "CSV UTF-8"', () => {
    const { problems, figures } = validateFixture('bom-crlf');
    expect(problems).toEqual([]);
    expect(figures[0]!.year).toBe(2009);
    expect(figures[0]!.quote).not.toContain('\r');
  });

  it('a row of nothing but commas, as a spreadsheet leaves a cleared row', () => {
    const { problems, figures } = validateFixture('comma-only-row');
    expect(problems).toEqual([]);
    expect(figures.map((f) => f.line)).toEqual([2, 3, 5]);
  });

  it('a share that disagrees with its counts when the row flags the source as inconsistent', () => {
    const { problems, figures } = validateFixture('share-flagged');
    expect(problems).toEqual([]);
    expect(figures.find((f) => f.measure === 'women_share')).toMatchObject({ value: 40.7, flag: 'source-inconsistent', decimals: 1 });
  });
});

describe('all problems are reported at once', () => {
  it('three faults on three rows give three problems in line order', () => {
    const { problems } = validateFixture('many-errors');
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'thousands-separator'],
      [3, 'year-invalid'],
      [4, 'unknown-source'],
    ]);
  });
});

describe('messages tell staff how to write the value instead, in Vietnamese and English', () => {
  const message = (name: string) => formatProblem(validateFixture(name).problems[0]!);

  it('thousands separator', () => {
    expect(message('thousands-dot')).toMatchInlineSnapshot(`
      "tests/data/fixtures/thousands-dot.csv:2:20 cột/column "value" — giá trị/value: "73.028"
        vi: Số không được có dấu phân cách hàng nghìn. Hãy viết 73028.
        en: Numbers must not contain thousands separators. Write 73028."
    `);
  });

  it('decimal comma', () => {
    expect(message('decimal-comma')).toMatchInlineSnapshot(`
      "tests/data/fixtures/decimal-comma.csv:4:24 cột/column "value" — giá trị/value: "30,2"
        vi: Dùng dấu chấm (.) cho phần thập phân, không dùng dấu phẩy. Hãy viết 30.2.
        en: Use a point (.) as the decimal mark, not a comma. Write 30.2."
    `);
  });

  it('percent sign', () => {
    expect(message('percent-sign')).toMatchInlineSnapshot(`
      "tests/data/fixtures/percent-sign.csv:4:24 cột/column "value" — giá trị/value: "30%"
        vi: Không ghi ký hiệu %: đơn vị đã ghi trong tệp .yml. Hãy viết 30.
        en: Do not write the % sign: the unit is stated in the .yml file. Write 30."
    `);
  });

  it('placeholder', () => {
    expect(message('placeholder-dash')).toMatchInlineSnapshot(`
      "tests/data/fixtures/placeholder-dash.csv:3:18 cột/column "value" — giá trị/value: "-"
        vi: Ký hiệu thay số (-, x, [x], ..., N/A) không được dùng. Nếu nguồn không có số liệu, hãy xoá cả dòng.
        en: Placeholders (-, x, [x], ..., N/A) are not allowed. If the source gives no figure, delete the whole row."
    `);
  });

  it('a share that does not match its counts', () => {
    expect(message('share-disagrees')).toMatchInlineSnapshot(`
      "tests/data/fixtures/share-disagrees.csv:4:24 cột/column "value" — giá trị/value: "40.7"
        vi: Tỷ lệ ghi 40.7% không khớp với số đếm: 22020 / 73028 = 30.2%. Nếu nguồn ghi đúng như vậy, đặt cột flag là source-inconsistent và giải thích ở note_vi/note_en; nếu không, sửa lỗi gõ.
        en: The stated share 40.7% does not match the counts: 22020 / 73028 = 30.2%. If the source says exactly this, set flag to source-inconsistent and explain in note_vi/note_en; otherwise fix the typo."
    `);
  });

  it('encoding', () => {
    expect(message('windows-1258')).toMatchInlineSnapshot(`
      "tests/data/fixtures/windows-1258.csv:2:47 — giá trị/value: "0xD0 0xFA"
        vi: Tệp không phải UTF-8 (có thể là Windows-1258 hoặc TCVN3), dấu tiếng Việt sẽ bị hỏng. Hãy lưu lại bằng "CSV UTF-8 (Comma delimited)".
        en: The file is not UTF-8 (perhaps Windows-1258 or TCVN3), so Vietnamese diacritics would break. Save it again as "CSV UTF-8 (Comma delimited)"."
    `);
  });
});
