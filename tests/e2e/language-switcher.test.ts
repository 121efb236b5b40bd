// On every page, the language switcher lands on the twin page in the other language, and the twin's
// switcher leads back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { pages, requireDist } from '../quality/site.ts';

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

const switcher = '[data-lang-switch], body a[hreflang]:not([data-lang-switch])';

async function switcherHref(page: Page): Promise<string | undefined> {
  const link = page.locator(switcher).first();
  if ((await link.count()) === 0) return undefined;
  const href = await link.getAttribute('href');
  return href ? new URL(href, page.url()).pathname : undefined;
}

describe('language switcher', () => {
  it('exists on every page, lands on the twin in the other language, and the twin links back', async () => {
    const problems: string[] = [];
    const page = await browser.newPage({ javaScriptEnabled: false });
    for (const p of pages()) {
      await page.goto(site.origin + p.urlPath);
      const lang = await page.getAttribute('html', 'lang');
      const href = await switcherHref(page);
      if (!href) {
        problems.push(`${p.file}: no language switcher link`);
        continue;
      }
      const response = await Promise.all([page.waitForNavigation(), page.locator(switcher).first().click()]).then(([r]) => r);
      const twinLang = await page.getAttribute('html', 'lang');
      if (response?.status() !== 200) {
        problems.push(`${p.file}: switcher → ${href} answers ${response?.status()}`);
        continue;
      }
      if (!twinLang || twinLang === lang) problems.push(`${p.file}: switcher → ${href} has lang="${twinLang}", same as this page`);
      const back = await switcherHref(page);
      // The 404 page answers any URL, so its way back is its own path, not the one requested.
      if (back !== p.urlPath && p.type !== '404') problems.push(`${p.file}: switcher → ${href}, whose switcher goes to ${back}, not back to ${p.urlPath}`);
    }
    await page.close();
    expect(problems, problems.join('\n')).toEqual([]);
  }, 300_000);
});
