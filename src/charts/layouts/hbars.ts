// Horizontal bar rows, the layout of gender, share and plan charts. Horizontal because long Vietnamese
// category labels fit above a bar on a phone, and every bar carries its value as text.
import { scaleLinear } from 'd3-scale';
import { bar } from '../marks/bar.ts';
import { flagMarker, flagMarkerWidth } from '../marks/flag.ts';
import { datum } from '../marks/mark.ts';
import { ruleX } from '../marks/rule.ts';
import { lines, text } from '../marks/text.ts';
import { textWidth, wrap } from '../measure-text.ts';
import { innerWidth, type Block } from '../svg/frame.ts';
import type { SvgNode } from '../svg/node.ts';
import { layout, palette } from '../theme.ts';

export interface HBar {
  value: number;
  fill: string;
  stroke?: string;
  /** Text after the bar (or after the track), e.g. "Nữ: 29" or "40,7%". */
  label: string;
  /** Flag texts shown with a marker under the bar. */
  flags: string[];
  tip: string[];
  /** Part-of-whole: an outlined track to this value (the whole) behind the bar. */
  track?: number;
}

export interface HRow {
  label: string;
  bars: HBar[];
}

export interface Reference {
  value: number;
  label: string;
}

export interface HBarsSpec {
  rows: HRow[];
  /** Upper end of the value scale (at least the largest value). */
  max: number;
  ticks?: { value: number; label: string }[];
  reference?: Reference;
}

const short = 56;

export function hbars(spec: HBarsSpec): Block {
  const { font, lineHeight, bar: size } = layout;
  const labelSize = font.label;
  // Short labels (years) sit left of the bars; long ones on their own lines above.
  const leftColumn = spec.rows.every((r) => textWidth(r.label, labelSize) <= short);
  const x0 = leftColumn ? short + 8 : 0;
  const labelRoom = Math.max(...spec.rows.flatMap((r) => r.bars.map((b) => textWidth(b.label, labelSize)))) + 8;
  // All-zero rows would make an empty domain; bars then simply have no length.
  const x = scaleLinear().domain([0, spec.max > 0 ? spec.max : 1]).range([x0, innerWidth - labelRoom]);
  const nodes: SvgNode[] = [];
  let y = 0;
  if (spec.reference) {
    const rx = x(spec.reference.value);
    const w = textWidth(spec.reference.label, font.small);
    const anchor = rx + w / 2 > innerWidth ? 'end' : rx - w / 2 < 0 ? 'start' : 'middle';
    nodes.push(text(spec.reference.label, rx, font.small, { size: font.small, anchor, weight: 'bold' }));
    y += lineHeight.small + 4;
  }
  const rowNodes: SvgNode[] = [];
  for (const row of spec.rows) {
    let barY = y;
    if (leftColumn) {
      rowNodes.push(text(row.label, 0, y + size.height / 2 + labelSize * 0.35));
    } else {
      const wrapped = wrap(row.label, innerWidth, labelSize);
      rowNodes.push(lines(wrapped, 0, y + labelSize, lineHeight.label));
      barY = y + wrapped.length * lineHeight.label + 4;
    }
    for (const b of row.bars) {
      const parts: SvgNode[] = [];
      const end = x(b.track ?? b.value);
      if (b.track !== undefined) parts.push(bar({ x: x0, y: barY, width: end - x0, height: size.height, fill: palette.background, stroke: palette.track }));
      // Gridlines run only beside the bars (never through row labels), over the track, under the bar.
      for (const t of spec.ticks ?? []) if (t.value !== spec.reference?.value) parts.push(ruleX(x(t.value), barY - 3, barY + size.height + 3));
      parts.push(bar({ x: x0, y: barY, width: x(b.value) - x0, height: size.height, fill: b.fill, stroke: b.stroke }));
      // A bar past the reference shows where the reference falls on it.
      if (spec.reference && b.value > spec.reference.value) parts.push(ruleX(x(spec.reference.value), barY, barY + size.height, { stroke: palette.background, width: 1.5, dash: '5 3' }));
      parts.push(text(b.label, Math.max(end, x(b.value)) + 6, barY + size.height / 2 + labelSize * 0.35, { halo: true }));
      let flagY = barY + size.height + 4;
      for (const flag of b.flags) {
        parts.push(flagMarker(x0, flagY));
        parts.push(text(flag, x0 + flagMarkerWidth + 5, flagY + 11, { size: font.small, fill: palette.flag }));
        flagY += lineHeight.small;
      }
      rowNodes.push(datum(b.tip, { x: x0, y: barY, width: Math.max(end, x(b.value)) - x0 + textWidth(b.label, labelSize) + 6, height: size.height }, parts));
      barY = flagY - 4 + size.gap;
    }
    y = barY - size.gap + size.rowGap;
  }
  const bottom = y - size.rowGap;
  // The reference rule goes under the bars, so value labels (with their halos) stay readable over it.
  if (spec.reference) nodes.push(ruleX(x(spec.reference.value), lineHeight.small - 2, bottom + 2, { stroke: palette.text, width: 1.5, dash: '5 3' }));
  nodes.push(...rowNodes);
  let height = bottom;
  if (spec.ticks && spec.ticks.length > 0) {
    for (const t of spec.ticks) {
      const tx = x(t.value);
      const half = textWidth(t.label, font.small) / 2;
      const anchor = tx - half < 0 ? 'start' : tx + half > innerWidth ? 'end' : 'middle';
      nodes.push(text(t.label, tx, bottom + 4 + font.small, { size: font.small, anchor, fill: palette.muted }));
    }
    height = bottom + 4 + lineHeight.small;
  }
  return { height, nodes };
}
