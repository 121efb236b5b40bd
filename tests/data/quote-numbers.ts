// Reading the numbers of a quoted sentence the way its source writes them, so a test can ask whether a
// row's value is really in its quote. Vietnamese pages write "73.028" and "88,8%", English ones
// "73,028" and "88.8%", the Japanese page "7万8641人"; news items add "triệu", "nghìn", "million".

export type QuoteLanguage = 'vi' | 'en' | 'ja';

/** A number as it stands in the quote, read at its scale ("1,6 triệu" → 1 600 000). */
export interface QuotedNumber {
  /** The characters as they stand, scale word included ("1,6 triệu"). */
  raw: string;
  /** The number times its scale word. */
  value: number;
  /** Decimals as written ("26,80%" → 2), for percentages whose precision the data keeps. */
  decimals: number;
  /** Followed by "%", "percent" or "per-cent". */
  percent: boolean;
  /** The qualifier word right before it, as the data codes it (khoảng → about, trên/hơn → more-than…). */
  qualifier: string | undefined;
}

const VIETNAMESE_LETTERS = /[À-ỹ]/;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

export function languageOf(quote: string): QuoteLanguage {
  if (JAPANESE.test(quote)) return 'ja';
  return VIETNAMESE_LETTERS.test(quote) ? 'vi' : 'en';
}

const SCALES: [RegExp, number][] = [
  [/^\s?(triệu|millions?|mln)\b/iu, 1e6],
  [/^\s?(nghìn|ngàn|thousand)\b/iu, 1e3],
];
const PERCENT = /^\s?(%|percent\b|per-cent\b|per cent\b)/iu;

/** The word just before a number, as the data's qualifier codes. Only words that qualify the number itself. */
const QUALIFIERS: [RegExp, string][] = [
  [/(?<!\p{L})(khoảng|about|around|approximately)\s$/iu, 'about'],
  [/(?<!\p{L})(trên|hơn|more than|over)\s$/iu, 'more-than'],
  [/(?<!\p{L})(gần|nearly|almost)\s$/iu, 'nearly'],
  [/(?<!\p{L})(tới|up to)\s$/iu, 'up-to'],
  // Not a qualifier of the data yet ("dưới 4%"): read so that such a figure is never taken as exact.
  [/(?<!\p{L})(dưới|below|less than|under)\s$/iu, 'less-than'],
];

/**
 * A run of digits and separators, read as the page writes it. Two or more of one separator, or a group
 * that is not three digits long, can only be read one way; a single separator before three digits
 * ("1.655", "1,605") is a thousands separator or a decimal mark depending on the page's language.
 */
export function readDigits(token: string, language: QuoteLanguage): { value: number; decimals: number } | undefined {
  const marks = [...token.matchAll(/[.,]/g)].map((m) => m[0]);
  if (marks.length === 0) return { value: Number(token), decimals: 0 };
  const kinds = new Set(marks);
  let decimalMark: string | undefined;
  if (kinds.size === 2) {
    decimalMark = marks[marks.length - 1];
    if (marks.filter((m) => m === decimalMark).length !== 1) return undefined;
  } else {
    const mark = marks[0]!;
    const groups = token.split(mark);
    if (marks.length >= 2) decimalMark = undefined;
    else if (groups[1]!.length !== 3) decimalMark = mark;
    else decimalMark = (language === 'vi') === (mark === ',') ? mark : undefined;
  }
  const [int, frac = ''] = decimalMark ? [token.slice(0, token.lastIndexOf(decimalMark)), token.slice(token.lastIndexOf(decimalMark) + 1)] : [token, ''];
  const thousandsMark = [...kinds].find((m) => m !== decimalMark);
  if (thousandsMark) {
    const groups = int.split(thousandsMark);
    if (groups[0]!.length > 3 || groups.slice(1).some((g) => g.length !== 3)) return undefined;
  }
  const digits = thousandsMark ? int.split(thousandsMark).join('') : int;
  return { value: Number(frac ? `${digits}.${frac}` : digits), decimals: frac.length };
}

/** Every number of a quote, at its scale, with its percent sign and the qualifier word before it. */
export function numbersIn(quote: string): QuotedNumber[] {
  const language = languageOf(quote);
  const found: QuotedNumber[] = [];
  // Japanese: "7万8641" is 7 × 10 000 + 8641.
  const pattern = language === 'ja' ? /\d+万\d{0,4}|\d+(?:[.,]\d+)*/gu : /\d+(?:[.,]\d+)*/gu;
  for (const m of quote.matchAll(pattern)) {
    const token = m[0];
    const before = quote.slice(0, m.index);
    const after = quote.slice(m.index + token.length);
    let read: { value: number; decimals: number } | undefined;
    if (token.includes('万')) {
      const [man, rest] = token.split('万');
      read = { value: Number(man) * 10_000 + Number(rest || 0), decimals: 0 };
    } else {
      read = readDigits(token, language);
    }
    if (!read) continue;
    const scale = SCALES.find(([re]) => re.test(after));
    const scaleWord = scale ? after.match(scale[0])![0] : '';
    found.push({
      raw: token + scaleWord,
      value: read.value * (scale ? scale[1] : 1),
      decimals: read.decimals,
      percent: PERCENT.test(after),
      qualifier: QUALIFIERS.find(([re]) => re.test(before))?.[1],
    });
  }
  return found;
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

export interface RowToMatch {
  value: number;
  /** Decimals as written in the CSV cell. */
  decimals: number;
  qualifier?: string | undefined;
  unit: string;
}

/**
 * Whether the quote states this value, in this unit, with this qualifier: a percentage must be a number
 * followed by a percent sign at the same precision; a count must not be; a count in thousands may be
 * written in persons ("2.023.000 người") or with a scale word ("1,6 triệu", "1.510 ngàn").
 */
export function quoteStates(quote: string, row: RowToMatch): boolean {
  const perUnit: Record<string, number> = { persons: 1, 'thousand-persons': 1000 };
  return numbersIn(quote).some((n) => {
    if ((n.qualifier ?? undefined) !== (row.qualifier ?? undefined)) return false;
    if (row.unit === 'percent') return n.percent && n.decimals === row.decimals && same(n.value, row.value);
    const per = perUnit[row.unit];
    if (per === undefined) throw new Error(`quoteStates: no reading for the unit ${row.unit}; add it here with a test`);
    return !n.percent && same(n.value / per, row.value);
  });
}
