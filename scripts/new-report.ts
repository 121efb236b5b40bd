// npm run new-report -- <year> [--template]: starts next year's report. Writes both languages' pages
// under content/report/<year>/, all drafts (left out of the public site), with last report's tree or,
// with --template, the reporting guidance's outline (content/report-template.yml); adds the report to
// content/reports.yml with status: draft. Refuses, changing nothing, when that year already exists.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatProblems } from '../src/data/problems.ts';
import { CATALOGUE_FILE, REPORT_DIR } from '../src/reports/read.ts';
import { planReport, Refusal, TEMPLATE_FILE, withEntry, type Scaffold } from '../src/reports/scaffold.ts';

function parseArgs(args: readonly string[]): { year: number; template: boolean } {
  const template = args.includes('--template');
  const rest = args.filter((a) => a !== '--template');
  if (rest.length !== 1 || !/^\d{4}$/.test(rest[0]!)) {
    const got = args.length === 0 ? '(không có / nothing)' : args.map((a) => `"${a}"`).join(' ');
    throw new Refusal(
      `Lỗi: cần đúng một năm gồm 4 chữ số, ví dụ: npm run new-report -- 2010 (hoặc thêm --template để dùng đề cương của hướng dẫn) (nhận được: ${got}).`,
      `Error: exactly one four-digit year is needed, for example: npm run new-report -- 2010 (or add --template for the guidance's outline) (got: ${got}).`,
    );
  }
  return { year: Number(rest[0]), template };
}

function write(root: string, plan: Scaffold): void {
  for (const f of plan.files) {
    mkdirSync(dirname(join(root, f.file)), { recursive: true });
    writeFileSync(join(root, f.file), f.text, { flag: 'wx' });
  }
  const catalogue = join(root, CATALOGUE_FILE);
  writeFileSync(catalogue, withEntry(readFileSync(catalogue, 'utf8'), plan.catalogueAddition));
}

function summary(plan: Scaffold): string[] {
  const { year } = plan;
  const dir = `${REPORT_DIR}/${year}`;
  const count = (lang: string) => {
    const mine = plan.files.filter((f) => f.file.startsWith(`${dir}/${lang}/`));
    const groups = mine.filter((f) => f.text.includes('\ngroup: true\n')).length;
    return `${mine.length - groups} trang, ${groups} đề mục nhóm / ${mine.length - groups} pages, ${groups} group headings`;
  };
  const base = plan.basedOn !== undefined
    ? [`Theo cây mục lục của báo cáo năm ${plan.basedOn} (tiêu đề, số mục, thứ tự). / Following the tree of the ${plan.basedOn} report (titles, numbers, order).`]
    : [`Theo đề cương báo cáo của hướng dẫn (${TEMPLATE_FILE}). / Following the report outline of the guidance (${TEMPLATE_FILE}).`];
  return [
    `Báo cáo năm ${year}: đã tạo ${plan.files.length} tệp, tất cả là bản nháp. / The ${year} report: ${plan.files.length} files created, all drafts.`,
    ...base,
    `  ${CATALOGUE_FILE}: thêm báo cáo năm ${year}, status: draft / added the ${year} report, status: draft`,
    `  ${dir}/vi/: ${count('vi')}`,
    `  ${dir}/en/: ${count('en')}`,
    '',
    'Bản nháp không có trên trang web công khai; npm run validate liệt kê chúng, npm run dev cho xem trước.',
    'Drafts are not on the public site; npm run validate lists them, npm run dev previews them.',
    '',
    'Bước tiếp theo / Next steps (CONTRIBUTING.md, mục/section 7.2):',
    `  1. Kiểm tra tiêu đề và cơ quan ban hành trong ${CATALOGUE_FILE}, và tiêu đề, số mục của từng trang; thêm, bớt hay đổi tên trang cho khớp với báo cáo. / Check the title and issuer in ${CATALOGUE_FILE}, and each page's title and number; add, remove or rename pages to match the report.`,
    `  2. Viết từng trang (vi và en) thay cho chữ [CẦN VIẾT · TO WRITE]; khi xong, xoá dòng draft: true ở cả hai bản. / Write each page (vi and en) in place of [CẦN VIẾT · TO WRITE]; when done, delete the line draft: true in both.`,
    `  3. Thêm báo cáo vào data/sources.yml và toàn văn vào data/documents/, rồi ghi mã của nó ở source: trong ${CATALOGUE_FILE}. / Add the report to data/sources.yml and its full text to data/documents/, then write its id as source: in ${CATALOGUE_FILE}.`,
    `  4. Khi mọi trang đã sẵn sàng: đổi status: draft thành status: published, chạy npm run validate, rồi mở pull request. / When every page is ready: change status: draft to status: published, run npm run validate, then open a pull request.`,
  ];
}

try {
  const { year, template } = parseArgs(process.argv.slice(2));
  const plan = planReport(process.cwd(), year, template);
  write(process.cwd(), plan);
  console.log(summary(plan).join('\n'));
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  if (error.problems.length > 0) console.error(`${formatProblems(error.problems)}\n`);
  console.error(error.message);
  process.exitCode = 1;
}
