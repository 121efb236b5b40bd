// Women against men, where men are DERIVED as total − women (the sources state only the total and the women).
// The derived bar is hatched and labelled "(suy ra)"/"(derived)" in the chart, its tooltip and its finding.
import { genderPairs } from '../../data/chart-figures.ts';
import { formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/ui.ts';
import { breakdownLabel, derivedText, figureSource, flagsOf, lowerFirst, measureOf, noteOf, rowLabeller, tipLines, valueText } from '../data.ts';
import { hbars, type HRow } from '../layouts/hbars.ts';
import { notesBlock, type Note } from '../marks/notes.ts';
import { hatch } from '../marks/pattern.ts';
import { chartText } from '../text/index.ts';
import { palette } from '../theme.ts';
import type { ChartKindModule } from './model.ts';

export const gender: ChartKindModule = {
  kind: 'gender',
  build(def, dataset, { lang, sources, defId }) {
    const text = chartText(lang);
    const part = measureOf(dataset, def.measures[0]!);
    const whole = measureOf(dataset, def.measures[1]!);
    const restName = def.rest === 'boys' ? text.boys : text.men;
    const derived = t(lang, 'kind.derived');
    const restLabel = `${restName} (${derived})`;
    const unit = part.unit === 'percent' ? '' : ` ${t(lang, `unit.${part.unit}`)}`;
    const list = genderPairs(dataset.meta, dataset.figures, def);
    const label = rowLabeller(dataset, list.map((p) => p.part), lang);
    const fill = `url(#${defId('derived')})`;

    const rows: HRow[] = list.map(({ part: p, whole: w, share: s }) => {
      const rest = w.value - p.value;
      const flags = flagsOf([p, w, ...(s ? [s] : [])]).map((f) => t(lang, `flag.${f}`));
      return {
        label: `${label(p)} (${whole.label[lang]}: ${valueText(w, whole, lang)})`,
        bars: [
          { value: p.value, fill: palette.women, label: `${part.label[lang]}: ${valueText(p, part, lang)}`, flags: [], tip: tipLines(p, dataset, sources, lang) },
          {
            value: rest,
            fill,
            stroke: palette.men,
            label: `${restLabel}: ${derivedText(rest, lang)}`,
            flags,
            tip: [
              `${restLabel}: ${derivedText(rest, lang)}${unit}`,
              `${breakdownLabel(dataset, p.breakdown, lang)} · ${p.year}`,
              `= ${whole.label[lang]} ${valueText(w, whole, lang)} − ${part.label[lang]} ${valueText(p, part, lang)}`,
              figureSource(w, sources, lang),
            ],
          },
        ],
      };
    });
    const max = Math.max(...list.flatMap(({ part: p, whole: w }) => [p.value, w.value - p.value]));

    const flagged = list.flatMap((p) => [p.part, p.whole, ...(p.share ? [p.share] : [])]).filter((f) => f.flag);
    const notes: Note[] = [
      { text: text.derivedNote(restName, whole.label[lang], part.label[lang]) },
      ...flagged.map((f) => ({ flag: true, text: [`${t(lang, `flag.${f.flag!}`)} (${label(f)})`, noteOf(f, lang)].filter(Boolean).join(': ') })),
    ];

    const fewer = list.filter((p) => p.part.value < p.whole.value - p.part.value).length;
    const rowSentences = list.map((p) => {
      const flags = flagsOf([p.part, p.whole, ...(p.share ? [p.share] : [])]).map((f) => t(lang, `flag.${f}`));
      const sentence = text.genderRow(label(p.part), valueText(p.part, part, lang), valueText(p.whole, whole, lang), formatNumber(p.whole.value - p.part.value, lang));
      return flags.length ? `${sentence} (${flags.map(lowerFirst).join(', ')})` : sentence;
    });
    const flagNotes = flagged.map((f) => noteOf(f, lang)).filter((n): n is string => Boolean(n));
    const details = [
      `${text.list(rowSentences)}.`,
      text.derivedNote(restName, whole.label[lang], part.label[lang]),
      ...(flagNotes.length ? [text.note(flagNotes.join(' '))] : []),
    ];

    return {
      title: text.titleGender(dataset.meta.title[lang]),
      finding: text.genderFinding(fewer, list.length),
      details,
      blocks: [hbars({ rows, max }), notesBlock(notes)],
      defs: [hatch(defId('derived'), palette.men)],
      figures: list.flatMap((p) => [p.part, p.whole]),
    };
  },
};
