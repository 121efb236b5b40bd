// /datapackage.json validated by Frictionless Data's own library against the Data Package and Table Schema
// specs, and every resource read and cast from the built CSV files.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportColumns } from '../../src/data/export/columns.ts';
import { dataPackage } from '../../src/data/export/datapackage.ts';
import { flags, qualifiers, statuses } from '../../src/data/schemas/row.ts';
import { data, distFile, siteUrl } from './helpers.ts';

interface FrictionlessResource {
  name: string;
  valid: boolean;
  errors: Error[];
  read(options: { cast: boolean; keyed?: boolean }): Promise<Record<string, unknown>[]>;
}
interface FrictionlessPackage {
  valid: boolean;
  errors: Error[];
  resources: FrictionlessResource[];
}
const require = createRequire(import.meta.url);
const { Package } = require('datapackage') as { Package: { load(descriptor: unknown, options: { basePath: string }): Promise<FrictionlessPackage> } };

type Descriptor = ReturnType<typeof dataPackage>;
const descriptor = JSON.parse(distFile('datapackage.json').toString('utf8')) as Descriptor;

/**
 * The built files in a folder laid out as the site (datapackage.json beside data/). The published CSVs carry
 * a UTF-8 BOM for Excel; Frictionless asks consumers to strip it (frictionlessdata/datapackage#613), which
 * frictionless-py does but datapackage-js 1.x does not, so this reader strips exactly those three bytes.
 */
function siteCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'datapackage-'));
  mkdirSync(join(dir, 'data'));
  for (const d of data.datasets) {
    const csv = distFile(`data/${d.meta.id}.csv`);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    writeFileSync(join(dir, 'data', `${d.meta.id}.csv`), csv.subarray(3));
  }
  return dir;
}

describe('/datapackage.json', () => {
  it('is the generator output for the validated data', () => {
    expect(descriptor).toEqual(JSON.parse(JSON.stringify(dataPackage(data, siteUrl()))));
  });

  it('is a valid Tabular Data Package per the Frictionless library', async () => {
    const pkg = await Package.load(descriptor, { basePath: siteCopy() });
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    for (const r of pkg.resources) expect([r.name, r.valid, r.errors]).toEqual([r.name, true, []]);
  });

  it('is rejected by the same library when a field type is wrong (the check can fail)', async () => {
    const broken = structuredClone(descriptor);
    broken.resources[0]!.schema.fields[0]!.type = 'integr' as 'integer';
    const pkg = await Package.load(broken, { basePath: siteCopy() });
    expect(pkg.valid).toBe(false);
  });

  it('reads and casts every resource from the built CSVs: one row per figure, same values', async () => {
    const pkg = await Package.load(descriptor, { basePath: siteCopy() });
    expect(pkg.resources.map((r) => r.name)).toEqual(data.datasets.map((d) => d.meta.id));
    for (const [i, resource] of pkg.resources.entries()) {
      const dataset = data.datasets[i]!;
      const rows = await resource.read({ cast: true, keyed: true });
      expect(rows).toHaveLength(dataset.figures.length);
      rows.forEach((row, j) => {
        const f = dataset.figures[j]!;
        expect([row.year, row.breakdown, row.measure, row.value, row.status, row.qualifier ?? undefined, row.flag ?? undefined])
          .toEqual([f.year, f.breakdown, f.measure, f.value, f.status, f.qualifier, f.flag]);
      });
    }
  });

  it('takes its fields from the published columns and its enums from the code lists', () => {
    for (const [i, resource] of descriptor.resources.entries()) {
      const dataset = data.datasets[i]!;
      expect(resource.path).toBe(`data/${dataset.meta.id}.csv`);
      expect(resource.schema.fields.map((f) => f.name)).toEqual(exportColumns.map((c) => c.name));
      const enumOf = (name: string) => (resource.schema.fields.find((f) => f.name === name)!.constraints as { enum?: string[] }).enum;
      expect(enumOf('qualifier')).toEqual([...qualifiers]);
      expect(enumOf('status')).toEqual([...statuses]);
      expect(enumOf('flag')).toEqual([...flags]);
      expect(enumOf('breakdown')).toEqual(dataset.meta.breakdowns.map((b) => b.id));
      expect(enumOf('measure')).toEqual(dataset.meta.measures.map((m) => m.id));
      expect(enumOf('source')).toEqual(data.sources.map((s) => s.id));
      const value = resource.schema.fields.find((f) => f.name === 'value')!;
      for (const m of dataset.meta.measures) expect(value.description).toContain(`${m.id}: ${m.unit}`);
      expect(resource.bytes).toBe(distFile(resource.path).byteLength);
      expect(resource.licenses.map((l) => l.name)).toEqual([dataset.meta.licence]);
    }
    expect(descriptor.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
    expect(descriptor.sources.length).toBe(data.sources.length);
  });
});
