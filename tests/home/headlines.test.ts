// Which figure a home-page card states: the latest actual result, never an estimate, forecast, plan or
// partial year passed off as one; those come after it, labelled. Built from small datasets in code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headlineCard, headlineCards } from '../../src/components/home/headlines.ts';
import type { Dataset } from '../../src/data/load.ts';
import type { DatasetMeta } from '../../src/data/schemas/metadata.ts';
import { figures } from '../charts/fixtures.ts';

type Row = Parameters<typeof figures>[1][number];

function dataset(id: string, headline: DatasetMeta['headline'], breakdowns: string[], rows: Row[]): Dataset {
  return {
    csvFile: `data/${id}.csv`,
    figures: figures(id, rows),
    meta: {
      id, licence: 'CC-BY-4.0', updated: '2026-01-01', checks: [], notes: [], charts: [], headline,
      title: { vi: id, en: id }, description: { vi: 'Mô tả', en: 'Description' },
      breakdowns: breakdowns.map((b) => ({ id: b, label: { vi: b, en: b } })),
      measures: [
        { id: 'jobs', label: { vi: 'Việc làm', en: 'Jobs' }, unit: 'thousand-persons', kind: 'count' },
        { id: 'rate', label: { vi: 'Tỷ lệ', en: 'Rate' }, unit: 'percent', kind: 'rate' },
      ],
    },
  };
}

const key = (f: { year: number; breakdown: string; status: string }) => `${f.year} ${f.breakdown} ${f.status}`;

describe('a headline card', () => {
  const jobs = dataset('jobs', { measure: 'jobs' }, ['total'], [
    { year: 2009, breakdown: 'total', measure: 'jobs', value: 1510 },
    { year: 2010, breakdown: 'total', measure: 'jobs', value: 1605, status: 'estimate' },
    { year: 2012, breakdown: 'total', measure: 'jobs', value: 1400, qualifier: 'more-than' },
    { year: 2013, breakdown: 'total', measure: 'jobs', value: 800, status: 'partial' },
    { year: 2014, breakdown: 'total', measure: 'jobs', value: 1600, status: 'plan' },
    { year: 2014, breakdown: 'total', measure: 'rate', value: 3 },
  ]);

  it('states the latest actual result, and lists the later estimates, partial years and plans apart, oldest first', () => {
    const card = headlineCard(jobs)!;
    expect(key(card.main)).toBe('2012 total actual');
    expect(card.later.map(key)).toEqual(['2013 total partial', '2014 total plan']);
  });

  it('draws the whole series of its measure, every status included', () => {
    expect(headlineCard(jobs)!.runs.map((run) => run.map((f) => f.year))).toEqual([[2009, 2010, 2012, 2013, 2014]]);
  });

  it('with no actual result at all, states the latest figure (its status is shown with it)', () => {
    const plans = dataset('plans', { measure: 'jobs' }, ['total'], [
      { year: 2025, breakdown: 'total', measure: 'jobs', value: 1600, status: 'plan' },
      { year: 2024, breakdown: 'total', measure: 'jobs', value: 1550, status: 'forecast' },
    ]);
    const card = headlineCard(plans)!;
    expect(key(card.main)).toBe('2025 total plan');
    expect(card.later).toEqual([]);
  });

  it('keeps breakdowns apart (a change of poverty standard is a break) and takes the later-listed one on a tie', () => {
    const poverty = dataset('poverty', { measure: 'rate' }, ['standard-a', 'standard-b', 'female-headed'], [
      { year: 2009, breakdown: 'standard-a', measure: 'rate', value: 11.3 },
      { year: 2010, breakdown: 'standard-a', measure: 'rate', value: 9.5, status: 'forecast' },
      { year: 2010, breakdown: 'standard-b', measure: 'rate', value: 14.2 },
      { year: 2011, breakdown: 'standard-a', measure: 'rate', value: 9 },
      { year: 2011, breakdown: 'standard-b', measure: 'rate', value: 11.8 },
    ]);
    const card = headlineCard(poverty)!;
    expect(key(card.main)).toBe('2011 standard-b actual');
    expect(card.runs.map((run) => run.map((f) => `${f.breakdown} ${f.year}`))).toEqual([
      ['standard-a 2009', 'standard-a 2010', 'standard-a 2011'],
      ['standard-b 2010', 'standard-b 2011'],
    ]);
    expect(card.namesBreakdown).toBe(true);
  });

  it('uses only the breakdowns its headline lists, in that order', () => {
    const levels = dataset('levels', { measure: 'rate', breakdowns: ['ministry'] }, ['ministry', 'provinces'], [
      { year: 2009, breakdown: 'ministry', measure: 'rate', value: 27.4 },
      { year: 2009, breakdown: 'provinces', measure: 'rate', value: 14.5 },
    ]);
    const card = headlineCard(levels)!;
    expect(key(card.main)).toBe('2009 ministry actual');
    expect(card.runs.flat()).toHaveLength(1);
  });

  it('is left out for a dataset that declares no headline; the others come newest first', () => {
    const old = dataset('old', { measure: 'rate' }, ['total'], [{ year: 2009, breakdown: 'total', measure: 'rate', value: 1 }]);
    const none = dataset('none', undefined, ['total'], [{ year: 2030, breakdown: 'total', measure: 'rate', value: 1 }]);
    expect(headlineCards({ sources: [], datasets: [old, none, jobs] }).map((c) => c.dataset.meta.id)).toEqual(['jobs', 'old']);
  });
});

describe('the home page code', () => {
  it('names no figure, year or dataset: the cards come from each dataset\'s headline', () => {
    const dir = join(import.meta.dirname, '..', '..', 'src', 'components', 'home');
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/[a-z-]+\/(19|20)\d\d\/[a-z-]+\/[a-z_]+/);
      expect(text.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''), file).not.toMatch(/\b(19|20)\d\d\b/);
    }
  });
});
