// /datapackage.json — the Frictionless Tabular Data Package describing every /data/<id>.csv.
import type { APIRoute } from 'astro';
import { loadData } from '../data/load.ts';
import { dataPackage } from '../data/export/datapackage.ts';
import { toJsonText } from '../data/export/dataset-json.ts';
import { siteOf } from '../data/export/endpoint.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(toJsonText(dataPackage(loadData(), siteOf(site))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
