// Bar marks: a rectangle from a baseline, solid or filled with a pattern (derived or provisional figures).
import { el, type SvgElement } from '../svg/node.ts';

export interface BarSpec {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  /** Outline, for hatched or empty bars so their extent shows in print. */
  stroke?: string;
  className?: string;
}

export function bar(spec: BarSpec): SvgElement {
  return el('rect', {
    class: spec.className,
    x: spec.x,
    y: spec.y,
    width: Math.max(0, spec.width),
    height: spec.height,
    fill: spec.fill,
    stroke: spec.stroke,
    'stroke-width': spec.stroke ? 1.5 : undefined,
  });
}
