// Every built page loads in Chromium, under the host's security headers, with no console error,
// no uncaught exception and no failed request (a CSP violation shows up as a console error).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { pages, requireDist } from '../quality/site.ts';

let site: StaticSite;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  site = await serveStatic(requireDist(), { securityHeaders: true });
  browser = await launchChromium();
  context = await browser.newContext();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
});

describe('every built page in the browser', () => {
  it('loads with no console error, no page error and no failed request', async () => {
    const problems: string[] = [];
    const page = await context.newPage();
    let current = '';
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${current}: console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${current}: uncaught ${e.message}`));
    page.on('requestfailed', (r) => {
      // Moving on to the next page cancels requests still under way (the icon, typically): not a failure.
      if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
      problems.push(`${current}: request failed: ${r.url()} (${r.failure()?.errorText})`);
    });
    page.on('response', (r) => {
      // The 404 page is served with status 404 on purpose only for missing paths; here every path exists.
      if (r.status() >= 400) problems.push(`${current}: HTTP ${r.status()} for ${r.url()}`);
    });
    const all = pages();
    for (const p of all) {
      current = p.file;
      const response = await page.goto(site.origin + p.urlPath, { waitUntil: 'load' });
      if (!response || response.status() !== 200) problems.push(`${p.file}: status ${response?.status()}`);
    }
    await page.close();
    expect(all.length).toBeGreaterThan(0);
    expect(problems, problems.join('\n')).toEqual([]);
  }, 300_000);

  it('answers a missing path with status 404 and a page with a way on in both languages', async () => {
    const page = await context.newPage();
    for (const path of ['/khong-co-trang-nay/', '/en/no-such-page/']) {
      const response = await page.goto(site.origin + path);
      expect(response?.status(), path).toBe(404);
      const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links, path).toContain('/');
      expect(links, path).toContain('/en/');
    }
    await page.close();
  });
});
