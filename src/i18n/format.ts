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
