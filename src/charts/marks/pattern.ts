// Hatching for bars that are not plain reported results: derived figures and provisional ones.
// Patterns keep the meaning in print and for colour-blind readers; the ids derive from the chart id.
import { el, type SvgElement } from '../svg/node.ts';
import { palette } from '../theme.ts';

export function hatch(id: string, colour: string): SvgElement {
  return el('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, [
    el('rect', { width: 6, height: 6, fill: palette.background }),
    el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: colour, 'stroke-width': 3 }),
  ]);
}
