// The GitHub setup staff rely on: what runs on a pull request, what deploys, who must review what.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repo } from './helpers.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  if?: string;
}
interface Job {
  permissions?: Record<string, string>;
  needs?: string | string[];
  container?: unknown;
  environment?: { name?: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflowsDir = join(repo, '.github', 'workflows');
const load = (name: string) => parse(readFileSync(join(workflowsDir, name), 'utf8')) as Workflow;
const pr = load('pr.yml');
const deploy = load('deploy.yml');
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const indexOfRun = (list: Step[], command: string) => list.findIndex((s) => s.run?.split('\n').some((line) => line.trim().startsWith(command)));

describe('the pull-request workflow', () => {
  it('runs on pull_request, and no workflow runs on pull_request_target', () => {
    expect(Object.keys(pr.on)).toEqual(['pull_request']);
    for (const name of readdirSync(workflowsDir)) {
      const text = readFileSync(join(workflowsDir, name), 'utf8');
      expect(Object.keys(load(name).on), name).not.toContain('pull_request_target');
      expect(text, name).not.toContain('pull_request_target:');
    }
  });

  it('has a read-only token', () => {
    expect(pr.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(pr.jobs)) expect(job.permissions).toBeUndefined();
  });

  it('installs, validates with annotations, tests, builds and uploads the site, in that order', () => {
    const list = steps(pr);
    const install = indexOfRun(list, 'npm ci');
    const validate = indexOfRun(list, 'npm run validate');
    const test = indexOfRun(list, 'npm test');
    const build = indexOfRun(list, 'npm run build');
    const upload = list.findIndex((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect([install, validate, test, build, upload].every((i) => i >= 0)).toBe(true);
    expect(install < validate && validate < test && test < build && build < upload).toBe(true);
    // The browser and Java the browser and HTML tests need are installed before the tests.
    const apt = list.findIndex((s) => /apt-get install -y chromium default-jre-headless/.test(s.run ?? ''));
    expect(apt).toBeGreaterThanOrEqual(0);
    expect(apt).toBeLessThan(test);
    // The preview is the built site, and a missing dist/ fails loudly.
    expect(list[upload]!.with).toMatchObject({ path: 'dist/', 'if-no-files-found': 'error' });
  });

  it('keeps the validation failure (the log is piped through tee with pipefail)', () => {
    const validate = steps(pr).find((s) => s.run?.includes('npm run validate'))!;
    // GitHub runs an explicit `shell: bash` with -eo pipefail, so tee cannot hide the exit code.
    expect((validate as Step & { shell?: string }).shell).toBe('bash');
  });
});

describe('the deploy workflow', () => {
  it('runs on pushes to main and deploys with Pages permissions held by the deploy job only', () => {
    expect(deploy.on).toMatchObject({ push: { branches: ['main'] } });
    expect(Object.keys(deploy.on)).not.toContain('pull_request');
    expect(deploy.permissions).toEqual({ contents: 'read' });
    const deployJob = Object.values(deploy.jobs).find((j) => j.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')))!;
    expect(deployJob.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deployJob.environment?.name).toBe('github-pages');
    for (const job of Object.values(deploy.jobs)) {
      if (job !== deployJob) expect(job.permissions?.['id-token'], 'only the deploy job may mint an OIDC token').toBeUndefined();
    }
  });

  it('validates, builds, configures Pages and uploads dist/ before deploying', () => {
    const build = deploy.jobs.build!;
    const list = build.steps;
    const validate = indexOfRun(list, 'npm run validate');
    const configure = list.findIndex((s) => s.uses?.startsWith('actions/configure-pages@'));
    const buildStep = indexOfRun(list, 'npm run build');
    const upload = list.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect([validate, configure, buildStep, upload].every((i) => i >= 0)).toBe(true);
    expect(validate < buildStep && configure < buildStep && buildStep < upload).toBe(true);
    expect(list[upload]!.with).toMatchObject({ path: 'dist/' });
    expect(deploy.jobs.deploy!.needs).toBe('build');
  });
});

describe('both workflows', () => {
  it('pin every action to a major version and run the npm scripts package.json defines', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const w of [pr, deploy]) {
      for (const s of steps(w)) {
        if (s.uses) expect(s.uses).toMatch(/^actions\/[a-z-]+@v\d+$/);
        for (const m of s.run?.matchAll(/npm run ([a-z:-]+)/g) ?? []) expect(Object.keys(pkg.scripts)).toContain(m[1]);
      }
      // Checkout never leaves the token in .git for later steps.
      const checkout = steps(w).find((s) => s.uses?.startsWith('actions/checkout@'))!;
      expect(checkout.with).toMatchObject({ 'persist-credentials': false });
    }
    expect(pkg.scripts['new-year']).toBe('node scripts/new-year.ts');
  });
});

describe('the pull-request template', () => {
  it('is a short bilingual checklist', () => {
    const text = readFileSync(join(repo, '.github', 'pull_request_template.md'), 'utf8');
    const items = text.split('\n').filter((l) => l.startsWith('- [ ] '));
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.length).toBeLessThanOrEqual(8);
    // Each item: Vietnamese, then " / ", then English.
    for (const item of items) expect(item).toMatch(/^- \[ \] .*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].* \/ [A-Z][^ăâđêôơư]*$/);
    expect(text).toContain('CONTRIBUTING.md');
  });
});

/** Owners GitHub would request for `path`: the last matching CODEOWNERS line wins. */
function ownersOf(codeowners: string, path: string): string[] {
  let owners: string[] = [];
  for (const raw of codeowners.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [pattern, ...who] = line.split(/\s+/);
    if (pattern === '*' || (pattern!.endsWith('/') ? `/${path}`.startsWith(pattern!) : `/${path}` === pattern)) owners = who;
  }
  return owners;
}

describe('CODEOWNERS', () => {
  const codeowners = readFileSync(join(repo, '.github', 'CODEOWNERS'), 'utf8');
  const developers = ['@molisa-stats/developers'];
  const dataOwners = ['@molisa-stats/data-owners'];

  it('uses only the patterns this test understands', () => {
    for (const line of codeowners.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))) {
      expect(line).toMatch(/^(\*|\/[A-Za-z0-9._/-]+)\s+(@[a-z0-9-]+\/[a-z0-9-]+\s*)+$/);
    }
  });

  it.each([
    ['data/labour-export.csv', dataOwners],
    ['data/labour-export.yml', dataOwners],
    ['data/sources.yml', dataOwners],
    ['data/documents/molisa-2009-report.txt', dataOwners],
    ['content/changelog.yml', dataOwners],
    ['content/report/2031/vi/i-2-results.mdx', developers],
    ['content/reports.yml', dataOwners],
    ['src/data/load.ts', developers],
    ['scripts/new-year.ts', developers],
    ['.github/workflows/pr.yml', developers],
    ['.github/CODEOWNERS', developers],
    ['package.json', developers],
    ['package-lock.json', developers],
    ['astro.config.mjs', developers],
    ['README.md', developers],
    ['CONTRIBUTING.md', [...developers, ...dataOwners]],
  ])('%s needs a review from %j', (path, owners) => {
    expect(ownersOf(codeowners, path)).toEqual(owners);
  });

  it('is where GitHub reads it, and the guide says the teams must exist', () => {
    expect(existsSync(join(repo, 'CODEOWNERS'))).toBe(false);
    expect(existsSync(join(repo, 'docs', 'CODEOWNERS'))).toBe(false);
    const guide = readFileSync(join(repo, 'CONTRIBUTING.md'), 'utf8');
    for (const team of [...developers, ...dataOwners]) expect(guide).toContain(team);
  });
});
