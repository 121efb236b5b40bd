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
    const typesSeen = new Set<PageType>();
    const page = await context.newPage();
    for (const p of pages()) {
      await page.goto(site.origin + p.urlPath, { waitUntil: 'load' });
      problems.push(...formatViolations(p.file, await axeViolations(page)));
      typesSeen.add(p.type);
    }
    await page.close();
    expect(typesSeen.size).toBeGreaterThan(0);
    expect(problems, problems.join('\n')).toEqual([]);
  }, 600_000);
});
