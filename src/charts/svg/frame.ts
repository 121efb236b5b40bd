// The chart's outer frame: <svg> with role, title, desc and a white background, and its blocks stacked top to bottom.
import type { Lang } from '../../i18n/ui.ts';
import { lines } from '../marks/text.ts';
import { wrap } from '../measure-text.ts';
import { fontFamily, layout, palette } from '../theme.ts';
import { el, translate, type SvgElement, type SvgNode } from './node.ts';

/** A horizontal band of the chart, drawn from y = 0 in inner coordinates (0 … innerWidth). */
export interface Block {
  height: number;
  nodes: SvgNode[];
}

export const innerWidth = layout.width - 2 * layout.margin;
const blockGap = 10;

export interface FrameSpec {
  chartId: string;
  lang: Lang;
  title: string;
  /** The finding in words: the text alternative. */
  desc: string;
  /** Draw the title and the source line inside the SVG. */
  caption: boolean;
  source: string;
  defs?: SvgNode[];
  blocks: Block[];
}

/** Ids derive from the chart id: stable across builds, unique on a page that shows each chart once. */
export const svgIds = (chartId: string) => ({
  root: `chart-${chartId}`,
  title: `chart-${chartId}-title`,
  desc: `chart-${chartId}-desc`,
  def: (name: string) => `chart-${chartId}-${name}`,
});

function textBlock(content: string, size: number, lineHeight: number, style: { weight?: 'bold'; fill?: string }): Block {
  const wrapped = wrap(content, innerWidth, size, style.weight === 'bold');
  return { height: wrapped.length * lineHeight, nodes: [lines(wrapped, 0, size, lineHeight, { size, ...style })] };
}

export function frame(spec: FrameSpec): SvgElement {
  const ids = svgIds(spec.chartId);
  const blocks = spec.caption
    ? [textBlock(spec.title, layout.font.title, layout.lineHeight.title, { weight: 'bold' }), ...spec.blocks, textBlock(spec.source, layout.font.small, layout.lineHeight.small, { fill: palette.muted })]
    : spec.blocks;
  const body: SvgNode[] = [];
  let y = layout.margin;
  for (const block of blocks.filter((b) => b.height > 0)) {
    body.push(translate(layout.margin, y, block.nodes));
    y += block.height + blockGap;
  }
  const height = Math.ceil(y - blockGap + layout.margin);
  return el('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    id: ids.root,
    class: 'chart-svg',
    viewBox: `0 0 ${layout.width} ${height}`,
    role: 'img',
    'aria-labelledby': `${ids.title} ${ids.desc}`,
    lang: spec.lang,
    'font-family': fontFamily,
    'font-size': layout.font.label,
    fill: palette.text,
  }, [
    el('title', { id: ids.title }, [spec.title]),
    el('desc', { id: ids.desc }, [spec.desc]),
    spec.defs && spec.defs.length > 0 ? el('defs', {}, spec.defs) : undefined,
    el('rect', { width: layout.width, height, fill: palette.background }),
    ...body,
  ]);
}
