// Lists every MDX page in content/ that has no twin in the other language, and exits 1 if any.
// A page's language is a folder in its path (content/report/vi/x.mdx ↔ content/report/en/x.mdx);
// a page with no language folder cannot have a twin and is listed too.
//   npm run twins            (checks ./content)
//   node scripts/twins.ts <folder>
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const twinLangs = ['vi', 'en'] as const;

export interface TwinProblem {
  /** Path of the page, relative to the folder checked, with "/" separators. */
  file: string;
  /** Where its twin should be; absent when the page has no language folder. */
  expected?: string;
}

function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Every page under `root` whose twin is missing, sorted by path. */
export function findMissingTwins(root: string): TwinProblem[] {
  const problems: TwinProblem[] = [];
  for (const file of mdxFiles(root)) {
    const parts = relative(root, file).split(sep);
    const at = parts.findIndex((p) => (twinLangs as readonly string[]).includes(p));
    const rel = parts.join('/');
    if (at < 0) {
      problems.push({ file: rel });
      continue;
    }
    const twin = [...parts];
    twin[at] = parts[at] === 'vi' ? 'en' : 'vi';
    if (!existsSync(join(root, ...twin))) problems.push({ file: rel, expected: twin.join('/') });
  }
  return problems;
}

export function formatTwinProblem(p: TwinProblem, root: string): string {
  const file = `${root}/${p.file}`;
  return p.expected
    ? `${file}\n  vi: thiếu bản song ngữ ${root}/${p.expected}\n  en: missing its twin ${root}/${p.expected}`
    : `${file}\n  vi: không nằm trong thư mục ngôn ngữ (vi/ hoặc en/), nên không thể có bản song ngữ\n  en: not in a language folder (vi/ or en/), so it cannot have a twin`;
}

function main(args: string[]): number {
  const root = args[0] ?? 'content';
  const problems = findMissingTwins(root);
  if (problems.length === 0) {
    console.log(`Mọi trang MDX trong ${root}/ đều có bản song ngữ. / Every MDX page in ${root}/ has its twin.`);
    return 0;
  }
  const n = problems.length;
  console.error(`${n} trang MDX thiếu bản song ngữ. / ${n} MDX page${n === 1 ? '' : 's'} without a twin.\n`);
  console.error(problems.map((p) => formatTwinProblem(p, root)).join('\n\n'));
  return 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
