// The newest annual report the site publishes, for the home page. The one place that knows where the list
// of reports lives (today REPORTS in src/seo/feed.ts; a catalogue of reports when there is one).
import type { SiteData } from '../../data/load.ts';
import type { Source } from '../../data/schemas/sources.ts';
import { REPORTS } from '../../seo/feed.ts';

export interface LatestReport {
  year: number;
  /** Locale-free path of its narrative pages. */
  path: string;
  /** The report's entry in the source catalogue: its title in both languages. */
  source: Source;
}

export function latestReport(data: SiteData): LatestReport {
  const report = [...REPORTS].sort((a, b) => b.year - a.year)[0]!;
  const source = data.sources.find((s) => s.id === report.sourceId);
  if (!source) throw new Error(`Báo cáo năm ${report.year}: không có nguồn ${report.sourceId} trong data/sources.yml. / Report ${report.year}: source ${report.sourceId} is not in data/sources.yml.`);
  return { year: report.year, path: report.path, source };
}
