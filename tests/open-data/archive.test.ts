// /data/all-datasets.zip: every file, the same bytes as the single downloads, and the same archive on every build.
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { archiveFiles, buildArchive } from '../../src/data/export/archive.ts';
import { data, distFile, siteUrl } from './helpers.ts';

const built = distFile('data/all-datasets.zip');
const entries = unzipSync(new Uint8Array(built));

describe('/data/all-datasets.zip', () => {
  it('holds every CSV and JSON, the data package, sources.json and README.txt', () => {
    const expected = ['README.txt', 'datapackage.json', 'sources.json', ...data.datasets.flatMap((d) => [`data/${d.meta.id}.csv`, `data/${d.meta.id}.json`])];
    expect(Object.keys(entries).sort()).toEqual(expected.sort());
  });

  it('holds byte for byte the files the site serves', () => {
    for (const path of ['datapackage.json', ...data.datasets.flatMap((d) => [`data/${d.meta.id}.csv`, `data/${d.meta.id}.json`])]) {
      expect(Buffer.from(entries[path]!).equals(distFile(path)), path).toBe(true);
    }
  });

  it('has a bilingual README that names every dataset and explains the BOM', () => {
    const readme = new TextDecoder().decode(entries['README.txt']);
    for (const d of data.datasets) expect(readme).toContain(`data/${d.meta.id}.csv`);
    expect(readme).toContain('UTF-8 có BOM');
    expect(readme).toContain('UTF-8 with a byte order mark (BOM)');
    expect(readme).toContain('CC-BY-4.0');
  });

  it('lists every source in sources.json', () => {
    const sources = JSON.parse(new TextDecoder().decode(entries['sources.json'])) as { sources: { id: string }[] };
    expect(sources.sources.map((s) => s.id)).toEqual(data.sources.map((s) => s.id));
  });
});

describe('archive determinism', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = tz;
  });

  it('builds the same bytes as the built site, again and again', () => {
    const again = buildArchive(data, siteUrl());
    expect(Buffer.from(again).equals(built)).toBe(true);
    expect(Buffer.from(buildArchive(data, siteUrl())).equals(Buffer.from(again))).toBe(true);
  });

  it('builds the same bytes in another time zone (ZIP stores local times)', () => {
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    const hanoi = buildArchive(data, siteUrl());
    process.env.TZ = 'America/Los_Angeles';
    const losAngeles = buildArchive(data, siteUrl());
    expect(Buffer.from(hanoi).equals(Buffer.from(losAngeles))).toBe(true);
  });

  it('stores files in a fixed order with the data\'s last update as their date', () => {
    expect(archiveFiles(data, siteUrl()).map(([p]) => p).slice(0, 3)).toEqual(['README.txt', 'datapackage.json', 'sources.json']);
    // Local file header of the first entry: DOS date at offset 12 (bits: year-1980, month, day).
    const dosDate = built.readUInt16LE(12);
    const latest = data.datasets.map((d) => d.meta.updated).sort().at(-1)!;
    const [y, m, d] = latest.split('-').map(Number);
    expect([(dosDate >> 9) + 1980, (dosDate >> 5) & 15, dosDate & 31]).toEqual([y, m, d]);
  });
});
