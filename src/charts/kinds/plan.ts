// Plan versus actual: the result as a percent of the plan, against a 100% reference line.
// The sources never state the plan itself, so it is not drawn or derived here.
import { formatPercent } from '../../i18n/format.ts';
import { t } from '../../i18n/ui.ts';
import { figuresOf, flagsOf, lowerFirst, isProvisional, measureOf, noteOf, rowLabeller, tipLines, valueWithStatus } from '../data.ts';
import { hbars } from '../layouts/hbars.ts';
import { notesBlock, type Note } from '../marks/notes.ts';
import { hatch } from '../marks/pattern.ts';
import { chartText } from '../text/index.ts';
import { palette } from '../theme.ts';
import type { ChartKindModule } from './model.ts';

export const plan: ChartKindModule = {
  kind: 'plan',
  build(def, dataset, { lang, sources, defId }) {
    const text = chartText(lang);
    const measure = measureOf(dataset, def.measures[0]!);
    const figures = figuresOf(dataset, def, measure.id);
    const label = rowLabeller(dataset, figures, lang);
    const provisionalFill = `url(#${defId('provisional')})`;
    const rows = figures.map((f) => ({
      label: label(f),
      bars: [{
        value: f.value,
        fill: isProvisional(f) ? provisionalFill : palette.neutral,
        stroke: isProvisional(f) ? palette.neutral : undefined,
        label: valueWithStatus(f, measure, lang),
        flags: flagsOf([f]).map((flag) => t(lang, `flag.${flag}`)),
        tip: tipLines(f, dataset, sources, lang),
      }],
    }));
    const top = Math.max(100, ...figures.map((f) => f.value));
    const ticks = [0, 50, 100, 150, 200].filter((v) => v <= top).map((v) => ({ value: v, label: formatPercent(v, lang) }));
    const notes: Note[] = figures.filter((f) => f.flag).map((f) => ({ flag: true, text: [`${t(lang, `flag.${f.flag!}`)} (${label(f)})`, noteOf(f, lang)].filter(Boolean).join(': ') }));

    const valued = (f: (typeof figures)[number]) => `${valueWithStatus(f, measure, lang)}${f.flag ? ` (${lowerFirst(t(lang, `flag.${f.flag}`))})` : ''}`;
    const met = figures.filter((f) => f.value >= 100).length;
    const finding = figures.length === 1 ? text.planSingle(valued(figures[0]!), figures[0]!.year, met === 1) : text.planFinding(met, figures.length);
    const details = figures.length === 1 ? [] : [`${text.list(figures.map((f) => `${label(f)}: ${valued(f)}`))}.`];
    const flagNotes = figures.map((f) => (f.flag ? noteOf(f, lang) : undefined)).filter((n): n is string => Boolean(n));
    if (flagNotes.length) details.push(text.note(flagNotes.join(' ')));

    return {
      title: text.titleMeasure(measure.label[lang], dataset.meta.title[lang]),
      finding,
      details,
      blocks: [hbars({ rows, max: top, ticks, reference: { value: 100, label: text.planLine } }), notesBlock(notes)],
      defs: figures.some(isProvisional) ? [hatch(defId('provisional'), palette.neutral)] : [],
      figures,
    };
  },
};
