// @astrojs/sitemap with hreflang alternates read from each built page, so twins whose slugs differ
// are linked too (the integration alone only pairs identical paths).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sitemap, { type SitemapOptions } from '@astrojs/sitemap';
import { declaredAlternates } from './alternates.ts';

/** Pages that are not for search engines: chart embeds (shown inside other sites) and error pages. */
export function excludedFromSitemap(url: string): boolean {
  return /\/embed\//.test(new URL(url).pathname);
}

export function sitemapWithPageAlternates(options: SitemapOptions = {}): AstroIntegration[] {
  let outDir = '';
  const remember: AstroIntegration = {
    name: 'sitemap-out-dir',
    hooks: { 'astro:config:done': ({ config }) => void (outDir = fileURLToPath(config.outDir)) },
  };
  const builtPage = (url: string): string | undefined => {
    const path = decodeURIComponent(new URL(url).pathname);
    const file = join(outDir, path.endsWith('/') ? `${path}index.html` : path);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  return [
    remember,
    sitemap({
      ...options,
      filter: (url) => !excludedFromSitemap(url) && (options.filter?.(url) ?? true),
      serialize: (item) => {
        const html = builtPage(item.url);
        const alternates = html ? declaredAlternates(html) : [];
        if (alternates.length > 1) item.links = alternates;
        return item;
      },
    }),
  ];
}
