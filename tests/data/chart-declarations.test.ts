// The charts and headline a dataset's YAML declares: each wrong declaration is reported at its own line
// and column, with a message saying what the chart kind needs; a right one gives exactly the charts declared.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chartsFor } from '../../src/charts/index.ts';
import { validateData } from '../../src/data/load.ts';
import { formatProblem, type Problem } from '../../src/data/problems.ts';

const root = mkdtempSync(join(tmpdir(), 'tbpn-charts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SOURCES = `sources:
  - id: src-a
    kind: secondary
    year: 2010
    issuer: { vi: Báo A, en: Paper A }
    title: { vi: Tin A, en: News A }
    url: https://example.org/a
`;

const quote = '"Đưa 73.028 lao động, nữ 22.020, chiếm 30%"';
/** Workers and women in three years (2009 exact, so the gender chart has a pair), a plan result, one northern figure. */
const CSV = `year,breakdown,measure,value,qualifier,status,source,section,quote,flag,note_vi,note_en
2009,total,workers,73028,,actual,src-a,I.2.1,${quote},,,
2009,total,women,22020,,actual,src-a,I.2.1,${quote},,,
2009,total,women_share,30,,actual,src-a,I.2.1,${quote},,,
2009,total,percent_of_plan,81.1,,actual,src-a,I.2.1,${quote},,,
2010,total,workers,85000,about,estimate,src-a,,${quote},,,
2011,total,workers,88298,,actual,src-a,,${quote},,,
2011,north,workers,1000,,actual,src-a,,${quote},,,
`;

const META = `id: abroad
title: { vi: Lao động ở nước ngoài, en: Workers abroad }
description: { vi: Mô tả, en: Description }
licence: CC-BY-4.0
updated: 2026-11-23
breakdowns:
  - { id: total, label: { vi: Cả nước, en: Whole country } }
  - { id: north, label: { vi: Miền Bắc, en: North } }
measures:
  - { id: workers, label: { vi: Lao động, en: Workers }, unit: persons, kind: count }
  - { id: women, label: { vi: Nữ, en: Women }, unit: persons, kind: count }
  - { id: women_share, label: { vi: Tỷ lệ nữ, en: Share of women }, unit: percent, kind: share }
  - { id: percent_of_plan, label: { vi: Đạt kế hoạch, en: Plan achieved }, unit: percent, kind: percent-of-plan }
checks:
  - { part: women, whole: workers, share: women_share }
`;

const GOOD = `charts:
  - { kind: trend, measures: [workers, women] }
  - { kind: gender, measures: [women, workers, women_share] }
  - { kind: share, measures: [women_share] }
  - { kind: plan, measures: [percent_of_plan] }
headline: { measure: workers, breakdowns: [total] }
`;

let run = 0;
/** Validates a one-dataset data folder whose YAML ends with `tail`; returns the problems and the YAML text. */
function validate(tail: string, csv = CSV) {
  const dir = join(root, String(run++), 'data');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'sources.yml'), SOURCES);
  writeFileSync(join(dir, 'abroad.csv'), csv);
  const yml = META + tail;
  writeFileSync(join(dir, 'abroad.yml'), yml);
  return { ...validateData(join(dir, '..')), yml };
}

/** Line and column (1-based) where `needle` starts in the YAML, after the first occurrence of `anchor`. */
function at(yml: string, needle: string, anchor = 'charts:'): { line: number; column: number } {
  const index = yml.indexOf(needle, yml.indexOf(anchor));
  if (index < 0) throw new Error(`${needle} not in the YAML`);
  const before = yml.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

function only(problems: Problem[]): Problem {
  expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(1);
  return problems[0]!;
}

describe('chart declarations that are right', () => {
  it('give exactly the charts declared, in the declared order, with their published ids', () => {
    const { problems, data } = validate(GOOD);
    expect(problems).toEqual([]);
    expect(chartsFor(data.datasets[0]!).map((c) => [c.id, c.kind, c.measures])).toEqual([
      ['abroad--trend', 'trend', ['workers', 'women']],
      ['abroad--gender', 'gender', ['women', 'workers', 'women_share']],
      ['abroad--share', 'share', ['women_share']],
      ['abroad--plan', 'plan', ['percent_of_plan']],
    ]);
  });

  it('a second chart of the same kind gets its own id, which names it in URLs', () => {
    const { problems, data } = validate(`charts:
  - { kind: trend, measures: [workers] }
  - { id: trend-women, kind: trend, measures: [women] }
`);
    expect(problems).toEqual([]);
    expect(chartsFor(data.datasets[0]!).map((c) => c.id)).toEqual(['abroad--trend', 'abroad--trend-women']);
  });

  it('a dataset may declare no chart and no headline', () => {
    const { problems, data } = validate('');
    expect(problems).toEqual([]);
    expect(chartsFor(data.datasets[0]!)).toEqual([]);
  });
});

describe('each wrong declaration is reported at its line and column', () => {
  it('an unknown chart kind, with the kinds that exist', () => {
    const { problems, yml } = validate(GOOD.replace('kind: share', 'kind: pie'));
    expect(only(problems)).toMatchObject({
      file: 'data/abroad.yml', ...at(yml, 'pie'), code: 'yaml-schema', field: 'charts.2.kind', value: 'pie',
      params: { expected_en: 'one of gender, share, trend, plan, compare expected' },
    });
  });

  it('a measure the dataset does not declare', () => {
    const { problems, yml } = validate(GOOD.replace('measures: [women_share] }', 'measures: [woman_share] }'));
    expect(only(problems)).toMatchObject({ ...at(yml, 'woman_share'), code: 'undeclared-measure', field: 'charts.2.measures.0', value: 'woman_share', params: { expected: 'workers, women, women_share, percent_of_plan' } });
  });

  it('a breakdown the dataset does not declare', () => {
    const { problems, yml } = validate(GOOD.replace('measures: [workers, women] }', 'measures: [workers, women], breakdowns: [total, south] }'));
    expect(only(problems)).toMatchObject({ ...at(yml, 'south'), code: 'undeclared-breakdown', field: 'charts.0.breakdowns.1', value: 'south', params: { expected: 'total, north' } });
  });

  it('a measure of the wrong kind for the chart', () => {
    const { problems, yml } = validate(GOOD.replace('{ kind: share, measures: [women_share] }', '{ kind: share, measures: [workers] }'));
    const problem = only(problems);
    expect(problem).toMatchObject({ ...at(yml, 'workers', '{ kind: share'), code: 'chart-measures', field: 'charts.2.measures.0', value: 'workers' });
    // What staff read, after the location line: the message in both languages.
    expect(formatProblem(problem).split('\n').slice(1).join('\n')).toMatchInlineSnapshot(`
      "  vi: Biểu đồ loại share cần đúng một chỉ tiêu loại share; chỉ tiêu workers thuộc loại count.
        en: A share chart needs exactly one measure of kind share; measure workers is of kind count."
    `);
  });

  it('too many measures for the chart', () => {
    const { problems, yml } = validate(GOOD.replace('measures: [percent_of_plan]', 'measures: [percent_of_plan, women_share]'));
    expect(only(problems)).toMatchObject({ ...at(yml, '[percent_of_plan'), code: 'chart-measures', field: 'charts.3.measures', params: { hint_en: '2 are listed here', hint_vi: 'ở đây có 2 chỉ tiêu' } });
  });

  it('measures in different units on one trend axis', () => {
    const { problems, yml } = validate(GOOD.replace('measures: [workers, women] }', 'measures: [workers, women_share] }'));
    expect(only(problems)).toMatchObject({ ...at(yml, 'women_share'), code: 'chart-measures', field: 'charts.0.measures.1', params: { hint_en: 'workers is in persons but women_share in percent' } });
  });

  it('a gender chart whose part and whole are not a declared check (here, in the wrong order)', () => {
    const { problems, yml } = validate(GOOD.replace('measures: [women, workers, women_share]', 'measures: [workers, women]'));
    expect(only(problems)).toMatchObject({ ...at(yml, '[workers, women]', 'kind: gender'), code: 'chart-needs-check', field: 'charts.1.measures', params: { part: 'workers', whole: 'women' } });
  });

  it('two charts with the same id, naming the line of the other one', () => {
    const { problems, yml } = validate(`${GOOD.replace(/^headline:.*\n/m, '')}  - { kind: share, measures: [women_share] }\n`);
    const second = at(yml, '{ kind: share', '{ kind: plan');
    expect(only(problems)).toMatchObject({ line: second.line, column: second.column, code: 'chart-duplicate-id', value: 'abroad--share', params: { hint: String(at(yml, '{ kind: share').line), expected: 'share-women-share' } });
  });

  it('rest on a chart that is not a gender chart', () => {
    const { problems, yml } = validate(GOOD.replace('measures: [women_share] }', 'measures: [women_share], rest: boys }'));
    expect(only(problems)).toMatchObject({ ...at(yml, 'boys'), code: 'chart-rest-not-gender', field: 'charts.2.rest' });
  });

  it('a chart with nothing to draw', () => {
    const { problems, yml } = validate(GOOD.replace('measures: [women_share] }', 'measures: [women_share], breakdowns: [north] }'));
    expect(only(problems)).toMatchObject({ ...at(yml, '{ kind: share'), code: 'chart-empty', value: 'abroad--share', params: { hint_en: 'the CSV has no row of measure women_share in breakdown north' } });
  });

  it('a gender chart with no exact pair of part and whole', () => {
    const { problems, yml } = validate(GOOD.replace('measures: [women, workers, women_share] }', 'measures: [women, workers], breakdowns: [north] }'));
    expect(only(problems)).toMatchObject({ ...at(yml, '{ kind: gender'), code: 'chart-empty', value: 'abroad--gender' });
  });

  it('a page that would not lead with the chart drawing the most years', () => {
    const { problems, yml } = validate(`charts:
  - { kind: share, measures: [women_share] }
  - { kind: trend, measures: [workers, women] }
`);
    expect(only(problems)).toMatchObject({ ...at(yml, '{ kind: trend'), code: 'chart-order', value: 'abroad--trend', params: { hint: '3', expected: '1' } });
  });

  it('a headline measure or breakdown the dataset does not declare', () => {
    const measure = validate(GOOD.replace('headline: { measure: workers', 'headline: { measure: worker'));
    expect(only(measure.problems)).toMatchObject({ ...at(measure.yml, 'worker', 'headline'), code: 'undeclared-measure', field: 'headline.measure', value: 'worker' });
    const breakdown = validate(GOOD.replace('breakdowns: [total] }', 'breakdowns: [totl] }'));
    expect(only(breakdown.problems)).toMatchObject({ ...at(breakdown.yml, 'totl', 'headline'), code: 'undeclared-breakdown', field: 'headline.breakdowns.0' });
  });

  it('a headline with no figure to show', () => {
    const { problems, yml } = validate(GOOD.replace('headline: { measure: workers, breakdowns: [total] }', 'headline: { measure: percent_of_plan, breakdowns: [north] }'));
    expect(only(problems)).toMatchObject({ ...at(yml, '{ measure: percent_of_plan'), code: 'headline-empty', field: 'headline', params: { hint_en: 'measure percent_of_plan in breakdown north' } });
  });
});

describe('all at once, and nothing misleading', () => {
  it('reports every wrong declaration of a file together', () => {
    const { problems } = validate(`charts:
  - { kind: pie, measures: [women_share] }
  - { kind: share, measures: [workers] }
  - { kind: plan, measures: [percent_of_plan], breakdowns: [south] }
headline: { measure: worker }
`);
    // The unknown kind stops the schema, so the file is reported once for it; fixed, the rest shows.
    expect(problems.map((p) => p.code)).toEqual(['yaml-schema']);
    const rest = validate(`charts:
  - { kind: share, measures: [workers] }
  - { kind: plan, measures: [percent_of_plan], breakdowns: [south] }
headline: { measure: worker }
`);
    expect(rest.problems.map((p) => `${p.line}:${p.code}`)).toEqual([
      `${at(rest.yml, 'workers').line}:chart-measures`,
      `${at(rest.yml, 'south').line}:undeclared-breakdown`,
      `${at(rest.yml, 'worker }').line}:undeclared-measure`,
    ]);
  });

  it('does not call a chart empty when the CSV itself has errors (its figures are incomplete)', () => {
    const { problems } = validate(GOOD, CSV.replace('2009,total,women_share,30,', '2009,total,women_share,30%,'));
    expect(problems.map((p) => p.code)).toEqual(['percent-sign']);
  });
});
