import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { datasetLoader } from './data/loader.ts';
import { reportPageSchema, reportingSystemPageSchema } from './components/report/schema.ts';

export const collections = {
  data: defineCollection({ loader: datasetLoader() }),
  // The 2009 report's sections, one MDX per section per language: content/report/<vi|en>/<slug>.mdx
  report: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: './content/report' }), schema: reportPageSchema }),
  reportingSystem: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: './content/reporting-system' }), schema: reportingSystemPageSchema }),
};
