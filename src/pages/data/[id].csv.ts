// /data/<id>.csv — generated from the validated figures, never copied from data/.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadData } from '../../data/load.ts';
import { datasetCsv } from '../../data/export/dataset-csv.ts';
import { datasetById } from '../../data/export/endpoint.ts';

export const getStaticPaths = (() => loadData().datasets.map((d) => ({ params: { id: d.meta.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(datasetCsv(datasetById(loadData(), params.id)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
