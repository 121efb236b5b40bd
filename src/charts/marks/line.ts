// Line marks: one path per run of consecutive years, so a missing year stays a gap and is never bridged.
import { line } from 'd3-shape';
import { el, type SvgElement } from '../svg/node.ts';

export interface LinePoint {
  x: number;
  y: number;
}

export function linePath(points: LinePoint[], stroke: string, dashed: boolean, className?: string): SvgElement {
  const d = line<LinePoint>().x((p) => p.x).y((p) => p.y).digits(2)(points) ?? '';
  return el('path', { class: className, d, fill: 'none', stroke, 'stroke-width': 2.5, 'stroke-dasharray': dashed ? '6 4' : undefined, 'stroke-linejoin': 'round' });
}
