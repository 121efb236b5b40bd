// Point marks: a shape per series (circle, square, triangle, diamond); hollow for figures that are not actual results.
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import { el, type SvgElement } from '../svg/node.ts';
import { palette, type SeriesSymbol } from '../theme.ts';

const types: Record<SeriesSymbol, SymbolType> = { circle: symbolCircle, square: symbolSquare, triangle: symbolTriangle, diamond: symbolDiamond };

export function dot(shape: SeriesSymbol, x: number, y: number, colour: string, hollow: boolean, area = 80): SvgElement {
  const d = symbol(types[shape], area).digits(2)() ?? '';
  return el('path', {
    d,
    transform: `translate(${Math.round(x * 100) / 100},${Math.round(y * 100) / 100})`,
    fill: hollow ? palette.background : colour,
    stroke: colour,
    'stroke-width': 2,
  });
}
