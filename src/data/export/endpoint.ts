// Small helpers the download endpoints share.
import type { Dataset, SiteData } from '../load.ts';

export function datasetById(data: SiteData, id: string | undefined): Dataset {
  const dataset = data.datasets.find((d) => d.meta.id === id);
  if (!dataset) throw new Error(`No dataset with id "${id}"`);
  return dataset;
}

/** The site's absolute URL (astro.config.mjs `site`): the downloads carry absolute links. */
export function siteOf(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs must set `site`: the downloads link back to the site with absolute URLs');
  return site;
}
