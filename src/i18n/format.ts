// Numbers as each locale writes them: vi 1.510 and 88,8%; en 1,510 and 88.8%.
import type { Lang } from './ui.ts';
import { t } from './ui.ts';
import type { Measure } from '../data/schemas/metadata.ts';
import type { Figure } from '../data/schemas/row.ts';

const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  const key = `${lang}:${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locales[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: 'always' });
    formatters.set(key, f);
  }
  return f.format(value);
}

export function formatPercent(value: number, lang: Lang, decimals = 0): string {
  return `${formatNumber(value, lang, decimals)}%`;
}

/** A figure as the source words it: qualifier, number at the source's precision, unit. */
export function formatFigure(figure: Pick<Figure, 'value' | 'decimals' | 'qualifier'>, measure: Pick<Measure, 'unit'>, lang: Lang): string {
  const number = measure.unit === 'percent'
    ? formatPercent(figure.value, lang, figure.decimals)
    : `${formatNumber(figure.value, lang, figure.decimals)} ${t(lang, `unit.${measure.unit}`)}`;
  return figure.qualifier ? `${t(lang, `qualifier.${figure.qualifier}`)} ${number}` : number;
}

/** A figure in a table cell whose header states the unit: qualifier and number only ("khoảng 9,5"). */
export function formatFigureValue(figure: Pick<Figure, 'value' | 'decimals' | 'qualifier'>, lang: Lang): string {
  const number = formatNumber(figure.value, lang, figure.decimals);
  return figure.qualifier ? `${t(lang, `qualifier.${figure.qualifier}`)} ${number}` : number;
}

/** An ISO date as each locale writes it: vi "23/11/2026", en "23 November 2026". */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (lang === 'vi') return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}
