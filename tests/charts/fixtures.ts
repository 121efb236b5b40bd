// Small fixed datasets for chart tests, built in code so each test shows the rows it draws.
import type { Dataset } from '../../src/data/load.ts';
import type { DatasetMeta } from '../../src/data/schemas/metadata.ts';
import type { Figure } from '../../src/data/schemas/row.ts';
import type { Source } from '../../src/data/schemas/sources.ts';

export const sources: Source[] = [
  {
    id: 'report',
    kind: 'primary',
    year: 2010,
    issuer: { vi: 'Bộ Lao động – Thương binh và Xã hội', en: 'Ministry of Labour, Invalids and Social Affairs' },
    title: { vi: 'Báo cáo năm 2009', en: 'Report for 2009' },
  },
  {
    id: 'paper',
    kind: 'secondary',
    year: 2013,
    issuer: { vi: 'Báo Dân trí', en: 'Dân trí newspaper' },
    title: { vi: 'Tin việc làm', en: 'Jobs news' },
  },
];

type FigureInput = Pick<Figure, 'year' | 'breakdown' | 'measure' | 'value'> & Partial<Figure>;

export function figures(dataset: string, rows: FigureInput[]): Figure[] {
  return rows.map((r, i) => ({
    qualifier: undefined,
    status: 'actual',
    source: 'report',
    section: 'I.2.1',
    quote: 'trích dẫn',
    flag: undefined,
    note_vi: undefined,
    note_en: undefined,
    dataset,
    line: i + 2,
    decimals: String(r.value).split('.')[1]?.length ?? 0,
    ...r,
  }));
}

function dataset(meta: Omit<DatasetMeta, 'licence' | 'updated' | 'checks' | 'notes' | 'charts'> & Partial<DatasetMeta>, rows: FigureInput[]): Dataset {
  return {
    meta: { licence: 'CC-BY-4.0', updated: '2026-01-01', checks: [], notes: [], charts: [], ...meta },
    figures: figures(meta.id, rows),
    csvFile: `data/${meta.id}.csv`,
  };
}

const percent = (id: string, vi: string, en: string, kind: 'share' | 'rate' | 'percent-of-plan') => ({ id, label: { vi, en }, unit: 'percent' as const, kind });

/** Leaders by level: women within the total, a stated share, one share the source contradicts. */
export const leaders = dataset({
  id: 'leaders',
  title: { vi: 'Bổ nhiệm lãnh đạo', en: 'Leadership appointments' },
  description: { vi: 'Mô tả', en: 'Description' },
  breakdowns: [
    { id: 'unit-heads', label: { vi: 'Thủ trưởng đơn vị', en: 'Heads of units' } },
    { id: 'directors', label: { vi: 'Vụ trưởng', en: 'Directors' } },
  ],
  measures: [
    { id: 'leaders', label: { vi: 'Tổng số', en: 'All' }, unit: 'persons', kind: 'count' },
    { id: 'women', label: { vi: 'Nữ', en: 'Women' }, unit: 'persons', kind: 'count' },
    percent('women_share', 'Tỷ lệ nữ', 'Share of women', 'share'),
  ],
  checks: [{ part: 'women', whole: 'leaders', share: 'women_share' }],
  charts: [{ kind: 'gender', measures: ['women', 'leaders', 'women_share'] }, { kind: 'share', measures: ['women_share'] }],
}, [
  { year: 2009, breakdown: 'unit-heads', measure: 'leaders', value: 54 },
  { year: 2009, breakdown: 'unit-heads', measure: 'women', value: 11 },
  { year: 2009, breakdown: 'unit-heads', measure: 'women_share', value: 40.7, flag: 'source-inconsistent', note_vi: '11 / 54 = 20,4%.', note_en: '11 / 54 = 20.4%.' },
  { year: 2009, breakdown: 'directors', measure: 'leaders', value: 4 },
  { year: 2009, breakdown: 'directors', measure: 'women', value: 3 },
  { year: 2009, breakdown: 'directors', measure: 'women_share', value: 75 },
]);

/** Jobs over years: a gap (2011), an estimate, a conflict between sources, percent of plan. */
export const jobs = dataset({
  id: 'jobs',
  title: { vi: 'Tạo việc làm', en: 'Jobs created' },
  description: { vi: 'Mô tả', en: 'Description' },
  breakdowns: [{ id: 'total', label: { vi: 'Cả nước', en: 'Whole country' } }],
  measures: [
    { id: 'new_jobs', label: { vi: 'Việc làm mới', en: 'New jobs' }, unit: 'thousand-persons', kind: 'count' },
    percent('percent_of_plan', 'Đạt so với kế hoạch', 'Share of plan achieved', 'percent-of-plan'),
  ],
  charts: [{ kind: 'trend', measures: ['new_jobs'] }, { kind: 'plan', measures: ['percent_of_plan'] }],
}, [
  { year: 2009, breakdown: 'total', measure: 'new_jobs', value: 1510 },
  { year: 2009, breakdown: 'total', measure: 'percent_of_plan', value: 88.8 },
  { year: 2010, breakdown: 'total', measure: 'new_jobs', value: 1605, status: 'estimate', source: 'paper', section: undefined },
  { year: 2010, breakdown: 'total', measure: 'percent_of_plan', value: 100.31, status: 'estimate', source: 'paper', section: undefined },
  { year: 2012, breakdown: 'total', measure: 'new_jobs', value: 1400, qualifier: 'more-than', source: 'paper', section: undefined, flag: 'sources-conflict', note_vi: 'Nguồn khác ghi 1,45 triệu.', note_en: 'Another source gives 1.45 million.' },
]);

/** Poverty rates on two standards that must not be joined, with a forecast. */
export const poverty = dataset({
  id: 'poverty',
  title: { vi: 'Tỷ lệ hộ nghèo', en: 'Poor-household rate' },
  description: { vi: 'Mô tả', en: 'Description' },
  breakdowns: [
    { id: 'standard-a', label: { vi: 'Chuẩn A', en: 'Standard A' } },
    { id: 'standard-b', label: { vi: 'Chuẩn B', en: 'Standard B' } },
  ],
  measures: [percent('rate', 'Tỷ lệ hộ nghèo', 'Poor-household rate', 'rate')],
  charts: [{ kind: 'trend', measures: ['rate'] }],
}, [
  { year: 2009, breakdown: 'standard-a', measure: 'rate', value: 11.3 },
  { year: 2010, breakdown: 'standard-a', measure: 'rate', value: 9.5, qualifier: 'about', status: 'forecast' },
  { year: 2010, breakdown: 'standard-b', measure: 'rate', value: 14.2 },
  { year: 2011, breakdown: 'standard-b', measure: 'rate', value: 11.76 },
]);

/** Shares only, as stated: an imprecise one ("khoảng") and one with a trailing zero the source wrote. */
export const staff = dataset({
  id: 'staff',
  title: { vi: 'Cán bộ nữ', en: 'Women staff' },
  description: { vi: 'Mô tả', en: 'Description' },
  breakdowns: [
    { id: 'ministry', label: { vi: 'Toàn Bộ', en: 'Whole Ministry' } },
    { id: 'units', label: { vi: 'Một số đơn vị', en: 'Some units' } },
  ],
  measures: [percent('women_share', 'Tỷ lệ nữ', 'Share of women', 'share')],
  charts: [{ kind: 'share', measures: ['women_share'] }],
}, [
  { year: 2009, breakdown: 'ministry', measure: 'women_share', value: 42, qualifier: 'about' },
  { year: 2009, breakdown: 'units', measure: 'women_share', value: 26.8, decimals: 2 },
]);

/** Counts by programme, compared side by side. */
export const programmes = dataset({
  id: 'programmes',
  title: { vi: 'Chương trình', en: 'Programmes' },
  description: { vi: 'Mô tả', en: 'Description' },
  breakdowns: [
    { id: 'returnees', label: { vi: 'Trở về', en: 'Returnees' } },
    { id: 'training', label: { vi: 'Dạy nghề', en: 'Training' } },
  ],
  measures: [{ id: 'people', label: { vi: 'Số người', en: 'People' }, unit: 'persons', kind: 'count' }],
  charts: [{ kind: 'compare', measures: ['people'] }],
}, [
  { year: 2009, breakdown: 'returnees', measure: 'people', value: 545 },
  { year: 2009, breakdown: 'training', measure: 'people', value: 3000, qualifier: 'more-than' },
]);

/** A dataset that declares no chart. */
export const unchartable = dataset({
  id: 'misc',
  title: { vi: 'Khác', en: 'Other' },
  description: { vi: 'Mô tả', en: 'Description' },
  breakdowns: [{ id: 'total', label: { vi: 'Tổng', en: 'Total' } }],
  measures: [{ id: 'people', label: { vi: 'Số người', en: 'People' }, unit: 'persons', kind: 'count' }],
}, [{ year: 2009, breakdown: 'total', measure: 'people', value: 545 }]);

export const fixtures = [leaders, jobs, poverty, staff, programmes, unchartable];
