// Footnotes under the plot: flags (with their marker), derived figures, gaps. Part of the chart, so a
// downloaded file keeps them.
import { wrap } from '../measure-text.ts';
import { innerWidth, type Block } from '../svg/frame.ts';
import { layout, palette } from '../theme.ts';
import type { SvgNode } from '../svg/node.ts';
import { flagMarker, flagMarkerWidth } from './flag.ts';
import { lines } from './text.ts';

export interface Note {
  text: string;
  flag?: boolean;
}

export function notesBlock(notes: Note[]): Block {
  const size = layout.font.small;
  const lh = layout.lineHeight.small;
  const nodes: SvgNode[] = [];
  let y = 0;
  for (const note of notes) {
    const indent = note.flag ? flagMarkerWidth + 6 : 0;
    const wrapped = wrap(note.text, innerWidth - indent, size);
    if (note.flag) nodes.push(flagMarker(0, y + 2));
    nodes.push(lines(wrapped, indent, y + size, lh, { size, fill: note.flag ? palette.flag : palette.muted }));
    y += wrapped.length * lh + 4;
  }
  return { height: notes.length ? y - 4 : 0, nodes };
}
