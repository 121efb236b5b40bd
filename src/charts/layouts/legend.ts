// The key of a line chart: each series' line and marker shape with its name, and the provisional style.
import type { Lang } from '../../i18n/ui.ts';
import { dot } from '../marks/dot.ts';
import { linePath } from '../marks/line.ts';
import { lines } from '../marks/text.ts';
import { wrap } from '../measure-text.ts';
import { innerWidth, type Block } from '../svg/frame.ts';
import type { SvgNode } from '../svg/node.ts';
import { chartText } from '../text/index.ts';
import { layout, palette } from '../theme.ts';
import type { Series } from './series.ts';

export function legendBlock(series: Series[], provisional: string[], lang: Lang): Block {
  const size = layout.font.small;
  const lh = layout.lineHeight.small;
  const swatch = 30;
  const nodes: SvgNode[] = [];
  let y = 0;
  const item = (draw: SvgNode[], label: string) => {
    const wrapped = wrap(label, innerWidth - swatch - 6, size);
    nodes.push(...draw);
    nodes.push(lines(wrapped, swatch + 6, y + size, lh, { size }));
    y += wrapped.length * lh + 2;
  };
  if (series.length > 1) {
    for (const s of series) {
      const mid = y + lh / 2;
      item([linePath([{ x: 0, y: mid }, { x: swatch, y: mid }], s.colour, false), dot(s.shape, swatch / 2, mid, s.colour, false, 60)], s.label);
    }
  }
  if (provisional.length) {
    const mid = y + lh / 2;
    item([linePath([{ x: 0, y: mid }, { x: swatch, y: mid }], palette.muted, true), dot('circle', swatch / 2, mid, palette.muted, true, 60)], chartText(lang).provisionalLegend(provisional.join(', ')));
  }
  return { height: Math.max(0, y - 2), nodes };
}
