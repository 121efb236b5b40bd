// Bars comparing one measure across breakdowns in a year (e.g. people reached by each programme).
// Breakdowns that nest (a fund within all funds) are not summed or stacked, only set side by side with their labels.
import { compareYear } from '../../data/chart-figures.ts';
import type { Figure } from '../../data/schemas/row.ts';
import { t } from '../../i18n/ui.ts';
import { figuresOf, flagsOf, lowerFirst, measureOf, noteOf, rowLabeller, tipLines, unitText, valueWithStatus } from '../data.ts';
import { hbars } from '../layouts/hbars.ts';
import { notesBlock, type Note } from '../marks/notes.ts';
import { text as textMark } from '../marks/text.ts';
import { chartText } from '../text/index.ts';
import { layout, palette } from '../theme.ts';
import type { ChartKindModule } from './model.ts';

export const compare: ChartKindModule = {
  kind: 'compare',
  build(def, dataset, { lang, sources }) {
    const words = chartText(lang);
    const measure = measureOf(dataset, def.measures[0]!);
    const year = compareYear(dataset.figures, def);
    const figures = figuresOf(dataset, def, measure.id).filter((f) => f.year === year);
    const label = rowLabeller(dataset, figures, lang);
    const rows = figures.map((f) => ({
      label: label(f),
      bars: [{
        value: f.value,
        fill: palette.neutral,
        label: valueWithStatus(f, measure, lang),
        flags: flagsOf([f]).map((flag) => t(lang, `flag.${flag}`)),
        tip: tipLines(f, dataset, sources, lang),
      }],
    }));
    const size = layout.font.small;
    const unit = { height: layout.lineHeight.small, nodes: [textMark(unitText(measure, lang), 0, size, { size, fill: palette.muted })] };
    const notes: Note[] = figures.filter((f) => f.flag).map((f) => ({ flag: true, text: [`${t(lang, `flag.${f.flag!}`)} (${label(f)})`, noteOf(f, lang)].filter(Boolean).join(': ') }));

    const valued = (f: Figure) => `${valueWithStatus(f, measure, lang)}${f.flag ? ` (${lowerFirst(t(lang, `flag.${f.flag}`))})` : ''}`;
    const byValue = [...figures].sort((a, b) => b.value - a.value);
    const max = byValue[0]!;
    const min = byValue[byValue.length - 1]!;
    const unitClause = measure.unit === 'percent' ? '' : ` (${lowerFirst(unitText(measure, lang))})`;
    const details = [`${words.list(figures.map((f) => `${label(f)}: ${valued(f)}`))}${unitClause}.`];
    const flagNotes = figures.map((f) => (f.flag ? noteOf(f, lang) : undefined)).filter((n): n is string => Boolean(n));
    if (flagNotes.length) details.push(words.note(flagNotes.join(' ')));

    return {
      title: words.titleTrend(`${measure.label[lang]} — ${dataset.meta.title[lang]}`, year!, year!),
      finding: words.rangeFinding(measure.label[lang], valued(max), label(max), valued(min), label(min)),
      details,
      blocks: [unit, hbars({ rows, max: max.value }), notesBlock(notes)],
      defs: [],
      figures,
    };
  },
};
