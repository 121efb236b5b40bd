// On every page the language switcher leads to the twin page in the other language, whose switcher
// leads back; on one page of each type, activating it in the browser lands there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { parseTags, type Tag } from '../quality/html.ts';
import { fileOfUrlPath, onePagePerType, pages, readDist, requireDist } from '../quality/site.ts';

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(requireDist());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The switcher: marked data-lang-switch by the layout; else the first body link with an hreflang. */
const switcherSelector = '[data-lang-switch], body a[hreflang]:not([rel~=alternate]), body a[hreflang][rel~=alternate]';

function switcherIn(tags: Tag[]): Tag | undefined {
  const body = tags.slice(tags.findIndex((t) => t.name === 'body'));
  return body.find((t) => t.name === 'a' && t.attrs.has('data-lang-switch')) ?? body.find((t) => t.name === 'a' && t.attrs.has('hreflang'));
}

const langOf = (tags: Tag[]) => tags.find((t) => t.name === 'html')?.attrs.get('lang');

describe('language switcher', () => {
  it('on every page, links to an existing twin in the other language whose switcher links back', () => {
    const problems: string[] = [];
    for (const p of pages()) {
      const tags = parseTags(readDist(p.file));
      const href = switcherIn(tags)?.attrs.get('href');
      if (!href) {
        problems.push(`${p.file}: no language switcher link`);
        continue;
      }
      const twinPath = new URL(href, `http://x${p.urlPath}`).pathname;
      const twinFile = fileOfUrlPath(twinPath);
      if (!twinFile) {
        problems.push(`${p.file}: switcher → ${twinPath}, which does not exist`);
        continue;
      }
      const twin = parseTags(readDist(twinFile));
      if (langOf(twin) === langOf(tags)) problems.push(`${p.file}: switcher → ${twinPath}, which has the same lang="${langOf(twin)}"`);
      const back = switcherIn(twin)?.attrs.get('href');
      const backPath = back ? new URL(back, `http://x${twinPath}`).pathname : undefined;
      // The 404 pages answer any URL, so their twin's way back is the twin 404 page, not the URL asked for.
      if (backPath !== p.urlPath && p.type !== '404') problems.push(`${p.file}: switcher → ${twinPath}, whose switcher goes to ${backPath}, not back`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('activating it lands on the twin, in the other language, on one page of each type', async () => {
    const problems: string[] = [];
    const page = await browser.newPage();
    for (const p of onePagePerType()) {
      await page.goto(site.origin + p.urlPath);
      const lang = await page.getAttribute('html', 'lang');
      const link = page.locator(switcherSelector).first();
      const href = await link.getAttribute('href');
      // Activated from the keyboard, as a keyboard or screen reader user would.
      await link.focus();
      const [response] = await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('Enter')]);
      await page.waitForLoadState('domcontentloaded');
      const landed = new URL(page.url()).pathname;
      const twinLang = await page.getAttribute('html', 'lang');
      if (!response || landed !== new URL(href ?? '', page.url()).pathname) problems.push(`${p.file}: landed on ${landed}, the link was ${href}`);
      if (twinLang === lang) problems.push(`${p.file}: after switching, the page is still lang="${twinLang}"`);
    }
    await page.close();
    expect(problems, problems.join('\n')).toEqual([]);
  }, 120_000);
});
