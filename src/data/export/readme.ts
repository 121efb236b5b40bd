// README.txt of the archive: what is inside, how to open it, what each column means, licence. Vietnamese first.
import type { SiteData } from '../load.ts';
import { exportColumns } from './columns.ts';
import { CRLF, UTF8_BOM } from './csv-writer.ts';
import { licenceOf } from './licence.ts';
import { absoluteUrl, archivePath, cataloguePath, changelogPath, csvPath, datapackagePath } from '../../urls.ts';

export function archiveReadme(data: SiteData, site: string | URL): string {
  const licences = [...new Set(data.datasets.map((d) => d.meta.licence))].map(licenceOf);
  const files = data.datasets.map((d) => `  data/${d.meta.id}.csv, data/${d.meta.id}.json — ${d.meta.title.vi} / ${d.meta.title.en} (${d.figures.length})`);
  const columns = exportColumns.map((c) => `  ${c.name}: ${c.description.vi} / ${c.description.en}`);
  const lines = [
    'SỐ LIỆU VÌ SỰ TIẾN BỘ PHỤ NỮ — STATISTICS ON THE ADVANCEMENT OF WOMEN IN VIET NAM',
    '',
    `Nguồn / Source: ${absoluteUrl(site, cataloguePath('vi'))}`,
    `Tệp này / This archive: ${absoluteUrl(site, archivePath())}`,
    '',
    '== Tiếng Việt ==',
    '',
    'Số liệu từ các báo cáo năm về công tác vì sự tiến bộ phụ nữ của Bộ Lao động – Thương binh và Xã hội.',
    'Mỗi dòng là một số liệu, kèm mã tài liệu nguồn, mục và câu trích nguyên văn.',
    '',
    'Trong gói:',
    '  README.txt — tệp này',
    '  datapackage.json — mô tả gói dữ liệu theo chuẩn Frictionless Data (kiểu, đơn vị, giấy phép, nguồn)',
    '  sources.json — danh mục tài liệu nguồn',
    '  data/<mã>.csv — số liệu của từng bộ dữ liệu; data/<mã>.json — số liệu kèm siêu dữ liệu',
    '',
    'Mở bằng Excel: nhấp đúp vào tệp .csv. Tệp được lưu UTF-8 có BOM (dấu thứ tự byte) để Excel hiển thị đúng',
    'tiếng Việt có dấu; dòng kết thúc bằng CRLF; dấu phẩy phân cách cột; dấu chấm thập phân; không có dấu',
    'phân cách hàng nghìn. Nếu Excel đặt số vào sai cột (máy dùng dấu chấm phẩy làm dấu phân cách danh sách),',
    'dùng Dữ liệu > Từ văn bản/CSV và chọn dấu phân cách "Dấu phẩy". Ô văn bản bắt đầu bằng = + - @ được',
    'thêm dấu nháy đơn (\') ở đầu để bảng tính không chạy chúng như công thức.',
    '',
    '== English ==',
    '',
    'Figures from the annual reports of the Ministry of Labour, Invalids and Social Affairs (MOLISA) on its',
    'work for the advancement of women. Each row is one figure, with its source document, section and the',
    'sentence it was copied from.',
    '',
    'Contents:',
    '  README.txt — this file',
    '  datapackage.json — Frictionless Data Package descriptor (types, units, licence, sources)',
    '  sources.json — the catalogue of source documents',
    '  data/<id>.csv — the figures of each dataset; data/<id>.json — the figures with their metadata',
    '',
    'Opening in Excel: double-click a .csv file. The files are UTF-8 with a byte order mark (BOM) so that',
    'Excel shows Vietnamese diacritics; lines end in CRLF; comma-separated; point as decimal mark; no',
    'thousands separators. If Excel puts everything in one column (a locale whose list separator is a',
    'semicolon), use Data > From Text/CSV and choose "Comma". Text cells starting with = + - @ get a',
    'leading apostrophe (\') so that spreadsheets never run them as formulas.',
    '',
    '== Bộ dữ liệu / Datasets (số dòng / rows) ==',
    '',
    ...files,
    '',
    '== Cột / Columns ==',
    '',
    ...columns,
    '',
    '== Trích dẫn / Citation ==',
    '',
    '  Mỗi tệp data/<mã>.json có sẵn trích dẫn bằng tiếng Việt và tiếng Anh (trường "citation").',
    '  Each data/<id>.json carries a ready-to-paste citation in Vietnamese and English (the "citation" field).',
    '',
    '== Giấy phép / Licence ==',
    '',
    ...licences.map((l) => `  ${l.name} — ${l.title} — ${l.path}`),
    '',
    `Gói dữ liệu / Data package: ${absoluteUrl(site, datapackagePath())}`,
    `Nhật ký thay đổi / Changelog: ${absoluteUrl(site, changelogPath('vi'))} · ${absoluteUrl(site, changelogPath('en'))}`,
    `Ví dụ / Example: ${absoluteUrl(site, csvPath(data.datasets[0]?.meta.id ?? 'id'))}`,
  ];
  // BOM and CRLF like the CSV files, so Notepad on any Windows version opens it correctly.
  return UTF8_BOM + lines.join(CRLF) + CRLF;
}
