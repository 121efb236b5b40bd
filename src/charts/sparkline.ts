// A small trend for a home-page card, drawn at build time: points for every figure, lines only between
// consecutive years of the same breakdown (a missing year or a change of breakdown, such as a new poverty
// standard, stays a gap), figures that are not actual results hollow and their lines dashed. Decorative:
// the card states the same facts in words, so the SVG is hidden from screen readers.
import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { Figure } from '../data/schemas/row.ts';
import { isProvisional } from './data.ts';
import { linePath } from './marks/line.ts';
import { el, type SvgNode } from './svg/node.ts';
import { serialize } from './svg/serialize.ts';
import { palette } from './theme.ts';

const size = { width: 120, height: 36, pad: 5 };

/** `runs`: one list of figures per breakdown, in year order. `highlight`: the figure the card states. */
export function sparkline(runs: readonly (readonly Figure[])[], highlight?: Figure): string {
  const all = runs.flat();
  const [minYear, maxYear] = extent(all, (f) => f.year) as [number, number];
  const [low, high] = extent(all, (f) => f.value) as [number, number];
  const x = scaleLinear().domain(minYear === maxYear ? [minYear - 1, maxYear + 1] : [minYear, maxYear]).range([size.pad, size.width - size.pad]);
  // The range of the series itself, so its shape shows; the card gives the values in words.
  const y = scaleLinear().domain(low === high ? [low - 1, high + 1] : [low, high]).range([size.height - size.pad, size.pad]);
  const nodes: SvgNode[] = [];
  for (const run of runs) {
    run.forEach((f, i) => {
      const prev = run[i - 1];
      if (prev && f.year - prev.year === 1) {
        nodes.push(linePath([{ x: x(prev.year), y: y(prev.value) }, { x: x(f.year), y: y(f.value) }], palette.neutral, isProvisional(prev) || isProvisional(f), undefined, 0.6));
      }
    });
  }
  for (const f of all) {
    nodes.push(el('circle', {
      cx: x(f.year),
      cy: y(f.value),
      r: f === highlight ? 3.5 : 2.25,
      fill: isProvisional(f) ? palette.background : palette.neutral,
      stroke: palette.neutral,
      'stroke-width': 1.25,
    }));
  }
  return serialize(el('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    class: 'sparkline',
    viewBox: `0 0 ${size.width} ${size.height}`,
    width: size.width,
    height: size.height,
    'aria-hidden': 'true',
    focusable: 'false',
  }, nodes));
}
