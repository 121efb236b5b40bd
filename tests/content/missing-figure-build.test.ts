// A real `astro build` of a copy of the site whose MDX asks for a figure that is not in the data:
// the build must fail, and say which MDX file and which key, in Vietnamese and English.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve('.');
const site = mkdtempSync(join(tmpdir(), 'report-missing-figure-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

const BROKEN_KEY = 'labour-export/2009/total/women-abroad';
const BROKEN_FILE = 'content/report/vi/i-2-1-labour-employment.mdx';

/** The site's code and data, with only the report section route and two of its pages (a smaller, faster build). */
function copySite(): void {
  for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, f), join(site, f));
  for (const d of ['src', 'data', 'public']) cpSync(join(ROOT, d), join(site, d), { recursive: true });
  // Link the packages one by one so the build's caches (node_modules/.astro, .vite) stay in the copy
  // and never touch the real site's while another build runs.
  mkdirSync(join(site, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(name)) symlinkSync(join(ROOT, 'node_modules', name), join(site, 'node_modules', name));
  }
  rmSync(join(site, 'src/pages'), { recursive: true });
  const route = 'src/pages/[...lang]/report/[year]';
  cpSync(join(ROOT, route), join(site, route), { recursive: true });
  for (const lang of ['vi', 'en']) {
    mkdirSync(join(site, 'content/report', lang), { recursive: true });
    for (const page of ['index.mdx', 'i-2-1-labour-employment.mdx']) {
      cpSync(join(ROOT, 'content/report', lang, page), join(site, 'content/report', lang, page));
    }
  }
  const broken = join(site, BROKEN_FILE);
  const text = readFileSync(broken, 'utf8');
  const edited = text.replace('k="labour-export/2009/total/women"', `k="${BROKEN_KEY}"`);
  if (edited === text) throw new Error(`${BROKEN_FILE} no longer uses labour-export/2009/total/women; update this test`);
  writeFileSync(broken, edited);
}

describe('a figure key that is not in the data', () => {
  it('fails `astro build`, naming the MDX file and the key in both languages, with no stack trace', () => {
    copySite();
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: site,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      timeout: 240_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output.slice(-3000)).not.toBe(0);
    const tail = output.slice(-3000);
    expect(output, tail).toContain(`${BROKEN_FILE}: không có số liệu "${BROKEN_KEY}"`);
    expect(output, tail).toContain(`${BROKEN_FILE}: no figure "${BROKEN_KEY}"`);
    expect(output).not.toMatch(/^\s+at .*resolve-figure/m);
    expect(existsSync(join(site, 'dist/report/2009/i-2-1-labour-employment/index.html'))).toBe(false);
  }, 300_000);
});
