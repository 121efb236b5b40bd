// Direct value labels without overlaps: each point tries above, then below; a label that fits nowhere is
// left out (its value stays in the point's tooltip, its <title> and the table). Greedy and deterministic.
import { textWidth } from '../measure-text.ts';

export interface LabelRequest {
  x: number;
  y: number;
  text: string;
  /** Extra width after the text (a flag marker). */
  extra: number;
  /** Lower is placed first. */
  priority: number;
}

export interface PlacedLabel {
  request: LabelRequest;
  x: number;
  /** Baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Left edge and width of the label with its extra (the flag marker sits at the right end). */
  left: number;
  width: number;
}

interface Box { x1: number; x2: number; y1: number; y2: number }
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

type Point = { x: number; y: number };

/** Boxes along a segment, every few units, so labels keep off the lines too. */
function segmentBoxes([a, b]: [Point, Point]): Box[] {
  const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 4));
  return Array.from({ length: steps + 1 }, (_, i) => {
    const x = a.x + ((b.x - a.x) * i) / steps;
    const y = a.y + ((b.y - a.y) * i) / steps;
    return { x1: x - 1.5, x2: x + 1.5, y1: y - 1.5, y2: y + 1.5 };
  });
}

export function placeLabels(requests: LabelRequest[], points: Point[], bounds: Box, size: number, segments: [Point, Point][] = [], gap = 9): PlacedLabel[] {
  const taken: Box[] = [...points.map((p) => ({ x1: p.x - 6, x2: p.x + 6, y1: p.y - 6, y2: p.y + 6 })), ...segments.flatMap(segmentBoxes)];
  const placed: PlacedLabel[] = [];
  const order = requests.map((r, i) => ({ r, i })).sort((a, b) => a.r.priority - b.r.priority || a.i - b.i);
  for (const { r } of order) {
    const width = textWidth(r.text, size) + r.extra;
    let centred = r.x - width / 2;
    let centredAnchor: PlacedLabel['anchor'] = 'middle';
    if (centred < bounds.x1) { centred = Math.max(bounds.x1, r.x - 8); centredAnchor = 'start'; }
    if (centred + width > bounds.x2) { centred = Math.min(bounds.x2, r.x + 8) - width; centredAnchor = 'end'; }
    // Above, below, diagonally above, beside, then diagonally below the point.
    const candidates: { left: number; baseline: number; anchor: PlacedLabel['anchor'] }[] = [
      { left: centred, baseline: r.y - gap, anchor: centredAnchor },
      { left: centred, baseline: r.y + gap + size, anchor: centredAnchor },
      { left: r.x - 4 - width, baseline: r.y - gap, anchor: 'end' },
      { left: r.x + 4, baseline: r.y - gap, anchor: 'start' },
      { left: r.x + gap, baseline: r.y + size * 0.35, anchor: 'start' },
      { left: r.x - gap - width, baseline: r.y + size * 0.35, anchor: 'end' },
      { left: r.x - 4 - width, baseline: r.y + gap + size, anchor: 'end' },
      { left: r.x + 4, baseline: r.y + gap + size, anchor: 'start' },
    ];
    for (const c of candidates) {
      const box = { x1: c.left, x2: c.left + width, y1: c.baseline - size, y2: c.baseline + 3 };
      if (box.y1 < bounds.y1 || box.y2 > bounds.y2 || box.x1 < bounds.x1 - 0.01 || box.x2 > bounds.x2 + 0.01) continue;
      if (taken.some((b) => overlaps(b, box))) continue;
      taken.push(box);
      const x = c.anchor === 'middle' ? c.left + (width - r.extra) / 2 : c.anchor === 'start' ? c.left : c.left + width - r.extra;
      placed.push({ request: r, x, y: c.baseline, anchor: c.anchor, left: c.left, width });
      break;
    }
  }
  return placed;
}
