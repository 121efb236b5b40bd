// Every figure of the 2009 report's sections I.2.1–I.2.5 and II.2 is in the data exactly as stated,
// and every quoted sentence of a primary source appears word for word in that source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFigure } from '../../src/data/figures.ts';
import { loadData } from '../../src/data/load.ts';

const repo = join(import.meta.dirname, '..', '..');
const data = loadData(repo);

// [key, value as stated, qualifier as worded ("trên" = more-than, "khoảng" = about, "gần" = nearly, "tới" = up-to), section]
const stated: [string, number, string | undefined, string][] = [
  ['job-creation/2009/total/new_jobs', 1510, undefined, 'I.2.1'],
  ['job-creation/2009/total/percent_of_plan', 88.8, undefined, 'I.2.1'],
  ['labour-export/2009/total/workers', 73028, undefined, 'I.2.1'],
  ['labour-export/2009/total/percent_of_plan', 81.1, undefined, 'I.2.1'],
  ['labour-export/2009/total/women', 22020, undefined, 'I.2.1'],
  ['labour-export/2009/total/women_share', 30, undefined, 'I.2.1'],
  ['vocational-training/2009/total/enrolled', 1707, undefined, 'I.2.2'],
  ['vocational-training/2009/total/percent_of_plan', 104.5, undefined, 'I.2.2'],
  ['vocational-training/2009/total/change_on_previous_year', 11.2, undefined, 'I.2.2'],
  ['vocational-training/2009/total/women_share', 35, undefined, 'I.2.2'],
  ['poverty-rate/2009/standard-2006-2010/rate', 11.3, undefined, 'I.2.3'],
  ['poverty-rate/2010/standard-2006-2010/rate', 9.5, 'about', 'I.2.3'],
  ['poverty-rate/2009/female-headed-standard-2006-2010/reduction', 8, undefined, 'I.2.3'],
  ['child-protection/2009/child-protection-funds/funds_raised', 180, 'more-than', 'I.2.4'],
  ['child-protection/2009/central-child-protection-fund/funds_raised', 18.6, 'more-than', 'I.2.4'],
  ['child-protection/2009/children-supported/children', 50, 'more-than', 'I.2.4'],
  ['child-protection/2009/children-supported/girls_share', 45, undefined, 'I.2.4'],
  ['child-protection/2009/at-risk-of-sexual-abuse/children_helped', 1100, 'more-than', 'I.2.4'],
  ['child-protection/2009/at-risk-of-sexual-abuse/children_at_risk', 1300, undefined, 'I.2.4'],
  ['social-evils/2009/trafficking-returnees/people', 545, undefined, 'I.2.5'],
  ['social-evils/2009/trafficking-returnees/supported_share', 100, undefined, 'I.2.5'],
  ['social-evils/2009/trafficking-returnees/vocational_support_share', 30, undefined, 'I.2.5'],
  ['social-evils/2009/prostitution-prevention/people', 3000, 'more-than', 'I.2.5'],
  ['social-evils/2009/community-vocational-training/people_thousand', 600, 'nearly', 'I.2.5'],
  ['social-evils/2009/community-vocational-training/jobs_found', 248, undefined, 'I.2.5'],
  ['social-evils/2009/rehabilitated-women/people', 313, undefined, 'I.2.5'],
  ['social-evils/2009/rehabilitated-women/funds_million_vnd', 500, 'nearly', 'I.2.5'],
  ['ministry-staff/2009/ministry/women_share', 42, 'about', 'II.2'],
  ['ministry-staff/2009/some-units/women_share', 70, 'up-to', 'II.3'],
  ['staff-training/2009/professional-training/classes', 24, undefined, 'II.2.1'],
  ['staff-training/2009/professional-training/classes_with_gender_content', 16, undefined, 'II.2.1'],
  ['staff-training/2009/cadre-training/classes', 44, undefined, 'II.2.2'],
  ['staff-training/2009/cadre-training/participants', 3074, undefined, 'II.2.2'],
  ['staff-training/2009/cadre-training/women_share', 40, 'more-than', 'II.2.2'],
  ['leadership-appointments/2009/ministry-all-leaders/leaders', 106, undefined, 'II.2.3'],
  ['leadership-appointments/2009/ministry-all-leaders/women', 29, undefined, 'II.2.3'],
  ['leadership-appointments/2009/ministry-all-leaders/women_share', 27.4, undefined, 'II.2.3'],
  ['leadership-appointments/2009/ministry-unit-heads/leaders', 54, undefined, 'II.2.3'],
  ['leadership-appointments/2009/ministry-unit-heads/women', 11, undefined, 'II.2.3'],
  ['leadership-appointments/2009/ministry-unit-heads/women_share', 40.7, undefined, 'II.2.3'],
  ['leadership-appointments/2009/ministry-division-level/leaders', 46, undefined, 'II.2.3'],
  ['leadership-appointments/2009/ministry-division-level/women', 18, undefined, 'II.2.3'],
  ['leadership-appointments/2009/ministry-division-level/women_share', 39.1, undefined, 'II.2.3'],
  ['leadership-appointments/2009/ministry-department-directors/leaders', 4, undefined, 'II.2.3'],
  ['leadership-appointments/2009/ministry-department-directors/women', 3, undefined, 'II.2.3'],
  ['leadership-appointments/2009/ministry-department-directors/women_share', 75, undefined, 'II.2.3'],
  ['leadership-appointments/2009/provinces-dolisa-leaders/leaders', 255, undefined, 'II.2.3'],
  ['leadership-appointments/2009/provinces-dolisa-leaders/women', 37, undefined, 'II.2.3'],
  ['leadership-appointments/2009/provinces-dolisa-leaders/women_share', 14.5, undefined, 'II.2.3'],
  ['leadership-appointments/2009/provinces-dolisa-directors/women', 11, undefined, 'II.2.3'],
];

describe('the 2009 report, figure by figure', () => {
  for (const [key, value, qualifier, section] of stated) {
    it(`${key} = ${qualifier ? `${qualifier} ` : ''}${value}`, () => {
      const ref = findFigure(data, key);
      expect(ref, `${key} is missing`).toBeDefined();
      expect(ref!.figure).toMatchObject({ value, source: 'molisa-2009-report', section });
      expect(ref!.figure.qualifier).toBe(qualifier);
    });
  }

  it('has no other 2009-report figure than those listed, so none slips in untested', () => {
    const fromReport = data.datasets.flatMap((d) => d.figures).filter((f) => f.source === 'molisa-2009-report');
    expect(fromReport).toHaveLength(stated.length);
  });

  it('publishes the report’s inconsistencies as stated, flagged with a note in both languages', () => {
    const unitHeads = findFigure(data, 'leadership-appointments/2009/ministry-unit-heads/women_share')!.figure;
    expect(unitHeads).toMatchObject({ value: 40.7, flag: 'source-inconsistent' });
    expect(unitHeads.note_en).toContain('11 / 54 = 20.4%');
    const classes = findFigure(data, 'staff-training/2009/professional-training/classes_with_gender_content')!.figure;
    expect(classes).toMatchObject({ value: 16, flag: 'source-inconsistent' });
    expect(classes.note_vi).toContain('14');
  });

  it('shows both 2009 poverty rates: the report’s, with the other source’s in a note', () => {
    const rate = findFigure(data, 'poverty-rate/2009/standard-2006-2010/rate')!.figure;
    expect(rate).toMatchObject({ value: 11.3, flag: 'sources-conflict' });
    expect(rate.note_vi).toContain('12,1%');
    expect(rate.note_en).toContain('12.1%');
  });

  it('marks the 2010 poverty rate as the report’s forecast', () => {
    expect(findFigure(data, 'poverty-rate/2010/standard-2006-2010/rate')!.figure.status).toBe('forecast');
  });
});

describe('quotes are word for word', () => {
  const documents = new Map(data.sources.filter((s) => s.file).map((s) => [s.id, readFileSync(join(repo, 'data', 'documents', s.file!), 'utf8').normalize('NFC')]));
  const primary = data.datasets.flatMap((d) => d.figures).filter((f) => documents.has(f.source));

  it('covers figures from primary documents', () => {
    expect(primary.length).toBeGreaterThan(40);
  });

  for (const f of primary) {
    it(`${f.dataset} line ${f.line}`, () => {
      expect(documents.get(f.source)).toContain(f.quote);
    });
  }
});

describe('secondary sources follow the reference rules', () => {
  const secondary = new Set(data.sources.filter((s) => s.kind === 'secondary').map((s) => s.id));

  // The address as the lead found it: some old government and newspaper pages are http:// only.
  it('every secondary source has an address', () => {
    for (const s of data.sources.filter((x) => x.kind === 'secondary')) expect(s.url, s.id).toMatch(/^https?:\/\//);
  });

  it('no figure comes from a weak source (company or unrelated sites) alone', () => {
    const weak = ['alsimexco', 'trithucvn'];
    for (const f of data.datasets.flatMap((d) => d.figures).filter((x) => secondary.has(x.source))) {
      const source = data.sources.find((s) => s.id === f.source)!;
      expect(weak.some((w) => source.url!.includes(w)), `${f.dataset} ${f.year} from ${source.url}`).toBe(false);
    }
  });
});
