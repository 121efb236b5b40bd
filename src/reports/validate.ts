// Every check on the reports' content, with file, line and column and a message in both languages:
// the catalogue, each page's frontmatter by kind, the section tree, twins, placeholders left in
// finished pages, and the figures and charts pages ask for. `npm run validate` and the build (the
// content loader) run the same function, so staff see the same messages in both.
import { chartsFor } from '../charts/index.ts';
import { findFigure } from '../data/figures.ts';
import type { SiteData } from '../data/load.ts';
import { sortProblems, type Problem } from '../data/problems.ts';
import { langs, otherLang } from '../i18n/ui.ts';
import { CATALOGUE_FILE, isOpening, lineColumnAt, readCatalogue, readPages, REPORT_DIR, type PageFile, type Position } from './read.ts';
import { knownKeysHint } from './resolve-figure.ts';
import type { ReportEntry, ReportPageData } from './schemas.ts';
import { ancestorKeys, nodeKey, pageKind, toReportPage, type ReportPage } from './tree.ts';

/** Written by `npm run new-report` where staff must write; a finished page must not keep it. */
export const PLACEHOLDER = '[CẦN VIẾT · TO WRITE]';

export interface ReportContent {
  /** The catalogue, in its order. */
  reports: ReportEntry[];
  /** Every page and heading of every report in the catalogue, drafts included. */
  pages: ReportPage[];
}

/** The reports and pages the public site shows: published reports, and their pages that are not drafts. */
export function publicContent(content: ReportContent): ReportContent {
  const reports = content.reports.filter((r) => r.status === 'published');
  const years = new Set(reports.map((r) => r.year));
  return { reports, pages: content.pages.filter((p) => years.has(p.year) && !p.draft) };
}

export interface Drafts {
  /** Reports whose catalogue status is draft, with the number of their pages in each language. */
  reports: { report: ReportEntry; pages: number }[];
  /** Pages marked draft in published reports. */
  pages: ReportPage[];
}

export function draftsOf(content: ReportContent): Drafts {
  const draftYears = new Set(content.reports.filter((r) => r.status === 'draft').map((r) => r.year));
  return {
    reports: content.reports.filter((r) => draftYears.has(r.year)).map((report) => ({ report, pages: content.pages.filter((p) => p.year === report.year && p.lang === 'vi' && p.kind !== 'group').length })),
    pages: content.pages.filter((p) => !draftYears.has(p.year) && p.draft && p.kind !== 'group'),
  };
}

type Expect = { vi: string; en: string };

/** A problem with one key of a YAML text (the catalogue or a frontmatter), said in both languages. */
const keyProblem = (file: string, at: Position, key: string, expected: Expect, value?: unknown): Problem => ({
  file, ...at, field: key, value: value === undefined || typeof value === 'object' ? undefined : String(value),
  code: 'yaml-schema', params: { hint: key, expected_vi: expected.vi, expected_en: expected.en },
});

function catalogueProblems(reports: readonly ReportEntry[], at: (r: ReportEntry, key?: string) => Position, data: SiteData | undefined): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<number>();
  const sourceIds = data && new Set(data.sources.map((s) => s.id));
  reports.forEach((report, i) => {
    const key = (k: string) => `reports.${i}.${k}`;
    if (seen.has(report.year)) {
      problems.push(keyProblem(CATALOGUE_FILE, at(report, 'year'), key('year'), { vi: 'năm này đã có một báo cáo ở trên', en: 'this year already has a report above' }, report.year));
    }
    seen.add(report.year);
    if (report.status === 'published' && !report.source) {
      problems.push(keyProblem(CATALOGUE_FILE, at(report, 'status'), key('source'), {
        vi: 'bắt buộc khi status là published: mã của báo cáo trong data/sources.yml',
        en: 'required once status is published: the report\'s id in data/sources.yml',
      }));
    }
    for (const k of ['title', 'issuer'] as const) {
      if (report.status === 'published' && (report[k].vi.includes(PLACEHOLDER) || report[k].en.includes(PLACEHOLDER))) {
        problems.push(keyProblem(CATALOGUE_FILE, at(report, k), key(k), { vi: `còn chữ giữ chỗ ${PLACEHOLDER}: viết ${k} thật trước khi xuất bản`, en: `still has the placeholder ${PLACEHOLDER}: write the real ${k} before publishing` }));
      }
    }
    if (report.source && sourceIds && !sourceIds.has(report.source)) {
      problems.push({ file: CATALOGUE_FILE, ...at(report, 'source'), field: key('source'), value: report.source, code: 'unknown-source' });
    }
  });
  return problems;
}

/** What each kind of file must and must not have. */
const KEY_RULES: Record<ReturnType<typeof pageKind>, { required: (keyof ReportPageData)[]; forbidden: (keyof ReportPageData)[]; why: Expect }> = {
  opening: {
    required: ['description'],
    forbidden: ['title', 'order', 'part', 'section', 'group'],
    why: { vi: 'trang mở đầu (index.mdx) lấy tiêu đề từ content/reports.yml và luôn đứng đầu', en: 'the opening page (index.mdx) takes its title from content/reports.yml and always comes first' },
  },
  section: {
    required: ['title', 'description', 'order', 'section'],
    forbidden: [],
    why: { vi: 'một mục có nội dung cần tiêu đề, câu tóm tắt, thứ tự đọc và số mục', en: 'a section with text needs a title, a summary, a reading order and its number' },
  },
  group: {
    required: ['title'],
    forbidden: ['description', 'order', 'draft'],
    why: { vi: 'đề mục nhóm (group: true) không có trang: nó hiện ở chỗ mục con đầu tiên của nó, khi mục con đó đã sẵn sàng', en: 'a group heading (group: true) has no page: it appears where its first section does, once that section is ready' },
  },
};

function pageProblems(page: PageFile): Problem[] {
  const kind = pageKind(page.slug, page.data);
  const rules = KEY_RULES[kind];
  const problems: Problem[] = [];
  for (const k of rules.required) {
    if (page.data[k] === undefined) problems.push(keyProblem(page.file, page.at(k), k, { vi: `bắt buộc: ${rules.why.vi}`, en: `required: ${rules.why.en}` }));
  }
  for (const k of rules.forbidden) {
    if (page.data[k] !== undefined) problems.push(keyProblem(page.file, page.at(k), k, { vi: `không dùng ở đây: ${rules.why.vi}`, en: `not used here: ${rules.why.en}` }, page.data[k]));
  }
  if (kind === 'group' && page.data.part === undefined && page.data.section === undefined) {
    problems.push(keyProblem(page.file, page.at('section'), 'section', { vi: 'đề mục nhóm cần section (ví dụ I.2) hoặc part', en: 'a group heading needs a section (e.g. I.2) or a part' }));
  }
  if (kind === 'group' && page.body.trim() !== '') {
    problems.push(keyProblem(page.file, lineColumnAt(page.text, page.text.length - page.body.trimStart().length), 'group', {
      vi: 'đề mục nhóm không có nội dung: xoá phần văn bản, hoặc bỏ dòng group: true để nó thành một trang',
      en: 'a group heading has no text: delete the text, or delete the line group: true to make it a page',
    }));
  }
  return problems;
}

const TREE_KEYS = ['order', 'part', 'section', 'group', 'draft'] as const;

function twinProblems(pages: readonly PageFile[]): Problem[] {
  const problems: Problem[] = [];
  const byFile = new Map(pages.map((p) => [p.file, p]));
  for (const page of pages) {
    const twinFile = `${REPORT_DIR}/${page.year}/${otherLang(page.lang)}/${page.slug}.mdx`;
    const twin = byFile.get(twinFile);
    if (!twin) {
      problems.push({ file: page.file, line: 1, column: 1, code: 'report-twin-missing', params: { expected: twinFile } });
      continue;
    }
    // Said once, on the Vietnamese page.
    if (page.lang !== 'vi') continue;
    for (const k of TREE_KEYS) {
      const mine = page.data[k];
      const theirs = twin.data[k];
      if (mine === theirs) continue;
      problems.push({
        file: page.file, ...page.at(k), field: k, value: mine === undefined ? undefined : String(mine), code: 'report-twin-differs',
        params: { hint: k, expected: twinFile, other: theirs === undefined ? '—' : `${k}: ${String(theirs)}` },
      });
    }
  }
  return problems;
}

/** A heading's key as staff write it: "p1.I.2" → "part: 1, section: I.2". */
function headingLabel(key: string): string {
  const m = /^(?:p(\d+))?\.?(.*)$/.exec(key)!;
  return [m[1] ? `part: ${m[1]}` : '', m[2] ? `section: ${m[2]}` : ''].filter((s) => s !== '').join(', ');
}

/** Unique reading order and numbers within a report and language; every heading's parents exist, come first and are ready when it is. */
function treeProblems(pages: readonly PageFile[]): Problem[] {
  const problems: Problem[] = [];
  const headings = pages.filter((p) => !isOpening(p));
  const byKey = new Map<string, PageFile>();
  const byOrder = new Map<number, PageFile>();
  for (const page of headings) {
    const key = nodeKey(page.data.part, page.data.section);
    const same = byKey.get(key);
    if (key !== '' && same) {
      const k = page.data.section !== undefined ? 'section' : 'part';
      problems.push(keyProblem(page.file, page.at(k), k, { vi: `trùng với ${same.file}`, en: `the same as in ${same.file}` }, page.data[k]));
    } else if (key !== '') byKey.set(key, page);
    const order = page.data.order;
    if (order === undefined) continue;
    const other = byOrder.get(order);
    if (other) problems.push(keyProblem(page.file, page.at('order'), 'order', { vi: `trùng với ${other.file}: mỗi trang một thứ tự đọc riêng`, en: `the same as in ${other.file}: each page has its own place in reading order` }, order));
    else byOrder.set(order, page);
  }
  const usesParts = headings.some((p) => p.data.part !== undefined);
  for (const page of headings) {
    const { part, section, order } = page.data;
    if (usesParts && part === undefined && section !== undefined) {
      problems.push(keyProblem(page.file, page.at('part'), 'part', { vi: 'bắt buộc: các mục khác của báo cáo này ghi phần (part)', en: 'required: the other sections of this report name their part' }));
      continue;
    }
    for (const key of ancestorKeys(part, section)) {
      const parent = byKey.get(key);
      const label = headingLabel(key);
      if (!parent) {
        problems.push(keyProblem(page.file, page.at('section'), 'section', {
          vi: `mục cha "${label}" chưa có: thêm trang của nó, hoặc một đề mục nhóm (group: true)`,
          en: `the parent heading "${label}" does not exist: add its page, or a group heading (group: true)`,
        }, section));
      } else if (parent.data.order !== undefined && order !== undefined && parent.data.order > order) {
        problems.push(keyProblem(page.file, page.at('order'), 'order', {
          vi: `mục cha ${parent.file} có order ${parent.data.order}, phải đứng trước mục này`,
          en: `the parent ${parent.file} has order ${parent.data.order}; it must come before this section`,
        }, order));
      } else if (!isOpening(page) && page.data.group !== true && page.data.draft !== true && parent.data.draft === true) {
        problems.push(keyProblem(page.file, page.at('section'), 'section', {
          vi: `mục cha ${parent.file} còn là bản nháp: mục con chỉ sẵn sàng khi mục cha đã sẵn sàng`,
          en: `the parent ${parent.file} is still a draft: a section can be ready only once its parent is`,
        }, section));
      }
    }
  }
  return problems;
}

/** Where a string occurs in a file, as line and column. */
const occurrences = (text: string, needle: string) => {
  const found: Position[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) found.push(lineColumnAt(text, i));
  return found;
};

function bodyProblems(page: PageFile, data: SiteData | undefined, chartIds: ReadonlySet<string> | undefined, ready: boolean): Problem[] {
  const problems: Problem[] = [];
  if (ready) for (const at of occurrences(page.text, PLACEHOLDER)) problems.push({ file: page.file, ...at, code: 'report-placeholder' });
  if (!data || !chartIds) return problems;
  const offset = page.text.length - page.body.length;
  for (const m of page.body.matchAll(/<Fig\b[^>]*?\bk="([^"]*)"/g)) {
    const key = m[1]!;
    if (findFigure(data, key)) continue;
    const hint = knownKeysHint(data, key);
    problems.push({ file: page.file, ...lineColumnAt(page.text, offset + m.index), field: 'Fig k', value: key, code: 'report-figure-unknown', params: { hint_vi: hint.vi, hint_en: hint.en } });
  }
  for (const m of page.body.matchAll(/<Chart\b[^>]*?\bid="([^"]*)"/g)) {
    if (chartIds.has(m[1]!)) continue;
    problems.push({ file: page.file, ...lineColumnAt(page.text, offset + m.index), field: 'Chart id', value: m[1]!, code: 'report-chart-unknown', params: { expected: [...chartIds].join(', ') || '—' } });
  }
  return problems;
}

/**
 * Reads and checks content/reports.yml and content/report/. `data` is the validated data, for the
 * checks that need it (sources, figures, charts); without it those checks are left to the data's own.
 */
export function validateReports(root: string, data?: SiteData): { content: ReportContent; problems: Problem[] } {
  const catalogue = readCatalogue(root);
  const read = readPages(root);
  const problems: Problem[] = [...catalogue.problems, ...read.problems, ...catalogue.problems.length === 0 ? catalogueProblems(catalogue.reports, catalogue.at, data) : []];
  const byYear = new Map(catalogue.reports.map((r) => [r.year, r]));
  const chartIds = data && new Set(data.datasets.flatMap((d) => chartsFor(d).map((c) => c.id)));

  // Folders without a catalogue entry: one problem per folder, on its first file.
  if (catalogue.problems.length === 0) {
    for (const year of [...new Set(read.pages.map((p) => p.year))].filter((y) => !byYear.has(y))) {
      const first = read.pages.find((p) => p.year === year)!;
      problems.push({ file: first.file, line: 1, column: 1, code: 'report-not-in-catalogue', params: { expected: String(year) } });
    }
  }
  const pages = read.pages.filter((p) => byYear.has(p.year));
  for (const report of catalogue.reports) {
    const own = pages.filter((p) => p.year === report.year);
    for (const lang of langs) {
      const openingFile = `${REPORT_DIR}/${report.year}/${lang}/index.mdx`;
      const opening = own.find((p) => p.file === openingFile);
      if (!opening) {
        problems.push({ file: CATALOGUE_FILE, ...catalogue.at(report), field: 'year', value: String(report.year), code: 'report-opening-missing', params: { expected: openingFile } });
      } else if (report.status === 'published' && opening.data.draft) {
        problems.push(keyProblem(CATALOGUE_FILE, catalogue.at(report, 'status'), 'status', {
          vi: `trang mở đầu ${openingFile} còn là bản nháp (draft: true); xoá dòng đó trước khi xuất bản báo cáo`,
          en: `the opening page ${openingFile} is still a draft (draft: true); delete that line before publishing the report`,
        }, report.status));
      }
      const inLang = own.filter((p) => p.lang === lang);
      for (const page of inLang) {
        const ready = page.data.draft !== true;
        problems.push(...pageProblems(page), ...bodyProblems(page, data, chartIds, ready));
      }
      problems.push(...treeProblems(inLang));
    }
    problems.push(...twinProblems(own));
  }

  const content: ReportContent = {
    reports: catalogue.reports,
    pages: pages.map((p) => toReportPage({ year: p.year, lang: p.lang, slug: p.slug, file: p.file }, p.data, byYear.get(p.year)!)),
  };
  return { content, problems: sortProblems(problems) };
}
