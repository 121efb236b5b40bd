// The loader over a whole data folder: every problem at once, nothing returned when anything is wrong.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadData, validateData } from '../../src/data/load.ts';
import { DataValidationError } from '../../src/data/problems.ts';

const repo = join(import.meta.dirname, '..', '..');
const temps: string[] = [];

/** A throwaway copy of the real data folder, to break on purpose. */
function copyOfData(): string {
  const root = mkdtempSync(join(tmpdir(), 'tbpn-data-'));
  cpSync(join(repo, 'data'), join(root, 'data'), { recursive: true });
  temps.push(root);
  return root;
}

function edit(root: string, file: string, change: (text: string) => string) {
  const path = join(root, 'data', file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

describe('the real data', () => {
  it('validates without a problem', () => {
    const { problems, data } = validateData(repo);
    expect(problems).toEqual([]);
    expect(data.datasets.length).toBeGreaterThanOrEqual(9);
  });
});

describe('broken data folders', () => {
  it('reports problems in several files at once, sorted, and loadData throws with all of them', () => {
    const root = copyOfData();
    edit(root, 'labour-export.csv', (t) => t.replace('2009,total,workers,73028', '2009,total,workers,73.028'));
    edit(root, 'job-creation.csv', (t) => t.replace('2009,total,percent_of_plan,88.8', '2009,total,percent_of_plan,"88,8"'));
    const { problems } = validateData(root);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.code}`)).toEqual([
      'data/job-creation.csv:3:decimal-comma',
      'data/labour-export.csv:2:thousands-separator',
    ]);
    let thrown: unknown;
    try {
      loadData(root);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DataValidationError);
    const message = (thrown as Error).message;
    expect(message).toContain('The data has 2 errors; nothing was published.');
    expect(message).toContain('Dữ liệu có 2 lỗi');
    expect(message).toContain('data/labour-export.csv:2:20');
    expect((thrown as Error).stack).toBe('');
  });

  it('names a CSV whose metadata file is missing', () => {
    const root = copyOfData();
    rmSync(join(root, 'data', 'ministry-staff.yml'));
    const { problems } = validateData(root);
    expect(problems).toMatchObject([{ file: 'data/ministry-staff.yml', code: 'file-missing' }]);
  });

  it('locates a YAML syntax error', () => {
    const root = copyOfData();
    edit(root, 'ministry-staff.yml', (t) => t.replace('licence: CC-BY-4.0', 'licence: CC-BY-4.0\n  bad: [unclosed'));
    const { problems } = validateData(root);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.file === 'data/ministry-staff.yml' && p.code === 'yaml-syntax')).toBe(true);
  });

  it('locates a missing metadata entry at its parent, in both languages', () => {
    const root = copyOfData();
    edit(root, 'ministry-staff.yml', (t) => t.replace(/\ndescription:\n  vi: .*\n  en: .*\n/, '\n'));
    const { problems } = validateData(root);
    expect(problems).toMatchObject([{ file: 'data/ministry-staff.yml', code: 'yaml-schema', field: 'description', line: 1, params: { expected_vi: 'bắt buộc phải có', expected_en: 'is required' } }]);
  });

  it('rejects a check that names a measure the dataset does not have', () => {
    const root = copyOfData();
    edit(root, 'labour-export.yml', (t) => t.replace('{ part: women, whole: workers, share: women_share }', '{ part: women, whole: all_workers, share: women_share }'));
    const { problems } = validateData(root);
    expect(problems).toMatchObject([{ file: 'data/labour-export.yml', code: 'yaml-schema', field: 'checks.all_workers' }]);
  });

  it('reports a broken source catalogue once instead of on every row', () => {
    const root = copyOfData();
    edit(root, 'sources.yml', (t) => t.replace('kind: primary', 'kind: primery'));
    const { problems } = validateData(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/sources.yml', code: 'yaml-schema', value: 'primery', field: 'sources.0.kind' });
  });

  it('rejects a source id that the catalogue does not list', () => {
    const root = copyOfData();
    edit(root, 'poverty-rate.csv', (t) => t.replace('cand-2008-poverty', 'cand-2008-povrety'));
    const { problems } = validateData(root);
    expect(problems).toMatchObject([{ file: 'data/poverty-rate.csv', line: 2, field: 'source', value: 'cand-2008-povrety', code: 'unknown-source' }]);
  });

  it('accepts the same file saved by Excel as CSV UTF-8 (BOM, CRLF)', () => {
    const root = copyOfData();
    edit(root, 'labour-export.csv', (t) => `\ufeff${t.replace(/\n/g, '\r\n')}`);
    expect(validateData(root).problems).toEqual([]);
  });

  it('normalises decomposed Vietnamese (NFD) to NFC', () => {
    const root = copyOfData();
    edit(root, 'ministry-staff.csv', (t) => t.normalize('NFD'));
    const { problems, data } = validateData(root);
    expect(problems).toEqual([]);
    const staff = data.datasets.find((d) => d.meta.id === 'ministry-staff')!;
    expect(staff.figures[0]!.quote).toBe(staff.figures[0]!.quote.normalize('NFC'));
    expect(staff.figures[0]!.quote).toContain('cán bộ nữ');
  });
});

describe('thousand units', () => {
  it('reads "1.707" in thousand people as a thousands separator, not as 1.707 thousand', () => {
    const root = copyOfData();
    edit(root, 'vocational-training.csv', (t) => t.replace('2009,total,enrolled,1707', '2009,total,enrolled,1.707'));
    const { problems } = validateData(root);
    expect(problems).toMatchObject([{ file: 'data/vocational-training.csv', line: 2, field: 'value', value: '1.707', code: 'thousands-separator', params: { hint: '1707' } }]);
  });
});
