// Line marks: one path per run of consecutive years, so a missing year stays a gap and is never bridged.
import { line } from 'd3-shape';
import { el, round, type SvgElement } from '../svg/node.ts';

export interface LinePoint {
  x: number;
  y: number;
}

/** `size` scales the stroke and dashes: 1 in charts, smaller in a card's sparkline. */
export function linePath(points: LinePoint[], stroke: string, dashed: boolean, className?: string, size = 1): SvgElement {
  const d = line<LinePoint>().x((p) => p.x).y((p) => p.y).digits(2)(points) ?? '';
  return el('path', { class: className, d, fill: 'none', stroke, 'stroke-width': 2.5 * size, 'stroke-dasharray': dashed ? `${round(6 * size)} ${round(4 * size)}` : undefined, 'stroke-linejoin': 'round' });
}
