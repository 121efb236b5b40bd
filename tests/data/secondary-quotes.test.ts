// Figures from news and agency pages (secondary sources) are not stored in full here, so their quotes
// cannot be checked against a text. What can be checked: the quote itself states the row's value, in the
// row's unit and with the row's qualifier, written the way the page writes numbers. A mistyped value, a
// dropped "khoảng", a count put in a percent measure or a figure read in the wrong thousands all fail.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { languageOf, numbersIn, quoteStates } from './quote-numbers.ts';

const repo = join(import.meta.dirname, '..', '..');
const data = loadData(repo);
const secondary = new Set(data.sources.filter((s) => s.kind === 'secondary').map((s) => s.id));

describe('reading numbers the way a quote writes them', () => {
  it('tells the page language apart', () => {
    expect(languageOf('đưa 73.028 lao động')).toBe('vi');
    expect(languageOf('Vietnam sent 88,298 labourers abroad')).toBe('en');
    expect(languageOf('7万8641人(うち女性が2万8786人)')).toBe('ja');
  });

  it('reads thousands separators and decimal marks per language, scale words and percent signs', () => {
    const read = (q: string) => numbersIn(q).map((n) => [n.value, n.percent, n.qualifier ?? null]);
    expect(read('khoảng 1,648 triệu người, đạt 103,1% kế hoạch')).toEqual([[1648000, false, 'about'], [103.1, true, null]]);
    expect(read('More than 1.655 million jobs ... 103.5% of the plan')).toEqual([[1655000, false, 'more-than'], [103.5, true, null]]);
    expect(read('tuyển sinh được 2.023.000 người')).toEqual([[2023000, false, null]]);
    expect(read('trên 142,8 nghìn người')).toEqual([[142800, false, 'more-than']]);
    expect(read('151 (30.26%)')).toEqual([[151, false, null], [30.26, true, null]]);
    expect(read('Vietnam sent 88,298 labourers abroad')).toEqual([[88298, false, null]]);
    expect(read('7万8641人…年間計画の60.5%')).toEqual([[78641, false, null], [60.5, true, null]]);
    expect(read('đạt 133,3 % kế hoạch')).toEqual([[133.3, true, null]]);
  });

  it('accepts the value as stated and refuses a mistyped one', () => {
    const persons = (value: number, qualifier?: string) => ({ value, decimals: 0, unit: 'persons', qualifier });
    const thousands = (value: number, qualifier?: string) => ({ value, decimals: 0, unit: 'thousand-persons', qualifier });
    const percent = (value: number, decimals: number) => ({ value, decimals, unit: 'percent' });

    expect(quoteStates('88,9% kế hoạch ... với 80.000 lao động', persons(80000))).toBe(true);
    expect(quoteStates('88,9% kế hoạch ... với 80.000 lao động', persons(8000))).toBe(false);
    expect(quoteStates('88,9% kế hoạch ... với 80.000 lao động', persons(80))).toBe(false);
    expect(quoteStates('88,9% kế hoạch ... với 80.000 lao động', percent(88.9, 1))).toBe(true);
    expect(quoteStates('88,9% kế hoạch ... với 80.000 lao động', percent(88.8, 1))).toBe(false);
    // A count is never read from a percentage, nor a percentage from a count.
    expect(quoteStates('88,9% kế hoạch ... với 80.000 lao động', persons(89))).toBe(false);
    expect(quoteStates('ĐB là phụ nữ 133 người (tỉ lệ 26,80%)', percent(133, 0))).toBe(false);
    // Precision as stated: "26,80%" is 26.80, not 26.8.
    expect(quoteStates('ĐB là phụ nữ 133 người (tỉ lệ 26,80%)', percent(26.8, 1))).toBe(false);
    expect(quoteStates('ĐB là phụ nữ 133 người (tỉ lệ 26,80%)', percent(26.8, 2))).toBe(true);
    // Thousands: "1,605 triệu" is 1605 thousand, never 1.605 or 1650.
    expect(quoteStates('đạt 1,605 triệu người', thousands(1605))).toBe(true);
    expect(quoteStates('đạt 1,605 triệu người', thousands(1.605))).toBe(false);
    expect(quoteStates('đạt 1,605 triệu người', thousands(1650))).toBe(false);
    expect(quoteStates('tuyển sinh được 2.023.000 người', thousands(2023))).toBe(true);
    expect(quoteStates('tuyển sinh được 2.023.000 người', thousands(2023000))).toBe(false);
    // The qualifier must be the word the quote puts before the number, and only then.
    expect(quoteStates('xuất khẩu lao động khoảng 106 ngàn người', persons(106000, 'about'))).toBe(true);
    expect(quoteStates('xuất khẩu lao động khoảng 106 ngàn người', persons(106000))).toBe(false);
    expect(quoteStates('xuất khẩu lao động khoảng 106 ngàn người', persons(106000, 'more-than'))).toBe(false);
    expect(quoteStates('Vietnam sent 88,298 labourers abroad', persons(88298, 'about'))).toBe(false);
    // "dưới 4%" is not 4%.
    expect(quoteStates('tỷ lệ hộ nghèo còn dưới 4% (giảm 1,3% so với cuối năm trước)', percent(4, 0))).toBe(false);
    expect(quoteStates('tỷ lệ hộ nghèo còn dưới 4% (giảm 1,3% so với cuối năm trước)', percent(1.3, 1))).toBe(true);
  });
});

describe('every figure from a secondary source', () => {
  const rows = data.datasets.flatMap((d) =>
    d.figures.filter((f) => secondary.has(f.source)).map((f) => ({ f, unit: d.meta.measures.find((m) => m.id === f.measure)!.unit })),
  );

  it('exists (the check below has something to check)', () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  it('is stated in its own quote, in its unit and with its qualifier', () => {
    const wrong = rows
      .filter(({ f, unit }) => !quoteStates(f.quote, { value: f.value, decimals: f.decimals, qualifier: f.qualifier, unit }))
      .map(({ f, unit }) => `${f.dataset}.csv line ${f.line}: ${f.year} ${f.breakdown} ${f.measure} = ${f.qualifier ?? ''} ${f.value} ${unit} not found in "${f.quote}" (read: ${numbersIn(f.quote).map((n) => `${n.qualifier ?? ''} ${n.raw}`.trim()).join('; ')})`);
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});
