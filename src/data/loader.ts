import type { Loader } from 'astro/loaders';
import { validateData } from './load.ts';
import { DataValidationError } from './problems.ts';

/**
 * Astro content loader for data/: runs the same validation as `npm run validate` and throws on any
 * problem, so the build stops with the full bilingual report and nothing stale is published
 * (Astro's built-in file() loader logs parse errors and carries on).
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
      watcher?.on('change', (path) => {
        if (!path.startsWith(`${root}/data`)) return;
        try {
          sync();
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
    },
  };
}
