// The report's section tree: reading order, table of contents, breadcrumbs, paths and source anchors.
// Pure functions over the pages' frontmatter, so they can be tested without Astro.
import type { Lang } from '../../i18n/ui.ts';
import { REPORT_INDEX_SLUG, reportPath as reportYearPath, sourcePassagePath as passagePath } from '../../urls.ts';
import type { ReportPageData } from './schema.ts';

export const REPORT_YEAR = 2009;
export const REPORT_SOURCE_ID = 'molisa-2009-report';
/** The opening page's slug: content/report/<lang>/index.mdx is served at /report/2009/. */
export const INDEX_SLUG = REPORT_INDEX_SLUG;

export interface ReportPage {
  slug: string;
  data: ReportPageData;
}

export interface TocNode {
  key: string;
  /** The source's own numbering as printed before the heading: "2.1.", "I.", or "" for a part. */
  number: string;
  title: string;
  /** Set when the node is a page; a heading with no text of its own is only a group. */
  slug?: string;
  children: TocNode[];
}

/**
 * Headings of the report that have no text of their own (only subsections), so they have no page.
 * Keys: p<part>[.<section>].
 */
export const groupTitles: Record<string, Record<Lang, string>> = {
  p1: {
    vi: 'Phần thứ nhất. Tình hình thực hiện chương trình công tác năm 2009',
    en: 'Part one. Implementation of the 2009 work programme',
  },
  'p1.I': {
    vi: 'Thực hiện các nhiệm vụ chung của Bộ liên quan đến công tác vì sự tiến bộ phụ nữ',
    en: 'The Ministry’s general tasks related to the advancement of women',
  },
  'p1.I.2': {
    vi: 'Tình hình thực hiện một số chỉ tiêu trong các lĩnh vực chuyên môn của Bộ năm 2009',
    en: 'Progress on selected indicators in the Ministry’s fields of work in 2009',
  },
  'p1.II': {
    vi: 'Tình hình và kết quả thực hiện kế hoạch hành động vì sự tiến bộ của phụ nữ Bộ',
    en: 'Implementation and results of the Ministry’s action plan for the advancement of women',
  },
  p2: {
    vi: 'Phần thứ hai. Triển khai nhiệm vụ công tác năm 2010',
    en: 'Part two. Tasks for 2010',
  },
};

export const reportPath = (lang: Lang, slug: string = INDEX_SLUG) => reportYearPath(lang, REPORT_YEAR, slug);

/** How the source document numbers a section: "I.2.1"; Part two "I" → "P2.I". */
export const sourceSection = (part: 1 | 2, section: string) => (part === 2 ? `P2.${section}` : section);

export const sourcePassagePath = (lang: Lang, part: 1 | 2, section: string) => passagePath(lang, REPORT_SOURCE_ID, sourceSection(part, section));

export const nodeKey = (part: 1 | 2, section?: string) => (section ? `p${part}.${section}` : `p${part}`);

/** Keys of the headings above a section, outermost first: I.2.1 → p1, p1.I, p1.I.2. */
export function ancestorKeys(part: 1 | 2, section: string): string[] {
  const parts = section.split('.');
  const keys = [nodeKey(part)];
  for (let i = 1; i < parts.length; i++) keys.push(nodeKey(part, parts.slice(0, i).join('.')));
  return keys;
}

/** The number the source prints before a heading: I.2.1 → "2.1.", II → "II.", I.1 → "1.". */
export function headingNumber(section: string): string {
  const parts = section.split('.');
  return `${(parts.length > 1 ? parts.slice(1) : parts).join('.')}.`;
}

function byOrder(pages: readonly ReportPage[]): ReportPage[] {
  return [...pages].sort((a, b) => a.data.order - b.data.order);
}

/** Pages in reading order, the opening page first. */
export function readingOrder(pages: readonly ReportPage[]): ReportPage[] {
  return byOrder(pages);
}

export function neighbours(pages: readonly ReportPage[], slug: string): { previous?: ReportPage; next?: ReportPage } {
  const ordered = byOrder(pages);
  const i = ordered.findIndex((p) => p.slug === slug);
  if (i < 0) return {};
  return { previous: ordered[i - 1], next: ordered[i + 1] };
}

function sectionOf(page: ReportPage): { part: 1 | 2; section: string } | undefined {
  const { part, section } = page.data;
  return part && section ? { part, section } : undefined;
}

/**
 * The table of contents as a tree. Throws when a section's parent heading is neither a page nor a
 * known group, or when a parent comes after its child, so a wrong frontmatter fails the build.
 */
export function buildToc(pages: readonly ReportPage[], lang: Lang): TocNode[] {
  const roots: TocNode[] = [];
  const nodes = new Map<string, TocNode>();
  const ensureGroup = (key: string, parent: TocNode[] | undefined, file: string): TocNode => {
    const existing = nodes.get(key);
    if (existing) return existing;
    const title = groupTitles[key];
    if (!title || !parent) {
      throw new Error(
        `${file}: mục cha "${key}" chưa có trang hay tiêu đề nhóm (đặt trang cha trước trang con). / ` +
          `${file}: parent heading "${key}" has no page or group title (the parent page must come before its children).`,
      );
    }
    const section = key.includes('.') ? key.slice(key.indexOf('.') + 1) : undefined;
    const node: TocNode = { key, number: section ? headingNumber(section) : '', title: title[lang], children: [] };
    parent.push(node);
    nodes.set(key, node);
    return node;
  };
  for (const page of byOrder(pages)) {
    const where = sectionOf(page);
    if (!where) continue;
    let siblings = roots;
    for (const key of ancestorKeys(where.part, where.section)) siblings = ensureGroup(key, siblings, page.slug).children;
    const key = nodeKey(where.part, where.section);
    const node: TocNode = { key, number: headingNumber(where.section), title: page.data.title, slug: page.slug, children: [] };
    siblings.push(node);
    nodes.set(key, node);
  }
  return roots;
}

/** The trail from the report's opening page down to a section's parent (the section itself not included). */
export function breadcrumb(pages: readonly ReportPage[], lang: Lang, slug: string): TocNode[] {
  const page = pages.find((p) => p.slug === slug);
  const where = page && sectionOf(page);
  if (!where) return [];
  const trail: TocNode[] = [];
  let level = buildToc(pages, lang);
  for (const key of ancestorKeys(where.part, where.section)) {
    const node = level.find((n) => n.key === key);
    if (!node) break;
    trail.push(node);
    level = node.children;
  }
  return trail;
}
