// Checks on what a dataset's YAML declares under charts: and headline:, each problem located at the line
// of the declaration that is wrong. Kind rules say which measures each chart kind can draw.
import { drawnFigures, yearsDrawn } from './chart-figures.ts';
import type { Problem } from './problems.ts';
import { chartId, type ChartDeclaration, type ChartKind } from './schemas/charts.ts';
import type { Bilingual } from './schemas/common.ts';
import type { DatasetMeta, Measure } from './schemas/metadata.ts';
import type { Figure } from './schemas/row.ts';
import type { Locate } from './yaml.ts';

type MeasureKind = Measure['kind'];

interface KindRule {
  /** How many measures, at least and at most. */
  count: [number, number];
  /** The measure kinds allowed at each position (the last entry applies to the rest). */
  kinds: MeasureKind[][];
  /** How many leading measures must share a unit (they share an axis). */
  sameUnit: number;
  need: Bilingual;
}

export const kindRules: Record<ChartKind, KindRule> = {
  trend: {
    count: [1, Infinity],
    kinds: [['count', 'amount', 'rate', 'share']],
    sameUnit: Infinity,
    need: {
      vi: 'một hay nhiều chỉ tiêu loại count, amount, rate hoặc share, cùng một đơn vị',
      en: 'one or more measures of kind count, amount, rate or share, all in the same unit',
    },
  },
  gender: {
    count: [2, 3],
    kinds: [['count'], ['count'], ['share']],
    sameUnit: 2,
    need: {
      vi: 'lần lượt: số nữ (loại count), tổng số (loại count, cùng đơn vị), và nếu có, tỷ lệ nữ (loại share)',
      en: 'in this order: the women (a count), the total (a count in the same unit), and optionally the stated share (a share)',
    },
  },
  share: {
    count: [1, 1],
    kinds: [['share']],
    sameUnit: 1,
    need: { vi: 'đúng một chỉ tiêu loại share', en: 'exactly one measure of kind share' },
  },
  plan: {
    count: [1, 1],
    kinds: [['percent-of-plan']],
    sameUnit: 1,
    need: { vi: 'đúng một chỉ tiêu loại percent-of-plan', en: 'exactly one measure of kind percent-of-plan' },
  },
  compare: {
    count: [1, 1],
    kinds: [['count', 'amount']],
    sameUnit: 1,
    need: { vi: 'đúng một chỉ tiêu loại count hoặc amount', en: 'exactly one measure of kind count or amount' },
  },
};

export interface DeclarationInput {
  file: string;
  meta: DatasetMeta;
  locate: Locate;
  /** The validated figures; leave out when the CSV has problems (the figures would be incomplete). */
  figures?: readonly Figure[];
}

type Path = (string | number)[];
/** A problem before it is located in the file. */
type Finding = Omit<Problem, 'file' | 'line' | 'column' | 'field'>;

/** Every problem with the chart and headline declarations; what they draw is checked only when they are well formed. */
export function declarationProblems({ file, meta, locate, figures }: DeclarationInput): Problem[] {
  const at = (path: Path, problem: Finding): Problem => ({ file, ...locate(path), field: path.join('.'), ...problem });
  const measures = new Map(meta.measures.map((m) => [m.id, m]));
  const breakdownIds = new Set(meta.breakdowns.map((b) => b.id));
  const problems: Problem[] = [];

  const measureRef = (path: Path, id: string) => {
    if (!measures.has(id)) problems.push(at(path, { value: id, code: 'undeclared-measure', params: { expected: [...measures.keys()].join(', ') } }));
  };
  const breakdownRefs = (path: Path, ids: readonly string[] | undefined) => ids?.forEach((id, i) => {
    if (!breakdownIds.has(id)) problems.push(at([...path, i], { value: id, code: 'undeclared-breakdown', params: { expected: [...breakdownIds].join(', ') } }));
  });

  const seen = new Map<string, number>();
  meta.charts.forEach((chart, i) => {
    const base: Path = ['charts', i];
    chart.measures.forEach((m, j) => measureRef([...base, 'measures', j], m));
    breakdownRefs([...base, 'breakdowns'], chart.breakdowns);
    if (chart.measures.every((m) => measures.has(m))) problems.push(...fit(chart, measures, meta).map((p) => at([...base, ...p.path], p.problem)));
    if (chart.rest && chart.kind !== 'gender') problems.push(at([...base, 'rest'], { value: chart.rest, code: 'chart-rest-not-gender' }));
    const id = chartId(meta.id, chart);
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else {
      const suggestion = `${chart.kind}-${chart.measures[0]!.replace(/_/g, '-')}`;
      problems.push(at(chart.id ? [...base, 'id'] : base, { value: id, code: 'chart-duplicate-id', params: { hint: String(locate(['charts', first]).line), expected: suggestion } }));
    }
  });
  if (meta.headline) {
    measureRef(['headline', 'measure'], meta.headline.measure);
    breakdownRefs(['headline', 'breakdowns'], meta.headline.breakdowns);
  }

  if (problems.length > 0 || !figures) return problems;
  return drawingProblems(meta, figures, at);
}

/** Whether a chart's measures fit its kind: how many, of which kind, in one unit, and a gender chart's check. */
function fit(chart: ChartDeclaration, measures: Map<string, Measure>, meta: DatasetMeta): { path: Path; problem: Finding }[] {
  const rule = kindRules[chart.kind];
  const out: ReturnType<typeof fit> = [];
  const complain = (path: Path, value: string | undefined, hint: Bilingual) =>
    out.push({ path, problem: { value, code: 'chart-measures', params: { kind: chart.kind, expected_vi: rule.need.vi, expected_en: rule.need.en, hint_vi: hint.vi, hint_en: hint.en } } });
  const n = chart.measures.length;
  if (n < rule.count[0] || n > rule.count[1]) {
    complain(['measures'], chart.measures.join(', '), { vi: `ở đây có ${n} chỉ tiêu`, en: `${n} ${n === 1 ? 'is' : 'are'} listed here` });
    return out;
  }
  const list = chart.measures.map((id) => measures.get(id)!);
  list.forEach((m, i) => {
    const allowed = rule.kinds[Math.min(i, rule.kinds.length - 1)]!;
    if (!allowed.includes(m.kind)) complain(['measures', i], m.id, { vi: `chỉ tiêu ${m.id} thuộc loại ${m.kind}`, en: `measure ${m.id} is of kind ${m.kind}` });
  });
  if (out.length > 0) return out;
  const sharing = list.slice(0, rule.sameUnit);
  const odd = sharing.findIndex((m) => m.unit !== sharing[0]!.unit);
  if (odd > 0) {
    const [a, b] = [sharing[0]!, sharing[odd]!];
    complain(['measures', odd], b.id, { vi: `${a.id} tính bằng ${a.unit} còn ${b.id} tính bằng ${b.unit}`, en: `${a.id} is in ${a.unit} but ${b.id} in ${b.unit}` });
    return out;
  }
  if (chart.kind === 'gender') {
    const [part, whole] = chart.measures as [string, string];
    if (!meta.checks.some((c) => c.part === part && c.whole === whole)) {
      out.push({ path: ['measures'], problem: { value: chart.measures.join(', '), code: 'chart-needs-check', params: { part, whole } } });
    }
  }
  return out;
}

/** Declarations that are well formed but draw nothing, and a page that would not lead with its longest chart. */
function drawingProblems(meta: DatasetMeta, figures: readonly Figure[], at: (path: Path, problem: Finding) => Problem): Problem[] {
  const problems: Problem[] = [];
  const where = (measures: readonly string[], breakdowns: readonly string[] | undefined): Bilingual => ({
    vi: `chỉ tiêu ${measures.join(', ')}${breakdowns ? ` ở phân tổ ${breakdowns.join(', ')}` : ''}`,
    en: `measure ${measures.join(', ')}${breakdowns ? ` in breakdown ${breakdowns.join(', ')}` : ''}`,
  });
  meta.charts.forEach((chart, i) => {
    if (drawnFigures(meta, figures, chart).length > 0) return;
    const [part, whole] = chart.measures;
    const rows = where(chart.measures, chart.breakdowns);
    const hint: Bilingual = chart.kind === 'gender'
      ? {
          vi: `không có năm và phân tổ nào mà cả ${part} và ${whole} đều là số thực hiện chính xác (không có "khoảng", "trên"…)`,
          en: `no year and breakdown has both ${part} and ${whole} as exact actual figures (without "about", "more than"…)`,
        }
      : { vi: `tệp CSV không có dòng nào của ${rows.vi}`, en: `the CSV has no row of ${rows.en}` };
    problems.push(at(['charts', i], { value: chartId(meta.id, chart), code: 'chart-empty', params: { hint_vi: hint.vi, hint_en: hint.en } }));
  });
  if (meta.headline) {
    const { measure, breakdowns } = meta.headline;
    if (!figures.some((f) => f.measure === measure && (!breakdowns || breakdowns.includes(f.breakdown)))) {
      const hint = where([measure], breakdowns);
      problems.push(at(['headline'], { code: 'headline-empty', params: { hint_vi: hint.vi, hint_en: hint.en } }));
    }
  }
  if (problems.length > 0 || meta.charts.length < 2) return problems;

  const years = meta.charts.map((chart) => yearsDrawn(meta, figures, chart));
  const longest = years.indexOf(Math.max(...years));
  if (years[longest]! > years[0]!) {
    problems.push(at(['charts', longest], { value: chartId(meta.id, meta.charts[longest]!), code: 'chart-order', params: { hint: String(years[longest]), expected: String(years[0]) } }));
  }
  return problems;
}
