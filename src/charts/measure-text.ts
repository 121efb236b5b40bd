// Text width without a browser: an estimate generous enough for the widest system font likely to render it
// (DejaVu Sans averages about 0.6 em). Used for wrapping and for keeping labels from overlapping.

const narrow = /[iljtfrI.,:;'!|() ]/;
const wide = /[mwMW%—–]/;

export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = bold ? 0.06 * text.length : 0;
  for (const ch of text.normalize('NFC')) em += narrow.test(ch) ? 0.36 : wide.test(ch) ? 0.86 : ch === ch.toUpperCase() && /\p{L}/u.test(ch) ? 0.7 : 0.6;
  return em * fontSize;
}

/** Greedy word wrap to a width; a word longer than the width stays whole on its own line. */
export function wrap(text: string, width: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
