// The flag marker: a warning triangle with "!", drawn (not a font glyph) so it renders the same everywhere.
import { el, translate, type SvgElement } from '../svg/node.ts';
import { palette } from '../theme.ts';

/** A 14-unit marker whose top-left corner is at (x, y). */
export function flagMarker(x: number, y: number): SvgElement {
  return translate(x, y, [
    el('path', { d: 'M7 0L14 13H0Z', fill: palette.background, stroke: palette.flag, 'stroke-width': 1.5, 'stroke-linejoin': 'round' }),
    el('path', { d: 'M7 4.5V8.5M7 10.2V11', stroke: palette.flag, 'stroke-width': 1.6, 'stroke-linecap': 'round' }),
  ], { class: 'chart-flag', 'aria-hidden': 'true' });
}
export const flagMarkerWidth = 14;
