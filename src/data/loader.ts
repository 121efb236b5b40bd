import type { Loader } from 'astro/loaders';
import { dataChanged, validateData } from './load.ts';
import { DataValidationError } from './problems.ts';

/**
 * Astro content loader for data/: runs the same validation as `npm run validate` and throws on any
 * problem, so the build stops with the full bilingual report and nothing stale is published
 * (Astro's built-in file() loader logs parse errors and carries on).
 *
 * Under `astro dev` it also watches data/: each edit makes loadData() validate again, so the next page
 * shows the new figures, or Astro's error page with the same bilingual report. Rewriting the store
 * (emptied while the data is wrong) is what makes Astro reload the open browser tab.
 */
export function datasetLoader(root: string = process.cwd()): Loader {
  return {
    name: 'validated-datasets',
    async load({ store, watcher, logger }) {
      const sync = () => {
        const { data, problems } = validateData(root);
        if (problems.length > 0) throw new DataValidationError(problems);
        store.clear();
        for (const dataset of data.datasets) store.set({ id: dataset.meta.id, data: { ...dataset } });
        for (const source of data.sources) store.set({ id: `source:${source.id}`, data: { ...source } });
      };
      sync();
      watcher?.add(`${root}/data`);
      watcher?.on('all', (event, path) => {
        if (!['add', 'change', 'unlink'].includes(event) || !path.startsWith(`${root}/data/`)) return;
        dataChanged();
        try {
          sync();
        } catch (error) {
          store.clear();
          logger.error((error as Error).message);
        }
      });
    },
  };
}
