// A real `astro build` of a copy of the site whose MDX asks for a figure that is not in the data:
// the build must fail before publishing anything, and say which MDX file, line and key, in Vietnamese
// and English, with no stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, outerEnv, removeCopy, ROOT } from '../annual-cycle/site-copy.ts';
import { catalogue } from './mdx-files.ts';

const site = copyProject('report-missing-figure-');
afterAll(() => removeCopy(site));

// The 2009 report's own text: its labour-export sentence.
const year = catalogue().find((r) => r.source === 'molisa-2009-report')!.year;
const GOOD_KEY = `labour-export/${year}/total/women`;
const BROKEN_KEY = `labour-export/${year}/total/women-abroad`;
const BROKEN_FILE = `content/report/${year}/vi/i-2-1-labour-employment.mdx`;

/** Breaks one key in the copy; returns the line it is on. */
function breakKey(): number {
  const broken = join(site, BROKEN_FILE);
  const text = readFileSync(broken, 'utf8');
  const at = text.indexOf(`k="${GOOD_KEY}"`);
  if (at < 0) throw new Error(`${BROKEN_FILE} no longer uses ${GOOD_KEY}; update this test`);
  writeFileSync(broken, text.replace(`k="${GOOD_KEY}"`, `k="${BROKEN_KEY}"`));
  return text.slice(0, at).split('\n').length;
}

describe('a figure key that is not in the data', () => {
  it('fails `astro build`, naming the MDX file, line and key in both languages, with no stack trace', () => {
    const line = breakKey();
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: site, encoding: 'utf8', env: outerEnv(), timeout: 240_000 });
    const output = `${run.stdout}\n${run.stderr}`;
    const tail = output.slice(-3000);
    expect(run.status, tail).not.toBe(0);
    expect(output, tail).toMatch(new RegExp(`${BROKEN_FILE}:${line}:\\d+ .*"${BROKEN_KEY}"`));
    expect(output, tail).toContain(`vi: Không có số liệu "${BROKEN_KEY}" trong dữ liệu đã kiểm tra.`);
    expect(output, tail).toContain(`en: No figure "${BROKEN_KEY}" in the validated data.`);
    // The keys that do exist for that dataset and year, so the editor can pick the right one.
    expect(output, tail).toContain(GOOD_KEY);
    expect(output).not.toMatch(/^\s+at .*(resolve-figure|validate)/m);
    expect(existsSync(join(site, 'dist'))).toBe(false);
  }, 300_000);
});
