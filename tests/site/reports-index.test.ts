// /report/: the way into the reports from the main navigation, in both languages.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attr, builtPages, element, page, tags, textOf } from './dist.ts';
import { t } from '../../src/i18n/ui.ts';

const hrefsOf = (html: string) => tags(html, 'a').map((a) => attr(a, 'href'));

describe('reports index', () => {
  it.each([
    ['vi', '/report/', ''],
    ['en', '/en/report/', '/en'],
  ] as const)('%s: links the 2009 report, every one of its sections, its source document and the reporting system', (lang, path, prefix) => {
    const html = page(path).html;
    const main = element(html, 'main', 'id="main"')!;
    const hrefs = hrefsOf(main);
    expect(textOf(element(main, 'h1', '<h1')!)).toBe(t(lang, 'reports.title'));
    expect(hrefs).toContain(`${prefix}/report/2009/`);
    const sections = builtPages().filter((p) => p.path.startsWith(`${prefix}/report/2009/`) && p.path !== `${prefix}/report/2009/`);
    // One page per MDX file of the report other than its opening page.
    expect(sections.length).toBe(readdirSync(`content/report/${lang}`).filter((f) => f.endsWith('.mdx') && f !== 'index.mdx').length);
    expect(sections.length).toBeGreaterThan(0);
    for (const s of sections) expect(hrefs).toContain(s.path);
    expect(hrefs).toContain(`${prefix}/sources/molisa-2009-report/`);
    expect(hrefs).toContain(`${prefix}/reporting-system/`);
  });

  it('is where the main navigation\'s "Report" leads, marked current on every report page', () => {
    for (const p of builtPages().filter((p) => /^(\/en)?\/report\//.test(p.path))) {
      const nav = element(p.html, 'nav', 'class="site-nav"')!;
      const link = tags(nav, 'a').find((a) => attr(a, 'href') === (p.lang === 'en' ? '/en/report/' : '/report/'));
      expect(link, p.path).toBeDefined();
      expect(attr(link!, 'aria-current'), p.path).toBe(p.path.endsWith('/report/') ? 'page' : 'true');
    }
  });
});
