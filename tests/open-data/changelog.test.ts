// The data changelog: a maintained, dated, bilingual file checked like the data, shown in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANGELOG_FILE, loadChangelog, parseChangelog } from '../../src/data/export/changelog.ts';
import { DataValidationError } from '../../src/data/problems.ts';
import { formatDate } from '../../src/i18n/format.ts';
import { data, distFile, ROOT } from './helpers.ts';

const entries = loadChangelog(data, ROOT);
const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

function problemsOf(text: string) {
  try {
    parseChangelog(text, data);
  } catch (error) {
    if (error instanceof DataValidationError) return error.problems;
    throw error;
  }
  return [];
}

describe('content/changelog.yml', () => {
  it('records the first publication of every dataset', () => {
    for (const d of data.datasets) {
      expect(entries.some((e) => e.kind === 'added' && e.datasets.includes(d.meta.id)), d.meta.id).toBe(true);
    }
  });

  it('has an entry for every dataset on the day it was last updated (edit the changelog with the data)', () => {
    for (const d of data.datasets) {
      expect(entries.some((e) => e.date === d.meta.updated && e.datasets.includes(d.meta.id)), `${d.meta.id} updated ${d.meta.updated}`).toBe(true);
    }
  });

  it('is in NFC and newest first', () => {
    const text = readFileSync(join(ROOT, CHANGELOG_FILE), 'utf8');
    expect(text).toBe(text.normalize('NFC'));
    expect(entries.map((e) => e.date)).toEqual(entries.map((e) => e.date).sort().reverse());
  });

  it('refuses an unknown dataset id, naming the line and the value', () => {
    const problems = problemsOf('entries:\n  - date: 2026-11-24\n    kind: corrected\n    datasets: [labour-export, labor-export]\n    vi: Sửa\n    en: Fixed\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: CHANGELOG_FILE, line: 4, value: 'labor-export' });
  });

  it('refuses a date that is not YYYY-MM-DD and an unknown kind', () => {
    const problems = problemsOf('entries:\n  - date: 24/11/2026\n    kind: fixed\n    datasets: [labour-export]\n    vi: Sửa\n    en: Fixed\n');
    expect(problems.map((p) => [p.line, p.field])).toEqual([[2, 'entries.0.date'], [3, 'entries.0.kind']]);
  });

  it('accepts a removal naming a dataset that is gone', () => {
    expect(problemsOf('entries:\n  - date: 2026-12-01\n    kind: removed\n    datasets: [old-dataset]\n    vi: Gỡ bỏ\n    en: Removed\n')).toEqual([]);
  });
});

describe.each([
  ['vi', 'changelog/index.html'],
  ['en', 'en/changelog/index.html'],
] as const)('changelog page (%s)', (lang, file) => {
  const html = decode(distFile(file).toString('utf8'));

  it('shows every entry in the page language with its date and datasets', () => {
    for (const e of entries) {
      expect(html).toContain(e[lang]);
      expect(html).toContain(formatDate(e.date, lang));
      for (const id of e.datasets) expect(html).toContain(`href="${lang === 'vi' ? '' : '/en'}/datasets/${id}/"`);
    }
  });
});
