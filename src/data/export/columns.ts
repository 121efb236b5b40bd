// The columns of the published CSV: the repository CSV's own columns (csvColumns, in their order)
// with human-readable labels and the unit inserted beside the codes they explain. One list drives
// the CSV writer, the archive README and the data package's Table Schema, so they cannot drift.
import type { Dataset } from '../load.ts';
import type { Bilingual } from '../schemas/common.ts';
import type { Breakdown, Measure } from '../schemas/metadata.ts';
import { units } from '../schemas/metadata.ts';
import { csvColumns, flags, qualifiers, statuses, type CsvColumn, type Figure } from '../schemas/row.ts';
import type { CsvCell, CsvColumnSpec } from './csv-writer.ts';

/** Table Schema field types the published columns use. */
export type FieldType = 'integer' | 'number' | 'string';

export interface ColumnContext {
  dataset: Dataset;
  /** Every source id in the catalogue (data/sources.yml). */
  sourceIds: readonly string[];
}

interface FigureContext {
  breakdown: Breakdown;
  measure: Measure;
}

export interface ExportColumn extends CsvColumnSpec {
  type: FieldType;
  required: boolean;
  description: Bilingual;
  /** The codes this column allows in a dataset (Table Schema enum constraint); none for free text. */
  allowed?: (ctx: ColumnContext) => readonly string[];
  cell: (figure: Figure, ctx: FigureContext) => CsvCell;
}

type ColumnDef = Omit<ExportColumn, 'name' | 'kind'>;

/** The repository CSV's columns. A Record over CsvColumn: adding a column to row.ts fails to compile until it is described here. */
const ownColumns: Record<CsvColumn, ColumnDef> = {
  year: {
    type: 'integer', required: true,
    description: { vi: 'Năm của số liệu.', en: 'Year the figure refers to.' },
    cell: (f) => f.year,
  },
  breakdown: {
    type: 'string', required: true,
    description: { vi: 'Mã phân tổ (ví dụ cả nước, một cấp lãnh đạo).', en: 'Breakdown code (e.g. whole country, a level of leadership).' },
    allowed: ({ dataset }) => dataset.meta.breakdowns.map((b) => b.id),
    cell: (f) => f.breakdown,
  },
  measure: {
    type: 'string', required: true,
    description: { vi: 'Mã chỉ tiêu.', en: 'Measure code.' },
    allowed: ({ dataset }) => dataset.meta.measures.map((m) => m.id),
    cell: (f) => f.measure,
  },
  value: {
    type: 'number', required: true,
    description: {
      vi: 'Giá trị như nguồn ghi, dấu chấm thập phân, không phân cách hàng nghìn, giữ số chữ số thập phân của nguồn; đơn vị ở cột unit.',
      en: 'The figure as the source states it, point as decimal mark, no thousands separator, at the precision of the source; unit in the unit column.',
    },
    cell: (f) => f.value.toFixed(f.decimals),
  },
  qualifier: {
    type: 'string', required: false,
    description: { vi: 'Cách nguồn diễn đạt số gần đúng: about = khoảng, more-than = trên, nearly = gần, up-to = tới.', en: 'How the source words an imprecise figure: about, more-than, nearly, up-to.' },
    allowed: () => qualifiers,
    cell: (f) => f.qualifier,
  },
  status: {
    type: 'string', required: true,
    description: { vi: 'Loại số liệu: actual = thực hiện, estimate = ước tính, forecast = dự báo, plan = kế hoạch, partial = một phần năm.', en: 'What the figure is: actual, estimate, forecast, plan, partial (part of a year).' },
    allowed: () => statuses,
    cell: (f) => f.status,
  },
  source: {
    type: 'string', required: true,
    description: { vi: 'Mã tài liệu nguồn (xem sources.json / datapackage.json).', en: 'Source document id (see sources.json / datapackage.json).' },
    allowed: ({ sourceIds }) => sourceIds,
    cell: (f) => f.source,
  },
  section: {
    type: 'string', required: false,
    description: { vi: 'Mục của tài liệu nguồn có số liệu.', en: 'Section of the source document the figure is in.' },
    cell: (f) => f.section,
  },
  quote: {
    type: 'string', required: true,
    description: { vi: 'Câu trích nguyên văn từ nguồn.', en: 'The sentence quoted verbatim from the source.' },
    cell: (f) => f.quote,
  },
  flag: {
    type: 'string', required: false,
    description: { vi: 'source-inconsistent = nguồn tự mâu thuẫn; sources-conflict = các nguồn khác nhau (xem ghi chú).', en: 'source-inconsistent = the source disagrees with itself; sources-conflict = another source gives another figure (see the note).' },
    allowed: () => flags,
    cell: (f) => f.flag,
  },
  note_vi: {
    type: 'string', required: false,
    description: { vi: 'Ghi chú bằng tiếng Việt.', en: 'Note in Vietnamese.' },
    cell: (f) => f.note_vi,
  },
  note_en: {
    type: 'string', required: false,
    description: { vi: 'Ghi chú bằng tiếng Anh.', en: 'Note in English.' },
    cell: (f) => f.note_en,
  },
};

/** Columns added for readers, each placed right after the code it explains. */
const addedColumns: { after: CsvColumn; name: string; def: ColumnDef }[] = [
  {
    after: 'breakdown', name: 'breakdown_label_vi',
    def: { type: 'string', required: true, description: { vi: 'Tên phân tổ (tiếng Việt).', en: 'Breakdown label in Vietnamese.' }, cell: (_f, c) => c.breakdown.label.vi },
  },
  {
    after: 'breakdown', name: 'breakdown_label_en',
    def: { type: 'string', required: true, description: { vi: 'Tên phân tổ (tiếng Anh).', en: 'Breakdown label in English.' }, cell: (_f, c) => c.breakdown.label.en },
  },
  {
    after: 'measure', name: 'measure_label_vi',
    def: { type: 'string', required: true, description: { vi: 'Tên chỉ tiêu (tiếng Việt).', en: 'Measure label in Vietnamese.' }, cell: (_f, c) => c.measure.label.vi },
  },
  {
    after: 'measure', name: 'measure_label_en',
    def: { type: 'string', required: true, description: { vi: 'Tên chỉ tiêu (tiếng Anh).', en: 'Measure label in English.' }, cell: (_f, c) => c.measure.label.en },
  },
  {
    after: 'value', name: 'unit',
    def: {
      type: 'string', required: true,
      description: { vi: 'Đơn vị của value (persons = người, thousand-persons = nghìn người, percent = %…).', en: 'Unit of value (persons, thousand-persons, percent…).' },
      allowed: ({ dataset }) => units.filter((u) => dataset.meta.measures.some((m) => m.unit === u)),
      cell: (_f, c) => c.measure.unit,
    },
  },
];

// Integers and numbers are written in their plain form; everything else is text (quoted, neutralised).
const withKind = (name: string, def: ColumnDef): ExportColumn => ({ name, kind: def.type === 'string' ? 'text' : 'number', ...def });

/** The published columns, in order. */
export const exportColumns: readonly ExportColumn[] = csvColumns.flatMap((name) => [
  withKind(name, ownColumns[name]),
  ...addedColumns.filter((a) => a.after === name).map((a) => withKind(a.name, a.def)),
]);

/** The cells of one figure, in exportColumns order. */
export function figureCells(dataset: Dataset, figure: Figure): CsvCell[] {
  const breakdown = dataset.meta.breakdowns.find((b) => b.id === figure.breakdown);
  const measure = dataset.meta.measures.find((m) => m.id === figure.measure);
  // The validator guarantees both; a missing one means the data layer changed under us.
  if (!breakdown || !measure) throw new Error(`${dataset.meta.id}: figure ${figure.year}/${figure.breakdown}/${figure.measure} has no metadata`);
  return exportColumns.map((c) => c.cell(figure, { breakdown, measure }));
}
