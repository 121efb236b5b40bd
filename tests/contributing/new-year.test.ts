// `npm run new-year -- <year>` on a copy of the real data: rows to fill, never figures, and refusals
// that change nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateData } from '../../src/data/load.ts';
import { copyOfData, removeTemps, runScript, snapshot } from './helpers.ts';

afterEach(removeTemps);

const newYear = (root: string, ...args: string[]) => runScript(root, 'scripts/new-year.ts', args);

interface Listed {
  file: string;
  line: number;
  year: number;
  breakdown: string;
  measure: string;
}

/** The rows the script told the editor to fill, read back from its output. */
function listedRows(stdout: string): Listed[] {
  const listed: Listed[] = [];
  let file = '';
  for (const line of stdout.split('\n')) {
    const heading = /^(data\/[a-z0-9-]+\.csv) \(/.exec(line);
    if (heading) file = heading[1]!;
    const row = /^ {2}dòng\/line (\d+): (\d{4}), ([a-z0-9-]+), ([a-z0-9_]+) — /.exec(line);
    if (row) listed.push({ file, line: Number(row[1]), year: Number(row[2]), breakdown: row[3]!, measure: row[4]! });
  }
  return listed;
}

/** Every figure the site would publish from `root`, as key = value. */
const figures = (root: string) => validateData(root).data.datasets.flatMap((d) => d.figures.map((f) => `${f.dataset}/${f.year}/${f.breakdown}/${f.measure}=${f.value}`));
const lineOf = (root: string, file: string, line: number) => readFileSync(join(root, file), 'utf8').split(/\r?\n/)[line - 1];

describe('npm run new-year', () => {
  it('adds, for each dataset of the annual report, last report\'s rows for the new year with the figures left blank', () => {
    const root = copyOfData();
    const before = figures(root);
    const jobCreation = readFileSync(join(root, 'data/job-creation.csv'));
    const run = newYear(root, '2010');
    expect(run.status, run.stderr).toBe(0);

    const listed = listedRows(run.stdout);
    // The indicators the 2009 report gives for labour export come back for 2010, to fill, except those
    // 2010 already has (the year-end estimates of workers and of the plan achieved).
    expect(listed.filter((r) => r.file === 'data/labour-export.csv').map((r) => r.measure)).toEqual(['women', 'women_share']);
    expect(listed.every((r) => r.year === 2010)).toBe(true);
    for (const r of listed) {
      expect(lineOf(root, r.file, r.line)).toBe(`2010,${r.breakdown},${r.measure},,,actual,,,,,,`);
    }
    // Indicators the data already has for 2010 (an estimate, a forecast) are pointed at, not duplicated.
    expect(readFileSync(join(root, 'data/job-creation.csv'))).toEqual(jobCreation);
    expect(run.stdout).toMatch(/data\/job-creation\.csv dòng\/line 4: 2010, total, new_jobs .*\(estimate, baomoi-2011-jobs\)/);
    expect(run.stdout).toMatch(/data\/poverty-rate\.csv dòng\/line 4: 2010, standard-2006-2010, rate .*\(forecast, molisa-2009-report\)/);
    expect(run.stdout).toMatch(/data\/labour-export\.csv dòng\/line 6: 2010, total, workers .*\(estimate, baomoi-2011-jobs\)/);
    // A dataset no annual report feeds is left alone.
    expect(run.stdout).toContain('data/national-assembly-women.csv');
    expect(listed.some((r) => r.file === 'data/national-assembly-women.csv')).toBe(false);
    // What to fill is said in both languages.
    expect(run.stdout).toContain('hãy điền: value');
    expect(run.stdout).toContain('fill in: value');

    // The blanks are the safety net: validation fails on exactly the cells to fill, and no placeholder becomes a figure.
    const { problems } = validateData(root);
    const expected = listed.flatMap((r) => [
      `${r.file}:${r.line}:value:blank-required`,
      `${r.file}:${r.line}:source:blank-required`,
      `${r.file}:${r.line}:quote:quote-required`,
    ]);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.field}:${p.code}`).sort()).toEqual(expected.sort());
    expect(figures(root)).toEqual(before);
  });

  it('refuses to run again while the rows are still blank, and once they are filled in', () => {
    // 2025: a year with no figures yet (2010 now has estimates from other sources, which a copy of
    // 2009's figures would contradict).
    const root = copyOfData();
    const first = newYear(root, '2025');
    expect(first.status).toBe(0);
    const blank = snapshot(join(root, 'data'));

    const again = newYear(root, '2025');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('hãy điền chúng thay vì chạy lại');
    expect(again.stderr).toContain('fill them in instead of running it again');
    expect(snapshot(join(root, 'data'))).toEqual(blank);

    // An editor fills every row (here with a copy of last year's row, only to have valid test data).
    for (const file of new Set(listedRows(first.stdout).map((r) => r.file))) {
      const path = join(root, file);
      const lines = readFileSync(path, 'utf8').split('\n');
      const filled = lines.map((line) => {
        const m = /^2025,([a-z0-9-]+),([a-z0-9_]+),,,actual,,,,,,$/.exec(line);
        if (!m) return line;
        return `2025${lines.find((l) => l.startsWith(`2009,${m[1]},${m[2]},`))!.slice(4)}`;
      });
      writeFileSync(path, filled.join('\n'));
    }
    expect(validateData(root).problems).toEqual([]);

    const filled = snapshot(join(root, 'data'));
    const third = newYear(root, '2025');
    expect(third.status).toBe(1);
    expect(third.stderr).toContain('Lỗi: năm 2025 đã có số liệu thực hiện');
    expect(third.stderr).toContain('Error: the year 2025 already has results');
    expect(snapshot(join(root, 'data'))).toEqual(filled);
  });

  it.each([
    [[], 'exactly one four-digit year'],
    [['20x0'], 'exactly one four-digit year'],
    [['10000'], 'exactly one four-digit year'],
    [['2010', '2011'], 'exactly one four-digit year'],
    [['1900'], 'outside the range'],
    [['9999'], 'outside the range'],
    [['2009'], 'already has results'],
  ])('refuses %j with a bilingual message, exit 1 and no change', (args, english) => {
    const root = copyOfData();
    const before = snapshot(join(root, 'data'));
    const run = newYear(root, ...args);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Lỗi: /);
    expect(run.stderr).toContain(english);
    expect(snapshot(join(root, 'data'))).toEqual(before);
  });

  it('keeps a spreadsheet\'s BOM and CRLF line endings, and a file without a final line break, intact', () => {
    const root = copyOfData();
    const crlf = join(root, 'data/labour-export.csv');
    writeFileSync(crlf, `\uFEFF${readFileSync(crlf, 'utf8').replace(/\n/g, '\r\n')}`);
    const noFinalBreak = join(root, 'data/staff-training.csv');
    writeFileSync(noFinalBreak, readFileSync(noFinalBreak, 'utf8').replace(/\n$/, ''));

    const run = newYear(root, '2010');
    expect(run.status, run.stderr).toBe(0);
    const text = readFileSync(crlf, 'utf8');
    expect(text.startsWith('\uFEFFyear,')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text.endsWith('2010,total,women_share,,,actual,,,,,,\r\n')).toBe(true);

    const listed = listedRows(run.stdout);
    const staff = listed.filter((r) => r.file === 'data/staff-training.csv');
    expect(staff.length).toBeGreaterThan(0);
    for (const r of staff) expect(lineOf(root, r.file, r.line)).toBe(`2010,${r.breakdown},${r.measure},,,actual,,,,,,`);
    // The validator finds the blanks on the very lines the script printed.
    const blankValues = validateData(root).problems.filter((p) => p.field === 'value').map((p) => `${p.file}:${p.line}`);
    expect(blankValues.sort()).toEqual(listed.map((r) => `${r.file}:${r.line}`).sort());
  });
});
