// A throwaway copy of the project for tests that change content or data and build the site: the real
// files are never touched, and the build's caches stay in the copy.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** What a copy holds besides node_modules: everything `npm run build` and the tests read. */
const PROJECT = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'vitest.config.ts', 'src', 'content', 'data', 'public', 'scripts', 'tests'];
/** Never compared or copied: built output and caches. */
const GENERATED = new Set(['node_modules', 'dist', '.astro']);

export function copyProject(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of PROJECT) cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  // The packages are linked one by one so that the build's caches (node_modules/.astro, .vite) stay in
  // the copy and never touch the real site's while another build runs.
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(name)) symlinkSync(join(ROOT, 'node_modules', name), join(root, 'node_modules', name));
  }
  return root;
}

export const removeCopy = (root: string) => rmSync(root, { recursive: true, force: true });

/** Every file of a tree (built output and caches left out) with a hash of its bytes, by relative path. */
export function fileHashes(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      if (GENERATED.has(name)) continue;
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path).split(sep).join('/'), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

/** Files added, changed or removed in `after` compared with `before`, sorted. */
export function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => before.get(p) !== after.get(p)).sort();
}

/**
 * This process's environment without what the running vitest set (VITEST*, DIST_DIR), for commands run on a
 * copy. NODE_ENV=test stays: the build must leave drafts out whatever NODE_ENV says.
 */
export const outerEnv = (): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|DIST_DIR$)/.test(k))),
  ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1',
});

/** Runs an npm script of the copy the way staff and CI do (`npm run build`). */
export function npmRun(root: string, script: string, timeout = 600_000) {
  const run = spawnSync('npm', ['run', script], { cwd: root, encoding: 'utf8', env: outerEnv(), timeout });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** The built HTML pages of a dist folder, as URL paths ("/en/report/2031/", "/404.html"), sorted. */
export function builtPaths(dist: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.html')) out.push(`/${relative(dist, path).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'));
    }
  };
  walk(dist);
  return out.sort();
}
