// What `npm run new-report -- <year>` writes: a new report's pages in both languages, all drafts, with
// the tree (titles, numbers, order) of the previous report or of the reporting guidance's outline
// (content/report-template.yml), placeholders where staff must write, and its catalogue entry.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { z } from 'zod';
import type { Problem } from '../data/problems.ts';
import { bilingual, kebabId } from '../data/schemas/common.ts';
import { parseYaml } from '../data/yaml.ts';
import { langs, type Lang } from '../i18n/ui.ts';
import { REPORT_INDEX_SLUG } from '../urls.ts';
import { CATALOGUE_FILE, readCatalogue, readPages, REPORT_DIR } from './read.ts';
import { sectionNumber, type ReportEntry } from './schemas.ts';
import { headingOf } from './tree.ts';
import { PLACEHOLDER } from './validate.ts';

export const TEMPLATE_FILE = 'content/report-template.yml';

export const templateSchema = z.strictObject({
  title: bilingual,
  headings: z.array(z.strictObject({ slug: kebabId, section: sectionNumber, group: z.literal(true).optional(), title: bilingual })).min(1),
});

/** One heading of the new report's tree, in both languages. */
interface Heading {
  slug: string;
  title: Record<Lang, string>;
  order?: number;
  part?: number;
  section?: string;
  group?: true;
}

export interface NewFile {
  file: string;
  text: string;
}

export interface Scaffold {
  year: number;
  /** The report whose tree was copied, or undefined for the guidance's outline. */
  basedOn?: number;
  entry: ReportEntry;
  files: NewFile[];
  /** The text to append to content/reports.yml. */
  catalogueAddition: string;
}

/** Why the command did nothing, in both languages, with the file problems behind it if any. */
export class Refusal extends Error {
  readonly problems: Problem[];
  constructor(vi: string, en: string, problems: Problem[] = []) {
    super(`${vi}\n${en}`);
    this.problems = problems;
  }
}

/**
 * Years of the base report in a text become the new report's: with 2030 → 2031, "năm 2030" becomes
 * "năm 2031" and "tasks for 2031" "tasks for 2032". A period such as "2026–2031" is left alone.
 */
export function shiftYears(text: string, from: number, to: number): string {
  return text.replace(/(?<!\d\s?[–-]\s?)\b(\d{4})\b(?!\s?[–-]\s?\d)/g, (m, y: string) => {
    const n = Number(y);
    return n === from || n === from + 1 ? String(n + to - from) : m;
  });
}

const fillNext = (text: string, year: number) => text.replaceAll('{next}', String(year + 1));

function fromPrevious(root: string, base: number, year: number): Heading[] {
  const pages = readPages(root).pages.filter((p) => p.year === base);
  const vi = pages.filter((p) => p.lang === 'vi' && p.slug !== REPORT_INDEX_SLUG);
  return vi.map((page) => {
    const en = pages.find((p) => p.lang === 'en' && p.slug === page.slug);
    const title = (t: string | undefined) => shiftYears(t ?? '', base, year);
    return {
      slug: shiftYears(page.slug, base, year),
      title: { vi: title(page.data.title), en: title(en?.data.title ?? page.data.title) },
      ...(page.data.order !== undefined ? { order: page.data.order } : {}),
      ...(page.data.part !== undefined ? { part: page.data.part } : {}),
      ...(page.data.section !== undefined ? { section: page.data.section } : {}),
      ...(page.data.group ? { group: true as const } : {}),
    };
  });
}

function readTemplate(root: string): z.output<typeof templateSchema> {
  const result = parseYaml(TEMPLATE_FILE, readFileSync(join(root, TEMPLATE_FILE), 'utf8'), templateSchema);
  if (!result.ok) {
    throw new Refusal(`Lỗi: ${TEMPLATE_FILE} có lỗi (ở trên); chưa tạo gì.`, `Error: ${TEMPLATE_FILE} has errors (above); nothing was created.`, result.problems);
  }
  return result.data;
}

function fromTemplate(root: string, year: number): Heading[] {
  let order = 0;
  return readTemplate(root).headings.map((h) => ({
    slug: h.slug,
    title: { vi: fillNext(h.title.vi, year), en: fillNext(h.title.en, year) },
    section: h.section,
    ...(h.group ? { group: true as const } : { order: ++order }),
  }));
}

const words = {
  summary: {
    vi: 'Một câu tóm tắt nội dung của trang này, cho mục lục, kết quả tìm kiếm và bản tin.',
    en: 'One sentence summing up this page, for the contents, search results and the feed.',
  },
  opening: {
    vi: (year: number) => `Chép vào đây đoạn mở đầu của báo cáo năm ${year} (phần trước mục I), đúng nguyên văn.`,
    en: (year: number) => `Write here the English translation of the opening of the ${year} report (the text before section I), from the Vietnamese page.`,
  },
  section: {
    vi: (heading: string, year: number) => `Chép vào đây nguyên văn mục "${heading}" của báo cáo năm ${year}.`,
    en: (heading: string, year: number) => `Write here the English translation of section "${heading}" of the ${year} report, from the Vietnamese page.`,
  },
  howTo: {
    vi: 'Mỗi số liệu chèn bằng thành phần Fig với khoá của nó trong dữ liệu, không gõ tay (CONTRIBUTING.md, mục 7.1). Khi trang đã xong, xoá dòng draft: true ở phần đầu tệp, ở cả bản tiếng Việt và bản tiếng Anh.',
    en: 'Figures go in through the Fig component with their key in the data, never typed (CONTRIBUTING.md, section 7.1). When the page is done, delete the line draft: true at the top of the file, in both the Vietnamese and the English page.',
  },
  group: {
    vi: '# Đề mục không có nội dung riêng (group: true): hiện trong mục lục và đường dẫn, không có trang.',
    en: '# A heading with no text of its own (group: true): shown in the contents and breadcrumbs, no page.',
  },
};

const frontmatter = (data: Record<string, unknown>, comments: string[] = []) =>
  ['---', ...comments, stringify(data, { lineWidth: 0 }).trimEnd(), '---', ''].join('\n');

function pageFile(year: number, lang: Lang, h: Heading | undefined): NewFile {
  const file = `${REPORT_DIR}/${year}/${lang}/${h?.slug ?? REPORT_INDEX_SLUG}.mdx`;
  if (!h) {
    const text = frontmatter({ description: `${PLACEHOLDER} ${words.summary[lang]}`, draft: true }) + `\n${PLACEHOLDER} ${words.opening[lang](year)} ${words.howTo[lang]}\n`;
    return { file, text };
  }
  const tree = { ...(h.order !== undefined ? { order: h.order } : {}), ...(h.part !== undefined ? { part: h.part } : {}), ...(h.section !== undefined ? { section: h.section } : {}) };
  if (h.group) return { file, text: frontmatter({ title: h.title[lang], ...tree, group: true }, [words.group.vi, words.group.en]) };
  const heading = headingOf({ section: h.section, title: h.title[lang] });
  const text = frontmatter({ title: h.title[lang], description: `${PLACEHOLDER} ${words.summary[lang]}`, ...tree, draft: true })
    + `\n${PLACEHOLDER} ${words.section[lang](heading, year)} ${words.howTo[lang]}\n`;
  return { file, text };
}

/** content/reports.yml's new entry, as text appended to the file so its comments and layout stay. */
function catalogueText(entry: ReportEntry): string {
  const value = (s: string) => stringify(s, { lineWidth: 0 }).trimEnd();
  return [
    `  - year: ${entry.year}`,
    `    status: ${entry.status}`,
    '    # source: the report\'s id in data/sources.yml, once it is there (required before status: published)',
    '    issuer:',
    `      vi: ${value(entry.issuer.vi)}`,
    `      en: ${value(entry.issuer.en)}`,
    '    title:',
    `      vi: ${value(entry.title.vi)}`,
    `      en: ${value(entry.title.en)}`,
    '',
  ].join('\n');
}

/** content/reports.yml with the new entry appended (an empty list, `reports: []`, opened up first). */
export function withEntry(catalogue: string, addition: string): string {
  const text = catalogue.replace(/^reports:[ \t]*\[\][ \t]*$/m, 'reports:');
  return `${text}${text.endsWith('\n') ? '' : '\n'}${addition}`;
}

/** The base report for a new year: the latest before it, or (filling an earlier year) the earliest after it. */
export function baseReport(reports: readonly ReportEntry[], year: number): ReportEntry | undefined {
  const before = reports.filter((r) => r.year < year).sort((a, b) => b.year - a.year);
  const after = reports.filter((r) => r.year > year).sort((a, b) => a.year - b.year);
  return before[0] ?? after[0];
}

/** Everything `new-report` would write, or a Refusal saying why not (nothing is written either way). */
export function planReport(root: string, year: number, useTemplate: boolean): Scaffold {
  const catalogue = readCatalogue(root);
  if (catalogue.problems.length > 0) {
    throw new Refusal(`Lỗi: ${CATALOGUE_FILE} có lỗi (ở trên); chưa tạo gì.`, `Error: ${CATALOGUE_FILE} has errors (above); nothing was created.`, catalogue.problems);
  }
  if (catalogue.reports.some((r) => r.year === year)) {
    throw new Refusal(
      `Lỗi: ${CATALOGUE_FILE} đã có báo cáo năm ${year}. Không ghi đè gì; để sửa báo cáo đó, hãy sửa trực tiếp các tệp trong ${REPORT_DIR}/${year}/.`,
      `Error: ${CATALOGUE_FILE} already has a report for ${year}. Nothing was overwritten; to change that report, edit the files in ${REPORT_DIR}/${year}/ directly.`,
    );
  }
  if (existsSync(join(root, REPORT_DIR, String(year)))) {
    throw new Refusal(
      `Lỗi: thư mục ${REPORT_DIR}/${year}/ đã có. Không ghi đè gì; hãy thêm báo cáo năm ${year} vào ${CATALOGUE_FILE} bằng tay, hoặc xoá thư mục đó nếu nó bị tạo nhầm.`,
      `Error: the folder ${REPORT_DIR}/${year}/ already exists. Nothing was overwritten; add the ${year} report to ${CATALOGUE_FILE} by hand, or delete that folder if it was made by mistake.`,
    );
  }
  const base = useTemplate ? undefined : baseReport(catalogue.reports, year);
  if (!useTemplate && !base) {
    throw new Refusal(
      `Lỗi: chưa có báo cáo nào để chép cây mục lục. Hãy dùng đề cương của hướng dẫn: npm run new-report -- ${year} --template`,
      `Error: there is no report yet whose tree could be copied. Use the guidance's outline: npm run new-report -- ${year} --template`,
    );
  }
  const headings = base ? fromPrevious(root, base.year, year) : fromTemplate(root, year);
  const newest = baseReport(catalogue.reports, year);
  const template = useTemplate ? readTemplate(root) : undefined;
  const entry: ReportEntry = {
    year,
    status: 'draft',
    issuer: newest?.issuer ?? { vi: `${PLACEHOLDER} Cơ quan ban hành`, en: `${PLACEHOLDER} Issued by` },
    title: base
      ? { vi: shiftYears(base.title.vi, base.year, year), en: shiftYears(base.title.en, base.year, year) }
      : { vi: template!.title.vi.replaceAll('{year}', String(year)), en: template!.title.en.replaceAll('{year}', String(year)) },
  };
  const files = langs.flatMap((lang) => [pageFile(year, lang, undefined), ...headings.map((h) => pageFile(year, lang, h))]);
  return { year, basedOn: base?.year, entry, files, catalogueAddition: catalogueText(entry) };
}
