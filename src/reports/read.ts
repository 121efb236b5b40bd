// Reads the report catalogue (content/reports.yml) and every report page (content/report/<year>/<lang>/
// <slug>.mdx) into plain objects, with the line and column of each key so that later checks can point
// at it. Problems of form (YAML syntax, schema) are collected here, every one, in both languages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { Problem } from '../data/problems.ts';
import { parseYaml } from '../data/yaml.ts';
import { langs, type Lang } from '../i18n/ui.ts';
import { REPORT_INDEX_SLUG } from '../urls.ts';
import { reportPageSchema, reportsFileSchema, type ReportEntry, type ReportPageData } from './schemas.ts';

export const CATALOGUE_FILE = 'content/reports.yml';
export const REPORT_DIR = 'content/report';

export interface Position {
  line: number;
  column: number;
}

/** Where each key of a YAML document starts (dotted path: "reports.0.status"), 1-based. */
export type Positions = (path: string) => Position;

function positionsOf(yamlText: string, lineOffset = 0): Positions {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, keepSourceTokens: false });
  return (path: string) => {
    const keys = path === '' ? [] : path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    // The key's node, or for a missing key its nearest existing parent.
    for (let n = keys.length; n >= 0; n--) {
      const node = (n === 0 ? doc.contents : doc.getIn(keys.slice(0, n), true)) as { range?: [number, number, number] } | null | undefined;
      if (node?.range) {
        const pos = lineCounter.linePos(node.range[0]);
        return { line: pos.line + lineOffset, column: pos.col };
      }
    }
    return { line: 1 + lineOffset, column: 1 };
  };
}

/** The line (1-based) at a character offset of a text. */
export function lineColumnAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export interface Catalogue {
  reports: ReportEntry[];
  /** Index of each report in the file, for positions: "reports.<index>.<key>". */
  at: (report: ReportEntry, key?: string) => Position;
  problems: Problem[];
}

export function readCatalogue(root: string): Catalogue {
  const path = join(root, CATALOGUE_FILE);
  if (!existsSync(path)) {
    return { reports: [], at: () => ({ line: 1, column: 1 }), problems: [{ file: CATALOGUE_FILE, line: 1, column: 1, code: 'file-missing', params: { expected: CATALOGUE_FILE } }] };
  }
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const result = parseYaml(CATALOGUE_FILE, text, reportsFileSchema);
  const positions = positionsOf(text);
  if (!result.ok) return { reports: [], at: () => ({ line: 1, column: 1 }), problems: result.problems };
  const reports = result.data.reports;
  return { reports, at: (report, key) => positions(`reports.${reports.indexOf(report)}${key ? `.${key}` : ''}`), problems: [] };
}

/** A report page as written: one MDX file, its frontmatter checked for form only. */
export interface PageFile {
  /** Repository-relative, e.g. "content/report/2031/vi/i-2-results.mdx". */
  file: string;
  year: number;
  lang: Lang;
  slug: string;
  data: ReportPageData;
  /** The whole file, for finding text by line. */
  text: string;
  /** The text after the frontmatter, and the line it starts on. */
  body: string;
  bodyLine: number;
  at: (key: string) => Position;
}

export const isOpening = (p: Pick<PageFile, 'slug'>) => p.slug === REPORT_INDEX_SLUG;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function readPage(root: string, file: string, year: number, lang: Lang, slug: string): { page?: PageFile; problems: Problem[] } {
  const text = readFileSync(join(root, file), 'utf8').replace(/^\uFEFF/, '');
  const m = FRONTMATTER.exec(text);
  if (!m) return { problems: [{ file, line: 1, column: 1, code: 'frontmatter-missing' }] };
  const yamlText = m[1]!;
  // Frontmatter lines are counted from the opening "---" (line 1).
  const result = parseYaml(file, yamlText, reportPageSchema);
  if (!result.ok) return { problems: result.problems.map((p) => ({ ...p, line: p.line + 1 })) };
  const positions = positionsOf(yamlText, 1);
  const bodyLine = text.slice(0, m[0].length).split('\n').length;
  return {
    page: { file, year, lang, slug, data: result.data, text, body: text.slice(m[0].length), bodyLine, at: (key) => positions(key) },
    problems: [],
  };
}

const YEAR = /^\d{4}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Every MDX file under content/report/, read; files in the wrong place are problems, not pages. */
export function readPages(root: string): { pages: PageFile[]; problems: Problem[] } {
  const dir = join(root, REPORT_DIR);
  const pages: PageFile[] = [];
  const problems: Problem[] = [];
  if (!existsSync(dir)) return { pages, problems };
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).split(/[\\/]/).join('/'))
    .sort();
  for (const rel of files) {
    const file = `${REPORT_DIR}/${rel}`;
    const parts = rel.split('/');
    const [year, lang, name] = parts;
    const slug = name?.replace(/\.mdx$/, '');
    if (parts.length !== 3 || !YEAR.test(year!) || !(langs as readonly string[]).includes(lang!) || !name!.endsWith('.mdx') || !SLUG.test(slug!)) {
      problems.push({ file, line: 1, column: 1, code: 'report-file-name', value: rel });
      continue;
    }
    const read = readPage(root, file, Number(year), lang as Lang, slug!);
    problems.push(...read.problems);
    if (read.page) pages.push(read.page);
  }
  return { pages, problems };
}
