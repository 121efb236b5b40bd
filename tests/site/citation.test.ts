import { describe, expect, it } from 'vitest';
import { datasetCitation, figureCitation, figureUrl, licence } from '../../src/data/citation.ts';
import { findFigure } from '../../src/data/figures.ts';
import { loadData } from '../../src/data/load.ts';

const data = loadData();
const site = 'https://example.org';
const ref = (key: string) => {
  const r = findFigure(data, key);
  if (!r) throw new Error(`no figure ${key}`);
  return r;
};

describe('citations', () => {
  it('name the dataset, its update date, its sources, its URL and licence, in the page language', () => {
    const { dataset } = ref('labour-export/2009/total/workers');
    const vi = datasetCitation(dataset, data.sources, 'vi', site);
    const en = datasetCitation(dataset, data.sources, 'en', site);
    expect(vi).toContain(dataset.meta.title.vi);
    expect(vi).toContain('https://example.org/datasets/labour-export/');
    expect(vi).toContain('Báo cáo tổng kết công tác vì sự tiến bộ phụ nữ Bộ năm 2009');
    expect(vi).toMatch(/\d+ nguồn báo chí/);
    expect(vi).toContain('CC BY 4.0');
    expect(en).toContain(dataset.meta.title.en);
    expect(en).toContain('https://example.org/en/datasets/labour-export/');
    expect(en).toMatch(/\d+ news sources/);
  });

  it('cite one figure with its value as the page writes it, its status and its source section', () => {
    const { dataset, figure } = ref('poverty-rate/2010/standard-2006-2010/rate');
    const vi = figureCitation(dataset, figure, data.sources, 'vi', site);
    const en = figureCitation(dataset, figure, data.sources, 'en', site);
    expect(vi).toContain('khoảng 9,5% (dự báo)');
    expect(vi).toContain('mục I.2.3');
    expect(en).toContain('about 9.5% (forecast)');
    expect(en).toContain('section I.2.3');
    expect(en).toContain('https://example.org/en/datasets/poverty-rate/#fig-2010-standard-2006-2010-rate');
    expect(figureUrl(figure, 'vi', site)).toBe('https://example.org/datasets/poverty-rate/#fig-2010-standard-2006-2010-rate');
  });

  it('are the same on every build (no access date, no randomness)', () => {
    const { dataset, figure } = ref('job-creation/2009/total/new_jobs');
    expect(figureCitation(dataset, figure, data.sources, 'en', site)).toBe(figureCitation(dataset, figure, data.sources, 'en', site));
    expect(figureCitation(dataset, figure, data.sources, 'en', site)).toContain('1,510 thousand people');
  });

  it('spell licences out with a link to the deed', () => {
    expect(licence('CC-BY-4.0')).toEqual({ label: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(licence('CC-BY-SA-4.0').label).toBe('CC BY-SA 4.0');
    expect(licence('ODbL-1.0')).toEqual({ label: 'ODbL-1.0' });
  });
});
