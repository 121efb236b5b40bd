// Nothing about a particular report is written in the code, and no route is copied per language: the two
// conditions under which next year's report needs content and data only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langs } from '../../src/i18n/ui.ts';
import { readCatalogue } from '../../src/reports/read.ts';
import { ROOT } from './site-copy.ts';

const srcFiles = (readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath, e.name));

describe('the code knows no report', () => {
  it('no file under src/ names a report’s source document or its content folder', () => {
    const reports = readCatalogue(ROOT).reports;
    expect(reports.length).toBeGreaterThan(0);
    const named = srcFiles.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return reports.flatMap((r) => [r.source, `content/report/${r.year}`].filter((s): s is string => !!s && text.includes(s)).map((s) => `${file}: ${s}`));
    });
    expect(named).toEqual([]);
  });

  it('src/pages/ has one route per page type, with no folder per language', () => {
    for (const lang of langs) expect(existsSync(join(ROOT, 'src/pages', lang)), `src/pages/${lang}/`).toBe(false);
    expect(existsSync(join(ROOT, 'src/pages/[...lang]'))).toBe(true);
  });
});
