// The site's feed per language: the annual reports and every data update from the changelog.
import { loadData, type SiteData } from '../data/load.ts';
import { loadChangelog, type ChangelogEntry } from '../data/export/changelog.ts';
import { otherLang, t, type Lang } from '../i18n/ui.ts';
import { absoluteUrl, changelogDayPath, changelogPath, feedPath, homePath, reportPath } from '../urls.ts';
import { siteReports } from '../components/report/report-pages.ts';
import { atomXml, type AtomEntry } from './atom.ts';

/**
 * A report's date on the site: the latest update of the datasets whose figures come from it, or, when
 * none does yet, its source document's date of issue.
 */
function reportUpdated(data: SiteData, sourceId: string | undefined): string | undefined {
  if (!sourceId) return undefined;
  const fromData = data.datasets
    .filter((d) => d.figures.some((f) => f.source === sourceId))
    .map((d) => d.meta.updated)
    .sort()
    .at(-1);
  return fromData ?? data.sources.find((s) => s.id === sourceId)?.date;
}

function changeEntry(entry: ChangelogEntry, index: number, data: SiteData, lang: Lang, site: URL): AtomEntry {
  const titles = entry.datasets.map((id) => data.datasets.find((d) => d.meta.id === id)?.meta.title[lang] ?? id);
  return {
    // Stable across builds: the date, kind and datasets name the change; the position breaks ties.
    id: absoluteUrl(site, `${changelogPath('vi')}#${entry.date}-${entry.kind}-${entry.datasets.join('+')}-${index}`),
    title: `${t(lang, `data.changelog.kind.${entry.kind}`)}: ${titles.join(', ')}`,
    link: absoluteUrl(site, changelogDayPath(lang, entry.date)),
    updated: entry.date,
    summary: entry[lang],
    category: entry.kind,
  };
}

export async function feedXml(lang: Lang, site: URL): Promise<string> {
  const data = loadData();
  const reports: AtomEntry[] = (await siteReports()).flatMap(({ report, opening }) => {
    const updated = reportUpdated(data, report.source);
    if (!updated) return [];
    return [{
      // The same id in both languages' feeds: it names the report, not the page.
      id: absoluteUrl(site, reportPath('vi', report.year)),
      title: report.title[lang],
      link: absoluteUrl(site, reportPath(lang, report.year)),
      updated,
      summary: opening(lang).description,
      category: 'report',
      author: report.issuer[lang],
    }];
  });
  const changes = loadChangelog(data).map((e, i, all) => changeEntry(e, all.length - i, data, lang, site));
  const entries = [...reports, ...changes].sort((a, b) => b.updated.localeCompare(a.updated));
  return atomXml({
    id: absoluteUrl(site, feedPath(lang)),
    lang,
    title: `${t(lang, 'feed.title')} · ${t(lang, 'site.title')}`,
    subtitle: t(lang, 'site.tagline'),
    self: absoluteUrl(site, feedPath(lang)),
    home: absoluteUrl(site, homePath(lang)),
    alternate: { lang: otherLang(lang), href: absoluteUrl(site, feedPath(otherLang(lang))) },
    author: t(lang, 'site.title'),
    entries,
  });
}
