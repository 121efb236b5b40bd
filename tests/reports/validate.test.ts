// The checks on the reports' content (content/reports.yml, content/report/<year>/<lang>/*.mdx): every
// mistake staff can make comes back with file, line, column and a message in both languages, all at once.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { formatProblem, type Problem } from '../../src/data/problems.ts';
import { draftsOf, publicContent, validateReports } from '../../src/reports/validate.ts';

const data = loadData();
const scratch = mkdtempSync(join(tmpdir(), 'reports-validate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const catalogue = (entries: string) => `reports:\n${entries}`;
const entry = (year: number, extra = 'status: published\n    source: molisa-2009-report') =>
  `  - year: ${year}\n    ${extra}\n    issuer: { vi: Ban, en: Committee }\n    title: { vi: Báo cáo năm ${year}, en: Report for ${year} }\n`;
const mdx = (front: string, body = 'Nội dung.') => `---\n${front.trim()}\n---\n\n${body}\n`;

/** A good report in both languages: opening page, a group heading and two sections. */
function goodReport(year: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (const lang of ['vi', 'en']) {
    const dir = `content/report/${year}/${lang}`;
    files[`${dir}/index.mdx`] = mdx('description: Mở đầu.');
    files[`${dir}/i-results.mdx`] = mdx('title: Kết quả\nsection: I\ngroup: true', '');
    files[`${dir}/i-1-jobs.mdx`] = mdx('title: Việc làm\ndescription: Tóm tắt.\norder: 1\nsection: I.1', 'Có <Fig k="labour-export/2009/total/women" /> lao động nữ.');
    files[`${dir}/ii-assessment.mdx`] = mdx('title: Đánh giá\ndescription: Tóm tắt.\norder: 2\nsection: II');
  }
  return files;
}

/** A project folder with these files; returns the problems found and the content read. */
function check(files: Record<string, string>) {
  const root = mkdtempSync(join(scratch, 'site-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return validateReports(root, data);
}

const brief = (p: Problem) => `${p.file}:${p.line}:${p.column} ${p.code}${p.field ? ` ${p.field}` : ''}`;

describe('report content checks', () => {
  it('accept a good report and read its tree', () => {
    const { problems, content } = check({ 'content/reports.yml': catalogue(entry(2031)), ...goodReport(2031) });
    expect(problems).toEqual([]);
    expect(content.pages.filter((p) => p.lang === 'vi').map((p) => [p.slug, p.kind, p.title, p.order])).toEqual([
      ['i-1-jobs', 'section', 'Việc làm', 1],
      ['i-results', 'group', 'Kết quả', Number.POSITIVE_INFINITY],
      ['ii-assessment', 'section', 'Đánh giá', 2],
      // The opening page's title is the report's, from the catalogue.
      ['index', 'opening', 'Báo cáo năm 2031', 0],
    ]);
  });

  it('find every mistake in the catalogue, at its line', () => {
    const text = catalogue(entry(2031) + entry(2031) + entry(2032, 'status: published') + entry(2033, 'status: published\n    source: no-such-source'));
    const { problems } = check({ 'content/reports.yml': text, ...goodReport(2031), ...goodReport(2032), ...goodReport(2033) });
    expect(problems.map(brief)).toEqual([
      'content/reports.yml:7:11 yaml-schema reports.1.year',
      'content/reports.yml:13:13 yaml-schema reports.2.source',
      'content/reports.yml:18:13 unknown-source reports.3.source',
    ]);
    expect(formatProblem(problems[1]!)).toMatchInlineSnapshot(`
      "content/reports.yml:13:13 mục/key "reports.2.source"
        vi: Mục "reports.2.source" không hợp lệ: bắt buộc khi status là published: mã của báo cáo trong data/sources.yml.
        en: Entry "reports.2.source" is not valid: required once status is published: the report's id in data/sources.yml."
    `);
  });

  it('report a YAML or schema error in a catalogue or a frontmatter at its line in the file', () => {
    const files: Record<string, string> = { 'content/reports.yml': catalogue(entry(2031)), ...goodReport(2031) };
    files['content/report/2031/vi/ii-assessment.mdx'] = mdx('title: Đánh giá\ndescription: Tóm tắt.\norder: hai\nsection: II');
    files['content/report/2031/en/ii-assessment.mdx'] = mdx('title: Assessment\ndescription: Summary.\norder: 2\nsection: II\ncolour: red');
    const { problems } = check(files);
    // An unknown key is said at the top of the frontmatter, with its name in the message.
    expect(problems.map(brief)).toEqual([
      'content/report/2031/en/ii-assessment.mdx:2:1 yaml-schema',
      'content/report/2031/vi/ii-assessment.mdx:4:8 yaml-schema order',
    ]);
    expect(formatProblem(problems[0]!)).toContain('unknown key: colour');
    const broken = check({ 'content/reports.yml': 'reports:\n  - year: 2031\n   status: draft\n', ...goodReport(2031) });
    expect(broken.problems.map((p) => p.code)).toContain('yaml-syntax');
  });

  it('find what a page of each kind lacks or must not have', () => {
    const files: Record<string, string> = { 'content/reports.yml': catalogue(entry(2031)), ...goodReport(2031) };
    for (const lang of ['vi', 'en']) {
      files[`content/report/2031/${lang}/index.mdx`] = mdx('title: Báo cáo\ndescription: Mở đầu.');
      files[`content/report/2031/${lang}/i-results.mdx`] = mdx('title: Kết quả\nsection: I\ngroup: true', 'Một đoạn văn.');
      files[`content/report/2031/${lang}/ii-assessment.mdx`] = mdx('title: Đánh giá\nsection: II\norder: 2');
    }
    const vi = check(files).problems.filter((p) => p.file.includes('/vi/'));
    expect(vi.map((p) => `${brief(p)} ${p.params?.expected_en}`)).toEqual([
      'content/report/2031/vi/i-results.mdx:7:1 yaml-schema group a group heading has no text: delete the text, or delete the line group: true to make it a page',
      'content/report/2031/vi/ii-assessment.mdx:2:1 yaml-schema description required: a section with text needs a title, a summary, a reading order and its number',
      'content/report/2031/vi/index.mdx:2:8 yaml-schema title not used here: the opening page (index.mdx) takes its title from content/reports.yml and always comes first',
    ]);
  });

  it('check the tree: one place in reading order per page, parents that exist and come first', () => {
    const files: Record<string, string> = { 'content/reports.yml': catalogue(entry(2031)), ...goodReport(2031) };
    for (const lang of ['vi', 'en']) {
      files[`content/report/2031/${lang}/ii-assessment.mdx`] = mdx('title: Đánh giá\ndescription: Tóm tắt.\norder: 1\nsection: II');
      files[`content/report/2031/${lang}/iii-2-plan.mdx`] = mdx('title: Kế hoạch\ndescription: Tóm tắt.\norder: 3\nsection: III.2');
    }
    const vi = check(files).problems.filter((p) => p.file.includes('/vi/'));
    expect(vi.map((p) => `${brief(p)}: ${p.params?.expected_en}`)).toEqual([
      'content/report/2031/vi/ii-assessment.mdx:4:8 yaml-schema order: the same as in content/report/2031/vi/i-1-jobs.mdx: each page has its own place in reading order',
      'content/report/2031/vi/iii-2-plan.mdx:5:10 yaml-schema section: the parent heading "section: III" does not exist: add its page, or a group heading (group: true)',
    ]);
  });

  it('need a twin for every page, with the same tree, and name the twin', () => {
    const files: Record<string, string> = { 'content/reports.yml': catalogue(entry(2031)), ...goodReport(2031) };
    delete files['content/report/2031/en/ii-assessment.mdx'];
    files['content/report/2031/en/i-1-jobs.mdx'] = mdx('title: Jobs\ndescription: Summary.\norder: 3\nsection: I.1', 'There were <Fig k="labour-export/2009/total/women" /> women.');
    const { problems } = check(files);
    expect(problems.map(brief)).toEqual([
      'content/report/2031/vi/i-1-jobs.mdx:4:8 report-twin-differs order',
      'content/report/2031/vi/ii-assessment.mdx:1:1 report-twin-missing',
    ]);
    expect(formatProblem(problems[1]!)).toMatchInlineSnapshot(`
      "content/report/2031/vi/ii-assessment.mdx:1:1
        vi: Trang này chưa có bản song ngữ content/report/2031/en/ii-assessment.mdx. Mỗi trang cần cả bản tiếng Việt và bản tiếng Anh, cùng tên tệp.
        en: This page has no twin content/report/2031/en/ii-assessment.mdx. Every page needs both a Vietnamese and an English file with the same name."
    `);
  });

  it('name the file, line and key of a figure or chart that does not exist, with the keys that do, drafts included', () => {
    const files: Record<string, string> = { 'content/reports.yml': catalogue(entry(2031)), ...goodReport(2031) };
    for (const lang of ['vi', 'en']) {
      files[`content/report/2031/${lang}/ii-assessment.mdx`] = mdx('title: Đánh giá\ndescription: Tóm tắt.\norder: 2\nsection: II\ndraft: true', 'Dòng một.\n\nCó <Fig k="labour-export/2009/total/woman" /> người.\n\n<Chart id="labour-export--pie" />');
    }
    const vi = check(files).problems.filter((p) => p.file.includes('/vi/'));
    expect(vi.map(brief)).toEqual([
      'content/report/2031/vi/ii-assessment.mdx:11:4 report-figure-unknown Fig k',
      'content/report/2031/vi/ii-assessment.mdx:13:1 report-chart-unknown Chart id',
    ]);
    expect(formatProblem(vi[0]!)).toContain('en: No figure "labour-export/2009/total/woman" in the validated data. Keys of labour-export for 2009: labour-export/2009/total/workers, labour-export/2009/total/women');
    expect(formatProblem(vi[1]!)).toMatch(/en: No chart "labour-export--pie"\. Charts: .*labour-export--trend/);
  });

  it('keep folders and catalogue in step, and files in their place', () => {
    const files: Record<string, string> = { 'content/reports.yml': catalogue(entry(2031) + entry(2034)), ...goodReport(2031), ...goodReport(2032) };
    files['content/report/2031/vi/Tong Ket.mdx'] = mdx('title: x');
    files['content/report/vi/i-1-old.mdx'] = mdx('title: x');
    files['content/report/2031/en/no-frontmatter.mdx'] = 'Chỉ có văn bản.\n';
    files['content/report/2031/vi/no-frontmatter.mdx'] = 'Chỉ có văn bản.\n';
    const { problems } = check(files);
    expect(problems.map(brief)).toEqual([
      'content/report/2031/en/no-frontmatter.mdx:1:1 frontmatter-missing',
      'content/report/2031/vi/no-frontmatter.mdx:1:1 frontmatter-missing',
      'content/report/2031/vi/Tong Ket.mdx:1:1 report-file-name',
      'content/report/2032/en/i-1-jobs.mdx:1:1 report-not-in-catalogue',
      'content/report/vi/i-1-old.mdx:1:1 report-file-name',
      'content/reports.yml:7:5 report-opening-missing year',
      'content/reports.yml:7:5 report-opening-missing year',
    ]);
  });
});

describe('drafts', () => {
  const files: Record<string, string> = { 'content/reports.yml': catalogue(entry(2031) + entry(2032, 'status: draft')), ...goodReport(2031), ...goodReport(2032) };
  for (const lang of ['vi', 'en']) {
    files[`content/report/2031/${lang}/iii-plan.mdx`] = mdx('title: Kế hoạch\ndescription: "[CẦN VIẾT · TO WRITE] Tóm tắt."\norder: 3\nsection: III\ndraft: true', '[CẦN VIẾT · TO WRITE] Viết ở đây.');
  }

  it('a draft page or a draft report is valid with its placeholders, listed, and left out of the public site', () => {
    const { problems, content } = check(files);
    expect(problems).toEqual([]);
    const drafts = draftsOf(content);
    expect(drafts.reports.map((d) => [d.report.year, d.pages])).toEqual([[2032, 3]]);
    expect(drafts.pages.map((p) => p.file)).toEqual(['content/report/2031/en/iii-plan.mdx', 'content/report/2031/vi/iii-plan.mdx']);
    const shown = publicContent(content);
    expect(shown.reports.map((r) => r.year)).toEqual([2031]);
    expect(shown.pages.some((p) => p.year === 2032 || p.slug === 'iii-plan')).toBe(false);
  });

  it('a page marked ready with its placeholder still in it is an error, at each place', () => {
    const ready: Record<string, string> = { ...files };
    for (const lang of ['vi', 'en']) ready[`content/report/2031/${lang}/iii-plan.mdx`] = ready[`content/report/2031/${lang}/iii-plan.mdx`]!.replace('draft: true\n', '');
    const { problems } = check(ready);
    expect(problems.map(brief)).toEqual([
      'content/report/2031/en/iii-plan.mdx:3:15 report-placeholder',
      'content/report/2031/en/iii-plan.mdx:8:1 report-placeholder',
      'content/report/2031/vi/iii-plan.mdx:3:15 report-placeholder',
      'content/report/2031/vi/iii-plan.mdx:8:1 report-placeholder',
    ]);
  });

  it('a section cannot be ready while its parent is a draft, nor a report published while its opening page is', () => {
    const broken: Record<string, string> = { ...files, 'content/reports.yml': catalogue(entry(2031)) };
    delete broken['content/report/2032/vi/index.mdx'];
    for (const lang of ['vi', 'en']) {
      broken[`content/report/2031/${lang}/index.mdx`] = mdx('description: Mở đầu.\ndraft: true');
      broken[`content/report/2031/${lang}/iii-plan.mdx`] = mdx('title: Kế hoạch\ndescription: Tóm tắt.\norder: 3\nsection: III\ndraft: true');
      broken[`content/report/2031/${lang}/iii-1-tasks.mdx`] = mdx('title: Nhiệm vụ\ndescription: Tóm tắt.\norder: 4\nsection: III.1');
    }
    const { problems } = check(broken);
    expect(problems.filter((p) => !p.file.includes('2032')).map((p) => `${brief(p)}: ${p.params?.expected_en}`)).toEqual([
      'content/report/2031/en/iii-1-tasks.mdx:5:10 yaml-schema section: the parent content/report/2031/en/iii-plan.mdx is still a draft: a section can be ready only once its parent is',
      'content/report/2031/vi/iii-1-tasks.mdx:5:10 yaml-schema section: the parent content/report/2031/vi/iii-plan.mdx is still a draft: a section can be ready only once its parent is',
      'content/reports.yml:3:13 yaml-schema status: the opening page content/report/2031/vi/index.mdx is still a draft (draft: true); delete that line before publishing the report',
      'content/reports.yml:3:13 yaml-schema status: the opening page content/report/2031/en/index.mdx is still a draft (draft: true); delete that line before publishing the report',
    ]);
  });
});
