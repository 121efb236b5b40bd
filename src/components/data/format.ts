// Catalogue wording per locale: file sizes and the years a dataset covers, gaps included.
import { yearCoverage, type YearCoverage } from '../../data/export/catalogue.ts';
import { formatNumber } from '../../i18n/format.ts';
import { t, type Lang } from '../../i18n/ui.ts';

/** "6,1 KB" (vi) / "6.1 KB" (en): KB of 1,024 bytes, as Windows Explorer shows sizes. */
export function formatBytes(bytes: number, lang: Lang): string {
  if (bytes < 1024) return `${formatNumber(bytes, lang)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, lang, 1)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), lang, 1)} MB`;
}

/** "2010, 2012–2013, 2015": every run of consecutive years; a dash only where no year is missing. */
export function formatYearRanges(coverage: YearCoverage): string {
  return coverage.ranges.map(([from, to]) => (from === to ? String(from) : `${from}–${to}`)).join(', ');
}

/** "không có số liệu: 2010, 2013" / "no figures for 2010, 2013"; empty when the years run unbroken. */
export function formatGaps(coverage: YearCoverage, lang: Lang): string {
  if (coverage.gaps.length === 0) return '';
  return `${t(lang, 'data.catalogue.gaps')} ${formatYearRanges(yearCoverage(coverage.gaps))}`;
}
