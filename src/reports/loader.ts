// The content loader for the report pages: the same checks as `npm run validate` (the data's and the
// reports'), all problems at once in both languages, before Astro's own MDX loader reads the files.
// Astro's schema errors name no line; these do.
import { join } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { loadData, type SiteData } from '../data/load.ts';
import { DataValidationError, sortProblems, type Problem } from '../data/problems.ts';
import { CATALOGUE_FILE, REPORT_DIR } from './read.ts';
import { validateReports, type ReportContent } from './validate.ts';

/** The data and the reports' content, checked together: every problem of both, or none. */
export function validateSite(root: string): { data?: SiteData; content: ReportContent; problems: Problem[] } {
  let data: SiteData | undefined;
  const problems: Problem[] = [];
  try {
    data = loadData(root);
  } catch (error) {
    if (!(error instanceof DataValidationError)) throw error;
    problems.push(...error.problems);
  }
  const reports = validateReports(root, data);
  return { data, content: reports.content, problems: sortProblems([...problems, ...reports.problems]) };
}

export function reportLoader(root: string = process.cwd()): Loader {
  // Ids are the path without extension ("2031/vi/index"), so no two pages share one.
  const mdx = glob({ pattern: '*/*/*.mdx', base: `./${REPORT_DIR}`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
  return {
    name: 'validated-reports',
    async load(context) {
      const { problems } = validateSite(root);
      if (problems.length > 0) throw new DataValidationError(problems);
      await mdx.load(context);
      // While previewing (npm run dev), say at once what an edit broke; the page shows the last good state.
      context.watcher?.add(join(root, CATALOGUE_FILE));
      context.watcher?.on('change', (path) => {
        if (!path.includes('/content/report')) return;
        const now = validateReports(root).problems;
        if (now.length > 0) context.logger.error(new DataValidationError(now).message);
      });
    },
  };
}
