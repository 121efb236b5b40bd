// The published CSV: opens in Excel with Vietnamese intact (BOM), RFC 4180 (CRLF, quoting), and no
// cell that a spreadsheet would run as a formula, even when the input slipped one through.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportColumns } from '../../src/data/export/columns.ts';
import { writeCsv } from '../../src/data/export/csv-writer.ts';
import { datasetCsv } from '../../src/data/export/dataset-csv.ts';
import { csvColumns } from '../../src/data/schemas/row.ts';
import { craftedDataset, data, distFile } from './helpers.ts';

const records = (csv: string): string[][] => parse(csv, { bom: true, record_delimiter: '\r\n' });

describe('CSV writer', () => {
  it('starts with the UTF-8 byte order mark EF BB BF', () => {
    const bytes = Buffer.from(datasetCsv(craftedDataset()), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3, 7).toString()).toBe('year');
  });

  it('ends every record with CRLF and never uses a bare LF or CR', () => {
    const csv = datasetCsv(craftedDataset({ note_vi: 'dòng một\ndòng hai' }));
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted cells every line break is CRLF: strip quoted cells, then look for lone breaks.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    expect(unquoted.split('\r\n')).toHaveLength(3);
  });

  it('quotes cells with commas, quotes and line breaks, doubling inner quotes', () => {
    const csv = writeCsv([{ name: 'a', kind: 'text' }, { name: 'b', kind: 'text' }, { name: 'c', kind: 'text' }],
      [['1.510 ngàn, đạt 88,8%', 'Ban "Vì sự tiến bộ"', 'hai\r\ndòng']], { bom: false });
    expect(csv).toBe('a,b,c\r\n"1.510 ngàn, đạt 88,8%","Ban ""Vì sự tiến bộ""","hai\r\ndòng"\r\n');
    expect(records(csv)[1]).toEqual(['1.510 ngàn, đạt 88,8%', 'Ban "Vì sự tiến bộ"', 'hai\r\ndòng']);
  });

  it.each([
    ['=HYPERLINK("http://x","y")'], ['+84 912'], ['-1+2'], ['@SUM(A1:A2)'], ['\tcmd'], ['\rcmd'],
  ])('neutralises a text cell starting %j with a leading apostrophe', (text) => {
    const csv = datasetCsv(craftedDataset({ quote: text, note_vi: text, note_en: text, section: text }));
    const row = records(csv)[1]!;
    const cell = (name: string) => row[exportColumns.findIndex((c) => c.name === name)];
    for (const name of ['quote', 'note_vi', 'note_en', 'section']) expect(cell(name)).toBe(`'${text}`);
  });

  it('neutralises formula-like labels from the metadata too', () => {
    const dataset = craftedDataset();
    dataset.meta.measures[0]!.label = { vi: '=1+1', en: '+change' };
    const row = records(datasetCsv(dataset))[1]!;
    expect(row[exportColumns.findIndex((c) => c.name === 'measure_label_vi')]).toBe("'=1+1");
    expect(row[exportColumns.findIndex((c) => c.name === 'measure_label_en')]).toBe("'+change");
  });

  it('keeps a negative value numeric: numbers are never prefixed', () => {
    const row = records(datasetCsv(craftedDataset({ value: -2.5, decimals: 1 })))[1]!;
    expect(row[exportColumns.findIndex((c) => c.name === 'value')]).toBe('-2.5');
  });

  it('refuses to write anything but a plain number in a number column', () => {
    expect(() => writeCsv([{ name: 'value', kind: 'number' }], [['=1+1']])).toThrow(/plain number/);
    expect(() => writeCsv([{ name: 'value', kind: 'number' }], [[Number.NaN]])).toThrow(/plain number/);
  });

  it('writes the value with the decimals the source used and a point as decimal mark', () => {
    const row = records(datasetCsv(craftedDataset({ value: 40, decimals: 1 })))[1]!;
    expect(row[exportColumns.findIndex((c) => c.name === 'value')]).toBe('40.0');
  });
});

describe('published columns', () => {
  it('keep every column of the repository CSV in its order, with labels and unit beside the codes', () => {
    const names = exportColumns.map((c) => c.name);
    expect(names.filter((n) => (csvColumns as readonly string[]).includes(n))).toEqual([...csvColumns]);
    expect(names).toEqual([
      'year', 'breakdown', 'breakdown_label_vi', 'breakdown_label_en', 'measure', 'measure_label_vi', 'measure_label_en',
      'value', 'unit', 'qualifier', 'status', 'source', 'section', 'quote', 'flag', 'note_vi', 'note_en',
    ]);
  });
});

describe.each(data.datasets.map((d) => [d.meta.id, d] as const))('/data/%s.csv as built', (id, dataset) => {
  const bytes = distFile(`data/${id}.csv`);

  it('is the writer output of the validated figures, with the BOM', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(datasetCsv(dataset));
  });

  it('has one row per figure with the same year, codes, value and quote', () => {
    const [header, ...rows] = records(bytes.toString('utf8'));
    expect(header).toEqual(exportColumns.map((c) => c.name));
    expect(rows).toHaveLength(dataset.figures.length);
    rows.forEach((row, i) => {
      const f = dataset.figures[i]!;
      const cell = (name: string) => row[header!.indexOf(name)];
      expect([Number(cell('year')), cell('breakdown'), cell('measure'), Number(cell('value')), cell('quote'), cell('status')])
        .toEqual([f.year, f.breakdown, f.measure, f.value, f.quote, f.status]);
    });
  });

  it('keeps Vietnamese text in NFC', () => {
    const text = bytes.toString('utf8');
    expect(text).toBe(text.normalize('NFC'));
  });
});
