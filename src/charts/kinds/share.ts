// A share (usually the women's or girls') as a part-of-whole bar: the part filled, the whole (100%) outlined.
import { t } from '../../i18n/ui.ts';
import { flagsOf, figuresOf, lowerFirst, measureOf, noteOf, rowLabeller, tipLines, valueWithStatus } from '../data.ts';
import { hbars } from '../layouts/hbars.ts';
import { notesBlock, type Note } from '../marks/notes.ts';
import { chartText } from '../text/index.ts';
import { palette } from '../theme.ts';
import type { ChartKindModule } from './model.ts';
import { formatPercent } from '../../i18n/format.ts';

export const share: ChartKindModule = {
  kind: 'share',
  build(def, dataset, { lang, sources }) {
    const text = chartText(lang);
    const measure = measureOf(dataset, def.measures[0]!);
    const figures = figuresOf(dataset, def, measure.id);
    const label = rowLabeller(dataset, figures, lang);
    const rows = figures.map((f) => ({
      label: label(f),
      bars: [{
        value: f.value,
        track: 100,
        fill: palette.women,
        label: valueWithStatus(f, measure, lang),
        flags: flagsOf([f]).map((flag) => t(lang, `flag.${flag}`)),
        tip: tipLines(f, dataset, sources, lang),
      }],
    }));
    const ticks = [0, 50, 100].map((v) => ({ value: v, label: formatPercent(v, lang) }));
    const notes: Note[] = figures.filter((f) => f.flag).map((f) => ({ flag: true, text: `${t(lang, `flag.${f.flag!}`)} (${label(f)}): ${noteOf(f, lang) ?? ''}`.replace(/: $/, '') }));

    const valued = (f: (typeof figures)[number]) => `${valueWithStatus(f, measure, lang)}${f.flag ? ` (${lowerFirst(t(lang, `flag.${f.flag}`))})` : ''}`;
    let finding: string;
    const details: string[] = [];
    if (figures.length === 1) {
      finding = text.singleFinding(measure.label[lang], label(figures[0]!), valued(figures[0]!));
    } else {
      const byValue = [...figures].sort((a, b) => b.value - a.value);
      const max = byValue[0]!;
      const min = byValue[byValue.length - 1]!;
      finding = text.rangeFinding(measure.label[lang], valued(max), label(max), valued(min), label(min));
      details.push(`${text.list(figures.map((f) => `${label(f)}: ${valued(f)}`))}.`);
    }
    const flagged = figures.map((f) => (f.flag ? noteOf(f, lang) : undefined)).filter((n): n is string => Boolean(n));
    if (flagged.length) details.push(text.note(flagged.join(' ')));

    return {
      title: text.titleMeasure(measure.label[lang], dataset.meta.title[lang]),
      finding,
      details,
      blocks: [hbars({ rows, max: 100, ticks }), notesBlock(notes)],
      defs: [],
      figures,
    };
  },
};
