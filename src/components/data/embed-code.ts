// The iframe code news sites paste to embed a chart.
import { absoluteUrl, embedPath } from '../../urls.ts';
import type { Lang } from '../../i18n/ui.ts';

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Frame height for a typical 640 px article column: the chart scaled from its viewBox plus the
 * embed page's title and caption (about 240 px). Editors can change it; the page itself reflows.
 */
export function embedHeight(svg: string, columnWidth = 640): number {
  const box = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  const ratio = box ? Number(box[2]) / Number(box[1]) : 0.75;
  return Math.ceil(((columnWidth - 24) * ratio + 240) / 10) * 10;
}

export function embedCode(chartId: string, title: string, lang: Lang, site: string | URL, height: number): string {
  const src = absoluteUrl(site, embedPath(lang, chartId));
  return `<iframe src="${src}" title="${escapeAttribute(title)}" width="100%" height="${height}" loading="lazy" style="border:0;max-width:44rem"></iframe>`;
}
