// npm run validate: the same checks the build runs (the data, and the reports' content), for staff and
// for pull-request CI; also lists the drafts, which the public site leaves out.
import { formatProblems, githubAnnotation } from '../src/data/problems.ts';
import { validateSite } from '../src/reports/loader.ts';
import { draftsOf, type Drafts } from '../src/reports/validate.ts';

function draftLines(drafts: Drafts): string[] {
  if (drafts.reports.length === 0 && drafts.pages.length === 0) return [];
  return [
    'Bản nháp, chưa có trên trang web / Drafts, not on the site:',
    ...drafts.reports.map(({ report, pages }) => `  content/reports.yml: báo cáo năm ${report.year} (status: draft), ${pages} trang mỗi thứ tiếng / the ${report.year} report (status: draft), ${pages} page${pages === 1 ? '' : 's'} in each language`),
    ...drafts.pages.map((p) => `  ${p.file} (draft: true)`),
    '',
  ];
}

const { data, content, problems } = validateSite(process.cwd());
const drafts = draftLines(draftsOf(content));
if (drafts.length > 0) console.log(drafts.join('\n'));
if (problems.length > 0 || !data) {
  console.error(formatProblems(problems));
  // Under GitHub Actions each problem also becomes an annotation on the pull request's diff.
  if (process.env.GITHUB_ACTIONS === 'true') for (const p of problems) console.log(githubAnnotation(p));
  process.exitCode = 1;
} else {
  const figures = data.datasets.reduce((n, d) => n + d.figures.length, 0);
  const reports = content.reports.length;
  console.log(`Dữ liệu hợp lệ: ${data.datasets.length} bộ dữ liệu, ${figures} số liệu, ${data.sources.length} nguồn, ${reports} báo cáo.`);
  console.log(`Data is valid: ${data.datasets.length} datasets, ${figures} figures, ${data.sources.length} sources, ${reports} report${reports === 1 ? '' : 's'}.`);
}
