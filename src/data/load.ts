// The one entry point to the data: reads data/, validates everything, returns typed datasets or all problems.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { declarationProblems } from './chart-checks.ts';
import { DataValidationError, sortProblems, type Problem } from './problems.ts';
import { datasetMetaSchema, type DatasetMeta } from './schemas/metadata.ts';
import type { Figure } from './schemas/row.ts';
import { sourcesFileSchema, type Source } from './schemas/sources.ts';
import { validateCsv } from './validate-csv.ts';
import { parseYaml } from './yaml.ts';

export interface Dataset {
  meta: DatasetMeta;
  figures: Figure[];
  /** Repository-relative path of the CSV, as staff edit it. */
  csvFile: string;
}

export interface SiteData {
  sources: Source[];
  datasets: Dataset[];
}

export const DATA_DIR = 'data';
export const SOURCES_FILE = 'sources.yml';

/** Years a figure may carry: forecasts and plans reach a few years ahead. */
export function plausibleYears(now = new Date()) {
  return { min: 1975, max: now.getFullYear() + 5 };
}

function metadataProblems(file: string, meta: DatasetMeta, expectedId: string): Problem[] {
  const problems: Problem[] = [];
  const custom = (hint: string, expected_vi: string, expected_en: string): Problem => ({
    file, line: 1, column: 1, field: hint, code: 'yaml-schema', params: { hint, expected_vi, expected_en },
  });
  if (meta.id !== expectedId) problems.push(custom('id', `phải trùng tên tệp: ${expectedId}`, `must match the file name: ${expectedId}`));
  const measures = new Set<string>();
  for (const m of meta.measures) {
    if (measures.has(m.id)) problems.push(custom(`measures.${m.id}`, 'mã chỉ tiêu bị trùng', 'duplicate measure id'));
    measures.add(m.id);
  }
  const breakdowns = new Set<string>();
  for (const b of meta.breakdowns) {
    if (breakdowns.has(b.id)) problems.push(custom(`breakdowns.${b.id}`, 'mã phân tổ bị trùng', 'duplicate breakdown id'));
    breakdowns.add(b.id);
  }
  for (const c of meta.checks) {
    for (const m of [c.part, c.whole, c.share]) {
      if (m && !measures.has(m)) problems.push(custom(`checks.${m}`, 'phải là một mã trong measures', 'must be one of the measure ids'));
    }
  }
  return problems;
}

/** Validate every file in data/; all problems at once, sorted by file and line. */
export function validateData(root: string = process.cwd(), now = new Date()): { data: SiteData; problems: Problem[] } {
  const dir = join(root, DATA_DIR);
  const rel = (name: string) => `${DATA_DIR}/${name}`;
  const problems: Problem[] = [];

  let sources: Source[] = [];
  const sourcesResult = parseYaml(rel(SOURCES_FILE), readFileSync(join(dir, SOURCES_FILE), 'utf8'), sourcesFileSchema);
  if (sourcesResult.ok) sources = sourcesResult.data.sources;
  else problems.push(...sourcesResult.problems);
  // If the catalogue itself is broken, its errors are reported once instead of on every row.
  const sourceIds = sourcesResult.ok ? new Set(sources.map((s) => s.id)) : undefined;

  const datasets: Dataset[] = [];
  const names = readdirSync(dir).filter((n) => /\.(csv|yml)$/.test(n) && n !== SOURCES_FILE).sort();
  const ids = [...new Set(names.map((n) => n.replace(/\.(csv|yml)$/, '')))];
  for (const id of ids) {
    const csvFile = rel(`${id}.csv`);
    const ymlFile = rel(`${id}.yml`);
    const missing = [csvFile, ymlFile].find((f) => !existsSync(join(root, f)));
    if (missing) {
      problems.push({ file: missing, line: 1, column: 1, code: 'file-missing', params: { expected: missing } });
      continue;
    }
    const metaResult = parseYaml(ymlFile, readFileSync(join(root, ymlFile), 'utf8'), datasetMetaSchema);
    if (!metaResult.ok) {
      problems.push(...metaResult.problems);
      continue;
    }
    const meta = metaResult.data;
    const metaProblems = metadataProblems(ymlFile, meta, id);
    problems.push(...metaProblems);
    if (metaProblems.length > 0) continue;
    const outcome = validateCsv({ file: csvFile, bytes: readFileSync(join(root, csvFile)), meta, sourceIds, years: plausibleYears(now) });
    problems.push(...outcome.problems);
    problems.push(...declarationProblems({ file: ymlFile, meta, locate: metaResult.locate, figures: outcome.problems.length === 0 ? outcome.figures : undefined }));
    datasets.push({ meta, figures: outcome.figures, csvFile });
  }
  return { data: { sources, datasets }, problems: sortProblems(problems) };
}

// `astro dev` keeps running while staff edit data/: its content loader (loader.ts) counts every change
// here, and loadData() validates again after one. The pages run in another module graph of the same
// process than the loader, so the count lives on globalThis. A build or a script never changes it.
const CHANGES = Symbol.for('tien-bo-phu-nu.data-changes');
type ChangeCount = { [CHANGES]?: number };
const changes = () => (globalThis as ChangeCount)[CHANGES] ?? 0;

/** Called by the dev server's watcher when a file under data/ is added, changed or deleted. */
export function dataChanged(): void {
  (globalThis as ChangeCount)[CHANGES] = changes() + 1;
}

const cache = new Map<string, { data: SiteData; changes: number }>();

/** The validated data for the build; throws one error listing every problem, so nothing partial is published. */
export function loadData(root: string = process.cwd()): SiteData {
  const seen = changes();
  const cached = cache.get(root);
  if (cached && cached.changes === seen) return cached.data;
  const { data, problems } = validateData(root);
  if (problems.length > 0) throw new DataValidationError(problems);
  cache.set(root, { data, changes: seen });
  return data;
}
