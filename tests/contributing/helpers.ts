// Shared by the contributing tests: throwaway copies of data/ and the project's scripts run in them.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const repo = join(import.meta.dirname, '..', '..');
/** The Node the project brings (the system one may be too old for the .ts scripts). */
const node = join(repo, 'node_modules', '.bin', 'node');

const temps: string[] = [];

/** A copy of the real data and content folders in a temporary directory; the real ones are never touched. */
export function copyOfData(): string {
  const root = mkdtempSync(join(tmpdir(), 'tbpn-contrib-'));
  cpSync(join(repo, 'data'), join(root, 'data'), { recursive: true });
  cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
  temps.push(root);
  return root;
}

export function removeTemps(): void {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
}

/** Runs scripts/<name> of the project with `cwd` as the repository root, as `npm run …` would there. */
export function runScript(cwd: string, script: string, args: readonly string[], env: Record<string, string> = {}) {
  const { GITHUB_ACTIONS: _ignored, ...base } = process.env;
  const result = spawnSync(node, [join(repo, script), ...args], { cwd, encoding: 'utf8', env: { ...base, ...env } });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir` with its bytes, to prove a refused command changed nothing. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path).toString('base64'));
    }
  };
  walk(dir);
  return files;
}
