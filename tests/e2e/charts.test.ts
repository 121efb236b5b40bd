// Charts are there without JavaScript (build-time SVG with a title and a description), and with it,
// keyboard focus reaches the data points and a tooltip shows the focused point's text.
import { describe, expect, it } from 'vitest';
import { liveSite } from './live-site.ts';
import { pages } from '../quality/site.ts';

const live = liveSite();

const datasetPages = () => pages().filter((p) => p.type === 'dataset');

describe('charts without JavaScript', () => {
  it('every dataset page shows at least one chart: an SVG image with a title and a description', async () => {
    const page = await live.browser.newPage({ javaScriptEnabled: false });
    const problems: string[] = [];
    const all = datasetPages();
    for (const p of all) {
      await page.goto(live.site.origin + p.urlPath);
      const charts = await page.locator('svg[role=img]').evaluateAll((svgs) =>
        svgs.map((svg) => {
          // The accessible name and description, however the SVG wires them (child elements or aria-*).
          const byIds = (attr: string) => (svg.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
          return {
            id: svg.id,
            title: svg.querySelector(':scope > title')?.textContent?.trim() ?? '',
            desc: svg.querySelector(':scope > desc')?.textContent?.trim() ?? '',
            labelled: byIds('aria-labelledby').trim(),
            visible: svg.getBoundingClientRect().width > 0,
          };
        }),
      );
      if (charts.length === 0) problems.push(`${p.file}: no svg[role=img] without JavaScript`);
      for (const c of charts) {
        if (!c.title) problems.push(`${p.file}: chart ${c.id} has no <title>`);
        if (!c.desc) problems.push(`${p.file}: chart ${c.id} has no <desc>`);
        if (!c.visible) problems.push(`${p.file}: chart ${c.id} is not displayed`);
      }
    }
    await page.close();
    expect(all.length, 'no dataset pages were built').toBeGreaterThan(0);
    expect(problems, problems.join('\n')).toEqual([]);
  }, 120_000);
});

describe('charts with a keyboard', () => {
  it.each(['vi', 'en'] as const)('Tab reaches a data point and its tooltip appears (%s)', async (lang) => {
    const target = datasetPages().find((p) => p.lang === lang);
    expect(target, `no ${lang} dataset page`).toBeDefined();
    const page = await live.browser.newPage();
    await page.goto(live.site.origin + (target?.urlPath ?? '/'), { waitUntil: 'networkidle' });
    let focused = false;
    for (let i = 0; i < 300 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => Boolean(document.activeElement?.closest('svg') && document.activeElement?.getAttribute('tabindex') === '0'));
    }
    expect(focused, `Tab never reached a chart point on ${target?.urlPath}`).toBe(true);
    const point = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(point.length).toBeGreaterThan(0);
    const tooltip = page.locator('.chart-tooltip:not([hidden])');
    await expect.poll(() => tooltip.count()).toBe(1);
    expect(await tooltip.isVisible()).toBe(true);
    const text = (await tooltip.innerText()).replace(/\s+/g, ' ').trim();
    expect(text.length).toBeGreaterThan(0);
    // The tooltip tells what the point's accessible name says.
    expect(point.replace(/\.\s/g, ' ').replace(/\s+/g, ' ')).toContain(text.split(' ').slice(0, 3).join(' '));
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.count()).toBe(0);
    await page.close();
  });
});
