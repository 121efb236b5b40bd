// The SVG description every chart builder returns: plain data, no DOM, so it can be tested and serialised anywhere.

export type AttrValue = string | number | undefined;

export interface SvgElement {
  tag: string;
  attrs: Record<string, AttrValue>;
  children: SvgNode[];
}

/** A text node; its content is escaped when serialised. */
export interface SvgText {
  text: string;
}

export type SvgNode = SvgElement | SvgText;

/** Build an element; undefined attributes are left out, so optional styling needs no branches. */
export function el(tag: string, attrs: Record<string, AttrValue> = {}, children: (SvgNode | string | undefined | false)[] = []): SvgElement {
  return {
    tag,
    attrs,
    children: children.filter((c): c is SvgNode | string => c !== undefined && c !== false).map((c) => (typeof c === 'string' ? { text: c } : c)),
  };
}

export const isText = (n: SvgNode): n is SvgText => 'text' in n;

/** A translated group: the blocks of a chart are laid out top to bottom by moving groups. */
export function translate(x: number, y: number, children: SvgNode[], attrs: Record<string, AttrValue> = {}): SvgElement {
  return el('g', { ...attrs, transform: x === 0 && y === 0 ? undefined : `translate(${round(x)},${round(y)})` }, children);
}

/** Coordinates rounded to 2 decimals: smaller files, and output that does not depend on float noise. */
export function round(n: number): number {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}
