// Rules: gridlines, baselines and reference lines (the 100% plan line).
import { el, type SvgElement } from '../svg/node.ts';
import { palette } from '../theme.ts';

export interface RuleStyle {
  stroke?: string;
  width?: number;
  dash?: string;
}

export function ruleX(x: number, y1: number, y2: number, style: RuleStyle = {}): SvgElement {
  return el('line', { x1: x, x2: x, y1, y2, stroke: style.stroke ?? palette.grid, 'stroke-width': style.width ?? 1, 'stroke-dasharray': style.dash });
}

export function ruleY(y: number, x1: number, x2: number, style: RuleStyle = {}): SvgElement {
  return el('line', { x1, x2, y1: y, y2: y, stroke: style.stroke ?? palette.grid, 'stroke-width': style.width ?? 1, 'stroke-dasharray': style.dash });
}
