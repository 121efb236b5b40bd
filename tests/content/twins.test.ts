import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findMissingTwins } from '../../scripts/twins.ts';

const scratch = mkdtempSync(join(tmpdir(), 'twins-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function tree(files: string[]): string {
  const root = mkdtempSync(join(scratch, 'content-'));
  for (const f of files) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), '---\ntitle: x\n---\n');
  }
  return root;
}

describe('MDX twins', () => {
  it('every MDX page in content/ has its twin in the other language', () => {
    expect(findMissingTwins('content')).toEqual([]);
  });

  it('lists a page whose twin is missing, in either direction, and a page outside a language folder', () => {
    const root = tree([
      'report/vi/a.mdx', 'report/en/a.mdx',
      'report/vi/only-vi.mdx',
      'reporting-system/en/index.mdx',
      'stray.mdx',
    ]);
    expect(findMissingTwins(root)).toEqual([
      { file: 'report/vi/only-vi.mdx', expected: 'report/en/only-vi.mdx' },
      { file: 'reporting-system/en/index.mdx', expected: 'reporting-system/vi/index.mdx' },
      { file: 'stray.mdx' },
    ]);
  });

  it('npm run twins exits 1 and names the page and its missing twin, in both languages', () => {
    const root = tree(['report/vi/a.mdx', 'report/en/a.mdx', 'report/en/new-page.mdx']);
    const run = spawnSync(process.execPath, ['scripts/twins.ts', root], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${root}/report/en/new-page.mdx`);
    expect(run.stderr).toContain(`thiếu bản song ngữ ${root}/report/vi/new-page.mdx`);
    expect(run.stderr).toContain(`missing its twin ${root}/report/vi/new-page.mdx`);
    expect(run.stderr).not.toContain('/a.mdx');
  });

  it('npm run twins exits 0 when every page has its twin', () => {
    const root = tree(['report/vi/a.mdx', 'report/en/a.mdx']);
    const run = spawnSync(process.execPath, ['scripts/twins.ts', root], { encoding: 'utf8' });
    expect(run.status).toBe(0);
  });
});
