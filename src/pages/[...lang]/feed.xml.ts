// /feed.xml and /en/feed.xml: the Atom feed of each language.
import type { APIRoute } from 'astro';
import { feedXml } from '../../seo/feed.ts';
import type { Lang } from '../../i18n/ui.ts';
import { localeStaticPaths } from '../../urls.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props, site }) =>
  new Response(await feedXml(props.lang, site ?? new URL('http://localhost/')), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
