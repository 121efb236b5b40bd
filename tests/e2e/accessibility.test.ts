// axe-core in Chromium on every built page: zero WCAG 2.2 A/AA violations. The host's CSP would block
// the injected axe script, so this context bypasses CSP (pages-load.test.ts checks the CSP itself).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { axeViolations, formatViolations } from './axe.ts';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { pages, requireDist, type PageType } from '../quality/site.ts';

let site: StaticSite;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  site = await serveStatic(requireDist(), { securityHeaders: true });
  browser = await launchChromium();
  context = await browser.newContext({ bypassCSP: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
});

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  it('finds no violation on any built page', async () => {
    const problems: string[] = [];
    const typesSeen = new Set<string>();
    const page = await context.newPage();
    for (const p of pages()) {
      await page.goto(site.origin + p.urlPath, { waitUntil: 'load' });
      problems.push(...formatViolations(p.file, await axeViolations(page)));
      typesSeen.add(`${p.lang}:${p.type}`);
    }
    await page.close();
    // The gate covers every page type of the URL contract, in both languages.
    const required: PageType[] = ['home', 'catalogue', 'dataset', 'source', 'report', 'reporting-system', 'search', '404', 'changelog', 'embed'];
    expect(required.flatMap((type) => (['vi', 'en'] as const).filter((lang) => !typesSeen.has(`${lang}:${type}`)).map((lang) => `${lang}:${type}`)), 'page types with no built page').toEqual([]);
    expect(problems, problems.join('\n')).toEqual([]);
  }, 600_000);
});
