import type { APIRoute } from 'astro';
import { feedXml } from '../seo/feed.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(await feedXml('vi', site ?? new URL('http://localhost/')), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
