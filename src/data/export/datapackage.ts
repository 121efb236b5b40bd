// /datapackage.json: a Frictionless Tabular Data Package (v1 specs) generated from the same column
// list as the CSV writer (itself tied to csvColumns and the code lists in src/data/schemas), so the
// package, the files and the validator cannot drift apart.
import { createHash } from 'node:crypto';
import type { Dataset, SiteData } from '../load.ts';
import type { Bilingual } from '../schemas/common.ts';
import type { Source } from '../schemas/sources.ts';
import { exportColumns, type ColumnContext, type ExportColumn } from './columns.ts';
import { CRLF } from './csv-writer.ts';
import { datasetCsv } from './dataset-csv.ts';
import { sourcesOf } from './dataset-json.ts';
import { licenceOf } from './licence.ts';
import { absoluteUrl, csvPath, datapackagePath, homePath, sourcePath } from '../../urls.ts';

export const PACKAGE_NAME = 'tien-bo-phu-nu';

const both = (text: Bilingual, separator = ' / ') => `${text.vi}${separator}${text.en}`;

/** Units of the value column, measure by measure: the schema's description says what each row's number counts. */
function valueDescription(column: ExportColumn, dataset: Dataset): string {
  const perMeasure = dataset.meta.measures.map((m) => `${m.id}: ${m.unit}`).join('; ');
  return `${both(column.description, '\n')}\nĐơn vị theo chỉ tiêu / Unit by measure: ${perMeasure}.`;
}

function field(column: ExportColumn, ctx: ColumnContext) {
  const allowed = column.allowed?.(ctx);
  return {
    name: column.name,
    type: column.type,
    // Numbers are written plainly ("1510", "88.8"): the Table Schema default formats read them.
    format: 'default',
    description: column.name === 'value' ? valueDescription(column, ctx.dataset) : both(column.description, '\n'),
    constraints: {
      required: column.required,
      ...(allowed ? { enum: [...allowed] } : {}),
    },
  };
}

/** A catalogue entry as a Data Package source: its title in both languages and where to read it. */
function packageSource(source: Source, site: string | URL) {
  const path = source.url ?? (source.file ? absoluteUrl(site, sourcePath('vi', source.id)) : undefined);
  return { title: both(source.title), ...(path ? { path } : {}) };
}

export function datasetResource(dataset: Dataset, data: SiteData, site: string | URL) {
  const ctx: ColumnContext = { dataset, sourceIds: data.sources.map((s) => s.id) };
  const csv = Buffer.from(datasetCsv(dataset), 'utf8');
  return {
    profile: 'tabular-data-resource',
    name: dataset.meta.id,
    // Relative, so the same descriptor works on the site (/datapackage.json beside /data/) and in the zip.
    path: csvPath(dataset.meta.id).slice(1),
    title: both(dataset.meta.title),
    description: both(dataset.meta.description, '\n\n'),
    format: 'csv',
    mediatype: 'text/csv',
    // UTF-8 with a byte order mark, for Excel; spec-following readers strip it (frictionlessdata/datapackage#613).
    encoding: 'utf-8',
    bytes: csv.byteLength,
    hash: `sha256:${createHash('sha256').update(csv).digest('hex')}`,
    dialect: { delimiter: ',', lineTerminator: CRLF, quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: exportColumns.map((c) => field(c, ctx)),
      // A blank cell is a missing value (no qualifier, no flag, no note): never zero.
      missingValues: [''],
      primaryKey: ['year', 'breakdown', 'measure'],
    },
    licenses: [licenceOf(dataset.meta.licence)],
    sources: sourcesOf(dataset, data.sources).map((s) => packageSource(s, site)),
  };
}

export function dataPackage(data: SiteData, site: string | URL) {
  const licences = [...new Set(data.datasets.map((d) => d.meta.licence))].sort().map(licenceOf);
  return {
    profile: 'tabular-data-package',
    name: PACKAGE_NAME,
    id: absoluteUrl(site, datapackagePath()),
    title: 'Số liệu vì sự tiến bộ phụ nữ / Statistics on the advancement of women in Viet Nam',
    description: [
      'Số liệu từ các báo cáo năm về công tác vì sự tiến bộ phụ nữ của Bộ Lao động – Thương binh và Xã hội, mỗi số liệu kèm tài liệu nguồn, mục và câu trích. Tệp CSV: UTF-8 có BOM, dấu phẩy phân cách, dấu chấm thập phân.',
      'Figures from the annual reports of the Ministry of Labour, Invalids and Social Affairs (MOLISA) on its work for the advancement of women, each with its source document, section and quoted sentence. CSV files: UTF-8 with a BOM, comma-separated, point as decimal mark.',
    ].join('\n\n'),
    homepage: absoluteUrl(site, homePath('vi')),
    keywords: ['gender', 'women', 'Viet Nam', 'MOLISA', 'bình đẳng giới', 'phụ nữ', 'tiến bộ phụ nữ'],
    licenses: licences,
    sources: data.sources.map((s) => packageSource(s, site)),
    resources: data.datasets.map((d) => datasetResource(d, data, site)),
  };
}
