// /charts/<chart-id>.png and /charts/<chart-id>.en.png: the same SVG rasterised at 1200 px wide (resvg, no browser).
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderChart } from '../../charts/index.ts';
import { chartImagePaths, type ChartImageProps } from '../../components/data/charts.ts';
import { svgToPng } from '../../data/export/chart-png.ts';

export const getStaticPaths = (() => chartImagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<ChartImageProps> = ({ props }) =>
  new Response(new Uint8Array(svgToPng(renderChart(props.def, props.dataset, props.lang))), { headers: { 'Content-Type': 'image/png' } });
