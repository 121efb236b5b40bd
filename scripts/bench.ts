// npm run bench — the site's performance figures in one run (timings are printed, never asserted):
//   1. the real site's build time (astro build, then the search index);
//   2. the build time of synthetic sites of 100 and 1,000 datasets (× 2 locales) and their ratio
//      (target: growth no worse than linear, i.e. ratio <= 10);
//   3. bytes (raw and gzip) of HTML, CSS and JS per page type, against the budgets
//      (JS <= 10 KB gzip per page; a dataset page with everything it loads <= 60 KB gzip);
//   4. Lighthouse scores (mobile) for the home, a dataset and a report page;
//   5. the data validation benchmark (scripts/bench-validate.ts).
// Options: --quick (synthetic sites of 20 and 100 datasets), --skip-synthetic, --skip-validate.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { pageBytes, type Bytes, type PageBytes } from './bench/page-bytes.ts';
import { syntheticSite } from './bench/synthetic-site.ts';
import { lighthouseScores } from './bench/lighthouse.ts';
import { pageTypeOf } from '../src/seo/page-types.ts';
import { readCatalogue } from '../src/reports/read.ts';
import { langOfPath, reportPath } from '../src/urls.ts';

const projectRoot = resolve('.');
const args = new Set(process.argv.slice(2));
const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

/** A built section page of the newest report (its labour section when it has one, the page measured so far). */
function newestReportSection(out: string): string {
  const year = Math.max(...readCatalogue(projectRoot).reports.filter((r) => r.status === 'published').map((r) => r.year));
  const slugs = readdirSync(join(out, reportPath('vi', year)), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return reportPath('vi', year, slugs.find((s) => s.includes('labour')) ?? slugs[0]);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface BuildTiming {
  astroMs: number;
  searchMs: number;
  pages: number;
  /** Time Astro reports per generated file, summed by kind (HTML pages, chart PNGs, other files). */
  routes: Map<string, { ms: number; count: number }>;
}

/** Astro prints "├─ /path (+12ms)" per generated file; sum them by what the file is. */
function routeTimes(output: string): Map<string, { ms: number; count: number }> {
  const kinds = new Map<string, { ms: number; count: number }>();
  for (const [, path = '', ms = '0'] of output.matchAll(/[├└]─ (\S+)[^\n]*?\(\+(\d+)ms\)/g)) {
    const kind = path.endsWith('.html') ? 'HTML pages' : path.endsWith('.png') ? 'PNG images' : 'other files';
    const entry = kinds.get(kind) ?? { ms: 0, count: 0 };
    kinds.set(kind, { ms: entry.ms + Number(ms), count: entry.count + 1 });
  }
  return kinds;
}

/** Builds a project into outDir; fails loudly with the build's own output if it fails. */
function build(root: string, outDir: string): BuildTiming {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  let output = '';
  const run = (argv: string[]) => {
    const started = performance.now();
    const result = spawnSync(process.execPath, argv, { cwd: root, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`${argv.join(' ')} failed in ${root}:\n${result.stdout}\n${result.stderr}`);
    output += result.stdout + result.stderr;
    return performance.now() - started;
  };
  const astroMs = run([astroBin, 'build', '--outDir', outDir]);
  const searchMs = run([join(root, 'scripts/search-index.ts'), outDir]);
  return { astroMs, searchMs, pages: htmlFiles(outDir).length, routes: routeTimes(output) };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

function printBuild(label: string, t: BuildTiming): void {
  console.log(`  ${label.padEnd(30)} ${String(t.pages).padStart(6)} pages   astro build ${seconds(t.astroMs).padStart(8)}   search index ${seconds(t.searchMs).padStart(7)}   total ${seconds(t.astroMs + t.searchMs).padStart(8)}`);
  const parts = [...t.routes].map(([kind, r]) => `${kind}: ${r.count} in ${seconds(r.ms)} (${(r.ms / r.count).toFixed(0)} ms each)`);
  if (parts.length > 0) console.log(`  ${''.padEnd(30)} generating files — ${parts.join('; ')}`);
}

function bytesByType(dist: string): void {
  const groups = new Map<string, Array<{ file: string; bytes: PageBytes }>>();
  for (const file of htmlFiles(dist)) {
    const urlPath = `/${file}`.replace(/(^|\/)index\.html$/, '$1');
    const key = `${pageTypeOf(urlPath)} (${langOfPath(urlPath)})`;
    groups.set(key, [...(groups.get(key) ?? []), { file, bytes: pageBytes(dist, file) }]);
  }
  const cell = (b: Bytes) => `${kb(b.raw).padStart(9)} ${kb(b.gzip).padStart(8)}`;
  console.log(`  ${'page type'.padEnd(24)} ${'pages'.padStart(5)}   ${'HTML raw'.padStart(9)} ${'gzip'.padStart(8)}   ${'CSS raw'.padStart(9)} ${'gzip'.padStart(8)}   ${'JS raw'.padStart(9)} ${'gzip'.padStart(8)}   ${'all raw'.padStart(9)} ${'gzip'.padStart(8)}   largest page`);
  let jsOver: string[] = [];
  let datasetOver: string[] = [];
  for (const [key, list] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    // The heaviest page of its type: budgets hold for every page, so the worst one is what counts.
    const worst = list.reduce((a, b) => (b.bytes.total.gzip > a.bytes.total.gzip ? b : a));
    const w = worst.bytes;
    console.log(`  ${key.padEnd(24)} ${String(list.length).padStart(5)}   ${cell(w.html)}   ${cell(w.css)}   ${cell(w.js)}   ${cell(w.total)}   ${worst.file}`);
    jsOver = jsOver.concat(list.filter((p) => p.bytes.js.gzip > 10 * 1024).map((p) => `${p.file} (${kb(p.bytes.js.gzip)})`));
    if (key.startsWith('dataset')) datasetOver = datasetOver.concat(list.filter((p) => p.bytes.total.gzip > 60 * 1024).map((p) => `${p.file} (${kb(p.bytes.total.gzip)})`));
  }
  console.log(`  Budget: JS <= 10 KB gzip per page: ${jsOver.length === 0 ? 'met on every page' : `EXCEEDED on ${jsOver.join(', ')}`}`);
  console.log(`  Budget: a dataset page with everything it loads <= 60 KB gzip: ${datasetOver.length === 0 ? 'met on every dataset page' : `EXCEEDED on ${datasetOver.join(', ')}`}`);
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log('# Benchmark');
  console.log(`Node ${process.version}, ${process.platform}/${process.arch}. Timings vary between runs; read them as orders of magnitude.\n`);

  const realOut = mkdtempSync(join(tmpdir(), 'bench-real-'));
  console.log('## Build time');
  const real = build(projectRoot, realOut);
  printBuild('real site', real);

  if (!args.has('--skip-synthetic')) {
    const sizes = args.has('--quick') ? [20, 100] : [100, 1000];
    const timings: BuildTiming[] = [];
    for (const n of sizes) {
      const site = syntheticSite(projectRoot, n);
      try {
        const t = build(site.root, join(site.root, 'dist'));
        timings.push(t);
        printBuild(`synthetic, ${n} datasets × 2`, t);
      } finally {
        site.remove();
      }
    }
    const [small, large] = timings;
    if (small && large) {
      const ratio = (large.astroMs + large.searchMs) / (small.astroMs + small.searchMs);
      const linear = (sizes[1] ?? 1) / (sizes[0] ?? 1);
      console.log(`  ratio ${sizes[1]} / ${sizes[0]} datasets: ${ratio.toFixed(2)} (linear growth would be ${linear}; ${ratio <= linear ? 'no worse than linear' : 'WORSE than linear'})`);
    }
  }

  console.log('\n## Bytes per page type (the heaviest page of each type; gzip level 9)');
  bytesByType(realOut);

  console.log('\n## Lighthouse');
  await lighthouseScores(realOut, ['/', '/datasets/labour-export/', newestReportSection(realOut), '/en/datasets/leadership-appointments/']);
  rmSync(realOut, { recursive: true, force: true });

  if (!args.has('--skip-validate')) {
    console.log('\n## Data validation (scripts/bench-validate.ts)');
    const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/bench-validate.ts')], { stdio: 'inherit' });
    if (result.status !== 0) process.exitCode = 1;
  }
  console.log(`\nBenchmark finished in ${seconds(performance.now() - started)}.`);
}

await main();
