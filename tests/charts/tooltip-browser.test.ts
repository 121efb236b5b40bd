// The built charts in Chromium: without JavaScript an image whose points carry <title>s; with it, points
// take focus and a tooltip shows value, year, breakdown and source on focus or hover; Escape hides it.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { liveSite } from '../e2e/live-site.ts';

const live = liveSite();

const chart = '#leadership-appointments--gender';
const tooltip = (page: Page) => page.locator(`${chart} .chart-tooltip`);
const tooltipText = async (page: Page) => (await tooltip(page).innerText()).replace(/\s+/g, ' ');

describe('chart enhancement in the browser', () => {
  it('without JavaScript: an image, every point with its <title>, nothing focusable', async () => {
    const page = await live.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${live.site.origin}/datasets/leadership-appointments/`);
    const svg = page.locator(`${chart} svg`);
    expect(await svg.getAttribute('role')).toBe('img');
    const titles = await page.locator(`${chart} .chart-mark > title`).allTextContents();
    expect(titles.length).toBe(10);
    expect(titles[0]).toContain('Nữ: 29 người');
    expect(await page.locator(`${chart} [tabindex]`).count()).toBe(0);
    await page.close();
  });

  it('with JavaScript: a focused point shows its tooltip and Escape hides it', async () => {
    const page = await live.browser.newPage();
    await page.goto(`${live.site.origin}/datasets/leadership-appointments/`, { waitUntil: 'networkidle' });
    // Points are focusable only inside a group: role="img" would hide them from assistive technology.
    expect(await page.locator(`${chart} svg`).getAttribute('role')).toBe('group');
    const derived = page.locator(`${chart} .chart-mark`).nth(1);
    expect(await derived.getAttribute('tabindex')).toBe('0');
    expect(await derived.getAttribute('aria-label')).toContain('Nam (suy ra): 77 người');
    await derived.focus();
    await expect.poll(() => tooltip(page).isVisible()).toBe(true);
    const text = await tooltipText(page);
    expect(text).toContain('Nam (suy ra): 77 người');
    expect(text).toContain('2009');
    expect(text).toContain('= Tổng số 106 − Nữ 29');
    expect(text).toContain('Nguồn: Báo cáo tổng kết công tác vì sự tiến bộ phụ nữ');
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip(page).isVisible()).toBe(false);
    await page.close();
  });

  it('hovering a point shows its tooltip; moving away hides it', async () => {
    const page = await live.browser.newPage();
    await page.goto(`${live.site.origin}/en/datasets/leadership-appointments/`, { waitUntil: 'networkidle' });
    await page.locator(`${chart} .chart-mark rect`).first().hover({ timeout: 10_000 });
    await expect.poll(() => tooltip(page).isVisible()).toBe(true);
    expect(await tooltipText(page)).toContain('Women: 29 people');
    await page.mouse.move(1, 1);
    await expect.poll(() => tooltip(page).isVisible()).toBe(false);
    await page.close();
  });

  it('the script is an external module file under 3 KB gzip', async () => {
    const page = await live.browser.newPage();
    await page.goto(`${live.site.origin}/datasets/leadership-appointments/`);
    const scripts = await page.locator('script').evaluateAll((els) => els.map((s) => ({ src: s.getAttribute('src'), inline: (s.textContent ?? '').trim().length > 0 })));
    const chartScript = scripts.find((s) => s.src?.includes('Chart'));
    expect(chartScript, JSON.stringify(scripts)).toBeDefined();
    expect(chartScript!.inline).toBe(false);
    const body = Buffer.from(await (await page.request.get(live.site.origin + chartScript!.src!)).body());
    expect(gzipSync(body).length).toBeLessThan(3 * 1024);
    await page.close();
  });
});
