// A figure as running text needs it: the full form (qualifier, number, unit) or a shorter one.
import type { FigureRef } from '../../data/figures.ts';
import { formatFigure, formatNumber, formatPercent } from '../../i18n/format.ts';
import { t, type Lang } from '../../i18n/ui.ts';

export interface FigureTextOptions {
  /** Include the unit word ("nghìn người"); a percent keeps its "%" either way. */
  unit?: boolean;
  /** Include the source's qualifier ("trên", "khoảng"). */
  qualifier?: boolean;
  /** Upper-case the first letter, for a figure that starts a sentence. */
  capitalize?: boolean;
}

export function figureText({ figure, measure }: Pick<FigureRef, 'figure' | 'measure'>, lang: Lang, options: FigureTextOptions = {}): string {
  const { unit = true, qualifier = true, capitalize = false } = options;
  let text: string;
  if (unit && qualifier) {
    text = formatFigure(figure, measure, lang);
  } else {
    const number = measure.unit === 'percent' ? formatPercent(figure.value, lang, figure.decimals) : formatNumber(figure.value, lang, figure.decimals);
    const withUnit = unit && measure.unit !== 'percent' ? `${number} ${t(lang, `unit.${measure.unit}`)}` : number;
    text = qualifier && figure.qualifier ? `${t(lang, `qualifier.${figure.qualifier}`)} ${withUnit}` : withUnit;
  }
  return capitalize ? text.charAt(0).toLocaleUpperCase(lang) + text.slice(1) : text;
}
