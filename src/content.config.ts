import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { datasetLoader } from './data/loader.ts';
import { reportLoader } from './reports/loader.ts';
import { reportPageSchema, reportingSystemPageSchema } from './reports/schemas.ts';

export const collections = {
  data: defineCollection({ loader: datasetLoader() }),
  // The annual reports' pages, one MDX per section per language: content/report/<year>/<vi|en>/<slug>.mdx,
  // listed in content/reports.yml; checked with file and line before Astro reads them.
  report: defineCollection({ loader: reportLoader(), schema: reportPageSchema }),
  reportingSystem: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: './content/reporting-system' }), schema: reportingSystemPageSchema }),
};
