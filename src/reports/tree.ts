// A report's section tree, from its pages' frontmatter: reading order, table of contents, breadcrumbs.
// Pure functions over plain objects, so they can be tested without Astro. Nothing here knows any
// particular report: numbers, titles and places all come from content/.
import type { Lang } from '../i18n/ui.ts';
import { REPORT_INDEX_SLUG } from '../urls.ts';
import type { ReportEntry, ReportPageData } from './schemas.ts';

export type PageKind = 'opening' | 'section' | 'group';

/** One page (or heading) of a report in one language, as the site uses it. */
export interface ReportPage {
  year: number;
  lang: Lang;
  slug: string;
  /** Repository-relative MDX file, for messages. */
  file: string;
  kind: PageKind;
  /** The opening page's title is the report's own, from the catalogue. */
  title: string;
  description: string;
  /** Reading order; 0 for the opening page; groups take their place from their first section. */
  order: number;
  part?: number;
  section?: string;
  draft: boolean;
}

export function pageKind(slug: string, data: Pick<ReportPageData, 'group'>): PageKind {
  if (slug === REPORT_INDEX_SLUG) return 'opening';
  return data.group ? 'group' : 'section';
}

/** A page from its file's place and frontmatter (after validation: the fields its kind needs are there). */
export function toReportPage(where: { year: number; lang: Lang; slug: string; file: string }, data: ReportPageData, report: ReportEntry): ReportPage {
  const kind = pageKind(where.slug, data);
  return {
    ...where,
    kind,
    title: kind === 'opening' ? report.title[where.lang] : (data.title ?? ''),
    description: data.description ?? '',
    order: kind === 'opening' ? 0 : (data.order ?? Number.POSITIVE_INFINITY),
    part: data.part,
    section: data.section,
    draft: data.draft ?? false,
  };
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

/** The key of a heading: "p1.I.2" in a report in parts, "I.2" in one without; "p2" for a part itself. */
export function nodeKey(part: number | undefined, section?: string): string {
  return [part !== undefined ? `p${part}` : undefined, section].filter((s) => s !== undefined).join('.');
}

/** Keys of the headings above a heading, outermost first: (1, I.2.1) → p1, p1.I, p1.I.2; (–, II.1) → II. */
export function ancestorKeys(part: number | undefined, section?: string): string[] {
  if (section === undefined) return [];
  const parts = section.split('.');
  const keys = part !== undefined ? [nodeKey(part)] : [];
  for (let i = 1; i < parts.length; i++) keys.push(nodeKey(part, parts.slice(0, i).join('.')));
  return keys;
}

/** The number the source prints before a heading: I.2.1 → "2.1.", II → "II.", I.1 → "1.". */
export function headingNumber(section: string): string {
  const parts = section.split('.');
  return `${(parts.length > 1 ? parts.slice(1) : parts).join('.')}.`;
}

/** The heading as shown: "2.1. Lao động, việc làm…", or the title alone for the opening page and parts. */
export const headingOf = (page: Pick<ReportPage, 'section' | 'title'>) => `${page.section ? `${headingNumber(page.section)} ` : ''}${page.title}`;

/** How the source document numbers a section for its anchors: "I.2.1"; part two's "I" → "P2.I". */
export const sourceSection = (part: number | undefined, section: string) => (part !== undefined && part > 1 ? `P${part}.${section}` : section);

/** The pages a reader goes through, in reading order, the opening page first (no group headings). */
export function readingOrder(pages: readonly ReportPage[]): ReportPage[] {
  return pages.filter((p) => p.kind !== 'group').sort((a, b) => a.order - b.order);
}

export function neighbours(pages: readonly ReportPage[], slug: string): { previous?: ReportPage; next?: ReportPage } {
  const ordered = readingOrder(pages);
  const i = ordered.findIndex((p) => p.slug === slug);
  if (i < 0) return {};
  return { previous: ordered[i - 1], next: ordered[i + 1] };
}

/**
 * The table of contents as a tree. A group heading appears where its first section does. Throws when
 * a section's parent heading is missing or comes after it (validate.ts reports these with the file
 * and line first, so this only guards against a check being skipped).
 */
export function buildToc(pages: readonly ReportPage[]): TocNode[] {
  const headings = new Map(pages.filter((p) => p.kind !== 'opening').map((p) => [nodeKey(p.part, p.section), p]));
  const roots: TocNode[] = [];
  const placed = new Map<string, TocNode>();
  const place = (page: ReportPage, siblings: TocNode[]): TocNode => {
    const node: TocNode = {
      key: nodeKey(page.part, page.section),
      number: page.section ? headingNumber(page.section) : '',
      title: page.title,
      ...(page.kind === 'section' ? { slug: page.slug } : {}),
      children: [],
    };
    siblings.push(node);
    placed.set(node.key, node);
    return node;
  };
  for (const page of readingOrder(pages)) {
    if (page.kind !== 'section') continue;
    let siblings = roots;
    for (const key of ancestorKeys(page.part, page.section)) {
      const parent = placed.get(key) ?? (headings.get(key)?.kind === 'group' ? place(headings.get(key)!, siblings) : undefined);
      if (!parent) throw new Error(`${page.file}: mục cha "${key}" chưa có trước mục này. / ${page.file}: parent heading "${key}" does not come before this section.`);
      siblings = parent.children;
    }
    place(page, siblings);
  }
  return roots;
}

/** The headings above a section, from the outermost down to its parent (the section itself not included). */
export function breadcrumb(pages: readonly ReportPage[], slug: string): TocNode[] {
  const page = pages.find((p) => p.slug === slug);
  if (!page || page.kind !== 'section') return [];
  const trail: TocNode[] = [];
  let level = buildToc(pages);
  for (const key of ancestorKeys(page.part, page.section)) {
    const node = level.find((n) => n.key === key);
    if (!node) break;
    trail.push(node);
    level = node.children;
  }
  return trail;
}
