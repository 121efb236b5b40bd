// /charts/<chart-id>.svg (Vietnamese) and /charts/<chart-id>.en.svg (English): the standalone chart,
// with its title and source line drawn in, ready to drop into a document.
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderChart } from '../../charts/index.ts';
import { chartImagePaths, type ChartImageProps } from '../../components/data/charts.ts';

export const getStaticPaths = (() => chartImagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<ChartImageProps> = ({ props }) =>
  new Response(renderChart(props.def, props.dataset, props.lang), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
