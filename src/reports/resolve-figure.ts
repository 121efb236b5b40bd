// Looks up a narrative figure by key and fails loudly, naming the MDX file, when it is not in the data.
import type { SiteData } from '../data/load.ts';
import { findFigure, keyOf, parseFigureKey, type FigureRef } from '../data/figures.ts';

/** Thrown when an MDX page asks for a figure the validated data does not have. */
export class MissingFigureError extends Error {
  readonly file: string;
  readonly key: string;
  constructor(file: string, key: string, message: string) {
    super(message);
    this.name = 'MissingFigureError';
    this.file = file;
    this.key = key;
    // Editors act on the message; a stack trace would only bury it.
    this.stack = '';
  }
}

/** What to write instead: the form of a key, or the keys that exist for that dataset and year. */
export function knownKeysHint(data: SiteData, key: string): { vi: string; en: string } {
  const k = parseFigureKey(key);
  if (!k) {
    // A real key as the example, so it always exists.
    const first = data.datasets.flatMap((d) => d.figures)[0];
    const example = first ? ` "${keyOf(first)}"` : '';
    return {
      vi: `Khóa phải có dạng bộ-dữ-liệu/năm/phân-tổ/chỉ-tiêu, ví dụ${example}.`,
      en: `A key is dataset/year/breakdown/measure, e.g.${example}.`,
    };
  }
  const dataset = data.datasets.find((d) => d.meta.id === k.dataset);
  if (!dataset) {
    const ids = data.datasets.map((d) => d.meta.id).join(', ');
    return { vi: `Không có bộ dữ liệu "${k.dataset}". Các bộ có: ${ids}.`, en: `There is no dataset "${k.dataset}". Datasets: ${ids}.` };
  }
  const same = dataset.figures.filter((f) => f.year === k.year).map(keyOf);
  const list = same.length > 0 ? same.join(', ') : '—';
  return {
    vi: `Các khóa của ${k.dataset} năm ${k.year}: ${list}.`,
    en: `Keys of ${k.dataset} for ${k.year}: ${list}.`,
  };
}

/** The figure for `key`, or a bilingual MissingFigureError naming `file` and `key`. */
export function resolveFigure(data: SiteData, key: string, file: string): FigureRef {
  const ref = findFigure(data, key);
  if (ref) return ref;
  const hint = knownKeysHint(data, key);
  const message = [
    `${file}: không có số liệu "${key}" trong dữ liệu đã kiểm tra; trang chưa được xuất bản.`,
    `  ${hint.vi}`,
    `${file}: no figure "${key}" in the validated data; the page was not published.`,
    `  ${hint.en}`,
  ].join('\n');
  throw new MissingFigureError(file, key, message);
}
