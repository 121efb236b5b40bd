// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { sitemapWithPageAlternates } from './src/seo/sitemap.ts';

export default defineConfig({
  site: 'https://tienbophunu.example.vn',
  trailingSlash: 'always',
  i18n: {
    defaultLocale: 'vi',
    locales: ['vi', 'en'],
    // Vietnamese lives at /, English at /en/: the default locale needs no prefix and / is a real page.
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    // hreflang alternates in the sitemap come from each built page's own <link rel="alternate">.
    ...sitemapWithPageAlternates({ i18n: { defaultLocale: 'vi', locales: { vi: 'vi', en: 'en' } } }),
  ],
  // No inline <style>/<script>: the Content-Security-Policy in public/_headers allows files from 'self' only.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
