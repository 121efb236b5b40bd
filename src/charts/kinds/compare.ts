// Bars comparing one measure across breakdowns in a year (e.g. people reached by each programme).
// Only for datasets no other chart fits, so every dataset page has a chart; breakdowns that nest
// (a fund within all funds) are not summed or stacked, only set side by side with their labels.
import type { Dataset } from '../../data/load.ts';
import type { Figure } from '../../data/schemas/row.ts';
import { t } from '../../i18n/ui.ts';
import { figuresOf, flagsOf, lowerFirst, measureOf, noteOf, rowLabeller, tipLines, unitText, valueWithStatus } from '../data.ts';
import { hbars } from '../layouts/hbars.ts';
import { notesBlock, type Note } from '../marks/notes.ts';
import { text as textMark } from '../marks/text.ts';
import { chartText } from '../text/index.ts';
import { layout, palette } from '../theme.ts';
import type { ChartDef } from '../types.ts';
import { chartIds, type ChartKindModule } from './model.ts';

const comparable = new Set(['count', 'amount']);

/** The year in which a measure has the most breakdowns (the latest on a tie), if at least two. */
function yearOf(dataset: Dataset, measure: string): number | undefined {
  const counts = new Map<number, number>();
  for (const f of dataset.figures) if (f.measure === measure) counts.set(f.year, (counts.get(f.year) ?? 0) + 1);
  const best = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best?.[0];
}

export const compare: ChartKindModule = {
  kind: 'compare',
  defs(dataset) {
    const measures = dataset.meta.measures.filter((m) => comparable.has(m.kind) && yearOf(dataset, m.id) !== undefined).map((m) => m.id);
    const ids = chartIds(dataset, 'compare', measures);
    return measures.map((m, i): ChartDef => ({ id: ids[i]!, kind: 'compare', dataset: dataset.meta.id, measures: [m] }));
  },
  build(def, dataset, { lang, sources }) {
    const words = chartText(lang);
    const measure = measureOf(dataset, def.measures[0]!);
    const year = yearOf(dataset, measure.id);
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
