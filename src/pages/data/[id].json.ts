// /data/<id>.json — a dataset's metadata and figures with the details of their sources.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadData } from '../../data/load.ts';
import { datasetJson, toJsonText } from '../../data/export/dataset-json.ts';
import { datasetById, siteOf } from '../../data/export/endpoint.ts';

export const getStaticPaths = (() => loadData().datasets.map((d) => ({ params: { id: d.meta.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const data = loadData();
  const body = toJsonText(datasetJson(datasetById(data, params.id), data.sources, siteOf(site)));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
