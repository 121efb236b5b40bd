// npm run new-year -- <year>: prepares the rows a new reporting year needs, and says what to fill in.
//
// Design: the rows go straight into each data/<id>.csv, with value, source and quote left blank.
// A blank in those cells is the explicit "to fill" state: the validator refuses it (blank-required,
// quote-required), so `npm run validate`, the build and the pull-request check all fail, with one
// annotation per empty cell, until an editor fills the cell in or deletes the row. Nothing is
// guessed and nothing unfilled can publish. Scaffold files kept beside the data were rejected:
// the validator never reads them, so rows filled in there but never copied over would be lost
// without a word, and copying rows between files in the web editor is itself error-prone.
//
// The report's narrative pages are another command's: `npm run new-report -- <year>` scaffolds them as
// drafts (content/report/<year>/), which the public site leaves out until staff mark them ready.
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plausibleYears, validateData, type Dataset, type SiteData } from '../src/data/load.ts';
import { formatProblems } from '../src/data/problems.ts';
import { figureKey } from '../src/data/checks.ts';
import { csvColumns, type CsvColumn, type Figure } from '../src/data/schemas/row.ts';

/** A row the editor must complete: everything but these cells is blank. */
interface RowToFill {
  breakdown: string;
  measure: string;
  status: Figure['status'];
}

interface DatasetPlan {
  dataset: Dataset;
  templateYear: number;
  rows: RowToFill[];
  /** Rows the new year already has for the same breakdown and measure (for instance a forecast). */
  present: Figure[];
}

class Refusal extends Error {}

const refuse = (vi: string, en: string): never => {
  throw new Refusal(`${vi}\n${en}`);
};

function parseYear(args: readonly string[], now: Date): number {
  const usage = 'npm run new-year -- 2010';
  if (args.length !== 1 || !/^\d{4}$/.test(args[0]!)) {
    const got = args.length === 0 ? '(không có / nothing)' : args.map((a) => `"${a}"`).join(' ');
    refuse(
      `Lỗi: cần đúng một năm gồm 4 chữ số, ví dụ: ${usage} (nhận được: ${got}).`,
      `Error: exactly one four-digit year is needed, for example: ${usage} (got: ${got}).`,
    );
  }
  const year = Number(args[0]);
  const { min, max } = plausibleYears(now);
  if (year < min || year > max) {
    refuse(`Lỗi: năm ${year} nằm ngoài khoảng ${min}–${max} mà dữ liệu chấp nhận.`, `Error: the year ${year} is outside the range ${min}–${max} the data accepts.`);
  }
  return year;
}

/** Sources of kind "primary": the annual reports and guidance documents themselves, not news items. */
const primarySourceIds = (data: SiteData) => new Set(data.sources.filter((s) => s.kind === 'primary').map((s) => s.id));

/** Rows the annual report itself gave as results for that year: what "the year exists" means. */
function reportedRows(data: SiteData, primary: ReadonlySet<string>, year: number): Figure[] {
  return data.datasets.flatMap((d) => d.figures.filter((f) => f.year === year && f.status === 'actual' && primary.has(f.source)));
}

/**
 * The model for the new year's rows: the latest year before it whose results come from a primary
 * document (usually last year's report), or, when filling an earlier year, the earliest one after it.
 */
function templateYearOf(figures: readonly Figure[], primary: ReadonlySet<string>, year: number): number | undefined {
  const years = [...new Set(figures.filter((f) => f.status === 'actual' && primary.has(f.source)).map((f) => f.year))].filter((y) => y !== year);
  const before = years.filter((y) => y < year);
  if (before.length > 0) return Math.max(...before);
  return years.length > 0 ? Math.min(...years) : undefined;
}

function planDataset(dataset: Dataset, primary: ReadonlySet<string>, year: number): DatasetPlan | undefined {
  const templateYear = templateYearOf(dataset.figures, primary, year);
  if (templateYear === undefined) return undefined;
  const existing = new Map(dataset.figures.filter((f) => f.year === year).map((f) => [figureKey(f), f]));
  const rows: RowToFill[] = [];
  const present: Figure[] = [];
  for (const f of dataset.figures) {
    if (f.year !== templateYear || !primary.has(f.source)) continue;
    const already = existing.get(figureKey({ ...f, year }));
    if (already) present.push(already);
    else rows.push({ breakdown: f.breakdown, measure: f.measure, status: f.status });
  }
  return { dataset, templateYear, rows, present };
}

function csvLine(year: number, row: RowToFill): string {
  const cells: Record<CsvColumn, string> = {
    year: String(year), breakdown: row.breakdown, measure: row.measure, value: '', qualifier: '', status: row.status,
    source: '', section: '', quote: '', flag: '', note_vi: '', note_en: '',
  };
  return csvColumns.map((c) => cells[c]).join(',');
}

/** Appends the rows in the file's own line-ending style; returns the line number of each. */
function appendRows(root: string, csvFile: string, lines: readonly string[]): number[] {
  const path = join(root, csvFile);
  const bytes = readFileSync(path);
  const eol = bytes.includes('\r\n') ? '\r\n' : '\n';
  const endsWithNewline = bytes.length > 0 && bytes[bytes.length - 1] === 0x0a;
  let lineBreaks = bytes.reduce((n, b) => (b === 0x0a ? n + 1 : n), 0);
  if (!endsWithNewline) lineBreaks++;
  appendFileSync(path, (endsWithNewline ? '' : eol) + lines.map((l) => l + eol).join(''));
  return lines.map((_, i) => lineBreaks + 1 + i);
}

function describeRow(dataset: Dataset, year: number, row: { breakdown: string; measure: string }): string {
  const measure = dataset.meta.measures.find((m) => m.id === row.measure)!;
  return `${year}, ${row.breakdown}, ${row.measure} — ${measure.label.vi} / ${measure.label.en} [${measure.unit}]`;
}

function run(root: string, args: readonly string[], now = new Date()): string[] {
  const year = parseYear(args, now);
  const { data, problems } = validateData(root, now);
  if (problems.length > 0) {
    refuse(
      `${formatProblems(problems)}\n\nLỗi: dữ liệu đang có lỗi (ở trên), nên chưa chuẩn bị năm ${year}. Hãy sửa hết trước (npm run validate). Nếu đó là các ô trống của một lần chạy new-year trước, hãy điền chúng thay vì chạy lại.`,
      `Error: the data has errors (above), so the year ${year} was not prepared. Fix them all first (npm run validate). If they are the blank cells of an earlier new-year run, fill them in instead of running it again.`,
    );
  }
  const primary = primarySourceIds(data);
  const reported = reportedRows(data, primary, year);
  if (reported.length > 0) {
    const where = [...new Set(reported.map((f) => `data/${f.dataset}.csv`))].join(', ');
    refuse(
      `Lỗi: năm ${year} đã có số liệu thực hiện từ tài liệu nguồn chính (${where}). Không thêm gì. Để sửa một số liệu, hãy sửa trực tiếp dòng đó.`,
      `Error: the year ${year} already has results from a primary source document (${where}). Nothing was added. To correct a figure, edit its row directly.`,
    );
  }
  const plans = data.datasets.map((d) => ({ d, plan: planDataset(d, primary, year) }));
  const toFill = plans.flatMap(({ plan }) => (plan && plan.rows.length > 0 ? [plan] : []));
  if (toFill.length === 0) {
    refuse(
      `Lỗi: không có dòng nào cần thêm cho năm ${year}: mọi chỉ tiêu của báo cáo năm đã có dòng cho năm này.`,
      `Error: there is no row to add for ${year}: every indicator of the annual report already has a row for that year.`,
    );
  }

  const out: string[] = [];
  const total = toFill.reduce((n, p) => n + p.rows.length, 0);
  out.push(`Chuẩn bị năm ${year} / Preparing the year ${year}`, '');
  out.push(`Đã thêm ${total} dòng vào ${toFill.length} tệp. Mỗi dòng có sẵn year, breakdown, measure, status; các ô còn lại để trống.`);
  out.push(`Added ${total} rows to ${toFill.length} files. Each row has its year, breakdown, measure and status; the other cells are blank.`, '');
  out.push('Trong mỗi dòng dưới đây, hãy điền: value (số liệu, viết 1510 hoặc 88.8), source (mã tài liệu trong data/sources.yml), quote (câu trích nguyên văn có số liệu); thêm section, qualifier nếu có; kiểm tra status.');
  out.push('In each row below, fill in: value (the figure, written 1510 or 88.8), source (the document id in data/sources.yml), quote (the exact sentence with the figure); add section and qualifier where they apply; check status.');
  out.push('Nếu báo cáo không có số liệu cho một dòng, hãy xoá cả dòng đó (không ghi 0). / If the report gives no figure for a row, delete the whole row (do not write 0).', '');
  for (const plan of toFill) {
    const lines = appendRows(root, plan.dataset.csvFile, plan.rows.map((r) => csvLine(year, r)));
    out.push(`${plan.dataset.csvFile} (theo mẫu năm / modelled on ${plan.templateYear})`);
    plan.rows.forEach((r, i) => out.push(`  dòng/line ${lines[i]}: ${describeRow(plan.dataset, year, r)}`));
    out.push('');
  }
  const present = plans.flatMap(({ plan }) => plan?.present.map((f) => ({ f, d: plan.dataset })) ?? []);
  if (present.length > 0) {
    out.push(`Đã có sẵn, không thêm (nếu báo cáo năm ${year} cho số liệu chính thức, hãy sửa chính dòng này: value, status, source, quote):`);
    out.push(`Already present, not added (if the ${year} report gives the final figure, edit this very row: value, status, source, quote):`);
    for (const { f, d } of present) out.push(`  ${d.csvFile} dòng/line ${f.line}: ${describeRow(d, year, f)} (${f.status}, ${f.source})`);
    out.push('');
  }
  const skipped = plans.filter(({ plan }) => !plan).map(({ d }) => d.csvFile);
  if (skipped.length > 0) {
    out.push(`Không thêm gì vào (không có số liệu từ tài liệu nguồn chính để làm mẫu) / Nothing added to (no figures from a primary source to model on): ${skipped.join(', ')}`, '');
  }
  out.push('Bước tiếp theo / Next steps:');
  out.push(`  1. Thêm báo cáo năm ${year} vào data/sources.yml (xem CONTRIBUTING.md). / Add the ${year} report to data/sources.yml (see CONTRIBUTING.md).`);
  out.push('  2. Điền các dòng ở trên. / Fill in the rows above.');
  out.push('  3. npm run validate: liệt kê mọi ô còn trống; trang web chỉ được xây dựng khi không còn lỗi nào. / lists every cell still blank; the site builds only when no error is left.');
  out.push('  4. Ghi vào content/changelog.yml và đổi updated: trong tệp .yml của các bộ dữ liệu đã sửa (CONTRIBUTING.md, mục 2.3). / Record the change in content/changelog.yml and set updated: in the .yml of each dataset changed (CONTRIBUTING.md, section 2.3).');
  out.push(`  5. Các trang của báo cáo năm ${year}: npm run new-report -- ${year} (CONTRIBUTING.md, mục 7.2). / The ${year} report's pages: npm run new-report -- ${year} (CONTRIBUTING.md, section 7.2).`);
  return out;
}

try {
  console.log(run(process.cwd(), process.argv.slice(2)).join('\n'));
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
