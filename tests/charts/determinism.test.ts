// Builds must be byte-for-byte reproducible: no randomness, no clock, no ids that change between runs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allCharts, renderChart } from '../../src/charts/index.ts';
import { loadData } from '../../src/data/load.ts';

const data = loadData();
const renderAll = () =>
  allCharts(data).flatMap((def) => (['vi', 'en'] as const).map((lang) => renderChart(def, data.datasets.find((d) => d.meta.id === def.dataset)!, lang)));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('chart determinism', () => {
  afterEach(() => vi.restoreAllMocks());

  it('renders every chart identically twice', () => {
    expect(renderAll()).toEqual(renderAll());
  });

  it('never asks for a random number or the time', () => {
    const random = vi.spyOn(Math, 'random');
    const now = vi.spyOn(Date, 'now');
    renderAll();
    expect(random).not.toHaveBeenCalled();
    expect(now).not.toHaveBeenCalled();
  });

  it('the chart code has no source of randomness or time', () => {
    for (const file of [...filesUnder('src/charts'), ...filesUnder('src/components/charts'), ...filesUnder('src/scripts/charts')]) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/Math\.random|Date\.now|new Date\(|performance\.now|crypto\.|randomUUID/);
    }
  });
});
