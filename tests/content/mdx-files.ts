// Reads the narrative MDX pages the way tests need them: frontmatter, body, figure keys, chart ids.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { reportPageSchema, type ReportPageData } from '../../src/components/report/schema.ts';

export const REPORT_DIR = 'content/report';
export const langs = ['vi', 'en'] as const;
export type TestLang = (typeof langs)[number];

export interface MdxPage {
  file: string;
  slug: string;
  frontmatter: string;
  body: string;
}

export function readMdx(file: string): MdxPage {
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: no frontmatter`);
  const slug = file.split('/').at(-1)!.replace(/\.mdx$/, '');
  return { file, slug, frontmatter: m[1]!, body: m[2]! };
}

export function reportPages(lang: TestLang): (MdxPage & { data: ReportPageData })[] {
  const dir = join(REPORT_DIR, lang);
  return readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()
    .map((n) => {
      const page = readMdx(join(dir, n));
      return { ...page, data: reportPageSchema.parse(parse(page.frontmatter)) };
    });
}

/** Every <Fig k="…"> key in order of appearance, repeats included. */
export const figureKeys = (body: string) => [...body.matchAll(/<Fig\b[^>]*?\bk="([^"]+)"/g)].map((m) => m[1]!);
export const chartIds = (body: string) => [...body.matchAll(/<Chart\b[^>]*?\bid="([^"]+)"/g)].map((m) => m[1]!);
