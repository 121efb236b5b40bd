// Renders the default social preview image (public/social-card.png, 1200×630, the size Open Graph and
// Twitter cards use) from an SVG. Run again only when the site name changes:
//   node scripts/social-image.ts
// The PNG is committed, so builds need neither this script nor its fonts (DejaVu Sans, Debian's fonts-dejavu).
import { writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import vi from '../src/i18n/vi.json' with { type: 'json' };
import en from '../src/i18n/en.json' with { type: 'json' };

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

// Decorative bars: women's share rising towards parity, drawn in the site's colours (no data implied).
const bars = [0.38, 0.46, 0.54, 0.62, 0.7]
  .map((h, i) => `<rect x="${860 + i * 58}" y="${520 - h * 360}" width="40" height="${h * 360}" rx="4" fill="${i % 2 ? '#ffbf47' : '#f5f3f7'}"/>`)
  .join('');

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#5a1e5c"/>
  <rect x="0" y="560" width="1200" height="70" fill="#3f1441"/>
  ${bars}
  <text x="72" y="200" font-family="DejaVu Sans" font-weight="bold" font-size="58" fill="#ffffff">${escapeXml(vi['site.title'])}</text>
  <text x="72" y="275" font-family="DejaVu Sans" font-size="38" fill="#f5f3f7">${escapeXml(en['site.title'])}</text>
  <text x="72" y="400" font-family="DejaVu Sans" font-size="25" fill="#f5f3f7">Số liệu từ báo cáo của Bộ Lao động – Thương binh và Xã hội</text>
  <text x="72" y="440" font-family="DejaVu Sans" font-size="25" fill="#f5f3f7">Figures from reports of the Ministry of Labour, Invalids</text>
  <text x="72" y="475" font-family="DejaVu Sans" font-size="25" fill="#f5f3f7">and Social Affairs (MOLISA)</text>
  <text x="72" y="606" font-family="DejaVu Sans" font-size="24" fill="#ffffff">Dữ liệu mở · Open data · CSV · JSON</text>
</svg>`;

const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
writeFileSync('public/social-card.png', png);
console.log(`public/social-card.png: ${png.length} bytes`);
