// The dataset table's shape: one row per year × breakdown, one column per measure that has figures,
// and the numbered source notes the cells point to (one per distinct source, section and quote).
import type { Dataset } from '../../data/load.ts';
import type { Breakdown, Measure } from '../../data/schemas/metadata.ts';
import type { Figure } from '../../data/schemas/row.ts';

export interface TableRow {
  year: number;
  breakdown: Breakdown;
  cells: (Figure | undefined)[];
}

export interface SourceNote {
  n: number;
  source: string;
  section?: string;
  quote: string;
  figures: Figure[];
}

export interface DatasetTable {
  measures: Measure[];
  rows: TableRow[];
  /** A column repeating one value is left out and named in the caption instead. */
  showYear: boolean;
  showBreakdown: boolean;
  notes: SourceNote[];
  /** The source note number of each figure. */
  noteOf: Map<Figure, number>;
}

export function datasetTable({ meta, figures }: Dataset): DatasetTable {
  const measures = meta.measures.filter((m) => figures.some((f) => f.measure === m.id));
  const breakdownOrder = new Map(meta.breakdowns.map((b, i) => [b.id, i]));
  const byRow = new Map<string, Map<string, Figure>>();
  for (const f of figures) {
    const key = `${f.year}|${f.breakdown}`;
    if (!byRow.has(key)) byRow.set(key, new Map());
    byRow.get(key)!.set(f.measure, f);
  }
  const rows: TableRow[] = [...byRow.entries()]
    .map(([key, cells]) => {
      const [year, breakdownId] = key.split('|') as [string, string];
      const breakdown = meta.breakdowns.find((b) => b.id === breakdownId)!;
      return { year: Number(year), breakdown, cells: measures.map((m) => cells.get(m.id)) };
    })
    .sort((a, b) => a.year - b.year || breakdownOrder.get(a.breakdown.id)! - breakdownOrder.get(b.breakdown.id)!);

  // Numbered in reading order, so note 1 is the first one a reader meets in the table.
  const notes: SourceNote[] = [];
  const noteOf = new Map<Figure, number>();
  const byKey = new Map<string, SourceNote>();
  for (const row of rows) {
    for (const f of row.cells) {
      if (!f) continue;
      const key = `${f.source}\u0000${f.section ?? ''}\u0000${f.quote}`;
      let note = byKey.get(key);
      if (!note) {
        note = { n: notes.length + 1, source: f.source, section: f.section, quote: f.quote, figures: [] };
        byKey.set(key, note);
        notes.push(note);
      }
      note.figures.push(f);
      noteOf.set(f, note.n);
    }
  }
  return {
    measures,
    rows,
    // With a single row the year stays, so every row still has a header cell.
    showYear: new Set(rows.map((r) => r.year)).size > 1 || new Set(rows.map((r) => r.breakdown.id)).size === 1,
    showBreakdown: new Set(rows.map((r) => r.breakdown.id)).size > 1,
    notes,
    noteOf,
  };
}

/** The language a quoted sentence is written in, for its lang attribute (sources quote in Vietnamese, English or Japanese). */
export function quoteLang(text: string): 'vi' | 'en' | 'ja' {
  if (/[\u3040-\u30ff\u4e00-\u9fff]/u.test(text)) return 'ja';
  if (/[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu.test(text)) return 'vi';
  return 'en';
}

export const sourceNoteAnchor = (n: number) => `source-note-${n}`;
