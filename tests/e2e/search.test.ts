// Search in the browser with Pagefind: diacritics optional in Vietnamese ("lao dong" finds "lao động"),
// datasets, report sections and source documents found in both languages, and without JavaScript the
// page says search needs it and links to the catalogue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { axeViolations, formatViolations } from './axe.ts';
import { requireDist } from '../quality/site.ts';

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

interface Shown {
  status: string;
  results: Array<{ href: string; title: string; text: string }>;
}

/** Console errors (a CSP violation by the search is one) and failed requests while searching. */
const errors: string[] = [];

async function searchFor(page: Page, path: string, query: string): Promise<Shown> {
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${path} "${query}": ${m.text()}`);
  });
  page.on('requestfailed', (r) => errors.push(`${path} "${query}": request failed ${r.url()} ${r.failure()?.errorText}`));
  await page.goto(site.origin + path);
  await page.fill('input[type=search]', query);
  await page.press('input[type=search]', 'Enter');
  const status = page.locator('[data-search-status]');
  await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 15_000 }).toMatch(/“.*”/);
  const results = await page.locator('[data-search-results] li').evaluateAll((items) =>
    items.map((li) => {
      const a = li.querySelector('a');
      return { href: a?.getAttribute('href') ?? '', title: a?.textContent ?? '', text: li.textContent ?? '' };
    }),
  );
  return { status: (await status.textContent()) ?? '', results };
}

describe('search (Pagefind)', () => {
  it('finds "lao động" pages when "lao dong" is typed without diacritics on the Vietnamese page', async () => {
    const page = await context.newPage();
    const shown = await searchFor(page, '/search/', 'lao dong');
    expect(shown.results.length).toBeGreaterThan(0);
    const marked = await page.locator('[data-search-results] mark').allTextContents();
    expect(marked.map((m) => m.toLowerCase().replace(/[^\p{L}]/gu, ''))).toContain('động');
    expect(shown.results.some((r) => /lao động/i.test(r.text))).toBe(true);
    // The query is kept in the address, so a search can be shared and reloaded.
    expect(new URL(page.url()).searchParams.get('q')).toBe('lao dong');
    await page.close();
  });

  it.each([
    ['/search/', 'xuat khau lao dong', /^\/datasets\/labour-export\/$/],
    ['/search/', 'giam ngheo', /^\/report\/\d{4}\/[^/]+\/$/],
    ['/search/', 'bao cao tong ket cong tac vi su tien bo phu nu', /^\/sources\/[^/]+\/$/],
    ['/en/search/', 'workers abroad', /^\/en\/datasets\/labour-export\/$/],
    ['/en/search/', 'poverty reduction', /^\/en\/report\/\d{4}\/[^/]+\/$/],
    ['/en/search/', 'report advancement of women', /^\/en\/sources\/[^/]+\/$/],
  ])('on %s, "%s" finds %s', async (path, query, expected) => {
    const page = await context.newPage();
    const shown = await searchFor(page, path, query);
    const hrefs = shown.results.map((r) => r.href);
    expect(hrefs.some((h) => expected.test(h)), `results: ${hrefs.join(', ')}`).toBe(true);
    // Each language searches its own pages only.
    expect(hrefs.every((h) => (path.startsWith('/en/') ? h.startsWith('/en/') : !h.startsWith('/en/'))), hrefs.join(', ')).toBe(true);
    await page.close();
  });

  it('runs under the Content-Security-Policy with no console error or failed request', () => {
    // Runs after the searches above (tests in a file run in order).
    expect(errors).toEqual([]);
  });

  it('says when nothing is found', async () => {
    const page = await context.newPage();
    const shown = await searchFor(page, '/en/search/', 'qqqzzzxxy');
    expect(shown.results).toHaveLength(0);
    expect(shown.status).toContain('qqqzzzxxy');
    await page.close();
  });

  it('has no accessibility violation with results shown', async () => {
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    await searchFor(page, '/search/', 'phu nu');
    expect(formatViolations('search/index.html (with results)', await axeViolations(page))).toEqual([]);
    await page.context().close();
  });

  it.each(['/search/', '/en/search/'])('without JavaScript, %s says search needs it and links to the catalogue', async (path) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(site.origin + path);
    expect(await page.locator('form[role=search]').isVisible()).toBe(false);
    const message = page.locator('main p', { hasText: 'JavaScript' });
    expect(await message.isVisible()).toBe(true);
    const catalogue = path.startsWith('/en/') ? '/en/datasets/' : '/datasets/';
    expect(await message.locator(`a[href="${catalogue}"]`).count()).toBe(1);
    await page.close();
  });
});
