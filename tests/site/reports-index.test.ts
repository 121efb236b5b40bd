// /report/: the way into the reports from the main navigation, in both languages, listing every
// published report of content/reports.yml (newest first) and nothing else.
import { describe, expect, it } from 'vitest';
import { attr, builtPages, element, page, tags, textOf } from './dist.ts';
import { t } from '../../src/i18n/ui.ts';
import { reportingSystemPath, reportPath, reportsIndexPath, sourcePath } from '../../src/urls.ts';
import { catalogue, publishedReports, shownPages } from '../content/mdx-files.ts';

const hrefsOf = (html: string) => tags(html, 'a').map((a) => attr(a, 'href'));

describe('reports index', () => {
  it.each(['vi', 'en'] as const)('%s: links every published report, every one of its sections, its source document and the reporting system', (lang) => {
    const html = page(reportsIndexPath(lang)).html;
    const main = element(html, 'main', 'id="main"')!;
    const hrefs = hrefsOf(main);
    expect(textOf(element(main, 'h1', '<h1')!)).toBe(t(lang, 'reports.title'));
    const reports = publishedReports();
    expect(reports.length).toBeGreaterThan(0);
    // Newest first, each under its title and with its issuer.
    const headings = [...main.matchAll(/<h2 id="report-(\d{4})"/g)].map((m) => Number(m[1]));
    expect(headings).toEqual(reports.map((r) => r.year).sort((a, b) => b - a));
    for (const report of reports) {
      expect(textOf(main)).toContain(report.title[lang]);
      expect(textOf(main)).toContain(report.issuer[lang]);
      expect(hrefs).toContain(reportPath(lang, report.year));
      const built = builtPages().filter((p) => p.path.startsWith(reportPath(lang, report.year)) && p.path !== reportPath(lang, report.year));
      // One page per finished section of the report.
      expect(built.length).toBe(shownPages(report.year, lang).filter((p) => p.kind === 'section').length);
      expect(built.length).toBeGreaterThan(0);
      for (const s of built) expect(hrefs).toContain(s.path);
      expect(hrefs).toContain(sourcePath(lang, report.source!));
    }
    expect(hrefs).toContain(reportingSystemPath(lang));
  });

  it('builds no page of a draft report', () => {
    for (const report of catalogue().filter((r) => r.status === 'draft')) {
      expect(builtPages().filter((p) => p.path.startsWith(reportPath('vi', report.year)) || p.path.startsWith(reportPath('en', report.year)))).toEqual([]);
    }
  });

  it('is where the main navigation\'s "Report" leads, marked current on every report page', () => {
    for (const p of builtPages().filter((p) => p.path.startsWith(reportsIndexPath(p.lang)))) {
      const nav = element(p.html, 'nav', 'class="site-nav"')!;
      const link = tags(nav, 'a').find((a) => attr(a, 'href') === reportsIndexPath(p.lang));
      expect(link, p.path).toBeDefined();
      expect(attr(link!, 'aria-current'), p.path).toBe(p.path === reportsIndexPath(p.lang) ? 'page' : 'true');
    }
  });
});
