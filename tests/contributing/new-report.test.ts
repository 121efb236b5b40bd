// `npm run new-report -- <year>` on a copy of the real content and data: both languages' pages of next
// year's report as drafts, with last report's tree or the guidance's outline, a catalogue entry, and
// refusals that change nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readCatalogue } from '../../src/reports/read.ts';
import { shiftYears } from '../../src/reports/scaffold.ts';
import { validateReports } from '../../src/reports/validate.ts';
import { buildToc, type TocNode } from '../../src/reports/tree.ts';
import { copyOfData, removeTemps, runScript, snapshot } from './helpers.ts';

afterEach(removeTemps);

const newReport = (root: string, ...args: string[]) => runScript(root, 'scripts/new-report.ts', args);
const validate = (root: string) => runScript(root, 'scripts/validate.ts', []);
const outline = (nodes: TocNode[]): unknown[] => nodes.map((n) => (n.children.length ? [n.key, outline(n.children)] : n.key));
const frontmatter = (root: string, file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, file), 'utf8'))![1]!) as Record<string, unknown>;

describe('npm run new-report', () => {
  it('copies the newest report’s tree into drafts for the next year, in both languages, and adds it to the catalogue', () => {
    const root = copyOfData();
    const newest = Math.max(...readCatalogue(root).reports.map((r) => r.year));
    const year = newest + 1;
    const run = newReport(root, String(year));
    expect(run.status, run.stderr).toBe(0);

    // The same tree as the base report, every page a draft, every title's years moved on.
    const { content, problems } = validateReports(root);
    expect(problems).toEqual([]);
    const pages = (y: number, lang: 'vi' | 'en') => content.pages.filter((p) => p.year === y && p.lang === lang);
    for (const lang of ['vi', 'en'] as const) {
      const draftTree = pages(year, lang).map((p) => ({ ...p, draft: false }));
      expect(outline(buildToc(draftTree))).toEqual(outline(buildToc(pages(newest, lang))));
      expect(pages(year, lang).filter((p) => p.kind !== 'group').every((p) => p.draft)).toBe(true);
      expect(pages(year, lang).map((p) => p.title)).toEqual(pages(newest, lang).map((p) => shiftYears(p.title, newest, year)));
    }
    const entry = readCatalogue(root).reports.find((r) => r.year === year)!;
    expect(entry.status).toBe('draft');
    expect(entry.source).toBeUndefined();
    expect(entry.title.vi).toContain(String(year));
    // The file keeps its comments: the new entry is appended.
    expect(readFileSync(join(root, 'content/reports.yml'), 'utf8')).toMatch(/^# The annual reports/);

    // Placeholders say what to write, in each language, and npm run validate lists the drafts.
    const page = readFileSync(join(root, `content/report/${year}/en/${readdirSync(join(root, `content/report/${year}/en`)).find((f) => f.startsWith('i-1'))!}`), 'utf8');
    expect(page).toContain('[CẦN VIẾT · TO WRITE] Write here the English translation of section "1. ');
    expect(page).toMatch(/^draft: true$/m);
    const check = validate(root);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain(`content/reports.yml: báo cáo năm ${year} (status: draft), ${pages(year, 'vi').filter((p) => p.kind !== 'group').length} trang mỗi thứ tiếng`);

    expect(run.stdout).toContain(`The ${year} report: ${content.pages.filter((p) => p.year === year).length} files created, all drafts.`);
    expect(run.stdout).toContain(`Following the tree of the ${newest} report`);
  });

  it('with --template starts from the reporting guidance’s outline: I results, II assessment, III recommendations, IV plan', () => {
    const root = copyOfData();
    const year = Math.max(...readCatalogue(root).reports.map((r) => r.year)) + 2;
    const run = newReport(root, String(year), '--template');
    expect(run.status, run.stderr).toBe(0);
    const { content, problems } = validateReports(root);
    expect(problems).toEqual([]);
    const vi = content.pages.filter((p) => p.year === year && p.lang === 'vi').map((p) => ({ ...p, draft: false }));
    expect(outline(buildToc(vi))).toEqual([
      ['I', ['I.1', 'I.2', ['I.3', ['I.3.1', 'I.3.2']], 'I.4', 'I.5', 'I.6']],
      ['II', ['II.1', 'II.2', 'II.3']],
      ['III', ['III.1', 'III.2', 'III.3']],
      'IV',
    ]);
    const titles = (lang: 'vi' | 'en') => buildToc(content.pages.filter((p) => p.year === year && p.lang === lang).map((p) => ({ ...p, draft: false }))).map((n) => n.title);
    expect(titles('vi')).toEqual([
      'Kết quả triển khai các nhiệm vụ của Ban vì sự tiến bộ của phụ nữ',
      'Đánh giá chung',
      'Kiến nghị nhằm nâng cao chất lượng hoạt động vì sự tiến bộ của phụ nữ',
      `Phương hướng, nhiệm vụ công tác năm ${year + 1}`,
    ]);
    expect(titles('en')).toEqual([
      'Results of the tasks of the Committee for the Advancement of Women',
      'General assessment',
      'Recommendations to improve the quality of activities for the advancement of women',
      `Directions and tasks for ${year + 1}`,
    ]);
    expect(frontmatter(root, `content/report/${year}/vi/i-2-action-month.mdx`)).toMatchObject({
      title: 'Tổ chức triển khai Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới từ 15/11 - 15/12', order: 2, section: 'I.2', draft: true,
    });
    expect(run.stdout).toContain('Following the report outline of the guidance (content/report-template.yml)');
  });

  it('a page marked ready with its placeholder still in it fails validation, naming the file and line', () => {
    const root = copyOfData();
    const year = Math.max(...readCatalogue(root).reports.map((r) => r.year)) + 1;
    expect(newReport(root, String(year), '--template').status).toBe(0);
    for (const lang of ['vi', 'en']) {
      const file = join(root, `content/report/${year}/${lang}/ii-1-strengths.mdx`);
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace('draft: true\n', ''));
    }
    const run = validate(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`content/report/${year}/vi/ii-1-strengths.mdx:3:15\n  vi: Trang không còn là bản nháp nhưng vẫn còn chữ giữ chỗ [CẦN VIẾT · TO WRITE].`);
    expect(run.stderr).toContain(`content/report/${year}/en/ii-1-strengths.mdx:8:1\n  vi: Trang không còn là bản nháp`);
  });

  it.each([
    [[], 'exactly one four-digit year'],
    [['10'], 'exactly one four-digit year'],
    [['2031', '2032'], 'exactly one four-digit year'],
  ])('refuses %j, changing nothing', (args, message) => {
    const root = copyOfData();
    const before = snapshot(root);
    const run = newReport(root, ...args);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toMatch(/Lỗi: cần đúng một năm/);
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses a year that already has a report or a folder, overwriting nothing', () => {
    const root = copyOfData();
    const existing = readCatalogue(root).reports[0]!.year;
    const before = snapshot(root);
    const again = newReport(root, String(existing));
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`Error: content/reports.yml already has a report for ${existing}. Nothing was overwritten`);
    expect(snapshot(root)).toEqual(before);

    const year = existing + 7;
    mkdirSync(join(root, `content/report/${year}/vi`), { recursive: true });
    const folder = newReport(root, String(year));
    expect(folder.status).toBe(1);
    expect(folder.stderr).toContain(`Lỗi: thư mục content/report/${year}/ đã có.`);
    expect(readCatalogue(root).reports.some((r) => r.year === year)).toBe(false);
  });

  it('without any report to copy, asks for --template', () => {
    const root = copyOfData();
    rmSync(join(root, 'content/report'), { recursive: true });
    writeFileSync(join(root, 'content/reports.yml'), 'reports: []\n');
    const run = newReport(root, '2031');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run new-report -- 2031 --template');
    expect(existsSync(join(root, 'content/report/2031'))).toBe(false);
    // The outline needs no earlier report; the issuer is then a placeholder to fill before publishing.
    expect(newReport(root, '2031', '--template').status).toBe(0);
    expect(readCatalogue(root).reports[0]!.issuer.vi).toContain('[CẦN VIẾT · TO WRITE]');
  });
});

describe('shiftYears', () => {
  it('moves the base report’s year and the next one, never a period', () => {
    expect(shiftYears('Nhiệm vụ năm 2010', 2009, 2010)).toBe('Nhiệm vụ năm 2011');
    expect(shiftYears('Phần thứ nhất. Tình hình thực hiện chương trình công tác năm 2009', 2009, 2010)).toBe('Phần thứ nhất. Tình hình thực hiện chương trình công tác năm 2010');
    expect(shiftYears('p2-i-tasks-2010', 2009, 2010)).toBe('p2-i-tasks-2011');
    expect(shiftYears('Kế hoạch hành động 2006–2010', 2009, 2010)).toBe('Kế hoạch hành động 2006–2010');
    expect(shiftYears('giai đoạn 2011 - 2020 và năm 2008', 2009, 2010)).toBe('giai đoạn 2011 - 2020 và năm 2008');
  });
});
