// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: 'https://tienbophunu.example.vn',
  trailingSlash: 'always',
  i18n: {
    defaultLocale: 'vi',
    locales: ['vi', 'en'],
    // Vietnamese lives at /, English at /en/: the default locale needs no prefix and / is a real page.
    routing: { prefixDefaultLocale: false },
  },
  integrations: [mdx(), sitemap()],
  build: { format: 'directory' },
});
