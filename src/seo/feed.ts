// The site's feed per language: the annual reports and every data update from the changelog.
import { getCollection } from 'astro:content';
import { loadData, type SiteData } from '../data/load.ts';
import { loadChangelog, type ChangelogEntry } from '../data/export/changelog.ts';
import { otherLang, t, type Lang } from '../i18n/ui.ts';
import { absoluteUrl, changelogDayPath, changelogPath, feedPath, homePath, localePath } from '../urls.ts';
import { atomXml, type AtomEntry } from './atom.ts';

/** The annual reports published as narrative pages, and the source document each one is. */
export const REPORTS = [{ year: 2009, sourceId: 'molisa-2009-report', path: '/report/2009/' }] as const;

/** A report's date on the site: the latest update of the datasets whose figures come from it. */
function reportUpdated(data: SiteData, sourceId: string): string | undefined {
  return data.datasets
    .filter((d) => d.figures.some((f) => f.source === sourceId))
    .map((d) => d.meta.updated)
    .sort()
    .at(-1);
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
  const reportPages = await getCollection('report');
  const reports: AtomEntry[] = REPORTS.flatMap((report) => {
    const opening = reportPages.find((p) => p.data.order === 0 && (p.filePath ?? p.id).includes(`/${lang}/`));
    const updated = reportUpdated(data, report.sourceId);
    if (!opening || !updated) return [];
    return [{
      id: new URL(report.path, site).href,
      title: opening.data.title,
      link: new URL(localePath(lang, report.path), site).href,
      updated,
      summary: opening.data.description,
      category: 'report',
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
