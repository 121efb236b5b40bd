// /data/all-datasets.zip — every dataset (CSV + JSON), datapackage.json, sources.json and a README.
import type { APIRoute } from 'astro';
import { loadData } from '../../data/load.ts';
import { buildArchive } from '../../data/export/archive.ts';
import { siteOf } from '../../data/export/endpoint.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(new Uint8Array(buildArchive(loadData(), siteOf(site))), { headers: { 'Content-Type': 'application/zip' } });
