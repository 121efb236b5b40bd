// The plot of a line chart: value and year axes, lines only between consecutive years, points (hollow when
// provisional), flag markers at flagged points, and value labels placed where they do not collide.
import { extent, max as maxOf } from 'd3-array';
import { precisionFixed } from 'd3-format';
import { scaleLinear } from 'd3-scale';
import type { Measure } from '../../data/schemas/metadata.ts';
import type { Figure } from '../../data/schemas/row.ts';
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/ui.ts';
import { isProvisional, unitText, valueWithStatus } from '../data.ts';
import { dot } from '../marks/dot.ts';
import { flagMarker } from '../marks/flag.ts';
import { linePath, type LinePoint } from '../marks/line.ts';
import { datum } from '../marks/mark.ts';
import { ruleX, ruleY } from '../marks/rule.ts';
import { text } from '../marks/text.ts';
import { textWidth } from '../measure-text.ts';
import { innerWidth, type Block } from '../svg/frame.ts';
import type { SvgNode } from '../svg/node.ts';
import { layout, palette } from '../theme.ts';
import { placeLabels, type LabelRequest } from './place-labels.ts';
import type { Series } from './series.ts';

export function plotBlock(measure: Measure, series: Series[], lang: Lang, tips: (f: Figure) => string[]): Block {
  const size = layout.font.small;
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
