// Byte sizes of the published files, shown next to download links. Computed once per build: the
// archive takes a few hundred milliseconds to compress and every dataset page shows its size.
import type { SiteData } from '../load.ts';
import { buildArchive } from './archive.ts';
import { dataPackage } from './datapackage.ts';
import { datasetCsv } from './dataset-csv.ts';
import { datasetJson, toJsonText } from './dataset-json.ts';

export interface PublishedSizes {
  csv: Map<string, number>;
  json: Map<string, number>;
  archive: number;
  datapackage: number;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const memo = new WeakMap<SiteData, Map<string, PublishedSizes>>();

export function publishedSizes(data: SiteData, site: string | URL): PublishedSizes {
  const key = String(site);
  const perSite = memo.get(data) ?? new Map<string, PublishedSizes>();
  memo.set(data, perSite);
  const cached = perSite.get(key);
  if (cached) return cached;
  const sizes: PublishedSizes = {
    csv: new Map(data.datasets.map((d) => [d.meta.id, bytes(datasetCsv(d))])),
    json: new Map(data.datasets.map((d) => [d.meta.id, bytes(toJsonText(datasetJson(d, data.sources, site)))])),
    archive: buildArchive(data, site).byteLength,
    datapackage: bytes(toJsonText(dataPackage(data, site))),
  };
  perSite.set(key, sizes);
  return sizes;
}
