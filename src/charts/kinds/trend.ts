// A measure over the years: one line per breakdown (never joined across breakdowns, e.g. poverty standards),
// segments only between consecutive years (a missing year stays a gap), provisional figures dashed and hollow.
import { extent, max as maxOf } from 'd3-array';
import { precisionFixed } from 'd3-format';
import { scaleLinear } from 'd3-scale';
import type { Dataset } from '../../data/load.ts';
import type { Figure } from '../../data/schemas/row.ts';
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import { t, type Lang } from '../../i18n/ui.ts';
import { breakdownLabel, figuresOf, lowerFirst, isProvisional, measureOf, noteOf, tipLines, unitText, valueWithStatus } from '../data.ts';
import { placeLabels, type LabelRequest } from '../layouts/place-labels.ts';
import { dot } from '../marks/dot.ts';
import { flagMarker } from '../marks/flag.ts';
import { linePath, type LinePoint } from '../marks/line.ts';
import { datum } from '../marks/mark.ts';
import { notesBlock, type Note } from '../marks/notes.ts';
import { ruleX, ruleY } from '../marks/rule.ts';
import { lines, text } from '../marks/text.ts';
import { textWidth, wrap } from '../measure-text.ts';
import { innerWidth, type Block } from '../svg/frame.ts';
import type { SvgNode } from '../svg/node.ts';
import { chartText } from '../text/index.ts';
import { layout, palette, seriesSymbols, type SeriesSymbol } from '../theme.ts';
import type { ChartDef } from '../types.ts';
import { chartIds, type ChartKindModule } from './model.ts';

const trendKinds = new Set(['count', 'amount', 'rate']);

/** A measure has a trend when at least one breakdown has it in two or more years. */
function hasTrend(dataset: Dataset, measure: string): boolean {
  const years = new Map<string, Set<number>>();
  for (const f of dataset.figures) if (f.measure === measure) years.set(f.breakdown, (years.get(f.breakdown) ?? new Set()).add(f.year));
  return [...years.values()].some((y) => y.size >= 2);
}

interface Series {
  label: string;
  colour: string;
  shape: SeriesSymbol;
  figures: Figure[];
}

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

function legendBlock(series: Series[], provisional: string[], lang: Lang): Block {
  const size = layout.font.small;
  const lh = layout.lineHeight.small;
  const swatch = 30;
  const nodes: SvgNode[] = [];
  let y = 0;
  const item = (draw: SvgNode[], label: string) => {
    const wrapped = wrap(label, innerWidth - swatch - 6, size);
    nodes.push(...draw);
    nodes.push(lines(wrapped, swatch + 6, y + size, lh, { size }));
    y += wrapped.length * lh + 2;
  };
  if (series.length > 1) {
    for (const s of series) {
      const mid = y + lh / 2;
      item([linePath([{ x: 0, y: mid }, { x: swatch, y: mid }], s.colour, false), dot(s.shape, swatch / 2, mid, s.colour, false, 60)], s.label);
    }
  }
  if (provisional.length) {
    const mid = y + lh / 2;
    item([linePath([{ x: 0, y: mid }, { x: swatch, y: mid }], palette.muted, true), dot('circle', swatch / 2, mid, palette.muted, true, 60)], chartText(lang).provisionalLegend(provisional.join(', ')));
  }
  return { height: Math.max(0, y - 2), nodes };
}

function plotBlock(def: ChartDef, dataset: Dataset, series: Series[], lang: Lang, tips: (f: Figure) => string[]): Block {
  const size = layout.font.small;
  const measure = measureOf(dataset, def.measures[0]!);
  const all = series.flatMap((s) => s.figures);
  const top = maxOf(all, (f) => f.value) ?? 1;
  const y = scaleLinear().domain([0, top * 1.08]).nice(4);
  const yTicks = y.ticks(4);
  const step = yTicks.length > 1 ? yTicks[1]! - yTicks[0]! : 1;
  const tickDecimals = precisionFixed(step);
  const tickText = (v: number) => (measure.unit === 'percent' ? formatPercent(v, lang, tickDecimals) : formatNumber(v, lang, tickDecimals));
  const left = Math.max(...yTicks.map((v) => textWidth(tickText(v), size))) + 8;
  const unitHeight = layout.lineHeight.small + 6;
  const plotTop = unitHeight + 4;
  const plotHeight = 210;
  const plotBottom = plotTop + plotHeight;
  y.range([plotBottom, plotTop]);
  const [minYear, maxYear] = extent(all, (f) => f.year) as [number, number];
  const pad = 22;
  const x = scaleLinear().domain(minYear === maxYear ? [minYear - 1, maxYear + 1] : [minYear, maxYear]).range([left + pad, innerWidth - pad]);

  const nodes: SvgNode[] = [text(unitText(measure, lang), 0, size, { size, fill: palette.muted })];
  for (const v of yTicks) {
    nodes.push(ruleY(y(v), left, innerWidth, { stroke: v === 0 ? palette.track : palette.grid }));
    nodes.push(text(tickText(v), left - 6, y(v) + size * 0.35, { size, anchor: 'end', fill: palette.muted }));
  }
  // Year ticks: the years that have data, thinned so labels never overlap.
  const years = [...new Set(all.map((f) => f.year))].sort((a, b) => a - b);
  const kept: number[] = [];
  for (const yr of years) {
    if (kept.length === 0 || x(yr) - x(kept[kept.length - 1]!) >= 42) kept.push(yr);
    else if (yr === years[years.length - 1]) kept[kept.length - 1] = yr;
  }
  // Every year with data gets a tick; labels only where they fit.
  for (const yr of years) nodes.push(ruleX(x(yr), plotBottom, plotBottom + 4, { stroke: palette.track }));
  for (const yr of kept) nodes.push(text(String(yr), x(yr), plotBottom + 6 + size, { size, anchor: 'middle', fill: palette.muted }));

  const points = all.map((f) => ({ x: x(f.year), y: y(f.value) }));
  const segments: [LinePoint, LinePoint][] = [];
  for (const s of series) {
    s.figures.forEach((f, i) => {
      const prev = s.figures[i - 1];
      if (prev && f.year - prev.year === 1) {
        const segment: [LinePoint, LinePoint] = [{ x: x(prev.year), y: y(prev.value) }, { x: x(f.year), y: y(f.value) }];
        segments.push(segment);
        nodes.push(linePath(segment, s.colour, isProvisional(prev) || isProvisional(f), 'chart-line'));
      }
    });
  }
  for (const s of series) {
    for (const f of s.figures) {
      nodes.push(datum(tips(f), { x: x(f.year) - 6, y: y(f.value) - 6, width: 12, height: 12 }, [dot(s.shape, x(f.year), y(f.value), s.colour, isProvisional(f))]));
    }
  }

  // Labels: provisional and flagged figures first, then each series' last and first, peaks, the rest.
  const requests: { figure: Figure; label: LabelRequest }[] = [];
  for (const s of series) {
    const peak = s.figures.reduce((a, b) => (b.value > a.value ? b : a), s.figures[0]!);
    const low = s.figures.reduce((a, b) => (b.value < a.value ? b : a), s.figures[0]!);
    s.figures.forEach((f, i) => {
      const priority = isProvisional(f) || f.flag ? 0 : i === s.figures.length - 1 ? 1 : i === 0 ? 2 : f === peak || f === low ? 3 : 4;
      requests.push({ figure: f, label: { x: x(f.year), y: y(f.value), text: valueWithStatus(f, measure, lang), extra: 0, priority } });
    });
  }
  // Flags are marked at the point itself (top right), so the mark never depends on a label finding room.
  const flagAt = (f: Figure) => ({ x: x(f.year) + 4, y: y(f.value) - 19 });
  const obstacles = [...points, ...all.filter((f) => f.flag).map((f) => ({ x: flagAt(f).x + 7, y: flagAt(f).y + 7 }))];
  for (const p of placeLabels(requests.map((r) => r.label), obstacles, { x1: left, x2: innerWidth, y1: plotTop - 4, y2: plotBottom + 2 }, size, segments)) {
    nodes.push(text(p.request.text, p.x, p.y, { size, anchor: p.anchor, halo: true }));
  }
  for (const f of all.filter((f) => f.flag)) nodes.push(flagMarker(flagAt(f).x, flagAt(f).y));
  return { height: plotBottom + 6 + layout.lineHeight.small, nodes };
}

export const trend: ChartKindModule = {
  kind: 'trend',
  defs(dataset) {
    const measures = dataset.meta.measures.filter((m) => trendKinds.has(m.kind) && hasTrend(dataset, m.id));
    // Measures in the same unit share a chart (workers and women among them); other units get their own.
    const units = [...new Set(measures.map((m) => m.unit))];
    const groups = units.map((u) => measures.filter((m) => m.unit === u).map((m) => m.id));
    const ids = chartIds(dataset, 'trend', groups.map((g) => g[0]!));
    return groups.map((g, i): ChartDef => ({ id: ids[i]!, kind: 'trend', dataset: dataset.meta.id, measures: g }));
  },
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
      blocks: [legendBlock(series, statuses, lang), plotBlock(def, dataset, series, lang, (f) => tipLines(f, dataset, sources, lang)), notesBlock(notes)],
      defs: [],
      figures: all,
    };
  },
};

