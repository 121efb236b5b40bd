// An interactive datum: a group with a <title> (read by browsers as a tooltip, and by the client script),
// and a focus ring the page's CSS lights up when the script makes the group focusable.
import { el, type SvgElement, type SvgNode } from '../svg/node.ts';

export interface FocusBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** tip: the lines the tooltip shows (value, year and breakdown, source), the first being the most important. */
export function datum(tip: string[], box: FocusBox, children: SvgNode[]): SvgElement {
  return el('g', { class: 'chart-mark' }, [
    el('title', {}, [tip.join('\n')]),
    ...children,
    el('rect', { class: 'chart-focus', x: box.x - 3, y: box.y - 3, width: box.width + 6, height: box.height + 6, rx: 3, fill: 'none', stroke: 'none' }),
  ]);
}
