// Colours, type and sizes shared by every chart.
// Okabe–Ito colours (safe for the common colour-vision deficiencies), picked for >= 3:1 against white
// (WCAG 1.4.11 for graphics); text is always near-black for AA, never coloured only.

export const palette = {
  /** Women (and girls): Okabe–Ito vermillion. */
  women: '#D55E00',
  /** Men, derived: Okabe–Ito blue, drawn hatched because the figure is derived. */
  men: '#0072B2',
  /** Other series, in order: blue, vermillion, bluish green, black. */
  series: ['#0072B2', '#D55E00', '#009E73', '#000000'] as const,
  /** Neutral bars (plan versus actual). */
  neutral: '#0072B2',
  text: '#1A1A1A',
  muted: '#555555',
  /** Flag marker and text: a dark vermillion that keeps 4.5:1 on white. */
  flag: '#A63A00',
  grid: '#D9D9D9',
  track: '#767676',
  background: '#FFFFFF',
} as const;

/** System fonts only: no web fonts, nothing fetched, the same stack when the SVG is rasterised. */
export const fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif';

/**
 * The viewBox is 400 units wide: on a 360 px phone (about 328 px for the chart) a 16-unit label is
 * about 13 px and a 14-unit note about 11.5 px; on a desktop the page caps the chart's width so labels
 * do not grow huge.
 */
export const layout = {
  width: 400,
  margin: 10,
  font: { title: 18, label: 16, small: 14 },
  lineHeight: { title: 22, label: 20, small: 18 },
  bar: { height: 20, gap: 6, rowGap: 14 },
} as const;

/** Series marker shapes, so a series is told apart by shape as well as colour. */
export const seriesSymbols = ['circle', 'square', 'triangle', 'diamond'] as const;
export type SeriesSymbol = (typeof seriesSymbols)[number];
