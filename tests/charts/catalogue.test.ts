// Which charts exist: ids are stable, unique site-wide and used in URLs (/charts/<id>.svg, /embed/<id>/).
import { describe, expect, it } from 'vitest';
import { allCharts, chartById, chartsFor, renderChart } from '../../src/charts/index.ts';
import { buildModel } from '../../src/charts/render.ts';
import { loadData } from '../../src/data/load.ts';
import { chartId } from '../../src/data/schemas/charts.ts';
import { jobs, leaders, sources, unchartable } from './fixtures.ts';

const data = loadData();

describe('chart catalogue', () => {
  it('every chart id on the site is unique, kebab-case and starts with its dataset id', () => {
    const defs = allCharts(data);
    const ids = defs.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const def of defs) expect(def.id).toMatch(new RegExp(`^${def.dataset}--[a-z0-9]+(-[a-z0-9]+)*$`));
  });

  it('gives the datasets of the 2009 report the charts the issue asks for', () => {
    const ids = allCharts(data).map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining([
      // Women against the (derived) rest, by level.
      'leadership-appointments--gender',
      'labour-export--gender',
      // Time series.
      'job-creation--trend',
      'labour-export--trend',
      'vocational-training--trend',
      'poverty-rate--trend',
      // Plan versus actual.
      'job-creation--plan',
      'labour-export--plan',
      'vocational-training--plan',
      // The female share as part of the whole.
      'labour-export--share',
      'vocational-training--share',
      'child-protection--share',
      'ministry-staff--share',
      'staff-training--share',
      'leadership-appointments--share',
    ]));
  });

  it('the labour-export trend draws workers, women and the year\'s plan as series of one chart', () => {
    expect(chartById(data.datasets.find((d) => d.meta.id === 'labour-export')!, 'labour-export--trend').measures).toEqual(['workers', 'women', 'plan']);
  });

  it('every dataset of the site has at least one chart', () => {
    for (const dataset of data.datasets) expect(chartsFor(dataset).length, dataset.meta.id).toBeGreaterThan(0);
  });

  it('are the charts each dataset YAML declares, in its order: nothing is chosen by measure names', () => {
    for (const dataset of data.datasets) {
      expect(chartsFor(dataset).map((d) => [d.id, d.kind, d.measures]), dataset.meta.id)
        .toEqual(dataset.meta.charts.map((c) => [chartId(dataset.meta.id, c), c.kind, c.measures]));
    }
  });

  it('a dataset that declares no chart gets none', () => {
    expect(chartsFor(unchartable)).toEqual([]);
  });

  it('each dataset page leads with the chart that draws the most years', () => {
    for (const dataset of data.datasets) {
      const years = chartsFor(dataset).map((def) => new Set(buildModel(def, dataset, 'en', data.sources).figures.map((f) => f.year)).size);
      expect(years[0], `${dataset.meta.id}: years drawn by each chart ${years.join(', ')}`).toBe(Math.max(...years));
    }
  });

  it('asking for an unknown chart fails in both languages, naming the charts that exist', () => {
    expect(() => chartById(leaders, 'leaders--pie')).toThrow(/Không có biểu đồ "leaders--pie".*No chart "leaders--pie".*leaders--gender/);
  });

  it('a chart drawn with another dataset fails instead of drawing wrong figures', () => {
    expect(() => renderChart(chartById(jobs, 'jobs--plan'), leaders, 'vi', { sources })).toThrow(/jobs--plan/);
  });
});
