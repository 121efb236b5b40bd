// A measure over the years: one line per breakdown (never joined across breakdowns, e.g. poverty standards),
// segments only between consecutive years (a missing year stays a gap), provisional figures dashed and hollow.
import { extent } from 'd3-array';
import type { Dataset } from '../../data/load.ts';
import type { Figure } from '../../data/schemas/row.ts';
import { t, type Lang } from '../../i18n/ui.ts';
import { breakdownLabel, figuresOf, isProvisional, lowerFirst, measureOf, noteOf, tipLines, unitText, valueWithStatus } from '../data.ts';
import { legendBlock } from '../layouts/legend.ts';
import { plotBlock } from '../layouts/line-plot.ts';
import type { Series } from '../layouts/series.ts';
import { notesBlock, type Note } from '../marks/notes.ts';
import { chartText } from '../text/index.ts';
import { palette, seriesSymbols } from '../theme.ts';
import type { ChartDef } from '../types.ts';
import type { ChartKindModule } from './model.ts';

function seriesOf(def: ChartDef, dataset: Dataset, lang: Lang): Series[] {
  const groups: Figure[][] = [];
  for (const m of def.measures) {
    const byBreakdown = new Map<string, Figure[]>();
    for (const f of figuresOf(dataset, def, m)) byBreakdown.set(f.breakdown, [...(byBreakdown.get(f.breakdown) ?? []), f]);
    groups.push(...byBreakdown.values());
  }
  const measures = new Set(groups.map((g) => g[0]!.measure)).size;
  const breakdowns = new Set(groups.map((g) => g[0]!.breakdown)).size;
  return groups.map((figures, i) => {
    const f = figures[0]!;
    const m = measureOf(dataset, f.measure).label[lang];
    const b = breakdownLabel(dataset, f.breakdown, lang);
    const label = measures > 1 && breakdowns > 1 ? `${m} — ${b}` : breakdowns > 1 ? b : m;
    return { label, colour: palette.series[i % palette.series.length]!, shape: seriesSymbols[i % seriesSymbols.length]!, figures };
  });
}

const hasGap = (figures: Figure[]) => figures.some((f, i) => i > 0 && f.year - figures[i - 1]!.year > 1);

export const trend: ChartKindModule = {
  kind: 'trend',
  build(def, dataset, { lang, sources }) {
    const words = chartText(lang);
    const measure = measureOf(dataset, def.measures[0]!);
    const series = seriesOf(def, dataset, lang);
    const all = series.flatMap((s) => s.figures);
    const statuses = [...new Set(all.filter(isProvisional).map((f) => f.status))].map((s) => t(lang, `status.${s}`));
    const breakdowns = new Set(all.map((f) => f.breakdown)).size;
    const gaps = series.some((s) => hasGap(s.figures));
    const flagged = all.filter((f) => f.flag);
    const flagNote = (f: Figure) => [`${t(lang, `flag.${f.flag!}`)} (${breakdowns > 1 ? `${breakdownLabel(dataset, f.breakdown, lang)}, ` : ''}${f.year})`, noteOf(f, lang)].filter(Boolean).join(': ');
    const notes: Note[] = [
      ...(gaps ? [{ text: words.gapsNote }] : []),
      ...(breakdowns > 1 ? [{ text: words.seriesNotJoined }] : []),
      ...flagged.map((f) => ({ flag: true, text: flagNote(f) })),
    ];

    const valued = (f: Figure) => `${valueWithStatus(f, measure, lang)}${f.flag ? ` (${lowerFirst(t(lang, `flag.${f.flag}`))})` : ''}`;
    const sentences = series.map((s) => {
      const first = s.figures[0]!;
      const last = s.figures[s.figures.length - 1]!;
      if (s.figures.length === 1) return words.trendSingle(s.label, valued(first), first.year);
      const direction = last.value > first.value ? 'up' : last.value < first.value ? 'down' : 'same';
      const peak = s.figures.reduce((a, b) => (b.value > a.value ? b : a), first);
      const base = words.trendSeries(s.label, valued(first), first.year, valued(last), last.year, direction);
      return peak !== first && peak !== last ? `${base}, ${words.trendPeak(valued(peak), peak.year)}` : base;
    });
    const extras = [
      ...(gaps ? [words.gapsNote] : []),
      ...(breakdowns > 1 ? [words.seriesNotJoined] : []),
      ...(flagged.length ? [words.note(flagged.map(flagNote).join(' '))] : []),
    ];
    const [from, to] = extent(all, (f) => f.year) as [number, number];
    const unitClause = measure.unit === 'percent' ? '' : ` (${lowerFirst(unitText(measure, lang))})`;

    return {
      title: words.titleTrend(dataset.meta.title[lang], from, to),
      finding: `${words.list(sentences)}${unitClause}.`,
      details: extras,
      blocks: [legendBlock(series, statuses, lang), plotBlock(measure, series, lang, (f) => tipLines(f, dataset, sources, lang)), notesBlock(notes)],
      defs: [],
      figures: all,
    };
  },
};

