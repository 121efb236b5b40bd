// Chart images as PNG, rasterised at build time from the same standalone SVG the site serves, with
// resvg (no browser). Text needs a system font: the build refuses to publish PNGs without words.
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';

/** Width of the published PNGs: sharp in a 600 px article column on a 2x screen, and in slides. */
export const PNG_WIDTH = 1200;

/**
 * The charts name a stack of system fonts (src/charts/theme.ts); resvg takes the first one installed.
 * DejaVu Sans (Debian's fonts-dejavu-core) covers Vietnamese and stands in when none of them is found.
 */
const fontOptions: ResvgRenderOptions['font'] = {
  loadSystemFonts: true,
  defaultFontFamily: 'DejaVu Sans',
  sansSerifFamily: 'DejaVu Sans',
};

function render(svg: string, width?: number) {
  return new Resvg(svg, {
    ...(width ? { fitTo: { mode: 'width', value: width } } : {}),
    font: fontOptions,
    background: '#ffffff',
  }).render();
}

/** How many pixels of an SVG's raster are dark (R < 128): zero means no text or mark was drawn. */
export function inkedPixels(svg: string, width?: number): number {
  const { pixels } = render(svg, width);
  let inked = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128) inked++;
  return inked;
}

let fontsChecked = false;

/** Throws, in both languages, when no installed font can draw Vietnamese text (a PNG would lose every label). */
export function assertFontsRender(): void {
  if (fontsChecked) return;
  const probe = '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="24"><text x="2" y="18" font-size="18" font-family="sans-serif">Ấy đủ</text></svg>';
  if (inkedPixels(probe) === 0) {
    throw new Error('Không tìm thấy phông chữ để vẽ chữ trong ảnh PNG của biểu đồ: cài gói fonts-dejavu-core (apt-get install fonts-dejavu-core). / No font found to draw text in the chart PNGs: install fonts-dejavu-core (apt-get install fonts-dejavu-core).');
  }
  fontsChecked = true;
}

/** PNG bytes of a standalone SVG, scaled to `width` pixels wide (height follows the viewBox). */
export function svgToPng(svg: string, width: number = PNG_WIDTH): Uint8Array {
  assertFontsRender();
  return render(svg, width).asPng();
}
