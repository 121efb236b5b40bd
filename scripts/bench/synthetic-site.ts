// A temporary copy of the project whose data/ holds N datasets: the real ones, plus copies of them
// under new ids (same validated figures), so the build and its checks run on realistic data.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const copied = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'data', 'public', 'scripts'];

export interface SyntheticSite {
  root: string;
  datasets: number;
  remove(): void;
}

export function syntheticSite(projectRoot: string, datasets: number): SyntheticSite {
  const root = mkdtempSync(join(tmpdir(), `bench-site-${datasets}-`));
  for (const entry of copied) cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  const dataDir = join(root, 'data');
  const real = readdirSync(dataDir).filter((n) => n.endsWith('.yml') && n !== 'sources.yml').map((n) => n.replace(/\.yml$/, '')).sort();
  if (datasets < real.length) throw new Error(`a synthetic site needs at least the ${real.length} real datasets`);
  for (let n = real.length, copy = 1; n < datasets; copy++) {
    for (const id of real) {
      if (n >= datasets) break;
      const newId = `${id}-copy-${String(copy).padStart(3, '0')}`;
      const yml = readFileSync(join(dataDir, `${id}.yml`), 'utf8').replace(new RegExp(`^id: ${id}$`, 'm'), `id: ${newId}`);
      writeFileSync(join(dataDir, `${newId}.yml`), yml);
      cpSync(join(dataDir, `${id}.csv`), join(dataDir, `${newId}.csv`));
      n++;
    }
  }
  return { root, datasets, remove: () => rmSync(root, { recursive: true, force: true }) };
}
