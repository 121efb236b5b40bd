// /data/<id>.json carries exactly the validated figures, with their units and the sources they cite.
import { describe, expect, it } from 'vitest';
import { datasetCitation } from '../../src/data/citation.ts';
import { datasetJson, type DatasetJson } from '../../src/data/export/dataset-json.ts';
import { data, distFile, siteUrl } from './helpers.ts';

describe.each(data.datasets.map((d) => [d.meta.id, d] as const))('/data/%s.json', (id, dataset) => {
  const json = JSON.parse(distFile(`data/${id}.json`).toString('utf8')) as DatasetJson;

  it('is the generator output for the validated data', () => {
    expect(json).toEqual(JSON.parse(JSON.stringify(datasetJson(dataset, data.sources, siteUrl()))));
  });

  it('has every figure with its value, precision, unit and quote', () => {
    expect(json.figures).toHaveLength(dataset.figures.length);
    json.figures.forEach((f, i) => {
      const figure = dataset.figures[i]!;
      const measure = dataset.meta.measures.find((m) => m.id === figure.measure)!;
      expect(f).toMatchObject({
        year: figure.year, breakdown: figure.breakdown, measure: figure.measure, value: figure.value,
        decimals: figure.decimals, unit: measure.unit, status: figure.status, source: figure.source,
        quote: figure.quote, qualifier: figure.qualifier ?? null, flag: figure.flag ?? null,
      });
    });
  });

  it('details every source its figures cite', () => {
    const cited = [...new Set(dataset.figures.map((f) => f.source))].sort();
    expect(json.sources.map((s) => s.id).sort()).toEqual(cited);
    for (const s of json.sources) {
      const source = data.sources.find((x) => x.id === s.id)!;
      expect(s.title).toEqual(source.title);
      expect(s.issuer).toEqual(source.issuer);
    }
  });

  it('carries the dataset citation in both languages, as the dataset page shows it', () => {
    expect(json.citation.vi).toBe(datasetCitation(dataset, data.sources, 'vi', siteUrl()));
    expect(json.citation.en).toBe(datasetCitation(dataset, data.sources, 'en', siteUrl()));
    expect(json.citation.en).toContain(new URL(`/en/datasets/${id}/`, siteUrl()).href);
  });

  it('links to the stable download URLs on the site', () => {
    expect(json.urls.csv).toBe(new URL(`/data/${id}.csv`, siteUrl()).href);
    expect(json.urls.archive).toBe(new URL('/data/all-datasets.zip', siteUrl()).href);
  });
});
