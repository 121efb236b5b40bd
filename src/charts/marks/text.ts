// Text marks: one line, or several lines from a wrap, always dark enough for AA on white.
import { el, type AttrValue, type SvgElement } from '../svg/node.ts';
import { layout, palette } from '../theme.ts';

export interface TextStyle {
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'normal' | 'bold';
  fill?: string;
  /** For a label that sits on a line or bar: a white halo keeps it readable. */
  halo?: boolean;
  className?: string;
}

function attrs(x: number, y: number, style: TextStyle): Record<string, AttrValue> {
  return {
    x,
    y,
    class: style.className,
    'font-size': style.size && style.size !== layout.font.label ? style.size : undefined,
    'text-anchor': style.anchor && style.anchor !== 'start' ? style.anchor : undefined,
    'font-weight': style.weight === 'bold' ? 'bold' : undefined,
    fill: style.fill && style.fill !== palette.text ? style.fill : undefined,
    stroke: style.halo ? palette.background : undefined,
    'stroke-width': style.halo ? 4 : undefined,
    'stroke-linejoin': style.halo ? 'round' : undefined,
    'paint-order': style.halo ? 'stroke' : undefined,
  };
}

/** y is the baseline. */
export function text(content: string, x: number, y: number, style: TextStyle = {}): SvgElement {
  return el('text', attrs(x, y, style), [content]);
}

/** Lines from the first baseline down, one tspan per line. */
export function lines(content: string[], x: number, y: number, lineHeight: number, style: TextStyle = {}): SvgElement {
  return el('text', attrs(x, y, style), content.map((line, i) => el('tspan', { x, dy: i === 0 ? undefined : lineHeight }, [line])));
}
