// The built site served on 127.0.0.1 and a Chromium to browse it, for the length of a test file.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveStatic, type ServeOptions, type StaticSite } from './static-server.ts';
import { requireDist } from '../quality/site.ts';

export interface LiveSite {
  site: StaticSite;
  browser: Browser;
}

export function liveSite(options: ServeOptions = { securityHeaders: true }): LiveSite {
  const live = {} as LiveSite;
  beforeAll(async () => {
    live.site = await serveStatic(requireDist(), options);
    live.browser = await launchChromium();
  });
  afterAll(async () => {
    await live.browser?.close();
    await live.site?.close();
  });
  return live;
}
