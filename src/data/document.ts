// Turns a source document's plain text (data/documents/*.txt) into headings and paragraphs with stable
// section anchors, so a figure can link to the exact passage it was copied from (#section-i-2-1).
import { sectionAnchor } from './sections.ts';

/** A run of text; `em` where the source marks emphasis with *asterisks*. */
export interface Inline {
  text: string;
  em?: boolean;
}

export type DocumentBlock =
  | { kind: 'heading'; level: 3 | 4 | 5 | 6; id: string; section: string; text: string }
  | { kind: 'paragraph'; inlines: Inline[]; id?: string; section?: string };

export interface ParsedDocument {
  blocks: DocumentBlock[];
  headings: Extract<DocumentBlock, { kind: 'heading' }>[];
}

const PART_NUMBERS: Record<string, number> = { 'nhất': 1, hai: 2, ba: 3, 'tư': 4, 'năm': 5, 'sáu': 6 };
const PART = /^Phần thứ (nhất|hai|ba|tư|năm|sáu)\.?$/iu;
const ROMAN = /^(X{0,2}(?:IX|IV|V?I{0,3}))\.\s+(\S.*)$/u;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)\.\s*(\S.*)$/u;
/** A numbered line reads as a heading when it is short and does not end like a sentence or a list item. */
const headingLike = (text: string) => text.length <= 250 && !/[.;,…]$/u.test(text);
const allCaps = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/** Joins lines the source hard-wrapped (continuations start with a space) and splits at **bold** markers, which in these texts stand for lost line breaks. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let previousBlank = true;
  for (const raw of text.normalize('NFC').replace(/\r\n?/g, '\n').split('\n')) {
    const trimmed = raw.trim();
    if (trimmed === '') {
      previousBlank = true;
      continue;
    }
    if (/^\s/.test(raw) && !previousBlank && lines.length > 0) lines[lines.length - 1] += ` ${trimmed}`;
    else lines.push(trimmed);
    previousBlank = false;
  }
  return lines.flatMap((line) => line.split(/\*{2,}/).map((s) => s.trim()).filter((s) => s !== ''));
}

/** *emphasis* → inline runs; a lone asterisk (half of a marker split across lines) is dropped. */
function inlines(text: string): Inline[] {
  const runs: Inline[] = [];
  const re = /\*([^*]+)\*/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index) });
    runs.push({ text: m[1]!, em: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs.map((r) => ({ ...r, text: r.text.replace(/\*/g, '') })).filter((r) => r.text !== '');
}

type Line =
  | { kind: 'part'; part: number; text: string }
  | { kind: 'roman'; roman: string; text: string }
  | { kind: 'numbered'; number: string; text: string; group: string }
  | { kind: 'text'; text: string };

function classify(lines: string[]): Line[] {
  const out: Line[] = [];
  let part = 1;
  let roman = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const partMatch = PART.exec(line);
    if (partMatch) {
      part = PART_NUMBERS[partMatch[1]!.toLowerCase()] ?? part;
      roman = '';
      const next = lines[i + 1];
      const title = next !== undefined && allCaps(next) ? next : undefined;
      if (title !== undefined) i++;
      out.push({ kind: 'part', part, text: title ? `${line} ${title}` : line });
      continue;
    }
    const romanMatch = ROMAN.exec(line);
    if (romanMatch && romanMatch[1] !== '' && headingLike(line)) {
      roman = romanMatch[1]!;
      out.push({ kind: 'roman', roman, text: line });
      continue;
    }
    const numbered = NUMBERED.exec(line);
    if (numbered) {
      const number = numbered[1]!;
      const parent = number.split('.').slice(0, -1).join('.');
      out.push({ kind: 'numbered', number, text: line, group: `${part}|${roman}|${parent}` });
      continue;
    }
    out.push({ kind: 'text', text: line });
  }
  return out;
}

/** Headings are plain text: emphasis markers are dropped. */
const plain = (text: string) => inlines(text).map((r) => r.text).join('');

export function parseDocument(text: string): ParsedDocument {
  const lines = classify(logicalLines(text));
  // Numbered siblings are headings only if all of them read as headings; otherwise they are numbered paragraphs.
  const groupIsHeading = new Map<string, boolean>();
  for (const l of lines) {
    if (l.kind === 'numbered') groupIsHeading.set(l.group, (groupIsHeading.get(l.group) ?? true) && headingLike(l.text));
  }

  const blocks: DocumentBlock[] = [];
  const used = new Map<string, number>();
  const uniqueId = (section: string) => {
    const id = sectionAnchor(section);
    const n = (used.get(id) ?? 0) + 1;
    used.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  };
  // Open headings by rank (part 0, roman 1, numbered 1 + depth): the heading level follows real nesting, never skipping.
  const open: number[] = [];
  const level = (rank: number) => {
    while (open.length > 0 && open[open.length - 1]! >= rank) open.pop();
    const l = Math.min(6, 3 + open.length) as 3 | 4 | 5 | 6;
    open.push(rank);
    return l;
  };
  let part = 1;
  let roman = '';
  const sectionOf = (...rest: string[]) => [part > 1 ? `P${part}` : '', roman, ...rest].filter((s) => s !== '').join('.');

  for (const l of lines) {
    if (l.kind === 'part') {
      part = l.part;
      roman = '';
      const section = `P${part}`;
      blocks.push({ kind: 'heading', level: level(0), id: uniqueId(section), section, text: plain(l.text) });
    } else if (l.kind === 'roman') {
      roman = l.roman;
      const section = sectionOf();
      blocks.push({ kind: 'heading', level: level(1), id: uniqueId(section), section, text: plain(l.text) });
    } else if (l.kind === 'numbered') {
      const section = sectionOf(l.number);
      if (groupIsHeading.get(l.group)) {
        blocks.push({ kind: 'heading', level: level(1 + l.number.split('.').length), id: uniqueId(section), section, text: plain(l.text) });
      } else {
        blocks.push({ kind: 'paragraph', inlines: inlines(l.text), id: uniqueId(section), section });
      }
    } else {
      blocks.push({ kind: 'paragraph', inlines: inlines(l.text) });
    }
  }
  const headings = blocks.filter((b): b is Extract<DocumentBlock, { kind: 'heading' }> => b.kind === 'heading');
  return { blocks, headings };
}
