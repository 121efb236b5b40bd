// npm run validate: the same checks the build runs, for staff and for pull-request CI.
import { formatProblems, githubAnnotation } from '../src/data/problems.ts';
import { validateData } from '../src/data/load.ts';

const { data, problems } = validateData(process.cwd());
if (problems.length > 0) {
  console.error(formatProblems(problems));
  // Under GitHub Actions each problem also becomes an annotation on the pull request's diff.
  if (process.env.GITHUB_ACTIONS === 'true') for (const p of problems) console.log(githubAnnotation(p));
  process.exitCode = 1;
} else {
  const figures = data.datasets.reduce((n, d) => n + d.figures.length, 0);
  console.log(`Dữ liệu hợp lệ: ${data.datasets.length} bộ dữ liệu, ${figures} số liệu, ${data.sources.length} nguồn.`);
  console.log(`Data is valid: ${data.datasets.length} datasets, ${figures} figures, ${data.sources.length} sources.`);
}
